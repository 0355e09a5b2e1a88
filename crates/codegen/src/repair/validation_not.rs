//! `not` beside the keywords that give a schema its shape (`properties`, `type`, `items`...) is a
//! validation rule ("not both a and b"), not a type: the shape stays, the rule is reported and
//! not checked. A schema that is only `not` stays as it is (any JSON value, reported).

use serde_json::Value;

use crate::error::child;
use crate::ir::Warning;

const SHAPE: &[&str] = &["properties", "type", "items", "allOf", "oneOf", "anyOf", "$ref", "additionalProperties", "enum"];

pub fn drop_beside_shape(doc: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    visit(doc, "#", &mut warnings, false);
    warnings
}

/// `names`: `node` maps names to schemas (`properties`, `schemas`): its keys are not keywords.
fn visit(node: &mut Value, pointer: &str, warnings: &mut Vec<Warning>, names: bool) {
    match node {
        Value::Object(map) => {
            if !names && map.contains_key("not") && SHAPE.iter().any(|k| map.contains_key(*k)) {
                map.shift_remove("not");
                warnings.push(Warning {
                    pointer: child(pointer, "not"),
                    message: "`not` beside the schema's own shape is a validation rule: the shape is kept, the rule is not checked".into(),
                });
            }
            for (key, value) in map.iter_mut() {
                if names || !matches!(key.as_str(), "example" | "examples" | "enum" | "default" | "const") {
                    let name_map = !names && matches!(key.as_str(), "properties" | "patternProperties" | "schemas" | "$defs");
                    visit(value, &child(pointer, key), warnings, name_map);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                visit(item, &child(pointer, &i.to_string()), warnings, false);
            }
        }
        _ => {}
    }
}
