//! Constructs of large real specs that a strict reader refuses, each read correctly with a
//! warning naming its JSON pointer (fixtures in tests/fixtures/, which `cargo xtask fixtures`
//! also builds, lints and documents).

mod common;

use common::{field_ty, fields, ir, schemas, try_ir, ty};
use sdkgen_codegen::ir::{Api, TypeKind};

fn fixture(name: &str) -> Api {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ir(&text)
}

fn warnings(api: &Api) -> Vec<(String, String)> {
    api.warnings.iter().map(|w| (w.pointer.clone(), w.message.clone())).collect()
}

fn variants(api: &Api, name: &str) -> Vec<(String, String)> {
    match &ty(api, name).kind {
        TypeKind::Union { variants, .. } => variants.iter().map(|v| (v.name.clone(), v.ty.clone())).collect(),
        other => panic!("{name} is not a union: {other:?}"),
    }
}

fn enum_values(api: &Api, name: &str) -> Vec<String> {
    match &ty(api, name).kind {
        TypeKind::Enum { variants, .. } => variants.iter().map(|v| v.value.clone()).collect(),
        other => panic!("{name} is not an enum: {other:?}"),
    }
}

#[test]
fn a_union_beside_an_at_least_one_of_rule_distributes_and_the_rule_is_reported_once() {
    let api = fixture("allof-several-unions.yml");
    assert_eq!(variants(&api, "VolumeCreate"), [("BySize".into(), "VolumeCreateBySize".into()), ("BySnapshot".into(), "VolumeCreateBySnapshot".into())]);
    let names: Vec<String> = fields(&api, "VolumeCreateBySize").into_iter().map(|(_, json, ty)| format!("{json}: {ty}")).collect();
    assert_eq!(names, ["size_gb: i64", "name: String", "region: Option<String>", "zone: Option<String>"]);
    assert_eq!(
        warnings(&api),
        [("#/components/schemas/VolumeCreate/allOf/1/anyOf".into(), "`anyOf` of members that only add constraints is a validation rule, not a type: not checked".into())]
    );
}

#[test]
fn two_unions_in_an_allof_multiply() {
    let api = fixture("allof-several-unions.yml");
    let names: Vec<String> = variants(&api, "Attachment").into_iter().map(|(v, _)| v).collect();
    assert_eq!(names, ["ToDropletAndReadOnly", "ToDropletAndReadWrite", "ToClusterAndReadOnly", "ToClusterAndReadWrite"]);
    assert_eq!(field_ty(&api, "AttachmentToClusterAndReadWrite", "cluster_id"), "String");
    assert_eq!(field_ty(&api, "AttachmentToClusterAndReadWrite", "attached_at"), "Option<String>");
}

#[test]
fn unions_multiplying_beyond_the_limit_keep_the_first_with_a_warning() {
    let members = |prefix: &str, n: usize| -> String {
        (0..n).map(|i| format!("        - {{type: object, required: [{prefix}{i}], properties: {{{prefix}{i}: {{type: string}}}}}}\n")).collect()
    };
    let spec = schemas(&format!("T:\n  allOf:\n    - oneOf:\n{}    - oneOf:\n{}    - {{type: object, properties: {{common: {{type: string}}}}}}", members("a", 5), members("b", 4)));
    let api = ir(&spec);
    assert_eq!(variants(&api, "T").len(), 5, "only the first union's members");
    let w = warnings(&api);
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(w[0].0, "#/components/schemas/T");
    assert!(w[0].1.contains("more than 16 variants") && w[0].1.contains("#/components/schemas/T/allOf/1"), "{}", w[0].1);
    // One union distributes whatever its size (Svix's `IngestSourceIn` has dozens of members).
    let one = ir(&schemas(&format!("U:\n  type: object\n  properties: {{common: {{type: string}}}}\n  oneOf:\n{}", members("a", 20).replace("        - ", "    - "))));
    assert_eq!(variants(&one, "U").len(), 20);
    assert_eq!(warnings(&one), []);
}

