//! Keeping secrets out of `Debug` output, error messages and logs.
//!
//! Credentials are wrapped in [`Secret`](crate::Secret) and never printed. What
//! else can carry a secret — header, cookie and query parameters, response
//! headers such as `Set-Cookie`, and response bodies quoted in error messages —
//! goes through the helpers here before it is shown.

use std::fmt;

use http::HeaderMap;

pub(crate) const REDACTED: &str = "<redacted>";

/// Stands in for a secret field in a generated type's `Debug` output: prints `***`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("***")
    }
}

/// Whether a header, cookie, query parameter or JSON key of this name likely holds a secret.
pub(crate) fn is_sensitive_name(name: &str) -> bool {
    const WORDS: &[&str] = &[
        "auth", "token", "key", "secret", "passw", "session", "jwt", "cookie", "credential", "signature",
        "ticket",
    ];
    let lower = name.to_ascii_lowercase();
    // `__`-prefixed names are framework internals such as Clerk's `__client` and `__session` cookies.
    lower.starts_with("__") || WORDS.iter().any(|word| lower.contains(word))
}

/// `Debug` for a header map that prints the names of sensitive headers but not their values.
pub(crate) struct RedactedHeaders<'a>(pub(crate) &'a HeaderMap);

impl fmt::Debug for RedactedHeaders<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut map = f.debug_map();
        for (name, value) in self.0 {
            if value.is_sensitive() || is_sensitive_name(name.as_str()) {
                map.entry(&name.as_str(), &REDACTED);
            } else {
                map.entry(&name.as_str(), &String::from_utf8_lossy(value.as_bytes()));
            }
        }
        map.finish()
    }
}

/// `Debug` for `(name, value)` parameters: values of sensitive names (or all values, when
/// `all` is set, as for cookies) are redacted.
pub(crate) struct RedactedParams<'a, N> {
    pub(crate) params: &'a [(N, String)],
    pub(crate) all: bool,
}

impl<N: AsRef<str>> fmt::Debug for RedactedParams<'_, N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut list = f.debug_list();
        for (name, value) in self.params {
            let name = name.as_ref();
            if self.all || is_sensitive_name(name) {
                list.entry(&(name, REDACTED));
            } else {
                list.entry(&(name, value));
            }
        }
        list.finish()
    }
}

/// At most `MAX` characters of a body, lossily decoded, with the values of sensitive-looking
/// JSON keys and anything shaped like a JWT replaced by `<redacted>`. Works on any bytes,
/// including truncated or invalid JSON.
pub(crate) fn excerpt(body: &[u8]) -> String {
    const MAX: usize = 200;
    // Scrub more than we show, so that a string cut off at the end is still recognised.
    let window = &body[..body.len().min(MAX * 8)];
    let text = String::from_utf8_lossy(window);
    let scrubbed = scrub_json_strings(&text);
    let mut out: String = scrubbed.chars().take(MAX).collect();
    if out.len() < scrubbed.len() || body.len() > window.len() {
        out.push('…');
    }
    out
}

/// Replaces the string values that follow a sensitive key, and JWT-shaped strings.
fn scrub_json_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_key_sensitive = false;
    let mut rest = text;
    while let Some(start) = rest.find('"') {
        let (before, from_quote) = rest.split_at(start);
        out.push_str(before);
        // A ':' (after blanks) between the previous string and this one makes this one its value.
        let is_value = before.trim_end().ends_with(':');
        if !is_value && !before.trim().is_empty() {
            last_key_sensitive = false;
        }
        let (content, after, closed) = json_string(&from_quote[1..]);
        let redact = (is_value && last_key_sensitive) || looks_like_jwt(content);
        out.push('"');
        out.push_str(if redact { REDACTED } else { content });
        if closed {
            out.push('"');
        }
        // The next string is this one's value when this one is a key.
        last_key_sensitive = !is_value && is_sensitive_name(content);
        rest = after;
    }
    out.push_str(rest);
    out
}

/// Splits `s` (just after an opening quote) into the string's content and what follows its
/// closing quote; `closed` is false when the text ends inside the string.
fn json_string(s: &str) -> (&str, &str, bool) {
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return (&s[..i], &s[i + 1..], true),
            _ => {}
        }
    }
    (s, "", false)
}

/// `eyJ...` base64url segments separated by dots: a JSON Web Token (or a prefix of one).
fn looks_like_jwt(s: &str) -> bool {
    s.starts_with("eyJ") && s.len() > 10
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sensitive_names() {
        for name in ["Authorization", "X-API-Key", "__session", "__client_uat", "password", "__clerk_db_jwt", "Set-Cookie"] {
            assert!(is_sensitive_name(name), "{name}");
        }
        for name in ["limit", "offset", "Content-Type", "order_by", "user_id"] {
            assert!(!is_sensitive_name(name), "{name}");
        }
    }

    #[test]
    fn excerpt_scrubs_sensitive_values() {
        let body = br#"{"object":"client","password": "hunter2", "jwt":"abc", "id":"user_1", "last":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig"}"#;
        let e = excerpt(body);
        assert!(!e.contains("hunter2"), "{e}");
        assert!(!e.contains("abc"), "{e}");
        assert!(!e.contains("eyJhbGci"), "{e}");
        assert!(e.contains("user_1"), "{e}");
        assert!(e.contains(r#""object":"client""#), "{e}");
    }

    #[test]
    fn excerpt_scrubs_truncated_and_escaped_strings() {
        let e = excerpt(br#"{"token": "s3cr\"et-and-more"#);
        assert!(!e.contains("s3cr"), "{e}");
        let e = excerpt(br#"["token", "not-a-value-of-token"]"#);
        assert!(e.contains("not-a-value-of-token"), "{e}");
    }

    #[test]
    fn excerpt_is_bounded() {
        let body = vec![b'a'; 100_000];
        let e = excerpt(&body);
        assert_eq!(e.chars().count(), 201);
        assert!(e.ends_with('…'));
        assert_eq!(excerpt(b"short"), "short");
        assert_eq!(excerpt(&[0xff, 0xfe, b'x']), "\u{fffd}\u{fffd}x");
    }
}
