//! Verifying a session token: signature (RS256, the instance's key), time claims with a clock
//! skew, issuer and authorized party.

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, Validation};
use serde_json::{Map, Value};

use crate::claims::Claims;
use crate::error::VerifyError;
use crate::jwks::{KeyCache, KeySource};

/// The time, injectable for tests.
pub type Clock = Arc<dyn Fn() -> SystemTime + Send + Sync>;

/// Configures a [`Verifier`].
pub struct VerifierBuilder {
    source: KeySource,
    issuer: Option<String>,
    authorized_parties: Vec<String>,
    clock_skew: Duration,
    jwks_ttl: Duration,
    min_refetch_interval: Duration,
    clock: Clock,
}

impl VerifierBuilder {
    /// The expected `iss`, e.g. `https://clerk.example.com` (the Frontend API URL). Without it,
    /// any issuer Clerk uses is accepted: `https://clerk.*` or `*.clerk.accounts.dev`.
    pub fn issuer(mut self, issuer: impl Into<String>) -> Self {
        self.issuer = Some(issuer.into().trim_end_matches('/').to_owned());
        self
    }

    /// Origins allowed in `azp` (e.g. `https://app.example.com`). A token with an `azp` not in
    /// the list is refused; an empty list (the default) accepts any.
    pub fn authorized_parties<I: IntoIterator<Item = S>, S: Into<String>>(mut self, parties: I) -> Self {
        self.authorized_parties = parties.into_iter().map(Into::into).collect();
        self
    }

    /// Leeway for `exp`, `nbf` and `iat` (default 5 s).
    pub fn clock_skew(mut self, skew: Duration) -> Self {
        self.clock_skew = skew;
        self
    }

    /// How long fetched keys are used (default 1 hour; refreshed after half of it).
    pub fn jwks_ttl(mut self, ttl: Duration) -> Self {
        self.jwks_ttl = ttl;
        self
    }

    /// The least time between two fetches of the JWKS, whatever tokens arrive (default 30 s).
    pub fn min_refetch_interval(mut self, interval: Duration) -> Self {
        self.min_refetch_interval = interval;
        self
    }

    /// The clock used for `exp`/`nbf`/`iat` (default: the system clock).
    pub fn clock(mut self, clock: impl Fn() -> SystemTime + Send + Sync + 'static) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    pub fn build(self) -> Verifier {
        Verifier {
            inner: Arc::new(Inner {
                keys: KeyCache::new(self.source, self.jwks_ttl, self.min_refetch_interval),
                issuer: self.issuer,
                authorized_parties: self.authorized_parties,
                clock_skew: self.clock_skew,
                clock: self.clock,
            }),
        }
    }
}

struct Inner {
    keys: KeyCache,
    issuer: Option<String>,
    authorized_parties: Vec<String>,
    clock_skew: Duration,
    clock: Clock,
}

/// Verifies Clerk session tokens. Cheap to clone; clones share the key cache.
#[derive(Clone)]
pub struct Verifier {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier")
            .field("issuer", &self.inner.issuer)
            .field("authorized_parties", &self.inner.authorized_parties)
            .field("clock_skew", &self.inner.clock_skew)
            .finish_non_exhaustive()
    }
}

impl Verifier {
    pub fn builder(source: KeySource) -> VerifierBuilder {
        VerifierBuilder {
            source,
            issuer: None,
            authorized_parties: Vec::new(),
            clock_skew: Duration::from_secs(5),
            jwks_ttl: Duration::from_secs(3600),
            min_refetch_interval: Duration::from_secs(30),
            clock: Arc::new(SystemTime::now),
        }
    }

    /// How many times the JWKS was fetched so far.
    pub fn jwks_fetches(&self) -> usize {
        self.inner.keys.fetches()
    }

