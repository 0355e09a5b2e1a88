//! OpenAPI 3.1 → the OpenAPI 3.0 meaning the resolver understands, on the JSON tree, before
//! `openapiv3` (which models 3.0 only) sees it.
//!
//! 3.1's schemas are JSON Schema 2020-12. What has a 3.0 spelling gets it: `type: [T, "null"]`
//! and `oneOf`/`anyOf` with a `{type: "null"}` member become `nullable`; `type` lists of several
//! types become a `oneOf` of one schema per type; `const` becomes a one-value `enum`; `examples`
//! gives `example`; numeric `exclusiveMinimum`/`exclusiveMaximum` become `minimum` plus
//! `exclusiveMinimum: true`; `contentEncoding`/`contentMediaType` give `format: byte`/`binary`;
//! boolean schemas become `{}`. Root `$defs` become component schemas, path item `$ref`s are
//! replaced by their targets, and `webhooks`, `jsonSchemaDialect`, `info.summary` and
//! `license.identifier` are taken out. What has no 3.0 meaning (`if`/`then`/`else`,
//! `dependentSchemas`, `unevaluatedProperties`, `prefixItems`, `$dynamicRef`, ...) is removed
//! and reported, once per occurrence, with its JSON pointer and what the crate does instead.

use serde_json::{Map, Value};

use crate::error::{child, escape_pointer_segment};
use crate::ir::Warning;

/// Whether `version` (the `openapi` field) is an OpenAPI 3.1 version.
pub fn is_31(version: &str) -> bool {
    version == "3.1" || version.starts_with("3.1.")
}

/// Rewrites a 3.1 document into its 3.0 meaning, in place; returns what could not be kept.
pub fn downgrade(doc: &mut Value) -> Vec<Warning> {
    let mut out = Warnings::default();
    let Some(root) = doc.as_object_mut() else { return out.0 };
    root.insert("openapi".into(), Value::String("3.0.3".into()));
    for key in ["jsonSchemaDialect", "$schema", "$id", "$comment"] {
        root.shift_remove(key);
    }
    if let Some(Value::Object(info)) = root.get_mut("info") {
        info.shift_remove("summary");
        if let Some(Value::Object(license)) = info.get_mut("license") {
            let identifier = license.shift_remove("identifier");
            if !license.contains_key("name") {
                license.insert("name".into(), identifier.unwrap_or_else(|| Value::String(String::new())));
            }
        }
    }
    if let Some(Value::Object(webhooks)) = root.shift_remove("webhooks") {
        for name in webhooks.keys() {
            out.warn(child("#/webhooks", name), "webhooks are requests the server makes: no client code is generated for them");
        }
    }
    // 3.1 makes `paths` optional.
    if !root.contains_key("paths") {
        root.insert("paths".into(), Value::Object(Map::new()));
    }
    mutual_tls(root, &mut out);
    hoist_root_defs(doc);
    resolve_path_item_refs(doc);
    if let Some(Value::Object(components)) = doc.get_mut("components") {
        components.shift_remove("pathItems");
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            operations_need_responses(item);
        }
    }
    walk(doc, "#", &mut out);
    out.0
}

#[derive(Default)]
struct Warnings(Vec<Warning>);

impl Warnings {
    fn warn(&mut self, pointer: String, message: impl Into<String>) {
        let warning = Warning { pointer, message: message.into() };
        if !self.0.contains(&warning) {
            self.0.push(warning);
        }
    }
}

/// `mutualTLS` security schemes (new in 3.1) are the HTTP client's business: each is taken out,
/// and out of every security requirement naming it.
fn mutual_tls(root: &mut Map<String, Value>, out: &mut Warnings) {
    let mut removed = Vec::new();
    if let Some(Value::Object(schemes)) = root.get_mut("components").and_then(|c| c.get_mut("securitySchemes")) {
        let names: Vec<String> =
            schemes.iter().filter(|(_, s)| s.get("type").and_then(Value::as_str) == Some("mutualTLS")).map(|(n, _)| n.clone()).collect();
        for name in names {
            schemes.shift_remove(&name);
            out.warn(
                child("#/components/securitySchemes", &name),
                "mutual TLS is set up on the HTTP client (`reqwest::ClientBuilder::identity`): the crate has no setter for it",
            );
            removed.push(name);
        }
    }
    if removed.is_empty() {
        return;
    }
    fn strip(requirements: Option<&mut Value>, removed: &[String]) {
        if let Some(Value::Array(reqs)) = requirements {
            for req in reqs.iter_mut().filter_map(Value::as_object_mut) {
                for name in removed {
                    req.shift_remove(name);
                }
            }
        }
    }
    strip(root.get_mut("security"), &removed);
    if let Some(Value::Object(paths)) = root.get_mut("paths") {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for op in item.values_mut() {
                strip(op.get_mut("security"), &removed);
            }
        }
    }
}

