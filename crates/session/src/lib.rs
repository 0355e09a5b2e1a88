//! Sign users in to Clerk and keep them signed in, from any Rust program: CLIs, desktop and
//! native apps, services, test harnesses.
//!
//! [`Clerk`] wraps the generated [`clerk_frontend_api::Client`]. It keeps the client token (the
//! device's Clerk identity), persists it through a [`TokenStore`], follows the client state
//! Clerk sends along with every response ([`SessionState`], [`Clerk::subscribe`]), and hands
//! out short-lived session JWTs for your backend ([`Clerk::get_token`]), refreshed shortly
//! before they expire with one request in flight however many tasks ask.
//!
//! ```no_run
//! # async fn run() -> Result<(), clerk_session::SessionError> {
//! use clerk_session::{Clerk, FileStore};
//!
//! let clerk = Clerk::builder_from_publishable_key("pk_test_ZXhhbXBsZS5jbGVyay5hY2NvdW50cy5kZXYk")?
//!     .store(FileStore::new("/tmp/clerk-token"))
//!     .connect()
//!     .await?;
//! let sign_in = clerk.sign_in_with_password("jane@example.com", "correct horse").await?;
//! assert!(sign_in.is_complete());
//! let token = clerk.get_token().await?;
//! println!("Authorization: Bearer {}", token.as_str());
//! # Ok(()) }
//! ```
//!
//! Token transports ([`TokenTransport`]):
//! - `Native` (the default, for every instance type): the client token travels in the
//!   `Authorization` header with `_is_native=1`, and the server's rotated token is taken from
//!   each response's `Authorization` header, as Clerk's iOS, Android and Expo SDKs do.
//! - `DevBrowser`: development instances as browsers use them: a dev-browser token from
//!   `POST /v1/dev_browser`, sent as the `__clerk_db_jwt` query parameter (see the crate
//!   README for the evidence on that name).
//!
//! With the `testing` feature, [`testing`] is a fake Frontend API with users you define, to
//! test your app's sign-in and session handling against real HTTP.

pub mod browser;
mod error;
mod flows;
mod key;
pub mod oauth;
mod state;
mod store;
#[cfg(feature = "testing")]
pub mod testing;
mod token;

use std::sync::Arc;
use std::time::Duration;

use clerk_frontend_api::types;
use sdkgen_runtime::{Credential, CredentialSource, RawResponse, Secret, SharedCredential};
use tokio::sync::watch;

pub use error::SessionError;
pub use flows::{ReverificationStep, SignInStep, SignUpStep, SecondFactor, CodeChannel};
pub use key::{FrontendApi, InstanceType};
pub use oauth::{OAuthError, OAuthIntent, OAuthOutcome, OAuthStart, OAuthStrategy};
pub use state::SessionState;
pub use store::{FileStore, MemoryStore, TokenStore};
pub use token::{SessionToken, TokenOptions};

pub use clerk_frontend_api;

/// How the client token travels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TokenTransport {
    /// `Authorization: <client token>` and `_is_native=1`; the rotated token comes back in the
    /// response's `Authorization` header.
    #[default]
    Native,
    /// A development instance's dev-browser token, sent as the `__clerk_db_jwt` query parameter.
    DevBrowser,
}

/// Configures a [`Clerk`] session.
pub struct ClerkBuilder {
    frontend_api: FrontendApi,
    transport: TokenTransport,
    store: Arc<dyn TokenStore>,
    refresh_margin: Duration,
    testing_token: Option<String>,
    configure: Option<Box<dyn FnOnce(clerk_frontend_api::ClientBuilder) -> clerk_frontend_api::ClientBuilder + Send>>,
}

impl std::fmt::Debug for ClerkBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClerkBuilder")
            .field("frontend_api", &self.frontend_api)
            .field("transport", &self.transport)
            .field("refresh_margin", &self.refresh_margin)
            .finish_non_exhaustive()
    }
}

