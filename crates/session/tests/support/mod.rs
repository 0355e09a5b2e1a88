//! The fake Frontend API of `clerk_session::testing`, as users' tests get it.

pub use clerk_session::testing::*;

pub type FakeFapi = FakeFrontendApi;
