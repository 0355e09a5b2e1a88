//! The generator as a tool: generate a crate from a spec into a directory (with the change
//! report, version bump and changelog of `sdkgen_codegen::changes`), check one for staleness,
//! and compare two specs. The `sdkgen` binary and this project's `cargo xtask` both use it.

use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use sdkgen_codegen::changes::{self, Report, Surface, CHANGELOG_FILE, MANIFEST_FILE};
use sdkgen_codegen::ir::Api;
use sdkgen_codegen::{ApiVersionPin, CrateOptions, CrateSpec, OutputFile, Overlay, Templates};

/// `generate`: write (or with `--check`, compare) a crate.
#[derive(clap::Args, Debug, Default)]
pub struct GenerateArgs {
    /// Write nothing; list the files that differ, print the change report, and fail if any differs.
    #[arg(long)]
    pub check: bool,
    /// Also print how each `oneOf`/`anyOf` was turned into Rust, with counts.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub one: OneCrate,
}

/// `diff OLD NEW`: the change report between two specs, without writing anything.
#[derive(clap::Args, Debug)]
pub struct DiffArgs {
    pub old: PathBuf,
    pub new: PathBuf,
    /// An Overlay 1.0 document applied to both specs first; repeatable, in order.
    #[arg(long = "overlay")]
    pub overlays: Vec<PathBuf>,
}

/// `generate --spec`: one crate from any OpenAPI spec into any directory.
#[derive(clap::Args, Debug, Default)]
pub struct OneCrate {
    /// An OpenAPI 3.0 or 3.1 spec (YAML or JSON) to generate a crate from.
    #[arg(long, requires_all = ["out", "name"])]
    pub spec: Option<PathBuf>,
    /// With `--spec`: the directory the crate is written to (created if missing).
    #[arg(long, requires = "spec")]
    pub out: Option<PathBuf>,
    /// With `--spec`: the crate's package name, e.g. `petstore-client`.
    #[arg(long, requires = "spec")]
    pub name: Option<String>,
    /// With `--spec`: an Overlay 1.0 document applied to the spec first; repeatable, in order.
    #[arg(long = "overlay", requires = "spec")]
    pub overlays: Vec<PathBuf>,
    /// With `--spec`: depend on `sdkgen-runtime` of this version from crates.io.
    #[arg(long, requires = "spec", conflicts_with = "runtime_path")]
    pub runtime_version: Option<String>,
    /// With `--spec`: the path of `sdkgen-runtime` as the crate's Cargo.toml should name it.
    #[arg(long, requires = "spec")]
    pub runtime_path: Option<String>,
    /// With `--spec`: send the API version on every request in this header, e.g. `Clerk-API-Version`.
    #[arg(long, requires = "spec")]
    pub api_version_header: Option<String>,
    /// With `--spec`: the API version (a date), where the spec's `info.version` is not one.
    #[arg(long, requires = "spec")]
    pub api_version: Option<String>,
    /// Templates overriding the built-in ones (a file the directory lacks is the built-in one).
    #[arg(long)]
    pub templates: Option<PathBuf>,
}

/// One crate to generate: where from, where to, how it is packaged.
#[derive(Debug)]
pub struct Job {
    pub package: String,
    pub spec_path: PathBuf,
    /// How the spec appears in docs and errors.
    pub spec_display: String,
    pub overlays: Vec<Overlay>,
    pub api_version: ApiVersionPin,
    pub out: PathBuf,
    pub out_display: String,
    pub options: CrateOptions,
    /// Delete files in `out` the generator did not write (only in a directory that holds
    /// nothing else; a directory of the user's keeps its other files, e.g. `Cargo.lock`).
    pub prune: bool,
}

impl OneCrate {
    /// The job `--spec` describes. `default_runtime` gives the `sdkgen-runtime` dependency when
    /// neither `--runtime-version` nor `--runtime-path` is given (for the directory `out`).
    pub fn job(self, default_runtime: impl FnOnce(&Path) -> Result<String>) -> Result<Job> {
        let OneCrate { spec: Some(spec), out: Some(out), name: Some(package), overlays, runtime_version, runtime_path, api_version_header, api_version, .. } = self else {
            bail!("--spec needs --out and --name")
        };
        if package.is_empty() || !package.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            bail!("--name {package:?} is not a Cargo package name (letters, digits, `-`, `_`)");
        }
        let overlays = read_overlays(&overlays)?;
        std::fs::create_dir_all(&out).with_context(|| format!("creating {}", out.display()))?;
        let runtime_dependency = match (runtime_version, runtime_path) {
            (Some(version), _) => format!("version = {version:?}"),
            (None, Some(path)) => format!("path = {path:?}"),
            (None, None) => default_runtime(&out)?,
        };
        Ok(Job {
            package,
            // Only the file name: no machine paths in the output.
            spec_display: spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned(),
            spec_path: spec,
            overlays,
            api_version: ApiVersionPin { header: api_version_header, value: api_version },
            out_display: out.display().to_string(),
            out,
            options: CrateOptions { runtime_dependency, standalone: true, ..CrateOptions::default() },
            prune: false,
        })
    }
}

