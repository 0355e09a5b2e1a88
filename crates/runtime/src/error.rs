//! The one error type every generated operation returns.

use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

/// The body of an error response: the type the spec declares for that
/// status when it decodes, else the raw bytes.
#[derive(Clone)]
pub enum ApiErrorBody<E> {
    Typed(E),
    Raw(Bytes),
}

impl<E: fmt::Debug> fmt::Debug for ApiErrorBody<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiErrorBody::Typed(e) => f.debug_tuple("Typed").field(e).finish(),
            ApiErrorBody::Raw(b) => f.debug_tuple("Raw").field(&excerpt(b)).finish(),
        }
    }
}

/// Everything that can go wrong with a call. `E` is the error body type the
/// spec declares for the operation (e.g. `ClerkErrors`).
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The API answered with a status the operation does not treat as success.
    Api {
        status: StatusCode,
        headers: HeaderMap,
        body: ApiErrorBody<E>,
    },
    /// The request could not be sent or the response not read (DNS, TLS, connection reset...).
    Transport(reqwest::Error),
    /// The request or connect timeout elapsed.
    Timeout,
    /// The response had a success status but its body does not match the spec.
    Decode {
        status: StatusCode,
        /// JSON path of the offending value, e.g. `response.sign_in.status`.
        path: String,
        message: String,
        /// The first bytes of the body, for diagnosis.
        excerpt: String,
    },
    /// The request could not be built from what the caller gave (e.g. a bad base URL).
    InvalidRequest(String),
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api { status, .. } | Error::Decode { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The typed error body, when the server answered with one the spec declares.
    pub fn api_body(&self) -> Option<&E> {
        match self {
            Error::Api { body: ApiErrorBody::Typed(e), .. } => Some(e),
            _ => None,
        }
    }
}

/// A failure before any response arrived; part of every [`Error`].
#[derive(Debug)]
pub enum SendError {
    Transport(reqwest::Error),
    Timeout,
    InvalidRequest(String),
}

impl<E> From<SendError> for Error<E> {
    fn from(error: SendError) -> Self {
        match error {
            SendError::Transport(e) => Error::Transport(e),
            SendError::Timeout => Error::Timeout,
            SendError::InvalidRequest(m) => Error::InvalidRequest(m),
        }
    }
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::Transport(e) => write!(f, "transport error: {e}"),
            SendError::Timeout => f.write_str("the request timed out"),
            SendError::InvalidRequest(m) => write!(f, "invalid request: {m}"),
        }
    }
}

impl std::error::Error for SendError {}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { status, body, .. } => match body {
                ApiErrorBody::Typed(e) => write!(f, "API error {status}: {e:?}"),
                ApiErrorBody::Raw(b) => write!(f, "API error {status}: {}", excerpt(b)),
            },
            Error::Transport(e) => {
                write!(f, "transport error: {e}")?;
                let mut source = std::error::Error::source(e);
                while let Some(s) = source {
                    write!(f, ": {s}")?;
                    source = s.source();
                }
                Ok(())
            }
            Error::Timeout => f.write_str("the request timed out"),
            Error::Decode { status, path, message, excerpt } => write!(
                f,
                "response body (status {status}) does not match the spec at `{path}`: {message}; body starts with: {excerpt}"
            ),
            Error::InvalidRequest(m) => write!(f, "invalid request: {m}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Transport(e) => Some(e),
            _ => None,
        }
    }
}

/// At most 200 characters of a body, lossily decoded, for messages.
pub(crate) fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 200;
    let text = String::from_utf8_lossy(&body[..body.len().min(MAX * 4)]);
    let mut out: String = text.chars().take(MAX).collect();
    if out.len() < text.len() || body.len() > MAX * 4 {
        out.push('…');
    }
    out
}
