//! A stateful fake of the Frontend API endpoints the session crate uses, on 127.0.0.1 with a
//! free port. It answers in the spec's shapes, built from real recorded bodies
//! (`crates/payloads`): the environment, and the client, session, user and sign-in of a
//! completed sign-in, with ids, statuses and tokens of its own.
//!
//! Like Clerk's servers for native clients, it reads the client token from `Authorization`
//! (with `_is_native=1`) and answers every request that carries a client with a new token in
//! the response's `Authorization` header; only the newest token is accepted afterwards. For
//! development instances it issues dev-browser tokens and reads `__clerk_db_jwt`.
//! Requests that break the protocol (missing API version header, missing `_is_native`, a
//! stale client token) are recorded in `violations`.

#![allow(dead_code)]

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

/// A user the fake knows.
#[derive(Clone, Debug)]
pub struct User {
    pub id: String,
    pub email: String,
    pub password: String,
    pub totp: bool,
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
}

#[derive(Clone, Debug)]
struct SignInRec {
    id: String,
    user_id: Option<String>,
    identifier: Option<String>,
    status: &'static str,
    created_session_id: Option<String>,
    first_factor: Option<String>,
}

#[derive(Clone, Debug)]
struct SignUpRec {
    id: String,
    email: String,
    password: Option<String>,
    status: &'static str,
    created_session_id: Option<String>,
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
}

impl World {
    fn id(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}_{:04}", self.next_id)
    }
}

/// Signs session tokens (their claims) into a JWT.
pub type Signer = Arc<dyn Fn(&Value) -> String + Send + Sync>;