/// Overlay documents read from files, in order.
pub fn read_overlays(files: &[PathBuf]) -> Result<Vec<Overlay>> {
    let mut overlays = Vec::new();
    for file in files {
        let display = file.display().to_string();
        let text = std::fs::read_to_string(file).with_context(|| format!("reading {display}"))?;
        overlays.push(Overlay::parse(&display, &text)?);
    }
    Ok(overlays)
}

/// Generates each job, printing one line per crate, its warnings and its change report; with
/// `check`, compares instead of writing. `on_api_change` runs for each job whose API changed.
/// Whether everything is up to date (always, when writing).
pub fn run_jobs(templates: &Templates, jobs: &[Job], check: bool, explain: bool, what: &str, mut on_api_change: impl FnMut(&Job) -> Result<()>) -> Result<bool> {
    let mut stale = Vec::new();
    for job in jobs {
        let started = Instant::now();
        let text = std::fs::read_to_string(&job.spec_path).with_context(|| format!("reading {}", job.spec_path.display()))?;
        let crate_spec = CrateSpec { api_version: job.api_version.clone(), ..CrateSpec::new(job.package.clone(), job.spec_display.clone()) };
        let api = sdkgen_codegen::build_ir(&crate_spec, &text, &job.overlays)?;
        if explain {
            print!("{}", sdkgen_codegen::explain(&api));
        }
        let (files, report) = render(templates, &api, &job.spec_display, &job.out, &job.options)?;
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
            on_api_change(job)?;
        }
        stale.extend(differ);
    }
    if check {
        if stale.is_empty() {
            println!("{what} is up to date");
            return Ok(true);
        }
        eprintln!("{what} is stale; regenerate it. Files that differ:");
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

/// The crate's files for `api` written to `out`: the code, with the version the change since the
/// last generation calls for, the manifest and the changelog. Also the report, `None` on a
/// first generation.
pub fn render(templates: &Templates, api: &Api, spec: &str, out: &Path, options: &CrateOptions) -> Result<(Vec<OutputFile>, Option<Report>)> {
    let manifest_path = out.join(MANIFEST_FILE);
    let manifest = std::fs::read_to_string(&manifest_path).ok();
    let changelog = std::fs::read_to_string(out.join(CHANGELOG_FILE)).ok();
    let display = manifest_path.display().to_string();
    let release = changes::release(&api.package, spec, api, manifest.as_deref().map(|m| (display.as_str(), m)), changelog.as_deref(), &options.crate_version)?;
    let options = CrateOptions { crate_version: release.crate_version.clone(), ..options.clone() };
    let mut files = sdkgen_codegen::render_with(api, templates.clone(), &options)?;
    files.push(OutputFile { path: MANIFEST_FILE.to_owned(), contents: release.manifest });
    files.push(OutputFile { path: CHANGELOG_FILE.to_owned(), contents: release.changelog });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((files, release.report))
}

/// The surface of the crate generated from `spec` with `overlays`.
pub fn surface_of(spec: &Path, overlays: &[Overlay]) -> Result<(Api, Surface)> {
    let text = std::fs::read_to_string(spec).with_context(|| format!("reading {}", spec.display()))?;
    let file = spec.file_name().and_then(|n| n.to_str()).unwrap_or("spec").to_owned();
    let api = sdkgen_codegen::build_ir(&CrateSpec::new("api", file), &text, overlays)?;
    let surface = Surface::of(&api);
    Ok((api, surface))
}

/// `diff OLD NEW`: the change report between two specs, written to stdout.
pub fn diff(args: &DiffArgs) -> Result<bool> {
    let overlays = read_overlays(&args.overlays)?;
    let (_, before) = surface_of(&args.old, &overlays)?;
    let (_, after) = surface_of(&args.new, &overlays)?;
    let report = Report::new(&before, &after);
    print!("{}", report.render(&format!("{} → {}", args.old.display(), args.new.display())));
    Ok(true)
}

/// Brings `dir` in line with `files` (or, with `check`, only reports). Returns the paths that differ.
pub fn sync(dir: &Path, display: &str, files: &[OutputFile], check: bool, prune: bool) -> Result<Vec<String>> {
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
    // Files the generator no longer produces: the directory holds nothing else.
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

/// Every file under `dir`, sorted (none when it does not exist).
pub fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
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
