//! The change report on small before/after pairs, one per kind of change: each "after" is the
//! base spec with an overlay applied, and each change must come out with its classification
//! and the pair with its verdict. (`cargo xtask semver` checks the same rules against
//! cargo-semver-checks on real Clerk spec pairs.)

mod common;

use sdkgen_codegen::changes::{self, Impact, Report, Surface, Verdict};
use sdkgen_codegen::Overlay;

const BASE: &str = r#"
openapi: 3.0.3
info: {title: Pets, version: '2025-01-01'}
security: [{Key: []}]
paths:
  /pets:
    get:
      operationId: listPets
      tags: [pets]
      parameters: [{name: limit, in: query, schema: {type: integer}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}}}}
    post:
      operationId: createPet
      tags: [pets]
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}}
      responses:
        '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
  /pets/{id}:
    get:
      operationId: getPet
      tags: [pets]
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
components:
  securitySchemes:
    Key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Pet:
      type: object
      required: [id, kind]
      properties:
        id: {type: string}
        kind: {$ref: '#/components/schemas/Kind'}
        name: {type: string}
        owner: {$ref: '#/components/schemas/Owner'}
    Kind: {type: string, enum: [cat, dog]}
    Owner:
      oneOf:
        - {type: object, required: [person], properties: {person: {type: string}}}
        - {type: object, required: [shelter], properties: {shelter: {type: integer}}}
        - {type: object, required: [farm], properties: {farm: {type: boolean}}}
    NewPet:
      type: object
      required: [name]
      properties:
        name: {type: string}
        tag: {type: string}
        collar: {$ref: '#/components/schemas/Collar'}
    Collar:
      type: object
      required: [size]
      properties:
        size: {type: integer}
"#;

fn surface(yaml: &str, overlay: Option<Overlay>) -> Surface {
    let api = sdkgen_codegen::build_ir(&common::crate_spec(), yaml, overlay.as_slice()).unwrap_or_else(|e| panic!("{e}"));
    Surface::of(&api)
}

/// The report from `BASE` to `BASE` with `actions` applied.
fn report_of(actions: &str) -> Report {
    let overlay = Overlay::parse("change.yml", &format!("overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nactions:\n{actions}")).unwrap_or_else(|e| panic!("{e}"));
    Report::new(&surface(BASE, None), &surface(BASE, Some(overlay)))
}

/// `(impact, what)` of every change.
fn changes(report: &Report) -> Vec<(Impact, String)> {
    report.changes.iter().map(|c| (c.impact, c.what.clone())).collect()
}

fn assert_changes(actions: &str, expected: &[(Impact, &str)], verdict: Verdict) {
    let report = report_of(actions);
    let got = changes(&report);
    let expected: Vec<(Impact, String)> = expected.iter().map(|(i, w)| (*i, (*w).to_owned())).collect();
    assert_eq!(got, expected, "{}", report.render("changes"));
    assert_eq!(report.verdict(), verdict);
    assert!(report.render("t").ends_with(&format!("verdict: {}\n", verdict.as_str())));
}

use Impact::{Addition, Breaking, Compatible};

#[test]
fn the_same_spec_has_no_changes() {
    assert!(Report::new(&surface(BASE, None), &surface(BASE, None)).is_empty());
}

#[test]
fn operations_added_and_removed() {
    assert_changes(
        "  - target: $.paths\n    update: {/owners: {get: {operationId: listOwners, tags: [pets], responses: {'204': {description: none}}}}}\n",
        &[(Addition, "operation `client.pets().list_owners` added (GET /owners)")],
        Verdict::Minor,
    );
    assert_changes(
        "  - target: $.paths['/pets/{id}']\n    remove: true\n",
        &[(Breaking, "operation `client.pets().get` removed (GET /pets/{id})")],
        Verdict::Major,
    );
}

#[test]
fn a_new_required_argument_breaks_and_a_new_optional_setter_does_not() {
    assert_changes(
        "  - target: $.paths['/pets'].get.parameters\n    update: [{name: species, in: query, required: true, schema: {type: string}}]\n",
        &[(Breaking, "operation `client.pets().list`: required arguments () → (species: String)")],
        Verdict::Major,
    );
    assert_changes(
        "  - target: $.paths['/pets'].get.parameters\n    update: [{name: sort, in: query, schema: {type: string}}]\n",
        &[(Addition, "operation `client.pets().list`: optional setter `sort(String)` added")],
        Verdict::Minor,
    );
}