impl ClerkBuilder {
    /// The token transport; default [`TokenTransport::Native`].
    pub fn transport(mut self, transport: TokenTransport) -> Self {
        self.transport = transport;
        self
    }

    /// Where the client token persists; default [`MemoryStore`].
    pub fn store(mut self, store: impl TokenStore + 'static) -> Self {
        self.store = Arc::new(store);
        self
    }

    /// How long before its expiry a cached session token is refreshed; default 15 s (session
    /// tokens live 60 s; clerk-js refreshes in the background 15 s before expiry).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.refresh_margin = margin;
        self
    }

    /// Sends a testing token (`__clerk_testing_token`) with every request, so that automated
    /// tests against a development instance pass its bot protection. Get one from the Backend
    /// API (`POST /testing_tokens`; `clerk_backend_auth::testing::testing_token`). It is sent
    /// through the client's request hook: a `request_hook` set in [`Self::configure_client`]
    /// replaces it.
    pub fn testing_token(mut self, token: impl Into<String>) -> Self {
        self.testing_token = Some(token.into());
        self
    }

    /// Adjusts the generated client's builder (timeouts, retries, a custom `reqwest::Client`).
    pub fn configure_client(
        mut self,
        configure: impl FnOnce(clerk_frontend_api::ClientBuilder) -> clerk_frontend_api::ClientBuilder + Send + 'static,
    ) -> Self {
        self.configure = Some(Box::new(configure));
        self
    }

    /// Builds the session, then loads the environment and the client from the Frontend API
    /// (with the stored client token, if any).
    ///
    /// Offline start: when the Frontend API cannot be reached (no network, a timeout, a 5xx)
    /// and the store kept a client state from an earlier run, the session starts with that
    /// state, marked stale ([`SessionState::is_stale`]), instead of failing or looking signed
    /// out, and reloads it in the background (retrying with backoff, up to every 30 s) until the
    /// network is back. Without a kept state the error is returned.
    pub async fn connect(self) -> Result<Clerk, SessionError> {
        let clerk = self.build()?;
        match clerk.load_from_server().await {
            Ok(()) => Ok(clerk),
            Err(e) if e.is_unreachable() && clerk.restore_kept_state()? => {
                tracing::info!(error = %e, "the Frontend API is unreachable; starting from the kept client state");
                clerk.reload_in_background();
                Ok(clerk)
            }
            Err(e) => Err(e),
        }
    }

    /// Builds the session without calling the Frontend API.
    pub fn build(self) -> Result<Clerk, SessionError> {
        let stored = self.store.load().map_err(SessionError::Store)?;
        let client_token = SharedCredential::new();
        if let Some(token) = stored {
            client_token.set_token(token);
        }
        let (state, _) = watch::channel(SessionState::default());
        let state = Arc::new(state);
        let mut builder = clerk_frontend_api::Client::builder(self.frontend_api.url());
        builder = match self.transport {
            TokenTransport::Native => builder
                .production_native_app_source(NativeToken(client_token.clone()))
                .production_native_flag("1"),
            TokenTransport::DevBrowser => builder.dev_browser_source(client_token.clone()),
        };
        let hook = ResponseWatcher {
            transport: self.transport,
            client_token: client_token.clone(),
            store: self.store.clone(),
            state: state.clone(),
        };
        builder = builder.response_hook(move |response| hook.seen(response));
        if let Some(token) = self.testing_token {
            builder = builder.request_hook(move |request| {
                request.url_mut().query_pairs_mut().append_pair("__clerk_testing_token", &token);
            });
        }
        if let Some(configure) = self.configure {
            builder = configure(builder);
        }
        let api = builder.build().map_err(|e| SessionError::Unexpected(format!("cannot build the client: {e}")))?;
        Ok(Clerk {
            inner: Arc::new(Inner {
                api,
                transport: self.transport,
                client_token,
                store: self.store,
                state,
                environment: std::sync::Mutex::new(None),
                tokens: token::TokenCache::default(),
                refresh_margin: self.refresh_margin,
            }),
        })
    }
}

