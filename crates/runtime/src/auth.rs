//! Security schemes (as declared by a spec) and the credentials a user sets for them.

use std::fmt;

/// Where and how a security scheme carries its credential.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// `apiKey` in a query parameter of the given name.
    ApiKeyQuery(&'static str),
    /// `apiKey` in a header of the given name.
    ApiKeyHeader(&'static str),
    /// `apiKey` in a cookie of the given name.
    ApiKeyCookie(&'static str),
    /// `http` / `bearer`: `Authorization: Bearer <token>`.
    Bearer,
    /// `http` / `basic`: `Authorization: Basic <base64(user:password)>`.
    Basic,
}

/// One security scheme of a spec, as the generator emits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The scheme's name in `components/securitySchemes`.
    pub name: &'static str,
    pub kind: SchemeKind,
}

/// A string that never shows up in `Debug` or `Display` output.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }
    /// The secret value itself. Only call this where the value must be sent.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret(value.to_owned())
    }
}

/// The credential a user configured for one security scheme.
#[derive(Clone, Debug)]
pub enum Credential {
    /// An API key or bearer token.
    Token(Secret),
    /// HTTP basic credentials.
    Basic { username: String, password: Secret },
}
