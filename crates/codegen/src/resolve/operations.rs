//! Paths and operations → groups of operation builders.

use std::collections::BTreeMap;

use openapiv3::{
    MediaType, OpenAPI, Operation as OaOperation, Parameter,
    ReferenceOr, RequestBody, Response, StatusCode,
};

use super::discriminator::Dispatch;
use super::schemas::{KindBuild, SchemaResolver, TypeBuild, VariantBuild};
use super::ty::Ty;
use crate::docs::doc_lines;
use crate::error::{child, GenError};
use crate::ir::{Body, Group, Input, Nuller, Operation, Pagination};
use crate::naming::{ident, snake_name, strip_group_words, type_name, NameScope};

mod parameters;
mod streams;
use parameters::Parameters;

const TYPES: &str = "types::";
const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

pub struct OperationResolver<'a, 'r> {
    file: &'a str,
    spec: &'a OpenAPI,
    schemas: &'r mut SchemaResolver<'a>,
    builders: NameScope,
}

/// An operation before its group's method names are settled.
struct Pending {
    group: String,
    preferred_name: String,
    op: Operation,
}

impl<'a, 'r> OperationResolver<'a, 'r> {
    pub fn new(file: &'a str, spec: &'a OpenAPI, schemas: &'r mut SchemaResolver<'a>) -> Self {
        OperationResolver { file, spec, schemas, builders: NameScope::with_reserved(&["Client", "ClientBuilder"]) }
    }

    fn err(&self, pointer: &str, message: impl Into<String>) -> GenError {
        GenError::new(self.file, pointer, message)
    }

