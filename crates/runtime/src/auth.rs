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
    /// Another `http` scheme that sends a token (`Token`, `DSN`...): `Authorization: <scheme> <token>`.
    Http(&'static str),
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// An API key or bearer token.
    Token(Secret),
    /// HTTP basic credentials.
    Basic { username: String, password: Secret },
}

/// Where the transport gets a scheme's credential on every request, for credentials that
/// change while clients are in use (a rotated client token, a refreshed access token).
///
/// Asked once per attempt; `None` means "not configured now", and a security alternative
/// needing this scheme is then skipped as if no credential had been set.
pub trait CredentialSource: Send + Sync {
    fn credential(&self) -> Option<Credential>;
}

/// A credential that can be set, rotated and cleared at any time: every clone (and every
/// client built with one) sees the latest value on its next request.
#[derive(Clone, Default)]
pub struct SharedCredential {
    current: std::sync::Arc<std::sync::RwLock<Option<Credential>>>,
}

impl SharedCredential {
    /// An empty credential: requests go out without it until [`SharedCredential::set`].
    pub fn new() -> Self {
        Self::default()
    }

    /// A credential holding `token` (API key or bearer token).
    pub fn with_token(token: impl Into<Secret>) -> Self {
        let shared = Self::new();
        shared.set_token(token);
        shared
    }

    pub fn set(&self, credential: Credential) {
        *self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(credential);
    }

    pub fn set_token(&self, token: impl Into<Secret>) {
        self.set(Credential::Token(token.into()));
    }

    pub fn clear(&self) {
        *self.current.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = None;
    }

    /// The current credential, if any.
    pub fn get(&self) -> Option<Credential> {
        self.current.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    /// The current token, for a token credential.
    pub fn token(&self) -> Option<Secret> {
        match self.get() {
            Some(Credential::Token(token)) => Some(token),
            _ => None,
        }
    }
}

impl fmt::Debug for SharedCredential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = if self.get().is_some() { "<set>" } else { "<empty>" };
        f.debug_tuple("SharedCredential").field(&format_args!("{state}")).finish()
    }
}

impl CredentialSource for SharedCredential {
    fn credential(&self) -> Option<Credential> {
        self.get()
    }
}

/// How the transport holds a scheme's credential: fixed when built, or asked on each request.
#[derive(Clone)]
pub(crate) enum CredentialSlot {
    Fixed(Credential),
    Source(std::sync::Arc<dyn CredentialSource>),
}

impl CredentialSlot {
    pub(crate) fn current(&self) -> Option<std::borrow::Cow<'_, Credential>> {
        match self {
            CredentialSlot::Fixed(c) => Some(std::borrow::Cow::Borrowed(c)),
            CredentialSlot::Source(source) => source.credential().map(std::borrow::Cow::Owned),
        }
    }
}

impl fmt::Debug for CredentialSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CredentialSlot::Fixed(c) => c.fmt(f),
            CredentialSlot::Source(_) => f.write_str("Source(..)"),
        }
    }
}
