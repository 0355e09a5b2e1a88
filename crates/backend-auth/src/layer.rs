//! A tower [`Layer`] that verifies the session token of each request and puts its [`Claims`]
//! in the request's extensions, and an axum extractor ([`Session`]) for handlers.
//!
//! A request without a valid token gets `401` (or `503` when the keys are unavailable) with a
//! short reason and `WWW-Authenticate: Bearer error="invalid_token"`; the token itself is never
//! echoed. Routes can opt out with [`ClerkAuthLayer::public_path`] or
//! [`ClerkAuthLayer::public_when`].

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::FromRequestParts;
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use http::{HeaderValue, Request};
use tower::{Layer, Service};

use crate::{session_token, Claims, Verifier, VerifyError};

type Public = Arc<dyn Fn(&http::Method, &http::Uri) -> bool + Send + Sync>;

/// Verifies every request (except public ones) with a [`Verifier`].
#[derive(Clone)]
pub struct ClerkAuthLayer {
    verifier: Verifier,
    public_prefixes: Arc<Vec<String>>,
    public_when: Option<Public>,
}

impl ClerkAuthLayer {
    pub fn new(verifier: Verifier) -> Self {
        ClerkAuthLayer { verifier, public_prefixes: Arc::new(Vec::new()), public_when: None }
    }

    /// Requests whose path starts with `prefix` pass without a token (e.g. `/health`, `/webhooks/`).
    pub fn public_path(mut self, prefix: impl Into<String>) -> Self {
        Arc::make_mut(&mut self.public_prefixes).push(prefix.into());
        self
    }

    /// Requests for which `public` says yes pass without a token.
    pub fn public_when(mut self, public: impl Fn(&http::Method, &http::Uri) -> bool + Send + Sync + 'static) -> Self {
        self.public_when = Some(Arc::new(public));
        self
    }

    fn is_public(&self, method: &http::Method, uri: &http::Uri) -> bool {
        self.public_prefixes.iter().any(|p| uri.path().starts_with(p.as_str())) || self.public_when.as_ref().is_some_and(|f| f(method, uri))
    }
}

impl<S> Layer<S> for ClerkAuthLayer {
    type Service = ClerkAuth<S>;
    fn layer(&self, inner: S) -> ClerkAuth<S> {
        ClerkAuth { inner, config: self.clone() }
    }
}

/// The service [`ClerkAuthLayer`] wraps around yours.
#[derive(Clone)]
pub struct ClerkAuth<S> {
    inner: S,
    config: ClerkAuthLayer,
}

impl<S, B> Service<Request<B>> for ClerkAuth<S>
where
    S: Service<Request<B>, Response = Response> + Clone + Send + 'static,
    S::Future: Send + 'static,
    B: Send + 'static,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        // The service that was polled ready serves this request; a clone takes its place.
        let ready = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, ready);
        let config = self.config.clone();
        Box::pin(async move {
            if config.is_public(request.method(), request.uri()) {
                return inner.call(request).await;
            }
            let Some(token) = session_token(request.headers()).map(str::to_owned) else {
                return Ok(rejection(&VerifyError::Missing));
            };
            match config.verifier.verify(&token).await {
                Ok(claims) => {
                    request.extensions_mut().insert(claims);
                    inner.call(request).await
                }
                Err(e) => {
                    tracing::debug!(reason = e.reason(), "request refused");
                    Ok(rejection(&e))
                }
            }
        })
    }
}

fn rejection(error: &VerifyError) -> Response {
    let mut response = (error.status(), error.reason()).into_response();
    if !error.is_server_error() {
        let challenge = format!("Bearer error=\"invalid_token\", error_description=\"{}\"", error.reason());
        if let Ok(value) = HeaderValue::from_str(&challenge) {
            response.headers_mut().insert(http::header::WWW_AUTHENTICATE, value);
        }
    }
    response
}

/// The verified claims of the request, for axum handlers behind [`ClerkAuthLayer`].
/// Without the layer (or on a public route) extraction answers 401.
#[derive(Clone, Debug)]
pub struct Session(pub Claims);

impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Claims>().cloned().map(Session).ok_or_else(|| rejection(&VerifyError::Missing))
    }
}

/// Lets handlers answer with a refusal of their own (e.g. after checking an organization role).
impl IntoResponse for VerifyError {
    fn into_response(self) -> Response {
        rejection(&self)
    }
}
