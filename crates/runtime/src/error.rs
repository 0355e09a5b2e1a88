//! The one error type every generated operation returns.

use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, StatusCode};

use crate::redact::{excerpt, RedactedHeaders};

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
///
/// `Debug` and `Display` never show credentials: sensitive response headers
/// (`Set-Cookie`, `Authorization`, ...) and sensitive-looking values in quoted
/// bodies are redacted.
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
    /// The response had a success status but its body does not match the spec
    /// (not JSON, wrong shape, or larger than the configured limit).
    Decode {
        status: StatusCode,
        /// JSON path of the offending value, e.g. `response.sign_in.status`;
        /// empty when the body as a whole is the problem.
        path: String,
        message: String,
        /// The first characters of the body (secrets redacted), for diagnosis.
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

    /// The response headers of an API error (e.g. to read a request id or `Retry-After`).
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api { headers, .. } => Some(headers),
            _ => None,
        }
    }

    /// Whether the call failed because a timeout elapsed.
    pub fn is_timeout(&self) -> bool {
        matches!(self, Error::Timeout)
    }
}

impl<E: fmt::Debug> fmt::Debug for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { status, headers, body } => f
                .debug_struct("Api")
                .field("status", status)
                .field("headers", &RedactedHeaders(headers))
                .field("body", body)
                .finish(),
            Error::Transport(e) => f.debug_tuple("Transport").field(e).finish(),
            Error::Timeout => f.write_str("Timeout"),
            Error::Decode { status, path, message, excerpt } => f
                .debug_struct("Decode")
                .field("status", status)
                .field("path", path)
                .field("message", message)
                .field("excerpt", excerpt)
                .finish(),
            Error::InvalidRequest(m) => f.debug_tuple("InvalidRequest").field(m).finish(),
        }
    }
}

/// A failure before a response could be decoded; part of every [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SendError {
    Transport(reqwest::Error),
    Timeout,
    InvalidRequest(String),
    /// The response body is larger than the transport's limit; it was not read.
    ResponseTooLarge { status: StatusCode, limit: usize },
}

impl<E> From<SendError> for Error<E> {
    fn from(error: SendError) -> Self {
        match error {
            SendError::Transport(e) => Error::Transport(e),
            SendError::Timeout => Error::Timeout,
            SendError::InvalidRequest(m) => Error::InvalidRequest(m),
            SendError::ResponseTooLarge { status, limit } => Error::Decode {
                status,
                path: String::new(),
                message: too_large(limit),
                excerpt: String::new(),
            },
        }
    }
}

fn too_large(limit: usize) -> String {
    format!("the body is larger than the limit of {limit} bytes")
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SendError::Transport(e) => write_transport(f, e),
            SendError::Timeout => f.write_str("the request timed out"),
            SendError::InvalidRequest(m) => write!(f, "invalid request: {m}"),
            SendError::ResponseTooLarge { status, limit } => {
                write!(f, "response body (status {status}) rejected: {}", too_large(*limit))
            }
        }
    }
}

impl std::error::Error for SendError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SendError::Transport(e) => Some(e),
            _ => None,
        }
    }
}

/// A transport error with its chain of causes ("connection refused" is usually in a source).
fn write_transport(f: &mut fmt::Formatter<'_>, e: &reqwest::Error) -> fmt::Result {
    write!(f, "transport error: {e}")?;
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        write!(f, ": {s}")?;
        source = s.source();
    }
    Ok(())
}

impl<E: fmt::Debug> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api { status, body, .. } => match body {
                ApiErrorBody::Typed(e) => write!(f, "API error {status}: {e:?}"),
                ApiErrorBody::Raw(b) if b.is_empty() => write!(f, "API error {status} (empty body)"),
                ApiErrorBody::Raw(b) => write!(f, "API error {status}: {}", excerpt(b)),
            },
            Error::Transport(e) => write_transport(f, e),
            Error::Timeout => f.write_str("the request timed out"),
            Error::Decode { status, path, message, excerpt } => {
                write!(f, "response body (status {status}) does not match the spec")?;
                if !path.is_empty() && path != "." {
                    write!(f, " at `{path}`")?;
                }
                write!(f, ": {message}")?;
                if !excerpt.is_empty() {
                    write!(f, "; body starts with: {excerpt}")?;
                }
                Ok(())
            }
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
