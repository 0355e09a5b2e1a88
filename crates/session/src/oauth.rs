//! Social (`oauth_<provider>`) and enterprise SSO sign-in and sign-up through a browser, as
//! Clerk's native SDKs do it:
//!
//! 1. Create the sign-in (or sign-up) with the strategy and a `redirect_url`; Clerk answers
//!    with `external_verification_redirect_url`, the provider's page to open.
//! 2. The user signs in there, in the system browser (Google refuses embedded webviews).
//! 3. The browser comes back to the redirect URL with `rotating_token_nonce`; reloading the
//!    client with that nonce (`GET /v1/client?rotating_token_nonce=`) hands this client the
//!    session the browser created.
//! 4. A sign-in for someone with no account yet ends `transferable`: a sign-up with
//!    `transfer=true` creates the account from the provider's answer.
//!
//! The redirect URL must be on the instance's allowlist (Clerk dashboard: "Native
//! applications" / allowed redirect URLs): a custom scheme (`myapp://oauth-callback`) for
//! apps that register one, or the loopback URL of [`crate::browser`] for CLIs.

use clerk_frontend_api::types::ClientSignInStatus;
use serde_json::Value;

use crate::error::SessionError;
use crate::flows::{SignInStep, SignUpStep};
use crate::Clerk;

/// How the user proves who they are, at a provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OAuthStrategy {
    /// A social provider: `google`, `github`, `microsoft`, ... (`oauth_<provider>`).
    Provider(String),
    /// The enterprise SSO connection (SAML or OIDC) of the email address's domain.
    EnterpriseSso { email_address: String },
}

impl OAuthStrategy {
    /// `OAuthStrategy::provider("google")` is `oauth_google`.
    pub fn provider(name: impl Into<String>) -> Self {
        let name = name.into();
        OAuthStrategy::Provider(name.strip_prefix("oauth_").map(str::to_owned).unwrap_or(name))
    }

    pub fn enterprise_sso(email_address: impl Into<String>) -> Self {
        OAuthStrategy::EnterpriseSso { email_address: email_address.into() }
    }

    /// The strategy as Clerk names it: `oauth_google`, `enterprise_sso`.
    pub fn strategy(&self) -> String {
        match self {
            OAuthStrategy::Provider(name) => format!("oauth_{name}"),
            OAuthStrategy::EnterpriseSso { .. } => "enterprise_sso".to_owned(),
        }
    }
}

/// Whether the flow signs in (an existing user) or signs up (a new one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum OAuthIntent {
    SignIn,
    SignUp,
}

/// A started browser flow: the page to open, and what the callback must match. It serialises
/// (serde), so an app that the callback relaunches through its custom scheme can keep it, e.g.
/// in a file beside the token, and finish the flow in the new process.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct OAuthStart {
    /// The provider's page: open it in the system browser.
    pub url: String,
    /// The redirect URL Clerk sends the browser back to (with a `state` of this flow).
    pub redirect_url: String,
    pub intent: OAuthIntent,
    /// The sign-in or sign-up id.
    pub attempt_id: String,
    state: String,
}

/// How a browser flow ended.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum OAuthOutcome {
    /// Signed in; the session is the client's active one.
    SignedIn(SignInStep),
    /// Signed up (directly, or a sign-in transferred to a sign-up for a new user); complete,
    /// or with requirements left (`missing_requirements`: e.g. a username the provider did
    /// not give).
    SignedUp(Box<SignUpStep>),
    /// Signed in with more to do, e.g. a second factor (`needs_second_factor`).
    SignInContinues(SignInStep),
}

/// Why a browser flow failed.
#[derive(Debug)]
#[non_exhaustive]
pub enum OAuthError {
    /// The callback is not this flow's: another URL, or another `state`.
    WrongState,
    /// The user (or the provider) refused: `error=access_denied` in the callback, or a failed
    /// verification with the provider's reason (e.g. `oauth_access_denied`).
    Denied { code: String },
    /// The nonce was refused, or the verification expired before the user came back: start again.
    Expired,
    /// No callback came within the time allowed (the CLI helper).
    TimedOut,
    /// The callback could not be received (the CLI helper's listener) or the browser not opened.
    Io(std::io::Error),
    /// A call to the Frontend API failed.
    Session(SessionError),
}

