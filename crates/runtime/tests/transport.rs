//! The transport against a local server: auth, retries on the wire, timeouts, bodies,
//! hooks, user agent, and responses that must give errors rather than panics.

mod support;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use reqwest::Method;
use sdkgen_runtime::{
    ApiErrorBody, Credential, CredentialSource, Error, FilePart, Multipart, RequestSpec, RetryConfig,
    SendError, SharedCredential, TransportBuilder,
};
use serde::{Deserialize, Serialize};
use support::{closed_port_url, Reply, TestServer, SCHEMES};

#[derive(Debug, Deserialize, PartialEq)]
struct User {
    id: String,
}

#[derive(Debug, Deserialize)]
struct ApiErrors {
    errors: Vec<ApiErrorItem>,
}

#[derive(Debug, Deserialize)]
struct ApiErrorItem {
    code: String,
}

fn fast_retry() -> RetryConfig {
    RetryConfig::default().with_base_delay(Duration::from_millis(1)).with_max_delay(Duration::from_millis(5))
}

fn builder(url: &str) -> TransportBuilder {
    TransportBuilder::new(url, SCHEMES, "sdkgen-test/1.0").retry(fast_retry())
}

fn get(path: &'static str) -> RequestSpec {
    RequestSpec::new("getThing", Method::GET, path, path.to_owned())
}

fn post(path: &'static str) -> RequestSpec {
    RequestSpec::new("createThing", Method::POST, path, path.to_owned())
}

// ---------------------------------------------------------------- responses

#[tokio::test]
async fn decodes_success_and_typed_api_errors() {
    let server = TestServer::start(|_, r| match r.path() {
        "/ok" => Reply::json(200, r#"{"id":"user_1"}"#),
        _ => Reply::json(404, r#"{"errors":[{"code":"resource_not_found","message":"nope"}]}"#)
            .header("X-Request-Id", "req_9"),
    })
    .await;
    let transport = builder(&server.url()).build().unwrap();
    let user: User = transport.send_json::<User, ApiErrors>(get("/ok")).await.unwrap();
    assert_eq!(user, User { id: "user_1".into() });

    let err = transport.send_json::<User, ApiErrors>(get("/missing")).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(404));
    assert_eq!(err.api_body().unwrap().errors[0].code, "resource_not_found");
    assert_eq!(err.headers().unwrap()["x-request-id"], "req_9");
    assert!(err.to_string().starts_with("API error 404 Not Found: ApiErrors"), "{err}");
    server.stop();
}

#[tokio::test]
async fn bad_responses_are_errors_not_panics() {
    let huge = vec![b'a'; 4096];
    let server = TestServer::start(move |_, r| match r.path() {
        "/html" => Reply::status(200).header("Content-Type", "text/html").body(b"<html>hi</html>".to_vec()),
        "/utf8" => Reply::status(200).header("Content-Type", "application/json").body(vec![b'"', 0xff, 0xfe, b'"']),
        "/empty" => Reply::status(200),
        "/huge" => Reply::status(200).body(huge.clone()),
        "/huge-chunked" => {
            let mut raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".to_vec();
            for _ in 0..8 {
                raw.extend_from_slice(b"200\r\n");
                raw.extend_from_slice(&[b'x'; 0x200]);
                raw.extend_from_slice(b"\r\n");
            }
            raw.extend_from_slice(b"0\r\n\r\n");
            Reply::Raw(raw)
        }
        "/truncated" => Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\":".to_vec()),
        "/garbage" => Reply::Raw(b"\x00\x01not http at all\r\n\r\n".to_vec()),
        "/teapot" => Reply::status(418).body(vec![0xc3, 0x28]),
        _ => Reply::Raw(Vec::new()),
    })
    .await;
    let transport = builder(&server.url()).max_response_size(1024).retry(RetryConfig::disabled()).build().unwrap();
    let call = |path: &'static str| transport.send_json::<User, ApiErrors>(get(path));

    let err = call("/html").await.unwrap_err();
    assert!(matches!(&err, Error::Decode { status, .. } if *status == 200), "{err:?}");
    assert!(err.to_string().contains("expected JSON, got content type `text/html`"), "{err}");

    let err = call("/utf8").await.unwrap_err();
    assert!(matches!(err, Error::Decode { .. }), "{err:?}");

    let err = call("/empty").await.unwrap_err();
    assert!(err.to_string().contains("got an empty body"), "{err}");

    for path in ["/huge", "/huge-chunked"] {
        let err = call(path).await.unwrap_err();
        assert!(matches!(&err, Error::Decode { path, .. } if path.is_empty()), "{err:?}");
        assert!(err.to_string().contains("larger than the limit of 1024 bytes"), "{err}");
    }

    for path in ["/truncated", "/garbage", "/closed"] {
        let err = call(path).await.unwrap_err();
        assert!(matches!(err, Error::Transport(_)), "{path}: {err:?}");
    }

    let err = call("/teapot").await.unwrap_err();
    assert!(matches!(&err, Error::Api { body: ApiErrorBody::Raw(b), .. } if b[..] == [0xc3, 0x28]), "{err:?}");
    assert_eq!(err.to_string(), "API error 418 I'm a teapot: \u{fffd}(");

    // A body within the limit is read whole.
    let bytes = builder(&server.url()).build().unwrap().send_bytes::<ApiErrors>(get("/huge")).await.unwrap();
    assert_eq!(bytes.len(), 4096);
    server.stop();
}

