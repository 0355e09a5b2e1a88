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
    /// Spec: `GET /things` (`listThings`)
    #[doc(alias = "listThings")]
    pub fn list_things(&self) -> ListThings {
        ListThings {
            client: self.client.clone(),
            metadata: None,
            labels: None,
            project: None,
            suspended_by: None,
            since: None,
        }
    }
}
/// Request builder for [`DefaultModelApi::list_things`] (`listThings`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListThings {
    client: Client,
    metadata: Option<std::collections::BTreeMap<String, String>>,
    labels: Option<std::collections::BTreeMap<String, String>>,
    project: Option<Vec<serde_json::Value>>,
    suspended_by: Option<types::ListThingsSuspendedBy>,
    since: Option<String>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for ListThings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ListThings").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl ListThings {
    pub fn metadata(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.metadata = Some(value.into());
        self
    }
    pub fn labels(
        mut self,
        value: impl Into<std::collections::BTreeMap<String, String>>,
    ) -> Self {
        self.labels = Some(value.into());
        self
    }
    pub fn project(mut self, value: impl Into<Vec<serde_json::Value>>) -> Self {
        self.project = Some(value.into());
        self
    }
    pub fn suspended_by(
        mut self,
        value: impl Into<types::ListThingsSuspendedBy>,
    ) -> Self {
        self.suspended_by = Some(value.into());
        self
    }
    pub fn since(mut self, value: impl Into<String>) -> Self {
        self.since = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "listThings",
                sdkgen_runtime::reqwest::Method::GET,
                "/things",
                "/things".to_owned(),
            )
            .security(&[])
            .success(&[204]);
        if let Some(v) = &self.metadata {
            req.query_map("metadata", v.iter(), sdkgen_runtime::MapStyle::DeepObject);
        }
        if let Some(v) = &self.labels {
            req.query_map("labels", v.iter(), sdkgen_runtime::MapStyle::Exploded);
        }
        if let Some(v) = &self.project {
            req.query_exploded(
                "project",
                &v.iter().map(sdkgen_runtime::ValueText).collect::<Vec<_>>(),
            );
        }
        if let Some(v) = &self.suspended_by {
            req.query("suspended_by", v);
        }
        if let Some(v) = &self.since {
            req.query("since", v);
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
