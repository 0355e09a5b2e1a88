//! Project tasks: `cargo xtask generate [--check] [--explain]`, `cargo xtask test`, `cargo xtask bench`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

mod bench;
use sdkgen_codegen::{CrateSpec, OutputFile, Overlay};

#[derive(Parser)]
#[command(about = "Generate and test the API client crates")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate every crate under generated/ from the specs in spec/.
    Generate {
        /// Write nothing; list the files that differ and fail if any does.
        #[arg(long)]
        check: bool,
        /// Also print how each `oneOf`/`anyOf` was turned into Rust, with counts.
        #[arg(long)]
        explain: bool,
    },
    /// Everything CI checks: generate --check, build, all tests.
    Test,
    /// Measure generation, build cost, decode throughput and request overhead (BENCHMARKS.md).
    Bench,
}

/// The crates this project generates: package name and spec file.
const CRATES: &[(&str, &str)] = &[("clerk-frontend-api", "spec/clerk-frontend-api.yml"), ("clerk-backend-api", "spec/clerk-backend-api.yml")];

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Task::Generate { check, explain } => generate(check, explain),
        Task::Test => test(),
        Task::Bench => bench::bench(),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

/// Overlays in `spec/overlays/`, in file-name order, that extend `spec_file`.
fn overlays_for(root: &Path, spec_file: &str) -> Result<Vec<Overlay>> {
    Ok(sdkgen_codegen::overlay::overlays_for(&root.join("spec/overlays"), "spec/overlays", spec_file)?)
}

fn generate(check: bool, explain: bool) -> Result<bool> {
    let root = root();
    let mut stale = Vec::new();
    for (package, spec_file) in CRATES {
        let text = std::fs::read_to_string(root.join(spec_file)).with_context(|| format!("reading {spec_file}"))?;
        let overlays = overlays_for(&root, spec_file)?;
        let crate_spec = CrateSpec { package: (*package).to_owned(), spec_file: (*spec_file).to_owned() };
        let api = sdkgen_codegen::build_ir(&crate_spec, &text, &overlays)?;
        if explain {
            print!("{}", sdkgen_codegen::explain(&api));
        }
        let files = sdkgen_codegen::render(&api, &root.join("templates"))?;
        let dir = root.join("generated").join(package);
        stale.extend(sync(&dir, &format!("generated/{package}"), &files, check)?);
    }
    if check {
        if stale.is_empty() {
            println!("generated/ is up to date");
            return Ok(true);
        }
        eprintln!("generated/ is stale; run `cargo xtask generate`. Files that differ:");
        for file in &stale {
            eprintln!("  {file}");
        }
        return Ok(false);
    }
    for file in &stale {
        println!("wrote {file}");
    }
    Ok(true)
}

/// Brings `dir` in line with `files` (or, with `check`, only reports). Returns the paths that differ.
fn sync(dir: &Path, display: &str, files: &[OutputFile], check: bool) -> Result<Vec<String>> {
    let mut differ = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() != Some(file.contents.as_str()) {
            differ.push(format!("{display}/{}", file.path));
            if !check {
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&path, &file.contents).with_context(|| format!("writing {}", path.display()))?;
            }
        }
    }
    // Files the generator no longer produces: generated/ holds nothing else.
    for existing in walk(dir)? {
        let rel = existing.strip_prefix(dir)?.to_string_lossy().replace('\\', "/");
        let kept = rel.starts_with("target/");
        if !kept && !files.iter().any(|f| f.path == rel) {
            differ.push(format!("{display}/{rel} (not generated)"));
            if !check {
                std::fs::remove_file(&existing)?;
            }
        }
    }
    Ok(differ)
}

fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(out) };
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            out.extend(walk(&path)?);
        } else {
            out.push(path);
        }
    }
    out.sort();
    Ok(out)
}

fn run(root: &Path, program: &str, args: &[&str]) -> Result<()> {
    run_with_env(root, program, args, &[])
}

fn run_with_env(root: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    let shown_env: String = env.iter().map(|(k, v)| format!("{k}={v:?} ")).collect();
    println!("$ {shown_env}{program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(root)
        .status()
        .with_context(|| format!("starting {program}"))?;
    if !status.success() {
        bail!("`{program} {}` failed ({status})", args.join(" "));
    }
    Ok(())
}

/// Packages whose optional features `cargo xtask test` also tests: `(package, feature)`.
const FEATURE_CHECKS: &[(&str, &str)] = &[("clerk-backend-auth", "axum")];

fn test() -> Result<bool> {
    let root = root();
    if !generate(true, false)? {
        return Ok(false);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(&root, &cargo, &["build", "--workspace", "--all-targets"])?;
    // The mock server of the sdk-tests mock suites (Prism, pinned in tests/mock/), installed once.
    if !root.join("tests/mock/node_modules").exists() {
        run(&root, "npm", &["ci", "--prefix", "tests/mock", "--ignore-scripts", "--no-audit", "--no-fund"])?;
    }
    run(&root, &cargo, &["test", "--workspace"])?;
    // Optional features of hand-written crates: their tests and lints too.
    for (package, feature) in FEATURE_CHECKS {
        run(&root, &cargo, &["test", "-p", package, "--features", feature])?;
        run(&root, &cargo, &["clippy", "-p", package, "--all-targets", "--features", feature, "--", "-D", "warnings"])?;
    }
    // Generated crates must be warning-free for users: compiler, clippy and rustdoc.
    run(&root, &cargo, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    let mut doc_args = vec!["doc", "--no-deps"];
    for (package, _) in CRATES {
        doc_args.extend(["-p", package]);
    }
    run_with_env(&root, &cargo, &doc_args, &[("RUSTDOCFLAGS", "-D warnings")])?;
    Ok(true)
}
