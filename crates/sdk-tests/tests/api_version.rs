//! The API version each Clerk crate speaks is stated once and sent on every request:
//! `API_VERSION` is what goes out in `Clerk-API-Version`, and it is the version of the bundled
//! spec (the Backend API's `info.version`; for the Frontend API, whose `info.version` is `v1`,
//! the date declared in spec/bundled.yml, checked here against the spec's source and text).

use sdk_tests::wire::{header, only_request, server};

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// `api_version.value` of a crate in spec/bundled.yml, if declared.
fn declared_version(package: &str) -> Option<String> {
    let bundled: serde_yaml::Value = serde_yaml::from_str(&read("spec/bundled.yml")).expect("spec/bundled.yml parses");
    let entry = bundled["crates"].as_sequence().expect("crates").iter().find(|c| c["name"].as_str() == Some(package)).cloned();
    entry.and_then(|c| c["api_version"]["value"].as_str().map(str::to_owned))
}

/// Every `YYYY-MM-DD` after "API version " in `text`.
fn versions_mentioned(text: &str) -> Vec<&str> {
    text.match_indices("API version ").filter_map(|(i, m)| text.get(i + m.len()..i + m.len() + 10)).filter(|d| d.as_bytes().iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })).collect()
}

#[tokio::test]
async fn the_frontend_api_crate_sends_its_api_version_on_every_request() {
    let server = server(200, serde_json::json!({})).await;
    let clerk = clerk_frontend_api::Client::builder(server.uri()).build().expect("client");
    let _ = clerk.environment().get().send().await;
    let request = only_request(&server).await;
    assert_eq!(header(&request, "clerk-api-version"), Some(clerk_frontend_api::API_VERSION));
}

#[tokio::test]
async fn the_backend_api_crate_sends_its_api_version_on_every_request() {
    let server = server(200, serde_json::json!({"keys": []})).await;
    let clerk = clerk_backend_api::Client::builder(server.uri()).build().expect("client");
    let _ = clerk.jwks().get().send().await;
    let request = only_request(&server).await;
    assert_eq!(header(&request, "clerk-api-version"), Some(clerk_backend_api::API_VERSION));
}

#[test]
fn the_backend_api_version_is_the_specs_own() {
    let spec: serde_yaml::Value = serde_yaml::from_str(&read("spec/clerk-backend-api.yml")).expect("spec parses");
    assert_eq!(spec["info"]["version"].as_str(), Some(clerk_backend_api::API_VERSION));
    assert_eq!(declared_version("clerk-backend-api"), None, "stated by the spec: not declared a second time");
}

#[test]
fn the_frontend_api_version_is_declared_once_and_matches_the_specs_source_and_text() {
    let declared = declared_version("clerk-frontend-api").expect("spec/bundled.yml declares the Frontend API's version");
    assert_eq!(clerk_frontend_api::API_VERSION, declared);
    // The source file the spec was copied from is named after its version.
    let readme = read("spec/README.md");
    let row = readme.lines().find(|l| l.starts_with("| `clerk-frontend-api.yml`")).expect("spec/README.md lists the Frontend API spec");
    assert!(row.contains(&format!("`fapi/{declared}.yml`")), "spec/README.md's source of the Frontend API spec is not fapi/{declared}.yml: {row}");
    // The spec's own text speaks of that version, and of none newer.
    let spec = read("spec/clerk-frontend-api.yml");
    let mentioned = versions_mentioned(&spec);
    assert!(mentioned.contains(&declared.as_str()), "the spec never mentions API version {declared}: {mentioned:?}");
    assert!(mentioned.iter().all(|v| *v <= declared.as_str()), "the spec mentions a newer API version than {declared}: {mentioned:?}");
    // The backend spec of the same release has the same version.
    assert_eq!(clerk_backend_api::API_VERSION, declared, "the two crates speak one API version");
}
