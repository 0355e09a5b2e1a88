//! Event streams: `text/event-stream` (server-sent events) and newline-delimited JSON
//! (`application/x-ndjson`, `application/jsonl`) success bodies, read as they arrive and decoded
//! into typed events. The framing is parsed here, over chunks that may end anywhere (in the
//! middle of a line, or of a UTF-8 character).

use std::fmt;
use std::pin::Pin;

use bytes::{Bytes, BytesMut};
use futures::Stream;
use serde::de::DeserializeOwned;

/// How an operation's streamed success body is framed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventFormat {
    /// `text/event-stream`: events separated by blank lines, `data:` lines joined by newlines;
    /// a `data: [DONE]` event ends the stream (OpenAI's convention, followed by many APIs).
    ServerSent,
    /// One JSON value per line.
    JsonLines,
}

/// One event of a stream: its decoded data, and for server-sent events the `event:` name, the
/// last `id:` and the last `retry:` delay the server sent (both hold from then on).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Event<T> {
    pub data: T,
    pub event: Option<String>,
    pub id: Option<String>,
    pub retry: Option<u64>,
}

/// Why a stream stopped early.
#[derive(Debug)]
#[non_exhaustive]
pub enum StreamError {
    /// The connection failed while the body was being read.
    Transport(reqwest::Error),
    /// An event's data does not decode into the event type (or is not UTF-8).
    Decode {
        /// The `event:` name of the event, when it had one.
        event: Option<String>,
        message: String,
        /// The first characters of the data.
        excerpt: String,
    },
}

impl fmt::Display for StreamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StreamError::Transport(e) => write!(f, "the event stream broke: {e}"),
            StreamError::Decode { event: Some(event), message, excerpt } => write!(f, "event `{event}` does not decode: {message} (data: {excerpt})"),
            StreamError::Decode { event: None, message, excerpt } => write!(f, "an event does not decode: {message} (data: {excerpt})"),
        }
    }
}

impl std::error::Error for StreamError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StreamError::Transport(e) => Some(e),
            StreamError::Decode { .. } => None,
        }
    }
}

/// The events of a streamed response, in order; it ends with the body, at a `[DONE]`, or after
/// yielding an error.
pub type EventStream<T> = Pin<Box<dyn Stream<Item = Result<Event<T>, StreamError>> + Send>>;

/// One framed event before its data is decoded.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct RawEvent {
    pub data: String,
    pub event: Option<String>,
    pub id: Option<String>,
    pub retry: Option<u64>,
}

/// Splits a byte stream into events, whatever the chunk boundaries.
#[derive(Debug)]
pub struct Framer {
    format: EventFormat,
    buffer: BytesMut,
    /// Server-sent events: the event being built, and whether it has any `data:` yet.
    pending: RawEvent,
    has_data: bool,
    /// The last event id, which carries over to later events (the SSE spec's "last event ID").
    last_id: Option<String>,
    /// The last `retry:` delay, which holds for the connection from then on, even when it came
    /// in an event without data (which is not dispatched).
    retry: Option<u64>,
    started: bool,
}

impl Framer {
    pub fn new(format: EventFormat) -> Self {
        Framer { format, buffer: BytesMut::new(), pending: RawEvent::default(), has_data: false, last_id: None, retry: None, started: false }
    }

    /// Feeds a chunk; returns the events it completes (a line that is not valid UTF-8 is an error).
    pub fn push(&mut self, chunk: &[u8]) -> Vec<Result<RawEvent, String>> {
        self.buffer.extend_from_slice(chunk);
        let mut out = Vec::new();
        while let Some(end) = self.buffer.iter().position(|b| *b == b'\n' || *b == b'\r') {
            // A `\r` at the very end may be the first half of `\r\n`: wait for the next chunk.
            if self.buffer[end] == b'\r' && end + 1 == self.buffer.len() {
                break;
            }
            let line = self.buffer.split_to(end);
            let terminator = if self.buffer.starts_with(b"\r\n") { 2 } else { 1 };
            let _ = self.buffer.split_to(terminator);
            match std::str::from_utf8(&line) {
                Ok(text) => {
                    let text = if self.started { text } else { text.trim_start_matches('\u{feff}') };
                    self.started = true;
                    if let Some(event) = self.line(text) {
                        out.push(Ok(event));
                    }
                }
                Err(e) => out.push(Err(format!("not UTF-8: {e}"))),
            }
        }
        out
    }