#[tokio::test]
async fn no_content_and_redirects_are_results() {
    let server = TestServer::start(|_, r| match r.path() {
        "/gone" => Reply::status(204),
        _ => Reply::status(303).header("Location", "https://example.com/next"),
    })
    .await;
    let transport = builder(&server.url()).build().unwrap();
    let done = transport.send_empty::<ApiErrors>(get("/gone").success(&[204])).await.unwrap();
    assert_eq!(done.status, 204);
    let redirect = transport.send_empty::<ApiErrors>(get("/redirect").success(&[303])).await.unwrap();
    assert_eq!(redirect.location(), Some("https://example.com/next"));
    assert_eq!(server.requests().len(), 2, "the redirect is not followed");
    server.stop();
}

// ---------------------------------------------------------------- auth

async fn sent_with(builder: impl FnOnce(TransportBuilder) -> TransportBuilder, spec: RequestSpec) -> support::Recorded {
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(TransportBuilder::new(server.url(), SCHEMES, "sdkgen-test/1.0")).build().unwrap();
    transport.send_empty::<ApiErrors>(spec).await.unwrap();
    let mut requests = server.requests();
    assert_eq!(requests.len(), 1);
    requests.remove(0)
}

fn token(value: &str) -> Credential {
    Credential::Token(value.into())
}

#[tokio::test]
async fn api_key_in_query() {
    let mut spec = get("/q").security(&[&["query_key"]]);
    spec.query("limit", 10);
    let r = sent_with(|b| b.credential("query_key", token("k&y=1")), spec).await;
    assert_eq!(r.query(), "limit=10&api_key=k%26y%3D1");
    assert_eq!(r.header("authorization"), None);
}

#[tokio::test]
async fn api_key_in_header() {
    let r = sent_with(|b| b.credential("header_key", token("hk_1")), get("/h").security(&[&["header_key"]])).await;
    assert_eq!(r.header("x-api-key"), Some("hk_1"));
    assert_eq!(r.query(), "");
}

#[tokio::test]
async fn api_key_in_cookie_joins_cookie_parameters() {
    let mut spec = get("/c").security(&[&["cookie_key"]]);
    spec.cookie("theme", "dark");
    let r = sent_with(|b| b.credential("cookie_key", token("sess_1")), spec).await;
    assert_eq!(r.headers_named("cookie"), vec!["theme=dark; __session=sess_1"]);
}

