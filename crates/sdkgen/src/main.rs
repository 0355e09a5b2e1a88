//! `sdkgen`: a typed, async Rust client crate from any OpenAPI 3.0 or 3.1 spec, anywhere.
//!
//! ```text
//! sdkgen generate --spec openapi.yml --out my-client --name my-client [--check] [--overlay fix.yml]
//! sdkgen diff old.yml new.yml
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sdkgen::OneCrate;
use sdkgen_codegen::Templates;

/// The `sdkgen-runtime` release generated crates depend on unless told otherwise.
const RUNTIME_VERSION: &str = sdkgen_codegen::RUNTIME_VERSION;

#[derive(Parser)]
#[command(name = "sdkgen", version, about = "Generate a typed, async Rust client crate from an OpenAPI spec")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Generate (or, with `--check`, compare) a crate; prints its change report when the API changed.
    Generate {
        /// Write nothing; list the files that differ and fail if any does.
        #[arg(long)]
        check: bool,
        /// Also print how each `oneOf`/`anyOf` was turned into Rust, with counts.
        #[arg(long)]
        explain: bool,
        #[command(flatten)]
        one: OneCrate,
    },
    /// The change report between two specs, without writing anything.
    Diff {
        old: PathBuf,
        new: PathBuf,
        /// An Overlay 1.0 document applied to both specs first; repeatable, in order.
        #[arg(long = "overlay")]
        overlays: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate { check, explain, one } => generate(check, explain, one),
        Command::Diff { old, new, overlays } => sdkgen::diff(&old, &new, &overlays),
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

fn generate(check: bool, explain: bool, one: OneCrate) -> anyhow::Result<bool> {
    if one.spec.is_none() {
        anyhow::bail!("generate needs --spec, --out and --name");
    }
    let templates = one.templates.clone().map(Templates::Dir).unwrap_or_default();
    let job = one.job(|_| Ok(format!("version = {RUNTIME_VERSION:?}")))?;
    sdkgen::run_jobs(&templates, &[job], check, explain, "the output directory", |_| Ok(()))
}
