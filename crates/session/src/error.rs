//! What can go wrong in a session, typed.

use std::fmt;

use clerk_frontend_api::types::ClerkErrors;

/// An error from the session layer.
#[derive(Debug)]
#[non_exhaustive]
pub enum SessionError {
    /// The publishable key is not one Clerk issues.
    InvalidPublishableKey(String),
    /// A call to the Frontend API failed: an error Clerk answered with (see
    /// [`SessionError::clerk_code`], e.g. `form_password_incorrect`), or a network, timeout or
    /// decode failure.
    /// Boxed: the runtime error keeps the whole response, and results stay small.
    Api(Box<sdkgen_runtime::Error<ClerkErrors>>),
    /// There is no active session to act on (nobody is signed in).
    NoActiveSession,
    /// The current session is pending: signed in, with `tasks` left to do first (their keys,
    /// e.g. `choose-organization`). Ask with [`crate::TokenOptions::allowing_pending`] for a
    /// token anyway.
    SessionPending { session_id: String, tasks: Vec<String> },
    /// The server no longer accepts this session (it answered 401): it was removed from the
    /// state and its cached tokens dropped. Sign in again.
    SessionEnded { session_id: String },
    /// The server answered in a way the flow cannot continue from (a redirect where a body was
    /// expected, a token response without a token, a missing factor).
    Unexpected(String),
    /// The token store failed to load, save or clear the client token.
    Store(std::io::Error),
}

impl SessionError {
    /// The first Clerk error code of an API error, e.g. `form_password_incorrect`.
    pub fn clerk_code(&self) -> Option<&str> {
        self.clerk_errors().and_then(|e| e.errors.first()).map(|e| e.code.as_str())
    }

    /// Whether the Frontend API could not be reached or could not answer: no network, a
    /// timeout, a 5xx. Nothing about the session is known to have changed: the state and the
    /// stored client token are kept (never a silent sign-out), and a later call may succeed.
    pub fn is_unreachable(&self) -> bool {
        match self {
            SessionError::Api(e) => match &**e {
                sdkgen_runtime::Error::Transport(_) | sdkgen_runtime::Error::Timeout => true,
                other => other.status().is_some_and(|s| s.is_server_error()),
            },
            _ => false,
        }
    }

    /// The typed Clerk error body of an API error.
    pub fn clerk_errors(&self) -> Option<&ClerkErrors> {
        match self {
            SessionError::Api(e) => e.api_body(),
            _ => None,
        }
    }
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::InvalidPublishableKey(why) => write!(f, "invalid publishable key: {why}"),
            SessionError::Api(e) => match e.api_body().and_then(|b| b.errors.first()) {
                Some(first) => write!(f, "Clerk error {} ({}): {}", e.status().map(|s| s.as_u16()).unwrap_or(0), first.code, first.long_message),
                None => write!(f, "{e}"),
            },
            SessionError::NoActiveSession => f.write_str("no active session: nobody is signed in"),
            SessionError::SessionPending { session_id, tasks } => write!(f, "session {session_id} is pending, with tasks left: {}", tasks.join(", ")),
            SessionError::SessionEnded { session_id } => write!(f, "session {session_id} is no longer valid (401); sign in again"),
            SessionError::Unexpected(what) => write!(f, "unexpected answer from the Frontend API: {what}"),
            SessionError::Store(e) => write!(f, "token store: {e}"),
        }
    }
}

impl std::error::Error for SessionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SessionError::Api(e) => Some(&**e),
            SessionError::Store(e) => Some(e),
            _ => None,
        }
    }
}

impl From<sdkgen_runtime::Error<ClerkErrors>> for SessionError {
    fn from(e: sdkgen_runtime::Error<ClerkErrors>) -> Self {
        SessionError::Api(Box::new(e))
    }
}

/// For the few operations whose spec declares no typed error body.
pub(crate) fn untyped(e: sdkgen_runtime::Error<serde_json::Value>) -> SessionError {
    match e {
        sdkgen_runtime::Error::Api { status, headers, body } => {
            let body = match body {
                sdkgen_runtime::ApiErrorBody::Typed(v) => match serde_json::from_value::<ClerkErrors>(v.clone()) {
                    Ok(typed) => sdkgen_runtime::ApiErrorBody::Typed(typed),
                    Err(_) => sdkgen_runtime::ApiErrorBody::Raw(v.to_string().into()),
                },
                sdkgen_runtime::ApiErrorBody::Raw(b) => sdkgen_runtime::ApiErrorBody::Raw(b),
            };
            SessionError::Api(Box::new(sdkgen_runtime::Error::Api { status, headers, body }))
        }
        other => SessionError::Unexpected(other.to_string()),
    }
}
