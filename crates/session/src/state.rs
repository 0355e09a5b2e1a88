//! The client as the server last described it: its sessions, the active session and user.
//!
//! Clerk piggybacks the current client on most Frontend API responses (`"client": {...}`,
//! also on error responses), and `GET/POST/PUT/DELETE /v1/client` answer with the client as
//! `response`. Every response the session's client receives goes through [`piggybacked`], so
//! the state follows the server whichever operation was called.

use std::sync::Arc;

use clerk_frontend_api::types::{ClientClient, ClientSession, ClientSessionBaseStatus, ClientUser};
use serde::Deserialize;
use serde_json::value::RawValue;

/// A snapshot of the client state. Cheap to clone.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SessionState {
    client: Option<Arc<ClientClient>>,
    stale: bool,
}

impl SessionState {
    pub(crate) fn new(client: Option<ClientClient>) -> Self {
        SessionState { client: client.map(Arc::new), stale: false }
    }

    /// The state a store kept from an earlier run, marked stale.
    pub(crate) fn restored(client: ClientClient) -> Self {
        SessionState { client: Some(Arc::new(client)), stale: true }
    }

    /// Whether this is the state kept from an earlier run, not yet confirmed by the server (a
    /// start without network): the user may have been signed out elsewhere since. It is
    /// replaced by the server's as soon as a request gets through.
    pub fn is_stale(&self) -> bool {
        self.stale
    }

    /// The client (the device's Clerk identity: its sessions and in-progress sign-in/sign-up).
    pub fn client(&self) -> Option<&ClientClient> {
        self.client.as_deref()
    }

    /// Every session of the client, active or not.
    pub fn sessions(&self) -> &[ClientSession] {
        self.client.as_deref().map(|c| c.sessions.as_slice()).unwrap_or_default()
    }

    /// The session the client last made active, while it is active. A pending session (tasks
    /// left) is not: see [`SessionState::pending_session`].
    pub fn active_session(&self) -> Option<&ClientSession> {
        self.current_session().filter(|s| s.status == ClientSessionBaseStatus::Active)
    }

    /// The session the client last made active, active or pending.
    pub fn current_session(&self) -> Option<&ClientSession> {
        let client = self.client.as_deref()?;
        let id = client.last_active_session_id.as_deref()?;
        client.sessions.iter().find(|s| s.id == id && matches!(s.status, ClientSessionBaseStatus::Active | ClientSessionBaseStatus::Pending))
    }

    /// The current session while it is pending: signed in, with tasks left (choosing an
    /// organization, setting up a second factor, resetting the password). It does not count as
    /// signed in until they are done.
    pub fn pending_session(&self) -> Option<&ClientSession> {
        self.current_session().filter(|s| s.status == ClientSessionBaseStatus::Pending)
    }

    /// The keys of the pending session's tasks, in order (e.g. `choose-organization`); empty
    /// when no session is pending.
    pub fn pending_tasks(&self) -> Vec<&str> {
        self.pending_session().map(session_tasks).unwrap_or_default()
    }

    /// The user of the active session.
    pub fn user(&self) -> Option<&ClientUser> {
        self.active_session().and_then(|s| s.user.as_ref())
    }

    /// Whether a session is active. A pending session is not signed in (as clerk-android's
    /// `treatPendingAsSignedOut`): its tasks come first.
    pub fn is_signed_in(&self) -> bool {
        self.active_session().is_some()
    }

    /// The state without session `id` (the server said it is gone).
    pub(crate) fn without_session(&self, id: &str) -> SessionState {
        let Some(client) = self.client.as_deref() else { return self.clone() };
        let mut client = client.clone();
        client.sessions.retain(|s| s.id != id);
        if client.last_active_session_id.as_deref() == Some(id) {
            client.last_active_session_id = None;
        }
        SessionState { client: Some(Arc::new(client)), stale: self.stale }
    }
}

/// The task keys of `session`, in order.
pub(crate) fn session_tasks(session: &ClientSession) -> Vec<&str> {
    session.tasks.iter().flatten().map(|t| t.key.as_str()).collect()
}

