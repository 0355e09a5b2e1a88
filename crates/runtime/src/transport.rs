//! Sending requests: base URL, credentials, timeouts, retries, tracing.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use bytes::{Bytes, BytesMut};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use serde::de::DeserializeOwned;
use tracing::Instrument;

use crate::auth::{Credential, CredentialSlot, CredentialSource, SchemeKind, SecurityScheme};
use crate::decode::{decode, FromResponse, Json, MaybeBody, NoContent, Raw, Response};
use crate::error::{Error, SendError};
use crate::redact::RedactedHeaders;
use crate::request::{RequestBody, RequestSpec};
use crate::retry::{with_retries, Failure, Retried, RetryConfig, RetryEnv};

/// The largest response body read by default (64 MiB); see [`TransportBuilder::max_response_size`].
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = 64 * 1024 * 1024;

/// A hook that sees (and may change) every request right before it is sent.
pub type RequestHook = Arc<dyn Fn(&mut reqwest::Request) + Send + Sync>;

/// A hook that sees every response as it comes off the wire (every attempt, any status),
/// before it is decoded: to pick up rotated credentials or state a server piggybacks.
pub type ResponseHook = Arc<dyn Fn(&RawResponse) + Send + Sync>;

/// A response as it came off the wire.
#[derive(Clone)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("headers", &RedactedHeaders(&self.headers))
            .field("body", &format_args!("<{} bytes>", self.body.len()))
            .finish()
    }
}

/// Configures a [`Transport`]. Generated clients wrap this in their own builder.
pub struct TransportBuilder {
    base_url: String,
    schemes: &'static [SecurityScheme],
    credentials: Vec<(&'static str, CredentialSlot)>,
    http: Option<reqwest::Client>,
    retry: RetryConfig,
    timeout: Option<Duration>,
    connect_timeout: Duration,
    user_agent: String,
    fixed_headers: Vec<(&'static str, &'static str)>,
    max_response_size: usize,
    hook: Option<RequestHook>,
    response_hook: Option<ResponseHook>,
}

impl fmt::Debug for TransportBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransportBuilder")
            .field("base_url", &self.base_url)
            .field("credentials", &self.credentials)
            .field("retry", &self.retry)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("user_agent", &self.user_agent)
            .field("fixed_headers", &self.fixed_headers)
            .field("max_response_size", &self.max_response_size)
            .finish_non_exhaustive()
    }
}

impl TransportBuilder {
    pub fn new(base_url: impl Into<String>, schemes: &'static [SecurityScheme], user_agent: impl Into<String>) -> Self {
        TransportBuilder {
            base_url: base_url.into(),
            schemes,
            credentials: Vec::new(),
            http: None,
            retry: RetryConfig::default(),
            timeout: Some(Duration::from_secs(60)),
            connect_timeout: Duration::from_secs(10),
            user_agent: user_agent.into(),
            fixed_headers: Vec::new(),
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            hook: None,
            response_hook: None,
        }
    }

    /// Replaces the `User-Agent` header value given to [`TransportBuilder::new`].
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// Sends `name: value` on every request, e.g. the API version a generated crate speaks
    /// (`Clerk-API-Version: 2026-05-12`), whatever the operation.
    pub fn fixed_header(mut self, name: &'static str, value: &'static str) -> Self {
        self.fixed_headers.retain(|(existing, _)| !existing.eq_ignore_ascii_case(name));
        self.fixed_headers.push((name, value));
        self
    }

    /// The largest response body read, in bytes; a larger one fails the call with
    /// [`Error::Decode`] instead of being buffered. Default: [`DEFAULT_MAX_RESPONSE_SIZE`].
    pub fn max_response_size(mut self, bytes: usize) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// Sets the credential of the security scheme named `scheme`, replacing any earlier one.
    pub fn credential(self, scheme: &'static str, credential: Credential) -> Self {
        self.slot(scheme, CredentialSlot::Fixed(credential))
    }

    /// Asks `source` for the credential of the scheme named `scheme` on every request,
    /// replacing any earlier credential: for tokens that rotate while the client is in use.
    pub fn credential_source(self, scheme: &'static str, source: impl CredentialSource + 'static) -> Self {
        self.slot(scheme, CredentialSlot::Source(Arc::new(source)))
    }

