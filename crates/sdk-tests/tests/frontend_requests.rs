//! Requests built by the generated Frontend API client, as a local server receives them:
//! method, path, query, headers and the exact encoded body.

use clerk_frontend_api::{ApiErrorBody, Client, Error, FilePart, RetryConfig};
use wiremock::matchers::any;
use sdk_tests::wire::{header, only_request, server};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};


fn client(server: &MockServer) -> clerk_frontend_api::ClientBuilder {
    Client::builder(server.uri()).retry(RetryConfig::disabled())
}


fn query(request: &Request) -> Vec<(String, String)> {
    request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn body_text(request: &Request) -> String {
    String::from_utf8_lossy(&request.body).into_owned()
}

/// A minimal valid `ClerkErrors` body.
fn clerk_errors() -> serde_json::Value {
    serde_json::json!({"errors": [{"message": "is invalid", "long_message": "Password is incorrect.", "code": "form_password_incorrect", "meta": {"param_name": "password"}}], "meta": {}})
}

#[tokio::test]
async fn sign_in_is_form_encoded_with_header_parameter() {
    let server = server(422, clerk_errors()).await;
    let clerk = client(&server).build().expect("client");
    let result = clerk
        .sign_ins()
        .create()
        .strategy("password")
        .identifier("jane+test@example.com")
        .password("p&ss=word")
        .origin("https://app.example.com")
        .send()
        .await;

    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/v1/client/sign_ins");
    assert_eq!(header(&request, "content-type"), Some("application/x-www-form-urlencoded"));
    assert_eq!(header(&request, "origin"), Some("https://app.example.com"));
    assert_eq!(body_text(&request), "strategy=password&identifier=jane%2Btest%40example.com&password=p%26ss%3Dword");

    // The 422 comes back as the typed ClerkErrors body.
    match result {
        Err(Error::Api { status, body: ApiErrorBody::Typed(errors), .. }) => {
            assert_eq!(status.as_u16(), 422);
            assert_eq!(errors.errors[0].code, "form_password_incorrect");
        }
        other => panic!("expected a typed API error, got {other:?}"),
    }
}

#[tokio::test]
async fn dev_browser_token_goes_in_the_query_as_clerk_js_sends_it() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).dev_browser("dvb_123").build().expect("client");
    let _ = clerk.environment().get().send().await;
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/v1/environment");
    // `__clerk_db_jwt`, not the spec's `__dev_session` (overlay 15-frontend-api-native-clients.yml).
    assert_eq!(query(&request), vec![("__clerk_db_jwt".to_owned(), "dvb_123".to_owned())]);
    assert_eq!(header(&request, "authorization"), None);
}

#[tokio::test]
async fn native_app_sends_its_token_bare_with_is_native_flag() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).production_native_app("client_jwt").production_native_flag("1").build().expect("client");
    let _ = clerk.user().get().send().await;
    let request = only_request(&server).await;
    // As Clerk's native SDKs send it: the whole header value, no `Bearer` (overlay 15).
    assert_eq!(header(&request, "authorization"), Some("client_jwt"));
    assert_eq!(query(&request), vec![("_is_native".to_owned(), "1".to_owned())]);
}

#[tokio::test]
async fn an_operation_only_takes_the_schemes_its_security_lists() {
    // POST /v1/dev_browser declares `security: []`: a configured browser cookie is not sent.
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).production_browser("cookie_value").build().expect("client");
    let _ = clerk.dev_browser().create().send().await;
    let request = only_request(&server).await;
    assert_eq!(header(&request, "cookie"), None);
}

#[tokio::test]
async fn browser_token_goes_in_the_client_cookie() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).production_browser("cookie_value").build().expect("client");
    let _ = clerk.user().get().send().await;
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/v1/me");
    assert_eq!(header(&request, "cookie"), Some("__client=cookie_value"));
    assert!(query(&request).is_empty());
}

#[tokio::test]
async fn path_parameters_are_percent_encoded() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).build().expect("client");
    let _ = clerk.email_addresses().get_email_address("idn/1 x").send().await;
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "GET");
    assert_eq!(request.url.path(), "/v1/me/email_addresses/idn%2F1%20x");
}

