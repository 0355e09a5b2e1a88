//! A Cargo feature per operation group, and which features each type needs.
//!
//! A group's operations compile with its feature. A type compiles with the feature of every
//! group that reaches it: through an operation's inputs, body, responses or events, and on
//! through fields, union variants and aliases. A type no operation reaches (a webhook payload,
//! a schema the spec only declares) always compiles, and so does everything it reaches, so a
//! crate built with no groups is still whole. A type every group reaches needs no gate.

use std::collections::{BTreeMap, BTreeSet};

use heck::ToKebabCase;

use super::constructors::{inner_types, named_in};
use crate::ir::{Api, Feature, Group};
use crate::naming::NameScope;

/// Features the generated `Cargo.toml` declares besides the groups; a group whose name is one
/// of them gets `-group` after it.
const RESERVED: &[&str] = &["default", "full", "rustls-tls", "native-tls"];

/// A group with more operations than this is split into parts, a feature each, by the first
/// path segment after those all its paths share: Authentik's `stages` (210 operations, a fifth
/// of the crate's build) becomes `stages-authenticator`, `stages-captcha`, ... One feature
/// should not cost much of a crate, and a user calling one stage kind should not pay for all.
/// The group's own feature stays, and turns on all its parts.
const SPLIT_ABOVE: usize = 100;

/// crates.io refuses a crate with more features than this: groups are split, largest first,
/// only while the crate stays under it.
const MAX_FEATURES: usize = 300;

/// A feature that gates code: a whole group, or one part of a split group.
struct Unit {
    group: usize,
    feature: String,
    operations: Vec<usize>,
}

/// One part of a split group: the path segment naming it, the paths it holds, its operations.
#[derive(Debug, PartialEq, Eq)]
struct Part {
    key: String,
    paths: String,
    operations: Vec<usize>,
}

/// Names each group's feature (and its parts' when it is split), gates the groups, operations
/// and types, and lists the features.
pub fn gate(api: &mut Api) {
    let mut names = NameScope::with_reserved(RESERVED);
    let group_features: Vec<String> = api.groups.iter().map(|g| names.claim(&feature_name(&g.accessor))).collect();
    let splits = splits(&api.groups);
    let mut units = Vec::new();
    api.features.clear();
    api.full.clear();
    for (g, (group, name)) in api.groups.iter_mut().zip(group_features).enumerate() {
        group.feature = name.clone();
        let parts = &splits[g];
        if parts.is_empty() {
            group.cfg = cfg(std::iter::once(name.as_str()));
            for op in &mut group.operations {
                op.cfg = group.cfg.clone();
                op.method_cfg = String::new();
            }
            api.features.push(Feature { name: name.clone(), group: group.name.clone(), paths: None, operations: group.operations.len(), parts: Vec::new() });
            api.full.push(name.clone());
            units.push(Unit { group: g, feature: name, operations: (0..group.operations.len()).collect() });
            continue;
        }
        let part_names: Vec<String> = parts.iter().map(|p| names.claim(&format!("{name}-{}", p.key))).collect();
        group.cfg = cfg(part_names.iter().map(String::as_str));
        api.features.push(Feature { name, group: group.name.clone(), paths: None, operations: group.operations.len(), parts: part_names.clone() });
        for (part, part_name) in parts.iter().zip(part_names) {
            let part_cfg = cfg(std::iter::once(part_name.as_str()));
            for &o in &part.operations {
                group.operations[o].cfg = part_cfg.clone();
                group.operations[o].method_cfg = part_cfg.clone();
            }
            api.features.push(Feature { name: part_name.clone(), group: group.name.clone(), paths: Some(part.paths.clone()), operations: part.operations.len(), parts: Vec::new() });
            api.full.push(part_name.clone());
            units.push(Unit { group: g, feature: part_name, operations: part.operations.clone() });
        }
    }
    let reach = reaching_units(api, &units);
    for (ty, reached) in api.types.iter_mut().zip(&reach) {
        ty.cfg = match reached {
            Reach::Always => String::new(),
            Reach::Units(set) if set.len() == units.len() => String::new(),
            Reach::Units(set) => cfg(set.iter().map(|&u| units[u].feature.as_str())),
        };
    }
}

/// For each group, its parts when it is split, else nothing: groups over [`SPLIT_ABOVE`]
/// operations, largest first, while the crate's features stay within [`MAX_FEATURES`].
fn splits(groups: &[Group]) -> Vec<Vec<Part>> {
    let mut splits: Vec<Vec<Part>> = groups.iter().map(|_| Vec::new()).collect();
    let mut count = groups.len();
    let mut largest: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].operations.len() > SPLIT_ABOVE).collect();
    largest.sort_by_key(|&g| std::cmp::Reverse(groups[g].operations.len()));
    for g in largest {
        let paths: Vec<&str> = groups[g].operations.iter().map(|op| op.path_template.as_str()).collect();
        let parts = parts(&paths);
        if parts.len() >= 2 && count + parts.len() <= MAX_FEATURES {
            count += parts.len();
            splits[g] = parts;
        }
    }
    splits
}

