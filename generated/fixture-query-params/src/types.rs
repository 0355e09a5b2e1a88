//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Spec: `#/paths/~1items~1{item_id}/get/parameters/2/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetItemTag {
    String(String),
    Array(Vec<String>),
}
/// Spec: `#/components/schemas/Item`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Item {
    pub id: ItemId,
}
sdkgen_runtime::deserialize_map!(Item { id("id", required), });
/// Spec: `#/components/schemas/ItemId`
pub type ItemId = String;
/// Spec: `#/components/schemas/PointId`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PointId {
    Integer(u64),
    String(String),
}
impl std::fmt::Display for PointId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Integer(v) => std::fmt::Display::fmt(v, f),
            Self::String(v) => std::fmt::Display::fmt(v, f),
        }
    }
}
/// Spec: `#/components/schemas/SortOrder`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SortOrder {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl SortOrder {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SortOrder {
    fn from(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for SortOrder {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SortOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SortOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Status {
    /// `active`
    Active,
    /// `archived`
    Archived,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Archived => "archived",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "archived" => Self::Archived,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for Status {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
