//! Turning spec names into Rust identifiers: case, keywords, uniqueness, plural forms.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

/// Words Rust reserves; a field or method with one of these names becomes a raw identifier.
const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern", "false", "fn",
    "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return", "self", "Self",
    "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become",
    "box", "do", "final", "gen", "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Identifiers that cannot be raw identifiers (`r#self` is not allowed).
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate"];

/// Type names generated code refers to unqualified; a schema must not shadow them.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "Option", "Result", "String", "Vec", "Box", "Some", "None", "Ok", "Err", "Self", "BTreeMap", "Value",
    "Serialize", "Deserialize", "Default", "Clone", "Debug", "PartialEq", "Eq", "Hash", "From", "Into", "Bytes",
];

/// `Client.SignIn` → `ClientSignIn`, `Stubs.Verification.OTP` → `StubsVerificationOtp`.
pub fn type_name(raw: &str) -> String {
    let mut name = raw.to_upper_camel_case();
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'T');
    }
    if RESERVED_TYPE_NAMES.contains(&name.as_str()) {
        name.push_str("Model");
    }
    name
}

/// A snake_case identifier for a field, parameter or method (without `r#`).
pub fn snake_name(raw: &str) -> String {
    let mut name = raw.to_snake_case();
    if name.is_empty() {
        name = "value".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, '_');
    }
    if NOT_RAW.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// An enum variant name for a string value: `email_code` → `EmailCode`, `` → `Empty`.
pub fn variant_name(raw: &str) -> String {
    let name = raw.to_upper_camel_case();
    if name.is_empty() {
        // Values made only of punctuation get a name from their characters.
        if raw.is_empty() {
            return "Empty".into();
        }
        let spelled: String = raw.chars().map(|c| format!("U{:X}", c as u32)).collect();
        return spelled;
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        return format!("V{name}");
    }
    if name == "Self" {
        return "Self_".into();
    }
    name
}

/// Renders an identifier, as a raw identifier when it is a keyword.
pub fn ident(name: &str) -> String {
    if KEYWORDS.contains(&name) && !NOT_RAW.contains(&name) {
        format!("r#{name}")
    } else {
        name.to_owned()
    }
}

/// Hands out names that are unique within one scope, adding a number on collision.
#[derive(Debug, Default, Clone)]
pub struct NameScope {
    taken: BTreeSet<String>,
}

impl NameScope {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn with_reserved(reserved: &[&str]) -> Self {
        NameScope { taken: reserved.iter().map(|s| s.to_string()).collect() }
    }

    /// `base`, or `base2`, `base3`... whichever is free first; marks it taken.
    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let separator = if base.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
        (2..)
            .map(|n| format!("{base}{separator}{n}"))
            .find(|candidate| self.taken.insert(candidate.clone()))
            .unwrap_or_else(|| base.to_owned())
    }

    pub fn is_taken(&self, name: &str) -> bool {
        self.taken.contains(name)
    }
}

/// The singular of one English word, by the plural rules API names use.
pub fn singular(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for suffix in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(suffix) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && word.len() > 1 {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// Shortens an operation name by removing the words of its group, plural or
/// singular (`create_sign_in` in `sign_ins` → `create`). `None` when the
/// group's words do not occur or nothing would be left.
pub fn strip_group_words(method: &str, group: &str) -> Option<String> {
    let words: Vec<&str> = method.split('_').filter(|w| !w.is_empty()).collect();
    let group_words: Vec<String> = group.split('_').filter(|w| !w.is_empty()).map(str::to_owned).collect();
    if group_words.is_empty() {
        return None;
    }
    let mut singular_words = group_words.clone();
    if let Some(last) = singular_words.last_mut() {
        *last = singular(last);
    }
    for candidate in [&group_words, &singular_words] {
        let n = candidate.len();
        if n >= words.len() {
            continue;
        }
        // The rightmost occurrence: `get_user_user_id` style names keep their verb.
        if let Some(start) = (0..=words.len() - n).rev().find(|&i| words[i..i + n].iter().zip(candidate.iter()).all(|(a, b)| a == b)) {
            let rest: Vec<&str> = words[..start].iter().chain(words[start + n..].iter()).copied().collect();
            // `search_1` in group `search`: `1` is no identifier; the name stays whole.
            if rest.first().is_some_and(|w| !w.starts_with(|c: char| c.is_ascii_digit())) {
                return Some(rest.join("_"));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_remainder_starting_with_a_digit_keeps_the_whole_name() {
        assert_eq!(strip_group_words("search_1", "search"), None);
        assert_eq!(strip_group_words("search_2_fast", "search"), None);
        assert_eq!(strip_group_words("get_search", "search").as_deref(), Some("get"));
    }

    #[test]
    fn type_names_are_camel_case_and_safe() {
        assert_eq!(type_name("Client.SignIn"), "ClientSignIn");
        assert_eq!(type_name("Stubs.Verification.OTP"), "StubsVerificationOtp");
        assert_eq!(type_name("schemas-Client.ClientWrappedSignIn"), "SchemasClientClientWrappedSignIn");
        assert_eq!(type_name("Option"), "OptionModel");
        assert_eq!(type_name("3ds"), "T3ds");
    }

    #[test]
    fn snake_names_and_keywords() {
        assert_eq!(snake_name("firstName"), "first_name");
        assert_eq!(ident(&snake_name("type")), "r#type");
        assert_eq!(ident(&snake_name("self")), "self_");
        assert_eq!(snake_name("2fa"), "_2fa");
    }

    #[test]
    fn variants_for_odd_values() {
        assert_eq!(variant_name("email_code"), "EmailCode");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("2024-10-01"), "V20241001");
        assert_eq!(variant_name("*"), "U2A");
    }

    #[test]
    fn scope_adds_numbers_on_collision() {
        let mut scope = NameScope::new();
        assert_eq!(scope.claim("Foo"), "Foo");
        assert_eq!(scope.claim("Foo"), "Foo2");
        assert_eq!(scope.claim("Foo"), "Foo3");
        assert_eq!(scope.claim("V1"), "V1");
        assert_eq!(scope.claim("V1"), "V1_2");
    }

    #[test]
    fn group_words_are_stripped() {
        assert_eq!(strip_group_words("create_sign_in", "sign_ins").as_deref(), Some("create"));
        assert_eq!(strip_group_words("list_email_addresses", "email_addresses").as_deref(), Some("list"));
        assert_eq!(strip_group_words("get_email_address", "email_addresses").as_deref(), Some("get"));
        assert_eq!(strip_group_words("sign_ins", "sign_ins"), None);
        assert_eq!(strip_group_words("get_environment", "environment").as_deref(), Some("get"));
        assert_eq!(strip_group_words("attempt_first_factor", "sign_ins"), None);
    }
}
