//! Schemas → Rust types: follows `$ref`s, merges `allOf`, turns `oneOf`/`anyOf`
//! into enums, names every inline schema, and boxes recursive fields.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use heck::ToUpperCamelCase;
use openapiv3::{AdditionalProperties, OpenAPI, ReferenceOr, Schema};
use serde_json::Value;

use super::discriminator::{self, Dispatch};
use super::schema_view::{RefOr, View};
use super::ty::Ty;
use crate::docs::doc_lines;
use crate::error::{child, GenError};
use crate::naming::{ident, snake_name, type_name, variant_name, NameScope};

/// A type definition under construction.
#[derive(Debug, Clone)]
pub struct TypeBuild {
    pub name: String,
    pub description: Option<String>,
    /// Where in the spec it came from (JSON pointer).
    pub origin: String,
    pub kind: KindBuild,
}

#[derive(Debug, Clone)]
pub enum KindBuild {
    Struct(Vec<FieldBuild>),
    Enum(Vec<String>),
    Union(Vec<VariantBuild>, Dispatch),
    Alias(Ty),
}

#[derive(Debug, Clone)]
pub struct FieldBuild {
    pub json_name: String,
    /// Full type, `Option` included when optional or nullable.
    pub ty: Ty,
    pub required: bool,
    /// The schema allows `null`.
    pub nullable: bool,
    pub description: Option<String>,
    /// A `#[serde(flatten)]` map of additional properties.
    pub flatten: bool,
    /// Holds a secret (see [`is_secret_property`]): `Debug` prints `***` instead.
    pub secret: bool,
    /// Named by `required` but declared in no `properties` (see `add_undeclared_required`).
    pub undeclared: bool,
}

#[derive(Debug, Clone)]
pub struct VariantBuild {
    pub name: String,
    pub ty: Ty,
    pub description: Option<String>,
}

/// The type of a schema use, with what the use site needs to know.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub ty: Ty,
    pub nullable: bool,
    pub description: Option<String>,
}

/// How a schema that needs a definition is named.
#[derive(Clone, Copy)]
enum Naming<'a> {
    /// A component: exactly this (pre-claimed) name.
    Exact(&'a str),
    /// An inline schema: this name, made unique.
    Hint(&'a str),
}

impl Naming<'_> {
    fn base(&self) -> &str {
        match self {
            Naming::Exact(n) | Naming::Hint(n) => n,
        }
    }
}

pub struct SchemaResolver<'a> {
    file: &'a str,
    spec: &'a OpenAPI,
    scope: NameScope,
    /// Component schema name → Rust type name.
    components: BTreeMap<String, String>,
    /// Pointer of an inline schema already given a type → that type.
    by_pointer: HashMap<String, Ty>,
    /// Components whose `allOf` is being merged, to report cycles.
    merging: Vec<String>,
    pub types: Vec<TypeBuild>,
    /// Type name → the `#/components/responses/...` whose bodies it decodes.
    pub responses_of: BTreeMap<String, BTreeSet<String>>,
    /// What happened to each `oneOf`/`anyOf`, for `--explain`.
    pub union_reports: Vec<crate::ir::UnionReport>,
    /// Constructs left out or treated loosely, for the generation report.
    pub warnings: Vec<crate::ir::Warning>,
    /// Query parameters sent as their JSON text (see `ir::Api::json_text_parameters`).
    pub json_text_parameters: Vec<String>,
}

const COMPONENT_PREFIX: &str = "#/components/schemas/";

/// Whether values of `ty` are one scalar each, written with `Display` (query, path, header
/// values): scalars, string enums, aliases of those, and untagged unions of them (the
/// generated union then implements `Display`).
pub fn displayable(types: &[TypeBuild], ty: &Ty) -> bool {
    fn go(types: &[TypeBuild], ty: &Ty, depth: usize) -> bool {
        if depth > 16 {
            return false;
        }
        match ty {
            Ty::Vec(inner) | Ty::Option(inner) => go(types, inner, depth + 1),
            Ty::Named(name) => types.iter().any(|t| {
                &t.name == name
                    && match &t.kind {
                        KindBuild::Enum(_) => true,
                        // An alias of a list is not one value.
                        KindBuild::Alias(inner) => !matches!(inner, Ty::Vec(_)) && go(types, inner, depth + 1),
                        KindBuild::Union(variants, Dispatch::Untagged { .. }) => {
                            variants.iter().all(|v| !matches!(v.ty, Ty::Vec(_) | Ty::Option(_)) && go(types, &v.ty, depth + 1))
                        }
                        _ => false,
                    }
            }),
            Ty::String | Ty::I64 | Ty::I32 | Ty::U64 | Ty::F64 | Ty::Bool => true,
            _ => false,
        }
    }
    go(types, ty, 0)
}

impl<'a> SchemaResolver<'a> {
    pub fn new(file: &'a str, spec: &'a OpenAPI) -> Self {
        let mut scope = NameScope::new();
        let mut components = BTreeMap::new();
        if let Some(c) = &spec.components {
            for name in c.schemas.keys() {
                components.insert(name.clone(), scope.claim(&type_name(name)));
            }
        }
        SchemaResolver { file, spec, scope, components, by_pointer: HashMap::new(), merging: Vec::new(), types: Vec::new(), responses_of: BTreeMap::new(), union_reports: Vec::new(), warnings: Vec::new(), json_text_parameters: Vec::new() }
    }

    pub(super) fn err(&self, pointer: &str, message: impl Into<String>) -> GenError {
        GenError::new(self.file, pointer, message)
    }

    /// Records a construct the crate leaves out or treats loosely (once per node).
    pub(super) fn warn(&mut self, pointer: &str, message: impl Into<String>) {
        let warning = crate::ir::Warning { pointer: pointer.to_owned(), message: message.into() };
        if !self.warnings.contains(&warning) {
            self.warnings.push(warning);
        }
    }

