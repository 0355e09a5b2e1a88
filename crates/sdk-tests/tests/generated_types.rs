//! Behaviour of the generated types themselves: forward-compatible enums and unions,
//! one-value markers, and the docs naming each type's spec location.

use clerk_frontend_api::types::{
    ClientClientObject, ClientSignInFirstFactorVerification, ClientSignInStatus, StubsVerificationOtpObject,
};
use serde_json::json;

#[test]
fn an_unknown_enum_value_survives_decoding_and_encoding() {
    let status: ClientSignInStatus = serde_json::from_value(json!("needs_a_new_thing")).expect("decodes");
    assert_eq!(status, ClientSignInStatus::Unknown("needs_a_new_thing".into()));
    assert_eq!(serde_json::to_value(&status).expect("encodes"), json!("needs_a_new_thing"));
    let known: ClientSignInStatus = serde_json::from_value(json!("complete")).expect("decodes");
    assert_eq!(known.as_str(), "complete");
    assert_ne!(known, ClientSignInStatus::Unknown("complete".into()));
}

#[test]
fn a_union_dispatches_on_its_tag_and_keeps_unknown_objects_whole() {
    let otp = json!({"object": "verification_otp", "status": "unverified", "strategy": "email_code", "attempts": 1, "expire_at": 1762189394000_i64});
    let decoded: ClientSignInFirstFactorVerification = serde_json::from_value(otp.clone()).expect("decodes");
    let ClientSignInFirstFactorVerification::StubsVerificationOtp(v) = &decoded else { panic!("wrong variant: {decoded:?}") };
    assert_eq!(v.expire_at, 1762189394000);
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), otp);

    // A verification kind this crate does not know: kept as sent, encoded back unchanged.
    let future = json!({"object": "verification_quantum", "status": "verified", "qubits": [1, 0]});
    let decoded: ClientSignInFirstFactorVerification = serde_json::from_value(future.clone()).expect("decodes");
    assert!(matches!(&decoded, ClientSignInFirstFactorVerification::Unknown(raw) if *raw == future), "{decoded:?}");
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), future);
}

#[test]
fn a_known_tag_with_a_wrong_body_is_an_error_with_the_path() {
    let bad = json!({"object": "verification_otp", "status": "unverified", "strategy": "email_code", "expire_at": "soon"});
    let err = serde_path_to_error::deserialize::<_, ClientSignInFirstFactorVerification>(bad).expect_err("expire_at is a string");
    assert_eq!(err.path().to_string(), "expire_at");
}

#[test]
fn one_value_markers_need_no_construction() {
    assert_eq!(ClientClientObject::default().as_str(), "client");
    assert_eq!(StubsVerificationOtpObject::default().as_str(), "verification_otp");
}

#[test]
fn each_type_s_docs_end_with_its_spec_location() {
    let source = include_str!("../../../generated/clerk-frontend-api/src/types.rs");
    let mut checked = 0;
    for t in clerk_payloads::type_declarations(source) {
        let last_doc = t.docs.last().copied().unwrap_or_default();
        assert!(last_doc.starts_with("/// Spec: `#/"), "{} ends its docs with {last_doc:?}", t.line);
        checked += 1;
    }
    assert!(checked > 500, "checked {checked} types");
}

#[test]
fn an_object_without_its_tag_is_kept_whole() {
    // Clerk always sends `object`; if a server did not, nothing would be lost.
    let untagged = json!({"status": "verified", "strategy": "email_code", "attempts": 1, "expire_at": 1762189394000_i64});
    let decoded: ClientSignInFirstFactorVerification = serde_json::from_value(untagged.clone()).expect("decodes");
    assert!(matches!(&decoded, ClientSignInFirstFactorVerification::Unknown(raw) if *raw == untagged), "{decoded:?}");
    assert_eq!(serde_json::to_value(&decoded).expect("encodes"), untagged);
}
