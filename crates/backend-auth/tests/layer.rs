//! The tower layer and the axum extractor (feature `axum`): claims reach handlers, requests
//! without a valid token get 401 with a reason that does not leak the token, public routes pass,
//! and an unavailable JWKS is a 503.
#![cfg(feature = "axum")]

mod support;

use axum::body::Body;
use axum::routing::get;
use axum::Router;
use clerk_backend_auth::layer::{ClerkAuthLayer, Session};
use clerk_backend_auth::{KeySource, Verifier};
use http::{Request, StatusCode};
use support::{claims, JwksServer, Key, ISSUER};
use tower::ServiceExt;

fn app(server: &JwksServer) -> Router {
    let verifier = Verifier::builder(KeySource::backend_api_at(&server.backend_url(), "sk_test_secret").unwrap()).issuer(ISSUER).build();
    Router::new()
        .route("/me", get(|Session(c): Session| async move { c.sub }))
        .route("/health", get(|| async { "ok" }))
        .route("/open/claims", get(|session: Result<Session, axum::response::Response>| async move { session.is_ok().to_string() }))
        .layer(ClerkAuthLayer::new(verifier).public_path("/health").public_when(|_, uri| uri.path().starts_with("/open/")))
}

async fn call(app: &Router, path: &str, header: Option<(&str, String)>) -> (StatusCode, Option<String>, String) {
    let mut request = Request::get(path);
    if let Some((name, value)) = header {
        request = request.header(name, value);
    }
    let response = app.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let challenge = response.headers().get("www-authenticate").map(|v| v.to_str().unwrap().to_owned());
    let body = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, challenge, String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn claims_reach_handlers_and_bad_requests_get_401() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    let app = app(&server);
    let token = key.sign(&claims());

    assert_eq!(call(&app, "/me", Some(("authorization", format!("Bearer {token}")))).await.2, "user_1");
    assert_eq!(call(&app, "/me", Some(("cookie", format!("theme=dark; __session={token}")))).await.0, StatusCode::OK);

    let (status, challenge, body) = call(&app, "/me", None).await;
    assert_eq!((status, body.as_str()), (StatusCode::UNAUTHORIZED, "missing session token"));
    assert!(challenge.unwrap().starts_with("Bearer error=\"invalid_token\""));

    let forged = Key::shared(1).sign_as(&key.kid, &claims());
    let (status, _, body) = call(&app, "/me", Some(("authorization", format!("Bearer {forged}")))).await;
    assert_eq!((status, body.as_str()), (StatusCode::UNAUTHORIZED, "invalid signature"));
    assert!(!body.contains(&forged[..20]));

    // Public routes pass without a token; a handler there can still ask for the session.
    assert_eq!(call(&app, "/health", None).await.0, StatusCode::OK);
    assert_eq!(call(&app, "/open/claims", None).await.2, "false");
}

#[tokio::test]
async fn an_unavailable_jwks_is_a_503() {
    let key = Key::shared(0);
    let server = JwksServer::start(&[&key]).await;
    server.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let (status, challenge, body) = call(&app(&server), "/me", Some(("authorization", format!("Bearer {}", key.sign(&claims()))))).await;
    assert_eq!((status, body.as_str()), (StatusCode::SERVICE_UNAVAILABLE, "signing keys unavailable"));
    assert_eq!(challenge, None);
}

/// What a user's own test looks like with the `testing` feature: no JWKS server, a verifier
/// that trusts the test key, tokens minted with the claims the handler reads.
#[tokio::test]
async fn an_app_tested_with_the_testing_helpers_sees_the_minted_claims() {
    use clerk_backend_auth::testing::{Organization, TestKey};
    let key = TestKey::shared();
    let app = Router::new()
        .route(
            "/org",
            get(|Session(c): Session| async move {
                let org = c.organization.map(|o| format!("{}:{}", o.id, o.role.unwrap_or_default())).unwrap_or_default();
                format!("{} {org} {:?}", c.sub, c.session_status)
            }),
        )
        .layer(ClerkAuthLayer::new(key.verifier()));
    let token = key.token().user("user_9").organization(Organization::new("org_9").role("admin")).sign();
    let (status, _, body) = call(&app, "/org", Some(("authorization", format!("Bearer {token}")))).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, "user_9 org_9:admin Some(Active)"));
    let expired = key.token().issued_at(std::time::SystemTime::now() - std::time::Duration::from_secs(600)).sign();
    assert_eq!(call(&app, "/org", Some(("authorization", format!("Bearer {expired}")))).await.0, StatusCode::UNAUTHORIZED);
}