    /// Defines a type for every component schema.
    pub fn resolve_components(&mut self) -> Result<(), GenError> {
        let Some(components) = &self.spec.components else { return Ok(()) };
        for (name, schema) in &components.schemas {
            let rust_name = self.components[name].clone();
            let pointer = child("#/components/schemas", name);
            match RefOr::from(schema) {
                RefOr::Ref(target) => {
                    let ty = self.reference(&pointer, target)?.ty;
                    self.types.push(TypeBuild { name: rust_name, description: None, origin: pointer, kind: KindBuild::Alias(ty) });
                }
                RefOr::Item(schema) => {
                    let resolved = self.schema(schema, &pointer, Naming::Exact(&rust_name))?;
                    if resolved.ty != Ty::Named(rust_name.clone()) {
                        self.types.push(TypeBuild {
                            name: rust_name,
                            description: schema.schema_data.description.clone(),
                            origin: pointer,
                            kind: KindBuild::Alias(resolved.ty),
                        });
                    }
                }
            }
        }
        Ok(())
    }

    /// The type for a schema use at `pointer`; inline schemas that need a
    /// definition get one named `hint` (made unique).
    pub fn resolve(&mut self, schema: RefOr<'_>, pointer: &str, hint: &str) -> Result<Resolved, GenError> {
        match schema {
            RefOr::Ref(target) => self.reference(pointer, target),
            RefOr::Item(schema) => self.schema(schema, pointer, Naming::Hint(hint)),
        }
    }

    /// The schema a component reference points to.
    /// Follows a chain of component `$ref`s to a schema; a chain that comes back to itself is an error.
    pub fn component(&self, pointer: &str, reference: &str) -> Result<(&'a str, &'a Schema), GenError> {
        let mut pointer = pointer.to_owned();
        let mut reference = reference.to_owned();
        let mut seen: Vec<&'a str> = Vec::new();
        loop {
            let unresolvable = || self.err(&pointer, crate::error::unfollowable_ref(&reference, "schemas"));
            let name = reference.strip_prefix(COMPONENT_PREFIX).ok_or_else(unresolvable)?;
            let name = name.replace("~1", "/").replace("~0", "~");
            let components = self.spec.components.as_ref().ok_or_else(unresolvable)?;
            let (key, schema) = components.schemas.get_key_value(&name).ok_or_else(unresolvable)?;
            if seen.contains(&key.as_str()) {
                seen.push(key);
                return Err(self.err(&pointer, format!("$ref cycle: {}", seen.join(" -> "))));
            }
            seen.push(key);
            match schema {
                openapiv3::ReferenceOr::Item(s) => return Ok((key.as_str(), s)),
                openapiv3::ReferenceOr::Reference { reference: next } => {
                    pointer = child("#/components/schemas", key);
                    reference = next.clone();
                }
            }
        }
    }

    fn reference(&mut self, pointer: &str, reference: &str) -> Result<Resolved, GenError> {
        let (name, schema) = self.component(pointer, reference)?;
        let rust_name = self.components.get(name).cloned().ok_or_else(|| self.err(pointer, format!("unresolvable $ref '{reference}'")))?;
        Ok(Resolved { ty: Ty::Named(rust_name), nullable: allows_null(schema), description: None })
    }

    fn schema(&mut self, schema: &Schema, pointer: &str, naming: Naming<'_>) -> Result<Resolved, GenError> {
        if let Naming::Hint(_) = naming {
            if let Some(ty) = self.by_pointer.get(pointer) {
                return Ok(Resolved {
                    ty: ty.clone(),
                    nullable: allows_null(schema),
                    description: schema.schema_data.description.clone(),
                });
            }
        }
        let view = View::of(schema);
        let data = &schema.schema_data;
        let mut nullable = data.nullable;
        let ty = if view.has_not {
            self.warn(pointer, "`not` is not modelled: the value is any JSON (`serde_json::Value`)");
            Ty::Json
        } else if !view.all_of.is_empty() {
            let (ty, inner_nullable) = self.all_of(schema, &view, pointer, naming)?;
            nullable |= inner_nullable;
            ty
        } else if let Some((members, key)) = constraint_only_union(&view) {
            // `anyOf: [{required: [a]}, {required: [b]}]` beside `properties` only validates:
            // the type is the object itself.
            let ty = self.object(schema, &view, pointer, naming)?;
            self.report(pointer, key, &ty, format!("validation only ({} members that add only constraints): the schema's own type", members.len()));
            ty
        } else if (!view.one_of.is_empty() || !view.any_of.is_empty()) && !scalar_with_rules(&view) {
            let (variants, key) = if view.one_of.is_empty() { (view.any_of, "anyOf") } else { (view.one_of, "oneOf") };
            let (ty, inner_nullable) = self.union(schema, variants, key, pointer, naming)?;
            nullable |= inner_nullable;
            ty
        } else {
            if let Some((members, key)) = union_members(&view) {
                // `type: string` + `anyOf: [{format: date-time}, {format: date}]`: a string.
                self.warn(&child(pointer, key), format!("`{key}` of {} members that only add constraints to a {}: validation only, not checked", members.len(), view.typ.unwrap_or_default()));
            }
            // `enum: [auto_pause, rules]` without `type`: the values say it is a string enum.
            let typ = view.typ.or_else(|| untyped_string_enum(&view).then_some("string"));
            self.warn_enum_values_of_another_scalar(typ, &view.enum_values, pointer);
            match typ {
                Some("string") if !view.enum_values.is_empty() => {
                    let mut values: Vec<String> = Vec::new();
                    for (i, value) in view.enum_values.iter().enumerate() {
                        let at = child(&child(pointer, "enum"), &i.to_string());
                        let text = match value {
                            Value::String(s) => s.clone(),
                            Value::Null => {
                                nullable = true;
                                continue;
                            }
                            // A spec mistake (`type: string`, `enum: [3]`): the wire value is a string.
                            Value::Number(_) | Value::Bool(_) => {
                                self.warn(&at, format!("enum value {value} is not a string in a string enum: kept as the string \"{value}\""));
                                value.to_string()
                            }
                            other => return Err(self.err(&at, format!("unsupported enum value {other} in a string enum"))),
                        };
                        if values.contains(&text) {
                            self.warn(&at, format!("enum value {text:?} is listed twice: one variant"));
                            continue;
                        }
                        values.push(text);
                    }
                    self.define(naming, pointer, data.description.clone(), KindBuild::Enum(values))
                }
                Some("string") => match view.format.as_deref() {
                    Some("binary") => Ty::Bytes,
                    _ => Ty::String,
                },
                Some("integer") => match view.format.as_deref() {
                    Some("int32") => Ty::I32,
                    Some("uint64") => Ty::U64,
                    // Plain `integer` carries millisecond timestamps: never narrower than 64 bits.
                    _ => Ty::I64,
                },
                Some("number") => Ty::F64,
                Some("boolean") => Ty::Bool,
                Some("array") => {
                    let item = match view.items {
                        Some(items) => {
                            let r = self.resolve(items.into(), &child(pointer, "items"), &format!("{}Item", naming.base()))?;
                            if r.nullable { r.ty.option() } else { r.ty }
                        }
                        None => Ty::Json,
                    };
                    Ty::Vec(Box::new(item))
                }
                Some("object") | None if view.has_properties() => self.object(schema, &view, pointer, naming)?,
                Some("object") => self.map_or_free_form(&view, pointer, naming)?,
                None if view.items.is_some() => {
                    let items = view.items.ok_or_else(|| self.err(pointer, "missing items"))?;
                    let r = self.resolve(items.into(), &child(pointer, "items"), &format!("{}Item", naming.base()))?;
                    Ty::Vec(Box::new(if r.nullable { r.ty.option() } else { r.ty }))
                }
                None if matches!(view.format.as_deref(), Some("binary" | "base64")) => Ty::Bytes,
                None => Ty::Json,
                Some(other) => return Err(self.err(pointer, format!("unsupported schema type {other:?}"))),
            }
        };
        let ty = match naming {
            Naming::Exact(name) if !matches!(&ty, Ty::Named(n) if n == name) => {
                self.types.push(TypeBuild {
                    name: name.to_owned(),
                    description: data.description.clone(),
                    origin: pointer.to_owned(),
                    kind: KindBuild::Alias(ty),
                });
                Ty::Named(name.to_owned())
            }
            _ => ty,
        };
        if matches!(ty, Ty::Named(_)) {
            self.by_pointer.insert(pointer.to_owned(), ty.clone());
        }
        Ok(Resolved { ty, nullable, description: data.description.clone() })
    }

