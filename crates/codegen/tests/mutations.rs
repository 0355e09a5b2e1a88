//! No input makes the generator panic or write Rust that does not parse. Real-looking specs (the
//! fixtures) are mutated at random: required keys dropped, `$ref`s left dangling or pointed at
//! themselves, `allOf` cycles, types swapped, maps and lists emptied, names made huge or odd.
//! Each mutant must either generate (every Rust file parsed by `syn`) or fail with an error
//! naming the spec and a JSON pointer.

use proptest::prelude::*;
use serde_json::{json, Value};

const SEEDS: &[&str] = &[
    include_str!("fixtures/mini.yml"),
    include_str!("../../../tests/fixtures/names-and-shapes.yml"),
    include_str!("../../../tests/fixtures/query-param-shapes.yml"),
    include_str!("../../../tests/fixtures/openapi31-rules.yml"),
    include_str!("../../../tests/fixtures/same-api-31.yml"),
    // Spec mistakes and constructs of large real specs, read with warnings.
    include_str!("../../../tests/fixtures/allof-several-unions.yml"),
    include_str!("../../../tests/fixtures/content-parameters.yml"),
    include_str!("../../../tests/fixtures/reference-mistakes.yml"),
    include_str!("../../../tests/fixtures/enum-mistakes.yml"),
    include_str!("../../../tests/fixtures/path-shapes.yml"),
    include_str!("../../../tests/fixtures/security-http-schemes.yml"),
    include_str!("../../../tests/fixtures/discriminator-mappings.yml"),
    include_str!("../../../tests/fixtures/schema-spellings.yml"),
    include_str!("../../../tests/fixtures/untyped-query-values.yml"),
    include_str!("../../../tests/fixtures/event-streams.yml"),
    include_str!("../../../tests/fixtures/doc-text.yml"),
    include_str!("../../../tests/fixtures/generator-spellings.yml"),
    include_str!("../../../tests/fixtures/multipart-lists.yml"),
    include_str!("../../../tests/fixtures/allof-over-union.yml"),
    include_str!("../../../tests/fixtures/several-success-bodies.yml"),
    include_str!("../../../tests/fixtures/large-group.yml"),
    include_str!("../../../tests/fixtures/allof-chain-over-union.yml"),
];

/// A seed as a JSON tree (the loader's own YAML reading: seeds hold integers beyond 64 bits).
fn seed_tree(seed: &str) -> Value {
    sdkgen_codegen::load::parse_yaml("seed.yml", seed).expect("seed parses")
}

const ODD_NAMES: &[&str] = &["", "type", "Self", "self", "123abc", "💥 ünïcode", "a/b~c", "with space", "__proto__", "r#raw", "Client", "Error", "Result"];

