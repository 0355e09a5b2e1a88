//! Operation groups and request builders: `client.group().operation(required...).optional(...).send().await`.
#![allow(clippy::too_many_arguments)]
#![allow(clippy::should_implement_trait)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use crate::Client;
/// Operations of the `Active Sessions` group; see [`Client::active_sessions`].
#[cfg(feature = "active-sessions")]
#[derive(Clone, Copy, Debug)]
pub struct ActiveSessionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "active-sessions")]
impl ActiveSessionsApi<'_> {
    /// Get Active Sessions
    ///
    /// Returns all active session for user, including activity information.
    ///
    /// Spec: `GET /v1/me/sessions/active` (`getSessions`)
    #[doc(alias = "getSessions")]
    pub fn get_sessions(&self) -> GetSessions {
        GetSessions {
            client: self.client.clone(),
            clerk_session_id: None,
        }
    }
    /// Revoke given session
    ///
    /// Revokes given session.
    ///
    /// Spec: `POST /v1/me/sessions/{session_id}/revoke` (`revokeSession`)
    #[doc(alias = "revokeSession")]
    pub fn revoke_session(&self, session_id: impl Into<String>) -> RevokeSession {
        RevokeSession {
            client: self.client.clone(),
            clerk_session_id: None,
            session_id: session_id.into(),
        }
    }
    /// Get Sessions
    ///
    /// Get all the sessions of the current user.
    ///
    /// Spec: `GET /v1/me/sessions` (`getUsersSessions`)
    #[doc(alias = "getUsersSessions")]
    pub fn get_users_sessions(&self) -> GetUsersSessions {
        GetUsersSessions {
            client: self.client.clone(),
            clerk_session_id: None,
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
    /// Create session from agent task
    ///
    /// Creates a new session directly from an agent task without requiring navigation to the sign-in page.
    /// Agent tasks are single-use tokens created via the Backend API that bypass MFA requirements.
    ///
    /// The endpoint returns a redirect with a handshake cookie containing all session cookies,
    /// enabling cookie sync to the app domain in a single step. This is useful for browser
    /// automation tools (Puppeteer, Playwright) that need cookies on the application domain.
    ///
    /// Spec: `GET /v1/agents/tasks` (`createAgentTask`)
    #[doc(alias = "createAgentTask")]
    pub fn create(&self, ticket: impl Into<String>) -> CreateAgentTask {
        CreateAgentTask {
            client: self.client.clone(),
            ticket: ticket.into(),
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
    pub fn get(&self, subject: impl Into<String>) -> GetApiKeys {
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
                seconds_until_expiration: None,
            },
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
                description: None,
            },
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
}
/// Operations of the `Backup Codes` group; see [`Client::backup_codes`].
#[cfg(feature = "backup-codes")]
#[derive(Clone, Copy, Debug)]
pub struct BackupCodesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "backup-codes")]
impl BackupCodesApi<'_> {
    /// Create Backup Codes
    ///
    /// Create two factor authentication backup codes for the current user.
    /// A two factor authentication method must be enabled for the environment. Otherwise the endpoint will return an error.
    ///
    /// Spec: `POST /v1/me/backup_codes` (`createBackupCodes`)
    #[doc(alias = "createBackupCodes")]
    pub fn create(&self) -> CreateBackupCodes {
        CreateBackupCodes {
            client: self.client.clone(),
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
    /// Get user's main billing subscription
    ///
    /// Returns the main billing subscription for the current user.
    ///
    /// Spec: `GET /v1/me/billing/subscription` (`GetUserMainBillingSubscription`)
    #[doc(alias = "GetUserMainBillingSubscription")]
    pub fn get_user_main_subscription(&self) -> GetUserMainBillingSubscription {
        GetUserMainBillingSubscription {
            client: self.client.clone(),
        }
    }
    /// List user's subscription items
    ///
    /// Returns a list of subscription items for the current user.
    ///
    /// Spec: `GET /v1/me/billing/subscription_items` (`GetUserBillingSubscriptionItems`)
    #[doc(alias = "GetUserBillingSubscriptionItems")]
    pub fn list_user_subscription_items(&self) -> GetUserBillingSubscriptionItems {
        GetUserBillingSubscriptionItems {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Cancel user's subscription item
    ///
    /// Cancels a subscription item for the current user.
    ///
    /// Spec: `DELETE /v1/me/billing/subscription_items/{subscriptionItemID}` (`DeleteUserBillingSubscriptionItem`)
    #[doc(alias = "DeleteUserBillingSubscriptionItem")]
    pub fn cancel_user_subscription_item(
        &self,
        subscription_item_id: impl Into<String>,
    ) -> DeleteUserBillingSubscriptionItem {
        DeleteUserBillingSubscriptionItem {
            client: self.client.clone(),
            subscription_item_id: subscription_item_id.into(),
        }
    }
    /// List user payment methods
    ///
    /// Returns a list of all payment methods for the current user.
    ///
    /// Spec: `GET /v1/me/billing/payment_methods` (`GetUserPaymentMethods`)
    #[doc(alias = "GetUserPaymentMethods")]
    pub fn list_user_payment_methods(&self) -> GetUserPaymentMethods {
        GetUserPaymentMethods {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Create user payment method
    ///
    /// Creates a new payment method for the current user.
    ///
    /// Spec: `POST /v1/me/billing/payment_methods` (`CreateUserPaymentMethod`)
    #[doc(alias = "CreateUserPaymentMethod")]
    pub fn create_user_payment_method(
        &self,
        gateway: impl Into<String>,
        payment_token: impl Into<Option<String>>,
    ) -> CreateUserPaymentMethod {
        CreateUserPaymentMethod {
            client: self.client.clone(),
            body: types::CreateUserPaymentMethodBody {
                gateway: gateway.into(),
                payment_token: payment_token.into(),
                org_id: None,
            },
        }
    }
    /// Initialize user payment method
    ///
    /// Initializes a payment method setup process for the current user.
    ///
    /// Spec: `POST /v1/me/billing/payment_methods/initialize` (`InitializeUserPaymentMethod`)
    #[doc(alias = "InitializeUserPaymentMethod")]
    pub fn initialize_user_payment_method(&self) -> InitializeUserPaymentMethod {
        InitializeUserPaymentMethod {
            client: self.client.clone(),
        }
    }
    /// Delete user payment method
    ///
    /// Deletes a specific payment method for the current user.
    ///
    /// Spec: `DELETE /v1/me/billing/payment_methods/{paymentMethodID}` (`DeleteUserPaymentMethod`)
    #[doc(alias = "DeleteUserPaymentMethod")]
    pub fn delete_user_payment_method(
        &self,
        payment_method_id: impl Into<String>,
    ) -> DeleteUserPaymentMethod {
        DeleteUserPaymentMethod {
            client: self.client.clone(),
            payment_method_id: payment_method_id.into(),
        }
    }
    /// Create billing checkout
    ///
    /// Creates a new billing checkout for the current user.
    ///
    /// Spec: `POST /v1/me/billing/checkouts` (`CreateUserBillingCheckout`)
    #[doc(alias = "CreateUserBillingCheckout")]
    pub fn create_user_checkout(
        &self,
        plan_id: impl Into<String>,
        plan_period: impl Into<types::CreateUserBillingCheckoutBodyPlanPeriod>,
    ) -> CreateUserBillingCheckout {
        CreateUserBillingCheckout {
            client: self.client.clone(),
            body: types::CreateUserBillingCheckoutBody {
                plan_id: plan_id.into(),
                plan_period: plan_period.into(),
                org_id: None,
                payment_method_id: None,
            },
        }
    }
    /// Get billing checkout
    ///
    /// Returns a billing checkout for the current user.
    ///
    /// Spec: `GET /v1/me/billing/checkouts/{checkoutID}` (`GetUserBillingCheckout`)
    #[doc(alias = "GetUserBillingCheckout")]
    pub fn get_user_checkout(
        &self,
        checkout_id: impl Into<String>,
    ) -> GetUserBillingCheckout {
        GetUserBillingCheckout {
            client: self.client.clone(),
            checkout_id: checkout_id.into(),
        }
    }
    /// Update billing checkout
    ///
    /// Applies or removes a promo code on an in-progress billing checkout for the current user.
    /// A non-blank promo_code applies the code; a blank value clears it.
    ///
    /// Spec: `PATCH /v1/me/billing/checkouts/{checkoutID}` (`UpdateUserBillingCheckout`)
    #[doc(alias = "UpdateUserBillingCheckout")]
    pub fn update_user_checkout(
        &self,
        checkout_id: impl Into<String>,
        promo_code: impl Into<Option<String>>,
    ) -> UpdateUserBillingCheckout {
        UpdateUserBillingCheckout {
            client: self.client.clone(),
            checkout_id: checkout_id.into(),
            body: types::UpdateUserBillingCheckoutBody {
                promo_code: promo_code.into(),
            },
        }
    }
    /// Confirm billing checkout
    ///
    /// Confirms a billing checkout for the current user.
    ///
    /// Spec: `PATCH /v1/me/billing/checkouts/{checkoutID}/confirm` (`ConfirmUserBillingCheckout`)
    #[doc(alias = "ConfirmUserBillingCheckout")]
    pub fn confirm_user_checkout(
        &self,
        checkout_id: impl Into<String>,
    ) -> ConfirmUserBillingCheckout {
        ConfirmUserBillingCheckout {
            client: self.client.clone(),
            checkout_id: checkout_id.into(),
            body: types::ConfirmUserBillingCheckoutBody {
                payment_method_id: None,
                gateway: None,
                payment_token: None,
                use_test_card: None,
            },
        }
    }
    /// List user payment attempts
    ///
    /// Returns a list of payment attempts for the current user.
    ///
    /// Spec: `GET /v1/me/billing/payment_attempts` (`GetUserPaymentAttempts`)
    #[doc(alias = "GetUserPaymentAttempts")]
    pub fn list_user_payment_attempts(&self) -> GetUserPaymentAttempts {
        GetUserPaymentAttempts {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Get user payment attempt
    ///
    /// Returns details of a specific payment attempt for the current user.
    ///
    /// Spec: `GET /v1/me/billing/payment_attempts/{paymentAttemptID}` (`GetUserPaymentAttempt`)
    #[doc(alias = "GetUserPaymentAttempt")]
    pub fn get_user_payment_attempt(
        &self,
        payment_attempt_id: impl Into<String>,
    ) -> GetUserPaymentAttempt {
        GetUserPaymentAttempt {
            client: self.client.clone(),
            payment_attempt_id: payment_attempt_id.into(),
        }
    }
    /// Set user default payment method
    ///
    /// Sets the default payment method for the current user.
    ///
    /// Spec: `PUT /v1/me/billing/payers/default_payment_method` (`SetUserDefaultPaymentMethod`)
    #[doc(alias = "SetUserDefaultPaymentMethod")]
    pub fn set_user_default_payment_method(&self) -> SetUserDefaultPaymentMethod {
        SetUserDefaultPaymentMethod {
            client: self.client.clone(),
        }
    }
    /// List user statements
    ///
    /// Returns a list of billing statements for the current user.
    ///
    /// Spec: `GET /v1/me/billing/statements` (`GetUserStatements`)
    #[doc(alias = "GetUserStatements")]
    pub fn list_user_statements(&self) -> GetUserStatements {
        GetUserStatements {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Get user statement
    ///
    /// Returns details of a specific billing statement for the current user.
    ///
    /// Spec: `GET /v1/me/billing/statements/{statementID}` (`GetUserStatement`)
    #[doc(alias = "GetUserStatement")]
    pub fn get_user_statement(
        &self,
        statement_id: impl Into<String>,
    ) -> GetUserStatement {
        GetUserStatement {
            client: self.client.clone(),
            statement_id: statement_id.into(),
        }
    }
    /// Create organization billing checkout
    ///
    /// Creates a new billing checkout for the organization.
    ///
    /// Spec: `POST /v1/organizations/{organizationID}/billing/checkouts` (`CreateOrganizationBillingCheckout`)
    #[doc(alias = "CreateOrganizationBillingCheckout")]
    pub fn create_organization_checkout(
        &self,
        organization_id: impl Into<String>,
        plan_id: impl Into<String>,
        plan_period: impl Into<types::CreateOrganizationBillingCheckoutBodyPlanPeriod>,
    ) -> CreateOrganizationBillingCheckout {
        CreateOrganizationBillingCheckout {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationBillingCheckoutBody {
                plan_id: plan_id.into(),
                plan_period: plan_period.into(),
                payment_method_id: None,
            },
        }
    }
    /// Get organization billing checkout
    ///
    /// Returns a billing checkout for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/checkouts/{checkoutID}` (`GetOrganizationBillingCheckout`)
    #[doc(alias = "GetOrganizationBillingCheckout")]
    pub fn get_organization_checkout(
        &self,
        organization_id: impl Into<String>,
        checkout_id: impl Into<String>,
    ) -> GetOrganizationBillingCheckout {
        GetOrganizationBillingCheckout {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            checkout_id: checkout_id.into(),
        }
    }
    /// Update organization billing checkout
    ///
    /// Applies or removes a promo code on an in-progress billing checkout for the organization.
    /// A non-blank promo_code applies the code; a blank value clears it.
    ///
    /// Spec: `PATCH /v1/organizations/{organizationID}/billing/checkouts/{checkoutID}` (`UpdateOrganizationBillingCheckout`)
    #[doc(alias = "UpdateOrganizationBillingCheckout")]
    pub fn update_organization_checkout(
        &self,
        organization_id: impl Into<String>,
        checkout_id: impl Into<String>,
        promo_code: impl Into<Option<String>>,
    ) -> UpdateOrganizationBillingCheckout {
        UpdateOrganizationBillingCheckout {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            checkout_id: checkout_id.into(),
            body: types::UpdateOrganizationBillingCheckoutBody {
                promo_code: promo_code.into(),
            },
        }
    }
    /// Confirm organization billing checkout
    ///
    /// Confirms a billing checkout for the organization.
    ///
    /// Spec: `PATCH /v1/organizations/{organizationID}/billing/checkouts/{checkoutID}/confirm` (`ConfirmOrganizationBillingCheckout`)
    #[doc(alias = "ConfirmOrganizationBillingCheckout")]
    pub fn confirm_organization_checkout(
        &self,
        organization_id: impl Into<String>,
        checkout_id: impl Into<String>,
    ) -> ConfirmOrganizationBillingCheckout {
        ConfirmOrganizationBillingCheckout {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            checkout_id: checkout_id.into(),
            body: types::ConfirmOrganizationBillingCheckoutBody {
                payment_method_id: None,
                gateway: None,
                payment_token: None,
                use_test_card: None,
            },
        }
    }
    /// List organization payment methods
    ///
    /// Lists all payment methods for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/payment_methods` (`GetOrganizationPaymentMethods`)
    #[doc(alias = "GetOrganizationPaymentMethods")]
    pub fn get_organization_payment_methods(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationPaymentMethods {
        GetOrganizationPaymentMethods {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Create organization payment method
    ///
    /// Creates a new payment method for the organization.
    ///
    /// Spec: `POST /v1/organizations/{organizationID}/billing/payment_methods` (`CreateOrganizationPaymentMethod`)
    #[doc(alias = "CreateOrganizationPaymentMethod")]
    pub fn create_organization_payment_method(
        &self,
        organization_id: impl Into<String>,
        payment_token: impl Into<String>,
    ) -> CreateOrganizationPaymentMethod {
        CreateOrganizationPaymentMethod {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationPaymentMethodBody {
                payment_token: payment_token.into(),
                gateway: Default::default(),
            },
        }
    }
    /// Initialize organization payment method
    ///
    /// Initializes a payment method for the organization.
    ///
    /// Spec: `POST /v1/organizations/{organizationID}/billing/payment_methods/initialize` (`InitializeOrganizationPaymentMethod`)
    #[doc(alias = "InitializeOrganizationPaymentMethod")]
    pub fn initialize_organization_payment_method(
        &self,
        organization_id: impl Into<String>,
    ) -> InitializeOrganizationPaymentMethod {
        InitializeOrganizationPaymentMethod {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Delete organization payment method
    ///
    /// Deletes a payment method for the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organizationID}/billing/payment_methods/{paymentMethodID}` (`DeleteOrganizationPaymentMethod`)
    #[doc(alias = "DeleteOrganizationPaymentMethod")]
    pub fn delete_organization_payment_method(
        &self,
        organization_id: impl Into<String>,
        payment_method_id: impl Into<String>,
    ) -> DeleteOrganizationPaymentMethod {
        DeleteOrganizationPaymentMethod {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            payment_method_id: payment_method_id.into(),
        }
    }
    /// List organization statements
    ///
    /// Lists all statements for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/statements` (`GetOrganizationStatements`)
    #[doc(alias = "GetOrganizationStatements")]
    pub fn get_organization_statements(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationStatements {
        GetOrganizationStatements {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Get organization statement
    ///
    /// Gets a specific statement for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/statements/{statementID}` (`GetOrganizationStatement`)
    #[doc(alias = "GetOrganizationStatement")]
    pub fn get_organization_statement(
        &self,
        organization_id: impl Into<String>,
        statement_id: impl Into<String>,
    ) -> GetOrganizationStatement {
        GetOrganizationStatement {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            statement_id: statement_id.into(),
        }
    }
    /// Set organization default payment method
    ///
    /// Sets the default payment method for the organization.
    ///
    /// Spec: `PUT /v1/organizations/{organizationID}/billing/payers/default_payment_method` (`SetOrganizationDefaultPaymentMethod`)
    #[doc(alias = "SetOrganizationDefaultPaymentMethod")]
    pub fn set_organization_default_payment_method(
        &self,
        organization_id: impl Into<String>,
        payment_method_id: impl Into<String>,
    ) -> SetOrganizationDefaultPaymentMethod {
        SetOrganizationDefaultPaymentMethod {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::SetOrganizationDefaultPaymentMethodBody {
                payment_method_id: payment_method_id.into(),
            },
        }
    }
    /// Get organization's billing subscription
    ///
    /// Returns the billing subscription for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/subscription` (`GetOrganizationBillingSubscription`)
    #[doc(alias = "GetOrganizationBillingSubscription")]
    pub fn get_organization_subscription(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationBillingSubscription {
        GetOrganizationBillingSubscription {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// List organization's subscription items
    ///
    /// Returns a list of subscription items for the organization.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/billing/subscription_items` (`GetOrganizationBillingSubscriptionItems`)
    #[doc(alias = "GetOrganizationBillingSubscriptionItems")]
    pub fn list_organization_subscription_items(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationBillingSubscriptionItems {
        GetOrganizationBillingSubscriptionItems {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Cancel organization's subscription item
    ///
    /// Cancels a subscription item for the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organizationID}/billing/subscription_items/{subscriptionItemID}` (`DeleteOrganizationBillingSubscriptionItem`)
    #[doc(alias = "DeleteOrganizationBillingSubscriptionItem")]
    pub fn cancel_organization_subscription_item(
        &self,
        organization_id: impl Into<String>,
        subscription_item_id: impl Into<String>,
    ) -> DeleteOrganizationBillingSubscriptionItem {
        DeleteOrganizationBillingSubscriptionItem {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            subscription_item_id: subscription_item_id.into(),
        }
    }
    /// List billing plans
    ///
    /// Returns a list of all publicly visible billing plans.
    ///
    /// Spec: `GET /v1/billing/plans` (`GetBillingPlanList`)
    #[doc(alias = "GetBillingPlanList")]
    pub fn list_plans(&self) -> GetBillingPlanList {
        GetBillingPlanList {
            client: self.client.clone(),
            payer_type: None,
        }
    }
    /// Get a billing plan
    ///
    /// Returns a billing plan by ID or slug.
    ///
    /// Spec: `GET /v1/billing/plans/{planIdOrSlug}` (`GetBillingPlan`)
    #[doc(alias = "GetBillingPlan")]
    pub fn get_plan(&self, plan_id_or_slug: impl Into<String>) -> GetBillingPlan {
        GetBillingPlan {
            client: self.client.clone(),
            plan_id_or_slug: plan_id_or_slug.into(),
        }
    }
}
/// Operations of the `Client` group; see [`Client::client`].
#[cfg(feature = "client")]
#[derive(Clone, Copy, Debug)]
pub struct ClientApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "client")]
impl ClientApi<'_> {
    /// Get Current Client
    ///
    /// Returns the current client that is present either in the browser cookies or authorization header.
    ///
    /// Spec: `GET /v1/client` (`getClient`)
    #[doc(alias = "getClient")]
    pub fn get(&self) -> GetClient {
        GetClient {
            client: self.client.clone(),
            rotating_token_nonce: None,
        }
    }
    /// Create New Client
    ///
    /// Creates a new Client and sets it either in the response cookies or the response authorization header.
    ///
    /// Spec: `PUT /v1/client` (`putClient`)
    #[doc(alias = "putClient")]
    pub fn put(&self) -> PutClient {
        PutClient {
            client: self.client.clone(),
        }
    }
    /// Create New Client
    ///
    /// Creates a new Client and sets it either in the response cookies or the response authorization header.
    ///
    /// Spec: `POST /v1/client` (`postClient`)
    #[doc(alias = "postClient")]
    pub fn post(
        &self,
        body: impl Into<serde_json::Map<String, serde_json::Value>>,
    ) -> PostClient {
        PostClient {
            client: self.client.clone(),
            body: body.into(),
        }
    }
    /// Delete Client's Sessions
    ///
    /// Ends all Sessions of the Current Client
    ///
    /// Spec: `DELETE /v1/client` (`deleteClientSessions`)
    #[doc(alias = "deleteClientSessions")]
    pub fn delete_sessions(&self) -> DeleteClientSessions {
        DeleteClientSessions {
            client: self.client.clone(),
        }
    }
    /// Generate and return a new session token for a given client.
    ///
    /// When the authentication status cannot be determined from the current session token, we initiate a handshake to refresh the token and send it back to the application. Called in server environments.
    ///
    /// Spec: `GET /v1/client/handshake` (`handshakeClient`)
    #[doc(alias = "handshakeClient")]
    pub fn handshake(&self) -> HandshakeClient {
        HandshakeClient {
            client: self.client.clone(),
            clerk_proxy_url: None,
            clerk_secret_key: None,
            redirect_url: None,
            format: None,
            organization_id: None,
            satellite_fapi: None,
        }
    }
}
/// Operations of the `default` group; see [`Client::default`].
#[cfg(feature = "default-group")]
#[derive(Clone, Copy, Debug)]
pub struct DefaultModelApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "default-group")]
impl DefaultModelApi<'_> {
    /// Get account portal
    ///
    /// Get users account portal
    ///
    /// Spec: `GET /v1/account_portal` (`getAccountPortal`)
    #[doc(alias = "getAccountPortal")]
    pub fn get_account_portal(&self) -> GetAccountPortal {
        GetAccountPortal {
            client: self.client.clone(),
        }
    }
    /// Get Proxy Health
    ///
    /// Use this endpoint to check the validity of a proxy configuration for a domain.
    /// Pass the instance ID and domain ID as query parameters.
    ///
    /// Spec: `GET /v1/proxy-health` (`getProxyHealth`)
    #[doc(alias = "getProxyHealth")]
    pub fn get_proxy_health(
        &self,
        domain_id: impl Into<String>,
        clerk_proxy_url: impl Into<String>,
        clerk_secret_key: impl Into<String>,
        x_forwarded_for: impl Into<String>,
    ) -> GetProxyHealth {
        GetProxyHealth {
            client: self.client.clone(),
            domain_id: domain_id.into(),
            clerk_proxy_url: clerk_proxy_url.into(),
            clerk_secret_key: clerk_secret_key.into(),
            x_forwarded_for: x_forwarded_for.into(),
        }
    }
    /// Sync clients across multiple domains
    ///
    /// Start the syncing process between a satellite and primary domain.
    ///
    /// Spec: `GET /v1/client/sync` (`syncClient`)
    #[doc(alias = "syncClient")]
    pub fn sync_client(&self) -> SyncClient {
        SyncClient {
            client: self.client.clone(),
            link_domain: None,
            redirect_url: None,
        }
    }
    /// Link clients across multiple domains
    ///
    /// Complete a syncing process between a satellite and primary domains by linking their clients.
    ///
    /// Spec: `GET /v1/client/link` (`linkClient`)
    #[doc(alias = "linkClient")]
    pub fn link_client(&self) -> LinkClient {
        LinkClient {
            client: self.client.clone(),
            clerk_token: None,
        }
    }
    /// Post Dev Browser init set cookie
    ///
    /// post dev_browser/set_first_party_cookie
    ///
    /// Spec: `POST /v1/dev_browser/set_first_party_cookie` (`postDevBrowserInitSetCookie`)
    #[doc(alias = "postDevBrowserInitSetCookie")]
    pub fn post_dev_browser_init_set_cookie(&self) -> PostDevBrowserInitSetCookie {
        PostDevBrowserInitSetCookie {
            client: self.client.clone(),
        }
    }
    /// Initialize dev browser for development and staging instances
    ///
    /// get dev_browser/init
    ///
    /// Spec: `GET /v1/dev_browser/init` (`getDevBrowserInit`)
    #[doc(alias = "getDevBrowserInit")]
    pub fn get_dev_browser_init(&self) -> GetDevBrowserInit {
        GetDevBrowserInit {
            client: self.client.clone(),
            origin: None,
        }
    }
    /// Set the Clear-Site-Data header
    ///
    /// Clear browsing data (cookies, storage, cache) associated with the requesting website
    ///
    /// Spec: `GET /v1/clear-site-data` (`clearSiteData`)
    #[doc(alias = "clearSiteData")]
    pub fn clear_site_data(&self) -> ClearSiteData {
        ClearSiteData {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `DevBrowser` group; see [`Client::dev_browser`].
#[cfg(feature = "dev-browser")]
#[derive(Clone, Copy, Debug)]
pub struct DevBrowserApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "dev-browser")]
impl DevBrowserApi<'_> {
    /// Create a Dev Browser token
    ///
    /// Generate a Dev Browser API token.
    ///
    /// This is used to authenticate Development Instances with the `DevBrowser` scheme.
    /// It must be set before making any request to a dev instance, even for endpoints that are public.
    ///
    /// Spec: `POST /v1/dev_browser` (`createDevBrowser`)
    #[doc(alias = "createDevBrowser")]
    pub fn create(&self) -> CreateDevBrowser {
        CreateDevBrowser {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `Domains` group; see [`Client::domains`].
#[cfg(feature = "domains")]
#[derive(Clone, Copy, Debug)]
pub struct DomainsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "domains")]
impl DomainsApi<'_> {
    /// Get All Organization Domains
    ///
    /// Retrieves a list of all the domains in an organization
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/domains` (`ListOrganizationDomains`)
    #[doc(alias = "ListOrganizationDomains")]
    pub fn list_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationDomains {
        ListOrganizationDomains {
            client: self.client.clone(),
            limit: None,
            offset: None,
            organization_id: organization_id.into(),
            verified: None,
            enrollment_mode: None,
        }
    }
    /// Create Organization Domain
    ///
    /// Create a new organization domain.
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains` (`CreateOrganizationDomain`)
    #[doc(alias = "CreateOrganizationDomain")]
    pub fn create_organization(
        &self,
        organization_id: impl Into<String>,
        name: impl Into<String>,
    ) -> CreateOrganizationDomain {
        CreateOrganizationDomain {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationDomainBody {
                name: name.into(),
                enrollment_mode: None,
            },
        }
    }
    /// Bulk Create Organization Domains
    ///
    /// Creates up to 10 organization domains by name. Duplicate names in the
    /// request are skipped. The response is a partial-success payload:
    /// successfully created domains are returned in `data`, while per-name
    /// failures are returned in `errors`.
    ///
    /// The current user must have permissions to manage the domains of the
    /// organization. Requires the self-serve SSO feature to be enabled on the
    /// instance.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/bulk` (`createOrganizationDomainsBulk`)
    #[doc(alias = "createOrganizationDomainsBulk")]
    pub fn create_organization_bulk(
        &self,
        organization_id: impl Into<String>,
        names: impl Into<Vec<String>>,
    ) -> CreateOrganizationDomainsBulk {
        CreateOrganizationDomainsBulk {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationDomainsBulkBody {
                names: names.into(),
                enrollment_mode: None,
            },
        }
    }
    /// Bulk Prepare Organization Domain Ownership Verification
    ///
    /// Collection-level bulk counterpart of the single
    /// `/domains/{domain_id}/prepare_ownership_verification` endpoint. Accepts a
    /// set of `organization_domain_ids` and issues a fresh TXT challenge for
    /// each. The plaintext TXT record value for each prepared domain is returned
    /// in the response payload and is only stored as a bcrypt digest on the
    /// server. Re-preparing replaces any prior outstanding TXT challenge for the
    /// same domain.
    ///
    /// The current user must have permissions to manage the domains of the
    /// organization. Requires the self-serve SSO feature to be enabled on the
    /// instance.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/prepare_ownership_verification/bulk` (`prepareOrganizationDomainsOwnershipVerification`)
    #[doc(alias = "prepareOrganizationDomainsOwnershipVerification")]
    pub fn prepare_organization_domains_ownership_verification(
        &self,
        organization_id: impl Into<String>,
        organization_domain_ids: impl Into<Vec<String>>,
    ) -> PrepareOrganizationDomainsOwnershipVerification {
        PrepareOrganizationDomainsOwnershipVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::PrepareOrganizationDomainsOwnershipVerificationBody {
                organization_domain_ids: organization_domain_ids.into(),
            },
        }
    }
    /// Bulk Attempt Organization Domain Ownership Verification
    ///
    /// Collection-level bulk counterpart of the single
    /// `/domains/{domain_id}/attempt_ownership_verification` endpoint. Accepts a
    /// set of `organization_domain_ids` and runs the same TXT ownership attempt
    /// for each.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/attempt_ownership_verification/bulk` (`attemptOrganizationDomainsOwnershipVerification`)
    #[doc(alias = "attemptOrganizationDomainsOwnershipVerification")]
    pub fn attempt_organization_domains_ownership_verification(
        &self,
        organization_id: impl Into<String>,
        organization_domain_ids: impl Into<Vec<String>>,
    ) -> AttemptOrganizationDomainsOwnershipVerification {
        AttemptOrganizationDomainsOwnershipVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::AttemptOrganizationDomainsOwnershipVerificationBody {
                organization_domain_ids: organization_domain_ids.into(),
            },
        }
    }
    /// Get Organization Domain
    ///
    /// Retrieve all properties for a domain of an organization.
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/domains/{domain_id}` (`GetOrganizationDomain`)
    #[doc(alias = "GetOrganizationDomain")]
    pub fn get_organization(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> GetOrganizationDomain {
        GetOrganizationDomain {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
        }
    }
    /// Delete Organization Domain
    ///
    /// Remove a domain from an organization.
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organization_id}/domains/{domain_id}` (`deleteOrganizationDomain`)
    #[doc(alias = "deleteOrganizationDomain")]
    pub fn delete_organization(
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
    /// Update Organization Enrollment Mode
    ///
    /// Update the enrollment mode for an organization domain.
    ///
    /// This can be either `automatic_invitation` or `automatic_suggestion`.
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/{domain_id}/update_enrollment_mode` (`UpdateOrganizationDomainEnrollmentMode`)
    #[doc(alias = "UpdateOrganizationDomainEnrollmentMode")]
    pub fn update_organization_enrollment_mode(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
        enrollment_mode: impl Into<String>,
    ) -> UpdateOrganizationDomainEnrollmentMode {
        UpdateOrganizationDomainEnrollmentMode {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
            body: types::UpdateOrganizationDomainEnrollmentModeBody {
                enrollment_mode: enrollment_mode.into(),
                delete_pending: None,
            },
        }
    }
    /// Prepare Organization Domain Affiliation Verification
    ///
    /// Prepares affiliation verification for an organization domain.
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/{domain_id}/prepare_affiliation_verification` (`prepareOrganizationDomainVerification`)
    #[doc(alias = "prepareOrganizationDomainVerification")]
    pub fn prepare_organization_verification(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
        affiliation_email_address: impl Into<String>,
    ) -> PrepareOrganizationDomainVerification {
        PrepareOrganizationDomainVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
            body: types::PrepareOrganizationDomainVerificationBody {
                affiliation_email_address: affiliation_email_address.into(),
            },
        }
    }
    /// Attempt Organization Domain Affiliation Verification
    ///
    /// Attempts affiliation verification for organization domain
    ///
    /// The current user must have permissions to manage the domains of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/{domain_id}/attempt_affiliation_verification` (`attemptOrganizationDomainVerification`)
    #[doc(alias = "attemptOrganizationDomainVerification")]
    pub fn attempt_organization_verification(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
        code: impl Into<String>,
    ) -> AttemptOrganizationDomainVerification {
        AttemptOrganizationDomainVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
            body: types::AttemptOrganizationDomainVerificationBody {
                code: code.into(),
            },
        }
    }
    /// Prepare Organization Domain Ownership Verification
    ///
    /// Issues a fresh TXT challenge for the organization domain. The plaintext
    /// TXT record value is returned in the response payload and is only stored
    /// as a bcrypt digest on the server. Re-preparing replaces any prior
    /// outstanding TXT challenge for the same domain.
    ///
    /// The current user must have permissions to manage the domains of the
    /// organization. Requires the self-serve SSO feature to be enabled on the
    /// instance.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/{domain_id}/prepare_ownership_verification` (`prepareOrganizationDomainOwnershipVerification`)
    #[doc(alias = "prepareOrganizationDomainOwnershipVerification")]
    pub fn prepare_organization_domain_ownership_verification(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> PrepareOrganizationDomainOwnershipVerification {
        PrepareOrganizationDomainOwnershipVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
        }
    }
    /// Attempt Organization Domain Ownership Verification
    ///
    /// Resolves the TXT record for the organization domain and, on a successful
    /// match against the outstanding challenge, marks the domain as
    /// ownership-verified and emits an `organization_domain.ownership_verified`
    /// audit event.
    ///
    /// The current user must have permissions to manage the domains of the
    /// organization. Requires the self-serve SSO feature to be enabled on the
    /// instance.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/domains/{domain_id}/attempt_ownership_verification` (`attemptOrganizationDomainOwnershipVerification`)
    #[doc(alias = "attemptOrganizationDomainOwnershipVerification")]
    pub fn attempt_organization_domain_ownership_verification(
        &self,
        organization_id: impl Into<String>,
        domain_id: impl Into<String>,
    ) -> AttemptOrganizationDomainOwnershipVerification {
        AttemptOrganizationDomainOwnershipVerification {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            domain_id: domain_id.into(),
        }
    }
}
/// Operations of the `Email Addresses` group; see [`Client::email_addresses`].
#[cfg(feature = "email-addresses")]
#[derive(Clone, Copy, Debug)]
pub struct EmailAddressesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "email-addresses")]
impl EmailAddressesApi<'_> {
    /// Get Email Addresses
    ///
    /// Retrieve all the email addresses associated with the current user.
    ///
    /// Spec: `GET /v1/me/email_addresses` (`getEmailAddresses`)
    #[doc(alias = "getEmailAddresses")]
    pub fn get_email_addresses(&self) -> GetEmailAddresses {
        GetEmailAddresses {
            client: self.client.clone(),
            clerk_session_id: None,
        }
    }
    /// Create Email Address
    ///
    /// Add an email address to the current user. The address then needs to be verified using the `prepare_verification` and `attempt_verification` endpoints.
    ///
    /// Spec: `POST /v1/me/email_addresses` (`createEmailAddresses`)
    #[doc(alias = "createEmailAddresses")]
    pub fn create(&self, email_address: impl Into<String>) -> CreateEmailAddresses {
        CreateEmailAddresses {
            client: self.client.clone(),
            clerk_session_id: None,
            body: types::CreateEmailAddressesBody {
                email_address: email_address.into(),
            },
        }
    }
    /// Attempt Email Address Verification
    ///
    /// Attempt to verify an email address that was previously created.
    ///
    /// Spec: `POST /v1/me/email_addresses/{email_id}/attempt_verification` (`verifyEmailAddress`)
    #[doc(alias = "verifyEmailAddress")]
    pub fn verify(
        &self,
        email_id: impl Into<String>,
        code: impl Into<String>,
    ) -> VerifyEmailAddress {
        VerifyEmailAddress {
            client: self.client.clone(),
            email_id: email_id.into(),
            clerk_session_id: None,
            body: types::VerifyEmailAddressBody {
                code: code.into(),
            },
        }
    }
    /// Prepare Email Address Verification
    ///
    /// Depending on the given strategy, the API will prepare the verification for the email address.
    /// In particular, * for `email_code`, the API will send a verification email to the address containing a code. * for `email_link`, the API will send a verification email to the address containing a link to the verification attempt endpoint. * for `enterprise_sso`, the API will send an external redirect URL to the browser containing a link to the SSO verification endpoint.
    ///
    /// Spec: `POST /v1/me/email_addresses/{email_id}/prepare_verification` (`sendVerificationEmail`)
    #[doc(alias = "sendVerificationEmail")]
    pub fn send_verification_email(
        &self,
        email_id: impl Into<String>,
        strategy: impl Into<types::SendVerificationEmailBodyStrategy>,
    ) -> SendVerificationEmail {
        SendVerificationEmail {
            client: self.client.clone(),
            email_id: email_id.into(),
            clerk_session_id: None,
            body: types::SendVerificationEmailBody {
                strategy: strategy.into(),
                redirect_url: None,
                action_complete_redirect_url: None,
            },
        }
    }
    /// Get Email Address
    ///
    /// Retrieve an email address by ID.
    ///
    /// Spec: `GET /v1/me/email_addresses/{email_id}` (`getEmailAddress`)
    #[doc(alias = "getEmailAddress")]
    pub fn get_email_address(&self, email_id: impl Into<String>) -> GetEmailAddress {
        GetEmailAddress {
            client: self.client.clone(),
            email_id: email_id.into(),
            clerk_session_id: None,
        }
    }
    /// Delete email address
    ///
    /// Delete an email address by ID.
    ///
    /// Spec: `DELETE /v1/me/email_addresses/{email_id}` (`DeleteEmailAddress`)
    #[doc(alias = "DeleteEmailAddress")]
    pub fn delete(&self, email_id: impl Into<String>) -> DeleteEmailAddress {
        DeleteEmailAddress {
            client: self.client.clone(),
            email_id: email_id.into(),
            clerk_session_id: None,
        }
    }
}
/// Operations of the `Enterprise Connections` group; see [`Client::enterprise_connections`].
#[cfg(feature = "enterprise-connections")]
#[derive(Clone, Copy, Debug)]
pub struct EnterpriseConnectionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "enterprise-connections")]
impl EnterpriseConnectionsApi<'_> {
    /// List enterprise connections for the active organization
    ///
    /// Returns the active enterprise connections visible to the requesting user within the active organization
    /// context. The active organization is taken from the session, not the URL path. Unless the
    /// `with_organization_account_linking` query is `true`, the result set is filtered to connections whose domains
    /// match the user's verified primary email address.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/enterprise_connections` (`listOrganizationEnterpriseConnections`)
    #[doc(alias = "listOrganizationEnterpriseConnections")]
    pub fn list_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationEnterpriseConnections {
        ListOrganizationEnterpriseConnections {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            clerk_session_id: None,
        }
    }
    /// Create enterprise connection for an organization
    ///
    /// Creates an enterprise connection bound to the organization in the URL path. The caller's session must be pinned
    /// to that organization and the caller must hold the `org:sys_entconns:manage` permission.
    ///
    /// Spec: `POST /v1/organizations/{organizationID}/enterprise_connections` (`createOrganizationEnterpriseConnection`)
    #[doc(alias = "createOrganizationEnterpriseConnection")]
    pub fn create_organization(
        &self,
        organization_id: impl Into<String>,
        provider: impl Into<types::CreateOrganizationEnterpriseConnectionBodyProvider>,
        domains: impl Into<Vec<String>>,
    ) -> CreateOrganizationEnterpriseConnection {
        CreateOrganizationEnterpriseConnection {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            clerk_session_id: None,
            body: types::CreateOrganizationEnterpriseConnectionBody {
                provider: provider.into(),
                name: None,
                domains: domains.into(),
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
            },
        }
    }
    /// Delete enterprise connection for an organization
    ///
    /// Deletes an enterprise connection bound to the organization in the URL path. The caller's session must be pinned
    /// to that organization and the caller must hold the `org:sys_entconns:manage` permission.
    ///
    /// Spec: `DELETE /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}` (`deleteOrganizationEnterpriseConnection`)
    #[doc(alias = "deleteOrganizationEnterpriseConnection")]
    pub fn delete_organization(
        &self,
        organization_id: impl Into<String>,
        enterprise_connection_id: impl Into<String>,
    ) -> DeleteOrganizationEnterpriseConnection {
        DeleteOrganizationEnterpriseConnection {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
        }
    }
    /// Update enterprise connection for an organization
    ///
    /// Updates an enterprise connection bound to the organization in the URL path. The caller's session must be pinned
    /// to that organization and the caller must hold the `org:sys_entconns:manage` permission.
    ///
    /// Spec: `PATCH /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}` (`updateOrganizationEnterpriseConnection`)
    #[doc(alias = "updateOrganizationEnterpriseConnection")]
    pub fn update_organization(
        &self,
        organization_id: impl Into<String>,
        enterprise_connection_id: impl Into<String>,
    ) -> UpdateOrganizationEnterpriseConnection {
        UpdateOrganizationEnterpriseConnection {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
            body: types::UpdateOrganizationEnterpriseConnectionBody {
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
            },
        }
    }
    /// List enterprise connection test runs for an organization
    ///
    /// Returns a paginated list of SAML or OIDC debug test runs for an organization-bound enterprise connection.
    ///
    /// Spec: `GET /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs` (`listOrganizationEnterpriseConnectionTestRuns`)
    #[doc(alias = "listOrganizationEnterpriseConnectionTestRuns")]
    pub fn list_organization_test_runs(
        &self,
        organization_id: impl Into<String>,
        enterprise_connection_id: impl Into<String>,
    ) -> ListOrganizationEnterpriseConnectionTestRuns {
        ListOrganizationEnterpriseConnectionTestRuns {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
            status: None,
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Create enterprise connection test run for an organization
    ///
    /// Returns a short-lived URL that starts the IdP test flow for an organization-bound enterprise connection.
    ///
    /// Spec: `POST /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs` (`createOrganizationEnterpriseConnectionTestRun`)
    #[doc(alias = "createOrganizationEnterpriseConnectionTestRun")]
    pub fn create_organization_test_run(
        &self,
        organization_id: impl Into<String>,
        enterprise_connection_id: impl Into<String>,
    ) -> CreateOrganizationEnterpriseConnectionTestRun {
        CreateOrganizationEnterpriseConnectionTestRun {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
        }
    }
    /// List enterprise connections for the current user
    ///
    /// **Deprecated.** Use `GET /v1/organizations/{organizationID}/enterprise_connections` instead.
    ///
    /// Returns active enterprise connections on the instance whose domains match the **verified** primary email address
    /// of the current user. If the user has no primary email or it is not verified, the list is empty.
    ///
    /// Spec: `GET /v1/me/enterprise_connections` (`getMeEnterpriseConnections`)
    #[doc(alias = "getMeEnterpriseConnections")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn get_me(&self) -> GetMeEnterpriseConnections {
        GetMeEnterpriseConnections {
            client: self.client.clone(),
            clerk_session_id: None,
        }
    }
    /// Create enterprise connection
    ///
    /// **Deprecated.** Use `POST /v1/organizations/{organizationID}/enterprise_connections` instead.
    ///
    /// Creates an enterprise connection for the instance.
    ///
    /// Spec: `POST /v1/me/enterprise_connections` (`createMeEnterpriseConnection`)
    #[doc(alias = "createMeEnterpriseConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn create_me(
        &self,
        provider: impl Into<types::CreateMeEnterpriseConnectionBodyProvider>,
        domains: impl Into<Vec<String>>,
    ) -> CreateMeEnterpriseConnection {
        CreateMeEnterpriseConnection {
            client: self.client.clone(),
            clerk_session_id: None,
            body: types::CreateMeEnterpriseConnectionBody {
                provider: provider.into(),
                name: None,
                domains: domains.into(),
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
            },
        }
    }
    /// Delete enterprise connection
    ///
    /// **Deprecated.** Use `DELETE /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}` instead.
    ///
    /// Deletes an enterprise connection the current user may manage (verified primary email domain must match the connection).
    ///
    /// Spec: `DELETE /v1/me/enterprise_connections/{enterprise_connection_id}` (`deleteMeEnterpriseConnection`)
    #[doc(alias = "deleteMeEnterpriseConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn delete_me(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> DeleteMeEnterpriseConnection {
        DeleteMeEnterpriseConnection {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
        }
    }
    /// Update enterprise connection
    ///
    /// **Deprecated.** Use `PATCH /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}` instead.
    ///
    /// Updates an enterprise connection the current user may manage (verified primary email domain must match the connection).
    ///
    /// Spec: `PATCH /v1/me/enterprise_connections/{enterprise_connection_id}` (`updateMeEnterpriseConnection`)
    #[doc(alias = "updateMeEnterpriseConnection")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn update_me(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> UpdateMeEnterpriseConnection {
        UpdateMeEnterpriseConnection {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
            body: types::UpdateMeEnterpriseConnectionBody {
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
            },
        }
    }
    /// List enterprise connection test runs
    ///
    /// **Deprecated.** Use `GET /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs` instead.
    ///
    /// Returns a paginated list of SAML or OIDC debug test runs for the connection.
    ///
    /// Spec: `GET /v1/me/enterprise_connections/{enterprise_connection_id}/test_runs` (`listMeEnterpriseConnectionTestRuns`)
    #[doc(alias = "listMeEnterpriseConnectionTestRuns")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn list_me_test_runs(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> ListMeEnterpriseConnectionTestRuns {
        ListMeEnterpriseConnectionTestRuns {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
            status: None,
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Create enterprise connection test run
    ///
    /// **Deprecated.** Use `POST /v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs` instead.
    ///
    /// Returns a short-lived URL that starts the IdP test flow for this connection.
    ///
    /// Spec: `POST /v1/me/enterprise_connections/{enterprise_connection_id}/test_runs` (`createMeEnterpriseConnectionTestRun`)
    #[doc(alias = "createMeEnterpriseConnectionTestRun")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn create_me_test_run(
        &self,
        enterprise_connection_id: impl Into<String>,
    ) -> CreateMeEnterpriseConnectionTestRun {
        CreateMeEnterpriseConnectionTestRun {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            clerk_session_id: None,
        }
    }
    /// Initiate enterprise connection test run
    ///
    /// Initiates a test run for an enterprise connection.
    /// Validates the provided ticket and redirects to the Identity Provider for authentication.
    ///
    /// Spec: `GET /v1/enterprise_connections/{enterpriseConnectionID}/init_test_run` (`initEnterpriseConnectionTestRun`)
    #[doc(alias = "initEnterpriseConnectionTestRun")]
    pub fn init_test_run(
        &self,
        enterprise_connection_id: impl Into<String>,
        ticket: impl Into<String>,
    ) -> InitEnterpriseConnectionTestRun {
        InitEnterpriseConnectionTestRun {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            ticket: ticket.into(),
        }
    }
    /// Get enterprise connection test run result
    ///
    /// Returns the result of an enterprise connection test run as an HTML page.
    /// Displays success or error status with detailed information about the test run.
    ///
    /// Spec: `GET /v1/enterprise_connections/{enterpriseConnectionID}/test_runs/{testRunID}` (`getEnterpriseConnectionTestRunResult`)
    #[doc(alias = "getEnterpriseConnectionTestRunResult")]
    pub fn get_test_run_result(
        &self,
        enterprise_connection_id: impl Into<String>,
        test_run_id: impl Into<String>,
        token: impl Into<String>,
    ) -> GetEnterpriseConnectionTestRunResult {
        GetEnterpriseConnectionTestRunResult {
            client: self.client.clone(),
            enterprise_connection_id: enterprise_connection_id.into(),
            test_run_id: test_run_id.into(),
            token: token.into(),
        }
    }
}
/// Operations of the `Environment` group; see [`Client::environment`].
#[cfg(feature = "environment")]
#[derive(Clone, Copy, Debug)]
pub struct EnvironmentApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "environment")]
impl EnvironmentApi<'_> {
    /// Get environment
    ///
    /// Get the current environment. The environment contains information about the settings and features enabled for the current instance.
    ///
    /// Spec: `GET /v1/environment` (`getEnvironment`)
    #[doc(alias = "getEnvironment")]
    pub fn get(&self) -> GetEnvironment {
        GetEnvironment {
            client: self.client.clone(),
        }
    }
    /// Update environment
    ///
    /// Update environment using request origin
    ///
    /// Spec: `PATCH /v1/environment` (`updateEnvironment`)
    #[doc(alias = "updateEnvironment")]
    pub fn update(&self, origin: impl Into<String>) -> UpdateEnvironment {
        UpdateEnvironment {
            client: self.client.clone(),
            origin: origin.into(),
        }
    }
}
/// Operations of the `External Accounts` group; see [`Client::external_accounts`].
#[cfg(feature = "external-accounts")]
#[derive(Clone, Copy, Debug)]
pub struct ExternalAccountsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "external-accounts")]
impl ExternalAccountsApi<'_> {
    /// Connect OAuth Accounts
    ///
    /// Connect a new External Account from the OAuth providers enabled.
    ///
    /// Spec: `POST /v1/me/external_accounts` (`postOAuthAccounts`)
    #[doc(alias = "postOAuthAccounts")]
    pub fn post_o_auth_accounts(&self) -> PostOAuthAccounts {
        PostOAuthAccounts {
            client: self.client.clone(),
            origin: None,
            body: types::PostOAuthAccountsBody {
                strategy: None,
                enterprise_connection_id: None,
                redirect_url: None,
                action_complete_redirect_url: None,
                additional_scope: None,
                code: None,
                token: None,
                oidc_login_hint: None,
                oidc_prompt: None,
            },
        }
    }
    /// Reauthorize External Account
    ///
    /// Reauthorize an external account by ID.
    ///
    /// Spec: `PATCH /v1/me/external_accounts/{external_account_id}/reauthorize` (`reauthorizeExternalAccount`)
    #[doc(alias = "reauthorizeExternalAccount")]
    pub fn reauthorize(
        &self,
        external_account_id: impl Into<String>,
        redirect_url: impl Into<String>,
    ) -> ReauthorizeExternalAccount {
        ReauthorizeExternalAccount {
            client: self.client.clone(),
            external_account_id: external_account_id.into(),
            body: types::ReauthorizeExternalAccountBody {
                additional_scope: None,
                redirect_url: redirect_url.into(),
                action_complete_redirect_url: None,
                oidc_login_hint: None,
                oidc_prompt: None,
            },
        }
    }
    /// Delete External Account
    ///
    /// Delete an external account by ID.
    ///
    /// Spec: `DELETE /v1/me/external_accounts/{external_account_id}` (`deleteExternalAccount`)
    #[doc(alias = "deleteExternalAccount")]
    pub fn delete(
        &self,
        external_account_id: impl Into<String>,
    ) -> DeleteExternalAccount {
        DeleteExternalAccount {
            client: self.client.clone(),
            external_account_id: external_account_id.into(),
        }
    }
    /// Revoke OAuth tokens
    ///
    /// Revoke the OAuth access and refresh token of an external account by ID, if supported by the provider.
    ///
    /// Spec: `DELETE /v1/me/external_accounts/{external_account_id}/tokens` (`revokeExternalAccountTokens`)
    #[doc(alias = "revokeExternalAccountTokens")]
    pub fn revoke_tokens(
        &self,
        external_account_id: impl Into<String>,
    ) -> RevokeExternalAccountTokens {
        RevokeExternalAccountTokens {
            client: self.client.clone(),
            external_account_id: external_account_id.into(),
        }
    }
}
/// Operations of the `Health` group; see [`Client::health`].
#[cfg(feature = "health")]
#[derive(Clone, Copy, Debug)]
pub struct HealthApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "health")]
impl HealthApi<'_> {
    /// Get Health
    ///
    /// Get Health
    ///
    /// Spec: `GET /v1/health` (`getHealth`)
    #[doc(alias = "getHealth")]
    pub fn get(&self) -> GetHealth {
        GetHealth {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `Invitations` group; see [`Client::invitations`].
#[cfg(feature = "invitations")]
#[derive(Clone, Copy, Debug)]
pub struct InvitationsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "invitations")]
impl InvitationsApi<'_> {
    /// Get All Organization Invitations
    ///
    /// Retrieve all invitations for an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/invitations` (`getOrganizationInvitations`)
    #[doc(alias = "getOrganizationInvitations")]
    pub fn get_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> GetOrganizationInvitations {
        GetOrganizationInvitations {
            client: self.client.clone(),
            limit: None,
            offset: None,
            organization_id: organization_id.into(),
            status: None,
        }
    }
    /// Create Organization Invitation
    ///
    /// Create an invitation for a user to join an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/invitations` (`createOrganizationInvitations`)
    #[doc(alias = "createOrganizationInvitations")]
    pub fn create_organization(
        &self,
        organization_id: impl Into<String>,
        email_address: impl Into<String>,
        role: impl Into<String>,
    ) -> CreateOrganizationInvitations {
        CreateOrganizationInvitations {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationInvitationsBody {
                email_address: email_address.into(),
                role: role.into(),
                notify: None,
            },
        }
    }
    /// Bulk Create Organization Invitations
    ///
    /// Create an invitation for a user to join an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/invitations/bulk` (`bulkCreateOrganizationInvitations`)
    #[doc(alias = "bulkCreateOrganizationInvitations")]
    pub fn bulk_create_organization(
        &self,
        organization_id: impl Into<String>,
        email_address: impl Into<Vec<String>>,
        role: impl Into<String>,
    ) -> BulkCreateOrganizationInvitations {
        BulkCreateOrganizationInvitations {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::BulkCreateOrganizationInvitationsBody {
                email_address: email_address.into(),
                role: role.into(),
                notify: None,
            },
        }
    }
    /// Get All Pending Organization Invitations
    ///
    /// Get a list of pending invitations for an organization.
    ///
    /// This endpoint is deprecated. Instead use the `/v1/organizations/{organization_id}/invitations`
    /// with a query parameter of `status=pending`.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/invitations/pending` (`getAllPendingOrganizationInvitations`)
    #[doc(alias = "getAllPendingOrganizationInvitations")]
    #[deprecated(note = "deprecated in the API spec")]
    pub fn get_all_pending_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> GetAllPendingOrganizationInvitations {
        GetAllPendingOrganizationInvitations {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Revoke Pending Organization Invitation
    ///
    /// Revoke a pending organization invitation.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/invitations/{invitation_id}/revoke` (`revokePendingOrganizationInvitation`)
    #[doc(alias = "revokePendingOrganizationInvitation")]
    pub fn revoke_pending_organization(
        &self,
        organization_id: impl Into<String>,
        invitation_id: impl Into<String>,
    ) -> RevokePendingOrganizationInvitation {
        RevokePendingOrganizationInvitation {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            invitation_id: invitation_id.into(),
        }
    }
}
/// Operations of the `Members` group; see [`Client::members`].
#[cfg(feature = "members")]
#[derive(Clone, Copy, Debug)]
pub struct MembersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "members")]
impl MembersApi<'_> {
    /// Get All Organization Members
    ///
    /// Retrieve all members of an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/memberships` (`ListOrganizationMemberships`)
    #[doc(alias = "ListOrganizationMemberships")]
    pub fn list_organization_memberships(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationMemberships {
        ListOrganizationMemberships {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
            organization_id: organization_id.into(),
            query: None,
            role: None,
        }
    }
    /// Create Organization Membership
    ///
    /// Create a new organization membership.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/memberships` (`CreateOrganizationMembership`)
    #[doc(alias = "CreateOrganizationMembership")]
    pub fn create_organization_membership(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<Option<String>>,
        role: impl Into<Option<String>>,
    ) -> CreateOrganizationMembership {
        CreateOrganizationMembership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::CreateOrganizationMembershipBody {
                user_id: user_id.into(),
                role: role.into(),
            },
        }
    }
    /// Remove Organization Member
    ///
    /// Remove a member from an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organization_id}/memberships/{user_id}` (`removeOrganizationMember`)
    #[doc(alias = "removeOrganizationMember")]
    pub fn remove_organization(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> RemoveOrganizationMember {
        RemoveOrganizationMember {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            user_id: user_id.into(),
        }
    }
    /// Update Organization Membership
    ///
    /// Update the attributes of an organization membership for a specific user.
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `PATCH /v1/organizations/{organization_id}/memberships/{user_id}` (`UpdateOrganizationMembership`)
    #[doc(alias = "UpdateOrganizationMembership")]
    pub fn update_organization_membership(
        &self,
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> UpdateOrganizationMembership {
        UpdateOrganizationMembership {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            user_id: user_id.into(),
            body: types::UpdateOrganizationMembershipBody {
                role: None,
            },
        }
    }
}
/// Operations of the `Membership Requests` group; see [`Client::membership_requests`].
#[cfg(feature = "membership-requests")]
#[derive(Clone, Copy, Debug)]
pub struct MembershipRequestsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "membership-requests")]
impl MembershipRequestsApi<'_> {
    /// Get Organization Membership Requests
    ///
    /// Retrieve a list of all membership requests of an organization.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/membership_requests` (`listOrganizationMembershipRequests`)
    #[doc(alias = "listOrganizationMembershipRequests")]
    pub fn list_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationMembershipRequests {
        ListOrganizationMembershipRequests {
            client: self.client.clone(),
            limit: None,
            offset: None,
            organization_id: organization_id.into(),
            status: None,
        }
    }
    /// Accept Organization Membership Request
    ///
    /// Accepts an organization membership request.
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/membership_requests/{request_id}/accept` (`acceptOrganizationMembershipRequest`)
    #[doc(alias = "acceptOrganizationMembershipRequest")]
    pub fn accept_organization(
        &self,
        organization_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> AcceptOrganizationMembershipRequest {
        AcceptOrganizationMembershipRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            request_id: request_id.into(),
        }
    }
    /// Reject Organization Membership Request
    ///
    /// Rejects an organization membership request
    ///
    /// The current user must have permissions to manage the members of the organization.
    ///
    /// Spec: `POST /v1/organizations/{organization_id}/membership_requests/{request_id}/reject` (`rejectOrganizationMembershipRequest`)
    #[doc(alias = "rejectOrganizationMembershipRequest")]
    pub fn reject_organization(
        &self,
        organization_id: impl Into<String>,
        request_id: impl Into<String>,
    ) -> RejectOrganizationMembershipRequest {
        RejectOrganizationMembershipRequest {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            request_id: request_id.into(),
        }
    }
}
/// Operations of the `OAuth2 Callbacks` group; see [`Client::o_auth2_callbacks`].
#[cfg(feature = "o-auth2-callbacks")]
#[derive(Clone, Copy, Debug)]
pub struct OAuth2CallbacksApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "o-auth2-callbacks")]
impl OAuth2CallbacksApi<'_> {
    /// OAuth Callback
    ///
    /// The endpoint where the OAuth providers redirect to after a successful authentication attempt.
    ///
    /// Spec: `GET /v1/oauth_callback` (`getOauthCallback`)
    #[doc(alias = "getOauthCallback")]
    pub fn get_oauth_callback(&self) -> GetOauthCallback {
        GetOauthCallback {
            client: self.client.clone(),
            scope: None,
            code: None,
            state: None,
            error: None,
        }
    }
    /// OAuth Post Callback
    ///
    /// Converts a POST to a GET, because if it's a POST coming from an external account. This is necessary because some providers (e.g. Apple) issue a POST instead of a GET request.
    ///
    /// Spec: `POST /v1/oauth_callback` (`postOauthCallback`)
    #[doc(alias = "postOauthCallback")]
    pub fn post_oauth_callback(&self) -> PostOauthCallback {
        PostOauthCallback {
            client: self.client.clone(),
            body: types::PostOauthCallbackBody {
                code: None,
                scope: None,
                state: None,
                error: None,
            },
        }
    }
}
/// Operations of the `OAuth2 Identity Provider` group; see [`Client::o_auth2_identity_provider`].
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone, Copy, Debug)]
pub struct OAuth2IdentityProviderApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl OAuth2IdentityProviderApi<'_> {
    /// Request OAuth2 authorization
    ///
    /// Request OAuth2 authorization. If successful, receive authorization grant via redirect.
    ///
    /// Spec: `GET /oauth/authorize` (`requestOAuthAuthorize`)
    #[doc(alias = "requestOAuthAuthorize")]
    pub fn request_o_auth_authorize(
        &self,
        client_id: impl Into<String>,
    ) -> RequestOAuthAuthorize {
        RequestOAuthAuthorize {
            client: self.client.clone(),
            client_id: client_id.into(),
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
    /// Request OAuth2 authorization
    ///
    /// Request OAuth2 authorization. If successful, receive authorization grant via redirect.
    ///
    /// Spec: `POST /oauth/authorize` (`requestOAuthAuthorizePOST`)
    #[doc(alias = "requestOAuthAuthorizePOST")]
    pub fn request_o_auth_authorize_post(
        &self,
        client_id: impl Into<String>,
    ) -> RequestOAuthAuthorizePost {
        RequestOAuthAuthorizePost {
            client: self.client.clone(),
            body: types::RequestOAuthAuthorizePostBody {
                response_type: Default::default(),
                client_id: client_id.into(),
                redirect_uri: None,
                scope: None,
                state: None,
                prompt: None,
                code_challenge: None,
                code_challenge_method: None,
                response_mode: None,
                nonce: None,
            },
        }
    }
    /// Register OAuth 2.0 Client
    ///
    /// Registers a new OAuth 2.0 client with the authorization server according to RFC 7591
    /// (OAuth 2.0 Dynamic Client Registration Protocol).
    ///
    /// This endpoint allows clients to dynamically register by submitting client metadata.
    /// Upon successful registration, the authorization server assigns a unique client identifier
    /// and optionally a client secret (for confidential clients).
    ///
    /// **Authentication:** This endpoint does not require authentication as it is used for
    /// initial client registration. However, the endpoint is disabled by default and must
    /// be enabled in the Instance settings.
    ///
    /// **Client Types:**
    /// - **Confidential clients** receive both a `client_id` and `client_secret`
    /// - **Public clients** (using `token_endpoint_auth_method: none`) receive only a `client_id`
    ///
    /// **Key Points:**
    /// - All dynamically registered clients must use the consent screen (cannot be disabled)
    /// - PKCE is not required for dynamically registered clients
    /// - The `redirect_uris` field is required and must contain at least one valid redirect URI
    /// - If `client_name` is not provided, the `client_id` will be used as the display name
    /// - If `scope` is not provided, default scopes will be assigned
    /// - The `token_endpoint_auth_method` values `client_secret_basic` and `client_secret_post` are
    ///   treated equivalently in the current implementation; both methods can be used at the
    ///   token endpoint
    ///
    /// See [RFC 7591](https://datatracker.ietf.org/doc/html/rfc7591) for complete specification details.
    ///
    /// Spec: `POST /oauth/register` (`registerOAuthClient`)
    #[doc(alias = "registerOAuthClient")]
    pub fn register_o_auth_client(
        &self,
        redirect_uris: impl Into<Vec<String>>,
    ) -> RegisterOAuthClient {
        RegisterOAuthClient {
            client: self.client.clone(),
            body: types::OAuthDynamicClientRegistrationRequest {
                redirect_uris: redirect_uris.into(),
                token_endpoint_auth_method: None,
                client_name: None,
                client_uri: None,
                logo_uri: None,
                scope: None,
            },
        }
    }
    /// Get OAuth2 token
    ///
    /// Exchange an authorization grant for OAuth2 tokens (access token, refresh token, and optionally ID token).
    ///
    /// This endpoint implements the OAuth 2.0 Token Endpoint (RFC 6749) and OpenID Connect token endpoint.
    /// It supports two grant types: `authorization_code` and `refresh_token`.
    ///
    /// #### Grant Types
    ///
    /// - **`authorization_code`**: Exchange an authorization code for tokens
    /// - **`refresh_token`**: Refresh an access token using a refresh token
    ///
    /// #### Authentication
    ///
    /// - **Confidential clients**: Must authenticate using one of the following methods:
    ///   - HTTP Basic Authentication: `Authorization: Basic base64(client_id:client_secret)`
    ///   - Client credentials in request body: Include `client_id` and `client_secret` in form fields
    ///   - *Note: Both methods (`client_secret_basic` and `client_secret_post`) are treated equivalently*
    /// - **Public clients** (PKCE flow): No client secret required. Must provide `client_id` and `code_verifier` in request body.
    ///
    /// #### PKCE (Proof Key for Code Exchange)
    ///
    /// Public clients and clients that cannot securely store a client secret must use PKCE (RFC 7636).
    /// When using PKCE:
    /// - Include `code_challenge` and `code_challenge_method` in the authorization request
    /// - Include `code_verifier` in the token request (instead of `client_secret`)
    ///
    /// #### Scopes
    ///
    /// Available scopes:
    /// - `openid` - Enables OpenID Connect features, returns an `id_token` in the response
    /// - `email` - User's email address
    /// - `profile` - Basic profile information (name, username, picture, etc.)
    /// - `public_metadata` - Clerk custom scope for public metadata
    /// - `private_metadata` - Clerk custom scope for private metadata
    ///
    /// Default scopes (if not specified): `email profile`
    ///
    /// #### Token Lifespans
    ///
    /// - **Access token**: 1 day (86400 seconds)
    /// - **Refresh token**: 10 years
    /// - **ID token**: 1 day (86400 seconds)
    /// - **Authorization code**: 10 minutes (must be exchanged within this time)
    ///
    /// #### OpenID Connect
    ///
    /// When the `openid` scope is included in the authorization request, the token response will include
    /// an `id_token` field containing a signed JWT with user identity information per the OpenID Connect specification.
    /// The `id_token` will be refreshed along with the access token when using the `refresh_token` grant type.
    ///
    /// Spec: `POST /oauth/token` (`getOAuthToken`)
    #[doc(alias = "getOAuthToken")]
    pub fn get_o_auth_token(
        &self,
        grant_type: impl Into<types::GetOAuthTokenBodyGrantType>,
    ) -> GetOAuthToken {
        GetOAuthToken {
            client: self.client.clone(),
            body: types::GetOAuthTokenBody {
                grant_type: grant_type.into(),
                code: None,
                redirect_uri: None,
                code_verifier: None,
                client_id: None,
                client_secret: None,
                refresh_token: None,
                scope: None,
            },
        }
    }
    /// Get user info after OAuth2 flow
    ///
    /// Get user info in exchange for a valid OAuth2 access token.
    ///
    /// Spec: `GET /oauth/userinfo` (`getOAuthUserInfo`)
    #[doc(alias = "getOAuthUserInfo")]
    pub fn get_o_auth_user_info(&self) -> GetOAuthUserInfo {
        GetOAuthUserInfo {
            client: self.client.clone(),
        }
    }
    /// Get user info after OAuth2 flow
    ///
    /// Get user info in exchange for a valid OAuth2 access token.
    ///
    /// Spec: `POST /oauth/userinfo` (`getOAuthUserInfoPOST`)
    #[doc(alias = "getOAuthUserInfoPOST")]
    pub fn get_o_auth_user_info_post(&self) -> GetOAuthUserInfoPost {
        GetOAuthUserInfoPost {
            client: self.client.clone(),
        }
    }
    /// Get information for an access or refresh token
    ///
    /// Get information for an access or refresh token
    ///
    /// Spec: `POST /oauth/token_info` (`getOAuthTokenInfo`)
    #[doc(alias = "getOAuthTokenInfo")]
    pub fn get_o_auth_token_info(&self, token: impl Into<String>) -> GetOAuthTokenInfo {
        GetOAuthTokenInfo {
            client: self.client.clone(),
            body: types::GetOAuthTokenInfoBody {
                token: token.into(),
                token_type_hint: None,
                scope: None,
            },
        }
    }
    /// Revoke OAuth2 token
    ///
    /// Revoke OAuth2 token by token.
    ///
    /// #### Authentication
    ///
    /// - **Confidential clients**: Must authenticate using HTTP Basic Authentication with Client ID as username and Client Secret as password in the Authorization header.
    ///
    /// Spec: `POST /oauth/token/revoke` (`revokeOAuthToken`)
    #[doc(alias = "revokeOAuthToken")]
    pub fn revoke_o_auth_token(&self) -> RevokeOAuthToken {
        RevokeOAuthToken {
            client: self.client.clone(),
            body: types::RevokeOAuthTokenBody {
                token: None,
                token_type_hint: None,
            },
        }
    }
    /// Get consent information
    ///
    /// Returns the scopes for a given OAuth Application Client ID.
    /// An optional `scope` query parameter can restrict the returned scopes to only those requested.
    /// The OAuth application must have consent screen enabled.
    ///
    /// Spec: `GET /v1/me/oauth/consent/{client_id}` (`getOAuthConsent`)
    #[doc(alias = "getOAuthConsent")]
    pub fn get_o_auth_consent(&self, client_id: impl Into<String>) -> GetOAuthConsent {
        GetOAuthConsent {
            client: self.client.clone(),
            client_id: client_id.into(),
            scope: None,
            redirect_uri: None,
        }
    }
    /// Submit OAuth2 consent decision
    ///
    /// Submits the user's consent decision for an OAuth2 authorization request.
    ///
    /// This endpoint allows building custom consent portals as a replacement for
    /// the default account-portal-rendered consent screen.
    ///
    /// The OAuth application must have the consent screen enabled. On grant, the
    /// flow continues just like the standard `/oauth/authorize` endpoint and
    /// returns the appropriate redirect.
    ///
    /// In addition to the fields documented below, the request body must
    /// re-submit the standard OAuth2 authorize parameters from the original
    /// `/oauth/authorize` request: `response_type`, `redirect_uri`, `scope`,
    /// `state`, `nonce`, `code_challenge`, and `code_challenge_method`. These
    /// are forwarded as-is to the authorize flow.
    ///
    /// Spec: `POST /v1/me/oauth/consent/{client_id}` (`submitOAuthConsent`)
    #[doc(alias = "submitOAuthConsent")]
    pub fn submit_o_auth_consent(
        &self,
        client_id: impl Into<String>,
        consented: impl Into<bool>,
    ) -> SubmitOAuthConsent {
        SubmitOAuthConsent {
            client: self.client.clone(),
            client_id: client_id.into(),
            body: types::SubmitOAuthConsentBody {
                consented: consented.into(),
                organization_id: None,
            },
        }
    }
}
/// Operations of the `Organization` group; see [`Client::organization`].
#[cfg(feature = "organization")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization")]
impl OrganizationApi<'_> {
    /// Create Organization
    ///
    /// Create an organization and add the current user as admin.
    ///
    /// Spec: `POST /v1/organizations` (`createOrganization`)
    #[doc(alias = "createOrganization")]
    pub fn create(&self) -> CreateOrganization {
        CreateOrganization {
            client: self.client.clone(),
            body: types::CreateOrganizationBody {
                name: None,
                slug: None,
            },
        }
    }
    /// Get Organization
    ///
    /// Retrieve all properties of an organization that the current user is member of.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}` (`getOrganization`)
    #[doc(alias = "getOrganization")]
    pub fn get(&self, organization_id: impl Into<String>) -> GetOrganization {
        GetOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Delete Organization
    ///
    /// Delete the given organization.
    ///
    /// The current user must be an admin in the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organization_id}` (`deleteOrganization`)
    #[doc(alias = "deleteOrganization")]
    pub fn delete(&self, organization_id: impl Into<String>) -> DeleteOrganization {
        DeleteOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Update Organization
    ///
    /// Update the given properties of an organization.
    ///
    /// The current user must be an admin in the organization.
    ///
    /// Spec: `PATCH /v1/organizations/{organization_id}` (`updateOrganization`)
    #[doc(alias = "updateOrganization")]
    pub fn update(&self, organization_id: impl Into<String>) -> UpdateOrganization {
        UpdateOrganization {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::UpdateOrganizationBody {
                name: None,
                slug: None,
            },
        }
    }
    /// Update Organization Logo
    ///
    /// Update the organization logo.
    ///
    /// The current user must be an admin in the organization.
    ///
    /// Spec: `PUT /v1/organizations/{organization_id}/logo` (`updateOrganizationLogo`)
    #[doc(alias = "updateOrganizationLogo")]
    pub fn update_logo(
        &self,
        organization_id: impl Into<String>,
    ) -> UpdateOrganizationLogo {
        UpdateOrganizationLogo {
            client: self.client.clone(),
            organization_id: organization_id.into(),
            body: types::UpdateOrganizationLogoBody {
                file: None,
            },
        }
    }
    /// Delete Organization Logo
    ///
    /// Delete the organization logo.
    ///
    /// The current user must be an admin in the organization.
    ///
    /// Spec: `DELETE /v1/organizations/{organization_id}/logo` (`deleteOrganizationLogo`)
    #[doc(alias = "deleteOrganizationLogo")]
    pub fn delete_logo(
        &self,
        organization_id: impl Into<String>,
    ) -> DeleteOrganizationLogo {
        DeleteOrganizationLogo {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
}
/// Operations of the `Organization Creation Defaults` group; see [`Client::organization_creation_defaults`].
#[cfg(feature = "organization-creation-defaults")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationCreationDefaultsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organization-creation-defaults")]
impl OrganizationCreationDefaultsApi<'_> {
    /// Get organization creation defaults
    ///
    /// Get suggested organization name and other defaults for creating a new organization.
    /// Returns suggestions based on the user's email domain or configured naming templates.
    ///
    /// Spec: `GET /v1/me/organization_creation_defaults` (`getOrganizationCreationDefaults`)
    #[doc(alias = "getOrganizationCreationDefaults")]
    pub fn get(&self) -> GetOrganizationCreationDefaults {
        GetOrganizationCreationDefaults {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `Organizations Memberships` group; see [`Client::organizations_memberships`].
#[cfg(feature = "organizations-memberships")]
#[derive(Clone, Copy, Debug)]
pub struct OrganizationsMembershipsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "organizations-memberships")]
impl OrganizationsMembershipsApi<'_> {
    /// Get Organization Memberships
    ///
    /// Get a list of the organization memberships of the current user.
    ///
    /// Spec: `GET /v1/me/organization_memberships` (`getOrganizationMemberships`)
    #[doc(alias = "getOrganizationMemberships")]
    pub fn get_organization_memberships(&self) -> GetOrganizationMemberships {
        GetOrganizationMemberships {
            client: self.client.clone(),
            limit: None,
            offset: None,
            paginated: None,
        }
    }
    /// Delete Organization Membership
    ///
    /// Delete the membership of the given organization.
    ///
    /// Spec: `DELETE /v1/me/organization_memberships/{organization_id}` (`deleteOrganizationMemberships`)
    #[doc(alias = "deleteOrganizationMemberships")]
    pub fn delete_organization_memberships(
        &self,
        organization_id: impl Into<String>,
    ) -> DeleteOrganizationMemberships {
        DeleteOrganizationMemberships {
            client: self.client.clone(),
            organization_id: organization_id.into(),
        }
    }
    /// Get Current User's Organization Invitations
    ///
    /// Get a list of the organization invitations of the current user.
    ///
    /// Spec: `GET /v1/me/organization_invitations` (`getUsersOrganizationInvitations`)
    #[doc(alias = "getUsersOrganizationInvitations")]
    pub fn get_users_organization_invitations(&self) -> GetUsersOrganizationInvitations {
        GetUsersOrganizationInvitations {
            client: self.client.clone(),
            limit: None,
            offset: None,
            status: None,
        }
    }
    /// Accept Organization invitation
    ///
    /// Accept an organization invitation for the current user.
    ///
    /// Spec: `POST /v1/me/organization_invitations/{invitation_id}/accept` (`acceptOrganizationInvitation`)
    #[doc(alias = "acceptOrganizationInvitation")]
    pub fn accept_organization_invitation(
        &self,
        invitation_id: impl Into<String>,
    ) -> AcceptOrganizationInvitation {
        AcceptOrganizationInvitation {
            client: self.client.clone(),
            invitation_id: invitation_id.into(),
        }
    }
    /// Get Organization Suggestions
    ///
    /// Get a list of the organization suggestions of the current user.
    ///
    /// Spec: `GET /v1/me/organization_suggestions` (`getOrganizationSuggestions`)
    #[doc(alias = "getOrganizationSuggestions")]
    pub fn get_organization_suggestions(&self) -> GetOrganizationSuggestions {
        GetOrganizationSuggestions {
            client: self.client.clone(),
            limit: None,
            offset: None,
            status: None,
        }
    }
    /// Accept Organization Suggestion
    ///
    /// Accept an organization suggestion for the current user.
    ///
    /// Spec: `POST /v1/me/organization_suggestions/{suggestion_id}/accept` (`acceptOrganizationSuggestion`)
    #[doc(alias = "acceptOrganizationSuggestion")]
    pub fn accept_organization_suggestion(
        &self,
        suggestion_id: impl Into<String>,
    ) -> AcceptOrganizationSuggestion {
        AcceptOrganizationSuggestion {
            client: self.client.clone(),
            suggestion_id: suggestion_id.into(),
        }
    }
}
/// Operations of the `Passkeys` group; see [`Client::passkeys`].
#[cfg(feature = "passkeys")]
#[derive(Clone, Copy, Debug)]
pub struct PasskeysApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "passkeys")]
impl PasskeysApi<'_> {
    /// Create Passkey
    ///
    /// Create a new passkey.
    ///
    /// Spec: `POST /v1/me/passkeys` (`postPasskey`)
    #[doc(alias = "postPasskey")]
    pub fn post(&self) -> PostPasskey {
        PostPasskey {
            client: self.client.clone(),
            clerk_session_id: None,
            origin: None,
            x_original_host: None,
        }
    }
    /// Get Passkey
    ///
    /// Retrieve all properties associated with a specific passkey.
    ///
    /// Spec: `GET /v1/me/passkeys/{passkey_id}` (`readPasskey`)
    #[doc(alias = "readPasskey")]
    pub fn read(&self, passkey_id: impl Into<String>) -> ReadPasskey {
        ReadPasskey {
            client: self.client.clone(),
            passkey_id: passkey_id.into(),
        }
    }
    /// Delete Passkey
    ///
    /// Delete a passkey by ID.
    ///
    /// Spec: `DELETE /v1/me/passkeys/{passkey_id}` (`deletePasskey`)
    #[doc(alias = "deletePasskey")]
    pub fn delete(&self, passkey_id: impl Into<String>) -> DeletePasskey {
        DeletePasskey {
            client: self.client.clone(),
            passkey_id: passkey_id.into(),
        }
    }
    /// Update Passkey
    ///
    /// Update properties of a specific passkey.
    ///
    /// Spec: `PATCH /v1/me/passkeys/{passkey_id}` (`patchPasskey`)
    #[doc(alias = "patchPasskey")]
    pub fn patch(&self, passkey_id: impl Into<String>) -> PatchPasskey {
        PatchPasskey {
            client: self.client.clone(),
            passkey_id: passkey_id.into(),
            body: types::PatchPasskeyBody {
                name: None,
            },
        }
    }
    /// Attempt Passkey Verification
    ///
    /// Attempts to verify the provided passkey.
    ///
    /// Spec: `POST /v1/me/passkeys/{passkey_id}/attempt_verification` (`attemptPasskeyVerification`)
    #[doc(alias = "attemptPasskeyVerification")]
    pub fn attempt_verification(
        &self,
        passkey_id: impl Into<String>,
    ) -> AttemptPasskeyVerification {
        AttemptPasskeyVerification {
            client: self.client.clone(),
            passkey_id: passkey_id.into(),
            origin: None,
            body: types::AttemptPasskeyVerificationBody {
                strategy: None,
                public_key_credential: None,
            },
        }
    }
}
/// Operations of the `Phone Numbers` group; see [`Client::phone_numbers`].
#[cfg(feature = "phone-numbers")]
#[derive(Clone, Copy, Debug)]
pub struct PhoneNumbersApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "phone-numbers")]
impl PhoneNumbersApi<'_> {
    /// Get Phone Numbers
    ///
    /// Retrieve all phone numbers associated with the current user.
    ///
    /// Spec: `GET /v1/me/phone_numbers` (`getPhoneNumbers`)
    #[doc(alias = "getPhoneNumbers")]
    pub fn get(&self) -> GetPhoneNumbers {
        GetPhoneNumbers {
            client: self.client.clone(),
            clerk_session_id: None,
        }
    }
    /// Create Phone Number
    ///
    /// Add a phone number to the current user. The phone number then needs to be verified using the sms `prepare_verification` and `attempt_verification` endpoints.
    ///
    /// Spec: `POST /v1/me/phone_numbers` (`postPhoneNumbers`)
    #[doc(alias = "postPhoneNumbers")]
    pub fn post(&self, phone_number: impl Into<String>) -> PostPhoneNumbers {
        PostPhoneNumbers {
            client: self.client.clone(),
            clerk_session_id: None,
            body: types::PostPhoneNumbersBody {
                phone_number: phone_number.into(),
                reserved_for_second_factor: None,
            },
        }
    }
    /// Attempt Phone Number Verification
    ///
    /// Attempt to verify the given phone number using the code sent during the `prepare_verification` step.
    ///
    /// Spec: `POST /v1/me/phone_numbers/{phone_number_id}/attempt_verification` (`verifyPhoneNumber`)
    #[doc(alias = "verifyPhoneNumber")]
    pub fn verify(
        &self,
        phone_number_id: impl Into<String>,
        code: impl Into<String>,
    ) -> VerifyPhoneNumber {
        VerifyPhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            clerk_session_id: None,
            body: types::VerifyPhoneNumberBody {
                code: code.into(),
            },
        }
    }
    /// Prepare Phone Number Verification
    ///
    /// Sends an SMS to the phone number with the code needed to verify it.
    ///
    /// Spec: `POST /v1/me/phone_numbers/{phone_number_id}/prepare_verification` (`sendVerificationSMS`)
    #[doc(alias = "sendVerificationSMS")]
    pub fn send_verification_sms(
        &self,
        phone_number_id: impl Into<String>,
    ) -> SendVerificationSms {
        SendVerificationSms {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            clerk_session_id: None,
            body: types::SendVerificationSmsBody {
                strategy: Default::default(),
                proof_token: None,
            },
        }
    }
    /// Retrieve Phone Number
    ///
    /// Retrieve all properties for the given phone number.
    ///
    /// Spec: `GET /v1/me/phone_numbers/{phone_number_id}` (`ReadPhoneNumber`)
    #[doc(alias = "ReadPhoneNumber")]
    pub fn read(&self, phone_number_id: impl Into<String>) -> ReadPhoneNumber {
        ReadPhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            clerk_session_id: None,
        }
    }
    /// Delete Phone Number
    ///
    /// Deletes the phone number with the given ID.
    ///
    /// Spec: `DELETE /v1/me/phone_numbers/{phone_number_id}` (`DeletePhoneNumber`)
    #[doc(alias = "DeletePhoneNumber")]
    pub fn delete(&self, phone_number_id: impl Into<String>) -> DeletePhoneNumber {
        DeletePhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            clerk_session_id: None,
        }
    }
    /// Update Phone Number
    ///
    /// Update the properties of the given phone number.
    ///
    /// Spec: `PATCH /v1/me/phone_numbers/{phone_number_id}` (`UpdatePhoneNumber`)
    #[doc(alias = "UpdatePhoneNumber")]
    pub fn update(&self, phone_number_id: impl Into<String>) -> UpdatePhoneNumber {
        UpdatePhoneNumber {
            client: self.client.clone(),
            phone_number_id: phone_number_id.into(),
            clerk_session_id: None,
            body: types::UpdatePhoneNumberBody {
                reserved_for_second_factor: None,
                default_second_factor: None,
            },
        }
    }
}
/// Operations of the `Redirect` group; see [`Client::redirect`].
#[cfg(feature = "redirect")]
#[derive(Clone, Copy, Debug)]
pub struct RedirectApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "redirect")]
impl RedirectApi<'_> {
    /// Redirect to a validated URL
    ///
    /// Validates and redirects to a safe URL. If no URL is provided, redirects to a default URL.
    ///
    /// Spec: `GET /v1/redirect` (`redirectToUrl`)
    #[doc(alias = "redirectToUrl")]
    pub fn to_url(&self) -> RedirectToUrl {
        RedirectToUrl {
            client: self.client.clone(),
            redirect_url: None,
        }
    }
}
/// Operations of the `Roles` group; see [`Client::roles`].
#[cfg(feature = "roles")]
#[derive(Clone, Copy, Debug)]
pub struct RolesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "roles")]
impl RolesApi<'_> {
    /// Get Organization Roles
    ///
    /// Retrieve a list of all roles of an organization.
    ///
    /// Spec: `GET /v1/organizations/{organization_id}/roles` (`ListOrganizationRoles`)
    #[doc(alias = "ListOrganizationRoles")]
    pub fn list_organization(
        &self,
        organization_id: impl Into<String>,
    ) -> ListOrganizationRoles {
        ListOrganizationRoles {
            client: self.client.clone(),
            limit: None,
            offset: None,
            organization_id: organization_id.into(),
        }
    }
}
/// Operations of the `SAML` group; see [`Client::saml`].
#[cfg(feature = "saml")]
#[derive(Clone, Copy, Debug)]
pub struct SamlApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "saml")]
impl SamlApi<'_> {
    /// SAML Metadata
    ///
    /// The Service Provider's SAML metadata
    ///
    /// Spec: `GET /v1/saml/metadata/{saml_connection_id}.xml` (`samlMetadata`)
    #[doc(alias = "samlMetadata")]
    pub fn metadata(&self, saml_connection_id: impl Into<String>) -> SamlMetadata {
        SamlMetadata {
            client: self.client.clone(),
            saml_connection_id: saml_connection_id.into(),
        }
    }
    /// SAML ACS
    ///
    /// The SAML Assertion Consumer Service (ACS) endpoint, which processes SAML Responses by the IdP.
    ///
    /// Spec: `POST /v1/saml/acs/{saml_connection_id}` (`acs`)
    pub fn acs(&self, saml_connection_id: impl Into<String>) -> Acs {
        Acs {
            client: self.client.clone(),
            saml_connection_id: saml_connection_id.into(),
        }
    }
}
/// Operations of the `Sessions` group; see [`Client::sessions`].
#[cfg(feature = "sessions")]
#[derive(Clone, Copy, Debug)]
pub struct SessionsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sessions")]
impl SessionsApi<'_> {
    /// Remove client's sessions
    ///
    /// Removes all the sessions of the current client without removing the __client cookie
    ///
    /// Spec: `DELETE /v1/client/sessions` (`removeClientSessionsAndRetainCookie`)
    #[doc(alias = "removeClientSessionsAndRetainCookie")]
    pub fn remove_client_and_retain_cookie(
        &self,
    ) -> RemoveClientSessionsAndRetainCookie {
        RemoveClientSessionsAndRetainCookie {
            client: self.client.clone(),
        }
    }
    /// Get Session
    ///
    /// Returns the session with the given id
    ///
    /// Spec: `GET /v1/client/sessions/{session_id}` (`getSession`)
    #[doc(alias = "getSession")]
    pub fn get(&self, session_id: impl Into<String>) -> GetSession {
        GetSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Touch session
    ///
    /// Specify the active session for the client.
    ///
    /// When force organization selection is enabled and `active_organization_id` is sent as null or empty string,
    /// the session will keep the previous active organization and will not attempt to switch to a personal account.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/touch` (`touchSession`)
    #[doc(alias = "touchSession")]
    pub fn touch(&self, session_id: impl Into<String>) -> TouchSession {
        TouchSession {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::TouchSessionBody {
                active_organization_id: None,
                intent: None,
            },
        }
    }
    /// End Session
    ///
    /// Marks the given session as ended.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/end` (`endSession`)
    #[doc(alias = "endSession")]
    pub fn end(&self, session_id: impl Into<String>) -> EndSession {
        EndSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Remove Session
    ///
    /// Delete the given session.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/remove` (`removeSession`)
    #[doc(alias = "removeSession")]
    pub fn remove(&self, session_id: impl Into<String>) -> RemoveSession {
        RemoveSession {
            client: self.client.clone(),
            session_id: session_id.into(),
        }
    }
    /// Create Session Token
    ///
    /// Create a session JWT for the authenticated requested user.
    ///
    /// When force organization selection is enabled and `organization_id` is sent as null or empty string,
    /// the token will be created with the previous active organization and will not attempt to switch to a personal account.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/tokens` (`createSessionToken`)
    #[doc(alias = "createSessionToken")]
    pub fn create_token(&self, session_id: impl Into<String>) -> CreateSessionToken {
        CreateSessionToken {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::CreateSessionTokenBody {
                organization_id: None,
            },
        }
    }
    /// Create Session Token With JWT Template
    ///
    /// Create a session JWT for the authenticated requested user.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/tokens/{template_name}` (`createSessionTokenWithTemplate`)
    #[doc(alias = "createSessionTokenWithTemplate")]
    pub fn create_token_with_template(
        &self,
        session_id: impl Into<String>,
        template_name: impl Into<String>,
    ) -> CreateSessionTokenWithTemplate {
        CreateSessionTokenWithTemplate {
            client: self.client.clone(),
            session_id: session_id.into(),
            template_name: template_name.into(),
        }
    }
    /// Start a new session reverification
    ///
    /// Start a new session reverification flow by providing a verification level.
    ///
    /// If the requested level equals 'secondFactor' or 'multiFactor' and the associated user
    /// doesn't have any available second factor, then we fall back to 'firstFactor'
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/verify` (`startSessionReverification`)
    #[doc(alias = "startSessionReverification")]
    pub fn start_reverification(
        &self,
        session_id: impl Into<String>,
        level: impl Into<types::StartSessionReverificationBodyLevel>,
    ) -> StartSessionReverification {
        StartSessionReverification {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::StartSessionReverificationBody {
                level: level.into(),
            },
        }
    }
    /// Prepare session reverification first factor
    ///
    /// Prepare the first factor verification.
    /// Depending on the strategy, this request will do something different.
    ///
    /// Parameter actions:
    /// If the strategy equals email_code then this request will send an email with an OTP code.
    /// If the strategy equals phone_code then this request will send an SMS with an OTP code.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/verify/prepare_first_factor` (`prepareSessionReverificationFirstFactor`)
    #[doc(alias = "prepareSessionReverificationFirstFactor")]
    pub fn prepare_reverification_first_factor(
        &self,
        session_id: impl Into<String>,
    ) -> PrepareSessionReverificationFirstFactor {
        PrepareSessionReverificationFirstFactor {
            client: self.client.clone(),
            origin: None,
            session_id: session_id.into(),
            body: types::PrepareSessionReverificationFirstFactorBody {
                strategy: None,
                email_address_id: None,
                phone_number_id: None,
                proof_token: None,
            },
        }
    }
    /// Attempt session reverification first factor
    ///
    /// Attempt the first factor verification.
    /// Requires the first factor verification to be prepared, unless you're using a password.
    ///
    /// Parameter rules:
    /// If the strategy equals `email_code` then a code is required.
    /// If the strategy equals `password` then a password is required.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/verify/attempt_first_factor` (`attemptSessionReverificationFirstFactor`)
    #[doc(alias = "attemptSessionReverificationFirstFactor")]
    pub fn attempt_reverification_first_factor(
        &self,
        session_id: impl Into<String>,
        strategy: impl Into<types::AttemptSessionReverificationFirstFactorBodyStrategy>,
    ) -> AttemptSessionReverificationFirstFactor {
        AttemptSessionReverificationFirstFactor {
            client: self.client.clone(),
            origin: None,
            session_id: session_id.into(),
            body: types::AttemptSessionReverificationFirstFactorBody {
                strategy: strategy.into(),
                code: None,
                password: None,
                public_key_credential: None,
            },
        }
    }
    /// Prepare session reverification second factor
    ///
    /// Prepare the second factor verification.
    /// Requires the `status` to be equal to `needs_second_factor`.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/verify/prepare_second_factor` (`prepareSessionReverificationSecondFactor`)
    #[doc(alias = "prepareSessionReverificationSecondFactor")]
    pub fn prepare_reverification_second_factor(
        &self,
        session_id: impl Into<String>,
    ) -> PrepareSessionReverificationSecondFactor {
        PrepareSessionReverificationSecondFactor {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::PrepareSessionReverificationSecondFactorBody {
                strategy: None,
                phone_number_id: None,
                proof_token: None,
            },
        }
    }
    /// Attempt session reverification second factor
    ///
    /// Attempt the second factor verification.
    /// Requires the `status` to be equal to `needs_second_factor` and for the preparation step to have been called.
    ///
    /// Spec: `POST /v1/client/sessions/{session_id}/verify/attempt_second_factor` (`attemptSessionReverificationSecondFactor`)
    #[doc(alias = "attemptSessionReverificationSecondFactor")]
    pub fn attempt_reverification_second_factor(
        &self,
        session_id: impl Into<String>,
    ) -> AttemptSessionReverificationSecondFactor {
        AttemptSessionReverificationSecondFactor {
            client: self.client.clone(),
            session_id: session_id.into(),
            body: types::AttemptSessionReverificationSecondFactorBody {
                strategy: None,
                code: None,
            },
        }
    }
}
/// Operations of the `Sign Ins` group; see [`Client::sign_ins`].
#[cfg(feature = "sign-ins")]
#[derive(Clone, Copy, Debug)]
pub struct SignInsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sign-ins")]
impl SignInsApi<'_> {
    /// Create a new Sign In or replace the current one.
    ///
    /// Creates or replaces the current Sign in object.
    /// In order to authenticate a Sign in in as few requests as possible,
    /// you can pass in parameters to this request that can identify and verify the Sign in.
    ///
    /// Parameter rules:
    ///
    /// If the strategy equals `phone_code`, `email_code`, `web3_[provider]_signature`, `reset_password_code` or `reset_password_phone_code` then an identifier is required.
    ///
    /// If the strategy equals `email_link` then an identifier is required and optionally redirect_url can be supplied.
    ///
    /// If the strategy equals `password` then both an identifier and a password is required.
    ///
    /// If the strategy equals `oauth_[provider]` or `saml` then a redirect_url is required, and an action_complete_redirect_url is optional.
    ///
    /// If the strategy equals `oauth_token_[provider]` then at least one of code (grant code) or token (openID token) is required. Passing only the token will probably retrieve minimal information about the user from the OAuth provider. You can pass both code and token for the best results.
    ///
    /// If the strategy equals `ticket` then ticket is required.
    ///
    /// If the strategy equals `passkey` then no identifier is provided.
    ///
    /// If the strategy equals `trusted_device` then trusted_device_id is required.
    ///
    /// If the strategy equals `google_one_tap` then token is required.
    ///
    /// Spec: `POST /v1/client/sign_ins` (`createSignIn`)
    #[doc(alias = "createSignIn")]
    pub fn create(&self) -> CreateSignIn {
        CreateSignIn {
            client: self.client.clone(),
            origin: None,
            body: types::CreateSignInBody {
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
            },
        }
    }
    /// Retrieve sign-in
    ///
    /// Returns the sign-in with the given ID.
    /// The sign in is returned only if it belongs to the requesting client and is not abandoned.
    ///
    /// Spec: `GET /v1/client/sign_ins/{sign_in_id}` (`getSignIn`)
    #[doc(alias = "getSignIn")]
    pub fn get(&self, sign_in_id: impl Into<String>) -> GetSignIn {
        GetSignIn {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
        }
    }
    /// Reset password on sign-in
    ///
    /// Reset password on sign-in.
    ///
    /// Spec: `POST /v1/client/sign_ins/{sign_in_id}/reset_password` (`resetPassword`)
    #[doc(alias = "resetPassword")]
    pub fn reset_password(
        &self,
        sign_in_id: impl Into<String>,
        password: impl Into<String>,
    ) -> ResetPassword {
        ResetPassword {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
            body: types::ResetPasswordBody {
                password: password.into(),
                sign_out_of_other_sessions: None,
            },
        }
    }
    /// Prepare First Factor Verification
    ///
    /// Prepares the verification object for the identified Sign in.
    /// This step authenticates that the user is who they say they are.
    /// Depending on the strategy, this request will do something different.
    ///
    /// Parameter actions:
    /// If the strategy equals email_code then this request will send an email with an OTP code.
    /// If the strategy equals phone_code then this request will send an SMS with an OTP code.
    /// If the strategy equals oauth_[provider] then this request generate a URL that the User needs to visit in order to authenticate.
    /// If the strategy equals passkey then this request will begin the passkey registration flow.
    /// If the strategy equals trusted_device then this request will issue a trusted-device sign-in challenge.
    ///
    /// Parameter rules:
    /// If the strategy equals `oauth_[provider]` then a redirect_url is required, and an action_complete_redirect_url is optional.
    ///
    /// Spec: `POST /v1/client/sign_ins/{sign_in_id}/prepare_first_factor` (`prepareSignInFactorOne`)
    #[doc(alias = "prepareSignInFactorOne")]
    pub fn prepare_factor_one(
        &self,
        sign_in_id: impl Into<String>,
        strategy: impl Into<String>,
    ) -> PrepareSignInFactorOne {
        PrepareSignInFactorOne {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
            origin: None,
            body: types::PrepareSignInFactorOneBody {
                strategy: strategy.into(),
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
            },
        }
    }
    /// Attempt First Factor Verification
    ///
    /// Attempt the first verification.
    /// Requires the sign in attempt to be identified, and the first factor verification to be prepared, unless you're using a password.
    ///
    /// Parameter rules:
    /// If the strategy equals `email_code` or `phone_code` then a code is required.
    /// If the strategy equals `password` then a password is required.
    /// If the strategy equals `trusted_device` then trusted_device_id, client_data, signature and algorithm are required.
    ///
    /// Spec: `POST /v1/client/sign_ins/{sign_in_id}/attempt_first_factor` (`attemptSignInFactorOne`)
    #[doc(alias = "attemptSignInFactorOne")]
    pub fn attempt_factor_one(
        &self,
        sign_in_id: impl Into<String>,
        strategy: impl Into<String>,
    ) -> AttemptSignInFactorOne {
        AttemptSignInFactorOne {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
            origin: None,
            body: types::AttemptSignInFactorOneBody {
                strategy: strategy.into(),
                code: None,
                password: None,
                signature: None,
                token: None,
                ticket: None,
                public_key_credential: None,
                trusted_device_id: None,
                client_data: None,
                algorithm: None,
            },
        }
    }
    /// Prepare Second Factor Verification
    ///
    /// Prepare the second verification.
    /// Requires the sign in attempt `status` to be equal to `needs_second_factor` or `needs_client_trust`.
    ///
    /// Spec: `POST /v1/client/sign_ins/{sign_in_id}/prepare_second_factor` (`prepareSignInFactorTwo`)
    #[doc(alias = "prepareSignInFactorTwo")]
    pub fn prepare_factor_two(
        &self,
        sign_in_id: impl Into<String>,
    ) -> PrepareSignInFactorTwo {
        PrepareSignInFactorTwo {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
            body: types::PrepareSignInFactorTwoBody {
                strategy: None,
                phone_number_id: None,
                proof_token: None,
                email_address_id: None,
                redirect_url: None,
            },
        }
    }
    /// Attempt Second Factor Verification
    ///
    /// Attempt the second verification.
    /// Requires the sign in attempt `status` to be equal to `needs_second_factor` or `needs_client_trust`, and for the preparation step to have been called.
    ///
    /// Spec: `POST /v1/client/sign_ins/{sign_in_id}/attempt_second_factor` (`attemptSignInFactorTwo`)
    #[doc(alias = "attemptSignInFactorTwo")]
    pub fn attempt_factor_two(
        &self,
        sign_in_id: impl Into<String>,
    ) -> AttemptSignInFactorTwo {
        AttemptSignInFactorTwo {
            client: self.client.clone(),
            sign_in_id: sign_in_id.into(),
            body: types::AttemptSignInFactorTwoBody {
                strategy: None,
                code: None,
            },
        }
    }
    /// Accept ticket
    ///
    /// Parses a ticket JWT and performs the necessary actions depending on the ticket's source type.
    /// Depending on the ticket source type, a successful response can either redirect to a new location
    /// with the ticket in the query string, or respond directly with a text/html content type for the response body.
    ///
    /// Spec: `GET /v1/tickets/accept` (`acceptTicket`)
    #[doc(alias = "acceptTicket")]
    pub fn accept_ticket(&self, ticket: impl Into<String>) -> AcceptTicket {
        AcceptTicket {
            client: self.client.clone(),
            ticket: ticket.into(),
        }
    }
    /// Attempt Email Link Verification
    ///
    /// Attempt to verify a verification with email_link strategy.
    ///
    /// Spec: `GET /v1/verify` (`verify`)
    pub fn verify(&self, token: impl Into<String>) -> Verify {
        Verify {
            client: self.client.clone(),
            token: token.into(),
        }
    }
}
/// Operations of the `Sign Ups` group; see [`Client::sign_ups`].
#[cfg(feature = "sign-ups")]
#[derive(Clone, Copy, Debug)]
pub struct SignUpsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "sign-ups")]
impl SignUpsApi<'_> {
    /// Create Sign-up
    ///
    /// Creates or replaces the sign-up on the current Client object.
    ///
    /// Spec: `POST /v1/client/sign_ups` (`createSignUps`)
    #[doc(alias = "createSignUps")]
    pub fn create(&self) -> CreateSignUps {
        CreateSignUps {
            client: self.client.clone(),
            origin: None,
            body: types::CreateSignUpsBody {
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
            },
        }
    }
    /// Get Sign-up
    ///
    /// Returns the sign-up by ID. Must be associated with the current Client object.
    ///
    /// Spec: `GET /v1/client/sign_ups/{sign_up_id}` (`getSignUps`)
    #[doc(alias = "getSignUps")]
    pub fn get(&self, sign_up_id: impl Into<String>) -> GetSignUps {
        GetSignUps {
            client: self.client.clone(),
            sign_up_id: sign_up_id.into(),
        }
    }
    /// Update Sign-up
    ///
    /// Updates the sign-up object specified by ID, with the supplied parameters.
    ///
    /// Spec: `PATCH /v1/client/sign_ups/{sign_up_id}` (`updateSignUps`)
    #[doc(alias = "updateSignUps")]
    pub fn update(&self, sign_up_id: impl Into<String>) -> UpdateSignUps {
        UpdateSignUps {
            client: self.client.clone(),
            sign_up_id: sign_up_id.into(),
            origin: None,
            body: types::UpdateSignUpsBody {
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
            },
        }
    }
    /// Prepare Sign-up Identification Verification
    ///
    /// Prepares verification for the sign-up specified by `{id}`.
    ///
    /// Depending on the given strategy, the API will prepare the verification for the current sign-up.
    /// In particular,
    /// * for `email_code`, the API will send a verification email to the email address currently load up in the sign-up
    /// * for `phone_code`, the API will send a verification SMS to the phone number currently load up in the sign-up
    ///
    /// Spec: `POST /v1/client/sign_ups/{sign_up_id}/prepare_verification` (`prepareSignUpsVerification`)
    #[doc(alias = "prepareSignUpsVerification")]
    pub fn prepare_verification(
        &self,
        sign_up_id: impl Into<String>,
    ) -> PrepareSignUpsVerification {
        PrepareSignUpsVerification {
            client: self.client.clone(),
            sign_up_id: sign_up_id.into(),
            origin: None,
            body: types::PrepareSignUpsVerificationBody {
                strategy: None,
                redirect_url: None,
                action_complete_redirect_url: None,
                oidc_login_hint: None,
                oidc_prompt: None,
                proof_token: None,
            },
        }
    }
    /// Attempt Sign-up Identification Verification
    ///
    /// Attempts to verify the identification that corresponds to the given strategy using the given verification code.
    ///
    /// Spec: `POST /v1/client/sign_ups/{sign_up_id}/attempt_verification` (`attemptSignUpsVerification`)
    #[doc(alias = "attemptSignUpsVerification")]
    pub fn attempt_verification(
        &self,
        sign_up_id: impl Into<String>,
    ) -> AttemptSignUpsVerification {
        AttemptSignUpsVerification {
            client: self.client.clone(),
            sign_up_id: sign_up_id.into(),
            origin: None,
            body: types::AttemptSignUpsVerificationBody {
                strategy: None,
                code: None,
                signature: None,
                token: None,
            },
        }
    }
}
/// Operations of the `TOTP` group; see [`Client::totp`].
#[cfg(feature = "totp")]
#[derive(Clone, Copy, Debug)]
pub struct TotpApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "totp")]
impl TotpApi<'_> {
    /// Create TOTP
    ///
    /// Initializes TOTP by generating a new secret. This then needs to be added to an authenticator app and verified. A user can have only one TOTP secret and this endpoint will return an error if it is already present.
    ///
    /// Spec: `POST /v1/me/totp` (`postTOTP`)
    #[doc(alias = "postTOTP")]
    pub fn post(&self) -> PostTotp {
        PostTotp {
            client: self.client.clone(),
        }
    }
    /// Delete TOTP
    ///
    /// Deletes the current TOTP secret. This will invalidate all authenticators that where previously added.
    ///
    /// Spec: `DELETE /v1/me/totp` (`deleteTOTP`)
    #[doc(alias = "deleteTOTP")]
    pub fn delete(&self) -> DeleteTotp {
        DeleteTotp {
            client: self.client.clone(),
        }
    }
    /// Attempt TOTP Verification
    ///
    /// Attempts to verify the TOTP secret previously created using a code from an authenticator.
    ///
    /// Spec: `POST /v1/me/totp/attempt_verification` (`verifyTOTP`)
    #[doc(alias = "verifyTOTP")]
    pub fn verify(&self) -> VerifyTotp {
        VerifyTotp {
            client: self.client.clone(),
            body: types::VerifyTotpBody {
                code: None,
            },
        }
    }
}
/// Operations of the `Trusted Devices` group; see [`Client::trusted_devices`].
#[cfg(feature = "trusted-devices")]
#[derive(Clone, Copy, Debug)]
pub struct TrustedDevicesApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "trusted-devices")]
impl TrustedDevicesApi<'_> {
    /// Validate Trusted Device Sign-In Credential
    ///
    /// Validates that a local trusted-device credential can be used by the current native client.
    ///
    /// Spec: `POST /v1/client/trusted_devices/validate` (`validateTrustedDevice`)
    #[doc(alias = "validateTrustedDevice")]
    pub fn validate(
        &self,
        trusted_device_id: impl Into<String>,
    ) -> ValidateTrustedDevice {
        ValidateTrustedDevice {
            client: self.client.clone(),
            body: types::ValidateTrustedDeviceBody {
                trusted_device_id: trusted_device_id.into(),
            },
        }
    }
    /// List Trusted Devices
    ///
    /// Retrieve active trusted-device credentials associated with the current user.
    ///
    /// Spec: `GET /v1/me/trusted_devices` (`listTrustedDevices`)
    #[doc(alias = "listTrustedDevices")]
    pub fn list(&self) -> ListTrustedDevices {
        ListTrustedDevices {
            client: self.client.clone(),
        }
    }
    /// Prepare Trusted Device Enrollment
    ///
    /// Issues a one-time challenge for enrolling a native trusted-device credential.
    ///
    /// Spec: `POST /v1/me/trusted_devices/prepare` (`prepareTrustedDevice`)
    #[doc(alias = "prepareTrustedDevice")]
    pub fn prepare(
        &self,
        platform: impl Into<types::PrepareTrustedDeviceBodyPlatform>,
        app_identifier: impl Into<String>,
        public_key_jwk: impl Into<String>,
    ) -> PrepareTrustedDevice {
        PrepareTrustedDevice {
            client: self.client.clone(),
            body: types::PrepareTrustedDeviceBody {
                platform: platform.into(),
                app_identifier: app_identifier.into(),
                name: None,
                algorithm: Default::default(),
                public_key_jwk: public_key_jwk.into(),
            },
        }
    }
    /// Attempt Trusted Device Enrollment
    ///
    /// Verifies a signed enrollment challenge and creates a trusted-device credential.
    ///
    /// Spec: `POST /v1/me/trusted_devices/attempt` (`attemptTrustedDevice`)
    #[doc(alias = "attemptTrustedDevice")]
    pub fn attempt(
        &self,
        platform: impl Into<types::AttemptTrustedDeviceBodyPlatform>,
        app_identifier: impl Into<String>,
        public_key_jwk: impl Into<String>,
        client_data: impl Into<String>,
        signature: impl Into<String>,
    ) -> AttemptTrustedDevice {
        AttemptTrustedDevice {
            client: self.client.clone(),
            body: types::AttemptTrustedDeviceBody {
                platform: platform.into(),
                app_identifier: app_identifier.into(),
                name: None,
                algorithm: Default::default(),
                public_key_jwk: public_key_jwk.into(),
                client_data: client_data.into(),
                signature: signature.into(),
            },
        }
    }
    /// Revoke Trusted Device
    ///
    /// Revokes a trusted-device credential so it can no longer authenticate.
    ///
    /// Spec: `DELETE /v1/me/trusted_devices/{trusted_device_id}` (`revokeTrustedDevice`)
    #[doc(alias = "revokeTrustedDevice")]
    pub fn revoke(&self, trusted_device_id: impl Into<String>) -> RevokeTrustedDevice {
        RevokeTrustedDevice {
            client: self.client.clone(),
            trusted_device_id: trusted_device_id.into(),
        }
    }
}
/// Operations of the `User` group; see [`Client::user`].
#[cfg(feature = "user")]
#[derive(Clone, Copy, Debug)]
pub struct UserApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "user")]
impl UserApi<'_> {
    /// Get User
    ///
    /// Returns all attributes of the current user.
    ///
    /// Spec: `GET /v1/me` (`getUser`)
    #[doc(alias = "getUser")]
    pub fn get(&self) -> GetUser {
        GetUser {
            client: self.client.clone(),
        }
    }
    /// Delete User
    ///
    /// Delete the current user.
    ///
    /// Spec: `DELETE /v1/me` (`deleteUser`)
    #[doc(alias = "deleteUser")]
    pub fn delete(&self) -> DeleteUser {
        DeleteUser {
            client: self.client.clone(),
        }
    }
    /// Update User
    ///
    /// Update the current user with the given attributes.
    ///
    /// `unsafe_metadata` is not accepted on this endpoint as of API version 2026-05-12.
    /// Use `PATCH /v1/me/metadata` to update `unsafe_metadata`.
    ///
    /// Spec: `PATCH /v1/me` (`patchUser`)
    #[doc(alias = "patchUser")]
    pub fn patch(&self) -> PatchUser {
        PatchUser {
            client: self.client.clone(),
            body: types::PatchUserBody {
                username: None,
                first_name: None,
                last_name: None,
                primary_email_address_id: None,
                primary_phone_number_id: None,
                primary_web3_wallet_id: None,
            },
        }
    }
    /// Merge and update the current user's metadata
    ///
    /// Update the current user's metadata attributes by merging existing values with the provided parameters.
    ///
    /// This endpoint behaves differently than the *Update User* endpoint.
    /// Metadata values will not be replaced entirely.
    /// Instead, a deep merge will be performed.
    /// Deep means that any nested JSON objects will be merged as well.
    ///
    /// You can remove metadata keys at any level by setting their value to `null`.
    ///
    /// Only `unsafe_metadata` can be updated through the Frontend API. `public_metadata` and `private_metadata` must be modified through the Backend API.
    ///
    /// Spec: `PATCH /v1/me/metadata` (`patchUserMetadata`)
    #[doc(alias = "patchUserMetadata")]
    pub fn patch_metadata(
        &self,
        unsafe_metadata: impl Into<String>,
    ) -> PatchUserMetadata {
        PatchUserMetadata {
            client: self.client.clone(),
            body: types::PatchUserMetadataBody {
                unsafe_metadata: unsafe_metadata.into(),
            },
        }
    }
    /// Create a JWT for the requested user.
    ///
    /// Spec: `POST /v1/me/tokens` (`createServiceToken`)
    #[doc(alias = "createServiceToken")]
    pub fn create_service_token(
        &self,
        service: impl Into<String>,
    ) -> CreateServiceToken {
        CreateServiceToken {
            client: self.client.clone(),
            clerk_session_id: None,
            body: types::CreateServiceTokenBody {
                service: service.into(),
            },
        }
    }
    /// Update Profile Image
    ///
    /// Update the current user's profile image.
    ///
    /// Spec: `POST /v1/me/profile_image` (`updateProfileImage`)
    #[doc(alias = "updateProfileImage")]
    pub fn update_profile_image(&self) -> UpdateProfileImage {
        UpdateProfileImage {
            client: self.client.clone(),
            body: types::UpdateProfileImageBody {
                file: None,
            },
        }
    }
    /// Delete Profile Image
    ///
    /// Remove the current user's profile image.
    ///
    /// Spec: `DELETE /v1/me/profile_image` (`deleteProfileImage`)
    #[doc(alias = "deleteProfileImage")]
    pub fn delete_profile_image(&self) -> DeleteProfileImage {
        DeleteProfileImage {
            client: self.client.clone(),
        }
    }
    /// Update Password
    ///
    /// Update the current user's password.
    ///
    /// Spec: `POST /v1/me/change_password` (`changePassword`)
    #[doc(alias = "changePassword")]
    pub fn change_password(&self) -> ChangePassword {
        ChangePassword {
            client: self.client.clone(),
            body: types::ChangePasswordBody {
                current_password: None,
                new_password: None,
                sign_out_of_other_sessions: None,
            },
        }
    }
    /// Delete Password
    ///
    /// Removes the current user's password.
    ///
    /// Spec: `POST /v1/me/remove_password` (`removePassword`)
    #[doc(alias = "removePassword")]
    pub fn remove_password(&self) -> RemovePassword {
        RemovePassword {
            client: self.client.clone(),
            body: types::RemovePasswordBody {
                current_password: None,
            },
        }
    }
}
/// Operations of the `Waitlist` group; see [`Client::waitlist`].
#[cfg(feature = "waitlist")]
#[derive(Clone, Copy, Debug)]
pub struct WaitlistApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "waitlist")]
impl WaitlistApi<'_> {
    /// Join Waitlist
    ///
    /// Adds an email address to the waitlist. If the email is already on the waitlist, the request will still succeed,
    /// returning the ID of the existing waitlist entry.
    ///
    /// Spec: `POST /v1/waitlist` (`joinWaitlist`)
    #[doc(alias = "joinWaitlist")]
    pub fn join(&self, email_address: impl Into<String>) -> JoinWaitlist {
        JoinWaitlist {
            client: self.client.clone(),
            body: types::JoinWaitlistBody {
                email_address: email_address.into(),
            },
        }
    }
}
/// Operations of the `Web3 Wallets` group; see [`Client::web3_wallets`].
#[cfg(feature = "web3-wallets")]
#[derive(Clone, Copy, Debug)]
pub struct Web3WalletsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "web3-wallets")]
impl Web3WalletsApi<'_> {
    /// Get All Web3 Wallets
    ///
    /// Retrieve all web3 wallets associated with the current user.
    ///
    /// Spec: `GET /v1/me/web3_wallets` (`getWeb3Wallets`)
    #[doc(alias = "getWeb3Wallets")]
    pub fn get(&self) -> GetWeb3Wallets {
        GetWeb3Wallets {
            client: self.client.clone(),
            clerk_session_id: None,
        }
    }
    /// Create Web3 Wallet
    ///
    /// Create a new web3 wallet.
    ///
    /// Spec: `POST /v1/me/web3_wallets` (`postWeb3Wallets`)
    #[doc(alias = "postWeb3Wallets")]
    pub fn post(&self, web3_wallet: impl Into<String>) -> PostWeb3Wallets {
        PostWeb3Wallets {
            client: self.client.clone(),
            clerk_session_id: None,
            body: types::PostWeb3WalletsBody {
                web3_wallet: web3_wallet.into(),
            },
        }
    }
    /// Get Web3 Wallet
    ///
    /// Retrieve all properties associated with a specific web3 wallet.
    ///
    /// Spec: `GET /v1/me/web3_wallets/{web3_wallet_id}` (`readWeb3Wallet`)
    #[doc(alias = "readWeb3Wallet")]
    pub fn read(&self, web3_wallet_id: impl Into<String>) -> ReadWeb3Wallet {
        ReadWeb3Wallet {
            client: self.client.clone(),
            web3_wallet_id: web3_wallet_id.into(),
        }
    }
    /// Delete Web3 Wallet
    ///
    /// Delete a web3 wallet by ID.
    ///
    /// Spec: `DELETE /v1/me/web3_wallets/{web3_wallet_id}` (`deleteWeb3Wallet`)
    #[doc(alias = "deleteWeb3Wallet")]
    pub fn delete(&self, web3_wallet_id: impl Into<String>) -> DeleteWeb3Wallet {
        DeleteWeb3Wallet {
            client: self.client.clone(),
            web3_wallet_id: web3_wallet_id.into(),
        }
    }
    /// Prepare Web3 Wallet Verification
    ///
    /// Prepares verification for the provided web3 wallet.
    ///
    /// Spec: `POST /v1/me/web3_wallets/{web3_wallet_id}/prepare_verification` (`prepareWeb3WalletVerification`)
    #[doc(alias = "prepareWeb3WalletVerification")]
    pub fn prepare_verification(
        &self,
        web3_wallet_id: impl Into<String>,
        strategy: impl Into<String>,
    ) -> PrepareWeb3WalletVerification {
        PrepareWeb3WalletVerification {
            client: self.client.clone(),
            web3_wallet_id: web3_wallet_id.into(),
            origin: None,
            body: types::PrepareWeb3WalletVerificationBody {
                strategy: strategy.into(),
                redirect_url: None,
            },
        }
    }
    /// Attempt Web3 Wallet Verification
    ///
    /// Attempts to verify the provided web3 wallet.
    ///
    /// Spec: `POST /v1/me/web3_wallets/{web3_wallet_id}/attempt_verification` (`attemptWeb3WalletVerification`)
    #[doc(alias = "attemptWeb3WalletVerification")]
    pub fn attempt_verification(
        &self,
        web3_wallet_id: impl Into<String>,
        signature: impl Into<String>,
    ) -> AttemptWeb3WalletVerification {
        AttemptWeb3WalletVerification {
            client: self.client.clone(),
            web3_wallet_id: web3_wallet_id.into(),
            origin: None,
            body: types::AttemptWeb3WalletVerificationBody {
                signature: signature.into(),
            },
        }
    }
}
/// Operations of the `Well Known` group; see [`Client::well_known`].
#[cfg(feature = "well-known")]
#[derive(Clone, Copy, Debug)]
pub struct WellKnownApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "well-known")]
impl WellKnownApi<'_> {
    /// Get Android Asset Links
    ///
    /// Get Android asset links for universal/deep linking
    ///
    /// Spec: `GET /.well-known/assetlinks.json` (`getAndroidAssetLinks`)
    #[doc(alias = "getAndroidAssetLinks")]
    pub fn get_android_asset_links(&self) -> GetAndroidAssetLinks {
        GetAndroidAssetLinks {
            client: self.client.clone(),
        }
    }
    /// JWKS
    ///
    /// Retrieve the JSON Web Key Set of the instance
    ///
    /// Spec: `GET /.well-known/jwks.json` (`getJWKS`)
    #[doc(alias = "getJWKS")]
    pub fn get_jwks(&self) -> GetJwks {
        GetJwks {
            client: self.client.clone(),
        }
    }
    /// Apple App Site Association
    ///
    /// Retrieve the Apple App Site Association file of the instance
    ///
    /// Spec: `GET /.well-known/apple-app-site-association` (`getAppleAppSiteAssociation`)
    #[doc(alias = "getAppleAppSiteAssociation")]
    pub fn get_apple_app_site_association(&self) -> GetAppleAppSiteAssociation {
        GetAppleAppSiteAssociation {
            client: self.client.clone(),
        }
    }
    /// Basic OpenID Configuration Payload
    ///
    /// Get a basic OpenID configuration payload
    ///
    /// Spec: `GET /.well-known/openid-configuration` (`getOpenIDConfiguration`)
    #[doc(alias = "getOpenIDConfiguration")]
    pub fn get_open_id_configuration(&self) -> GetOpenIdConfiguration {
        GetOpenIdConfiguration {
            client: self.client.clone(),
        }
    }
    /// OAuth 2.0 Authorization Server Metadata
    ///
    /// Get the OAuth 2.0 Authorization Server Metadata according to RFC 8414
    ///
    /// Spec: `GET /.well-known/oauth-authorization-server` (`getOAuth2AuthorizationServerMetadata`)
    #[doc(alias = "getOAuth2AuthorizationServerMetadata")]
    pub fn get_o_auth2_authorization_server_metadata(
        &self,
    ) -> GetOAuth2AuthorizationServerMetadata {
        GetOAuth2AuthorizationServerMetadata {
            client: self.client.clone(),
        }
    }
    /// WebAuthn Related Origins
    ///
    /// Get the WebAuthn Related Origin Requests document. Only available when
    /// the instance uses the auth_host passkey RP ID strategy; returns a not
    /// found error otherwise.
    ///
    /// Spec: `GET /.well-known/webauthn` (`getWebAuthnRelatedOrigins`)
    #[doc(alias = "getWebAuthnRelatedOrigins")]
    pub fn get_web_authn_related_origins(&self) -> GetWebAuthnRelatedOrigins {
        GetWebAuthnRelatedOrigins {
            client: self.client.clone(),
        }
    }
}
/// Request builder for [`ActiveSessionsApi::get_sessions`] (`getSessions`): set optional inputs, then `.send().await`.
#[cfg(feature = "active-sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSessions {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "active-sessions")]
impl std::fmt::Debug for GetSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSessions").finish_non_exhaustive()
    }
}
#[cfg(feature = "active-sessions")]
impl GetSessions {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getSessions",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/sessions/active",
                "/v1/me/sessions/active".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientActiveSessions, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientActiveSessions>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ActiveSessionsApi::revoke_session`] (`revokeSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "active-sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeSession {
    client: Client,
    clerk_session_id: Option<String>,
    session_id: String,
}
#[cfg(feature = "active-sessions")]
impl std::fmt::Debug for RevokeSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "active-sessions")]
impl RevokeSession {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "revokeSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/sessions/{session_id}/revoke",
                format!(
                    "/v1/me/sessions/{}/revoke", sdkgen_runtime::encode_path_segment(&
                    self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSession,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ActiveSessionsApi::get_users_sessions`] (`getUsersSessions`): set optional inputs, then `.send().await`.
#[cfg(feature = "active-sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUsersSessions {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "active-sessions")]
impl std::fmt::Debug for GetUsersSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUsersSessions").finish_non_exhaustive()
    }
}
#[cfg(feature = "active-sessions")]
impl GetUsersSessions {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getUsersSessions",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/sessions",
                "/v1/me/sessions".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ServerSessions, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ServerSessions>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`AgentTasksApi::create`] (`createAgentTask`): set optional inputs, then `.send().await`.
#[cfg(feature = "agent-tasks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAgentTask {
    client: Client,
    ticket: String,
}
#[cfg(feature = "agent-tasks")]
impl std::fmt::Debug for CreateAgentTask {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateAgentTask").finish_non_exhaustive()
    }
}
#[cfg(feature = "agent-tasks")]
impl CreateAgentTask {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createAgentTask",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/agents/tasks",
                "/v1/agents/tasks".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[307]);
        {
            let v = &self.ticket;
            req.query("ticket", v);
        }
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
/// Request builder for [`ApiKeysApi::get`] (`getApiKeys`): set optional inputs, then `.send().await`.
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
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[201]);
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
    pub fn description(mut self, value: impl Into<String>) -> Self {
        self.body.description = Some(Some(value.into()));
        self
    }
    /// Sends `"description": null`, which is not the same as leaving it out.
    pub fn description_null(mut self) -> Self {
        self.body.description = Some(None);
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
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
/// Request builder for [`BackupCodesApi::create`] (`createBackupCodes`): set optional inputs, then `.send().await`.
#[cfg(feature = "backup-codes")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBackupCodes {
    client: Client,
}
#[cfg(feature = "backup-codes")]
impl std::fmt::Debug for CreateBackupCodes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateBackupCodes").finish_non_exhaustive()
    }
}
#[cfg(feature = "backup-codes")]
impl CreateBackupCodes {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "createBackupCodes",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/backup_codes",
                "/v1/me/backup_codes".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedBackupCodes,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedBackupCodes>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_user_main_subscription`] (`GetUserMainBillingSubscription`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserMainBillingSubscription {
    client: Client,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserMainBillingSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserMainBillingSubscription").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserMainBillingSubscription {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserMainBillingSubscription",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/subscription",
                "/v1/me/billing/subscription".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingSubscription,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingSubscription>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_user_subscription_items`] (`GetUserBillingSubscriptionItems`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserBillingSubscriptionItems {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserBillingSubscriptionItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserBillingSubscriptionItems").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserBillingSubscriptionItems {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUserBillingSubscriptionItems",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/subscription_items",
                "/v1/me/billing/subscription_items".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingSubscriptionItemList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingSubscriptionItemList>,
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
    ) -> sdkgen_runtime::ItemStream<types::BillingSubscriptionItem, types::ClerkErrors> {
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::cancel_user_subscription_item`] (`DeleteUserBillingSubscriptionItem`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUserBillingSubscriptionItem {
    client: Client,
    subscription_item_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for DeleteUserBillingSubscriptionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteUserBillingSubscriptionItem").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl DeleteUserBillingSubscriptionItem {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteUserBillingSubscriptionItem",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/billing/subscription_items/{subscriptionItemID}",
                format!(
                    "/v1/me/billing/subscription_items/{}",
                    sdkgen_runtime::encode_path_segment(& self.subscription_item_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 204])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientBillingSubscriptionItem>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[204]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientBillingSubscriptionItem>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[204])
            .await
    }
}
/// Request builder for [`BillingApi::list_user_payment_methods`] (`GetUserPaymentMethods`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserPaymentMethods {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserPaymentMethods {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserPaymentMethods").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserPaymentMethods {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUserPaymentMethods",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/payment_methods",
                "/v1/me/billing/payment_methods".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethodList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethodList>,
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
    ) -> sdkgen_runtime::ItemStream<types::BillingPaymentMethod, types::ClerkErrors> {
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::create_user_payment_method`] (`CreateUserPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateUserPaymentMethod {
    client: Client,
    body: types::CreateUserPaymentMethodBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateUserPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUserPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateUserPaymentMethod {
    /// Organization ID (optional)
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.body.org_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateUserPaymentMethod",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/billing/payment_methods",
                "/v1/me/billing/payment_methods".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethod,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethod>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::initialize_user_payment_method`] (`InitializeUserPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct InitializeUserPaymentMethod {
    client: Client,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for InitializeUserPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InitializeUserPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl InitializeUserPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "InitializeUserPaymentMethod",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/billing/payment_methods/initialize",
                "/v1/me/billing/payment_methods/initialize".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethodInitialize,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethodInitialize>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::delete_user_payment_method`] (`DeleteUserPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUserPaymentMethod {
    client: Client,
    payment_method_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for DeleteUserPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteUserPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl DeleteUserPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteUserPaymentMethod",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/billing/payment_methods/{paymentMethodID}",
                format!(
                    "/v1/me/billing/payment_methods/{}",
                    sdkgen_runtime::encode_path_segment(& self.payment_method_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 204])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientBillingPaymentMethod>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[204]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientBillingPaymentMethod>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[204])
            .await
    }
}
/// Request builder for [`BillingApi::create_user_checkout`] (`CreateUserBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateUserBillingCheckout {
    client: Client,
    body: types::CreateUserBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateUserBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateUserBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateUserBillingCheckout {
    /// Organization ID (if creating org checkout)
    pub fn org_id(mut self, value: impl Into<String>) -> Self {
        self.body.org_id = Some(value.into());
        self
    }
    /// Payment method ID to use
    pub fn payment_method_id(mut self, value: impl Into<String>) -> Self {
        self.body.payment_method_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateUserBillingCheckout",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/billing/checkouts",
                "/v1/me/billing/checkouts".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_user_checkout`] (`GetUserBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserBillingCheckout {
    client: Client,
    checkout_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserBillingCheckout {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserBillingCheckout",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/checkouts/{checkoutID}",
                format!(
                    "/v1/me/billing/checkouts/{}", sdkgen_runtime::encode_path_segment(&
                    self.checkout_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::update_user_checkout`] (`UpdateUserBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateUserBillingCheckout {
    client: Client,
    checkout_id: String,
    body: types::UpdateUserBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for UpdateUserBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateUserBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl UpdateUserBillingCheckout {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateUserBillingCheckout",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/billing/checkouts/{checkoutID}",
                format!(
                    "/v1/me/billing/checkouts/{}", sdkgen_runtime::encode_path_segment(&
                    self.checkout_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::confirm_user_checkout`] (`ConfirmUserBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmUserBillingCheckout {
    client: Client,
    checkout_id: String,
    body: types::ConfirmUserBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for ConfirmUserBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfirmUserBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl ConfirmUserBillingCheckout {
    /// The ID of the payment method to use for this checkout
    pub fn payment_method_id(mut self, value: impl Into<String>) -> Self {
        self.body.payment_method_id = Some(value.into());
        self
    }
    /// The payment gateway to use (e.g., stripe)
    pub fn gateway(mut self, value: impl Into<String>) -> Self {
        self.body.gateway = Some(value.into());
        self
    }
    /// A payment token for processing the payment
    pub fn payment_token(mut self, value: impl Into<String>) -> Self {
        self.body.payment_token = Some(value.into());
        self
    }
    /// Whether to use a test card for payment processing
    pub fn use_test_card(mut self, value: impl Into<bool>) -> Self {
        self.body.use_test_card = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ConfirmUserBillingCheckout",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/billing/checkouts/{checkoutID}/confirm",
                format!(
                    "/v1/me/billing/checkouts/{}/confirm",
                    sdkgen_runtime::encode_path_segment(& self.checkout_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_user_payment_attempts`] (`GetUserPaymentAttempts`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserPaymentAttempts {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserPaymentAttempts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserPaymentAttempts").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserPaymentAttempts {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUserPaymentAttempts",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/payment_attempts",
                "/v1/me/billing/payment_attempts".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentAttemptList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentAttemptList>,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::get_user_payment_attempt`] (`GetUserPaymentAttempt`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserPaymentAttempt {
    client: Client,
    payment_attempt_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserPaymentAttempt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserPaymentAttempt").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserPaymentAttempt {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserPaymentAttempt",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/payment_attempts/{paymentAttemptID}",
                format!(
                    "/v1/me/billing/payment_attempts/{}",
                    sdkgen_runtime::encode_path_segment(& self.payment_attempt_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentAttempt,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentAttempt>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::set_user_default_payment_method`] (`SetUserDefaultPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetUserDefaultPaymentMethod {
    client: Client,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for SetUserDefaultPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetUserDefaultPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl SetUserDefaultPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "SetUserDefaultPaymentMethod",
                sdkgen_runtime::reqwest::Method::PUT,
                "/v1/me/billing/payers/default_payment_method",
                "/v1/me/billing/payers/default_payment_method".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethod,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethod>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_user_statements`] (`GetUserStatements`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserStatements {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserStatements {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserStatements").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserStatements {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetUserStatements",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/statements",
                "/v1/me/billing/statements".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingStatementList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingStatementList>,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`BillingApi::get_user_statement`] (`GetUserStatement`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUserStatement {
    client: Client,
    statement_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetUserStatement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUserStatement").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetUserStatement {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetUserStatement",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/billing/statements/{statementID}",
                format!(
                    "/v1/me/billing/statements/{}", sdkgen_runtime::encode_path_segment(&
                    self.statement_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingStatement,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingStatement>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::create_organization_checkout`] (`CreateOrganizationBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationBillingCheckout {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateOrganizationBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateOrganizationBillingCheckout {
    /// Payment method ID to use
    pub fn payment_method_id(mut self, value: impl Into<String>) -> Self {
        self.body.payment_method_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationBillingCheckout",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organizationID}/billing/checkouts",
                format!(
                    "/v1/organizations/{}/billing/checkouts",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_organization_checkout`] (`GetOrganizationBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationBillingCheckout {
    client: Client,
    organization_id: String,
    checkout_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationBillingCheckout {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationBillingCheckout",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/checkouts/{checkoutID}",
                format!(
                    "/v1/organizations/{}/billing/checkouts/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.checkout_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::update_organization_checkout`] (`UpdateOrganizationBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationBillingCheckout {
    client: Client,
    organization_id: String,
    checkout_id: String,
    body: types::UpdateOrganizationBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for UpdateOrganizationBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl UpdateOrganizationBillingCheckout {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationBillingCheckout",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/organizations/{organizationID}/billing/checkouts/{checkoutID}",
                format!(
                    "/v1/organizations/{}/billing/checkouts/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.checkout_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::confirm_organization_checkout`] (`ConfirmOrganizationBillingCheckout`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmOrganizationBillingCheckout {
    client: Client,
    organization_id: String,
    checkout_id: String,
    body: types::ConfirmOrganizationBillingCheckoutBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for ConfirmOrganizationBillingCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfirmOrganizationBillingCheckout").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl ConfirmOrganizationBillingCheckout {
    /// The ID of the payment method to use for this checkout
    pub fn payment_method_id(mut self, value: impl Into<String>) -> Self {
        self.body.payment_method_id = Some(value.into());
        self
    }
    /// The payment gateway to use (e.g., stripe)
    pub fn gateway(mut self, value: impl Into<String>) -> Self {
        self.body.gateway = Some(value.into());
        self
    }
    /// A payment token for processing the payment
    pub fn payment_token(mut self, value: impl Into<String>) -> Self {
        self.body.payment_token = Some(value.into());
        self
    }
    /// Whether to use a test card for payment processing
    pub fn use_test_card(mut self, value: impl Into<bool>) -> Self {
        self.body.use_test_card = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ConfirmOrganizationBillingCheckout",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/organizations/{organizationID}/billing/checkouts/{checkoutID}/confirm",
                format!(
                    "/v1/organizations/{}/billing/checkouts/{}/confirm",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.checkout_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingCheckout,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingCheckout>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_organization_payment_methods`] (`GetOrganizationPaymentMethods`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationPaymentMethods {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationPaymentMethods {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationPaymentMethods").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationPaymentMethods {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationPaymentMethods",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/payment_methods",
                format!(
                    "/v1/organizations/{}/billing/payment_methods",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethodList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethodList>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::create_organization_payment_method`] (`CreateOrganizationPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationPaymentMethod {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationPaymentMethodBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for CreateOrganizationPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl CreateOrganizationPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationPaymentMethod",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organizationID}/billing/payment_methods",
                format!(
                    "/v1/organizations/{}/billing/payment_methods",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingGenericObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingGenericObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::initialize_organization_payment_method`] (`InitializeOrganizationPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct InitializeOrganizationPaymentMethod {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for InitializeOrganizationPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InitializeOrganizationPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl InitializeOrganizationPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "InitializeOrganizationPaymentMethod",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organizationID}/billing/payment_methods/initialize",
                format!(
                    "/v1/organizations/{}/billing/payment_methods/initialize",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingPaymentMethodInitialize,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingPaymentMethodInitialize>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::delete_organization_payment_method`] (`DeleteOrganizationPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationPaymentMethod {
    client: Client,
    organization_id: String,
    payment_method_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for DeleteOrganizationPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl DeleteOrganizationPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationPaymentMethod",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organizationID}/billing/payment_methods/{paymentMethodID}",
                format!(
                    "/v1/organizations/{}/billing/payment_methods/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .payment_method_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingGenericObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingGenericObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_organization_statements`] (`GetOrganizationStatements`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationStatements {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationStatements {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationStatements").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationStatements {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationStatements",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/statements",
                format!(
                    "/v1/organizations/{}/billing/statements",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingGenericArray,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingGenericArray>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_organization_statement`] (`GetOrganizationStatement`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationStatement {
    client: Client,
    organization_id: String,
    statement_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationStatement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationStatement").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationStatement {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationStatement",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/statements/{statementID}",
                format!(
                    "/v1/organizations/{}/billing/statements/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .statement_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingGenericObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingGenericObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::set_organization_default_payment_method`] (`SetOrganizationDefaultPaymentMethod`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SetOrganizationDefaultPaymentMethod {
    client: Client,
    organization_id: String,
    body: types::SetOrganizationDefaultPaymentMethodBody,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for SetOrganizationDefaultPaymentMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SetOrganizationDefaultPaymentMethod").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl SetOrganizationDefaultPaymentMethod {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "SetOrganizationDefaultPaymentMethod",
                sdkgen_runtime::reqwest::Method::PUT,
                "/v1/organizations/{organizationID}/billing/payers/default_payment_method",
                format!(
                    "/v1/organizations/{}/billing/payers/default_payment_method",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingGenericObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingGenericObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_organization_subscription`] (`GetOrganizationBillingSubscription`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationBillingSubscription {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationBillingSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationBillingSubscription").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationBillingSubscription {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationBillingSubscription",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/subscription",
                format!(
                    "/v1/organizations/{}/billing/subscription",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingSubscription,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingSubscription>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_organization_subscription_items`] (`GetOrganizationBillingSubscriptionItems`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationBillingSubscriptionItems {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetOrganizationBillingSubscriptionItems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationBillingSubscriptionItems").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetOrganizationBillingSubscriptionItems {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationBillingSubscriptionItems",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/billing/subscription_items",
                format!(
                    "/v1/organizations/{}/billing/subscription_items",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingSubscriptionItemList,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingSubscriptionItemList>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::cancel_organization_subscription_item`] (`DeleteOrganizationBillingSubscriptionItem`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationBillingSubscriptionItem {
    client: Client,
    organization_id: String,
    subscription_item_id: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for DeleteOrganizationBillingSubscriptionItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationBillingSubscriptionItem")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl DeleteOrganizationBillingSubscriptionItem {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "DeleteOrganizationBillingSubscriptionItem",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organizationID}/billing/subscription_items/{subscriptionItemID}",
                format!(
                    "/v1/organizations/{}/billing/subscription_items/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .subscription_item_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientBillingSubscriptionItem,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientBillingSubscriptionItem>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::list_plans`] (`GetBillingPlanList`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingPlanList {
    client: Client,
    payer_type: Option<types::GetBillingPlanListPayerType>,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingPlanList {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingPlanList").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingPlanList {
    /// Filter plans by payer type
    pub fn payer_type(
        mut self,
        value: impl Into<types::GetBillingPlanListPayerType>,
    ) -> Self {
        self.payer_type = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "GetBillingPlanList",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/billing/plans",
                "/v1/billing/plans".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
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
        types::BillingPlanListResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BillingPlanListResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`BillingApi::get_plan`] (`GetBillingPlan`): set optional inputs, then `.send().await`.
#[cfg(feature = "billing")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBillingPlan {
    client: Client,
    plan_id_or_slug: String,
}
#[cfg(feature = "billing")]
impl std::fmt::Debug for GetBillingPlan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetBillingPlan").finish_non_exhaustive()
    }
}
#[cfg(feature = "billing")]
impl GetBillingPlan {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetBillingPlan",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/billing/plans/{planIdOrSlug}",
                format!(
                    "/v1/billing/plans/{}", sdkgen_runtime::encode_path_segment(& self
                    .plan_id_or_slug.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::BillingPlan, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::BillingPlan>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ClientApi::get`] (`getClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "client")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetClient {
    client: Client,
    rotating_token_nonce: Option<String>,
}
#[cfg(feature = "client")]
impl std::fmt::Debug for GetClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl GetClient {
    /// The nonce of an OAuth or SSO redirect, exchanged for the session the browser flow created.
    pub fn rotating_token_nonce(mut self, value: impl Into<String>) -> Self {
        self.rotating_token_nonce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getClient",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client",
                "/v1/client".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.rotating_token_nonce {
            req.query("rotating_token_nonce", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedClient,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedClient>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ClientApi::put`] (`putClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "client")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PutClient {
    client: Client,
}
#[cfg(feature = "client")]
impl std::fmt::Debug for PutClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PutClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl PutClient {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "putClient",
                sdkgen_runtime::reqwest::Method::PUT,
                "/v1/client",
                "/v1/client".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedClient>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedClient>,
        >,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`ClientApi::post`] (`postClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "client")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostClient {
    client: Client,
    body: serde_json::Map<String, serde_json::Value>,
}
#[cfg(feature = "client")]
impl std::fmt::Debug for PostClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl PostClient {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postClient",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client",
                "/v1/client".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedClient>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedClient>,
        >,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`ClientApi::delete_sessions`] (`deleteClientSessions`): set optional inputs, then `.send().await`.
#[cfg(feature = "client")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteClientSessions {
    client: Client,
}
#[cfg(feature = "client")]
impl std::fmt::Debug for DeleteClientSessions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteClientSessions").finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl DeleteClientSessions {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteClientSessions",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/client",
                "/v1/client".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientDeleteSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::MaybeBody<types::ClientDeleteSession>>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`ClientApi::handshake`] (`handshakeClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "client")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct HandshakeClient {
    client: Client,
    clerk_proxy_url: Option<String>,
    clerk_secret_key: Option<String>,
    redirect_url: Option<String>,
    format: Option<types::HandshakeClientFormat>,
    organization_id: Option<String>,
    satellite_fapi: Option<String>,
}
#[cfg(feature = "client")]
impl std::fmt::Debug for HandshakeClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HandshakeClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "client")]
impl HandshakeClient {
    /// The URL of the proxy
    pub fn clerk_proxy_url(mut self, value: impl Into<String>) -> Self {
        self.clerk_proxy_url = Some(value.into());
        self
    }
    /// The secret key of the proxy
    pub fn clerk_secret_key(mut self, value: impl Into<String>) -> Self {
        self.clerk_secret_key = Some(value.into());
        self
    }
    /// The URL to redirect back to after the handshake
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    /// The supported format of the handshake payload.
    pub fn format(mut self, value: impl Into<types::HandshakeClientFormat>) -> Self {
        self.format = Some(value.into());
        self
    }
    /// The organization ID or slug to attempt to set as active for the session. If this param is present but has no value,
    /// the personal account will be set as active. If the organization cannot be set as active (because it does not
    /// exist, or the user is not a member), the active organization for the session will not change.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.organization_id = Some(value.into());
        self
    }
    /// The Frontend API of the satellite domain
    pub fn satellite_fapi(mut self, value: impl Into<String>) -> Self {
        self.satellite_fapi = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "handshakeClient",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/handshake",
                "/v1/client/handshake".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[307]);
        if let Some(v) = &self.clerk_proxy_url {
            req.header("Clerk-Proxy-Url", v);
        }
        if let Some(v) = &self.clerk_secret_key {
            req.header("Clerk-Secret-Key", v);
        }
        if let Some(v) = &self.redirect_url {
            req.query("redirect_url", v);
        }
        if let Some(v) = &self.format {
            req.query("format", v);
        }
        if let Some(v) = &self.organization_id {
            req.query("organization_id", v);
        }
        if let Some(v) = &self.satellite_fapi {
            req.query("satellite_fapi", v);
        }
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
/// Request builder for [`DefaultModelApi::get_account_portal`] (`getAccountPortal`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccountPortal {
    client: Client,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetAccountPortal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetAccountPortal").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetAccountPortal {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getAccountPortal",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/account_portal",
                "/v1/account_portal".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientAccountPortal, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientAccountPortal>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DefaultModelApi::get_proxy_health`] (`getProxyHealth`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetProxyHealth {
    client: Client,
    domain_id: String,
    clerk_proxy_url: String,
    clerk_secret_key: String,
    x_forwarded_for: String,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetProxyHealth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetProxyHealth").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetProxyHealth {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getProxyHealth",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/proxy-health",
                "/v1/proxy-health".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        {
            let v = &self.domain_id;
            req.query("domain_id", v);
        }
        {
            let v = &self.clerk_proxy_url;
            req.header("Clerk-Proxy-Url", v);
        }
        {
            let v = &self.clerk_secret_key;
            req.header("Clerk-Secret-Key", v);
        }
        {
            let v = &self.x_forwarded_for;
            req.header("X-Forwarded-For", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetProxyHealthResponse,
        sdkgen_runtime::Error<types::GetProxyHealthError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetProxyHealthResponse>,
        sdkgen_runtime::Error<types::GetProxyHealthError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DefaultModelApi::sync_client`] (`syncClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SyncClient {
    client: Client,
    link_domain: Option<String>,
    redirect_url: Option<String>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for SyncClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl SyncClient {
    /// The satellite domain which should be synced with its primary.
    pub fn link_domain(mut self, value: impl Into<String>) -> Self {
        self.link_domain = Some(value.into());
        self
    }
    /// The URL to redirect to after the syncing process has been completed.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "syncClient",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/sync",
                "/v1/client/sync".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[307]);
        if let Some(v) = &self.link_domain {
            req.query("link_domain", v);
        }
        if let Some(v) = &self.redirect_url {
            req.query("redirect_url", v);
        }
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
/// Request builder for [`DefaultModelApi::link_client`] (`linkClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct LinkClient {
    client: Client,
    clerk_token: Option<String>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for LinkClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl LinkClient {
    /// The token generated from a sync request.
    pub fn clerk_token(mut self, value: impl Into<String>) -> Self {
        self.clerk_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "linkClient",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/link",
                "/v1/client/link".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[307]);
        if let Some(v) = &self.clerk_token {
            req.query("__clerk_token", v);
        }
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
/// Request builder for [`DefaultModelApi::post_dev_browser_init_set_cookie`] (`postDevBrowserInitSetCookie`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostDevBrowserInitSetCookie {
    client: Client,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for PostDevBrowserInitSetCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostDevBrowserInitSetCookie").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl PostDevBrowserInitSetCookie {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "postDevBrowserInitSetCookie",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/dev_browser/set_first_party_cookie",
                "/v1/dev_browser/set_first_party_cookie".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
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
/// Request builder for [`DefaultModelApi::get_dev_browser_init`] (`getDevBrowserInit`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetDevBrowserInit {
    client: Client,
    origin: Option<String>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetDevBrowserInit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetDevBrowserInit").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetDevBrowserInit {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getDevBrowserInit",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/dev_browser/init",
                "/v1/dev_browser/init".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.query("origin", v);
        }
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
/// Request builder for [`DefaultModelApi::clear_site_data`] (`clearSiteData`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ClearSiteData {
    client: Client,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for ClearSiteData {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClearSiteData").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl ClearSiteData {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "clearSiteData",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/clear-site-data",
                "/v1/clear-site-data".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
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
/// Request builder for [`DevBrowserApi::create`] (`createDevBrowser`): set optional inputs, then `.send().await`.
#[cfg(feature = "dev-browser")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateDevBrowser {
    client: Client,
}
#[cfg(feature = "dev-browser")]
impl std::fmt::Debug for CreateDevBrowser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateDevBrowser").finish_non_exhaustive()
    }
}
#[cfg(feature = "dev-browser")]
impl CreateDevBrowser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "createDevBrowser",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/dev_browser",
                "/v1/dev_browser".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateDevBrowserResponse,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateDevBrowserResponse>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::list_organization`] (`ListOrganizationDomains`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationDomains {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    organization_id: String,
    verified: Option<bool>,
    enrollment_mode: Option<String>,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for ListOrganizationDomains {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationDomains").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl ListOrganizationDomains {
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
    /// Filter by whether a domain is verified
    pub fn verified(mut self, value: impl Into<bool>) -> Self {
        self.verified = Some(value.into());
        self
    }
    /// Filter by enrollment mode
    pub fn enrollment_mode(mut self, value: impl Into<String>) -> Self {
        self.enrollment_mode = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationDomains",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/domains",
                format!(
                    "/v1/organizations/{}/domains", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.verified {
            req.query("verified", v);
        }
        if let Some(v) = &self.enrollment_mode {
            req.query("enrollment_mode", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomains,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomains>,
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
        types::ClientOrganizationDomain,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`DomainsApi::create_organization`] (`CreateOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationDomain {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationDomainBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for CreateOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl CreateOrganizationDomain {
    /// The enrollment mode of the new domain. Defaults to `manual_invitation`.
    pub fn enrollment_mode(
        mut self,
        value: impl Into<types::CreateOrganizationDomainBodyEnrollmentMode>,
    ) -> Self {
        self.body.enrollment_mode = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationDomain",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains",
                format!(
                    "/v1/organizations/{}/domains", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::create_organization_bulk`] (`createOrganizationDomainsBulk`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationDomainsBulk {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationDomainsBulkBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for CreateOrganizationDomainsBulk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationDomainsBulk").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl CreateOrganizationDomainsBulk {
    /// The enrollment mode for the new domains. Defaults to `manual_invitation`.
    pub fn enrollment_mode(
        mut self,
        value: impl Into<types::CreateOrganizationDomainsBulkBodyEnrollmentMode>,
    ) -> Self {
        self.body.enrollment_mode = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createOrganizationDomainsBulk",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/bulk",
                format!(
                    "/v1/organizations/{}/domains/bulk",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomainBulkCreate,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomainBulkCreate>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::prepare_organization_domains_ownership_verification`] (`prepareOrganizationDomainsOwnershipVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareOrganizationDomainsOwnershipVerification {
    client: Client,
    organization_id: String,
    body: types::PrepareOrganizationDomainsOwnershipVerificationBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for PrepareOrganizationDomainsOwnershipVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareOrganizationDomainsOwnershipVerification")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl PrepareOrganizationDomainsOwnershipVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareOrganizationDomainsOwnershipVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/prepare_ownership_verification/bulk",
                format!(
                    "/v1/organizations/{}/domains/prepare_ownership_verification/bulk",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomainBulkOwnershipVerification,
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
            types::ClientClientWrappedOrganizationDomainBulkOwnershipVerification,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::attempt_organization_domains_ownership_verification`] (`attemptOrganizationDomainsOwnershipVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptOrganizationDomainsOwnershipVerification {
    client: Client,
    organization_id: String,
    body: types::AttemptOrganizationDomainsOwnershipVerificationBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for AttemptOrganizationDomainsOwnershipVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptOrganizationDomainsOwnershipVerification")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl AttemptOrganizationDomainsOwnershipVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptOrganizationDomainsOwnershipVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/attempt_ownership_verification/bulk",
                format!(
                    "/v1/organizations/{}/domains/attempt_ownership_verification/bulk",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomainBulkOwnershipVerification,
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
            types::ClientClientWrappedOrganizationDomainBulkOwnershipVerification,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::get_organization`] (`GetOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationDomain {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for GetOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl GetOrganizationDomain {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "GetOrganizationDomain",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/domains/{domain_id}",
                format!(
                    "/v1/organizations/{}/domains/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::delete_organization`] (`deleteOrganizationDomain`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationDomain {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for DeleteOrganizationDomain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationDomain").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl DeleteOrganizationDomain {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteOrganizationDomain",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organization_id}/domains/{domain_id}",
                format!(
                    "/v1/organizations/{}/domains/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::update_organization_enrollment_mode`] (`UpdateOrganizationDomainEnrollmentMode`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationDomainEnrollmentMode {
    client: Client,
    organization_id: String,
    domain_id: String,
    body: types::UpdateOrganizationDomainEnrollmentModeBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for UpdateOrganizationDomainEnrollmentMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationDomainEnrollmentMode").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl UpdateOrganizationDomainEnrollmentMode {
    pub fn delete_pending(mut self, value: impl Into<bool>) -> Self {
        self.body.delete_pending = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationDomainEnrollmentMode",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/{domain_id}/update_enrollment_mode",
                format!(
                    "/v1/organizations/{}/domains/{}/update_enrollment_mode",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::prepare_organization_verification`] (`prepareOrganizationDomainVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareOrganizationDomainVerification {
    client: Client,
    organization_id: String,
    domain_id: String,
    body: types::PrepareOrganizationDomainVerificationBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for PrepareOrganizationDomainVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareOrganizationDomainVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl PrepareOrganizationDomainVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareOrganizationDomainVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/{domain_id}/prepare_affiliation_verification",
                format!(
                    "/v1/organizations/{}/domains/{}/prepare_affiliation_verification",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::attempt_organization_verification`] (`attemptOrganizationDomainVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptOrganizationDomainVerification {
    client: Client,
    organization_id: String,
    domain_id: String,
    body: types::AttemptOrganizationDomainVerificationBody,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for AttemptOrganizationDomainVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptOrganizationDomainVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl AttemptOrganizationDomainVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptOrganizationDomainVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/{domain_id}/attempt_affiliation_verification",
                format!(
                    "/v1/organizations/{}/domains/{}/attempt_affiliation_verification",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::prepare_organization_domain_ownership_verification`] (`prepareOrganizationDomainOwnershipVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareOrganizationDomainOwnershipVerification {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for PrepareOrganizationDomainOwnershipVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareOrganizationDomainOwnershipVerification")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl PrepareOrganizationDomainOwnershipVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "prepareOrganizationDomainOwnershipVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/{domain_id}/prepare_ownership_verification",
                format!(
                    "/v1/organizations/{}/domains/{}/prepare_ownership_verification",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DomainsApi::attempt_organization_domain_ownership_verification`] (`attemptOrganizationDomainOwnershipVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "domains")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptOrganizationDomainOwnershipVerification {
    client: Client,
    organization_id: String,
    domain_id: String,
}
#[cfg(feature = "domains")]
impl std::fmt::Debug for AttemptOrganizationDomainOwnershipVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptOrganizationDomainOwnershipVerification")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "domains")]
impl AttemptOrganizationDomainOwnershipVerification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "attemptOrganizationDomainOwnershipVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/domains/{domain_id}/attempt_ownership_verification",
                format!(
                    "/v1/organizations/{}/domains/{}/attempt_ownership_verification",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.domain_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationDomain,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationDomain>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::get_email_addresses`] (`getEmailAddresses`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEmailAddresses {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for GetEmailAddresses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEmailAddresses").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl GetEmailAddresses {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getEmailAddresses",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/email_addresses",
                "/v1/me/email_addresses".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ServerUserEmailAddresses,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ServerUserEmailAddresses>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::create`] (`createEmailAddresses`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateEmailAddresses {
    client: Client,
    clerk_session_id: Option<String>,
    body: types::CreateEmailAddressesBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for CreateEmailAddresses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateEmailAddresses").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl CreateEmailAddresses {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createEmailAddresses",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/email_addresses",
                "/v1/me/email_addresses".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEmailAddress,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::verify`] (`verifyEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyEmailAddress {
    client: Client,
    email_id: String,
    clerk_session_id: Option<String>,
    body: types::VerifyEmailAddressBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for VerifyEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl VerifyEmailAddress {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyEmailAddress",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/email_addresses/{email_id}/attempt_verification",
                format!(
                    "/v1/me/email_addresses/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.email_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEmailAddress,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::send_verification_email`] (`sendVerificationEmail`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendVerificationEmail {
    client: Client,
    email_id: String,
    clerk_session_id: Option<String>,
    body: types::SendVerificationEmailBody,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for SendVerificationEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendVerificationEmail").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl SendVerificationEmail {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Used with the `email_link` strategy.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` and `saml` strategies.
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "sendVerificationEmail",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/email_addresses/{email_id}/prepare_verification",
                format!(
                    "/v1/me/email_addresses/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.email_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEmailAddress,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEmailAddress>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EmailAddressesApi::get_email_address`] (`getEmailAddress`): set optional inputs, then `.send().await`.
#[cfg(feature = "email-addresses")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEmailAddress {
    client: Client,
    email_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for GetEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl GetEmailAddress {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getEmailAddress",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/email_addresses/{email_id}",
                format!(
                    "/v1/me/email_addresses/{}", sdkgen_runtime::encode_path_segment(&
                    self.email_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEmailAddress,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEmailAddress>,
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
    email_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "email-addresses")]
impl std::fmt::Debug for DeleteEmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteEmailAddress").finish_non_exhaustive()
    }
}
#[cfg(feature = "email-addresses")]
impl DeleteEmailAddress {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "DeleteEmailAddress",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/email_addresses/{email_id}",
                format!(
                    "/v1/me/email_addresses/{}", sdkgen_runtime::encode_path_segment(&
                    self.email_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::list_organization`] (`listOrganizationEnterpriseConnections`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationEnterpriseConnections {
    client: Client,
    organization_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for ListOrganizationEnterpriseConnections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationEnterpriseConnections").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl ListOrganizationEnterpriseConnections {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "listOrganizationEnterpriseConnections",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/enterprise_connections",
                format!(
                    "/v1/organizations/{}/enterprise_connections",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnections,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnections>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create_organization`] (`createOrganizationEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationEnterpriseConnection {
    client: Client,
    organization_id: String,
    clerk_session_id: Option<String>,
    body: types::CreateOrganizationEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateOrganizationEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateOrganizationEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Optional display name for the enterprise connection. When omitted (or sent empty),
    /// the name defaults to the requesting user's primary email address domain, falling
    /// back to the organization's name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// SAML IdP entity ID (only when using a SAML provider)
    pub fn saml_idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_entity_id = Some(value.into());
        self
    }
    /// SAML IdP SSO URL (only when using a SAML provider)
    pub fn saml_idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_sso_url = Some(value.into());
        self
    }
    /// SAML IdP X.509 certificate (only when using a SAML provider)
    pub fn saml_idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_certificate = Some(value.into());
        self
    }
    /// SAML IdP metadata URL (only when using a SAML provider)
    pub fn saml_idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata_url = Some(value.into());
        self
    }
    /// SAML IdP metadata XML document (only when using a SAML provider)
    pub fn saml_idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata = Some(value.into());
        self
    }
    /// JSON-encoded IdP attribute mapping (only when using a SAML provider).
    /// Shape depends on provider.
    pub fn saml_attribute_mapping(mut self, value: impl Into<String>) -> Self {
        self.body.saml_attribute_mapping = Some(value.into());
        self
    }
    pub fn saml_allow_subdomains(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_subdomains = Some(value.into());
        self
    }
    pub fn saml_allow_idp_initiated(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_idp_initiated = Some(value.into());
        self
    }
    pub fn saml_force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_force_authn = Some(value.into());
        self
    }
    /// OIDC client ID (only when using an OIDC provider)
    pub fn oidc_client_id(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_id = Some(value.into());
        self
    }
    /// OIDC client secret (only when using an OIDC provider)
    pub fn oidc_client_secret(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_secret = Some(value.into());
        self
    }
    /// OIDC discovery URL (only when using an OIDC provider)
    pub fn oidc_discovery_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_discovery_url = Some(value.into());
        self
    }
    /// OIDC authorization endpoint URL (only when using an OIDC provider)
    pub fn oidc_auth_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_auth_url = Some(value.into());
        self
    }
    /// OIDC token endpoint URL (only when using an OIDC provider)
    pub fn oidc_token_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_token_url = Some(value.into());
        self
    }
    /// OIDC user info endpoint URL (only when using an OIDC provider)
    pub fn oidc_user_info_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_user_info_url = Some(value.into());
        self
    }
    pub fn oidc_requires_pkce(mut self, value: impl Into<bool>) -> Self {
        self.body.oidc_requires_pkce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createOrganizationEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organizationID}/enterprise_connections",
                format!(
                    "/v1/organizations/{}/enterprise_connections",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[201]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnection,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::delete_organization`] (`deleteOrganizationEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationEnterpriseConnection {
    client: Client,
    organization_id: String,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for DeleteOrganizationEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl DeleteOrganizationEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "deleteOrganizationEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/v1/organizations/{}/enterprise_connections/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .enterprise_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::update_organization`] (`updateOrganizationEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationEnterpriseConnection {
    client: Client,
    organization_id: String,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
    body: types::UpdateOrganizationEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for UpdateOrganizationEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl UpdateOrganizationEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Replacement domains for this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Every supplied domain
    /// must already exist as one of the organization's domains with verified ownership and the
    /// `enterprise_sso` enrollment mode.
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains = Some(value.into());
        self
    }
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.body.active = Some(value.into());
        self
    }
    pub fn sync_user_attributes(mut self, value: impl Into<bool>) -> Self {
        self.body.sync_user_attributes = Some(value.into());
        self
    }
    pub fn disable_additional_identifications(mut self, value: impl Into<bool>) -> Self {
        self.body.disable_additional_identifications = Some(value.into());
        self
    }
    /// JSON-encoded custom attributes (only when enabled for the instance).
    pub fn custom_attributes(mut self, value: impl Into<String>) -> Self {
        self.body.custom_attributes = Some(value.into());
        self
    }
    pub fn saml_idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_entity_id = Some(value.into());
        self
    }
    pub fn saml_idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_sso_url = Some(value.into());
        self
    }
    pub fn saml_idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_certificate = Some(value.into());
        self
    }
    pub fn saml_idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata_url = Some(value.into());
        self
    }
    pub fn saml_idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata = Some(value.into());
        self
    }
    /// JSON-encoded IdP attribute mapping. Shape depends on provider.
    pub fn saml_attribute_mapping(mut self, value: impl Into<String>) -> Self {
        self.body.saml_attribute_mapping = Some(value.into());
        self
    }
    pub fn saml_allow_subdomains(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_subdomains = Some(value.into());
        self
    }
    pub fn saml_allow_idp_initiated(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_idp_initiated = Some(value.into());
        self
    }
    pub fn saml_force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_force_authn = Some(value.into());
        self
    }
    pub fn oidc_client_id(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_id = Some(value.into());
        self
    }
    pub fn oidc_client_secret(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_secret = Some(value.into());
        self
    }
    pub fn oidc_discovery_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_discovery_url = Some(value.into());
        self
    }
    pub fn oidc_auth_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_auth_url = Some(value.into());
        self
    }
    pub fn oidc_token_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_token_url = Some(value.into());
        self
    }
    pub fn oidc_user_info_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_user_info_url = Some(value.into());
        self
    }
    pub fn oidc_requires_pkce(mut self, value: impl Into<bool>) -> Self {
        self.body.oidc_requires_pkce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateOrganizationEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/v1/organizations/{}/enterprise_connections/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .enterprise_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnection,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::list_organization_test_runs`] (`listOrganizationEnterpriseConnectionTestRuns`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationEnterpriseConnectionTestRuns {
    client: Client,
    organization_id: String,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
    status: Option<Vec<types::ListOrganizationEnterpriseConnectionTestRunsStatusItem>>,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for ListOrganizationEnterpriseConnectionTestRuns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationEnterpriseConnectionTestRuns")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl ListOrganizationEnterpriseConnectionTestRuns {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Filter test runs by status (may be repeated)
    pub fn status(
        mut self,
        value: impl Into<
            Vec<types::ListOrganizationEnterpriseConnectionTestRunsStatusItem>,
        >,
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "listOrganizationEnterpriseConnectionTestRuns",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/v1/organizations/{}/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .enterprise_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        if let Some(v) = &self.status {
            req.query_exploded("status", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnectionTestRunsList,
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
            types::ClientClientWrappedEnterpriseConnectionTestRunsList,
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
        types::EnterpriseConnectionTestRunListItem,
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
                            (response.response.total_count.max(0) as u64)
                                .saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create_organization_test_run`] (`createOrganizationEnterpriseConnectionTestRun`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationEnterpriseConnectionTestRun {
    client: Client,
    organization_id: String,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateOrganizationEnterpriseConnectionTestRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationEnterpriseConnectionTestRun")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateOrganizationEnterpriseConnectionTestRun {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createOrganizationEnterpriseConnectionTestRun",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organizationID}/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/v1/organizations/{}/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .enterprise_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnectionTestRun,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnectionTestRun>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::get_me`] (`getMeEnterpriseConnections`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetMeEnterpriseConnections {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for GetMeEnterpriseConnections {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetMeEnterpriseConnections").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl GetMeEnterpriseConnections {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getMeEnterpriseConnections",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/enterprise_connections",
                "/v1/me/enterprise_connections".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnections,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnections>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create_me`] (`createMeEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMeEnterpriseConnection {
    client: Client,
    clerk_session_id: Option<String>,
    body: types::CreateMeEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateMeEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMeEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateMeEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Optional display name for the enterprise connection. When omitted,
    /// the name defaults to the requesting user's primary email address domain, falling
    /// back to the current user's active organization's name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Optional organization ID to associate with this connection
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    /// SAML IdP entity ID (only when using a SAML provider)
    pub fn saml_idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_entity_id = Some(value.into());
        self
    }
    /// SAML IdP SSO URL (only when using a SAML provider)
    pub fn saml_idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_sso_url = Some(value.into());
        self
    }
    /// SAML IdP X.509 certificate (only when using a SAML provider)
    pub fn saml_idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_certificate = Some(value.into());
        self
    }
    /// SAML IdP metadata URL (only when using a SAML provider)
    pub fn saml_idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata_url = Some(value.into());
        self
    }
    /// SAML IdP metadata XML document (only when using a SAML provider)
    pub fn saml_idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata = Some(value.into());
        self
    }
    /// JSON-encoded IdP attribute mapping (only when using a SAML provider).
    /// Shape depends on provider.
    pub fn saml_attribute_mapping(mut self, value: impl Into<String>) -> Self {
        self.body.saml_attribute_mapping = Some(value.into());
        self
    }
    pub fn saml_allow_subdomains(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_subdomains = Some(value.into());
        self
    }
    pub fn saml_allow_idp_initiated(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_idp_initiated = Some(value.into());
        self
    }
    pub fn saml_force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_force_authn = Some(value.into());
        self
    }
    /// OIDC client ID (only when using an OIDC provider)
    pub fn oidc_client_id(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_id = Some(value.into());
        self
    }
    /// OIDC client secret (only when using an OIDC provider)
    pub fn oidc_client_secret(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_secret = Some(value.into());
        self
    }
    /// OIDC discovery URL (only when using an OIDC provider)
    pub fn oidc_discovery_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_discovery_url = Some(value.into());
        self
    }
    /// OIDC authorization endpoint URL (only when using an OIDC provider)
    pub fn oidc_auth_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_auth_url = Some(value.into());
        self
    }
    /// OIDC token endpoint URL (only when using an OIDC provider)
    pub fn oidc_token_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_token_url = Some(value.into());
        self
    }
    /// OIDC user info endpoint URL (only when using an OIDC provider)
    pub fn oidc_user_info_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_user_info_url = Some(value.into());
        self
    }
    pub fn oidc_requires_pkce(mut self, value: impl Into<bool>) -> Self {
        self.body.oidc_requires_pkce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createMeEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/enterprise_connections",
                "/v1/me/enterprise_connections".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[201]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnection,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::delete_me`] (`deleteMeEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteMeEnterpriseConnection {
    client: Client,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for DeleteMeEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteMeEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl DeleteMeEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "deleteMeEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/v1/me/enterprise_connections/{}",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::update_me`] (`updateMeEnterpriseConnection`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateMeEnterpriseConnection {
    client: Client,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
    body: types::UpdateMeEnterpriseConnectionBody,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for UpdateMeEnterpriseConnection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateMeEnterpriseConnection").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl UpdateMeEnterpriseConnection {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// Replacement domains for this enterprise connection. Repeated values are sent as multiple
    /// `domains` form fields (e.g. `domains=acme.test&domains=beta.acme.test`). Every supplied domain
    /// must already exist as one of the organization's domains with verified ownership and the
    /// `enterprise_sso` enrollment mode.
    pub fn domains(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.domains = Some(value.into());
        self
    }
    pub fn active(mut self, value: impl Into<bool>) -> Self {
        self.body.active = Some(value.into());
        self
    }
    pub fn sync_user_attributes(mut self, value: impl Into<bool>) -> Self {
        self.body.sync_user_attributes = Some(value.into());
        self
    }
    pub fn disable_additional_identifications(mut self, value: impl Into<bool>) -> Self {
        self.body.disable_additional_identifications = Some(value.into());
        self
    }
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    /// JSON-encoded custom attributes (only when enabled for the instance).
    pub fn custom_attributes(mut self, value: impl Into<String>) -> Self {
        self.body.custom_attributes = Some(value.into());
        self
    }
    pub fn saml_idp_entity_id(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_entity_id = Some(value.into());
        self
    }
    pub fn saml_idp_sso_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_sso_url = Some(value.into());
        self
    }
    pub fn saml_idp_certificate(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_certificate = Some(value.into());
        self
    }
    pub fn saml_idp_metadata_url(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata_url = Some(value.into());
        self
    }
    pub fn saml_idp_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.saml_idp_metadata = Some(value.into());
        self
    }
    /// JSON-encoded IdP attribute mapping. Shape depends on provider.
    pub fn saml_attribute_mapping(mut self, value: impl Into<String>) -> Self {
        self.body.saml_attribute_mapping = Some(value.into());
        self
    }
    pub fn saml_allow_subdomains(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_subdomains = Some(value.into());
        self
    }
    pub fn saml_allow_idp_initiated(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_allow_idp_initiated = Some(value.into());
        self
    }
    pub fn saml_force_authn(mut self, value: impl Into<bool>) -> Self {
        self.body.saml_force_authn = Some(value.into());
        self
    }
    pub fn oidc_client_id(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_id = Some(value.into());
        self
    }
    pub fn oidc_client_secret(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_client_secret = Some(value.into());
        self
    }
    pub fn oidc_discovery_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_discovery_url = Some(value.into());
        self
    }
    pub fn oidc_auth_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_auth_url = Some(value.into());
        self
    }
    pub fn oidc_token_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_token_url = Some(value.into());
        self
    }
    pub fn oidc_user_info_url(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_user_info_url = Some(value.into());
        self
    }
    pub fn oidc_requires_pkce(mut self, value: impl Into<bool>) -> Self {
        self.body.oidc_requires_pkce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateMeEnterpriseConnection",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/enterprise_connections/{enterprise_connection_id}",
                format!(
                    "/v1/me/enterprise_connections/{}",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnection,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnection>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::list_me_test_runs`] (`listMeEnterpriseConnectionTestRuns`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMeEnterpriseConnectionTestRuns {
    client: Client,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
    status: Option<Vec<types::ListMeEnterpriseConnectionTestRunsStatusItem>>,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for ListMeEnterpriseConnectionTestRuns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListMeEnterpriseConnectionTestRuns").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl ListMeEnterpriseConnectionTestRuns {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Filter test runs by status (may be repeated)
    pub fn status(
        mut self,
        value: impl Into<Vec<types::ListMeEnterpriseConnectionTestRunsStatusItem>>,
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "listMeEnterpriseConnectionTestRuns",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/v1/me/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        if let Some(v) = &self.status {
            req.query_exploded("status", v);
        }
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnectionTestRunsList,
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
            types::ClientClientWrappedEnterpriseConnectionTestRunsList,
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
        types::EnterpriseConnectionTestRunListItem,
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
                            (response.response.total_count.max(0) as u64)
                                .saturating_sub(start),
                        );
                        Ok(sdkgen_runtime::Page::new(response.response.data, total))
                    }
                },
            ),
        )
    }
}
/// Request builder for [`EnterpriseConnectionsApi::create_me_test_run`] (`createMeEnterpriseConnectionTestRun`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateMeEnterpriseConnectionTestRun {
    client: Client,
    enterprise_connection_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for CreateMeEnterpriseConnectionTestRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMeEnterpriseConnectionTestRun").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl CreateMeEnterpriseConnectionTestRun {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createMeEnterpriseConnectionTestRun",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/enterprise_connections/{enterprise_connection_id}/test_runs",
                format!(
                    "/v1/me/enterprise_connections/{}/test_runs",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedEnterpriseConnectionTestRun,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedEnterpriseConnectionTestRun>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnterpriseConnectionsApi::init_test_run`] (`initEnterpriseConnectionTestRun`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct InitEnterpriseConnectionTestRun {
    client: Client,
    enterprise_connection_id: String,
    ticket: String,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for InitEnterpriseConnectionTestRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("InitEnterpriseConnectionTestRun").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl InitEnterpriseConnectionTestRun {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "initEnterpriseConnectionTestRun",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/enterprise_connections/{enterpriseConnectionID}/init_test_run",
                format!(
                    "/v1/enterprise_connections/{}/init_test_run",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string())
                ),
            )
            .security(&[])
            .success(&[301]);
        {
            let v = &self.ticket;
            req.query("ticket", v);
        }
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
/// Request builder for [`EnterpriseConnectionsApi::get_test_run_result`] (`getEnterpriseConnectionTestRunResult`): set optional inputs, then `.send().await`.
#[cfg(feature = "enterprise-connections")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEnterpriseConnectionTestRunResult {
    client: Client,
    enterprise_connection_id: String,
    test_run_id: String,
    token: String,
}
#[cfg(feature = "enterprise-connections")]
impl std::fmt::Debug for GetEnterpriseConnectionTestRunResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEnterpriseConnectionTestRunResult").finish_non_exhaustive()
    }
}
#[cfg(feature = "enterprise-connections")]
impl GetEnterpriseConnectionTestRunResult {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getEnterpriseConnectionTestRunResult",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/enterprise_connections/{enterpriseConnectionID}/test_runs/{testRunID}",
                format!(
                    "/v1/enterprise_connections/{}/test_runs/{}",
                    sdkgen_runtime::encode_path_segment(& self.enterprise_connection_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.test_run_id
                    .to_string())
                ),
            )
            .security(&[])
            .success(&[200]);
        {
            let v = &self.token;
            req.query("token", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::bytes::Bytes,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_bytes(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::bytes::Bytes>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_bytes_with_response(self.request()).await
    }
}
/// Request builder for [`EnvironmentApi::get`] (`getEnvironment`): set optional inputs, then `.send().await`.
#[cfg(feature = "environment")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetEnvironment {
    client: Client,
}
#[cfg(feature = "environment")]
impl std::fmt::Debug for GetEnvironment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetEnvironment").finish_non_exhaustive()
    }
}
#[cfg(feature = "environment")]
impl GetEnvironment {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getEnvironment",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/environment",
                "/v1/environment".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientEnvironment, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientEnvironment>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`EnvironmentApi::update`] (`updateEnvironment`): set optional inputs, then `.send().await`.
#[cfg(feature = "environment")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateEnvironment {
    client: Client,
    origin: String,
}
#[cfg(feature = "environment")]
impl std::fmt::Debug for UpdateEnvironment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateEnvironment").finish_non_exhaustive()
    }
}
#[cfg(feature = "environment")]
impl UpdateEnvironment {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateEnvironment",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/environment",
                "/v1/environment".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        {
            let v = &self.origin;
            req.header("Origin", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientEnvironment, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientEnvironment>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ExternalAccountsApi::post_o_auth_accounts`] (`postOAuthAccounts`): set optional inputs, then `.send().await`.
#[cfg(feature = "external-accounts")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostOAuthAccounts {
    client: Client,
    origin: Option<String>,
    body: types::PostOAuthAccountsBody,
}
#[cfg(feature = "external-accounts")]
impl std::fmt::Debug for PostOAuthAccounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostOAuthAccounts").finish_non_exhaustive()
    }
}
#[cfg(feature = "external-accounts")]
impl PostOAuthAccounts {
    /// The origin of the request.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The OAuth strategy that the external account provider supports. Optional when `enterprise_connection_id` is provided.
    /// Can be one of `oauth_[provider]` or `oauth_token_[provider]`.
    /// The `oauth_[provider]` strategy can be used for regular OAuth flows with redirects and a `redirect_url` parameter is also required.
    /// The `oauth_token_[provider]` strategy can be used for native flows, along with a `token` or `code` parameter.
    pub fn strategy(mut self, value: impl Into<String>) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// The ID of an enterprise connection to link. When provided, strategy is not required.
    pub fn enterprise_connection_id(mut self, value: impl Into<String>) -> Self {
        self.body.enterprise_connection_id = Some(value.into());
        self
    }
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    pub fn additional_scope(mut self, value: impl Into<String>) -> Self {
        self.body.additional_scope = Some(value.into());
        self
    }
    /// The authorization or grant code that an OAuth provider returns during authentication. Can be used with `oauth_token_[provider]` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// The ID token that an OpenID Connect provider returns during authentication. Can be used with `oauth_token_[provider]` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postOAuthAccounts",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/external_accounts",
                "/v1/me/external_accounts".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedExternalAccount,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedExternalAccount>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ExternalAccountsApi::reauthorize`] (`reauthorizeExternalAccount`): set optional inputs, then `.send().await`.
#[cfg(feature = "external-accounts")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReauthorizeExternalAccount {
    client: Client,
    external_account_id: String,
    body: types::ReauthorizeExternalAccountBody,
}
#[cfg(feature = "external-accounts")]
impl std::fmt::Debug for ReauthorizeExternalAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReauthorizeExternalAccount").finish_non_exhaustive()
    }
}
#[cfg(feature = "external-accounts")]
impl ReauthorizeExternalAccount {
    pub fn additional_scope(mut self, value: impl Into<Vec<String>>) -> Self {
        self.body.additional_scope = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "reauthorizeExternalAccount",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/external_accounts/{external_account_id}/reauthorize",
                format!(
                    "/v1/me/external_accounts/{}/reauthorize",
                    sdkgen_runtime::encode_path_segment(& self.external_account_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedExternalAccount,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedExternalAccount>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ExternalAccountsApi::delete`] (`deleteExternalAccount`): set optional inputs, then `.send().await`.
#[cfg(feature = "external-accounts")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteExternalAccount {
    client: Client,
    external_account_id: String,
}
#[cfg(feature = "external-accounts")]
impl std::fmt::Debug for DeleteExternalAccount {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteExternalAccount").finish_non_exhaustive()
    }
}
#[cfg(feature = "external-accounts")]
impl DeleteExternalAccount {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteExternalAccount",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/external_accounts/{external_account_id}",
                format!(
                    "/v1/me/external_accounts/{}", sdkgen_runtime::encode_path_segment(&
                    self.external_account_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`ExternalAccountsApi::revoke_tokens`] (`revokeExternalAccountTokens`): set optional inputs, then `.send().await`.
#[cfg(feature = "external-accounts")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeExternalAccountTokens {
    client: Client,
    external_account_id: String,
}
#[cfg(feature = "external-accounts")]
impl std::fmt::Debug for RevokeExternalAccountTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeExternalAccountTokens").finish_non_exhaustive()
    }
}
#[cfg(feature = "external-accounts")]
impl RevokeExternalAccountTokens {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "revokeExternalAccountTokens",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/external_accounts/{external_account_id}/tokens",
                format!(
                    "/v1/me/external_accounts/{}/tokens",
                    sdkgen_runtime::encode_path_segment(& self.external_account_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`HealthApi::get`] (`getHealth`): set optional inputs, then `.send().await`.
#[cfg(feature = "health")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetHealth {
    client: Client,
}
#[cfg(feature = "health")]
impl std::fmt::Debug for GetHealth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetHealth").finish_non_exhaustive()
    }
}
#[cfg(feature = "health")]
impl GetHealth {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getHealth",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/health",
                "/v1/health".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetHealthResponse,
        sdkgen_runtime::Error<types::GetHealthResponse503>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetHealthResponse>,
        sdkgen_runtime::Error<types::GetHealthResponse503>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::get_organization`] (`getOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationInvitations {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    organization_id: String,
    status: Option<types::GetOrganizationInvitationsStatus>,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for GetOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl GetOrganizationInvitations {
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
    pub fn status(
        mut self,
        value: impl Into<types::GetOrganizationInvitationsStatus>,
    ) -> Self {
        self.status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/invitations",
                format!(
                    "/v1/organizations/{}/invitations",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
        types::ClientClientWrappedOrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::create_organization`] (`createOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationInvitations {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationInvitationsBody,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for CreateOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl CreateOrganizationInvitations {
    /// Optional flag which denotes whether an email invitation should be sent to the given email address.
    /// Defaults to `true`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/invitations",
                format!(
                    "/v1/organizations/{}/invitations",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationInvitation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationInvitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::bulk_create_organization`] (`bulkCreateOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct BulkCreateOrganizationInvitations {
    client: Client,
    organization_id: String,
    body: types::BulkCreateOrganizationInvitationsBody,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for BulkCreateOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BulkCreateOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl BulkCreateOrganizationInvitations {
    /// Optional flag which denotes whether email invitations should be sent to the given email addresses.
    /// Defaults to `true`.
    pub fn notify(mut self, value: impl Into<bool>) -> Self {
        self.body.notify = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "bulkCreateOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/invitations/bulk",
                format!(
                    "/v1/organizations/{}/invitations/bulk",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::get_all_pending_organization`] (`getAllPendingOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAllPendingOrganizationInvitations {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for GetAllPendingOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetAllPendingOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl GetAllPendingOrganizationInvitations {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getAllPendingOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/invitations/pending",
                format!(
                    "/v1/organizations/{}/invitations/pending",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationInvitations,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationInvitations>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`InvitationsApi::revoke_pending_organization`] (`revokePendingOrganizationInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "invitations")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokePendingOrganizationInvitation {
    client: Client,
    organization_id: String,
    invitation_id: String,
}
#[cfg(feature = "invitations")]
impl std::fmt::Debug for RevokePendingOrganizationInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokePendingOrganizationInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "invitations")]
impl RevokePendingOrganizationInvitation {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "revokePendingOrganizationInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/invitations/{invitation_id}/revoke",
                format!(
                    "/v1/organizations/{}/invitations/{}/revoke",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self
                    .invitation_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationInvitation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationInvitation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembersApi::list_organization_memberships`] (`ListOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "members")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationMemberships {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
    organization_id: String,
    query: Option<String>,
    role: Option<String>,
}
#[cfg(feature = "members")]
impl std::fmt::Debug for ListOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "members")]
impl ListOrganizationMemberships {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    /// Returns members that match the given query.
    /// For possible matches, we check for any of the user's identifier, usernames, user IDs, first and last names.
    /// The query value doesn't need to match the exact value you are looking for, it is capable of partial matches as well.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }
    /// Filter by roles. This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role defined.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ListOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/memberships",
                format!(
                    "/v1/organizations/{}/memberships",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        if let Some(v) = &self.query {
            req.query("query", v);
        }
        if let Some(v) = &self.role {
            req.query("role", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMemberships,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationMemberships>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembersApi::create_organization_membership`] (`CreateOrganizationMembership`): set optional inputs, then `.send().await`.
#[cfg(feature = "members")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganizationMembership {
    client: Client,
    organization_id: String,
    body: types::CreateOrganizationMembershipBody,
}
#[cfg(feature = "members")]
impl std::fmt::Debug for CreateOrganizationMembership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganizationMembership").finish_non_exhaustive()
    }
}
#[cfg(feature = "members")]
impl CreateOrganizationMembership {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "CreateOrganizationMembership",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/memberships",
                format!(
                    "/v1/organizations/{}/memberships",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembersApi::remove_organization`] (`removeOrganizationMember`): set optional inputs, then `.send().await`.
#[cfg(feature = "members")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveOrganizationMember {
    client: Client,
    organization_id: String,
    user_id: String,
}
#[cfg(feature = "members")]
impl std::fmt::Debug for RemoveOrganizationMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveOrganizationMember").finish_non_exhaustive()
    }
}
#[cfg(feature = "members")]
impl RemoveOrganizationMember {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "removeOrganizationMember",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organization_id}/memberships/{user_id}",
                format!(
                    "/v1/organizations/{}/memberships/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembersApi::update_organization_membership`] (`UpdateOrganizationMembership`): set optional inputs, then `.send().await`.
#[cfg(feature = "members")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationMembership {
    client: Client,
    organization_id: String,
    user_id: String,
    body: types::UpdateOrganizationMembershipBody,
}
#[cfg(feature = "members")]
impl std::fmt::Debug for UpdateOrganizationMembership {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationMembership").finish_non_exhaustive()
    }
}
#[cfg(feature = "members")]
impl UpdateOrganizationMembership {
    /// The new role that will be assigned to the member.
    /// This can be one of the predefined roles (`org:admin`, `org:basic_member`) or a custom role defined.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.body.role = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdateOrganizationMembership",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/organizations/{organization_id}/memberships/{user_id}",
                format!(
                    "/v1/organizations/{}/memberships/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.user_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMembership,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationMembership>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembershipRequestsApi::list_organization`] (`listOrganizationMembershipRequests`): set optional inputs, then `.send().await`.
#[cfg(feature = "membership-requests")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationMembershipRequests {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    organization_id: String,
    status: Option<String>,
}
#[cfg(feature = "membership-requests")]
impl std::fmt::Debug for ListOrganizationMembershipRequests {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationMembershipRequests").finish_non_exhaustive()
    }
}
#[cfg(feature = "membership-requests")]
impl ListOrganizationMembershipRequests {
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
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "listOrganizationMembershipRequests",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}/membership_requests",
                format!(
                    "/v1/organizations/{}/membership_requests",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
        types::ClientClientWrappedOrganizationMembershipRequests,
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
            types::ClientClientWrappedOrganizationMembershipRequests,
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
        types::ClientOrganizationMembershipRequest,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`MembershipRequestsApi::accept_organization`] (`acceptOrganizationMembershipRequest`): set optional inputs, then `.send().await`.
#[cfg(feature = "membership-requests")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptOrganizationMembershipRequest {
    client: Client,
    organization_id: String,
    request_id: String,
}
#[cfg(feature = "membership-requests")]
impl std::fmt::Debug for AcceptOrganizationMembershipRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AcceptOrganizationMembershipRequest").finish_non_exhaustive()
    }
}
#[cfg(feature = "membership-requests")]
impl AcceptOrganizationMembershipRequest {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "acceptOrganizationMembershipRequest",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/membership_requests/{request_id}/accept",
                format!(
                    "/v1/organizations/{}/membership_requests/{}/accept",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.request_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMembershipRequest,
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
            types::ClientClientWrappedOrganizationMembershipRequest,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`MembershipRequestsApi::reject_organization`] (`rejectOrganizationMembershipRequest`): set optional inputs, then `.send().await`.
#[cfg(feature = "membership-requests")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RejectOrganizationMembershipRequest {
    client: Client,
    organization_id: String,
    request_id: String,
}
#[cfg(feature = "membership-requests")]
impl std::fmt::Debug for RejectOrganizationMembershipRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RejectOrganizationMembershipRequest").finish_non_exhaustive()
    }
}
#[cfg(feature = "membership-requests")]
impl RejectOrganizationMembershipRequest {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "rejectOrganizationMembershipRequest",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations/{organization_id}/membership_requests/{request_id}/reject",
                format!(
                    "/v1/organizations/{}/membership_requests/{}/reject",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string()), sdkgen_runtime::encode_path_segment(& self.request_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMembershipRequest,
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
            types::ClientClientWrappedOrganizationMembershipRequest,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2CallbacksApi::get_oauth_callback`] (`getOauthCallback`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-callbacks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOauthCallback {
    client: Client,
    scope: Option<String>,
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
}
#[cfg(feature = "o-auth2-callbacks")]
impl std::fmt::Debug for GetOauthCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOauthCallback").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-callbacks")]
impl GetOauthCallback {
    /// returned scopes from OAuth provider.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// returned exchange code from OAuth provider.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }
    /// returned state from OAuth provider.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// returned error state from OAuth provider, if applicable
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.error = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOauthCallback",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/oauth_callback",
                "/v1/oauth_callback".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 299, 301, 303]);
        if let Some(v) = &self.scope {
            req.query("scope", v);
        }
        if let Some(v) = &self.code {
            req.query("code", v);
        }
        if let Some(v) = &self.state {
            req.query("state", v);
        }
        if let Some(v) = &self.error {
            req.query("error", v);
        }
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
/// Request builder for [`OAuth2CallbacksApi::post_oauth_callback`] (`postOauthCallback`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-callbacks")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostOauthCallback {
    client: Client,
    body: types::PostOauthCallbackBody,
}
#[cfg(feature = "o-auth2-callbacks")]
impl std::fmt::Debug for PostOauthCallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostOauthCallback").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-callbacks")]
impl PostOauthCallback {
    /// returned exchange code from OAuth provider.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// returned scopes from OAuth provider.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.body.scope = Some(value.into());
        self
    }
    /// returned state from OAuth provider.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.body.state = Some(value.into());
        self
    }
    /// returned error state from OAuth provider, if applicable
    pub fn error(mut self, value: impl Into<String>) -> Self {
        self.body.error = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postOauthCallback",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/oauth_callback",
                "/v1/oauth_callback".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[303]);
        req.form(&self.body);
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
/// Request builder for [`OAuth2IdentityProviderApi::request_o_auth_authorize`] (`requestOAuthAuthorize`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RequestOAuthAuthorize {
    client: Client,
    client_id: String,
    redirect_uri: Option<String>,
    scope: Option<Vec<types::RequestOAuthAuthorizeScopeItem>>,
    state: Option<String>,
    prompt: Option<Vec<types::RequestOAuthAuthorizePromptItem>>,
    code_challenge: Option<String>,
    code_challenge_method: Option<types::RequestOAuthAuthorizeCodeChallengeMethod>,
    response_mode: Option<types::RequestOAuthAuthorizeResponseMode>,
    nonce: Option<String>,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for RequestOAuthAuthorize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestOAuthAuthorize").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl RequestOAuthAuthorize {
    /// The URI to redirect to after authorization. Must be registered for the OAuth application.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    /// Space-separated list of scopes being requested. Available scopes are `email`, `profile`, `openid`, `public_metadata`, `private_metadata`, `offline_access`, and `user:org:read` (when Organizations are enabled). Defaults to `profile email` if not provided.
    pub fn scope(
        mut self,
        value: impl Into<Vec<types::RequestOAuthAuthorizeScopeItem>>,
    ) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// An opaque value used to maintain state between the request and callback (minimum 8 characters). Required to prevent CSRF attacks unless PKCE parameters (`code_challenge` and `code_challenge_method`) are provided.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Space-separated list of prompts. Supported values are `none` (no user interaction), `login` (force re-authentication), and `consent` (force consent screen).
    pub fn prompt(
        mut self,
        value: impl Into<Vec<types::RequestOAuthAuthorizePromptItem>>,
    ) -> Self {
        self.prompt = Some(value.into());
        self
    }
    /// The code challenge for PKCE (Proof Key for Code Exchange). Required for public clients.
    pub fn code_challenge(mut self, value: impl Into<String>) -> Self {
        self.code_challenge = Some(value.into());
        self
    }
    /// The method used to generate the code challenge. Must be `S256`.
    pub fn code_challenge_method(
        mut self,
        value: impl Into<types::RequestOAuthAuthorizeCodeChallengeMethod>,
    ) -> Self {
        self.code_challenge_method = Some(value.into());
        self
    }
    /// The method used to return authorization response parameters. Supported values are `query` (parameters in URL query string) and `form_post` (parameters in POST body).
    pub fn response_mode(
        mut self,
        value: impl Into<types::RequestOAuthAuthorizeResponseMode>,
    ) -> Self {
        self.response_mode = Some(value.into());
        self
    }
    /// String value used to associate a client session with an ID Token and to mitigate replay attacks. Used in OpenID Connect flows.
    pub fn nonce(mut self, value: impl Into<String>) -> Self {
        self.nonce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "requestOAuthAuthorize",
                sdkgen_runtime::reqwest::Method::GET,
                "/oauth/authorize",
                "/oauth/authorize".to_owned(),
            )
            .security(&[])
            .success(&[200, 302, 303]);
        req.query("response_type", "code");
        {
            let v = &self.client_id;
            req.query("client_id", v);
        }
        if let Some(v) = &self.redirect_uri {
            req.query("redirect_uri", v);
        }
        if let Some(v) = &self.scope {
            req.query_joined("scope", v, " ");
        }
        if let Some(v) = &self.state {
            req.query("state", v);
        }
        if let Some(v) = &self.prompt {
            req.query_joined("prompt", v, " ");
        }
        if let Some(v) = &self.code_challenge {
            req.query("code_challenge", v);
        }
        if let Some(v) = &self.code_challenge_method {
            req.query("code_challenge_method", v);
        }
        if let Some(v) = &self.response_mode {
            req.query("response_mode", v);
        }
        if let Some(v) = &self.nonce {
            req.query("nonce", v);
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
/// Request builder for [`OAuth2IdentityProviderApi::request_o_auth_authorize_post`] (`requestOAuthAuthorizePOST`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RequestOAuthAuthorizePost {
    client: Client,
    body: types::RequestOAuthAuthorizePostBody,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for RequestOAuthAuthorizePost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RequestOAuthAuthorizePost").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl RequestOAuthAuthorizePost {
    /// The URI to redirect to after authorization. Must be registered for the OAuth application.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_uri = Some(value.into());
        self
    }
    /// Space-separated list of scopes being requested. Available scopes are `email`, `profile`, `openid`, `public_metadata`, `private_metadata`, `offline_access`, and `user:org:read` (when Organizations are enabled). Defaults to `profile email` if not provided. Multiple values should be space-delimited (e.g., "email profile openid").
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.body.scope = Some(value.into());
        self
    }
    /// An opaque value used to maintain state between the request and callback (minimum 8 characters). Required to prevent CSRF attacks unless PKCE parameters (`code_challenge` and `code_challenge_method`) are provided.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.body.state = Some(value.into());
        self
    }
    /// Space-separated list of prompts. Supported values are `none` (no user interaction), `login` (force re-authentication), and `consent` (force consent screen). Multiple values should be space-delimited (e.g., "login consent").
    pub fn prompt(mut self, value: impl Into<String>) -> Self {
        self.body.prompt = Some(value.into());
        self
    }
    /// The code challenge for PKCE (Proof Key for Code Exchange). Required for public clients.
    pub fn code_challenge(mut self, value: impl Into<String>) -> Self {
        self.body.code_challenge = Some(value.into());
        self
    }
    /// The method used to generate the code challenge. Must be `S256`.
    pub fn code_challenge_method(
        mut self,
        value: impl Into<types::RequestOAuthAuthorizePostBodyCodeChallengeMethod>,
    ) -> Self {
        self.body.code_challenge_method = Some(value.into());
        self
    }
    /// The method used to return authorization response parameters. Supported values are `query` (parameters in URL query string) and `form_post` (parameters in POST body).
    pub fn response_mode(
        mut self,
        value: impl Into<types::RequestOAuthAuthorizePostBodyResponseMode>,
    ) -> Self {
        self.body.response_mode = Some(value.into());
        self
    }
    /// String value used to associate a client session with an ID Token and to mitigate replay attacks. Used in OpenID Connect flows.
    pub fn nonce(mut self, value: impl Into<String>) -> Self {
        self.body.nonce = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "requestOAuthAuthorizePOST",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/authorize",
                "/oauth/authorize".to_owned(),
            )
            .security(&[])
            .success(&[200, 302, 303]);
        req.form(&self.body);
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
/// Request builder for [`OAuth2IdentityProviderApi::register_o_auth_client`] (`registerOAuthClient`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RegisterOAuthClient {
    client: Client,
    body: types::OAuthDynamicClientRegistrationRequest,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for RegisterOAuthClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RegisterOAuthClient").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl RegisterOAuthClient {
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
    pub fn token_endpoint_auth_method(
        mut self,
        value: impl Into<
            types::OAuthDynamicClientRegistrationRequestTokenEndpointAuthMethod,
        >,
    ) -> Self {
        self.body.token_endpoint_auth_method = Some(value.into());
        self
    }
    /// Human-readable string name of the client to be presented to the end-user
    /// during authorization.
    pub fn client_name(mut self, value: impl Into<String>) -> Self {
        self.body.client_name = Some(value.into());
        self
    }
    /// URL string of a web page providing information about the client.
    pub fn client_uri(mut self, value: impl Into<String>) -> Self {
        self.body.client_uri = Some(value.into());
        self
    }
    /// URL string that references a logo for the client. If present, the
    /// Clerk will display this image to the end-user during approval.
    pub fn logo_uri(mut self, value: impl Into<String>) -> Self {
        self.body.logo_uri = Some(value.into());
        self
    }
    /// Space-separated list of scope values that the client can use when requesting
    /// access tokens. If omitted, the client will be registered with the default set of scopes.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.body.scope = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "registerOAuthClient",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/register",
                "/oauth/register".to_owned(),
            )
            .security(&[])
            .success(&[201]);
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::OAuthDynamicClientRegistrationResponse,
        sdkgen_runtime::Error<types::OAuthDynamicClientRegistrationError>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthDynamicClientRegistrationResponse>,
        sdkgen_runtime::Error<types::OAuthDynamicClientRegistrationError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::get_o_auth_token`] (`getOAuthToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthToken {
    client: Client,
    body: types::GetOAuthTokenBody,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for GetOAuthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl GetOAuthToken {
    /// The authorization code received from the authorization endpoint.
    /// **Required when `grant_type=authorization_code`**.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// The redirect URI used in the authorization request. Must match exactly.
    /// **Required when `grant_type=authorization_code`**.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_uri = Some(value.into());
        self
    }
    /// The PKCE code verifier that corresponds to the `code_challenge` sent in the authorization request.
    /// **Required for public clients using PKCE with `grant_type=authorization_code`**.
    /// Confidential clients using `client_secret` should not include this parameter.
    pub fn code_verifier(mut self, value: impl Into<String>) -> Self {
        self.body.code_verifier = Some(value.into());
        self
    }
    /// The OAuth 2.0 client identifier.
    /// **Required for public clients** (those not using HTTP Basic Authentication).
    /// For confidential clients, can be provided here or via HTTP Basic Authentication.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.body.client_id = Some(value.into());
        self
    }
    /// The OAuth 2.0 client secret.
    /// **Required for confidential clients** (unless using HTTP Basic Authentication).
    /// Public clients using PKCE should not include this parameter.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.body.client_secret = Some(value.into());
        self
    }
    /// The refresh token issued to the client.
    /// **Required when `grant_type=refresh_token`**.
    pub fn refresh_token(mut self, value: impl Into<String>) -> Self {
        self.body.refresh_token = Some(value.into());
        self
    }
    /// Space-separated list of scopes for the access token.
    /// **Optional when `grant_type=refresh_token`**.
    /// If provided, the requested scope must not exceed the scope originally granted.
    /// If omitted, the same scope as originally granted will be used.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.body.scope = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOAuthToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/token",
                "/oauth/token".to_owned(),
            )
            .security(&[&["ClientCredentials"], &[]])
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthToken, sdkgen_runtime::Error<types::GetOAuthTokenError>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthToken>,
        sdkgen_runtime::Error<types::GetOAuthTokenError>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::get_o_auth_user_info`] (`getOAuthUserInfo`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthUserInfo {
    client: Client,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for GetOAuthUserInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthUserInfo").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl GetOAuthUserInfo {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOAuthUserInfo",
                sdkgen_runtime::reqwest::Method::GET,
                "/oauth/userinfo",
                "/oauth/userinfo".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthUserInfo, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthUserInfo>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::get_o_auth_user_info_post`] (`getOAuthUserInfoPOST`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthUserInfoPost {
    client: Client,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for GetOAuthUserInfoPost {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthUserInfoPost").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl GetOAuthUserInfoPost {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOAuthUserInfoPOST",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/userinfo",
                "/oauth/userinfo".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthUserInfo, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthUserInfo>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::get_o_auth_token_info`] (`getOAuthTokenInfo`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthTokenInfo {
    client: Client,
    body: types::GetOAuthTokenInfoBody,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for GetOAuthTokenInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthTokenInfo").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl GetOAuthTokenInfo {
    /// A hint about the type of the token submitted for introspection. Can be one of the following `access_token` and `refresh_token`
    pub fn token_type_hint(mut self, value: impl Into<String>) -> Self {
        self.body.token_type_hint = Some(value.into());
        self
    }
    /// The granted scopes for the token to check against
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.body.scope = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOAuthTokenInfo",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/token_info",
                "/oauth/token_info".to_owned(),
            )
            .security(&[])
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthTokenInfo, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthTokenInfo>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::revoke_o_auth_token`] (`revokeOAuthToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeOAuthToken {
    client: Client,
    body: types::RevokeOAuthTokenBody,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for RevokeOAuthToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeOAuthToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl RevokeOAuthToken {
    /// The token to revoke.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// A hint about the type of the token to be revoked.
    pub fn token_type_hint(
        mut self,
        value: impl Into<types::RevokeOAuthTokenBodyTokenTypeHint>,
    ) -> Self {
        self.body.token_type_hint = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "revokeOAuthToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/oauth/token/revoke",
                "/oauth/token/revoke".to_owned(),
            )
            .security(&[&["ClientCredentials"]])
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::NoContent,
        sdkgen_runtime::Error<types::RevokeOAuthTokenError>,
    > {
        self.client.transport.send_empty(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::NoContent>,
        sdkgen_runtime::Error<types::RevokeOAuthTokenError>,
    > {
        self.client.transport.send_empty_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::get_o_auth_consent`] (`getOAuthConsent`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuthConsent {
    client: Client,
    client_id: String,
    scope: Option<String>,
    redirect_uri: Option<String>,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for GetOAuthConsent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuthConsent").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl GetOAuthConsent {
    /// Optional space-separated list of scopes to restrict the response to only those requested.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
    /// Optional redirect URI from the original OAuth authorize request.
    /// When provided and registered for the OAuth application, the response will include
    /// a `redirect_domain` field containing the PSL-resolved root domain for display on the consent screen.
    /// Unregistered or malformed URIs are silently ignored and `redirect_domain` will be null.
    pub fn redirect_uri(mut self, value: impl Into<String>) -> Self {
        self.redirect_uri = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOAuthConsent",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/oauth/consent/{client_id}",
                format!(
                    "/v1/me/oauth/consent/{}", sdkgen_runtime::encode_path_segment(& self
                    .client_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.scope {
            req.query("scope", v);
        }
        if let Some(v) = &self.redirect_uri {
            req.query("redirect_uri", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::OAuthConsentInfo, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::OAuthConsentInfo>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OAuth2IdentityProviderApi::submit_o_auth_consent`] (`submitOAuthConsent`): set optional inputs, then `.send().await`.
#[cfg(feature = "o-auth2-identity-provider")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitOAuthConsent {
    client: Client,
    client_id: String,
    body: types::SubmitOAuthConsentBody,
}
#[cfg(feature = "o-auth2-identity-provider")]
impl std::fmt::Debug for SubmitOAuthConsent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SubmitOAuthConsent").finish_non_exhaustive()
    }
}
#[cfg(feature = "o-auth2-identity-provider")]
impl SubmitOAuthConsent {
    /// Optional. The organization to scope the issued token to. The
    /// authenticated user must be a member of this organization. If
    /// omitted, the user's currently active organization is used.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "submitOAuthConsent",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/oauth/consent/{client_id}",
                format!(
                    "/v1/me/oauth/consent/{}", sdkgen_runtime::encode_path_segment(& self
                    .client_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 302, 303]);
        req.form(&self.body);
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
/// Request builder for [`OrganizationApi::create`] (`createOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrganization {
    client: Client,
    body: types::CreateOrganizationBody,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for CreateOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl CreateOrganization {
    /// The organization name.
    /// May not contain URLs or HTML.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The organization slug
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.body.slug = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createOrganization",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/organizations",
                "/v1/organizations".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganization,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationApi::get`] (`getOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganization {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for GetOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl GetOrganization {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOrganization",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/organizations/{organization_id}",
                format!(
                    "/v1/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganization,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationApi::delete`] (`deleteOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganization {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for DeleteOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl DeleteOrganization {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteOrganization",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organization_id}",
                format!(
                    "/v1/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationApi::update`] (`updateOrganization`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganization {
    client: Client,
    organization_id: String,
    body: types::UpdateOrganizationBody,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for UpdateOrganization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganization").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl UpdateOrganization {
    /// The organization name.
    /// May not contain URLs or HTML.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    /// The organization slug
    pub fn slug(mut self, value: impl Into<String>) -> Self {
        self.body.slug = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateOrganization",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/organizations/{organization_id}",
                format!(
                    "/v1/organizations/{}", sdkgen_runtime::encode_path_segment(& self
                    .organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganization,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganization>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationApi::update_logo`] (`updateOrganizationLogo`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateOrganizationLogo {
    client: Client,
    organization_id: String,
    body: types::UpdateOrganizationLogoBody,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for UpdateOrganizationLogo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateOrganizationLogo").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl UpdateOrganizationLogo {
    pub fn file(mut self, value: impl Into<sdkgen_runtime::FilePart>) -> Self {
        self.body.file = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateOrganizationLogo",
                sdkgen_runtime::reqwest::Method::PUT,
                "/v1/organizations/{organization_id}/logo",
                format!(
                    "/v1/organizations/{}/logo", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
    ) -> Result<
        types::ClientClientWrappedOrganization2,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganization2>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationApi::delete_logo`] (`deleteOrganizationLogo`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationLogo {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organization")]
impl std::fmt::Debug for DeleteOrganizationLogo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationLogo").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization")]
impl DeleteOrganizationLogo {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteOrganizationLogo",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/organizations/{organization_id}/logo",
                format!(
                    "/v1/organizations/{}/logo", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationCreationDefaultsApi::get`] (`getOrganizationCreationDefaults`): set optional inputs, then `.send().await`.
#[cfg(feature = "organization-creation-defaults")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationCreationDefaults {
    client: Client,
}
#[cfg(feature = "organization-creation-defaults")]
impl std::fmt::Debug for GetOrganizationCreationDefaults {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationCreationDefaults").finish_non_exhaustive()
    }
}
#[cfg(feature = "organization-creation-defaults")]
impl GetOrganizationCreationDefaults {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOrganizationCreationDefaults",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/organization_creation_defaults",
                "/v1/me/organization_creation_defaults".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::GetOrganizationCreationDefaultsResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::GetOrganizationCreationDefaultsResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsMembershipsApi::get_organization_memberships`] (`getOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationMemberships {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    paginated: Option<bool>,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for GetOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl GetOrganizationMemberships {
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
    /// Whether to paginate the results.
    /// If true, the results will be paginated.
    /// If false, the results will not be paginated.
    pub fn paginated(mut self, value: impl Into<bool>) -> Self {
        self.paginated = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/organization_memberships",
                "/v1/me/organization_memberships".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.limit {
            req.query("limit", v);
        }
        if let Some(v) = &self.offset {
            req.query("offset", v);
        }
        if let Some(v) = &self.paginated {
            req.query("paginated", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationMemberships,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationMemberships>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsMembershipsApi::delete_organization_memberships`] (`deleteOrganizationMemberships`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteOrganizationMemberships {
    client: Client,
    organization_id: String,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for DeleteOrganizationMemberships {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteOrganizationMemberships").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl DeleteOrganizationMemberships {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteOrganizationMemberships",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/organization_memberships/{organization_id}",
                format!(
                    "/v1/me/organization_memberships/{}",
                    sdkgen_runtime::encode_path_segment(& self.organization_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsMembershipsApi::get_users_organization_invitations`] (`getUsersOrganizationInvitations`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUsersOrganizationInvitations {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    status: Option<String>,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for GetUsersOrganizationInvitations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUsersOrganizationInvitations").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl GetUsersOrganizationInvitations {
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
    /// The status of the organization invitations to filter by
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getUsersOrganizationInvitations",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/organization_invitations",
                "/v1/me/organization_invitations".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
        types::ClientClientWrappedOrganizationInvitationsUserContext,
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
            types::ClientClientWrappedOrganizationInvitationsUserContext,
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
        types::ClientOrganizationInvitationUserContext,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationsMembershipsApi::accept_organization_invitation`] (`acceptOrganizationInvitation`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptOrganizationInvitation {
    client: Client,
    invitation_id: String,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for AcceptOrganizationInvitation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AcceptOrganizationInvitation").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl AcceptOrganizationInvitation {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "acceptOrganizationInvitation",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/organization_invitations/{invitation_id}/accept",
                format!(
                    "/v1/me/organization_invitations/{}/accept",
                    sdkgen_runtime::encode_path_segment(& self.invitation_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationInvitationUserContext,
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
            types::ClientClientWrappedOrganizationInvitationUserContext,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`OrganizationsMembershipsApi::get_organization_suggestions`] (`getOrganizationSuggestions`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrganizationSuggestions {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    status: Option<String>,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for GetOrganizationSuggestions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOrganizationSuggestions").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl GetOrganizationSuggestions {
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
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getOrganizationSuggestions",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/organization_suggestions",
                "/v1/me/organization_suggestions".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
        types::ClientClientWrappedOrganizationSuggestions,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationSuggestions>,
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
        types::ClientOrganizationSuggestion,
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`OrganizationsMembershipsApi::accept_organization_suggestion`] (`acceptOrganizationSuggestion`): set optional inputs, then `.send().await`.
#[cfg(feature = "organizations-memberships")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptOrganizationSuggestion {
    client: Client,
    suggestion_id: String,
}
#[cfg(feature = "organizations-memberships")]
impl std::fmt::Debug for AcceptOrganizationSuggestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AcceptOrganizationSuggestion").finish_non_exhaustive()
    }
}
#[cfg(feature = "organizations-memberships")]
impl AcceptOrganizationSuggestion {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "acceptOrganizationSuggestion",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/organization_suggestions/{suggestion_id}/accept",
                format!(
                    "/v1/me/organization_suggestions/{}/accept",
                    sdkgen_runtime::encode_path_segment(& self.suggestion_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedOrganizationSuggestion,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedOrganizationSuggestion>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PasskeysApi::post`] (`postPasskey`): set optional inputs, then `.send().await`.
#[cfg(feature = "passkeys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostPasskey {
    client: Client,
    clerk_session_id: Option<String>,
    origin: Option<String>,
    x_original_host: Option<String>,
}
#[cfg(feature = "passkeys")]
impl std::fmt::Debug for PostPasskey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostPasskey").finish_non_exhaustive()
    }
}
#[cfg(feature = "passkeys")]
impl PostPasskey {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// The origin of the request.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The original host of the request.
    pub fn x_original_host(mut self, value: impl Into<String>) -> Self {
        self.x_original_host = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postPasskey",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/passkeys",
                "/v1/me/passkeys".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        if let Some(v) = &self.x_original_host {
            req.header("X-Original-Host", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPasskey,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPasskey>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PasskeysApi::read`] (`readPasskey`): set optional inputs, then `.send().await`.
#[cfg(feature = "passkeys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReadPasskey {
    client: Client,
    passkey_id: String,
}
#[cfg(feature = "passkeys")]
impl std::fmt::Debug for ReadPasskey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadPasskey").finish_non_exhaustive()
    }
}
#[cfg(feature = "passkeys")]
impl ReadPasskey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "readPasskey",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/passkeys/{passkey_id}",
                format!(
                    "/v1/me/passkeys/{}", sdkgen_runtime::encode_path_segment(& self
                    .passkey_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPasskey,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPasskey>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PasskeysApi::delete`] (`deletePasskey`): set optional inputs, then `.send().await`.
#[cfg(feature = "passkeys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeletePasskey {
    client: Client,
    passkey_id: String,
}
#[cfg(feature = "passkeys")]
impl std::fmt::Debug for DeletePasskey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeletePasskey").finish_non_exhaustive()
    }
}
#[cfg(feature = "passkeys")]
impl DeletePasskey {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deletePasskey",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/passkeys/{passkey_id}",
                format!(
                    "/v1/me/passkeys/{}", sdkgen_runtime::encode_path_segment(& self
                    .passkey_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PasskeysApi::patch`] (`patchPasskey`): set optional inputs, then `.send().await`.
#[cfg(feature = "passkeys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchPasskey {
    client: Client,
    passkey_id: String,
    body: types::PatchPasskeyBody,
}
#[cfg(feature = "passkeys")]
impl std::fmt::Debug for PatchPasskey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PatchPasskey").finish_non_exhaustive()
    }
}
#[cfg(feature = "passkeys")]
impl PatchPasskey {
    /// The name of the passkey.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "patchPasskey",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/passkeys/{passkey_id}",
                format!(
                    "/v1/me/passkeys/{}", sdkgen_runtime::encode_path_segment(& self
                    .passkey_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPasskey,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPasskey>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PasskeysApi::attempt_verification`] (`attemptPasskeyVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "passkeys")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptPasskeyVerification {
    client: Client,
    passkey_id: String,
    origin: Option<String>,
    body: types::AttemptPasskeyVerificationBody,
}
#[cfg(feature = "passkeys")]
impl std::fmt::Debug for AttemptPasskeyVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptPasskeyVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "passkeys")]
impl AttemptPasskeyVerification {
    /// The origin of the request.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The strategy used to connect the external account.
    pub fn strategy(
        mut self,
        value: impl Into<types::AttemptPasskeyVerificationBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// The public key credential of the passkey.
    pub fn public_key_credential(mut self, value: impl Into<String>) -> Self {
        self.body.public_key_credential = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptPasskeyVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/passkeys/{passkey_id}/attempt_verification",
                format!(
                    "/v1/me/passkeys/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.passkey_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPasskey,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPasskey>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::get`] (`getPhoneNumbers`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPhoneNumbers {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for GetPhoneNumbers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetPhoneNumbers").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl GetPhoneNumbers {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getPhoneNumbers",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/phone_numbers",
                "/v1/me/phone_numbers".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ServerUserPhoneNumbers,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ServerUserPhoneNumbers>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::post`] (`postPhoneNumbers`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostPhoneNumbers {
    client: Client,
    clerk_session_id: Option<String>,
    body: types::PostPhoneNumbersBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for PostPhoneNumbers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostPhoneNumbers").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl PostPhoneNumbers {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Whether the phone number is reserved for multi-factor authentication.
    pub fn reserved_for_second_factor(mut self, value: impl Into<bool>) -> Self {
        self.body.reserved_for_second_factor = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postPhoneNumbers",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/phone_numbers",
                "/v1/me/phone_numbers".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPhoneNumber,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::verify`] (`verifyPhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyPhoneNumber {
    client: Client,
    phone_number_id: String,
    clerk_session_id: Option<String>,
    body: types::VerifyPhoneNumberBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for VerifyPhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyPhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl VerifyPhoneNumber {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyPhoneNumber",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/phone_numbers/{phone_number_id}/attempt_verification",
                format!(
                    "/v1/me/phone_numbers/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.phone_number_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPhoneNumber,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::send_verification_sms`] (`sendVerificationSMS`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendVerificationSms {
    client: Client,
    phone_number_id: String,
    clerk_session_id: Option<String>,
    body: types::SendVerificationSmsBody,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for SendVerificationSms {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendVerificationSms").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl SendVerificationSms {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "sendVerificationSMS",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/phone_numbers/{phone_number_id}/prepare_verification",
                format!(
                    "/v1/me/phone_numbers/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.phone_number_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPhoneNumber,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`PhoneNumbersApi::read`] (`ReadPhoneNumber`): set optional inputs, then `.send().await`.
#[cfg(feature = "phone-numbers")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReadPhoneNumber {
    client: Client,
    phone_number_id: String,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for ReadPhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadPhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl ReadPhoneNumber {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "ReadPhoneNumber",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/phone_numbers/{phone_number_id}",
                format!(
                    "/v1/me/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPhoneNumber,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPhoneNumber>,
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
    clerk_session_id: Option<String>,
}
#[cfg(feature = "phone-numbers")]
impl std::fmt::Debug for DeletePhoneNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeletePhoneNumber").finish_non_exhaustive()
    }
}
#[cfg(feature = "phone-numbers")]
impl DeletePhoneNumber {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "DeletePhoneNumber",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/phone_numbers/{phone_number_id}",
                format!(
                    "/v1/me/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
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
    clerk_session_id: Option<String>,
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
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    /// Whether the phone number is reserved for multi-factor authentication.
    pub fn reserved_for_second_factor(mut self, value: impl Into<bool>) -> Self {
        self.body.reserved_for_second_factor = Some(value.into());
        self
    }
    /// Marks the phone number as the default that will be used in multi-factor authentication.
    pub fn default_second_factor(mut self, value: impl Into<bool>) -> Self {
        self.body.default_second_factor = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "UpdatePhoneNumber",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/phone_numbers/{phone_number_id}",
                format!(
                    "/v1/me/phone_numbers/{}", sdkgen_runtime::encode_path_segment(& self
                    .phone_number_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedPhoneNumber,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedPhoneNumber>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`RedirectApi::to_url`] (`redirectToUrl`): set optional inputs, then `.send().await`.
#[cfg(feature = "redirect")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RedirectToUrl {
    client: Client,
    redirect_url: Option<String>,
}
#[cfg(feature = "redirect")]
impl std::fmt::Debug for RedirectToUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RedirectToUrl").finish_non_exhaustive()
    }
}
#[cfg(feature = "redirect")]
impl RedirectToUrl {
    /// The URL to redirect to (optional). If empty or not provided, redirects to the default URL.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.redirect_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "redirectToUrl",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/redirect",
                "/v1/redirect".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[307]);
        if let Some(v) = &self.redirect_url {
            req.query("redirect_url", v);
        }
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
/// Request builder for [`RolesApi::list_organization`] (`ListOrganizationRoles`): set optional inputs, then `.send().await`.
#[cfg(feature = "roles")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrganizationRoles {
    client: Client,
    limit: Option<i64>,
    offset: Option<i64>,
    organization_id: String,
}
#[cfg(feature = "roles")]
impl std::fmt::Debug for ListOrganizationRoles {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListOrganizationRoles").finish_non_exhaustive()
    }
}
#[cfg(feature = "roles")]
impl ListOrganizationRoles {
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
                "/v1/organizations/{organization_id}/roles",
                format!(
                    "/v1/organizations/{}/roles", sdkgen_runtime::encode_path_segment(&
                    self.organization_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
        types::ClientClientWrappedRoles,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedRoles>,
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
    ) -> sdkgen_runtime::ItemStream<types::ClientRole, types::ClerkErrors> {
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
                        let total = response
                            .response
                            .total_count
                            .map(|total| (total.max(0) as u64).saturating_sub(start));
                        Ok(
                            sdkgen_runtime::Page::new(
                                response.response.data.unwrap_or_default(),
                                total,
                            ),
                        )
                    }
                },
            ),
        )
    }
}
/// Request builder for [`SamlApi::metadata`] (`samlMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SamlMetadata {
    client: Client,
    saml_connection_id: String,
}
#[cfg(feature = "saml")]
impl std::fmt::Debug for SamlMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SamlMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml")]
impl SamlMetadata {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "samlMetadata",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/saml/metadata/{saml_connection_id}.xml",
                format!(
                    "/v1/saml/metadata/{}.xml", sdkgen_runtime::encode_path_segment(&
                    self.saml_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
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
/// Request builder for [`SamlApi::acs`] (`acs`): set optional inputs, then `.send().await`.
#[cfg(feature = "saml")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Acs {
    client: Client,
    saml_connection_id: String,
}
#[cfg(feature = "saml")]
impl std::fmt::Debug for Acs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Acs").finish_non_exhaustive()
    }
}
#[cfg(feature = "saml")]
impl Acs {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "acs",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/saml/acs/{saml_connection_id}",
                format!(
                    "/v1/saml/acs/{}", sdkgen_runtime::encode_path_segment(& self
                    .saml_connection_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[302, 303])
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
/// Request builder for [`SessionsApi::remove_client_and_retain_cookie`] (`removeClientSessionsAndRetainCookie`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveClientSessionsAndRetainCookie {
    client: Client,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for RemoveClientSessionsAndRetainCookie {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveClientSessionsAndRetainCookie").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl RemoveClientSessionsAndRetainCookie {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "removeClientSessionsAndRetainCookie",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/client/sessions",
                "/v1/client/sessions".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientDeleteSession, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientDeleteSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::get`] (`getSession`): set optional inputs, then `.send().await`.
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
                "getSession",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/sessions/{session_id}",
                format!(
                    "/v1/client/sessions/{}", sdkgen_runtime::encode_path_segment(& self
                    .session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSession,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::touch`] (`touchSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TouchSession {
    client: Client,
    session_id: String,
    body: types::TouchSessionBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for TouchSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TouchSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl TouchSession {
    /// The ID or slug of the organization to activate.
    ///
    /// When force organization selection is enabled and this value is sent as null or empty string,
    /// the session will keep the previous active organization and will not attempt to switch to a personal account.
    pub fn active_organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.active_organization_id = Some(value.into());
        self
    }
    /// Indicates why the touch request was triggered.
    pub fn intent(mut self, value: impl Into<types::TouchSessionBodyIntent>) -> Self {
        self.body.intent = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "touchSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/touch",
                format!(
                    "/v1/client/sessions/{}/touch", sdkgen_runtime::encode_path_segment(&
                    self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientTouchWrappedSession,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientTouchWrappedSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::end`] (`endSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct EndSession {
    client: Client,
    session_id: String,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for EndSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EndSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl EndSession {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "endSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/end",
                format!(
                    "/v1/client/sessions/{}/end", sdkgen_runtime::encode_path_segment(&
                    self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSession,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::remove`] (`removeSession`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemoveSession {
    client: Client,
    session_id: String,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for RemoveSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemoveSession").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl RemoveSession {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "removeSession",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/remove",
                format!(
                    "/v1/client/sessions/{}/remove",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSession,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSession>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::create_token`] (`createSessionToken`): set optional inputs, then `.send().await`.
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
    /// The organization ID to associate with the token. The user must be a member of the organization.
    /// If present but empty, the personal account will be set as active.
    /// If absent, the previous active organization for the session will be used.
    ///
    /// When force organization selection is enabled and this value is sent as null or empty string,
    /// the token will be created with the previous active organization and will not attempt to switch to a personal account.
    pub fn organization_id(mut self, value: impl Into<String>) -> Self {
        self.body.organization_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createSessionToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/tokens",
                format!(
                    "/v1/client/sessions/{}/tokens",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
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
/// Request builder for [`SessionsApi::create_token_with_template`] (`createSessionTokenWithTemplate`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSessionTokenWithTemplate {
    client: Client,
    session_id: String,
    template_name: String,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for CreateSessionTokenWithTemplate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSessionTokenWithTemplate").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl CreateSessionTokenWithTemplate {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "createSessionTokenWithTemplate",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/tokens/{template_name}",
                format!(
                    "/v1/client/sessions/{}/tokens/{}",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string()),
                    sdkgen_runtime::encode_path_segment(& self.template_name.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::CreateSessionTokenWithTemplateResponse,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::CreateSessionTokenWithTemplateResponse>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::start_reverification`] (`startSessionReverification`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StartSessionReverification {
    client: Client,
    session_id: String,
    body: types::StartSessionReverificationBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for StartSessionReverification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StartSessionReverification").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl StartSessionReverification {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "startSessionReverification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/verify",
                format!(
                    "/v1/client/sessions/{}/verify",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSessionReverification,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSessionReverification>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::prepare_reverification_first_factor`] (`prepareSessionReverificationFirstFactor`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareSessionReverificationFirstFactor {
    client: Client,
    origin: Option<String>,
    session_id: String,
    body: types::PrepareSessionReverificationFirstFactorBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for PrepareSessionReverificationFirstFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSessionReverificationFirstFactor").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl PrepareSessionReverificationFirstFactor {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The strategy to be prepared for first factor authentication.
    pub fn strategy(
        mut self,
        value: impl Into<types::PrepareSessionReverificationFirstFactorBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// Used with the `email_code` strategy.
    pub fn email_address_id(mut self, value: impl Into<String>) -> Self {
        self.body.email_address_id = Some(value.into());
        self
    }
    /// Used with the `phone_code` strategy.
    pub fn phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number_id = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareSessionReverificationFirstFactor",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/verify/prepare_first_factor",
                format!(
                    "/v1/client/sessions/{}/verify/prepare_first_factor",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSessionReverification,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSessionReverification>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::attempt_reverification_first_factor`] (`attemptSessionReverificationFirstFactor`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptSessionReverificationFirstFactor {
    client: Client,
    origin: Option<String>,
    session_id: String,
    body: types::AttemptSessionReverificationFirstFactorBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for AttemptSessionReverificationFirstFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSessionReverificationFirstFactor").finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl AttemptSessionReverificationFirstFactor {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The code that was sent to the email. Used with the `email_code` and `phone_code` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// Used with the `password` strategy.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    /// Used with the `passkey` strategy.
    pub fn public_key_credential(mut self, value: impl Into<String>) -> Self {
        self.body.public_key_credential = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptSessionReverificationFirstFactor",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/verify/attempt_first_factor",
                format!(
                    "/v1/client/sessions/{}/verify/attempt_first_factor",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSessionReverification,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSessionReverification>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::prepare_reverification_second_factor`] (`prepareSessionReverificationSecondFactor`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareSessionReverificationSecondFactor {
    client: Client,
    session_id: String,
    body: types::PrepareSessionReverificationSecondFactorBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for PrepareSessionReverificationSecondFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSessionReverificationSecondFactor")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl PrepareSessionReverificationSecondFactor {
    /// The strategy to be prepared for second factor authentication.
    pub fn strategy(
        mut self,
        value: impl Into<types::PrepareSessionReverificationSecondFactorBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// Used with the `phone_code` strategy.
    pub fn phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number_id = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareSessionReverificationSecondFactor",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/verify/prepare_second_factor",
                format!(
                    "/v1/client/sessions/{}/verify/prepare_second_factor",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSessionReverification,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSessionReverification>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SessionsApi::attempt_reverification_second_factor`] (`attemptSessionReverificationSecondFactor`): set optional inputs, then `.send().await`.
#[cfg(feature = "sessions")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptSessionReverificationSecondFactor {
    client: Client,
    session_id: String,
    body: types::AttemptSessionReverificationSecondFactorBody,
}
#[cfg(feature = "sessions")]
impl std::fmt::Debug for AttemptSessionReverificationSecondFactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSessionReverificationSecondFactor")
            .finish_non_exhaustive()
    }
}
#[cfg(feature = "sessions")]
impl AttemptSessionReverificationSecondFactor {
    /// The strategy to be attempted for second factor authentication.
    pub fn strategy(
        mut self,
        value: impl Into<types::AttemptSessionReverificationSecondFactorBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// Used with the `phone_code`, `totp` and `backup_code` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptSessionReverificationSecondFactor",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sessions/{session_id}/verify/attempt_second_factor",
                format!(
                    "/v1/client/sessions/{}/verify/attempt_second_factor",
                    sdkgen_runtime::encode_path_segment(& self.session_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSessionReverification,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSessionReverification>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInsApi::create`] (`createSignIn`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSignIn {
    client: Client,
    origin: Option<String>,
    body: types::CreateSignInBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for CreateSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSignIn").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl CreateSignIn {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Strategy used to sign in.
    /// Can be one of `phone_code`, `email_code`, `ticket`, `web3_[provider]_signature` `reset_password_code`, `reset_password_phone_code`, `email_link`, `oauth_[provider]`, `oauth_token_[provider]`, `saml`, `password`, `passkey`, `trusted_device`, `google_one_tap`
    pub fn strategy(mut self, value: impl Into<String>) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// The unique identifier of the user. This changes depending on the strategy.
    pub fn identifier(mut self, value: impl Into<String>) -> Self {
        self.body.identifier = Some(value.into());
        self
    }
    /// The password of the user. Only used with password strategy.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    /// Ticket to be used for signing in.
    pub fn ticket(mut self, value: impl Into<String>) -> Self {
        self.body.ticket = Some(value.into());
        self
    }
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    pub fn transfer(mut self, value: impl Into<bool>) -> Self {
        self.body.transfer = Some(value.into());
        self
    }
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials, this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    /// Used with the `trusted_device` strategy.
    pub fn trusted_device_id(mut self, value: impl Into<String>) -> Self {
        self.body.trusted_device_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createSignIn",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins",
                "/v1/client/sign_ins".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`SignInsApi::get`] (`getSignIn`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSignIn {
    client: Client,
    sign_in_id: String,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for GetSignIn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSignIn").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl GetSignIn {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getSignIn",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/sign_ins/{sign_in_id}",
                format!(
                    "/v1/client/sign_ins/{}", sdkgen_runtime::encode_path_segment(& self
                    .sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignIn,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInsApi::reset_password`] (`resetPassword`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ResetPassword {
    client: Client,
    sign_in_id: String,
    body: types::ResetPasswordBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for ResetPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ResetPassword").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl ResetPassword {
    pub fn sign_out_of_other_sessions(mut self, value: impl Into<bool>) -> Self {
        self.body.sign_out_of_other_sessions = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "resetPassword",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins/{sign_in_id}/reset_password",
                format!(
                    "/v1/client/sign_ins/{}/reset_password",
                    sdkgen_runtime::encode_path_segment(& self.sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignIn2,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignIn2>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInsApi::prepare_factor_one`] (`prepareSignInFactorOne`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareSignInFactorOne {
    client: Client,
    sign_in_id: String,
    origin: Option<String>,
    body: types::PrepareSignInFactorOneBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for PrepareSignInFactorOne {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignInFactorOne").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl PrepareSignInFactorOne {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// Used with the `email_code`, `reset_password_email_code` and `email_link` strategies.
    pub fn email_address_id(mut self, value: impl Into<String>) -> Self {
        self.body.email_address_id = Some(value.into());
        self
    }
    /// Used with the `phone_code` and `reset_password_phone_code` strategies.
    pub fn phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number_id = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    /// Used with the `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature` and `web3_okx_wallet_signature` strategies.
    pub fn web3_wallet_id(mut self, value: impl Into<String>) -> Self {
        self.body.web3_wallet_id = Some(value.into());
        self
    }
    /// Used with the `passkey` strategy.
    pub fn passkey_id(mut self, value: impl Into<String>) -> Self {
        self.body.passkey_id = Some(value.into());
        self
    }
    /// Used with the `trusted_device` strategy.
    pub fn trusted_device_id(mut self, value: impl Into<String>) -> Self {
        self.body.trusted_device_id = Some(value.into());
        self
    }
    /// Used with `email_link`, `oauth_[provider]`, and `saml` strategies.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` and `saml` strategies.
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareSignInFactorOne",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins/{sign_in_id}/prepare_first_factor",
                format!(
                    "/v1/client/sign_ins/{}/prepare_first_factor",
                    sdkgen_runtime::encode_path_segment(& self.sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignIn,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInsApi::attempt_factor_one`] (`attemptSignInFactorOne`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptSignInFactorOne {
    client: Client,
    sign_in_id: String,
    origin: Option<String>,
    body: types::AttemptSignInFactorOneBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for AttemptSignInFactorOne {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignInFactorOne").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl AttemptSignInFactorOne {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The code that was sent to the email. Used with the `email_code`, `phone_code`, and `email_link` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// Used with the `password` and `reset_password_phone_code` strategies.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    /// Used with the `web3_metamask_signature`, `web3_base_signature`, `web3_coinbase_wallet_signature`, `web3_okx_wallet_signature`, and `trusted_device` strategies.
    pub fn signature(mut self, value: impl Into<String>) -> Self {
        self.body.signature = Some(value.into());
        self
    }
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// Deprecated.
    pub fn ticket(mut self, value: impl Into<String>) -> Self {
        self.body.ticket = Some(value.into());
        self
    }
    /// Used with the `passkey` strategy.
    pub fn public_key_credential(mut self, value: impl Into<String>) -> Self {
        self.body.public_key_credential = Some(value.into());
        self
    }
    /// Used with the `trusted_device` strategy.
    pub fn trusted_device_id(mut self, value: impl Into<String>) -> Self {
        self.body.trusted_device_id = Some(value.into());
        self
    }
    /// Canonical trusted-device challenge payload returned by prepare.
    pub fn client_data(mut self, value: impl Into<String>) -> Self {
        self.body.client_data = Some(value.into());
        self
    }
    /// Signature algorithm used with the `trusted_device` strategy.
    pub fn algorithm(
        mut self,
        value: impl Into<types::AttemptSignInFactorOneBodyAlgorithm>,
    ) -> Self {
        self.body.algorithm = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptSignInFactorOne",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins/{sign_in_id}/attempt_first_factor",
                format!(
                    "/v1/client/sign_ins/{}/attempt_first_factor",
                    sdkgen_runtime::encode_path_segment(& self.sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`SignInsApi::prepare_factor_two`] (`prepareSignInFactorTwo`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareSignInFactorTwo {
    client: Client,
    sign_in_id: String,
    body: types::PrepareSignInFactorTwoBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for PrepareSignInFactorTwo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignInFactorTwo").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl PrepareSignInFactorTwo {
    /// The strategy to be prepared for second factor authentication.
    pub fn strategy(
        mut self,
        value: impl Into<types::PrepareSignInFactorTwoBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// Used with the `phone_code` strategy.
    pub fn phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number_id = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    /// Used with the `email_code` and `email_link` strategies.
    pub fn email_address_id(mut self, value: impl Into<String>) -> Self {
        self.body.email_address_id = Some(value.into());
        self
    }
    /// Used with the `email_link` strategy. The redirect URL after email link verification.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareSignInFactorTwo",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins/{sign_in_id}/prepare_second_factor",
                format!(
                    "/v1/client/sign_ins/{}/prepare_second_factor",
                    sdkgen_runtime::encode_path_segment(& self.sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignIn,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignInsApi::attempt_factor_two`] (`attemptSignInFactorTwo`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptSignInFactorTwo {
    client: Client,
    sign_in_id: String,
    body: types::AttemptSignInFactorTwoBody,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for AttemptSignInFactorTwo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignInFactorTwo").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl AttemptSignInFactorTwo {
    /// The strategy to be attempted for second factor authentication.
    pub fn strategy(
        mut self,
        value: impl Into<types::AttemptSignInFactorTwoBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// Used with the `phone_code`, `totp` and `backup_code` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptSignInFactorTwo",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ins/{sign_in_id}/attempt_second_factor",
                format!(
                    "/v1/client/sign_ins/{}/attempt_second_factor",
                    sdkgen_runtime::encode_path_segment(& self.sign_in_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignIn>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`SignInsApi::accept_ticket`] (`acceptTicket`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptTicket {
    client: Client,
    ticket: String,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for AcceptTicket {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AcceptTicket").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl AcceptTicket {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "acceptTicket",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/tickets/accept",
                "/v1/tickets/accept".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 302, 303]);
        {
            let v = &self.ticket;
            req.query("ticket", v);
        }
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
/// Request builder for [`SignInsApi::verify`] (`verify`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ins")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Verify {
    client: Client,
    token: String,
}
#[cfg(feature = "sign-ins")]
impl std::fmt::Debug for Verify {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verify").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ins")]
impl Verify {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verify",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/verify",
                "/v1/verify".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 303]);
        {
            let v = &self.token;
            req.query("token", v);
        }
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
/// Request builder for [`SignUpsApi::create`] (`createSignUps`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSignUps {
    client: Client,
    origin: Option<String>,
    body: types::CreateSignUpsBody,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for CreateSignUps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateSignUps").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl CreateSignUps {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    pub fn transfer(mut self, value: impl Into<bool>) -> Self {
        self.body.transfer = Some(value.into());
        self
    }
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(value.into());
        self
    }
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(value.into());
        self
    }
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.body.username = Some(value.into());
        self
    }
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.body.email_address = Some(value.into());
        self
    }
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number = Some(value.into());
        self
    }
    pub fn email_address_or_phone_number(mut self, value: impl Into<String>) -> Self {
        self.body.email_address_or_phone_number = Some(value.into());
        self
    }
    pub fn unsafe_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.unsafe_metadata = Some(value.into());
        self
    }
    /// Strategy used to sign up.
    /// Can be one of `email_code`, `email_link`, `enterprise_sso`, `google_one_tap`, `oauth_[provider]`, `oauth_token_[provider]`, `phone_code`, `saml`, `ticket`, `web3_[provider]_signature`
    pub fn strategy(mut self, value: impl Into<String>) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    pub fn ticket(mut self, value: impl Into<String>) -> Self {
        self.body.ticket = Some(value.into());
        self
    }
    pub fn web3_wallet(mut self, value: impl Into<String>) -> Self {
        self.body.web3_wallet = Some(value.into());
        self
    }
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    pub fn captcha_token(mut self, value: impl Into<String>) -> Self {
        self.body.captcha_token = Some(value.into());
        self
    }
    pub fn captcha_error(mut self, value: impl Into<String>) -> Self {
        self.body.captcha_error = Some(value.into());
        self
    }
    pub fn captcha_widget_type(mut self, value: impl Into<String>) -> Self {
        self.body.captcha_widget_type = Some(value.into());
        self
    }
    /// Has the value `true` if the user has accepted the legal requirements.
    pub fn legal_accepted(mut self, value: impl Into<bool>) -> Self {
        self.body.legal_accepted = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createSignUps",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ups",
                "/v1/client/sign_ups".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`SignUpsApi::get`] (`getSignUps`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSignUps {
    client: Client,
    sign_up_id: String,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for GetSignUps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetSignUps").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl GetSignUps {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getSignUps",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/client/sign_ups/{sign_up_id}",
                format!(
                    "/v1/client/sign_ups/{}", sdkgen_runtime::encode_path_segment(& self
                    .sign_up_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignUp,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignUpsApi::update`] (`updateSignUps`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateSignUps {
    client: Client,
    sign_up_id: String,
    origin: Option<String>,
    body: types::UpdateSignUpsBody,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for UpdateSignUps {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateSignUps").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl UpdateSignUps {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.body.password = Some(value.into());
        self
    }
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(value.into());
        self
    }
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(value.into());
        self
    }
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.body.username = Some(value.into());
        self
    }
    pub fn email_address(mut self, value: impl Into<String>) -> Self {
        self.body.email_address = Some(value.into());
        self
    }
    pub fn phone_number(mut self, value: impl Into<String>) -> Self {
        self.body.phone_number = Some(value.into());
        self
    }
    pub fn email_address_or_phone_number(mut self, value: impl Into<String>) -> Self {
        self.body.email_address_or_phone_number = Some(value.into());
        self
    }
    pub fn unsafe_metadata(mut self, value: impl Into<String>) -> Self {
        self.body.unsafe_metadata = Some(value.into());
        self
    }
    /// Strategy used to sign up.
    /// Can be one of `email_code`, `email_link`, `enterprise_sso`, `google_one_tap`, `oauth_[provider]`, `oauth_token_[provider]`, `phone_code`, `saml`, `ticket`, `web3_[provider]_signature`
    pub fn strategy(mut self, value: impl Into<String>) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    pub fn ticket(mut self, value: impl Into<String>) -> Self {
        self.body.ticket = Some(value.into());
        self
    }
    pub fn web3_wallet(mut self, value: impl Into<String>) -> Self {
        self.body.web3_wallet = Some(value.into());
        self
    }
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    /// The authorization or grant code for an OAuth exchange. Only used with `oauth_token_[provider]` strategies.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// Has the value `true` if the user has accepted the legal requirements.
    pub fn legal_accepted(mut self, value: impl Into<bool>) -> Self {
        self.body.legal_accepted = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateSignUps",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/client/sign_ups/{sign_up_id}",
                format!(
                    "/v1/client/sign_ups/{}", sdkgen_runtime::encode_path_segment(& self
                    .sign_up_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`SignUpsApi::prepare_verification`] (`prepareSignUpsVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareSignUpsVerification {
    client: Client,
    sign_up_id: String,
    origin: Option<String>,
    body: types::PrepareSignUpsVerificationBody,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for PrepareSignUpsVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareSignUpsVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl PrepareSignUpsVerification {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
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
    pub fn strategy(mut self, value: impl Into<String>) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    pub fn action_complete_redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.action_complete_redirect_url = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]`. The given value will be forwarded to the OIDC `login_hint` parameter of the generated redirect URL.
    pub fn oidc_login_hint(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_login_hint = Some(value.into());
        self
    }
    /// Used with `oauth_[provider]` or `enterprise_sso`. The given value will be forwarded to the OIDC `prompt` parameter of the generated redirect URL. When using shared credentials this value might be adjusted for security reasons.
    pub fn oidc_prompt(mut self, value: impl Into<String>) -> Self {
        self.body.oidc_prompt = Some(value.into());
        self
    }
    /// Proof token produced by the Clerk Protect SDK.
    pub fn proof_token(mut self, value: impl Into<String>) -> Self {
        self.body.proof_token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareSignUpsVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ups/{sign_up_id}/prepare_verification",
                format!(
                    "/v1/client/sign_ups/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.sign_up_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedSignUp,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedSignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`SignUpsApi::attempt_verification`] (`attemptSignUpsVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "sign-ups")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptSignUpsVerification {
    client: Client,
    sign_up_id: String,
    origin: Option<String>,
    body: types::AttemptSignUpsVerificationBody,
}
#[cfg(feature = "sign-ups")]
impl std::fmt::Debug for AttemptSignUpsVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSignUpsVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "sign-ups")]
impl AttemptSignUpsVerification {
    /// The origin of the request
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The verification strategy
    pub fn strategy(
        mut self,
        value: impl Into<types::AttemptSignUpsVerificationBodyStrategy>,
    ) -> Self {
        self.body.strategy = Some(value.into());
        self
    }
    /// The verification code
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    /// The verification web3 signature
    pub fn signature(mut self, value: impl Into<String>) -> Self {
        self.body.signature = Some(value.into());
        self
    }
    /// The ID token from an OpenID Connect flow. Only used with `oauth_token_[provider]` and `google_one_tap` strategies.
    pub fn token(mut self, value: impl Into<String>) -> Self {
        self.body.token = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptSignUpsVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/sign_ups/{sign_up_id}/attempt_verification",
                format!(
                    "/v1/client/sign_ups/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.sign_up_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200, 307]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_or_empty(self.request(), &[307]).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<
            sdkgen_runtime::MaybeBody<types::ClientClientWrappedSignUp>,
        >,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client
            .transport
            .send_json_or_empty_with_response(self.request(), &[307])
            .await
    }
}
/// Request builder for [`TotpApi::post`] (`postTOTP`): set optional inputs, then `.send().await`.
#[cfg(feature = "totp")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostTotp {
    client: Client,
}
#[cfg(feature = "totp")]
impl std::fmt::Debug for PostTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostTotp").finish_non_exhaustive()
    }
}
#[cfg(feature = "totp")]
impl PostTotp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "postTOTP",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/totp",
                "/v1/me/totp".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTotp,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTotp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TotpApi::delete`] (`deleteTOTP`): set optional inputs, then `.send().await`.
#[cfg(feature = "totp")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteTotp {
    client: Client,
}
#[cfg(feature = "totp")]
impl std::fmt::Debug for DeleteTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteTotp").finish_non_exhaustive()
    }
}
#[cfg(feature = "totp")]
impl DeleteTotp {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteTOTP",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/totp",
                "/v1/me/totp".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TotpApi::verify`] (`verifyTOTP`): set optional inputs, then `.send().await`.
#[cfg(feature = "totp")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VerifyTotp {
    client: Client,
    body: types::VerifyTotpBody,
}
#[cfg(feature = "totp")]
impl std::fmt::Debug for VerifyTotp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerifyTotp").finish_non_exhaustive()
    }
}
#[cfg(feature = "totp")]
impl VerifyTotp {
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.body.code = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "verifyTOTP",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/totp/attempt_verification",
                "/v1/me/totp/attempt_verification".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTotp,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTotp>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TrustedDevicesApi::validate`] (`validateTrustedDevice`): set optional inputs, then `.send().await`.
#[cfg(feature = "trusted-devices")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ValidateTrustedDevice {
    client: Client,
    body: types::ValidateTrustedDeviceBody,
}
#[cfg(feature = "trusted-devices")]
impl std::fmt::Debug for ValidateTrustedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ValidateTrustedDevice").finish_non_exhaustive()
    }
}
#[cfg(feature = "trusted-devices")]
impl ValidateTrustedDevice {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "validateTrustedDevice",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/client/trusted_devices/validate",
                "/v1/client/trusted_devices/validate".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTrustedDeviceValidation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTrustedDeviceValidation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TrustedDevicesApi::list`] (`listTrustedDevices`): set optional inputs, then `.send().await`.
#[cfg(feature = "trusted-devices")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTrustedDevices {
    client: Client,
}
#[cfg(feature = "trusted-devices")]
impl std::fmt::Debug for ListTrustedDevices {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListTrustedDevices").finish_non_exhaustive()
    }
}
#[cfg(feature = "trusted-devices")]
impl ListTrustedDevices {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "listTrustedDevices",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/trusted_devices",
                "/v1/me/trusted_devices".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTrustedDevices,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTrustedDevices>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TrustedDevicesApi::prepare`] (`prepareTrustedDevice`): set optional inputs, then `.send().await`.
#[cfg(feature = "trusted-devices")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareTrustedDevice {
    client: Client,
    body: types::PrepareTrustedDeviceBody,
}
#[cfg(feature = "trusted-devices")]
impl std::fmt::Debug for PrepareTrustedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareTrustedDevice").finish_non_exhaustive()
    }
}
#[cfg(feature = "trusted-devices")]
impl PrepareTrustedDevice {
    /// Optional user-facing device name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareTrustedDevice",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/trusted_devices/prepare",
                "/v1/me/trusted_devices/prepare".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTrustedDeviceChallenge,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTrustedDeviceChallenge>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TrustedDevicesApi::attempt`] (`attemptTrustedDevice`): set optional inputs, then `.send().await`.
#[cfg(feature = "trusted-devices")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptTrustedDevice {
    client: Client,
    body: types::AttemptTrustedDeviceBody,
}
#[cfg(feature = "trusted-devices")]
impl std::fmt::Debug for AttemptTrustedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptTrustedDevice").finish_non_exhaustive()
    }
}
#[cfg(feature = "trusted-devices")]
impl AttemptTrustedDevice {
    /// Optional user-facing device name.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.body.name = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptTrustedDevice",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/trusted_devices/attempt",
                "/v1/me/trusted_devices/attempt".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTrustedDevice,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTrustedDevice>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`TrustedDevicesApi::revoke`] (`revokeTrustedDevice`): set optional inputs, then `.send().await`.
#[cfg(feature = "trusted-devices")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RevokeTrustedDevice {
    client: Client,
    trusted_device_id: String,
}
#[cfg(feature = "trusted-devices")]
impl std::fmt::Debug for RevokeTrustedDevice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RevokeTrustedDevice").finish_non_exhaustive()
    }
}
#[cfg(feature = "trusted-devices")]
impl RevokeTrustedDevice {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "revokeTrustedDevice",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/trusted_devices/{trusted_device_id}",
                format!(
                    "/v1/me/trusted_devices/{}", sdkgen_runtime::encode_path_segment(&
                    self.trusted_device_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedTrustedDevice,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedTrustedDevice>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::get`] (`getUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetUser {
    client: Client,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for GetUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl GetUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getUser",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me",
                "/v1/me".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::delete`] (`deleteUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteUser {
    client: Client,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for DeleteUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl DeleteUser {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteUser",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me",
                "/v1/me".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::patch`] (`patchUser`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchUser {
    client: Client,
    body: types::PatchUserBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for PatchUser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PatchUser").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl PatchUser {
    pub fn username(mut self, value: impl Into<String>) -> Self {
        self.body.username = Some(value.into());
        self
    }
    pub fn first_name(mut self, value: impl Into<String>) -> Self {
        self.body.first_name = Some(value.into());
        self
    }
    pub fn last_name(mut self, value: impl Into<String>) -> Self {
        self.body.last_name = Some(value.into());
        self
    }
    pub fn primary_email_address_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_email_address_id = Some(value.into());
        self
    }
    pub fn primary_phone_number_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_phone_number_id = Some(value.into());
        self
    }
    pub fn primary_web3_wallet_id(mut self, value: impl Into<String>) -> Self {
        self.body.primary_web3_wallet_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "patchUser",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me",
                "/v1/me".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::patch_metadata`] (`patchUserMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PatchUserMetadata {
    client: Client,
    body: types::PatchUserMetadataBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for PatchUserMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PatchUserMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl PatchUserMetadata {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "patchUserMetadata",
                sdkgen_runtime::reqwest::Method::PATCH,
                "/v1/me/metadata",
                "/v1/me/metadata".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::create_service_token`] (`createServiceToken`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateServiceToken {
    client: Client,
    clerk_session_id: Option<String>,
    body: types::CreateServiceTokenBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for CreateServiceToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateServiceToken").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl CreateServiceToken {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createServiceToken",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/tokens",
                "/v1/me/tokens".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Token, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Token>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::update_profile_image`] (`updateProfileImage`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateProfileImage {
    client: Client,
    body: types::UpdateProfileImageBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for UpdateProfileImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpdateProfileImage").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl UpdateProfileImage {
    pub fn file(mut self, value: impl Into<sdkgen_runtime::FilePart>) -> Self {
        self.body.file = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "updateProfileImage",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/profile_image",
                "/v1/me/profile_image".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
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
    ) -> Result<
        types::ClientClientWrappedImage,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedImage>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::delete_profile_image`] (`deleteProfileImage`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteProfileImage {
    client: Client,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for DeleteProfileImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteProfileImage").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl DeleteProfileImage {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteProfileImage",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/profile_image",
                "/v1/me/profile_image".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::change_password`] (`changePassword`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ChangePassword {
    client: Client,
    body: types::ChangePasswordBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for ChangePassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChangePassword").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl ChangePassword {
    pub fn current_password(mut self, value: impl Into<String>) -> Self {
        self.body.current_password = Some(value.into());
        self
    }
    pub fn new_password(mut self, value: impl Into<String>) -> Self {
        self.body.new_password = Some(value.into());
        self
    }
    pub fn sign_out_of_other_sessions(mut self, value: impl Into<bool>) -> Self {
        self.body.sign_out_of_other_sessions = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "changePassword",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/change_password",
                "/v1/me/change_password".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser2,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser2>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`UserApi::remove_password`] (`removePassword`): set optional inputs, then `.send().await`.
#[cfg(feature = "user")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RemovePassword {
    client: Client,
    body: types::RemovePasswordBody,
}
#[cfg(feature = "user")]
impl std::fmt::Debug for RemovePassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RemovePassword").finish_non_exhaustive()
    }
}
#[cfg(feature = "user")]
impl RemovePassword {
    pub fn current_password(mut self, value: impl Into<String>) -> Self {
        self.body.current_password = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "removePassword",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/remove_password",
                "/v1/me/remove_password".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedUser2,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedUser2>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WaitlistApi::join`] (`joinWaitlist`): set optional inputs, then `.send().await`.
#[cfg(feature = "waitlist")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct JoinWaitlist {
    client: Client,
    body: types::JoinWaitlistBody,
}
#[cfg(feature = "waitlist")]
impl std::fmt::Debug for JoinWaitlist {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinWaitlist").finish_non_exhaustive()
    }
}
#[cfg(feature = "waitlist")]
impl JoinWaitlist {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "joinWaitlist",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/waitlist",
                "/v1/waitlist".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::ClientWaitlistEntry, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientWaitlistEntry>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::get`] (`getWeb3Wallets`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetWeb3Wallets {
    client: Client,
    clerk_session_id: Option<String>,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for GetWeb3Wallets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetWeb3Wallets").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl GetWeb3Wallets {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getWeb3Wallets",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/web3_wallets",
                "/v1/me/web3_wallets".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ServerUserWeb3Wallets,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ServerUserWeb3Wallets>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::post`] (`postWeb3Wallets`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PostWeb3Wallets {
    client: Client,
    clerk_session_id: Option<String>,
    body: types::PostWeb3WalletsBody,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for PostWeb3Wallets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostWeb3Wallets").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl PostWeb3Wallets {
    /// The session_id associated with the requesting user.
    pub fn clerk_session_id(mut self, value: impl Into<String>) -> Self {
        self.clerk_session_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "postWeb3Wallets",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/web3_wallets",
                "/v1/me/web3_wallets".to_owned(),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.clerk_session_id {
            req.query("_clerk_session_id", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedWeb3Wallet,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedWeb3Wallet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::read`] (`readWeb3Wallet`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReadWeb3Wallet {
    client: Client,
    web3_wallet_id: String,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for ReadWeb3Wallet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReadWeb3Wallet").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl ReadWeb3Wallet {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "readWeb3Wallet",
                sdkgen_runtime::reqwest::Method::GET,
                "/v1/me/web3_wallets/{web3_wallet_id}",
                format!(
                    "/v1/me/web3_wallets/{}", sdkgen_runtime::encode_path_segment(& self
                    .web3_wallet_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedWeb3Wallet,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedWeb3Wallet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::delete`] (`deleteWeb3Wallet`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteWeb3Wallet {
    client: Client,
    web3_wallet_id: String,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for DeleteWeb3Wallet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeleteWeb3Wallet").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl DeleteWeb3Wallet {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "deleteWeb3Wallet",
                sdkgen_runtime::reqwest::Method::DELETE,
                "/v1/me/web3_wallets/{web3_wallet_id}",
                format!(
                    "/v1/me/web3_wallets/{}", sdkgen_runtime::encode_path_segment(& self
                    .web3_wallet_id.to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedDeletedObject,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedDeletedObject>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::prepare_verification`] (`prepareWeb3WalletVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrepareWeb3WalletVerification {
    client: Client,
    web3_wallet_id: String,
    origin: Option<String>,
    body: types::PrepareWeb3WalletVerificationBody,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for PrepareWeb3WalletVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrepareWeb3WalletVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl PrepareWeb3WalletVerification {
    /// The origin of the request.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    /// The redirect URL to redirect the user to after verification.
    pub fn redirect_url(mut self, value: impl Into<String>) -> Self {
        self.body.redirect_url = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "prepareWeb3WalletVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/web3_wallets/{web3_wallet_id}/prepare_verification",
                format!(
                    "/v1/me/web3_wallets/{}/prepare_verification",
                    sdkgen_runtime::encode_path_segment(& self.web3_wallet_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedWeb3Wallet,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedWeb3Wallet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`Web3WalletsApi::attempt_verification`] (`attemptWeb3WalletVerification`): set optional inputs, then `.send().await`.
#[cfg(feature = "web3-wallets")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AttemptWeb3WalletVerification {
    client: Client,
    web3_wallet_id: String,
    origin: Option<String>,
    body: types::AttemptWeb3WalletVerificationBody,
}
#[cfg(feature = "web3-wallets")]
impl std::fmt::Debug for AttemptWeb3WalletVerification {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptWeb3WalletVerification").finish_non_exhaustive()
    }
}
#[cfg(feature = "web3-wallets")]
impl AttemptWeb3WalletVerification {
    /// The origin of the request.
    pub fn origin(mut self, value: impl Into<String>) -> Self {
        self.origin = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "attemptWeb3WalletVerification",
                sdkgen_runtime::reqwest::Method::POST,
                "/v1/me/web3_wallets/{web3_wallet_id}/attempt_verification",
                format!(
                    "/v1/me/web3_wallets/{}/attempt_verification",
                    sdkgen_runtime::encode_path_segment(& self.web3_wallet_id
                    .to_string())
                ),
            )
            .security(
                &[
                    &[],
                    &["DevBrowser"],
                    &["ProductionBrowser"],
                    &["ProductionNativeApp", "ProductionNativeFlag"],
                ],
            )
            .success(&[200]);
        if let Some(v) = &self.origin {
            req.header("Origin", v);
        }
        req.form(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::ClientClientWrappedWeb3Wallet,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::ClientClientWrappedWeb3Wallet>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_android_asset_links`] (`getAndroidAssetLinks`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAndroidAssetLinks {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetAndroidAssetLinks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetAndroidAssetLinks").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetAndroidAssetLinks {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getAndroidAssetLinks",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/assetlinks.json",
                "/.well-known/assetlinks.json".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::WellKnownAssetlinks, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WellKnownAssetlinks>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_jwks`] (`getJWKS`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetJwks {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetJwks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetJwks").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetJwks {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getJWKS",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/jwks.json",
                "/.well-known/jwks.json".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Jwks, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Jwks>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_apple_app_site_association`] (`getAppleAppSiteAssociation`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAppleAppSiteAssociation {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetAppleAppSiteAssociation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetAppleAppSiteAssociation").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetAppleAppSiteAssociation {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getAppleAppSiteAssociation",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/apple-app-site-association",
                "/.well-known/apple-app-site-association".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::WellKnownAppleAppSiteAssociation,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WellKnownAppleAppSiteAssociation>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_open_id_configuration`] (`getOpenIDConfiguration`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOpenIdConfiguration {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetOpenIdConfiguration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOpenIdConfiguration").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetOpenIdConfiguration {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOpenIDConfiguration",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/openid-configuration",
                "/.well-known/openid-configuration".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::WellKnownOpenIdConfiguration,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WellKnownOpenIdConfiguration>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_o_auth2_authorization_server_metadata`] (`getOAuth2AuthorizationServerMetadata`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOAuth2AuthorizationServerMetadata {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetOAuth2AuthorizationServerMetadata {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetOAuth2AuthorizationServerMetadata").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetOAuth2AuthorizationServerMetadata {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getOAuth2AuthorizationServerMetadata",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/oauth-authorization-server",
                "/.well-known/oauth-authorization-server".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<
        types::WellKnownOAuth2AuthorizationServerMetadata,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WellKnownOAuth2AuthorizationServerMetadata>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`WellKnownApi::get_web_authn_related_origins`] (`getWebAuthnRelatedOrigins`): set optional inputs, then `.send().await`.
#[cfg(feature = "well-known")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetWebAuthnRelatedOrigins {
    client: Client,
}
#[cfg(feature = "well-known")]
impl std::fmt::Debug for GetWebAuthnRelatedOrigins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetWebAuthnRelatedOrigins").finish_non_exhaustive()
    }
}
#[cfg(feature = "well-known")]
impl GetWebAuthnRelatedOrigins {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getWebAuthnRelatedOrigins",
                sdkgen_runtime::reqwest::Method::GET,
                "/.well-known/webauthn",
                "/.well-known/webauthn".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::WellKnownWebAuthn, sdkgen_runtime::Error<types::ClerkErrors>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::WellKnownWebAuthn>,
        sdkgen_runtime::Error<types::ClerkErrors>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
