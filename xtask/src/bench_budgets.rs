//! Row 8 of BENCHMARKS.md: build budgets of the feature per operation group, measured in one run.
//!
//! - `clerk-frontend-api` with every group, and with `clerk-session`'s groups only, next to
//!   progenitor's positional crate for the same spec (the spec patched only where progenitor
//!   cannot read it; see [`patch_for_progenitor`]). Targets: ≤ 0.6x and ≤ 0.25x its debug build.
//! - The corpus spec with the most operations: each group alone next to the whole crate.
//!   Target: every group under 20 % of the full build.
//!
//! Every crate is measured alone ([`cost`], which row 7 uses too), its dependencies built first: `cargo clean -p`, then a timed
//! `cargo check` and, after another clean, a timed `cargo build`, with rustc's peak RSS. Each
//! Clerk measurement runs twice, alternating, and keeps the faster (the machine is noisy).

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use serde_json::Value;

use crate::bench::{quiet, timed_with_rustc_peak};
use crate::bench_scale::{install_tool, largest_corpus_specs, PROGENITOR_VERSION};

/// One crate's cost: `cargo check` and debug build, each with rustc's peak RSS (KB).
#[derive(Clone, Copy)]
pub(crate) struct Cost {
    pub check: Duration,
    pub check_kb: u64,
    pub build: Duration,
    pub build_kb: u64,
}

impl Cost {
    fn faster(self, other: Cost) -> Cost {
        Cost {
            check: self.check.min(other.check),
            check_kb: self.check_kb.max(other.check_kb),
            build: self.build.min(other.build),
            build_kb: self.build_kb.max(other.build_kb),
        }
    }

    fn describe(&self) -> String {
        format!(
            "build {:.1} s (rustc peak {} MB), check {:.1} s (rustc peak {} MB)",
            self.build.as_secs_f64(),
            self.build_kb / 1024,
            self.check.as_secs_f64(),
            self.check_kb / 1024
        )
    }
}

/// A crate to measure: `cargo <check|build> -p package <args>` in the workspace of `manifest`.
pub(crate) struct Subject<'a> {
    pub manifest: &'a Path,
    pub package: &'a str,
    pub args: Vec<String>,
}

/// The debug build alone, dependencies already built by an earlier [`cost`] of the same crate
/// (a group's features change only the crate itself).
fn build_only(root: &Path, cargo: &str, target_dir: &Path, subject: &Subject) -> Result<(Duration, u64)> {
    let manifest = subject.manifest.display().to_string();
    let target = target_dir.display().to_string();
    quiet(root, cargo, &["clean", "--manifest-path", &manifest, "--target-dir", &target, "-p", subject.package])?;
    let mut args = vec!["build", "--manifest-path", &manifest, "--target-dir", &target, "-p", subject.package];
    args.extend(subject.args.iter().map(String::as_str));
    timed_with_rustc_peak(root, cargo, &args, subject.package)
}

/// Also row 7's build numbers (`bench_scale`).
pub(crate) fn cost(root: &Path, cargo: &str, target_dir: &Path, subject: &Subject) -> Result<Cost> {
    let manifest = subject.manifest.display().to_string();
    let target = target_dir.display().to_string();
    let base = ["--manifest-path", manifest.as_str(), "--target-dir", target.as_str(), "-p", subject.package];
    let with = |cmd: &'static str| -> Vec<&str> {
        let mut args = vec![cmd];
        args.extend_from_slice(&base);
        args.extend(subject.args.iter().map(String::as_str));
        args
    };
    // `clean -p` takes no feature flags.
    let mut clean = vec!["clean"];
    clean.extend_from_slice(&base);
    // Dependencies first, with exactly these features.
    quiet(root, cargo, &with("check"))?;
    quiet(root, cargo, &with("build"))?;
    quiet(root, cargo, &clean)?;
    let (check, check_kb) = timed_with_rustc_peak(root, cargo, &with("check"), subject.package)?;
    quiet(root, cargo, &clean)?;
    let (build, build_kb) = timed_with_rustc_peak(root, cargo, &with("build"), subject.package)?;
    Ok(Cost { check, check_kb, build, build_kb })
}

