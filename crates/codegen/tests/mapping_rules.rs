//! One or more tests per type-mapping rule of the design, on small spec fragments.

mod common;

use common::{field_ty, fields, ir, schemas, ty};
use sdkgen_codegen::ir::TypeKind;

#[test]
fn object_becomes_struct_with_snake_case_fields_and_renames() {
    let api = ir(&schemas("Thing:\n  type: object\n  properties:\n    firstName: {type: string}\n    type: {type: string}\n  required: [firstName, type]"));
    assert_eq!(
        fields(&api, "Thing"),
        vec![
            ("first_name".into(), "firstName".into(), "String".into()),
            ("r#type".into(), "type".into(), "String".into()),
        ]
    );
    let TypeKind::Struct { fields, .. } = &ty(&api, "Thing").kind else { panic!() };
    assert_eq!(fields[0].serde, "rename = \"firstName\"");
    assert_eq!(fields[1].serde, "", "a raw identifier needs no rename");
}

#[test]
fn required_nullable_and_optional_map_to_option() {
    let api = ir(&schemas(
        "T:\n  type: object\n  properties:\n    a: {type: string}\n    b: {type: string, nullable: true}\n    c: {type: string}\n  required: [a, b]",
    ));
    assert_eq!(field_ty(&api, "T", "a"), "String");
    assert_eq!(field_ty(&api, "T", "b"), "Option<String>");
    assert_eq!(field_ty(&api, "T", "c"), "Option<String>");
    let TypeKind::Struct { fields, .. } = &ty(&api, "T").kind else { panic!() };
    assert_eq!(fields[2].serde, "default, skip_serializing_if = \"Option::is_none\"");
}

#[test]
fn required_write_only_properties_are_options_responses_leave_out() {
    let api = ir(&schemas(
        "Org:\n  type: object\n  properties:\n    name: {type: string}\n    password: {type: string, writeOnly: true}\n    admin: {$ref: '#/components/schemas/Admin'}\n    id: {type: string, readOnly: true}\n  required: [name, password, admin, id]\nAdmin:\n  type: object\n  writeOnly: true\n  properties:\n    email: {type: string}",
    ));
    assert_eq!(field_ty(&api, "Org", "name"), "String");
    // writeOnly on the property or on the schema it references: never in a response.
    assert_eq!(field_ty(&api, "Org", "password"), "Option<String>");
    assert_eq!(field_ty(&api, "Org", "admin"), "Option<Admin>");
    // readOnly ones are in every response; a request may carry them (the server ignores them).
    assert_eq!(field_ty(&api, "Org", "id"), "String");
    let TypeKind::Struct { fields, .. } = &ty(&api, "Org").kind else { panic!() };
    let password = fields.iter().find(|f| f.json_name == "password").unwrap();
    assert!(password.doc.iter().any(|line| line.contains("Required in requests")), "{:?}", password.doc);
}

#[test]
fn a_union_with_a_nullable_member_is_nullable_where_it_is_referenced() {
    let api = ir(&schemas(
        "Example:\n  anyOf:\n    - {type: integer, nullable: true}\n    - {type: string, nullable: true}\n    - {type: boolean}\nHolder:\n  type: object\n  properties:\n    values: {type: array, items: {$ref: '#/components/schemas/Example'}}\n    one: {$ref: '#/components/schemas/Example'}\n  required: [values, one]",
    ));
    assert_eq!(field_ty(&api, "Holder", "values"), "Vec<Option<Example>>");
    assert_eq!(field_ty(&api, "Holder", "one"), "Option<Example>");
}

#[test]
fn string_enum_gets_unknown_fallback() {
    let api = ir(&schemas("Status:\n  type: string\n  enum: [active, pending_review, unknown]"));
    let TypeKind::Enum { variants, fallback, .. } = &ty(&api, "Status").kind else { panic!("not an enum") };
    let names: Vec<&str> = variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Active", "PendingReview", "Unknown"]);
    assert_eq!(fallback, "Unknown2", "the fallback never collides with a value's variant");
}

