//! Tokens that machines present, not users: M2M tokens, OAuth access tokens and API keys.
//!
//! Clerk issues each kind in an opaque form with a prefix (`mt_`, `oat_`, `ak_`), which only
//! the Backend API can check (`POST /m2m_tokens/verify`, `/oauth_applications/access_tokens/
//! verify`, `/api_keys/verify`), and M2M and OAuth tokens also as JWTs signed with the
//! instance's key, which are checked here like session tokens, with no network once the keys
//! are cached. A JWT is an M2M token when its `sub` is a machine (`mch_…`) or its header's
//! `cat` is the M2M category, and an OAuth access token when its `typ` is `at+jwt`. Clerk's
//! own backend SDK (clerk/javascript `packages/backend`, `tokens/machine.ts` and `verify.ts`)
//! tells the kinds apart the same way.

use std::sync::Arc;

use base64::Engine;
use serde_json::{Map, Value};

use crate::{KeySource, Verifier, VerifyError};

/// The prefix of an opaque M2M token.
pub const M2M_TOKEN_PREFIX: &str = "mt_";
/// The prefix of an opaque OAuth access token.
pub const OAUTH_TOKEN_PREFIX: &str = "oat_";
/// The prefix of an API key.
pub const API_KEY_PREFIX: &str = "ak_";
/// The subject prefix of a machine.
const MACHINE_PREFIX: &str = "mch_";
/// The header `cat` (category) Clerk stamps on M2M JWTs, so that one signed by the instance's
/// key is never taken for a session token.
pub(crate) const M2M_JWT_CATEGORY: &str = "cl_B7d4PD333AAA";
/// The `typ` of an OAuth access token JWT (RFC 9068).
const OAUTH_JWT_TYPES: [&str; 2] = ["at+jwt", "application/at+jwt"];

/// What a bearer token is, told from its form (nothing is verified).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A user's session token (a JWT of no machine kind), or anything unrecognised.
    Session,
    /// A machine-to-machine token: `mt_…`, or a JWT for a machine.
    M2m,
    /// An OAuth access token of an OAuth application: `oat_…`, or an `at+jwt` JWT.
    OAuth,
    /// An API key: `ak_…`.
    ApiKey,
}

impl TokenKind {
    /// Every machine kind: what a [`MachineVerifier`] accepts unless told otherwise.
    pub const MACHINES: [TokenKind; 3] = [TokenKind::M2m, TokenKind::OAuth, TokenKind::ApiKey];

    /// The kind of `token`: by its prefix, else (for a JWT) by its header and subject.
    pub fn of(token: &str) -> TokenKind {
        if token.starts_with(M2M_TOKEN_PREFIX) {
            return TokenKind::M2m;
        }
        if token.starts_with(OAUTH_TOKEN_PREFIX) {
            return TokenKind::OAuth;
        }
        if token.starts_with(API_KEY_PREFIX) {
            return TokenKind::ApiKey;
        }
        let Some((header, payload)) = unverified_parts(token) else { return TokenKind::Session };
        let text = |map: &Map<String, Value>, key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
        if text(&header, "cat").as_deref() == Some(M2M_JWT_CATEGORY) || text(&payload, "sub").is_some_and(|s| s.starts_with(MACHINE_PREFIX)) {
            return TokenKind::M2m;
        }
        if text(&header, "typ").is_some_and(|t| OAUTH_JWT_TYPES.contains(&t.as_str())) {
            return TokenKind::OAuth;
        }
        TokenKind::Session
    }

    /// The name Clerk's SDKs use: `session_token`, `m2m_token`, `oauth_token`, `api_key`.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Session => "session_token",
            TokenKind::M2m => "m2m_token",
            TokenKind::OAuth => "oauth_token",
            TokenKind::ApiKey => "api_key",
        }
    }

    fn is_jwt_form(token: &str) -> bool {
        unverified_parts(token).is_some()
    }
}

