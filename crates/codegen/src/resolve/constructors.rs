//! Which types users build, and how: every struct is `#[non_exhaustive]` (a field the server
//! adds is not a breaking change), so the structs a request takes, directly or through
//! fields, unions and aliases, get `new(required fields)`; optional fields start empty and
//! are set by assignment. Structs only responses reach have no constructor: users read them.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Constructor, Group, TypeDef, TypeKind};

/// Gives a constructor to every struct reachable from a request input of `groups`.
pub fn add_constructors(types: &mut [TypeDef], groups: &[Group], markers: &BTreeSet<String>) {
    let reachable = request_types(types, groups);
    for t in types.iter_mut() {
        if !reachable.contains(&t.name) {
            continue;
        }
        if let TypeKind::Struct { fields, constructor, .. } = &mut t.kind {
            let mut args = Vec::new();
            let mut inits = Vec::new();
            for f in fields.iter() {
                let init = if f.ty.starts_with("Option<") {
                    Some("None")
                } else if markers.contains(&f.ty) || f.serde.split(", ").any(|s| s == "flatten") {
                    Some("Default::default()")
                } else {
                    None
                };
                match init {
                    Some(expr) => inits.push(format!("{}: {expr}", f.name)),
                    None => {
                        args.push([f.name.clone(), f.ty.clone()]);
                        inits.push(f.name.clone());
                    }
                }
            }
            *constructor = Some(Constructor { args, inits });
        }
    }
}

/// Names of the types a request input holds, directly or transitively.
fn request_types(types: &[TypeDef], groups: &[Group]) -> BTreeSet<String> {
    let names: BTreeSet<&str> = types.iter().map(|t| t.name.as_str()).collect();
    let by_name: BTreeMap<&str, &TypeDef> = types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut pending: Vec<String> = Vec::new();
    for op in groups.iter().flat_map(|g| &g.operations) {
        for input in op.args.iter().chain(&op.setters) {
            pending.extend(named_in(&input.value_ty, &names));
        }
        if let Some(body) = &op.body {
            pending.extend(named_in(&body.ty, &names));
        }
    }
    let mut seen = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let Some(t) = by_name.get(name.as_str()) else { continue };
        for ty in inner_types(&t.kind) {
            pending.extend(named_in(ty, &names));
        }
    }
    seen
}

/// The Rust types a type is made of: its fields', variants' or alias target's.
pub(super) fn inner_types(kind: &TypeKind) -> Vec<&str> {
    match kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| f.ty.as_str()).collect(),
        TypeKind::Union { variants, .. } => variants.iter().map(|v| v.ty.as_str()).collect(),
        TypeKind::Alias { ty } => vec![ty.as_str()],
        TypeKind::Enum { .. } => Vec::new(),
    }
}

/// The type names a Rust type expression mentions, e.g. `Option<Vec<types::Foo>>` → `Foo`.
pub(super) fn named_in(ty: &str, names: &BTreeSet<&str>) -> Vec<String> {
    ty.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|word| names.contains(word)).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_names_are_found_inside_paths_and_generics() {
        let names: BTreeSet<&str> = ["Foo", "Bar", "Option"].into_iter().collect();
        assert_eq!(named_in("Option<Vec<types::Foo>>", &names), ["Option", "Foo"]);
        assert_eq!(named_in("std::collections::BTreeMap<String, Bar>", &names), ["Bar"]);
        assert_eq!(named_in("FooBar", &names), Vec::<String>::new());
    }
}
