//! Spec → IR.

mod constructors;
mod features;
mod discriminator;
mod operations;
mod schema_view;
mod schemas;
mod ty;

use openapiv3::{OpenAPI, ReferenceOr, SecurityScheme as OaScheme};

use crate::docs::doc_lines;
use crate::error::{child, GenError};
use crate::ir::{Api, EnumVariant, Field, SecurityScheme, TypeDef, TypeKind, UnionVariant};
use crate::naming::{ident, snake_name, variant_name, NameScope};
use discriminator::Dispatch;
use operations::OperationResolver;
use ty::Ty;
use schemas::{field_names, type_doc, KindBuild, SchemaResolver, TypeBuild};

/// What the caller says about the crate to generate.
#[derive(Debug, Clone)]
pub struct CrateSpec {
    /// Cargo package name, e.g. `clerk-frontend-api`.
    pub package: String,
    /// The spec file as it should appear in docs and errors, e.g. `spec/clerk-frontend-api.yml`.
    pub spec_file: String,
    /// How the crate names the API version it speaks.
    pub api_version: ApiVersionPin,
}

impl CrateSpec {
    /// A crate named `package` from the spec `spec_file`, its API version the spec's `info.version`.
    pub fn new(package: impl Into<String>, spec_file: impl Into<String>) -> Self {
        CrateSpec { package: package.into(), spec_file: spec_file.into(), api_version: ApiVersionPin::default() }
    }
}

/// The API version a crate speaks, stated once: the spec's `info.version` when that is a date,
/// else `value` (for specs whose `info.version` is `v1` and whose dated version lives elsewhere,
/// e.g. in the file name). With `header`, every request sends `header: <version>`, the same
/// string as the crate's `API_VERSION`, so the server answers in the shape the types describe.
#[derive(Debug, Clone, Default)]
pub struct ApiVersionPin {
    /// The request header naming the version, e.g. `Clerk-API-Version`.
    pub header: Option<String>,
    /// The version, when `info.version` is not a date; must equal it when it is.
    pub value: Option<String>,
}