/// The native client token as the `Authorization` credential: the current token, or an empty
/// value before the server issued one (as Clerk's native SDKs send it), so that requests still
/// carry `_is_native=1` and the server answers with a new token.
struct NativeToken(SharedCredential);

impl CredentialSource for NativeToken {
    fn credential(&self) -> Option<Credential> {
        Some(self.0.get().unwrap_or_else(|| Credential::Token(Secret::new(""))))
    }
}

/// Sees every response: takes the rotated client token and the piggybacked client.
struct ResponseWatcher {
    transport: TokenTransport,
    client_token: SharedCredential,
    store: Arc<dyn TokenStore>,
    state: Arc<watch::Sender<SessionState>>,
}

impl ResponseWatcher {
    fn seen(&self, response: &RawResponse) {
        // Native: the client token comes back in `Authorization`; an empty value or a bare
        // `Bearer` means the server dropped the client (as Clerk's iOS SDK reads it).
        // Development: a rotated dev-browser token comes in `Clerk-Db-Jwt` (as clerk-js reads it).
        let header = match self.transport {
            TokenTransport::Native => sdkgen_runtime::reqwest::header::AUTHORIZATION.as_str(),
            TokenTransport::DevBrowser => "clerk-db-jwt",
        };
        if let Some(value) = response.headers.get(header).and_then(|v| v.to_str().ok()) {
            let token = value.trim();
            let token = token.strip_prefix("Bearer ").unwrap_or(token).trim();
            if token.is_empty() || token == "Bearer" {
                if self.transport == TokenTransport::Native && self.client_token.get().is_some() {
                    tracing::debug!("the server cleared the client token");
                    self.client_token.clear();
                    if let Err(e) = self.store.clear() {
                        tracing::warn!(error = %e, "could not clear the stored client token");
                    }
                }
            } else {
                rotate(&self.client_token, &*self.store, token);
            }
        }
        match state::piggybacked(&response.body) {
            state::Piggyback::Client(client) => {
                let text = serde_json::to_string(&*client);
                if self.state.send_if_modified(|s| replace(s, SessionState::new(Some(*client)))) {
                    // Kept for a start without network (owner-only, like the token).
                    match text {
                        Ok(text) => self.keep_state(&text),
                        Err(e) => tracing::warn!(error = %e, "could not encode the client state to keep it"),
                    }
                }
            }
            state::Piggyback::NoClient => {
                if self.state.send_if_modified(|s| replace(s, SessionState::default())) {
                    self.keep_state("");
                }
            }
            state::Piggyback::Silent => {}
        }
    }
}

impl ResponseWatcher {
    fn keep_state(&self, text: &str) {
        if let Err(e) = self.store.save_state(text) {
            tracing::warn!(error = %e, "could not keep the client state");
        }
    }
}

/// Replaces `slot` with `new`, saying whether it changed.
fn replace(slot: &mut SessionState, new: SessionState) -> bool {
    if *slot == new {
        return false;
    }
    *slot = new;
    true
}

/// Takes a new client token: in memory at once, then in the store.
fn rotate(current: &SharedCredential, store: &dyn TokenStore, token: &str) {
    if current.token().is_some_and(|t| t.expose() == token) {
        return;
    }
    let token = Secret::new(token);
    current.set_token(token.clone());
    tracing::debug!("client token rotated");
    if let Err(e) = store.save(&token) {
        tracing::warn!(error = %e, "could not save the rotated client token");
    }
}

struct Inner {
    api: clerk_frontend_api::Client,
    transport: TokenTransport,
    client_token: SharedCredential,
    store: Arc<dyn TokenStore>,
    state: Arc<watch::Sender<SessionState>>,
    environment: std::sync::Mutex<Option<Arc<types::ClientEnvironment>>>,
    tokens: token::TokenCache,
    refresh_margin: Duration,
}

