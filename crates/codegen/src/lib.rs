//! OpenAPI 3.0 and 3.1 → Rust client generator.
//!
//! `load` (YAML → JSON tree → overlays → `openapiv3`) → `resolve` (→ IR) →
//! `render` (minijinja templates, built in or overridden from a directory → syn + prettyplease). No file I/O here
//! except reading templates from the directory the caller names.

pub mod changes;
pub mod docs;
pub mod error;
pub mod ir;
pub mod load;
pub mod naming;
pub mod openapi31;
pub mod overlay;
pub mod render;
mod repair;
pub mod resolve;

pub use error::GenError;
pub use overlay::Overlay;
pub use render::{OutputFile, Templates};
pub use resolve::{ApiVersionPin, CrateSpec};

/// The version a crate gets when first generated; later generations bump it by their change
/// report (see [`changes`]). The API version is a separate constant in each crate.
pub const CRATE_VERSION: &str = "0.1.0";

/// The `sdkgen-runtime` version the bundled crates require (the one in `crates/runtime`).
pub const RUNTIME_VERSION: &str = "0.1";

/// Loads, overlays and resolves a spec into the IR.
pub fn build_ir(crate_spec: &CrateSpec, spec_text: &str, overlays: &[Overlay]) -> Result<ir::Api, GenError> {
    let (spec, load_warnings) = load::load_spec_reporting(&crate_spec.spec_file, spec_text, overlays)?;
    let mut api = resolve::resolve(&spec, crate_spec)?;
    if !load_warnings.is_empty() {
        api.warnings.splice(0..0, load_warnings);
    }
    Ok(api)
}

/// How a generated crate is packaged: its version, where its runtime dependency comes from,
/// and whether it stands alone (its own `[workspace]`) or joins the workspace around it.
#[derive(Debug, Clone)]
pub struct CrateOptions {
    pub crate_version: String,
    /// The body of the `sdkgen-runtime` dependency table, e.g. `path = "../../crates/runtime"`
    /// or `version = "0.1"`.
    pub runtime_dependency: String,
    pub standalone: bool,
}

impl Default for CrateOptions {
    /// A bundled crate: `generated/<name>`, a member of this workspace.
    fn default() -> Self {
        // By path in this workspace, by version once packaged (`cargo package`).
        CrateOptions {
            crate_version: CRATE_VERSION.to_owned(),
            runtime_dependency: format!("path = \"../../crates/runtime\", version = \"{RUNTIME_VERSION}\""),
            standalone: false,
        }
    }
}

/// Renders the IR of one crate into files, packaged as a bundled crate.
pub fn render(api: &ir::Api, templates: impl Into<Templates>) -> Result<Vec<OutputFile>, GenError> {
    render::render_crate(api, &templates.into(), &CrateOptions::default())
}

/// Renders the IR of one crate into files, packaged as `options` say.
pub fn render_with(api: &ir::Api, templates: impl Into<Templates>, options: &CrateOptions) -> Result<Vec<OutputFile>, GenError> {
    render::render_crate(api, &templates.into(), options)
}

/// The `--explain` report: every `oneOf`/`anyOf` of the spec, the treatment it got, and the counts.
pub fn explain(api: &ir::Api) -> String {
    use std::collections::BTreeMap;
    use std::fmt::Write;
    let mut out = String::new();
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for u in &api.unions {
        let _ = writeln!(out, "{} {} {} -> {}: {}", api.package, u.keyword, u.pointer, u.ty, u.treatment);
        let kind = u.treatment.split([':', ' ']).next().unwrap_or_default();
        *counts.entry(kind).or_default() += 1;
    }
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    let _ = writeln!(out, "{}: {} oneOf/anyOf: {}", api.package, api.unions.len(), summary.join(", "));
    out
}

/// The whole pipeline for one crate: spec text in, files out.
pub fn generate(crate_spec: &CrateSpec, spec_text: &str, overlays: &[Overlay], templates: impl Into<Templates>) -> Result<Vec<OutputFile>, GenError> {
    let api = build_ir(crate_spec, spec_text, overlays)?;
    render::render_crate(&api, &templates.into(), &CrateOptions::default())
}
