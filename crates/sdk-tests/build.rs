//! Synthesises, for every operation of each generated crate, a call with valid arguments
//! (`sdkgen_mock_calls`), and writes the spec with its overlays applied for the mock
//! server to serve (`mock_calls::for_mock_server`: implicit OpenAPI defaults made explicit).
//! Outputs, in `OUT_DIR`: `mock_calls_<lib>.rs` and `<package>.json`.

use std::path::{Path, PathBuf};

use sdkgen_codegen::CrateSpec;
use sdkgen_mock_calls as mock_calls;

/// The generated crates the mock suites cover: package name and spec file (as in xtask).
const CRATES: &[(&str, &str)] = &[("clerk-frontend-api", "spec/clerk-frontend-api.yml"), ("clerk-backend-api", "spec/clerk-backend-api.yml")];

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let root = manifest.join("../..");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed={}", root.join("spec/overlays").display());
    for (package, spec_file) in CRATES {
        println!("cargo:rerun-if-changed={}", root.join(spec_file).display());
        if let Err(e) = build(&root, &out, package, spec_file) {
            panic!("mock calls for {package}: {e}");
        }
    }
}

fn build(root: &Path, out: &Path, package: &str, spec_file: &str) -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(root.join(spec_file))?;
    let overlays = sdkgen_codegen::overlay::overlays_for(&root.join("spec/overlays"), "spec/overlays", spec_file)?;
    let crate_spec = CrateSpec::new(package.to_owned(), spec_file.to_owned());
    let api = sdkgen_codegen::build_ir(&crate_spec, &text, &overlays)?;
    let tree = sdkgen_codegen::load::load_tree(spec_file, &text, &overlays)?;
    let plan = mock_calls::plan(&tree, &api)?;
    let source = mock_calls::render(&api, &plan)?;
    write_if_changed(&out.join(format!("mock_calls_{}.rs", api.lib_name)), source.as_bytes())?;
    write_if_changed(&out.join(format!("{package}.json")), serde_json::to_string_pretty(&mock_calls::for_mock_server(&tree, &api.json_text_parameters))?.as_bytes())?;
    Ok(())
}

fn write_if_changed(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    if std::fs::read(path).ok().as_deref() != Some(contents) {
        std::fs::write(path, contents)?;
    }
    Ok(())
}
