//! Session-token verification against a local JWKS server with RSA keys made by the test:
//! a valid token, each failure, clock skew, key rotation, one fetch for 200 concurrent
//! verifications, a forged-`kid` flood, stale keys while the JWKS is down, every key source,
//! and no panic on any token string.

mod support;

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use clerk_backend_auth::{KeySource, SessionStatus, Verifier, VerifyError};
use proptest::prelude::*;
use serde_json::json;
use support::{claims, now, JwksServer, Key, ISSUER};

fn backend(server: &JwksServer) -> KeySource {
    KeySource::backend_api_at(&server.backend_url(), "sk_test_secret").expect("source")
}

fn verifier(server: &JwksServer) -> Verifier {
    Verifier::builder(backend(server)).issuer(ISSUER).authorized_parties(["https://app.example.com"]).build()
}

fn with(changes: serde_json::Value) -> serde_json::Value {
    let mut c = claims();
    for (k, v) in changes.as_object().unwrap() {
        c[k] = v.clone();
    }
    c
}

#[tokio::test]
async fn a_valid_token_gives_typed_claims() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let claims = verifier(&server).verify(&key.sign(&claims())).await.expect("valid");
    assert_eq!(claims.sub, "user_1");
    assert_eq!(claims.sid.as_deref(), Some("sess_1"));
    assert_eq!(claims.session_status, Some(SessionStatus::Active));
    let org = claims.organization.expect("organization");
    assert_eq!(org.id, "org_1");
    assert_eq!(org.permissions, ["org:invoices:read", "org:invoices:manage"]);
    assert_eq!(claims.custom.get("plan"), Some(&json!("pro")));
}

/// Each verifier caches the keys of its own instance: a token instance B signed is never
/// accepted by instance A's verifier, even after B's verifier (same process) fetched B's keys.
#[tokio::test]
async fn key_caches_are_per_instance() {
    let (key_a, key_b) = (Key::shared(0), Key::shared(1));
    let (server_a, server_b) = (JwksServer::start(&[&key_a]).await, JwksServer::start(&[&key_b]).await);
    let (verifier_a, verifier_b) = (verifier(&server_a), verifier(&server_b));
    let token_b = key_b.sign(&claims());
    assert!(verifier_b.verify(&token_b).await.is_ok(), "B's verifier accepts B's token");
    assert_eq!(verifier_a.verify(&token_b).await, Err(VerifyError::UnknownKey(key_b.kid.clone())));
    // Naming A's key id does not help a token signed with B's key.
    assert_eq!(verifier_a.verify(&key_b.sign_as(&key_a.kid, &claims())).await, Err(VerifyError::BadSignature));
    assert!(verifier_a.verify(&key_a.sign(&claims())).await.is_ok());
    assert_eq!((server_a.fetches() >= 1, server_b.fetches()), (true, 1), "each verifier fetched from its own instance only");
}

#[tokio::test]
async fn every_failure_is_typed_and_says_401_or_5xx() {
    let key = Key::shared(0);
    let other = Key::shared(1);
    let server = JwksServer::start(&[&key]).await;
    let v = verifier(&server);
    let cases = [
        (key.sign(&with(json!({"exp": now() - 60}))), VerifyError::Expired),
        (key.sign(&with(json!({"nbf": now() + 60}))), VerifyError::NotYetValid),
        (key.sign(&with(json!({"iat": now() + 60}))), VerifyError::NotYetValid),
        (other.sign_as(&key.kid, &claims()), VerifyError::BadSignature),
        (other.sign(&claims()), VerifyError::UnknownKey(other.kid.clone())),
        (key.sign(&with(json!({"iss": "https://evil.example.com"}))), VerifyError::WrongIssuer("https://evil.example.com".into())),
        (key.sign(&with(json!({"azp": "https://evil.example.com"}))), VerifyError::UnauthorizedParty("https://evil.example.com".into())),
    ];
    for (token, expected) in cases {
        let error = v.verify(&token).await.expect_err("refused");
        assert_eq!(error, expected);
        assert_eq!(error.status(), 401);
        assert!(!error.to_string().contains(&token), "{error}");
    }
    for malformed in ["", "not a jwt", "a.b.c", &key.sign(&json!({"sub": "no exp or iss"}))] {
        assert!(matches!(v.verify(malformed).await, Err(VerifyError::Malformed(_))), "{malformed}");
    }
    // A token choosing HMAC (with the public key as the secret) is refused before any check.
    let hs = jsonwebtoken::encode(&jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256), &claims(), &jsonwebtoken::EncodingKey::from_secret(key.public_pem.as_bytes())).unwrap();
    assert!(matches!(v.verify(&hs).await, Err(VerifyError::Malformed(m)) if m.contains("RS256")));

    // The JWKS is down from the start: a server error, not the token's fault.
    let down = JwksServer::start(&[&key]).await;
    down.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let error = verifier(&down).verify(&key.sign(&claims())).await.expect_err("unavailable");
    assert!(matches!(error, VerifyError::JwksUnavailable(_)), "{error:?}");
    assert!(error.is_server_error());
    assert_eq!(error.status(), 503);
}

#[tokio::test]
async fn clock_skew_is_allowed_and_configurable() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let token = key.sign(&with(json!({"exp": now() - 3})));
    assert!(verifier(&server).verify(&token).await.is_ok(), "3 s late is within the default 5 s");
    let strict = Verifier::builder(backend(&server)).clock_skew(Duration::ZERO).build();
    assert_eq!(strict.verify(&token).await, Err(VerifyError::Expired));
    // An injected clock an hour ahead.
    let later = Verifier::builder(backend(&server)).clock(|| SystemTime::now() + Duration::from_secs(3600)).build();
    assert_eq!(later.verify(&key.sign(&claims())).await, Err(VerifyError::Expired));
}

