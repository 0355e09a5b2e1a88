//! OpenAPI 3.1 specs generate the same crates as their 3.0 spelling, and each 3.1 rule holds at the
//! level of the Rust types (the JSON-tree rewrites themselves are unit-tested in `src/openapi31.rs`).

mod common;

use std::path::Path;

use common::{field_ty, ty};
use sdkgen_codegen::ir::TypeKind;
use sdkgen_codegen::{CrateOptions, CrateSpec};

fn render(file: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join("tests/fixtures").join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let crate_spec = CrateSpec::new("pet-store", file);
    let api = sdkgen_codegen::build_ir(&crate_spec, &text, &[]).unwrap_or_else(|e| panic!("{e}"));
    assert!(api.warnings.is_empty(), "{file}: {:?}", api.warnings);
    let options = CrateOptions { runtime_dependency: "version = \"0.1\"".into(), standalone: true, ..CrateOptions::default() };
    let files = sdkgen_codegen::render_with(&api, &root.join("templates"), &options).unwrap_or_else(|e| panic!("{e}"));
    // Only the spec's file name may differ.
    files.into_iter().map(|f| (f.path, f.contents.replace(file, "SPEC"))).collect()
}

#[test]
fn the_31_spelling_of_an_api_generates_the_same_rust_as_its_30_spelling() {
    let v30 = render("same-api-30.yml");
    let v31 = render("same-api-31.yml");
    assert_eq!(v30.iter().map(|(p, _)| p).collect::<Vec<_>>(), v31.iter().map(|(p, _)| p).collect::<Vec<_>>());
    for ((path, a), (_, b)) in v30.iter().zip(&v31) {
        if a != b {
            let line = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(0);
            panic!("{path} differs at line {}:\n3.0: {:?}\n3.1: {:?}", line + 1, a.lines().nth(line), b.lines().nth(line));
        }
    }
    // And the types are the ones the rules promise.
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/same-api-31.yml")).unwrap();
    let api = common::ir(&text);
    assert_eq!(field_ty(&api, "Pet", "tag"), "Option<String>");
    assert_eq!(field_ty(&api, "Pet", "owner"), "Option<Owner>");
    assert_eq!(field_ty(&api, "Pet", "nicknames"), "Option<Vec<String>>");
    assert_eq!(field_ty(&api, "Pet", "photo"), "Option<String>");
    let TypeKind::Union { tag, .. } = &ty(&api, "Animal").kind else { panic!("Animal is not a union") };
    assert_eq!(tag.as_deref(), Some("kind"), "`const` members are dispatched on");
    let TypeKind::Enum { default, .. } = &ty(&api, "CatKind").kind else { panic!("CatKind is not an enum") };
    assert!(default.is_some(), "a `const` is a marker");
}

const SPEC_31: &str = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n";

fn schemas_31(block: &str) -> String {
    let indented: String = block.lines().map(|l| format!("    {l}\n")).collect();
    format!("{SPEC_31}components:\n  schemas:\n{indented}")
}

#[test]
fn type_lists_of_several_types_are_unions() {
    let api = common::ir(&schemas_31("T:\n  type: object\n  required: [id]\n  properties:\n    id: {type: [string, integer]}\n    n: {type: [string, integer, 'null']}"));
    assert_eq!(field_ty(&api, "T", "id"), "TId");
    assert_eq!(field_ty(&api, "T", "n"), "Option<Tn>");
    let TypeKind::Union { variants, .. } = &ty(&api, "TId").kind else { panic!() };
    let types: Vec<&str> = variants.iter().map(|v| v.ty.as_str()).collect();
    assert_eq!(types, ["String", "i64"]);
}

#[test]
fn null_alone_and_boolean_schemas_are_any_json() {
    let api = common::ir(&schemas_31("T:\n  type: object\n  required: [a, b, c]\n  properties:\n    a: {type: 'null'}\n    b: true\n    c: {}\n    d: {type: array}"));
    assert_eq!(field_ty(&api, "T", "a"), "Option<serde_json::Value>");
    assert_eq!(field_ty(&api, "T", "b"), "serde_json::Value");
    assert_eq!(field_ty(&api, "T", "c"), "serde_json::Value");
    assert_eq!(field_ty(&api, "T", "d"), "Option<Vec<serde_json::Value>>");
}

#[test]
fn constructs_without_30_meaning_are_warnings_with_pointers_and_fallbacks() {
    let api = common::ir(&schemas_31(
        "T:\n  type: object\n  properties:\n    a:\n      type: object\n      properties: {x: {type: string}}\n      if: {required: [x]}\n      then: {required: [y]}\n      unevaluatedProperties: false\n    t: {type: array, prefixItems: [{type: string}, {type: integer}]}\n    d: {$dynamicRef: '#meta'}\n    f: false",
    ));
    assert_eq!(field_ty(&api, "T", "t"), "Option<Vec<serde_json::Value>>");
    assert_eq!(field_ty(&api, "T", "d"), "Option<serde_json::Value>");
    let warnings: Vec<(&str, &str)> = api.warnings.iter().map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    let pointers: Vec<&str> = warnings.iter().map(|w| w.0).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/T/properties/f",
            "#/components/schemas/T/properties/a/if",
            "#/components/schemas/T/properties/a/unevaluatedProperties",
            "#/components/schemas/T/properties/t/prefixItems",
            "#/components/schemas/T/properties/d/$dynamicRef",
        ]
    );
    assert!(warnings[1].1.contains("ignored"), "{warnings:?}");
    assert!(warnings[3].1.contains("serde_json::Value"), "{warnings:?}");
}