#[tokio::test]
async fn bearer_token() {
    let r = sent_with(|b| b.credential("bearer", token("tok_1")), get("/b").security(&[&["bearer"]])).await;
    assert_eq!(r.header("authorization"), Some("Bearer tok_1"));
}

#[tokio::test]
async fn basic_auth() {
    let credential = Credential::Basic { username: "jane".into(), password: "pa:ss".into() };
    let r = sent_with(|b| b.credential("basic", credential), get("/basic").security(&[&["basic"]])).await;
    // base64("jane:pa:ss")
    assert_eq!(r.header("authorization"), Some("Basic amFuZTpwYTpzcw=="));
}

#[tokio::test]
async fn no_security_sends_no_credentials_even_when_configured() {
    let r = sent_with(
        |b| b.credential("bearer", token("tok_1")).credential("query_key", token("k")).credential("cookie_key", token("c")),
        get("/public"),
    )
    .await;
    assert_eq!(r.header("authorization"), None);
    assert_eq!(r.header("cookie"), None);
    assert_eq!(r.query(), "");
}

#[tokio::test]
async fn empty_alternative_means_optional_auth() {
    static OPTIONAL: &[&[&str]] = &[&[], &["bearer"]];
    let r = sent_with(|b| b, get("/opt").security(OPTIONAL)).await;
    assert_eq!(r.header("authorization"), None);
    let r = sent_with(|b| b.credential("bearer", token("tok_1")), get("/opt").security(OPTIONAL)).await;
    assert_eq!(r.header("authorization"), Some("Bearer tok_1"));
}

#[tokio::test]
async fn first_configured_alternative_wins_and_all_of_it_is_applied() {
    static SECURITY: &[&[&str]] = &[&["bearer", "header_key"], &["query_key"]];
    // Only half of the first alternative is configured: the second one is used.
    let r = sent_with(|b| b.credential("bearer", token("t")).credential("query_key", token("q")), get("/a").security(SECURITY)).await;
    assert_eq!((r.header("authorization"), r.query()), (None, "api_key=q"));
    let r = sent_with(
        |b| b.credential("bearer", token("t")).credential("header_key", token("h")).credential("query_key", token("q")),
        get("/a").security(SECURITY),
    )
    .await;
    assert_eq!((r.header("authorization"), r.header("x-api-key"), r.query()), (Some("Bearer t"), Some("h"), ""));
}

#[tokio::test]
async fn a_later_credential_replaces_an_earlier_one() {
    let r = sent_with(
        |b| b.credential("bearer", token("old")).credential("bearer", token("new")),
        get("/b").security(&[&["bearer"]]),
    )
    .await;
    assert_eq!(r.header("authorization"), Some("Bearer new"));
}

#[tokio::test]
async fn wrong_kind_of_credential_or_bad_value_is_an_invalid_request() {
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(&server.url()).credential("bearer", Credential::Basic { username: "u".into(), password: "p".into() }).build().unwrap();
    let err = transport.send_empty::<ApiErrors>(get("/x").security(&[&["bearer"]])).await.unwrap_err();
    assert!(matches!(&err, Error::InvalidRequest(m) if m.contains("wrong kind")), "{err:?}");

    let transport = builder(&server.url()).credential("header_key", token("bad\nvalue")).build().unwrap();
    let err = transport.send_empty::<ApiErrors>(get("/x").security(&[&["header_key"]])).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");
    assert!(!err.to_string().contains("bad\nvalue"));
    assert!(server.requests().is_empty());
    server.stop();
}

