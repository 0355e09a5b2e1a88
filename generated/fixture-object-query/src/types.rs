//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Spec: `#/components/schemas/Page`
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct Page {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cursor: Option<String>,
}
sdkgen_runtime::deserialize_map!(
    Page { limit("limit", default), cursor("cursor", default), }
);
impl Page {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { limit: None, cursor: None }
    }
}
/// Spec: `#/paths/~1search/get/parameters/2/schema`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SearchFilter {
    pub status: SearchFilterStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<i64>,
}
sdkgen_runtime::deserialize_map!(
    SearchFilter { status("status", required), owner("owner", default),
    min_score("min_score", default), }
);
impl SearchFilter {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(status: SearchFilterStatus) -> Self {
        Self {
            status,
            owner: None,
            min_score: None,
        }
    }
}
/// Spec: `#/paths/~1search/get/parameters/2/schema/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SearchFilterStatus {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl SearchFilterStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SearchFilterStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for SearchFilterStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for SearchFilterStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SearchFilterStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SearchFilterStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