pub fn rows(root: &Path, cargo: &str) -> Result<Vec<String>> {
    let base = root.join("target/bench-budget");
    std::fs::create_dir_all(&base)?;
    let mut rows = clerk_rows(root, cargo, &base)?;
    rows.push(largest_spec_row(root, cargo, &base)?);
    Ok(rows)
}

fn clerk_rows(root: &Path, cargo: &str, base: &Path) -> Result<Vec<String>> {
    let progenitor = install_tool(root, cargo, "cargo-progenitor", PROGENITOR_VERSION, "cargo-progenitor")?;
    let spec_path = root.join("spec/clerk-frontend-api.yml");
    let spec: Value = serde_yaml::from_str(&std::fs::read_to_string(&spec_path)?).context("reading spec/clerk-frontend-api.yml")?;
    let (patched, patches) = patch_for_progenitor(spec);
    let patched_path = base.join("clerk-frontend-api.progenitor.json");
    std::fs::write(&patched_path, serde_json::to_string_pretty(&patched)?)?;
    let name = "clerk-frontend-api-progenitor";
    let dir = base.join("progenitor").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    let out = dir.display().to_string();
    quiet(root, &progenitor.display().to_string(), &["progenitor", "-i", &patched_path.display().to_string(), "-o", &out, "-n", name, "-v", "0.1.0"])
        .context("progenitor could not generate the patched Frontend API spec")?;
    // A workspace of its own, so it builds outside ours.
    let manifest_path = dir.join("Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path)?;
    std::fs::write(&manifest_path, format!("{manifest}\n[workspace]\n"))?;

    let session_groups = session_features(root)?;
    let workspace = root.join("Cargo.toml");
    let theirs = Subject { manifest: &manifest_path, package: name, args: vec![] };
    let full = Subject { manifest: &workspace, package: "clerk-frontend-api", args: vec![] };
    let session = Subject {
        manifest: &workspace,
        package: "clerk-frontend-api",
        args: vec!["--no-default-features".into(), "--features".into(), session_groups.join(",")],
    };
    let ours_target = root.join("target");
    let theirs_target = base.join("target");
    let mut costs: Vec<Option<Cost>> = vec![None; 3];
    for _round in 0..2 {
        for (i, (subject, target)) in [(&theirs, &theirs_target), (&full, &ours_target), (&session, &ours_target)].into_iter().enumerate() {
            let c = cost(root, cargo, target, subject)?;
            costs[i] = Some(costs[i].map_or(c, |prev| prev.faster(c)));
        }
    }
    let [Some(theirs), Some(full), Some(session)] = costs[..] else { unreachable!("three subjects, two rounds") };
    let ratio = |c: &Cost| c.build.as_secs_f64() / theirs.build.as_secs_f64();
    let check_ratio = |c: &Cost| c.check.as_secs_f64() / theirs.check.as_secs_f64();
    let patched_note = format!("progenitor {PROGENITOR_VERSION} positional crate of the same spec ({patches} patches so that it generates): {}", theirs.describe());
    Ok(vec![
        format!(
            "| 8. `clerk-frontend-api`, every group (default features) | {} | {patched_note} | build {:.2}x, check {:.2}x (target ≤ 0.6x) |",
            full.describe(),
            ratio(&full),
            check_ratio(&full)
        ),
        format!(
            "| 8. `clerk-frontend-api`, `clerk-session`'s groups (`{}`) | {} | the same progenitor crate | build {:.2}x, check {:.2}x (target ≤ 0.25x) |",
            session_groups.join(","),
            session.describe(),
            ratio(&session),
            check_ratio(&session)
        ),
    ])
}

/// The features `clerk-session` asks of `clerk-frontend-api` (its Cargo.toml, via cargo metadata).
fn session_features(root: &Path) -> Result<Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = crate::bench::output(root, &cargo, &["metadata", "--format-version", "1", "--no-deps"])?;
    let metadata: Value = serde_json::from_str(&out)?;
    let packages = metadata["packages"].as_array().context("cargo metadata lists no packages")?;
    let session = packages.iter().find(|p| p["name"] == "clerk-session").context("no clerk-session package")?;
    let dependencies = session["dependencies"].as_array().context("clerk-session has no dependencies")?;
    let frontend = dependencies.iter().find(|d| d["name"] == "clerk-frontend-api" && d["kind"].is_null()).context("clerk-session does not depend on clerk-frontend-api")?;
    let features = frontend["features"].as_array().context("no features")?;
    Ok(features.iter().filter_map(|f| f.as_str().map(str::to_owned)).collect())
}