/// A signed-in (or signing-in) Clerk client. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct Clerk {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Clerk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let state = self.inner.state.borrow();
        f.debug_struct("Clerk")
            .field("frontend_api", &self.inner.api)
            .field("transport", &self.inner.transport)
            .field("client_token", &self.inner.client_token)
            .field("client_id", &state.client().map(|c| c.id.as_str()))
            .field("active_session_id", &state.active_session().map(|s| s.id.as_str()))
            .finish_non_exhaustive()
    }
}

impl Clerk {
    /// Starts configuring a session for the Frontend API at `url`.
    pub fn builder(frontend_api: FrontendApi) -> ClerkBuilder {
        ClerkBuilder {
            frontend_api,
            transport: TokenTransport::default(),
            store: Arc::new(MemoryStore::new()),
            refresh_margin: Duration::from_secs(15),
            testing_token: None,
            configure: None,
        }
    }

    /// Starts configuring a session for the Frontend API a publishable key names.
    pub fn builder_from_publishable_key(key: &str) -> Result<ClerkBuilder, SessionError> {
        Ok(Self::builder(FrontendApi::from_publishable_key(key)?))
    }

    /// The generated Frontend API client this session drives: calls made through it carry the
    /// session's client token and update its state too.
    pub fn api(&self) -> &clerk_frontend_api::Client {
        &self.inner.api
    }

    /// The current state: client, sessions, active session and user.
    pub fn state(&self) -> SessionState {
        self.inner.state.borrow().clone()
    }

    /// Changes of the state, as they arrive with responses.
    pub fn subscribe(&self) -> watch::Receiver<SessionState> {
        self.inner.state.subscribe()
    }

    /// The instance's environment (auth settings), as loaded by [`ClerkBuilder::connect`].
    pub fn environment(&self) -> Option<Arc<types::ClientEnvironment>> {
        self.inner.environment.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Whether a client token is held (set by the server on the first call that needs one).
    pub fn has_client_token(&self) -> bool {
        self.inner.client_token.token().is_some_and(|t| !t.expose().is_empty())
    }

    /// Reloads the client (`GET /v1/client`); the state follows.
    pub async fn refresh_client(&self) -> Result<SessionState, SessionError> {
        self.inner.api.client().get().send().await?;
        Ok(self.state())
    }

    /// A session JWT for the active session, from the cache while it has more than the refresh
    /// margin left, else freshly created. Concurrent callers share one request.
    pub async fn get_token(&self) -> Result<SessionToken, SessionError> {
        self.get_token_with(&TokenOptions::default()).await
    }

    /// [`Clerk::get_token`] for a JWT template and/or an organization.
    pub async fn get_token_with(&self, options: &TokenOptions) -> Result<SessionToken, SessionError> {
        let session_id = self.token_session(options)?;
        let inner = &self.inner;
        inner
            .tokens
            .get_or_refresh(&session_id, options, inner.refresh_margin, || self.create_token(&session_id, options))
            .await
    }

    /// The session a token is for: the active one, or a pending one when `options` allow it.
    fn token_session(&self, options: &TokenOptions) -> Result<String, SessionError> {
        let state = self.state();
        if let Some(active) = state.active_session() {
            return Ok(active.id.clone());
        }
        match state.pending_session() {
            Some(pending) if options.allow_pending => Ok(pending.id.clone()),
            Some(pending) => Err(SessionError::SessionPending {
                session_id: pending.id.clone(),
                tasks: state::session_tasks(pending).into_iter().map(str::to_owned).collect(),
            }),
            None => Err(SessionError::NoActiveSession),
        }
    }

    async fn create_token(&self, session_id: &str, options: &TokenOptions) -> Result<SessionToken, SessionError> {
        let sessions = self.inner.api.sessions();
        let jwt = match &options.template {
            Some(template) => sessions.create_token_with_template(session_id, template).send().await.map(|r| r.jwt),
            None => {
                let mut request = sessions.create_token(session_id);
                if let Some(org) = &options.organization_id {
                    request = request.organization_id(org);
                }
                request.send().await.map(|r| r.jwt)
            }
        };
        let jwt = match jwt {
            Ok(jwt) => jwt,
            Err(e) if e.status().is_some_and(|s| s.as_u16() == 401) => return Err(self.session_ended(session_id)),
            Err(e) => return Err(e.into()),
        };
        let jwt = jwt.filter(|j| !j.is_empty()).ok_or_else(|| SessionError::Unexpected("the token response has no `jwt`".into()))?;
        SessionToken::decode(jwt, session_id)
    }

    /// The server refused `session_id`: drop it from the state and the cache, and say so.
    fn session_ended(&self, session_id: &str) -> SessionError {
        tracing::info!(session_id, "the Frontend API no longer accepts this session (401); removed it");
        self.inner.tokens.forget_session(session_id);
        self.inner.state.send_if_modified(|s| {
            let new = s.without_session(session_id);
            replace(s, new)
        });
        SessionError::SessionEnded { session_id: session_id.to_owned() }
    }

    /// Gets a dev-browser token and keeps it as the client token.
    async fn create_dev_browser(&self) -> Result<(), SessionError> {
        let response = self.inner.api.dev_browser().create().send().await.map_err(error::untyped)?;
        // clerk-js takes the token from `id` (`setDevBrowser(data?.id)`).
        let token = response
            .id
            .or(response.token)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| SessionError::Unexpected("POST /v1/dev_browser answered without a token".into()))?;
        rotate(&self.inner.client_token, &*self.inner.store, &token);
        Ok(())
    }

