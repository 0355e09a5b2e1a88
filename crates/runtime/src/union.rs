//! Decoding of `oneOf` enums that have a discriminator property.
//!
//! serde's own tagged enums buffer the whole object before choosing a variant,
//! and `#[serde(untagged)]` tries each variant in turn. Here the object's entries
//! are read until the tag property turns up; only the entries before it are
//! buffered (Clerk sends `object` first, so usually none), and the chosen variant
//! then reads those plus the rest of the object straight from the input.

use std::fmt;
use std::marker::PhantomData;

use serde::de::value::StringDeserializer;
use serde::de::{DeserializeSeed, Deserializer, Error, IntoDeserializer, MapAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::Value;

/// A `oneOf` enum whose variant is chosen by the value of one property.
/// Generated crates implement it; [`deserialize_tagged`] drives it.
pub trait TaggedUnion: Sized {
    /// The type's name, for error messages.
    const NAME: &'static str;
    /// The discriminator property, e.g. `object`.
    const TAG: &'static str;

    /// Decodes the variant `tag` names from `content`, the whole object. `tag` is
    /// `None` when the property is absent or not a string; an unknown or missing tag gives
    /// the fallback variant holding the raw JSON (trying each member instead would compile a
    /// second `Deserialize` of every member, for a case real servers do not produce).
    fn from_tagged<'de, D: Deserializer<'de>>(tag: Option<&str>, content: D) -> Result<Self, D::Error>;
}

/// `Deserialize::deserialize` for a [`TaggedUnion`].
pub fn deserialize_tagged<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: TaggedUnion,
{
    deserializer.deserialize_map(TaggedVisitor(PhantomData))
}

struct TaggedVisitor<T>(PhantomData<T>);

impl<'de, T: TaggedUnion> Visitor<'de> for TaggedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a {} object", T::NAME)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut before = Vec::new();
        while let Some(key) = map.next_key_seed(KeySeed(T::TAG))? {
            match key {
                Key::Tag => {
                    let value: Value = map.next_value()?;
                    let tag = value.as_str().map(str::to_owned);
                    before.push((T::TAG.to_owned(), value));
                    let replay = Replay::new(before, Some(map));
                    return T::from_tagged(tag.as_deref(), replay);
                }
                Key::Other(key) => {
                    let value: Value = map.next_value()?;
                    before.push((key, value));
                }
            }
        }
        // No tag at all: whatever the type does with an unknown tag.
        let replay: Replay<'de, A> = Replay::new(before, None);
        T::from_tagged(None, replay)
    }
}

enum Key {
    Tag,
    Other(String),
}

/// Reads a key, telling the tag apart without allocating for it.
struct KeySeed(&'static str);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }
    fn visit_str<E: Error>(self, v: &str) -> Result<Key, E> {
        Ok(if v == self.0 { Key::Tag } else { Key::Other(v.to_owned()) })
    }
}

/// The object again: the buffered entries, then the unread rest of the input.
///
/// Errors in a buffered entry (one before the tag) carry no position of their own; they are
/// prefixed with the entry's key instead.
struct Replay<'de, A: MapAccess<'de>> {
    before: std::vec::IntoIter<(String, Value)>,
    /// The buffered key just returned, and its value.
    pending: Option<(String, Value)>,
    rest: Option<A>,
    marker: PhantomData<&'de ()>,
}

impl<'de, A: MapAccess<'de>> Replay<'de, A> {
    fn new(before: Vec<(String, Value)>, rest: Option<A>) -> Self {
        Replay { before: before.into_iter(), pending: None, rest, marker: PhantomData }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        if let Some((key, value)) = self.before.next() {
            self.pending = Some((key.clone(), value));
            let key: StringDeserializer<A::Error> = key.into_deserializer();
            return seed.deserialize(key).map(Some);
        }
        match &mut self.rest {
            Some(rest) => rest.next_key_seed(seed),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if let Some((key, value)) = self.pending.take() {
            // A buffered value has no position in the input: the error names its key, since the
            // path a caller derives from the position points at the tag.
            return seed.deserialize(value).map_err(|e| A::Error::custom(format_args!("{key}: {e}")));
        }
        match &mut self.rest {
            Some(rest) => rest.next_value_seed(seed),
            None => Err(A::Error::custom("value requested before its key")),
        }
    }
}

