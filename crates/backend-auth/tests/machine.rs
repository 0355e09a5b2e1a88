//! Machine tokens: opaque M2M tokens, OAuth access tokens and API keys verified through the
//! Backend API's verify endpoints (a local fake that checks the requests' shape), their JWT
//! forms verified locally with no call, and each failure typed.

mod support;

use clerk_backend_auth::machine::{M2mToken, VerifiedBy};
use clerk_backend_auth::testing::TestKey;
use clerk_backend_auth::{MachineError, MachineToken, MachineVerifier, TokenKind, VerifyError};
use support::{api_key_record, m2m_record, oauth_record, MachineApi};

const M2M: &str = "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e";
const REVOKED_M2M: &str = "mt_00000000000000000000000000000001";
const EXPIRED_M2M: &str = "mt_00000000000000000000000000000002";
const OAUTH: &str = "oat_0ef5a7a33d87ed87ee7954c845d80450";
const API_KEY: &str = "ak_3beecc9c60adb5f9b850e91a8ee1e992";

async fn api() -> MachineApi {
    MachineApi::start(vec![
        (M2M, m2m_record(M2M, false, false)),
        (REVOKED_M2M, m2m_record(REVOKED_M2M, true, false)),
        (EXPIRED_M2M, m2m_record(EXPIRED_M2M, false, true)),
        (OAUTH, oauth_record(OAUTH)),
        (API_KEY, api_key_record(API_KEY)),
    ])
    .await
}

fn verifier(api: &MachineApi) -> MachineVerifier {
    MachineVerifier::builder(api.client("sk_test_secret")).keys(TestKey::shared().verifier()).build()
}

#[tokio::test]
async fn opaque_tokens_of_each_kind_verify_through_the_backend_api() {
    let api = api().await;
    let verifier = verifier(&api);
    let MachineToken::M2m(m2m) = verifier.verify(M2M).await.expect("the M2M token verifies") else { panic!("not an M2M token") };
    assert_eq!((m2m.id.as_str(), m2m.machine_id.as_str(), m2m.scopes.as_slice()), (M2M, "mch_caller", &["mch_callee".to_owned()][..]));
    assert_eq!(m2m.claims, Some(serde_json::json!({"team": "billing"})));
    assert_eq!((m2m.expires_at, m2m.verified_by), (Some(1_900_000_000), VerifiedBy::BackendApi));

    let MachineToken::OAuth(oauth) = verifier.verify(OAUTH).await.expect("the OAuth token verifies") else { panic!("not an OAuth token") };
    assert_eq!((oauth.client_id.as_str(), oauth.subject.as_str()), ("client_app", "user_granting"));
    assert_eq!(oauth.scopes, ["profile", "email"]);

    let key = verifier.verify(API_KEY).await.expect("the API key verifies");
    assert_eq!((key.kind(), key.subject()), (TokenKind::ApiKey, "org_acme"));
    assert!(key.has_scope("read") && !key.has_scope("write"));
    let MachineToken::ApiKey(key) = key else { panic!("not an API key") };
    assert_eq!((key.name.as_str(), key.expires_at), ("CI key", None));
    assert_eq!(api.calls(), 3);
}

#[tokio::test]
async fn unknown_revoked_and_expired_tokens_and_outages_are_typed() {
    let api = api().await;
    let verifier = verifier(&api);
    assert_eq!(verifier.verify("mt_ffffffffffffffffffffffffffffffff").await, Err(MachineError::Invalid(TokenKind::M2m)));
    assert_eq!(verifier.verify("ak_ffffffffffffffffffffffffffffffff").await, Err(MachineError::Invalid(TokenKind::ApiKey)));
    assert_eq!(verifier.verify(REVOKED_M2M).await, Err(MachineError::Revoked { kind: TokenKind::M2m, reason: Some("leaked".into()) }));
    assert_eq!(verifier.verify(EXPIRED_M2M).await, Err(MachineError::Expired(TokenKind::M2m)));
    // A session token is not a machine's, and is refused without a call.
    let calls = api.calls();
    let session = TestKey::shared().token().sign();
    assert_eq!(verifier.verify(&session).await, Err(MachineError::NotAMachineToken));
    assert_eq!(api.calls(), calls);
    // The wrong secret key is the server's problem (503), not the caller's.
    let wrong = MachineVerifier::builder(api.client("sk_test_wrong")).build();
    let refused = wrong.verify(M2M).await.unwrap_err();
    assert_eq!((refused.clone(), refused.status()), (MachineError::SecretKeyRefused, http::StatusCode::SERVICE_UNAVAILABLE));
    api.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let down = verifier.verify(OAUTH).await.unwrap_err();
    assert!(matches!(&down, MachineError::Unavailable(why) if why.contains("500")), "{down:?}");
    assert!(down.is_server_error());
}

