//! An axum server whose routes need a Clerk session, except `/health` and `/webhooks/clerk`.
//!
//! ```sh
//! CLERK_SECRET_KEY=sk_test_... CLERK_WEBHOOK_SECRET=whsec_... \
//!     cargo run -p clerk-backend-auth --features axum --example axum_server
//! curl -H "Authorization: Bearer $SESSION_TOKEN" http://127.0.0.1:3000/me
//! ```
//!
//! `CLERK_AUTHORIZED_PARTIES` (comma-separated origins) limits `azp`; `CLERK_FRONTEND_API`
//! (e.g. `https://clerk.example.com`) fetches the keys from the public JWKS instead of the
//! Backend API and checks `iss` against it.

use axum::body::Bytes;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::{get, post};
use axum::{Json, Router};
use clerk_backend_auth::layer::{ClerkAuthLayer, Session};
use clerk_backend_auth::webhook::{verify_webhook, EventData, WebhookSecret};
use clerk_backend_auth::{KeySource, Verifier};

async fn me(Session(claims): Session) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "user_id": claims.sub,
        "session_id": claims.sid,
        "organization": claims.organization.map(|o| o.id),
    }))
}

async fn webhook(headers: HeaderMap, body: Bytes) -> StatusCode {
    let Ok(secret) = std::env::var("CLERK_WEBHOOK_SECRET").map_err(|_| ()).and_then(|s| WebhookSecret::new(&s).map_err(|_| ())) else {
        return StatusCode::SERVICE_UNAVAILABLE;
    };
    match verify_webhook(&secret, &headers, &body) {
        Ok(event) => {
            match &event.data {
                EventData::User(user) => println!("{}: user {}", event.event_type, user.id),
                other => println!("{}: {other:?}", event.event_type),
            }
            StatusCode::NO_CONTENT
        }
        Err(e) => {
            eprintln!("webhook refused: {e}");
            StatusCode::BAD_REQUEST
        }
    }
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut verifier = match std::env::var("CLERK_FRONTEND_API") {
        Ok(url) => Verifier::builder(KeySource::frontend_api(&url)).issuer(url),
        Err(_) => Verifier::builder(KeySource::backend_api(std::env::var("CLERK_SECRET_KEY")?)?),
    };
    if let Ok(parties) = std::env::var("CLERK_AUTHORIZED_PARTIES") {
        verifier = verifier.authorized_parties(parties.split(',').map(str::trim));
    }
    let app = Router::new()
        .route("/me", get(me))
        .route("/health", get(|| async { "ok" }))
        .route("/webhooks/clerk", post(webhook))
        .layer(ClerkAuthLayer::new(verifier.build()).public_path("/health").public_path("/webhooks/"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    println!("listening on http://127.0.0.1:3000");
    axum::serve(listener, app).await?;
    Ok(())
}
