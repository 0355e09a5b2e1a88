//! `cargo xtask semver [OLD NEW]`: our change report checked against cargo-semver-checks.
//! Both specs are generated into crates of one name under `target/semver/<pair>/{old,new}`;
//! cargo-semver-checks (pinned, installed into `target/tools` on first use) compares them, and
//! every item it finds breaking must be a breaking change of our report. Items we call breaking
//! that it does not see are listed with our reason.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use sdkgen_codegen::changes::{Impact, Report, Surface};
use sdkgen_codegen::CrateOptions;

/// The cargo-semver-checks release this task installs and runs.
pub const SEMVER_CHECKS_VERSION: &str = "0.51.0";

/// The crate name both sides of a pair are generated under (cargo-semver-checks compares one crate).
const PACKAGE: &str = "semver-pair";

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Pairs {
    pairs: Vec<Pair>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Pair {
    name: String,
    old: Side,
    new: Side,
    #[allow(dead_code)] // for readers of pairs.yml
    #[serde(default)]
    note: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Side {
    /// Relative to `tests/semver-pairs/`.
    file: String,
    #[allow(dead_code)] // provenance, for readers
    repository: String,
    #[allow(dead_code)]
    commit: String,
    #[allow(dead_code)]
    path: String,
}

pub fn run(root: &Path, old: Option<&Path>, new: Option<&Path>) -> Result<bool> {
    let pairs: Vec<(String, PathBuf, PathBuf)> = match (old, new) {
        (Some(old), Some(new)) => vec![("pair".to_owned(), old.to_path_buf(), new.to_path_buf())],
        (None, None) => {
            let file = root.join("tests/semver-pairs/pairs.yml");
            let text = std::fs::read_to_string(&file).with_context(|| format!("reading {}", file.display()))?;
            let pairs: Pairs = serde_yaml::from_str(&text).context("tests/semver-pairs/pairs.yml")?;
            let dir = root.join("tests/semver-pairs");
            pairs.pairs.into_iter().map(|p| (p.name, dir.join(p.old.file), dir.join(p.new.file))).collect()
        }
        _ => bail!("give both OLD and NEW, or neither (every pair of tests/semver-pairs/pairs.yml)"),
    };
    let tool = install(root)?;
    let mut ok = true;
    for (name, old, new) in &pairs {
        ok &= pair(root, &tool, name, old, new)?;
    }
    Ok(ok)
}

/// `target/tools/bin/cargo-semver-checks`, installed at the pinned version if missing.
fn install(root: &Path) -> Result<PathBuf> {
    let tools = root.join("target/tools");
    let bin = tools.join("bin/cargo-semver-checks");
    let installed = Command::new(&bin).arg("--version").output().ok().filter(|o| o.status.success());
    let version = installed.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default();
    if !version.ends_with(SEMVER_CHECKS_VERSION) {
        println!("installing cargo-semver-checks {SEMVER_CHECKS_VERSION} into target/tools (once; about 8 minutes on 2 cores)...");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let tools = tools.display().to_string();
        crate::run(root, &cargo, &["install", "cargo-semver-checks", "--version", SEMVER_CHECKS_VERSION, "--locked", "--root", &tools])?;
    }
    Ok(bin)
}

/// One pair: both crates generated, our report, cargo-semver-checks, and the cross-check.
fn pair(root: &Path, tool: &Path, name: &str, old: &Path, new: &Path) -> Result<bool> {
    let started = Instant::now();
    let base = root.join("target/semver").join(name);
    let mut surfaces = Vec::new();
    for (side, spec) in [("old", old), ("new", new)] {
        let out = base.join(side);
        // A fresh crate each time: its manifest and changelog are not the point here.
        let _ = std::fs::remove_dir_all(&out);
        std::fs::create_dir_all(&out)?;
        let (api, surface) = sdkgen::surface_of(spec, &[])?;
        let api = sdkgen_codegen::ir::Api { package: PACKAGE.to_owned(), lib_name: PACKAGE.replace('-', "_"), ..api };
        let options = CrateOptions { runtime_dependency: crate::runtime_path_from(root, &out)?, standalone: true, ..CrateOptions::default() };
        let files = sdkgen_codegen::render_with(&api, &root.join("templates"), &options)?;
        sdkgen::sync(&out, &out.display().to_string(), &files, false, false)?;
        std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))?;
        surfaces.push(surface);
    }
    let report = Report::new(&surfaces[0], &surfaces[1]);
    print!("{}", report.render(&format!("{name}: {} → {}", old.display(), new.display())));

    let output = Command::new(tool)
        .args(["semver-checks", "check-release", "--manifest-path"])
        .arg(base.join("new/Cargo.toml"))
        .arg("--baseline-root")
        .arg(base.join("old"))
        // One target directory for every pair: dependencies are built once.
        .env("CARGO_TARGET_DIR", root.join("target/semver/target"))
        .current_dir(root)
        .output()
        .context("starting cargo-semver-checks")?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let text = format!("{stdout}{}", String::from_utf8_lossy(&output.stderr));
    std::fs::write(base.join("cargo-semver-checks.txt"), &text)?;
    // The lints and their items are on stdout; progress is on stderr.
    let failures = failures(&stdout);
    if failures.is_empty() && !output.status.success() {
        eprint!("{text}");
        bail!("{name}: cargo-semver-checks failed without reporting lints");
    }
    let verdict = text.lines().find(|l| l.contains("semver requires new")).map(str::trim).unwrap_or("no semver update required");
    let breaking: Vec<&str> = report.changes.iter().filter(|c| c.impact == Impact::Breaking).map(|c| c.what.as_str()).collect();
    let mut missing = Vec::new();
    let mut lints: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for (lint, item) in &failures {
        *lints.entry(lint.as_str()).or_default() += 1;
        if !breaking.iter().any(|what| covers(what, item, &surfaces)) {
            missing.push(format!("{lint}: {item}"));
        }
    }
    let lint_list: Vec<String> = lints.iter().map(|(l, n)| format!("{l} ×{n}")).collect();
    println!("{name}: cargo-semver-checks {SEMVER_CHECKS_VERSION}: {verdict}; {} items: {}", failures.len(), lint_list.join(", "));
    println!("{name}: ours: {}, {} breaking", report.verdict().as_str(), breaking.len());
    for why in report.changes.iter().filter_map(|c| c.why.as_ref().map(|w| (c, w))) {
        println!("  breaking for a reason cargo-semver-checks cannot see: {} ({})", why.0.what, why.1);
    }
    for item in &missing {
        println!("  MISSING from our report: {item}");
    }
    println!("{name}: {} of {} cargo-semver-checks items are breaking changes of our report; {:.0} s", failures.len() - missing.len(), failures.len(), started.elapsed().as_secs_f64());
    Ok(missing.is_empty())
}