    /// Loads the environment and the client (and first a dev-browser token, when needed).
    async fn load_from_server(&self) -> Result<(), SessionError> {
        if self.inner.transport == TokenTransport::DevBrowser && self.inner.client_token.get().is_none() {
            self.create_dev_browser().await?;
        }
        let environment = self.inner.api.environment().get().send().await?;
        *self.inner.environment.lock().unwrap_or_else(|p| p.into_inner()) = Some(Arc::new(environment));
        self.refresh_client().await?;
        Ok(())
    }

    /// Takes the client state the store kept, marked stale; whether there was one to take.
    fn restore_kept_state(&self) -> Result<bool, SessionError> {
        let Some(text) = self.inner.store.load_state().map_err(SessionError::Store)? else { return Ok(false) };
        match serde_json::from_str::<types::ClientClient>(&text) {
            Ok(client) => {
                self.inner.state.send_replace(SessionState::restored(client));
                Ok(true)
            }
            Err(e) => {
                tracing::warn!(error = %e, "the kept client state does not decode; not used");
                Ok(false)
            }
        }
    }

    /// Retries [`Self::load_from_server`] with backoff until it gets through (or the session is
    /// dropped, or a request of its own got the state from the server first).
    fn reload_in_background(&self) {
        let session = Arc::downgrade(&self.inner);
        tokio::spawn(async move {
            let mut wait = Duration::from_millis(250);
            loop {
                tokio::time::sleep(wait).await;
                let Some(inner) = session.upgrade() else { return };
                let clerk = Clerk { inner };
                if !clerk.state().is_stale() && clerk.environment().is_some() {
                    return;
                }
                match clerk.load_from_server().await {
                    Ok(()) => {
                        tracing::info!("the Frontend API is reachable again; the client state is current");
                        return;
                    }
                    Err(e) if e.is_unreachable() => wait = (wait * 2).min(Duration::from_secs(30)),
                    Err(e) => {
                        tracing::warn!(error = %e, "reloading the client failed; the state stays stale");
                        return;
                    }
                }
            }
        });
    }

    /// Forgets the client token (memory and store) and the state: the next call starts a new client.
    pub fn forget_client(&self) -> Result<(), SessionError> {
        self.inner.client_token.clear();
        self.inner.tokens.clear();
        self.inner.state.send_replace(SessionState::default());
        self.inner.store.clear().map_err(SessionError::Store)
    }
}
