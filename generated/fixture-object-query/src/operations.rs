//! Operation groups and request builders: `client.group().operation(required...).optional(...).send().await`.
#![allow(clippy::too_many_arguments)]
#![allow(clippy::should_implement_trait)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use crate::Client;
/// Operations of the `default` group; see [`Client::default`].
#[cfg(feature = "default-group")]
#[derive(Clone, Copy, Debug)]
pub struct DefaultModelApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "default-group")]
impl DefaultModelApi<'_> {
    /// Spec: `GET /search` (`search`)
    pub fn search(&self) -> Search {
        Search {
            client: self.client.clone(),
            page: None,
            compact: None,
            filter: None,
        }
    }
}
/// Request builder for [`DefaultModelApi::search`] (`search`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Search {
    client: Client,
    page: Option<types::Page>,
    compact: Option<types::Page>,
    filter: Option<types::SearchFilter>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for Search {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Search").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl Search {
    pub fn page(mut self, value: impl Into<types::Page>) -> Self {
        self.page = Some(value.into());
        self
    }
    pub fn compact(mut self, value: impl Into<types::Page>) -> Self {
        self.compact = Some(value.into());
        self
    }
    pub fn filter(mut self, value: impl Into<types::SearchFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "search",
                sdkgen_runtime::reqwest::Method::GET,
                "/search",
                "/search".to_owned(),
            )
            .security(&[])
            .success(&[204]);
        if let Some(v) = &self.page {
            if let Some(x) = &v.limit {
                req.query("limit", x);
            }
            if let Some(x) = &v.cursor {
                req.query("cursor", x);
            }
        }
        if let Some(v) = &self.compact {
            let mut parts: Vec<String> = Vec::new();
            if let Some(x) = &v.limit {
                parts.push("limit".to_owned());
                parts.push(x.to_string());
            }
            if let Some(x) = &v.cursor {
                parts.push("cursor".to_owned());
                parts.push(x.to_string());
            }
            req.query("compact", parts.join(","));
        }
        if let Some(v) = &self.filter {
            {
                let x = &v.status;
                req.query("filter[status]", x);
            }
            if let Some(x) = &v.owner {
                req.query("filter[owner]", x);
            }
            if let Some(x) = &v.min_score {
                req.query("filter[min_score]", x);
            }
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