pub struct FakeFapi {
    pub addr: SocketAddr,
    signer: Arc<Mutex<Option<Signer>>>,
    world: Arc<Mutex<World>>,
    token_requests: Arc<AtomicUsize>,
    templates: Arc<Templates>,
    token_lifetime: Arc<Mutex<Duration>>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeFapi {
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

fn templates() -> Templates {
    let corpus = clerk_payloads::corpus().expect("payload corpus");
    let body = |file: &str| corpus.iter().find(|p| p.row.file == file).unwrap_or_else(|| panic!("payload {file}")).json.clone();
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

impl FakeFapi {
    pub async fn start(users: Vec<User>) -> FakeFapi {
        let world = Arc::new(Mutex::new(World { users, ..World::default() }));
        let token_requests = Arc::new(AtomicUsize::new(0));
        let templates = Arc::new(templates());
        let token_lifetime = Arc::new(Mutex::new(Duration::from_secs(60)));
        let signer: Arc<Mutex<Option<Signer>>> = Arc::new(Mutex::new(None));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local addr");
        let state = Handler {
            world: world.clone(),
            token_requests: token_requests.clone(),
            templates: templates.clone(),
            token_lifetime: token_lifetime.clone(),
            signer: signer.clone(),
            origin: format!("http://{addr}"),
        };
        let app = axum::Router::new().fallback(move |method: Method, uri: Uri, headers: HeaderMap, body: Bytes| {
            let state = state.clone();
            async move { state.handle(method, uri, headers, body).await }
        });
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeFapi { addr, signer, world, token_requests, templates, token_lifetime, server }
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn token_requests(&self) -> usize {
        self.token_requests.load(Ordering::SeqCst)
    }

    pub fn violations(&self) -> Vec<String> {
        self.world.lock().unwrap().violations.clone()
    }

    pub fn requests(&self) -> Vec<String> {
        self.world.lock().unwrap().requests.clone()
    }

    /// The server stops accepting `session_id` (as after a sign-out elsewhere or a revocation).
    pub fn revoke(&self, session_id: &str) {
        self.world.lock().unwrap().revoked.push(session_id.to_owned());
    }

    /// The client tokens the server would accept now.
    pub fn live_client_tokens(&self) -> Vec<String> {
        self.world.lock().unwrap().tokens.keys().cloned().collect()
    }

    /// Session tokens are signed by `signer` (e.g. with an RSA key) instead of a fake signature,
    /// and carry `iss` (this server's URL) like Clerk's.
    pub fn sign_session_tokens_with(&self, signer: impl Fn(&Value) -> String + Send + Sync + 'static) {
        *self.signer.lock().unwrap() = Some(Arc::new(signer));
    }

    pub fn set_token_lifetime(&self, lifetime: Duration) {
        *self.token_lifetime.lock().unwrap() = lifetime;
    }

    pub fn user_password(&self, email: &str) -> Option<String> {
        self.world.lock().unwrap().users.iter().find(|u| u.email == email).map(|u| u.password.clone())
    }
}

#[derive(Clone)]
struct Handler {
    world: Arc<Mutex<World>>,
    token_requests: Arc<AtomicUsize>,
    templates: Arc<Templates>,
    token_lifetime: Arc<Mutex<Duration>>,
    signer: Arc<Mutex<Option<Signer>>>,
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

/// An unsigned JWT-shaped token: header, claims, a fake signature (clients do not check it).
pub fn jwt(claims: &Value) -> String {
    let b64 = |v: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v);
    format!("{}.{}.{}", b64(r#"{"alg":"RS256","kid":"ins_fake","typ":"JWT"}"#), b64(&claims.to_string()), b64("fake-signature"))
}

impl Handler {
    async fn handle(&self, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
        let path = uri.path().to_owned();
        let q = query(&uri);
        let f = form(&body);
        // Token requests take a moment, so that concurrent callers really overlap.
        if path.contains("/tokens") {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut world = self.world.lock().unwrap();
        world.requests.push(format!("{method} {path}"));
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
            ("GET", ["v1", "client"]) => match client_index {
                Some(i) => (ok, json!({"response": self.client(world, *i), "client": null})),
                None => (ok, json!({"response": null, "client": null})),
            },
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
                let id = world.id("sua");
                let email = f.get("email_address").cloned().unwrap_or_default();
                world.clients[i].sign_up = Some(SignUpRec { id, email, password: f.get("password").cloned(), status: "missing_requirements", created_session_id: None });
                self.sign_up_answer(world, i)
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
                world.users.push(User { id: user_id.clone(), email: sign_up.email.clone(), password: sign_up.password.clone().unwrap_or_default(), totp: false });
                let session_id = self.new_session(world, i, &user_id);
                if let Some(s) = world.clients[i].sign_up.as_mut() {
                    s.status = "complete";
                    s.created_session_id = Some(session_id);
                }
                self.sign_up_answer(world, i)
            }
            ("POST", ["v1", "client", "sessions", id, "touch"]) => {
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                let Some(s) = world.clients[i].sessions.iter_mut().find(|s| s.id == *id && s.status == "active") else {
                    return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "Session not found", None);
                };
                if let Some(org) = f.get("active_organization_id") {
                    s.org = if org.is_empty() { None } else { Some(org.clone()) };
                }
                world.clients[i].last_active_session_id = Some(id.to_string());
                self.session_answer(world, i, id)
            }
            ("POST", ["v1", "client", "sessions", id, "tokens", rest @ ..]) => {
                self.token_requests.fetch_add(1, Ordering::SeqCst);
                let Some(i) = *client_index else { return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "No client", None) };
                let session = world.clients[i].sessions.iter().find(|s| s.id == *id && s.status == "active").cloned();
                let Some(session) = session.filter(|s| !world.revoked.contains(&s.id)) else {
                    return clerk_error(StatusCode::UNAUTHORIZED, "signed_out", "You are signed out", None);
                };
                let lifetime = self.token_lifetime.lock().unwrap().as_secs();
                let now = now_ms() / 1000;
                let org = f.get("organization_id").cloned().or(session.org.clone());
                let mut claims = json!({"sid": session.id, "sub": session.user_id, "iat": now, "exp": now + lifetime as i64, "n": world.next_id});
                world.next_id += 1;
                if let Some(org) = org.filter(|o| !o.is_empty()) {
                    claims["org_id"] = json!(org);
                }
                if let [template] = rest {
                    claims["template"] = json!(template);
                }
                claims["iss"] = json!(self.origin);
                let signed = self.signer.lock().unwrap().as_ref().map(|sign| sign(&claims));
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

    fn create_sign_in(&self, world: &mut World, i: usize, f: &HashMap<String, String>) -> (StatusCode, Value) {
        let id = world.id("sia");
        let strategy = f.get("strategy").map(String::as_str);
        if strategy == Some("ticket") {
            if f.get("ticket").map(String::as_str) != Some(TICKET) {
                return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "ticket_invalid", "The ticket is invalid", Some(self.client(world, i)));
            }
            let Some(user) = world.users.first().cloned() else { return clerk_error(StatusCode::NOT_FOUND, "form_identifier_not_found", "No user", None) };
            let session_id = self.new_session(world, i, &user.id);
            world.clients[i].sign_in = Some(SignInRec { id, user_id: Some(user.id), identifier: None, status: "complete", created_session_id: Some(session_id), first_factor: None });
            return self.sign_in_answer(world, i);
        }
        let identifier = f.get("identifier").cloned().unwrap_or_default();
        let Some(user) = world.users.iter().find(|u| u.email == identifier).cloned() else {
            let client = self.client(world, i);
            return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_identifier_not_found", "Couldn't find your account.", Some(client));
        };
        let mut sign_in = SignInRec { id, user_id: Some(user.id.clone()), identifier: Some(identifier), status: "needs_first_factor", created_session_id: None, first_factor: None };
        if strategy == Some("password") {
            if f.get("password") != Some(&user.password) {
                world.clients[i].sign_in = Some(sign_in);
                let client = self.client(world, i);
                return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_password_incorrect", "Password is incorrect. Try again, or use another method.", Some(client));
            }
            sign_in.status = if user.totp { "needs_second_factor" } else { "complete" };
            if !user.totp {
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
                if !matches!(strategy.as_str(), "email_code" | "reset_password_email_code") || f.get("email_address_id") != Some(&format!("idn_{}", user.id)) {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_param_invalid", "Unknown factor", None);
                }
                sign_in.first_factor = Some(strategy);
            }
            "attempt_first_factor" => {
                if sign_in.first_factor.as_deref() != Some(strategy.as_str()) || f.get("code").map(String::as_str) != Some(CODE) {
                    let client = self.client(world, i);
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect code", Some(client));
                }
                if strategy == "reset_password_email_code" {
                    sign_in.status = "needs_new_password";
                } else if user.totp {
                    sign_in.status = "needs_second_factor";
                } else {
                    sign_in.status = "complete";
                    sign_in.created_session_id = Some(self.new_session(world, i, &user.id));
                }
            }
            "prepare_second_factor" => {}
            "attempt_second_factor" => {
                if sign_in.status != "needs_second_factor" || strategy != "totp" || f.get("code").map(String::as_str) != Some(TOTP) {
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
                    _ => false,
                };
                if !good {
                    return clerk_error(StatusCode::UNPROCESSABLE_ENTITY, "form_code_incorrect", "Incorrect", None);
                }
                if user.totp { "needs_second_factor" } else { "complete" }
            }
            Some("prepare_second_factor") => "needs_second_factor",
            Some("attempt_second_factor") => {
                if f.get("code").map(String::as_str) != Some(TOTP) {
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
            "supported_second_factors": if user.totp { json!([{"strategy": "totp"}]) } else { Value::Null },
            "first_factor_verification": null,
            "second_factor_verification": null,
            "session": base,
        });
        (StatusCode::OK, json!({"response": response, "client": self.client(world, i)}))
    }

    fn first_factors(&self, user: &User) -> Value {
        let email_id = format!("idn_{}", user.id);
        json!([
            {"strategy": "password"},
            {"strategy": "email_code", "safe_identifier": user.email, "email_address_id": email_id, "primary": true},
            {"strategy": "reset_password_email_code", "safe_identifier": user.email, "email_address_id": email_id, "primary": true},
        ])
    }

    fn new_session(&self, world: &mut World, i: usize, user_id: &str) -> String {
        let id = world.id("sess");
        world.clients[i].sessions.push(SessionRec { id: id.clone(), user_id: user_id.to_owned(), status: "active", org: None });
        world.clients[i].last_active_session_id = Some(id.clone());
        id
    }

    fn user(&self, world: &World, user_id: &str) -> Value {
        let mut user = self.templates.user.clone();
        let Some(rec) = world.users.iter().find(|u| u.id == user_id) else { return user };
        user["id"] = json!(rec.id);
        user["two_factor_enabled"] = json!(rec.totp);
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
        client["sessions"] = Value::Array(rec.sessions.iter().filter(|s| s.status == "active").map(|s| self.session(world, i, &s.id)).collect());
        client["last_active_session_id"] = json!(rec.last_active_session_id);
        client["sign_in"] = match &rec.sign_in {
            Some(_) => self.sign_in(world, i),
            None => Value::Null,
        };
        client["sign_up"] = match &rec.sign_up {
            Some(_) => self.sign_up(world, i),
            None => Value::Null,
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
            ("needs_second_factor", Some(_)) => json!([{"strategy": "totp"}]),
            _ => Value::Null,
        };
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
        sign_up
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
