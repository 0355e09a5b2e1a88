//! Helpers for the tests in `tests/`: the Prism mock-server suite (re-exported from
//! `sdkgen-mock-suite`: [`prism`], [`mock`], [`schema_check`]); checks on multipart bodies
//! ([`multipart`]); a local request-recording server ([`wire`]).

pub use sdkgen_mock_suite::{mock, prism, schema_check};
pub mod multipart;
pub mod wire;