    /// Verifies `token` and returns its claims. A machine token signed with the same key (an
    /// M2M or OAuth access token JWT) is not a session token, and is refused as one.
    pub async fn verify(&self, token: &str) -> Result<Claims, VerifyError> {
        let kind = crate::machine::TokenKind::of(token);
        if kind != crate::machine::TokenKind::Session {
            return Err(VerifyError::NotASessionToken(kind));
        }
        let claims = Claims::from_map(self.verify_signature(token).await?)?;
        self.check_times(claims.exp, claims.nbf, claims.iat)?;
        self.check_origin(&claims)?;
        Ok(claims)
    }

    /// The claims of `token` once its signature (RS256, a key of the instance) verifies;
    /// nothing else is checked yet.
    pub(crate) async fn verify_signature(&self, token: &str) -> Result<Map<String, Value>, VerifyError> {
        let header = jsonwebtoken::decode_header(token).map_err(|e| VerifyError::Malformed(e.to_string()))?;
        // Only RS256: a token must not choose how it is checked (no `none`, no HMAC with the public key).
        if header.alg != Algorithm::RS256 {
            return Err(VerifyError::Malformed(format!("algorithm {:?} is not RS256", header.alg)));
        }
        let key = self.inner.keys.key(header.kid.as_deref()).await?;
        let mut validation = Validation::new(Algorithm::RS256);
        // Time, issuer and party are checked by the callers, with our clock and our error types.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        let data = jsonwebtoken::decode::<Map<String, Value>>(token, &key, &validation).map_err(|e| match e.kind() {
            jsonwebtoken::errors::ErrorKind::InvalidSignature => VerifyError::BadSignature,
            _ => VerifyError::Malformed(e.to_string()),
        })?;
        Ok(data.claims)
    }

    /// `exp`, `nbf` and `iat` against the clock, with the allowed skew.
    pub(crate) fn check_times(&self, exp: u64, nbf: Option<u64>, iat: Option<u64>) -> Result<(), VerifyError> {
        let inner = &self.inner;
        let now = (inner.clock)().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let skew = inner.clock_skew.as_secs();
        if now > exp.saturating_add(skew) {
            return Err(VerifyError::Expired);
        }
        if [nbf, iat].into_iter().flatten().any(|t| t > now.saturating_add(skew)) {
            return Err(VerifyError::NotYetValid);
        }
        Ok(())
    }

    /// `iss` and `azp` of a session token.
    fn check_origin(&self, claims: &Claims) -> Result<(), VerifyError> {
        let inner = &self.inner;
        let issuer_ok = match &inner.issuer {
            Some(expected) => claims.iss.trim_end_matches('/') == expected,
            None => is_clerk_issuer(&claims.iss),
        };
        if !issuer_ok {
            return Err(VerifyError::WrongIssuer(claims.iss.clone()));
        }
        if let Some(azp) = &claims.azp {
            if !inner.authorized_parties.is_empty() && !inner.authorized_parties.iter().any(|p| p.trim_end_matches('/') == azp.trim_end_matches('/')) {
                return Err(VerifyError::UnauthorizedParty(azp.clone()));
            }
        }
        Ok(())
    }
}

/// The issuers Clerk uses: `https://clerk.<domain>` in production, `https://<name>.clerk.accounts.dev`
/// in development.
fn is_clerk_issuer(iss: &str) -> bool {
    let Some(host) = iss.strip_prefix("https://") else { return false };
    let host = host.split('/').next().unwrap_or_default();
    host.starts_with("clerk.") || host.ends_with(".clerk.accounts.dev") || host.ends_with(".clerk.accounts.com")
}

#[cfg(test)]
mod tests {
    use super::is_clerk_issuer;

    #[test]
    fn clerk_issuers() {
        for ok in ["https://clerk.example.com", "https://happy-cat-1.clerk.accounts.dev", "https://clerk.example.com/"] {
            assert!(is_clerk_issuer(ok), "{ok}");
        }
        for bad in ["http://clerk.example.com", "https://evil.com", "https://evil.com/clerk.accounts.dev", "clerk.example.com"] {
            assert!(!is_clerk_issuer(bad), "{bad}");
        }
    }
}