/// `YYYY-MM-DD`: how dated API versions are written.
pub fn is_dated_version(version: &str) -> bool {
    let b = version.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The crate's API version: `info.version` when it is a date, else the declared one.
fn api_version(file: &str, spec: &OpenAPI, pin: &ApiVersionPin) -> Result<String, GenError> {
    let info = spec.info.version.as_str();
    match &pin.value {
        Some(declared) if is_dated_version(info) && declared != info => Err(GenError::new(
            file,
            "#/info/version",
            format!("the API version is declared as {declared:?} but the spec says {info:?}; state it once, in the spec"),
        )),
        Some(declared) if !is_dated_version(declared) => {
            Err(GenError::new(file, "#/info/version", format!("the declared API version {declared:?} is not a date (YYYY-MM-DD)")))
        }
        Some(declared) => Ok(declared.clone()),
        None => Ok(info.to_owned()),
    }
}

/// Resolves a parsed spec into the IR of one crate.
pub fn resolve(spec: &OpenAPI, crate_spec: &CrateSpec) -> Result<Api, GenError> {
    let file = crate_spec.spec_file.as_str();
    let mut schemas = SchemaResolver::new(file, spec);
    schemas.resolve_components()?;
    let groups = OperationResolver::new(file, spec, &mut schemas).resolve()?;
    schemas.box_recursion();
    let markers: std::collections::BTreeSet<String> = schemas
        .types
        .iter()
        .filter(|t| matches!(&t.kind, KindBuild::Enum(values) if values.len() == 1))
        .map(|t| t.name.clone())
        .collect();
    // After the markers are known: an alias of a marker is still a marker to its fields.
    schemas.share_identical_types();
    let mut types: Vec<TypeDef> = schemas.types.iter().map(|t| type_def(t, schemas.responses_of.get(&t.name), &markers, &schemas.types)).collect();
    types.sort_by(|a, b| a.name.cmp(&b.name));
    constructors::add_constructors(&mut types, &groups, &markers);

    let (security_schemes, scheme_warnings) = security_schemes(file, spec)?;
    let default_base_url = spec.servers.first().map(|server| {
        let mut url = server.url.clone();
        for (name, variable) in server.variables.iter().flatten() {
            url = url.replace(&format!("{{{name}}}"), &variable.default);
        }
        url.trim_end_matches('/').to_owned()
    });
    let api_version = api_version(file, spec, &crate_spec.api_version)?;
    let mut doc = vec![format!("{} (API version `{}`).", spec.info.title, api_version)];
    if let Some(description) = &spec.info.description {
        doc.push(String::new());
        doc.extend(doc_lines(description));
    }
    let mut api = Api {
        package: crate_spec.package.clone(),
        lib_name: crate_spec.package.replace('-', "_"),
        title: spec.info.title.clone(),
        doc,
        api_version,
        api_version_header: crate_spec.api_version.header.clone(),
        default_base_url,
        spec_file: crate_spec.spec_file.clone(),
        security_schemes: security_schemes.clone(),
        types,
        groups: groups.clone(),
        example: example(&crate_spec.package, &security_schemes, &groups),
        unions: schemas.union_reports.clone(),
        warnings: schemas.warnings.iter().cloned().chain(scheme_warnings).collect(),
        json_text_parameters: schemas.json_text_parameters.clone(),
        features: Vec::new(),
        full: Vec::new(),
    };
    features::gate(&mut api);
    Ok(api)
}

/// The README's example: a client with the first security scheme's credentials from the
/// environment, and the first `GET` that needs no input and answers JSON (listing lazily
/// when it pages).
fn example(package: &str, schemes: &[SecurityScheme], groups: &[crate::ir::Group]) -> String {
    let lib = package.replace('-', "_");
    let env = |suffix: &str| format!("{}_{}", package.replace('-', "_"), suffix).to_uppercase();
    let auth = match schemes.first() {
        Some(s) if s.credential == "basic" => {
            format!("\n        .{}(std::env::var({:?})?, std::env::var({:?})?)", s.setter, env(&format!("{}_USER", s.setter)), env(&format!("{}_PASSWORD", s.setter)))
        }
        Some(s) => format!("\n        .{}(std::env::var({:?})?)", s.setter, env(&s.setter)),
        None => String::new(),
    };
    let call = groups.iter().flat_map(|g| g.operations.iter().map(move |o| (g, o))).find(|(_, o)| {
        o.http_method == "GET" && o.args.is_empty() && o.send_fn == "send_json"
    });
    let (uses, body) = match call {
        Some((g, o)) if o.pagination.is_some() => (
            "use futures::TryStreamExt;\n".to_owned(),
            format!(
                "    // Every item, fetched page by page as the stream is read.\n    let mut items = client.{}().{}().stream();\n    while let Some(item) = items.try_next().await? {{\n        println!(\"{{item:?}}\");\n    }}\n",
                g.accessor, o.method_name
            ),
        ),
        Some((g, o)) => (String::new(), format!("    let response = client.{}().{}().send().await?;\n    println!(\"{{response:?}}\");\n", g.accessor, o.method_name)),
        None => (String::new(), "    let _ = client;\n".to_owned()),
    };
    format!(
        "{uses}use {lib}::Client;\n\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {{\n    let client = Client::builder({lib}::DEFAULT_BASE_URL){auth}\n        .build()?;\n{body}    Ok(())\n}}"
    )
}

fn type_def(t: &TypeBuild, responses: Option<&std::collections::BTreeSet<String>>, markers: &std::collections::BTreeSet<String>, types: &[TypeBuild]) -> TypeDef {
    let doc = type_doc(t.description.as_deref(), &t.origin, responses);
    let kind = match &t.kind {
        KindBuild::Struct(fields) => {
            let names = field_names(fields);
            let derive_default = fields.iter().all(|f| f.ty.is_option() || f.flatten || is_marker(&f.ty, markers));
            let fields: Vec<Field> = fields.iter().zip(names).map(|(f, name)| field(f, name, markers)).collect();
            let secrets = fields.iter().any(|f| f.secret);
            let map_deserialize = fields.iter().all(|f| !f.de.is_empty());
            TypeKind::Struct { fields, derive_default, secrets, constructor: None, map_deserialize }
        }
        KindBuild::Enum(values) => {
            let mut scope = NameScope::new();
            let variants: Vec<EnumVariant> = values
                .iter()
                .map(|v| EnumVariant { name: scope.claim(&variant_name(v)), value: v.clone(), doc: vec![crate::docs::code_span(v)] })
                .collect();
            let fallback = scope.claim("Unknown");
            let default = match variants.as_slice() {
                [only] => Some(only.name.clone()),
                _ => None,
            };
            TypeKind::Enum { variants, fallback, default }
        }
        KindBuild::Union(variants, dispatch) => union_kind(variants, dispatch, schemas::displayable(types, &Ty::Named(t.name.clone()))),
        KindBuild::Alias(ty) => TypeKind::Alias { ty: ty.render("") },
    };
    TypeDef { name: t.name.clone(), doc, cfg: String::new(), kind }
}

fn union_kind(variants: &[schemas::VariantBuild], dispatch: &Dispatch, display: bool) -> TypeKind {
    let mut scope = NameScope::new();
    for v in variants {
        scope.claim(&v.name);
    }
    let (tag, tags) = match dispatch {
        Dispatch::Tagged { property, tags, .. } => (Some(property.clone()), tags.clone()),
        Dispatch::Untagged { .. } => (None, vec![Vec::new(); variants.len()]),
    };
    let variants = variants
        .iter()
        .zip(tags)
        .map(|(v, tags)| UnionVariant {
            name: v.name.clone(),
            ty: v.ty.render(""),
            pattern: tags.iter().map(|t| proc_macro2::Literal::string(t).to_string()).collect::<Vec<_>>().join(" | "),
            doc: doc_lines(v.description.as_deref().unwrap_or_default()),
        })
        .collect();
    TypeKind::Union { variants, tag, fallback: scope.claim("Unknown"), display }
}

fn is_marker(ty: &Ty, markers: &std::collections::BTreeSet<String>) -> bool {
    matches!(ty, Ty::Named(name) if markers.contains(name))
}

fn field(f: &schemas::FieldBuild, name: String, markers: &std::collections::BTreeSet<String>) -> Field {
    let mut serde = Vec::new();
    if f.flatten {
        serde.push("flatten".to_owned());
    } else if name.trim_start_matches("r#") != f.json_name {
        serde.push(format!("rename = {:?}", f.json_name));
    }
    let mut de = "required";
    match &f.ty {
        // Absent, `null` and a value: `None`, `Some(None)` and `Some(Some(v))`.
        Ty::Option(inner) if inner.is_option() => {
            serde.push("default".into());
            serde.push("skip_serializing_if = \"Option::is_none\"".into());
            serde.push("deserialize_with = \"sdkgen_runtime::nullable::deserialize\"".into());
            de = "nullable";
        }
        Ty::Option(inner) => {
            serde.push("default".into());
            serde.push("skip_serializing_if = \"Option::is_none\"".into());
            de = "default";
            if **inner == Ty::Bytes {
                serde.push("with = \"sdkgen_runtime::binary_text::option\"".into());
                de = "";
            }
        }
        // `format: binary` inside JSON is still a JSON string (3.1's `contentMediaType`).
        Ty::Bytes => {
            serde.push("with = \"sdkgen_runtime::binary_text\"".into());
            de = "";
        }
        // A marker can only hold its one value: tolerate its absence.
        ty if is_marker(ty, markers) => {
            serde.push("default".into());
            de = "default";
        }
        // Required by the spec without a declaration: a response may well leave it out.
        _ if f.undeclared => {
            serde.push("default".into());
            de = "default";
        }
        _ => {}
    }
    if f.flatten {
        de = "";
    }
    Field {
        name,
        json_name: f.json_name.clone(),
        ty: f.ty.render(""),
        serde: serde.join(", "),
        doc: doc_lines(f.description.as_deref().unwrap_or_default()),
        secret: f.secret,
        de,
    }
}

/// HTTP auth schemes that answer a server's challenge: a client cannot send them up front.
const CHALLENGE_SCHEMES: &[&str] = &["digest", "negotiate", "ntlm", "hoba", "mutual", "scram-sha-1", "scram-sha-256"];

/// Whether the security scheme `name` is one the client leaves out (a challenge-response scheme).
pub(crate) fn scheme_left_out(spec: &OpenAPI, name: &str) -> bool {
    let scheme = spec.components.as_ref().and_then(|c| c.security_schemes.get(name));
    matches!(scheme, Some(ReferenceOr::Item(OaScheme::HTTP { scheme, .. })) if CHALLENGE_SCHEMES.contains(&scheme.to_ascii_lowercase().as_str()))
}

/// The spec's security schemes as the client builder's setters, and the ones left out.
fn security_schemes(file: &str, spec: &OpenAPI) -> Result<(Vec<SecurityScheme>, Vec<crate::ir::Warning>), GenError> {
    let mut warnings = Vec::new();
    let Some(components) = &spec.components else { return Ok((Vec::new(), warnings)) };
    let mut setters = NameScope::with_reserved(&[
        "new", "build", "base_url", "http_client", "retry", "timeout", "connect_timeout", "request_hook", "response_hook",
    ]);
    let mut out = Vec::new();
    for (name, scheme) in &components.security_schemes {
        let pointer = child("#/components/securitySchemes", name);
        let scheme = match scheme {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => {
                return Err(GenError::new(file, pointer, format!("unsupported construct: security scheme $ref '{reference}'")))
            }
        };
        let (kind, credential, description) = match scheme {
            OaScheme::APIKey { location, name: param, description, .. } => {
                let kind = match location {
                    openapiv3::APIKeyLocation::Query => "ApiKeyQuery",
                    openapiv3::APIKeyLocation::Header => "ApiKeyHeader",
                    openapiv3::APIKeyLocation::Cookie => "ApiKeyCookie",
                };
                (format!("sdkgen_runtime::SchemeKind::{kind}({param:?})"), "token", description)
            }
            OaScheme::HTTP { scheme, description, .. } => match scheme.to_ascii_lowercase().as_str() {
                "bearer" => ("sdkgen_runtime::SchemeKind::Bearer".to_owned(), "token", description),
                "basic" => ("sdkgen_runtime::SchemeKind::Basic".to_owned(), "basic", description),
                // Challenge and response: nothing a client can send up front.
                lower if CHALLENGE_SCHEMES.contains(&lower) => {
                    let message = format!("HTTP auth scheme {scheme:?} answers a server challenge, which the client does not do: the scheme is left out (operations that accept another scheme use it)");
                    warnings.push(crate::ir::Warning { pointer: child(&pointer, "scheme"), message });
                    continue;
                }
                // Any other scheme carries a token: `Authorization: <scheme> <token>`.
                _ => (format!("sdkgen_runtime::SchemeKind::Http({scheme:?})"), "token", description),
            },
            // An OAuth2 / OpenID Connect access token is sent as a bearer token.
            OaScheme::OAuth2 { description, .. } | OaScheme::OpenIDConnect { description, .. } => {
                ("sdkgen_runtime::SchemeKind::Bearer".to_owned(), "token", description)
            }
        };
        let setter = setters.claim(&snake_name(name));
        let source_setter = setters.claim(&format!("{setter}_source"));
        out.push(SecurityScheme {
            name: name.clone(),
            setter: ident(&setter),
            source_setter: ident(&source_setter),
            kind,
            credential: credential.to_owned(),
            doc: doc_lines(description.as_deref().unwrap_or_default()),
        });
    }
    Ok((out, warnings))
}

