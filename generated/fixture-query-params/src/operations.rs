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
    /// Spec: `GET /items/{item_id}` (`getItem`)
    #[doc(alias = "getItem")]
    pub fn get_item(
        &self,
        item_id: impl Into<types::ItemId>,
        owner: impl Into<types::ItemId>,
    ) -> GetItem {
        GetItem {
            client: self.client.clone(),
            item_id: item_id.into(),
            sort: None,
            status: None,
            tag: None,
            owner: owner.into(),
            x_trace_id: None,
        }
    }
    /// Spec: `GET /points/{point_id}` (`getPoint`)
    #[doc(alias = "getPoint")]
    pub fn get_point(&self, point_id: impl Into<types::PointId>) -> GetPoint {
        GetPoint {
            client: self.client.clone(),
            point_id: point_id.into(),
            near: None,
        }
    }
    /// Spec: `GET /shapes/{shape}/{tags}/{dims}` (`getShape`)
    #[doc(alias = "getShape")]
    pub fn get_shape(
        &self,
        shape: impl Into<String>,
        tags: impl Into<Vec<String>>,
        dims: impl Into<Vec<i64>>,
    ) -> GetShape {
        GetShape {
            client: self.client.clone(),
            shape: shape.into(),
            tags: tags.into(),
            dims: dims.into(),
        }
    }
}
/// Request builder for [`DefaultModelApi::get_item`] (`getItem`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetItem {
    client: Client,
    item_id: types::ItemId,
    sort: Option<types::SortOrder>,
    status: Option<types::Status>,
    tag: Option<Vec<String>>,
    owner: types::ItemId,
    x_trace_id: Option<types::ItemId>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetItem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetItem").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetItem {
    pub fn sort(mut self, value: impl Into<types::SortOrder>) -> Self {
        self.sort = Some(value.into());
        self
    }
    pub fn status(mut self, value: impl Into<types::Status>) -> Self {
        self.status = Some(value.into());
        self
    }
    pub fn tag(mut self, value: impl Into<Vec<String>>) -> Self {
        self.tag = Some(value.into());
        self
    }
    pub fn x_trace_id(mut self, value: impl Into<types::ItemId>) -> Self {
        self.x_trace_id = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getItem",
                sdkgen_runtime::reqwest::Method::GET,
                "/items/{item_id}",
                format!(
                    "/items/{}", sdkgen_runtime::encode_path_segment(& self.item_id
                    .to_string())
                ),
            )
            .security(&[])
            .success(&[200]);
        if let Some(v) = &self.sort {
            req.query("sort", v);
        }
        if let Some(v) = &self.status {
            req.query("status", v);
        }
        if let Some(v) = &self.tag {
            req.query_exploded("tag", v);
        }
        {
            let v = &self.owner;
            req.query("owner", v);
        }
        if let Some(v) = &self.x_trace_id {
            req.header("X-Trace-Id", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Item, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Item>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DefaultModelApi::get_point`] (`getPoint`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPoint {
    client: Client,
    point_id: types::PointId,
    near: Option<types::PointId>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetPoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetPoint").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetPoint {
    pub fn near(mut self, value: impl Into<types::PointId>) -> Self {
        self.near = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "getPoint",
                sdkgen_runtime::reqwest::Method::GET,
                "/points/{point_id}",
                format!(
                    "/points/{}", sdkgen_runtime::encode_path_segment(& self.point_id
                    .to_string())
                ),
            )
            .security(&[])
            .success(&[200]);
        if let Some(v) = &self.near {
            req.query("near", v);
        }
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Item, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Item>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
/// Request builder for [`DefaultModelApi::get_shape`] (`getShape`): set optional inputs, then `.send().await`.
#[cfg(feature = "default-group")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetShape {
    client: Client,
    shape: String,
    tags: Vec<String>,
    dims: Vec<i64>,
}
#[cfg(feature = "default-group")]
impl std::fmt::Debug for GetShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GetShape").finish_non_exhaustive()
    }
}
#[cfg(feature = "default-group")]
impl GetShape {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "getShape",
                sdkgen_runtime::reqwest::Method::GET,
                "/shapes/{shape}/{tags}/{dims}",
                format!(
                    "/shapes/{}/{}/{}", [".", [sdkgen_runtime::encode_path_segment(& self
                    .shape.to_string())].join(",").as_str()].concat(), [";tags=", self
                    .tags.iter().map(| v | sdkgen_runtime::encode_path_segment(& v
                    .to_string())).collect::< Vec < _ >> ().join(",").as_str()].concat(),
                    self.dims.iter().map(| v | sdkgen_runtime::encode_path_segment(& v
                    .to_string())).collect::< Vec < _ >> ().iter().map(| v | [";dims=", v
                    .as_str()].concat()).collect::< String > ()
                ),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Item, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Item>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
}
