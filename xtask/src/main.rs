//! Project tasks: `cargo xtask generate [--check] [--explain]` (the bundled crates of
//! `spec/bundled.yml`, or any spec with `--spec/--out/--name`), `cargo xtask test`, `cargo xtask bench`.

use std::path::{Component, Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

mod bench;
mod bench_scale;
mod corpus_prism;
mod package;
mod release;
mod semver;
use sdkgen_codegen::{CrateOptions, CrateSpec, OutputFile, Overlay};

#[derive(Parser)]
#[command(about = "Generate and test the API client crates")]
struct Cli {
    #[command(subcommand)]
    command: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Regenerate every crate under generated/ from the specs in spec/ (`spec/bundled.yml`), or,
    /// with `--spec`, one crate from any OpenAPI spec into any directory.
    Generate {
        /// Write nothing; list the files that differ, print the change report, and fail if any differs.
        #[arg(long)]
        check: bool,
        /// Also print how each `oneOf`/`anyOf` was turned into Rust, with counts.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        one: OneCrate,
    },
    /// The change report between two specs (what a regeneration from OLD to NEW would say),
    /// without writing anything.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// An Overlay 1.0 document applied to both specs first; repeatable, in order.
        #[arg(long = "overlay")]
        overlays: Vec<PathBuf>,
    },
    /// Generates crates from two specs and runs cargo-semver-checks (pinned, installed into
    /// target/tools on first use) on them, beside our change report; with no specs, every pair
    /// of tests/semver-pairs/pairs.yml.
    Semver {
        old: Option<PathBuf>,
        new: Option<PathBuf>,
    },
    /// Everything CI checks: generate --check, build, all tests.
    Test,
    /// `cargo package` the runtime, the Clerk crates and the hand-written crates, then build and
    /// run a project outside the workspace that depends on the packed files alone.
    Package,
    /// Generate a crate from every spec in tests/fixtures/ (twice: byte-identical), then build,
    /// lint and document it with warnings as errors.
    Fixtures,
    /// The same for every real public spec of tests/corpus/ (pinned in tests/corpus/corpus.yml),
    /// then the Prism suite on every crate.
    Corpus {
        /// Only these specs (their `name` in corpus.yml); all when none is given.
        names: Vec<String>,
    },
    /// Measure generation, build cost, decode throughput and request overhead (BENCHMARKS.md).
    Bench {
        /// Only row 7: the largest corpus spec, ours next to progenitor's.
        #[arg(long)]
        scale_only: bool,
    },
}

/// `generate --spec`: one crate from any OpenAPI spec into any directory.
#[derive(clap::Args)]
struct OneCrate {
    /// An OpenAPI 3.0 or 3.1 spec (YAML or JSON) to generate a crate from, instead of the bundled ones.
    #[arg(long, requires_all = ["out", "name"])]
    spec: Option<PathBuf>,
    /// With `--spec`: the directory the crate is written to (created if missing).
    #[arg(long, requires = "spec")]
    out: Option<PathBuf>,
    /// With `--spec`: the crate's package name, e.g. `petstore-client`.
    #[arg(long, requires = "spec")]
    name: Option<String>,
    /// With `--spec`: an Overlay 1.0 document applied to the spec first; repeatable, in order.
    #[arg(long = "overlay", requires = "spec")]
    overlays: Vec<PathBuf>,
    /// With `--spec`: depend on `sdkgen-runtime` of this version from crates.io instead of
    /// by path to this checkout's `crates/runtime` (the default).
    #[arg(long, requires = "spec", conflicts_with = "runtime_path")]
    runtime_version: Option<String>,
    /// With `--spec`: the path of `sdkgen-runtime` as the crate's Cargo.toml should name it.
    #[arg(long, requires = "spec")]
    runtime_path: Option<String>,
    /// With `--spec`: send the API version on every request in this header, e.g. `Clerk-API-Version`.
    #[arg(long, requires = "spec")]
    api_version_header: Option<String>,
    /// With `--spec`: the API version (a date), where the spec's `info.version` is not one.
    #[arg(long, requires = "spec")]
    api_version: Option<String>,
}

/// The crates this project generates, as `spec/bundled.yml` lists them.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundled {
    crates: Vec<BundledCrate>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct BundledCrate {
    /// The package name; the crate is written to `generated/<name>`.
    name: String,
    /// The spec file, relative to the project root.
    spec: String,
    /// A test fixture: generated and tested like the others, not benchmarked.
    #[serde(default)]
    fixture: bool,
    /// The API version the crate speaks and how requests say it (see `ApiVersionDecl`).
    #[serde(default)]
    api_version: Option<ApiVersionDecl>,
}

