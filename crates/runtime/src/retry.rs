//! When and how long to wait before sending a request again.

use std::future::Future;
use std::time::{Duration, SystemTime};

use http::{HeaderMap, Method, StatusCode};

use crate::error::SendError;
use crate::transport::RawResponse;

/// Retry policy: exponential backoff with jitter, capped, honouring `Retry-After`.
///
/// A request is sent again after a `429`, `502`, `503` or `504` answer, or when the
/// connection could not be established. A request whose method is not idempotent
/// (`POST`, `PATCH`) is only sent again when it cannot have been acted on: after a
/// `429` or a failed connection. A `Retry-After` header (seconds or HTTP date) sets the
/// wait; when it asks for longer than `max_delay`, the response is returned instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    /// Total attempts including the first; 1 disables retries.
    pub max_attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig {
            max_attempts: 3,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(20),
        }
    }
}

impl RetryConfig {
    /// A policy that sends every request exactly once.
    pub fn disabled() -> Self {
        RetryConfig { max_attempts: 1, ..Self::default() }
    }

    /// Whether a request may be sent more than once.
    pub fn is_enabled(&self) -> bool {
        self.max_attempts > 1
    }

    /// Sets the total number of attempts, including the first (1 disables retries).
    pub fn with_max_attempts(mut self, max_attempts: u32) -> Self {
        self.max_attempts = max_attempts;
        self
    }

    /// Sets the wait before the second attempt; each later wait doubles it, up to `max_delay`.
    pub fn with_base_delay(mut self, base_delay: Duration) -> Self {
        self.base_delay = base_delay;
        self
    }

    /// Sets the longest wait between attempts, and the longest `Retry-After` honoured.
    pub fn with_max_delay(mut self, max_delay: Duration) -> Self {
        self.max_delay = max_delay;
        self
    }

    /// The backoff before attempt `attempt + 1` (attempt counts from 1): `base_delay * 2^(attempt-1)`,
    /// capped at `max_delay`, then jittered into `[step/2, step]` by `jitter` (a number in `[0, 1]`).
    pub(crate) fn backoff(&self, attempt: u32, jitter: f64) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let step = exp.min(self.max_delay);
        // Jitter spreads clients that failed together; never below half the step.
        let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 0.0 };
        let half = step / 2;
        half + (step - half).mul_f64(jitter)
    }
}

/// How one attempt failed before a response arrived.
pub(crate) struct Failure {
    pub(crate) error: SendError,
    /// The connection was never established, so the server cannot have seen the request.
    pub(crate) before_connect: bool,
}

/// What the retry loop needs from outside, injected so tests control time and chance.
pub(crate) struct RetryEnv<J, C> {
    /// A number in `[0, 1]` for each backoff.
    pub(crate) jitter: J,
    /// The wall clock, for `Retry-After` dates.
    pub(crate) now: C,
}

/// The outcome of [`with_retries`]: the last attempt's result and how many attempts were made.
pub(crate) struct Retried {
    pub(crate) result: Result<RawResponse, Failure>,
    pub(crate) attempts: u32,
}

/// Calls `attempt(n)` for n = 1, 2, ... until it gives a final result or `policy` allows no more,
/// sleeping (on tokio's clock) between attempts.
pub(crate) async fn with_retries<F, Fut, J, C>(
    policy: &RetryConfig,
    method: &Method,
    mut env: RetryEnv<J, C>,
    mut attempt: F,
) -> Retried
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<RawResponse, Failure>>,
    J: FnMut() -> f64,
    C: Fn() -> SystemTime,
{
    let mut n = 1;
    loop {
        let result = attempt(n).await;
        let wait = match &result {
            Ok(response) => wait_after_response(policy, method, n, response, &mut env),
            Err(failure) if failure.before_connect => Some(policy.backoff(n, (env.jitter)())),
            Err(_) => None,
        };
        match wait {
            Some(wait) if n < policy.max_attempts => {
                let reason = match &result {
                    Ok(response) => response.status.as_u16().to_string(),
                    Err(_) => "connection failed".to_owned(),
                };
                tracing::debug!(attempt = n, wait_ms = wait.as_millis() as u64, reason, "retrying");
                tokio::time::sleep(wait).await;
                n += 1;
            }
            _ => return Retried { result, attempts: n },
        }
    }
}

