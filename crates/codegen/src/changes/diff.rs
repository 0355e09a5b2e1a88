//! Compares two API surfaces and classifies every change under Rust's semver rules, given how
//! the generator shapes code:
//! - structs are `#[non_exhaustive]`: a field added to a struct users only read is compatible;
//!   a struct users build has `new(required fields)`, so a new required field breaks;
//! - enums and unions are `#[non_exhaustive]`: a new value or member is compatible;
//! - required inputs are arguments of the group method (a new one breaks), optional inputs are
//!   builder setters (a new one is compatible).

use std::collections::BTreeMap;

use super::surface::{OperationSurface, Surface, TypeKindSurface, TypeSurface};

/// How a change affects code written against the previous crate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Code that compiled may not compile, or may do something else.
    Breaking,
    /// Something new; existing code is unaffected.
    Addition,
    /// Nothing users can name changed (e.g. the body is sent in another media type).
    Compatible,
}

/// One change, in words a user reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub impact: Impact,
    /// What changed, e.g. "operation `sign_ins().create`: new required argument `strategy: String`".
    pub what: String,
    /// Why it is breaking where the compiler would not tell (a behaviour change).
    pub why: Option<String>,
}

impl Change {
    fn new(impact: Impact, what: String) -> Self {
        Change { impact, what, why: None }
    }

    fn behaviour(what: String, why: &str) -> Self {
        Change { impact: Impact::Breaking, what, why: Some(why.to_owned()) }
    }
}

/// Every change from `old` to `new`, in report order: API version and security, operations,
/// then types.
pub fn diff(old: &Surface, new: &Surface) -> Vec<Change> {
    let mut changes = Vec::new();
    if old.api_version != new.api_version {
        changes.push(Change::behaviour(
            format!("API version {} → {}", old.api_version, new.api_version),
            "the server is asked for another version and answers in its shapes",
        ));
    }
    schemes(old, new, &mut changes);
    operations(old, new, &mut changes);
    types(old, new, &mut changes);
    changes
}

fn schemes(old: &Surface, new: &Surface, changes: &mut Vec<Change>) {
    let old_by: BTreeMap<&str, _> = old.schemes.iter().map(|s| (s.name.as_str(), s)).collect();
    let new_by: BTreeMap<&str, _> = new.schemes.iter().map(|s| (s.name.as_str(), s)).collect();
    for (name, s) in &old_by {
        match new_by.get(name) {
            None => changes.push(Change::new(Impact::Breaking, format!("security scheme `{name}` removed: `ClientBuilder::{}` is gone", s.setter))),
            Some(n) if n.setter != s.setter => {
                changes.push(Change::new(Impact::Breaking, format!("security scheme `{name}`: setter `{}` renamed `{}`", s.setter, n.setter)))
            }
            Some(n) if n.kind != s.kind => changes.push(Change::behaviour(
                format!("security scheme `{name}`: sent as {} instead of {}", n.kind, s.kind),
                "the credential goes to another place in the request",
            )),
            Some(_) => {}
        }
    }
    for (name, s) in &new_by {
        if !old_by.contains_key(name) {
            changes.push(Change::new(Impact::Addition, format!("security scheme `{name}` added: `ClientBuilder::{}`", s.setter)));
        }
    }
}

fn operations(old: &Surface, new: &Surface, changes: &mut Vec<Change>) {
    let key = |o: &OperationSurface| (o.group.clone(), o.method.clone());
    let old_by: BTreeMap<_, _> = old.operations.iter().map(|o| (key(o), o)).collect();
    let new_by: BTreeMap<_, _> = new.operations.iter().map(|o| (key(o), o)).collect();
    for (k, o) in &old_by {
        match new_by.get(k) {
            None => changes.push(Change::new(Impact::Breaking, format!("operation `{}` removed ({} {})", o.label(), o.http_method, o.path))),
            Some(n) => operation(o, n, changes),
        }
    }
    for (k, n) in &new_by {
        if !old_by.contains_key(k) {
            changes.push(Change::new(Impact::Addition, format!("operation `{}` added ({} {})", n.label(), n.http_method, n.path)));
        }
    }
}

