//! Row 1 of BENCHMARKS.md: generation time per spec next to the floor, loading the same YAML
//! into `openapiv3::OpenAPI`, in one process. Usage: `gen_timing <root> <package>=<spec>...`;
//! prints one line per spec: `package floor_ms generate_ms runs`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use sdkgen_bench::median;

const RUNS: usize = 7;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().ok_or("usage: gen_timing <root> <package>=<spec>...")?);
    let out_dir = std::env::temp_dir().join(format!("sdkgen-bench-{}", std::process::id()));
    for pair in args {
        let (package, spec_file) = pair.split_once('=').ok_or("arguments are <package>=<spec>")?;
        let text = std::fs::read_to_string(root.join(spec_file))?;
        let mut floor = Vec::new();
        let mut full = Vec::new();
        // Interleaved, so that machine noise hits both alike.
        for _ in 0..RUNS {
            let start = Instant::now();
            let spec: openapiv3::OpenAPI = serde_yaml::from_str(&text)?;
            floor.push(start.elapsed());
            drop(spec);

            let start = Instant::now();
            let overlays = sdkgen_codegen::overlay::overlays_for(&root.join("spec/overlays"), "spec/overlays", spec_file)?;
            let crate_spec = sdkgen_codegen::CrateSpec::new(package.to_owned(), spec_file.to_owned());
            let files = sdkgen_codegen::generate(&crate_spec, &text, &overlays, &root.join("templates"))?;
            let dir = out_dir.join(package);
            for file in &files {
                let path = dir.join(&file.path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(path, &file.contents)?;
            }
            full.push(start.elapsed());
        }
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!("{package} {:.1} {:.1} {RUNS}", ms(median(&mut floor)), ms(median(&mut full)));
    }
    let _ = std::fs::remove_dir_all(out_dir);
    Ok(())
}