    /// The end of the body: a last line without its newline, and an event without its blank line.
    pub fn finish(&mut self) -> Vec<Result<RawEvent, String>> {
        let mut out = Vec::new();
        if !self.buffer.is_empty() {
            let rest = self.buffer.split();
            match std::str::from_utf8(&rest) {
                Ok(text) => out.extend(self.line(text.trim_end_matches('\r')).map(Ok)),
                Err(e) => out.push(Err(format!("not UTF-8: {e}"))),
            }
        }
        if self.format == EventFormat::ServerSent {
            out.extend(self.dispatch().map(Ok));
        }
        out
    }

    fn line(&mut self, line: &str) -> Option<RawEvent> {
        match self.format {
            EventFormat::JsonLines if line.trim().is_empty() => None,
            EventFormat::JsonLines => Some(RawEvent { data: line.to_owned(), ..RawEvent::default() }),
            EventFormat::ServerSent if line.is_empty() => self.dispatch(),
            EventFormat::ServerSent => {
                // `field: value` (one optional space after the colon), `field` alone, `: comment`.
                let (field, value) = match line.find(':') {
                    Some(0) => return None,
                    Some(i) => (&line[..i], line[i + 1..].strip_prefix(' ').unwrap_or(&line[i + 1..])),
                    None => (line, ""),
                };
                match field {
                    "data" => {
                        if self.has_data {
                            self.pending.data.push('\n');
                        }
                        self.pending.data.push_str(value);
                        self.has_data = true;
                    }
                    "event" => self.pending.event = Some(value.to_owned()),
                    "id" if !value.contains('\0') => self.last_id = Some(value.to_owned()),
                    // Only ASCII digits count (the SSE rule: `+1500` is ignored).
                    "retry" if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) => self.retry = value.parse().ok().or(self.retry),
                    _ => {}
                }
                None
            }
        }
    }

    /// A blank line ends an event; one without `data:` is dropped (the SSE rule).
    fn dispatch(&mut self) -> Option<RawEvent> {
        let mut event = std::mem::take(&mut self.pending);
        let had_data = std::mem::replace(&mut self.has_data, false);
        event.id = self.last_id.clone();
        event.retry = self.retry;
        had_data.then_some(event)
    }
}

/// The `[DONE]` sentinel that ends a stream of server-sent events.
pub fn is_done(event: &RawEvent) -> bool {
    event.data.trim() == "[DONE]"
}

/// How an event's data becomes the event type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventData {
    /// The data is JSON of the event type.
    Json,
    /// The data is the text itself (the event type is `String`).
    Text,
}

/// Decodes a framed event.
pub fn decode_event<T: DeserializeOwned>(raw: RawEvent, data: EventData) -> Result<Event<T>, StreamError> {
    let value = match data {
        EventData::Json => serde_json::from_str::<T>(&raw.data).map_err(|e| e.to_string()),
        EventData::Text => serde_json::from_value::<T>(serde_json::Value::String(raw.data.clone())).map_err(|e| e.to_string()),
    };
    match value {
        Ok(data) => Ok(Event { data, event: raw.event, id: raw.id, retry: raw.retry }),
        Err(message) => Err(StreamError::Decode { event: raw.event, message, excerpt: raw.data.chars().take(200).collect() }),
    }
}