    /// `type: integer` (or `number`, `boolean`) with an enum value of another type (`enum: ["a"]`):
    /// the declared type is kept and the enum is not checked, which a warning says, per value.
    fn warn_enum_values_of_another_scalar(&mut self, typ: Option<&str>, values: &[Value], pointer: &str) {
        let fits = |value: &Value| match typ {
            Some("integer") => value.is_i64() || value.is_u64(),
            Some("number") => value.is_number(),
            Some("boolean") => value.is_boolean(),
            _ => true,
        };
        for (i, value) in values.iter().enumerate() {
            if !value.is_null() && !fits(value) {
                let typ = typ.unwrap_or_default();
                self.warn(&child(&child(pointer, "enum"), &i.to_string()), format!("enum value {value} is not of `type: {typ}`: the value keeps that type, the enum is not checked"));
            }
        }
    }

    /// The name a new definition gets: the component's own, or a unique one from the hint.
    fn claim(&mut self, naming: Naming<'_>) -> String {
        match naming {
            Naming::Exact(name) => name.to_owned(),
            Naming::Hint(hint) => self.scope.claim(&type_name(hint)),
        }
    }

    fn define(&mut self, naming: Naming<'_>, pointer: &str, description: Option<String>, kind: KindBuild) -> Ty {
        let name = self.claim(naming);
        self.types.push(TypeBuild { name: name.clone(), description, origin: pointer.to_owned(), kind });
        Ty::Named(name)
    }

    /// `type: object` without properties: a typed map, or any JSON object.
    fn map_or_free_form(&mut self, view: &View<'_>, pointer: &str, naming: Naming<'_>) -> Result<Ty, GenError> {
        match view.additional {
            Some(AdditionalProperties::Schema(value)) => {
                let r = self.resolve(value.as_ref().into(), &child(pointer, "additionalProperties"), &format!("{}Value", naming.base()))?;
                Ok(Ty::Map(Box::new(if r.nullable { r.ty.option() } else { r.ty })))
            }
            _ => Ok(Ty::JsonObject),
        }
    }

    fn object(&mut self, schema: &Schema, view: &View<'_>, pointer: &str, naming: Naming<'_>) -> Result<Ty, GenError> {
        // Claim the name before the fields, so nested types are named after it.
        let name = self.claim(naming);
        self.by_pointer.insert(pointer.to_owned(), Ty::Named(name.clone()));
        let mut fields = Vec::new();
        let owner = ObjectParts { pointer: pointer.to_owned(), hint: name.clone(), view_props: view.properties.cloned(), required: view.required.to_vec(), additional: view.additional.cloned() };
        self.add_fields(&mut fields, &owner)?;
        self.add_undeclared_required(&mut fields, std::slice::from_ref(&owner));
        self.types.push(TypeBuild {
            name: name.clone(),
            description: schema.schema_data.description.clone(),
            origin: pointer.to_owned(),
            kind: KindBuild::Struct(fields),
        });
        Ok(Ty::Named(name))
    }

    /// Whether a property is `writeOnly`, itself or through the component it references.
    fn is_write_only(&self, property: &ReferenceOr<Box<Schema>>, pointer: &str) -> bool {
        match property {
            ReferenceOr::Item(schema) => schema.schema_data.write_only,
            ReferenceOr::Reference { reference } => self.component(pointer, reference).is_ok_and(|(_, schema)| schema.schema_data.write_only),
        }
    }