/// `api_version:` of a bundled crate: the header every request names the version in, and the
/// version itself only where the spec's `info.version` is not a date (a test checks it against
/// the spec's source file name and contents).
#[derive(serde::Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct ApiVersionDecl {
    header: Option<String>,
    value: Option<String>,
}

impl ApiVersionDecl {
    fn pin(&self) -> sdkgen_codegen::ApiVersionPin {
        sdkgen_codegen::ApiVersionPin { header: self.header.clone(), value: self.value.clone() }
    }
}

/// `(package, spec file)` of every bundled crate.
pub(crate) fn bundled_crates(root: &Path) -> Result<Vec<(String, String)>> {
    Ok(read_bundled(root)?.into_iter().map(|c| (c.name, c.spec)).collect())
}

/// `(package, spec file)` of the bundled crates that are products, not test fixtures.
fn product_crates(root: &Path) -> Result<Vec<(String, String)>> {
    Ok(read_bundled(root)?.into_iter().filter(|c| !c.fixture).map(|c| (c.name, c.spec)).collect())
}

fn read_bundled(root: &Path) -> Result<Vec<BundledCrate>> {
    let text = std::fs::read_to_string(root.join("spec/bundled.yml")).context("reading spec/bundled.yml")?;
    let bundled: Bundled = serde_yaml::from_str(&text).context("spec/bundled.yml")?;
    Ok(bundled.crates)
}

/// One crate to generate: where from, where to, how it is packaged.
struct Job {
    package: String,
    spec_path: PathBuf,
    /// How the spec appears in docs and errors.
    spec_display: String,
    overlays: Vec<Overlay>,
    api_version: sdkgen_codegen::ApiVersionPin,
    out: PathBuf,
    out_display: String,
    options: CrateOptions,
    /// Delete files in `out` the generator did not write (only in `generated/`, which holds
    /// nothing else; a directory of the user's keeps its other files, e.g. `Cargo.lock`).
    prune: bool,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Task::Generate { check, explain, one } if one.spec.is_none() => generate(check, explain),
        Task::Generate { check, explain, one } => generate_one(check, explain, one),
        Task::Diff { old, new, overlays } => release::diff(&old, &new, &overlays),
        Task::Semver { old, new } => semver::run(&root(), old.as_deref(), new.as_deref()),
        Task::Test => test(),
        Task::Package => package::run(&root()),
        Task::Fixtures => fixtures(),
        Task::Corpus { names } => corpus(&names),
        Task::Bench { scale_only } => bench::bench(scale_only),
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

/// The bundled crates, into `generated/`.
fn generate(check: bool, explain: bool) -> Result<bool> {
    let root = root();
    let mut jobs = Vec::new();
    for BundledCrate { name: package, spec: spec_file, api_version, .. } in read_bundled(&root)? {
        jobs.push(Job {
            overlays: overlays_for(&root, &spec_file)?,
            api_version: api_version.unwrap_or_default().pin(),
            spec_path: root.join(&spec_file),
            spec_display: spec_file,
            out: root.join("generated").join(&package),
            out_display: format!("generated/{package}"),
            package,
            options: CrateOptions::default(),
            prune: true,
        });
    }
    run_jobs(&root, &jobs, check, explain, "generated/")
}

/// One crate from any spec, into any directory.
fn generate_one(check: bool, explain: bool, one: OneCrate) -> Result<bool> {
    let root = root();
    let OneCrate { spec: Some(spec), out: Some(out), name: Some(package), overlays: overlay_files, runtime_version, runtime_path, api_version_header, api_version } = one
    else {
        bail!("--spec needs --out and --name")
    };
    if package.is_empty() || !package.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        bail!("--name {package:?} is not a Cargo package name (letters, digits, `-`, `_`)");
    }
    let overlays = read_overlays(&overlay_files)?;
    std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
    let runtime_dependency = match (runtime_version, runtime_path) {
        (Some(version), _) => format!("version = {version:?}"),
        (None, Some(path)) => format!("path = {path:?}"),
        (None, None) => runtime_path_from(&root, &out)?,
    };
    let job = Job {
        package,
        // Only the file name: no machine paths in the output.
        spec_display: spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned(),
        spec_path: spec,
        overlays,
        api_version: sdkgen_codegen::ApiVersionPin { header: api_version_header, value: api_version },
        out_display: out.display().to_string(),
        out,
        options: CrateOptions { runtime_dependency, standalone: true, ..CrateOptions::default() },
        prune: false,
    };
    run_jobs(&root, &[job], check, explain, "the output directory")
}

