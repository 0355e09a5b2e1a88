//! Synthesised calls of every operation, for end-to-end tests against a mock server.
//!
//! From the spec's JSON tree after overlays (`sdkgen_codegen::load::load_tree`) and the IR, [`plan`] builds, for every operation,
//! a JSON value valid against the spec's schema for each required input (parameters, whole
//! bodies, required body fields), and [`render`] turns that plan into Rust source: one async
//! function per operation calling the generated client, plus a table describing every
//! operation (its responses, and request mutations that make it invalid on purpose).
//!
//! Nothing here knows any particular API: values come from the schemas alone (`$ref`, `allOf`
//! merged, the first `oneOf`/`anyOf` variant, the first `enum` value, `format`, `pattern`,
//! lengths, bounds, array sizes).

use serde_json::{Map, Value};

use sdkgen_codegen::error::GenError;
use sdkgen_codegen::ir;

/// The document a mock server should serve: `tree` with OpenAPI defaults it leaves implicit
/// made explicit where Prism does not apply them itself. Meaning is unchanged.
///
/// Prism reads an `application/x-www-form-urlencoded` array property as an array only when
/// the media type's `encoding` names it (else it keeps the last value, a string, and rejects
/// the request); OpenAPI's default for such a property is `style: form, explode: true`
/// (repeated `name=value` pairs), so that is what gets written. Prism also misses such a
/// property when it is `nullable` (its type is then `[array, null]`); a form cannot carry a JSON
/// `null`, so the keyword means nothing on the wire and is dropped from those properties.
///
/// Prism reads every form field, multipart part and query value as text and parses it only by
/// a declared `style`. Values the client sends as their JSON text (an object property of a form
/// or multipart body, whose `contentType` defaults to `application/json`, and the query
/// parameters of `json_text_parameters`, `ir::Api::json_text_parameters`) are declared
/// strings, which is what Prism sees; their JSON is the client's to get right (request tests).
pub fn for_mock_server(tree: &Value, json_text_parameters: &[String]) -> Value {
    let mut doc = tree.clone();
    let synth = Synth::new(tree);
    let mut media_pointers = Vec::new();
    for (path, item) in tree.get("paths").and_then(Value::as_object).into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let Some(rb) = op.get("requestBody") else { continue };
            let pointer = match rb.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
                Some(target) => target.to_owned(),
                None => format!("/paths/{}/{}/requestBody", sdkgen_codegen::error::escape_pointer_segment(path), sdkgen_codegen::error::escape_pointer_segment(method)),
            };
            for media_type in ["application~1x-www-form-urlencoded", "multipart~1form-data"] {
                let media = format!("{pointer}/content/{media_type}");
                if tree.pointer(&media).is_some() && !media_pointers.contains(&media) {
                    media_pointers.push(media);
                }
            }
        }
    }
    for media in media_pointers {
        let Some(schema) = tree.pointer(&format!("{media}/schema")) else { continue };
        let schema = synth.flatten(schema);
        // A multipart body that is one file is sent as the part `file` (the generator's rule).
        if media.ends_with("multipart~1form-data") && schema.get("type").and_then(Value::as_str) == Some("string") {
            if let Some(Value::Object(media)) = doc.pointer_mut(&media) {
                media.insert("schema".into(), serde_json::json!({"type": "object", "properties": {"file": schema}}));
            }
            continue;
        }
        let encoding = tree.pointer(&format!("{media}/encoding")).cloned().unwrap_or(Value::Null);
        let properties: Vec<(String, Value)> =
            schema.get("properties").and_then(Value::as_object).into_iter().flatten().map(|(name, prop)| (name.clone(), synth.flatten(prop))).collect();
        // Multipart lists are repeated parts: the same explicit encoding.
        let arrays: Vec<&String> = properties.iter().filter(|(_, prop)| prop.get("type").and_then(Value::as_str) == Some("array")).map(|(name, _)| name).collect();
        let mut replaced: Vec<(String, Value)> = Vec::new();
        for (name, prop) in &properties {
            if arrays.contains(&name) && prop.get("nullable").and_then(Value::as_bool) == Some(true) {
                let mut prop = prop.clone();
                if let Some(p) = prop.as_object_mut() {
                    p.remove("nullable");
                }
                replaced.push((name.clone(), prop));
            } else if arrays.contains(&name)
                && prop.get("items").is_some_and(|items| is_object_shaped(&synth, &synth.flatten(items)))
                && encoding.get(name).and_then(|e| e.get("style")).is_none()
            {
                // Repeated parts of JSON text, one per object (NetBox's `tags`).
                replaced.push((name.clone(), serde_json::json!({"type": "array", "items": {"type": "string"}})));
            } else if is_object_shaped(&synth, prop) && encoding.get(name).and_then(|e| e.get("style")).is_none() {
                // Sent as its JSON text (an object's default `contentType`), which Prism, reading
                // every form field and part as text, only ever sees as a string.
                let mut text = Map::new();
                text.insert("type".into(), Value::String("string".into()));
                replaced.push((name.clone(), Value::Object(text)));
            }
        }
        // Prism keeps only the declared properties of a form or multipart body, so a required
        // name the spec does not declare (the client sends it) is declared, as any value.
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !properties.iter().any(|(p, _)| p == name) && schema.get("additionalProperties") != Some(&Value::Bool(false)) {
                replaced.push((name.to_owned(), Value::Object(Map::new())));
            }
        }
        let schema_is_inline = tree.pointer(&format!("{media}/schema")).is_some_and(|s| s.get("$ref").is_none() && s.get("allOf").is_none());
        let is_multipart = media.ends_with("multipart~1form-data");
        let Some(Value::Object(media)) = doc.pointer_mut(&media) else { continue };
        for name in arrays {
            let encoding = media.entry("encoding").or_insert_with(|| Value::Object(Map::new()));
            if let Value::Object(encoding) = encoding {
                encoding.entry(name.clone()).or_insert_with(|| serde_json::json!({"style": "form", "explode": true}));
            }
        }
        // `allowReserved` is a form-urlencoded rule (OpenAPI: ignored for other media types), but
        // Prism applies it to multipart parts too and rejects a JSON-text part (NetBox's `tags`)
        // for its `{` and `"`: the served copy allows them in every part it encodes.
        if is_multipart {
            if let Some(Value::Object(encoding)) = media.get_mut("encoding") {
                for part in encoding.values_mut().filter_map(Value::as_object_mut) {
                    if part.contains_key("style") || part.contains_key("explode") {
                        part.insert("allowReserved".into(), Value::Bool(true));
                    }
                }
            }
        }
        if replaced.is_empty() {
            continue;
        }
        // Edited in place when the schema is the body's own, else a flattened copy for this body
        // alone (a shared component keeps its meaning elsewhere).
        if !schema_is_inline {
            media.insert("schema".into(), schema.clone());
        }
        if let Some(Value::Object(schema)) = media.get_mut("schema") {
            if let Value::Object(props) = schema.entry("properties").or_insert_with(|| Value::Object(Map::new())) {
                for (name, prop) in replaced {
                    props.insert(name, prop);
                }
            }
        }
    }
    drop_null_from_query_lists(&mut doc);
    drop_dangling_example_refs(&mut doc, tree);
    give_tuples_items(&mut doc);
    drop_patterns_javascript_cannot_compile(&mut doc);
    make_discriminators_explicit(&mut doc, tree);
    give_media_types_a_schema(&mut doc);
    // Query parameters the client sends as JSON text (no style serialises them): Prism would
    // split them by their declared style and never see the objects.
    for pointer in json_text_parameters {
        let mut target = pointer.trim_start_matches('#').to_owned();
        if let Some(reference) = tree.pointer(&target).and_then(|p| p.get("$ref")).and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            target = reference.to_owned();
        }
        if let Some(Value::Object(param)) = doc.pointer_mut(&target) {
            param.insert("schema".into(), serde_json::json!({"type": "string"}));
            param.remove("content");
            param.remove("style");
            param.remove("explode");
        }
    }
    // Last: the literal paths copy the operations as served.
    literal_paths_for_ambiguous_templates(&mut doc, &synth);
    doc
}

/// Prism's data faker stops at a 3.1 tuple (`prefixItems`) without `items` ("missing items"):
/// the served copy gives it `items` that the tuple's members all fit (the one schema they share,
/// else any of them).
fn give_tuples_items(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if let (Some(Value::Array(members)), None) = (map.get("prefixItems"), map.get("items")) {
                let items = match members.as_slice() {
                    [first, rest @ ..] if rest.iter().all(|m| m == first) => first.clone(),
                    _ => serde_json::json!({"anyOf": members}),
                };
                map.insert("items".into(), items);
            }
            map.values_mut().for_each(give_tuples_items);
        }
        Value::Array(items) => items.iter_mut().for_each(give_tuples_items),
        _ => {}
    }
}

/// Prism compiles a `pattern` as a JavaScript regex and answers 500 where it cannot (Okta's
/// `(?i)^[0-9a-f]{8}-...$`): a pattern in another dialect (inline flags such as `(?i)`, the
/// `\A`/`\Z`/`\z` anchors) is dropped from the served copy. The client checks no pattern, and
/// the suite's samples do not depend on one.
fn drop_patterns_javascript_cannot_compile(node: &mut Value) {
    match node {
        Value::Object(map) => {
            if map.get("pattern").and_then(Value::as_str).is_some_and(|p| !javascript_can_compile(p)) {
                map.remove("pattern");
            }
            map.values_mut().for_each(drop_patterns_javascript_cannot_compile);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_patterns_javascript_cannot_compile),
        _ => {}
    }
}

