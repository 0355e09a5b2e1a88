//! Clerk webhooks, signed the Svix way: `svix-id`, `svix-timestamp` and `svix-signature`
//! headers, HMAC-SHA256 over `{id}.{timestamp}.{body}` with the endpoint's `whsec_` secret.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use clerk_backend_api::types;
use hmac::{Hmac, Mac};
use serde::de::DeserializeOwned;
use serde_json::Value;
use sha2::Sha256;

/// How far a webhook's timestamp may be from now (either way).
pub const TOLERANCE: Duration = Duration::from_secs(5 * 60);

/// An endpoint's signing secret (`whsec_<base64>`). Never printed.
#[derive(Clone)]
pub struct WebhookSecret(Vec<u8>);

impl WebhookSecret {
    /// Reads a `whsec_...` secret (the prefix is optional).
    pub fn new(secret: &str) -> Result<Self, WebhookError> {
        let encoded = secret.trim().strip_prefix("whsec_").unwrap_or(secret.trim());
        STANDARD.decode(encoded).map(WebhookSecret).map_err(|_| WebhookError::InvalidSecret)
    }
}

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WebhookSecret(***)")
    }
}

/// Why a webhook was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WebhookError {
    /// The secret is not `whsec_` followed by base64.
    InvalidSecret,
    /// A `svix-id`, `svix-timestamp` or `svix-signature` header is missing or not text.
    MissingHeader(&'static str),
    /// `svix-timestamp` is not a number of seconds.
    InvalidTimestamp,
    /// The timestamp is more than [`TOLERANCE`] from now: a replay, or a clock far off.
    TimestampOutOfTolerance,
    /// No `v1` signature matches.
    BadSignature,
    /// The body is not a JSON event.
    InvalidBody(String),
}

impl std::fmt::Display for WebhookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WebhookError::InvalidSecret => f.write_str("the webhook secret is not `whsec_` + base64"),
            WebhookError::MissingHeader(h) => write!(f, "missing header {h}"),
            WebhookError::InvalidTimestamp => f.write_str("invalid webhook timestamp"),
            WebhookError::TimestampOutOfTolerance => f.write_str("webhook timestamp too old or too new"),
            WebhookError::BadSignature => f.write_str("no matching webhook signature"),
            WebhookError::InvalidBody(why) => write!(f, "invalid webhook body: {why}"),
        }
    }
}

impl std::error::Error for WebhookError {}

/// A verified webhook event.
#[derive(Clone, Debug, PartialEq)]
pub struct WebhookEvent {
    /// e.g. `user.created`.
    pub event_type: String,
    pub data: EventData,
    /// The id of the delivery (`svix-id`), for de-duplication.
    pub message_id: String,
    /// When Clerk sent it (`svix-timestamp`).
    pub timestamp: SystemTime,
    /// The whole body as sent.
    pub raw: Value,
}

/// An event's `data`, as typed as the Backend API spec allows.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum EventData {
    User(Box<types::User>),
    Session(Box<types::Session>),
    Organization(Box<types::Organization>),
    OrganizationMembership(Box<types::OrganizationMembership>),
    OrganizationInvitation(Box<types::OrganizationInvitation>),
    Role(Box<types::Role>),
    Permission(Box<types::Permission>),
    WaitlistEntry(Box<types::WaitlistEntry>),
    /// `*.deleted` events: the id of what was deleted.
    Deleted(types::DeletedObject),
    /// Any other event, or data that does not match its type: the JSON as sent.
    Other(Value),
}

