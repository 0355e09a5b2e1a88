//! Operation groups and request builders: `client.group().operation(required...).optional(...).send().await`.
#![allow(clippy::too_many_arguments)]
#![allow(clippy::should_implement_trait)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use crate::Client;
/// Operations of the `actorTokens` group; see [`Client::actor_tokens`].
#[cfg(feature = "actor-tokens")]
#[derive(Clone, Copy, Debug)]
pub struct ActorTokensApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "actor-tokens")]
impl ActorTokensApi<'_> {
    /// Create actor token
    ///
    /// Create an actor token that can be used to impersonate the given user.
    /// The `actor` parameter needs to include at least a "sub" key whose value is the ID of the actor (impersonating) user.
    ///
    /// Spec: `POST /actor_tokens` (`CreateActorToken`)
    #[doc(alias = "CreateActorToken")]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        actor: impl Into<types::CreateActorTokenBodyActor>,
    ) -> CreateActorToken {
        CreateActorToken {
            client: self.client.clone(),
            body: types::CreateActorTokenBody {
                user_id: user_id.into(),
                actor: actor.into(),
                expires_in_seconds: None,
                session_max_duration_in_seconds: None,
            },
        }
    }
    /// Revoke actor token
    ///
    /// Revokes a pending actor token.
    ///
    /// Spec: `POST /actor_tokens/{actor_token_id}/revoke` (`RevokeActorToken`)
    #[doc(alias = "RevokeActorToken")]
    pub fn revoke(&self, actor_token_id: impl Into<String>) -> RevokeActorToken {
        RevokeActorToken {
            client: self.client.clone(),
            actor_token_id: actor_token_id.into(),
        }
    }
}
/// Operations of the `Admin Portal Link Tokens` group; see [`Client::admin_portal_link_tokens`].
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone, Copy, Debug)]
pub struct AdminPortalLinkTokensApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "admin-portal-link-tokens")]
impl AdminPortalLinkTokensApi<'_> {
    /// Create an Admin Portal Link Token
    ///
    /// Spec: `POST /admin_portal_link_tokens` (`createAdminPortalLinkToken`)
    #[doc(alias = "createAdminPortalLinkToken")]
    pub fn create(&self) -> CreateAdminPortalLinkToken {
        CreateAdminPortalLinkToken {
            client: self.client.clone(),
            body: types::CreateAdminPortalLinkTokenBody {
                organization_id: None,
                it_contact_id: None,
                scopes: None,
                seconds_until_expiration: None,
            },
        }
    }
    /// Revoke an Admin Portal Link Token
    ///
    /// Spec: `POST /admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke` (`revokeAdminPortalLinkToken`)
    #[doc(alias = "revokeAdminPortalLinkToken")]
    pub fn revoke(
        &self,
        admin_portal_link_token_id: impl Into<String>,
    ) -> RevokeAdminPortalLinkToken {
        RevokeAdminPortalLinkToken {
            client: self.client.clone(),
            admin_portal_link_token_id: admin_portal_link_token_id.into(),
            body: types::RevokeAdminPortalLinkTokenBody {
                revocation_reason: None,
            },
        }
    }
}
/// Operations of the `agentTasks` group; see [`Client::agent_tasks`].
#[cfg(feature = "agent-tasks")]
#[derive(Clone, Copy, Debug)]
pub struct AgentTasksApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "agent-tasks")]
impl AgentTasksApi<'_> {
    /// Create agent task
    ///
    /// Create an agent task on behalf of a user.
    /// The response contains a URL that, when visited, creates a session for the user.
    /// The agent_id is stable per agent_name within an instance. The agent_task_id is unique per call.
    ///
    /// Spec: `POST /agents/tasks` (`CreateAgentTask`)
    #[doc(alias = "CreateAgentTask")]
    pub fn create(
        &self,
        on_behalf_of: impl Into<types::CreateAgentTaskBodyOnBehalfOf>,
        agent_name: impl Into<String>,
        task_description: impl Into<String>,
        redirect_url: impl Into<String>,
    ) -> CreateAgentTask {
        CreateAgentTask {
            client: self.client.clone(),
            body: types::CreateAgentTaskBody {
                on_behalf_of: on_behalf_of.into(),
                permissions: Default::default(),
                agent_name: agent_name.into(),
                task_description: task_description.into(),
                redirect_url: redirect_url.into(),
                session_max_duration_in_seconds: None,
            },
        }
    }
    /// Revoke agent task
    ///
    /// Revokes a pending agent task.
    ///
    /// Spec: `POST /agents/tasks/{agent_task_id}/revoke` (`RevokeAgentTask`)
    #[doc(alias = "RevokeAgentTask")]
    pub fn revoke(&self, agent_task_id: impl Into<String>) -> RevokeAgentTask {
        RevokeAgentTask {
            client: self.client.clone(),
            agent_task_id: agent_task_id.into(),
        }
    }
}
/// Operations of the `allowlistIdentifiers` group; see [`Client::allowlist_identifiers`].
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone, Copy, Debug)]
pub struct AllowlistIdentifiersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "allowlist-identifiers")]
impl AllowlistIdentifiersApi<'_> {
    /// List all identifiers on the allow-list
    ///
    /// Get a list of all identifiers allowed to sign up to an instance
    ///
    /// Spec: `GET /allowlist_identifiers` (`ListAllowlistIdentifiers`)
    #[doc(alias = "ListAllowlistIdentifiers")]
    pub fn list(&self) -> ListAllowlistIdentifiers {
        ListAllowlistIdentifiers {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Add identifier to the allow-list
    ///
    /// Create an identifier allowed to sign up to an instance
    ///
    /// Spec: `POST /allowlist_identifiers` (`CreateAllowlistIdentifier`)
    #[doc(alias = "CreateAllowlistIdentifier")]
    pub fn create(&self, identifier: impl Into<String>) -> CreateAllowlistIdentifier {
        CreateAllowlistIdentifier {
            client: self.client.clone(),
            body: types::CreateAllowlistIdentifierBody {
                identifier: identifier.into(),
                notify: None,
            },
        }
    }
    /// Delete identifier from allow-list
    ///
    /// Delete an identifier from the instance allow-list
    ///
    /// Spec: `DELETE /allowlist_identifiers/{identifier_id}` (`DeleteAllowlistIdentifier`)
    #[doc(alias = "DeleteAllowlistIdentifier")]
    pub fn delete(&self, identifier_id: impl Into<String>) -> DeleteAllowlistIdentifier {
        DeleteAllowlistIdentifier {
            client: self.client.clone(),
            identifier_id: identifier_id.into(),
        }
    }
}
/// Operations of the `API Keys` group; see [`Client::api_keys`].
#[cfg(feature = "api-keys")]
#[derive(Clone, Copy, Debug)]
pub struct ApiKeysApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "api-keys")]
impl ApiKeysApi<'_> {
    /// Get API Keys
    ///
    /// Spec: `GET /api_keys` (`getApiKeys`)
    #[doc(alias = "getApiKeys")]
    pub fn get_api_keys(&self, subject: impl Into<String>) -> GetApiKeys {
        GetApiKeys {
            client: self.client.clone(),
            r#type: None,
            subject: subject.into(),
            include_invalid: None,
            limit: None,
            offset: None,
            query: None,
        }
    }
    /// Create an API Key
    ///
    /// Spec: `POST /api_keys` (`createApiKey`)
    #[doc(alias = "createApiKey")]
    pub fn create(
        &self,
        name: impl Into<String>,
        subject: impl Into<String>,
    ) -> CreateApiKey {
        CreateApiKey {
            client: self.client.clone(),
            body: types::CreateApiKeyBody {
                r#type: None,
                name: name.into(),
                description: None,
                subject: subject.into(),
                claims: None,
                scopes: None,
                created_by: None,
                seconds_until_expiration: None,
            },
        }
    }
    /// Get an API Key by ID
    ///
    /// Spec: `GET /api_keys/{apiKeyID}` (`getApiKey`)
    #[doc(alias = "getApiKey")]
    pub fn get_api_key(&self, api_key_id: impl Into<String>) -> GetApiKey {
        GetApiKey {
            client: self.client.clone(),
            api_key_id: api_key_id.into(),
        }
    }
    /// Delete an API Key
    ///
    /// Spec: `DELETE /api_keys/{apiKeyID}` (`deleteApiKey`)
    #[doc(alias = "deleteApiKey")]
    pub fn delete(&self, api_key_id: impl Into<String>) -> DeleteApiKey {
        DeleteApiKey {
            client: self.client.clone(),
            api_key_id: api_key_id.into(),
        }
    }
    /// Update an API Key
    ///
    /// Spec: `PATCH /api_keys/{apiKeyID}` (`updateApiKey`)
    #[doc(alias = "updateApiKey")]
    pub fn update(&self, api_key_id: impl Into<String>) -> UpdateApiKey {
        UpdateApiKey {
            client: self.client.clone(),
            api_key_id: api_key_id.into(),
            body: types::UpdateApiKeyBody {
                claims: None,
                scopes: None,
                description: None,
                subject: None,
                seconds_until_expiration: None,
            },
        }
    }
    /// Get an API Key Secret
    ///
    /// Spec: `GET /api_keys/{apiKeyID}/secret` (`getApiKeySecret`)
    #[doc(alias = "getApiKeySecret")]
    pub fn get_secret(&self, api_key_id: impl Into<String>) -> GetApiKeySecret {
        GetApiKeySecret {
            client: self.client.clone(),
            api_key_id: api_key_id.into(),
        }
    }
    /// Revoke an API Key
    ///
    /// Spec: `POST /api_keys/{apiKeyID}/revoke` (`revokeApiKey`)
    #[doc(alias = "revokeApiKey")]
    pub fn revoke(&self, api_key_id: impl Into<String>) -> RevokeApiKey {
        RevokeApiKey {
            client: self.client.clone(),
            api_key_id: api_key_id.into(),
            body: types::RevokeApiKeyBody {
                revocation_reason: None,
            },
        }
    }
    /// Verify an API Key
    ///
    /// Spec: `POST /api_keys/verify` (`verifyApiKey`)
    #[doc(alias = "verifyApiKey")]
    pub fn verify(&self, secret: impl Into<String>) -> VerifyApiKey {
        VerifyApiKey {
            client: self.client.clone(),
            body: types::VerifyApiKeyBody {
                secret: secret.into(),
            },
        }
    }
}
/// Operations of the `betaFeatures` group; see [`Client::beta_features`].
#[cfg(feature = "beta-features")]
#[derive(Clone, Copy, Debug)]
pub struct BetaFeaturesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "beta-features")]
impl BetaFeaturesApi<'_> {
    /// Update instance settings
    ///
    /// Updates the settings of an instance
    ///
    /// Spec: `PATCH /beta_features/instance_settings` (`UpdateInstanceAuthConfig`)
    #[doc(alias = "UpdateInstanceAuthConfig")]
    pub fn update_instance_settings(&self) -> UpdateInstanceAuthConfig {
        UpdateInstanceAuthConfig {
            client: self.client.clone(),
            body: types::UpdateInstanceAuthConfigBody {
                restricted_to_allowlist: None,
                from_email_address: None,
                progressive_sign_up: None,
                test_mode: None,
            },
        }
    }
    /// Update production instance domain
    ///
    /// Change the domain of a production instance.
    ///
    /// Changing the domain requires updating the [DNS records](https://clerk.com/docs/deployments/overview#dns-records) accordingly, deploying new [SSL certificates](https://clerk.com/docs/deployments/overview#deploy-certificates), updating your Social Connection's redirect URLs and setting the new keys in your code.
    ///
    /// WARNING: Changing your domain will invalidate all current user sessions (i.e. users will be logged out). Also, while your application is being deployed, a small downtime is expected to occur.
    ///
    /// Spec: `PUT /beta_features/domain` (`UpdateProductionInstanceDomain`)
    #[doc(alias = "UpdateProductionInstanceDomain")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn update_production_instance_domain(&self) -> UpdateProductionInstanceDomain {
        UpdateProductionInstanceDomain {
            client: self.client.clone(),
            body: types::UpdateProductionInstanceDomainBody {
                home_url: None,
                is_secondary: None,
            },
        }
    }
}
/// Operations of the `billing` group; see [`Client::billing`].
#[cfg(feature = "billing")]
#[derive(Clone, Copy, Debug)]
pub struct BillingApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "billing")]
impl BillingApi<'_> {
    /// List all billing plans
    ///
    /// Returns a list of all billing plans for the instance. The plans are returned sorted by creation date,
    /// with the newest plans appearing first. This includes both free and paid plans. Pagination is supported.
    ///
    /// Spec: `GET /billing/plans` (`GetCommercePlanList`)
    #[doc(alias = "GetCommercePlanList")]
    pub fn list_plans(&self) -> GetCommercePlanList {
        GetCommercePlanList {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
            payer_type: None,
        }
    }
    /// List all billing prices
    ///
    /// Returns a list of all prices for the instance. The prices are returned sorted by amount ascending,
    /// then by creation date descending. This includes both default and custom prices. Pagination is supported.
    ///
    /// Spec: `GET /billing/prices` (`GetBillingPriceList`)
    #[doc(alias = "GetBillingPriceList")]
    pub fn list_prices(&self) -> GetBillingPriceList {
        GetBillingPriceList {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
            plan_id: None,
        }
    }
    /// Create a custom billing price
    ///
    /// Creates a custom price for a billing plan. Custom prices allow you to offer different pricing
    /// to specific customers while maintaining the same plan structure.
    ///
    /// Spec: `POST /billing/prices` (`CreateBillingPrice`)
    #[doc(alias = "CreateBillingPrice")]
    pub fn create_price(
        &self,
        plan_id: impl Into<String>,
        amount: impl Into<Option<i64>>,
    ) -> CreateBillingPrice {
        CreateBillingPrice {
            client: self.client.clone(),
            body: types::CreateBillingPriceRequest {
                plan_id: plan_id.into(),
                currency: None,
                amount: amount.into(),
                annual_monthly_amount: None,
                description: None,
                supported_billing_periods: None,
            },
        }
    }
    /// List all subscription items
    ///
    /// Returns a list of all subscription items for the instance. The subscription items are returned sorted by creation date,
    /// with the newest appearing first. This includes subscriptions for both users and organizations. Pagination is supported.
    ///
    /// Spec: `GET /billing/subscription_items` (`GetCommerceSubscriptionItemList`)
    #[doc(alias = "GetCommerceSubscriptionItemList")]
    pub fn list_subscription_items(&self) -> GetCommerceSubscriptionItemList {
        GetCommerceSubscriptionItemList {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
            status: None,
            payer_type: None,
            plan_id: None,
            include_free: None,
            query: None,
        }
    }
    /// Cancel a subscription item
    ///
    /// Cancel a specific subscription item. The subscription item can be canceled immediately or at the end of the current billing period.
    ///
    /// Spec: `DELETE /billing/subscription_items/{subscription_item_id}` (`CancelCommerceSubscriptionItem`)
    #[doc(alias = "CancelCommerceSubscriptionItem")]
    pub fn cancel_subscription_item(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> CancelCommerceSubscriptionItem {
        CancelCommerceSubscriptionItem {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
            end_now: None,
        }
    }
    /// Extend free trial for a subscription item
    ///
    /// Extends the free trial period for a specific subscription item to the specified timestamp.
    /// The subscription item must be currently in a free trial period, and the plan must support free trials.
    /// The timestamp must be in the future and not more than 365 days from the end of the current trial period
    /// This operation is idempotent - repeated requests with the same timestamp will not change the trial period.
    ///
    /// Spec: `POST /billing/subscription_items/{subscription_item_id}/extend_free_trial` (`ExtendBillingSubscriptionItemFreeTrial`)
    #[doc(alias = "ExtendBillingSubscriptionItemFreeTrial")]
    pub fn extend_subscription_item_free_trial(
        &self,
        subscription_item_id: impl Into<String>,
        extend_to: impl Into<String>,
    ) -> ExtendBillingSubscriptionItemFreeTrial {
        ExtendBillingSubscriptionItemFreeTrial {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
            body: types::ExtendFreeTrialRequest {
                extend_to: extend_to.into(),
            },
        }
    }
    /// Create a price transition for a subscription item
    ///
    /// Creates a price transition for the specified subscription item.
    /// This may create an upcoming subscription item or activate immediately depending on plan and payer rules.
    ///
    /// Spec: `POST /billing/subscription_items/{subscription_item_id}/price_transition` (`CreateBillingPriceTransition`)
    #[doc(alias = "CreateBillingPriceTransition")]
    pub fn create_price_transition(
        &self,
        subscription_item_id: impl Into<String>,
        from_price_id: impl Into<String>,
        to_price_id: impl Into<String>,
    ) -> CreateBillingPriceTransition {
        CreateBillingPriceTransition {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
            body: types::PriceTransitionRequest {
                from_price_id: from_price_id.into(),
                to_price_id: to_price_id.into(),
            },
        }
    }
    /// Apply a discount to a subscription item
    ///
    /// Applies an existing discount to a subscription item.
    /// Manual application is an override path: self-serve distribution rules are not enforced.
    /// At most one active discount is allowed per subscription item; applying a different
    /// discount replaces the currently active one. Re-applying the same active discount returns a conflict.
    ///
    /// Spec: `POST /billing/subscription_items/{subscription_item_id}/discounts` (`ApplyBillingSubscriptionItemDiscount`)
    #[doc(alias = "ApplyBillingSubscriptionItemDiscount")]
    pub fn apply_subscription_item_discount(
        &self,
        subscription_item_id: impl Into<String>,
        discount_id: impl Into<String>,
    ) -> ApplyBillingSubscriptionItemDiscount {
        ApplyBillingSubscriptionItemDiscount {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
            body: types::ApplyCommerceDiscountRequest {
                discount_id: discount_id.into(),
            },
        }
    }
    /// Remove a discount from a subscription item
    ///
    /// Removes the active discount from a subscription item.
    /// The discount_id must match the subscription item's currently active discount.
    ///
    /// Spec: `DELETE /billing/subscription_items/{subscription_item_id}/discounts/{discount_id}` (`RemoveBillingSubscriptionItemDiscount`)
    #[doc(alias = "RemoveBillingSubscriptionItemDiscount")]
    pub fn remove_subscription_item_discount(
        &self,
        subscription_item_id: impl Into<String>,
        discount_id: impl Into<String>,
    ) -> RemoveBillingSubscriptionItemDiscount {
        RemoveBillingSubscriptionItemDiscount {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
            discount_id: discount_id.into(),
        }
    }
    /// List all billing statements
    ///
    /// Returns a list of all billing statements for the instance. The statements are returned sorted by creation date,
    /// with the newest statements appearing first. Pagination is supported.
    ///
    /// Spec: `GET /billing/statements` (`GetBillingStatementList`)
    #[doc(alias = "GetBillingStatementList")]
    pub fn list_statements(&self) -> GetBillingStatementList {
        GetBillingStatementList {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Retrieve a billing statement
    ///
    /// Retrieves the details of a billing statement.
    ///
    /// Spec: `GET /billing/statements/{statementID}` (`GetBillingStatement`)
    #[doc(alias = "GetBillingStatement")]
    pub fn get_statement(&self, statement_id: impl Into<String>) -> GetBillingStatement {
        GetBillingStatement {
            client: self.client.clone(),
            statement_id: statement_id.into(),
        }
    }
    /// List payment attempts for a billing statement
    ///
    /// Returns a list of all payment attempts for a specific billing statement. The payment attempts are returned sorted by creation date,
    /// with the newest payment attempts appearing first. Pagination is supported.
    ///
    /// Spec: `GET /billing/statements/{statementID}/payment_attempts` (`GetBillingStatementPaymentAttempts`)
    #[doc(alias = "GetBillingStatementPaymentAttempts")]
    pub fn get_statement_payment_attempts(
        &self,
        statement_id: impl Into<String>,
    ) -> GetBillingStatementPaymentAttempts {
        GetBillingStatementPaymentAttempts {
            client: self.client.clone(),
            statement_id: statement_id.into(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
}
/// Operations of the `blocklistIdentifiers` group; see [`Client::blocklist_identifiers`].
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone, Copy, Debug)]
pub struct BlocklistIdentifiersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "blocklist-identifiers")]
impl BlocklistIdentifiersApi<'_> {
    /// List all identifiers on the block-list
    ///
    /// Get a list of all identifiers which are not allowed to access an instance
    ///
    /// Spec: `GET /blocklist_identifiers` (`ListBlocklistIdentifiers`)
    #[doc(alias = "ListBlocklistIdentifiers")]
    pub fn list(&self) -> ListBlocklistIdentifiers {
        ListBlocklistIdentifiers {
            client: self.client.clone(),
        }
    }
    /// Add identifier to the block-list
    ///
    /// Create an identifier that is blocked from accessing an instance
    ///
    /// Spec: `POST /blocklist_identifiers` (`CreateBlocklistIdentifier`)
    #[doc(alias = "CreateBlocklistIdentifier")]
    pub fn create(&self, identifier: impl Into<String>) -> CreateBlocklistIdentifier {
        CreateBlocklistIdentifier {
            client: self.client.clone(),
            body: types::CreateBlocklistIdentifierBody {
                identifier: identifier.into(),
            },
        }
    }
    /// Delete identifier from block-list
    ///
    /// Delete an identifier from the instance block-list
    ///
    /// Spec: `DELETE /blocklist_identifiers/{identifier_id}` (`DeleteBlocklistIdentifier`)
    #[doc(alias = "DeleteBlocklistIdentifier")]
    pub fn delete(&self, identifier_id: impl Into<String>) -> DeleteBlocklistIdentifier {
        DeleteBlocklistIdentifier {
            client: self.client.clone(),
            identifier_id: identifier_id.into(),
        }
    }
}
/// Operations of the `clients` group; see [`Client::clients`].
#[cfg(feature = "clients")]
#[derive(Clone, Copy, Debug)]
pub struct ClientsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "clients")]
impl ClientsApi<'_> {
    /// List all clients
    ///
    /// Returns a list of all clients. The clients are returned sorted by creation date,
    /// with the newest clients appearing first.
    /// Warning: the endpoint is being deprecated and will be removed in future versions.
    ///
    /// Spec: `GET /clients` (`GetClientList`)
    #[doc(alias = "GetClientList")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list(&self) -> GetClientList {
        GetClientList {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Verify a client
    ///
    /// Verifies the client in the provided token
    ///
    /// Spec: `POST /clients/verify` (`VerifyClient`)
    #[doc(alias = "VerifyClient")]
    pub fn verify(&self, token: impl Into<String>) -> VerifyClient {
        VerifyClient {
            client: self.client.clone(),
            body: types::VerifyClientBody {
                token: token.into(),
            },
        }
    }
    /// Get a client
    ///
    /// Returns the details of a client.
    ///
    /// Spec: `GET /clients/{client_id}` (`GetClient`)
    #[doc(alias = "GetClient")]
    pub fn get(&self, client_id: impl Into<String>) -> GetClient {
        GetClient {
            client: self.client.clone(),
            client_id: client_id.into(),
        }
    }
}
/// Operations of the `directories` group; see [`Client::directories`].
#[cfg(feature = "directories")]
#[derive(Clone, Copy, Debug)]
pub struct DirectoriesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "directories")]
impl DirectoriesApi<'_> {
    /// List all directories
    ///
    /// Returns a list of all directories for the instance.
    ///
    /// Spec: `GET /directories` (`ListDirectories`)
    #[doc(alias = "ListDirectories")]
    pub fn list(&self) -> ListDirectories {
        ListDirectories {
            client: self.client.clone(),
            limit: None,
            offset: None,
        }
    }
    /// Create a directory
    ///
    /// Create a new directory for the instance.
    ///
    /// Spec: `POST /directories` (`CreateDirectory`)
    #[doc(alias = "CreateDirectory")]
    pub fn create(
        &self,
        enterprise_connection_id: impl Into<String>,
        provider: impl Into<String>,
    ) -> CreateDirectory {
        CreateDirectory {
            client: self.client.clone(),
            body: types::CreateDirectoryBody {
                enterprise_connection_id: enterprise_connection_id.into(),
                name: None,
                provider: provider.into(),
                group_role_mappings: None,
            },
        }
    }
    /// Retrieve a directory
    ///
    /// Returns the details of a directory.
    ///
    /// Spec: `GET /directories/{directory_id}` (`GetDirectory`)
    #[doc(alias = "GetDirectory")]
    pub fn get(&self, directory_id: impl Into<String>) -> GetDirectory {
        GetDirectory {
            client: self.client.clone(),
            directory_id: directory_id.into(),
        }
    }
    /// Delete a directory
    ///
    /// Deletes a directory and stops provisioning for it. Provisioning requests authenticated
    /// with the directory's API key are rejected afterwards.
    ///
    /// Spec: `DELETE /directories/{directory_id}` (`DeleteDirectory`)
    #[doc(alias = "DeleteDirectory")]
    pub fn delete(&self, directory_id: impl Into<String>) -> DeleteDirectory {
        DeleteDirectory {
            client: self.client.clone(),
            directory_id: directory_id.into(),
        }
    }
    /// Update a directory
    ///
    /// Updates a directory.
    ///
    /// Spec: `PATCH /directories/{directory_id}` (`UpdateDirectory`)
    #[doc(alias = "UpdateDirectory")]
    pub fn update(&self, directory_id: impl Into<String>) -> UpdateDirectory {
        UpdateDirectory {
            client: self.client.clone(),
            directory_id: directory_id.into(),
            body: types::UpdateDirectoryBody {
                name: None,
                enabled: None,
                provider: None,
                attribute_mapping: None,
                group_role_mapping_enabled: None,
            },
        }
    }
    /// Rotate a directory's API key
    ///
    /// Generates a new API key for the directory and returns it in the `api_key` field.
    /// This is the only way to obtain the key after creation, so make sure to update it in
    /// your identity provider. The previous key remains valid for a short grace period before
    /// it expires.
    ///
    /// Spec: `POST /directories/{directory_id}/rotate_api_key` (`RotateDirectoryAPIKey`)
    #[doc(alias = "RotateDirectoryAPIKey")]
    pub fn rotate_api_key(
        &self,
        directory_id: impl Into<String>,
    ) -> RotateDirectoryApiKey {
        RotateDirectoryApiKey {
            client: self.client.clone(),
            directory_id: directory_id.into(),
        }
    }
    /// List directory group role mappings
    ///
    /// Returns the list of directory group to organization role mappings for a directory, ordered by precedence.
    ///
    /// Spec: `GET /directories/{directory_id}/group_role_mappings` (`ListDirectoryGroupRoleMappings`)
    #[doc(alias = "ListDirectoryGroupRoleMappings")]
    pub fn list_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
    ) -> ListDirectoryGroupRoleMappings {
        ListDirectoryGroupRoleMappings {
            client: self.client.clone(),
            directory_id: directory_id.into(),
        }
    }
    /// Replace directory group role mappings
    ///
    /// Replaces the entire set of directory group role mappings for a directory. The position of
    /// each item in the `mappings` array determines its precedence (the first item gets
    /// precedence 1). Passing an empty array removes all mappings. Group role mapping must be
    /// enabled on the directory.
    ///
    /// Spec: `PUT /directories/{directory_id}/group_role_mappings` (`ReplaceDirectoryGroupRoleMappings`)
    #[doc(alias = "ReplaceDirectoryGroupRoleMappings")]
    pub fn replace_group_role_mappings(
        &self,
        directory_id: impl Into<String>,
        mappings: impl Into<
            Vec<types::ReplaceDirectoryGroupRoleMappingsBodyMappingsItem>,
        >,
    ) -> ReplaceDirectoryGroupRoleMappings {
        ReplaceDirectoryGroupRoleMappings {
            client: self.client.clone(),
            directory_id: directory_id.into(),
            body: types::ReplaceDirectoryGroupRoleMappingsBody {
                mappings: mappings.into(),
            },
        }
    }
    /// Create a directory group role mapping
    ///
    /// Creates a new directory group to organization role mapping for a directory.
    /// Group role mapping must be enabled on the directory.
    ///
    /// Spec: `POST /directories/{directory_id}/group_role_mappings` (`CreateDirectoryGroupRoleMapping`)
    #[doc(alias = "CreateDirectoryGroupRoleMapping")]
    pub fn create_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
        role_id: impl Into<String>,
    ) -> CreateDirectoryGroupRoleMapping {
        CreateDirectoryGroupRoleMapping {
            client: self.client.clone(),
            directory_id: directory_id.into(),
            body: types::CreateDirectoryGroupRoleMappingBody {
                directory_group_id: None,
                scim_group_id: None,
                role_id: role_id.into(),
                precedence: None,
            },
        }
    }
    /// Delete a directory group role mapping
    ///
    /// Deletes a single directory group role mapping. Group role mapping must be enabled on the
    /// directory.
    ///
    /// Spec: `DELETE /directories/{directory_id}/group_role_mappings/{mapping_id}` (`DeleteDirectoryGroupRoleMapping`)
    #[doc(alias = "DeleteDirectoryGroupRoleMapping")]
    pub fn delete_group_role_mapping(
        &self,
        directory_id: impl Into<String>,
        mapping_id: impl Into<String>,
    ) -> DeleteDirectoryGroupRoleMapping {
        DeleteDirectoryGroupRoleMapping {
            client: self.client.clone(),
            directory_id: directory_id.into(),
            mapping_id: mapping_id.into(),
        }
    }
}
/// Operations of the `domains` group; see [`Client::domains`].
#[cfg(feature = "domains")]
#[derive(Clone, Copy, Debug)]
pub struct DomainsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "domains")]
impl DomainsApi<'_> {
    /// List all instance domains
    ///
    /// Use this endpoint to get a list of all domains for an instance.
    /// The response will contain the primary domain for the instance and any satellite domains. Each domain in the response contains information about the URLs where Clerk operates and the required CNAME targets.
    ///
    /// Spec: `GET /domains` (`ListDomains`)
    #[doc(alias = "ListDomains")]
    pub fn list(&self) -> ListDomains {
        ListDomains {
            client: self.client.clone(),
        }
    }
    /// Add a domain
    ///
    /// Add a new domain for your instance.
    /// Useful in the case of multi-domain instances, allows adding satellite domains to an instance.
    /// The new domain must have a `name`. The domain name can contain the port for development instances, like `localhost:3000`.
    /// At the moment, instances can have only one primary domain, so the `is_satellite` parameter must be set to `true`.
    /// If you're planning to configure the new satellite domain to run behind a proxy, pass the `proxy_url` parameter accordingly.
    ///
    /// Spec: `POST /domains` (`AddDomain`)
    #[doc(alias = "AddDomain")]
    pub fn add(
        &self,
        name: impl Into<String>,
        is_satellite: impl Into<bool>,
    ) -> AddDomain {
        AddDomain {
            client: self.client.clone(),
            body: types::AddDomainBody {
                name: name.into(),
                is_satellite: is_satellite.into(),
                proxy_url: None,
            },
        }
    }
    /// Delete a satellite domain
    ///
    /// Deletes a satellite domain for the instance.
    /// It is currently not possible to delete the instance's primary domain.
    ///
    /// Spec: `DELETE /domains/{domain_id}` (`DeleteDomain`)
    #[doc(alias = "DeleteDomain")]
    pub fn delete(&self, domain_id: impl Into<String>) -> DeleteDomain {
        DeleteDomain {
            client: self.client.clone(),
            domain_id: domain_id.into(),
        }
    }
    /// Update a domain
    ///
    /// The `proxy_url` can be updated only for production instances.
    /// Update one of the instance's domains. Both primary and satellite domains can be updated.
    /// If you choose to use Clerk via proxy, use this endpoint to specify the `proxy_url`.
    /// Whenever you decide you'd rather switch to DNS setup for Clerk, simply set `proxy_url`
    /// to `null` for the domain. When you update a production instance's primary domain name,
    /// you have to make sure that you've completed all the necessary setup steps for DNS and
    /// emails to work. Expect downtime otherwise. Updating a primary domain's name will also
    /// update the instance's home origin, affecting the default application paths.
    ///
    /// Spec: `PATCH /domains/{domain_id}` (`UpdateDomain`)
    #[doc(alias = "UpdateDomain")]
    pub fn update(&self, domain_id: impl Into<String>) -> UpdateDomain {
        UpdateDomain {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            body: types::UpdateDomainBody {
                name: None,
                proxy_url: None,
                is_secondary: None,
            },
        }
    }
}
/// Operations of the `emailAddresses` group; see [`Client::email_addresses`].
#[cfg(feature = "email-addresses")]
#[derive(Clone, Copy, Debug)]
pub struct EmailAddressesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "email-addresses")]
impl EmailAddressesApi<'_> {
    /// Create an email address
    ///
    /// Create a new email address
    ///
    /// Spec: `POST /email_addresses` (`CreateEmailAddress`)
    #[doc(alias = "CreateEmailAddress")]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        email_address: impl Into<String>,
    ) -> CreateEmailAddress {
        CreateEmailAddress {
            client: self.client.clone(),
            body: types::CreateEmailAddressBody {
                user_id: user_id.into(),
                email_address: email_address.into(),
                verified: None,
                primary: None,
                notify_primary_email_address_changed: None,
            },
        }
    }
    /// Retrieve an email address
    ///
    /// Returns the details of an email address.
    ///
    /// Spec: `GET /email_addresses/{email_address_id}` (`GetEmailAddress`)
    #[doc(alias = "GetEmailAddress")]
    pub fn get(&self, email_address_id: impl Into<String>) -> GetEmailAddress {
        GetEmailAddress {
            client: self.client.clone(),
            email_address_id: email_address_id.into(),
        }
    }
    /// Delete an email address
    ///
    /// Delete the email address with the given ID
    ///
    /// Spec: `DELETE /email_addresses/{email_address_id}` (`DeleteEmailAddress`)
    #[doc(alias = "DeleteEmailAddress")]
    pub fn delete(&self, email_address_id: impl Into<String>) -> DeleteEmailAddress {
        DeleteEmailAddress {
            client: self.client.clone(),
            email_address_id: email_address_id.into(),
        }
    }
    /// Update an email address
    ///
    /// Updates an email address.
    ///
    /// Spec: `PATCH /email_addresses/{email_address_id}` (`UpdateEmailAddress`)
    #[doc(alias = "UpdateEmailAddress")]
    pub fn update(&self, email_address_id: impl Into<String>) -> UpdateEmailAddress {
        UpdateEmailAddress {
            client: self.client.clone(),
            email_address_id: email_address_id.into(),
            body: types::UpdateEmailAddressBody {
                verified: None,
                primary: None,
                notify_primary_email_address_changed: None,
            },
        }
    }
    /// Send a verification code to an email address
    ///
    /// Sends a one-time code to the given email address so that a backend can
    /// verify the user controls it (for example, in a custom, backend-driven
    /// sign-in flow). The code is tracked on its own verification; confirm it
    /// with attempt_verification.
    ///
    /// Spec: `POST /email_addresses/{email_address_id}/prepare_verification` (`PrepareEmailAddressVerification`)
    #[doc(alias = "PrepareEmailAddressVerification")]
    pub fn prepare_verification(
        &self,
        email_address_id: impl Into<String>,
    ) -> PrepareEmailAddressVerification {
        PrepareEmailAddressVerification {
            client: self.client.clone(),
            email_address_id: email_address_id.into(),
        }
    }
    /// Verify a code sent to an email address
    ///
    /// Checks a one-time code against the verification identified by
    /// verification_id, and returns the verification with its updated status
    /// (`verified`, `unverified`, `expired`, or `failed`) and attempt count, so a
    /// backend driving its own frontend can react on every attempt — an incorrect
    /// or expired code is reported through the status, not as an error. Resubmitting
    /// a verification whose code was already accepted is rejected with a
    /// `verification_already_verified` error. If the code
    /// is correct and the email address is not already verified, it is also marked
    /// as verified as a side effect (just as it would be in a frontend verification
    /// flow); an already verified email address is left unchanged. It never creates
    /// a session; to sign the user in afterwards, mint a sign-in token.
    ///
    /// Spec: `POST /email_addresses/{email_address_id}/attempt_verification` (`AttemptEmailAddressVerification`)
    #[doc(alias = "AttemptEmailAddressVerification")]
    pub fn attempt_verification(
        &self,
        email_address_id: impl Into<String>,
        verification_id: impl Into<String>,
        code: impl Into<String>,
    ) -> AttemptEmailAddressVerification {
        AttemptEmailAddressVerification {
            client: self.client.clone(),
            email_address_id: email_address_id.into(),
            body: types::AttemptEmailAddressVerificationBody {
                verification_id: verification_id.into(),
                code: code.into(),
            },
        }
    }
    /// Replace a user's email address
    ///
    /// Replaces all of the user's email addresses with a single primary email address.
    /// By default the new email address is created verified, with the admin verification strategy.
    /// When `identification_status` is `reserved` it is created reserved instead: unverified but usable
    /// for sign-in and locked so no other user can claim it. When it is `unverified` the address is
    /// neither usable for sign-in nor locked. Any existing email addresses are deleted.
    /// If an existing email address is linked to a connected account, the request is rejected; remove
    /// the connected account first.
    ///
    /// **Warning:** `identification_status: unverified` can lock the user out of their account. An
    /// unverified email address cannot be used to sign in, so if the user has no other verified or
    /// reserved identifier, deleting their existing email addresses leaves them unable to
    /// authenticate — and unable to verify the new address, since that requires signing in. Recovery
    /// then requires another admin API call.
    ///
    /// Spec: `PUT /users/{user_id}/email_address` (`ReplaceUserEmailAddress`)
    #[doc(alias = "ReplaceUserEmailAddress")]
    pub fn replace_for_user(
        &self,
        user_id: impl Into<String>,
        email_address: impl Into<String>,
    ) -> ReplaceUserEmailAddress {
        ReplaceUserEmailAddress {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::ReplaceUserEmailAddressBody {
                email_address: email_address.into(),
                identification_status: None,
                notify_primary_email_address_changed: None,
            },
        }
    }
}
/// Operations of the `emailAndSmsTemplates` group; see [`Client::email_and_sms_templates`].
#[cfg(feature = "email-and-sms-templates")]
#[derive(Clone, Copy, Debug)]
pub struct EmailAndSmsTemplatesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "email-and-sms-templates")]
impl EmailAndSmsTemplatesApi<'_> {
    /// Update a template for a given type and slug
    ///
    /// Updates the existing template of the given type and slug
    ///
    /// Spec: `PUT /templates/{template_type}/{slug}` (`UpsertTemplate`)
    #[doc(alias = "UpsertTemplate")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn upsert(
        &self,
        template_type: impl Into<types::UpsertTemplateTemplateType>,
        slug: impl Into<String>,
    ) -> UpsertTemplate {
        UpsertTemplate {
            client: self.client.clone(),
            template_type: template_type.into(),
            slug: slug.into(),
            body: types::UpsertTemplateBody {
                name: None,
                subject: None,
                markup: None,
                body: None,
                delivered_by_clerk: None,
                from_email_name: None,
                reply_to_email_name: None,
            },
        }
    }
}
/// Operations of the `emailSMSTemplates` group; see [`Client::email_sms_templates`].
#[cfg(feature = "email-sms-templates")]
#[derive(Clone, Copy, Debug)]
pub struct EmailSmsTemplatesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "email-sms-templates")]
impl EmailSmsTemplatesApi<'_> {
    /// List all templates
    ///
    /// Returns a list of all templates.
    /// The templates are returned sorted by position.
    ///
    /// Spec: `GET /templates/{template_type}` (`GetTemplateList`)
    #[doc(alias = "GetTemplateList")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list(
        &self,
        template_type: impl Into<types::GetTemplateListTemplateType>,
    ) -> GetTemplateList {
        GetTemplateList {
            client: self.client.clone(),
            template_type: template_type.into(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Retrieve a template
    ///
    /// Returns the details of a template
    ///
    /// Spec: `GET /templates/{template_type}/{slug}` (`GetTemplate`)
    #[doc(alias = "GetTemplate")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn get(
        &self,
        template_type: impl Into<types::GetTemplateTemplateType>,
        slug: impl Into<String>,
    ) -> GetTemplate {
        GetTemplate {
            client: self.client.clone(),
            template_type: template_type.into(),
            slug: slug.into(),
        }
    }
    /// Revert a template
    ///
    /// Reverts an updated template to its default state
    ///
    /// Spec: `POST /templates/{template_type}/{slug}/revert` (`RevertTemplate`)
    #[doc(alias = "RevertTemplate")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn revert(
        &self,
        template_type: impl Into<types::RevertTemplateTemplateType>,
        slug: impl Into<String>,
    ) -> RevertTemplate {
        RevertTemplate {
            client: self.client.clone(),
            template_type: template_type.into(),
            slug: slug.into(),
        }
    }
    /// Toggle the delivery by Clerk for a template of a given type and slug
    ///
    /// Toggles the delivery by Clerk for a template of a given type and slug.
    /// If disabled, Clerk will not deliver the resulting email or SMS.
    /// The app developer will need to listen to the `email.created` or `sms.created` webhooks in order to handle delivery themselves.
    ///
    /// Spec: `POST /templates/{template_type}/{slug}/toggle_delivery` (`ToggleTemplateDelivery`)
    #[doc(alias = "ToggleTemplateDelivery")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn toggle_template_delivery(
        &self,
        template_type: impl Into<types::ToggleTemplateDeliveryTemplateType>,
        slug: impl Into<String>,
    ) -> ToggleTemplateDelivery {
        ToggleTemplateDelivery {
            client: self.client.clone(),
            template_type: template_type.into(),
            slug: slug.into(),
            body: types::ToggleTemplateDeliveryBody {
                delivered_by_clerk: None,
            },
        }
    }
}
/// Operations of the `enterpriseConnections` group; see [`Client::enterprise_connections`].
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Copy, Debug)]
pub struct EnterpriseConnectionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "enterprise-connections")]
impl EnterpriseConnectionsApi<'_> {
    /// List enterprise connections
    ///
    /// Returns the list of enterprise connections for the instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    ///
    /// Spec: `GET /enterprise_connections` (`ListEnterpriseConnections`)
    #[doc(alias = "ListEnterpriseConnections")]
    pub fn list(&self) -> ListEnterpriseConnections {
        ListEnterpriseConnections {
            client: self.client.clone(),
            limit: None,
            offset: None,
            organization_id: None,
            active: None,
        }
    }
    /// Create an enterprise connection
    ///
    /// Create a new enterprise connection.
    ///
    /// Spec: `POST /enterprise_connections` (`CreateEnterpriseConnection`)
    #[doc(alias = "CreateEnterpriseConnection")]
    pub fn create(
        &self,
        name: impl Into<String>,
        provider: impl Into<types::CreateEnterpriseConnectionBodyProvider>,
        domains: impl Into<Vec<String>>,
    ) -> CreateEnterpriseConnection {
        CreateEnterpriseConnection {
            client: self.client.clone(),
            body: types::CreateEnterpriseConnectionBody {
                name: name.into(),
                provider: provider.into(),
                domains: domains.into(),
                organization_id: None,
                allow_organization_account_linking: None,
                active: None,
                saml: None,
                oidc: None,
                custom_attributes: None,
            },
        }
    }
    /// Retrieve an enterprise connection
    ///
    /// Fetches the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
    ///
    /// Spec: `GET /enterprise_connections/{enterprise_connection_id}` (`GetEnterpriseConnection`)
    #[doc(alias = "GetEnterpriseConnection")]
    pub fn get(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> GetEnterpriseConnection {
        GetEnterpriseConnection {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
        }
    }
    /// Delete an enterprise connection
    ///
    /// Deletes the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
    ///
    /// Spec: `DELETE /enterprise_connections/{enterprise_connection_id}` (`DeleteEnterpriseConnection`)
    #[doc(alias = "DeleteEnterpriseConnection")]
    pub fn delete(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> DeleteEnterpriseConnection {
        DeleteEnterpriseConnection {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
        }
    }
    /// Update an enterprise connection
    ///
    /// Updates the enterprise connection whose ID matches the provided `enterprise_connection_id` in the path.
    /// When enabling the connection (setting `active` to true), any existing verified organization domains that match the connection's domains (e.g. used for enrollment modes like automatic invitation) may be deleted so the connection can be enabled.
    ///
    /// Spec: `PATCH /enterprise_connections/{enterprise_connection_id}` (`UpdateEnterpriseConnection`)
    #[doc(alias = "UpdateEnterpriseConnection")]
    pub fn update(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> UpdateEnterpriseConnection {
        UpdateEnterpriseConnection {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            body: types::UpdateEnterpriseConnectionBody {
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
            },
        }
    }
    /// List enterprise connection test runs
    ///
    /// Returns a paginated list of SAML or OIDC debug test runs for an enterprise connection.
    ///
    /// Spec: `GET /enterprise_connections/{enterprise_connection_id}/test_runs` (`ListEnterpriseConnectionTestRuns`)
    #[doc(alias = "ListEnterpriseConnectionTestRuns")]
    pub fn list_test_runs(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> ListEnterpriseConnectionTestRuns {
        ListEnterpriseConnectionTestRuns {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            status: None,
            limit: None,
            offset: None,
        }
    }
    /// Create an enterprise connection test run
    ///
    /// Returns a short-lived URL that starts the IdP test flow for this connection.
    ///
    /// Spec: `POST /enterprise_connections/{enterprise_connection_id}/test_runs` (`CreateEnterpriseConnectionTestRun`)
    #[doc(alias = "CreateEnterpriseConnectionTestRun")]
    pub fn create_test_run(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> CreateEnterpriseConnectionTestRun {
        CreateEnterpriseConnectionTestRun {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
        }
    }
}
/// Operations of the `instanceSettings` group; see [`Client::instance_settings`].
#[cfg(feature = "instance-settings")]
#[derive(Clone, Copy, Debug)]
pub struct InstanceSettingsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "instance-settings")]
impl InstanceSettingsApi<'_> {
    /// Fetch the current instance
    ///
    /// Fetches the current instance
    ///
    /// Spec: `GET /instance` (`GetInstance`)
    #[doc(alias = "GetInstance")]
    pub fn get(&self) -> GetInstance {
        GetInstance {
            client: self.client.clone(),
        }
    }
    /// Update instance settings
    ///
    /// Updates the settings of an instance
    ///
    /// Spec: `PATCH /instance` (`UpdateInstance`)
    #[doc(alias = "UpdateInstance")]
    pub fn update(&self) -> UpdateInstance {
        UpdateInstance {
            client: self.client.clone(),
            body: types::UpdateInstanceBody {
                test_mode: None,
                hibp: None,
                support_email: None,
                clerk_js_version: None,
                development_origin: None,
                allowed_origins: None,
                cookieless_dev: None,
                url_based_session_syncing: None,
                preferred_sign_in_strategy_when_password_required: None,
            },
        }
    }
    /// Update instance restrictions
    ///
    /// Updates the restriction settings of an instance
    ///
    /// Spec: `PATCH /instance/restrictions` (`UpdateInstanceRestrictions`)
    #[doc(alias = "UpdateInstanceRestrictions")]
    pub fn update_restrictions(&self) -> UpdateInstanceRestrictions {
        UpdateInstanceRestrictions {
            client: self.client.clone(),
            body: types::UpdateInstanceRestrictionsBody {
                allowlist: None,
                blocklist: None,
                allowlist_blocklist_disabled_on_sign_in: None,
                block_email_subaddresses: None,
                block_disposable_email_domains: None,
            },
        }
    }
    /// Get instance protect settings
    ///
    /// Spec: `GET /instance/protect` (`GetInstanceProtect`)
    #[doc(alias = "GetInstanceProtect")]
    pub fn get_instance_protect(&self) -> GetInstanceProtect {
        GetInstanceProtect {
            client: self.client.clone(),
        }
    }
    /// Update instance protect settings
    ///
    /// Spec: `PATCH /instance/protect` (`UpdateInstanceProtect`)
    #[doc(alias = "UpdateInstanceProtect")]
    pub fn update_instance_protect(&self) -> UpdateInstanceProtect {
        UpdateInstanceProtect {
            client: self.client.clone(),
            body: types::UpdateInstanceProtectBody {
                rules_enabled: None,
                specter_enabled: None,
            },
        }
    }
    /// Get instance communication settings
    ///
    /// Retrieves the per-instance SMS communication settings, including the SMS country blocklist.
    ///
    /// Spec: `GET /instance/communication` (`GetInstanceCommunication`)
    #[doc(alias = "GetInstanceCommunication")]
    pub fn get_communication(&self) -> GetInstanceCommunication {
        GetInstanceCommunication {
            client: self.client.clone(),
        }
    }
    /// Update instance communication settings
    ///
    /// Replaces the SMS country blocklist for this instance. Pass the full set of ISO 3166-1
    /// alpha-2 country codes that should be blocked; codes that aren't recognized as SMS-tier
    /// countries are silently dropped from the persisted list. Omitting `blocked_country_codes`
    /// is a no-op.
    ///
    /// Spec: `PATCH /instance/communication` (`UpdateInstanceCommunication`)
    #[doc(alias = "UpdateInstanceCommunication")]
    pub fn update_communication(&self) -> UpdateInstanceCommunication {
        UpdateInstanceCommunication {
            client: self.client.clone(),
            body: types::UpdateInstanceCommunicationBody {
                blocked_country_codes: None,
            },
        }
    }
    /// Get OAuth application settings
    ///
    /// Retrieves the settings for OAuth applications for the instance (dynamic client registration, JWT access tokens, etc.).
    ///
    /// Spec: `GET /instance/oauth_application_settings` (`GetInstanceOAuthApplicationSettings`)
    #[doc(alias = "GetInstanceOAuthApplicationSettings")]
    pub fn get_o_auth_application_settings(
        &self,
    ) -> GetInstanceOAuthApplicationSettings {
        GetInstanceOAuthApplicationSettings {
            client: self.client.clone(),
        }
    }
    /// Update OAuth application settings
    ///
    /// Updates the OAuth application settings for the instance.
    ///
    /// Spec: `PATCH /instance/oauth_application_settings` (`UpdateInstanceOAuthApplicationSettings`)
    #[doc(alias = "UpdateInstanceOAuthApplicationSettings")]
    pub fn update_o_auth_application_settings(
        &self,
    ) -> UpdateInstanceOAuthApplicationSettings {
        UpdateInstanceOAuthApplicationSettings {
            client: self.client.clone(),
            body: types::UpdateInstanceOAuthApplicationSettingsBody {
                dynamic_oauth_client_registration: None,
                default_scopes: None,
                oauth_jwt_access_tokens: None,
                client_id_metadata_documents_advertised: None,
                client_id_metadata_documents_only_allow_pre_registered_clients: None,
                client_id_metadata_documents_block_implicitly_allowed_clients: None,
            },
        }
    }
    /// Update production instance domain
    ///
    /// Change the domain of a production instance.
    ///
    /// Changing the domain requires updating the [DNS records](https://clerk.com/docs/deployments/overview#dns-records) accordingly, deploying new [SSL certificates](https://clerk.com/docs/deployments/overview#deploy-certificates), updating your Social Connection's redirect URLs and setting the new keys in your code.
    ///
    /// WARNING: Changing your domain will invalidate all current user sessions (i.e. users will be logged out). Also, while your application is being deployed, a small downtime is expected to occur.
    ///
    /// Spec: `POST /instance/change_domain` (`ChangeProductionInstanceDomain`)
    #[doc(alias = "ChangeProductionInstanceDomain")]
    pub fn change_domain(&self) -> ChangeProductionInstanceDomain {
        ChangeProductionInstanceDomain {
            client: self.client.clone(),
            body: types::ChangeProductionInstanceDomainBody {
                home_url: None,
                is_secondary: None,
            },
        }
    }
    /// Get instance organization settings
    ///
    /// Retrieves the organization settings of the instance
    ///
    /// Spec: `GET /instance/organization_settings` (`GetInstanceOrganizationSettings`)
    #[doc(alias = "GetInstanceOrganizationSettings")]
    pub fn get_organization_settings(&self) -> GetInstanceOrganizationSettings {
        GetInstanceOrganizationSettings {
            client: self.client.clone(),
        }
    }
    /// Update instance organization settings
    ///
    /// Updates the organization settings of the instance
    ///
    /// Spec: `PATCH /instance/organization_settings` (`UpdateInstanceOrganizationSettings`)
    #[doc(alias = "UpdateInstanceOrganizationSettings")]
    pub fn update_organization_settings(&self) -> UpdateInstanceOrganizationSettings {
        UpdateInstanceOrganizationSettings {
            client: self.client.clone(),
            body: types::UpdateInstanceOrganizationSettingsBody {
                enabled: None,
                max_allowed_memberships: None,
                admin_delete_enabled: None,
                domains_enabled: None,
                slug_disabled: None,
                domains_enrollment_modes: None,
                creator_role_id: None,
                domains_default_role_id: None,
            },
        }
    }
}
/// Operations of the `invitations` group; see [`Client::invitations`].
#[cfg(feature = "invitations")]
#[derive(Clone, Copy, Debug)]
pub struct InvitationsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "invitations")]
impl InvitationsApi<'_> {
    /// List all invitations
    ///
    /// Returns all non-revoked invitations for your application, sorted by creation date
    ///
    /// Spec: `GET /invitations` (`ListInvitations`)
    #[doc(alias = "ListInvitations")]
    pub fn list(&self) -> ListInvitations {
        ListInvitations {
            client: self.client.clone(),
            status: None,
            query: None,
            order_by: None,
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Create an invitation
    ///
    /// Creates a new invitation for the given email address and sends the invitation email.
    /// Keep in mind that you cannot create an invitation if there is already one for the given email address.
    /// Also, trying to create an invitation for an email address that already exists in your application will result to an error.
    ///
    /// Spec: `POST /invitations` (`CreateInvitation`)
    #[doc(alias = "CreateInvitation")]
    pub fn create(&self, email_address: impl Into<String>) -> CreateInvitation {
        CreateInvitation {
            client: self.client.clone(),
            body: types::CreateInvitationBody {
                email_address: email_address.into(),
                public_metadata: None,
                redirect_url: None,
                notify: None,
                ignore_existing: None,
                expires_in_days: None,
                template_slug: None,
            },
        }
    }
    /// Create multiple invitations
    ///
    /// Use this API operation to create multiple invitations for the provided email addresses. You can choose to send the
    /// invitations as emails by setting the `notify` parameter to `true`. There cannot be an existing invitation for any
    /// of the email addresses you provide unless you set `ignore_existing` to `true` for specific email addresses. Please
    /// note that there must be no existing user for any of the email addresses you provide, and this rule cannot be bypassed.
    ///
    /// This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
    ///
    /// Spec: `POST /invitations/bulk` (`CreateBulkInvitations`)
    #[doc(alias = "CreateBulkInvitations")]
    pub fn bulk_create(
        &self,
        body: impl Into<Vec<types::CreateBulkInvitationsBodyItem>>,
    ) -> CreateBulkInvitations {
        CreateBulkInvitations {
            client: self.client.clone(),
            body: body.into(),
        }
    }
    /// Revokes an invitation
    ///
    /// Revokes the given invitation.
    /// Revoking an invitation will prevent the user from using the invitation link that was sent to them.
    /// However, it doesn't prevent the user from signing up if they follow the sign up flow.
    /// Only active (i.e. non-revoked) invitations can be revoked.
    ///
    /// Spec: `POST /invitations/{invitation_id}/revoke` (`RevokeInvitation`)
    #[doc(alias = "RevokeInvitation")]
    pub fn revoke(&self, invitation_id: impl Into<String>) -> RevokeInvitation {
        RevokeInvitation {
            client: self.client.clone(),
            invitation_id: invitation_id.into(),
        }
    }
}
/// Operations of the `jwks` group; see [`Client::jwks`].
#[cfg(feature = "jwks")]
#[derive(Clone, Copy, Debug)]
pub struct JwksApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "jwks")]
impl JwksApi<'_> {
    /// Retrieve the JSON Web Key Set of the instance
    ///
    /// Retrieve the JSON Web Key Set of the instance
    ///
    /// Spec: `GET /jwks` (`GetJWKS`)
    #[doc(alias = "GetJWKS")]
    pub fn get(&self) -> GetJwks {
        GetJwks {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `jwtTemplates` group; see [`Client::jwt_templates`].
#[cfg(feature = "jwt-templates")]
#[derive(Clone, Copy, Debug)]
pub struct JwtTemplatesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "jwt-templates")]
impl JwtTemplatesApi<'_> {
    /// List all templates
    ///
    /// Spec: `GET /jwt_templates` (`ListJWTTemplates`)
    #[doc(alias = "ListJWTTemplates")]
    pub fn list(&self) -> ListJwtTemplates {
        ListJwtTemplates {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a JWT template
    ///
    /// Create a new JWT template
    ///
    /// Spec: `POST /jwt_templates` (`CreateJWTTemplate`)
    #[doc(alias = "CreateJWTTemplate")]
    pub fn create(
        &self,
        name: impl Into<String>,
        claims: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> CreateJwtTemplate {
        CreateJwtTemplate {
            client: self.client.clone(),
            body: types::CreateJwtTemplateBody {
                name: name.into(),
                claims: claims.into(),
                lifetime: None,
                allowed_clock_skew: None,
                custom_signing_key: None,
                signing_algorithm: None,
                signing_key: None,
            },
        }
    }
    /// Retrieve a template
    ///
    /// Retrieve the details of a given JWT template
    ///
    /// Spec: `GET /jwt_templates/{template_id}` (`GetJWTTemplate`)
    #[doc(alias = "GetJWTTemplate")]
    pub fn get(&self, template_id: impl Into<String>) -> GetJwtTemplate {
        GetJwtTemplate {
            client: self.client.clone(),
            template_id: template_id.into(),
        }
    }
    /// Delete a Template
    ///
    ///
    /// Spec: `DELETE /jwt_templates/{template_id}` (`DeleteJWTTemplate`)
    #[doc(alias = "DeleteJWTTemplate")]
    pub fn delete(&self, template_id: impl Into<String>) -> DeleteJwtTemplate {
        DeleteJwtTemplate {
            client: self.client.clone(),
            template_id: template_id.into(),
        }
    }
    /// Update a JWT template
    ///
    /// Updates an existing JWT template
    ///
    /// Spec: `PATCH /jwt_templates/{template_id}` (`UpdateJWTTemplate`)
    #[doc(alias = "UpdateJWTTemplate")]
    pub fn update(
        &self,
        template_id: impl Into<String>,
        name: impl Into<String>,
        claims: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> UpdateJwtTemplate {
        UpdateJwtTemplate {
            client: self.client.clone(),
            template_id: template_id.into(),
            body: types::UpdateJwtTemplateBody {
                name: name.into(),
                claims: claims.into(),
                lifetime: None,
                allowed_clock_skew: None,
                custom_signing_key: None,
                signing_algorithm: None,
                signing_key: None,
            },
        }
    }
}
/// Operations of the `m2m` group; see [`Client::m2m`].
#[cfg(feature = "m2m")]
#[derive(Clone, Copy, Debug)]
pub struct M2mApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "m2m")]
impl M2mApi<'_> {
    /// Get M2M Tokens
    ///
    /// Fetches M2M tokens for a specific machine.
    ///
    /// Only tokens created with the opaque token format are returned by this endpoint. JWT-format M2M tokens are stateless and are not stored.
    ///
    /// This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
    ///
    /// - When fetching M2M tokens with a Machine Secret Key, only tokens associated with the authenticated machine can be retrieved.
    /// - When fetching M2M tokens with a Clerk Secret Key, tokens for any machine in the instance can be retrieved.
    ///
    /// Spec: `GET /m2m_tokens` (`getM2MTokens`)
    #[doc(alias = "getM2MTokens")]
    pub fn list_tokens(&self, subject: impl Into<String>) -> GetM2mTokens {
        GetM2mTokens {
            client: self.client.clone(),
            subject: subject.into(),
            revoked: None,
            expired: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a M2M Token
    ///
    /// Creates a new M2M Token. Must be authenticated via a Machine Secret Key.
    ///
    /// Spec: `POST /m2m_tokens` (`createM2MToken`)
    #[doc(alias = "createM2MToken")]
    pub fn create_token(&self) -> CreateM2mToken {
        CreateM2mToken {
            client: self.client.clone(),
            body: types::CreateM2mTokenBody {
                token_format: None,
                seconds_until_expiration: None,
                claims: None,
                min_remaining_ttl_seconds: None,
            },
        }
    }
    /// Revoke a M2M Token
    ///
    /// Revokes a M2M Token.
    ///
    /// This endpoint only revokes stored opaque-format M2M tokens. JWT-format M2M tokens are stateless and cannot be revoked.
    ///
    /// This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
    ///
    /// - When revoking a M2M Token with a Machine Secret Key, the token must managed by the Machine associated with the Machine Secret Key.
    /// - When revoking a M2M Token with a Clerk Secret Key, any token on the Instance can be revoked.
    ///
    /// Spec: `POST /m2m_tokens/{m2m_token_id}/revoke` (`revokeM2MToken`)
    #[doc(alias = "revokeM2MToken")]
    pub fn revoke_token(&self, m2m_token_id: impl Into<String>) -> RevokeM2mToken {
        RevokeM2mToken {
            client: self.client.clone(),
            m2m_token_id: m2m_token_id.into(),
            body: types::RevokeM2mTokenBody {
                revocation_reason: None,
            },
        }
    }
    /// Verify a M2M Token
    ///
    /// Verifies a M2M Token.
    ///
    /// This endpoint can be authenticated by either a Machine Secret Key or by a Clerk Secret Key.
    ///
    /// - When verifying a M2M Token with a Machine Secret Key, the token must be granted access to the Machine associated with the Machine Secret Key.
    /// - When verifying a M2M Token with a Clerk Secret Key, any token on the Instance can be verified.
    ///
    /// Spec: `POST /m2m_tokens/verify` (`verifyM2MToken`)
    #[doc(alias = "verifyM2MToken")]
    pub fn verify_token(&self, token: impl Into<String>) -> VerifyM2mToken {
        VerifyM2mToken {
            client: self.client.clone(),
            body: types::VerifyM2mTokenBody {
                token: token.into(),
            },
        }
    }
}
/// Operations of the `machines` group; see [`Client::machines`].
#[cfg(feature = "machines")]
#[derive(Clone, Copy, Debug)]
pub struct MachinesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "machines")]
impl MachinesApi<'_> {
    /// Get a list of machines for an instance
    ///
    /// This request returns the list of machines for an instance. The machines are
    /// ordered by descending creation date (i.e. most recent machines will be
    /// returned first)
    ///
    /// Spec: `GET /machines` (`ListMachines`)
    #[doc(alias = "ListMachines")]
    pub fn list(&self) -> ListMachines {
        ListMachines {
            client: self.client.clone(),
            limit: None,
            offset: None,
            query: None,
            order_by: None,
        }
    }
    /// Create a machine
    ///
    /// Creates a new machine.
    ///
    /// Spec: `POST /machines` (`CreateMachine`)
    #[doc(alias = "CreateMachine")]
    pub fn create(&self, name: impl Into<String>) -> CreateMachine {
        CreateMachine {
            client: self.client.clone(),
            body: types::CreateMachineBody {
                name: name.into(),
                scoped_machines: None,
                default_token_ttl: None,
            },
        }
    }
    /// Retrieve a machine
    ///
    /// Returns the details of a machine.
    ///
    /// Spec: `GET /machines/{machine_id}` (`GetMachine`)
    #[doc(alias = "GetMachine")]
    pub fn get(&self, machine_id: impl Into<String>) -> GetMachine {
        GetMachine {
            client: self.client.clone(),
            machine_id: machine_id.into(),
        }
    }
    /// Delete a machine
    ///
    /// Deletes a machine.
    ///
    /// Spec: `DELETE /machines/{machine_id}` (`DeleteMachine`)
    #[doc(alias = "DeleteMachine")]
    pub fn delete(&self, machine_id: impl Into<String>) -> DeleteMachine {
        DeleteMachine {
            client: self.client.clone(),
            machine_id: machine_id.into(),
        }
    }
    /// Update a machine
    ///
    /// Updates an existing machine.
    /// Only the provided fields will be updated.
    ///
    /// Spec: `PATCH /machines/{machine_id}` (`UpdateMachine`)
    #[doc(alias = "UpdateMachine")]
    pub fn update(&self, machine_id: impl Into<String>) -> UpdateMachine {
        UpdateMachine {
            client: self.client.clone(),
            machine_id: machine_id.into(),
            body: types::UpdateMachineBody {
                name: None,
                default_token_ttl: None,
            },
        }
    }
    /// Retrieve a machine secret key
    ///
    /// Returns the secret key for a machine.
    ///
    /// Spec: `GET /machines/{machine_id}/secret_key` (`GetMachineSecretKey`)
    #[doc(alias = "GetMachineSecretKey")]
    pub fn get_secret_key(&self, machine_id: impl Into<String>) -> GetMachineSecretKey {
        GetMachineSecretKey {
            client: self.client.clone(),
            machine_id: machine_id.into(),
        }
    }
    /// Rotate a machine's secret key
    ///
    /// Rotates the machine's secret key.
    /// When the secret key is rotated, make sure to update it in your machine/application.
    /// The previous secret key will remain valid for the duration specified by the previous_token_ttl parameter.
    ///
    /// Spec: `POST /machines/{machine_id}/secret_key/rotate` (`RotateMachineSecretKey`)
    #[doc(alias = "RotateMachineSecretKey")]
    pub fn rotate_secret_key(
        &self,
        machine_id: impl Into<String>,
        previous_token_ttl: impl Into<i64>,
    ) -> RotateMachineSecretKey {
        RotateMachineSecretKey {
            client: self.client.clone(),
            machine_id: machine_id.into(),
            body: types::RotateMachineSecretKeyBody {
                previous_token_ttl: previous_token_ttl.into(),
            },
        }
    }
    /// Create a machine scope
    ///
    /// Creates a new machine scope, allowing the specified machine to access another machine.
    /// Maximum of 150 scopes per machine.
    ///
    /// Spec: `POST /machines/{machine_id}/scopes` (`CreateMachineScope`)
    #[doc(alias = "CreateMachineScope")]
    pub fn create_scope(
        &self,
        machine_id: impl Into<String>,
        to_machine_id: impl Into<String>,
    ) -> CreateMachineScope {
        CreateMachineScope {
            client: self.client.clone(),
            machine_id: machine_id.into(),
            body: types::CreateMachineScopeBody {
                to_machine_id: to_machine_id.into(),
            },
        }
    }
    /// Delete a machine scope
    ///
    /// Deletes a machine scope, removing access from one machine to another.
    ///
    /// Spec: `DELETE /machines/{machine_id}/scopes/{other_machine_id}` (`DeleteMachineScope`)
    #[doc(alias = "DeleteMachineScope")]
    pub fn delete_scope(
        &self,
        machine_id: impl Into<String>,
        other_machine_id: impl Into<String>,
    ) -> DeleteMachineScope {
        DeleteMachineScope {
            client: self.client.clone(),
            machine_id: machine_id.into(),
            other_machine_id: other_machine_id.into(),
        }
    }
}
/// Operations of the `miscellaneous` group; see [`Client::miscellaneous`].
#[cfg(feature = "miscellaneous")]
#[derive(Clone, Copy, Debug)]
pub struct MiscellaneousApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "miscellaneous")]
impl MiscellaneousApi<'_> {
    /// Returns the markup for the interstitial page
    ///
    /// The Clerk interstitial endpoint serves an html page that loads clerk.js in order to check the user's authentication state.
    /// It is used by Clerk SDKs when the user's authentication state cannot be immediately determined.
    ///
    /// Spec: `GET /public/interstitial` (`GetPublicInterstitial`)
    #[doc(alias = "GetPublicInterstitial")]
    pub fn get_public_interstitial(&self) -> GetPublicInterstitial {
        GetPublicInterstitial {
            client: self.client.clone(),
            frontend_api: None,
            frontend_api2: None,
            publishable_key: None,
            proxy_url: None,
            domain: None,
            sign_in_url: None,
            use_domain_for_script: None,
        }
    }
}
/// Operations of the `oauthAccessTokens` group; see [`Client::oauth_access_tokens`].
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone, Copy, Debug)]
pub struct OauthAccessTokensApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "oauth-access-tokens")]
impl OauthAccessTokensApi<'_> {
    /// Verify an OAuth Access Token
    ///
    /// Spec: `POST /oauth_applications/access_tokens/verify` (`verifyOAuthAccessToken`)
    #[doc(alias = "verifyOAuthAccessToken")]
    pub fn verify(&self) -> VerifyOAuthAccessToken {
        VerifyOAuthAccessToken {
            client: self.client.clone(),
            body: types::VerifyOAuthAccessTokenBody {
                access_token: None,
                secret: None,
            },
        }
    }
}
/// Operations of the `oauthApplications` group; see [`Client::oauth_applications`].
#[cfg(feature = "oauth-applications")]
#[derive(Clone, Copy, Debug)]
pub struct OauthApplicationsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "oauth-applications")]
impl OauthApplicationsApi<'_> {
    /// Get a list of OAuth applications for an instance
    ///
    /// This request returns the list of OAuth applications for an instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The OAuth applications are ordered by descending creation date.
    /// Most recent OAuth applications will be returned first.
    ///
    /// Spec: `GET /oauth_applications` (`ListOAuthApplications`)
    #[doc(alias = "ListOAuthApplications")]
    pub fn list(&self) -> ListOAuthApplications {
        ListOAuthApplications {
            client: self.client.clone(),
            limit: None,
            offset: None,
            order_by: None,
            name_query: None,
        }
    }
    /// Create an OAuth application
    ///
    /// Creates a new OAuth application with the given name and callback URL for an instance.
    /// The callback URL must be a valid URL.
    /// All URL schemes are allowed such as `http://`, `https://`, `myapp://`, etc...
    ///
    /// Spec: `POST /oauth_applications` (`CreateOAuthApplication`)
    #[doc(alias = "CreateOAuthApplication")]
    pub fn create(&self, name: impl Into<String>) -> CreateOAuthApplication {
        CreateOAuthApplication {
            client: self.client.clone(),
            body: types::CreateOAuthApplicationBody {
                name: name.into(),
                redirect_uris: None,
                callback_url: None,
                scopes: None,
                consent_screen_enabled: None,
                pkce_required: None,
                public: None,
            },
        }
    }
    /// Retrieve an OAuth application by ID
    ///
    /// Fetches the OAuth application whose ID matches the provided `id` in the path.
    ///
    /// Spec: `GET /oauth_applications/{oauth_application_id}` (`GetOAuthApplication`)
    #[doc(alias = "GetOAuthApplication")]
    pub fn get(&self, oauth_application_id: impl Into<String>) -> GetOAuthApplication {
        GetOAuthApplication {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
        }
    }
    /// Delete an OAuth application
    ///
    /// Deletes the given OAuth application.
    /// This is not reversible.
    ///
    /// Spec: `DELETE /oauth_applications/{oauth_application_id}` (`DeleteOAuthApplication`)
    #[doc(alias = "DeleteOAuthApplication")]
    pub fn delete(
        &self,
        oauth_application_id: impl Into<String>,
    ) -> DeleteOAuthApplication {
        DeleteOAuthApplication {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
        }
    }
    /// Update an OAuth application
    ///
    /// Updates an existing OAuth application
    ///
    /// Spec: `PATCH /oauth_applications/{oauth_application_id}` (`UpdateOAuthApplication`)
    #[doc(alias = "UpdateOAuthApplication")]
    pub fn update(
        &self,
        oauth_application_id: impl Into<String>,
    ) -> UpdateOAuthApplication {
        UpdateOAuthApplication {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
            body: types::UpdateOAuthApplicationBody {
                name: None,
                redirect_uris: None,
                callback_url: None,
                scopes: None,
                consent_screen_enabled: None,
                pkce_required: None,
                public: None,
            },
        }
    }
    /// Upload a logo for the OAuth application
    ///
    /// Set or replace an OAuth application's logo by uploading an image file.
    /// This endpoint uses the `multipart/form-data` request content type and accepts a file of image type.
    /// The file size cannot exceed 10MB.
    /// Only the following file content types are supported: `image/jpeg`, `image/png`, `image/gif`, `image/webp`.
    ///
    /// Spec: `PUT /oauth_applications/{oauth_application_id}/logo` (`UploadOAuthApplicationLogo`)
    #[doc(alias = "UploadOAuthApplicationLogo")]
    pub fn upload_logo(
        &self,
        oauth_application_id: impl Into<String>,
        file: impl Into<sdkgen_runtime::FilePart>,
    ) -> UploadOAuthApplicationLogo {
        UploadOAuthApplicationLogo {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
            body: types::UploadOAuthApplicationLogoBody {
                uploader_user_id: None,
                file: file.into(),
            },
        }
    }
    /// Rotate the client secret of the given OAuth application
    ///
    /// Rotates the OAuth application's client secret.
    /// When the client secret is rotated, make sure to update it in authorized OAuth clients.
    ///
    /// Spec: `POST /oauth_applications/{oauth_application_id}/rotate_secret` (`RotateOAuthApplicationSecret`)
    #[doc(alias = "RotateOAuthApplicationSecret")]
    pub fn rotate_secret(
        &self,
        oauth_application_id: impl Into<String>,
    ) -> RotateOAuthApplicationSecret {
        RotateOAuthApplicationSecret {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
        }
    }
    /// Revoke an OAuth application token
    ///
    /// Revoke both OAuth access token and refresh token for the associated grant for the given OAuth application.
    /// The request may specify either token.
    /// JWT access tokens cannot be revoked.
    ///
    /// Spec: `POST /oauth_applications/{oauth_application_id}/revoke_token` (`RevokeOAuthApplicationToken`)
    #[doc(alias = "RevokeOAuthApplicationToken")]
    pub fn revoke_token(
        &self,
        oauth_application_id: impl Into<String>,
        token: impl Into<String>,
    ) -> RevokeOAuthApplicationToken {
        RevokeOAuthApplicationToken {
            client: self.client.clone(),
            oauth_application_id: oauth_application_id.into(),
            body: types::RevokeOAuthApplicationTokenBody {
                token: token.into(),
            },
        }
    }
}
/// Operations of the `organizationDomains` group; see [`Client::organization_domains`].
#[cfg(feature = "organization-domains")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationDomainsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-domains")]
impl OrganizationDomainsApi<'_> {
    /// Get a list of all domains of an organization.
    ///
    /// Get a list of all domains of an organization.
    ///
    /// Spec: `GET /organizations/{organization_id}/domains` (`ListOrganizationDomains`)
    #[doc(alias = "ListOrganizationDomains")]
    pub fn list(&self, organization_id: impl Into<String>) -> ListOrganizationDomains {
        ListOrganizationDomains {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            verified: None,
            enrollment_mode: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a new organization domain.
    ///
    /// Creates a new organization domain. By default the domain is verified, but can be optionally set to unverified.
    ///
    /// Spec: `POST /organizations/{organization_id}/domains` (`CreateOrganizationDomain`)
    #[doc(alias = "CreateOrganizationDomain")]
    pub fn create(
        &self,
        organization_id: impl Into<String>,
    ) -> CreateOrganizationDomain {
        CreateOrganizationDomain {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationDomainBody {
                name: None,
                enrollment_mode: None,
                verified: None,
            },
        }
    }
    /// Remove a domain from an organization.
    ///
    /// Removes the given domain from the organization.
    ///
    /// Spec: `DELETE /organizations/{organization_id}/domains/{domain_id}` (`DeleteOrganizationDomain`)
    #[doc(alias = "DeleteOrganizationDomain")]
    pub fn delete(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> DeleteOrganizationDomain {
        DeleteOrganizationDomain {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
        }
    }
    /// Update an organization domain.
    ///
    /// Updates the properties of an existing organization domain.
    ///
    /// Spec: `PATCH /organizations/{organization_id}/domains/{domain_id}` (`UpdateOrganizationDomain`)
    #[doc(alias = "UpdateOrganizationDomain")]
    pub fn update(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> UpdateOrganizationDomain {
        UpdateOrganizationDomain {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
            body: types::UpdateOrganizationDomainBody {
                enrollment_mode: None,
                verified: None,
            },
        }
    }
    /// Mark an organization domain's ownership as verified
    ///
    /// Flips the organization domain's ownership state to verified via the
    /// manual override path, bypassing the self-serve TXT DNS challenge. The
    /// domain row records strategy=`manual_override` and an
    /// `organization_domain.ownership_verified` audit event is emitted with the
    /// same strategy.
    ///
    /// Idempotent: re-calling on an already-verified domain returns the current
    /// ownership state without re-emitting the audit event.
    ///
    /// Spec: `POST /organizations/{organization_id}/domains/{domain_id}/verify_ownership` (`VerifyOrganizationDomainOwnership`)
    #[doc(alias = "VerifyOrganizationDomainOwnership")]
    pub fn verify_ownership(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> VerifyOrganizationDomainOwnership {
        VerifyOrganizationDomainOwnership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
        }
    }
    /// List all organization domains
    ///
    /// Retrieves a list of all organization domains within the current instance.
    /// This endpoint can be used to list all domains across all organizations
    /// or filter domains by organization, verification status, enrollment mode, or search query.
    ///
    /// The response includes pagination information and details about each domain
    /// including its verification status, enrollment mode, and associated counts.
    ///
    /// Spec: `GET /organization_domains` (`ListAllOrganizationDomains`)
    #[doc(alias = "ListAllOrganizationDomains")]
    pub fn list_all(&self) -> ListAllOrganizationDomains {
        ListAllOrganizationDomains {
            client: self.client.clone(),
            organization_id: None,
            verified: None,
            enrollment_mode: None,
            query: None,
            domains: None,
            order_by: None,
            offset: None,
            limit: None,
        }
    }
}
/// Operations of the `organizationInvitations` group; see [`Client::organization_invitations`].
#[cfg(feature = "organization-invitations")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationInvitationsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-invitations")]
impl OrganizationInvitationsApi<'_> {
    /// Get a list of organization invitations for the current instance
    ///
    /// This request returns the list of organization invitations for the instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// You can filter them by providing the 'status' query parameter, that accepts multiple values.
    /// You can change the order by providing the 'order' query parameter, that accepts multiple values.
    /// You can filter by the invited user email address providing the `query` query parameter.
    /// The organization invitations are ordered by descending creation date by default.
    ///
    /// Spec: `GET /organization_invitations` (`ListInstanceOrganizationInvitations`)
    #[doc(alias = "ListInstanceOrganizationInvitations")]
    pub fn get_all(&self) -> ListInstanceOrganizationInvitations {
        ListInstanceOrganizationInvitations {
            client: self.client.clone(),
            order_by: None,
            status: None,
            query: None,
            limit: None,
            offset: None,
        }
    }
    /// Get a list of organization invitations
    ///
    /// This request returns the list of organization invitations.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// You can filter them by providing the 'status' query parameter, that accepts multiple values.
    /// The organization invitations are ordered by descending creation date.
    /// Most recent invitations will be returned first.
    /// Any invitations created as a result of an Organization Domain are not included in the results.
    ///
    /// Spec: `GET /organizations/{organization_id}/invitations` (`ListOrganizationInvitations`)
    #[doc(alias = "ListOrganizationInvitations")]
    pub fn list(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationInvitations {
        ListOrganizationInvitations {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            status: None,
            email_address: None,
            order_by: None,
            limit: None,
            offset: None,
        }
    }
    /// Create and send an organization invitation
    ///
    /// Creates a new organization invitation and sends an email to the provided `email_address` with a link to accept the invitation and join the organization.
    /// You can specify the `role` for the invited organization member.
    ///
    /// New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
    ///
    /// The request body supports passing an optional `redirect_url` parameter.
    /// When the invited user clicks the link to accept the invitation, they will be redirected to the URL provided.
    /// Use this parameter to implement a custom invitation acceptance flow.
    ///
    /// You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter.
    /// That user must be a member with administrator privileges in the organization.
    /// Only "admin" members can create organization invitations.
    ///
    /// You can optionally provide public and private metadata for the organization invitation.
    /// The public metadata are visible by both the Frontend and the Backend whereas the private ones only by the Backend.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    ///
    /// Spec: `POST /organizations/{organization_id}/invitations` (`CreateOrganizationInvitation`)
    #[doc(alias = "CreateOrganizationInvitation")]
    pub fn create(
        &self,
        organization_id: impl Into<String>,
        email_address: impl Into<String>,
        role: impl Into<String>,
    ) -> CreateOrganizationInvitation {
        CreateOrganizationInvitation {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationInvitationBody {
                email_address: email_address.into(),
                inviter_user_id: None,
                role: role.into(),
                public_metadata: None,
                private_metadata: None,
                redirect_url: None,
                expires_in_days: None,
                notify: None,
            },
        }
    }
    /// Bulk create and send organization invitations
    ///
    /// Creates new organization invitations in bulk and sends out emails to the provided email addresses with a link to accept the invitation and join the organization.
    ///
    /// This endpoint is limited to a maximum of 10 invitations per API call. If you need to send more invitations, please make multiple requests.
    ///
    /// You can specify a different `role` for each invited organization member.
    /// New organization invitations get a "pending" status until they are revoked by an organization administrator or accepted by the invitee.
    /// The request body supports passing an optional `redirect_url` parameter for each invitation.
    /// When the invited user clicks the link to accept the invitation, they will be redirected to the provided URL.
    /// Use this parameter to implement a custom invitation acceptance flow.
    /// You can specify the ID of the user that will send the invitation with the `inviter_user_id` parameter. Each invitation
    /// can have a different inviter user.
    /// Inviter users must be members with administrator privileges in the organization.
    /// Only "admin" members can create organization invitations.
    /// You can optionally provide public and private metadata for each organization invitation. The public metadata are visible
    /// by both the Frontend and the Backend, whereas the private metadata are only visible by the Backend.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    ///
    /// Spec: `POST /organizations/{organization_id}/invitations/bulk` (`CreateOrganizationInvitationBulk`)
    #[doc(alias = "CreateOrganizationInvitationBulk")]
    pub fn bulk_create(
        &self,
        organization_id: impl Into<String>,
        body: impl Into<Vec<types::CreateOrganizationInvitationBulkBodyItem>>,
    ) -> CreateOrganizationInvitationBulk {
        CreateOrganizationInvitationBulk {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: body.into(),
        }
    }
    /// Get a list of pending organization invitations
    ///
    /// This request returns the list of organization invitations with "pending" status.
    /// These are the organization invitations that can still be used to join the organization, but have not been accepted by the invited user yet.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The organization invitations are ordered by descending creation date.
    /// Most recent invitations will be returned first.
    /// Any invitations created as a result of an Organization Domain are not included in the results.
    ///
    /// Spec: `GET /organizations/{organization_id}/invitations/pending` (`ListPendingOrganizationInvitations`)
    #[doc(alias = "ListPendingOrganizationInvitations")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list_pending(
        &self,
        organization_id: impl Into<String>,
    ) -> ListPendingOrganizationInvitations {
        ListPendingOrganizationInvitations {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            limit: None,
            offset: None,
        }
    }
    /// Retrieve an organization invitation by ID
    ///
    /// Use this request to get an existing organization invitation by ID.
    ///
    /// Spec: `GET /organizations/{organization_id}/invitations/{invitation_id}` (`GetOrganizationInvitation`)
    #[doc(alias = "GetOrganizationInvitation")]
    pub fn get(
        &self,
        organization_id: impl Into<String>,
        invitation_id: impl Into<String>,
    ) -> GetOrganizationInvitation {
        GetOrganizationInvitation {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            invitation_id: invitation_id.into(),
        }
    }
    /// Revoke a pending organization invitation
    ///
    /// Use this request to revoke a previously issued organization invitation.
    /// Revoking an organization invitation makes it invalid; the invited user will no longer be able to join the organization with the revoked invitation.
    /// Only organization invitations with "pending" status can be revoked.
    /// The request accepts the `requesting_user_id` parameter to specify the user which revokes the invitation.
    /// Only users with "admin" role can revoke invitations.
    ///
    /// Spec: `POST /organizations/{organization_id}/invitations/{invitation_id}/revoke` (`RevokeOrganizationInvitation`)
    #[doc(alias = "RevokeOrganizationInvitation")]
    pub fn revoke(
        &self,
        organization_id: impl Into<String>,
        invitation_id: impl Into<String>,
    ) -> RevokeOrganizationInvitation {
        RevokeOrganizationInvitation {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            invitation_id: invitation_id.into(),
            body: types::RevokeOrganizationInvitationBody {
                requesting_user_id: None,
            },
        }
    }
}
/// Operations of the `organizationMemberships` group; see [`Client::organization_memberships`].
#[cfg(feature = "organization-memberships")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationMembershipsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-memberships")]
impl OrganizationMembershipsApi<'_> {
    /// Get a list of all members of an organization
    ///
    /// Retrieves all user memberships for the given organization
    ///
    /// Spec: `GET /organizations/{organization_id}/memberships` (`ListOrganizationMemberships`)
    #[doc(alias = "ListOrganizationMemberships")]
    pub fn list(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationMemberships {
        ListOrganizationMemberships {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            order_by: None,
            user_id: None,
            email_address: None,
            phone_number: None,
            username: None,
            web3_wallet: None,
            role: None,
            query: None,
            email_address_query: None,
            phone_number_query: None,
            username_query: None,
            name_query: None,
            last_active_at_before: None,
            last_active_at_after: None,
            created_at_before: None,
            created_at_after: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a new organization membership
    ///
    /// Adds a user as a member to the given organization.
    /// Only users in the same instance as the organization can be added as members.
    ///
    /// This organization will be the user's [active organization] (https://clerk.com/docs/organizations/overview#active-organization)
    /// the next time they create a session, presuming they don't explicitly set a
    /// different organization as active before then.
    ///
    /// Spec: `POST /organizations/{organization_id}/memberships` (`CreateOrganizationMembership`)
    #[doc(alias = "CreateOrganizationMembership")]
    pub fn create(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
        role: impl Into<String>,
    ) -> CreateOrganizationMembership {
        CreateOrganizationMembership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationMembershipBody {
                user_id: user_id.into(),
                role: role.into(),
                public_metadata: None,
                private_metadata: None,
            },
        }
    }
    /// Remove a member from an organization
    ///
    /// Removes the given membership from the organization
    ///
    /// Spec: `DELETE /organizations/{organization_id}/memberships/{user_id}` (`DeleteOrganizationMembership`)
    #[doc(alias = "DeleteOrganizationMembership")]
    pub fn delete(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> DeleteOrganizationMembership {
        DeleteOrganizationMembership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Update an organization membership
    ///
    /// Updates the properties of an existing organization membership
    ///
    /// Spec: `PATCH /organizations/{organization_id}/memberships/{user_id}` (`UpdateOrganizationMembership`)
    #[doc(alias = "UpdateOrganizationMembership")]
    pub fn update(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
        role: impl Into<String>,
    ) -> UpdateOrganizationMembership {
        UpdateOrganizationMembership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            user_id: user_id.into(),
            body: types::UpdateOrganizationMembershipBody {
                role: role.into(),
            },
        }
    }
    /// Merge and update organization membership metadata
    ///
    /// Update an organization membership's metadata attributes by merging existing values with the provided parameters.
    /// Metadata values will be updated via a deep merge. Deep means that any nested JSON objects will be merged as well.
    /// You can remove metadata keys at any level by setting their value to `null`.
    ///
    /// Spec: `PATCH /organizations/{organization_id}/memberships/{user_id}/metadata` (`UpdateOrganizationMembershipMetadata`)
    #[doc(alias = "UpdateOrganizationMembershipMetadata")]
    pub fn update_metadata(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> UpdateOrganizationMembershipMetadata {
        UpdateOrganizationMembershipMetadata {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            user_id: user_id.into(),
            body: types::UpdateOrganizationMembershipMetadataBody {
                public_metadata: None,
                private_metadata: None,
            },
        }
    }
}
/// Operations of the `organizationPermissions` group; see [`Client::organization_permissions`].
#[cfg(feature = "organization-permissions")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationPermissionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-permissions")]
impl OrganizationPermissionsApi<'_> {
    /// Get a list of all organization permissions
    ///
    /// Retrieves all organization permissions for the given instance.
    ///
    /// Spec: `GET /organization_permissions` (`ListOrganizationPermissions`)
    #[doc(alias = "ListOrganizationPermissions")]
    pub fn list(&self) -> ListOrganizationPermissions {
        ListOrganizationPermissions {
            client: self.client.clone(),
            query: None,
            order_by: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a new organization permission
    ///
    /// Creates a new organization permission for the given instance.
    ///
    /// Spec: `POST /organization_permissions` (`CreateOrganizationPermission`)
    #[doc(alias = "CreateOrganizationPermission")]
    pub fn create(
        &self,
        name: impl Into<String>,
        key: impl Into<String>,
    ) -> CreateOrganizationPermission {
        CreateOrganizationPermission {
            client: self.client.clone(),
            body: types::CreateOrganizationPermissionBody {
                name: name.into(),
                key: key.into(),
                description: None,
            },
        }
    }
    /// Get an organization permission
    ///
    /// Retrieves the details of an organization permission.
    ///
    /// Spec: `GET /organization_permissions/{permission_id}` (`GetOrganizationPermission`)
    #[doc(alias = "GetOrganizationPermission")]
    pub fn get(&self, permission_id: impl Into<String>) -> GetOrganizationPermission {
        GetOrganizationPermission {
            client: self.client.clone(),
            permission_id: permission_id.into(),
        }
    }
    /// Delete an organization permission
    ///
    /// Deletes an organization permission.
    /// System permissions cannot be deleted.
    ///
    /// Spec: `DELETE /organization_permissions/{permission_id}` (`DeleteOrganizationPermission`)
    #[doc(alias = "DeleteOrganizationPermission")]
    pub fn delete(
        &self,
        permission_id: impl Into<String>,
    ) -> DeleteOrganizationPermission {
        DeleteOrganizationPermission {
            client: self.client.clone(),
            permission_id: permission_id.into(),
        }
    }
    /// Update an organization permission
    ///
    /// Updates the properties of an existing organization permission.
    /// System permissions cannot be updated.
    ///
    /// Spec: `PATCH /organization_permissions/{permission_id}` (`UpdateOrganizationPermission`)
    #[doc(alias = "UpdateOrganizationPermission")]
    pub fn update(
        &self,
        permission_id: impl Into<String>,
    ) -> UpdateOrganizationPermission {
        UpdateOrganizationPermission {
            client: self.client.clone(),
            permission_id: permission_id.into(),
            body: types::UpdateOrganizationPermissionBody {
                name: None,
                key: None,
                description: None,
            },
        }
    }
}
/// Operations of the `organizationRoles` group; see [`Client::organization_roles`].
#[cfg(feature = "organization-roles")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationRolesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-roles")]
impl OrganizationRolesApi<'_> {
    /// Get a list of organization roles
    ///
    /// This request returns the list of organization roles for the instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The organization roles are ordered by descending creation date.
    /// Most recent roles will be returned first.
    ///
    /// Spec: `GET /organization_roles` (`ListOrganizationRoles`)
    #[doc(alias = "ListOrganizationRoles")]
    pub fn list(&self) -> ListOrganizationRoles {
        ListOrganizationRoles {
            client: self.client.clone(),
            query: None,
            order_by: None,
            limit: None,
            offset: None,
        }
    }
    /// Create an organization role
    ///
    /// Creates a new organization role with the given name and permissions for an instance.
    /// The key must be unique for the instance and start with the 'org:' prefix, followed by lowercase alphanumeric characters and underscores only.
    /// You can optionally provide a description for the role and specify whether it should be included in the initial role set.
    /// Organization roles support permissions that can be assigned to control access within the organization.
    ///
    /// Spec: `POST /organization_roles` (`CreateOrganizationRole`)
    #[doc(alias = "CreateOrganizationRole")]
    pub fn create(
        &self,
        name: impl Into<String>,
        key: impl Into<String>,
    ) -> CreateOrganizationRole {
        CreateOrganizationRole {
            client: self.client.clone(),
            body: types::CreateOrganizationRoleBody {
                name: name.into(),
                key: key.into(),
                description: None,
                permissions: None,
                include_in_initial_role_set: None,
            },
        }
    }
    /// Retrieve an organization role
    ///
    /// Use this request to retrieve an existing organization role by its ID.
    ///
    /// Spec: `GET /organization_roles/{organization_role_id}` (`GetOrganizationRole`)
    #[doc(alias = "GetOrganizationRole")]
    pub fn get(&self, organization_role_id: impl Into<String>) -> GetOrganizationRole {
        GetOrganizationRole {
            client: self.client.clone(),
            organization_role_id: organization_role_id.into(),
        }
    }
    /// Delete an organization role
    ///
    /// Deletes the organization role.
    /// The role cannot be deleted if it is currently used as the default creator role, domain default role, assigned to any members, or exists in any invitations.
    ///
    /// Spec: `DELETE /organization_roles/{organization_role_id}` (`DeleteOrganizationRole`)
    #[doc(alias = "DeleteOrganizationRole")]
    pub fn delete(
        &self,
        organization_role_id: impl Into<String>,
    ) -> DeleteOrganizationRole {
        DeleteOrganizationRole {
            client: self.client.clone(),
            organization_role_id: organization_role_id.into(),
        }
    }
    /// Update an organization role
    ///
    /// Updates an existing organization role.
    /// You can update the name, key, description, and permissions of the role.
    /// All parameters are optional - you can update only the fields you want to change.
    /// If the role is used as a creator role or domain default role, updating the key will cascade the update to the organization settings.
    ///
    /// Spec: `PATCH /organization_roles/{organization_role_id}` (`UpdateOrganizationRole`)
    #[doc(alias = "UpdateOrganizationRole")]
    pub fn update(
        &self,
        organization_role_id: impl Into<String>,
    ) -> UpdateOrganizationRole {
        UpdateOrganizationRole {
            client: self.client.clone(),
            organization_role_id: organization_role_id.into(),
            body: types::UpdateOrganizationRoleBody {
                name: None,
                key: None,
                description: None,
                permissions: None,
            },
        }
    }
    /// Assign a permission to an organization role
    ///
    /// Assigns a permission to an organization role
    ///
    /// Spec: `POST /organization_roles/{organization_role_id}/permissions/{permission_id}` (`AssignPermissionToOrganizationRole`)
    #[doc(alias = "AssignPermissionToOrganizationRole")]
    pub fn assign_permission(
        &self,
        organization_role_id: impl Into<String>,
        permission_id: impl Into<String>,
    ) -> AssignPermissionToOrganizationRole {
        AssignPermissionToOrganizationRole {
            client: self.client.clone(),
            organization_role_id: organization_role_id.into(),
            permission_id: permission_id.into(),
        }
    }
    /// Remove a permission from an organization role
    ///
    /// Removes a permission from an organization role
    ///
    /// Spec: `DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}` (`RemovePermissionFromOrganizationRole`)
    #[doc(alias = "RemovePermissionFromOrganizationRole")]
    pub fn remove_permission(
        &self,
        organization_role_id: impl Into<String>,
        permission_id: impl Into<String>,
    ) -> RemovePermissionFromOrganizationRole {
        RemovePermissionFromOrganizationRole {
            client: self.client.clone(),
            organization_role_id: organization_role_id.into(),
            permission_id: permission_id.into(),
        }
    }
}
/// Operations of the `organizations` group; see [`Client::organizations`].
#[cfg(feature = "organizations")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organizations")]
impl OrganizationsApi<'_> {
    /// Get a list of organizations for an instance
    ///
    /// This request returns the list of organizations for an instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The organizations are ordered by descending creation date.
    /// Most recent organizations will be returned first.
    ///
    /// Spec: `GET /organizations` (`ListOrganizations`)
    #[doc(alias = "ListOrganizations")]
    pub fn list(&self) -> ListOrganizations {
        ListOrganizations {
            client: self.client.clone(),
            include_members_count: None,
            include_missing_member_with_elevated_permissions: None,
            query: None,
            user_id: None,
            organization_id: None,
            order_by: None,
            limit: None,
            offset: None,
        }
    }
    /// Create an organization
    ///
    /// Creates a new organization with the given name for an instance.
    /// You can specify an optional slug for the new organization.
    /// If provided, the organization slug can contain only lowercase alphanumeric characters (letters and digits) and the dash "-".
    /// Organization slugs must be unique for the instance.
    /// You can provide additional metadata for the organization and set any custom attribute you want.
    /// Organizations support private and public metadata.
    /// Private metadata can only be accessed from the Backend API.
    /// Public metadata can be accessed from the Backend API, and are read-only from the Frontend API.
    /// The `created_by` user will see this as their [active organization](https://clerk.com/docs/organizations/overview#active-organization)
    /// the next time they create a session, presuming they don't explicitly set a different organization as active before then.
    ///
    /// Spec: `POST /organizations` (`CreateOrganization`)
    #[doc(alias = "CreateOrganization")]
    pub fn create(&self, name: impl Into<String>) -> CreateOrganization {
        CreateOrganization {
            client: self.client.clone(),
            body: types::CreateOrganizationBody {
                name: name.into(),
                created_by: None,
                private_metadata: None,
                public_metadata: None,
                slug: None,
                max_allowed_memberships: None,
                created_at: None,
                role_set_key: None,
            },
        }
    }
    /// Retrieve an organization by ID or slug
    ///
    /// Fetches the organization whose ID or slug matches the provided `id_or_slug` URL query parameter.
    ///
    /// Spec: `GET /organizations/{organization_id}` (`GetOrganization`)
    #[doc(alias = "GetOrganization")]
    pub fn get(&self, organization_id: impl Into<String>) -> GetOrganization {
        GetOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            include_members_count: None,
            include_missing_member_with_elevated_permissions: None,
        }
    }
    /// Delete an organization
    ///
    /// Deletes the given organization.
    /// Please note that deleting an organization will also delete all memberships and invitations.
    /// This is not reversible.
    ///
    /// After the organization is deleted, any user's active sessions that contain the deleted
    /// organization will be cleared.
    ///
    /// Spec: `DELETE /organizations/{organization_id}` (`DeleteOrganization`)
    #[doc(alias = "DeleteOrganization")]
    pub fn delete(&self, organization_id: impl Into<String>) -> DeleteOrganization {
        DeleteOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Update an organization
    ///
    /// Updates an existing organization.
    ///
    /// As of API version 2026-05-12, this endpoint no longer accepts `public_metadata` or `private_metadata`.
    /// Use `PATCH /v1/organizations/{organization_id}/metadata` to merge updates into existing metadata, or `PUT /v1/organizations/{organization_id}/metadata` to replace a metadata field entirely.
    ///
    /// Spec: `PATCH /organizations/{organization_id}` (`UpdateOrganization`)
    #[doc(alias = "UpdateOrganization")]
    pub fn update(&self, organization_id: impl Into<String>) -> UpdateOrganization {
        UpdateOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::UpdateOrganizationBody {
                name: None,
                slug: None,
                max_allowed_memberships: None,
                admin_delete_enabled: None,
                created_at: None,
                role_set_key: None,
            },
        }
    }
    /// Replace metadata for an organization
    ///
    /// Replace an organization's metadata attributes with the provided values.
    /// Unlike `PATCH /v1/organizations/{organization_id}/metadata` (merge semantics), this
    /// endpoint replaces the supplied metadata fields entirely — the prior contents of each
    /// supplied field are discarded. Fields omitted from the request body are left unchanged.
    /// Prefer the `PATCH` endpoint for partial updates. Use `PUT` only when you explicitly
    /// intend to overwrite a metadata field wholesale.
    ///
    /// Spec: `PUT /organizations/{organization_id}/metadata` (`ReplaceOrganizationMetadata`)
    #[doc(alias = "ReplaceOrganizationMetadata")]
    pub fn replace_metadata(
        &self,
        organization_id: impl Into<String>,
    ) -> ReplaceOrganizationMetadata {
        ReplaceOrganizationMetadata {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::ReplaceOrganizationMetadataBody {
                public_metadata: None,
                private_metadata: None,
            },
        }
    }
    /// Merge and update metadata for an organization
    ///
    /// Update organization metadata attributes by merging existing values with the provided parameters.
    /// Metadata values will be updated via a deep merge.
    /// Deep meaning that any nested JSON objects will be merged as well.
    /// You can remove metadata keys at any level by setting their value to `null`.
    ///
    /// Spec: `PATCH /organizations/{organization_id}/metadata` (`MergeOrganizationMetadata`)
    #[doc(alias = "MergeOrganizationMetadata")]
    pub fn merge_metadata(
        &self,
        organization_id: impl Into<String>,
    ) -> MergeOrganizationMetadata {
        MergeOrganizationMetadata {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::MergeOrganizationMetadataBody {
                public_metadata: None,
                private_metadata: None,
            },
        }
    }
    /// Upload a logo for the organization
    ///
    /// Set or replace an organization's logo, by uploading an image file.
    /// This endpoint uses the `multipart/form-data` request content type and accepts a file of image type.
    /// The file size cannot exceed 10MB.
    /// Only the following file content types are supported: `image/jpeg`, `image/png`, `image/gif`, `image/webp`.
    ///
    /// Spec: `PUT /organizations/{organization_id}/logo` (`UploadOrganizationLogo`)
    #[doc(alias = "UploadOrganizationLogo")]
    pub fn upload_logo(
        &self,
        organization_id: impl Into<String>,
        file: impl Into<sdkgen_runtime::FilePart>,
    ) -> UploadOrganizationLogo {
        UploadOrganizationLogo {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::UploadOrganizationLogoBody {
                uploader_user_id: None,
                file: file.into(),
            },
        }
    }
    /// Delete the organization's logo.
    ///
    /// Delete the organization's logo.
    ///
    /// Spec: `DELETE /organizations/{organization_id}/logo` (`DeleteOrganizationLogo`)
    #[doc(alias = "DeleteOrganizationLogo")]
    pub fn delete_logo(
        &self,
        organization_id: impl Into<String>,
    ) -> DeleteOrganizationLogo {
        DeleteOrganizationLogo {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Retrieve an organization's billing subscription
    ///
    /// Retrieves the billing subscription for the specified organization.
    /// This includes subscription details, active plans, billing information, and payment status.
    /// The subscription contains subscription items which represent the individual plans the organization is subscribed to.
    ///
    /// Spec: `GET /organizations/{organization_id}/billing/subscription` (`GetOrganizationBillingSubscription`)
    #[doc(alias = "GetOrganizationBillingSubscription")]
    pub fn get_billing_subscription(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationBillingSubscription {
        GetOrganizationBillingSubscription {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Retrieve an organization's credit balance
    ///
    /// Retrieves the current credit balance for the specified organization.
    /// Credits can be applied during checkout to reduce the charge or automatically applied to upcoming recurring charges.
    ///
    /// Spec: `GET /organizations/{organization_id}/billing/credits` (`GetOrganizationBillingCreditBalance`)
    #[doc(alias = "GetOrganizationBillingCreditBalance")]
    pub fn get_billing_credit_balance(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationBillingCreditBalance {
        GetOrganizationBillingCreditBalance {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Adjust an organization's credit balance
    ///
    /// Increases or decreases the credit balance for the specified organization.
    /// Each adjustment is recorded as a ledger entry. The idempotency_key parameter
    /// ensures that duplicate requests are safely handled.
    ///
    /// Spec: `POST /organizations/{organization_id}/billing/credits` (`AdjustOrganizationBillingCreditBalance`)
    #[doc(alias = "AdjustOrganizationBillingCreditBalance")]
    pub fn adjust_billing_credit_balance(
        &self,
        organization_id: impl Into<String>,
        amount: impl Into<i64>,
        action: impl Into<types::AdjustCreditBalanceRequestAction>,
        idempotency_key: impl Into<String>,
    ) -> AdjustOrganizationBillingCreditBalance {
        AdjustOrganizationBillingCreditBalance {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::AdjustCreditBalanceRequest {
                amount: amount.into(),
                action: action.into(),
                currency: None,
                idempotency_key: idempotency_key.into(),
                note: None,
            },
        }
    }
}
/// Operations of the `phoneNumbers` group; see [`Client::phone_numbers`].
#[cfg(feature = "phone-numbers")]
#[derive(Clone, Copy, Debug)]
pub struct PhoneNumbersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "phone-numbers")]
impl PhoneNumbersApi<'_> {
    /// Create a phone number
    ///
    /// Create a new phone number
    ///
    /// Spec: `POST /phone_numbers` (`CreatePhoneNumber`)
    #[doc(alias = "CreatePhoneNumber")]
    pub fn create(
        &self,
        user_id: impl Into<String>,
        phone_number: impl Into<String>,
    ) -> CreatePhoneNumber {
        CreatePhoneNumber {
            client: self.client.clone(),
            body: types::CreatePhoneNumberBody {
                user_id: user_id.into(),
                phone_number: phone_number.into(),
                verified: None,
                primary: None,
                reserved_for_second_factor: None,
            },
        }
    }
    /// Retrieve a phone number
    ///
    /// Returns the details of a phone number
    ///
    /// Spec: `GET /phone_numbers/{phone_number_id}` (`GetPhoneNumber`)
    #[doc(alias = "GetPhoneNumber")]
    pub fn get(&self, phone_number_id: impl Into<String>) -> GetPhoneNumber {
        GetPhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
        }
    }
    /// Delete a phone number
    ///
    /// Delete the phone number with the given ID
    ///
    /// Spec: `DELETE /phone_numbers/{phone_number_id}` (`DeletePhoneNumber`)
    #[doc(alias = "DeletePhoneNumber")]
    pub fn delete(&self, phone_number_id: impl Into<String>) -> DeletePhoneNumber {
        DeletePhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
        }
    }
    /// Update a phone number
    ///
    /// Updates a phone number
    ///
    /// Spec: `PATCH /phone_numbers/{phone_number_id}` (`UpdatePhoneNumber`)
    #[doc(alias = "UpdatePhoneNumber")]
    pub fn update(&self, phone_number_id: impl Into<String>) -> UpdatePhoneNumber {
        UpdatePhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            body: types::UpdatePhoneNumberBody {
                verified: None,
                primary: None,
                reserved_for_second_factor: None,
            },
        }
    }
    /// Send a verification code to a phone number
    ///
    /// Sends a one-time code to the given phone number so that a backend can
    /// verify the user controls it (for example, in a custom, backend-driven
    /// sign-in flow). The code is tracked on its own verification; confirm it
    /// with attempt_verification.
    ///
    /// Spec: `POST /phone_numbers/{phone_number_id}/prepare_verification` (`PreparePhoneNumberVerification`)
    #[doc(alias = "PreparePhoneNumberVerification")]
    pub fn prepare_verification(
        &self,
        phone_number_id: impl Into<String>,
    ) -> PreparePhoneNumberVerification {
        PreparePhoneNumberVerification {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
        }
    }
    /// Verify a code sent to a phone number
    ///
    /// Checks a one-time code against the verification identified by
    /// verification_id, and returns the verification with its updated status
    /// (`verified`, `unverified`, `expired`, or `failed`) and attempt count, so a
    /// backend driving its own frontend can react on every attempt — an incorrect
    /// or expired code is reported through the status, not as an error. Resubmitting
    /// a verification whose code was already accepted is rejected with a
    /// `verification_already_verified` error. If the code
    /// is correct and the phone number is not already verified, it is also marked
    /// as verified as a side effect (just as it would be in a frontend verification
    /// flow); an already verified phone number is left unchanged. It never creates
    /// a session; to sign the user in afterwards, mint a sign-in token.
    ///
    /// Spec: `POST /phone_numbers/{phone_number_id}/attempt_verification` (`AttemptPhoneNumberVerification`)
    #[doc(alias = "AttemptPhoneNumberVerification")]
    pub fn attempt_verification(
        &self,
        phone_number_id: impl Into<String>,
        verification_id: impl Into<String>,
        code: impl Into<String>,
    ) -> AttemptPhoneNumberVerification {
        AttemptPhoneNumberVerification {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            body: types::AttemptPhoneNumberVerificationBody {
                verification_id: verification_id.into(),
                code: code.into(),
            },
        }
    }
    /// Replace a user's phone number
    ///
    /// Replaces all of the user's phone numbers with a single primary phone number.
    /// By default the new phone number is created verified, with the admin verification strategy.
    /// When `identification_status` is `reserved` it is created reserved instead: unverified but usable
    /// for sign-in and locked so no other user can claim it. When it is `unverified` the phone number is
    /// neither usable for sign-in nor locked. The new phone number is never reserved for
    /// second factor. Any existing phone numbers are deleted; replacing a phone number that is reserved
    /// for second factor disables the user's MFA.
    ///
    /// **Warning:** `identification_status: unverified` can lock the user out of their account. An
    /// unverified phone number cannot be used to sign in, so if the user has no other verified or
    /// reserved identifier, deleting their existing phone numbers leaves them unable to authenticate —
    /// and unable to verify the new number, since that requires signing in. Recovery then requires
    /// another admin API call.
    ///
    /// Spec: `PUT /users/{user_id}/phone_number` (`ReplaceUserPhoneNumber`)
    #[doc(alias = "ReplaceUserPhoneNumber")]
    pub fn replace_for_user(
        &self,
        user_id: impl Into<String>,
        phone_number: impl Into<String>,
    ) -> ReplaceUserPhoneNumber {
        ReplaceUserPhoneNumber {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::ReplaceUserPhoneNumberBody {
                phone_number: phone_number.into(),
                identification_status: None,
            },
        }
    }
}
/// Operations of the `proxyChecks` group; see [`Client::proxy_checks`].
#[cfg(feature = "proxy-checks")]
#[derive(Clone, Copy, Debug)]
pub struct ProxyChecksApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "proxy-checks")]
impl ProxyChecksApi<'_> {
    /// Verify the proxy configuration for your domain
    ///
    /// This endpoint can be used to validate that a proxy-enabled domain is operational.
    /// It tries to verify that the proxy URL provided in the parameters maps to a functional proxy that can reach the Clerk Frontend API.
    ///
    /// You can use this endpoint before you set a proxy URL for a domain. This way you can ensure that switching to proxy-based
    /// configuration will not lead to downtime for your instance.
    ///
    /// The `proxy_url` parameter allows for testing proxy configurations for domains that don't have a proxy URL yet, or operate on
    /// a different proxy URL than the one provided. It can also be used to re-validate a domain that is already configured to work with a proxy.
    ///
    /// Spec: `POST /proxy_checks` (`VerifyDomainProxy`)
    #[doc(alias = "VerifyDomainProxy")]
    pub fn verify(&self) -> VerifyDomainProxy {
        VerifyDomainProxy {
            client: self.client.clone(),
            body: types::VerifyDomainProxyBody {
                domain_id: None,
                proxy_url: None,
            },
        }
    }
}
/// Operations of the `redirectUrls` group; see [`Client::redirect_urls`].
#[cfg(feature = "redirect-urls")]
#[derive(Clone, Copy, Debug)]
pub struct RedirectUrlsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "redirect-urls")]
impl RedirectUrlsApi<'_> {
    /// List all redirect URLs
    ///
    /// Lists all whitelisted redirect_urls for the instance
    ///
    /// Spec: `GET /redirect_urls` (`ListRedirectURLs`)
    #[doc(alias = "ListRedirectURLs")]
    pub fn list(&self) -> ListRedirectUrLs {
        ListRedirectUrLs {
            client: self.client.clone(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a redirect URL
    ///
    /// Create a redirect URL
    ///
    /// Spec: `POST /redirect_urls` (`CreateRedirectURL`)
    #[doc(alias = "CreateRedirectURL")]
    pub fn create(&self, url: impl Into<String>) -> CreateRedirectUrl {
        CreateRedirectUrl {
            client: self.client.clone(),
            body: types::CreateRedirectUrlBody {
                url: url.into(),
            },
        }
    }
    /// Retrieve a redirect URL
    ///
    /// Retrieve the details of the redirect URL with the given ID
    ///
    /// Spec: `GET /redirect_urls/{id}` (`GetRedirectURL`)
    #[doc(alias = "GetRedirectURL")]
    pub fn get(&self, id: impl Into<String>) -> GetRedirectUrl {
        GetRedirectUrl {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Delete a redirect URL
    ///
    /// Remove the selected redirect URL from the whitelist of the instance
    ///
    /// Spec: `DELETE /redirect_urls/{id}` (`DeleteRedirectURL`)
    #[doc(alias = "DeleteRedirectURL")]
    pub fn delete(&self, id: impl Into<String>) -> DeleteRedirectUrl {
        DeleteRedirectUrl {
            client: self.client.clone(),
            id: id.into(),
        }
    }
}
/// Operations of the `roleSets` group; see [`Client::role_sets`].
#[cfg(feature = "role-sets")]
#[derive(Clone, Copy, Debug)]
pub struct RoleSetsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "role-sets")]
impl RoleSetsApi<'_> {
    /// Get a list of role sets
    ///
    /// Returns a list of role sets for the instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The role sets are ordered by descending creation date by default.
    ///
    /// Spec: `GET /role_sets` (`ListRoleSets`)
    #[doc(alias = "ListRoleSets")]
    pub fn list(&self) -> ListRoleSets {
        ListRoleSets {
            client: self.client.clone(),
            query: None,
            order_by: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a role set
    ///
    /// Creates a new role set with the given name and roles.
    /// The key must be unique for the instance and start with the 'role_set:' prefix, followed by lowercase alphanumeric characters and underscores only.
    /// You must provide at least one role and specify a default role key and creator role key.
    ///
    /// Spec: `POST /role_sets` (`CreateRoleSet`)
    #[doc(alias = "CreateRoleSet")]
    pub fn create(
        &self,
        name: impl Into<String>,
        default_role_key: impl Into<String>,
        creator_role_key: impl Into<String>,
        roles: impl Into<Vec<String>>,
    ) -> CreateRoleSet {
        CreateRoleSet {
            client: self.client.clone(),
            body: types::CreateRoleSetBody {
                name: name.into(),
                key: None,
                description: None,
                default_role_key: default_role_key.into(),
                creator_role_key: creator_role_key.into(),
                r#type: None,
                roles: roles.into(),
            },
        }
    }
    /// Retrieve a role set
    ///
    /// Retrieves an existing role set by its key or ID.
    ///
    /// Spec: `GET /role_sets/{role_set_key_or_id}` (`GetRoleSet`)
    #[doc(alias = "GetRoleSet")]
    pub fn get(&self, role_set_key_or_id: impl Into<String>) -> GetRoleSet {
        GetRoleSet {
            client: self.client.clone(),
            role_set_key_or_id: role_set_key_or_id.into(),
        }
    }
    /// Update a role set
    ///
    /// Updates an existing role set.
    /// You can update the name, key, description, type, default role, or creator role.
    /// All parameters are optional - you can update only the fields you want to change.
    ///
    /// Spec: `PATCH /role_sets/{role_set_key_or_id}` (`UpdateRoleSet`)
    #[doc(alias = "UpdateRoleSet")]
    pub fn update(&self, role_set_key_or_id: impl Into<String>) -> UpdateRoleSet {
        UpdateRoleSet {
            client: self.client.clone(),
            role_set_key_or_id: role_set_key_or_id.into(),
            body: types::UpdateRoleSetBody {
                name: None,
                key: None,
                description: None,
                r#type: None,
                default_role_key: None,
                creator_role_key: None,
            },
        }
    }
    /// Replace a role set
    ///
    /// Replaces a role set with another role set. This is functionally equivalent to deleting
    /// the role set but allows for atomic replacement with migration support.
    /// Organizations using this role set will be migrated to the destination role set.
    ///
    /// Spec: `POST /role_sets/{role_set_key_or_id}/replace` (`ReplaceRoleSet`)
    #[doc(alias = "ReplaceRoleSet")]
    pub fn replace(
        &self,
        role_set_key_or_id: impl Into<String>,
        dest_role_set_key: impl Into<String>,
    ) -> ReplaceRoleSet {
        ReplaceRoleSet {
            client: self.client.clone(),
            role_set_key_or_id: role_set_key_or_id.into(),
            body: types::ReplaceRoleSetBody {
                dest_role_set_key: dest_role_set_key.into(),
                reassignment_mappings: None,
            },
        }
    }
    /// Add roles to a role set
    ///
    /// Adds one or more roles to an existing role set.
    /// You can optionally update the default role or creator role when adding new roles.
    ///
    /// Spec: `POST /role_sets/{role_set_key_or_id}/roles` (`AddRolesToRoleSet`)
    #[doc(alias = "AddRolesToRoleSet")]
    pub fn add_roles(
        &self,
        role_set_key_or_id: impl Into<String>,
        role_keys: impl Into<Vec<String>>,
    ) -> AddRolesToRoleSet {
        AddRolesToRoleSet {
            client: self.client.clone(),
            role_set_key_or_id: role_set_key_or_id.into(),
            body: types::AddRolesToRoleSetBody {
                role_keys: role_keys.into(),
                default_role_key: None,
                creator_role_key: None,
            },
        }
    }
    /// Replace a role in a role set
    ///
    /// Replaces a role in a role set with another role. This atomically removes
    /// the source role and reassigns any members to the destination role.
    ///
    /// Spec: `POST /role_sets/{role_set_key_or_id}/roles/replace` (`ReplaceRoleInRoleSet`)
    #[doc(alias = "ReplaceRoleInRoleSet")]
    pub fn replace_role(
        &self,
        role_set_key_or_id: impl Into<String>,
        role_key: impl Into<String>,
        to_role_key: impl Into<String>,
    ) -> ReplaceRoleInRoleSet {
        ReplaceRoleInRoleSet {
            client: self.client.clone(),
            role_set_key_or_id: role_set_key_or_id.into(),
            body: types::ReplaceRoleInRoleSetBody {
                role_key: role_key.into(),
                to_role_key: to_role_key.into(),
            },
        }
    }
}
/// Operations of the `samlConnections` group; see [`Client::saml_connections`].
#[cfg(feature = "saml-connections")]
#[derive(Clone, Copy, Debug)]
pub struct SamlConnectionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "saml-connections")]
impl SamlConnectionsApi<'_> {
    /// Get a list of SAML Connections for an instance
    ///
    /// Returns the list of SAML Connections for an instance.
    /// Results can be paginated using the optional `limit` and `offset` query parameters.
    /// The SAML Connections are ordered by descending creation date and the most recent will be returned first.
    /// Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
    ///
    /// Spec: `GET /saml_connections` (`ListSAMLConnections`)
    #[doc(alias = "ListSAMLConnections")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list(&self) -> ListSamlConnections {
        ListSamlConnections {
            client: self.client.clone(),
            limit: None,
            offset: None,
            query: None,
            order_by: None,
            organization_id: None,
        }
    }
    /// Create a SAML Connection
    ///
    /// Create a new SAML Connection.
    /// Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
    ///
    /// Spec: `POST /saml_connections` (`CreateSAMLConnection`)
    #[doc(alias = "CreateSAMLConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn create(
        &self,
        name: impl Into<String>,
        provider: impl Into<types::CreateSamlConnectionBodyProvider>,
    ) -> CreateSamlConnection {
        CreateSamlConnection {
            client: self.client.clone(),
            body: types::CreateSamlConnectionBody {
                name: name.into(),
                domain: None,
                domains: None,
                provider: provider.into(),
                idp_entity_id: None,
                idp_sso_url: None,
                idp_certificate: None,
                idp_metadata_url: None,
                idp_metadata: None,
                organization_id: None,
                attribute_mapping: None,
                force_authn: None,
                login_hint: None,
            },
        }
    }
    /// Retrieve a SAML Connection by ID
    ///
    /// Fetches the SAML Connection whose ID matches the provided `saml_connection_id` in the path.
    /// Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
    ///
    /// Spec: `GET /saml_connections/{saml_connection_id}` (`GetSAMLConnection`)
    #[doc(alias = "GetSAMLConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn get(&self, saml_connection_id: impl Into<String>) -> GetSamlConnection {
        GetSamlConnection {
            client: self.client.clone(),
            saml_connection_id: saml_connection_id.into(),
        }
    }
    /// Delete a SAML Connection
    ///
    /// Deletes the SAML Connection whose ID matches the provided `id` in the path.
    /// Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
    ///
    /// Spec: `DELETE /saml_connections/{saml_connection_id}` (`DeleteSAMLConnection`)
    #[doc(alias = "DeleteSAMLConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn delete(&self, saml_connection_id: impl Into<String>) -> DeleteSamlConnection {
        DeleteSamlConnection {
            client: self.client.clone(),
            saml_connection_id: saml_connection_id.into(),
        }
    }
    /// Update a SAML Connection
    ///
    /// Updates the SAML Connection whose ID matches the provided `id` in the path.
    /// Deprecated: Use the Enterprise Connections API instead. This endpoint will be removed in future versions.
    ///
    /// Spec: `PATCH /saml_connections/{saml_connection_id}` (`UpdateSAMLConnection`)
    #[doc(alias = "UpdateSAMLConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn update(&self, saml_connection_id: impl Into<String>) -> UpdateSamlConnection {
        UpdateSamlConnection {
            client: self.client.clone(),
            saml_connection_id: saml_connection_id.into(),
            body: types::UpdateSamlConnectionBody {
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
            },
        }
    }
}
/// Operations of the `scimDirectories` group; see [`Client::scim_directories`].
#[cfg(feature = "scim-directories")]
#[derive(Clone, Copy, Debug)]
pub struct ScimDirectoriesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "scim-directories")]
impl ScimDirectoriesApi<'_> {
    /// List all directories
    ///
    /// Returns a list of all directories for the instance.
    ///
    /// Spec: `GET /scim_directories` (`ListSCIMDirectories`)
    #[doc(alias = "ListSCIMDirectories")]
    pub fn list(&self) -> ListScimDirectories {
        ListScimDirectories {
            client: self.client.clone(),
            limit: None,
            offset: None,
        }
    }
    /// Create a directory
    ///
    /// Create a new directory for the instance.
    ///
    /// Spec: `POST /scim_directories` (`CreateSCIMDirectory`)
    #[doc(alias = "CreateSCIMDirectory")]
    pub fn create(
        &self,
        enterprise_connection_id: impl Into<String>,
        provider: impl Into<String>,
    ) -> CreateScimDirectory {
        CreateScimDirectory {
            client: self.client.clone(),
            body: types::CreateScimDirectoryBody {
                enterprise_connection_id: enterprise_connection_id.into(),
                name: None,
                provider: provider.into(),
                group_role_mappings: None,
            },
        }
    }
    /// Retrieve a directory
    ///
    /// Returns the details of a directory.
    ///
    /// Spec: `GET /scim_directories/{scim_directory_id}` (`GetSCIMDirectory`)
    #[doc(alias = "GetSCIMDirectory")]
    pub fn get(&self, scim_directory_id: impl Into<String>) -> GetScimDirectory {
        GetScimDirectory {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
        }
    }
    /// Delete a directory
    ///
    /// Deletes a directory and stops provisioning for it. SCIM requests authenticated
    /// with the directory's API key are rejected afterwards.
    ///
    /// Spec: `DELETE /scim_directories/{scim_directory_id}` (`DeleteSCIMDirectory`)
    #[doc(alias = "DeleteSCIMDirectory")]
    pub fn delete(&self, scim_directory_id: impl Into<String>) -> DeleteScimDirectory {
        DeleteScimDirectory {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
        }
    }
    /// Update a directory
    ///
    /// Updates a directory.
    ///
    /// Spec: `PATCH /scim_directories/{scim_directory_id}` (`UpdateSCIMDirectory`)
    #[doc(alias = "UpdateSCIMDirectory")]
    pub fn update(&self, scim_directory_id: impl Into<String>) -> UpdateScimDirectory {
        UpdateScimDirectory {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
            body: types::UpdateScimDirectoryBody {
                name: None,
                enabled: None,
                provider: None,
                attribute_mapping: None,
                group_role_mapping_enabled: None,
            },
        }
    }
    /// Rotate a directory's API key
    ///
    /// Generates a new API key for the directory and returns it in the `api_key` field.
    /// This is the only way to obtain the key after creation, so make sure to update it in
    /// your identity provider. The previous key remains valid for a short grace period before
    /// it expires.
    ///
    /// Spec: `POST /scim_directories/{scim_directory_id}/rotate_api_key` (`RotateSCIMDirectoryAPIKey`)
    #[doc(alias = "RotateSCIMDirectoryAPIKey")]
    pub fn rotate_api_key(
        &self,
        scim_directory_id: impl Into<String>,
    ) -> RotateScimDirectoryApiKey {
        RotateScimDirectoryApiKey {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
        }
    }
    /// List SCIM group role mappings
    ///
    /// Returns the list of SCIM group to organization role mappings for a directory, ordered by precedence.
    ///
    /// Spec: `GET /scim_directories/{scim_directory_id}/group_role_mappings` (`ListSCIMGroupRoleMappings`)
    #[doc(alias = "ListSCIMGroupRoleMappings")]
    pub fn list_group_role_mappings(
        &self,
        scim_directory_id: impl Into<String>,
    ) -> ListScimGroupRoleMappings {
        ListScimGroupRoleMappings {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
        }
    }
    /// Replace SCIM group role mappings
    ///
    /// Replaces the entire set of SCIM group role mappings for a directory. The position of
    /// each item in the `mappings` array determines its precedence (the first item gets
    /// precedence 1). Passing an empty array removes all mappings. Group role mapping must be
    /// enabled on the directory.
    ///
    /// Spec: `PUT /scim_directories/{scim_directory_id}/group_role_mappings` (`ReplaceSCIMGroupRoleMappings`)
    #[doc(alias = "ReplaceSCIMGroupRoleMappings")]
    pub fn replace_group_role_mappings(
        &self,
        scim_directory_id: impl Into<String>,
        mappings: impl Into<Vec<types::ReplaceScimGroupRoleMappingsBodyMappingsItem>>,
    ) -> ReplaceScimGroupRoleMappings {
        ReplaceScimGroupRoleMappings {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
            body: types::ReplaceScimGroupRoleMappingsBody {
                mappings: mappings.into(),
            },
        }
    }
    /// Create a SCIM group role mapping
    ///
    /// Creates a new SCIM group to organization role mapping for a directory.
    /// Group role mapping must be enabled on the directory.
    ///
    /// Spec: `POST /scim_directories/{scim_directory_id}/group_role_mappings` (`CreateSCIMGroupRoleMapping`)
    #[doc(alias = "CreateSCIMGroupRoleMapping")]
    pub fn create_group_role_mapping(
        &self,
        scim_directory_id: impl Into<String>,
        scim_group_id: impl Into<String>,
        role_id: impl Into<String>,
    ) -> CreateScimGroupRoleMapping {
        CreateScimGroupRoleMapping {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
            body: types::CreateScimGroupRoleMappingBody {
                scim_group_id: scim_group_id.into(),
                role_id: role_id.into(),
                precedence: None,
            },
        }
    }
    /// Delete a SCIM group role mapping
    ///
    /// Deletes a single SCIM group role mapping. Group role mapping must be enabled on the
    /// directory.
    ///
    /// Spec: `DELETE /scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}` (`DeleteSCIMGroupRoleMapping`)
    #[doc(alias = "DeleteSCIMGroupRoleMapping")]
    pub fn delete_group_role_mapping(
        &self,
        scim_directory_id: impl Into<String>,
        mapping_id: impl Into<String>,
    ) -> DeleteScimGroupRoleMapping {
        DeleteScimGroupRoleMapping {
            client: self.client.clone(),
            scim_directory_id: scim_directory_id.into(),
            mapping_id: mapping_id.into(),
        }
    }
}
/// Operations of the `sessions` group; see [`Client::sessions`].
#[cfg(feature = "sessions")]
#[derive(Clone, Copy, Debug)]
pub struct SessionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sessions")]
impl SessionsApi<'_> {
    /// List all sessions
    ///
    /// Returns a list of sessions matching the provided criteria.
    /// The sessions are returned sorted by creation date, with the newest sessions appearing first.
    ///
    /// Note: This endpoint does not return all sessions that have ever existed. Old and inactive sessions are periodically cleaned up and will not be included in the results.
    ///
    /// **Deprecation Notice (2024-01-01):** All parameters were initially considered optional, however
    /// moving forward at least one of `client_id` or `user_id` parameters should be provided.
    ///
    /// Spec: `GET /sessions` (`GetSessionList`)
    #[doc(alias = "GetSessionList")]
    pub fn list(&self) -> GetSessionList {
        GetSessionList {
            client: self.client.clone(),
            client_id: None,
            user_id: None,
            status: None,
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Create a new active session
    ///
    /// Create a new active session for the provided user ID.
    ///
    /// **This operation is intended only for use in testing, and is not available for production instances.** If you are looking to generate a user session from the backend,
    /// we recommend using the [Sign-in Tokens](https://clerk.com/docs/reference/backend-api/tag/Sign-in-Tokens#operation/CreateSignInToken) resource instead.
    ///
    /// Spec: `POST /sessions` (`createSession`)
    #[doc(alias = "createSession")]
    pub fn create(&self, user_id: impl Into<String>) -> CreateSession {
        CreateSession {
            client: self.client.clone(),
            body: types::CreateSessionBody {
                user_id: user_id.into(),
                active_organization_id: None,
            },
        }
    }
    /// Retrieve a session
    ///
    /// Retrieve the details of a session
    ///
    /// Spec: `GET /sessions/{session_id}` (`GetSession`)
    #[doc(alias = "GetSession")]
    pub fn get(&self, session_id: impl Into<String>) -> GetSession {
        GetSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Refresh a session
    ///
    /// Refreshes a session by creating a new session token. A 401 is returned when there
    /// are validation errors, which signals the SDKs to fall back to the handshake flow.
    ///
    /// Spec: `POST /sessions/{session_id}/refresh` (`RefreshSession`)
    #[doc(alias = "RefreshSession")]
    pub fn refresh(
        &self,
        session_id: impl Into<String>,
        expired_token: impl Into<String>,
        refresh_token: impl Into<String>,
        request_origin: impl Into<String>,
    ) -> RefreshSession {
        RefreshSession {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::RefreshSessionBody {
                expired_token: expired_token.into(),
                refresh_token: refresh_token.into(),
                request_origin: request_origin.into(),
                request_headers: None,
                format: None,
                request_originating_ip: None,
            },
        }
    }
    /// Revoke a session
    ///
    /// Sets the status of a session as "revoked", which is an unauthenticated state.
    /// In multi-session mode, a revoked session will still be returned along with its client object, however the user will need to sign in again.
    ///
    /// Spec: `POST /sessions/{session_id}/revoke` (`RevokeSession`)
    #[doc(alias = "RevokeSession")]
    pub fn revoke(&self, session_id: impl Into<String>) -> RevokeSession {
        RevokeSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Create a session token
    ///
    /// Creates a session JSON Web Token (JWT) based on a session.
    ///
    /// Spec: `POST /sessions/{session_id}/tokens` (`CreateSessionToken`)
    #[doc(alias = "CreateSessionToken")]
    pub fn create_token(&self, session_id: impl Into<String>) -> CreateSessionToken {
        CreateSessionToken {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::CreateSessionTokenBody {
                expires_in_seconds: None,
            },
        }
    }
    /// Create a session token from a JWT template
    ///
    /// Creates a JSON Web Token (JWT) based on a session and a JWT Template name defined for your instance
    ///
    /// Spec: `POST /sessions/{session_id}/tokens/{template_name}` (`CreateSessionTokenFromTemplate`)
    #[doc(alias = "CreateSessionTokenFromTemplate")]
    pub fn create_token_from_template(
        &self,
        session_id: impl Into<String>,
        template_name: impl Into<String>,
    ) -> CreateSessionTokenFromTemplate {
        CreateSessionTokenFromTemplate {
            client: self.client.clone(),
            session_id: session_id.into(),
            template_name: template_name.into(),
            body: types::CreateSessionTokenFromTemplateBody {
                expires_in_seconds: None,
            },
        }
    }
}
/// Operations of the `signInTokens` group; see [`Client::sign_in_tokens`].
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone, Copy, Debug)]
pub struct SignInTokensApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sign-in-tokens")]
impl SignInTokensApi<'_> {
    /// Create sign-in token
    ///
    /// Creates a new sign-in token and associates it with the given user.
    /// By default, sign-in tokens expire in 30 days.
    /// You can optionally supply a different duration in seconds using the `expires_in_seconds` property.
    ///
    /// Spec: `POST /sign_in_tokens` (`CreateSignInToken`)
    #[doc(alias = "CreateSignInToken")]
    pub fn create(&self, user_id: impl Into<String>) -> CreateSignInToken {
        CreateSignInToken {
            client: self.client.clone(),
            body: types::CreateSignInTokenBody {
                user_id: user_id.into(),
                org_id: None,
                expires_in_seconds: None,
            },
        }
    }
    /// Revoke the given sign-in token
    ///
    /// Revokes a pending sign-in token
    ///
    /// Spec: `POST /sign_in_tokens/{sign_in_token_id}/revoke` (`RevokeSignInToken`)
    #[doc(alias = "RevokeSignInToken")]
    pub fn revoke(&self, sign_in_token_id: impl Into<String>) -> RevokeSignInToken {
        RevokeSignInToken {
            client: self.client.clone(),
            sign_in_token_id: sign_in_token_id.into(),
        }
    }
}
/// Operations of the `signUps` group; see [`Client::sign_ups`].
#[cfg(feature = "sign-ups")]
#[derive(Clone, Copy, Debug)]
pub struct SignUpsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sign-ups")]
impl SignUpsApi<'_> {
    /// Retrieve a sign-up by ID
    ///
    /// Retrieve the details of the sign-up with the given ID
    ///
    /// Spec: `GET /sign_ups/{id}` (`GetSignUp`)
    #[doc(alias = "GetSignUp")]
    pub fn get(&self, id: impl Into<String>) -> GetSignUp {
        GetSignUp {
            client: self.client.clone(),
            id: id.into(),
        }
    }
    /// Update a sign-up
    ///
    /// Update the sign-up with the given ID
    ///
    /// Spec: `PATCH /sign_ups/{id}` (`UpdateSignUp`)
    #[doc(alias = "UpdateSignUp")]
    pub fn update(&self, id: impl Into<String>) -> UpdateSignUp {
        UpdateSignUp {
            client: self.client.clone(),
            id: id.into(),
            body: types::UpdateSignUpBody {
                external_id: None,
                custom_action: None,
            },
        }
    }
}
/// Operations of the `templates` group; see [`Client::templates`].
#[cfg(feature = "templates")]
#[derive(Clone, Copy, Debug)]
pub struct TemplatesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "templates")]
impl TemplatesApi<'_> {
    /// Preview changes to a template
    ///
    /// Returns a preview of a template for a given template_type, slug and body
    ///
    /// Spec: `POST /templates/{template_type}/{slug}/preview` (`PreviewTemplate`)
    #[doc(alias = "PreviewTemplate")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn preview(
        &self,
        template_type: impl Into<String>,
        slug: impl Into<String>,
    ) -> PreviewTemplate {
        PreviewTemplate {
            client: self.client.clone(),
            template_type: template_type.into(),
            slug: slug.into(),
            body: types::PreviewTemplateBody {
                subject: None,
                body: None,
                from_email_name: None,
                reply_to_email_name: None,
            },
        }
    }
}
/// Operations of the `testingTokens` group; see [`Client::testing_tokens`].
#[cfg(feature = "testing-tokens")]
#[derive(Clone, Copy, Debug)]
pub struct TestingTokensApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "testing-tokens")]
impl TestingTokensApi<'_> {
    /// Retrieve a new testing token
    ///
    /// Retrieve a new testing token.
    ///
    /// Spec: `POST /testing_tokens` (`CreateTestingToken`)
    #[doc(alias = "CreateTestingToken")]
    pub fn create(&self) -> CreateTestingToken {
        CreateTestingToken {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `users` group; see [`Client::users`].
#[cfg(feature = "users")]
#[derive(Clone, Copy, Debug)]
pub struct UsersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "users")]
impl UsersApi<'_> {
    /// List all users
    ///
    /// Returns a list of all users.
    /// The users are returned sorted by creation date, with the newest users appearing first.
    ///
    /// To walk more than a few pages, paginate with `starting_after` rather than `offset`.
    /// A cursor page costs the same no matter how far into the list it sits, while a large `offset`
    /// has to walk and discard every row before it, so it gets progressively slower and eventually
    /// times out. Cursor pagination requires the `created_at` ordering, which is the default.
    ///
    /// Spec: `GET /users` (`GetUserList`)
    #[doc(alias = "GetUserList")]
    pub fn list(&self) -> GetUserList {
        GetUserList {
            client: self.client.clone(),
            email_address: None,
            phone_number: None,
            external_id: None,
            username: None,
            web3_wallet: None,
            user_id: None,
            organization_id: None,
            query: None,
            email_address_query: None,
            phone_number_query: None,
            username_query: None,
            name_query: None,
            banned: None,
            last_active_at_before: None,
            last_active_at_after: None,
            last_active_at_since: None,
            created_at_before: None,
            created_at_after: None,
            last_sign_in_at_before: None,
            last_sign_in_at_after: None,
            provider: None,
            provider_user_id: None,
            limit: None,
            offset: None,
            starting_after: None,
            order_by: None,
        }
    }
    /// Create a new user
    ///
    /// Creates a new user. Your user management settings determine how you should setup your user model.
    ///
    /// By default, any email address and phone number created using this method is marked as verified. Use the `email_address_identification_status` and `phone_number_identification_status` arrays to instead create some or all of them as reserved (unverified but usable for sign-in and locked so no other user can claim them).
    ///
    /// Note: If you are performing a migration, check out our guide on [zero downtime migrations](https://clerk.com/docs/deployments/migrate-overview).
    ///
    /// The following rate limit rules apply to this endpoint: 1000 requests per 10 seconds for production instances and 100 requests per 10 seconds for development instances
    ///
    /// Spec: `POST /users` (`CreateUser`)
    #[doc(alias = "CreateUser")]
    pub fn create(&self) -> CreateUser {
        CreateUser {
            client: self.client.clone(),
            body: types::CreateUserBody {
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
            },
        }
    }
    /// Count users
    ///
    /// Returns a total count of all users that match the given filtering criteria.
    ///
    /// Spec: `GET /users/count` (`GetUsersCount`)
    #[doc(alias = "GetUsersCount")]
    pub fn count(&self) -> GetUsersCount {
        GetUsersCount {
            client: self.client.clone(),
            email_address: None,
            phone_number: None,
            external_id: None,
            username: None,
            web3_wallet: None,
            user_id: None,
            organization_id: None,
            query: None,
            email_address_query: None,
            phone_number_query: None,
            username_query: None,
            name_query: None,
            banned: None,
            last_active_at_before: None,
            last_active_at_after: None,
            last_active_at_since: None,
            created_at_before: None,
            created_at_after: None,
            last_sign_in_at_before: None,
            last_sign_in_at_after: None,
            provider: None,
            provider_user_id: None,
        }
    }
    /// Retrieve a user
    ///
    /// Retrieve the details of a user
    ///
    /// Spec: `GET /users/{user_id}` (`GetUser`)
    #[doc(alias = "GetUser")]
    pub fn get(&self, user_id: impl Into<String>) -> GetUser {
        GetUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Delete a user
    ///
    /// Delete the specified user
    ///
    /// Spec: `DELETE /users/{user_id}` (`DeleteUser`)
    #[doc(alias = "DeleteUser")]
    pub fn delete(&self, user_id: impl Into<String>) -> DeleteUser {
        DeleteUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Update a user
    ///
    /// Update a user's attributes.
    ///
    /// You can set the user's primary contact identifiers (email address and phone numbers) by updating the `primary_email_address_id` and `primary_phone_number_id` attributes respectively.
    /// Both IDs should correspond to verified identifications that belong to the user.
    ///
    /// You can remove a user's username by setting the username attribute to null or the blank string "".
    ///
    /// As of API version 2026-05-12, this endpoint no longer accepts `public_metadata`, `private_metadata`, or `unsafe_metadata`.
    /// Use `PATCH /v1/users/{user_id}/metadata` to merge updates into existing metadata, or `PUT /v1/users/{user_id}/metadata` to replace a metadata field entirely.
    ///
    /// Spec: `PATCH /users/{user_id}` (`UpdateUser`)
    #[doc(alias = "UpdateUser")]
    pub fn update(&self, user_id: impl Into<String>) -> UpdateUser {
        UpdateUser {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::UpdateUserBody {
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
            },
        }
    }
    /// Ban a user
    ///
    /// Marks the given user as banned, which means that all their sessions are revoked and they are not allowed to sign in again.
    ///
    /// Spec: `POST /users/{user_id}/ban` (`BanUser`)
    #[doc(alias = "BanUser")]
    pub fn ban(&self, user_id: impl Into<String>) -> BanUser {
        BanUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Unban a user
    ///
    /// Removes the ban mark from the given user.
    ///
    /// Spec: `POST /users/{user_id}/unban` (`UnbanUser`)
    #[doc(alias = "UnbanUser")]
    pub fn unban(&self, user_id: impl Into<String>) -> UnbanUser {
        UnbanUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Ban multiple users
    ///
    /// Marks multiple users as banned, which means that all their sessions are revoked and they are not allowed to sign in again.
    ///
    /// Spec: `POST /users/ban` (`UsersBan`)
    #[doc(alias = "UsersBan")]
    pub fn bulk_ban(&self, user_ids: impl Into<Vec<String>>) -> UsersBan {
        UsersBan {
            client: self.client.clone(),
            body: types::UsersBanBody {
                user_ids: user_ids.into(),
            },
        }
    }
    /// Unban multiple users
    ///
    /// Removes the ban mark from multiple users.
    ///
    /// Spec: `POST /users/unban` (`UsersUnban`)
    #[doc(alias = "UsersUnban")]
    pub fn bulk_unban(&self, user_ids: impl Into<Vec<String>>) -> UsersUnban {
        UsersUnban {
            client: self.client.clone(),
            body: types::UsersUnbanBody {
                user_ids: user_ids.into(),
            },
        }
    }
    /// Lock a user
    ///
    /// Marks the given user as locked, which means they are not allowed to sign in again until the lock expires.
    /// Lock duration can be configured in the instance's restrictions settings.
    ///
    /// Spec: `POST /users/{user_id}/lock` (`LockUser`)
    #[doc(alias = "LockUser")]
    pub fn lock(&self, user_id: impl Into<String>) -> LockUser {
        LockUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Unlock a user
    ///
    /// Removes the lock from the given user.
    ///
    /// Spec: `POST /users/{user_id}/unlock` (`UnlockUser`)
    #[doc(alias = "UnlockUser")]
    pub fn unlock(&self, user_id: impl Into<String>) -> UnlockUser {
        UnlockUser {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Set user profile image
    ///
    /// Update a user's profile image
    ///
    /// Spec: `POST /users/{user_id}/profile_image` (`SetUserProfileImage`)
    #[doc(alias = "SetUserProfileImage")]
    pub fn set_profile_image(&self, user_id: impl Into<String>) -> SetUserProfileImage {
        SetUserProfileImage {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::SetUserProfileImageBody {
                file: None,
            },
        }
    }
    /// Delete user profile image
    ///
    /// Delete a user's profile image
    ///
    /// Spec: `DELETE /users/{user_id}/profile_image` (`DeleteUserProfileImage`)
    #[doc(alias = "DeleteUserProfileImage")]
    pub fn delete_profile_image(
        &self,
        user_id: impl Into<String>,
    ) -> DeleteUserProfileImage {
        DeleteUserProfileImage {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Replace a user's metadata
    ///
    /// Replace a user's metadata attributes with the provided values.
    ///
    /// Unlike `PATCH /v1/users/{user_id}/metadata` (merge semantics), this endpoint
    /// replaces the supplied metadata fields entirely — the prior contents of each
    /// supplied field are discarded. Fields omitted from the request body are
    /// left unchanged.
    ///
    /// Prefer the `PATCH` endpoint for partial updates. Use `PUT` only when you
    /// explicitly intend to overwrite a metadata field wholesale.
    ///
    /// Spec: `PUT /users/{user_id}/metadata` (`ReplaceUserMetadata`)
    #[doc(alias = "ReplaceUserMetadata")]
    pub fn replace_metadata(&self, user_id: impl Into<String>) -> ReplaceUserMetadata {
        ReplaceUserMetadata {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::ReplaceUserMetadataBody {
                public_metadata: None,
                private_metadata: None,
                unsafe_metadata: None,
            },
        }
    }
    /// Merge and update a user's metadata
    ///
    /// Update a user's metadata attributes by merging existing values with the provided parameters.
    ///
    /// This endpoint behaves differently than the *Update a user* endpoint.
    /// Metadata values will not be replaced entirely.
    /// Instead, a deep merge will be performed.
    /// Deep means that any nested JSON objects will be merged as well.
    ///
    /// You can remove metadata keys at any level by setting their value to `null`.
    ///
    /// Spec: `PATCH /users/{user_id}/metadata` (`UpdateUserMetadata`)
    #[doc(alias = "UpdateUserMetadata")]
    pub fn update_metadata(&self, user_id: impl Into<String>) -> UpdateUserMetadata {
        UpdateUserMetadata {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::UpdateUserMetadataBody {
                public_metadata: None,
                private_metadata: None,
                unsafe_metadata: None,
            },
        }
    }
    /// Retrieve a user's billing subscription
    ///
    /// Retrieves the billing subscription for the specified user.
    /// This includes subscription details, active plans, billing information, and payment status.
    /// The subscription contains subscription items which represent the individual plans the user is subscribed to.
    ///
    /// Spec: `GET /users/{user_id}/billing/subscription` (`GetUserBillingSubscription`)
    #[doc(alias = "GetUserBillingSubscription")]
    pub fn get_billing_subscription(
        &self,
        user_id: impl Into<String>,
    ) -> GetUserBillingSubscription {
        GetUserBillingSubscription {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Retrieve a user's credit balance
    ///
    /// Retrieves the current credit balance for the specified user.
    /// Credits can be applied during checkout to reduce the charge or automatically applied to upcoming recurring charges
    ///
    /// Spec: `GET /users/{user_id}/billing/credits` (`GetUserBillingCreditBalance`)
    #[doc(alias = "GetUserBillingCreditBalance")]
    pub fn get_billing_credit_balance(
        &self,
        user_id: impl Into<String>,
    ) -> GetUserBillingCreditBalance {
        GetUserBillingCreditBalance {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Adjust a user's credit balance
    ///
    /// Increases or decreases the credit balance for the specified user.
    /// Each adjustment is recorded as a ledger entry. The idempotency_key parameter
    /// ensures that duplicate requests are safely handled.
    ///
    /// Spec: `POST /users/{user_id}/billing/credits` (`AdjustUserBillingCreditBalance`)
    #[doc(alias = "AdjustUserBillingCreditBalance")]
    pub fn adjust_billing_credit_balance(
        &self,
        user_id: impl Into<String>,
        amount: impl Into<i64>,
        action: impl Into<types::AdjustCreditBalanceRequestAction>,
        idempotency_key: impl Into<String>,
    ) -> AdjustUserBillingCreditBalance {
        AdjustUserBillingCreditBalance {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::AdjustCreditBalanceRequest {
                amount: amount.into(),
                action: action.into(),
                currency: None,
                idempotency_key: idempotency_key.into(),
                note: None,
            },
        }
    }
    /// Retrieve the OAuth access token of a user
    ///
    /// Fetch the corresponding OAuth access token for a user that has previously authenticated with a particular OAuth provider.
    /// For OAuth 2.0, if the access token has expired and we have a corresponding refresh token, the access token will be refreshed transparently the new one will be returned.
    ///
    /// Spec: `GET /users/{user_id}/oauth_access_tokens/{provider}` (`GetOAuthAccessToken`)
    #[doc(alias = "GetOAuthAccessToken")]
    pub fn get_o_auth_access_token(
        &self,
        user_id: impl Into<String>,
        provider: impl Into<String>,
    ) -> GetOAuthAccessToken {
        GetOAuthAccessToken {
            client: self.client.clone(),
            user_id: user_id.into(),
            provider: provider.into(),
            paginated: None,
            limit: None,
            offset: None,
        }
    }
    /// Retrieve all memberships for a user
    ///
    /// Retrieve a paginated list of the user's organization memberships
    ///
    /// Spec: `GET /users/{user_id}/organization_memberships` (`UsersGetOrganizationMemberships`)
    #[doc(alias = "UsersGetOrganizationMemberships")]
    pub fn get_organization_memberships(
        &self,
        user_id: impl Into<String>,
    ) -> UsersGetOrganizationMemberships {
        UsersGetOrganizationMemberships {
            client: self.client.clone(),
            user_id: user_id.into(),
            limit: None,
            offset: None,
        }
    }
    /// Retrieve all invitations for a user
    ///
    /// Retrieve a paginated list of the user's organization invitations
    ///
    /// Spec: `GET /users/{user_id}/organization_invitations` (`UsersGetOrganizationInvitations`)
    #[doc(alias = "UsersGetOrganizationInvitations")]
    pub fn get_organization_invitations(
        &self,
        user_id: impl Into<String>,
    ) -> UsersGetOrganizationInvitations {
        UsersGetOrganizationInvitations {
            client: self.client.clone(),
            user_id: user_id.into(),
            limit: None,
            offset: None,
            status: None,
        }
    }
    /// Remove a user's password
    ///
    /// Removes the password credential from the given user. This is a privileged operation and does not require the user's current password. Password removal is allowed even when the user has no other sign-in method configured.
    ///
    /// If the user does not have a password, the user is returned unchanged and no password-deletion or user-update event is emitted. By default, existing sessions remain active. Set `sign_out_of_other_sessions` to `true` to revoke sessions active when the request is processed.
    ///
    /// Spec: `POST /users/{user_id}/remove_password` (`RemoveUserPassword`)
    #[doc(alias = "RemoveUserPassword")]
    pub fn remove_password(&self, user_id: impl Into<String>) -> RemoveUserPassword {
        RemoveUserPassword {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::RemoveUserPasswordBody {
                sign_out_of_other_sessions: None,
            },
        }
    }
    /// Verify the password of a user
    ///
    /// Check that the user's password matches the supplied input.
    /// Useful for custom auth flows and re-verification.
    ///
    /// Spec: `POST /users/{user_id}/verify_password` (`VerifyPassword`)
    #[doc(alias = "VerifyPassword")]
    pub fn verify_password(
        &self,
        user_id: impl Into<String>,
        password: impl Into<String>,
    ) -> VerifyPassword {
        VerifyPassword {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::VerifyPasswordBody {
                password: password.into(),
            },
        }
    }
    /// Verify a TOTP or backup code for a user
    ///
    /// Verify that the provided TOTP or backup code is valid for the user.
    /// Verifying a backup code will result it in being consumed (i.e. it will
    /// become invalid).
    /// Useful for custom auth flows and re-verification.
    ///
    /// Spec: `POST /users/{user_id}/verify_totp` (`VerifyTOTP`)
    #[doc(alias = "VerifyTOTP")]
    pub fn verify_totp(
        &self,
        user_id: impl Into<String>,
        code: impl Into<String>,
    ) -> VerifyTotp {
        VerifyTotp {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::VerifyTotpBody {
                code: code.into(),
            },
        }
    }
    /// Disable a user's MFA methods
    ///
    /// Disable all of a user's MFA methods (e.g. OTP sent via SMS, TOTP on their authenticator app) at once.
    ///
    /// Spec: `DELETE /users/{user_id}/mfa` (`DisableMFA`)
    #[doc(alias = "DisableMFA")]
    pub fn disable_mfa(&self, user_id: impl Into<String>) -> DisableMfa {
        DisableMfa {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Disable all user's Backup codes
    ///
    /// Disable all of a user's backup codes.
    ///
    /// Spec: `DELETE /users/{user_id}/backup_code` (`DeleteBackupCode`)
    #[doc(alias = "DeleteBackupCode")]
    pub fn delete_backup_codes(&self, user_id: impl Into<String>) -> DeleteBackupCode {
        DeleteBackupCode {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Delete a user passkey
    ///
    /// Delete the passkey identification for a given user and notify them through email.
    ///
    /// Spec: `DELETE /users/{user_id}/passkeys/{passkey_identification_id}` (`UserPasskeyDelete`)
    #[doc(alias = "UserPasskeyDelete")]
    pub fn delete_passkey(
        &self,
        user_id: impl Into<String>,
        passkey_identification_id: impl Into<String>,
    ) -> UserPasskeyDelete {
        UserPasskeyDelete {
            client: self.client.clone(),
            user_id: user_id.into(),
            passkey_identification_id: passkey_identification_id.into(),
        }
    }
    /// List a user's trusted devices
    ///
    /// Returns the active trusted devices enrolled by the user.
    ///
    /// Spec: `GET /users/{user_id}/trusted_devices` (`ListUserTrustedDevices`)
    #[doc(alias = "ListUserTrustedDevices")]
    pub fn list_trusted_devices(
        &self,
        user_id: impl Into<String>,
    ) -> ListUserTrustedDevices {
        ListUserTrustedDevices {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Revoke a user's trusted device
    ///
    /// Revokes an active trusted device enrolled by the user.
    ///
    /// Spec: `DELETE /users/{user_id}/trusted_devices/{trusted_device_id}` (`RevokeUserTrustedDevice`)
    #[doc(alias = "RevokeUserTrustedDevice")]
    pub fn revoke_trusted_device(
        &self,
        user_id: impl Into<String>,
        trusted_device_id: impl Into<String>,
    ) -> RevokeUserTrustedDevice {
        RevokeUserTrustedDevice {
            client: self.client.clone(),
            user_id: user_id.into(),
            trusted_device_id: trusted_device_id.into(),
        }
    }
    /// Delete a user web3 wallet
    ///
    /// Delete the web3 wallet identification for a given user.
    ///
    /// Spec: `DELETE /users/{user_id}/web3_wallets/{web3_wallet_identification_id}` (`UserWeb3WalletDelete`)
    #[doc(alias = "UserWeb3WalletDelete")]
    pub fn delete_web3_wallet(
        &self,
        user_id: impl Into<String>,
        web3_wallet_identification_id: impl Into<String>,
    ) -> UserWeb3WalletDelete {
        UserWeb3WalletDelete {
            client: self.client.clone(),
            user_id: user_id.into(),
            web3_wallet_identification_id: web3_wallet_identification_id.into(),
        }
    }
    /// Delete all the user's TOTPs
    ///
    /// Deletes all of the user's TOTPs.
    ///
    /// Spec: `DELETE /users/{user_id}/totp` (`DeleteTOTP`)
    #[doc(alias = "DeleteTOTP")]
    pub fn delete_totp(&self, user_id: impl Into<String>) -> DeleteTotp {
        DeleteTotp {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Delete External Account
    ///
    /// Delete an external account by ID.
    ///
    /// Spec: `DELETE /users/{user_id}/external_accounts/{external_account_id}` (`DeleteExternalAccount`)
    #[doc(alias = "DeleteExternalAccount")]
    pub fn delete_external_account(
        &self,
        user_id: impl Into<String>,
        external_account_id: impl Into<String>,
    ) -> DeleteExternalAccount {
        DeleteExternalAccount {
            client: self.client.clone(),
            user_id: user_id.into(),
            external_account_id: external_account_id.into(),
        }
    }
    /// Set a user's password as compromised
    ///
    /// Sets the given user's password as compromised. The user will be prompted to reset their password on their next sign-in.
    ///
    /// Spec: `POST /users/{user_id}/password/set_compromised` (`SetUserPasswordCompromised`)
    #[doc(alias = "SetUserPasswordCompromised")]
    pub fn set_password_compromised(
        &self,
        user_id: impl Into<String>,
    ) -> SetUserPasswordCompromised {
        SetUserPasswordCompromised {
            client: self.client.clone(),
            user_id: user_id.into(),
            body: types::SetUserPasswordCompromisedBody {
                revoke_all_sessions: None,
            },
        }
    }
    /// Unset a user's password as compromised
    ///
    /// Sets the given user's password as no longer compromised. The user will no longer be prompted to reset their password on their next sign-in.
    ///
    /// If the user is in reserved-email password quarantine, the quarantine is preserved and the returned user will still have `requires_password_reset` set to `true`. Reserved-email password quarantine can only be cleared by completing a password reset or changing/removing the password.
    ///
    /// Spec: `POST /users/{user_id}/password/unset_compromised` (`UnsetUserPasswordCompromised`)
    #[doc(alias = "UnsetUserPasswordCompromised")]
    pub fn unset_password_compromised(
        &self,
        user_id: impl Into<String>,
    ) -> UnsetUserPasswordCompromised {
        UnsetUserPasswordCompromised {
            client: self.client.clone(),
            user_id: user_id.into(),
        }
    }
    /// Get a list of all organization memberships within an instance.
    ///
    /// Retrieves all organization user memberships for the given instance.
    ///
    /// Spec: `GET /organization_memberships` (`InstanceGetOrganizationMemberships`)
    #[doc(alias = "InstanceGetOrganizationMemberships")]
    pub fn get_instance_organization_memberships(
        &self,
    ) -> InstanceGetOrganizationMemberships {
        InstanceGetOrganizationMemberships {
            client: self.client.clone(),
            order_by: None,
            limit: None,
            offset: None,
        }
    }
}
/// Operations of the `waitlistEntries` group; see [`Client::waitlist_entries`].
#[cfg(feature = "waitlist-entries")]
#[derive(Clone, Copy, Debug)]
pub struct WaitlistEntriesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "waitlist-entries")]
impl WaitlistEntriesApi<'_> {
    /// List all waitlist entries
    ///
    /// Retrieve a list of waitlist entries for the instance.
    /// Entries are ordered by creation date in descending order by default.
    /// Supports filtering by email address or status and pagination with limit and offset parameters.
    ///
    /// Spec: `GET /waitlist_entries` (`ListWaitlistEntries`)
    #[doc(alias = "ListWaitlistEntries")]
    pub fn list(&self) -> ListWaitlistEntries {
        ListWaitlistEntries {
            client: self.client.clone(),
            limit: None,
            offset: None,
            query: None,
            status: None,
            order_by: None,
        }
    }
    /// Create a waitlist entry
    ///
    /// Creates a new waitlist entry for the given email address.
    /// If the email address is already on the waitlist, no new entry will be created and the existing waitlist entry will be returned.
    ///
    /// Spec: `POST /waitlist_entries` (`CreateWaitlistEntry`)
    #[doc(alias = "CreateWaitlistEntry")]
    pub fn create(&self, email_address: impl Into<String>) -> CreateWaitlistEntry {
        CreateWaitlistEntry {
            client: self.client.clone(),
            body: types::CreateWaitlistEntryBody {
                email_address: email_address.into(),
                notify: None,
            },
        }
    }
    /// Create multiple waitlist entries
    ///
    /// Creates multiple waitlist entries for the provided email addresses.
    /// You can choose whether to send confirmation emails by setting the `notify` parameter to `true` or `false` for each entry.
    /// If the `notify` parameter is omitted, it defaults to `true`.
    ///
    /// If an email address is already on the waitlist, no new entry will be created and the existing waitlist entry will be returned.
    /// Duplicate email addresses within the same request are not allowed.
    ///
    /// This endpoint is limited to a maximum of 50 entries per API call. If you need to add more entries, please make multiple requests.
    ///
    /// Spec: `POST /waitlist_entries/bulk` (`CreateBulkWaitlistEntries`)
    #[doc(alias = "CreateBulkWaitlistEntries")]
    pub fn bulk_create(
        &self,
        body: impl Into<Vec<types::CreateBulkWaitlistEntriesBodyItem>>,
    ) -> CreateBulkWaitlistEntries {
        CreateBulkWaitlistEntries {
            client: self.client.clone(),
            body: body.into(),
        }
    }
    /// Delete a pending waitlist entry
    ///
    /// Delete a pending waitlist entry.
    ///
    /// Spec: `DELETE /waitlist_entries/{waitlist_entry_id}` (`DeleteWaitlistEntry`)
    #[doc(alias = "DeleteWaitlistEntry")]
    pub fn delete(&self, waitlist_entry_id: impl Into<String>) -> DeleteWaitlistEntry {
        DeleteWaitlistEntry {
            client: self.client.clone(),
            waitlist_entry_id: waitlist_entry_id.into(),
        }
    }
    /// Invite a waitlist entry
    ///
    /// Send an invite to the email address in a waitlist entry.
    ///
    /// Spec: `POST /waitlist_entries/{waitlist_entry_id}/invite` (`InviteWaitlistEntry`)
    #[doc(alias = "InviteWaitlistEntry")]
    pub fn invite(&self, waitlist_entry_id: impl Into<String>) -> InviteWaitlistEntry {
        InviteWaitlistEntry {
            client: self.client.clone(),
            waitlist_entry_id: waitlist_entry_id.into(),
            body: types::InviteWaitlistEntryBody {
                ignore_existing: None,
            },
        }
    }
    /// Reject a waitlist entry
    ///
    /// Reject a waitlist entry.
    ///
    /// Spec: `POST /waitlist_entries/{waitlist_entry_id}/reject` (`RejectWaitlistEntry`)
    #[doc(alias = "RejectWaitlistEntry")]
    pub fn reject(&self, waitlist_entry_id: impl Into<String>) -> RejectWaitlistEntry {
        RejectWaitlistEntry {
            client: self.client.clone(),
            waitlist_entry_id: waitlist_entry_id.into(),
        }
    }
}
/// Operations of the `webhooks` group; see [`Client::webhooks`].
#[cfg(feature = "webhooks")]
#[derive(Clone, Copy, Debug)]
pub struct WebhooksApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "webhooks")]
impl WebhooksApi<'_> {
    /// Create a Svix app
    ///
    /// Create a Svix app and associate it with the current instance
    ///
    /// Spec: `POST /webhooks/svix` (`CreateSvixApp`)
    #[doc(alias = "CreateSvixApp")]
    pub fn create_svix_app(&self) -> CreateSvixApp {
        CreateSvixApp {
            client: self.client.clone(),
        }
    }
    /// Delete a Svix app
    ///
    /// Delete a Svix app and disassociate it from the current instance
    ///
    /// Spec: `DELETE /webhooks/svix` (`DeleteSvixApp`)
    #[doc(alias = "DeleteSvixApp")]
    pub fn delete_svix_app(&self) -> DeleteSvixApp {
        DeleteSvixApp {
            client: self.client.clone(),
        }
    }
    /// Create a Svix Dashboard URL
    ///
    /// Generate a new URL for accessing the Svix's management dashboard for that particular instance
    ///
    /// Spec: `POST /webhooks/svix_url` (`GenerateSvixAuthURL`)
    #[doc(alias = "GenerateSvixAuthURL")]
    pub fn generate_svix_auth_url(&self) -> GenerateSvixAuthUrl {
        GenerateSvixAuthUrl {
            client: self.client.clone(),
        }
    }
}
/// Request builder for [`ActorTokensApi::create`] (`CreateActorToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "actor-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateActorToken {
    client: Client,
    body: types::CreateActorTokenBody,
}
#[cfg(feature = "actor-tokens")]
impl std::fmt::Debug for CreateActorToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateActorToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "actor-tokens")]
impl CreateActorToken {
    /// Optional parameter to specify the life duration of the actor token in seconds.
    /// By default, the duration is 1 hour.
    ///
    /// Default: `3600`.
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_seconds = Some(value.into());
        self
    }
    /// The maximum duration that the session which will be created by the generated actor token should last.
    /// By default, the duration of a session created via an actor token, lasts 30 minutes.
    ///
    /// Default: `1800`.
    pub fn session_max_duration_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.session_max_duration_in_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateActorToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/actor_tokens",
                "/actor_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ActorToken, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ActorToken>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ActorTokensApi::revoke`] (`RevokeActorToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "actor-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeActorToken {
    client: Client,
    actor_token_id: String,
}
#[cfg(feature = "actor-tokens")]
impl std::fmt::Debug for RevokeActorToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeActorToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "actor-tokens")]
impl RevokeActorToken {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeActorToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/actor_tokens/{actor_token_id}/revoke",
                format!(
                    "/actor_tokens/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .actor_token_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ActorToken, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ActorToken>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AdminPortalLinkTokensApi::create`] (`createAdminPortalLinkToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAdminPortalLinkToken {
    client: Client,
    body: types::CreateAdminPortalLinkTokenBody,
}
#[cfg(feature = "admin-portal-link-tokens")]
impl std::fmt::Debug for CreateAdminPortalLinkToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAdminPortalLinkToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl CreateAdminPortalLinkToken {
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    pub fn it_contact_id(mut self, value: impl Into<String>) -> Self {
        self.body.it_contact_id = Some(value.into());
        self
    }
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.scopes = Some(value.into());
        self
    }
    /// Default: `3600`. Minimum: `0` (exclusive). Maximum: `86400`.
    pub fn seconds_until_expiration(mut self, value: impl Into<i64>) -> Self {
        self.body.seconds_until_expiration = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createAdminPortalLinkToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/admin_portal_link_tokens",
                "/admin_portal_link_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[201]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateAdminPortalLinkTokenResponse,
        sdkgen_runtime::Error<types::CreateAdminPortalLinkTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateAdminPortalLinkTokenResponse>,
        sdkgen_runtime::Error<types::CreateAdminPortalLinkTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AdminPortalLinkTokensApi::revoke`] (`revokeAdminPortalLinkToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "admin-portal-link-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeAdminPortalLinkToken {
    client: Client,
    admin_portal_link_token_id: String,
    body: types::RevokeAdminPortalLinkTokenBody,
}
#[cfg(feature = "admin-portal-link-tokens")]
impl std::fmt::Debug for RevokeAdminPortalLinkToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeAdminPortalLinkToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "admin-portal-link-tokens")]
impl RevokeAdminPortalLinkToken {
    pub fn revocation_reason(mut self, value: impl Into<String>) -> Self {
        self.body.revocation_reason = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "revokeAdminPortalLinkToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke",
                format!(
                    "/admin_portal_link_tokens/{}/revoke",
                    sdkgen_runtime::encode_path_segment(& self.admin_portal_link_token_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::RevokeAdminPortalLinkTokenResponse,
        sdkgen_runtime::Error<types::RevokeAdminPortalLinkTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RevokeAdminPortalLinkTokenResponse>,
        sdkgen_runtime::Error<types::RevokeAdminPortalLinkTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AgentTasksApi::create`] (`CreateAgentTask`): set optional inputs, then `.send().await`.
#[cfg(feature = "agent-tasks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAgentTask {
    client: Client,
    body: types::CreateAgentTaskBody,
}
#[cfg(feature = "agent-tasks")]
impl std::fmt::Debug for CreateAgentTask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAgentTask").finish_non_exhaustive()
    }
}
#[cfg(feature = "agent-tasks")]
impl CreateAgentTask {
    /// The maximum duration that the session which will be created by the generated agent task should last.
    /// By default, the duration of a session created via an agent task lasts 30 minutes.
    ///
    /// Default: `1800`.
    pub fn session_max_duration_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.session_max_duration_in_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateAgentTask",
                sdkgen_runtime::reqwest::Method::POST,
                "/agents/tasks",
                "/agents/tasks".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::AgentTask, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::AgentTask>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AgentTasksApi::revoke`] (`RevokeAgentTask`): set optional inputs, then `.send().await`.
#[cfg(feature = "agent-tasks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeAgentTask {
    client: Client,
    agent_task_id: String,
}
#[cfg(feature = "agent-tasks")]
impl std::fmt::Debug for RevokeAgentTask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeAgentTask").finish_non_exhaustive()
    }
}
#[cfg(feature = "agent-tasks")]
impl RevokeAgentTask {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeAgentTask",
                sdkgen_runtime::reqwest::Method::POST,
                "/agents/tasks/{agent_task_id}/revoke",
                format!(
                    "/agents/tasks/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .agent_task_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::AgentTask, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::AgentTask>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AllowlistIdentifiersApi::list`] (`ListAllowlistIdentifiers`): set optional inputs, then `.send().await`.
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllowlistIdentifiers {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "allowlist-identifiers")]
impl std::fmt::Debug for ListAllowlistIdentifiers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListAllowlistIdentifiers").finish_non_exhaustive()
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl ListAllowlistIdentifiers {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListAllowlistIdentifiers",
                sdkgen_runtime::reqwest::Method::GET,
                "/allowlist_identifiers",
                "/allowlist_identifiers".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        Vec<types::AllowlistIdentifier>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::AllowlistIdentifier>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::AllowlistIdentifier, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`AllowlistIdentifiersApi::create`] (`CreateAllowlistIdentifier`): set optional inputs, then `.send().await`.
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAllowlistIdentifier {
    client: Client,
    body: types::CreateAllowlistIdentifierBody,
}
#[cfg(feature = "allowlist-identifiers")]
impl std::fmt::Debug for CreateAllowlistIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAllowlistIdentifier").finish_non_exhaustive()
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl CreateAllowlistIdentifier {
    /// This flag denotes whether the given identifier will receive an invitation to join the application.
    /// Note that this only works for email address and phone number identifiers.
    ///
    /// Default: `false`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateAllowlistIdentifier",
                sdkgen_runtime::reqwest::Method::POST,
                "/allowlist_identifiers",
                "/allowlist_identifiers".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::AllowlistIdentifier, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::AllowlistIdentifier>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AllowlistIdentifiersApi::delete`] (`DeleteAllowlistIdentifier`): set optional inputs, then `.send().await`.
#[cfg(feature = "allowlist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteAllowlistIdentifier {
    client: Client,
    identifier_id: String,
}
#[cfg(feature = "allowlist-identifiers")]
impl std::fmt::Debug for DeleteAllowlistIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteAllowlistIdentifier").finish_non_exhaustive()
    }
}
#[cfg(feature = "allowlist-identifiers")]
impl DeleteAllowlistIdentifier {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteAllowlistIdentifier",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/allowlist_identifiers/{identifier_id}",
                format!(
                    "/allowlist_identifiers/{}", sdkgen_runtime::encode_path_segment(&
                    self.identifier_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::get_api_keys`] (`getApiKeys`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApiKeys {
    client: Client,
    r#type: Option<String>,
    subject: String,
    include_invalid: Option<types::GetApiKeysIncludeInvalid>,
    limit: Option<f64>,
    offset: Option<f64>,
    query: Option<String>,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for GetApiKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetApiKeys").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl GetApiKeys {
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.r#type = Some(value.into());
        self
    }
    pub fn include_invalid(
        mut self,
        value: impl Into<types::GetApiKeysIncludeInvalid>,
    ) -> Self {
        self.include_invalid = Some(value.into());
        self
    }
    pub fn limit(mut self, value: impl Into<f64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    pub fn offset(mut self, value: impl Into<f64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getApiKeys",
                sdkgen_runtime::reqwest::Method::GET,
                "/api_keys",
                "/api_keys".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.r#type {
            req.query("type", v);
        }
        {
            let v = &self.subject;
            req.query("subject", v);
        }
        if let Some(v) = &self.include_invalid {
            req.query("include_invalid", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetApiKeysResponse,
        sdkgen_runtime::Error<types::GetApiKeysError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetApiKeysResponse>,
        sdkgen_runtime::Error<types::GetApiKeysError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<
        types::GetApiKeysResponseDataItem,
        types::GetApiKeysError,
    > {
        let start = self.offset.map_or(0, |o| o as u64);
        let page_size = self.limit.map_or(10, |l| l as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as f64);
                    page.limit = Some(limit as f64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0.0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`ApiKeysApi::create`] (`createApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateApiKey {
    client: Client,
    body: types::CreateApiKeyBody,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for CreateApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl CreateApiKey {
    /// Default: `"api_key"`.
    pub fn r#type(mut self, value: impl Into<String>) -> Self {
        self.body.r#type = Some(value.into());
        self
    }
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    pub fn claims(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.body.claims = Some(value.into());
        self
    }
    /// Default: `[]`.
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.scopes = Some(value.into());
        self
    }
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.body.created_by = Some(value.into());
        self
    }
    /// Minimum: `0` (exclusive).
    pub fn seconds_until_expiration(mut self, value: impl Into<f64>) -> Self {
        self.body.seconds_until_expiration = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createApiKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/api_keys",
                "/api_keys".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateApiKeyResponse,
        sdkgen_runtime::Error<types::CreateApiKeyError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateApiKeyResponse>,
        sdkgen_runtime::Error<types::CreateApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::get_api_key`] (`getApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApiKey {
    client: Client,
    api_key_id: String,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for GetApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl GetApiKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getApiKey",
                sdkgen_runtime::reqwest::Method::GET,
                "/api_keys/{apiKeyID}",
                format!(
                    "/api_keys/{}", sdkgen_runtime::encode_path_segment(& self.api_key_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::GetApiKeyResponse, sdkgen_runtime::Error<types::GetApiKeyError>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetApiKeyResponse>,
        sdkgen_runtime::Error<types::GetApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::delete`] (`deleteApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteApiKey {
    client: Client,
    api_key_id: String,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for DeleteApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl DeleteApiKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteApiKey",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/api_keys/{apiKeyID}",
                format!(
                    "/api_keys/{}", sdkgen_runtime::encode_path_segment(& self.api_key_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DeleteApiKeyResponse,
        sdkgen_runtime::Error<types::DeleteApiKeyError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeleteApiKeyResponse>,
        sdkgen_runtime::Error<types::DeleteApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::update`] (`updateApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateApiKey {
    client: Client,
    api_key_id: String,
    body: types::UpdateApiKeyBody,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for UpdateApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl UpdateApiKey {
    pub fn claims(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.body.claims = Some(Some(value.into()));
        self
    }
    pub fn scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.scopes = Some(value.into());
        self
    }
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(Some(value.into()));
        self
    }
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.body.subject = Some(value.into());
        self
    }
    /// Minimum: `0` (exclusive).
    pub fn seconds_until_expiration(mut self, value: impl Into<f64>) -> Self {
        self.body.seconds_until_expiration = Some(Some(value.into()));
        self
    }
    /// Sends `"claims": null`, which is not the same as leaving it out.
    pub fn claims_null(mut self) -> Self {
        self.body.claims = Some(None);
        self
    }
    /// Sends `"description": null`, which is not the same as leaving it out.
    pub fn description_null(mut self) -> Self {
        self.body.description = Some(None);
        self
    }
    /// Sends `"seconds_until_expiration": null`, which is not the same as leaving it out.
    pub fn seconds_until_expiration_null(mut self) -> Self {
        self.body.seconds_until_expiration = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateApiKey",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/api_keys/{apiKeyID}",
                format!(
                    "/api_keys/{}", sdkgen_runtime::encode_path_segment(& self.api_key_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::UpdateApiKeyResponse,
        sdkgen_runtime::Error<types::UpdateApiKeyError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::UpdateApiKeyResponse>,
        sdkgen_runtime::Error<types::UpdateApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::get_secret`] (`getApiKeySecret`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApiKeySecret {
    client: Client,
    api_key_id: String,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for GetApiKeySecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetApiKeySecret").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl GetApiKeySecret {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getApiKeySecret",
                sdkgen_runtime::reqwest::Method::GET,
                "/api_keys/{apiKeyID}/secret",
                format!(
                    "/api_keys/{}/secret", sdkgen_runtime::encode_path_segment(& self
                    .api_key_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetApiKeySecretResponse,
        sdkgen_runtime::Error<types::GetApiKeySecretError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetApiKeySecretResponse>,
        sdkgen_runtime::Error<types::GetApiKeySecretError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::revoke`] (`revokeApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeApiKey {
    client: Client,
    api_key_id: String,
    body: types::RevokeApiKeyBody,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for RevokeApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl RevokeApiKey {
    pub fn revocation_reason(mut self, value: impl Into<String>) -> Self {
        self.body.revocation_reason = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "revokeApiKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/api_keys/{apiKeyID}/revoke",
                format!(
                    "/api_keys/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .api_key_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::RevokeApiKeyResponse,
        sdkgen_runtime::Error<types::RevokeApiKeyError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RevokeApiKeyResponse>,
        sdkgen_runtime::Error<types::RevokeApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ApiKeysApi::verify`] (`verifyApiKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "api-keys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyApiKey {
    client: Client,
    body: types::VerifyApiKeyBody,
}
#[cfg(feature = "api-keys")]
impl std::fmt::Debug for VerifyApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "api-keys")]
impl VerifyApiKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyApiKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/api_keys/verify",
                "/api_keys/verify".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerifyApiKeyResponse,
        sdkgen_runtime::Error<types::VerifyApiKeyError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerifyApiKeyResponse>,
        sdkgen_runtime::Error<types::VerifyApiKeyError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BetaFeaturesApi::update_instance_settings`] (`UpdateInstanceAuthConfig`): set optional inputs, then `.send().await`.
#[cfg(feature = "beta-features")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceAuthConfig {
    client: Client,
    body: types::UpdateInstanceAuthConfigBody,
}
#[cfg(feature = "beta-features")]
impl std::fmt::Debug for UpdateInstanceAuthConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceAuthConfig").finish_non_exhaustive()
    }
}
#[cfg(feature = "beta-features")]
impl UpdateInstanceAuthConfig {
    /// Whether sign up is restricted to email addresses, phone numbers and usernames that are on the allowlist.
    ///
    /// Default: `false`.
    pub fn restricted_to_allowlist(mut self, value: impl Into<bool>) -> Self {
        self.body.restricted_to_allowlist = Some(Some(value.into()));
        self
    }
    /// The local part of the email address from which authentication-related emails (e.g. OTP code, magic links) will be sent.
    /// Only alphanumeric values are allowed.
    /// Note that this value should contain only the local part of the address (e.g. `foo` for `foo@example.com`).
    pub fn from_email_address(mut self, value: impl Into<String>) -> Self {
        self.body.from_email_address = Some(Some(value.into()));
        self
    }
    /// Enable the Progressive Sign Up algorithm. This feature is deprecated, please contact support if you need assistance.
    pub fn progressive_sign_up(mut self, value: impl Into<bool>) -> Self {
        self.body.progressive_sign_up = Some(Some(value.into()));
        self
    }
    /// Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
    /// Defaults to true for development instances.
    pub fn test_mode(mut self, value: impl Into<bool>) -> Self {
        self.body.test_mode = Some(Some(value.into()));
        self
    }
    /// Sends `"restricted_to_allowlist": null`, which is not the same as leaving it out.
    pub fn restricted_to_allowlist_null(mut self) -> Self {
        self.body.restricted_to_allowlist = Some(None);
        self
    }
    /// Sends `"from_email_address": null`, which is not the same as leaving it out.
    pub fn from_email_address_null(mut self) -> Self {
        self.body.from_email_address = Some(None);
        self
    }
    /// Sends `"progressive_sign_up": null`, which is not the same as leaving it out.
    pub fn progressive_sign_up_null(mut self) -> Self {
        self.body.progressive_sign_up = Some(None);
        self
    }
    /// Sends `"test_mode": null`, which is not the same as leaving it out.
    pub fn test_mode_null(mut self) -> Self {
        self.body.test_mode = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceAuthConfig",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/beta_features/instance_settings",
                "/beta_features/instance_settings".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::InstanceSettingsResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceSettingsResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BetaFeaturesApi::update_production_instance_domain`] (`UpdateProductionInstanceDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "beta-features")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProductionInstanceDomain {
    client: Client,
    body: types::UpdateProductionInstanceDomainBody,
}
#[cfg(feature = "beta-features")]
impl std::fmt::Debug for UpdateProductionInstanceDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateProductionInstanceDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "beta-features")]
impl UpdateProductionInstanceDomain {
    /// The new home URL of the production instance e.g. https://www.example.com
    pub fn home_url(mut self, value: impl Into<String>) -> Self {
        self.body.home_url = Some(value.into());
        self
    }
    /// Whether the domain is a secondary app.
    pub fn is_secondary(mut self, value: impl Into<bool>) -> Self {
        self.body.is_secondary = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateProductionInstanceDomain",
                sdkgen_runtime::reqwest::Method::PUT,
                "/beta_features/domain",
                "/beta_features/domain".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[202]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_plans`] (`GetCommercePlanList`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCommercePlanList {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
    payer_type: Option<types::GetCommercePlanListPayerType>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetCommercePlanList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetCommercePlanList").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetCommercePlanList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter plans by payer type
    pub fn payer_type(
        mut self,
        value: impl Into<types::GetCommercePlanListPayerType>,
    ) -> Self {
        self.payer_type = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetCommercePlanList",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/plans",
                "/billing/plans".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.payer_type {
            req.query("payer_type", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::PaginatedCommercePlanResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PaginatedCommercePlanResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::CommercePlan, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::list_prices`] (`GetBillingPriceList`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingPriceList {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
    plan_id: Option<String>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingPriceList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingPriceList").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingPriceList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter prices by plan ID
    pub fn plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetBillingPriceList",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/prices",
                "/billing/prices".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.plan_id {
            req.query("plan_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::PaginatedBillingPriceResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PaginatedBillingPriceResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::BillingPriceResponse, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::create_price`] (`CreateBillingPrice`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBillingPrice {
    client: Client,
    body: types::CreateBillingPriceRequest,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateBillingPrice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBillingPrice").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateBillingPrice {
    /// The currency code (e.g., "USD"). Defaults to USD.
    ///
    /// Default: `"USD"`.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.body.currency = Some(value.into());
        self
    }
    /// The monthly amount in cents when billed annually. Use `0` for a complimentary price. Positive amounts must be at least $1 (100 cents).
    pub fn annual_monthly_amount(mut self, value: impl Into<i64>) -> Self {
        self.body.annual_monthly_amount = Some(value.into());
        self
    }
    /// An optional description for this custom price.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    /// Which billing periods this price supports. Inferred from amounts if omitted.
    pub fn supported_billing_periods(
        mut self,
        value: impl Into<types::CreateBillingPriceRequestSupportedBillingPeriods>,
    ) -> Self {
        self.body.supported_billing_periods = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateBillingPrice",
                sdkgen_runtime::reqwest::Method::POST,
                "/billing/prices",
                "/billing/prices".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::BillingPriceResponse, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BillingPriceResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_subscription_items`] (`GetCommerceSubscriptionItemList`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCommerceSubscriptionItemList {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
    status: Option<types::GetCommerceSubscriptionItemListStatus>,
    payer_type: Option<types::GetCommerceSubscriptionItemListPayerType>,
    plan_id: Option<String>,
    include_free: Option<bool>,
    query: Option<String>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetCommerceSubscriptionItemList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetCommerceSubscriptionItemList").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetCommerceSubscriptionItemList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter subscription items by status
    pub fn status(
        mut self,
        value: impl Into<types::GetCommerceSubscriptionItemListStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Filter subscription items by payer type
    pub fn payer_type(
        mut self,
        value: impl Into<types::GetCommerceSubscriptionItemListPayerType>,
    ) -> Self {
        self.payer_type = Some(value.into());
        self
    }
    /// Filter subscription items by plan ID
    pub fn plan_id(mut self, value: impl Into<String>) -> Self {
        self.plan_id = Some(value.into());
        self
    }
    /// Whether to include free plan subscription items
    pub fn include_free(mut self, value: impl Into<bool>) -> Self {
        self.include_free = Some(value.into());
        self
    }
    /// Search query to filter subscription items
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetCommerceSubscriptionItemList",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/subscription_items",
                "/billing/subscription_items".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.payer_type {
            req.query("payer_type", v);
        }
        if let Some(v) = &self.plan_id {
            req.query("plan_id", v);
        }
        if let Some(v) = &self.include_free {
            req.query("include_free", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::PaginatedCommerceSubscriptionItemResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PaginatedCommerceSubscriptionItemResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<
        types::CommerceSubscriptionItem,
        types::ClerkErrors,
    > {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::cancel_subscription_item`] (`CancelCommerceSubscriptionItem`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelCommerceSubscriptionItem {
    client: Client,
    subscription_item_id: String,
    end_now: Option<bool>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CancelCommerceSubscriptionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CancelCommerceSubscriptionItem").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CancelCommerceSubscriptionItem {
    /// Whether to cancel the subscription immediately (true) or at the end of the current billing period (false, default)
    pub fn end_now(mut self, value: impl Into<bool>) -> Self {
        self.end_now = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CancelCommerceSubscriptionItem",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/billing/subscription_items/{subscription_item_id}",
                format!(
                    "/billing/subscription_items/{}",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.end_now {
            req.query("end_now", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceSubscriptionItem,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceSubscriptionItem>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::extend_subscription_item_free_trial`] (`ExtendBillingSubscriptionItemFreeTrial`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExtendBillingSubscriptionItemFreeTrial {
    client: Client,
    subscription_item_id: String,
    body: types::ExtendFreeTrialRequest,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for ExtendBillingSubscriptionItemFreeTrial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExtendBillingSubscriptionItemFreeTrial").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl ExtendBillingSubscriptionItemFreeTrial {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ExtendBillingSubscriptionItemFreeTrial",
                sdkgen_runtime::reqwest::Method::POST,
                "/billing/subscription_items/{subscription_item_id}/extend_free_trial",
                format!(
                    "/billing/subscription_items/{}/extend_free_trial",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceSubscriptionItem2,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceSubscriptionItem2>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::create_price_transition`] (`CreateBillingPriceTransition`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBillingPriceTransition {
    client: Client,
    subscription_item_id: String,
    body: types::PriceTransitionRequest,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateBillingPriceTransition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBillingPriceTransition").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateBillingPriceTransition {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateBillingPriceTransition",
                sdkgen_runtime::reqwest::Method::POST,
                "/billing/subscription_items/{subscription_item_id}/price_transition",
                format!(
                    "/billing/subscription_items/{}/price_transition",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommercePriceTransitionResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommercePriceTransitionResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::apply_subscription_item_discount`] (`ApplyBillingSubscriptionItemDiscount`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ApplyBillingSubscriptionItemDiscount {
    client: Client,
    subscription_item_id: String,
    body: types::ApplyCommerceDiscountRequest,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for ApplyBillingSubscriptionItemDiscount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApplyBillingSubscriptionItemDiscount").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl ApplyBillingSubscriptionItemDiscount {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ApplyBillingSubscriptionItemDiscount",
                sdkgen_runtime::reqwest::Method::POST,
                "/billing/subscription_items/{subscription_item_id}/discounts",
                format!(
                    "/billing/subscription_items/{}/discounts",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceDiscountRedemptionResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceDiscountRedemptionResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::remove_subscription_item_discount`] (`RemoveBillingSubscriptionItemDiscount`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveBillingSubscriptionItemDiscount {
    client: Client,
    subscription_item_id: String,
    discount_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for RemoveBillingSubscriptionItemDiscount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveBillingSubscriptionItemDiscount").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl RemoveBillingSubscriptionItemDiscount {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RemoveBillingSubscriptionItemDiscount",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/billing/subscription_items/{subscription_item_id}/discounts/{discount_id}",
                format!(
                    "/billing/subscription_items/{}/discounts/{}",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.discount_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceDiscountRedemptionResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceDiscountRedemptionResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_statements`] (`GetBillingStatementList`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingStatementList {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingStatementList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingStatementList").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingStatementList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetBillingStatementList",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/statements",
                "/billing/statements".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::PaginatedBillingStatementResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PaginatedBillingStatementResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::BillingStatement, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::get_statement`] (`GetBillingStatement`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingStatement {
    client: Client,
    statement_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingStatement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingStatement").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingStatement {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetBillingStatement",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/statements/{statementID}",
                format!(
                    "/billing/statements/{}", sdkgen_runtime::encode_path_segment(& self
                    .statement_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::BillingStatement, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BillingStatement>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_statement_payment_attempts`] (`GetBillingStatementPaymentAttempts`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingStatementPaymentAttempts {
    client: Client,
    statement_id: String,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingStatementPaymentAttempts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingStatementPaymentAttempts").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingStatementPaymentAttempts {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetBillingStatementPaymentAttempts",
                sdkgen_runtime::reqwest::Method::GET,
                "/billing/statements/{statementID}/payment_attempts",
                format!(
                    "/billing/statements/{}/payment_attempts",
                    sdkgen_runtime::encode_path_segment(& self.statement_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::PaginatedBillingPaymentAttemptResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PaginatedBillingPaymentAttemptResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::BillingPaymentAttempt, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BlocklistIdentifiersApi::list`] (`ListBlocklistIdentifiers`): set optional inputs, then `.send().await`.
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListBlocklistIdentifiers {
    client: Client,
}
#[cfg(feature = "blocklist-identifiers")]
impl std::fmt::Debug for ListBlocklistIdentifiers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListBlocklistIdentifiers").finish_non_exhaustive()
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl ListBlocklistIdentifiers {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "ListBlocklistIdentifiers",
                sdkgen_runtime::reqwest::Method::GET,
                "/blocklist_identifiers",
                "/blocklist_identifiers".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::BlocklistIdentifiers, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BlocklistIdentifiers>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BlocklistIdentifiersApi::create`] (`CreateBlocklistIdentifier`): set optional inputs, then `.send().await`.
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBlocklistIdentifier {
    client: Client,
    body: types::CreateBlocklistIdentifierBody,
}
#[cfg(feature = "blocklist-identifiers")]
impl std::fmt::Debug for CreateBlocklistIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBlocklistIdentifier").finish_non_exhaustive()
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl CreateBlocklistIdentifier {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateBlocklistIdentifier",
                sdkgen_runtime::reqwest::Method::POST,
                "/blocklist_identifiers",
                "/blocklist_identifiers".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::BlocklistIdentifier, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BlocklistIdentifier>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BlocklistIdentifiersApi::delete`] (`DeleteBlocklistIdentifier`): set optional inputs, then `.send().await`.
#[cfg(feature = "blocklist-identifiers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteBlocklistIdentifier {
    client: Client,
    identifier_id: String,
}
#[cfg(feature = "blocklist-identifiers")]
impl std::fmt::Debug for DeleteBlocklistIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteBlocklistIdentifier").finish_non_exhaustive()
    }
}
#[cfg(feature = "blocklist-identifiers")]
impl DeleteBlocklistIdentifier {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteBlocklistIdentifier",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/blocklist_identifiers/{identifier_id}",
                format!(
                    "/blocklist_identifiers/{}", sdkgen_runtime::encode_path_segment(&
                    self.identifier_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ClientsApi::list`] (`GetClientList`): set optional inputs, then `.send().await`.
#[cfg(feature = "clients")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetClientList {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "clients")]
impl std::fmt::Debug for GetClientList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetClientList").finish_non_exhaustive()
    }
}
#[cfg(feature = "clients")]
impl GetClientList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetClientList",
                sdkgen_runtime::reqwest::Method::GET,
                "/clients",
                "/clients".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::Client>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::Client>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Client, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`ClientsApi::verify`] (`VerifyClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "clients")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyClient {
    client: Client,
    body: types::VerifyClientBody,
}
#[cfg(feature = "clients")]
impl std::fmt::Debug for VerifyClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "clients")]
impl VerifyClient {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "VerifyClient",
                sdkgen_runtime::reqwest::Method::POST,
                "/clients/verify",
                "/clients/verify".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Client, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Client>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ClientsApi::get`] (`GetClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "clients")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetClient {
    client: Client,
    client_id: String,
}
#[cfg(feature = "clients")]
impl std::fmt::Debug for GetClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "clients")]
impl GetClient {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetClient",
                sdkgen_runtime::reqwest::Method::GET,
                "/clients/{client_id}",
                format!(
                    "/clients/{}", sdkgen_runtime::encode_path_segment(& self.client_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Client, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Client>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::list`] (`ListDirectories`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDirectories {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for ListDirectories {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListDirectories").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl ListDirectories {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListDirectories",
                sdkgen_runtime::reqwest::Method::GET,
                "/directories",
                "/directories".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DirectoryListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DirectoryListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::create`] (`CreateDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDirectory {
    client: Client,
    body: types::CreateDirectoryBody,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for CreateDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl CreateDirectory {
    /// A human-friendly name for the directory.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Optional directory group to organization role mappings to create with the directory.
    pub fn group_role_mappings(
        mut self,
        value: impl Into<Vec<types::CreateDirectoryBodyGroupRoleMappingsItem>>,
    ) -> Self {
        self.body.group_role_mappings = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateDirectory",
                sdkgen_runtime::reqwest::Method::POST,
                "/directories",
                "/directories".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Directory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Directory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::get`] (`GetDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDirectory {
    client: Client,
    directory_id: String,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for GetDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl GetDirectory {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetDirectory",
                sdkgen_runtime::reqwest::Method::GET,
                "/directories/{directory_id}",
                format!(
                    "/directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Directory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Directory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::delete`] (`DeleteDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteDirectory {
    client: Client,
    directory_id: String,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for DeleteDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl DeleteDirectory {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteDirectory",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/directories/{directory_id}",
                format!(
                    "/directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::update`] (`UpdateDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateDirectory {
    client: Client,
    directory_id: String,
    body: types::UpdateDirectoryBody,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for UpdateDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl UpdateDirectory {
    /// A human-friendly name for the directory.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Whether the directory is enabled.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.enabled = Some(value.into());
        self
    }
    /// The identity provider for this directory.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.body.provider = Some(value.into());
        self
    }
    /// Attribute-to-directory-path entries to merge into the directory's attribute mapping.
    /// Set a key to `null` to remove it from the mapping.
    pub fn attribute_mapping(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, Option<String>>>,
    ) -> Self {
        self.body.attribute_mapping = Some(value.into());
        self
    }
    /// Whether group-to-role mapping is enabled for this directory.
    pub fn group_role_mapping_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.group_role_mapping_enabled = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateDirectory",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/directories/{directory_id}",
                format!(
                    "/directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Directory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Directory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::rotate_api_key`] (`RotateDirectoryAPIKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RotateDirectoryApiKey {
    client: Client,
    directory_id: String,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for RotateDirectoryApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RotateDirectoryApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl RotateDirectoryApiKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RotateDirectoryAPIKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/directories/{directory_id}/rotate_api_key",
                format!(
                    "/directories/{}/rotate_api_key",
                    sdkgen_runtime::encode_path_segment(& self.directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Directory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Directory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::list_group_role_mappings`] (`ListDirectoryGroupRoleMappings`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDirectoryGroupRoleMappings {
    client: Client,
    directory_id: String,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for ListDirectoryGroupRoleMappings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListDirectoryGroupRoleMappings").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl ListDirectoryGroupRoleMappings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "ListDirectoryGroupRoleMappings",
                sdkgen_runtime::reqwest::Method::GET,
                "/directories/{directory_id}/group_role_mappings",
                format!(
                    "/directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DirectoryGroupRoleMappingListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DirectoryGroupRoleMappingListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::replace_group_role_mappings`] (`ReplaceDirectoryGroupRoleMappings`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceDirectoryGroupRoleMappings {
    client: Client,
    directory_id: String,
    body: types::ReplaceDirectoryGroupRoleMappingsBody,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for ReplaceDirectoryGroupRoleMappings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceDirectoryGroupRoleMappings").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl ReplaceDirectoryGroupRoleMappings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceDirectoryGroupRoleMappings",
                sdkgen_runtime::reqwest::Method::PUT,
                "/directories/{directory_id}/group_role_mappings",
                format!(
                    "/directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DirectoryGroupRoleMappingListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DirectoryGroupRoleMappingListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::create_group_role_mapping`] (`CreateDirectoryGroupRoleMapping`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDirectoryGroupRoleMapping {
    client: Client,
    directory_id: String,
    body: types::CreateDirectoryGroupRoleMappingBody,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for CreateDirectoryGroupRoleMapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateDirectoryGroupRoleMapping").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl CreateDirectoryGroupRoleMapping {
    /// The group ID from the identity provider. Exactly one of `directory_group_id` or `scim_group_id` is required.
    pub fn directory_group_id(mut self, value: impl Into<String>) -> Self {
        self.body.directory_group_id = Some(value.into());
        self
    }
    /// The legacy name for `directory_group_id`. Send either one, or both with the same value; sending both with different values is rejected.
    pub fn scim_group_id(mut self, value: impl Into<String>) -> Self {
        self.body.scim_group_id = Some(value.into());
        self
    }
    /// The precedence for this mapping. Lower values take priority when a user belongs
    /// to multiple mapped groups. If omitted, the mapping is appended with the
    /// next-highest precedence.
    ///
    /// Minimum: `1`.
    pub fn precedence(mut self, value: impl Into<i64>) -> Self {
        self.body.precedence = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateDirectoryGroupRoleMapping",
                sdkgen_runtime::reqwest::Method::POST,
                "/directories/{directory_id}/group_role_mappings",
                format!(
                    "/directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DirectoryGroupRoleMapping,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DirectoryGroupRoleMapping>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DirectoriesApi::delete_group_role_mapping`] (`DeleteDirectoryGroupRoleMapping`): set optional inputs, then `.send().await`.
#[cfg(feature = "directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteDirectoryGroupRoleMapping {
    client: Client,
    directory_id: String,
    mapping_id: String,
}
#[cfg(feature = "directories")]
impl std::fmt::Debug for DeleteDirectoryGroupRoleMapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteDirectoryGroupRoleMapping").finish_non_exhaustive()
    }
}
#[cfg(feature = "directories")]
impl DeleteDirectoryGroupRoleMapping {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteDirectoryGroupRoleMapping",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/directories/{directory_id}/group_role_mappings/{mapping_id}",
                format!(
                    "/directories/{}/group_role_mappings/{}",
                    sdkgen_runtime::encode_path_segment(& self.directory_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.mapping_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DirectoryGroupRoleMappingDeletedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DirectoryGroupRoleMappingDeletedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::list`] (`ListDomains`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListDomains {
    client: Client,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for ListDomains {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListDomains").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl ListDomains {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "ListDomains",
                sdkgen_runtime::reqwest::Method::GET,
                "/domains",
                "/domains".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Domains, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Domains>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::add`] (`AddDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddDomain {
    client: Client,
    body: types::AddDomainBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for AddDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl AddDomain {
    /// The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. Applicable only to production instances.
    pub fn proxy_url(mut self, value: impl Into<String>) -> Self {
        self.body.proxy_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AddDomain",
                sdkgen_runtime::reqwest::Method::POST,
                "/domains",
                "/domains".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Domain, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Domain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::delete`] (`DeleteDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteDomain {
    client: Client,
    domain_id: String,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for DeleteDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl DeleteDomain {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteDomain",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/domains/{domain_id}",
                format!(
                    "/domains/{}", sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::update`] (`UpdateDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateDomain {
    client: Client,
    domain_id: String,
    body: types::UpdateDomainBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for UpdateDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl UpdateDomain {
    /// The new domain name. For development instances, can contain the port,
    /// i.e `myhostname:3000`. For production instances, must be a valid FQDN,
    /// i.e `mysite.com`. Cannot contain protocol scheme.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// The full URL of the proxy that will forward requests to Clerk's Frontend API.
    /// Can only be updated for production instances.
    pub fn proxy_url(mut self, value: impl Into<String>) -> Self {
        self.body.proxy_url = Some(Some(value.into()));
        self
    }
    /// Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
    /// will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
    /// multiple secondaries) on the same root domain (eTLD+1).
    pub fn is_secondary(mut self, value: impl Into<bool>) -> Self {
        self.body.is_secondary = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"proxy_url": null`, which is not the same as leaving it out.
    pub fn proxy_url_null(mut self) -> Self {
        self.body.proxy_url = Some(None);
        self
    }
    /// Sends `"is_secondary": null`, which is not the same as leaving it out.
    pub fn is_secondary_null(mut self) -> Self {
        self.body.is_secondary = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateDomain",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/domains/{domain_id}",
                format!(
                    "/domains/{}", sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Domain, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Domain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::create`] (`CreateEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateEmailAddress {
    client: Client,
    body: types::CreateEmailAddressBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for CreateEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl CreateEmailAddress {
    /// When created, the email address will be marked as verified.
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(value.into());
        self
    }
    /// Create this email address as the primary email address for the user.
    /// Default: false, unless it is the first email address.
    pub fn primary(mut self, value: impl Into<bool>) -> Self {
        self.body.primary = Some(value.into());
        self
    }
    /// If set to `true` and the email address is created as the user's new primary,
    /// the previous primary email address is notified of the change.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    pub fn notify_primary_email_address_changed(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.notify_primary_email_address_changed = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateEmailAddress",
                sdkgen_runtime::reqwest::Method::POST,
                "/email_addresses",
                "/email_addresses".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EmailAddress, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::get`] (`GetEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEmailAddress {
    client: Client,
    email_address_id: String,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for GetEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl GetEmailAddress {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetEmailAddress",
                sdkgen_runtime::reqwest::Method::GET,
                "/email_addresses/{email_address_id}",
                format!(
                    "/email_addresses/{}", sdkgen_runtime::encode_path_segment(& self
                    .email_address_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EmailAddress, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::delete`] (`DeleteEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteEmailAddress {
    client: Client,
    email_address_id: String,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for DeleteEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl DeleteEmailAddress {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteEmailAddress",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/email_addresses/{email_address_id}",
                format!(
                    "/email_addresses/{}", sdkgen_runtime::encode_path_segment(& self
                    .email_address_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::update`] (`UpdateEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateEmailAddress {
    client: Client,
    email_address_id: String,
    body: types::UpdateEmailAddressBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for UpdateEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl UpdateEmailAddress {
    /// The email address will be marked as verified.
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(Some(value.into()));
        self
    }
    /// Set this email address as the primary email address for the user.
    pub fn primary(mut self, value: impl Into<bool>) -> Self {
        self.body.primary = Some(Some(value.into()));
        self
    }
    /// If set to `true` and this update makes the email address the user's new primary,
    /// the previous primary email address is notified of the change.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    pub fn notify_primary_email_address_changed(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.notify_primary_email_address_changed = Some(Some(value.into()));
        self
    }
    /// Sends `"verified": null`, which is not the same as leaving it out.
    pub fn verified_null(mut self) -> Self {
        self.body.verified = Some(None);
        self
    }
    /// Sends `"primary": null`, which is not the same as leaving it out.
    pub fn primary_null(mut self) -> Self {
        self.body.primary = Some(None);
        self
    }
    /// Sends `"notify_primary_email_address_changed": null`, which is not the same as leaving it out.
    pub fn notify_primary_email_address_changed_null(mut self) -> Self {
        self.body.notify_primary_email_address_changed = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateEmailAddress",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/email_addresses/{email_address_id}",
                format!(
                    "/email_addresses/{}", sdkgen_runtime::encode_path_segment(& self
                    .email_address_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EmailAddress, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::prepare_verification`] (`PrepareEmailAddressVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareEmailAddressVerification {
    client: Client,
    email_address_id: String,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for PrepareEmailAddressVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareEmailAddressVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl PrepareEmailAddressVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "PrepareEmailAddressVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/email_addresses/{email_address_id}/prepare_verification",
                format!(
                    "/email_addresses/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.email_address_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerificationResponseResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerificationResponseResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::attempt_verification`] (`AttemptEmailAddressVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptEmailAddressVerification {
    client: Client,
    email_address_id: String,
    body: types::AttemptEmailAddressVerificationBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for AttemptEmailAddressVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptEmailAddressVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl AttemptEmailAddressVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AttemptEmailAddressVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/email_addresses/{email_address_id}/attempt_verification",
                format!(
                    "/email_addresses/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.email_address_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerificationResponseResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerificationResponseResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::replace_for_user`] (`ReplaceUserEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceUserEmailAddress {
    client: Client,
    user_id: String,
    body: types::ReplaceUserEmailAddressBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for ReplaceUserEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceUserEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl ReplaceUserEmailAddress {
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
    pub fn identification_status(
        mut self,
        value: impl Into<types::ReplaceUserEmailAddressBodyIdentificationStatus>,
    ) -> Self {
        self.body.identification_status = Some(value.into());
        self
    }
    /// If set to `true`, the user's previous primary email address is notified that the
    /// primary email address has changed. No notification is sent when the replacement
    /// is the user's current primary email address. By default, no notification is sent.
    ///
    /// Default: `false`.
    pub fn notify_primary_email_address_changed(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.notify_primary_email_address_changed = Some(Some(value.into()));
        self
    }
    /// Sends `"notify_primary_email_address_changed": null`, which is not the same as leaving it out.
    pub fn notify_primary_email_address_changed_null(mut self) -> Self {
        self.body.notify_primary_email_address_changed = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceUserEmailAddress",
                sdkgen_runtime::reqwest::Method::PUT,
                "/users/{user_id}/email_address",
                format!(
                    "/users/{}/email_address", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EmailAddress, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAndSmsTemplatesApi::upsert`] (`UpsertTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-and-sms-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpsertTemplate {
    client: Client,
    template_type: types::UpsertTemplateTemplateType,
    slug: String,
    body: types::UpsertTemplateBody,
}
#[cfg(feature = "email-and-sms-templates")]
impl std::fmt::Debug for UpsertTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpsertTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-and-sms-templates")]
impl UpsertTemplate {
    /// The user-friendly name of the template
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The email subject.
    /// Applicable only to email templates.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.body.subject = Some(Some(value.into()));
        self
    }
    /// The editor markup used to generate the body of the template
    pub fn markup(mut self, value: impl Into<String>) -> Self {
        self.body.markup = Some(Some(value.into()));
        self
    }
    /// The template body before variable interpolation
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body.body = Some(value.into());
        self
    }
    /// Whether Clerk should deliver emails or SMS messages based on the current template
    pub fn delivered_by_clerk(mut self, value: impl Into<bool>) -> Self {
        self.body.delivered_by_clerk = Some(Some(value.into()));
        self
    }
    /// The local part of the From email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    pub fn from_email_name(mut self, value: impl Into<String>) -> Self {
        self.body.from_email_name = Some(value.into());
        self
    }
    /// The local part of the Reply To email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    pub fn reply_to_email_name(mut self, value: impl Into<String>) -> Self {
        self.body.reply_to_email_name = Some(value.into());
        self
    }
    /// Sends `"subject": null`, which is not the same as leaving it out.
    pub fn subject_null(mut self) -> Self {
        self.body.subject = Some(None);
        self
    }
    /// Sends `"markup": null`, which is not the same as leaving it out.
    pub fn markup_null(mut self) -> Self {
        self.body.markup = Some(None);
        self
    }
    /// Sends `"delivered_by_clerk": null`, which is not the same as leaving it out.
    pub fn delivered_by_clerk_null(mut self) -> Self {
        self.body.delivered_by_clerk = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpsertTemplate",
                sdkgen_runtime::reqwest::Method::PUT,
                "/templates/{template_type}/{slug}",
                format!(
                    "/templates/{}/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_type.to_string()), sdkgen_runtime::encode_path_segment(&
                    self.slug.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Template, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Template>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailSmsTemplatesApi::list`] (`GetTemplateList`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-sms-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTemplateList {
    client: Client,
    template_type: types::GetTemplateListTemplateType,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "email-sms-templates")]
impl std::fmt::Debug for GetTemplateList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetTemplateList").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-sms-templates")]
impl GetTemplateList {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetTemplateList",
                sdkgen_runtime::reqwest::Method::GET,
                "/templates/{template_type}",
                format!(
                    "/templates/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_type.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::Template>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::Template>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Template, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`EmailSmsTemplatesApi::get`] (`GetTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-sms-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTemplate {
    client: Client,
    template_type: types::GetTemplateTemplateType,
    slug: String,
}
#[cfg(feature = "email-sms-templates")]
impl std::fmt::Debug for GetTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-sms-templates")]
impl GetTemplate {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetTemplate",
                sdkgen_runtime::reqwest::Method::GET,
                "/templates/{template_type}/{slug}",
                format!(
                    "/templates/{}/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_type.to_string()), sdkgen_runtime::encode_path_segment(&
                    self.slug.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Template, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Template>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailSmsTemplatesApi::revert`] (`RevertTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-sms-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevertTemplate {
    client: Client,
    template_type: types::RevertTemplateTemplateType,
    slug: String,
}
#[cfg(feature = "email-sms-templates")]
impl std::fmt::Debug for RevertTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevertTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-sms-templates")]
impl RevertTemplate {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevertTemplate",
                sdkgen_runtime::reqwest::Method::POST,
                "/templates/{template_type}/{slug}/revert",
                format!(
                    "/templates/{}/{}/revert", sdkgen_runtime::encode_path_segment(& self
                    .template_type.to_string()), sdkgen_runtime::encode_path_segment(&
                    self.slug.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Template, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Template>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailSmsTemplatesApi::toggle_template_delivery`] (`ToggleTemplateDelivery`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-sms-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ToggleTemplateDelivery {
    client: Client,
    template_type: types::ToggleTemplateDeliveryTemplateType,
    slug: String,
    body: types::ToggleTemplateDeliveryBody,
}
#[cfg(feature = "email-sms-templates")]
impl std::fmt::Debug for ToggleTemplateDelivery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ToggleTemplateDelivery").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-sms-templates")]
impl ToggleTemplateDelivery {
    /// Whether Clerk should deliver emails or SMS messages based on the current template
    pub fn delivered_by_clerk(mut self, value: impl Into<bool>) -> Self {
        self.body.delivered_by_clerk = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ToggleTemplateDelivery",
                sdkgen_runtime::reqwest::Method::POST,
                "/templates/{template_type}/{slug}/toggle_delivery",
                format!(
                    "/templates/{}/{}/toggle_delivery",
                    sdkgen_runtime::encode_path_segment(& self.template_type
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.slug
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Template, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Template>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::list`] (`ListEnterpriseConnections`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEnterpriseConnections {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    organization_id: Option<String>,
    active: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for ListEnterpriseConnections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListEnterpriseConnections").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl ListEnterpriseConnections {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter enterprise connections by organization ID
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Filter by active status. If true, only active connections are returned. If false, only inactive connections are returned. If omitted, all connections are returned.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.active = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListEnterpriseConnections",
                sdkgen_runtime::reqwest::Method::GET,
                "/enterprise_connections",
                "/enterprise_connections".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.organization_id {
            req.query("organization_id", v);
        }
        if let Some(v) = &self.active {
            req.query("active", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::EnterpriseConnections,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnections>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::EnterpriseConnection, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create`] (`CreateEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateEnterpriseConnection {
    client: Client,
    body: types::CreateEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnection {
    /// Organization ID when the connection is linked to an organization
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    /// Whether this connection supports account linking via organization membership
    pub fn allow_organization_account_linking(mut self, value: impl Into<bool>) -> Self {
        self.body.allow_organization_account_linking = Some(value.into());
        self
    }
    /// Whether the enterprise connection is active. When true, IdP metadata must be provided via the `saml` object.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.body.active = Some(value.into());
        self
    }
    /// SAML connection-specific properties. Only applied when the enterprise connection uses SAML (e.g. provider is saml_custom).
    /// Use this to set IdP configuration, attribute mapping, and other SAML-specific settings at creation time.
    pub fn saml(
        mut self,
        value: impl Into<types::CreateEnterpriseConnectionBodySaml>,
    ) -> Self {
        self.body.saml = Some(value.into());
        self
    }
    /// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. provider is oidc_custom, oidc_github_enterprise, or oidc_gitlab).
    pub fn oidc(
        mut self,
        value: impl Into<types::CreateEnterpriseConnectionBodyOidc>,
    ) -> Self {
        self.body.oidc = Some(value.into());
        self
    }
    /// Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning. Requires the custom attributes feature to be enabled for the instance.
    pub fn custom_attributes(
        mut self,
        value: impl Into<Vec<types::CreateEnterpriseConnectionBodyCustomAttributesItem>>,
    ) -> Self {
        self.body.custom_attributes = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::POST,
                "/enterprise_connections",
                "/enterprise_connections".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[201]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EnterpriseConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::get`] (`GetEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEnterpriseConnection {
    client: Client,
    enterprise_connection_id: String,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for GetEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl GetEnterpriseConnection {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::GET,
                "/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/enterprise_connections/{}", sdkgen_runtime::encode_path_segment(&
                    self.enterprise_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EnterpriseConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::delete`] (`DeleteEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteEnterpriseConnection {
    client: Client,
    enterprise_connection_id: String,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for DeleteEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl DeleteEnterpriseConnection {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/enterprise_connections/{}", sdkgen_runtime::encode_path_segment(&
                    self.enterprise_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::update`] (`UpdateEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateEnterpriseConnection {
    client: Client,
    enterprise_connection_id: String,
    body: types::UpdateEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for UpdateEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl UpdateEnterpriseConnection {
    /// The display name of the enterprise connection
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// Domains associated with the enterprise connection. Values are normalized to lowercase.
    /// Empty array means ignored (no change); non-empty array means set domains to the given list (replaces existing).
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains = Some(Some(value.into()));
        self
    }
    /// Whether the enterprise connection is active. When set to true (enabling), any existing verified organization domains for the same domain(s) will be removed so the connection can be enabled.
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.body.active = Some(Some(value.into()));
        self
    }
    /// Whether to sync user attributes on sign-in
    pub fn sync_user_attributes(mut self, value: impl Into<bool>) -> Self {
        self.body.sync_user_attributes = Some(Some(value.into()));
        self
    }
    /// Whether to disable additional identifications
    pub fn disable_additional_identifications(mut self, value: impl Into<bool>) -> Self {
        self.body.disable_additional_identifications = Some(Some(value.into()));
        self
    }
    /// Whether this connection supports account linking via organization membership
    pub fn allow_organization_account_linking(mut self, value: impl Into<bool>) -> Self {
        self.body.allow_organization_account_linking = Some(Some(value.into()));
        self
    }
    /// Organization ID to link to this enterprise connection. Only linking is supported; sending this field sets or changes the linked organization. There is no way to unlink an organization once linked.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(Some(value.into()));
        self
    }
    /// SAML connection-specific properties. Only applied when the enterprise connection uses SAML.
    /// Use this to update IdP configuration, attribute mapping, and other SAML-specific settings.
    pub fn saml(
        mut self,
        value: impl Into<types::UpdateEnterpriseConnectionBodySaml>,
    ) -> Self {
        self.body.saml = Some(Some(value.into()));
        self
    }
    /// OIDC connection-specific properties. Only applied when the enterprise connection uses OIDC (e.g. oidc_custom, oidc_github_enterprise, or oidc_gitlab).
    pub fn oidc(
        mut self,
        value: impl Into<types::UpdateEnterpriseConnectionBodyOidc>,
    ) -> Self {
        self.body.oidc = Some(Some(value.into()));
        self
    }
    /// Custom attributes to map from the IdP to the user's profile via SSO or SCIM provisioning. Requires the custom attributes feature to be enabled for the instance.
    pub fn custom_attributes(
        mut self,
        value: impl Into<Vec<types::UpdateEnterpriseConnectionBodyCustomAttributesItem>>,
    ) -> Self {
        self.body.custom_attributes = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"domains": null`, which is not the same as leaving it out.
    pub fn domains_null(mut self) -> Self {
        self.body.domains = Some(None);
        self
    }
    /// Sends `"active": null`, which is not the same as leaving it out.
    pub fn active_null(mut self) -> Self {
        self.body.active = Some(None);
        self
    }
    /// Sends `"sync_user_attributes": null`, which is not the same as leaving it out.
    pub fn sync_user_attributes_null(mut self) -> Self {
        self.body.sync_user_attributes = Some(None);
        self
    }
    /// Sends `"disable_additional_identifications": null`, which is not the same as leaving it out.
    pub fn disable_additional_identifications_null(mut self) -> Self {
        self.body.disable_additional_identifications = Some(None);
        self
    }
    /// Sends `"allow_organization_account_linking": null`, which is not the same as leaving it out.
    pub fn allow_organization_account_linking_null(mut self) -> Self {
        self.body.allow_organization_account_linking = Some(None);
        self
    }
    /// Sends `"organization_id": null`, which is not the same as leaving it out.
    pub fn organization_id_null(mut self) -> Self {
        self.body.organization_id = Some(None);
        self
    }
    /// Sends `"saml": null`, which is not the same as leaving it out.
    pub fn saml_null(mut self) -> Self {
        self.body.saml = Some(None);
        self
    }
    /// Sends `"oidc": null`, which is not the same as leaving it out.
    pub fn oidc_null(mut self) -> Self {
        self.body.oidc = Some(None);
        self
    }
    /// Sends `"custom_attributes": null`, which is not the same as leaving it out.
    pub fn custom_attributes_null(mut self) -> Self {
        self.body.custom_attributes = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/enterprise_connections/{}", sdkgen_runtime::encode_path_segment(&
                    self.enterprise_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::EnterpriseConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::list_test_runs`] (`ListEnterpriseConnectionTestRuns`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListEnterpriseConnectionTestRuns {
    client: Client,
    enterprise_connection_id: String,
    status: Option<Vec<types::ListEnterpriseConnectionTestRunsStatusItem>>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for ListEnterpriseConnectionTestRuns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListEnterpriseConnectionTestRuns").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl ListEnterpriseConnectionTestRuns {
    /// Filter test runs by status (may be repeated)
    pub fn status(
        mut self,
        value: impl Into<Vec<types::ListEnterpriseConnectionTestRunsStatusItem>>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListEnterpriseConnectionTestRuns",
                sdkgen_runtime::reqwest::Method::GET,
                "/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.status {
            req.query_exploded("status", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::EnterpriseConnectionTestRuns,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnectionTestRuns>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<
        types::EnterpriseConnectionTestRun,
        types::ClerkErrors,
    > {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create_test_run`] (`CreateEnterpriseConnectionTestRun`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateEnterpriseConnectionTestRun {
    client: Client,
    enterprise_connection_id: String,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateEnterpriseConnectionTestRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateEnterpriseConnectionTestRun").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateEnterpriseConnectionTestRun {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "CreateEnterpriseConnectionTestRun",
                sdkgen_runtime::reqwest::Method::POST,
                "/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::EnterpriseConnectionTestRunResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::EnterpriseConnectionTestRunResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::get`] (`GetInstance`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInstance {
    client: Client,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for GetInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetInstance").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl GetInstance {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetInstance",
                sdkgen_runtime::reqwest::Method::GET,
                "/instance",
                "/instance".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Instance, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Instance>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update`] (`UpdateInstance`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstance {
    client: Client,
    body: types::UpdateInstanceBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstance").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstance {
    /// Toggles test mode for this instance, allowing the use of test email addresses and phone numbers.
    /// Defaults to true for development instances.
    pub fn test_mode(mut self, value: impl Into<bool>) -> Self {
        self.body.test_mode = Some(Some(value.into()));
        self
    }
    /// Whether the instance should be using the HIBP service to check passwords for breaches
    pub fn hibp(mut self, value: impl Into<bool>) -> Self {
        self.body.hibp = Some(Some(value.into()));
        self
    }
    pub fn support_email(mut self, value: impl Into<String>) -> Self {
        self.body.support_email = Some(Some(value.into()));
        self
    }
    pub fn clerk_js_version(mut self, value: impl Into<String>) -> Self {
        self.body.clerk_js_version = Some(Some(value.into()));
        self
    }
    pub fn development_origin(mut self, value: impl Into<String>) -> Self {
        self.body.development_origin = Some(Some(value.into()));
        self
    }
    /// For browser-like stacks such as browser extensions, Electron (not officially supported), or Capacitor.js (not officially supported), the instance allowed origins need to be updated with the request origin value. For Chrome extensions popup, background, or service worker pages, the origin is chrome-extension://extension_uuid. For Electron apps the default origin is http://localhost:3000. For Capacitor, the origin is capacitor://localhost.
    pub fn allowed_origins(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.allowed_origins = Some(value.into());
        self
    }
    /// Whether the instance should operate in cookieless development mode (i.e. without third-party cookies).
    /// Deprecated: Please use `url_based_session_syncing` instead.
    ///
    /// Deprecated.
    pub fn cookieless_dev(mut self, value: impl Into<bool>) -> Self {
        self.body.cookieless_dev = Some(Some(value.into()));
        self
    }
    /// Whether the instance should use URL-based session syncing in development mode (i.e. without third-party cookies).
    pub fn url_based_session_syncing(mut self, value: impl Into<bool>) -> Self {
        self.body.url_based_session_syncing = Some(Some(value.into()));
        self
    }
    /// When password is required at the instance level, sets the preferred sign-in strategy surfaced to Clerk components. Has no effect when password is not required. Defaults to `password`. Set to an empty string to clear the override.
    pub fn preferred_sign_in_strategy_when_password_required(
        mut self,
        value: impl Into<
            types::UpdateInstanceBodyPreferredSignInStrategyWhenPasswordRequired,
        >,
    ) -> Self {
        self.body.preferred_sign_in_strategy_when_password_required = Some(
            Some(value.into()),
        );
        self
    }
    /// Sends `"test_mode": null`, which is not the same as leaving it out.
    pub fn test_mode_null(mut self) -> Self {
        self.body.test_mode = Some(None);
        self
    }
    /// Sends `"hibp": null`, which is not the same as leaving it out.
    pub fn hibp_null(mut self) -> Self {
        self.body.hibp = Some(None);
        self
    }
    /// Sends `"support_email": null`, which is not the same as leaving it out.
    pub fn support_email_null(mut self) -> Self {
        self.body.support_email = Some(None);
        self
    }
    /// Sends `"clerk_js_version": null`, which is not the same as leaving it out.
    pub fn clerk_js_version_null(mut self) -> Self {
        self.body.clerk_js_version = Some(None);
        self
    }
    /// Sends `"development_origin": null`, which is not the same as leaving it out.
    pub fn development_origin_null(mut self) -> Self {
        self.body.development_origin = Some(None);
        self
    }
    /// Sends `"cookieless_dev": null`, which is not the same as leaving it out.
    pub fn cookieless_dev_null(mut self) -> Self {
        self.body.cookieless_dev = Some(None);
        self
    }
    /// Sends `"url_based_session_syncing": null`, which is not the same as leaving it out.
    pub fn url_based_session_syncing_null(mut self) -> Self {
        self.body.url_based_session_syncing = Some(None);
        self
    }
    /// Sends `"preferred_sign_in_strategy_when_password_required": null`, which is not the same as leaving it out.
    pub fn preferred_sign_in_strategy_when_password_required_null(mut self) -> Self {
        self.body.preferred_sign_in_strategy_when_password_required = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstance",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance",
                "/instance".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[204]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update_restrictions`] (`UpdateInstanceRestrictions`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceRestrictions {
    client: Client,
    body: types::UpdateInstanceRestrictionsBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceRestrictions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceRestrictions").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceRestrictions {
    pub fn allowlist(mut self, value: impl Into<bool>) -> Self {
        self.body.allowlist = Some(Some(value.into()));
        self
    }
    pub fn blocklist(mut self, value: impl Into<bool>) -> Self {
        self.body.blocklist = Some(Some(value.into()));
        self
    }
    pub fn allowlist_blocklist_disabled_on_sign_in(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.allowlist_blocklist_disabled_on_sign_in = Some(Some(value.into()));
        self
    }
    pub fn block_email_subaddresses(mut self, value: impl Into<bool>) -> Self {
        self.body.block_email_subaddresses = Some(Some(value.into()));
        self
    }
    pub fn block_disposable_email_domains(mut self, value: impl Into<bool>) -> Self {
        self.body.block_disposable_email_domains = Some(Some(value.into()));
        self
    }
    /// Sends `"allowlist": null`, which is not the same as leaving it out.
    pub fn allowlist_null(mut self) -> Self {
        self.body.allowlist = Some(None);
        self
    }
    /// Sends `"blocklist": null`, which is not the same as leaving it out.
    pub fn blocklist_null(mut self) -> Self {
        self.body.blocklist = Some(None);
        self
    }
    /// Sends `"allowlist_blocklist_disabled_on_sign_in": null`, which is not the same as leaving it out.
    pub fn allowlist_blocklist_disabled_on_sign_in_null(mut self) -> Self {
        self.body.allowlist_blocklist_disabled_on_sign_in = Some(None);
        self
    }
    /// Sends `"block_email_subaddresses": null`, which is not the same as leaving it out.
    pub fn block_email_subaddresses_null(mut self) -> Self {
        self.body.block_email_subaddresses = Some(None);
        self
    }
    /// Sends `"block_disposable_email_domains": null`, which is not the same as leaving it out.
    pub fn block_disposable_email_domains_null(mut self) -> Self {
        self.body.block_disposable_email_domains = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceRestrictions",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance/restrictions",
                "/instance/restrictions".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::InstanceRestrictions, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceRestrictions>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::get_instance_protect`] (`GetInstanceProtect`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInstanceProtect {
    client: Client,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for GetInstanceProtect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetInstanceProtect").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl GetInstanceProtect {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetInstanceProtect",
                sdkgen_runtime::reqwest::Method::GET,
                "/instance/protect",
                "/instance/protect".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::InstanceProtect, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceProtect>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update_instance_protect`] (`UpdateInstanceProtect`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceProtect {
    client: Client,
    body: types::UpdateInstanceProtectBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceProtect {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceProtect").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceProtect {
    pub fn rules_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.rules_enabled = Some(Some(value.into()));
        self
    }
    pub fn specter_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.specter_enabled = Some(Some(value.into()));
        self
    }
    /// Sends `"rules_enabled": null`, which is not the same as leaving it out.
    pub fn rules_enabled_null(mut self) -> Self {
        self.body.rules_enabled = Some(None);
        self
    }
    /// Sends `"specter_enabled": null`, which is not the same as leaving it out.
    pub fn specter_enabled_null(mut self) -> Self {
        self.body.specter_enabled = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceProtect",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance/protect",
                "/instance/protect".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::InstanceProtect, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceProtect>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::get_communication`] (`GetInstanceCommunication`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInstanceCommunication {
    client: Client,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for GetInstanceCommunication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetInstanceCommunication").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl GetInstanceCommunication {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetInstanceCommunication",
                sdkgen_runtime::reqwest::Method::GET,
                "/instance/communication",
                "/instance/communication".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::InstanceCommunication, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceCommunication>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update_communication`] (`UpdateInstanceCommunication`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceCommunication {
    client: Client,
    body: types::UpdateInstanceCommunicationBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceCommunication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceCommunication").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceCommunication {
    /// ISO 3166-1 alpha-2 country codes to block for SMS delivery. Whole-list replacement. Codes must be uppercase, 2-letter, and unique within the array.
    pub fn blocked_country_codes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.blocked_country_codes = Some(Some(value.into()));
        self
    }
    /// Sends `"blocked_country_codes": null`, which is not the same as leaving it out.
    pub fn blocked_country_codes_null(mut self) -> Self {
        self.body.blocked_country_codes = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceCommunication",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance/communication",
                "/instance/communication".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::InstanceCommunication,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InstanceCommunication>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::get_o_auth_application_settings`] (`GetInstanceOAuthApplicationSettings`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInstanceOAuthApplicationSettings {
    client: Client,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for GetInstanceOAuthApplicationSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetInstanceOAuthApplicationSettings").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl GetInstanceOAuthApplicationSettings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetInstanceOAuthApplicationSettings",
                sdkgen_runtime::reqwest::Method::GET,
                "/instance/oauth_application_settings",
                "/instance/oauth_application_settings".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OAuthApplicationSettings,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplicationSettings>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update_o_auth_application_settings`] (`UpdateInstanceOAuthApplicationSettings`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceOAuthApplicationSettings {
    client: Client,
    body: types::UpdateInstanceOAuthApplicationSettingsBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceOAuthApplicationSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceOAuthApplicationSettings").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceOAuthApplicationSettings {
    /// Whether dynamic OAuth client registration is enabled for the instance (RFC 7591).
    pub fn dynamic_oauth_client_registration(mut self, value: impl Into<bool>) -> Self {
        self.body.dynamic_oauth_client_registration = Some(Some(value.into()));
        self
    }
    /// Default scopes. Set to null to reset to Clerk-provided defaults.
    pub fn default_scopes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.default_scopes = Some(Some(value.into()));
        self
    }
    /// Whether OAuth JWT access tokens are enabled for the instance (disabled indicates opaque access tokens).
    pub fn oauth_jwt_access_tokens(mut self, value: impl Into<bool>) -> Self {
        self.body.oauth_jwt_access_tokens = Some(Some(value.into()));
        self
    }
    /// Whether the instance advertises support for Client ID Metadata Documents in its OAuth authorization server metadata.
    pub fn client_id_metadata_documents_advertised(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.client_id_metadata_documents_advertised = Some(Some(value.into()));
        self
    }
    /// When true, new unknown CIMD clients are rejected. Previously auto-connected and pre-registered clients remain admitted; deleting a client makes it unknown again.
    pub fn client_id_metadata_documents_only_allow_pre_registered_clients(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.client_id_metadata_documents_only_allow_pre_registered_clients = Some(
            Some(value.into()),
        );
        self
    }
    /// When true, recorded implicitly allowed CIMD clients are rejected on future client lookups. Explicitly allowed clients remain accepted. This does not revoke previously issued access tokens.
    pub fn client_id_metadata_documents_block_implicitly_allowed_clients(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.client_id_metadata_documents_block_implicitly_allowed_clients = Some(
            Some(value.into()),
        );
        self
    }
    /// Sends `"dynamic_oauth_client_registration": null`, which is not the same as leaving it out.
    pub fn dynamic_oauth_client_registration_null(mut self) -> Self {
        self.body.dynamic_oauth_client_registration = Some(None);
        self
    }
    /// Sends `"default_scopes": null`, which is not the same as leaving it out.
    pub fn default_scopes_null(mut self) -> Self {
        self.body.default_scopes = Some(None);
        self
    }
    /// Sends `"oauth_jwt_access_tokens": null`, which is not the same as leaving it out.
    pub fn oauth_jwt_access_tokens_null(mut self) -> Self {
        self.body.oauth_jwt_access_tokens = Some(None);
        self
    }
    /// Sends `"client_id_metadata_documents_advertised": null`, which is not the same as leaving it out.
    pub fn client_id_metadata_documents_advertised_null(mut self) -> Self {
        self.body.client_id_metadata_documents_advertised = Some(None);
        self
    }
    /// Sends `"client_id_metadata_documents_only_allow_pre_registered_clients": null`, which is not the same as leaving it out.
    pub fn client_id_metadata_documents_only_allow_pre_registered_clients_null(
        mut self,
    ) -> Self {
        self.body.client_id_metadata_documents_only_allow_pre_registered_clients = Some(
            None,
        );
        self
    }
    /// Sends `"client_id_metadata_documents_block_implicitly_allowed_clients": null`, which is not the same as leaving it out.
    pub fn client_id_metadata_documents_block_implicitly_allowed_clients_null(
        mut self,
    ) -> Self {
        self.body.client_id_metadata_documents_block_implicitly_allowed_clients = Some(
            None,
        );
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceOAuthApplicationSettings",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance/oauth_application_settings",
                "/instance/oauth_application_settings".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OAuthApplicationSettings,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplicationSettings>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::change_domain`] (`ChangeProductionInstanceDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ChangeProductionInstanceDomain {
    client: Client,
    body: types::ChangeProductionInstanceDomainBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for ChangeProductionInstanceDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangeProductionInstanceDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl ChangeProductionInstanceDomain {
    /// The new home URL of the production instance e.g. https://www.example.com
    pub fn home_url(mut self, value: impl Into<String>) -> Self {
        self.body.home_url = Some(value.into());
        self
    }
    /// Whether this is a domain for a secondary app, meaning that any subdomain provided is significant and
    /// will be stored as part of the domain. This is useful for supporting multiple apps (one primary and
    /// multiple secondaries) on the same root domain (eTLD+1).
    pub fn is_secondary(mut self, value: impl Into<bool>) -> Self {
        self.body.is_secondary = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ChangeProductionInstanceDomain",
                sdkgen_runtime::reqwest::Method::POST,
                "/instance/change_domain",
                "/instance/change_domain".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[202]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::get_organization_settings`] (`GetInstanceOrganizationSettings`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInstanceOrganizationSettings {
    client: Client,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for GetInstanceOrganizationSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetInstanceOrganizationSettings").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl GetInstanceOrganizationSettings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetInstanceOrganizationSettings",
                sdkgen_runtime::reqwest::Method::GET,
                "/instance/organization_settings",
                "/instance/organization_settings".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationSettings, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationSettings>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InstanceSettingsApi::update_organization_settings`] (`UpdateInstanceOrganizationSettings`): set optional inputs, then `.send().await`.
#[cfg(feature = "instance-settings")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInstanceOrganizationSettings {
    client: Client,
    body: types::UpdateInstanceOrganizationSettingsBody,
}
#[cfg(feature = "instance-settings")]
impl std::fmt::Debug for UpdateInstanceOrganizationSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateInstanceOrganizationSettings").finish_non_exhaustive()
    }
}
#[cfg(feature = "instance-settings")]
impl UpdateInstanceOrganizationSettings {
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.enabled = Some(Some(value.into()));
        self
    }
    pub fn max_allowed_memberships(mut self, value: impl Into<i64>) -> Self {
        self.body.max_allowed_memberships = Some(Some(value.into()));
        self
    }
    pub fn admin_delete_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.admin_delete_enabled = Some(Some(value.into()));
        self
    }
    pub fn domains_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.domains_enabled = Some(Some(value.into()));
        self
    }
    pub fn slug_disabled(mut self, value: impl Into<bool>) -> Self {
        self.body.slug_disabled = Some(Some(value.into()));
        self
    }
    /// Specify which enrollment modes to enable for your Organization Domains.
    /// Supported modes are 'automatic_invitation' & 'automatic_suggestion'.
    pub fn domains_enrollment_modes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains_enrollment_modes = Some(value.into());
        self
    }
    /// Specify what the default organization role is for an organization creator.
    pub fn creator_role_id(mut self, value: impl Into<String>) -> Self {
        self.body.creator_role_id = Some(Some(value.into()));
        self
    }
    /// Specify what the default organization role is for the organization domains.
    pub fn domains_default_role_id(mut self, value: impl Into<String>) -> Self {
        self.body.domains_default_role_id = Some(Some(value.into()));
        self
    }
    /// Sends `"enabled": null`, which is not the same as leaving it out.
    pub fn enabled_null(mut self) -> Self {
        self.body.enabled = Some(None);
        self
    }
    /// Sends `"max_allowed_memberships": null`, which is not the same as leaving it out.
    pub fn max_allowed_memberships_null(mut self) -> Self {
        self.body.max_allowed_memberships = Some(None);
        self
    }
    /// Sends `"admin_delete_enabled": null`, which is not the same as leaving it out.
    pub fn admin_delete_enabled_null(mut self) -> Self {
        self.body.admin_delete_enabled = Some(None);
        self
    }
    /// Sends `"domains_enabled": null`, which is not the same as leaving it out.
    pub fn domains_enabled_null(mut self) -> Self {
        self.body.domains_enabled = Some(None);
        self
    }
    /// Sends `"slug_disabled": null`, which is not the same as leaving it out.
    pub fn slug_disabled_null(mut self) -> Self {
        self.body.slug_disabled = Some(None);
        self
    }
    /// Sends `"creator_role_id": null`, which is not the same as leaving it out.
    pub fn creator_role_id_null(mut self) -> Self {
        self.body.creator_role_id = Some(None);
        self
    }
    /// Sends `"domains_default_role_id": null`, which is not the same as leaving it out.
    pub fn domains_default_role_id_null(mut self) -> Self {
        self.body.domains_default_role_id = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateInstanceOrganizationSettings",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/instance/organization_settings",
                "/instance/organization_settings".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationSettings, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationSettings>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::list`] (`ListInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvitations {
    client: Client,
    status: Option<types::ListInvitationsStatus>,
    query: Option<String>,
    order_by: Option<String>,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for ListInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl ListInvitations {
    /// Filter invitations based on their status
    pub fn status(mut self, value: impl Into<types::ListInvitationsStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Filter invitations based on their `email_address` or `id`
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Allows to return invitations in a particular order.
    /// At the moment, you can order the returned invitations either by their `created_at`, `email_address` or `expires_at`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/invitations",
                "/invitations".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::Invitation>, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::Invitation>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Invitation, serde_json::Value> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`InvitationsApi::create`] (`CreateInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateInvitation {
    client: Client,
    body: types::CreateInvitationBody,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for CreateInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl CreateInvitation {
    /// Metadata that will be attached to the newly created invitation.
    /// The value of this property should be a well-formed JSON object.
    /// Once the user accepts the invitation and signs up, these metadata will end up in the user's public metadata.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Optional URL which specifies where to redirect the user once they click the invitation link.
    /// This is only required if you have implemented a [custom flow](https://clerk.com/docs/authentication/invitations#custom-flow) and you're not using Clerk Hosted Pages or Clerk Components.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    /// Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user.
    ///
    /// Default: `false`.
    pub fn ignore_existing(mut self, value: impl Into<bool>) -> Self {
        self.body.ignore_existing = Some(value.into());
        self
    }
    /// The number of days the invitation will be valid for. By default, the invitation expires after 30 days.
    ///
    /// Minimum: `1`. Maximum: `365`.
    pub fn expires_in_days(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_days = Some(value.into());
        self
    }
    /// The slug of the email template to use for the invitation email.
    pub fn template_slug(
        mut self,
        value: impl Into<types::CreateInvitationBodyTemplateSlug>,
    ) -> Self {
        self.body.template_slug = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/invitations",
                "/invitations".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Invitation, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Invitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::bulk_create`] (`CreateBulkInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBulkInvitations {
    client: Client,
    body: Vec<types::CreateBulkInvitationsBodyItem>,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for CreateBulkInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBulkInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl CreateBulkInvitations {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateBulkInvitations",
                sdkgen_runtime::reqwest::Method::POST,
                "/invitations/bulk",
                "/invitations/bulk".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::Invitation>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::Invitation>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::revoke`] (`RevokeInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeInvitation {
    client: Client,
    invitation_id: String,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for RevokeInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl RevokeInvitation {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/invitations/{invitation_id}/revoke",
                format!(
                    "/invitations/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .invitation_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::InvitationRevokedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::InvitationRevokedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`JwksApi::get`] (`GetJWKS`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetJwks {
    client: Client,
}
#[cfg(feature = "jwks")]
impl std::fmt::Debug for GetJwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetJwks").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwks")]
impl GetJwks {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetJWKS",
                sdkgen_runtime::reqwest::Method::GET,
                "/jwks",
                "/jwks".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Jwks, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Jwks>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`JwtTemplatesApi::list`] (`ListJWTTemplates`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwt-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListJwtTemplates {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Debug for ListJwtTemplates {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListJwtTemplates").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwt-templates")]
impl ListJwtTemplates {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListJWTTemplates",
                sdkgen_runtime::reqwest::Method::GET,
                "/jwt_templates",
                "/jwt_templates".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::JwtTemplate>, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::JwtTemplate>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::JwtTemplate, serde_json::Value> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`JwtTemplatesApi::create`] (`CreateJWTTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwt-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateJwtTemplate {
    client: Client,
    body: types::CreateJwtTemplateBody,
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Debug for CreateJwtTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateJwtTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwt-templates")]
impl CreateJwtTemplate {
    /// JWT lifetime
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    pub fn lifetime(mut self, value: impl Into<i64>) -> Self {
        self.body.lifetime = Some(value.into());
        self
    }
    /// JWT allowed clock skew
    ///
    /// Minimum: `0`. Maximum: `300`.
    pub fn allowed_clock_skew(mut self, value: impl Into<i64>) -> Self {
        self.body.allowed_clock_skew = Some(value.into());
        self
    }
    /// Whether a custom signing key/algorithm is also provided for this template
    pub fn custom_signing_key(mut self, value: impl Into<bool>) -> Self {
        self.body.custom_signing_key = Some(value.into());
        self
    }
    /// The custom signing algorithm to use when minting JWTs. Required if `custom_signing_key` is `true`.
    pub fn signing_algorithm(mut self, value: impl Into<String>) -> Self {
        self.body.signing_algorithm = Some(value.into());
        self
    }
    /// The custom signing private key to use when minting JWTs. Required if `custom_signing_key` is `true`.
    pub fn signing_key(mut self, value: impl Into<String>) -> Self {
        self.body.signing_key = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateJWTTemplate",
                sdkgen_runtime::reqwest::Method::POST,
                "/jwt_templates",
                "/jwt_templates".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::JwtTemplate, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::JwtTemplate>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`JwtTemplatesApi::get`] (`GetJWTTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwt-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetJwtTemplate {
    client: Client,
    template_id: String,
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Debug for GetJwtTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetJwtTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwt-templates")]
impl GetJwtTemplate {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetJWTTemplate",
                sdkgen_runtime::reqwest::Method::GET,
                "/jwt_templates/{template_id}",
                format!(
                    "/jwt_templates/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::JwtTemplate, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::JwtTemplate>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`JwtTemplatesApi::delete`] (`DeleteJWTTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwt-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteJwtTemplate {
    client: Client,
    template_id: String,
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Debug for DeleteJwtTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteJwtTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwt-templates")]
impl DeleteJwtTemplate {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteJWTTemplate",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/jwt_templates/{template_id}",
                format!(
                    "/jwt_templates/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`JwtTemplatesApi::update`] (`UpdateJWTTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "jwt-templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateJwtTemplate {
    client: Client,
    template_id: String,
    body: types::UpdateJwtTemplateBody,
}
#[cfg(feature = "jwt-templates")]
impl std::fmt::Debug for UpdateJwtTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateJwtTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "jwt-templates")]
impl UpdateJwtTemplate {
    /// JWT lifetime
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    pub fn lifetime(mut self, value: impl Into<i64>) -> Self {
        self.body.lifetime = Some(Some(value.into()));
        self
    }
    /// JWT allowed clock skew
    ///
    /// Minimum: `0`. Maximum: `300`.
    pub fn allowed_clock_skew(mut self, value: impl Into<i64>) -> Self {
        self.body.allowed_clock_skew = Some(Some(value.into()));
        self
    }
    /// Whether a custom signing key/algorithm is also provided for this template
    pub fn custom_signing_key(mut self, value: impl Into<bool>) -> Self {
        self.body.custom_signing_key = Some(value.into());
        self
    }
    /// The custom signing algorithm to use when minting JWTs. Required if `custom_signing_key` is `true`.
    pub fn signing_algorithm(mut self, value: impl Into<String>) -> Self {
        self.body.signing_algorithm = Some(Some(value.into()));
        self
    }
    /// The custom signing private key to use when minting JWTs. Required if `custom_signing_key` is `true`.
    pub fn signing_key(mut self, value: impl Into<String>) -> Self {
        self.body.signing_key = Some(Some(value.into()));
        self
    }
    /// Sends `"lifetime": null`, which is not the same as leaving it out.
    pub fn lifetime_null(mut self) -> Self {
        self.body.lifetime = Some(None);
        self
    }
    /// Sends `"allowed_clock_skew": null`, which is not the same as leaving it out.
    pub fn allowed_clock_skew_null(mut self) -> Self {
        self.body.allowed_clock_skew = Some(None);
        self
    }
    /// Sends `"signing_algorithm": null`, which is not the same as leaving it out.
    pub fn signing_algorithm_null(mut self) -> Self {
        self.body.signing_algorithm = Some(None);
        self
    }
    /// Sends `"signing_key": null`, which is not the same as leaving it out.
    pub fn signing_key_null(mut self) -> Self {
        self.body.signing_key = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateJWTTemplate",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/jwt_templates/{template_id}",
                format!(
                    "/jwt_templates/{}", sdkgen_runtime::encode_path_segment(& self
                    .template_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::JwtTemplate, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::JwtTemplate>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`M2mApi::list_tokens`] (`getM2MTokens`): set optional inputs, then `.send().await`.
#[cfg(feature = "m2m")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetM2mTokens {
    client: Client,
    subject: String,
    revoked: Option<bool>,
    expired: Option<bool>,
    limit: Option<f64>,
    offset: Option<f64>,
}
#[cfg(feature = "m2m")]
impl std::fmt::Debug for GetM2mTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetM2mTokens").finish_non_exhaustive()
    }
}
#[cfg(feature = "m2m")]
impl GetM2mTokens {
    pub fn revoked(mut self, value: impl Into<bool>) -> Self {
        self.revoked = Some(value.into());
        self
    }
    pub fn expired(mut self, value: impl Into<bool>) -> Self {
        self.expired = Some(value.into());
        self
    }
    pub fn limit(mut self, value: impl Into<f64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    pub fn offset(mut self, value: impl Into<f64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getM2MTokens",
                sdkgen_runtime::reqwest::Method::GET,
                "/m2m_tokens",
                "/m2m_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        {
            let v = &self.subject;
            req.query("subject", v);
        }
        if let Some(v) = &self.revoked {
            req.query("revoked", v);
        }
        if let Some(v) = &self.expired {
            req.query("expired", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetM2mTokensResponse,
        sdkgen_runtime::Error<types::GetM2mTokensError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetM2mTokensResponse>,
        sdkgen_runtime::Error<types::GetM2mTokensError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`M2mApi::create_token`] (`createM2MToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "m2m")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateM2mToken {
    client: Client,
    body: types::CreateM2mTokenBody,
}
#[cfg(feature = "m2m")]
impl std::fmt::Debug for CreateM2mToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateM2mToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "m2m")]
impl CreateM2mToken {
    /// Default: `"opaque"`.
    pub fn token_format(
        mut self,
        value: impl Into<types::CreateM2mTokenBodyTokenFormat>,
    ) -> Self {
        self.body.token_format = Some(value.into());
        self
    }
    /// Minimum: `0` (exclusive).
    pub fn seconds_until_expiration(mut self, value: impl Into<f64>) -> Self {
        self.body.seconds_until_expiration = Some(value.into());
        self
    }
    pub fn claims(mut self, value: impl Into<serde_json::Value>) -> Self {
        self.body.claims = Some(value.into());
        self
    }
    /// Enables server-side token reuse for opaque-format tokens. When set, if a non-revoked, non-expired M2M token already exists for this machine with identical `claims` and `scopes` and at least this many seconds of remaining lifetime, that existing token is returned and no new token is minted.
    ///
    /// Use this when caching tokens in application memory across requests is impractical — for example, in serverless functions, short-lived job workers, or autoscaling containers that churn faster than the token TTL. Pooling at the server collapses many redundant create calls into reuse of a single live token, which is the recommended pattern for high-volume M2M traffic.
    ///
    /// Must be strictly less than the effective token lifetime — that is, `seconds_until_expiration` when provided, or the machine's default TTL otherwise. A value greater than or equal to the lifetime is rejected with a 400, since no freshly-minted token would ever satisfy the requirement.
    ///
    /// Only applies to opaque-format tokens (`token_format` defaults to `opaque`). JWT-format tokens are stateless and are never deduplicated.
    ///
    /// Minimum: `0`.
    pub fn min_remaining_ttl_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.min_remaining_ttl_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createM2MToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/m2m_tokens",
                "/m2m_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[201]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateM2mTokenResponse,
        sdkgen_runtime::Error<types::CreateM2mTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateM2mTokenResponse>,
        sdkgen_runtime::Error<types::CreateM2mTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`M2mApi::revoke_token`] (`revokeM2MToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "m2m")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeM2mToken {
    client: Client,
    m2m_token_id: String,
    body: types::RevokeM2mTokenBody,
}
#[cfg(feature = "m2m")]
impl std::fmt::Debug for RevokeM2mToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeM2mToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "m2m")]
impl RevokeM2mToken {
    pub fn revocation_reason(mut self, value: impl Into<String>) -> Self {
        self.body.revocation_reason = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "revokeM2MToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/m2m_tokens/{m2m_token_id}/revoke",
                format!(
                    "/m2m_tokens/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .m2m_token_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::RevokeM2mTokenResponse,
        sdkgen_runtime::Error<types::RevokeM2mTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RevokeM2mTokenResponse>,
        sdkgen_runtime::Error<types::RevokeM2mTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`M2mApi::verify_token`] (`verifyM2MToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "m2m")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyM2mToken {
    client: Client,
    body: types::VerifyM2mTokenBody,
}
#[cfg(feature = "m2m")]
impl std::fmt::Debug for VerifyM2mToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyM2mToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "m2m")]
impl VerifyM2mToken {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyM2MToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/m2m_tokens/verify",
                "/m2m_tokens/verify".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerifyM2mTokenResponse,
        sdkgen_runtime::Error<types::VerifyM2mTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerifyM2mTokenResponse>,
        sdkgen_runtime::Error<types::VerifyM2mTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::list`] (`ListMachines`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMachines {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    query: Option<String>,
    order_by: Option<String>,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for ListMachines {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListMachines").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl ListMachines {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Returns machines with ID or name that match the given query. Uses exact match for machine ID and partial match for name.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Allows to return machines in a particular order.
    /// You can order the returned machines by their `name` or `created_at`.
    /// To specify the direction, use the `+` or `-` symbols prepended to the property to order by.
    /// For example, to return machines in descending order by `created_at`, use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListMachines",
                sdkgen_runtime::reqwest::Method::GET,
                "/machines",
                "/machines".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::MachineListResponse, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Machine, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`MachinesApi::create`] (`CreateMachine`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMachine {
    client: Client,
    body: types::CreateMachineBody,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for CreateMachine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMachine").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl CreateMachine {
    /// Array of machine IDs that this machine will have access to. Maximum of 150 scopes per machine.
    pub fn scoped_machines(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.scoped_machines = Some(value.into());
        self
    }
    /// The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second.
    ///
    /// Default: `3600`. Minimum: `1`. Maximum: `315360000`.
    pub fn default_token_ttl(mut self, value: impl Into<i64>) -> Self {
        self.body.default_token_ttl = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateMachine",
                sdkgen_runtime::reqwest::Method::POST,
                "/machines",
                "/machines".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::MachineCreatedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineCreatedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::get`] (`GetMachine`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachine {
    client: Client,
    machine_id: String,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for GetMachine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetMachine").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl GetMachine {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetMachine",
                sdkgen_runtime::reqwest::Method::GET,
                "/machines/{machine_id}",
                format!(
                    "/machines/{}", sdkgen_runtime::encode_path_segment(& self.machine_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Machine, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Machine>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::delete`] (`DeleteMachine`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMachine {
    client: Client,
    machine_id: String,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for DeleteMachine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteMachine").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl DeleteMachine {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteMachine",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/machines/{machine_id}",
                format!(
                    "/machines/{}", sdkgen_runtime::encode_path_segment(& self.machine_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::MachineDeletedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineDeletedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::update`] (`UpdateMachine`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateMachine {
    client: Client,
    machine_id: String,
    body: types::UpdateMachineBody,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for UpdateMachine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateMachine").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl UpdateMachine {
    /// The name of the machine
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The default time-to-live (TTL) in seconds for tokens created by this machine. Must be at least 1 second.
    ///
    /// Minimum: `1`. Maximum: `315360000`.
    pub fn default_token_ttl(mut self, value: impl Into<i64>) -> Self {
        self.body.default_token_ttl = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateMachine",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/machines/{machine_id}",
                format!(
                    "/machines/{}", sdkgen_runtime::encode_path_segment(& self.machine_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Machine, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Machine>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::get_secret_key`] (`GetMachineSecretKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMachineSecretKey {
    client: Client,
    machine_id: String,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for GetMachineSecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetMachineSecretKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl GetMachineSecretKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetMachineSecretKey",
                sdkgen_runtime::reqwest::Method::GET,
                "/machines/{machine_id}/secret_key",
                format!(
                    "/machines/{}/secret_key", sdkgen_runtime::encode_path_segment(& self
                    .machine_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::MachineSecretKeyResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineSecretKeyResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::rotate_secret_key`] (`RotateMachineSecretKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RotateMachineSecretKey {
    client: Client,
    machine_id: String,
    body: types::RotateMachineSecretKeyBody,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for RotateMachineSecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RotateMachineSecretKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl RotateMachineSecretKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "RotateMachineSecretKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/machines/{machine_id}/secret_key/rotate",
                format!(
                    "/machines/{}/secret_key/rotate",
                    sdkgen_runtime::encode_path_segment(& self.machine_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::MachineSecretKeyResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineSecretKeyResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::create_scope`] (`CreateMachineScope`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMachineScope {
    client: Client,
    machine_id: String,
    body: types::CreateMachineScopeBody,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for CreateMachineScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMachineScope").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl CreateMachineScope {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateMachineScope",
                sdkgen_runtime::reqwest::Method::POST,
                "/machines/{machine_id}/scopes",
                format!(
                    "/machines/{}/scopes", sdkgen_runtime::encode_path_segment(& self
                    .machine_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::MachineScope, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineScope>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MachinesApi::delete_scope`] (`DeleteMachineScope`): set optional inputs, then `.send().await`.
#[cfg(feature = "machines")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMachineScope {
    client: Client,
    machine_id: String,
    other_machine_id: String,
}
#[cfg(feature = "machines")]
impl std::fmt::Debug for DeleteMachineScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteMachineScope").finish_non_exhaustive()
    }
}
#[cfg(feature = "machines")]
impl DeleteMachineScope {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteMachineScope",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/machines/{machine_id}/scopes/{other_machine_id}",
                format!(
                    "/machines/{}/scopes/{}", sdkgen_runtime::encode_path_segment(& self
                    .machine_id.to_string()), sdkgen_runtime::encode_path_segment(& self
                    .other_machine_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::MachineScopeDeletedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::MachineScopeDeletedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MiscellaneousApi::get_public_interstitial`] (`GetPublicInterstitial`): set optional inputs, then `.send().await`.
#[cfg(feature = "miscellaneous")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPublicInterstitial {
    client: Client,
    frontend_api: Option<String>,
    frontend_api2: Option<String>,
    publishable_key: Option<String>,
    proxy_url: Option<String>,
    domain: Option<String>,
    sign_in_url: Option<String>,
    use_domain_for_script: Option<bool>,
}
#[cfg(feature = "miscellaneous")]
impl std::fmt::Debug for GetPublicInterstitial {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetPublicInterstitial").finish_non_exhaustive()
    }
}
#[cfg(feature = "miscellaneous")]
impl GetPublicInterstitial {
    /// Please use `frontend_api` instead
    pub fn frontend_api(mut self, value: impl Into<String>) -> Self {
        self.frontend_api = Some(value.into());
        self
    }
    /// The Frontend API key of your instance
    pub fn frontend_api2(mut self, value: impl Into<String>) -> Self {
        self.frontend_api2 = Some(value.into());
        self
    }
    /// The publishable key of your instance
    pub fn publishable_key(mut self, value: impl Into<String>) -> Self {
        self.publishable_key = Some(value.into());
        self
    }
    /// The proxy URL of your instance
    pub fn proxy_url(mut self, value: impl Into<String>) -> Self {
        self.proxy_url = Some(value.into());
        self
    }
    /// The domain of your instance
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.domain = Some(value.into());
        self
    }
    /// The sign in URL of your instance
    pub fn sign_in_url(mut self, value: impl Into<String>) -> Self {
        self.sign_in_url = Some(value.into());
        self
    }
    /// Whether to use the domain for the script URL
    pub fn use_domain_for_script(mut self, value: impl Into<bool>) -> Self {
        self.use_domain_for_script = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetPublicInterstitial",
                sdkgen_runtime::reqwest::Method::GET,
                "/public/interstitial",
                "/public/interstitial".to_owned(),
            )
            .security(&[])
            .success(&[200]);
        if let Some(v) = &self.frontend_api {
            req.query("frontendApi", v);
        }
        if let Some(v) = &self.frontend_api2 {
            req.query("frontend_api", v);
        }
        if let Some(v) = &self.publishable_key {
            req.query("publishable_key", v);
        }
        if let Some(v) = &self.proxy_url {
            req.query("proxy_url", v);
        }
        if let Some(v) = &self.domain {
            req.query("domain", v);
        }
        if let Some(v) = &self.sign_in_url {
            req.query("sign_in_url", v);
        }
        if let Some(v) = &self.use_domain_for_script {
            req.query("use_domain_for_script", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`OauthAccessTokensApi::verify`] (`verifyOAuthAccessToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-access-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyOAuthAccessToken {
    client: Client,
    body: types::VerifyOAuthAccessTokenBody,
}
#[cfg(feature = "oauth-access-tokens")]
impl std::fmt::Debug for VerifyOAuthAccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyOAuthAccessToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-access-tokens")]
impl VerifyOAuthAccessToken {
    /// The access token to verify.
    pub fn access_token(mut self, value: impl Into<String>) -> Self {
        self.body.access_token = Some(value.into());
        self
    }
    /// The access token to verify. This is deprecated, use `access_token` instead.
    ///
    /// Deprecated.
    pub fn secret(mut self, value: impl Into<String>) -> Self {
        self.body.secret = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyOAuthAccessToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth_applications/access_tokens/verify",
                "/oauth_applications/access_tokens/verify".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerifyOAuthAccessTokenResponse,
        sdkgen_runtime::Error<types::VerifyOAuthAccessTokenError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerifyOAuthAccessTokenResponse>,
        sdkgen_runtime::Error<types::VerifyOAuthAccessTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::list`] (`ListOAuthApplications`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOAuthApplications {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    order_by: Option<String>,
    name_query: Option<String>,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for ListOAuthApplications {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOAuthApplications").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl ListOAuthApplications {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Allows to return OAuth applications in a particular order.
    /// At the moment, you can order the returned OAuth applications by their `created_at` and `name`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want OAuth applications to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied. We only support one `order_by` parameter, and if multiple `order_by` parameters are provided, we will only keep the first one. For example,
    /// if you pass `order_by=name&order_by=created_at`, we will consider only the first `order_by` parameter, which is `name`. The `created_at` parameter will be ignored in this case.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Returns OAuth applications with names that match the given query, via case-insensitive partial match.
    /// Also returns the OAuth application whose `client_id` is exactly the given query, which is useful for
    /// resolving a `client_id` to the OAuth application `id` required by the read, update and delete endpoints.
    pub fn name_query(mut self, value: impl Into<String>) -> Self {
        self.name_query = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOAuthApplications",
                sdkgen_runtime::reqwest::Method::GET,
                "/oauth_applications",
                "/oauth_applications".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.name_query {
            req.query("name_query", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthApplications, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplications>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OAuthApplication, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OauthApplicationsApi::create`] (`CreateOAuthApplication`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOAuthApplication {
    client: Client,
    body: types::CreateOAuthApplicationBody,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for CreateOAuthApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOAuthApplication").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl CreateOAuthApplication {
    /// An array of redirect URIs of the new OAuth application
    pub fn redirect_uris(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.redirect_uris = Some(value.into());
        self
    }
    /// The callback URL of the new OAuth application
    ///
    /// Deprecated.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.body.callback_url = Some(value.into());
        self
    }
    /// Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces.
    ///
    /// Default: `"profile email"`.
    pub fn scopes(mut self, value: impl Into<String>) -> Self {
        self.body.scopes = Some(value.into());
        self
    }
    /// True to enable a consent screen to display in the authentication flow.
    ///
    /// Default: `true`.
    pub fn consent_screen_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.consent_screen_enabled = Some(value.into());
        self
    }
    /// True to require the Proof Key of Code Exchange (PKCE) flow.
    ///
    /// Default: `false`.
    pub fn pkce_required(mut self, value: impl Into<bool>) -> Self {
        self.body.pkce_required = Some(value.into());
        self
    }
    /// If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.body.public = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOAuthApplication",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth_applications",
                "/oauth_applications".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OAuthApplicationWithSecret,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplicationWithSecret>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::get`] (`GetOAuthApplication`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthApplication {
    client: Client,
    oauth_application_id: String,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for GetOAuthApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthApplication").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl GetOAuthApplication {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOAuthApplication",
                sdkgen_runtime::reqwest::Method::GET,
                "/oauth_applications/{oauth_application_id}",
                format!(
                    "/oauth_applications/{}", sdkgen_runtime::encode_path_segment(& self
                    .oauth_application_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthApplication, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplication>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::delete`] (`DeleteOAuthApplication`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOAuthApplication {
    client: Client,
    oauth_application_id: String,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for DeleteOAuthApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOAuthApplication").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl DeleteOAuthApplication {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOAuthApplication",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/oauth_applications/{oauth_application_id}",
                format!(
                    "/oauth_applications/{}", sdkgen_runtime::encode_path_segment(& self
                    .oauth_application_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::update`] (`UpdateOAuthApplication`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOAuthApplication {
    client: Client,
    oauth_application_id: String,
    body: types::UpdateOAuthApplicationBody,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for UpdateOAuthApplication {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOAuthApplication").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl UpdateOAuthApplication {
    /// The new name of the OAuth application.
    /// Max length: 256
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// An array of redirect URIs of the new OAuth application
    pub fn redirect_uris(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.redirect_uris = Some(Some(value.into()));
        self
    }
    /// The new callback URL of the OAuth application
    ///
    /// Deprecated.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.body.callback_url = Some(Some(value.into()));
        self
    }
    /// Define the allowed scopes for the new OAuth applications that dictate the user payload of the OAuth user info endpoint. Available scopes are `profile`, `email`, `public_metadata`, `private_metadata`. Provide the requested scopes as a string, separated by spaces.
    ///
    /// Default: `"profile email"`.
    pub fn scopes(mut self, value: impl Into<String>) -> Self {
        self.body.scopes = Some(Some(value.into()));
        self
    }
    /// True to enable a consent screen to display in the authentication flow. This cannot be disabled for dynamically registered OAuth Applications.
    pub fn consent_screen_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.consent_screen_enabled = Some(Some(value.into()));
        self
    }
    /// True to require the Proof Key of Code Exchange (PKCE) flow.
    pub fn pkce_required(mut self, value: impl Into<bool>) -> Self {
        self.body.pkce_required = Some(Some(value.into()));
        self
    }
    /// If true, this client is public and you can use the Proof Key of Code Exchange (PKCE) flow.
    pub fn public(mut self, value: impl Into<bool>) -> Self {
        self.body.public = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"redirect_uris": null`, which is not the same as leaving it out.
    pub fn redirect_uris_null(mut self) -> Self {
        self.body.redirect_uris = Some(None);
        self
    }
    /// Sends `"callback_url": null`, which is not the same as leaving it out.
    pub fn callback_url_null(mut self) -> Self {
        self.body.callback_url = Some(None);
        self
    }
    /// Sends `"scopes": null`, which is not the same as leaving it out.
    pub fn scopes_null(mut self) -> Self {
        self.body.scopes = Some(None);
        self
    }
    /// Sends `"consent_screen_enabled": null`, which is not the same as leaving it out.
    pub fn consent_screen_enabled_null(mut self) -> Self {
        self.body.consent_screen_enabled = Some(None);
        self
    }
    /// Sends `"pkce_required": null`, which is not the same as leaving it out.
    pub fn pkce_required_null(mut self) -> Self {
        self.body.pkce_required = Some(None);
        self
    }
    /// Sends `"public": null`, which is not the same as leaving it out.
    pub fn public_null(mut self) -> Self {
        self.body.public = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOAuthApplication",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/oauth_applications/{oauth_application_id}",
                format!(
                    "/oauth_applications/{}", sdkgen_runtime::encode_path_segment(& self
                    .oauth_application_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthApplication, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplication>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::upload_logo`] (`UploadOAuthApplicationLogo`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UploadOAuthApplicationLogo {
    client: Client,
    oauth_application_id: String,
    body: types::UploadOAuthApplicationLogoBody,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for UploadOAuthApplicationLogo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadOAuthApplicationLogo").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl UploadOAuthApplicationLogo {
    /// The ID of the user that will be credited with the image upload.
    pub fn uploader_user_id(mut self, value: impl Into<String>) -> Self {
        self.body.uploader_user_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UploadOAuthApplicationLogo",
                sdkgen_runtime::reqwest::Method::PUT,
                "/oauth_applications/{oauth_application_id}/logo",
                format!(
                    "/oauth_applications/{}/logo", sdkgen_runtime::encode_path_segment(&
                    self.oauth_application_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        let mut form = sdkgen_runtime::Multipart::new();
        if let Some(v) = &self.body.uploader_user_id {
            form.text("uploader_user_id", v);
        }
        {
            let v = &self.body.file;
            form.file("file", v);
        }
        req.multipart(form);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthApplication, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplication>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::rotate_secret`] (`RotateOAuthApplicationSecret`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RotateOAuthApplicationSecret {
    client: Client,
    oauth_application_id: String,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for RotateOAuthApplicationSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RotateOAuthApplicationSecret").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl RotateOAuthApplicationSecret {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RotateOAuthApplicationSecret",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth_applications/{oauth_application_id}/rotate_secret",
                format!(
                    "/oauth_applications/{}/rotate_secret",
                    sdkgen_runtime::encode_path_segment(& self.oauth_application_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OAuthApplicationWithSecret,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthApplicationWithSecret>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OauthApplicationsApi::revoke_token`] (`RevokeOAuthApplicationToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "oauth-applications")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeOAuthApplicationToken {
    client: Client,
    oauth_application_id: String,
    body: types::RevokeOAuthApplicationTokenBody,
}
#[cfg(feature = "oauth-applications")]
impl std::fmt::Debug for RevokeOAuthApplicationToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeOAuthApplicationToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "oauth-applications")]
impl RevokeOAuthApplicationToken {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "RevokeOAuthApplicationToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth_applications/{oauth_application_id}/revoke_token",
                format!(
                    "/oauth_applications/{}/revoke_token",
                    sdkgen_runtime::encode_path_segment(& self.oauth_application_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[204]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationDomainsApi::list`] (`ListOrganizationDomains`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationDomains {
    client: Client,
    organization_id: String,
    verified: Option<String>,
    enrollment_mode: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for ListOrganizationDomains {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationDomains").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl ListOrganizationDomains {
    /// Filter domains by their verification status. `true` or `false`
    pub fn verified(mut self, value: impl Into<String>) -> Self {
        self.verified = Some(value.into());
        self
    }
    /// Filter domains by their enrollment mode. Accepts `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`.
    /// Prefix a value with `-` to exclude it instead (e.g. `-enterprise_sso`). Include and exclude filters can be combined and compose as AND.
    pub fn enrollment_mode(mut self, value: impl Into<String>) -> Self {
        self.enrollment_mode = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationDomains",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/domains",
                format!(
                    "/organizations/{}/domains", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.verified {
            req.query("verified", v);
        }
        if let Some(v) = &self.enrollment_mode {
            req.query("enrollment_mode", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationDomains, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationDomains>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationDomain, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationDomainsApi::create`] (`CreateOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationDomain {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationDomainBody,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for CreateOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl CreateOrganizationDomain {
    /// The name of the new domain
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`
    pub fn enrollment_mode(mut self, value: impl Into<String>) -> Self {
        self.body.enrollment_mode = Some(value.into());
        self
    }
    /// The status of domain's verification. Defaults to true
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationDomain",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/domains",
                format!(
                    "/organizations/{}/domains", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationDomain, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationDomainsApi::delete`] (`DeleteOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationDomain {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for DeleteOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl DeleteOrganizationDomain {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationDomain",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organizations/{organization_id}/domains/{domain_id}",
                format!(
                    "/organizations/{}/domains/{}", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.domain_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationDomainsApi::update`] (`UpdateOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationDomain {
    client: Client,
    organization_id: String,
    domain_id: String,
    body: types::UpdateOrganizationDomainBody,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for UpdateOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl UpdateOrganizationDomain {
    /// The enrollment_mode for the new domain. This can be `automatic_invitation`, `automatic_suggestion`, `manual_invitation` or `enterprise_sso`
    pub fn enrollment_mode(mut self, value: impl Into<String>) -> Self {
        self.body.enrollment_mode = Some(Some(value.into()));
        self
    }
    /// The status of the domain's verification
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(Some(value.into()));
        self
    }
    /// Sends `"enrollment_mode": null`, which is not the same as leaving it out.
    pub fn enrollment_mode_null(mut self) -> Self {
        self.body.enrollment_mode = Some(None);
        self
    }
    /// Sends `"verified": null`, which is not the same as leaving it out.
    pub fn verified_null(mut self) -> Self {
        self.body.verified = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationDomain",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organizations/{organization_id}/domains/{domain_id}",
                format!(
                    "/organizations/{}/domains/{}", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.domain_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationDomain, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationDomainsApi::verify_ownership`] (`VerifyOrganizationDomainOwnership`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyOrganizationDomainOwnership {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for VerifyOrganizationDomainOwnership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyOrganizationDomainOwnership").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl VerifyOrganizationDomainOwnership {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "VerifyOrganizationDomainOwnership",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/domains/{domain_id}/verify_ownership",
                format!(
                    "/organizations/{}/domains/{}/verify_ownership",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationDomain, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationDomainsApi::list_all`] (`ListAllOrganizationDomains`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListAllOrganizationDomains {
    client: Client,
    organization_id: Option<String>,
    verified: Option<types::ListAllOrganizationDomainsVerified>,
    enrollment_mode: Option<Vec<types::ListAllOrganizationDomainsEnrollmentModeItem>>,
    query: Option<String>,
    domains: Option<Vec<String>>,
    order_by: Option<String>,
    offset: Option<i64>,
    limit: Option<i64>,
}
#[cfg(feature = "organization-domains")]
impl std::fmt::Debug for ListAllOrganizationDomains {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListAllOrganizationDomains").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-domains")]
impl ListAllOrganizationDomains {
    /// The ID of the organization to filter domains by
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Filter by verification status
    pub fn verified(
        mut self,
        value: impl Into<types::ListAllOrganizationDomainsVerified>,
    ) -> Self {
        self.verified = Some(value.into());
        self
    }
    /// Filter by enrollment mode. Prefix a value with `-` to exclude it instead
    /// (e.g. `-enterprise_sso`). Include and exclude filters can be combined and compose as AND.
    pub fn enrollment_mode(
        mut self,
        value: impl Into<Vec<types::ListAllOrganizationDomainsEnrollmentModeItem>>,
    ) -> Self {
        self.enrollment_mode = Some(value.into());
        self
    }
    /// Search domains by name or organization ID.
    /// If the query starts with "org_", it will search by exact organization ID match.
    /// Otherwise, it performs a case-insensitive partial match on the domain name.
    ///
    /// Note: An empty string or whitespace-only value is not allowed and will result in a validation error.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Filter by exact domain names. Accepts multiple values (e.g. domains=example.com&domains=test.org).
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.domains = Some(value.into());
        self
    }
    /// Allows to return organization domains in a particular order.
    /// At the moment, you can order the returned domains by their `name` or `created_at`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended to the property to order by.
    /// For example, if you want domains to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListAllOrganizationDomains",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_domains",
                "/organization_domains".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.organization_id {
            req.query("organization_id", v);
        }
        if let Some(v) = &self.verified {
            req.query("verified", v);
        }
        if let Some(v) = &self.enrollment_mode {
            req.query_joined("enrollment_mode", v, ",");
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.domains {
            req.query_exploded("domains", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationDomains, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationDomains>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationDomain, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationInvitationsApi::get_all`] (`ListInstanceOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInstanceOrganizationInvitations {
    client: Client,
    order_by: Option<String>,
    status: Option<types::ListInstanceOrganizationInvitationsStatus>,
    query: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for ListInstanceOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListInstanceOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl ListInstanceOrganizationInvitations {
    /// Allows to return organization invitations in a particular order.
    /// At the moment, you can order the returned organization invitations either by their `created_at` or `email_address`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Filter organization invitations based on their status
    pub fn status(
        mut self,
        value: impl Into<types::ListInstanceOrganizationInvitationsStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Filter organization invitations based on their `email_address`
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListInstanceOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_invitations",
                "/organization_invitations".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitationsWithPublicOrganizationData,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            types::OrganizationInvitationsWithPublicOrganizationData,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<
        types::OrganizationInvitationWithPublicOrganizationData,
        types::ClerkErrors,
    > {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationInvitationsApi::list`] (`ListOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationInvitations {
    client: Client,
    organization_id: String,
    status: Option<types::ListOrganizationInvitationsStatus>,
    email_address: Option<String>,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for ListOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl ListOrganizationInvitations {
    /// Filter organization invitations based on their status
    pub fn status(
        mut self,
        value: impl Into<types::ListOrganizationInvitationsStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Returns organization invitations inviting the specified email address.
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Allows to return organization invitations in a particular order.
    /// You can order the returned organization invitations either by their `created_at` or `email_address`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want organization invitations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/invitations",
                format!(
                    "/organizations/{}/invitations",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.email_address {
            req.query("email_address", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationInvitation, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationInvitationsApi::create`] (`CreateOrganizationInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationInvitation {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationInvitationBody,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for CreateOrganizationInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl CreateOrganizationInvitation {
    /// The ID of the user that invites the new member to the organization.
    /// Must be an administrator in the organization.
    pub fn inviter_user_id(mut self, value: impl Into<String>) -> Self {
        self.body.inviter_user_id = Some(value.into());
        self
    }
    /// Metadata saved on the organization invitation, read-only from the Frontend API and fully accessible (read/write) from the Backend API.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization invitation, fully accessible (read/write) from the Backend API but not visible from the Frontend API.
    /// When the organization invitation is accepted, the metadata will be transferred to the newly created organization membership.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    /// Optional URL that the invitee will be redirected to once they accept the invitation by clicking the join link in the invitation email.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    /// The number of days the invitation will be valid for. By default, the invitation has a 30 days expire.
    ///
    /// Minimum: `1`. Maximum: `365`.
    pub fn expires_in_days(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_days = Some(value.into());
        self
    }
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/invitations",
                format!(
                    "/organizations/{}/invitations",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationInvitationsApi::bulk_create`] (`CreateOrganizationInvitationBulk`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationInvitationBulk {
    client: Client,
    organization_id: String,
    body: Vec<types::CreateOrganizationInvitationBulkBodyItem>,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for CreateOrganizationInvitationBulk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationInvitationBulk").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl CreateOrganizationInvitationBulk {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationInvitationBulk",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/invitations/bulk",
                format!(
                    "/organizations/{}/invitations/bulk",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationInvitationsApi::list_pending`] (`ListPendingOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPendingOrganizationInvitations {
    client: Client,
    organization_id: String,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for ListPendingOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListPendingOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl ListPendingOrganizationInvitations {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListPendingOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/invitations/pending",
                format!(
                    "/organizations/{}/invitations/pending",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationInvitation, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationInvitationsApi::get`] (`GetOrganizationInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationInvitation {
    client: Client,
    organization_id: String,
    invitation_id: String,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for GetOrganizationInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl GetOrganizationInvitation {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationInvitation",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/invitations/{invitation_id}",
                format!(
                    "/organizations/{}/invitations/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .invitation_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationInvitationsApi::revoke`] (`RevokeOrganizationInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeOrganizationInvitation {
    client: Client,
    organization_id: String,
    invitation_id: String,
    body: types::RevokeOrganizationInvitationBody,
}
#[cfg(feature = "organization-invitations")]
impl std::fmt::Debug for RevokeOrganizationInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeOrganizationInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-invitations")]
impl RevokeOrganizationInvitation {
    /// The ID of the user that revokes the invitation.
    /// Must be an administrator in the organization.
    pub fn requesting_user_id(mut self, value: impl Into<String>) -> Self {
        self.body.requesting_user_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "RevokeOrganizationInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/invitations/{invitation_id}/revoke",
                format!(
                    "/organizations/{}/invitations/{}/revoke",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .invitation_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationInvitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationMembershipsApi::list`] (`ListOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationMemberships {
    client: Client,
    organization_id: String,
    order_by: Option<String>,
    user_id: Option<Vec<String>>,
    email_address: Option<Vec<String>>,
    phone_number: Option<Vec<String>>,
    username: Option<Vec<String>>,
    web3_wallet: Option<Vec<String>>,
    role: Option<Vec<String>>,
    query: Option<String>,
    email_address_query: Option<String>,
    phone_number_query: Option<String>,
    username_query: Option<String>,
    name_query: Option<String>,
    last_active_at_before: Option<i64>,
    last_active_at_after: Option<i64>,
    created_at_before: Option<i64>,
    created_at_after: Option<i64>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-memberships")]
impl std::fmt::Debug for ListOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-memberships")]
impl ListOrganizationMemberships {
    /// Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
    /// By prepending one of those values with + or -, we can choose to sort in ascending (ASC) or descending (DESC) order."
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Returns users with the user IDs specified. For each user ID, the `+` and `-` can be
    /// prepended to the ID, which denote whether the respective user ID should be included or
    /// excluded from the result set. Accepts up to 100 user IDs. Any user IDs not found are ignored.
    pub fn user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Returns users with the specified email addresses. Accepts up to 100 email addresses. Any email addresses not found are ignored.
    pub fn email_address(mut self, value: impl Into<Vec<String>>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Returns users with the specified phone numbers. Accepts up to 100 phone numbers. Any phone numbers not found are ignored.
    pub fn phone_number(mut self, value: impl Into<Vec<String>>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Returns users with the specified usernames.
    /// Accepts up to 100 usernames.
    /// Any usernames not found are ignored.
    pub fn username(mut self, value: impl Into<Vec<String>>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// Returns users with the specified web3 wallet addresses.
    /// Accepts up to 100 web3 wallet addresses.
    /// Any web3 wallet addresses not found are ignored.
    pub fn web3_wallet(mut self, value: impl Into<Vec<String>>) -> Self {
        self.web3_wallet = Some(value.into());
        self
    }
    /// Returns users with the specified roles. Accepts up to 100 roles. Any roles not found are ignored.
    pub fn role(mut self, value: impl Into<Vec<String>>) -> Self {
        self.role = Some(value.into());
        self
    }
    /// Returns users that match the given query.
    /// For possible matches, we check the email addresses, phone numbers, usernames, web3 wallets, user IDs, first and last names.
    /// The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Returns users with emails that match the given query, via case-insensitive partial match.
    /// For example, `email_address_query=ello` will match a user with the email `HELLO@example.com`.
    pub fn email_address_query(mut self, value: impl Into<String>) -> Self {
        self.email_address_query = Some(value.into());
        self
    }
    /// Returns users with phone numbers that match the given query, via case-insensitive partial match.
    /// For example, `phone_number_query=555` will match a user with the phone number `+1555xxxxxxx`.
    pub fn phone_number_query(mut self, value: impl Into<String>) -> Self {
        self.phone_number_query = Some(value.into());
        self
    }
    /// Returns users with usernames that match the given query, via case-insensitive partial match.
    /// For example, `username_query=CoolUser` will match a user with the username `SomeCoolUser`.
    pub fn username_query(mut self, value: impl Into<String>) -> Self {
        self.username_query = Some(value.into());
        self
    }
    /// Returns users with names that match the given query, via case-insensitive partial match.
    pub fn name_query(mut self, value: impl Into<String>) -> Self {
        self.name_query = Some(value.into());
        self
    }
    /// Returns users whose last session activity was before the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was before 2023-11-23.
    pub fn last_active_at_before(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_before = Some(value.into());
        self
    }
    /// Returns users whose last session activity was after the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was after 2023-11-23.
    pub fn last_active_at_after(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_after = Some(value.into());
        self
    }
    /// Returns users who have been created before the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created before 2024-10-29.
    pub fn created_at_before(mut self, value: impl Into<i64>) -> Self {
        self.created_at_before = Some(value.into());
        self
    }
    /// Returns users who have been created after the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created after 2024-10-29.
    pub fn created_at_after(mut self, value: impl Into<i64>) -> Self {
        self.created_at_after = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/memberships",
                format!(
                    "/organizations/{}/memberships",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.user_id {
            req.query_exploded("user_id", v);
        }
        if let Some(v) = &self.email_address {
            req.query_exploded("email_address", v);
        }
        if let Some(v) = &self.phone_number {
            req.query_exploded("phone_number", v);
        }
        if let Some(v) = &self.username {
            req.query_exploded("username", v);
        }
        if let Some(v) = &self.web3_wallet {
            req.query_exploded("web3_wallet", v);
        }
        if let Some(v) = &self.role {
            req.query_exploded("role", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.email_address_query {
            req.query("email_address_query", v);
        }
        if let Some(v) = &self.phone_number_query {
            req.query("phone_number_query", v);
        }
        if let Some(v) = &self.username_query {
            req.query("username_query", v);
        }
        if let Some(v) = &self.name_query {
            req.query("name_query", v);
        }
        if let Some(v) = &self.last_active_at_before {
            req.query("last_active_at_before", v);
        }
        if let Some(v) = &self.last_active_at_after {
            req.query("last_active_at_after", v);
        }
        if let Some(v) = &self.created_at_before {
            req.query("created_at_before", v);
        }
        if let Some(v) = &self.created_at_after {
            req.query("created_at_after", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMemberships,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMemberships>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationMembership, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationMembershipsApi::create`] (`CreateOrganizationMembership`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationMembership {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationMembershipBody,
}
#[cfg(feature = "organization-memberships")]
impl std::fmt::Debug for CreateOrganizationMembership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationMembership").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-memberships")]
impl CreateOrganizationMembership {
    /// Metadata saved on the organization membership, that is visible to both your frontend and backend.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization membership that is only visible to your backend.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationMembership",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/memberships",
                format!(
                    "/organizations/{}/memberships",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationMembershipsApi::delete`] (`DeleteOrganizationMembership`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationMembership {
    client: Client,
    organization_id: String,
    user_id: String,
}
#[cfg(feature = "organization-memberships")]
impl std::fmt::Debug for DeleteOrganizationMembership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationMembership").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-memberships")]
impl DeleteOrganizationMembership {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationMembership",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organizations/{organization_id}/memberships/{user_id}",
                format!(
                    "/organizations/{}/memberships/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationMembershipsApi::update`] (`UpdateOrganizationMembership`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationMembership {
    client: Client,
    organization_id: String,
    user_id: String,
    body: types::UpdateOrganizationMembershipBody,
}
#[cfg(feature = "organization-memberships")]
impl std::fmt::Debug for UpdateOrganizationMembership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationMembership").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-memberships")]
impl UpdateOrganizationMembership {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationMembership",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organizations/{organization_id}/memberships/{user_id}",
                format!(
                    "/organizations/{}/memberships/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationMembershipsApi::update_metadata`] (`UpdateOrganizationMembershipMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationMembershipMetadata {
    client: Client,
    organization_id: String,
    user_id: String,
    body: types::UpdateOrganizationMembershipMetadataBody,
}
#[cfg(feature = "organization-memberships")]
impl std::fmt::Debug for UpdateOrganizationMembershipMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationMembershipMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-memberships")]
impl UpdateOrganizationMembershipMetadata {
    /// Metadata saved on the organization membership, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization membership that is only visible to your backend.
    /// The new object will be merged with the existing value.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationMembershipMetadata",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organizations/{organization_id}/memberships/{user_id}/metadata",
                format!(
                    "/organizations/{}/memberships/{}/metadata",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationPermissionsApi::list`] (`ListOrganizationPermissions`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-permissions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationPermissions {
    client: Client,
    query: Option<String>,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-permissions")]
impl std::fmt::Debug for ListOrganizationPermissions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationPermissions").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-permissions")]
impl ListOrganizationPermissions {
    /// Returns organization permissions with ID, name, or key that match the given query.
    /// Uses exact match for permission ID and partial match for name and key.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Allows to return organization permissions in a particular order.
    /// At the moment, you can order the returned permissions by their `created_at`, `name`, or `key`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want permissions to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationPermissions",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_permissions",
                "/organization_permissions".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Permissions, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Permissions>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Permission, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationPermissionsApi::create`] (`CreateOrganizationPermission`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-permissions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationPermission {
    client: Client,
    body: types::CreateOrganizationPermissionBody,
}
#[cfg(feature = "organization-permissions")]
impl std::fmt::Debug for CreateOrganizationPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationPermission").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-permissions")]
impl CreateOrganizationPermission {
    /// A description of the permission.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationPermission",
                sdkgen_runtime::reqwest::Method::POST,
                "/organization_permissions",
                "/organization_permissions".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Permission, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Permission>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationPermissionsApi::get`] (`GetOrganizationPermission`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-permissions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationPermission {
    client: Client,
    permission_id: String,
}
#[cfg(feature = "organization-permissions")]
impl std::fmt::Debug for GetOrganizationPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationPermission").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-permissions")]
impl GetOrganizationPermission {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationPermission",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_permissions/{permission_id}",
                format!(
                    "/organization_permissions/{}", sdkgen_runtime::encode_path_segment(&
                    self.permission_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Permission, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Permission>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationPermissionsApi::delete`] (`DeleteOrganizationPermission`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-permissions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationPermission {
    client: Client,
    permission_id: String,
}
#[cfg(feature = "organization-permissions")]
impl std::fmt::Debug for DeleteOrganizationPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationPermission").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-permissions")]
impl DeleteOrganizationPermission {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationPermission",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organization_permissions/{permission_id}",
                format!(
                    "/organization_permissions/{}", sdkgen_runtime::encode_path_segment(&
                    self.permission_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationPermissionsApi::update`] (`UpdateOrganizationPermission`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-permissions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationPermission {
    client: Client,
    permission_id: String,
    body: types::UpdateOrganizationPermissionBody,
}
#[cfg(feature = "organization-permissions")]
impl std::fmt::Debug for UpdateOrganizationPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationPermission").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-permissions")]
impl UpdateOrganizationPermission {
    /// The name of the permission.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The key of the permission. Must have the format "org:feature:action" where feature and action are segments consisting of lowercase letters, digits, or underscores. Cannot begin with "org:sys_" as that prefix is reserved for system permissions.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.body.key = Some(value.into());
        self
    }
    /// A description of the permission.
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationPermission",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organization_permissions/{permission_id}",
                format!(
                    "/organization_permissions/{}", sdkgen_runtime::encode_path_segment(&
                    self.permission_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Permission, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Permission>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::list`] (`ListOrganizationRoles`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationRoles {
    client: Client,
    query: Option<String>,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for ListOrganizationRoles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationRoles").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl ListOrganizationRoles {
    /// Returns organization roles with ID, name, or key that match the given query.
    /// Uses exact match for organization role ID and partial match for name and key.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Allows to return organization roles in a particular order.
    /// At the moment, you can order the returned organization roles by their `created_at`, `name`, or `key`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want organization roles to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationRoles",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_roles",
                "/organization_roles".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Roles, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Roles>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(self) -> sdkgen_runtime::ItemStream<types::Role, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationRolesApi::create`] (`CreateOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationRole {
    client: Client,
    body: types::CreateOrganizationRoleBody,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for CreateOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl CreateOrganizationRole {
    /// Optional description for the role
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    /// Array of permission IDs to assign to the role
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.permissions = Some(value.into());
        self
    }
    /// Whether this role should be included in the initial role set
    pub fn include_in_initial_role_set(mut self, value: impl Into<bool>) -> Self {
        self.body.include_in_initial_role_set = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationRole",
                sdkgen_runtime::reqwest::Method::POST,
                "/organization_roles",
                "/organization_roles".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Role, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Role>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::get`] (`GetOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationRole {
    client: Client,
    organization_role_id: String,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for GetOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl GetOrganizationRole {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationRole",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_roles/{organization_role_id}",
                format!(
                    "/organization_roles/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_role_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Role, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Role>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::delete`] (`DeleteOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationRole {
    client: Client,
    organization_role_id: String,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for DeleteOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl DeleteOrganizationRole {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationRole",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organization_roles/{organization_role_id}",
                format!(
                    "/organization_roles/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_role_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::update`] (`UpdateOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationRole {
    client: Client,
    organization_role_id: String,
    body: types::UpdateOrganizationRoleBody,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for UpdateOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl UpdateOrganizationRole {
    /// The new name for the organization role
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// A unique key for the organization role. Must start with 'org:' and contain only lowercase alphanumeric characters and underscores.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.body.key = Some(Some(value.into()));
        self
    }
    /// Optional description for the role
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(Some(value.into()));
        self
    }
    /// Array of permission IDs to assign to the role. If provided, this will replace the existing permissions.
    pub fn permissions(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.permissions = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"key": null`, which is not the same as leaving it out.
    pub fn key_null(mut self) -> Self {
        self.body.key = Some(None);
        self
    }
    /// Sends `"description": null`, which is not the same as leaving it out.
    pub fn description_null(mut self) -> Self {
        self.body.description = Some(None);
        self
    }
    /// Sends `"permissions": null`, which is not the same as leaving it out.
    pub fn permissions_null(mut self) -> Self {
        self.body.permissions = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationRole",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organization_roles/{organization_role_id}",
                format!(
                    "/organization_roles/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_role_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Role, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Role>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::assign_permission`] (`AssignPermissionToOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AssignPermissionToOrganizationRole {
    client: Client,
    organization_role_id: String,
    permission_id: String,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for AssignPermissionToOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AssignPermissionToOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl AssignPermissionToOrganizationRole {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "AssignPermissionToOrganizationRole",
                sdkgen_runtime::reqwest::Method::POST,
                "/organization_roles/{organization_role_id}/permissions/{permission_id}",
                format!(
                    "/organization_roles/{}/permissions/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_role_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .permission_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Role, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Role>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationRolesApi::remove_permission`] (`RemovePermissionFromOrganizationRole`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemovePermissionFromOrganizationRole {
    client: Client,
    organization_role_id: String,
    permission_id: String,
}
#[cfg(feature = "organization-roles")]
impl std::fmt::Debug for RemovePermissionFromOrganizationRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemovePermissionFromOrganizationRole").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-roles")]
impl RemovePermissionFromOrganizationRole {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RemovePermissionFromOrganizationRole",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organization_roles/{organization_role_id}/permissions/{permission_id}",
                format!(
                    "/organization_roles/{}/permissions/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_role_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .permission_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Role, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Role>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::list`] (`ListOrganizations`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizations {
    client: Client,
    include_members_count: Option<bool>,
    include_missing_member_with_elevated_permissions: Option<bool>,
    query: Option<String>,
    user_id: Option<Vec<String>>,
    organization_id: Option<Vec<String>>,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for ListOrganizations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizations").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl ListOrganizations {
    /// Flag to denote whether the member counts of each organization should be included in the response or not.
    pub fn include_members_count(mut self, value: impl Into<bool>) -> Self {
        self.include_members_count = Some(value.into());
        self
    }
    /// Flag to denote whether or not to include a member with elevated permissions who is not currently a member of the organization.
    pub fn include_missing_member_with_elevated_permissions(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.include_missing_member_with_elevated_permissions = Some(value.into());
        self
    }
    /// Returns organizations with ID, name, or slug that match the given query.
    /// Uses exact match for organization ID and partial match for name and slug.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Returns organizations that include any of the specified user IDs as members. Any user IDs not found are ignored.
    /// For each user ID, the `+` and `-` can be prepended to the ID, which denote whether the
    /// respective organization should be included or excluded from the result set.
    pub fn user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Returns organizations with the organization IDs specified. Any organization IDs not found are ignored.
    /// For each organization ID, the `+` and `-` can be prepended to the ID, which denote whether the
    /// respective organization should be included or excluded from the result set. Accepts up to 100 organization IDs.
    /// Example: ?organization_id=+org_1&organization_id=-org_2
    pub fn organization_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Allows to return organizations in a particular order.
    /// At the moment, you can order the returned organizations either by their `name`, `created_at` or `members_count`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want organizations to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizations",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations",
                "/organizations".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.include_members_count {
            req.query("include_members_count", v);
        }
        if let Some(v) = &self.include_missing_member_with_elevated_permissions {
            req.query("include_missing_member_with_elevated_permissions", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.user_id {
            req.query_exploded("user_id", v);
        }
        if let Some(v) = &self.organization_id {
            req.query_exploded("organization_id", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organizations, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organizations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Organization, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationsApi::create`] (`CreateOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganization {
    client: Client,
    body: types::CreateOrganizationBody,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for CreateOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl CreateOrganization {
    /// The ID of the User who will become the administrator for the new organization
    pub fn created_by(mut self, value: impl Into<String>) -> Self {
        self.body.created_by = Some(value.into());
        self
    }
    /// Metadata saved on the organization, accessible only from the Backend API
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization, read-only from the Frontend API and fully accessible (read/write) from the Backend API
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// A slug for the new organization.
    /// Can contain only lowercase alphanumeric characters and the dash "-".
    /// Must be unique for the instance.
    /// This field should only be included when slugs are enabled in the organization settings, refer to our [documentation](https://clerk.com/docs/guides/organizations/overview#organization-slugs).
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.body.slug = Some(value.into());
        self
    }
    /// The maximum number of memberships allowed for this organization
    ///
    /// Minimum: `0`.
    pub fn max_allowed_memberships(mut self, value: impl Into<i64>) -> Self {
        self.body.max_allowed_memberships = Some(value.into());
        self
    }
    /// A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.body.created_at = Some(value.into());
        self
    }
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization.
    pub fn role_set_key(mut self, value: impl Into<String>) -> Self {
        self.body.role_set_key = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganization",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations",
                "/organizations".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::get`] (`GetOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganization {
    client: Client,
    organization_id: String,
    include_members_count: Option<bool>,
    include_missing_member_with_elevated_permissions: Option<bool>,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for GetOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl GetOrganization {
    /// Flag to denote whether or not the organization's members count should be included in the response.
    pub fn include_members_count(mut self, value: impl Into<bool>) -> Self {
        self.include_members_count = Some(value.into());
        self
    }
    /// Flag to denote whether or not to include a member with elevated permissions who is not currently a member of the organization.
    pub fn include_missing_member_with_elevated_permissions(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.include_missing_member_with_elevated_permissions = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetOrganization",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}",
                format!(
                    "/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.include_members_count {
            req.query("include_members_count", v);
        }
        if let Some(v) = &self.include_missing_member_with_elevated_permissions {
            req.query("include_missing_member_with_elevated_permissions", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::delete`] (`DeleteOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganization {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for DeleteOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl DeleteOrganization {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganization",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organizations/{organization_id}",
                format!(
                    "/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::update`] (`UpdateOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganization {
    client: Client,
    organization_id: String,
    body: types::UpdateOrganizationBody,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for UpdateOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl UpdateOrganization {
    /// The new name of the organization.
    /// May not contain URLs or HTML.
    /// Max length: 256
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// The new slug of the organization, which needs to be unique in the instance
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.body.slug = Some(Some(value.into()));
        self
    }
    /// The maximum number of memberships allowed for this organization
    ///
    /// Minimum: `0`.
    pub fn max_allowed_memberships(mut self, value: impl Into<i64>) -> Self {
        self.body.max_allowed_memberships = Some(Some(value.into()));
        self
    }
    /// If true, an admin can delete this organization with the Frontend API.
    pub fn admin_delete_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.admin_delete_enabled = Some(Some(value.into()));
        self
    }
    /// A custom date/time denoting _when_ the organization was created, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.body.created_at = Some(Some(value.into()));
        self
    }
    /// The key of the [role set](https://clerk.com/docs/guides/organizations/control-access/role-sets) to assign to this organization.
    pub fn role_set_key(mut self, value: impl Into<String>) -> Self {
        self.body.role_set_key = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"slug": null`, which is not the same as leaving it out.
    pub fn slug_null(mut self) -> Self {
        self.body.slug = Some(None);
        self
    }
    /// Sends `"max_allowed_memberships": null`, which is not the same as leaving it out.
    pub fn max_allowed_memberships_null(mut self) -> Self {
        self.body.max_allowed_memberships = Some(None);
        self
    }
    /// Sends `"admin_delete_enabled": null`, which is not the same as leaving it out.
    pub fn admin_delete_enabled_null(mut self) -> Self {
        self.body.admin_delete_enabled = Some(None);
        self
    }
    /// Sends `"created_at": null`, which is not the same as leaving it out.
    pub fn created_at_null(mut self) -> Self {
        self.body.created_at = Some(None);
        self
    }
    /// Sends `"role_set_key": null`, which is not the same as leaving it out.
    pub fn role_set_key_null(mut self) -> Self {
        self.body.role_set_key = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganization",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organizations/{organization_id}",
                format!(
                    "/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::replace_metadata`] (`ReplaceOrganizationMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceOrganizationMetadata {
    client: Client,
    organization_id: String,
    body: types::ReplaceOrganizationMetadataBody,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for ReplaceOrganizationMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceOrganizationMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl ReplaceOrganizationMetadata {
    /// Metadata saved on the organization, that is visible to both your frontend and backend.
    /// The existing value will be replaced entirely with the new object.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization that is only visible to your backend.
    /// The existing value will be replaced entirely with the new object.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceOrganizationMetadata",
                sdkgen_runtime::reqwest::Method::PUT,
                "/organizations/{organization_id}/metadata",
                format!(
                    "/organizations/{}/metadata", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::merge_metadata`] (`MergeOrganizationMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MergeOrganizationMetadata {
    client: Client,
    organization_id: String,
    body: types::MergeOrganizationMetadataBody,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for MergeOrganizationMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MergeOrganizationMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl MergeOrganizationMetadata {
    /// Metadata saved on the organization, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the organization that is only visible to your backend.
    /// The new object will be merged with the existing value.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "MergeOrganizationMetadata",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/organizations/{organization_id}/metadata",
                format!(
                    "/organizations/{}/metadata", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::upload_logo`] (`UploadOrganizationLogo`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UploadOrganizationLogo {
    client: Client,
    organization_id: String,
    body: types::UploadOrganizationLogoBody,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for UploadOrganizationLogo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UploadOrganizationLogo").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl UploadOrganizationLogo {
    /// The ID of the user that will be credited with the image upload.
    pub fn uploader_user_id(mut self, value: impl Into<String>) -> Self {
        self.body.uploader_user_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UploadOrganizationLogo",
                sdkgen_runtime::reqwest::Method::PUT,
                "/organizations/{organization_id}/logo",
                format!(
                    "/organizations/{}/logo", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        let mut form = sdkgen_runtime::Multipart::new();
        if let Some(v) = &self.body.uploader_user_id {
            form.text("uploader_user_id", v);
        }
        {
            let v = &self.body.file;
            form.file("file", v);
        }
        req.multipart(form);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OrganizationWithLogo, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationWithLogo>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::delete_logo`] (`DeleteOrganizationLogo`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationLogo {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for DeleteOrganizationLogo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationLogo").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl DeleteOrganizationLogo {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationLogo",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/organizations/{organization_id}/logo",
                format!(
                    "/organizations/{}/logo", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Organization, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Organization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::get_billing_subscription`] (`GetOrganizationBillingSubscription`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationBillingSubscription {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for GetOrganizationBillingSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationBillingSubscription").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl GetOrganizationBillingSubscription {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationBillingSubscription",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/billing/subscription",
                format!(
                    "/organizations/{}/billing/subscription",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::CommerceSubscription, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceSubscription>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::get_billing_credit_balance`] (`GetOrganizationBillingCreditBalance`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationBillingCreditBalance {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for GetOrganizationBillingCreditBalance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationBillingCreditBalance").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl GetOrganizationBillingCreditBalance {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationBillingCreditBalance",
                sdkgen_runtime::reqwest::Method::GET,
                "/organizations/{organization_id}/billing/credits",
                format!(
                    "/organizations/{}/billing/credits",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceCreditBalanceResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceCreditBalanceResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsApi::adjust_billing_credit_balance`] (`AdjustOrganizationBillingCreditBalance`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AdjustOrganizationBillingCreditBalance {
    client: Client,
    organization_id: String,
    body: types::AdjustCreditBalanceRequest,
}
#[cfg(feature = "organizations")]
impl std::fmt::Debug for AdjustOrganizationBillingCreditBalance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdjustOrganizationBillingCreditBalance").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations")]
impl AdjustOrganizationBillingCreditBalance {
    /// The currency code (e.g. "USD"). Defaults to USD if not provided.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.body.currency = Some(value.into());
        self
    }
    /// An optional note to attach to the ledger entry.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.body.note = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AdjustOrganizationBillingCreditBalance",
                sdkgen_runtime::reqwest::Method::POST,
                "/organizations/{organization_id}/billing/credits",
                format!(
                    "/organizations/{}/billing/credits",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceCreditLedgerResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceCreditLedgerResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::create`] (`CreatePhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePhoneNumber {
    client: Client,
    body: types::CreatePhoneNumberBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for CreatePhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreatePhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl CreatePhoneNumber {
    /// When created, the phone number will be marked as verified.
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(value.into());
        self
    }
    /// Create this phone number as the primary phone number for the user. Default: false, unless it is the first phone number.
    pub fn primary(mut self, value: impl Into<bool>) -> Self {
        self.body.primary = Some(value.into());
        self
    }
    /// Create this phone number as reserved for multi-factor authentication. The phone number must also be verified.
    /// If there are no other reserved second factors, the phone number will be set as the default second factor.
    pub fn reserved_for_second_factor(mut self, value: impl Into<bool>) -> Self {
        self.body.reserved_for_second_factor = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreatePhoneNumber",
                sdkgen_runtime::reqwest::Method::POST,
                "/phone_numbers",
                "/phone_numbers".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::PhoneNumber, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::get`] (`GetPhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPhoneNumber {
    client: Client,
    phone_number_id: String,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for GetPhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetPhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl GetPhoneNumber {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetPhoneNumber",
                sdkgen_runtime::reqwest::Method::GET,
                "/phone_numbers/{phone_number_id}",
                format!(
                    "/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::PhoneNumber, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::delete`] (`DeletePhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeletePhoneNumber {
    client: Client,
    phone_number_id: String,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for DeletePhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeletePhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl DeletePhoneNumber {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeletePhoneNumber",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/phone_numbers/{phone_number_id}",
                format!(
                    "/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::update`] (`UpdatePhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdatePhoneNumber {
    client: Client,
    phone_number_id: String,
    body: types::UpdatePhoneNumberBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for UpdatePhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdatePhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl UpdatePhoneNumber {
    /// The phone number will be marked as verified.
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.body.verified = Some(Some(value.into()));
        self
    }
    /// Set this phone number as the primary phone number for the user.
    pub fn primary(mut self, value: impl Into<bool>) -> Self {
        self.body.primary = Some(Some(value.into()));
        self
    }
    /// Set this phone number as reserved for multi-factor authentication.
    /// The phone number must also be verified.
    /// If there are no other reserved second factors, the phone number will be set as the default second factor.
    pub fn reserved_for_second_factor(mut self, value: impl Into<bool>) -> Self {
        self.body.reserved_for_second_factor = Some(Some(value.into()));
        self
    }
    /// Sends `"verified": null`, which is not the same as leaving it out.
    pub fn verified_null(mut self) -> Self {
        self.body.verified = Some(None);
        self
    }
    /// Sends `"primary": null`, which is not the same as leaving it out.
    pub fn primary_null(mut self) -> Self {
        self.body.primary = Some(None);
        self
    }
    /// Sends `"reserved_for_second_factor": null`, which is not the same as leaving it out.
    pub fn reserved_for_second_factor_null(mut self) -> Self {
        self.body.reserved_for_second_factor = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdatePhoneNumber",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/phone_numbers/{phone_number_id}",
                format!(
                    "/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::PhoneNumber, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::prepare_verification`] (`PreparePhoneNumberVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PreparePhoneNumberVerification {
    client: Client,
    phone_number_id: String,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for PreparePhoneNumberVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreparePhoneNumberVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl PreparePhoneNumberVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "PreparePhoneNumberVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/phone_numbers/{phone_number_id}/prepare_verification",
                format!(
                    "/phone_numbers/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.phone_number_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerificationResponseResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerificationResponseResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::attempt_verification`] (`AttemptPhoneNumberVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptPhoneNumberVerification {
    client: Client,
    phone_number_id: String,
    body: types::AttemptPhoneNumberVerificationBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for AttemptPhoneNumberVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptPhoneNumberVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl AttemptPhoneNumberVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AttemptPhoneNumberVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/phone_numbers/{phone_number_id}/attempt_verification",
                format!(
                    "/phone_numbers/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.phone_number_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerificationResponseResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerificationResponseResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::replace_for_user`] (`ReplaceUserPhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceUserPhoneNumber {
    client: Client,
    user_id: String,
    body: types::ReplaceUserPhoneNumberBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for ReplaceUserPhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceUserPhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl ReplaceUserPhoneNumber {
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
    pub fn identification_status(
        mut self,
        value: impl Into<types::ReplaceUserPhoneNumberBodyIdentificationStatus>,
    ) -> Self {
        self.body.identification_status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceUserPhoneNumber",
                sdkgen_runtime::reqwest::Method::PUT,
                "/users/{user_id}/phone_number",
                format!(
                    "/users/{}/phone_number", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::PhoneNumber, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::PhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ProxyChecksApi::verify`] (`VerifyDomainProxy`): set optional inputs, then `.send().await`.
#[cfg(feature = "proxy-checks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyDomainProxy {
    client: Client,
    body: types::VerifyDomainProxyBody,
}
#[cfg(feature = "proxy-checks")]
impl std::fmt::Debug for VerifyDomainProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyDomainProxy").finish_non_exhaustive()
    }
}
#[cfg(feature = "proxy-checks")]
impl VerifyDomainProxy {
    /// The ID of the domain that will be updated.
    pub fn domain_id(mut self, value: impl Into<String>) -> Self {
        self.body.domain_id = Some(value.into());
        self
    }
    /// The full URL of the proxy which will forward requests to the Clerk Frontend API for this domain. e.g. https://example.com/__clerk
    pub fn proxy_url(mut self, value: impl Into<String>) -> Self {
        self.body.proxy_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "VerifyDomainProxy",
                sdkgen_runtime::reqwest::Method::POST,
                "/proxy_checks",
                "/proxy_checks".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ProxyCheck, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ProxyCheck>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RedirectUrlsApi::list`] (`ListRedirectURLs`): set optional inputs, then `.send().await`.
#[cfg(feature = "redirect-urls")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListRedirectUrLs {
    client: Client,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "redirect-urls")]
impl std::fmt::Debug for ListRedirectUrLs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListRedirectUrLs").finish_non_exhaustive()
    }
}
#[cfg(feature = "redirect-urls")]
impl ListRedirectUrLs {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListRedirectURLs",
                sdkgen_runtime::reqwest::Method::GET,
                "/redirect_urls",
                "/redirect_urls".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::RedirectUrl>, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::RedirectUrl>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::RedirectUrl, serde_json::Value> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`RedirectUrlsApi::create`] (`CreateRedirectURL`): set optional inputs, then `.send().await`.
#[cfg(feature = "redirect-urls")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateRedirectUrl {
    client: Client,
    body: types::CreateRedirectUrlBody,
}
#[cfg(feature = "redirect-urls")]
impl std::fmt::Debug for CreateRedirectUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateRedirectUrl").finish_non_exhaustive()
    }
}
#[cfg(feature = "redirect-urls")]
impl CreateRedirectUrl {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateRedirectURL",
                sdkgen_runtime::reqwest::Method::POST,
                "/redirect_urls",
                "/redirect_urls".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RedirectUrl, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RedirectUrl>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RedirectUrlsApi::get`] (`GetRedirectURL`): set optional inputs, then `.send().await`.
#[cfg(feature = "redirect-urls")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRedirectUrl {
    client: Client,
    id: String,
}
#[cfg(feature = "redirect-urls")]
impl std::fmt::Debug for GetRedirectUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetRedirectUrl").finish_non_exhaustive()
    }
}
#[cfg(feature = "redirect-urls")]
impl GetRedirectUrl {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetRedirectURL",
                sdkgen_runtime::reqwest::Method::GET,
                "/redirect_urls/{id}",
                format!(
                    "/redirect_urls/{}", sdkgen_runtime::encode_path_segment(& self.id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RedirectUrl, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RedirectUrl>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RedirectUrlsApi::delete`] (`DeleteRedirectURL`): set optional inputs, then `.send().await`.
#[cfg(feature = "redirect-urls")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteRedirectUrl {
    client: Client,
    id: String,
}
#[cfg(feature = "redirect-urls")]
impl std::fmt::Debug for DeleteRedirectUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteRedirectUrl").finish_non_exhaustive()
    }
}
#[cfg(feature = "redirect-urls")]
impl DeleteRedirectUrl {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteRedirectURL",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/redirect_urls/{id}",
                format!(
                    "/redirect_urls/{}", sdkgen_runtime::encode_path_segment(& self.id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::list`] (`ListRoleSets`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListRoleSets {
    client: Client,
    query: Option<String>,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for ListRoleSets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListRoleSets").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl ListRoleSets {
    /// Returns role sets with ID, name, or key that match the given query.
    /// Uses exact match for role set ID and partial match for name and key.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Allows to return role sets in a particular order.
    /// At the moment, you can order the returned role sets by their `created_at`, `name`, or `key`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want role sets to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied.
    /// Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListRoleSets",
                sdkgen_runtime::reqwest::Method::GET,
                "/role_sets",
                "/role_sets".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSets, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSets>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::RoleSet, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`RoleSetsApi::create`] (`CreateRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateRoleSet {
    client: Client,
    body: types::CreateRoleSetBody,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for CreateRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl CreateRoleSet {
    /// A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores.
    /// If not provided, a key will be generated from the name.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.body.key = Some(value.into());
        self
    }
    /// Optional description for the role set
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(value.into());
        self
    }
    /// The type of the role set. "initial" role sets are the default for new organizations.
    /// Only one role set can be "initial" per instance.
    pub fn r#type(mut self, value: impl Into<types::CreateRoleSetBodyType>) -> Self {
        self.body.r#type = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateRoleSet",
                sdkgen_runtime::reqwest::Method::POST,
                "/role_sets",
                "/role_sets".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSet, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::get`] (`GetRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetRoleSet {
    client: Client,
    role_set_key_or_id: String,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for GetRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl GetRoleSet {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetRoleSet",
                sdkgen_runtime::reqwest::Method::GET,
                "/role_sets/{role_set_key_or_id}",
                format!(
                    "/role_sets/{}", sdkgen_runtime::encode_path_segment(& self
                    .role_set_key_or_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSet, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::update`] (`UpdateRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateRoleSet {
    client: Client,
    role_set_key_or_id: String,
    body: types::UpdateRoleSetBody,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for UpdateRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl UpdateRoleSet {
    /// The new name for the role set
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// A unique key for the role set. Must start with 'role_set:' and contain only lowercase alphanumeric characters and underscores.
    pub fn key(mut self, value: impl Into<String>) -> Self {
        self.body.key = Some(Some(value.into()));
        self
    }
    /// Optional description for the role set
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(Some(value.into()));
        self
    }
    /// Set to "initial" to make this the default role set for new organizations.
    /// Only one role set can be "initial" per instance; setting this will change any existing initial role set to "custom".
    pub fn r#type(mut self, value: impl Into<types::UpdateRoleSetBodyType>) -> Self {
        self.body.r#type = Some(Some(value.into()));
        self
    }
    /// The key of the role to use as the default role for new organization members.
    /// Must be an existing role in the role set.
    pub fn default_role_key(mut self, value: impl Into<String>) -> Self {
        self.body.default_role_key = Some(Some(value.into()));
        self
    }
    /// The key of the role to assign to organization creators.
    /// Must be an existing role in the role set.
    pub fn creator_role_key(mut self, value: impl Into<String>) -> Self {
        self.body.creator_role_key = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"key": null`, which is not the same as leaving it out.
    pub fn key_null(mut self) -> Self {
        self.body.key = Some(None);
        self
    }
    /// Sends `"description": null`, which is not the same as leaving it out.
    pub fn description_null(mut self) -> Self {
        self.body.description = Some(None);
        self
    }
    /// Sends `"type": null`, which is not the same as leaving it out.
    pub fn type_null(mut self) -> Self {
        self.body.r#type = Some(None);
        self
    }
    /// Sends `"default_role_key": null`, which is not the same as leaving it out.
    pub fn default_role_key_null(mut self) -> Self {
        self.body.default_role_key = Some(None);
        self
    }
    /// Sends `"creator_role_key": null`, which is not the same as leaving it out.
    pub fn creator_role_key_null(mut self) -> Self {
        self.body.creator_role_key = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateRoleSet",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/role_sets/{role_set_key_or_id}",
                format!(
                    "/role_sets/{}", sdkgen_runtime::encode_path_segment(& self
                    .role_set_key_or_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSet, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::replace`] (`ReplaceRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceRoleSet {
    client: Client,
    role_set_key_or_id: String,
    body: types::ReplaceRoleSetBody,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for ReplaceRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl ReplaceRoleSet {
    /// Mappings from source role keys to destination role keys.
    /// Required if members have roles that need to be reassigned.
    pub fn reassignment_mappings(
        mut self,
        value: impl Into<types::ReassignmentMappings>,
    ) -> Self {
        self.body.reassignment_mappings = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceRoleSet",
                sdkgen_runtime::reqwest::Method::POST,
                "/role_sets/{role_set_key_or_id}/replace",
                format!(
                    "/role_sets/{}/replace", sdkgen_runtime::encode_path_segment(& self
                    .role_set_key_or_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::add_roles`] (`AddRolesToRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddRolesToRoleSet {
    client: Client,
    role_set_key_or_id: String,
    body: types::AddRolesToRoleSetBody,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for AddRolesToRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddRolesToRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl AddRolesToRoleSet {
    /// Optionally update the default role to one of the newly added roles.
    pub fn default_role_key(mut self, value: impl Into<String>) -> Self {
        self.body.default_role_key = Some(value.into());
        self
    }
    /// Optionally update the creator role to one of the newly added roles.
    pub fn creator_role_key(mut self, value: impl Into<String>) -> Self {
        self.body.creator_role_key = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AddRolesToRoleSet",
                sdkgen_runtime::reqwest::Method::POST,
                "/role_sets/{role_set_key_or_id}/roles",
                format!(
                    "/role_sets/{}/roles", sdkgen_runtime::encode_path_segment(& self
                    .role_set_key_or_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSet, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RoleSetsApi::replace_role`] (`ReplaceRoleInRoleSet`): set optional inputs, then `.send().await`.
#[cfg(feature = "role-sets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceRoleInRoleSet {
    client: Client,
    role_set_key_or_id: String,
    body: types::ReplaceRoleInRoleSetBody,
}
#[cfg(feature = "role-sets")]
impl std::fmt::Debug for ReplaceRoleInRoleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceRoleInRoleSet").finish_non_exhaustive()
    }
}
#[cfg(feature = "role-sets")]
impl ReplaceRoleInRoleSet {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceRoleInRoleSet",
                sdkgen_runtime::reqwest::Method::POST,
                "/role_sets/{role_set_key_or_id}/roles/replace",
                format!(
                    "/role_sets/{}/roles/replace", sdkgen_runtime::encode_path_segment(&
                    self.role_set_key_or_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::RoleSet, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::RoleSet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SamlConnectionsApi::list`] (`ListSAMLConnections`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSamlConnections {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    query: Option<String>,
    order_by: Option<String>,
    organization_id: Option<Vec<String>>,
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Debug for ListSamlConnections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListSamlConnections").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml-connections")]
impl ListSamlConnections {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Returns SAML connections that have a name that matches the given query, via case-insensitive partial match.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
    /// By prepending one of those values with + or -,
    /// we can choose to sort in ascending (ASC) or descending (DESC) order.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Returns SAML connections that have an associated organization ID to the
    /// given organizations.
    /// For each organization ID, the `+` and `-` can be
    /// prepended to the ID, which denote whether the
    /// respective organization should be included or
    /// excluded from the result set.
    /// Accepts up to 100 organization IDs.
    pub fn organization_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListSAMLConnections",
                sdkgen_runtime::reqwest::Method::GET,
                "/saml_connections",
                "/saml_connections".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.organization_id {
            req.query_exploded("organization_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SamlConnections, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SamlConnections>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::SamlConnection, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`SamlConnectionsApi::create`] (`CreateSAMLConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSamlConnection {
    client: Client,
    body: types::CreateSamlConnectionBody,
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Debug for CreateSamlConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSamlConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml-connections")]
impl CreateSamlConnection {
    /// The domain of your organization. Sign in flows using an email with this domain, will use this SAML Connection.
    ///
    /// Deprecated.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.body.domain = Some(value.into());
        self
    }
    /// The domains of your organization. Sign in flows using an email with one of these domains, will use this SAML Connection.
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains = Some(value.into());
        self
    }
    /// The Entity ID as provided by the IdP
    pub fn idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.idp_entity_id = Some(value.into());
        self
    }
    /// The Single-Sign On URL as provided by the IdP
    pub fn idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.idp_sso_url = Some(value.into());
        self
    }
    /// The X.509 certificate as provided by the IdP
    pub fn idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.idp_certificate = Some(value.into());
        self
    }
    /// The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties
    pub fn idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.idp_metadata_url = Some(value.into());
        self
    }
    /// The XML content of the IdP metadata file. If present, it takes priority over the corresponding individual properties
    pub fn idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.idp_metadata = Some(value.into());
        self
    }
    /// The ID of the organization to which users of this SAML Connection will be added
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    /// Define the attribute name mapping between Identity Provider and Clerk's user properties
    pub fn attribute_mapping(
        mut self,
        value: impl Into<types::CreateSamlConnectionBodyAttributeMapping>,
    ) -> Self {
        self.body.attribute_mapping = Some(value.into());
        self
    }
    /// Enable or deactivate ForceAuthn
    pub fn force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.force_authn = Some(value.into());
        self
    }
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    pub fn login_hint(
        mut self,
        value: impl Into<types::CreateSamlConnectionBodyLoginHint>,
    ) -> Self {
        self.body.login_hint = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSAMLConnection",
                sdkgen_runtime::reqwest::Method::POST,
                "/saml_connections",
                "/saml_connections".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SamlConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SamlConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SamlConnectionsApi::get`] (`GetSAMLConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSamlConnection {
    client: Client,
    saml_connection_id: String,
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Debug for GetSamlConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSamlConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml-connections")]
impl GetSamlConnection {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetSAMLConnection",
                sdkgen_runtime::reqwest::Method::GET,
                "/saml_connections/{saml_connection_id}",
                format!(
                    "/saml_connections/{}", sdkgen_runtime::encode_path_segment(& self
                    .saml_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SamlConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SamlConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SamlConnectionsApi::delete`] (`DeleteSAMLConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSamlConnection {
    client: Client,
    saml_connection_id: String,
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Debug for DeleteSamlConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteSamlConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml-connections")]
impl DeleteSamlConnection {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteSAMLConnection",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/saml_connections/{saml_connection_id}",
                format!(
                    "/saml_connections/{}", sdkgen_runtime::encode_path_segment(& self
                    .saml_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SamlConnectionsApi::update`] (`UpdateSAMLConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSamlConnection {
    client: Client,
    saml_connection_id: String,
    body: types::UpdateSamlConnectionBody,
}
#[cfg(feature = "saml-connections")]
impl std::fmt::Debug for UpdateSamlConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSamlConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml-connections")]
impl UpdateSamlConnection {
    /// The name of the new SAML Connection
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(Some(value.into()));
        self
    }
    /// The domain to use for the new SAML Connection
    ///
    /// Deprecated.
    pub fn domain(mut self, value: impl Into<String>) -> Self {
        self.body.domain = Some(Some(value.into()));
        self
    }
    /// A list of the domains on use for the SAML connection
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains = Some(Some(value.into()));
        self
    }
    /// The Entity ID as provided by the IdP
    pub fn idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.idp_entity_id = Some(Some(value.into()));
        self
    }
    /// The SSO URL as provided by the IdP
    pub fn idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.idp_sso_url = Some(Some(value.into()));
        self
    }
    /// The x509 certificated as provided by the IdP
    pub fn idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.idp_certificate = Some(Some(value.into()));
        self
    }
    /// The URL which serves the IdP metadata. If present, it takes priority over the corresponding individual properties and replaces them
    pub fn idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.idp_metadata_url = Some(Some(value.into()));
        self
    }
    /// The XML content of the IdP metadata file. If present, it takes priority over the corresponding individual properties
    pub fn idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.idp_metadata = Some(Some(value.into()));
        self
    }
    /// The ID of the organization to which users of this SAML Connection will be added
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(Some(value.into()));
        self
    }
    /// Define the attribute name mapping between Identity Provider and Clerk's user properties
    pub fn attribute_mapping(
        mut self,
        value: impl Into<types::UpdateSamlConnectionBodyAttributeMapping>,
    ) -> Self {
        self.body.attribute_mapping = Some(Some(value.into()));
        self
    }
    /// Activate or de-activate the SAML Connection
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.body.active = Some(Some(value.into()));
        self
    }
    /// Controls whether to update the user's attributes in each sign-in
    pub fn sync_user_attributes(mut self, value: impl Into<bool>) -> Self {
        self.body.sync_user_attributes = Some(Some(value.into()));
        self
    }
    /// Allow users with an email address subdomain to use this connection in order to authenticate
    pub fn allow_subdomains(mut self, value: impl Into<bool>) -> Self {
        self.body.allow_subdomains = Some(Some(value.into()));
        self
    }
    /// Enable or deactivate IdP-initiated flows
    pub fn allow_idp_initiated(mut self, value: impl Into<bool>) -> Self {
        self.body.allow_idp_initiated = Some(Some(value.into()));
        self
    }
    /// Enable or deactivate additional identifications
    pub fn disable_additional_identifications(mut self, value: impl Into<bool>) -> Self {
        self.body.disable_additional_identifications = Some(Some(value.into()));
        self
    }
    /// Whether this connection supports account linking via organization membership
    pub fn allow_organization_account_linking(mut self, value: impl Into<bool>) -> Self {
        self.body.allow_organization_account_linking = Some(Some(value.into()));
        self
    }
    /// Enable or deactivate ForceAuthn
    pub fn force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.force_authn = Some(value.into());
        self
    }
    /// Configuration for the login_hint sent to the IdP on SSO sign-in
    pub fn login_hint(
        mut self,
        value: impl Into<types::UpdateSamlConnectionBodyLoginHint>,
    ) -> Self {
        self.body.login_hint = Some(Some(value.into()));
        self
    }
    /// When enabling the connection, controls behavior when verified domains used for enrollment modes like automatic invitation or automatic suggestion already exist for the same domain. If true, those verified domains are removed and the connection is enabled. If false or omitted, the request fails when any such verified domain exists.
    pub fn consent_verified_domains_deletion(mut self, value: impl Into<bool>) -> Self {
        self.body.consent_verified_domains_deletion = Some(Some(value.into()));
        self
    }
    /// Sends `"name": null`, which is not the same as leaving it out.
    pub fn name_null(mut self) -> Self {
        self.body.name = Some(None);
        self
    }
    /// Sends `"domain": null`, which is not the same as leaving it out.
    pub fn domain_null(mut self) -> Self {
        self.body.domain = Some(None);
        self
    }
    /// Sends `"domains": null`, which is not the same as leaving it out.
    pub fn domains_null(mut self) -> Self {
        self.body.domains = Some(None);
        self
    }
    /// Sends `"idp_entity_id": null`, which is not the same as leaving it out.
    pub fn idp_entity_id_null(mut self) -> Self {
        self.body.idp_entity_id = Some(None);
        self
    }
    /// Sends `"idp_sso_url": null`, which is not the same as leaving it out.
    pub fn idp_sso_url_null(mut self) -> Self {
        self.body.idp_sso_url = Some(None);
        self
    }
    /// Sends `"idp_certificate": null`, which is not the same as leaving it out.
    pub fn idp_certificate_null(mut self) -> Self {
        self.body.idp_certificate = Some(None);
        self
    }
    /// Sends `"idp_metadata_url": null`, which is not the same as leaving it out.
    pub fn idp_metadata_url_null(mut self) -> Self {
        self.body.idp_metadata_url = Some(None);
        self
    }
    /// Sends `"idp_metadata": null`, which is not the same as leaving it out.
    pub fn idp_metadata_null(mut self) -> Self {
        self.body.idp_metadata = Some(None);
        self
    }
    /// Sends `"organization_id": null`, which is not the same as leaving it out.
    pub fn organization_id_null(mut self) -> Self {
        self.body.organization_id = Some(None);
        self
    }
    /// Sends `"attribute_mapping": null`, which is not the same as leaving it out.
    pub fn attribute_mapping_null(mut self) -> Self {
        self.body.attribute_mapping = Some(None);
        self
    }
    /// Sends `"active": null`, which is not the same as leaving it out.
    pub fn active_null(mut self) -> Self {
        self.body.active = Some(None);
        self
    }
    /// Sends `"sync_user_attributes": null`, which is not the same as leaving it out.
    pub fn sync_user_attributes_null(mut self) -> Self {
        self.body.sync_user_attributes = Some(None);
        self
    }
    /// Sends `"allow_subdomains": null`, which is not the same as leaving it out.
    pub fn allow_subdomains_null(mut self) -> Self {
        self.body.allow_subdomains = Some(None);
        self
    }
    /// Sends `"allow_idp_initiated": null`, which is not the same as leaving it out.
    pub fn allow_idp_initiated_null(mut self) -> Self {
        self.body.allow_idp_initiated = Some(None);
        self
    }
    /// Sends `"disable_additional_identifications": null`, which is not the same as leaving it out.
    pub fn disable_additional_identifications_null(mut self) -> Self {
        self.body.disable_additional_identifications = Some(None);
        self
    }
    /// Sends `"allow_organization_account_linking": null`, which is not the same as leaving it out.
    pub fn allow_organization_account_linking_null(mut self) -> Self {
        self.body.allow_organization_account_linking = Some(None);
        self
    }
    /// Sends `"login_hint": null`, which is not the same as leaving it out.
    pub fn login_hint_null(mut self) -> Self {
        self.body.login_hint = Some(None);
        self
    }
    /// Sends `"consent_verified_domains_deletion": null`, which is not the same as leaving it out.
    pub fn consent_verified_domains_deletion_null(mut self) -> Self {
        self.body.consent_verified_domains_deletion = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateSAMLConnection",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/saml_connections/{saml_connection_id}",
                format!(
                    "/saml_connections/{}", sdkgen_runtime::encode_path_segment(& self
                    .saml_connection_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SamlConnection, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SamlConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::list`] (`ListSCIMDirectories`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListScimDirectories {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for ListScimDirectories {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListScimDirectories").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl ListScimDirectories {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListSCIMDirectories",
                sdkgen_runtime::reqwest::Method::GET,
                "/scim_directories",
                "/scim_directories".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ScimDirectoryListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimDirectoryListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::create`] (`CreateSCIMDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateScimDirectory {
    client: Client,
    body: types::CreateScimDirectoryBody,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for CreateScimDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateScimDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl CreateScimDirectory {
    /// A human-friendly name for the directory.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Optional SCIM group to organization role mappings to create with the directory.
    pub fn group_role_mappings(
        mut self,
        value: impl Into<Vec<types::CreateScimDirectoryBodyGroupRoleMappingsItem>>,
    ) -> Self {
        self.body.group_role_mappings = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSCIMDirectory",
                sdkgen_runtime::reqwest::Method::POST,
                "/scim_directories",
                "/scim_directories".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ScimDirectory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimDirectory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::get`] (`GetSCIMDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetScimDirectory {
    client: Client,
    scim_directory_id: String,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for GetScimDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetScimDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl GetScimDirectory {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetSCIMDirectory",
                sdkgen_runtime::reqwest::Method::GET,
                "/scim_directories/{scim_directory_id}",
                format!(
                    "/scim_directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .scim_directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ScimDirectory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimDirectory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::delete`] (`DeleteSCIMDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteScimDirectory {
    client: Client,
    scim_directory_id: String,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for DeleteScimDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteScimDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl DeleteScimDirectory {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteSCIMDirectory",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/scim_directories/{scim_directory_id}",
                format!(
                    "/scim_directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .scim_directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::update`] (`UpdateSCIMDirectory`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateScimDirectory {
    client: Client,
    scim_directory_id: String,
    body: types::UpdateScimDirectoryBody,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for UpdateScimDirectory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateScimDirectory").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl UpdateScimDirectory {
    /// A human-friendly name for the directory.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Whether the directory is enabled.
    pub fn enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.enabled = Some(value.into());
        self
    }
    /// The identity provider for this directory.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.body.provider = Some(value.into());
        self
    }
    /// Attribute-to-SCIM-path entries to merge into the directory's attribute mapping.
    /// Set a key to `null` to remove it from the mapping.
    pub fn attribute_mapping(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, Option<String>>>,
    ) -> Self {
        self.body.attribute_mapping = Some(value.into());
        self
    }
    /// Whether group-to-role mapping is enabled for this directory.
    pub fn group_role_mapping_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.group_role_mapping_enabled = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateSCIMDirectory",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/scim_directories/{scim_directory_id}",
                format!(
                    "/scim_directories/{}", sdkgen_runtime::encode_path_segment(& self
                    .scim_directory_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ScimDirectory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimDirectory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::rotate_api_key`] (`RotateSCIMDirectoryAPIKey`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RotateScimDirectoryApiKey {
    client: Client,
    scim_directory_id: String,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for RotateScimDirectoryApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RotateScimDirectoryApiKey").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl RotateScimDirectoryApiKey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RotateSCIMDirectoryAPIKey",
                sdkgen_runtime::reqwest::Method::POST,
                "/scim_directories/{scim_directory_id}/rotate_api_key",
                format!(
                    "/scim_directories/{}/rotate_api_key",
                    sdkgen_runtime::encode_path_segment(& self.scim_directory_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ScimDirectory, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimDirectory>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::list_group_role_mappings`] (`ListSCIMGroupRoleMappings`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListScimGroupRoleMappings {
    client: Client,
    scim_directory_id: String,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for ListScimGroupRoleMappings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListScimGroupRoleMappings").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl ListScimGroupRoleMappings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "ListSCIMGroupRoleMappings",
                sdkgen_runtime::reqwest::Method::GET,
                "/scim_directories/{scim_directory_id}/group_role_mappings",
                format!(
                    "/scim_directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.scim_directory_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ScimGroupRoleMappingListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimGroupRoleMappingListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::replace_group_role_mappings`] (`ReplaceSCIMGroupRoleMappings`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceScimGroupRoleMappings {
    client: Client,
    scim_directory_id: String,
    body: types::ReplaceScimGroupRoleMappingsBody,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for ReplaceScimGroupRoleMappings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceScimGroupRoleMappings").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl ReplaceScimGroupRoleMappings {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceSCIMGroupRoleMappings",
                sdkgen_runtime::reqwest::Method::PUT,
                "/scim_directories/{scim_directory_id}/group_role_mappings",
                format!(
                    "/scim_directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.scim_directory_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ScimGroupRoleMappingListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimGroupRoleMappingListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::create_group_role_mapping`] (`CreateSCIMGroupRoleMapping`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateScimGroupRoleMapping {
    client: Client,
    scim_directory_id: String,
    body: types::CreateScimGroupRoleMappingBody,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for CreateScimGroupRoleMapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateScimGroupRoleMapping").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl CreateScimGroupRoleMapping {
    /// The precedence for this mapping. Lower values take priority when a user belongs
    /// to multiple mapped groups. If omitted, the mapping is appended with the
    /// next-highest precedence.
    ///
    /// Minimum: `1`.
    pub fn precedence(mut self, value: impl Into<i64>) -> Self {
        self.body.precedence = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSCIMGroupRoleMapping",
                sdkgen_runtime::reqwest::Method::POST,
                "/scim_directories/{scim_directory_id}/group_role_mappings",
                format!(
                    "/scim_directories/{}/group_role_mappings",
                    sdkgen_runtime::encode_path_segment(& self.scim_directory_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ScimGroupRoleMapping, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimGroupRoleMapping>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ScimDirectoriesApi::delete_group_role_mapping`] (`DeleteSCIMGroupRoleMapping`): set optional inputs, then `.send().await`.
#[cfg(feature = "scim-directories")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteScimGroupRoleMapping {
    client: Client,
    scim_directory_id: String,
    mapping_id: String,
}
#[cfg(feature = "scim-directories")]
impl std::fmt::Debug for DeleteScimGroupRoleMapping {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteScimGroupRoleMapping").finish_non_exhaustive()
    }
}
#[cfg(feature = "scim-directories")]
impl DeleteScimGroupRoleMapping {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteSCIMGroupRoleMapping",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}",
                format!(
                    "/scim_directories/{}/group_role_mappings/{}",
                    sdkgen_runtime::encode_path_segment(& self.scim_directory_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.mapping_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ScimGroupRoleMappingDeletedResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ScimGroupRoleMappingDeletedResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::list`] (`GetSessionList`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSessionList {
    client: Client,
    client_id: Option<String>,
    user_id: Option<String>,
    status: Option<types::GetSessionListStatus>,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for GetSessionList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSessionList").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl GetSessionList {
    /// List sessions for the given client
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }
    /// List sessions for the given user
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Filter sessions by the provided status
    pub fn status(mut self, value: impl Into<types::GetSessionListStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetSessionList",
                sdkgen_runtime::reqwest::Method::GET,
                "/sessions",
                "/sessions".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.client_id {
            req.query("client_id", v);
        }
        if let Some(v) = &self.user_id {
            req.query("user_id", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::Session>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::Session>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::Session, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`SessionsApi::create`] (`createSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSession {
    client: Client,
    body: types::CreateSessionBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for CreateSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl CreateSession {
    /// The ID of the organization to set as active for this session
    pub fn active_organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.active_organization_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/sessions",
                "/sessions".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Session, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Session>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::get`] (`GetSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSession {
    client: Client,
    session_id: String,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for GetSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl GetSession {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetSession",
                sdkgen_runtime::reqwest::Method::GET,
                "/sessions/{session_id}",
                format!(
                    "/sessions/{}", sdkgen_runtime::encode_path_segment(& self.session_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Session, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Session>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::refresh`] (`RefreshSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefreshSession {
    client: Client,
    session_id: String,
    body: types::RefreshSessionBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for RefreshSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefreshSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl RefreshSession {
    /// The headers of the request.
    pub fn request_headers(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.request_headers = Some(value.into());
        self
    }
    /// The format of the response.
    ///
    /// Default: `"token"`.
    pub fn format(mut self, value: impl Into<types::RefreshSessionBodyFormat>) -> Self {
        self.body.format = Some(value.into());
        self
    }
    /// The IP address of the request.
    pub fn request_originating_ip(mut self, value: impl Into<String>) -> Self {
        self.body.request_originating_ip = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "RefreshSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/sessions/{session_id}/refresh",
                format!(
                    "/sessions/{}/refresh", sdkgen_runtime::encode_path_segment(& self
                    .session_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SessionRefresh, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SessionRefresh>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::revoke`] (`RevokeSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeSession {
    client: Client,
    session_id: String,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for RevokeSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl RevokeSession {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/sessions/{session_id}/revoke",
                format!(
                    "/sessions/{}/revoke", sdkgen_runtime::encode_path_segment(& self
                    .session_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Session, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Session>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::create_token`] (`CreateSessionToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSessionToken {
    client: Client,
    session_id: String,
    body: types::CreateSessionTokenBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for CreateSessionToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSessionToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl CreateSessionToken {
    /// Use this parameter to override the default session token lifetime.
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSessionToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/sessions/{session_id}/tokens",
                format!(
                    "/sessions/{}/tokens", sdkgen_runtime::encode_path_segment(& self
                    .session_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateSessionTokenResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateSessionTokenResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::create_token_from_template`] (`CreateSessionTokenFromTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSessionTokenFromTemplate {
    client: Client,
    session_id: String,
    template_name: String,
    body: types::CreateSessionTokenFromTemplateBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for CreateSessionTokenFromTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSessionTokenFromTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl CreateSessionTokenFromTemplate {
    /// Use this parameter to override the JWT lifetime.
    ///
    /// Minimum: `30`. Maximum: `315360000`.
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSessionTokenFromTemplate",
                sdkgen_runtime::reqwest::Method::POST,
                "/sessions/{session_id}/tokens/{template_name}",
                format!(
                    "/sessions/{}/tokens/{}", sdkgen_runtime::encode_path_segment(& self
                    .session_id.to_string()), sdkgen_runtime::encode_path_segment(& self
                    .template_name.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateSessionTokenFromTemplateResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateSessionTokenFromTemplateResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInTokensApi::create`] (`CreateSignInToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSignInToken {
    client: Client,
    body: types::CreateSignInTokenBody,
}
#[cfg(feature = "sign-in-tokens")]
impl std::fmt::Debug for CreateSignInToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSignInToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-in-tokens")]
impl CreateSignInToken {
    /// The ID of the organization to activate when the user signs in.
    /// Organizations must be enabled for the instance, and the user must be a member of the organization.
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.body.org_id = Some(value.into());
        self
    }
    /// Optional parameter to specify the life duration of the sign in token in seconds.
    /// By default, the duration is 30 days.
    ///
    /// Default: `2592000`. Minimum: `1`.
    pub fn expires_in_seconds(mut self, value: impl Into<i64>) -> Self {
        self.body.expires_in_seconds = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateSignInToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/sign_in_tokens",
                "/sign_in_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SignInToken, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SignInToken>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInTokensApi::revoke`] (`RevokeSignInToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-in-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeSignInToken {
    client: Client,
    sign_in_token_id: String,
}
#[cfg(feature = "sign-in-tokens")]
impl std::fmt::Debug for RevokeSignInToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeSignInToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-in-tokens")]
impl RevokeSignInToken {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeSignInToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/sign_in_tokens/{sign_in_token_id}/revoke",
                format!(
                    "/sign_in_tokens/{}/revoke", sdkgen_runtime::encode_path_segment(&
                    self.sign_in_token_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SignInToken, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SignInToken>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignUpsApi::get`] (`GetSignUp`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSignUp {
    client: Client,
    id: String,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for GetSignUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSignUp").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl GetSignUp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetSignUp",
                sdkgen_runtime::reqwest::Method::GET,
                "/sign_ups/{id}",
                format!(
                    "/sign_ups/{}", sdkgen_runtime::encode_path_segment(& self.id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SignUp, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignUpsApi::update`] (`UpdateSignUp`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSignUp {
    client: Client,
    id: String,
    body: types::UpdateSignUpBody,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for UpdateSignUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSignUp").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl UpdateSignUp {
    /// The ID of the guest attempting to sign up as used in your external systems or your previous authentication solution.
    /// This will be copied to the resulting user when the sign-up is completed.
    pub fn external_id(mut self, value: impl Into<String>) -> Self {
        self.body.external_id = Some(Some(value.into()));
        self
    }
    /// If true, the sign-up will be marked as a custom action.
    pub fn custom_action(mut self, value: impl Into<bool>) -> Self {
        self.body.custom_action = Some(Some(value.into()));
        self
    }
    /// Sends `"external_id": null`, which is not the same as leaving it out.
    pub fn external_id_null(mut self) -> Self {
        self.body.external_id = Some(None);
        self
    }
    /// Sends `"custom_action": null`, which is not the same as leaving it out.
    pub fn custom_action_null(mut self) -> Self {
        self.body.custom_action = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateSignUp",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/sign_ups/{id}",
                format!(
                    "/sign_ups/{}", sdkgen_runtime::encode_path_segment(& self.id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SignUp, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TemplatesApi::preview`] (`PreviewTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "templates")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PreviewTemplate {
    client: Client,
    template_type: String,
    slug: String,
    body: types::PreviewTemplateBody,
}
#[cfg(feature = "templates")]
impl std::fmt::Debug for PreviewTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreviewTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "templates")]
impl PreviewTemplate {
    /// The email subject.
    /// Applicable only to email templates.
    pub fn subject(mut self, value: impl Into<String>) -> Self {
        self.body.subject = Some(value.into());
        self
    }
    /// The template body before variable interpolation
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body.body = Some(value.into());
        self
    }
    /// The local part of the From email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    pub fn from_email_name(mut self, value: impl Into<String>) -> Self {
        self.body.from_email_name = Some(value.into());
        self
    }
    /// The local part of the Reply To email address that will be used for emails.
    /// For example, in the address 'hello@example.com', the local part is 'hello'.
    /// Applicable only to email templates.
    pub fn reply_to_email_name(mut self, value: impl Into<String>) -> Self {
        self.body.reply_to_email_name = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "PreviewTemplate",
                sdkgen_runtime::reqwest::Method::POST,
                "/templates/{template_type}/{slug}/preview",
                format!(
                    "/templates/{}/{}/preview", sdkgen_runtime::encode_path_segment(&
                    self.template_type.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.slug.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        serde_json::Map<String, serde_json::Value>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<serde_json::Map<String, serde_json::Value>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TestingTokensApi::create`] (`CreateTestingToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "testing-tokens")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTestingToken {
    client: Client,
}
#[cfg(feature = "testing-tokens")]
impl std::fmt::Debug for CreateTestingToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTestingToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "testing-tokens")]
impl CreateTestingToken {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "CreateTestingToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/testing_tokens",
                "/testing_tokens".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::TestingToken, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::TestingToken>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::list`] (`GetUserList`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserList {
    client: Client,
    email_address: Option<Vec<String>>,
    phone_number: Option<Vec<String>>,
    external_id: Option<Vec<String>>,
    username: Option<Vec<String>>,
    web3_wallet: Option<Vec<String>>,
    user_id: Option<Vec<String>>,
    organization_id: Option<Vec<String>>,
    query: Option<String>,
    email_address_query: Option<String>,
    phone_number_query: Option<String>,
    username_query: Option<String>,
    name_query: Option<String>,
    banned: Option<bool>,
    last_active_at_before: Option<i64>,
    last_active_at_after: Option<i64>,
    last_active_at_since: Option<i64>,
    created_at_before: Option<i64>,
    created_at_after: Option<i64>,
    last_sign_in_at_before: Option<i64>,
    last_sign_in_at_after: Option<i64>,
    provider: Option<String>,
    provider_user_id: Option<Vec<String>>,
    limit: Option<i64>,
    offset: Option<i64>,
    starting_after: Option<String>,
    order_by: Option<String>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetUserList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserList").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetUserList {
    /// Returns users with the specified email addresses.
    /// Accepts up to 100 email addresses.
    /// Any email addresses not found are ignored.
    pub fn email_address(mut self, value: impl Into<Vec<String>>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Returns users with the specified phone numbers.
    /// Accepts up to 100 phone numbers.
    /// Any phone numbers not found are ignored.
    pub fn phone_number(mut self, value: impl Into<Vec<String>>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Returns users with the specified external IDs.
    /// For each external ID, the `+` and `-` can be
    /// prepended to the ID, which denote whether the
    /// respective external ID should be included or
    /// excluded from the result set.
    /// Accepts up to 100 external IDs.
    /// Any external IDs not found are ignored.
    pub fn external_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.external_id = Some(value.into());
        self
    }
    /// Returns users with the specified usernames.
    /// Accepts up to 100 usernames.
    /// Any usernames not found are ignored.
    pub fn username(mut self, value: impl Into<Vec<String>>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// Returns users with the specified web3 wallet addresses.
    /// Accepts up to 100 web3 wallet addresses.
    /// Any web3 wallet addresses not found are ignored.
    pub fn web3_wallet(mut self, value: impl Into<Vec<String>>) -> Self {
        self.web3_wallet = Some(value.into());
        self
    }
    /// Returns users with the user IDs specified.
    /// For each user ID, the `+` and `-` can be
    /// prepended to the ID, which denote whether the
    /// respective user ID should be included or
    /// excluded from the result set.
    /// Accepts up to 100 user IDs.
    /// Any user IDs not found are ignored.
    pub fn user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Returns users that have memberships to the
    /// given organizations.
    /// For each organization ID, the `+` and `-` can be
    /// prepended to the ID, which denote whether the
    /// respective organization should be included or
    /// excluded from the result set.
    /// Accepts up to 100 organization IDs.
    pub fn organization_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Returns users that match the given query.
    /// For possible matches, we check the email addresses, phone numbers, usernames, web3 wallets, user IDs, first and last names.
    /// The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Returns users with emails that match the given query, via case-insensitive partial match.
    /// For example, `email_address_query=ello` will match a user with the email `HELLO@example.com`.
    pub fn email_address_query(mut self, value: impl Into<String>) -> Self {
        self.email_address_query = Some(value.into());
        self
    }
    /// Returns users with phone numbers that match the given query, via case-insensitive partial match.
    /// For example, `phone_number_query=555` will match a user with the phone number `+1555xxxxxxx`.
    pub fn phone_number_query(mut self, value: impl Into<String>) -> Self {
        self.phone_number_query = Some(value.into());
        self
    }
    /// Returns users with usernames that match the given query, via case-insensitive partial match.
    /// For example, `username_query=CoolUser` will match a user with the username `SomeCoolUser`.
    pub fn username_query(mut self, value: impl Into<String>) -> Self {
        self.username_query = Some(value.into());
        self
    }
    /// Returns users with names that match the given query, via case-insensitive partial match.
    pub fn name_query(mut self, value: impl Into<String>) -> Self {
        self.name_query = Some(value.into());
        self
    }
    /// Returns users which are either banned (`banned=true`) or not banned (`banned=false`).
    pub fn banned(mut self, value: impl Into<bool>) -> Self {
        self.banned = Some(value.into());
        self
    }
    /// Returns users whose last session activity was before the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was before 2023-11-23.
    pub fn last_active_at_before(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_before = Some(value.into());
        self
    }
    /// Returns users whose last session activity was after the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was after 2023-11-23.
    pub fn last_active_at_after(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_after = Some(value.into());
        self
    }
    /// Returns users that had session activity since the given date.
    /// Example: use 1700690400000 to retrieve users that had session activity from 2023-11-23 until the current day.
    /// Deprecated in favor of `last_active_at_after`.
    pub fn last_active_at_since(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_since = Some(value.into());
        self
    }
    /// Returns users who have been created before the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created before 2024-10-29.
    pub fn created_at_before(mut self, value: impl Into<i64>) -> Self {
        self.created_at_before = Some(value.into());
        self
    }
    /// Returns users who have been created after the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created after 2024-10-29.
    pub fn created_at_after(mut self, value: impl Into<i64>) -> Self {
        self.created_at_after = Some(value.into());
        self
    }
    /// Returns users whose last sign-in was before the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last sign-in was before 2023-11-23.
    pub fn last_sign_in_at_before(mut self, value: impl Into<i64>) -> Self {
        self.last_sign_in_at_before = Some(value.into());
        self
    }
    /// Returns users whose last sign-in was after the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last sign-in was after 2023-11-23.
    pub fn last_sign_in_at_after(mut self, value: impl Into<i64>) -> Self {
        self.last_sign_in_at_after = Some(value.into());
        self
    }
    /// Returns users with external accounts for the specified OAuth provider.
    /// Must be used in combination with the `provider_user_id` parameter.
    /// For example, use `provider=oauth_google&provider_user_id=12345` to retrieve a user with Google provider user ID 12345.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Returns users with the specified provider user IDs for a specific provider.
    /// Must be used in combination with the `provider` parameter.
    /// For example, use `provider=oauth_google&provider_user_id=12345` to retrieve a user with Google provider user ID 12345.
    /// Accepts up to 100 provider user IDs.
    /// Any provider user IDs not found are ignored.
    pub fn provider_user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.provider_user_id = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// A cursor for pagination: the `id` of the last user on the previous page. Returns the users that follow it.
    ///
    /// **Requires ordering by `created_at`** — that is, `order_by` omitted, or set to `created_at`, `+created_at`
    /// or `-created_at`. Any other `order_by` value is rejected with a 422: the other orderings sort by a value
    /// that is neither unique per user nor immutable, so a cursor over them would skip or repeat users.
    ///
    /// Cannot be combined with a non-zero `offset`, which is also a 422. Keep every other parameter identical
    /// across requests, and stop when a page returns fewer than `limit` users.
    pub fn starting_after(mut self, value: impl Into<String>) -> Self {
        self.starting_after = Some(value.into());
        self
    }
    /// Allows to return users in a particular order.
    /// At the moment, you can order the returned users by their `created_at`,`updated_at`,`email_address`,`web3wallet`,`first_name`,`last_name`,`phone_number`,`username`,`last_active_at`,`last_sign_in_at`.
    /// In order to specify the direction, you can use the `+/-` symbols prepended in the property to order by.
    /// For example, if you want users to be returned in descending order according to their `created_at` property, you can use `-created_at`.
    /// If you don't use `+` or `-`, then `+` is implied. We only support one `order_by` parameter, and if multiple `order_by` parameters are provided, we will only keep the first one. For example,
    /// if you pass `order_by=username&order_by=created_at`, we will consider only the first `order_by` parameter, which is `username`. The `created_at` parameter will be ignored in this case.
    /// Only the `created_at` orderings can be combined with `starting_after` cursor pagination; see that parameter.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUserList",
                sdkgen_runtime::reqwest::Method::GET,
                "/users",
                "/users".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.email_address {
            req.query_exploded("email_address", v);
        }
        if let Some(v) = &self.phone_number {
            req.query_exploded("phone_number", v);
        }
        if let Some(v) = &self.external_id {
            req.query_exploded("external_id", v);
        }
        if let Some(v) = &self.username {
            req.query_exploded("username", v);
        }
        if let Some(v) = &self.web3_wallet {
            req.query_exploded("web3_wallet", v);
        }
        if let Some(v) = &self.user_id {
            req.query_exploded("user_id", v);
        }
        if let Some(v) = &self.organization_id {
            req.query_exploded("organization_id", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.email_address_query {
            req.query("email_address_query", v);
        }
        if let Some(v) = &self.phone_number_query {
            req.query("phone_number_query", v);
        }
        if let Some(v) = &self.username_query {
            req.query("username_query", v);
        }
        if let Some(v) = &self.name_query {
            req.query("name_query", v);
        }
        if let Some(v) = &self.banned {
            req.query("banned", v);
        }
        if let Some(v) = &self.last_active_at_before {
            req.query("last_active_at_before", v);
        }
        if let Some(v) = &self.last_active_at_after {
            req.query("last_active_at_after", v);
        }
        if let Some(v) = &self.last_active_at_since {
            req.query("last_active_at_since", v);
        }
        if let Some(v) = &self.created_at_before {
            req.query("created_at_before", v);
        }
        if let Some(v) = &self.created_at_after {
            req.query("created_at_after", v);
        }
        if let Some(v) = &self.last_sign_in_at_before {
            req.query("last_sign_in_at_before", v);
        }
        if let Some(v) = &self.last_sign_in_at_after {
            req.query("last_sign_in_at_after", v);
        }
        if let Some(v) = &self.provider {
            req.query("provider", v);
        }
        if let Some(v) = &self.provider_user_id {
            req.query_exploded("provider_user_id", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.starting_after {
            req.query("starting_after", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::User>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::User>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(self) -> sdkgen_runtime::ItemStream<types::User, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`UsersApi::create`] (`CreateUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateUser {
    client: Client,
    body: types::CreateUserBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for CreateUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl CreateUser {
    /// The ID of the user as used in your external systems or your previous authentication solution.
    /// Must be unique across your instance.
    pub fn external_id(mut self, value: impl Into<String>) -> Self {
        self.body.external_id = Some(value.into());
        self
    }
    /// The first name to assign to the user
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(value.into());
        self
    }
    /// The last name to assign to the user
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(value.into());
        self
    }
    /// The locale to assign to the user (e.g., "en-US", "fr-FR")
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.body.locale = Some(value.into());
        self
    }
    /// Email addresses to add to the user.
    /// Must be unique across your instance.
    /// The first email address will be set as the user's primary email address.
    /// Created verified by default; see `email_address_identification_status` to create them reserved.
    pub fn email_address(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.email_address = Some(value.into());
        self
    }
    /// Controls the status each email address is created with. Runs parallel to
    /// `email_address`: when provided, it must contain exactly one item per email
    /// address, applied by position. When omitted or empty, every email address is
    /// created `verified`. Set an item to `reserved` to create the corresponding
    /// email address reserved instead (unverified but usable for sign-in and locked
    /// so no other user can claim it).
    pub fn email_address_identification_status(
        mut self,
        value: impl Into<Vec<types::CreateUserBodyEmailAddressIdentificationStatusItem>>,
    ) -> Self {
        self.body.email_address_identification_status = Some(value.into());
        self
    }
    /// Phone numbers to add to the user.
    /// Must be unique across your instance.
    /// The first phone number will be set as the user's primary phone number.
    /// Created verified by default; see `phone_number_identification_status` to create them reserved.
    pub fn phone_number(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.phone_number = Some(value.into());
        self
    }
    /// Controls the status each phone number is created with. Runs parallel to
    /// `phone_number`: when provided, it must contain exactly one item per phone
    /// number, applied by position. When omitted or empty, every phone number is
    /// created `verified`. Set an item to `reserved` to create the corresponding
    /// phone number reserved instead (unverified but usable for sign-in and locked
    /// so no other user can claim it).
    pub fn phone_number_identification_status(
        mut self,
        value: impl Into<Vec<types::CreateUserBodyPhoneNumberIdentificationStatusItem>>,
    ) -> Self {
        self.body.phone_number_identification_status = Some(value.into());
        self
    }
    /// Web3 wallets to add to the user.
    /// Must be unique across your instance.
    /// The first wallet will be set as the user's primary wallet.
    pub fn web3_wallet(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.web3_wallet = Some(value.into());
        self
    }
    /// The username to give to the user.
    /// It must be unique across your instance.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.body.username = Some(value.into());
        self
    }
    /// The plaintext password to give the user.
    /// Must be at least 8 characters long, and cannot be in any list of hacked passwords.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    /// In case you already have the password digests and not the passwords, you can use them for the newly created user via this property.
    /// The digests should be generated with one of the supported algorithms.
    /// The hashing algorithm can be specified using the `password_hasher` property.
    pub fn password_digest(mut self, value: impl Into<String>) -> Self {
        self.body.password_digest = Some(value.into());
        self
    }
    pub fn password_hasher(mut self, value: impl Into<types::PasswordHasher>) -> Self {
        self.body.password_hasher = Some(value.into());
        self
    }
    /// When set to `true` all password checks are skipped.
    /// It is recommended to use this method only when migrating plaintext passwords to Clerk.
    /// Upon migration the user base should be prompted to pick stronger password.
    pub fn skip_password_checks(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_password_checks = Some(value.into());
        self
    }
    /// When set to `true`, `password` is not required anymore when creating the user and can be omitted.
    /// This is useful when you are trying to create a user that doesn't have a password, in an instance that is using passwords.
    /// Please note that you cannot use this flag if password is the only way for a user to sign into your instance.
    pub fn skip_password_requirement(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_password_requirement = Some(value.into());
        self
    }
    /// In case TOTP is configured on the instance, you can provide the secret to enable it on the newly created user without the need to reset it.
    /// Please note that currently the supported options are:
    /// * Period: 30 seconds
    /// * Code length: 6 digits
    /// * Algorithm: SHA1
    pub fn totp_secret(mut self, value: impl Into<String>) -> Self {
        self.body.totp_secret = Some(value.into());
        self
    }
    /// If Backup Codes are configured on the instance, you can provide them to enable it on the newly created user without the need to reset them.
    /// You must provide the backup codes in plain format or the corresponding bcrypt digest.
    pub fn backup_codes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.backup_codes = Some(value.into());
        self
    }
    /// Metadata saved on the user, that is visible to both your Frontend and Backend APIs
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user, that is only visible to your Backend API
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    pub fn unsafe_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.unsafe_metadata = Some(value.into());
        self
    }
    /// If enabled, user can delete themselves via FAPI.
    pub fn delete_self_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.delete_self_enabled = Some(value.into());
        self
    }
    /// A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    pub fn legal_accepted_at(mut self, value: impl Into<String>) -> Self {
        self.body.legal_accepted_at = Some(value.into());
        self
    }
    /// When set to `true` all legal checks are skipped.
    /// It is not recommended to skip legal checks unless you are migrating a user to Clerk.
    pub fn skip_legal_checks(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_legal_checks = Some(value.into());
        self
    }
    /// When set to `true`, identification types are not enforced.
    /// At least one identification type must be enabled and provided on your instance (email, phone, web3 wallet, or username).
    /// Users created without required identification types cannot use those authentication strategies
    /// It is not recommended to use this flag unless you need to allow Clerk UI components to prompt for required fields while BAPI creates users with minimal data, or for migration a user to Clerk.
    pub fn skip_user_requirement(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_user_requirement = Some(value.into());
        self
    }
    /// If enabled, user can create organizations via FAPI.
    pub fn create_organization_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.create_organization_enabled = Some(value.into());
        self
    }
    /// The maximum number of organizations the user can create. 0 means unlimited.
    pub fn create_organizations_limit(mut self, value: impl Into<i64>) -> Self {
        self.body.create_organizations_limit = Some(value.into());
        self
    }
    /// A custom date/time denoting _when_ the user signed up to the application, specified in RFC3339 format (e.g. `2012-10-20T07:15:20.902Z`).
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.body.created_at = Some(value.into());
        self
    }
    /// When set to `true`, the user will bypass Device Trust checks during sign-in.
    pub fn bypass_client_trust(mut self, value: impl Into<bool>) -> Self {
        self.body.bypass_client_trust = Some(value.into());
        self
    }
    /// When set to `true`, the user is created already banned and cannot sign in.
    /// Requires the same plan support as the ban user endpoint.
    pub fn banned(mut self, value: impl Into<bool>) -> Self {
        self.body.banned = Some(value.into());
        self
    }
    /// When set to `true`, the user is created already locked.
    /// Requires the user lockout feature to be enabled on the instance.
    pub fn locked(mut self, value: impl Into<bool>) -> Self {
        self.body.locked = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateUser",
                sdkgen_runtime::reqwest::Method::POST,
                "/users",
                "/users".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::count`] (`GetUsersCount`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUsersCount {
    client: Client,
    email_address: Option<Vec<String>>,
    phone_number: Option<Vec<String>>,
    external_id: Option<Vec<String>>,
    username: Option<Vec<String>>,
    web3_wallet: Option<Vec<String>>,
    user_id: Option<Vec<String>>,
    organization_id: Option<Vec<String>>,
    query: Option<String>,
    email_address_query: Option<String>,
    phone_number_query: Option<String>,
    username_query: Option<String>,
    name_query: Option<String>,
    banned: Option<bool>,
    last_active_at_before: Option<i64>,
    last_active_at_after: Option<i64>,
    last_active_at_since: Option<i64>,
    created_at_before: Option<i64>,
    created_at_after: Option<i64>,
    last_sign_in_at_before: Option<i64>,
    last_sign_in_at_after: Option<i64>,
    provider: Option<String>,
    provider_user_id: Option<Vec<String>>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetUsersCount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUsersCount").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetUsersCount {
    /// Counts users with the specified email addresses.
    /// Accepts up to 100 email addresses.
    /// Any email addresses not found are ignored.
    pub fn email_address(mut self, value: impl Into<Vec<String>>) -> Self {
        self.email_address = Some(value.into());
        self
    }
    /// Counts users with the specified phone numbers.
    /// Accepts up to 100 phone numbers.
    /// Any phone numbers not found are ignored.
    pub fn phone_number(mut self, value: impl Into<Vec<String>>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Counts users with the specified external IDs.
    /// Accepts up to 100 external IDs.
    /// Any external IDs not found are ignored.
    pub fn external_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.external_id = Some(value.into());
        self
    }
    /// Counts users with the specified usernames.
    /// Accepts up to 100 usernames.
    /// Any usernames not found are ignored.
    pub fn username(mut self, value: impl Into<Vec<String>>) -> Self {
        self.username = Some(value.into());
        self
    }
    /// Counts users with the specified web3 wallet addresses.
    /// Accepts up to 100 web3 wallet addresses.
    /// Any web3 wallet addresses not found are ignored.
    pub fn web3_wallet(mut self, value: impl Into<Vec<String>>) -> Self {
        self.web3_wallet = Some(value.into());
        self
    }
    /// Counts users with the user IDs specified.
    /// Accepts up to 100 user IDs.
    /// Any user IDs not found are ignored.
    pub fn user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.user_id = Some(value.into());
        self
    }
    /// Returns users that have memberships to the given organizations. For each organization ID, the `+` and `-`
    /// can be prepended to the ID, which denote whether the respective organization should be included or
    /// excluded from the result set. Accepts up to 100 organization IDs.
    pub fn organization_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// Counts users that match the given query.
    /// For possible matches, we check the email addresses, phone numbers, usernames, web3 wallets, user IDs, first and last names.
    /// The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Counts users with emails that match the given query, via case-insensitive partial match.
    /// For example, `email_address_query=ello` will match a user with the email `HELLO@example.com`,
    /// and will be included in the resulting count.
    pub fn email_address_query(mut self, value: impl Into<String>) -> Self {
        self.email_address_query = Some(value.into());
        self
    }
    /// Counts users with phone numbers that match the given query, via case-insensitive partial match.
    /// For example, `phone_number_query=555` will match a user with the phone number `+1555xxxxxxx`,
    /// and will be included in the resulting count.
    pub fn phone_number_query(mut self, value: impl Into<String>) -> Self {
        self.phone_number_query = Some(value.into());
        self
    }
    /// Counts users with usernames that match the given query, via case-insensitive partial match.
    /// For example, `username_query=CoolUser` will match a user with the username `SomeCoolUser`,
    /// and will be included in the resulting count.
    pub fn username_query(mut self, value: impl Into<String>) -> Self {
        self.username_query = Some(value.into());
        self
    }
    /// Returns users with names that match the given query, via case-insensitive partial match.
    pub fn name_query(mut self, value: impl Into<String>) -> Self {
        self.name_query = Some(value.into());
        self
    }
    /// Counts users which are either banned (`banned=true`) or not banned (`banned=false`).
    pub fn banned(mut self, value: impl Into<bool>) -> Self {
        self.banned = Some(value.into());
        self
    }
    /// Returns users whose last session activity was before the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was before 2023-11-23.
    pub fn last_active_at_before(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_before = Some(value.into());
        self
    }
    /// Returns users whose last session activity was after the given date (with millisecond precision).
    /// Example: use 1700690400000 to retrieve users whose last session activity was after 2023-11-23.
    pub fn last_active_at_after(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_after = Some(value.into());
        self
    }
    /// Returns users that had session activity since the given date.
    /// Example: use 1700690400000 to retrieve users that had session activity from 2023-11-23 until the current day.
    /// Deprecated in favor of `last_active_at_after`.
    pub fn last_active_at_since(mut self, value: impl Into<i64>) -> Self {
        self.last_active_at_since = Some(value.into());
        self
    }
    /// Returns users who have been created before the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created before 2024-10-29.
    pub fn created_at_before(mut self, value: impl Into<i64>) -> Self {
        self.created_at_before = Some(value.into());
        self
    }
    /// Returns users who have been created after the given date (with millisecond precision).
    /// Example: use 1730160000000 to retrieve users who have been created after 2024-10-29.
    pub fn created_at_after(mut self, value: impl Into<i64>) -> Self {
        self.created_at_after = Some(value.into());
        self
    }
    /// Counts users whose last sign-in was before the given date (with millisecond precision).
    /// Example: use 1700690400000 to count users whose last sign-in was before 2023-11-23.
    pub fn last_sign_in_at_before(mut self, value: impl Into<i64>) -> Self {
        self.last_sign_in_at_before = Some(value.into());
        self
    }
    /// Counts users whose last sign-in was after the given date (with millisecond precision).
    /// Example: use 1700690400000 to count users whose last sign-in was after 2023-11-23.
    pub fn last_sign_in_at_after(mut self, value: impl Into<i64>) -> Self {
        self.last_sign_in_at_after = Some(value.into());
        self
    }
    /// Counts users with external accounts for the specified OAuth provider.
    /// Must be used in combination with the `provider_user_id` parameter.
    /// For example, use `provider=oauth_google&provider_user_id=12345` to count users with Google provider user ID 12345.
    /// Accepts up to 100 providers.
    pub fn provider(mut self, value: impl Into<String>) -> Self {
        self.provider = Some(value.into());
        self
    }
    /// Counts users with the specified provider user IDs for a specific provider.
    /// Must be used in combination with the `provider` parameter.
    /// For example, use `provider=oauth_google&provider_user_id=12345` to count users with Google provider user ID 12345.
    /// Accepts up to 100 provider user IDs.
    /// Any provider user IDs not found are ignored.
    pub fn provider_user_id(mut self, value: impl Into<Vec<String>>) -> Self {
        self.provider_user_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUsersCount",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/count",
                "/users/count".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.email_address {
            req.query_exploded("email_address", v);
        }
        if let Some(v) = &self.phone_number {
            req.query_exploded("phone_number", v);
        }
        if let Some(v) = &self.external_id {
            req.query_exploded("external_id", v);
        }
        if let Some(v) = &self.username {
            req.query_exploded("username", v);
        }
        if let Some(v) = &self.web3_wallet {
            req.query_exploded("web3_wallet", v);
        }
        if let Some(v) = &self.user_id {
            req.query_exploded("user_id", v);
        }
        if let Some(v) = &self.organization_id {
            req.query_exploded("organization_id", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.email_address_query {
            req.query("email_address_query", v);
        }
        if let Some(v) = &self.phone_number_query {
            req.query("phone_number_query", v);
        }
        if let Some(v) = &self.username_query {
            req.query("username_query", v);
        }
        if let Some(v) = &self.name_query {
            req.query("name_query", v);
        }
        if let Some(v) = &self.banned {
            req.query("banned", v);
        }
        if let Some(v) = &self.last_active_at_before {
            req.query("last_active_at_before", v);
        }
        if let Some(v) = &self.last_active_at_after {
            req.query("last_active_at_after", v);
        }
        if let Some(v) = &self.last_active_at_since {
            req.query("last_active_at_since", v);
        }
        if let Some(v) = &self.created_at_before {
            req.query("created_at_before", v);
        }
        if let Some(v) = &self.created_at_after {
            req.query("created_at_after", v);
        }
        if let Some(v) = &self.last_sign_in_at_before {
            req.query("last_sign_in_at_before", v);
        }
        if let Some(v) = &self.last_sign_in_at_after {
            req.query("last_sign_in_at_after", v);
        }
        if let Some(v) = &self.provider {
            req.query("provider", v);
        }
        if let Some(v) = &self.provider_user_id {
            req.query_exploded("provider_user_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::TotalCount, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::TotalCount>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::get`] (`GetUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUser",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}",
                format!(
                    "/users/{}", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete`] (`DeleteUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DeleteUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DeleteUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteUser",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}",
                format!(
                    "/users/{}", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::update`] (`UpdateUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateUser {
    client: Client,
    user_id: String,
    body: types::UpdateUserBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UpdateUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UpdateUser {
    /// The ID of the user as used in your external systems or your previous authentication solution.
    /// Must be unique across your instance.
    pub fn external_id(mut self, value: impl Into<String>) -> Self {
        self.body.external_id = Some(Some(value.into()));
        self
    }
    /// The first name to assign to the user
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(Some(value.into()));
        self
    }
    /// The last name to assign to the user
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(Some(value.into()));
        self
    }
    /// The locale to assign to the user (e.g., "en-US", "fr-FR")
    pub fn locale(mut self, value: impl Into<String>) -> Self {
        self.body.locale = Some(Some(value.into()));
        self
    }
    /// The ID of the email address to set as primary.
    /// It must be verified, and present on the current user.
    pub fn primary_email_address_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_email_address_id = Some(Some(value.into()));
        self
    }
    /// If set to `true`, the user will be notified that their primary email address has changed.
    /// By default, no notification is sent.
    ///
    /// Default: `false`.
    pub fn notify_primary_email_address_changed(
        mut self,
        value: impl Into<bool>,
    ) -> Self {
        self.body.notify_primary_email_address_changed = Some(Some(value.into()));
        self
    }
    /// The ID of the phone number to set as primary.
    /// It must be verified, and present on the current user.
    pub fn primary_phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_phone_number_id = Some(Some(value.into()));
        self
    }
    /// The ID of the web3 wallets to set as primary.
    /// It must be verified, and present on the current user.
    pub fn primary_web3_wallet_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_web3_wallet_id = Some(Some(value.into()));
        self
    }
    /// The username to give to the user.
    /// It must be unique across your instance.
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.body.username = Some(Some(value.into()));
        self
    }
    /// The ID of the image to set as the user's profile image
    pub fn profile_image_id(mut self, value: impl Into<String>) -> Self {
        self.body.profile_image_id = Some(Some(value.into()));
        self
    }
    /// The plaintext password to give the user.
    /// Must be at least 8 characters long, and cannot be in any list of hacked passwords.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(Some(value.into()));
        self
    }
    /// In case you already have the password digests and not the passwords, you can use them for the newly created user via this property.
    /// The digests should be generated with one of the supported algorithms.
    /// The hashing algorithm can be specified using the `password_hasher` property.
    pub fn password_digest(mut self, value: impl Into<String>) -> Self {
        self.body.password_digest = Some(value.into());
        self
    }
    pub fn password_hasher(mut self, value: impl Into<types::PasswordHasher>) -> Self {
        self.body.password_hasher = Some(value.into());
        self
    }
    /// Set it to `true` if you're updating the user's password and want to skip any password policy settings check. This parameter can only be used when providing a `password`.
    pub fn skip_password_checks(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_password_checks = Some(Some(value.into()));
        self
    }
    /// Set to `true` to sign out the user from all their active sessions once their password is updated. This parameter can only be used when providing a `password`.
    pub fn sign_out_of_other_sessions(mut self, value: impl Into<bool>) -> Self {
        self.body.sign_out_of_other_sessions = Some(Some(value.into()));
        self
    }
    /// In case TOTP is configured on the instance, you can provide the secret to enable it on the specific user without the need to reset it.
    pub fn totp_secret(mut self, value: impl Into<String>) -> Self {
        self.body.totp_secret = Some(Some(value.into()));
        self
    }
    /// If Backup Codes are configured on the instance, you can provide them to enable it on the specific user without the need to reset them.
    pub fn backup_codes(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.backup_codes = Some(value.into());
        self
    }
    /// If true, the user can delete themselves with the Frontend API.
    pub fn delete_self_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.delete_self_enabled = Some(Some(value.into()));
        self
    }
    /// If true, the user can create organizations with the Frontend API.
    pub fn create_organization_enabled(mut self, value: impl Into<bool>) -> Self {
        self.body.create_organization_enabled = Some(Some(value.into()));
        self
    }
    /// A custom timestamp denoting _when_ the user accepted legal requirements, specified in RFC3339 format.
    pub fn legal_accepted_at(mut self, value: impl Into<String>) -> Self {
        self.body.legal_accepted_at = Some(Some(value.into()));
        self
    }
    /// When set to `true` all legal checks are skipped.
    pub fn skip_legal_checks(mut self, value: impl Into<bool>) -> Self {
        self.body.skip_legal_checks = Some(Some(value.into()));
        self
    }
    /// The maximum number of organizations the user can create. 0 means unlimited.
    pub fn create_organizations_limit(mut self, value: impl Into<i64>) -> Self {
        self.body.create_organizations_limit = Some(Some(value.into()));
        self
    }
    /// A custom date/time denoting _when_ the user signed up to the application.
    pub fn created_at(mut self, value: impl Into<String>) -> Self {
        self.body.created_at = Some(Some(value.into()));
        self
    }
    /// When set to `true`, the user will bypass Device Trust checks during sign-in.
    pub fn bypass_client_trust(mut self, value: impl Into<bool>) -> Self {
        self.body.bypass_client_trust = Some(Some(value.into()));
        self
    }
    /// Sends `"external_id": null`, which is not the same as leaving it out.
    pub fn external_id_null(mut self) -> Self {
        self.body.external_id = Some(None);
        self
    }
    /// Sends `"first_name": null`, which is not the same as leaving it out.
    pub fn first_name_null(mut self) -> Self {
        self.body.first_name = Some(None);
        self
    }
    /// Sends `"last_name": null`, which is not the same as leaving it out.
    pub fn last_name_null(mut self) -> Self {
        self.body.last_name = Some(None);
        self
    }
    /// Sends `"locale": null`, which is not the same as leaving it out.
    pub fn locale_null(mut self) -> Self {
        self.body.locale = Some(None);
        self
    }
    /// Sends `"primary_email_address_id": null`, which is not the same as leaving it out.
    pub fn primary_email_address_id_null(mut self) -> Self {
        self.body.primary_email_address_id = Some(None);
        self
    }
    /// Sends `"notify_primary_email_address_changed": null`, which is not the same as leaving it out.
    pub fn notify_primary_email_address_changed_null(mut self) -> Self {
        self.body.notify_primary_email_address_changed = Some(None);
        self
    }
    /// Sends `"primary_phone_number_id": null`, which is not the same as leaving it out.
    pub fn primary_phone_number_id_null(mut self) -> Self {
        self.body.primary_phone_number_id = Some(None);
        self
    }
    /// Sends `"primary_web3_wallet_id": null`, which is not the same as leaving it out.
    pub fn primary_web3_wallet_id_null(mut self) -> Self {
        self.body.primary_web3_wallet_id = Some(None);
        self
    }
    /// Sends `"username": null`, which is not the same as leaving it out.
    pub fn username_null(mut self) -> Self {
        self.body.username = Some(None);
        self
    }
    /// Sends `"profile_image_id": null`, which is not the same as leaving it out.
    pub fn profile_image_id_null(mut self) -> Self {
        self.body.profile_image_id = Some(None);
        self
    }
    /// Sends `"password": null`, which is not the same as leaving it out.
    pub fn password_null(mut self) -> Self {
        self.body.password = Some(None);
        self
    }
    /// Sends `"skip_password_checks": null`, which is not the same as leaving it out.
    pub fn skip_password_checks_null(mut self) -> Self {
        self.body.skip_password_checks = Some(None);
        self
    }
    /// Sends `"sign_out_of_other_sessions": null`, which is not the same as leaving it out.
    pub fn sign_out_of_other_sessions_null(mut self) -> Self {
        self.body.sign_out_of_other_sessions = Some(None);
        self
    }
    /// Sends `"totp_secret": null`, which is not the same as leaving it out.
    pub fn totp_secret_null(mut self) -> Self {
        self.body.totp_secret = Some(None);
        self
    }
    /// Sends `"delete_self_enabled": null`, which is not the same as leaving it out.
    pub fn delete_self_enabled_null(mut self) -> Self {
        self.body.delete_self_enabled = Some(None);
        self
    }
    /// Sends `"create_organization_enabled": null`, which is not the same as leaving it out.
    pub fn create_organization_enabled_null(mut self) -> Self {
        self.body.create_organization_enabled = Some(None);
        self
    }
    /// Sends `"legal_accepted_at": null`, which is not the same as leaving it out.
    pub fn legal_accepted_at_null(mut self) -> Self {
        self.body.legal_accepted_at = Some(None);
        self
    }
    /// Sends `"skip_legal_checks": null`, which is not the same as leaving it out.
    pub fn skip_legal_checks_null(mut self) -> Self {
        self.body.skip_legal_checks = Some(None);
        self
    }
    /// Sends `"create_organizations_limit": null`, which is not the same as leaving it out.
    pub fn create_organizations_limit_null(mut self) -> Self {
        self.body.create_organizations_limit = Some(None);
        self
    }
    /// Sends `"created_at": null`, which is not the same as leaving it out.
    pub fn created_at_null(mut self) -> Self {
        self.body.created_at = Some(None);
        self
    }
    /// Sends `"bypass_client_trust": null`, which is not the same as leaving it out.
    pub fn bypass_client_trust_null(mut self) -> Self {
        self.body.bypass_client_trust = Some(None);
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateUser",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/users/{user_id}",
                format!(
                    "/users/{}", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::ban`] (`BanUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct BanUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for BanUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BanUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl BanUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "BanUser",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/ban",
                format!(
                    "/users/{}/ban", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::unban`] (`UnbanUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnbanUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UnbanUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnbanUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UnbanUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "UnbanUser",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/unban",
                format!(
                    "/users/{}/unban", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::bulk_ban`] (`UsersBan`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UsersBan {
    client: Client,
    body: types::UsersBanBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UsersBan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsersBan").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UsersBan {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UsersBan",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/ban",
                "/users/ban".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::User>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::User>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::bulk_unban`] (`UsersUnban`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UsersUnban {
    client: Client,
    body: types::UsersUnbanBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UsersUnban {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsersUnban").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UsersUnban {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UsersUnban",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/unban",
                "/users/unban".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::User>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::User>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::lock`] (`LockUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct LockUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for LockUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl LockUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "LockUser",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/lock",
                format!(
                    "/users/{}/lock", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::unlock`] (`UnlockUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnlockUser {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UnlockUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnlockUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UnlockUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "UnlockUser",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/unlock",
                format!(
                    "/users/{}/unlock", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::set_profile_image`] (`SetUserProfileImage`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetUserProfileImage {
    client: Client,
    user_id: String,
    body: types::SetUserProfileImageBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for SetUserProfileImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetUserProfileImage").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl SetUserProfileImage {
    pub fn file(mut self, value: impl Into<sdkgen_runtime::FilePart>) -> Self {
        self.body.file = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "SetUserProfileImage",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/profile_image",
                format!(
                    "/users/{}/profile_image", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        let mut form = sdkgen_runtime::Multipart::new();
        if let Some(v) = &self.body.file {
            form.file("file", v);
        }
        req.multipart(form);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_profile_image`] (`DeleteUserProfileImage`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUserProfileImage {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DeleteUserProfileImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteUserProfileImage").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DeleteUserProfileImage {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteUserProfileImage",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/profile_image",
                format!(
                    "/users/{}/profile_image", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::replace_metadata`] (`ReplaceUserMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceUserMetadata {
    client: Client,
    user_id: String,
    body: types::ReplaceUserMetadataBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for ReplaceUserMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReplaceUserMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl ReplaceUserMetadata {
    /// Metadata saved on the user, that is visible to both your frontend and backend.
    /// The existing value will be replaced entirely with the new object.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user that is only visible to your backend.
    /// The existing value will be replaced entirely with the new object.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// The existing value will be replaced entirely with the new object.
    ///
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    pub fn unsafe_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.unsafe_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReplaceUserMetadata",
                sdkgen_runtime::reqwest::Method::PUT,
                "/users/{user_id}/metadata",
                format!(
                    "/users/{}/metadata", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::update_metadata`] (`UpdateUserMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateUserMetadata {
    client: Client,
    user_id: String,
    body: types::UpdateUserMetadataBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UpdateUserMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateUserMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UpdateUserMetadata {
    /// Metadata saved on the user, that is visible to both your frontend and backend.
    /// The new object will be merged with the existing value.
    pub fn public_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.public_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user that is only visible to your backend.
    /// The new object will be merged with the existing value.
    pub fn private_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.private_metadata = Some(value.into());
        self
    }
    /// Metadata saved on the user, that can be updated from both the Frontend and Backend APIs.
    /// The new object will be merged with the existing value.
    ///
    /// Note: Since this data can be modified from the frontend, it is not guaranteed to be safe.
    pub fn unsafe_metadata(
        mut self,
        value: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> Self {
        self.body.unsafe_metadata = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateUserMetadata",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/users/{user_id}/metadata",
                format!(
                    "/users/{}/metadata", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::get_billing_subscription`] (`GetUserBillingSubscription`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserBillingSubscription {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetUserBillingSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserBillingSubscription").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetUserBillingSubscription {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserBillingSubscription",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/billing/subscription",
                format!(
                    "/users/{}/billing/subscription",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::CommerceSubscription, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceSubscription>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::get_billing_credit_balance`] (`GetUserBillingCreditBalance`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserBillingCreditBalance {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetUserBillingCreditBalance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserBillingCreditBalance").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetUserBillingCreditBalance {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserBillingCreditBalance",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/billing/credits",
                format!(
                    "/users/{}/billing/credits", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceCreditBalanceResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceCreditBalanceResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::adjust_billing_credit_balance`] (`AdjustUserBillingCreditBalance`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AdjustUserBillingCreditBalance {
    client: Client,
    user_id: String,
    body: types::AdjustCreditBalanceRequest,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for AdjustUserBillingCreditBalance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdjustUserBillingCreditBalance").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl AdjustUserBillingCreditBalance {
    /// The currency code (e.g. "USD"). Defaults to USD if not provided.
    pub fn currency(mut self, value: impl Into<String>) -> Self {
        self.body.currency = Some(value.into());
        self
    }
    /// An optional note to attach to the ledger entry.
    pub fn note(mut self, value: impl Into<String>) -> Self {
        self.body.note = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "AdjustUserBillingCreditBalance",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/billing/credits",
                format!(
                    "/users/{}/billing/credits", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CommerceCreditLedgerResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CommerceCreditLedgerResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::get_o_auth_access_token`] (`GetOAuthAccessToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthAccessToken {
    client: Client,
    user_id: String,
    provider: String,
    paginated: Option<bool>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for GetOAuthAccessToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthAccessToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl GetOAuthAccessToken {
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetOAuthAccessToken",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/oauth_access_tokens/{provider}",
                format!(
                    "/users/{}/oauth_access_tokens/{}",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.provider.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthAccessToken, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthAccessToken>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OAuthAccessTokenItem, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = None;
                        Ok(sdkgen_runtime::Page::new(response, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`UsersApi::get_organization_memberships`] (`UsersGetOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UsersGetOrganizationMemberships {
    client: Client,
    user_id: String,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UsersGetOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsersGetOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UsersGetOrganizationMemberships {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UsersGetOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/organization_memberships",
                format!(
                    "/users/{}/organization_memberships",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMemberships,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMemberships>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationMembership, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`UsersApi::get_organization_invitations`] (`UsersGetOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UsersGetOrganizationInvitations {
    client: Client,
    user_id: String,
    limit: Option<i64>,
    offset: Option<i64>,
    status: Option<types::UsersGetOrganizationInvitationsStatus>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UsersGetOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UsersGetOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UsersGetOrganizationInvitations {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter organization invitations based on their status
    pub fn status(
        mut self,
        value: impl Into<types::UsersGetOrganizationInvitationsStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UsersGetOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/organization_invitations",
                format!(
                    "/users/{}/organization_invitations",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationInvitationsWithPublicOrganizationData,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            types::OrganizationInvitationsWithPublicOrganizationData,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<
        types::OrganizationInvitationWithPublicOrganizationData,
        types::ClerkErrors,
    > {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`UsersApi::remove_password`] (`RemoveUserPassword`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveUserPassword {
    client: Client,
    user_id: String,
    body: types::RemoveUserPasswordBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for RemoveUserPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveUserPassword").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl RemoveUserPassword {
    /// Set to `true` to revoke all of the user's active sessions after removing the password.
    ///
    /// Default: `false`.
    pub fn sign_out_of_other_sessions(mut self, value: impl Into<bool>) -> Self {
        self.body.sign_out_of_other_sessions = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "RemoveUserPassword",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/remove_password",
                format!(
                    "/users/{}/remove_password", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::verify_password`] (`VerifyPassword`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyPassword {
    client: Client,
    user_id: String,
    body: types::VerifyPasswordBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for VerifyPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyPassword").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl VerifyPassword {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "VerifyPassword",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/verify_password",
                format!(
                    "/users/{}/verify_password", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::VerifyPasswordResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerifyPasswordResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::verify_totp`] (`VerifyTOTP`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyTotp {
    client: Client,
    user_id: String,
    body: types::VerifyTotpBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for VerifyTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyTotp").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl VerifyTotp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "VerifyTOTP",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/verify_totp",
                format!(
                    "/users/{}/verify_totp", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::VerifyTotpResponse, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::VerifyTotpResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::disable_mfa`] (`DisableMFA`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DisableMfa {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DisableMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DisableMfa").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DisableMfa {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DisableMFA",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/mfa",
                format!(
                    "/users/{}/mfa", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DisableMfaResponse, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DisableMfaResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_backup_codes`] (`DeleteBackupCode`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteBackupCode {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DeleteBackupCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteBackupCode").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DeleteBackupCode {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteBackupCode",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/backup_code",
                format!(
                    "/users/{}/backup_code", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::DeleteBackupCodeResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeleteBackupCodeResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_passkey`] (`UserPasskeyDelete`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UserPasskeyDelete {
    client: Client,
    user_id: String,
    passkey_identification_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UserPasskeyDelete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserPasskeyDelete").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UserPasskeyDelete {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "UserPasskeyDelete",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/passkeys/{passkey_identification_id}",
                format!(
                    "/users/{}/passkeys/{}", sdkgen_runtime::encode_path_segment(& self
                    .user_id.to_string()), sdkgen_runtime::encode_path_segment(& self
                    .passkey_identification_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::list_trusted_devices`] (`ListUserTrustedDevices`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUserTrustedDevices {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for ListUserTrustedDevices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListUserTrustedDevices").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl ListUserTrustedDevices {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "ListUserTrustedDevices",
                sdkgen_runtime::reqwest::Method::GET,
                "/users/{user_id}/trusted_devices",
                format!(
                    "/users/{}/trusted_devices", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::TrustedDeviceListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::TrustedDeviceListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::revoke_trusted_device`] (`RevokeUserTrustedDevice`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeUserTrustedDevice {
    client: Client,
    user_id: String,
    trusted_device_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for RevokeUserTrustedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeUserTrustedDevice").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl RevokeUserTrustedDevice {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RevokeUserTrustedDevice",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/trusted_devices/{trusted_device_id}",
                format!(
                    "/users/{}/trusted_devices/{}", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string()), sdkgen_runtime::encode_path_segment(& self
                    .trusted_device_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::TrustedDevice, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::TrustedDevice>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_web3_wallet`] (`UserWeb3WalletDelete`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UserWeb3WalletDelete {
    client: Client,
    user_id: String,
    web3_wallet_identification_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UserWeb3WalletDelete {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserWeb3WalletDelete").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UserWeb3WalletDelete {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "UserWeb3WalletDelete",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/web3_wallets/{web3_wallet_identification_id}",
                format!(
                    "/users/{}/web3_wallets/{}", sdkgen_runtime::encode_path_segment(&
                    self.user_id.to_string()), sdkgen_runtime::encode_path_segment(& self
                    .web3_wallet_identification_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_totp`] (`DeleteTOTP`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTotp {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DeleteTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteTotp").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DeleteTotp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteTOTP",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/totp",
                format!(
                    "/users/{}/totp", sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeleteTotpResponse, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeleteTotpResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::delete_external_account`] (`DeleteExternalAccount`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteExternalAccount {
    client: Client,
    user_id: String,
    external_account_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for DeleteExternalAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteExternalAccount").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl DeleteExternalAccount {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteExternalAccount",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/users/{user_id}/external_accounts/{external_account_id}",
                format!(
                    "/users/{}/external_accounts/{}",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.external_account_id
                    .to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::set_password_compromised`] (`SetUserPasswordCompromised`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetUserPasswordCompromised {
    client: Client,
    user_id: String,
    body: types::SetUserPasswordCompromisedBody,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for SetUserPasswordCompromised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetUserPasswordCompromised").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl SetUserPasswordCompromised {
    pub fn revoke_all_sessions(mut self, value: impl Into<bool>) -> Self {
        self.body.revoke_all_sessions = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "SetUserPasswordCompromised",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/password/set_compromised",
                format!(
                    "/users/{}/password/set_compromised",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::unset_password_compromised`] (`UnsetUserPasswordCompromised`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnsetUserPasswordCompromised {
    client: Client,
    user_id: String,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for UnsetUserPasswordCompromised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UnsetUserPasswordCompromised").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl UnsetUserPasswordCompromised {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "UnsetUserPasswordCompromised",
                sdkgen_runtime::reqwest::Method::POST,
                "/users/{user_id}/password/unset_compromised",
                format!(
                    "/users/{}/password/unset_compromised",
                    sdkgen_runtime::encode_path_segment(& self.user_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::User, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::User>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UsersApi::get_instance_organization_memberships`] (`InstanceGetOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "users")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct InstanceGetOrganizationMemberships {
    client: Client,
    order_by: Option<String>,
    limit: Option<i64>,
    offset: Option<i64>,
}
#[cfg(feature = "users")]
impl std::fmt::Debug for InstanceGetOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InstanceGetOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "users")]
impl InstanceGetOrganizationMemberships {
    /// Sorts organizations memberships by phone_number, email_address, created_at, first_name, last_name or username.
    /// By prepending one of those values with + or -,
    /// we can choose to sort in ascending (ASC) or descending (DESC) order.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "InstanceGetOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::GET,
                "/organization_memberships",
                "/organization_memberships".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OrganizationMemberships,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OrganizationMemberships>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::OrganizationMembership, types::ClerkErrors> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`WaitlistEntriesApi::list`] (`ListWaitlistEntries`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWaitlistEntries {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    query: Option<String>,
    status: Option<types::ListWaitlistEntriesStatus>,
    order_by: Option<String>,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for ListWaitlistEntries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListWaitlistEntries").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl ListWaitlistEntries {
    /// Applies a limit to the number of results returned.
    /// Can be used for paginating the results together with `offset`.
    pub fn limit(mut self, value: impl Into<i64>) -> Self {
        self.limit = Some(value.into());
        self
    }
    /// Skip the first `offset` results when paginating.
    /// Needs to be an integer greater or equal to zero.
    /// To be used in conjunction with `limit`.
    pub fn offset(mut self, value: impl Into<i64>) -> Self {
        self.offset = Some(value.into());
        self
    }
    /// Filter waitlist entries by `email_address` or `id`
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Filter waitlist entries by their status
    pub fn status(mut self, value: impl Into<types::ListWaitlistEntriesStatus>) -> Self {
        self.status = Some(value.into());
        self
    }
    /// Specify the order of results. Supported values are:
    /// - `created_at`
    /// - `email_address`
    /// - `invited_at`
    ///
    /// Use `+` for ascending or `-` for descending order. Defaults to `-created_at`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListWaitlistEntries",
                sdkgen_runtime::reqwest::Method::GET,
                "/waitlist_entries",
                "/waitlist_entries".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.order_by {
            req.query("order_by", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::WaitlistEntriesResponse,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WaitlistEntriesResponse>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Every item of every page, fetched lazily as the stream is read (`limit`/`offset`
    /// paging from the `offset` set here, `limit` items per request). Ends after the
    /// last page; an error ends it too, after being yielded.
    #[inline]
    pub fn stream(
        self,
    ) -> sdkgen_runtime::ItemStream<types::WaitlistEntry, serde_json::Value> {
        let start = self.offset.map_or(0, |o| o.max(0) as u64);
        let page_size = self.limit.map_or(10, |l| l.max(0) as u64);
        Box::pin(
            sdkgen_runtime::paginate(
                page_size,
                move |offset, limit| {
                    let mut page = self.clone();
                    page.offset = Some(start.saturating_add(offset) as i64);
                    page.limit = Some(limit as i64);
                    async move {
                        let response = page.send().await?;
                        let total = Some(
                            (response.total_count.max(0) as u64).saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`WaitlistEntriesApi::create`] (`CreateWaitlistEntry`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateWaitlistEntry {
    client: Client,
    body: types::CreateWaitlistEntryBody,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for CreateWaitlistEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateWaitlistEntry").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl CreateWaitlistEntry {
    /// Optional flag which denotes whether a confirmation email should be sent to the given email address.
    /// Defaults to `true`.
    ///
    /// Default: `true`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateWaitlistEntry",
                sdkgen_runtime::reqwest::Method::POST,
                "/waitlist_entries",
                "/waitlist_entries".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::WaitlistEntry, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WaitlistEntry>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WaitlistEntriesApi::bulk_create`] (`CreateBulkWaitlistEntries`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBulkWaitlistEntries {
    client: Client,
    body: Vec<types::CreateBulkWaitlistEntriesBodyItem>,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for CreateBulkWaitlistEntries {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBulkWaitlistEntries").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl CreateBulkWaitlistEntries {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateBulkWaitlistEntries",
                sdkgen_runtime::reqwest::Method::POST,
                "/waitlist_entries/bulk",
                "/waitlist_entries/bulk".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<Vec<types::WaitlistEntry>, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<Vec<types::WaitlistEntry>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WaitlistEntriesApi::delete`] (`DeleteWaitlistEntry`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteWaitlistEntry {
    client: Client,
    waitlist_entry_id: String,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for DeleteWaitlistEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteWaitlistEntry").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl DeleteWaitlistEntry {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteWaitlistEntry",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/waitlist_entries/{waitlist_entry_id}",
                format!(
                    "/waitlist_entries/{}", sdkgen_runtime::encode_path_segment(& self
                    .waitlist_entry_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::DeletedObject, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::DeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WaitlistEntriesApi::invite`] (`InviteWaitlistEntry`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct InviteWaitlistEntry {
    client: Client,
    waitlist_entry_id: String,
    body: types::InviteWaitlistEntryBody,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for InviteWaitlistEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InviteWaitlistEntry").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl InviteWaitlistEntry {
    /// Whether an invitation should be created if there is already an existing invitation for this email address, or it's claimed by another user.
    ///
    /// Default: `false`.
    pub fn ignore_existing(mut self, value: impl Into<bool>) -> Self {
        self.body.ignore_existing = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "InviteWaitlistEntry",
                sdkgen_runtime::reqwest::Method::POST,
                "/waitlist_entries/{waitlist_entry_id}/invite",
                format!(
                    "/waitlist_entries/{}/invite", sdkgen_runtime::encode_path_segment(&
                    self.waitlist_entry_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::WaitlistEntry, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WaitlistEntry>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WaitlistEntriesApi::reject`] (`RejectWaitlistEntry`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist-entries")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectWaitlistEntry {
    client: Client,
    waitlist_entry_id: String,
}
#[cfg(feature = "waitlist-entries")]
impl std::fmt::Debug for RejectWaitlistEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RejectWaitlistEntry").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist-entries")]
impl RejectWaitlistEntry {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "RejectWaitlistEntry",
                sdkgen_runtime::reqwest::Method::POST,
                "/waitlist_entries/{waitlist_entry_id}/reject",
                format!(
                    "/waitlist_entries/{}/reject", sdkgen_runtime::encode_path_segment(&
                    self.waitlist_entry_id.to_string())
                ),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::WaitlistEntry, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WaitlistEntry>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WebhooksApi::create_svix_app`] (`CreateSvixApp`): set optional inputs, then `.send().await`.
#[cfg(feature = "webhooks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSvixApp {
    client: Client,
}
#[cfg(feature = "webhooks")]
impl std::fmt::Debug for CreateSvixApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSvixApp").finish_non_exhaustive()
    }
}
#[cfg(feature = "webhooks")]
impl CreateSvixApp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "CreateSvixApp",
                sdkgen_runtime::reqwest::Method::POST,
                "/webhooks/svix",
                "/webhooks/svix".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SvixUrl, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SvixUrl>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WebhooksApi::delete_svix_app`] (`DeleteSvixApp`): set optional inputs, then `.send().await`.
#[cfg(feature = "webhooks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteSvixApp {
    client: Client,
}
#[cfg(feature = "webhooks")]
impl std::fmt::Debug for DeleteSvixApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteSvixApp").finish_non_exhaustive()
    }
}
#[cfg(feature = "webhooks")]
impl DeleteSvixApp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteSvixApp",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/webhooks/svix",
                "/webhooks/svix".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[204])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::NoContent, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`WebhooksApi::generate_svix_auth_url`] (`GenerateSvixAuthURL`): set optional inputs, then `.send().await`.
#[cfg(feature = "webhooks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GenerateSvixAuthUrl {
    client: Client,
}
#[cfg(feature = "webhooks")]
impl std::fmt::Debug for GenerateSvixAuthUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GenerateSvixAuthUrl").finish_non_exhaustive()
    }
}
#[cfg(feature = "webhooks")]
impl GenerateSvixAuthUrl {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GenerateSvixAuthURL",
                sdkgen_runtime::reqwest::Method::POST,
                "/webhooks/svix_url",
                "/webhooks/svix_url".to_owned(),
            )
            .security(&[&["bearerAuth"]])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::SvixUrl, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::SvixUrl>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