impl std::fmt::Display for TokenKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The header and payload of a JWT, decoded but not verified: only to tell kinds apart.
fn unverified_parts(token: &str) -> Option<(Map<String, Value>, Map<String, Value>)> {
    let mut parts = token.split('.');
    let (header, payload, _signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let decode = |part: &str| -> Option<Map<String, Value>> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
        match serde_json::from_slice(&bytes).ok()? {
            Value::Object(map) => Some(map),
            _ => None,
        }
    };
    Some((decode(header)?, decode(payload)?))
}

/// How a machine token was checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerifiedBy {
    /// A JWT: its signature, against the instance's keys.
    Signature,
    /// An opaque token: the Backend API's verify endpoint.
    BackendApi,
}

/// A verified M2M token.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct M2mToken {
    /// `mt_…`; for a JWT its `jti` (empty when it has none).
    pub id: String,
    /// The machine holding the token (`mch_…`).
    pub machine_id: String,
    /// What the token is scoped to: the machines it may call (`mch_…`).
    pub scopes: Vec<String>,
    /// Custom claims given when the token was created (opaque tokens).
    pub claims: Option<Value>,
    /// Expiry in seconds since the Unix epoch; `None` for a token that does not expire.
    pub expires_at: Option<u64>,
    pub verified_by: VerifiedBy,
}

/// A verified OAuth access token, issued by the instance to an OAuth application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OAuthAccessToken {
    /// `oat_…`; for a JWT its `jti` (empty when it has none).
    pub id: String,
    /// The OAuth application the token was issued to.
    pub client_id: String,
    /// The user who granted it (`user_…`).
    pub subject: String,
    pub scopes: Vec<String>,
    /// Expiry in seconds since the Unix epoch.
    pub expires_at: Option<u64>,
    pub verified_by: VerifiedBy,
}

/// A verified API key.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApiKey {
    /// `ak_…`: the key's id (not its secret).
    pub id: String,
    /// Whom the key acts for: a user (`user_…`), an organization (`org_…`) or a machine (`mch_…`).
    pub subject: String,
    pub name: String,
    pub scopes: Vec<String>,
    /// Custom claims given when the key was created.
    pub claims: Option<Value>,
    /// Expiry in seconds since the Unix epoch; `None` for a key that does not expire.
    pub expires_at: Option<u64>,
}

/// A verified machine token, of the kind it turned out to be.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum MachineToken {
    M2m(M2mToken),
    OAuth(OAuthAccessToken),
    ApiKey(ApiKey),
}

impl MachineToken {
    pub fn kind(&self) -> TokenKind {
        match self {
            MachineToken::M2m(_) => TokenKind::M2m,
            MachineToken::OAuth(_) => TokenKind::OAuth,
            MachineToken::ApiKey(_) => TokenKind::ApiKey,
        }
    }

    /// Who presents the token: the machine (M2M), the granting user (OAuth), or the key's subject.
    pub fn subject(&self) -> &str {
        match self {
            MachineToken::M2m(t) => &t.machine_id,
            MachineToken::OAuth(t) => &t.subject,
            MachineToken::ApiKey(t) => &t.subject,
        }
    }

    pub fn scopes(&self) -> &[String] {
        match self {
            MachineToken::M2m(t) => &t.scopes,
            MachineToken::OAuth(t) => &t.scopes,
            MachineToken::ApiKey(t) => &t.scopes,
        }
    }

    /// Whether the token carries `scope` (for M2M tokens: a machine it may call).
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scopes().iter().any(|s| s == scope)
    }
}

