//! Runtime shared by every generated API client.
//!
//! Generated crates stay declarative: each operation builds a [`RequestSpec`]
//! (method, path, parameters, body, security requirements) and hands it to
//! [`Transport::send_json`] (or a sibling), which applies credentials, sends it with retries and
//! decodes the response into the operation's typed success or error body.
//! Everything here is non-generic where it can be, so that the per-operation
//! code the compiler has to monomorphise stays small.

mod auth;
mod decode;
mod error;
pub mod enums;
mod paginate;
mod redact;
mod request;
mod retry;
mod transport;

pub use auth::{Credential, SchemeKind, Secret, SecurityScheme};
pub use decode::NoContent;
pub use error::{ApiErrorBody, Error, SendError};
pub use request::{encode_path_segment, FilePart, Multipart, RequestBody, RequestSpec};
pub use paginate::{paginate, Page};
pub use retry::RetryConfig;
pub use transport::{RawResponse, RequestHook, Transport, TransportBuilder, DEFAULT_MAX_RESPONSE_SIZE};

/// Re-exported so generated crates and their users name the same versions.
pub use bytes;
pub use reqwest;
pub use serde;
pub use serde_json;
