//! The generator's error: which file, which node, what is wrong.

use std::fmt;

/// A problem with an input file, located by the JSON pointer of the node.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenError {
    /// The file as the user named it (e.g. `spec/clerk-frontend-api.yml`).
    pub file: String,
    /// JSON pointer of the offending node, e.g. `#/components/schemas/Foo/properties/bar`.
    pub pointer: String,
    pub message: String,
}

impl GenError {
    pub fn new(file: impl Into<String>, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        GenError { file: file.into(), pointer: pointer.into(), message: message.into() }
    }
}

impl fmt::Display for GenError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.pointer, self.message)
    }
}

impl std::error::Error for GenError {}

/// Escapes one JSON pointer segment (RFC 6901).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Appends one segment to a pointer.
pub fn child(pointer: &str, segment: &str) -> String {
    format!("{pointer}/{}", escape_pointer_segment(segment))
}

/// Why `reference` cannot be followed to a component of the kind `expected` (`schemas`,
/// `parameters`, `requestBodies`, `responses`): it names another kind, or nothing is there.
pub fn unfollowable_ref(reference: &str, expected: &str) -> String {
    match reference.strip_prefix("#/components/").and_then(|rest| rest.split_once('/')) {
        Some((kind, _)) if kind != expected => {
            format!("$ref '{reference}' points to `components/{kind}`, where a `components/{expected}` entry is expected")
        }
        _ if !reference.starts_with('#') => format!(
            "$ref '{reference}' points into another document, which the generator does not fetch: bundle the spec into one document first (e.g. `redocly bundle`)"
        ),
        _ => format!("unresolvable $ref '{reference}': nothing is at that pointer"),
    }
}