/// Overlay documents read from files, in order.
fn read_overlays(files: &[PathBuf]) -> Result<Vec<Overlay>> {
    let mut overlays = Vec::new();
    for file in files {
        let display = file.display().to_string();
        let text = std::fs::read_to_string(file).with_context(|| format!("reading {display}"))?;
        overlays.push(Overlay::parse(&display, &text)?);
    }
    Ok(overlays)
}

/// Generates each job, printing one line per crate; with `check`, compares instead of writing.
fn run_jobs(root: &Path, jobs: &[Job], check: bool, explain: bool, what: &str) -> Result<bool> {
    let mut stale = Vec::new();
    for job in jobs {
        let started = Instant::now();
        let text = std::fs::read_to_string(&job.spec_path).with_context(|| format!("reading {}", job.spec_path.display()))?;
        let crate_spec = CrateSpec { api_version: job.api_version.clone(), ..CrateSpec::new(job.package.clone(), job.spec_display.clone()) };
        let api = sdkgen_codegen::build_ir(&crate_spec, &text, &job.overlays)?;
        if explain {
            print!("{}", sdkgen_codegen::explain(&api));
        }
        let (files, report) = release::render(root, &api, &job.spec_display, &job.out, &job.options)?;
        let differ = sync(&job.out, &job.out_display, &files, check, job.prune)?;
        let operations: usize = api.groups.iter().map(|g| g.operations.len()).sum();
        let verb = if check { "differ" } else { "written" };
        println!(
            "{}: {operations} operations, {} types, {} files {verb}, {} unchanged, {} ms",
            job.package,
            api.types.len(),
            differ.len(),
            files.len().saturating_sub(differ.len()),
            started.elapsed().as_millis()
        );
        for warning in &api.warnings {
            println!("  warning: {}: {}: {}", job.spec_display, warning.pointer, warning.message);
        }
        if let Some(report) = report.filter(|r| !r.is_empty()) {
            print!("{}", report.render(&format!("{} API changes since the last generation", job.package)));
            if job.prune {
                release::dependents_to_update(root, &job.package, &job.out)?;
            }
        }
        stale.extend(differ);
    }
    if check {
        if stale.is_empty() {
            println!("{what} is up to date");
            return Ok(true);
        }
        eprintln!("{what} is stale; run `cargo xtask generate`. Files that differ:");
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

/// `cargo xtask fixtures`: every `tests/fixtures/*.yml` becomes a standalone crate under
/// `target/fixture-crates/`, generated twice (the files must be byte-identical), then built,
/// linted and documented with warnings as errors.
fn fixtures() -> Result<bool> {
    let root = root();
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml" || x == "json"))
        .collect();
    // Mutants of the fixtures that generate (written by crates/codegen/tests/mutations.rs when the
    // tests ran) must build too.
    if let Ok(samples) = std::fs::read_dir(root.join("target/mutant-samples")) {
        specs.extend(samples.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "json")));
    }
    specs.sort();
    let base = root.join("target/fixture-crates");
    for spec in &specs {
        let name = spec.file_stem().and_then(|s| s.to_str()).context("fixture file name")?.to_owned();
        standalone(&root, spec, &name, &base)?;
    }
    println!("fixtures: {n}/{n} specs generate deterministically and build, lint and document clean", n = specs.len());
    Ok(true)
}

/// One entry of `tests/corpus/corpus.yml`: a real public spec, pinned.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusEntry {
    /// The crate's package name.
    name: String,
    /// The spec's file in `tests/corpus/specs/`.
    file: String,
    /// Where it comes from: repository, commit and path in it, and its licence.
    repository: String,
    commit: String,
    path: String,
    licence: String,
    /// Why the Prism suite does not pass on this spec yet (the suite still runs and reports;
    /// the run fails if it starts passing, so the entry is removed).
    #[serde(default)]
    prism_pending: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    specs: Vec<CorpusEntry>,
}

