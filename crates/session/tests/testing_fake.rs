//! `clerk_session::testing` as a user's test meets it: users defined with `User::new`, the
//! flows against it, protocol violations recorded, and its embedded recordings the same as
//! the repository's payload corpus.

use clerk_session::testing::{FakeFrontendApi, User, CODE, PASSWORD, RECORDED};
use clerk_session::{Clerk, CodeChannel, FrontendApi};

/// The copies are the corpus's bodies as it serves them (redaction artifacts repaired). With
/// `UPDATE_RECORDINGS=1` this test rewrites them from the corpus instead.
#[test]
fn the_embedded_recordings_are_the_payload_corpus_files() {
    let corpus = clerk_payloads::corpus().expect("payload corpus");
    let update = std::env::var_os("UPDATE_RECORDINGS").is_some();
    for (file, text) in RECORDED {
        let recorded = corpus.iter().find(|p| p.row.file == file).unwrap_or_else(|| panic!("{file} is not in the corpus"));
        if update {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/testing").join(file);
            std::fs::write(&path, serde_json::to_string_pretty(&recorded.json).expect("JSON") + "\n").expect("writing the copy");
            continue;
        }
        let embedded: serde_json::Value = serde_json::from_str(text).expect("embedded JSON");
        assert!(embedded == recorded.json, "src/testing/{file} differs from the corpus's body: run this test with UPDATE_RECORDINGS=1");
    }
}

#[tokio::test]
async fn users_defined_in_a_test_sign_in_with_test_mode_codes() {
    let fake = FakeFrontendApi::start(vec![User::new("user_ann", "ann+clerk_test@example.com").password("s3cret passphrase")]).await;
    let clerk = Clerk::builder(FrontendApi::from_url(fake.url())).connect().await.expect("connect");
    let wrong = clerk.sign_in_with_password("ann+clerk_test@example.com", PASSWORD).await.unwrap_err();
    assert_eq!(wrong.clerk_code(), Some("form_password_incorrect"));
    let step = clerk.sign_in_with_code("ann+clerk_test@example.com", CodeChannel::Email).await.expect("code sent");
    let done = clerk.attempt_first_factor_code(step.id(), CodeChannel::Email, CODE).await.expect("test-mode code");
    assert!(done.is_complete());
    assert_eq!(clerk.state().user().map(|u| u.id.as_str()), Some("user_ann"));
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_request_that_breaks_the_protocol_is_recorded() {
    let fake = FakeFrontendApi::start(vec![]).await;
    // No Clerk-API-Version header, and a path the fake does not serve.
    let response = sdkgen_runtime::reqwest::get(format!("{}/v1/nothing", fake.url())).await.expect("the fake answers");
    assert_eq!(response.status().as_u16(), 404);
    let violations = fake.violations();
    assert!(violations.iter().any(|v| v.contains("no Clerk-API-Version")), "{violations:?}");
    assert!(violations.iter().any(|v| v.contains("not served by the fake")), "{violations:?}");
}
