//! A fake Frontend API for your own tests (the `testing` feature): a stateful server on
//! 127.0.0.1 with a free port, with the users you define, answering the flows of this crate in
//! the spec's shapes (built from real recorded bodies), so an app's sign-in screens and session
//! handling are tested against real HTTP with no Clerk instance.
//!
//! ```no_run
//! use clerk_session::testing::{FakeFrontendApi, User, PASSWORD};
//! use clerk_session::{Clerk, FrontendApi};
//! # async fn demo() {
//! let fake = FakeFrontendApi::start(vec![User::new("user_jane", "jane+clerk_test@example.com")]).await;
//! let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.unwrap();
//! clerk.sign_in_with_password("jane+clerk_test@example.com", PASSWORD).await.unwrap();
//! assert!(clerk.state().is_signed_in());
//! fake.assert_no_violations();
//! # }
//! ```
//!
//! Like Clerk's servers for native clients, it reads the client token from `Authorization`
//! (with `_is_native=1`) and answers every request that carries a client with a new token in
//! the response's `Authorization` header; only the newest token is accepted afterwards. For
//! development instances it issues dev-browser tokens and reads `__clerk_db_jwt`. Requests
//! that break the protocol (no API version header, no `_is_native`, a stale client token, an
//! endpoint it does not serve) are recorded as [`FakeFrontendApi::violations`].
//!
//! Codes are Clerk's test-mode ones: email and SMS codes are [`CODE`] (`424242`, as for
//! `+clerk_test` addresses), TOTP codes [`TOTP`]; [`TICKET`] is a valid sign-in ticket.


use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use serde_json::{json, Value};

/// The API version this fake answers in, as a Clerk server asked for it would: any request
/// naming another version (or none) is a violation.
pub const SERVED_API_VERSION: &str = "2026-05-12";
pub const PASSWORD: &str = "correct horse battery staple";
pub const CODE: &str = "424242";
pub const TOTP: &str = "123456";
pub const TICKET: &str = "ticket_valid";

/// A user the fake knows: their password is [`PASSWORD`] unless set.
#[derive(Clone, Debug, Default)]
pub struct User {
    pub id: String,
    pub email: String,
    pub password: String,
    pub totp: bool,
    /// A phone number: a `phone_code` first factor (and identifier), codes [`CODE`].
    pub phone: Option<String>,
    /// The phone is also a second factor (`phone_code`, codes [`CODE`]); needs [`User::phone`].
    pub phone_second_factor: bool,
    /// Backup codes, each good once (`backup_code` second factor).
    pub backup_codes: Vec<String>,
    /// Session tasks a new session of this user starts with (status `pending`), e.g.
    /// `choose-organization`, done by choosing an organization with `touch`.
    pub tasks: Vec<String>,
}

impl User {
    /// A user with `id` and `email`, password [`PASSWORD`], no second factor, no tasks.
    pub fn new(id: impl Into<String>, email: impl Into<String>) -> User {
        User { id: id.into(), email: email.into(), password: PASSWORD.to_owned(), ..User::default() }
    }

    pub fn password(mut self, password: impl Into<String>) -> User {
        self.password = password.into();
        self
    }

    /// The user has a TOTP second factor (codes: [`TOTP`]).
    pub fn with_totp(mut self) -> User {
        self.totp = true;
        self
    }

    /// The user has a phone number (Clerk's test numbers are `+15555550100` to `...0199`):
    /// they sign in with a code sent to it ([`CODE`]) and can be found by it.
    pub fn with_phone(mut self, number: impl Into<String>) -> User {
        self.phone = Some(number.into());
        self
    }

    /// The user's phone is a second factor too (codes [`CODE`]); give it with [`User::with_phone`].
    pub fn with_phone_second_factor(mut self) -> User {
        self.phone_second_factor = true;
        self
    }

    /// The user has backup codes, each accepted once as a second factor.
    pub fn with_backup_codes(mut self, codes: &[&str]) -> User {
        self.backup_codes = codes.iter().map(|c| (*c).to_owned()).collect();
        self
    }

    /// Whether signing in needs a second factor.
    fn has_second_factor(&self) -> bool {
        !self.second_factor_strategies().is_empty()
    }

    fn second_factor_strategies(&self) -> Vec<&'static str> {
        let mut strategies = Vec::new();
        if self.totp {
            strategies.push("totp");
        }
        if self.phone_second_factor && self.phone.is_some() {
            strategies.push("phone_code");
        }
        if !self.backup_codes.is_empty() {
            strategies.push("backup_code");
        }
        strategies
    }

    fn phone_number_id(&self) -> String {
        format!("idn_phone_{}", self.id)
    }

    /// New sessions of the user start pending on `task` (e.g. `choose-organization`).
    pub fn with_task(mut self, task: impl Into<String>) -> User {
        self.tasks.push(task.into());
        self
    }
}

#[derive(Clone, Debug, Default)]
struct ClientRec {
    id: String,
    sessions: Vec<SessionRec>,
    sign_in: Option<SignInRec>,
    sign_up: Option<SignUpRec>,
    last_active_session_id: Option<String>,
}

#[derive(Clone, Debug)]
struct SessionRec {
    id: String,
    user_id: String,
    status: &'static str,
    org: Option<String>,
    tasks: Vec<String>,
}

impl SessionRec {
    /// Signed in: active, or pending on its tasks.
    fn is_live(&self) -> bool {
        matches!(self.status, "active" | "pending")
    }
}

#[derive(Clone, Debug)]
struct SignInRec {
    id: String,
    user_id: Option<String>,
    identifier: Option<String>,
    status: &'static str,
    created_session_id: Option<String>,
    first_factor: Option<String>,
    /// The second factor whose code was sent (`prepare_second_factor`).
    second_factor: Option<String>,
    /// A browser flow (`oauth_*`, `enterprise_sso`).
    oauth: Option<OAuthRec>,
}

