//! The session crate end to end against a local stateful fake of the Frontend API
//! (`support::FakeFapi`, answering in the spec's shapes): every flow, token refresh under
//! concurrency, client token rotation, a 401 that ends the session, persistence through the
//! file store and typed Clerk errors. (`no_secrets.rs` checks `Debug` output and logs.)

mod support;

use std::time::Duration;

use clerk_session::clerk_frontend_api::types::{ClientSignInStatus, ClientSignUpStatus, ClientSessionReverificationStatus, StartSessionReverificationBodyLevel};
use clerk_session::{Clerk, CodeChannel, FileStore, FrontendApi, SecondFactor, SessionError, TokenOptions, TokenTransport};
use support::{FakeFapi, User, CODE, PASSWORD, TICKET, TOTP};

fn jane() -> User {
    User { id: "user_jane".into(), email: "jane@example.com".into(), password: PASSWORD.into(), totp: false }
}

fn tom_with_totp() -> User {
    User { id: "user_tom".into(), email: "tom@example.com".into(), password: PASSWORD.into(), totp: true }
}

async fn connect(fake: &FakeFapi) -> Clerk {
    Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect")
}

fn assert_clean(fake: &FakeFapi) {
    assert_eq!(fake.violations(), Vec::<String>::new(), "protocol violations");
}

#[tokio::test]
async fn password_sign_in_keeps_state_and_gives_tokens() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    assert!(!clerk.state().is_signed_in());
    assert!(clerk.environment().is_some(), "environment loaded");
    let mut changes = clerk.subscribe();

    let step = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    assert_eq!(step.status(), &ClientSignInStatus::Complete);
    let session_id = step.created_session_id().expect("session").to_owned();

    // The piggybacked client made the new session active, and subscribers saw it.
    assert!(changes.has_changed().unwrap());
    let state = changes.borrow_and_update().clone();
    assert_eq!(state.active_session().map(|s| s.id.as_str()), Some(session_id.as_str()));
    assert_eq!(state.user().map(|u| u.id.as_str()), Some("user_jane"));

    let token = clerk.get_token().await.expect("token");
    assert_eq!(token.session_id(), session_id);
    assert!(token.expires_at() > std::time::SystemTime::now() + Duration::from_secs(50));
    // Cached: the same token without another request.
    let again = clerk.get_token().await.expect("token");
    assert_eq!(again, token);
    assert_eq!(fake.token_requests(), 1);

    // A template token and an organization token are separate entries.
    let templated = clerk.get_token_with(&TokenOptions::template("backend")).await.expect("template token");
    assert_ne!(templated, token);
    let org = clerk.get_token_with(&TokenOptions::organization("org_1")).await.expect("org token");
    assert_ne!(org, token);
    assert_eq!(fake.token_requests(), 3);
    assert_clean(&fake);
}

#[tokio::test]
async fn a_hundred_tasks_share_one_refresh() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    let tasks: Vec<_> = (0..100)
        .map(|_| {
            let clerk = clerk.clone();
            tokio::spawn(async move { clerk.get_token().await.map(|t| t.as_str().to_owned()) })
        })
        .collect();
    let mut jwts = Vec::new();
    for task in tasks {
        jwts.push(task.await.expect("task").expect("token"));
    }
    jwts.dedup();
    assert_eq!(jwts.len(), 1, "every task got the same token");
    assert_eq!(fake.token_requests(), 1, "one request for 100 tasks");
}

#[tokio::test]
async fn tokens_are_refreshed_shortly_before_they_expire() {
    let fake = FakeFapi::start(vec![jane()]).await;
    // Tokens live 16 s; the session refreshes those with less than 15 s left.
    fake.set_token_lifetime(Duration::from_secs(16));
    let clerk = connect(&fake).await;
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    let first = clerk.get_token().await.expect("token");
    assert_eq!(clerk.get_token().await.expect("token"), first);
    assert_eq!(fake.token_requests(), 1);
    tokio::time::sleep(Duration::from_millis(1600)).await;
    let second = clerk.get_token().await.expect("token");
    assert_ne!(second, first);
    assert_eq!(fake.token_requests(), 2);
}