/// The wait before resending after `response`, or `None` when it is final.
fn wait_after_response<J: FnMut() -> f64, C: Fn() -> SystemTime>(
    policy: &RetryConfig,
    method: &Method,
    attempt: u32,
    response: &RawResponse,
    env: &mut RetryEnv<J, C>,
) -> Option<Duration> {
    if !is_retryable_status(response.status) {
        return None;
    }
    // A 429 means the server did not act on the request: always safe to resend.
    if response.status != StatusCode::TOO_MANY_REQUESTS && !is_idempotent(method) {
        return None;
    }
    match retry_after(&response.headers, (env.now)()) {
        // The server asks for longer than we are willing to wait: let the caller decide.
        Some(asked) if asked > policy.max_delay => None,
        Some(asked) => Some(asked),
        None => Some(policy.backoff(attempt, (env.jitter)())),
    }
}

/// Statuses worth another try: rate limited or a gateway/server that is briefly unavailable.
pub(crate) fn is_retryable_status(status: StatusCode) -> bool {
    matches!(status.as_u16(), 429 | 502 | 503 | 504)
}

/// Methods that the HTTP spec defines as idempotent: sending them twice is safe.
pub(crate) fn is_idempotent(method: &Method) -> bool {
    matches!(*method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS | Method::TRACE)
}