impl EventData {
    fn of(event_type: &str, data: Value) -> EventData {
        fn typed<T: DeserializeOwned>(data: &Value, wrap: impl FnOnce(T) -> EventData) -> Option<EventData> {
            serde_json::from_value(data.clone()).ok().map(wrap)
        }
        let (kind, action) = event_type.split_once('.').unwrap_or((event_type, ""));
        let decoded = match (kind, action) {
            (_, "deleted") => typed(&data, EventData::Deleted),
            ("user", _) => typed(&data, |u| EventData::User(Box::new(u))),
            ("session", _) => typed(&data, |s| EventData::Session(Box::new(s))),
            ("organization", _) => typed(&data, |o| EventData::Organization(Box::new(o))),
            ("organizationMembership", _) => typed(&data, |m| EventData::OrganizationMembership(Box::new(m))),
            ("organizationInvitation", _) => typed(&data, |i| EventData::OrganizationInvitation(Box::new(i))),
            ("role", _) => typed(&data, |r| EventData::Role(Box::new(r))),
            ("permission", _) => typed(&data, |p| EventData::Permission(Box::new(p))),
            ("waitlistEntry", _) => typed(&data, |w| EventData::WaitlistEntry(Box::new(w))),
            _ => None,
        };
        decoded.unwrap_or(EventData::Other(data))
    }
}

/// Verifies a webhook's signature and timestamp against the system clock, and reads its event.
pub fn verify_webhook(secret: &WebhookSecret, headers: &http::HeaderMap, body: &[u8]) -> Result<WebhookEvent, WebhookError> {
    verify_webhook_at(secret, headers, body, SystemTime::now())
}

/// [`verify_webhook`] as of `now`.
pub fn verify_webhook_at(secret: &WebhookSecret, headers: &http::HeaderMap, body: &[u8], now: SystemTime) -> Result<WebhookEvent, WebhookError> {
    // Svix also sends the same headers as `webhook-*` (Standard Webhooks).
    let header = |name: &'static str| -> Result<&str, WebhookError> {
        headers
            .get(format!("svix-{name}"))
            .or_else(|| headers.get(format!("webhook-{name}")))
            .and_then(|v| v.to_str().ok())
            .ok_or(WebhookError::MissingHeader(match name {
                "id" => "svix-id",
                "timestamp" => "svix-timestamp",
                _ => "svix-signature",
            }))
    };
    let id = header("id")?;
    let timestamp_text = header("timestamp")?;
    let signatures = header("signature")?;
    let seconds: u64 = timestamp_text.trim().parse().map_err(|_| WebhookError::InvalidTimestamp)?;
    let timestamp = UNIX_EPOCH + Duration::from_secs(seconds);
    let distance = now.duration_since(timestamp).or_else(|e| Ok::<_, ()>(e.duration())).unwrap_or_default();
    if distance > TOLERANCE {
        return Err(WebhookError::TimestampOutOfTolerance);
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(&secret.0).map_err(|_| WebhookError::InvalidSecret)?;
    mac.update(id.as_bytes());
    mac.update(b".");
    mac.update(timestamp_text.as_bytes());
    mac.update(b".");
    mac.update(body);
    let matches = signatures
        .split_whitespace()
        .filter_map(|entry| entry.strip_prefix("v1,"))
        .filter_map(|signature| STANDARD.decode(signature).ok())
        // `verify_slice` compares in constant time.
        .any(|signature| mac.clone().verify_slice(&signature).is_ok());
    if !matches {
        return Err(WebhookError::BadSignature);
    }
    let raw: Value = serde_json::from_slice(body).map_err(|e| WebhookError::InvalidBody(e.to_string()))?;
    let event_type = raw.get("type").and_then(Value::as_str).ok_or_else(|| WebhookError::InvalidBody("no `type`".into()))?.to_owned();
    let data = raw.get("data").cloned().unwrap_or(Value::Null);
    Ok(WebhookEvent { data: EventData::of(&event_type, data), event_type, message_id: id.to_owned(), timestamp, raw })
}

/// Signs a webhook body as Svix does: the `svix-signature` value for `id`, `timestamp` and
/// `body`. For tests of your webhook handlers.
pub fn sign(secret: &WebhookSecret, id: &str, timestamp: u64, body: &[u8]) -> String {
    let mut mac = match Hmac::<Sha256>::new_from_slice(&secret.0) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(format!("{id}.{timestamp}.").as_bytes());
    mac.update(body);
    format!("v1,{}", STANDARD.encode(mac.finalize().into_bytes()))
}