#[test]
fn inline_enum_in_property_is_named_after_owner_and_property() {
    let api = ir(&schemas("Pet:\n  type: object\n  properties:\n    kind: {type: string, enum: [cat, dog]}"));
    assert_eq!(field_ty(&api, "Pet", "kind"), "Option<PetKind>");
    assert!(matches!(ty(&api, "PetKind").kind, TypeKind::Enum { .. }));
}

#[test]
fn all_of_merges_properties_and_required() {
    let api = ir(&schemas(
        "Base:\n  type: object\n  properties:\n    id: {type: string}\n    note: {type: string}\n  required: [id]\nDerived:\n  allOf:\n    - $ref: '#/components/schemas/Base'\n    - type: object\n      properties:\n        extra: {type: integer}\n      required: [extra, note]",
    ));
    assert_eq!(
        fields(&api, "Derived").into_iter().map(|(_, j, t)| (j, t)).collect::<Vec<_>>(),
        vec![("id".into(), "String".into()), ("note".into(), "String".into()), ("extra".into(), "i64".into())]
    );
}

#[test]
fn nullable_single_ref_all_of_is_option_of_ref() {
    let api = ir(&schemas(
        "Pet:\n  type: object\n  properties:\n    id: {type: string}\nOwner:\n  type: object\n  properties:\n    pet:\n      allOf: [{$ref: '#/components/schemas/Pet'}]\n      nullable: true\n  required: [pet]",
    ));
    assert_eq!(field_ty(&api, "Owner", "pet"), "Option<Pet>");
}

#[test]
fn ref_with_nullable_sibling_is_option_of_ref() {
    let api = ir(&schemas(
        "Pet:\n  type: object\n  properties:\n    id: {type: string}\nOwner:\n  type: object\n  properties:\n    pet: {$ref: '#/components/schemas/Pet', nullable: true}\n  required: [pet]",
    ));
    assert_eq!(field_ty(&api, "Owner", "pet"), "Option<Pet>");
}

#[test]
fn one_of_becomes_enum_with_variant_per_member() {
    let api = ir(&schemas(
        "A:\n  type: object\n  properties:\n    a: {type: string}\n  required: [a]\nB:\n  type: object\n  properties:\n    b: {type: string}\n  required: [b]\nEither:\n  oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]",
    ));
    let TypeKind::Union { variants, tag, .. } = &ty(&api, "Either").kind else { panic!("not a union") };
    let v: Vec<(&str, &str)> = variants.iter().map(|v| (v.name.as_str(), v.ty.as_str())).collect();
    assert_eq!(v, [("A", "A"), ("B", "B")]);
    assert_eq!(tag, &None, "nothing tells A and B apart: untagged");
    assert!(api.unions[0].treatment.starts_with("untagged: no property pins"), "{:?}", api.unions);
}

/// `(tag, [(variant, pattern)], fallback)` of a union.
fn dispatch(api: &sdkgen_codegen::ir::Api, name: &str) -> (Option<String>, Vec<(String, String)>, String) {
    let TypeKind::Union { variants, tag, fallback, .. } = &ty(api, name).kind else { panic!("{name} is not a union") };
    (tag.clone(), variants.iter().map(|v| (v.name.clone(), v.pattern.clone())).collect(), fallback.clone())
}

#[test]
fn one_of_with_one_value_enums_infers_the_discriminator() {
    // Both members pin `object` (required) and `strategy`; `object` is one-valued in each, so it wins
    // over `strategy` even though `strategy` comes first; an `allOf` member's pins count too.
    let api = ir(&schemas(concat!(
        "Unknown:\n  type: object\n  properties:\n    strategy: {type: string, enum: [email_code, phone_code]}\n    object: {type: string, enum: [verification_otp]}\n  required: [object, strategy]\n",
        "Base:\n  type: object\n  properties:\n    object: {type: string, enum: [verification_link]}\n  required: [object]\n",
        "Link:\n  allOf:\n    - $ref: '#/components/schemas/Base'\n    - type: object\n      properties:\n        strategy: {type: string, enum: [email_link]}\n      required: [strategy]\n",
        "Verification:\n  oneOf: [{$ref: '#/components/schemas/Unknown'}, {$ref: '#/components/schemas/Link'}]",
    )));
    let (tag, variants, fallback) = dispatch(&api, "Verification");
    assert_eq!(tag.as_deref(), Some("object"));
    assert_eq!(variants, [("Unknown".to_owned(), "\"verification_otp\"".to_owned()), ("Link".to_owned(), "\"verification_link\"".to_owned())]);
    assert_eq!(fallback, "Unknown2", "the fallback never collides with a member's variant");
    assert_eq!(api.unions[0].treatment, "inferred discriminator `object`");
}

