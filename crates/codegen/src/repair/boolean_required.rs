//! `required: true` on a property's schema (Swagger 2 and JSON Schema draft 3 wrote it there;
//! OpenAPI 3 lists required names on the object): read as the property being required.

use serde_json::Value;

use crate::error::child;
use crate::ir::Warning;

pub fn move_to_parent(doc: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    visit(doc, "#", &mut warnings);
    warnings
}

fn visit(node: &mut Value, pointer: &str, warnings: &mut Vec<Warning>) {
    match node {
        Value::Object(map) => {
            let mut now_required = Vec::new();
            if let Some(Value::Object(properties)) = map.get_mut("properties") {
                for (name, property) in properties.iter_mut() {
                    let Some(object) = property.as_object_mut() else { continue };
                    let Some(Value::Bool(required)) = object.get("required").cloned() else { continue };
                    object.shift_remove("required");
                    let at = child(&child(&child(pointer, "properties"), name), "required");
                    let reading = if required { "the property is required" } else { "the property is optional" };
                    warnings.push(Warning { pointer: at, message: format!("`required: {required}` on a property's schema (Swagger 2 style): read as {reading}") });
                    if required {
                        now_required.push(Value::String(name.clone()));
                    }
                }
            }
            if !now_required.is_empty() {
                let list = map.entry("required").or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = list {
                    for name in now_required {
                        if !list.contains(&name) {
                            list.push(name);
                        }
                    }
                }
            }
            for (key, value) in map.iter_mut() {
                // Examples and values are data, not schemas.
                if !matches!(key.as_str(), "example" | "examples" | "enum" | "default" | "const") {
                    visit(value, &child(pointer, key), warnings);
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                visit(item, &child(pointer, &i.to_string()), warnings);
            }
        }
        _ => {}
    }
}
