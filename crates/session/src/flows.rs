//! Sign-in, sign-up, reverification and sign-out flows over the generated operations.
//!
//! Each step returns what Clerk answered with its typed status (`needs_first_factor`,
//! `needs_second_factor`, `needs_new_password`, `complete`, ...), so a caller drives a
//! multi-step flow by matching on it. The client state follows every answer on its own
//! (see [`crate::SessionState`]).

use clerk_frontend_api::types::{
    self, ClientSessionReverification, ClientSessionReverificationStatus, ClientSignIn, ClientSignInStatus, ClientSignUp,
    ClientSignUpStatus, StubsSignInFactor,
};
use sdkgen_runtime::MaybeBody;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::SessionError;
use crate::Clerk;

/// Where a one-time code goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeChannel {
    Email,
    Phone,
}

impl CodeChannel {
    fn strategy(self) -> &'static str {
        match self {
            CodeChannel::Email => "email_code",
            CodeChannel::Phone => "phone_code",
        }
    }

    fn reset_strategy(self) -> &'static str {
        match self {
            CodeChannel::Email => "reset_password_email_code",
            CodeChannel::Phone => "reset_password_phone_code",
        }
    }
}

/// A second factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SecondFactor {
    /// An authenticator app code.
    Totp,
    /// One of the user's backup codes.
    BackupCode,
    /// A code sent by SMS (prepare first).
    PhoneCode,
    /// A code sent by email (prepare first).
    EmailCode,
}

impl SecondFactor {
    fn strategy(self) -> &'static str {
        match self {
            SecondFactor::Totp => "totp",
            SecondFactor::BackupCode => "backup_code",
            SecondFactor::PhoneCode => "phone_code",
            SecondFactor::EmailCode => "email_code",
        }
    }
}

/// Where a sign-in stands.
#[derive(Clone, Debug, PartialEq)]
pub struct SignInStep {
    pub sign_in: ClientSignIn,
}

impl SignInStep {
    pub fn id(&self) -> &str {
        &self.sign_in.id
    }
    pub fn status(&self) -> &ClientSignInStatus {
        &self.sign_in.status
    }
    pub fn is_complete(&self) -> bool {
        self.sign_in.status == ClientSignInStatus::Complete
    }
    /// The session a complete sign-in created.
    pub fn created_session_id(&self) -> Option<&str> {
        self.sign_in.created_session_id.as_deref()
    }
    /// The first factor of the given strategy (e.g. `email_code`) the sign-in offers.
    pub fn first_factor(&self, strategy: &str) -> Option<&StubsSignInFactor> {
        factor(self.sign_in.supported_first_factors.as_deref(), strategy)
    }
    pub fn second_factor(&self, strategy: &str) -> Option<&StubsSignInFactor> {
        factor(self.sign_in.supported_second_factors.as_deref(), strategy)
    }
}

/// Where a sign-up stands.
#[derive(Clone, Debug, PartialEq)]
pub struct SignUpStep {
    pub sign_up: ClientSignUp,
}

impl SignUpStep {
    pub fn id(&self) -> &str {
        &self.sign_up.id
    }
    pub fn status(&self) -> &ClientSignUpStatus {
        &self.sign_up.status
    }
    pub fn is_complete(&self) -> bool {
        self.sign_up.status == ClientSignUpStatus::Complete
    }
    pub fn created_session_id(&self) -> Option<&str> {
        self.sign_up.created_session_id.as_deref()
    }
}

/// Where a session reverification stands.
#[derive(Clone, Debug, PartialEq)]
pub struct ReverificationStep {
    pub reverification: ClientSessionReverification,
}

impl ReverificationStep {
    pub fn status(&self) -> &ClientSessionReverificationStatus {
        &self.reverification.status
    }
    pub fn is_complete(&self) -> bool {
        self.reverification.status == ClientSessionReverificationStatus::Complete
    }
    pub fn first_factor(&self, strategy: &str) -> Option<&StubsSignInFactor> {
        factor(self.reverification.supported_first_factors.as_deref(), strategy)
    }
}

