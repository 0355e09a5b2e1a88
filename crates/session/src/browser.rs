//! Browser sign-in for CLIs and desktop apps: opens the system browser on the provider's page
//! and listens once on `127.0.0.1` (a free port) for the redirect, with a timeout.
//!
//! The redirect URL is `http://127.0.0.1:<port>/oauth-callback`: add `http://127.0.0.1` to
//! the instance's allowed redirect URLs (Clerk dashboard), or the sign-in is refused. Apps that
//! register a custom scheme (`myapp://oauth-callback`) use [`crate::Clerk::start_oauth`] and
//! [`crate::Clerk::complete_oauth`] directly instead.
//!
//! ```no_run
//! # async fn demo(clerk: clerk_session::Clerk) -> Result<(), clerk_session::OAuthError> {
//! use clerk_session::browser::BrowserSignIn;
//! use clerk_session::{OAuthOutcome, OAuthStrategy};
//!
//! match BrowserSignIn::new(OAuthStrategy::provider("google")).run(&clerk).await? {
//!     OAuthOutcome::SignedIn(_) | OAuthOutcome::SignedUp(_) => println!("signed in"),
//!     other => println!("more to do: {other:?}"),
//! }
//! # Ok(()) }
//! ```

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::oauth::{OAuthError, OAuthIntent, OAuthOutcome, OAuthStrategy};
use crate::Clerk;

/// The path the browser comes back to.
pub const CALLBACK_PATH: &str = "/oauth-callback";

type Opener = Box<dyn Fn(&str) -> std::io::Result<()> + Send + Sync>;

/// A browser sign-in (or sign-up) to run.
pub struct BrowserSignIn {
    strategy: OAuthStrategy,
    intent: OAuthIntent,
    timeout: Duration,
    opener: Opener,
}

impl std::fmt::Debug for BrowserSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BrowserSignIn").field("strategy", &self.strategy).field("intent", &self.intent).field("timeout", &self.timeout).finish_non_exhaustive()
    }
}

impl BrowserSignIn {
    /// A sign-in with `strategy`, in the system browser, waiting up to 5 minutes.
    pub fn new(strategy: OAuthStrategy) -> Self {
        BrowserSignIn { strategy, intent: OAuthIntent::SignIn, timeout: Duration::from_secs(300), opener: Box::new(|url| open::that(url)) }
    }

    /// A sign-up instead (a sign-in of a new user becomes one anyway).
    pub fn sign_up(mut self) -> Self {
        self.intent = OAuthIntent::SignUp;
        self
    }

    /// How long to wait for the browser to come back.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// How the page is opened, instead of the system browser: e.g. print the URL for the user
    /// to open on another device, or drive a test.
    pub fn opener(mut self, open: impl Fn(&str) -> std::io::Result<()> + Send + Sync + 'static) -> Self {
        self.opener = Box::new(open);
        self
    }

    /// Runs the flow: listens, starts it, opens the page, takes the one redirect to the
    /// callback (other requests, such as a favicon, get 404), answers the browser, completes.
    pub async fn run(self, clerk: &Clerk) -> Result<OAuthOutcome, OAuthError> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await.map_err(OAuthError::Io)?;
        let port = listener.local_addr().map_err(OAuthError::Io)?.port();
        let redirect_url = format!("http://127.0.0.1:{port}{CALLBACK_PATH}");
        let start = clerk.start_oauth(self.intent, &self.strategy, &redirect_url).await?;
        (self.opener)(&start.url).map_err(OAuthError::Io)?;
        let target = tokio::time::timeout(self.timeout, callback(&listener)).await.map_err(|_| OAuthError::TimedOut)??;
        clerk.complete_oauth(&start, &format!("http://127.0.0.1:{port}{target}")).await
    }
}

/// The request target (path and query) of the first request to [`CALLBACK_PATH`].
async fn callback(listener: &TcpListener) -> Result<String, OAuthError> {
    loop {
        let (mut stream, _) = listener.accept().await.map_err(OAuthError::Io)?;
        let Some(target) = request_target(&mut stream).await else { continue };
        let is_callback = target.split('?').next() == Some(CALLBACK_PATH);
        let (status, page) = if is_callback {
            ("200 OK", "<!doctype html><title>Signed in</title><p>You can close this window and return to the app.</p>")
        } else {
            ("404 Not Found", "<!doctype html><title>Not found</title>")
        };
        let response = format!("HTTP/1.1 {status}\r\ncontent-type: text/html; charset=utf-8\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{page}", page.len());
        // The browser not reading the page changes nothing about the sign-in.
        let _ = stream.write_all(response.as_bytes()).await;
        let _ = stream.shutdown().await;
        if is_callback {
            return Ok(target);
        }
    }
}

/// The target of an HTTP/1 `GET` request line, read from the head (at most 16 KiB).
async fn request_target(stream: &mut tokio::net::TcpStream) -> Option<String> {
    let mut head = Vec::new();
    let mut buffer = [0u8; 2048];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < 16 * 1024 {
        let read = stream.read(&mut buffer).await.ok()?;
        if read == 0 {
            break;
        }
        head.extend_from_slice(&buffer[..read]);
    }
    let text = String::from_utf8_lossy(&head);
    let mut parts = text.lines().next()?.split_whitespace();
    match (parts.next(), parts.next()) {
        (Some("GET"), Some(target)) if target.starts_with('/') => Some(target.to_owned()),
        _ => None,
    }
}