/// `(lint, item)` for every item cargo-semver-checks lists under a failed lint.
fn failures(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut lint: Option<String> = None;
    let mut listing = false;
    for line in text.lines() {
        if let Some(rest) = line.trim().strip_prefix("--- failure ") {
            lint = rest.split(':').next().map(str::to_owned);
            listing = false;
        } else if line.trim().starts_with("--- ") {
            // `--- warning ...`: not a semver failure (e.g. a derived `PartialOrd` whose order moved).
            lint = None;
            listing = false;
        } else if line.trim() == "Failed in:" {
            listing = true;
        } else if listing && line.starts_with("  ") && !line.trim().is_empty() {
            if let Some(lint) = &lint {
                // The item, without where it is (`, previously in file /…`, ` in /…`).
                let item = line.trim();
                let item = item.split(", previously in file ").next().unwrap_or(item);
                let item = item.split(" in file ").next().unwrap_or(item);
                let item = item.split(" in /").next().unwrap_or(item);
                out.push((lint.clone(), item.to_owned()));
            }
        } else if listing && line.trim().is_empty() {
            listing = false;
        }
    }
    out
}

/// Whether our breaking change `what` is the one cargo-semver-checks names in `item`: every
/// name of the item that is a name of the API (a type, variant, field, method) appears in it,
/// with group and builder types read as the operation they belong to.
fn covers(what: &str, item: &str, surfaces: &[Surface]) -> bool {
    let words: Vec<&str> = item
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut names: Vec<String> = Vec::new();
    for (i, word) in words.iter().enumerate() {
        if let Some(op) = surfaces.iter().flat_map(|s| &s.operations).find(|o| o.group_type == *word || o.builder == *word) {
            // `SignIns::create` / `CreateSignIn::password`: the operation, and the setter if any.
            let method = words.get(i + 1).copied().unwrap_or_default();
            if op.group_type == *word {
                if let Some(op) = surfaces.iter().flat_map(|s| &s.operations).find(|o| o.group_type == *word && o.method == method) {
                    return what.contains(&format!("`{}`", op.label()));
                }
            } else {
                return what.contains(&format!("`{}`", op.label())) && (method.is_empty() || what.contains(method));
            }
        }
        let known = surfaces.iter().flat_map(|s| &s.types).any(|t| t.name == *word);
        if known {
            names.push((*word).to_owned());
            // The member after the type: a field, variant or method.
            if let Some(member) = words.get(i + 1).filter(|m| !matches!(**m, "in" | "previously" | "file" | "now" | "takes")) {
                names.push((*member).to_owned());
            }
            break;
        }
    }
    if names.is_empty() {
        // Field and method items name the member before the type: `field f of struct T`.
        if let (Some(pos), true) = (words.iter().position(|w| *w == "of"), words.first().is_some_and(|w| *w == "field")) {
            if let (Some(field), Some(ty)) = (words.get(1), words.get(pos + 2)) {
                return what.contains(&format!("`{ty}`")) && what.contains(&format!("`{field}"));
            }
        }
        return false;
    }
    names.iter().all(|n| what.contains(n.as_str()))
}