#[tokio::test]
async fn space_delimited_array_query_and_single_value_parameters_sent_unasked() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).build().expect("client");
    // `response_type` allows only `code`: not an argument, always sent.
    let _ = clerk
        .o_auth2_identity_provider()
        .request_o_auth_authorize("client_1")
        .scope(vec!["openid".into(), "email".into()])
        .state("xyz")
        .send()
        .await;
    let request = only_request(&server).await;
    assert_eq!(request.url.path(), "/oauth/authorize");
    let q = query(&request);
    assert!(q.contains(&("response_type".into(), "code".into())), "{q:?}");
    assert!(q.contains(&("client_id".into(), "client_1".into())), "{q:?}");
    assert!(q.contains(&("scope".into(), "openid email".into())), "{q:?}");
    assert!(q.contains(&("state".into(), "xyz".into())), "{q:?}");
    // The API version the crate speaks goes out unasked too.
    assert_eq!(request.headers.get("clerk-api-version").map(|v| v.to_str().unwrap()), Some(clerk_frontend_api::API_VERSION));
}

#[tokio::test]
async fn client_credentials_use_http_basic() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).client_credentials("id", "secret").build().expect("client");
    let _ = clerk.o_auth2_identity_provider().get_o_auth_token("authorization_code").code("abc").send().await;
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(header(&request, "authorization"), Some("Basic aWQ6c2VjcmV0"));
    assert_eq!(body_text(&request), "grant_type=authorization_code&code=abc");
}

#[tokio::test]
async fn json_body_is_sent_as_json() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).build().expect("client");
    let _ = clerk.api_keys().create("my key", "user_1").send().await;
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/api_keys");
    assert_eq!(header(&request, "content-type"), Some("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&request.body).expect("JSON body");
    assert_eq!(body, serde_json::json!({"name": "my key", "subject": "user_1"}));
}

#[tokio::test]
async fn multipart_upload_carries_file_name_type_and_bytes() {
    let server = server(500, serde_json::json!({})).await;
    let clerk = client(&server).build().expect("client");
    let file = FilePart::new(b"\x89PNG-bytes".to_vec()).file_name("me.png").content_type("image/png");
    let _ = clerk.user().update_profile_image().file(file).send().await;
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.url.path(), "/v1/me/profile_image");
    sdk_tests::multipart::assert_file_part(header(&request, "content-type"), &request.body, "file", "me.png", "image/png", b"\x89PNG-bytes");
}

#[tokio::test]
async fn success_body_decodes_into_the_typed_response() {
    let body = serde_json::json!({"object": "deleted", "id": "idn_1", "deleted": true});
    let wrapped = serde_json::json!({"response": body, "client": null});
    let server = server(200, wrapped).await;
    let clerk = client(&server).build().expect("client");
    let deleted = clerk.email_addresses().delete("idn_1").send().await.expect("typed success");
    assert_eq!(deleted.response.id.as_deref(), Some("idn_1"));
    assert!(deleted.client.is_none());
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "DELETE");
    assert_eq!(request.url.path(), "/v1/me/email_addresses/idn_1");
}

#[tokio::test]
async fn a_body_that_does_not_match_the_spec_reports_its_path() {
    let server = server(200, serde_json::json!({"response": {"object": "deleted", "deleted": "yes"}, "client": null})).await;
    let clerk = client(&server).build().expect("client");
    match clerk.email_addresses().delete("idn_1").send().await {
        Err(Error::Decode { status, path, .. }) => {
            assert_eq!(status.as_u16(), 200);
            assert_eq!(path, "response.deleted");
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[test]
fn builders_and_clients_do_not_print_secrets() {
    let clerk = Client::builder("http://127.0.0.1:9").dev_browser("dvb_secret_token").build().expect("client");
    let builder = clerk.sign_ins().create().password("hunter2-password").identifier("jane@example.com");
    let printed = format!("{builder:?} {clerk:?}");
    assert!(printed.contains("CreateSignIn"), "{printed}");
    for secret in ["hunter2-password", "dvb_secret_token"] {
        assert!(!printed.contains(secret), "{secret} leaked in {printed}");
    }
}

#[tokio::test]
async fn a_success_status_declared_without_a_body_is_empty_not_a_decode_error() {
    // `POST /v1/client/sign_ins` answers 200 with the sign-in, or 307 (no body) to redirect.
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(ResponseTemplate::new(307).insert_header("location", "https://accounts.example.com/next"))
        .mount(&server)
        .await;
    let clerk = client(&server).build().expect("client");
    let outcome = clerk.sign_ins().create().strategy("saml").send().await.expect("a declared success");
    let clerk_frontend_api::MaybeBody::Empty(redirect) = outcome else { panic!("expected no body: {outcome:?}") };
    assert_eq!(redirect.status.as_u16(), 307);
    assert_eq!(redirect.headers.get("location").and_then(|v| v.to_str().ok()), Some("https://accounts.example.com/next"));
}