/// False for the constructs of other regex dialects that JavaScript (Node 20) rejects or reads
/// differently: inline flag groups (`(?i)`, `(?is:...)`) and `\A`, `\Z`, `\z`.
fn javascript_can_compile(pattern: &str) -> bool {
    let bytes = pattern.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                if matches!(bytes.get(i + 1), Some(b'A' | b'Z' | b'z')) {
                    return false;
                }
                i += 2;
                continue;
            }
            b'(' if bytes.get(i + 1) == Some(&b'?') => {
                let flags = bytes[i + 2..].iter().take_while(|b| matches!(b, b'i' | b'm' | b's' | b'x' | b'u' | b'-')).count();
                if flags > 0 && matches!(bytes.get(i + 2 + flags), Some(b')' | b':')) {
                    return false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    true
}

/// Prism refuses a whole spec with a `$ref` that points nowhere. Where that `$ref` is a named
/// example (Okta's `#/components/examples/...` that the spec never defines), the example goes:
/// it illustrates, it is not the contract the generator or the suite reads.
fn drop_dangling_example_refs(node: &mut Value, root: &Value) {
    let Value::Object(map) = node else {
        if let Value::Array(items) = node {
            items.iter_mut().for_each(|item| drop_dangling_example_refs(item, root));
        }
        return;
    };
    if let Some(Value::Object(examples)) = map.get_mut("examples") {
        examples.retain(|_, example| !has_dangling_ref(example, root));
    }
    // A schema's `example` holding `$ref`s (Okta's) is a value to Prism's resolver too.
    if map.get("example").is_some_and(|example| has_dangling_ref(example, root)) {
        map.remove("example");
    }
    map.values_mut().for_each(|child| drop_dangling_example_refs(child, root));
}

/// Whether `node` holds a local `$ref` that points nowhere in `root`.
fn has_dangling_ref(node: &Value, root: &Value) -> bool {
    match node {
        Value::Object(map) => {
            let dangling = map.get("$ref").and_then(Value::as_str).is_some_and(|r| r.strip_prefix('#').map_or(true, |pointer| root.pointer(pointer).is_none()));
            dangling || map.values().any(|child| has_dangling_ref(child, root))
        }
        Value::Array(items) => items.iter().any(|item| has_dangling_ref(item, root)),
        _ => false,
    }
}

/// A `discriminator` says which member of a `oneOf`/`anyOf` a value is (by its mapping, else by
/// the member's schema name); Prism validates unions without it, so a value that fits two
/// members (e.g. when members only differ in the discriminator's value) matches "more than one".
/// Each `$ref` member becomes `allOf: [$ref, {properties: {<property>: {enum: [its keys]}}}]`.
fn make_discriminators_explicit(node: &mut Value, root: &Value) {
    match node {
        Value::Object(map) => {
            let property = map.get("discriminator").and_then(|d| d.get("propertyName")).and_then(Value::as_str).map(str::to_owned);
            let mapping = map.get("discriminator").and_then(|d| d.get("mapping")).and_then(Value::as_object).cloned().unwrap_or_default();
            if let Some(property) = property {
                for key in ["oneOf", "anyOf"] {
                    let Some(Value::Array(members)) = map.get_mut(key) else { continue };
                    for member in members.iter_mut() {
                        let Some(reference) = member.get("$ref").and_then(Value::as_str).map(str::to_owned) else { continue };
                        let mut keys: Vec<Value> = mapping.iter().filter(|(_, target)| target.as_str() == Some(reference.as_str())).map(|(k, _)| Value::String(k.clone())).collect();
                        if keys.is_empty() {
                            // A member that pins the property itself (`enum`/`const`) says its key.
                            if pins_property(root, &reference, &property) {
                                continue;
                            }
                            keys.extend(reference.rsplit('/').next().map(|name| Value::String(name.to_owned())));
                        }
                        *member = serde_json::json!({"allOf": [{"$ref": reference}, {"properties": {property.as_str(): {"enum": keys}}}]});
                    }
                }
            }
            map.values_mut().for_each(|v| make_discriminators_explicit(v, root));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| make_discriminators_explicit(v, root)),
        _ => {}
    }
}

/// A query string cannot carry a JSON `null`, so a nullable list parameter (`nullable: true`,
/// or 3.1's `type: [array, "null"]`) is a list on the wire; Prism reads such a parameter as a
/// list only when its type is exactly `array` (not a union with `null`). Inline parameter
/// schemas only.
fn drop_null_from_query_lists(doc: &mut Value) {
    fn fix(param: &mut Value) {
        if param.get("in").and_then(Value::as_str) != Some("query") {
            return;
        }
        let Some(Value::Object(schema)) = param.get_mut("schema") else { return };
        // 3.1's `anyOf: [{type: array, ...}, {type: "null"}]` (FastAPI's `Optional[list[str]]`):
        // the list member.
        for key in ["anyOf", "oneOf"] {
            let Some(Value::Array(members)) = schema.get(key) else { continue };
            let is_null = |m: &Value| m.get("type").and_then(Value::as_str) == Some("null");
            let lists: Vec<&Value> = members.iter().filter(|m| !is_null(m)).collect();
            if let [list] = lists[..] {
                if let Some(list) = list.as_object().filter(|l| l.get("type").and_then(Value::as_str) == Some("array")).cloned() {
                    schema.remove(key);
                    schema.extend(list);
                }
            }
        }
        let is_list = match schema.get("type") {
            Some(Value::String(t)) => t == "array",
            Some(Value::Array(types)) => types.iter().any(|t| t == "array") && types.iter().all(|t| t == "array" || t == "null"),
            _ => false,
        };
        if is_list {
            schema.insert("type".into(), Value::String("array".into()));
            schema.remove("nullable");
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for (key, value) in item.iter_mut() {
                if key == "parameters" {
                    value.as_array_mut().into_iter().flatten().for_each(fix);
                } else if let Some(params) = value.get_mut("parameters").and_then(Value::as_array_mut) {
                    params.iter_mut().for_each(fix);
                }
            }
        }
    }
    if let Some(Value::Object(params)) = doc.pointer_mut("/components/parameters") {
        params.values_mut().for_each(fix);
    }
}

/// Whether the schema `reference` points at pins `property` to values of its own (`enum` or 3.1's
/// `const`), directly or in an `allOf` part.
fn pins_property(root: &Value, reference: &str, property: &str) -> bool {
    let target = deref(root, &serde_json::json!({"$ref": reference})).clone();
    let mut parts = vec![target];
    while let Some(schema) = parts.pop() {
        let schema = deref(root, &schema).clone();
        if let Some(prop) = schema.get("properties").and_then(|p| p.get(property)) {
            let prop = deref(root, prop);
            if prop.get("enum").is_some() || prop.get("const").is_some() {
                return true;
            }
        }
        parts.extend(schema.get("allOf").and_then(Value::as_array).into_iter().flatten().cloned());
        if parts.len() > 64 {
            break;
        }
    }
    false
}

/// The value the suite sends for an input of `location` with `schema`.
fn input_sample(synth: &Synth, schema: &Value, location: &str) -> Value {
    let value = synth.sample(schema);
    // An untyped path, header or cookie parameter is a string to the generator (its sample,
    // the free-form `{}`, is not).
    let untyped_scalar = matches!(location, "path" | "header" | "cookie") && value.as_object().is_some_and(Map::is_empty);
    if untyped_scalar {
        Value::String("sample".into())
    } else {
        value
    }
}

/// Prism routes a URL that several path templates match (Vault's `/{ssh_mount_path}/creds/{role}`
/// and `/{aws_mount_path}/creds/{name}`) to the first of them, whatever the values. For each
/// such template the served copy adds the path with the values the suite sends written in
/// (`/ssh/creds/sample`), which Prism prefers to any template; the operation stays at its own
/// pointer too. Where two templates would write the same path, the first keeps it.
fn literal_paths_for_ambiguous_templates(doc: &mut Value, synth: &Synth) {
    let tree = &doc.clone();
    let Some(paths) = tree.get("paths").and_then(Value::as_object) else { return };
    let segments = |path: &str| path.trim_matches('/').split('/').map(str::to_owned).collect::<Vec<_>>();
    let is_template = |segment: &str| segment.starts_with('{') && segment.ends_with('}');
    let overlap = |a: &[String], b: &[String]| a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y || is_template(x) || is_template(y));
    let all: Vec<(&String, Vec<String>)> = paths.keys().map(|p| (p, segments(p))).collect();
    let mut added = Map::new();
    for (path, segs) in &all {
        if !segs.iter().any(|s| is_template(s)) || !all.iter().any(|(other, o)| other != path && o.iter().any(|s| is_template(s)) && overlap(segs, o)) {
            continue;
        }
        let Some(item) = paths.get(*path) else { continue };
        let item_params: Vec<&Value> = item.get("parameters").and_then(Value::as_array).into_iter().flatten().map(|p| deref(tree, p)).collect();
        // One literal path item per template: every operation of it, its path parameters gone.
        let mut literal_item = Map::new();
        let mut literal_path = None;
        for (method, op) in item.as_object().into_iter().flatten().filter(|(_, op)| op.get("responses").is_some()) {
            let op_params: Vec<&Value> = op.get("parameters").and_then(Value::as_array).into_iter().flatten().map(|p| deref(tree, p)).collect();
            let value_of = |name: &str| {
                let param = op_params.iter().chain(&item_params).find(|p| p.get("in").and_then(Value::as_str) == Some("path") && p.get("name").and_then(Value::as_str) == Some(name))?;
                match input_sample(synth, param.get("schema").unwrap_or(&Value::Null), "path") {
                    Value::String(text) => Some(text),
                    other @ (Value::Number(_) | Value::Bool(_)) => Some(other.to_string()),
                    _ => None,
                }
            };
            let written: Option<Vec<String>> =
                segs.iter().map(|s| if is_template(s) { value_of(&s[1..s.len() - 1]) } else { Some(s.clone()) }).collect();
            let Some(written) = written else { continue };
            literal_path = Some(format!("/{}", written.join("/")));
            let mut op = op.clone();
            if let Some(Value::Array(params)) = op.get_mut("parameters") {
                params.retain(|p| deref(tree, p).get("in").and_then(Value::as_str) != Some("path"));
            }
            literal_item.insert(method.clone(), op);
        }
        let non_path: Vec<Value> =
            item.get("parameters").and_then(Value::as_array).into_iter().flatten().filter(|p| deref(tree, p).get("in").and_then(Value::as_str) != Some("path")).cloned().collect();
        if !non_path.is_empty() {
            literal_item.insert("parameters".into(), Value::Array(non_path));
        }
        if let Some(literal) = literal_path {
            if !paths.contains_key(&literal) && !added.contains_key(&literal) {
                added.insert(literal, Value::Object(literal_item));
            }
        }
    }
    if let Some(Value::Object(served)) = doc.get_mut("paths") {
        served.extend(added);
    }
}

/// A media type without `schema` allows any value; Prism's random data needs that said, or it
/// answers with another response than the one asked for.
fn give_media_types_a_schema(doc: &mut Value) {
    fn in_content(node: &mut Value) {
        if let Some(Value::Object(content)) = node.get_mut("content") {
            for media in content.values_mut() {
                if let Value::Object(media) = media {
                    media.entry("schema").or_insert_with(|| Value::Object(Map::new()));
                }
            }
        }
    }
    if let Some(Value::Object(paths)) = doc.get_mut("paths") {
        for item in paths.values_mut() {
            for op in item.as_object_mut().into_iter().flat_map(|i| i.values_mut()) {
                for response in op.get_mut("responses").and_then(Value::as_object_mut).into_iter().flat_map(|r| r.values_mut()) {
                    in_content(response);
                }
            }
        }
    }
    if let Some(Value::Object(responses)) = doc.pointer_mut("/components/responses") {
        responses.values_mut().for_each(in_content);
    }
}

