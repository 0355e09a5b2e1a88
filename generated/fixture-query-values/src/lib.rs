#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![allow(
    rustdoc::bare_urls,
    rustdoc::broken_intra_doc_links,
    rustdoc::invalid_html_tags,
    rustdoc::invalid_rust_codeblocks
)]
#![allow(clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]
#![allow(clippy::type_complexity)]
mod client;
pub mod operations;
pub mod types;
pub use client::{Client, ClientBuilder};
pub use sdkgen_runtime::{
    ApiErrorBody, CredentialSource, Error, Event, EventStream, FilePart, MaybeBody,
    NoContent, Response, RetryConfig, SendError, SharedCredential, StreamError,
};
/// The API version of the spec this crate was generated from.
pub const API_VERSION: &str = "1";
/// The spec's first server URL, with its variables at their defaults.
pub const DEFAULT_BASE_URL: &str = "";
