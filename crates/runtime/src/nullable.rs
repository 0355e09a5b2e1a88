//! Fields where "absent" and `null` mean different things (`Option<Option<T>>`):
//! absent is `None` (via `#[serde(default)]`), `null` is `Some(None)`, a value `Some(Some(v))`.
//! Used on the nullable fields of PATCH and PUT bodies, where `null` clears a value and
//! leaving the field out keeps it.

use serde::{Deserialize, Deserializer};

/// `deserialize_with` for an `Option<Option<T>>` field (together with `#[serde(default)]`).
pub fn deserialize<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "super::deserialize")]
        external_id: Option<Option<String>>,
    }

    #[test]
    fn absent_null_and_value_stay_apart_both_ways() {
        for (json, value) in [("{}", None), (r#"{"external_id":null}"#, Some(None)), (r#"{"external_id":"x"}"#, Some(Some("x".to_owned())))] {
            let decoded: Patch = serde_json::from_str(json).unwrap();
            assert_eq!(decoded, Patch { external_id: value }, "{json}");
            assert_eq!(serde_json::to_string(&decoded).unwrap(), json);
        }
    }
}