/// Whether values of `schema` are JSON objects (sent as JSON text in forms and multipart).
fn is_object_shaped(synth: &Synth<'_>, schema: &Value) -> bool {
    let Some(map) = schema.as_object() else { return false };
    match map.get("type").and_then(Value::as_str) {
        Some("object") => true,
        Some(_) => false,
        None if map.contains_key("properties") => true,
        None => ["oneOf", "anyOf"].iter().any(|key| {
            map.get(*key).and_then(Value::as_array).is_some_and(|members| !members.is_empty() && members.iter().all(|m| is_object_shaped(synth, &synth.flatten(m))))
        }),
    }
}

/// Follows `$ref`s (local ones, `#/...`) until a node without one. A percent-encoded pointer
/// (`#/paths/~1a~1%7Bid%7D/...`, RFC 6901 §6) is decoded, as the generator reads it.
pub fn deref<'a>(root: &'a Value, mut node: &'a Value) -> &'a Value {
    let target = |reference: &str| -> Option<&'a Value> {
        let pointer = reference.strip_prefix('#')?;
        root.pointer(pointer).or_else(|| root.pointer(&percent_encoding::percent_decode_str(pointer).decode_utf8().ok()?))
    };
    for _ in 0..32 {
        match node.get("$ref").and_then(Value::as_str).and_then(target) {
            Some(found) => node = found,
            None => break,
        }
    }
    node
}

/// Synthesises JSON values that satisfy schemas of one document.
pub struct Synth<'a> {
    root: &'a Value,
}

/// Nesting deeper than this gets the smallest value of its type (recursive schemas).
const MAX_DEPTH: usize = 12;

impl<'a> Synth<'a> {
    pub fn new(root: &'a Value) -> Self {
        Synth { root }
    }

    /// A value valid against `schema`, meant for a request: optional `readOnly` properties are
    /// left out, required ones kept (the generated type requires them).
    pub fn sample(&self, schema: &Value) -> Value {
        self.sample_at(schema, 0)
    }

    /// `schema` with `$ref`s followed and `allOf` merged into one schema (properties and
    /// `required` united; other keywords: the first one seen wins).
    pub fn flatten(&self, schema: &Value) -> Value {
        self.flatten_at(schema, 0)
    }

    fn flatten_at(&self, schema: &Value, depth: usize) -> Value {
        let Some(map) = schema.as_object() else { return schema.clone() };
        let mut out = Map::new();
        for (key, value) in map {
            if key != "allOf" && key != "$ref" {
                out.insert(key.clone(), value.clone());
            }
        }
        if depth > MAX_DEPTH {
            return Value::Object(out);
        }
        // A `$ref` (with siblings such as `nullable`: they win, the target adds the rest).
        if let Some(target) = map.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')).and_then(|p| self.root.pointer(p)) {
            let target = self.flatten_at(target, depth + 1);
            merge_schema(&mut out, &target);
        }
        for part in map.get("allOf").and_then(Value::as_array).into_iter().flatten() {
            let part = self.flatten_at(part, depth + 1);
            merge_schema(&mut out, &part);
        }
        Value::Object(out)
    }

    fn sample_at(&self, schema: &Value, depth: usize) -> Value {
        let s = self.flatten_at(schema, depth);
        let Some(map) = s.as_object() else { return Value::Null };
        if let Some(first) = map.get("enum").and_then(Value::as_array).and_then(|e| e.iter().find(|v| !v.is_null())) {
            return first.clone();
        }
        // A union: the first variant that is not only `null`, with the base's own keywords.
        for key in ["oneOf", "anyOf"] {
            if let Some(variants) = map.get(key).and_then(Value::as_array) {
                let chosen = variants.iter().find(|v| {
                    let v = self.flatten_at(v, depth + 1);
                    v.get("type").and_then(Value::as_str) != Some("null")
                });
                if let Some(variant) = chosen {
                    let mut base = map.clone();
                    base.remove("oneOf");
                    base.remove("anyOf");
                    let flat_variant = self.flatten_at(variant, depth + 1);
                    // The variant's keywords win over the base's (it is the more specific one).
                    let mut merged = flat_variant.as_object().cloned().unwrap_or_default();
                    merge_schema(&mut merged, &Value::Object(base));
                    let mut value = self.sample_at(&Value::Object(merged.clone()), depth + 1);
                    if let Value::Object(object) = &mut value {
                        self.mark_variant(object, &merged, map.get("discriminator"), variant, depth);
                    }
                    return value;
                }
            }
        }
        match schema_type(map) {
            "object" => self.sample_object(map, depth),
            "array" => {
                let min = map.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let max = map.get("maxItems").and_then(Value::as_u64).unwrap_or(u64::MAX);
                let count = min.max(1).min(max);
                let items = map.get("items").cloned().unwrap_or(Value::Object(Map::new()));
                let one = if depth > MAX_DEPTH { Value::Null } else { self.sample_at(&items, depth + 1) };
                let unique = map.get("uniqueItems").and_then(Value::as_bool).unwrap_or(false);
                Value::Array((0..count).map(|i| if unique && i > 0 { distinct(&one, i) } else { one.clone() }).collect())
            }
            "string" => Value::String(sample_string(map)),
            "integer" => Value::from(sample_integer(map)),
            "number" => {
                let n = sample_number(map);
                if n.fract() == 0.0 && n.abs() < 1e15 {
                    Value::from(n as i64)
                } else {
                    serde_json::Number::from_f64(n).map(Value::Number).unwrap_or(Value::from(1))
                }
            }
            "boolean" => map.get("default").filter(|d| d.is_boolean()).cloned().unwrap_or(Value::Bool(true)),
            // A free-form schema (`{}`): any value; an empty object is the most neutral.
            _ => Value::Object(Map::new()),
        }
    }

    /// Makes a sampled union variant match only that variant: its optional marker properties
    /// (enums) are set too, and the discriminator property, if the union has one,
    /// takes the variant's mapping key (or, without one, the name of the variant's schema).
    fn mark_variant(&self, object: &mut Map<String, Value>, variant: &Map<String, Value>, discriminator: Option<&Value>, variant_schema: &Value, depth: usize) {
        for (name, prop) in variant.get("properties").and_then(Value::as_object).into_iter().flatten() {
            if object.contains_key(name) {
                continue;
            }
            let prop = self.flatten_at(prop, depth + 2);
            let values: Vec<&Value> = prop.get("enum").and_then(Value::as_array).into_iter().flatten().filter(|v| !v.is_null()).collect();
            // Its default where that is allowed, else the first value: members that share a
            // property name and differ in its values (Adyen's `type` of 80 payment methods,
            // none required) are told apart by it.
            let marker = prop.get("default").filter(|d| values.contains(d)).or_else(|| values.first().copied());
            if let Some(marker) = marker {
                if prop.get("readOnly").and_then(Value::as_bool) != Some(true) {
                    object.insert(name.clone(), marker.clone());
                }
            }
        }
        let Some(property) = discriminator.and_then(|d| d.get("propertyName")).and_then(Value::as_str) else { return };
        let Some(reference) = variant_schema.get("$ref").and_then(Value::as_str) else { return };
        let mapped = discriminator
            .and_then(|d| d.get("mapping"))
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .find(|(_, target)| target.as_str() == Some(reference))
            .map(|(key, _)| key.clone());
        // Without a mapping entry: the value the variant pins itself, else its schema's name.
        let pinned = || {
            let prop = self.flatten_at(variant.get("properties")?.get(property)?, depth + 2);
            match prop.get("enum").and_then(Value::as_array).map(Vec::as_slice) {
                Some([Value::String(only)]) => Some(only.clone()),
                _ => None,
            }
        };
        let key = mapped.or_else(pinned).or_else(|| reference.rsplit('/').next().map(str::to_owned));
        if let Some(key) = key {
            object.insert(property.to_owned(), Value::String(key));
        }
    }

    fn sample_object(&self, map: &Map<String, Value>, depth: usize) -> Value {
        let mut out = Map::new();
        if depth > MAX_DEPTH {
            return Value::Object(out);
        }
        let properties = map.get("properties").and_then(Value::as_object);
        for name in map.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            let Some(prop) = properties.and_then(|p| p.get(name)) else {
                // Required but not declared: an additional property, of any value unless the
                // schema says otherwise (the generated field then holds any JSON value).
                match map.get("additionalProperties") {
                    Some(Value::Bool(false)) => {}
                    Some(extra @ Value::Object(_)) => {
                        out.insert(name.to_owned(), self.sample_at(extra, depth + 1));
                    }
                    _ => {
                        out.insert(name.to_owned(), Value::String("sample".into()));
                    }
                }
                continue;
            };
            // A required `readOnly` property is kept: the generated type (shared by requests and
            // responses) requires it, and Prism accepts it in a request.
            out.insert(name.to_owned(), self.sample_at(prop, depth + 1));
        }
        let min = map.get("minProperties").and_then(Value::as_u64).unwrap_or(0) as usize;
        if out.len() < min {
            // Fill with optional properties first, then with additional ones.
            for (name, prop) in properties.into_iter().flatten() {
                if out.len() >= min {
                    break;
                }
                if !out.contains_key(name) {
                    out.insert(name.clone(), self.sample_at(prop, depth + 1));
                }
            }
            let extra = match map.get("additionalProperties") {
                Some(Value::Object(schema)) => Some(Value::Object(schema.clone())),
                Some(Value::Bool(false)) => None,
                _ => Some(Value::Object(Map::new())),
            };
            if let Some(extra) = extra {
                let mut i = 1;
                while out.len() < min {
                    out.insert(format!("key{i}"), self.sample_at(&extra, depth + 1));
                    i += 1;
                }
            }
        }
        Value::Object(out)
    }
}

