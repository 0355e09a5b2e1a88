//! Tracing output and secrets: every request gets a span with its operation, method, path
//! template, status, attempts and latency; no credential, cookie, password or Authorization
//! value shows up in logs, `Debug` output or error messages.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use base64_free::encode_basic;
use reqwest::Method;
use sdkgen_runtime::{Credential, Multipart, RequestSpec, RetryConfig, TransportBuilder};
use serde::Deserialize;
use support::{closed_port_url, Reply, TestServer, SCHEMES};

/// Everything every test wrote to the log, at every level, from every crate (including
/// `reqwest`/`hyper` records that go through the `log` crate).
fn logs() -> Arc<Mutex<Vec<u8>>> {
    static LOGS: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();
    LOGS.get_or_init(|| {
        let buffer = Arc::new(Mutex::new(Vec::new()));
        let writer = buffer.clone();
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_ansi(false)
            .with_writer(move || BufferWriter(writer.clone()))
            .try_init()
            .expect("the only subscriber of this test binary");
        buffer
    })
    .clone()
}

struct BufferWriter(Arc<Mutex<Vec<u8>>>);

impl Write for BufferWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn logged() -> String {
    String::from_utf8_lossy(&logs().lock().unwrap()).into_owned()
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct User {
    id: String,
    count: i64,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct ApiErrors {
    errors: Vec<serde_json::Value>,
}

fn fast_retry() -> RetryConfig {
    RetryConfig::default().with_base_delay(Duration::from_millis(1)).with_max_delay(Duration::from_millis(5))
}

#[tokio::test]
async fn each_request_has_a_span_with_its_outcome() {
    let _logs = logs();
    let server = TestServer::start(|n, _| if n == 0 { Reply::status(503) } else { Reply::json(200, r#"{"id":"u","count":1}"#) }).await;
    let transport = TransportBuilder::new(server.url(), SCHEMES, "ua/1").retry(fast_retry()).build().unwrap();
    let spec = RequestSpec::new("getSpanUser", Method::GET, "/v1/users/{user_id}", "/v1/users/user_42".into());
    transport.send_json::<User, ApiErrors>(spec).await.unwrap();
    server.stop();

    let logs = logged();
    let line = logs
        .lines()
        .find(|l| l.contains("operation=\"getSpanUser\"") && l.contains("response received"))
        .unwrap_or_else(|| panic!("no span line in:\n{logs}"));
    for field in ["method=GET", "path=\"/v1/users/{user_id}\"", "status=200", "attempts=2", "latency_ms="] {
        assert!(line.contains(field), "{field} missing from {line}");
    }
    // The template is logged, not the filled-in path (ids can be personal data).
    assert!(!line.contains("user_42"), "{line}");
    assert!(logs.lines().any(|l| l.contains("operation=\"getSpanUser\"") && l.contains("retrying") && l.contains("reason=\"503\"")));
}

/// A `mod` instead of a dependency: base64 for the expected Basic credentials.
mod base64_free {
    pub fn encode_basic(user: &str, password: &str) -> String {
        const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let input = format!("{user}:{password}").into_bytes();
        let mut out = String::new();
        for chunk in input.chunks(3) {
            let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
            let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
            for i in 0..4 {
                if i <= chunk.len() {
                    out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
                } else {
                    out.push('=');
                }
            }
        }
        out
    }
}

#[tokio::test]
async fn secrets_never_leak() {
    let _logs = logs();
    const SECRETS: &[&str] = &[
        "QK_SECRET_1",
        "HK_SECRET_2",
        "CK_SECRET_3",
        "BEARER_SECRET_4",
        "BASIC_PASS_5",
        "COOKIE_PARAM_6",
        "AUTHZ_PARAM_7",
        "DBJWT_8",
        "FORM_PASS_9",
        "MP_SECRET_10",
        "SETCOOKIE_11",
        "RESP_AUTH_12",
        "BODY_JWT_13",
        "BODY_TOK_14",
    ];
    let basic = encode_basic("jane", "BASIC_PASS_5");

    let server = TestServer::start(|n, r| match (n, r.path()) {
        (0, _) => Reply::status(429).header("Set-Cookie", "__client=SETCOOKIE_11; HttpOnly"),
        (_, "/keys") => Reply::status(401)
            .header("Set-Cookie", "__client=SETCOOKIE_11; HttpOnly")
            .header("Authorization", "RESP_AUTH_12")
            .body(br#"{"error":"bad","token":"BODY_TOK_14"}"#.to_vec()),
        (_, "/slow") => Reply::Hang,
        (_, "/basic") => Reply::json(200, r#"{"id":"u","count":"x","session":{"jwt":"BODY_JWT_13"}}"#),
        _ => Reply::status(204)
            .header("Set-Cookie", "__client=SETCOOKIE_11; HttpOnly")
            .header("Authorization", "RESP_AUTH_12"),
    })
    .await;

    let mut shown: Vec<String> = Vec::new();
    let builder = TransportBuilder::new(server.url(), SCHEMES, "ua/1")
        .retry(fast_retry())
        .credential("query_key", Credential::Token("QK_SECRET_1".into()))
        .credential("header_key", Credential::Token("HK_SECRET_2".into()))
        .credential("cookie_key", Credential::Token("CK_SECRET_3".into()))
        .credential("bearer", Credential::Token("BEARER_SECRET_4".into()))
        .credential("basic", Credential::Basic { username: "jane".into(), password: "BASIC_PASS_5".into() });
    shown.push(format!("{builder:?}"));
    let transport = builder.build().unwrap();
    shown.push(format!("{transport:?}"));

    // Every API key kind and a bearer token, plus secret-looking parameters and a form body.
    let mut spec = RequestSpec::new("listKeys", Method::POST, "/keys", "/keys".into())
        .security(&[&["query_key", "header_key", "cookie_key", "bearer"]]);
    spec.cookie("__session_extra", "COOKIE_PARAM_6");
    spec.header("Authorization-Extra", "AUTHZ_PARAM_7");
    spec.query("__clerk_db_jwt", "DBJWT_8");
    spec.query("limit", 10);
    spec.form(&[("identifier", "jane"), ("password", "FORM_PASS_9")]);
    shown.push(format!("{spec:?}"));
    let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
    shown.push(format!("{err:?}"));
    shown.push(err.to_string());

    // Basic credentials, and a success body with a token that does not decode.
    let spec = RequestSpec::new("getBasic", Method::GET, "/basic", "/basic".into()).security(&[&["basic"]]);
    let err = transport.send_json::<User, ApiErrors>(spec).await.unwrap_err();
    shown.push(format!("{err:?}"));
    shown.push(err.to_string());

    // A multipart text part; a success whose headers carry secrets (NoContent, RawResponse).
    let mut form = Multipart::new();
    form.text("password", "MP_SECRET_10");
    let mut spec = RequestSpec::new("upload", Method::POST, "/upload", "/upload".into()).security(&[&["bearer"]]);
    spec.multipart(form);
    shown.push(format!("{spec:?}"));
    let done = transport.send_empty::<ApiErrors>(spec).await.unwrap();
    shown.push(format!("{done:?}"));
    let raw = transport.execute(RequestSpec::new("raw", Method::GET, "/raw", "/raw".into())).await.unwrap();
    shown.push(format!("{raw:?}"));

    // Transport failures and timeouts, with every credential configured.
    for (url, timeout) in [(closed_port_url().await, None), (server.url(), Some(Duration::from_millis(1)))] {
        let transport = TransportBuilder::new(url, SCHEMES, "ua/1")
            .retry(RetryConfig::disabled())
            .timeout(timeout)
            .credential("query_key", Credential::Token("QK_SECRET_1".into()))
            .credential("bearer", Credential::Token("BEARER_SECRET_4".into()))
            .build()
            .unwrap();
        let mut spec = RequestSpec::new("fail", Method::GET, "/slow", "/slow".into()).security(&[&["query_key", "bearer"]]);
        spec.query("__clerk_db_jwt", "DBJWT_8");
        let err = transport.send_empty::<ApiErrors>(spec).await.unwrap_err();
        shown.push(format!("{err:?}"));
        shown.push(err.to_string());
    }

    // The secrets did travel: the test would prove nothing otherwise.
    let requests = server.requests();
    let keys = requests.iter().find(|r| r.path() == "/keys").unwrap();
    assert!(keys.query().contains("api_key=QK_SECRET_1") && keys.query().contains("DBJWT_8"));
    assert_eq!(keys.header("x-api-key"), Some("HK_SECRET_2"));
    assert_eq!(keys.header("authorization"), Some("Bearer BEARER_SECRET_4"));
    assert!(keys.header("cookie").unwrap().contains("CK_SECRET_3"));
    assert!(keys.header("cookie").unwrap().contains("COOKIE_PARAM_6"));
    assert!(String::from_utf8_lossy(&keys.body).contains("FORM_PASS_9"));
    let basic_request = requests.iter().find(|r| r.path() == "/basic").unwrap();
    assert_eq!(basic_request.header("authorization"), Some(format!("Basic {basic}").as_str()));
    let upload = requests.iter().find(|r| r.path() == "/upload").unwrap();
    assert!(String::from_utf8_lossy(&upload.body).contains("MP_SECRET_10"));
    server.stop();

    let logs = logged();
    if std::env::var_os("SHOW_LOGS").is_some() {
        eprintln!("{logs}");
    }
    assert!(logs.contains("operation=\"listKeys\""), "logging was captured:\n{logs}");
    for (i, text) in shown.iter().chain(std::iter::once(&logs)).enumerate() {
        for secret in SECRETS.iter().copied().chain(std::iter::once(basic.as_str())) {
            assert!(!text.contains(secret), "{secret} leaked in output #{i}:\n{text}");
        }
    }
    // Redaction keeps what is useful: names, statuses, non-secret values.
    let all = shown.join("\n");
    for visible in ["__session_extra", "Authorization-Extra", "\"limit\", \"10\"", "set-cookie", "<redacted>", "401"] {
        assert!(all.contains(visible), "{visible} missing from:\n{all}");
    }
}
