//! Operation parameters → inputs of the request builder (arguments and setters) and the
//! statements that add them to the request, in every location and style.

use std::collections::BTreeMap;

use indexmap::IndexMap;
use openapiv3::{MediaType, Parameter, ParameterSchemaOrContent, PathStyle, QueryStyle, ReferenceOr};

use super::{location, InputSet, OperationResolver, TYPES};
use crate::docs::doc_lines;
use crate::error::{child, GenError};
use crate::ir::{Input, StoredField};
use crate::naming::{ident, snake_name, type_name};
use crate::resolve::schema_view::RefOr;
use crate::resolve::schemas::{self, KindBuild};
use crate::resolve::ty::Ty;

/// What an operation's parameters add to its builder beside its inputs.
#[derive(Default)]
pub(super) struct Parameters {
    /// Statements adding parameters to `req`.
    pub statements: Vec<String>,
    /// Path parameter name → the expression of its encoded value.
    pub path_args: BTreeMap<String, String>,
    /// Optional integer `limit`/`offset` query parameters: field, type and `default`.
    pub paging: BTreeMap<&'static str, (String, Ty, Option<u64>)>,
}

impl<'a> OperationResolver<'a, '_> {
    /// The parameters of an operation (its own, overriding its path item's of the same name and
    /// location), as inputs and request statements.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn parameters(
        &mut self,
        path: &str,
        path_params: &'a [ReferenceOr<Parameter>],
        op_params: &'a [ReferenceOr<Parameter>],
        pointer: &str,
        builder_name: &str,
        inputs: &mut InputSet,
        stored: &mut Vec<StoredField>,
    ) -> Result<Parameters, GenError> {
        // Operation parameters override path-item parameters of the same name and location.
        let mut params: Vec<(Parameter, String)> = Vec::new();
        for (i, p) in path_params.iter().enumerate() {
            let p_pointer = child(&child(&pointer[..pointer.rfind('/').unwrap_or(0)], "parameters"), &i.to_string());
            params.push((self.parameter(p, &p_pointer)?, p_pointer));
        }
        for (i, p) in op_params.iter().enumerate() {
            let p_pointer = child(&child(pointer, "parameters"), &i.to_string());
            let p = self.parameter(p, &p_pointer)?;
            params.retain(|(existing, _)| {
                !(existing.parameter_data_ref().name == p.parameter_data_ref().name && location(existing) == location(&p))
            });
            params.push((p, p_pointer));
        }
        // OpenAPI 3.0 §4.7.12.1: header parameters named Accept, Content-Type or Authorization
        // "SHALL be ignored" (the body's media type, `produces` and `security` say those).
        params.retain(|(p, _)| {
            !(matches!(p, Parameter::Header { .. })
                && ["accept", "content-type", "authorization"].contains(&p.parameter_data_ref().name.to_ascii_lowercase().as_str()))
        });

        self.path_variables_declared_elsewhere(path, pointer, &mut params);
        let mut out = Parameters::default();
        for (param, p_pointer) in &params {
            self.parameter_input(param, p_pointer, builder_name, inputs, stored, &mut out)?;
        }
        Ok(out)
    }

    /// A variable of the path template (`/jobs/{job_id}`) that no path parameter declares, but a
    /// parameter of that name in another location does (`in: query`, a spec mistake): that
    /// parameter is the path's, with a warning. One that no parameter declares at all (Spree's
    /// `{policy_slug}`) is a required string path parameter, with a warning.
    fn path_variables_declared_elsewhere(&mut self, path: &str, pointer: &str, params: &mut Vec<(Parameter, String)>) {
        let variables = path.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()));
        for variable in variables.collect::<Vec<_>>() {
            if params.iter().any(|(p, _)| matches!(p, Parameter::Path { .. }) && p.parameter_data_ref().name == variable) {
                continue;
            }
            let Some((param, p_pointer)) = params.iter_mut().find(|(p, _)| p.parameter_data_ref().name == variable) else {
                let message = format!("the path `{path}` holds `{{{variable}}}` but no parameter declares it: read as a required string path parameter");
                self.schemas.warn(pointer, message);
                params.push((undeclared_path_parameter(&variable), pointer.to_owned()));
                continue;
            };
            let mut data = param.parameter_data_ref().clone();
            data.required = true;
            let message = format!("parameter `{variable}` is declared `in: {}` but the path `{path}` holds it: it is sent in the path", location(param));
            self.schemas.warn(p_pointer, message);
            *param = Parameter::Path { parameter_data: data, style: PathStyle::Simple };
        }
    }

    /// One parameter: an argument (required) or a setter (optional), and how it is sent.
    fn parameter_input(
        &mut self,
        param: &Parameter,
        p_pointer: &str,
        builder_name: &str,
        inputs: &mut InputSet,
        stored: &mut Vec<StoredField>,
        out: &mut Parameters,
    ) -> Result<(), GenError> {
        let data = param.parameter_data_ref();
        let (schema, schema_pointer, json_text) = match &data.format {
            ParameterSchemaOrContent::Schema(s) => (s, child(p_pointer, "schema"), false),
            ParameterSchemaOrContent::Content(content) => self.content_schema(content, p_pointer)?,
        };
        let required = data.required || matches!(param, Parameter::Path { .. });
        // A required parameter with one allowed value (an API version header, say) is
        // not an input: it is always sent with that value.
        if let Some(value) = (required && !json_text).then(|| self.single_string_value(schema)).flatten() {
            let name = &data.name;
            match param {
                Parameter::Path { style, .. } => {
                    let segment = format!("sdkgen_runtime::encode_path_segment({value:?})");
                    out.path_args.insert(name.clone(), with_style_prefix(style, name, segment));
                }
                Parameter::Query { .. } => out.statements.push(format!("req.query({name:?}, {value:?});")),
                Parameter::Header { .. } => out.statements.push(format!("req.header({name:?}, {value:?});")),
                Parameter::Cookie { .. } => out.statements.push(format!("req.cookie({name:?}, {value:?});")),
            }
            return Ok(());
        }
        let hint = format!("{builder_name}{}", type_name(&data.name));
        let r = self.schemas.resolve(RefOr::from(schema), &schema_pointer, &hint)?;
        let field = ident(&inputs.names.claim(&snake_name(&data.name)));
        // `oneOf: [T, array of T]` in a query: one value is a list of one, so a list it is.
        // (In a path too: `/{index}/_search` with `a,b`.)
        let value_ty = match param {
            // A path segment, header or cookie is text: a schema that says nothing of its type
            // (FastAPI writes `{title: ...}` for an unannotated path argument) reads as a string.
            Parameter::Path { .. } | Parameter::Header { .. } | Parameter::Cookie { .. } if !json_text && r.ty == Ty::Json => {
                self.schemas.warn(&schema_pointer, format!("the schema of {} parameter `{}` gives no type: read as a string", location(param), data.name));
                Ty::String
            }
            Parameter::Query { .. } | Parameter::Path { .. } => self.scalar_or_list(&r.ty).or_else(|| self.list_behind_alias(&r.ty, 0)).unwrap_or_else(|| r.ty.clone()),
            _ => self.list_behind_alias(&r.ty, 0).unwrap_or_else(|| r.ty.clone()),
        };
        // No parameter style writes a null item of a list (Langfuse's `environment`: a list of
        // nullable strings): the items are values.
        let value_ty = match value_ty {
            Ty::Vec(item) if matches!(*item, Ty::Option(_)) && !json_text => {
                self.schemas.warn(&schema_pointer, format!("the items of {} parameter `{}` are nullable, which no parameter style can send: read as not null", location(param), data.name));
                Ty::Vec(Box::new(item.unwrap_option().clone()))
            }
            other => other,
        };
        let stored_ty = if required { value_ty.clone() } else { value_ty.clone().option() };
        if let (Parameter::Query { .. }, false, "limit" | "offset", Ty::I64 | Ty::I32 | Ty::F64) = (param, required, data.name.as_str(), &value_ty) {
            let default = match schema {
                ReferenceOr::Item(s) => s.schema_data.default.as_ref().and_then(|d| d.as_u64()),
                ReferenceOr::Reference { .. } => None,
            };
            let key = if data.name == "limit" { "limit" } else { "offset" };
            out.paging.insert(key, (field.clone(), value_ty.clone(), default));
        }
        let doc = doc_lines(data.description.as_deref().unwrap_or_default());
        let input = Input {
            name: field.clone(),
            arg_ty: format!("impl Into<{}>", value_ty.render(TYPES)),
            value_ty: value_ty.render(TYPES),
            location: location(param).to_owned(),
            json_name: data.name.clone(),
            convert: if required { "value.into()".into() } else { "Some(value.into())".into() },
            target: field.clone(),
            doc,
        };
        stored.push(StoredField {
            name: field.clone(),
            ty: stored_ty.render(TYPES),
            init: if required { format!("{field}.into()") } else { "None".into() },
        });
        if required {
            inputs.args.push(input);
        } else {
            inputs.setters.push(input);
        }
        let name = &data.name;
        let add = match param {
            // `content: application/json`: the value's JSON text, wherever it goes.
            Parameter::Path { .. } if json_text => {
                out.path_args.insert(name.clone(), format!("sdkgen_runtime::encode_path_segment(&sdkgen_runtime::json_text(&self.{field}))"));
                return Ok(());
            }
            Parameter::Query { .. } if json_text => format!("req.query_json({name:?}, v);"),
            Parameter::Header { .. } if json_text => format!("req.header_json({name:?}, v);"),
            Parameter::Cookie { .. } if json_text => format!("req.cookie_json({name:?}, v);"),
            Parameter::Path { style, .. } => {
                if !self.displayable(&value_ty) {
                    return Err(self.err(p_pointer, "unsupported construct: a path parameter that is an object or a list of objects"));
                }
                let explode = data.explode.unwrap_or(false);
                out.path_args.insert(name.clone(), path_value(&field, name, style, matches!(value_ty, Ty::Vec(_)), explode));
                return Ok(());
            }
            Parameter::Query { style, .. } => {
                let explode = data.explode.unwrap_or(matches!(style, QueryStyle::Form));
                if !self.displayable(&value_ty) {
                    match self.object_query(name, &value_ty, style, explode).or_else(|| untyped_query(name, &value_ty, style, explode)) {
                        Some(add) => add,
                        // No OpenAPI style serialises it (a list of objects, nested objects):
                        // its JSON text, which is what APIs that take such parameters read.
                        None => {
                            self.schemas.warn(p_pointer, "no query style serialises a value of this shape: it is sent as its JSON text");
                            if !self.schemas.json_text_parameters.contains(&p_pointer.to_owned()) {
                                self.schemas.json_text_parameters.push(p_pointer.to_owned());
                            }
                            format!("req.query_json({name:?}, v);")
                        }
                    }
                } else {
                match (&value_ty, style) {
                    (Ty::Vec(_), QueryStyle::SpaceDelimited) => format!("req.query_joined({name:?}, v, \" \");"),
                    (Ty::Vec(_), QueryStyle::PipeDelimited) => format!("req.query_joined({name:?}, v, \"|\");"),
                    (Ty::Vec(_), _) if !explode => format!("req.query_joined({name:?}, v, \",\");"),
                    (Ty::Vec(_), _) => format!("req.query_exploded({name:?}, v);"),
                    _ => format!("req.query({name:?}, v);"),
                }
                }
            }
            // A list in a header (`simple` style) or a cookie (`form`) is its items joined by commas.
            Parameter::Header { .. } | Parameter::Cookie { .. } if matches!(value_ty, Ty::Vec(_)) => {
                if !self.displayable(&value_ty) {
                    return Err(self.err(p_pointer, "unsupported construct: header or cookie parameter holding a list of objects"));
                }
                let method = if matches!(param, Parameter::Header { .. }) { "header" } else { "cookie" };
                format!("req.{method}({name:?}, v.iter().map(ToString::to_string).collect::<Vec<_>>().join(\",\"));")
            }
            Parameter::Header { .. } | Parameter::Cookie { .. } if !self.displayable(&value_ty) => {
                return Err(self.err(p_pointer, "unsupported construct: an object-valued header or cookie parameter"));
            }
            Parameter::Header { .. } => format!("req.header({name:?}, v);"),
            Parameter::Cookie { .. } => format!("req.cookie({name:?}, v);"),
        };
        out.statements.push(if required {
            format!("{{ let v = &self.{field}; {add} }}")
        } else {
            format!("if let Some(v) = &self.{field} {{ {add} }}")
        });
        Ok(())
    }

    /// The schema of a parameter described by `content` (one media type) and whether its value
    /// is sent as JSON text (`application/json` and `+json`); another media type's value is sent
    /// as the value itself, with a warning.
    fn content_schema<'c>(
        &mut self,
        content: &'c IndexMap<String, MediaType>,
        p_pointer: &str,
    ) -> Result<(&'c ReferenceOr<openapiv3::Schema>, String, bool), GenError> {
        let content_pointer = child(p_pointer, "content");
        let Some((media_type, media)) = content.iter().next() else {
            return Err(self.err(&content_pointer, "a parameter's `content` needs one media type"));
        };
        let media_pointer = child(&content_pointer, media_type);
        let Some(schema) = &media.schema else {
            return Err(self.err(&media_pointer, "a parameter's media type needs a `schema`"));
        };
        if content.len() > 1 {
            self.schemas.warn(&content_pointer, "a parameter's `content` has several media types: the first is used");
        }
        let json = media_type.split(';').next().is_some_and(|m| m.trim() == "application/json" || m.trim().ends_with("+json"));
        if !json {
            self.schemas.warn(&media_pointer, format!("parameter content `{media_type}` is not JSON: the value is sent as its text"));
        }
        Ok((schema, child(&media_pointer, "schema"), json))
    }

    /// The value of a string schema that allows exactly one (`enum: [v]`), following a
    /// `$ref` to a component schema.
    fn single_string_value(&self, schema: &ReferenceOr<openapiv3::Schema>) -> Option<String> {
        let schema = match schema {
            ReferenceOr::Item(s) => s,
            ReferenceOr::Reference { reference } => {
                let name = reference.strip_prefix("#/components/schemas/")?;
                self.spec.components.as_ref()?.schemas.get(name)?.as_item()?
            }
        };
        match &schema.schema_kind {
            openapiv3::SchemaKind::Type(openapiv3::Type::String(s)) => match s.enumeration.as_slice() {
                [Some(value)] if !schema.schema_data.nullable => Some(value.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Statements sending an object-valued query parameter `v` the way its style says:
    /// `form` exploded (`a=1&b=2`, the default), `form` not exploded (`name=a,1,b,2`), or
    /// `deepObject` (`name[a]=1&name[b]=2`). Only objects whose properties are scalars.
    fn object_query(&self, name: &str, ty: &Ty, style: &QueryStyle, explode: bool) -> Option<String> {
        let Ty::Named(type_name) = ty.unwrap_option() else { return None };
        let KindBuild::Struct(fields) = &self.schemas.types.iter().find(|t| &t.name == type_name)?.kind else { return None };
        if fields.is_empty() || fields.iter().any(|f| f.flatten || matches!(f.ty.unwrap_option(), Ty::Vec(_)) || !self.displayable(&f.ty)) {
            return None;
        }
        let names = schemas::field_names(fields);
        let mut statements = Vec::new();
        let joined = matches!(style, QueryStyle::Form) && !explode;
        if joined {
            statements.push("let mut parts: Vec<String> = Vec::new();".to_owned());
        }
        for (field, rust) in fields.iter().zip(&names) {
            let key = &field.json_name;
            let send = match style {
                QueryStyle::DeepObject => format!("req.query({:?}, x);", format!("{name}[{key}]")),
                _ if joined => format!("parts.push({key:?}.to_owned()); parts.push(x.to_string());"),
                _ => format!("req.query({key:?}, x);"),
            };
            statements.push(if field.ty.is_option() {
                format!("if let Some(x) = &v.{rust} {{ {send} }}")
            } else {
                format!("{{ let x = &v.{rust}; {send} }}")
            });
        }
        if joined {
            statements.push(format!("req.query({name:?}, parts.join(\",\"));"));
        }
        Some(statements.join(" "))
    }

    /// `Vec<T>` for a union of a displayable `T` and `Vec<T>` (either order), following aliases.
    /// The list a named schema stands for (`ids: {$ref: '#/components/schemas/Ids'}` where `Ids`
    /// is an array): a parameter sends it in its style as it would send the list itself.
    fn list_behind_alias(&self, ty: &Ty, depth: usize) -> Option<Ty> {
        let Ty::Named(name) = ty else { return None };
        match &self.schemas.types.iter().find(|t| &t.name == name)?.kind {
            KindBuild::Alias(list @ Ty::Vec(_)) => Some(list.clone()),
            KindBuild::Alias(inner) if depth < 16 => self.list_behind_alias(inner, depth + 1),
            _ => None,
        }
    }

    fn scalar_or_list(&self, ty: &Ty) -> Option<Ty> {
        let Ty::Named(name) = ty.unwrap_option() else { return None };
        match &self.schemas.types.iter().find(|t| &t.name == name)?.kind {
            KindBuild::Union(variants, _) => match variants.as_slice() {
                [a, b] => match (&a.ty, &b.ty) {
                    (scalar, Ty::Vec(item)) | (Ty::Vec(item), scalar) if **item == *scalar && self.displayable(scalar) => Some(Ty::Vec(item.clone())),
                    _ => None,
                },
                _ => None,
            },
            KindBuild::Alias(inner) => self.scalar_or_list(inner),
            _ => None,
        }
    }

    fn parameter(&self, p: &ReferenceOr<Parameter>, pointer: &str) -> Result<Parameter, GenError> {
        match p {
            ReferenceOr::Item(p) => Ok(p.clone()),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/parameters/")
                    .ok_or_else(|| self.err(pointer, crate::error::unfollowable_ref(reference, "parameters")))?;
                match self.spec.components.as_ref().and_then(|c| c.parameters.get(name)) {
                    Some(ReferenceOr::Item(p)) => Ok(p.clone()),
                    Some(other) => self.parameter(other, &child("#/components/parameters", name)),
                    None => Err(self.err(pointer, crate::error::unfollowable_ref(reference, "parameters"))),
                }
            }
        }
    }
}

/// Query values the spec leaves untyped (`items: {}`, a map of any values) or types as a map:
/// written in their style as text (a string without quotes), not as JSON text.
fn untyped_query(name: &str, ty: &Ty, style: &QueryStyle, explode: bool) -> Option<String> {
    let text = |inner: &Ty| match inner {
        Ty::Json => Some("sdkgen_runtime::ValueText(x)"),
        Ty::String | Ty::I64 | Ty::I32 | Ty::U64 | Ty::F64 | Ty::Bool => Some("x"),
        _ => None,
    };
    let map_style = match style {
        QueryStyle::DeepObject => "DeepObject",
        _ if explode => "Exploded",
        _ => "Joined",
    };
    let map = |value: &str| {
        let entries = if value == "x" { "v.iter()".to_owned() } else { format!("v.iter().map(|(k, x)| (k, {value}))") };
        format!("req.query_map({name:?}, {entries}, sdkgen_runtime::MapStyle::{map_style});")
    };
    match ty.unwrap_option() {
        Ty::Json => Some(format!("req.query({name:?}, sdkgen_runtime::ValueText(v));")),
        Ty::Vec(inner) => {
            let items = match text(inner)? {
                "x" => "v".to_owned(),
                _ => "&v.iter().map(sdkgen_runtime::ValueText).collect::<Vec<_>>()".to_owned(),
            };
            Some(match style {
                QueryStyle::SpaceDelimited => format!("req.query_joined({name:?}, {items}, \" \");"),
                QueryStyle::PipeDelimited => format!("req.query_joined({name:?}, {items}, \"|\");"),
                _ if !explode => format!("req.query_joined({name:?}, {items}, \",\");"),
                _ => format!("req.query_exploded({name:?}, {items});"),
            })
        }
        Ty::Map(inner) => Some(map(text(inner)?)),
        Ty::JsonObject => Some(map("sdkgen_runtime::ValueText(x)")),
        _ => None,
    }
}

/// A required string path parameter named `name`, for a path variable no parameter declares.
fn undeclared_path_parameter(name: &str) -> Parameter {
    let schema = openapiv3::Schema {
        schema_data: openapiv3::SchemaData::default(),
        schema_kind: openapiv3::SchemaKind::Type(openapiv3::Type::String(openapiv3::StringType::default())),
    };
    let parameter_data = openapiv3::ParameterData {
        name: name.to_owned(),
        description: None,
        required: true,
        deprecated: None,
        format: ParameterSchemaOrContent::Schema(ReferenceOr::Item(schema)),
        example: None,
        examples: IndexMap::new(),
        explode: None,
        extensions: IndexMap::new(),
    };
    Parameter::Path { parameter_data, style: PathStyle::Simple }
}

/// What a path segment keeps unencoded (RFC 3986's unreserved characters).
const UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// The expression of a path parameter's text, each item percent-encoded, in its style
/// (OpenAPI's table of style examples): `simple` `a,b`; `label` `.a,b` (exploded `.a.b`);
/// `matrix` `;id=a,b` (exploded `;id=a;id=b`). A scalar is a list of one.
fn path_value(field: &str, name: &str, style: &PathStyle, list: bool, explode: bool) -> String {
    if !list && matches!(style, PathStyle::Simple) {
        return format!("sdkgen_runtime::encode_path_segment(&self.{field}.to_string())");
    }
    let items = if list {
        format!("self.{field}.iter().map(|v| sdkgen_runtime::encode_path_segment(&v.to_string())).collect::<Vec<_>>()")
    } else {
        format!("[sdkgen_runtime::encode_path_segment(&self.{field}.to_string())]")
    };
    match style {
        // Exploded: every item carries the prefix (`.a.b`, `;id=a;id=b`).
        PathStyle::Label | PathStyle::Matrix if explode => {
            let each = with_style_prefix(style, name, "v".to_owned());
            format!("{items}.iter().map(|v| {each}).collect::<String>()")
        }
        _ => with_style_prefix(style, name, format!("{items}.join(\",\")")),
    }
}

/// `text` (an expression of a `String` or `&String`) behind its style's prefix: `.` for `label`,
/// `;name=` for `matrix` (the name percent-encoded), nothing for `simple`. Concatenation, not
/// `format!`: the result is itself an argument of the path's `format!`.
fn with_style_prefix(style: &PathStyle, name: &str, text: String) -> String {
    match style {
        PathStyle::Label => format!("[\".\", {text}.as_str()].concat()"),
        PathStyle::Matrix => format!("[\";{}=\", {text}.as_str()].concat()", percent_encoding::utf8_percent_encode(name, UNRESERVED)),
        PathStyle::Simple => text,
    }
}
