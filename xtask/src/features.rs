//! Every generated crate has a Cargo feature per operation group, and per part of a group too
//! large for one (`full` is all of them). Each
//! feature set checked here must compile, lint and document with warnings as errors: the crate
//! with no groups, and with one group alone.

use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use crate::quiet_with_env;

/// A cargo workspace to check feature sets in: its manifest, and the target directory and
/// environment its other checks use, so dependencies are built once.
pub(crate) struct Workspace<'a> {
    pub manifest: &'a Path,
    pub env: &'a [(&'a str, &'a str)],
}

/// The group features of `package`: what its `full` feature turns on (a group, or each part of
/// a group split into parts).
pub(crate) fn group_features(root: &Path, workspace: &Workspace, package: &str) -> Result<Vec<String>> {
    let features = package_features(root, workspace, package)?;
    features.get("full").cloned().with_context(|| format!("{package} has no `full` feature"))
}

/// The groups of `package` split into parts: each one's feature, with the parts it turns on.
pub(crate) fn split_groups(root: &Path, workspace: &Workspace, package: &str) -> Result<Vec<(String, Vec<String>)>> {
    let features = package_features(root, workspace, package)?;
    let leaves = features.get("full").cloned().unwrap_or_default();
    Ok(features.into_iter().filter(|(name, parts)| name != "full" && !parts.is_empty() && parts.iter().all(|p| leaves.contains(p))).collect())
}

/// Every feature of `package` with what it turns on, from cargo metadata.
fn package_features(root: &Path, workspace: &Workspace, package: &str) -> Result<std::collections::BTreeMap<String, Vec<String>>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = workspace.manifest.display().to_string();
    let output = std::process::Command::new(&cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--manifest-path", &manifest])
        .envs(workspace.env.iter().copied())
        .current_dir(root)
        .output()
        .context("running cargo metadata")?;
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).context("reading cargo metadata")?;
    let packages = metadata["packages"].as_array().context("cargo metadata lists no packages")?;
    let found = packages.iter().find(|p| p["name"] == package).with_context(|| format!("no package {package} in {manifest}"))?;
    let features = found["features"].as_object().with_context(|| format!("{package} lists no features"))?;
    Ok(features.iter().map(|(name, on)| (name.clone(), on.as_array().map(|list| list.iter().filter_map(|f| f.as_str().map(str::to_owned)).collect()).unwrap_or_default())).collect())
}

