//! Social and enterprise SSO through a browser, against the fake Frontend API: the page to open,
//! the callback with its nonce, the reload that hands the client its session, a new user's
//! transfer to a sign-up, and each failure typed; the CLI helper's loopback listener.

use std::time::Duration;

use clerk_session::browser::BrowserSignIn;
use clerk_session::testing::{FakeFrontendApi, User};
use clerk_session::{Clerk, FrontendApi, OAuthError, OAuthIntent, OAuthOutcome, OAuthStrategy, SecondFactor};

async fn connect(fake: &FakeFrontendApi) -> Clerk {
    Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect")
}

fn jane() -> User {
    User::new("user_jane", "jane@example.com")
}

#[tokio::test]
async fn a_known_user_signs_in_with_google_through_a_custom_scheme_redirect() {
    let fake = FakeFrontendApi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::provider("google"), "myapp://oauth-callback").await.expect("start");
    assert!(start.url.starts_with(&fake.url()), "the provider page to open: {}", start.url);
    assert!(start.redirect_url.starts_with("myapp://oauth-callback?state="));
    assert!(!clerk.state().is_signed_in());

    let callback = fake.browser(&start.url, Some("jane@example.com")).await;
    assert!(callback.starts_with("myapp://oauth-callback?state=") && callback.contains("rotating_token_nonce="), "{callback}");
    let outcome = clerk.complete_oauth(&start, &callback).await.expect("complete");
    let OAuthOutcome::SignedIn(step) = outcome else { panic!("expected a sign-in, got {outcome:?}") };
    assert!(step.created_session_id().is_some());
    assert_eq!(clerk.state().active_session().map(|s| s.id.as_str()), step.created_session_id());
    assert_eq!(clerk.state().user().map(|u| u.id.as_str()), Some("user_jane"));
    clerk.get_token().await.expect("a token");
    // The nonce is spent: the same callback again is refused.
    assert!(matches!(clerk.complete_oauth(&start, &callback).await, Err(OAuthError::Expired)));
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_new_user_is_transferred_to_a_sign_up() {
    let fake = FakeFrontendApi::start(vec![]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::provider("github"), "myapp://cb").await.unwrap();
    let callback = fake.browser(&start.url, Some("new@example.com")).await;
    let OAuthOutcome::SignedUp(step) = clerk.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected a sign-up") };
    assert!(step.is_complete());
    assert!(clerk.state().is_signed_in());
    assert!(fake.requests().iter().any(|r| r == "POST /v1/client/sign_ups"), "the transfer is a sign-up");
    fake.assert_no_violations();
}

#[tokio::test]
async fn enterprise_sso_signs_up_directly() {
    let fake = FakeFrontendApi::start(vec![]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignUp, &OAuthStrategy::enterprise_sso("ann@acme.com"), "myapp://cb").await.expect("start");
    let callback = fake.browser(&start.url, Some("ann@acme.com")).await;
    let OAuthOutcome::SignedUp(step) = clerk.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected a sign-up") };
    assert!(step.is_complete() && clerk.state().is_signed_in());
    fake.assert_no_violations();
}

