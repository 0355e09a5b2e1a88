//! `application/x-www-form-urlencoded` bodies.
//!
//! Each top-level field becomes `key=value`, in the struct's order. OpenAPI 3.0's defaults for
//! the other shapes: an array repeats the key once per item (`style: form, explode: true`),
//! and an object (or an array's object item) is sent as its JSON text (an encoding's default
//! `contentType` for objects is `application/json`). `null` and absent fields send nothing.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::Value;

/// The encoded body, or why `body` cannot be one (it is neither an object nor a list of pairs).
pub(crate) fn encode<T: Serialize + ?Sized>(body: &T) -> Result<String, String> {
    // JSON text keeps the fields in declaration order; `Fields` reads them back in that order
    // (a `serde_json::Map` would sort them).
    let text = serde_json::to_string(body).map_err(|e| e.to_string())?;
    // An object (a generated body), or a list of `(name, value)` pairs.
    let fields = match serde_json::from_str::<Fields>(&text) {
        Ok(Fields(fields)) => fields,
        Err(_) => serde_json::from_str::<Vec<(String, Value)>>(&text).map_err(|_| "the body is not an object or a list of pairs".to_owned())?,
    };
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (key, value) in &fields {
        match value {
            Value::Array(items) => items.iter().filter_map(text_of).for_each(|item| {
                out.append_pair(key, &item);
            }),
            value => {
                if let Some(text) = text_of(value) {
                    out.append_pair(key, &text);
                }
            }
        }
    }
    Ok(out.finish())
}

/// The text of a multipart part holding `value`: a string as itself, a number or boolean as
/// written, an object or array as its JSON text (the default `contentType` of such parts).
pub fn part_text<T: Serialize + ?Sized>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(value) => text_of(&value).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// A value as form text: scalars as written, objects and arrays as JSON, `null` as nothing.
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(_) | Value::Object(_) => Some(value.to_string()),
    }
}

/// The members of a JSON object, in document order.
struct Fields(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Fields {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FieldsVisitor;
        impl<'de> Visitor<'de> for FieldsVisitor {
            type Value = Fields;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
                let mut fields = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    fields.push(entry);
                }
                Ok(Fields(fields))
            }
        }
        deserializer.deserialize_map(FieldsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::encode;
    use serde_json::json;

    #[derive(serde::Serialize)]
    struct Body {
        zeta: &'static str,
        alpha: Option<u32>,
        list: Vec<&'static str>,
        nested: serde_json::Value,
        items: Vec<serde_json::Value>,
        flag: bool,
        ratio: f64,
    }

    #[test]
    fn fields_in_order_arrays_repeated_objects_as_json() {
        let body = Body {
            zeta: "a b&c",
            alpha: None,
            list: vec!["x", "y"],
            nested: json!({"k": [1, 2]}),
            items: vec![json!({"id": "1"}), json!("plain")],
            flag: true,
            ratio: 0.5,
        };
        assert_eq!(
            encode(&body).as_deref(),
            Ok("zeta=a+b%26c&list=x&list=y&nested=%7B%22k%22%3A%5B1%2C2%5D%7D&items=%7B%22id%22%3A%221%22%7D&items=plain&flag=true&ratio=0.5")
        );
    }

    #[test]
    fn part_text_is_the_string_itself_or_json() {
        assert_eq!(super::part_text(&json!("auto")), "auto");
        assert_eq!(super::part_text(&json!({"type": "vad"})), r#"{"type":"vad"}"#);
        assert_eq!(super::part_text(&3), "3");
    }

    #[test]
    fn a_list_of_pairs_is_a_body_too() {
        assert_eq!(encode(&[("b", "2"), ("a", "1")]).as_deref(), Ok("b=2&a=1"));
    }

    #[test]
    fn a_body_that_is_not_an_object_is_an_error() {
        assert!(encode(&vec![1, 2]).is_err());
        assert!(encode("text").is_err());
    }
}