fn operation(o: &OperationSurface, n: &OperationSurface, changes: &mut Vec<Change>) {
    let at = format!("operation `{}`", o.label());
    if (o.http_method.as_str(), o.path.as_str()) != (n.http_method.as_str(), n.path.as_str()) {
        changes.push(Change::behaviour(
            format!("{at}: {} {} → {} {}", o.http_method, o.path, n.http_method, n.path),
            "the same call now requests another endpoint",
        ));
    }
    if o.args != n.args {
        let show = |args: &[[String; 2]]| args.iter().map(|[name, ty]| format!("{name}: {ty}")).collect::<Vec<_>>().join(", ");
        changes.push(Change::new(Impact::Breaking, format!("{at}: required arguments ({}) → ({})", show(&o.args), show(&n.args))));
    }
    let old_setters = by_name(&o.setters);
    let new_setters = by_name(&n.setters);
    for (name, ty) in &old_setters {
        match new_setters.get(name) {
            None if n.args.iter().any(|[arg, _]| arg == name) => {} // now required: the argument change says it
            None => changes.push(Change::new(Impact::Breaking, format!("{at}: optional setter `{name}` removed"))),
            Some(new_ty) if new_ty != ty => changes.push(Change::new(Impact::Breaking, format!("{at}: setter `{name}`: {ty} → {new_ty}"))),
            Some(_) => {}
        }
    }
    for (name, ty) in &new_setters {
        if !old_setters.contains_key(name) {
            changes.push(Change::new(Impact::Addition, format!("{at}: optional setter `{name}({ty})` added")));
        }
    }
    if o.body != n.body {
        let show = |b: &Option<String>| b.clone().unwrap_or_else(|| "none".to_owned());
        let what = format!("{at}: request body {} → {}", show(&o.body), show(&n.body));
        // The crate encodes the body as the spec says: the call itself is unchanged.
        changes.push(Change::new(Impact::Compatible, what));
    }
    if o.response != n.response {
        changes.push(Change::new(Impact::Breaking, format!("{at}: response {} → {}", o.response, n.response)));
    }
    if o.error != n.error {
        changes.push(Change::new(Impact::Breaking, format!("{at}: error type {} → {}", o.error, n.error)));
    }
    if o.security != n.security {
        let what = format!("{at}: security {} → {}", o.security, n.security);
        let (old_alts, new_alts) = (alternatives(&o.security), alternatives(&n.security));
        if old_alts.iter().all(|alt| new_alts.contains(alt)) {
            changes.push(Change::new(Impact::Compatible, what));
        } else {
            changes.push(Change::behaviour(what, "credentials that were enough for this call may no longer be"));
        }
    }
    if o.deprecated != n.deprecated {
        let impact = if n.deprecated { Impact::Addition } else { Impact::Compatible };
        changes.push(Change::new(impact, format!("{at}: {}", if n.deprecated { "deprecated" } else { "no longer deprecated" })));
    }
    if o.paged != n.paged {
        let impact = if n.paged { Impact::Addition } else { Impact::Breaking };
        changes.push(Change::new(impact, format!("{at}: `.stream()` over pages {}", if n.paged { "added" } else { "removed" })));
    }
}

/// The alternatives of a security expression `&[&["A", "B"], &[]]`, each as its sorted names
/// (`&[]` inside is an alternative with none; no alternatives at all means none are needed).
fn alternatives(security: &str) -> Vec<Vec<String>> {
    let inner = security.trim().strip_prefix("&[").and_then(|s| s.strip_suffix(']')).unwrap_or_default();
    if inner.trim().is_empty() {
        return vec![Vec::new()];
    }
    inner
        .split("&[")
        .skip(1)
        .map(|group| {
            let names = group.split(']').next().unwrap_or_default();
            let mut names: Vec<String> = names.split(',').map(|n| n.trim().trim_matches('"').to_owned()).filter(|n| !n.is_empty()).collect();
            names.sort();
            names
        })
        .collect()
}

fn types(old: &Surface, new: &Surface, changes: &mut Vec<Change>) {
    let old_by: BTreeMap<&str, &TypeSurface> = old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let new_by: BTreeMap<&str, &TypeSurface> = new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    for (name, t) in &old_by {
        match new_by.get(name) {
            None => changes.push(Change::new(Impact::Breaking, format!("{} `{name}` removed", t.kind.describe()))),
            Some(n) => type_change(name, &t.kind, &n.kind, changes),
        }
    }
    for (name, t) in &new_by {
        if !old_by.contains_key(name) {
            changes.push(Change::new(Impact::Addition, format!("{} `{name}` added", t.kind.describe())));
        }
    }
}

