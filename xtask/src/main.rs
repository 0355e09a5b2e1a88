//! Project tasks: `cargo xtask generate [--check] [--explain]` (the bundled crates of
//! `spec/bundled.yml`, or any spec with `--spec/--out/--name`), `cargo xtask test`, `cargo xtask bench`.

use std::path::{Component, Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand};

mod bench;
mod bench_budgets;
mod bench_scale;
mod corpus;
mod corpus_prism;
mod features;
mod package;
mod release;
mod semver;
use sdkgen::{Job, OneCrate};
use sdkgen_codegen::{CrateOptions, CrateSpec, OutputFile, Overlay, Templates};

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
    Generate(sdkgen::GenerateArgs),
    /// The change report between two specs (what a regeneration from OLD to NEW would say),
    /// without writing anything.
    Diff(sdkgen::DiffArgs),
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
    /// Install the `sdkgen` binary into a temporary root and generate and build a crate with it
    /// outside this checkout.
    InstallCheck,
    /// Generate a crate from every spec in tests/fixtures/ (twice: byte-identical), then build,
    /// lint and document it with warnings as errors.
    Fixtures,
    /// The same for every real public spec of tests/corpus/ (pinned in tests/corpus/corpus.yml),
    /// then the Prism suite on every crate.
    Corpus {
        /// Only these specs (their `name` in corpus.yml); all when none is given.
        names: Vec<String>,
        /// Prism only on today's part of the corpus (what `cargo xtask test` runs): the parts
        /// rotate daily, so every spec is called within a few days.
        #[arg(long)]
        prism_sample: bool,
    },
    /// Each operation group of the Clerk crates alone, and each crate with no group: linted and
    /// documented with warnings as errors.
    Features,
    /// Measure generation, build cost, decode throughput and request overhead (BENCHMARKS.md).
    Bench {
        /// Only row 7: the largest corpus spec, ours next to progenitor's.
        #[arg(long)]
        scale_only: bool,
        /// Only row 8: the build budgets of the features per group, next to progenitor.
        #[arg(long)]
        budgets_only: bool,
    },
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Task::Generate(args) if args.one.spec.is_none() => generate(args.check, args.explain),
        Task::Generate(args) => generate_one(args.check, args.explain, args.one),
        Task::Diff(args) => sdkgen::diff(&args),
        Task::Semver { old, new } => semver::run(&root(), old.as_deref(), new.as_deref()),
        Task::Test => test(),
        Task::Package => package::run(&root()),
        Task::InstallCheck => package::install_check(&root()),
        Task::Fixtures => fixtures(),
        Task::Features => product_features().map(|()| true),
        Task::Corpus { names, prism_sample } => corpus::run(&names, if prism_sample { corpus::PrismScope::Sample } else { corpus::PrismScope::All }),
        Task::Bench { scale_only, budgets_only } => bench::bench(scale_only, budgets_only),
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
    sdkgen::run_jobs(&Templates::Dir(root.join("templates")), &jobs, check, explain, "generated/", |job| {
        release::dependents_to_update(&root, &job.package, &job.out)
    })
}

/// One crate from any spec, into any directory; by default the crate depends on this
/// checkout's `crates/runtime` by a relative path.
fn generate_one(check: bool, explain: bool, one: OneCrate) -> Result<bool> {
    let root = root();
    let templates = one.templates.clone().map(Templates::Dir).unwrap_or_else(|| Templates::Dir(root.join("templates")));
    let job = one.job(|out| runtime_path_from(&root, out))?;
    sdkgen::run_jobs(&templates, &[job], check, explain, "the output directory", |_| Ok(()))
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
    let mut members = Vec::new();
    for spec in &specs {
        let name = spec.file_stem().and_then(|s| s.to_str()).context("fixture file name")?.to_owned();
        generate_member(&root, spec, &name, &base)?;
        members.push(name);
    }
    check_workspace(&root, &base, &members, &[], &[])?;
    println!("fixtures: {n}/{n} specs generate deterministically and build, lint and document clean", n = specs.len());
    Ok(true)
}

