//! The instance's signing keys: where they come from, and a cache in front of them.
//!
//! Keys are fresh for half the TTL; after that the first verification triggers a refetch, and
//! a failed refetch keeps serving the cached keys until the TTL ends. A token naming a key
//! (`kid`) the cache lacks triggers a refetch too (keys rotate), but at most once per
//! `min_refetch_interval`, so a flood of forged `kid`s cannot make the cache hammer Clerk.
//! Concurrent verifications share one fetch.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::DecodingKey;

use crate::error::VerifyError;

/// Where the public keys come from.
#[derive(Clone)]
pub enum KeySource {
    /// `GET /v1/jwks` of the Backend API, with the instance's secret key.
    BackendApi(clerk_backend_api::Client),
    /// The Frontend API's public `/.well-known/jwks.json`, e.g. `https://clerk.example.com`.
    FrontendApi { url: String, http: sdkgen_runtime::reqwest::Client },
    /// A PEM public key from configuration (the dashboard's "JWT public key"): no network.
    Pem(Arc<DecodingKey>),
}

impl std::fmt::Debug for KeySource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeySource::BackendApi(client) => f.debug_tuple("BackendApi").field(client).finish(),
            KeySource::FrontendApi { url, .. } => f.debug_struct("FrontendApi").field("url", url).finish_non_exhaustive(),
            KeySource::Pem(_) => f.write_str("Pem(..)"),
        }
    }
}

impl KeySource {
    /// The Backend API at its default URL (`https://api.clerk.com/v1`), with `secret_key`.
    pub fn backend_api(secret_key: impl Into<String>) -> Result<Self, VerifyError> {
        Self::backend_api_at(clerk_backend_api::DEFAULT_BASE_URL, secret_key)
    }

    /// The Backend API at `base_url` (a proxy, a test server), with `secret_key`.
    pub fn backend_api_at(base_url: &str, secret_key: impl Into<String>) -> Result<Self, VerifyError> {
        let client = clerk_backend_api::Client::builder(base_url)
            .bearer_auth(secret_key)
            .timeout(Some(Duration::from_secs(10)))
            .build()
            .map_err(|e| VerifyError::JwksUnavailable(e.to_string()))?;
        Ok(KeySource::BackendApi(client))
    }

    /// The Frontend API's `/.well-known/jwks.json` (public, no key needed).
    pub fn frontend_api(url: impl Into<String>) -> Self {
        KeySource::FrontendApi { url: url.into().trim_end_matches('/').to_owned(), http: sdkgen_runtime::reqwest::Client::new() }
    }

    /// A PEM-encoded RSA public key (`-----BEGIN PUBLIC KEY-----`).
    pub fn pem(pem: &str) -> Result<Self, VerifyError> {
        DecodingKey::from_rsa_pem(pem.as_bytes())
            .map(|k| KeySource::Pem(Arc::new(k)))
            .map_err(|e| VerifyError::Malformed(format!("the configured PEM public key: {e}")))
    }

    async fn fetch(&self) -> Result<HashMap<String, Arc<DecodingKey>>, String> {
        let set: serde_json::Value = match self {
            KeySource::BackendApi(client) => {
                let jwks = client.jwks().get().send().await.map_err(|e| e.to_string())?;
                serde_json::to_value(jwks).map_err(|e| format!("JWKS: {e}"))?
            }
            KeySource::FrontendApi { url, http } => {
                let response = http
                    .get(format!("{url}/.well-known/jwks.json"))
                    .timeout(Duration::from_secs(10))
                    .send()
                    .await
                    .and_then(|r| r.error_for_status())
                    .map_err(|e| e.without_url().to_string())?;
                let body = response.bytes().await.map_err(|e| e.without_url().to_string())?;
                serde_json::from_slice(&body).map_err(|e| format!("JWKS: {e}"))?
            }
            KeySource::Pem(_) => return Ok(HashMap::new()),
        };
        let mut keys = HashMap::new();
        // Key by key: one key of a kind this crate cannot read does not hide the others.
        let jwks = set.get("keys").and_then(serde_json::Value::as_array).ok_or("JWKS: no `keys` array")?;
        for jwk in jwks.iter().filter_map(|k| serde_json::from_value::<Jwk>(k.clone()).ok()) {
            // Only RSA keys with an id can verify RS256 session tokens; others are skipped.
            let (Some(kid), jsonwebtoken::jwk::AlgorithmParameters::RSA(_)) = (&jwk.common.key_id, &jwk.algorithm) else { continue };
            if let Ok(key) = DecodingKey::from_jwk(&jwk) {
                keys.insert(kid.clone(), Arc::new(key));
            }
        }
        Ok(keys)
    }
}