/// Where being signed in is optional: no token or a bad one passes as signed out
/// (`Option<Session>` is `None`), a good one is read, and an outage is still a 503.
#[tokio::test]
async fn the_optional_mode_lets_signed_out_requests_through() {
    use clerk_backend_auth::testing::TestKey;
    let key = TestKey::shared();
    let server = JwksServer::start(&[]).await;
    let app = |verifier: Verifier| {
        Router::new()
            .route("/feed", get(|session: Option<Session>| async move { session.map_or("guest".to_owned(), |Session(c)| c.sub) }))
            .layer(ClerkAuthLayer::new(verifier).optional())
    };
    let ok = app(key.verifier());
    assert_eq!(call(&ok, "/feed", None).await, (StatusCode::OK, None, "guest".to_owned()));
    let token = key.token().user("user_3").sign();
    assert_eq!(call(&ok, "/feed", Some(("authorization", format!("Bearer {token}")))).await.2, "user_3");
    let forged = TestKey::generate("ins_test_key").token().sign();
    assert_eq!(call(&ok, "/feed", Some(("authorization", format!("Bearer {forged}")))).await.2, "guest");
    server.failing.store(true, std::sync::atomic::Ordering::SeqCst);
    let down = app(Verifier::builder(KeySource::backend_api_at(&server.backend_url(), "sk_test_secret").unwrap()).build());
    assert_eq!(call(&down, "/feed", Some(("authorization", format!("Bearer {token}")))).await.0, StatusCode::SERVICE_UNAVAILABLE);
}

/// A layer accepting users and machines: each handler reads the kind it serves, and a route
/// for machines refuses a user (and the other way round).
#[tokio::test]
async fn machines_and_users_reach_the_handlers_written_for_them() {
    use clerk_backend_auth::layer::Machine;
    use clerk_backend_auth::testing::TestKey;
    use clerk_backend_auth::{MachineVerifier, TokenKind};
    let key = TestKey::shared();
    let api = support::MachineApi::start(vec![("ak_3beecc9c60adb5f9b850e91a8ee1e992", support::api_key_record("ak_3beecc9c60adb5f9b850e91a8ee1e992"))]).await;
    let machines = MachineVerifier::builder(api.client("sk_test_secret")).keys(key.verifier()).accept([TokenKind::M2m, TokenKind::ApiKey]).build();
    let app = Router::new()
        .route("/internal", get(|Machine(m): Machine| async move { format!("{} {}", m.kind(), m.subject()) }))
        .route("/me", get(|Session(c): Session| async move { c.sub }))
        .layer(ClerkAuthLayer::new(key.verifier()).with_machines(machines.clone()));
    let bearer = |t: String| Some(("authorization", format!("Bearer {t}")));
    assert_eq!(call(&app, "/internal", bearer(key.m2m_jwt("mch_billing", &[]))).await.2, "m2m_token mch_billing");
    assert_eq!(call(&app, "/internal", bearer("ak_3beecc9c60adb5f9b850e91a8ee1e992".into())).await.2, "api_key org_acme");
    assert_eq!(call(&app, "/me", bearer(key.token().user("user_5").sign())).await.2, "user_5");
    // A user on the machines' route, a machine on the users' route, a kind not accepted.
    assert_eq!(call(&app, "/internal", bearer(key.token().sign())).await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(call(&app, "/me", bearer(key.m2m_jwt("mch_billing", &[]))).await.0, StatusCode::UNAUTHORIZED);
    let (status, _, body) = call(&app, "/internal", bearer(key.oauth_jwt("user_1", "client", &[]))).await;
    assert_eq!((status, body.as_str()), (StatusCode::UNAUTHORIZED, "token kind not accepted"));
    // A layer for machines only refuses session tokens outright.
    let machines_only = Router::new().route("/internal", get(|Machine(m): Machine| async move { m.subject().to_owned() })).layer(ClerkAuthLayer::machines_only(machines));
    let (status, _, body) = call(&machines_only, "/internal", bearer(key.token().sign())).await;
    assert_eq!((status, body.as_str()), (StatusCode::UNAUTHORIZED, "not a machine token"));
}

/// A pending session (tasks left) is not signed in for the layer unless a route allows it.
#[tokio::test]
async fn pending_sessions_are_refused_unless_allowed() {
    use clerk_backend_auth::testing::TestKey;
    use clerk_backend_auth::SessionStatus;
    let key = TestKey::shared();
    let pending = key.token().status(SessionStatus::Pending).sign();
    let bearer = Some(("authorization", format!("Bearer {pending}")));
    let me = || Router::new().route("/me", get(|Session(c): Session| async move { c.sub }));
    let (status, _, body) = call(&me().layer(ClerkAuthLayer::new(key.verifier())), "/me", bearer.clone()).await;
    assert_eq!((status, body.as_str()), (StatusCode::UNAUTHORIZED, "session pending"));
    assert_eq!(call(&me().layer(ClerkAuthLayer::new(key.verifier()).allow_pending()), "/me", bearer.clone()).await.0, StatusCode::OK);
    let optional = Router::new()
        .route("/feed", get(|session: Option<Session>| async move { session.map_or("guest".to_owned(), |Session(c)| c.sub) }))
        .layer(ClerkAuthLayer::new(key.verifier()).optional());
    assert_eq!(call(&optional, "/feed", bearer).await.2, "guest");
}
