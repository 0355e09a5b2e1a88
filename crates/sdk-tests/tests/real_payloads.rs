//! Real bodies Clerk's Frontend API servers sent (`crates/payloads/data`, see its README and
//! `INDEX.tsv`) decode into the generated types and encode back without losing or changing
//! any field the spec knows.
//!
//! The type for each row is found the way a user would: by searching the generated docs for
//! the spec location the index names. The spec (with `spec/overlays/` applied) is read
//! independently of the generator to tell fields it lists from fields it doesn't.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

const SPEC: &str = "spec/clerk-frontend-api.yml";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The spec with overlays applied, as plain JSON.
struct Spec(Value);

impl Spec {
    fn load() -> Spec {
        let text = std::fs::read_to_string(root().join(SPEC)).expect("spec");
        let overlays = sdkgen_codegen::overlay::overlays_for(&root().join("spec/overlays"), "spec/overlays", SPEC).expect("overlays");
        Spec(sdkgen_codegen::load::load_tree(SPEC, &text, &overlays).expect("spec loads"))
    }

    fn at(&self, pointer: &str) -> &Value {
        self.0.pointer(pointer.trim_start_matches('#')).unwrap_or_else(|| panic!("no {pointer} in the spec"))
    }

    fn deref<'a>(&'a self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(r) => self.deref(self.at(r)),
            None => schema,
        }
    }

    /// The schemas `key` (a property name, or an array index) can have under `schema`,
    /// through `allOf`, `oneOf` and `anyOf`. Empty when the spec does not list it.
    fn children<'a>(&'a self, schema: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
        let schema = self.deref(schema);
        for combinator in ["allOf", "oneOf", "anyOf"] {
            for member in schema.get(combinator).and_then(Value::as_array).into_iter().flatten() {
                self.children(member, key, out);
            }
        }
        if let Some(property) = schema.get("properties").and_then(|p| p.get(key)) {
            out.push(property);
        }
        if let Some(items) = schema.get("items") {
            if key.parse::<usize>().is_ok() {
                out.push(items);
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Bool(true)) => out.push(&Value::Null),
            Some(extra @ Value::Object(_)) => out.push(extra),
            _ => {}
        }
    }

    /// Whether the spec lists the field at `path` (JSON pointer) below `schema`.
    fn knows(&self, schema: &Value, path: &str) -> bool {
        let mut current = vec![schema];
        for key in path.split('/').skip(1) {
            let mut next = Vec::new();
            for s in &current {
                // `Null` stands for "any value": everything below is listed.
                if s.is_null() {
                    return true;
                }
                self.children(s, key, &mut next);
            }
            if next.is_empty() {
                return false;
            }
            current = next;
        }
        true
    }

    fn body_schema(&self, pointer: &str) -> &Value {
        let node = self.at(pointer);
        if pointer.starts_with("#/components/responses/") {
            node.pointer("/content/application~1json/schema").unwrap_or_else(|| panic!("{pointer} has no JSON body"))
        } else {
            node
        }
    }
}

/// Differences between the original body and the re-encoded one: `dropped` are non-null
/// fields that did not come back; `problems` are fields that changed or appeared.
fn diff(original: &Value, back: &Value, path: &str, dropped: &mut Vec<String>, problems: &mut Vec<String>) {
    match (original, back) {
        (Value::Object(a), Value::Object(b)) => {
            for (key, value) in a {
                let p = format!("{path}/{key}");
                match b.get(key) {
                    Some(v) => diff(value, v, &p, dropped, problems),
                    // `null` and absent mean the same for an optional field.
                    None if value.is_null() => {}
                    None => dropped.push(p),
                }
            }
            for (key, value) in b {
                if !a.contains_key(key) && !value.is_null() {
                    problems.push(format!("{path}/{key} appeared: {value}"));
                }
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                diff(x, y, &format!("{path}/{i}"), dropped, problems);
            }
        }
        (Value::Number(a), Value::Number(b)) if a.as_f64() == b.as_f64() => {}
        (a, b) if a == b => {}
        (a, b) => problems.push(format!("{path} changed: {a} -> {b}")),
    }
}

fn excerpt_around(text: &str, needle: &str) -> String {
    let at = text.find(needle).unwrap_or(0);
    let start = text[..at].char_indices().rev().nth(80).map_or(0, |(i, _)| i);
    text[start..].chars().take(240).collect()
}