struct Snapshot {
    keys: HashMap<String, Arc<DecodingKey>>,
    fetched_at: Option<Instant>,
    /// The last fetch attempt, successful or not.
    attempted_at: Option<Instant>,
    last_error: Option<String>,
}

pub(crate) struct KeyCache {
    source: KeySource,
    ttl: Duration,
    min_refetch_interval: Duration,
    snapshot: RwLock<Snapshot>,
    fetching: tokio::sync::Mutex<()>,
    fetches: AtomicUsize,
}

enum Lookup {
    Found(Arc<DecodingKey>),
    /// A fetch may help (stale keys, none yet, or an unknown `kid`).
    Fetch,
    Fail(VerifyError),
}

impl KeyCache {
    pub(crate) fn new(source: KeySource, ttl: Duration, min_refetch_interval: Duration) -> Self {
        KeyCache {
            source,
            ttl,
            min_refetch_interval,
            snapshot: RwLock::new(Snapshot { keys: HashMap::new(), fetched_at: None, attempted_at: None, last_error: None }),
            fetching: tokio::sync::Mutex::new(()),
            fetches: AtomicUsize::new(0),
        }
    }

    /// How many times the keys were fetched.
    pub(crate) fn fetches(&self) -> usize {
        self.fetches.load(Ordering::Relaxed)
    }

    /// The key a token with `kid` is verified with.
    pub(crate) async fn key(&self, kid: Option<&str>) -> Result<Arc<DecodingKey>, VerifyError> {
        if let KeySource::Pem(key) = &self.source {
            return Ok(key.clone());
        }
        let kid = kid.ok_or_else(|| VerifyError::Malformed("the token header has no `kid`".into()))?;
        match self.lookup(kid, Instant::now(), false) {
            Lookup::Found(key) => return Ok(key),
            Lookup::Fail(e) => return Err(e),
            Lookup::Fetch => {}
        }
        let started = Instant::now();
        let _fetching = self.fetching.lock().await;
        // Someone else fetched while this task waited: use their result.
        let fetched_meanwhile = self.read().attempted_at.is_some_and(|at| at >= started);
        if !fetched_meanwhile {
            self.fetch_now().await;
        }
        match self.lookup(kid, Instant::now(), true) {
            Lookup::Found(key) => Ok(key),
            Lookup::Fail(e) => Err(e),
            Lookup::Fetch => Err(self.unavailable_or_unknown(kid)),
        }
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Snapshot> {
        self.snapshot.read().unwrap_or_else(|p| p.into_inner())
    }

    fn lookup(&self, kid: &str, now: Instant, after_fetch: bool) -> Lookup {
        let snapshot = self.read();
        let age = snapshot.fetched_at.map(|at| now.saturating_duration_since(at));
        let usable = age.is_some_and(|age| age < self.ttl);
        let fresh = age.is_some_and(|age| age < self.ttl / 2);
        let may_fetch = !after_fetch
            && match snapshot.attempted_at {
                None => true,
                Some(at) => now.saturating_duration_since(at) >= self.min_refetch_interval,
            };
        match snapshot.keys.get(kid) {
            Some(key) if fresh || (usable && !may_fetch) => Lookup::Found(key.clone()),
            _ if may_fetch => Lookup::Fetch,
            Some(key) if usable => Lookup::Found(key.clone()),
            Some(_) => Lookup::Fail(VerifyError::JwksUnavailable(snapshot.last_error.clone().unwrap_or_else(|| "the cached keys expired".into()))),
            None => Lookup::Fail(self.unavailable_or_unknown_in(&snapshot, kid, usable)),
        }
    }

    fn unavailable_or_unknown(&self, kid: &str) -> VerifyError {
        let snapshot = self.read();
        let usable = snapshot.fetched_at.is_some_and(|at| at.elapsed() < self.ttl);
        self.unavailable_or_unknown_in(&snapshot, kid, usable)
    }

    fn unavailable_or_unknown_in(&self, snapshot: &Snapshot, kid: &str, usable: bool) -> VerifyError {
        if usable {
            VerifyError::UnknownKey(kid.to_owned())
        } else {
            VerifyError::JwksUnavailable(snapshot.last_error.clone().unwrap_or_else(|| "no keys fetched yet".into()))
        }
    }

    async fn fetch_now(&self) {
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let result = self.source.fetch().await;
        let mut snapshot = self.snapshot.write().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        snapshot.attempted_at = Some(now);
        match result {
            Ok(keys) => {
                snapshot.keys = keys;
                snapshot.fetched_at = Some(now);
                snapshot.last_error = None;
            }
            Err(e) => {
                tracing::warn!(error = %e, "fetching the JWKS failed; serving cached keys while they last");
                snapshot.last_error = Some(e);
            }
        }
    }
}
