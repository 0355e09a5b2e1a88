//! Every combination of a generated crate's group features compiles: read from the checked-in
//! code itself, every item a feature set compiles refers only to items that set compiles too.
//!
//! An item compiles when it has no `#[cfg]`, or when one of the features its `#[cfg(any(...))]`
//! names is on. So an item on under a set S is on under one feature of S alone (or always), and
//! checking the empty set and every feature alone covers all 2^n combinations.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use quote::ToTokens;

/// The features an item's `#[cfg]` attributes need (`None`: always compiled).
type Gate = Option<BTreeSet<String>>;

/// One item of a generated file: where it is, its gate, and the items it names.
struct Item {
    what: String,
    gates: Vec<Gate>,
    names: Vec<(String, String)>,
}

/// A generated crate's manifest and source files (by path, e.g. `src/types.rs`).
struct Crate {
    name: String,
    files: BTreeMap<String, String>,
}

impl Crate {
    fn file(&self, path: &str) -> &str {
        self.files.get(path).unwrap_or_else(|| panic!("{}: no {path}", self.name))
    }
}

/// The crates checked in under `generated/`.
fn generated_crates() -> Vec<Crate> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../generated");
    let mut dirs: Vec<_> = std::fs::read_dir(&root).expect("generated/ is listed").filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.join("Cargo.toml").exists()).collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let files = ["Cargo.toml", "src/types.rs", "src/operations.rs", "src/client.rs"]
                .into_iter()
                .map(|f| (f.to_owned(), std::fs::read_to_string(dir.join(f)).unwrap_or_else(|e| panic!("{}/{f}: {e}", dir.display()))))
                .collect();
            Crate { name: dir.display().to_string(), files }
        })
        .collect()
}

/// A crate generated from `tests/fixtures/<fixture>`, in memory.
fn fixture_crate(fixture: &str) -> Crate {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(fixture);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spec = sdkgen_codegen::CrateSpec::new("fixture-api", format!("tests/fixtures/{fixture}"));
    let files = sdkgen_codegen::generate(&spec, &text, &[], sdkgen_codegen::Templates::Embedded).unwrap_or_else(|e| panic!("{fixture}: {e}"));
    Crate { name: fixture.to_owned(), files: files.into_iter().map(|f| (f.path, f.contents)).collect() }
}

/// The features a feature list of the manifest names: `full = ["a", "b"]` → `[a, b]`.
fn feature_list(krate: &Crate, feature: &str) -> Option<Vec<String>> {
    let line = krate.file("Cargo.toml").lines().find_map(|l| l.strip_prefix(&format!("{feature} = ")))?;
    Some(line.trim_matches(|c| c == '[' || c == ']').split(',').map(|f| f.trim().trim_matches('"').to_owned()).filter(|f| !f.is_empty()).collect())
}

/// The group features: those `full` lists in the crate's `Cargo.toml`.
fn group_features(krate: &Crate) -> Vec<String> {
    feature_list(krate, "full").unwrap_or_else(|| panic!("{}: no `full` feature", krate.name))
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
fn items(krate: &Crate, module: &str, local: bool, defined: &mut BTreeMap<(String, String), Gate>, out: &mut Vec<Item>) {
    let path = format!("{}/src/{module}.rs", krate.name);
    let file = syn::parse_file(krate.file(&format!("src/{module}.rs"))).unwrap_or_else(|e| panic!("{path}: {e}"));
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
        let what = format!("{path}: {}", name.clone().unwrap_or_else(|| "impl".into()));
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

/// Every reference an item makes to an item that is off, with no group feature and with each
/// alone; and how many items are gated.
fn broken_references(krate: &Crate) -> (Vec<String>, usize) {
    let features = group_features(krate);
    let mut defined = BTreeMap::new();
    let mut all = Vec::new();
    items(krate, "types", true, &mut defined, &mut all);
    items(krate, "operations", true, &mut defined, &mut all);
    items(krate, "client", false, &mut defined, &mut all);
    let gated = defined.values().filter(|g| g.is_some()).count();
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
    (broken, gated)
}

fn assert_whole(krate: &Crate) {
    let (broken, gated) = broken_references(krate);
    let groups = group_features(krate).len();
    if groups > 1 {
        assert!(gated > 0, "{}: {groups} groups and no gated item", krate.name);
    }
    assert!(broken.is_empty(), "{}: {} broken references, e.g.:\n{}", krate.name, broken.len(), broken.iter().take(10).cloned().collect::<Vec<_>>().join("\n"));
}

#[test]
fn every_combination_of_group_features_compiles_in_every_generated_crate() {
    let crates = generated_crates();
    assert!(crates.len() >= 2, "the Clerk crates at least");
    crates.iter().for_each(assert_whole);
}

#[test]
fn a_group_over_a_hundred_operations_is_split_into_parts_that_each_compile_alone() {
    let krate = fixture_crate("large-group.yml");
    // `full` turns on the parts, and the group's own feature all of them.
    assert_eq!(group_features(&krate), ["stages-authenticator", "stages-captcha", "stages-root", "stages-used-by", "users"]);
    assert_eq!(feature_list(&krate, "stages").as_deref(), Some(&["stages-authenticator", "stages-captcha", "stages-root", "stages-used-by"].map(String::from)[..]));
    assert_whole(&krate);
    let types = krate.file("src/types.rs");
    // The `#[cfg]` among the attributes and docs right above `pub struct <name>`.
    let gate_of = |name: &str| {
        let lines: Vec<&str> = types.lines().collect();
        let at = lines.iter().position(|l| l.starts_with(&format!("pub struct {name} "))).unwrap_or_else(|| panic!("no struct {name}"));
        lines[..at].iter().rev().take_while(|l| l.starts_with("#[") || l.starts_with("///")).find(|l| l.starts_with("#[cfg")).map(|l| l.to_string())
    };
    assert_eq!(gate_of("CaptchaStage").as_deref(), Some("#[cfg(feature = \"stages-captcha\")]"));
    assert_eq!(gate_of("Flow").as_deref(), Some("#[cfg(any(feature = \"stages-authenticator\", feature = \"stages-captcha\"))]"));
    assert_eq!(gate_of("Pagination"), None, "every part and the other group reach it");
    // An operation's method on the group compiles with its part only.
    let operations = krate.file("src/operations.rs");
    let method = operations.find("pub fn captcha_list(").expect("the captcha list method");
    assert!(operations[..method].trim_end().ends_with("#[cfg(feature = \"stages-captcha\")]"), "{}", &operations[method.saturating_sub(200)..method]);
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