/// The entries of `tests/corpus/corpus.yml`.
fn read_corpus(root: &Path) -> Result<Vec<CorpusEntry>> {
    let text = std::fs::read_to_string(root.join("tests/corpus/corpus.yml")).context("reading tests/corpus/corpus.yml")?;
    let corpus: Corpus = serde_yaml::from_str(&text).context("tests/corpus/corpus.yml")?;
    Ok(corpus.specs)
}

/// `cargo xtask corpus`: every real public spec of `tests/corpus/` generates (twice, byte-identical)
/// and its crate builds, lints and documents with warnings as errors; then the Prism suite
/// (`sdkgen-mock-suite`) calls every operation of every crate (`corpus::prism_harness`).
fn corpus(names: &[String]) -> Result<bool> {
    let root = root();
    let mut specs = read_corpus(&root)?;
    if let Some(unknown) = names.iter().find(|n| !specs.iter().any(|s| &s.name == *n)) {
        bail!("no spec named {unknown:?} in tests/corpus/corpus.yml");
    }
    if !names.is_empty() {
        specs.retain(|s| names.contains(&s.name));
    }
    let corpus = Corpus { specs };
    let base = root.join("target/corpus-crates");
    let mut operations = 0;
    let mut generated = Vec::new();
    for entry in &corpus.specs {
        if entry.repository.is_empty() || entry.commit.len() != 40 || entry.path.is_empty() || entry.licence.is_empty() {
            bail!("{}: every corpus spec needs its repository, 40-digit commit, path and licence", entry.name);
        }
        let crate_ = standalone(&root, &root.join("tests/corpus/specs").join(&entry.file), &entry.name, &base)?;
        operations += crate_.operations;
        generated.push(crate_);
    }
    let n = corpus.specs.len();
    println!("corpus: {n}/{n} specs generate deterministically and build, lint and document clean; {operations} operations");
    let passed = corpus_prism::run(&root, &base, &generated)?;
    let mut ok = true;
    for entry in &corpus.specs {
        match (&entry.prism_pending, passed.contains(&entry.name)) {
            (None, false) => ok = false,
            (Some(reason), false) => println!("  {}: Prism suite pending: {reason}", entry.name),
            (Some(_), true) => {
                println!("  {}: passes Prism now: remove its `prism_pending` from tests/corpus/corpus.yml", entry.name);
                ok = false;
            }
            (None, true) => {}
        }
    }
    let pending = corpus.specs.iter().filter(|e| e.prism_pending.is_some()).count();
    println!("corpus: {}/{n} specs generate, build clean and pass Prism ({pending} pending, named above); {operations} operations", passed.len());
    Ok(ok)
}

/// A crate `standalone` generated and checked.
struct Standalone {
    package: String,
    dir: PathBuf,
    operations: usize,
    /// The calls the Prism suite makes (`sdkgen_codegen::mock_calls`) and the spec Prism serves.
    mock_calls: String,
    mock_spec: String,
    lib_name: String,
}

