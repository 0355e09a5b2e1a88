//! Regeneration as a release step: each generation compares the crate's new API surface with
//! the one recorded beside it (`api-surface.json`), bumps the version by the verdict and adds a
//! `CHANGELOG.md` section (`sdkgen_codegen::changes`); `cargo xtask diff` reports the same for
//! any two specs without writing anything.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use sdkgen_codegen::changes::{self, Report, Surface, CHANGELOG_FILE, MANIFEST_FILE};
use sdkgen_codegen::ir::Api;
use sdkgen_codegen::{CrateOptions, CrateSpec, OutputFile};

/// The crate's files for `api` written to `out`: the code, with the version the change since the
/// last generation calls for, the manifest and the changelog. Also the report, `None` on a
/// first generation.
pub fn render(root: &Path, api: &Api, spec: &str, out: &Path, options: &CrateOptions) -> Result<(Vec<OutputFile>, Option<Report>)> {
    let manifest_path = out.join(MANIFEST_FILE);
    let manifest = std::fs::read_to_string(&manifest_path).ok();
    let changelog = std::fs::read_to_string(out.join(CHANGELOG_FILE)).ok();
    let display = manifest_path.display().to_string();
    let release = changes::release(&api.package, spec, api, manifest.as_deref().map(|m| (display.as_str(), m)), changelog.as_deref(), &options.crate_version)?;
    let options = CrateOptions { crate_version: release.crate_version.clone(), ..options.clone() };
    let mut files = sdkgen_codegen::render_with(api, &root.join("templates"), &options)?;
    files.push(OutputFile { path: MANIFEST_FILE.to_owned(), contents: release.manifest });
    files.push(OutputFile { path: CHANGELOG_FILE.to_owned(), contents: release.changelog });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, release.report))
}

/// The surface of the crate generated from `spec` with `overlays`.
pub fn surface_of(spec: &Path, overlays: &[sdkgen_codegen::Overlay]) -> Result<(Api, Surface)> {
    let text = std::fs::read_to_string(spec).with_context(|| format!("reading {}", spec.display()))?;
    let file = spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    let api = sdkgen_codegen::build_ir(&CrateSpec::new("api", file), &text, overlays)?;
    let surface = Surface::of(&api);
    Ok((api, surface))
}

/// `cargo xtask diff OLD NEW`: the change report between two specs.
pub fn diff(old: &Path, new: &Path, overlay_files: &[PathBuf]) -> Result<bool> {
    let overlays = crate::read_overlays(overlay_files)?;
    let (_, before) = surface_of(old, &overlays)?;
    let (_, after) = surface_of(new, &overlays)?;
    let report = Report::new(&before, &after);
    print!("{}", report.render(&format!("{} → {}", old.display(), new.display())));
    Ok(true)
}

/// After a bump of the bundled crate `package` (written to `out`): the workspace's hand-written
/// crates that require it by a version the new one does not meet, to update with their code
/// (until then cargo cannot resolve the workspace).
pub fn dependents_to_update(root: &Path, package: &str, out: &Path) -> Result<()> {
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap_or_default();
    let Some(version) = package_version(&manifest) else { return Ok(()) };
    let Ok(entries) = std::fs::read_dir(root.join("crates")) else { return Ok(()) };
    for entry in entries.flatten() {
        let path = entry.path().join("Cargo.toml");
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let prefix = format!("{package} = {{");
        for line in text.lines().filter(|l| l.starts_with(&prefix)) {
            let Some(required) = line.split("version = \"").nth(1).and_then(|v| v.split('"').next()) else { continue };
            if !compatible(required, version) {
                println!(
                    "  note: {} requires {package} {required:?}, now {version}: update it with the code that uses the changes above",
                    path.strip_prefix(root).unwrap_or(&path).display()
                );
            }
        }
    }
    Ok(())
}

/// The `version = "..."` of a Cargo manifest's package (the first such line: `[package]` comes first).
pub fn package_version(manifest: &str) -> Option<&str> {
    manifest.lines().find_map(|l| l.strip_prefix("version = \"").and_then(|v| v.strip_suffix('"')))
}

/// Whether the caret requirement `required` accepts `version` (Cargo's rules: the leftmost
/// non-zero part must match).
fn compatible(required: &str, version: &str) -> bool {
    let parse = |v: &str| v.split('.').map(|p| p.parse::<u64>().unwrap_or(0)).collect::<Vec<_>>();
    let (r, v) = (parse(required), parse(version));
    let significant = r.iter().position(|p| *p != 0).unwrap_or(r.len().saturating_sub(1));
    r.iter().take(significant + 1).zip(&v).all(|(a, b)| a == b) && v >= r
}

#[cfg(test)]
mod tests {
    #[test]
    fn caret_requirements() {
        assert!(super::compatible("0.2.0", "0.2.5"));
        assert!(!super::compatible("0.2.0", "0.3.0"));
        assert!(super::compatible("1.2", "1.9.0"));
        assert!(!super::compatible("1.2", "2.0.0"));
        assert!(!super::compatible("0.2.3", "0.2.1"));
    }
}
