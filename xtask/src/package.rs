//! `cargo xtask package`: the crates a user downloads, proven to work as downloaded.
//! `cargo package` packs the runtime, both generated crates, `clerk-session` and
//! `clerk-backend-auth` (in one run, so each resolves the others against the just-packed files);
//! then a scratch project outside the workspace, whose dependencies on them are by version and
//! are patched to the unpacked `.crate` files (nothing from the workspace's source tree), is
//! built and run: it calls both APIs on a local server and checks what arrived, and renders a
//! crate through the packed `sdkgen-codegen` (its templates packed inside it) beside the packed
//! `sdkgen` library.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// The published crates a user of the Clerk SDKs depends on, in dependency order.
const PACKAGES: &[&str] = &["sdkgen-runtime", "clerk-frontend-api", "clerk-backend-api", "clerk-session", "clerk-backend-auth"];

/// Also published: the generator library and its command-line tool (`cargo install sdkgen`).
const GENERATOR_PACKAGES: &[&str] = &["sdkgen-codegen", "sdkgen"];

pub fn run(root: &Path) -> Result<bool> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut args = vec!["package", "--no-verify", "--allow-dirty"];
    for package in PACKAGES.iter().chain(GENERATOR_PACKAGES) {
        args.extend(["-p", package]);
    }
    // `--no-verify`: the scratch project below builds what was packed, as a user would.
    crate::run(root, &cargo, &args)?;
    let base = root.join("target/package-check");
    let _ = std::fs::remove_dir_all(&base);
    let unpacked = base.join("crates");
    std::fs::create_dir_all(&unpacked)?;
    let mut patches = String::new();
    let mut deps = String::new();
    // The generator crates too: the scratch project builds them from their packed files and
    // renders a crate with the packed templates.
    for package in PACKAGES.iter().chain(GENERATOR_PACKAGES) {
        let (file, version) = packed(root, package)?;
        crate::run(root, "tar", &["xzf", &file.display().to_string(), "-C", &unpacked.display().to_string()])?;
        let dir = format!("crates/{package}-{version}");
        if !base.join(&dir).join("Cargo.toml").exists() {
            bail!("{} did not unpack into {dir}", file.display());
        }
        patches.push_str(&format!("{package} = {{ path = \"../{dir}\" }}\n"));
        deps.push_str(&format!("{package} = \"={version}\"\n"));
    }
    let app = base.join("app");
    std::fs::create_dir_all(app.join("src"))?;
    std::fs::write(
        app.join("Cargo.toml"),
        format!(
            "[package]\nname = \"package-check\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\n{deps}tokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\", \"net\", \"io-util\"] }}\n\n# The packed crates, unpacked: what crates.io would serve.\n[patch.crates-io]\n{patches}\n[workspace]\n"
        ),
    )?;
    std::fs::write(app.join("src/main.rs"), MAIN)?;
    // Third-party versions as the workspace tested them.
    std::fs::copy(root.join("Cargo.lock"), app.join("Cargo.lock"))?;
    let manifest = app.join("Cargo.toml").display().to_string();
    let target = root.join("target").display().to_string();
    crate::run_with_env(root, &cargo, &["run", "--quiet", "--manifest-path", &manifest], &[("CARGO_TARGET_DIR", &target)])?;
    println!(
        "package: {} packed, and a project depending on the packed files alone built and called both APIs, and generated a crate with {}",
        PACKAGES.join(", "),
        GENERATOR_PACKAGES.join(" and ")
    );
    Ok(true)
}

/// The `.crate` file `cargo package` wrote for `package`, and its version.
fn packed(root: &Path, package: &str) -> Result<(PathBuf, String)> {
    let dir = root.join("target/package");
    let prefix = format!("{package}-");
    let mut found: Vec<(PathBuf, String)> = std::fs::read_dir(&dir)
        .with_context(|| format!("reading {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?.to_owned();
            let version = name.strip_prefix(&prefix)?.strip_suffix(".crate")?.to_owned();
            version.starts_with(|c: char| c.is_ascii_digit()).then_some((p, version))
        })
        .collect();
    // The one of the version in the workspace now (older packs may linger in target/package).
    let current = crate_version(root, package)?;
    found.retain(|(_, v)| *v == current);
    found.pop().with_context(|| format!("cargo package wrote no {package}-{current}.crate"))
}

/// The version of a workspace package, from its manifest.
fn crate_version(root: &Path, package: &str) -> Result<String> {
    let manifest = match package {
        "sdkgen-runtime" => "crates/runtime/Cargo.toml".to_owned(),
        "clerk-session" => "crates/session/Cargo.toml".to_owned(),
        "clerk-backend-auth" => "crates/backend-auth/Cargo.toml".to_owned(),
        "sdkgen-codegen" => "crates/codegen/Cargo.toml".to_owned(),
        "sdkgen" => "crates/sdkgen/Cargo.toml".to_owned(),
        generated => format!("generated/{generated}/Cargo.toml"),
    };
    let text = std::fs::read_to_string(root.join(&manifest)).with_context(|| format!("reading {manifest}"))?;
    let version = crate::release::package_version(&text).with_context(|| format!("{manifest} has no version"))?;
    Ok(version.to_owned())
}