#[tokio::test]
async fn a_rotated_key_is_fetched_when_a_token_names_it() {
    let (old, new) = (Key::shared(0), Key::shared(1));
    let server = JwksServer::start(&[&old]).await;
    let v = Verifier::builder(backend(&server)).min_refetch_interval(Duration::from_millis(100)).build();
    v.verify(&old.sign(&claims())).await.expect("old key");
    server.add_key(&new);
    tokio::time::sleep(Duration::from_millis(150)).await;
    v.verify(&new.sign(&claims())).await.expect("new key after one refetch");
    v.verify(&old.sign(&claims())).await.expect("old key still there");
    assert_eq!(server.fetches(), 2);
}

#[tokio::test]
async fn two_hundred_concurrent_verifications_share_one_fetch() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let v = verifier(&server);
    let token = Arc::new(key.sign(&claims()));
    let tasks: Vec<_> = (0..200)
        .map(|_| {
            let (v, token) = (v.clone(), token.clone());
            tokio::spawn(async move { v.verify(&token).await })
        })
        .collect();
    for task in tasks {
        task.await.expect("task").expect("valid");
    }
    assert_eq!(server.fetches(), 1);
    assert_eq!(v.jwks_fetches(), 1);
}

#[tokio::test]
async fn a_flood_of_forged_kids_cannot_hammer_the_jwks() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let v = verifier(&server);
    v.verify(&key.sign(&claims())).await.expect("valid");
    let forged: Vec<_> = (0..1000)
        .map(|i| {
            let (v, token) = (v.clone(), key.sign_as(&format!("forged_{i}"), &claims()));
            tokio::spawn(async move { v.verify(&token).await })
        })
        .collect();
    for task in forged {
        assert!(matches!(task.await.expect("task"), Err(VerifyError::UnknownKey(_))));
    }
    // Within the minimum refetch interval (30 s by default) not one more fetch.
    assert_eq!(server.fetches(), 1);
    // With a short interval, a sustained flood gets one refetch per interval at most.
    let v = Verifier::builder(backend(&server)).min_refetch_interval(Duration::from_millis(200)).build();
    let before = server.fetches();
    let started = std::time::Instant::now();
    let mut i = 0;
    while started.elapsed() < Duration::from_millis(500) {
        let _ = v.verify(&key.sign_as(&format!("flood_{i}"), &claims())).await;
        i += 1;
    }
    let refetches = server.fetches() - before;
    assert!(i > 10 && refetches <= 4, "{i} forged tokens, {refetches} fetches");
}

#[tokio::test]
async fn a_failed_refetch_keeps_serving_cached_keys_until_they_expire() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let ttl = Duration::from_millis(600);
    let v = Verifier::builder(backend(&server)).jwks_ttl(ttl).min_refetch_interval(Duration::ZERO).build();
    let token = key.sign(&claims());
    v.verify(&token).await.expect("fetched");
    server.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    tokio::time::sleep(ttl / 2 + Duration::from_millis(50)).await;
    v.verify(&token).await.expect("stale keys still serve while the refetch fails");
    assert!(server.fetches() >= 2, "a refetch was tried");
    tokio::time::sleep(ttl / 2).await;
    assert!(matches!(v.verify(&token).await, Err(VerifyError::JwksUnavailable(_))));
    server.failing.store(false, std::sync::atomic::Ordering::SeqCst);
    v.verify(&token).await.expect("back once the JWKS is");
}

#[tokio::test]
async fn the_frontend_api_jwks_and_a_pem_key_work_too() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let v = Verifier::builder(KeySource::frontend_api(server.frontend_url())).issuer(ISSUER).build();
    v.verify(&key.sign(&claims())).await.expect("via the Frontend API");
    let offline = Verifier::builder(KeySource::pem(&key.public_pem).expect("pem")).build();
    let before = server.fetches();
    offline.verify(&key.sign(&claims())).await.expect("networkless");
    assert_eq!(server.fetches(), before);
    assert_eq!(offline.verify(&Key::shared(1).sign(&claims())).await, Err(VerifyError::BadSignature));
    assert!(KeySource::pem("not a pem").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_token_string_makes_it_panic(token in any::<String>(), parts in proptest::collection::vec("[A-Za-z0-9_=+/-]{0,40}", 0..5)) {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let verifier = Verifier::builder(KeySource::pem(&Key::shared(0).public_pem).unwrap()).build();
        runtime.block_on(async {
            prop_assert!(verifier.verify(&token).await.is_err());
            prop_assert!(verifier.verify(&parts.join(".")).await.is_err());
            Ok(())
        })?;
    }
}

#[tokio::test]
async fn a_test_key_served_as_a_jwks_verifies_by_key_id_with_one_fetch() {
    use clerk_backend_auth::testing::{TestKey, TEST_ISSUER};
    let key = TestKey::shared();
    let jwks = key.serve_jwks().await.expect("serve the JWKS");
    let verifier = Verifier::builder(KeySource::frontend_api(jwks.url())).issuer(TEST_ISSUER).build();
    for user in ["user_1", "user_2"] {
        assert_eq!(verifier.verify(&key.token().user(user).sign()).await.expect("verifies").sub, user);
    }
    assert_eq!(jwks.requests(), 1, "the keys are fetched once, then cached");
    // A key the JWKS does not list: refused by its `kid`.
    let other = TestKey::generate("ins_other_kid");
    assert_eq!(verifier.verify(&other.token().sign()).await, Err(VerifyError::UnknownKey("ins_other_kid".into())));
}
