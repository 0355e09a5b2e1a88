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

pub struct JwksServer {
    pub addr: SocketAddr,
    pub keys: Arc<Mutex<Vec<Value>>>,
    pub fetches: Arc<AtomicUsize>,
    pub failing: Arc<AtomicBool>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for JwksServer {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl JwksServer {
    pub async fn start(keys: &[&Key]) -> JwksServer {
        let keys = Arc::new(Mutex::new(keys.iter().map(|k| k.jwk.clone()).collect::<Vec<_>>()));
        let fetches = Arc::new(AtomicUsize::new(0));
        let failing = Arc::new(AtomicBool::new(false));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
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
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
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