#[tokio::test]
async fn the_client_token_rotates_with_every_response() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    for _ in 0..3 {
        clerk.refresh_client().await.expect("client");
        // The fake accepts only the newest token: every request used the one before it, and
        // the session holds the one the server accepts now.
        assert_eq!(fake.live_client_tokens().len(), 1);
    }
    clerk.get_token().await.expect("token");
    assert!(clerk.state().is_signed_in());
    assert_clean(&fake);
}

#[tokio::test]
async fn a_401_for_the_session_clears_it_and_says_so() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    let session_id = step.created_session_id().unwrap().to_owned();
    fake.revoke(&session_id);
    let changes = clerk.subscribe();
    match clerk.get_token().await {
        Err(SessionError::SessionEnded { session_id: ended }) => assert_eq!(ended, session_id),
        other => panic!("expected SessionEnded, got {other:?}"),
    }
    assert!(changes.has_changed().unwrap());
    assert!(!clerk.state().is_signed_in());
    assert!(clerk.state().sessions().iter().all(|s| s.id != session_id));
    assert!(matches!(clerk.get_token().await, Err(SessionError::NoActiveSession)));
}

#[tokio::test]
async fn a_wrong_password_is_a_typed_clerk_error() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let error = clerk.sign_in_with_password("jane@example.com", "wrong").await.unwrap_err();
    assert_eq!(error.clerk_code(), Some("form_password_incorrect"));
    assert!(matches!(&error, SessionError::Api(e) if e.status().map(|s| s.as_u16()) == Some(422)));
    assert!(!error.to_string().contains("wrong"), "{error}");
    // The error carried the client (in `meta.client`): the state has the pending sign-in.
    let state = clerk.state();
    assert!(state.client().and_then(|c| c.sign_in.as_ref()).is_some());
    assert!(!state.is_signed_in());
}

#[tokio::test]
async fn email_code_sign_in() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_code("jane@example.com", CodeChannel::Email).await.expect("prepare");
    assert_eq!(step.status(), &ClientSignInStatus::NeedsFirstFactor);
    let wrong = clerk.attempt_first_factor_code(step.id(), CodeChannel::Email, "000000").await.unwrap_err();
    assert_eq!(wrong.clerk_code(), Some("form_code_incorrect"));
    let done = clerk.attempt_first_factor_code(step.id(), CodeChannel::Email, CODE).await.expect("attempt");
    assert!(done.is_complete());
    assert!(clerk.state().is_signed_in());
    assert_clean(&fake);
}

#[tokio::test]
async fn second_factor_after_password() {
    let fake = FakeFapi::start(vec![tom_with_totp()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("tom@example.com", PASSWORD).await.expect("sign in");
    assert_eq!(step.status(), &ClientSignInStatus::NeedsSecondFactor);
    assert!(step.second_factor("totp").is_some());
    assert!(!clerk.state().is_signed_in());
    let done = clerk.attempt_second_factor(step.id(), SecondFactor::Totp, TOTP).await.expect("totp");
    assert!(done.is_complete());
    assert!(clerk.state().is_signed_in());
}

#[tokio::test]
async fn ticket_sign_in() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    assert!(clerk.sign_in_with_ticket("ticket_forged").await.is_err());
    let step = clerk.sign_in_with_ticket(TICKET).await.expect("ticket");
    assert!(step.is_complete());
    assert!(clerk.state().is_signed_in());
}

#[tokio::test]
async fn forgotten_password_then_new_password() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.forgot_password("jane@example.com", CodeChannel::Email).await.expect("reset code sent");
    let step = clerk.attempt_reset_code(step.id(), CodeChannel::Email, CODE).await.expect("code");
    assert_eq!(step.status(), &ClientSignInStatus::NeedsNewPassword);
    let step = clerk.reset_password(step.id(), "a brand new password", true).await.expect("new password");
    assert!(step.is_complete());
    assert_eq!(fake.user_password("jane@example.com").as_deref(), Some("a brand new password"));
    assert!(clerk.state().is_signed_in());
}

