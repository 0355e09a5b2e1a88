//! The API surface of a generated crate: what users' code can name and call, taken from the IR.
//! It is written beside each crate (`api-surface.json`) so the next generation can say what
//! changed, and compared, never text, to classify each change.

use serde::{Deserialize, Serialize};

use crate::ir::{Api, TypeKind};

/// Everything a change report compares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Surface {
    /// The API version the crate asks the server for.
    pub api_version: String,
    /// Security schemes: each is a setter on the client builder.
    pub schemes: Vec<SchemeSurface>,
    /// Sorted by group accessor, then method.
    pub operations: Vec<OperationSurface>,
    /// Sorted by name.
    pub types: Vec<TypeSurface>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemeSurface {
    pub name: String,
    pub setter: String,
    /// How the credential is sent, e.g. `ApiKeyHeader("Authorization")`.
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationSurface {
    pub operation_id: String,
    /// `client.<group>()`.
    pub group: String,
    /// The type `client.<group>()` returns, e.g. `SignIns`.
    pub group_type: String,
    pub method: String,
    /// The request builder the method returns, e.g. `CreateSignIn`.
    pub builder: String,
    pub http_method: String,
    pub path: String,
    /// Required inputs, in order: `[name, type]`.
    pub args: Vec<[String; 2]>,
    /// Optional inputs (setters on the builder), sorted: `[name, type]`.
    pub setters: Vec<[String; 2]>,
    /// The request body's media type, when there is a body.
    pub body: Option<String>,
    pub response: String,
    pub error: String,
    /// The accepted credential alternatives, e.g. `&[&["DevBrowser"], &[]]`.
    pub security: String,
    pub deprecated: bool,
    /// Has `.stream()` over its pages.
    pub paged: bool,
}

impl OperationSurface {
    /// How users call it: `client.sign_ins().create`.
    pub fn label(&self) -> String {
        format!("client.{}().{}", self.group, self.method)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TypeSurface {
    pub name: String,
    #[serde(flatten)]
    pub kind: TypeKindSurface,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TypeKindSurface {
    /// `fields`: `[name, type]`; `new`: the constructor's arguments, when users build it;
    /// `default`: implements `Default`.
    Struct { fields: Vec<[String; 2]>, new: Option<Vec<[String; 2]>>, default: bool },
    /// `[variant, wire value]` of a string enum.
    Enum { values: Vec<[String; 2]> },
    /// Members `[variant, type]`; `tag`: the property dispatched on, if any.
    Union { members: Vec<[String; 2]>, tag: Option<String> },
    Alias { ty: String },
}

impl TypeKindSurface {
    pub fn describe(&self) -> &'static str {
        match self {
            TypeKindSurface::Struct { .. } => "struct",
            TypeKindSurface::Enum { .. } => "enum",
            TypeKindSurface::Union { .. } => "union",
            TypeKindSurface::Alias { .. } => "type alias",
        }
    }
}

impl Surface {
    /// The surface of the crate `api` renders into.
    pub fn of(api: &Api) -> Surface {
        let schemes = api
            .security_schemes
            .iter()
            .map(|s| SchemeSurface { name: s.name.clone(), setter: s.setter.clone(), kind: s.kind.clone() })
            .collect();
        let mut operations: Vec<OperationSurface> = api
            .groups
            .iter()
            .flat_map(|g| {
                g.operations.iter().map(move |op| {
                    let mut setters: Vec<[String; 2]> = op.setters.iter().map(|s| [s.name.clone(), s.value_ty.clone()]).collect();
                    setters.extend(op.nullers.iter().map(|n| [n.name.clone(), "null".to_owned()]));
                    setters.sort();
                    OperationSurface {
                        operation_id: op.operation_id.clone(),
                        group: g.accessor.clone(),
                        group_type: g.struct_name.clone(),
                        method: op.method_name.clone(),
                        builder: op.builder_name.clone(),
                        http_method: op.http_method.clone(),
                        path: op.path_template.clone(),
                        args: op.args.iter().map(|a| [a.name.clone(), a.value_ty.clone()]).collect(),
                        setters,
                        body: op.body.as_ref().map(|b| b.content_type.clone()),
                        response: op.success_ty.clone(),
                        error: op.error_ty.clone(),
                        security: op.security.clone(),
                        deprecated: op.deprecated,
                        paged: op.pagination.is_some(),
                    }
                })
            })
            .collect();
        operations.sort_by(|a, b| (&a.group, &a.method).cmp(&(&b.group, &b.method)));
        let mut types: Vec<TypeSurface> = api
            .types
            .iter()
            .map(|t| {
                let kind = match &t.kind {
                    TypeKind::Struct { fields, derive_default, constructor, .. } => TypeKindSurface::Struct {
                        fields: fields.iter().map(|f| [f.name.clone(), f.ty.clone()]).collect(),
                        new: constructor.as_ref().map(|c| c.args.clone()),
                        default: *derive_default,
                    },
                    TypeKind::Enum { variants, .. } => TypeKindSurface::Enum { values: variants.iter().map(|v| [v.name.clone(), v.value.clone()]).collect() },
                    TypeKind::Union { variants, tag, .. } => TypeKindSurface::Union {
                        members: variants.iter().map(|v| [v.name.clone(), v.ty.clone()]).collect(),
                        tag: tag.clone(),
                    },
                    TypeKind::Alias { ty } => TypeKindSurface::Alias { ty: ty.clone() },
                };
                TypeSurface { name: t.name.clone(), kind }
            })
            .collect();
        types.sort_by(|a, b| a.name.cmp(&b.name));
        Surface { api_version: api.api_version.clone(), schemes, operations, types }
    }
}
