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
    User { id: "user_jane".into(), email: "jane@example.com".into(), password: PASSWORD.into(), totp: false, ..User::default() }
}

fn tom_with_totp() -> User {
    User { id: "user_tom".into(), email: "tom@example.com".into(), password: PASSWORD.into(), totp: true, ..User::default() }
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
}

#[tokio::test]
async fn ticket_sign_in() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let clerk = connect(&fake).await;
    assert!(clerk.sign_in_with_ticket("ticket_forged").await.is_err());
    let step = clerk.sign_in_with_ticket(TICKET).await.expect("ticket");
    assert!(step.is_complete());
    assert!(clerk.state().is_signed_in());
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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
    assert_clean(&fake);
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

fn pat_choosing_an_organization() -> User {
    User { id: "user_pat".into(), email: "pat@example.com".into(), password: PASSWORD.into(), tasks: vec!["choose-organization".into()], ..User::default() }
}

/// The claims of a session JWT (the fake's are unsigned; only the payload is read).
fn token_claims(token: &clerk_session::SessionToken) -> serde_json::Value {
    use base64::Engine;
    let payload = token.as_str().split('.').nth(1).expect("a JWT");
    serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).expect("base64")).expect("JSON claims")
}

#[tokio::test]
async fn a_pending_session_is_not_signed_in_until_its_task_is_done() {
    use clerk_session::clerk_frontend_api::types::ClientSessionBaseStatus;
    let fake = FakeFapi::start(vec![pat_choosing_an_organization()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("pat@example.com", PASSWORD).await.expect("sign in");
    assert!(step.is_complete(), "the sign-in itself completes");
    let session_id = step.created_session_id().expect("a session").to_owned();

    // Signed in with a task left: pending, not signed in, and no token unless asked for.
    let state = clerk.state();
    assert!(!state.is_signed_in());
    assert!(state.active_session().is_none() && state.user().is_none());
    assert_eq!(state.pending_session().map(|s| (s.id.as_str(), &s.status)), Some((session_id.as_str(), &ClientSessionBaseStatus::Pending)));
    assert_eq!(state.pending_tasks(), ["choose-organization"]);
    match clerk.get_token().await {
        Err(SessionError::SessionPending { session_id: id, tasks }) => assert_eq!((id.as_str(), tasks.as_slice()), (session_id.as_str(), &["choose-organization".to_owned()][..])),
        other => panic!("expected SessionPending, got {other:?}"),
    }
    assert_eq!(fake.token_requests(), 0, "no token was asked of the server");
    let pending_token = clerk.get_token_with(&TokenOptions::default().allowing_pending()).await.expect("a token for the pending session");
    assert_eq!(token_claims(&pending_token)["sts"], "pending");

    // Choosing an organization does the task: the session is active, its token names the org.
    clerk.set_active(&session_id, Some("org_7")).await.expect("choose an organization");
    let state = clerk.state();
    assert!(state.is_signed_in());
    assert!(state.pending_tasks().is_empty());
    assert_eq!(state.active_session().and_then(|s| s.last_active_organization_id.as_deref()), Some("org_7"));
    let token = clerk.get_token().await.expect("a token");
    assert_eq!((token_claims(&token)["sts"].as_str(), token_claims(&token)["o"]["id"].as_str()), (Some("active"), Some("org_7")));
    assert_clean(&fake);
}

#[tokio::test]
async fn several_sessions_switch_and_sign_out_one_by_one() {
    let fake = FakeFapi::start(vec![jane(), tom_with_totp()]).await;
    let clerk = connect(&fake).await;
    let jane_session = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap().created_session_id().unwrap().to_owned();
    let step = clerk.sign_in_with_password("tom@example.com", PASSWORD).await.unwrap();
    let tom_session = clerk.attempt_second_factor(step.id(), SecondFactor::Totp, TOTP).await.unwrap().created_session_id().unwrap().to_owned();
    let ids = |clerk: &Clerk| clerk.state().sessions().iter().map(|s| s.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&clerk), [jane_session.clone(), tom_session.clone()]);
    assert_eq!(clerk.state().user().map(|u| u.id.clone()), Some("user_tom".into()));

    // Switching: Jane's session is active, with its own token; Tom's stays signed in.
    clerk.set_active(&jane_session, None).await.expect("switch to Jane");
    assert_eq!(clerk.state().user().map(|u| u.id.clone()), Some("user_jane".into()));
    assert_eq!(token_claims(&clerk.get_token().await.unwrap())["sub"], "user_jane");
    // The organization switch, end to end: the next token is for the organization.
    clerk.set_active(&jane_session, Some("org_42")).await.expect("switch organization");
    assert_eq!(token_claims(&clerk.get_token().await.unwrap())["o"]["id"], "org_42");
    clerk.set_active(&jane_session, Some("")).await.expect("personal account");
    assert_eq!(token_claims(&clerk.get_token().await.unwrap()).get("o"), None);

    // Signing out a session that is not the active one keeps the active one.
    clerk.sign_out_session(&tom_session).await.expect("sign Tom out");
    assert_eq!(ids(&clerk), std::slice::from_ref(&jane_session));
    assert!(clerk.state().is_signed_in());
    clerk.sign_out_all().await.expect("sign out all");
    assert!(ids(&clerk).is_empty());
    assert_clean(&fake);
}

#[tokio::test]
async fn an_offline_start_keeps_the_last_state_and_refreshes_it_when_the_network_returns() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client-token");
    let first = Clerk::builder(FrontendApi::from_url(fake.url())).store(FileStore::new(&path)).connect().await.unwrap();
    first.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    drop(first);
    let kept = FileStore::new(&path).state_path();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&kept).expect("the state is kept").permissions().mode() & 0o777, 0o600);
    }

    // The Frontend API is unavailable when the app starts again.
    fake.set_unavailable(true);
    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).store(FileStore::new(&path)).connect().await.expect("an offline start");
    let state = clerk.state();
    assert!(state.is_stale() && state.is_signed_in(), "signed in, from the kept state");
    assert_eq!(state.user().map(|u| u.id.as_str()), Some("user_jane"));
    // A token cannot be had now: a typed error that signs nobody out.
    let error = clerk.get_token().await.expect_err("no token while unreachable");
    assert!(error.is_unreachable(), "{error:?}");
    assert!(clerk.state().is_signed_in());
    assert!(path.exists() && kept.exists(), "the token and the state are still kept");

    // The network returns: the background reload makes the state current.
    let mut changes = clerk.subscribe();
    fake.set_unavailable(false);
    tokio::time::timeout(Duration::from_secs(10), async {
        while changes.borrow_and_update().is_stale() {
            changes.changed().await.expect("the session lives");
        }
    })
    .await
    .expect("the state was refreshed within 10 s");
    assert!(clerk.state().is_signed_in() && clerk.environment().is_some());
    clerk.get_token().await.expect("a token once reachable");
    assert_clean(&fake);
}