/// The scratch project's program: a one-shot local HTTP server per call, a call through each
/// generated crate, and a use of each hand-written crate.
const MAIN: &str = r##"use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Serves one request with `status` and `body` on 127.0.0.1 (a free port); returns the base URL
/// and the request's head as received.
async fn serve_once(status: u16, body: &'static str) -> (String, tokio::task::JoinHandle<String>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
    let url = format!("http://{}", listener.local_addr().expect("address"));
    let handle = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.expect("accept");
        let mut head = Vec::new();
        let mut buf = [0u8; 4096];
        while !head.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = socket.read(&mut buf).await.expect("read");
            if n == 0 { break; }
            head.extend_from_slice(&buf[..n]);
        }
        let response = format!("HTTP/1.1 {status} X\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
        socket.write_all(response.as_bytes()).await.expect("write");
        String::from_utf8_lossy(&head).to_lowercase()
    });
    (url, handle)
}

#[tokio::main]
async fn main() {
    let (url, request) = serve_once(200, r#"{"keys": []}"#).await;
    let backend = clerk_backend_api::Client::builder(url).bearer_auth("sk_test_x").build().expect("client");
    let jwks = backend.jwks().get().send().await.expect("GET /jwks decodes");
    assert!(jwks.keys.unwrap_or_default().is_empty());
    let head = request.await.expect("server");
    assert!(head.starts_with("get /jwks "), "{head}");
    assert!(head.contains(&format!("clerk-api-version: {}", clerk_backend_api::API_VERSION)), "{head}");

    let (url, request) = serve_once(404, r#"{"errors": [{"message": "not found", "long_message": "not found", "code": "resource_not_found"}]}"#).await;
    let frontend = clerk_frontend_api::Client::builder(url).build().expect("client");
    match frontend.environment().get().send().await {
        Err(clerk_frontend_api::Error::Api { status, .. }) => assert_eq!(status.as_u16(), 404),
        other => panic!("expected a typed 404, got {other:?}"),
    }
    let head = request.await.expect("server");
    assert!(head.contains(&format!("clerk-api-version: {}", clerk_frontend_api::API_VERSION)), "{head}");

    let api = clerk_session::FrontendApi::from_url("https://clerk.example.com");
    assert_eq!(api.url(), "https://clerk.example.com");
    assert_eq!(clerk_backend_auth::session_token(&Default::default()), None);
    println!("package-check: both APIs called from the packaged crates");

    // The packed generator: a spec to a crate's files, with the templates packed inside it.
    let spec = "openapi: 3.0.3\ninfo: {title: Pets, version: '1'}\npaths:\n  /pets:\n    get:\n      operationId: listPets\n      responses:\n        '200':\n          description: Pets.\n          content:\n            application/json:\n              schema: {type: array, items: {type: string}}\n";
    let crate_spec = sdkgen_codegen::CrateSpec::new("pets-client", "pets.yml");
    let api = sdkgen_codegen::build_ir(&crate_spec, spec, &[]).expect("the packed generator reads a spec");
    let files = sdkgen_codegen::render::render_crate(&api, &sdkgen_codegen::Templates::Embedded, &Default::default()).expect("and renders it");
    assert!(files.iter().any(|f| f.path == "src/operations.rs" && f.contents.contains("list_pets")), "{:?}", files.iter().map(|f| &f.path).collect::<Vec<_>>());
    let _ = sdkgen::read_overlays(&[]).expect("the packed CLI's library");
    println!("package-check: the packed generator rendered a crate");
}
"##;

/// `cargo xtask install-check`: the generator as a user installs it. `cargo install` puts the
/// `sdkgen` binary into a temporary root; it generates a crate from a fixture into a directory
/// outside this checkout, run from there with only the binary's built-in templates; the crate
/// builds, against this checkout's runtime by absolute path (the runtime is not on crates.io).
pub fn install_check(root: &Path) -> Result<bool> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let scratch = std::env::temp_dir().join(format!("sdkgen-install-check-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch)?;
    let result = install_and_generate(root, &cargo, &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn install_and_generate(root: &Path, cargo: &str, scratch: &Path) -> Result<bool> {
    let install_root = scratch.join("install").display().to_string();
    let target = root.join("target").display().to_string();
    // `--debug` and the workspace's target directory: the generator's dependencies are built once.
    crate::run_with_env(root, cargo, &["install", "--path", "crates/sdkgen", "--root", &install_root, "--debug", "--locked", "--quiet"], &[("CARGO_TARGET_DIR", &target)])?;
    let binary = scratch.join("install/bin/sdkgen");
    let runtime = root.join("crates/runtime").canonicalize()?.display().to_string();
    let spec = root.join("tests/fixtures/allof-over-union.yml").display().to_string();
    let status = std::process::Command::new(&binary)
        .args(["generate", "--spec", &spec, "--out", "client", "--name", "install-check-client", "--runtime-path", &runtime])
        .current_dir(scratch)
        .status()
        .context("running the installed sdkgen")?;
    if !status.success() {
        bail!("the installed sdkgen failed ({status})");
    }
    std::fs::copy(root.join("Cargo.lock"), scratch.join("client/Cargo.lock"))?;
    let manifest = scratch.join("client/Cargo.toml").display().to_string();
    crate::run_with_env(root, cargo, &["build", "--quiet", "--manifest-path", &manifest], &[("CARGO_TARGET_DIR", &target)])?;
    println!("install-check: sdkgen installed with cargo install, generated a crate outside the checkout, and it builds");
    Ok(true)
}