/// Why a machine token was refused, or could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum MachineError {
    /// A session token, or a token of no kind Clerk issues.
    NotAMachineToken,
    /// A machine token of a kind this verifier is not configured to accept.
    NotAccepted(TokenKind),
    /// The Backend API does not know the token, or refuses it as malformed.
    Invalid(TokenKind),
    /// The token was revoked.
    Revoked { kind: TokenKind, reason: Option<String> },
    Expired(TokenKind),
    /// A JWT-form token that did not verify (signature, time claims, keys).
    Jwt { kind: TokenKind, error: VerifyError },
    /// An OAuth access token for none of the configured audiences.
    WrongAudience,
    /// The Backend API refused the secret key the verifier calls it with: a configuration error.
    SecretKeyRefused,
    /// The Backend API could not be reached, failed, or answered in a shape not understood.
    Unavailable(String),
}

impl MachineError {
    /// Whether the failure is on the server's side (answer 503), not the token's (answer 401).
    pub fn is_server_error(&self) -> bool {
        match self {
            MachineError::SecretKeyRefused | MachineError::Unavailable(_) => true,
            MachineError::Jwt { error, .. } => error.is_server_error(),
            _ => false,
        }
    }

    /// The HTTP status to answer with: 401, or 503 for server-side failures.
    pub fn status(&self) -> http::StatusCode {
        crate::error::refusal_status(self.is_server_error())
    }

    /// A short reason, safe to send to the client (it never contains the token).
    pub fn reason(&self) -> &'static str {
        match self {
            MachineError::NotAMachineToken => "not a machine token",
            MachineError::NotAccepted(_) => "token kind not accepted",
            MachineError::Invalid(_) => "invalid machine token",
            MachineError::Revoked { .. } => "machine token revoked",
            MachineError::Expired(_) => "machine token expired",
            MachineError::Jwt { error, .. } => error.reason(),
            MachineError::WrongAudience => "wrong audience",
            MachineError::SecretKeyRefused | MachineError::Unavailable(_) => "token verification unavailable",
        }
    }
}

impl std::fmt::Display for MachineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MachineError::NotAccepted(kind) => write!(f, "{kind} tokens are not accepted"),
            MachineError::Invalid(kind) => write!(f, "invalid {kind}"),
            MachineError::Revoked { kind, reason } => write!(f, "{kind} revoked{}", reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default()),
            MachineError::Expired(kind) => write!(f, "{kind} expired"),
            MachineError::Jwt { kind, error } => write!(f, "{kind}: {error}"),
            MachineError::Unavailable(why) => write!(f, "token verification unavailable: {why}"),
            other => f.write_str(other.reason()),
        }
    }
}

impl std::error::Error for MachineError {}

/// Configures a [`MachineVerifier`].
pub struct MachineVerifierBuilder {
    backend: clerk_backend_api::Client,
    keys: Option<Verifier>,
    accepted: Vec<TokenKind>,
    audiences: Vec<String>,
}

impl MachineVerifierBuilder {
    /// The kinds to accept (default: all of [`TokenKind::MACHINES`]); others are
    /// [`MachineError::NotAccepted`], without a call.
    pub fn accept(mut self, kinds: impl IntoIterator<Item = TokenKind>) -> Self {
        self.accepted = kinds.into_iter().filter(|k| *k != TokenKind::Session).collect();
        self
    }

    /// The verifier whose keys (and clock and clock skew) check JWT-form tokens; by default
    /// one of its own, on the Backend API's JWKS through the same client. Pass your session
    /// [`Verifier`] to share its key cache.
    pub fn keys(mut self, verifier: Verifier) -> Self {
        self.keys = Some(verifier);
        self
    }

    /// The audiences an OAuth access token must name one of in `aud` (default: any).
    pub fn audiences<I: IntoIterator<Item = S>, S: Into<String>>(mut self, audiences: I) -> Self {
        self.audiences = audiences.into_iter().map(Into::into).collect();
        self
    }

    pub fn build(self) -> MachineVerifier {
        let keys = self.keys.unwrap_or_else(|| Verifier::builder(KeySource::BackendApi(self.backend.clone())).build());
        MachineVerifier { inner: Arc::new(Inner { backend: self.backend, keys, accepted: self.accepted, audiences: self.audiences }) }
    }
}