#[test]
fn parameters_with_json_content_are_sent_as_json_text_in_every_location() {
    let api = fixture("content-parameters.yml");
    let op = &api.groups[0].operations[0];
    assert!(op.path_expr.contains("sdkgen_runtime::json_text(&self.selector)"), "{}", op.path_expr);
    let statements = op.param_statements.join("\n");
    for expected in ["req.query_json(\"filter\", v);", "req.header_json(\"X-Trace-Context\", v);", "req.cookie_json(\"prefs\", v);", "req.query(\"note\", v);"] {
        assert!(statements.contains(expected), "{expected} in {statements}");
    }
    let w = warnings(&api);
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(w[0].1.contains("`text/plain` is not JSON"), "{w:?}");
}

#[test]
fn percent_encoded_and_cross_kind_refs_are_followed() {
    let api = fixture("reference-mistakes.yml");
    // The schema `#/paths/~1companies~1{companyId}/...` that listCompanies points to with a
    // percent-encoded pointer becomes a component of its own; both operations answer it.
    let company = "CompaniesCompanyIdGetResponses200ContentApplicationJsonSchema";
    assert_eq!(field_ty(&api, company, "owner"), "Option<LegalEntity>");
    assert_eq!(field_ty(&api, company, "address"), "Option<Address>");
    assert_eq!(field_ty(&api, "Address", "city"), "Option<String>");
    assert_eq!(field_ty(&api, "Address", "country"), "Option<Country>");
    assert_eq!(field_ty(&api, "Address", "default"), "Option<Country>");
    assert_eq!(field_ty(&api, "Country", "code"), "Option<String>");
    let list = api.groups.iter().flat_map(|g| &g.operations).find(|o| o.operation_id == "listCompanies").expect("listCompanies");
    assert_eq!(list.success_ty, format!("Vec<types::{company}>"));
    let inputs: Vec<&str> = list.setters.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(inputs, ["fields"], "the parameter pointed to in getCompany");
    let create = api.groups.iter().flat_map(|g| &g.operations).find(|o| o.operation_id == "createCompany").expect("createCompany");
    assert_eq!(create.success_ty, "types::CompanyResponse");
    assert_eq!(
        warnings(&api),
        [(
            "#/paths/~1companies/post/responses/201".into(),
            "a response $ref points to `components/requestBodies/Company`, another kind of component with the same shape: followed as `#/components/responses/Company`".into()
        )]
    );
}

#[test]
fn unresolvable_is_said_only_when_nothing_is_there() {
    let spec = "openapi: 3.0.3\ninfo: {title: T, version: '1'}\npaths: {}\ncomponents:\n  parameters:\n    P: {name: p, in: query, schema: {type: string}}\n  schemas:\n    A:\n      type: object\n      properties:\n        b: {$ref: '#/components/parameters/P'}\n        c: {$ref: '#/components/schemas/Nope'}\n";
    let e = try_ir(spec).unwrap_err().to_string();
    assert_eq!(e, "spec/mini.yml: #/components/schemas/A/properties/b: $ref '#/components/parameters/P' points to `components/parameters`, where a `components/schemas` entry is expected");
    let dangling = spec.replace("b: {$ref: '#/components/parameters/P'}", "b: {$ref: '#/definitions/Gone'}");
    let e = try_ir(&dangling).unwrap_err().to_string();
    assert_eq!(e, "spec/mini.yml: #/components/schemas/A/properties/b: unresolvable $ref '#/definitions/Gone': nothing is at that pointer");
    let external = spec.replace("b: {$ref: '#/components/parameters/P'}", "b: {$ref: 'common.yaml#/Pet'}");
    let e = try_ir(&external).unwrap_err().to_string();
    assert!(e.contains("$ref 'common.yaml#/Pet' points into another document"), "{e}");
}

