//! Operation groups and request builders: `client.group().operation(required...).optional(...).send().await`.
#![allow(clippy::too_many_arguments)]
#![allow(clippy::should_implement_trait)]
#[allow(unused_imports)]
use crate::types;
#[allow(unused_imports)]
use crate::Client;
/// Operations of the `chat` group; see [`Client::chat`].
#[cfg(feature = "chat")]
#[derive(Clone, Copy, Debug)]
pub struct ChatApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "chat")]
impl ChatApi<'_> {
    /// Spec: `POST /chat/completions` (`createCompletion`)
    #[doc(alias = "createCompletion")]
    pub fn create_completion(&self, model: impl Into<String>) -> CreateCompletion {
        CreateCompletion {
            client: self.client.clone(),
            body: types::CreateCompletionBody {
                model: model.into(),
                stream: None,
            },
        }
    }
    /// Spec: `GET /tokens` (`streamTokens`)
    #[doc(alias = "streamTokens")]
    pub fn stream_tokens(&self) -> StreamTokens {
        StreamTokens {
            client: self.client.clone(),
        }
    }
}
/// Operations of the `logs` group; see [`Client::logs`].
#[cfg(feature = "logs")]
#[derive(Clone, Copy, Debug)]
pub struct LogsApi<'a> {
    pub(crate) client: &'a Client,
}
#[cfg(feature = "logs")]
impl LogsApi<'_> {
    /// Spec: `GET /logs` (`tailLogs`)
    #[doc(alias = "tailLogs")]
    pub fn tail(&self) -> TailLogs {
        TailLogs {
            client: self.client.clone(),
        }
    }
    /// Spec: `GET /events` (`watchEvents`)
    #[doc(alias = "watchEvents")]
    pub fn watch_events(&self) -> WatchEvents {
        WatchEvents {
            client: self.client.clone(),
        }
    }
}
/// Request builder for [`ChatApi::create_completion`] (`createCompletion`): set optional inputs, then `.send().await`.
#[cfg(feature = "chat")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCompletion {
    client: Client,
    body: types::CreateCompletionBody,
}
#[cfg(feature = "chat")]
impl std::fmt::Debug for CreateCompletion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCompletion").finish_non_exhaustive()
    }
}
#[cfg(feature = "chat")]
impl CreateCompletion {
    /// Answer as server-sent events.
    pub fn stream(mut self, value: impl Into<bool>) -> Self {
        self.body.stream = Some(value.into());
        self
    }
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        let mut req = sdkgen_runtime::RequestSpec::new(
                "createCompletion",
                sdkgen_runtime::reqwest::Method::POST,
                "/chat/completions",
                "/chat/completions".to_owned(),
            )
            .security(&[])
            .success(&[200]);
        req.header("Accept", "application/json");
        req.json(&self.body);
        req
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<types::Completion, sdkgen_runtime::Error<types::Problem>> {
        self.client.transport.send_json(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<types::Completion>,
        sdkgen_runtime::Error<types::Problem>,
    > {
        self.client.transport.send_json_with_response(self.request()).await
    }
    /// Sends the request asking for `text/event-stream` and returns its events as they arrive. An
    /// error status before the stream starts is the usual typed error; a broken connection or an
    /// undecodable event ends the stream with a [`sdkgen_runtime::StreamError`].
    #[inline]
    pub async fn send_stream(
        self,
    ) -> Result<
        sdkgen_runtime::EventStream<types::CompletionChunk>,
        sdkgen_runtime::Error<types::Problem>,
    > {
        self.send_stream_with_response().await.map(sdkgen_runtime::Response::into_body)
    }
    /// Like [`send_stream`](Self::send_stream), with the response's status and headers.
    #[allow(unused_mut)]
    #[inline]
    pub async fn send_stream_with_response(
        mut self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::EventStream<types::CompletionChunk>>,
        sdkgen_runtime::Error<types::Problem>,
    > {
        self.body.stream = Some(true);
        let mut req = self.request();
        req.set_header("Accept", "text/event-stream, application/json;q=0.9");
        self.client
            .transport
            .send_events(
                req,
                sdkgen_runtime::EventFormat::ServerSent,
                sdkgen_runtime::EventData::Json,
            )
            .await
    }
}
/// Request builder for [`ChatApi::stream_tokens`] (`streamTokens`): set optional inputs, then `.send().await`.
#[cfg(feature = "chat")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct StreamTokens {
    client: Client,
}
#[cfg(feature = "chat")]
impl std::fmt::Debug for StreamTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StreamTokens").finish_non_exhaustive()
    }
}
#[cfg(feature = "chat")]
impl StreamTokens {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "streamTokens",
                sdkgen_runtime::reqwest::Method::GET,
                "/tokens",
                "/tokens".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::bytes::Bytes, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_bytes(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::bytes::Bytes>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_bytes_with_response(self.request()).await
    }
    /// Sends the request asking for `text/event-stream` and returns its events as they arrive. An
    /// error status before the stream starts is the usual typed error; a broken connection or an
    /// undecodable event ends the stream with a [`sdkgen_runtime::StreamError`].
    #[inline]
    pub async fn send_stream(
        self,
    ) -> Result<
        sdkgen_runtime::EventStream<String>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.send_stream_with_response().await.map(sdkgen_runtime::Response::into_body)
    }
    /// Like [`send_stream`](Self::send_stream), with the response's status and headers.
    #[allow(unused_mut)]
    #[inline]
    pub async fn send_stream_with_response(
        mut self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::EventStream<String>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        let mut req = self.request();
        req.set_header("Accept", "text/event-stream, application/json;q=0.9");
        self.client
            .transport
            .send_events(
                req,
                sdkgen_runtime::EventFormat::ServerSent,
                sdkgen_runtime::EventData::Text,
            )
            .await
    }
}
/// Request builder for [`LogsApi::tail`] (`tailLogs`): set optional inputs, then `.send().await`.
#[cfg(feature = "logs")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TailLogs {
    client: Client,
}
#[cfg(feature = "logs")]
impl std::fmt::Debug for TailLogs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TailLogs").finish_non_exhaustive()
    }
}
#[cfg(feature = "logs")]
impl TailLogs {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "tailLogs",
                sdkgen_runtime::reqwest::Method::GET,
                "/logs",
                "/logs".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::bytes::Bytes, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_bytes(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::bytes::Bytes>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_bytes_with_response(self.request()).await
    }
    /// Sends the request asking for `application/x-ndjson` and returns its events as they arrive. An
    /// error status before the stream starts is the usual typed error; a broken connection or an
    /// undecodable event ends the stream with a [`sdkgen_runtime::StreamError`].
    #[inline]
    pub async fn send_stream(
        self,
    ) -> Result<
        sdkgen_runtime::EventStream<types::LogLine>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.send_stream_with_response().await.map(sdkgen_runtime::Response::into_body)
    }
    /// Like [`send_stream`](Self::send_stream), with the response's status and headers.
    #[allow(unused_mut)]
    #[inline]
    pub async fn send_stream_with_response(
        mut self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::EventStream<types::LogLine>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        let mut req = self.request();
        req.set_header("Accept", "application/x-ndjson, application/json;q=0.9");
        self.client
            .transport
            .send_events(
                req,
                sdkgen_runtime::EventFormat::JsonLines,
                sdkgen_runtime::EventData::Json,
            )
            .await
    }
}
/// Request builder for [`LogsApi::watch_events`] (`watchEvents`): set optional inputs, then `.send().await`.
#[cfg(feature = "logs")]
#[derive(Clone)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct WatchEvents {
    client: Client,
}
#[cfg(feature = "logs")]
impl std::fmt::Debug for WatchEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WatchEvents").finish_non_exhaustive()
    }
}
#[cfg(feature = "logs")]
impl WatchEvents {
    #[inline]
    fn request(&self) -> sdkgen_runtime::RequestSpec {
        sdkgen_runtime::RequestSpec::new(
                "watchEvents",
                sdkgen_runtime::reqwest::Method::GET,
                "/events",
                "/events".to_owned(),
            )
            .security(&[])
            .success(&[200])
    }
    /// Sends the request and decodes the response.
    #[inline]
    pub async fn send(
        self,
    ) -> Result<sdkgen_runtime::bytes::Bytes, sdkgen_runtime::Error<serde_json::Value>> {
        self.client.transport.send_bytes(self.request()).await
    }
    /// Like [`send`](Self::send), with the response's status and headers beside the decoded body.
    #[inline]
    pub async fn send_with_response(
        self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::bytes::Bytes>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.client.transport.send_bytes_with_response(self.request()).await
    }
    /// Sends the request asking for `text/event-stream` and returns its events as they arrive. An
    /// error status before the stream starts is the usual typed error; a broken connection or an
    /// undecodable event ends the stream with a [`sdkgen_runtime::StreamError`].
    #[inline]
    pub async fn send_stream(
        self,
    ) -> Result<
        sdkgen_runtime::EventStream<serde_json::Value>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        self.send_stream_with_response().await.map(sdkgen_runtime::Response::into_body)
    }
    /// Like [`send_stream`](Self::send_stream), with the response's status and headers.
    #[allow(unused_mut)]
    #[inline]
    pub async fn send_stream_with_response(
        mut self,
    ) -> Result<
        sdkgen_runtime::Response<sdkgen_runtime::EventStream<serde_json::Value>>,
        sdkgen_runtime::Error<serde_json::Value>,
    > {
        let mut req = self.request();
        req.set_header("Accept", "text/event-stream, application/json;q=0.9");
        self.client
            .transport
            .send_events(
                req,
                sdkgen_runtime::EventFormat::ServerSent,
                sdkgen_runtime::EventData::Json,
            )
            .await
    }
}
