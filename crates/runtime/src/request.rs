//! The description of one request, as generated code builds it.

use std::fmt;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use reqwest::Method;
use serde::Serialize;

use crate::redact::RedactedParams;

/// Characters left as they are in a path segment (RFC 3986 unreserved).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

/// Percent-encodes a path parameter so it stays one segment.
pub fn encode_path_segment(value: &str) -> String {
    utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

/// How a map-valued query parameter is written (OpenAPI's `style` and `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapStyle {
    /// `deepObject`: `name[key]=value`.
    DeepObject,
    /// `form`, exploded: `key=value`.
    Exploded,
    /// `form`, not exploded: `name=key,value,key2,value2`.
    Joined,
}

/// A JSON value as query text: a string as itself (no quotes), `null` as nothing, anything else
/// as its JSON text. For parameters the spec gives no type.
pub struct ValueText<'a>(pub &'a serde_json::Value);

impl fmt::Display for ValueText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            serde_json::Value::String(s) => f.write_str(s),
            serde_json::Value::Null => Ok(()),
            other => write!(f, "{other}"),
        }
    }
}

/// The JSON text of a path parameter described as `application/json` content. The generated
/// types always serialise (maps have string keys); were one not to, the segment is `null`.
pub fn json_text<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned())
}

/// A request body, already encoded as the operation's content type requires.
#[derive(Clone, Default)]
pub enum RequestBody {
    #[default]
    Empty,
    /// `application/json`
    Json(Bytes),
    /// `application/x-www-form-urlencoded`
    Form(Bytes),
    /// `multipart/form-data`
    Multipart(Multipart),
    /// Raw bytes with their content type (e.g. `application/octet-stream`).
    Bytes { data: Bytes, content_type: &'static str },
}

impl fmt::Debug for RequestBody {
    // Bodies carry passwords and codes: never print their contents.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestBody::Empty => f.write_str("Empty"),
            RequestBody::Json(b) => write!(f, "Json(<{} bytes>)", b.len()),
            RequestBody::Form(b) => write!(f, "Form(<{} bytes>)", b.len()),
            RequestBody::Multipart(m) => write!(f, "Multipart(<{} parts>)", m.parts.len()),
            RequestBody::Bytes { data, content_type } => {
                write!(f, "Bytes(<{} bytes of {content_type}>)", data.len())
            }
        }
    }
}

/// A file for a `multipart/form-data` field: bytes in memory or a stream, and
/// optionally the file name and content type the server sees.
///
/// Bytes can be sent again when a request is retried. A stream is read once:
/// a retry after it was consumed fails with [`crate::Error::InvalidRequest`].
#[derive(Clone)]
pub struct FilePart {
    data: FileData,
    pub file_name: Option<String>,
    pub content_type: Option<String>,
}

#[derive(Clone)]
enum FileData {
    Bytes(Bytes),
    /// Taken by the first attempt that sends it.
    Stream(Arc<Mutex<Option<reqwest::Body>>>),
}

impl fmt::Debug for FilePart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let data = match &self.data {
            FileData::Bytes(b) => format!("<{} bytes>", b.len()),
            FileData::Stream(_) => "<stream>".to_owned(),
        };
        f.debug_struct("FilePart")
            .field("data", &format_args!("{data}"))
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl FilePart {
    /// A file from bytes in memory.
    pub fn new(data: impl Into<Bytes>) -> Self {
        FilePart { data: FileData::Bytes(data.into()), file_name: None, content_type: None }
    }

    /// A file read from a stream of chunks (e.g. `tokio_util::io::ReaderStream` over a
    /// `tokio::fs::File`) as the request is sent, without loading it into memory.
    pub fn from_stream<S>(stream: S) -> Self
    where
        S: futures::TryStream + Send + 'static,
        S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
        Bytes: From<S::Ok>,
    {
        let body = reqwest::Body::wrap_stream(stream);
        FilePart { data: FileData::Stream(Arc::new(Mutex::new(Some(body)))), file_name: None, content_type: None }
    }

    pub fn file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    pub fn content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }

    /// The bytes, for a file made from bytes; `None` for a stream.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.data {
            FileData::Bytes(b) => Some(b),
            FileData::Stream(_) => None,
        }
    }

    fn to_part(&self) -> Result<reqwest::multipart::Part, String> {
        let part = match &self.data {
            FileData::Bytes(b) => reqwest::multipart::Part::stream(b.clone()),
            FileData::Stream(slot) => {
                let body = slot.lock().map_err(|_| "file stream lock poisoned".to_owned())?.take();
                let body = body.ok_or("a streamed file can be sent once; an earlier attempt consumed it")?;
                reqwest::multipart::Part::stream(body)
            }
        };
        let part = match &self.file_name {
            Some(name) => part.file_name(name.clone()),
            None => part,
        };
        match &self.content_type {
            Some(content_type) => part.mime_str(content_type).map_err(|_| format!("invalid content type {content_type:?}")),
            None => Ok(part),
        }
    }
}

impl FilePart {
    /// Whether the file can be sent again (bytes can; a stream is read once).
    pub(crate) fn is_replayable(&self) -> bool {
        matches!(self.data, FileData::Bytes(_))
    }
}