/// Adds the keywords of `other` to `into`: properties and `required` are united, the other
/// keywords are kept from `into` when it has them.
fn merge_schema(into: &mut Map<String, Value>, other: &Value) {
    let Some(other) = other.as_object() else { return };
    for (key, value) in other {
        match (key.as_str(), into.get_mut(key)) {
            ("properties", Some(Value::Object(props))) => {
                // A property that several parts declare must fit each of them (Mistral's
                // `stream: anyOf [boolean, null]` narrowed to `enum: [false]`).
                for (name, prop) in value.as_object().into_iter().flatten() {
                    match props.get_mut(name) {
                        Some(existing) if existing != prop => *existing = serde_json::json!({"allOf": [existing.clone(), prop]}),
                        Some(_) => {}
                        None => {
                            props.insert(name.clone(), prop.clone());
                        }
                    }
                }
            }
            ("required", Some(Value::Array(required))) => {
                for name in value.as_array().into_iter().flatten() {
                    if !required.contains(name) {
                        required.push(name.clone());
                    }
                }
            }
            (_, Some(_)) => {}
            (_, None) => {
                into.insert(key.clone(), value.clone());
            }
        }
    }
}

/// The schema's `type`, inferred from its keywords when absent.
fn schema_type(map: &Map<String, Value>) -> &str {
    match map.get("type") {
        Some(Value::String(t)) => t,
        // OpenAPI 3.1 style `type: [..]`: the first non-null one.
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("object"),
        _ if map.contains_key("properties") || map.contains_key("additionalProperties") => "object",
        _ if map.contains_key("items") => "array",
        _ if map.contains_key("pattern") || map.contains_key("minLength") || map.contains_key("format") => "string",
        _ => "any",
    }
}

/// A copy of `value` that differs from it (for `uniqueItems`), of the same shape where the
/// shape is plain to see: digits stay a number without leading zeros (Discord's snowflake
/// pattern `^(0|[1-9][0-9]*)$`), a UUID stays a UUID.
fn distinct(value: &Value, i: u64) -> Value {
    match value {
        Value::String(s) if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) => match s.parse::<u64>() {
            Ok(n) => Value::String((n + i).to_string()),
            Err(_) => Value::String(format!("{s}{i}")),
        },
        Value::String(s) if s.len() == 36 && s.bytes().filter(|b| *b == b'-').count() == 4 => {
            Value::String(format!("{}{:012x}", &s[..24], i))
        }
        Value::String(s) => Value::String(format!("{s}{i}")),
        Value::Number(n) => Value::from(n.as_i64().unwrap_or(0) + i as i64),
        Value::Bool(b) if i == 1 => Value::Bool(!b),
        other => other.clone(),
    }
}

fn sample_string(map: &Map<String, Value>) -> String {
    let format = map.get("format").and_then(Value::as_str).unwrap_or_default();
    let by_format = match format {
        "date-time" => Some("2024-01-02T03:04:05Z"),
        "date" => Some("2024-01-02"),
        "time" => Some("03:04:05Z"),
        // JSON Schema's `duration` is ISO 8601's (what Prism checks), whatever the API's own
        // reading (Vault's `24h`).
        "duration" => Some("PT1H"),
        "email" => Some("jane.doe@example.com"),
        "uri" | "url" | "uri-reference" | "iri" => Some("https://example.com/callback"),
        "hostname" | "idn-hostname" => Some("example.com"),
        "ipv4" => Some("192.0.2.1"),
        "ipv6" => Some("2001:db8::1"),
        "uuid" => Some("3fa85f64-5717-4562-b3fc-2c963f66afa6"),
        "byte" | "base64" => Some("aGVsbG8="),
        "binary" => Some("binary-content"),
        "password" => Some("correct-horse-battery-staple"),
        "phone" => Some("+15555550100"),
        _ => None,
    };
    if let Some(value) = by_format {
        return value.to_owned();
    }
    if let Some(pattern) = map.get("pattern").and_then(Value::as_str) {
        if let Some(value) = sample_pattern(pattern) {
            return value;
        }
    }
    let mut value = map
        .get("example")
        .or_else(|| map.get("default"))
        .and_then(Value::as_str)
        .map(str::to_owned)
        .unwrap_or_else(|| "sample".to_owned());
    let min = map.get("minLength").and_then(Value::as_u64).unwrap_or(0) as usize;
    let max = map.get("maxLength").and_then(Value::as_u64).map(|m| m as usize);
    while value.chars().count() < min {
        value.push('x');
    }
    if let Some(max) = max {
        value = value.chars().take(max).collect();
    }
    value
}

fn bound(map: &Map<String, Value>, key: &str) -> Option<f64> {
    map.get(key).and_then(Value::as_f64)
}

/// `exclusiveMinimum`/`exclusiveMaximum` as OpenAPI 3.0 booleans, or 3.1 numbers.
fn exclusive(map: &Map<String, Value>, key: &str, limit: &str) -> (Option<f64>, bool) {
    match map.get(key) {
        Some(Value::Bool(b)) => (bound(map, limit), *b),
        Some(Value::Number(n)) => (n.as_f64(), true),
        _ => (bound(map, limit), false),
    }
}

fn sample_integer(map: &Map<String, Value>) -> i64 {
    let (min, min_excl) = exclusive(map, "exclusiveMinimum", "minimum");
    let (max, max_excl) = exclusive(map, "exclusiveMaximum", "maximum");
    let mut v: i64 = map.get("default").and_then(Value::as_i64).unwrap_or(1);
    if let Some(min) = min {
        let lo = if min_excl { min.floor() as i64 + 1 } else { min.ceil() as i64 };
        v = v.max(lo);
    }
    if let Some(max) = max {
        let hi = if max_excl { max.ceil() as i64 - 1 } else { max.floor() as i64 };
        v = v.min(hi);
    }
    if let Some(m) = map.get("multipleOf").and_then(Value::as_i64).filter(|m| *m > 0) {
        v = (v + m - 1).div_euclid(m) * m;
    }
    v
}

fn sample_number(map: &Map<String, Value>) -> f64 {
    let (min, min_excl) = exclusive(map, "exclusiveMinimum", "minimum");
    let (max, max_excl) = exclusive(map, "exclusiveMaximum", "maximum");
    let mut v = map.get("default").and_then(Value::as_f64).unwrap_or(1.0);
    if let Some(min) = min {
        if v < min || (min_excl && v <= min) {
            v = if min_excl { min + 1.0 } else { min };
        }
    }
    if let Some(max) = max {
        if v > max || (max_excl && v >= max) {
            v = if max_excl { max - 1.0 } else { max };
            if let Some(min) = min {
                if v < min {
                    v = (min + max) / 2.0;
                }
            }
        }
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Strings matching a regular expression (the subset schemas use: literals, classes, escapes,
// groups with alternatives, quantifiers, anchors).

#[derive(Debug, Clone)]
enum Atom {
    Char(char),
    Any,
    /// A class: negated?, members.
    Class(bool, Vec<ClassItem>),
    Group(Vec<Vec<Piece>>),
}

#[derive(Debug, Clone)]
enum ClassItem {
    Char(char),
    Range(char, char),
    /// `\w`, `\d`, `\s` and their negations.
    Escape(char),
}

#[derive(Debug, Clone)]
struct Piece {
    atom: Atom,
    min: u32,
    max: Option<u32>,
}

/// One string the regular expression `pattern` matches, when it uses only the supported subset.
pub fn sample_pattern(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    let alternatives = parse_alternatives(&chars, &mut i)?;
    if i != chars.len() {
        return None;
    }
    let mut out = String::new();
    emit_alternatives(&alternatives, &mut out)?;
    Some(out)
}

fn parse_alternatives(chars: &[char], i: &mut usize) -> Option<Vec<Vec<Piece>>> {
    let mut alternatives = vec![Vec::new()];
    while *i < chars.len() {
        let c = chars[*i];
        let atom = match c {
            ')' => break,
            '|' => {
                *i += 1;
                alternatives.push(Vec::new());
                continue;
            }
            '^' | '$' => {
                *i += 1;
                continue;
            }
            '(' => {
                *i += 1;
                if chars.get(*i) == Some(&'?') {
                    // Only non-capturing groups; lookarounds and named groups are not supported.
                    if chars.get(*i + 1) != Some(&':') {
                        return None;
                    }
                    *i += 2;
                }
                let inner = parse_alternatives(chars, i)?;
                if chars.get(*i) != Some(&')') {
                    return None;
                }
                *i += 1;
                Atom::Group(inner)
            }
            '[' => {
                *i += 1;
                let negated = chars.get(*i) == Some(&'^');
                if negated {
                    *i += 1;
                }
                let mut items = Vec::new();
                let mut first = true;
                loop {
                    let c = *chars.get(*i)?;
                    if c == ']' && !first {
                        *i += 1;
                        break;
                    }
                    first = false;
                    let item_char = if c == '\\' {
                        *i += 1;
                        let e = *chars.get(*i)?;
                        *i += 1;
                        if "wdsWDS".contains(e) {
                            items.push(ClassItem::Escape(e));
                            continue;
                        }
                        unescape(e)
                    } else {
                        *i += 1;
                        c
                    };
                    if chars.get(*i) == Some(&'-') && chars.get(*i + 1).is_some_and(|n| *n != ']') {
                        let mut end = chars[*i + 1];
                        *i += 2;
                        if end == '\\' {
                            end = unescape(*chars.get(*i)?);
                            *i += 1;
                        }
                        items.push(ClassItem::Range(item_char, end));
                    } else {
                        items.push(ClassItem::Char(item_char));
                    }
                }
                Atom::Class(negated, items)
            }
            '\\' => {
                *i += 1;
                let e = *chars.get(*i)?;
                *i += 1;
                if "wdsWDS".contains(e) {
                    Atom::Class(false, vec![ClassItem::Escape(e)])
                } else if e.is_ascii_digit() || e == 'b' || e == 'B' {
                    return None; // back-references and word boundaries
                } else {
                    Atom::Char(unescape(e))
                }
            }
            '.' => {
                *i += 1;
                Atom::Any
            }
            '*' | '+' | '?' | '{' => return None, // a quantifier with nothing before it
            c => {
                *i += 1;
                Atom::Char(c)
            }
        };
        let (min, max) = parse_quantifier(chars, i)?;
        alternatives.last_mut()?.push(Piece { atom, min, max });
    }
    Some(alternatives)
}

fn unescape(e: char) -> char {
    match e {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        other => other,
    }
}

fn parse_quantifier(chars: &[char], i: &mut usize) -> Option<(u32, Option<u32>)> {
    let q = match chars.get(*i) {
        Some('*') => (0, None),
        Some('+') => (1, None),
        Some('?') => (0, Some(1)),
        Some('{') => {
            let close = chars[*i..].iter().position(|c| *c == '}')? + *i;
            let inner: String = chars[*i + 1..close].iter().collect();
            let (min, max) = match inner.split_once(',') {
                Some((a, "")) => (a.trim().parse().ok()?, None),
                Some((a, b)) => (a.trim().parse().ok()?, Some(b.trim().parse().ok()?)),
                None => {
                    let n = inner.trim().parse().ok()?;
                    (n, Some(n))
                }
            };
            *i = close;
            (min, max)
        }
        _ => return Some((1, Some(1))),
    };
    *i += 1;
    // Lazy and possessive markers change nothing for generation.
    if matches!(chars.get(*i), Some('?') | Some('+')) {
        *i += 1;
    }
    Some(q)
}

fn emit_alternatives(alternatives: &[Vec<Piece>], out: &mut String) -> Option<()> {
    for piece in alternatives.first()? {
        // Optional and repeated parts appear once: a realistic, non-empty value.
        let count = if piece.min > 0 { piece.min } else if piece.max == Some(0) { 0 } else { 1 };
        for _ in 0..count {
            match &piece.atom {
                Atom::Char(c) => out.push(*c),
                Atom::Any => out.push('a'),
                Atom::Class(negated, items) => out.push(class_char(*negated, items)?),
                Atom::Group(inner) => emit_alternatives(inner, out)?,
            }
        }
    }
    Some(())
}

fn class_char(negated: bool, items: &[ClassItem]) -> Option<char> {
    let matches = |c: char| {
        items.iter().any(|item| match item {
            ClassItem::Char(x) => *x == c,
            ClassItem::Range(a, b) => (*a..=*b).contains(&c),
            ClassItem::Escape('w') => c.is_ascii_alphanumeric() || c == '_',
            ClassItem::Escape('W') => !(c.is_ascii_alphanumeric() || c == '_'),
            ClassItem::Escape('d') => c.is_ascii_digit(),
            ClassItem::Escape('D') => !c.is_ascii_digit(),
            ClassItem::Escape('s') => c.is_whitespace(),
            ClassItem::Escape('S') => !c.is_whitespace(),
            ClassItem::Escape(_) => false,
        })
    };
    const CANDIDATES: &str = "abcxyzABCXYZ0123456789_-.@+:/ ";
    CANDIDATES.chars().chain((33u8..127).map(char::from)).find(|c| matches(*c) != negated)
}

// ---------------------------------------------------------------------------------------------
// The plan: one call per operation.

/// One argument of a synthesised call.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Arg {
    pub name: String,
    pub location: String,
    pub json_name: String,
    pub value_ty: String,
    pub value: Value,
}

/// One declared response of an operation.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DeclaredResponse {
    /// The key in `responses`: `200`, `2XX` or `default`.
    pub status: String,
    /// Whether it declares a JSON body.
    pub json: bool,
}

/// A change that makes a valid request invalid, for negative tests.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub enum Mutation {
    /// Remove a required body property (form or JSON body).
    DropBodyField(String),
    /// Set a body property to a string its schema does not allow (boolean or integer property).
    SetBodyField(String, String),
    /// Remove a required query parameter.
    DropQuery(String),
}