impl std::fmt::Display for OAuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OAuthError::WrongState => f.write_str("the callback does not belong to this sign-in (another URL or state)"),
            OAuthError::Denied { code } => write!(f, "the provider refused the sign-in: {code}"),
            OAuthError::Expired => f.write_str("the sign-in expired or its nonce was refused; start again"),
            OAuthError::TimedOut => f.write_str("no callback came back in time"),
            OAuthError::Io(e) => write!(f, "receiving the callback: {e}"),
            OAuthError::Session(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for OAuthError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OAuthError::Io(e) => Some(e),
            OAuthError::Session(e) => Some(e),
            _ => None,
        }
    }
}

impl From<SessionError> for OAuthError {
    fn from(e: SessionError) -> Self {
        OAuthError::Session(e)
    }
}

/// The query of a URL as pairs.
fn query_pairs(url: &str) -> Vec<(String, String)> {
    let query = url.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let query = query.split('#').next().unwrap_or_default();
    form_urlencoded::parse(query.as_bytes()).into_owned().collect()
}

/// `url` without its query and fragment.
fn base(url: &str) -> &str {
    url.split(['?', '#']).next().unwrap_or(url)
}

/// `redirect_url` with `state=<state>` added to its query.
fn with_state(redirect_url: &str, state: &str) -> String {
    let separator = if redirect_url.contains('?') { '&' } else { '?' };
    let encoded: String = form_urlencoded::Serializer::new(String::new()).append_pair("state", state).finish();
    format!("{redirect_url}{separator}{encoded}")
}

/// A call of the flow's completion: an answer that means the flow is over for good (the nonce
/// or the attempt is unknown, spent or expired) is `Expired`; others (a 429, a 401 of the
/// client, the network) are errors of the call itself.
fn flow_call<T>(result: Result<T, sdkgen_runtime::Error<clerk_frontend_api::types::ClerkErrors>>) -> Result<T, OAuthError> {
    result.map_err(|e| match e.status().map(|s| s.as_u16()) {
        Some(400 | 404 | 410 | 422) => OAuthError::Expired,
        _ => OAuthError::Session(e.into()),
    })
}

/// A value no one can guess, to tie the callback to this flow.
fn random_state() -> String {
    use std::hash::{BuildHasher, Hasher};
    // Two independently seeded SipHash keys, mixed with the time: 128 unpredictable bits
    // without a random-number dependency.
    let mut out = String::new();
    for _ in 0..2 {
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0));
        out.push_str(&format!("{:016x}", hasher.finish()));
    }
    out
}

/// A field of a verification, whatever its variant (the spec's union of verification kinds).
fn verification_field(verification: &Option<impl serde::Serialize>, path: &[&str]) -> Option<String> {
    let mut value = serde_json::to_value(verification.as_ref()?).ok()?;
    for key in path {
        value = value.get(*key)?.clone();
    }
    match value {
        Value::String(text) => Some(text),
        _ => None,
    }
}

impl Clerk {
    /// Starts a browser sign-in (or sign-up) with `strategy`, coming back to `redirect_url`:
    /// open [`OAuthStart::url`] in the system browser, then pass the URL the browser comes
    /// back to to [`Clerk::complete_oauth`].
    pub async fn start_oauth(&self, intent: OAuthIntent, strategy: &OAuthStrategy, redirect_url: &str) -> Result<OAuthStart, SessionError> {
        let state = random_state();
        let redirect = with_state(redirect_url, &state);
        let (attempt_id, verification_url) = match intent {
            OAuthIntent::SignIn => {
                let mut request = self.api().sign_ins().create().strategy(strategy.strategy()).redirect_url(&redirect);
                if let OAuthStrategy::EnterpriseSso { email_address } = strategy {
                    request = request.identifier(email_address);
                }
                let sign_in = crate::flows::body(request.send().await?, "POST /v1/client/sign_ins")?.response;
                let url = verification_field(&sign_in.first_factor_verification, &["external_verification_redirect_url"]);
                (sign_in.id, url)
            }
            OAuthIntent::SignUp => {
                let mut request = self.api().sign_ups().create().strategy(strategy.strategy()).redirect_url(&redirect);
                if let OAuthStrategy::EnterpriseSso { email_address } = strategy {
                    request = request.email_address(email_address);
                }
                let sign_up = crate::flows::body(request.send().await?, "POST /v1/client/sign_ups")?.response;
                let url = serde_json::to_value(&sign_up.verifications)
                    .ok()
                    .and_then(|v| v.get("external_account").and_then(|e| e.get("external_verification_redirect_url")).and_then(Value::as_str).map(str::to_owned));
                (sign_up.id, url)
            }
        };
        let url = verification_url.filter(|u| !u.is_empty()).ok_or_else(|| SessionError::Unexpected(format!("the {} answer has no `external_verification_redirect_url`", strategy.strategy())))?;
        Ok(OAuthStart { url, redirect_url: redirect, intent, attempt_id, state })
    }