/// The largest corpus spec, generated by this xtask: the full crate, each feature alone (a
/// group, or a part of a split group), and each split group with all its parts.
fn largest_spec_row(root: &Path, cargo: &str, base: &Path) -> Result<String> {
    let (name, spec, operations) = largest_corpus_specs(root, 1)?.into_iter().next().context("the corpus is empty")?;
    let dir = base.join("ours").join(&name);
    let xtask = std::env::current_exe()?.display().to_string();
    quiet(root, &xtask, &["generate", "--spec", &spec.display().to_string(), "--out", &dir.display().to_string(), "--name", &name])?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    let manifest = dir.join("Cargo.toml");
    let workspace = crate::features::Workspace { manifest: &manifest, env: &[] };
    let leaves = crate::features::group_features(root, &workspace, &name)?;
    let splits = crate::features::split_groups(root, &workspace, &name)?;
    let target = base.join("target");
    let full = cost(root, cargo, &target, &Subject { manifest: &manifest, package: &name, args: vec![] })?;
    let alone = |feature: &str| -> Result<Duration> {
        let subject = Subject { manifest: &manifest, package: &name, args: vec!["--no-default-features".into(), "--features".into(), format!("rustls-tls,{feature}")] };
        Ok(build_only(root, cargo, &target, &subject)?.0)
    };
    let share = |build: Duration| build.as_secs_f64() / full.build.as_secs_f64() * 100.0;
    let mut slowest = (String::new(), Duration::ZERO);
    let mut over = Vec::new();
    for feature in &leaves {
        let build = alone(feature)?;
        if build > slowest.1 {
            slowest = (feature.clone(), build);
        }
        if share(build) >= 20.0 {
            over.push(feature.clone());
        }
    }
    let mut whole_groups = Vec::new();
    for (group, parts) in &splits {
        whole_groups.push(format!("`{group}` ({} parts) {:.0} %", parts.len(), share(alone(group)?)));
    }
    let spec_display = spec.strip_prefix(root).unwrap_or(&spec).display().to_string();
    let split_note = if splits.is_empty() { String::new() } else { format!("; split groups with all their parts: {}", whole_groups.join(", ")) };
    Ok(format!(
        "| 8. Largest corpus spec `{spec_display}` ({operations} operations, {} features: groups, and parts of the {} groups over 100 operations), each feature alone | slowest feature `{}`: build {:.1} s | full crate: {} | slowest feature {:.0} % of the full build; {} of {} features at or over 20 %{} (target: none){split_note} |",
        leaves.len(),
        splits.len(),
        slowest.0,
        slowest.1.as_secs_f64(),
        full.describe(),
        share(slowest.1),
        over.len(),
        leaves.len(),
        if over.is_empty() { String::new() } else { format!(": {}", over.join(", ")) }
    ))
}

/// The Frontend API spec as progenitor can read it, and how many changes that took. Each rule
/// replaces a construct progenitor refuses with the nearest one it reads, so the crate it
/// writes has the same operations and types:
/// - a query parameter's `style` other than `form` (progenitor: "unsupported style") is dropped;
/// - a request body offering several media types keeps one (JSON, else form, else the first),
///   and `multipart/form-data` (not supported) becomes `application/octet-stream` bytes;
/// - an operation keeps one success response, and error responses whose body differs from its
///   first error response's are dropped (progenitor asserts one success and one error type).
fn patch_for_progenitor(mut spec: Value) -> (Value, usize) {
    let responses = spec["components"]["responses"].clone();
    let mut patches = 0;
    if let Some(paths) = spec.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for (key, operation) in item.iter_mut() {
                if key == "parameters" {
                    // The path item's own parameters.
                    patches += operation.as_array_mut().map_or(0, |p| drop_query_styles(p));
                    continue;
                }
                if let Some(parameters) = operation.get_mut("parameters").and_then(Value::as_array_mut) {
                    patches += drop_query_styles(parameters);
                }
                patches += one_body_media_type(operation);
                patches += one_response_type(operation, &responses);
            }
        }
    }
    (spec, patches)
}

