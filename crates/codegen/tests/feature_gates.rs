//! Every combination of a generated crate's group features compiles: read from the checked-in
//! code itself, every item a feature set compiles refers only to items that set compiles too.
//!
//! An item compiles when it has no `#[cfg]`, or when one of the features its `#[cfg(any(...))]`
//! names is on. So an item on under a set S is on under one feature of S alone (or always), and
//! checking the empty set and every feature alone covers all 2^n combinations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use quote::ToTokens;

/// The features an item's `#[cfg]` attributes need (`None`: always compiled).
type Gate = Option<BTreeSet<String>>;

/// One item of a generated file: where it is, its gate, and the items it names.
struct Item {
    what: String,
    gates: Vec<Gate>,
    names: Vec<(String, String)>,
}

fn generated_crates() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root).expect("generated/ is listed").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("Cargo.toml").exists()).collect();
    dirs.sort();
    dirs
}

/// The group features: those `full` lists in the crate's `Cargo.toml`.
fn group_features(dir: &Path) -> Vec<String> {
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).expect("Cargo.toml is read");
    let full = manifest.lines().find_map(|l| l.strip_prefix("full = ")).unwrap_or_else(|| panic!("{}: no `full` feature", dir.display()));
    full.trim_matches(|c| c == '[' || c == ']').split(',').map(|f| f.trim().trim_matches('"').to_owned()).filter(|f| !f.is_empty()).collect()
}

/// The features `#[cfg(feature = "a")]` or `#[cfg(any(feature = "a", ...))]` names.
fn gate(attrs: &[syn::Attribute]) -> Gate {
    let cfgs: Vec<String> = attrs.iter().filter(|a| a.path().is_ident("cfg")).map(|a| a.to_token_stream().to_string()).collect();
    match cfgs.as_slice() {
        [] => None,
        [one] => Some(one.split("feature = \"").skip(1).filter_map(|rest| rest.split('"').next()).map(str::to_owned).collect()),
        _ => panic!("more than one #[cfg] on an item: {cfgs:?}"),
    }
}

fn on(gates: &[Gate], features: &BTreeSet<String>) -> bool {
    gates.iter().all(|g| g.as_ref().map_or(true, |needed| !needed.is_disjoint(features)))
}

/// `(module, name)` of every path in the code that may name a generated item: `types::Name`
/// and `operations::Name` anywhere, and (for code inside `module`) a one-segment path, which
/// may name a sibling item. Variant names (`Self::Token`) are not references.
fn names(module: &str, visit: impl FnOnce(&mut Paths)) -> Vec<(String, String)> {
    let mut paths = Paths { module, found: Vec::new() };
    visit(&mut paths);
    paths.found
}

struct Paths<'a> {
    module: &'a str,
    found: Vec<(String, String)>,
}

impl<'ast> syn::visit::Visit<'ast> for Paths<'_> {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        let start = usize::from(segments.first().is_some_and(|s| s == "crate"));
        match &segments[start..] {
            [module, name, ..] if module == "types" || module == "operations" => self.found.push((module.clone(), name.clone())),
            [name] if !self.module.is_empty() => self.found.push((self.module.to_owned(), name.trim_start_matches("r#").to_owned())),
            _ => {}
        }
        syn::visit::visit_path(self, path);
    }
}

/// The items of `src/<module>.rs`; `local`: bare identifiers may name items of the module.
fn items(dir: &Path, module: &str, local: bool, defined: &mut BTreeMap<(String, String), Gate>, out: &mut Vec<Item>) {
    let path = dir.join(format!("src/{module}.rs"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let scope = if local { module } else { "" };
    for item in file.items {
        let (attrs, name) = match &item {
            syn::Item::Struct(s) => (&s.attrs, Some(s.ident.to_string())),
            syn::Item::Enum(e) => (&e.attrs, Some(e.ident.to_string())),
            syn::Item::Type(t) => (&t.attrs, Some(t.ident.to_string())),
            syn::Item::Impl(i) => (&i.attrs, None),
            _ => continue,
        };
        let item_gate = gate(attrs);
        let what = format!("{}: {}", path.display(), name.clone().unwrap_or_else(|| "impl".into()));
        if let Some(name) = name {
            defined.insert((module.to_owned(), name), item_gate.clone());
        }
        match &item {
            // Methods of an impl have gates of their own (the client's group accessors).
            syn::Item::Impl(block) => {
                let header = names(scope, |v| {
                    syn::visit::Visit::visit_type(v, &block.self_ty);
                    if let Some((_, trait_, _)) = &block.trait_ {
                        syn::visit::Visit::visit_path(v, trait_);
                    }
                });
                out.push(Item { what: what.clone(), gates: vec![item_gate.clone()], names: header });
                for member in &block.items {
                    let member_gate = match member {
                        syn::ImplItem::Fn(f) => gate(&f.attrs),
                        _ => None,
                    };
                    out.push(Item { what: what.clone(), gates: vec![item_gate.clone(), member_gate], names: names(scope, |v| syn::visit::Visit::visit_impl_item(v, member)) });
                }
            }
            other => out.push(Item { what, gates: vec![item_gate], names: names(scope, |v| syn::visit::Visit::visit_item(v, other)) }),
        }
    }
}

#[test]
fn every_combination_of_group_features_compiles_in_every_generated_crate() {
    let crates = generated_crates();
    assert!(crates.len() >= 2, "the Clerk crates at least");
    for dir in crates {
        let features = group_features(&dir);
        let mut defined = BTreeMap::new();
        let mut all = Vec::new();
        items(&dir, "types", true, &mut defined, &mut all);
        items(&dir, "operations", true, &mut defined, &mut all);
        items(&dir, "client", false, &mut defined, &mut all);
        let gated = defined.values().filter(|g| g.is_some()).count();
        if features.len() > 1 {
            assert!(gated > 0, "{}: {} groups and no gated item", dir.display(), features.len());
        }
        let mut sets: Vec<BTreeSet<String>> = vec![BTreeSet::new()];
        sets.extend(features.iter().map(|f| BTreeSet::from([f.clone()])));
        let mut broken = Vec::new();
        for set in &sets {
            for item in all.iter().filter(|i| on(&i.gates, set)) {
                for name in &item.names {
                    if let Some(needed) = defined.get(name) {
                        if !on(std::slice::from_ref(needed), set) {
                            broken.push(format!("with features {set:?}, {} names {}::{} which is off", item.what, name.0, name.1));
                        }
                    }
                }
            }
        }
        broken.dedup();
        assert!(broken.is_empty(), "{} broken references, e.g.:\n{}", broken.len(), broken.iter().take(10).cloned().collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn a_reference_to_an_item_that_is_off_is_found() {
    // The check itself, on two items where one names the other behind a narrower gate.
    let file: syn::File = syn::parse_quote! {
        #[cfg(feature = "b")]
        pub struct Inner;
        #[cfg(any(feature = "a", feature = "b"))]
        pub struct Outer { pub inner: Inner }
    };
    let mut defined = BTreeMap::new();
    for item in &file.items {
        if let syn::Item::Struct(s) = item {
            defined.insert(("types".to_owned(), s.ident.to_string()), gate(&s.attrs));
        }
    }
    let refs = names("types", |v| syn::visit::Visit::visit_item(v, &file.items[1]));
    let only_a = BTreeSet::from(["a".to_owned()]);
    let off: Vec<_> = refs.iter().filter(|r| defined.get(*r).is_some_and(|g| !on(std::slice::from_ref(g), &only_a))).collect();
    assert_eq!(off, [&("types".to_owned(), "Inner".to_owned())]);
}
