//! `send_stream()` against a local server that sends real framing: HTTP chunked transfer with
//! chunk boundaries in the middle of lines (and of a UTF-8 character), comments, multi-line
//! data, `event:`/`id:` fields and a `[DONE]` sentinel; JSON lines; typed errors before the
//! stream starts and typed stream errors for a broken event.

use std::time::Duration;

use fixture_event_streams::{Client, Error, StreamError};
use futures::StreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Serves one request on 127.0.0.1 (a free port): `status`, `content_type`, then `chunks`,
/// each as its own HTTP chunk written after a short pause. Returns the base URL and the request.
async fn serve(status: u16, content_type: &'static str, chunks: Vec<Vec<u8>>) -> (String, tokio::task::JoinHandle<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let handle = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut request = Vec::new();
        let mut buf = [0u8; 4096];
        // The head, then as much body as Content-Length says.
        loop {
            let n = socket.read(&mut buf).await.expect("read");
            request.extend_from_slice(&buf[..n]);
            let text = String::from_utf8_lossy(&request).to_string();
            if let Some(end) = text.find("\r\n\r\n") {
                let length = text.lines().find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length: ").and_then(|v| v.trim().parse::<usize>().ok())).unwrap_or(0);
                if request.len() >= end + 4 + length {
                    break;
                }
            }
            if n == 0 {
                break;
            }
        }
        let head = format!("HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n");
        socket.write_all(head.as_bytes()).await.expect("write head");
        // The client may hang up once it has what it wants (after `[DONE]`): writes may fail.
        for chunk in chunks {
            tokio::time::sleep(Duration::from_millis(5)).await;
            let mut framed = format!("{:x}\r\n", chunk.len()).into_bytes();
            framed.extend_from_slice(&chunk);
            framed.extend_from_slice(b"\r\n");
            if socket.write_all(&framed).await.and(socket.flush().await).is_err() {
                break;
            }
        }
        let _ = socket.write_all(b"0\r\n\r\n").await;
        String::from_utf8_lossy(&request).to_string()
    });
    (url, handle)
}

/// `body` cut into chunks at each of `cuts` (byte offsets).
fn cut(body: &str, cuts: &[usize]) -> Vec<Vec<u8>> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    for &c in cuts {
        out.push(bytes[start..c].to_vec());
        start = c;
    }
    out.push(bytes[start..].to_vec());
    out
}

const CHAT: &str = ": connected\n\nevent: chunk\nid: 1\ndata: {\"id\":\"c1\",\ndata:  \"delta\":\"Hé\"}\n\ndata: {\"id\":\"c1\",\"delta\":\"llo\"}\r\n\r\ndata: [DONE]\n\ndata: {\"id\":\"after-done\",\"delta\":\"x\"}\n\n";

#[tokio::test]
async fn server_sent_events_arrive_typed_whatever_the_chunk_boundaries() {
    // Cuts inside `data:`, inside the JSON, between `\r` and `\n`, and inside the two bytes of `é`.
    let e_acute = CHAT.find('é').expect("é");
    let crlf = CHAT.find("\r\n").expect("crlf");
    let (url, request) = serve(200, "text/event-stream", cut(CHAT, &[3, 40, e_acute + 1, crlf + 1, CHAT.len() - 10])).await;
    let client = Client::builder(url).build().expect("client");
    let mut events = client.chat().create_completion("gpt").send_stream().await.expect("the stream starts");
    let mut got = Vec::new();
    while let Some(event) = events.next().await {
        let event = event.expect("event decodes");
        got.push((event.event.clone(), event.id.clone(), event.data.delta.clone()));
    }
    assert_eq!(
        got,
        [(Some("chunk".to_owned()), Some("1".to_owned()), "Hé".to_owned()), (None, Some("1".to_owned()), "llo".to_owned())],
        "two events; nothing after [DONE]"
    );
    let request = request.await.expect("server");
    assert!(request.to_ascii_lowercase().contains("accept: text/event-stream"), "{request}");
    assert!(request.contains("\"stream\":true"), "the body asks for the stream too: {request}");
}

