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

/// The success value of an operation that answers with a JSON body for some statuses and
/// without one for others (e.g. `200` with the sign-in, or a `307` redirect).
#[derive(Clone, Debug)]
pub enum MaybeBody<T> {
    Body(T),
    /// A success status the spec declares without a body; its status and headers.
    Empty(NoContent),
}

impl<T> MaybeBody<T> {
    /// The body, when the response had one.
    pub fn body(&self) -> Option<&T> {
        match self {
            MaybeBody::Body(t) => Some(t),
            MaybeBody::Empty(_) => None,
        }
    }

    /// The body, when the response had one.
    pub fn into_body(self) -> Option<T> {
        match self {
            MaybeBody::Body(t) => Some(t),
            MaybeBody::Empty(_) => None,
        }
    }
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

/// A decoded success body with the status and headers of the response it came in,
/// from an operation's `send_with_response()`.
#[derive(Clone)]
pub struct Response<T> {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: T,
}

impl<T> Response<T> {
    pub fn into_body(self) -> T {
        self.body
    }

    /// The first value of header `name`, when it is valid text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub(crate) fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U> {
        Response { status: self.status, headers: self.headers, body: f(self.body) }
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Response<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &self.body)
            .finish()
    }
}

/// What a successful response decodes into.
pub trait FromResponse: Sized {
    fn from_response(response: &RawResponse) -> Result<Self, DecodeFailure>;
}

/// Why a success body did not decode.
pub struct DecodeFailure {
    pub path: String,
    pub message: String,
}

impl FromResponse for NoContent {
    fn from_response(response: &RawResponse) -> Result<Self, DecodeFailure> {
        Ok(NoContent { status: response.status, headers: response.headers.clone() })
    }
}

/// Decodes JSON, reporting the path of the first value that does not fit.
///
/// `T` is decoded straight from `serde_json` (one instantiation of its `Deserialize` per
/// type, and no path bookkeeping on the way); only on failure is the path worked out, by
/// [`json_path_at`] from the error's position, which needs no knowledge of `T`.
pub(crate) fn from_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, DecodeFailure> {
    serde_json::from_slice(body).map_err(|e| {
        let path = if e.line() == 0 { String::new() } else { json_path_at(body, e.line(), e.column()) };
        // The position is in the path now; keep the message itself.
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(at) => message[..at].to_owned(),
            None => message,
        };
        DecodeFailure { path: if path.is_empty() { ".".into() } else { path }, message }
    })
}