/// Everything the tests need to call one operation.
#[derive(Debug, Clone, serde::Serialize)]
pub struct PlannedCall {
    pub operation_id: String,
    pub http_method: String,
    pub path_template: String,
    pub pointer: String,
    pub accessor: String,
    pub method_name: String,
    /// Deprecated in the spec (the call then allows the deprecation warning).
    pub deprecated: bool,
    pub args: Vec<Arg>,
    /// Optional inputs set too: body fields a union branch of the body requires, or one field
    /// when the spec requires a body and no required input would put anything in it.
    pub setters: Vec<Arg>,
    /// Every other optional input, with a value: set in a second call ("every input").
    pub optional: Vec<Arg>,
    pub body_content_type: Option<String>,
    pub responses: Vec<DeclaredResponse>,
    pub mutations: Vec<Mutation>,
}

/// A call for every operation of `api`, with argument values synthesised from `spec`
/// (the tree [`sdkgen_codegen::load::load_tree`] returns for the spec `api` was built from).
pub fn plan(spec: &Value, api: &ir::Api) -> Result<Vec<PlannedCall>, GenError> {
    let synth = Synth::new(spec);
    let mut calls = Vec::new();
    for group in &api.groups {
        for op in &group.operations {
            calls.push(plan_operation(&synth, spec, api, group, op)?);
        }
    }
    Ok(calls)
}

fn plan_operation(synth: &Synth<'_>, spec: &Value, api: &ir::Api, group: &ir::Group, op: &ir::Operation) -> Result<PlannedCall, GenError> {
    let err = |message: String| GenError::new(&api.spec_file, &op.pointer, message);
    let pointer = op.pointer.strip_prefix('#').unwrap_or(&op.pointer);
    let op_node = spec.pointer(pointer).ok_or_else(|| err("the operation's pointer matches nothing in the spec".into()))?;
    let item_pointer = &pointer[..pointer.rfind('/').unwrap_or(0)];
    let item_node = spec.pointer(item_pointer).unwrap_or(&Value::Null);

    // Parameters: the operation's override the path item's (same name and location).
    let mut parameters: Vec<&Value> = Vec::new();
    for source in [op_node, item_node] {
        for p in source.get("parameters").and_then(Value::as_array).into_iter().flatten() {
            let p = deref(spec, p);
            let key = (p.get("name"), p.get("in"));
            if !parameters.iter().any(|q| (q.get("name"), q.get("in")) == key) {
                parameters.push(p);
            }
        }
    }
    let param_schema = |name: &str, location: &str| -> Option<Value> {
        let named = |p: &&&Value| p.get("name").and_then(Value::as_str) == Some(name);
        // The generator may send a parameter elsewhere than the spec declares it (a path
        // variable declared `in: query`): then the one of that name.
        let Some(p) = parameters.iter().filter(named).find(|p| p.get("in").and_then(Value::as_str) == Some(location)).or_else(|| parameters.iter().find(named)) else {
            // A path variable no parameter declares: the generator's string.
            return (location == "path").then(|| serde_json::json!({"type": "string"}));
        };
        p.get("schema")
            .or_else(|| p.get("content").and_then(Value::as_object).and_then(|c| c.values().next()).and_then(|m| m.get("schema")))
            .cloned()
    };

    let body_content_type = op.body.as_ref().map(|b| b.content_type.clone());
    let body_schema: Option<Value> = op_node.get("requestBody").map(|rb| deref(spec, rb)).and_then(|rb| {
        let content = rb.get("content")?.as_object()?;
        let media = match &body_content_type {
            Some(ct) => content.get(ct),
            None => content.values().next(),
        }?;
        media.get("schema").map(|s| synth.flatten(s))
    });
    let body_property = |name: &str| -> Option<Value> {
        let schema = body_schema.as_ref()?;
        if let Some(p) = schema.get("properties").and_then(|p| p.get(name)) {
            return Some(p.clone());
        }
        // A property only a union variant declares.
        for key in ["oneOf", "anyOf"] {
            for variant in schema.get(key).and_then(Value::as_array).into_iter().flatten() {
                if let Some(p) = synth.flatten(variant).get("properties").and_then(|p| p.get(name)) {
                    return Some(p.clone());
                }
            }
        }
        None
    };

    // The body as a whole: constraints across properties (`anyOf: [{required: [a]}, {required: [b]}]`)
    // hold there, and decide which optional body fields get set.
    let body_sample: Option<Value> = body_schema.as_ref().map(|s| synth.sample(s));
    let value_of = |input: &ir::Input| -> Result<Value, GenError> {
        if input.location == "body_field" {
            if let Some(v) = body_sample.as_ref().and_then(|b| b.get(&input.json_name)) {
                return Ok(v.clone());
            }
        }
        let schema = match input.location.as_str() {
            "body" => body_schema.clone(),
            "body_field" => body_property(&input.json_name),
            location => param_schema(&input.json_name, location),
        };
        let schema = schema.ok_or_else(|| err(format!("no schema found for the {} input `{}`", input.location, input.json_name)))?;
        let value = input_sample(synth, &schema, &input.location);
        // A union of one value and a list of them (FastAPI's `anyOf: [X, array of X, null]`)
        // is the list to the generator: the one value goes as a list of one.
        let list_input = input.value_ty.starts_with("Vec<") && input.location != "body";
        Ok(if list_input && !value.is_array() && !value.is_null() { Value::Array(vec![value]) } else { value })
    };
    let to_arg = |input: &ir::Input| -> Result<Arg, GenError> {
        Ok(Arg {
            name: input.name.clone(),
            location: input.location.clone(),
            json_name: input.json_name.clone(),
            value_ty: input.value_ty.clone(),
            value: value_of(input)?,
        })
    };
    let args = op.args.iter().map(to_arg).collect::<Result<Vec<_>, _>>()?;

    // Optional inputs are set only where the spec needs them: body fields the whole-body sample
    // has (required by a union branch), or one field when the body is required but no required
    // input fills it (an empty form body reads as no body at all).
    let mut setters = Vec::new();
    for input in op.setters.iter().filter(|s| s.location == "body_field") {
        if body_sample.as_ref().and_then(|b| b.get(&input.json_name)).is_some() {
            setters.push(to_arg(input)?);
        }
    }
    let body_required = op_node.get("requestBody").map(|rb| deref(spec, rb)).and_then(|rb| rb.get("required")).and_then(Value::as_bool) == Some(true);
    if body_required && !args.iter().chain(&setters).any(|a| a.location == "body" || a.location == "body_field") {
        if let Some(input) = op.setters.iter().find(|s| s.location == "body" || s.location == "body_field") {
            setters.push(to_arg(input)?);
        }
    }
    // The other optional inputs, for a second call that sets every input.
    let mut optional = Vec::new();
    for input in &op.setters {
        if !setters.iter().any(|s| s.name == input.name) {
            optional.push(to_arg(input)?);
        }
    }

    let mut responses = Vec::new();
    for (status, response) in op_node.get("responses").and_then(Value::as_object).into_iter().flatten() {
        let response = deref(spec, response);
        let json = response
            .get("content")
            .and_then(Value::as_object)
            .is_some_and(|c| c.keys().any(|ct| ct.to_ascii_lowercase().contains("json")));
        responses.push(DeclaredResponse { status: status.clone(), json });
    }

    let mut mutations = Vec::new();
    let body_encoded = body_content_type.as_deref().is_some_and(|ct| ct.contains("json") || ct.contains("x-www-form-urlencoded"));
    if body_encoded {
        // Dropping the only field would leave an empty body, which reads as no body at all.
        let body_fields: Vec<&Arg> = args.iter().chain(&setters).filter(|a| a.location == "body_field").collect();
        if body_fields.len() > 1 {
            for arg in args.iter().filter(|a| a.location == "body_field") {
                mutations.push(Mutation::DropBodyField(arg.json_name.clone()));
            }
        }
        let properties = body_schema.as_ref().and_then(|s| s.get("properties")).and_then(Value::as_object);
        for (name, prop) in properties.into_iter().flatten() {
            let prop = synth.flatten(prop);
            let wrong = match prop.get("type").and_then(Value::as_str) {
                Some("boolean") => "notabool",
                Some("integer") | Some("number") => "notanumber",
                _ => continue,
            };
            if prop.get("readOnly").and_then(Value::as_bool) != Some(true) {
                mutations.push(Mutation::SetBodyField(name.clone(), wrong.to_owned()));
            }
        }
    }
    for arg in args.iter().filter(|a| a.location == "query") {
        mutations.push(Mutation::DropQuery(arg.json_name.clone()));
    }

    Ok(PlannedCall {
        operation_id: op.operation_id.clone(),
        http_method: op.http_method.clone(),
        path_template: op.path_template.clone(),
        pointer: op.pointer.clone(),
        accessor: group.accessor.clone(),
        method_name: op.method_name.clone(),
        deprecated: op.deprecated,
        args,
        setters,
        optional,
        body_content_type,
        responses,
        mutations,
    })
}

