//! `cargo xtask bench`: the numbers of BENCHMARKS.md, measured in one run and printed as a
//! Markdown table. Targets are checked here, by measurement, never by timed tests.

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::{product_crates, root};

pub fn bench(scale_only: bool, budgets_only: bool) -> Result<bool> {
    let root = root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    if scale_only || budgets_only {
        let rows = if scale_only { crate::bench_scale::rows(&root, &cargo)? } else { crate::bench_budgets::rows(&root, &cargo)? };
        println!();
        println!("{}", machine()?);
        println!();
        for row in rows {
            println!("{row}");
        }
        return Ok(true);
    }
    let started = Instant::now();
    let mut rows = Vec::new();
    let mut met = true;

    println!("building the benchmarks (release)...");
    quiet(&root, &cargo, &["build", "--release", "-p", "sdkgen-bench", "--bins"])?;
    quiet(&root, &cargo, &["bench", "-p", "sdkgen-bench", "--no-run"])?;

    // 1. Generation time next to the floor.
    let mut args: Vec<String> = vec![root.display().to_string()];
    let crates = product_crates(&root)?;
    args.extend(crates.iter().map(|(package, spec)| format!("{package}={spec}")));
    let out = output(&root, &root.join("target/release/gen_timing").display().to_string(), &args.iter().map(String::as_str).collect::<Vec<_>>())?;
    for line in out.lines() {
        let cells: Vec<&str> = line.split_whitespace().collect();
        let [package, floor, full, runs] = cells[..] else { bail!("unexpected gen_timing output: {line}") };
        let ratio = full.parse::<f64>()? / floor.parse::<f64>()?;
        met &= ratio <= 5.0;
        rows.push(format!(
            "| 1. Generation, `{package}` (median of {runs}) | {full} ms | floor (YAML → `openapiv3`): {floor} ms | {ratio:.2}x the floor (target ≤ 5x) |"
        ));
    }

    // 2. Size of the generated code.
    for (package, _) in &crates {
        let dir = root.join("generated").join(package).join("src");
        let mut lines = 0;
        let mut types = 0;
        for file in ["lib.rs", "client.rs", "operations.rs", "types.rs"] {
            let text = std::fs::read_to_string(dir.join(file)).with_context(|| format!("reading {file}"))?;
            lines += text.lines().count();
            if file == "types.rs" {
                types = text.lines().filter(|l| l.starts_with("pub struct ") || l.starts_with("pub enum ") || l.starts_with("pub type ")).count();
            }
        }
        let ops = std::fs::read_to_string(dir.join("operations.rs"))?.matches("    pub async fn send(").count();
        rows.push(format!("| 2. Generated code, `{package}` | {lines} lines | {types} public types, {ops} operations | |"));
    }

    // 3. Build cost of each generated crate, dependencies already built.
    for (package, _) in &crates {
        quiet(&root, &cargo, &["build", "-p", package])?;
        quiet(&root, &cargo, &["check", "-p", package])?;
        quiet(&root, &cargo, &["clean", "-p", package])?;
        let (build, build_rss) = timed_with_rustc_peak(&root, &cargo, &["build", "-p", package], package)?;
        quiet(&root, &cargo, &["clean", "-p", package])?;
        // Rebuild the debug artifacts the check does not make, so later steps start warm.
        let (check, check_rss) = timed_with_rustc_peak(&root, &cargo, &["check", "-p", package], package)?;
        quiet(&root, &cargo, &["build", "-p", package])?;
        let target = if *package == "clerk-frontend-api" {
            met &= build.as_secs_f64() < 10.0;
            " (target < 10 s)"
        } else {
            ""
        };
        rows.push(format!(
            "| 3. Debug build, `{package}` | {:.1} s{target} | `cargo check`: {:.1} s | rustc peak RSS: build {} MB, check {} MB |",
            build.as_secs_f64(),
            check.as_secs_f64(),
            build_rss / 1024,
            check_rss / 1024
        ));
    }

    // 4. Decode throughput (criterion).
    quiet(&root, &cargo, &["bench", "-p", "sdkgen-bench", "--bench", "decode", "--", "--noplot"])?;
    let corpus_bytes = corpus_bytes(&root)?;
    let typed = criterion_mean_ns(&root, "decode/typed")?;
    let value = criterion_mean_ns(&root, "decode/value")?;
    let mbps = |ns: f64| corpus_bytes as f64 / (ns / 1e9) / 1e6;
    met &= typed / value < 1.0;
    rows.push(format!(
        "| 4. Decode payload corpus ({} KB) | typed: {:.0} MB/s | `serde_json::Value`: {:.0} MB/s | time ratio typed/Value {:.2} (target < 1.0) |",
        corpus_bytes / 1024,
        mbps(typed),
        mbps(value),
        typed / value
    ));

    // 5. Per-request overhead.
    let out = output(&root, &root.join("target/release/overhead").display().to_string(), &[])?;
    let cells: Vec<f64> = out.split_whitespace().map(str::parse).collect::<Result<_, _>>()?;
    let [generated, plain] = cells[..] else { bail!("unexpected overhead output: {out}") };
    let overhead = (plain / generated - 1.0) * 100.0;
    met &= overhead <= 10.0;
    rows.push(format!(
        "| 5. Requests/s against 127.0.0.1 | generated: {generated:.0}/s | plain `reqwest`: {plain:.0}/s | generated takes {overhead:+.1}% time per request (target ≤ +10%) |"
    ));

    // 6. Session-token verification, cached keys, next to `jsonwebtoken::decode` alone.
    let out = output(&root, &root.join("target/release/verify").display().to_string(), &[])?;
    let cells: Vec<f64> = out.split_whitespace().map(str::parse).collect::<Result<_, _>>()?;
    let [ours, floor] = cells[..] else { bail!("unexpected verify output: {out}") };
    let slower = (floor / ours - 1.0) * 100.0;
    met &= slower <= 10.0;
    rows.push(format!(
        "| 6. Session-token verifications/s (`clerk-backend-auth`, cached JWKS) | {ours:.0}/s | `jsonwebtoken::decode` alone: {floor:.0}/s | takes {slower:+.1}% time per token (target ≤ +10%) |"
    ));

    // 7. Scale: the largest corpus spec, next to progenitor's crate for it.
    rows.extend(crate::bench_scale::rows(&root, &cargo)?);

    // 8. Build budgets of the features per operation group, next to progenitor.
    rows.extend(crate::bench_budgets::rows(&root, &cargo)?);

    println!();
    println!("{}", machine()?);
    println!();
    println!("| Row | Ours | Next to | Ratio / target |");
    println!("|---|---|---|---|");
    for row in &rows {
        println!("{row}");
    }
    println!();
    println!("bench took {:.0} s; targets {}", started.elapsed().as_secs_f64(), if met { "met" } else { "NOT all met" });
    Ok(true)
}