#[test]
fn paths_may_be_absent_and_webhooks_are_reported() {
    let api = common::ir(&format!(
        "{SPEC_31}webhooks:\n  petAdded:\n    post:\n      requestBody: {{content: {{application/json: {{schema: {{type: object}}}}}}}}\ncomponents:\n  schemas:\n    Pet: {{type: object, properties: {{name: {{type: string}}}}}}\n"
    ));
    assert!(api.groups.is_empty());
    assert_eq!(api.warnings.len(), 1);
    assert_eq!(api.warnings[0].pointer, "#/webhooks/petAdded");
    ty(&api, "Pet");
}

#[test]
fn defs_and_path_item_refs_are_followed() {
    let spec = format!(
        "{SPEC_31}paths:\n  /pets:\n    $ref: '#/components/pathItems/Pets'\ncomponents:\n  pathItems:\n    Pets:\n      get:\n        operationId: listPets\n        responses:\n          '200':\n            description: ok\n            content:\n              application/json:\n                schema: {{$ref: '#/components/schemas/List/$defs/Page'}}\n  schemas:\n    List:\n      type: object\n      properties:\n        first: {{$ref: '#/$defs/Item'}}\n      $defs:\n        Page:\n          type: object\n          properties:\n            items: {{type: array, items: {{$ref: '#/$defs/Item'}}}}\n$defs:\n  Item: {{type: object, properties: {{id: {{type: string}}}}}}\n"
    );
    let api = common::ir(&spec);
    assert!(api.warnings.is_empty(), "{:?}", api.warnings);
    assert_eq!(api.groups.iter().map(|g| g.operations.len()).sum::<usize>(), 1);
    assert_eq!(field_ty(&api, "List", "first"), "Option<Item>");
    assert_eq!(field_ty(&api, "ListDefsPage", "items"), "Option<Vec<Item>>");
}

#[test]
fn an_all_of_with_a_union_member_is_a_union_of_merged_members() {
    let api = common::ir(&schemas_31(
        "A:\n  type: object\n  required: [type]\n  properties: {type: {const: a}, a: {type: string}}\nB:\n  type: object\n  required: [type]\n  properties: {type: {const: b}, b: {type: integer}}\nAorB:\n  anyOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]\n  discriminator: {propertyName: type}\nEvent:\n  allOf:\n    - $ref: '#/components/schemas/AorB'\n    - type: object\n      properties: {stream_id: {type: string}}",
    ));
    let TypeKind::Union { variants, tag, .. } = &ty(&api, "Event").kind else { panic!("Event is not a union") };
    assert_eq!(tag.as_deref(), Some("type"));
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["A", "B"]);
    assert_eq!(field_ty(&api, &variants[0].ty, "stream_id"), "Option<String>");
    assert_eq!(field_ty(&api, &variants[1].ty, "b"), "Option<i64>");
}

#[test]
fn yaml_integers_beyond_64_bits_load() {
    let api = common::ir(&schemas_31("T:\n  type: object\n  properties:\n    seed: {type: integer, minimum: -9223372036854776000, maximum: 9223372036854776000}"));
    assert_eq!(field_ty(&api, "T", "seed"), "Option<i64>");
}

#[test]
fn a_union_member_that_is_a_ref_with_siblings_is_named_after_its_target() {
    let api = common::ir(&schemas_31(
        "A:\n  type: object\n  properties: {type: {const: a}}\nB:\n  type: object\n  properties: {type: {const: b}}\nU:\n  oneOf:\n    - {$ref: '#/components/schemas/A', description: The first.}\n    - {$ref: '#/components/schemas/B', description: The second.}",
    ));
    let TypeKind::Union { variants, .. } = &ty(&api, "U").kind else { panic!("U is not a union") };
    let names: Vec<(&str, &str)> = variants.iter().map(|v| (v.name.as_str(), v.ty.as_str())).collect();
    assert_eq!(names, [("A", "A"), ("B", "B")]);
}

#[test]
fn an_all_of_over_a_union_is_distributed_in_30_too() {
    let api = common::ir(&common::schemas(
        "A:\n  type: object\n  properties: {type: {type: string, enum: [a]}}\nB:\n  type: object\n  properties: {type: {type: string, enum: [b]}}\nE:\n  anyOf:\n    - {$ref: '#/components/schemas/A'}\n    - {description: Second., allOf: [{$ref: '#/components/schemas/B'}]}\nS:\n  allOf:\n    - $ref: '#/components/schemas/E'\n    - {type: object, properties: {stream_id: {type: string}}}\nN:\n  nullable: true\n  allOf: [{$ref: '#/components/schemas/E'}]",
    ));
    let TypeKind::Union { variants, tag, .. } = &ty(&api, "S").kind else { panic!("S is not a union") };
    assert_eq!(tag.as_deref(), Some("type"));
    assert_eq!(variants.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(), ["A", "B"]);
    // `allOf: [union]` alone is the union itself, as before.
    assert!(matches!(&ty(&api, "N").kind, TypeKind::Alias { ty } if ty == "E"), "{:?}", ty(&api, "N").kind);
}

#[test]
fn exclusive_bounds_are_kept_in_the_field_docs() {
    let api = common::ir(&schemas_31("Page:\n  type: object\n  properties:\n    size: {type: integer, exclusiveMinimum: 0, maximum: 100}\n    ratio: {type: number, exclusiveMaximum: 1.5}"));
    let TypeKind::Struct { fields, .. } = &ty(&api, "Page").kind else { panic!("Page is not a struct") };
    let doc = |name: &str| fields.iter().find(|f| f.json_name == name).map(|f| f.doc.join("\n")).unwrap_or_default();
    assert_eq!(doc("size").trim(), "Minimum: `0` (exclusive). Maximum: `100`.");
    assert_eq!(doc("ratio").trim(), "Maximum: `1.5` (exclusive).");
}
