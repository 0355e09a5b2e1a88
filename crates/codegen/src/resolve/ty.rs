//! Rust type expressions, as the resolver builds them.

/// A Rust type, before rendering.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ty {
    String,
    I64,
    I32,
    /// `format: uint64`: counters that use the whole unsigned range (Nomad's raft indexes).
    U64,
    F64,
    Bool,
    /// Any JSON value (free-form `{}`).
    Json,
    /// A JSON object of unknown shape (`type: object` without properties).
    JsonObject,
    /// Raw bytes (`format: binary` / `base64` bodies).
    Bytes,
    /// A file part of a multipart body.
    File,
    /// A generated type, by its Rust name.
    Named(String),
    Vec(Box<Ty>),
    Map(Box<Ty>),
    Option(Box<Ty>),
    Boxed(Box<Ty>),
}

impl Ty {
    /// Renders the type; generated types get `prefix` (e.g. `types::`).
    pub fn render(&self, prefix: &str) -> String {
        match self {
            Ty::String => "String".into(),
            Ty::I64 => "i64".into(),
            Ty::I32 => "i32".into(),
            Ty::U64 => "u64".into(),
            Ty::F64 => "f64".into(),
            Ty::Bool => "bool".into(),
            Ty::Json => "serde_json::Value".into(),
            Ty::JsonObject => "serde_json::Map<String, serde_json::Value>".into(),
            Ty::Bytes => "sdkgen_runtime::bytes::Bytes".into(),
            Ty::File => "sdkgen_runtime::FilePart".into(),
            Ty::Named(name) => format!("{prefix}{name}"),
            Ty::Vec(inner) => format!("Vec<{}>", inner.render(prefix)),
            Ty::Map(inner) => format!("std::collections::BTreeMap<String, {}>", inner.render(prefix)),
            Ty::Option(inner) => format!("Option<{}>", inner.render(prefix)),
            Ty::Boxed(inner) => format!("Box<{}>", inner.render(prefix)),
        }
    }

    pub fn option(self) -> Ty {
        match self {
            Ty::Option(_) => self,
            other => Ty::Option(Box::new(other)),
        }
    }

    pub fn is_option(&self) -> bool {
        matches!(self, Ty::Option(_))
    }

    /// The type inside an `Option`, or the type itself.
    pub fn unwrap_option(&self) -> &Ty {
        match self {
            Ty::Option(inner) => inner,
            other => other,
        }
    }
}