#[test]
fn response_error_and_body_changes() {
    assert_changes(
        "  - target: $.paths['/pets/{id}'].get.responses['200'].content['application/json'].schema\n    update: {$ref: '#/components/schemas/Owner'}\n",
        &[(Breaking, "operation `client.pets().get`: response types::Pet → types::Owner")],
        Verdict::Major,
    );
    let report = report_of("  - target: $.paths['/pets/{id}'].get.responses\n    update: {'404': {description: gone, content: {application/json: {schema: {$ref: '#/components/schemas/Collar'}}}}}\n");
    assert_eq!(changes(&report), [(Breaking, "operation `client.pets().get`: error type serde_json::Value → types::Collar".to_owned())]);
    // The crate encodes the body the new way: the call is unchanged.
    let report = report_of("  - target: $.paths['/pets'].post.requestBody.content\n    update: {application/x-www-form-urlencoded: {schema: {$ref: '#/components/schemas/NewPet'}}}\n  - target: $.paths['/pets'].post.requestBody.content['application/json']\n    remove: true\n");
    assert_eq!(changes(&report), [(Compatible, "operation `client.pets().create`: request body application/json → application/x-www-form-urlencoded".to_owned())]);
    assert_eq!(report.verdict(), Verdict::Patch);
}

#[test]
fn types_added_and_removed() {
    assert_changes(
        "  - target: $.components.schemas\n    update: {Tag: {type: string, enum: [a, b]}}\n",
        &[(Addition, "enum `Tag` added")],
        Verdict::Minor,
    );
    assert_changes(
        "  - target: $.components.schemas.Pet.properties.owner\n    remove: true\n  - target: $.components.schemas.Owner\n    remove: true\n",
        &[
            (Breaking, "union `Owner` removed"),
            (Breaking, "struct `OwnerObject1` removed"),
            (Breaking, "struct `OwnerObject2` removed"),
            (Breaking, "struct `OwnerObject3` removed"),
            (Breaking, "struct `Pet`: field `owner` removed"),
        ],
        Verdict::Major,
    );
}

#[test]
fn fields_of_structs_users_only_read_may_grow() {
    // `Pet` is only in responses: `#[non_exhaustive]` without a constructor.
    assert_changes(
        "  - target: $.components.schemas.Pet.properties\n    update: {age: {type: integer}, born: {type: string}}\n  - target: $.components.schemas.Pet.required\n    update: [born]\n",
        &[(Addition, "struct `Pet`: optional field `age: Option<i64>` added"), (Addition, "struct `Pet`: required field `born: String` added")],
        Verdict::Minor,
    );
}

#[test]
fn a_required_field_of_a_struct_users_build_breaks_its_constructor() {
    // `Collar` is in a request body: users build it with `Collar::new(size)`.
    assert_changes(
        "  - target: $.components.schemas.Collar.properties\n    update: {colour: {type: string}}\n  - target: $.components.schemas.Collar.required\n    update: [colour]\n",
        &[(Breaking, "struct `Collar`: required field `colour: String` added"), (Breaking, "struct `Collar`: `new(size)` → `new(size, colour)`")],
        Verdict::Major,
    );
    assert_changes(
        "  - target: $.components.schemas.Collar.properties\n    update: {colour: {type: string}}\n",
        &[(Addition, "struct `Collar`: optional field `colour: Option<String>` added")],
        Verdict::Minor,
    );
}

#[test]
fn fields_removed_retyped_or_made_required() {
    assert_changes(
        "  - target: $.components.schemas.Pet.properties.name\n    update: {type: integer}\n",
        &[(Breaking, "struct `Pet`: field `name`: Option<String> → Option<i64>")],
        Verdict::Major,
    );
    assert_changes(
        "  - target: $.components.schemas.Pet.required\n    update: [name]\n",
        &[(Breaking, "struct `Pet`: field `name` optional → required (String)")],
        Verdict::Major,
    );
    assert_changes(
        "  - target: $.components.schemas.Pet.required[?@ == 'kind']\n    remove: true\n",
        &[(Breaking, "struct `Pet`: field `kind` required → optional (Option<Kind>)")],
        Verdict::Major,
    );
}