/// `path` up to and including its `n`th literal segment: `/stages/{id}/used_by`.
fn through_literal(path: &str, n: usize) -> String {
    let mut seen = 0;
    let mut out = String::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.push_str(segment);
        if !segment.contains('{') {
            seen += 1;
            if seen == n {
                break;
            }
        }
    }
    out
}

/// Operations (by index, with their paths) grouped by the first literal path segment after
/// those all of them share; an operation at the shared path itself is in part `root`.
fn parts(paths: &[&str]) -> Vec<Part> {
    let segments: Vec<Vec<&str>> = paths.iter().map(|p| p.split('/').filter(|s| !s.is_empty() && !s.contains('{')).collect()).collect();
    let first = segments.first().cloned().unwrap_or_default();
    let shared = segments.iter().map(|s| first.iter().zip(s).take_while(|(a, b)| a == b).count()).min().unwrap_or(0);
    let prefix: String = first[..shared].iter().map(|seg| format!("/{seg}")).collect();
    let mut parts: BTreeMap<String, Part> = BTreeMap::new();
    for (o, segs) in segments.iter().enumerate() {
        let (key, paths) = match segs.get(shared) {
            Some(next) => (Some(next.to_kebab_case()).filter(|k| !k.is_empty()).unwrap_or_else(|| "other".into()), format!("{}/…", through_literal(paths[o], shared + 1))),
            None => ("root".to_owned(), format!("{prefix}/")),
        };
        parts.entry(key.clone()).or_insert_with(|| Part { key, paths, operations: Vec::new() }).operations.push(o);
    }
    parts.into_values().collect()
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

/// Which units reach a type, or that it compiles always.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Reach {
    Always,
    Units(BTreeSet<usize>),
}

/// For each type of `api.types`, in order: the units whose operations reach it.
fn reaching_units(api: &Api, units: &[Unit]) -> Vec<Reach> {
    let index: BTreeMap<&str, usize> = api.types.iter().enumerate().map(|(i, t)| (t.name.as_str(), i)).collect();
    let names: BTreeSet<&str> = index.keys().copied().collect();
    let edges: Vec<BTreeSet<usize>> = api
        .types
        .iter()
        .map(|t| inner_types(&t.kind).into_iter().flat_map(|ty| named_in(ty, &names)).filter_map(|name| index.get(name.as_str()).copied()).collect())
        .collect();
    let mut reach: Vec<Option<BTreeSet<usize>>> = vec![Some(BTreeSet::new()); api.types.len()];
    for (u, unit) in units.iter().enumerate() {
        let mut roots = BTreeSet::new();
        for &o in &unit.operations {
            let op = serde_json::to_value(&api.groups[unit.group].operations[o]).unwrap_or_default();
            code_strings(&op, &mut |text| roots.extend(type_paths(text).filter_map(|id| index.get(id).copied())));
        }
        walk(roots, &edges, |t| match &mut reach[t] {
            Some(reached) => reached.insert(u),
            None => false,
        });
    }
    // What no group reaches compiles always, and with it everything it reaches.
    let unreached: BTreeSet<usize> = reach.iter().enumerate().filter(|(_, r)| r.as_ref().is_some_and(BTreeSet::is_empty)).map(|(t, _)| t).collect();
    walk(unreached, &edges, |t| reach[t].take().is_some());
    reach.into_iter().map(|r| r.map_or(Reach::Always, Reach::Units)).collect()
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
    fn a_group_splits_by_the_first_segment_after_the_shared_ones() {
        let found = parts(&["/stages/authenticator/duo/", "/stages/authenticator/duo/{id}/", "/stages/captcha/", "/stages/{id}/used_by/", "/stages/", "/stages/user_login/"]);
        let keys: Vec<(&str, &str, &[usize])> = found.iter().map(|p| (p.key.as_str(), p.paths.as_str(), p.operations.as_slice())).collect();
        assert_eq!(
            keys,
            [
                ("authenticator", "/stages/authenticator/…", &[0, 1][..]),
                ("captcha", "/stages/captcha/…", &[2][..]),
                ("root", "/stages/", &[4][..]),
                ("used-by", "/stages/{id}/used_by/…", &[3][..]),
                ("user-login", "/stages/user_login/…", &[5][..]),
            ]
        );
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
