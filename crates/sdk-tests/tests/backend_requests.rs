//! Requests built by the generated Backend API client, as a local server (127.0.0.1, free
//! port) receives them; typed successes and errors; the secret key never printed.

use bytes::Bytes;
use clerk_backend_api::{types, Client, Error, FilePart, RetryConfig};
use sdk_tests::wire::{header, only_request, server};
use wiremock::{MockServer, Request};

const SECRET_KEY: &str = "sk_test_0123456789abcdefSECRET";


fn client(server: &MockServer) -> Client {
    Client::builder(server.uri()).bearer_auth(SECRET_KEY).retry(RetryConfig::disabled()).build().expect("client")
}


fn json_body(request: &Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).expect("a JSON body")
}

fn clerk_errors(code: &str) -> serde_json::Value {
    serde_json::json!({"errors": [{"message": "not found", "long_message": "Resource not found", "code": code}]})
}

#[tokio::test]
async fn the_secret_key_is_a_bearer_token_and_arrays_repeat_in_the_query() {
    let server = server(200, serde_json::json!([])).await;
    let users = client(&server)
        .users()
        .list()
        .email_address(["a@example.com".to_owned(), "b@example.com".to_owned()])
        .limit(10)
        .offset(20)
        .send()
        .await
        .expect("an empty list decodes");
    assert!(users.is_empty());
    let request = only_request(&server).await;
    assert_eq!((request.method.as_str(), request.url.path()), ("GET", "/users"));
    let query: Vec<(String, String)> = request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let expected = [("email_address", "a@example.com"), ("email_address", "b@example.com"), ("limit", "10"), ("offset", "20")];
    assert_eq!(query, expected.map(|(k, v)| (k.to_owned(), v.to_owned())));
    assert_eq!(header(&request, "authorization"), Some(format!("Bearer {SECRET_KEY}").as_str()));
}

#[tokio::test]
async fn patch_bodies_tell_null_from_absent() {
    let server = server(404, clerk_errors("resource_not_found")).await;
    let _ = client(&server).users().update("user_1").first_name("Ada").external_id_null().send().await;
    let request = only_request(&server).await;
    assert_eq!((request.method.as_str(), request.url.path()), ("PATCH", "/users/user_1"));
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    // `external_id: null` clears it; `last_name` and the rest are left out, so they stay as they are.
    assert_eq!(json_body(&request), serde_json::json!({"first_name": "Ada", "external_id": null}));
}

#[tokio::test]
async fn a_later_value_replaces_an_earlier_null() {
    let server = server(404, clerk_errors("resource_not_found")).await;
    let _ = client(&server).users().update("user_1").external_id_null().external_id("ext-9").send().await;
    assert_eq!(json_body(&only_request(&server).await), serde_json::json!({"external_id": "ext-9"}));
}

#[tokio::test]
async fn multipart_upload_streams_a_file_with_name_and_type() {
    let server = server(404, clerk_errors("resource_not_found")).await;
    let chunks = vec![Ok::<_, std::io::Error>(Bytes::from_static(b"\x89PNG")), Ok(Bytes::from_static(b"-streamed"))];
    let file = FilePart::from_stream(futures::stream::iter(chunks)).file_name("avatar.png").content_type("image/png");
    let result = client(&server).users().set_profile_image("user_1").file(file).send().await;
    assert!(matches!(result, Err(Error::Api { status, .. }) if status.as_u16() == 404));
    let request = only_request(&server).await;
    assert_eq!((request.method.as_str(), request.url.path()), ("POST", "/users/user_1/profile_image"));
    sdk_tests::multipart::assert_file_part(header(&request, "content-type"), &request.body, "file", "avatar.png", "image/png", b"\x89PNG-streamed");
}

#[tokio::test]
async fn multipart_upload_from_bytes() {
    let server = server(404, clerk_errors("resource_not_found")).await;
    let file = FilePart::new(&b"logo-bytes"[..]).file_name("logo.svg").content_type("image/svg+xml");
    let _ = client(&server).organizations().upload_logo("org_1", file).send().await;
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/organizations/org_1/logo");
    sdk_tests::multipart::assert_file_part(header(&request, "content-type"), &request.body, "file", "logo.svg", "image/svg+xml", b"logo-bytes");
}

#[tokio::test]
async fn millisecond_timestamps_and_unknown_enum_values_decode() {
    // 2^53 + 1 milliseconds would overflow an i32 (and lose precision in an f64); plain
    // `integer` fields are i64.
    let body = serde_json::json!({
        "object": "allowlist_identifier", "id": "alid_1", "identifier": "a@example.com",
        "identifier_type": "carrier_pigeon", "created_at": 9007199254740993_i64, "updated_at": 1762189394000_i64
    });
    let server = server(200, body).await;
    let created = client(&server).allowlist_identifiers().create("a@example.com").notify(true).send().await.expect("typed success");
    assert_eq!(created.created_at, Some(9007199254740993));
    assert_eq!(created.identifier_type, Some(types::AllowlistIdentifierIdentifierType::Unknown("carrier_pigeon".into())));
    let request = only_request(&server).await;
    assert_eq!(json_body(&request), serde_json::json!({"identifier": "a@example.com", "notify": true}));
}

#[tokio::test]
async fn error_statuses_give_the_typed_clerk_errors() {
    let server = server(404, clerk_errors("resource_not_found")).await;
    match client(&server).users().get("user_missing").send().await {
        Err(Error::Api { status, body, .. }) => {
            assert_eq!(status.as_u16(), 404);
            let clerk_backend_api::ApiErrorBody::Typed(errors) = body else { panic!("raw body: {body:?}") };
            assert_eq!(errors.errors[0].code, "resource_not_found");
        }
        other => panic!("expected an API error, got {other:?}"),
    }
}

#[tokio::test]
async fn the_secret_key_is_never_printed() {
    let server = server(401, clerk_errors("authentication_invalid")).await;
    let clerk = client(&server);
    let builder = clerk.users().update("user_1").first_name("Ada");
    let error = clerk.users().get("user_1").send().await.expect_err("401");
    let printed = format!("{clerk:?} {builder:?} {error} {error:?}");
    assert!(printed.contains("401"), "{printed}");
    assert!(!printed.contains(SECRET_KEY) && !printed.contains("SECRET"), "the key leaked: {printed}");
}

#[tokio::test]
async fn a_streamed_file_is_sent_once_and_the_real_failure_is_reported() {
    // A 429 is retried even for POST, but a stream cannot be sent twice: one attempt, and the
    // 429 itself comes back (not "the stream was consumed").
    let server = server(429, clerk_errors("too_many_requests")).await;
    let clerk = Client::builder(server.uri()).bearer_auth(SECRET_KEY).retry(RetryConfig::default()).build().expect("client");
    let chunks = vec![Ok::<_, std::io::Error>(Bytes::from_static(b"avatar"))];
    let file = FilePart::from_stream(futures::stream::iter(chunks)).file_name("a.png").content_type("image/png");
    let result = clerk.users().set_profile_image("user_1").file(file).send().await;
    assert!(matches!(result, Err(Error::Api { status, .. }) if status.as_u16() == 429), "{result:?}");
    assert_eq!(server.received_requests().await.unwrap_or_default().len(), 1);
}