#[tokio::test]
async fn json_lines_arrive_one_event_per_line() {
    let body = "{\"level\":\"info\",\"message\":\"a\"}\n{\"level\":\"warn\",\n\"message\":\"b\"}\n";
    // A JSON value may not span lines: the second line is broken, and the stream says so.
    let (url, _) = serve(200, "application/x-ndjson", cut(body, &[10, 35])).await;
    let client = Client::builder(url).build().expect("client");
    let mut lines = client.logs().tail().send_stream().await.expect("the stream starts");
    let first = lines.next().await.expect("a first line").expect("decodes");
    assert_eq!((first.data.level.as_str(), first.data.message.as_str()), ("info", "a"));
    match lines.next().await {
        Some(Err(StreamError::Decode { excerpt, .. })) => assert_eq!(excerpt, "{\"level\":\"warn\","),
        other => panic!("expected a typed decode error, got {other:?}"),
    }
    assert!(lines.next().await.is_none(), "an error ends the stream");
}

#[tokio::test]
async fn text_events_are_the_data_itself() {
    let (url, _) = serve(200, "text/event-stream", cut("data: Hello\n\ndata: world\ndata: again\n\n", &[8])).await;
    let client = Client::builder(url).build().expect("client");
    let tokens: Vec<String> = client.chat().stream_tokens().send_stream().await.expect("starts").map(|e| e.expect("event").data).collect().await;
    assert_eq!(tokens, ["Hello", "world\nagain"]);
}

#[tokio::test]
async fn events_without_a_schema_are_any_json() {
    let (url, _) = serve(200, "text/event-stream", cut("event: created\ndata: {\"id\": 1, \"tags\": [\"a\"]}\n\ndata: 42\n\n", &[20])).await;
    let client = Client::builder(url).build().expect("client");
    let events: Vec<serde_json::Value> = client.logs().watch_events().send_stream().await.expect("starts").map(|e| e.expect("event").data).collect().await;
    assert_eq!(events, [serde_json::json!({"id": 1, "tags": ["a"]}), serde_json::json!(42)]);
}

#[tokio::test]
async fn a_json_answer_where_a_stream_was_asked_for_is_a_typed_error_not_an_empty_stream() {
    let (url, _) = serve(200, "application/json", cut("{\"id\":\"c1\",\"text\":\"whole\"}", &[4])).await;
    let client = Client::builder(url).build().expect("client");
    match client.chat().create_completion("gpt").send_stream().await {
        Err(Error::Decode { status, message, excerpt, .. }) => {
            assert_eq!(status.as_u16(), 200);
            assert!(message.contains("application/json"), "{message}");
            assert!(excerpt.contains("whole"), "{excerpt}");
        }
        Err(other) => panic!("expected a decode error, got {other:?}"),
        Ok(_) => panic!("expected a decode error, got a stream"),
    }
}

#[tokio::test]
async fn an_error_status_before_the_stream_is_the_usual_typed_error() {
    let (url, _) = serve(400, "application/json", cut("{\"message\":\"bad model\"}", &[5])).await;
    let client = Client::builder(url).build().expect("client");
    match client.chat().create_completion("nope").send_stream().await {
        Err(Error::Api { status, body, .. }) => {
            assert_eq!(status.as_u16(), 400);
            match body {
                fixture_event_streams::ApiErrorBody::Typed(problem) => assert_eq!(problem.message, "bad model"),
                other => panic!("expected the typed error body, got {other:?}"),
            }
        }
        Err(other) => panic!("expected a typed API error, got {other:?}"),
        Ok(_) => panic!("expected a typed API error, got a stream"),
    }
}

#[tokio::test]
async fn a_connection_that_breaks_mid_stream_is_a_stream_error() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut buf = [0u8; 4096];
        let _ = socket.read(&mut buf).await;
        // A chunk promised as 0x40 bytes, then the connection closes after a few.
        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n40\r\ndata: {\"id\"").await;
    });
    let client = Client::builder(url).build().expect("client");
    let mut tokens = client.chat().stream_tokens().send_stream().await.expect("starts");
    match tokens.next().await {
        Some(Err(StreamError::Transport(_))) => {}
        other => panic!("expected a transport stream error, got {other:?}"),
    }
}