fn factor<'a>(factors: Option<&'a [StubsSignInFactor]>, strategy: &str) -> Option<&'a StubsSignInFactor> {
    factors.unwrap_or_default().iter().find(|f| f.strategy.as_str() == strategy)
}

/// The spec gives a sign-in two shapes (`Client.SignIn` and `schemas-Client.SignIn`) with the
/// same fields; the flows hand out one.
pub(crate) fn same_shape<A: Serialize, B: DeserializeOwned>(value: A) -> Result<B, SessionError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|e| SessionError::Unexpected(format!("a sign-in does not have the expected shape: {e}")))
}

/// A success status the spec declares without a body (a `307` redirect) where a flow needs one.
pub(crate) fn body<T>(answer: MaybeBody<T>, what: &str) -> Result<T, SessionError> {
    match answer {
        MaybeBody::Body(t) => Ok(t),
        MaybeBody::Empty(no) => Err(SessionError::Unexpected(format!("{what} answered {} without a body", no.status))),
    }
}

fn sign_in_step(wrapped: types::ClientClientWrappedSignIn) -> Result<SignInStep, SessionError> {
    Ok(SignInStep { sign_in: same_shape(wrapped.response)? })
}

impl Clerk {
    /// Signs in with an identifier (email address, phone number or username) and password.
    /// Usually `complete`, or `needs_second_factor` when the user has 2FA.
    pub async fn sign_in_with_password(&self, identifier: &str, password: &str) -> Result<SignInStep, SessionError> {
        let answer = self.api().sign_ins().create().strategy("password").identifier(identifier).password(password).send().await?;
        sign_in_step(body(answer, "POST /v1/client/sign_ins")?)
    }

    /// Starts a sign-in with a one-time code: creates the sign-in for `identifier` and sends the
    /// code by email or SMS. Then [`Clerk::attempt_first_factor_code`].
    pub async fn sign_in_with_code(&self, identifier: &str, channel: CodeChannel) -> Result<SignInStep, SessionError> {
        let created = sign_in_step(body(self.api().sign_ins().create().identifier(identifier).send().await?, "POST /v1/client/sign_ins")?)?;
        self.prepare_first_factor(&created, channel.strategy(), channel).await
    }

    /// Sends the code of a first factor (`strategy` such as `email_code` or
    /// `reset_password_email_code`) for the factor the sign-in offers.
    async fn prepare_first_factor(&self, step: &SignInStep, strategy: &str, channel: CodeChannel) -> Result<SignInStep, SessionError> {
        let factor = step
            .first_factor(strategy)
            .ok_or_else(|| SessionError::Unexpected(format!("the sign-in offers no `{strategy}` first factor")))?;
        let mut request = self.api().sign_ins().prepare_factor_one(step.id(), strategy);
        request = match (channel, &factor.email_address_id, &factor.phone_number_id) {
            (CodeChannel::Email, Some(id), _) => request.email_address_id(id),
            (CodeChannel::Phone, _, Some(id)) => request.phone_number_id(id),
            _ => request,
        };
        sign_in_step(request.send().await?)
    }

    /// Completes a first factor with the code the user received.
    pub async fn attempt_first_factor_code(&self, sign_in_id: &str, channel: CodeChannel, code: &str) -> Result<SignInStep, SessionError> {
        let answer = self.api().sign_ins().attempt_factor_one(sign_in_id, channel.strategy()).code(code).send().await?;
        sign_in_step(body(answer, "attempt_first_factor")?)
    }

    /// Signs in with a sign-in token or invitation ticket.
    pub async fn sign_in_with_ticket(&self, ticket: &str) -> Result<SignInStep, SessionError> {
        let answer = self.api().sign_ins().create().strategy("ticket").ticket(ticket).send().await?;
        sign_in_step(body(answer, "POST /v1/client/sign_ins")?)
    }