#[tokio::test]
async fn sign_up_with_email_code() {
    let fake = FakeFapi::start(vec![]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_up_with_email_code("new@example.com", Some(PASSWORD)).await.expect("sign up");
    assert_eq!(step.status(), &ClientSignUpStatus::MissingRequirements);
    let done = clerk.attempt_sign_up_email_code(step.id(), CODE).await.expect("verify");
    assert!(done.is_complete());
    assert_eq!(clerk.state().active_session().map(|s| s.id.as_str()), done.created_session_id());
    assert_clean(&fake);
}

#[tokio::test]
async fn set_active_session_and_organization() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    let first = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap().created_session_id().unwrap().to_owned();
    let second = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap().created_session_id().unwrap().to_owned();
    assert_eq!(clerk.state().active_session().map(|s| s.id.clone()), Some(second.clone()));
    clerk.set_active(&first, Some("org_42")).await.expect("set active");
    let state = clerk.state();
    let active = state.active_session().expect("active");
    assert_eq!(active.id, first);
    assert_eq!(active.last_active_organization_id.as_deref(), Some("org_42"));
    assert_eq!(state.sessions().len(), 2);
}

#[tokio::test]
async fn reverification_with_password_then_second_factor() {
    let fake = FakeFapi::start(vec![tom_with_totp()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("tom@example.com", PASSWORD).await.unwrap();
    clerk.attempt_second_factor(step.id(), SecondFactor::Totp, TOTP).await.unwrap();
    let reverify = clerk.start_reverification(StartSessionReverificationBodyLevel::MultiFactor).await.expect("start");
    assert_eq!(reverify.status(), &ClientSessionReverificationStatus::NeedsFirstFactor);
    let reverify = clerk.attempt_reverification_password(PASSWORD).await.expect("password");
    assert_eq!(reverify.status(), &ClientSessionReverificationStatus::NeedsSecondFactor);
    let reverify = clerk.attempt_reverification_second_factor(SecondFactor::Totp, TOTP).await.expect("totp");
    assert!(reverify.is_complete());
}

#[tokio::test]
async fn reverification_with_an_email_code() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    let step = clerk.start_reverification(StartSessionReverificationBodyLevel::FirstFactor).await.expect("start");
    let step = clerk.prepare_reverification_first_factor(&step, CodeChannel::Email).await.expect("prepare");
    assert_eq!(step.status(), &ClientSessionReverificationStatus::NeedsFirstFactor);
    let step = clerk.attempt_reverification_code(CodeChannel::Email, CODE).await.expect("attempt");
    assert!(step.is_complete());
}

#[tokio::test]
async fn sign_out_one_session_and_all() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    assert_eq!(clerk.state().sessions().len(), 2);
    clerk.sign_out().await.expect("sign out");
    assert_eq!(clerk.state().sessions().len(), 1);
    assert!(!clerk.state().is_signed_in(), "the signed-out session was the active one");
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    clerk.sign_out_all().await.expect("sign out all");
    assert!(clerk.state().sessions().is_empty());
    assert!(matches!(clerk.get_token().await, Err(SessionError::NoActiveSession)));
    assert_clean(&fake);
}

#[tokio::test]
async fn the_file_store_keeps_the_session_across_restarts() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("clerk/client-token");
    let first = Clerk::builder(FrontendApi::from_url(fake.url())).store(FileStore::new(&path)).connect().await.unwrap();
    first.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    first.refresh_client().await.unwrap();
    let stored = std::fs::read_to_string(&path).expect("token file");
    assert_eq!(fake.live_client_tokens(), vec![stored.clone()], "the file holds the newest token");
    drop(first);

    // A new process: same file, no sign-in.
    let second = Clerk::builder(FrontendApi::from_url(fake.url())).store(FileStore::new(&path)).connect().await.unwrap();
    assert!(second.state().is_signed_in());
    assert_eq!(second.state().user().map(|u| u.id.as_str()), Some("user_jane"));
    second.get_token().await.expect("token after reload");
    assert_clean(&fake);
}

#[tokio::test]
async fn development_instances_use_a_dev_browser_token() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).transport(TokenTransport::DevBrowser).connect().await.expect("connect");
    assert!(clerk.has_client_token());
    clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    clerk.get_token().await.expect("token");
    assert!(fake.requests().iter().any(|r| r == "POST /v1/dev_browser"));
    assert_clean(&fake);
}
