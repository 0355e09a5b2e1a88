//! RSA keys made by the test (`clerk_backend_auth::testing`), tokens signed with them, and a JWKS server on 127.0.0.1 that
//! serves them (Backend API `GET /jwks` and Frontend API `/.well-known/jwks.json`), counts
//! fetches, and can rotate keys or fail.

#![allow(dead_code)]

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clerk_backend_auth::testing::TestKey;
use serde_json::{json, Value};

pub const ISSUER: &str = "https://clerk.example.com";

/// A signing key of `clerk_backend_auth::testing` (what users' tests get), with the fields
/// these tests read.
#[derive(Clone)]
pub struct Key {
    pub kid: String,
    pub jwk: Value,
    pub public_pem: String,
    key: TestKey,
}

impl Key {
    pub fn generate(kid: &str) -> Key {
        Key::from(TestKey::generate(kid))
    }

    fn from(key: TestKey) -> Key {
        Key { kid: key.kid().to_owned(), jwk: key.jwk().clone(), public_pem: key.public_pem().to_owned(), key }
    }

    /// A key generated once per test binary (key generation is the slow part).
    pub fn shared(slot: usize) -> Key {
        static KEYS: OnceLock<Vec<Key>> = OnceLock::new();
        KEYS.get_or_init(|| (0..3).map(|i| Key::generate(&format!("ins_key_{i}"))).collect())[slot].clone()
    }

    pub fn sign(&self, claims: &Value) -> String {
        self.key.sign_claims(claims)
    }

    /// Signed with this key, but naming `kid` in the header.
    pub fn sign_as(&self, kid: &str, claims: &Value) -> String {
        self.key.sign_with_kid(kid, claims)
    }

    /// The `testing` key itself, for its token builder.
    pub fn test_key(&self) -> &TestKey {
        &self.key
    }
}

pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs()
}

/// Claims of a valid session token (version 2), valid for 60 s.
pub fn claims() -> Value {
    let now = now();
    json!({
        "sub": "user_1", "sid": "sess_1", "iss": ISSUER, "azp": "https://app.example.com",
        "iat": now, "nbf": now - 5, "exp": now + 60, "sts": "active", "v": 2,
        "fea": "o:invoices", "o": {"id": "org_1", "rol": "admin", "slg": "acme", "per": "read,manage", "fpm": "3"},
        "plan": "pro",
    })
}