#[test]
fn disjoint_multi_value_enums_are_a_discriminator_and_overlaps_are_not() {
    let member = |name: &str, values: &str| {
        format!("{name}:\n  type: object\n  properties:\n    strategy: {{type: string, enum: [{values}]}}\n    kind: {{type: string, enum: [x]}}\n")
    };
    let spec = format!(
        "{}{}{}U:\n  oneOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/B'}}]\nV:\n  oneOf: [{{$ref: '#/components/schemas/A'}}, {{$ref: '#/components/schemas/C'}}]\n",
        member("A", "email_code, phone_code"),
        member("B", "email_link"),
        member("C", "phone_code, totp"),
    );
    let api = ir(&schemas(&spec));
    let (tag, variants, _) = dispatch(&api, "U");
    assert_eq!(tag.as_deref(), Some("strategy"), "`kind` pins the same value in both members");
    assert_eq!(variants[0].1, "\"email_code\" | \"phone_code\"");
    let (tag, _, _) = dispatch(&api, "V");
    assert_eq!(tag, None, "`phone_code` selects both A and C");
}

#[test]
fn explicit_discriminator_uses_mapping_then_pins_then_component_names() {
    let api = ir(&schemas(concat!(
        "Otp:\n  type: object\n  properties:\n    object: {type: string}\n",
        "Admin:\n  type: object\n  properties:\n    object: {type: string, enum: [verification_admin]}\n",
        "Plain:\n  type: object\n  properties:\n    object: {type: string}\n",
        "V:\n  oneOf: [{$ref: '#/components/schemas/Otp'}, {$ref: '#/components/schemas/Admin'}, {$ref: '#/components/schemas/Plain'}]\n",
        "  discriminator:\n    propertyName: object\n    mapping:\n      verification_otp: '#/components/schemas/Otp'\n      otp_legacy: '#/components/schemas/Otp'\n",
    )));
    let (tag, variants, _) = dispatch(&api, "V");
    assert_eq!(tag.as_deref(), Some("object"));
    let patterns: Vec<&str> = variants.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(patterns, ["\"verification_otp\" | \"otp_legacy\"", "\"verification_admin\"", "\"Plain\""]);
    assert_eq!(api.unions[0].treatment, "explicit discriminator `object`");
}

#[test]
fn any_of_that_only_adds_required_alternatives_is_the_object_itself() {
    let api = ir(&schemas(
        "Conn:\n  type: object\n  properties:\n    domain: {type: string}\n    domains: {type: array, items: {type: string}}\n  anyOf:\n    - required: [domain]\n    - required: [domains]",
    ));
    assert_eq!(field_ty(&api, "Conn", "domain"), "Option<String>");
    assert_eq!(field_ty(&api, "Conn", "domains"), "Option<Vec<String>>");
    assert!(api.unions[0].treatment.starts_with("validation only"), "{:?}", api.unions);
}

#[test]
fn non_object_members_stay_untagged_with_the_reason() {
    let api = ir(&schemas("A:\n  type: object\n  properties:\n    object: {type: string, enum: [a]}\nU:\n  oneOf: [{$ref: '#/components/schemas/A'}, {type: string}]"));
    assert_eq!(dispatch(&api, "U").0, None);
    assert_eq!(api.unions[0].treatment, "untagged: member 1 is not an object schema");
}

#[test]
fn additional_properties_schema_is_a_map_and_free_form_is_value() {
    let api = ir(&schemas(
        "T:\n  type: object\n  properties:\n    labels:\n      type: object\n      additionalProperties: {type: integer}\n    anything: {}\n    object: {type: object}\n  required: [labels, anything, object]",
    ));
    assert_eq!(field_ty(&api, "T", "labels"), "std::collections::BTreeMap<String, i64>");
    assert_eq!(field_ty(&api, "T", "anything"), "serde_json::Value");
    assert_eq!(field_ty(&api, "T", "object"), "serde_json::Map<String, serde_json::Value>");
}