#[test]
fn enum_values_of_another_type_are_strings_and_duplicates_one_variant() {
    let api = fixture("enum-mistakes.yml");
    assert_eq!(enum_values(&api, "SettingsRetention"), ["1", "3"]);
    assert_eq!(field_ty(&api, "Settings", "retention"), "Option<SettingsRetention>");
    assert_eq!(enum_values(&api, "SettingsStrict"), ["true", "false"]);
    assert_eq!(enum_values(&api, "SettingsTier"), ["free", "pro", "enterprise"]);
    assert_eq!(enum_values(&api, "SettingsDelimiter"), [",", "\t", "`"]);
    assert_eq!(field_ty(&api, "Settings", "priority"), "Option<i64>");
    let docs: Vec<String> = match &ty(&api, "SettingsDelimiter").kind {
        TypeKind::Enum { variants, .. } => variants.iter().flat_map(|v| v.doc.clone()).collect(),
        _ => Vec::new(),
    };
    assert_eq!(docs, ["`,`", "`\\t`", "`` ` ``"], "control characters escaped, backticks fenced");
    assert_eq!(
        warnings(&api),
        [
            ("#/components/schemas/Settings/properties/retention/enum/1".into(), "enum value 3 is not a string in a string enum: kept as the string \"3\"".into()),
            ("#/components/schemas/Settings/properties/strict/enum/0".into(), "enum value true is not a string in a string enum: kept as the string \"true\"".into()),
            ("#/components/schemas/Settings/properties/tier/enum/2".into(), "enum value \"free\" is listed twice: one variant".into()),
            ("#/components/schemas/Settings/properties/priority/enum/2".into(), "enum value \"high\" is not of `type: integer`: the value keeps that type, the enum is not checked".into()),
        ]
    );
}

fn operation<'a>(api: &'a Api, operation_id: &str) -> &'a sdkgen_codegen::ir::Operation {
    api.groups.iter().flat_map(|g| &g.operations).find(|o| o.operation_id == operation_id).unwrap_or_else(|| panic!("no operation {operation_id}"))
}

#[test]
fn path_lists_are_comma_joined_and_all_string_allofs_are_strings() {
    let api = fixture("path-shapes.yml");
    let search = operation(&api, "search-1");
    assert_eq!(search.method_name, "search_1", "`1` alone is no method name");
    assert_eq!(search.args[0].value_ty, "Vec<String>");
    assert!(search.path_expr.contains(".join(\",\")"), "{}", search.path_expr);
    assert_eq!(operation(&api, "refresh").args[0].value_ty, "Vec<String>");
    assert_eq!(operation(&api, "getBank").args[0].value_ty, "types::BankId");
    assert!(matches!(&ty(&api, "BankId").kind, TypeKind::Alias { ty } if ty == "String"));
    let job = operation(&api, "getJob");
    assert_eq!(job.args[0].location, "path");
    assert!(job.path_expr.contains("self.job_id"), "{}", job.path_expr);
    let policy = operation(&api, "getPolicy");
    assert_eq!((policy.args[0].name.as_str(), policy.args[0].location.as_str(), policy.args[0].value_ty.as_str()), ("policy_slug", "path", "String"));
    assert!(policy.path_expr.contains("self.policy_slug"), "{}", policy.path_expr);
    assert_eq!(warnings(&api).len(), 2, "{:?}", warnings(&api));
    assert!(warnings(&api).iter().any(|w| w.1.contains("declared `in: query` but the path `/jobs/{job_id}` holds it")));
    assert!(warnings(&api).iter().any(|w| w.0 == "#/paths/~1policies~1{policy_slug}/get" && w.1.contains("no parameter declares it")));
}

#[test]
fn token_http_schemes_are_sent_and_challenge_schemes_left_out() {
    let api = fixture("security-http-schemes.yml");
    let kinds: Vec<(&str, &str)> = api.security_schemes.iter().map(|s| (s.name.as_str(), s.kind.as_str())).collect();
    assert_eq!(kinds, [("auth_token", "sdkgen_runtime::SchemeKind::Bearer"), ("dsn", "sdkgen_runtime::SchemeKind::Http(\"DSN\")")]);
    assert_eq!(operation(&api, "listProjects").security, "&[&[\"auth_token\"], &[\"dsn\"]]");
    assert_eq!(warnings(&api).len(), 1);
    assert_eq!(warnings(&api)[0].0, "#/components/securitySchemes/digest/scheme");
}