/// Where a browser flow stands, and where the browser goes back to.
#[derive(Clone, Debug)]
struct OAuthRec {
    strategy: String,
    redirect_url: String,
    /// `unverified`, `verified`, `failed` or `transferable`.
    status: &'static str,
    error: Option<&'static str>,
    /// The provider account's email, for a transfer to a sign-up.
    account: Option<String>,
}

#[derive(Clone, Debug)]
struct SignUpRec {
    id: String,
    email: String,
    password: Option<String>,
    status: &'static str,
    created_session_id: Option<String>,
    oauth: Option<OAuthRec>,
}

#[derive(Default)]
struct World {
    users: Vec<User>,
    clients: Vec<ClientRec>,
    /// Client token -> index in `clients`; one live token per client.
    tokens: HashMap<String, usize>,
    /// Dev-browser token -> index in `clients`.
    dev_browsers: HashMap<String, usize>,
    next_id: usize,
    violations: Vec<String>,
    /// Session ids whose token requests get 401.
    revoked: Vec<String>,
    requests: Vec<String>,
    /// `rotating_token_nonce` of a finished browser flow -> index in `clients`.
    nonces: HashMap<String, usize>,
    /// The `__clerk_testing_token` every request must carry, once required.
    testing_token: Option<String>,
    /// Backup codes used, as (user id, code).
    spent_backup_codes: Vec<(String, String)>,
}

impl World {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}_{:04}", self.next_id)
    }
}

/// Signs session tokens (their claims) into a JWT.
pub type Signer = Arc<dyn Fn(&Value) -> String + Send + Sync>;

/// The fake server; it stops when dropped.
pub struct FakeFrontendApi {
    pub addr: SocketAddr,
    signer: Arc<Mutex<Option<Signer>>>,
    world: Arc<Mutex<World>>,
    token_requests: Arc<AtomicUsize>,
    token_lifetime: Arc<Mutex<Duration>>,
    unavailable: Arc<std::sync::atomic::AtomicBool>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeFrontendApi {
    fn drop(&mut self) {
        self.server.abort();
    }
}

struct Templates {
    environment: Value,
    client: Value,
    session: Value,
    user: Value,
    sign_in: Value,
    sign_up: Value,
}

/// The recorded Frontend API bodies the answers are built from: copies of bodies of this
/// repository's payload corpus (`crates/payloads`, as it serves them), which a test keeps equal.
pub const RECORDED: [(&str, &str); 3] = [
    ("flutter__post__client_sign_ins__complete.json", include_str!("testing/flutter__post__client_sign_ins__complete.json")),
    ("flutter_2025_10__get_environment.json", include_str!("testing/flutter_2025_10__get_environment.json")),
    (
        "flutter__post__client_sign_ups__email_code__missing_requirements__email-unverified_phone-none.json",
        include_str!("testing/flutter__post__client_sign_ups__email_code__missing_requirements__email-unverified_phone-none.json"),
    ),
];

fn templates() -> Templates {
    // The recordings are embedded in the crate: failing to read them is a build defect.
    let body = |file: &str| -> Value {
        let text = RECORDED.iter().find(|(name, _)| *name == file).map(|(_, text)| *text).unwrap_or_else(|| panic!("recording {file}"));
        serde_json::from_str(text).unwrap_or_else(|e| panic!("recording {file}: {e}"))
    };
    let complete = body("flutter__post__client_sign_ins__complete.json");
    let mut client = complete["client"].clone();
    let mut session = client["sessions"][0].clone();
    let user = session["user"].clone();
    session["user"] = Value::Null;
    client["sessions"] = json!([]);
    Templates {
        environment: served_version_environment(body("flutter_2025_10__get_environment.json")),
        client,
        session,
        user,
        sign_in: complete["response"].clone(),
        sign_up: body("flutter__post__client_sign_ups__email_code__missing_requirements__email-unverified_phone-none.json")["response"].clone(),
    }
}

/// The recorded environment (a server answering API version 2024-10-01) as a server answering
/// [`SERVED_API_VERSION`] sends it: with the fields that version added and requires, each
/// named by its schema in spec/clerk-frontend-api.yml.
fn served_version_environment(mut environment: Value) -> Value {
    // `Client.AuthConfig.native_settings` (`Client.NativeSettings`), required since 2026-05-12.
    environment["auth_config"]["native_settings"] = json!({
        "object": "native_settings",
        "api_enabled": false,
        "trusted_device_sign_in_enabled": false,
        "trusted_device_enrollment_prompt_after_sign_in_enabled": false,
        "trusted_device_enrollment_prompt_after_sign_up_enabled": false,
    });
    // `Client.DisplayConfig.oauth_consent_url`, `UserSettings.PasswordSettings.disable_password_reverification`
    // and `UserSettings.PasskeySettings.satisfies_second_factor`, required since 2026-05-12.
    environment["display_config"]["oauth_consent_url"] = json!("https://accounts.example.com/oauth-consent");
    environment["user_settings"]["password_settings"]["disable_password_reverification"] = json!(false);
    environment["user_settings"]["passkey_settings"]["satisfies_second_factor"] = json!(false);
    environment
}

impl FakeFrontendApi {
    /// Starts the server with `users` (a bind failure of 127.0.0.1 panics: this is test code).
    pub async fn start(users: Vec<User>) -> FakeFrontendApi {
        let world = Arc::new(Mutex::new(World { users, ..World::default() }));
        let token_requests = Arc::new(AtomicUsize::new(0));
        let templates = Arc::new(templates());
        let token_lifetime = Arc::new(Mutex::new(Duration::from_secs(60)));
        let signer: Arc<Mutex<Option<Signer>>> = Arc::new(Mutex::new(None));
        let unavailable = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let state = Handler {
            world: world.clone(),
            token_requests: token_requests.clone(),
            templates,
            token_lifetime: token_lifetime.clone(),
            signer: signer.clone(),
            unavailable: unavailable.clone(),
            origin: format!("http://{addr}"),
        };
        let app = axum::Router::new().fallback(move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            async move { state.handle(method, uri, headers, body).await }
        });
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeFrontendApi { addr, signer, world, token_requests, token_lifetime, unavailable, server }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn token_requests(&self) -> usize {
        self.token_requests.load(Ordering::SeqCst)
    }