struct Inner {
    backend: clerk_backend_api::Client,
    keys: Verifier,
    accepted: Vec<TokenKind>,
    audiences: Vec<String>,
}

/// Verifies machine tokens: JWTs locally, opaque tokens through the Backend API. Cheap to clone.
#[derive(Clone)]
pub struct MachineVerifier {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for MachineVerifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MachineVerifier").field("accepted", &self.inner.accepted).field("audiences", &self.inner.audiences).finish_non_exhaustive()
    }
}

impl MachineVerifier {
    /// A verifier calling the Backend API through `backend`, a client with the instance's
    /// secret key (or, for M2M tokens, a machine's secret key: then only tokens that may call
    /// that machine verify).
    pub fn builder(backend: clerk_backend_api::Client) -> MachineVerifierBuilder {
        MachineVerifierBuilder { backend, keys: None, accepted: TokenKind::MACHINES.to_vec(), audiences: Vec::new() }
    }

    /// The Backend API at its default URL with `secret_key`, accepting every machine kind.
    pub fn backend_api(secret_key: impl Into<String>) -> Result<MachineVerifier, MachineError> {
        match KeySource::backend_api(secret_key) {
            Ok(KeySource::BackendApi(client)) => Ok(MachineVerifier::builder(client).build()),
            Ok(_) => Err(MachineError::Unavailable("no Backend API client".into())),
            Err(e) => Err(MachineError::Unavailable(e.to_string())),
        }
    }

    /// Whether this verifier accepts tokens of `kind`.
    pub fn accepts(&self, kind: TokenKind) -> bool {
        self.inner.accepted.contains(&kind)
    }

    /// Verifies `token` as the machine token its form says it is.
    pub async fn verify(&self, token: &str) -> Result<MachineToken, MachineError> {
        let kind = TokenKind::of(token);
        if kind == TokenKind::Session {
            return Err(MachineError::NotAMachineToken);
        }
        if !self.accepts(kind) {
            return Err(MachineError::NotAccepted(kind));
        }
        if TokenKind::is_jwt_form(token) {
            return self.verify_jwt(kind, token).await;
        }
        match kind {
            TokenKind::M2m => self.verify_m2m(token).await,
            TokenKind::OAuth => self.verify_oauth(token).await,
            _ => self.verify_api_key(token).await,
        }
    }

    async fn verify_jwt(&self, kind: TokenKind, token: &str) -> Result<MachineToken, MachineError> {
        let jwt = |error| MachineError::Jwt { kind, error };
        // The instance's key binds the token; `iss` is not compared, as Clerk's backend SDKs do
        // not compare it for machine tokens (not all of them are issued by the Frontend API URL).
        let claims = self.inner.keys.verify_signature(token).await.map_err(jwt)?;
        let number = |key: &str| claims.get(key).and_then(Value::as_u64);
        let text = |key: &str| claims.get(key).and_then(Value::as_str).map(str::to_owned);
        let exp = number("exp").ok_or_else(|| jwt(VerifyError::Malformed("claim `exp` is missing".into())))?;
        self.inner.keys.check_times(exp, number("nbf"), number("iat")).map_err(|e| match e {
            VerifyError::Expired => MachineError::Expired(kind),
            other => jwt(other),
        })?;
        let subject = text("sub").ok_or_else(|| jwt(VerifyError::Malformed("claim `sub` is missing".into())))?;
        let id = text("jti").unwrap_or_default();
        if kind == TokenKind::M2m {
            // An M2M JWT names the machines it may call in `aud`, else in `scopes` (space-separated).
            let scopes = strings(claims.get("aud")).or_else(|| text("scopes").map(|s| split_scopes(&s))).unwrap_or_default();
            return Ok(MachineToken::M2m(M2mToken { id, machine_id: subject, scopes, claims: None, expires_at: Some(exp), verified_by: VerifiedBy::Signature }));
        }
        self.check_audience(strings(claims.get("aud")).unwrap_or_default())?;
        let scopes = strings(claims.get("scp")).or_else(|| text("scope").map(|s| split_scopes(&s))).unwrap_or_default();
        Ok(MachineToken::OAuth(OAuthAccessToken { id, client_id: text("client_id").unwrap_or_default(), subject, scopes, expires_at: Some(exp), verified_by: VerifiedBy::Signature }))
    }

