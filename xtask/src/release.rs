//! Releases inside this workspace: a bump of a bundled crate (made by `sdkgen::run_jobs`, from
//! its change report) against the hand-written crates that require it by version.

use std::path::Path;

use anyhow::Result;

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