    pub fn resolve(mut self) -> Result<Vec<Group>, GenError> {
        let mut pending = Vec::new();
        let spec = self.spec;
        // Every named response gets its body type, used by an operation or not.
        for (name, response) in spec.components.iter().flat_map(|c| &c.responses) {
            if let ReferenceOr::Item(response) = response {
                let pointer = child("#/components/responses", name);
                self.body_type(response, &pointer, &format!("{}Response", type_name(name)))?;
            }
        }
        self.multipart_components_hold_files()?;
        for (path, item) in &spec.paths.paths {
            let item_pointer = child("#/paths", path);
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { reference } => {
                    return Err(self.err(&item_pointer, format!("unsupported construct: path item $ref '{reference}'")))
                }
            };
            for method in METHODS {
                let op = match method {
                    "get" => &item.get,
                    "put" => &item.put,
                    "post" => &item.post,
                    "delete" => &item.delete,
                    "options" => &item.options,
                    "head" => &item.head,
                    "patch" => &item.patch,
                    _ => &item.trace,
                };
                if let Some(op) = op {
                    let pointer = child(&item_pointer, method);
                    if !op.callbacks.is_empty() {
                        self.schemas.warn(&child(&pointer, "callbacks"), "callbacks are requests the server makes: no client code is generated for them");
                    }
                    for (status, response) in &op.responses.responses {
                        if let ReferenceOr::Item(r) = response {
                            if !r.links.is_empty() {
                                let at = child(&child(&child(&pointer, "responses"), &status.to_string()), "links");
                                self.schemas.warn(&at, "response links are not followed: the response decodes as usual");
                            }
                        }
                    }
                    pending.push(self.operation(path, method, op, &item.parameters, &pointer)?);
                }
            }
        }
        Ok(group(pending, &mut self.builders))
    }

    /// A component schema that some operation sends as a multipart body holds file parts where
    /// it has binary strings, for every operation that uses it (Juniper Mist sends one
    /// `image_import` as multipart and as JSON): decided before any operation takes its inputs
    /// from the fields, so the order of the paths does not matter.
    fn multipart_components_hold_files(&mut self) -> Result<(), GenError> {
        let spec = self.spec;
        for (path, item) in &spec.paths.paths {
            let ReferenceOr::Item(item) = item else { continue };
            for (method, op) in item.iter() {
                let Some(ReferenceOr::Item(rb)) = &op.request_body else { continue };
                for (content_type, media) in rb.content.iter().filter(|(ct, _)| ct.starts_with("multipart/form-data")) {
                    let Some(schema @ ReferenceOr::Reference { .. }) = &media.schema else { continue };
                    let at = child(&child(&child(&child(&child("#/paths", path), method), "requestBody"), "content"), content_type);
                    let r = self.schemas.resolve(schema.into(), &child(&at, "schema"), "MultipartBody")?;
                    let Ty::Named(name) = &r.ty else { continue };
                    if let Some(KindBuild::Struct(fields)) = self.schemas.types.iter_mut().find(|t| &t.name == name).map(|t| &mut t.kind) {
                        for f in fields.iter_mut() {
                            f.ty = file_parts(&f.ty);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    fn operation(
        &mut self,
        path: &str,
        method: &str,
        op: &'a OaOperation,
        path_params: &'a [ReferenceOr<Parameter>],
        pointer: &str,
    ) -> Result<Pending, GenError> {
        let operation_id = op.operation_id.clone().unwrap_or_else(|| snake_name(&format!("{method} {path}")));
        let group = op
            .extensions
            .get("x-speakeasy-group")
            .and_then(|v| v.as_str())
            .map(str::to_owned)
            .or_else(|| op.tags.first().cloned())
            .unwrap_or_else(|| "default".to_owned());
        let preferred_name = op
            .extensions
            .get("x-speakeasy-name-override")
            .and_then(|v| v.as_str())
            .map(snake_name)
            .unwrap_or_else(|| snake_name(&operation_id));
        let builder_name = self.builders.claim(&type_name(&operation_id));

        let mut inputs = InputSet::default();
        let mut stored = Vec::new();

        let Parameters { statements: mut param_statements, path_args, paging } =
            self.parameters(path, path_params, &op.parameters, pointer, &builder_name, &mut inputs, &mut stored)?;

        let path_expr = self.path_expr(path, &path_args, pointer)?;
        let body = match &op.request_body {
            Some(rb) => {
                // PATCH and PUT bodies keep "set to null" apart from "leave unchanged".
                let tri_state = matches!(method, "patch" | "put");
                self.body(rb, &child(pointer, "requestBody"), &builder_name, tri_state, &mut inputs)?
            }
            None => None,
        };
        let Responses { success_statuses, send_fn, send_args, success_ty, error_ty, success_json, accept, mut stream } = self.responses(op, pointer, &builder_name)?;
        if let Some(stream) = &mut stream {
            stream.prepare = streams::stream_flag(&inputs.setters.iter().chain(&inputs.args).cloned().collect::<Vec<_>>());
        }
        if let Some(accept) = accept {
            // Error bodies are JSON: a server must still be able to send one.
            let accept = if accept.contains("json") { accept } else { format!("{accept}, application/json;q=0.9") };
            param_statements.push(format!("req.header(\"Accept\", {accept:?});"));
        }
        let pagination = match (paging.get("limit"), paging.get("offset"), success_json) {
            (Some(limit), Some(offset), Some(success)) => self.pagination(limit, offset, &success),
            _ => None,
        };

        let security = op.security.as_ref().or(self.spec.security.as_ref());
        let security = match security {
            None => "&[]".to_owned(),
            Some(reqs) => {
                let schemes = self.spec.components.as_ref().map(|c| &c.security_schemes);
                let mut alternatives = Vec::new();
                let security_pointer = if op.security.is_some() { child(pointer, "security") } else { "#/security".to_owned() };
                for (i, req) in reqs.iter().enumerate() {
                    // An alternative naming a scheme the spec never defines cannot be satisfied:
                    // it is left out, and the others still apply.
                    if let Some(unknown) = req.keys().find(|name| !schemes.is_some_and(|s| s.contains_key(*name))) {
                        let message = format!("security scheme '{unknown}' is not defined in components/securitySchemes: this alternative is left out");
                        self.schemas.warn(&child(&security_pointer, &i.to_string()), message);
                        continue;
                    }
                    if req.keys().any(|name| super::scheme_left_out(self.spec, name)) {
                        continue; // its scheme is reported where it is defined
                    }
                    let names: Vec<String> = req.keys().map(|name| format!("{name:?}")).collect();
                    alternatives.push(format!("&[{}]", names.join(", ")));
                }
                format!("&[{}]", alternatives.join(", "))
            }
        };

        let mut doc = Vec::new();
        if let Some(summary) = &op.summary {
            doc.extend(doc_lines(summary));
        }
        if let Some(description) = &op.description {
            if !doc.is_empty() {
                doc.push(String::new());
            }
            doc.extend(doc_lines(description));
        }
        if !doc.is_empty() {
            doc.push(String::new());
        }
        doc.push(format!("Spec: `{} {path}` (`{operation_id}`)", method.to_uppercase()));

        Ok(Pending {
            group,
            preferred_name,
            op: Operation {
                doc_alias: crate::docs::doc_alias(&operation_id),
                pointer: pointer.to_owned(),
                operation_id,
                method_name: String::new(),
                builder_name,
                doc,
                deprecated: op.deprecated,
                http_method: method.to_uppercase(),
                path_template: path.to_owned(),
                path_expr,
                args: inputs.args,
                setters: inputs.setters,
                nullers: inputs.nullers,
                stored,
                body,
                param_statements,
                security,
                success_statuses,
                send_fn,
                send_args,
                success_ty,
                error_ty,
                pagination,
                stream,
                // Set by `features::gate`, once every group is known.
                cfg: String::new(),
                method_cfg: String::new(),
            },
        })
    }

    /// Whether values of `ty` can be written as a query string value.
    fn displayable(&self, ty: &Ty) -> bool {
        super::schemas::displayable(&self.schemas.types, ty)
    }

    fn path_expr(&self, path: &str, args: &BTreeMap<String, String>, pointer: &str) -> Result<String, GenError> {
        let mut format = String::new();
        let mut values = Vec::new();
        let mut rest = path;
        while let Some(open) = rest.find('{') {
            let close = rest[open..].find('}').map(|c| open + c).ok_or_else(|| self.err(pointer, "unclosed `{` in path"))?;
            format.push_str(&rest[..open]);
            let name = &rest[open + 1..close];
            let value = args.get(name).ok_or_else(|| self.err(pointer, format!("path parameter `{name}` is not declared")))?;
            format.push_str("{}");
            values.push(value.clone());
            rest = &rest[close + 1..];
        }
        format.push_str(rest);
        if values.is_empty() {
            Ok(format!("{format:?}.to_owned()"))
        } else {
            Ok(format!("format!({format:?}, {})", values.join(", ")))
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn body(
        &mut self,
        rb: &ReferenceOr<RequestBody>,
        pointer: &str,
        builder_name: &str,
        tri_state: bool,
        inputs: &mut InputSet,
    ) -> Result<Option<Body>, GenError> {
        let (rb, pointer) = match rb {
            ReferenceOr::Item(rb) => (rb, pointer.to_owned()),
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/requestBodies/")
                    .ok_or_else(|| self.err(pointer, crate::error::unfollowable_ref(reference, "requestBodies")))?;
                match self.spec.components.as_ref().and_then(|c| c.request_bodies.get(name)) {
                    Some(ReferenceOr::Item(rb)) => (rb, child("#/components/requestBodies", name)),
                    _ => return Err(self.err(pointer, crate::error::unfollowable_ref(reference, "requestBodies"))),
                }
            }
        };
        let Some((mut content_type, mut media)) = rb.content.iter().next() else { return Ok(None) };
        // JSON cannot carry a file: a body offered as JSON and as multipart with the same schema
        // goes as multipart when that schema has a binary property.
        if let Some((multipart_type, multipart_media)) = rb.content.iter().find(|(ct, _)| ct.starts_with("multipart/form-data")) {
            if content_type.contains("json") && multipart_media.schema == media.schema && self.has_binary_property(media.schema.as_ref()) {
                (content_type, media) = (multipart_type, multipart_media);
            }
        }
        let encoding = BodyEncoding::of(content_type);
        let media_pointer = child(&child(&pointer, "content"), content_type);
        let schema = match &media.schema {
            Some(s) => s,
            None => {
                // No schema: raw bytes of the declared type.
                return Ok(Some(self.bytes_body(content_type, rb.required, inputs)));
            }
        };
        let r = self.schemas.resolve(schema.into(), &child(&media_pointer, "schema"), &format!("{builder_name}Body"))?;
        // A media type the crate does not encode (XML, text, ...): the caller gives the bytes.
        if matches!(encoding, BodyEncoding::Bytes) {
            let object = matches!(&r.ty, Ty::Named(n) if self.schemas.types.iter().any(|t| &t.name == n && matches!(t.kind, KindBuild::Struct(_))));
            if object {
                self.schemas.warn(&media_pointer, format!("an object body as `{content_type}` is not encoded by the crate: the operation takes the body as raw bytes"));
            }
            return Ok(Some(self.bytes_body(content_type, rb.required, inputs)));
        }
        let struct_fields = match &r.ty {
            Ty::Named(name) => self.schemas.types.iter_mut().find(|t| &t.name == name).and_then(|t| match &mut t.kind {
                KindBuild::Struct(fields) => Some((t.name.clone(), t.origin.clone(), fields)),
                _ => None,
            }),
            _ => None,
        };
        let Some((struct_name, origin, fields)) = struct_fields else {
            if r.ty == Ty::Bytes && matches!(encoding, BodyEncoding::Multipart) {
                // A multipart body has named parts; a bare file names none.
                self.schemas.warn(&media_pointer, "a multipart body that is one file, not an object of parts: it is sent as one file part named `file`");
                return Ok(Some(self.single_file_multipart(content_type, rb, inputs)));
            }
            if r.ty == Ty::Bytes {
                return Ok(Some(self.bytes_body(content_type, rb.required, inputs)));
            }
            // A non-object body (array, union...): one `body` input.
            let ty = r.ty.render(TYPES);
            let encode = match encoding {
                BodyEncoding::Json => "req.json(&self.body);",
                BodyEncoding::Form => "req.form(&self.body);",
                _ => {
                    self.schemas.warn(&media_pointer, format!("a non-object `{content_type}` body is not encoded by the crate: the operation takes the body as raw bytes"));
                    return Ok(Some(self.bytes_body(content_type, rb.required, inputs)));
                }
            };
            let input = Input {
                name: "body".into(),
                arg_ty: format!("impl Into<{ty}>"),
                value_ty: ty.clone(),
                location: "body".into(),
                json_name: String::new(),
                convert: "value.into()".into(),
                target: "body".into(),
                doc: doc_lines(rb.description.as_deref().unwrap_or_default()),
            };
            inputs.args.push(input);
            return Ok(Some(Body { ty, content_type: content_type.clone(), init: "body.into()".into(), encode: vec![encode.into()] }));
        };
        // Only a body type of this operation's own (inline under its path): a component, or a
        // shared `requestBodies` entry, may also serve other operations or responses.
        if tri_state && matches!(encoding, BodyEncoding::Json) && pointer.starts_with("#/paths/") && origin.starts_with(&pointer) {
            for f in fields.iter_mut().filter(|f| f.nullable && !f.required && !f.flatten) {
                f.ty = Ty::Option(Box::new(f.ty.unwrap_option().clone().option()));
            }
        }
        if matches!(encoding, BodyEncoding::Multipart) {
            for f in fields.iter_mut() {
                f.ty = file_parts(&f.ty);
            }
        }
        let fields = fields.clone();
        let names = super::schemas::field_names(&fields);
        let mut init = Vec::new();
        let mut multipart = Vec::new();
        for (field, rust_name) in fields.iter().zip(&names) {
            if field.flatten {
                init.push(format!("{rust_name}: Default::default()"));
                continue;
            }
            if !field.ty.is_option() && self.schemas.is_marker(&field.ty) {
                // A one-value enum can only be that value.
                init.push(format!("{rust_name}: Default::default()"));
                continue;
            }
            let input_name = ident(&inputs.names.claim(&snake_name(&field.json_name)));
            let tri_state_field = matches!(&field.ty, Ty::Option(inner) if inner.is_option());
            let value_ty = field.ty.unwrap_option().unwrap_option().clone();
            let required = !field.ty.is_option() || field.required;
            let doc = doc_lines(field.description.as_deref().unwrap_or_default());
            let accepted = if field.ty.is_option() && required { field.ty.render(TYPES) } else { value_ty.render(TYPES) };
            let input = Input {
                name: input_name.clone(),
                arg_ty: format!("impl Into<{accepted}>"),
                value_ty: accepted,
                location: "body_field".into(),
                json_name: field.json_name.clone(),
                convert: match (required, tri_state_field) {
                    (_, true) => "Some(Some(value.into()))".into(),
                    (false, false) => "Some(value.into())".into(),
                    (true, false) => "value.into()".into(),
                },
                target: format!("body.{rust_name}"),
                doc,
            };
            if tri_state_field {
                inputs.nullers.push(Nuller {
                    name: ident(&inputs.names.claim(&format!("{}_null", snake_name(&field.json_name)))),
                    target: format!("body.{rust_name}"),
                    json_name: field.json_name.clone(),
                });
            }
            if required {
                init.push(format!("{rust_name}: {input_name}.into()"));
                inputs.args.push(input);
            } else {
                init.push(format!("{rust_name}: None"));
                inputs.setters.push(input);
            }
            if matches!(encoding, BodyEncoding::Multipart) {
                let json = &field.json_name;
                let add = match &value_ty {
                    Ty::File => format!("form.file({json:?}, v);"),
                    // A list is repeated parts: files, text, or (objects) each one's JSON text.
                    Ty::Vec(item) if matches!(**item, Ty::File) => format!("for item in v {{ form.file({json:?}, item); }}"),
                    Ty::Vec(item) if self.displayable(item) => format!("for item in v {{ form.text({json:?}, item); }}"),
                    Ty::Vec(_) => format!("for item in v {{ form.text({json:?}, sdkgen_runtime::part_text(item)); }}"),
                    t if self.displayable(t) => format!("form.text({json:?}, v);"),
                    _ => format!("form.text({json:?}, sdkgen_runtime::part_text(v));"),
                };
                multipart.push(if field.ty.is_option() {
                    format!("if let Some(v) = &self.body.{rust_name} {{ {add} }}")
                } else {
                    format!("{{ let v = &self.body.{rust_name}; {add} }}")
                });
            }
        }
        let ty = Ty::Named(struct_name.clone()).render(TYPES);
        let encode = match encoding {
            BodyEncoding::Json => vec!["req.json(&self.body);".to_owned()],
            BodyEncoding::Form => vec!["req.form(&self.body);".to_owned()],
            BodyEncoding::Multipart => {
                let mut lines = vec!["let mut form = sdkgen_runtime::Multipart::new();".to_owned()];
                lines.extend(multipart);
                lines.push("req.multipart(form);".to_owned());
                lines
            }
            // Handled above, before any field became an input.
            BodyEncoding::Bytes => return Ok(Some(self.bytes_body(content_type, rb.required, inputs))),
        };
        Ok(Some(Body { ty: ty.clone(), content_type: content_type.clone(), init: format!("{ty} {{ {} }}", init.join(", ")), encode }))
    }

    /// Whether `schema` (through a `$ref`) is an object with a `format: binary` property.
    fn has_binary_property(&self, schema: Option<&ReferenceOr<openapiv3::Schema>>) -> bool {
        let schema = match schema {
            Some(ReferenceOr::Item(s)) => s,
            Some(ReferenceOr::Reference { reference }) => {
                match reference.strip_prefix("#/components/schemas/").and_then(|name| self.spec.components.as_ref()?.schemas.get(name)) {
                    Some(ReferenceOr::Item(s)) => s,
                    _ => return false,
                }
            }
            None => return false,
        };
        let openapiv3::SchemaKind::Type(openapiv3::Type::Object(object)) = &schema.schema_kind else { return false };
        object.properties.values().any(|p| {
            matches!(p, ReferenceOr::Item(p) if matches!(&p.schema_kind, openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
                if matches!(s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Binary))))
        })
    }

    /// A multipart body whose schema is one file: the file, sent as the part `file`.
    fn single_file_multipart(&self, content_type: &str, rb: &RequestBody, inputs: &mut InputSet) -> Body {
        let name = ident(&inputs.names.claim("file"));
        let input = Input {
            name: name.clone(),
            arg_ty: "impl Into<sdkgen_runtime::FilePart>".into(),
            value_ty: "sdkgen_runtime::FilePart".into(),
            location: "body".into(),
            json_name: String::new(),
            convert: if rb.required { "value.into()".into() } else { "Some(value.into())".into() },
            target: "body".into(),
            doc: doc_lines(rb.description.as_deref().unwrap_or_default()),
        };
        let send = "let mut form = sdkgen_runtime::Multipart::new(); form.file(\"file\", v); req.multipart(form);";
        if rb.required {
            inputs.args.push(input);
            Body { ty: "sdkgen_runtime::FilePart".into(), content_type: content_type.into(), init: format!("{name}.into()"), encode: vec![format!("{{ let v = &self.body; {send} }}")] }
        } else {
            inputs.setters.push(input);
            Body { ty: "Option<sdkgen_runtime::FilePart>".into(), content_type: content_type.into(), init: "None".into(), encode: vec![format!("if let Some(v) = &self.body {{ {send} }}")] }
        }
    }

    fn bytes_body(&self, content_type: &str, required: bool, inputs: &mut InputSet) -> Body {
        inputs.names.claim("body");
        let input = Input {
            name: "body".into(),
            arg_ty: "impl Into<sdkgen_runtime::bytes::Bytes>".into(),
            value_ty: "sdkgen_runtime::bytes::Bytes".into(),
            location: "body".into(),
            json_name: String::new(),
            convert: if required { "value.into()".into() } else { "Some(value.into())".into() },
            target: "body".into(),
            doc: vec![format!(" The raw `{content_type}` body.")],
        };
        if required {
            inputs.args.push(input);
            Body { ty: "sdkgen_runtime::bytes::Bytes".into(), content_type: content_type.into(), init: "body.into()".into(), encode: vec![format!("req.bytes(self.body.clone(), {content_type:?});")] }
        } else {
            inputs.setters.push(input);
            Body {
                ty: "Option<sdkgen_runtime::bytes::Bytes>".into(),
                content_type: content_type.into(),
                init: "None".into(),
                encode: vec![format!("if let Some(v) = &self.body {{ req.bytes(v.clone(), {content_type:?}); }}")],
            }
        }
    }

    /// Success statuses, send function, success type and error type of an operation.
    fn responses(&mut self, op: &'a OaOperation, pointer: &str, builder_name: &str) -> Result<Responses, GenError> {
        let responses_pointer = child(pointer, "responses");
        let mut success_codes = Vec::new();
        // Success statuses declared without a body (a 204, a redirect) beside ones with a body.
        let mut bodiless = Vec::new();
        let mut any_2xx = false;
        let mut success: Option<(Ty, bool)> = None; // (type, is_json)
        let mut accept = None;
        let mut stream = None;
        let mut errors: Vec<Ty> = Vec::new();
        // Every distinct success body type, the first one included (a 200 and a 202 of
        // different shapes).
        let mut other_successes: Vec<(Ty, bool)> = Vec::new();
        let mut entries: Vec<(Option<u16>, bool, &'a ReferenceOr<Response>, String)> = Vec::new();
        for (code, response) in &op.responses.responses {
            let (status, is_success) = match code {
                StatusCode::Code(c) => (Some(*c), (200..400).contains(c)),
                StatusCode::Range(r) => {
                    any_2xx |= *r == 2;
                    (None, *r == 2 || *r == 3)
                }
            };
            entries.push((status, is_success, response, child(&responses_pointer, &code.to_string())));
        }
        if let Some(default) = &op.responses.default {
            entries.push((None, false, default, child(&responses_pointer, "default")));
        }
        for (status, is_success, response, response_pointer) in entries {
            let (response, response_pointer, hint) = self.response(response, &response_pointer, builder_name, status)?;
            if is_success {
                if let Some(code) = status {
                    success_codes.push(code);
                }
            }
            // A 204, 205 or 304 has no content (RFC 9110), whatever the spec declares for it.
            if let (true, Some(code @ (204 | 205 | 304))) = (is_success, status) {
                if !response.content.is_empty() {
                    self.schemas.warn(&child(&response_pointer, "content"), format!("a {code} response has no content: the declared media types are ignored"));
                }
                bodiless.push(code);
                continue;
            }
            let Some((ty, is_json)) = self.body_type(response, &response_pointer, &hint)? else {
                if let (true, Some(code)) = (is_success, status) {
                    bodiless.push(code);
                }
                continue;
            };
            if is_success {
                if success.is_none() {
                    success = Some((ty.clone(), is_json));
                    if response.content.len() > 1 {
                        accept = pick_media(&response.content).map(|(content_type, _)| content_type.clone());
                    }
                    stream = self.event_stream(response, &response_pointer, builder_name)?;
                }
                if !other_successes.iter().any(|(t, _)| *t == ty) {
                    other_successes.push((ty, is_json));
                }
            } else if is_json && !errors.contains(&ty) {
                errors.push(ty);
            }
        }
        // `&[]` means "any 2xx" to the runtime; a `2XX` range next to explicit non-2xx successes
        // (a bodiless `307`) lists the range's codes along with them.
        let statuses = match (any_2xx, success_codes.iter().any(|c| !(200..300).contains(c))) {
            (true, false) => String::from("&[]"),
            (true, true) => {
                success_codes.extend(200..300);
                success_codes.sort_unstable();
                success_codes.dedup();
                format!("&[{}]", success_codes.iter().map(u16::to_string).collect::<Vec<_>>().join(", "))
            }
            (false, _) => format!("&[{}]", success_codes.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")),
        };
        if other_successes.len() > 1 && other_successes.iter().all(|(_, json)| *json) {
            let types: Vec<Ty> = other_successes.into_iter().map(|(ty, _)| ty).collect();
            let union = self.union_of_bodies(op, &responses_pointer, &format!("{builder_name}Success"), "success bodies of one operation", &types);
            success = Some((union, true));
        }
        let mut send_args = String::new();
        let (send_fn, success_ty, success_json) = match success {
            Some((ty, true)) if bodiless.is_empty() => ("send_json", ty.render(TYPES), Some(ty)),
            Some((ty, true)) => {
                send_args = format!(", &[{}]", bodiless.iter().map(u16::to_string).collect::<Vec<_>>().join(", "));
                ("send_json_or_empty", format!("sdkgen_runtime::MaybeBody<{}>", ty.render(TYPES)), None)
            }
            Some((_, false)) => ("send_bytes", "sdkgen_runtime::bytes::Bytes".to_owned(), None),
            None => ("send_empty", "sdkgen_runtime::NoContent".to_owned(), None),
        };
        let error_ty = match errors.len() {
            0 => "serde_json::Value".to_owned(),
            1 => errors[0].render(TYPES),
            _ => self.union_of_bodies(op, &responses_pointer, &format!("{builder_name}Error"), "error bodies of one operation", &errors).render(TYPES),
        };
        Ok(Responses { success_statuses: statuses, send_fn: send_fn.to_owned(), send_args, success_ty, error_ty, success_json, accept, stream })
    }

    /// A union of the response bodies `types` of one operation, tried in the order the spec
    /// lists their statuses (`what`: "error bodies of one operation").
    fn union_of_bodies(&mut self, op: &OaOperation, responses_pointer: &str, name: &str, what: &str, types: &[Ty]) -> Ty {
        let name = self.schemas.claim_name(name);
        let mut scope = NameScope::new();
        let variants = types.iter().map(|ty| VariantBuild { name: scope.claim(&variant_from_ty(ty)), ty: ty.clone(), description: None }).collect();
        let operation = op.operation_id.as_deref().unwrap_or(&name);
        let kind = what.split(' ').next().unwrap_or(what);
        self.schemas.types.push(TypeBuild {
            name: name.clone(),
            description: Some(format!("The {kind} bodies operation `{operation}` can answer with.")),
            origin: responses_pointer.to_owned(),
            kind: KindBuild::Union(variants, Dispatch::Untagged { reason: what.into() }),
        });
        Ty::Named(name)
    }

    /// `limit`/`offset` paging, when the success body is a list (`[T]`) or a page of one
    /// (`{data: [T], total_count}`).
    fn pagination(&self, limit: &(String, Ty, Option<u64>), offset: &(String, Ty, Option<u64>), success: &Ty) -> Option<Pagination> {
        let (items, item_ty, total) = self.page_shape(success, "response", 0)?;
        let to_u64 = |ty: &Ty, v: &str| match ty {
            Ty::F64 => format!("{v} as u64"),
            _ => format!("{v}.max(0) as u64"),
        };
        let from_u64 = |ty: &Ty, v: &str| format!("{v} as {}", ty.render(TYPES));
        Some(Pagination {
            item_ty: item_ty.render(TYPES),
            limit_field: limit.0.clone(),
            offset_field: offset.0.clone(),
            start: format!("self.{}.map_or(0, |o| {})", offset.0, to_u64(&offset.1, "o")),
            page_size: format!("self.{}.map_or({}, |l| {})", limit.0, limit.2.unwrap_or(10), to_u64(&limit.1, "l")),
            offset_value: from_u64(&offset.1, "start.saturating_add(offset)"),
            limit_value: from_u64(&limit.1, "limit"),
            items,
            total,
        })
    }

    /// Where the items (and the total) of a page are in a value `expr` of type `ty`: the value
    /// itself (`[T]`), its `data` (`{data: [T], total_count}`), or the same inside an envelope,
    /// a struct whose only required field holds the page (`{response: {data, total_count}, client}`).
    /// Aliases are followed.
    fn page_shape(&self, ty: &Ty, expr: &str, depth: usize) -> Option<(String, Ty, String)> {
        let mut ty = ty.clone();
        for _ in 0..8 {
            let Ty::Named(name) = &ty else { break };
            let Some(KindBuild::Alias(target)) = self.schemas.types.iter().find(|t| &t.name == name).map(|t| &t.kind) else { break };
            ty = target.clone();
        }
        let name = match &ty {
            Ty::Vec(item) => return Some((expr.to_owned(), item.as_ref().clone(), "None".to_owned())),
            Ty::Named(name) => name,
            _ => return None,
        };
        let fields = self.schemas.types.iter().find(|t| &t.name == name).and_then(|t| match &t.kind {
            KindBuild::Struct(fields) => Some(fields),
            _ => None,
        })?;
        let names = super::schemas::field_names(fields);
        let field = |json: &str| fields.iter().zip(&names).find(|(f, _)| f.json_name == json);
        if let Some((data, data_name)) = field("data") {
            let items = match &data.ty {
                Ty::Vec(item) => (format!("{expr}.{data_name}"), item.as_ref().clone()),
                Ty::Option(inner) => match inner.as_ref() {
                    Ty::Vec(item) => (format!("{expr}.{data_name}.unwrap_or_default()"), item.as_ref().clone()),
                    _ => return None,
                },
                _ => return None,
            };
            let zero = |ty: &Ty| if matches!(ty, Ty::F64) { "0.0" } else { "0" };
            let total = match field("total_count") {
                Some((f, n)) if matches!(f.ty, Ty::I64 | Ty::I32 | Ty::F64) => {
                    format!("Some(({expr}.{n}.max({}) as u64).saturating_sub(start))", zero(&f.ty))
                }
                Some((f, n)) if matches!(f.ty.unwrap_option(), Ty::I64 | Ty::I32 | Ty::F64) => {
                    format!("{expr}.{n}.map(|total| (total.max({}) as u64).saturating_sub(start))", zero(f.ty.unwrap_option()))
                }
                _ => "None".to_owned(),
            };
            // The total is read before the items are moved out.
            return Some((items.0, items.1, total));
        }
        // An envelope: exactly one required field, holding the page.
        let mut required = fields.iter().zip(&names).filter(|(f, _)| !f.ty.is_option() && !f.flatten);
        let (only, only_name) = required.next()?;
        if required.next().is_some() || depth > 2 {
            return None;
        }
        self.page_shape(&only.ty, &format!("{expr}.{only_name}"), depth + 1)
    }

    /// The type of a response's body and whether it is JSON; `None` without a body.
    fn body_type(&mut self, response: &'a Response, response_pointer: &str, hint: &str) -> Result<Option<(Ty, bool)>, GenError> {
        let Some((content_type, media)) = pick_media(&response.content) else { return Ok(None) };
        let is_json = streams::is_json_media(content_type);
        let ty = match (&media.schema, is_json) {
            (Some(schema), true) => {
                let media_pointer = child(&child(response_pointer, "content"), content_type);
                let r = self.schemas.resolve(schema.into(), &child(&media_pointer, "schema"), hint)?;
                // Named responses are named in the docs of their body type.
                if let (Ty::Named(name), true) = (&r.ty, response_pointer.starts_with("#/components/responses/")) {
                    self.schemas.responses_of.entry(name.clone()).or_default().insert(response_pointer.to_owned());
                }
                if r.nullable { r.ty.option() } else { r.ty }
            }
            // JSON without a schema: any JSON value (OpenAPI: no schema, no constraint).
            (None, true) => Ty::Json,
            _ => Ty::Bytes,
        };
        Ok(Some((ty, is_json)))
    }

    /// Follows a response `$ref`; returns the response, its pointer and a type-name hint for an inline body.
    fn response(&self, response: &'a ReferenceOr<Response>, pointer: &str, builder_name: &str, status: Option<u16>) -> Result<(&'a Response, String, String), GenError> {
        match response {
            ReferenceOr::Item(r) => {
                let hint = match status {
                    Some(code) if (200..300).contains(&code) => format!("{builder_name}Response"),
                    Some(code) => format!("{builder_name}Response{code}"),
                    None => format!("{builder_name}DefaultResponse"),
                };
                Ok((r, pointer.to_owned(), hint))
            }
            ReferenceOr::Reference { reference } => {
                let name = reference
                    .strip_prefix("#/components/responses/")
                    .ok_or_else(|| self.err(pointer, crate::error::unfollowable_ref(reference, "responses")))?;
                match self.spec.components.as_ref().and_then(|c| c.responses.get(name)) {
                    Some(ReferenceOr::Item(r)) => Ok((r, child("#/components/responses", name), format!("{}Response", type_name(name)))),
                    _ => Err(self.err(pointer, crate::error::unfollowable_ref(reference, "responses"))),
                }
            }
        }
    }
}

/// What an operation's responses resolve to.
struct Responses {
    /// `&[200, 307]`, or `&[]` for "any 2XX".
    success_statuses: String,
    send_fn: String,
    /// Arguments of the send function after the request, e.g. `, &[307]`.
    send_args: String,
    success_ty: String,
    error_ty: String,
    /// The JSON success body's type, when every success status has it.
    success_json: Option<Ty>,
    /// The media type to ask for, when the success response offers several (content
    /// negotiation): the one the client decodes.
    accept: Option<String>,
    /// The event stream the success response also offers.
    stream: Option<crate::ir::EventStream>,
}

/// The inputs of one operation under construction.
struct InputSet {
    names: NameScope,
    args: Vec<Input>,
    setters: Vec<Input>,
    nullers: Vec<Nuller>,
}

impl Default for InputSet {
    fn default() -> Self {
        InputSet { names: NameScope::with_reserved(&["send", "client", "body", "new", "send_with_response", "send_stream", "send_stream_with_response", "request"]), args: Vec::new(), setters: Vec::new(), nullers: Vec::new() }
    }
}

fn location(p: &Parameter) -> &'static str {
    match p {
        Parameter::Query { .. } => "query",
        Parameter::Header { .. } => "header",
        Parameter::Path { .. } => "path",
        Parameter::Cookie { .. } => "cookie",
    }
}

/// JSON first, then whatever comes first.
/// The media type a response is decoded as: JSON when offered, else the first that is not a
/// stream (streams are read by `send_stream()`), else the first.
fn pick_media(content: &indexmap::IndexMap<String, MediaType>) -> Option<(&String, &MediaType)> {
    content
        .iter()
        .find(|(ct, _)| streams::is_json_media(ct))
        .or_else(|| content.iter().find(|(ct, _)| streams::stream_format(ct).is_none()))
        .or_else(|| content.iter().next())
}

fn variant_from_ty(ty: &Ty) -> String {
    match ty {
        Ty::Named(n) => n.clone(),
        Ty::Option(inner) | Ty::Boxed(inner) => variant_from_ty(inner),
        Ty::Vec(inner) => format!("{}List", variant_from_ty(inner)),
        other => type_name(&format!("{other:?}")),
    }
}

#[derive(Clone, Copy)]
enum BodyEncoding {
    Json,
    Form,
    Multipart,
    Bytes,
}

impl BodyEncoding {
    fn of(content_type: &str) -> Self {
        if content_type.contains("json") {
            BodyEncoding::Json
        } else if content_type == "application/x-www-form-urlencoded" {
            BodyEncoding::Form
        } else if content_type.starts_with("multipart/") {
            BodyEncoding::Multipart
        } else {
            BodyEncoding::Bytes
        }
    }
}

/// Sorts operations into groups and settles method names: the group's words
/// are dropped from a name unless that would collide within the group.
fn group(pending: Vec<Pending>, type_names: &mut NameScope) -> Vec<Group> {
    let mut by_group: BTreeMap<String, Vec<Pending>> = BTreeMap::new();
    for p in pending {
        by_group.entry(snake_name(&p.group)).or_default().push(p);
    }
    let mut accessors = NameScope::with_reserved(&["builder", "transport", "clone", "fmt"]);
    by_group
        .into_iter()
        .map(|(key, ops)| {
            let display = ops.first().map(|p| p.group.clone()).unwrap_or_default();
            let short: Vec<Option<String>> = ops.iter().map(|p| strip_group_words(&p.preferred_name, &key)).collect();
            let mut methods = NameScope::new();
            let operations = ops
                .into_iter()
                .zip(&short)
                .map(|(mut p, s)| {
                    let collides = s.as_ref().is_some_and(|s| short.iter().filter(|o| o.as_ref() == Some(s)).count() > 1);
                    let base = match s {
                        Some(s) if !collides => s.clone(),
                        _ => p.preferred_name.clone(),
                    };
                    p.op.method_name = ident(&methods.claim(&base));
                    // rustdoc rejects an alias equal to the item's own name.
                    if p.op.method_name == p.op.operation_id {
                        p.op.doc_alias = None;
                    }
                    p.op
                })
                .collect();
            Group {
                name: display,
                accessor: ident(&accessors.claim(&key)),
                struct_name: type_names.claim(&format!("{}Api", type_name(&key))),
                operations,
                // Named by `features::gate`, once every group is known.
                feature: String::new(),
                cfg: String::new(),
            }
        })
        .collect()
}

/// A multipart field's type with its binary strings as file parts: the field itself, or the
/// items of a list of them (several files under one name).
fn file_parts(ty: &Ty) -> Ty {
    match ty {
        Ty::Bytes => Ty::File,
        Ty::Option(inner) if matches!(**inner, Ty::Bytes | Ty::Vec(_)) => file_parts(inner).option(),
        Ty::Vec(inner) if **inner == Ty::Bytes => Ty::Vec(Box::new(Ty::File)),
        other => other.clone(),
    }
}