#[test]
fn recursion_is_boxed_only_where_needed() {
    let api = ir(&schemas(
        "Node:\n  type: object\n  properties:\n    parent: {$ref: '#/components/schemas/Node'}\n    children:\n      type: array\n      items: {$ref: '#/components/schemas/Node'}",
    ));
    assert_eq!(field_ty(&api, "Node", "parent"), "Option<Box<Node>>");
    assert_eq!(field_ty(&api, "Node", "children"), "Option<Vec<Node>>", "a Vec already breaks the cycle");
}

#[test]
fn integers_are_64_bit_unless_int32() {
    let api = ir(&schemas(
        "T:\n  type: object\n  properties:\n    plain: {type: integer}\n    big: {type: integer, format: int64}\n    small: {type: integer, format: int32}\n    ratio: {type: number}\n  required: [plain, big, small, ratio]",
    ));
    assert_eq!(field_ty(&api, "T", "plain"), "i64");
    assert_eq!(field_ty(&api, "T", "big"), "i64");
    assert_eq!(field_ty(&api, "T", "small"), "i32");
    assert_eq!(field_ty(&api, "T", "ratio"), "f64");
}

#[test]
fn binary_is_bytes() {
    let api = ir(&schemas("T:\n  type: object\n  properties:\n    data: {type: string, format: binary}\n  required: [data]"));
    assert_eq!(field_ty(&api, "T", "data"), "sdkgen_runtime::bytes::Bytes");
}

#[test]
fn dotted_names_become_camel_case_without_collisions() {
    let api = ir(&schemas(
        "Client.SignIn:\n  type: object\nClientSignIn:\n  type: object\nStubs.Verification.OTP:\n  type: string",
    ));
    let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["ClientSignIn", "ClientSignIn2", "StubsVerificationOtp"]);
}

#[test]
fn every_type_doc_ends_with_its_spec_location() {
    let api = ir(&schemas("Pet:\n  type: object\n  description: A pet.\n  properties:\n    kind: {type: string, enum: [cat]}"));
    assert_eq!(ty(&api, "Pet").doc, vec!["A pet.", "", "Spec: `#/components/schemas/Pet`"]);
    assert_eq!(ty(&api, "PetKind").doc.last().map(String::as_str), Some("Spec: `#/components/schemas/Pet/properties/kind`"));
}

#[test]
fn one_value_enum_is_a_marker_with_a_default() {
    let api = ir(&schemas(
        "Client:\n  type: object\n  properties:\n    object: {type: string, enum: [client]}\n    id: {type: string}\n  required: [object]",
    ));
    let TypeKind::Enum { default, .. } = &ty(&api, "ClientObject").kind else { panic!("not an enum") };
    assert_eq!(default.as_deref(), Some("Client"));
    let TypeKind::Struct { fields, derive_default, .. } = &ty(&api, "Client").kind else { panic!() };
    assert_eq!(fields[0].ty, "ClientObject", "a required marker stays required on the wire");
    assert_eq!(fields[0].serde, "default", "and is filled in when a server leaves it out");
    assert!(derive_default, "a struct of markers and optional fields has Default");
}

/// A spec with one operation per method in `methods` on `/things/{id}`, each with `body` as its
/// inline JSON request body.
fn spec_with_body(methods: &[&str], body: &str) -> String {
    let indented: String = body.lines().map(|l| format!("                {l}\n")).collect();
    let mut ops = String::new();
    for m in methods {
        ops.push_str(&format!(
            "    {m}:\n      operationId: {m}Thing\n      requestBody:\n        content:\n          application/json:\n            schema:\n{indented}      responses:\n        '204': {{description: done}}\n"
        ));
    }
    format!(
        "openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths:\n  /things/{{id}}:\n    parameters:\n      - {{name: id, in: path, required: true, schema: {{type: string}}}}\n{ops}"
    )
}

