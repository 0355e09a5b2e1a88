//! The API client and its builder.
use std::time::Duration;
#[allow(unused_imports)]
use crate::operations;
/// The security schemes of the spec, as the runtime applies them.
static SECURITY_SCHEMES: &[sdkgen_runtime::SecurityScheme] = &[];
/// Client for the Streams. Cheap to clone: clones share one connection pool.
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
            ),
        }
    }
    /// Operations of the `chat` group (feature `chat`).
    #[cfg(feature = "chat")]
    pub fn chat(&self) -> operations::ChatApi<'_> {
        operations::ChatApi {
            client: self,
        }
    }
    /// Operations of the `logs` group (feature `logs`).
    #[cfg(feature = "logs")]
    pub fn logs(&self) -> operations::LogsApi<'_> {
        operations::LogsApi {
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