impl From<Vec<u8>> for FilePart {
    fn from(data: Vec<u8>) -> Self {
        FilePart::new(data)
    }
}

impl From<Bytes> for FilePart {
    fn from(data: Bytes) -> Self {
        FilePart::new(data)
    }
}

impl From<&'static [u8]> for FilePart {
    fn from(data: &'static [u8]) -> Self {
        FilePart::new(data)
    }
}

#[derive(Clone)]
pub(crate) enum PartValue {
    Text(String),
    File(FilePart),
}

impl fmt::Debug for PartValue {
    // Text parts may be passwords or codes: never print them.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartValue::Text(t) => write!(f, "Text(<{} bytes>)", t.len()),
            PartValue::File(file) => file.fmt(f),
        }
    }
}

/// A `multipart/form-data` body. Kept as plain data (not a `reqwest` form)
/// so that a retry can send it again.
#[derive(Clone, Debug, Default)]
pub struct Multipart {
    pub(crate) parts: Vec<(&'static str, PartValue)>,
}

impl Multipart {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn text(&mut self, name: &'static str, value: impl fmt::Display) {
        self.parts.push((name, PartValue::Text(value.to_string())));
    }
    pub fn file(&mut self, name: &'static str, file: &FilePart) {
        self.parts.push((name, PartValue::File(file.clone())));
    }

    /// Whether every part can be sent again, as a retry needs.
    pub(crate) fn is_replayable(&self) -> bool {
        self.parts.iter().all(|(_, part)| match part {
            PartValue::Text(_) => true,
            PartValue::File(file) => file.is_replayable(),
        })
    }

    pub(crate) fn to_form(&self) -> Result<reqwest::multipart::Form, String> {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in &self.parts {
            form = match value {
                PartValue::Text(text) => form.text(*name, text.clone()),
                PartValue::File(file) => form.part(*name, file.to_part()?),
            };
        }
        Ok(form)
    }
}

/// One request of one operation, fully described and not yet sent.
///
/// Its `Debug` output shows no secrets: cookie values, the values of headers and
/// query parameters with sensitive names, and bodies are redacted.
#[derive(Clone)]
pub struct RequestSpec {
    /// The spec's `operationId`, for tracing.
    pub operation_id: &'static str,
    pub method: Method,
    /// The path as the spec writes it, e.g. `/v1/client/sign_ins/{sign_in_id}` (safe to log).
    pub path_template: &'static str,
    /// The path with parameters filled in and encoded.
    pub path: String,
    /// Names are owned where a map's keys make them (`metadata[plan]`).
    pub query: Vec<(std::borrow::Cow<'static, str>, String)>,
    pub headers: Vec<(&'static str, String)>,
    pub cookies: Vec<(&'static str, String)>,
    pub body: RequestBody,
    /// Alternatives of security schemes (the spec's `security`): the first
    /// alternative whose credentials are all configured is applied. An empty
    /// alternative means "no authentication needed".
    pub security: &'static [&'static [&'static str]],
    /// The statuses the spec lists as success; empty means any 2xx.
    pub success: &'static [u16],
    /// Set when encoding a part of the request failed; `send` reports it.
    pub(crate) invalid: Option<String>,
}

impl fmt::Debug for RequestSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RequestSpec")
            .field("operation_id", &self.operation_id)
            .field("method", &self.method)
            .field("path_template", &self.path_template)
            .field("path", &self.path)
            .field("query", &RedactedParams { params: &self.query, all: false })
            .field("headers", &RedactedParams { params: &self.headers, all: false })
            .field("cookies", &RedactedParams { params: &self.cookies, all: true })
            .field("body", &self.body)
            .field("security", &self.security)
            .field("success", &self.success)
            .field("invalid", &self.invalid)
            .finish()
    }
}

impl RequestSpec {
    pub fn new(
        operation_id: &'static str,
        method: Method,
        path_template: &'static str,
        path: String,
    ) -> Self {
        RequestSpec {
            operation_id,
            method,
            path_template,
            path,
            query: Vec::new(),
            headers: Vec::new(),
            cookies: Vec::new(),
            body: RequestBody::Empty,
            security: &[],
            success: &[],
            invalid: None,
        }
    }

    pub fn security(mut self, security: &'static [&'static [&'static str]]) -> Self {
        self.security = security;
        self
    }

    pub fn success(mut self, statuses: &'static [u16]) -> Self {
        self.success = statuses;
        self
    }

    /// Adds a query parameter.
    pub fn query(&mut self, name: &'static str, value: impl fmt::Display) {
        self.query.push((name.into(), value.to_string()));
    }

    /// Adds an array query parameter, one `name=value` pair per item (`form`, `explode: true`).
    pub fn query_exploded<V: fmt::Display>(&mut self, name: &'static str, values: &[V]) {
        for value in values {
            self.query(name, value);
        }
    }

    /// Adds an array query parameter as one value joined by `separator`
    /// (`spaceDelimited`, `pipeDelimited`, or `form` with `explode: false`).
    pub fn query_joined<V: fmt::Display>(&mut self, name: &'static str, values: &[V], separator: &str) {
        let joined = values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(separator);
        self.query(name, joined);
    }

    /// Adds a map-valued query parameter (keys known only at run time) in `style`.
    pub fn query_map<K: AsRef<str>, V: fmt::Display>(&mut self, name: &'static str, entries: impl IntoIterator<Item = (K, V)>, style: MapStyle) {
        let mut joined = Vec::new();
        for (key, value) in entries {
            match style {
                MapStyle::DeepObject => self.query.push((format!("{name}[{}]", key.as_ref()).into(), value.to_string())),
                MapStyle::Exploded => self.query.push((key.as_ref().to_owned().into(), value.to_string())),
                MapStyle::Joined => joined.extend([key.as_ref().to_owned(), value.to_string()]),
            }
        }
        if style == MapStyle::Joined && !joined.is_empty() {
            self.query(name, joined.join(","));
        }
    }

    /// Adds a query parameter whose value has no standard query serialisation (a list of
    /// objects, nested objects) as its JSON text, the way APIs that take such parameters read it.
    pub fn query_json<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        match serde_json::to_string(value) {
            Ok(json) => self.query.push((name.into(), json)),
            Err(e) => self.invalid = Some(format!("cannot encode query parameter {name} as JSON: {e}")),
        }
    }

    /// Adds a header whose value is described as `application/json` content: its JSON text.
    pub fn header_json<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        match serde_json::to_string(value) {
            Ok(json) => self.headers.push((name, json)),
            Err(e) => self.invalid = Some(format!("cannot encode header {name} as JSON: {e}")),
        }
    }

    /// Adds a cookie whose value is described as `application/json` content: its JSON text.
    pub fn cookie_json<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        match serde_json::to_string(value) {
            Ok(json) => self.cookies.push((name, json)),
            Err(e) => self.invalid = Some(format!("cannot encode cookie {name} as JSON: {e}")),
        }
    }

