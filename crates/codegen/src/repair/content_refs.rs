//! `content: {$ref: '#/components/mediaTypes/X'}` (a whole media-type map by reference, as some
//! bundlers write it; valid in no OpenAPI version) and `content: {application/json: {$ref: ...}}`
//! (a media type by reference, OpenAPI 3.2): the target is spliced in, with a warning.

use serde_json::Value;

use crate::error::child;
use crate::ir::Warning;

pub fn splice(doc: &mut Value) -> Vec<Warning> {
    let mut sites = Vec::new();
    find(doc, "", false, &mut sites);
    let mut warnings = Vec::new();
    for (site, reference) in sites {
        let Some(target) = reference.strip_prefix('#').and_then(|p| doc.pointer(p)).filter(|t| t.is_object()).cloned() else { continue };
        if let Some(node) = doc.pointer_mut(&site) {
            *node = target;
            warnings.push(Warning {
                pointer: format!("#{site}"),
                message: format!("`$ref` to `{reference}` where OpenAPI 3.0 and 3.1 want the media types themselves: its target is used"),
            });
        }
    }
    warnings
}

/// `(pointer, $ref)` of each `content` that is a `$ref`, and of each media type that is one.
/// `names`: the keys of `node` are names (of properties or schemas), so a key `content` there is
/// a property called so, not a media-type map.
fn find(node: &Value, pointer: &str, names: bool, out: &mut Vec<(String, String)>) {
    let Value::Object(map) = node else {
        if let Value::Array(items) = node {
            for (i, item) in items.iter().enumerate() {
                find(item, &child(pointer, &i.to_string()), false, out);
            }
        }
        return;
    };
    if let Some(Value::Object(content)) = map.get("content").filter(|_| !names) {
        let at = child(pointer, "content");
        match content.get("$ref").and_then(Value::as_str) {
            Some(reference) if content.len() == 1 => out.push((at.clone(), reference.to_owned())),
            _ => {
                for (media_type, media) in content {
                    if let Some(reference) = media.get("$ref").and_then(Value::as_str).filter(|r| r.starts_with("#/components/mediaTypes/")) {
                        out.push((child(&at, media_type), reference.to_owned()));
                    }
                }
            }
        }
    }
    for (key, value) in map {
        if !matches!(key.as_str(), "example" | "examples" | "enum" | "default" | "const") {
            let names_below = !names && matches!(key.as_str(), "properties" | "patternProperties" | "$defs" | "definitions" | "schemas");
            find(value, &child(pointer, key), names_below, out);
        }
    }
}