/// Checks (clippy, warnings as errors) and documents `package` with no group and with each of
/// `groups` alone, beside the TLS backend the workspace's other builds use.
pub(crate) fn check_alone(root: &Path, workspace: &Workspace, package: &str, groups: &[String]) -> Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = workspace.manifest.display().to_string();
    let started = Instant::now();
    let sets = std::iter::once(None).chain(groups.iter().map(Some));
    for group in sets {
        let features = match group {
            Some(group) => format!("rustls-tls,{group}"),
            None => "rustls-tls".to_owned(),
        };
        let common = ["--manifest-path", &manifest, "-p", package, "--no-default-features", "--features", &features];
        let mut clippy = vec!["clippy"];
        clippy.extend(common);
        clippy.extend(["--", "-D", "warnings"]);
        quiet_with_env(root, &cargo, &clippy, workspace.env).with_context(|| format!("{package} with features {features}"))?;
        let mut doc = vec!["doc", "--no-deps"];
        doc.extend(common);
        quiet_with_env(root, &cargo, &doc, workspace.env).with_context(|| format!("documenting {package} with features {features}"))?;
    }
    println!(
        "{package}: no group and {} group{} alone ({}) lint and document clean, in {:.0} s",
        groups.len(),
        if groups.len() == 1 { "" } else { "s" },
        groups.join(", "),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Lints every product crate with no group and with each group alone (and documents it with
/// none), all in one cargo run so
/// the feature sets compile in parallel: each set is a probe package of its own under
/// `target/feature-probes/` (a copy of the crate's manifest with that set as its default, over
/// the crate's own sources), all in one workspace with one target directory.
pub(crate) fn lint_every_group_alone(root: &Path, crates: &[(String, Vec<String>)]) -> Result<()> {
    let started = Instant::now();
    let base = root.join("target/feature-probes");
    // Probes of an earlier run go; their target directory stays.
    if let Ok(entries) = std::fs::read_dir(&base) {
        for entry in entries.filter_map(|e| e.ok()).filter(|e| e.file_name() != "target" && e.path().is_dir()) {
            std::fs::remove_dir_all(entry.path()).with_context(|| format!("clearing {}", entry.path().display()))?;
        }
    }
    let runtime = root.join("crates/runtime").canonicalize().context("finding crates/runtime")?;
    let mut members = Vec::new();
    for (package, groups) in crates {
        let dir = root.join("generated").join(package);
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).with_context(|| format!("reading {}/Cargo.toml", dir.display()))?;
        let sets = std::iter::once("none").chain(groups.iter().map(String::as_str));
        for set in sets {
            let member = format!("{package}-probe-{set}");
            let probe = base.join(&member);
            std::fs::create_dir_all(&probe)?;
            let default = if set == "none" { "[\"rustls-tls\"]".to_owned() } else { format!("[\"rustls-tls\", {set:?}]") };
            let text = probe_manifest(&manifest, package, &member, &default, &runtime.display().to_string())?;
            std::fs::write(probe.join("Cargo.toml"), text)?;
            for linked in ["src", "README.md"] {
                symlink(&dir.join(linked).canonicalize()?, &probe.join(linked))?;
            }
            members.push(member);
        }
    }
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    std::fs::write(base.join("Cargo.toml"), format!("# Written by `cargo xtask features`: one package per feature set.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n", list.join(", ")))?;
    std::fs::copy(root.join("Cargo.lock"), base.join("Cargo.lock"))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = base.join("Cargo.toml").display().to_string();
    let target_dir = base.join("target").display().to_string();
    let env = crate::workspace_env(&target_dir);
    quiet_with_env(root, &cargo, &["clippy", "--workspace", "--manifest-path", &manifest], &env)?;
    // Documented with no group; all groups are documented with the workspace. A group alone can
    // only differ from those by links to items it leaves out, which the crates allow.
    let mut doc = vec!["doc".to_owned(), "--no-deps".to_owned(), "--manifest-path".to_owned(), manifest.clone()];
    for (package, _) in crates {
        doc.extend(["-p".to_owned(), format!("{package}-probe-none")]);
    }
    let doc: Vec<&str> = doc.iter().map(String::as_str).collect();
    quiet_with_env(root, &cargo, &doc, &env)?;
    for (package, groups) in crates {
        println!("{package}: no group and each of its {} groups alone lint clean; with no group it documents clean", groups.len());
    }
    println!("features: {} feature sets linted in {:.0} s", members.len(), started.elapsed().as_secs_f64());
    Ok(())
}

/// The generated manifest of `package` as probe `member`: renamed, with `default` features, and
/// the runtime by absolute path (the probe lives elsewhere).
fn probe_manifest(manifest: &str, package: &str, member: &str, default: &str, runtime: &str) -> Result<String> {
    let mut out = String::new();
    let mut replaced = (false, false);
    for line in manifest.lines() {
        if line == format!("name = {package:?}") {
            out.push_str(&format!("name = {member:?}\n"));
            replaced.0 = true;
        } else if line.starts_with("default = ") {
            out.push_str(&format!("default = {default}\n"));
            replaced.1 = true;
        } else {
            out.push_str(&line.replace("path = \"../../crates/runtime\"", &format!("path = {runtime:?}")));
            out.push('\n');
        }
    }
    if replaced != (true, true) {
        anyhow::bail!("{package}'s Cargo.toml has no `name` or `default` line to set");
    }
    Ok(out)
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) -> Result<()> {
    std::os::unix::fs::symlink(target, link).with_context(|| format!("linking {}", link.display()))
}

#[cfg(not(unix))]
fn symlink(target: &Path, link: &Path) -> Result<()> {
    std::os::windows::fs::symlink_dir(target, link).with_context(|| format!("linking {}", link.display()))
}

/// `count` groups of `groups`, chosen by `day` so that successive days check different ones.
pub(crate) fn rotating_sample(groups: &[String], count: usize, day: usize) -> Vec<String> {
    if groups.is_empty() {
        return Vec::new();
    }
    let start = day.wrapping_mul(count) % groups.len();
    groups.iter().cycle().skip(start).take(count.min(groups.len())).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_rotates_through_every_group() {
        let groups: Vec<String> = ["a", "b", "c", "d", "e"].map(String::from).to_vec();
        let mut seen = std::collections::BTreeSet::new();
        for day in 0..5 {
            let sample = rotating_sample(&groups, 2, day);
            assert_eq!(sample.len(), 2);
            seen.extend(sample);
        }
        assert_eq!(seen.len(), 5);
        assert_eq!(rotating_sample(&groups[..1], 3, 7), ["a"]);
        assert!(rotating_sample(&[], 3, 7).is_empty());
    }
}