/// Root `$defs` (a 3.1 document is a JSON Schema resource too) become component schemas, and
/// `$ref`s to `#/$defs/X...` point there.
fn hoist_root_defs(doc: &mut Value) {
    let Some(Value::Object(defs)) = doc.as_object_mut().and_then(|r| r.shift_remove("$defs")) else { return };
    let mut renames = Vec::new();
    let Some(root) = doc.as_object_mut() else { return };
    let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
    if !components.is_object() {
        *components = Value::Object(Map::new());
    }
    let Some(components) = components.as_object_mut() else { return };
    let schemas = components.entry("schemas").or_insert_with(|| Value::Object(Map::new()));
    if !schemas.is_object() {
        *schemas = Value::Object(Map::new());
    }
    let Some(schemas) = schemas.as_object_mut() else { return };
    for (name, schema) in defs {
        let mut unique = name.clone();
        let mut n = 2;
        while schemas.contains_key(&unique) {
            unique = format!("{name}_{n}");
            n += 1;
        }
        renames.push((format!("#/$defs/{}", escape_pointer_segment(&name)), format!("#/components/schemas/{}", escape_pointer_segment(&unique))));
        schemas.insert(unique, schema);
    }
    fn rewrite(node: &mut Value, renames: &[(String, String)]) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get_mut("$ref") {
                    for (from, to) in renames {
                        if r == from || r.strip_prefix(from.as_str()).is_some_and(|rest| rest.starts_with('/')) {
                            *r = format!("{to}{}", &r[from.len()..]);
                            break;
                        }
                    }
                }
                map.values_mut().for_each(|v| rewrite(v, renames));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, renames)),
            _ => {}
        }
    }
    rewrite(doc, &renames);
}

/// A path item that is a `$ref` to another in the document (`#/components/pathItems/X`, 3.1's
/// reusable path items, or `#/paths/...`) is replaced by its target; its own fields beside the
/// `$ref` (`summary`, `description`) win. Chains are followed; a cycle or a dangling `$ref` is
/// left for the resolver to report.
pub fn resolve_path_item_refs(doc: &mut Value) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else { return };
    let mut resolved = Vec::new();
    for (path, item) in paths {
        let Some(mut reference) = item.get("$ref").and_then(Value::as_str).map(str::to_owned) else { continue };
        let mut seen = vec![reference.clone()];
        let target = loop {
            let Some(target) = reference.strip_prefix('#').and_then(|p| doc.pointer(p)).filter(|t| t.is_object()) else { break None };
            match target.get("$ref").and_then(Value::as_str) {
                Some(next) if seen.iter().any(|s| s == next) => break None,
                Some(next) => {
                    reference = next.to_owned();
                    seen.push(reference.clone());
                }
                None => break Some(target.clone()),
            }
        };
        let Some(Value::Object(mut target)) = target else { continue };
        if let Some(own) = item.as_object() {
            for (key, value) in own.iter().filter(|(k, _)| *k != "$ref") {
                target.insert(key.clone(), value.clone());
            }
        }
        resolved.push((path.clone(), Value::Object(target)));
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for (path, item) in resolved {
            paths.insert(path, item);
        }
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// 3.1 makes an operation's `responses` optional; 3.0 (and `openapiv3`) require it.
fn operations_need_responses(item: &mut Value) {
    let Some(item) = item.as_object_mut() else { return };
    for method in METHODS {
        if let Some(Value::Object(op)) = item.get_mut(*method) {
            if !op.contains_key("responses") {
                op.insert("responses".into(), Value::Object(Map::new()));
            }
            if let Some(Value::Object(callbacks)) = op.get_mut("callbacks") {
                for callback in callbacks.values_mut().filter_map(Value::as_object_mut) {
                    callback.values_mut().for_each(operations_need_responses);
                }
            }
        }
    }
}

/// Walks the document outside schemas, converting every schema it finds (`schema` of
/// parameters, media types and headers; `components/schemas`).
fn walk(node: &mut Value, pointer: &str, out: &mut Warnings) {
    match node {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                let at = child(pointer, key);
                match key.as_str() {
                    "schema" => schema(value, &at, out),
                    "schemas" if pointer == "#/components" => {
                        if let Value::Object(schemas) = value {
                            for (name, s) in schemas.iter_mut() {
                                dynamic_refs(s, name);
                                schema(s, &child(&at, name), out);
                            }
                        }
                    }
                    // Example values and extensions are data, not spec (a component may still be
                    // named `examples`).
                    k if (k == "example" || k == "examples" || k.starts_with("x-")) && !is_components_map(pointer) => {}
                    _ => walk(value, &at, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                walk(item, &child(pointer, &i.to_string()), out);
            }
        }
        _ => {}
    }
}

/// A component schema that declares `$dynamicAnchor: node` (or 2019-09's `$recursiveAnchor:
/// true`) is what `$dynamicRef: "#node"` (`$recursiveRef: "#"`) inside it refers to: those become
/// plain `$ref`s to the component, a recursive type. Other dynamic references stay, and are
/// reported where they are.
fn dynamic_refs(component: &mut Value, name: &str) {
    let Some(root) = component.as_object_mut() else { return };
    let recursive = root.get("$recursiveAnchor") == Some(&Value::Bool(true));
    let dynamic = root.get("$dynamicAnchor").and_then(Value::as_str).map(|a| format!("#{a}"));
    if !recursive && dynamic.is_none() {
        return;
    }
    root.shift_remove("$recursiveAnchor");
    root.shift_remove("$dynamicAnchor");
    let target = Value::String(format!("#/components/schemas/{}", escape_pointer_segment(name)));
    fn rewrite(node: &mut Value, recursive: bool, dynamic: Option<&str>, target: &Value) {
        match node {
            Value::Object(map) => {
                let hit = (recursive && map.get("$recursiveRef").and_then(Value::as_str) == Some("#"))
                    || dynamic.is_some_and(|d| map.get("$dynamicRef").and_then(Value::as_str) == Some(d));
                if hit {
                    map.shift_remove("$recursiveRef");
                    map.shift_remove("$dynamicRef");
                    map.insert("$ref".into(), target.clone());
                }
                map.values_mut().for_each(|v| rewrite(v, recursive, dynamic, target));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, recursive, dynamic, target)),
            _ => {}
        }
    }
    rewrite(component, recursive, dynamic.as_deref(), &target);
}