#[tokio::test]
async fn denied_consent_a_foreign_callback_and_a_bad_nonce_are_typed_errors() {
    let fake = FakeFrontendApi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::provider("google"), "myapp://cb").await.unwrap();
    // Another flow's callback (or a forged one): another state, another URL.
    let forged = start.redirect_url.replace("state=", "state=x");
    assert!(matches!(clerk.complete_oauth(&start, &format!("{forged}&rotating_token_nonce=n")).await, Err(OAuthError::WrongState)));
    let elsewhere = start.redirect_url.replace("myapp://cb", "evil://cb");
    assert!(matches!(clerk.complete_oauth(&start, &elsewhere).await, Err(OAuthError::WrongState)));
    // The provider's own error in the callback.
    assert!(matches!(clerk.complete_oauth(&start, &format!("{}&error=access_denied", start.redirect_url)).await, Err(OAuthError::Denied { code }) if code == "access_denied"));
    // A nonce the server does not know.
    assert!(matches!(clerk.complete_oauth(&start, &format!("{}&rotating_token_nonce=bogus", start.redirect_url)).await, Err(OAuthError::Expired)));
    // Consent refused at the provider: the verification failed, with its reason.
    let callback = fake.browser(&start.url, None).await;
    match clerk.complete_oauth(&start, &callback).await {
        Err(OAuthError::Denied { code }) => assert_eq!(code, "oauth_access_denied"),
        other => panic!("expected Denied, got {other:?}"),
    }
    assert!(!clerk.state().is_signed_in());
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_known_user_signs_in_with_enterprise_sso() {
    let fake = FakeFrontendApi::start(vec![User::new("user_ann", "ann@acme.com")]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::enterprise_sso("ann@acme.com"), "myapp://cb").await.expect("start");
    let callback = fake.browser(&start.url, Some("ann@acme.com")).await;
    let OAuthOutcome::SignedIn(step) = clerk.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected a sign-in") };
    assert!(step.is_complete());
    assert_eq!(clerk.state().user().map(|u| u.id.as_str()), Some("user_ann"));
    // The completed sign-in is read by its id: the reloaded client no longer holds it.
    assert!(clerk.state().client().is_some_and(|c| c.sign_in.is_none()));
    assert!(fake.requests().iter().any(|r| r.starts_with("GET /v1/client/sign_ins/")), "{:?}", fake.requests());
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_new_user_signs_up_with_a_provider_directly() {
    let fake = FakeFrontendApi::start(vec![]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignUp, &OAuthStrategy::provider("google"), "myapp://cb").await.expect("start");
    let callback = fake.browser(&start.url, Some("new@example.com")).await;
    let OAuthOutcome::SignedUp(step) = clerk.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected a sign-up") };
    assert!(step.is_complete());
    assert!(step.created_session_id().is_some());
    assert_eq!(clerk.state().active_session().map(|s| s.id.as_str()), step.created_session_id());
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_user_with_a_second_factor_continues_after_the_browser() {
    let fake = FakeFrontendApi::start(vec![jane().with_totp()]).await;
    let clerk = connect(&fake).await;
    let start = clerk.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::provider("google"), "myapp://cb").await.expect("start");
    let callback = fake.browser(&start.url, Some("jane@example.com")).await;
    let OAuthOutcome::SignInContinues(step) = clerk.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected the second factor next") };
    assert!(!step.is_complete() && step.second_factor("totp").is_some());
    assert!(!clerk.state().is_signed_in());
    let done = clerk.attempt_second_factor(step.id(), SecondFactor::Totp, clerk_session::testing::TOTP).await.expect("second factor");
    assert!(done.is_complete() && clerk.state().is_signed_in());
    fake.assert_no_violations();
}

#[tokio::test]
async fn an_app_relaunched_by_its_callback_finishes_the_flow_it_kept() {
    let fake = FakeFrontendApi::start(vec![jane()]).await;
    let dir = tempfile::tempdir().unwrap();
    let token_file = dir.path().join("client-token");
    let first = Clerk::builder(FrontendApi::from_url(fake.url())).store(clerk_session::FileStore::new(&token_file)).connect().await.expect("connect");
    let start = first.start_oauth(OAuthIntent::SignIn, &OAuthStrategy::provider("google"), "myapp://cb").await.expect("start");
    let kept = serde_json::to_string(&start).expect("the flow serialises");
    drop(first);
    // The system browser hands `myapp://cb?...` to a new process of the app.
    let callback = fake.browser(&start.url, Some("jane@example.com")).await;
    let second = Clerk::builder(FrontendApi::from_url(fake.url())).store(clerk_session::FileStore::new(&token_file)).connect().await.expect("reconnect");
    let start: clerk_session::OAuthStart = serde_json::from_str(&kept).expect("the flow deserialises");
    let OAuthOutcome::SignedIn(_) = second.complete_oauth(&start, &callback).await.expect("complete") else { panic!("expected a sign-in") };
    assert!(second.state().is_signed_in());
    fake.assert_no_violations();
}

#[tokio::test]
async fn the_cli_helper_listens_once_on_loopback_for_the_redirect() {
    let fake = std::sync::Arc::new(FakeFrontendApi::start(vec![jane()]).await);
    let clerk = connect(&fake).await;
    let browser = fake.clone();
    // The test is the browser: it follows the provider page, then the redirect to the listener
    // (after a stray request, as browsers ask for a favicon).
    let outcome = BrowserSignIn::new(OAuthStrategy::provider("google"))
        .opener(move |url| {
            let (browser, url) = (browser.clone(), url.to_owned());
            tokio::spawn(async move {
                let callback = browser.browser(&url, Some("jane@example.com")).await;
                let origin = callback.split("/oauth-callback").next().unwrap_or_default().to_owned();
                let _ = sdkgen_runtime::reqwest::get(format!("{origin}/favicon.ico")).await;
                let page = sdkgen_runtime::reqwest::get(&callback).await.expect("the listener answers");
                assert!(page.text().await.unwrap().contains("close this window"));
            });
            Ok(())
        })
        .timeout(Duration::from_secs(10))
        .run(&clerk)
        .await
        .expect("signed in through the loopback redirect");
    assert!(matches!(outcome, OAuthOutcome::SignedIn(_)));
    assert!(clerk.state().is_signed_in());
    fake.assert_no_violations();
}

#[tokio::test]
async fn the_cli_helper_gives_up_after_its_timeout() {
    let fake = FakeFrontendApi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let result = BrowserSignIn::new(OAuthStrategy::provider("google")).opener(|_| Ok(())).timeout(Duration::from_millis(200)).run(&clerk).await;
    assert!(matches!(result, Err(OAuthError::TimedOut)), "{result:?}");
    fake.assert_no_violations();
}