/// A crate `standalone` generated and checked.
struct Standalone {
    package: String,
    dir: PathBuf,
    operations: usize,
    /// The calls the Prism suite makes (`sdkgen_mock_calls`) and the spec Prism serves.
    mock_calls: String,
    mock_spec: String,
    lib_name: String,
}

/// Generates `spec` into `base/<name>` as a member of the workspace at `base` (twice: the files
/// must be byte-identical), and plans the calls of the Prism suite. [`check_workspace`] then
/// builds, lints and documents every member at once.
fn generate_member(root: &Path, spec: &Path, name: &str, base: &Path) -> Result<Standalone> {
    let started = Instant::now();
    let out = base.join(name);
    std::fs::create_dir_all(&out)?;
    let options = CrateOptions {
        runtime_dependency: runtime_path_from(root, &out)?,
        standalone: false,
        ..CrateOptions::default()
    };
    let text = std::fs::read_to_string(spec).with_context(|| format!("reading {}", spec.display()))?;
    let spec_file = spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    let crate_spec = CrateSpec::new(name.to_owned(), spec_file.clone());
    let generate = || -> Result<(sdkgen_codegen::ir::Api, Vec<OutputFile>)> {
        let api = sdkgen_codegen::build_ir(&crate_spec, &text, &[])?;
        let (files, _) = sdkgen::render(&Templates::Dir(root.join("templates")), &api, &spec_file, &out, &options)?;
        Ok((api, files))
    };
    let (api, files) = generate()?;
    if generate()?.1 != files {
        bail!("{name}: two generations of {spec_file} differ");
    }
    sdkgen::sync(&out, &out.display().to_string(), &files, false, false)?;
    let operations: usize = api.groups.iter().map(|g| g.operations.len()).sum();
    println!("{name}: {operations} operations, {} types, {} warnings; generated twice, identical, in {} ms", api.types.len(), api.warnings.len(), started.elapsed().as_millis());
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
    let plan = sdkgen_mock_calls::plan(&planning, &api)?;
    Ok(Standalone {
        package: name.to_owned(),
        dir: out,
        operations,
        mock_calls: sdkgen_mock_calls::render(&api, &plan)?,
        mock_spec: serde_json::to_string_pretty(&sdkgen_mock_calls::for_mock_server(&tree, &api.json_text_parameters))?,
        lib_name: api.lib_name.clone(),
    })
}

/// Writes `base/Cargo.toml`, a workspace of `members` (directories under `base`), with this
/// checkout's `Cargo.lock` (the versions the project tests), then checks, lints and documents
/// every crate but `unchecked` (the Prism harness, which is only run) and `check_only` (only
/// type-checked, with warnings as errors) in one cargo run each, with warnings as errors: one
/// resolution, one target directory, and cargo spreads the crates over the cores.
fn check_workspace(root: &Path, base: &Path, members: &[String], unchecked: &[&str], check_only: &[&str]) -> Result<()> {
    let list: Vec<String> = members.iter().map(|m| format!("{m:?}")).collect();
    let manifest = format!("# Written by `cargo xtask`: the generated crates checked as one workspace.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n", list.join(", "));
    std::fs::write(base.join("Cargo.toml"), manifest)?;
    std::fs::copy(root.join("Cargo.lock"), base.join("Cargo.lock"))?;
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = base.join("Cargo.toml").display().to_string();
    let target_dir = base.join("target").display().to_string();
    let env = workspace_env(&target_dir);
    let full: Vec<&str> = members.iter().map(String::as_str).filter(|m| !unchecked.contains(m) && !check_only.contains(m)).collect();
    let with_packages = |command: &[&'static str], packages: &[&str]| -> Vec<String> {
        let mut args: Vec<String> = command.iter().map(|a| (*a).to_owned()).collect();
        args.extend(["--manifest-path".to_owned(), manifest.clone()]);
        for package in packages {
            args.extend(["-p".to_owned(), (*package).to_owned()]);
        }
        args
    };
    let mut timings = Vec::new();
    let mut step = |what: &str, args: Vec<String>, packages: &[&str]| -> Result<()> {
        if packages.is_empty() {
            return Ok(());
        }
        let started = Instant::now();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        quiet_with_env(root, &cargo, &args, &env)?;
        timings.push(format!("{} {what} in {:.0} s", packages.len(), started.elapsed().as_secs_f64()));
        Ok(())
    };
    // `--lib`, not `--all-targets`: a generated crate has no tests, examples or benches, and its
    // test target would only compile the library a second time.
    step("type-checked", with_packages(&["check", "--lib"], check_only), check_only)?;
    let mut clippy = with_packages(&["clippy", "--lib"], &full);
    clippy.extend(["--".to_owned(), "-D".to_owned(), "warnings".to_owned()]);
    step("checked and linted", clippy, &full)?;
    step("documented", with_packages(&["doc", "--no-deps"], &full), &full)?;
    println!("crates of one workspace: {}", timings.join(", "));
    Ok(())
}

