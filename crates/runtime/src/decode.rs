//! Turning a raw response into the operation's typed result.

use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;

use crate::error::{excerpt, ApiErrorBody, Error};
use crate::transport::RawResponse;

/// The success value of an operation whose spec declares no response body
/// (e.g. a `204`, or a redirect whose `Location` is the result).
#[derive(Debug, Clone)]
pub struct NoContent {
    pub status: StatusCode,
    pub headers: HeaderMap,
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