    fn check_audience(&self, audiences: Vec<String>) -> Result<(), MachineError> {
        if self.inner.audiences.is_empty() || audiences.iter().any(|a| self.inner.audiences.contains(a)) {
            Ok(())
        } else {
            Err(MachineError::WrongAudience)
        }
    }

    async fn verify_m2m(&self, token: &str) -> Result<MachineToken, MachineError> {
        let kind = TokenKind::M2m;
        let found = self.inner.backend.m2m().verify_token(token).send().await.map_err(|e| api_error(kind, &e))?;
        check_state(kind, found.revoked, found.revocation_reason.clone(), found.expired)?;
        Ok(MachineToken::M2m(M2mToken {
            id: found.id,
            machine_id: found.subject,
            scopes: found.scopes.unwrap_or_default(),
            claims: found.claims,
            expires_at: found.expiration.map(millis_to_secs),
            verified_by: VerifiedBy::BackendApi,
        }))
    }

    async fn verify_oauth(&self, token: &str) -> Result<MachineToken, MachineError> {
        use clerk_backend_api::types::VerifyOAuthAccessTokenResponse as Answer;
        let kind = TokenKind::OAuth;
        let answer = self.inner.backend.oauth_access_tokens().verify().access_token(token).send().await.map_err(|e| api_error(kind, &e))?;
        match answer {
            Answer::ClerkIdpOauthAccessToken(found) => {
                check_state(kind, found.revoked, found.revocation_reason.clone(), found.expired)?;
                Ok(MachineToken::OAuth(OAuthAccessToken {
                    id: found.id,
                    client_id: found.client_id,
                    subject: found.subject,
                    scopes: found.scopes,
                    expires_at: found.expiration.map(millis_to_secs),
                    verified_by: VerifiedBy::BackendApi,
                }))
            }
            // `{"active": false}`: a token the instance issued that is no longer active.
            Answer::Object2(_) => Err(MachineError::Expired(kind)),
            _ => Err(MachineError::Unavailable("an OAuth verification answer of an unknown shape".into())),
        }
    }

    async fn verify_api_key(&self, token: &str) -> Result<MachineToken, MachineError> {
        let kind = TokenKind::ApiKey;
        let found = self.inner.backend.api_keys().verify(token).send().await.map_err(|e| api_error(kind, &e))?;
        check_state(kind, found.revoked, found.revocation_reason.clone(), found.expired)?;
        Ok(MachineToken::ApiKey(ApiKey {
            id: found.id,
            subject: found.subject,
            name: found.name,
            scopes: found.scopes,
            claims: found.claims,
            expires_at: found.expiration.map(millis_to_secs),
        }))
    }
}

/// A verify endpoint's answer for a token it knows but that no longer holds.
fn check_state(kind: TokenKind, revoked: bool, reason: Option<String>, expired: bool) -> Result<(), MachineError> {
    if revoked {
        return Err(MachineError::Revoked { kind, reason });
    }
    if expired {
        return Err(MachineError::Expired(kind));
    }
    Ok(())
}

/// A failed call to a verify endpoint: the token's fault (400, 404, 422), the configuration's
/// (401, 403), or the service's (anything else, and no answer at all).
fn api_error<E: std::fmt::Debug>(kind: TokenKind, error: &sdkgen_runtime::Error<E>) -> MachineError {
    match error.status().map(|s| s.as_u16()) {
        Some(400 | 404 | 422) => MachineError::Invalid(kind),
        Some(401 | 403) => MachineError::SecretKeyRefused,
        Some(status) => MachineError::Unavailable(format!("the Backend API answered {status}")),
        // Display redacts credentials.
        None => MachineError::Unavailable(format!("the Backend API could not be reached: {error}")),
    }
}

