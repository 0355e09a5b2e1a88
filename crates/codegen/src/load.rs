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
    hoist_nested_schema_refs(doc);
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

/// `$ref`s into the middle of a schema (`#/components/schemas/Tag/allOf/0`) or to the schema of
/// a parameter, body or response (`#/components/parameters/Kind/schema`) are valid JSON References the resolver does not follow: each target
/// becomes a component schema of its own (named after its path, made unique) and the `$ref`s
/// point there. Deterministic: targets in sorted order.
fn hoist_nested_schema_refs(doc: &mut Value) {
    fn collect(node: &Value, out: &mut std::collections::BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    let nested_component = r.strip_prefix("#/components/schemas/").is_some_and(|rest| rest.contains('/'));
                    let inline_schema = r.starts_with("#/") && r.split('/').any(|s| s == "schema");
                    if nested_component || inline_schema {
                        out.insert(r.clone());
                    }
                }
                map.values().for_each(|v| collect(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
            _ => {}
        }
    }
    fn rewrite(node: &mut Value, names: &std::collections::BTreeMap<String, String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get_mut("$ref") {
                    if let Some(name) = names.get(r.as_str()) {
                        *r = format!("#/components/schemas/{}", escape_pointer_segment(name));
                    }
                }
                map.values_mut().for_each(|v| rewrite(v, names));
            }
            Value::Array(items) => items.iter_mut().for_each(|v| rewrite(v, names)),
            _ => {}
        }
    }
    let mut refs = std::collections::BTreeSet::new();
    collect(doc, &mut refs);
    if refs.is_empty() {
        return;
    }
    let mut taken: std::collections::BTreeSet<String> =
        doc.pointer("/components/schemas").and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default();
    let mut names = std::collections::BTreeMap::new();
    let mut targets = Vec::new();
    for r in &refs {
        // A dangling `$ref` stays as it is: the resolver reports it with its pointer.
        let Some(target) = doc.pointer(&r[1..]).filter(|t| t.is_object()).cloned() else { continue };
        let path = r.trim_start_matches("#/components/schemas/").trim_start_matches("#/components/").trim_start_matches("#/paths/");
        let base: String = path.split('/').map(|s| s.replace("~1", "_").replace("~0", "_")).collect::<Vec<_>>().join("_");
        let mut name = base.clone();
        let mut n = 2;
        while taken.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        taken.insert(name.clone());
        names.insert(r.clone(), name.clone());
        targets.push((name, target));
    }
    rewrite(doc, &names);
    let Some(root) = doc.as_object_mut() else { return };
    let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
    let Some(components) = components.as_object_mut() else { return };
    let schemas = components.entry("schemas").or_insert_with(|| Value::Object(Map::new()));
    let Some(schemas) = schemas.as_object_mut() else { return };
    for (name, mut target) in targets {
        rewrite(&mut target, &names);
        schemas.insert(name, target);
    }
}

/// The spec as a JSON tree with the overlays applied, in order (not yet normalised):
/// the document the generator reads, for tools and tests that check against it.
pub fn load_tree(file: &str, text: &str, overlays: &[Overlay]) -> Result<Value, GenError> {
    let mut doc = parse_yaml(file, text)?;
    for overlay in overlays {
        apply_overlay(&mut doc, overlay)?;
    }
    Ok(doc)
}

/// Reads a spec from text, applies overlays in order, and parses it as OpenAPI 3.0.
pub fn load_spec(file: &str, text: &str, overlays: &[Overlay]) -> Result<openapiv3::OpenAPI, GenError> {
    let mut doc = load_tree(file, text, overlays)?;
    normalize(&mut doc);
    match doc.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.0") => {}
        Some(version) => {
            return Err(GenError::new(file, "#/openapi", format!("unsupported OpenAPI version {version:?} (3.0.x is supported)")))
        }
        None if doc.get("swagger").is_some() => {
            return Err(GenError::new(
                file,
                "#/swagger",
                "OpenAPI 2.0 (Swagger) is not supported: convert the document to OpenAPI 3.0 first (e.g. with swagger2openapi)",
            ))
        }
        None => return Err(GenError::new(file, "#/openapi", "missing `openapi` version field: not an OpenAPI document")),
    }
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&doc) {
        Ok(spec) => Ok(spec),
        Err(e) => {
            // `openapiv3` flattens some maps, which hides the failing node's path;
            // deserialising the members of those maps one by one finds it.
            let (pointer, message) = locate_in_maps(&doc).unwrap_or_else(|| (path_to_pointer(e.path()), e.inner().to_string()));
            Err(GenError::new(file, pointer, format!("not a valid OpenAPI 3.0 node: {message}")))
        }
    }
}

/// The first member of `paths` or of a `components` map that does not parse, with the error.
fn locate_in_maps(doc: &Value) -> Option<(String, String)> {
    use openapiv3::{Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
    fn first_error<T: serde::de::DeserializeOwned>(base: &str, map: Option<&Value>) -> Option<(String, String)> {
        for (key, value) in map?.as_object()? {
            if let Err(e) = serde_path_to_error::deserialize::<_, T>(value) {
                let inner = path_to_pointer(e.path());
                return Some((format!("{}{}", child(base, key), &inner[1..]), e.inner().to_string()));
            }
        }
        None
    }
    use openapiv3::{Operation, Responses};
    let components = doc.get("components");
    // Path items, then their operations, then their responses: the deepest failing node wins.
    for (path, item) in doc.get("paths").and_then(Value::as_object).into_iter().flatten() {
        let item_pointer = child("#/paths", path);
        for (method, op) in item.as_object().into_iter().flatten() {
            let op_pointer = child(&item_pointer, method);
            if !matches!(method.as_str(), "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace") {
                continue;
            }
            if let Some(found) = op.get("responses").and_then(|r| {
                serde_path_to_error::deserialize::<_, Responses>(r).err().map(|_| first_error::<ReferenceOr<Response>>(&child(&op_pointer, "responses"), Some(r)))
            }) {
                return found.or_else(|| Some((child(&op_pointer, "responses"), "expected a map of status codes to responses".into())));
            }
            if let Err(e) = serde_path_to_error::deserialize::<_, Operation>(op) {
                let inner = path_to_pointer(e.path());
                return Some((format!("{op_pointer}{}", &inner[1..]), e.inner().to_string()));
            }
        }
    }
    first_error::<ReferenceOr<PathItem>>("#/paths", doc.get("paths"))
        .or_else(|| first_error::<ReferenceOr<Schema>>("#/components/schemas", components.and_then(|c| c.get("schemas"))))
        .or_else(|| first_error::<ReferenceOr<Response>>("#/components/responses", components.and_then(|c| c.get("responses"))))
        .or_else(|| first_error::<ReferenceOr<Parameter>>("#/components/parameters", components.and_then(|c| c.get("parameters"))))
        .or_else(|| first_error::<ReferenceOr<RequestBody>>("#/components/requestBodies", components.and_then(|c| c.get("requestBodies"))))
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