/// The delay a `Retry-After` header asks for, as seconds or an HTTP date.
pub(crate) fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(date.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use std::collections::VecDeque;
    use std::sync::{Arc, Mutex};
    use std::time::UNIX_EPOCH;

    use bytes::Bytes;
    use http::HeaderValue;
    use tokio::time::Instant;

    use super::*;

    /// What a scripted attempt yields.
    enum Step {
        Status(u16),
        StatusWithRetryAfter(u16, String),
        ConnectFailure,
        /// Failed after the request may have been sent (reset, timeout while reading).
        LateFailure,
    }

    fn response(status: u16, retry_after: Option<&str>) -> RawResponse {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(http::header::RETRY_AFTER, HeaderValue::from_str(value).unwrap());
        }
        RawResponse { status: StatusCode::from_u16(status).unwrap(), headers, body: Bytes::new() }
    }

    /// Fixed wall clock for `Retry-After` dates.
    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_700_000_000)
    }

    struct Run {
        attempts: u32,
        /// The time between consecutive attempts, on tokio's (paused) clock.
        waits: Vec<Duration>,
        final_status: Option<u16>,
    }

    async fn run(policy: RetryConfig, method: Method, jitter: f64, steps: Vec<Step>) -> Run {
        let script = Arc::new(Mutex::new(VecDeque::from(steps)));
        let times = Arc::new(Mutex::new(Vec::<Instant>::new()));
        let attempt = |n: u32| {
            let script = script.clone();
            let times = times.clone();
            async move {
                times.lock().unwrap().push(Instant::now());
                assert_eq!(times.lock().unwrap().len() as u32, n);
                match script.lock().unwrap().pop_front().expect("more attempts than scripted") {
                    Step::Status(s) => Ok(response(s, None)),
                    Step::StatusWithRetryAfter(s, after) => Ok(response(s, Some(&after))),
                    Step::ConnectFailure => Err(Failure { error: SendError::Timeout, before_connect: true }),
                    Step::LateFailure => Err(Failure { error: SendError::Timeout, before_connect: false }),
                }
            }
        };
        let env = RetryEnv { jitter: move || jitter, now };
        let Retried { result, attempts } = with_retries(&policy, &method, env, attempt).await;
        let times = times.lock().unwrap();
        Run {
            attempts,
            waits: times.windows(2).map(|w| w[1] - w[0]).collect(),
            final_status: result.ok().map(|r| r.status.as_u16()),
        }
    }

    fn policy(max_attempts: u32, base_ms: u64, max_ms: u64) -> RetryConfig {
        RetryConfig::default()
            .with_max_attempts(max_attempts)
            .with_base_delay(Duration::from_millis(base_ms))
            .with_max_delay(Duration::from_millis(max_ms))
    }

    fn ms(values: &[u64]) -> Vec<Duration> {
        values.iter().map(|&v| Duration::from_millis(v)).collect()
    }

    #[tokio::test(start_paused = true)]
    async fn retries_each_retryable_status_with_exponential_backoff() {
        for status in [429, 502, 503, 504] {
            let r = run(policy(4, 100, 10_000), Method::GET, 1.0, vec![
                Step::Status(status),
                Step::Status(status),
                Step::Status(status),
                Step::Status(200),
            ])
            .await;
            assert_eq!(r.attempts, 4, "status {status}");
            assert_eq!(r.waits, ms(&[100, 200, 400]), "status {status}");
            assert_eq!(r.final_status, Some(200));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn jitter_keeps_each_wait_between_half_and_the_full_step() {
        let steps = || vec![Step::Status(503), Step::Status(503), Step::Status(200)];
        assert_eq!(run(policy(3, 100, 10_000), Method::GET, 0.0, steps()).await.waits, ms(&[50, 100]));
        assert_eq!(run(policy(3, 100, 10_000), Method::GET, 0.5, steps()).await.waits, ms(&[75, 150]));
        // Out-of-range jitter is clamped rather than trusted.
        assert_eq!(run(policy(3, 100, 10_000), Method::GET, f64::NAN, steps()).await.waits, ms(&[50, 100]));
        assert_eq!(run(policy(3, 100, 10_000), Method::GET, 7.0, steps()).await.waits, ms(&[100, 200]));
    }

    #[tokio::test(start_paused = true)]
    async fn backoff_is_capped_by_max_delay() {
        let steps = (0..5).map(|_| Step::Status(503)).collect();
        let r = run(policy(5, 1000, 3000), Method::GET, 1.0, steps).await;
        assert_eq!(r.attempts, 5);
        assert_eq!(r.waits, ms(&[1000, 2000, 3000, 3000]));
        // Out of attempts: the last response is returned as it is.
        assert_eq!(r.final_status, Some(503));
    }

    #[tokio::test(start_paused = true)]
    async fn stops_at_max_attempts_and_disabled_sends_once() {
        let steps = || (0..10).map(|_| Step::Status(502)).collect::<Vec<_>>();
        let r = run(policy(2, 10, 1000), Method::GET, 1.0, steps()).await;
        assert_eq!((r.attempts, r.waits), (2, ms(&[10])));
        let r = run(RetryConfig::disabled(), Method::GET, 1.0, steps()).await;
        assert_eq!((r.attempts, r.waits.len()), (1, 0));
        assert!(!RetryConfig::disabled().is_enabled());
        assert!(RetryConfig::default().is_enabled());
        let r = run(policy(0, 10, 1000), Method::GET, 1.0, steps()).await;
        assert_eq!(r.attempts, 1, "0 attempts is taken as 1");
    }

    #[tokio::test(start_paused = true)]
    async fn other_statuses_are_final() {
        for status in [200, 201, 204, 301, 400, 401, 404, 409, 422, 500, 501] {
            let r = run(policy(5, 10, 1000), Method::GET, 1.0, vec![Step::Status(status)]).await;
            assert_eq!((r.attempts, r.final_status), (1, Some(status)));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn non_idempotent_requests_are_resent_only_after_429_or_a_failed_connection() {
        for method in [Method::POST, Method::PATCH] {
            for status in [502, 503, 504] {
                let r = run(policy(3, 10, 1000), method.clone(), 1.0, vec![Step::Status(status)]).await;
                assert_eq!((r.attempts, r.final_status), (1, Some(status)), "{method} {status}");
            }
            let r = run(policy(3, 10, 1000), method.clone(), 1.0, vec![Step::LateFailure]).await;
            assert_eq!(r.attempts, 1, "{method} after a late failure");

            let r = run(policy(3, 10, 1000), method.clone(), 1.0, vec![Step::Status(429), Step::Status(201)]).await;
            assert_eq!((r.attempts, r.waits, r.final_status), (2, ms(&[10]), Some(201)), "{method} 429");

            let steps = vec![Step::ConnectFailure, Step::ConnectFailure, Step::Status(201)];
            let r = run(policy(3, 10, 1000), method.clone(), 1.0, steps).await;
            assert_eq!((r.attempts, r.waits, r.final_status), (3, ms(&[10, 20]), Some(201)), "{method} connect");
        }
        for method in [Method::GET, Method::PUT, Method::DELETE, Method::HEAD] {
            let r = run(policy(3, 10, 1000), method.clone(), 1.0, vec![Step::Status(503), Step::Status(200)]).await;
            assert_eq!(r.attempts, 2, "{method}");
            // A failure after sending is not retried for any method (the issue lists only connection failures).
            let r = run(policy(3, 10, 1000), method.clone(), 1.0, vec![Step::LateFailure]).await;
            assert_eq!(r.attempts, 1, "{method}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn connection_failures_exhaust_attempts_and_return_the_error() {
        let steps = (0..3).map(|_| Step::ConnectFailure).collect();
        let r = run(policy(3, 100, 1000), Method::GET, 1.0, steps).await;
        assert_eq!((r.attempts, r.waits, r.final_status), (3, ms(&[100, 200]), None));
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_seconds_sets_the_wait() {
        let steps = vec![
            Step::StatusWithRetryAfter(429, "3".into()),
            Step::StatusWithRetryAfter(503, " 0 ".into()),
            Step::Status(200),
        ];
        let r = run(policy(3, 100, 10_000), Method::POST, 1.0, steps).await;
        // POST is resent after 429 (3 s as asked) but not after 503.
        assert_eq!((r.attempts, r.waits, r.final_status), (2, ms(&[3000]), Some(503)));

        let steps = vec![Step::StatusWithRetryAfter(503, "0".into()), Step::Status(200)];
        let r = run(policy(3, 100, 10_000), Method::GET, 1.0, steps).await;
        assert_eq!((r.attempts, r.waits), (2, ms(&[0])));
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_http_date_sets_the_wait() {
        let date = httpdate::fmt_http_date(now() + Duration::from_secs(7));
        let steps = vec![Step::StatusWithRetryAfter(503, date), Step::Status(200)];
        let r = run(policy(3, 100, 10_000), Method::GET, 1.0, steps).await;
        assert_eq!((r.attempts, r.waits), (2, ms(&[7000])));

        // A date in the past means "now".
        let past = httpdate::fmt_http_date(now() - Duration::from_secs(60));
        let steps = vec![Step::StatusWithRetryAfter(429, past), Step::Status(200)];
        let r = run(policy(3, 100, 10_000), Method::GET, 1.0, steps).await;
        assert_eq!((r.attempts, r.waits), (2, ms(&[0])));
    }

    #[tokio::test(start_paused = true)]
    async fn unparsable_retry_after_falls_back_to_backoff() {
        for value in ["soon", "-1", "1.5", ""] {
            let steps = vec![Step::StatusWithRetryAfter(503, value.into()), Step::Status(200)];
            let r = run(policy(3, 100, 10_000), Method::GET, 1.0, steps).await;
            assert_eq!((r.attempts, r.waits.clone()), (2, ms(&[100])), "{value:?}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn retry_after_beyond_max_delay_returns_the_response() {
        let steps = vec![Step::StatusWithRetryAfter(429, "120".into()), Step::Status(200)];
        let r = run(policy(3, 100, 20_000), Method::GET, 1.0, steps).await;
        assert_eq!((r.attempts, r.final_status), (1, Some(429)));
    }

    #[test]
    fn retry_after_parsing() {
        let headers = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(http::header::RETRY_AFTER, HeaderValue::from_str(v).unwrap());
            h
        };
        assert_eq!(retry_after(&headers("10"), now()), Some(Duration::from_secs(10)));
        let date = httpdate::fmt_http_date(now() + Duration::from_secs(90));
        assert_eq!(retry_after(&headers(&date), now()), Some(Duration::from_secs(90)));
        assert_eq!(retry_after(&headers("Wed, 21 Oct 2015 07:28:00 GMT"), now()), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers("tomorrow"), now()), None);
        assert_eq!(retry_after(&HeaderMap::new(), now()), None);
        let mut h = HeaderMap::new();
        h.insert(http::header::RETRY_AFTER, HeaderValue::from_bytes(b"\xff\xfe").unwrap());
        assert_eq!(retry_after(&h, now()), None);
    }

    #[test]
    fn backoff_never_overflows() {
        let p = RetryConfig::default().with_base_delay(Duration::MAX).with_max_delay(Duration::MAX);
        for attempt in [0, 1, 2, 40, u32::MAX] {
            assert!(p.backoff(attempt, 1.0) <= Duration::MAX);
            assert!(p.backoff(attempt, 0.3) >= Duration::MAX / 2);
        }
    }
}
