//! Runtime shared by every generated API client.
//!
//! Generated crates stay declarative: each operation builds a [`RequestSpec`]
//! (method, path, parameters, body, security requirements) and hands it to
//! [`Transport::send_json`] (or a sibling), which applies credentials, sends it with
//! retries and decodes the response into the operation's typed success or error body.
//! Everything here is non-generic where it can be, so that the per-operation
//! code the compiler has to monomorphise stays small.
//!
//! - [`Error`]: one error type; `Api` (error status, headers, typed or raw body),
//!   `Transport`, `Timeout`, `Decode` (status, JSON path, excerpt), `InvalidRequest`.
//!   No response, however malformed, makes the runtime panic.
//! - [`RetryConfig`]: backoff with jitter on 429/502/503/504 and failed connections,
//!   honouring `Retry-After`; non-idempotent requests are resent only when safe.
//! - [`TransportBuilder`]: base URL, credentials per security scheme (fixed, or a
//!   [`CredentialSource`] such as [`SharedCredential`] asked on every request), timeouts,
//!   a custom `reqwest::Client`, request and response hooks, the `User-Agent`, a body size limit.
//! - [`Response`]: a decoded body with the response's status and headers (`send_with_response()`).
//! - [`paginate`]: a lazy `Stream` over every item of a `limit`/`offset` list operation.
//! - Secrets ([`Secret`], cookies, `Authorization`, sensitive parameters and response
//!   headers) never appear in `Debug` output, error messages or the `tracing` output,
//!   where each request gets a `request` span (operation, method, path template, status,
//!   attempts, latency).

mod auth;
pub mod binary_text;
pub mod de;
mod decode;
mod error;
pub mod events;
mod form;
pub mod enums;
pub mod nullable;
mod paginate;
mod redact;
mod request;
mod retry;
mod transport;
pub mod union;

pub use auth::{Credential, CredentialSource, SchemeKind, Secret, SecurityScheme, SharedCredential};
pub use decode::{MaybeBody, NoContent, Response};
pub use error::{ApiErrorBody, Error, SendError};
pub use events::{Event, EventData, EventFormat, EventStream, StreamError};
pub use form::part_text;
pub use request::{encode_path_segment, json_text, FilePart, MapStyle, Multipart, RequestBody, RequestSpec, ValueText};
pub use paginate::{paginate, ItemStream, Page};
pub use retry::RetryConfig;
pub use union::TaggedUnion;
pub use redact::Redacted;
pub use transport::{RawResponse, RequestHook, ResponseHook, Transport, TransportBuilder, DEFAULT_MAX_RESPONSE_SIZE};

/// Re-exported so generated crates and their users name the same versions.
pub use bytes;
pub use futures;
pub use reqwest;
pub use serde;
pub use serde_json;
