//! An independent check of a JSON value against an OpenAPI 3.0 schema, for responses the
//! generated client could not decode but Prism's own validator let through.
//!
//! It reads the spec tree directly (no generator code involved) and implements the structural
//! keywords: `$ref`, `type`, `nullable`, `enum`, `required`, `properties`,
//! `additionalProperties`, `items`, `minItems`/`maxItems`, `allOf`, `anyOf`, `oneOf`, `not`,
//! `minLength`/`maxLength`, `minimum`/`maximum`, and the range an integer `format` states
//! (`int32`, `int64`, `uint8` to `uint64`: a value outside it breaks the spec, and the generated
//! `i32`/`u64` cannot hold it). Other formats and `pattern` are not checked (they never decide
//! whether a value decodes). `writeOnly` properties are not required in a response.

use std::fmt;

use serde_json::Value;

/// One way a value breaks a schema.
#[derive(Debug, Clone, PartialEq)]
pub struct Violation {
    /// Where: object keys and array indices from the root of the checked value.
    pub path: Vec<String>,
    pub message: String,
    /// For "missing required property": the property.
    pub missing: Option<String>,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}: {}", self.path.iter().map(|s| format!(".{s}")).collect::<String>(), self.message)
    }
}

impl Violation {
    /// Whether this violation can explain a decode failure at `decode_path` (segments): it is
    /// at that place, inside it, or at an enclosing value, except that a missing property of an
    /// enclosing object only explains failures at that object or inside that property.
    pub fn explains(&self, decode_path: &[String]) -> bool {
        let inside = |outer: &[String], inner: &[String]| inner.len() >= outer.len() && inner[..outer.len()] == *outer;
        match &self.missing {
            Some(property) => {
                let mut with_property = self.path.clone();
                with_property.push(property.clone());
                decode_path == self.path.as_slice() || inside(&with_property, decode_path)
            }
            None => inside(&self.path, decode_path) || inside(decode_path, &self.path),
        }
    }
}

/// The segments of a `serde_path_to_error` path (`a.b[0].c` → `a`, `b`, `0`, `c`).
pub fn segments(path: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        for (i, piece) in part.split('[').enumerate() {
            let piece = piece.trim_end_matches(']');
            if i == 0 && piece.is_empty() {
                continue;
            }
            out.push(piece.to_owned());
        }
    }
    out
}

/// Checks values against schemas of one spec document.
pub struct SchemaCheck<'a> {
    root: &'a Value,
}

const MAX_DEPTH: usize = 64;

impl<'a> SchemaCheck<'a> {
    pub fn new(root: &'a Value) -> Self {
        SchemaCheck { root }
    }

    /// The ways `value` breaks `schema`; empty when it conforms.
    pub fn violations(&self, schema: &Value, value: &Value) -> Vec<Violation> {
        let mut out = Vec::new();
        self.check(schema, value, &[], &mut out, 0);
        out
    }

    fn conforms(&self, schema: &Value, value: &Value, depth: usize) -> bool {
        let mut out = Vec::new();
        self.check(schema, value, &[], &mut out, depth);
        out.is_empty()
    }

