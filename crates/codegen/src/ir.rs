//! The intermediate model: plain data, no `$ref`s, no OpenAPI types. Templates see only this.

use serde::Serialize;

/// One generated crate.
#[derive(Debug, Clone, Serialize)]
pub struct Api {
    /// Cargo package name, e.g. `clerk-frontend-api`.
    pub package: String,
    /// Library name, e.g. `clerk_frontend_api`.
    pub lib_name: String,
    pub title: String,
    pub doc: Vec<String>,
    /// The API version the crate speaks: the spec's `info.version`, verbatim (not necessarily
    /// semver), or the dated version declared for it (`CrateSpec::api_version`).
    pub api_version: String,
    /// The request header that sends `api_version` on every request, when the API has one.
    pub api_version_header: Option<String>,
    /// The first server URL with its variables at their defaults.
    pub default_base_url: Option<String>,
    /// The spec's path relative to the project, e.g. `spec/clerk-frontend-api.yml`.
    pub spec_file: String,
    pub security_schemes: Vec<SecurityScheme>,
    pub types: Vec<TypeDef>,
    pub groups: Vec<Group>,
    /// The crate's Cargo features of operations, in group order (`features::gate`): one per
    /// group, and for a group split into parts, its parts after it.
    pub features: Vec<Feature>,
    /// What the `full` feature turns on: every feature that gates code itself (a group, or
    /// each part of a split group), not the umbrellas of split groups.
    pub full: Vec<String>,
    /// A complete program for the README (checked as a doc test): build a client
    /// with the first security scheme and call a simple operation.
    pub example: String,
    /// Every `oneOf`/`anyOf` and how it was turned into Rust, in spec order.
    pub unions: Vec<UnionReport>,
    /// Constructs the crate does not model, each once, with what was done instead.
    pub warnings: Vec<Warning>,
    /// JSON pointers of the query parameters no OpenAPI style can serialise (a list of
    /// objects, nested objects), which the client sends as their JSON text.
    pub json_text_parameters: Vec<String>,
}

/// A construct of the spec the generated crate leaves out or treats loosely; the rest is correct.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// JSON pointer of the node.
    pub pointer: String,
    /// What it is and what the crate does instead, e.g. "`not` is not modelled: the field is `serde_json::Value`".
    pub message: String,
}