/// `Unknown("value")` (or `Unknown2(..)`) in a `Debug` text: string enum values the spec does not list.
fn unknown_enum_values(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = debug;
    while let Some(at) = rest.find("Unknown") {
        rest = &rest[at + "Unknown".len()..];
        let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        if let Some(value) = digits.strip_prefix("(\"") {
            out.push(value.split('"').next().unwrap_or_default().to_owned());
        }
    }
    out
}

fn under_artifact(path: &str, artifacts: &BTreeSet<String>) -> bool {
    artifacts.iter().any(|a| path == a || path.starts_with(&format!("{a}/")))
}

#[test]
fn every_real_payload_decodes_and_keeps_every_field_the_spec_knows() {
    let spec = Spec::load();
    let corpus = clerk_payloads::corpus().expect("the corpus loads");
    let mut files: Vec<String> = std::fs::read_dir(clerk_payloads::data_dir())
        .expect("payload dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".json"))
        .collect();
    files.sort();
    let mut indexed: Vec<String> = corpus.iter().map(|p| p.row.file.clone()).collect();
    indexed.sort();
    assert_eq!(files, indexed, "every payload has exactly one index row");
    assert!(!corpus.is_empty());
    let mut failures = Vec::new();
    let mut unlisted = BTreeSet::new();
    let mut unknown_values = BTreeSet::new();
    for payload in &corpus {
        let (row, type_name) = (&payload.row, &payload.type_name);
        let (back, debug) = match clerk_payloads::roundtrip_as(type_name, &payload.bytes) {
            None => {
                failures.push(format!("{}: add {type_name} (for {}) to clerk_payloads' types_table!", row.file, row.schema));
                continue;
            }
            Some(Err(e)) => {
                failures.push(format!("{} as {type_name}: {e}", row.file));
                continue;
            }
            Some(Ok(decoded)) => (decoded.back, decoded.debug),
        };
        // A `oneOf` whose tag names no member falls back to raw JSON: the spec misses a variant.
        if debug.contains("(Object {") {
            failures.push(format!("{} as {type_name}: a union kept an object as raw JSON: {}", row.file, excerpt_around(&debug, "(Object {")));
        }
        for value in unknown_enum_values(&debug) {
            unknown_values.insert(format!("{}: {value}", row.schema));
        }
        let original = &payload.json;
        let (mut dropped, mut problems) = (Vec::new(), Vec::new());
        diff(original, &back, "", &mut dropped, &mut problems);
        let schema = spec.body_schema(&row.schema);
        for path in dropped {
            if under_artifact(&path, &row.artifacts) {
                continue;
            }
            if spec.knows(schema, &path) {
                problems.push(format!("{path} is in the spec but was lost"));
            } else {
                unlisted.insert(format!("{}: {path}", row.schema));
            }
        }
        problems.retain(|p| !under_artifact(p.split(' ').next().unwrap_or_default(), &row.artifacts));
        failures.extend(problems.into_iter().map(|p| format!("{} as {type_name}: {p}", row.file)));
    }
    // Fields servers send that the spec does not list are dropped by design; show them.
    for field in &unlisted {
        println!("not in the spec, dropped: {field}");
    }
    // Enum values servers send that the spec does not list are kept, by design; show them.
    for value in &unknown_values {
        println!("enum value not in the spec, kept: {value}");
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_diff_sees_lost_changed_and_added_fields() {
    let original = serde_json::json!({"a": 1, "b": {"c": "x", "d": null}, "e": [1, 2], "f": 2});
    let back = serde_json::json!({"a": 1.0, "b": {"c": "y"}, "e": [1, 2], "g": true});
    let (mut dropped, mut problems) = (Vec::new(), Vec::new());
    diff(&original, &back, "", &mut dropped, &mut problems);
    assert_eq!(dropped, ["/f"]);
    assert_eq!(problems, ["/b/c changed: \"x\" -> \"y\"", "/g appeared: true"]);
}

#[test]
fn the_spec_walker_follows_refs_and_combinators() {
    let spec = Spec::load();
    let sign_in = spec.body_schema("#/components/responses/Client.SignIn");
    assert!(spec.knows(sign_in, "/response/status"));
    assert!(spec.knows(sign_in, "/client/sessions/0/user/email_addresses/0/verification/strategy"));
    assert!(!spec.knows(sign_in, "/response/no_such_field"));
}