    fn slot(mut self, scheme: &'static str, slot: CredentialSlot) -> Self {
        self.credentials.retain(|(name, _)| *name != scheme);
        self.credentials.push((scheme, slot));
        self
    }

    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// Uses this `reqwest::Client` (proxies, connection pools, TLS settings) instead of building one.
    /// The connect timeout is then the client's own.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    pub fn retry(mut self, retry: RetryConfig) -> Self {
        self.retry = retry;
        self
    }

    /// Time allowed for one attempt, from sending to the end of the body; `None` for no limit.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed to establish a connection (default 10 s). Ignored with [`TransportBuilder::http_client`].
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// Calls `hook` on every request (every attempt) right before it is sent, after
    /// credentials are applied: to add headers, sign requests, or record them.
    pub fn request_hook(mut self, hook: impl Fn(&mut reqwest::Request) + Send + Sync + 'static) -> Self {
        self.hook = Some(Arc::new(hook));
        self
    }

    /// Calls `hook` on every response (every attempt, any status) before it is decoded.
    pub fn response_hook(mut self, hook: impl Fn(&RawResponse) + Send + Sync + 'static) -> Self {
        self.response_hook = Some(Arc::new(hook));
        self
    }

    pub fn build(self) -> Result<Transport, SendError> {
        let base_url = reqwest::Url::parse(&self.base_url)
            .map_err(|e| SendError::InvalidRequest(format!("invalid base URL {:?}: {e}", self.base_url)))?;
        if base_url.cannot_be_a_base() || !matches!(base_url.scheme(), "http" | "https") {
            return Err(SendError::InvalidRequest(format!(
                "invalid base URL {:?}: expected an http or https URL",
                self.base_url
            )));
        }
        let http = match self.http {
            Some(client) => client,
            None => reqwest::Client::builder()
                .connect_timeout(self.connect_timeout)
                // Redirects are results (OAuth flows answer 3xx): hand them to the caller.
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(SendError::Transport)?,
        };
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| SendError::InvalidRequest(format!("invalid user agent {:?}", self.user_agent)))?;
        let fixed_headers = self
            .fixed_headers
            .iter()
            .map(|(name, value)| {
                let invalid = || SendError::InvalidRequest(format!("invalid fixed header {name}: {value:?}"));
                Ok((HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?, HeaderValue::from_str(value).map_err(|_| invalid())?))
            })
            .collect::<Result<Vec<_>, SendError>>()?;
        Ok(Transport {
            inner: Arc::new(Inner {
                base_url: self.base_url.trim_end_matches('/').to_owned(),
                schemes: self.schemes,
                credentials: self.credentials,
                http,
                retry: self.retry,
                timeout: self.timeout,
                user_agent,
                fixed_headers,
                max_response_size: self.max_response_size,
                hook: self.hook,
                response_hook: self.response_hook,
            }),
        })
    }
}

struct Inner {
    base_url: String,
    schemes: &'static [SecurityScheme],
    credentials: Vec<(&'static str, CredentialSlot)>,
    http: reqwest::Client,
    retry: RetryConfig,
    timeout: Option<Duration>,
    user_agent: HeaderValue,
    fixed_headers: Vec<(HeaderName, HeaderValue)>,
    max_response_size: usize,
    hook: Option<RequestHook>,
    response_hook: Option<ResponseHook>,
}

/// Sends requests for a generated client. Cheap to clone; clones share one connection pool.
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let schemes: Vec<&str> = self.inner.credentials.iter().map(|(name, _)| *name).collect();
        f.debug_struct("Transport")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &schemes)
            .field("retry", &self.inner.retry)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

impl Transport {
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Sends `spec` and decodes a JSON success body into `T`.
    pub async fn send_json<T: DeserializeOwned, E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<T, Error<E>> {
        self.send_decoded::<Json<T>, E>(spec).await.map(|r| r.body.0)
    }