#[test]
fn a_json_spec_with_control_characters_yaml_refuses_is_read_as_json() {
    let api = fixture("json-control-characters.json");
    assert_eq!(field_ty(&api, "Contact", "city"), "Option<String>");
    // A broken `.json` file: the JSON error, with its real line.
    let broken = "{\"openapi\": \"3.0.3\",\n \"info\": {\"title\": \"T\", \"version\": \"1\"},\n \"paths\": {\"\u{9f}\": }\n}";
    let e = sdkgen_codegen::load::parse_yaml("spec.json", broken).unwrap_err().to_string();
    assert!(e.starts_with("spec.json: #: invalid JSON (line 3, column"), "{e}");
}

#[test]
fn mapped_schemas_become_members_and_copies_are_the_members_they_copy() {
    let api = fixture("discriminator-mappings.yml");
    let names: Vec<String> = variants(&api, "StreamEvent").into_iter().map(|(v, _)| v).collect();
    assert_eq!(names, ["Start", "End", "CitationStart"]);
    let TypeKind::Union { tag, .. } = &ty(&api, "Letter").kind else { panic!("Letter is a union") };
    assert_eq!(tag.as_deref(), Some("kind"), "dispatched on the mapping");
    let pointers: Vec<String> = warnings(&api).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        pointers,
        ["#/components/schemas/StreamEvent/discriminator/mapping/citation-start", "#/components/schemas/StreamEvent/discriminator/mapping/citation-end"]
    );
    assert!(warnings(&api)[1].1.contains("does not exist: the entry is left out"));
}

#[test]
fn schema_spellings_of_real_specs_read_as_meant() {
    let api = fixture("schema-spellings.yml");
    assert_eq!(field_ty(&api, "Image", "id"), "ImageId", "`required: true` on the property");
    assert_eq!(field_ty(&api, "Image", "status"), "Option<ImageStatus>", "`enum` without `type`");
    assert_eq!(enum_values(&api, "ImageStatus"), ["pending", "ready"]);
    assert_eq!(field_ty(&api, "Image", "taken_at"), "Option<String>", "a string with format rules");
    assert_eq!(field_ty(&api, "ImageRef", "image_url"), "Option<String>", "`not` beside properties keeps the object");
    assert_eq!(operation(&api, "createImage").success_ty, "types::Image", "`content: {{$ref}}` spliced");
    let pointers: Vec<String> = warnings(&api).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        pointers,
        [
            "#/paths/~1images/post/responses/200/content",
            "#/components/schemas/Image/properties/id/required",
            "#/components/schemas/ImageRef/not",
            "#/components/schemas/Image/properties/taken_at/anyOf",
        ]
    );
}

#[test]
fn spellings_of_spec_generators_read_as_meant() {
    let api = fixture("generator-spellings.yml");
    let run = operation(&api, "triggerRun");
    let arg = |name: &str| run.args.iter().chain(&run.setters).find(|a| a.json_name == name).map(|a| a.value_ty.clone());
    assert_eq!(arg("dag_id").as_deref(), Some("String"), "an untyped path parameter is text");
    assert_eq!(arg("X-Trace").as_deref(), Some("String"), "an untyped header parameter is text");
    assert_eq!(arg("environment").as_deref(), Some("Vec<String>"), "a query list's items are values");
    assert_eq!(arg("ids").as_deref(), Some("Vec<String>"), "a named list is the list");
    assert!(run.param_statements.iter().any(|s| s.contains("req.query_exploded(\"ids\", v)")), "{:?}", run.param_statements);
    assert_eq!(field_ty(&api, "RunRequest", "best_of"), "Option<i64>", "numeric exclusiveMinimum read, not refused");
    assert_eq!(field_ty(&api, "Message", "content"), "MessageContent", "a property named `content` stays a property");
    assert_eq!(field_ty(&api, "Message", "index"), "Option<u64>", "uint64 is unsigned");
    assert_eq!(field_ty(&api, "Message", "modify_index"), "Option<u64>", "bounds beyond i64 are unsigned");
    assert_eq!(field_ty(&api, "Message", "small"), "Option<i64>", "small bounds keep the default width");
    let payload = match &ty(&api, "RunRequest").kind {
        TypeKind::Struct { fields, .. } => fields.iter().find(|f| f.json_name == "payload").map(|f| f.serde.clone()),
        _ => None,
    };
    assert!(payload.is_some_and(|s| s.contains("sdkgen_runtime::binary_text::option")), "bytes in JSON are a string");
    assert_eq!(operation(&api, "deleteRun").success_ty, "sdkgen_runtime::NoContent", "a 204 has no content");
    let pointers: Vec<String> = warnings(&api).into_iter().map(|(p, _)| p).collect();
    assert_eq!(
        pointers,
        [
            "#/components/schemas/RunRequest/properties/best_of/exclusiveMinimum",
            "#/components/schemas/RunRequest/properties/top_p/exclusiveMaximum",
            "#/paths/~1dags~1{dag_id}~1runs/post/parameters/0/schema",
            "#/paths/~1dags~1{dag_id}~1runs/post/parameters/1/schema",
            "#/paths/~1dags~1{dag_id}~1runs/post/parameters/2/schema",
            "#/paths/~1runs~1{id}/delete/responses/204/content",
        ]
    );
}