/// Date, CPU, cores and rustc of this run.
fn machine() -> Result<String> {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| info.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).map(|s| s.trim().to_owned()))
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let rustc = output(Path::new("."), "rustc", &["--version"])?;
    let date = output(Path::new("."), "date", &["-u", "+%Y-%m-%d"])?;
    Ok(format!("Run of {} on {cpu}, {cores} cores, {}", date.trim(), rustc.trim()))
}

pub(crate) fn quiet(root: &Path, program: &str, args: &[&str]) -> Result<()> {
    let status = Command::new(program).args(args).current_dir(root).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null()).status()?;
    if !status.success() {
        bail!("`{program} {}` failed ({status})", args.join(" "));
    }
    Ok(())
}

pub(crate) fn output(root: &Path, program: &str, args: &[&str]) -> Result<String> {
    let out = Command::new(program).args(args).current_dir(root).output().with_context(|| format!("starting {program}"))?;
    if !out.status.success() {
        bail!("`{program} {}` failed: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Runs cargo, timing it, while sampling the peak RSS (VmHWM, KB) of the rustc compiling `package`.
pub(crate) fn timed_with_rustc_peak(root: &Path, cargo: &str, args: &[&str], package: &str) -> Result<(Duration, u64)> {
    let crate_name = format!("--crate-name\0{}\0", package.replace('-', "_"));
    let done = Arc::new(AtomicBool::new(false));
    let sampler = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut peak = 0u64;
            while !done.load(Ordering::Relaxed) {
                for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                    let dir = entry.path();
                    let Ok(cmdline) = std::fs::read(dir.join("cmdline")) else { continue };
                    if !String::from_utf8_lossy(&cmdline).contains(&crate_name) {
                        continue;
                    }
                    let status = std::fs::read_to_string(dir.join("status")).unwrap_or_default();
                    let hwm = status.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)).and_then(|v| v.parse().ok());
                    peak = peak.max(hwm.unwrap_or(0));
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            peak
        })
    };
    let start = Instant::now();
    let result = quiet(root, cargo, args);
    let elapsed = start.elapsed();
    done.store(true, Ordering::Relaxed);
    let peak = sampler.join().unwrap_or(0);
    result?;
    Ok((elapsed, peak))
}

fn corpus_bytes(root: &Path) -> Result<usize> {
    let dir = root.join("crates/payloads/data");
    let mut total = 0;
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "json") {
            total += std::fs::metadata(&path)?.len() as usize;
        }
    }
    Ok(total)
}

/// The mean time per iteration (ns) criterion recorded for `id`.
fn criterion_mean_ns(root: &Path, id: &str) -> Result<f64> {
    let path = root.join("target/criterion").join(id).join("new/estimates.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
    let key = "\"mean\":{\"confidence_interval\":";
    let at = text.find(key).context("no mean in criterion's estimates")?;
    let rest = &text[at..];
    let pe = rest.find("\"point_estimate\":").context("no point estimate")?;
    let number: String = rest[pe + 17..].chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == 'e' || *c == '-' || *c == '+').collect();
    Ok(number.parse()?)
}