/// Generates `spec` into `base/<name>` as a standalone crate (twice: the files must be
/// byte-identical), then builds, lints and documents it with warnings as errors. The crates
/// under `base` share one target directory and the workspace's `Cargo.lock`, so dependencies are
/// built once, at the versions the workspace uses.
fn standalone(root: &Path, spec: &Path, name: &str, base: &Path) -> Result<Standalone> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let started = Instant::now();
    let out = base.join(name);
    std::fs::create_dir_all(&out)?;
    let options = CrateOptions {
        runtime_dependency: runtime_path_from(root, &out)?,
        standalone: true,
        ..CrateOptions::default()
    };
    let text = std::fs::read_to_string(spec).with_context(|| format!("reading {}", spec.display()))?;
    let spec_file = spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    let crate_spec = CrateSpec::new(name.to_owned(), spec_file.clone());
    let generate = || -> Result<(sdkgen_codegen::ir::Api, Vec<OutputFile>)> {
        let api = sdkgen_codegen::build_ir(&crate_spec, &text, &[])?;
        let (files, _) = release::render(root, &api, &spec_file, &out, &options)?;
        Ok((api, files))
    };
    let (api, files) = generate()?;
    if generate()?.1 != files {
        bail!("{name}: two generations of {spec_file} differ");
    }
    sync(&out, &out.display().to_string(), &files, false, false)?;
    let operations: usize = api.groups.iter().map(|g| g.operations.len()).sum();
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))?;
    let manifest = out.join("Cargo.toml").display().to_string();
    let target_dir = base.join("target").display().to_string();
    let env = [("CARGO_TARGET_DIR", target_dir.as_str()), ("RUSTDOCFLAGS", "-D warnings")];
    quiet_with_env(root, &cargo, &["clippy", "--manifest-path", &manifest, "--all-targets", "--", "-D", "warnings"], &env)?;
    quiet_with_env(root, &cargo, &["doc", "--no-deps", "--manifest-path", &manifest], &env)?;
    println!("{name}: {operations} operations, {} types, {} warnings; generated, built, linted and documented in {:.0} s", api.types.len(), api.warnings.len(), started.elapsed().as_secs_f64());
    for warning in &api.warnings {
        println!("  warning: {spec_file}: {}: {}", warning.pointer, warning.message);
    }
    let tree = sdkgen_codegen::load::load_tree(&spec_file, &text, &[])?;
    // Prism serves a 3.1 spec as it is; the calls are planned on its 3.0 reading, which is
    // what the generated types follow.
    let mut planning = tree.clone();
    if planning.get("openapi").and_then(serde_json::Value::as_str).is_some_and(sdkgen_codegen::openapi31::is_31) {
        sdkgen_codegen::openapi31::downgrade(&mut planning);
    }
    let plan = sdkgen_codegen::mock_calls::plan(&planning, &api)?;
    Ok(Standalone {
        package: name.to_owned(),
        dir: out,
        operations,
        mock_calls: sdkgen_codegen::mock_calls::render(&api, &plan)?,
        mock_spec: serde_json::to_string_pretty(&sdkgen_codegen::mock_calls::for_mock_server(&tree, &api.json_text_parameters))?,
        lib_name: api.lib_name.clone(),
    })
}

/// Runs a command, showing its output only when it fails.
fn quiet_with_env(root: &Path, program: &str, args: &[&str], env: &[(&str, &str)]) -> Result<()> {
    let output = Command::new(program).args(args).envs(env.iter().copied()).current_dir(root).output().with_context(|| format!("starting {program}"))?;
    if !output.status.success() {
        eprint!("{}", String::from_utf8_lossy(&output.stderr));
        bail!("`{program} {}` failed ({})", args.join(" "), output.status);
    }
    Ok(())
}

/// The `sdkgen-runtime` dependency of a crate in `out`: this checkout's `crates/runtime`, by a
/// path relative to `out`, so the crate builds where it is and no machine path is written.
fn runtime_path_from(root: &Path, out: &Path) -> Result<String> {
    let runtime = root.join("crates/runtime").canonicalize().context("finding crates/runtime")?;
    let out = out.canonicalize().with_context(|| format!("resolving {}", out.display()))?;
    Ok(format!("path = {:?}", relative_path(&out, &runtime).to_string_lossy().replace('\\', "/")))
}

/// The path of `to` relative to the directory `from` (both absolute).
fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<Component> = from.components().collect();
    let to: Vec<Component> = to.components().collect();
    let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let mut path = PathBuf::new();
    for _ in common..from.len() {
        path.push("..");
    }
    for part in &to[common..] {
        path.push(part);
    }
    path
}

/// Brings `dir` in line with `files` (or, with `check`, only reports). Returns the paths that differ.
fn sync(dir: &Path, display: &str, files: &[OutputFile], check: bool, prune: bool) -> Result<Vec<String>> {
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
    if !prune {
        return Ok(differ);
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
    if !fixtures()? || !corpus(&[])? {
        return Ok(false);
    }
    // Optional features of hand-written crates: their tests and lints too.
    for (package, feature) in FEATURE_CHECKS {
        run(&root, &cargo, &["test", "-p", package, "--features", feature])?;
        run(&root, &cargo, &["clippy", "-p", package, "--all-targets", "--features", feature, "--", "-D", "warnings"])?;
    }
    // Generated crates must be warning-free for users: compiler, clippy and rustdoc.
    run(&root, &cargo, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    let crates = bundled_crates(&root)?;
    let mut doc_args = vec!["doc", "--no-deps"];
    for (package, _) in &crates {
        doc_args.extend(["-p", package.as_str()]);
    }
    run_with_env(&root, &cargo, &doc_args, &[("RUSTDOCFLAGS", "-D warnings")])?;
    // What users download works: packed crates, built and called from outside the workspace.
    package::run(&root)
}
