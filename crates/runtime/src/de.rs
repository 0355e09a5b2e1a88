//! Map-only `Deserialize` for the structs of generated crates ([`deserialize_map!`]).
//!
//! serde's derive writes, for every struct, a field enum with its own visitor (`visit_str`,
//! `visit_bytes`, `visit_u64`), a `visit_seq` (structs as JSON arrays, which no API sends) and a
//! `visit_map`. Only `visit_map` is needed for JSON objects. The macro writes that one visitor and
//! matches keys as strings through the one shared [`Key`] type, so each struct costs rustc a
//! fraction of the code. Behaviour is serde's: unknown keys are skipped, a missing `Option` field
//! is `None`, a missing required field is serde's "missing field" error. One difference: a key
//! sent twice keeps its last value (as `serde_json::Value` does) instead of being an error.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, Visitor};

/// An object key, borrowed from the input where it can be.
pub struct Key<'de>(Cow<'de, str>);

impl Key<'_> {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl<'de> Visitor<'de> for KeyVisitor {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_identifier(KeyVisitor)
    }
}

/// The value of a field the object left out: `None` for an `Option`, else serde's
/// "missing field" error (what serde's derive does).
pub fn missing<'de, T: Deserialize<'de>, E: de::Error>(field: &'static str) -> Result<T, E> {
    T::deserialize(Missing(field, PhantomData))
}

/// A deserializer with no value: `deserialize_option` sees `None`, anything else is missing.
struct Missing<E>(&'static str, PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for Missing<E> {
    type Error = E;
    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }
    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// `impl Deserialize` for a struct from its fields: `name("json name", mode)`, where `mode` is
/// `required` (missing: `None` for an `Option`, else an error), `default` (missing:
/// `Default::default()`) or `nullable` (an `Option<Option<T>>`: absent `None`, `null` `Some(None)`).
#[macro_export]
macro_rules! deserialize_map {
    ($ty:ident { $($field:ident($json:literal, $mode:ident)),* $(,)? }) => {
        impl<'de> $crate::serde::Deserialize<'de> for $ty {
            fn deserialize<D: $crate::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct __Visitor;
                impl<'de> $crate::serde::de::Visitor<'de> for __Visitor {
                    type Value = $ty;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("struct ", stringify!($ty)))
                    }
                    #[allow(unused_mut)]
                    fn visit_map<A: $crate::serde::de::MapAccess<'de>>(self, mut map: A) -> ::core::result::Result<$ty, A::Error> {
                        $(let mut $field = ::core::option::Option::None;)*
                        while let ::core::option::Option::Some(key) = map.next_key::<$crate::de::Key<'de>>()? {
                            match key.as_str() {
                                $($json => $crate::__deserialize_map_value!($mode, $field, map),)*
                                _ => {
                                    map.next_value::<$crate::serde::de::IgnoredAny>()?;
                                }
                            }
                        }
                        ::core::result::Result::Ok($ty { $($field: $crate::__deserialize_map_field!($mode, $field, $json),)* })
                    }
                }
                deserializer.deserialize_map(__Visitor)
            }
        }
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __deserialize_map_value {
    (nullable, $field:ident, $map:ident) => {
        $field = ::core::option::Option::Some(::core::option::Option::Some($map.next_value()?))
    };
    ($mode:ident, $field:ident, $map:ident) => {
        $field = ::core::option::Option::Some($map.next_value()?)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __deserialize_map_field {
    (required, $field:ident, $json:literal) => {
        match $field {
            ::core::option::Option::Some(value) => value,
            ::core::option::Option::None => $crate::de::missing($json)?,
        }
    };
    ($mode:ident, $field:ident, $json:literal) => {
        $field.unwrap_or_default()
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq)]
    struct Item {
        id: String,
        r#type: Option<String>,
        nullable_required: Option<String>,
        count: Vec<u32>,
        cleared: Option<Option<String>>,
    }
    crate::deserialize_map!(Item { id("id", required), r#type("type", default), nullable_required("nullable_required", required), count("count", default), cleared("cleared", nullable) });

    fn item(json: &str) -> Result<Item, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn fields_missing_null_and_present_decode_as_serde_derive_does() {
        let full = item(r#"{"id":"a","type":"t","nullable_required":"n","count":[1,2],"cleared":"c","other":{"x":[1]}}"#).unwrap();
        assert_eq!(full, Item { id: "a".into(), r#type: Some("t".into()), nullable_required: Some("n".into()), count: vec![1, 2], cleared: Some(Some("c".into())) });
        let sparse = item(r#"{"id":"a","cleared":null}"#).unwrap();
        assert_eq!(sparse, Item { id: "a".into(), r#type: None, nullable_required: None, count: vec![], cleared: Some(None) });
        assert_eq!(item(r#"{"id":"a"}"#).unwrap().cleared, None);
    }

    #[test]
    fn a_missing_required_field_and_a_wrong_type_are_errors_with_the_field() {
        assert!(item(r#"{"type":"t"}"#).unwrap_err().to_string().contains("missing field `id`"));
        assert!(item(r#"{"id":1}"#).unwrap_err().to_string().contains("expected a string"));
        assert!(item(r#"[1]"#).unwrap_err().to_string().contains("struct Item"));
    }

    #[test]
    fn escaped_keys_and_values_from_a_value_decode_too() {
        assert_eq!(item(r#"{"\u0069d":"a"}"#).unwrap().id, "a");
        let value = serde_json::json!({"id": "b", "count": [3]});
        let decoded: Item = serde_json::from_value(value).unwrap();
        assert_eq!(decoded.count, vec![3]);
    }
}