// ---------------------------------------------------------------------------------------------
// Rendering.

/// Rust source for the calls of `plan`, to be `include!`d in a module of a test crate that
/// depends on the generated crate, `sdkgen-runtime`, and `sdkgen-mock-suite` (its `mock` module provides
/// `Operation`, `Response`, `Mutation`, `Outcome`, `CallFuture` and `arg`).
///
/// It defines `OPERATIONS: &[Operation<Client>]` (one entry per operation, in IR order: a call
/// with the required inputs, and one that sets every optional input too) and
/// `client(base_url, http, hook) -> Client` (every security scheme configured with a dummy
/// credential, so each operation sends what its `security` requires).
pub fn render(api: &ir::Api, plan: &[PlannedCall]) -> Result<String, GenError> {
    let lib = &api.lib_name;
    let mut out = String::new();
    out.push_str(&format!(
        "// Generated by sdkgen_mock_calls from {spec}. Do not edit.\n\
         #[allow(unused_imports)]\nuse ::{lib}::types;\nuse ::{lib}::Client;\n\
         use ::sdkgen_mock_suite::mock::{{arg, CallFuture, Mutation, Operation, Outcome, Response}};\n\n",
        spec = api.spec_file
    ));

    // The client, with every security scheme set.
    let mut setters = String::new();
    for scheme in &api.security_schemes {
        let token = format!("mock-{}", scheme.setter.replace('_', "-"));
        if scheme.credential == "basic" {
            setters.push_str(&format!(".{}({:?}, {:?})", scheme.setter, format!("{token}-user"), format!("{token}-password")));
        } else {
            setters.push_str(&format!(".{}({:?})", scheme.setter, token));
        }
    }
    out.push_str(&format!(
        "/// A client for the mock server at `base_url` with a credential for every security scheme.\n\
         pub fn client(base_url: &str, http: ::sdkgen_runtime::reqwest::Client, \
         hook: impl Fn(&mut ::sdkgen_runtime::reqwest::Request) + Send + Sync + 'static) -> Client {{\n\
         Client::builder(base_url){setters}.http_client(http).retry(::sdkgen_runtime::RetryConfig::disabled()).request_hook(hook).build().expect(\"client\")\n}}\n\n"
    ));

    for (i, call) in plan.iter().enumerate() {
        out.push_str(&render_call(&format!("call_{i}"), call, &call.setters));
        if !call.optional.is_empty() {
            let every: Vec<Arg> = call.setters.iter().chain(&call.optional).cloned().collect();
            out.push_str(&render_call(&format!("call_full_{i}"), call, &every));
        }
    }

    out.push_str("/// Every operation of the API, in the generator's order.\npub static OPERATIONS: &[Operation<Client>] = &[\n");
    for (i, call) in plan.iter().enumerate() {
        let responses: Vec<String> =
            call.responses.iter().map(|r| format!("Response {{ status: {:?}, json: {} }}", r.status, r.json)).collect();
        let mutations: Vec<String> = call
            .mutations
            .iter()
            .map(|m| match m {
                Mutation::DropBodyField(f) => format!("Mutation::DropBodyField({f:?})"),
                Mutation::SetBodyField(f, v) => format!("Mutation::SetBodyField({f:?}, {v:?})"),
                Mutation::DropQuery(q) => format!("Mutation::DropQuery({q:?})"),
            })
            .collect();
        let args: Vec<String> = call.args.iter().chain(&call.setters).map(|a| format!("{}={}", a.name, a.value)).collect();
        let optional: Vec<String> = call.optional.iter().map(|a| format!("{}={}", a.name, a.value)).collect();
        let full = if call.optional.is_empty() { "None".to_owned() } else { format!("Some(start_call_full_{i})") };
        out.push_str(&format!(
            "Operation {{ operation_id: {id:?}, method: {method:?}, path: {path:?}, pointer: {pointer:?}, \
             call_expr: {expr:?}, args: {args:?}, optional_args: {optional:?}, body_content_type: {ct}, responses: &[{responses}], \
             mutations: &[{mutations}], call: start_call_{i}, call_full: {full} }},\n",
            id = call.operation_id,
            method = call.http_method,
            path = call.path_template,
            pointer = call.pointer,
            expr = format!("client.{}().{}(..)", call.accessor, call.method_name),
            args = args.join(", "),
            optional = optional.join(", "),
            ct = match &call.body_content_type {
                Some(ct) => format!("Some({ct:?})"),
                None => "None".into(),
            },
            responses = responses.join(", "),
            mutations = mutations.join(", "),
        ));
    }
    out.push_str("];\n");

    // The generator's own check and formatting: a bug here is an error naming the line.
    sdkgen_codegen::render::format_rust(&api.spec_file, "mock calls", &out)
}

/// One async function calling the operation with its arguments and the given setters, and a
/// `start_<name>` function boxing its future.
fn render_call(name: &str, call: &PlannedCall, setters: &[Arg]) -> String {
    let mut lets = String::new();
    let mut names = Vec::new();
    for (j, arg) in call.args.iter().enumerate() {
        let var = format!("a{j}");
        lets.push_str(&format!("let {var} = {};\n", arg_expr(arg)));
        names.push(var);
    }
    let mut chain = String::new();
    for (j, setter) in setters.iter().enumerate() {
        let var = format!("s{j}");
        lets.push_str(&format!("let {var} = {};\n", arg_expr(setter)));
        chain.push_str(&format!(".{}({var})", setter.name));
    }
    format!(
        "/// `{id}`: `{method} {path}`\n{allow}async fn {name}(client: Client) -> Result<Outcome, String> {{\n{lets}\
         Ok(Outcome::of(client.{acc}().{m}({args}){chain}.send().await))\n}}\n\
         fn start_{name}(client: Client) -> CallFuture {{ Box::pin({name}(client)) }}\n\n",
        id = call.operation_id,
        method = call.http_method,
        path = call.path_template,
        acc = call.accessor,
        m = call.method_name,
        args = names.join(", "),
        allow = if call.deprecated { "#[allow(deprecated)]\n" } else { "" },
    )
}

