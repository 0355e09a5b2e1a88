//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Spec: `#/paths/~1things/get/parameters/3/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListThingsSuspendedBy {
    /// `auto_pause`
    AutoPause,
    /// `rules`
    Rules,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ListThingsSuspendedBy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AutoPause => "auto_pause",
            Self::Rules => "rules",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListThingsSuspendedBy {
    fn from(value: &str) -> Self {
        match value {
            "auto_pause" => Self::AutoPause,
            "rules" => Self::Rules,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ListThingsSuspendedBy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ListThingsSuspendedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListThingsSuspendedBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListThingsSuspendedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
