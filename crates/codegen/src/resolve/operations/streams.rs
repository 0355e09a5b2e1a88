//! Event streams: a success response that offers `text/event-stream` or JSON lines gets
//! `send_stream()`, returning its events typed by the schema the spec gives that media type.

use openapiv3::Response;

use super::{Input, OperationResolver, TYPES};
use crate::error::{child, GenError};
use crate::ir::EventStream;
use crate::resolve::ty::Ty;

/// The runtime's framing of a streamed media type, if it is one.
pub(super) fn stream_format(content_type: &str) -> Option<&'static str> {
    let essence = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    match essence.as_str() {
        "text/event-stream" => Some("sdkgen_runtime::EventFormat::ServerSent"),
        "application/x-ndjson" | "application/ndjson" | "application/jsonl" | "application/x-jsonlines" | "application/jsonlines" => {
            Some("sdkgen_runtime::EventFormat::JsonLines")
        }
        _ => None,
    }
}

/// A JSON media type whose whole body is one JSON value (not JSON lines).
pub(super) fn is_json_media(content_type: &str) -> bool {
    content_type.contains("json") && stream_format(content_type).is_none()
}

impl<'a> OperationResolver<'a, '_> {
    /// The event stream a success response offers, with its event type.
    pub(super) fn event_stream(&mut self, response: &'a Response, response_pointer: &str, builder_name: &str) -> Result<Option<EventStream>, GenError> {
        let Some((content_type, media, format)) = response.content.iter().find_map(|(ct, m)| stream_format(ct).map(|f| (ct, m, f))) else {
            return Ok(None);
        };
        let (ty, data) = match &media.schema {
            Some(schema) => {
                let schema_pointer = child(&child(&child(response_pointer, "content"), content_type), "schema");
                let r = self.schemas.resolve(schema.into(), &schema_pointer, &format!("{builder_name}Event"))?;
                let ty = if r.nullable { r.ty.option() } else { r.ty };
                // A string event (a token of text) is the data itself, not JSON.
                let data = if ty == Ty::String && format.ends_with("ServerSent") { "Text" } else { "Json" };
                (ty, data)
            }
            None => (Ty::Json, "Json"),
        };
        Ok(Some(EventStream {
            item_ty: ty.render(TYPES),
            format: format.to_owned(),
            data: format!("sdkgen_runtime::EventData::{data}"),
            accept: content_type.clone(),
            prepare: Vec::new(),
        }))
    }
}

/// Statements asking for the stream in the body too, where the API chooses streaming by a
/// boolean body property named `stream` (OpenAI's convention, followed by many APIs).
pub(super) fn stream_flag(inputs: &[Input]) -> Vec<String> {
    inputs
        .iter()
        .filter(|i| i.location == "body_field" && i.json_name == "stream" && i.value_ty == "bool")
        .map(|i| {
            let value = if i.convert.starts_with("Some(") { "Some(true)" } else { "true" };
            format!("self.{} = {value};", i.target)
        })
        .collect()
}