#[tokio::test]
async fn only_the_kinds_configured_are_accepted() {
    let api = api().await;
    let m2m_only = MachineVerifier::builder(api.client("sk_test_secret")).accept([TokenKind::M2m]).build();
    assert!(m2m_only.verify(M2M).await.is_ok());
    assert_eq!(m2m_only.verify(API_KEY).await, Err(MachineError::NotAccepted(TokenKind::ApiKey)));
    assert_eq!(m2m_only.verify(OAUTH).await, Err(MachineError::NotAccepted(TokenKind::OAuth)));
    assert_eq!(api.calls(), 1, "refused kinds are not sent to the Backend API");
}

#[tokio::test]
async fn jwt_forms_verify_locally_with_no_call() {
    let api = api().await;
    let verifier = verifier(&api);
    let key = TestKey::shared();
    let token = verifier.verify(&key.m2m_jwt("mch_caller", &["mch_callee", "mch_other"])).await.expect("the M2M JWT verifies");
    let MachineToken::M2m(M2mToken { machine_id, scopes, verified_by, .. }) = token else { panic!("not an M2M token") };
    assert_eq!((machine_id.as_str(), scopes.len(), verified_by), ("mch_caller", 2, VerifiedBy::Signature));
    let token = verifier.verify(&key.oauth_jwt("user_1", "client_app", &["profile", "email"])).await.expect("the OAuth JWT verifies");
    assert_eq!((token.kind(), token.subject(), token.scopes()), (TokenKind::OAuth, "user_1", &["profile".to_owned(), "email".to_owned()][..]));
    assert_eq!(api.calls(), 0);
    // Signed by another instance's key: refused.
    let other = TestKey::generate("ins_other");
    let forged = other.m2m_jwt("mch_caller", &[]);
    assert!(matches!(verifier.verify(&forged).await, Err(MachineError::Jwt { kind: TokenKind::M2m, error: VerifyError::BadSignature | VerifyError::Malformed(_) })));
}

#[tokio::test]
async fn an_oauth_jwt_must_name_a_configured_audience() {
    let api = api().await;
    let key = TestKey::shared();
    let verifier = MachineVerifier::builder(api.client("sk_test_secret")).keys(key.verifier()).audiences(["https://api.example.com"]).build();
    let claims = serde_json::json!({"sub": "user_1", "client_id": "c", "aud": "https://other.example.com", "exp": support::now() + 60});
    let token = key.sign_with_header(&serde_json::json!({"typ": "at+jwt"}), &claims);
    assert_eq!(verifier.verify(&token).await, Err(MachineError::WrongAudience));
    let claims = serde_json::json!({"sub": "user_1", "client_id": "c", "aud": ["https://api.example.com"], "exp": support::now() + 60});
    assert!(verifier.verify(&key.sign_with_header(&serde_json::json!({"typ": "at+jwt"}), &claims)).await.is_ok());
    let expired = serde_json::json!({"sub": "mch_1", "exp": support::now() - 600});
    assert_eq!(verifier.verify(&key.sign_claims(&expired)).await, Err(MachineError::Expired(TokenKind::M2m)));
}

#[tokio::test]
async fn a_session_verifier_refuses_machine_jwts_signed_with_the_instance_key() {
    let key = TestKey::shared();
    let sessions = key.verifier();
    let m2m = key.m2m_jwt("mch_caller", &[]);
    assert_eq!(sessions.verify(&m2m).await, Err(VerifyError::NotASessionToken(TokenKind::M2m)));
    let oauth = key.oauth_jwt("user_1", "client_app", &[]);
    assert_eq!(sessions.verify(&oauth).await, Err(VerifyError::NotASessionToken(TokenKind::OAuth)));
    // The M2M category alone (a user subject) is enough.
    let tagged = key.sign_with_header(&serde_json::json!({"cat": "cl_B7d4PD333AAA"}), &serde_json::json!({"sub": "user_1", "iss": clerk_backend_auth::testing::TEST_ISSUER, "exp": support::now() + 60}));
    assert_eq!(sessions.verify(&tagged).await, Err(VerifyError::NotASessionToken(TokenKind::M2m)));
    assert!(sessions.verify(&key.token().sign()).await.is_ok());
}