#[tokio::test]
async fn a_shared_credential_is_read_on_every_request_by_every_clone() {
    let server = TestServer::always(|| Reply::status(204)).await;
    let shared = SharedCredential::new();
    let transport = builder(&server.url()).credential_source("bearer", shared.clone()).build().unwrap();
    let clone = transport.clone();
    let call = |t: sdkgen_runtime::Transport| async move {
        t.send_empty::<ApiErrors>(get("/x").security(&[&["bearer"], &[]])).await.unwrap();
    };
    call(transport.clone()).await; // not set yet: the empty alternative, no credential
    shared.set_token("first");
    call(transport.clone()).await;
    shared.clone().set_token("rotated"); // a clone of the credential rotates it for everyone
    call(clone.clone()).await;
    shared.clear();
    call(clone).await;
    let sent: Vec<Option<String>> = server.requests().iter().map(|r| r.header("authorization").map(str::to_owned)).collect();
    assert_eq!(sent, [None, Some("Bearer first".into()), Some("Bearer rotated".into()), None]);
    assert_eq!(format!("{shared:?}"), "SharedCredential(<empty>)");
    shared.set_token("secret-value");
    assert!(!format!("{shared:?} {transport:?}").contains("secret-value"));
    server.stop();
}

#[tokio::test]
async fn any_credential_source_works() {
    /// A source that counts how often it is asked.
    struct Counting(Arc<AtomicUsize>);
    impl CredentialSource for Counting {
        fn credential(&self) -> Option<Credential> {
            let n = self.0.fetch_add(1, Ordering::SeqCst);
            Some(Credential::Token(format!("key-{n}").into()))
        }
    }
    let asked = Arc::new(AtomicUsize::new(0));
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(&server.url()).credential_source("header_key", Counting(asked.clone())).build().unwrap();
    for _ in 0..2 {
        transport.send_empty::<ApiErrors>(get("/x").security(&[&["header_key"]])).await.unwrap();
    }
    let sent: Vec<String> = server.requests().iter().filter_map(|r| r.header("x-api-key").map(str::to_owned)).collect();
    assert_eq!(sent, ["key-0", "key-1"]);
    assert_eq!(asked.load(Ordering::SeqCst), 2);
    server.stop();
}

