//! Where the Frontend API lives: given directly, or decoded from a publishable key.

use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;

use crate::error::SessionError;

/// Whether a publishable key belongs to a development or a production instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstanceType {
    Development,
    Production,
}

/// A Frontend API origin, e.g. `https://example-destined-camel-13.clerk.accounts.dev`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FrontendApi {
    url: String,
    instance_type: Option<InstanceType>,
}

impl FrontendApi {
    /// A Frontend API at `url` (`https://` is added to a bare host name).
    pub fn from_url(url: impl Into<String>) -> Self {
        let url = url.into();
        let url = if url.contains("://") { url } else { format!("https://{url}") };
        FrontendApi { url: url.trim_end_matches('/').to_owned(), instance_type: None }
    }

    /// Decodes the Frontend API host from a publishable key, as Clerk's SDKs do: the part after
    /// `pk_test_` or `pk_live_` is base64 of the host followed by `$`.
    pub fn from_publishable_key(key: &str) -> Result<Self, SessionError> {
        let invalid = |why: &str| SessionError::InvalidPublishableKey(why.to_owned());
        let (instance_type, encoded) = if let Some(rest) = key.strip_prefix("pk_test_") {
            (InstanceType::Development, rest)
        } else if let Some(rest) = key.strip_prefix("pk_live_") {
            (InstanceType::Production, rest)
        } else {
            return Err(invalid("expected a key starting with pk_test_ or pk_live_"));
        };
        // Keys are written with and without `=` padding.
        let engine = GeneralPurpose::new(
            &base64::alphabet::STANDARD,
            GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
        );
        let decoded = engine.decode(encoded.trim()).map_err(|_| invalid("the part after the prefix is not base64"))?;
        let decoded = String::from_utf8(decoded).map_err(|_| invalid("the decoded host is not text"))?;
        let host = decoded.strip_suffix('$').ok_or_else(|| invalid("the decoded host does not end with `$`"))?;
        // As Clerk's SDKs check it: one `$`, at the end, after a host name with a dot.
        if host.is_empty() || !host.contains('.') || host.contains(['$', '/', ' ', '\n']) {
            return Err(invalid("the decoded host is not a host name"));
        }
        Ok(FrontendApi { url: format!("https://{host}"), instance_type: Some(instance_type) })
    }

    pub fn url(&self) -> &str {
        &self.url
    }

    /// The instance type, when the Frontend API came from a publishable key.
    pub fn instance_type(&self) -> Option<InstanceType> {
        self.instance_type
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(prefix: &str, host: &str) -> String {
        format!("{prefix}{}", base64::engine::general_purpose::STANDARD.encode(format!("{host}$")))
    }

    #[test]
    fn keys_decode_to_their_frontend_api() {
        let dev = FrontendApi::from_publishable_key(&key("pk_test_", "example-destined-camel-13.clerk.accounts.dev")).unwrap();
        assert_eq!(dev.url(), "https://example-destined-camel-13.clerk.accounts.dev");
        assert_eq!(dev.instance_type(), Some(InstanceType::Development));
        let live = FrontendApi::from_publishable_key(&key("pk_live_", "clerk.example.com")).unwrap();
        assert_eq!(live.url(), "https://clerk.example.com");
        assert_eq!(live.instance_type(), Some(InstanceType::Production));
        // Without padding, as keys are often printed.
        let unpadded = key("pk_test_", "a.clerk.accounts.dev").trim_end_matches('=').to_owned();
        assert_eq!(FrontendApi::from_publishable_key(&unpadded).unwrap().url(), "https://a.clerk.accounts.dev");
    }

    #[test]
    fn bad_keys_are_errors() {
        for bad in ["", "sk_test_abc", "pk_test_", "pk_test_!!!", &key("pk_test_", "no-dollar").replace("JA", "")] {
            assert!(FrontendApi::from_publishable_key(bad).is_err(), "{bad}");
        }
        let without_dollar = format!("pk_test_{}", base64::engine::general_purpose::STANDARD.encode("host.example"));
        assert!(matches!(FrontendApi::from_publishable_key(&without_dollar), Err(SessionError::InvalidPublishableKey(_))));
    }

    #[test]
    fn urls_are_normalised() {
        assert_eq!(FrontendApi::from_url("clerk.example.com").url(), "https://clerk.example.com");
        assert_eq!(FrontendApi::from_url("http://127.0.0.1:4000/").url(), "http://127.0.0.1:4000");
    }
}
