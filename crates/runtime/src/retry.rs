//! When and how long to wait before sending a request again.

use std::time::{Duration, SystemTime};

use http::{HeaderMap, Method, StatusCode};

/// Retry policy: exponential backoff with full jitter, capped, honouring `Retry-After`.
#[derive(Debug, Clone)]
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

    /// The backoff before attempt `attempt + 1` (attempt counts from 1), with jitter.
    pub(crate) fn backoff(&self, attempt: u32) -> Duration {
        let exp = self.base_delay.saturating_mul(1u32 << (attempt - 1).min(16));
        let capped = exp.min(self.max_delay);
        // Full jitter spreads clients that failed together; never below half the step.
        let half = capped / 2;
        half + capped.mul_f64(fastrand::f64() / 2.0)
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