/// `#/components/responses` and its siblings: maps whose keys are component names.
fn is_components_map(pointer: &str) -> bool {
    pointer.strip_prefix("#/components/").is_some_and(|rest| !rest.contains('/'))
}

/// Keywords whose value is one schema.
const ONE_SCHEMA: &[&str] = &["items", "additionalProperties", "not"];
/// Keywords whose value is a list of schemas.
const SCHEMA_LISTS: &[&str] = &["allOf", "oneOf", "anyOf"];
/// Keywords whose value is a map of schemas.
const SCHEMA_MAPS: &[&str] = &["properties", "$defs", "definitions"];

/// Annotations and identifiers with no effect on the Rust type.
const DROPPED_SILENTLY: &[&str] = &["$schema", "$id", "$comment", "$anchor", "$vocabulary", "contentSchema", "minContains", "maxContains"];

/// Keywords with no 3.0 meaning, and what the crate does instead (the constraint is ignored
/// unless said otherwise).
const NO_30_MEANING: &[(&str, &str)] = &[
    ("dependentSchemas", "`dependentSchemas` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("dependentRequired", "`dependentRequired` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("unevaluatedProperties", "`unevaluatedProperties` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("unevaluatedItems", "`unevaluatedItems` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("contains", "`contains` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("propertyNames", "`propertyNames` has no OpenAPI 3.0 meaning: the constraint is ignored"),
    ("$dynamicAnchor", "`$dynamicAnchor` below a component schema's root has no OpenAPI 3.0 meaning: it is ignored"),
    ("$recursiveAnchor", "`$recursiveAnchor` below a component schema's root has no OpenAPI 3.0 meaning: it is ignored"),
];

/// Converts one schema (and everything under it) at `pointer`.
fn schema(node: &mut Value, pointer: &str, out: &mut Warnings) {
    match node {
        Value::Bool(true) => *node = Value::Object(Map::new()),
        Value::Bool(false) => {
            out.warn(pointer.to_owned(), "a `false` schema (no value is valid) has no OpenAPI 3.0 meaning: the value is any JSON (`serde_json::Value`)");
            *node = Value::Object(Map::new());
        }
        Value::Object(map) => {
            children(map, pointer, out);
            keywords(map, pointer, out);
        }
        // Not a schema: the resolver reports it with its pointer.
        _ => {}
    }
}

/// Converts the subschemas of a schema, in place.
fn children(map: &mut Map<String, Value>, pointer: &str, out: &mut Warnings) {
    for (key, value) in map.iter_mut() {
        let at = child(pointer, key);
        match key.as_str() {
            // `additionalProperties: true/false` is already 3.0.
            "additionalProperties" if value.is_boolean() => {}
            // `items: false` only closes a `prefixItems` tuple, which is replaced below.
            // `items: false` closes a `prefixItems` tuple or makes an always empty array: both
            // are handled (and reported) with the schema's other keywords.
            "items" if value == &Value::Bool(false) => {}
            k if ONE_SCHEMA.contains(&k) => schema(value, &at, out),
            k if SCHEMA_LISTS.contains(&k) => {
                if let Value::Array(items) = value {
                    for (i, item) in items.iter_mut().enumerate() {
                        schema(item, &child(&at, &i.to_string()), out);
                    }
                }
            }
            k if SCHEMA_MAPS.contains(&k) => {
                if let Value::Object(members) = value {
                    // A property whose schema is `false` can never be present: it is left out.
                    if k == "properties" {
                        let never: Vec<String> = members.iter().filter(|(_, v)| **v == Value::Bool(false)).map(|(n, _)| n.clone()).collect();
                        for name in never {
                            members.shift_remove(&name);
                            out.warn(child(&at, &name), "a property whose schema is `false` can never be present: it is left out of the type");
                        }
                    }
                    for (name, member) in members.iter_mut() {
                        schema(member, &child(&at, name), out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The 3.1 keywords of one schema (whose subschemas are already converted) → 3.0.
fn keywords(map: &mut Map<String, Value>, pointer: &str, out: &mut Warnings) {
    for key in DROPPED_SILENTLY {
        map.shift_remove(*key);
    }
    unsupported(map, pointer, out);
    if let Some(examples) = map.shift_remove("examples") {
        if !map.contains_key("example") {
            if let Some(first) = examples.as_array().and_then(|e| e.first()) {
                map.insert("example".into(), first.clone());
            }
        }
    }
    if let Some(value) = map.shift_remove("const") {
        let type_of_value = json_type(&value);
        map.insert("enum".into(), Value::Array(vec![value]));
        // `{const: "user"}` is a string marker, as `{type: string, enum: [user]}` is in 3.0.
        if !map.contains_key("type") && !has_structure(map) {
            if let Some(t) = type_of_value {
                map.insert("type".into(), Value::String(t.into()));
            }
        }
    }
    exclusive_bound(map, "exclusiveMinimum", "minimum", |bound, limit| bound >= limit);
    exclusive_bound(map, "exclusiveMaximum", "maximum", |bound, limit| bound <= limit);
    content_format(map);
    types(map);
    null_members(map, "oneOf");
    null_members(map, "anyOf");
}

/// `if`/`then`/`else`, `patternProperties`, `prefixItems`, `$dynamicRef` and the keywords of
/// [`NO_30_MEANING`]: removed, each reported with the fallback.
fn unsupported(map: &mut Map<String, Value>, pointer: &str, out: &mut Warnings) {
    if let Some(at) = ["if", "then", "else"].iter().find(|k| map.contains_key(**k)) {
        out.warn(child(pointer, at), "conditional subschemas (`if`/`then`/`else`) have no OpenAPI 3.0 meaning: the condition is ignored and the value is typed by the rest of the schema");
        for key in ["if", "then", "else"] {
            map.shift_remove(key);
        }
    }
    for (key, message) in NO_30_MEANING {
        if map.shift_remove(*key).is_some() {
            out.warn(child(pointer, key), *message);
        }
    }
    if let Some(patterns) = map.shift_remove("patternProperties") {
        let at = child(pointer, "patternProperties");
        let values: Vec<&Value> = patterns.as_object().map(|p| p.values().collect()).unwrap_or_default();
        let open = matches!(map.get("additionalProperties"), None | Some(Value::Bool(true)));
        match values.as_slice() {
            [only] if open => {
                map.insert("additionalProperties".into(), (*only).clone());
                out.warn(at, "`patternProperties` has no OpenAPI 3.0 meaning: other properties are a map of the pattern's value type, the key pattern is not checked");
            }
            _ => out.warn(at, "`patternProperties` has no OpenAPI 3.0 meaning: the constraint is ignored"),
        }
    }
    if map.shift_remove("prefixItems").is_some() {
        map.insert("items".into(), Value::Object(Map::new()));
        map.entry("type").or_insert_with(|| Value::String("array".into()));
        out.warn(child(pointer, "prefixItems"), "tuples (`prefixItems`) have no OpenAPI 3.0 meaning: the items are any JSON (`serde_json::Value`)");
    } else if map.get("items") == Some(&Value::Bool(false)) {
        map.insert("items".into(), Value::Object(Map::new()));
        out.warn(child(pointer, "items"), "`items: false` (an always empty array) has no OpenAPI 3.0 meaning: the items are any JSON (`serde_json::Value`)");
    }
    for key in ["$dynamicRef", "$recursiveRef"] {
        if map.shift_remove(key).is_some() {
            out.warn(child(pointer, key), format!("`{key}` to no anchor of its component schema is not followed: the value is any JSON (`serde_json::Value`)"));
        }
    }
}

fn json_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::String(_) => Some("string"),
        Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        Value::Bool(_) => Some("boolean"),
        _ => None,
    }
}

/// Keywords that give a schema its shape without `type`.
fn has_structure(map: &Map<String, Value>) -> bool {
    ["properties", "items", "allOf", "oneOf", "anyOf", "not", "$ref", "additionalProperties"].iter().any(|k| map.contains_key(*k))
}

/// 3.1's numeric `exclusiveMinimum: 5` is 3.0's `minimum: 5, exclusiveMinimum: true` (the
/// stricter bound wins when both `minimum` and `exclusiveMinimum` are given).
pub(crate) fn exclusive_bound(map: &mut Map<String, Value>, exclusive: &str, inclusive: &str, stricter: fn(f64, f64) -> bool) {
    let Some(Value::Number(bound)) = map.get(exclusive).cloned() else { return };
    map.shift_remove(exclusive);
    let limit = map.get(inclusive).and_then(Value::as_f64);
    let wins = match limit {
        None => true,
        Some(limit) => bound.as_f64().is_some_and(|b| stricter(b, limit)),
    };
    if wins {
        map.insert(inclusive.into(), Value::Number(bound));
        map.insert(exclusive.into(), Value::Bool(true));
    }
}

/// `contentEncoding: base64` is 3.0's `format: byte`; a `contentMediaType` that is not text
/// (`application/octet-stream`, `image/png`) without an encoding is raw bytes, `format: binary`.
fn content_format(map: &mut Map<String, Value>) {
    let encoding = map.shift_remove("contentEncoding");
    let media_type = map.shift_remove("contentMediaType");
    if map.contains_key("format") {
        return;
    }
    let format = match (encoding.as_ref().and_then(Value::as_str), media_type.as_ref().and_then(Value::as_str)) {
        (Some(e), _) if e.eq_ignore_ascii_case("base64") || e.eq_ignore_ascii_case("base64url") => "byte",
        (Some(_), _) => return,
        (None, Some(m)) if !is_text(m) => "binary",
        _ => return,
    };
    map.insert("format".into(), Value::String(format.into()));
}

fn is_text(media_type: &str) -> bool {
    let m = media_type.to_ascii_lowercase();
    let essence = m.split(';').next().unwrap_or_default().trim();
    essence.starts_with("text/")
        || essence == "application/json"
        || essence.ends_with("+json")
        || essence == "application/xml"
        || essence.ends_with("+xml")
        || essence == "application/x-www-form-urlencoded"
}

/// Which keywords belong to which instance type, for splitting `type: [a, b]` into a `oneOf`.
fn keyword_type(key: &str) -> Option<&'static [&'static str]> {
    Some(match key {
        "pattern" | "minLength" | "maxLength" => &["string"],
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => &["number", "integer"],
        "items" | "minItems" | "maxItems" | "uniqueItems" => &["array"],
        "properties" | "required" | "additionalProperties" | "minProperties" | "maxProperties" => &["object"],
        "format" => &["string", "number", "integer"],
        _ => return None,
    })
}

/// `type: "null"` and `type` lists (`[T, "null"]`, `[a, b]`) → 3.0.
fn types(map: &mut Map<String, Value>) {
    let list: Vec<String> = match map.get("type") {
        Some(Value::String(t)) if t == "null" => vec!["null".into()],
        Some(Value::Array(items)) => {
            let mut list: Vec<String> = Vec::new();
            for t in items.iter().filter_map(Value::as_str) {
                if !list.iter().any(|l| l == t) {
                    list.push(t.to_owned());
                }
            }
            list
        }
        _ => return,
    };
    let null = list.iter().any(|t| t == "null");
    let mut rest: Vec<String> = list.into_iter().filter(|t| t != "null").collect();
    // Every integer is a number.
    if rest.iter().any(|t| t == "number") {
        rest.retain(|t| t != "integer");
    }
    map.shift_remove("type");
    if null {
        map.insert("nullable".into(), Value::Bool(true));
    }
    match rest.as_slice() {
        [] => {}
        [only] => {
            map.insert("type".into(), Value::String(only.clone()));
        }
        // A union of instance types: one schema per type, each with its own keywords; the
        // annotations (description, default, ...) stay on the union.
        several => {
            if map.contains_key("oneOf") || map.contains_key("anyOf") {
                return;
            }
            let values = map.shift_remove("enum");
            let mut members = Vec::new();
            for t in several {
                let mut member = Map::new();
                member.insert("type".into(), Value::String(t.clone()));
                for (key, value) in map.iter() {
                    if keyword_type(key).is_some_and(|types| types.contains(&t.as_str())) {
                        member.insert(key.clone(), value.clone());
                    }
                }
                if let Some(Value::Array(values)) = &values {
                    let of_type: Vec<Value> = values.iter().filter(|v| matches_type(v, t)).cloned().collect();
                    if !of_type.is_empty() {
                        member.insert("enum".into(), Value::Array(of_type));
                    }
                }
                members.push(Value::Object(member));
            }
            map.retain(|key, _| keyword_type(key).is_none());
            map.insert("oneOf".into(), Value::Array(members));
        }
    }
}

fn matches_type(value: &Value, t: &str) -> bool {
    match t {
        "string" => value.is_string(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        _ => false,
    }
}

/// A member that only allows `null`: `{type: "null"}` (already `{nullable: true}` here),
/// `{const: null}`, `{enum: [null]}`, with at most a title or description.
fn is_null_schema(member: &Value) -> bool {
    let Some(m) = member.as_object() else { return false };
    let null_only = m.get("type").and_then(Value::as_str) == Some("null")
        || m.get("enum") == Some(&Value::Array(vec![Value::Null]))
        || m.get("const") == Some(&Value::Null)
        || m.get("nullable") == Some(&Value::Bool(true));
    // `{nullable: true, type: integer}` (3.0's spelling, in a 3.1 document) is an integer or null.
    let typed = m.get("type").is_some_and(|t| t.as_str() != Some("null")) || m.get("enum").is_some_and(|e| e != &Value::Array(vec![Value::Null]));
    null_only
        && !typed
        && m.keys().all(|k| matches!(k.as_str(), "type" | "enum" | "const" | "nullable" | "title" | "description" | "example" | "default"))
}

/// `oneOf`/`anyOf` with a null member → the other members, nullable. A single remaining
/// `$ref` becomes `allOf: [$ref]` (the 3.0 spelling of a nullable reference); a single inline
/// member is merged into the schema when nothing clashes.
fn null_members(map: &mut Map<String, Value>, key: &str) {
    let Some(Value::Array(members)) = map.get(key) else { return };
    let nullable_member = |m: &Value| m.get("nullable") == Some(&Value::Bool(true));
    if !members.iter().any(|m| is_null_schema(m) || nullable_member(m)) {
        return;
    }
    // Members that allow null besides their type (3.0's `nullable` in a 3.1 document) keep
    // their type; the union allows null.
    let rest: Vec<Value> = members
        .iter()
        .filter(|m| !is_null_schema(m))
        .map(|m| {
            let mut m = m.clone();
            if let Some(object) = m.as_object_mut() {
                object.shift_remove("nullable");
            }
            m
        })
        .collect();
    map.shift_remove(key);
    map.insert("nullable".into(), Value::Bool(true));
    match rest.len() {
        0 => {}
        1 => {
            let Some(Value::Object(only)) = rest.into_iter().next() else { return };
            let is_ref = only.contains_key("$ref");
            let clashes = only.keys().any(|k| map.contains_key(k) && !matches!(k.as_str(), "description" | "title" | "example" | "default"));
            if is_ref || clashes || only.contains_key("nullable") {
                map.insert("allOf".into(), Value::Array(vec![Value::Object(only)]));
            } else {
                for (k, v) in only {
                    map.entry(k).or_insert(v);
                }
            }
        }
        _ => {
            map.insert(key.into(), Value::Array(rest));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn one(schema: Value) -> (Value, Vec<Warning>) {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {"S": schema}}});
        let warnings = downgrade(&mut doc);
        (doc["components"]["schemas"]["S"].clone(), warnings)
    }

    fn converted(schema: Value) -> Value {
        let (s, warnings) = one(schema);
        assert!(warnings.is_empty(), "{warnings:?}");
        s
    }

    #[test]
    fn type_with_null_is_nullable() {
        assert_eq!(converted(json!({"type": ["string", "null"]})), json!({"nullable": true, "type": "string"}));
        assert_eq!(converted(json!({"type": ["null", "object"], "properties": {"a": {"type": "integer"}}})), json!({"properties": {"a": {"type": "integer"}}, "nullable": true, "type": "object"}));
        assert_eq!(converted(json!({"type": "null"})), json!({"nullable": true}));
    }

    #[test]
    fn type_lists_become_unions_with_their_own_keywords() {
        let s = converted(json!({"type": ["string", "integer"], "description": "d", "minLength": 1, "minimum": 0, "enum": ["a", 1]}));
        assert_eq!(
            s,
            json!({"description": "d", "oneOf": [{"type": "string", "minLength": 1, "enum": ["a"]}, {"type": "integer", "minimum": 0, "enum": [1]}]})
        );
        assert_eq!(converted(json!({"type": ["integer", "number", "null"]})), json!({"nullable": true, "type": "number"}));
    }

    #[test]
    fn nullable_typed_members_keep_their_type_and_make_the_union_nullable() {
        // Juniper Mist (3.1 with 3.0's `nullable`): an integer, number, string or boolean, or null.
        let schema = json!({"anyOf": [{"nullable": true, "type": "integer"}, {"nullable": true, "type": "number"}, {"type": "boolean"}]});
        assert_eq!(converted(schema), json!({"nullable": true, "anyOf": [{"type": "integer"}, {"type": "number"}, {"type": "boolean"}]}));
    }

    #[test]
    fn null_members_of_unions_become_nullable() {
        assert_eq!(
            converted(json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}], "description": "d"})),
            json!({"description": "d", "nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]})
        );
        assert_eq!(converted(json!({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]})), json!({"nullable": true, "type": "string", "format": "date"}));
        assert_eq!(
            converted(json!({"anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}, {"const": null}]})),
            json!({"nullable": true, "anyOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]})
        );
    }

    #[test]
    fn const_is_a_one_value_enum() {
        assert_eq!(converted(json!({"const": "user"})), json!({"enum": ["user"], "type": "string"}));
        assert_eq!(converted(json!({"type": "integer", "const": 2})), json!({"type": "integer", "enum": [2]}));
    }

    #[test]
    fn examples_give_example() {
        assert_eq!(converted(json!({"type": "string", "examples": ["a", "b"]})), json!({"type": "string", "example": "a"}));
        assert_eq!(converted(json!({"type": "string", "example": "x", "examples": ["a"]})), json!({"type": "string", "example": "x"}));
    }

    #[test]
    fn numeric_exclusive_bounds_are_30_bounds() {
        assert_eq!(
            converted(json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1})),
            json!({"type": "number", "minimum": 0, "exclusiveMinimum": true, "maximum": 1, "exclusiveMaximum": true})
        );
        // The stricter of the two lower bounds.
        assert_eq!(converted(json!({"type": "integer", "minimum": 5, "exclusiveMinimum": 1})), json!({"type": "integer", "minimum": 5}));
    }

    #[test]
    fn content_media_type_and_encoding_are_formats() {
        assert_eq!(converted(json!({"type": "string", "contentMediaType": "application/octet-stream"})), json!({"type": "string", "format": "binary"}));
        assert_eq!(converted(json!({"type": "string", "contentEncoding": "base64", "contentMediaType": "image/png"})), json!({"type": "string", "format": "byte"}));
        assert_eq!(converted(json!({"type": "string", "contentMediaType": "text/html"})), json!({"type": "string"}));
    }

    #[test]
    fn boolean_schemas() {
        assert_eq!(converted(json!({"type": "object", "properties": {"a": true}, "additionalProperties": false})), json!({"type": "object", "properties": {"a": {}}, "additionalProperties": false}));
        let (s, warnings) = one(json!({"type": "object", "properties": {"a": false, "b": {"type": "string"}}}));
        assert_eq!(s, json!({"type": "object", "properties": {"b": {"type": "string"}}}));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].pointer, "#/components/schemas/S/properties/a");
        let (s, warnings) = one(json!({"type": "array", "items": false}));
        assert_eq!(s, json!({"type": "array", "items": {}}));
        assert_eq!(warnings[0].pointer, "#/components/schemas/S/items");
    }

    #[test]
    fn constructs_without_30_meaning_are_removed_and_reported_once_each() {
        let (s, warnings) = one(json!({
            "type": "object",
            "$id": "x", "$schema": "y", "$comment": "z", "$anchor": "a",
            "properties": {"t": {"type": "array", "prefixItems": [{"type": "string"}], "items": false}, "u": {"$dynamicAnchor": "x", "type": "string"}},
            "if": {"required": ["a"]}, "then": {"required": ["b"]}, "else": {},
            "dependentSchemas": {"a": {}}, "dependentRequired": {"a": ["b"]},
            "unevaluatedProperties": false, "propertyNames": {"pattern": "^a"},
        }));
        assert_eq!(s, json!({"type": "object", "properties": {"t": {"type": "array", "items": {}}, "u": {"type": "string"}}}));
        let pointers: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "#/components/schemas/S/properties/t/prefixItems",
                "#/components/schemas/S/properties/u/$dynamicAnchor",
                "#/components/schemas/S/if",
                "#/components/schemas/S/dependentSchemas",
                "#/components/schemas/S/dependentRequired",
                "#/components/schemas/S/unevaluatedProperties",
                "#/components/schemas/S/propertyNames",
            ]
        );
        let (s, warnings) = one(json!({"$dynamicRef": "#node"}));
        assert_eq!(s, json!({}));
        assert!(warnings[0].message.contains("serde_json::Value"));
        let (s, warnings) = one(json!({"type": "object", "patternProperties": {"^x-": {"type": "string"}}}));
        assert_eq!(s, json!({"type": "object", "additionalProperties": {"type": "string"}}));
        assert_eq!(warnings[0].pointer, "#/components/schemas/S/patternProperties");
        let (_, warnings) = one(json!({"type": "array", "items": {"type": "string"}, "contains": {"const": "a"}, "minContains": 1}));
        assert_eq!(warnings[0].pointer, "#/components/schemas/S/contains");
    }

    #[test]
    fn dynamic_refs_to_the_component_are_recursion() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {
            "Node": {"$dynamicAnchor": "node", "type": "object", "properties": {"children": {"type": "array", "items": {"$dynamicRef": "#node"}}}},
            "Filter": {"$recursiveAnchor": true, "type": "object", "properties": {"filters": {"type": "array", "items": {"oneOf": [{"type": "string"}, {"$recursiveRef": "#"}]}}}},
        }}});
        assert!(downgrade(&mut doc).is_empty());
        assert_eq!(doc["components"]["schemas"]["Node"], json!({"type": "object", "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}}}));
        assert_eq!(doc["components"]["schemas"]["Filter"]["properties"]["filters"]["items"]["oneOf"][1], json!({"$ref": "#/components/schemas/Filter"}));
    }

    #[test]
    fn document_level_31_fields() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "jsonSchemaDialect": "https://spec.openapis.org/oas/3.1/dialect/base",
            "info": {"title": "T", "summary": "s", "version": "1", "license": {"name": "MIT", "identifier": "MIT"}},
            "webhooks": {"newPet": {"post": {"responses": {"200": {"description": "ok"}}}}},
            "$defs": {"Pet": {"type": "object"}},
            "components": {
                "schemas": {"Pet": {"type": "string"}, "Ref": {"$ref": "#/$defs/Pet"}},
                "pathItems": {"Pets": {"get": {"operationId": "listPets"}}},
                "securitySchemes": {"mtls": {"type": "mutualTLS"}, "key": {"type": "apiKey", "in": "header", "name": "k"}},
            },
            "security": [{"mtls": [], "key": []}],
            "paths": {"/pets": {"$ref": "#/components/pathItems/Pets", "summary": "Pets"}},
        });
        let warnings = downgrade(&mut doc);
        assert_eq!(
            doc,
            json!({
                "openapi": "3.0.3",
                "info": {"title": "T", "version": "1", "license": {"name": "MIT"}},
                "components": {
                    "schemas": {"Pet": {"type": "string"}, "Ref": {"$ref": "#/components/schemas/Pet_2"}, "Pet_2": {"type": "object"}},
                    "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "k"}},
                },
                "security": [{"key": []}],
                "paths": {"/pets": {"get": {"operationId": "listPets", "responses": {}}, "summary": "Pets"}},
            })
        );
        let pointers: Vec<&str> = warnings.iter().map(|w| w.pointer.as_str()).collect();
        assert_eq!(pointers, ["#/webhooks/newPet", "#/components/securitySchemes/mtls"]);
    }

    #[test]
    fn missing_paths_are_empty() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}});
        downgrade(&mut doc);
        assert_eq!(doc["paths"], json!({}));
    }

    #[test]
    fn schemas_of_parameters_and_bodies_are_converted() {
        let mut doc = json!({"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/x": {"post": {
            "parameters": [{"name": "q", "in": "query", "schema": {"type": ["string", "null"]}}],
            "requestBody": {"content": {"application/octet-stream": {"schema": {"type": "string", "contentMediaType": "application/octet-stream"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"const": "ok"}, "examples": {"a": {"value": {"const": 1}}}}}}},
        }}}});
        downgrade(&mut doc);
        let op = &doc["paths"]["/x"]["post"];
        assert_eq!(op["parameters"][0]["schema"], json!({"nullable": true, "type": "string"}));
        assert_eq!(op["requestBody"]["content"]["application/octet-stream"]["schema"], json!({"type": "string", "format": "binary"}));
        assert_eq!(op["responses"]["200"]["content"]["application/json"]["schema"], json!({"enum": ["ok"], "type": "string"}));
        // Example values are left alone; a component named `examples` is not one.
        assert_eq!(op["responses"]["200"]["content"]["application/json"]["examples"]["a"]["value"], json!({"const": 1}));
        let mut doc = json!({"openapi": "3.1.0", "components": {"parameters": {"examples": {"name": "e", "in": "query", "schema": {"type": ["string", "null"]}}}}});
        downgrade(&mut doc);
        assert_eq!(doc["components"]["parameters"]["examples"]["schema"], json!({"nullable": true, "type": "string"}));
    }

    #[test]
    fn odd_input_never_panics() {
        for doc in [json!(null), json!([]), json!({"openapi": "3.1.0", "paths": 5, "components": 1}), json!({"components": {"schemas": {"a": 1, "b": [true], "c": {"type": [1, null]}}}}), json!({"$defs": 3}), json!({"paths": {"/a": {"$ref": "#/paths/~1a"}}})] {
            let mut doc = doc;
            downgrade(&mut doc);
        }
    }
}