#[tokio::test]
async fn an_offline_start_without_a_kept_state_is_an_error() {
    // Nothing listens on a port just freed: the connection is refused.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let result = Clerk::builder(FrontendApi::from_url(format!("http://127.0.0.1:{port}"))).connect().await;
    assert!(matches!(&result, Err(e) if e.is_unreachable()), "{result:?}");
}

#[tokio::test]
async fn a_refused_connection_at_start_uses_the_kept_state_too() {
    let fake = FakeFapi::start(vec![jane()]).await;
    let store = clerk_session::MemoryStore::new();
    let shared = std::sync::Arc::new(store);
    let first = Clerk::builder(FrontendApi::from_url(fake.url())).store(SharedStore(shared.clone())).connect().await.unwrap();
    first.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let offline = Clerk::builder(FrontendApi::from_url(format!("http://127.0.0.1:{port}"))).store(SharedStore(shared)).connect().await.expect("an offline start");
    assert!(offline.state().is_stale() && offline.state().is_signed_in());
    assert!(offline.environment().is_none(), "the environment was never loaded");
    assert_clean(&fake);
}

/// One memory store behind two sessions (two runs of an app).
struct SharedStore(std::sync::Arc<clerk_session::MemoryStore>);

impl clerk_session::TokenStore for SharedStore {
    fn load(&self) -> std::io::Result<Option<sdkgen_runtime::Secret>> {
        self.0.load()
    }
    fn save(&self, token: &sdkgen_runtime::Secret) -> std::io::Result<()> {
        self.0.save(token)
    }
    fn clear(&self) -> std::io::Result<()> {
        self.0.clear()
    }
    fn load_state(&self) -> std::io::Result<Option<String>> {
        self.0.load_state()
    }
    fn save_state(&self, state: &str) -> std::io::Result<()> {
        self.0.save_state(state)
    }
}

#[tokio::test]
async fn phone_code_sign_in_with_a_test_number() {
    let fake = FakeFapi::start(vec![jane().with_phone("+15555550100")]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_code("+15555550100", CodeChannel::Phone).await.expect("prepare");
    assert_eq!(step.status(), &ClientSignInStatus::NeedsFirstFactor);
    let done = clerk.attempt_first_factor_code(step.id(), CodeChannel::Phone, CODE).await.expect("attempt");
    assert!(done.is_complete() && clerk.state().is_signed_in());
    assert_clean(&fake);
}

#[tokio::test]
async fn a_backup_code_is_a_second_factor_good_once() {
    let fake = FakeFapi::start(vec![jane().with_backup_codes(&["b4ckup01", "b4ckup02"])]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    assert_eq!(step.status(), &ClientSignInStatus::NeedsSecondFactor);
    assert!(step.second_factor("backup_code").is_some() && step.second_factor("totp").is_none());
    let done = clerk.attempt_second_factor(step.id(), SecondFactor::BackupCode, "b4ckup01").await.expect("backup code");
    assert!(done.is_complete());
    // Spent: the same code does not pass a second time.
    let again = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in again");
    assert_eq!(again.status(), &ClientSignInStatus::NeedsSecondFactor, "spent codes leave the factor on");
    let refused = clerk.attempt_second_factor(again.id(), SecondFactor::BackupCode, "b4ckup01").await.unwrap_err();
    assert_eq!(refused.clerk_code(), Some("form_code_incorrect"));
    assert!(clerk.attempt_second_factor(again.id(), SecondFactor::BackupCode, "b4ckup02").await.expect("the other code").is_complete());
    assert_clean(&fake);
}

#[tokio::test]
async fn an_sms_second_factor_is_sent_then_attempted() {
    let fake = FakeFapi::start(vec![jane().with_phone("+15555550101").with_phone_second_factor()]).await;
    let clerk = connect(&fake).await;
    let step = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.expect("sign in");
    // Not sent yet: the code is refused.
    let early = clerk.attempt_second_factor(step.id(), SecondFactor::PhoneCode, CODE).await.unwrap_err();
    assert_eq!(early.clerk_code(), Some("form_code_incorrect"));
    // A second factor the user does not have cannot be prepared.
    assert!(clerk.prepare_second_factor(&step, SecondFactor::EmailCode).await.is_err());
    let step = clerk.prepare_second_factor(&step, SecondFactor::PhoneCode).await.expect("send the code");
    let done = clerk.attempt_second_factor(step.id(), SecondFactor::PhoneCode, CODE).await.expect("phone code");
    assert!(done.is_complete() && clerk.state().is_signed_in());
    assert_clean(&fake);
}
