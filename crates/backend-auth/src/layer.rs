//! A tower [`Layer`] that verifies the token of each request and puts its [`Claims`] (or, for
//! a machine, its [`MachineToken`]) in the request's extensions, and axum extractors for
//! handlers: [`Session`] and [`Machine`], each also as an `Option` where being signed in is
//! optional.
//!
//! A request without a valid token gets `401` (or `503` when the keys or the Backend API are
//! unavailable) with a short reason and `WWW-Authenticate: Bearer error="invalid_token"`; the
//! token itself is never echoed. Routes can opt out with [`ClerkAuthLayer::public_path`] or
//! [`ClerkAuthLayer::public_when`], and [`ClerkAuthLayer::optional`] lets every request through,
//! verified or not.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use axum::extract::{FromRequestParts, OptionalFromRequestParts};
use axum::response::{IntoResponse, Response};
use http::request::Parts;
use http::{HeaderValue, Request};
use tower::{Layer, Service};

use crate::{session_token, Claims, MachineError, MachineToken, MachineVerifier, TokenKind, Verifier, VerifyError};

type Public = Arc<dyn Fn(&http::Method, &http::Uri) -> bool + Send + Sync>;

/// Verifies every request (except public ones): session tokens with a [`Verifier`], and
/// machine tokens with a [`MachineVerifier`] when one is given.
#[derive(Clone)]
pub struct ClerkAuthLayer {
    sessions: Option<Verifier>,
    machines: Option<MachineVerifier>,
    optional: bool,
    allow_pending: bool,
    public_prefixes: Arc<Vec<String>>,
    public_when: Option<Public>,
}

impl ClerkAuthLayer {
    /// Accepts session tokens only.
    pub fn new(verifier: Verifier) -> Self {
        ClerkAuthLayer { sessions: Some(verifier), machines: None, optional: false, allow_pending: false, public_prefixes: Arc::new(Vec::new()), public_when: None }
    }

    /// Accepts machine tokens only (the kinds `machines` accepts): for service-to-service routes.
    pub fn machines_only(machines: MachineVerifier) -> Self {
        ClerkAuthLayer { sessions: None, machines: Some(machines), optional: false, allow_pending: false, public_prefixes: Arc::new(Vec::new()), public_when: None }
    }

    /// Accepts machine tokens too, of the kinds `machines` accepts; handlers read them with
    /// [`Machine`].
    pub fn with_machines(mut self, machines: MachineVerifier) -> Self {
        self.machines = Some(machines);
        self
    }

    /// Lets requests without a valid token through, without claims, for routes where being
    /// signed in is optional: handlers take `Option<Session>` (or `Option<Machine>`). A token
    /// that cannot be checked because keys or the Backend API are unavailable is still a 503,
    /// so an outage never looks like a signed-out caller.
    pub fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    /// Accepts tokens of pending sessions (`sts: pending`) too. By default they are refused
    /// ([`VerifyError::SessionPending`]; in [`Self::optional`] mode they pass as signed out),
    /// as Clerk's backend SDKs treat pending sessions as signed out: use this for the routes a
    /// user needs while doing their tasks (e.g. listing the organizations to choose from).
    pub fn allow_pending(mut self) -> Self {
        self.allow_pending = true;
        self
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

    /// Verifies `token` with the verifier for its kind.
    async fn verify(&self, token: &str) -> Result<Verified, Refusal> {
        let kind = TokenKind::of(token);
        match (kind, &self.sessions, &self.machines) {
            (TokenKind::Session, Some(sessions), _) => match sessions.verify(token).await {
                Ok(claims) if claims.is_pending() && !self.allow_pending => Err(Refusal::Session(VerifyError::SessionPending)),
                Ok(claims) => Ok(Verified::Session(claims)),
                Err(e) => Err(Refusal::Session(e)),
            },
            (TokenKind::Session, None, _) => Err(Refusal::Machine(MachineError::NotAMachineToken)),
            (_, _, Some(machines)) => machines.verify(token).await.map(Verified::Machine).map_err(Refusal::Machine),
            (_, _, None) => Err(Refusal::Session(VerifyError::NotASessionToken(kind))),
        }
    }
}

enum Verified {
    Session(Claims),
    Machine(MachineToken),
}

enum Refusal {
    Session(VerifyError),
    Machine(MachineError),
}

impl Refusal {
    fn is_server_error(&self) -> bool {
        match self {
            Refusal::Session(e) => e.is_server_error(),
            Refusal::Machine(e) => e.is_server_error(),
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Refusal::Session(e) => e.reason(),
            Refusal::Machine(e) => e.reason(),
        }
    }

    fn into_response(self) -> Response {
        let status = match &self {
            Refusal::Session(e) => e.status(),
            Refusal::Machine(e) => e.status(),
        };
        refusal(status, self.reason(), self.is_server_error())
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
                if config.optional {
                    return inner.call(request).await;
                }
                return Ok(rejection(&VerifyError::Missing));
            };
            match config.verify(&token).await {
                Ok(Verified::Session(claims)) => {
                    request.extensions_mut().insert(claims);
                    inner.call(request).await
                }
                Ok(Verified::Machine(machine)) => {
                    request.extensions_mut().insert(machine);
                    inner.call(request).await
                }
                Err(refusal) if config.optional && !refusal.is_server_error() => {
                    tracing::debug!(reason = refusal.reason(), "token refused; the request goes on without one");
                    inner.call(request).await
                }
                Err(refusal) => {
                    tracing::debug!(reason = refusal.reason(), "request refused");
                    Ok(refusal.into_response())
                }
            }
        })
    }
}

fn rejection(error: &VerifyError) -> Response {
    refusal(error.status(), error.reason(), error.is_server_error())
}

fn refusal(status: http::StatusCode, reason: &'static str, server_error: bool) -> Response {
    let mut response = (status, reason).into_response();
    if !server_error {
        let challenge = format!("Bearer error=\"invalid_token\", error_description=\"{reason}\"");
        if let Ok(value) = HeaderValue::from_str(&challenge) {
            response.headers_mut().insert(http::header::WWW_AUTHENTICATE, value);
        }
    }
    response
}

/// The verified claims of the request, for axum handlers behind [`ClerkAuthLayer`].
/// Without the layer, on a public route, or for a machine's request, extraction answers 401;
/// `Option<Session>` is `None` instead.
#[derive(Clone, Debug)]
pub struct Session(pub Claims);

impl<S: Send + Sync> FromRequestParts<S> for Session {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<Claims>().cloned().map(Session).ok_or_else(|| rejection(&VerifyError::Missing))
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Session {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts.extensions.get::<Claims>().cloned().map(Session))
    }
}

/// The verified machine token of the request (M2M, OAuth access token or API key), for axum
/// handlers behind a [`ClerkAuthLayer`] that accepts machines. For a user's request (or none)
/// extraction answers 401; `Option<Machine>` is `None` instead.
#[derive(Clone, Debug)]
pub struct Machine(pub MachineToken);

impl<S: Send + Sync> FromRequestParts<S> for Machine {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<MachineToken>().cloned().map(Machine).ok_or_else(|| Refusal::Machine(MachineError::NotAMachineToken).into_response())
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for Machine {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts.extensions.get::<MachineToken>().cloned().map(Machine))
    }
}

/// Lets handlers answer with a refusal of their own.
impl IntoResponse for MachineError {
    fn into_response(self) -> Response {
        Refusal::Machine(self).into_response()
    }
}

/// Lets handlers answer with a refusal of their own (e.g. after checking an organization role).
impl IntoResponse for VerifyError {
    fn into_response(self) -> Response {
        rejection(&self)
    }
}