#[test]
fn multipart_lists_are_repeated_parts_of_files_text_or_json_text() {
    let api = fixture("multipart-lists.yml");
    let op = operation(&api, "createDeviceType");
    let encode = op.body.as_ref().map(|b| b.encode.join("\n")).unwrap_or_default();
    assert!(encode.contains(r#"for item in v { form.file("images", item); }"#), "{encode}");
    assert!(encode.contains(r#"for item in v { form.text("ports", item); }"#), "{encode}");
    assert!(encode.contains(r#"for item in v { form.text("tags", sdkgen_runtime::part_text(item)); }"#), "{encode}");
    // Paths in this order: the JSON operation comes first, and takes the file part all the same.
    assert_eq!(field_ty(&api, "ImageImport", "file"), "sdkgen_runtime::FilePart");
    for id in ["addImageJson", "uploadImage"] {
        let file = operation(&api, id).args.iter().find(|a| a.json_name == "file").map(|a| a.value_ty.clone());
        assert_eq!(file.as_deref(), Some("sdkgen_runtime::FilePart"), "{id}");
    }
    assert!(warnings(&api).is_empty(), "{:?}", warnings(&api));
}

#[test]
fn success_statuses_with_different_bodies_decode_into_a_union_of_them() {
    let api = fixture("several-success-bodies.yml");
    let search = operation(&api, "search");
    assert_eq!(search.success_ty, "types::SearchSuccess");
    assert_eq!(variants(&api, "SearchSuccess"), [("SearchResults".into(), "SearchResults".into()), ("IndexNotReady".into(), "IndexNotReady".into())]);
    // The same body under two statuses is one type, no union.
    assert_eq!(operation(&api, "createThing").success_ty, "types::Thing");
    // A bodiless status beside them: the union, maybe absent.
    assert_eq!(operation(&api, "startJob").success_ty, "sdkgen_runtime::MaybeBody<types::StartJobSuccess>");
    assert!(api.types.iter().all(|t| t.name != "CreateThingSuccess"));
}

#[test]
fn an_allof_over_an_allof_over_a_union_distributes_through_both() {
    let api = fixture("allof-chain-over-union.yml");
    assert_eq!(variants(&api, "OwnedPet"), [("Cat".into(), "OwnedPetCat".into()), ("Dog".into(), "OwnedPetDog".into())]);
    let cat: Vec<String> = fields(&api, "OwnedPetCat").into_iter().map(|(_, json, ty)| format!("{json}: {ty}")).collect();
    assert_eq!(cat, ["kind: CatKind", "purrs: Option<bool>", "name: String", "owner: String"]);
    assert_eq!(variants(&api, "NamedPet").len(), 2, "the middle link is a union too");
    assert!(!matches!(ty(&api, "KnownPet").kind, TypeKind::Union { .. }), "not a second union of the same members: {:?}", ty(&api, "KnownPet").kind);
    assert!(api.warnings.is_empty(), "{:?}", warnings(&api));
}