/// The Rust expression producing one argument's value.
fn arg_expr(arg: &Arg) -> String {
    let ty = arg.value_ty.replace(' ', "");
    let file = "::sdkgen_runtime::FilePart::new(b\"\\x89PNG\\r\\n\\x1a\\nsample\".to_vec()).file_name(\"sample.png\").content_type(\"image/png\")";
    if ty.ends_with("FilePart") {
        return file.to_owned();
    }
    if ty.starts_with("Vec<") && ty.ends_with("FilePart>") {
        return format!("vec![{file}]");
    }
    if ty.ends_with("bytes::Bytes") {
        let text = match &arg.value {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        return format!("::sdkgen_runtime::bytes::Bytes::from_static({})", byte_string(&text));
    }
    format!("arg::<{}>({:?}, {:?})?", arg.value_ty, arg.name, arg.value.to_string())
}

fn byte_string(text: &str) -> String {
    let mut out = String::from("b\"");
    for b in text.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn sample(root: &Value, schema: Value) -> Value {
        Synth::new(root).sample(&schema)
    }

    #[test]
    fn patterns_of_real_specs() {
        assert_eq!(sample_pattern("^user_\\w{27}$").as_deref(), Some("user_aaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        assert_eq!(sample_pattern("^(user|org|mch)_\\w{3}$").as_deref(), Some("user_aaa"));
        assert_eq!(sample_pattern("^(ak|api_key)_[0-9A-Fa-f]{4}$").as_deref(), Some("ak_aaaa"));
        assert_eq!(sample_pattern("^oauth_(?:(?:token_)|(?:custom_))?[a-z0-9_]+$").as_deref(), Some("oauth_token_a"));
        assert_eq!(sample_pattern("^(\\S(.*\\S)?)?$").as_deref(), Some("aaa"));
        assert_eq!(sample_pattern("^[^_][A-Za-z0-9_-]*$").as_deref(), Some("aa"));
        assert_eq!(sample_pattern("^[A-Z]{2}$").as_deref(), Some("AA"));
        assert_eq!(sample_pattern("^web3_\\w+_signature$").as_deref(), Some("web3_a_signature"));
        assert_eq!(sample_pattern("a\\.b[\\-x]").as_deref(), Some("a.bx"));
        assert_eq!(sample_pattern("[^a-z]").as_deref(), Some("A"));
        // Unsupported constructs give up rather than guess.
        assert_eq!(sample_pattern("(?=x)"), None);
        assert_eq!(sample_pattern("(a)\\1"), None);
        assert_eq!(sample_pattern("*"), None);
    }

    #[test]
    fn scalars_follow_format_enum_bounds_and_lengths() {
        let root = json!({});
        assert_eq!(sample(&root, json!({"type": "string", "format": "email"})), json!("jane.doe@example.com"));
        assert_eq!(sample(&root, json!({"type": "string", "format": "date-time"})), json!("2024-01-02T03:04:05Z"));
        assert_eq!(sample(&root, json!({"type": "string", "format": "duration", "default": 0})), json!("PT1H"), "ISO 8601, as JSON Schema means");
        assert_eq!(sample(&root, json!({"type": "string", "enum": [null, "b", "c"]})), json!("b"));
        assert_eq!(sample(&root, json!({"type": "string", "minLength": 8})), json!("samplexx"));
        assert_eq!(sample(&root, json!({"type": "string", "maxLength": 3})), json!("sam"));
        assert_eq!(sample(&root, json!({"type": "string", "example": "hello"})), json!("hello"));
        assert_eq!(sample(&root, json!({"type": "integer", "minimum": 10})), json!(10));
        assert_eq!(sample(&root, json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true})), json!(1));
        assert_eq!(sample(&root, json!({"type": "integer", "maximum": 0})), json!(0));
        assert_eq!(sample(&root, json!({"type": "integer", "minimum": 5, "multipleOf": 4})), json!(8));
        assert_eq!(sample(&root, json!({"type": "number", "minimum": 0.5, "maximum": 0.75})), json!(0.75));
        assert_eq!(sample(&root, json!({"type": "boolean"})), json!(true));
        assert_eq!(sample(&root, json!({"type": "boolean", "default": false})), json!(false));
        assert_eq!(sample(&root, json!({"type": "string", "pattern": "^mt_[0-9a-f]{2}$"})), json!("mt_aa"));
    }

    #[test]
    fn patterns_of_other_regex_dialects_are_dropped_from_the_served_copy() {
        for ok in ["^[a-z]+$", "^(?:a|b)$", "(?=x)y", "(?<name>a)", r"\\A literal backslash-A", r"^\d+$"] {
            assert!(javascript_can_compile(ok), "{ok}");
        }
        for bad in ["(?i)^[0-9a-f]{8}$", "^(?is:ab)$", r"\Aabc\z", "x(?-i)y"] {
            assert!(!javascript_can_compile(bad), "{bad}");
        }
        let mut doc = json!({"components": {"schemas": {"Id": {"type": "string", "pattern": "(?i)^[a-f]+$"},
            "Code": {"type": "string", "pattern": "^[A-Z]{3}$"}, "Obj": {"properties": {"pattern": {"type": "string"}}}}}});
        drop_patterns_javascript_cannot_compile(&mut doc);
        assert_eq!(doc["components"]["schemas"]["Id"], json!({"type": "string"}));
        assert_eq!(doc["components"]["schemas"]["Code"]["pattern"], "^[A-Z]{3}$");
        assert_eq!(doc["components"]["schemas"]["Obj"]["properties"]["pattern"], json!({"type": "string"}));
    }

    #[test]
    fn objects_take_required_properties_through_refs_and_all_of() {
        let root = json!({"components": {"schemas": {
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "format": "uuid"}, "note": {"type": "string"}}},
            "Named": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object", "required": ["name", "created"], "properties": {
                "name": {"type": "string"}, "created": {"type": "integer", "readOnly": true}}}]},
        }}});
        let value = sample(&root, json!({"$ref": "#/components/schemas/Named"}));
        // `created` is required and `readOnly`: the generated type requires it, so it is sampled.
        assert_eq!(value, json!({"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "name": "sample", "created": 1}));
        // A nullable `$ref` with siblings still yields the target's value.
        let value = sample(&root, json!({"$ref": "#/components/schemas/Base", "nullable": true}));
        assert_eq!(value, json!({"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6"}));
    }

    #[test]
    fn a_union_member_is_marked_by_its_enum_properties_even_when_none_is_required() {
        let root = json!({});
        let schema = json!({"oneOf": [
            {"type": "object", "additionalProperties": false, "properties": {"type": {"type": "string", "enum": ["ach", "ach_plaid"], "default": "ach_plaid"}, "number": {"type": "string"}}},
            {"type": "object", "additionalProperties": false, "properties": {"type": {"type": "string", "enum": ["affirm"]}}}]});
        // `{}` would match both members; the default of `type` matches only the first.
        assert_eq!(sample(&root, schema), json!({"type": "ach_plaid"}));
    }

    #[test]
    fn unions_take_the_first_non_null_variant_with_the_base_keywords() {
        let root = json!({});
        let schema = json!({"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}},
            "oneOf": [{"type": "null"}, {"required": ["a"], "properties": {"a": {"type": "integer"}, "kind": {"enum": ["first"]}}}, {"required": ["b"]}]});
        assert_eq!(sample(&root, schema), json!({"a": 1, "kind": "first"}));
        assert_eq!(sample(&root, json!({"anyOf": [{"type": "string", "format": "uri"}, {"type": "integer"}]})), json!("https://example.com/callback"));
    }

    #[test]
    fn arrays_have_one_item_or_their_minimum_and_unique_items_differ() {
        let root = json!({});
        assert_eq!(sample(&root, json!({"type": "array", "items": {"type": "string"}})), json!(["sample"]));
        assert_eq!(sample(&root, json!({"type": "array", "minItems": 2, "uniqueItems": true, "items": {"type": "string"}})), json!(["sample", "sample1"]));
        let snowflakes = json!({"type": "array", "minItems": 2, "uniqueItems": true, "items": {"type": "string", "pattern": "^(0|[1-9][0-9]*)$"}});
        assert_eq!(sample(&root, snowflakes), json!(["0", "1"]));
        let uuids = json!({"type": "array", "minItems": 2, "uniqueItems": true, "items": {"type": "string", "format": "uuid"}});
        assert_eq!(sample(&root, uuids), json!(["3fa85f64-5717-4562-b3fc-2c963f66afa6", "3fa85f64-5717-4562-b3fc-000000000001"]));
        assert_eq!(sample(&root, json!({"type": "array", "maxItems": 0, "items": {"type": "string"}})), json!([]));
    }

    #[test]
    fn union_samples_carry_their_markers_and_discriminator_key() {
        let root = json!({"components": {"schemas": {
            "ByTaxonomy": {"type": "object", "properties": {"type": {"type": "string", "enum": ["taxonomy"]}, "key": {"type": "string"}}},
            "ByFile": {"type": "object", "properties": {"type": {"type": "string", "enum": ["file"]}, "id": {"type": "string"}}},
            "Password": {"type": "object", "required": ["method", "password"], "properties": {"method": {"type": "string"}, "password": {"type": "string"}}},
            "Code": {"type": "object", "required": ["method", "code"], "properties": {"method": {"type": "string"}, "code": {"type": "string"}}}
        }}});
        let marked = sample(&root, json!({"oneOf": [{"$ref": "#/components/schemas/ByTaxonomy"}, {"$ref": "#/components/schemas/ByFile"}]}));
        assert_eq!(marked, json!({"type": "taxonomy"}));
        let mapped = sample(
            &root,
            json!({"oneOf": [{"$ref": "#/components/schemas/Password"}, {"$ref": "#/components/schemas/Code"}],
                   "discriminator": {"propertyName": "method", "mapping": {"password": "#/components/schemas/Password", "code": "#/components/schemas/Code"}}}),
        );
        assert_eq!(mapped["method"], json!("password"));
        let unmapped = sample(
            &root,
            json!({"oneOf": [{"$ref": "#/components/schemas/Code"}], "discriminator": {"propertyName": "method"}}),
        );
        assert_eq!(unmapped["method"], json!("Code"));
        // Unmapped, but the member pins the property itself: its own value, in the sample and
        // in the served spec (which then needs no extra `enum`).
        let pinned_union = json!({"oneOf": [{"$ref": "#/components/schemas/ByFile"}], "discriminator": {"propertyName": "type"}});
        assert_eq!(sample(&root, pinned_union.clone())["type"], json!("file"));
        let mut served = pinned_union.clone();
        make_discriminators_explicit(&mut served, &root);
        assert_eq!(served, pinned_union);
    }

    #[test]
    fn recursive_schemas_terminate() {
        let root = json!({"components": {"schemas": {"Node": {"type": "object", "required": ["child"], "properties": {"child": {"$ref": "#/components/schemas/Node"}}}}}});
        let value = sample(&root, json!({"$ref": "#/components/schemas/Node"}));
        let mut depth = 0;
        let mut node = &value;
        while let Some(child) = node.get("child") {
            node = child;
            depth += 1;
        }
        assert!(depth <= MAX_DEPTH + 1, "{value}");
    }

    #[test]
    fn a_property_of_several_all_of_parts_fits_each() {
        let root = json!({});
        let schema = json!({"allOf": [
            {"type": "object", "required": ["stream"], "properties": {"stream": {"anyOf": [{"type": "boolean"}, {"type": "null"}], "default": null}}},
            {"type": "object", "properties": {"stream": {"type": "boolean", "enum": [false], "default": false}}}]});
        assert_eq!(sample(&root, schema), json!({"stream": false}));
    }

    #[test]
    fn free_form_and_min_properties() {
        let root = json!({});
        assert_eq!(sample(&root, json!({})), json!({}));
        assert_eq!(sample(&root, json!({"type": "object", "minProperties": 1, "additionalProperties": {"type": "integer"}})), json!({"key1": 1}));
    }

    #[test]
    fn mock_server_spec_makes_form_array_encoding_explicit() {
        let tree = json!({"paths": {"/a": {"post": {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {
            "type": "object", "properties": {"ids": {"type": "array", "nullable": true, "items": {"type": "string"}}, "name": {"type": "string"}}}}}}}},
            "/b": {"post": {"requestBody": {"$ref": "#/components/requestBodies/B"}}}},
            "components": {"requestBodies": {"B": {"content": {"application/x-www-form-urlencoded": {
                "schema": {"allOf": [{"properties": {"tags": {"type": "array"}}}]},
                "encoding": {"tags": {"style": "form", "explode": false}}}}}}}});
        let served = for_mock_server(&tree, &[]);
        let a = &served["paths"]["/a"]["post"]["requestBody"]["content"]["application/x-www-form-urlencoded"];
        assert_eq!(a["encoding"], json!({"ids": {"style": "form", "explode": true}}));
        assert_eq!(a["schema"]["properties"]["ids"], json!({"type": "array", "items": {"type": "string"}}));
        // An explicit encoding is kept as the spec wrote it.
        let b = &served["components"]["requestBodies"]["B"]["content"]["application/x-www-form-urlencoded"];
        assert_eq!(b["encoding"], json!({"tags": {"style": "form", "explode": false}}));
    }

    #[test]
    fn mock_server_spec_writes_in_the_values_of_templates_that_match_the_same_urls() {
        let ok = json!({"200": {"description": "ok"}});
        let tree = json!({"paths": {
            "/{ssh_mount}/creds/{role}": {
                "parameters": [{"name": "ssh_mount", "in": "path", "required": true, "schema": {"type": "string", "default": "ssh"}}],
                "post": {"parameters": [{"name": "role", "in": "path", "required": true, "schema": {"type": "string"}},
                                         {"name": "q", "in": "query", "schema": {"type": "string"}}], "responses": ok}},
            "/{aws_mount}/creds/{name}": {
                "parameters": [{"name": "aws_mount", "in": "path", "required": true, "schema": {"type": "string", "default": "aws"}},
                               {"name": "name", "in": "path", "required": true, "schema": {}}],
                "get": {"responses": ok}},
            "/users/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}], "responses": ok}}}});
        let served = for_mock_server(&tree, &[]);
        let paths = served["paths"].as_object().expect("paths");
        assert_eq!(paths["/ssh/creds/sample"]["post"]["parameters"], json!([{"name": "q", "in": "query", "schema": {"type": "string"}}]));
        assert!(paths["/aws/creds/sample"]["get"].is_object());
        assert!(paths.contains_key("/{ssh_mount}/creds/{role}"), "the operation stays at its own pointer too");
        assert!(!paths.keys().any(|p| p.starts_with("/users/") && p != "/users/{id}"), "a template no other matches stays alone");
    }

    #[test]
    fn mock_server_spec_drops_examples_that_point_nowhere_and_gives_tuples_items() {
        let tree = json!({"paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"examples": {
            "gone": {"$ref": "#/components/examples/Gone"}, "kept": {"$ref": "#/components/examples/Kept"}, "inline": {"value": 1}}}}}}}}},
            "components": {"examples": {"Kept": {"value": 2}}}});
        let tuple = json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "string"}], "maxItems": 2});
        let mixed = json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]});
        let mut tree = tree;
        tree["components"]["schemas"] = json!({"Pair": tuple, "Mixed": mixed,
            "Log": {"type": "object", "example": {"details": {"$ref": "#/components/examples/Nowhere"}}}});
        let served = for_mock_server(&tree, &[]);
        assert_eq!(served["components"]["schemas"]["Pair"]["items"], json!({"type": "string"}), "tuples get items");
        assert_eq!(served["components"]["schemas"]["Mixed"]["items"], json!({"anyOf": [{"type": "string"}, {"type": "integer"}]}));
        assert!(served["components"]["schemas"]["Log"].get("example").is_none(), "an example with a dangling $ref goes");
        let examples = &served["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"]["examples"];
        assert_eq!(examples, &json!({"kept": {"$ref": "#/components/examples/Kept"}, "inline": {"value": 1}}));
    }

    #[test]
    fn mock_server_spec_declares_json_text_values_as_strings() {
        let object = json!({"type": "object", "properties": {"id": {"type": "string"}}});
        let tree = json!({"paths": {"/up": {"post": {
            "parameters": [{"$ref": "#/components/parameters/Filters"}],
            "requestBody": {"content": {"multipart/form-data": {
                "schema": {"type": "object", "properties": {"attributes": object, "file": {"type": "string", "format": "binary"}, "styled": object,
                    "tags": {"type": "array", "items": object}}},
                "encoding": {"styled": {"style": "deepObject"}}}}}}}},
            "components": {"parameters": {"Filters": {"name": "filters", "in": "query", "style": "form", "schema": {"type": "array", "items": object}}}}});
        let served = for_mock_server(&tree, &["#/paths/~1up/post/parameters/0".to_owned()]);
        let props = &served["paths"]["/up"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"]["properties"];
        assert_eq!(props["attributes"], json!({"type": "string"}));
        assert_eq!(props["file"], json!({"type": "string", "format": "binary"}));
        assert_eq!(props["tags"], json!({"type": "array", "items": {"type": "string"}}), "a list of objects is parts of JSON text");
        // A declared style is Prism's to parse.
        assert_eq!(props["styled"], object);
        // Multipart parts may hold reserved characters (JSON text): Prism is told so.
        let encoding = &served["paths"]["/up"]["post"]["requestBody"]["content"]["multipart/form-data"]["encoding"];
        assert_eq!(encoding["tags"], json!({"style": "form", "explode": true, "allowReserved": true}));
        assert_eq!(encoding["styled"], json!({"style": "deepObject", "allowReserved": true}));
        assert_eq!(served["components"]["parameters"]["Filters"], json!({"name": "filters", "in": "query", "schema": {"type": "string"}}));
    }

    #[test]
    fn mock_server_spec_makes_discriminators_schemas_and_undeclared_form_fields_explicit() {
        let tree = json!({
            "paths": {"/login": {"post": {
                "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "required": ["grant_type"], "properties": {"token": {"type": "string"}}}}}},
                "responses": {"400": {"description": "bad", "content": {"application/json": {"example": "[]"}}}}}}},
            "components": {"schemas": {"Login": {
                "oneOf": [{"$ref": "#/components/schemas/Password"}, {"$ref": "#/components/schemas/Code"}],
                "discriminator": {"propertyName": "method", "mapping": {"password": "#/components/schemas/Password"}}}}}});
        let served = for_mock_server(&tree, &[]);
        assert_eq!(
            served["components"]["schemas"]["Login"]["oneOf"],
            json!([{"allOf": [{"$ref": "#/components/schemas/Password"}, {"properties": {"method": {"enum": ["password"]}}}]},
                   {"allOf": [{"$ref": "#/components/schemas/Code"}, {"properties": {"method": {"enum": ["Code"]}}}]}])
        );
        let one_file = for_mock_server(&json!({"paths": {"/m": {"post": {"requestBody": {"content": {"multipart/form-data": {"schema": {"type": "string", "format": "binary"}}}}}}}}), &[]);
        assert_eq!(
            one_file["paths"]["/m"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"],
            json!({"type": "object", "properties": {"file": {"type": "string", "format": "binary"}}})
        );
        let op = &served["paths"]["/login"]["post"];
        let listed = for_mock_server(&json!({"paths": {"/e": {"get": {"parameters": [
            {"name": "types", "in": "query", "schema": {"type": ["array", "null"], "items": {"type": "string"}}},
            {"name": "ids", "in": "query", "schema": {"type": "array", "nullable": true, "items": {"type": "string"}}},
            {"name": "one", "in": "query", "schema": {"type": ["string", "null"]}},
            {"name": "tags", "in": "query", "schema": {"anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "null"}], "title": "Tags"}}]}}}}), &[]);
        let params = &listed["paths"]["/e"]["get"]["parameters"];
        assert_eq!(params[0]["schema"], json!({"type": "array", "items": {"type": "string"}}));
        assert_eq!(params[1]["schema"], json!({"type": "array", "items": {"type": "string"}}));
        assert_eq!(params[2]["schema"], json!({"type": ["string", "null"]}));
        assert_eq!(params[3]["schema"], json!({"title": "Tags", "type": "array", "items": {"type": "string"}}));
        assert_eq!(op["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]["properties"]["grant_type"], json!({}));
        assert_eq!(op["responses"]["400"]["content"]["application/json"]["schema"], json!({}));
    }

    const MINI: &str = r#"
openapi: 3.0.3
info: {title: Mini, version: "1"}
servers: [{url: "https://api.example.com"}]
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
paths:
  /things/{thing_id}:
    post:
      operationId: updateThing
      tags: [Things]
      security: [{bearer: []}]
      parameters:
        - {name: thing_id, in: path, required: true, schema: {type: string, pattern: "^thg_[a-z]{3}$"}}
        - {name: limit, in: query, required: true, schema: {type: integer, minimum: 5}}
        - {name: X-Trace, in: header, required: true, schema: {title: Trace}}
        - {name: tags, in: query, schema: {anyOf: [{type: string}, {type: array, items: {type: string}}]}}
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema:
              type: object
              required: [name]
              anyOf: [{required: [domain]}, {required: [domains]}]
              properties:
                name: {type: string}
                domain: {type: string}
                domains: {type: array, items: {type: string}}
                archived: {type: boolean}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
        "422": {description: invalid, content: {application/json: {schema: {type: object}}}}
  /notes:
    post:
      operationId: createNote
      tags: [Notes]
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: {type: object, properties: {text: {type: string}}}
      responses:
        "204": {description: created}
"#;

    #[test]
    fn plan_and_render_a_small_api() {
        let crate_spec = sdkgen_codegen::CrateSpec::new("mini-api", "mini.yml");
        let api = sdkgen_codegen::build_ir(&crate_spec, MINI, &[]).expect("IR");
        let tree = sdkgen_codegen::load::load_tree("mini.yml", MINI, &[]).expect("tree");
        let plan = plan(&tree, &api).expect("plan");
        let update = plan.iter().find(|c| c.operation_id == "updateThing").expect("updateThing");
        let values: Vec<(&str, &Value)> = update.args.iter().map(|a| (a.json_name.as_str(), &a.value)).collect();
        assert_eq!(values, [("thing_id", &json!("thg_aaa")), ("limit", &json!(5)), ("X-Trace", &json!("sample")), ("name", &json!("sample"))]);
        // The body's anyOf needs `domain`: set although optional.
        assert_eq!(update.setters.iter().map(|a| a.json_name.as_str()).collect::<Vec<_>>(), ["domain"]);
        assert_eq!(update.optional.iter().map(|a| a.json_name.as_str()).collect::<Vec<_>>(), ["tags", "domains", "archived"]);
        assert_eq!(update.optional[0].value, json!(["sample"]), "one value or a list of them is a list to the generator");
        assert_eq!(
            update.mutations,
            [
                Mutation::DropBodyField("name".into()),
                Mutation::SetBodyField("archived".into(), "notabool".into()),
                Mutation::DropQuery("limit".into())
            ]
        );
        assert_eq!(update.responses.iter().map(|r| (r.status.as_str(), r.json)).collect::<Vec<_>>(), [("200", true), ("422", true)]);
        // A required body without required fields still gets one field, so it is not empty;
        // dropping it would empty the body, so that mutation is not offered.
        let note = plan.iter().find(|c| c.operation_id == "createNote").expect("createNote");
        assert_eq!(note.setters.iter().map(|a| a.json_name.as_str()).collect::<Vec<_>>(), ["text"]);
        assert!(note.mutations.is_empty());

        let source = render(&api, &plan).expect("render");
        assert!(source.contains("use ::mini_api::types;"), "{source}");
        assert!(source.contains(".bearer(\"mock-bearer\")"), "{source}");
        assert!(source.contains("arg::<String>(\"thing_id\", \"\\\"thg_aaa\\\"\")?"), "{source}");
        assert!(source.contains("call_full_"), "{source}");
        assert!(source.contains("pub static OPERATIONS: &[Operation<Client>]"), "{source}");
    }
}
