//! Loading a spec: YAML text → JSON tree → normalised → overlays → `openapiv3::OpenAPI`.

use serde_json::{Map, Value};

use crate::error::{child, escape_pointer_segment, GenError};
use crate::ir::Warning;
use crate::overlay::{apply_overlay, Overlay};

/// Parses YAML (or JSON) text into a JSON tree, naming the file and position on failure.
pub fn parse_yaml(file: &str, text: &str) -> Result<Value, GenError> {
    // A JSON document is read as JSON: JSON strings may hold control characters YAML refuses.
    let json_error = if text.trim_start().starts_with('{') {
        match serde_json::from_str::<Yaml>(text) {
            Ok(yaml) => return yaml_to_json(file, "#", yaml),
            Err(e) => Some(GenError::new(file, "#", format!("invalid JSON (line {}, column {}): {e}", e.line(), e.column()))),
        }
    } else {
        None
    };
    let yaml: Yaml = serde_yaml::from_str(text).map_err(|e| {
        // Not JSON, and not YAML either: a `.json` file's JSON error is the one to read.
        if let Some(json_error) = json_error.clone().filter(|_| file.ends_with(".json")) {
            return json_error;
        }
        let location = e.location().map(|l| format!(" (line {}, column {})", l.line(), l.column())).unwrap_or_default();
        GenError::new(file, "#", format!("invalid YAML{location}: {e}"))
    })?;
    yaml_to_json(file, "#", yaml)
}

/// A YAML node as the loader needs it: like `serde_yaml::Value`, except that integers beyond
/// 64 bits (`minimum: -9223372036854776000`, found in real specs) are kept as floats instead of
/// failing the whole document.
#[derive(Debug)]
enum Yaml {
    Null,
    Bool(bool),
    Number(serde_json::Number),
    /// A number JSON cannot hold (NaN, infinity), kept as written for the error message.
    Unrepresentable(f64),
    String(String),
    Sequence(Vec<Yaml>),
    Mapping(Vec<(Yaml, Yaml)>),
}

impl<'de> serde::Deserialize<'de> for Yaml {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        fn float(f: f64) -> Yaml {
            serde_json::Number::from_f64(f).map(Yaml::Number).unwrap_or(Yaml::Unrepresentable(f))
        }
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Yaml;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any YAML value")
            }
            fn visit_bool<E>(self, b: bool) -> Result<Yaml, E> {
                Ok(Yaml::Bool(b))
            }
            fn visit_i64<E>(self, i: i64) -> Result<Yaml, E> {
                Ok(Yaml::Number(i.into()))
            }
            fn visit_u64<E>(self, u: u64) -> Result<Yaml, E> {
                Ok(Yaml::Number(u.into()))
            }
            fn visit_i128<E>(self, i: i128) -> Result<Yaml, E> {
                Ok(match i64::try_from(i) {
                    Ok(i) => Yaml::Number(i.into()),
                    Err(_) => float(i as f64),
                })
            }
            fn visit_u128<E>(self, u: u128) -> Result<Yaml, E> {
                Ok(match u64::try_from(u) {
                    Ok(u) => Yaml::Number(u.into()),
                    Err(_) => float(u as f64),
                })
            }
            fn visit_f64<E>(self, f: f64) -> Result<Yaml, E> {
                Ok(float(f))
            }
            fn visit_str<E>(self, s: &str) -> Result<Yaml, E> {
                Ok(Yaml::String(s.to_owned()))
            }
            fn visit_string<E>(self, s: String) -> Result<Yaml, E> {
                Ok(Yaml::String(s))
            }
            fn visit_unit<E>(self) -> Result<Yaml, E> {
                Ok(Yaml::Null)
            }
            fn visit_none<E>(self) -> Result<Yaml, E> {
                Ok(Yaml::Null)
            }
            fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Yaml, D::Error> {
                serde::Deserialize::deserialize(d)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Yaml, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Yaml::Sequence(items))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Yaml, A::Error> {
                let mut entries: Vec<(Yaml, Yaml)> = Vec::new();
                let mut keys = std::collections::HashSet::new();
                while let Some(key) = map.next_key::<Yaml>()? {
                    let value = map.next_value()?;
                    if let Some(name) = key.key_text() {
                        if !keys.insert(name.clone()) {
                            return Err(serde::de::Error::custom(format!("duplicate entry with key {name:?}")));
                        }
                    }
                    entries.push((key, value));
                }
                Ok(Yaml::Mapping(entries))
            }
            // A tagged node (`!tag value`): the value.
            fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<Yaml, A::Error> {
                use serde::de::VariantAccess;
                let (_tag, variant): (String, _) = data.variant()?;
                variant.newtype_variant()
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl Yaml {
    /// The text of a mapping key OpenAPI means as a string (`200:` is an integer in YAML).
    fn key_text(&self) -> Option<String> {
        match self {
            Yaml::String(s) => Some(s.clone()),
            Yaml::Number(n) => Some(n.to_string()),
            Yaml::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    }
}

/// YAML allows non-string keys (`200:` is an integer); OpenAPI means them as strings.
fn yaml_to_json(file: &str, pointer: &str, yaml: Yaml) -> Result<Value, GenError> {
    Ok(match yaml {
        Yaml::Null => Value::Null,
        Yaml::Bool(b) => Value::Bool(b),
        Yaml::Number(n) => Value::Number(n),
        Yaml::Unrepresentable(f) => return Err(GenError::new(file, pointer, format!("number {f} cannot be represented in JSON"))),
        Yaml::String(s) => Value::String(s),
        Yaml::Sequence(items) => Value::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, item)| yaml_to_json(file, &child(pointer, &i.to_string()), item))
                .collect::<Result<_, _>>()?,
        ),
        Yaml::Mapping(mapping) => {
            let mut map = Map::new();
            for (key, value) in mapping {
                let Some(key) = key.key_text() else {
                    return Err(GenError::new(file, pointer, format!("unsupported mapping key {key:?}")));
                };
                let value = yaml_to_json(file, &child(pointer, &key), value)?;
                map.insert(key, value);
            }
            Value::Object(map)
        }
    })
}