    /// What the system browser does with a browser flow's page ([`crate::OAuthStart::url`]):
    /// signs in at the provider as `account` (an email address; a user the fake does not know
    /// gets a transfer to a sign-up), or refuses consent when `account` is `None`, and returns
    /// the URL the browser is sent back to, with its `rotating_token_nonce`. Follow it (a
    /// loopback listener) or pass it to [`crate::Clerk::complete_oauth`].
    pub async fn browser(&self, page: &str, account: Option<&str>) -> String {
        let url = match account {
            Some(account) => format!("{page}&account={}", form_urlencoded::byte_serialize(account.as_bytes()).collect::<String>()),
            None => format!("{page}&deny=1"),
        };
        let client = sdkgen_runtime::reqwest::Client::builder().redirect(sdkgen_runtime::reqwest::redirect::Policy::none()).build().expect("an HTTP client");
        let response = client.get(url).send().await.expect("the fake's provider page answers");
        response.headers().get("location").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned()
    }

    /// From now on, every request must carry `__clerk_testing_token=<token>` (as a development
    /// instance with bot protection asks of automated tests); one without is a violation.
    pub fn require_testing_token(&self, token: &str) {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).testing_token = Some(token.to_owned());
    }

    /// Every request so far that broke the protocol, described.
    pub fn violations(&self) -> Vec<String> {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).violations.clone()
    }

    /// Panics with the violations, if there are any.
    pub fn assert_no_violations(&self) {
        assert_eq!(self.violations(), Vec::<String>::new(), "protocol violations");
    }

    pub fn requests(&self) -> Vec<String> {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).requests.clone()
    }

    /// The server stops accepting `session_id` (as after a sign-out elsewhere or a revocation).
    pub fn revoke(&self, session_id: &str) {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).revoked.push(session_id.to_owned());
    }

    /// The client tokens the server would accept now.
    pub fn live_client_tokens(&self) -> Vec<String> {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).tokens.keys().cloned().collect()
    }

    /// Session tokens are signed by `signer` (e.g. with an RSA key) instead of a fake signature,
    /// and carry `iss` (this server's URL) like Clerk's.
    pub fn sign_session_tokens_with(&self, signer: impl Fn(&Value) -> String + Send + Sync + 'static) {
        *self.signer.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(Arc::new(signer));
    }

    /// While `true`, every request is answered `503` with no body, as during an outage or
    /// behind a captive portal (for offline-start tests); `false` serves again.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.unavailable.store(unavailable, Ordering::SeqCst);
    }

    pub fn set_token_lifetime(&self, lifetime: Duration) {
        *self.token_lifetime.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = lifetime;
    }

    pub fn user_password(&self, email: &str) -> Option<String> {
        self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner).users.iter().find(|u| u.email == email).map(|u| u.password.clone())
    }
}

#[derive(Clone)]
struct Handler {
    world: Arc<Mutex<World>>,
    token_requests: Arc<AtomicUsize>,
    templates: Arc<Templates>,
    token_lifetime: Arc<Mutex<Duration>>,
    signer: Arc<Mutex<Option<Signer>>>,
    unavailable: Arc<std::sync::atomic::AtomicBool>,
    origin: String,
}

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

fn form(body: &[u8]) -> HashMap<String, String> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn query(uri: &Uri) -> HashMap<String, String> {
    form_urlencoded::parse(uri.query().unwrap_or_default().as_bytes()).into_owned().collect()
}

fn clerk_error(status: StatusCode, code: &str, message: &str, client: Option<Value>) -> (StatusCode, Value) {
    let mut body = json!({"errors": [{"message": message, "long_message": message, "code": code, "meta": {}}], "clerk_trace_id": "trace_fake"});
    if let Some(client) = client {
        body["meta"] = json!({"client": client});
    }
    (status, body)
}

/// The fake's provider page (see `Handler::authorize`).
pub const OAUTH_AUTHORIZE: &str = "/oauth/authorize";

