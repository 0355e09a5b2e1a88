//! The API client and its builder.
use std::time::Duration;
#[allow(unused_imports)]
use crate::operations;
/// The security schemes of the spec, as the runtime applies them.
static SECURITY_SCHEMES: &[sdkgen_runtime::SecurityScheme] = &[
    sdkgen_runtime::SecurityScheme {
        name: "ProductionBrowser",
        kind: sdkgen_runtime::SchemeKind::ApiKeyCookie("__client"),
    },
    sdkgen_runtime::SecurityScheme {
        name: "DevBrowser",
        kind: sdkgen_runtime::SchemeKind::ApiKeyQuery("__clerk_db_jwt"),
    },
    sdkgen_runtime::SecurityScheme {
        name: "ProductionNativeFlag",
        kind: sdkgen_runtime::SchemeKind::ApiKeyQuery("_is_native"),
    },
    sdkgen_runtime::SecurityScheme {
        name: "ClientCredentials",
        kind: sdkgen_runtime::SchemeKind::Basic,
    },
    sdkgen_runtime::SecurityScheme {
        name: "ProductionNativeApp",
        kind: sdkgen_runtime::SchemeKind::ApiKeyHeader("Authorization"),
    },
];
/// Client for the Clerk Frontend API. Cheap to clone: clones share one connection pool.
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
    /// Operations of the `Active Sessions` group (feature `active-sessions`).
    #[cfg(feature = "active-sessions")]
    pub fn active_sessions(&self) -> operations::ActiveSessionsApi<'_> {
        operations::ActiveSessionsApi {
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
    /// Operations of the `API Keys` group (feature `api-keys`).
    #[cfg(feature = "api-keys")]
    pub fn api_keys(&self) -> operations::ApiKeysApi<'_> {
        operations::ApiKeysApi {
            client: self,
        }
    }
    /// Operations of the `Backup Codes` group (feature `backup-codes`).
    #[cfg(feature = "backup-codes")]
    pub fn backup_codes(&self) -> operations::BackupCodesApi<'_> {
        operations::BackupCodesApi {
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
    /// Operations of the `Client` group (feature `client`).
    #[cfg(feature = "client")]
    pub fn client(&self) -> operations::ClientApi<'_> {
        operations::ClientApi {
            client: self,
        }
    }
    /// Operations of the `default` group (feature `default-group`).
    #[cfg(feature = "default-group")]
    pub fn default(&self) -> operations::DefaultModelApi<'_> {
        operations::DefaultModelApi {
            client: self,
        }
    }
    /// Operations of the `DevBrowser` group (feature `dev-browser`).
    #[cfg(feature = "dev-browser")]
    pub fn dev_browser(&self) -> operations::DevBrowserApi<'_> {
        operations::DevBrowserApi {
            client: self,
        }
    }
    /// Operations of the `Domains` group (feature `domains`).
    #[cfg(feature = "domains")]
    pub fn domains(&self) -> operations::DomainsApi<'_> {
        operations::DomainsApi {
            client: self,
        }
    }
    /// Operations of the `Email Addresses` group (feature `email-addresses`).
    #[cfg(feature = "email-addresses")]
    pub fn email_addresses(&self) -> operations::EmailAddressesApi<'_> {
        operations::EmailAddressesApi {
            client: self,
        }
    }
    /// Operations of the `Enterprise Connections` group (feature `enterprise-connections`).
    #[cfg(feature = "enterprise-connections")]
    pub fn enterprise_connections(&self) -> operations::EnterpriseConnectionsApi<'_> {
        operations::EnterpriseConnectionsApi {
            client: self,
        }
    }
    /// Operations of the `Environment` group (feature `environment`).
    #[cfg(feature = "environment")]
    pub fn environment(&self) -> operations::EnvironmentApi<'_> {
        operations::EnvironmentApi {
            client: self,
        }
    }
    /// Operations of the `External Accounts` group (feature `external-accounts`).
    #[cfg(feature = "external-accounts")]
    pub fn external_accounts(&self) -> operations::ExternalAccountsApi<'_> {
        operations::ExternalAccountsApi {
            client: self,
        }
    }
    /// Operations of the `Health` group (feature `health`).
    #[cfg(feature = "health")]
    pub fn health(&self) -> operations::HealthApi<'_> {
        operations::HealthApi {
            client: self,
        }
    }
    /// Operations of the `Invitations` group (feature `invitations`).
    #[cfg(feature = "invitations")]
    pub fn invitations(&self) -> operations::InvitationsApi<'_> {
        operations::InvitationsApi {
            client: self,
        }
    }
    /// Operations of the `Members` group (feature `members`).
    #[cfg(feature = "members")]
    pub fn members(&self) -> operations::MembersApi<'_> {
        operations::MembersApi {
            client: self,
        }
    }
    /// Operations of the `Membership Requests` group (feature `membership-requests`).
    #[cfg(feature = "membership-requests")]
    pub fn membership_requests(&self) -> operations::MembershipRequestsApi<'_> {
        operations::MembershipRequestsApi {
            client: self,
        }
    }
    /// Operations of the `OAuth2 Callbacks` group (feature `o-auth2-callbacks`).
    #[cfg(feature = "o-auth2-callbacks")]
    pub fn o_auth2_callbacks(&self) -> operations::OAuth2CallbacksApi<'_> {
        operations::OAuth2CallbacksApi {
            client: self,
        }
    }
    /// Operations of the `OAuth2 Identity Provider` group (feature `o-auth2-identity-provider`).
    #[cfg(feature = "o-auth2-identity-provider")]
    pub fn o_auth2_identity_provider(
        &self,
    ) -> operations::OAuth2IdentityProviderApi<'_> {
        operations::OAuth2IdentityProviderApi {
            client: self,
        }
    }
    /// Operations of the `Organization` group (feature `organization`).
    #[cfg(feature = "organization")]
    pub fn organization(&self) -> operations::OrganizationApi<'_> {
        operations::OrganizationApi {
            client: self,
        }
    }
    /// Operations of the `Organization Creation Defaults` group (feature `organization-creation-defaults`).
    #[cfg(feature = "organization-creation-defaults")]
    pub fn organization_creation_defaults(
        &self,
    ) -> operations::OrganizationCreationDefaultsApi<'_> {
        operations::OrganizationCreationDefaultsApi {
            client: self,
        }
    }
    /// Operations of the `Organizations Memberships` group (feature `organizations-memberships`).
    #[cfg(feature = "organizations-memberships")]
    pub fn organizations_memberships(
        &self,
    ) -> operations::OrganizationsMembershipsApi<'_> {
        operations::OrganizationsMembershipsApi {
            client: self,
        }
    }
    /// Operations of the `Passkeys` group (feature `passkeys`).
    #[cfg(feature = "passkeys")]
    pub fn passkeys(&self) -> operations::PasskeysApi<'_> {
        operations::PasskeysApi {
            client: self,
        }
    }
    /// Operations of the `Phone Numbers` group (feature `phone-numbers`).
    #[cfg(feature = "phone-numbers")]
    pub fn phone_numbers(&self) -> operations::PhoneNumbersApi<'_> {
        operations::PhoneNumbersApi {
            client: self,
        }
    }
    /// Operations of the `Redirect` group (feature `redirect`).
    #[cfg(feature = "redirect")]
    pub fn redirect(&self) -> operations::RedirectApi<'_> {
        operations::RedirectApi {
            client: self,
        }
    }
    /// Operations of the `Roles` group (feature `roles`).
    #[cfg(feature = "roles")]
    pub fn roles(&self) -> operations::RolesApi<'_> {
        operations::RolesApi {
            client: self,
        }
    }
    /// Operations of the `SAML` group (feature `saml`).
    #[cfg(feature = "saml")]
    pub fn saml(&self) -> operations::SamlApi<'_> {
        operations::SamlApi {
            client: self,
        }
    }
    /// Operations of the `Sessions` group (feature `sessions`).
    #[cfg(feature = "sessions")]
    pub fn sessions(&self) -> operations::SessionsApi<'_> {
        operations::SessionsApi {
            client: self,
        }
    }
    /// Operations of the `Sign Ins` group (feature `sign-ins`).
    #[cfg(feature = "sign-ins")]
    pub fn sign_ins(&self) -> operations::SignInsApi<'_> {
        operations::SignInsApi {
            client: self,
        }
    }
    /// Operations of the `Sign Ups` group (feature `sign-ups`).
    #[cfg(feature = "sign-ups")]
    pub fn sign_ups(&self) -> operations::SignUpsApi<'_> {
        operations::SignUpsApi {
            client: self,
        }
    }
    /// Operations of the `TOTP` group (feature `totp`).
    #[cfg(feature = "totp")]
    pub fn totp(&self) -> operations::TotpApi<'_> {
        operations::TotpApi {
            client: self,
        }
    }
    /// Operations of the `Trusted Devices` group (feature `trusted-devices`).
    #[cfg(feature = "trusted-devices")]
    pub fn trusted_devices(&self) -> operations::TrustedDevicesApi<'_> {
        operations::TrustedDevicesApi {
            client: self,
        }
    }
    /// Operations of the `User` group (feature `user`).
    #[cfg(feature = "user")]
    pub fn user(&self) -> operations::UserApi<'_> {
        operations::UserApi {
            client: self,
        }
    }
    /// Operations of the `Waitlist` group (feature `waitlist`).
    #[cfg(feature = "waitlist")]
    pub fn waitlist(&self) -> operations::WaitlistApi<'_> {
        operations::WaitlistApi {
            client: self,
        }
    }
    /// Operations of the `Web3 Wallets` group (feature `web3-wallets`).
    #[cfg(feature = "web3-wallets")]
    pub fn web3_wallets(&self) -> operations::Web3WalletsApi<'_> {
        operations::Web3WalletsApi {
            client: self,
        }
    }
    /// Operations of the `Well Known` group (feature `well-known`).
    #[cfg(feature = "well-known")]
    pub fn well_known(&self) -> operations::WellKnownApi<'_> {
        operations::WellKnownApi {
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
    /// The Client API token sent in the form of a browser cookie.
    ///
    /// Used to authenticate production browser applications.
    ///
    /// Security scheme `ProductionBrowser`.
    pub fn production_browser(self, token: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "ProductionBrowser",
                    sdkgen_runtime::Credential::Token(sdkgen_runtime::Secret::new(token)),
                ),
        }
    }
    /// Security scheme `ProductionBrowser`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn production_browser_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("ProductionBrowser", source),
        }
    }
    /// A Dev Browser API token sent as a query parameter.
    ///
    /// Used to authenticate only dev instances.
    ///
    /// To generate a dev instance API token you must first make a request to `/v1/dev_browser`
    /// and copy it from the response.
    ///
    /// Security scheme `DevBrowser`.
    pub fn dev_browser(self, token: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "DevBrowser",
                    sdkgen_runtime::Credential::Token(sdkgen_runtime::Secret::new(token)),
                ),
        }
    }
    /// Security scheme `DevBrowser`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn dev_browser_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("DevBrowser", source),
        }
    }
    /// If sent and the value is true, it instructs the server to parse the API token from the `Authorization` header.
    ///
    /// It should always be set to true when using the `Authorization` header authentication strategy.
    ///
    /// Security scheme `ProductionNativeFlag`.
    pub fn production_native_flag(self, token: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "ProductionNativeFlag",
                    sdkgen_runtime::Credential::Token(sdkgen_runtime::Secret::new(token)),
                ),
        }
    }
    /// Security scheme `ProductionNativeFlag`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn production_native_flag_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("ProductionNativeFlag", source),
        }
    }
    /// HTTP Basic Authentication using Client ID as username and Client Secret as password.
    ///
    /// Security scheme `ClientCredentials`.
    pub fn client_credentials(
        self,
        username: impl Into<String>,
        password: impl Into<String>,
    ) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "ClientCredentials",
                    sdkgen_runtime::Credential::Basic {
                        username: username.into(),
                        password: sdkgen_runtime::Secret::new(password),
                    },
                ),
        }
    }
    /// Security scheme `ClientCredentials`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn client_credentials_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("ClientCredentials", source),
        }
    }
    /// The Client API token sent in the `Authorization` header, as the server issued it
    /// (no `Bearer` prefix); servers return the rotated token in the response's
    /// `Authorization` header.
    ///
    /// Used to authenticate native applications, together with `_is_native=1`.
    ///
    /// Security scheme `ProductionNativeApp`.
    pub fn production_native_app(self, token: impl Into<String>) -> Self {
        ClientBuilder {
            inner: self
                .inner
                .credential(
                    "ProductionNativeApp",
                    sdkgen_runtime::Credential::Token(sdkgen_runtime::Secret::new(token)),
                ),
        }
    }
    /// Security scheme `ProductionNativeApp`, with a credential asked for on every request, so it can be
    /// set, rotated or cleared while clients are in use (e.g. a [`sdkgen_runtime::SharedCredential`]).
    pub fn production_native_app_source(
        self,
        source: impl sdkgen_runtime::CredentialSource + 'static,
    ) -> Self {
        ClientBuilder {
            inner: self.inner.credential_source("ProductionNativeApp", source),
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