/// What a response says about the client.
#[derive(Debug, PartialEq)]
pub(crate) enum Piggyback {
    /// The current client.
    Client(Box<ClientClient>),
    /// `"client": null`: the client is gone (signed out everywhere, or never created).
    NoClient,
    /// Nothing about the client (or a body that is not Clerk's JSON).
    Silent,
}

#[derive(Deserialize)]
struct Envelope<'a> {
    /// Absent: `None`; `null`: `Some(None)`.
    #[serde(borrow, default, deserialize_with = "sdkgen_runtime::nullable::deserialize")]
    client: Option<Option<&'a RawValue>>,
    #[serde(borrow, default)]
    response: Option<&'a RawValue>,
    #[serde(borrow, default)]
    meta: Option<Meta<'a>>,
}

#[derive(Deserialize)]
struct Meta<'a> {
    #[serde(borrow, default, deserialize_with = "sdkgen_runtime::nullable::deserialize")]
    client: Option<Option<&'a RawValue>>,
}

#[derive(Deserialize)]
struct ObjectTag<'a> {
    #[serde(borrow, default)]
    object: Option<&'a str>,
}

/// Reads the client a response body carries: top-level `client`, `meta.client` of an error
/// body, or a `response` that is itself the client.
pub(crate) fn piggybacked(body: &[u8]) -> Piggyback {
    if body.first().map(|b| *b != b'{').unwrap_or(true) {
        return Piggyback::Silent;
    }
    let Ok(envelope) = serde_json::from_slice::<Envelope<'_>>(body) else { return Piggyback::Silent };
    let own_client = envelope
        .response
        .filter(|r| serde_json::from_str::<ObjectTag<'_>>(r.get()).is_ok_and(|t| t.object == Some("client")));
    let found = match (own_client, envelope.client, envelope.meta.and_then(|m| m.client)) {
        (Some(client), _, _) => Some(Some(client)),
        (None, Some(client), _) | (None, None, Some(client)) => Some(client),
        (None, None, None) => None,
    };
    match found {
        None => Piggyback::Silent,
        Some(None) => Piggyback::NoClient,
        Some(Some(raw)) => match serde_json::from_str::<ClientClient>(raw.get()) {
            Ok(client) => Piggyback::Client(Box::new(client)),
            Err(e) => {
                tracing::debug!(error = %e, "a piggybacked client does not match the spec; state unchanged");
                Piggyback::Silent
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn client_json(id: &str) -> String {
        format!(r#"{{"object":"client","id":"{id}","sessions":[],"sign_in":null,"sign_up":null,"last_active_session_id":null,"captcha_bypass":false,"created_at":1,"updated_at":2}}"#)
    }

    #[test]
    fn reads_the_client_wherever_clerk_puts_it() {
        let top = format!(r#"{{"response":{{"object":"sign_in_attempt"}},"client":{}}}"#, client_json("client_top"));
        assert!(matches!(piggybacked(top.as_bytes()), Piggyback::Client(c) if c.id == "client_top"));
        let own = format!(r#"{{"response":{},"client":null}}"#, client_json("client_own"));
        assert!(matches!(piggybacked(own.as_bytes()), Piggyback::Client(c) if c.id == "client_own"));
        let error = format!(r#"{{"errors":[],"meta":{{"client":{}}}}}"#, client_json("client_err"));
        assert!(matches!(piggybacked(error.as_bytes()), Piggyback::Client(c) if c.id == "client_err"));
        assert_eq!(piggybacked(br#"{"response":{"object":"session"},"client":null}"#), Piggyback::NoClient);
        assert_eq!(piggybacked(br#"{"object":"environment","auth_config":{}}"#), Piggyback::Silent);
        assert_eq!(piggybacked(b"<html>"), Piggyback::Silent);
        assert_eq!(piggybacked(b""), Piggyback::Silent);
        assert_eq!(piggybacked(br#"{"client":{"object":"client"}}"#), Piggyback::Silent);
    }
}
