//! Support for the string enums of generated crates, which keep any value
//! the spec does not list in an `Unknown(String)` variant.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserializer, Error, Visitor};

/// Deserializes a string into `T` via `From<&str>`, borrowing when the input allows.
pub fn deserialize_str<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: for<'a> From<&'a str>,
{
    struct StrVisitor<T>(PhantomData<T>);
    impl<'de, T: for<'a> From<&'a str>> Visitor<'de> for StrVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<T, E> {
            Ok(T::from(v))
        }
    }
    deserializer.deserialize_str(StrVisitor(PhantomData))
}
