//! `#[serde(with = "sdkgen_runtime::binary_text")]` on a field of raw bytes inside a JSON
//! body: JSON has no bytes, so a `format: binary` string (3.1's `contentMediaType`) is written
//! as a JSON string, its bytes read as UTF-8 (invalid sequences become U+FFFD), and read back
//! from a string's UTF-8 bytes.

use bytes::Bytes;
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(value: &Bytes, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&String::from_utf8_lossy(value))
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Bytes, D::Error> {
    Ok(Bytes::from(String::deserialize(deserializer)?))
}

/// The same for an optional field.
pub mod option {
    use bytes::Bytes;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(value: &Option<Bytes>, serializer: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(bytes) => serializer.serialize_some(&*String::from_utf8_lossy(bytes)),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Bytes>, D::Error> {
        Ok(Option::<String>::deserialize(deserializer)?.map(Bytes::from))
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
    struct Input {
        #[serde(with = "super")]
        value: Bytes,
        #[serde(default, skip_serializing_if = "Option::is_none", with = "super::option")]
        extra: Option<Bytes>,
    }

    #[test]
    fn bytes_in_json_are_strings_both_ways() {
        let input = Input { value: Bytes::from_static(b"binary-content"), extra: Some(Bytes::from_static(b"x")) };
        let text = serde_json::to_string(&input).unwrap();
        assert_eq!(text, r#"{"value":"binary-content","extra":"x"}"#);
        assert_eq!(serde_json::from_str::<Input>(&text).unwrap(), input);
        let without: Input = serde_json::from_str(r#"{"value":""}"#).unwrap();
        assert_eq!(without, Input { value: Bytes::new(), extra: None });
        assert!(serde_json::from_str::<Input>(r#"{"value":[1,2]}"#).is_err(), "a list of numbers is no string");
    }
}