/// Rewrites constructs `openapiv3` would silently drop, so their meaning survives:
/// a schema `$ref` with `nullable` or `description` beside it becomes
/// `allOf: [$ref]` carrying those keywords (OpenAPI 3.0 ignores siblings of
/// `$ref`, but specs use them to mean "nullable reference").
pub fn normalize(doc: &mut Value) -> Vec<Warning> {
    hoist_nested_schema_refs(doc);
    let warnings = distribute_all_of_over_unions(doc);
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
    warnings
}

/// The most variants an `allOf` of several unions multiplies into; the unions beyond are left out
/// of the variants, with a warning.
const MAX_UNION_PRODUCT: usize = 16;

/// Several union parts multiply: each combination of their members is a variant (at most
/// [`MAX_UNION_PRODUCT`]). A part whose members only list `required` is validation, reported.
/// An `allOf` with a `oneOf`/`anyOf` member beside other parts (`allOf: [{anyOf: [A, B]}, {properties: P}]`,
/// or a `$ref` to a component that is such a union) means "one of A or B, each with P": it is
/// rewritten as `anyOf: [{allOf: [A, P]}, {allOf: [B, P]}]` (allOf distributes over a union), so
/// every member becomes a merged struct and the union dispatches as usual. Each new member is
/// titled after the member it came from, which names its variant. A union's explicit
/// `discriminator` names the members themselves, so it is dropped: the merged members still pin
/// its property, which dispatch infers. An `allOf` whose only substantive part is the union is
/// that union already and is left alone.
fn distribute_all_of_over_unions(doc: &mut Value) -> Vec<Warning> {
    /// Pure union components: name → (`oneOf` or `anyOf`, members).
    type Unions = std::collections::HashMap<String, (String, Vec<Value>)>;
    fn union_of(map: &Map<String, Value>) -> Option<(String, Vec<Value>)> {
        if map.contains_key("properties") || map.contains_key("allOf") || map.contains_key("$ref") {
            return None;
        }
        ["oneOf", "anyOf"].iter().find_map(|k| match map.get(*k) {
            // Members that only list `required` (at least one of x or y) validate: not a union of types.
            Some(Value::Array(members)) if !members.is_empty() && members.iter().any(substantive) => Some(((*k).to_owned(), members.clone())),
            _ => None,
        })
    }
    /// `oneOf`/`anyOf` (alone in its part) of members that only constrain: which keyword.
    fn constraint_union(part: &Value) -> Option<&'static str> {
        let m = part.as_object()?;
        if m.keys().any(|k| !matches!(k.as_str(), "oneOf" | "anyOf" | "description" | "title")) {
            return None;
        }
        ["oneOf", "anyOf"].into_iter().find(|k| m.get(*k).and_then(Value::as_array).is_some_and(|members| !members.is_empty() && !members.iter().any(substantive)))
    }
    /// The union a part of an `allOf` is, itself or through a `$ref` to a union component.
    fn union_part(part: &Value, unions: &Unions) -> Option<(String, Vec<Value>)> {
        let m = part.as_object()?;
        match m.get("$ref").and_then(Value::as_str) {
            Some(r) => unions.get(r).cloned(),
            None => union_of(m),
        }
    }
    fn narrows(part: &Value) -> bool {
        part.get("required").and_then(Value::as_array).is_some_and(|r| !r.is_empty())
    }
    fn substantive(member: &Value) -> bool {
        let Some(m) = member.as_object() else { return false };
        ["$ref", "properties", "allOf", "oneOf", "anyOf", "items", "additionalProperties"].iter().any(|k| m.contains_key(*k))
            || m.get("type").is_some_and(|t| t != "object")
    }
    fn title_of(member: &Value) -> Option<Value> {
        let m = member.as_object()?;
        if let Some(title) = m.get("title") {
            return Some(title.clone());
        }
        let reference = match m.get("$ref") {
            Some(r) => r.as_str()?,
            // `allOf: [$ref]` alone: a `$ref` with siblings.
            None => match m.get("allOf")?.as_array()?.as_slice() {
                [only] if !m.contains_key("properties") => only.get("$ref")?.as_str()?,
                _ => return None,
            },
        };
        let name = reference.strip_prefix("#/components/schemas/").filter(|n| !n.contains('/'))?;
        Some(Value::String(name.replace("~1", "/").replace("~0", "~")))
    }
    fn rewrite(map: &mut Map<String, Value>, unions: &Unions, pointer: &str, warnings: &mut Vec<Warning>) -> bool {
        // Properties beside a union of object members (`{properties: P, oneOf: [A, B]}`) are
        // the same "one of A or B, each with P": spelled as that `allOf`, it distributes below.
        // A union whose members only add constraints (`required`) is left to the resolver.
        if !map.contains_key("allOf") && map.contains_key("properties") {
            let key = ["oneOf", "anyOf"].into_iter().find(|k| {
                map.get(*k).and_then(Value::as_array).is_some_and(|members| !members.is_empty() && members.iter().any(substantive))
            });
            if let Some(key) = key {
                if let Some(members) = map.shift_remove(key) {
                    let mut union = Map::new();
                    union.insert(key.to_owned(), members);
                    map.insert("allOf".into(), Value::Array(vec![Value::Object(union)]));
                }
            }
        }
        let Some(Value::Array(all_of)) = map.get("allOf") else { return false };
        // Every union part: one distributes, several multiply (each combination of members).
        let union_parts: Vec<(usize, (String, Vec<Value>))> = all_of.iter().enumerate().filter_map(|(i, m)| Some((i, union_part(m, unions)?))).collect();
        if union_parts.is_empty() {
            return false;
        }
        let mut others: Vec<Value> = Vec::new();
        for (i, m) in all_of.iter().enumerate() {
            // A part that only lists `required` (`{required: [name]}`) still makes those fields
            // required in every variant it is merged into: kept. Other parts without a shape
            // (a description) go.
            if union_parts.iter().any(|(u, _)| *u == i) || (!substantive(m) && !narrows(m)) {
                continue;
            }
            // `anyOf: [{required: [a]}, {required: [b]}]` beside the union: a validation rule,
            // reported once here rather than in every variant it would be copied into.
            if let Some(key) = constraint_union(m) {
                let at = child(&child(&child(pointer, "allOf"), &i.to_string()), key);
                warnings.push(Warning { pointer: at, message: format!("`{key}` of members that only add constraints is a validation rule, not a type: not checked") });
                continue;
            }
            others.push(m.clone());
        }
        let own_object = ["properties", "required", "additionalProperties"].iter().any(|k| map.contains_key(*k));
        // With nothing else to merge, a `required` list alone does not make a member of its
        // own (the resolver reads `allOf: [Cat, {required}]` as `Cat`): the `allOf` is the union.
        if others.iter().all(|o| !substantive(o)) && !own_object && union_parts.len() == 1 {
            return false;
        }
        let nullable = all_of.iter().any(|m| m.get("nullable") == Some(&Value::Bool(true)));
        let key = union_parts[0].1 .0.clone();
        let mut combinations: Vec<Vec<Value>> = vec![Vec::new()];
        let mut dropped = Vec::new();
        for (n, (i, (_, members))) in union_parts.iter().enumerate() {
            // One union distributes whatever its size; only a product of several is limited.
            if n > 0 && combinations.len() * members.len() > MAX_UNION_PRODUCT {
                dropped.push(*i);
                continue;
            }
            combinations = combinations.iter().flat_map(|c| members.iter().map(move |m| [c.clone(), vec![m.clone()]].concat())).collect();
        }
        if !dropped.is_empty() {
            let parts: Vec<String> = dropped.iter().map(|i| child(&child(pointer, "allOf"), &i.to_string())).collect();
            warnings.push(Warning {
                pointer: pointer.to_owned(),
                message: format!(
                    "the unions of this `allOf` combine into more than {MAX_UNION_PRODUCT} variants: {} left out of the variants (their properties still decode into no field)",
                    parts.join(", ")
                ),
            });
        }
        let mut parts = others;
        if own_object {
            let mut own = Map::new();
            for k in ["type", "properties", "required", "additionalProperties"] {
                if let Some(v) = map.shift_remove(k) {
                    own.insert(k.to_owned(), v);
                }
            }
            parts.push(Value::Object(own));
        } else if map.get("type").is_some_and(|t| t == "object") {
            map.shift_remove("type");
        }
        let distributed: Vec<Value> = combinations
            .into_iter()
            .map(|members| {
                let mut merged = Map::new();
                let titles: Vec<String> = members.iter().filter_map(title_of).filter_map(|t| t.as_str().map(str::to_owned)).collect();
                if titles.len() == members.len() {
                    merged.insert("title".into(), Value::String(titles.join(" and ")));
                }
                let mut all = members;
                all.extend(parts.iter().cloned());
                merged.insert("allOf".into(), Value::Array(all));
                Value::Object(merged)
            })
            .collect();
        map.shift_remove("allOf");
        map.shift_remove("discriminator");
        if nullable {
            map.insert("nullable".into(), Value::Bool(true));
        }
        map.insert(key, Value::Array(distributed));
        true
    }
    fn visit(node: &mut Value, is_schema: bool, unions: &Unions, depth: usize, pointer: &str, warnings: &mut Vec<Warning>) {
        match node {
            Value::Object(map) => {
                // A union member that is itself this schema would distribute forever.
                let depth = if is_schema && depth < 8 && rewrite(map, unions, pointer, warnings) { depth + 1 } else { depth };
                for (key, value) in map.iter_mut() {
                    let at = child(pointer, key);
                    match key.as_str() {
                        "schema" | "items" | "additionalProperties" | "not" => visit(value, true, unions, depth, &at, warnings),
                        "properties" | "schemas" if is_schema || key == "schemas" => visit_children(value, unions, depth, &at, warnings),
                        "allOf" | "oneOf" | "anyOf" if is_schema => visit_children(value, unions, depth, &at, warnings),
                        "example" | "examples" | "enum" | "default" => {}
                        _ => visit(value, false, unions, depth, &at, warnings),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().enumerate().for_each(|(i, item)| visit(item, false, unions, depth, &child(pointer, &i.to_string()), warnings)),
            _ => {}
        }
    }
    fn visit_children(node: &mut Value, unions: &Unions, depth: usize, pointer: &str, warnings: &mut Vec<Warning>) {
        match node {
            Value::Object(map) => map.iter_mut().for_each(|(k, v)| visit(v, true, unions, depth, &child(pointer, k), warnings)),
            Value::Array(items) => items.iter_mut().enumerate().for_each(|(i, v)| visit(v, true, unions, depth, &child(pointer, &i.to_string()), warnings)),
            _ => {}
        }
    }
    fn union_components(doc: &Value) -> Unions {
        doc.pointer("/components/schemas")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
            .filter_map(|(name, s)| Some((format!("#/components/schemas/{}", escape_pointer_segment(name)), union_of(s.as_object()?)?)))
            .collect()
    }
    // A component that is an `allOf` over a union becomes a union itself once distributed, and
    // an `allOf` over *that* component (`OwnedPet: allOf: [NamedPet, ...]`, `NamedPet: allOf:
    // [Pet, ...]`) distributes in the next pass: passes repeat while they make new union
    // components (a chain is short; 8 passes at most). A rewritten node is stable, so a pass
    // again over it changes nothing; its warnings are kept once.
    let mut warnings: Vec<Warning> = Vec::new();
    let mut known = None;
    for _ in 0..8 {
        let unions = union_components(doc);
        if known == Some(unions.len()) {
            break;
        }
        known = Some(unions.len());
        let mut pass = Vec::new();
        visit(doc, false, &unions, 0, "#", &mut pass);
        for warning in pass {
            if !warnings.iter().any(|w| w.pointer == warning.pointer && w.message == warning.message) {
                warnings.push(warning);
            }
        }
    }
    warnings
}

/// `$ref`s into the middle of a schema (`#/components/schemas/Tag/allOf/0`) or to the schema of
/// a parameter, body or response (`#/components/parameters/Kind/schema`) are valid JSON References the resolver does not follow: each target
/// becomes a component schema of its own (named after its path, made unique) and the `$ref`s
/// point there. Deterministic: targets in sorted order.
fn hoist_nested_schema_refs(doc: &mut Value) {
    /// `in_schema`: the node is a schema (or inside one), so its `$ref` names a schema.
    fn collect(node: &Value, in_schema: bool, out: &mut std::collections::BTreeSet<String>) {
        match node {
            Value::Object(map) => {
                if let Some(Value::String(r)) = map.get("$ref") {
                    let nested_component = r.strip_prefix("#/components/schemas/").is_some_and(|rest| rest.contains('/'));
                    let inline_schema = r.starts_with("#/") && r.split('/').any(|s| s == "schema");
                    // A schema kept outside `components` (`#/definitions/Pet`, `#/x-schemas/Pet`).
                    let elsewhere = in_schema && r.starts_with("#/") && !r.starts_with("#/components/") && !r.starts_with("#/paths/");
                    if nested_component || inline_schema || elsewhere {
                        out.insert(r.clone());
                    }
                }
                for (key, value) in map {
                    // The keys of `properties` are names, whatever they spell (`default`, `enum`).
                    if in_schema && matches!(key.as_str(), "properties" | "patternProperties") {
                        if let Value::Object(properties) = value {
                            properties.values().for_each(|v| collect(v, true, out));
                            continue;
                        }
                    }
                    let data = in_schema && matches!(key.as_str(), "example" | "examples" | "default" | "enum" | "const");
                    // Where schemas live: a `schema`, `components/schemas`, and the places
                    // Swagger 2 and JSON Schema keep them (`definitions`, `$defs`).
                    let schema = !data && (in_schema || matches!(key.as_str(), "schema" | "schemas" | "definitions" | "$defs"));
                    collect(value, schema, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|v| collect(v, in_schema, out)),
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
    collect(doc, false, &mut refs);
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
        let path = r
            .trim_start_matches("#/components/schemas/")
            .trim_start_matches("#/components/")
            .trim_start_matches("#/paths/")
            .trim_start_matches("#/definitions/")
            .trim_start_matches("#/$defs/")
            .trim_start_matches("#/");
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
    load_tree_reporting(file, text, overlays).map(|(doc, _)| doc)
}

/// [`load_tree`], with the overlay actions that changed nothing (each a warning naming the
/// overlay file and the action: the spec now contains the fix itself).
pub fn load_tree_reporting(file: &str, text: &str, overlays: &[Overlay]) -> Result<(Value, Vec<Warning>), GenError> {
    let mut doc = parse_yaml(file, text)?;
    let mut redundant = Vec::new();
    for overlay in overlays {
        redundant.extend(apply_overlay(&mut doc, overlay)?);
    }
    Ok((doc, redundant))
}

/// Reads a spec from text, applies overlays in order, and parses it as OpenAPI 3.0 (a 3.1
/// document is first brought down to its 3.0 meaning: see [`crate::openapi31`]).
pub fn load_spec(file: &str, text: &str, overlays: &[Overlay]) -> Result<openapiv3::OpenAPI, GenError> {
    load_spec_reporting(file, text, overlays).map(|(spec, _)| spec)
}

/// [`load_spec`], with what the 3.1 conversion could not keep (each with its JSON pointer).
pub fn load_spec_reporting(file: &str, text: &str, overlays: &[Overlay]) -> Result<(openapiv3::OpenAPI, Vec<Warning>), GenError> {
    let (mut doc, mut warnings) = load_tree_reporting(file, text, overlays)?;
    let version = match doc.get("openapi").and_then(Value::as_str) {
        Some(version) if version.starts_with("3.0") => "3.0",
        Some(version) if crate::openapi31::is_31(version) => "3.1",
        Some(version) => {
            return Err(GenError::new(file, "#/openapi", format!("unsupported OpenAPI version {version:?} (3.0.x and 3.1.x are supported)")))
        }
        None if doc.get("swagger").is_some() => {
            return Err(GenError::new(
                file,
                "#/swagger",
                "OpenAPI 2.0 (Swagger) is not supported: convert the document to OpenAPI 3.0 first (e.g. with swagger2openapi)",
            ))
        }
        None => return Err(GenError::new(file, "#/openapi", "missing `openapi` version field: not an OpenAPI document")),
    };
    if version == "3.1" {
        warnings.extend(crate::openapi31::downgrade(&mut doc));
    }
    crate::openapi31::resolve_path_item_refs(&mut doc);
    warnings.extend(crate::repair::repair(&mut doc));
    warnings.extend(normalize(&mut doc));
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(&doc) {
        Ok(spec) => Ok((spec, warnings)),
        Err(e) => {
            // `openapiv3` flattens some maps, which hides the failing node's path;
            // deserialising the members of those maps one by one finds it.
            let (pointer, message) = locate_in_maps(&doc).unwrap_or_else(|| (path_to_pointer(e.path()), e.inner().to_string()));
            let what = if version == "3.1" { "not a valid OpenAPI 3.1 node (once brought down to 3.0)" } else { "not a valid OpenAPI 3.0 node" };
            Err(GenError::new(file, pointer, format!("{what}: {message}")))
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

#[cfg(test)]
mod tests {
    use super::parse_yaml;

    #[test]
    fn integers_beyond_64_bits_are_floats() {
        let doc = parse_yaml("a.yml", "min: -9223372036854776000\nmax: 18446744073709551616\nsmall: -3\nbig: 18446744073709551615\n").unwrap();
        assert_eq!(doc["min"].as_f64(), Some(-9223372036854775808.0));
        assert_eq!(doc["max"].as_f64(), Some(18446744073709551616.0));
        assert_eq!(doc["small"].as_i64(), Some(-3));
        assert_eq!(doc["big"].as_u64(), Some(u64::MAX));
    }

    #[test]
    fn keys_tags_and_duplicates() {
        let doc = parse_yaml("a.yml", "200: {a: !tag 1}\ntrue: [~, 1.5]\n").unwrap();
        assert_eq!(doc, serde_json::json!({"200": {"a": 1}, "true": [null, 1.5]}));
        let e = parse_yaml("a.yml", "a: 1\na: 2\n").unwrap_err();
        assert!(e.message.contains("duplicate entry"), "{e}");
        let e = parse_yaml("a.yml", "[1, 2]: x\n").unwrap_err();
        assert!(e.message.contains("unsupported mapping key"), "{e}");
        let e = parse_yaml("a.yml", "a: .nan\n").unwrap_err();
        assert_eq!(e.pointer, "#/a");
    }
}