/// The events of `body`, decoded; stops at the end of the body, at `[DONE]`, or after an error.
pub fn events<T, S>(body: S, format: EventFormat, data: EventData) -> EventStream<T>
where
    T: DeserializeOwned + Send + 'static,
    S: Stream<Item = Result<Bytes, reqwest::Error>> + Send + 'static,
{
    use futures::StreamExt;
    struct State<S> {
        body: Pin<Box<S>>,
        framer: Framer,
        ready: std::collections::VecDeque<Result<RawEvent, String>>,
        ended: bool,
    }
    let state = State { body: Box::pin(body), framer: Framer::new(format), ready: Default::default(), ended: false };
    Box::pin(futures::stream::unfold(state, move |mut state| async move {
        loop {
            if state.ended && state.ready.is_empty() {
                return None;
            }
            if let Some(next) = state.ready.pop_front() {
                return match next {
                    Ok(raw) if format == EventFormat::ServerSent && is_done(&raw) => None,
                    Ok(raw) => {
                        let decoded = decode_event::<T>(raw, data);
                        if decoded.is_err() {
                            state.ended = true;
                            state.ready.clear();
                        }
                        Some((decoded, state))
                    }
                    Err(message) => {
                        state.ended = true;
                        state.ready.clear();
                        Some((Err(StreamError::Decode { event: None, message, excerpt: String::new() }), state))
                    }
                };
            }
            match state.body.next().await {
                Some(Ok(chunk)) => state.ready.extend(state.framer.push(&chunk)),
                Some(Err(e)) => {
                    state.ended = true;
                    return Some((Err(StreamError::Transport(e)), state));
                }
                None => {
                    state.ended = true;
                    state.ready.extend(state.framer.finish());
                }
            }
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(format: EventFormat, chunks: &[&[u8]]) -> Vec<RawEvent> {
        let mut framer = Framer::new(format);
        let mut out: Vec<RawEvent> = chunks.iter().flat_map(|c| framer.push(c)).map(|r| r.expect("utf-8")).collect();
        out.extend(framer.finish().into_iter().map(|r| r.expect("utf-8")));
        out
    }

    fn sse(data: &str, event: Option<&str>, id: Option<&str>) -> RawEvent {
        RawEvent { data: data.into(), event: event.map(Into::into), id: id.map(Into::into), retry: None }
    }

    #[test]
    fn server_sent_fields_comments_and_multi_line_data() {
        let body = b": keep-alive\nevent: delta\nid: 7\ndata: {\"a\":\ndata: 1}\n\ndata:plain\n\nevent: empty\n\n";
        assert_eq!(frame(EventFormat::ServerSent, &[body]), [sse("{\"a\":\n1}", Some("delta"), Some("7")), sse("plain", None, Some("7"))]);
    }

    #[test]
    fn any_chunk_boundary_gives_the_same_events() {
        let body = "\u{feff}data: {\"text\": \"héllo\"}\r\n\r\nretry: 3000\r\nevent: end\r\ndata: [DONE]\r\n\r\n".as_bytes();
        let whole = frame(EventFormat::ServerSent, &[body]);
        assert_eq!(whole.len(), 2);
        assert_eq!(whole[0].data, "{\"text\": \"héllo\"}");
        assert_eq!(whole[1].retry, Some(3000));
        assert!(is_done(&whole[1]));
        for cut in 0..body.len() {
            assert_eq!(frame(EventFormat::ServerSent, &[&body[..cut], &body[cut..]]), whole, "cut at {cut}");
        }
        let bytes: Vec<&[u8]> = body.chunks(1).collect();
        assert_eq!(frame(EventFormat::ServerSent, &bytes), whole, "one byte at a time");
    }

    #[test]
    fn a_retry_without_data_holds_for_the_events_after_it() {
        let events = frame(EventFormat::ServerSent, &[b"retry: 1500\n\ndata: a\n\nretry: x\nretry: +9\ndata: b\n\n"]);
        assert_eq!(events.iter().map(|e| (e.data.as_str(), e.retry)).collect::<Vec<_>>(), [("a", Some(1500)), ("b", Some(1500))]);
    }

    #[test]
    fn the_last_event_needs_no_blank_line_and_lone_cr_ends_lines() {
        assert_eq!(frame(EventFormat::ServerSent, &[b"data: a\rdata: b"]), [sse("a\nb", None, None)]);
    }

    #[test]
    fn json_lines_skip_blank_lines_and_keep_a_last_line_without_newline() {
        let lines: Vec<String> = frame(EventFormat::JsonLines, &[b"{\"n\":1}\n\n{\"n\"", b":2}\r\n{\"n\":3}"]).into_iter().map(|e| e.data).collect();
        assert_eq!(lines, ["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"]);
    }

    #[test]
    fn undecodable_data_is_a_typed_error_naming_the_event() {
        let raw = sse("{\"n\": \"x\"}", Some("delta"), None);
        match decode_event::<std::collections::BTreeMap<String, i64>>(raw, EventData::Json) {
            Err(StreamError::Decode { event, excerpt, .. }) => {
                assert_eq!(event.as_deref(), Some("delta"));
                assert_eq!(excerpt, "{\"n\": \"x\"}");
            }
            other => panic!("expected a decode error, got {other:?}"),
        }
        let text = decode_event::<String>(sse("plain words", None, None), EventData::Text).expect("text");
        assert_eq!(text.data, "plain words");
    }
}
