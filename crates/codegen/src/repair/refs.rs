//! `$ref`s as real specs write them, brought to what the resolver follows, on the JSON tree:
//! percent-encoded pointers decoded (RFC 6901 §6: a pointer in a URI fragment is
//! percent-encoded), and references to a component of another kind with a compatible shape
//! (a response pointing at `components/requestBodies/X`) followed, with a warning; a
//! parameter, request body or response that points at one written inline elsewhere in the
//! document (`#/paths/~1users/get/parameters/0`, legal JSON Reference) is copied in place.

use serde_json::{Map, Value};

use crate::error::{child, escape_pointer_segment};
use crate::ir::Warning;

/// Decodes every local `$ref` whose fragment is percent-encoded
/// (`#/paths/~1companies~1%7BcompanyId%7D/get` → `#/paths/~1companies~1{companyId}/get`).
pub fn decode_percent_encoded(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get_mut("$ref") {
                if reference.starts_with('#') && reference.contains('%') {
                    if let Ok(decoded) = percent_encoding::percent_decode_str(reference).decode_utf8() {
                        *reference = decoded.into_owned();
                    }
                }
            }
            map.values_mut().for_each(decode_percent_encoded);
        }
        Value::Array(items) => items.iter_mut().for_each(decode_percent_encoded),
        _ => {}
    }
}

/// The component kinds a `$ref` may stand for in each place, and which other kinds share their
/// shape: a response and a request body are both `{description, content}`.
const COMPATIBLE: &[(&str, &str)] = &[("responses", "requestBodies"), ("requestBodies", "responses")];

/// Rewrites `$ref`s from a response to `components/requestBodies/X` (and from a request body
/// to `components/responses/X`) to a copy of the target in the expected kind, keeping only the
/// members that kind has. Returns a warning for each.
pub fn follow_cross_kind(doc: &mut Value) -> Vec<Warning> {
    let mut sites: Vec<(String, &'static str, String)> = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else { continue };
            for (method, op) in item {
                let Some(op) = op.as_object() else { continue };
                let op_pointer = child(&child("#/paths", path), method);
                if let Some(reference) = op.get("requestBody").and_then(|b| b.get("$ref")).and_then(Value::as_str) {
                    sites.push((child(&op_pointer, "requestBody"), "requestBodies", reference.to_owned()));
                }
                for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                    if let Some(reference) = response.get("$ref").and_then(Value::as_str) {
                        sites.push((child(&child(&op_pointer, "responses"), status), "responses", reference.to_owned()));
                    }
                }
            }
        }
    }
    let mut warnings = Vec::new();
    for (pointer, expected, reference) in sites {
        let Some(rest) = reference.strip_prefix("#/components/") else { continue };
        let Some((kind, name)) = rest.split_once('/') else { continue };
        if kind == expected || !COMPATIBLE.contains(&(expected, kind)) {
            continue;
        }
        let Some(target) = doc.pointer(&reference[1..]).and_then(Value::as_object).cloned() else { continue };
        let name = name.replace("~1", "/").replace("~0", "~");
        let copy = copy_as(&target, expected);
        let components = doc.as_object_mut().map(|d| d.entry("components").or_insert_with(|| Value::Object(Map::new())));
        let Some(Value::Object(components)) = components else { continue };
        let kind_map = components.entry(expected).or_insert_with(|| Value::Object(Map::new()));
        let Some(kind_map) = kind_map.as_object_mut() else { continue };
        let mut new_name = name.clone();
        let mut n = 2;
        while kind_map.get(&new_name).is_some_and(|existing| *existing != copy) {
            new_name = format!("{name}_{n}");
            n += 1;
        }
        kind_map.insert(new_name.clone(), copy);
        let new_reference = format!("#/components/{expected}/{}", escape_pointer_segment(&new_name));
        if let Some(Value::Object(site)) = doc.pointer_mut(&pointer[1..]) {
            site.insert("$ref".into(), Value::String(new_reference.clone()));
        }
        let what = if expected == "responses" { "a response" } else { "a request body" };
        warnings.push(Warning {
            pointer,
            message: format!("{what} $ref points to `components/{kind}/{name}`, another kind of component with the same shape: followed as `{new_reference}`"),
        });
    }
    warnings
}

/// `target` (a response or a request body) as a component of `kind`, with only its members.
fn copy_as(target: &Map<String, Value>, kind: &str) -> Value {
    let keep: &[&str] = if kind == "responses" { &["description", "headers", "content", "links"] } else { &["description", "content", "required"] };
    let mut copy: Map<String, Value> = target.iter().filter(|(k, _)| keep.contains(&k.as_str()) || k.starts_with("x-")).map(|(k, v)| (k.clone(), v.clone())).collect();
    if kind == "responses" && !copy.contains_key("description") {
        copy.insert("description".into(), Value::String(String::new()));
    }
    Value::Object(copy)
}

/// Where an operation's parameters, request body and responses point into the document outside
/// `components` (another operation's inline parameter, say), the node is replaced by a copy of
/// what is there (following up to 8 such hops), so the resolver, which follows references to
/// `components/<kind>` only, reads it like any inline one. A pointer at which nothing is found
/// is left as it is: the resolver reports it as unresolvable.
pub fn inline_local_refs(doc: &mut Value) {
    let mut sites: Vec<String> = Vec::new();
    let ref_site = |node: &Value, pointer: String, sites: &mut Vec<String>| {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            if reference.starts_with("#/") && !reference.starts_with("#/components/") {
                sites.push(pointer);
            }
        }
    };
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for (path, item) in paths {
            let Some(item) = item.as_object() else { continue };
            let item_pointer = child("#/paths", path);
            for (i, parameter) in item.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
                ref_site(parameter, child(&child(&item_pointer, "parameters"), &i.to_string()), &mut sites);
            }
            for (method, op) in item {
                let Some(op) = op.as_object() else { continue };
                let op_pointer = child(&item_pointer, method);
                for (i, parameter) in op.get("parameters").and_then(Value::as_array).into_iter().flatten().enumerate() {
                    ref_site(parameter, child(&child(&op_pointer, "parameters"), &i.to_string()), &mut sites);
                }
                if let Some(body) = op.get("requestBody") {
                    ref_site(body, child(&op_pointer, "requestBody"), &mut sites);
                }
                for (status, response) in op.get("responses").and_then(Value::as_object).into_iter().flatten() {
                    ref_site(response, child(&child(&op_pointer, "responses"), status), &mut sites);
                }
            }
        }
    }
    for site in sites {
        let Some(target) = local_target(doc, &site) else { continue };
        if let Some(node) = doc.pointer_mut(&site[1..]) {
            *node = target;
        }
    }
}

/// What the `$ref` at `site` points to outside `components`, through at most 8 such hops.
fn local_target(doc: &Value, site: &str) -> Option<Value> {
    let mut node = doc.pointer(&site[1..])?;
    for _ in 0..8 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(reference) if reference.starts_with("#/") && !reference.starts_with("#/components/") => {
                node = doc.pointer(&reference[1..]).filter(|t| t.is_object())?;
            }
            _ => return Some(node.clone()),
        }
    }
    None
}