/// One `oneOf`/`anyOf` of the spec and the treatment it got (`--explain`).
#[derive(Debug, Clone, Serialize)]
pub struct UnionReport {
    pub pointer: String,
    /// `oneOf` or `anyOf`.
    pub keyword: String,
    /// The Rust type it became.
    pub ty: String,
    pub treatment: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SecurityScheme {
    pub name: String,
    /// Builder setter, e.g. `dev_browser`.
    pub setter: String,
    /// Builder setter taking a `CredentialSource` asked on every request, e.g. `dev_browser_source`.
    pub source_setter: String,
    /// `SchemeKind` expression, e.g. `SchemeKind::ApiKeyQuery("__dev_session")`.
    pub kind: String,
    /// `token` (one secret) or `basic` (username and password).
    pub credential: String,
    pub doc: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TypeDef {
    pub name: String,
    /// Doc lines, ending with the spec location.
    pub doc: Vec<String>,
    /// `#[cfg(...)]` of the group features that reach the type, empty when it always compiles.
    pub cfg: String,
    #[serde(flatten)]
    pub kind: TypeKind,
}

#[derive(Debug, Clone, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKind {
    /// `secrets`: some field holds a secret, so `Debug` is written out and prints `***` for it.
    /// `constructor`: the struct is reachable from a request, so users build it with `new`.
    /// `map_deserialize`: `Deserialize` comes from `sdkgen_runtime::deserialize_map!` (every
    /// field has a `de` mode), not serde's derive.
    Struct { fields: Vec<Field>, derive_default: bool, secrets: bool, constructor: Option<Constructor>, map_deserialize: bool },
    /// A string enum; `default` names the variant of a one-value (marker) enum.
    Enum { variants: Vec<EnumVariant>, fallback: String, default: Option<String> },
    /// A `oneOf`/`anyOf`. With a `tag`, the variant is chosen by that property's
    /// value and `fallback` names the variant keeping unknown objects as raw JSON;
    /// without, variants are tried in order. `display`: every variant is one scalar, and the
    /// union implements `Display` (it can be a path, query or header value).
    Union { variants: Vec<UnionVariant>, tag: Option<String>, fallback: String, display: bool },
    Alias { ty: String },
}

/// `new(args)` of a struct users build (every struct is `#[non_exhaustive]`).
#[derive(Debug, Clone, Serialize)]
pub struct Constructor {
    /// `[name, type]` of each required field, in field order.
    pub args: Vec<[String; 2]>,
    /// The initialiser of every field: its argument (`name`), or `name: None` /
    /// `name: Default::default()`.
    pub inits: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Field {
    /// Rust identifier (raw when a keyword).
    pub name: String,
    pub json_name: String,
    /// Full Rust type, `Option` included.
    pub ty: String,
    /// Contents of `#[serde(...)]`, empty when none is needed.
    pub serde: String,
    pub doc: Vec<String>,
    /// A password, token, code...: `Debug` shows `***`.
    pub secret: bool,
    /// How `deserialize_map!` reads the field: `required`, `default` or `nullable`; empty when
    /// it cannot (flattened maps, binary text), and the struct derives `Deserialize` instead.
    pub de: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct EnumVariant {
    pub name: String,
    pub value: String,
    pub doc: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct UnionVariant {
    pub name: String,
    pub ty: String,
    /// Match pattern of the tag values selecting this variant, e.g. `"email_code" | "phone_code"`.
    pub pattern: String,
    pub doc: Vec<String>,
}

/// The operations of one group (`x-speakeasy-group` or first tag).
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    pub name: String,
    /// Method on the client returning this group, e.g. `sign_ins`.
    pub accessor: String,
    /// Struct holding the group's methods, e.g. `SignIns`.
    pub struct_name: String,
    pub operations: Vec<Operation>,
    /// The Cargo feature compiling the group, e.g. `sign-ins`.
    pub feature: String,
    /// `#[cfg(feature = "...")]` of that feature.
    pub cfg: String,
}

/// A Cargo feature of the generated crate: one operation group, or one part of a group too
/// large to compile as one (see `features::gate`).
#[derive(Debug, Clone, Serialize)]
pub struct Feature {
    pub name: String,
    /// The group's name in the spec.
    pub group: String,
    /// For a part of a split group: the paths it holds, e.g. `/stages/authenticator/…`.
    pub paths: Option<String>,
    pub operations: usize,
    /// For a split group's own feature: the features of its parts, which it turns on.
    pub parts: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    pub operation_id: String,
    /// JSON pointer of the operation in the spec, e.g. `#/paths/~1v1~1client/get`.
    pub pointer: String,
    /// `#[doc(alias)]` so docs search finds the method by its `operationId`.
    pub doc_alias: Option<String>,
    /// Method in its group, e.g. `create`.
    pub method_name: String,
    /// The request builder type, e.g. `CreateSignIn`.
    pub builder_name: String,
    pub doc: Vec<String>,
    pub deprecated: bool,
    /// HTTP method as a `reqwest::Method` constant name, e.g. `POST`.
    pub http_method: String,
    pub path_template: String,
    /// Rust expression producing the path, parameters encoded.
    pub path_expr: String,
    /// Required inputs: arguments of the group method, in order.
    pub args: Vec<Input>,
    /// Optional inputs: setters on the builder.
    pub setters: Vec<Input>,
    /// Setters that send an explicit `null` for a nullable body field.
    pub nullers: Vec<Nuller>,
    /// Fields of the builder struct other than `client` and `body`.
    pub stored: Vec<StoredField>,
    pub body: Option<Body>,
    /// Statements adding parameters to `req` (a `RequestSpec`).
    pub param_statements: Vec<String>,
    /// `&[&["DevBrowser"], ...]`
    pub security: String,
    /// `&[200, 201]`
    pub success_statuses: String,
    /// `send_json`, `send_json_or_empty`, `send_empty` or `send_bytes`.
    pub send_fn: String,
    /// Arguments after the request, e.g. `, &[307]` for `send_json_or_empty`.
    pub send_args: String,
    pub success_ty: String,
    pub error_ty: String,
    /// `limit`/`offset` paging, for list operations.
    pub pagination: Option<Pagination>,
    /// The success response can be streamed (`text/event-stream`, JSON lines): `send_stream()`.
    pub stream: Option<EventStream>,
    /// `#[cfg(...)]` of the feature compiling the operation's builder (its group's, or its
    /// part's when the group is split).
    pub cfg: String,
    /// The same on the group's method, where it differs from the group's own gate; else empty.
    pub method_cfg: String,
}

/// How `send_stream()` asks for and decodes a streamed success response.
#[derive(Debug, Clone, Serialize)]
pub struct EventStream {
    /// The type of each event's data, e.g. `types::ChatCompletionChunk`.
    pub item_ty: String,
    /// `sdkgen_runtime::EventFormat::...` expression.
    pub format: String,
    /// `sdkgen_runtime::EventData::...` expression.
    pub data: String,
    /// The media type asked for, e.g. `text/event-stream`.
    pub accept: String,
    /// Statements run on the builder first, e.g. setting the body's `stream` flag.
    pub prepare: Vec<String>,
}

/// How a list operation pages: expressions the builder's `stream()` uses.
#[derive(Debug, Clone, Serialize)]
pub struct Pagination {
    /// The item type, e.g. `types::User`.
    pub item_ty: String,
    pub limit_field: String,
    pub offset_field: String,
    /// The first offset (`u64`), from the builder.
    pub start: String,
    /// The page size (`u64`): the builder's `limit`, else the parameter's default, else 10.
    pub page_size: String,
    /// `offset` and `limit` converted to the parameters' types.
    pub offset_value: String,
    pub limit_value: String,
    /// The items of `response`, and its total count (relative to `start`) when reported.
    pub items: String,
    pub total: String,
}

/// One input of an operation (parameter or body field).
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    /// Argument / setter name.
    pub name: String,
    /// Argument type, e.g. `impl Into<String>`.
    pub arg_ty: String,
    /// The concrete type the argument is converted into, e.g. `String`.
    pub value_ty: String,
    /// Where the value goes on the wire: `path`, `query`, `header`, `cookie`,
    /// `body` (the whole body) or `body_field`.
    pub location: String,
    /// Wire name: the parameter or body property name; empty for a whole body.
    pub json_name: String,
    /// Expression converting the argument into the stored value.
    pub convert: String,
    /// Where the value is stored, e.g. `body.password` or `limit`.
    pub target: String,
    pub doc: Vec<String>,
}

/// A setter sending `"field": null`, distinct from leaving the field out.
#[derive(Debug, Clone, Serialize)]
pub struct Nuller {
    /// Setter name, e.g. `external_id_null`.
    pub name: String,
    /// Where the value is stored, e.g. `body.external_id`.
    pub target: String,
    pub json_name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoredField {
    pub name: String,
    pub ty: String,
    /// Initial value in the constructor.
    pub init: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Body {
    pub ty: String,
    /// The request's media type, e.g. `application/x-www-form-urlencoded`.
    pub content_type: String,
    /// Initial value in the constructor.
    pub init: String,
    /// Statements encoding `self.body` into `req`.
    pub encode: Vec<String>,
}
