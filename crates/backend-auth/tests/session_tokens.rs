//! End to end: sign in through clerk-session against its fake Frontend API, which signs session
//! tokens with a test RSA key and serves nothing else; the token the session hands out verifies
//! here against that key's JWKS.

mod support;

use clerk_session::testing as fake_fapi;

use clerk_backend_auth::{KeySource, Verifier};
use clerk_session::{Clerk, FrontendApi};
use support::{JwksServer, Key};

#[tokio::test]
async fn a_token_from_a_real_sign_in_verifies() {
    let key = Key::shared(2);
    let jwks = JwksServer::start(&[&key]).await;
    let fake = fake_fapi::FakeFrontendApi::start(vec![fake_fapi::User {
        id: "user_jane".into(),
        email: "jane@example.com".into(),
        password: fake_fapi::PASSWORD.into(),
        totp: false,
        ..Default::default()
    }])
    .await;
    let signer = key.clone();
    fake.sign_session_tokens_with(move |claims| signer.sign(claims));

    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect");
    let step = clerk.sign_in_with_password("jane@example.com", fake_fapi::PASSWORD).await.expect("sign in");
    let token = clerk.get_token().await.expect("token");

    let verifier = Verifier::builder(KeySource::backend_api_at(&jwks.backend_url(), "sk_test_secret").unwrap()).issuer(fake.url()).build();
    let claims = verifier.verify(token.as_str()).await.expect("the session's token verifies");
    assert_eq!(claims.sub, "user_jane");
    assert_eq!(claims.sid.as_deref(), step.created_session_id());
}

/// A user's automated test against a development instance with bot protection: a testing token
/// from the Backend API, sent by the session with every Frontend API request.
#[tokio::test]
async fn a_testing_token_from_the_backend_api_rides_on_every_frontend_api_request() {
    let backend = support::MachineApi::start(vec![]).await;
    let token = clerk_backend_auth::testing::testing_token(&backend.client("sk_test_secret")).await.expect("a testing token");
    assert_eq!(token, support::TESTING_TOKEN);
    let fake = fake_fapi::FakeFrontendApi::start(vec![fake_fapi::User::new("user_jane", "jane@example.com")]).await;
    fake.require_testing_token(&token);
    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).testing_token(&token).connect().await.expect("connect");
    clerk.sign_in_with_password("jane@example.com", fake_fapi::PASSWORD).await.expect("sign in");
    clerk.get_token().await.expect("a token");
    fake.assert_no_violations();
    // Without it, the fake says so (as the instance would refuse the requests).
    let without = Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect");
    drop(without);
    assert!(fake.violations().iter().any(|v| v.contains("__clerk_testing_token")));
}