/// The path (`response.items[2].id`) of the value at `line`/`column` (1-based, columns in
/// bytes, as `serde_json` reports them) of a JSON text: the keys and indices of the
/// objects and arrays open there.
pub(crate) fn json_path_at(body: &[u8], line: usize, column: usize) -> String {
    enum Open {
        Object { key: Option<String> },
        Array { index: usize },
    }
    let mut open: Vec<Open> = Vec::new();
    let (mut at_line, mut at_column) = (1, 0);
    let mut i = 0;
    while i < body.len() && (at_line, at_column) < (line, column) {
        let byte = body[i];
        match byte {
            b'"' => {
                // A string: skip it, keeping it when it is an object key.
                let start = i + 1;
                let mut j = start;
                while j < body.len() && body[j] != b'"' {
                    j += if body[j] == b'\\' { 2 } else { 1 };
                }
                let end = j.min(body.len());
                let is_key = body[end.saturating_add(1).min(body.len())..].iter().find(|b| !b.is_ascii_whitespace()) == Some(&b':');
                if let (true, Some(Open::Object { key })) = (is_key, open.last_mut()) {
                    let raw = String::from_utf8_lossy(&body[start..end]);
                    *key = Some(serde_json::from_str::<String>(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.into_owned()));
                }
                at_column += end + 1 - i;
                i = end + 1;
                continue;
            }
            b'{' => open.push(Open::Object { key: None }),
            b'[' => open.push(Open::Array { index: 0 }),
            b'}' | b']' => {
                open.pop();
            }
            b',' => {
                if let Some(Open::Array { index }) = open.last_mut() {
                    *index += 1;
                }
            }
            b'\n' => {
                at_line += 1;
                at_column = 0;
                i += 1;
                continue;
            }
            _ => {}
        }
        at_column += 1;
        i += 1;
    }
    let mut path = String::new();
    for segment in &open {
        match segment {
            Open::Object { key: Some(key) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Open::Object { key: None } => {}
            Open::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A JSON success body decoded into `T`.
#[derive(Debug)]
pub(crate) struct Json<T>(pub(crate) T);

impl<T: DeserializeOwned> FromResponse for Json<T> {
    fn from_response(response: &RawResponse) -> Result<Self, DecodeFailure> {
        json_body(response).map(Json)
    }
}

/// A success body kept as bytes (binary or text responses).
#[derive(Debug)]
pub(crate) struct Raw(pub(crate) bytes::Bytes);

impl FromResponse for Raw {
    fn from_response(response: &RawResponse) -> Result<Self, DecodeFailure> {
        Ok(Raw(response.body.clone()))
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
// `Error::Api` keeps the status, headers and body inline so users can match on them
// (`Error::Api { status, body, .. }`); the size is the price of that shape.
#[allow(clippy::result_large_err)]
pub(crate) fn decode<T: FromResponse, E: DeserializeOwned>(
    response: RawResponse,
    success: &[u16],
) -> Result<Response<T>, Error<E>> {
    let status = response.status;
    let is_success = if success.is_empty() {
        status.is_success()
    } else {
        success.contains(&status.as_u16())
    };
    if is_success {
        return match T::from_response(&response) {
            // The headers move into the result: `send()` drops them as it would the raw response.
            Ok(body) => Ok(Response { status, headers: response.headers, body }),
            Err(f) => Err(Error::Decode { status, path: f.path, message: f.message, excerpt: excerpt(&response.body) }),
        };
    }
    let body = match serde_json::from_slice::<E>(&response.body) {
        Ok(typed) => ApiErrorBody::Typed(typed),
        Err(_) => ApiErrorBody::Raw(response.body),
    };
    Err(Error::Api { status, headers: response.headers, body })
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use bytes::Bytes;
    use http::HeaderValue;
    use proptest::prelude::*;
    use serde::Deserialize;

    use super::*;
    use crate::transport::RawResponse;

    /// A model shaped like generated ones: required and optional fields, nesting, a string
    /// enum with a fallback, free-form maps.
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Model {
        id: String,
        count: i64,
        #[serde(default)]
        tags: Vec<String>,
        #[serde(default)]
        nested: Option<Box<Model>>,
        status: Status,
        #[serde(default)]
        extra: BTreeMap<String, serde_json::Value>,
    }

    #[derive(Debug)]
    #[allow(dead_code)]
    enum Status {
        Active,
        Unknown(String),
    }

    impl From<&str> for Status {
        fn from(s: &str) -> Self {
            match s {
                "active" => Status::Active,
                other => Status::Unknown(other.to_owned()),
            }
        }
    }

    impl<'de> Deserialize<'de> for Status {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            crate::enums::deserialize_str(d)
        }
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct ErrorBody {
        errors: Vec<ErrorItem>,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct ErrorItem {
        message: String,
        code: String,
    }

    fn raw(status: u16, content_type: Option<&str>, body: Vec<u8>) -> RawResponse {
        let mut headers = HeaderMap::new();
        if let Some(ct) = content_type {
            if let Ok(v) = HeaderValue::from_str(ct) {
                headers.insert(http::header::CONTENT_TYPE, v);
            }
        }
        RawResponse { status: StatusCode::from_u16(status).unwrap(), headers, body: Bytes::from(body) }
    }

    const VALID: &str = r#"{"id":"user_1","count":3,"tags":["a","b"],"status":"active","nested":{"id":"user_2","count":-1,"status":"new_value"},"extra":{"k":[1,{"x":null}]}}"#;
    const VALID_ERROR: &str = r#"{"errors":[{"message":"not found","code":"resource_not_found"}]}"#;

    /// Checks what must hold for any response, whatever it decodes into.
    fn check<T: std::fmt::Debug>(status: u16, success: &[u16], result: &Result<T, Error<ErrorBody>>) {
        let is_success = if success.is_empty() { (200..300).contains(&status) } else { success.contains(&status) };
        match result {
            Ok(_) => assert!(is_success, "Ok for status {status}"),
            Err(e @ Error::Decode { status: s, excerpt, .. }) => {
                assert!(is_success);
                assert_eq!(s.as_u16(), status);
                assert!(excerpt.chars().count() <= 201);
                assert!(!e.to_string().is_empty());
            }
            Err(e @ Error::Api { status: s, .. }) => {
                assert!(!is_success);
                assert_eq!(s.as_u16(), status);
                assert!(!e.to_string().is_empty());
            }
            Err(other) => panic!("unexpected error kind: {other:?}"),
        }
        let _ = format!("{result:?}");
    }

    /// Every way the transport decodes a response.
    fn decode_all(status: u16, content_type: Option<&str>, body: Vec<u8>, success: &[u16]) {
        let r = || raw(status, content_type, body.clone());
        check(status, success, &decode::<Json<Model>, ErrorBody>(r(), success).map(|r| r.body.0));
        check(status, success, &decode::<Json<serde_json::Value>, ErrorBody>(r(), success).map(|r| r.body.0));
        check(status, success, &decode::<Json<Vec<Model>>, ErrorBody>(r(), success).map(|r| r.body.0));
        check(status, success, &decode::<NoContent, ErrorBody>(r(), success).map(|r| r.body));
        check(status, success, &decode::<Raw, ErrorBody>(r(), success).map(|r| r.body.0));
    }

    fn body() -> impl Strategy<Value = Vec<u8>> {
        let valid = || prop_oneof![Just(VALID.as_bytes().to_vec()), Just(VALID_ERROR.as_bytes().to_vec())];
        prop_oneof![
            // Random bytes, including invalid UTF-8.
            proptest::collection::vec(any::<u8>(), 0..512),
            // Truncated valid bodies.
            (valid(), any::<prop::sample::Index>()).prop_map(|(b, i)| b[..i.index(b.len() + 1)].to_vec()),
            // Valid bodies with a few bytes changed.
            (valid(), proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)).prop_map(
                |(mut b, edits)| {
                    for (i, byte) in edits {
                        let at = i.index(b.len());
                        b[at] = byte;
                    }
                    b
                }
            ),
            // Random text from JSON's alphabet: nesting, numbers out of range, odd escapes.
            "[\\[\\]{}\":,0-9eE.+\\-a-z\\\\ ]{0,200}".prop_map(String::into_bytes),
            // Whole valid bodies.
            valid(),
        ]
    }

    fn content_type() -> impl Strategy<Value = Option<&'static str>> {
        prop::sample::select(vec![
            None,
            Some("application/json"),
            Some("application/json; charset=utf-8"),
            Some("text/html"),
            Some("text/plain; charset=latin1"),
            Some("application/octet-stream"),
            Some("application/problem+json"),
        ])
    }

    fn success() -> impl Strategy<Value = &'static [u16]> {
        prop::sample::select(vec![&[][..], &[200][..], &[201, 204][..], &[302][..]])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn no_response_makes_decoding_panic(
            status in 100u16..1000,
            content_type in content_type(),
            body in body(),
            success in success(),
        ) {
            decode_all(status, content_type, body, success);
        }
    }

    #[test]
    fn valid_bodies_decode() {
        let m = decode::<Json<Model>, ErrorBody>(raw(200, Some("application/json"), VALID.into()), &[]);
        let Json(m) = m.unwrap().body;
        assert!(matches!(m.status, Status::Active));
        assert!(matches!(m.nested.unwrap().status, Status::Unknown(s) if s == "new_value"));
        let e = decode::<Json<Model>, ErrorBody>(raw(404, Some("application/json"), VALID_ERROR.into()), &[]);
        match e {
            Err(Error::Api { status, body: ApiErrorBody::Typed(b), .. }) => {
                assert_eq!(status, 404);
                assert_eq!(b.errors[0].code, "resource_not_found");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn an_error_body_that_does_not_decode_is_kept_raw() {
        let e = decode::<NoContent, ErrorBody>(raw(502, Some("text/html"), b"<html>Bad gateway</html>".to_vec()), &[]);
        match &e {
            Err(Error::Api { body: ApiErrorBody::Raw(b), .. }) => assert_eq!(&b[..], b"<html>Bad gateway</html>"),
            other => panic!("{other:?}"),
        }
        let message = e.unwrap_err().to_string();
        assert_eq!(message, "API error 502 Bad Gateway: <html>Bad gateway</html>");
        let e = decode::<NoContent, ErrorBody>(raw(500, None, Vec::new()), &[]).unwrap_err();
        assert_eq!(e.to_string(), "API error 500 Internal Server Error (empty body)");
    }

    #[test]
    fn decode_errors_name_the_path_and_say_what_came_instead() {
        let body = br#"{"id":"user_1","count":"three","status":"active"}"#.to_vec();
        let e = decode::<Json<Model>, ErrorBody>(raw(200, Some("application/json"), body), &[]).unwrap_err();
        match &e {
            Error::Decode { path, .. } => assert_eq!(path, "count"),
            other => panic!("{other:?}"),
        }
        let message = e.to_string();
        assert!(message.starts_with("response body (status 200 OK) does not match the spec at `count`: invalid type"), "{message}");
        assert!(message.contains(r#"body starts with: {"id":"user_1""#), "{message}");

        let e = decode::<Json<Model>, ErrorBody>(raw(200, Some("text/html"), b"<html>".to_vec()), &[]).unwrap_err();
        assert!(e.to_string().contains("expected JSON, got content type `text/html`"), "{e}");

        let e = decode::<Json<Model>, ErrorBody>(raw(200, Some("application/json"), Vec::new()), &[]).unwrap_err();
        assert_eq!(e.to_string(), "response body (status 200 OK) does not match the spec: expected a JSON body, got an empty body");

        let body = br#"{"id":"a","count":1,"status":"active"} trailing"#.to_vec();
        let e = decode::<Json<Model>, ErrorBody>(raw(200, None, body), &[]).unwrap_err();
        assert!(e.to_string().contains("trailing characters"), "{e}");
    }

    #[test]
    fn huge_and_deeply_nested_bodies_are_errors() {
        let mut huge = VALID.as_bytes().to_vec();
        huge.resize(8 * 1024 * 1024, b' ');
        huge.push(b'x');
        decode_all(200, Some("application/json"), huge, &[]);
        let deep = vec![b'['; 1_000_000];
        let e = decode::<Json<serde_json::Value>, ErrorBody>(raw(200, None, deep.clone()), &[]).unwrap_err();
        assert!(e.to_string().contains("recursion limit"), "{e}");
        decode_all(200, None, deep.clone(), &[]);
        decode_all(400, None, deep, &[]);
    }

    #[test]
    fn unexpected_success_statuses_are_api_errors() {
        // The spec says 201; a 200 is not silently decoded as if it were.
        let e = decode::<Json<Model>, ErrorBody>(raw(200, None, VALID.into()), &[201]).unwrap_err();
        assert!(matches!(e, Error::Api { status, .. } if status == 200));
        // A redirect the spec declares as the result is a success.
        let ok = decode::<NoContent, ErrorBody>(raw(302, None, Vec::new()), &[302]).unwrap();
        assert_eq!(ok.status, 302);
        assert_eq!(ok.body.status, 302);
    }
}

#[cfg(test)]
mod path_tests {
    use serde::Deserialize;

    use super::from_json;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        count: i64,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Page {
        note: Option<String>,
        items: Vec<Item>,
        nested: Option<Box<Page>>,
    }

    /// The path `serde_path_to_error` reports, for comparison.
    fn tracked_path(json: &str) -> String {
        let de = &mut serde_json::Deserializer::from_str(json);
        match serde_path_to_error::deserialize::<_, Page>(de) {
            Err(e) => e.path().to_string(),
            Ok(_) => panic!("{json} decodes"),
        }
    }

    #[test]
    fn the_path_comes_from_the_error_position_like_path_tracking_would_give() {
        for json in [
            r#"{"items": [{"id": "a", "count": 1}, {"id": "b", "count": "two"}]}"#,
            r#"{"note": "x:\"{[,", "items": [{"id": 5, "count": 1}]}"#,
            "{\n  \"items\": [],\n  \"nested\": {\"items\": [{\"count\": 1, \"id\": null}]}\n}",
            r#"{"items": [{"id": "a"}]}"#,
            r#"{"nested": {"note": "n"}, "items": []}"#,
            r#"{"items": {"id": "a"}}"#,
            r#"{"items": [], "note": 7}"#,
        ] {
            let failure = from_json::<Page>(json.as_bytes()).unwrap_err();
            assert_eq!(failure.path, tracked_path(json), "{json}: {}", failure.message);
            assert!(!failure.message.contains(" at line "), "{}", failure.message);
        }
    }

    #[test]
    fn syntax_errors_and_trailing_data_fail_too() {
        for json in ["", "{", r#"{"items": []} x"#, "[1, 2"] {
            assert!(from_json::<Page>(json.as_bytes()).is_err(), "{json}");
        }
    }
}
