//! Check Clerk session tokens and webhooks on the server, before anything else.
//!
//! - [`Verifier`]: verifies a session token (RS256 against the instance's keys, `exp`/`nbf`/
//!   `iat` with a clock skew, `iss`, `azp`) and returns its [`Claims`]. Keys come from the
//!   Backend API (secret key), the Frontend API's public JWKS, or a PEM key (no network), and
//!   are cached ([`KeySource`]).
//! - [`MachineVerifier`]: verifies the tokens machines present, M2M tokens, OAuth access
//!   tokens and API keys ([`machine`]): JWTs locally, opaque tokens through the Backend API.
//! - [`session_token`]: the token of a request, from `Authorization: Bearer` or the
//!   `__session` cookie.
//! - [`webhook`]: Svix signatures of Clerk webhooks, and their events.
//! - With the `axum` feature, [`layer`]: a tower `Layer` that verifies each request and an
//!   axum extractor for the claims.
//! - With the `testing` feature, [`testing`]: a signing key of your own and session tokens
//!   with the claims you choose, to test your handlers with real verification.

mod claims;
mod error;
mod jwks;
#[cfg(feature = "axum")]
pub mod layer;
pub mod machine;
#[cfg(feature = "testing")]
pub mod testing;
mod verify;
pub mod webhook;

pub use claims::{Claims, FactorAge, FactorLevel, OrganizationClaims, SessionStatus};
pub use error::VerifyError;
pub use jwks::KeySource;
pub use machine::{MachineError, MachineToken, MachineVerifier, TokenKind};
pub use verify::{Clock, Verifier, VerifierBuilder};

pub use clerk_backend_api;

/// The session token of a request: `Authorization: Bearer <token>`, else the `__session` cookie.
pub fn session_token(headers: &http::HeaderMap) -> Option<&str> {
    let bearer = headers
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .filter(|t| !t.is_empty());
    bearer.or_else(|| {
        headers
            .get_all(http::header::COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .find(|(name, _)| *name == "__session")
            .map(|(_, value)| value.trim())
            .filter(|t| !t.is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_comes_from_the_bearer_header_or_the_session_cookie() {
        let mut headers = http::HeaderMap::new();
        assert_eq!(session_token(&headers), None);
        headers.insert(http::header::COOKIE, "theme=dark; __session=from-cookie; other=1".parse().unwrap());
        assert_eq!(session_token(&headers), Some("from-cookie"));
        headers.insert(http::header::AUTHORIZATION, "Bearer from-header".parse().unwrap());
        assert_eq!(session_token(&headers), Some("from-header"));
        headers.insert(http::header::AUTHORIZATION, "Basic abc".parse().unwrap());
        assert_eq!(session_token(&headers), Some("from-cookie"));
    }
}
