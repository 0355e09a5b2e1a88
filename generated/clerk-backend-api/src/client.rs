//! The API client and its builder.
use std::time::Duration;
#[allow(unused_imports)]
use crate::operations;
/// The security schemes of the spec, as the runtime applies them.
static SECURITY_SCHEMES: &[sdkgen_runtime::SecurityScheme] = &[
    sdkgen_runtime::SecurityScheme {
        name: "bearerAuth",
        kind: sdkgen_runtime::SchemeKind::Bearer,
    },
];
/// Client for the Clerk Backend API. Cheap to clone: clones share one connection pool.
#[derive(Clone, Debug)]
pub struct Client {
    #[allow(dead_code)]
    pub(crate) transport: sdkgen_runtime::Transport,
}
impl Client {
    /// Starts configuring a client for the API at `base_url`.
    pub fn builder(base_url: impl Into<String>) -> ClientBuilder {
        ClientBuilder {
            inner: sdkgen_runtime::TransportBuilder::new(
                    base_url,
                    SECURITY_SCHEMES,
                    concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")),
                )
                .fixed_header("Clerk-API-Version", crate::API_VERSION),
        }
    }
    /// Operations of the `actorTokens` group (feature `actor-tokens`).
    #[cfg(feature = "actor-tokens")]
    pub fn actor_tokens(&self) -> operations::ActorTokensApi<'_> {
        operations::ActorTokensApi {
            client: self,
        }
    }
    /// Operations of the `Admin Portal Link Tokens` group (feature `admin-portal-link-tokens`).
    #[cfg(feature = "admin-portal-link-tokens")]
    pub fn admin_portal_link_tokens(&self) -> operations::AdminPortalLinkTokensApi<'_> {
        operations::AdminPortalLinkTokensApi {
            client: self,
        }
    }
    /// Operations of the `agentTasks` group (feature `agent-tasks`).
    #[cfg(feature = "agent-tasks")]
    pub fn agent_tasks(&self) -> operations::AgentTasksApi<'_> {
        operations::AgentTasksApi {
            client: self,
        }
    }
    /// Operations of the `allowlistIdentifiers` group (feature `allowlist-identifiers`).
    #[cfg(feature = "allowlist-identifiers")]
    pub fn allowlist_identifiers(&self) -> operations::AllowlistIdentifiersApi<'_> {
        operations::AllowlistIdentifiersApi {
            client: self,
        }
    }
    /// Operations of the `API Keys` group (feature `api-keys`).
    #[cfg(feature = "api-keys")]
    pub fn api_keys(&self) -> operations::ApiKeysApi<'_> {
        operations::ApiKeysApi {
            client: self,
        }
    }
    /// Operations of the `betaFeatures` group (feature `beta-features`).
    #[cfg(feature = "beta-features")]
    pub fn beta_features(&self) -> operations::BetaFeaturesApi<'_> {
        operations::BetaFeaturesApi {
            client: self,
        }
    }
    /// Operations of the `billing` group (feature `billing`).
    #[cfg(feature = "billing")]
    pub fn billing(&self) -> operations::BillingApi<'_> {
        operations::BillingApi {
            client: self,
        }
    }
    /// Operations of the `blocklistIdentifiers` group (feature `blocklist-identifiers`).
    #[cfg(feature = "blocklist-identifiers")]
    pub fn blocklist_identifiers(&self) -> operations::BlocklistIdentifiersApi<'_> {
        operations::BlocklistIdentifiersApi {
            client: self,
        }
    }
    /// Operations of the `clients` group (feature `clients`).
    #[cfg(feature = "clients")]
    pub fn clients(&self) -> operations::ClientsApi<'_> {
        operations::ClientsApi {
            client: self,
        }
    }
    /// Operations of the `directories` group (feature `directories`).
    #[cfg(feature = "directories")]
    pub fn directories(&self) -> operations::DirectoriesApi<'_> {
        operations::DirectoriesApi {
            client: self,
        }
    }
    /// Operations of the `domains` group (feature `domains`).
    #[cfg(feature = "domains")]
    pub fn domains(&self) -> operations::DomainsApi<'_> {
        operations::DomainsApi {
            client: self,
        }
    }
    /// Operations of the `emailAddresses` group (feature `email-addresses`).
    #[cfg(feature = "email-addresses")]
    pub fn email_addresses(&self) -> operations::EmailAddressesApi<'_> {
        operations::EmailAddressesApi {
            client: self,
        }
    }
    /// Operations of the `emailAndSmsTemplates` group (feature `email-and-sms-templates`).
    #[cfg(feature = "email-and-sms-templates")]
    pub fn email_and_sms_templates(&self) -> operations::EmailAndSmsTemplatesApi<'_> {
        operations::EmailAndSmsTemplatesApi {
            client: self,
        }
    }
    /// Operations of the `emailSMSTemplates` group (feature `email-sms-templates`).
    #[cfg(feature = "email-sms-templates")]
    pub fn email_sms_templates(&self) -> operations::EmailSmsTemplatesApi<'_> {
        operations::EmailSmsTemplatesApi {
            client: self,
        }
    }
    /// Operations of the `enterpriseConnections` group (feature `enterprise-connections`).
    #[cfg(feature = "enterprise-connections")]
    pub fn enterprise_connections(&self) -> operations::EnterpriseConnectionsApi<'_> {
        operations::EnterpriseConnectionsApi {
            client: self,
        }
    }
    /// Operations of the `instanceSettings` group (feature `instance-settings`).
    #[cfg(feature = "instance-settings")]
    pub fn instance_settings(&self) -> operations::InstanceSettingsApi<'_> {
        operations::InstanceSettingsApi {
            client: self,
        }
    }
    /// Operations of the `invitations` group (feature `invitations`).
    #[cfg(feature = "invitations")]
    pub fn invitations(&self) -> operations::InvitationsApi<'_> {
        operations::InvitationsApi {
            client: self,
        }
    }
    /// Operations of the `jwks` group (feature `jwks`).
    #[cfg(feature = "jwks")]
    pub fn jwks(&self) -> operations::JwksApi<'_> {
        operations::JwksApi {
            client: self,
        }
    }
    /// Operations of the `jwtTemplates` group (feature `jwt-templates`).
    #[cfg(feature = "jwt-templates")]
    pub fn jwt_templates(&self) -> operations::JwtTemplatesApi<'_> {
        operations::JwtTemplatesApi {
            client: self,
        }
    }
    /// Operations of the `m2m` group (feature `m2m`).
    #[cfg(feature = "m2m")]
    pub fn m2m(&self) -> operations::M2mApi<'_> {
        operations::M2mApi { client: self }
    }
    /// Operations of the `machines` group (feature `machines`).
    #[cfg(feature = "machines")]
    pub fn machines(&self) -> operations::MachinesApi<'_> {
        operations::MachinesApi {
            client: self,
        }
    }
    /// Operations of the `miscellaneous` group (feature `miscellaneous`).
    #[cfg(feature = "miscellaneous")]
    pub fn miscellaneous(&self) -> operations::MiscellaneousApi<'_> {
        operations::MiscellaneousApi {
            client: self,
        }
    }
    /// Operations of the `oauthAccessTokens` group (feature `oauth-access-tokens`).
    #[cfg(feature = "oauth-access-tokens")]
    pub fn oauth_access_tokens(&self) -> operations::OauthAccessTokensApi<'_> {
        operations::OauthAccessTokensApi {
            client: self,
        }
    }
    /// Operations of the `oauthApplications` group (feature `oauth-applications`).
    #[cfg(feature = "oauth-applications")]
    pub fn oauth_applications(&self) -> operations::OauthApplicationsApi<'_> {
        operations::OauthApplicationsApi {
            client: self,
        }
    }
    /// Operations of the `organizationDomains` group (feature `organization-domains`).
    #[cfg(feature = "organization-domains")]
    pub fn organization_domains(&self) -> operations::OrganizationDomainsApi<'_> {
        operations::OrganizationDomainsApi {
            client: self,
        }
    }
    /// Operations of the `organizationInvitations` group (feature `organization-invitations`).
    #[cfg(feature = "organization-invitations")]
    pub fn organization_invitations(
        &self,
    ) -> operations::OrganizationInvitationsApi<'_> {
        operations::OrganizationInvitationsApi {
            client: self,
        }
    }
    /// Operations of the `organizationMemberships` group (feature `organization-memberships`).
    #[cfg(feature = "organization-memberships")]
    pub fn organization_memberships(
        &self,
    ) -> operations::OrganizationMembershipsApi<'_> {
        operations::OrganizationMembershipsApi {
            client: self,
        }
    }
    /// Operations of the `organizationPermissions` group (feature `organization-permissions`).
    #[cfg(feature = "organization-permissions")]
    pub fn organization_permissions(
        &self,
    ) -> operations::OrganizationPermissionsApi<'_> {
        operations::OrganizationPermissionsApi {
            client: self,
        }
    }
    /// Operations of the `organizationRoles` group (feature `organization-roles`).
    #[cfg(feature = "organization-roles")]
    pub fn organization_roles(&self) -> operations::OrganizationRolesApi<'_> {
        operations::OrganizationRolesApi {
            client: self,
        }
    }
    /// Operations of the `organizations` group (feature `organizations`).
    #[cfg(feature = "organizations")]
    pub fn organizations(&self) -> operations::OrganizationsApi<'_> {
        operations::OrganizationsApi {
            client: self,
        }
    }
    /// Operations of the `phoneNumbers` group (feature `phone-numbers`).
    #[cfg(feature = "phone-numbers")]
    pub fn phone_numbers(&self) -> operations::PhoneNumbersApi<'_> {
        operations::PhoneNumbersApi {
            client: self,
        }
    }
    /// Operations of the `proxyChecks` group (feature `proxy-checks`).
    #[cfg(feature = "proxy-checks")]
    pub fn proxy_checks(&self) -> operations::ProxyChecksApi<'_> {
        operations::ProxyChecksApi {
            client: self,
        }
    }
    /// Operations of the `redirectUrls` group (feature `redirect-urls`).
    #[cfg(feature = "redirect-urls")]
    pub fn redirect_urls(&self) -> operations::RedirectUrlsApi<'_> {
        operations::RedirectUrlsApi {
            client: self,
        }
    }
    /// Operations of the `roleSets` group (feature `role-sets`).
    #[cfg(feature = "role-sets")]
    pub fn role_sets(&self) -> operations::RoleSetsApi<'_> {
        operations::RoleSetsApi {
            client: self,
        }
    }
    /// Operations of the `samlConnections` group (feature `saml-connections`).
    #[cfg(feature = "saml-connections")]
    pub fn saml_connections(&self) -> operations::SamlConnectionsApi<'_> {
        operations::SamlConnectionsApi {
            client: self,
        }
    }
    /// Operations of the `scimDirectories` group (feature `scim-directories`).
    #[cfg(feature = "scim-directories")]
    pub fn scim_directories(&self) -> operations::ScimDirectoriesApi<'_> {
        operations::ScimDirectoriesApi {
            client: self,
        }
    }
    /// Operations of the `sessions` group (feature `sessions`).
    #[cfg(feature = "sessions")]
    pub fn sessions(&self) -> operations::SessionsApi<'_> {
        operations::SessionsApi {
            client: self,
        }
    }
    /// Operations of the `signInTokens` group (feature `sign-in-tokens`).
    #[cfg(feature = "sign-in-tokens")]
    pub fn sign_in_tokens(&self) -> operations::SignInTokensApi<'_> {
        operations::SignInTokensApi {
            client: self,
        }
    }
    /// Operations of the `signUps` group (feature `sign-ups`).
    #[cfg(feature = "sign-ups")]
    pub fn sign_ups(&self) -> operations::SignUpsApi<'_> {
        operations::SignUpsApi {
            client: self,
        }
    }
    /// Operations of the `templates` group (feature `templates`).
    #[cfg(feature = "templates")]
    pub fn templates(&self) -> operations::TemplatesApi<'_> {
        operations::TemplatesApi {
            client: self,
        }
    }
    /// Operations of the `testingTokens` group (feature `testing-tokens`).
    #[cfg(feature = "testing-tokens")]
    pub fn testing_tokens(&self) -> operations::TestingTokensApi<'_> {
        operations::TestingTokensApi {
            client: self,
        }
    }
    /// Operations of the `users` group (feature `users`).
    #[cfg(feature = "users")]
    pub fn users(&self) -> operations::UsersApi<'_> {
        operations::UsersApi {
            client: self,
        }
    }
    /// Operations of the `waitlistEntries` group (feature `waitlist-entries`).
    #[cfg(feature = "waitlist-entries")]
    pub fn waitlist_entries(&self) -> operations::WaitlistEntriesApi<'_> {
        operations::WaitlistEntriesApi {
            client: self,
        }
    }
    /// Operations of the `webhooks` group (feature `webhooks`).
    #[cfg(feature = "webhooks")]
    pub fn webhooks(&self) -> operations::WebhooksApi<'_> {
        operations::WebhooksApi {
            client: self,
        }
    }
}
/// Configures a [`Client`]: credentials (one setter per security scheme), timeouts, retries, transport.
#[derive(Debug)]
pub struct ClientBuilder {
    inner: sdkgen_runtime::TransportBuilder,
}
impl ClientBuilder {
    /// Secret key, obtained under "API Keys" in the Clerk Dashboard.
    ///
    /// Security scheme `bearerAuth`.
    pub fn bearer_auth(self, token: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "bearerAuth",
                    sdkgen_runtime::Credential::Token(sdkgen_runtime::Secret::new(token)),
                ),
        }
    }
    /// Security scheme `bearerAuth`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn bearer_auth_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("bearerAuth", source),
        }
    }
    /// Replaces the base URL given to [`Client::builder`].
    pub fn base_url(self, base_url: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self.inner.base_url(base_url),
        }
    }
    /// Sends requests through this `reqwest::Client` (proxies, pools, TLS settings).
    pub fn http_client(self, client: sdkgen_runtime::reqwest::Client) -> Self {
        ClientBuilder {
            inner: self.inner.http_client(client),
        }
    }
    /// Time allowed for each attempt of a request; `None` for no limit. Default: 60 s.
    pub fn timeout(self, timeout: Option<Duration>) -> Self {
        ClientBuilder {
            inner: self.inner.timeout(timeout),
        }
    }
    /// Time allowed to establish a connection. Default: 10 s.
    pub fn connect_timeout(self, timeout: Duration) -> Self {
        ClientBuilder {
            inner: self.inner.connect_timeout(timeout),
        }
    }
    /// Retry policy for rate limits, unavailable servers and failed connections.
    pub fn retry(self, retry: sdkgen_runtime::RetryConfig) -> Self {
        ClientBuilder {
            inner: self.inner.retry(retry),
        }
    }
    /// A hook that sees, and may change, every request right before it is sent.
    pub fn request_hook(
        self,
        hook: impl Fn(&mut sdkgen_runtime::reqwest::Request) + Send + Sync + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.request_hook(hook),
        }
    }
    /// A hook that sees every response (every attempt, any status) before it is decoded:
    /// to pick up rotated credentials or state the server sends along.
    pub fn response_hook(
        self,
        hook: impl Fn(&sdkgen_runtime::RawResponse) + Send + Sync + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.response_hook(hook),
        }
    }
    /// Builds the client. Fails on an invalid base URL or TLS setup.
    pub fn build(self) -> Result<Client, sdkgen_runtime::SendError> {
        Ok(Client {
            transport: self.inner.build()?,
        })
    }
}