#[tokio::test]
async fn send_with_response_keeps_status_and_headers_and_the_response_hook_sees_every_attempt() {
    let server = TestServer::start(|i, _| match i {
        0 => Reply::status(503).header("X-Attempt", "0"),
        _ => Reply::json(201, r#"{"id":"user_1"}"#).header("Authorization", "rotated-token").header("X-Request-Id", "req_1"),
    })
    .await;
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    let transport = builder(&server.url())
        .response_hook(move |r| log.lock().unwrap().push((r.status.as_u16(), r.headers.get("x-attempt").is_some(), r.body.len())))
        .build()
        .unwrap();
    let response = transport.send_json_with_response::<User, ApiErrors>(get("/users").success(&[201])).await.unwrap();
    assert_eq!(response.status, 201);
    assert_eq!(response.header("x-request-id"), Some("req_1"));
    assert_eq!(response.header("authorization"), Some("rotated-token"));
    assert_eq!(response.body, User { id: "user_1".into() });
    // Debug of a response redacts credentials it carries.
    assert!(!format!("{response:?}").contains("rotated-token"));
    assert_eq!(*seen.lock().unwrap(), [(503, true, 0), (201, false, 15)]);

    // The other shapes: no body, bytes.
    let server = TestServer::always(|| Reply::status(204).header("Location", "/next")).await;
    let transport = builder(&server.url()).build().unwrap();
    let empty = transport.send_empty_with_response::<ApiErrors>(get("/e")).await.unwrap();
    assert_eq!((empty.status.as_u16(), empty.header("location")), (204, Some("/next")));
    let bytes = transport.send_bytes_with_response::<ApiErrors>(get("/b")).await.unwrap();
    assert_eq!((bytes.status.as_u16(), bytes.body.len()), (204, 0));
    let maybe = transport.send_json_or_empty_with_response::<User, ApiErrors>(get("/m"), &[204]).await.unwrap();
    assert!(matches!(maybe.body, sdkgen_runtime::MaybeBody::Empty(_)));
    server.stop();
}

// ---------------------------------------------------------------- request building

#[tokio::test]
async fn user_agent_is_sent_and_can_be_replaced() {
    let r = sent_with(|b| b, get("/ua")).await;
    assert_eq!(r.header("user-agent"), Some("sdkgen-test/1.0"));
    let r = sent_with(|b| b.user_agent("my-app/2 sdkgen-test/1.0"), get("/ua")).await;
    assert_eq!(r.headers_named("user-agent"), vec!["my-app/2 sdkgen-test/1.0"]);
    let err = TransportBuilder::new("http://127.0.0.1:1", SCHEMES, "bad\nagent").build().unwrap_err();
    assert!(matches!(err, SendError::InvalidRequest(_)));
}

#[tokio::test]
async fn parameters_and_bodies_are_encoded_as_declared() {
    #[derive(Serialize)]
    struct Form<'a> {
        identifier: &'a str,
        strategies: Vec<&'a str>,
    }
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(&server.url()).build().unwrap();

    let mut spec = RequestSpec::new("getUser", Method::GET, "/v1/users/{id}", format!("/v1/users/{}", sdkgen_runtime::encode_path_segment("a/b c")));
    spec.query_exploded("id", &["1", "2"]);
    spec.query_joined("fields", &["a", "b"], ",");
    spec.header("X-Trace", 42);
    transport.send_empty::<ApiErrors>(spec).await.unwrap();

    let mut spec = post("/form");
    spec.form(&Form { identifier: "jane@example.com", strategies: vec!["password", "email_code"] });
    transport.send_empty::<ApiErrors>(spec).await.unwrap();

    let mut spec = post("/json");
    spec.json(&serde_json::json!({"name": "x"}));
    transport.send_empty::<ApiErrors>(spec).await.unwrap();

    let mut spec = post("/bytes");
    spec.bytes(vec![1u8, 2, 3], "application/octet-stream");
    transport.send_empty::<ApiErrors>(spec).await.unwrap();

    let mut form = Multipart::new();
    form.text("name", "avatar");
    form.file("file", &FilePart::new(b"PNGDATA".to_vec()).file_name("a.png").content_type("image/png"));
    let mut spec = post("/multipart");
    spec.multipart(form);
    transport.send_empty::<ApiErrors>(spec).await.unwrap();

    let r = server.requests();
    assert_eq!(r[0].target, "/v1/users/a%2Fb%20c?id=1&id=2&fields=a%2Cb");
    assert_eq!(r[0].header("x-trace"), Some("42"));
    assert_eq!(r[1].header("content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(r[1].body, b"identifier=jane%40example.com&strategies=password&strategies=email_code");
    assert_eq!(r[2].header("content-type"), Some("application/json"));
    assert_eq!(r[2].body, br#"{"name":"x"}"#);
    assert_eq!(r[3].header("content-type"), Some("application/octet-stream"));
    assert_eq!(r[3].body, [1, 2, 3]);
    assert!(r[4].header("content-type").unwrap().starts_with("multipart/form-data; boundary="));
    let body = String::from_utf8_lossy(&r[4].body);
    assert!(body.contains("name=\"name\"\r\n\r\navatar"), "{body}");
    assert!(body.contains("filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA"), "{body}");
    server.stop();
}

#[tokio::test]
async fn body_encoding_failure_is_an_invalid_request() {
    struct Fails;
    impl Serialize for Fails {
        fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom("no"))
        }
    }
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(&server.url()).build().unwrap();
    let mut spec = post("/x");
    spec.json(&Fails);
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid request: cannot encode the JSON body: no");
    assert!(server.requests().is_empty());
    server.stop();
}

#[tokio::test]
async fn custom_client_and_base_url_with_a_path() {
    let server = TestServer::always(|| Reply::json(200, r#"{"id":"u"}"#)).await;
    let client = reqwest::Client::builder().build().unwrap();
    let transport = TransportBuilder::new("https://unused.invalid", SCHEMES, "sdkgen-test/1.0")
        .base_url(format!("{}/prefix/", server.url()))
        .http_client(client)
        .build()
        .unwrap();
    assert_eq!(transport.base_url(), format!("{}/prefix", server.url()));
    transport.send_json::<User, ApiErrors>(get("/v1/me")).await.unwrap();
    assert_eq!(server.requests()[0].target, "/prefix/v1/me");

    for bad in ["not a url", "mailto:x@example.com", "", "ftp://example.com"] {
        let err = TransportBuilder::new(bad, SCHEMES, "ua").build().unwrap_err();
        assert!(matches!(err, SendError::InvalidRequest(_)), "{bad}");
        assert!(err.to_string().starts_with("invalid request: invalid base URL"), "{err}");
    }
    server.stop();
}

#[tokio::test]
async fn request_hook_sees_every_attempt_after_credentials() {
    let seen = Arc::new(AtomicUsize::new(0));
    let server = TestServer::start(|n, _| if n < 2 { Reply::status(503) } else { Reply::status(204) }).await;
    let counter = seen.clone();
    let transport = builder(&server.url())
        .credential("bearer", token("tok"))
        .request_hook(move |request| {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            assert_eq!(request.headers()["authorization"], "Bearer tok");
            request.headers_mut().insert("x-attempt", n.to_string().parse().unwrap());
        })
        .build()
        .unwrap();
    transport.send_empty::<ApiErrors>(get("/h").security(&[&["bearer"]])).await.unwrap();
    assert_eq!(seen.load(Ordering::SeqCst), 3);
    let attempts: Vec<_> = server.requests().iter().map(|r| r.header("x-attempt").unwrap().to_owned()).collect();
    assert_eq!(attempts, ["0", "1", "2"]);
    server.stop();
}

// ---------------------------------------------------------------- retries and timeouts on the wire

#[tokio::test]
async fn retries_on_the_wire() {
    // GET: 502, 503, then success: three requests.
    let server = TestServer::start(|n, _| match n {
        0 => Reply::status(502),
        1 => Reply::status(503).header("Retry-After", "0"),
        _ => Reply::json(200, r#"{"id":"u"}"#),
    })
    .await;
    let transport = builder(&server.url()).build().unwrap();
    transport.send_json::<User, ApiErrors>(get("/r")).await.unwrap();
    assert_eq!(server.requests().len(), 3);
    server.stop();

    // POST after 503: not resent; the 503 is the answer.
    let server = TestServer::always(|| Reply::status(503)).await;
    let transport = builder(&server.url()).build().unwrap();
    let err = transport.send_empty::<ApiErrors>(post("/p")).await.unwrap_err();
    assert_eq!(err.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1);
    server.stop();

    // POST after 429: resent; all attempts used up, the last 429 is returned with its body.
    let server = TestServer::always(|| Reply::json(429, r#"{"errors":[{"code":"too_many_requests"}]}"#)).await;
    let transport = builder(&server.url()).retry(fast_retry().with_max_attempts(4)).build().unwrap();
    let err = transport.send_empty::<ApiErrors>(post("/p")).await.unwrap_err();
    assert_eq!(err.api_body().unwrap().errors[0].code, "too_many_requests");
    assert_eq!(server.requests().len(), 4);
    let bodies: Vec<_> = server.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(bodies, ["POST"; 4]);
    server.stop();

    // Retries off: one request.
    let server = TestServer::always(|| Reply::status(503)).await;
    let transport = builder(&server.url()).retry(RetryConfig::disabled()).build().unwrap();
    transport.send_empty::<ApiErrors>(get("/g")).await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
    server.stop();
}

#[tokio::test]
async fn a_refused_connection_is_retried_even_for_post_then_reported() {
    let url = closed_port_url().await;
    let attempts = Arc::new(AtomicUsize::new(0));
    let counter = attempts.clone();
    let transport = builder(&url)
        .retry(fast_retry().with_max_attempts(3))
        .request_hook(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .build()
        .unwrap();
    let err = transport.send_empty::<ApiErrors>(post("/p")).await.unwrap_err();
    assert_eq!(attempts.load(Ordering::SeqCst), 3);
    match &err {
        Error::Transport(e) => assert!(e.is_connect(), "{e:?}"),
        other => panic!("{other:?}"),
    }
    let message = err.to_string();
    assert!(message.starts_with("transport error: error sending request"), "{message}");
    assert!(!message.contains(&url), "no URL in transport errors: {message}");
}

#[tokio::test]
async fn a_connection_closed_after_sending_is_not_retried() {
    let server = TestServer::always(|| Reply::Raw(Vec::new())).await;
    let transport = builder(&server.url()).build().unwrap();
    let err = transport.send_empty::<ApiErrors>(get("/g")).await.unwrap_err();
    assert!(matches!(err, Error::Transport(_)), "{err:?}");
    assert_eq!(server.requests().len(), 1);
    server.stop();
}

#[tokio::test]
async fn a_slow_server_gives_a_timeout() {
    let server = TestServer::always(|| Reply::Hang).await;
    let transport = builder(&server.url()).timeout(Some(Duration::from_millis(200))).build().unwrap();
    let err = transport.send_json::<User, ApiErrors>(get("/slow")).await.unwrap_err();
    assert!(matches!(err, Error::Timeout), "{err:?}");
    assert!(err.is_timeout());
    assert_eq!(err.to_string(), "the request timed out");
    // A timed-out request may have been acted on: it is not resent.
    assert_eq!(server.requests().len(), 1);
    server.stop();
}

#[tokio::test]
async fn a_slow_body_gives_a_timeout() {
    // Headers arrive at once, the body never completes.
    let server = TestServer::always(|| Reply::RawThenHang(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{".to_vec())).await;
    let transport = builder(&server.url()).timeout(Some(Duration::from_millis(100))).build().unwrap();
    let err = transport.send_bytes::<ApiErrors>(get("/slow")).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    server.stop();
}

#[tokio::test]
async fn a_connection_that_cannot_be_established_in_time_gives_a_timeout() {
    // A listener whose accept queue is full: the kernel drops further connection attempts,
    // so connecting hangs until the connect timeout.
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(1).unwrap();
    let addr = listener.local_addr().unwrap();
    let mut queued = Vec::new();
    for _ in 0..4 {
        // Fill the queue; once full, these attempts hang too, so don't wait for them long.
        if let Ok(Ok(stream)) = tokio::time::timeout(Duration::from_millis(100), tokio::net::TcpStream::connect(addr)).await {
            queued.push(stream);
        }
    }
    let attempts = Arc::new(AtomicUsize::new(0));
    let counter = attempts.clone();
    let transport = builder(&format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(100))
        .timeout(None)
        .retry(fast_retry().with_max_attempts(2))
        .request_hook(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        })
        .build()
        .unwrap();
    let err = transport.send_empty::<ApiErrors>(post("/p")).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    // Never connected, so even a POST was tried again.
    assert_eq!(attempts.load(Ordering::SeqCst), 2);
    drop(queued);
    drop(listener);
}

#[tokio::test]
async fn invalid_parameters_are_invalid_requests_naming_the_problem() {
    let server = TestServer::always(|| Reply::status(204)).await;
    let transport = builder(&server.url()).build().unwrap();

    let mut spec = get("/x");
    spec.header("X-Note", "line\nbreak");
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid request: the value of header x-note is not a valid header value");

    let mut spec = get("/x");
    spec.header("bad header", "v");
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid request: \"bad header\" is not a valid header name");

    let mut spec = get("/x");
    spec.cookie("c", "a\r\nb");
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    assert!(matches!(err, Error::InvalidRequest(_)), "{err:?}");

    let mut form = Multipart::new();
    form.file("file", &FilePart::new(vec![1u8]).content_type("not a mime type"));
    let mut spec = post("/x");
    spec.multipart(form);
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    assert_eq!(err.to_string(), "invalid request: multipart body: invalid content type \"not a mime type\"");

    assert!(server.requests().is_empty(), "nothing invalid was sent");
    server.stop();
}
