//! Snapshots of the IR and of the rendered code for a small fixture spec.

mod common;

use std::path::Path;

fn fixture() -> &'static str {
    include_str!("fixtures/mini.yml")
}

fn templates() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../templates")
}

#[test]
fn ir_of_fixture() {
    let api = common::ir(fixture());
    insta::assert_yaml_snapshot!("mini_ir", api);
}

#[test]
fn rendered_code_of_fixture() {
    let files = sdkgen_codegen::generate(&common::crate_spec(), fixture(), &[], &templates()).unwrap_or_else(|e| panic!("{e}"));
    for file in files.iter().filter(|f| f.path.ends_with(".rs")) {
        let name = format!("mini_{}", file.path.replace(['/', '.'], "_"));
        insta::assert_snapshot!(name, file.contents);
    }
}

#[test]
fn generation_is_deterministic() {
    let once = sdkgen_codegen::generate(&common::crate_spec(), fixture(), &[], &templates()).unwrap_or_else(|e| panic!("{e}"));
    let twice = sdkgen_codegen::generate(&common::crate_spec(), fixture(), &[], &templates()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(once, twice);
}
