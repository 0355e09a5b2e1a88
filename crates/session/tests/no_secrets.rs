//! No secret (password, client token, session JWT) in any `Debug` output or `tracing` line at
//! `trace` level, through a whole sign-in against the fake Frontend API. A test binary of its
//! own: the `tracing` subscriber it installs must see every event of the process.

mod support;

use std::sync::{Arc, Mutex};

use clerk_session::{Clerk, FrontendApi};
use support::{FakeFapi, User, PASSWORD};

/// Collects every `tracing` line at `trace` level.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test(flavor = "current_thread")]
async fn no_secret_in_debug_output_or_trace_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt().with_max_level(tracing::Level::TRACE).with_writer(move || writer.clone()).finish();
    tracing::subscriber::set_global_default(subscriber).expect("the only subscriber of this test binary");

    let fake = FakeFapi::start(vec![User { id: "user_jane".into(), email: "jane@example.com".into(), password: PASSWORD.into(), totp: false, ..User::default() }]).await;
    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect");
    let step = clerk.sign_in_with_password("jane@example.com", PASSWORD).await.unwrap();
    let wrong = clerk.sign_in_with_password("jane@example.com", "hunter2-wrong").await.unwrap_err();
    let token = clerk.get_token().await.unwrap();
    let client_token = fake.live_client_tokens().pop().expect("client token");

    let body = clerk.api().sign_ins().create().strategy("password").identifier("jane@example.com").password(PASSWORD);
    // Structs are `#[non_exhaustive]`: built with `new`, optional fields set by assignment.
    let mut body_with_password = clerk_session::clerk_frontend_api::types::CreateSignInBody::new();
    body_with_password.password = Some(PASSWORD.into());
    let debug = [
        format!("{clerk:?}"),
        format!("{:?}", clerk.state()),
        format!("{step:?}"),
        format!("{wrong:?}"),
        format!("{wrong}"),
        format!("{token:?}"),
        format!("{body:?}"),
        format!("{body_with_password:?}"),
    ];
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("request"), "trace output was captured: {logs}");
    for (what, text) in debug.iter().map(|d| ("Debug", d.as_str())).chain([("logs", logs.as_str())]) {
        for secret in [PASSWORD, "hunter2-wrong", token.as_str(), client_token.as_str()] {
            assert!(!text.contains(secret), "{what} shows a secret: {text}");
        }
    }
}