    /// Sends the code of a phone or email second factor (TOTP and backup codes need none).
    pub async fn prepare_second_factor(&self, step: &SignInStep, second: SecondFactor) -> Result<SignInStep, SessionError> {
        let mut request = self.api().sign_ins().prepare_factor_two(step.id()).strategy(second.strategy());
        if let Some(factor) = step.second_factor(second.strategy()) {
            if let Some(id) = &factor.phone_number_id {
                request = request.phone_number_id(id);
            }
            if let Some(id) = &factor.email_address_id {
                request = request.email_address_id(id);
            }
        }
        sign_in_step(request.send().await?)
    }

    /// Completes the second factor.
    pub async fn attempt_second_factor(&self, sign_in_id: &str, second: SecondFactor, code: &str) -> Result<SignInStep, SessionError> {
        let answer = self.api().sign_ins().attempt_factor_two(sign_in_id).strategy(second.strategy()).code(code).send().await?;
        sign_in_step(body(answer, "attempt_second_factor")?)
    }

    /// Forgotten password, step 1: sends a reset code to the identifier's email or phone.
    pub async fn forgot_password(&self, identifier: &str, channel: CodeChannel) -> Result<SignInStep, SessionError> {
        let created = sign_in_step(body(self.api().sign_ins().create().identifier(identifier).send().await?, "POST /v1/client/sign_ins")?)?;
        self.prepare_first_factor(&created, channel.reset_strategy(), channel).await
    }

    /// Forgotten password, step 2: the code; the sign-in then `needs_new_password`.
    pub async fn attempt_reset_code(&self, sign_in_id: &str, channel: CodeChannel, code: &str) -> Result<SignInStep, SessionError> {
        let answer = self.api().sign_ins().attempt_factor_one(sign_in_id, channel.reset_strategy()).code(code).send().await?;
        sign_in_step(body(answer, "attempt_first_factor")?)
    }

    /// Forgotten password, step 3: the new password; the sign-in is then usually `complete`.
    pub async fn reset_password(&self, sign_in_id: &str, new_password: &str, sign_out_of_other_sessions: bool) -> Result<SignInStep, SessionError> {
        let answer = self
            .api()
            .sign_ins()
            .reset_password(sign_in_id, new_password)
            .sign_out_of_other_sessions(sign_out_of_other_sessions)
            .send()
            .await?;
        Ok(SignInStep { sign_in: answer.response })
    }

    /// Signs up with an email address (and a password, when the instance asks for one), then
    /// sends the email verification code. Then [`Clerk::attempt_sign_up_email_code`].
    pub async fn sign_up_with_email_code(&self, email_address: &str, password: Option<&str>) -> Result<SignUpStep, SessionError> {
        let mut request = self.api().sign_ups().create().email_address(email_address);
        if let Some(password) = password {
            request = request.password(password);
        }
        let created = body(request.send().await?, "POST /v1/client/sign_ups")?;
        let prepared = self.api().sign_ups().prepare_verification(&created.response.id).strategy("email_code").send().await?;
        Ok(SignUpStep { sign_up: prepared.response })
    }

    /// Verifies the sign-up's email address with the code; `complete` creates the session.
    pub async fn attempt_sign_up_email_code(&self, sign_up_id: &str, code: &str) -> Result<SignUpStep, SessionError> {
        let answer = self.api().sign_ups().attempt_verification(sign_up_id).strategy("email_code").code(code).send().await?;
        Ok(SignUpStep { sign_up: body(answer, "attempt_verification")?.response })
    }

    /// Makes `session_id` the active session (switching between the client's sessions), with
    /// `organization_id` as its active organization (`Some("")` for the personal account, `None`
    /// to keep it). Choosing an organization is also how a session pending on its
    /// `choose-organization` task becomes active.
    pub async fn set_active(&self, session_id: &str, organization_id: Option<&str>) -> Result<(), SessionError> {
        let mut request = self.api().sessions().touch(session_id);
        if let Some(org) = organization_id {
            request = request.active_organization_id(org);
        }
        match request.send().await {
            Ok(_) => {
                // Cached tokens name the organization that was active when they were made.
                if organization_id.is_some() {
                    self.inner.tokens.forget_session(session_id);
                }
                Ok(())
            }
            Err(e) if e.status().is_some_and(|s| s.as_u16() == 401) => Err(self.session_ended(session_id)),
            Err(e) => Err(e.into()),
        }
    }

