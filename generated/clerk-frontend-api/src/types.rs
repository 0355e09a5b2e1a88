//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1{domain_id}~1attempt_affiliation_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptOrganizationDomainVerificationBody {
    /// The code that was sent to the email address.
    pub code: String,
}
impl AttemptOrganizationDomainVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(code: String) -> Self {
        Self { code }
    }
}
impl std::fmt::Debug for AttemptOrganizationDomainVerificationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptOrganizationDomainVerificationBody")
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1attempt_ownership_verification~1bulk/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptOrganizationDomainsOwnershipVerificationBody {
    /// The organization domain IDs to attempt ownership verification for.
    pub organization_domain_ids: Vec<String>,
}
impl AttemptOrganizationDomainsOwnershipVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(organization_domain_ids: Vec<String>) -> Self {
        Self { organization_domain_ids }
    }
}
/// Spec: `#/paths/~1v1~1me~1passkeys~1{passkey_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct AttemptPasskeyVerificationBody {
    /// The strategy used to connect the external account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<AttemptPasskeyVerificationBodyStrategy>,
    /// The public key credential of the passkey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_credential: Option<String>,
}
impl AttemptPasskeyVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            public_key_credential: None,
        }
    }
}
/// The strategy used to connect the external account.
///
/// Spec: `#/paths/~1v1~1me~1passkeys~1{passkey_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptPasskeyVerificationBodyStrategy {
    /// `passkey`
    Passkey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptPasskeyVerificationBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passkey => "passkey",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for AttemptPasskeyVerificationBodyStrategy {
    fn default() -> Self {
        Self::Passkey
    }
}
impl From<&str> for AttemptPasskeyVerificationBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "passkey" => Self::Passkey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptPasskeyVerificationBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptPasskeyVerificationBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptPasskeyVerificationBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptPasskeyVerificationBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1attempt_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptSessionReverificationFirstFactorBody {
    /// The strategy to be used for first factor authentication.
    pub strategy: AttemptSessionReverificationFirstFactorBodyStrategy,
    /// The code that was sent to the email. Used with the `email_code` and `phone_code` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Used with the `password` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Used with the `passkey` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_credential: Option<String>,
}
impl AttemptSessionReverificationFirstFactorBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(strategy: AttemptSessionReverificationFirstFactorBodyStrategy) -> Self {
        Self {
            strategy,
            code: None,
            password: None,
            public_key_credential: None,
        }
    }
}
impl std::fmt::Debug for AttemptSessionReverificationFirstFactorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSessionReverificationFirstFactorBody")
            .field("strategy", &self.strategy)
            .field("code", &sdkgen_runtime::Redacted)
            .field("password", &sdkgen_runtime::Redacted)
            .field("public_key_credential", &self.public_key_credential)
            .finish()
    }
}
/// The strategy to be used for first factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1attempt_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptSessionReverificationFirstFactorBodyStrategy {
    /// `email_code`
    EmailCode,
    /// `password`
    Password,
    /// `phone_code`
    PhoneCode,
    /// `passkey`
    Passkey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptSessionReverificationFirstFactorBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailCode => "email_code",
            Self::Password => "password",
            Self::PhoneCode => "phone_code",
            Self::Passkey => "passkey",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttemptSessionReverificationFirstFactorBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_code" => Self::EmailCode,
            "password" => Self::Password,
            "phone_code" => Self::PhoneCode,
            "passkey" => Self::Passkey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptSessionReverificationFirstFactorBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptSessionReverificationFirstFactorBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptSessionReverificationFirstFactorBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptSessionReverificationFirstFactorBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1attempt_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct AttemptSessionReverificationSecondFactorBody {
    /// The strategy to be attempted for second factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<AttemptSessionReverificationSecondFactorBodyStrategy>,
    /// Used with the `phone_code`, `totp` and `backup_code` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl AttemptSessionReverificationSecondFactorBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { strategy: None, code: None }
    }
}
impl std::fmt::Debug for AttemptSessionReverificationSecondFactorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSessionReverificationSecondFactorBody")
            .field("strategy", &self.strategy)
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The strategy to be attempted for second factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1attempt_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptSessionReverificationSecondFactorBodyStrategy {
    /// `phone_code`
    PhoneCode,
    /// `totp`
    Totp,
    /// `backup_code`
    BackupCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptSessionReverificationSecondFactorBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneCode => "phone_code",
            Self::Totp => "totp",
            Self::BackupCode => "backup_code",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttemptSessionReverificationSecondFactorBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "phone_code" => Self::PhoneCode,
            "totp" => Self::Totp,
            "backup_code" => Self::BackupCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptSessionReverificationSecondFactorBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptSessionReverificationSecondFactorBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptSessionReverificationSecondFactorBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptSessionReverificationSecondFactorBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1attempt_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptSignInFactorOneBody {
    /// The strategy to be used for first factor authentication.
    ///
    /// Can be one of the following `email_code`, `email_link`, `password`, `phone_code`,
    /// `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature`, `web3_okx_wallet_signature`,
    /// `reset_password_phone_code`, `reset_password_email_code`, `passkey`, `trusted_device`, `google_one_tap`
    pub strategy: String,
    /// The code that was sent to the email. Used with the `email_code`, `phone_code`, and `email_link` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Used with the `password` and `reset_password_phone_code` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Used with the `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature`, `web3_okx_wallet_signature`, and `trusted_device` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    /// Used with the `passkey` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_key_credential: Option<String>,
    /// Used with the `trusted_device` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_id: Option<String>,
    /// Canonical trusted-device challenge payload returned by prepare.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_data: Option<String>,
    /// Signature algorithm used with the `trusted_device` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub algorithm: Option<AttemptSignInFactorOneBodyAlgorithm>,
}
impl AttemptSignInFactorOneBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(strategy: String) -> Self {
        Self {
            strategy,
            code: None,
            password: None,
            signature: None,
            token: None,
            ticket: None,
            public_key_credential: None,
            trusted_device_id: None,
            client_data: None,
            algorithm: None,
        }
    }
}
impl std::fmt::Debug for AttemptSignInFactorOneBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignInFactorOneBody")
            .field("strategy", &self.strategy)
            .field("code", &sdkgen_runtime::Redacted)
            .field("password", &sdkgen_runtime::Redacted)
            .field("signature", &self.signature)
            .field("token", &sdkgen_runtime::Redacted)
            .field("ticket", &sdkgen_runtime::Redacted)
            .field("public_key_credential", &self.public_key_credential)
            .field("trusted_device_id", &self.trusted_device_id)
            .field("client_data", &self.client_data)
            .field("algorithm", &self.algorithm)
            .finish()
    }
}
/// Signature algorithm used with the `trusted_device` strategy.
///
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1attempt_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/algorithm`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptSignInFactorOneBodyAlgorithm {
    /// `ES256`
    Es256,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptSignInFactorOneBodyAlgorithm {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Es256 => "ES256",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for AttemptSignInFactorOneBodyAlgorithm {
    fn default() -> Self {
        Self::Es256
    }
}
impl From<&str> for AttemptSignInFactorOneBodyAlgorithm {
    fn from(value: &str) -> Self {
        match value {
            "ES256" => Self::Es256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptSignInFactorOneBodyAlgorithm {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptSignInFactorOneBodyAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptSignInFactorOneBodyAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptSignInFactorOneBodyAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1attempt_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct AttemptSignInFactorTwoBody {
    /// The strategy to be attempted for second factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<AttemptSignInFactorTwoBodyStrategy>,
    /// Used with the `phone_code`, `totp` and `backup_code` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl AttemptSignInFactorTwoBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { strategy: None, code: None }
    }
}
impl std::fmt::Debug for AttemptSignInFactorTwoBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignInFactorTwoBody")
            .field("strategy", &self.strategy)
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The strategy to be attempted for second factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1attempt_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptSignInFactorTwoBodyStrategy {
    /// `email_code`
    EmailCode,
    /// `phone_code`
    PhoneCode,
    /// `totp`
    Totp,
    /// `backup_code`
    BackupCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptSignInFactorTwoBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailCode => "email_code",
            Self::PhoneCode => "phone_code",
            Self::Totp => "totp",
            Self::BackupCode => "backup_code",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttemptSignInFactorTwoBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_code" => Self::EmailCode,
            "phone_code" => Self::PhoneCode,
            "totp" => Self::Totp,
            "backup_code" => Self::BackupCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptSignInFactorTwoBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptSignInFactorTwoBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptSignInFactorTwoBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptSignInFactorTwoBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ups~1{sign_up_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct AttemptSignUpsVerificationBody {
    /// The verification strategy
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<AttemptSignUpsVerificationBodyStrategy>,
    /// The verification code
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The verification web3 signature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
impl AttemptSignUpsVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            code: None,
            signature: None,
            token: None,
        }
    }
}
impl std::fmt::Debug for AttemptSignUpsVerificationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignUpsVerificationBody")
            .field("strategy", &self.strategy)
            .field("code", &sdkgen_runtime::Redacted)
            .field("signature", &self.signature)
            .field("token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The verification strategy
///
/// Spec: `#/paths/~1v1~1client~1sign_ups~1{sign_up_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptSignUpsVerificationBodyStrategy {
    /// `email_code`
    EmailCode,
    /// `email_link`
    EmailLink,
    /// `phone_code`
    PhoneCode,
    /// `web3_metamask_signature`
    Web3MetamaskSignature,
    /// `web3_base_signature`
    Web3BaseSignature,
    /// `web3_coinbase_wallet_signature`
    Web3CoinbaseWalletSignature,
    /// `web3_okx_wallet_signature`
    Web3OkxWalletSignature,
    /// `web3_solana_signature`
    Web3SolanaSignature,
    /// `google_one_tap`
    GoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptSignUpsVerificationBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailCode => "email_code",
            Self::EmailLink => "email_link",
            Self::PhoneCode => "phone_code",
            Self::Web3MetamaskSignature => "web3_metamask_signature",
            Self::Web3BaseSignature => "web3_base_signature",
            Self::Web3CoinbaseWalletSignature => "web3_coinbase_wallet_signature",
            Self::Web3OkxWalletSignature => "web3_okx_wallet_signature",
            Self::Web3SolanaSignature => "web3_solana_signature",
            Self::GoogleOneTap => "google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttemptSignUpsVerificationBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_code" => Self::EmailCode,
            "email_link" => Self::EmailLink,
            "phone_code" => Self::PhoneCode,
            "web3_metamask_signature" => Self::Web3MetamaskSignature,
            "web3_base_signature" => Self::Web3BaseSignature,
            "web3_coinbase_wallet_signature" => Self::Web3CoinbaseWalletSignature,
            "web3_okx_wallet_signature" => Self::Web3OkxWalletSignature,
            "web3_solana_signature" => Self::Web3SolanaSignature,
            "google_one_tap" => Self::GoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptSignUpsVerificationBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptSignUpsVerificationBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptSignUpsVerificationBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptSignUpsVerificationBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1attempt/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptTrustedDeviceBody {
    pub platform: AttemptTrustedDeviceBodyPlatform,
    /// Bundle identifier or package name for the native application.
    pub app_identifier: String,
    /// Optional user-facing device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub algorithm: AttemptTrustedDeviceBodyAlgorithm,
    /// Canonical public JWK for the device-bound P-256 key.
    pub public_key_jwk: String,
    /// Canonical JSON challenge payload returned from prepare.
    pub client_data: String,
    /// Base64url raw ECDSA P-256 signature over `client_data`.
    pub signature: String,
}
impl AttemptTrustedDeviceBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        platform: AttemptTrustedDeviceBodyPlatform,
        app_identifier: String,
        public_key_jwk: String,
        client_data: String,
        signature: String,
    ) -> Self {
        Self {
            platform,
            app_identifier,
            name: None,
            algorithm: Default::default(),
            public_key_jwk,
            client_data,
            signature,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1attempt/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/algorithm`
pub type AttemptTrustedDeviceBodyAlgorithm = AttemptSignInFactorOneBodyAlgorithm;
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1attempt/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/platform`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AttemptTrustedDeviceBodyPlatform {
    /// `ios`
    Ios,
    /// `android`
    Android,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl AttemptTrustedDeviceBodyPlatform {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ios => "ios",
            Self::Android => "android",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for AttemptTrustedDeviceBodyPlatform {
    fn from(value: &str) -> Self {
        match value {
            "ios" => Self::Ios,
            "android" => Self::Android,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for AttemptTrustedDeviceBodyPlatform {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for AttemptTrustedDeviceBodyPlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for AttemptTrustedDeviceBodyPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for AttemptTrustedDeviceBodyPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1web3_wallets~1{web3_wallet_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AttemptWeb3WalletVerificationBody {
    /// The signature that was generated from your Web3 Wallet to sign the message
    pub signature: String,
}
impl AttemptWeb3WalletVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(signature: String) -> Self {
        Self { signature }
    }
}
/// Spec: `#/components/schemas/BackupCodes`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BackupCodes {
    #[serde(default)]
    pub object: BackupCodesObject,
    pub id: String,
    pub codes: Vec<String>,
    pub created_at: i64,
    pub updated_at: i64,
}
impl std::fmt::Debug for BackupCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupCodes")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("codes", &sdkgen_runtime::Redacted)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/BackupCodes/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BackupCodesObject {
    /// `backup_code`
    BackupCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BackupCodesObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BackupCode => "backup_code",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BackupCodesObject {
    fn default() -> Self {
        Self::BackupCode
    }
}
impl From<&str> for BackupCodesObject {
    fn from(value: &str) -> Self {
        match value {
            "backup_code" => Self::BackupCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BackupCodesObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BackupCodesObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BackupCodesObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BackupCodesObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingAppliedDiscount`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingAppliedDiscount {
    /// How much this discount takes off the transaction
    pub amount: BillingMoneyResponse,
    /// Unique identifier for the discount
    pub discount_id: String,
    /// The display name of the discount
    pub name: String,
    /// The snapshotted discount effect
    pub effect: BillingAppliedDiscountEffect,
    /// Percent off when the effect is percentage
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<f64>,
    /// Configured fixed amount off when the effect is fixed_amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off: Option<BillingMoneyResponse>,
    /// The promo code applied at checkout, when applicable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
    /// Remaining billing cycles the discount applies to. Null means the discount lasts forever
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles_remaining: Option<i32>,
    /// Original configured duration in billing cycles. Null means the discount lasts forever
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_in_cycles: Option<i32>,
    /// Number of billing cycles the discount has already been applied to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles_applied: Option<i32>,
}
/// The snapshotted discount effect
///
/// Spec: `#/components/schemas/BillingAppliedDiscount/properties/effect`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingAppliedDiscountEffect {
    /// `percentage`
    Percentage,
    /// `fixed_amount`
    FixedAmount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingAppliedDiscountEffect {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Percentage => "percentage",
            Self::FixedAmount => "fixed_amount",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingAppliedDiscountEffect {
    fn from(value: &str) -> Self {
        match value {
            "percentage" => Self::Percentage,
            "fixed_amount" => Self::FixedAmount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingAppliedDiscountEffect {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingAppliedDiscountEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingAppliedDiscountEffect {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingAppliedDiscountEffect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingCheckout`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingCheckout {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingCheckoutObject,
    /// Unique identifier for the checkout
    pub id: String,
    /// The plan that is being purchased.
    pub plan: BillingPlan,
    /// How frequently the plan being purchased will be renewed
    pub plan_period: BillingCheckoutPlanPeriod,
    /// The payer that will be charged
    pub payer: BillingPayer,
    /// The payment method that will be charged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<BillingPaymentMethod>,
    /// The external ID of the object in the payment processor that will receive the funds
    pub external_gateway_id: String,
    /// Current status of the subscription item
    pub status: BillingCheckoutStatus,
    /// The various subtotals and totals owed
    pub totals: BillingCheckoutTotals,
    /// The subscription item created as a result of the checkout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_item: Option<BillingSubscriptionItem>,
    /// When the first billing period of the plan will start, as milliseconds since the Unix epoch
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_period_start: Option<i64>,
    /// Whether the checkout will take effect upon completion or at the start of the next billing period
    pub is_immediate_plan_change: bool,
    /// When the free trial will end, as milliseconds since the Unix epoch
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_ends_at: Option<i64>,
    /// Whether this checkout requires an active payment method or not
    pub needs_payment_method: bool,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingCheckout/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingCheckoutObject {
    /// `commerce_checkout`
    CommerceCheckout,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingCheckoutObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceCheckout => "commerce_checkout",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingCheckoutObject {
    fn default() -> Self {
        Self::CommerceCheckout
    }
}
impl From<&str> for BillingCheckoutObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_checkout" => Self::CommerceCheckout,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingCheckoutObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingCheckoutObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingCheckoutObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingCheckoutObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// How frequently the plan being purchased will be renewed
///
/// Spec: `#/components/schemas/BillingCheckout/properties/plan_period`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingCheckoutPlanPeriod {
    /// `month`
    Month,
    /// `annual`
    Annual,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingCheckoutPlanPeriod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Annual => "annual",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingCheckoutPlanPeriod {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "annual" => Self::Annual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingCheckoutPlanPeriod {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingCheckoutPlanPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingCheckoutPlanPeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingCheckoutPlanPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Current status of the subscription item
///
/// Spec: `#/components/schemas/BillingCheckout/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingCheckoutStatus {
    /// `completed`
    Completed,
    /// `needs_confirmation`
    NeedsConfirmation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingCheckoutStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::NeedsConfirmation => "needs_confirmation",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingCheckoutStatus {
    fn from(value: &str) -> Self {
        match value {
            "completed" => Self::Completed,
            "needs_confirmation" => Self::NeedsConfirmation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingCheckoutStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingCheckoutStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingCheckoutStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingCheckoutStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingCheckoutTotals`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingCheckoutTotals {
    /// The total, pre-tax, that will be due
    pub subtotal: BillingMoneyResponse,
    /// Base fee component before per-unit charges and adjustments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_fee: Option<BillingMoneyResponse>,
    /// The total amount of tax that will be due
    pub tax_total: BillingMoneyResponse,
    /// The total, including tax, that will be due
    pub grand_total: BillingMoneyResponse,
    /// The total, including tax, that will be charged after the free trial ends
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_due_after_free_trial: Option<BillingMoneyResponse>,
    /// The total, including tax, that will be charged upon checkout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_due_now: Option<BillingMoneyResponse>,
    /// The expected total payment for each future billing period.
    pub total_due_per_period: BillingMoneyResponse,
    /// The amounts that will be due per billing period on a recurring basis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals_due_per_period: Option<BillingPerPeriodTotals>,
    /// The amount that is past due for the subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due: Option<BillingMoneyResponse>,
    /// The amount of credit that will be consumed before the payment method is charged
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<BillingMoneyResponse>,
    /// Unified credits breakdown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<BillingCreditsResponse>,
    /// Information about the discounts applied to the checkout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<BillingDiscountsResponse>,
    /// Per-unit total breakdown (for example, seats)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<BillingPerUnitTotal>>,
}
/// Spec: `#/components/schemas/BillingCreditsResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingCreditsResponse {
    /// Proration credit details from unused subscription time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<BillingProrationCreditDetail>,
    /// Payer credit details from the payer's credit balance
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<BillingPayerCreditResponse>,
    /// Total credits applied
    pub total: BillingMoneyResponse,
}
/// Spec: `#/components/schemas/BillingDiscountRedemption`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingDiscountRedemption {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: BillingDiscountRedemptionObject,
    /// Unique identifier for the discount redemption
    pub id: String,
    /// Unique identifier for the subscription item the discount was applied to
    pub subscription_item_id: String,
    /// Unique identifier for the discount that was applied
    pub discount_id: String,
    /// The display name of the discount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How the discount was applied to the subscription item
    pub source: BillingDiscountRedemptionSource,
    /// The promo code used to redeem the discount, when applicable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
    /// The snapshotted discount effect
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<BillingDiscountRedemptionEffect>,
    /// Percent off when the effect is percentage
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<f64>,
    /// Fixed amount off when the effect is fixed_amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off: Option<BillingMoneyResponse>,
    /// How much this discount takes off the subscription item's next renewal charge.
    /// Present for either effect when next-payment data is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<BillingMoneyResponse>,
    /// Remaining billing cycles the discount applies to. Null means the discount lasts forever
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles_remaining: Option<i32>,
    /// Number of billing cycles the discount has already been applied to
    pub cycles_applied: i32,
    /// Current status of the discount redemption
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<BillingDiscountRedemptionStatus>,
    /// Unix timestamp (in milliseconds) when the discount was redeemed
    pub redeemed_at: i64,
    /// Identifier of the actor that redeemed the discount, when available
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeemed_by: Option<String>,
}
/// The snapshotted discount effect
///
/// Spec: `#/components/schemas/BillingDiscountRedemption/properties/effect`
pub type BillingDiscountRedemptionEffect = BillingAppliedDiscountEffect;
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BillingDiscountRedemption/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingDiscountRedemptionObject {
    /// `commerce_discount_redemption`
    CommerceDiscountRedemption,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingDiscountRedemptionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceDiscountRedemption => "commerce_discount_redemption",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingDiscountRedemptionObject {
    fn default() -> Self {
        Self::CommerceDiscountRedemption
    }
}
impl From<&str> for BillingDiscountRedemptionObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_discount_redemption" => Self::CommerceDiscountRedemption,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingDiscountRedemptionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingDiscountRedemptionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingDiscountRedemptionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingDiscountRedemptionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// How the discount was applied to the subscription item
///
/// Spec: `#/components/schemas/BillingDiscountRedemption/properties/source`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingDiscountRedemptionSource {
    /// `manual`
    Manual,
    /// `promo_code`
    PromoCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingDiscountRedemptionSource {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "manual",
            Self::PromoCode => "promo_code",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingDiscountRedemptionSource {
    fn from(value: &str) -> Self {
        match value {
            "manual" => Self::Manual,
            "promo_code" => Self::PromoCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingDiscountRedemptionSource {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingDiscountRedemptionSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingDiscountRedemptionSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingDiscountRedemptionSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Current status of the discount redemption
///
/// Spec: `#/components/schemas/BillingDiscountRedemption/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingDiscountRedemptionStatus {
    /// `active`
    Active,
    /// `exhausted`
    Exhausted,
    /// `removed`
    Removed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingDiscountRedemptionStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Exhausted => "exhausted",
            Self::Removed => "removed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingDiscountRedemptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "exhausted" => Self::Exhausted,
            "removed" => Self::Removed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingDiscountRedemptionStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingDiscountRedemptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingDiscountRedemptionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingDiscountRedemptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingDiscountsResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingDiscountsResponse {
    /// Proration details from passed subscription time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<BillingProrationDiscountDetail>,
    /// Discount applied to this transaction, if any
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discount: Option<BillingAppliedDiscount>,
    /// Total discounts applied
    pub total: BillingMoneyResponse,
}
/// Spec: `#/components/schemas/BillingFee`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingFee {
    /// Amount in the smallest currency unit (e.g., cents)
    ///
    /// Minimum: `0`.
    pub amount: i64,
    /// The formatted amount as a string (e.g., "$49.99")
    pub amount_formatted: String,
    /// The currency code (e.g., "USD")
    pub currency: String,
    /// The currency symbol (e.g., "$")
    pub currency_symbol: String,
}
/// Spec: `#/components/schemas/BillingMoneyResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingMoneyResponse {
    /// Amount in cents
    pub amount: i64,
    /// Formatted amount as a string (e.g., "$10.00")
    pub amount_formatted: String,
    /// Currency code (e.g., "USD")
    pub currency: String,
    /// Currency symbol (e.g., "$")
    pub currency_symbol: String,
}
/// Spec: `#/components/schemas/BillingPayee`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPayee {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPayeeObject,
    /// Unique identifier for the payee
    pub id: String,
    /// Type of payment gateway
    pub gateway_type: String,
    /// External ID in the payment gateway
    pub gateway_external_id: String,
    /// Status of the gateway connection
    pub gateway_status: String,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPayee/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPayeeObject {
    /// `commerce_payee`
    CommercePayee,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPayeeObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePayee => "commerce_payee",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPayeeObject {
    fn default() -> Self {
        Self::CommercePayee
    }
}
impl From<&str> for BillingPayeeObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payee" => Self::CommercePayee,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPayeeObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPayeeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPayeeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPayeeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingPayer`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPayer {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPayerObject,
    /// Unique identifier for the payer
    pub id: String,
    /// Unique identifier for the Clerk instance
    pub instance_id: String,
    /// User ID for user-type payers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// First name of the payer (only set when user_id isn't null)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the payer (only set when user_id isn't null)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address of the payer (only set when user_id isn't null)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Organization ID for org-type payers
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Organization name for org-type payers (only set when organization_id isn't null)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    /// URL of the payer's image/avatar
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Current credits balance for the payer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits_balance: Option<BillingMoneyResponse>,
    /// Unix timestamp (in milliseconds) when the payer was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payer was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
/// Spec: `#/components/schemas/BillingPayerCreditResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPayerCreditResponse {
    /// The payer's remaining credit balance after credit is applied for this checkout (in cents)
    pub remaining_balance: BillingMoneyResponse,
    /// The amount of payer credit applied to this checkout (in cents)
    pub applied_amount: BillingMoneyResponse,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPayer/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPayerObject {
    /// `commerce_payer`
    CommercePayer,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPayerObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePayer => "commerce_payer",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPayerObject {
    fn default() -> Self {
        Self::CommercePayer
    }
}
impl From<&str> for BillingPayerObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payer" => Self::CommercePayer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPayerObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPayerObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPayerObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPayerObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingPaymentAttempt`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPaymentAttempt {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPaymentAttemptObject,
    /// Unique identifier for the payment attempt
    pub id: String,
    /// Unique identifier for the payment
    pub payment_id: String,
    /// Unique identifier for the instance
    pub instance_id: String,
    /// Type of charge
    pub charge_type: String,
    /// Unique identifier for the payee
    pub payee_id: String,
    /// The payee associated with this payment
    pub payee: BillingPayee,
    /// Unique identifier for the payer
    pub payer_id: String,
    /// The payer associated with this payment
    pub payer: BillingPayer,
    /// Unique identifier for the subscription item (only present for recurring payments)
    pub subscription_item_id: String,
    /// The subscription item associated with this payment
    pub subscription_item: BillingSubscriptionItem,
    /// Payment amount with formatting
    pub amount: BillingMoneyResponse,
    /// Totals breakdown for this payment attempt
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<BillingTotalsResponse>,
    /// Unique identifier for the payment method used
    pub payment_method_id: String,
    /// The payment method used for this payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<BillingPaymentMethod>,
    /// Unique identifier for the statement
    pub statement_id: String,
    /// External ID from the payment gateway
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_id: Option<String>,
    /// URL to view this payment in the gateway dashboard
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_url: Option<String>,
    /// Status of the payment attempt
    pub status: String,
    /// Unix timestamp (in milliseconds) when the payment was completed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment failed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<i64>,
    /// Reason for payment failure
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_reason: Option<serde_json::Map<String, serde_json::Value>>,
    /// Unix timestamp (in milliseconds) when the payment attempt was created
    pub created_at: i64,
    /// Unix timestamp (in milliseconds) when the payment attempt was last updated
    pub updated_at: i64,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPaymentAttempt/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentAttemptObject {
    /// `commerce_payment`
    CommercePayment,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPaymentAttemptObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePayment => "commerce_payment",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPaymentAttemptObject {
    fn default() -> Self {
        Self::CommercePayment
    }
}
impl From<&str> for BillingPaymentAttemptObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payment" => Self::CommercePayment,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPaymentAttemptObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPaymentAttemptObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPaymentAttemptObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPaymentAttemptObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingPaymentMethod`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPaymentMethod {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPaymentMethodObject,
    /// Unique identifier for the payment method
    pub id: String,
    /// Unique identifier for the payer
    pub payer_id: String,
    /// The payment method type
    pub payment_type: BillingPaymentMethodPaymentType,
    /// Whether this is the default payment method for the payer
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The payment gateway
    pub gateway: String,
    /// External ID in the payment gateway
    pub gateway_external_id: String,
    /// External account ID in the payment gateway
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_account_id: Option<String>,
    /// Last 4 digits of the card (for card payment methods)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<String>,
    /// Status of the payment method
    pub status: BillingPaymentMethodStatus,
    /// Type of wallet (if applicable)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_type: Option<String>,
    /// Type of card (if applicable)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// Card expiration year (for card payment methods)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_year: Option<i64>,
    /// Card expiration month (for card payment methods)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_month: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment method was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment method was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Whether this payment method can be removed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_removable: Option<bool>,
}
/// Spec: `#/components/schemas/BillingPaymentMethodInitialize`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPaymentMethodInitialize {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPaymentMethodInitializeObject,
    /// Client secret from the payment gateway for setting up payment method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_client_secret: Option<String>,
    /// External gateway identifier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_gateway_id: Option<String>,
    /// Ordered list of supported payment methods
    pub payment_method_order: Vec<String>,
}
impl std::fmt::Debug for BillingPaymentMethodInitialize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BillingPaymentMethodInitialize")
            .field("object", &self.object)
            .field("external_client_secret", &sdkgen_runtime::Redacted)
            .field("external_gateway_id", &self.external_gateway_id)
            .field("payment_method_order", &self.payment_method_order)
            .finish()
    }
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPaymentMethodInitialize/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentMethodInitializeObject {
    /// `commerce_payment_method_initialize`
    CommercePaymentMethodInitialize,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPaymentMethodInitializeObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePaymentMethodInitialize => "commerce_payment_method_initialize",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPaymentMethodInitializeObject {
    fn default() -> Self {
        Self::CommercePaymentMethodInitialize
    }
}
impl From<&str> for BillingPaymentMethodInitializeObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payment_method_initialize" => Self::CommercePaymentMethodInitialize,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPaymentMethodInitializeObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPaymentMethodInitializeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPaymentMethodInitializeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPaymentMethodInitializeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPaymentMethod/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentMethodObject {
    /// `commerce_payment_method`
    CommercePaymentMethod,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPaymentMethodObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePaymentMethod => "commerce_payment_method",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPaymentMethodObject {
    fn default() -> Self {
        Self::CommercePaymentMethod
    }
}
impl From<&str> for BillingPaymentMethodObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payment_method" => Self::CommercePaymentMethod,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPaymentMethodObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPaymentMethodObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPaymentMethodObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPaymentMethodObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The payment method type
///
/// Spec: `#/components/schemas/BillingPaymentMethod/properties/payment_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentMethodPaymentType {
    /// `card`
    Card,
    /// `link`
    Link,
    /// `payer-credits`
    PayerCredits,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPaymentMethodPaymentType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::Link => "link",
            Self::PayerCredits => "payer-credits",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingPaymentMethodPaymentType {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "link" => Self::Link,
            "payer-credits" => Self::PayerCredits,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPaymentMethodPaymentType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPaymentMethodPaymentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPaymentMethodPaymentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPaymentMethodPaymentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Status of the payment method
///
/// Spec: `#/components/schemas/BillingPaymentMethod/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentMethodStatus {
    /// `active`
    Active,
    /// `disconnected`
    Disconnected,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPaymentMethodStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Disconnected => "disconnected",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingPaymentMethodStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "disconnected" => Self::Disconnected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPaymentMethodStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPaymentMethodStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPaymentMethodStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPaymentMethodStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingPerPeriodTotals`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPerPeriodTotals {
    /// The total, pre-tax, that will be due
    pub subtotal: BillingMoneyResponse,
    /// Base fee component before per-unit charges and adjustments
    pub base_fee: BillingMoneyResponse,
    /// The total amount of tax that will be due
    pub tax_total: BillingMoneyResponse,
    /// The total, including tax, that will be due
    pub grand_total: BillingMoneyResponse,
    /// Per-unit total breakdown (for example, seats)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<BillingPerUnitTotal>>,
}
/// Spec: `#/components/schemas/BillingPerUnitTotal`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPerUnitTotal {
    /// Name of the billable unit (for example, seats)
    pub name: String,
    /// Number of units included in each pricing block
    pub block_size: i64,
    /// Computed totals for each pricing tier
    pub tiers: Vec<BillingPerUnitTotalTier>,
}
/// Spec: `#/components/schemas/BillingPerUnitTotalTier`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPerUnitTotalTier {
    /// Units billed in this tier; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Price charged per block in this tier
    pub fee_per_block: BillingMoneyResponse,
    /// Total charge for this tier
    pub total: BillingMoneyResponse,
}
/// Body of the response `#/components/responses/BillingPlan`.
///
/// Spec: `#/components/schemas/BillingPlan`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPlan {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPlanObject,
    /// Unique identifier for the plan
    pub id: String,
    /// The name of the plan
    pub name: String,
    /// The monthly fee for this plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<BillingFee>,
    /// The monthly equivalent when billed annually
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_monthly_fee: Option<BillingFee>,
    /// The annual fee for this plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_fee: Option<BillingFee>,
    /// The description of the plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the product this plan belongs to
    ///
    /// Deprecated.
    pub product_id: String,
    /// Whether this is the default plan
    pub is_default: bool,
    /// Whether this is a recurring plan
    pub is_recurring: bool,
    /// Whether this plan is publicly visible
    pub publicly_visible: bool,
    /// Whether this plan has a base fee
    pub has_base_fee: bool,
    /// The payer type this plan is designed for
    pub for_payer_type: String,
    /// The URL-friendly slug for the plan
    pub slug: String,
    /// The URL of the plan's avatar image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// Whether free trial is enabled for this plan
    pub free_trial_enabled: bool,
    /// Number of free trial days for this plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_days: Option<i64>,
    /// Per-unit pricing tiers for this plan (for example, seats)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_prices: Option<Vec<BillingPlanUnitPrice>>,
    /// The features included in this plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<BillingPlanFeaturesItem>>,
}
/// Spec: `#/components/schemas/BillingPlan/properties/features/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPlanFeaturesItem {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingPlanFeaturesItemObject,
    /// Unique identifier for the feature
    pub id: String,
    /// Name of the feature
    pub name: String,
    /// Description of the feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// URL-friendly representation of the feature's name
    pub slug: String,
    /// URL for an image to represent the feature
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPlan/properties/features/items/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPlanFeaturesItemObject {
    /// `feature`
    Feature,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPlanFeaturesItemObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Feature => "feature",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPlanFeaturesItemObject {
    fn default() -> Self {
        Self::Feature
    }
}
impl From<&str> for BillingPlanFeaturesItemObject {
    fn from(value: &str) -> Self {
        match value {
            "feature" => Self::Feature,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPlanFeaturesItemObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPlanFeaturesItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPlanFeaturesItemObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPlanFeaturesItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/BillingPlanList`.
///
/// Spec: `#/components/responses/BillingPlanList/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPlanListResponse {
    pub data: Vec<BillingPlan>,
    pub total_count: i64,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingPlan/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPlanObject {
    /// `commerce_plan`
    CommercePlan,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingPlanObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePlan => "commerce_plan",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingPlanObject {
    fn default() -> Self {
        Self::CommercePlan
    }
}
impl From<&str> for BillingPlanObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_plan" => Self::CommercePlan,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingPlanObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingPlanObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingPlanObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingPlanObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingPlanUnitPrice`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPlanUnitPrice {
    /// Name of the billable unit (for example, seats)
    pub name: String,
    /// Number of units included in each pricing block
    pub block_size: i64,
    /// Tiered pricing configuration for this unit
    pub tiers: Vec<BillingPlanUnitPriceTier>,
}
/// Spec: `#/components/schemas/BillingPlanUnitPriceTier`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingPlanUnitPriceTier {
    /// Start block (inclusive) for this tier
    pub starts_at_block: i64,
    /// End block (inclusive) for this tier; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_after_block: Option<i64>,
    /// Price charged per block in this tier
    pub fee_per_block: BillingMoneyResponse,
}
/// Spec: `#/components/schemas/BillingProrationCreditDetail`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingProrationCreditDetail {
    /// Credit amount with formatting
    pub amount: BillingMoneyResponse,
    /// Number of days remaining in the billing cycle
    pub cycle_days_remaining: i64,
    /// Total number of days in the billing cycle
    pub cycle_days_total: i64,
    /// Percentage of the billing cycle remaining
    pub cycle_remaining_percent: f64,
}
/// Spec: `#/components/schemas/BillingProrationDiscountDetail`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingProrationDiscountDetail {
    /// Credit amount with formatting
    pub amount: BillingMoneyResponse,
    /// Number of days that have passed in the billing cycle
    pub cycle_days_passed: i64,
    /// Total number of days in the billing cycle
    pub cycle_days_total: i64,
    /// Percentage of the billing cycle that has passed
    pub cycle_passed_percent: f64,
}
/// Spec: `#/components/schemas/BillingStatement`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingStatement {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingStatementObject,
    /// Unique identifier for the instance
    pub instance_id: String,
    /// Unique identifier for the statement
    pub id: String,
    /// Unix timestamp (in milliseconds) for the statement
    pub timestamp: i64,
    /// The payer associated with this statement
    pub payer: BillingPayer,
    /// Status of the statement
    pub status: String,
    /// Totals breakdown for the statement
    pub totals: BillingStatementTotalsResponse,
    /// Groups of payment items in the statement
    pub groups: Vec<BillingStatementResponseGroup>,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingStatement/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingStatementObject {
    /// `commerce_statement`
    CommerceStatement,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingStatementObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceStatement => "commerce_statement",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingStatementObject {
    fn default() -> Self {
        Self::CommerceStatement
    }
}
impl From<&str> for BillingStatementObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_statement" => Self::CommerceStatement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingStatementObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingStatementObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingStatementObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingStatementObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingStatementResponseGroup`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingStatementResponseGroup {
    /// String representing the object's type
    pub object: String,
    /// Unix timestamp (in milliseconds) for the group
    pub timestamp: i64,
    /// Payment items in this group
    pub items: Vec<BillingPaymentAttempt>,
}
/// Spec: `#/components/schemas/BillingStatementTotalsResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingStatementTotalsResponse {
    /// Subtotal amount (base fee + unit price totals)
    pub subtotal: BillingMoneyResponse,
    /// Base plan fee before unit pricing
    pub base_fee: BillingMoneyResponse,
    /// Total tax amount
    pub tax_total: BillingMoneyResponse,
    /// Grand total amount
    pub grand_total: BillingMoneyResponse,
}
/// Spec: `#/components/schemas/BillingSubscription`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingSubscription {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingSubscriptionObject,
    /// Unique identifier for the commerce subscription
    pub id: String,
    /// The ID of the instance this subscription belongs to
    pub instance_id: String,
    /// The current status of the subscription
    pub status: BillingSubscriptionStatus,
    /// The ID of the payer for this subscription
    pub payer_id: String,
    /// Unix timestamp (milliseconds) of creation
    pub created_at: i64,
    /// Unix timestamp (milliseconds) of last update
    pub updated_at: i64,
    /// Unix timestamp (milliseconds) when the subscription became active
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_at: Option<i64>,
    /// Unix timestamp (milliseconds) when the subscription became past due
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due_at: Option<i64>,
    /// Array of subscription items in this subscription
    pub subscription_items: Vec<BillingSubscriptionItem>,
    /// Information about the next scheduled payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment: Option<BillingSubscriptionNextPayment>,
    /// Whether the payer is eligible for a free trial
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_for_free_trial: Option<bool>,
}
/// Spec: `#/components/schemas/BillingSubscriptionCreditResponse`
pub type BillingSubscriptionCreditResponse = BillingProrationCreditDetail;
/// Spec: `#/components/schemas/BillingSubscriptionItem`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingSubscriptionItem {
    /// String representing the object's type
    #[serde(default)]
    pub object: BillingSubscriptionItemObject,
    /// Unique identifier for the subscription item
    pub id: String,
    /// Unique identifier for the Clerk instance
    pub instance_id: String,
    /// Current status of the subscription item
    pub status: BillingSubscriptionItemStatus,
    /// Credit information for this subscription (available in payment attempt events)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<BillingSubscriptionCreditResponse>,
    /// Unified credits breakdown for this subscription item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<BillingCreditsResponse>,
    /// Unique identifier for the associated plan
    pub plan_id: String,
    /// Unique identifier for the associated price
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// The associated plan
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<BillingPlan>,
    /// The billing period for this subscription
    pub plan_period: BillingSubscriptionItemPlanPeriod,
    /// Unique identifier for the payment method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<String>,
    /// The payment method associated with this subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<BillingPaymentMethod>,
    /// Total amount paid over the lifetime of this subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_paid: Option<BillingFee>,
    /// Current amount due every period for this subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<BillingFee>,
    /// Information about the next payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment: Option<BillingSubscriptionItemNextPayment>,
    /// Unique identifier for the payer
    pub payer_id: String,
    /// The payer associated with this subscription
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<BillingPayer>,
    /// Whether this subscription is currently on a free trial
    pub is_free_trial: bool,
    /// Unix timestamp (in milliseconds) when the current period started
    pub period_start: i64,
    /// Unix timestamp (in milliseconds) when the current period ends
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<i64>,
    /// Date used for proration calculations
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration_date: Option<String>,
    /// Unix timestamp (in milliseconds) when the subscription was canceled
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canceled_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription became past due
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription ended
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Seat quantity for seat-based billing
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<BillingSubscriptionItemSeats>,
    /// Totals for this subscription item
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<BillingTotalsResponse>,
    /// The currently active discount applied to this subscription item, if any
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applied_discount: Option<BillingDiscountRedemption>,
}
/// Spec: `#/components/schemas/BillingSubscriptionItemNextPayment`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct BillingSubscriptionItemNextPayment {
    /// Base plan fee for the next payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<BillingFee>,
    /// Unix timestamp (in milliseconds) for the next payment date
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<i64>,
    /// Per-unit total breakdown for the next payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<BillingPerUnitTotal>>,
    /// Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<BillingTotalsResponse>,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingSubscriptionItem/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingSubscriptionItemObject {
    /// `commerce_subscription_item`
    CommerceSubscriptionItem,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingSubscriptionItemObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceSubscriptionItem => "commerce_subscription_item",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingSubscriptionItemObject {
    fn default() -> Self {
        Self::CommerceSubscriptionItem
    }
}
impl From<&str> for BillingSubscriptionItemObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_subscription_item" => Self::CommerceSubscriptionItem,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingSubscriptionItemObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingSubscriptionItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingSubscriptionItemObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingSubscriptionItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The billing period for this subscription
///
/// Spec: `#/components/schemas/BillingSubscriptionItem/properties/plan_period`
pub type BillingSubscriptionItemPlanPeriod = BillingCheckoutPlanPeriod;
/// Spec: `#/components/schemas/BillingSubscriptionItemSeats`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct BillingSubscriptionItemSeats {
    /// Seat quantity being billed; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Per-unit cost breakdown by pricing tier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<BillingPerUnitTotalTier>>,
}
/// Current status of the subscription item
///
/// Spec: `#/components/schemas/BillingSubscriptionItem/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingSubscriptionItemStatus {
    /// `active`
    Active,
    /// `canceled`
    Canceled,
    /// `ended`
    Ended,
    /// `past_due`
    PastDue,
    /// `upcoming`
    Upcoming,
    /// `incomplete`
    Incomplete,
    /// `abandoned`
    Abandoned,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingSubscriptionItemStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Canceled => "canceled",
            Self::Ended => "ended",
            Self::PastDue => "past_due",
            Self::Upcoming => "upcoming",
            Self::Incomplete => "incomplete",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingSubscriptionItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "canceled" => Self::Canceled,
            "ended" => Self::Ended,
            "past_due" => Self::PastDue,
            "upcoming" => Self::Upcoming,
            "incomplete" => Self::Incomplete,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingSubscriptionItemStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingSubscriptionItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingSubscriptionItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingSubscriptionItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingSubscriptionNextPayment`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingSubscriptionNextPayment {
    /// Unix timestamp (milliseconds) of the next payment date
    pub date: i64,
    /// The base plan fee for the next payment.
    pub amount: BillingFee,
    /// Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<BillingTotalsResponse>,
}
/// String representing the object's type
///
/// Spec: `#/components/schemas/BillingSubscription/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingSubscriptionObject {
    /// `commerce_subscription`
    CommerceSubscription,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingSubscriptionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceSubscription => "commerce_subscription",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for BillingSubscriptionObject {
    fn default() -> Self {
        Self::CommerceSubscription
    }
}
impl From<&str> for BillingSubscriptionObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_subscription" => Self::CommerceSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingSubscriptionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingSubscriptionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingSubscriptionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingSubscriptionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The current status of the subscription
///
/// Spec: `#/components/schemas/BillingSubscription/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingSubscriptionStatus {
    /// `active`
    Active,
    /// `past_due`
    PastDue,
    /// `canceled`
    Canceled,
    /// `ended`
    Ended,
    /// `abandoned`
    Abandoned,
    /// `incomplete`
    Incomplete,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl BillingSubscriptionStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
            Self::Ended => "ended",
            Self::Abandoned => "abandoned",
            Self::Incomplete => "incomplete",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for BillingSubscriptionStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "past_due" => Self::PastDue,
            "canceled" => Self::Canceled,
            "ended" => Self::Ended,
            "abandoned" => Self::Abandoned,
            "incomplete" => Self::Incomplete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for BillingSubscriptionStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for BillingSubscriptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for BillingSubscriptionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for BillingSubscriptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingTotalsResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BillingTotalsResponse {
    /// Subtotal before adjustments
    pub subtotal: BillingMoneyResponse,
    /// Base fee component before per-unit charges and adjustments
    pub base_fee: BillingMoneyResponse,
    /// Total tax amount
    pub tax_total: BillingMoneyResponse,
    /// Grand total amount
    pub grand_total: BillingMoneyResponse,
    /// Total amount due after free trial ends
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_due_after_free_trial: Option<BillingMoneyResponse>,
    /// Credit amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<BillingMoneyResponse>,
    /// Past due amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due: Option<BillingMoneyResponse>,
    /// Total amount due now
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_due_now: Option<BillingMoneyResponse>,
    /// Per-unit total breakdown (for example, seats)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<BillingPerUnitTotal>>,
    /// Unified credits breakdown
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<BillingCreditsResponse>,
    /// Information about the discounts applied to the payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<BillingDiscountsResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<BillingTotalsResponseProration>,
}
/// Spec: `#/components/schemas/BillingTotalsResponse/properties/proration`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct BillingTotalsResponseProration {
    /// Proration credit amount
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<BillingMoneyResponse>,
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1invitations~1bulk/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BulkCreateOrganizationInvitationsBody {
    /// An array of email addresses the invitations will be sent to.
    pub email_address: Vec<String>,
    /// The role that will be assigned to each of the users after joining.
    /// This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role.
    pub role: String,
    /// Optional flag which denotes whether email invitations should be sent to the given email addresses.
    /// Defaults to `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}
impl BulkCreateOrganizationInvitationsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: Vec<String>, role: String) -> Self {
        Self {
            email_address,
            role,
            notify: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1change_password/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ChangePasswordBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_out_of_other_sessions: Option<bool>,
}
impl ChangePasswordBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            current_password: None,
            new_password: None,
            sign_out_of_other_sessions: None,
        }
    }
}
impl std::fmt::Debug for ChangePasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePasswordBody")
            .field("current_password", &sdkgen_runtime::Redacted)
            .field("new_password", &sdkgen_runtime::Redacted)
            .field("sign_out_of_other_sessions", &self.sign_out_of_other_sessions)
            .finish()
    }
}
/// Spec: `#/components/schemas/ClerkError`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClerkError {
    pub message: String,
    pub long_message: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}
/// Body of the response `#/components/responses/AuthenticationInvalid`.
///
/// Body of the response `#/components/responses/AuthorizationInvalid`.
///
/// Body of the response `#/components/responses/ClerkErrors`.
///
/// Body of the response `#/components/responses/PaymentRequired`.
///
/// Body of the response `#/components/responses/ResourceNotFound`.
///
/// Body of the response `#/components/responses/UnprocessableEntity`.
///
/// Spec: `#/components/schemas/ClerkErrors`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClerkErrors {
    pub errors: Vec<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clerk_trace_id: Option<String>,
}
/// Body of the response `#/components/responses/Client.AccountPortal`.
///
/// Spec: `#/components/schemas/Client.AccountPortal`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientAccountPortal {
    #[serde(default)]
    pub object: ClientAccountPortalObject,
    pub allowed: bool,
    pub enabled: bool,
    pub internal_linking: bool,
    pub after_sign_in_url: String,
    pub after_sign_up_url: String,
    pub after_join_waitlist_url: String,
    pub after_create_organization_url: String,
    pub after_leave_organization_url: String,
    pub logo_link_url: String,
    pub customization: ClientAccountPortalCustomization,
}
/// Spec: `#/components/schemas/Client.AccountPortal/properties/customization`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientAccountPortalCustomization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<ClientAccountPortalCustomizationAppearance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_color_dark: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background_color_light: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color_dark: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_color_light: Option<String>,
}
/// Spec: `#/components/schemas/Client.AccountPortal/properties/customization/properties/appearance`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientAccountPortalCustomizationAppearance {
    /// `auto`
    Auto,
    /// `dark`
    Dark,
    /// `light`
    Light,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientAccountPortalCustomizationAppearance {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Dark => "dark",
            Self::Light => "light",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientAccountPortalCustomizationAppearance {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            "dark" => Self::Dark,
            "light" => Self::Light,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientAccountPortalCustomizationAppearance {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientAccountPortalCustomizationAppearance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientAccountPortalCustomizationAppearance {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientAccountPortalCustomizationAppearance {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.AccountPortal/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientAccountPortalObject {
    /// `account_portal`
    AccountPortal,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientAccountPortalObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccountPortal => "account_portal",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientAccountPortalObject {
    fn default() -> Self {
        Self::AccountPortal
    }
}
impl From<&str> for ClientAccountPortalObject {
    fn from(value: &str) -> Self {
        match value {
            "account_portal" => Self::AccountPortal,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientAccountPortalObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientAccountPortalObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientAccountPortalObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientAccountPortalObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.ActiveSession`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientActiveSession {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionBase2Object,
    pub status: ClientSessionBase2Status,
    pub expire_at: i64,
    pub abandon_at: i64,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_token: Option<Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<ClientSessionTask>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_activity: Option<ClientSessionActivity>,
}
impl std::fmt::Debug for ClientActiveSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientActiveSession")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("status", &self.status)
            .field("expire_at", &self.expire_at)
            .field("abandon_at", &self.abandon_at)
            .field("last_active_at", &self.last_active_at)
            .field("last_active_token", &sdkgen_runtime::Redacted)
            .field("actor", &self.actor)
            .field("tasks", &self.tasks)
            .field("latest_activity", &self.latest_activity)
            .finish()
    }
}
/// Body of the response `#/components/responses/Client.ActiveSessions`.
///
/// Spec: `#/components/schemas/Client.ActiveSessions`
pub type ClientActiveSessions = Vec<ClientActiveSession>;
/// Spec: `#/components/schemas/Client.ApiKeysSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientApiKeysSettings {
    /// Indicates whether the API Keys feature is enabled.
    pub enabled: bool,
    /// Indicates whether User API Keys are enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_api_keys_enabled: Option<bool>,
    /// Indicates whether Organization API Keys are enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orgs_api_keys_enabled: Option<bool>,
}
/// Spec: `#/components/schemas/Client.AuthConfig`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientAuthConfig {
    #[serde(default)]
    pub object: ClientAuthConfigObject,
    pub id: String,
    pub first_name: ClientAuthConfigFirstName,
    pub last_name: ClientAuthConfigLastName,
    pub email_address: ClientAuthConfigEmailAddress,
    pub phone_number: ClientAuthConfigPhoneNumber,
    pub username: ClientAuthConfigUsername,
    pub password: ClientAuthConfigPassword,
    pub identification_requirements: Vec<Vec<String>>,
    pub identification_strategies: Vec<String>,
    pub first_factors: Vec<String>,
    pub second_factors: Vec<String>,
    pub email_address_verification_strategies: Vec<String>,
    pub single_session_mode: bool,
    pub enhanced_email_deliverability: bool,
    pub test_mode: bool,
    /// Please use `url_based_session_syncing` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookieless_dev: Option<bool>,
    pub url_based_session_syncing: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<i64>,
    pub reverification: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native_settings: Option<ClientNativeSettings>,
}
impl std::fmt::Debug for ClientAuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientAuthConfig")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("email_address", &self.email_address)
            .field("phone_number", &self.phone_number)
            .field("username", &self.username)
            .field("password", &sdkgen_runtime::Redacted)
            .field("identification_requirements", &self.identification_requirements)
            .field("identification_strategies", &self.identification_strategies)
            .field("first_factors", &self.first_factors)
            .field("second_factors", &self.second_factors)
            .field(
                "email_address_verification_strategies",
                &self.email_address_verification_strategies,
            )
            .field("single_session_mode", &self.single_session_mode)
            .field("enhanced_email_deliverability", &self.enhanced_email_deliverability)
            .field("test_mode", &self.test_mode)
            .field("cookieless_dev", &self.cookieless_dev)
            .field("url_based_session_syncing", &self.url_based_session_syncing)
            .field("claimed_at", &self.claimed_at)
            .field("reverification", &self.reverification)
            .field("native_settings", &self.native_settings)
            .finish()
    }
}
/// Spec: `#/components/schemas/Client.AuthConfig/properties/email_address`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientAuthConfigEmailAddress {
    /// `on`
    On,
    /// `off`
    Off,
    /// `required`
    Required,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientAuthConfigEmailAddress {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::On => "on",
            Self::Off => "off",
            Self::Required => "required",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientAuthConfigEmailAddress {
    fn from(value: &str) -> Self {
        match value {
            "on" => Self::On,
            "off" => Self::Off,
            "required" => Self::Required,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientAuthConfigEmailAddress {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientAuthConfigEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientAuthConfigEmailAddress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientAuthConfigEmailAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.AuthConfig/properties/first_name`
pub type ClientAuthConfigFirstName = ClientAuthConfigEmailAddress;
/// Spec: `#/components/schemas/Client.AuthConfig/properties/last_name`
pub type ClientAuthConfigLastName = ClientAuthConfigEmailAddress;
/// Spec: `#/components/schemas/Client.AuthConfig/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientAuthConfigObject {
    /// `auth_config`
    AuthConfig,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientAuthConfigObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthConfig => "auth_config",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientAuthConfigObject {
    fn default() -> Self {
        Self::AuthConfig
    }
}
impl From<&str> for ClientAuthConfigObject {
    fn from(value: &str) -> Self {
        match value {
            "auth_config" => Self::AuthConfig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientAuthConfigObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientAuthConfigObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientAuthConfigObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientAuthConfigObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.AuthConfig/properties/password`
pub type ClientAuthConfigPassword = ClientAuthConfigEmailAddress;
/// Spec: `#/components/schemas/Client.AuthConfig/properties/phone_number`
pub type ClientAuthConfigPhoneNumber = ClientAuthConfigEmailAddress;
/// Spec: `#/components/schemas/Client.AuthConfig/properties/username`
pub type ClientAuthConfigUsername = ClientAuthConfigEmailAddress;
/// Body of the response `#/components/responses/Client.BillingCheckout`.
///
/// Spec: `#/components/schemas/Client.BillingCheckout`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingCheckout {
    pub response: BillingCheckout,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingGenericArray`.
///
/// Spec: `#/components/schemas/Client.BillingGenericArray`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingGenericArray {
    pub response: ClientBillingGenericArrayResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.BillingGenericArray/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingGenericArrayResponse {
    pub data: Vec<serde_json::Map<String, serde_json::Value>>,
    pub total_count: i64,
}
/// Body of the response `#/components/responses/Client.BillingGenericObject`.
///
/// Spec: `#/components/schemas/Client.BillingGenericObject`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingGenericObject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingPaymentAttempt`.
///
/// Spec: `#/components/schemas/Client.BillingPaymentAttempt`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingPaymentAttempt {
    pub response: BillingPaymentAttempt,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingPaymentAttemptList`.
///
/// Spec: `#/components/schemas/Client.BillingPaymentAttemptList`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingPaymentAttemptList {
    pub response: ClientBillingPaymentAttemptListResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.BillingPaymentAttemptList/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingPaymentAttemptListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BillingPaymentAttempt>>,
    /// Total number of payment attempts
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.BillingPaymentMethod`.
///
/// Spec: `#/components/schemas/Client.BillingPaymentMethod`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingPaymentMethod {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<BillingPaymentMethod>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingPaymentMethodInitialize`.
///
/// Spec: `#/components/schemas/Client.BillingPaymentMethodInitialize`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingPaymentMethodInitialize {
    pub response: BillingPaymentMethodInitialize,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingPaymentMethodList`.
///
/// Spec: `#/components/schemas/Client.BillingPaymentMethodList`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingPaymentMethodList {
    pub response: ClientBillingPaymentMethodListResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.BillingPaymentMethodList/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingPaymentMethodListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BillingPaymentMethod>>,
    /// Total number of payment methods
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.BillingStatement`.
///
/// Spec: `#/components/schemas/Client.BillingStatement`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingStatement {
    pub response: BillingStatement,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingStatementList`.
///
/// Spec: `#/components/schemas/Client.BillingStatementList`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingStatementList {
    pub response: ClientBillingStatementListResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.BillingStatementList/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingStatementListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BillingStatement>>,
    /// Total number of statements
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.BillingSubscription`.
///
/// Spec: `#/components/schemas/Client.BillingSubscription`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingSubscription {
    pub response: BillingSubscription,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingSubscriptionItem`.
///
/// Spec: `#/components/schemas/Client.BillingSubscriptionItem`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingSubscriptionItem {
    pub response: BillingSubscriptionItem,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.BillingSubscriptionItemList`.
///
/// Spec: `#/components/schemas/Client.BillingSubscriptionItemList`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientBillingSubscriptionItemList {
    pub response: ClientBillingSubscriptionItemListResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.BillingSubscriptionItemList/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientBillingSubscriptionItemListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<BillingSubscriptionItem>>,
    /// Total number of subscription items
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Spec: `#/components/schemas/Client.Client`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClient {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientClientObject,
    /// String representing the identifier of the session.
    pub id: String,
    pub sessions: Vec<ClientSession>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<ClientSignIn>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_up: Option<ClientSignUp>,
    /// Last active session_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_session_id: Option<String>,
    /// The authentication strategy that was last used to authenticate the user on this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authentication_strategy: Option<String>,
    /// Unix timestamp of the cookie expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_expires_at: Option<i64>,
    /// Whether the client can bypass CAPTCHA.
    pub captcha_bypass: bool,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.Client-2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClient2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientClient2Object,
    /// String representing the identifier of the session.
    pub id: String,
    pub sessions: Vec<ClientSession2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in: Option<ClientSignIn2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_up: Option<ClientSignUp>,
    /// Last active session_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_session_id: Option<String>,
    /// The authentication strategy that was last used to authenticate the user on this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authentication_strategy: Option<String>,
    /// Unix timestamp of the cookie expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cookie_expires_at: Option<i64>,
    /// Whether the client can bypass CAPTCHA.
    pub captcha_bypass: bool,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.Client-2/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientClient2Object {
    /// `client`
    Client,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientClient2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Client => "client",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientClient2Object {
    fn default() -> Self {
        Self::Client
    }
}
impl From<&str> for ClientClient2Object {
    fn from(value: &str) -> Self {
        match value {
            "client" => Self::Client,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientClient2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientClient2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientClient2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientClient2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.Client/properties/object`
pub type ClientClientObject = ClientClient2Object;
/// Body of the response `#/components/responses/Client.ClientWrappedBackupCodes`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedBackupCodes`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedBackupCodes {
    pub response: BackupCodes,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.Client`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedClient`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedClient {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<ClientClient2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedDeletedObject`.
///
/// Body of the response `#/components/responses/Client.DeletedExternalAccount`.
///
/// Body of the response `#/components/responses/Client.DeletedOrganizationDomain`.
///
/// Body of the response `#/components/responses/Client.DeletedPasskey`.
///
/// Body of the response `#/components/responses/Client.DeletedPhoneNumber`.
///
/// Body of the response `#/components/responses/Client.DeletedTOTP`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedDeletedObject`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedDeletedObject {
    pub response: ClientDeletedObject,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedEmailAddress`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedEmailAddress`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedEmailAddress {
    pub response: ClientEmailAddress,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedEnterpriseConnection`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedEnterpriseConnection`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedEnterpriseConnection {
    pub response: EnterpriseConnectionResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedEnterpriseConnectionTestRun`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedEnterpriseConnectionTestRun`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedEnterpriseConnectionTestRun {
    pub response: EnterpriseConnectionTestRunResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedEnterpriseConnectionTestRunsList`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedEnterpriseConnectionTestRunsList`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedEnterpriseConnectionTestRunsList {
    pub response: EnterpriseConnectionTestRunsPaginatedResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedEnterpriseConnections`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedEnterpriseConnections`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedEnterpriseConnections {
    /// List of active enterprise connections for the current user's primary email domain
    pub response: Vec<EnterpriseConnectionResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedExternalAccount`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedExternalAccount`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedExternalAccount {
    pub response: ExternalAccountWithVerification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedImage`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedImage`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedImage {
    pub response: Image,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganization`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganization`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganization {
    pub response: ClientOrganization,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganization-2`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganization-2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganization2 {
    pub response: ClientOrganization,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationDomain`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationDomain`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationDomain {
    pub response: ClientOrganizationDomain,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationDomainBulkCreate`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationDomainBulkCreate`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationDomainBulkCreate {
    pub response: ClientOrganizationDomainBulkCreate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationDomainBulkOwnershipVerification`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationDomainBulkOwnershipVerification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationDomainBulkOwnershipVerification {
    pub response: ClientOrganizationDomainBulkOwnershipVerification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationDomains`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationDomains`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationDomains {
    pub response: ClientClientWrappedOrganizationDomainsResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationDomains/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationDomainsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationDomain>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationInvitation`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitation {
    pub response: ClientOrganizationInvitation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationInvitationUserContext`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitationUserContext`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitationUserContext {
    pub response: ClientOrganizationInvitationUserContext,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationInvitations`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitations`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitations {
    pub response: ClientClientWrappedOrganizationInvitationsResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitations/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientClientWrappedOrganizationInvitationsResponse {
    Array(Vec<ClientOrganizationInvitation>),
    Object2(ClientClientWrappedOrganizationInvitationsResponseObject2),
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitations/properties/response/oneOf/1`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitationsResponseObject2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationInvitation>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationInvitationsUserContext`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitationsUserContext`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitationsUserContext {
    pub response: ClientClientWrappedOrganizationInvitationsUserContextResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationInvitationsUserContext/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationInvitationsUserContextResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationInvitationUserContext>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationMembership`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMembership`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMembership {
    pub response: ClientOrganizationMembership,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationMembershipRequest`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMembershipRequest`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMembershipRequest {
    pub response: ClientOrganizationMembershipRequest,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationMembershipRequests`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMembershipRequests`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMembershipRequests {
    pub response: ClientClientWrappedOrganizationMembershipRequestsResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMembershipRequests/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMembershipRequestsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationMembershipRequest>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationMemberships`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMemberships`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMemberships {
    pub response: ClientClientWrappedOrganizationMembershipsResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMemberships/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientClientWrappedOrganizationMembershipsResponse {
    Object1(ClientClientWrappedOrganizationMembershipsResponseObject1),
    Array(Vec<ClientOrganizationMembership>),
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationMemberships/properties/response/oneOf/0`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationMembershipsResponseObject1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationMembership>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationSuggestion`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationSuggestion`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationSuggestion {
    pub response: ClientOrganizationSuggestion,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedOrganizationSuggestions`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationSuggestions`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationSuggestions {
    pub response: ClientClientWrappedOrganizationSuggestionsResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedOrganizationSuggestions/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedOrganizationSuggestionsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientOrganizationSuggestion>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedPasskey`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedPasskey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedPasskey {
    pub response: ClientPasskey,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedPhoneNumber`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedPhoneNumber`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedPhoneNumber {
    pub response: ClientPhoneNumber,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedRoles`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedRoles`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedRoles {
    pub response: ClientClientWrappedRolesResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedRoles/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientClientWrappedRolesResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<ClientRole>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// Indicates whether there is an active role set migration for this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_role_set_migration: Option<bool>,
}
/// Body of the response `#/components/responses/Client.Session`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedSession`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedSession {
    pub response: ClientSession2,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.SessionReverification`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedSessionReverification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedSessionReverification {
    pub response: ClientSessionReverification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.SignIn`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedSignIn`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedSignIn {
    pub response: ClientSignIn2,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.SignIn-2`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedSignIn-2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedSignIn2 {
    pub response: ClientSignIn,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient>,
}
/// Body of the response `#/components/responses/Client.SignUp`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedSignUp`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedSignUp {
    pub response: ClientSignUp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedTOTP`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedTOTP`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedTotp {
    pub response: Totp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedTrustedDevice`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedTrustedDevice {
    pub response: ClientTrustedDevice,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedTrustedDeviceChallenge`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedTrustedDeviceChallenge {
    pub response: ClientTrustedDeviceChallenge,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedTrustedDeviceValidation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedTrustedDeviceValidation {
    pub response: ClientTrustedDeviceValidation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.ClientWrappedTrustedDevices`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedTrustedDevices {
    pub response: Vec<ClientTrustedDevice>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedUser`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedUser`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedUser {
    pub response: ClientUser,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedUser-2`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedUser-2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedUser2 {
    pub response: ClientUser,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient>,
}
/// Body of the response `#/components/responses/Client.ClientWrappedWeb3Wallet`.
///
/// Spec: `#/components/schemas/Client.ClientWrappedWeb3Wallet`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientClientWrappedWeb3Wallet {
    pub response: ClientWeb3Wallet,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient2>,
}
/// Spec: `#/components/schemas/Client.CommerceSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientCommerceSettings {
    pub billing: ClientCommerceSettingsBilling,
}
/// Spec: `#/components/schemas/Client.CommerceSettings/properties/billing`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientCommerceSettingsBilling {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stripe_publishable_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_requires_payment_method: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<ClientCommerceSettingsBillingUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<ClientCommerceSettingsBillingOrganization>,
}
/// Spec: `#/components/schemas/Client.CommerceSettings/properties/billing/properties/organization`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientCommerceSettingsBillingOrganization {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_paid_plans: Option<bool>,
}
/// Spec: `#/components/schemas/Client.CommerceSettings/properties/billing/properties/user`
pub type ClientCommerceSettingsBillingUser = ClientCommerceSettingsBillingOrganization;
/// Body of the response `#/components/responses/Client.DeleteSession`.
///
/// Spec: `#/components/schemas/Client.DeleteSession`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientDeleteSession {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<ClientClient2>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<serde_json::Map<String, serde_json::Value>>,
}
/// Spec: `#/components/schemas/Client.DeletedObject`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientDeletedObject {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub object: String,
    pub deleted: bool,
}
/// Spec: `#/components/schemas/Client.DisplayConfig`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientDisplayConfig {
    #[serde(default)]
    pub object: ClientDisplayConfigObject,
    pub id: String,
    pub instance_environment_type: ClientDisplayConfigInstanceEnvironmentType,
    pub application_name: String,
    pub theme: serde_json::Map<String, serde_json::Value>,
    pub preferred_sign_in_strategy: ClientDisplayConfigPreferredSignInStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_image_url: Option<String>,
    pub home_url: String,
    pub sign_in_url: String,
    pub sign_up_url: String,
    pub user_profile_url: String,
    pub waitlist_url: String,
    /// URL of the OAuth consent screen for flows that require human consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_consent_url: Option<String>,
    pub after_sign_in_url: String,
    pub after_sign_up_url: String,
    pub after_sign_out_one_url: String,
    pub after_sign_out_all_url: String,
    pub after_switch_session_url: String,
    pub after_join_waitlist_url: String,
    pub organization_profile_url: String,
    pub create_organization_url: String,
    pub after_leave_organization_url: String,
    pub after_create_organization_url: String,
    pub logo_link_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_email: Option<String>,
    pub branded: bool,
    pub experimental_force_oauth_first: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clerk_js_version: Option<String>,
    pub show_devmode_warning: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google_one_tap_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privacy_policy_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms_url: Option<String>,
    /// Use `logo_image_url` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
    /// Use `favicon_image_url` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_url: Option<String>,
    /// Use `logo_image_url` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_image: Option<Image>,
    /// Use `favicon_image_url` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub favicon_image: Option<Image>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_public_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_widget_type: Option<ClientDisplayConfigCaptchaWidgetType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_public_key_invisible: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_provider: Option<ClientDisplayConfigCaptchaProvider>,
    pub captcha_oauth_bypass: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_heartbeat: Option<bool>,
}
/// Spec: `#/components/schemas/Client.DisplayConfig/properties/captcha_provider`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientDisplayConfigCaptchaProvider {
    /// `turnstile`
    Turnstile,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientDisplayConfigCaptchaProvider {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Turnstile => "turnstile",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientDisplayConfigCaptchaProvider {
    fn default() -> Self {
        Self::Turnstile
    }
}
impl From<&str> for ClientDisplayConfigCaptchaProvider {
    fn from(value: &str) -> Self {
        match value {
            "turnstile" => Self::Turnstile,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientDisplayConfigCaptchaProvider {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientDisplayConfigCaptchaProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientDisplayConfigCaptchaProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientDisplayConfigCaptchaProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.DisplayConfig/properties/captcha_widget_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientDisplayConfigCaptchaWidgetType {
    /// `smart`
    Smart,
    /// `invisible`
    Invisible,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientDisplayConfigCaptchaWidgetType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Smart => "smart",
            Self::Invisible => "invisible",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientDisplayConfigCaptchaWidgetType {
    fn from(value: &str) -> Self {
        match value {
            "smart" => Self::Smart,
            "invisible" => Self::Invisible,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientDisplayConfigCaptchaWidgetType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientDisplayConfigCaptchaWidgetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientDisplayConfigCaptchaWidgetType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientDisplayConfigCaptchaWidgetType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.DisplayConfig/properties/instance_environment_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientDisplayConfigInstanceEnvironmentType {
    /// `production`
    Production,
    /// `development`
    Development,
    /// `staging`
    Staging,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientDisplayConfigInstanceEnvironmentType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Production => "production",
            Self::Development => "development",
            Self::Staging => "staging",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientDisplayConfigInstanceEnvironmentType {
    fn from(value: &str) -> Self {
        match value {
            "production" => Self::Production,
            "development" => Self::Development,
            "staging" => Self::Staging,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientDisplayConfigInstanceEnvironmentType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientDisplayConfigInstanceEnvironmentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientDisplayConfigInstanceEnvironmentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientDisplayConfigInstanceEnvironmentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.DisplayConfig/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientDisplayConfigObject {
    /// `display_config`
    DisplayConfig,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientDisplayConfigObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DisplayConfig => "display_config",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientDisplayConfigObject {
    fn default() -> Self {
        Self::DisplayConfig
    }
}
impl From<&str> for ClientDisplayConfigObject {
    fn from(value: &str) -> Self {
        match value {
            "display_config" => Self::DisplayConfig,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientDisplayConfigObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientDisplayConfigObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientDisplayConfigObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientDisplayConfigObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.DisplayConfig/properties/preferred_sign_in_strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientDisplayConfigPreferredSignInStrategy {
    /// `password`
    Password,
    /// `otp`
    Otp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientDisplayConfigPreferredSignInStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Otp => "otp",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientDisplayConfigPreferredSignInStrategy {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            "otp" => Self::Otp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientDisplayConfigPreferredSignInStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientDisplayConfigPreferredSignInStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientDisplayConfigPreferredSignInStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientDisplayConfigPreferredSignInStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.EmailAddress`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientEmailAddress {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientEmailAddressObject,
    pub email_address: String,
    pub reserved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ClientEmailAddressVerification>,
    pub linked_to: Vec<StubsIdentificationLink>,
    /// Indicates whether this email address domain matches an active enterprise connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches_sso_connection: Option<bool>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.EmailAddress/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientEmailAddressObject {
    /// `email_address`
    EmailAddress,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientEmailAddressObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientEmailAddressObject {
    fn default() -> Self {
        Self::EmailAddress
    }
}
impl From<&str> for ClientEmailAddressObject {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientEmailAddressObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientEmailAddressObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientEmailAddressObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientEmailAddressObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.EmailAddress/properties/verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientEmailAddressVerification {
    /// `object`: "verification_otp"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `object`: "verification_invitation"
    StubsVerificationInvitation(StubsVerificationInvitation),
    /// `object`: "verification_email_link"
    StubsVerificationLink(StubsVerificationLink),
    /// `object`: "verification_ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// `object`: "verification_admin"
    StubsVerificationAdmin(StubsVerificationAdmin),
    /// `object`: "verification_from_oauth"
    StubsVerificationFromOauth(StubsVerificationFromOauth),
    /// `object`: "verification_saml"
    StubsVerificationSaml(StubsVerificationSaml),
    /// `object`: "verification_scim"
    StubsVerificationScim(StubsVerificationScim),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientEmailAddressVerification {
    const NAME: &'static str = "ClientEmailAddressVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_otp") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationOtp)
            }
            Some("verification_invitation") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationInvitation)
            }
            Some("verification_email_link") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationLink)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            Some("verification_admin") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationAdmin)
            }
            Some("verification_from_oauth") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationFromOauth)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationSaml)
            }
            Some("verification_scim") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationScim)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientEmailAddressVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Body of the response `#/components/responses/Client.Environment`.
///
/// Spec: `#/components/schemas/Client.Environment`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientEnvironment {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_config: Option<ClientAuthConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_config: Option<ClientDisplayConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_settings: Option<ClientUserSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_settings: Option<ClientOrganizationSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraud_settings: Option<ClientFraudSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commerce_settings: Option<ClientCommerceSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_keys_settings: Option<ClientApiKeysSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protect_config: Option<ClientProtectConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_debug_mode: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partitioned_cookies: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maintenance_mode: Option<bool>,
}
/// Spec: `#/components/schemas/Client.FraudSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientFraudSettings {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<ClientFraudSettingsObject>,
    pub native: FraudSettingsNativeSettings,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.FraudSettings/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientFraudSettingsObject {
    /// `fraud_settings`
    FraudSettings,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientFraudSettingsObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FraudSettings => "fraud_settings",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientFraudSettingsObject {
    fn default() -> Self {
        Self::FraudSettings
    }
}
impl From<&str> for ClientFraudSettingsObject {
    fn from(value: &str) -> Self {
        match value {
            "fraud_settings" => Self::FraudSettings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientFraudSettingsObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientFraudSettingsObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientFraudSettingsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientFraudSettingsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.NativeSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientNativeSettings {
    #[serde(default)]
    pub object: ClientNativeSettingsObject,
    pub api_enabled: bool,
    pub trusted_device_sign_in_enabled: bool,
    pub trusted_device_enrollment_prompt_after_sign_in_enabled: bool,
    pub trusted_device_enrollment_prompt_after_sign_up_enabled: bool,
}
/// Spec: `#/components/schemas/Client.NativeSettings/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientNativeSettingsObject {
    /// `native_settings`
    NativeSettings,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientNativeSettingsObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NativeSettings => "native_settings",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientNativeSettingsObject {
    fn default() -> Self {
        Self::NativeSettings
    }
}
impl From<&str> for ClientNativeSettingsObject {
    fn from(value: &str) -> Self {
        match value {
            "native_settings" => Self::NativeSettings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientNativeSettingsObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientNativeSettingsObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientNativeSettingsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientNativeSettingsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Organization`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganization {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientOrganizationObject,
    pub name: String,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_invitations_count: Option<i64>,
    pub max_allowed_memberships: i64,
    pub admin_delete_enabled: bool,
    /// Whether this organization can configure self-serve enterprise SSO.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_serve_sso_enabled: Option<bool>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Deprecated. Use `image_url` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
/// Spec: `#/components/schemas/Client.OrganizationDomain`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomain {
    #[serde(default)]
    pub object: ClientOrganizationDomainObject,
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub enrollment_mode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_verification: Option<ClientOrganizationDomainVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_verification: Option<ClientOrganizationDomainOwnershipVerification>,
    /// Deprecated alias for `affiliation_verification`. Kept for backward compatibility on the current API version; will be removed in the next API version. Prefer `affiliation_verification`.
    ///
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ClientOrganizationDomainVerification>,
    pub total_pending_invitations: i64,
    pub total_pending_suggestions: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<ClientPublicOrganizationData>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Partial-success payload of the bulk organization domain creation endpoint. Each requested domain name lands in exactly one of `data` (the created organization domain) or `errors` (a per-name failure).
///
/// Spec: `#/components/schemas/Client.OrganizationDomainBulkCreate`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainBulkCreate {
    pub data: Vec<ClientOrganizationDomain>,
    pub errors: Vec<ClientOrganizationDomainBulkCreateError>,
}
/// Spec: `#/components/schemas/Client.OrganizationDomainBulkCreateError`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainBulkCreateError {
    /// The domain name this error applies to.
    pub name: String,
    /// The API error code for this domain name (e.g. `form_param_format_invalid`), so the SDK can decide how to surface the per-name failure.
    pub code: String,
}
/// Partial-success payload of the bulk organization domain ownership verification endpoints (`prepare_ownership_verification` and `attempt_ownership_verification`). Each requested id lands in exactly one of `data` (its current/updated ownership state) or `errors` (a per-id failure).
///
/// Spec: `#/components/schemas/Client.OrganizationDomainBulkOwnershipVerification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainBulkOwnershipVerification {
    pub data: Vec<ClientOrganizationDomain>,
    pub errors: Vec<ClientOrganizationDomainBulkOwnershipVerificationError>,
}
/// Spec: `#/components/schemas/Client.OrganizationDomainBulkOwnershipVerificationError`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainBulkOwnershipVerificationError {
    /// The organization domain ID this error applies to.
    pub id: String,
    /// The API error code for this id (e.g. `resource_not_found`), so the SDK can decide how to surface the per-id failure.
    pub code: String,
}
/// Spec: `#/components/schemas/Client.OrganizationDomain/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationDomainObject {
    /// `organization_domain`
    OrganizationDomain,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationDomainObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationDomain => "organization_domain",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationDomainObject {
    fn default() -> Self {
        Self::OrganizationDomain
    }
}
impl From<&str> for ClientOrganizationDomainObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_domain" => Self::OrganizationDomain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationDomainObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationDomainObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationDomainObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationDomainObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.OrganizationDomainOwnershipVerification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainOwnershipVerification {
    pub status: String,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<i64>,
    /// The fully qualified DNS name the org admin must publish the TXT record under. Present while the domain has an outstanding TXT ownership challenge (status `unverified`): on the `prepare_ownership_verification` response and re-surfaced on domain read paths. Null for verified domains and once the challenge has expired.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub txt_record_name: Option<String>,
    /// The exact value the org admin must publish in the TXT record. Present on the `prepare_ownership_verification` response and re-surfaced on domain read paths while the challenge is outstanding and recoverable — but only for requesters holding `org:sys_domains:manage`. Null for verified domains, expired challenges, legacy challenges issued before the value was stored recoverably, and members without the manage permission. A read never regenerates or rotates the challenge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub txt_record_value: Option<String>,
}
/// Spec: `#/components/schemas/Client.OrganizationDomainVerification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationDomainVerification {
    pub status: String,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<i64>,
}
/// Spec: `#/components/schemas/Client.OrganizationInvitation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationInvitation {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientOrganizationInvitationObject,
    pub email_address: String,
    pub role: String,
    pub role_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<ClientPublicOrganizationData>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ClientOrganizationInvitationStatus>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.OrganizationInvitation/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationInvitationObject {
    /// `organization_invitation`
    OrganizationInvitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationInvitationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationInvitation => "organization_invitation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationInvitationObject {
    fn default() -> Self {
        Self::OrganizationInvitation
    }
}
impl From<&str> for ClientOrganizationInvitationObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_invitation" => Self::OrganizationInvitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationInvitationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationInvitationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationInvitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationInvitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.OrganizationInvitation/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationInvitationStatus {
    /// `pending`
    Pending,
    /// `revoked`
    Revoked,
    /// `accepted`
    Accepted,
    /// `expired`
    Expired,
    /// `completed`
    Completed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationInvitationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Revoked => "revoked",
            Self::Accepted => "accepted",
            Self::Expired => "expired",
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientOrganizationInvitationStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "revoked" => Self::Revoked,
            "accepted" => Self::Accepted,
            "expired" => Self::Expired,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationInvitationStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationInvitationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationInvitationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationInvitationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.OrganizationInvitationUserContext`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationInvitationUserContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<ClientPublicOrganizationData>,
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientOrganizationInvitationObject,
    pub email_address: String,
    pub role: String,
    pub role_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ClientOrganizationInvitationStatus>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.OrganizationMembership`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationMembership {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientOrganizationMembershipObject,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    pub role: String,
    pub role_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    pub organization: ClientOrganization,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_user_data: Option<ClientPublicUserData>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.OrganizationMembership/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationMembershipObject {
    /// `organization_membership`
    OrganizationMembership,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationMembershipObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationMembership => "organization_membership",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationMembershipObject {
    fn default() -> Self {
        Self::OrganizationMembership
    }
}
impl From<&str> for ClientOrganizationMembershipObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_membership" => Self::OrganizationMembership,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationMembershipObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationMembershipObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationMembershipObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationMembershipObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.OrganizationMembershipRequest`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationMembershipRequest {
    #[serde(default)]
    pub object: ClientOrganizationMembershipRequestObject,
    pub id: String,
    pub organization_id: String,
    pub status: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_user_data: Option<ClientPublicUserData>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.OrganizationMembershipRequest/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationMembershipRequestObject {
    /// `organization_membership_request`
    OrganizationMembershipRequest,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationMembershipRequestObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationMembershipRequest => "organization_membership_request",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationMembershipRequestObject {
    fn default() -> Self {
        Self::OrganizationMembershipRequest
    }
}
impl From<&str> for ClientOrganizationMembershipRequestObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_membership_request" => Self::OrganizationMembershipRequest,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationMembershipRequestObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationMembershipRequestObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationMembershipRequestObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationMembershipRequestObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.Organization/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationObject {
    /// `organization`
    Organization,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "organization",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationObject {
    fn default() -> Self {
        Self::Organization
    }
}
impl From<&str> for ClientOrganizationObject {
    fn from(value: &str) -> Self {
        match value {
            "organization" => Self::Organization,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.OrganizationSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationSettings {
    pub enabled: bool,
    pub max_allowed_memberships: i64,
    pub actions: OrganizationSettingsActionsSettings,
    pub domains: OrganizationSettingsDomainsSettings,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<OrganizationSettingsSlugSettings>,
    /// The role key that a user will be assigned after creating an organization.
    pub creator_role: String,
}
/// Spec: `#/components/schemas/Client.OrganizationSuggestion`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientOrganizationSuggestion {
    #[serde(default)]
    pub object: ClientOrganizationSuggestionObject,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<ClientPublicOrganizationData>,
    pub status: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.OrganizationSuggestion/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientOrganizationSuggestionObject {
    /// `organization_suggestion`
    OrganizationSuggestion,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientOrganizationSuggestionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationSuggestion => "organization_suggestion",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientOrganizationSuggestionObject {
    fn default() -> Self {
        Self::OrganizationSuggestion
    }
}
impl From<&str> for ClientOrganizationSuggestionObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_suggestion" => Self::OrganizationSuggestion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientOrganizationSuggestionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientOrganizationSuggestionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientOrganizationSuggestionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientOrganizationSuggestionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Passkey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientPasskey {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientPasskeyObject,
    pub name: String,
    /// Unix timestamp of when the passkey was last used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<StubsVerificationPasskey>,
    /// Unix timestamp of creation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp of update
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.Passkey/properties/object`
pub type ClientPasskeyObject = AttemptPasskeyVerificationBodyStrategy;
/// Spec: `#/components/schemas/Client.Permission`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientPermission {
    #[serde(default)]
    pub object: ClientPermissionObject,
    pub id: String,
    pub name: String,
    pub key: String,
    pub description: String,
    pub r#type: ClientPermissionType,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.Permission/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientPermissionObject {
    /// `permission`
    Permission,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientPermissionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Permission => "permission",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientPermissionObject {
    fn default() -> Self {
        Self::Permission
    }
}
impl From<&str> for ClientPermissionObject {
    fn from(value: &str) -> Self {
        match value {
            "permission" => Self::Permission,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientPermissionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientPermissionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientPermissionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientPermissionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Permission/properties/type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientPermissionType {
    /// `system`
    System,
    /// `user`
    User,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientPermissionType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientPermissionType {
    fn from(value: &str) -> Self {
        match value {
            "system" => Self::System,
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientPermissionType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientPermissionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientPermissionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientPermissionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.PhoneNumber`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientPhoneNumber {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientPhoneNumberObject,
    pub phone_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for_second_factor: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_second_factor: Option<bool>,
    pub reserved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ClientPhoneNumberVerification>,
    pub linked_to: Vec<StubsIdentificationLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_codes: Option<Vec<String>>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
impl std::fmt::Debug for ClientPhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientPhoneNumber")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("phone_number", &self.phone_number)
            .field("reserved_for_second_factor", &self.reserved_for_second_factor)
            .field("default_second_factor", &self.default_second_factor)
            .field("reserved", &self.reserved)
            .field("verification", &self.verification)
            .field("linked_to", &self.linked_to)
            .field("backup_codes", &sdkgen_runtime::Redacted)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.PhoneNumber/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientPhoneNumberObject {
    /// `phone_number`
    PhoneNumber,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientPhoneNumberObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneNumber => "phone_number",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientPhoneNumberObject {
    fn default() -> Self {
        Self::PhoneNumber
    }
}
impl From<&str> for ClientPhoneNumberObject {
    fn from(value: &str) -> Self {
        match value {
            "phone_number" => Self::PhoneNumber,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientPhoneNumberObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientPhoneNumberObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientPhoneNumberObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientPhoneNumberObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.PhoneNumber/properties/verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientPhoneNumberVerification {
    /// `strategy`: "phone_code" | "email_code" | "reset_password_email_code" | "reset_password_phone_code"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `strategy`: "admin"
    StubsVerificationAdmin(StubsVerificationAdmin),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientPhoneNumberVerification {
    const NAME: &'static str = "ClientPhoneNumberVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some(
                "phone_code" | "email_code" | "reset_password_email_code"
                | "reset_password_phone_code",
            ) => Deserialize::deserialize(content).map(Self::StubsVerificationOtp),
            Some("admin") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationAdmin)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientPhoneNumberVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.ProtectConfig`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientProtectConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loaders: Option<Vec<ClientProtectConfigLoader>>,
}
/// Configuration for the Clerk Protect loader.
///
/// Spec: `#/components/schemas/Client.ProtectConfig.Loader`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientProtectConfigLoader {
    /// rollout percentage (between 0.0 and 1.0)
    ///
    /// Minimum: `0`. Maximum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rollout: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    #[serde(rename = "textContent", default, skip_serializing_if = "Option::is_none")]
    pub text_content: Option<String>,
}
/// Spec: `#/components/schemas/Client.PublicOrganizationData`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientPublicOrganizationData {
    pub id: String,
    pub name: String,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
}
/// Spec: `#/components/schemas/Client.PublicUserData`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientPublicUserData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    pub identifier: String,
    /// Use `image_url` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// Flag to denote whether the user has been deprovisioned via SCIM and is restricted from signing in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprovisioned: Option<bool>,
}
/// Spec: `#/components/schemas/Client.Role`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientRole {
    #[serde(default)]
    pub object: ClientRoleObject,
    pub id: String,
    pub name: String,
    pub key: String,
    pub description: String,
    pub is_creator_eligible: bool,
    pub permissions: Vec<ClientPermission>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Client.Role/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientRoleObject {
    /// `role`
    Role,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientRoleObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "role",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientRoleObject {
    fn default() -> Self {
        Self::Role
    }
}
impl From<&str> for ClientRoleObject {
    fn from(value: &str) -> Self {
        match value {
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientRoleObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientRoleObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientRoleObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientRoleObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SAMLAccount`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSamlAccount {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSamlAccountObject,
    pub provider: String,
    pub active: bool,
    pub email_address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The unique ID of the user in the external provider's system
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    /// Unix timestamp of last authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_at: Option<i64>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ClientSamlAccountVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_connection: Option<StubsSamlConnectionSamlAccount>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SAMLAccount/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSamlAccountObject {
    /// `saml_account`
    SamlAccount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSamlAccountObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlAccount => "saml_account",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientSamlAccountObject {
    fn default() -> Self {
        Self::SamlAccount
    }
}
impl From<&str> for ClientSamlAccountObject {
    fn from(value: &str) -> Self {
        match value {
            "saml_account" => Self::SamlAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSamlAccountObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSamlAccountObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSamlAccountObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSamlAccountObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SAMLAccount/properties/verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSamlAccountVerification {
    /// `strategy`: "saml"
    StubsVerificationSaml(StubsVerificationSaml),
    /// `strategy`: "ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSamlAccountVerification {
    const NAME: &'static str = "ClientSamlAccountVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("saml") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationSaml)
            }
            Some("ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSamlAccountVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Session`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSession {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionBaseObject,
    pub status: ClientSessionBaseStatus,
    pub expire_at: i64,
    pub abandon_at: i64,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_token: Option<Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<ClientUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_user_data: Option<ClientPublicUserData>,
    /// Each item represents the minutes that have passed since the last time a first or second factor were verified.
    pub factor_verification_age: Vec<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
impl std::fmt::Debug for ClientSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSession")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("status", &self.status)
            .field("expire_at", &self.expire_at)
            .field("abandon_at", &self.abandon_at)
            .field("last_active_at", &self.last_active_at)
            .field("last_active_token", &sdkgen_runtime::Redacted)
            .field("actor", &self.actor)
            .field("last_active_organization_id", &self.last_active_organization_id)
            .field("user", &self.user)
            .field("public_user_data", &self.public_user_data)
            .field("factor_verification_age", &self.factor_verification_age)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/Client.Session-2`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSession2 {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionBase2Object,
    pub status: ClientSessionBase2Status,
    pub expire_at: i64,
    pub abandon_at: i64,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_token: Option<Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<ClientSessionTask>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<ClientUser>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_user_data: Option<ClientPublicUserData>,
    /// Each item represents the minutes that have passed since the last time a first or second factor were verified.
    pub factor_verification_age: Vec<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
impl std::fmt::Debug for ClientSession2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSession2")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("status", &self.status)
            .field("expire_at", &self.expire_at)
            .field("abandon_at", &self.abandon_at)
            .field("last_active_at", &self.last_active_at)
            .field("last_active_token", &sdkgen_runtime::Redacted)
            .field("actor", &self.actor)
            .field("tasks", &self.tasks)
            .field("last_active_organization_id", &self.last_active_organization_id)
            .field("user", &self.user)
            .field("public_user_data", &self.public_user_data)
            .field("factor_verification_age", &self.factor_verification_age)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/Client.SessionActivity`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSessionActivity {
    pub object: String,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_type: Option<String>,
    pub is_mobile: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub browser_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub browser_version: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ip_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
/// Spec: `#/components/schemas/Client.SessionBase`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSessionBase {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionBaseObject,
    pub status: ClientSessionBaseStatus,
    pub expire_at: i64,
    pub abandon_at: i64,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_token: Option<Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
}
impl std::fmt::Debug for ClientSessionBase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSessionBase")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("status", &self.status)
            .field("expire_at", &self.expire_at)
            .field("abandon_at", &self.abandon_at)
            .field("last_active_at", &self.last_active_at)
            .field("last_active_token", &sdkgen_runtime::Redacted)
            .field("actor", &self.actor)
            .finish()
    }
}
/// Spec: `#/components/schemas/Client.SessionBase-2`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSessionBase2 {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionBase2Object,
    pub status: ClientSessionBase2Status,
    pub expire_at: i64,
    pub abandon_at: i64,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_token: Option<Token>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<ClientSessionTask>>,
}
impl std::fmt::Debug for ClientSessionBase2 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientSessionBase2")
            .field("id", &self.id)
            .field("object", &self.object)
            .field("status", &self.status)
            .field("expire_at", &self.expire_at)
            .field("abandon_at", &self.abandon_at)
            .field("last_active_at", &self.last_active_at)
            .field("last_active_token", &sdkgen_runtime::Redacted)
            .field("actor", &self.actor)
            .field("tasks", &self.tasks)
            .finish()
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SessionBase-2/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSessionBase2Object {
    /// `session`
    Session,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSessionBase2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Session => "session",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientSessionBase2Object {
    fn default() -> Self {
        Self::Session
    }
}
impl From<&str> for ClientSessionBase2Object {
    fn from(value: &str) -> Self {
        match value {
            "session" => Self::Session,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSessionBase2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSessionBase2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSessionBase2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSessionBase2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SessionBase-2/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSessionBase2Status {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// `ended`
    Ended,
    /// `expired`
    Expired,
    /// `removed`
    Removed,
    /// `abandoned`
    Abandoned,
    /// `pending`
    Pending,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSessionBase2Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Ended => "ended",
            Self::Expired => "expired",
            Self::Removed => "removed",
            Self::Abandoned => "abandoned",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSessionBase2Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "ended" => Self::Ended,
            "expired" => Self::Expired,
            "removed" => Self::Removed,
            "abandoned" => Self::Abandoned,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSessionBase2Status {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSessionBase2Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSessionBase2Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSessionBase2Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SessionBase/properties/object`
pub type ClientSessionBaseObject = ClientSessionBase2Object;
/// Spec: `#/components/schemas/Client.SessionBase/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSessionBaseStatus {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// `ended`
    Ended,
    /// `expired`
    Expired,
    /// `removed`
    Removed,
    /// `abandoned`
    Abandoned,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSessionBaseStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Ended => "ended",
            Self::Expired => "expired",
            Self::Removed => "removed",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSessionBaseStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "ended" => Self::Ended,
            "expired" => Self::Expired,
            "removed" => Self::Removed,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSessionBaseStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSessionBaseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSessionBaseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSessionBaseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SessionReverification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSessionReverification {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSessionReverificationObject,
    /// The level used for the session reverification
    pub level: String,
    pub status: ClientSessionReverificationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_first_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_second_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_factor_verification: Option<
        ClientSessionReverificationFirstFactorVerification,
    >,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_factor_verification: Option<
        ClientSessionReverificationSecondFactorVerification,
    >,
    pub session: ClientSessionBase2,
}
/// Spec: `#/components/schemas/Client.SessionReverification/properties/first_factor_verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSessionReverificationFirstFactorVerification {
    /// `strategy`: "password"
    StubsVerificationPassword(StubsVerificationPassword),
    /// `strategy`: "phone_code" | "email_code" | "reset_password_email_code" | "reset_password_phone_code"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `strategy`: "passkey"
    StubsVerificationPasskey(StubsVerificationPasskey),
    /// `strategy`: "trusted_device"
    StubsVerificationTrustedDevice(StubsVerificationTrustedDevice),
    /// `strategy`: "saml"
    StubsVerificationSaml(StubsVerificationSaml),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSessionReverificationFirstFactorVerification {
    const NAME: &'static str = "ClientSessionReverificationFirstFactorVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("password") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationPassword)
            }
            Some(
                "phone_code" | "email_code" | "reset_password_email_code"
                | "reset_password_phone_code",
            ) => Deserialize::deserialize(content).map(Self::StubsVerificationOtp),
            Some("passkey") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationPasskey)
            }
            Some("trusted_device") => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationTrustedDevice)
            }
            Some("saml") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationSaml)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSessionReverificationFirstFactorVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SessionReverification/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSessionReverificationObject {
    /// `session_reverification`
    SessionReverification,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSessionReverificationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SessionReverification => "session_reverification",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientSessionReverificationObject {
    fn default() -> Self {
        Self::SessionReverification
    }
}
impl From<&str> for ClientSessionReverificationObject {
    fn from(value: &str) -> Self {
        match value {
            "session_reverification" => Self::SessionReverification,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSessionReverificationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSessionReverificationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSessionReverificationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSessionReverificationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SessionReverification/properties/second_factor_verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSessionReverificationSecondFactorVerification {
    /// `strategy`: "phone_code" | "email_code" | "reset_password_email_code" | "reset_password_phone_code"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `strategy`: "totp"
    StubsVerificationTotp(StubsVerificationTotp),
    /// `strategy`: "backup_code"
    StubsVerificationBackupCode(StubsVerificationBackupCode),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion
for ClientSessionReverificationSecondFactorVerification {
    const NAME: &'static str = "ClientSessionReverificationSecondFactorVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some(
                "phone_code" | "email_code" | "reset_password_email_code"
                | "reset_password_phone_code",
            ) => Deserialize::deserialize(content).map(Self::StubsVerificationOtp),
            Some("totp") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTotp)
            }
            Some("backup_code") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationBackupCode)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSessionReverificationSecondFactorVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SessionReverification/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSessionReverificationStatus {
    /// `needs_first_factor`
    NeedsFirstFactor,
    /// `needs_second_factor`
    NeedsSecondFactor,
    /// `complete`
    Complete,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSessionReverificationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NeedsFirstFactor => "needs_first_factor",
            Self::NeedsSecondFactor => "needs_second_factor",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSessionReverificationStatus {
    fn from(value: &str) -> Self {
        match value {
            "needs_first_factor" => Self::NeedsFirstFactor,
            "needs_second_factor" => Self::NeedsSecondFactor,
            "complete" => Self::Complete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSessionReverificationStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSessionReverificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSessionReverificationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSessionReverificationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SessionTask`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSessionTask {
    pub key: String,
}
/// Spec: `#/components/schemas/Client.SignIn`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignIn {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSignInObject,
    pub id: String,
    pub status: ClientSignInStatus,
    /// List of supported identifiers that can be used to sign in.
    pub supported_identifiers: Vec<ClientSignInSupportedIdentifiersItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_first_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_second_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_factor_verification: Option<ClientSignInFirstFactorVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_factor_verification: Option<ClientSignInSecondFactorVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<ClientSignInUserData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_session_id: Option<String>,
    /// Unix timestamp at which the sign in will be abandoned.
    pub abandon_at: i64,
    /// The Device Trust state of this sign-in attempt. - `pending`: The identifier has not been set yet. - `new`: The user has not had a session on this device before. - `known`: The user has had a session on this device before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_trust_state: Option<ClientSignInClientTrustState>,
}
/// Spec: `#/components/schemas/Client.SignIn-2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignIn2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSignIn2Object,
    pub id: String,
    pub status: ClientSignIn2Status,
    /// List of supported identifiers that can be used to sign in.
    pub supported_identifiers: Vec<ClientSignIn2SupportedIdentifiersItem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_first_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_second_factors: Option<Vec<StubsSignInFactor>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_factor_verification: Option<ClientSignIn2FirstFactorVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_factor_verification: Option<ClientSignIn2SecondFactorVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_data: Option<ClientSignIn2UserData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_session_id: Option<String>,
    /// Unix timestamp at which the sign in will be abandoned.
    pub abandon_at: i64,
    /// The Device Trust state of this sign-in attempt. - `pending`: The identifier has not been set yet. - `new`: The user has not had a session on this device before. - `known`: The user has had a session on this device before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_trust_state: Option<ClientSignIn2ClientTrustState>,
}
/// The Device Trust state of this sign-in attempt. - `pending`: The identifier has not been set yet. - `new`: The user has not had a session on this device before. - `known`: The user has had a session on this device before.
///
/// Spec: `#/components/schemas/Client.SignIn-2/properties/client_trust_state`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignIn2ClientTrustState {
    /// `pending`
    Pending,
    /// `new`
    New,
    /// `known`
    Known,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignIn2ClientTrustState {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::New => "new",
            Self::Known => "known",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSignIn2ClientTrustState {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "new" => Self::New,
            "known" => Self::Known,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignIn2ClientTrustState {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignIn2ClientTrustState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignIn2ClientTrustState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2ClientTrustState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn-2/properties/first_factor_verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSignIn2FirstFactorVerification {
    /// `object`: "verification_password"
    StubsVerificationPassword(StubsVerificationPassword),
    /// `object`: "verification_oauth"
    StubsVerificationOauth(StubsVerificationOauth),
    /// `object`: "verification_otp"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `object`: "verification_email_link"
    StubsVerificationLink(StubsVerificationLink),
    /// `object`: "verification_web3"
    StubsVerificationWeb3Signature(StubsVerificationWeb3Signature),
    /// `object`: "verification_ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// `object`: "verification_saml"
    StubsVerificationSaml(StubsVerificationSaml),
    /// `object`: "verification_passkey"
    StubsVerificationPasskey(StubsVerificationPasskey),
    /// `object`: "verification_trusted_device"
    StubsVerificationTrustedDevice(StubsVerificationTrustedDevice),
    /// `object`: "verification_google_one_tap"
    StubsVerificationGoogleOneTap(StubsVerificationGoogleOneTap),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSignIn2FirstFactorVerification {
    const NAME: &'static str = "ClientSignIn2FirstFactorVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_password") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationPassword)
            }
            Some("verification_oauth") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationOauth)
            }
            Some("verification_otp") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationOtp)
            }
            Some("verification_email_link") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationLink)
            }
            Some("verification_web3") => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationWeb3Signature)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationSaml)
            }
            Some("verification_passkey") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationPasskey)
            }
            Some("verification_trusted_device") => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationTrustedDevice)
            }
            Some("verification_google_one_tap") => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationGoogleOneTap)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2FirstFactorVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SignIn-2/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignIn2Object {
    /// `sign_in_attempt`
    SignInAttempt,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignIn2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SignInAttempt => "sign_in_attempt",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientSignIn2Object {
    fn default() -> Self {
        Self::SignInAttempt
    }
}
impl From<&str> for ClientSignIn2Object {
    fn from(value: &str) -> Self {
        match value {
            "sign_in_attempt" => Self::SignInAttempt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignIn2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignIn2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignIn2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn-2/properties/second_factor_verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSignIn2SecondFactorVerification {
    /// `strategy`: "phone_code" | "email_code" | "reset_password_email_code" | "reset_password_phone_code"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `strategy`: "email_link"
    StubsVerificationLink(StubsVerificationLink),
    /// `strategy`: "totp"
    StubsVerificationTotp(StubsVerificationTotp),
    /// `strategy`: "ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// `strategy`: "backup_code"
    StubsVerificationBackupCode(StubsVerificationBackupCode),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSignIn2SecondFactorVerification {
    const NAME: &'static str = "ClientSignIn2SecondFactorVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some(
                "phone_code" | "email_code" | "reset_password_email_code"
                | "reset_password_phone_code",
            ) => Deserialize::deserialize(content).map(Self::StubsVerificationOtp),
            Some("email_link") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationLink)
            }
            Some("totp") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTotp)
            }
            Some("ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            Some("backup_code") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationBackupCode)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2SecondFactorVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn-2/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignIn2Status {
    /// `abandoned`
    Abandoned,
    /// `needs_identifier`
    NeedsIdentifier,
    /// `needs_first_factor`
    NeedsFirstFactor,
    /// `needs_second_factor`
    NeedsSecondFactor,
    /// `needs_client_trust`
    NeedsClientTrust,
    /// `needs_new_password`
    NeedsNewPassword,
    /// `needs_protect_check`
    NeedsProtectCheck,
    /// `complete`
    Complete,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignIn2Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Abandoned => "abandoned",
            Self::NeedsIdentifier => "needs_identifier",
            Self::NeedsFirstFactor => "needs_first_factor",
            Self::NeedsSecondFactor => "needs_second_factor",
            Self::NeedsClientTrust => "needs_client_trust",
            Self::NeedsNewPassword => "needs_new_password",
            Self::NeedsProtectCheck => "needs_protect_check",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSignIn2Status {
    fn from(value: &str) -> Self {
        match value {
            "abandoned" => Self::Abandoned,
            "needs_identifier" => Self::NeedsIdentifier,
            "needs_first_factor" => Self::NeedsFirstFactor,
            "needs_second_factor" => Self::NeedsSecondFactor,
            "needs_client_trust" => Self::NeedsClientTrust,
            "needs_new_password" => Self::NeedsNewPassword,
            "needs_protect_check" => Self::NeedsProtectCheck,
            "complete" => Self::Complete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignIn2Status {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignIn2Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignIn2Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn-2/properties/supported_identifiers/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignIn2SupportedIdentifiersItem {
    /// `email_address`
    EmailAddress,
    /// `phone_number`
    PhoneNumber,
    /// `username`
    Username,
    /// `web3_wallet`
    Web3Wallet,
    /// `passkey`
    Passkey,
    /// `password`
    Password,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignIn2SupportedIdentifiersItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::PhoneNumber => "phone_number",
            Self::Username => "username",
            Self::Web3Wallet => "web3_wallet",
            Self::Passkey => "passkey",
            Self::Password => "password",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSignIn2SupportedIdentifiersItem {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            "phone_number" => Self::PhoneNumber,
            "username" => Self::Username,
            "web3_wallet" => Self::Web3Wallet,
            "passkey" => Self::Passkey,
            "password" => Self::Password,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignIn2SupportedIdentifiersItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignIn2SupportedIdentifiersItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignIn2SupportedIdentifiersItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignIn2SupportedIdentifiersItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn-2/properties/user_data`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignIn2UserData {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    /// Use `image_url` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image_url: Option<String>,
}
/// The Device Trust state of this sign-in attempt. - `pending`: The identifier has not been set yet. - `new`: The user has not had a session on this device before. - `known`: The user has had a session on this device before.
///
/// Spec: `#/components/schemas/Client.SignIn/properties/client_trust_state`
pub type ClientSignInClientTrustState = ClientSignIn2ClientTrustState;
/// Spec: `#/components/schemas/Client.SignIn/properties/first_factor_verification`
pub type ClientSignInFirstFactorVerification = ClientSignIn2FirstFactorVerification;
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SignIn/properties/object`
pub type ClientSignInObject = ClientSignIn2Object;
/// Spec: `#/components/schemas/Client.SignIn/properties/second_factor_verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSignInSecondFactorVerification {
    /// `strategy`: "phone_code" | "email_code" | "reset_password_email_code" | "reset_password_phone_code"
    StubsVerificationOtp(StubsVerificationOtp),
    /// `strategy`: "totp"
    StubsVerificationTotp(StubsVerificationTotp),
    /// `strategy`: "ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// `strategy`: "backup_code"
    StubsVerificationBackupCode(StubsVerificationBackupCode),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSignInSecondFactorVerification {
    const NAME: &'static str = "ClientSignInSecondFactorVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some(
                "phone_code" | "email_code" | "reset_password_email_code"
                | "reset_password_phone_code",
            ) => Deserialize::deserialize(content).map(Self::StubsVerificationOtp),
            Some("totp") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTotp)
            }
            Some("ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            Some("backup_code") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationBackupCode)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSignInSecondFactorVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignIn/properties/status`
pub type ClientSignInStatus = ClientSignIn2Status;
/// Spec: `#/components/schemas/Client.SignIn/properties/supported_identifiers/items`
pub type ClientSignInSupportedIdentifiersItem = ClientSignIn2SupportedIdentifiersItem;
/// Spec: `#/components/schemas/Client.SignIn/properties/user_data`
pub type ClientSignInUserData = ClientSignIn2UserData;
/// Spec: `#/components/schemas/Client.SignUp`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUp {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientSignUpObject,
    /// Unique identifier for this sign up.
    pub id: String,
    pub status: ClientSignUpStatus,
    /// List of required fields which need to be supplied to the current sign-up. These fields are mandatory in order for the sign-up to satisfy the attached registration policy and be marked as complete.
    pub required_fields: Vec<String>,
    /// List of optional fields which can be supplied to the current sign-up. These fields are not required and their absence does not prevent the sign-up to be marked as complete.
    pub optional_fields: Vec<String>,
    /// List of the missing fields which still need to be supplied to the current sign-up. These fields are mandatory in order for the sign-up to satisfy the attached registration policy and be marked as complete.
    pub missing_fields: Vec<String>,
    /// List of fields which are already supplied to the current sign-up but they need to be verified. Example of such fields are email addresses and phone numbers.
    pub unverified_fields: Vec<String>,
    /// Group for all available verifications.
    pub verifications: ClientSignUpVerifications,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<String>,
    pub password_enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Custom JSON that callers can use to store arbitrary values that make sense in the context of the current sign up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Custom JSON that can be used to store arbitrary values which will end up in the user's public metadata. This field can only be populated from the application's BE. At this point, this can be done via invitations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub custom_action: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_session_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_user_id: Option<String>,
    /// Unix timestamp at which the sign up will be abandoned.
    pub abandon_at: i64,
    /// Unix timestamp at which the user accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted_at: Option<i64>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.SignUp/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignUpObject {
    /// `sign_up_attempt`
    SignUpAttempt,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignUpObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SignUpAttempt => "sign_up_attempt",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientSignUpObject {
    fn default() -> Self {
        Self::SignUpAttempt
    }
}
impl From<&str> for ClientSignUpObject {
    fn from(value: &str) -> Self {
        match value {
            "sign_up_attempt" => Self::SignUpAttempt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignUpObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignUpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignUpObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignUpObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignUp/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientSignUpStatus {
    /// `abandoned`
    Abandoned,
    /// `missing_requirements`
    MissingRequirements,
    /// `complete`
    Complete,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientSignUpStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Abandoned => "abandoned",
            Self::MissingRequirements => "missing_requirements",
            Self::Complete => "complete",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientSignUpStatus {
    fn from(value: &str) -> Self {
        match value {
            "abandoned" => Self::Abandoned,
            "missing_requirements" => Self::MissingRequirements,
            "complete" => Self::Complete,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientSignUpStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientSignUpStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientSignUpStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientSignUpStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ClientSignUpVerifications {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<ClientSignUpVerificationsEmailAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<ClientSignUpVerificationsPhoneNumber>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<ClientSignUpVerificationsWeb3Wallet>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_account: Option<ClientSignUpVerificationsExternalAccount>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSignUpVerificationsEmailAddress {
    /// `object`: "verification_otp"
    Variant1(ClientSignUpVerificationsEmailAddressVariant1),
    /// `object`: "verification_email_link"
    Variant2(ClientSignUpVerificationsEmailAddressVariant2),
    /// `object`: "verification_ticket"
    Variant3(ClientSignUpVerificationsEmailAddressVariant3),
    /// `object`: "verification_from_oauth"
    Variant4(ClientSignUpVerificationsEmailAddressVariant4),
    /// `object`: "verification_saml"
    Variant5(ClientSignUpVerificationsEmailAddressVariant5),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSignUpVerificationsEmailAddress {
    const NAME: &'static str = "ClientSignUpVerificationsEmailAddress";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_otp") => {
                Deserialize::deserialize(content).map(Self::Variant1)
            }
            Some("verification_email_link") => {
                Deserialize::deserialize(content).map(Self::Variant2)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::Variant3)
            }
            Some("verification_from_oauth") => {
                Deserialize::deserialize(content).map(Self::Variant4)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::Variant5)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSignUpVerificationsEmailAddress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address/oneOf/0`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsEmailAddressVariant1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationOtpObject>,
    pub status: StubsVerificationOtpStatus,
    pub strategy: StubsVerificationOtpStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub expire_at: i64,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address/oneOf/1`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsEmailAddressVariant2 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationLinkObject>,
    pub status: StubsVerificationLinkStatus,
    #[serde(default)]
    pub strategy: StubsVerificationLinkStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub expire_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address/oneOf/2`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsEmailAddressVariant3 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationTicketObject>,
    pub status: StubsVerificationTicketStatus,
    #[serde(default)]
    pub strategy: StubsVerificationTicketStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address/oneOf/3`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsEmailAddressVariant4 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationFromOauthObject>,
    pub status: StubsVerificationFromOauthStatus,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/email_address/oneOf/4`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsEmailAddressVariant5 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationSamlObject>,
    pub status: StubsVerificationSamlStatus,
    #[serde(default)]
    pub strategy: StubsVerificationSamlStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/external_account`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientSignUpVerificationsExternalAccount {
    /// `object`: "verification_oauth"
    StubsVerificationOauth(StubsVerificationOauth),
    /// `object`: "verification_saml"
    StubsVerificationSaml(StubsVerificationSaml),
    /// `object`: "verification_ticket"
    StubsVerificationTicket(StubsVerificationTicket),
    /// `object`: "verification_google_one_tap"
    StubsVerificationGoogleOneTap(StubsVerificationGoogleOneTap),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientSignUpVerificationsExternalAccount {
    const NAME: &'static str = "ClientSignUpVerificationsExternalAccount";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_oauth") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationOauth)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationSaml)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationTicket)
            }
            Some("verification_google_one_tap") => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationGoogleOneTap)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientSignUpVerificationsExternalAccount {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/phone_number`
pub type ClientSignUpVerificationsPhoneNumber = ClientSignUpVerificationsEmailAddressVariant1;
/// Spec: `#/components/schemas/Client.SignUp.Verifications/properties/web3_wallet`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientSignUpVerificationsWeb3Wallet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationWeb3SignatureObject>,
    pub status: StubsVerificationWeb3SignatureStatus,
    pub strategy: StubsVerificationWeb3SignatureStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Body of the response `#/components/responses/Client.TouchSession`.
///
/// Spec: `#/components/schemas/Client.TouchWrappedSession`
pub type ClientTouchWrappedSession = ClientClientWrappedSession;
/// Spec: `#/components/schemas/Client.TrustedDevice`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientTrustedDevice {
    pub id: String,
    #[serde(default)]
    pub object: ClientTrustedDeviceObject,
    pub platform: ClientTrustedDevicePlatform,
    /// Bundle identifier or package name for the native application that owns the credential.
    pub app_identifier: String,
    /// Optional user-facing device name supplied by the SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub algorithm: ClientTrustedDeviceAlgorithm,
    pub status: ClientTrustedDeviceStatus,
    pub created_at: i64,
    pub updated_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<i64>,
}
/// Spec: `#/components/schemas/Client.TrustedDevice/properties/algorithm`
pub type ClientTrustedDeviceAlgorithm = AttemptSignInFactorOneBodyAlgorithm;
/// Spec: `#/components/schemas/Client.TrustedDeviceChallenge`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientTrustedDeviceChallenge {
    #[serde(default)]
    pub object: ClientTrustedDeviceChallengeObject,
    pub challenge: String,
    pub challenge_id: String,
    /// Present for sign-in challenges and omitted for enrollment challenges.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_id: Option<String>,
    /// Canonical JSON challenge payload that the native SDK must sign.
    pub client_data: String,
    pub expires_at: i64,
    #[serde(default)]
    pub algorithm: ClientTrustedDeviceChallengeAlgorithm,
}
/// Spec: `#/components/schemas/Client.TrustedDeviceChallenge/properties/algorithm`
pub type ClientTrustedDeviceChallengeAlgorithm = AttemptSignInFactorOneBodyAlgorithm;
/// Spec: `#/components/schemas/Client.TrustedDeviceChallenge/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientTrustedDeviceChallengeObject {
    /// `trusted_device_challenge`
    TrustedDeviceChallenge,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientTrustedDeviceChallengeObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrustedDeviceChallenge => "trusted_device_challenge",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientTrustedDeviceChallengeObject {
    fn default() -> Self {
        Self::TrustedDeviceChallenge
    }
}
impl From<&str> for ClientTrustedDeviceChallengeObject {
    fn from(value: &str) -> Self {
        match value {
            "trusted_device_challenge" => Self::TrustedDeviceChallenge,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientTrustedDeviceChallengeObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientTrustedDeviceChallengeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientTrustedDeviceChallengeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientTrustedDeviceChallengeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.TrustedDevice/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientTrustedDeviceObject {
    /// `trusted_device`
    TrustedDevice,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientTrustedDeviceObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrustedDevice => "trusted_device",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientTrustedDeviceObject {
    fn default() -> Self {
        Self::TrustedDevice
    }
}
impl From<&str> for ClientTrustedDeviceObject {
    fn from(value: &str) -> Self {
        match value {
            "trusted_device" => Self::TrustedDevice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientTrustedDeviceObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientTrustedDeviceObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientTrustedDeviceObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientTrustedDeviceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.TrustedDevice/properties/platform`
pub type ClientTrustedDevicePlatform = AttemptTrustedDeviceBodyPlatform;
/// Spec: `#/components/schemas/Client.TrustedDevice/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientTrustedDeviceStatus {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientTrustedDeviceStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ClientTrustedDeviceStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientTrustedDeviceStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientTrustedDeviceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientTrustedDeviceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientTrustedDeviceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.TrustedDeviceValidation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientTrustedDeviceValidation {
    #[serde(default)]
    pub object: ClientTrustedDeviceValidationObject,
    pub valid: bool,
}
/// Spec: `#/components/schemas/Client.TrustedDeviceValidation/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientTrustedDeviceValidationObject {
    /// `trusted_device_validation`
    TrustedDeviceValidation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientTrustedDeviceValidationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrustedDeviceValidation => "trusted_device_validation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientTrustedDeviceValidationObject {
    fn default() -> Self {
        Self::TrustedDeviceValidation
    }
}
impl From<&str> for ClientTrustedDeviceValidationObject {
    fn from(value: &str) -> Self {
        match value {
            "trusted_device_validation" => Self::TrustedDeviceValidation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientTrustedDeviceValidationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientTrustedDeviceValidationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientTrustedDeviceValidationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientTrustedDeviceValidationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.User`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientUser {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientUserObject,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_email_address_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_phone_number_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_web3_wallet_id: Option<String>,
    pub password_enabled: bool,
    pub two_factor_enabled: bool,
    pub totp_enabled: bool,
    pub backup_code_enabled: bool,
    pub email_addresses: Vec<ClientEmailAddress>,
    pub phone_numbers: Vec<ClientPhoneNumber>,
    pub web3_wallets: Vec<ClientWeb3Wallet>,
    pub passkeys: Vec<ClientPasskey>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_memberships: Option<Vec<ClientOrganizationMembership>>,
    pub external_accounts: Vec<ExternalAccountWithVerification>,
    pub saml_accounts: Vec<ClientSamlAccount>,
    /// Unix timestamp of last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_updated_at: Option<i64>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// Unix timestamp of last sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sign_in_at: Option<i64>,
    /// Flag to denote whether user is banned or not.
    pub banned: bool,
    /// Flag to denote whether user is currently locked, i.e. restricted from signing in or not.
    pub locked: bool,
    /// Flag to denote whether the user has been deprovisioned via SCIM and is restricted from signing in. Only present on instances with SCIM enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprovisioned: Option<bool>,
    /// The number of seconds remaining until the lockout period expires for a locked user. A null value for a locked user indicates that lockout never expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockout_expires_in_seconds: Option<i64>,
    /// The number of verification attempts remaining until the user is locked. Null if account lockout is not enabled. Note: if a user is locked explicitly via the Backend API, they may still have verification attempts remaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_attempts_remaining: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// If enabled, user can delete themselves via FAPI.
    pub delete_self_enabled: bool,
    /// If enabled, user can create organizations via FAPI.
    pub create_organization_enabled: bool,
    /// The maximum number of organizations the user can create. 0 means unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_organizations_limit: Option<i64>,
    /// Unix timestamp of the latest session activity, with day precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<i64>,
    /// Unix timestamp at which the user enabled MFA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_enabled_at: Option<i64>,
    /// Unix timestamp at which the user disabled MFA.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_disabled_at: Option<i64>,
    /// Unix timestamp at which the user accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted_at: Option<i64>,
    /// Deprecated. Use `image_url` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image_url: Option<String>,
    /// The user's enterprise (SAML/OIDC) accounts.
    pub enterprise_accounts: Vec<serde_json::Value>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.User/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientUserObject {
    /// `user`
    User,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientUserObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientUserObject {
    fn default() -> Self {
        Self::User
    }
}
impl From<&str> for ClientUserObject {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientUserObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientUserObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientUserObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientUserObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.UserSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientUserSettings {
    pub attributes: UserSettingsAttributes,
    pub social: UserSettingsSocials,
    pub saml: UserSettingsEnterpriseSso,
    pub enterprise_sso: UserSettingsEnterpriseSso,
    pub sign_in: UserSettingsSignIn,
    pub sign_up: UserSettingsSignUp,
    pub restrictions: UserSettingsRestrictions,
    pub password_settings: UserSettingsPasswordSettings,
    pub username_settings: UserSettingsUsernameSettings,
    pub actions: UserSettingsActionsSettings,
    pub attack_protection: UserSettingsAttackProtectionSettings,
    pub passkey_settings: UserSettingsPasskeySettings,
}
/// Body of the response `#/components/responses/Client.WaitlistEntry`.
///
/// Spec: `#/components/schemas/Client.WaitlistEntry`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientWaitlistEntry {
    #[serde(default)]
    pub object: ClientWaitlistEntryObject,
    pub id: String,
}
/// Spec: `#/components/schemas/Client.WaitlistEntry/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientWaitlistEntryObject {
    /// `waitlist_entry`
    WaitlistEntry,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientWaitlistEntryObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitlistEntry => "waitlist_entry",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientWaitlistEntryObject {
    fn default() -> Self {
        Self::WaitlistEntry
    }
}
impl From<&str> for ClientWaitlistEntryObject {
    fn from(value: &str) -> Self {
        match value {
            "waitlist_entry" => Self::WaitlistEntry,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientWaitlistEntryObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientWaitlistEntryObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientWaitlistEntryObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientWaitlistEntryObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Web3Wallet`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClientWeb3Wallet {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientWeb3WalletObject,
    pub web3_wallet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ClientWeb3WalletVerification>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client.Web3Wallet/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientWeb3WalletObject {
    /// `web3_wallet`
    Web3Wallet,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ClientWeb3WalletObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web3Wallet => "web3_wallet",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for ClientWeb3WalletObject {
    fn default() -> Self {
        Self::Web3Wallet
    }
}
impl From<&str> for ClientWeb3WalletObject {
    fn from(value: &str) -> Self {
        match value {
            "web3_wallet" => Self::Web3Wallet,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ClientWeb3WalletObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ClientWeb3WalletObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ClientWeb3WalletObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ClientWeb3WalletObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Client.Web3Wallet/properties/verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ClientWeb3WalletVerification {
    /// `strategy`: "web3_metamask_signature" | "web3_base_signature" | "web3_coinbase_wallet_signature" | "web3_okx_wallet_signature" | "web3_solana_signature"
    StubsVerificationWeb3Signature(StubsVerificationWeb3Signature),
    /// `strategy`: "admin"
    StubsVerificationAdmin(StubsVerificationAdmin),
    /// An object whose `strategy` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ClientWeb3WalletVerification {
    const NAME: &'static str = "ClientWeb3WalletVerification";
    const TAG: &'static str = "strategy";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some(
                "web3_metamask_signature" | "web3_base_signature"
                | "web3_coinbase_wallet_signature" | "web3_okx_wallet_signature"
                | "web3_solana_signature",
            ) => {
                Deserialize::deserialize(content)
                    .map(Self::StubsVerificationWeb3Signature)
            }
            Some("admin") => {
                Deserialize::deserialize(content).map(Self::StubsVerificationAdmin)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ClientWeb3WalletVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1checkouts~1{checkoutID}~1confirm/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct ConfirmOrganizationBillingCheckoutBody {
    /// The ID of the payment method to use for this checkout
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<String>,
    /// The payment gateway to use (e.g., stripe)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    /// A payment token for processing the payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_token: Option<String>,
    /// Whether to use a test card for payment processing
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub use_test_card: Option<bool>,
}
impl ConfirmOrganizationBillingCheckoutBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            payment_method_id: None,
            gateway: None,
            payment_token: None,
            use_test_card: None,
        }
    }
}
impl std::fmt::Debug for ConfirmOrganizationBillingCheckoutBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfirmOrganizationBillingCheckoutBody")
            .field("payment_method_id", &self.payment_method_id)
            .field("gateway", &self.gateway)
            .field("payment_token", &sdkgen_runtime::Redacted)
            .field("use_test_card", &self.use_test_card)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1billing~1checkouts~1{checkoutID}~1confirm/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
pub type ConfirmUserBillingCheckoutBody = ConfirmOrganizationBillingCheckoutBody;
/// Spec: `#/paths/~1api_keys/post/requestBody/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyBody {
    /// Default: `"api_key"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub subject: String,
    /// Minimum: `0` (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_until_expiration: Option<f64>,
}
impl CreateApiKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, subject: String) -> Self {
        Self {
            r#type: None,
            name,
            description: None,
            subject,
            seconds_until_expiration: None,
        }
    }
}
/// The error bodies operation `createApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys/post/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    CreateApiKeyResponse400(CreateApiKeyResponse400),
    CreateApiKeyResponse409(CreateApiKeyResponse409),
}
/// Spec: `#/paths/~1api_keys/post/responses/201/content/application~1json/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyResponse {
    #[serde(default)]
    pub object: CreateApiKeyResponseObject,
    pub id: String,
    pub r#type: String,
    pub subject: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    pub scopes: Vec<String>,
    pub secret: String,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the API key will expire, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The timestamp for when the API key was last used, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<f64>,
    /// The timestamp for when the API key was created, in milliseconds
    pub created_at: f64,
    /// The timestamp for when the API key was last updated, in milliseconds
    pub updated_at: f64,
}
impl std::fmt::Debug for CreateApiKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateApiKeyResponse")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("type", &self.r#type)
            .field("subject", &self.subject)
            .field("name", &self.name)
            .field("description", &self.description)
            .field("claims", &self.claims)
            .field("scopes", &self.scopes)
            .field("secret", &sdkgen_runtime::Redacted)
            .field("revoked", &self.revoked)
            .field("revocation_reason", &self.revocation_reason)
            .field("expired", &self.expired)
            .field("expiration", &self.expiration)
            .field("created_by", &self.created_by)
            .field("last_used_at", &self.last_used_at)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/paths/~1api_keys/post/responses/400/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyResponse400 {
    pub errors: Vec<CreateApiKeyResponse400ErrorsItem>,
}
/// Spec: `#/paths/~1api_keys/post/responses/400/content/application~1json/schema/properties/errors/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateApiKeyResponse400ErrorsItem {
    pub message: String,
    pub long_message: String,
    pub code: String,
}
/// Spec: `#/paths/~1api_keys/post/responses/409/content/application~1json/schema`
pub type CreateApiKeyResponse409 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys/post/responses/409/content/application~1json/schema/properties/errors/items`
pub type CreateApiKeyResponse409ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/post/responses/201/content/application~1json/schema/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateApiKeyResponseObject {
    /// `api_key`
    ApiKey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateApiKeyResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ApiKey => "api_key",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for CreateApiKeyResponseObject {
    fn default() -> Self {
        Self::ApiKey
    }
}
impl From<&str> for CreateApiKeyResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "api_key" => Self::ApiKey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateApiKeyResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateApiKeyResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateApiKeyResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateApiKeyResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1dev_browser/post/responses/200/content/application~1json/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateDevBrowserResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The dev-browser token (a JWT) to send with every request, as `__clerk_db_jwt`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The dev-browser token, where a server sends it under this name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}
impl std::fmt::Debug for CreateDevBrowserResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateDevBrowserResponse")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1email_addresses/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateEmailAddressesBody {
    /// The email address to be added to the user.
    pub email_address: String,
}
impl CreateEmailAddressesBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self { email_address }
    }
}
/// Spec: `#/paths/~1v1~1me~1enterprise_connections/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateMeEnterpriseConnectionBody {
    /// SSO provider type
    pub provider: CreateMeEnterpriseConnectionBodyProvider,
    /// Optional display name for the enterprise connection. When omitted,
    /// the name defaults to the requesting user's primary email address domain, falling
    /// back to the current user's active organization's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Domains served by this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Each entry is lowercased,
    /// trimmed, and deduplicated server-side. Every supplied domain must already exist as one of the
    /// organization's domains with verified ownership and the `enterprise_sso` enrollment mode; the whole
    /// request is rejected with a 422 if any domain is missing, unverified, or configured with a different
    /// enrollment mode.
    pub domains: Vec<String>,
    /// Optional organization ID to associate with this connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// SAML IdP entity ID (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_entity_id: Option<String>,
    /// SAML IdP SSO URL (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_sso_url: Option<String>,
    /// SAML IdP X.509 certificate (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_certificate: Option<String>,
    /// SAML IdP metadata URL (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata_url: Option<String>,
    /// SAML IdP metadata XML document (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata: Option<String>,
    /// JSON-encoded IdP attribute mapping (only when using a SAML provider).
    /// Shape depends on provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_attribute_mapping: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_force_authn: Option<bool>,
    /// OIDC client ID (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_id: Option<String>,
    /// OIDC client secret (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_secret: Option<String>,
    /// OIDC discovery URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_discovery_url: Option<String>,
    /// OIDC authorization endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_url: Option<String>,
    /// OIDC token endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_token_url: Option<String>,
    /// OIDC user info endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_user_info_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_requires_pkce: Option<bool>,
}
impl CreateMeEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        provider: CreateMeEnterpriseConnectionBodyProvider,
        domains: Vec<String>,
    ) -> Self {
        Self {
            provider,
            name: None,
            domains,
            organization_id: None,
            saml_idp_entity_id: None,
            saml_idp_sso_url: None,
            saml_idp_certificate: None,
            saml_idp_metadata_url: None,
            saml_idp_metadata: None,
            saml_attribute_mapping: None,
            saml_allow_subdomains: None,
            saml_allow_idp_initiated: None,
            saml_force_authn: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_discovery_url: None,
            oidc_auth_url: None,
            oidc_token_url: None,
            oidc_user_info_url: None,
            oidc_requires_pkce: None,
        }
    }
}
impl std::fmt::Debug for CreateMeEnterpriseConnectionBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMeEnterpriseConnectionBody")
            .field("provider", &self.provider)
            .field("name", &self.name)
            .field("domains", &self.domains)
            .field("organization_id", &self.organization_id)
            .field("saml_idp_entity_id", &self.saml_idp_entity_id)
            .field("saml_idp_sso_url", &self.saml_idp_sso_url)
            .field("saml_idp_certificate", &self.saml_idp_certificate)
            .field("saml_idp_metadata_url", &self.saml_idp_metadata_url)
            .field("saml_idp_metadata", &self.saml_idp_metadata)
            .field("saml_attribute_mapping", &self.saml_attribute_mapping)
            .field("saml_allow_subdomains", &self.saml_allow_subdomains)
            .field("saml_allow_idp_initiated", &self.saml_allow_idp_initiated)
            .field("saml_force_authn", &self.saml_force_authn)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &sdkgen_runtime::Redacted)
            .field("oidc_discovery_url", &self.oidc_discovery_url)
            .field("oidc_auth_url", &self.oidc_auth_url)
            .field("oidc_token_url", &self.oidc_token_url)
            .field("oidc_user_info_url", &self.oidc_user_info_url)
            .field("oidc_requires_pkce", &self.oidc_requires_pkce)
            .finish()
    }
}
/// SSO provider type
///
/// Spec: `#/paths/~1v1~1me~1enterprise_connections/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/provider`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateMeEnterpriseConnectionBodyProvider {
    /// `saml_custom`
    SamlCustom,
    /// `saml_okta`
    SamlOkta,
    /// `saml_google`
    SamlGoogle,
    /// `saml_microsoft`
    SamlMicrosoft,
    /// `oidc_custom`
    OidcCustom,
    /// `oidc_github_enterprise`
    OidcGithubEnterprise,
    /// `oidc_gitlab`
    OidcGitlab,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateMeEnterpriseConnectionBodyProvider {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlCustom => "saml_custom",
            Self::SamlOkta => "saml_okta",
            Self::SamlGoogle => "saml_google",
            Self::SamlMicrosoft => "saml_microsoft",
            Self::OidcCustom => "oidc_custom",
            Self::OidcGithubEnterprise => "oidc_github_enterprise",
            Self::OidcGitlab => "oidc_gitlab",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateMeEnterpriseConnectionBodyProvider {
    fn from(value: &str) -> Self {
        match value {
            "saml_custom" => Self::SamlCustom,
            "saml_okta" => Self::SamlOkta,
            "saml_google" => Self::SamlGoogle,
            "saml_microsoft" => Self::SamlMicrosoft,
            "oidc_custom" => Self::OidcCustom,
            "oidc_github_enterprise" => Self::OidcGithubEnterprise,
            "oidc_gitlab" => Self::OidcGitlab,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateMeEnterpriseConnectionBodyProvider {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateMeEnterpriseConnectionBodyProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateMeEnterpriseConnectionBodyProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateMeEnterpriseConnectionBodyProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1checkouts/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationBillingCheckoutBody {
    /// The ID of the plan to checkout
    pub plan_id: String,
    /// The billing period for the plan
    ///
    /// Default: `"month"`.
    pub plan_period: CreateOrganizationBillingCheckoutBodyPlanPeriod,
    /// Payment method ID to use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<String>,
}
impl CreateOrganizationBillingCheckoutBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        plan_id: String,
        plan_period: CreateOrganizationBillingCheckoutBodyPlanPeriod,
    ) -> Self {
        Self {
            plan_id,
            plan_period,
            payment_method_id: None,
        }
    }
}
/// The billing period for the plan
///
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1checkouts/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/plan_period`
pub type CreateOrganizationBillingCheckoutBodyPlanPeriod = BillingCheckoutPlanPeriod;
/// Spec: `#/paths/~1v1~1organizations/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateOrganizationBody {
    /// The organization name.
    /// May not contain URLs or HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The organization slug
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}
impl CreateOrganizationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { name: None, slug: None }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationDomainBody {
    /// The name of the new domain
    pub name: String,
    /// The enrollment mode of the new domain. Defaults to `manual_invitation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_mode: Option<CreateOrganizationDomainBodyEnrollmentMode>,
}
impl CreateOrganizationDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String) -> Self {
        Self {
            name,
            enrollment_mode: None,
        }
    }
}
/// The enrollment mode of the new domain. Defaults to `manual_invitation`.
///
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/enrollment_mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateOrganizationDomainBodyEnrollmentMode {
    /// `manual_invitation`
    ManualInvitation,
    /// `automatic_invitation`
    AutomaticInvitation,
    /// `automatic_suggestion`
    AutomaticSuggestion,
    /// `enterprise_sso`
    EnterpriseSso,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateOrganizationDomainBodyEnrollmentMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualInvitation => "manual_invitation",
            Self::AutomaticInvitation => "automatic_invitation",
            Self::AutomaticSuggestion => "automatic_suggestion",
            Self::EnterpriseSso => "enterprise_sso",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for CreateOrganizationDomainBodyEnrollmentMode {
    fn from(value: &str) -> Self {
        match value {
            "manual_invitation" => Self::ManualInvitation,
            "automatic_invitation" => Self::AutomaticInvitation,
            "automatic_suggestion" => Self::AutomaticSuggestion,
            "enterprise_sso" => Self::EnterpriseSso,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateOrganizationDomainBodyEnrollmentMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateOrganizationDomainBodyEnrollmentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateOrganizationDomainBodyEnrollmentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateOrganizationDomainBodyEnrollmentMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1bulk/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationDomainsBulkBody {
    /// The domain names to create.
    pub names: Vec<String>,
    /// The enrollment mode for the new domains. Defaults to `manual_invitation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_mode: Option<CreateOrganizationDomainsBulkBodyEnrollmentMode>,
}
impl CreateOrganizationDomainsBulkBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(names: Vec<String>) -> Self {
        Self {
            names,
            enrollment_mode: None,
        }
    }
}
/// The enrollment mode for the new domains. Defaults to `manual_invitation`.
///
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1bulk/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/enrollment_mode`
pub type CreateOrganizationDomainsBulkBodyEnrollmentMode = CreateOrganizationDomainBodyEnrollmentMode;
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1enterprise_connections/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationEnterpriseConnectionBody {
    /// SSO provider type
    pub provider: CreateOrganizationEnterpriseConnectionBodyProvider,
    /// Optional display name for the enterprise connection. When omitted (or sent empty),
    /// the name defaults to the requesting user's primary email address domain, falling
    /// back to the organization's name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Domains served by this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Each entry is lowercased,
    /// trimmed, and deduplicated server-side. Every supplied domain must already exist as one of the
    /// organization's domains with verified ownership (see the organization domains verification flow)
    /// and the `enterprise_sso` enrollment mode; the whole request is rejected with a 422 if any domain
    /// is missing, unverified, or configured with a different enrollment mode.
    pub domains: Vec<String>,
    /// SAML IdP entity ID (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_entity_id: Option<String>,
    /// SAML IdP SSO URL (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_sso_url: Option<String>,
    /// SAML IdP X.509 certificate (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_certificate: Option<String>,
    /// SAML IdP metadata URL (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata_url: Option<String>,
    /// SAML IdP metadata XML document (only when using a SAML provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata: Option<String>,
    /// JSON-encoded IdP attribute mapping (only when using a SAML provider).
    /// Shape depends on provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_attribute_mapping: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_force_authn: Option<bool>,
    /// OIDC client ID (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_id: Option<String>,
    /// OIDC client secret (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_secret: Option<String>,
    /// OIDC discovery URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_discovery_url: Option<String>,
    /// OIDC authorization endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_url: Option<String>,
    /// OIDC token endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_token_url: Option<String>,
    /// OIDC user info endpoint URL (only when using an OIDC provider)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_user_info_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_requires_pkce: Option<bool>,
}
impl CreateOrganizationEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        provider: CreateOrganizationEnterpriseConnectionBodyProvider,
        domains: Vec<String>,
    ) -> Self {
        Self {
            provider,
            name: None,
            domains,
            saml_idp_entity_id: None,
            saml_idp_sso_url: None,
            saml_idp_certificate: None,
            saml_idp_metadata_url: None,
            saml_idp_metadata: None,
            saml_attribute_mapping: None,
            saml_allow_subdomains: None,
            saml_allow_idp_initiated: None,
            saml_force_authn: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_discovery_url: None,
            oidc_auth_url: None,
            oidc_token_url: None,
            oidc_user_info_url: None,
            oidc_requires_pkce: None,
        }
    }
}
impl std::fmt::Debug for CreateOrganizationEnterpriseConnectionBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationEnterpriseConnectionBody")
            .field("provider", &self.provider)
            .field("name", &self.name)
            .field("domains", &self.domains)
            .field("saml_idp_entity_id", &self.saml_idp_entity_id)
            .field("saml_idp_sso_url", &self.saml_idp_sso_url)
            .field("saml_idp_certificate", &self.saml_idp_certificate)
            .field("saml_idp_metadata_url", &self.saml_idp_metadata_url)
            .field("saml_idp_metadata", &self.saml_idp_metadata)
            .field("saml_attribute_mapping", &self.saml_attribute_mapping)
            .field("saml_allow_subdomains", &self.saml_allow_subdomains)
            .field("saml_allow_idp_initiated", &self.saml_allow_idp_initiated)
            .field("saml_force_authn", &self.saml_force_authn)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &sdkgen_runtime::Redacted)
            .field("oidc_discovery_url", &self.oidc_discovery_url)
            .field("oidc_auth_url", &self.oidc_auth_url)
            .field("oidc_token_url", &self.oidc_token_url)
            .field("oidc_user_info_url", &self.oidc_user_info_url)
            .field("oidc_requires_pkce", &self.oidc_requires_pkce)
            .finish()
    }
}
/// SSO provider type
///
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1enterprise_connections/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/provider`
pub type CreateOrganizationEnterpriseConnectionBodyProvider = CreateMeEnterpriseConnectionBodyProvider;
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1invitations/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationInvitationsBody {
    /// The email address the invitation will be sent to.
    pub email_address: String,
    /// The role that will be assigned to the user after joining.
    /// This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role.
    pub role: String,
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}
impl CreateOrganizationInvitationsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String, role: String) -> Self {
        Self {
            email_address,
            role,
            notify: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1memberships/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateOrganizationMembershipBody {
    /// The ID of the user to be added as a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// The role that will be assigned to the user after joining.
    /// This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl CreateOrganizationMembershipBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { user_id: None, role: None }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1payment_methods/post/requestBody/content/application~1json/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateOrganizationPaymentMethodBody {
    /// The payment token for the payment method
    pub payment_token: String,
    /// The payment gateway to use
    #[serde(default)]
    pub gateway: CreateOrganizationPaymentMethodBodyGateway,
}
impl CreateOrganizationPaymentMethodBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(payment_token: String) -> Self {
        Self {
            payment_token,
            gateway: Default::default(),
        }
    }
}
impl std::fmt::Debug for CreateOrganizationPaymentMethodBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationPaymentMethodBody")
            .field("payment_token", &sdkgen_runtime::Redacted)
            .field("gateway", &self.gateway)
            .finish()
    }
}
/// The payment gateway to use
///
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1payment_methods/post/requestBody/content/application~1json/schema/properties/gateway`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateOrganizationPaymentMethodBodyGateway {
    /// `stripe`
    Stripe,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateOrganizationPaymentMethodBodyGateway {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stripe => "stripe",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for CreateOrganizationPaymentMethodBodyGateway {
    fn default() -> Self {
        Self::Stripe
    }
}
impl From<&str> for CreateOrganizationPaymentMethodBodyGateway {
    fn from(value: &str) -> Self {
        match value {
            "stripe" => Self::Stripe,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateOrganizationPaymentMethodBodyGateway {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateOrganizationPaymentMethodBodyGateway {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateOrganizationPaymentMethodBodyGateway {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateOrganizationPaymentMethodBodyGateway {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1tokens/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateServiceTokenBody {
    pub service: String,
}
impl CreateServiceTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(service: String) -> Self {
        Self { service }
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1tokens/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSessionTokenBody {
    /// The organization ID to associate with the token. The user must be a member of the organization.
    /// If present but empty, the personal account will be set as active.
    /// If absent, the previous active organization for the session will be used.
    ///
    /// When force organization selection is enabled and this value is sent as null or empty string,
    /// the token will be created with the previous active organization and will not attempt to switch to a personal account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}
impl CreateSessionTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { organization_id: None }
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1tokens/post/responses/200/content/application~1json/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSessionTokenResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
}
impl std::fmt::Debug for CreateSessionTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSessionTokenResponse")
            .field("jwt", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1tokens~1{template_name}/post/responses/200/content/application~1json/schema`
pub type CreateSessionTokenWithTemplateResponse = CreateSessionTokenResponse;
/// Spec: `#/paths/~1v1~1client~1sign_ins/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSignInBody {
    /// Strategy used to sign in.
    /// Can be one of `phone_code`, `email_code`, `ticket`, `web3_[provider]_signature` `reset_password_code`, `reset_password_phone_code`, `email_link`, `oauth_[provider]`, `oauth_token_[provider]`, `saml`, `password`, `passkey`, `trusted_device`, `google_one_tap`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// The unique identifier of the user. This changes depending on the strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// The password of the user. Only used with password strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// Ticket to be used for signing in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<bool>,
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials, this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
    /// Used with the `trusted_device` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_id: Option<String>,
}
impl CreateSignInBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            identifier: None,
            password: None,
            ticket: None,
            redirect_url: None,
            action_complete_redirect_url: None,
            transfer: None,
            code: None,
            token: None,
            oidc_login_hint: None,
            oidc_prompt: None,
            proof_token: None,
            trusted_device_id: None,
        }
    }
}
impl std::fmt::Debug for CreateSignInBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSignInBody")
            .field("strategy", &self.strategy)
            .field("identifier", &self.identifier)
            .field("password", &sdkgen_runtime::Redacted)
            .field("ticket", &sdkgen_runtime::Redacted)
            .field("redirect_url", &self.redirect_url)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("transfer", &self.transfer)
            .field("code", &sdkgen_runtime::Redacted)
            .field("token", &sdkgen_runtime::Redacted)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .field("trusted_device_id", &self.trusted_device_id)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ups/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct CreateSignUpsBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_or_phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<String>,
    /// Strategy used to sign up.
    /// Can be one of `email_code`, `email_link`, `enterprise_sso`, `google_one_tap`, `oauth_[provider]`, `oauth_token_[provider]`, `phone_code`, `saml`, `ticket`, `web3_[provider]_signature`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<String>,
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub captcha_widget_type: Option<String>,
    /// Has the value `true` if the user has accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted: Option<bool>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl CreateSignUpsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            transfer: None,
            password: None,
            first_name: None,
            last_name: None,
            username: None,
            email_address: None,
            phone_number: None,
            email_address_or_phone_number: None,
            unsafe_metadata: None,
            strategy: None,
            action_complete_redirect_url: None,
            redirect_url: None,
            ticket: None,
            web3_wallet: None,
            token: None,
            code: None,
            captcha_token: None,
            captcha_error: None,
            captcha_widget_type: None,
            legal_accepted: None,
            oidc_login_hint: None,
            oidc_prompt: None,
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for CreateSignUpsBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSignUpsBody")
            .field("transfer", &self.transfer)
            .field("password", &sdkgen_runtime::Redacted)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("username", &self.username)
            .field("email_address", &self.email_address)
            .field("phone_number", &self.phone_number)
            .field("email_address_or_phone_number", &self.email_address_or_phone_number)
            .field("unsafe_metadata", &self.unsafe_metadata)
            .field("strategy", &self.strategy)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("redirect_url", &self.redirect_url)
            .field("ticket", &sdkgen_runtime::Redacted)
            .field("web3_wallet", &self.web3_wallet)
            .field("token", &sdkgen_runtime::Redacted)
            .field("code", &sdkgen_runtime::Redacted)
            .field("captcha_token", &sdkgen_runtime::Redacted)
            .field("captcha_error", &self.captcha_error)
            .field("captcha_widget_type", &self.captcha_widget_type)
            .field("legal_accepted", &self.legal_accepted)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1billing~1checkouts/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateUserBillingCheckoutBody {
    /// The ID of the plan to checkout
    pub plan_id: String,
    /// The billing period for the plan
    ///
    /// Default: `"month"`.
    pub plan_period: CreateUserBillingCheckoutBodyPlanPeriod,
    /// Organization ID (if creating org checkout)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Payment method ID to use
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method_id: Option<String>,
}
impl CreateUserBillingCheckoutBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        plan_id: String,
        plan_period: CreateUserBillingCheckoutBodyPlanPeriod,
    ) -> Self {
        Self {
            plan_id,
            plan_period,
            org_id: None,
            payment_method_id: None,
        }
    }
}
/// The billing period for the plan
///
/// Spec: `#/paths/~1v1~1me~1billing~1checkouts/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/plan_period`
pub type CreateUserBillingCheckoutBodyPlanPeriod = BillingCheckoutPlanPeriod;
/// Spec: `#/paths/~1v1~1me~1billing~1payment_methods/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CreateUserPaymentMethodBody {
    /// Payment gateway to use
    pub gateway: String,
    /// Payment token for the method
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_token: Option<String>,
    /// Organization ID (optional)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
}
impl CreateUserPaymentMethodBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(gateway: String) -> Self {
        Self {
            gateway,
            payment_token: None,
            org_id: None,
        }
    }
}
impl std::fmt::Debug for CreateUserPaymentMethodBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUserPaymentMethodBody")
            .field("gateway", &self.gateway)
            .field("payment_token", &sdkgen_runtime::Redacted)
            .field("org_id", &self.org_id)
            .finish()
    }
}
/// Spec: `#/components/schemas/EnterpriseConnectionResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionResponse {
    /// The enterprise connection ID
    pub id: String,
    /// The display name of the connection
    pub name: String,
    pub provider: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_public_url: Option<String>,
    /// Whether the enterprise connection is active
    pub active: bool,
    /// Domains associated with the enterprise connection
    pub domains: Vec<String>,
    /// Organization ID when the connection is linked to an organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Whether user attributes are synced from the identity provider on each sign-in
    pub sync_user_attributes: bool,
    /// Whether additional identification methods are disabled for users signing in through this connection
    pub disable_additional_identifications: bool,
    /// Whether this connection supports account linking via organization membership
    pub allow_organization_account_linking: bool,
    /// Present when the enterprise connection uses SAML
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_connection: Option<EnterpriseConnectionResponseSamlConnection>,
    /// Present when the enterprise connection uses OIDC
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_config: Option<EnterpriseConnectionResponseOauthConfig>,
    /// Unix timestamp in milliseconds when the connection was created
    pub created_at: i64,
    /// Unix timestamp in milliseconds when the connection was last updated
    pub updated_at: i64,
    /// Required by the spec (`#/components/schemas/EnterpriseConnectionResponse/required`), which does not declare it: any JSON value.
    #[serde(default)]
    pub authenticatable: serde_json::Value,
}
/// Present when the enterprise connection uses OIDC
///
/// Spec: `#/components/schemas/EnterpriseConnectionResponse/properties/oauth_config`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionResponseOauthConfig {
    /// OAuth config ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Custom OIDC provider display name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// OAuth provider key (e.g. oidc_custom, oidc_ghe_*, oidc_gitlab_ent_*)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_key: Option<String>,
    /// OAuth client ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// OIDC discovery URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_url: Option<String>,
    /// OAuth authorization endpoint URL (present when configured or resolved from discovery)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// OAuth token endpoint URL (present when configured or resolved from discovery)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    /// OIDC userinfo endpoint URL (present when configured or resolved from discovery)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_info_url: Option<String>,
    /// Authorized redirect URI for this OIDC connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// Whether PKCE is required for this OAuth client
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_pkce: Option<bool>,
    /// Logo URL for the provider
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_public_url: Option<String>,
    /// Unix timestamp in milliseconds when the config was created
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp in milliseconds when the config was last updated
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
/// Present when the enterprise connection uses SAML
///
/// Spec: `#/components/schemas/EnterpriseConnectionResponse/properties/saml_connection`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionResponseSamlConnection {
    /// SAML connection ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// SAML connection display name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// IdP entity ID (optional, when connection details are loaded)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_entity_id: Option<String>,
    /// IdP SSO URL (optional, when connection details are loaded)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_sso_url: Option<String>,
    /// IdP X.509 signing certificate (optional, when connection details are loaded)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate: Option<String>,
    /// Unix timestamp (milliseconds) of the start of the IdP certificate validity window (X.509 NotBefore). Present when a certificate is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate_issued_at: Option<i64>,
    /// Unix timestamp (milliseconds) of the end of the IdP certificate validity window (X.509 NotAfter). Present when a certificate is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate_expires_at: Option<i64>,
    /// IdP metadata URL (optional, when connection details are loaded)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata_url: Option<String>,
    /// Assertion Consumer Service URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acs_url: Option<String>,
    /// Service Provider entity ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_entity_id: Option<String>,
    /// Service Provider metadata URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sp_metadata_url: Option<String>,
    /// Whether the SAML connection is active
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Whether IdP-initiated SSO is allowed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    /// Whether subdomains are allowed for domain matching
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_subdomains: Option<bool>,
    /// Whether to force re-authentication
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<EnterpriseConnectionResponseSamlConnectionLoginHint>,
}
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/EnterpriseConnectionResponse/properties/saml_connection/properties/login_hint`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionResponseSamlConnectionLoginHint {
    /// Controls the login_hint sent to the IdP on SSO sign-in
    pub mode: EnterpriseConnectionResponseSamlConnectionLoginHintMode,
    /// The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/EnterpriseConnectionResponse/properties/saml_connection/properties/login_hint/properties/mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    /// `email_address`
    EmailAddress,
    /// `custom_attribute`
    CustomAttribute,
    /// `off`
    Off,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::CustomAttribute => "custom_attribute",
            Self::Off => "off",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            "custom_attribute" => Self::CustomAttribute,
            "off" => Self::Off,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnterpriseConnectionResponseSamlConnectionLoginHintMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunListItem {
    pub id: String,
    /// Test run status (e.g. pending, success, failed)
    pub status: String,
    pub connection_type: EnterpriseConnectionTestRunListItemConnectionType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parsed_user_info: Option<EnterpriseConnectionTestRunListItemParsedUserInfo>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<EnterpriseConnectionTestRunListItemLogsItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<EnterpriseConnectionTestRunListItemSaml>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<EnterpriseConnectionTestRunListItemOauth>,
    /// Unix timestamp in milliseconds when the test run was created
    pub created_at: i64,
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem/properties/connection_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseConnectionTestRunListItemConnectionType {
    /// `saml`
    Saml,
    /// `oauth`
    Oauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl EnterpriseConnectionTestRunListItemConnectionType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Oauth => "oauth",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for EnterpriseConnectionTestRunListItemConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "saml" => Self::Saml,
            "oauth" => Self::Oauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for EnterpriseConnectionTestRunListItemConnectionType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for EnterpriseConnectionTestRunListItemConnectionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for EnterpriseConnectionTestRunListItemConnectionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for EnterpriseConnectionTestRunListItemConnectionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem/properties/logs/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunListItemLogsItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem/properties/oauth`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunListItemOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_info: Option<String>,
}
impl std::fmt::Debug for EnterpriseConnectionTestRunListItemOauth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnterpriseConnectionTestRunListItemOauth")
            .field("id_token", &sdkgen_runtime::Redacted)
            .field("access_token", &sdkgen_runtime::Redacted)
            .field("user_info", &self.user_info)
            .finish()
    }
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem/properties/parsed_user_info`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunListItemParsedUserInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunListItem/properties/saml`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunListItemSaml {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_request: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_response: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_state: Option<String>,
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunResponse {
    /// URL to open in the browser to start the IdP test flow.
    pub url: String,
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunsPaginatedResponse`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunsPaginatedResponse {
    pub data: Vec<EnterpriseConnectionTestRunListItem>,
    pub total_count: i64,
}
/// Spec: `#/components/schemas/ExternalAccountWithVerification`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ExternalAccountWithVerification {
    /// String representing the object's type. Objects of the same type share the same value.
    pub object: ExternalAccountWithVerificationObject,
    pub id: String,
    pub provider: String,
    pub identification_id: String,
    /// The unique ID of the user in the external provider's system
    pub provider_user_id: String,
    pub approved_scopes: String,
    pub email_address: String,
    /// Whether the email was verified by the OAuth provider at creation time. null = unknown (pre-migration data or custom OAuth providers), true = provider confirmed email was verified, false = provider confirmed email was NOT verified
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_verified: Option<bool>,
    pub first_name: String,
    pub last_name: String,
    /// Please use `image_url` instead
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<ExternalAccountWithVerificationVerification>,
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/ExternalAccountWithVerification/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ExternalAccountWithVerificationObject {
    /// `external_account`
    ExternalAccount,
    /// `facebook_account`
    FacebookAccount,
    /// `google_account`
    GoogleAccount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ExternalAccountWithVerificationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ExternalAccount => "external_account",
            Self::FacebookAccount => "facebook_account",
            Self::GoogleAccount => "google_account",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ExternalAccountWithVerificationObject {
    fn from(value: &str) -> Self {
        match value {
            "external_account" => Self::ExternalAccount,
            "facebook_account" => Self::FacebookAccount,
            "google_account" => Self::GoogleAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ExternalAccountWithVerificationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ExternalAccountWithVerificationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ExternalAccountWithVerificationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ExternalAccountWithVerificationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/ExternalAccountWithVerification/properties/verification`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ExternalAccountWithVerificationVerification {
    /// `object`: "verification_oauth"
    VerificationOauth(VerificationOauth),
    /// `object`: "verification_google_one_tap"
    VerificationGoogleOneTap(VerificationGoogleOneTap),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for ExternalAccountWithVerificationVerification {
    const NAME: &'static str = "ExternalAccountWithVerificationVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_oauth") => {
                Deserialize::deserialize(content).map(Self::VerificationOauth)
            }
            Some("verification_google_one_tap") => {
                Deserialize::deserialize(content).map(Self::VerificationGoogleOneTap)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for ExternalAccountWithVerificationVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/FraudSettings.NativeSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FraudSettingsNativeSettings {
    pub device_attestation_mode: FraudSettingsNativeSettingsDeviceAttestationMode,
}
/// Spec: `#/components/schemas/FraudSettings.NativeSettings/properties/device_attestation_mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FraudSettingsNativeSettingsDeviceAttestationMode {
    /// `disabled`
    Disabled,
    /// `onboarding`
    Onboarding,
    /// `enforced`
    Enforced,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl FraudSettingsNativeSettingsDeviceAttestationMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Onboarding => "onboarding",
            Self::Enforced => "enforced",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for FraudSettingsNativeSettingsDeviceAttestationMode {
    fn from(value: &str) -> Self {
        match value {
            "disabled" => Self::Disabled,
            "onboarding" => Self::Onboarding,
            "enforced" => Self::Enforced,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for FraudSettingsNativeSettingsDeviceAttestationMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for FraudSettingsNativeSettingsDeviceAttestationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for FraudSettingsNativeSettingsDeviceAttestationMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for FraudSettingsNativeSettingsDeviceAttestationMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `getApiKeys` can answer with.
///
/// Spec: `#/paths/~1api_keys/get/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetApiKeysError {
    GetApiKeysResponse400(GetApiKeysResponse400),
    GetApiKeysResponse404(GetApiKeysResponse404),
}
/// Spec: `#/paths/~1api_keys/get/parameters/2/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetApiKeysIncludeInvalid {
    /// `true`
    True,
    /// `false`
    False,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetApiKeysIncludeInvalid {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::True => "true",
            Self::False => "false",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetApiKeysIncludeInvalid {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetApiKeysIncludeInvalid {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetApiKeysIncludeInvalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetApiKeysIncludeInvalid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetApiKeysIncludeInvalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetApiKeysResponse {
    pub data: Vec<GetApiKeysResponseDataItem>,
    pub total_count: f64,
}
/// Spec: `#/paths/~1api_keys/get/responses/400/content/application~1json/schema`
pub type GetApiKeysResponse400 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys/get/responses/400/content/application~1json/schema/properties/errors/items`
pub type GetApiKeysResponse400ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/get/responses/404/content/application~1json/schema`
pub type GetApiKeysResponse404 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys/get/responses/404/content/application~1json/schema/properties/errors/items`
pub type GetApiKeysResponse404ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema/properties/data/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetApiKeysResponseDataItem {
    #[serde(default)]
    pub object: GetApiKeysResponseDataItemObject,
    pub id: String,
    pub r#type: String,
    pub subject: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    pub scopes: Vec<String>,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the API key will expire, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// The timestamp for when the API key was last used, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<f64>,
    /// The timestamp for when the API key was created, in milliseconds
    pub created_at: f64,
    /// The timestamp for when the API key was last updated, in milliseconds
    pub updated_at: f64,
}
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema/properties/data/items/properties/object`
pub type GetApiKeysResponseDataItemObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1v1~1billing~1plans/get/parameters/0/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetBillingPlanListPayerType {
    /// `user`
    User,
    /// `org`
    Org,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetBillingPlanListPayerType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Org => "org",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetBillingPlanListPayerType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "org" => Self::Org,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetBillingPlanListPayerType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetBillingPlanListPayerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetBillingPlanListPayerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetBillingPlanListPayerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1health/get/responses/200/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct GetHealthResponse {
    #[serde(default)]
    pub status: GetHealthResponseStatus,
}
/// Spec: `#/paths/~1v1~1health/get/responses/503/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetHealthResponse503 {
    #[serde(default)]
    pub status: GetHealthResponse503Status,
    pub message: String,
}
/// Spec: `#/paths/~1v1~1health/get/responses/503/content/application~1json/schema/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetHealthResponse503Status {
    /// `unhealthy`
    Unhealthy,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetHealthResponse503Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unhealthy => "unhealthy",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for GetHealthResponse503Status {
    fn default() -> Self {
        Self::Unhealthy
    }
}
impl From<&str> for GetHealthResponse503Status {
    fn from(value: &str) -> Self {
        match value {
            "unhealthy" => Self::Unhealthy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetHealthResponse503Status {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetHealthResponse503Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetHealthResponse503Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetHealthResponse503Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1health/get/responses/200/content/application~1json/schema/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetHealthResponseStatus {
    /// `healthy`
    Healthy,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetHealthResponseStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Healthy => "healthy",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for GetHealthResponseStatus {
    fn default() -> Self {
        Self::Healthy
    }
}
impl From<&str> for GetHealthResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "healthy" => Self::Healthy,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetHealthResponseStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetHealthResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetHealthResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetHealthResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1oauth~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOAuthTokenBody {
    /// The grant type being used.
    /// - `authorization_code`: Exchange an authorization code for tokens
    /// - `refresh_token`: Refresh an access token
    pub grant_type: GetOAuthTokenBodyGrantType,
    /// The authorization code received from the authorization endpoint.
    /// **Required when `grant_type=authorization_code`**.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The redirect URI used in the authorization request. Must match exactly.
    /// **Required when `grant_type=authorization_code`**.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// The PKCE code verifier that corresponds to the `code_challenge` sent in the authorization request.
    /// **Required for public clients using PKCE with `grant_type=authorization_code`**.
    /// Confidential clients using `client_secret` should not include this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_verifier: Option<String>,
    /// The OAuth 2.0 client identifier.
    /// **Required for public clients** (those not using HTTP Basic Authentication).
    /// For confidential clients, can be provided here or via HTTP Basic Authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// The OAuth 2.0 client secret.
    /// **Required for confidential clients** (unless using HTTP Basic Authentication).
    /// Public clients using PKCE should not include this parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// The refresh token issued to the client.
    /// **Required when `grant_type=refresh_token`**.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Space-separated list of scopes for the access token.
    /// **Optional when `grant_type=refresh_token`**.
    /// If provided, the requested scope must not exceed the scope originally granted.
    /// If omitted, the same scope as originally granted will be used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
impl GetOAuthTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(grant_type: GetOAuthTokenBodyGrantType) -> Self {
        Self {
            grant_type,
            code: None,
            redirect_uri: None,
            code_verifier: None,
            client_id: None,
            client_secret: None,
            refresh_token: None,
            scope: None,
        }
    }
}
impl std::fmt::Debug for GetOAuthTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthTokenBody")
            .field("grant_type", &self.grant_type)
            .field("code", &sdkgen_runtime::Redacted)
            .field("redirect_uri", &self.redirect_uri)
            .field("code_verifier", &self.code_verifier)
            .field("client_id", &self.client_id)
            .field("client_secret", &sdkgen_runtime::Redacted)
            .field("refresh_token", &sdkgen_runtime::Redacted)
            .field("scope", &self.scope)
            .finish()
    }
}
/// The grant type being used.
/// - `authorization_code`: Exchange an authorization code for tokens
/// - `refresh_token`: Refresh an access token
///
/// Spec: `#/paths/~1oauth~1token/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/grant_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetOAuthTokenBodyGrantType {
    /// `authorization_code`
    AuthorizationCode,
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetOAuthTokenBodyGrantType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetOAuthTokenBodyGrantType {
    fn from(value: &str) -> Self {
        match value {
            "authorization_code" => Self::AuthorizationCode,
            "refresh_token" => Self::RefreshToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetOAuthTokenBodyGrantType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetOAuthTokenBodyGrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetOAuthTokenBodyGrantType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetOAuthTokenBodyGrantType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `getOAuthToken` can answer with.
///
/// Spec: `#/paths/~1oauth~1token/post/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetOAuthTokenError {
    OAuthTokenError400Response(OAuthTokenError400Response),
    OAuthTokenError401Response(OAuthTokenError401Response),
}
/// Spec: `#/paths/~1oauth~1token_info/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetOAuthTokenInfoBody {
    /// The value of the access or the refresh token
    pub token: String,
    /// A hint about the type of the token submitted for introspection. Can be one of the following `access_token` and `refresh_token`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_hint: Option<String>,
    /// The granted scopes for the token to check against
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
impl GetOAuthTokenInfoBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(token: String) -> Self {
        Self {
            token,
            token_type_hint: None,
            scope: None,
        }
    }
}
impl std::fmt::Debug for GetOAuthTokenInfoBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthTokenInfoBody")
            .field("token", &sdkgen_runtime::Redacted)
            .field("token_type_hint", &self.token_type_hint)
            .field("scope", &self.scope)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1organization_creation_defaults/get/responses/200/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct GetOrganizationCreationDefaultsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response: Option<GetOrganizationCreationDefaultsResponseResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<ClientClient>,
}
/// Spec: `#/paths/~1v1~1me~1organization_creation_defaults/get/responses/200/content/application~1json/schema/properties/response`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct GetOrganizationCreationDefaultsResponseResponse {
    /// Suggested form values for creating an organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<GetOrganizationCreationDefaultsResponseResponseForm>,
    /// Advisory message if applicable (e.g., organization already exists)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub advisory: Option<GetOrganizationCreationDefaultsResponseResponseAdvisory>,
}
/// Advisory message if applicable (e.g., organization already exists)
///
/// Spec: `#/paths/~1v1~1me~1organization_creation_defaults/get/responses/200/content/application~1json/schema/properties/response/properties/advisory`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct GetOrganizationCreationDefaultsResponseResponseAdvisory {
    /// Type of advisory message
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<GetOrganizationCreationDefaultsResponseResponseAdvisoryType>,
    /// Advisory message text
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Type of advisory message
///
/// Spec: `#/paths/~1v1~1me~1organization_creation_defaults/get/responses/200/content/application~1json/schema/properties/response/properties/advisory/properties/type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    /// `warning`
    Warning,
    /// `error`
    Error,
    /// `info`
    Info,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
            Self::Info => "info",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    fn from(value: &str) -> Self {
        match value {
            "warning" => Self::Warning,
            "error" => Self::Error,
            "info" => Self::Info,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de>
for GetOrganizationCreationDefaultsResponseResponseAdvisoryType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Suggested form values for creating an organization
///
/// Spec: `#/paths/~1v1~1me~1organization_creation_defaults/get/responses/200/content/application~1json/schema/properties/response/properties/form`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct GetOrganizationCreationDefaultsResponseResponseForm {
    /// Suggested organization name
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Suggested organization logo URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1invitations/get/parameters/3/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetOrganizationInvitationsStatus {
    /// `pending`
    Pending,
    /// `accepted`
    Accepted,
    /// `revoked`
    Revoked,
    /// `expired`
    Expired,
    /// `invalid`
    Invalid,
    /// `completed`
    Completed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl GetOrganizationInvitationsStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::Invalid => "invalid",
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for GetOrganizationInvitationsStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "accepted" => Self::Accepted,
            "revoked" => Self::Revoked,
            "expired" => Self::Expired,
            "invalid" => Self::Invalid,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for GetOrganizationInvitationsStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for GetOrganizationInvitationsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for GetOrganizationInvitationsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for GetOrganizationInvitationsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `getProxyHealth` can answer with.
///
/// Spec: `#/paths/~1v1~1proxy-health/get/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetProxyHealthError {
    ClerkErrors(ClerkErrors),
    GetProxyHealthResponse503(GetProxyHealthResponse503),
}
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/200/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetProxyHealthResponse {
    /// `status`: "healthy"
    Healthy(GetProxyHealthResponseHealthy),
    /// `status`: "unhealthy"
    Unhealthy(GetProxyHealthResponseUnhealthy),
    /// An object whose `status` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
impl sdkgen_runtime::TaggedUnion for GetProxyHealthResponse {
    const NAME: &'static str = "GetProxyHealthResponse";
    const TAG: &'static str = "status";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("healthy") => Deserialize::deserialize(content).map(Self::Healthy),
            Some("unhealthy") => Deserialize::deserialize(content).map(Self::Unhealthy),
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
impl<'de> Deserialize<'de> for GetProxyHealthResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/503/content/application~1json/schema`
pub type GetProxyHealthResponse503 = GetHealthResponse503;
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/503/content/application~1json/schema/properties/status`
pub type GetProxyHealthResponse503Status = GetHealthResponse503Status;
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/200/content/application~1json/schema/oneOf/0`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GetProxyHealthResponseHealthy {
    #[serde(default)]
    pub status: GetProxyHealthResponseHealthyStatus,
    pub x_forwarded_for: String,
}
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/200/content/application~1json/schema/oneOf/0/properties/status`
pub type GetProxyHealthResponseHealthyStatus = GetHealthResponseStatus;
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/200/content/application~1json/schema/oneOf/1`
pub type GetProxyHealthResponseUnhealthy = GetHealthResponse503;
/// Spec: `#/paths/~1v1~1proxy-health/get/responses/200/content/application~1json/schema/oneOf/1/properties/status`
pub type GetProxyHealthResponseUnhealthyStatus = GetHealthResponse503Status;
/// Spec: `#/paths/~1v1~1client~1handshake/get/parameters/3/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum HandshakeClientFormat {
    /// `nonce`
    Nonce,
    /// `token`
    Token,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl HandshakeClientFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nonce => "nonce",
            Self::Token => "token",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for HandshakeClientFormat {
    fn from(value: &str) -> Self {
        match value {
            "nonce" => Self::Nonce,
            "token" => Self::Token,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for HandshakeClientFormat {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for HandshakeClientFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for HandshakeClientFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for HandshakeClientFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Image`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct Image {
    /// The object type. Always "image".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Unique identifier for the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The file name of the uploaded image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The publicly accessible URL for the image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
}
/// Spec: `#/paths/~1v1~1waitlist/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JoinWaitlistBody {
    pub email_address: String,
}
impl JoinWaitlistBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self { email_address }
    }
}
/// Body of the response `#/components/responses/WellKnown.JWKS`.
///
/// Spec: `#/components/schemas/JWKS`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct Jwks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<JwksKeysItem>>,
}
/// Spec: `#/components/schemas/JWKS.ecdsa.PrivateKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksEcdsaPrivateKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksEcdsaPrivateKeyKty,
    pub crv: String,
    pub x: String,
    pub y: String,
    pub d: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.ecdsa.PrivateKey/properties/kty`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEcdsaPrivateKeyKty {
    /// `EC`
    Ec,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl JwksEcdsaPrivateKeyKty {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ec => "EC",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for JwksEcdsaPrivateKeyKty {
    fn default() -> Self {
        Self::Ec
    }
}
impl From<&str> for JwksEcdsaPrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "EC" => Self::Ec,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for JwksEcdsaPrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for JwksEcdsaPrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JwksEcdsaPrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JwksEcdsaPrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ecdsa.PublicKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksEcdsaPublicKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksEcdsaPublicKeyKty,
    pub crv: String,
    pub x: String,
    pub y: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.ecdsa.PublicKey/properties/kty`
pub type JwksEcdsaPublicKeyKty = JwksEcdsaPrivateKeyKty;
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksEd25519PrivateKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksEd25519PrivateKeyKty,
    #[serde(default)]
    pub crv: JwksEd25519PrivateKeyCrv,
    pub x: String,
    pub d: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey/properties/crv`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEd25519PrivateKeyCrv {
    /// `Ed25519`
    Ed25519,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl JwksEd25519PrivateKeyCrv {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ed25519 => "Ed25519",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for JwksEd25519PrivateKeyCrv {
    fn default() -> Self {
        Self::Ed25519
    }
}
impl From<&str> for JwksEd25519PrivateKeyCrv {
    fn from(value: &str) -> Self {
        match value {
            "Ed25519" => Self::Ed25519,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for JwksEd25519PrivateKeyCrv {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for JwksEd25519PrivateKeyCrv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JwksEd25519PrivateKeyCrv {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JwksEd25519PrivateKeyCrv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey/properties/kty`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEd25519PrivateKeyKty {
    /// `OKP`
    Okp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl JwksEd25519PrivateKeyKty {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Okp => "OKP",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for JwksEd25519PrivateKeyKty {
    fn default() -> Self {
        Self::Okp
    }
}
impl From<&str> for JwksEd25519PrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "OKP" => Self::Okp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for JwksEd25519PrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for JwksEd25519PrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JwksEd25519PrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JwksEd25519PrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksEd25519PublicKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksEd25519PublicKeyKty,
    #[serde(default)]
    pub crv: JwksEd25519PublicKeyCrv,
    pub x: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey/properties/crv`
pub type JwksEd25519PublicKeyCrv = JwksEd25519PrivateKeyCrv;
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey/properties/kty`
pub type JwksEd25519PublicKeyKty = JwksEd25519PrivateKeyKty;
/// Spec: `#/components/schemas/JWKS/properties/keys/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum JwksKeysItem {
    JwksEd25519PublicKey(JwksEd25519PublicKey),
    JwksEcdsaPublicKey(JwksEcdsaPublicKey),
    JwksRsaPublicKey(JwksRsaPublicKey),
    JwksEd25519PrivateKey(JwksEd25519PrivateKey),
    JwksEcdsaPrivateKey(JwksEcdsaPrivateKey),
    JwksRsaPrivateKey(JwksRsaPrivateKey),
    JwksSymmetricKey(JwksSymmetricKey),
}
/// Spec: `#/components/schemas/JWKS.rsa.PrivateKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksRsaPrivateKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksRsaPrivateKeyKty,
    pub n: String,
    pub e: String,
    pub d: String,
    pub p: String,
    pub q: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dp: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dq: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qi: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.rsa.PrivateKey/properties/kty`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksRsaPrivateKeyKty {
    /// `RSA`
    Rsa,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl JwksRsaPrivateKeyKty {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rsa => "RSA",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for JwksRsaPrivateKeyKty {
    fn default() -> Self {
        Self::Rsa
    }
}
impl From<&str> for JwksRsaPrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "RSA" => Self::Rsa,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for JwksRsaPrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for JwksRsaPrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JwksRsaPrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JwksRsaPrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.rsa.PublicKey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksRsaPublicKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksRsaPublicKeyKty,
    pub n: String,
    pub e: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.rsa.PublicKey/properties/kty`
pub type JwksRsaPublicKeyKty = JwksRsaPrivateKeyKty;
/// Spec: `#/components/schemas/JWKS.symmetric.Key`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JwksSymmetricKey {
    pub kid: String,
    pub alg: String,
    pub r#use: String,
    #[serde(default)]
    pub kty: JwksSymmetricKeyKty,
    pub k: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5c: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5t: Option<String>,
    #[serde(rename = "x5t#S256", default, skip_serializing_if = "Option::is_none")]
    pub x5t_s256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub x5u: Option<String>,
}
/// Spec: `#/components/schemas/JWKS.symmetric.Key/properties/kty`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksSymmetricKeyKty {
    /// `oct`
    Oct,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl JwksSymmetricKeyKty {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oct => "oct",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for JwksSymmetricKeyKty {
    fn default() -> Self {
        Self::Oct
    }
}
impl From<&str> for JwksSymmetricKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "oct" => Self::Oct,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for JwksSymmetricKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for JwksSymmetricKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for JwksSymmetricKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for JwksSymmetricKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1enterprise_connections~1{enterprise_connection_id}~1test_runs/get/parameters/2/schema/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListMeEnterpriseConnectionTestRunsStatusItem {
    /// `pending`
    Pending,
    /// `success`
    Success,
    /// `failed`
    Failed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl ListMeEnterpriseConnectionTestRunsStatusItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Success => "success",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for ListMeEnterpriseConnectionTestRunsStatusItem {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "success" => Self::Success,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for ListMeEnterpriseConnectionTestRunsStatusItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for ListMeEnterpriseConnectionTestRunsStatusItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for ListMeEnterpriseConnectionTestRunsStatusItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for ListMeEnterpriseConnectionTestRunsStatusItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1enterprise_connections~1{enterprise_connection_id}~1test_runs/get/parameters/3/schema/items`
pub type ListOrganizationEnterpriseConnectionTestRunsStatusItem = ListMeEnterpriseConnectionTestRunsStatusItem;
/// Body of the response `#/components/responses/OAuth.ConsentInfo`.
///
/// Spec: `#/components/schemas/OAuth.ConsentInfo`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthConsentInfo {
    pub oauth_application_name: String,
    /// URL to the OAuth application's logo image
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_application_logo_url: Option<String>,
    /// URL to the OAuth application's website or homepage
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_application_url: Option<String>,
    pub client_id: String,
    /// The PSL-resolved registrable domain of the redirect URI (e.g. `example.co.uk` for
    /// `https://app.example.co.uk/callback`). Null when no `redirect_uri` query parameter
    /// was provided, when the URI is not registered for the OAuth application, or when the
    /// URI points to an IP address or localhost. The frontend should fall back to client-side
    /// display logic when this field is null.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_domain: Option<String>,
    pub scopes: Vec<OAuthScopeWithDescription>,
}
/// Error response for OAuth 2.0 Dynamic Client Registration according to RFC 7591.
/// The error response uses OAuth 2.0 error response format.
///
/// Body of the response `#/components/responses/OAuth.DynamicClientRegistrationError`.
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationError`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthDynamicClientRegistrationError {
    /// Single ASCII error code string indicating the error type.
    /// - `invalid_redirect_uri`: The value of one or more redirect_uris is invalid
    /// - `invalid_client_metadata`: One or more client metadata fields is invalid
    /// - `invalid_software_statement`: The software statement presented is invalid
    /// - `unapproved_software_statement`: The software statement is not approved
    pub error: OAuthDynamicClientRegistrationErrorError,
    /// Human-readable ASCII text description of the error used for debugging.
    /// This is not meant to be displayed to the end-user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}
/// Single ASCII error code string indicating the error type.
/// - `invalid_redirect_uri`: The value of one or more redirect_uris is invalid
/// - `invalid_client_metadata`: One or more client metadata fields is invalid
/// - `invalid_software_statement`: The software statement presented is invalid
/// - `unapproved_software_statement`: The software statement is not approved
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationError/properties/error`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthDynamicClientRegistrationErrorError {
    /// `invalid_redirect_uri`
    InvalidRedirectUri,
    /// `invalid_client_metadata`
    InvalidClientMetadata,
    /// `invalid_software_statement`
    InvalidSoftwareStatement,
    /// `unapproved_software_statement`
    UnapprovedSoftwareStatement,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl OAuthDynamicClientRegistrationErrorError {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRedirectUri => "invalid_redirect_uri",
            Self::InvalidClientMetadata => "invalid_client_metadata",
            Self::InvalidSoftwareStatement => "invalid_software_statement",
            Self::UnapprovedSoftwareStatement => "unapproved_software_statement",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OAuthDynamicClientRegistrationErrorError {
    fn from(value: &str) -> Self {
        match value {
            "invalid_redirect_uri" => Self::InvalidRedirectUri,
            "invalid_client_metadata" => Self::InvalidClientMetadata,
            "invalid_software_statement" => Self::InvalidSoftwareStatement,
            "unapproved_software_statement" => Self::UnapprovedSoftwareStatement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for OAuthDynamicClientRegistrationErrorError {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for OAuthDynamicClientRegistrationErrorError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OAuthDynamicClientRegistrationErrorError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OAuthDynamicClientRegistrationErrorError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Client metadata used to register a new OAuth 2.0 client according to RFC 7591.
/// The authorization server assigns this client a unique client identifier.
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationRequest`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthDynamicClientRegistrationRequest {
    /// Array of redirection URI strings for use in redirect-based flows such as
    /// the authorization code flow. As required by Section 2 of RFC 6749, clients
    /// using flows with redirection must register their redirection URI values.
    pub redirect_uris: Vec<String>,
    /// Indicator of the requested authentication method for the token endpoint.
    /// - `client_secret_basic`: HTTP Basic authentication scheme
    /// - `client_secret_post`: Client credentials in the request body
    /// - `none`: Public client (no authentication)
    ///
    /// **Note:** In the current implementation, `client_secret_basic` and `client_secret_post`
    /// are treated equivalently. Both methods can be used interchangeably at the token endpoint
    /// regardless of which one was specified during registration.
    ///
    /// Default: `"client_secret_basic"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_endpoint_auth_method: Option<
        OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod,
    >,
    /// Human-readable string name of the client to be presented to the end-user
    /// during authorization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_name: Option<String>,
    /// URL string of a web page providing information about the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    /// URL string that references a logo for the client. If present, the
    /// Clerk will display this image to the end-user during approval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// Space-separated list of scope values that the client can use when requesting
    /// access tokens. If omitted, the client will be registered with the default set of scopes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
impl OAuthDynamicClientRegistrationRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(redirect_uris: Vec<String>) -> Self {
        Self {
            redirect_uris,
            token_endpoint_auth_method: None,
            client_name: None,
            client_uri: None,
            logo_uri: None,
            scope: None,
        }
    }
}
/// Indicator of the requested authentication method for the token endpoint.
/// - `client_secret_basic`: HTTP Basic authentication scheme
/// - `client_secret_post`: Client credentials in the request body
/// - `none`: Public client (no authentication)
///
/// **Note:** In the current implementation, `client_secret_basic` and `client_secret_post`
/// are treated equivalently. Both methods can be used interchangeably at the token endpoint
/// regardless of which one was specified during registration.
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationRequest/properties/token_endpoint_auth_method`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    /// `client_secret_basic`
    ClientSecretBasic,
    /// `client_secret_post`
    ClientSecretPost,
    /// `none`
    None,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientSecretBasic => "client_secret_basic",
            Self::ClientSecretPost => "client_secret_post",
            Self::None => "none",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    fn from(value: &str) -> Self {
        match value {
            "client_secret_basic" => Self::ClientSecretBasic,
            "client_secret_post" => Self::ClientSecretPost,
            "none" => Self::None,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de>
for OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Client information response after successful registration according to RFC 7591.
/// Contains the client identifier, client secret (for confidential clients), and
/// other client metadata.
///
/// Body of the response `#/components/responses/OAuth.DynamicClientRegistration`.
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationResponse`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthDynamicClientRegistrationResponse {
    /// Unique client identifier string assigned by the authorization server.
    /// The client identifier is not a secret; it is exposed to the resource owner
    /// and must not be used alone for client authentication.
    pub client_id: String,
    /// Client secret string. This value is used by confidential clients to
    /// authenticate to the token endpoint. The client secret is omitted for
    /// public clients (when token_endpoint_auth_method is "none").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// Time at which the client identifier was issued. The time is represented
    /// as the number of seconds from 1970-01-01T00:00:00Z as measured in UTC.
    pub client_id_issued_at: i64,
    /// Time at which the client secret will expire or 0 if it will not expire.
    /// The time is represented as the number of seconds from 1970-01-01T00:00:00Z
    /// as measured in UTC.
    pub client_secret_expires_at: i64,
    /// Human-readable string name of the client to be presented to the end-user
    /// during authorization.
    pub client_name: String,
    /// URL string of a web page providing information about the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    /// URL string that references a logo for the client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_uri: Option<String>,
    /// Array of redirection URI strings for use in redirect-based flows.
    pub redirect_uris: Vec<String>,
    /// Array of OAuth 2.0 grant type strings that the client can use at the
    /// token endpoint.
    pub grant_types: Vec<String>,
    /// Array of the OAuth 2.0 response type strings that the client can use
    /// at the authorization endpoint.
    pub response_types: Vec<String>,
    /// Space-separated list of scope values that the client can use when
    /// requesting access tokens.
    pub scope: String,
    /// Indicator of the requested authentication method for the token endpoint.
    /// This value reflects what was specified during registration.
    pub token_endpoint_auth_method: OAuthDynamicClientRegistrationResponseTokenEndpointAuthMethod,
}
impl std::fmt::Debug for OAuthDynamicClientRegistrationResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthDynamicClientRegistrationResponse")
            .field("client_id", &self.client_id)
            .field("client_secret", &sdkgen_runtime::Redacted)
            .field("client_id_issued_at", &self.client_id_issued_at)
            .field("client_secret_expires_at", &self.client_secret_expires_at)
            .field("client_name", &self.client_name)
            .field("client_uri", &self.client_uri)
            .field("logo_uri", &self.logo_uri)
            .field("redirect_uris", &self.redirect_uris)
            .field("grant_types", &self.grant_types)
            .field("response_types", &self.response_types)
            .field("scope", &self.scope)
            .field("token_endpoint_auth_method", &self.token_endpoint_auth_method)
            .finish()
    }
}
/// Indicator of the requested authentication method for the token endpoint.
/// This value reflects what was specified during registration.
///
/// Spec: `#/components/schemas/OAuth.DynamicClientRegistrationResponse/properties/token_endpoint_auth_method`
pub type OAuthDynamicClientRegistrationResponseTokenEndpointAuthMethod = OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod;
/// Spec: `#/components/schemas/OAuth.ScopeWithDescription`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthScopeWithDescription {
    pub scope: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether the scope requires user consent
    pub requires_consent: bool,
}
/// OAuth 2.0 token response according to RFC 6749 Section 5.1.
/// When using OpenID Connect (with `openid` scope), also includes an `id_token` field.
///
/// Body of the response `#/components/responses/OAuth.Token`.
///
/// Spec: `#/components/schemas/OAuth.Token`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthToken {
    /// The access token issued by the authorization server.
    /// This token can be used to access protected resources on behalf of the user.
    pub access_token: String,
    /// The type of token issued. Always "Bearer" for OAuth 2.0.
    pub token_type: String,
    /// The lifetime in seconds of the access token.
    /// For example, the value "86400" denotes that the access token will expire in 1 day from when the response was generated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in: Option<i64>,
    /// The refresh token which can be used to obtain new access tokens using the same authorization grant.
    /// Refresh tokens have a 10 year lifetime.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Space-separated list of scopes that were granted for this access token.
    /// May differ from requested scopes if the authorization server granted a subset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// JWT ID token containing user identity information (OpenID Connect).
    /// Only present when the `openid` scope was granted.
    /// This is a signed JWT that can be decoded and verified using the instance's public keys.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
}
impl std::fmt::Debug for OAuthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthToken")
            .field("access_token", &sdkgen_runtime::Redacted)
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .field("refresh_token", &sdkgen_runtime::Redacted)
            .field("scope", &self.scope)
            .field("id_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Body of the response `#/components/responses/OAuth.TokenError400`.
///
/// Spec: `#/components/responses/OAuth.TokenError400/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct OAuthTokenError400Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<OAuthTokenError400ResponseError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}
/// Spec: `#/components/responses/OAuth.TokenError400/content/application~1json/schema/properties/error`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthTokenError400ResponseError {
    /// `invalid_request`
    InvalidRequest,
    /// `invalid_grant`
    InvalidGrant,
    /// `unsupported_token_type`
    UnsupportedTokenType,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl OAuthTokenError400ResponseError {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidGrant => "invalid_grant",
            Self::UnsupportedTokenType => "unsupported_token_type",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OAuthTokenError400ResponseError {
    fn from(value: &str) -> Self {
        match value {
            "invalid_request" => Self::InvalidRequest,
            "invalid_grant" => Self::InvalidGrant,
            "unsupported_token_type" => Self::UnsupportedTokenType,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for OAuthTokenError400ResponseError {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for OAuthTokenError400ResponseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OAuthTokenError400ResponseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OAuthTokenError400ResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OAuth.TokenError401`.
///
/// Spec: `#/components/responses/OAuth.TokenError401/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct OAuthTokenError401Response {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<OAuthTokenError401ResponseError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_description: Option<String>,
}
/// Spec: `#/components/responses/OAuth.TokenError401/content/application~1json/schema/properties/error`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthTokenError401ResponseError {
    /// `invalid_client`
    InvalidClient,
    /// `invalid_grant`
    InvalidGrant,
    /// `unsupported_grant_type`
    UnsupportedGrantType,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl OAuthTokenError401ResponseError {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OAuthTokenError401ResponseError {
    fn from(value: &str) -> Self {
        match value {
            "invalid_client" => Self::InvalidClient,
            "invalid_grant" => Self::InvalidGrant,
            "unsupported_grant_type" => Self::UnsupportedGrantType,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for OAuthTokenError401ResponseError {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for OAuthTokenError401ResponseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OAuthTokenError401ResponseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OAuthTokenError401ResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OAuth.TokenInfo`.
///
/// Spec: `#/components/schemas/OAuth.TokenInfo`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthTokenInfo {
    /// Boolean indicator of whether or not the presented token is currently active.
    pub active: bool,
    /// Client identifier for the OAuth 2.0 client that requested this token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Integer timestamp, measured in the number of seconds since January 1 1970 UTC, indicating when this token was originally issued, as defined in JWT [RFC7519].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iat: Option<i64>,
    /// A JSON string containing a space-separated list of scopes associated with this token, in the format described in Section 3.3 of OAuth 2.0 [RFC6749].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// Subject of the token, as defined in JWT [RFC7519].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub: Option<String>,
    /// The organization ID associated with the token.
    /// Present when the `user:org:read` scope was granted and the user
    /// belongs to an organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
}
/// Body of the response `#/components/responses/OAuth.UserInfo`.
///
/// Spec: `#/components/schemas/OAuth.UserInfo`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OAuthUserInfo {
    pub object: String,
    pub instance_id: String,
    pub user_id: String,
    pub sub: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_verified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Deprecated. Use `preferred_username` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub picture: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The organization ID associated with the access token.
    /// Present when the `user:org:read` scope was granted and the user
    /// belongs to an organization. The value is determined at authorization
    /// time from the explicit `organization_id` consent parameter, the
    /// session's active organization, or the user's last active organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// The name of the user's organization associated with the access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_name: Option<String>,
    /// The slug of the user's organization associated with the access token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_slug: Option<String>,
}
/// Spec: `#/components/schemas/OrganizationSettings.ActionsSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrganizationSettingsActionsSettings {
    pub admin_delete: bool,
}
/// Spec: `#/components/schemas/OrganizationSettings.DomainsSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrganizationSettingsDomainsSettings {
    pub enabled: bool,
    pub enrollment_modes: Vec<OrganizationSettingsDomainsSettingsEnrollmentModesItem>,
    /// The role key that it will be used in order to create an organization invitation or suggestion.
    pub default_role: String,
}
/// Spec: `#/components/schemas/OrganizationSettings.DomainsSettings/properties/enrollment_modes/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    /// `manual_invitation`
    ManualInvitation,
    /// `automatic_invitation`
    AutomaticInvitation,
    /// `automatic_suggestion`
    AutomaticSuggestion,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualInvitation => "manual_invitation",
            Self::AutomaticInvitation => "automatic_invitation",
            Self::AutomaticSuggestion => "automatic_suggestion",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    fn from(value: &str) -> Self {
        match value {
            "manual_invitation" => Self::ManualInvitation,
            "automatic_invitation" => Self::AutomaticInvitation,
            "automatic_suggestion" => Self::AutomaticSuggestion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for OrganizationSettingsDomainsSettingsEnrollmentModesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/OrganizationSettings.SlugSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrganizationSettingsSlugSettings {
    pub disabled: bool,
}
/// Spec: `#/paths/~1v1~1me~1passkeys~1{passkey_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PatchPasskeyBody {
    /// The name of the passkey.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
impl PatchPasskeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { name: None }
    }
}
/// Spec: `#/paths/~1v1~1me/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PatchUserBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_email_address_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_phone_number_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_web3_wallet_id: Option<String>,
}
impl PatchUserBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            username: None,
            first_name: None,
            last_name: None,
            primary_email_address_id: None,
            primary_phone_number_id: None,
            primary_web3_wallet_id: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1metadata/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PatchUserMetadataBody {
    /// A stringified JSON object containing the unsafe metadata patch to merge into the current user's `unsafe_metadata`.
    /// Existing keys are deep-merged; keys at any level with `null` values are removed.
    pub unsafe_metadata: String,
}
impl PatchUserMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(unsafe_metadata: String) -> Self {
        Self { unsafe_metadata }
    }
}
/// Spec: `#/paths/~1v1~1me~1external_accounts/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PostOAuthAccountsBody {
    /// The OAuth strategy that the external account provider supports. Optional when `enterprise_connection_id` is provided.
    /// Can be one of `oauth_[provider]` or `oauth_token_[provider]`.
    /// The `oauth_[provider]` strategy can be used for regular OAuth flows with redirects and a `redirect_url` parameter is also required.
    /// The `oauth_token_[provider]` strategy can be used for native flows, along with a `token` or `code` parameter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// The ID of an enterprise connection to link. When provided, strategy is not required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scope: Option<String>,
    /// The authorization or grant code that an OAuth provider returns during authentication. Can be used with `oauth_token_[provider]` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The ID token that an OpenID Connect provider returns during authentication. Can be used with `oauth_token_[provider]` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
}
impl PostOAuthAccountsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            enterprise_connection_id: None,
            redirect_url: None,
            action_complete_redirect_url: None,
            additional_scope: None,
            code: None,
            token: None,
            oidc_login_hint: None,
            oidc_prompt: None,
        }
    }
}
impl std::fmt::Debug for PostOAuthAccountsBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostOAuthAccountsBody")
            .field("strategy", &self.strategy)
            .field("enterprise_connection_id", &self.enterprise_connection_id)
            .field("redirect_url", &self.redirect_url)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("additional_scope", &self.additional_scope)
            .field("code", &sdkgen_runtime::Redacted)
            .field("token", &sdkgen_runtime::Redacted)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1oauth_callback/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PostOauthCallbackBody {
    /// returned exchange code from OAuth provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// returned scopes from OAuth provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// returned state from OAuth provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// returned error state from OAuth provider, if applicable
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}
impl PostOauthCallbackBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            code: None,
            scope: None,
            state: None,
            error: None,
        }
    }
}
impl std::fmt::Debug for PostOauthCallbackBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostOauthCallbackBody")
            .field("code", &sdkgen_runtime::Redacted)
            .field("scope", &self.scope)
            .field("state", &self.state)
            .field("error", &self.error)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1phone_numbers/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PostPhoneNumbersBody {
    /// The phone number to be added to the user.
    pub phone_number: String,
    /// Whether the phone number is reserved for multi-factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for_second_factor: Option<bool>,
}
impl PostPhoneNumbersBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(phone_number: String) -> Self {
        Self {
            phone_number,
            reserved_for_second_factor: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1web3_wallets/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PostWeb3WalletsBody {
    /// The web3 wallet to be added to the user.
    pub web3_wallet: String,
}
impl PostWeb3WalletsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(web3_wallet: String) -> Self {
        Self { web3_wallet }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1{domain_id}~1prepare_affiliation_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrepareOrganizationDomainVerificationBody {
    pub affiliation_email_address: String,
}
impl PrepareOrganizationDomainVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(affiliation_email_address: String) -> Self {
        Self { affiliation_email_address }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1prepare_ownership_verification~1bulk/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrepareOrganizationDomainsOwnershipVerificationBody {
    /// The organization domain IDs to prepare ownership verification for.
    pub organization_domain_ids: Vec<String>,
}
impl PrepareOrganizationDomainsOwnershipVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(organization_domain_ids: Vec<String>) -> Self {
        Self { organization_domain_ids }
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1prepare_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PrepareSessionReverificationFirstFactorBody {
    /// The strategy to be prepared for first factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<PrepareSessionReverificationFirstFactorBodyStrategy>,
    /// Used with the `email_code` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_id: Option<String>,
    /// Used with the `phone_code` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl PrepareSessionReverificationFirstFactorBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            email_address_id: None,
            phone_number_id: None,
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for PrepareSessionReverificationFirstFactorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSessionReverificationFirstFactorBody")
            .field("strategy", &self.strategy)
            .field("email_address_id", &self.email_address_id)
            .field("phone_number_id", &self.phone_number_id)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The strategy to be prepared for first factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1prepare_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrepareSessionReverificationFirstFactorBodyStrategy {
    /// `email_code`
    EmailCode,
    /// `phone_code`
    PhoneCode,
    /// `passkey`
    Passkey,
    /// `enterprise_sso`
    EnterpriseSso,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl PrepareSessionReverificationFirstFactorBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailCode => "email_code",
            Self::PhoneCode => "phone_code",
            Self::Passkey => "passkey",
            Self::EnterpriseSso => "enterprise_sso",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrepareSessionReverificationFirstFactorBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_code" => Self::EmailCode,
            "phone_code" => Self::PhoneCode,
            "passkey" => Self::Passkey,
            "enterprise_sso" => Self::EnterpriseSso,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for PrepareSessionReverificationFirstFactorBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for PrepareSessionReverificationFirstFactorBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PrepareSessionReverificationFirstFactorBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PrepareSessionReverificationFirstFactorBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1prepare_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PrepareSessionReverificationSecondFactorBody {
    /// The strategy to be prepared for second factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<PrepareSessionReverificationSecondFactorBodyStrategy>,
    /// Used with the `phone_code` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl PrepareSessionReverificationSecondFactorBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            phone_number_id: None,
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for PrepareSessionReverificationSecondFactorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSessionReverificationSecondFactorBody")
            .field("strategy", &self.strategy)
            .field("phone_number_id", &self.phone_number_id)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The strategy to be prepared for second factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify~1prepare_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrepareSessionReverificationSecondFactorBodyStrategy {
    /// `phone_code`
    PhoneCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl PrepareSessionReverificationSecondFactorBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneCode => "phone_code",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn default() -> Self {
        Self::PhoneCode
    }
}
impl From<&str> for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "phone_code" => Self::PhoneCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PrepareSessionReverificationSecondFactorBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1prepare_first_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrepareSignInFactorOneBody {
    /// The strategy to be prepared for first factor authentication.
    ///
    /// Can be one of the following `email_code`, `email_link`,
    /// `phone_code`, `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature`,
    /// `web3_okx_wallet_signature`, `reset_password_phone_code`, `reset_password_email_code`,
    /// `oauth_[provider]`, `saml`, `passkey`, `trusted_device`, `enterprise_sso`
    pub strategy: String,
    /// Used with the `email_code`, `reset_password_email_code` and `email_link` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_id: Option<String>,
    /// Used with the `phone_code` and `reset_password_phone_code` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
    /// Used with the `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature` and `web3_okx_wallet_signature` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet_id: Option<String>,
    /// Used with the `passkey` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_id: Option<String>,
    /// Used with the `trusted_device` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_id: Option<String>,
    /// Used with `email_link`, `oauth_[provider]`, and `saml` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// Used with `oauth_[provider]` and `saml` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
}
impl PrepareSignInFactorOneBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(strategy: String) -> Self {
        Self {
            strategy,
            email_address_id: None,
            phone_number_id: None,
            proof_token: None,
            web3_wallet_id: None,
            passkey_id: None,
            trusted_device_id: None,
            redirect_url: None,
            action_complete_redirect_url: None,
            oidc_login_hint: None,
            oidc_prompt: None,
        }
    }
}
impl std::fmt::Debug for PrepareSignInFactorOneBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignInFactorOneBody")
            .field("strategy", &self.strategy)
            .field("email_address_id", &self.email_address_id)
            .field("phone_number_id", &self.phone_number_id)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .field("web3_wallet_id", &self.web3_wallet_id)
            .field("passkey_id", &self.passkey_id)
            .field("trusted_device_id", &self.trusted_device_id)
            .field("redirect_url", &self.redirect_url)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1prepare_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PrepareSignInFactorTwoBody {
    /// The strategy to be prepared for second factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<PrepareSignInFactorTwoBodyStrategy>,
    /// Used with the `phone_code` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
    /// Used with the `email_code` and `email_link` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_id: Option<String>,
    /// Used with the `email_link` strategy. The redirect URL after email link verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
}
impl PrepareSignInFactorTwoBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            phone_number_id: None,
            proof_token: None,
            email_address_id: None,
            redirect_url: None,
        }
    }
}
impl std::fmt::Debug for PrepareSignInFactorTwoBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignInFactorTwoBody")
            .field("strategy", &self.strategy)
            .field("phone_number_id", &self.phone_number_id)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .field("email_address_id", &self.email_address_id)
            .field("redirect_url", &self.redirect_url)
            .finish()
    }
}
/// The strategy to be prepared for second factor authentication.
///
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1prepare_second_factor/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PrepareSignInFactorTwoBodyStrategy {
    /// `phone_code`
    PhoneCode,
    /// `email_code`
    EmailCode,
    /// `email_link`
    EmailLink,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl PrepareSignInFactorTwoBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneCode => "phone_code",
            Self::EmailCode => "email_code",
            Self::EmailLink => "email_link",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for PrepareSignInFactorTwoBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "phone_code" => Self::PhoneCode,
            "email_code" => Self::EmailCode,
            "email_link" => Self::EmailLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for PrepareSignInFactorTwoBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for PrepareSignInFactorTwoBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for PrepareSignInFactorTwoBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for PrepareSignInFactorTwoBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ups~1{sign_up_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct PrepareSignUpsVerificationBody {
    /// The verification strategy
    ///
    /// - email_code
    /// - email_link
    /// - phone_code
    /// - web3_metamask_signature
    /// - web3_base_signature
    /// - web3_coinbase_wallet_signature
    /// - web3_okx_wallet_signature
    /// - saml
    /// - oauth
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl PrepareSignUpsVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: None,
            redirect_url: None,
            action_complete_redirect_url: None,
            oidc_login_hint: None,
            oidc_prompt: None,
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for PrepareSignUpsVerificationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignUpsVerificationBody")
            .field("strategy", &self.strategy)
            .field("redirect_url", &self.redirect_url)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1prepare/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrepareTrustedDeviceBody {
    pub platform: PrepareTrustedDeviceBodyPlatform,
    /// Bundle identifier or package name for the native application.
    pub app_identifier: String,
    /// Optional user-facing device name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub algorithm: PrepareTrustedDeviceBodyAlgorithm,
    /// Canonical public JWK for the device-bound P-256 key.
    pub public_key_jwk: String,
}
impl PrepareTrustedDeviceBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        platform: PrepareTrustedDeviceBodyPlatform,
        app_identifier: String,
        public_key_jwk: String,
    ) -> Self {
        Self {
            platform,
            app_identifier,
            name: None,
            algorithm: Default::default(),
            public_key_jwk,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1prepare/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/algorithm`
pub type PrepareTrustedDeviceBodyAlgorithm = AttemptSignInFactorOneBodyAlgorithm;
/// Spec: `#/paths/~1v1~1me~1trusted_devices~1prepare/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/platform`
pub type PrepareTrustedDeviceBodyPlatform = AttemptTrustedDeviceBodyPlatform;
/// Spec: `#/paths/~1v1~1me~1web3_wallets~1{web3_wallet_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PrepareWeb3WalletVerificationBody {
    /// The strategy used to verify the web3 wallet.
    pub strategy: String,
    /// The redirect URL to redirect the user to after verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
}
impl PrepareWeb3WalletVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(strategy: String) -> Self {
        Self {
            strategy,
            redirect_url: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1external_accounts~1{external_account_id}~1reauthorize/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReauthorizeExternalAccountBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_scope: Option<Vec<String>>,
    pub redirect_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
}
impl ReauthorizeExternalAccountBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(redirect_url: String) -> Self {
        Self {
            additional_scope: None,
            redirect_url,
            action_complete_redirect_url: None,
            oidc_login_hint: None,
            oidc_prompt: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1remove_password/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct RemovePasswordBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_password: Option<String>,
}
impl RemovePasswordBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { current_password: None }
    }
}
impl std::fmt::Debug for RemovePasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemovePasswordBody")
            .field("current_password", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1oauth~1authorize/get/parameters/7/schema`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestOAuthAuthorizeCodeChallengeMethod {
    /// `S256`
    S256,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RequestOAuthAuthorizeCodeChallengeMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::S256 => "S256",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for RequestOAuthAuthorizeCodeChallengeMethod {
    fn default() -> Self {
        Self::S256
    }
}
impl From<&str> for RequestOAuthAuthorizeCodeChallengeMethod {
    fn from(value: &str) -> Self {
        match value {
            "S256" => Self::S256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RequestOAuthAuthorizeCodeChallengeMethod {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RequestOAuthAuthorizeCodeChallengeMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RequestOAuthAuthorizeCodeChallengeMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RequestOAuthAuthorizeCodeChallengeMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1oauth~1authorize/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct RequestOAuthAuthorizePostBody {
    /// The authorization flow type. Must be `code` for authorization code flow.
    #[serde(default)]
    pub response_type: RequestOAuthAuthorizePostBodyResponseType,
    /// The OAuth2 client ID of the OAuth application.
    pub client_id: String,
    /// The URI to redirect to after authorization. Must be registered for the OAuth application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
    /// Space-separated list of scopes being requested. Available scopes are `email`, `profile`, `openid`, `public_metadata`, `private_metadata`, `offline_access`, and `user:org:read` (when Organizations are enabled). Defaults to `profile email` if not provided. Multiple values should be space-delimited (e.g., "email profile openid").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    /// An opaque value used to maintain state between the request and callback (minimum 8 characters). Required to prevent CSRF attacks unless PKCE parameters (`code_challenge` and `code_challenge_method`) are provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Space-separated list of prompts. Supported values are `none` (no user interaction), `login` (force re-authentication), and `consent` (force consent screen). Multiple values should be space-delimited (e.g., "login consent").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
    /// The code challenge for PKCE (Proof Key for Code Exchange). Required for public clients.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_challenge: Option<String>,
    /// The method used to generate the code challenge. Must be `S256`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_challenge_method: Option<RequestOAuthAuthorizePostBodyCodeChallengeMethod>,
    /// The method used to return authorization response parameters. Supported values are `query` (parameters in URL query string) and `form_post` (parameters in POST body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_mode: Option<RequestOAuthAuthorizePostBodyResponseMode>,
    /// String value used to associate a client session with an ID Token and to mitigate replay attacks. Used in OpenID Connect flows.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
}
impl RequestOAuthAuthorizePostBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(client_id: String) -> Self {
        Self {
            response_type: Default::default(),
            client_id,
            redirect_uri: None,
            scope: None,
            state: None,
            prompt: None,
            code_challenge: None,
            code_challenge_method: None,
            response_mode: None,
            nonce: None,
        }
    }
}
/// The method used to generate the code challenge. Must be `S256`.
///
/// Spec: `#/paths/~1oauth~1authorize/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/code_challenge_method`
pub type RequestOAuthAuthorizePostBodyCodeChallengeMethod = RequestOAuthAuthorizeCodeChallengeMethod;
/// The method used to return authorization response parameters. Supported values are `query` (parameters in URL query string) and `form_post` (parameters in POST body).
///
/// Spec: `#/paths/~1oauth~1authorize/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/response_mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestOAuthAuthorizePostBodyResponseMode {
    /// `query`
    Query,
    /// `form_post`
    FormPost,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RequestOAuthAuthorizePostBodyResponseMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Query => "query",
            Self::FormPost => "form_post",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestOAuthAuthorizePostBodyResponseMode {
    fn from(value: &str) -> Self {
        match value {
            "query" => Self::Query,
            "form_post" => Self::FormPost,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RequestOAuthAuthorizePostBodyResponseMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RequestOAuthAuthorizePostBodyResponseMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RequestOAuthAuthorizePostBodyResponseMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RequestOAuthAuthorizePostBodyResponseMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The authorization flow type. Must be `code` for authorization code flow.
///
/// Spec: `#/paths/~1oauth~1authorize/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/response_type`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestOAuthAuthorizePostBodyResponseType {
    /// `code`
    Code,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RequestOAuthAuthorizePostBodyResponseType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "code",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for RequestOAuthAuthorizePostBodyResponseType {
    fn default() -> Self {
        Self::Code
    }
}
impl From<&str> for RequestOAuthAuthorizePostBodyResponseType {
    fn from(value: &str) -> Self {
        match value {
            "code" => Self::Code,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RequestOAuthAuthorizePostBodyResponseType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RequestOAuthAuthorizePostBodyResponseType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RequestOAuthAuthorizePostBodyResponseType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RequestOAuthAuthorizePostBodyResponseType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1oauth~1authorize/get/parameters/5/schema/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestOAuthAuthorizePromptItem {
    /// `none`
    None,
    /// `login`
    Login,
    /// `consent`
    Consent,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RequestOAuthAuthorizePromptItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Login => "login",
            Self::Consent => "consent",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestOAuthAuthorizePromptItem {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "login" => Self::Login,
            "consent" => Self::Consent,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RequestOAuthAuthorizePromptItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RequestOAuthAuthorizePromptItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RequestOAuthAuthorizePromptItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RequestOAuthAuthorizePromptItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1oauth~1authorize/get/parameters/8/schema`
pub type RequestOAuthAuthorizeResponseMode = RequestOAuthAuthorizePostBodyResponseMode;
/// Spec: `#/paths/~1oauth~1authorize/get/parameters/3/schema/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RequestOAuthAuthorizeScopeItem {
    /// `email`
    Email,
    /// `profile`
    Profile,
    /// `openid`
    Openid,
    /// `offline_access`
    OfflineAccess,
    /// `public_metadata`
    PublicMetadata,
    /// `private_metadata`
    PrivateMetadata,
    /// `user:org:read`
    UserOrgRead,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RequestOAuthAuthorizeScopeItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Profile => "profile",
            Self::Openid => "openid",
            Self::OfflineAccess => "offline_access",
            Self::PublicMetadata => "public_metadata",
            Self::PrivateMetadata => "private_metadata",
            Self::UserOrgRead => "user:org:read",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RequestOAuthAuthorizeScopeItem {
    fn from(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            "profile" => Self::Profile,
            "openid" => Self::Openid,
            "offline_access" => Self::OfflineAccess,
            "public_metadata" => Self::PublicMetadata,
            "private_metadata" => Self::PrivateMetadata,
            "user:org:read" => Self::UserOrgRead,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RequestOAuthAuthorizeScopeItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RequestOAuthAuthorizeScopeItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RequestOAuthAuthorizeScopeItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RequestOAuthAuthorizeScopeItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1client~1sign_ins~1{sign_in_id}~1reset_password/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ResetPasswordBody {
    pub password: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_out_of_other_sessions: Option<bool>,
}
impl ResetPasswordBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(password: String) -> Self {
        Self {
            password,
            sign_out_of_other_sessions: None,
        }
    }
}
impl std::fmt::Debug for ResetPasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetPasswordBody")
            .field("password", &sdkgen_runtime::Redacted)
            .field("sign_out_of_other_sessions", &self.sign_out_of_other_sessions)
            .finish()
    }
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/requestBody/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct RevokeApiKeyBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
}
impl RevokeApiKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { revocation_reason: None }
    }
}
/// The error bodies operation `revokeApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RevokeApiKeyError {
    RevokeApiKeyResponse400(RevokeApiKeyResponse400),
    RevokeApiKeyResponse404(RevokeApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/200/content/application~1json/schema`
pub type RevokeApiKeyResponse = GetApiKeysResponseDataItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/400/content/application~1json/schema`
pub type RevokeApiKeyResponse400 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type RevokeApiKeyResponse400ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/404/content/application~1json/schema`
pub type RevokeApiKeyResponse404 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type RevokeApiKeyResponse404ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/200/content/application~1json/schema/properties/object`
pub type RevokeApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1oauth~1token~1revoke/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct RevokeOAuthTokenBody {
    /// The token to revoke.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// A hint about the type of the token to be revoked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_type_hint: Option<RevokeOAuthTokenBodyTokenTypeHint>,
}
impl RevokeOAuthTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            token: None,
            token_type_hint: None,
        }
    }
}
impl std::fmt::Debug for RevokeOAuthTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeOAuthTokenBody")
            .field("token", &sdkgen_runtime::Redacted)
            .field("token_type_hint", &self.token_type_hint)
            .finish()
    }
}
/// A hint about the type of the token to be revoked.
///
/// Spec: `#/paths/~1oauth~1token~1revoke/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/token_type_hint`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RevokeOAuthTokenBodyTokenTypeHint {
    /// `access_token`
    AccessToken,
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl RevokeOAuthTokenBodyTokenTypeHint {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for RevokeOAuthTokenBodyTokenTypeHint {
    fn from(value: &str) -> Self {
        match value {
            "access_token" => Self::AccessToken,
            "refresh_token" => Self::RefreshToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for RevokeOAuthTokenBodyTokenTypeHint {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for RevokeOAuthTokenBodyTokenTypeHint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for RevokeOAuthTokenBodyTokenTypeHint {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for RevokeOAuthTokenBodyTokenTypeHint {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `revokeOAuthToken` can answer with.
///
/// Spec: `#/paths/~1oauth~1token~1revoke/post/responses`
pub type RevokeOAuthTokenError = GetOAuthTokenError;
/// Spec: `#/paths/~1v1~1me~1email_addresses~1{email_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SendVerificationEmailBody {
    /// The strategy to be prepared for email verification.
    pub strategy: SendVerificationEmailBodyStrategy,
    /// Used with the `email_link` strategy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// Used with `oauth_[provider]` and `saml` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
}
impl SendVerificationEmailBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(strategy: SendVerificationEmailBodyStrategy) -> Self {
        Self {
            strategy,
            redirect_url: None,
            action_complete_redirect_url: None,
        }
    }
}
/// The strategy to be prepared for email verification.
///
/// Spec: `#/paths/~1v1~1me~1email_addresses~1{email_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SendVerificationEmailBodyStrategy {
    /// `email_code`
    EmailCode,
    /// `email_link`
    EmailLink,
    /// `enterprise_sso`
    EnterpriseSso,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl SendVerificationEmailBodyStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailCode => "email_code",
            Self::EmailLink => "email_link",
            Self::EnterpriseSso => "enterprise_sso",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for SendVerificationEmailBodyStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_code" => Self::EmailCode,
            "email_link" => Self::EmailLink,
            "enterprise_sso" => Self::EnterpriseSso,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for SendVerificationEmailBodyStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for SendVerificationEmailBodyStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for SendVerificationEmailBodyStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for SendVerificationEmailBodyStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1phone_numbers~1{phone_number_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct SendVerificationSmsBody {
    /// Strategy used to verify the phone number.
    #[serde(default)]
    pub strategy: SendVerificationSmsBodyStrategy,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl SendVerificationSmsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            strategy: Default::default(),
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for SendVerificationSmsBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendVerificationSmsBody")
            .field("strategy", &self.strategy)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Strategy used to verify the phone number.
///
/// Spec: `#/paths/~1v1~1me~1phone_numbers~1{phone_number_id}~1prepare_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/strategy`
pub type SendVerificationSmsBodyStrategy = PrepareSessionReverificationSecondFactorBodyStrategy;
/// Body of the response `#/components/responses/Server.Sessions`.
///
/// Spec: `#/components/schemas/Server.Sessions`
pub type ServerSessions = Vec<ClientSession2>;
/// Body of the response `#/components/responses/Server.UserEmailAddresses`.
///
/// Spec: `#/components/schemas/Server.UserEmailAddresses`
pub type ServerUserEmailAddresses = Vec<ClientEmailAddress>;
/// Body of the response `#/components/responses/Server.UserPhoneNumbers`.
///
/// Spec: `#/components/schemas/Server.UserPhoneNumbers`
pub type ServerUserPhoneNumbers = Vec<ClientPhoneNumber>;
/// Body of the response `#/components/responses/Server.UserWeb3Wallets`.
///
/// Spec: `#/components/schemas/Server.UserWeb3Wallets`
pub type ServerUserWeb3Wallets = Vec<ClientWeb3Wallet>;
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1payers~1default_payment_method/put/requestBody/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SetOrganizationDefaultPaymentMethodBody {
    /// The ID of the payment method to set as default
    pub payment_method_id: String,
}
impl SetOrganizationDefaultPaymentMethodBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(payment_method_id: String) -> Self {
        Self { payment_method_id }
    }
}
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StartSessionReverificationBody {
    /// The level of authentication that the user needs to go through
    pub level: StartSessionReverificationBodyLevel,
}
impl StartSessionReverificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(level: StartSessionReverificationBodyLevel) -> Self {
        Self { level }
    }
}
/// The level of authentication that the user needs to go through
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1verify/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/level`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StartSessionReverificationBodyLevel {
    /// `first_factor`
    FirstFactor,
    /// `second_factor`
    SecondFactor,
    /// `multi_factor`
    MultiFactor,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StartSessionReverificationBodyLevel {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::FirstFactor => "first_factor",
            Self::SecondFactor => "second_factor",
            Self::MultiFactor => "multi_factor",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StartSessionReverificationBodyLevel {
    fn from(value: &str) -> Self {
        match value {
            "first_factor" => Self::FirstFactor,
            "second_factor" => Self::SecondFactor,
            "multi_factor" => Self::MultiFactor,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StartSessionReverificationBodyLevel {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StartSessionReverificationBodyLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StartSessionReverificationBodyLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StartSessionReverificationBodyLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Identification.Link`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsIdentificationLink {
    pub r#type: String,
    pub id: String,
}
/// Spec: `#/components/schemas/Stubs.SAMLConnection.SAMLAccount`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsSamlConnectionSamlAccount {
    pub id: String,
    pub name: String,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    pub active: bool,
    pub provider: String,
    pub sync_user_attributes: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_additional_identifications: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_organization_account_linking: Option<bool>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
/// Spec: `#/components/schemas/Stubs.SignInFactor`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsSignInFactor {
    pub strategy: StubsSignInFactorStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safe_identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passkey_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<bool>,
}
/// Spec: `#/components/schemas/Stubs.SignInFactor/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsSignInFactorStrategy {
    /// `ticket`
    Ticket,
    /// `password`
    Password,
    /// `email_code`
    EmailCode,
    /// `email_link`
    EmailLink,
    /// `phone_code`
    PhoneCode,
    /// `web3_metamask_signature`
    Web3MetamaskSignature,
    /// `web3_base_signature`
    Web3BaseSignature,
    /// `web3_coinbase_wallet_signature`
    Web3CoinbaseWalletSignature,
    /// `web3_okx_wallet_signature`
    Web3OkxWalletSignature,
    /// `web3_solana_signature`
    Web3SolanaSignature,
    /// `totp`
    Totp,
    /// `backup_code`
    BackupCode,
    /// `oauth_apple`
    OauthApple,
    /// `oauth_google`
    OauthGoogle,
    /// `oauth_facebook`
    OauthFacebook,
    /// `oauth_hubspot`
    OauthHubspot,
    /// `oauth_github`
    OauthGithub,
    /// `oauth_mock`
    OauthMock,
    /// `oauth_custom_mock`
    OauthCustomMock,
    /// `oauth_token_mock`
    OauthTokenMock,
    /// `saml`
    Saml,
    /// `enterprise_sso`
    EnterpriseSso,
    /// `reset_password_email_code`
    ResetPasswordEmailCode,
    /// `reset_password_phone_code`
    ResetPasswordPhoneCode,
    /// `passkey`
    Passkey,
    /// `trusted_device`
    TrustedDevice,
    /// `google_one_tap`
    GoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsSignInFactorStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ticket => "ticket",
            Self::Password => "password",
            Self::EmailCode => "email_code",
            Self::EmailLink => "email_link",
            Self::PhoneCode => "phone_code",
            Self::Web3MetamaskSignature => "web3_metamask_signature",
            Self::Web3BaseSignature => "web3_base_signature",
            Self::Web3CoinbaseWalletSignature => "web3_coinbase_wallet_signature",
            Self::Web3OkxWalletSignature => "web3_okx_wallet_signature",
            Self::Web3SolanaSignature => "web3_solana_signature",
            Self::Totp => "totp",
            Self::BackupCode => "backup_code",
            Self::OauthApple => "oauth_apple",
            Self::OauthGoogle => "oauth_google",
            Self::OauthFacebook => "oauth_facebook",
            Self::OauthHubspot => "oauth_hubspot",
            Self::OauthGithub => "oauth_github",
            Self::OauthMock => "oauth_mock",
            Self::OauthCustomMock => "oauth_custom_mock",
            Self::OauthTokenMock => "oauth_token_mock",
            Self::Saml => "saml",
            Self::EnterpriseSso => "enterprise_sso",
            Self::ResetPasswordEmailCode => "reset_password_email_code",
            Self::ResetPasswordPhoneCode => "reset_password_phone_code",
            Self::Passkey => "passkey",
            Self::TrustedDevice => "trusted_device",
            Self::GoogleOneTap => "google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsSignInFactorStrategy {
    fn from(value: &str) -> Self {
        match value {
            "ticket" => Self::Ticket,
            "password" => Self::Password,
            "email_code" => Self::EmailCode,
            "email_link" => Self::EmailLink,
            "phone_code" => Self::PhoneCode,
            "web3_metamask_signature" => Self::Web3MetamaskSignature,
            "web3_base_signature" => Self::Web3BaseSignature,
            "web3_coinbase_wallet_signature" => Self::Web3CoinbaseWalletSignature,
            "web3_okx_wallet_signature" => Self::Web3OkxWalletSignature,
            "web3_solana_signature" => Self::Web3SolanaSignature,
            "totp" => Self::Totp,
            "backup_code" => Self::BackupCode,
            "oauth_apple" => Self::OauthApple,
            "oauth_google" => Self::OauthGoogle,
            "oauth_facebook" => Self::OauthFacebook,
            "oauth_hubspot" => Self::OauthHubspot,
            "oauth_github" => Self::OauthGithub,
            "oauth_mock" => Self::OauthMock,
            "oauth_custom_mock" => Self::OauthCustomMock,
            "oauth_token_mock" => Self::OauthTokenMock,
            "saml" => Self::Saml,
            "enterprise_sso" => Self::EnterpriseSso,
            "reset_password_email_code" => Self::ResetPasswordEmailCode,
            "reset_password_phone_code" => Self::ResetPasswordPhoneCode,
            "passkey" => Self::Passkey,
            "trusted_device" => Self::TrustedDevice,
            "google_one_tap" => Self::GoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsSignInFactorStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsSignInFactorStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsSignInFactorStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsSignInFactorStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.SignUpVerification.AdditionalFields`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsSignUpVerificationAdditionalFields {
    pub next_action: StubsSignUpVerificationAdditionalFieldsNextAction,
    pub supported_strategies: Vec<String>,
}
/// Spec: `#/components/schemas/Stubs.SignUpVerification.AdditionalFields/properties/next_action`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsSignUpVerificationAdditionalFieldsNextAction {
    /// `needs_prepare`
    NeedsPrepare,
    /// `needs_attempt`
    NeedsAttempt,
    /// ``
    Empty,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsSignUpVerificationAdditionalFieldsNextAction {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NeedsPrepare => "needs_prepare",
            Self::NeedsAttempt => "needs_attempt",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsSignUpVerificationAdditionalFieldsNextAction {
    fn from(value: &str) -> Self {
        match value {
            "needs_prepare" => Self::NeedsPrepare,
            "needs_attempt" => Self::NeedsAttempt,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsSignUpVerificationAdditionalFieldsNextAction {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsSignUpVerificationAdditionalFieldsNextAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsSignUpVerificationAdditionalFieldsNextAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsSignUpVerificationAdditionalFieldsNextAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Admin`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationAdmin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationAdminObject>,
    pub status: StubsVerificationAdminStatus,
    #[serde(default)]
    pub strategy: StubsVerificationAdminStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Admin/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationAdminObject {
    /// `verification_admin`
    VerificationAdmin,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationAdminObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationAdmin => "verification_admin",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationAdminObject {
    fn default() -> Self {
        Self::VerificationAdmin
    }
}
impl From<&str> for StubsVerificationAdminObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_admin" => Self::VerificationAdmin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationAdminObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationAdminObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationAdminObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationAdminObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Admin/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationAdminStatus {
    /// `verified`
    Verified,
    /// `unverified`
    Unverified,
    /// `failed`
    Failed,
    /// `expired`
    Expired,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationAdminStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Unverified => "unverified",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationAdminStatus {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            "unverified" => Self::Unverified,
            "failed" => Self::Failed,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationAdminStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationAdminStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationAdminStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationAdminStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Admin/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationAdminStrategy {
    /// `admin`
    Admin,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationAdminStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationAdminStrategy {
    fn default() -> Self {
        Self::Admin
    }
}
impl From<&str> for StubsVerificationAdminStrategy {
    fn from(value: &str) -> Self {
        match value {
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationAdminStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationAdminStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationAdminStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationAdminStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.BackupCode`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationBackupCode {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationBackupCodeObject>,
    pub status: StubsVerificationBackupCodeStatus,
    #[serde(default)]
    pub strategy: StubsVerificationBackupCodeStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.BackupCode/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationBackupCodeObject {
    /// `verification_backup_code`
    VerificationBackupCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationBackupCodeObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationBackupCode => "verification_backup_code",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationBackupCodeObject {
    fn default() -> Self {
        Self::VerificationBackupCode
    }
}
impl From<&str> for StubsVerificationBackupCodeObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_backup_code" => Self::VerificationBackupCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationBackupCodeObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationBackupCodeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationBackupCodeObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationBackupCodeObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.BackupCode/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationBackupCodeStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationBackupCodeStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationBackupCodeStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationBackupCodeStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationBackupCodeStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationBackupCodeStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationBackupCodeStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.BackupCode/properties/strategy`
pub type StubsVerificationBackupCodeStrategy = BackupCodesObject;
/// Spec: `#/components/schemas/Stubs.Verification.FromOauth`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationFromOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationFromOauthObject>,
    pub status: StubsVerificationFromOauthStatus,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.FromOauth/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationFromOauthObject {
    /// `verification_from_oauth`
    VerificationFromOauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationFromOauthObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationFromOauth => "verification_from_oauth",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationFromOauthObject {
    fn default() -> Self {
        Self::VerificationFromOauth
    }
}
impl From<&str> for StubsVerificationFromOauthObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_from_oauth" => Self::VerificationFromOauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationFromOauthObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationFromOauthObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationFromOauthObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationFromOauthObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.FromOauth/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationFromOauthStatus {
    /// `verified`
    Verified,
    /// `unverified`
    Unverified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationFromOauthStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Unverified => "unverified",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationFromOauthStatus {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            "unverified" => Self::Unverified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationFromOauthStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationFromOauthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationFromOauthStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationFromOauthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.GoogleOneTap`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationGoogleOneTap {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationGoogleOneTapObject>,
    pub status: StubsVerificationGoogleOneTapStatus,
    #[serde(default)]
    pub strategy: StubsVerificationGoogleOneTapStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.GoogleOneTap/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationGoogleOneTapObject {
    /// `verification_google_one_tap`
    VerificationGoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationGoogleOneTapObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationGoogleOneTap => "verification_google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationGoogleOneTapObject {
    fn default() -> Self {
        Self::VerificationGoogleOneTap
    }
}
impl From<&str> for StubsVerificationGoogleOneTapObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_google_one_tap" => Self::VerificationGoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationGoogleOneTapObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationGoogleOneTapObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationGoogleOneTapObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationGoogleOneTapObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.GoogleOneTap/properties/status`
pub type StubsVerificationGoogleOneTapStatus = StubsVerificationBackupCodeStatus;
/// Spec: `#/components/schemas/Stubs.Verification.GoogleOneTap/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationGoogleOneTapStrategy {
    /// `google_one_tap`
    GoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationGoogleOneTapStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GoogleOneTap => "google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationGoogleOneTapStrategy {
    fn default() -> Self {
        Self::GoogleOneTap
    }
}
impl From<&str> for StubsVerificationGoogleOneTapStrategy {
    fn from(value: &str) -> Self {
        match value {
            "google_one_tap" => Self::GoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationGoogleOneTapStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationGoogleOneTapStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationGoogleOneTapStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationGoogleOneTapStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Invitation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct StubsVerificationInvitation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationInvitationObject>,
    #[serde(default)]
    pub status: StubsVerificationInvitationStatus,
    #[serde(default)]
    pub strategy: StubsVerificationInvitationStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Invitation/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationInvitationObject {
    /// `verification_invitation`
    VerificationInvitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationInvitationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationInvitation => "verification_invitation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationInvitationObject {
    fn default() -> Self {
        Self::VerificationInvitation
    }
}
impl From<&str> for StubsVerificationInvitationObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_invitation" => Self::VerificationInvitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationInvitationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationInvitationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationInvitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationInvitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Invitation/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationInvitationStatus {
    /// `verified`
    Verified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationInvitationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationInvitationStatus {
    fn default() -> Self {
        Self::Verified
    }
}
impl From<&str> for StubsVerificationInvitationStatus {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationInvitationStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationInvitationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationInvitationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationInvitationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Invitation/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationInvitationStrategy {
    /// `invitation`
    Invitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationInvitationStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invitation => "invitation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationInvitationStrategy {
    fn default() -> Self {
        Self::Invitation
    }
}
impl From<&str> for StubsVerificationInvitationStrategy {
    fn from(value: &str) -> Self {
        match value {
            "invitation" => Self::Invitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationInvitationStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationInvitationStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationInvitationStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationInvitationStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Link`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationLink {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationLinkObject>,
    pub status: StubsVerificationLinkStatus,
    #[serde(default)]
    pub strategy: StubsVerificationLinkStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub expire_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Link/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationLinkObject {
    /// `verification_email_link`
    VerificationEmailLink,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationLinkObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationEmailLink => "verification_email_link",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationLinkObject {
    fn default() -> Self {
        Self::VerificationEmailLink
    }
}
impl From<&str> for StubsVerificationLinkObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_email_link" => Self::VerificationEmailLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationLinkObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationLinkObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationLinkObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationLinkObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Link/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationLinkStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// `failed`
    Failed,
    /// `expired`
    Expired,
    /// `transferable`
    Transferable,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationLinkStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Transferable => "transferable",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationLinkStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            "failed" => Self::Failed,
            "expired" => Self::Expired,
            "transferable" => Self::Transferable,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationLinkStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationLinkStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationLinkStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationLinkStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Link/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationLinkStrategy {
    /// `email_link`
    EmailLink,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationLinkStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailLink => "email_link",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationLinkStrategy {
    fn default() -> Self {
        Self::EmailLink
    }
}
impl From<&str> for StubsVerificationLinkStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_link" => Self::EmailLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationLinkStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationLinkStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationLinkStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationLinkStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Oauth`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationOauthObject>,
    pub status: StubsVerificationOauthStatus,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    pub expire_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Oauth/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationOauthObject {
    /// `verification_oauth`
    VerificationOauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationOauthObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationOauth => "verification_oauth",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationOauthObject {
    fn default() -> Self {
        Self::VerificationOauth
    }
}
impl From<&str> for StubsVerificationOauthObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_oauth" => Self::VerificationOauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationOauthObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationOauthObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationOauthObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationOauthObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Oauth/properties/status`
pub type StubsVerificationOauthStatus = StubsVerificationLinkStatus;
/// Spec: `#/components/schemas/Stubs.Verification.OTP`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationOtp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationOtpObject>,
    pub status: StubsVerificationOtpStatus,
    pub strategy: StubsVerificationOtpStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub expire_at: i64,
}
/// Spec: `#/components/schemas/Stubs.Verification.OTP/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationOtpObject {
    /// `verification_otp`
    VerificationOtp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationOtpObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationOtp => "verification_otp",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationOtpObject {
    fn default() -> Self {
        Self::VerificationOtp
    }
}
impl From<&str> for StubsVerificationOtpObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_otp" => Self::VerificationOtp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationOtpObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationOtpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationOtpObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationOtpObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.OTP/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationOtpStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// `failed`
    Failed,
    /// `expired`
    Expired,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationOtpStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Failed => "failed",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationOtpStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            "failed" => Self::Failed,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationOtpStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationOtpStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationOtpStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationOtpStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.OTP/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationOtpStrategy {
    /// `phone_code`
    PhoneCode,
    /// `email_code`
    EmailCode,
    /// `reset_password_email_code`
    ResetPasswordEmailCode,
    /// `reset_password_phone_code`
    ResetPasswordPhoneCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationOtpStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneCode => "phone_code",
            Self::EmailCode => "email_code",
            Self::ResetPasswordEmailCode => "reset_password_email_code",
            Self::ResetPasswordPhoneCode => "reset_password_phone_code",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationOtpStrategy {
    fn from(value: &str) -> Self {
        match value {
            "phone_code" => Self::PhoneCode,
            "email_code" => Self::EmailCode,
            "reset_password_email_code" => Self::ResetPasswordEmailCode,
            "reset_password_phone_code" => Self::ResetPasswordPhoneCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationOtpStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationOtpStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationOtpStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationOtpStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Passkey`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationPasskey {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationPasskeyObject>,
    pub status: StubsVerificationPasskeyStatus,
    #[serde(default)]
    pub strategy: StubsVerificationPasskeyStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    pub expire_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Passkey/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationPasskeyObject {
    /// `verification_passkey`
    VerificationPasskey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationPasskeyObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationPasskey => "verification_passkey",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationPasskeyObject {
    fn default() -> Self {
        Self::VerificationPasskey
    }
}
impl From<&str> for StubsVerificationPasskeyObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_passkey" => Self::VerificationPasskey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationPasskeyObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationPasskeyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationPasskeyObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationPasskeyObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Passkey/properties/status`
pub type StubsVerificationPasskeyStatus = StubsVerificationOtpStatus;
/// Spec: `#/components/schemas/Stubs.Verification.Passkey/properties/strategy`
pub type StubsVerificationPasskeyStrategy = AttemptPasskeyVerificationBodyStrategy;
/// Spec: `#/components/schemas/Stubs.Verification.Password`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationPassword {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationPasswordObject>,
    pub status: StubsVerificationPasswordStatus,
    #[serde(default)]
    pub strategy: StubsVerificationPasswordStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Password/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationPasswordObject {
    /// `verification_password`
    VerificationPassword,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationPasswordObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationPassword => "verification_password",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationPasswordObject {
    fn default() -> Self {
        Self::VerificationPassword
    }
}
impl From<&str> for StubsVerificationPasswordObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_password" => Self::VerificationPassword,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationPasswordObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationPasswordObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationPasswordObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationPasswordObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Password/properties/status`
pub type StubsVerificationPasswordStatus = StubsVerificationBackupCodeStatus;
/// Spec: `#/components/schemas/Stubs.Verification.Password/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationPasswordStrategy {
    /// `password`
    Password,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationPasswordStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationPasswordStrategy {
    fn default() -> Self {
        Self::Password
    }
}
impl From<&str> for StubsVerificationPasswordStrategy {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationPasswordStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationPasswordStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationPasswordStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationPasswordStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.SAML`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationSaml {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationSamlObject>,
    pub status: StubsVerificationSamlStatus,
    #[serde(default)]
    pub strategy: StubsVerificationSamlStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.SAML/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationSamlObject {
    /// `verification_saml`
    VerificationSaml,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationSamlObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationSaml => "verification_saml",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationSamlObject {
    fn default() -> Self {
        Self::VerificationSaml
    }
}
impl From<&str> for StubsVerificationSamlObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_saml" => Self::VerificationSaml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationSamlObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationSamlObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationSamlObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationSamlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.SAML/properties/status`
pub type StubsVerificationSamlStatus = StubsVerificationLinkStatus;
/// Spec: `#/components/schemas/Stubs.Verification.SAML/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationSamlStrategy {
    /// `saml`
    Saml,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationSamlStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationSamlStrategy {
    fn default() -> Self {
        Self::Saml
    }
}
impl From<&str> for StubsVerificationSamlStrategy {
    fn from(value: &str) -> Self {
        match value {
            "saml" => Self::Saml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationSamlStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationSamlStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationSamlStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationSamlStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.SCIM`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct StubsVerificationScim {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationScimObject>,
    #[serde(default)]
    pub status: StubsVerificationScimStatus,
    #[serde(default)]
    pub strategy: StubsVerificationScimStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.SCIM/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationScimObject {
    /// `verification_scim`
    VerificationScim,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationScimObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationScim => "verification_scim",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationScimObject {
    fn default() -> Self {
        Self::VerificationScim
    }
}
impl From<&str> for StubsVerificationScimObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_scim" => Self::VerificationScim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationScimObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationScimObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationScimObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationScimObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.SCIM/properties/status`
pub type StubsVerificationScimStatus = StubsVerificationInvitationStatus;
/// Spec: `#/components/schemas/Stubs.Verification.SCIM/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationScimStrategy {
    /// `scim`
    Scim,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationScimStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scim => "scim",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationScimStrategy {
    fn default() -> Self {
        Self::Scim
    }
}
impl From<&str> for StubsVerificationScimStrategy {
    fn from(value: &str) -> Self {
        match value {
            "scim" => Self::Scim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationScimStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationScimStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationScimStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationScimStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Ticket`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationTicket {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationTicketObject>,
    pub status: StubsVerificationTicketStatus,
    #[serde(default)]
    pub strategy: StubsVerificationTicketStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Ticket/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTicketObject {
    /// `verification_ticket`
    VerificationTicket,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTicketObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationTicket => "verification_ticket",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationTicketObject {
    fn default() -> Self {
        Self::VerificationTicket
    }
}
impl From<&str> for StubsVerificationTicketObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_ticket" => Self::VerificationTicket,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTicketObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTicketObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTicketObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTicketObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Ticket/properties/status`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTicketStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// `expired`
    Expired,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTicketStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationTicketStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTicketStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTicketStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTicketStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Ticket/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTicketStrategy {
    /// `ticket`
    Ticket,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTicketStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ticket => "ticket",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationTicketStrategy {
    fn default() -> Self {
        Self::Ticket
    }
}
impl From<&str> for StubsVerificationTicketStrategy {
    fn from(value: &str) -> Self {
        match value {
            "ticket" => Self::Ticket,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTicketStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTicketStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTicketStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTicketStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.TOTP`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationTotp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationTotpObject>,
    pub status: StubsVerificationTotpStatus,
    #[serde(default)]
    pub strategy: StubsVerificationTotpStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
/// Spec: `#/components/schemas/Stubs.Verification.TOTP/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTotpObject {
    /// `verification_totp`
    VerificationTotp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTotpObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationTotp => "verification_totp",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationTotpObject {
    fn default() -> Self {
        Self::VerificationTotp
    }
}
impl From<&str> for StubsVerificationTotpObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_totp" => Self::VerificationTotp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTotpObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTotpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTotpObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTotpObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.TOTP/properties/status`
pub type StubsVerificationTotpStatus = StubsVerificationBackupCodeStatus;
/// Spec: `#/components/schemas/Stubs.Verification.TOTP/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTotpStrategy {
    /// `totp`
    Totp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTotpStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Totp => "totp",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationTotpStrategy {
    fn default() -> Self {
        Self::Totp
    }
}
impl From<&str> for StubsVerificationTotpStrategy {
    fn from(value: &str) -> Self {
        match value {
            "totp" => Self::Totp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTotpStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTotpStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTotpStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTotpStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationTrustedDevice {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationTrustedDeviceObject>,
    pub status: StubsVerificationTrustedDeviceStatus,
    #[serde(default)]
    pub strategy: StubsVerificationTrustedDeviceStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_device_challenge: Option<
        StubsVerificationTrustedDeviceTrustedDeviceChallenge,
    >,
}
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationTrustedDeviceObject {
    /// `verification_trusted_device`
    VerificationTrustedDevice,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationTrustedDeviceObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationTrustedDevice => "verification_trusted_device",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationTrustedDeviceObject {
    fn default() -> Self {
        Self::VerificationTrustedDevice
    }
}
impl From<&str> for StubsVerificationTrustedDeviceObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_trusted_device" => Self::VerificationTrustedDevice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationTrustedDeviceObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationTrustedDeviceObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationTrustedDeviceObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationTrustedDeviceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/status`
pub type StubsVerificationTrustedDeviceStatus = StubsVerificationOtpStatus;
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/strategy`
pub type StubsVerificationTrustedDeviceStrategy = ClientTrustedDeviceObject;
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/trusted_device_challenge`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationTrustedDeviceTrustedDeviceChallenge {
    #[serde(default)]
    pub object: StubsVerificationTrustedDeviceTrustedDeviceChallengeObject,
    pub challenge: String,
    pub challenge_id: String,
    pub trusted_device_id: String,
    pub client_data: String,
    pub expires_at: i64,
    #[serde(default)]
    pub algorithm: StubsVerificationTrustedDeviceTrustedDeviceChallengeAlgorithm,
}
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/trusted_device_challenge/properties/algorithm`
pub type StubsVerificationTrustedDeviceTrustedDeviceChallengeAlgorithm = AttemptSignInFactorOneBodyAlgorithm;
/// Spec: `#/components/schemas/Stubs.Verification.TrustedDevice/properties/trusted_device_challenge/properties/object`
pub type StubsVerificationTrustedDeviceTrustedDeviceChallengeObject = ClientTrustedDeviceChallengeObject;
/// Spec: `#/components/schemas/Stubs.Verification.Web3Signature`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StubsVerificationWeb3Signature {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<StubsVerificationWeb3SignatureObject>,
    pub status: StubsVerificationWeb3SignatureStatus,
    pub strategy: StubsVerificationWeb3SignatureStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
/// Spec: `#/components/schemas/Stubs.Verification.Web3Signature/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationWeb3SignatureObject {
    /// `verification_web3`
    VerificationWeb3,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationWeb3SignatureObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationWeb3 => "verification_web3",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for StubsVerificationWeb3SignatureObject {
    fn default() -> Self {
        Self::VerificationWeb3
    }
}
impl From<&str> for StubsVerificationWeb3SignatureObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_web3" => Self::VerificationWeb3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationWeb3SignatureObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationWeb3SignatureObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationWeb3SignatureObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationWeb3SignatureObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Stubs.Verification.Web3Signature/properties/status`
pub type StubsVerificationWeb3SignatureStatus = StubsVerificationOtpStatus;
/// Spec: `#/components/schemas/Stubs.Verification.Web3Signature/properties/strategy`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StubsVerificationWeb3SignatureStrategy {
    /// `web3_metamask_signature`
    Web3MetamaskSignature,
    /// `web3_base_signature`
    Web3BaseSignature,
    /// `web3_coinbase_wallet_signature`
    Web3CoinbaseWalletSignature,
    /// `web3_okx_wallet_signature`
    Web3OkxWalletSignature,
    /// `web3_solana_signature`
    Web3SolanaSignature,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl StubsVerificationWeb3SignatureStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web3MetamaskSignature => "web3_metamask_signature",
            Self::Web3BaseSignature => "web3_base_signature",
            Self::Web3CoinbaseWalletSignature => "web3_coinbase_wallet_signature",
            Self::Web3OkxWalletSignature => "web3_okx_wallet_signature",
            Self::Web3SolanaSignature => "web3_solana_signature",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for StubsVerificationWeb3SignatureStrategy {
    fn from(value: &str) -> Self {
        match value {
            "web3_metamask_signature" => Self::Web3MetamaskSignature,
            "web3_base_signature" => Self::Web3BaseSignature,
            "web3_coinbase_wallet_signature" => Self::Web3CoinbaseWalletSignature,
            "web3_okx_wallet_signature" => Self::Web3OkxWalletSignature,
            "web3_solana_signature" => Self::Web3SolanaSignature,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for StubsVerificationWeb3SignatureStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for StubsVerificationWeb3SignatureStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for StubsVerificationWeb3SignatureStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for StubsVerificationWeb3SignatureStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1v1~1me~1oauth~1consent~1{client_id}/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubmitOAuthConsentBody {
    /// The user's consent decision. `true` grants the requested
    /// scopes and continues the authorization flow; any other value
    /// is treated as a denial and returns an `access_denied` error
    /// in the redirect.
    pub consented: bool,
    /// Optional. The organization to scope the issued token to. The
    /// authenticated user must be a member of this organization. If
    /// omitted, the user's currently active organization is used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
}
impl SubmitOAuthConsentBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(consented: bool) -> Self {
        Self {
            consented,
            organization_id: None,
        }
    }
}
/// Body of the response `#/components/responses/Token`.
///
/// Spec: `#/components/schemas/Token`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Token {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: TokenObject,
    /// String representing the encoded JWT value.
    pub jwt: String,
}
impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("object", &self.object)
            .field("jwt", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Token/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TokenObject {
    /// `token`
    Token,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl TokenObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for TokenObject {
    fn default() -> Self {
        Self::Token
    }
}
impl From<&str> for TokenObject {
    fn from(value: &str) -> Self {
        match value {
            "token" => Self::Token,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for TokenObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for TokenObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TokenObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for TokenObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/TOTP`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Totp {
    #[serde(default)]
    pub object: TotpObject,
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    pub verified: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_codes: Option<Vec<String>>,
    pub created_at: i64,
    pub updated_at: i64,
}
impl std::fmt::Debug for Totp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Totp")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("secret", &sdkgen_runtime::Redacted)
            .field("uri", &self.uri)
            .field("verified", &self.verified)
            .field("backup_codes", &sdkgen_runtime::Redacted)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/TOTP/properties/object`
pub type TotpObject = StubsVerificationTotpStrategy;
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1touch/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct TouchSessionBody {
    /// The ID or slug of the organization to activate.
    ///
    /// When force organization selection is enabled and this value is sent as null or empty string,
    /// the session will keep the previous active organization and will not attempt to switch to a personal account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_organization_id: Option<String>,
    /// Indicates why the touch request was triggered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intent: Option<TouchSessionBodyIntent>,
}
impl TouchSessionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            active_organization_id: None,
            intent: None,
        }
    }
}
/// Indicates why the touch request was triggered.
///
/// Spec: `#/paths/~1v1~1client~1sessions~1{session_id}~1touch/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/intent`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TouchSessionBodyIntent {
    /// `focus`
    Focus,
    /// `select_session`
    SelectSession,
    /// `select_org`
    SelectOrg,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl TouchSessionBodyIntent {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Focus => "focus",
            Self::SelectSession => "select_session",
            Self::SelectOrg => "select_org",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for TouchSessionBodyIntent {
    fn from(value: &str) -> Self {
        match value {
            "focus" => Self::Focus,
            "select_session" => Self::SelectSession,
            "select_org" => Self::SelectOrg,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for TouchSessionBodyIntent {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for TouchSessionBodyIntent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for TouchSessionBodyIntent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for TouchSessionBodyIntent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/requestBody/content/application~1json/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateApiKeyBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
}
impl UpdateApiKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { description: None }
    }
}
/// The error bodies operation `updateApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateApiKeyError {
    UpdateApiKeyResponse400(UpdateApiKeyResponse400),
    UpdateApiKeyResponse404(UpdateApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/200/content/application~1json/schema`
pub type UpdateApiKeyResponse = GetApiKeysResponseDataItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/400/content/application~1json/schema`
pub type UpdateApiKeyResponse400 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/400/content/application~1json/schema/properties/errors/items`
pub type UpdateApiKeyResponse400ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/404/content/application~1json/schema`
pub type UpdateApiKeyResponse404 = CreateApiKeyResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/404/content/application~1json/schema/properties/errors/items`
pub type UpdateApiKeyResponse404ErrorsItem = CreateApiKeyResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/200/content/application~1json/schema/properties/object`
pub type UpdateApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1v1~1me~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateMeEnterpriseConnectionBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Replacement domains for this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Every supplied domain
    /// must already exist as one of the organization's domains with verified ownership and the
    /// `enterprise_sso` enrollment mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_user_attributes: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_additional_identifications: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// JSON-encoded custom attributes (only when enabled for the instance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_entity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_sso_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata: Option<String>,
    /// JSON-encoded IdP attribute mapping. Shape depends on provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_attribute_mapping: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_force_authn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_discovery_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_token_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_user_info_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_requires_pkce: Option<bool>,
}
impl UpdateMeEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            domains: None,
            active: None,
            sync_user_attributes: None,
            disable_additional_identifications: None,
            organization_id: None,
            custom_attributes: None,
            saml_idp_entity_id: None,
            saml_idp_sso_url: None,
            saml_idp_certificate: None,
            saml_idp_metadata_url: None,
            saml_idp_metadata: None,
            saml_attribute_mapping: None,
            saml_allow_subdomains: None,
            saml_allow_idp_initiated: None,
            saml_force_authn: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_discovery_url: None,
            oidc_auth_url: None,
            oidc_token_url: None,
            oidc_user_info_url: None,
            oidc_requires_pkce: None,
        }
    }
}
impl std::fmt::Debug for UpdateMeEnterpriseConnectionBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateMeEnterpriseConnectionBody")
            .field("name", &self.name)
            .field("domains", &self.domains)
            .field("active", &self.active)
            .field("sync_user_attributes", &self.sync_user_attributes)
            .field(
                "disable_additional_identifications",
                &self.disable_additional_identifications,
            )
            .field("organization_id", &self.organization_id)
            .field("custom_attributes", &self.custom_attributes)
            .field("saml_idp_entity_id", &self.saml_idp_entity_id)
            .field("saml_idp_sso_url", &self.saml_idp_sso_url)
            .field("saml_idp_certificate", &self.saml_idp_certificate)
            .field("saml_idp_metadata_url", &self.saml_idp_metadata_url)
            .field("saml_idp_metadata", &self.saml_idp_metadata)
            .field("saml_attribute_mapping", &self.saml_attribute_mapping)
            .field("saml_allow_subdomains", &self.saml_allow_subdomains)
            .field("saml_allow_idp_initiated", &self.saml_allow_idp_initiated)
            .field("saml_force_authn", &self.saml_force_authn)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &sdkgen_runtime::Redacted)
            .field("oidc_discovery_url", &self.oidc_discovery_url)
            .field("oidc_auth_url", &self.oidc_auth_url)
            .field("oidc_token_url", &self.oidc_token_url)
            .field("oidc_user_info_url", &self.oidc_user_info_url)
            .field("oidc_requires_pkce", &self.oidc_requires_pkce)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1billing~1checkouts~1{checkoutID}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationBillingCheckoutBody {
    /// The promo code to apply to this checkout.
    /// Send a blank value to clear the currently applied promo code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
}
impl UpdateOrganizationBillingCheckoutBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { promo_code: None }
    }
}
impl std::fmt::Debug for UpdateOrganizationBillingCheckoutBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationBillingCheckoutBody")
            .field("promo_code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationBody {
    /// The organization name.
    /// May not contain URLs or HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The organization slug
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
}
impl UpdateOrganizationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { name: None, slug: None }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1domains~1{domain_id}~1update_enrollment_mode/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateOrganizationDomainEnrollmentModeBody {
    pub enrollment_mode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_pending: Option<bool>,
}
impl UpdateOrganizationDomainEnrollmentModeBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(enrollment_mode: String) -> Self {
        Self {
            enrollment_mode,
            delete_pending: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organizationID}~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationEnterpriseConnectionBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Replacement domains for this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Every supplied domain
    /// must already exist as one of the organization's domains with verified ownership and the
    /// `enterprise_sso` enrollment mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_user_attributes: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_additional_identifications: Option<bool>,
    /// JSON-encoded custom attributes (only when enabled for the instance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_entity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_sso_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_certificate: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_idp_metadata: Option<String>,
    /// JSON-encoded IdP attribute mapping. Shape depends on provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_attribute_mapping: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_force_authn: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_client_secret: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_discovery_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_auth_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_token_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_user_info_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_requires_pkce: Option<bool>,
}
impl UpdateOrganizationEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            domains: None,
            active: None,
            sync_user_attributes: None,
            disable_additional_identifications: None,
            custom_attributes: None,
            saml_idp_entity_id: None,
            saml_idp_sso_url: None,
            saml_idp_certificate: None,
            saml_idp_metadata_url: None,
            saml_idp_metadata: None,
            saml_attribute_mapping: None,
            saml_allow_subdomains: None,
            saml_allow_idp_initiated: None,
            saml_force_authn: None,
            oidc_client_id: None,
            oidc_client_secret: None,
            oidc_discovery_url: None,
            oidc_auth_url: None,
            oidc_token_url: None,
            oidc_user_info_url: None,
            oidc_requires_pkce: None,
        }
    }
}
impl std::fmt::Debug for UpdateOrganizationEnterpriseConnectionBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationEnterpriseConnectionBody")
            .field("name", &self.name)
            .field("domains", &self.domains)
            .field("active", &self.active)
            .field("sync_user_attributes", &self.sync_user_attributes)
            .field(
                "disable_additional_identifications",
                &self.disable_additional_identifications,
            )
            .field("custom_attributes", &self.custom_attributes)
            .field("saml_idp_entity_id", &self.saml_idp_entity_id)
            .field("saml_idp_sso_url", &self.saml_idp_sso_url)
            .field("saml_idp_certificate", &self.saml_idp_certificate)
            .field("saml_idp_metadata_url", &self.saml_idp_metadata_url)
            .field("saml_idp_metadata", &self.saml_idp_metadata)
            .field("saml_attribute_mapping", &self.saml_attribute_mapping)
            .field("saml_allow_subdomains", &self.saml_allow_subdomains)
            .field("saml_allow_idp_initiated", &self.saml_allow_idp_initiated)
            .field("saml_force_authn", &self.saml_force_authn)
            .field("oidc_client_id", &self.oidc_client_id)
            .field("oidc_client_secret", &sdkgen_runtime::Redacted)
            .field("oidc_discovery_url", &self.oidc_discovery_url)
            .field("oidc_auth_url", &self.oidc_auth_url)
            .field("oidc_token_url", &self.oidc_token_url)
            .field("oidc_user_info_url", &self.oidc_user_info_url)
            .field("oidc_requires_pkce", &self.oidc_requires_pkce)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1logo/put/requestBody/content/multipart~1form-data/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationLogoBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<sdkgen_runtime::FilePart>,
}
impl UpdateOrganizationLogoBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { file: None }
    }
}
/// Spec: `#/paths/~1v1~1organizations~1{organization_id}~1memberships~1{user_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationMembershipBody {
    /// The new role that will be assigned to the member.
    /// This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role defined.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}
impl UpdateOrganizationMembershipBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { role: None }
    }
}
/// Spec: `#/paths/~1v1~1me~1phone_numbers~1{phone_number_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdatePhoneNumberBody {
    /// Whether the phone number is reserved for multi-factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for_second_factor: Option<bool>,
    /// Marks the phone number as the default that will be used in multi-factor authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_second_factor: Option<bool>,
}
impl UpdatePhoneNumberBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            reserved_for_second_factor: None,
            default_second_factor: None,
        }
    }
}
/// Spec: `#/paths/~1v1~1me~1profile_image/post/requestBody/content/multipart~1form-data/schema`
pub type UpdateProfileImageBody = UpdateOrganizationLogoBody;
/// Spec: `#/paths/~1v1~1client~1sign_ups~1{sign_up_id}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UpdateSignUpsBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_or_phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<String>,
    /// Strategy used to sign up.
    /// Can be one of `email_code`, `email_link`, `enterprise_sso`, `google_one_tap`, `oauth_[provider]`, `oauth_token_[provider]`, `phone_code`, `saml`, `ticket`, `web3_[provider]_signature`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action_complete_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<String>,
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Has the value `true` if the user has accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted: Option<bool>,
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_login_hint: Option<String>,
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc_prompt: Option<String>,
    /// Proof token produced by the Clerk Protect SDK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proof_token: Option<String>,
}
impl UpdateSignUpsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            password: None,
            first_name: None,
            last_name: None,
            username: None,
            email_address: None,
            phone_number: None,
            email_address_or_phone_number: None,
            unsafe_metadata: None,
            strategy: None,
            redirect_url: None,
            action_complete_redirect_url: None,
            ticket: None,
            web3_wallet: None,
            token: None,
            code: None,
            legal_accepted: None,
            oidc_login_hint: None,
            oidc_prompt: None,
            proof_token: None,
        }
    }
}
impl std::fmt::Debug for UpdateSignUpsBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSignUpsBody")
            .field("password", &sdkgen_runtime::Redacted)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("username", &self.username)
            .field("email_address", &self.email_address)
            .field("phone_number", &self.phone_number)
            .field("email_address_or_phone_number", &self.email_address_or_phone_number)
            .field("unsafe_metadata", &self.unsafe_metadata)
            .field("strategy", &self.strategy)
            .field("redirect_url", &self.redirect_url)
            .field("action_complete_redirect_url", &self.action_complete_redirect_url)
            .field("ticket", &sdkgen_runtime::Redacted)
            .field("web3_wallet", &self.web3_wallet)
            .field("token", &sdkgen_runtime::Redacted)
            .field("code", &sdkgen_runtime::Redacted)
            .field("legal_accepted", &self.legal_accepted)
            .field("oidc_login_hint", &self.oidc_login_hint)
            .field("oidc_prompt", &self.oidc_prompt)
            .field("proof_token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1billing~1checkouts~1{checkoutID}/patch/requestBody/content/application~1x-www-form-urlencoded/schema`
pub type UpdateUserBillingCheckoutBody = UpdateOrganizationBillingCheckoutBody;
/// Spec: `#/components/schemas/UserSettings.ActionsSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsActionsSettings {
    pub delete_self: bool,
    pub create_organization: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_organizations_limit: Option<i64>,
}
/// Spec: `#/components/schemas/UserSettings.AttackProtectionSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttackProtectionSettings {
    pub user_lockout: UserSettingsAttackProtectionSettingsUserLockout,
    pub pii: UserSettingsAttackProtectionSettingsPii,
    pub email_link: UserSettingsAttackProtectionSettingsEmailLink,
    pub enumeration_protection: UserSettingsAttackProtectionSettingsEnumerationProtection,
}
/// Spec: `#/components/schemas/UserSettings.AttackProtectionSettings.EmailLink`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttackProtectionSettingsEmailLink {
    pub require_same_client: bool,
}
/// Spec: `#/components/schemas/UserSettings.AttackProtectionSettings.EnumerationProtection`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttackProtectionSettingsEnumerationProtection {
    pub enabled: bool,
}
/// Spec: `#/components/schemas/UserSettings.AttackProtectionSettings.PII`
pub type UserSettingsAttackProtectionSettingsPii = UserSettingsAttackProtectionSettingsEnumerationProtection;
/// Spec: `#/components/schemas/UserSettings.AttackProtectionSettings.UserLockout`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttackProtectionSettingsUserLockout {
    pub enabled: bool,
    pub max_attempts: i64,
    pub duration_in_minutes: i64,
}
/// Spec: `#/components/schemas/UserSettings.Attribute`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttribute {
    pub enabled: bool,
    pub required: bool,
    pub used_for_first_factor: bool,
    pub first_factors: Vec<String>,
    pub used_for_second_factor: bool,
    pub second_factors: Vec<String>,
    pub verifications: Vec<String>,
    pub verify_at_sign_up: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immutable: Option<bool>,
}
/// Spec: `#/components/schemas/UserSettings.Attributes`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsAttributes {
    pub email_address: UserSettingsAttribute,
    pub phone_number: UserSettingsAttribute,
    pub username: UserSettingsAttribute,
    pub web3_wallet: UserSettingsAttribute,
    pub first_name: UserSettingsAttribute,
    pub last_name: UserSettingsAttribute,
    pub password: UserSettingsAttribute,
    pub authenticator_app: UserSettingsAttribute,
    pub ticket: UserSettingsAttribute,
    pub backup_code: UserSettingsAttribute,
    pub passkey: UserSettingsAttribute,
}
impl std::fmt::Debug for UserSettingsAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserSettingsAttributes")
            .field("email_address", &self.email_address)
            .field("phone_number", &self.phone_number)
            .field("username", &self.username)
            .field("web3_wallet", &self.web3_wallet)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("password", &sdkgen_runtime::Redacted)
            .field("authenticator_app", &self.authenticator_app)
            .field("ticket", &sdkgen_runtime::Redacted)
            .field("backup_code", &self.backup_code)
            .field("passkey", &self.passkey)
            .finish()
    }
}
/// Spec: `#/components/schemas/UserSettings.EnterpriseSSO`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsEnterpriseSso {
    pub enabled: bool,
    /// When true, end-users may manage enterprise connections for this environment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub self_serve_sso: Option<bool>,
}
/// Spec: `#/components/schemas/UserSettings.PasskeySettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsPasskeySettings {
    /// Passkey UI will be shown when user interacts with the text input.
    ///
    /// Default: `true`.
    pub allow_autofill: bool,
    /// Passkey UI will be shown when user clicks on a button.
    ///
    /// Default: `true`.
    pub show_sign_in_button: bool,
    /// Whether signing in with a passkey satisfies an existing second-factor requirement (skipping the second-factor prompt).
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfies_second_factor: Option<bool>,
}
/// Spec: `#/components/schemas/UserSettings.PasswordSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsPasswordSettings {
    pub disable_hibp: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_password_reverification: Option<bool>,
    pub min_length: i64,
    pub max_length: i64,
    /// Denotes whether given passwords should contain at least one of the following special characters: #%$&_!
    pub require_special_char: bool,
    pub require_numbers: bool,
    pub require_uppercase: bool,
    pub require_lowercase: bool,
    pub show_zxcvbn: bool,
    /// Minimum: `0`. Maximum: `4`.
    pub min_zxcvbn_strength: i64,
    pub enforce_hibp_on_sign_in: bool,
    pub allowed_special_characters: String,
}
/// Spec: `#/components/schemas/UserSettings.Restrictions`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsRestrictions {
    pub allowlist: UserSettingsRestrictionsEnabled,
    pub blocklist: UserSettingsRestrictionsEnabled,
    pub allowlist_blocklist_disabled_on_sign_in: UserSettingsRestrictionsEnabled,
    pub block_email_subaddresses: UserSettingsRestrictionsEnabled,
    pub block_disposable_email_domains: UserSettingsRestrictionsEnabled,
}
/// Spec: `#/components/schemas/UserSettings.Restrictions.Enabled`
pub type UserSettingsRestrictionsEnabled = UserSettingsAttackProtectionSettingsEnumerationProtection;
/// Spec: `#/components/schemas/UserSettings.SignIn`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsSignIn {
    pub second_factor: UserSettingsSignInSecondFactor,
}
/// Spec: `#/components/schemas/UserSettings.SignIn/properties/second_factor`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsSignInSecondFactor {
    pub required: bool,
}
/// Spec: `#/components/schemas/UserSettings.SignUp`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsSignUp {
    pub captcha_enabled: bool,
    pub captcha_widget_type: UserSettingsSignUpCaptchaWidgetType,
    pub custom_action_required: bool,
    pub progressive: bool,
    pub mode: UserSettingsSignUpMode,
    pub legal_consent_enabled: bool,
}
/// Spec: `#/components/schemas/UserSettings.SignUp/properties/captcha_widget_type`
pub type UserSettingsSignUpCaptchaWidgetType = ClientDisplayConfigCaptchaWidgetType;
/// Spec: `#/components/schemas/UserSettings.SignUp/properties/mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UserSettingsSignUpMode {
    /// `public`
    Public,
    /// `restricted`
    Restricted,
    /// `waitlist`
    Waitlist,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl UserSettingsSignUpMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Public => "public",
            Self::Restricted => "restricted",
            Self::Waitlist => "waitlist",
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for UserSettingsSignUpMode {
    fn from(value: &str) -> Self {
        match value {
            "public" => Self::Public,
            "restricted" => Self::Restricted,
            "waitlist" => Self::Waitlist,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for UserSettingsSignUpMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for UserSettingsSignUpMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for UserSettingsSignUpMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for UserSettingsSignUpMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/UserSettings.Social`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsSocial {
    pub enabled: bool,
    pub required: bool,
    pub authenticatable: bool,
    pub block_email_subaddresses: bool,
    pub strategy: String,
    pub not_selectable: bool,
    pub deprecated: bool,
    /// A human readable name for the social provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A URL pointing to the logo of the social provider.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
/// Spec: `#/components/schemas/UserSettings.Socials`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct UserSettingsSocials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_apple: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_atlassian: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_bitbucket: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_box: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_coinbase: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_custom_mock: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_discord: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_dropbox: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_enstall: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_expressen: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_facebook: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_github: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_gitlab: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_google: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_hubspot: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_huggingface: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_instagram: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_line: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_linear: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_linkedin: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_linkedin_oidc: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_microsoft: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_mock: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_notion: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_slack: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_spotify: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_tiktok: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_twitch: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_twitter: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_x: Option<UserSettingsSocial>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_xero: Option<UserSettingsSocial>,
}
/// Spec: `#/components/schemas/UserSettings.UsernameSettings`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UserSettingsUsernameSettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    pub allow_extended_special_characters: bool,
    /// Whether usernames may contain only digits. When enabled, phone-number inputs must be provided in explicit E.164 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_numeric_usernames: Option<bool>,
}
/// Spec: `#/paths/~1v1~1client~1trusted_devices~1validate/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ValidateTrustedDeviceBody {
    /// The trusted-device credential ID stored by the native SDK.
    pub trusted_device_id: String,
}
impl ValidateTrustedDeviceBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(trusted_device_id: String) -> Self {
        Self { trusted_device_id }
    }
}
/// Spec: `#/components/schemas/verification_google_one_tap`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerificationGoogleOneTap {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationGoogleOneTapObject>,
    pub status: VerificationGoogleOneTapStatus,
    #[serde(default)]
    pub strategy: VerificationGoogleOneTapStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
}
/// Spec: `#/components/schemas/verification_google_one_tap/properties/object`
pub type VerificationGoogleOneTapObject = StubsVerificationGoogleOneTapObject;
/// Spec: `#/components/schemas/verification_google_one_tap/properties/status`
pub type VerificationGoogleOneTapStatus = StubsVerificationBackupCodeStatus;
/// Spec: `#/components/schemas/verification_google_one_tap/properties/strategy`
pub type VerificationGoogleOneTapStrategy = StubsVerificationGoogleOneTapStrategy;
/// Spec: `#/components/schemas/verification_oauth`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerificationOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationOauthObject>,
    pub status: VerificationOauthStatus,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    pub expire_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
/// Spec: `#/components/schemas/verification_oauth/properties/object`
pub type VerificationOauthObject = StubsVerificationOauthObject;
/// Spec: `#/components/schemas/verification_oauth/properties/status`
pub type VerificationOauthStatus = StubsVerificationLinkStatus;
/// Spec: `#/paths/~1v1~1me~1email_addresses~1{email_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerifyEmailAddressBody {
    /// The code that was previously sent to the email address.
    pub code: String,
}
impl VerifyEmailAddressBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(code: String) -> Self {
        Self { code }
    }
}
impl std::fmt::Debug for VerifyEmailAddressBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyEmailAddressBody")
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1phone_numbers~1{phone_number_id}~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerifyPhoneNumberBody {
    /// Strategy used to verify the phone number.
    pub code: String,
}
impl VerifyPhoneNumberBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(code: String) -> Self {
        Self { code }
    }
}
impl std::fmt::Debug for VerifyPhoneNumberBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyPhoneNumberBody")
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1v1~1me~1totp~1attempt_verification/post/requestBody/content/application~1x-www-form-urlencoded/schema`
#[derive(Clone, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct VerifyTotpBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}
impl VerifyTotpBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { code: None }
    }
}
impl std::fmt::Debug for VerifyTotpBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyTotpBody")
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Body of the response `#/components/responses/WellKnown.AppleAppSiteAssociation`.
///
/// Spec: `#/components/schemas/WellKnown.AppleAppSiteAssociation`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct WellKnownAppleAppSiteAssociation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webcredentials: Option<WellKnownAppleAppSiteAssociationWebcredentials>,
}
/// Spec: `#/components/schemas/WellKnown.AppleAppSiteAssociation/properties/webcredentials`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct WellKnownAppleAppSiteAssociationWebcredentials {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apps: Option<Vec<String>>,
}
/// Body of the response `#/components/responses/WellKnown.Assetlinks`.
///
/// Spec: `#/components/schemas/WellKnown.Assetlinks`
pub type WellKnownAssetlinks = Vec<WellKnownAssetlinksItem>;
/// Spec: `#/components/schemas/WellKnown.Assetlinks/items`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct WellKnownAssetlinksItem {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Vec<WellKnownAssetlinksItemRelationItem>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<WellKnownAssetlinksItemTarget>,
}
/// Spec: `#/components/schemas/WellKnown.Assetlinks/items/properties/relation/items`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WellKnownAssetlinksItemRelationItem {
    /// `delegate_permission/common.handle_all_urls`
    DelegatePermissionCommonHandleAllUrls,
    /// `delegate_permission/common.get_login_creds`
    DelegatePermissionCommonGetLoginCreds,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl WellKnownAssetlinksItemRelationItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DelegatePermissionCommonHandleAllUrls => {
                "delegate_permission/common.handle_all_urls"
            }
            Self::DelegatePermissionCommonGetLoginCreds => {
                "delegate_permission/common.get_login_creds"
            }
            Self::Unknown(value) => value,
        }
    }
}
impl From<&str> for WellKnownAssetlinksItemRelationItem {
    fn from(value: &str) -> Self {
        match value {
            "delegate_permission/common.handle_all_urls" => {
                Self::DelegatePermissionCommonHandleAllUrls
            }
            "delegate_permission/common.get_login_creds" => {
                Self::DelegatePermissionCommonGetLoginCreds
            }
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for WellKnownAssetlinksItemRelationItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for WellKnownAssetlinksItemRelationItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for WellKnownAssetlinksItemRelationItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for WellKnownAssetlinksItemRelationItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/WellKnown.Assetlinks/items/properties/target`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[non_exhaustive]
pub struct WellKnownAssetlinksItemTarget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256_cert_fingerprints: Option<Vec<String>>,
}
/// Body of the response `#/components/responses/WellKnown.OAuth2AuthorizationServerMetadata`.
///
/// Spec: `#/components/schemas/WellKnown.OAuth2AuthorizationServerMetadata`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WellKnownOAuth2AuthorizationServerMetadata {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub revocation_endpoint: String,
    pub jwks_uri: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub registration_endpoint: Option<String>,
    pub response_types_supported: Vec<String>,
    pub grant_types_supported: Vec<String>,
    pub token_endpoint_auth_methods_supported: Vec<String>,
    pub scopes_supported: Vec<String>,
    pub subject_types_supported: Vec<String>,
    pub id_token_signing_alg_values_supported: Vec<String>,
    pub claims_supported: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_documentation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ui_locales_supported: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub op_tos_uri: Option<String>,
    pub code_challenge_methods_supported: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id_metadata_document_supported: Option<bool>,
}
/// Body of the response `#/components/responses/WellKnown.OpenIDConfiguration`.
///
/// Spec: `#/components/schemas/WellKnown.OpenIDConfiguration`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WellKnownOpenIdConfiguration {
    pub issuer: String,
    pub authorization_endpoint: String,
    pub token_endpoint: String,
    pub revocation_endpoint: String,
    pub introspection_endpoint: String,
    pub userinfo_endpoint: String,
    pub jwks_uri: String,
    pub scopes_supported: Vec<String>,
    pub response_types_supported: Vec<String>,
    pub response_modes_supported: Vec<String>,
    pub grant_types_supported: Vec<String>,
    pub subject_types_supported: Vec<String>,
    pub id_token_signing_alg_values_supported: Vec<String>,
    pub token_endpoint_auth_methods_supported: Vec<String>,
    pub claims_supported: Vec<String>,
    pub code_challenge_methods_supported: Vec<String>,
    pub backchannel_logout_supported: bool,
    pub frontchannel_logout_supported: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_session_endpoint: Option<String>,
}
/// Body of the response `#/components/responses/WellKnown.WebAuthn`.
///
/// Spec: `#/components/schemas/WellKnown.WebAuthn`
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct WellKnownWebAuthn {
    pub origins: Vec<String>,
}