fn type_change(name: &str, old: &TypeKindSurface, new: &TypeKindSurface, changes: &mut Vec<Change>) {
    use TypeKindSurface as K;
    match (old, new) {
        (K::Struct { fields: of, new: on, default: od }, K::Struct { fields: nf, new: nn, default: nd }) => {
            struct_fields(name, of, nf, nn.is_some(), changes);
            match (on, nn) {
                (Some(a), Some(b)) if a != b => {
                    let show = |args: &[[String; 2]]| args.iter().map(|[n, _]| n.as_str()).collect::<Vec<_>>().join(", ");
                    changes.push(Change::new(Impact::Breaking, format!("struct `{name}`: `new({})` → `new({})`", show(a), show(b))));
                }
                (Some(_), None) => changes.push(Change::new(Impact::Breaking, format!("struct `{name}`: `new` removed (no request takes it any more)"))),
                (None, Some(_)) => changes.push(Change::new(Impact::Addition, format!("struct `{name}`: `new` added (a request takes it now)"))),
                _ => {}
            }
            if od != nd {
                let impact = if *nd { Impact::Addition } else { Impact::Breaking };
                changes.push(Change::new(impact, format!("struct `{name}`: `Default` {}", if *nd { "implemented" } else { "no longer implemented" })));
            }
        }
        (K::Enum { values: ov }, K::Enum { values: nv }) => {
            for [variant, value] in ov.iter().filter(|v| !nv.contains(v)) {
                changes.push(Change::new(Impact::Breaking, format!("enum `{name}`: value `{value}` (`{name}::{variant}`) removed")));
            }
            for [variant, value] in nv.iter().filter(|v| !ov.contains(v)) {
                changes.push(Change::new(Impact::Addition, format!("enum `{name}`: value `{value}` (`{name}::{variant}`) added")));
            }
        }
        (K::Union { members: om, tag: ot }, K::Union { members: nm, tag: nt }) => {
            let old_by = by_name(om);
            let new_by = by_name(nm);
            for (variant, ty) in &old_by {
                match new_by.get(variant) {
                    None => changes.push(Change::new(Impact::Breaking, format!("union `{name}`: member `{variant}({ty})` removed"))),
                    Some(nt) if nt != ty => changes.push(Change::new(Impact::Breaking, format!("union `{name}`: member `{variant}`: {ty} → {nt}"))),
                    Some(_) => {}
                }
            }
            for (variant, ty) in &new_by {
                if !old_by.contains_key(variant) {
                    changes.push(Change::new(Impact::Addition, format!("union `{name}`: member `{variant}({ty})` added")));
                }
            }
            if ot != nt {
                changes.push(Change::behaviour(
                    format!("union `{name}`: dispatched on {} → {}", ot.as_deref().unwrap_or("shape"), nt.as_deref().unwrap_or("shape")),
                    "the same JSON may decode into another member",
                ));
            }
        }
        (K::Alias { ty: a }, K::Alias { ty: b }) if a != b => {
            changes.push(Change::new(Impact::Breaking, format!("type alias `{name}`: {a} → {b}")));
        }
        (K::Alias { .. }, K::Alias { .. }) => {}
        (a, b) => changes.push(Change::new(Impact::Breaking, format!("`{name}`: {} → {}", a.describe(), b.describe()))),
    }
}

fn struct_fields(name: &str, old: &[[String; 2]], new: &[[String; 2]], built_by_users: bool, changes: &mut Vec<Change>) {
    let old_by = by_name(old);
    let new_by = by_name(new);
    for (field, ty) in &old_by {
        match new_by.get(field) {
            None => changes.push(Change::new(Impact::Breaking, format!("struct `{name}`: field `{field}` removed"))),
            Some(nt) if nt != ty => {
                let what = match (optional(ty), optional(nt)) {
                    (Some(inner), None) if inner == *nt => format!("struct `{name}`: field `{field}` optional → required ({nt})"),
                    (None, Some(inner)) if inner == *ty => format!("struct `{name}`: field `{field}` required → optional ({nt})"),
                    _ => format!("struct `{name}`: field `{field}`: {ty} → {nt}"),
                };
                changes.push(Change::new(Impact::Breaking, what));
            }
            Some(_) => {}
        }
    }
    for (field, ty) in &new_by {
        if !old_by.contains_key(field) {
            let required = optional(ty).is_none();
            // `#[non_exhaustive]`: no struct literal can miss the field; only `new` can grow.
            let impact = if required && built_by_users { Impact::Breaking } else { Impact::Addition };
            let kind = if required { "required" } else { "optional" };
            changes.push(Change::new(impact, format!("struct `{name}`: {kind} field `{field}: {ty}` added")));
        }
    }
}

/// `[name, type]` pairs (setters, fields, members) by name.
fn by_name(pairs: &[[String; 2]]) -> BTreeMap<&str, &str> {
    pairs.iter().map(|[a, b]| (a.as_str(), b.as_str())).collect()
}

/// `T` of `Option<T>`.
fn optional(ty: &str) -> Option<&str> {
    ty.strip_prefix("Option<").and_then(|rest| rest.strip_suffix('>'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn security_alternatives_are_read_as_sets() {
        assert_eq!(alternatives("&[&[\"B\", \"A\"], &[]]"), vec![vec!["A".to_owned(), "B".to_owned()], vec![]]);
        assert_eq!(alternatives("&[]"), vec![Vec::<String>::new()]);
        assert_eq!(alternatives("&[&[\"B\"], &[\"A\"]]"), vec![vec!["B".to_owned()], vec!["A".to_owned()]]);
    }
}