    fn active_session_id(&self) -> Result<String, SessionError> {
        self.state().active_session().map(|s| s.id.clone()).ok_or(SessionError::NoActiveSession)
    }

    /// Starts a reverification of the active session, when Clerk asks for a fresh factor
    /// (`session_reverification_required`) before a sensitive action.
    pub async fn start_reverification(&self, level: types::StartSessionReverificationBodyLevel) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let answer = self.api().sessions().start_reverification(&session_id, level).send().await?;
        Ok(ReverificationStep { reverification: answer.response })
    }

    /// Sends the code of a first-factor reverification by email or SMS.
    pub async fn prepare_reverification_first_factor(&self, step: &ReverificationStep, channel: CodeChannel) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let strategy = channel.strategy();
        let factor = step
            .first_factor(strategy)
            .ok_or_else(|| SessionError::Unexpected(format!("the reverification offers no `{strategy}` first factor")))?;
        let mut request = self.api().sessions().prepare_reverification_first_factor(&session_id).strategy(strategy);
        if let Some(id) = &factor.email_address_id {
            request = request.email_address_id(id);
        }
        if let Some(id) = &factor.phone_number_id {
            request = request.phone_number_id(id);
        }
        Ok(ReverificationStep { reverification: request.send().await?.response })
    }

    /// Completes a first-factor reverification with a code.
    pub async fn attempt_reverification_code(&self, channel: CodeChannel, code: &str) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let answer = self.api().sessions().attempt_reverification_first_factor(&session_id, channel.strategy()).code(code).send().await?;
        Ok(ReverificationStep { reverification: answer.response })
    }

    /// Completes a first-factor reverification with the password.
    pub async fn attempt_reverification_password(&self, password: &str) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let answer = self.api().sessions().attempt_reverification_first_factor(&session_id, "password").password(password).send().await?;
        Ok(ReverificationStep { reverification: answer.response })
    }

    /// Sends an SMS code for a second-factor reverification.
    pub async fn prepare_reverification_second_factor(&self, phone_number_id: &str) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let answer = self.api().sessions().prepare_reverification_second_factor(&session_id).phone_number_id(phone_number_id).send().await?;
        Ok(ReverificationStep { reverification: answer.response })
    }

    /// Completes a second-factor reverification.
    pub async fn attempt_reverification_second_factor(&self, second: SecondFactor, code: &str) -> Result<ReverificationStep, SessionError> {
        let session_id = self.active_session_id()?;
        let answer = self
            .api()
            .sessions()
            .attempt_reverification_second_factor(&session_id)
            .strategy(second.strategy())
            .code(code)
            .send()
            .await?;
        Ok(ReverificationStep { reverification: answer.response })
    }

    /// Signs the current session out (active or pending); other sessions of the client stay.
    pub async fn sign_out(&self) -> Result<(), SessionError> {
        let session_id = self.state().current_session().map(|s| s.id.clone()).ok_or(SessionError::NoActiveSession)?;
        self.sign_out_session(&session_id).await
    }

    /// Signs session `session_id` of the client out (`POST /v1/client/sessions/{id}/remove`),
    /// whether it is the active one or not; the others stay.
    pub async fn sign_out_session(&self, session_id: &str) -> Result<(), SessionError> {
        self.inner.tokens.forget_session(session_id);
        self.api().sessions().remove(session_id).send().await?;
        Ok(())
    }

    /// Signs every session of the client out (`DELETE /v1/client/sessions`).
    pub async fn sign_out_all(&self) -> Result<(), SessionError> {
        self.inner.tokens.clear();
        self.api().sessions().remove_client_and_retain_cookie().send().await?;
        Ok(())
    }
}