    fn add_fields(&mut self, fields: &mut Vec<FieldBuild>, part: &ObjectParts) -> Result<(), GenError> {
        if let Some(properties) = &part.view_props {
            for (json_name, property) in properties {
                let pointer = child(&child(&part.pointer, "properties"), json_name);
                let hint = format!("{}{}", part.hint, json_name.to_upper_camel_case());
                let r = self.resolve(property.into(), &pointer, &hint)?;
                // A required `writeOnly` property is required in requests only: responses never
                // carry it (Okta's `ChildOrg.admin`), so a type that also decodes them holds it
                // as an `Option`.
                let write_only = self.is_write_only(property, &pointer);
                let required = part.required.iter().any(|r| r == json_name) && !write_only;
                let secret = is_secret_property(json_name, property, &r.ty, part.pointer.contains("/requestBody/"));
                let ty = if required && !r.nullable { r.ty } else { r.ty.option() };
                let mut description = with_facts(r.description, property);
                if write_only && part.required.iter().any(|r| r == json_name) {
                    let fact = "Required in requests; responses never carry it.";
                    description = Some(match description {
                        Some(d) => format!("{d}\n\n{fact}"),
                        None => fact.to_owned(),
                    });
                }
                let field = FieldBuild { json_name: json_name.clone(), ty, required, nullable: r.nullable, description, flatten: false, secret, undeclared: false };
                // A later allOf member redefines a property: the last definition wins.
                if let Some(existing) = fields.iter_mut().find(|f| f.json_name == *json_name) {
                    let required = existing.required || field.required;
                    *existing = FieldBuild { required, ..field };
                } else {
                    fields.push(field);
                }
            }
        }
        // Required by a member that does not define the property itself.
        for name in &part.required {
            if let Some(existing) = fields.iter_mut().find(|f| f.json_name == *name) {
                existing.required = true;
            }
        }
        if let Some(AdditionalProperties::Schema(value)) = &part.additional {
            let r = self.resolve(value.as_ref().into(), &child(&part.pointer, "additionalProperties"), &format!("{}Value", part.hint))?;
            if !fields.iter().any(|f| f.flatten) {
                fields.push(FieldBuild {
                    json_name: "additional_properties".into(),
                    ty: Ty::Map(Box::new(if r.nullable { r.ty.option() } else { r.ty })),
                    required: false,
                    nullable: false,
                    description: Some("Properties beyond the declared ones.".into()),
                    flatten: true,
                    secret: false,
                    undeclared: false,
                });
            }
        }
        Ok(())
    }

    /// A name in `required` that no part declares in `properties` (a spec mistake, e.g. a
    /// property renamed in one place only) still has to be sent: it becomes a required field
    /// holding any JSON value (absent in a response: `null`), with a warning. Where
    /// `additionalProperties` has a schema the name is one of those properties and nothing is
    /// added; where it is `false` the schema cannot be satisfied and only the warning is given.
    fn add_undeclared_required(&mut self, fields: &mut Vec<FieldBuild>, parts: &[ObjectParts]) {
        if parts.iter().any(|p| matches!(p.additional, Some(AdditionalProperties::Schema(_)))) {
            return;
        }
        let closed = parts.iter().any(|p| matches!(p.additional, Some(AdditionalProperties::Any(false))));
        for part in parts {
            for name in &part.required {
                if fields.iter().any(|f| f.json_name == *name && !f.flatten) {
                    continue;
                }
                let pointer = child(&part.pointer, "required");
                if closed {
                    self.warn(&pointer, format!("`{name}` is required but not declared, and `additionalProperties: false` forbids it: the requirement is ignored"));
                    continue;
                }
                self.warn(&pointer, format!("`{name}` is required but not declared in `properties`: it is a required field holding any JSON value"));
                fields.push(FieldBuild {
                    json_name: name.clone(),
                    ty: Ty::Json,
                    required: true,
                    nullable: false,
                    description: Some(format!("Required by the spec (`{pointer}`), which does not declare it: any JSON value.")),
                    flatten: false,
                    secret: false,
                    undeclared: true,
                });
            }
        }
    }

    /// Collects the object parts of an `allOf`, following references.
    fn all_of_parts(&mut self, schema: &Schema, pointer: &str, hint: &str, parts: &mut Vec<ObjectParts>, refs: &mut Vec<String>, nullable: &mut bool) -> Result<(), GenError> {
        let view = View::of(schema);
        if view.has_properties() || matches!(view.additional, Some(AdditionalProperties::Schema(_))) {
            parts.push(ObjectParts { pointer: pointer.to_owned(), hint: hint.to_owned(), view_props: view.properties.cloned(), required: view.required.to_vec(), additional: view.additional.cloned() });
        } else if !view.required.is_empty() {
            parts.push(ObjectParts { pointer: pointer.to_owned(), hint: hint.to_owned(), view_props: None, required: view.required.to_vec(), additional: None });
        }
        if let Some((members, key)) = union_members(&view) {
            if !only_constraints(members) {
                return Err(self.err(pointer, "unsupported schema construct: `oneOf`/`anyOf` inside an `allOf` member"));
            }
            // `anyOf: [{required: [a]}, {required: [b]}]`: "at least one of", a validation rule.
            self.warn(&child(pointer, key), format!("`{key}` of members that only add constraints is a validation rule, not a type: not checked"));
        }
        for (i, member) in view.all_of.iter().enumerate() {
            let member_pointer = child(&child(pointer, "allOf"), &i.to_string());
            match RefOr::from(member) {
                RefOr::Ref(reference) => {
                    let (name, target) = self.component(&member_pointer, reference)?;
                    if self.merging.iter().any(|n| n == name) {
                        let mut cycle = self.merging.clone();
                        cycle.push(name.to_owned());
                        return Err(self.err(&member_pointer, format!("$ref cycle through allOf: {}", cycle.join(" -> "))));
                    }
                    refs.push(name.to_owned());
                    self.merging.push(name.to_owned());
                    let target_hint = self.components[name].clone();
                    let result = self.all_of_parts(target, &child("#/components/schemas", name), &target_hint, parts, refs, nullable);
                    self.merging.pop();
                    result?;
                }
                RefOr::Item(member_schema) => {
                    *nullable |= member_schema.schema_data.nullable && !View::of(member_schema).has_properties();
                    self.all_of_parts(member_schema, &member_pointer, hint, parts, refs, nullable)?;
                }
            }
        }
        Ok(())
    }

