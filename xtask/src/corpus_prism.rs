//! The Prism suite for the corpus crates: one harness crate, written under
//! `target/corpus-crates/corpus-prism/` as a member of the corpus workspace, that depends on
//! every crate `cargo xtask corpus` generated, `include!`s the calls `sdkgen_mock_calls` synthesised for each, and runs
//! `sdkgen_mock_suite::mock::run` on them one crate at a time (one Prism each). It prints one
//! line per crate and its findings; xtask counts the crates that pass.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::{relative_path, Standalone};

/// The line the harness prints for a crate that passed (followed by the package name).
const PASSED: &str = "prism passed: ";

/// The harness's package, and its directory under the corpus workspace.
pub const HARNESS: &str = "corpus-prism";

/// Builds and runs the harness (a member of the corpus workspace at `base`, written by
/// [`write_harness`]); returns the packages that passed.
pub fn run(root: &Path, base: &Path, crates: &[&Standalone]) -> Result<Vec<String>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let manifest = base.join("Cargo.toml");
    let output = Command::new(&cargo)
        .args(["run", "--quiet", "-p", HARNESS, "--manifest-path"])
        .arg(&manifest)
        .env("CARGO_TARGET_DIR", base.join("target"))
        .env("CARGO_INCREMENTAL", "0")
        // The harness is only run: debug info would only cost build time.
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .current_dir(root)
        .stderr(std::process::Stdio::inherit())
        .output()
        .with_context(|| format!("starting {cargo}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    print!("{stdout}");
    let passed: Vec<String> = stdout.lines().filter_map(|l| l.strip_prefix(PASSED)).map(str::to_owned).collect();
    if !output.status.success() && passed.len() == crates.len() {
        anyhow::bail!("the corpus Prism harness failed ({})", output.status);
    }
    Ok(passed)
}

/// Operations Prism cannot serve, with the reasons, by package (`prism_unserved` in corpus.yml).
pub type Unserved = BTreeMap<String, BTreeMap<String, String>>;

/// Writes the harness crate into `dir`.
pub fn write_harness(root: &Path, dir: &Path, crates: &[&Standalone], unserved: &Unserved) -> Result<()> {
    std::fs::create_dir_all(dir.join("src/calls"))?;
    std::fs::create_dir_all(dir.join("specs"))?;
    let dir_abs = dir.canonicalize()?;
    let path_to = |to: &Path| -> Result<String> {
        let to = to.canonicalize().with_context(|| format!("resolving {}", to.display()))?;
        Ok(relative_path(&dir_abs, &to).to_string_lossy().replace('\\', "/"))
    };
    let mut manifest = String::from(
        "# Written by `cargo xtask corpus`: the Prism suite over every corpus crate.\n\
         [package]\nname = \"corpus-prism\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n",
    );
    writeln!(manifest, "sdkgen-mock-suite = {{ path = {:?} }}", path_to(&root.join("crates/mock-suite"))?)?;
    writeln!(manifest, "sdkgen-runtime = {{ path = {:?} }}", path_to(&root.join("crates/runtime"))?)?;
    writeln!(manifest, "tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}")?;
    writeln!(manifest, "serde_json = \"1\"")?;
    let mut modules = String::new();
    let mut suites = String::new();
    for c in crates {
        let unserved: Vec<String> =
            unserved.get(&c.package).into_iter().flatten().map(|(op, why)| format!("({op:?}, {why:?})")).collect();
        writeln!(manifest, "{} = {{ path = {:?} }}", c.package, path_to(&c.dir)?)?;
        write_if_changed(&dir.join(format!("src/calls/{}.rs", c.lib_name)), &c.mock_calls)?;
        write_if_changed(&dir.join(format!("specs/{}.json", c.package)), &c.mock_spec)?;
        writeln!(modules, "#[allow(clippy::all, unused)]\nmod {lib} {{\n    include!(\"calls/{lib}.rs\");\n}}", lib = c.lib_name)?;
        writeln!(
            suites,
            "    if wanted(\"{package}\") {{\n        passed &= check(Suite {{\n            package: \"{package}\",\n            \
             spec: concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/specs/{package}.json\").into(),\n            \
             operations: {lib}::OPERATIONS,\n            client: |base_url, http, hook| {lib}::client(base_url, http, hook),\n            \
             unserved: &[{unserved}],\n        \
             }})\n        .await;\n    }}",
            package = c.package,
            lib = c.lib_name,
            unserved = unserved.join(", ")
        )?;
    }
    let main = format!(
        "//! Written by `cargo xtask corpus`. Runs the Prism suite on each corpus crate (all, or those\n\
         //! named as arguments) and prints one line per crate.\n\n\
         use sdkgen_mock_suite::mock::{{run, Report, Suite}};\n\n{modules}\n\
         #[tokio::main(flavor = \"multi_thread\", worker_threads = 2)]\n\
         async fn main() -> std::process::ExitCode {{\n    \
         let only: Vec<String> = std::env::args().skip(1).collect();\n    \
         let wanted = |name: &str| only.is_empty() || only.iter().any(|o| o == name);\n    \
         let mut passed = true;\n{suites}\n    \
         if passed {{ std::process::ExitCode::SUCCESS }} else {{ std::process::ExitCode::FAILURE }}\n}}\n\n\
         /// Runs one crate's suite and prints its line (and its findings if it failed).\n\
         async fn check<C: Send + 'static>(suite: Suite<C>) -> bool {{\n    \
         let report: Report = run(suite).await;\n    \
         println!(\"{{}}\", report.summary());\n    \
         if report.passed() {{\n        println!(\"{PASSED}{{}}\", report.package);\n    }} else {{\n        print!(\"{{}}\", report.details(false));\n    }}\n    \
         report.passed()\n}}\n"
    );
    write_if_changed(&dir.join("Cargo.toml"), &manifest)?;
    write_if_changed(&dir.join("src/main.rs"), &main)?;
    // The workspace's lock file is the one; an old one of the harness's own would confuse cargo.
    let _ = std::fs::remove_file(dir.join("Cargo.lock"));
    Ok(())
}

/// Leaves unchanged files alone, so cargo does not rebuild them.
fn write_if_changed(path: &Path, contents: &str) -> Result<()> {
    if std::fs::read_to_string(path).ok().as_deref() != Some(contents) {
        std::fs::write(path, contents).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}