fn op<'a>(api: &'a sdkgen_codegen::ir::Api, id: &str) -> &'a sdkgen_codegen::ir::Operation {
    api.groups.iter().flat_map(|g| &g.operations).find(|o| o.operation_id == id).unwrap_or_else(|| panic!("no operation {id}"))
}

#[test]
fn nullable_optional_fields_of_patch_bodies_keep_null_apart_from_absent() {
    let body = "type: object\nproperties:\n  external_id: {type: string, nullable: true}\n  name: {type: string}\n  kind: {type: string, enum: [thing]}\nrequired: [kind]";
    let api = ir(&spec_with_body(&["patch", "post"], body));
    assert_eq!(field_ty(&api, "PatchThingBody", "external_id"), "Option<Option<String>>");
    assert_eq!(field_ty(&api, "PatchThingBody", "name"), "Option<String>", "not nullable: absent or a value");
    assert_eq!(field_ty(&api, "PostThingBody", "external_id"), "Option<String>", "on POST, null and absent mean the same");
    let TypeKind::Struct { fields, .. } = &ty(&api, "PatchThingBody").kind else { panic!() };
    assert!(fields[0].serde.contains("deserialize_with = \"sdkgen_runtime::nullable::deserialize\""), "{}", fields[0].serde);

    let patch = op(&api, "patchThing");
    let setter = patch.setters.iter().find(|s| s.name == "external_id").expect("setter");
    assert_eq!((setter.arg_ty.as_str(), setter.convert.as_str()), ("impl Into<String>", "Some(Some(value.into()))"));
    let nullers: Vec<(&str, &str)> = patch.nullers.iter().map(|n| (n.name.as_str(), n.target.as_str())).collect();
    assert_eq!(nullers, [("external_id_null", "body.external_id")]);
    assert!(op(&api, "postThing").nullers.is_empty());
    // The one-value `kind` is required, yet no argument: it can only be `thing`.
    let args: Vec<&str> = patch.args.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(args, ["id"]);
    assert!(patch.body.as_ref().is_some_and(|b| b.init.contains("kind: Default::default()")));
}

#[test]
fn discriminator_mapping_takes_bare_names_and_leaves_out_missing_targets() {
    let spec = |target: &str| {
        schemas(&format!(
            "Dog:\n  type: object\n  properties:\n    kind: {{type: string}}\nCat:\n  type: object\n  properties:\n    kind: {{type: string}}\nPet:\n  oneOf: [{{$ref: '#/components/schemas/Dog'}}, {{$ref: '#/components/schemas/Cat'}}]\n  discriminator:\n    propertyName: kind\n    mapping:\n      dog: {target}\n      cat: '#/components/schemas/Cat'\n"
        ))
    };
    let api = ir(&spec("Dog"));
    let (tag, variants, _) = dispatch(&api, "Pet");
    assert_eq!(tag.as_deref(), Some("kind"));
    let patterns: Vec<&str> = variants.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(patterns, ["\"dog\"", "\"cat\""]);
    // A target that does not exist: the entry is left out (Dog is then told by its name).
    let api = ir(&spec("Bird"));
    let (_, variants, _) = dispatch(&api, "Pet");
    let patterns: Vec<&str> = variants.iter().map(|(_, p)| p.as_str()).collect();
    assert_eq!(patterns, ["\"Dog\"", "\"cat\""]);
    let w: Vec<&str> = api.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(w, ["#/components/schemas/Pet/discriminator/mapping/dog"]);
}

#[test]
fn a_shared_request_body_is_never_tri_state() {
    // POST and PATCH share `requestBodies/Thing`: changing its type for PATCH would break POST.
    let yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    post:\n      operationId: postThing\n      requestBody: {$ref: '#/components/requestBodies/Thing'}\n      responses:\n        '204': {description: done}\n    patch:\n      operationId: patchThing\n      requestBody: {$ref: '#/components/requestBodies/Thing'}\n      responses:\n        '204': {description: done}\ncomponents:\n  requestBodies:\n    Thing:\n      content:\n        application/json:\n          schema:\n            type: object\n            properties:\n              external_id: {type: string, nullable: true}\n";
    let api = ir(yaml);
    let body_ty = &op(&api, "patchThing").body.as_ref().expect("a body").ty;
    let name = body_ty.trim_start_matches("types::");
    assert_eq!(field_ty(&api, name, "external_id"), "Option<String>");
    assert!(op(&api, "patchThing").nullers.is_empty());
}