fn millis_to_secs(millis: f64) -> u64 {
    if millis.is_finite() && millis > 0.0 {
        (millis / 1000.0) as u64
    } else {
        0
    }
}

fn split_scopes(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_owned).collect()
}

/// A claim that is a string or a list of strings.
fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    match value? {
        Value::String(one) => Some(vec![one.clone()]),
        Value::Array(many) => Some(many.iter().filter_map(Value::as_str).map(str::to_owned).collect()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn jwt(header: Value, payload: Value) -> String {
        let part = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        format!("{}.{}.c2ln", part(&header), part(&payload))
    }

    #[test]
    fn kinds_come_from_prefixes_and_jwt_headers_and_subjects() {
        assert_eq!(TokenKind::of("mt_f7f0ba8c3b4843ce7d85fcdd5e71853e"), TokenKind::M2m);
        assert_eq!(TokenKind::of("oat_0ef5a7a33d87ed87ee7954c845d80450"), TokenKind::OAuth);
        assert_eq!(TokenKind::of("ak_3beecc9c60adb5f9b850e91a8ee1e992"), TokenKind::ApiKey);
        assert_eq!(TokenKind::of(&jwt(json!({"alg": "RS256"}), json!({"sub": "user_1", "sid": "sess_1"}))), TokenKind::Session);
        assert_eq!(TokenKind::of(&jwt(json!({"alg": "RS256"}), json!({"sub": "mch_1"}))), TokenKind::M2m);
        assert_eq!(TokenKind::of(&jwt(json!({"alg": "RS256", "cat": M2M_JWT_CATEGORY}), json!({"sub": "user_1"}))), TokenKind::M2m);
        assert_eq!(TokenKind::of(&jwt(json!({"alg": "RS256", "typ": "at+jwt"}), json!({"sub": "user_1"}))), TokenKind::OAuth);
        assert_eq!(TokenKind::of(&jwt(json!({"alg": "RS256", "typ": "application/at+jwt"}), json!({"sub": "user_1"}))), TokenKind::OAuth);
        // Not a JWT and no known prefix: nothing a machine verifier checks.
        assert_eq!(TokenKind::of("sk_test_abc"), TokenKind::Session);
        assert_eq!(TokenKind::of("a.b.c"), TokenKind::Session);
    }

    #[test]
    fn failures_say_401_or_503_and_never_echo_the_token() {
        assert_eq!(MachineError::Invalid(TokenKind::ApiKey).status(), http::StatusCode::UNAUTHORIZED);
        assert_eq!(MachineError::Revoked { kind: TokenKind::M2m, reason: Some("leaked".into()) }.to_string(), "m2m_token revoked: leaked");
        assert_eq!(MachineError::SecretKeyRefused.status(), http::StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(MachineError::Jwt { kind: TokenKind::OAuth, error: VerifyError::JwksUnavailable("down".into()) }.status(), http::StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(MachineError::Jwt { kind: TokenKind::OAuth, error: VerifyError::BadSignature }.status(), http::StatusCode::UNAUTHORIZED);
    }

    #[test]
    fn scopes_are_lists_or_space_separated() {
        assert_eq!(strings(Some(&json!(["mch_1", "mch_2"]))), Some(vec!["mch_1".to_owned(), "mch_2".to_owned()]));
        assert_eq!(strings(Some(&json!("mch_1"))), Some(vec!["mch_1".to_owned()]));
        assert_eq!(split_scopes("read  write"), ["read", "write"]);
        assert_eq!(millis_to_secs(1_753_746_916_590.0), 1_753_746_916);
    }
}
