//! `exclusiveMinimum: 0` (a number) in an OpenAPI 3.0 document: the 3.1 (JSON Schema 2020-12)
//! spelling, which 3.0 writes `minimum: 0, exclusiveMinimum: true`. Generators of 3.0 specs
//! emit it (Hugging Face's text-generation-inference); it is read as 3.1 means it.

use serde_json::Value;

use crate::error::child;
use crate::ir::Warning;
use crate::openapi31::exclusive_bound;

pub fn to_30_form(doc: &mut Value) -> Vec<Warning> {
    let mut warnings = Vec::new();
    visit(doc, "#", &mut warnings);
    warnings
}

fn visit(node: &mut Value, pointer: &str, warnings: &mut Vec<Warning>) {
    match node {
        Value::Object(map) => {
            for (exclusive, inclusive, stricter) in [
                ("exclusiveMinimum", "minimum", (|b, l| b >= l) as fn(f64, f64) -> bool),
                ("exclusiveMaximum", "maximum", |b, l| b <= l),
            ] {
                if let Some(Value::Number(bound)) = map.get(exclusive) {
                    warnings.push(Warning {
                        pointer: child(pointer, exclusive),
                        message: format!("`{exclusive}: {bound}` is the OpenAPI 3.1 form: read as `{inclusive}: {bound}` exclusive"),
                    });
                    exclusive_bound(map, exclusive, inclusive, stricter);
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

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::to_30_form;

    #[test]
    fn numeric_exclusive_bounds_become_the_30_form_with_a_warning() {
        let mut doc = json!({"components": {"schemas": {"N": {"type": "object", "properties": {
            "best_of": {"type": "integer", "exclusiveMinimum": 0},
            "top_p": {"type": "number", "exclusiveMaximum": 1.0, "maximum": 2},
            "kept": {"type": "integer", "minimum": 1, "exclusiveMinimum": true}
        }}}}});
        let warnings = to_30_form(&mut doc);
        let properties = &doc["components"]["schemas"]["N"]["properties"];
        assert_eq!(properties["best_of"], json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}));
        assert_eq!(properties["top_p"], json!({"type": "number", "maximum": 1.0, "exclusiveMaximum": true}));
        assert_eq!(properties["kept"], json!({"type": "integer", "minimum": 1, "exclusiveMinimum": true}));
        let pointers: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(pointers, ["#/components/schemas/N/properties/best_of/exclusiveMinimum", "#/components/schemas/N/properties/top_p/exclusiveMaximum"]);
    }
}
