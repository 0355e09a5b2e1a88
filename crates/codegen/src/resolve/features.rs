//! A Cargo feature per operation group, and which features each type needs.
//!
//! A group's operations compile with its feature. A type compiles with the feature of every
//! group that reaches it: through an operation's inputs, body, responses or events, and on
//! through fields, union variants and aliases. A type no operation reaches (a webhook payload,
//! a schema the spec only declares) always compiles, and so does everything it reaches, so a
//! crate built with no groups is still whole. A type every group reaches needs no gate.

use std::collections::{BTreeMap, BTreeSet};

use super::constructors::{inner_types, named_in};
use crate::ir::{Api, Feature};

/// Features the generated `Cargo.toml` declares besides the groups; a group whose name is one
/// of them gets `-group` after it.
const RESERVED: &[&str] = &["default", "full", "rustls-tls", "native-tls"];

/// Names each group's feature, gates the groups and types, and lists the features.
pub fn gate(api: &mut Api) {
    for group in &mut api.groups {
        let name = feature_name(&group.accessor);
        group.cfg = format!("#[cfg(feature = {name:?})]");
        group.feature = name;
    }
    let reach = reaching_groups(api);
    let all_groups = api.groups.len();
    for (ty, groups) in api.types.iter_mut().zip(&reach) {
        ty.cfg = match groups {
            Reach::Always => String::new(),
            Reach::Groups(set) if set.len() == all_groups => String::new(),
            Reach::Groups(set) => cfg(set.iter().map(|&g| api.groups[g].feature.as_str())),
        };
    }
    api.features = api.groups.iter().map(|g| Feature { name: g.feature.clone(), group: g.name.clone(), operations: g.operations.len() }).collect();
}

/// A Cargo feature name for a group accessor: `sign_ins` → `sign-ins`.
fn feature_name(accessor: &str) -> String {
    let name = accessor.trim_start_matches("r#").replace('_', "-");
    if RESERVED.contains(&name.as_str()) {
        format!("{name}-group")
    } else {
        name
    }
}

/// `#[cfg(feature = "a")]`, or `#[cfg(any(feature = "a", feature = "b"))]` for several.
fn cfg<'a>(features: impl Iterator<Item = &'a str>) -> String {
    let features: Vec<String> = features.map(|f| format!("feature = {f:?}")).collect();
    match features.as_slice() {
        [one] => format!("#[cfg({one})]"),
        many => format!("#[cfg(any({}))]", many.join(", ")),
    }
}

/// Which groups reach a type, or that it compiles always.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reach {
    Always,
    Groups(BTreeSet<usize>),
}

/// For each type of `api.types`, in order: the groups whose operations reach it.
fn reaching_groups(api: &Api) -> Vec<Reach> {
    let index: BTreeMap<&str, usize> = api.types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    let names: BTreeSet<&str> = index.keys().copied().collect();
    let edges: Vec<BTreeSet<usize>> = api
        .types
        .iter()
        .map(|t| inner_types(&t.kind).into_iter().flat_map(|ty| named_in(ty, &names)).filter_map(|name| index.get(name.as_str()).copied()).collect())
        .collect();
    let mut reach: Vec<Option<BTreeSet<usize>>> = vec![Some(BTreeSet::new()); api.types.len()];
    for (g, group) in api.groups.iter().enumerate() {
        let mut roots = BTreeSet::new();
        for op in &group.operations {
            let op = serde_json::to_value(op).unwrap_or_default();
            code_strings(&op, &mut |text| roots.extend(type_paths(text).filter_map(|id| index.get(id).copied())));
        }
        walk(roots, &edges, |t| match &mut reach[t] {
            Some(groups) => groups.insert(g),
            None => false,
        });
    }
    // What no group reaches compiles always, and with it everything it reaches.
    let unreached: BTreeSet<usize> = reach.iter().enumerate().filter(|(_, r)| r.as_ref().is_some_and(BTreeSet::is_empty)).map(|(t, _)| t).collect();
    walk(unreached, &edges, |t| reach[t].take().is_some());
    reach.into_iter().map(|r| r.map_or(Reach::Always, Reach::Groups)).collect()
}

/// Visits every type reachable from `roots` along `edges`; `visit` says whether the type was
/// new to this walk (and so whether to go on from it).
fn walk(roots: BTreeSet<usize>, edges: &[BTreeSet<usize>], mut visit: impl FnMut(usize) -> bool) {
    let mut pending: Vec<usize> = roots.into_iter().collect();
    while let Some(t) = pending.pop() {
        if visit(t) {
            pending.extend(edges[t].iter().copied());
        }
    }
}

/// Every string of a serialised IR node that is code, not documentation.
fn code_strings(value: &serde_json::Value, each: &mut impl FnMut(&str)) {
    match value {
        serde_json::Value::String(text) => each(text),
        serde_json::Value::Array(items) => items.iter().for_each(|item| code_strings(item, each)),
        serde_json::Value::Object(fields) => fields.iter().filter(|(key, _)| key.as_str() != "doc").for_each(|(_, item)| code_strings(item, each)),
        _ => {}
    }
}

/// The names after `types::` in operation code, e.g. `SignIn` in `Option<types::SignIn>`.
fn type_paths(code: &str) -> impl Iterator<Item = &str> {
    code.split("types::").skip(1).map(|rest| rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_names_are_kebab_case_and_avoid_the_crate_s_own_features() {
        assert_eq!(feature_name("sign_ins"), "sign-ins");
        assert_eq!(feature_name("r#type"), "type");
        assert_eq!(feature_name("default"), "default-group");
        assert_eq!(feature_name("full"), "full-group");
    }

    #[test]
    fn type_paths_are_the_names_after_types() {
        let found: Vec<&str> = type_paths("Result<Vec<types::SignIn>, sdkgen_runtime::Error<types::ClerkErrors>>").collect();
        assert_eq!(found, ["SignIn", "ClerkErrors"]);
    }

    #[test]
    fn one_feature_is_a_plain_cfg_and_several_are_any() {
        assert_eq!(cfg(["a"].into_iter()), "#[cfg(feature = \"a\")]");
        assert_eq!(cfg(["a", "b"].into_iter()), "#[cfg(any(feature = \"a\", feature = \"b\"))]");
    }
}