#[test]
fn enum_values_and_union_members() {
    assert_changes(
        "  - target: $.components.schemas.Kind.enum\n    update: [bird]\n",
        &[(Addition, "enum `Kind`: value `bird` (`Kind::Bird`) added")],
        Verdict::Minor,
    );
    assert_changes(
        "  - target: $.components.schemas.Kind.enum[?@ == 'dog']\n    remove: true\n",
        &[(Breaking, "enum `Kind`: value `dog` (`Kind::Dog`) removed")],
        Verdict::Major,
    );
    let added = changes(&report_of("  - target: $.components.schemas.Owner.oneOf\n    update: [{type: object, required: [vet], properties: {vet: {type: boolean}}}]\n"));
    assert_eq!(added.len(), 2, "{added:?}");
    assert!(added.iter().any(|(i, w)| *i == Addition && w.starts_with("union `Owner`: member `") && w.ends_with("added")), "{added:?}");
    assert!(added.iter().all(|(i, _)| *i == Addition), "{added:?}");
    let removed = changes(&report_of("  - target: $.components.schemas.Owner.oneOf[1]\n    remove: true\n"));
    assert!(removed.iter().any(|(i, w)| *i == Breaking && w.starts_with("union `Owner`: member `") && w.ends_with("removed")), "{removed:?}");
}

#[test]
fn security_changes() {
    assert_changes(
        "  - target: $.components.securitySchemes\n    update: {Bearer: {type: http, scheme: bearer}}\n",
        &[(Addition, "security scheme `Bearer` added: `ClientBuilder::bearer`")],
        Verdict::Minor,
    );
    // `getPet` no longer accepts the key alone: calls that worked may be refused.
    let report = report_of("  - target: $.components.securitySchemes\n    update: {Bearer: {type: http, scheme: bearer}}\n  - target: $.paths['/pets/{id}'].get\n    update: {security: [{Key: [], Bearer: []}]}\n");
    let breaking: Vec<_> = report.changes.iter().filter(|c| c.impact == Breaking).collect();
    assert_eq!(breaking.len(), 1, "{}", report.render("t"));
    assert!(breaking[0].what.starts_with("operation `client.pets().get`: security"));
    assert!(breaking[0].why.is_some(), "a behaviour change says why");
    // A new alternative only widens.
    let report = report_of("  - target: $.paths['/pets/{id}'].get\n    update: {security: [{Key: []}, {}]}\n");
    assert_eq!(report.changes.iter().map(|c| c.impact).collect::<Vec<_>>(), [Compatible]);
}

#[test]
fn behaviour_changes_the_compiler_cannot_see_are_breaking_with_a_reason() {
    let report = report_of("  - target: $.info\n    update: {version: '2026-01-01'}\n");
    assert_eq!(report.changes.len(), 1);
    assert_eq!(report.changes[0].what, "API version 2025-01-01 → 2026-01-01");
    assert!(report.changes[0].why.is_some());
    assert_eq!(report.verdict(), Verdict::Major);
}

#[test]
fn a_release_bumps_the_version_and_adds_one_changelog_section_only_when_the_api_changes() {
    let api = sdkgen_codegen::build_ir(&common::crate_spec(), BASE, &[]).unwrap_or_else(|e| panic!("{e}"));
    let first = changes::release("mini-api", "spec/mini.yml", &api, None, None, "0.1.0").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(first.crate_version, "0.1.0");
    assert!(first.report.is_none());
    // The same API again: the same files, byte for byte.
    let again = changes::release("mini-api", "spec/mini.yml", &api, Some(("m", &first.manifest)), Some(&first.changelog), "0.1.0").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.crate_version.as_str(), &again.manifest, &again.changelog), ("0.1.0", &first.manifest, &first.changelog));
    assert!(again.report.is_some_and(|r| r.is_empty()));
    // A removed operation: a breaking change, 0.1.0 → 0.2.0, one new section on top.
    let overlay = Overlay::parse("o.yml", "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.paths['/pets/{id}']\n    remove: true\n").unwrap_or_else(|e| panic!("{e}"));
    let smaller = sdkgen_codegen::build_ir(&common::crate_spec(), BASE, &[overlay]).unwrap_or_else(|e| panic!("{e}"));
    let next = changes::release("mini-api", "spec/mini.yml", &smaller, Some(("m", &first.manifest)), Some(&first.changelog), "0.1.0").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(next.crate_version, "0.2.0");
    assert!(next.changelog.contains("## 0.2.0\n\nGenerated from `spec/mini.yml`, API version `2025-01-01`. Verdict: **major** (1 breaking, 0 compatible).\n\n- breaking   operation `client.pets().get` removed (GET /pets/{id})\n"), "{}", next.changelog);
    assert!(next.changelog.find("## 0.2.0") < next.changelog.find("## 0.1.0"));
    assert_eq!(changes::Manifest::parse("m", &next.manifest).map(|m| m.crate_version).ok().as_deref(), Some("0.2.0"));
}
