//! Turning a raw response into the operation's typed result.

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{ApiErrorBody, Error};
use crate::redact::{excerpt, RedactedHeaders};
use crate::transport::RawResponse;

/// The success value of an operation whose spec declares no response body
/// (e.g. a `204`, or a redirect whose `Location` is the result).
#[derive(Clone)]
pub struct NoContent {
    pub status: StatusCode,
    pub headers: HeaderMap,
}

impl std::fmt::Debug for NoContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NoContent")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .finish()
    }
}

impl NoContent {
    /// The `Location` header of a redirect response, if any.
    pub fn location(&self) -> Option<&str> {
        self.headers.get(http::header::LOCATION).and_then(|v| v.to_str().ok())
    }
}

/// What a successful response decodes into.
pub trait FromResponse: Sized {
    fn from_response(response: RawResponse) -> Result<Self, DecodeFailure>;
}

/// Why a success body did not decode.
pub struct DecodeFailure {
    pub path: String,
    pub message: String,
}

impl FromResponse for NoContent {
    fn from_response(response: RawResponse) -> Result<Self, DecodeFailure> {
        Ok(NoContent { status: response.status, headers: response.headers })
    }
}

/// Decodes JSON, reporting the path of the first value that does not fit.
pub(crate) fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeFailure> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| DecodeFailure {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })?;
    de.end().map_err(|e| DecodeFailure { path: ".".into(), message: e.to_string() })?;
    Ok(value)
}

/// A JSON success body decoded into `T`.
pub(crate) struct Json<T>(pub(crate) T);

impl<T: DeserializeOwned> FromResponse for Json<T> {
    fn from_response(response: RawResponse) -> Result<Self, DecodeFailure> {
        json_body(&response).map(Json)
    }
}

/// A success body kept as bytes (binary or text responses).
pub(crate) struct Raw(pub(crate) bytes::Bytes);

impl FromResponse for Raw {
    fn from_response(response: RawResponse) -> Result<Self, DecodeFailure> {
        Ok(Raw(response.body))
    }
}

/// Decodes a JSON success body; when it does not decode, says what the response was instead
/// (empty, or another content type) so the message is useful on its own.
pub(crate) fn json_body<T: DeserializeOwned>(response: &RawResponse) -> Result<T, DecodeFailure> {
    from_json(&response.body).map_err(|mut failure| {
        let content_type = response
            .headers
            .get(http::header::CONTENT_TYPE)
            .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
        if response.body.is_empty() {
            failure.path = String::new();
            failure.message = "expected a JSON body, got an empty body".into();
        } else if let Some(ct) = content_type.filter(|ct| !ct.to_ascii_lowercase().contains("json")) {
            failure.message = format!("expected JSON, got content type `{ct}`: {}", failure.message);
        }
        failure
    })
}

/// Splits a response into success (`T`) or API error (`E`).
pub(crate) fn decode<T: FromResponse, E: DeserializeOwned>(
    response: RawResponse,
    success: &[u16],
) -> Result<T, Error<E>> {
    let status = response.status;
    let is_success = if success.is_empty() {
        status.is_success()
    } else {
        success.contains(&status.as_u16())
    };
    if is_success {
        let body_excerpt = excerpt(&response.body);
        return T::from_response(response).map_err(|f| Error::Decode {
            status,
            path: f.path,
            message: f.message,
            excerpt: body_excerpt,
        });
    }
    let body = match serde_json::from_slice::<E>(&response.body) {
        Ok(typed) => ApiErrorBody::Typed(typed),
        Err(_) => ApiErrorBody::Raw(response.body),
    };
    Err(Error::Api { status, headers: response.headers, body })
}
