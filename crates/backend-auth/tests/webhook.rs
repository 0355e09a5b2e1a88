//! Svix webhook signatures: the published Svix test vector, several signatures, the timestamp
//! tolerance, tampering, and typed event data.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use clerk_backend_auth::webhook::{sign, verify_webhook, verify_webhook_at, EventData, WebhookError, WebhookSecret};
use http::HeaderMap;

// The example of Svix's documentation ("Verifying webhooks manually") and of the test suites of
// its libraries: this secret, id, timestamp and body give this signature.
const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const TIMESTAMP: u64 = 1614265330;
const BODY: &str = r#"{"test": 2432232314}"#;
const SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

fn headers(id: &str, timestamp: u64, signature: &str) -> HeaderMap {
    let mut h = HeaderMap::new();
    h.insert("svix-id", id.parse().unwrap());
    h.insert("svix-timestamp", timestamp.to_string().parse().unwrap());
    h.insert("svix-signature", signature.parse().unwrap());
    h
}

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

#[test]
fn the_svix_test_vector_verifies() {
    let secret = WebhookSecret::new(SECRET).unwrap();
    assert_eq!(sign(&secret, ID, TIMESTAMP, BODY.as_bytes()), SIGNATURE);
    // Its body is not an event (no `type`): the signature passes, the body is refused.
    let result = verify_webhook_at(&secret, &headers(ID, TIMESTAMP, SIGNATURE), BODY.as_bytes(), at(TIMESTAMP));
    assert!(matches!(result, Err(WebhookError::InvalidBody(_))), "{result:?}");
    // The same with a tampered body, id or timestamp fails the signature.
    for (id, ts, body) in [(ID, TIMESTAMP, r#"{"test": 2432232315}"#), ("msg_other", TIMESTAMP, BODY), (ID, TIMESTAMP + 1, BODY)] {
        let r = verify_webhook_at(&secret, &headers(id, ts, SIGNATURE), body.as_bytes(), at(ts));
        assert_eq!(r, Err(WebhookError::BadSignature));
    }
}

#[test]
fn any_of_several_signatures_may_match() {
    let secret = WebhookSecret::new(SECRET).unwrap();
    let body = br#"{"type":"user.created","object":"event","data":{"id":"user_1"}}"#;
    let good = sign(&secret, ID, TIMESTAMP, body);
    let list = format!("v1,Ym9ndXM= v2,whatever {good} v1,not-base64!");
    let event = verify_webhook_at(&secret, &headers(ID, TIMESTAMP, &list), body, at(TIMESTAMP + 10)).expect("one matches");
    assert_eq!(event.event_type, "user.created");
    assert_eq!(event.message_id, ID);
    // `{"id": "user_1"}` is not a whole User: the data stays JSON.
    assert!(matches!(event.data, EventData::Other(_)));
    let r = verify_webhook_at(&secret, &headers(ID, TIMESTAMP, "v1,Ym9ndXM= v1,AAAA"), body, at(TIMESTAMP));
    assert_eq!(r, Err(WebhookError::BadSignature));
}

#[test]
fn timestamps_beyond_five_minutes_are_refused() {
    let secret = WebhookSecret::new(SECRET).unwrap();
    let body = br#"{"type":"session.ended","data":{}}"#;
    let signature = sign(&secret, ID, TIMESTAMP, body);
    let h = headers(ID, TIMESTAMP, &signature);
    assert!(verify_webhook_at(&secret, &h, body, at(TIMESTAMP + 299)).is_ok());
    assert!(verify_webhook_at(&secret, &h, body, at(TIMESTAMP - 299)).is_ok());
    assert_eq!(verify_webhook_at(&secret, &h, body, at(TIMESTAMP + 301)), Err(WebhookError::TimestampOutOfTolerance));
    assert_eq!(verify_webhook_at(&secret, &h, body, at(TIMESTAMP - 301)), Err(WebhookError::TimestampOutOfTolerance));
    // Against the real clock, 2021 is long past.
    assert_eq!(verify_webhook(&secret, &h, body), Err(WebhookError::TimestampOutOfTolerance));
}

#[test]
fn missing_headers_and_bad_secrets_are_errors() {
    assert_eq!(WebhookSecret::new("whsec_!!!").unwrap_err(), WebhookError::InvalidSecret);
    let secret = WebhookSecret::new(SECRET).unwrap();
    assert!(!format!("{secret:?}").contains("MfKQ"));
    let mut h = headers(ID, TIMESTAMP, SIGNATURE);
    h.remove("svix-signature");
    assert_eq!(verify_webhook_at(&secret, &h, BODY.as_bytes(), at(TIMESTAMP)), Err(WebhookError::MissingHeader("svix-signature")));
    let mut h = headers(ID, TIMESTAMP, SIGNATURE);
    h.insert("svix-timestamp", "yesterday".parse().unwrap());
    assert_eq!(verify_webhook_at(&secret, &h, BODY.as_bytes(), at(TIMESTAMP)), Err(WebhookError::InvalidTimestamp));
}

#[test]
fn event_data_is_typed_where_the_spec_allows() {
    let secret = WebhookSecret::new(SECRET).unwrap();
    let body = br#"{"type":"user.deleted","object":"event","data":{"object":"user","id":"user_1","deleted":true}}"#;
    let h = headers(ID, TIMESTAMP, &sign(&secret, ID, TIMESTAMP, body));
    let event = verify_webhook_at(&secret, &h, body, at(TIMESTAMP)).unwrap();
    match event.data {
        EventData::Deleted(d) => assert_eq!((d.id.as_deref(), d.deleted), (Some("user_1"), true)),
        other => panic!("{other:?}"),
    }
}