    /// Finishes a browser flow from the URL the browser came back to: checks it is this flow's,
    /// reloads the client with its `rotating_token_nonce`, and turns a sign-in of a new user
    /// into a sign-up (`transfer`).
    pub async fn complete_oauth(&self, start: &OAuthStart, callback_url: &str) -> Result<OAuthOutcome, OAuthError> {
        let expected = query_pairs(&start.redirect_url);
        let got = query_pairs(callback_url);
        let state = |pairs: &[(String, String)]| pairs.iter().find(|(k, _)| k == "state").map(|(_, v)| v.clone());
        if base(callback_url) != base(&start.redirect_url) || state(&got) != state(&expected) || state(&got).as_deref() != Some(start.state.as_str()) {
            return Err(OAuthError::WrongState);
        }
        let param = |name: &str| got.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
        if let Some(code) = param("error") {
            return Err(OAuthError::Denied { code });
        }
        let mut reload = self.api().client().get();
        if let Some(nonce) = param("rotating_token_nonce") {
            reload = reload.rotating_token_nonce(nonce);
        }
        flow_call(reload.send().await)?;
        match start.intent {
            OAuthIntent::SignIn => self.finish_oauth_sign_in(start).await,
            OAuthIntent::SignUp => self.finish_oauth_sign_up(start).await,
        }
    }

    /// The browser flow's sign-in, read by its id: a completed sign-in leaves the client
    /// (`client.sign_in` is `null` once it created its session), so the client is no guide.
    async fn finish_oauth_sign_in(&self, start: &OAuthStart) -> Result<OAuthOutcome, OAuthError> {
        let answer = flow_call(self.api().sign_ins().get(&start.attempt_id).send().await)?;
        let step = SignInStep { sign_in: crate::flows::same_shape(answer.response)? };
        let verification = &step.sign_in.first_factor_verification;
        match verification_field(verification, &["status"]).as_deref() {
            Some("transferable") => {
                let answer = self.api().sign_ups().create().transfer(true).send().await.map_err(SessionError::from)?;
                let sign_up = crate::flows::body(answer, "POST /v1/client/sign_ups")?.response;
                return Ok(OAuthOutcome::SignedUp(Box::new(SignUpStep { sign_up })));
            }
            Some("failed") => {
                let code = verification_field(verification, &["error", "code"]).unwrap_or_else(|| "oauth_verification_failed".into());
                return Err(OAuthError::Denied { code });
            }
            Some("expired") => return Err(OAuthError::Expired),
            _ => {}
        }
        match step.status() {
            ClientSignInStatus::Complete => Ok(OAuthOutcome::SignedIn(step)),
            ClientSignInStatus::NeedsFirstFactor => Err(OAuthError::Expired),
            _ => Ok(OAuthOutcome::SignInContinues(step)),
        }
    }

    /// The browser flow's sign-up, read by its id (like the sign-in, it leaves the client once
    /// complete).
    async fn finish_oauth_sign_up(&self, start: &OAuthStart) -> Result<OAuthOutcome, OAuthError> {
        let answer = flow_call(self.api().sign_ups().get(&start.attempt_id).send().await)?;
        let sign_up = crate::flows::same_shape(answer.response)?;
        Ok(OAuthOutcome::SignedUp(Box::new(SignUpStep { sign_up })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strategies_are_named_as_clerk_names_them() {
        assert_eq!(OAuthStrategy::provider("google").strategy(), "oauth_google");
        assert_eq!(OAuthStrategy::provider("oauth_github").strategy(), "oauth_github");
        assert_eq!(OAuthStrategy::enterprise_sso("jane@acme.com").strategy(), "enterprise_sso");
    }

    #[test]
    fn the_state_rides_in_the_redirect_url() {
        assert_eq!(with_state("myapp://oauth-callback", "abc"), "myapp://oauth-callback?state=abc");
        assert_eq!(with_state("http://127.0.0.1:4000/cb?x=1", "abc"), "http://127.0.0.1:4000/cb?x=1&state=abc");
        let pairs = query_pairs("myapp://oauth-callback?state=abc&rotating_token_nonce=n%201#frag");
        assert_eq!(pairs, [("state".to_owned(), "abc".to_owned()), ("rotating_token_nonce".to_owned(), "n 1".to_owned())]);
        assert_eq!(base("myapp://oauth-callback?state=abc"), "myapp://oauth-callback");
        let (a, b) = (random_state(), random_state());
        assert_eq!(a.len(), 32);
        assert_ne!(a, b);
    }
}