/// The environment of every cargo run over a workspace of generated crates: one target
/// directory, warnings as errors. Incremental compilation only costs here: every check of these
/// crates starts from new files.
fn workspace_env(target_dir: &str) -> [(&str, &str); 4] {
    [("CARGO_TARGET_DIR", target_dir), ("RUSTDOCFLAGS", "-D warnings"), ("RUSTFLAGS", "-D warnings"), ("CARGO_INCREMENTAL", "0")]
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

/// Optional features of the hand-written crates, on in the workspace's build, tests and lints
/// (so they cost no builds of their own); the crates are linted once more without them.
const OPTIONAL_FEATURES: &str = "clerk-backend-auth/axum,clerk-backend-auth/testing,clerk-session/testing";

/// Each operation group of the products compiles alone, and so does each crate with none.
fn product_features() -> Result<()> {
    let root = root();
    let manifest = root.join("Cargo.toml");
    let workspace = features::Workspace { manifest: &manifest, env: &[("RUSTDOCFLAGS", "-D warnings")] };
    let mut crates = Vec::new();
    for (package, _) in product_crates(&root)? {
        let groups = features::group_features(&root, &workspace, &package)?;
        crates.push((package, groups));
    }
    features::lint_every_group_alone(&root, &crates)
}

fn test() -> Result<bool> {
    let root = root();
    if !generate(true, false)? {
        return Ok(false);
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    run(&root, &cargo, &["build", "--workspace", "--all-targets", "--features", OPTIONAL_FEATURES])?;
    // The mock server of the sdk-tests mock suites (Prism, pinned in tests/mock/), installed once.
    if !root.join("tests/mock/node_modules").exists() {
        run(&root, "npm", &["ci", "--prefix", "tests/mock", "--ignore-scripts", "--no-audit", "--no-fund"])?;
    }
    run(&root, &cargo, &["test", "--workspace", "--features", OPTIONAL_FEATURES])?;
    if !fixtures()? || !corpus::run(&[], corpus::PrismScope::Sample)? {
        return Ok(false);
    }
    // Generated crates must be warning-free for users: compiler, clippy and rustdoc; the
    // hand-written ones with their optional features and without.
    run(&root, &cargo, &["clippy", "--workspace", "--all-targets", "--features", OPTIONAL_FEATURES, "--", "-D", "warnings"])?;
    run(&root, &cargo, &["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"])?;
    let crates = bundled_crates(&root)?;
    let mut doc_args = vec!["doc", "--no-deps"];
    for (package, _) in &crates {
        doc_args.extend(["-p", package.as_str()]);
    }
    run_with_env(&root, &cargo, &doc_args, &[("RUSTDOCFLAGS", "-D warnings")])?;
    product_features()?;
    // What users download works: packed crates, built and called from outside the workspace,
    // and the generator installed and run outside it.
    Ok(package::run(&root)? && package::install_check(&root)?)
}