    fn resolve(&self, reference: &str) -> Option<&'a Value> {
        self.root.pointer(reference.strip_prefix('#')?)
    }

    fn check(&self, schema: &Value, value: &Value, path: &[String], out: &mut Vec<Violation>, depth: usize) {
        let at = |message: String| Violation { path: path.to_vec(), message, missing: None };
        let child = |segment: String| {
            let mut p = path.to_vec();
            p.push(segment);
            p
        };
        let Some(map) = schema.as_object() else { return };
        if depth > MAX_DEPTH {
            return;
        }
        let nullable = map.get("nullable").and_then(Value::as_bool) == Some(true);
        if value.is_null() && nullable {
            return;
        }
        if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
            match self.resolve(reference) {
                Some(target) => self.check(target, value, path, out, depth + 1),
                None => out.push(at(format!("unresolvable $ref {reference}"))),
            }
        }
        if let Some(t) = map.get("type").and_then(Value::as_str) {
            let ok = match t {
                "object" => value.is_object(),
                "array" => value.is_array(),
                "string" => value.is_string(),
                "boolean" => value.is_boolean(),
                "integer" => value.as_i64().is_some() || value.as_u64().is_some() || value.as_f64().is_some_and(|f| f.fract() == 0.0),
                "number" => value.is_number(),
                _ => true,
            };
            if !ok {
                out.push(at(format!("expected {t}{}, got {}", if nullable { " or null" } else { "" }, kind(value))));
                return;
            }
        }
        if let Some(allowed) = map.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                out.push(at(format!("{value} is not one of {}", Value::Array(allowed.clone()))));
            }
        }
        for part in map.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            self.check(part, value, path, out, depth + 1);
        }
        if let Some(variants) = map.get("anyOf").and_then(Value::as_array) {
            if !variants.iter().any(|v| self.conforms(v, value, depth + 1)) {
                out.push(at(format!("matches none of the {} anyOf variants", variants.len())));
            }
        }
        if let Some(variants) = map.get("oneOf").and_then(Value::as_array) {
            let matching = variants.iter().filter(|v| self.conforms(v, value, depth + 1)).count();
            if matching != 1 {
                out.push(at(format!("matches {matching} of the {} oneOf variants (exactly one expected)", variants.len())));
            }
        }
        if let Some(not) = map.get("not") {
            if self.conforms(not, value, depth + 1) {
                out.push(at("matches the `not` schema".to_owned()));
            }
        }
        match value {
            Value::Object(object) => {
                let properties = map.get("properties").and_then(Value::as_object);
                for name in map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                    let write_only = properties
                        .and_then(|p| p.get(name))
                        .map(|p| self.deref(p))
                        .and_then(|p| p.get("writeOnly"))
                        .and_then(Value::as_bool)
                        == Some(true);
                    if !object.contains_key(name) && !write_only {
                        out.push(Violation { path: path.to_vec(), message: format!("missing required property `{name}`"), missing: Some(name.to_owned()) });
                    }
                }
                for (key, item) in object {
                    let item_path = child(key.clone());
                    match properties.and_then(|p| p.get(key)) {
                        Some(prop) => self.check(prop, item, &item_path, out, depth + 1),
                        None => match map.get("additionalProperties") {
                            Some(Value::Bool(false)) => out.push(Violation { path: item_path, message: "property not allowed (additionalProperties: false)".into(), missing: None }),
                            Some(extra @ Value::Object(_)) => self.check(extra, item, &item_path, out, depth + 1),
                            _ => {}
                        },
                    }
                }
            }
            Value::Array(items) => {
                let len = items.len() as u64;
                if map.get("minItems").and_then(Value::as_u64).is_some_and(|m| len < m) {
                    out.push(at("fewer than minItems items".to_owned()));
                }
                if map.get("maxItems").and_then(Value::as_u64).is_some_and(|m| len > m) {
                    out.push(at("more than maxItems items".to_owned()));
                }
                if let Some(item_schema) = map.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item_schema, item, &child(i.to_string()), out, depth + 1);
                    }
                }
            }
            Value::String(s) => {
                let len = s.chars().count() as u64;
                if map.get("minLength").and_then(Value::as_u64).is_some_and(|m| len < m) {
                    out.push(at("shorter than minLength".to_owned()));
                }
                if map.get("maxLength").and_then(Value::as_u64).is_some_and(|m| len > m) {
                    out.push(at("longer than maxLength".to_owned()));
                }
            }
            Value::Number(n) => {
                let x = n.as_f64().unwrap_or(0.0);
                let exclusive = |key: &str| map.get(key).and_then(Value::as_bool) == Some(true);
                if let Some(min) = map.get("minimum").and_then(Value::as_f64) {
                    if x < min || (exclusive("exclusiveMinimum") && x == min) {
                        out.push(at(format!("{x} is below the minimum {min}")));
                    }
                }
                if let Some(max) = map.get("maximum").and_then(Value::as_f64) {
                    if x > max || (exclusive("exclusiveMaximum") && x == max) {
                        out.push(at(format!("{x} is above the maximum {max}")));
                    }
                }
                let range = match map.get("format").and_then(Value::as_str) {
                    Some("int32") => Some((f64::from(i32::MIN), f64::from(i32::MAX))),
                    Some("uint32") => Some((0.0, f64::from(u32::MAX))),
                    Some("uint8") => Some((0.0, f64::from(u8::MAX))),
                    Some("uint16") => Some((0.0, f64::from(u16::MAX))),
                    // As f64: the bounds round to the nearest representable value.
                    Some("int64") => Some((i64::MIN as f64, i64::MAX as f64)),
                    Some("uint64") => Some((0.0, u64::MAX as f64)),
                    _ => None,
                };
                if let (Some((low, high)), Some(format)) = (range, map.get("format").and_then(Value::as_str)) {
                    if x < low || x > high {
                        out.push(at(format!("{x} is outside the range of format {format}")));
                    }
                }
            }
            _ => {}
        }
    }

    fn deref(&self, schema: &'a Value) -> &'a Value {
        let mut node = schema;
        for _ in 0..32 {
            match node.get("$ref").and_then(Value::as_str).and_then(|r| self.resolve(r)) {
                Some(target) => node = target,
                None => break,
            }
        }
        node
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The value at a `serde_path_to_error` path (`a.b[0].c`) in `root`; `None` when the path does
/// not lead anywhere (e.g. it names a missing field).
pub fn value_at<'v>(root: &'v Value, path: &str) -> Option<&'v Value> {
    let mut node = root;
    if path.is_empty() || path == "." {
        return Some(node);
    }
    for segment in path.split('.') {
        let (name, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if !name.is_empty() {
            if name == "?" {
                return None;
            }
            node = node.get(name)?;
        }
        for index in indices.split('[').filter(|s| !s.is_empty()) {
            let index: usize = index.trim_end_matches(']').parse().ok()?;
            node = node.get(index)?;
        }
    }
    Some(node)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn structural_keywords() {
        let root = json!({"components": {"schemas": {
            "Money": {"type": "object", "required": ["amount"], "properties": {"amount": {"type": "integer"}}},
        }}});
        let check = SchemaCheck::new(&root);
        let texts = |schema: &Value, value: Value| check.violations(schema, &value).iter().map(ToString::to_string).collect::<Vec<_>>();
        let money = json!({"$ref": "#/components/schemas/Money", "description": "a sibling"});
        assert!(check.violations(&money, &json!({"amount": 3})).is_empty());
        assert_eq!(texts(&money, json!({})), vec!["$: missing required property `amount`"]);
        let nullable_union = json!({"type": "object", "nullable": true, "oneOf": [{"$ref": "#/components/schemas/Money"}]});
        assert!(check.violations(&nullable_union, &Value::Null).is_empty());
        assert_eq!(texts(&nullable_union, json!({})), vec!["$: matches 0 of the 1 oneOf variants (exactly one expected)"]);
        let closed = json!({"type": "object", "additionalProperties": false, "properties": {"a": {"type": "string", "enum": ["x"]}}});
        assert_eq!(texts(&closed, json!({"a": "y", "b": 1})), vec!["$.a: \"y\" is not one of [\"x\"]", "$.b: property not allowed (additionalProperties: false)"]);
        let unsigned = json!({"type": "integer", "format": "uint64"});
        assert_eq!(texts(&unsigned, json!(-15047756)), vec!["$: -15047756 is outside the range of format uint64"]);
        assert!(texts(&unsigned, json!(7)).is_empty());
        assert_eq!(texts(&json!({"type": "integer", "format": "int32"}), json!(3_000_000_000u64)), vec!["$: 3000000000 is outside the range of format int32"]);
        let list = json!({"type": "array", "items": {"type": "integer", "minimum": 0}});
        assert_eq!(texts(&list, json!([1, -1, "z"])), vec!["$.1: -1 is below the minimum 0", "$.2: expected integer, got a string"]);
        let write_only = json!({"type": "object", "required": ["secret"], "properties": {"secret": {"type": "string", "writeOnly": true}}});
        assert!(check.violations(&write_only, &json!({})).is_empty());
    }

    #[test]
    fn which_violations_explain_a_decode_failure() {
        let path = segments("response.sessions[0].user.saml_accounts[0].saml_connection");
        assert_eq!(path, ["response", "sessions", "0", "user", "saml_accounts", "0", "saml_connection"]);
        let v = |p: &str, missing: Option<&str>| Violation { path: segments(p), message: String::new(), missing: missing.map(str::to_owned) };
        assert!(v("response.sessions[0].user.saml_accounts[0].saml_connection", None).explains(&path));
        assert!(v("response.sessions[0].user.saml_accounts[0].saml_connection.id", None).explains(&path));
        assert!(v("response.sessions[0]", None).explains(&path));
        assert!(v("response.sessions[0].user.saml_accounts[0].saml_connection", Some("id")).explains(&path));
        assert!(v("response.sessions[0].user", Some("saml_accounts")).explains(&path));
        // Another property missing higher up does not explain it.
        assert!(!v("response.sessions[0].user", Some("enterprise_accounts")).explains(&path));
        assert!(!v("response.other", None).explains(&path));
    }

    #[test]
    fn paths_of_decode_errors() {
        let body = json!({"response": {"data": [{"items": [{"fee": {}}]}]}});
        assert_eq!(value_at(&body, "response.data[0].items[0].fee"), Some(&json!({})));
        assert_eq!(value_at(&body, "response.data[1]"), None);
        assert_eq!(value_at(&body, ""), Some(&body));
    }
}