    /// Sets a header, replacing any of that name the request already has (`Accept` for a stream).
    pub fn set_header(&mut self, name: &'static str, value: impl fmt::Display) {
        self.headers.retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
        self.headers.push((name, value.to_string()));
    }

    pub fn header(&mut self, name: &'static str, value: impl fmt::Display) {
        self.headers.push((name, value.to_string()));
    }

    pub fn cookie(&mut self, name: &'static str, value: impl fmt::Display) {
        self.cookies.push((name, value.to_string()));
    }

    /// Sets a JSON body.
    pub fn json<T: Serialize + ?Sized>(&mut self, body: &T) {
        match serde_json::to_vec(body) {
            Ok(bytes) => self.body = RequestBody::Json(bytes.into()),
            Err(e) => self.invalid = Some(format!("cannot encode the JSON body: {e}")),
        }
    }

    /// Sets an `application/x-www-form-urlencoded` body. Arrays become
    /// repeated keys (`key=a&key=b`), the way form APIs expect them; objects their JSON text.
    pub fn form<T: Serialize + ?Sized>(&mut self, body: &T) {
        match crate::form::encode(body) {
            Ok(text) => self.body = RequestBody::Form(Bytes::from(text)),
            Err(e) => self.invalid = Some(format!("cannot encode the form body: {e}")),
        }
    }

    pub fn multipart(&mut self, form: Multipart) {
        self.body = RequestBody::Multipart(form);
    }

    pub fn bytes(&mut self, data: impl Into<Bytes>, content_type: &'static str) {
        self.body = RequestBody::Bytes { data: data.into(), content_type };
    }
}

// A `FilePart` is a field of generated multipart body types, which derive
// serde; in a multipart body it is sent as a file part. The same type can also
// be sent as JSON by another operation (a spec that offers one schema both
// ways), where JSON has no bytes: there it is a string, its bytes read as
// UTF-8, as `binary_text` writes raw bytes.
impl serde::Serialize for FilePart {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.data {
            FileData::Bytes(b) => serializer.serialize_str(&String::from_utf8_lossy(b)),
            FileData::Stream(_) => Err(serde::ser::Error::custom("a streamed file has no bytes to serialise")),
        }
    }
}

impl<'de> serde::Deserialize<'de> for FilePart {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: String = serde::Deserialize::deserialize(deserializer)?;
        Ok(FilePart::new(text.into_bytes()))
    }
}

impl PartialEq for FilePart {
    fn eq(&self, other: &Self) -> bool {
        let same_data = match (&self.data, &other.data) {
            (FileData::Bytes(a), FileData::Bytes(b)) => a == b,
            (FileData::Stream(a), FileData::Stream(b)) => Arc::ptr_eq(a, b),
            _ => false,
        };
        same_data && self.file_name == other.file_name && self.content_type == other.content_type
    }
}

#[cfg(test)]
mod tests {
    use super::FilePart;

    #[test]
    fn a_file_part_in_json_is_its_text() {
        let part = FilePart::new(b"hello".to_vec());
        let json = serde_json::to_string(&part).expect("serialises");
        assert_eq!(json, "\"hello\"");
        let back: FilePart = serde_json::from_str(&json).expect("deserialises");
        assert_eq!(back, part);
    }
}
