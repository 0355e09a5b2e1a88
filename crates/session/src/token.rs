//! Session JWTs: decoding their expiry, and a cache that refreshes each one shortly before it
//! expires with one request in flight however many tasks ask.

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use sdkgen_runtime::Secret;
use serde::Deserialize;

use crate::error::SessionError;

/// A session JWT (about 60 s of validity) to send to your own backend. Never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionToken {
    jwt: Secret,
    expires_at: SystemTime,
    session_id: String,
}

impl SessionToken {
    /// Reads the expiry of `jwt` from its claims. The signature is not checked: the client
    /// only needs to know when to refresh; your backend verifies the token.
    pub(crate) fn decode(jwt: String, session_id: &str) -> Result<Self, SessionError> {
        #[derive(Deserialize)]
        struct Claims {
            exp: u64,
        }
        let mut validation = jsonwebtoken::Validation::default();
        validation.insecure_disable_signature_validation();
        validation.validate_exp = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        let data = jsonwebtoken::decode::<Claims>(&jwt, &jsonwebtoken::DecodingKey::from_secret(&[]), &validation)
            .map_err(|e| SessionError::Unexpected(format!("the session token is not a JWT with an `exp` claim: {e}")))?;
        Ok(SessionToken {
            jwt: Secret::new(jwt),
            expires_at: UNIX_EPOCH + Duration::from_secs(data.claims.exp),
            session_id: session_id.to_owned(),
        })
    }

    /// The JWT, e.g. for `Authorization: Bearer <jwt>` to your backend.
    pub fn as_str(&self) -> &str {
        self.jwt.expose()
    }

    /// When the token expires (its `exp` claim).
    pub fn expires_at(&self) -> SystemTime {
        self.expires_at
    }

    /// The session the token is for.
    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    /// Whether the token is still good for at least `margin`.
    pub(crate) fn fresh_for(&self, margin: Duration, now: SystemTime) -> bool {
        now.checked_add(margin).is_some_and(|later| later < self.expires_at)
    }
}

impl fmt::Debug for SessionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionToken")
            .field("jwt", &sdkgen_runtime::Redacted)
            .field("expires_at", &self.expires_at)
            .field("session_id", &self.session_id)
            .finish()
    }
}

/// Which token: a session's default token, or one from a JWT template, for an organization.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TokenOptions {
    /// A JWT template name (`POST /v1/client/sessions/{id}/tokens/{template}`).
    pub template: Option<String>,
    /// `Some(id)`: a token for that organization; `Some("")`: the personal account;
    /// `None`: the session's active organization.
    pub organization_id: Option<String>,
    /// Whether a pending session (tasks left) may have a token too; by default asking for one
    /// is [`SessionError::SessionPending`]. Its token says `sts: pending`, which backends
    /// should refuse for most routes.
    pub allow_pending: bool,
}

impl TokenOptions {
    pub fn template(name: impl Into<String>) -> Self {
        TokenOptions { template: Some(name.into()), ..TokenOptions::default() }
    }

    pub fn organization(id: impl Into<String>) -> Self {
        TokenOptions { organization_id: Some(id.into()), ..TokenOptions::default() }
    }

    /// The same options, for a pending session too (e.g. to call your backend's route that
    /// lists the organizations to choose from).
    pub fn allowing_pending(mut self) -> Self {
        self.allow_pending = true;
        self
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct Key {
    session_id: String,
    options: TokenOptions,
}

type Slot = Arc<tokio::sync::Mutex<Option<SessionToken>>>;

/// Tokens by session and options. Each entry has its own async lock: the first task to find
/// its token stale refreshes it while the others wait, then read what it fetched.
#[derive(Default)]
pub(crate) struct TokenCache {
    slots: Mutex<HashMap<Key, Slot>>,
}

impl TokenCache {
    /// The cached token for `session_id`/`options` when fresh for `margin`, else the result
    /// of `fetch`, cached. Concurrent callers of one key share one `fetch`.
    pub(crate) async fn get_or_refresh<F, Fut>(
        &self,
        session_id: &str,
        options: &TokenOptions,
        margin: Duration,
        fetch: F,
    ) -> Result<SessionToken, SessionError>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = Result<SessionToken, SessionError>>,
    {
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|p| p.into_inner());
            let key = Key { session_id: session_id.to_owned(), options: options.clone() };
            slots.entry(key).or_default().clone()
        };
        let mut cached = slot.lock().await;
        if let Some(token) = cached.as_ref().filter(|t| t.fresh_for(margin, SystemTime::now())) {
            return Ok(token.clone());
        }
        let token = fetch().await?;
        *cached = Some(token.clone());
        Ok(token)
    }

    /// Forgets every token of `session_id`.
    pub(crate) fn forget_session(&self, session_id: &str) {
        self.slots.lock().unwrap_or_else(|p| p.into_inner()).retain(|key, _| key.session_id != session_id);
    }

    pub(crate) fn clear(&self) {
        self.slots.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::Engine;

    fn jwt(claims: &str) -> String {
        let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
        format!("{}.{}.{}", b64(r#"{"alg":"RS256","typ":"JWT","kid":"ins_1"}"#), b64(claims), b64("not-checked"))
    }

    #[test]
    fn expiry_comes_from_the_claims_and_nothing_prints_the_jwt() {
        let raw = jwt(r#"{"sub":"user_1","sid":"sess_1","exp":2000000000,"iat":1999999940}"#);
        let token = SessionToken::decode(raw.clone(), "sess_1").unwrap();
        assert_eq!(token.expires_at(), UNIX_EPOCH + Duration::from_secs(2_000_000_000));
        assert_eq!(token.as_str(), raw);
        let debug = format!("{token:?}");
        assert!(!debug.contains(&raw[..20]), "{debug}");
        assert!(token.fresh_for(Duration::from_secs(10), UNIX_EPOCH + Duration::from_secs(1_999_999_980)));
        assert!(!token.fresh_for(Duration::from_secs(10), UNIX_EPOCH + Duration::from_secs(1_999_999_995)));
    }

    #[test]
    fn tokens_without_an_expiry_or_not_jwts_are_errors() {
        assert!(SessionToken::decode(jwt(r#"{"sub":"user_1"}"#), "s").is_err());
        assert!(SessionToken::decode("not a jwt".into(), "s").is_err());
        assert!(SessionToken::decode(String::new(), "s").is_err());
    }
}