/// Every path (as keys/indices) to a node of `v`.
fn paths(v: &Value, here: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(json!(k));
                paths(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(json!(i));
                paths(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn node<'a>(root: &'a mut Value, path: &[Value]) -> Option<&'a mut Value> {
    let mut v = root;
    for step in path {
        v = match step {
            Value::String(k) => v.get_mut(k.as_str())?,
            Value::Number(i) => v.get_mut(i.as_u64()? as usize)?,
            _ => return None,
        };
    }
    Some(v)
}

/// Applies mutation `kind` at the node `path` (its parent for removals and renames).
fn mutate(root: &mut Value, path: &[Value], kind: u8, pick: usize) {
    let schema_names: Vec<String> =
        root.pointer("/components/schemas").and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default();
    let some_schema = schema_names.get(pick % schema_names.len().max(1)).cloned().unwrap_or_else(|| "Nope".into());
    let Some((last, parent_path)) = path.split_last() else { return };
    match kind % 11 {
        // Drop the node from its parent (a required key, a list item).
        0 => match (node(root, parent_path), last) {
            (Some(Value::Object(map)), Value::String(k)) => {
                map.shift_remove(k);
            }
            (Some(Value::Array(items)), Value::Number(i)) => {
                let i = i.as_u64().unwrap_or(0) as usize;
                if i < items.len() {
                    items.remove(i);
                }
            }
            _ => {}
        },
        // A dangling `$ref`.
        1 => {
            if let Some(v) = node(root, path) {
                *v = json!({"$ref": "#/components/schemas/DoesNotExist"});
            }
        }
        // A `$ref` to some schema (possibly the one it is in: a cycle).
        2 => {
            if let Some(v) = node(root, path) {
                *v = json!({"$ref": format!("#/components/schemas/{some_schema}")});
            }
        }
        // An `allOf` cycle through that schema.
        3 => {
            if let Some(v) = node(root, path) {
                *v = json!({"allOf": [{"$ref": format!("#/components/schemas/{some_schema}")}, {"type": "object"}]});
            }
        }
        // Swap the type of a value.
        4 => {
            if let Some(v) = node(root, path) {
                *v = match v {
                    Value::String(_) => json!(42),
                    Value::Number(_) => json!("forty-two"),
                    Value::Bool(b) => json!(if *b { "yes" } else { "no" }),
                    Value::Array(_) => json!({"not": "a list"}),
                    Value::Object(_) => json!(["not", "a", "map"]),
                    Value::Null => json!({}),
                };
            }
        }
        // Empty a map or a list.
        5 => match node(root, path) {
            Some(Value::Object(map)) => map.clear(),
            Some(Value::Array(items)) => items.clear(),
            _ => {}
        },
        // Rename a key to an odd or huge name.
        6 => {
            let name = if pick % 5 == 0 { "x".repeat(5000) } else { ODD_NAMES[pick % ODD_NAMES.len()].to_owned() };
            if let (Some(Value::Object(map)), Value::String(k)) = (node(root, parent_path), last) {
                if let Some(v) = map.shift_remove(k) {
                    map.insert(name, v);
                }
            }
        }
        // OpenAPI 3.1 shapes: a `type` list, a boolean schema, a JSON Schema keyword.
        8 => {
            if let Some(Value::Object(map)) = node(root, path) {
                let lists = [json!(["string", "null"]), json!([]), json!(["null"]), json!(["object", "array", "integer"]), json!([1, null]), json!("null")];
                map.insert("type".into(), lists[pick % lists.len()].clone());
            }
        }
        9 => {
            if let Some(v) = node(root, path) {
                *v = json!(pick % 2 == 0);
            }
        }
        10 => {
            if let Some(Value::Object(map)) = node(root, path) {
                let keywords = [
                    ("const", json!("x")),
                    ("const", json!(null)),
                    ("prefixItems", json!([{"type": "string"}, true])),
                    ("$dynamicRef", json!("#node")),
                    ("$dynamicAnchor", json!("node")),
                    ("if", json!({"required": ["a"]})),
                    ("examples", json!("not a list")),
                    ("exclusiveMinimum", json!(3)),
                    ("contentMediaType", json!("image/png")),
                    ("patternProperties", json!({"^a": {"type": "string"}, "^b": false})),
                    ("oneOf", json!([{"type": "null"}, {"$ref": format!("#/components/schemas/{some_schema}")}])),
                    ("anyOf", json!([{"type": "null"}])),
                    ("$ref", json!("#/$defs/Nope")),
                    ("$defs", json!({"X": {"type": "string"}})),
                ];
                let (key, value) = &keywords[pick % keywords.len()];
                map.insert((*key).into(), value.clone());
            }
        }
        // `type` set to something else.
        _ => {
            if let Some(Value::Object(map)) = node(root, path) {
                let types = ["string", "integer", "number", "boolean", "array", "object", "null", "file"];
                map.insert("type".into(), json!(types[pick % types.len()]));
            }
        }
    }
}

fn check(text: &str) -> Result<(), String> {
    let crate_spec = sdkgen_codegen::CrateSpec::new("mutant", "mutant.yml");
    let templates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
    match sdkgen_codegen::generate(&crate_spec, text, &[], &templates) {
        Ok(_) => Ok(()),
        // A spec problem: named by file and pointer.
        Err(e) if e.file == "mutant.yml" && e.pointer.starts_with('#') => Ok(()),
        // Anything else (a template rendering Rust that does not parse) is the generator's bug.
        Err(e) => Err(e.to_string()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 600, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_mutant_spec_panics_or_makes_invalid_rust(
        seed in 0..SEEDS.len(),
        mutations in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), any::<usize>()), 1..4),
    ) {
        let mut spec = seed_tree(SEEDS[seed]);
        for (at, kind, pick) in mutations {
            let mut all = Vec::new();
            paths(&spec, &mut Vec::new(), &mut all);
            let path = all[at.index(all.len())].clone();
            mutate(&mut spec, &path, kind, pick);
        }
        let text = serde_json::to_string_pretty(&spec).expect("JSON");
        // A stack overflow aborts the process before proptest can report the case:
        // `MUTANT_DUMP=path` keeps the last mutant tried.
        if let Some(dump) = std::env::var_os("MUTANT_DUMP") {
            std::fs::write(dump, &text).expect("writing MUTANT_DUMP");
        }
        if let Err(e) = check(&text) {
            prop_assert!(false, "{e}\nspec:\n{text}");
        }
    }
}

#[test]
fn every_seed_generates() {
    for seed in SEEDS {
        check(seed).expect("seed generates");
        let spec = seed_tree(seed);
        check(&serde_json::to_string(&spec).unwrap()).expect("JSON spelling generates");
    }
}

/// Mutants that generate are also compiled: this writes a few (the same every run: a fixed
/// pseudo-random sequence) to `target/mutant-samples/`, and `cargo xtask fixtures` builds, lints
/// and documents them like the fixtures.
#[test]
fn sample_mutants_for_the_build_check() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/mutant-samples");
    std::fs::create_dir_all(&dir).expect("creating target/mutant-samples");
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = || {
        // xorshift64: a fixed sequence, so the samples are the same on every machine.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut written = 0;
    for attempt in 0..200 {
        if written == 3 {
            break;
        }
        let seed = SEEDS[attempt % SEEDS.len()];
        let mut spec = seed_tree(seed);
        for _ in 0..2 {
            let mut all = Vec::new();
            paths(&spec, &mut Vec::new(), &mut all);
            let path = all[(next() as usize) % all.len()].clone();
            mutate(&mut spec, &path, next() as u8, next() as usize);
        }
        let text = serde_json::to_string_pretty(&spec).expect("JSON");
        let crate_spec = sdkgen_codegen::CrateSpec::new("mutant", "mutant.json");
        let templates = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates");
        if sdkgen_codegen::generate(&crate_spec, &text, &[], &templates).is_ok() {
            std::fs::write(dir.join(format!("mutant-{written}.json")), &text).expect("writing a sample");
            written += 1;
        }
    }
    assert_eq!(written, 3, "three mutants that generate");
}
