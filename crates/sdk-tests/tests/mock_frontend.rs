//! Every Frontend API operation, called through the generated `clerk_frontend_api` client against the
//! Prism mock server, which validates each request; see `sdk_tests::mock` for what is checked.
//! The calls are synthesised from the spec by `build.rs` (`sdkgen_mock_calls`).

mod calls {
    include!(concat!(env!("OUT_DIR"), "/mock_calls_clerk_frontend_api.rs"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_operation_against_prism() {
    let report = sdk_tests::mock::run(sdk_tests::mock::Suite {
        package: "clerk-frontend-api",
        spec: concat!(env!("OUT_DIR"), "/clerk-frontend-api.json").into(),
        operations: calls::OPERATIONS,
        client: |base_url, http, hook| calls::client(base_url, http, hook),
        unserved: &[],
    })
    .await;
    sdk_tests::mock::finish(&report);
}