/// An axum app served on 127.0.0.1 (a free port) until dropped.
pub struct Served {
    pub addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl Served {
    pub async fn start(app: axum::Router) -> Served {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Served { addr, task }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub struct JwksServer {
    pub addr: SocketAddr,
    pub keys: Arc<Mutex<Vec<Value>>>,
    pub fetches: Arc<AtomicUsize>,
    pub failing: Arc<AtomicBool>,
    server: Served,
}

impl JwksServer {
    pub async fn start(keys: &[&Key]) -> JwksServer {
        let keys = Arc::new(Mutex::new(keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>()));
        let fetches = Arc::new(AtomicUsize::new(0));
        let failing = Arc::new(AtomicBool::new(false));
        let (k, f, fail) = (keys.clone(), fetches.clone(), failing.clone());
        let app = axum::Router::new().fallback(move |headers: http::HeaderMap, uri: http::Uri| {
            let (keys, fetches, failing) = (k.clone(), f.clone(), fail.clone());
            async move {
                fetches.fetch_add(1, Ordering::SeqCst);
                // Fetches take a moment, so that concurrent verifications really overlap.
                tokio::time::sleep(Duration::from_millis(30)).await;
                let backend = uri.path() == "/v1/jwks";
                let authorized = headers.get("authorization").and_then(|v| v.to_str().ok()) == Some("Bearer sk_test_secret");
                if failing.load(Ordering::SeqCst) || !(backend && authorized || uri.path() == "/.well-known/jwks.json") {
                    return (http::StatusCode::INTERNAL_SERVER_ERROR, axum::Json(json!({"errors": []})));
                }
                (http::StatusCode::OK, axum::Json(json!({"keys": *keys.lock().unwrap()})))
            }
        });
        let server = Served::start(app).await;
        let addr = server.addr;
        JwksServer { addr, keys, fetches, failing, server }
    }

    /// The Backend API base URL (with `/v1`).
    pub fn backend_url(&self) -> String {
        format!("http://{}/v1", self.addr)
    }

    pub fn frontend_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn add_key(&self, key: &Key) {
        self.keys.lock().unwrap().push(key.jwk.clone());
    }

    pub fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}

/// The Backend API's verify endpoints for opaque machine tokens (and `POST /v1/testing_tokens`), on 127.0.0.1: `POST
/// /v1/m2m_tokens/verify` (`{"token"}`), `/v1/oauth_applications/access_tokens/verify`
/// (`{"access_token"}`) and `/v1/api_keys/verify` (`{"secret"}`). A token it knows is answered
/// with its record, another with Clerk's 404; a wrong secret key gets 401, a body of the wrong
/// shape 422. It counts calls, and can fail (500).
pub struct MachineApi {
    pub addr: SocketAddr,
    pub calls: Arc<AtomicUsize>,
    pub failing: Arc<AtomicBool>,
    server: Served,
}

/// The testing token `POST /v1/testing_tokens` hands out.
pub const TESTING_TOKEN: &str = "1713877200-abcdefghijklmnopqrstuvwxyz";

/// The record the Backend API keeps of an opaque M2M token.
pub fn m2m_record(id: &str, revoked: bool, expired: bool) -> Value {
    json!({
        "object": "machine_to_machine_token", "id": id, "subject": "mch_caller", "scopes": ["mch_callee"],
        "claims": {"team": "billing"}, "revoked": revoked, "revocation_reason": if revoked { json!("leaked") } else { Value::Null },
        "expired": expired, "expiration": 1_900_000_000_000u64, "created_at": 1_700_000_000_000u64, "updated_at": 1_700_000_000_000u64,
    })
}

pub fn oauth_record(id: &str) -> Value {
    json!({
        "object": "clerk_idp_oauth_access_token", "id": id, "client_id": "client_app", "subject": "user_granting",
        "scopes": ["profile", "email"], "revoked": false, "revocation_reason": null, "expired": false,
        "expiration": 1_900_000_000_000u64, "created_at": 1_700_000_000_000u64, "updated_at": 1_700_000_000_000u64,
    })
}

pub fn api_key_record(id: &str) -> Value {
    json!({
        "object": "api_key", "id": id, "type": "api_key", "subject": "org_acme", "name": "CI key", "description": null,
        "claims": null, "scopes": ["read"], "revoked": false, "revocation_reason": null, "expired": false,
        "expiration": null, "created_by": "user_1", "last_used_at": null, "created_at": 1_700_000_000_000u64, "updated_at": 1_700_000_000_000u64,
    })
}

impl MachineApi {
    /// Serves `known`: secret (the token as presented) → the record the endpoint answers with.
    pub async fn start(known: Vec<(&str, Value)>) -> MachineApi {
        let known: Arc<std::collections::HashMap<String, Value>> = Arc::new(known.into_iter().map(|(k, v)| (k.to_owned(), v)).collect());
        let calls = Arc::new(AtomicUsize::new(0));
        let failing = Arc::new(AtomicBool::new(false));
        let (c, fail) = (calls.clone(), failing.clone());
        let app = axum::Router::new().fallback(move |method: http::Method, headers: http::HeaderMap, uri: http::Uri, body: axum::body::Bytes| {
            let (known, calls, failing) = (known.clone(), c.clone(), fail.clone());
            async move {
                calls.fetch_add(1, Ordering::SeqCst);
                if (method.clone(), uri.path()) == (http::Method::POST, "/v1/testing_tokens") && headers.get("authorization").and_then(|v| v.to_str().ok()) == Some("Bearer sk_test_secret") {
                    return (http::StatusCode::OK, axum::Json(json!({"object": "testing_token", "token": TESTING_TOKEN, "expires_at": 1_900_000_000})));
                }
                let field = match uri.path() {
                    "/v1/m2m_tokens/verify" => "token",
                    "/v1/oauth_applications/access_tokens/verify" => "access_token",
                    "/v1/api_keys/verify" => "secret",
                    _ => return clerk_error(http::StatusCode::NOT_FOUND, "resource_not_found"),
                };
                if failing.load(Ordering::SeqCst) {
                    return clerk_error(http::StatusCode::INTERNAL_SERVER_ERROR, "internal_clerk_error");
                }
                if headers.get("authorization").and_then(|v| v.to_str().ok()) != Some("Bearer sk_test_secret") {
                    return clerk_error(http::StatusCode::UNAUTHORIZED, "authentication_invalid");
                }
                let json = headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("application/json"));
                let secret = serde_json::from_slice::<Value>(&body).ok().and_then(|b| b.get(field).and_then(Value::as_str).map(str::to_owned));
                let (true, http::Method::POST, Some(secret)) = (json, method, secret) else {
                    return clerk_error(http::StatusCode::UNPROCESSABLE_ENTITY, "form_param_missing");
                };
                match known.get(&secret) {
                    Some(record) => (http::StatusCode::OK, axum::Json(record.clone())),
                    None => clerk_error(http::StatusCode::NOT_FOUND, "resource_not_found"),
                }
            }
        });
        let server = Served::start(app).await;
        let addr = server.addr;
        MachineApi { addr, calls, failing, server }
    }

    /// A Backend API client for this server, with the given secret key.
    pub fn client(&self, secret_key: &str) -> clerk_backend_auth::clerk_backend_api::Client {
        clerk_backend_auth::clerk_backend_api::Client::builder(format!("http://{}/v1", self.addr)).bearer_auth(secret_key).build().expect("client")
    }

    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

fn clerk_error(status: http::StatusCode, code: &str) -> (http::StatusCode, axum::Json<Value>) {
    (status, axum::Json(json!({"errors": [{"message": code, "long_message": code, "code": code}]})))
}
