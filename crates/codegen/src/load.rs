//! Loading a spec: YAML text → JSON tree → normalised → overlays → `openapiv3::OpenAPI`.

use serde_json::{Map, Value};

use crate::error::{child, escape_pointer_segment, GenError};
use crate::overlay::{apply_overlay, Overlay};

/// Parses YAML (or JSON) text into a JSON tree, naming the file and position on failure.
pub fn parse_yaml(file: &str, text: &str) -> Result<Value, GenError> {
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let location = e.location().map(|l| format!(" (line {}, column {})", l.line(), l.column())).unwrap_or_default();
        GenError::new(file, "#", format!("invalid YAML{location}: {e}"))
    })?;
    yaml_to_json(file, "#", yaml)
}

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(file: &str, pointer: &str, yaml: serde_yaml::Value) -> Result<Value, GenError> {
    use serde_yaml::Value as Y;
    Ok(match yaml {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(b),
        Y::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                let f = n.as_f64().unwrap_or(f64::NAN);
                serde_json::Number::from_f64(f)
                    .map(Value::Number)
                    .ok_or_else(|| GenError::new(file, pointer, format!("number {n} cannot be represented in JSON")))?
            }
        }
        Y::String(s) => Value::String(s),
        Y::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(file, &child(pointer, &i.to_string()), item))
                .collect::<Result<_, _>>()?,
        ),
        Y::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    Y::String(s) => s,
                    Y::Number(n) => n.to_string(),
                    Y::Bool(b) => b.to_string(),
                    other => {
                        return Err(GenError::new(file, pointer, format!("unsupported mapping key {other:?}")))
                    }
                };
                let value = yaml_to_json(file, &child(pointer, &key), value)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
        Y::Tagged(tagged) => yaml_to_json(file, pointer, tagged.value)?,
    })
}

/// Rewrites constructs `openapiv3` would silently drop, so their meaning survives:
/// a schema `$ref` with `nullable` or `description` beside it becomes
/// `allOf: [$ref]` carrying those keywords (OpenAPI 3.0 ignores siblings of
/// `$ref`, but specs use them to mean "nullable reference").
pub fn normalize(doc: &mut Value) {
    fn visit(node: &mut Value, is_schema: bool) {
        match node {
            Value::Object(map) => {
                if is_schema && map.contains_key("$ref") && map.len() > 1 {
                    if let Some(reference) = map.remove("$ref") {
                        let mut only_ref = Map::new();
                        only_ref.insert("$ref".into(), reference);
                        map.insert("allOf".into(), Value::Array(vec![Value::Object(only_ref)]));
                    }
                }
                for (key, value) in map.iter_mut() {
                    match key.as_str() {
                        "schema" | "items" | "additionalProperties" | "not" => visit(value, true),
                        "properties" | "schemas" if is_schema || key == "schemas" => visit_children(value, true),
                        "allOf" | "oneOf" | "anyOf" if is_schema => visit_children(value, true),
                        _ => visit(value, false),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| visit(item, false)),
            _ => {}
        }
    }
    fn visit_children(node: &mut Value, is_schema: bool) {
        match node {
            Value::Object(map) => map.values_mut().for_each(|v| visit(v, is_schema)),
            Value::Array(items) => items.iter_mut().for_each(|v| visit(v, is_schema)),
            _ => {}
        }
    }
    visit(doc, false);
}

/// Reads a spec from text, applies overlays in order, and parses it as OpenAPI 3.0.
pub fn load_spec(file: &str, text: &str, overlays: &[Overlay]) -> Result<openapiv3::OpenAPI, GenError> {
    let mut doc = parse_yaml(file, text)?;
    for overlay in overlays {
        apply_overlay(&mut doc, overlay)?;
    }
    normalize(&mut doc);
    match doc.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.0") => {}
        Some(version) => {
            return Err(GenError::new(file, "#/openapi", format!("unsupported OpenAPI version {version:?} (3.0.x is supported)")))
        }
        None => return Err(GenError::new(file, "#/openapi", "missing `openapi` version field: not an OpenAPI document")),
    }
    serde_path_to_error::deserialize(doc).map_err(|e| {
        let pointer = path_to_pointer(e.path());
        GenError::new(file, pointer, format!("not a valid OpenAPI 3.0 node: {}", e.inner()))
    })
}

fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut pointer = String::from("#");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => pointer.push_str(&format!("/{index}")),
            Segment::Map { key } => pointer.push_str(&format!("/{}", escape_pointer_segment(key))),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    pointer
}
