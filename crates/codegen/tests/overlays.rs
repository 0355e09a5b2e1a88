//! Overlays: `update` and `remove` actions change the spec before resolution; a malformed
//! overlay or a target that matches nothing is an error naming the overlay file and action; an
//! action that changes nothing (the spec contains its fix) is a warning naming them.

mod common;

use common::{crate_spec, field_ty, schemas, ty};
use sdkgen_codegen::ir::TypeKind;
use sdkgen_codegen::Overlay;

const SPEC: &str = "T:\n  type: object\n  properties:\n    a: {type: string}\n    b: {type: string, enum: [x, y]}\n  required: [a, b]";

fn overlay(actions: &str) -> Result<Overlay, sdkgen_codegen::GenError> {
    Overlay::parse("spec/overlays/10-test.yml", &format!("overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nextends: mini.yml\nactions:\n{actions}"))
}

fn apply(actions: &str) -> Result<sdkgen_codegen::ir::Api, sdkgen_codegen::GenError> {
    sdkgen_codegen::build_ir(&crate_spec(), &schemas(SPEC), &[overlay(actions)?])
}

#[test]
fn update_merges_and_appends_and_remove_deletes() {
    let api = apply(concat!(
        "  - target: \"$.components.schemas.T.required[?@ == 'a']\"\n    remove: true\n",
        "  - target: \"$.components.schemas.T.properties.b.enum\"\n    update: [z]\n",
        "  - target: \"$.components.schemas.T.properties\"\n    update: {c: {type: integer}}\n",
    ))
    .expect("overlay applies");
    assert_eq!(field_ty(&api, "T", "a"), "Option<String>");
    assert_eq!(field_ty(&api, "T", "c"), "Option<i64>");
    let TypeKind::Enum { variants, .. } = &ty(&api, "Tb").kind else { panic!("not an enum") };
    let values: Vec<&str> = variants.iter().map(|v| v.value.as_str()).collect();
    assert_eq!(values, ["x", "y", "z"]);
}

#[test]
fn a_target_matching_nothing_is_an_error() {
    let e = apply("  - target: \"$.components.schemas.Nope.required\"\n    remove: true\n").unwrap_err().to_string();
    assert_eq!(e, "spec/overlays/10-test.yml: #/actions/0: target \"$.components.schemas.Nope.required\" matches nothing in the spec");
}

#[test]
fn malformed_overlays_are_errors_naming_the_action() {
    let e = overlay("  - target: \"$.components[\"\n    remove: true\n").unwrap_err().to_string();
    assert!(e.starts_with("spec/overlays/10-test.yml: #/actions/0/target: invalid JSONPath"), "{e}");
    let e = overlay("  - target: \"$.a\"\n    remove: true\n    update: {x: 1}\n").unwrap_err().to_string();
    assert_eq!(e, "spec/overlays/10-test.yml: #/actions/0: an action needs exactly one of `update` or `remove: true`");
    let e = overlay("  - target: \"$.a\"\n").unwrap_err().to_string();
    assert!(e.contains("#/actions/0: an action needs exactly one"), "{e}");
    let e = Overlay::parse("o.yml", "overlay: 2.0.0\ninfo: {title: t, version: '1'}\nactions: []").unwrap_err().to_string();
    assert_eq!(e, "o.yml: #/overlay: unsupported overlay version \"2.0.0\"");
    let e = Overlay::parse("o.yml", "overlay: 1.0.0\nactions: []").unwrap_err().to_string();
    assert!(e.starts_with("o.yml: #") && e.contains("info"), "{e}");
}

#[test]
fn the_bundled_overlays_apply_to_the_spec_they_extend_and_each_changes_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for spec_file in ["spec/clerk-frontend-api.yml", "spec/clerk-backend-api.yml"] {
        let overlays = sdkgen_codegen::overlay::overlays_for(&root.join("spec/overlays"), "spec/overlays", spec_file).expect("overlays parse");
        assert!(!overlays.is_empty(), "{spec_file} has overlays");
        let text = std::fs::read_to_string(root.join(spec_file)).expect("spec");
        let (_, redundant) = sdkgen_codegen::load::load_tree_reporting(spec_file, &text, &overlays).expect("every action matches");
        assert_eq!(redundant, [], "{spec_file}: overlay actions the spec no longer needs");
    }
}

#[test]
fn an_action_the_spec_already_contains_is_reported_as_redundant() {
    // `a` is already a string and `b` already allows `x`: the fixes were made upstream.
    let api = apply(concat!(
        "  - target: \"$.components.schemas.T.properties.a\"\n    update: {type: string}\n",
        "  - target: \"$.components.schemas.T.properties.b.enum\"\n    update: [x]\n",
        "  - target: \"$.components.schemas.T.properties\"\n    update: {c: {type: integer}}\n",
    ))
    .expect("overlay applies");
    // (Appending `x` again also lists it twice in the enum: that is warned about separately.)
    let redundant: Vec<(&str, &str)> =
        api.warnings.iter().filter(|w| w.pointer.starts_with("spec/overlays/")).map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    assert_eq!(
        redundant,
        [
            ("spec/overlays/10-test.yml#/actions/0", "redundant overlay action: the spec already contains what \"$.components.schemas.T.properties.a\" sets; delete the action"),
            ("spec/overlays/10-test.yml#/actions/1", "redundant overlay action: the spec already contains what \"$.components.schemas.T.properties.b.enum\" sets; delete the action"),
        ]
    );
    assert_eq!(field_ty(&api, "T", "c"), "Option<i64>", "the effective action still applies");
}

#[test]
fn an_action_that_changes_part_of_what_it_targets_is_effective() {
    // `b` already allows `x` and `y`; `a` gets them.
    let api = apply("  - target: \"$.components.schemas.T.properties.*\"\n    update: {enum: [x, y]}\n").expect("overlay applies");
    assert!(api.warnings.iter().all(|w| !w.pointer.starts_with("spec/overlays/")), "{:?}", api.warnings);
}

#[test]
fn update_appends_to_arrays_inside_objects() {
    // `$.components.schemas.T` gets `required: [c]` appended to its `required`, not replacing it.
    let api = apply(concat!(
        "  - target: \"$.components.schemas.T.properties\"\n    update: {c: {type: integer}}\n",
        "  - target: \"$.components.schemas.T\"\n    update: {required: [c]}\n",
    ))
    .expect("overlay applies");
    assert_eq!(field_ty(&api, "T", "a"), "String", "`a` is still required");
    assert_eq!(field_ty(&api, "T", "c"), "i64");
}