/// The browser flow a create request starts, if its strategy is one (`redirect_url` required).
fn browser_flow(strategy: &str, f: &HashMap<String, String>) -> Result<Option<OAuthRec>, (StatusCode, Value)> {
    if !(strategy.starts_with("oauth_") || strategy == "enterprise_sso") {
        return Ok(None);
    }
    let Some(redirect_url) = f.get("redirect_url").filter(|u| !u.is_empty()).cloned() else {
        return Err(clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_param_missing", "redirect_url is required", None));
    };
    Ok(Some(OAuthRec { strategy: strategy.to_owned(), redirect_url, status: "unverified", error: None, account: None }))
}

/// An unsigned JWT-shaped token: header, claims, a fake signature (clients do not check it).
pub fn jwt(claims: &Value) -> String {
    let b64 = |v: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
    format!("{}.{}.{}", b64(r#"{"alg":"RS256","kid":"ins_fake","typ":"JWT"}"#), b64(&claims.to_string()), b64("fake-signature"))
}

impl Handler {
    async fn handle(&self, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
        if self.unavailable.load(Ordering::SeqCst) {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        let path = uri.path().to_owned();
        let q = query(&uri);
        if path == OAUTH_AUTHORIZE {
            return self.authorize(&q);
        }
        // A GET's inputs are in its query.
        let f = if method == Method::GET { q.clone() } else { form(&body) };
        // Token requests take a moment, so that concurrent callers really overlap.
        if path.contains("/tokens") {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut world = self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        world.requests.push(format!("{method} {path}"));
        if let Some(required) = world.testing_token.clone() {
            if q.get("__clerk_testing_token") != Some(&required) {
                world.violations.push(format!("{method} {path}: no valid __clerk_testing_token"));
            }
        }
        if headers.get("clerk-api-version").and_then(|v| v.to_str().ok()) != Some(SERVED_API_VERSION) {
            world.violations.push(format!("{method} {path}: no Clerk-API-Version: {SERVED_API_VERSION} header"));
        }
        // Which client this request speaks for.
        let native_token = headers.get("authorization").and_then(|v| v.to_str().ok()).map(|v| v.trim_start_matches("Bearer ").to_owned());
        let dev_token = q.get("__clerk_db_jwt").cloned();
        if native_token.is_some() && q.get("_is_native").map(String::as_str) != Some("1") {
            world.violations.push(format!("{method} {path}: Authorization without _is_native=1"));
        }
        let mut client_index = match (&dev_token, &native_token) {
            (Some(dev), _) => match world.dev_browsers.get(dev) {
                Some(i) => Some(*i),
                None if path == "/v1/dev_browser" => None,
                None => {
                    world.violations.push(format!("{method} {path}: unknown dev browser token"));
                    return (StatusCode::UNAUTHORIZED, axum::Json(clerk_error(StatusCode::UNAUTHORIZED, "dev_browser_unauthenticated", "Unknown dev browser", None).1)).into_response();
                }
            },
            (None, Some(token)) if !token.is_empty() => match world.tokens.get(token) {
                Some(i) => Some(*i),
                None => {
                    world.violations.push(format!("{method} {path}: stale or unknown client token"));
                    None
                }
            },
            _ => None,
        };
        let native = dev_token.is_none();
        let (status, body) = self.route(&mut world, &method, &path, &f, &mut client_index);
        let mut response = (status, axum::Json(body)).into_response();
        // Native clients get their (new) client token with every answer that has a client.
        if native {
            if let Some(index) = client_index {
                world.tokens.retain(|_, i| *i != index);
                let token = jwt(&json!({"id": world.clients[index].id, "rotating_token": world.next_id}));
                world.next_id += 1;
                world.tokens.insert(token.clone(), index);
                if let Ok(value) = token.parse() {
                    response.headers_mut().insert("authorization", value);
                }
            }
        }
        response
    }

    fn ensure_client(&self, world: &mut World, client_index: &mut Option<usize>) -> usize {
        match client_index {
            Some(i) => *i,
            None => {
                let id = world.id("client");
                world.clients.push(ClientRec { id, ..ClientRec::default() });
                let i = world.clients.len() - 1;
                *client_index = Some(i);
                i
            }
        }
    }

    fn route(&self, world: &mut World, method: &Method, path: &str, f: &HashMap<String, String>, client_index: &mut Option<usize>) -> (StatusCode, Value) {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let ok = StatusCode::OK;
        match (method.as_str(), parts.as_slice()) {
            ("GET", ["v1", "environment"]) => (ok, self.templates.environment.clone()),
            ("POST", ["v1", "dev_browser"]) => {
                let i = self.ensure_client(world, client_index);
                let token = jwt(&json!({"dev": world.clients[i].id}));
                world.dev_browsers.insert(token.clone(), i);
                // The token is the body's `id`, as clerk-js reads it.
                (ok, json!({"object": "dev_browser", "id": token}))
            }
            ("GET", ["v1", "client"]) => {
                if let Some(nonce) = f.get("rotating_token_nonce") {
                    // The nonce hands this client what the browser flow did (once).
                    match world.nonces.remove(nonce) {
                        Some(i) => *client_index = Some(i),
                        None => return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "rotating_token_nonce_invalid", "The nonce is invalid or was used", None),
                    }
                }
                match client_index {
                    Some(i) => (ok, json!({"response": self.client(world, *i), "client": null})),
                    None => (ok, json!({"response": null, "client": null})),
                }
            }
            ("GET", ["v1", "client", "sign_ins", id]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                match &world.clients[i].sign_in {
                    Some(s) if s.id == *id => self.sign_in_answer(world, i),
                    _ => clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No sign-in with this id on this client", None),
                }
            }
            ("GET", ["v1", "client", "sign_ups", id]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                match &world.clients[i].sign_up {
                    Some(s) if s.id == *id => self.sign_up_answer(world, i),
                    _ => clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No sign-up with this id on this client", None),
                }
            }
            ("POST", ["v1", "client", "sign_ins"]) => {
                let i = self.ensure_client(world, client_index);
                self.create_sign_in(world, i, f)
            }
            ("POST", ["v1", "client", "sign_ins", id, action]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                self.sign_in_action(world, i, id, action, f)
            }
            ("POST", ["v1", "client", "sign_ups"]) => {
                let i = self.ensure_client(world, client_index);
                self.create_sign_up(world, i, f)
            }
            ("POST", ["v1", "client", "sign_ups", _id, "prepare_verification"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                self.sign_up_answer(world, i)
            }
            ("POST", ["v1", "client", "sign_ups", _id, "attempt_verification"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                if f.get("code").map(String::as_str) != Some(CODE) {
                    let client = self.client(world, i);
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect code", Some(client));
                }
                let Some(sign_up) = world.clients[i].sign_up.clone() else { return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No sign-up", None) };
                let user_id = world.id("user");
                world.users.push(User { id: user_id.clone(), email: sign_up.email.clone(), password: sign_up.password.clone().unwrap_or_default(), ..User::default() });
                let session_id = self.new_session(world, i, &user_id);
                if let Some(s) = world.clients[i].sign_up.as_mut() {
                    s.status = "complete";
                    s.created_session_id = Some(session_id);
                }
                self.sign_up_answer(world, i)
            }
            ("POST", ["v1", "client", "sessions", id, "touch"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                let Some(s) = world.clients[i].sessions.iter_mut().find(|s| s.id == *id && s.is_live()) else {
                    return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "Session not found", None);
                };
                if let Some(org) = f.get("active_organization_id") {
                    s.org = if org.is_empty() { None } else { Some(org.clone()) };
                    // Choosing an organization is the `choose-organization` task.
                    if !org.is_empty() {
                        s.tasks.retain(|t| t != "choose-organization");
                    }
                }
                if s.tasks.is_empty() {
                    s.status = "active";
                }
                world.clients[i].last_active_session_id = Some(id.to_string());
                self.session_answer(world, i, id)
            }
            ("POST", ["v1", "client", "sessions", id, "tokens", rest @ ..]) => {
                self.token_requests.fetch_add(1, Ordering::SeqCst);
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                let session = world.clients[i].sessions.iter().find(|s| s.id == *id && s.is_live()).cloned();
                let Some(session) = session.filter(|s| !world.revoked.contains(&s.id)) else {
                    return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "You are signed out", None);
                };
                let lifetime = self.token_lifetime.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_secs();
                let now = now_ms() / 1000;
                let org = f.get("organization_id").cloned().or(session.org.clone());
                let mut claims = json!({"sid": session.id, "sub": session.user_id, "iat": now, "exp": now + lifetime as i64, "n": world.next_id, "sts": session.status, "v": 2});
                world.next_id += 1;
                if let Some(org) = org.filter(|o| !o.is_empty()) {
                    // Version 2 tokens carry the organization as `o` (version 1: `org_id`).
                    claims["o"] = json!({"id": org});
                }
                if let [template] = rest {
                    claims["template"] = json!(template);
                }
                claims["iss"] = json!(self.origin);
                let signed = self.signer.lock().unwrap_or_else(std::sync::PoisonError::into_inner).as_ref().map(|sign| sign(&claims));
                (ok, json!({"object": "token", "jwt": signed.unwrap_or_else(|| jwt(&claims))}))
            }
            ("POST", ["v1", "client", "sessions", id, "verify", rest @ ..]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                self.reverification(world, i, id, rest.first().copied(), f)
            }
            ("POST", ["v1", "client", "sessions", id, "remove"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                if let Some(s) = world.clients[i].sessions.iter_mut().find(|s| s.id == *id) {
                    s.status = "removed";
                }
                if world.clients[i].last_active_session_id.as_deref() == Some(id) {
                    world.clients[i].last_active_session_id = None;
                }
                let session = self.session(world, i, id);
                (ok, json!({"response": session, "client": self.client(world, i)}))
            }
            ("DELETE", ["v1", "client", "sessions"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                for s in &mut world.clients[i].sessions {
                    s.status = "removed";
                }
                world.clients[i].last_active_session_id = None;
                (ok, json!({"response": self.client(world, i), "client": null}))
            }
            _ => {
                world.violations.push(format!("{method} {path}: not served by the fake"));
                clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "Not found", None)
            }
        }
    }

    fn create_sign_up(&self, world: &mut World, i: usize, f: &HashMap<String, String>) -> (StatusCode, Value) {
        let id = world.id("sua");
        let strategy = f.get("strategy").cloned().unwrap_or_default();
        if f.get("transfer").map(String::as_str) == Some("true") {
            // A sign-in of a new user, transferred: the account comes from the provider.
            let transferable = world.clients[i].sign_in.as_ref().and_then(|s| s.oauth.clone()).filter(|o| o.status == "transferable");
            let Some(oauth) = transferable else {
                return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "transfer_invalid", "Nothing to transfer", Some(self.client(world, i)));
            };
            let email = oauth.account.clone().unwrap_or_default();
            let session = self.new_user_session(world, i, &email);
            world.clients[i].sign_up = Some(SignUpRec { id, email, password: None, status: "complete", created_session_id: Some(session), oauth: Some(OAuthRec { status: "verified", ..oauth }) });
            world.clients[i].sign_in = None;
            return self.sign_up_answer(world, i);
        }
        let email = f.get("email_address").cloned().unwrap_or_default();
        let oauth = match browser_flow(&strategy, f) {
            Ok(oauth) => oauth,
            Err(answer) => return answer,
        };
        world.clients[i].sign_up = Some(SignUpRec { id, email, password: f.get("password").cloned(), status: "missing_requirements", created_session_id: None, oauth });
        self.sign_up_answer(world, i)
    }

    /// A new user with `email` and a session of theirs on client `i`.
    fn new_user_session(&self, world: &mut World, i: usize, email: &str) -> String {
        let user_id = world.id("user");
        world.users.push(User { id: user_id.clone(), email: email.to_owned(), ..User::default() });
        self.new_session(world, i, &user_id)
    }

    /// The provider's page and Clerk's callback in one: the browser of a flow lands here with
    /// `sign_in` or `sign_up` (the attempt), `account` (the email address the user picks at the
    /// provider) and `deny=1` to refuse consent; it is sent back to the flow's redirect URL with
    /// a `rotating_token_nonce`.
    fn authorize(&self, q: &HashMap<String, String>) -> Response {
        let mut world = self.world.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        world.requests.push(format!("GET {OAUTH_AUTHORIZE}"));
        let attempt = q.get("sign_in").or_else(|| q.get("sign_up")).cloned().unwrap_or_default();
        let found = world.clients.iter().position(|c| c.sign_in.as_ref().is_some_and(|s| s.id == attempt) || c.sign_up.as_ref().is_some_and(|s| s.id == attempt));
        let Some(i) = found else {
            world.violations.push(format!("GET {OAUTH_AUTHORIZE}: no browser flow {attempt}"));
            return StatusCode::NOT_FOUND.into_response();
        };
        let account = q.get("account").cloned().unwrap_or_default();
        let denied = q.get("deny").map(String::as_str) == Some("1");
        let redirect = if q.contains_key("sign_in") { self.authorize_sign_in(&mut world, i, &account, denied) } else { self.authorize_sign_up(&mut world, i, &account, denied) };
        let Some(redirect) = redirect else { return StatusCode::BAD_REQUEST.into_response() };
        let nonce = world.id("nonce");
        world.nonces.insert(nonce.clone(), i);
        let separator = if redirect.contains('?') { '&' } else { '?' };
        let location = format!("{redirect}{separator}rotating_token_nonce={nonce}");
        (StatusCode::SEE_OTHER, [("location", location)]).into_response()
    }

    fn authorize_sign_in(&self, world: &mut World, i: usize, account: &str, denied: bool) -> Option<String> {
        let mut sign_in = world.clients[i].sign_in.clone()?;
        let mut oauth = sign_in.oauth.clone()?;
        let user = world.users.iter().find(|u| u.email == account).cloned();
        match (denied, user) {
            (true, _) => (oauth.status, oauth.error) = ("failed", Some("oauth_access_denied")),
            (false, Some(user)) => {
                oauth.status = "verified";
                sign_in.user_id = Some(user.id.clone());
                sign_in.identifier = Some(user.email.clone());
                if user.has_second_factor() {
                    sign_in.status = "needs_second_factor";
                } else {
                    sign_in.status = "complete";
                    sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
                }
            }
            (false, None) => (oauth.status, oauth.account) = ("transferable", Some(account.to_owned())),
        }
        let redirect = oauth.redirect_url.clone();
        sign_in.oauth = Some(oauth);
        world.clients[i].sign_in = Some(sign_in);
        Some(redirect)
    }

    fn authorize_sign_up(&self, world: &mut World, i: usize, account: &str, denied: bool) -> Option<String> {
        let mut sign_up = world.clients[i].sign_up.clone()?;
        let mut oauth = sign_up.oauth.clone()?;
        if denied {
            (oauth.status, oauth.error) = ("failed", Some("oauth_access_denied"));
        } else {
            oauth.status = "verified";
            sign_up.email = account.to_owned();
            sign_up.status = "complete";
            sign_up.created_session_id = Some(self.new_user_session(world, i, account));
        }
        let redirect = oauth.redirect_url.clone();
        sign_up.oauth = Some(oauth);
        world.clients[i].sign_up = Some(sign_up);
        Some(redirect)
    }

    fn create_sign_in(&self, world: &mut World, i: usize, f: &HashMap<String, String>) -> (StatusCode, Value) {
        let id = world.id("sia");
        let strategy = f.get("strategy").map(String::as_str);
        if strategy.is_some_and(|s| s.starts_with("oauth_") || s == "enterprise_sso") {
            let oauth = match browser_flow(strategy.unwrap_or_default(), f) {
                Ok(oauth) => oauth,
                Err(answer) => return answer,
            };
            let identifier = f.get("identifier").cloned();
            world.clients[i].sign_in = Some(SignInRec { id, user_id: None, identifier, status: "needs_first_factor", created_session_id: None, first_factor: None, second_factor: None, oauth });
            return self.sign_in_answer(world, i);
        }
        if strategy == Some("ticket") {
            if f.get("ticket").map(String::as_str) != Some(TICKET) {
                return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "ticket_invalid", "The ticket is invalid", Some(self.client(world, i)));
            }
            let Some(user) = world.users.first().cloned() else { return clerk_error(StatusCode::NOT_FOUND, "form_identifier_not_found", "No user", None) };
            let session_id = self.new_session(world, i, &user.id);
            world.clients[i].sign_in = Some(SignInRec { id, user_id: Some(user.id), identifier: None, status: "complete", created_session_id: Some(session_id), first_factor: None, second_factor: None, oauth: None });
            return self.sign_in_answer(world, i);
        }
        let identifier = f.get("identifier").cloned().unwrap_or_default();
        let Some(user) = world.users.iter().find(|u| u.email == identifier || u.phone.as_deref() == Some(identifier.as_str())).cloned() else {
            let client = self.client(world, i);
            return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_identifier_not_found", "Couldn't find your account.", Some(client));
        };
        let mut sign_in = SignInRec { id, user_id: Some(user.id.clone()), identifier: Some(identifier), status: "needs_first_factor", created_session_id: None, first_factor: None, second_factor: None, oauth: None };
        if strategy == Some("password") {
            if f.get("password") != Some(&user.password) {
                world.clients[i].sign_in = Some(sign_in);
                let client = self.client(world, i);
                return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_password_incorrect", "Password is incorrect. Try again, or use another method.", Some(client));
            }
            sign_in.status = if user.has_second_factor() { "needs_second_factor" } else { "complete" };
            if !user.has_second_factor() {
                sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
            }
        }
        world.clients[i].sign_in = Some(sign_in);
        self.sign_in_answer(world, i)
    }

    fn sign_in_action(&self, world: &mut World, i: usize, id: &str, action: &str, f: &HashMap<String, String>) -> (StatusCode, Value) {
        let Some(mut sign_in) = world.clients[i].sign_in.clone().filter(|s| s.id == id) else {
            return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No such sign-in", None);
        };
        let user = world.users.iter().find(|u| Some(&u.id) == sign_in.user_id.as_ref()).cloned();
        let Some(user) = user else { return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No user", None) };
        let strategy = f.get("strategy").cloned().unwrap_or_default();
        match action {
            "prepare_first_factor" => {
                let by_email = matches!(strategy.as_str(), "email_code" | "reset_password_email_code") && f.get("email_address_id") == Some(&format!("idn_{}", user.id));
                let by_phone = matches!(strategy.as_str(), "phone_code" | "reset_password_phone_code") && user.phone.is_some() && f.get("phone_number_id") == Some(&user.phone_number_id());
                if !by_email && !by_phone {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_param_invalid", "Unknown factor", None);
                }
                sign_in.first_factor = Some(strategy);
            }
            "attempt_first_factor" => {
                if sign_in.first_factor.as_deref() != Some(strategy.as_str()) || f.get("code").map(String::as_str) != Some(CODE) {
                    let client = self.client(world, i);
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect code", Some(client));
                }
                if strategy.starts_with("reset_password_") {
                    sign_in.status = "needs_new_password";
                } else if user.has_second_factor() {
                    sign_in.status = "needs_second_factor";
                } else {
                    sign_in.status = "complete";
                    sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
                }
            }
            "prepare_second_factor" => {
                let known = user.second_factor_strategies().contains(&strategy.as_str());
                if !known || (strategy == "phone_code" && f.get("phone_number_id") != Some(&user.phone_number_id())) {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_param_invalid", "Unknown factor", None);
                }
                sign_in.second_factor = Some(strategy);
            }
            "attempt_second_factor" => {
                let code = f.get("code").cloned().unwrap_or_default();
                if sign_in.status != "needs_second_factor" || !self.second_factor_accepts(world, &user, &strategy, &code, sign_in.second_factor.as_deref()) {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect code", Some(self.client(world, i)));
                }
                sign_in.status = "complete";
                sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
            }
            "reset_password" => {
                if sign_in.status != "needs_new_password" {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "verification_missing", "Verify first", None);
                }
                let new = f.get("password").cloned().unwrap_or_default();
                if let Some(u) = world.users.iter_mut().find(|u| u.id == user.id) {
                    u.password = new;
                }
                sign_in.status = "complete";
                sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
            }
            _ => return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "Unknown action", None),
        }
        world.clients[i].sign_in = Some(sign_in);
        let answer = self.sign_in_answer(world, i);
        if action == "reset_password" {
            // `schemas-Client.ClientWrappedSignIn`: the same shape.
            return answer;
        }
        answer
    }

    fn reverification(&self, world: &mut World, i: usize, session_id: &str, step: Option<&str>, f: &HashMap<String, String>) -> (StatusCode, Value) {
        let Some(session) = world.clients[i].sessions.iter().find(|s| s.id == session_id && s.status == "active").cloned() else {
            return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "Session not found", None);
        };
        let user = world.users.iter().find(|u| u.id == session.user_id).cloned();
        let Some(user) = user else { return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "No user", None) };
        let status = match step {
            None | Some("prepare_first_factor") => "needs_first_factor",
            Some("attempt_first_factor") => {
                let good = match f.get("strategy").map(String::as_str) {
                    Some("password") => f.get("password") == Some(&user.password),
                    Some("email_code") => f.get("code").map(String::as_str) == Some(CODE),
                    Some("phone_code") => user.phone.is_some() && f.get("code").map(String::as_str) == Some(CODE),
                    _ => false,
                };
                if !good {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect", None);
                }
                if user.has_second_factor() { "needs_second_factor" } else { "complete" }
            }
            Some("prepare_second_factor") => "needs_second_factor",
            Some("attempt_second_factor") => {
                let (strategy, code) = (f.get("strategy").cloned().unwrap_or_default(), f.get("code").cloned().unwrap_or_default());
                // A phone code needs no separate preparation here: the fake's codes are fixed.
                if !self.second_factor_accepts(world, &user, &strategy, &code, Some("phone_code")) {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect", None);
                }
                "complete"
            }
            Some(_) => return clerk_error(StatusCode::NOT_FOUND, "resource_not_found", "Unknown step", None),
        };
        let mut base = self.session(world, i, session_id);
        if let Some(obj) = base.as_object_mut() {
            obj.remove("user");
        }
        let factors = self.first_factors(&user);
        let response = json!({
            "object": "session_reverification",
            "level": "first_factor",
            "status": status,
            "supported_first_factors": factors,
            "supported_second_factors": self.second_factors(&user),
            "first_factor_verification": null,
            "second_factor_verification": null,
            "session": base,
        });
        (StatusCode::OK, json!({"response": response, "client": self.client(world, i)}))
    }

    fn first_factors(&self, user: &User) -> Value {
        let email_id = format!("idn_{}", user.id);
        let mut factors = vec![
            json!({"strategy": "password"}),
            json!({"strategy": "email_code", "safe_identifier": user.email, "email_address_id": email_id, "primary": true}),
            json!({"strategy": "reset_password_email_code", "safe_identifier": user.email, "email_address_id": email_id, "primary": true}),
        ];
        if let Some(phone) = &user.phone {
            for strategy in ["phone_code", "reset_password_phone_code"] {
                factors.push(json!({"strategy": strategy, "safe_identifier": phone, "phone_number_id": user.phone_number_id(), "primary": false}));
            }
        }
        Value::Array(factors)
    }

    fn second_factors(&self, user: &User) -> Value {
        let factors: Vec<Value> = user
            .second_factor_strategies()
            .into_iter()
            .map(|strategy| match strategy {
                "phone_code" => json!({"strategy": strategy, "safe_identifier": user.phone, "phone_number_id": user.phone_number_id()}),
                _ => json!({"strategy": strategy}),
            })
            .collect();
        if factors.is_empty() { Value::Null } else { Value::Array(factors) }
    }

    /// Whether `code` passes the user's second factor `strategy`; a backup code is spent. A
    /// phone code must have been sent first (`prepared`).
    fn second_factor_accepts(&self, world: &mut World, user: &User, strategy: &str, code: &str, prepared: Option<&str>) -> bool {
        if !user.second_factor_strategies().contains(&strategy) {
            return false;
        }
        match strategy {
            "totp" => code == TOTP,
            "phone_code" => prepared == Some("phone_code") && code == CODE,
            // Each code once; spent codes do not turn the factor off.
            "backup_code" => {
                let spent = (user.id.clone(), code.to_owned());
                if !user.backup_codes.iter().any(|c| c == code) || world.spent_backup_codes.contains(&spent) {
                    return false;
                }
                world.spent_backup_codes.push(spent);
                true
            }
            _ => false,
        }
    }

    fn new_session(&self, world: &mut World, i: usize, user_id: &str) -> String {
        let id = world.id("sess");
        let tasks = world.users.iter().find(|u| u.id == user_id).map(|u| u.tasks.clone()).unwrap_or_default();
        let status = if tasks.is_empty() { "active" } else { "pending" };
        world.clients[i].sessions.push(SessionRec { id: id.clone(), user_id: user_id.to_owned(), status, org: None, tasks });
        world.clients[i].last_active_session_id = Some(id.clone());
        id
    }

    fn user(&self, world: &World, user_id: &str) -> Value {
        let mut user = self.templates.user.clone();
        let Some(rec) = world.users.iter().find(|u| u.id == user_id) else { return user };
        user["id"] = json!(rec.id);
        user["two_factor_enabled"] = json!(rec.has_second_factor());
        user["backup_code_enabled"] = json!(!rec.backup_codes.is_empty());
        user["totp_enabled"] = json!(rec.totp);
        let email_id = format!("idn_{}", rec.id);
        user["primary_email_address_id"] = json!(email_id);
        if let Some(first) = user["email_addresses"].get_mut(0) {
            first["id"] = json!(email_id);
            first["email_address"] = json!(rec.email);
        }
        user
    }

    fn session(&self, world: &World, i: usize, session_id: &str) -> Value {
        let Some(rec) = world.clients[i].sessions.iter().find(|s| s.id == session_id) else { return Value::Null };
        let mut session = self.templates.session.clone();
        session["id"] = json!(rec.id);
        session["status"] = json!(rec.status);
        session["tasks"] = if rec.tasks.is_empty() { Value::Null } else { Value::Array(rec.tasks.iter().map(|key| json!({"key": key})).collect()) };
        session["last_active_organization_id"] = json!(rec.org);
        session["user"] = self.user(world, &rec.user_id);
        session["expire_at"] = json!(now_ms() + 7 * 24 * 3600 * 1000);
        session["last_active_token"] = json!({"object": "token", "jwt": jwt(&json!({"sid": rec.id, "exp": now_ms() / 1000 + 60}))});
        session
    }

    fn client(&self, world: &World, i: usize) -> Value {
        let rec = &world.clients[i];
        let mut client = self.templates.client.clone();
        client["id"] = json!(rec.id);
        client["sessions"] = Value::Array(rec.sessions.iter().filter(|s| s.is_live()).map(|s| self.session(world, i, &s.id)).collect());
        client["last_active_session_id"] = json!(rec.last_active_session_id);
        // A completed attempt leaves the client, as Clerk's own answers show
        // (`flutter__post__client_sign_ins__complete.json`: `client.sign_in` is `null`); it is
        // still read by its id.
        client["sign_in"] = match &rec.sign_in {
            Some(s) if s.status != "complete" => self.sign_in(world, i),
            _ => Value::Null,
        };
        client["sign_up"] = match &rec.sign_up {
            Some(s) if s.status != "complete" => self.sign_up(world, i),
            _ => Value::Null,
        };
        client
    }

    fn sign_in(&self, world: &World, i: usize) -> Value {
        let Some(rec) = &world.clients[i].sign_in else { return Value::Null };
        let mut sign_in = self.templates.sign_in.clone();
        sign_in["id"] = json!(rec.id);
        sign_in["status"] = json!(rec.status);
        sign_in["identifier"] = json!(rec.identifier);
        sign_in["created_session_id"] = json!(rec.created_session_id);
        let user = world.users.iter().find(|u| Some(&u.id) == rec.user_id.as_ref());
        sign_in["supported_first_factors"] = match (rec.status, user) {
            ("needs_first_factor", Some(u)) => self.first_factors(u),
            _ => Value::Null,
        };
        sign_in["supported_second_factors"] = match (rec.status, user) {
            ("needs_second_factor", Some(u)) => self.second_factors(u),
            _ => Value::Null,
        };
        if let Some(oauth) = &rec.oauth {
            sign_in["first_factor_verification"] = self.oauth_verification(oauth, "sign_in", &rec.id);
            return sign_in;
        }
        sign_in["first_factor_verification"] = match (&rec.first_factor, rec.status) {
            (Some(strategy), "needs_first_factor") => {
                json!({"object": "verification_otp", "status": "unverified", "strategy": strategy, "attempts": 0, "expire_at": now_ms() + 600_000})
            }
            _ => sign_in["first_factor_verification"].clone(),
        };
        sign_in
    }

    fn sign_up(&self, world: &World, i: usize) -> Value {
        let Some(rec) = &world.clients[i].sign_up else { return Value::Null };
        let mut sign_up = self.templates.sign_up.clone();
        sign_up["id"] = json!(rec.id);
        sign_up["status"] = json!(rec.status);
        sign_up["email_address"] = json!(rec.email);
        sign_up["created_session_id"] = json!(rec.created_session_id);
        sign_up["created_user_id"] = json!(rec.created_session_id.as_ref().and_then(|_| world.users.last().map(|u| u.id.clone())));
        if rec.status == "complete" {
            sign_up["unverified_fields"] = json!([]);
            sign_up["missing_fields"] = json!([]);
        }
        if let Some(oauth) = &rec.oauth {
            sign_up["verifications"]["external_account"] = self.oauth_verification(oauth, "sign_up", &rec.id);
        }
        sign_up
    }

    /// A browser flow's verification, with the page to open while it is unverified.
    fn oauth_verification(&self, oauth: &OAuthRec, attempt: &str, id: &str) -> Value {
        let url = (oauth.status == "unverified").then(|| format!("{}{OAUTH_AUTHORIZE}?{attempt}={id}", self.origin));
        let error = oauth.error.map(|code| json!({"code": code, "message": code, "long_message": code, "meta": {}}));
        json!({
            "object": "verification_oauth", "status": oauth.status, "strategy": oauth.strategy,
            "external_verification_redirect_url": url, "error": error, "attempts": null, "expire_at": now_ms() + 600_000,
        })
    }

    fn sign_in_answer(&self, world: &World, i: usize) -> (StatusCode, Value) {
        (StatusCode::OK, json!({"response": self.sign_in(world, i), "client": self.client(world, i)}))
    }

    fn sign_up_answer(&self, world: &World, i: usize) -> (StatusCode, Value) {
        (StatusCode::OK, json!({"response": self.sign_up(world, i), "client": self.client(world, i)}))
    }

    fn session_answer(&self, world: &World, i: usize, session_id: &str) -> (StatusCode, Value) {
        (StatusCode::OK, json!({"response": self.session(world, i, session_id), "client": self.client(world, i)}))
    }
}