/// The variant decodes the object from the replay as from any map.
impl<'de, A: MapAccess<'de>> Deserializer<'de> for Replay<'de, A> {
    type Error = A::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, A::Error> {
        visitor.visit_map(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Code {
        strategy: String,
        digits: u32,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Link {
        strategy: String,
        url: String,
        #[serde(default)]
        nested: Option<Box<Factor>>,
    }

    #[derive(Debug, PartialEq, Serialize)]
    #[serde(untagged)]
    enum Factor {
        Code(Code),
        Link(Link),
        Unknown(Value),
    }

    impl TaggedUnion for Factor {
        const NAME: &'static str = "Factor";
        const TAG: &'static str = "strategy";
        fn from_tagged<'de, D: Deserializer<'de>>(tag: Option<&str>, content: D) -> Result<Self, D::Error> {
            match tag {
                Some("email_code" | "phone_code") => Code::deserialize(content).map(Factor::Code),
                Some("email_link") => Link::deserialize(content).map(Factor::Link),
                _ => Value::deserialize(content).map(Factor::Unknown),
            }
        }
    }

    impl<'de> Deserialize<'de> for Factor {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            deserialize_tagged(deserializer)
        }
    }

    fn decode(json: &str) -> Result<Factor, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn tag_first_middle_and_last_choose_the_variant() {
        let code = Factor::Code(Code { strategy: "phone_code".into(), digits: 6 });
        assert_eq!(decode(r#"{"strategy":"phone_code","digits":6}"#).unwrap(), code);
        assert_eq!(decode(r#"{"digits":6,"strategy":"phone_code"}"#).unwrap(), code);
        let link = decode(r#"{"url":"u","strategy":"email_link","nested":{"digits":1,"strategy":"email_code"}}"#).unwrap();
        assert_eq!(
            link,
            Factor::Link(Link {
                strategy: "email_link".into(),
                url: "u".into(),
                nested: Some(Box::new(Factor::Code(Code { strategy: "email_code".into(), digits: 1 }))),
            })
        );
    }

    #[test]
    fn unknown_missing_or_non_string_tags_keep_the_raw_object() {
        for json in [r#"{"strategy":"passkey","x":[1,{"y":null}]}"#, r#"{"x":1}"#, r#"{"x":1,"strategy":null}"#, "{}"] {
            let decoded = decode(json).unwrap();
            let raw: Value = serde_json::from_str(json).unwrap();
            assert_eq!(decoded, Factor::Unknown(raw.clone()), "{json}");
            // Encoding gives the same JSON back.
            assert_eq!(serde_json::to_value(&decoded).unwrap(), raw);
        }
    }

    #[test]
    fn a_known_tag_with_a_bad_body_is_an_error_with_its_path() {
        let json = r#"{"list":[{"strategy":"email_code","digits":"six"}]}"#;
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Holder {
            list: Vec<Factor>,
        }
        let de = &mut serde_json::Deserializer::from_str(json);
        let err = serde_path_to_error::deserialize::<_, Holder>(de).unwrap_err();
        assert_eq!(err.path().to_string(), "list[0].digits");
        // Fields before the tag are replayed from the buffer.
        let err = decode(r#"{"digits":"six","strategy":"email_code"}"#).unwrap_err();
        assert!(err.to_string().starts_with("digits: invalid type: string \"six\""), "{err}");
    }

    #[test]
    fn non_objects_are_errors_not_panics() {
        for json in ["[]", "1", "\"x\"", "null", "{\"strategy\":", "{\"a\":1,\"strategy\":\"email_code\"", "{\"strategy\":\"email_code\",\"digits\":6,\"digits\":7}"] {
            assert!(decode(json).is_err(), "{json}");
        }
    }

    #[test]
    fn works_inside_flattened_and_untagged_contexts() {
        // serde buffers these into its own content type before our visitor sees them.
        #[derive(Debug, Deserialize, PartialEq)]
        struct Outer {
            factor: Factor,
            #[serde(flatten)]
            extra: std::collections::BTreeMap<String, Value>,
        }
        let outer: Outer = serde_json::from_str(r#"{"z":1,"factor":{"digits":2,"strategy":"email_code"}}"#).unwrap();
        assert_eq!(outer.factor, Factor::Code(Code { strategy: "email_code".into(), digits: 2 }));
        assert_eq!(outer.extra.len(), 1);
    }
}
