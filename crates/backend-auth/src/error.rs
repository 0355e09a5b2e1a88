//! Why a session token was refused.

use std::fmt;

/// A session token that did not verify, or could not be checked.
///
/// [`VerifyError::is_server_error`] tells the two apart: a bad token is the caller's problem
/// (answer 401), an unavailable JWKS is yours (answer 503 and retry).
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum VerifyError {
    /// No token in the request (`Authorization: Bearer` or the `__session` cookie).
    Missing,
    /// Not a JWT, an algorithm other than RS256, or claims of the wrong shape.
    Malformed(String),
    /// The signature does not match the key the token names.
    BadSignature,
    /// The token names a key (`kid`) the instance's JWKS does not have.
    UnknownKey(String),
    /// `exp` (plus the allowed clock skew) has passed.
    Expired,
    /// `nbf` or `iat` is in the future (beyond the allowed clock skew).
    NotYetValid,
    /// `iss` is not the expected issuer.
    WrongIssuer(String),
    /// `azp` is not one of the authorized parties.
    UnauthorizedParty(String),
    /// The JWKS could not be fetched and no cached key can be used.
    JwksUnavailable(String),
    /// A machine token (M2M, OAuth access token, API key) where a session token was expected;
    /// [`crate::MachineVerifier`] checks those.
    NotASessionToken(crate::TokenKind),
    /// A valid token of a pending session (`sts: pending`: tasks left, such as choosing an
    /// organization), which the layer does not count as signed in unless told to
    /// (`ClerkAuthLayer::allow_pending`), as Clerk's own backend SDKs treat it.
    SessionPending,
}

/// A refused token answers 401; a token that could not be checked, because something on the
/// server's side failed, 503 (retry later).
pub(crate) fn refusal_status(server_error: bool) -> http::StatusCode {
    if server_error {
        http::StatusCode::SERVICE_UNAVAILABLE
    } else {
        http::StatusCode::UNAUTHORIZED
    }
}

impl VerifyError {
    /// Whether the failure is on the server's side (answer 5xx), not the token's (answer 401).
    pub fn is_server_error(&self) -> bool {
        matches!(self, VerifyError::JwksUnavailable(_))
    }

    /// The HTTP status to answer with: 401, or 503 when the keys are unavailable.
    pub fn status(&self) -> http::StatusCode {
        refusal_status(self.is_server_error())
    }

    /// A short reason, safe to send to the client (it never contains the token).
    pub fn reason(&self) -> &'static str {
        match self {
            VerifyError::Missing => "missing session token",
            VerifyError::Malformed(_) => "malformed session token",
            VerifyError::BadSignature => "invalid signature",
            VerifyError::UnknownKey(_) => "unknown signing key",
            VerifyError::Expired => "session token expired",
            VerifyError::NotYetValid => "session token not yet valid",
            VerifyError::WrongIssuer(_) => "wrong issuer",
            VerifyError::UnauthorizedParty(_) => "unauthorized party",
            VerifyError::JwksUnavailable(_) => "signing keys unavailable",
            VerifyError::NotASessionToken(_) => "not a session token",
            VerifyError::SessionPending => "session pending",
        }
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyError::Malformed(why) => write!(f, "malformed session token: {why}"),
            VerifyError::UnknownKey(kid) => write!(f, "unknown signing key {kid:?}"),
            VerifyError::WrongIssuer(iss) => write!(f, "wrong issuer {iss:?}"),
            VerifyError::UnauthorizedParty(azp) => write!(f, "unauthorized party {azp:?}"),
            VerifyError::JwksUnavailable(why) => write!(f, "signing keys unavailable: {why}"),
            VerifyError::NotASessionToken(kind) => write!(f, "not a session token but a {kind}"),
            other => f.write_str(other.reason()),
        }
    }
}

impl std::error::Error for VerifyError {}