    /// When every part of an `allOf` is one scalar type (no properties, no composition), the
    /// index of the part that stands for it: the one with an `enum`, else the first.
    fn same_scalar_part(&self, parts: &[(usize, RefOr<'_>)], pointer: &str) -> Option<usize> {
        let mut typ = None;
        let mut with_enum = None;
        for (at, (_, part)) in parts.iter().enumerate() {
            let schema = match part {
                RefOr::Ref(reference) => self.component(pointer, reference).ok()?.1,
                RefOr::Item(s) => *s,
            };
            let v = View::of(schema);
            let scalar = matches!(v.typ, Some("string" | "integer" | "number" | "boolean"));
            if !scalar || v.has_properties() || !v.all_of.is_empty() || !v.one_of.is_empty() || !v.any_of.is_empty() || typ.is_some_and(|t| Some(t) != v.typ) {
                return None;
            }
            typ = v.typ;
            if !v.enum_values.is_empty() {
                if with_enum.is_some() {
                    return None;
                }
                with_enum = Some(at);
            }
        }
        Some(with_enum.unwrap_or(0))
    }

    fn all_of(&mut self, schema: &Schema, view: &View<'_>, pointer: &str, naming: Naming<'_>) -> Result<(Ty, bool), GenError> {
        // `allOf: [X]` (plus only `nullable`/`description`/empty members) means X itself.
        let substantive: Vec<(usize, RefOr<'_>)> = view
            .all_of
            .iter()
            .enumerate()
            .map(|(i, m)| (i, RefOr::from(m)))
            .filter(|(_, m)| match m {
                RefOr::Ref(_) => true,
                RefOr::Item(s) => {
                    let v = View::of(s);
                    v.has_properties() || !v.all_of.is_empty() || !v.one_of.is_empty() || !v.any_of.is_empty() || v.typ.is_some_and(|t| t != "object")
                }
            })
            .collect();
        let empty_members_nullable = view.all_of.iter().any(|m| matches!(RefOr::from(m), RefOr::Item(s) if s.schema_data.nullable && !View::of(s).has_properties()));
        // `allOf: [{$ref: Id}, {type: string, description}]`: every part is the same scalar, so
        // the value is that scalar (the part with an `enum`, if one has it).
        let scalar_part = if substantive.len() > 1 && !view.has_properties() { self.same_scalar_part(&substantive, pointer) } else { None };
        if let Some(at) = scalar_part {
            let (i, member) = substantive[at];
            let member_pointer = child(&child(pointer, "allOf"), &i.to_string());
            let r = match member {
                RefOr::Ref(target) => self.reference(&member_pointer, target)?,
                RefOr::Item(s) => self.schema(s, &member_pointer, naming)?,
            };
            return Ok((r.ty, r.nullable || empty_members_nullable));
        }
        if substantive.len() == 1 && !view.has_properties() {
            let (i, member) = substantive[0];
            let member_pointer = child(&child(pointer, "allOf"), &i.to_string());
            let r = match member {
                RefOr::Ref(target) => self.reference(&member_pointer, target)?,
                RefOr::Item(s) => self.schema(s, &member_pointer, naming)?,
            };
            return Ok((r.ty, r.nullable || empty_members_nullable));
        }
        let name = self.claim(naming);
        self.by_pointer.insert(pointer.to_owned(), Ty::Named(name.clone()));
        let mut parts = Vec::new();
        let mut refs = Vec::new();
        let mut nullable = false;
        if let Naming::Exact(_) = naming {
            let component = pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
            self.merging.push(component);
        }
        let collected = self.all_of_parts(schema, pointer, &name, &mut parts, &mut refs, &mut nullable);
        if let Naming::Exact(_) = naming {
            self.merging.pop();
        }
        collected?;
        let mut fields = Vec::new();
        for part in &parts {
            self.add_fields(&mut fields, part)?;
        }
        self.add_undeclared_required(&mut fields, &parts);
        for field in &mut fields {
            if field.required && field.ty.is_option() {
                // Required in the merged schema: only optional if it is nullable.
                let nullable_field = self.field_nullable(&parts, &field.json_name)?;
                if !nullable_field {
                    field.ty = field.ty.unwrap_option().clone();
                }
            }
        }
        self.types.push(TypeBuild { name: name.clone(), description: schema.schema_data.description.clone(), origin: pointer.to_owned(), kind: KindBuild::Struct(fields) });
        Ok((Ty::Named(name), nullable || empty_members_nullable))
    }

    /// Whether the last definition of a property among `parts` is nullable.
    fn field_nullable(&mut self, parts: &[ObjectParts], json_name: &str) -> Result<bool, GenError> {
        for part in parts.iter().rev() {
            if let Some(property) = part.view_props.as_ref().and_then(|p| p.get(json_name)) {
                return Ok(match RefOr::from(property) {
                    RefOr::Ref(reference) => self.component(&part.pointer, reference)?.1.schema_data.nullable,
                    RefOr::Item(s) => s.schema_data.nullable || self.allof_nullable(s),
                });
            }
        }
        Ok(false)
    }

    fn allof_nullable(&self, schema: &Schema) -> bool {
        View::of(schema).all_of.iter().any(|m| matches!(RefOr::from(m), RefOr::Item(s) if s.schema_data.nullable))
    }

    fn union(&mut self, schema: &Schema, members: &[openapiv3::ReferenceOr<Schema>], key: &str, pointer: &str, naming: Naming<'_>) -> Result<(Ty, bool), GenError> {
        if members.len() == 1 {
            let r = self.resolve((&members[0]).into(), &child(&child(pointer, key), "0"), naming.base())?;
            self.report(pointer, key, &r.ty, "single member: its type is used directly".into());
            return Ok((r.ty, r.nullable));
        }
        let name = self.claim(naming);
        self.by_pointer.insert(pointer.to_owned(), Ty::Named(name.clone()));
        let mut variants = Vec::new();
        let mut variant_scope = NameScope::new();
        let mut nullable = false;
        for (i, member) in members.iter().enumerate() {
            let member_pointer = child(&child(pointer, key), &i.to_string());
            let base = match RefOr::from(member) {
                RefOr::Ref(reference) => {
                    let (component, _) = self.component(&member_pointer, reference)?;
                    self.components[component].clone()
                }
                // `allOf: [$ref]` alone (a `$ref` with a description beside it) is named after its target.
                RefOr::Item(s) => match single_all_of_ref(s) {
                    Some(reference) => {
                        let (component, _) = self.component(&child(&member_pointer, "allOf/0"), reference)?;
                        self.components[component].clone()
                    }
                    None => inline_variant_name(s, i),
                },
            };
            let variant = variant_scope.claim(&base);
            let r = self.resolve(member.into(), &member_pointer, &format!("{name}{variant}"))?;
            nullable |= r.nullable;
            variants.push(VariantBuild { name: variant, ty: r.ty, description: r.description });
        }
        let dispatch = discriminator::dispatch(self, schema, members, key, pointer)?;
        let treatment = match &dispatch {
            Dispatch::Tagged { property, explicit: true, .. } => format!("explicit discriminator `{property}`"),
            Dispatch::Tagged { property, explicit: false, .. } => format!("inferred discriminator `{property}`"),
            Dispatch::Untagged { reason } => format!("untagged: {reason}"),
        };
        self.report(pointer, key, &Ty::Named(name.clone()), treatment);
        self.types.push(TypeBuild {
            name: name.clone(),
            description: schema.schema_data.description.clone(),
            origin: pointer.to_owned(),
            kind: KindBuild::Union(variants, dispatch),
        });
        Ok((Ty::Named(name), nullable))
    }

    pub fn report(&mut self, pointer: &str, key: &str, ty: &Ty, treatment: String) {
        self.union_reports.push(crate::ir::UnionReport { pointer: pointer.to_owned(), keyword: key.to_owned(), ty: ty.render(""), treatment });
    }

    /// Types that are the same (string enums with the same values in the same order; structs
    /// with the same fields, types, docs and attributes; unions with the same members and
    /// dispatch) share one definition: the one whose
    /// name sorts first; the others become aliases of it, so every name still exists (and keeps
    /// its own docs) while the compiler builds the impls once. Repeated until nothing changes,
    /// since sharing one type can make the structs that hold it the same.
    pub fn share_identical_types(&mut self) {
        loop {
            let alias_of: HashMap<String, Ty> = self
                .types
                .iter()
                .filter_map(|t| match &t.kind {
                    KindBuild::Alias(ty) => Some((t.name.clone(), ty.clone())),
                    _ => None,
                })
                .collect();
            let mut first: BTreeMap<String, String> = BTreeMap::new();
            let mut keyed: Vec<(String, String)> = self
                .types
                .iter()
                .filter_map(|t| Some((t.name.clone(), shape_key(&t.kind, &alias_of)?)))
                .collect();
            keyed.sort();
            for (name, key) in &keyed {
                first.entry(key.clone()).or_insert_with(|| name.clone());
            }
            let mut changed = false;
            for t in &mut self.types {
                let Some(key) = shape_key(&t.kind, &alias_of) else { continue };
                if let Some(canonical) = first.get(&key).filter(|c| **c != t.name) {
                    t.kind = KindBuild::Alias(Ty::Named(canonical.clone()));
                    changed = true;
                }
            }
            if !changed {
                return;
            }
        }
    }

    /// Boxes fields that would make a type contain itself by value.
    pub fn box_recursion(&mut self) {
        let by_value: HashMap<String, Vec<String>> = self.types.iter().map(|t| (t.name.clone(), by_value_targets(&t.kind))).collect();
        let reaches = |from: &str, to: &str| -> bool {
            let mut seen = BTreeSet::new();
            let mut stack = vec![from.to_owned()];
            while let Some(n) = stack.pop() {
                if n == to {
                    return true;
                }
                if seen.insert(n.clone()) {
                    stack.extend(by_value.get(&n).into_iter().flatten().cloned());
                }
            }
            false
        };
        let mut boxes = Vec::new();
        for (ti, t) in self.types.iter().enumerate() {
            match &t.kind {
                KindBuild::Struct(fields) => {
                    for (fi, f) in fields.iter().enumerate() {
                        if let Some(target) = value_target(&f.ty) {
                            if reaches(&target, &t.name) {
                                boxes.push((ti, fi));
                            }
                        }
                    }
                }
                KindBuild::Union(variants, _) => {
                    for (vi, v) in variants.iter().enumerate() {
                        if let Some(target) = value_target(&v.ty) {
                            if reaches(&target, &t.name) {
                                boxes.push((ti, vi));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        for (ti, i) in boxes {
            match &mut self.types[ti].kind {
                KindBuild::Struct(fields) => box_ty(&mut fields[i].ty),
                KindBuild::Union(variants, _) => box_ty(&mut variants[i].ty),
                _ => {}
            }
        }
    }

    /// Whether `ty` is a string enum with a single value (`object: [client]`): a marker
    /// that needs no input, since it can only hold one thing.
    pub fn is_marker(&self, ty: &Ty) -> bool {
        matches!(ty, Ty::Named(name) if self.types.iter().any(|t| &t.name == name && matches!(&t.kind, KindBuild::Enum(values) if values.len() == 1)))
    }

    /// Claims a fresh type name (for operation-level types such as error unions).
    pub fn claim_name(&mut self, hint: &str) -> String {
        self.scope.claim(&type_name(hint))
    }
}

struct ObjectParts {
    pointer: String,
    hint: String,
    view_props: Option<super::schema_view::Properties>,
    required: Vec<String>,
    additional: Option<AdditionalProperties>,
}

/// Whether a schema allows `null`: `nullable` itself, or a union with an inline `nullable`
/// member (`anyOf: [{type: integer, nullable: true}, {type: boolean}]`, Juniper Mist's), whose
/// type the union's variants hold without the null.
fn allows_null(schema: &Schema) -> bool {
    schema.schema_data.nullable
        || union_members(&View::of(schema)).is_some_and(|(members, _)| members.iter().any(|m| matches!(m, openapiv3::ReferenceOr::Item(s) if s.schema_data.nullable)))
}

/// The `oneOf`/`anyOf` of a schema when its members only add constraints
/// (`required`, bounds) to the schema's own properties.
fn constraint_only_union<'v>(view: &View<'v>) -> Option<(&'v [openapiv3::ReferenceOr<Schema>], &'static str)> {
    let (members, key) = union_members(view)?;
    (view.has_properties() && only_constraints(members)).then_some((members, key))
}

/// A scalar type whose `oneOf`/`anyOf` members only add constraints (formats, bounds).
fn scalar_with_rules(view: &View<'_>) -> bool {
    matches!(view.typ, Some("string" | "integer" | "number" | "boolean")) && union_members(view).is_some_and(|(members, _)| only_constraints(members))
}

/// An `enum` without `type` whose values are all strings (or `null`).
fn untyped_string_enum(view: &View<'_>) -> bool {
    view.typ.is_none() && !view.enum_values.is_empty() && view.enum_values.iter().all(|v| v.is_string() || v.is_null()) && view.enum_values.iter().any(Value::is_string)
}

/// The members of a schema's `oneOf` (else `anyOf`), and which keyword it was.
fn union_members<'v>(view: &View<'v>) -> Option<(&'v [openapiv3::ReferenceOr<Schema>], &'static str)> {
    if !view.one_of.is_empty() {
        Some((view.one_of, "oneOf"))
    } else if !view.any_of.is_empty() {
        Some((view.any_of, "anyOf"))
    } else {
        None
    }
}

/// Whether every member only adds constraints (`required`, bounds): no type, properties or items.
fn only_constraints(members: &[openapiv3::ReferenceOr<Schema>]) -> bool {
    members.iter().all(|m| match RefOr::from(m) {
        RefOr::Ref(_) => false,
        RefOr::Item(s) => {
            let v = View::of(s);
            v.typ.is_none() && !v.has_properties() && v.items.is_none() && v.all_of.is_empty() && v.one_of.is_empty() && v.any_of.is_empty() && v.enum_values.is_empty() && v.additional.is_none()
        }
    })
}

/// The target of a schema that is only `allOf: [$ref]` (plus annotations), untitled.
fn single_all_of_ref(schema: &Schema) -> Option<&str> {
    let view = View::of(schema);
    if schema.schema_data.title.is_some() || view.has_properties() || !view.one_of.is_empty() || !view.any_of.is_empty() {
        return None;
    }
    match view.all_of {
        [member] => match RefOr::from(member) {
            RefOr::Ref(reference) => Some(reference),
            RefOr::Item(_) => None,
        },
        _ => None,
    }
}

/// A name for an inline `oneOf` member: its title, the constant it pins, or its position.
fn inline_variant_name(schema: &Schema, index: usize) -> String {
    if let Some(title) = &schema.schema_data.title {
        return type_name(title);
    }
    let view = View::of(schema);
    // The first marker property (one allowed value) names it: its own, or an inline `allOf`
    // part's (a member merged with the union's sibling properties).
    let parts = view.all_of.iter().filter_map(|m| match RefOr::from(m) {
        RefOr::Item(s) => Some(s),
        RefOr::Ref(_) => None,
    });
    for s in std::iter::once(schema).chain(parts) {
        for property in View::of(s).properties.into_iter().flat_map(|p| p.values()) {
            if let RefOr::Item(p) = RefOr::from(property) {
                let pv = View::of(p);
                if let [Value::String(only)] = pv.enum_values.as_slice() {
                    return variant_name(only);
                }
            }
        }
    }
    match view.typ {
        Some("array") => "Array".into(),
        Some("object") => format!("Object{}", index + 1),
        Some(t) => t.to_upper_camel_case(),
        None => format!("Variant{}", index + 1),
    }
}

/// What makes two definitions the same type, with aliases seen through; `None` for aliases.
fn shape_key(kind: &KindBuild, alias_of: &HashMap<String, Ty>) -> Option<String> {
    match kind {
        KindBuild::Enum(values) => Some(format!("enum {values:?}")),
        KindBuild::Struct(fields) => {
            let fields: Vec<String> = fields
                .iter()
                .map(|f| format!("{:?} {} {} {} {} {:?}", f.json_name, through_aliases(&f.ty, alias_of).render(""), f.required, f.nullable, f.flatten, f.description))
                .collect();
            Some(format!("struct {fields:?}"))
        }
        KindBuild::Union(variants, dispatch) => {
            let variants: Vec<String> =
                variants.iter().map(|v| format!("{} {} {:?}", v.name, through_aliases(&v.ty, alias_of).render(""), v.description)).collect();
            Some(format!("union {dispatch:?} {variants:?}"))
        }
        KindBuild::Alias(_) => None,
    }
}

/// `ty` with every alias of a generated type replaced by what it stands for.
fn through_aliases(ty: &Ty, alias_of: &HashMap<String, Ty>) -> Ty {
    match ty {
        Ty::Named(name) => match alias_of.get(name) {
            Some(target) if target != ty => through_aliases(target, alias_of),
            _ => ty.clone(),
        },
        Ty::Vec(inner) => Ty::Vec(Box::new(through_aliases(inner, alias_of))),
        Ty::Map(inner) => Ty::Map(Box::new(through_aliases(inner, alias_of))),
        Ty::Option(inner) => Ty::Option(Box::new(through_aliases(inner, alias_of))),
        Ty::Boxed(inner) => Ty::Boxed(Box::new(through_aliases(inner, alias_of))),
        other => other.clone(),
    }
}

/// The named type a field holds by value (through `Option`, not `Vec`/`Map`/`Box`).
fn value_target(ty: &Ty) -> Option<String> {
    match ty {
        Ty::Named(n) => Some(n.clone()),
        Ty::Option(inner) => value_target(inner),
        _ => None,
    }
}

fn by_value_targets(kind: &KindBuild) -> Vec<String> {
    match kind {
        KindBuild::Struct(fields) => fields.iter().filter_map(|f| value_target(&f.ty)).collect(),
        KindBuild::Union(variants, _) => variants.iter().filter_map(|v| value_target(&v.ty)).collect(),
        KindBuild::Alias(ty) => value_target(ty).into_iter().collect(),
        KindBuild::Enum(_) => Vec::new(),
    }
}

fn box_ty(ty: &mut Ty) {
    *ty = match std::mem::replace(ty, Ty::Json) {
        Ty::Option(inner) => Ty::Option(Box::new(Ty::Boxed(inner))),
        other => Ty::Boxed(Box::new(other)),
    };
}

/// Rust field names for a struct's JSON properties, unique within it.
pub fn field_names(fields: &[FieldBuild]) -> Vec<String> {
    let mut scope = NameScope::new();
    fields.iter().map(|f| ident(&scope.claim(&snake_name(&f.json_name)))).collect()
}

/// Doc lines of a type: its description, the named responses it is the body of,
/// and last its spec location.
pub fn type_doc(description: Option<&str>, origin: &str, responses: Option<&BTreeSet<String>>) -> Vec<String> {
    let mut lines = doc_lines(description.unwrap_or_default());
    for response in responses.into_iter().flatten() {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        lines.push(format!("Body of the response `{response}`."));
    }
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines.push(format!("Spec: `{origin}`"));
    lines
}

/// Nouns that make a property a secret when its name ends with one (`password`,
/// `new_password`, `access_token`, `client_secret`, `backup_codes`, `jwt`, `ticket`, ...);
/// `password_enabled` or `token_type` only talk about one.
const SECRET_WORDS: &[&str] = &["password", "passwords", "token", "tokens", "ticket", "codes", "jwt", "secret", "secrets", "passcode", "otp"];

/// Secret nouns only in a request body: there `code` is what the user typed from an email
/// or SMS; in a response it is an error or country code, which `Debug` must keep showing.
const INPUT_SECRET_WORDS: &[&str] = &["code"];

/// Whether a property holds a secret: a name ending with a secret noun (or starting with
/// `secret`, as `secret_key`), or `format: password`; booleans and numbers never are.
/// One rule for every type; `Debug` then prints `***` for it.
pub fn is_secret_property(json_name: &str, property: &ReferenceOr<Box<Schema>>, ty: &Ty, in_request_body: bool) -> bool {
    use heck::ToSnakeCase;
    if matches!(ty.unwrap_option(), Ty::Bool | Ty::I64 | Ty::I32 | Ty::U64 | Ty::F64) {
        return false;
    }
    let snake = json_name.to_snake_case();
    let words: Vec<&str> = snake.split('_').collect();
    let last = words.last().copied().unwrap_or_default();
    let by_name = SECRET_WORDS.contains(&last)
        || (in_request_body && INPUT_SECRET_WORDS.contains(&last))
        || words.first() == Some(&"secret");
    let by_format = match property {
        ReferenceOr::Item(schema) => matches!(
            &schema.schema_kind,
            openapiv3::SchemaKind::Type(openapiv3::Type::String(s))
                if matches!(s.format, openapiv3::VariantOrUnknownOrEmpty::Item(openapiv3::StringFormat::Password))
        ),
        ReferenceOr::Reference { .. } => false,
    };
    by_name || by_format
}

/// A property's description followed by what its schema says beyond its type: default, allowed
/// values of a number or boolean enum (string enums get a type of their own), read-only or
/// write-only, deprecated.
fn with_facts(description: Option<String>, property: &ReferenceOr<Box<Schema>>) -> Option<String> {
    use openapiv3::{SchemaKind, Type};
    let ReferenceOr::Item(schema) = property else { return description };
    let data = &schema.schema_data;
    let mut facts = Vec::new();
    if let Some(default) = &data.default {
        facts.push(format!("Default: `{default}`."));
    }
    let values: Vec<String> = match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(t)) => t.enumeration.iter().flatten().map(|v| format!("`{v}`")).collect(),
        SchemaKind::Type(Type::Number(t)) => t.enumeration.iter().flatten().map(|v| format!("`{v}`")).collect(),
        SchemaKind::Type(Type::Boolean(t)) => t.enumeration.iter().flatten().map(|v| format!("`{v}`")).collect(),
        _ => Vec::new(),
    };
    if !values.is_empty() {
        facts.push(format!("Allowed values: {}.", values.join(", ")));
    }
    // Numeric bounds (3.1's numeric `exclusiveMinimum`/`exclusiveMaximum` arrive as these).
    let bounds: [(Option<String>, bool, &str); 2] = match &schema.schema_kind {
        SchemaKind::Type(Type::Integer(t)) => [
            (t.minimum.map(|v| v.to_string()), t.exclusive_minimum, "Minimum"),
            (t.maximum.map(|v| v.to_string()), t.exclusive_maximum, "Maximum"),
        ],
        SchemaKind::Type(Type::Number(t)) => [
            (t.minimum.map(|v| v.to_string()), t.exclusive_minimum, "Minimum"),
            (t.maximum.map(|v| v.to_string()), t.exclusive_maximum, "Maximum"),
        ],
        _ => [(None, false, ""), (None, false, "")],
    };
    for (value, exclusive, what) in bounds {
        if let Some(value) = value {
            facts.push(format!("{what}: `{value}`{}.", if exclusive { " (exclusive)" } else { "" }));
        }
    }
    if data.read_only {
        facts.push("Read-only: set by the server, ignored in requests.".to_owned());
    }
    if data.write_only {
        facts.push("Write-only: sent in requests, never returned.".to_owned());
    }
    if data.deprecated {
        facts.push("Deprecated.".to_owned());
    }
    if facts.is_empty() {
        return description;
    }
    let facts = facts.join(" ");
    Some(match description.filter(|d| !d.trim().is_empty()) {
        Some(d) => format!("{d}\n\n{facts}"),
        None => facts,
    })
}
