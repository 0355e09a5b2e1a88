//! The Prism mock-server harness ([`prism`]) and the suite that calls every operation of a
//! generated crate against it ([`mock`]), with an independent schema check of responses
//! ([`schema_check`]). The calls themselves are synthesised from the spec by
//! `sdkgen_mock_calls`; `crates/sdk-tests` runs the suite on the bundled crates and
//! `cargo xtask corpus` on every crate of the corpus.

pub mod mock;
pub mod prism;
pub mod schema_check;
