//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Body of the response `#/components/responses/ActorToken`.
///
/// Spec: `#/components/schemas/ActorToken`
#[cfg(feature = "actor-tokens")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ActorToken {
    #[serde(default)]
    pub object: ActorTokenObject,
    pub id: String,
    pub status: ActorTokenStatus,
    pub user_id: String,
    pub actor: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "actor-tokens")]
sdkgen_runtime::deserialize_map!(
    ActorToken { object("object", default), id("id", required), status("status",
    required), user_id("user_id", required), actor("actor", required), token("token",
    default), url("url", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
#[cfg(feature = "actor-tokens")]
impl std::fmt::Debug for ActorToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActorToken")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("status", &self.status)
            .field("user_id", &self.user_id)
            .field("actor", &self.actor)
            .field("token", &sdkgen_runtime::Redacted)
            .field("url", &self.url)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/ActorToken/properties/object`
#[cfg(feature = "actor-tokens")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActorTokenObject {
    /// `actor_token`
    ActorToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "actor-tokens")]
impl ActorTokenObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ActorToken => "actor_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "actor-tokens")]
impl Default for ActorTokenObject {
    fn default() -> Self {
        Self::ActorToken
    }
}
#[cfg(feature = "actor-tokens")]
impl From<&str> for ActorTokenObject {
    fn from(value: &str) -> Self {
        match value {
            "actor_token" => Self::ActorToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "actor-tokens")]
impl From<String> for ActorTokenObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "actor-tokens")]
impl std::fmt::Display for ActorTokenObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "actor-tokens")]
impl Serialize for ActorTokenObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "actor-tokens")]
impl<'de> Deserialize<'de> for ActorTokenObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/ActorToken/properties/status`
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ActorTokenStatus {
    /// `pending`
    Pending,
    /// `accepted`
    Accepted,
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl ActorTokenStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Revoked => "revoked",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl From<&str> for ActorTokenStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "accepted" => Self::Accepted,
            "revoked" => Self::Revoked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl From<String> for ActorTokenStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl std::fmt::Display for ActorTokenStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl Serialize for ActorTokenStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "actor-tokens", feature = "sign-in-tokens"))]
impl<'de> Deserialize<'de> for ActorTokenStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1domains/post/requestBody/content/application~1json/schema`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AddDomainBody {
    /// The new domain name. Can contain the port for development instances.
    pub name: String,
    /// Marks the new domain as satellite. Only `true` is accepted at the moment.
    ///
    /// Allowed values: `true`.
    pub is_satellite: bool,
    /// The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. Applicable only to production instances.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
}
#[cfg(feature = "domains")]
sdkgen_runtime::deserialize_map!(
    AddDomainBody { name("name", required), is_satellite("is_satellite", required),
    proxy_url("proxy_url", default), }
);
#[cfg(feature = "domains")]
impl AddDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, is_satellite: bool) -> Self {
        Self {
            name,
            is_satellite,
            proxy_url: None,
        }
    }
}
/// Spec: `#/paths/~1role_sets~1{role_set_key_or_id}~1roles/post/requestBody/content/application~1json/schema`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AddRolesToRoleSetBody {
    /// Array of role keys to add to the role set.
    /// Must contain at least one role and no more than 10 roles.
    pub role_keys: Vec<String>,
    /// Optionally update the default role to one of the newly added roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_role_key: Option<String>,
    /// Optionally update the creator role to one of the newly added roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_role_key: Option<String>,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    AddRolesToRoleSetBody { role_keys("role_keys", required),
    default_role_key("default_role_key", default), creator_role_key("creator_role_key",
    default), }
);
#[cfg(feature = "role-sets")]
impl AddRolesToRoleSetBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role_keys: Vec<String>) -> Self {
        Self {
            role_keys,
            default_role_key: None,
            creator_role_key: None,
        }
    }
}
/// Spec: `#/components/schemas/AdjustCreditBalanceRequest`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AdjustCreditBalanceRequest {
    /// The credit amount in cents. Must be greater than zero.
    pub amount: i64,
    /// Whether to increase or decrease the credit balance.
    pub action: AdjustCreditBalanceRequestAction,
    /// The currency code (e.g. "USD"). Defaults to USD if not provided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// A unique key to ensure the adjustment is applied only once. Repeated requests with the same key return the original ledger entry.
    pub idempotency_key: String,
    /// An optional note to attach to the ledger entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}
#[cfg(any(feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    AdjustCreditBalanceRequest { amount("amount", required), action("action", required),
    currency("currency", default), idempotency_key("idempotency_key", required),
    note("note", default), }
);
#[cfg(any(feature = "organizations", feature = "users"))]
impl AdjustCreditBalanceRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        amount: i64,
        action: AdjustCreditBalanceRequestAction,
        idempotency_key: String,
    ) -> Self {
        Self {
            amount,
            action,
            currency: None,
            idempotency_key,
            note: None,
        }
    }
}
/// Whether to increase or decrease the credit balance.
///
/// Spec: `#/components/schemas/AdjustCreditBalanceRequest/properties/action`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AdjustCreditBalanceRequestAction {
    /// `increase`
    Increase,
    /// `decrease`
    Decrease,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl AdjustCreditBalanceRequestAction {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Increase => "increase",
            Self::Decrease => "decrease",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<&str> for AdjustCreditBalanceRequestAction {
    fn from(value: &str) -> Self {
        match value {
            "increase" => Self::Increase,
            "decrease" => Self::Decrease,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<String> for AdjustCreditBalanceRequestAction {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl std::fmt::Display for AdjustCreditBalanceRequestAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl Serialize for AdjustCreditBalanceRequestAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for AdjustCreditBalanceRequestAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/AgentTask`.
///
/// Spec: `#/components/schemas/AgentTask`
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AgentTask {
    #[serde(default)]
    pub object: AgentTaskObject,
    /// A stable identifier for the agent, unique per agent_name within an instance.
    pub agent_id: String,
    /// A unique identifier for this agent task.
    pub agent_task_id: String,
    /// A unique identifier for this agent task. Deprecated: use agent_task_id instead.
    ///
    ///
    /// Deprecated.
    pub task_id: String,
    /// The URL that, when visited, creates a session for the user. Only present in the response to a create request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}
#[cfg(feature = "agent-tasks")]
sdkgen_runtime::deserialize_map!(
    AgentTask { object("object", default), agent_id("agent_id", required),
    agent_task_id("agent_task_id", required), task_id("task_id", required), url("url",
    default), }
);
/// Spec: `#/components/schemas/AgentTask/properties/object`
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AgentTaskObject {
    /// `agent_task`
    AgentTask,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "agent-tasks")]
impl AgentTaskObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentTask => "agent_task",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "agent-tasks")]
impl Default for AgentTaskObject {
    fn default() -> Self {
        Self::AgentTask
    }
}
#[cfg(feature = "agent-tasks")]
impl From<&str> for AgentTaskObject {
    fn from(value: &str) -> Self {
        match value {
            "agent_task" => Self::AgentTask,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "agent-tasks")]
impl From<String> for AgentTaskObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl std::fmt::Display for AgentTaskObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl Serialize for AgentTaskObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl<'de> Deserialize<'de> for AgentTaskObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/AllowlistIdentifier`.
///
/// Spec: `#/components/schemas/AllowlistIdentifier`
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct AllowlistIdentifier {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<AllowlistIdentifierObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_id: Option<String>,
    /// An email address or a phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_type: Option<AllowlistIdentifierIdentifierType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Unix timestamp of creation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp of last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
#[cfg(feature = "allowlist-identifiers")]
sdkgen_runtime::deserialize_map!(
    AllowlistIdentifier { object("object", default), id("id", default),
    invitation_id("invitation_id", default), identifier("identifier", default),
    identifier_type("identifier_type", default), instance_id("instance_id", default),
    created_at("created_at", default), updated_at("updated_at", default), }
);
/// Spec: `#/components/schemas/AllowlistIdentifier/properties/identifier_type`
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AllowlistIdentifierIdentifierType {
    /// `email_address`
    EmailAddress,
    /// `phone_number`
    PhoneNumber,
    /// `web3_wallet`
    Web3Wallet,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl AllowlistIdentifierIdentifierType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::PhoneNumber => "phone_number",
            Self::Web3Wallet => "web3_wallet",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl From<&str> for AllowlistIdentifierIdentifierType {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            "phone_number" => Self::PhoneNumber,
            "web3_wallet" => Self::Web3Wallet,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl From<String> for AllowlistIdentifierIdentifierType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl std::fmt::Display for AllowlistIdentifierIdentifierType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl Serialize for AllowlistIdentifierIdentifierType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "allowlist-identifiers", feature = "blocklist-identifiers"))]
impl<'de> Deserialize<'de> for AllowlistIdentifierIdentifierType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/AllowlistIdentifier/properties/object`
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AllowlistIdentifierObject {
    /// `allowlist_identifier`
    AllowlistIdentifier,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "allowlist-identifiers")]
impl AllowlistIdentifierObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AllowlistIdentifier => "allowlist_identifier",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "allowlist-identifiers")]
impl Default for AllowlistIdentifierObject {
    fn default() -> Self {
        Self::AllowlistIdentifier
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl From<&str> for AllowlistIdentifierObject {
    fn from(value: &str) -> Self {
        match value {
            "allowlist_identifier" => Self::AllowlistIdentifier,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl From<String> for AllowlistIdentifierObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl std::fmt::Display for AllowlistIdentifierObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl Serialize for AllowlistIdentifierObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl<'de> Deserialize<'de> for AllowlistIdentifierObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/ApplyCommerceDiscountRequest`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ApplyCommerceDiscountRequest {
    /// The ID of the discount to apply to the subscription item.
    pub discount_id: String,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    ApplyCommerceDiscountRequest { discount_id("discount_id", required), }
);
#[cfg(feature = "billing")]
impl ApplyCommerceDiscountRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(discount_id: String) -> Self {
        Self { discount_id }
    }
}
/// Spec: `#/paths/~1email_addresses~1{email_address_id}~1attempt_verification/post/requestBody/content/application~1json/schema`
#[cfg(feature = "email-addresses")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AttemptEmailAddressVerificationBody {
    /// The ID of the verification to check, such as one returned by prepare_verification
    pub verification_id: String,
    /// The verification code that was sent to the email address
    pub code: String,
}
#[cfg(feature = "email-addresses")]
sdkgen_runtime::deserialize_map!(
    AttemptEmailAddressVerificationBody { verification_id("verification_id", required),
    code("code", required), }
);
#[cfg(feature = "email-addresses")]
impl AttemptEmailAddressVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(verification_id: String, code: String) -> Self {
        Self { verification_id, code }
    }
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for AttemptEmailAddressVerificationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptEmailAddressVerificationBody")
            .field("verification_id", &self.verification_id)
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1phone_numbers~1{phone_number_id}~1attempt_verification/post/requestBody/content/application~1json/schema`
#[cfg(feature = "phone-numbers")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct AttemptPhoneNumberVerificationBody {
    /// The ID of the verification to check, such as one returned by prepare_verification
    pub verification_id: String,
    /// The verification code that was sent to the phone number
    pub code: String,
}
#[cfg(feature = "phone-numbers")]
sdkgen_runtime::deserialize_map!(
    AttemptPhoneNumberVerificationBody { verification_id("verification_id", required),
    code("code", required), }
);
#[cfg(feature = "phone-numbers")]
impl AttemptPhoneNumberVerificationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(verification_id: String, code: String) -> Self {
        Self { verification_id, code }
    }
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for AttemptPhoneNumberVerificationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptPhoneNumberVerificationBody")
            .field("verification_id", &self.verification_id)
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/components/schemas/BillingDiscountsResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingDiscountsResponse {
    /// Proration details from passed subscription time
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<BillingProrationDiscountDetail>,
    /// Total discounts applied
    pub total: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    BillingDiscountsResponse { proration("proration", default), total("total", required),
    }
);
/// Spec: `#/components/schemas/BillingPaymentAttempt`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingPaymentAttempt {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: BillingPaymentAttemptObject,
    /// Unique identifier for the payment attempt.
    pub id: String,
    /// Unique identifier for the associated payment.
    pub payment_id: String,
    /// The ID of the instance this payment attempt belongs to.
    pub instance_id: String,
    /// Type of charge for this payment attempt.
    pub charge_type: String,
    /// Unique identifier for the payee.
    pub payee_id: String,
    /// The payee associated with this payment attempt.
    pub payee: serde_json::Map<String, serde_json::Value>,
    /// Unique identifier for the payer.
    pub payer_id: String,
    /// The payer associated with this payment attempt.
    pub payer: CommercePayerResponse,
    /// Unique identifier for the associated subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_item_id: Option<String>,
    /// The subscription item associated with this payment attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscription_item: Option<serde_json::Map<String, serde_json::Value>>,
    /// The amount for this payment attempt.
    pub amount: CommerceMoneyResponse,
    /// Totals breakdown for this payment attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<CommerceTotalsResponse2>,
    /// Unique identifier for the payment method.
    pub payment_method_id: String,
    /// The payment method used for this payment attempt.
    pub payment_method: CommercePaymentMethodResponse,
    /// Unique identifier for the associated statement.
    pub statement_id: String,
    /// External identifier from the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_id: Option<String>,
    /// External URL from the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_url: Option<String>,
    /// The current status of the payment attempt.
    pub status: BillingPaymentAttemptStatus,
    /// Unix timestamp (in milliseconds) when the payment was completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub paid_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment failed to be processed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failed_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment attempt was created.
    pub created_at: i64,
    /// Unix timestamp (in milliseconds) when the payment attempt was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    BillingPaymentAttempt { object("object", default), id("id", required),
    payment_id("payment_id", required), instance_id("instance_id", required),
    charge_type("charge_type", required), payee_id("payee_id", required), payee("payee",
    required), payer_id("payer_id", required), payer("payer", required),
    subscription_item_id("subscription_item_id", default),
    subscription_item("subscription_item", default), amount("amount", required),
    totals("totals", default), payment_method_id("payment_method_id", required),
    payment_method("payment_method", required), statement_id("statement_id", required),
    gateway_external_id("gateway_external_id", default),
    gateway_external_url("gateway_external_url", default), status("status", required),
    paid_at("paid_at", default), failed_at("failed_at", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BillingPaymentAttempt/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentAttemptObject {
    /// `commerce_payment`
    CommercePayment,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
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
#[cfg(feature = "billing")]
impl Default for BillingPaymentAttemptObject {
    fn default() -> Self {
        Self::CommercePayment
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingPaymentAttemptObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payment" => Self::CommercePayment,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingPaymentAttemptObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingPaymentAttemptObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingPaymentAttemptObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingPaymentAttemptObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The current status of the payment attempt.
///
/// Spec: `#/components/schemas/BillingPaymentAttempt/properties/status`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPaymentAttemptStatus {
    /// `pending`
    Pending,
    /// `paid`
    Paid,
    /// `failed`
    Failed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl BillingPaymentAttemptStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Paid => "paid",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingPaymentAttemptStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "paid" => Self::Paid,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingPaymentAttemptStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingPaymentAttemptStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingPaymentAttemptStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingPaymentAttemptStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/BillingPrice`.
///
/// Spec: `#/components/schemas/BillingPriceResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingPriceResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: BillingPriceResponseObject,
    /// Unique identifier for the price.
    pub id: String,
    /// Unique identifier for the associated plan.
    pub plan_id: String,
    /// Unique identifier for the instance.
    pub instance_id: String,
    /// The currency code (e.g., "USD").
    pub currency: String,
    /// The currency symbol (e.g., "$").
    pub currency_symbol: String,
    /// The amount in cents for the price.
    pub amount: i64,
    /// The monthly amount in cents when billed annually.
    pub annual_monthly_amount: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<CommerceMoneyResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_monthly_fee: Option<CommerceMoneyResponse>,
    /// The description of the price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether this price is the default price for its plan.
    pub is_default: bool,
    /// Unix timestamp (milliseconds) of creation.
    pub created_at: i64,
    /// Which billing periods this price supports.
    pub supported_billing_periods: BillingPriceResponseSupportedBillingPeriods,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    BillingPriceResponse { object("object", default), id("id", required),
    plan_id("plan_id", required), instance_id("instance_id", required),
    currency("currency", required), currency_symbol("currency_symbol", required),
    amount("amount", required), annual_monthly_amount("annual_monthly_amount", required),
    fee("fee", default), annual_monthly_fee("annual_monthly_fee", default),
    description("description", default), is_default("is_default", required),
    created_at("created_at", required),
    supported_billing_periods("supported_billing_periods", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BillingPriceResponse/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPriceResponseObject {
    /// `commerce_price`
    CommercePrice,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl BillingPriceResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePrice => "commerce_price",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "billing")]
impl Default for BillingPriceResponseObject {
    fn default() -> Self {
        Self::CommercePrice
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingPriceResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_price" => Self::CommercePrice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingPriceResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingPriceResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingPriceResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingPriceResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Which billing periods this price supports.
///
/// Spec: `#/components/schemas/BillingPriceResponse/properties/supported_billing_periods`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingPriceResponseSupportedBillingPeriods {
    /// `month`
    Month,
    /// `annual`
    Annual,
    /// `both`
    Both,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl BillingPriceResponseSupportedBillingPeriods {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Annual => "annual",
            Self::Both => "both",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingPriceResponseSupportedBillingPeriods {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "annual" => Self::Annual,
            "both" => Self::Both,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingPriceResponseSupportedBillingPeriods {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingPriceResponseSupportedBillingPeriods {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingPriceResponseSupportedBillingPeriods {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingPriceResponseSupportedBillingPeriods {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/BillingProrationDiscountDetail`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingProrationDiscountDetail {
    /// Credit amount with formatting
    pub amount: CommerceMoneyResponse,
    /// Number of days that have passed in the billing cycle
    pub cycle_days_passed: i64,
    /// Total number of days in the billing cycle
    pub cycle_days_total: i64,
    /// Percentage of the billing cycle that has passed
    pub cycle_passed_percent: f64,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    BillingProrationDiscountDetail { amount("amount", required),
    cycle_days_passed("cycle_days_passed", required),
    cycle_days_total("cycle_days_total", required),
    cycle_passed_percent("cycle_passed_percent", required), }
);
/// Body of the response `#/components/responses/BillingStatement`.
///
/// Spec: `#/components/schemas/BillingStatement`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingStatement {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: BillingStatementObject,
    /// Unique identifier for the billing statement.
    pub id: String,
    /// The ID of the instance this statement belongs to.
    pub instance_id: String,
    /// Unix timestamp (in milliseconds) when the statement was created.
    pub timestamp: i64,
    /// The payer associated with this statement.
    pub payer: CommercePayerResponse,
    /// The current status of the statement.
    pub status: BillingStatementStatus,
    /// Totals for the statement.
    pub totals: BillingStatementTotals,
    /// Array of statement groups.
    pub groups: Vec<BillingStatementGroupsItem>,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    BillingStatement { object("object", default), id("id", required),
    instance_id("instance_id", required), timestamp("timestamp", required),
    payer("payer", required), status("status", required), totals("totals", required),
    groups("groups", required), }
);
/// A statement group.
///
/// Spec: `#/components/schemas/BillingStatement/properties/groups/items`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingStatementGroupsItem {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: BillingStatementGroupsItemObject,
    /// Unix timestamp (in milliseconds) of the date the group's payment attempts were created
    pub timestamp: i64,
    /// The payment attempts included in the group
    pub items: Vec<BillingPaymentAttempt>,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    BillingStatementGroupsItem { object("object", default), timestamp("timestamp",
    required), items("items", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BillingStatement/properties/groups/items/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingStatementGroupsItemObject {
    /// `commerce_statement_group`
    CommerceStatementGroup,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl BillingStatementGroupsItemObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceStatementGroup => "commerce_statement_group",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "billing")]
impl Default for BillingStatementGroupsItemObject {
    fn default() -> Self {
        Self::CommerceStatementGroup
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingStatementGroupsItemObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_statement_group" => Self::CommerceStatementGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingStatementGroupsItemObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingStatementGroupsItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingStatementGroupsItemObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingStatementGroupsItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BillingStatement/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingStatementObject {
    /// `commerce_statement`
    CommerceStatement,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
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
#[cfg(feature = "billing")]
impl Default for BillingStatementObject {
    fn default() -> Self {
        Self::CommerceStatement
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingStatementObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_statement" => Self::CommerceStatement,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingStatementObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingStatementObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingStatementObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingStatementObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The current status of the statement.
///
/// Spec: `#/components/schemas/BillingStatement/properties/status`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BillingStatementStatus {
    /// `open`
    Open,
    /// `closed`
    Closed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl BillingStatementStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for BillingStatementStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "closed" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for BillingStatementStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for BillingStatementStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for BillingStatementStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for BillingStatementStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Totals for the statement.
///
/// Spec: `#/components/schemas/BillingStatement/properties/totals`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BillingStatementTotals {
    /// The grand total amount for the statement.
    pub grand_total: CommerceMoneyResponse,
    /// The subtotal amount for the statement (base fee + unit price totals).
    pub subtotal: CommerceMoneyResponse,
    /// The base plan fee before unit pricing.
    pub base_fee: CommerceMoneyResponse,
    /// The tax total amount for the statement.
    pub tax_total: CommerceMoneyResponse,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    BillingStatementTotals { grand_total("grand_total", required), subtotal("subtotal",
    required), base_fee("base_fee", required), tax_total("tax_total", required), }
);
/// Body of the response `#/components/responses/BlocklistIdentifier`.
///
/// Spec: `#/components/schemas/BlocklistIdentifier`
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct BlocklistIdentifier {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<BlocklistIdentifierObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// An email address, email domain, phone number or web3 wallet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier_type: Option<BlocklistIdentifierIdentifierType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// Unix timestamp of creation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp of last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
#[cfg(feature = "blocklist-identifiers")]
sdkgen_runtime::deserialize_map!(
    BlocklistIdentifier { object("object", default), id("id", default),
    identifier("identifier", default), identifier_type("identifier_type", default),
    instance_id("instance_id", default), created_at("created_at", default),
    updated_at("updated_at", default), }
);
/// Spec: `#/components/schemas/BlocklistIdentifier/properties/identifier_type`
#[cfg(feature = "blocklist-identifiers")]
pub type BlocklistIdentifierIdentifierType = AllowlistIdentifierIdentifierType;
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/BlocklistIdentifier/properties/object`
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum BlocklistIdentifierObject {
    /// `blocklist_identifier`
    BlocklistIdentifier,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "blocklist-identifiers")]
impl BlocklistIdentifierObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BlocklistIdentifier => "blocklist_identifier",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "blocklist-identifiers")]
impl Default for BlocklistIdentifierObject {
    fn default() -> Self {
        Self::BlocklistIdentifier
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl From<&str> for BlocklistIdentifierObject {
    fn from(value: &str) -> Self {
        match value {
            "blocklist_identifier" => Self::BlocklistIdentifier,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl From<String> for BlocklistIdentifierObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl std::fmt::Display for BlocklistIdentifierObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl Serialize for BlocklistIdentifierObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl<'de> Deserialize<'de> for BlocklistIdentifierObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/BlocklistIdentifier.List`.
///
/// Spec: `#/components/schemas/BlocklistIdentifiers`
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BlocklistIdentifiers {
    pub data: Vec<BlocklistIdentifier>,
    /// Total number of blocklist identifiers
    pub total_count: i64,
}
#[cfg(feature = "blocklist-identifiers")]
sdkgen_runtime::deserialize_map!(
    BlocklistIdentifiers { data("data", required), total_count("total_count", required),
    }
);
/// Spec: `#/components/schemas/CNameTarget`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CNameTarget {
    pub host: String,
    pub value: String,
    /// Denotes whether this CNAME target is required to be set in order for the domain to be considered deployed.
    pub required: bool,
}
#[cfg(feature = "domains")]
sdkgen_runtime::deserialize_map!(
    CNameTarget { host("host", required), value("value", required), required("required",
    required), }
);
/// Spec: `#/paths/~1instance~1change_domain/post/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct ChangeProductionInstanceDomainBody {
    /// The new home URL of the production instance e.g. https://www.example.com
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_url: Option<String>,
    /// Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
    /// will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
    /// multiple secondaries) on the same root domain (eTLD+1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_secondary: Option<bool>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    ChangeProductionInstanceDomainBody { home_url("home_url", default),
    is_secondary("is_secondary", default), }
);
#[cfg(feature = "instance-settings")]
impl ChangeProductionInstanceDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            home_url: None,
            is_secondary: None,
        }
    }
}
/// Spec: `#/components/schemas/ClerkError`
#[cfg(
    any(
        feature = "actor-tokens",
        feature = "agent-tasks",
        feature = "allowlist-identifiers",
        feature = "beta-features",
        feature = "billing",
        feature = "blocklist-identifiers",
        feature = "clients",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "email-and-sms-templates",
        feature = "email-sms-templates",
        feature = "enterprise-connections",
        feature = "instance-settings",
        feature = "invitations",
        feature = "jwt-templates",
        feature = "machines",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "organization-memberships",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "proxy-checks",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "sessions",
        feature = "sign-in-tokens",
        feature = "sign-ups",
        feature = "templates",
        feature = "users",
        feature = "waitlist-entries",
        feature = "webhooks"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClerkError {
    pub message: String,
    pub long_message: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(
    any(
        feature = "actor-tokens",
        feature = "agent-tasks",
        feature = "allowlist-identifiers",
        feature = "beta-features",
        feature = "billing",
        feature = "blocklist-identifiers",
        feature = "clients",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "email-and-sms-templates",
        feature = "email-sms-templates",
        feature = "enterprise-connections",
        feature = "instance-settings",
        feature = "invitations",
        feature = "jwt-templates",
        feature = "machines",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "organization-memberships",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "proxy-checks",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "sessions",
        feature = "sign-in-tokens",
        feature = "sign-ups",
        feature = "templates",
        feature = "users",
        feature = "waitlist-entries",
        feature = "webhooks"
    )
)]
sdkgen_runtime::deserialize_map!(
    ClerkError { message("message", required), long_message("long_message", required),
    code("code", required), meta("meta", default), }
);
/// Body of the response `#/components/responses/AuthenticationInvalid`.
///
/// Body of the response `#/components/responses/AuthorizationInvalid`.
///
/// Body of the response `#/components/responses/ClerkErrors`.
///
/// Body of the response `#/components/responses/Conflict`.
///
/// Body of the response `#/components/responses/DeprecatedEndpoint`.
///
/// Body of the response `#/components/responses/Locked`.
///
/// Body of the response `#/components/responses/PaymentRequired`.
///
/// Body of the response `#/components/responses/ResourceNotFound`.
///
/// Body of the response `#/components/responses/TooManyRequests`.
///
/// Body of the response `#/components/responses/UnprocessableEntity`.
///
/// Spec: `#/components/schemas/ClerkErrors`
#[cfg(
    any(
        feature = "actor-tokens",
        feature = "agent-tasks",
        feature = "allowlist-identifiers",
        feature = "beta-features",
        feature = "billing",
        feature = "blocklist-identifiers",
        feature = "clients",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "email-and-sms-templates",
        feature = "email-sms-templates",
        feature = "enterprise-connections",
        feature = "instance-settings",
        feature = "invitations",
        feature = "jwt-templates",
        feature = "machines",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "organization-memberships",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "proxy-checks",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "sessions",
        feature = "sign-in-tokens",
        feature = "sign-ups",
        feature = "templates",
        feature = "users",
        feature = "waitlist-entries",
        feature = "webhooks"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ClerkErrors {
    pub errors: Vec<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clerk_trace_id: Option<String>,
}
#[cfg(
    any(
        feature = "actor-tokens",
        feature = "agent-tasks",
        feature = "allowlist-identifiers",
        feature = "beta-features",
        feature = "billing",
        feature = "blocklist-identifiers",
        feature = "clients",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "email-and-sms-templates",
        feature = "email-sms-templates",
        feature = "enterprise-connections",
        feature = "instance-settings",
        feature = "invitations",
        feature = "jwt-templates",
        feature = "machines",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "organization-memberships",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "proxy-checks",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "sessions",
        feature = "sign-in-tokens",
        feature = "sign-ups",
        feature = "templates",
        feature = "users",
        feature = "waitlist-entries",
        feature = "webhooks"
    )
)]
sdkgen_runtime::deserialize_map!(
    ClerkErrors { errors("errors", required), meta("meta", default),
    clerk_trace_id("clerk_trace_id", default), }
);
/// Body of the response `#/components/responses/Client`.
///
/// Spec: `#/components/schemas/Client`
#[cfg(feature = "clients")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Client {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: ClientObject,
    /// String representing the identifier of the session.
    pub id: String,
    pub session_ids: Vec<String>,
    pub sessions: Vec<Session>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_in_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_up_id: Option<String>,
    /// Last active session_id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_session_id: Option<String>,
    /// The authentication strategy that was last used to authenticate the user on this client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authentication_strategy: Option<String>,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Unix timestamp of creation.
    pub created_at: i64,
}
#[cfg(feature = "clients")]
sdkgen_runtime::deserialize_map!(
    Client { object("object", default), id("id", required), session_ids("session_ids",
    required), sessions("sessions", required), sign_in_id("sign_in_id", default),
    sign_up_id("sign_up_id", default), last_active_session_id("last_active_session_id",
    default), last_authentication_strategy("last_authentication_strategy", default),
    updated_at("updated_at", required), created_at("created_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Client/properties/object`
#[cfg(feature = "clients")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientObject {
    /// `client`
    Client,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "clients")]
impl ClientObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Client => "client",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "clients")]
impl Default for ClientObject {
    fn default() -> Self {
        Self::Client
    }
}
#[cfg(feature = "clients")]
impl From<&str> for ClientObject {
    fn from(value: &str) -> Self {
        match value {
            "client" => Self::Client,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "clients")]
impl From<String> for ClientObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "clients")]
impl std::fmt::Display for ClientObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "clients")]
impl Serialize for ClientObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "clients")]
impl<'de> Deserialize<'de> for ClientObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/CommerceCreditBalance`.
///
/// Spec: `#/components/schemas/CommerceCreditBalanceResponse`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceCreditBalanceResponse {
    /// String representing the object's type. Always "commerce_credit_balance".
    pub object: String,
    /// The current credit balance. Null when the payer has never had credits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<CommerceMoneyResponse>,
}
#[cfg(any(feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceCreditBalanceResponse { object("object", required), balance("balance",
    default), }
);
/// Body of the response `#/components/responses/CommerceCreditLedger`.
///
/// Spec: `#/components/schemas/CommerceCreditLedgerResponse`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceCreditLedgerResponse {
    /// String representing the object's type. Always "commerce_credit_ledger".
    pub object: String,
    /// Unique identifier for the ledger entry.
    pub id: String,
    /// The ID of the payer whose balance was adjusted.
    pub payer_id: String,
    /// The credit amount with formatting. Positive for increases, negative for decreases.
    pub amount: CommerceMoneyResponse,
    /// The type of source that originated the adjustment (e.g. "grant").
    pub source_type: String,
    /// The ID of the source that originated the adjustment.
    pub source_id: String,
    /// An optional note attached to the ledger entry.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Timestamp when the ledger entry was created.
    pub created_at: String,
}
#[cfg(any(feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceCreditLedgerResponse { object("object", required), id("id", required),
    payer_id("payer_id", required), amount("amount", required),
    source_type("source_type", required), source_id("source_id", required), note("note",
    default), created_at("created_at", required), }
);
/// Spec: `#/components/schemas/CommerceCreditsResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceCreditsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<CommerceProrationCreditDetailResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<CommercePayerCreditResponse>,
    pub total: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceCreditsResponse { proration("proration", default), payer("payer", default),
    total("total", required), }
);
/// Body of the response `#/components/responses/CommerceDiscountRedemption`.
///
/// Spec: `#/components/schemas/CommerceDiscountRedemptionResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceDiscountRedemptionResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommerceDiscountRedemptionResponseObject,
    /// Unique identifier for the discount redemption.
    pub id: String,
    /// Unique identifier for the subscription item the discount was applied to.
    pub subscription_item_id: String,
    /// Unique identifier for the discount that was applied.
    pub discount_id: String,
    /// The display name of the discount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How the discount was applied to the subscription item.
    pub source: CommerceDiscountRedemptionResponseSource,
    /// The promo code used to redeem the discount, when applicable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promo_code: Option<String>,
    /// The snapshotted discount effect.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub effect: Option<CommerceDiscountRedemptionResponseEffect>,
    /// Percent off when the effect is percentage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub percent_off: Option<f64>,
    /// Fixed amount off when the effect is fixed_amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount_off: Option<CommerceMoneyResponse>,
    /// How much this discount takes off the subscription item's next renewal charge.
    /// Present for either effect when next-payment data is available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<CommerceMoneyResponse>,
    /// Remaining billing cycles the discount applies to. Null means the discount lasts forever.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycles_remaining: Option<i32>,
    /// Number of billing cycles the discount has already been applied to.
    pub cycles_applied: i32,
    /// Current status of the discount redemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CommerceDiscountRedemptionResponseStatus>,
    /// Unix timestamp (in milliseconds) when the discount was redeemed.
    pub redeemed_at: i64,
    /// Identifier of the actor that redeemed the discount, when available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redeemed_by: Option<String>,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommerceDiscountRedemptionResponse { object("object", default), id("id", required),
    subscription_item_id("subscription_item_id", required), discount_id("discount_id",
    required), name("name", default), source("source", required),
    promo_code("promo_code", default), effect("effect", default),
    percent_off("percent_off", default), amount_off("amount_off", default),
    amount("amount", default), cycles_remaining("cycles_remaining", default),
    cycles_applied("cycles_applied", required), status("status", default),
    redeemed_at("redeemed_at", required), redeemed_by("redeemed_by", default), }
);
/// The snapshotted discount effect.
///
/// Spec: `#/components/schemas/CommerceDiscountRedemptionResponse/properties/effect`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceDiscountRedemptionResponseEffect {
    /// `percentage`
    Percentage,
    /// `fixed_amount`
    FixedAmount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommerceDiscountRedemptionResponseEffect {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Percentage => "percentage",
            Self::FixedAmount => "fixed_amount",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommerceDiscountRedemptionResponseEffect {
    fn from(value: &str) -> Self {
        match value {
            "percentage" => Self::Percentage,
            "fixed_amount" => Self::FixedAmount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommerceDiscountRedemptionResponseEffect {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommerceDiscountRedemptionResponseEffect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommerceDiscountRedemptionResponseEffect {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommerceDiscountRedemptionResponseEffect {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommerceDiscountRedemptionResponse/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceDiscountRedemptionResponseObject {
    /// `commerce_discount_redemption`
    CommerceDiscountRedemption,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommerceDiscountRedemptionResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceDiscountRedemption => "commerce_discount_redemption",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "billing")]
impl Default for CommerceDiscountRedemptionResponseObject {
    fn default() -> Self {
        Self::CommerceDiscountRedemption
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommerceDiscountRedemptionResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_discount_redemption" => Self::CommerceDiscountRedemption,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommerceDiscountRedemptionResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommerceDiscountRedemptionResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommerceDiscountRedemptionResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommerceDiscountRedemptionResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// How the discount was applied to the subscription item.
///
/// Spec: `#/components/schemas/CommerceDiscountRedemptionResponse/properties/source`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceDiscountRedemptionResponseSource {
    /// `promotion`
    Promotion,
    /// `manual`
    Manual,
    /// `promo_code`
    PromoCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommerceDiscountRedemptionResponseSource {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Promotion => "promotion",
            Self::Manual => "manual",
            Self::PromoCode => "promo_code",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommerceDiscountRedemptionResponseSource {
    fn from(value: &str) -> Self {
        match value {
            "promotion" => Self::Promotion,
            "manual" => Self::Manual,
            "promo_code" => Self::PromoCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommerceDiscountRedemptionResponseSource {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommerceDiscountRedemptionResponseSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommerceDiscountRedemptionResponseSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommerceDiscountRedemptionResponseSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Current status of the discount redemption.
///
/// Spec: `#/components/schemas/CommerceDiscountRedemptionResponse/properties/status`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceDiscountRedemptionResponseStatus {
    /// `active`
    Active,
    /// `exhausted`
    Exhausted,
    /// `removed`
    Removed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommerceDiscountRedemptionResponseStatus {
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
#[cfg(feature = "billing")]
impl From<&str> for CommerceDiscountRedemptionResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "exhausted" => Self::Exhausted,
            "removed" => Self::Removed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommerceDiscountRedemptionResponseStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommerceDiscountRedemptionResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommerceDiscountRedemptionResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommerceDiscountRedemptionResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommerceDiscountsResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceDiscountsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration: Option<CommerceProrationDiscountResponse>,
    pub total: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceDiscountsResponse { proration("proration", default), total("total",
    required), }
);
/// Spec: `#/components/schemas/CommerceMoneyResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceMoneyResponse {
    /// The amount in cents.
    pub amount: i64,
    /// The formatted amount as a string (e.g., "$49.99").
    pub amount_formatted: String,
    /// The currency code (e.g., "USD").
    pub currency: String,
    /// The currency symbol (e.g., "$").
    pub currency_symbol: String,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceMoneyResponse { amount("amount", required),
    amount_formatted("amount_formatted", required), currency("currency", required),
    currency_symbol("currency_symbol", required), }
);
/// Spec: `#/components/schemas/CommercePayerCreditResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePayerCreditResponse {
    pub remaining_balance: CommerceMoneyResponse,
    pub applied_amount: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePayerCreditResponse { remaining_balance("remaining_balance", required),
    applied_amount("applied_amount", required), }
);
/// Spec: `#/components/schemas/CommercePayerResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePayerResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePayerResponseObject,
    /// Unique identifier for the payer.
    pub id: String,
    /// Unique identifier for the Clerk instance.
    pub instance_id: String,
    /// User ID for user-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// First name of the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Last name of the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Email address of the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Organization ID for org-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Organization name for org-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    /// URL of the payer's image/avatar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    /// Current credits balance for the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits_balance: Option<CommerceMoneyResponse>,
    /// Unix timestamp (in milliseconds) when the payer was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payer was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePayerResponse { object("object", default), id("id", required),
    instance_id("instance_id", required), user_id("user_id", default),
    first_name("first_name", default), last_name("last_name", default), email("email",
    default), organization_id("organization_id", default),
    organization_name("organization_name", default), image_url("image_url", default),
    credits_balance("credits_balance", default), created_at("created_at", default),
    updated_at("updated_at", default), }
);
/// Spec: `#/components/schemas/CommercePayerResponse-2`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePayerResponse2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePayerResponse2Object,
    /// Unique identifier for the payer.
    pub id: String,
    /// Unique identifier for the Clerk instance.
    pub instance_id: String,
    /// User ID for user-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// First name of the payer.
    pub first_name: String,
    /// Last name of the payer.
    pub last_name: String,
    /// Email address of the payer.
    pub email: String,
    /// Organization ID for org-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Organization name for org-type payers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_name: Option<String>,
    /// URL of the payer's image/avatar.
    pub image_url: String,
    /// Current credits balance for the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits_balance: Option<CommerceMoneyResponse>,
    /// Unix timestamp (in milliseconds) when the payer was created.
    pub created_at: i64,
    /// Unix timestamp (in milliseconds) when the payer was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommercePayerResponse2 { object("object", default), id("id", required),
    instance_id("instance_id", required), user_id("user_id", default),
    first_name("first_name", required), last_name("last_name", required), email("email",
    required), organization_id("organization_id", default),
    organization_name("organization_name", default), image_url("image_url", required),
    credits_balance("credits_balance", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePayerResponse-2/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePayerResponse2Object {
    /// `commerce_payer`
    CommercePayer,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommercePayerResponse2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePayer => "commerce_payer",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Default for CommercePayerResponse2Object {
    fn default() -> Self {
        Self::CommercePayer
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommercePayerResponse2Object {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payer" => Self::CommercePayer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommercePayerResponse2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommercePayerResponse2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommercePayerResponse2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommercePayerResponse2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePayerResponse/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
pub type CommercePayerResponseObject = CommercePayerResponse2Object;
/// Spec: `#/components/schemas/CommercePaymentMethodResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePaymentMethodResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePaymentMethodResponseObject,
    /// Unique identifier for the payment method.
    pub id: String,
    /// Unique identifier for the payer.
    pub payer_id: String,
    /// The payment method type.
    pub payment_type: CommercePaymentMethodResponsePaymentType,
    /// Whether this is the default payment method for the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The payment gateway.
    pub gateway: String,
    /// External ID in the payment gateway.
    pub gateway_external_id: String,
    /// External account ID in the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_account_id: Option<String>,
    /// Last 4 digits of the card (for card payment methods).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last4: Option<String>,
    /// Status of the payment method.
    pub status: CommercePaymentMethodResponseStatus,
    /// Type of wallet (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_type: Option<String>,
    /// Type of card (if applicable).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_type: Option<String>,
    /// Card expiration year (for card payment methods).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_year: Option<i64>,
    /// Card expiration month (for card payment methods).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_month: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment method was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment method was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Whether this payment method can be removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_removable: Option<bool>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePaymentMethodResponse { object("object", default), id("id", required),
    payer_id("payer_id", required), payment_type("payment_type", required),
    is_default("is_default", default), gateway("gateway", required),
    gateway_external_id("gateway_external_id", required),
    gateway_external_account_id("gateway_external_account_id", default), last4("last4",
    default), status("status", required), wallet_type("wallet_type", default),
    card_type("card_type", default), expiry_year("expiry_year", default),
    expiry_month("expiry_month", default), created_at("created_at", default),
    updated_at("updated_at", default), is_removable("is_removable", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePaymentMethodResponse/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePaymentMethodResponseObject {
    /// `commerce_payment_method`
    CommercePaymentMethod,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommercePaymentMethodResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePaymentMethod => "commerce_payment_method",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Default for CommercePaymentMethodResponseObject {
    fn default() -> Self {
        Self::CommercePaymentMethod
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommercePaymentMethodResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_payment_method" => Self::CommercePaymentMethod,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommercePaymentMethodResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommercePaymentMethodResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommercePaymentMethodResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommercePaymentMethodResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The payment method type.
///
/// Spec: `#/components/schemas/CommercePaymentMethodResponse/properties/payment_type`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePaymentMethodResponsePaymentType {
    /// `card`
    Card,
    /// `link`
    Link,
    /// `payer-credits`
    PayerCredits,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommercePaymentMethodResponsePaymentType {
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
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommercePaymentMethodResponsePaymentType {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "link" => Self::Link,
            "payer-credits" => Self::PayerCredits,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommercePaymentMethodResponsePaymentType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommercePaymentMethodResponsePaymentType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommercePaymentMethodResponsePaymentType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommercePaymentMethodResponsePaymentType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Status of the payment method.
///
/// Spec: `#/components/schemas/CommercePaymentMethodResponse/properties/status`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePaymentMethodResponseStatus {
    /// `active`
    Active,
    /// `disconnected`
    Disconnected,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommercePaymentMethodResponseStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Disconnected => "disconnected",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommercePaymentMethodResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "disconnected" => Self::Disconnected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommercePaymentMethodResponseStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommercePaymentMethodResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommercePaymentMethodResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommercePaymentMethodResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommercePaymentSourceResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePaymentSourceResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePaymentSourceResponseObject,
    /// Unique identifier for the payment source.
    pub id: String,
    /// Unique identifier for the payer.
    pub payer_id: String,
    /// The payment method type.
    pub payment_method: CommercePaymentSourceResponsePaymentMethod,
    /// Whether this is the default payment source for the payer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// The payment gateway.
    pub gateway: String,
    /// External ID in the payment gateway.
    pub gateway_external_id: String,
    /// External account ID in the payment gateway.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gateway_external_account_id: Option<String>,
    /// Last 4 digits of the card (for card payment sources).
    pub last4: String,
    /// Status of the payment source.
    pub status: CommercePaymentSourceResponseStatus,
    /// Type of wallet (if applicable).
    pub wallet_type: String,
    /// Type of card (if applicable).
    pub card_type: String,
    /// Card expiration year (for card payment sources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_year: Option<i64>,
    /// Card expiration month (for card payment sources).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_month: Option<i64>,
    /// Unix timestamp (in milliseconds) when the payment source was created.
    pub created_at: i64,
    /// Unix timestamp (in milliseconds) when the payment source was last updated.
    pub updated_at: i64,
    /// Whether this payment source can be removed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_removable: Option<bool>,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommercePaymentSourceResponse { object("object", default), id("id", required),
    payer_id("payer_id", required), payment_method("payment_method", required),
    is_default("is_default", default), gateway("gateway", required),
    gateway_external_id("gateway_external_id", required),
    gateway_external_account_id("gateway_external_account_id", default), last4("last4",
    required), status("status", required), wallet_type("wallet_type", required),
    card_type("card_type", required), expiry_year("expiry_year", default),
    expiry_month("expiry_month", default), created_at("created_at", required),
    updated_at("updated_at", required), is_removable("is_removable", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePaymentSourceResponse/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePaymentSourceResponseObject {
    /// `commerce_source`
    CommerceSource,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommercePaymentSourceResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceSource => "commerce_source",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "billing")]
impl Default for CommercePaymentSourceResponseObject {
    fn default() -> Self {
        Self::CommerceSource
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommercePaymentSourceResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_source" => Self::CommerceSource,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommercePaymentSourceResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommercePaymentSourceResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommercePaymentSourceResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommercePaymentSourceResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The payment method type.
///
/// Spec: `#/components/schemas/CommercePaymentSourceResponse/properties/payment_method`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePaymentSourceResponsePaymentMethod {
    /// `card`
    Card,
    /// `apple_pay`
    ApplePay,
    /// `google_pay`
    GooglePay,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommercePaymentSourceResponsePaymentMethod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Card => "card",
            Self::ApplePay => "apple_pay",
            Self::GooglePay => "google_pay",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommercePaymentSourceResponsePaymentMethod {
    fn from(value: &str) -> Self {
        match value {
            "card" => Self::Card,
            "apple_pay" => Self::ApplePay,
            "google_pay" => Self::GooglePay,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommercePaymentSourceResponsePaymentMethod {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommercePaymentSourceResponsePaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommercePaymentSourceResponsePaymentMethod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommercePaymentSourceResponsePaymentMethod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Status of the payment source.
///
/// Spec: `#/components/schemas/CommercePaymentSourceResponse/properties/status`
#[cfg(feature = "billing")]
pub type CommercePaymentSourceResponseStatus = CommercePaymentMethodResponseStatus;
/// Spec: `#/components/schemas/CommercePerUnitTotal`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePerUnitTotal {
    /// Name of the billable unit (for example, `seats`).
    pub name: String,
    /// Number of units included in each pricing block.
    pub block_size: i64,
    /// Computed totals for each pricing tier.
    pub tiers: Vec<CommercePerUnitTotalTier>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePerUnitTotal { name("name", required), block_size("block_size", required),
    tiers("tiers", required), }
);
/// Spec: `#/components/schemas/CommercePerUnitTotal-2`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePerUnitTotal2 {
    /// Name of the billable unit (for example, seats)
    pub name: String,
    /// Number of units included in each pricing block
    pub block_size: i64,
    /// Computed totals for each pricing tier
    pub tiers: Vec<CommercePerUnitTotalTier2>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePerUnitTotal2 { name("name", required), block_size("block_size", required),
    tiers("tiers", required), }
);
/// Spec: `#/components/schemas/CommercePerUnitTotalTier`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePerUnitTotalTier {
    /// Units billed in this tier; null means unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Price charged per block in this tier.
    pub fee_per_block: CommerceMoneyResponse,
    /// Total charge for this tier.
    pub total: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePerUnitTotalTier { quantity("quantity", default),
    fee_per_block("fee_per_block", required), total("total", required), }
);
/// Spec: `#/components/schemas/CommercePerUnitTotalTier-2`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePerUnitTotalTier2 {
    /// Units billed in this tier; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Price charged per block in this tier
    pub fee_per_block: CommerceMoneyResponse,
    /// Total charge for this tier
    pub total: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePerUnitTotalTier2 { quantity("quantity", default),
    fee_per_block("fee_per_block", required), total("total", required), }
);
/// Spec: `#/components/schemas/CommercePlan`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePlan {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePlanObject,
    /// Unique identifier for the plan.
    pub id: String,
    /// The name of the plan.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<CommerceMoneyResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_monthly_fee: Option<CommerceMoneyResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_fee: Option<CommerceMoneyResponse>,
    /// The description of the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The ID of the product this plan belongs to.
    ///
    /// Deprecated.
    pub product_id: String,
    /// Whether this is the default plan.
    pub is_default: bool,
    /// Whether this is a recurring plan.
    pub is_recurring: bool,
    /// Whether this plan is publicly visible.
    pub publicly_visible: bool,
    /// Whether this plan has a base fee.
    pub has_base_fee: bool,
    /// The payer type this plan is designed for.
    pub for_payer_type: String,
    /// The URL-friendly slug for the plan.
    pub slug: String,
    /// The URL of the plan's avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
    /// The features included in this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub features: Option<Vec<FeatureResponse>>,
    /// Whether free trial is enabled for this plan.
    pub free_trial_enabled: bool,
    /// Number of free trial days for this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_days: Option<i64>,
    /// Per-unit pricing tiers for this plan (for example, seats)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit_prices: Option<Vec<CommercePlanUnitPrice>>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePlan { object("object", default), id("id", required), name("name", required),
    fee("fee", default), annual_monthly_fee("annual_monthly_fee", default),
    annual_fee("annual_fee", default), description("description", default),
    product_id("product_id", required), is_default("is_default", required),
    is_recurring("is_recurring", required), publicly_visible("publicly_visible",
    required), has_base_fee("has_base_fee", required), for_payer_type("for_payer_type",
    required), slug("slug", required), avatar_url("avatar_url", default),
    features("features", default), free_trial_enabled("free_trial_enabled", required),
    free_trial_days("free_trial_days", default), unit_prices("unit_prices", default), }
);
/// Spec: `#/components/schemas/CommercePlan-2`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePlan2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePlan2Object,
    /// Unique identifier for the commerce plan.
    pub id: String,
    /// The name of the commerce plan.
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<CommerceMoneyResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_monthly_fee: Option<CommerceMoneyResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_fee: Option<CommerceMoneyResponse>,
    /// The amount in cents for the plan.
    pub amount: i64,
    /// The formatted amount as a string (e.g., "$49.99").
    pub amount_formatted: String,
    /// The monthly amount in cents when billed annually.
    pub annual_monthly_amount: i64,
    /// The formatted annual monthly amount as a string.
    pub annual_monthly_amount_formatted: String,
    /// The total annual amount in cents.
    pub annual_amount: i64,
    /// The formatted annual amount as a string.
    pub annual_amount_formatted: String,
    /// The currency symbol (e.g., "$").
    pub currency_symbol: String,
    /// The currency code (e.g., "USD").
    pub currency: String,
    /// The description of the commerce plan.
    pub description: String,
    /// The ID of the product this plan belongs to.
    pub product_id: String,
    /// Whether this is the default plan.
    pub is_default: bool,
    /// Whether this is a recurring plan.
    pub is_recurring: bool,
    /// Whether this plan is publicly visible.
    pub publicly_visible: bool,
    /// Whether this plan has a base fee.
    pub has_base_fee: bool,
    /// The types of payers that can use this plan.
    pub payer_type: Vec<String>,
    /// The payer type this plan is designed for.
    pub for_payer_type: String,
    /// The URL-friendly slug for the plan.
    pub slug: String,
    /// The URL of the plan's avatar image.
    pub avatar_url: String,
    /// The billing period for the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
    /// The billing interval.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i64>,
    /// The features included in this plan.
    pub features: Vec<FeatureResponse2>,
    /// Whether free trial is enabled for this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_enabled: Option<bool>,
    /// Number of free trial days for this plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free_trial_days: Option<i64>,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommercePlan2 { object("object", default), id("id", required), name("name",
    required), fee("fee", default), annual_monthly_fee("annual_monthly_fee", default),
    annual_fee("annual_fee", default), amount("amount", required),
    amount_formatted("amount_formatted", required),
    annual_monthly_amount("annual_monthly_amount", required),
    annual_monthly_amount_formatted("annual_monthly_amount_formatted", required),
    annual_amount("annual_amount", required),
    annual_amount_formatted("annual_amount_formatted", required),
    currency_symbol("currency_symbol", required), currency("currency", required),
    description("description", required), product_id("product_id", required),
    is_default("is_default", required), is_recurring("is_recurring", required),
    publicly_visible("publicly_visible", required), has_base_fee("has_base_fee",
    required), payer_type("payer_type", required), for_payer_type("for_payer_type",
    required), slug("slug", required), avatar_url("avatar_url", required),
    period("period", default), interval("interval", default), features("features",
    required), free_trial_enabled("free_trial_enabled", default),
    free_trial_days("free_trial_days", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePlan-2/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePlan2Object {
    /// `commerce_plan`
    CommercePlan,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommercePlan2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePlan => "commerce_plan",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Default for CommercePlan2Object {
    fn default() -> Self {
        Self::CommercePlan
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommercePlan2Object {
    fn from(value: &str) -> Self {
        match value {
            "commerce_plan" => Self::CommercePlan,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommercePlan2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommercePlan2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommercePlan2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommercePlan2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePlan/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
pub type CommercePlanObject = CommercePlan2Object;
/// Spec: `#/components/schemas/CommercePlanUnitPrice`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePlanUnitPrice {
    /// Name of the billable unit (for example, seats)
    pub name: String,
    /// Number of units included in each pricing block
    pub block_size: i64,
    /// Tiered pricing configuration for this unit
    pub tiers: Vec<CommercePlanUnitPriceTier>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePlanUnitPrice { name("name", required), block_size("block_size", required),
    tiers("tiers", required), }
);
/// Spec: `#/components/schemas/CommercePlanUnitPriceTier`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePlanUnitPriceTier {
    /// Start block (inclusive) for this tier
    pub starts_at_block: i64,
    /// End block (inclusive) for this tier; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_after_block: Option<i64>,
    /// Price charged per block in this tier
    pub fee_per_block: CommerceMoneyResponse,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommercePlanUnitPriceTier { starts_at_block("starts_at_block", required),
    ends_after_block("ends_after_block", default), fee_per_block("fee_per_block",
    required), }
);
/// Spec: `#/components/schemas/CommercePriceTransitionDetails`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePriceTransitionDetails {
    pub previous_plan: CommercePlan2,
    pub previous_price: BillingPriceResponse,
    /// Unix timestamp (milliseconds) when the new price takes effect.
    pub effective_at: i64,
    /// When the new price takes effect.
    pub effective_mode: CommercePriceTransitionDetailsEffectiveMode,
    /// Unix timestamp (milliseconds) for the next billing date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_billing_date: Option<i64>,
    /// Whether an immediate charge was made.
    pub charged_immediately: bool,
    /// Amount charged immediately, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub immediate_charge: Option<CommerceMoneyResponse>,
    /// The status of the previous subscription item after transition.
    pub previous_subscription_item_status: CommercePriceTransitionDetailsPreviousSubscriptionItemStatus,
    /// The ID of the previous subscription item.
    pub previous_subscription_item_id: String,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommercePriceTransitionDetails { previous_plan("previous_plan", required),
    previous_price("previous_price", required), effective_at("effective_at", required),
    effective_mode("effective_mode", required), next_billing_date("next_billing_date",
    default), charged_immediately("charged_immediately", required),
    immediate_charge("immediate_charge", default),
    previous_subscription_item_status("previous_subscription_item_status", required),
    previous_subscription_item_id("previous_subscription_item_id", required), }
);
/// When the new price takes effect.
///
/// Spec: `#/components/schemas/CommercePriceTransitionDetails/properties/effective_mode`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePriceTransitionDetailsEffectiveMode {
    /// `immediate`
    Immediate,
    /// `end_of_period`
    EndOfPeriod,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommercePriceTransitionDetailsEffectiveMode {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Immediate => "immediate",
            Self::EndOfPeriod => "end_of_period",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommercePriceTransitionDetailsEffectiveMode {
    fn from(value: &str) -> Self {
        match value {
            "immediate" => Self::Immediate,
            "end_of_period" => Self::EndOfPeriod,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommercePriceTransitionDetailsEffectiveMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommercePriceTransitionDetailsEffectiveMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommercePriceTransitionDetailsEffectiveMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommercePriceTransitionDetailsEffectiveMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The status of the previous subscription item after transition.
///
/// Spec: `#/components/schemas/CommercePriceTransitionDetails/properties/previous_subscription_item_status`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    /// `canceled`
    Canceled,
    /// `ended`
    Ended,
    /// `abandoned`
    Abandoned,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Canceled => "canceled",
            Self::Ended => "ended",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "canceled" => Self::Canceled,
            "ended" => Self::Ended,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de>
for CommercePriceTransitionDetailsPreviousSubscriptionItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/CommercePriceTransition`.
///
/// Spec: `#/components/schemas/CommercePriceTransitionResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommercePriceTransitionResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommercePriceTransitionResponseObject,
    pub subscription_item: CommerceSubscriptionItem2,
    pub transition: CommercePriceTransitionDetails,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommercePriceTransitionResponse { object("object", default),
    subscription_item("subscription_item", required), transition("transition", required),
    }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommercePriceTransitionResponse/properties/object`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommercePriceTransitionResponseObject {
    /// `commerce_price_transition`
    CommercePriceTransition,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl CommercePriceTransitionResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommercePriceTransition => "commerce_price_transition",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "billing")]
impl Default for CommercePriceTransitionResponseObject {
    fn default() -> Self {
        Self::CommercePriceTransition
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommercePriceTransitionResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_price_transition" => Self::CommercePriceTransition,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommercePriceTransitionResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommercePriceTransitionResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommercePriceTransitionResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommercePriceTransitionResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommerceProrationCreditDetailResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceProrationCreditDetailResponse {
    pub amount: CommerceMoneyResponse,
    pub cycle_days_remaining: i64,
    pub cycle_days_total: i64,
    pub cycle_remaining_percent: f64,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceProrationCreditDetailResponse { amount("amount", required),
    cycle_days_remaining("cycle_days_remaining", required),
    cycle_days_total("cycle_days_total", required),
    cycle_remaining_percent("cycle_remaining_percent", required), }
);
/// Spec: `#/components/schemas/CommerceProrationDiscountResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceProrationDiscountResponse {
    pub amount: CommerceMoneyResponse,
    pub cycle_days_passed: i64,
    pub cycle_days_total: i64,
    pub cycle_passed_percent: f64,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceProrationDiscountResponse { amount("amount", required),
    cycle_days_passed("cycle_days_passed", required),
    cycle_days_total("cycle_days_total", required),
    cycle_passed_percent("cycle_passed_percent", required), }
);
/// Body of the response `#/components/responses/CommerceSubscription`.
///
/// Spec: `#/components/schemas/CommerceSubscription`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceSubscription {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommerceSubscriptionObject,
    /// Unique identifier for the commerce subscription.
    pub id: String,
    /// The ID of the instance this subscription belongs to.
    pub instance_id: String,
    /// The current status of the subscription.
    pub status: CommerceSubscriptionStatus,
    /// The ID of the payer for this subscription.
    pub payer_id: String,
    /// Unix timestamp (milliseconds) of creation.
    pub created_at: i64,
    /// Unix timestamp (milliseconds) of last update.
    pub updated_at: i64,
    /// Unix timestamp (milliseconds) when the subscription became active.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_at: Option<i64>,
    /// Unix timestamp (milliseconds) when the subscription became past due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due_at: Option<i64>,
    /// Array of subscription items in this subscription.
    pub subscription_items: Vec<CommerceSubscriptionItem>,
    /// Information about the next scheduled payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment: Option<CommerceSubscriptionNextPayment>,
    /// Whether the payer is eligible for a free trial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_for_free_trial: Option<bool>,
}
#[cfg(any(feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscription { object("object", default), id("id", required),
    instance_id("instance_id", required), status("status", required),
    payer_id("payer_id", required), created_at("created_at", required),
    updated_at("updated_at", required), active_at("active_at", default),
    past_due_at("past_due_at", default), subscription_items("subscription_items",
    required), next_payment("next_payment", default),
    eligible_for_free_trial("eligible_for_free_trial", default), }
);
/// Spec: `#/components/schemas/CommerceSubscriptionCreditResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CommerceSubscriptionCreditResponse {
    /// Credit amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<CommerceMoneyResponse>,
    /// Percentage of the billing cycle remaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cycle_remaining_percent: Option<f64>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionCreditResponse { amount("amount", default),
    cycle_remaining_percent("cycle_remaining_percent", default), }
);
/// Body of the response `#/components/responses/CommerceSubscriptionItem`.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceSubscriptionItem {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommerceSubscriptionItemObject,
    /// Unique identifier for the subscription item.
    pub id: String,
    /// Unique identifier for the Clerk instance.
    pub instance_id: String,
    /// Current status of the subscription item.
    pub status: CommerceSubscriptionItemStatus,
    /// Credit information (only available in PaymentAttempt events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<CommerceSubscriptionCreditResponse>,
    /// Unified credits breakdown for this subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<CommerceCreditsResponse>,
    /// Unique identifier for the associated plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    /// Unique identifier for the associated price
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// The associated plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<CommercePlan>,
    /// The billing period for this subscription item.
    pub plan_period: CommerceSubscriptionItemPlanPeriod,
    /// The payment method used for this subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<CommercePaymentMethodResponse>,
    /// Total amount paid over the lifetime of this subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_paid: Option<CommerceMoneyResponse>,
    /// Information about the next payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment: Option<CommerceSubscriptionItemNextPaymentResponse>,
    /// Unique identifier for the payer.
    pub payer_id: String,
    /// The payer associated with this subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<CommercePayerResponse>,
    /// Whether this subscription item includes a free trial.
    pub is_free_trial: bool,
    /// Unix timestamp (in milliseconds) when the current period started.
    pub period_start: i64,
    /// Unix timestamp (in milliseconds) when the current period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<i64>,
    /// The day the subscription item was prorated from. Only available in some responses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proration_date: Option<String>,
    /// Unix timestamp (in milliseconds) when the subscription item was canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canceled_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription item became past due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription item ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription item was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription item was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Seat quantity for seat-based billing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<CommerceSubscriptionItemSeatsResponse>,
    /// Totals for this subscription item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<CommerceTotalsResponse2>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionItem { object("object", default), id("id", required),
    instance_id("instance_id", required), status("status", required), credit("credit",
    default), credits("credits", default), plan_id("plan_id", default),
    price_id("price_id", default), plan("plan", default), plan_period("plan_period",
    required), payment_method("payment_method", default), lifetime_paid("lifetime_paid",
    default), next_payment("next_payment", default), payer_id("payer_id", required),
    payer("payer", default), is_free_trial("is_free_trial", required),
    period_start("period_start", required), period_end("period_end", default),
    proration_date("proration_date", default), canceled_at("canceled_at", default),
    past_due_at("past_due_at", default), ended_at("ended_at", default),
    created_at("created_at", default), updated_at("updated_at", default), seats("seats",
    default), totals("totals", default), }
);
/// Body of the response `#/components/responses/CommerceSubscriptionItem-2`.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem-2`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceSubscriptionItem2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CommerceSubscriptionItem2Object,
    /// Unique identifier for the subscription item.
    pub id: String,
    /// Unique identifier for the Clerk instance.
    pub instance_id: String,
    /// Current status of the subscription item.
    pub status: CommerceSubscriptionItem2Status,
    /// Credit information (only available in PaymentAttempt events).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit: Option<CommerceSubscriptionCreditResponse>,
    /// Unique identifier for the associated plan.
    pub plan_id: String,
    /// Unique identifier for the associated price
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub price_id: Option<String>,
    /// The associated commerce plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<CommercePlan2>,
    /// The billing period for this subscription.
    pub plan_period: CommerceSubscriptionItem2PlanPeriod,
    /// Unique identifier for the payment source.
    pub payment_source_id: String,
    /// The payment source associated with this subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_source: Option<CommercePaymentSourceResponse>,
    /// Total amount paid over the lifetime of this subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime_paid: Option<CommerceMoneyResponse>,
    /// Current amount for this subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<CommerceMoneyResponse>,
    /// Information about the next invoice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_invoice: Option<CommerceSubscriptionItemNextPaymentResponse>,
    /// Information about the next payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment: Option<CommerceSubscriptionItemNextPaymentResponse>,
    /// Unique identifier for the payer.
    pub payer_id: String,
    /// The payer associated with this subscription.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payer: Option<CommercePayerResponse2>,
    /// Whether this subscription is currently on a free trial.
    pub is_free_trial: bool,
    /// Unix timestamp (in milliseconds) when the current period started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_start: Option<i64>,
    /// Unix timestamp (in milliseconds) when the current period ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_end: Option<i64>,
    /// Date used for proration calculations.
    pub proration_date: String,
    /// Unix timestamp (in milliseconds) when the subscription was canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canceled_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription became past due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ended_at: Option<i64>,
    /// Unix timestamp (in milliseconds) when the subscription was created.
    pub created_at: i64,
    /// Unix timestamp (in milliseconds) when the subscription was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionItem2 { object("object", default), id("id", required),
    instance_id("instance_id", required), status("status", required), credit("credit",
    default), plan_id("plan_id", required), price_id("price_id", default), plan("plan",
    default), plan_period("plan_period", required),
    payment_source_id("payment_source_id", required), payment_source("payment_source",
    default), lifetime_paid("lifetime_paid", default), amount("amount", default),
    next_invoice("next_invoice", default), next_payment("next_payment", default),
    payer_id("payer_id", required), payer("payer", default),
    is_free_trial("is_free_trial", required), period_start("period_start", default),
    period_end("period_end", default), proration_date("proration_date", required),
    canceled_at("canceled_at", default), past_due_at("past_due_at", default),
    ended_at("ended_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem-2/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionItem2Object {
    /// `commerce_subscription_item`
    CommerceSubscriptionItem,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommerceSubscriptionItem2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceSubscriptionItem => "commerce_subscription_item",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Default for CommerceSubscriptionItem2Object {
    fn default() -> Self {
        Self::CommerceSubscriptionItem
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommerceSubscriptionItem2Object {
    fn from(value: &str) -> Self {
        match value {
            "commerce_subscription_item" => Self::CommerceSubscriptionItem,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommerceSubscriptionItem2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommerceSubscriptionItem2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommerceSubscriptionItem2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommerceSubscriptionItem2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The billing period for this subscription.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem-2/properties/plan_period`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionItem2PlanPeriod {
    /// `month`
    Month,
    /// `annual`
    Annual,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommerceSubscriptionItem2PlanPeriod {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Month => "month",
            Self::Annual => "annual",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommerceSubscriptionItem2PlanPeriod {
    fn from(value: &str) -> Self {
        match value {
            "month" => Self::Month,
            "annual" => Self::Annual,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommerceSubscriptionItem2PlanPeriod {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommerceSubscriptionItem2PlanPeriod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommerceSubscriptionItem2PlanPeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommerceSubscriptionItem2PlanPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Current status of the subscription item.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem-2/properties/status`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionItem2Status {
    /// `active`
    Active,
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
#[cfg(feature = "billing")]
impl CommerceSubscriptionItem2Status {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Ended => "ended",
            Self::PastDue => "past_due",
            Self::Upcoming => "upcoming",
            Self::Incomplete => "incomplete",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for CommerceSubscriptionItem2Status {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "ended" => Self::Ended,
            "past_due" => Self::PastDue,
            "upcoming" => Self::Upcoming,
            "incomplete" => Self::Incomplete,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for CommerceSubscriptionItem2Status {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for CommerceSubscriptionItem2Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for CommerceSubscriptionItem2Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for CommerceSubscriptionItem2Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommerceSubscriptionItemNextPaymentResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CommerceSubscriptionItemNextPaymentResponse {
    /// Base plan fee for the next payment. Does not include per-unit (e.g. seat) charges; see `totals.grand_total` for the full amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<CommerceMoneyResponse>,
    /// Unix timestamp (in milliseconds) for the next payment date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<i64>,
    /// Per-unit total breakdown (for example, seats) for the next payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<CommercePerUnitTotal>>,
    /// Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not previewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<CommerceTotalsResponse>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionItemNextPaymentResponse { amount("amount", default), date("date",
    default), per_unit_totals("per_unit_totals", default), totals("totals", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
pub type CommerceSubscriptionItemObject = CommerceSubscriptionItem2Object;
/// The billing period for this subscription item.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem/properties/plan_period`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
pub type CommerceSubscriptionItemPlanPeriod = CommerceSubscriptionItem2PlanPeriod;
/// Spec: `#/components/schemas/CommerceSubscriptionItemSeatsResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CommerceSubscriptionItemSeatsResponse {
    /// Seat quantity being billed; null means unlimited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
    /// Per-unit cost breakdown by pricing tier
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tiers: Option<Vec<CommercePerUnitTotalTier2>>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionItemSeatsResponse { quantity("quantity", default), tiers("tiers",
    default), }
);
/// Current status of the subscription item.
///
/// Spec: `#/components/schemas/CommerceSubscriptionItem/properties/status`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionItemStatus {
    /// `active`
    Active,
    /// `canceled`
    Canceled,
    /// `expired`
    Expired,
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
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl CommerceSubscriptionItemStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Canceled => "canceled",
            Self::Expired => "expired",
            Self::Ended => "ended",
            Self::PastDue => "past_due",
            Self::Upcoming => "upcoming",
            Self::Incomplete => "incomplete",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for CommerceSubscriptionItemStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "canceled" => Self::Canceled,
            "expired" => Self::Expired,
            "ended" => Self::Ended,
            "past_due" => Self::PastDue,
            "upcoming" => Self::Upcoming,
            "incomplete" => Self::Incomplete,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for CommerceSubscriptionItemStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommerceSubscriptionItemStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for CommerceSubscriptionItemStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommerceSubscriptionItemStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommerceSubscriptionNextPayment`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceSubscriptionNextPayment {
    /// Unix timestamp (milliseconds) of the next payment date.
    pub date: i64,
    /// The base plan fee for the next payment. Does not include per-unit charges; see `totals.grand_total` for the full amount.
    pub amount: CommerceMoneyResponse,
    /// Per-unit total breakdown (for example, seats) for the next payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<CommercePerUnitTotal2>>,
    /// Breakdown of the recurring amount that will be billed at renewal (base fee + per-unit charges). Tax and credits are not previewed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totals: Option<CommerceTotalsResponse2>,
}
#[cfg(any(feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceSubscriptionNextPayment { date("date", required), amount("amount", required),
    per_unit_totals("per_unit_totals", default), totals("totals", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/CommerceSubscription/properties/object`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionObject {
    /// `commerce_subscription`
    CommerceSubscription,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl CommerceSubscriptionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CommerceSubscription => "commerce_subscription",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "organizations", feature = "users"))]
impl Default for CommerceSubscriptionObject {
    fn default() -> Self {
        Self::CommerceSubscription
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<&str> for CommerceSubscriptionObject {
    fn from(value: &str) -> Self {
        match value {
            "commerce_subscription" => Self::CommerceSubscription,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<String> for CommerceSubscriptionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommerceSubscriptionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl Serialize for CommerceSubscriptionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommerceSubscriptionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The current status of the subscription.
///
/// Spec: `#/components/schemas/CommerceSubscription/properties/status`
#[cfg(any(feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CommerceSubscriptionStatus {
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
#[cfg(any(feature = "organizations", feature = "users"))]
impl CommerceSubscriptionStatus {
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
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<&str> for CommerceSubscriptionStatus {
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
#[cfg(any(feature = "organizations", feature = "users"))]
impl From<String> for CommerceSubscriptionStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl std::fmt::Display for CommerceSubscriptionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl Serialize for CommerceSubscriptionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for CommerceSubscriptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/CommerceTotalsResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceTotalsResponse {
    pub subtotal: CommerceMoneyResponse,
    pub base_fee: CommerceMoneyResponse,
    pub tax_total: CommerceMoneyResponse,
    pub grand_total: CommerceMoneyResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<CommercePerUnitTotal>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<CommerceCreditsResponse>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<CommerceDiscountsResponse>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceTotalsResponse { subtotal("subtotal", required), base_fee("base_fee",
    required), tax_total("tax_total", required), grand_total("grand_total", required),
    per_unit_totals("per_unit_totals", default), credits("credits", default),
    discounts("discounts", default), }
);
/// Spec: `#/components/schemas/CommerceTotalsResponse-2`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CommerceTotalsResponse2 {
    pub subtotal: CommerceMoneyResponse,
    pub base_fee: CommerceMoneyResponse,
    pub tax_total: CommerceMoneyResponse,
    pub grand_total: CommerceMoneyResponse,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_unit_totals: Option<Vec<CommercePerUnitTotal2>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<CommerceCreditsResponse>,
    /// Information about the discounts applied to the payment
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discounts: Option<BillingDiscountsResponse>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    CommerceTotalsResponse2 { subtotal("subtotal", required), base_fee("base_fee",
    required), tax_total("tax_total", required), grand_total("grand_total", required),
    per_unit_totals("per_unit_totals", default), credits("credits", default),
    discounts("discounts", default), }
);
/// Spec: `#/components/schemas/Cookies`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Cookies {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: CookiesObject,
    /// Array of cookie directives.
    pub cookies: Vec<String>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    Cookies { object("object", default), cookies("cookies", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Cookies/properties/object`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CookiesObject {
    /// `cookies`
    Cookies,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sessions")]
impl CookiesObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cookies => "cookies",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "sessions")]
impl Default for CookiesObject {
    fn default() -> Self {
        Self::Cookies
    }
}
#[cfg(feature = "sessions")]
impl From<&str> for CookiesObject {
    fn from(value: &str) -> Self {
        match value {
            "cookies" => Self::Cookies,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sessions")]
impl From<String> for CookiesObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sessions")]
impl std::fmt::Display for CookiesObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl Serialize for CookiesObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl<'de> Deserialize<'de> for CookiesObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1actor_tokens/post/requestBody/content/application~1json/schema`
#[cfg(feature = "actor-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateActorTokenBody {
    /// The ID of the user being impersonated.
    pub user_id: String,
    /// The actor payload. It needs to include a sub property which should contain the ID of the actor.
    /// This whole payload will be also included in the JWT session token.
    pub actor: CreateActorTokenBodyActor,
    /// Optional parameter to specify the life duration of the actor token in seconds.
    /// By default, the duration is 1 hour.
    ///
    /// Default: `3600`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
    /// The maximum duration that the session which will be created by the generated actor token should last.
    /// By default, the duration of a session created via an actor token, lasts 30 minutes.
    ///
    /// Default: `1800`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_max_duration_in_seconds: Option<i64>,
}
#[cfg(feature = "actor-tokens")]
sdkgen_runtime::deserialize_map!(
    CreateActorTokenBody { user_id("user_id", required), actor("actor", required),
    expires_in_seconds("expires_in_seconds", default),
    session_max_duration_in_seconds("session_max_duration_in_seconds", default), }
);
#[cfg(feature = "actor-tokens")]
impl CreateActorTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String, actor: CreateActorTokenBodyActor) -> Self {
        Self {
            user_id,
            actor,
            expires_in_seconds: None,
            session_max_duration_in_seconds: None,
        }
    }
}
/// The actor payload. It needs to include a sub property which should contain the ID of the actor.
/// This whole payload will be also included in the JWT session token.
///
/// Spec: `#/paths/~1actor_tokens/post/requestBody/content/application~1json/schema/properties/actor`
#[cfg(feature = "actor-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateActorTokenBodyActor {
    /// The ID of the actor.
    pub sub: String,
}
#[cfg(feature = "actor-tokens")]
sdkgen_runtime::deserialize_map!(CreateActorTokenBodyActor { sub("sub", required), });
#[cfg(feature = "actor-tokens")]
impl CreateActorTokenBodyActor {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(sub: String) -> Self {
        Self { sub }
    }
}
/// Spec: `#/paths/~1admin_portal_link_tokens/post/requestBody/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateAdminPortalLinkTokenBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub it_contact_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// Default: `3600`. Minimum: `0` (exclusive). Maximum: `86400`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_until_expiration: Option<i64>,
}
#[cfg(feature = "admin-portal-link-tokens")]
sdkgen_runtime::deserialize_map!(
    CreateAdminPortalLinkTokenBody { organization_id("organization_id", default),
    it_contact_id("it_contact_id", default), scopes("scopes", default),
    seconds_until_expiration("seconds_until_expiration", default), }
);
#[cfg(feature = "admin-portal-link-tokens")]
impl CreateAdminPortalLinkTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            organization_id: None,
            it_contact_id: None,
            scopes: None,
            seconds_until_expiration: None,
        }
    }
}
/// The error bodies operation `createAdminPortalLinkToken` can answer with.
///
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateAdminPortalLinkTokenError {
    CreateAdminPortalLinkTokenResponse400(CreateAdminPortalLinkTokenResponse400),
    CreateAdminPortalLinkTokenResponse401(CreateAdminPortalLinkTokenResponse401),
    CreateAdminPortalLinkTokenResponse403(CreateAdminPortalLinkTokenResponse403),
    CreateAdminPortalLinkTokenResponse409(CreateAdminPortalLinkTokenResponse409),
}
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/201/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAdminPortalLinkTokenResponse {
    #[serde(default)]
    pub object: CreateAdminPortalLinkTokenResponseObject,
    pub id: String,
    /// The origin-level admin_portal_link this token was issued for.
    pub admin_portal_link_id: String,
    pub instance_id: String,
    /// Optional. Present only when the link is scoped to an existing org.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Optional opaque reference to the IT contact associated with this link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub it_contact_id: Option<String>,
    /// Caller-provided scopes for this token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The single-use admin portal link token. Returned only on creation. URL-borne; treat as a secret.
    pub token: String,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the token will expire, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    /// The timestamp for when the token was created, in milliseconds.
    pub created_at: f64,
    /// The timestamp for when the token was last updated, in milliseconds.
    pub updated_at: f64,
}
#[cfg(feature = "admin-portal-link-tokens")]
sdkgen_runtime::deserialize_map!(
    CreateAdminPortalLinkTokenResponse { object("object", default), id("id", required),
    admin_portal_link_id("admin_portal_link_id", required), instance_id("instance_id",
    required), organization_id("organization_id", default),
    it_contact_id("it_contact_id", default), scopes("scopes", default), token("token",
    required), revoked("revoked", required), revocation_reason("revocation_reason",
    default), expired("expired", required), expiration("expiration", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
#[cfg(feature = "admin-portal-link-tokens")]
impl std::fmt::Debug for CreateAdminPortalLinkTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAdminPortalLinkTokenResponse")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("admin_portal_link_id", &self.admin_portal_link_id)
            .field("instance_id", &self.instance_id)
            .field("organization_id", &self.organization_id)
            .field("it_contact_id", &self.it_contact_id)
            .field("scopes", &self.scopes)
            .field("token", &sdkgen_runtime::Redacted)
            .field("revoked", &self.revoked)
            .field("revocation_reason", &self.revocation_reason)
            .field("expired", &self.expired)
            .field("expiration", &self.expiration)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/400/content/application~1json/schema`
#[cfg(
    any(
        feature = "admin-portal-link-tokens",
        feature = "api-keys",
        feature = "m2m",
        feature = "oauth-access-tokens"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAdminPortalLinkTokenResponse400 {
    pub errors: Vec<CreateAdminPortalLinkTokenResponse400ErrorsItem>,
}
#[cfg(
    any(
        feature = "admin-portal-link-tokens",
        feature = "api-keys",
        feature = "m2m",
        feature = "oauth-access-tokens"
    )
)]
sdkgen_runtime::deserialize_map!(
    CreateAdminPortalLinkTokenResponse400 { errors("errors", required), }
);
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/400/content/application~1json/schema/properties/errors/items`
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAdminPortalLinkTokenResponse400ErrorsItem {
    pub message: String,
    pub long_message: String,
    pub code: String,
}
sdkgen_runtime::deserialize_map!(
    CreateAdminPortalLinkTokenResponse400ErrorsItem { message("message", required),
    long_message("long_message", required), code("code", required), }
);
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/401/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type CreateAdminPortalLinkTokenResponse401 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/401/content/application~1json/schema/properties/errors/items`
pub type CreateAdminPortalLinkTokenResponse401ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/403/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type CreateAdminPortalLinkTokenResponse403 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/403/content/application~1json/schema/properties/errors/items`
pub type CreateAdminPortalLinkTokenResponse403ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/409/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type CreateAdminPortalLinkTokenResponse409 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/409/content/application~1json/schema/properties/errors/items`
pub type CreateAdminPortalLinkTokenResponse409ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens/post/responses/201/content/application~1json/schema/properties/object`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateAdminPortalLinkTokenResponseObject {
    /// `admin_portal_link_token`
    AdminPortalLinkToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "admin-portal-link-tokens")]
impl CreateAdminPortalLinkTokenResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AdminPortalLinkToken => "admin_portal_link_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "admin-portal-link-tokens")]
impl Default for CreateAdminPortalLinkTokenResponseObject {
    fn default() -> Self {
        Self::AdminPortalLinkToken
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl From<&str> for CreateAdminPortalLinkTokenResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "admin_portal_link_token" => Self::AdminPortalLinkToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl From<String> for CreateAdminPortalLinkTokenResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl std::fmt::Display for CreateAdminPortalLinkTokenResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl Serialize for CreateAdminPortalLinkTokenResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl<'de> Deserialize<'de> for CreateAdminPortalLinkTokenResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1agents~1tasks/post/requestBody/content/application~1json/schema`
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAgentTaskBody {
    /// Identifies the user on whose behalf the agent task is created.
    /// Exactly one of user_id or identifier must be provided.
    pub on_behalf_of: CreateAgentTaskBodyOnBehalfOf,
    /// The permissions granted to the agent task. Must be "*" (all permissions).
    #[serde(default)]
    pub permissions: CreateAgentTaskBodyPermissions,
    /// A name identifying the agent. Used to derive a stable agent_id per instance.
    /// Logged for audit purposes.
    pub agent_name: String,
    /// A description of the task being performed. Logged for audit purposes.
    pub task_description: String,
    /// The URL the user is redirected to after the agent task is accepted.
    /// Must be a valid absolute URL with an `https` scheme in production instances.
    /// In development instances, `http` is also permitted.
    /// The URL's domain must belong to one of the instance's associated domains
    /// (primary or satellite); otherwise the redirect will be rejected when the
    /// task ticket is consumed.
    pub redirect_url: String,
    /// The maximum duration that the session which will be created by the generated agent task should last.
    /// By default, the duration of a session created via an agent task lasts 30 minutes.
    ///
    /// Default: `1800`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_max_duration_in_seconds: Option<i64>,
}
#[cfg(feature = "agent-tasks")]
sdkgen_runtime::deserialize_map!(
    CreateAgentTaskBody { on_behalf_of("on_behalf_of", required),
    permissions("permissions", default), agent_name("agent_name", required),
    task_description("task_description", required), redirect_url("redirect_url",
    required), session_max_duration_in_seconds("session_max_duration_in_seconds",
    default), }
);
#[cfg(feature = "agent-tasks")]
impl CreateAgentTaskBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        on_behalf_of: CreateAgentTaskBodyOnBehalfOf,
        agent_name: String,
        task_description: String,
        redirect_url: String,
    ) -> Self {
        Self {
            on_behalf_of,
            permissions: Default::default(),
            agent_name,
            task_description,
            redirect_url,
            session_max_duration_in_seconds: None,
        }
    }
}
/// Identifies the user on whose behalf the agent task is created.
/// Exactly one of user_id or identifier must be provided.
///
/// Spec: `#/paths/~1agents~1tasks/post/requestBody/content/application~1json/schema/properties/on_behalf_of`
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateAgentTaskBodyOnBehalfOf {
    /// The ID of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// A verified identifier (e.g. email address) belonging to the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
}
#[cfg(feature = "agent-tasks")]
sdkgen_runtime::deserialize_map!(
    CreateAgentTaskBodyOnBehalfOf { user_id("user_id", default), identifier("identifier",
    default), }
);
#[cfg(feature = "agent-tasks")]
impl CreateAgentTaskBodyOnBehalfOf {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            user_id: None,
            identifier: None,
        }
    }
}
/// The permissions granted to the agent task. Must be "*" (all permissions).
///
/// Spec: `#/paths/~1agents~1tasks/post/requestBody/content/application~1json/schema/properties/permissions`
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateAgentTaskBodyPermissions {
    /// `*`
    U2A,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "agent-tasks")]
impl CreateAgentTaskBodyPermissions {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::U2A => "*",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "agent-tasks")]
impl Default for CreateAgentTaskBodyPermissions {
    fn default() -> Self {
        Self::U2A
    }
}
#[cfg(feature = "agent-tasks")]
impl From<&str> for CreateAgentTaskBodyPermissions {
    fn from(value: &str) -> Self {
        match value {
            "*" => Self::U2A,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "agent-tasks")]
impl From<String> for CreateAgentTaskBodyPermissions {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl std::fmt::Display for CreateAgentTaskBodyPermissions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl Serialize for CreateAgentTaskBodyPermissions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "agent-tasks")]
impl<'de> Deserialize<'de> for CreateAgentTaskBodyPermissions {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1allowlist_identifiers/post/requestBody/content/application~1json/schema`
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateAllowlistIdentifierBody {
    /// The identifier to be added in the allow-list.
    /// This can be an email address, a phone number, or a web3 wallet.
    pub identifier: String,
    /// This flag denotes whether the given identifier will receive an invitation to join the application.
    /// Note that this only works for email address and phone number identifiers.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}
#[cfg(feature = "allowlist-identifiers")]
sdkgen_runtime::deserialize_map!(
    CreateAllowlistIdentifierBody { identifier("identifier", required), notify("notify",
    default), }
);
#[cfg(feature = "allowlist-identifiers")]
impl CreateAllowlistIdentifierBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(identifier: String) -> Self {
        Self { identifier, notify: None }
    }
}
/// Spec: `#/paths/~1api_keys/post/requestBody/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateApiKeyBody {
    /// Default: `"api_key"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    /// Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Minimum: `0` (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_until_expiration: Option<f64>,
}
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    CreateApiKeyBody { r#type("type", default), name("name", required),
    description("description", default), subject("subject", required), claims("claims",
    default), scopes("scopes", default), created_by("created_by", default),
    seconds_until_expiration("seconds_until_expiration", default), }
);
#[cfg(feature = "api-keys")]
impl CreateApiKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, subject: String) -> Self {
        Self {
            r#type: None,
            name,
            description: None,
            subject,
            claims: None,
            scopes: None,
            created_by: None,
            seconds_until_expiration: None,
        }
    }
}
/// The error bodies operation `createApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys/post/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateApiKeyError {
    CreateApiKeyResponse400(CreateApiKeyResponse400),
    CreateApiKeyResponse409(CreateApiKeyResponse409),
}
/// Spec: `#/paths/~1api_keys/post/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, PartialEq, Serialize)]
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
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    CreateApiKeyResponse { object("object", default), id("id", required), r#type("type",
    required), subject("subject", required), name("name", required),
    description("description", default), claims("claims", default), scopes("scopes",
    required), secret("secret", required), revoked("revoked", required),
    revocation_reason("revocation_reason", default), expired("expired", required),
    expiration("expiration", default), created_by("created_by", default),
    last_used_at("last_used_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
#[cfg(feature = "api-keys")]
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
#[cfg(feature = "api-keys")]
pub type CreateApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type CreateApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/post/responses/409/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type CreateApiKeyResponse409 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys/post/responses/409/content/application~1json/schema/properties/errors/items`
pub type CreateApiKeyResponse409ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/post/responses/200/content/application~1json/schema/properties/object`
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
/// Spec: `#/components/schemas/CreateBillingPriceRequest`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateBillingPriceRequest {
    /// The ID of the plan this price belongs to.
    pub plan_id: String,
    /// The currency code (e.g., "USD"). Defaults to USD.
    ///
    /// Default: `"USD"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// The monthly amount in cents. Use `0` for a complimentary price. Positive amounts must be at least $1 (100 cents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// The monthly amount in cents when billed annually. Use `0` for a complimentary price. Positive amounts must be at least $1 (100 cents).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annual_monthly_amount: Option<i64>,
    /// An optional description for this custom price.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Which billing periods this price supports. Inferred from amounts if omitted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_billing_periods: Option<
        CreateBillingPriceRequestSupportedBillingPeriods,
    >,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    CreateBillingPriceRequest { plan_id("plan_id", required), currency("currency",
    default), amount("amount", default), annual_monthly_amount("annual_monthly_amount",
    default), description("description", default),
    supported_billing_periods("supported_billing_periods", default), }
);
#[cfg(feature = "billing")]
impl CreateBillingPriceRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(plan_id: String) -> Self {
        Self {
            plan_id,
            currency: None,
            amount: None,
            annual_monthly_amount: None,
            description: None,
            supported_billing_periods: None,
        }
    }
}
/// Which billing periods this price supports. Inferred from amounts if omitted.
///
/// Spec: `#/components/schemas/CreateBillingPriceRequest/properties/supported_billing_periods`
#[cfg(feature = "billing")]
pub type CreateBillingPriceRequestSupportedBillingPeriods = BillingPriceResponseSupportedBillingPeriods;
/// Spec: `#/paths/~1blocklist_identifiers/post/requestBody/content/application~1json/schema`
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateBlocklistIdentifierBody {
    /// The identifier to be added in the block-list.
    /// This can be an email address, a phone number, or a web3 wallet.
    pub identifier: String,
}
#[cfg(feature = "blocklist-identifiers")]
sdkgen_runtime::deserialize_map!(
    CreateBlocklistIdentifierBody { identifier("identifier", required), }
);
#[cfg(feature = "blocklist-identifiers")]
impl CreateBlocklistIdentifierBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(identifier: String) -> Self {
        Self { identifier }
    }
}
/// Spec: `#/paths/~1invitations~1bulk/post/requestBody/content/application~1json/schema/items`
#[cfg(feature = "invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateBulkInvitationsBodyItem {
    /// The email address the invitation will be sent to
    pub email_address: String,
    /// Metadata that will be attached to the newly created invitation.
    /// The value of this property should be a well-formed JSON object.
    /// Once the user accepts the invitation and signs up, these metadata will end up in the user's public metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The URL where the user is redirected upon visiting the invitation link, where they can accept the invitation. Required if you have implemented a [custom flow for handling application invitations](/docs/custom-flows/invitations).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to true.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Whether an invitation should be created if there is already an existing invitation for this email
    /// address, or it's claimed by another user.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_existing: Option<bool>,
    /// The number of days the invitation will be valid for. By default, the invitation expires after 30 days.
    ///
    /// Minimum: `1`. Maximum: `365`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<i64>,
    /// The slug of the email template to use for the invitation email.
    ///
    /// Default: `"invitation"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_slug: Option<CreateBulkInvitationsBodyItemTemplateSlug>,
}
#[cfg(feature = "invitations")]
sdkgen_runtime::deserialize_map!(
    CreateBulkInvitationsBodyItem { email_address("email_address", required),
    public_metadata("public_metadata", default), redirect_url("redirect_url", default),
    notify("notify", default), ignore_existing("ignore_existing", default),
    expires_in_days("expires_in_days", default), template_slug("template_slug", default),
    }
);
#[cfg(feature = "invitations")]
impl CreateBulkInvitationsBodyItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self {
            email_address,
            public_metadata: None,
            redirect_url: None,
            notify: None,
            ignore_existing: None,
            expires_in_days: None,
            template_slug: None,
        }
    }
}
/// The slug of the email template to use for the invitation email.
///
/// Spec: `#/paths/~1invitations~1bulk/post/requestBody/content/application~1json/schema/items/properties/template_slug`
#[cfg(feature = "invitations")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateBulkInvitationsBodyItemTemplateSlug {
    /// `invitation`
    Invitation,
    /// `waitlist_invitation`
    WaitlistInvitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "invitations")]
impl CreateBulkInvitationsBodyItemTemplateSlug {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invitation => "invitation",
            Self::WaitlistInvitation => "waitlist_invitation",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "invitations")]
impl From<&str> for CreateBulkInvitationsBodyItemTemplateSlug {
    fn from(value: &str) -> Self {
        match value {
            "invitation" => Self::Invitation,
            "waitlist_invitation" => Self::WaitlistInvitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "invitations")]
impl From<String> for CreateBulkInvitationsBodyItemTemplateSlug {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "invitations")]
impl std::fmt::Display for CreateBulkInvitationsBodyItemTemplateSlug {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "invitations")]
impl Serialize for CreateBulkInvitationsBodyItemTemplateSlug {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "invitations")]
impl<'de> Deserialize<'de> for CreateBulkInvitationsBodyItemTemplateSlug {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1waitlist_entries~1bulk/post/requestBody/content/application~1json/schema/items`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateBulkWaitlistEntriesBodyItem {
    /// The email address to add to the waitlist
    pub email_address: String,
    /// Optional flag which denotes whether a confirmation email should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}
#[cfg(feature = "waitlist-entries")]
sdkgen_runtime::deserialize_map!(
    CreateBulkWaitlistEntriesBodyItem { email_address("email_address", required),
    notify("notify", default), }
);
#[cfg(feature = "waitlist-entries")]
impl CreateBulkWaitlistEntriesBodyItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self {
            email_address,
            notify: None,
        }
    }
}
/// Spec: `#/paths/~1directories/post/requestBody/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateDirectoryBody {
    /// The ID of the enterprise connection to associate with this directory.
    pub enterprise_connection_id: String,
    /// A human-friendly name for the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The identity provider for this directory.
    pub provider: String,
    /// Optional directory group to organization role mappings to create with the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_role_mappings: Option<Vec<CreateDirectoryBodyGroupRoleMappingsItem>>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    CreateDirectoryBody { enterprise_connection_id("enterprise_connection_id", required),
    name("name", default), provider("provider", required),
    group_role_mappings("group_role_mappings", default), }
);
#[cfg(feature = "directories")]
impl CreateDirectoryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(enterprise_connection_id: String, provider: String) -> Self {
        Self {
            enterprise_connection_id,
            name: None,
            provider,
            group_role_mappings: None,
        }
    }
}
/// Spec: `#/paths/~1directories/post/requestBody/content/application~1json/schema/properties/group_role_mappings/items`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateDirectoryBodyGroupRoleMappingsItem {
    /// The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_group_id: Option<String>,
    /// The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_group_id: Option<String>,
    /// Optional display name for the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_group_display_name: Option<String>,
    /// The legacy name for `directory_group_display_name`. Send either one, or both with the same value; sending both with different values is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_group_display_name: Option<String>,
    /// The organization role ID to assign to members of the group.
    pub role_id: String,
    /// The precedence for this mapping. If omitted, precedence is assigned by array order.
    ///
    /// Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<i64>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    CreateDirectoryBodyGroupRoleMappingsItem { directory_group_id("directory_group_id",
    default), scim_group_id("scim_group_id", default),
    directory_group_display_name("directory_group_display_name", default),
    scim_group_display_name("scim_group_display_name", default), role_id("role_id",
    required), precedence("precedence", default), }
);
#[cfg(feature = "directories")]
impl CreateDirectoryBodyGroupRoleMappingsItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role_id: String) -> Self {
        Self {
            directory_group_id: None,
            scim_group_id: None,
            directory_group_display_name: None,
            scim_group_display_name: None,
            role_id,
            precedence: None,
        }
    }
}
/// Spec: `#/paths/~1directories~1{directory_id}~1group_role_mappings/post/requestBody/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateDirectoryGroupRoleMappingBody {
    /// The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_group_id: Option<String>,
    /// The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_group_id: Option<String>,
    /// The ID of the organization role to assign to members of the group.
    pub role_id: String,
    /// The precedence for this mapping. Lower values take priority when a user belongs
    /// to multiple mapped groups. If omitted, the mapping is appended with the
    /// next-highest precedence.
    ///
    /// Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<i64>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    CreateDirectoryGroupRoleMappingBody { directory_group_id("directory_group_id",
    default), scim_group_id("scim_group_id", default), role_id("role_id", required),
    precedence("precedence", default), }
);
#[cfg(feature = "directories")]
impl CreateDirectoryGroupRoleMappingBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role_id: String) -> Self {
        Self {
            directory_group_id: None,
            scim_group_id: None,
            role_id,
            precedence: None,
        }
    }
}
/// Spec: `#/paths/~1email_addresses/post/requestBody/content/application~1json/schema`
#[cfg(feature = "email-addresses")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEmailAddressBody {
    /// The ID representing the user
    pub user_id: String,
    /// The new email address. Must adhere to the RFC 5322 specification for email address format.
    pub email_address: String,
    /// When created, the email address will be marked as verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Create this email address as the primary email address for the user.
    /// Default: false, unless it is the first email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// If set to `true` and the email address is created as the user's new primary,
    /// the previous primary email address is notified of the change.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_primary_email_address_changed: Option<bool>,
}
#[cfg(feature = "email-addresses")]
sdkgen_runtime::deserialize_map!(
    CreateEmailAddressBody { user_id("user_id", required), email_address("email_address",
    required), verified("verified", default), primary("primary", default),
    notify_primary_email_address_changed("notify_primary_email_address_changed",
    default), }
);
#[cfg(feature = "email-addresses")]
impl CreateEmailAddressBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String, email_address: String) -> Self {
        Self {
            user_id,
            email_address,
            verified: None,
            primary: None,
            notify_primary_email_address_changed: None,
        }
    }
}
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBody {
    /// The display name of the connection
    pub name: String,
    /// The identity provider (e.g. saml_custom, oidc_custom, oidc_github_enterprise, oidc_gitlab)
    pub provider: CreateEnterpriseConnectionBodyProvider,
    /// Domains associated with the enterprise connection (required; at least one). Values are normalized to lowercase. Each domain must be a valid fully qualified domain name.
    pub domains: Vec<String>,
    /// Organization ID when the connection is linked to an organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Whether this connection supports account linking via organization membership
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_organization_account_linking: Option<bool>,
    /// Whether the enterprise connection is active. When true, IdP metadata must be provided via the `saml` object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// SAML connection-specific properties. Only applied when the enterprise connection uses SAML (e.g. provider is saml_custom).
    /// Use this to set IdP configuration, attribute mapping, and other SAML-specific settings at creation time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<CreateEnterpriseConnectionBodySaml>,
    /// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. provider is oidc_custom, oidc_github_enterprise, or oidc_gitlab).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oidc: Option<CreateEnterpriseConnectionBodyOidc>,
    /// Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning. Requires the custom attributes feature to be enabled for the instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<
        Vec<CreateEnterpriseConnectionBodyCustomAttributesItem>,
    >,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBody { name("name", required), provider("provider",
    required), domains("domains", required), organization_id("organization_id", default),
    allow_organization_account_linking("allow_organization_account_linking", default),
    active("active", default), saml("saml", default), oidc("oidc", default),
    custom_attributes("custom_attributes", default), }
);
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        name: String,
        provider: CreateEnterpriseConnectionBodyProvider,
        domains: Vec<String>,
    ) -> Self {
        Self {
            name,
            provider,
            domains,
            organization_id: None,
            allow_organization_account_linking: None,
            active: None,
            saml: None,
            oidc: None,
            custom_attributes: None,
        }
    }
}
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/custom_attributes/items`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBodyCustomAttributesItem {
    /// Display name for the custom attribute
    pub name: String,
    /// Key used to store the attribute in the user's metadata
    pub key: String,
    /// Path to extract the attribute value from SSO claims
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_path: Option<String>,
    /// GJSON path to extract the attribute value from SCIM user resources
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_path: Option<String>,
    /// The new name for `scim_path`. Send either one, or both with the same value; sending both with different values is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_path: Option<String>,
    /// When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_valued: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBodyCustomAttributesItem { name("name", required),
    key("key", required), sso_path("sso_path", default), scim_path("scim_path", default),
    directory_path("directory_path", default), multi_valued("multi_valued", default), }
);
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBodyCustomAttributesItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, key: String) -> Self {
        Self {
            name,
            key,
            sso_path: None,
            scim_path: None,
            directory_path: None,
            multi_valued: None,
        }
    }
}
/// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. provider is oidc_custom, oidc_github_enterprise, or oidc_gitlab).
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/oidc`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBodyOidc {
    /// OIDC client ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// OIDC client secret
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
    /// OIDC discovery URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discovery_url: Option<String>,
    /// OIDC authorization URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_url: Option<String>,
    /// OIDC token URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_url: Option<String>,
    /// OIDC userinfo URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_info_url: Option<String>,
    /// Whether PKCE is required (must be true for public clients with no client secret)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requires_pkce: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBodyOidc { client_id("client_id", default),
    client_secret("client_secret", default), discovery_url("discovery_url", default),
    auth_url("auth_url", default), token_url("token_url", default),
    user_info_url("user_info_url", default), requires_pkce("requires_pkce", default), }
);
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBodyOidc {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            client_id: None,
            client_secret: None,
            discovery_url: None,
            auth_url: None,
            token_url: None,
            user_info_url: None,
            requires_pkce: None,
        }
    }
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateEnterpriseConnectionBodyOidc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateEnterpriseConnectionBodyOidc")
            .field("client_id", &self.client_id)
            .field("client_secret", &sdkgen_runtime::Redacted)
            .field("discovery_url", &self.discovery_url)
            .field("auth_url", &self.auth_url)
            .field("token_url", &self.token_url)
            .field("user_info_url", &self.user_info_url)
            .field("requires_pkce", &self.requires_pkce)
            .finish()
    }
}
/// The identity provider (e.g. saml_custom, oidc_custom, oidc_github_enterprise, oidc_gitlab)
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/provider`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateEnterpriseConnectionBodyProvider {
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
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBodyProvider {
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
#[cfg(feature = "enterprise-connections")]
impl From<&str> for CreateEnterpriseConnectionBodyProvider {
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
#[cfg(feature = "enterprise-connections")]
impl From<String> for CreateEnterpriseConnectionBodyProvider {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Display for CreateEnterpriseConnectionBodyProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl Serialize for CreateEnterpriseConnectionBodyProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl<'de> Deserialize<'de> for CreateEnterpriseConnectionBodyProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// SAML connection-specific properties. Only applied when the enterprise connection uses SAML (e.g. provider is saml_custom).
/// Use this to set IdP configuration, attribute mapping, and other SAML-specific settings at creation time.
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/saml`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBodySaml {
    /// IdP entity ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_entity_id: Option<String>,
    /// IdP SSO URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_sso_url: Option<String>,
    /// IdP certificate (PEM)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate: Option<String>,
    /// URL to IdP metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata_url: Option<String>,
    /// Raw IdP metadata XML
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata: Option<String>,
    /// Attribute mapping for SAML attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<CreateEnterpriseConnectionBodySamlAttributeMapping>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<CreateEnterpriseConnectionBodySamlLoginHint>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBodySaml { idp_entity_id("idp_entity_id", default),
    idp_sso_url("idp_sso_url", default), idp_certificate("idp_certificate", default),
    idp_metadata_url("idp_metadata_url", default), idp_metadata("idp_metadata", default),
    attribute_mapping("attribute_mapping", default), allow_subdomains("allow_subdomains",
    default), allow_idp_initiated("allow_idp_initiated", default),
    force_authn("force_authn", default), login_hint("login_hint", default), }
);
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBodySaml {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            idp_entity_id: None,
            idp_sso_url: None,
            idp_certificate: None,
            idp_metadata_url: None,
            idp_metadata: None,
            attribute_mapping: None,
            allow_subdomains: None,
            allow_idp_initiated: None,
            force_authn: None,
            login_hint: None,
        }
    }
}
/// Attribute mapping for SAML attributes
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/saml/properties/attribute_mapping`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBodySamlAttributeMapping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBodySamlAttributeMapping { user_id("user_id", default),
    email_address("email_address", default), first_name("first_name", default),
    last_name("last_name", default), }
);
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionBodySamlAttributeMapping {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            user_id: None,
            email_address: None,
            first_name: None,
            last_name: None,
        }
    }
}
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/saml/properties/login_hint`
#[cfg(any(feature = "enterprise-connections", feature = "saml-connections"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateEnterpriseConnectionBodySamlLoginHint {
    /// Controls the login_hint sent to the IdP on SSO sign-in
    pub mode: CreateEnterpriseConnectionBodySamlLoginHintMode,
    /// The user public_metadata key whose value is sent as the login_hint when mode is custom_attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
#[cfg(any(feature = "enterprise-connections", feature = "saml-connections"))]
sdkgen_runtime::deserialize_map!(
    CreateEnterpriseConnectionBodySamlLoginHint { mode("mode", required),
    source("source", default), }
);
#[cfg(any(feature = "enterprise-connections", feature = "saml-connections"))]
impl CreateEnterpriseConnectionBodySamlLoginHint {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(mode: CreateEnterpriseConnectionBodySamlLoginHintMode) -> Self {
        Self { mode, source: None }
    }
}
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1enterprise_connections/post/requestBody/content/application~1json/schema/properties/saml/properties/login_hint/properties/mode`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateEnterpriseConnectionBodySamlLoginHintMode {
    /// `email_address`
    EmailAddress,
    /// `custom_attribute`
    CustomAttribute,
    /// `off`
    Off,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateEnterpriseConnectionBodySamlLoginHintMode {
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
impl From<&str> for CreateEnterpriseConnectionBodySamlLoginHintMode {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            "custom_attribute" => Self::CustomAttribute,
            "off" => Self::Off,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateEnterpriseConnectionBodySamlLoginHintMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateEnterpriseConnectionBodySamlLoginHintMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateEnterpriseConnectionBodySamlLoginHintMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateEnterpriseConnectionBodySamlLoginHintMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1invitations/post/requestBody/content/application~1json/schema`
#[cfg(feature = "invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateInvitationBody {
    /// The email address the invitation will be sent to
    pub email_address: String,
    /// Metadata that will be attached to the newly created invitation.
    /// The value of this property should be a well-formed JSON object.
    /// Once the user accepts the invitation and signs up, these metadata will end up in the user's public metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Optional URL which specifies where to redirect the user once they click the invitation link.
    /// This is only required if you have implemented a [custom flow](https://clerk.com/docs/authentication/invitations#custom-flow) and you're not using Clerk Hosted Pages or Clerk Components.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_existing: Option<bool>,
    /// The number of days the invitation will be valid for. By default, the invitation expires after 30 days.
    ///
    /// Minimum: `1`. Maximum: `365`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<i64>,
    /// The slug of the email template to use for the invitation email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_slug: Option<CreateInvitationBodyTemplateSlug>,
}
#[cfg(feature = "invitations")]
sdkgen_runtime::deserialize_map!(
    CreateInvitationBody { email_address("email_address", required),
    public_metadata("public_metadata", default), redirect_url("redirect_url", default),
    notify("notify", default), ignore_existing("ignore_existing", default),
    expires_in_days("expires_in_days", default), template_slug("template_slug", default),
    }
);
#[cfg(feature = "invitations")]
impl CreateInvitationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self {
            email_address,
            public_metadata: None,
            redirect_url: None,
            notify: None,
            ignore_existing: None,
            expires_in_days: None,
            template_slug: None,
        }
    }
}
/// The slug of the email template to use for the invitation email.
///
/// Spec: `#/paths/~1invitations/post/requestBody/content/application~1json/schema/properties/template_slug`
#[cfg(feature = "invitations")]
pub type CreateInvitationBodyTemplateSlug = CreateBulkInvitationsBodyItemTemplateSlug;
/// Spec: `#/paths/~1jwt_templates/post/requestBody/content/application~1json/schema`
#[cfg(feature = "jwt-templates")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateJwtTemplateBody {
    /// JWT template name
    pub name: String,
    /// JWT template claims in JSON format
    pub claims: serde_json::Map<String, serde_json::Value>,
    /// JWT lifetime
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lifetime: Option<i64>,
    /// JWT allowed clock skew
    ///
    /// Minimum: `0`. Maximum: `300`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_clock_skew: Option<i64>,
    /// Whether a custom signing key/algorithm is also provided for this template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_signing_key: Option<bool>,
    /// The custom signing algorithm to use when minting JWTs. Required if `custom_signing_key` is `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_algorithm: Option<String>,
    /// The custom signing private key to use when minting JWTs. Required if `custom_signing_key` is `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signing_key: Option<String>,
}
#[cfg(feature = "jwt-templates")]
sdkgen_runtime::deserialize_map!(
    CreateJwtTemplateBody { name("name", required), claims("claims", required),
    lifetime("lifetime", default), allowed_clock_skew("allowed_clock_skew", default),
    custom_signing_key("custom_signing_key", default),
    signing_algorithm("signing_algorithm", default), signing_key("signing_key", default),
    }
);
#[cfg(feature = "jwt-templates")]
impl CreateJwtTemplateBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        name: String,
        claims: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            name,
            claims,
            lifetime: None,
            allowed_clock_skew: None,
            custom_signing_key: None,
            signing_algorithm: None,
            signing_key: None,
        }
    }
}
/// Spec: `#/paths/~1m2m_tokens/post/requestBody/content/application~1json/schema`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateM2mTokenBody {
    /// Default: `"opaque"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_format: Option<CreateM2mTokenBodyTokenFormat>,
    /// Minimum: `0` (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds_until_expiration: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    /// Enables server-side token reuse for opaque-format tokens. When set, if a non-revoked, non-expired M2M token already exists for this machine with identical `claims` and `scopes` and at least this many seconds of remaining lifetime, that existing token is returned and no new token is minted.
    ///
    /// Use this when caching tokens in application memory across requests is impractical — for example, in serverless functions, short-lived job workers, or autoscaling containers that churn faster than the token TTL. Pooling at the server collapses many redundant create calls into reuse of a single live token, which is the recommended pattern for high-volume M2M traffic.
    ///
    /// Must be strictly less than the effective token lifetime — that is, `seconds_until_expiration` when provided, or the machine's default TTL otherwise. A value greater than or equal to the lifetime is rejected with a 400, since no freshly-minted token would ever satisfy the requirement.
    ///
    /// Only applies to opaque-format tokens (`token_format` defaults to `opaque`). JWT-format tokens are stateless and are never deduplicated.
    ///
    /// Minimum: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_remaining_ttl_seconds: Option<i64>,
}
#[cfg(feature = "m2m")]
sdkgen_runtime::deserialize_map!(
    CreateM2mTokenBody { token_format("token_format", default),
    seconds_until_expiration("seconds_until_expiration", default), claims("claims",
    default), min_remaining_ttl_seconds("min_remaining_ttl_seconds", default), }
);
#[cfg(feature = "m2m")]
impl CreateM2mTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            token_format: None,
            seconds_until_expiration: None,
            claims: None,
            min_remaining_ttl_seconds: None,
        }
    }
}
/// Spec: `#/paths/~1m2m_tokens/post/requestBody/content/application~1json/schema/properties/token_format`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateM2mTokenBodyTokenFormat {
    /// `opaque`
    Opaque,
    /// `jwt`
    Jwt,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "m2m")]
impl CreateM2mTokenBodyTokenFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Opaque => "opaque",
            Self::Jwt => "jwt",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "m2m")]
impl From<&str> for CreateM2mTokenBodyTokenFormat {
    fn from(value: &str) -> Self {
        match value {
            "opaque" => Self::Opaque,
            "jwt" => Self::Jwt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "m2m")]
impl From<String> for CreateM2mTokenBodyTokenFormat {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "m2m")]
impl std::fmt::Display for CreateM2mTokenBodyTokenFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "m2m")]
impl Serialize for CreateM2mTokenBodyTokenFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "m2m")]
impl<'de> Deserialize<'de> for CreateM2mTokenBodyTokenFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `createM2MToken` can answer with.
///
/// Spec: `#/paths/~1m2m_tokens/post/responses`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum CreateM2mTokenError {
    CreateM2mTokenResponse400(CreateM2mTokenResponse400),
    CreateM2mTokenResponse409(CreateM2mTokenResponse409),
}
/// Spec: `#/paths/~1m2m_tokens/post/responses/201/content/application~1json/schema`
#[cfg(feature = "m2m")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateM2mTokenResponse {
    #[serde(default)]
    pub object: CreateM2mTokenResponseObject,
    pub id: String,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    /// Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    pub token: String,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the token will expire, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    /// The timestamp for when the token was last used, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<f64>,
    /// The timestamp for when the token was created, in milliseconds
    pub created_at: f64,
    /// The timestamp for when the token was last updated, in milliseconds
    pub updated_at: f64,
}
#[cfg(feature = "m2m")]
sdkgen_runtime::deserialize_map!(
    CreateM2mTokenResponse { object("object", default), id("id", required),
    subject("subject", required), claims("claims", default), scopes("scopes", default),
    token("token", required), revoked("revoked", required),
    revocation_reason("revocation_reason", default), expired("expired", required),
    expiration("expiration", default), last_used_at("last_used_at", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
#[cfg(feature = "m2m")]
impl std::fmt::Debug for CreateM2mTokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateM2mTokenResponse")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("subject", &self.subject)
            .field("claims", &self.claims)
            .field("scopes", &self.scopes)
            .field("token", &sdkgen_runtime::Redacted)
            .field("revoked", &self.revoked)
            .field("revocation_reason", &self.revocation_reason)
            .field("expired", &self.expired)
            .field("expiration", &self.expiration)
            .field("last_used_at", &self.last_used_at)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/paths/~1m2m_tokens/post/responses/400/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type CreateM2mTokenResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type CreateM2mTokenResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens/post/responses/409/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type CreateM2mTokenResponse409 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens/post/responses/409/content/application~1json/schema/properties/errors/items`
pub type CreateM2mTokenResponse409ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens/post/responses/201/content/application~1json/schema/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateM2mTokenResponseObject {
    /// `machine_to_machine_token`
    MachineToMachineToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateM2mTokenResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MachineToMachineToken => "machine_to_machine_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for CreateM2mTokenResponseObject {
    fn default() -> Self {
        Self::MachineToMachineToken
    }
}
impl From<&str> for CreateM2mTokenResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "machine_to_machine_token" => Self::MachineToMachineToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateM2mTokenResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateM2mTokenResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateM2mTokenResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateM2mTokenResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1machines/post/requestBody/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateMachineBody {
    /// The name of the machine
    pub name: String,
    /// Array of machine IDs that this machine will have access to. Maximum of 150 scopes per machine.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoped_machines: Option<Vec<String>>,
    /// The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second.
    ///
    /// Default: `3600`. Minimum: `1`. Maximum: `315360000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_ttl: Option<i64>,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    CreateMachineBody { name("name", required), scoped_machines("scoped_machines",
    default), default_token_ttl("default_token_ttl", default), }
);
#[cfg(feature = "machines")]
impl CreateMachineBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String) -> Self {
        Self {
            name,
            scoped_machines: None,
            default_token_ttl: None,
        }
    }
}
/// Spec: `#/paths/~1machines~1{machine_id}~1scopes/post/requestBody/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateMachineScopeBody {
    /// The ID of the machine that will be scoped to the current machine
    pub to_machine_id: String,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    CreateMachineScopeBody { to_machine_id("to_machine_id", required), }
);
#[cfg(feature = "machines")]
impl CreateMachineScopeBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(to_machine_id: String) -> Self {
        Self { to_machine_id }
    }
}
/// Spec: `#/paths/~1oauth_applications/post/requestBody/content/application~1json/schema`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOAuthApplicationBody {
    /// The name of the new OAuth application.
    /// Max length: 256
    pub name: String,
    /// An array of redirect URIs of the new OAuth application
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_uris: Option<Vec<String>>,
    /// The callback URL of the new OAuth application
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces.
    ///
    /// Default: `"profile email"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<String>,
    /// True to enable a consent screen to display in the authentication flow.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub consent_screen_enabled: Option<bool>,
    /// True to require the Proof Key of Code Exchange (PKCE) flow.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pkce_required: Option<bool>,
    /// If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public: Option<bool>,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    CreateOAuthApplicationBody { name("name", required), redirect_uris("redirect_uris",
    default), callback_url("callback_url", default), scopes("scopes", default),
    consent_screen_enabled("consent_screen_enabled", default),
    pkce_required("pkce_required", default), public("public", default), }
);
#[cfg(feature = "oauth-applications")]
impl CreateOAuthApplicationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String) -> Self {
        Self {
            name,
            redirect_uris: None,
            callback_url: None,
            scopes: None,
            consent_screen_enabled: None,
            pkce_required: None,
            public: None,
        }
    }
}
/// Spec: `#/paths/~1organizations/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOrganizationBody {
    /// The name of the new organization.
    /// May not contain URLs or HTML.
    /// Max length: 256
    pub name: String,
    /// The ID of the User who will become the administrator for the new organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Metadata saved on the organization, accessible only from the Backend API
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization, read-only from the Frontend API and fully accessible (read/write) from the Backend API
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// A slug for the new organization.
    /// Can contain only lowercase alphanumeric characters and the dash "-".
    /// Must be unique for the instance.
    /// This field should only be included when slugs are enabled in the organization settings, refer to our [documentation](https://clerk.com/docs/guides/organizations/overview#organization-slugs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// The maximum number of memberships allowed for this organization
    ///
    /// Minimum: `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_allowed_memberships: Option<i64>,
    /// A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_set_key: Option<String>,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationBody { name("name", required), created_by("created_by", default),
    private_metadata("private_metadata", default), public_metadata("public_metadata",
    default), slug("slug", default), max_allowed_memberships("max_allowed_memberships",
    default), created_at("created_at", default), role_set_key("role_set_key", default), }
);
#[cfg(feature = "organizations")]
impl CreateOrganizationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String) -> Self {
        Self {
            name,
            created_by: None,
            private_metadata: None,
            public_metadata: None,
            slug: None,
            max_allowed_memberships: None,
            created_at: None,
            role_set_key: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1domains/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateOrganizationDomainBody {
    /// The name of the new domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enrollment_mode: Option<String>,
    /// The status of domain's verification. Defaults to true
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
}
#[cfg(feature = "organization-domains")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationDomainBody { name("name", default),
    enrollment_mode("enrollment_mode", default), verified("verified", default), }
);
#[cfg(feature = "organization-domains")]
impl CreateOrganizationDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            enrollment_mode: None,
            verified: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1invitations/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOrganizationInvitationBody {
    /// The email address of the new member that is going to be invited to the organization
    pub email_address: String,
    /// The ID of the user that invites the new member to the organization.
    /// Must be an administrator in the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_user_id: Option<String>,
    /// The role of the new member in the organization
    pub role: String,
    /// Metadata saved on the organization invitation, read-only from the Frontend API and fully accessible (read/write) from the Backend API.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization invitation, fully accessible (read/write) from the Backend API but not visible from the Frontend API.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Optional URL that the invitee will be redirected to once they accept the invitation by clicking the join link in the invitation email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub redirect_url: Option<String>,
    /// The number of days the invitation will be valid for. By default, the invitation has a 30 days expire.
    ///
    /// Minimum: `1`. Maximum: `365`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<i64>,
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
}
#[cfg(feature = "organization-invitations")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationInvitationBody { email_address("email_address", required),
    inviter_user_id("inviter_user_id", default), role("role", required),
    public_metadata("public_metadata", default), private_metadata("private_metadata",
    default), redirect_url("redirect_url", default), expires_in_days("expires_in_days",
    default), notify("notify", default), }
);
#[cfg(feature = "organization-invitations")]
impl CreateOrganizationInvitationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String, role: String) -> Self {
        Self {
            email_address,
            inviter_user_id: None,
            role,
            public_metadata: None,
            private_metadata: None,
            redirect_url: None,
            expires_in_days: None,
            notify: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1invitations~1bulk/post/requestBody/content/application~1json/schema/items`
#[cfg(feature = "organization-invitations")]
pub type CreateOrganizationInvitationBulkBodyItem = CreateOrganizationInvitationBody;
/// Spec: `#/paths/~1organizations~1{organization_id}~1memberships/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-memberships")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOrganizationMembershipBody {
    /// The ID of the user that will be added as a member in the organization.
    /// The user needs to exist in the same instance as the organization and must not be a member of the given organization already.
    pub user_id: String,
    /// The role that the new member will have in the organization.
    pub role: String,
    /// Metadata saved on the organization membership, that is visible to both your frontend and backend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization membership that is only visible to your backend.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "organization-memberships")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationMembershipBody { user_id("user_id", required), role("role",
    required), public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), }
);
#[cfg(feature = "organization-memberships")]
impl CreateOrganizationMembershipBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String, role: String) -> Self {
        Self {
            user_id,
            role,
            public_metadata: None,
            private_metadata: None,
        }
    }
}
/// Spec: `#/paths/~1organization_permissions/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-permissions")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOrganizationPermissionBody {
    /// The name of the permission.
    pub name: String,
    /// The key of the permission. Must have the format "org:feature:action" where feature and action are segments consisting of lowercase letters, digits, or underscores, for example "org:billing:manage" or "org:team:read". Cannot begin with "org:sys_" as that prefix is reserved for system permissions.
    pub key: String,
    /// A description of the permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
#[cfg(feature = "organization-permissions")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationPermissionBody { name("name", required), key("key", required),
    description("description", default), }
);
#[cfg(feature = "organization-permissions")]
impl CreateOrganizationPermissionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, key: String) -> Self {
        Self {
            name,
            key,
            description: None,
        }
    }
}
/// Spec: `#/paths/~1organization_roles/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-roles")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateOrganizationRoleBody {
    /// The name of the new organization role
    pub name: String,
    /// A unique key for the organization role. Must start with 'org:' and contain only lowercase alphanumeric characters and underscores.
    pub key: String,
    /// Optional description for the role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Array of permission IDs to assign to the role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub permissions: Option<Vec<String>>,
    /// Whether this role should be included in the initial role set
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub include_in_initial_role_set: Option<bool>,
}
#[cfg(feature = "organization-roles")]
sdkgen_runtime::deserialize_map!(
    CreateOrganizationRoleBody { name("name", required), key("key", required),
    description("description", default), permissions("permissions", default),
    include_in_initial_role_set("include_in_initial_role_set", default), }
);
#[cfg(feature = "organization-roles")]
impl CreateOrganizationRoleBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, key: String) -> Self {
        Self {
            name,
            key,
            description: None,
            permissions: None,
            include_in_initial_role_set: None,
        }
    }
}
/// Spec: `#/paths/~1phone_numbers/post/requestBody/content/application~1json/schema`
#[cfg(feature = "phone-numbers")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreatePhoneNumberBody {
    /// The ID representing the user
    pub user_id: String,
    /// The new phone number. Must adhere to the E.164 standard for phone number format.
    pub phone_number: String,
    /// When created, the phone number will be marked as verified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    /// Create this phone number as the primary phone number for the user. Default: false, unless it is the first phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
    /// Create this phone number as reserved for multi-factor authentication. The phone number must also be verified.
    /// If there are no other reserved second factors, the phone number will be set as the default second factor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for_second_factor: Option<bool>,
}
#[cfg(feature = "phone-numbers")]
sdkgen_runtime::deserialize_map!(
    CreatePhoneNumberBody { user_id("user_id", required), phone_number("phone_number",
    required), verified("verified", default), primary("primary", default),
    reserved_for_second_factor("reserved_for_second_factor", default), }
);
#[cfg(feature = "phone-numbers")]
impl CreatePhoneNumberBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String, phone_number: String) -> Self {
        Self {
            user_id,
            phone_number,
            verified: None,
            primary: None,
            reserved_for_second_factor: None,
        }
    }
}
/// Spec: `#/paths/~1redirect_urls/post/requestBody/content/application~1json/schema`
#[cfg(feature = "redirect-urls")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateRedirectUrlBody {
    /// The full URL value prefixed with `https://` or a custom scheme e.g. `"https://my-app.com/oauth-callback"` or `"my-app://oauth-callback"`
    pub url: String,
}
#[cfg(feature = "redirect-urls")]
sdkgen_runtime::deserialize_map!(CreateRedirectUrlBody { url("url", required), });
#[cfg(feature = "redirect-urls")]
impl CreateRedirectUrlBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(url: String) -> Self {
        Self { url }
    }
}
/// Spec: `#/paths/~1role_sets/post/requestBody/content/application~1json/schema`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateRoleSetBody {
    /// The name of the new role set
    pub name: String,
    /// A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores.
    /// If not provided, a key will be generated from the name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Optional description for the role set
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The key of the role to use as the default role for new organization members.
    /// Must be one of the roles in the `roles` array.
    pub default_role_key: String,
    /// The key of the role to assign to organization creators.
    /// Must be one of the roles in the `roles` array.
    pub creator_role_key: String,
    /// The type of the role set. "initial" role sets are the default for new organizations.
    /// Only one role set can be "initial" per instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CreateRoleSetBodyType>,
    /// Array of role keys to include in the role set.
    /// Must contain at least one role and no more than 10 roles.
    pub roles: Vec<String>,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    CreateRoleSetBody { name("name", required), key("key", default),
    description("description", default), default_role_key("default_role_key", required),
    creator_role_key("creator_role_key", required), r#type("type", default),
    roles("roles", required), }
);
#[cfg(feature = "role-sets")]
impl CreateRoleSetBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        name: String,
        default_role_key: String,
        creator_role_key: String,
        roles: Vec<String>,
    ) -> Self {
        Self {
            name,
            key: None,
            description: None,
            default_role_key,
            creator_role_key,
            r#type: None,
            roles,
        }
    }
}
/// The type of the role set. "initial" role sets are the default for new organizations.
/// Only one role set can be "initial" per instance.
///
/// Spec: `#/paths/~1role_sets/post/requestBody/content/application~1json/schema/properties/type`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateRoleSetBodyType {
    /// `initial`
    Initial,
    /// `custom`
    Custom,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "role-sets")]
impl CreateRoleSetBodyType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Initial => "initial",
            Self::Custom => "custom",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<&str> for CreateRoleSetBodyType {
    fn from(value: &str) -> Self {
        match value {
            "initial" => Self::Initial,
            "custom" => Self::Custom,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<String> for CreateRoleSetBodyType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl std::fmt::Display for CreateRoleSetBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl Serialize for CreateRoleSetBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl<'de> Deserialize<'de> for CreateRoleSetBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1saml_connections/post/requestBody/content/application~1json/schema`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateSamlConnectionBody {
    /// The name to use as a label for this SAML Connection
    pub name: String,
    /// The domain of your organization. Sign in flows using an email with this domain, will use this SAML Connection.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The domains of your organization. Sign in flows using an email with one of these domains, will use this SAML Connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    /// The IdP provider of the connection.
    pub provider: CreateSamlConnectionBodyProvider,
    /// The Entity ID as provided by the IdP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_entity_id: Option<String>,
    /// The Single-Sign On URL as provided by the IdP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_sso_url: Option<String>,
    /// The X.509 certificate as provided by the IdP
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate: Option<String>,
    /// The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata_url: Option<String>,
    /// The XML content of the IdP metadata file. If present, it takes priority over the corresponding individual properties
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata: Option<String>,
    /// The ID of the organization to which users of this SAML Connection will be added
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Define the attribute name mapping between Identity Provider and Clerk's user properties
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<CreateSamlConnectionBodyAttributeMapping>,
    /// Enable or deactivate ForceAuthn
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<CreateSamlConnectionBodyLoginHint>,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    CreateSamlConnectionBody { name("name", required), domain("domain", default),
    domains("domains", default), provider("provider", required),
    idp_entity_id("idp_entity_id", default), idp_sso_url("idp_sso_url", default),
    idp_certificate("idp_certificate", default), idp_metadata_url("idp_metadata_url",
    default), idp_metadata("idp_metadata", default), organization_id("organization_id",
    default), attribute_mapping("attribute_mapping", default), force_authn("force_authn",
    default), login_hint("login_hint", default), }
);
#[cfg(feature = "saml-connections")]
impl CreateSamlConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(name: String, provider: CreateSamlConnectionBodyProvider) -> Self {
        Self {
            name,
            domain: None,
            domains: None,
            provider,
            idp_entity_id: None,
            idp_sso_url: None,
            idp_certificate: None,
            idp_metadata_url: None,
            idp_metadata: None,
            organization_id: None,
            attribute_mapping: None,
            force_authn: None,
            login_hint: None,
        }
    }
}
/// Define the attribute name mapping between Identity Provider and Clerk's user properties
///
/// Spec: `#/paths/~1saml_connections/post/requestBody/content/application~1json/schema/properties/attribute_mapping`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateSamlConnectionBodyAttributeMapping {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    CreateSamlConnectionBodyAttributeMapping { user_id("user_id", default),
    email_address("email_address", default), first_name("first_name", default),
    last_name("last_name", default), }
);
#[cfg(feature = "saml-connections")]
impl CreateSamlConnectionBodyAttributeMapping {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            user_id: None,
            email_address: None,
            first_name: None,
            last_name: None,
        }
    }
}
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1saml_connections/post/requestBody/content/application~1json/schema/properties/login_hint`
#[cfg(feature = "saml-connections")]
pub type CreateSamlConnectionBodyLoginHint = CreateEnterpriseConnectionBodySamlLoginHint;
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1saml_connections/post/requestBody/content/application~1json/schema/properties/login_hint/properties/mode`
pub type CreateSamlConnectionBodyLoginHintMode = CreateEnterpriseConnectionBodySamlLoginHintMode;
/// The IdP provider of the connection.
///
/// Spec: `#/paths/~1saml_connections/post/requestBody/content/application~1json/schema/properties/provider`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSamlConnectionBodyProvider {
    /// `saml_custom`
    SamlCustom,
    /// `saml_okta`
    SamlOkta,
    /// `saml_google`
    SamlGoogle,
    /// `saml_microsoft`
    SamlMicrosoft,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "saml-connections")]
impl CreateSamlConnectionBodyProvider {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlCustom => "saml_custom",
            Self::SamlOkta => "saml_okta",
            Self::SamlGoogle => "saml_google",
            Self::SamlMicrosoft => "saml_microsoft",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "saml-connections")]
impl From<&str> for CreateSamlConnectionBodyProvider {
    fn from(value: &str) -> Self {
        match value {
            "saml_custom" => Self::SamlCustom,
            "saml_okta" => Self::SamlOkta,
            "saml_google" => Self::SamlGoogle,
            "saml_microsoft" => Self::SamlMicrosoft,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "saml-connections")]
impl From<String> for CreateSamlConnectionBodyProvider {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Display for CreateSamlConnectionBodyProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl Serialize for CreateSamlConnectionBodyProvider {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl<'de> Deserialize<'de> for CreateSamlConnectionBodyProvider {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1scim_directories/post/requestBody/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateScimDirectoryBody {
    /// The ID of the enterprise connection to associate with this directory.
    pub enterprise_connection_id: String,
    /// A human-friendly name for the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The identity provider for this directory.
    pub provider: String,
    /// Optional SCIM group to organization role mappings to create with the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_role_mappings: Option<Vec<CreateScimDirectoryBodyGroupRoleMappingsItem>>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    CreateScimDirectoryBody { enterprise_connection_id("enterprise_connection_id",
    required), name("name", default), provider("provider", required),
    group_role_mappings("group_role_mappings", default), }
);
#[cfg(feature = "scim-directories")]
impl CreateScimDirectoryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(enterprise_connection_id: String, provider: String) -> Self {
        Self {
            enterprise_connection_id,
            name: None,
            provider,
            group_role_mappings: None,
        }
    }
}
/// Spec: `#/paths/~1scim_directories/post/requestBody/content/application~1json/schema/properties/group_role_mappings/items`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateScimDirectoryBodyGroupRoleMappingsItem {
    /// The SCIM group ID from the identity provider.
    pub scim_group_id: String,
    /// Optional display name for the SCIM group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_group_display_name: Option<String>,
    /// The organization role ID to assign to members of the SCIM group.
    pub role_id: String,
    /// The precedence for this mapping. If omitted, precedence is assigned by array order.
    ///
    /// Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<i64>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    CreateScimDirectoryBodyGroupRoleMappingsItem { scim_group_id("scim_group_id",
    required), scim_group_display_name("scim_group_display_name", default),
    role_id("role_id", required), precedence("precedence", default), }
);
#[cfg(feature = "scim-directories")]
impl CreateScimDirectoryBodyGroupRoleMappingsItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(scim_group_id: String, role_id: String) -> Self {
        Self {
            scim_group_id,
            scim_group_display_name: None,
            role_id,
            precedence: None,
        }
    }
}
/// Spec: `#/paths/~1scim_directories~1{scim_directory_id}~1group_role_mappings/post/requestBody/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateScimGroupRoleMappingBody {
    /// The SCIM group ID from the identity provider.
    pub scim_group_id: String,
    /// The ID of the organization role to assign to members of the SCIM group.
    pub role_id: String,
    /// The precedence for this mapping. Lower values take priority when a user belongs
    /// to multiple mapped groups. If omitted, the mapping is appended with the
    /// next-highest precedence.
    ///
    /// Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub precedence: Option<i64>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    CreateScimGroupRoleMappingBody { scim_group_id("scim_group_id", required),
    role_id("role_id", required), precedence("precedence", default), }
);
#[cfg(feature = "scim-directories")]
impl CreateScimGroupRoleMappingBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(scim_group_id: String, role_id: String) -> Self {
        Self {
            scim_group_id,
            role_id,
            precedence: None,
        }
    }
}
/// Spec: `#/paths/~1sessions/post/requestBody/content/application~1json/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateSessionBody {
    /// The ID representing the user
    pub user_id: String,
    /// The ID of the organization to set as active for this session
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_organization_id: Option<String>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    CreateSessionBody { user_id("user_id", required),
    active_organization_id("active_organization_id", default), }
);
#[cfg(feature = "sessions")]
impl CreateSessionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String) -> Self {
        Self {
            user_id,
            active_organization_id: None,
        }
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens/post/requestBody/content/application~1json/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateSessionTokenBody {
    /// Use this parameter to override the default session token lifetime.
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    CreateSessionTokenBody { expires_in_seconds("expires_in_seconds", default), }
);
#[cfg(feature = "sessions")]
impl CreateSessionTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { expires_in_seconds: None }
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens~1{template_name}/post/requestBody/content/application~1json/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateSessionTokenFromTemplateBody {
    /// Use this parameter to override the JWT lifetime.
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    CreateSessionTokenFromTemplateBody { expires_in_seconds("expires_in_seconds",
    default), }
);
#[cfg(feature = "sessions")]
impl CreateSessionTokenFromTemplateBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { expires_in_seconds: None }
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens~1{template_name}/post/responses/200/content/application~1json/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateSessionTokenFromTemplateResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<CreateSessionTokenFromTemplateResponseObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jwt: Option<String>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    CreateSessionTokenFromTemplateResponse { object("object", default), jwt("jwt",
    default), }
);
#[cfg(feature = "sessions")]
impl std::fmt::Debug for CreateSessionTokenFromTemplateResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSessionTokenFromTemplateResponse")
            .field("object", &self.object)
            .field("jwt", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens~1{template_name}/post/responses/200/content/application~1json/schema/properties/object`
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateSessionTokenFromTemplateResponseObject {
    /// `token`
    Token,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
impl CreateSessionTokenFromTemplateResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
impl Default for CreateSessionTokenFromTemplateResponseObject {
    fn default() -> Self {
        Self::Token
    }
}
impl From<&str> for CreateSessionTokenFromTemplateResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "token" => Self::Token,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
impl From<String> for CreateSessionTokenFromTemplateResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
impl std::fmt::Display for CreateSessionTokenFromTemplateResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Serialize for CreateSessionTokenFromTemplateResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> Deserialize<'de> for CreateSessionTokenFromTemplateResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens/post/responses/200/content/application~1json/schema`
#[cfg(feature = "sessions")]
pub type CreateSessionTokenResponse = CreateSessionTokenFromTemplateResponse;
/// Spec: `#/paths/~1sessions~1{session_id}~1tokens/post/responses/200/content/application~1json/schema/properties/object`
pub type CreateSessionTokenResponseObject = CreateSessionTokenFromTemplateResponseObject;
/// Spec: `#/paths/~1sign_in_tokens/post/requestBody/content/application~1json/schema`
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateSignInTokenBody {
    /// The ID of the user that can use the newly created sign in token
    pub user_id: String,
    /// The ID of the organization to activate when the user signs in.
    /// Organizations must be enabled for the instance, and the user must be a member of the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    /// Optional parameter to specify the life duration of the sign in token in seconds.
    /// By default, the duration is 30 days.
    ///
    /// Default: `2592000`. Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_in_seconds: Option<i64>,
}
#[cfg(feature = "sign-in-tokens")]
sdkgen_runtime::deserialize_map!(
    CreateSignInTokenBody { user_id("user_id", required), org_id("org_id", default),
    expires_in_seconds("expires_in_seconds", default), }
);
#[cfg(feature = "sign-in-tokens")]
impl CreateSignInTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_id: String) -> Self {
        Self {
            user_id,
            org_id: None,
            expires_in_seconds: None,
        }
    }
}
/// Spec: `#/paths/~1users/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct CreateUserBody {
    /// The ID of the user as used in your external systems or your previous authentication solution.
    /// Must be unique across your instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    /// The first name to assign to the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// The last name to assign to the user
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The locale to assign to the user (e.g., "en-US", "fr-FR")
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Email addresses to add to the user.
    /// Must be unique across your instance.
    /// The first email address will be set as the user's primary email address.
    /// Created verified by default; see `email_address_identification_status` to create them reserved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<Vec<String>>,
    /// Controls the status each email address is created with. Runs parallel to
    /// `email_address`: when provided, it must contain exactly one item per email
    /// address, applied by position. When omitted or empty, every email address is
    /// created `verified`. Set an item to `reserved` to create the corresponding
    /// email address reserved instead (unverified but usable for sign-in and locked
    /// so no other user can claim it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address_identification_status: Option<
        Vec<CreateUserBodyEmailAddressIdentificationStatusItem>,
    >,
    /// Phone numbers to add to the user.
    /// Must be unique across your instance.
    /// The first phone number will be set as the user's primary phone number.
    /// Created verified by default; see `phone_number_identification_status` to create them reserved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<Vec<String>>,
    /// Controls the status each phone number is created with. Runs parallel to
    /// `phone_number`: when provided, it must contain exactly one item per phone
    /// number, applied by position. When omitted or empty, every phone number is
    /// created `verified`. Set an item to `reserved` to create the corresponding
    /// phone number reserved instead (unverified but usable for sign-in and locked
    /// so no other user can claim it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number_identification_status: Option<
        Vec<CreateUserBodyPhoneNumberIdentificationStatusItem>,
    >,
    /// Web3 wallets to add to the user.
    /// Must be unique across your instance.
    /// The first wallet will be set as the user's primary wallet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<Vec<String>>,
    /// The username to give to the user.
    /// It must be unique across your instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The plaintext password to give the user.
    /// Must be at least 8 characters long, and cannot be in any list of hacked passwords.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
    /// In case you already have the password digests and not the passwords, you can use them for the newly created user via this property.
    /// The digests should be generated with one of the supported algorithms.
    /// The hashing algorithm can be specified using the `password_hasher` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_digest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hasher: Option<PasswordHasher>,
    /// When set to `true` all password checks are skipped.
    /// It is recommended to use this method only when migrating plaintext passwords to Clerk.
    /// Upon migration the user base should be prompted to pick stronger password.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_password_checks: Option<bool>,
    /// When set to `true`, `password` is not required anymore when creating the user and can be omitted.
    /// This is useful when you are trying to create a user that doesn't have a password, in an instance that is using passwords.
    /// Please note that you cannot use this flag if password is the only way for a user to sign into your instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_password_requirement: Option<bool>,
    /// In case TOTP is configured on the instance, you can provide the secret to enable it on the newly created user without the need to reset it.
    /// Please note that currently the supported options are:
    /// * Period: 30 seconds
    /// * Code length: 6 digits
    /// * Algorithm: SHA1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// If Backup Codes are configured on the instance, you can provide them to enable it on the newly created user without the need to reset them.
    /// You must provide the backup codes in plain format or the corresponding bcrypt digest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_codes: Option<Vec<String>>,
    /// Metadata saved on the user, that is visible to both your Frontend and Backend APIs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user, that is only visible to your Backend API
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// If enabled, user can delete themselves via FAPI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_self_enabled: Option<bool>,
    /// A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted_at: Option<String>,
    /// When set to `true` all legal checks are skipped.
    /// It is not recommended to skip legal checks unless you are migrating a user to Clerk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_legal_checks: Option<bool>,
    /// When set to `true`, identification types are not enforced.
    /// At least one identification type must be enabled and provided on your instance (email, phone, web3 wallet, or username).
    /// Users created without required identification types cannot use those authentication strategies
    /// It is not recommended to use this flag unless you need to allow Clerk UI components to prompt for required fields while BAPI creates users with minimal data, or for migration a user to Clerk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip_user_requirement: Option<bool>,
    /// If enabled, user can create organizations via FAPI.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_organization_enabled: Option<bool>,
    /// The maximum number of organizations the user can create. 0 means unlimited.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_organizations_limit: Option<i64>,
    /// A custom date/time denoting _when_ the user signed up to the application, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// When set to `true`, the user will bypass Device Trust checks during sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bypass_client_trust: Option<bool>,
    /// When set to `true`, the user is created already banned and cannot sign in.
    /// Requires the same plan support as the ban user endpoint.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// When set to `true`, the user is created already locked.
    /// Requires the user lockout feature to be enabled on the instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked: Option<bool>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    CreateUserBody { external_id("external_id", default), first_name("first_name",
    default), last_name("last_name", default), locale("locale", default),
    email_address("email_address", default),
    email_address_identification_status("email_address_identification_status", default),
    phone_number("phone_number", default),
    phone_number_identification_status("phone_number_identification_status", default),
    web3_wallet("web3_wallet", default), username("username", default),
    password("password", default), password_digest("password_digest", default),
    password_hasher("password_hasher", default),
    skip_password_checks("skip_password_checks", default),
    skip_password_requirement("skip_password_requirement", default),
    totp_secret("totp_secret", default), backup_codes("backup_codes", default),
    public_metadata("public_metadata", default), private_metadata("private_metadata",
    default), unsafe_metadata("unsafe_metadata", default),
    delete_self_enabled("delete_self_enabled", default),
    legal_accepted_at("legal_accepted_at", default),
    skip_legal_checks("skip_legal_checks", default),
    skip_user_requirement("skip_user_requirement", default),
    create_organization_enabled("create_organization_enabled", default),
    create_organizations_limit("create_organizations_limit", default),
    created_at("created_at", default), bypass_client_trust("bypass_client_trust",
    default), banned("banned", default), locked("locked", default), }
);
#[cfg(feature = "users")]
impl CreateUserBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            external_id: None,
            first_name: None,
            last_name: None,
            locale: None,
            email_address: None,
            email_address_identification_status: None,
            phone_number: None,
            phone_number_identification_status: None,
            web3_wallet: None,
            username: None,
            password: None,
            password_digest: None,
            password_hasher: None,
            skip_password_checks: None,
            skip_password_requirement: None,
            totp_secret: None,
            backup_codes: None,
            public_metadata: None,
            private_metadata: None,
            unsafe_metadata: None,
            delete_self_enabled: None,
            legal_accepted_at: None,
            skip_legal_checks: None,
            skip_user_requirement: None,
            create_organization_enabled: None,
            create_organizations_limit: None,
            created_at: None,
            bypass_client_trust: None,
            banned: None,
            locked: None,
        }
    }
}
#[cfg(feature = "users")]
impl std::fmt::Debug for CreateUserBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUserBody")
            .field("external_id", &self.external_id)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("locale", &self.locale)
            .field("email_address", &self.email_address)
            .field(
                "email_address_identification_status",
                &self.email_address_identification_status,
            )
            .field("phone_number", &self.phone_number)
            .field(
                "phone_number_identification_status",
                &self.phone_number_identification_status,
            )
            .field("web3_wallet", &self.web3_wallet)
            .field("username", &self.username)
            .field("password", &sdkgen_runtime::Redacted)
            .field("password_digest", &self.password_digest)
            .field("password_hasher", &self.password_hasher)
            .field("skip_password_checks", &self.skip_password_checks)
            .field("skip_password_requirement", &self.skip_password_requirement)
            .field("totp_secret", &sdkgen_runtime::Redacted)
            .field("backup_codes", &sdkgen_runtime::Redacted)
            .field("public_metadata", &self.public_metadata)
            .field("private_metadata", &self.private_metadata)
            .field("unsafe_metadata", &self.unsafe_metadata)
            .field("delete_self_enabled", &self.delete_self_enabled)
            .field("legal_accepted_at", &self.legal_accepted_at)
            .field("skip_legal_checks", &self.skip_legal_checks)
            .field("skip_user_requirement", &self.skip_user_requirement)
            .field("create_organization_enabled", &self.create_organization_enabled)
            .field("create_organizations_limit", &self.create_organizations_limit)
            .field("created_at", &self.created_at)
            .field("bypass_client_trust", &self.bypass_client_trust)
            .field("banned", &self.banned)
            .field("locked", &self.locked)
            .finish()
    }
}
/// Spec: `#/paths/~1users/post/requestBody/content/application~1json/schema/properties/email_address_identification_status/items`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CreateUserBodyEmailAddressIdentificationStatusItem {
    /// `verified`
    Verified,
    /// `reserved`
    Reserved,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl CreateUserBodyEmailAddressIdentificationStatusItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Reserved => "reserved",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "users")]
impl From<&str> for CreateUserBodyEmailAddressIdentificationStatusItem {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            "reserved" => Self::Reserved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for CreateUserBodyEmailAddressIdentificationStatusItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for CreateUserBodyEmailAddressIdentificationStatusItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for CreateUserBodyEmailAddressIdentificationStatusItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for CreateUserBodyEmailAddressIdentificationStatusItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1users/post/requestBody/content/application~1json/schema/properties/phone_number_identification_status/items`
#[cfg(feature = "users")]
pub type CreateUserBodyPhoneNumberIdentificationStatusItem = CreateUserBodyEmailAddressIdentificationStatusItem;
/// Spec: `#/paths/~1waitlist_entries/post/requestBody/content/application~1json/schema`
#[cfg(feature = "waitlist-entries")]
pub type CreateWaitlistEntryBody = CreateBulkWaitlistEntriesBodyItem;
/// The error bodies operation `deleteApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum DeleteApiKeyError {
    DeleteApiKeyResponse400(DeleteApiKeyResponse400),
    DeleteApiKeyResponse404(DeleteApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DeleteApiKeyResponse {
    pub id: String,
    #[serde(default)]
    pub object: DeleteApiKeyResponseObject,
    /// Allowed values: `true`.
    pub deleted: bool,
}
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    DeleteApiKeyResponse { id("id", required), object("object", default),
    deleted("deleted", required), }
);
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type DeleteApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/400/content/application~1json/schema/properties/errors/items`
pub type DeleteApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type DeleteApiKeyResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/404/content/application~1json/schema/properties/errors/items`
pub type DeleteApiKeyResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/delete/responses/200/content/application~1json/schema/properties/object`
#[cfg(feature = "api-keys")]
pub type DeleteApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1users~1{user_id}~1backup_code/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct DeleteBackupCodeResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    DeleteBackupCodeResponse { user_id("user_id", default), }
);
/// Spec: `#/paths/~1users~1{user_id}~1totp/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "users")]
pub type DeleteTotpResponse = DeleteBackupCodeResponse;
/// Body of the response `#/components/responses/DeletedObject`.
///
/// Spec: `#/components/schemas/DeletedObject`
#[cfg(
    any(
        feature = "allowlist-identifiers",
        feature = "blocklist-identifiers",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "enterprise-connections",
        feature = "jwt-templates",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DeletedObject {
    pub object: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    pub deleted: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}
#[cfg(
    any(
        feature = "allowlist-identifiers",
        feature = "blocklist-identifiers",
        feature = "directories",
        feature = "domains",
        feature = "email-addresses",
        feature = "enterprise-connections",
        feature = "jwt-templates",
        feature = "oauth-applications",
        feature = "organization-domains",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "organizations",
        feature = "phone-numbers",
        feature = "redirect-urls",
        feature = "role-sets",
        feature = "saml-connections",
        feature = "scim-directories",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
sdkgen_runtime::deserialize_map!(
    DeletedObject { object("object", required), id("id", default), slug("slug", default),
    deleted("deleted", required), external_id("external_id", default), }
);
/// Spec: `#/components/schemas/Directories`
#[cfg(feature = "directories")]
pub type Directories = Vec<Directory>;
/// A directory configuration for provisioning users from an identity provider.
///
/// Body of the response `#/components/responses/Directory`.
///
/// Spec: `#/components/schemas/Directory`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Directory {
    /// String representing the object's type. Always "directory".
    #[serde(default)]
    pub object: DirectoryObject,
    /// Unique identifier for the directory.
    pub id: String,
    /// A human-friendly name for the directory.
    pub name: String,
    /// The ID of the associated enterprise connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    /// The provisioning endpoint URL for this directory.
    pub endpoint_url: String,
    /// The identity provider for this directory.
    pub provider: String,
    /// Whether the directory is enabled.
    pub enabled: bool,
    /// Whether group-to-role mapping is enabled for this directory.
    pub group_role_mapping_enabled: bool,
    /// Mapping of user attributes to the directory attribute paths they are extracted from.
    pub attribute_mapping: std::collections::BTreeMap<String, String>,
    /// Custom attributes to map from the IdP to the user's profile via directory sync. Requires the custom attributes feature to be enabled for the instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<Vec<DirectoryCustomAttributesItem>>,
    /// The API key for authenticating provisioning requests. Only returned when the directory is created or the key is rotated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Unix timestamp when the directory was created.
    pub created_at: i64,
    /// Unix timestamp when the directory was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    Directory { object("object", default), id("id", required), name("name", required),
    enterprise_connection_id("enterprise_connection_id", default),
    endpoint_url("endpoint_url", required), provider("provider", required),
    enabled("enabled", required),
    group_role_mapping_enabled("group_role_mapping_enabled", required),
    attribute_mapping("attribute_mapping", required),
    custom_attributes("custom_attributes", default), api_key("api_key", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/Directory/properties/custom_attributes/items`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct DirectoryCustomAttributesItem {
    /// Display name for the custom attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Key used to store the attribute in the user's public/private/unsafe metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Path to extract the attribute value from SSO claims (SAML assertions or OIDC claims)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_path: Option<String>,
    /// The legacy name for `directory_path`. Carries the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_path: Option<String>,
    /// GJSON path to extract the attribute value from directory sync user resources
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_path: Option<String>,
    /// When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_valued: Option<bool>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    DirectoryCustomAttributesItem { name("name", default), key("key", default),
    sso_path("sso_path", default), scim_path("scim_path", default),
    directory_path("directory_path", default), multi_valued("multi_valued", default), }
);
/// A mapping from a directory group to an organization role. Members of the group are assigned the role; the lowest-precedence match wins when a user belongs to multiple mapped groups.
///
/// Body of the response `#/components/responses/DirectoryGroupRoleMapping`.
///
/// Spec: `#/components/schemas/DirectoryGroupRoleMapping`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectoryGroupRoleMapping {
    /// String representing the object's type. Always "directory_group_role_mapping".
    #[serde(default)]
    pub object: DirectoryGroupRoleMappingObject,
    /// Unique identifier for the directory group role mapping.
    pub id: String,
    /// The ID of the directory this mapping belongs to.
    pub directory_id: String,
    /// The legacy name for `directory_id`. Carries the same value.
    pub scim_directory_id: String,
    /// The group ID from the identity provider.
    pub directory_group_id: String,
    /// The legacy name for `directory_group_id`. Carries the same value.
    pub scim_group_id: String,
    /// The display name of the group, as reported by the identity provider.
    pub directory_group_display_name: String,
    /// The legacy name for `directory_group_display_name`. Carries the same value.
    pub scim_group_display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Mapping precedence, starting at 1. Lower values take priority when a user belongs to multiple mapped groups.
    pub precedence: i64,
    /// Unix timestamp (milliseconds) of when the mapping was created.
    pub created_at: i64,
    /// Unix timestamp (milliseconds) of when the mapping was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    DirectoryGroupRoleMapping { object("object", default), id("id", required),
    directory_id("directory_id", required), scim_directory_id("scim_directory_id",
    required), directory_group_id("directory_group_id", required),
    scim_group_id("scim_group_id", required),
    directory_group_display_name("directory_group_display_name", required),
    scim_group_display_name("scim_group_display_name", required), role("role", default),
    precedence("precedence", required), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Body of the response `#/components/responses/DirectoryGroupRoleMapping.Deleted`.
///
/// Spec: `#/components/responses/DirectoryGroupRoleMapping.Deleted/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectoryGroupRoleMappingDeletedResponse {
    /// String representing the object's type.
    #[serde(default)]
    pub object: DirectoryGroupRoleMappingDeletedResponseObject,
    /// The ID of the deleted directory group role mapping.
    pub id: String,
    /// Whether the directory group role mapping was successfully deleted.
    ///
    /// Allowed values: `true`.
    pub deleted: bool,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    DirectoryGroupRoleMappingDeletedResponse { object("object", default), id("id",
    required), deleted("deleted", required), }
);
/// String representing the object's type.
///
/// Spec: `#/components/responses/DirectoryGroupRoleMapping.Deleted/content/application~1json/schema/properties/object`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DirectoryGroupRoleMappingDeletedResponseObject {
    /// `directory_group_role_mapping`
    DirectoryGroupRoleMapping,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "directories")]
impl DirectoryGroupRoleMappingDeletedResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DirectoryGroupRoleMapping => "directory_group_role_mapping",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "directories")]
impl Default for DirectoryGroupRoleMappingDeletedResponseObject {
    fn default() -> Self {
        Self::DirectoryGroupRoleMapping
    }
}
#[cfg(feature = "directories")]
impl From<&str> for DirectoryGroupRoleMappingDeletedResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "directory_group_role_mapping" => Self::DirectoryGroupRoleMapping,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "directories")]
impl From<String> for DirectoryGroupRoleMappingDeletedResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "directories")]
impl std::fmt::Display for DirectoryGroupRoleMappingDeletedResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "directories")]
impl Serialize for DirectoryGroupRoleMappingDeletedResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "directories")]
impl<'de> Deserialize<'de> for DirectoryGroupRoleMappingDeletedResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/DirectoryGroupRoleMapping.List`.
///
/// Spec: `#/components/responses/DirectoryGroupRoleMapping.List/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectoryGroupRoleMappingListResponse {
    pub data: DirectoryGroupRoleMappings,
    /// Total number of directory group role mappings in the directory.
    pub total_count: i64,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    DirectoryGroupRoleMappingListResponse { data("data", required),
    total_count("total_count", required), }
);
/// String representing the object's type. Always "directory_group_role_mapping".
///
/// Spec: `#/components/schemas/DirectoryGroupRoleMapping/properties/object`
#[cfg(feature = "directories")]
pub type DirectoryGroupRoleMappingObject = DirectoryGroupRoleMappingDeletedResponseObject;
/// Spec: `#/components/schemas/DirectoryGroupRoleMappings`
#[cfg(feature = "directories")]
pub type DirectoryGroupRoleMappings = Vec<DirectoryGroupRoleMapping>;
/// Body of the response `#/components/responses/Directory.List`.
///
/// Spec: `#/components/responses/Directory.List/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct DirectoryListResponse {
    pub data: Directories,
    /// Total number of directories.
    pub total_count: i64,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    DirectoryListResponse { data("data", required), total_count("total_count", required),
    }
);
/// String representing the object's type. Always "directory".
///
/// Spec: `#/components/schemas/Directory/properties/object`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DirectoryObject {
    /// `directory`
    Directory,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "directories")]
impl DirectoryObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Directory => "directory",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "directories")]
impl Default for DirectoryObject {
    fn default() -> Self {
        Self::Directory
    }
}
#[cfg(feature = "directories")]
impl From<&str> for DirectoryObject {
    fn from(value: &str) -> Self {
        match value {
            "directory" => Self::Directory,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "directories")]
impl From<String> for DirectoryObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "directories")]
impl std::fmt::Display for DirectoryObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "directories")]
impl Serialize for DirectoryObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "directories")]
impl<'de> Deserialize<'de> for DirectoryObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1mfa/delete/responses/200/content/application~1json/schema`
#[cfg(feature = "users")]
pub type DisableMfaResponse = DeleteBackupCodeResponse;
/// Body of the response `#/components/responses/Domain`.
///
/// Spec: `#/components/schemas/Domain`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Domain {
    #[serde(default)]
    pub object: DomainObject,
    pub id: String,
    pub name: String,
    pub is_satellite: bool,
    pub frontend_api_url: String,
    /// Null for satellite domains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts_portal_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
    pub development_origin: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cname_targets: Option<Vec<CNameTarget>>,
}
#[cfg(feature = "domains")]
sdkgen_runtime::deserialize_map!(
    Domain { object("object", default), id("id", required), name("name", required),
    is_satellite("is_satellite", required), frontend_api_url("frontend_api_url",
    required), accounts_portal_url("accounts_portal_url", default),
    proxy_url("proxy_url", default), development_origin("development_origin", required),
    cname_targets("cname_targets", default), }
);
/// Spec: `#/components/schemas/Domain/properties/object`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DomainObject {
    /// `domain`
    Domain,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "domains")]
impl DomainObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Domain => "domain",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "domains")]
impl Default for DomainObject {
    fn default() -> Self {
        Self::Domain
    }
}
#[cfg(feature = "domains")]
impl From<&str> for DomainObject {
    fn from(value: &str) -> Self {
        match value {
            "domain" => Self::Domain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "domains")]
impl From<String> for DomainObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "domains")]
impl std::fmt::Display for DomainObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "domains")]
impl Serialize for DomainObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "domains")]
impl<'de> Deserialize<'de> for DomainObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Domains`.
///
/// Spec: `#/components/schemas/Domains`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Domains {
    pub data: Vec<Domain>,
    /// Total number of domains
    pub total_count: i64,
}
#[cfg(feature = "domains")]
sdkgen_runtime::deserialize_map!(
    Domains { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/EmailAddress`.
///
/// Spec: `#/components/schemas/EmailAddress`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EmailAddress {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: EmailAddressObject,
    pub email_address: String,
    pub reserved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<EmailAddressVerification>,
    pub linked_to: Vec<IdentificationLink>,
    /// Indicates whether this email address domain matches an active enterprise connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matches_sso_connection: Option<bool>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    EmailAddress { id("id", default), object("object", default),
    email_address("email_address", required), reserved("reserved", required),
    verification("verification", default), linked_to("linked_to", required),
    matches_sso_connection("matches_sso_connection", default), created_at("created_at",
    required), updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/EmailAddress/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EmailAddressObject {
    /// `email_address`
    EmailAddress,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl EmailAddressObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailAddress => "email_address",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for EmailAddressObject {
    fn default() -> Self {
        Self::EmailAddress
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for EmailAddressObject {
    fn from(value: &str) -> Self {
        match value {
            "email_address" => Self::EmailAddress,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for EmailAddressObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for EmailAddressObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for EmailAddressObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for EmailAddressObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/EmailAddress/properties/verification`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum EmailAddressVerification {
    /// `object`: "verification_otp"
    VerificationOtp(VerificationOtp),
    /// `object`: "verification_admin"
    VerificationAdmin(VerificationAdmin),
    /// `object`: "verification_from_oauth"
    VerificationFromOauth(VerificationFromOauth),
    /// `object`: "verification_ticket"
    VerificationTicket(VerificationTicket),
    /// `object`: "verification_saml"
    VerificationSaml(VerificationSaml),
    /// `object`: "verification_email_link"
    VerificationEmailLink(VerificationEmailLink),
    /// `object`: "verification_scim"
    VerificationScim(VerificationScim),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl sdkgen_runtime::TaggedUnion for EmailAddressVerification {
    const NAME: &'static str = "EmailAddressVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_otp") => {
                Deserialize::deserialize(content).map(Self::VerificationOtp)
            }
            Some("verification_admin") => {
                Deserialize::deserialize(content).map(Self::VerificationAdmin)
            }
            Some("verification_from_oauth") => {
                Deserialize::deserialize(content).map(Self::VerificationFromOauth)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::VerificationTicket)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::VerificationSaml)
            }
            Some("verification_email_link") => {
                Deserialize::deserialize(content).map(Self::VerificationEmailLink)
            }
            Some("verification_scim") => {
                Deserialize::deserialize(content).map(Self::VerificationScim)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for EmailAddressVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/EnterpriseAccount`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseAccount {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: EnterpriseAccountObject,
    /// The authentication protocol used to sign in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<EnterpriseAccountProtocol>,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<EnterpriseAccountVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection: Option<EnterpriseAccountConnection>,
    /// Unix timestamp of last authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_at: Option<i64>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    EnterpriseAccount { id("id", required), object("object", default),
    protocol("protocol", default), provider("provider", required), active("active",
    required), email_address("email_address", required), first_name("first_name",
    default), last_name("last_name", default), provider_user_id("provider_user_id",
    default), enterprise_connection_id("enterprise_connection_id", default),
    public_metadata("public_metadata", default), verification("verification", default),
    enterprise_connection("enterprise_connection", default),
    last_authenticated_at("last_authenticated_at", default), }
);
/// Spec: `#/components/schemas/EnterpriseAccountConnection`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseAccountConnection {
    pub id: String,
    pub protocol: String,
    pub provider: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_public_url: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    pub active: bool,
    pub sync_user_attributes: bool,
    pub allow_subdomains: bool,
    pub allow_idp_initiated: bool,
    pub disable_additional_identifications: bool,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    EnterpriseAccountConnection { id("id", required), protocol("protocol", required),
    provider("provider", required), name("name", required),
    logo_public_url("logo_public_url", default), domain("domain", default),
    domains("domains", default), active("active", required),
    sync_user_attributes("sync_user_attributes", required),
    allow_subdomains("allow_subdomains", required),
    allow_idp_initiated("allow_idp_initiated", required),
    disable_additional_identifications("disable_additional_identifications", required),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/EnterpriseAccount/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseAccountObject {
    /// `enterprise_account`
    EnterpriseAccount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl EnterpriseAccountObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnterpriseAccount => "enterprise_account",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for EnterpriseAccountObject {
    fn default() -> Self {
        Self::EnterpriseAccount
    }
}
#[cfg(feature = "users")]
impl From<&str> for EnterpriseAccountObject {
    fn from(value: &str) -> Self {
        match value {
            "enterprise_account" => Self::EnterpriseAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for EnterpriseAccountObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for EnterpriseAccountObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for EnterpriseAccountObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for EnterpriseAccountObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The authentication protocol used to sign in.
///
/// Spec: `#/components/schemas/EnterpriseAccount/properties/protocol`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseAccountProtocol {
    /// `oauth`
    Oauth,
    /// `saml`
    Saml,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl EnterpriseAccountProtocol {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Oauth => "oauth",
            Self::Saml => "saml",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "users")]
impl From<&str> for EnterpriseAccountProtocol {
    fn from(value: &str) -> Self {
        match value {
            "oauth" => Self::Oauth,
            "saml" => Self::Saml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for EnterpriseAccountProtocol {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for EnterpriseAccountProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for EnterpriseAccountProtocol {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for EnterpriseAccountProtocol {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/EnterpriseAccount/properties/verification`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum EnterpriseAccountVerification {
    /// `object`: "verification_ticket"
    VerificationTicket(VerificationTicket),
    /// `object`: "verification_saml"
    VerificationSaml(VerificationSaml),
    /// `object`: "verification_oauth"
    VerificationOauth(VerificationOauth),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(feature = "users")]
impl sdkgen_runtime::TaggedUnion for EnterpriseAccountVerification {
    const NAME: &'static str = "EnterpriseAccountVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::VerificationTicket)
            }
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::VerificationSaml)
            }
            Some("verification_oauth") => {
                Deserialize::deserialize(content).map(Self::VerificationOauth)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for EnterpriseAccountVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Body of the response `#/components/responses/EnterpriseConnection`.
///
/// Spec: `#/components/schemas/EnterpriseConnection`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnection {
    #[serde(default)]
    pub object: EnterpriseConnectionObject,
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
    /// Controls whether to update the user's attributes on each sign-in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_user_attributes: Option<bool>,
    /// When true, users cannot add additional identifications when using this connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disable_additional_identifications: Option<bool>,
    /// Whether this connection supports account linking via organization membership
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_organization_account_linking: Option<bool>,
    /// Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<Vec<EnterpriseConnectionCustomAttributesItem>>,
    /// Present when the enterprise connection uses SAML
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_connection: Option<EnterpriseConnectionSamlConnection>,
    /// Present when the enterprise connection uses OIDC or EASIE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth_config: Option<EnterpriseConnectionOauthConfig>,
    /// Unix timestamp in milliseconds when the connection was created
    pub created_at: i64,
    /// Unix timestamp in milliseconds when the connection was last updated
    pub updated_at: i64,
    /// Required by the spec (`#/components/schemas/EnterpriseConnection/required`), which does not declare it: any JSON value.
    #[serde(default)]
    pub disable_jit_provisioning: serde_json::Value,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnection { object("object", default), id("id", required), name("name",
    required), provider("provider", required), logo_public_url("logo_public_url",
    default), active("active", required), domains("domains", required),
    organization_id("organization_id", default),
    sync_user_attributes("sync_user_attributes", default),
    disable_additional_identifications("disable_additional_identifications", default),
    allow_organization_account_linking("allow_organization_account_linking", default),
    custom_attributes("custom_attributes", default), saml_connection("saml_connection",
    default), oauth_config("oauth_config", default), created_at("created_at", required),
    updated_at("updated_at", required),
    disable_jit_provisioning("disable_jit_provisioning", default), }
);
/// Spec: `#/components/schemas/EnterpriseConnection/properties/custom_attributes/items`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionCustomAttributesItem {
    /// Display name for the custom attribute
    pub name: String,
    /// Key used to store the attribute in the user's public/private/unsafe metadata
    pub key: String,
    /// Path to extract the attribute value from SSO claims (SAML assertions or OIDC claims)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_path: Option<String>,
    /// GJSON path to extract the attribute value from SCIM user resources
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_path: Option<String>,
    /// GJSON path to extract the attribute value from directory sync user resources. Same value as `scim_path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_path: Option<String>,
    /// When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_valued: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionCustomAttributesItem { name("name", required), key("key",
    required), sso_path("sso_path", default), scim_path("scim_path", default),
    directory_path("directory_path", default), multi_valued("multi_valued", default), }
);
/// Present when the enterprise connection uses OIDC or EASIE
///
/// Spec: `#/components/schemas/EnterpriseConnection/properties/oauth_config`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionOauthConfig {
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
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionOauthConfig { id("id", default), name("name", default),
    provider_key("provider_key", default), client_id("client_id", default),
    discovery_url("discovery_url", default), auth_url("auth_url", default),
    token_url("token_url", default), user_info_url("user_info_url", default),
    requires_pkce("requires_pkce", default), logo_public_url("logo_public_url", default),
    created_at("created_at", default), updated_at("updated_at", default), }
);
/// Spec: `#/components/schemas/EnterpriseConnection/properties/object`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseConnectionObject {
    /// `enterprise_connection`
    EnterpriseConnection,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "enterprise-connections")]
impl EnterpriseConnectionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EnterpriseConnection => "enterprise_connection",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "enterprise-connections")]
impl Default for EnterpriseConnectionObject {
    fn default() -> Self {
        Self::EnterpriseConnection
    }
}
#[cfg(feature = "enterprise-connections")]
impl From<&str> for EnterpriseConnectionObject {
    fn from(value: &str) -> Self {
        match value {
            "enterprise_connection" => Self::EnterpriseConnection,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "enterprise-connections")]
impl From<String> for EnterpriseConnectionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Display for EnterpriseConnectionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl Serialize for EnterpriseConnectionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl<'de> Deserialize<'de> for EnterpriseConnectionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Present when the enterprise connection uses SAML
///
/// Spec: `#/components/schemas/EnterpriseConnection/properties/saml_connection`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionSamlConnection {
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
    pub login_hint: Option<EnterpriseConnectionSamlConnectionLoginHint>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionSamlConnection { id("id", default), name("name", default),
    idp_entity_id("idp_entity_id", default), idp_sso_url("idp_sso_url", default),
    idp_metadata_url("idp_metadata_url", default), acs_url("acs_url", default),
    sp_entity_id("sp_entity_id", default), sp_metadata_url("sp_metadata_url", default),
    active("active", default), allow_idp_initiated("allow_idp_initiated", default),
    allow_subdomains("allow_subdomains", default), force_authn("force_authn", default),
    login_hint("login_hint", default), }
);
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/EnterpriseConnection/properties/saml_connection/properties/login_hint`
#[cfg(feature = "enterprise-connections")]
pub type EnterpriseConnectionSamlConnectionLoginHint = CreateEnterpriseConnectionBodySamlLoginHint;
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/EnterpriseConnection/properties/saml_connection/properties/login_hint/properties/mode`
pub type EnterpriseConnectionSamlConnectionLoginHintMode = CreateEnterpriseConnectionBodySamlLoginHintMode;
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRun {
    /// The test run ID
    pub id: String,
    /// The status of the test run
    pub status: EnterpriseConnectionTestRunStatus,
    /// The type of enterprise connection the test run was performed against
    pub connection_type: EnterpriseConnectionTestRunConnectionType,
    /// The user information parsed from the IdP response
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parsed_user_info: Option<EnterpriseConnectionTestRunParsedUserInfo>,
    /// Log entries captured during the test run
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logs: Option<Vec<EnterpriseConnectionTestRunLogsItem>>,
    /// SAML-specific metadata, present for SAML connections
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml: Option<EnterpriseConnectionTestRunSaml>,
    /// OAuth-specific metadata, present for OIDC connections
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<EnterpriseConnectionTestRunOauth>,
    /// Unix timestamp in milliseconds when the test run was created
    pub created_at: i64,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRun { id("id", required), status("status", required),
    connection_type("connection_type", required), parsed_user_info("parsed_user_info",
    default), logs("logs", default), saml("saml", default), oauth("oauth", default),
    created_at("created_at", required), }
);
/// The type of enterprise connection the test run was performed against
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/connection_type`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseConnectionTestRunConnectionType {
    /// `saml`
    Saml,
    /// `oauth`
    Oauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "enterprise-connections")]
impl EnterpriseConnectionTestRunConnectionType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Oauth => "oauth",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "enterprise-connections")]
impl From<&str> for EnterpriseConnectionTestRunConnectionType {
    fn from(value: &str) -> Self {
        match value {
            "saml" => Self::Saml,
            "oauth" => Self::Oauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "enterprise-connections")]
impl From<String> for EnterpriseConnectionTestRunConnectionType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Display for EnterpriseConnectionTestRunConnectionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl Serialize for EnterpriseConnectionTestRunConnectionType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl<'de> Deserialize<'de> for EnterpriseConnectionTestRunConnectionType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/logs/items`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunLogsItem {
    pub level: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_message: Option<String>,
    pub message: String,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRunLogsItem { level("level", required), code("code",
    default), short_message("short_message", default), message("message", required), }
);
/// OAuth-specific metadata, present for OIDC connections
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/oauth`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_info: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRunOauth { id_token("id_token", default),
    access_token("access_token", default), user_info("user_info", default), }
);
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for EnterpriseConnectionTestRunOauth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EnterpriseConnectionTestRunOauth")
            .field("id_token", &sdkgen_runtime::Redacted)
            .field("access_token", &sdkgen_runtime::Redacted)
            .field("user_info", &self.user_info)
            .finish()
    }
}
/// The user information parsed from the IdP response
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/parsed_user_info`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunParsedUserInfo {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRunParsedUserInfo { email_address("email_address", default),
    first_name("first_name", default), last_name("last_name", default),
    user_id("user_id", default), }
);
/// Body of the response `#/components/responses/EnterpriseConnectionTestRun`.
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRunResponse`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunResponse {
    /// A short-lived URL that can be used to initiate the test run flow
    pub url: String,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRunResponse { url("url", required), }
);
/// SAML-specific metadata, present for SAML connections
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/saml`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRunSaml {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_request: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_response: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relay_state: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRunSaml { saml_request("saml_request", default),
    saml_response("saml_response", default), relay_state("relay_state", default), }
);
/// The status of the test run
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRun/properties/status`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EnterpriseConnectionTestRunStatus {
    /// `pending`
    Pending,
    /// `success`
    Success,
    /// `failed`
    Failed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "enterprise-connections")]
impl EnterpriseConnectionTestRunStatus {
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
#[cfg(feature = "enterprise-connections")]
impl From<&str> for EnterpriseConnectionTestRunStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "success" => Self::Success,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "enterprise-connections")]
impl From<String> for EnterpriseConnectionTestRunStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Display for EnterpriseConnectionTestRunStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl Serialize for EnterpriseConnectionTestRunStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "enterprise-connections")]
impl<'de> Deserialize<'de> for EnterpriseConnectionTestRunStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/EnterpriseConnectionTestRuns`.
///
/// Spec: `#/components/schemas/EnterpriseConnectionTestRuns`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnectionTestRuns {
    pub data: Vec<EnterpriseConnectionTestRun>,
    /// Total number of test runs
    pub total_count: i64,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnectionTestRuns { data("data", required), total_count("total_count",
    required), }
);
/// Body of the response `#/components/responses/EnterpriseConnections`.
///
/// Spec: `#/components/schemas/EnterpriseConnections`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct EnterpriseConnections {
    pub data: Vec<EnterpriseConnection>,
    /// Total number of enterprise connections
    pub total_count: i64,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    EnterpriseConnections { data("data", required), total_count("total_count", required),
    }
);
/// Spec: `#/components/schemas/ExtendFreeTrialRequest`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ExtendFreeTrialRequest {
    /// RFC3339 timestamp to extend the free trial to.
    /// Must be in the future and not more than 365 days from now.
    pub extend_to: String,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    ExtendFreeTrialRequest { extend_to("extend_to", required), }
);
#[cfg(feature = "billing")]
impl ExtendFreeTrialRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(extend_to: String) -> Self {
        Self { extend_to }
    }
}
/// Spec: `#/components/schemas/ExternalAccountWithVerification`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    ExternalAccountWithVerification { object("object", required), id("id", required),
    provider("provider", required), identification_id("identification_id", required),
    provider_user_id("provider_user_id", required), approved_scopes("approved_scopes",
    required), email_address("email_address", required),
    email_address_verified("email_address_verified", default), first_name("first_name",
    required), last_name("last_name", required), avatar_url("avatar_url", default),
    image_url("image_url", default), username("username", default),
    phone_number("phone_number", default), public_metadata("public_metadata", required),
    label("label", default), created_at("created_at", required), updated_at("updated_at",
    required), verification("verification", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/ExternalAccountWithVerification/properties/object`
#[cfg(feature = "users")]
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
#[cfg(feature = "users")]
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
#[cfg(feature = "users")]
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
#[cfg(feature = "users")]
impl From<String> for ExternalAccountWithVerificationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for ExternalAccountWithVerificationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for ExternalAccountWithVerificationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for ExternalAccountWithVerificationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/ExternalAccountWithVerification/properties/verification`
#[cfg(feature = "users")]
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
#[cfg(feature = "users")]
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
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for ExternalAccountWithVerificationVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/FeatureResponse`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FeatureResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: FeatureResponseObject,
    /// Unique identifier for the feature.
    pub id: String,
    /// The name of the feature.
    pub name: String,
    /// The description of the feature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The URL-friendly slug for the feature.
    pub slug: String,
    /// The URL of the feature's avatar image.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar_url: Option<String>,
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    FeatureResponse { object("object", default), id("id", required), name("name",
    required), description("description", default), slug("slug", required),
    avatar_url("avatar_url", default), }
);
/// Spec: `#/components/schemas/FeatureResponse-2`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct FeatureResponse2 {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: FeatureResponse2Object,
    /// Unique identifier for the feature.
    pub id: String,
    /// The name of the feature.
    pub name: String,
    /// The description of the feature.
    pub description: String,
    /// The URL-friendly slug for the feature.
    pub slug: String,
    /// The URL of the feature's avatar image.
    pub avatar_url: String,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    FeatureResponse2 { object("object", default), id("id", required), name("name",
    required), description("description", required), slug("slug", required),
    avatar_url("avatar_url", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/FeatureResponse-2/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum FeatureResponse2Object {
    /// `feature`
    Feature,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl FeatureResponse2Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Feature => "feature",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Default for FeatureResponse2Object {
    fn default() -> Self {
        Self::Feature
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<&str> for FeatureResponse2Object {
    fn from(value: &str) -> Self {
        match value {
            "feature" => Self::Feature,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl From<String> for FeatureResponse2Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl std::fmt::Display for FeatureResponse2Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl Serialize for FeatureResponse2Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
impl<'de> Deserialize<'de> for FeatureResponse2Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/FeatureResponse/properties/object`
#[cfg(any(feature = "billing", feature = "organizations", feature = "users"))]
pub type FeatureResponseObject = FeatureResponse2Object;
/// The error bodies operation `getApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetApiKeyError {
    GetApiKeyResponse400(GetApiKeyResponse400),
    GetApiKeyResponse404(GetApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GetApiKeyResponse {
    #[serde(default)]
    pub object: GetApiKeyResponseObject,
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
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    GetApiKeyResponse { object("object", default), id("id", required), r#type("type",
    required), subject("subject", required), name("name", required),
    description("description", default), claims("claims", default), scopes("scopes",
    required), revoked("revoked", required), revocation_reason("revocation_reason",
    default), expired("expired", required), expiration("expiration", default),
    created_by("created_by", default), last_used_at("last_used_at", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/400/content/application~1json/schema/properties/errors/items`
pub type GetApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeyResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/404/content/application~1json/schema/properties/errors/items`
pub type GetApiKeyResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/get/responses/200/content/application~1json/schema/properties/object`
#[cfg(feature = "api-keys")]
pub type GetApiKeyResponseObject = CreateApiKeyResponseObject;
/// The error bodies operation `getApiKeySecret` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetApiKeySecretError {
    GetApiKeySecretResponse400(GetApiKeySecretResponse400),
    GetApiKeySecretResponse404(GetApiKeySecretResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GetApiKeySecretResponse {
    pub secret: String,
}
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    GetApiKeySecretResponse { secret("secret", required), }
);
#[cfg(feature = "api-keys")]
impl GetApiKeySecretResponse {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(secret: String) -> Self {
        Self { secret }
    }
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for GetApiKeySecretResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetApiKeySecretResponse")
            .field("secret", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeySecretResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses/400/content/application~1json/schema/properties/errors/items`
pub type GetApiKeySecretResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeySecretResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1secret/get/responses/404/content/application~1json/schema/properties/errors/items`
pub type GetApiKeySecretResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// The error bodies operation `getApiKeys` can answer with.
///
/// Spec: `#/paths/~1api_keys/get/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetApiKeysError {
    GetApiKeysResponse400(GetApiKeysResponse400),
    GetApiKeysResponse404(GetApiKeysResponse404),
}
/// Spec: `#/paths/~1api_keys/get/parameters/2/schema`
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
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
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
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
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
impl From<&str> for GetApiKeysIncludeInvalid {
    fn from(value: &str) -> Self {
        match value {
            "true" => Self::True,
            "false" => Self::False,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
impl From<String> for GetApiKeysIncludeInvalid {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
impl std::fmt::Display for GetApiKeysIncludeInvalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
impl Serialize for GetApiKeysIncludeInvalid {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "api-keys", feature = "organization-domains"))]
impl<'de> Deserialize<'de> for GetApiKeysIncludeInvalid {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GetApiKeysResponse {
    pub data: Vec<GetApiKeysResponseDataItem>,
    pub total_count: f64,
}
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    GetApiKeysResponse { data("data", required), total_count("total_count", required), }
);
/// Spec: `#/paths/~1api_keys/get/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeysResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys/get/responses/400/content/application~1json/schema/properties/errors/items`
pub type GetApiKeysResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/get/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type GetApiKeysResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys/get/responses/404/content/application~1json/schema/properties/errors/items`
pub type GetApiKeysResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema/properties/data/items`
#[cfg(feature = "api-keys")]
pub type GetApiKeysResponseDataItem = GetApiKeyResponse;
/// Spec: `#/paths/~1api_keys/get/responses/200/content/application~1json/schema/properties/data/items/properties/object`
pub type GetApiKeysResponseDataItemObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1billing~1plans/get/parameters/3/schema`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetCommercePlanListPayerType {
    /// `user`
    User,
    /// `org`
    Org,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl GetCommercePlanListPayerType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Org => "org",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for GetCommercePlanListPayerType {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            "org" => Self::Org,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for GetCommercePlanListPayerType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for GetCommercePlanListPayerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for GetCommercePlanListPayerType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for GetCommercePlanListPayerType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1billing~1subscription_items/get/parameters/4/schema`
#[cfg(feature = "billing")]
pub type GetCommerceSubscriptionItemListPayerType = GetCommercePlanListPayerType;
/// Spec: `#/paths/~1billing~1subscription_items/get/parameters/3/schema`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetCommerceSubscriptionItemListStatus {
    /// `active`
    Active,
    /// `ended`
    Ended,
    /// `past_due`
    PastDue,
    /// `upcoming`
    Upcoming,
    /// `free_trial`
    FreeTrial,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "billing")]
impl GetCommerceSubscriptionItemListStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Ended => "ended",
            Self::PastDue => "past_due",
            Self::Upcoming => "upcoming",
            Self::FreeTrial => "free_trial",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "billing")]
impl From<&str> for GetCommerceSubscriptionItemListStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "ended" => Self::Ended,
            "past_due" => Self::PastDue,
            "upcoming" => Self::Upcoming,
            "free_trial" => Self::FreeTrial,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "billing")]
impl From<String> for GetCommerceSubscriptionItemListStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "billing")]
impl std::fmt::Display for GetCommerceSubscriptionItemListStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl Serialize for GetCommerceSubscriptionItemListStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "billing")]
impl<'de> Deserialize<'de> for GetCommerceSubscriptionItemListStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The error bodies operation `getM2MTokens` can answer with.
///
/// Spec: `#/paths/~1m2m_tokens/get/responses`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum GetM2mTokensError {
    GetM2mTokensResponse400(GetM2mTokensResponse400),
    GetM2mTokensResponse403(GetM2mTokensResponse403),
    GetM2mTokensResponse404(GetM2mTokensResponse404),
}
/// Spec: `#/paths/~1m2m_tokens/get/responses/200/content/application~1json/schema`
#[cfg(feature = "m2m")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GetM2mTokensResponse {
    pub m2m_tokens: Vec<GetM2mTokensResponseM2mTokensItem>,
    pub total_count: f64,
}
#[cfg(feature = "m2m")]
sdkgen_runtime::deserialize_map!(
    GetM2mTokensResponse { m2m_tokens("m2m_tokens", required), total_count("total_count",
    required), }
);
#[cfg(feature = "m2m")]
impl std::fmt::Debug for GetM2mTokensResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetM2mTokensResponse")
            .field("m2m_tokens", &sdkgen_runtime::Redacted)
            .field("total_count", &self.total_count)
            .finish()
    }
}
/// Spec: `#/paths/~1m2m_tokens/get/responses/400/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type GetM2mTokensResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens/get/responses/400/content/application~1json/schema/properties/errors/items`
pub type GetM2mTokensResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens/get/responses/403/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type GetM2mTokensResponse403 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens/get/responses/403/content/application~1json/schema/properties/errors/items`
pub type GetM2mTokensResponse403ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens/get/responses/404/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type GetM2mTokensResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens/get/responses/404/content/application~1json/schema/properties/errors/items`
pub type GetM2mTokensResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens/get/responses/200/content/application~1json/schema/properties/m2m_tokens/items`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct GetM2mTokensResponseM2mTokensItem {
    #[serde(default)]
    pub object: GetM2mTokensResponseM2mTokensItemObject,
    pub id: String,
    pub subject: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claims: Option<serde_json::Value>,
    /// Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the token will expire, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    /// The timestamp for when the token was last used, in milliseconds
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<f64>,
    /// The timestamp for when the token was created, in milliseconds
    pub created_at: f64,
    /// The timestamp for when the token was last updated, in milliseconds
    pub updated_at: f64,
}
#[cfg(feature = "m2m")]
sdkgen_runtime::deserialize_map!(
    GetM2mTokensResponseM2mTokensItem { object("object", default), id("id", required),
    subject("subject", required), claims("claims", default), scopes("scopes", default),
    revoked("revoked", required), revocation_reason("revocation_reason", default),
    expired("expired", required), expiration("expiration", default),
    last_used_at("last_used_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/paths/~1m2m_tokens/get/responses/200/content/application~1json/schema/properties/m2m_tokens/items/properties/object`
#[cfg(feature = "m2m")]
pub type GetM2mTokensResponseM2mTokensItemObject = CreateM2mTokenResponseObject;
/// Spec: `#/paths/~1sessions/get/parameters/2/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetSessionListStatus {
    /// `abandoned`
    Abandoned,
    /// `active`
    Active,
    /// `ended`
    Ended,
    /// `expired`
    Expired,
    /// `removed`
    Removed,
    /// `replaced`
    Replaced,
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sessions")]
impl GetSessionListStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Abandoned => "abandoned",
            Self::Active => "active",
            Self::Ended => "ended",
            Self::Expired => "expired",
            Self::Removed => "removed",
            Self::Replaced => "replaced",
            Self::Revoked => "revoked",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "sessions")]
impl From<&str> for GetSessionListStatus {
    fn from(value: &str) -> Self {
        match value {
            "abandoned" => Self::Abandoned,
            "active" => Self::Active,
            "ended" => Self::Ended,
            "expired" => Self::Expired,
            "removed" => Self::Removed,
            "replaced" => Self::Replaced,
            "revoked" => Self::Revoked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sessions")]
impl From<String> for GetSessionListStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sessions")]
impl std::fmt::Display for GetSessionListStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl Serialize for GetSessionListStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl<'de> Deserialize<'de> for GetSessionListStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1templates~1{template_type}/get/parameters/0/schema`
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GetTemplateListTemplateType {
    /// `email`
    Email,
    /// `sms`
    Sms,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl GetTemplateListTemplateType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Sms => "sms",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl From<&str> for GetTemplateListTemplateType {
    fn from(value: &str) -> Self {
        match value {
            "email" => Self::Email,
            "sms" => Self::Sms,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl From<String> for GetTemplateListTemplateType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl std::fmt::Display for GetTemplateListTemplateType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl Serialize for GetTemplateListTemplateType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl<'de> Deserialize<'de> for GetTemplateListTemplateType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}/get/parameters/0/schema`
#[cfg(feature = "email-sms-templates")]
pub type GetTemplateTemplateType = GetTemplateListTemplateType;
/// Spec: `#/components/schemas/IdentificationLink`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IdentificationLink {
    pub r#type: String,
    pub id: String,
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    IdentificationLink { r#type("type", required), id("id", required), }
);
/// Body of the response `#/components/responses/Instance`.
///
/// Spec: `#/components/schemas/Instance`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Instance {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: InstanceObject,
    pub id: String,
    pub environment_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// The ID of the Clerk workspace that owns the instance's application. It is null when the application has no owner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    Instance { object("object", default), id("id", required),
    environment_type("environment_type", required), allowed_origins("allowed_origins",
    default), workspace_id("workspace_id", default), }
);
/// Per-instance SMS communication settings, including the SMS country blocklist.
///
/// Body of the response `#/components/responses/InstanceCommunication`.
///
/// Spec: `#/components/schemas/InstanceCommunication`
#[cfg(feature = "instance-settings")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InstanceCommunication {
    #[serde(default)]
    pub object: InstanceCommunicationObject,
    /// ISO 3166-1 alpha-2 country codes that are blocked for SMS delivery on this instance. Codes that aren't recognized are silently dropped.
    pub blocked_country_codes: Vec<String>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    InstanceCommunication { object("object", default),
    blocked_country_codes("blocked_country_codes", required), }
);
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for InstanceCommunication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstanceCommunication")
            .field("object", &self.object)
            .field("blocked_country_codes", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/components/schemas/InstanceCommunication/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceCommunicationObject {
    /// `instance_communication`
    InstanceCommunication,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl InstanceCommunicationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceCommunication => "instance_communication",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for InstanceCommunicationObject {
    fn default() -> Self {
        Self::InstanceCommunication
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for InstanceCommunicationObject {
    fn from(value: &str) -> Self {
        match value {
            "instance_communication" => Self::InstanceCommunication,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for InstanceCommunicationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for InstanceCommunicationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for InstanceCommunicationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for InstanceCommunicationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Instance/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceObject {
    /// `instance`
    Instance,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl InstanceObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Instance => "instance",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for InstanceObject {
    fn default() -> Self {
        Self::Instance
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for InstanceObject {
    fn from(value: &str) -> Self {
        match value {
            "instance" => Self::Instance,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for InstanceObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for InstanceObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for InstanceObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for InstanceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/InstanceProtect`.
///
/// Spec: `#/components/schemas/InstanceProtect`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InstanceProtect {
    #[serde(default)]
    pub object: InstanceProtectObject,
    pub rules_enabled: bool,
    pub specter_enabled: bool,
    /// Whether the instance has opted out of the Protect prerequisite checks, asserting its setup already meets the requirements.
    pub checks_bypassed: bool,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    InstanceProtect { object("object", default), rules_enabled("rules_enabled",
    required), specter_enabled("specter_enabled", required),
    checks_bypassed("checks_bypassed", required), }
);
/// Spec: `#/components/schemas/InstanceProtect/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceProtectObject {
    /// `instance_protect`
    InstanceProtect,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl InstanceProtectObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceProtect => "instance_protect",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for InstanceProtectObject {
    fn default() -> Self {
        Self::InstanceProtect
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for InstanceProtectObject {
    fn from(value: &str) -> Self {
        match value {
            "instance_protect" => Self::InstanceProtect,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for InstanceProtectObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for InstanceProtectObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for InstanceProtectObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for InstanceProtectObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/InstanceRestrictions`.
///
/// Spec: `#/components/schemas/InstanceRestrictions`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InstanceRestrictions {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: InstanceRestrictionsObject,
    pub allowlist: bool,
    pub blocklist: bool,
    pub allowlist_blocklist_disabled_on_sign_in: bool,
    pub block_email_subaddresses: bool,
    pub block_disposable_email_domains: bool,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    InstanceRestrictions { object("object", default), allowlist("allowlist", required),
    blocklist("blocklist", required),
    allowlist_blocklist_disabled_on_sign_in("allowlist_blocklist_disabled_on_sign_in",
    required), block_email_subaddresses("block_email_subaddresses", required),
    block_disposable_email_domains("block_disposable_email_domains", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/InstanceRestrictions/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceRestrictionsObject {
    /// `instance_restrictions`
    InstanceRestrictions,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl InstanceRestrictionsObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceRestrictions => "instance_restrictions",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for InstanceRestrictionsObject {
    fn default() -> Self {
        Self::InstanceRestrictions
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for InstanceRestrictionsObject {
    fn from(value: &str) -> Self {
        match value {
            "instance_restrictions" => Self::InstanceRestrictions,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for InstanceRestrictionsObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for InstanceRestrictionsObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for InstanceRestrictionsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for InstanceRestrictionsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/InstanceSettings`.
///
/// Spec: `#/components/responses/InstanceSettings/content/application~1json/schema`
#[cfg(feature = "beta-features")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct InstanceSettingsResponse {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<InstanceSettingsResponseObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_to_allowlist: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub progressive_sign_up: Option<bool>,
    /// Deprecated. When enabled, production authentication emails for this instance are sent through Clerk's legacy managed email delivery path. This setting is being retired; use the instance's configured email sending domain instead.
    ///
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enhanced_email_deliverability: Option<bool>,
}
#[cfg(feature = "beta-features")]
sdkgen_runtime::deserialize_map!(
    InstanceSettingsResponse { object("object", default), id("id", default),
    restricted_to_allowlist("restricted_to_allowlist", default),
    from_email_address("from_email_address", default),
    progressive_sign_up("progressive_sign_up", default),
    enhanced_email_deliverability("enhanced_email_deliverability", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/responses/InstanceSettings/content/application~1json/schema/properties/object`
#[cfg(feature = "beta-features")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InstanceSettingsResponseObject {
    /// `instance_settings`
    InstanceSettings,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "beta-features")]
impl InstanceSettingsResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InstanceSettings => "instance_settings",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "beta-features")]
impl Default for InstanceSettingsResponseObject {
    fn default() -> Self {
        Self::InstanceSettings
    }
}
#[cfg(feature = "beta-features")]
impl From<&str> for InstanceSettingsResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "instance_settings" => Self::InstanceSettings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "beta-features")]
impl From<String> for InstanceSettingsResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "beta-features")]
impl std::fmt::Display for InstanceSettingsResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "beta-features")]
impl Serialize for InstanceSettingsResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "beta-features")]
impl<'de> Deserialize<'de> for InstanceSettingsResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Invitation`.
///
/// Spec: `#/components/schemas/Invitation`
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Invitation {
    #[serde(default)]
    pub object: InvitationObject,
    pub id: String,
    pub email_address: String,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    pub status: InvitationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
sdkgen_runtime::deserialize_map!(
    Invitation { object("object", default), id("id", required),
    email_address("email_address", required), public_metadata("public_metadata",
    required), revoked("revoked", default), status("status", required), url("url",
    default), expires_at("expires_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/Invitation/properties/object`
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InvitationObject {
    /// `invitation`
    Invitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl InvitationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Invitation => "invitation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl Default for InvitationObject {
    fn default() -> Self {
        Self::Invitation
    }
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl From<&str> for InvitationObject {
    fn from(value: &str) -> Self {
        match value {
            "invitation" => Self::Invitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl From<String> for InvitationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl std::fmt::Display for InvitationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl Serialize for InvitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "invitations", feature = "waitlist-entries"))]
impl<'de> Deserialize<'de> for InvitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Invitation.Revoked`.
///
/// Spec: `#/components/responses/Invitation.Revoked/content/application~1json/schema`
#[cfg(feature = "invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct InvitationRevokedResponse {
    #[serde(default)]
    pub object: InvitationObject,
    pub id: String,
    pub email_address: String,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    /// Allowed values: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked: Option<bool>,
    #[serde(default)]
    pub status: InvitationRevokedResponseStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "invitations")]
sdkgen_runtime::deserialize_map!(
    InvitationRevokedResponse { object("object", default), id("id", required),
    email_address("email_address", required), public_metadata("public_metadata",
    required), revoked("revoked", default), status("status", default), url("url",
    default), expires_at("expires_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/components/responses/Invitation.Revoked/content/application~1json/schema/allOf/1/properties/status`
#[cfg(feature = "invitations")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InvitationRevokedResponseStatus {
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "invitations")]
impl InvitationRevokedResponseStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Revoked => "revoked",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "invitations")]
impl Default for InvitationRevokedResponseStatus {
    fn default() -> Self {
        Self::Revoked
    }
}
#[cfg(feature = "invitations")]
impl From<&str> for InvitationRevokedResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "revoked" => Self::Revoked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "invitations")]
impl From<String> for InvitationRevokedResponseStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "invitations")]
impl std::fmt::Display for InvitationRevokedResponseStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "invitations")]
impl Serialize for InvitationRevokedResponseStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "invitations")]
impl<'de> Deserialize<'de> for InvitationRevokedResponseStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Invitation/properties/status`
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum InvitationStatus {
    /// `pending`
    Pending,
    /// `accepted`
    Accepted,
    /// `revoked`
    Revoked,
    /// `expired`
    Expired,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl InvitationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Accepted => "accepted",
            Self::Revoked => "revoked",
            Self::Expired => "expired",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl From<&str> for InvitationStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "accepted" => Self::Accepted,
            "revoked" => Self::Revoked,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl From<String> for InvitationStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl std::fmt::Display for InvitationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl Serialize for InvitationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "invitations",
        feature = "organization-invitations",
        feature = "users",
        feature = "waitlist-entries"
    )
)]
impl<'de> Deserialize<'de> for InvitationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1waitlist_entries~1{waitlist_entry_id}~1invite/post/requestBody/content/application~1json/schema`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct InviteWaitlistEntryBody {
    /// Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ignore_existing: Option<bool>,
}
#[cfg(feature = "waitlist-entries")]
sdkgen_runtime::deserialize_map!(
    InviteWaitlistEntryBody { ignore_existing("ignore_existing", default), }
);
#[cfg(feature = "waitlist-entries")]
impl InviteWaitlistEntryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { ignore_existing: None }
    }
}
/// Body of the response `#/components/responses/WellKnown.JWKS`.
///
/// Spec: `#/components/schemas/JWKS`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct Jwks {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<JwksKeysItem>>,
}
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(Jwks { keys("keys", default), });
/// Spec: `#/components/schemas/JWKS.ecdsa.PrivateKey`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksEcdsaPrivateKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), crv("crv", required), x("x", required), y("y",
    required), d("d", required), x5c("x5c", default), x5t("x5t", default),
    x5t_s256("x5t#S256", default), x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.ecdsa.PrivateKey/properties/kty`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEcdsaPrivateKeyKty {
    /// `EC`
    Ec,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
impl Default for JwksEcdsaPrivateKeyKty {
    fn default() -> Self {
        Self::Ec
    }
}
#[cfg(feature = "jwks")]
impl From<&str> for JwksEcdsaPrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "EC" => Self::Ec,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwks")]
impl From<String> for JwksEcdsaPrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwks")]
impl std::fmt::Display for JwksEcdsaPrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl Serialize for JwksEcdsaPrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl<'de> Deserialize<'de> for JwksEcdsaPrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ecdsa.PublicKey`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksEcdsaPublicKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), crv("crv", required), x("x", required), y("y",
    required), x5c("x5c", default), x5t("x5t", default), x5t_s256("x5t#S256", default),
    x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.ecdsa.PublicKey/properties/kty`
#[cfg(feature = "jwks")]
pub type JwksEcdsaPublicKeyKty = JwksEcdsaPrivateKeyKty;
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksEd25519PrivateKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), crv("crv", default), x("x", required), d("d",
    required), x5c("x5c", default), x5t("x5t", default), x5t_s256("x5t#S256", default),
    x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey/properties/crv`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEd25519PrivateKeyCrv {
    /// `Ed25519`
    Ed25519,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
impl Default for JwksEd25519PrivateKeyCrv {
    fn default() -> Self {
        Self::Ed25519
    }
}
#[cfg(feature = "jwks")]
impl From<&str> for JwksEd25519PrivateKeyCrv {
    fn from(value: &str) -> Self {
        match value {
            "Ed25519" => Self::Ed25519,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwks")]
impl From<String> for JwksEd25519PrivateKeyCrv {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwks")]
impl std::fmt::Display for JwksEd25519PrivateKeyCrv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl Serialize for JwksEd25519PrivateKeyCrv {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl<'de> Deserialize<'de> for JwksEd25519PrivateKeyCrv {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ed25519.PrivateKey/properties/kty`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksEd25519PrivateKeyKty {
    /// `OKP`
    Okp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
impl Default for JwksEd25519PrivateKeyKty {
    fn default() -> Self {
        Self::Okp
    }
}
#[cfg(feature = "jwks")]
impl From<&str> for JwksEd25519PrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "OKP" => Self::Okp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwks")]
impl From<String> for JwksEd25519PrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwks")]
impl std::fmt::Display for JwksEd25519PrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl Serialize for JwksEd25519PrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl<'de> Deserialize<'de> for JwksEd25519PrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksEd25519PublicKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), crv("crv", default), x("x", required), x5c("x5c",
    default), x5t("x5t", default), x5t_s256("x5t#S256", default), x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey/properties/crv`
#[cfg(feature = "jwks")]
pub type JwksEd25519PublicKeyCrv = JwksEd25519PrivateKeyCrv;
/// Spec: `#/components/schemas/JWKS.ed25519.PublicKey/properties/kty`
#[cfg(feature = "jwks")]
pub type JwksEd25519PublicKeyKty = JwksEd25519PrivateKeyKty;
/// Spec: `#/components/schemas/JWKS/properties/keys/items`
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksRsaPrivateKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), n("n", required), e("e", required), d("d", required),
    p("p", required), q("q", required), dp("dp", default), dq("dq", default), qi("qi",
    default), x5c("x5c", default), x5t("x5t", default), x5t_s256("x5t#S256", default),
    x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.rsa.PrivateKey/properties/kty`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksRsaPrivateKeyKty {
    /// `RSA`
    Rsa,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
impl Default for JwksRsaPrivateKeyKty {
    fn default() -> Self {
        Self::Rsa
    }
}
#[cfg(feature = "jwks")]
impl From<&str> for JwksRsaPrivateKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "RSA" => Self::Rsa,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwks")]
impl From<String> for JwksRsaPrivateKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwks")]
impl std::fmt::Display for JwksRsaPrivateKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl Serialize for JwksRsaPrivateKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl<'de> Deserialize<'de> for JwksRsaPrivateKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/JWKS.rsa.PublicKey`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksRsaPublicKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), n("n", required), e("e", required), x5c("x5c",
    default), x5t("x5t", default), x5t_s256("x5t#S256", default), x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.rsa.PublicKey/properties/kty`
#[cfg(feature = "jwks")]
pub type JwksRsaPublicKeyKty = JwksRsaPrivateKeyKty;
/// Spec: `#/components/schemas/JWKS.symmetric.Key`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "jwks")]
sdkgen_runtime::deserialize_map!(
    JwksSymmetricKey { kid("kid", required), alg("alg", required), r#use("use",
    required), kty("kty", default), k("k", required), x5c("x5c", default), x5t("x5t",
    default), x5t_s256("x5t#S256", default), x5u("x5u", default), }
);
/// Spec: `#/components/schemas/JWKS.symmetric.Key/properties/kty`
#[cfg(feature = "jwks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwksSymmetricKeyKty {
    /// `oct`
    Oct,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwks")]
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
#[cfg(feature = "jwks")]
impl Default for JwksSymmetricKeyKty {
    fn default() -> Self {
        Self::Oct
    }
}
#[cfg(feature = "jwks")]
impl From<&str> for JwksSymmetricKeyKty {
    fn from(value: &str) -> Self {
        match value {
            "oct" => Self::Oct,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwks")]
impl From<String> for JwksSymmetricKeyKty {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwks")]
impl std::fmt::Display for JwksSymmetricKeyKty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl Serialize for JwksSymmetricKeyKty {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwks")]
impl<'de> Deserialize<'de> for JwksSymmetricKeyKty {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/JWTTemplate`.
///
/// Spec: `#/components/schemas/JWTTemplate`
#[cfg(feature = "jwt-templates")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct JwtTemplate {
    #[serde(default)]
    pub object: JwtTemplateObject,
    pub id: String,
    pub name: String,
    pub claims: serde_json::Map<String, serde_json::Value>,
    pub lifetime: i64,
    pub allowed_clock_skew: i64,
    pub custom_signing_key: bool,
    pub signing_algorithm: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "jwt-templates")]
sdkgen_runtime::deserialize_map!(
    JwtTemplate { object("object", default), id("id", required), name("name", required),
    claims("claims", required), lifetime("lifetime", required),
    allowed_clock_skew("allowed_clock_skew", required),
    custom_signing_key("custom_signing_key", required),
    signing_algorithm("signing_algorithm", required), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/JWTTemplate/properties/object`
#[cfg(feature = "jwt-templates")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum JwtTemplateObject {
    /// `jwt_template`
    JwtTemplate,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "jwt-templates")]
impl JwtTemplateObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::JwtTemplate => "jwt_template",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "jwt-templates")]
impl Default for JwtTemplateObject {
    fn default() -> Self {
        Self::JwtTemplate
    }
}
#[cfg(feature = "jwt-templates")]
impl From<&str> for JwtTemplateObject {
    fn from(value: &str) -> Self {
        match value {
            "jwt_template" => Self::JwtTemplate,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "jwt-templates")]
impl From<String> for JwtTemplateObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Display for JwtTemplateObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "jwt-templates")]
impl Serialize for JwtTemplateObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "jwt-templates")]
impl<'de> Deserialize<'de> for JwtTemplateObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1organization_domains/get/parameters/2/schema/items`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListAllOrganizationDomainsEnrollmentModeItem {
    /// `manual_invitation`
    ManualInvitation,
    /// `automatic_invitation`
    AutomaticInvitation,
    /// `automatic_suggestion`
    AutomaticSuggestion,
    /// `enterprise_sso`
    EnterpriseSso,
    /// `-manual_invitation`
    ManualInvitation2,
    /// `-automatic_invitation`
    AutomaticInvitation2,
    /// `-automatic_suggestion`
    AutomaticSuggestion2,
    /// `-enterprise_sso`
    EnterpriseSso2,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "organization-domains")]
impl ListAllOrganizationDomainsEnrollmentModeItem {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ManualInvitation => "manual_invitation",
            Self::AutomaticInvitation => "automatic_invitation",
            Self::AutomaticSuggestion => "automatic_suggestion",
            Self::EnterpriseSso => "enterprise_sso",
            Self::ManualInvitation2 => "-manual_invitation",
            Self::AutomaticInvitation2 => "-automatic_invitation",
            Self::AutomaticSuggestion2 => "-automatic_suggestion",
            Self::EnterpriseSso2 => "-enterprise_sso",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "organization-domains")]
impl From<&str> for ListAllOrganizationDomainsEnrollmentModeItem {
    fn from(value: &str) -> Self {
        match value {
            "manual_invitation" => Self::ManualInvitation,
            "automatic_invitation" => Self::AutomaticInvitation,
            "automatic_suggestion" => Self::AutomaticSuggestion,
            "enterprise_sso" => Self::EnterpriseSso,
            "-manual_invitation" => Self::ManualInvitation2,
            "-automatic_invitation" => Self::AutomaticInvitation2,
            "-automatic_suggestion" => Self::AutomaticSuggestion2,
            "-enterprise_sso" => Self::EnterpriseSso2,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "organization-domains")]
impl From<String> for ListAllOrganizationDomainsEnrollmentModeItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Display for ListAllOrganizationDomainsEnrollmentModeItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl Serialize for ListAllOrganizationDomainsEnrollmentModeItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl<'de> Deserialize<'de> for ListAllOrganizationDomainsEnrollmentModeItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1organization_domains/get/parameters/1/schema`
#[cfg(feature = "organization-domains")]
pub type ListAllOrganizationDomainsVerified = GetApiKeysIncludeInvalid;
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}~1test_runs/get/parameters/1/schema/items`
#[cfg(feature = "enterprise-connections")]
pub type ListEnterpriseConnectionTestRunsStatusItem = EnterpriseConnectionTestRunStatus;
/// Spec: `#/paths/~1organization_invitations/get/parameters/1/schema`
#[cfg(feature = "organization-invitations")]
pub type ListInstanceOrganizationInvitationsStatus = InvitationStatus;
/// Spec: `#/paths/~1invitations/get/parameters/0/schema`
#[cfg(feature = "invitations")]
pub type ListInvitationsStatus = InvitationStatus;
/// Spec: `#/paths/~1organizations~1{organization_id}~1invitations/get/parameters/1/schema`
#[cfg(feature = "organization-invitations")]
pub type ListOrganizationInvitationsStatus = InvitationStatus;
/// Spec: `#/paths/~1waitlist_entries/get/parameters/3/schema`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ListWaitlistEntriesStatus {
    /// `pending`
    Pending,
    /// `invited`
    Invited,
    /// `completed`
    Completed,
    /// `rejected`
    Rejected,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "waitlist-entries")]
impl ListWaitlistEntriesStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Invited => "invited",
            Self::Completed => "completed",
            Self::Rejected => "rejected",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<&str> for ListWaitlistEntriesStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "invited" => Self::Invited,
            "completed" => Self::Completed,
            "rejected" => Self::Rejected,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<String> for ListWaitlistEntriesStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Display for ListWaitlistEntriesStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl Serialize for ListWaitlistEntriesStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl<'de> Deserialize<'de> for ListWaitlistEntriesStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Machine`.
///
/// Spec: `#/components/schemas/Machine`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Machine {
    #[serde(default)]
    pub object: MachineWithoutScopedMachinesObject,
    /// Unique identifier for the machine.
    pub id: String,
    /// The name of the machine.
    pub name: String,
    /// The ID of the instance this machine belongs to.
    pub instance_id: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// The default time-to-live (TTL) in seconds for tokens created by this machine.
    ///
    /// Default: `3600`. Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_ttl: Option<i64>,
    /// Array of machines this machine has access to.
    pub scoped_machines: Vec<MachineWithoutScopedMachines>,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    Machine { object("object", default), id("id", required), name("name", required),
    instance_id("instance_id", required), created_at("created_at", required),
    updated_at("updated_at", required), default_token_ttl("default_token_ttl", default),
    scoped_machines("scoped_machines", required), }
);
/// Body of the response `#/components/responses/Machine.Created`.
///
/// Spec: `#/components/responses/Machine.Created/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineCreatedResponse {
    #[serde(default)]
    pub object: MachineWithoutScopedMachinesObject,
    /// Unique identifier for the machine.
    pub id: String,
    /// The name of the machine.
    pub name: String,
    /// The ID of the instance this machine belongs to.
    pub instance_id: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// The default time-to-live (TTL) in seconds for tokens created by this machine.
    ///
    /// Default: `3600`. Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_ttl: Option<i64>,
    /// Array of machines this machine has access to.
    pub scoped_machines: Vec<MachineWithoutScopedMachines>,
    /// The secret key for the machine, only returned upon creation.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub secret_key: String,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineCreatedResponse { object("object", default), id("id", required), name("name",
    required), instance_id("instance_id", required), created_at("created_at", required),
    updated_at("updated_at", required), default_token_ttl("default_token_ttl", default),
    scoped_machines("scoped_machines", required), secret_key("secret_key", required), }
);
#[cfg(feature = "machines")]
impl std::fmt::Debug for MachineCreatedResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MachineCreatedResponse")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("name", &self.name)
            .field("instance_id", &self.instance_id)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("default_token_ttl", &self.default_token_ttl)
            .field("scoped_machines", &self.scoped_machines)
            .field("secret_key", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Body of the response `#/components/responses/Machine.Deleted`.
///
/// Spec: `#/components/responses/Machine.Deleted/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineDeletedResponse {
    /// String representing the object's type.
    #[serde(default)]
    pub object: MachineDeletedResponseObject,
    /// The ID of the deleted machine
    pub id: String,
    /// Whether the machine was successfully deleted
    ///
    /// Allowed values: `true`.
    pub deleted: bool,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineDeletedResponse { object("object", default), id("id", required),
    deleted("deleted", required), }
);
/// String representing the object's type.
///
/// Spec: `#/components/responses/Machine.Deleted/content/application~1json/schema/properties/object`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineDeletedResponseObject {
    /// `machine`
    Machine,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "machines")]
impl MachineDeletedResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Machine => "machine",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "machines")]
impl Default for MachineDeletedResponseObject {
    fn default() -> Self {
        Self::Machine
    }
}
#[cfg(feature = "machines")]
impl From<&str> for MachineDeletedResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "machine" => Self::Machine,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "machines")]
impl From<String> for MachineDeletedResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "machines")]
impl std::fmt::Display for MachineDeletedResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl Serialize for MachineDeletedResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl<'de> Deserialize<'de> for MachineDeletedResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Machine.List`.
///
/// Spec: `#/components/responses/Machine.List/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineListResponse {
    pub data: Vec<Machine>,
    /// Total number of machines
    pub total_count: i64,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineListResponse { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/MachineScope`.
///
/// Spec: `#/components/schemas/MachineScope`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineScope {
    #[serde(default)]
    pub object: MachineScopeObject,
    /// The ID of the machine that has access to the target machine.
    pub from_machine_id: String,
    /// The ID of the machine that is being accessed.
    pub to_machine_id: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineScope { object("object", default), from_machine_id("from_machine_id",
    required), to_machine_id("to_machine_id", required), created_at("created_at",
    required), }
);
/// Body of the response `#/components/responses/MachineScope.Deleted`.
///
/// Spec: `#/components/responses/MachineScope.Deleted/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineScopeDeletedResponse {
    /// String representing the object's type.
    #[serde(default)]
    pub object: MachineScopeDeletedResponseObject,
    /// The ID of the machine that had access to the target machine
    pub from_machine_id: String,
    /// The ID of the machine that was being accessed
    pub to_machine_id: String,
    /// Whether the machine scope was successfully deleted
    ///
    /// Allowed values: `true`.
    pub deleted: bool,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineScopeDeletedResponse { object("object", default),
    from_machine_id("from_machine_id", required), to_machine_id("to_machine_id",
    required), deleted("deleted", required), }
);
/// String representing the object's type.
///
/// Spec: `#/components/responses/MachineScope.Deleted/content/application~1json/schema/properties/object`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineScopeDeletedResponseObject {
    /// `machine_scope`
    MachineScope,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "machines")]
impl MachineScopeDeletedResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MachineScope => "machine_scope",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "machines")]
impl Default for MachineScopeDeletedResponseObject {
    fn default() -> Self {
        Self::MachineScope
    }
}
#[cfg(feature = "machines")]
impl From<&str> for MachineScopeDeletedResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "machine_scope" => Self::MachineScope,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "machines")]
impl From<String> for MachineScopeDeletedResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "machines")]
impl std::fmt::Display for MachineScopeDeletedResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl Serialize for MachineScopeDeletedResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl<'de> Deserialize<'de> for MachineScopeDeletedResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/MachineScope/properties/object`
#[cfg(feature = "machines")]
pub type MachineScopeObject = MachineScopeDeletedResponseObject;
/// Body of the response `#/components/responses/Machine.SecretKey`.
///
/// Spec: `#/components/responses/Machine.SecretKey/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineSecretKeyResponse {
    /// String representing the object's type.
    #[serde(default)]
    pub object: MachineSecretKeyResponseObject,
    /// The secret key for the machine.
    ///
    /// Read-only: set by the server, ignored in requests.
    pub secret: String,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineSecretKeyResponse { object("object", default), secret("secret", required), }
);
#[cfg(feature = "machines")]
impl std::fmt::Debug for MachineSecretKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MachineSecretKeyResponse")
            .field("object", &self.object)
            .field("secret", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// String representing the object's type.
///
/// Spec: `#/components/responses/Machine.SecretKey/content/application~1json/schema/properties/object`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum MachineSecretKeyResponseObject {
    /// `machine_secret_key`
    MachineSecretKey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "machines")]
impl MachineSecretKeyResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MachineSecretKey => "machine_secret_key",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "machines")]
impl Default for MachineSecretKeyResponseObject {
    fn default() -> Self {
        Self::MachineSecretKey
    }
}
#[cfg(feature = "machines")]
impl From<&str> for MachineSecretKeyResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "machine_secret_key" => Self::MachineSecretKey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "machines")]
impl From<String> for MachineSecretKeyResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "machines")]
impl std::fmt::Display for MachineSecretKeyResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl Serialize for MachineSecretKeyResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "machines")]
impl<'de> Deserialize<'de> for MachineSecretKeyResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/MachineWithoutScopedMachines`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct MachineWithoutScopedMachines {
    #[serde(default)]
    pub object: MachineWithoutScopedMachinesObject,
    /// Unique identifier for the machine.
    pub id: String,
    /// The name of the machine.
    pub name: String,
    /// The ID of the instance this machine belongs to.
    pub instance_id: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// The default time-to-live (TTL) in seconds for tokens created by this machine.
    ///
    /// Default: `3600`. Minimum: `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_ttl: Option<i64>,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    MachineWithoutScopedMachines { object("object", default), id("id", required),
    name("name", required), instance_id("instance_id", required),
    created_at("created_at", required), updated_at("updated_at", required),
    default_token_ttl("default_token_ttl", default), }
);
/// Spec: `#/components/schemas/MachineWithoutScopedMachines/properties/object`
#[cfg(feature = "machines")]
pub type MachineWithoutScopedMachinesObject = MachineDeletedResponseObject;
/// Spec: `#/paths/~1organizations~1{organization_id}~1metadata/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct MergeOrganizationMetadataBody {
    /// Metadata saved on the organization, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization that is only visible to your backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    MergeOrganizationMetadataBody { public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), }
);
#[cfg(feature = "organizations")]
impl MergeOrganizationMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            public_metadata: None,
            private_metadata: None,
        }
    }
}
/// Body of the response `#/components/responses/OAuthAccessToken`.
///
/// Spec: `#/components/schemas/OAuthAccessToken`
#[cfg(feature = "users")]
pub type OAuthAccessToken = Vec<OAuthAccessTokenItem>;
/// Spec: `#/components/schemas/OAuthAccessToken/items`
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthAccessTokenItem {
    #[serde(default)]
    pub object: OAuthAccessTokenItemObject,
    /// External account ID
    pub external_account_id: String,
    /// The unique ID of the user in the external provider's system
    pub provider_user_id: String,
    /// The access token
    pub token: String,
    /// Unix timestamp of the access token expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// The ID of the provider
    pub provider: String,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The list of scopes that the token is valid for. Only present for OAuth 2.0 tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    /// The ID token retrieved from the OIDC provider. Only present for OIDC-compliant OAuth 2.0 providers when available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_token: Option<String>,
    /// The token secret. Only present for OAuth 1.0 tokens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_secret: Option<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    OAuthAccessTokenItem { object("object", default),
    external_account_id("external_account_id", required),
    provider_user_id("provider_user_id", required), token("token", required),
    expires_at("expires_at", default), provider("provider", required),
    public_metadata("public_metadata", required), label("label", default),
    scopes("scopes", default), id_token("id_token", default),
    token_secret("token_secret", default), }
);
#[cfg(feature = "users")]
impl std::fmt::Debug for OAuthAccessTokenItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthAccessTokenItem")
            .field("object", &self.object)
            .field("external_account_id", &self.external_account_id)
            .field("provider_user_id", &self.provider_user_id)
            .field("token", &sdkgen_runtime::Redacted)
            .field("expires_at", &self.expires_at)
            .field("provider", &self.provider)
            .field("public_metadata", &self.public_metadata)
            .field("label", &self.label)
            .field("scopes", &self.scopes)
            .field("id_token", &sdkgen_runtime::Redacted)
            .field("token_secret", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/components/schemas/OAuthAccessToken/items/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthAccessTokenItemObject {
    /// `oauth_access_token`
    OauthAccessToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl OAuthAccessTokenItemObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OauthAccessToken => "oauth_access_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for OAuthAccessTokenItemObject {
    fn default() -> Self {
        Self::OauthAccessToken
    }
}
#[cfg(feature = "users")]
impl From<&str> for OAuthAccessTokenItemObject {
    fn from(value: &str) -> Self {
        match value {
            "oauth_access_token" => Self::OauthAccessToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for OAuthAccessTokenItemObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for OAuthAccessTokenItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for OAuthAccessTokenItemObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for OAuthAccessTokenItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OAuthApplication`.
///
/// Spec: `#/components/schemas/OAuthApplication`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthApplication {
    #[serde(default)]
    pub object: OAuthApplicationObject,
    pub id: String,
    pub instance_id: String,
    pub name: String,
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_image_url: Option<String>,
    pub dynamically_registered: bool,
    pub consent_screen_enabled: bool,
    pub pkce_required: bool,
    pub public: bool,
    pub scopes: String,
    pub redirect_uris: Vec<String>,
    /// Deprecated: Use redirect_uris instead.
    ///
    ///
    /// Deprecated.
    pub callback_url: String,
    pub authorize_url: String,
    pub token_fetch_url: String,
    pub user_info_url: String,
    pub discovery_url: String,
    pub token_introspection_url: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    OAuthApplication { object("object", default), id("id", required),
    instance_id("instance_id", required), name("name", required), client_id("client_id",
    required), client_uri("client_uri", default), client_image_url("client_image_url",
    default), dynamically_registered("dynamically_registered", required),
    consent_screen_enabled("consent_screen_enabled", required),
    pkce_required("pkce_required", required), public("public", required),
    scopes("scopes", required), redirect_uris("redirect_uris", required),
    callback_url("callback_url", required), authorize_url("authorize_url", required),
    token_fetch_url("token_fetch_url", required), user_info_url("user_info_url",
    required), discovery_url("discovery_url", required),
    token_introspection_url("token_introspection_url", required),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/OAuthApplication/properties/object`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthApplicationObject {
    /// `oauth_application`
    OauthApplication,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "oauth-applications")]
impl OAuthApplicationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OauthApplication => "oauth_application",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "oauth-applications")]
impl Default for OAuthApplicationObject {
    fn default() -> Self {
        Self::OauthApplication
    }
}
#[cfg(feature = "oauth-applications")]
impl From<&str> for OAuthApplicationObject {
    fn from(value: &str) -> Self {
        match value {
            "oauth_application" => Self::OauthApplication,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "oauth-applications")]
impl From<String> for OAuthApplicationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Display for OAuthApplicationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "oauth-applications")]
impl Serialize for OAuthApplicationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "oauth-applications")]
impl<'de> Deserialize<'de> for OAuthApplicationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/InstanceOAuthApplicationSettings`.
///
/// Spec: `#/components/schemas/OAuthApplicationSettings`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthApplicationSettings {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: OAuthApplicationSettingsObject,
    /// Whether dynamic OAuth client registration is enabled for the instance (RFC 7591).
    pub dynamic_oauth_client_registration: bool,
    /// Default scopes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_scopes: Option<Vec<String>>,
    /// Whether OAuth JWT access tokens are enabled for the instance (disabled indicates opaque access tokens).
    pub oauth_jwt_access_tokens: bool,
    /// Whether the instance advertises support for Client ID Metadata Documents in its OAuth authorization server metadata.
    pub client_id_metadata_documents_advertised: bool,
    /// When true, new unknown CIMD clients are rejected. Previously auto-connected and pre-registered clients remain admitted; deleting a client makes it unknown again.
    pub client_id_metadata_documents_only_allow_pre_registered_clients: bool,
    /// When true, recorded implicitly allowed CIMD clients are rejected on future client lookups. Explicitly allowed clients remain accepted. This does not revoke previously issued access tokens.
    pub client_id_metadata_documents_block_implicitly_allowed_clients: bool,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    OAuthApplicationSettings { object("object", default),
    dynamic_oauth_client_registration("dynamic_oauth_client_registration", required),
    default_scopes("default_scopes", default),
    oauth_jwt_access_tokens("oauth_jwt_access_tokens", required),
    client_id_metadata_documents_advertised("client_id_metadata_documents_advertised",
    required),
    client_id_metadata_documents_only_allow_pre_registered_clients("client_id_metadata_documents_only_allow_pre_registered_clients",
    required),
    client_id_metadata_documents_block_implicitly_allowed_clients("client_id_metadata_documents_block_implicitly_allowed_clients",
    required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/OAuthApplicationSettings/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthApplicationSettingsObject {
    /// `oauth_application_settings`
    OauthApplicationSettings,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl OAuthApplicationSettingsObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OauthApplicationSettings => "oauth_application_settings",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for OAuthApplicationSettingsObject {
    fn default() -> Self {
        Self::OauthApplicationSettings
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for OAuthApplicationSettingsObject {
    fn from(value: &str) -> Self {
        match value {
            "oauth_application_settings" => Self::OauthApplicationSettings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for OAuthApplicationSettingsObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for OAuthApplicationSettingsObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for OAuthApplicationSettingsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for OAuthApplicationSettingsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OAuthApplicationWithSecret`.
///
/// Spec: `#/components/schemas/OAuthApplicationWithSecret`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthApplicationWithSecret {
    #[serde(default)]
    pub object: OAuthApplicationObject,
    pub id: String,
    pub instance_id: String,
    pub name: String,
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_uri: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_image_url: Option<String>,
    pub dynamically_registered: bool,
    pub consent_screen_enabled: bool,
    pub pkce_required: bool,
    pub public: bool,
    pub scopes: String,
    pub redirect_uris: Vec<String>,
    /// Deprecated: Use redirect_uris instead.
    ///
    ///
    /// Deprecated.
    pub callback_url: String,
    pub authorize_url: String,
    pub token_fetch_url: String,
    pub user_info_url: String,
    pub discovery_url: String,
    pub token_introspection_url: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Empty if public client.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    OAuthApplicationWithSecret { object("object", default), id("id", required),
    instance_id("instance_id", required), name("name", required), client_id("client_id",
    required), client_uri("client_uri", default), client_image_url("client_image_url",
    default), dynamically_registered("dynamically_registered", required),
    consent_screen_enabled("consent_screen_enabled", required),
    pkce_required("pkce_required", required), public("public", required),
    scopes("scopes", required), redirect_uris("redirect_uris", required),
    callback_url("callback_url", required), authorize_url("authorize_url", required),
    token_fetch_url("token_fetch_url", required), user_info_url("user_info_url",
    required), discovery_url("discovery_url", required),
    token_introspection_url("token_introspection_url", required),
    created_at("created_at", required), updated_at("updated_at", required),
    client_secret("client_secret", default), }
);
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for OAuthApplicationWithSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OAuthApplicationWithSecret")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("instance_id", &self.instance_id)
            .field("name", &self.name)
            .field("client_id", &self.client_id)
            .field("client_uri", &self.client_uri)
            .field("client_image_url", &self.client_image_url)
            .field("dynamically_registered", &self.dynamically_registered)
            .field("consent_screen_enabled", &self.consent_screen_enabled)
            .field("pkce_required", &self.pkce_required)
            .field("public", &self.public)
            .field("scopes", &self.scopes)
            .field("redirect_uris", &self.redirect_uris)
            .field("callback_url", &self.callback_url)
            .field("authorize_url", &self.authorize_url)
            .field("token_fetch_url", &self.token_fetch_url)
            .field("user_info_url", &self.user_info_url)
            .field("discovery_url", &self.discovery_url)
            .field("token_introspection_url", &self.token_introspection_url)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .field("client_secret", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Body of the response `#/components/responses/OAuthApplications`.
///
/// Spec: `#/components/schemas/OAuthApplications`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OAuthApplications {
    pub data: Vec<OAuthApplication>,
    /// Total number of OAuth applications
    pub total_count: i64,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    OAuthApplications { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/Organization`.
///
/// Spec: `#/components/schemas/Organization`
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Organization {
    #[serde(default)]
    pub object: OrganizationObject,
    pub id: String,
    pub name: String,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_member_with_elevated_permissions: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_invitations_count: Option<i64>,
    pub max_allowed_memberships: i64,
    pub admin_delete_enabled: bool,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Unix timestamp of last activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<i64>,
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) assigned to this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_set_key: Option<String>,
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
sdkgen_runtime::deserialize_map!(
    Organization { object("object", default), id("id", required), name("name", required),
    slug("slug", required), image_url("image_url", default), has_image("has_image",
    required), members_count("members_count", default),
    missing_member_with_elevated_permissions("missing_member_with_elevated_permissions",
    default), pending_invitations_count("pending_invitations_count", default),
    max_allowed_memberships("max_allowed_memberships", required),
    admin_delete_enabled("admin_delete_enabled", required),
    public_metadata("public_metadata", required), private_metadata("private_metadata",
    default), created_by("created_by", default), created_at("created_at", required),
    updated_at("updated_at", required), last_active_at("last_active_at", default),
    role_set_key("role_set_key", default), }
);
/// An organization domain
///
/// Body of the response `#/components/responses/OrganizationDomain`.
///
/// Spec: `#/components/schemas/OrganizationDomain`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationDomain {
    /// String representing the object's type. Objects of the same type share the same value. Always `organization_domain`
    #[serde(default)]
    pub object: OrganizationDomainObject,
    /// Unique identifier for the organization domain
    pub id: String,
    /// Unique identifier for the organization
    pub organization_id: String,
    /// Name of the organization domain
    pub name: String,
    /// Mode of enrollment for the domain
    pub enrollment_mode: OrganizationDomainEnrollmentMode,
    /// Affiliation email address for the domain, if available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_email_address: Option<String>,
    /// Verification details for the user-facing affiliation between the domain and the organization (e.g. affiliation_email_code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_verification: Option<OrganizationDomainVerification>,
    /// Verification details for the underlying DNS domain ownership proof (TXT challenge or dashboard override). Null until ownership has been attempted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ownership_verification: Option<OrganizationDomainVerification>,
    /// Deprecated alias for `affiliation_verification`. Kept for backward compatibility on the current API version; will be removed in the next API version. Prefer `affiliation_verification`.
    ///
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<OrganizationDomainVerification>,
    /// Total number of pending invitations associated with this domain
    pub total_pending_invitations: i32,
    /// Total number of pending suggestions associated with this domain
    pub total_pending_suggestions: i32,
    /// Public organization data associated with this domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<OrganizationInvitationPublicOrganizationData>,
    /// Unix timestamp when the domain was created
    pub created_at: i64,
    /// Unix timestamp of the last update to the domain
    pub updated_at: i64,
}
#[cfg(feature = "organization-domains")]
sdkgen_runtime::deserialize_map!(
    OrganizationDomain { object("object", default), id("id", required),
    organization_id("organization_id", required), name("name", required),
    enrollment_mode("enrollment_mode", required),
    affiliation_email_address("affiliation_email_address", default),
    affiliation_verification("affiliation_verification", default),
    ownership_verification("ownership_verification", default),
    verification("verification", default),
    total_pending_invitations("total_pending_invitations", required),
    total_pending_suggestions("total_pending_suggestions", required),
    public_organization_data("public_organization_data", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Mode of enrollment for the domain
///
/// Spec: `#/components/schemas/OrganizationDomain/properties/enrollment_mode`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationDomainEnrollmentMode {
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
#[cfg(feature = "organization-domains")]
impl OrganizationDomainEnrollmentMode {
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
#[cfg(feature = "organization-domains")]
impl From<&str> for OrganizationDomainEnrollmentMode {
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
#[cfg(feature = "organization-domains")]
impl From<String> for OrganizationDomainEnrollmentMode {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Display for OrganizationDomainEnrollmentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl Serialize for OrganizationDomainEnrollmentMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl<'de> Deserialize<'de> for OrganizationDomainEnrollmentMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value. Always `organization_domain`
///
/// Spec: `#/components/schemas/OrganizationDomain/properties/object`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationDomainObject {
    /// `organization_domain`
    OrganizationDomain,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "organization-domains")]
impl OrganizationDomainObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationDomain => "organization_domain",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "organization-domains")]
impl Default for OrganizationDomainObject {
    fn default() -> Self {
        Self::OrganizationDomain
    }
}
#[cfg(feature = "organization-domains")]
impl From<&str> for OrganizationDomainObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_domain" => Self::OrganizationDomain,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "organization-domains")]
impl From<String> for OrganizationDomainObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Display for OrganizationDomainObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl Serialize for OrganizationDomainObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "organization-domains")]
impl<'de> Deserialize<'de> for OrganizationDomainObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The verification object from an organization domain
///
/// Spec: `#/components/schemas/OrganizationDomainVerification`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationDomainVerification {
    /// Status of the verification. It can be `unverified`, `verified`, `failed`, or `expired`.
    pub status: String,
    /// Name of the strategy used to verify the domain
    pub strategy: String,
    /// How many attempts have been made to verify the domain
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    /// Unix timestamp of when the verification will expire
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    /// Unix timestamp of when ownership was verified. Only populated on `ownership_verification`; null on `affiliation_verification`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at: Option<i64>,
}
#[cfg(feature = "organization-domains")]
sdkgen_runtime::deserialize_map!(
    OrganizationDomainVerification { status("status", required), strategy("strategy",
    required), attempts("attempts", default), expire_at("expire_at", default),
    verified_at("verified_at", default), }
);
/// Body of the response `#/components/responses/OrganizationDomains`.
///
/// Spec: `#/components/schemas/OrganizationDomains`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationDomains {
    pub data: Vec<OrganizationDomain>,
    /// Total number of organization domains
    pub total_count: i64,
}
#[cfg(feature = "organization-domains")]
sdkgen_runtime::deserialize_map!(
    OrganizationDomains { data("data", required), total_count("total_count", required), }
);
/// An organization invitation
///
/// Body of the response `#/components/responses/OrganizationInvitation`.
///
/// Spec: `#/components/schemas/OrganizationInvitation`
#[cfg(feature = "organization-invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationInvitation {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: OrganizationInvitationObject,
    pub id: String,
    pub email_address: String,
    pub role: String,
    pub role_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_inviter_data: Option<OrganizationInvitationPublicUserData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "organization-invitations")]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitation { object("object", default), id("id", required),
    email_address("email_address", required), role("role", required),
    role_name("role_name", required), organization_id("organization_id", default),
    inviter_id("inviter_id", default), public_inviter_data("public_inviter_data",
    default), status("status", default), public_metadata("public_metadata", required),
    private_metadata("private_metadata", default), url("url", default),
    expires_at("expires_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/OrganizationInvitation/properties/object`
#[cfg(any(feature = "organization-invitations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationInvitationObject {
    /// `organization_invitation`
    OrganizationInvitation,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl OrganizationInvitationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationInvitation => "organization_invitation",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl Default for OrganizationInvitationObject {
    fn default() -> Self {
        Self::OrganizationInvitation
    }
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl From<&str> for OrganizationInvitationObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_invitation" => Self::OrganizationInvitation,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl From<String> for OrganizationInvitationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl std::fmt::Display for OrganizationInvitationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl Serialize for OrganizationInvitationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
impl<'de> Deserialize<'de> for OrganizationInvitationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/OrganizationInvitationPublicOrganizationData`
#[cfg(
    any(
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "users"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationInvitationPublicOrganizationData {
    pub id: String,
    pub name: String,
    pub slug: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
}
#[cfg(
    any(
        feature = "organization-domains",
        feature = "organization-invitations",
        feature = "users"
    )
)]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitationPublicOrganizationData { id("id", required), name("name",
    required), slug("slug", required), image_url("image_url", default),
    has_image("has_image", required), }
);
/// An organization inviter's public user data
///
/// Spec: `#/components/schemas/OrganizationInvitationPublicUserData`
#[cfg(any(feature = "organization-invitations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationInvitationPublicUserData {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    pub image_url: String,
    pub has_image: bool,
    pub identifier: String,
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitationPublicUserData { user_id("user_id", required),
    first_name("first_name", default), last_name("last_name", default),
    image_url("image_url", required), has_image("has_image", required),
    identifier("identifier", required), }
);
/// An organization invitation with public organization data populated
///
/// Spec: `#/components/schemas/OrganizationInvitationWithPublicOrganizationData`
#[cfg(any(feature = "organization-invitations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct OrganizationInvitationWithPublicOrganizationData {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<OrganizationInvitationWithPublicOrganizationDataObject>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inviter_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_inviter_data: Option<OrganizationInvitationPublicUserData>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of expiration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Unix timestamp of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
    /// Unix timestamp of last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_organization_data: Option<OrganizationInvitationPublicOrganizationData>,
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitationWithPublicOrganizationData { object("object", default),
    id("id", default), email_address("email_address", default), role("role", default),
    role_name("role_name", default), organization_id("organization_id", default),
    inviter_id("inviter_id", default), public_inviter_data("public_inviter_data",
    default), status("status", default), public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), url("url", default),
    expires_at("expires_at", default), created_at("created_at", default),
    updated_at("updated_at", default),
    public_organization_data("public_organization_data", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/OrganizationInvitationWithPublicOrganizationData/allOf/0/properties/object`
#[cfg(any(feature = "organization-invitations", feature = "users"))]
pub type OrganizationInvitationWithPublicOrganizationDataObject = OrganizationInvitationObject;
/// Body of the response `#/components/responses/OrganizationInvitations`.
///
/// Spec: `#/components/schemas/OrganizationInvitations`
#[cfg(feature = "organization-invitations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationInvitations {
    pub data: Vec<OrganizationInvitation>,
    /// Total number of organization invitations
    pub total_count: i64,
}
#[cfg(feature = "organization-invitations")]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitations { data("data", required), total_count("total_count",
    required), }
);
/// Body of the response `#/components/responses/OrganizationInvitationsWithPublicOrganizationData`.
///
/// Spec: `#/components/schemas/OrganizationInvitationsWithPublicOrganizationData`
#[cfg(any(feature = "organization-invitations", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationInvitationsWithPublicOrganizationData {
    pub data: Vec<OrganizationInvitationWithPublicOrganizationData>,
    /// Total number of organization invitations
    pub total_count: i64,
}
#[cfg(any(feature = "organization-invitations", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationInvitationsWithPublicOrganizationData { data("data", required),
    total_count("total_count", required), }
);
/// A user's membership in an organization
///
/// Body of the response `#/components/responses/OrganizationMembership`.
///
/// Spec: `#/components/schemas/OrganizationMembership`
#[cfg(any(feature = "organization-memberships", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationMembership {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: OrganizationMembershipObject,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    pub permissions: Vec<String>,
    /// Metadata saved on the organization membership, accessible from both Frontend and Backend APIs
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    /// Metadata saved on the organization membership, accessible only from the Backend API
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub organization: Organization,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_user_data: Option<OrganizationMembershipPublicUserData>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationMembership { id("id", required), object("object", default), role("role",
    required), role_name("role_name", default), permissions("permissions", required),
    public_metadata("public_metadata", required), private_metadata("private_metadata",
    default), organization("organization", required),
    public_user_data("public_user_data", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/OrganizationMembership/properties/object`
#[cfg(any(feature = "organization-memberships", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationMembershipObject {
    /// `organization_membership`
    OrganizationMembership,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl OrganizationMembershipObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationMembership => "organization_membership",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl Default for OrganizationMembershipObject {
    fn default() -> Self {
        Self::OrganizationMembership
    }
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl From<&str> for OrganizationMembershipObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_membership" => Self::OrganizationMembership,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl From<String> for OrganizationMembershipObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl std::fmt::Display for OrganizationMembershipObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl Serialize for OrganizationMembershipObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
impl<'de> Deserialize<'de> for OrganizationMembershipObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// An organization membership with public user data populated
///
/// Spec: `#/components/schemas/OrganizationMembershipPublicUserData`
#[cfg(any(feature = "organization-memberships", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationMembershipPublicUserData {
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image_url: Option<String>,
    pub image_url: String,
    pub has_image: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprovisioned: Option<bool>,
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationMembershipPublicUserData { user_id("user_id", required),
    first_name("first_name", default), last_name("last_name", default),
    profile_image_url("profile_image_url", default), image_url("image_url", required),
    has_image("has_image", required), identifier("identifier", default),
    username("username", default), banned("banned", default),
    deprovisioned("deprovisioned", default), }
);
/// Body of the response `#/components/responses/OrganizationMemberships`.
///
/// Spec: `#/components/schemas/OrganizationMemberships`
#[cfg(any(feature = "organization-memberships", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationMemberships {
    pub data: Vec<OrganizationMembership>,
    /// Total number of organization memberships
    pub total_count: i64,
}
#[cfg(any(feature = "organization-memberships", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    OrganizationMemberships { data("data", required), total_count("total_count",
    required), }
);
/// Spec: `#/components/schemas/Organization/properties/object`
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationObject {
    /// `organization`
    Organization,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl OrganizationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Organization => "organization",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl Default for OrganizationObject {
    fn default() -> Self {
        Self::Organization
    }
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl From<&str> for OrganizationObject {
    fn from(value: &str) -> Self {
        match value {
            "organization" => Self::Organization,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl From<String> for OrganizationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl std::fmt::Display for OrganizationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl Serialize for OrganizationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "organization-memberships",
        feature = "organizations",
        feature = "users"
    )
)]
impl<'de> Deserialize<'de> for OrganizationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OrganizationSettings`.
///
/// Spec: `#/components/schemas/OrganizationSettings`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationSettings {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: OrganizationSettingsObject,
    pub enabled: bool,
    pub max_allowed_memberships: i64,
    pub max_allowed_roles: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_role_sets_allowed: Option<i64>,
    pub max_allowed_domains: i64,
    /// max_allowed_permissions is now a no-op, as permissions are now unlimited
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_allowed_permissions: Option<i64>,
    /// The role key that a user will be assigned after creating an organization.
    pub creator_role: String,
    /// The default for whether an admin can delete an organization with the Frontend API.
    pub admin_delete_enabled: bool,
    pub domains_enabled: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug_disabled: Option<bool>,
    pub domains_enrollment_modes: Vec<OrganizationSettingsDomainsEnrollmentModesItem>,
    /// The role key that it will be used in order to create an organization invitation or suggestion.
    pub domains_default_role: String,
    /// The role set key that it will be used to create new organizations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initial_role_set_key: Option<String>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    OrganizationSettings { object("object", default), enabled("enabled", required),
    max_allowed_memberships("max_allowed_memberships", required),
    max_allowed_roles("max_allowed_roles", required),
    max_role_sets_allowed("max_role_sets_allowed", default),
    max_allowed_domains("max_allowed_domains", required),
    max_allowed_permissions("max_allowed_permissions", default),
    creator_role("creator_role", required), admin_delete_enabled("admin_delete_enabled",
    required), domains_enabled("domains_enabled", required),
    slug_disabled("slug_disabled", default),
    domains_enrollment_modes("domains_enrollment_modes", required),
    domains_default_role("domains_default_role", required),
    initial_role_set_key("initial_role_set_key", default), }
);
/// Spec: `#/components/schemas/OrganizationSettings/properties/domains_enrollment_modes/items`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationSettingsDomainsEnrollmentModesItem {
    /// `manual_invitation`
    ManualInvitation,
    /// `automatic_invitation`
    AutomaticInvitation,
    /// `automatic_suggestion`
    AutomaticSuggestion,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl OrganizationSettingsDomainsEnrollmentModesItem {
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
#[cfg(feature = "instance-settings")]
impl From<&str> for OrganizationSettingsDomainsEnrollmentModesItem {
    fn from(value: &str) -> Self {
        match value {
            "manual_invitation" => Self::ManualInvitation,
            "automatic_invitation" => Self::AutomaticInvitation,
            "automatic_suggestion" => Self::AutomaticSuggestion,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for OrganizationSettingsDomainsEnrollmentModesItem {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for OrganizationSettingsDomainsEnrollmentModesItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for OrganizationSettingsDomainsEnrollmentModesItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for OrganizationSettingsDomainsEnrollmentModesItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/OrganizationSettings/properties/object`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OrganizationSettingsObject {
    /// `organization_settings`
    OrganizationSettings,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl OrganizationSettingsObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OrganizationSettings => "organization_settings",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "instance-settings")]
impl Default for OrganizationSettingsObject {
    fn default() -> Self {
        Self::OrganizationSettings
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for OrganizationSettingsObject {
    fn from(value: &str) -> Self {
        match value {
            "organization_settings" => Self::OrganizationSettings,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for OrganizationSettingsObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display for OrganizationSettingsObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for OrganizationSettingsObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de> for OrganizationSettingsObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/OrganizationWithLogo`.
///
/// Spec: `#/components/schemas/OrganizationWithLogo`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct OrganizationWithLogo {
    #[serde(default)]
    pub object: OrganizationObject,
    pub id: String,
    pub name: String,
    pub slug: String,
    pub image_url: String,
    pub has_image: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_member_with_elevated_permissions: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_invitations_count: Option<i64>,
    pub max_allowed_memberships: i64,
    pub admin_delete_enabled: bool,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Unix timestamp of last activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_at: Option<i64>,
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) assigned to this organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_set_key: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo_url: Option<String>,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    OrganizationWithLogo { object("object", default), id("id", required), name("name",
    required), slug("slug", required), image_url("image_url", required),
    has_image("has_image", required), members_count("members_count", default),
    missing_member_with_elevated_permissions("missing_member_with_elevated_permissions",
    default), pending_invitations_count("pending_invitations_count", default),
    max_allowed_memberships("max_allowed_memberships", required),
    admin_delete_enabled("admin_delete_enabled", required),
    public_metadata("public_metadata", required), private_metadata("private_metadata",
    default), created_by("created_by", default), created_at("created_at", required),
    updated_at("updated_at", required), last_active_at("last_active_at", default),
    role_set_key("role_set_key", default), logo_url("logo_url", default), }
);
/// Body of the response `#/components/responses/Organizations`.
///
/// Spec: `#/components/schemas/Organizations`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Organizations {
    pub data: Vec<Organization>,
    /// Total number of organizations
    pub total_count: i64,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    Organizations { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/BillingPaymentAttempt.List`.
///
/// Spec: `#/components/schemas/PaginatedBillingPaymentAttemptResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PaginatedBillingPaymentAttemptResponse {
    /// Array of billing payment attempts.
    pub data: Vec<BillingPaymentAttempt>,
    /// Total number of billing payment attempts.
    pub total_count: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PaginatedBillingPaymentAttemptResponse { data("data", required),
    total_count("total_count", required), }
);
/// Body of the response `#/components/responses/BillingPrice.List`.
///
/// Spec: `#/components/schemas/PaginatedBillingPriceResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PaginatedBillingPriceResponse {
    /// Array of prices.
    pub data: Vec<BillingPriceResponse>,
    /// Total number of prices.
    pub total_count: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PaginatedBillingPriceResponse { data("data", required), total_count("total_count",
    required), }
);
/// Body of the response `#/components/responses/BillingStatement.List`.
///
/// Spec: `#/components/schemas/PaginatedBillingStatementResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PaginatedBillingStatementResponse {
    /// Array of billing statements.
    pub data: Vec<BillingStatement>,
    /// Total number of billing statements.
    pub total_count: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PaginatedBillingStatementResponse { data("data", required),
    total_count("total_count", required), }
);
/// Body of the response `#/components/responses/CommercePlan.List`.
///
/// Spec: `#/components/schemas/PaginatedCommercePlanResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PaginatedCommercePlanResponse {
    /// Array of plans.
    pub data: Vec<CommercePlan>,
    /// Total number of plans.
    pub total_count: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PaginatedCommercePlanResponse { data("data", required), total_count("total_count",
    required), }
);
/// Body of the response `#/components/responses/CommerceSubscriptionItem.List`.
///
/// Spec: `#/components/schemas/PaginatedCommerceSubscriptionItemResponse`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PaginatedCommerceSubscriptionItemResponse {
    /// Array of subscription items.
    pub data: Vec<CommerceSubscriptionItem>,
    /// Total number of subscription items.
    pub total_count: i64,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PaginatedCommerceSubscriptionItemResponse { data("data", required),
    total_count("total_count", required), }
);
/// Spec: `#/components/schemas/Passkey`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Passkey {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: PasskeyObject,
    pub name: String,
    /// Unix timestamp of when the passkey was last used.
    pub last_used_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<VerificationPasskey>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    Passkey { id("id", default), object("object", default), name("name", required),
    last_used_at("last_used_at", required), verification("verification", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Passkey/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PasskeyObject {
    /// `passkey`
    Passkey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl PasskeyObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Passkey => "passkey",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for PasskeyObject {
    fn default() -> Self {
        Self::Passkey
    }
}
#[cfg(feature = "users")]
impl From<&str> for PasskeyObject {
    fn from(value: &str) -> Self {
        match value {
            "passkey" => Self::Passkey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for PasskeyObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for PasskeyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for PasskeyObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for PasskeyObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The hashing algorithm that was used to generate the password digest.
///
/// The algorithms we support at the moment are [`bcrypt`](https://en.wikipedia.org/wiki/Bcrypt), [`bcrypt_sha256_django`](https://docs.djangoproject.com/en/4.0/topics/auth/passwords/), [`md5`](https://en.wikipedia.org/wiki/MD5), `pbkdf2_sha1`, `pbkdf2_sha256`, [`pbkdf2_sha256_django`](https://docs.djangoproject.com/en/4.0/topics/auth/passwords/),
/// `pbkdf2_sha512`, [`phpass`](https://www.openwall.com/phpass/), `md5_phpass`, [`scrypt_firebase`](https://firebaseopensource.com/projects/firebase/scrypt/),
/// [`scrypt_werkzeug`](https://werkzeug.palletsprojects.com/en/3.0.x/utils/#werkzeug.security.generate_password_hash), [`sha256`](https://en.wikipedia.org/wiki/SHA-2),
/// [`ldap_ssha`](https://www.openldap.org/faq/data/cache/347.html), the [`argon2`](https://argon2.online/) variants: `argon2i` and `argon2id`, `sha512_symfony`, the SHA-512 variant of the [Symfony](https://symfony.com/doc/current/security/passwords.html) legacy hasher,
/// and `pbkdf2_sha512_hex`, a variant of `pbkdf2_sha512` that accepts hex-encoded salt and hash.
///
/// Each of the supported hashers expects the incoming digest to be in a particular format. See the [Clerk docs](https://clerk.com/docs/references/backend/user/create-user) for more information.
///
/// Spec: `#/components/schemas/PasswordHasher`
#[cfg(feature = "users")]
pub type PasswordHasher = String;
/// Body of the response `#/components/responses/Permission`.
///
/// Spec: `#/components/schemas/Permission`
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Permission {
    #[serde(default)]
    pub object: PermissionObject,
    pub id: String,
    pub name: String,
    pub key: String,
    pub description: String,
    pub r#type: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
sdkgen_runtime::deserialize_map!(
    Permission { object("object", default), id("id", required), name("name", required),
    key("key", required), description("description", required), r#type("type", required),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/Permission/properties/object`
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PermissionObject {
    /// `permission`
    Permission,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl PermissionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Permission => "permission",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl Default for PermissionObject {
    fn default() -> Self {
        Self::Permission
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl From<&str> for PermissionObject {
    fn from(value: &str) -> Self {
        match value {
            "permission" => Self::Permission,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl From<String> for PermissionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl std::fmt::Display for PermissionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl Serialize for PermissionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-permissions",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl<'de> Deserialize<'de> for PermissionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Permissions`.
///
/// Spec: `#/components/schemas/Permissions`
#[cfg(feature = "organization-permissions")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Permissions {
    pub data: Vec<Permission>,
    /// Total number of permissions
    pub total_count: i64,
}
#[cfg(feature = "organization-permissions")]
sdkgen_runtime::deserialize_map!(
    Permissions { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/PhoneNumber`.
///
/// Spec: `#/components/schemas/PhoneNumber`
#[cfg(any(feature = "phone-numbers", feature = "users"))]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PhoneNumber {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: PhoneNumberObject,
    pub phone_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for_second_factor: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_second_factor: Option<bool>,
    pub reserved: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<PhoneNumberVerification>,
    pub linked_to: Vec<IdentificationLink>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_codes: Option<Vec<String>>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    PhoneNumber { id("id", default), object("object", default),
    phone_number("phone_number", required),
    reserved_for_second_factor("reserved_for_second_factor", default),
    default_second_factor("default_second_factor", default), reserved("reserved",
    required), verification("verification", default), linked_to("linked_to", required),
    backup_codes("backup_codes", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl std::fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhoneNumber")
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
/// Spec: `#/components/schemas/PhoneNumber/properties/object`
#[cfg(any(feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum PhoneNumberObject {
    /// `phone_number`
    PhoneNumber,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl PhoneNumberObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneNumber => "phone_number",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl Default for PhoneNumberObject {
    fn default() -> Self {
        Self::PhoneNumber
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl From<&str> for PhoneNumberObject {
    fn from(value: &str) -> Self {
        match value {
            "phone_number" => Self::PhoneNumber,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl From<String> for PhoneNumberObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for PhoneNumberObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl Serialize for PhoneNumberObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for PhoneNumberObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/PhoneNumber/properties/verification`
#[cfg(any(feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum PhoneNumberVerification {
    /// `object`: "verification_otp"
    VerificationOtp(VerificationOtp),
    /// `object`: "verification_admin"
    VerificationAdmin(VerificationAdmin),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl sdkgen_runtime::TaggedUnion for PhoneNumberVerification {
    const NAME: &'static str = "PhoneNumberVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_otp") => {
                Deserialize::deserialize(content).map(Self::VerificationOtp)
            }
            Some("verification_admin") => {
                Deserialize::deserialize(content).map(Self::VerificationAdmin)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(any(feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for PhoneNumberVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}~1preview/post/requestBody/content/application~1json/schema`
#[cfg(feature = "templates")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct PreviewTemplateBody {
    /// The email subject.
    /// Applicable only to email templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The template body before variable interpolation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The local part of the From email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_email_name: Option<String>,
    /// The local part of the Reply To email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to_email_name: Option<String>,
}
#[cfg(feature = "templates")]
sdkgen_runtime::deserialize_map!(
    PreviewTemplateBody { subject("subject", default), body("body", default),
    from_email_name("from_email_name", default),
    reply_to_email_name("reply_to_email_name", default), }
);
#[cfg(feature = "templates")]
impl PreviewTemplateBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            subject: None,
            body: None,
            from_email_name: None,
            reply_to_email_name: None,
        }
    }
}
/// Spec: `#/components/schemas/PriceTransitionRequest`
#[cfg(feature = "billing")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PriceTransitionRequest {
    /// The current price ID of the subscription item.
    pub from_price_id: String,
    /// The target price ID to transition to.
    pub to_price_id: String,
}
#[cfg(feature = "billing")]
sdkgen_runtime::deserialize_map!(
    PriceTransitionRequest { from_price_id("from_price_id", required),
    to_price_id("to_price_id", required), }
);
#[cfg(feature = "billing")]
impl PriceTransitionRequest {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(from_price_id: String, to_price_id: String) -> Self {
        Self { from_price_id, to_price_id }
    }
}
/// Body of the response `#/components/responses/ProxyCheck`.
///
/// Spec: `#/components/schemas/ProxyCheck`
#[cfg(feature = "proxy-checks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ProxyCheck {
    #[serde(default)]
    pub object: ProxyCheckObject,
    pub id: String,
    pub domain_id: String,
    /// Unix timestamp of last run.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_run_at: Option<i64>,
    pub proxy_url: String,
    pub successful: bool,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "proxy-checks")]
sdkgen_runtime::deserialize_map!(
    ProxyCheck { object("object", default), id("id", required), domain_id("domain_id",
    required), last_run_at("last_run_at", default), proxy_url("proxy_url", required),
    successful("successful", required), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/ProxyCheck/properties/object`
#[cfg(feature = "proxy-checks")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ProxyCheckObject {
    /// `proxy_check`
    ProxyCheck,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "proxy-checks")]
impl ProxyCheckObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ProxyCheck => "proxy_check",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "proxy-checks")]
impl Default for ProxyCheckObject {
    fn default() -> Self {
        Self::ProxyCheck
    }
}
#[cfg(feature = "proxy-checks")]
impl From<&str> for ProxyCheckObject {
    fn from(value: &str) -> Self {
        match value {
            "proxy_check" => Self::ProxyCheck,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "proxy-checks")]
impl From<String> for ProxyCheckObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "proxy-checks")]
impl std::fmt::Display for ProxyCheckObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "proxy-checks")]
impl Serialize for ProxyCheckObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "proxy-checks")]
impl<'de> Deserialize<'de> for ProxyCheckObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Mappings from source role keys to destination role keys for role reassignment
///
/// Spec: `#/components/schemas/ReassignmentMappings`
#[cfg(feature = "role-sets")]
pub type ReassignmentMappings = std::collections::BTreeMap<String, String>;
/// Body of the response `#/components/responses/RedirectURL`.
///
/// Spec: `#/components/schemas/RedirectURL`
#[cfg(feature = "redirect-urls")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RedirectUrl {
    #[serde(default)]
    pub object: RedirectUrlObject,
    pub id: String,
    pub url: String,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "redirect-urls")]
sdkgen_runtime::deserialize_map!(
    RedirectUrl { object("object", default), id("id", required), url("url", required),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/RedirectURL/properties/object`
#[cfg(feature = "redirect-urls")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RedirectUrlObject {
    /// `redirect_url`
    RedirectUrl,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "redirect-urls")]
impl RedirectUrlObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RedirectUrl => "redirect_url",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "redirect-urls")]
impl Default for RedirectUrlObject {
    fn default() -> Self {
        Self::RedirectUrl
    }
}
#[cfg(feature = "redirect-urls")]
impl From<&str> for RedirectUrlObject {
    fn from(value: &str) -> Self {
        match value {
            "redirect_url" => Self::RedirectUrl,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "redirect-urls")]
impl From<String> for RedirectUrlObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "redirect-urls")]
impl std::fmt::Display for RedirectUrlObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "redirect-urls")]
impl Serialize for RedirectUrlObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "redirect-urls")]
impl<'de> Deserialize<'de> for RedirectUrlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1sessions~1{session_id}~1refresh/post/requestBody/content/application~1json/schema`
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RefreshSessionBody {
    /// The JWT that is sent via the `__session` cookie from your frontend.
    /// Note: this JWT must be associated with the supplied session ID.
    pub expired_token: String,
    /// The refresh token from the `__refresh` cookie set via FAPI's handshake flow.
    pub refresh_token: String,
    /// The origin of the request.
    pub request_origin: String,
    /// The headers of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_headers: Option<serde_json::Map<String, serde_json::Value>>,
    /// The format of the response.
    ///
    /// Default: `"token"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<RefreshSessionBodyFormat>,
    /// The IP address of the request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_originating_ip: Option<String>,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    RefreshSessionBody { expired_token("expired_token", required),
    refresh_token("refresh_token", required), request_origin("request_origin", required),
    request_headers("request_headers", default), format("format", default),
    request_originating_ip("request_originating_ip", default), }
);
#[cfg(feature = "sessions")]
impl RefreshSessionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        expired_token: String,
        refresh_token: String,
        request_origin: String,
    ) -> Self {
        Self {
            expired_token,
            refresh_token,
            request_origin,
            request_headers: None,
            format: None,
            request_originating_ip: None,
        }
    }
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for RefreshSessionBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefreshSessionBody")
            .field("expired_token", &sdkgen_runtime::Redacted)
            .field("refresh_token", &sdkgen_runtime::Redacted)
            .field("request_origin", &self.request_origin)
            .field("request_headers", &self.request_headers)
            .field("format", &self.format)
            .field("request_originating_ip", &self.request_originating_ip)
            .finish()
    }
}
/// The format of the response.
///
/// Spec: `#/paths/~1sessions~1{session_id}~1refresh/post/requestBody/content/application~1json/schema/properties/format`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RefreshSessionBodyFormat {
    /// `token`
    Token,
    /// `cookie`
    Cookie,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sessions")]
impl RefreshSessionBodyFormat {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Token => "token",
            Self::Cookie => "cookie",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "sessions")]
impl From<&str> for RefreshSessionBodyFormat {
    fn from(value: &str) -> Self {
        match value {
            "token" => Self::Token,
            "cookie" => Self::Cookie,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sessions")]
impl From<String> for RefreshSessionBodyFormat {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sessions")]
impl std::fmt::Display for RefreshSessionBodyFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl Serialize for RefreshSessionBodyFormat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sessions")]
impl<'de> Deserialize<'de> for RefreshSessionBodyFormat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1remove_password/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct RemoveUserPasswordBody {
    /// Set to `true` to revoke all of the user's active sessions after removing the password.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sign_out_of_other_sessions: Option<bool>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    RemoveUserPasswordBody { sign_out_of_other_sessions("sign_out_of_other_sessions",
    default), }
);
#[cfg(feature = "users")]
impl RemoveUserPasswordBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            sign_out_of_other_sessions: None,
        }
    }
}
/// Spec: `#/paths/~1directories~1{directory_id}~1group_role_mappings/put/requestBody/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceDirectoryGroupRoleMappingsBody {
    /// The desired set of mappings. Array order sets precedence (1-indexed). An empty array clears all mappings.
    pub mappings: Vec<ReplaceDirectoryGroupRoleMappingsBodyMappingsItem>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    ReplaceDirectoryGroupRoleMappingsBody { mappings("mappings", required), }
);
#[cfg(feature = "directories")]
impl ReplaceDirectoryGroupRoleMappingsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        mappings: Vec<ReplaceDirectoryGroupRoleMappingsBodyMappingsItem>,
    ) -> Self {
        Self { mappings }
    }
}
/// Spec: `#/paths/~1directories~1{directory_id}~1group_role_mappings/put/requestBody/content/application~1json/schema/properties/mappings/items`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceDirectoryGroupRoleMappingsBodyMappingsItem {
    /// The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_group_id: Option<String>,
    /// The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_group_id: Option<String>,
    /// The ID of the organization role to assign to members of the group.
    pub role_id: String,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    ReplaceDirectoryGroupRoleMappingsBodyMappingsItem {
    directory_group_id("directory_group_id", default), scim_group_id("scim_group_id",
    default), role_id("role_id", required), }
);
#[cfg(feature = "directories")]
impl ReplaceDirectoryGroupRoleMappingsBodyMappingsItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role_id: String) -> Self {
        Self {
            directory_group_id: None,
            scim_group_id: None,
            role_id,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1metadata/put/requestBody/content/application~1json/schema`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct ReplaceOrganizationMetadataBody {
    /// Metadata saved on the organization, that is visible to both your frontend and backend.
    /// The existing value will be replaced entirely with the new object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization that is only visible to your backend.
    /// The existing value will be replaced entirely with the new object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    ReplaceOrganizationMetadataBody { public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), }
);
#[cfg(feature = "organizations")]
impl ReplaceOrganizationMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            public_metadata: None,
            private_metadata: None,
        }
    }
}
/// Spec: `#/paths/~1role_sets~1{role_set_key_or_id}~1roles~1replace/post/requestBody/content/application~1json/schema`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceRoleInRoleSetBody {
    /// The key of the role to remove from the role set
    pub role_key: String,
    /// The key of the role to reassign members to
    pub to_role_key: String,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    ReplaceRoleInRoleSetBody { role_key("role_key", required), to_role_key("to_role_key",
    required), }
);
#[cfg(feature = "role-sets")]
impl ReplaceRoleInRoleSetBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role_key: String, to_role_key: String) -> Self {
        Self { role_key, to_role_key }
    }
}
/// Spec: `#/paths/~1role_sets~1{role_set_key_or_id}~1replace/post/requestBody/content/application~1json/schema`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceRoleSetBody {
    /// The key of the destination role set
    pub dest_role_set_key: String,
    /// Mappings from source role keys to destination role keys.
    /// Required if members have roles that need to be reassigned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reassignment_mappings: Option<ReassignmentMappings>,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    ReplaceRoleSetBody { dest_role_set_key("dest_role_set_key", required),
    reassignment_mappings("reassignment_mappings", default), }
);
#[cfg(feature = "role-sets")]
impl ReplaceRoleSetBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(dest_role_set_key: String) -> Self {
        Self {
            dest_role_set_key,
            reassignment_mappings: None,
        }
    }
}
/// Spec: `#/paths/~1scim_directories~1{scim_directory_id}~1group_role_mappings/put/requestBody/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceScimGroupRoleMappingsBody {
    /// The desired set of mappings. Array order sets precedence (1-indexed). An empty array clears all mappings.
    pub mappings: Vec<ReplaceScimGroupRoleMappingsBodyMappingsItem>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ReplaceScimGroupRoleMappingsBody { mappings("mappings", required), }
);
#[cfg(feature = "scim-directories")]
impl ReplaceScimGroupRoleMappingsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(mappings: Vec<ReplaceScimGroupRoleMappingsBodyMappingsItem>) -> Self {
        Self { mappings }
    }
}
/// Spec: `#/paths/~1scim_directories~1{scim_directory_id}~1group_role_mappings/put/requestBody/content/application~1json/schema/properties/mappings/items`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceScimGroupRoleMappingsBodyMappingsItem {
    /// The SCIM group ID from the identity provider.
    pub scim_group_id: String,
    /// The ID of the organization role to assign to members of the SCIM group.
    pub role_id: String,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ReplaceScimGroupRoleMappingsBodyMappingsItem { scim_group_id("scim_group_id",
    required), role_id("role_id", required), }
);
#[cfg(feature = "scim-directories")]
impl ReplaceScimGroupRoleMappingsBodyMappingsItem {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(scim_group_id: String, role_id: String) -> Self {
        Self { scim_group_id, role_id }
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1email_address/put/requestBody/content/application~1json/schema`
#[cfg(feature = "email-addresses")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceUserEmailAddressBody {
    /// The new email address. Must adhere to the RFC 5322 specification for email address format.
    pub email_address: String,
    /// Controls the status of the replacement email address. Defaults to `verified`. Set to
    /// `reserved` to create it reserved (unverified but usable for sign-in and locked so no
    /// other user can claim it), or to `unverified` to create it neither usable for sign-in
    /// nor locked.
    ///
    /// **Warning:** `unverified` can lock the user out of their account. An unverified email
    /// address cannot be used to sign in, so if the user has no other verified or reserved
    /// identifier, they will be unable to authenticate and unable to verify this address.
    /// Prefer `reserved` unless you specifically need the address left unclaimed — for
    /// example so that another user can also hold it until one of them verifies it.
    ///
    /// Default: `"verified"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identification_status: Option<ReplaceUserEmailAddressBodyIdentificationStatus>,
    /// If set to `true`, the user's previous primary email address is notified that the
    /// primary email address has changed. No notification is sent when the replacement
    /// is the user's current primary email address. By default, no notification is sent.
    ///
    /// Default: `false`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub notify_primary_email_address_changed: Option<Option<bool>>,
}
#[cfg(feature = "email-addresses")]
sdkgen_runtime::deserialize_map!(
    ReplaceUserEmailAddressBody { email_address("email_address", required),
    identification_status("identification_status", default),
    notify_primary_email_address_changed("notify_primary_email_address_changed",
    nullable), }
);
#[cfg(feature = "email-addresses")]
impl ReplaceUserEmailAddressBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(email_address: String) -> Self {
        Self {
            email_address,
            identification_status: None,
            notify_primary_email_address_changed: None,
        }
    }
}
/// Controls the status of the replacement email address. Defaults to `verified`. Set to
/// `reserved` to create it reserved (unverified but usable for sign-in and locked so no
/// other user can claim it), or to `unverified` to create it neither usable for sign-in
/// nor locked.
///
/// **Warning:** `unverified` can lock the user out of their account. An unverified email
/// address cannot be used to sign in, so if the user has no other verified or reserved
/// identifier, they will be unable to authenticate and unable to verify this address.
/// Prefer `reserved` unless you specifically need the address left unclaimed — for
/// example so that another user can also hold it until one of them verifies it.
///
/// Spec: `#/paths/~1users~1{user_id}~1email_address/put/requestBody/content/application~1json/schema/properties/identification_status`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ReplaceUserEmailAddressBodyIdentificationStatus {
    /// `verified`
    Verified,
    /// `reserved`
    Reserved,
    /// `unverified`
    Unverified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl ReplaceUserEmailAddressBodyIdentificationStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Reserved => "reserved",
            Self::Unverified => "unverified",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl From<&str> for ReplaceUserEmailAddressBodyIdentificationStatus {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            "reserved" => Self::Reserved,
            "unverified" => Self::Unverified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl From<String> for ReplaceUserEmailAddressBodyIdentificationStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl std::fmt::Display for ReplaceUserEmailAddressBodyIdentificationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl Serialize for ReplaceUserEmailAddressBodyIdentificationStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
impl<'de> Deserialize<'de> for ReplaceUserEmailAddressBodyIdentificationStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1metadata/put/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct ReplaceUserMetadataBody {
    /// Metadata saved on the user, that is visible to both your frontend and backend.
    /// The existing value will be replaced entirely with the new object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user that is only visible to your backend.
    /// The existing value will be replaced entirely with the new object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// The existing value will be replaced entirely with the new object.
    ///
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    ReplaceUserMetadataBody { public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), unsafe_metadata("unsafe_metadata",
    default), }
);
#[cfg(feature = "users")]
impl ReplaceUserMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            public_metadata: None,
            private_metadata: None,
            unsafe_metadata: None,
        }
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1phone_number/put/requestBody/content/application~1json/schema`
#[cfg(feature = "phone-numbers")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ReplaceUserPhoneNumberBody {
    /// The new phone number. Must adhere to the E.164 standard for phone number format.
    pub phone_number: String,
    /// Controls the status of the replacement phone number. Defaults to `verified`. Set to
    /// `reserved` to create it reserved (unverified but usable for sign-in and locked so no
    /// other user can claim it), or to `unverified` to create it neither usable for sign-in
    /// nor locked.
    ///
    /// **Warning:** `unverified` can lock the user out of their account. An unverified phone
    /// number cannot be used to sign in, so if the user has no other verified or reserved
    /// identifier, they will be unable to authenticate and unable to verify this number.
    /// Prefer `reserved` unless you specifically need the number left unclaimed — for
    /// example so that another user can also hold it until one of them verifies it.
    ///
    /// Default: `"verified"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identification_status: Option<ReplaceUserPhoneNumberBodyIdentificationStatus>,
}
#[cfg(feature = "phone-numbers")]
sdkgen_runtime::deserialize_map!(
    ReplaceUserPhoneNumberBody { phone_number("phone_number", required),
    identification_status("identification_status", default), }
);
#[cfg(feature = "phone-numbers")]
impl ReplaceUserPhoneNumberBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(phone_number: String) -> Self {
        Self {
            phone_number,
            identification_status: None,
        }
    }
}
/// Controls the status of the replacement phone number. Defaults to `verified`. Set to
/// `reserved` to create it reserved (unverified but usable for sign-in and locked so no
/// other user can claim it), or to `unverified` to create it neither usable for sign-in
/// nor locked.
///
/// **Warning:** `unverified` can lock the user out of their account. An unverified phone
/// number cannot be used to sign in, so if the user has no other verified or reserved
/// identifier, they will be unable to authenticate and unable to verify this number.
/// Prefer `reserved` unless you specifically need the number left unclaimed — for
/// example so that another user can also hold it until one of them verifies it.
///
/// Spec: `#/paths/~1users~1{user_id}~1phone_number/put/requestBody/content/application~1json/schema/properties/identification_status`
#[cfg(feature = "phone-numbers")]
pub type ReplaceUserPhoneNumberBodyIdentificationStatus = ReplaceUserEmailAddressBodyIdentificationStatus;
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}~1revert/post/parameters/0/schema`
#[cfg(feature = "email-sms-templates")]
pub type RevertTemplateTemplateType = GetTemplateListTemplateType;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/requestBody/content/application~1json/schema`
#[cfg(any(feature = "admin-portal-link-tokens", feature = "api-keys", feature = "m2m"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct RevokeAdminPortalLinkTokenBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
}
#[cfg(any(feature = "admin-portal-link-tokens", feature = "api-keys", feature = "m2m"))]
sdkgen_runtime::deserialize_map!(
    RevokeAdminPortalLinkTokenBody { revocation_reason("revocation_reason", default), }
);
#[cfg(any(feature = "admin-portal-link-tokens", feature = "api-keys", feature = "m2m"))]
impl RevokeAdminPortalLinkTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { revocation_reason: None }
    }
}
/// The error bodies operation `revokeAdminPortalLinkToken` can answer with.
///
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RevokeAdminPortalLinkTokenError {
    RevokeAdminPortalLinkTokenResponse400(RevokeAdminPortalLinkTokenResponse400),
    RevokeAdminPortalLinkTokenResponse401(RevokeAdminPortalLinkTokenResponse401),
    RevokeAdminPortalLinkTokenResponse403(RevokeAdminPortalLinkTokenResponse403),
    RevokeAdminPortalLinkTokenResponse404(RevokeAdminPortalLinkTokenResponse404),
}
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/200/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RevokeAdminPortalLinkTokenResponse {
    #[serde(default)]
    pub object: RevokeAdminPortalLinkTokenResponseObject,
    pub id: String,
    /// The origin-level admin_portal_link this token was issued for.
    pub admin_portal_link_id: String,
    pub instance_id: String,
    /// Optional. Present only when the link is scoped to an existing org.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// Optional opaque reference to the IT contact associated with this link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub it_contact_id: Option<String>,
    /// Caller-provided scopes for this token.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    /// The timestamp for when the token will expire, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    /// The timestamp for when the token was created, in milliseconds.
    pub created_at: f64,
    /// The timestamp for when the token was last updated, in milliseconds.
    pub updated_at: f64,
}
#[cfg(feature = "admin-portal-link-tokens")]
sdkgen_runtime::deserialize_map!(
    RevokeAdminPortalLinkTokenResponse { object("object", default), id("id", required),
    admin_portal_link_id("admin_portal_link_id", required), instance_id("instance_id",
    required), organization_id("organization_id", default),
    it_contact_id("it_contact_id", default), scopes("scopes", default),
    revoked("revoked", required), revocation_reason("revocation_reason", default),
    expired("expired", required), expiration("expiration", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/400/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type RevokeAdminPortalLinkTokenResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type RevokeAdminPortalLinkTokenResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/401/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type RevokeAdminPortalLinkTokenResponse401 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/401/content/application~1json/schema/properties/errors/items`
pub type RevokeAdminPortalLinkTokenResponse401ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/403/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type RevokeAdminPortalLinkTokenResponse403 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/403/content/application~1json/schema/properties/errors/items`
pub type RevokeAdminPortalLinkTokenResponse403ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/404/content/application~1json/schema`
#[cfg(feature = "admin-portal-link-tokens")]
pub type RevokeAdminPortalLinkTokenResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type RevokeAdminPortalLinkTokenResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1admin_portal_link_tokens~1{adminPortalLinkTokenID}~1revoke/post/responses/200/content/application~1json/schema/properties/object`
#[cfg(feature = "admin-portal-link-tokens")]
pub type RevokeAdminPortalLinkTokenResponseObject = CreateAdminPortalLinkTokenResponseObject;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/requestBody/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type RevokeApiKeyBody = RevokeAdminPortalLinkTokenBody;
/// The error bodies operation `revokeApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RevokeApiKeyError {
    RevokeApiKeyResponse400(RevokeApiKeyResponse400),
    RevokeApiKeyResponse404(RevokeApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type RevokeApiKeyResponse = GetApiKeyResponse;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type RevokeApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type RevokeApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type RevokeApiKeyResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type RevokeApiKeyResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}~1revoke/post/responses/200/content/application~1json/schema/properties/object`
pub type RevokeApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/requestBody/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type RevokeM2mTokenBody = RevokeAdminPortalLinkTokenBody;
/// The error bodies operation `revokeM2MToken` can answer with.
///
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum RevokeM2mTokenError {
    RevokeM2mTokenResponse400(RevokeM2mTokenResponse400),
    RevokeM2mTokenResponse404(RevokeM2mTokenResponse404),
}
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/200/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type RevokeM2mTokenResponse = GetM2mTokensResponseM2mTokensItem;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/400/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type RevokeM2mTokenResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type RevokeM2mTokenResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/404/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type RevokeM2mTokenResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type RevokeM2mTokenResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens~1{m2m_token_id}~1revoke/post/responses/200/content/application~1json/schema/properties/object`
pub type RevokeM2mTokenResponseObject = CreateM2mTokenResponseObject;
/// Spec: `#/paths/~1oauth_applications~1{oauth_application_id}~1revoke_token/post/requestBody/content/application~1json/schema`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RevokeOAuthApplicationTokenBody {
    /// The opaque OAuth access token or refresh token to revoke. All tokens associated with the same OAuth grant are also revoked.
    pub token: String,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    RevokeOAuthApplicationTokenBody { token("token", required), }
);
#[cfg(feature = "oauth-applications")]
impl RevokeOAuthApplicationTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for RevokeOAuthApplicationTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeOAuthApplicationTokenBody")
            .field("token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1invitations~1{invitation_id}~1revoke/post/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-invitations")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct RevokeOrganizationInvitationBody {
    /// The ID of the user that revokes the invitation.
    /// Must be an administrator in the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requesting_user_id: Option<String>,
}
#[cfg(feature = "organization-invitations")]
sdkgen_runtime::deserialize_map!(
    RevokeOrganizationInvitationBody { requesting_user_id("requesting_user_id", default),
    }
);
#[cfg(feature = "organization-invitations")]
impl RevokeOrganizationInvitationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { requesting_user_id: None }
    }
}
/// Body of the response `#/components/responses/Role`.
///
/// Spec: `#/components/schemas/Role`
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Role {
    #[serde(default)]
    pub object: RoleObject,
    pub id: String,
    pub name: String,
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Whether this role is eligible to be an organization creator role
    pub is_creator_eligible: bool,
    pub permissions: Vec<Permission>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
sdkgen_runtime::deserialize_map!(
    Role { object("object", default), id("id", required), name("name", required),
    key("key", required), description("description", default),
    is_creator_eligible("is_creator_eligible", required), permissions("permissions",
    required), created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/Role/properties/object`
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleObject {
    /// `role`
    Role,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl RoleObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Role => "role",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl Default for RoleObject {
    fn default() -> Self {
        Self::Role
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl From<&str> for RoleObject {
    fn from(value: &str) -> Self {
        match value {
            "role" => Self::Role,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl From<String> for RoleObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl std::fmt::Display for RoleObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl Serialize for RoleObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(
    any(
        feature = "directories",
        feature = "organization-roles",
        feature = "scim-directories"
    )
)]
impl<'de> Deserialize<'de> for RoleObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// A role set defines a collection of roles that can be assigned to organization members
///
/// Body of the response `#/components/responses/RoleSet`.
///
/// Spec: `#/components/schemas/RoleSet`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleSet {
    #[serde(default)]
    pub object: RoleSetObject,
    /// The unique identifier of the role set
    pub id: String,
    /// The name of the role set
    pub name: String,
    /// A unique key for the role set (e.g., "role_set:default")
    pub key: String,
    /// Optional description of the role set
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The list of roles in this role set
    pub roles: Vec<RoleSetItem>,
    /// The default role assigned to new organization members
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_role: Option<RoleSetItem>,
    /// The role assigned to the creator of an organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creator_role: Option<RoleSetItem>,
    /// The type of the role set ("initial" or "custom")
    pub r#type: RoleSetType,
    /// Active migration information, only present when status is "enqueued" or "in_progress"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_set_migration: Option<RoleSetMigration>,
    /// Unix timestamp of role set creation
    pub created_at: i64,
    /// Unix timestamp of last role set update
    pub updated_at: i64,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    RoleSet { object("object", default), id("id", required), name("name", required),
    key("key", required), description("description", default), roles("roles", required),
    default_role("default_role", default), creator_role("creator_role", default),
    r#type("type", required), role_set_migration("role_set_migration", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// A role within a role set
///
/// Spec: `#/components/schemas/RoleSetItem`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleSetItem {
    #[serde(default)]
    pub object: RoleSetItemObject,
    /// The unique identifier of the role
    pub id: String,
    /// The name of the role
    pub name: String,
    /// The key of the role (e.g., "org:admin", "org:member")
    pub key: String,
    /// Optional description of the role
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The number of members assigned to this role within the role set
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub members_count: Option<i64>,
    /// Whether this role has any members assigned within the role set
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_members: Option<bool>,
    /// Unix timestamp of role creation
    pub created_at: i64,
    /// Unix timestamp of last role update
    pub updated_at: i64,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    RoleSetItem { object("object", default), id("id", required), name("name", required),
    key("key", required), description("description", default),
    members_count("members_count", default), has_members("has_members", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/RoleSetItem/properties/object`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleSetItemObject {
    /// `role_set_item`
    RoleSetItem,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "role-sets")]
impl RoleSetItemObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RoleSetItem => "role_set_item",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "role-sets")]
impl Default for RoleSetItemObject {
    fn default() -> Self {
        Self::RoleSetItem
    }
}
#[cfg(feature = "role-sets")]
impl From<&str> for RoleSetItemObject {
    fn from(value: &str) -> Self {
        match value {
            "role_set_item" => Self::RoleSetItem,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<String> for RoleSetItemObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl std::fmt::Display for RoleSetItemObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl Serialize for RoleSetItemObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl<'de> Deserialize<'de> for RoleSetItemObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Information about an ongoing role set migration
///
/// Spec: `#/components/schemas/RoleSetMigration`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleSetMigration {
    #[serde(default)]
    pub object: RoleSetMigrationObject,
    /// The unique identifier of the migration
    pub id: String,
    /// The organization ID if the migration is scoped to a specific organization
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// The instance ID this migration belongs to
    pub instance_id: String,
    /// The ID of the source role set being migrated from
    pub source_role_set_id: String,
    /// The ID of the destination role set being migrated to
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dest_role_set_id: Option<String>,
    /// What triggered this migration (e.g., "role_set_deletion", "role_removal")
    pub trigger_type: String,
    /// Current status of the migration (e.g., "enqueued", "in_progress", "completed")
    pub status: String,
    /// Number of members that have been migrated so far
    pub migrated_members: i64,
    /// Role key mappings from source to destination roles
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mappings: Option<std::collections::BTreeMap<String, String>>,
    /// Unix timestamp when the migration started
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<i64>,
    /// Unix timestamp when the migration completed
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed_at: Option<i64>,
    /// Unix timestamp of migration creation
    pub created_at: i64,
    /// Unix timestamp of last migration update
    pub updated_at: i64,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    RoleSetMigration { object("object", default), id("id", required),
    organization_id("organization_id", default), instance_id("instance_id", required),
    source_role_set_id("source_role_set_id", required),
    dest_role_set_id("dest_role_set_id", default), trigger_type("trigger_type",
    required), status("status", required), migrated_members("migrated_members",
    required), mappings("mappings", default), started_at("started_at", default),
    completed_at("completed_at", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/RoleSetMigration/properties/object`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleSetMigrationObject {
    /// `role_set_migration`
    RoleSetMigration,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "role-sets")]
impl RoleSetMigrationObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RoleSetMigration => "role_set_migration",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "role-sets")]
impl Default for RoleSetMigrationObject {
    fn default() -> Self {
        Self::RoleSetMigration
    }
}
#[cfg(feature = "role-sets")]
impl From<&str> for RoleSetMigrationObject {
    fn from(value: &str) -> Self {
        match value {
            "role_set_migration" => Self::RoleSetMigration,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<String> for RoleSetMigrationObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl std::fmt::Display for RoleSetMigrationObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl Serialize for RoleSetMigrationObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl<'de> Deserialize<'de> for RoleSetMigrationObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/RoleSet/properties/object`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RoleSetObject {
    /// `role_set`
    RoleSet,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "role-sets")]
impl RoleSetObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RoleSet => "role_set",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "role-sets")]
impl Default for RoleSetObject {
    fn default() -> Self {
        Self::RoleSet
    }
}
#[cfg(feature = "role-sets")]
impl From<&str> for RoleSetObject {
    fn from(value: &str) -> Self {
        match value {
            "role_set" => Self::RoleSet,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<String> for RoleSetObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl std::fmt::Display for RoleSetObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl Serialize for RoleSetObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl<'de> Deserialize<'de> for RoleSetObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// The type of the role set ("initial" or "custom")
///
/// Spec: `#/components/schemas/RoleSet/properties/type`
#[cfg(feature = "role-sets")]
pub type RoleSetType = CreateRoleSetBodyType;
/// Body of the response `#/components/responses/RoleSets`.
///
/// Spec: `#/components/schemas/RoleSets`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RoleSets {
    pub data: Vec<RoleSet>,
    /// Total number of role sets
    pub total_count: i64,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    RoleSets { data("data", required), total_count("total_count", required), }
);
/// Body of the response `#/components/responses/Roles`.
///
/// Spec: `#/components/schemas/Roles`
#[cfg(feature = "organization-roles")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Roles {
    pub data: Vec<Role>,
    /// Total number of roles
    pub total_count: i64,
}
#[cfg(feature = "organization-roles")]
sdkgen_runtime::deserialize_map!(
    Roles { data("data", required), total_count("total_count", required), }
);
/// Spec: `#/paths/~1machines~1{machine_id}~1secret_key~1rotate/post/requestBody/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RotateMachineSecretKeyBody {
    /// The time in seconds that the previous secret key will remain valid after rotation.
    /// This ensures a graceful transition period for updating applications with the new secret key.
    /// Set to 0 to immediately expire the previous key. Maximum value is 8 hours (28800 seconds).
    ///
    /// Minimum: `0`. Maximum: `28800`.
    pub previous_token_ttl: i64,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    RotateMachineSecretKeyBody { previous_token_ttl("previous_token_ttl", required), }
);
#[cfg(feature = "machines")]
impl RotateMachineSecretKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(previous_token_ttl: i64) -> Self {
        Self { previous_token_ttl }
    }
}
/// Spec: `#/components/schemas/SAMLAccount`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SamlAccount {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: SamlAccountObject,
    pub provider: String,
    pub active: bool,
    pub email_address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider_user_id: Option<String>,
    /// Unix timestamp of last authentication.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_authenticated_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<SamlAccountVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saml_connection: Option<SamlAccountConnection>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    SamlAccount { id("id", required), object("object", default), provider("provider",
    required), active("active", required), email_address("email_address", required),
    first_name("first_name", default), last_name("last_name", default),
    provider_user_id("provider_user_id", default),
    last_authenticated_at("last_authenticated_at", default),
    public_metadata("public_metadata", default), verification("verification", default),
    saml_connection("saml_connection", default), }
);
/// Spec: `#/components/schemas/SAMLAccountConnection`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SamlAccountConnection {
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
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    SamlAccountConnection { id("id", required), name("name", required), domain("domain",
    default), domains("domains", default), active("active", required),
    provider("provider", required), sync_user_attributes("sync_user_attributes",
    required), allow_subdomains("allow_subdomains", default),
    allow_idp_initiated("allow_idp_initiated", default),
    disable_additional_identifications("disable_additional_identifications", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/SAMLAccount/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SamlAccountObject {
    /// `saml_account`
    SamlAccount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl SamlAccountObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlAccount => "saml_account",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for SamlAccountObject {
    fn default() -> Self {
        Self::SamlAccount
    }
}
#[cfg(feature = "users")]
impl From<&str> for SamlAccountObject {
    fn from(value: &str) -> Self {
        match value {
            "saml_account" => Self::SamlAccount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for SamlAccountObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for SamlAccountObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for SamlAccountObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for SamlAccountObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SAMLAccount/properties/verification`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SamlAccountVerification {
    /// `object`: "verification_saml"
    VerificationSaml(VerificationSaml),
    /// `object`: "verification_ticket"
    VerificationTicket(VerificationTicket),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(feature = "users")]
impl sdkgen_runtime::TaggedUnion for SamlAccountVerification {
    const NAME: &'static str = "SamlAccountVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_saml") => {
                Deserialize::deserialize(content).map(Self::VerificationSaml)
            }
            Some("verification_ticket") => {
                Deserialize::deserialize(content).map(Self::VerificationTicket)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for SamlAccountVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Body of the response `#/components/responses/SAMLConnection`.
///
/// Spec: `#/components/schemas/SAMLConnection`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SamlConnection {
    #[serde(default)]
    pub object: SamlConnectionObject,
    pub id: String,
    pub name: String,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_entity_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_sso_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate: Option<String>,
    /// Unix timestamp (milliseconds) of the start of the IdP certificate validity window (X.509 NotBefore). Null when no certificate is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate_issued_at: Option<i64>,
    /// Unix timestamp (milliseconds) of the end of the IdP certificate validity window (X.509 NotAfter). Null when no certificate is configured.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate_expires_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata: Option<String>,
    pub acs_url: String,
    pub sp_entity_id: String,
    pub sp_metadata_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<SamlConnectionAttributeMapping>,
    pub active: bool,
    pub provider: String,
    pub user_count: i64,
    pub sync_user_attributes: bool,
    pub allow_subdomains: bool,
    pub allow_idp_initiated: bool,
    pub disable_additional_identifications: bool,
    pub allow_organization_account_linking: bool,
    /// Enable or deactivate ForceAuthn
    pub force_authn: bool,
    pub login_hint: SamlConnectionLoginHint,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Required by the spec (`#/components/schemas/SAMLConnection/required`), which does not declare it: any JSON value.
    #[serde(default)]
    pub disable_jit_provisioning: serde_json::Value,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    SamlConnection { object("object", default), id("id", required), name("name",
    required), domain("domain", default), domains("domains", default),
    idp_entity_id("idp_entity_id", default), idp_sso_url("idp_sso_url", default),
    idp_certificate("idp_certificate", default),
    idp_certificate_issued_at("idp_certificate_issued_at", default),
    idp_certificate_expires_at("idp_certificate_expires_at", default),
    idp_metadata_url("idp_metadata_url", default), idp_metadata("idp_metadata", default),
    acs_url("acs_url", required), sp_entity_id("sp_entity_id", required),
    sp_metadata_url("sp_metadata_url", required), organization_id("organization_id",
    default), attribute_mapping("attribute_mapping", default), active("active",
    required), provider("provider", required), user_count("user_count", required),
    sync_user_attributes("sync_user_attributes", required),
    allow_subdomains("allow_subdomains", required),
    allow_idp_initiated("allow_idp_initiated", required),
    disable_additional_identifications("disable_additional_identifications", required),
    allow_organization_account_linking("allow_organization_account_linking", required),
    force_authn("force_authn", required), login_hint("login_hint", required),
    enterprise_connection_id("enterprise_connection_id", default),
    created_at("created_at", required), updated_at("updated_at", required),
    disable_jit_provisioning("disable_jit_provisioning", default), }
);
/// Spec: `#/components/schemas/SAMLConnectionAttributeMapping`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SamlConnectionAttributeMapping {
    pub user_id: String,
    pub email_address: String,
    pub first_name: String,
    pub last_name: String,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    SamlConnectionAttributeMapping { user_id("user_id", required),
    email_address("email_address", required), first_name("first_name", required),
    last_name("last_name", required), }
);
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/SAMLConnectionLoginHint`
#[cfg(feature = "saml-connections")]
pub type SamlConnectionLoginHint = CreateEnterpriseConnectionBodySamlLoginHint;
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/components/schemas/SAMLConnectionLoginHint/properties/mode`
pub type SamlConnectionLoginHintMode = CreateEnterpriseConnectionBodySamlLoginHintMode;
/// Spec: `#/components/schemas/SAMLConnection/properties/object`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SamlConnectionObject {
    /// `saml_connection`
    SamlConnection,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "saml-connections")]
impl SamlConnectionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SamlConnection => "saml_connection",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "saml-connections")]
impl Default for SamlConnectionObject {
    fn default() -> Self {
        Self::SamlConnection
    }
}
#[cfg(feature = "saml-connections")]
impl From<&str> for SamlConnectionObject {
    fn from(value: &str) -> Self {
        match value {
            "saml_connection" => Self::SamlConnection,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "saml-connections")]
impl From<String> for SamlConnectionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Display for SamlConnectionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl Serialize for SamlConnectionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "saml-connections")]
impl<'de> Deserialize<'de> for SamlConnectionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/SAMLConnections`.
///
/// Spec: `#/components/schemas/SAMLConnections`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SamlConnections {
    pub data: Vec<SamlConnection>,
    /// Total number of SAML Connections
    pub total_count: i64,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    SamlConnections { data("data", required), total_count("total_count", required), }
);
/// Spec: `#/components/schemas/SCIMDirectories`
#[cfg(feature = "scim-directories")]
pub type ScimDirectories = Vec<ScimDirectory>;
/// A directory configuration for provisioning users via SCIM protocol.
///
/// Body of the response `#/components/responses/SCIMDirectory`.
///
/// Spec: `#/components/schemas/SCIMDirectory`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimDirectory {
    /// String representing the object's type. Always "scim_directory".
    #[serde(default)]
    pub object: ScimDirectoryObject,
    /// Unique identifier for the directory.
    pub id: String,
    /// A human-friendly name for the directory.
    pub name: String,
    /// The ID of the associated enterprise connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enterprise_connection_id: Option<String>,
    /// The SCIM endpoint URL for this directory.
    pub endpoint_url: String,
    /// The identity provider for this directory.
    pub provider: String,
    /// Whether the directory is enabled.
    pub enabled: bool,
    /// Whether group-to-role mapping is enabled for this directory.
    pub group_role_mapping_enabled: bool,
    /// Mapping of user attributes to the SCIM attribute paths they are extracted from.
    pub attribute_mapping: std::collections::BTreeMap<String, String>,
    /// Custom attributes to map from the IdP to the user's profile via SCIM provisioning. Requires the custom attributes feature to be enabled for the instance.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_attributes: Option<Vec<ScimDirectoryCustomAttributesItem>>,
    /// The API key for authenticating SCIM requests. Only returned when the directory is created or the key is rotated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key: Option<String>,
    /// Unix timestamp when the directory was created.
    pub created_at: i64,
    /// Unix timestamp when the directory was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimDirectory { object("object", default), id("id", required), name("name",
    required), enterprise_connection_id("enterprise_connection_id", default),
    endpoint_url("endpoint_url", required), provider("provider", required),
    enabled("enabled", required),
    group_role_mapping_enabled("group_role_mapping_enabled", required),
    attribute_mapping("attribute_mapping", required),
    custom_attributes("custom_attributes", default), api_key("api_key", default),
    created_at("created_at", required), updated_at("updated_at", required), }
);
/// Spec: `#/components/schemas/SCIMDirectory/properties/custom_attributes/items`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct ScimDirectoryCustomAttributesItem {
    /// Display name for the custom attribute
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Key used to store the attribute in the user's public/private/unsafe metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// Path to extract the attribute value from SSO claims (SAML assertions or OIDC claims)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso_path: Option<String>,
    /// GJSON path to extract the attribute value from SCIM user resources
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim_path: Option<String>,
    /// GJSON path to extract the attribute value from directory sync user resources. Same value as `scim_path`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_path: Option<String>,
    /// When true, the attribute supports multiple values; values from the IdP are written to public_metadata as an array. Defaults to false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub multi_valued: Option<bool>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimDirectoryCustomAttributesItem { name("name", default), key("key", default),
    sso_path("sso_path", default), scim_path("scim_path", default),
    directory_path("directory_path", default), multi_valued("multi_valued", default), }
);
/// Body of the response `#/components/responses/SCIMDirectory.List`.
///
/// Spec: `#/components/responses/SCIMDirectory.List/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimDirectoryListResponse {
    pub data: ScimDirectories,
    /// Total number of directories.
    pub total_count: i64,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimDirectoryListResponse { data("data", required), total_count("total_count",
    required), }
);
/// String representing the object's type. Always "scim_directory".
///
/// Spec: `#/components/schemas/SCIMDirectory/properties/object`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScimDirectoryObject {
    /// `scim_directory`
    ScimDirectory,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "scim-directories")]
impl ScimDirectoryObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ScimDirectory => "scim_directory",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "scim-directories")]
impl Default for ScimDirectoryObject {
    fn default() -> Self {
        Self::ScimDirectory
    }
}
#[cfg(feature = "scim-directories")]
impl From<&str> for ScimDirectoryObject {
    fn from(value: &str) -> Self {
        match value {
            "scim_directory" => Self::ScimDirectory,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "scim-directories")]
impl From<String> for ScimDirectoryObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Display for ScimDirectoryObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl Serialize for ScimDirectoryObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl<'de> Deserialize<'de> for ScimDirectoryObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// A mapping from a SCIM group to an organization role. Members of the group are assigned the role; the lowest-precedence match wins when a user belongs to multiple mapped groups.
///
/// Body of the response `#/components/responses/SCIMGroupRoleMapping`.
///
/// Spec: `#/components/schemas/SCIMGroupRoleMapping`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimGroupRoleMapping {
    /// String representing the object's type. Always "scim_group_role_mapping".
    #[serde(default)]
    pub object: ScimGroupRoleMappingObject,
    /// Unique identifier for the SCIM group role mapping.
    pub id: String,
    /// The ID of the directory this mapping belongs to.
    pub scim_directory_id: String,
    /// The ID of the directory this mapping belongs to. Same value as `scim_directory_id`.
    pub directory_id: String,
    /// The SCIM group ID from the identity provider.
    pub scim_group_id: String,
    /// The group ID from the identity provider. Same value as `scim_group_id`.
    pub directory_group_id: String,
    /// The display name of the SCIM group, as reported by the identity provider.
    pub scim_group_display_name: String,
    /// The display name of the group, as reported by the identity provider. Same value as `scim_group_display_name`.
    pub directory_group_display_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// Mapping precedence, starting at 1. Lower values take priority when a user belongs to multiple mapped groups.
    pub precedence: i64,
    /// Unix timestamp (milliseconds) of when the mapping was created.
    pub created_at: i64,
    /// Unix timestamp (milliseconds) of when the mapping was last updated.
    pub updated_at: i64,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimGroupRoleMapping { object("object", default), id("id", required),
    scim_directory_id("scim_directory_id", required), directory_id("directory_id",
    required), scim_group_id("scim_group_id", required),
    directory_group_id("directory_group_id", required),
    scim_group_display_name("scim_group_display_name", required),
    directory_group_display_name("directory_group_display_name", required), role("role",
    default), precedence("precedence", required), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Body of the response `#/components/responses/SCIMGroupRoleMapping.Deleted`.
///
/// Spec: `#/components/responses/SCIMGroupRoleMapping.Deleted/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimGroupRoleMappingDeletedResponse {
    /// String representing the object's type.
    #[serde(default)]
    pub object: ScimGroupRoleMappingDeletedResponseObject,
    /// The ID of the deleted SCIM group role mapping.
    pub id: String,
    /// Whether the SCIM group role mapping was successfully deleted.
    ///
    /// Allowed values: `true`.
    pub deleted: bool,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimGroupRoleMappingDeletedResponse { object("object", default), id("id", required),
    deleted("deleted", required), }
);
/// String representing the object's type.
///
/// Spec: `#/components/responses/SCIMGroupRoleMapping.Deleted/content/application~1json/schema/properties/object`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ScimGroupRoleMappingDeletedResponseObject {
    /// `scim_group_role_mapping`
    ScimGroupRoleMapping,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "scim-directories")]
impl ScimGroupRoleMappingDeletedResponseObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ScimGroupRoleMapping => "scim_group_role_mapping",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "scim-directories")]
impl Default for ScimGroupRoleMappingDeletedResponseObject {
    fn default() -> Self {
        Self::ScimGroupRoleMapping
    }
}
#[cfg(feature = "scim-directories")]
impl From<&str> for ScimGroupRoleMappingDeletedResponseObject {
    fn from(value: &str) -> Self {
        match value {
            "scim_group_role_mapping" => Self::ScimGroupRoleMapping,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "scim-directories")]
impl From<String> for ScimGroupRoleMappingDeletedResponseObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Display for ScimGroupRoleMappingDeletedResponseObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl Serialize for ScimGroupRoleMappingDeletedResponseObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "scim-directories")]
impl<'de> Deserialize<'de> for ScimGroupRoleMappingDeletedResponseObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/SCIMGroupRoleMapping.List`.
///
/// Spec: `#/components/responses/SCIMGroupRoleMapping.List/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimGroupRoleMappingListResponse {
    pub data: ScimGroupRoleMappings,
    /// Total number of SCIM group role mappings in the directory.
    pub total_count: i64,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    ScimGroupRoleMappingListResponse { data("data", required), total_count("total_count",
    required), }
);
/// String representing the object's type. Always "scim_group_role_mapping".
///
/// Spec: `#/components/schemas/SCIMGroupRoleMapping/properties/object`
#[cfg(feature = "scim-directories")]
pub type ScimGroupRoleMappingObject = ScimGroupRoleMappingDeletedResponseObject;
/// Spec: `#/components/schemas/SCIMGroupRoleMappings`
#[cfg(feature = "scim-directories")]
pub type ScimGroupRoleMappings = Vec<ScimGroupRoleMapping>;
/// Metadata describing a user's linkage to a directory. This object is only delivered on `user.created` and `user.updated` webhook events, and only when the user is provisioned through a directory. Its absence does not necessarily mean the user is not managed by a directory.
///
/// Spec: `#/components/schemas/SCIMUserMetadata`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ScimUserMetadata {
    /// The ID of the directory the user is provisioned from.
    pub directory_id: String,
    /// Whether the directory is currently enabled. Omitted when false.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub directory_enabled: Option<bool>,
    /// The user's external ID as reported by the directory, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    ScimUserMetadata { directory_id("directory_id", required),
    directory_enabled("directory_enabled", default), external_id("external_id", default),
    }
);
/// Body of the response `#/components/responses/Session`.
///
/// Spec: `#/components/schemas/Session`
#[cfg(any(feature = "clients", feature = "sessions"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Session {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: SessionObject,
    pub id: String,
    pub user_id: String,
    pub client_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<serde_json::Map<String, serde_json::Value>>,
    pub status: SessionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_active_organization_id: Option<String>,
    pub last_active_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_activity: Option<SessionActivityResponse>,
    /// Unix timestamp of expiration.
    pub expire_at: i64,
    /// Unix timestamp of abandonment.
    pub abandon_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Unix timestamp of creation.
    pub created_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<SessionTask>>,
}
#[cfg(any(feature = "clients", feature = "sessions"))]
sdkgen_runtime::deserialize_map!(
    Session { object("object", default), id("id", required), user_id("user_id",
    required), client_id("client_id", required), actor("actor", default),
    status("status", required),
    last_active_organization_id("last_active_organization_id", default),
    last_active_at("last_active_at", required), latest_activity("latest_activity",
    default), expire_at("expire_at", required), abandon_at("abandon_at", required),
    updated_at("updated_at", required), created_at("created_at", required),
    tasks("tasks", default), }
);
/// Spec: `#/components/schemas/SessionActivityResponse`
#[cfg(any(feature = "clients", feature = "sessions"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SessionActivityResponse {
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
#[cfg(any(feature = "clients", feature = "sessions"))]
sdkgen_runtime::deserialize_map!(
    SessionActivityResponse { object("object", required), id("id", required),
    device_type("device_type", default), is_mobile("is_mobile", required),
    browser_name("browser_name", default), browser_version("browser_version", default),
    ip_address("ip_address", default), city("city", default), country("country",
    default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Session/properties/object`
#[cfg(any(feature = "clients", feature = "sessions"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionObject {
    /// `session`
    Session,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl SessionObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Session => "session",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "clients", feature = "sessions"))]
impl Default for SessionObject {
    fn default() -> Self {
        Self::Session
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl From<&str> for SessionObject {
    fn from(value: &str) -> Self {
        match value {
            "session" => Self::Session,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl From<String> for SessionObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl std::fmt::Display for SessionObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl Serialize for SessionObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl<'de> Deserialize<'de> for SessionObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/Session.Refresh`.
///
/// Spec: `#/components/schemas/SessionRefresh`
#[cfg(feature = "sessions")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum SessionRefresh {
    /// `object`: "token"
    Token(Token),
    /// `object`: "cookies"
    Cookies(Cookies),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(feature = "sessions")]
impl sdkgen_runtime::TaggedUnion for SessionRefresh {
    const NAME: &'static str = "SessionRefresh";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("token") => Deserialize::deserialize(content).map(Self::Token),
            Some("cookies") => Deserialize::deserialize(content).map(Self::Cookies),
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(feature = "sessions")]
impl<'de> Deserialize<'de> for SessionRefresh {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
/// Spec: `#/components/schemas/Session/properties/status`
#[cfg(any(feature = "clients", feature = "sessions"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SessionStatus {
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
    /// `replaced`
    Replaced,
    /// `pending`
    Pending,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl SessionStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Ended => "ended",
            Self::Expired => "expired",
            Self::Removed => "removed",
            Self::Abandoned => "abandoned",
            Self::Replaced => "replaced",
            Self::Pending => "pending",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl From<&str> for SessionStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            "ended" => Self::Ended,
            "expired" => Self::Expired,
            "removed" => Self::Removed,
            "abandoned" => Self::Abandoned,
            "replaced" => Self::Replaced,
            "pending" => Self::Pending,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl From<String> for SessionStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl std::fmt::Display for SessionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl Serialize for SessionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "clients", feature = "sessions"))]
impl<'de> Deserialize<'de> for SessionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SessionTask`
#[cfg(any(feature = "clients", feature = "sessions"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SessionTask {
    pub key: String,
}
#[cfg(any(feature = "clients", feature = "sessions"))]
sdkgen_runtime::deserialize_map!(SessionTask { key("key", required), });
/// Spec: `#/paths/~1users~1{user_id}~1password~1set_compromised/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct SetUserPasswordCompromisedBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoke_all_sessions: Option<bool>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    SetUserPasswordCompromisedBody { revoke_all_sessions("revoke_all_sessions", default),
    }
);
#[cfg(feature = "users")]
impl SetUserPasswordCompromisedBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { revoke_all_sessions: None }
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1profile_image/post/requestBody/content/multipart~1form-data/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct SetUserProfileImageBody {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<sdkgen_runtime::FilePart>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(SetUserProfileImageBody { file("file", default), });
#[cfg(feature = "users")]
impl SetUserProfileImageBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { file: None }
    }
}
/// Body of the response `#/components/responses/SignInToken`.
///
/// Spec: `#/components/schemas/SignInToken`
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SignInToken {
    #[serde(default)]
    pub object: SignInTokenObject,
    pub id: String,
    pub status: SignInTokenStatus,
    pub user_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
}
#[cfg(feature = "sign-in-tokens")]
sdkgen_runtime::deserialize_map!(
    SignInToken { object("object", default), id("id", required), status("status",
    required), user_id("user_id", required), token("token", default), url("url",
    default), created_at("created_at", required), updated_at("updated_at", required), }
);
#[cfg(feature = "sign-in-tokens")]
impl std::fmt::Debug for SignInToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInToken")
            .field("object", &self.object)
            .field("id", &self.id)
            .field("status", &self.status)
            .field("user_id", &self.user_id)
            .field("token", &sdkgen_runtime::Redacted)
            .field("url", &self.url)
            .field("created_at", &self.created_at)
            .field("updated_at", &self.updated_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/SignInToken/properties/object`
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SignInTokenObject {
    /// `sign_in_token`
    SignInToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sign-in-tokens")]
impl SignInTokenObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SignInToken => "sign_in_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "sign-in-tokens")]
impl Default for SignInTokenObject {
    fn default() -> Self {
        Self::SignInToken
    }
}
#[cfg(feature = "sign-in-tokens")]
impl From<&str> for SignInTokenObject {
    fn from(value: &str) -> Self {
        match value {
            "sign_in_token" => Self::SignInToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sign-in-tokens")]
impl From<String> for SignInTokenObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sign-in-tokens")]
impl std::fmt::Display for SignInTokenObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sign-in-tokens")]
impl Serialize for SignInTokenObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sign-in-tokens")]
impl<'de> Deserialize<'de> for SignInTokenObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SignInToken/properties/status`
#[cfg(feature = "sign-in-tokens")]
pub type SignInTokenStatus = ActorTokenStatus;
/// Body of the response `#/components/responses/SignUp`.
///
/// Spec: `#/components/schemas/SignUp`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SignUp {
    #[serde(default)]
    pub object: SignUpObject,
    pub id: String,
    pub status: SignUpStatus,
    pub required_fields: Vec<String>,
    pub optional_fields: Vec<String>,
    pub missing_fields: Vec<String>,
    pub unverified_fields: Vec<String>,
    pub verifications: SignUpVerifications,
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub custom_action: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_session_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_user_id: Option<String>,
    /// Unix timestamp at which the user abandoned the sign up attempt.
    pub abandon_at: i64,
    /// Unix timestamp at which the user accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted_at: Option<i64>,
    /// The user locale preference for the sign-up specified as a BCP-47 language tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_account: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "sign-ups")]
sdkgen_runtime::deserialize_map!(
    SignUp { object("object", default), id("id", required), status("status", required),
    required_fields("required_fields", required), optional_fields("optional_fields",
    required), missing_fields("missing_fields", required),
    unverified_fields("unverified_fields", required), verifications("verifications",
    required), username("username", default), email_address("email_address", default),
    phone_number("phone_number", default), web3_wallet("web3_wallet", default),
    password_enabled("password_enabled", required), first_name("first_name", default),
    last_name("last_name", default), unsafe_metadata("unsafe_metadata", default),
    public_metadata("public_metadata", default), custom_action("custom_action",
    required), external_id("external_id", default),
    created_session_id("created_session_id", default), created_user_id("created_user_id",
    default), abandon_at("abandon_at", required), legal_accepted_at("legal_accepted_at",
    default), locale("locale", default), external_account("external_account", default), }
);
/// Spec: `#/components/schemas/SignUp/properties/object`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SignUpObject {
    /// `sign_up_attempt`
    SignUpAttempt,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sign-ups")]
impl SignUpObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SignUpAttempt => "sign_up_attempt",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "sign-ups")]
impl Default for SignUpObject {
    fn default() -> Self {
        Self::SignUpAttempt
    }
}
#[cfg(feature = "sign-ups")]
impl From<&str> for SignUpObject {
    fn from(value: &str) -> Self {
        match value {
            "sign_up_attempt" => Self::SignUpAttempt,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sign-ups")]
impl From<String> for SignUpObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Display for SignUpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl Serialize for SignUpObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl<'de> Deserialize<'de> for SignUpObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SignUp/properties/status`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SignUpStatus {
    /// `missing_requirements`
    MissingRequirements,
    /// `complete`
    Complete,
    /// `abandoned`
    Abandoned,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sign-ups")]
impl SignUpStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::MissingRequirements => "missing_requirements",
            Self::Complete => "complete",
            Self::Abandoned => "abandoned",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "sign-ups")]
impl From<&str> for SignUpStatus {
    fn from(value: &str) -> Self {
        match value {
            "missing_requirements" => Self::MissingRequirements,
            "complete" => Self::Complete,
            "abandoned" => Self::Abandoned,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sign-ups")]
impl From<String> for SignUpStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Display for SignUpStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl Serialize for SignUpStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl<'de> Deserialize<'de> for SignUpStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SignUpVerification`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct SignUpVerification {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_action: Option<SignUpVerificationNextAction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub supported_strategies: Option<Vec<String>>,
}
#[cfg(feature = "sign-ups")]
sdkgen_runtime::deserialize_map!(
    SignUpVerification { next_action("next_action", default),
    supported_strategies("supported_strategies", default), }
);
/// Spec: `#/components/schemas/SignUpVerification/properties/next_action`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum SignUpVerificationNextAction {
    /// `needs_prepare`
    NeedsPrepare,
    /// `needs_attempt`
    NeedsAttempt,
    /// ``
    Empty,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "sign-ups")]
impl SignUpVerificationNextAction {
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
#[cfg(feature = "sign-ups")]
impl From<&str> for SignUpVerificationNextAction {
    fn from(value: &str) -> Self {
        match value {
            "needs_prepare" => Self::NeedsPrepare,
            "needs_attempt" => Self::NeedsAttempt,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "sign-ups")]
impl From<String> for SignUpVerificationNextAction {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Display for SignUpVerificationNextAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl Serialize for SignUpVerificationNextAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "sign-ups")]
impl<'de> Deserialize<'de> for SignUpVerificationNextAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/SignUpVerifications`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct SignUpVerifications {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_address: Option<SignUpVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<SignUpVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub web3_wallet: Option<SignUpVerification>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_account: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "sign-ups")]
sdkgen_runtime::deserialize_map!(
    SignUpVerifications { email_address("email_address", default),
    phone_number("phone_number", default), web3_wallet("web3_wallet", default),
    external_account("external_account", default), }
);
/// Body of the response `#/components/responses/SvixURL`.
///
/// Spec: `#/components/schemas/SvixURL`
#[cfg(feature = "webhooks")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SvixUrl {
    pub svix_url: String,
}
#[cfg(feature = "webhooks")]
sdkgen_runtime::deserialize_map!(SvixUrl { svix_url("svix_url", required), });
/// Body of the response `#/components/responses/Template`.
///
/// Spec: `#/components/schemas/Template`
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct Template {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<TemplateObject>,
    /// The ID of the instance to which the template belongs
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<String>,
    /// whether this is a system (default) or user overridden) template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_type: Option<String>,
    /// whether this is an email or SMS template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template_type: Option<String>,
    /// user-friendly name of the template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// machine-friendly name of the template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// position with the listing of templates
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<i64>,
    /// whether this template can be reverted to the corresponding system default
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_revert: Option<bool>,
    /// whether this template can be deleted
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_delete: Option<bool>,
    /// whether the body of this template can be edited
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_edit_body: Option<bool>,
    /// whether this template can be enabled or disabled, true only for notification SMS templates
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub can_toggle: Option<bool>,
    /// email subject
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// the editor markup used to generate the body of the template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup: Option<String>,
    /// the template body before variable interpolation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// list of variables that are available for use in the template body
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_variables: Option<Vec<String>>,
    /// list of variables that must be contained in the template body
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_variables: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_email_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to_email_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_by_clerk: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flagged_as_suspicious: Option<bool>,
    /// Unix timestamp of last update.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<i64>,
    /// Unix timestamp of creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<i64>,
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
sdkgen_runtime::deserialize_map!(
    Template { id("id", default), object("object", default), instance_id("instance_id",
    default), resource_type("resource_type", default), template_type("template_type",
    default), name("name", default), slug("slug", default), position("position",
    default), can_revert("can_revert", default), can_delete("can_delete", default),
    can_edit_body("can_edit_body", default), can_toggle("can_toggle", default),
    subject("subject", default), markup("markup", default), body("body", default),
    available_variables("available_variables", default),
    required_variables("required_variables", default), from_email_name("from_email_name",
    default), reply_to_email_name("reply_to_email_name", default),
    delivered_by_clerk("delivered_by_clerk", default), enabled("enabled", default),
    flagged_as_suspicious("flagged_as_suspicious", default), updated_at("updated_at",
    default), created_at("created_at", default), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Template/properties/object`
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TemplateObject {
    /// `template`
    Template,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl TemplateObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Template => "template",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl Default for TemplateObject {
    fn default() -> Self {
        Self::Template
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl From<&str> for TemplateObject {
    fn from(value: &str) -> Self {
        match value {
            "template" => Self::Template,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl From<String> for TemplateObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl std::fmt::Display for TemplateObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl Serialize for TemplateObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-and-sms-templates", feature = "email-sms-templates"))]
impl<'de> Deserialize<'de> for TemplateObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/TestingToken`.
///
/// Spec: `#/components/schemas/TestingToken`
#[cfg(feature = "testing-tokens")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TestingToken {
    #[serde(default)]
    pub object: TestingTokenObject,
    /// The actual token. This value is meant to be passed in the `__clerk_testing_token` query parameter with requests to the Frontend API.
    pub token: String,
    /// Unix timestamp of the token's expiration time.
    pub expires_at: i64,
}
#[cfg(feature = "testing-tokens")]
sdkgen_runtime::deserialize_map!(
    TestingToken { object("object", default), token("token", required),
    expires_at("expires_at", required), }
);
#[cfg(feature = "testing-tokens")]
impl std::fmt::Debug for TestingToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestingToken")
            .field("object", &self.object)
            .field("token", &sdkgen_runtime::Redacted)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}
/// Spec: `#/components/schemas/TestingToken/properties/object`
#[cfg(feature = "testing-tokens")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TestingTokenObject {
    /// `testing_token`
    TestingToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "testing-tokens")]
impl TestingTokenObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TestingToken => "testing_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "testing-tokens")]
impl Default for TestingTokenObject {
    fn default() -> Self {
        Self::TestingToken
    }
}
#[cfg(feature = "testing-tokens")]
impl From<&str> for TestingTokenObject {
    fn from(value: &str) -> Self {
        match value {
            "testing_token" => Self::TestingToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "testing-tokens")]
impl From<String> for TestingTokenObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "testing-tokens")]
impl std::fmt::Display for TestingTokenObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "testing-tokens")]
impl Serialize for TestingTokenObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "testing-tokens")]
impl<'de> Deserialize<'de> for TestingTokenObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}~1toggle_delivery/post/requestBody/content/application~1json/schema`
#[cfg(feature = "email-sms-templates")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct ToggleTemplateDeliveryBody {
    /// Whether Clerk should deliver emails or SMS messages based on the current template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivered_by_clerk: Option<bool>,
}
#[cfg(feature = "email-sms-templates")]
sdkgen_runtime::deserialize_map!(
    ToggleTemplateDeliveryBody { delivered_by_clerk("delivered_by_clerk", default), }
);
#[cfg(feature = "email-sms-templates")]
impl ToggleTemplateDeliveryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self { delivered_by_clerk: None }
    }
}
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}~1toggle_delivery/post/parameters/0/schema`
#[cfg(feature = "email-sms-templates")]
pub type ToggleTemplateDeliveryTemplateType = GetTemplateListTemplateType;
/// Spec: `#/components/schemas/Token`
#[cfg(feature = "sessions")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Token {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: TokenObject,
    /// String representing the encoded JSON Web Token (JWT) value.
    pub jwt: String,
}
#[cfg(feature = "sessions")]
sdkgen_runtime::deserialize_map!(
    Token { object("object", default), jwt("jwt", required), }
);
#[cfg(feature = "sessions")]
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
#[cfg(feature = "sessions")]
pub type TokenObject = CreateSessionTokenFromTemplateResponseObject;
/// Body of the response `#/components/responses/User.Count`.
///
/// Spec: `#/components/schemas/TotalCount`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TotalCount {
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: TotalCountObject,
    pub total_count: i64,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    TotalCount { object("object", default), total_count("total_count", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/TotalCount/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TotalCountObject {
    /// `total_count`
    TotalCount,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl TotalCountObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TotalCount => "total_count",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for TotalCountObject {
    fn default() -> Self {
        Self::TotalCount
    }
}
#[cfg(feature = "users")]
impl From<&str> for TotalCountObject {
    fn from(value: &str) -> Self {
        match value {
            "total_count" => Self::TotalCount,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for TotalCountObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for TotalCountObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for TotalCountObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for TotalCountObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/TrustedDevice`.
///
/// Spec: `#/components/schemas/TrustedDevice`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TrustedDevice {
    /// String representing the object's type.
    #[serde(default)]
    pub object: TrustedDeviceObject,
    pub id: String,
    pub platform: TrustedDevicePlatform,
    pub app_identifier: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub algorithm: TrustedDeviceAlgorithm,
    pub status: TrustedDeviceStatus,
    /// Unix timestamp of creation in milliseconds.
    pub created_at: i64,
    /// Unix timestamp of the last update in milliseconds.
    pub updated_at: i64,
    /// Unix timestamp of the last use in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_used_at: Option<i64>,
    /// Unix timestamp of revocation in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<i64>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    TrustedDevice { object("object", default), id("id", required), platform("platform",
    required), app_identifier("app_identifier", required), name("name", default),
    algorithm("algorithm", default), status("status", required), created_at("created_at",
    required), updated_at("updated_at", required), last_used_at("last_used_at", default),
    revoked_at("revoked_at", default), }
);
/// Spec: `#/components/schemas/TrustedDevice/properties/algorithm`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrustedDeviceAlgorithm {
    /// `ES256`
    Es256,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl TrustedDeviceAlgorithm {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Es256 => "ES256",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for TrustedDeviceAlgorithm {
    fn default() -> Self {
        Self::Es256
    }
}
#[cfg(feature = "users")]
impl From<&str> for TrustedDeviceAlgorithm {
    fn from(value: &str) -> Self {
        match value {
            "ES256" => Self::Es256,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for TrustedDeviceAlgorithm {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for TrustedDeviceAlgorithm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for TrustedDeviceAlgorithm {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for TrustedDeviceAlgorithm {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/TrustedDevice.List`.
///
/// Spec: `#/components/responses/TrustedDevice.List/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct TrustedDeviceListResponse {
    pub data: Vec<TrustedDevice>,
    /// Total number of trusted devices
    pub total_count: i64,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    TrustedDeviceListResponse { data("data", required), total_count("total_count",
    required), }
);
/// String representing the object's type.
///
/// Spec: `#/components/schemas/TrustedDevice/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrustedDeviceObject {
    /// `trusted_device`
    TrustedDevice,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl TrustedDeviceObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrustedDevice => "trusted_device",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for TrustedDeviceObject {
    fn default() -> Self {
        Self::TrustedDevice
    }
}
#[cfg(feature = "users")]
impl From<&str> for TrustedDeviceObject {
    fn from(value: &str) -> Self {
        match value {
            "trusted_device" => Self::TrustedDevice,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for TrustedDeviceObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for TrustedDeviceObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for TrustedDeviceObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for TrustedDeviceObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/TrustedDevice/properties/platform`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrustedDevicePlatform {
    /// `ios`
    Ios,
    /// `android`
    Android,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl TrustedDevicePlatform {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ios => "ios",
            Self::Android => "android",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "users")]
impl From<&str> for TrustedDevicePlatform {
    fn from(value: &str) -> Self {
        match value {
            "ios" => Self::Ios,
            "android" => Self::Android,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for TrustedDevicePlatform {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for TrustedDevicePlatform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for TrustedDevicePlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for TrustedDevicePlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/TrustedDevice/properties/status`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum TrustedDeviceStatus {
    /// `active`
    Active,
    /// `revoked`
    Revoked,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl TrustedDeviceStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Revoked => "revoked",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "users")]
impl From<&str> for TrustedDeviceStatus {
    fn from(value: &str) -> Self {
        match value {
            "active" => Self::Active,
            "revoked" => Self::Revoked,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for TrustedDeviceStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for TrustedDeviceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for TrustedDeviceStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for TrustedDeviceStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateApiKeyBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub claims: Option<Option<serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scopes: Option<Vec<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Minimum: `0` (exclusive).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub seconds_until_expiration: Option<Option<f64>>,
}
#[cfg(feature = "api-keys")]
sdkgen_runtime::deserialize_map!(
    UpdateApiKeyBody { claims("claims", nullable), scopes("scopes", default),
    description("description", nullable), subject("subject", default),
    seconds_until_expiration("seconds_until_expiration", nullable), }
);
#[cfg(feature = "api-keys")]
impl UpdateApiKeyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            claims: None,
            scopes: None,
            description: None,
            subject: None,
            seconds_until_expiration: None,
        }
    }
}
/// The error bodies operation `updateApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum UpdateApiKeyError {
    UpdateApiKeyResponse400(UpdateApiKeyResponse400),
    UpdateApiKeyResponse404(UpdateApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type UpdateApiKeyResponse = GetApiKeyResponse;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type UpdateApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/400/content/application~1json/schema/properties/errors/items`
pub type UpdateApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type UpdateApiKeyResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/404/content/application~1json/schema/properties/errors/items`
pub type UpdateApiKeyResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1{apiKeyID}/patch/responses/200/content/application~1json/schema/properties/object`
pub type UpdateApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1directories~1{directory_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "directories")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateDirectoryBody {
    /// A human-friendly name for the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the directory is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The identity provider for this directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Attribute-to-directory-path entries to merge into the directory's attribute mapping.
    /// Set a key to `null` to remove it from the mapping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<std::collections::BTreeMap<String, Option<String>>>,
    /// Whether group-to-role mapping is enabled for this directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_role_mapping_enabled: Option<bool>,
}
#[cfg(feature = "directories")]
sdkgen_runtime::deserialize_map!(
    UpdateDirectoryBody { name("name", default), enabled("enabled", default),
    provider("provider", default), attribute_mapping("attribute_mapping", default),
    group_role_mapping_enabled("group_role_mapping_enabled", default), }
);
#[cfg(feature = "directories")]
impl UpdateDirectoryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            enabled: None,
            provider: None,
            attribute_mapping: None,
            group_role_mapping_enabled: None,
        }
    }
}
/// Spec: `#/paths/~1domains~1{domain_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "domains")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateDomainBody {
    /// The new domain name. For development instances, can contain the port,
    /// i.e `myhostname:3000`. For production instances, must be a valid FQDN,
    /// i.e `mysite.com`. Cannot contain protocol scheme.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The full URL of the proxy that will forward requests to Clerk's Frontend API.
    /// Can only be updated for production instances.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub proxy_url: Option<Option<String>>,
    /// Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
    /// will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
    /// multiple secondaries) on the same root domain (eTLD+1).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub is_secondary: Option<Option<bool>>,
}
#[cfg(feature = "domains")]
sdkgen_runtime::deserialize_map!(
    UpdateDomainBody { name("name", nullable), proxy_url("proxy_url", nullable),
    is_secondary("is_secondary", nullable), }
);
#[cfg(feature = "domains")]
impl UpdateDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            proxy_url: None,
            is_secondary: None,
        }
    }
}
/// Spec: `#/paths/~1email_addresses~1{email_address_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "email-addresses")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateEmailAddressBody {
    /// The email address will be marked as verified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub verified: Option<Option<bool>>,
    /// Set this email address as the primary email address for the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub primary: Option<Option<bool>>,
    /// If set to `true` and this update makes the email address the user's new primary,
    /// the previous primary email address is notified of the change.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub notify_primary_email_address_changed: Option<Option<bool>>,
}
#[cfg(feature = "email-addresses")]
sdkgen_runtime::deserialize_map!(
    UpdateEmailAddressBody { verified("verified", nullable), primary("primary",
    nullable),
    notify_primary_email_address_changed("notify_primary_email_address_changed",
    nullable), }
);
#[cfg(feature = "email-addresses")]
impl UpdateEmailAddressBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            verified: None,
            primary: None,
            notify_primary_email_address_changed: None,
        }
    }
}
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateEnterpriseConnectionBody {
    /// The display name of the enterprise connection
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// Domains associated with the enterprise connection. Values are normalized to lowercase.
    /// Empty array means ignored (no change); non-empty array means set domains to the given list (replaces existing).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub domains: Option<Option<Vec<String>>>,
    /// Whether the enterprise connection is active. When set to true (enabling), any existing verified organization domains for the same domain(s) will be removed so the connection can be enabled.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub active: Option<Option<bool>>,
    /// Whether to sync user attributes on sign-in
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub sync_user_attributes: Option<Option<bool>>,
    /// Whether to disable additional identifications
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub disable_additional_identifications: Option<Option<bool>>,
    /// Whether this connection supports account linking via organization membership
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allow_organization_account_linking: Option<Option<bool>>,
    /// Organization ID to link to this enterprise connection. Only linking is supported; sending this field sets or changes the linked organization. There is no way to unlink an organization once linked.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub organization_id: Option<Option<String>>,
    /// SAML connection-specific properties. Only applied when the enterprise connection uses SAML.
    /// Use this to update IdP configuration, attribute mapping, and other SAML-specific settings.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub saml: Option<Option<UpdateEnterpriseConnectionBodySaml>>,
    /// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. oidc_custom, oidc_github_enterprise, or oidc_gitlab).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub oidc: Option<Option<UpdateEnterpriseConnectionBodyOidc>>,
    /// Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning. Requires the custom attributes feature to be enabled for the instance.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub custom_attributes: Option<
        Option<Vec<UpdateEnterpriseConnectionBodyCustomAttributesItem>>,
    >,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    UpdateEnterpriseConnectionBody { name("name", nullable), domains("domains",
    nullable), active("active", nullable), sync_user_attributes("sync_user_attributes",
    nullable), disable_additional_identifications("disable_additional_identifications",
    nullable), allow_organization_account_linking("allow_organization_account_linking",
    nullable), organization_id("organization_id", nullable), saml("saml", nullable),
    oidc("oidc", nullable), custom_attributes("custom_attributes", nullable), }
);
#[cfg(feature = "enterprise-connections")]
impl UpdateEnterpriseConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            domains: None,
            active: None,
            sync_user_attributes: None,
            disable_additional_identifications: None,
            allow_organization_account_linking: None,
            organization_id: None,
            saml: None,
            oidc: None,
            custom_attributes: None,
        }
    }
}
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/custom_attributes/items`
#[cfg(feature = "enterprise-connections")]
pub type UpdateEnterpriseConnectionBodyCustomAttributesItem = CreateEnterpriseConnectionBodyCustomAttributesItem;
/// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. oidc_custom, oidc_github_enterprise, or oidc_gitlab).
///
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/oidc`
#[cfg(feature = "enterprise-connections")]
pub type UpdateEnterpriseConnectionBodyOidc = CreateEnterpriseConnectionBodyOidc;
/// SAML connection-specific properties. Only applied when the enterprise connection uses SAML.
/// Use this to update IdP configuration, attribute mapping, and other SAML-specific settings.
///
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/saml`
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateEnterpriseConnectionBodySaml {
    /// Display name of the SAML connection
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// IdP entity ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_entity_id: Option<String>,
    /// IdP SSO URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_sso_url: Option<String>,
    /// IdP certificate (PEM)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_certificate: Option<String>,
    /// URL to IdP metadata
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata_url: Option<String>,
    /// Raw IdP metadata XML
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idp_metadata: Option<String>,
    /// Attribute mapping for SAML attributes
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<UpdateEnterpriseConnectionBodySamlAttributeMapping>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_subdomains: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_idp_initiated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub login_hint: Option<UpdateEnterpriseConnectionBodySamlLoginHint>,
}
#[cfg(feature = "enterprise-connections")]
sdkgen_runtime::deserialize_map!(
    UpdateEnterpriseConnectionBodySaml { name("name", default),
    idp_entity_id("idp_entity_id", default), idp_sso_url("idp_sso_url", default),
    idp_certificate("idp_certificate", default), idp_metadata_url("idp_metadata_url",
    default), idp_metadata("idp_metadata", default),
    attribute_mapping("attribute_mapping", default), allow_subdomains("allow_subdomains",
    default), allow_idp_initiated("allow_idp_initiated", default),
    force_authn("force_authn", default), login_hint("login_hint", default), }
);
#[cfg(feature = "enterprise-connections")]
impl UpdateEnterpriseConnectionBodySaml {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            idp_entity_id: None,
            idp_sso_url: None,
            idp_certificate: None,
            idp_metadata_url: None,
            idp_metadata: None,
            attribute_mapping: None,
            allow_subdomains: None,
            allow_idp_initiated: None,
            force_authn: None,
            login_hint: None,
        }
    }
}
/// Attribute mapping for SAML attributes
///
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/saml/properties/attribute_mapping`
#[cfg(feature = "enterprise-connections")]
pub type UpdateEnterpriseConnectionBodySamlAttributeMapping = CreateEnterpriseConnectionBodySamlAttributeMapping;
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/saml/properties/login_hint`
#[cfg(feature = "enterprise-connections")]
pub type UpdateEnterpriseConnectionBodySamlLoginHint = CreateEnterpriseConnectionBodySamlLoginHint;
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1enterprise_connections~1{enterprise_connection_id}/patch/requestBody/content/application~1json/schema/properties/saml/properties/login_hint/properties/mode`
pub type UpdateEnterpriseConnectionBodySamlLoginHintMode = CreateEnterpriseConnectionBodySamlLoginHintMode;
/// Spec: `#/paths/~1beta_features~1instance_settings/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "beta-features")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceAuthConfigBody {
    /// Whether sign up is restricted to email addresses, phone numbers and usernames that are on the allowlist.
    ///
    /// Default: `false`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub restricted_to_allowlist: Option<Option<bool>>,
    /// The local part of the email address from which authentication-related emails (e.g. OTP code, magic links) will be sent.
    /// Only alphanumeric values are allowed.
    /// Note that this value should contain only the local part of the address (e.g. `foo` for `foo@example.com`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub from_email_address: Option<Option<String>>,
    /// Enable the Progressive Sign Up algorithm. This feature is deprecated, please contact support if you need assistance.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub progressive_sign_up: Option<Option<bool>>,
    /// Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
    /// Defaults to true for development instances.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub test_mode: Option<Option<bool>>,
}
#[cfg(feature = "beta-features")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceAuthConfigBody { restricted_to_allowlist("restricted_to_allowlist",
    nullable), from_email_address("from_email_address", nullable),
    progressive_sign_up("progressive_sign_up", nullable), test_mode("test_mode",
    nullable), }
);
#[cfg(feature = "beta-features")]
impl UpdateInstanceAuthConfigBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            restricted_to_allowlist: None,
            from_email_address: None,
            progressive_sign_up: None,
            test_mode: None,
        }
    }
}
/// Spec: `#/paths/~1instance/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceBody {
    /// Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
    /// Defaults to true for development instances.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub test_mode: Option<Option<bool>>,
    /// Whether the instance should be using the HIBP service to check passwords for breaches
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub hibp: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub support_email: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub clerk_js_version: Option<Option<String>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub development_origin: Option<Option<String>>,
    /// For browser-like stacks such as browser extensions, Electron (not officially supported), or Capacitor.js (not officially supported), the instance allowed origins need to be updated with the request origin value. For Chrome extensions popup, background, or service worker pages, the origin is chrome-extension://extension_uuid. For Electron apps the default origin is http://localhost:3000. For Capacitor, the origin is capacitor://localhost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allowed_origins: Option<Vec<String>>,
    /// Whether the instance should operate in cookieless development mode (i.e. without third-party cookies).
    /// Deprecated: Please use `url_based_session_syncing` instead.
    ///
    /// Deprecated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub cookieless_dev: Option<Option<bool>>,
    /// Whether the instance should use URL-based session syncing in development mode (i.e. without third-party cookies).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub url_based_session_syncing: Option<Option<bool>>,
    /// When password is required at the instance level, sets the preferred sign-in strategy surfaced to Clerk components. Has no effect when password is not required. Defaults to `password`. Set to an empty string to clear the override.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub preferred_sign_in_strategy_when_password_required: Option<
        Option<UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired>,
    >,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceBody { test_mode("test_mode", nullable), hibp("hibp", nullable),
    support_email("support_email", nullable), clerk_js_version("clerk_js_version",
    nullable), development_origin("development_origin", nullable),
    allowed_origins("allowed_origins", default), cookieless_dev("cookieless_dev",
    nullable), url_based_session_syncing("url_based_session_syncing", nullable),
    preferred_sign_in_strategy_when_password_required("preferred_sign_in_strategy_when_password_required",
    nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            test_mode: None,
            hibp: None,
            support_email: None,
            clerk_js_version: None,
            development_origin: None,
            allowed_origins: None,
            cookieless_dev: None,
            url_based_session_syncing: None,
            preferred_sign_in_strategy_when_password_required: None,
        }
    }
}
/// When password is required at the instance level, sets the preferred sign-in strategy surfaced to Clerk components. Has no effect when password is not required. Defaults to `password`. Set to an empty string to clear the override.
///
/// Spec: `#/paths/~1instance/patch/requestBody/content/application~1json/schema/properties/preferred_sign_in_strategy_when_password_required`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    /// `password`
    Password,
    /// `otp`
    Otp,
    /// ``
    Empty,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Otp => "otp",
            Self::Empty => "",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<&str> for UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    fn from(value: &str) -> Self {
        match value {
            "password" => Self::Password,
            "otp" => Self::Otp,
            "" => Self::Empty,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "instance-settings")]
impl From<String> for UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Display
for UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl Serialize for UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "instance-settings")]
impl<'de> Deserialize<'de>
for UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1instance~1communication/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceCommunicationBody {
    /// ISO 3166-1 alpha-2 country codes to block for SMS delivery. Whole-list replacement. Codes must be uppercase, 2-letter, and unique within the array.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub blocked_country_codes: Option<Option<Vec<String>>>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceCommunicationBody { blocked_country_codes("blocked_country_codes",
    nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceCommunicationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            blocked_country_codes: None,
        }
    }
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceCommunicationBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceCommunicationBody")
            .field("blocked_country_codes", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1instance~1oauth_application_settings/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceOAuthApplicationSettingsBody {
    /// Whether dynamic OAuth client registration is enabled for the instance (RFC 7591).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub dynamic_oauth_client_registration: Option<Option<bool>>,
    /// Default scopes. Set to null to reset to Clerk-provided defaults.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub default_scopes: Option<Option<Vec<String>>>,
    /// Whether OAuth JWT access tokens are enabled for the instance (disabled indicates opaque access tokens).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub oauth_jwt_access_tokens: Option<Option<bool>>,
    /// Whether the instance advertises support for Client ID Metadata Documents in its OAuth authorization server metadata.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub client_id_metadata_documents_advertised: Option<Option<bool>>,
    /// When true, new unknown CIMD clients are rejected. Previously auto-connected and pre-registered clients remain admitted; deleting a client makes it unknown again.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub client_id_metadata_documents_only_allow_pre_registered_clients: Option<
        Option<bool>,
    >,
    /// When true, recorded implicitly allowed CIMD clients are rejected on future client lookups. Explicitly allowed clients remain accepted. This does not revoke previously issued access tokens.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub client_id_metadata_documents_block_implicitly_allowed_clients: Option<
        Option<bool>,
    >,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceOAuthApplicationSettingsBody {
    dynamic_oauth_client_registration("dynamic_oauth_client_registration", nullable),
    default_scopes("default_scopes", nullable),
    oauth_jwt_access_tokens("oauth_jwt_access_tokens", nullable),
    client_id_metadata_documents_advertised("client_id_metadata_documents_advertised",
    nullable),
    client_id_metadata_documents_only_allow_pre_registered_clients("client_id_metadata_documents_only_allow_pre_registered_clients",
    nullable),
    client_id_metadata_documents_block_implicitly_allowed_clients("client_id_metadata_documents_block_implicitly_allowed_clients",
    nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceOAuthApplicationSettingsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            dynamic_oauth_client_registration: None,
            default_scopes: None,
            oauth_jwt_access_tokens: None,
            client_id_metadata_documents_advertised: None,
            client_id_metadata_documents_only_allow_pre_registered_clients: None,
            client_id_metadata_documents_block_implicitly_allowed_clients: None,
        }
    }
}
/// Spec: `#/paths/~1instance~1organization_settings/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceOrganizationSettingsBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub enabled: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub max_allowed_memberships: Option<Option<i64>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub admin_delete_enabled: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub domains_enabled: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub slug_disabled: Option<Option<bool>>,
    /// Specify which enrollment modes to enable for your Organization Domains.
    /// Supported modes are 'automatic_invitation' & 'automatic_suggestion'.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domains_enrollment_modes: Option<Vec<String>>,
    /// Specify what the default organization role is for an organization creator.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub creator_role_id: Option<Option<String>>,
    /// Specify what the default organization role is for the organization domains.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub domains_default_role_id: Option<Option<String>>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceOrganizationSettingsBody { enabled("enabled", nullable),
    max_allowed_memberships("max_allowed_memberships", nullable),
    admin_delete_enabled("admin_delete_enabled", nullable),
    domains_enabled("domains_enabled", nullable), slug_disabled("slug_disabled",
    nullable), domains_enrollment_modes("domains_enrollment_modes", default),
    creator_role_id("creator_role_id", nullable),
    domains_default_role_id("domains_default_role_id", nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceOrganizationSettingsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            enabled: None,
            max_allowed_memberships: None,
            admin_delete_enabled: None,
            domains_enabled: None,
            slug_disabled: None,
            domains_enrollment_modes: None,
            creator_role_id: None,
            domains_default_role_id: None,
        }
    }
}
/// Spec: `#/paths/~1instance~1protect/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceProtectBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub rules_enabled: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub specter_enabled: Option<Option<bool>>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceProtectBody { rules_enabled("rules_enabled", nullable),
    specter_enabled("specter_enabled", nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceProtectBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            rules_enabled: None,
            specter_enabled: None,
        }
    }
}
/// Spec: `#/paths/~1instance~1restrictions/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "instance-settings")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateInstanceRestrictionsBody {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allowlist: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub blocklist: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allowlist_blocklist_disabled_on_sign_in: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub block_email_subaddresses: Option<Option<bool>>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub block_disposable_email_domains: Option<Option<bool>>,
}
#[cfg(feature = "instance-settings")]
sdkgen_runtime::deserialize_map!(
    UpdateInstanceRestrictionsBody { allowlist("allowlist", nullable),
    blocklist("blocklist", nullable),
    allowlist_blocklist_disabled_on_sign_in("allowlist_blocklist_disabled_on_sign_in",
    nullable), block_email_subaddresses("block_email_subaddresses", nullable),
    block_disposable_email_domains("block_disposable_email_domains", nullable), }
);
#[cfg(feature = "instance-settings")]
impl UpdateInstanceRestrictionsBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            allowlist: None,
            blocklist: None,
            allowlist_blocklist_disabled_on_sign_in: None,
            block_email_subaddresses: None,
            block_disposable_email_domains: None,
        }
    }
}
/// Spec: `#/paths/~1jwt_templates~1{template_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "jwt-templates")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UpdateJwtTemplateBody {
    /// JWT template name
    pub name: String,
    /// JWT template claims in JSON format
    pub claims: serde_json::Map<String, serde_json::Value>,
    /// JWT lifetime
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub lifetime: Option<Option<i64>>,
    /// JWT allowed clock skew
    ///
    /// Minimum: `0`. Maximum: `300`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allowed_clock_skew: Option<Option<i64>>,
    /// Whether a custom signing key/algorithm is also provided for this template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_signing_key: Option<bool>,
    /// The custom signing algorithm to use when minting JWTs. Required if `custom_signing_key` is `true`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub signing_algorithm: Option<Option<String>>,
    /// The custom signing private key to use when minting JWTs. Required if `custom_signing_key` is `true`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub signing_key: Option<Option<String>>,
}
#[cfg(feature = "jwt-templates")]
sdkgen_runtime::deserialize_map!(
    UpdateJwtTemplateBody { name("name", required), claims("claims", required),
    lifetime("lifetime", nullable), allowed_clock_skew("allowed_clock_skew", nullable),
    custom_signing_key("custom_signing_key", default),
    signing_algorithm("signing_algorithm", nullable), signing_key("signing_key",
    nullable), }
);
#[cfg(feature = "jwt-templates")]
impl UpdateJwtTemplateBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(
        name: String,
        claims: serde_json::Map<String, serde_json::Value>,
    ) -> Self {
        Self {
            name,
            claims,
            lifetime: None,
            allowed_clock_skew: None,
            custom_signing_key: None,
            signing_algorithm: None,
            signing_key: None,
        }
    }
}
/// Spec: `#/paths/~1machines~1{machine_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "machines")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateMachineBody {
    /// The name of the machine
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second.
    ///
    /// Minimum: `1`. Maximum: `315360000`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_token_ttl: Option<i64>,
}
#[cfg(feature = "machines")]
sdkgen_runtime::deserialize_map!(
    UpdateMachineBody { name("name", default), default_token_ttl("default_token_ttl",
    default), }
);
#[cfg(feature = "machines")]
impl UpdateMachineBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            default_token_ttl: None,
        }
    }
}
/// Spec: `#/paths/~1oauth_applications~1{oauth_application_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOAuthApplicationBody {
    /// The new name of the OAuth application.
    /// Max length: 256
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// An array of redirect URIs of the new OAuth application
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub redirect_uris: Option<Option<Vec<String>>>,
    /// The new callback URL of the OAuth application
    ///
    /// Deprecated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub callback_url: Option<Option<String>>,
    /// Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces.
    ///
    /// Default: `"profile email"`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub scopes: Option<Option<String>>,
    /// True to enable a consent screen to display in the authentication flow. This cannot be disabled for dynamically registered OAuth Applications.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub consent_screen_enabled: Option<Option<bool>>,
    /// True to require the Proof Key of Code Exchange (PKCE) flow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub pkce_required: Option<Option<bool>>,
    /// If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub public: Option<Option<bool>>,
}
#[cfg(feature = "oauth-applications")]
sdkgen_runtime::deserialize_map!(
    UpdateOAuthApplicationBody { name("name", nullable), redirect_uris("redirect_uris",
    nullable), callback_url("callback_url", nullable), scopes("scopes", nullable),
    consent_screen_enabled("consent_screen_enabled", nullable),
    pkce_required("pkce_required", nullable), public("public", nullable), }
);
#[cfg(feature = "oauth-applications")]
impl UpdateOAuthApplicationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            redirect_uris: None,
            callback_url: None,
            scopes: None,
            consent_screen_enabled: None,
            pkce_required: None,
            public: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organizations")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationBody {
    /// The new name of the organization.
    /// May not contain URLs or HTML.
    /// Max length: 256
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The new slug of the organization, which needs to be unique in the instance
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub slug: Option<Option<String>>,
    /// The maximum number of memberships allowed for this organization
    ///
    /// Minimum: `0`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub max_allowed_memberships: Option<Option<i64>>,
    /// If true, an admin can delete this organization with the Frontend API.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub admin_delete_enabled: Option<Option<bool>>,
    /// A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub created_at: Option<Option<String>>,
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub role_set_key: Option<Option<String>>,
}
#[cfg(feature = "organizations")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationBody { name("name", nullable), slug("slug", nullable),
    max_allowed_memberships("max_allowed_memberships", nullable),
    admin_delete_enabled("admin_delete_enabled", nullable), created_at("created_at",
    nullable), role_set_key("role_set_key", nullable), }
);
#[cfg(feature = "organizations")]
impl UpdateOrganizationBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            slug: None,
            max_allowed_memberships: None,
            admin_delete_enabled: None,
            created_at: None,
            role_set_key: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1domains~1{domain_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-domains")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationDomainBody {
    /// The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub enrollment_mode: Option<Option<String>>,
    /// The status of the domain's verification
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub verified: Option<Option<bool>>,
}
#[cfg(feature = "organization-domains")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationDomainBody { enrollment_mode("enrollment_mode", nullable),
    verified("verified", nullable), }
);
#[cfg(feature = "organization-domains")]
impl UpdateOrganizationDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            enrollment_mode: None,
            verified: None,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1memberships~1{user_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-memberships")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UpdateOrganizationMembershipBody {
    /// The new role of the given membership.
    pub role: String,
}
#[cfg(feature = "organization-memberships")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationMembershipBody { role("role", required), }
);
#[cfg(feature = "organization-memberships")]
impl UpdateOrganizationMembershipBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(role: String) -> Self {
        Self { role }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1memberships~1{user_id}~1metadata/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-memberships")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationMembershipMetadataBody {
    /// Metadata saved on the organization membership, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the organization membership that is only visible to your backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "organization-memberships")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationMembershipMetadataBody { public_metadata("public_metadata",
    default), private_metadata("private_metadata", default), }
);
#[cfg(feature = "organization-memberships")]
impl UpdateOrganizationMembershipMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            public_metadata: None,
            private_metadata: None,
        }
    }
}
/// Spec: `#/paths/~1organization_permissions~1{permission_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-permissions")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationPermissionBody {
    /// The name of the permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The key of the permission. Must have the format "org:feature:action" where feature and action are segments consisting of lowercase letters, digits, or underscores. Cannot begin with "org:sys_" as that prefix is reserved for system permissions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// A description of the permission.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
#[cfg(feature = "organization-permissions")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationPermissionBody { name("name", default), key("key", default),
    description("description", default), }
);
#[cfg(feature = "organization-permissions")]
impl UpdateOrganizationPermissionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            key: None,
            description: None,
        }
    }
}
/// Spec: `#/paths/~1organization_roles~1{organization_role_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "organization-roles")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateOrganizationRoleBody {
    /// The new name for the organization role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// A unique key for the organization role. Must start with 'org:' and contain only lowercase alphanumeric characters and underscores.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub key: Option<Option<String>>,
    /// Optional description for the role
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    /// Array of permission IDs to assign to the role. If provided, this will replace the existing permissions.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub permissions: Option<Option<Vec<String>>>,
}
#[cfg(feature = "organization-roles")]
sdkgen_runtime::deserialize_map!(
    UpdateOrganizationRoleBody { name("name", nullable), key("key", nullable),
    description("description", nullable), permissions("permissions", nullable), }
);
#[cfg(feature = "organization-roles")]
impl UpdateOrganizationRoleBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            key: None,
            description: None,
            permissions: None,
        }
    }
}
/// Spec: `#/paths/~1phone_numbers~1{phone_number_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "phone-numbers")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdatePhoneNumberBody {
    /// The phone number will be marked as verified.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub verified: Option<Option<bool>>,
    /// Set this phone number as the primary phone number for the user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub primary: Option<Option<bool>>,
    /// Set this phone number as reserved for multi-factor authentication.
    /// The phone number must also be verified.
    /// If there are no other reserved second factors, the phone number will be set as the default second factor.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub reserved_for_second_factor: Option<Option<bool>>,
}
#[cfg(feature = "phone-numbers")]
sdkgen_runtime::deserialize_map!(
    UpdatePhoneNumberBody { verified("verified", nullable), primary("primary", nullable),
    reserved_for_second_factor("reserved_for_second_factor", nullable), }
);
#[cfg(feature = "phone-numbers")]
impl UpdatePhoneNumberBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            verified: None,
            primary: None,
            reserved_for_second_factor: None,
        }
    }
}
/// Spec: `#/paths/~1beta_features~1domain/put/requestBody/content/application~1json/schema`
#[cfg(feature = "beta-features")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateProductionInstanceDomainBody {
    /// The new home URL of the production instance e.g. https://www.example.com
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub home_url: Option<String>,
    /// Whether the domain is a secondary app.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_secondary: Option<bool>,
}
#[cfg(feature = "beta-features")]
sdkgen_runtime::deserialize_map!(
    UpdateProductionInstanceDomainBody { home_url("home_url", default),
    is_secondary("is_secondary", default), }
);
#[cfg(feature = "beta-features")]
impl UpdateProductionInstanceDomainBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            home_url: None,
            is_secondary: None,
        }
    }
}
/// Spec: `#/paths/~1role_sets~1{role_set_key_or_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateRoleSetBody {
    /// The new name for the role set
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub key: Option<Option<String>>,
    /// Optional description for the role set
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub description: Option<Option<String>>,
    /// Set to "initial" to make this the default role set for new organizations.
    /// Only one role set can be "initial" per instance; setting this will change any existing initial role set to "custom".
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub r#type: Option<Option<UpdateRoleSetBodyType>>,
    /// The key of the role to use as the default role for new organization members.
    /// Must be an existing role in the role set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub default_role_key: Option<Option<String>>,
    /// The key of the role to assign to organization creators.
    /// Must be an existing role in the role set.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub creator_role_key: Option<Option<String>>,
}
#[cfg(feature = "role-sets")]
sdkgen_runtime::deserialize_map!(
    UpdateRoleSetBody { name("name", nullable), key("key", nullable),
    description("description", nullable), r#type("type", nullable),
    default_role_key("default_role_key", nullable), creator_role_key("creator_role_key",
    nullable), }
);
#[cfg(feature = "role-sets")]
impl UpdateRoleSetBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            key: None,
            description: None,
            r#type: None,
            default_role_key: None,
            creator_role_key: None,
        }
    }
}
/// Set to "initial" to make this the default role set for new organizations.
/// Only one role set can be "initial" per instance; setting this will change any existing initial role set to "custom".
///
/// Spec: `#/paths/~1role_sets~1{role_set_key_or_id}/patch/requestBody/content/application~1json/schema/properties/type`
#[cfg(feature = "role-sets")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UpdateRoleSetBodyType {
    /// `initial`
    Initial,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "role-sets")]
impl UpdateRoleSetBodyType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Initial => "initial",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "role-sets")]
impl Default for UpdateRoleSetBodyType {
    fn default() -> Self {
        Self::Initial
    }
}
#[cfg(feature = "role-sets")]
impl From<&str> for UpdateRoleSetBodyType {
    fn from(value: &str) -> Self {
        match value {
            "initial" => Self::Initial,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "role-sets")]
impl From<String> for UpdateRoleSetBodyType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl std::fmt::Display for UpdateRoleSetBodyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl Serialize for UpdateRoleSetBodyType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "role-sets")]
impl<'de> Deserialize<'de> for UpdateRoleSetBodyType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1saml_connections~1{saml_connection_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "saml-connections")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateSamlConnectionBody {
    /// The name of the new SAML Connection
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub name: Option<Option<String>>,
    /// The domain to use for the new SAML Connection
    ///
    /// Deprecated.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub domain: Option<Option<String>>,
    /// A list of the domains on use for the SAML connection
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub domains: Option<Option<Vec<String>>>,
    /// The Entity ID as provided by the IdP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub idp_entity_id: Option<Option<String>>,
    /// The SSO URL as provided by the IdP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub idp_sso_url: Option<Option<String>>,
    /// The x509 certificated as provided by the IdP
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub idp_certificate: Option<Option<String>>,
    /// The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties and replaces them
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub idp_metadata_url: Option<Option<String>>,
    /// The XML content of the IdP metadata file. If present, it takes priority over the corresponding individual properties
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub idp_metadata: Option<Option<String>>,
    /// The ID of the organization to which users of this SAML Connection will be added
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub organization_id: Option<Option<String>>,
    /// Define the attribute name mapping between Identity Provider and Clerk's user properties
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub attribute_mapping: Option<Option<UpdateSamlConnectionBodyAttributeMapping>>,
    /// Activate or de-activate the SAML Connection
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub active: Option<Option<bool>>,
    /// Controls whether to update the user's attributes in each sign-in
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub sync_user_attributes: Option<Option<bool>>,
    /// Allow users with an email address subdomain to use this connection in order to authenticate
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allow_subdomains: Option<Option<bool>>,
    /// Enable or deactivate IdP-initiated flows
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allow_idp_initiated: Option<Option<bool>>,
    /// Enable or deactivate additional identifications
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub disable_additional_identifications: Option<Option<bool>>,
    /// Whether this connection supports account linking via organization membership
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub allow_organization_account_linking: Option<Option<bool>>,
    /// Enable or deactivate ForceAuthn
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub force_authn: Option<bool>,
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub login_hint: Option<Option<UpdateSamlConnectionBodyLoginHint>>,
    /// When enabling the connection, controls behavior when verified domains used for enrollment modes like automatic invitation or automatic suggestion already exist for the same domain. If true, those verified domains are removed and the connection is enabled. If false or omitted, the request fails when any such verified domain exists.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub consent_verified_domains_deletion: Option<Option<bool>>,
}
#[cfg(feature = "saml-connections")]
sdkgen_runtime::deserialize_map!(
    UpdateSamlConnectionBody { name("name", nullable), domain("domain", nullable),
    domains("domains", nullable), idp_entity_id("idp_entity_id", nullable),
    idp_sso_url("idp_sso_url", nullable), idp_certificate("idp_certificate", nullable),
    idp_metadata_url("idp_metadata_url", nullable), idp_metadata("idp_metadata",
    nullable), organization_id("organization_id", nullable),
    attribute_mapping("attribute_mapping", nullable), active("active", nullable),
    sync_user_attributes("sync_user_attributes", nullable),
    allow_subdomains("allow_subdomains", nullable),
    allow_idp_initiated("allow_idp_initiated", nullable),
    disable_additional_identifications("disable_additional_identifications", nullable),
    allow_organization_account_linking("allow_organization_account_linking", nullable),
    force_authn("force_authn", default), login_hint("login_hint", nullable),
    consent_verified_domains_deletion("consent_verified_domains_deletion", nullable), }
);
#[cfg(feature = "saml-connections")]
impl UpdateSamlConnectionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            domain: None,
            domains: None,
            idp_entity_id: None,
            idp_sso_url: None,
            idp_certificate: None,
            idp_metadata_url: None,
            idp_metadata: None,
            organization_id: None,
            attribute_mapping: None,
            active: None,
            sync_user_attributes: None,
            allow_subdomains: None,
            allow_idp_initiated: None,
            disable_additional_identifications: None,
            allow_organization_account_linking: None,
            force_authn: None,
            login_hint: None,
            consent_verified_domains_deletion: None,
        }
    }
}
/// Define the attribute name mapping between Identity Provider and Clerk's user properties
///
/// Spec: `#/paths/~1saml_connections~1{saml_connection_id}/patch/requestBody/content/application~1json/schema/properties/attribute_mapping`
#[cfg(feature = "saml-connections")]
pub type UpdateSamlConnectionBodyAttributeMapping = CreateSamlConnectionBodyAttributeMapping;
/// Configuration for the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1saml_connections~1{saml_connection_id}/patch/requestBody/content/application~1json/schema/properties/login_hint`
#[cfg(feature = "saml-connections")]
pub type UpdateSamlConnectionBodyLoginHint = CreateEnterpriseConnectionBodySamlLoginHint;
/// Controls the login_hint sent to the IdP on SSO sign-in
///
/// Spec: `#/paths/~1saml_connections~1{saml_connection_id}/patch/requestBody/content/application~1json/schema/properties/login_hint/properties/mode`
pub type UpdateSamlConnectionBodyLoginHintMode = CreateEnterpriseConnectionBodySamlLoginHintMode;
/// Spec: `#/paths/~1scim_directories~1{scim_directory_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "scim-directories")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateScimDirectoryBody {
    /// A human-friendly name for the directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether the directory is enabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// The identity provider for this directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// Attribute-to-SCIM-path entries to merge into the directory's attribute mapping.
    /// Set a key to `null` to remove it from the mapping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attribute_mapping: Option<std::collections::BTreeMap<String, Option<String>>>,
    /// Whether group-to-role mapping is enabled for this directory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_role_mapping_enabled: Option<bool>,
}
#[cfg(feature = "scim-directories")]
sdkgen_runtime::deserialize_map!(
    UpdateScimDirectoryBody { name("name", default), enabled("enabled", default),
    provider("provider", default), attribute_mapping("attribute_mapping", default),
    group_role_mapping_enabled("group_role_mapping_enabled", default), }
);
#[cfg(feature = "scim-directories")]
impl UpdateScimDirectoryBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            enabled: None,
            provider: None,
            attribute_mapping: None,
            group_role_mapping_enabled: None,
        }
    }
}
/// Spec: `#/paths/~1sign_ups~1{id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "sign-ups")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateSignUpBody {
    /// The ID of the guest attempting to sign up as used in your external systems or your previous authentication solution.
    /// This will be copied to the resulting user when the sign-up is completed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub external_id: Option<Option<String>>,
    /// If true, the sign-up will be marked as a custom action.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub custom_action: Option<Option<bool>>,
}
#[cfg(feature = "sign-ups")]
sdkgen_runtime::deserialize_map!(
    UpdateSignUpBody { external_id("external_id", nullable),
    custom_action("custom_action", nullable), }
);
#[cfg(feature = "sign-ups")]
impl UpdateSignUpBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            external_id: None,
            custom_action: None,
        }
    }
}
/// Spec: `#/paths/~1users~1{user_id}/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateUserBody {
    /// The ID of the user as used in your external systems or your previous authentication solution.
    /// Must be unique across your instance.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub external_id: Option<Option<String>>,
    /// The first name to assign to the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub first_name: Option<Option<String>>,
    /// The last name to assign to the user
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub last_name: Option<Option<String>>,
    /// The locale to assign to the user (e.g., "en-US", "fr-FR")
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub locale: Option<Option<String>>,
    /// The ID of the email address to set as primary.
    /// It must be verified, and present on the current user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub primary_email_address_id: Option<Option<String>>,
    /// If set to `true`, the user will be notified that their primary email address has changed.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub notify_primary_email_address_changed: Option<Option<bool>>,
    /// The ID of the phone number to set as primary.
    /// It must be verified, and present on the current user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub primary_phone_number_id: Option<Option<String>>,
    /// The ID of the web3 wallets to set as primary.
    /// It must be verified, and present on the current user.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub primary_web3_wallet_id: Option<Option<String>>,
    /// The username to give to the user.
    /// It must be unique across your instance.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub username: Option<Option<String>>,
    /// The ID of the image to set as the user's profile image
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub profile_image_id: Option<Option<String>>,
    /// The plaintext password to give the user.
    /// Must be at least 8 characters long, and cannot be in any list of hacked passwords.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub password: Option<Option<String>>,
    /// In case you already have the password digests and not the passwords, you can use them for the newly created user via this property.
    /// The digests should be generated with one of the supported algorithms.
    /// The hashing algorithm can be specified using the `password_hasher` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_digest: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_hasher: Option<PasswordHasher>,
    /// Set it to `true` if you're updating the user's password and want to skip any password policy settings check. This parameter can only be used when providing a `password`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub skip_password_checks: Option<Option<bool>>,
    /// Set to `true` to sign out the user from all their active sessions once their password is updated. This parameter can only be used when providing a `password`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub sign_out_of_other_sessions: Option<Option<bool>>,
    /// In case TOTP is configured on the instance, you can provide the secret to enable it on the specific user without the need to reset it.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub totp_secret: Option<Option<String>>,
    /// If Backup Codes are configured on the instance, you can provide them to enable it on the specific user without the need to reset them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_codes: Option<Vec<String>>,
    /// If true, the user can delete themselves with the Frontend API.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub delete_self_enabled: Option<Option<bool>>,
    /// If true, the user can create organizations with the Frontend API.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub create_organization_enabled: Option<Option<bool>>,
    /// A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub legal_accepted_at: Option<Option<String>>,
    /// When set to `true` all legal checks are skipped.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub skip_legal_checks: Option<Option<bool>>,
    /// The maximum number of organizations the user can create. 0 means unlimited.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub create_organizations_limit: Option<Option<i64>>,
    /// A custom date/time denoting _when_ the user signed up to the application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub created_at: Option<Option<String>>,
    /// When set to `true`, the user will bypass Device Trust checks during sign-in.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub bypass_client_trust: Option<Option<bool>>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    UpdateUserBody { external_id("external_id", nullable), first_name("first_name",
    nullable), last_name("last_name", nullable), locale("locale", nullable),
    primary_email_address_id("primary_email_address_id", nullable),
    notify_primary_email_address_changed("notify_primary_email_address_changed",
    nullable), primary_phone_number_id("primary_phone_number_id", nullable),
    primary_web3_wallet_id("primary_web3_wallet_id", nullable), username("username",
    nullable), profile_image_id("profile_image_id", nullable), password("password",
    nullable), password_digest("password_digest", default),
    password_hasher("password_hasher", default),
    skip_password_checks("skip_password_checks", nullable),
    sign_out_of_other_sessions("sign_out_of_other_sessions", nullable),
    totp_secret("totp_secret", nullable), backup_codes("backup_codes", default),
    delete_self_enabled("delete_self_enabled", nullable),
    create_organization_enabled("create_organization_enabled", nullable),
    legal_accepted_at("legal_accepted_at", nullable),
    skip_legal_checks("skip_legal_checks", nullable),
    create_organizations_limit("create_organizations_limit", nullable),
    created_at("created_at", nullable), bypass_client_trust("bypass_client_trust",
    nullable), }
);
#[cfg(feature = "users")]
impl UpdateUserBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            external_id: None,
            first_name: None,
            last_name: None,
            locale: None,
            primary_email_address_id: None,
            notify_primary_email_address_changed: None,
            primary_phone_number_id: None,
            primary_web3_wallet_id: None,
            username: None,
            profile_image_id: None,
            password: None,
            password_digest: None,
            password_hasher: None,
            skip_password_checks: None,
            sign_out_of_other_sessions: None,
            totp_secret: None,
            backup_codes: None,
            delete_self_enabled: None,
            create_organization_enabled: None,
            legal_accepted_at: None,
            skip_legal_checks: None,
            create_organizations_limit: None,
            created_at: None,
            bypass_client_trust: None,
        }
    }
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UpdateUserBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateUserBody")
            .field("external_id", &self.external_id)
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("locale", &self.locale)
            .field("primary_email_address_id", &self.primary_email_address_id)
            .field(
                "notify_primary_email_address_changed",
                &self.notify_primary_email_address_changed,
            )
            .field("primary_phone_number_id", &self.primary_phone_number_id)
            .field("primary_web3_wallet_id", &self.primary_web3_wallet_id)
            .field("username", &self.username)
            .field("profile_image_id", &self.profile_image_id)
            .field("password", &sdkgen_runtime::Redacted)
            .field("password_digest", &self.password_digest)
            .field("password_hasher", &self.password_hasher)
            .field("skip_password_checks", &self.skip_password_checks)
            .field("sign_out_of_other_sessions", &self.sign_out_of_other_sessions)
            .field("totp_secret", &sdkgen_runtime::Redacted)
            .field("backup_codes", &sdkgen_runtime::Redacted)
            .field("delete_self_enabled", &self.delete_self_enabled)
            .field("create_organization_enabled", &self.create_organization_enabled)
            .field("legal_accepted_at", &self.legal_accepted_at)
            .field("skip_legal_checks", &self.skip_legal_checks)
            .field("create_organizations_limit", &self.create_organizations_limit)
            .field("created_at", &self.created_at)
            .field("bypass_client_trust", &self.bypass_client_trust)
            .finish()
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1metadata/patch/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpdateUserMetadataBody {
    /// Metadata saved on the user, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user that is only visible to your backend.
    /// The new object will be merged with the existing value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// The new object will be merged with the existing value.
    ///
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    UpdateUserMetadataBody { public_metadata("public_metadata", default),
    private_metadata("private_metadata", default), unsafe_metadata("unsafe_metadata",
    default), }
);
#[cfg(feature = "users")]
impl UpdateUserMetadataBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            public_metadata: None,
            private_metadata: None,
            unsafe_metadata: None,
        }
    }
}
/// Spec: `#/paths/~1oauth_applications~1{oauth_application_id}~1logo/put/requestBody/content/multipart~1form-data/schema`
#[cfg(any(feature = "oauth-applications", feature = "organizations"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UploadOAuthApplicationLogoBody {
    /// The ID of the user that will be credited with the image upload.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploader_user_id: Option<String>,
    pub file: sdkgen_runtime::FilePart,
}
#[cfg(any(feature = "oauth-applications", feature = "organizations"))]
sdkgen_runtime::deserialize_map!(
    UploadOAuthApplicationLogoBody { uploader_user_id("uploader_user_id", default),
    file("file", required), }
);
#[cfg(any(feature = "oauth-applications", feature = "organizations"))]
impl UploadOAuthApplicationLogoBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(file: sdkgen_runtime::FilePart) -> Self {
        Self {
            uploader_user_id: None,
            file,
        }
    }
}
/// Spec: `#/paths/~1organizations~1{organization_id}~1logo/put/requestBody/content/multipart~1form-data/schema`
#[cfg(feature = "organizations")]
pub type UploadOrganizationLogoBody = UploadOAuthApplicationLogoBody;
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}/put/requestBody/content/application~1json/schema`
#[cfg(feature = "email-and-sms-templates")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct UpsertTemplateBody {
    /// The user-friendly name of the template
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The email subject.
    /// Applicable only to email templates.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub subject: Option<Option<String>>,
    /// The editor markup used to generate the body of the template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub markup: Option<Option<String>>,
    /// The template body before variable interpolation
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// Whether Clerk should deliver emails or SMS messages based on the current template
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "sdkgen_runtime::nullable::deserialize"
    )]
    pub delivered_by_clerk: Option<Option<bool>>,
    /// The local part of the From email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_email_name: Option<String>,
    /// The local part of the Reply To email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply_to_email_name: Option<String>,
}
#[cfg(feature = "email-and-sms-templates")]
sdkgen_runtime::deserialize_map!(
    UpsertTemplateBody { name("name", default), subject("subject", nullable),
    markup("markup", nullable), body("body", default),
    delivered_by_clerk("delivered_by_clerk", nullable),
    from_email_name("from_email_name", default),
    reply_to_email_name("reply_to_email_name", default), }
);
#[cfg(feature = "email-and-sms-templates")]
impl UpsertTemplateBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            name: None,
            subject: None,
            markup: None,
            body: None,
            delivered_by_clerk: None,
            from_email_name: None,
            reply_to_email_name: None,
        }
    }
}
/// Spec: `#/paths/~1templates~1{template_type}~1{slug}/put/parameters/0/schema`
#[cfg(feature = "email-and-sms-templates")]
pub type UpsertTemplateTemplateType = GetTemplateListTemplateType;
/// Body of the response `#/components/responses/User`.
///
/// Spec: `#/components/schemas/User`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct User {
    pub id: String,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: UserObject,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_email_address_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_phone_number_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub primary_web3_wallet_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile_image_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image_url: Option<String>,
    pub has_image: bool,
    pub public_metadata: serde_json::Map<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub private_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unsafe_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    pub email_addresses: Vec<EmailAddress>,
    pub phone_numbers: Vec<PhoneNumber>,
    pub web3_wallets: Vec<Web3Wallet>,
    pub passkeys: Vec<Passkey>,
    pub password_enabled: bool,
    pub two_factor_enabled: bool,
    pub totp_enabled: bool,
    pub backup_code_enabled: bool,
    /// Unix timestamp of when MFA was last enabled for this user. It should be noted that this field is not nullified if MFA is disabled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_enabled_at: Option<i64>,
    /// Unix timestamp of when MFA was last disabled for this user. It should be noted that this field is not nullified if MFA is enabled again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mfa_disabled_at: Option<i64>,
    /// Unix timestamp of when the user's password was last updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_last_updated_at: Option<i64>,
    pub external_accounts: Vec<ExternalAccountWithVerification>,
    pub saml_accounts: Vec<SamlAccount>,
    pub enterprise_accounts: Vec<EnterpriseAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_memberships: Option<Vec<OrganizationMembership>>,
    /// Unix timestamp of last sign-in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sign_in_at: Option<i64>,
    /// Flag to denote whether user is banned or not.
    pub banned: bool,
    /// Flag to denote whether user is currently locked, i.e. restricted from signing in or not.
    pub locked: bool,
    /// Flag to denote whether user has been deprovisioned and is restricted from signing in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deprovisioned: Option<bool>,
    /// The number of seconds remaining until the lockout period expires for a locked user. A null value for a locked user indicates that lockout never expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lockout_expires_in_seconds: Option<i64>,
    /// The number of verification attempts remaining until the user is locked. Null if account lockout is not enabled. Note: if a user is locked explicitly via the Backend API, they may still have verification attempts remaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_attempts_remaining: Option<i64>,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    /// Unix timestamp of creation.
    pub created_at: i64,
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
    /// Unix timestamp of when the user accepted the legal requirements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub legal_accepted_at: Option<i64>,
    /// When set to `true`, the user will bypass Device Trust checks during sign-in.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bypass_client_trust: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scim: Option<ScimUserMetadata>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    User { id("id", required), object("object", default), external_id("external_id",
    default), primary_email_address_id("primary_email_address_id", default),
    primary_phone_number_id("primary_phone_number_id", default),
    primary_web3_wallet_id("primary_web3_wallet_id", default), username("username",
    default), first_name("first_name", default), last_name("last_name", default),
    locale("locale", default), profile_image_url("profile_image_url", default),
    image_url("image_url", default), has_image("has_image", required),
    public_metadata("public_metadata", required), private_metadata("private_metadata",
    default), unsafe_metadata("unsafe_metadata", default),
    email_addresses("email_addresses", required), phone_numbers("phone_numbers",
    required), web3_wallets("web3_wallets", required), passkeys("passkeys", required),
    password_enabled("password_enabled", required),
    two_factor_enabled("two_factor_enabled", required), totp_enabled("totp_enabled",
    required), backup_code_enabled("backup_code_enabled", required),
    mfa_enabled_at("mfa_enabled_at", default), mfa_disabled_at("mfa_disabled_at",
    default), password_last_updated_at("password_last_updated_at", default),
    external_accounts("external_accounts", required), saml_accounts("saml_accounts",
    required), enterprise_accounts("enterprise_accounts", required),
    organization_memberships("organization_memberships", default),
    last_sign_in_at("last_sign_in_at", default), banned("banned", required),
    locked("locked", required), deprovisioned("deprovisioned", default),
    lockout_expires_in_seconds("lockout_expires_in_seconds", default),
    verification_attempts_remaining("verification_attempts_remaining", default),
    updated_at("updated_at", required), created_at("created_at", required),
    delete_self_enabled("delete_self_enabled", required),
    create_organization_enabled("create_organization_enabled", required),
    create_organizations_limit("create_organizations_limit", default),
    last_active_at("last_active_at", default), legal_accepted_at("legal_accepted_at",
    default), bypass_client_trust("bypass_client_trust", default), scim("scim", default),
    }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/User/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UserObject {
    /// `user`
    User,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl UserObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for UserObject {
    fn default() -> Self {
        Self::User
    }
}
#[cfg(feature = "users")]
impl From<&str> for UserObject {
    fn from(value: &str) -> Self {
        match value {
            "user" => Self::User,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for UserObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for UserObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for UserObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for UserObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1users~1ban/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsersBanBody {
    /// Array of user IDs to ban
    pub user_ids: Vec<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(UsersBanBody { user_ids("user_ids", required), });
#[cfg(feature = "users")]
impl UsersBanBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_ids: Vec<String>) -> Self {
        Self { user_ids }
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1organization_invitations/get/parameters/3/schema`
#[cfg(feature = "users")]
pub type UsersGetOrganizationInvitationsStatus = InvitationStatus;
/// Spec: `#/paths/~1users~1unban/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct UsersUnbanBody {
    /// Array of user IDs to unban
    pub user_ids: Vec<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(UsersUnbanBody { user_ids("user_ids", required), });
#[cfg(feature = "users")]
impl UsersUnbanBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(user_ids: Vec<String>) -> Self {
        Self { user_ids }
    }
}
/// Spec: `#/components/schemas/verification_admin`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerificationAdmin {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationAdminObject>,
    #[serde(default)]
    pub status: VerificationAdminStatus,
    #[serde(default)]
    pub strategy: VerificationAdminStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationAdmin { object("object", default), status("status", default),
    strategy("strategy", default), attempts("attempts", default), expire_at("expire_at",
    default), verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_admin/properties/object`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationAdminObject {
    /// `verification_admin`
    VerificationAdmin,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationAdminObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationAdmin => "verification_admin",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Default for VerificationAdminObject {
    fn default() -> Self {
        Self::VerificationAdmin
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationAdminObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_admin" => Self::VerificationAdmin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationAdminObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationAdminObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationAdminObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationAdminObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_admin/properties/status`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationAdminStatus {
    /// `verified`
    Verified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationAdminStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Verified => "verified",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Default for VerificationAdminStatus {
    fn default() -> Self {
        Self::Verified
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationAdminStatus {
    fn from(value: &str) -> Self {
        match value {
            "verified" => Self::Verified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationAdminStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationAdminStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationAdminStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationAdminStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_admin/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationAdminStrategy {
    /// `admin`
    Admin,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationAdminStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Admin => "admin",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Default for VerificationAdminStrategy {
    fn default() -> Self {
        Self::Admin
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationAdminStrategy {
    fn from(value: &str) -> Self {
        match value {
            "admin" => Self::Admin,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationAdminStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationAdminStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationAdminStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationAdminStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_email_link`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationEmailLink {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationEmailLinkObject>,
    pub status: VerificationEmailLinkStatus,
    #[serde(default)]
    pub strategy: VerificationEmailLinkStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationEmailLink { object("object", default), status("status", required),
    strategy("strategy", default), attempts("attempts", default), expire_at("expire_at",
    default), verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_email_link/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationEmailLinkObject {
    /// `verification_email_link`
    VerificationEmailLink,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationEmailLinkObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationEmailLink => "verification_email_link",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationEmailLinkObject {
    fn default() -> Self {
        Self::VerificationEmailLink
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationEmailLinkObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_email_link" => Self::VerificationEmailLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationEmailLinkObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationEmailLinkObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationEmailLinkObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationEmailLinkObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_email_link/properties/status`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationEmailLinkStatus {
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
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationEmailLinkStatus {
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
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationEmailLinkStatus {
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
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationEmailLinkStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationEmailLinkStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationEmailLinkStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationEmailLinkStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_email_link/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationEmailLinkStrategy {
    /// `email_link`
    EmailLink,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationEmailLinkStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EmailLink => "email_link",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationEmailLinkStrategy {
    fn default() -> Self {
        Self::EmailLink
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationEmailLinkStrategy {
    fn from(value: &str) -> Self {
        match value {
            "email_link" => Self::EmailLink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationEmailLinkStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationEmailLinkStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationEmailLinkStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationEmailLinkStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_from_oauth`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationFromOauth {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationFromOauthObject>,
    pub status: VerificationFromOauthStatus,
    pub strategy: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationFromOauth { object("object", default), status("status", required),
    strategy("strategy", required), error("error", default), expire_at("expire_at",
    default), attempts("attempts", default), verified_at_client("verified_at_client",
    default), }
);
/// Spec: `#/components/schemas/verification_from_oauth/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationFromOauthObject {
    /// `verification_from_oauth`
    VerificationFromOauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationFromOauthObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationFromOauth => "verification_from_oauth",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationFromOauthObject {
    fn default() -> Self {
        Self::VerificationFromOauth
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationFromOauthObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_from_oauth" => Self::VerificationFromOauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationFromOauthObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationFromOauthObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationFromOauthObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationFromOauthObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_from_oauth/properties/status`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationFromOauthStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationFromOauthStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unverified => "unverified",
            Self::Verified => "verified",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationFromOauthStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationFromOauthStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationFromOauthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationFromOauthStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationFromOauthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_google_one_tap`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerificationGoogleOneTap { object("object", default), status("status", required),
    strategy("strategy", default), expire_at("expire_at", default), attempts("attempts",
    default), verified_at_client("verified_at_client", default), error("error", default),
    }
);
/// Spec: `#/components/schemas/verification_google_one_tap/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationGoogleOneTapObject {
    /// `verification_google_one_tap`
    VerificationGoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationGoogleOneTapObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationGoogleOneTap => "verification_google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationGoogleOneTapObject {
    fn default() -> Self {
        Self::VerificationGoogleOneTap
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationGoogleOneTapObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_google_one_tap" => Self::VerificationGoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationGoogleOneTapObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationGoogleOneTapObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationGoogleOneTapObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationGoogleOneTapObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_google_one_tap/properties/status`
#[cfg(feature = "users")]
pub type VerificationGoogleOneTapStatus = VerificationFromOauthStatus;
/// Spec: `#/components/schemas/verification_google_one_tap/properties/strategy`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationGoogleOneTapStrategy {
    /// `google_one_tap`
    GoogleOneTap,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationGoogleOneTapStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::GoogleOneTap => "google_one_tap",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationGoogleOneTapStrategy {
    fn default() -> Self {
        Self::GoogleOneTap
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationGoogleOneTapStrategy {
    fn from(value: &str) -> Self {
        match value {
            "google_one_tap" => Self::GoogleOneTap,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationGoogleOneTapStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationGoogleOneTapStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationGoogleOneTapStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationGoogleOneTapStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_oauth`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
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
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerificationOauth { object("object", default), status("status", required),
    strategy("strategy", required),
    external_verification_redirect_url("external_verification_redirect_url", default),
    error("error", default), expire_at("expire_at", required), attempts("attempts",
    default), verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_oauth/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationOauthObject {
    /// `verification_oauth`
    VerificationOauth,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationOauthObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationOauth => "verification_oauth",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationOauthObject {
    fn default() -> Self {
        Self::VerificationOauth
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationOauthObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_oauth" => Self::VerificationOauth,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationOauthObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationOauthObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationOauthObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationOauthObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_oauth/properties/status`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationOauthStatus {
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
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationOauthStatus {
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
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationOauthStatus {
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
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationOauthStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationOauthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationOauthStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationOauthStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_otp`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationOtp {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationOtpObject>,
    pub status: VerificationOtpStatus,
    pub strategy: VerificationOtpStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    /// The delivery channel of the code (phone codes only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationOtp { object("object", default), status("status", required),
    strategy("strategy", required), attempts("attempts", default), expire_at("expire_at",
    default), channel("channel", default), verified_at_client("verified_at_client",
    default), }
);
/// Spec: `#/components/schemas/verification_otp/properties/object`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationOtpObject {
    /// `verification_otp`
    VerificationOtp,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationOtpObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationOtp => "verification_otp",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Default for VerificationOtpObject {
    fn default() -> Self {
        Self::VerificationOtp
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationOtpObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_otp" => Self::VerificationOtp,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationOtpObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationOtpObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationOtpObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationOtpObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_otp/properties/status`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
pub type VerificationOtpStatus = VerificationEmailLinkStatus;
/// Spec: `#/components/schemas/verification_otp/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationOtpStrategy {
    /// `phone_code`
    PhoneCode,
    /// `email_code`
    EmailCode,
    /// `reset_password_email_code`
    ResetPasswordEmailCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl VerificationOtpStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PhoneCode => "phone_code",
            Self::EmailCode => "email_code",
            Self::ResetPasswordEmailCode => "reset_password_email_code",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<&str> for VerificationOtpStrategy {
    fn from(value: &str) -> Self {
        match value {
            "phone_code" => Self::PhoneCode,
            "email_code" => Self::EmailCode,
            "reset_password_email_code" => Self::ResetPasswordEmailCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl From<String> for VerificationOtpStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl std::fmt::Display for VerificationOtpStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl Serialize for VerificationOtpStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationOtpStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_passkey`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerificationPasskey {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationPasskeyObject>,
    #[serde(default)]
    pub status: VerificationPasskeyStatus,
    #[serde(default)]
    pub strategy: VerificationPasskeyStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<VerificationPasskeyNonce>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerificationPasskey { object("object", default), status("status", default),
    strategy("strategy", default), nonce("nonce", default), message("message", default),
    attempts("attempts", default), expire_at("expire_at", default),
    verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_passkey/properties/nonce`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationPasskeyNonce {
    /// `nonce`
    Nonce,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationPasskeyNonce {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nonce => "nonce",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationPasskeyNonce {
    fn default() -> Self {
        Self::Nonce
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationPasskeyNonce {
    fn from(value: &str) -> Self {
        match value {
            "nonce" => Self::Nonce,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationPasskeyNonce {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationPasskeyNonce {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationPasskeyNonce {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationPasskeyNonce {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_passkey/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationPasskeyObject {
    /// `verification_passkey`
    VerificationPasskey,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationPasskeyObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationPasskey => "verification_passkey",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationPasskeyObject {
    fn default() -> Self {
        Self::VerificationPasskey
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationPasskeyObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_passkey" => Self::VerificationPasskey,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationPasskeyObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationPasskeyObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationPasskeyObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationPasskeyObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_passkey/properties/status`
#[cfg(feature = "users")]
pub type VerificationPasskeyStatus = VerificationAdminStatus;
/// Spec: `#/components/schemas/verification_passkey/properties/strategy`
#[cfg(feature = "users")]
pub type VerificationPasskeyStrategy = PasskeyObject;
/// Body of the response `#/components/responses/_VerificationResponse`.
///
/// Spec: `#/components/responses/_VerificationResponse/content/application~1json/schema`
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerificationResponseResponse {
    /// The type of the verification object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// The ID of the verification. Pass this to attempt_verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The status of the verification (unverified, verified, expired, or failed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The verification strategy (email_code or phone_code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<String>,
    /// The number of attempts made against this verification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    /// Unix timestamp (milliseconds) at which the code expires.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    /// The channel the code was sent over (phone numbers only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "phone-numbers"))]
sdkgen_runtime::deserialize_map!(
    VerificationResponseResponse { object("object", default), id("id", default),
    status("status", default), strategy("strategy", default), attempts("attempts",
    default), expire_at("expire_at", default), channel("channel", default), }
);
/// Spec: `#/components/schemas/verification_saml`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationSaml {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationSamlObject>,
    pub status: VerificationSamlStatus,
    #[serde(default)]
    pub strategy: VerificationSamlStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_verification_redirect_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ClerkError>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationSaml { object("object", default), status("status", required),
    strategy("strategy", default),
    external_verification_redirect_url("external_verification_redirect_url", default),
    error("error", default), expire_at("expire_at", default), attempts("attempts",
    default), verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_saml/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationSamlObject {
    /// `verification_saml`
    VerificationSaml,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationSamlObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationSaml => "verification_saml",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationSamlObject {
    fn default() -> Self {
        Self::VerificationSaml
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationSamlObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_saml" => Self::VerificationSaml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationSamlObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationSamlObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationSamlObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationSamlObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_saml/properties/status`
#[cfg(any(feature = "email-addresses", feature = "users"))]
pub type VerificationSamlStatus = VerificationOauthStatus;
/// Spec: `#/components/schemas/verification_saml/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationSamlStrategy {
    /// `saml`
    Saml,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationSamlStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Saml => "saml",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationSamlStrategy {
    fn default() -> Self {
        Self::Saml
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationSamlStrategy {
    fn from(value: &str) -> Self {
        match value {
            "saml" => Self::Saml,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationSamlStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationSamlStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationSamlStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationSamlStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_scim`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerificationScim {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationScimObject>,
    #[serde(default)]
    pub status: VerificationScimStatus,
    #[serde(default)]
    pub strategy: VerificationScimStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationScim { object("object", default), status("status", default),
    strategy("strategy", default), attempts("attempts", default), expire_at("expire_at",
    default), }
);
/// Spec: `#/components/schemas/verification_scim/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationScimObject {
    /// `verification_scim`
    VerificationScim,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationScimObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationScim => "verification_scim",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationScimObject {
    fn default() -> Self {
        Self::VerificationScim
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationScimObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_scim" => Self::VerificationScim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationScimObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationScimObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationScimObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationScimObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_scim/properties/status`
#[cfg(any(feature = "email-addresses", feature = "users"))]
pub type VerificationScimStatus = VerificationAdminStatus;
/// Spec: `#/components/schemas/verification_scim/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationScimStrategy {
    /// `scim`
    Scim,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationScimStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scim => "scim",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationScimStrategy {
    fn default() -> Self {
        Self::Scim
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationScimStrategy {
    fn from(value: &str) -> Self {
        match value {
            "scim" => Self::Scim,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationScimStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationScimStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationScimStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationScimStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_ticket`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationTicket {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationTicketObject>,
    pub status: VerificationTicketStatus,
    #[serde(default)]
    pub strategy: VerificationTicketStrategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
sdkgen_runtime::deserialize_map!(
    VerificationTicket { object("object", default), status("status", required),
    strategy("strategy", default), attempts("attempts", default), expire_at("expire_at",
    default), verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_ticket/properties/object`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationTicketObject {
    /// `verification_ticket`
    VerificationTicket,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationTicketObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationTicket => "verification_ticket",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationTicketObject {
    fn default() -> Self {
        Self::VerificationTicket
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationTicketObject {
    fn from(value: &str) -> Self {
        match value {
            "verification_ticket" => Self::VerificationTicket,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationTicketObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationTicketObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationTicketObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationTicketObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_ticket/properties/status`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationTicketStatus {
    /// `unverified`
    Unverified,
    /// `verified`
    Verified,
    /// `expired`
    Expired,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationTicketStatus {
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
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationTicketStatus {
    fn from(value: &str) -> Self {
        match value {
            "unverified" => Self::Unverified,
            "verified" => Self::Verified,
            "expired" => Self::Expired,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationTicketStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationTicketStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationTicketStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationTicketStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_ticket/properties/strategy`
#[cfg(any(feature = "email-addresses", feature = "users"))]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationTicketStrategy {
    /// `ticket`
    Ticket,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl VerificationTicketStrategy {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ticket => "ticket",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Default for VerificationTicketStrategy {
    fn default() -> Self {
        Self::Ticket
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<&str> for VerificationTicketStrategy {
    fn from(value: &str) -> Self {
        match value {
            "ticket" => Self::Ticket,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl From<String> for VerificationTicketStrategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl std::fmt::Display for VerificationTicketStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl Serialize for VerificationTicketStrategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(any(feature = "email-addresses", feature = "users"))]
impl<'de> Deserialize<'de> for VerificationTicketStrategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_web3`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerificationWeb3 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<VerificationWeb3Object>,
    pub status: VerificationWeb3Status,
    pub strategy: VerificationWeb3Strategy,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expire_at: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified_at_client: Option<String>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerificationWeb3 { object("object", default), status("status", required),
    strategy("strategy", required), nonce("nonce", default), message("message", default),
    attempts("attempts", default), expire_at("expire_at", default),
    verified_at_client("verified_at_client", default), }
);
/// Spec: `#/components/schemas/verification_web3/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationWeb3Object {
    /// `verification_web3`
    VerificationWeb3,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerificationWeb3Object {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::VerificationWeb3 => "verification_web3",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for VerificationWeb3Object {
    fn default() -> Self {
        Self::VerificationWeb3
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerificationWeb3Object {
    fn from(value: &str) -> Self {
        match value {
            "verification_web3" => Self::VerificationWeb3,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerificationWeb3Object {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationWeb3Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationWeb3Object {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationWeb3Object {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/verification_web3/properties/status`
#[cfg(feature = "users")]
pub type VerificationWeb3Status = VerificationEmailLinkStatus;
/// Spec: `#/components/schemas/verification_web3/properties/strategy`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerificationWeb3Strategy {
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
#[cfg(feature = "users")]
impl VerificationWeb3Strategy {
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
#[cfg(feature = "users")]
impl From<&str> for VerificationWeb3Strategy {
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
#[cfg(feature = "users")]
impl From<String> for VerificationWeb3Strategy {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerificationWeb3Strategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerificationWeb3Strategy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerificationWeb3Strategy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1api_keys~1verify/post/requestBody/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type VerifyApiKeyBody = GetApiKeySecretResponse;
/// The error bodies operation `verifyApiKey` can answer with.
///
/// Spec: `#/paths/~1api_keys~1verify/post/responses`
#[cfg(feature = "api-keys")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum VerifyApiKeyError {
    VerifyApiKeyResponse400(VerifyApiKeyResponse400),
    VerifyApiKeyResponse404(VerifyApiKeyResponse404),
}
/// Spec: `#/paths/~1api_keys~1verify/post/responses/200/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type VerifyApiKeyResponse = GetApiKeyResponse;
/// Spec: `#/paths/~1api_keys~1verify/post/responses/400/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type VerifyApiKeyResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1verify/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type VerifyApiKeyResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1verify/post/responses/404/content/application~1json/schema`
#[cfg(feature = "api-keys")]
pub type VerifyApiKeyResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1api_keys~1verify/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type VerifyApiKeyResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1api_keys~1verify/post/responses/200/content/application~1json/schema/properties/object`
pub type VerifyApiKeyResponseObject = CreateApiKeyResponseObject;
/// Spec: `#/paths/~1clients~1verify/post/requestBody/content/application~1json/schema`
#[cfg(feature = "clients")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyClientBody {
    /// A JWT that represents the active client.
    pub token: String,
}
#[cfg(feature = "clients")]
sdkgen_runtime::deserialize_map!(VerifyClientBody { token("token", required), });
#[cfg(feature = "clients")]
impl VerifyClientBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
#[cfg(feature = "clients")]
impl std::fmt::Debug for VerifyClientBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyClientBody")
            .field("token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1proxy_checks/post/requestBody/content/application~1json/schema`
#[cfg(feature = "proxy-checks")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerifyDomainProxyBody {
    /// The ID of the domain that will be updated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<String>,
    /// The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. e.g. https://example.com/__clerk
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proxy_url: Option<String>,
}
#[cfg(feature = "proxy-checks")]
sdkgen_runtime::deserialize_map!(
    VerifyDomainProxyBody { domain_id("domain_id", default), proxy_url("proxy_url",
    default), }
);
#[cfg(feature = "proxy-checks")]
impl VerifyDomainProxyBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            domain_id: None,
            proxy_url: None,
        }
    }
}
/// Spec: `#/paths/~1m2m_tokens~1verify/post/requestBody/content/application~1json/schema`
#[cfg(feature = "m2m")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyM2mTokenBody {
    pub token: String,
}
#[cfg(feature = "m2m")]
sdkgen_runtime::deserialize_map!(VerifyM2mTokenBody { token("token", required), });
#[cfg(feature = "m2m")]
impl VerifyM2mTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(token: String) -> Self {
        Self { token }
    }
}
#[cfg(feature = "m2m")]
impl std::fmt::Debug for VerifyM2mTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyM2mTokenBody")
            .field("token", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The error bodies operation `verifyM2MToken` can answer with.
///
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses`
#[cfg(feature = "m2m")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum VerifyM2mTokenError {
    VerifyM2mTokenResponse400(VerifyM2mTokenResponse400),
    VerifyM2mTokenResponse404(VerifyM2mTokenResponse404),
}
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/200/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type VerifyM2mTokenResponse = GetM2mTokensResponseM2mTokensItem;
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/400/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type VerifyM2mTokenResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type VerifyM2mTokenResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/404/content/application~1json/schema`
#[cfg(feature = "m2m")]
pub type VerifyM2mTokenResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type VerifyM2mTokenResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1m2m_tokens~1verify/post/responses/200/content/application~1json/schema/properties/object`
pub type VerifyM2mTokenResponseObject = CreateM2mTokenResponseObject;
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/requestBody/content/application~1json/schema`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerifyOAuthAccessTokenBody {
    /// The access token to verify.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_token: Option<String>,
    /// The access token to verify. This is deprecated, use `access_token` instead.
    ///
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}
#[cfg(feature = "oauth-access-tokens")]
sdkgen_runtime::deserialize_map!(
    VerifyOAuthAccessTokenBody { access_token("access_token", default), secret("secret",
    default), }
);
#[cfg(feature = "oauth-access-tokens")]
impl VerifyOAuthAccessTokenBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new() -> Self {
        Self {
            access_token: None,
            secret: None,
        }
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl std::fmt::Debug for VerifyOAuthAccessTokenBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyOAuthAccessTokenBody")
            .field("access_token", &sdkgen_runtime::Redacted)
            .field("secret", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// The error bodies operation `verifyOAuthAccessToken` can answer with.
///
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum VerifyOAuthAccessTokenError {
    VerifyOAuthAccessTokenResponse400(VerifyOAuthAccessTokenResponse400),
    VerifyOAuthAccessTokenResponse404(VerifyOAuthAccessTokenResponse404),
}
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/200/content/application~1json/schema`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum VerifyOAuthAccessTokenResponse {
    ClerkIdpOauthAccessToken(VerifyOAuthAccessTokenResponseClerkIdpOauthAccessToken),
    Object2(VerifyOAuthAccessTokenResponseObject2),
}
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/400/content/application~1json/schema`
#[cfg(feature = "oauth-access-tokens")]
pub type VerifyOAuthAccessTokenResponse400 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/400/content/application~1json/schema/properties/errors/items`
pub type VerifyOAuthAccessTokenResponse400ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/404/content/application~1json/schema`
#[cfg(feature = "oauth-access-tokens")]
pub type VerifyOAuthAccessTokenResponse404 = CreateAdminPortalLinkTokenResponse400;
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/404/content/application~1json/schema/properties/errors/items`
pub type VerifyOAuthAccessTokenResponse404ErrorsItem = CreateAdminPortalLinkTokenResponse400ErrorsItem;
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/200/content/application~1json/schema/anyOf/0`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyOAuthAccessTokenResponseClerkIdpOauthAccessToken {
    #[serde(default)]
    pub object: VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject,
    pub id: String,
    pub client_id: String,
    pub subject: String,
    pub scopes: Vec<String>,
    pub revoked: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revocation_reason: Option<String>,
    pub expired: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiration: Option<f64>,
    pub created_at: f64,
    pub updated_at: f64,
}
#[cfg(feature = "oauth-access-tokens")]
sdkgen_runtime::deserialize_map!(
    VerifyOAuthAccessTokenResponseClerkIdpOauthAccessToken { object("object", default),
    id("id", required), client_id("client_id", required), subject("subject", required),
    scopes("scopes", required), revoked("revoked", required),
    revocation_reason("revocation_reason", default), expired("expired", required),
    expiration("expiration", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/200/content/application~1json/schema/anyOf/0/properties/object`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    /// `clerk_idp_oauth_access_token`
    ClerkIdpOauthAccessToken,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "oauth-access-tokens")]
impl VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClerkIdpOauthAccessToken => "clerk_idp_oauth_access_token",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "oauth-access-tokens")]
impl Default for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn default() -> Self {
        Self::ClerkIdpOauthAccessToken
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl From<&str> for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn from(value: &str) -> Self {
        match value {
            "clerk_idp_oauth_access_token" => Self::ClerkIdpOauthAccessToken,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl From<String> for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl std::fmt::Display for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl Serialize for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl<'de> Deserialize<'de>
for VerifyOAuthAccessTokenResponseClerkIdpOauthAccessTokenObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/paths/~1oauth_applications~1access_tokens~1verify/post/responses/200/content/application~1json/schema/anyOf/1`
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyOAuthAccessTokenResponseObject2 {
    /// Indicates that a JWT access token is not active (expired)
    ///
    /// Allowed values: `false`.
    pub active: bool,
}
#[cfg(feature = "oauth-access-tokens")]
sdkgen_runtime::deserialize_map!(
    VerifyOAuthAccessTokenResponseObject2 { active("active", required), }
);
/// Spec: `#/paths/~1users~1{user_id}~1verify_password/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyPasswordBody {
    /// The user password to verify
    pub password: String,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(VerifyPasswordBody { password("password", required), });
#[cfg(feature = "users")]
impl VerifyPasswordBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(password: String) -> Self {
        Self { password }
    }
}
#[cfg(feature = "users")]
impl std::fmt::Debug for VerifyPasswordBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyPasswordBody")
            .field("password", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1verify_password/post/responses/200/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerifyPasswordResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerifyPasswordResponse { verified("verified", default), }
);
/// Spec: `#/paths/~1users~1{user_id}~1verify_totp/post/requestBody/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct VerifyTotpBody {
    /// The TOTP or backup code to verify
    pub code: String,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(VerifyTotpBody { code("code", required), });
#[cfg(feature = "users")]
impl VerifyTotpBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(code: String) -> Self {
        Self { code }
    }
}
#[cfg(feature = "users")]
impl std::fmt::Debug for VerifyTotpBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyTotpBody")
            .field("code", &sdkgen_runtime::Redacted)
            .finish()
    }
}
/// Spec: `#/paths/~1users~1{user_id}~1verify_totp/post/responses/200/content/application~1json/schema`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize, Default)]
#[non_exhaustive]
pub struct VerifyTotpResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code_type: Option<VerifyTotpResponseCodeType>,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    VerifyTotpResponse { verified("verified", default), code_type("code_type", default),
    }
);
/// Spec: `#/paths/~1users~1{user_id}~1verify_totp/post/responses/200/content/application~1json/schema/properties/code_type`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum VerifyTotpResponseCodeType {
    /// `totp`
    Totp,
    /// `backup_code`
    BackupCode,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl VerifyTotpResponseCodeType {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Totp => "totp",
            Self::BackupCode => "backup_code",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "users")]
impl From<&str> for VerifyTotpResponseCodeType {
    fn from(value: &str) -> Self {
        match value {
            "totp" => Self::Totp,
            "backup_code" => Self::BackupCode,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for VerifyTotpResponseCodeType {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for VerifyTotpResponseCodeType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for VerifyTotpResponseCodeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for VerifyTotpResponseCodeType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Body of the response `#/components/responses/WaitlistEntries`.
///
/// Spec: `#/components/responses/WaitlistEntries/content/application~1json/schema`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WaitlistEntriesResponse {
    pub data: Vec<WaitlistEntry>,
    /// Total number of waitlist entries
    pub total_count: i64,
}
#[cfg(feature = "waitlist-entries")]
sdkgen_runtime::deserialize_map!(
    WaitlistEntriesResponse { data("data", required), total_count("total_count",
    required), }
);
/// Body of the response `#/components/responses/WaitlistEntry`.
///
/// Spec: `#/components/schemas/WaitlistEntry`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct WaitlistEntry {
    #[serde(default)]
    pub object: WaitlistEntryObject,
    pub id: String,
    pub email_address: String,
    pub status: WaitlistEntryStatus,
    /// Indicates if the waitlist entry is locked. Locked entries are being processed in a batch action and are unavailable for other actions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_locked: Option<bool>,
    /// Unix timestamp of creation.
    pub created_at: i64,
    /// Unix timestamp of last update.
    pub updated_at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation: Option<Invitation>,
}
#[cfg(feature = "waitlist-entries")]
sdkgen_runtime::deserialize_map!(
    WaitlistEntry { object("object", default), id("id", required),
    email_address("email_address", required), status("status", required),
    is_locked("is_locked", default), created_at("created_at", required),
    updated_at("updated_at", required), invitation("invitation", default), }
);
/// Spec: `#/components/schemas/WaitlistEntry/properties/object`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WaitlistEntryObject {
    /// `waitlist_entry`
    WaitlistEntry,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "waitlist-entries")]
impl WaitlistEntryObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitlistEntry => "waitlist_entry",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "waitlist-entries")]
impl Default for WaitlistEntryObject {
    fn default() -> Self {
        Self::WaitlistEntry
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<&str> for WaitlistEntryObject {
    fn from(value: &str) -> Self {
        match value {
            "waitlist_entry" => Self::WaitlistEntry,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<String> for WaitlistEntryObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Display for WaitlistEntryObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl Serialize for WaitlistEntryObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl<'de> Deserialize<'de> for WaitlistEntryObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/WaitlistEntry/properties/status`
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum WaitlistEntryStatus {
    /// `pending`
    Pending,
    /// `invited`
    Invited,
    /// `rejected`
    Rejected,
    /// `completed`
    Completed,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "waitlist-entries")]
impl WaitlistEntryStatus {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Invited => "invited",
            Self::Rejected => "rejected",
            Self::Completed => "completed",
            Self::Unknown(value) => value,
        }
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<&str> for WaitlistEntryStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "invited" => Self::Invited,
            "rejected" => Self::Rejected,
            "completed" => Self::Completed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "waitlist-entries")]
impl From<String> for WaitlistEntryStatus {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Display for WaitlistEntryStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl Serialize for WaitlistEntryStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "waitlist-entries")]
impl<'de> Deserialize<'de> for WaitlistEntryStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Web3Wallet`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Web3Wallet {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// String representing the object's type. Objects of the same type share the same value.
    #[serde(default)]
    pub object: Web3WalletObject,
    pub web3_wallet: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification: Option<Web3WalletVerification>,
    /// Unix timestamp of creation
    pub created_at: i64,
    /// Unix timestamp of creation
    pub updated_at: i64,
}
#[cfg(feature = "users")]
sdkgen_runtime::deserialize_map!(
    Web3Wallet { id("id", default), object("object", default), web3_wallet("web3_wallet",
    required), verification("verification", default), created_at("created_at", required),
    updated_at("updated_at", required), }
);
/// String representing the object's type. Objects of the same type share the same value.
///
/// Spec: `#/components/schemas/Web3Wallet/properties/object`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Web3WalletObject {
    /// `web3_wallet`
    Web3Wallet,
    /// A value this version of the crate does not know; kept as sent.
    Unknown(String),
}
#[cfg(feature = "users")]
impl Web3WalletObject {
    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Web3Wallet => "web3_wallet",
            Self::Unknown(value) => value,
        }
    }
}
/// The one value this field can hold.
#[cfg(feature = "users")]
impl Default for Web3WalletObject {
    fn default() -> Self {
        Self::Web3Wallet
    }
}
#[cfg(feature = "users")]
impl From<&str> for Web3WalletObject {
    fn from(value: &str) -> Self {
        match value {
            "web3_wallet" => Self::Web3Wallet,
            other => Self::Unknown(other.to_owned()),
        }
    }
}
#[cfg(feature = "users")]
impl From<String> for Web3WalletObject {
    fn from(value: String) -> Self {
        Self::from(value.as_str())
    }
}
#[cfg(feature = "users")]
impl std::fmt::Display for Web3WalletObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl Serialize for Web3WalletObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for Web3WalletObject {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::enums::deserialize_str(deserializer)
    }
}
/// Spec: `#/components/schemas/Web3Wallet/properties/verification`
#[cfg(feature = "users")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Web3WalletVerification {
    /// `object`: "verification_web3"
    VerificationWeb3(VerificationWeb3),
    /// `object`: "verification_admin"
    VerificationAdmin(VerificationAdmin),
    /// An object whose `object` this version of the crate does not know, or that has none;
    /// kept as sent.
    Unknown(serde_json::Value),
}
#[cfg(feature = "users")]
impl sdkgen_runtime::TaggedUnion for Web3WalletVerification {
    const NAME: &'static str = "Web3WalletVerification";
    const TAG: &'static str = "object";
    fn from_tagged<'de, D: serde::Deserializer<'de>>(
        tag: Option<&str>,
        content: D,
    ) -> Result<Self, D::Error> {
        match tag {
            Some("verification_web3") => {
                Deserialize::deserialize(content).map(Self::VerificationWeb3)
            }
            Some("verification_admin") => {
                Deserialize::deserialize(content).map(Self::VerificationAdmin)
            }
            _ => Deserialize::deserialize(content).map(Self::Unknown),
        }
    }
}
#[cfg(feature = "users")]
impl<'de> Deserialize<'de> for Web3WalletVerification {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        sdkgen_runtime::union::deserialize_tagged(deserializer)
    }
}
