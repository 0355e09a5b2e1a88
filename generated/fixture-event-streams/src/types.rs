//! Every schema of the spec as a Rust type. Each type's docs end with the spec location it came from.
#![allow(
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::too_many_arguments,
    clippy::new_without_default
)]
#[allow(unused_imports)]
use serde::{Deserialize, Serialize};
/// Spec: `#/components/schemas/Completion`
#[cfg(feature = "chat")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Completion {
    pub id: String,
    pub text: String,
}
#[cfg(feature = "chat")]
sdkgen_runtime::deserialize_map!(
    Completion { id("id", required), text("text", required), }
);
/// Spec: `#/components/schemas/CompletionChunk`
#[cfg(feature = "chat")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CompletionChunk {
    pub id: String,
    pub delta: String,
}
#[cfg(feature = "chat")]
sdkgen_runtime::deserialize_map!(
    CompletionChunk { id("id", required), delta("delta", required), }
);
/// Spec: `#/paths/~1chat~1completions/post/requestBody/content/application~1json/schema`
#[cfg(feature = "chat")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CreateCompletionBody {
    pub model: String,
    /// Answer as server-sent events.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stream: Option<bool>,
}
#[cfg(feature = "chat")]
sdkgen_runtime::deserialize_map!(
    CreateCompletionBody { model("model", required), stream("stream", default), }
);
#[cfg(feature = "chat")]
impl CreateCompletionBody {
    /// A value with these required fields; the optional ones start empty (set them by assignment).
    pub fn new(model: String) -> Self {
        Self { model, stream: None }
    }
}
/// Spec: `#/components/schemas/LogLine`
#[cfg(feature = "logs")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct LogLine {
    pub level: String,
    pub message: String,
}
#[cfg(feature = "logs")]
sdkgen_runtime::deserialize_map!(
    LogLine { level("level", required), message("message", required), }
);
/// Spec: `#/components/schemas/Problem`
#[cfg(feature = "chat")]
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Problem {
    pub message: String,
}
#[cfg(feature = "chat")]
sdkgen_runtime::deserialize_map!(Problem { message("message", required), });
