//! Discriminator mappings that name schemas the `oneOf`/`anyOf` does not list, read on the JSON
//! tree before the resolver sees them. A mapping target that is a copy of an inline member (a
//! bundler hoisted the member and kept the inline one) is that member: the member becomes a
//! `$ref` to it. A target that is no member at all is one more member, with a warning: the
//! mapping says which payload that tag value carries. A target that does not exist is left out,
//! with a warning.

use serde_json::{json, Value};

use crate::error::child;
use crate::ir::Warning;

pub fn add_mapped_members(doc: &mut Value) -> Vec<Warning> {
    let mut sites = Vec::new();
    find(doc, "", &mut sites);
    let mut warnings = Vec::new();
    for site in sites {
        let Some(node) = doc.pointer(&site).cloned() else { continue };
        let Some(key) = ["oneOf", "anyOf"].into_iter().find(|k| node.get(*k).is_some_and(Value::is_array)) else { continue };
        let Some(mapping) = node.pointer("/discriminator/mapping").and_then(Value::as_object) else { continue };
        let mut members = node[key].as_array().cloned().unwrap_or_default();
        let mut changed = false;
        let mut dangling = Vec::new();
        for (value, target) in mapping {
            let Some(target) = target.as_str() else { continue };
            let target = if target.starts_with('#') { target.to_owned() } else { format!("#/components/schemas/{target}") };
            if members.iter().any(|m| m.get("$ref").and_then(Value::as_str) == Some(target.as_str())) {
                continue;
            }
            let at = format!("#{}", child(&child(&child(&site, "discriminator"), "mapping"), value));
            let Some(schema) = doc.pointer(target.trim_start_matches('#')) else {
                // A mapping to nothing: the value decodes as an unknown one (kept as sent).
                warnings.push(Warning { pointer: at, message: format!("discriminator mapping target `{target}` does not exist: the entry is left out") });
                dangling.push(value.clone());
                continue;
            };
            if let Some(copy) = members.iter_mut().find(|m| *m == schema) {
                *copy = json!({ "$ref": target });
            } else {
                members.push(json!({ "$ref": target }));
                warnings.push(Warning {
                    pointer: at,
                    message: format!("discriminator mapping target `{target}` is not a member of this `{key}`: added as one"),
                });
            }
            changed = true;
        }
        if changed {
            if let Some(list) = doc.pointer_mut(&site).and_then(|n| n.get_mut(key)) {
                *list = Value::Array(members);
            }
        }
        if let Some(Value::Object(mapping)) = doc.pointer_mut(&format!("{site}/discriminator/mapping")) {
            for value in dangling {
                mapping.shift_remove(&value);
            }
        }
    }
    warnings
}

/// JSON pointers (without `#`) of every object with a `discriminator` and a `mapping`.
fn find(node: &Value, pointer: &str, out: &mut Vec<String>) {
    match node {
        Value::Object(map) => {
            if map.get("discriminator").and_then(|d| d.get("mapping")).is_some_and(Value::is_object) {
                out.push(pointer.to_owned());
            }
            // Extensions (`x-...`) and examples are not the spec's schemas.
            for (key, value) in map.iter().filter(|(k, _)| !k.starts_with("x-") && !matches!(k.as_str(), "example" | "examples")) {
                find(value, &child(pointer, key), out);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                find(item, &child(pointer, &i.to_string()), out);
            }
        }
        _ => {}
    }
}