#[test]
fn a_2xx_range_beside_a_bodiless_redirect_keeps_both() {
    let yaml = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '2XX':\n          description: ok\n          content:\n            application/json:\n              schema: {type: object, properties: {a: {type: string}}}\n        '307': {description: redirect}\n";
    let api = ir(yaml);
    let get = op(&api, "getX");
    assert_eq!((get.send_fn.as_str(), get.send_args.as_str()), ("send_json_or_empty", ", &[307]"));
    assert!(get.success_statuses.starts_with("&[200, 201, ") && get.success_statuses.ends_with(", 299, 307]"), "{}", get.success_statuses);
}

#[test]
fn identical_types_share_one_definition_and_keep_every_name() {
    let api = ir(&schemas(concat!(
        "A:\n  type: object\n  properties:\n    status: {type: string, enum: [on, off]}\n    n: {type: integer}\n",
        "B:\n  type: object\n  properties:\n    status: {type: string, enum: [on, off]}\n    n: {type: integer}\n",
        "C:\n  type: object\n  properties:\n    status: {type: string, enum: [on, off]}\n    n: {type: integer, description: counted differently}\n",
        "D:\n  type: object\n  properties:\n    status: {type: string, enum: [off, on]}\n",
    )));
    // Same values in the same order: one enum, the other name an alias of it.
    assert!(matches!(ty(&api, "AStatus").kind, TypeKind::Enum { .. }));
    assert!(matches!(&ty(&api, "BStatus").kind, TypeKind::Alias { ty } if ty == "AStatus"));
    assert!(matches!(ty(&api, "DStatus").kind, TypeKind::Enum { .. }), "another order is another type");
    // Structs: the same once their enums are shared; different docs keep them apart.
    assert!(matches!(ty(&api, "A").kind, TypeKind::Struct { .. }));
    assert!(matches!(&ty(&api, "B").kind, TypeKind::Alias { ty } if ty == "A"));
    assert!(matches!(ty(&api, "C").kind, TypeKind::Struct { .. }));
    assert!(ty(&api, "B").doc.last().is_some_and(|d| d == "Spec: `#/components/schemas/B`"), "an alias keeps its own origin");
}

fn secret_fields(api: &sdkgen_codegen::ir::Api, name: &str) -> (Vec<String>, bool) {
    let TypeKind::Struct { fields, secrets, .. } = &ty(api, name).kind else { panic!("{name} is not a struct") };
    (fields.iter().filter(|f| f.secret).map(|f| f.json_name.clone()).collect(), *secrets)
}

#[test]
fn secret_fields_are_found_by_name_or_password_format() {
    let body = "type: object\nproperties:\n  password: {type: string}\n  new_password: {type: string}\n  pin: {type: string, format: password}\n  code: {type: string}\n  ticket: {type: string}\n  identifier: {type: string}\n  password_enabled: {type: boolean}\n  token_type: {type: string}\n  default_token_ttl: {type: integer}";
    let api = ir(&spec_with_body(&["post"], body));
    let (secret, any) = secret_fields(&api, "PostThingBody");
    assert_eq!(secret, ["password", "new_password", "pin", "code", "ticket"]);
    assert!(any);

    let api = ir(&schemas(concat!(
        "Token:\n  type: object\n  properties:\n    jwt: {type: string}\n    object: {type: string}\n",
        "Failure:\n  type: object\n  properties:\n    code: {type: string}\n    message: {type: string}\n",
        "App:\n  type: object\n  properties:\n    client_secret: {type: string}\n    secret_key: {type: string}\n    backup_codes: {type: array, items: {type: string}}\n    access_token: {type: string}\n    token_url: {type: string}\n",
    )));
    assert_eq!(secret_fields(&api, "Token"), (vec!["jwt".to_owned()], true));
    // In a response, `code` is an error or country code: still printed.
    assert_eq!(secret_fields(&api, "Failure"), (vec![], false));
    assert_eq!(secret_fields(&api, "App").0, ["client_secret", "secret_key", "backup_codes", "access_token"]);
}

