//! Helpers for the tests in `tests/`: the Prism mock-server harness ([`prism`]) and the suite
//! that calls every operation of a generated crate against it ([`mock`]), with an independent schema check of responses ([`schema_check`]); checks on multipart bodies ([`multipart`]); a local request-recording server ([`wire`]).

pub mod mock;
pub mod multipart;
pub mod prism;
pub mod schema_check;
pub mod wire;