fn drop_query_styles(parameters: &mut [Value]) -> usize {
    let mut patches = 0;
    for p in parameters.iter_mut().filter_map(Value::as_object_mut) {
        if p.get("in").and_then(Value::as_str) == Some("query") && p.get("style").is_some_and(|s| s != "form") {
            p.remove("style");
            patches += 1;
        }
    }
    patches
}

fn one_body_media_type(operation: &mut Value) -> usize {
    let Some(content) = operation.pointer_mut("/requestBody/content").and_then(Value::as_object_mut) else { return 0 };
    let mut patches = 0;
    if content.len() > 1 {
        let keep = ["application/json", "application/x-www-form-urlencoded"].into_iter().find(|m| content.contains_key(*m)).map(str::to_owned);
        let keep = keep.or_else(|| content.keys().next().cloned()).unwrap_or_default();
        content.retain(|media, _| *media == keep);
        patches += 1;
    }
    if content.contains_key("multipart/form-data") {
        content.clear();
        content.insert("application/octet-stream".into(), serde_json::json!({"schema": {"type": "string", "format": "binary"}}));
        patches += 1;
    }
    patches
}

fn one_response_type(operation: &mut Value, components: &Value) -> usize {
    let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else { return 0 };
    let body = |response: &Value| -> Value {
        let resolved = match response.get("$ref").and_then(Value::as_str) {
            Some(reference) => reference.rsplit('/').next().map(|name| components[name].clone()).unwrap_or_default(),
            None => response.clone(),
        };
        resolved.get("content").cloned().unwrap_or(Value::Null)
    };
    let mut keys: Vec<String> = responses.keys().cloned().collect();
    keys.sort();
    let successes: Vec<&String> = keys.iter().filter(|k| k.starts_with('2')).collect();
    let errors: Vec<&String> = keys.iter().filter(|k| !k.starts_with('2')).collect();
    let mut dropped: Vec<String> = successes.iter().skip(1).map(|k| k.to_string()).collect();
    if let Some(first) = errors.first() {
        let first_body = body(&responses[first.as_str()]);
        dropped.extend(errors.iter().skip(1).filter(|k| body(&responses[k.as_str()]) != first_body).map(|k| k.to_string()));
    }
    for key in &dropped {
        responses.remove(key);
    }
    dropped.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progenitor_patches_keep_one_form_of_each_construct() {
        let spec = serde_json::json!({
            "components": {"responses": {"E": {"content": {"application/json": {"schema": {"type": "object"}}}}}},
            "paths": {"/a": {"post": {
                "parameters": [{"in": "query", "name": "q", "style": "spaceDelimited"}, {"in": "query", "name": "r", "style": "form"}],
                "requestBody": {"content": {"multipart/form-data": {}, "application/x-www-form-urlencoded": {}}},
                "responses": {"200": {}, "201": {}, "400": {"$ref": "#/components/responses/E"}, "422": {"$ref": "#/components/responses/E"}, "500": {}}
            }}}
        });
        let (patched, patches) = patch_for_progenitor(spec);
        let operation = &patched["paths"]["/a"]["post"];
        assert_eq!(operation["parameters"][0].get("style"), None);
        assert_eq!(operation["parameters"][1]["style"], "form");
        assert_eq!(operation["requestBody"]["content"].as_object().map(|c| c.keys().cloned().collect::<Vec<_>>()), Some(vec!["application/x-www-form-urlencoded".to_owned()]));
        let mut kept: Vec<&String> = operation["responses"].as_object().map(|r| r.keys().collect()).unwrap_or_default();
        kept.sort();
        assert_eq!(kept, ["200", "400", "422"]);
        assert_eq!(patches, 1 + 1 + 2);
    }
}