    /// [`Transport::send_json`], keeping the response's status and headers.
    pub async fn send_json_with_response<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        spec: RequestSpec,
    ) -> Result<Response<T>, Error<E>> {
        self.send_decoded::<Json<T>, E>(spec).await.map(|r| r.map(|Json(t)| t))
    }

    /// Sends `spec` for an operation whose spec declares a JSON success body for some statuses
    /// and none for others (`bodiless`, e.g. a `307` redirect or a `204`).
    pub async fn send_json_or_empty<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        bodiless: &[u16],
    ) -> Result<MaybeBody<T>, Error<E>> {
        self.send_json_or_empty_with_response(spec, bodiless).await.map(Response::into_body)
    }

    /// [`Transport::send_json_or_empty`], keeping the response's status and headers.
    pub async fn send_json_or_empty_with_response<T: DeserializeOwned, E: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        bodiless: &[u16],
    ) -> Result<Response<MaybeBody<T>>, Error<E>> {
        let success = spec.success;
        let raw = self.execute(spec).await?;
        if bodiless.contains(&raw.status.as_u16()) {
            decode::<NoContent, E>(raw, success).map(|r| r.map(MaybeBody::Empty))
        } else {
            decode::<Json<T>, E>(raw, success).map(|r| r.map(|Json(t)| MaybeBody::Body(t)))
        }
    }

    /// Sends `spec` for an operation whose success response has no body.
    pub async fn send_empty<E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<NoContent, Error<E>> {
        self.send_decoded::<NoContent, E>(spec).await.map(Response::into_body)
    }

    /// [`Transport::send_empty`] in the shape of the other `*_with_response` methods.
    pub async fn send_empty_with_response<E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<Response<NoContent>, Error<E>> {
        self.send_decoded::<NoContent, E>(spec).await
    }

    /// Sends `spec` and returns the success body as bytes (binary or text responses).
    pub async fn send_bytes<E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<Bytes, Error<E>> {
        self.send_decoded::<Raw, E>(spec).await.map(|r| r.body.0)
    }

    /// [`Transport::send_bytes`], keeping the response's status and headers.
    pub async fn send_bytes_with_response<E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<Response<Bytes>, Error<E>> {
        self.send_decoded::<Raw, E>(spec).await.map(|r| r.map(|Raw(b)| b))
    }

    async fn send_decoded<T: FromResponse, E: DeserializeOwned>(&self, spec: RequestSpec) -> Result<Response<T>, Error<E>> {
        let success = spec.success;
        let raw = self.execute(spec).await?;
        decode::<T, E>(raw, success)
    }

    /// Sends `spec` and, on a success status, returns the body's events as they arrive
    /// (`format`: server-sent events or JSON lines; `data`: how each event's data decodes). An
    /// error status is read whole and is the usual typed error. One attempt: a stream is not
    /// retried, and the client's timeout bounds the wait for the response's head, not the stream.
    pub async fn send_events<T: DeserializeOwned + Send + 'static, E: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        format: crate::EventFormat,
        data: crate::EventData,
    ) -> Result<Response<crate::EventStream<T>>, Error<E>> {
        let span = tracing::debug_span!("request", operation = spec.operation_id, method = %spec.method, path = spec.path_template, streamed = true);
        self.start_events(spec, format, data).instrument(span).await
    }

    async fn start_events<T: DeserializeOwned + Send + 'static, E: DeserializeOwned>(
        &self,
        spec: RequestSpec,
        format: crate::EventFormat,
        data: crate::EventData,
    ) -> Result<Response<crate::EventStream<T>>, Error<E>> {
        if let Some(problem) = spec.invalid {
            return Err(Error::InvalidRequest(problem));
        }
        let mut request = self.build_request(&spec)?;
        *request.timeout_mut() = None;
        let sent = self.inner.http.execute(request);
        let response = match self.inner.timeout {
            Some(limit) => tokio::time::timeout(limit, sent).await.map_err(|_| Error::Timeout)?,
            None => sent.await,
        };
        let mut response = response.map_err(|e| Error::from(transport_failure(e).error))?;
        let status = response.status();
        let success = if spec.success.is_empty() { status.is_success() } else { spec.success.contains(&status.as_u16()) };
        if !success {
            // An error before the stream starts: read (bounded) and decode as every call does.
            let headers = std::mem::take(response.headers_mut());
            let body = self.read_bounded(&mut response, status).await?;
            let raw = self.seen(RawResponse { status, headers, body });
            return match decode::<NoContent, E>(raw, spec.success) {
                Err(e) => Err(e),
                Ok(_) => Err(Error::Decode { status, path: String::new(), message: "an error status decoded as success".into(), excerpt: String::new() }),
            };
        }
        let headers = response.headers().clone();
        if format == crate::EventFormat::ServerSent && is_json_content(&headers) {
            // A server that does not stream (or ignored the request's `stream` flag) answered one
            // JSON document: no event would ever frame out of it, so say so instead of ending
            // the stream empty. Its body is read as any answer's is: bounded, and seen by the hook.
            let body = match self.inner.timeout {
                Some(limit) => tokio::time::timeout(limit, self.read_bounded(&mut response, status)).await.map_err(|_| Error::Timeout)??,
                None => self.read_bounded(&mut response, status).await?,
            };
            let raw = self.seen(RawResponse { status, headers, body });
            let content_type = raw.headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
            return Err(Error::Decode {
                status,
                path: String::new(),
                message: format!("expected an event stream (text/event-stream), the server answered {content_type}"),
                excerpt: crate::redact::excerpt(&raw.body),
            });
        }
        // The response hook sees the head; the body is the stream.
        let _ = self.seen(RawResponse { status, headers: headers.clone(), body: Bytes::new() });
        let events = crate::events::events::<T, _>(response.bytes_stream(), format, data);
        Ok(Response { status, headers, body: events })
    }

    /// A whole body, refused past `max_response_size`.
    async fn read_bounded<E>(&self, response: &mut reqwest::Response, status: StatusCode) -> Result<Bytes, Error<E>> {
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| Error::from(transport_failure(e).error))? {
            if body.len().saturating_add(chunk.len()) > self.inner.max_response_size {
                return Err(SendError::ResponseTooLarge { status, limit: self.inner.max_response_size }.into());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    }

    /// Sends `spec` (with retries) and returns the final response, whatever its status.
    pub async fn execute(&self, spec: RequestSpec) -> Result<RawResponse, SendError> {
        if let Some(problem) = spec.invalid {
            return Err(SendError::InvalidRequest(problem));
        }
        let span = tracing::debug_span!(
            "request",
            operation = spec.operation_id,
            method = %spec.method,
            path = spec.path_template,
            status = tracing::field::Empty,
            attempts = tracing::field::Empty,
            latency_ms = tracing::field::Empty,
        );
        self.execute_with_retries(&spec).instrument(span).await
    }

    async fn execute_with_retries(&self, spec: &RequestSpec) -> Result<RawResponse, SendError> {
        let started = Instant::now();
        let env = RetryEnv { jitter: fastrand::f64, now: SystemTime::now };
        // A body that can be sent only once (a streamed file) gets one attempt, so the user sees
        // the real failure rather than "the stream was consumed" from a retry.
        let once = RetryConfig::disabled();
        let policy = match &spec.body {
            RequestBody::Multipart(m) if !m.is_replayable() => &once,
            _ => &self.inner.retry,
        };
        let Retried { result, attempts } = with_retries(policy, &spec.method, env, |_| self.attempt(spec)).await;
        let span = tracing::Span::current();
        span.record("attempts", attempts);
        span.record("latency_ms", started.elapsed().as_millis() as u64);
        match result {
            Ok(response) => {
                span.record("status", response.status.as_u16());
                tracing::debug!("response received");
                Ok(response)
            }
            Err(Failure { error, .. }) => {
                tracing::debug!(error = %error, "request failed");
                Err(error)
            }
        }
    }

    /// One attempt: build the request afresh (bodies and hooks run again), send it, read the body.
    async fn attempt(&self, spec: &RequestSpec) -> Result<RawResponse, Failure> {
        let request = self.build_request(spec).map_err(|error| Failure { error, before_connect: false })?;
        let mut response = self.inner.http.execute(request).await.map_err(transport_failure)?;
        let status = response.status();
        let headers = std::mem::take(response.headers_mut());
        let limit = self.inner.max_response_size;
        let too_large = || Failure { error: SendError::ResponseTooLarge { status, limit }, before_connect: false };
        match response.content_length() {
            Some(len) if len > limit as u64 => return Err(too_large()),
            // A declared length within the limit: read it whole (no copy for a single chunk).
            // reqwest stops at the declared length.
            Some(_) => {
                let body = response.bytes().await.map_err(transport_failure)?;
                return Ok(self.seen(RawResponse { status, headers, body }));
            }
            None => {}
        }
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await.map_err(transport_failure)? {
            if body.len().saturating_add(chunk.len()) > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(self.seen(RawResponse { status, headers, body: body.freeze() }))
    }

    /// Shows a response to the response hook, if any.
    fn seen(&self, response: RawResponse) -> RawResponse {
        if let Some(hook) = &self.inner.response_hook {
            hook(&response);
        }
        response
    }

    fn build_request(&self, spec: &RequestSpec) -> Result<reqwest::Request, SendError> {
        let inner = &self.inner;
        let url = format!("{}{}", inner.base_url, spec.path);
        let mut builder = inner.http.request(spec.method.clone(), &url);
        let mut query: Vec<(&str, &str)> = spec.query.iter().map(|(k, v)| (k.as_ref(), v.as_str())).collect();
        let mut cookies: Vec<(&str, &str)> = spec.cookies.iter().map(|(k, v)| (*k, v.as_str())).collect();
        builder = builder.header(http::header::USER_AGENT, inner.user_agent.clone());
        for (name, value) in &inner.fixed_headers {
            builder = builder.header(name.clone(), value.clone());
        }
        for (name, value) in &spec.headers {
            let name = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| SendError::InvalidRequest(format!("{name:?} is not a valid header name")))?;
            let value = HeaderValue::from_str(value)
                .map_err(|_| SendError::InvalidRequest(format!("the value of header {name} is not a valid header value")))?;
            builder = builder.header(name, value);
        }
        // Held for the whole function: query and cookie values borrow from it.
        let alternative = self.satisfied_alternative(spec.security);
        if let Some(schemes) = &alternative {
            for (scheme, credential) in schemes {
                match (scheme.kind, credential.as_ref()) {
                    (SchemeKind::ApiKeyQuery(name), Credential::Token(t)) => query.push((name, t.expose())),
                    (SchemeKind::ApiKeyHeader(name), Credential::Token(t)) => {
                        let mut value = HeaderValue::from_str(t.expose())
                            .map_err(|_| SendError::InvalidRequest(format!("credential for {} is not a valid header value", scheme.name)))?;
                        value.set_sensitive(true);
                        builder = builder.header(name, value);
                    }
                    (SchemeKind::ApiKeyCookie(name), Credential::Token(t)) => cookies.push((name, t.expose())),
                    (SchemeKind::Bearer, Credential::Token(t)) => builder = builder.bearer_auth(t.expose()),
                    (SchemeKind::Http(auth_scheme), Credential::Token(t)) => {
                        let mut value = HeaderValue::from_str(&format!("{auth_scheme} {}", t.expose()))
                            .map_err(|_| SendError::InvalidRequest(format!("credential for {} is not a valid header value", scheme.name)))?;
                        value.set_sensitive(true);
                        builder = builder.header(http::header::AUTHORIZATION, value);
                    }
                    (SchemeKind::Basic, Credential::Basic { username, password }) => {
                        builder = builder.basic_auth(username, Some(password.expose()))
                    }
                    (_, _) => {
                        return Err(SendError::InvalidRequest(format!(
                            "the credential set for {} is of the wrong kind",
                            scheme.name
                        )))
                    }
                }
            }
        }
        if !query.is_empty() {
            builder = builder.query(&query);
        }
        if !cookies.is_empty() {
            let header = cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ");
            let mut value = HeaderValue::from_str(&header)
                .map_err(|_| SendError::InvalidRequest("a cookie value is not a valid header value".into()))?;
            value.set_sensitive(true);
            builder = builder.header(http::header::COOKIE, value);
        }
        builder = match &spec.body {
            RequestBody::Empty => builder,
            RequestBody::Json(b) => builder.header(http::header::CONTENT_TYPE, "application/json").body(b.clone()),
            RequestBody::Form(b) => {
                builder.header(http::header::CONTENT_TYPE, "application/x-www-form-urlencoded").body(b.clone())
            }
            RequestBody::Multipart(m) => builder.multipart(
                m.to_form().map_err(|e| SendError::InvalidRequest(format!("multipart body: {e}")))?,
            ),
            RequestBody::Bytes { data, content_type } => {
                builder.header(http::header::CONTENT_TYPE, *content_type).body(data.clone())
            }
        };
        if let Some(timeout) = inner.timeout {
            builder = builder.timeout(timeout);
        }
        let mut request = builder.build().map_err(|e| SendError::InvalidRequest(with_causes(&e.without_url())))?;
        if let Some(hook) = &inner.hook {
            hook(&mut request);
        }
        Ok(request)
    }

    /// The first non-empty alternative of `security` whose schemes all have credentials.
    fn satisfied_alternative(&self, security: &[&[&str]]) -> Option<Vec<(&SecurityScheme, std::borrow::Cow<'_, Credential>)>> {
        // An empty alternative ("no auth needed") is only taken when no other one is configured.
        security.iter().filter(|alternative| !alternative.is_empty()).find_map(|alternative| {
            alternative
                .iter()
                .map(|name| {
                    let scheme = self.inner.schemes.iter().find(|s| s.name == *name)?;
                    let credential = self.inner.credentials.iter().find(|(n, _)| n == name)?.1.current()?;
                    Some((scheme, credential))
                })
                .collect::<Option<Vec<_>>>()
        })
    }
}

/// An error's message followed by those of its sources.
fn with_causes(e: &dyn std::error::Error) -> String {
    let mut message = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    message
}

/// Classifies a `reqwest` failure. URLs are dropped from errors: a query may carry an API key.
fn transport_failure(e: reqwest::Error) -> Failure {
    let before_connect = e.is_connect();
    let error = if e.is_timeout() { SendError::Timeout } else { SendError::Transport(e.without_url()) };
    Failure { error, before_connect }
}

/// Whether a response's `Content-Type` is JSON (`application/json`, `application/problem+json`).
fn is_json_content(headers: &reqwest::header::HeaderMap) -> bool {
    let Some(value) = headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) else { return false };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence == "application/json" || essence.ends_with("+json")
}