#[test]
fn a_required_parameter_with_one_allowed_value_is_sent_unasked() {
    let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths:\n  /things:\n    parameters:\n      - {name: Api-Version, in: header, required: true, schema: {type: string, enum: ['2025-11-10']}}\n    get:\n      operationId: listThings\n      parameters:\n        - {name: kind, in: query, required: true, schema: {$ref: '#/components/schemas/Kind'}}\n        - {name: mode, in: query, required: false, schema: {type: string, enum: [fast]}}\n      responses: {'204': {description: ok}}\ncomponents:\n  schemas:\n    Kind: {type: string, enum: [thing]}\n";
    let api = ir(spec);
    let list = op(&api, "listThings");
    assert!(list.args.is_empty(), "{:?}", list.args);
    // An optional one-value parameter stays a setter: leaving it out is a different request.
    let setters: Vec<&str> = list.setters.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(setters, ["mode"]);
    assert!(list.param_statements.contains(&r#"req.header("Api-Version", "2025-11-10");"#.to_owned()), "{:?}", list.param_statements);
    assert!(list.param_statements.contains(&r#"req.query("kind", "thing");"#.to_owned()), "{:?}", list.param_statements);
}

#[test]
fn query_parameters_of_refs_one_member_unions_and_scalar_or_list() {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/query-param-shapes.yml")).unwrap();
    let api = ir(&spec);
    let get = op(&api, "getItem");
    let setters: Vec<(&str, &str)> = get.setters.iter().map(|s| (s.name.as_str(), s.value_ty.as_str())).collect();
    assert_eq!(setters, [("sort", "types::SortOrder"), ("status", "types::Status"), ("tag", "Vec<String>"), ("x_trace_id", "types::ItemId")]);
    // A string or a list of strings is sent as a list: one `tag=` pair per item.
    assert!(get.param_statements.iter().any(|s| s.contains(r#"req.query_exploded("tag", v)"#)), "{:?}", get.param_statements);
    let args: Vec<&str> = get.args.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(args, ["item_id", "owner"]);
}

#[test]
fn refs_into_the_middle_of_a_schema_are_followed() {
    let api = ir(&schemas(concat!(
        "Tag:\n  allOf:\n    - {type: object, properties: {name: {type: string}}}\n    - {type: object, properties: {color: {type: string}}}\n",
        "Entry:\n  type: object\n  properties:\n    base: {$ref: '#/components/schemas/Tag/allOf/0'}\n",
    )));
    // The target becomes a component of its own, named after where it was.
    assert_eq!(field_ty(&api, "Entry", "base"), "Option<TagAllOf0>");
    assert_eq!(fields(&api, "TagAllOf0"), [("name".to_owned(), "name".to_owned(), "Option<String>".to_owned())]);
}

#[test]
fn properties_beside_a_union_are_in_every_variant() {
    let api = common::ir(&common::schemas(
        "Source:\n  type: object\n  required: [name]\n  properties:\n    name: {type: string}\n  oneOf:\n    - {type: object, required: [type], properties: {type: {type: string, enum: [cron]}, schedule: {type: string}}}\n    - {type: object, required: [type], properties: {type: {type: string, enum: [webhook]}, url: {type: string}}}",
    ));
    assert_eq!(common::field_ty(&api, "SourceCron", "name"), "String");
    assert_eq!(common::field_ty(&api, "SourceCron", "schedule"), "Option<String>");
    assert_eq!(common::field_ty(&api, "SourceWebhook", "name"), "String");
    assert_eq!(common::field_ty(&api, "SourceWebhook", "url"), "Option<String>");
}

#[test]
fn a_union_of_members_that_only_add_required_stays_the_object() {
    let api = common::ir(&common::schemas(
        "Contact:\n  type: object\n  properties:\n    email: {type: string}\n    phone: {type: string}\n  anyOf:\n    - required: [email]\n    - required: [phone]",
    ));
    assert_eq!(common::field_ty(&api, "Contact", "email"), "Option<String>");
}
