//! `sdkgen`: a typed, async Rust client crate from any OpenAPI 3.0 or 3.1 spec, anywhere.
//!
//! ```text
//! sdkgen generate --spec openapi.yml --out my-client --name my-client [--check] [--overlay fix.yml]
//! sdkgen diff old.yml new.yml
//! ```

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sdkgen::{DiffArgs, GenerateArgs};
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
    Generate(GenerateArgs),
    /// The change report between two specs, without writing anything.
    Diff(DiffArgs),
}

fn main() -> ExitCode {
    let result = match Cli::parse().command {
        Command::Generate(args) => generate(args),
        Command::Diff(args) => sdkgen::diff(&args),
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

fn generate(GenerateArgs { check, explain, one }: GenerateArgs) -> anyhow::Result<bool> {
    if one.spec.is_none() {
        anyhow::bail!("generate needs --spec, --out and --name");
    }
    let templates = one.templates.clone().map(Templates::Dir).unwrap_or_default();
    let job = one.job(|_| Ok(format!("version = {RUNTIME_VERSION:?}")))?;
    sdkgen::run_jobs(&templates, &[job], check, explain, "the output directory", |_| Ok(()))
}
