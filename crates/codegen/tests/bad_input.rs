//! A malformed or unsupported spec is an error naming the file and the node, never a panic.

mod common;

use common::{schemas, try_ir};

fn error(yaml: &str) -> String {
    match try_ir(yaml) {
        Ok(_) => panic!("expected an error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn bad_yaml_names_file_and_position() {
    let message = error("openapi: 3.0.3\ninfo: [unclosed\n");
    assert!(message.starts_with("spec/mini.yml: #: invalid YAML (line "), "{message}");
}

#[test]
fn dangling_ref_names_the_node_and_the_target() {
    let message = error(&schemas("Foo:\n  type: object\n  properties:\n    bar: {$ref: '#/components/schemas/Nope'}"));
    assert_eq!(message, "spec/mini.yml: #/components/schemas/Foo/properties/bar: unresolvable $ref '#/components/schemas/Nope': nothing is at that pointer");
}

#[test]
fn ref_cycle_through_all_of_is_reported() {
    let message = error(&schemas(
        "A:\n  allOf:\n    - $ref: '#/components/schemas/B'\n    - {type: object, properties: {a: {type: string}}}\nB:\n  allOf:\n    - $ref: '#/components/schemas/A'\n    - {type: object, properties: {b: {type: string}}}",
    ));
    assert_eq!(message, "spec/mini.yml: #/components/schemas/B/allOf/0: $ref cycle through allOf: A -> B -> A");
}

#[test]
fn not_is_a_warning_and_the_value_any_json() {
    let api = common::ir(&schemas("T:\n  type: object\n  properties:\n    x:\n      not: {type: string}"));
    assert_eq!(common::field_ty(&api, "T", "x"), "Option<serde_json::Value>");
    assert_eq!(api.warnings.len(), 1);
    assert_eq!(api.warnings[0].pointer, "#/components/schemas/T/properties/x");
    assert!(api.warnings[0].message.contains("serde_json::Value"), "{:?}", api.warnings);
}

#[test]
fn callbacks_links_and_xml_bodies_are_warnings_and_the_rest_generates() {
    let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /hooks:\n    post:\n      operationId: subscribe\n      requestBody:\n        content:\n          application/xml:\n            schema: {type: object, properties: {url: {type: string}}}\n      callbacks:\n        event:\n          '{$request.body#/url}':\n            post:\n              responses: {'200': {description: ok}}\n      responses:\n        '201':\n          description: created\n          links:\n            Self: {operationId: subscribe}\n";
    let api = common::ir(spec);
    let pointers: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(pointers, ["#/paths/~1hooks/post/callbacks", "#/paths/~1hooks/post/responses/201/links", "#/paths/~1hooks/post/requestBody/content/application~1xml"]);
    let op = &api.groups[0].operations[0];
    let body = op.args.iter().chain(&op.setters).find(|i| i.name == "body").expect("a body input");
    assert_eq!(body.value_ty, "sdkgen_runtime::bytes::Bytes", "the XML body is raw bytes");
}

#[test]
fn openapi_2_is_refused_with_what_to_do() {
    let message = error("swagger: '2.0'\ninfo: {title: T, version: '1'}\npaths: {}\n");
    assert!(message.starts_with("spec/mini.yml: #/swagger: OpenAPI 2.0 (Swagger) is not supported"), "{message}");
}

#[test]
fn a_node_of_the_wrong_shape_is_located() {
    let message = error("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      responses: 5\n");
    assert!(message.starts_with("spec/mini.yml: #/paths/~1x/get/responses: not a valid OpenAPI 3.0 node"), "{message}");
}

#[test]
fn other_openapi_versions_are_refused() {
    for version in ["3.2.0", "4.0.0", "3.10.0", "2.0"] {
        let message = error(&format!("openapi: '{version}'\ninfo: {{title: T, version: '1'}}\npaths: {{}}\n"));
        assert_eq!(message, format!("spec/mini.yml: #/openapi: unsupported OpenAPI version \"{version}\" (3.0.x and 3.1.x are supported)"));
    }
}

#[test]
fn a_component_that_is_a_ref_to_itself_is_a_cycle_not_a_stack_overflow() {
    let message = error(&schemas("A:\n  $ref: '#/components/schemas/B'\nB:\n  $ref: '#/components/schemas/A'\nC:\n  type: object\n  properties:\n    a: {$ref: '#/components/schemas/A'}"));
    assert!(message.contains("$ref cycle: A -> B -> A") || message.contains("$ref cycle: B -> A -> B"), "{message}");
}

#[test]
fn an_object_valued_path_parameter_is_an_error_not_code_that_does_not_compile() {
    let message = error("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x/{id}:\n    get:\n      operationId: getX\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: object, properties: {a: {type: string}}}}\n      responses:\n        '200': {description: ok}\n");
    assert_eq!(message, "spec/mini.yml: #/paths/~1x~1{id}/get/parameters/0: unsupported construct: a path parameter that is an object or a list of objects");
}

#[test]
fn a_required_name_no_property_declares_is_a_warning_and_a_required_any_value_field() {
    let api = common::ir(&schemas("T:\n  type: object\n  required: [id, grant_type]\n  properties:\n    id: {type: string}\nClosed:\n  type: object\n  additionalProperties: false\n  required: [gone]\n  properties:\n    a: {type: string}"));
    assert_eq!(common::field_ty(&api, "T", "grant_type"), "serde_json::Value");
    assert_eq!(common::field_ty(&api, "T", "id"), "String");
    let warnings: Vec<(&str, &str)> = api.warnings.iter().map(|w| (w.pointer.as_str(), w.message.as_str())).collect();
    assert_eq!(
        warnings,
        [
            ("#/components/schemas/T/required", "`grant_type` is required but not declared in `properties`: it is a required field holding any JSON value"),
            ("#/components/schemas/Closed/required", "`gone` is required but not declared, and `additionalProperties: false` forbids it: the requirement is ignored"),
        ]
    );
}

#[test]
fn header_parameters_named_accept_content_type_or_authorization_are_ignored() {
    let api = common::ir("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n      parameters:\n        - {name: Content-Type, in: header, required: true, schema: {type: string}}\n        - {name: accept, in: header, schema: {type: string}}\n        - {name: Authorization, in: header, schema: {type: string}}\n        - {name: X-Request-Id, in: header, schema: {type: string}}\n      responses:\n        '200': {description: ok}\n");
    let op = &api.groups[0].operations[0];
    let inputs: Vec<&str> = op.args.iter().chain(&op.setters).map(|i| i.name.as_str()).collect();
    assert_eq!(inputs, ["x_request_id"]);
}

#[test]
fn a_multipart_body_that_is_one_file_is_sent_as_the_part_file_and_reported() {
    let api = common::ir("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /media:\n    post:\n      operationId: upload\n      requestBody:\n        content:\n          multipart/form-data:\n            schema: {type: string, format: binary}\n      responses:\n        '200': {description: ok}\n");
    let op = &api.groups[0].operations[0];
    let file = op.args.iter().chain(&op.setters).find(|i| i.name == "file").expect("a file input");
    assert_eq!(file.value_ty, "sdkgen_runtime::FilePart");
    let body = op.body.as_ref().expect("a body");
    assert!(body.encode.iter().any(|line| line.contains("form.file(\"file\", v)")), "{:?}", body.encode);
    assert_eq!(api.warnings[0].pointer, "#/paths/~1media/post/requestBody/content/multipart~1form-data");
}

#[test]
fn content_negotiation_asks_for_the_decoded_type_and_schemaless_json_is_any_value() {
    let api = common::ir("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /video:\n    get:\n      operationId: getVideo\n      responses:\n        '200':\n          description: ok\n          content:\n            video/mp4: {schema: {type: string, format: binary}}\n            application/json: {schema: {type: string}}\n        '400':\n          description: bad\n          content:\n            application/json: {example: '[]'}\n");
    let op = &api.groups[0].operations[0];
    assert!(op.param_statements.iter().any(|s| s == "req.header(\"Accept\", \"application/json\");"), "{:?}", op.param_statements);
    assert_eq!(op.success_ty, "String");
    assert_eq!(op.error_ty, "serde_json::Value");
}

#[test]
fn a_body_with_a_file_offered_as_json_and_multipart_goes_as_multipart() {
    let api = common::ir("openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /files:\n    post:\n      operationId: upload\n      requestBody:\n        required: true\n        content:\n          application/json: {schema: {$ref: '#/components/schemas/Upload'}}\n          multipart/form-data: {schema: {$ref: '#/components/schemas/Upload'}}\n      responses:\n        '200': {description: ok}\ncomponents:\n  schemas:\n    Upload:\n      type: object\n      properties:\n        file: {type: string, format: binary}\n        name: {type: string}\n");
    let body = api.groups[0].operations[0].body.as_ref().expect("a body");
    assert_eq!(body.content_type, "multipart/form-data");
}
