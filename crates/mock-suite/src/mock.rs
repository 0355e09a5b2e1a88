//! Every operation of a generated crate, called through its client against Prism.
//!
//! `build.rs` writes, per crate, the calls `sdkgen_mock_calls` synthesises from the spec
//! (one async function per operation with valid arguments, and the table of [`Operation`]s); the
//! test files `include!` them and hand them to [`run`], which:
//!
//! 1. starts Prism on the spec (overlays applied) and a recording [`Proxy`] in front of it;
//! 2. calls every operation once as Prism answers by default (**coverage**), once more with
//!    every optional input set, then once for every other status its spec declares
//!    (`Prefer: code=...`), a bounded number at once;
//! 3. checks each call: no request violation in Prism's `sl-violations` header, the status is
//!    one the spec lists, and the body decodes into the operation's typed success or error type.
//!    A body that does not decode is a failure unless a violation of the spec explains it, at
//!    the failing value or around it: one Prism reports, or else one found by the independent
//!    [`SchemaCheck`]. Those spec-violating responses are listed and counted;
//! 4. makes a sample of requests invalid on purpose ([`Mutation`]) and checks that Prism answers
//!    `422` naming the field and that the client returns its typed `Error::Api`.
//!
//! Prism generates random (schema-valid) data from a fixed seed, so runs repeat. Environment:
//! `SDKGEN_MOCK_SEED` (another seed), `SDKGEN_MOCK_STATIC=1` (also call every operation for
//! Prism's static data: the spec's examples), `SDKGEN_MOCK_CONCURRENCY` (default 8),
//! `SDKGEN_MOCK_LOG` (Prism's log level, default `warn`), `SDKGEN_MOCK_REPORT_DIR` (also write
//! the report there).

use std::fmt::Debug;
use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use sdkgen_runtime::{reqwest, ApiErrorBody, Error};
use serde::de::DeserializeOwned;

use crate::prism::{Exchange, Prism, Proxy, CALL_HEADER};
use crate::schema_check::{segments, value_at, SchemaCheck, Violation};

/// What the synthesised call of an operation returns.
pub type CallFuture = Pin<Box<dyn Future<Output = Result<Outcome, String>> + Send>>;

/// A hook the client runs on each request before sending it.
pub type Hook = Box<dyn Fn(&mut reqwest::Request) + Send + Sync>;

/// One operation of a generated crate, with its synthesised call.
pub struct Operation<C: 'static> {
    pub operation_id: &'static str,
    pub method: &'static str,
    pub path: &'static str,
    /// JSON pointer of the operation in the spec.
    pub pointer: &'static str,
    /// The call, as a user writes it, e.g. `client.sign_ins().create(..)`.
    pub call_expr: &'static str,
    /// The synthesised arguments, `name=json` each.
    pub args: &'static str,
    /// The optional inputs [`Operation::call_full`] sets too, `name=json` each.
    pub optional_args: &'static str,
    pub body_content_type: Option<&'static str>,
    /// The responses the spec declares.
    pub responses: &'static [Response],
    /// Ways to make this operation's request invalid.
    pub mutations: &'static [Mutation],
    /// Calls the operation with its required inputs (and optional ones only where the spec
    /// needs them to make a valid request).
    pub call: fn(C) -> CallFuture,
    /// Calls the operation with every input set; `None` when it has no optional input.
    pub call_full: Option<fn(C) -> CallFuture>,
}

/// A response the spec declares for an operation.
#[derive(Debug, Clone, Copy)]
pub struct Response {
    /// `200`, `2XX` or `default`.
    pub status: &'static str,
    /// Whether it has a JSON body.
    pub json: bool,
}

/// A change that makes a valid request invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mutation {
    /// Remove a required body property.
    DropBodyField(&'static str),
    /// Set a body property to a value of the wrong type.
    SetBodyField(&'static str, &'static str),
    /// Remove a required query parameter.
    DropQuery(&'static str),
}

impl Mutation {
    /// The parameter or property the mutation breaks.
    pub fn field(&self) -> &'static str {
        match self {
            Mutation::DropBodyField(f) | Mutation::SetBodyField(f, _) | Mutation::DropQuery(f) => f,
        }
    }

    /// Applies the mutation to a request about to be sent.
    pub fn apply(&self, request: &mut reqwest::Request) {
        match *self {
            Mutation::DropQuery(name) => {
                let url = request.url_mut();
                let kept: Vec<(String, String)> =
                    url.query_pairs().filter(|(k, _)| k != name).map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
                url.query_pairs_mut().clear().extend_pairs(kept);
            }
            Mutation::DropBodyField(name) => edit_body(request, name, None),
            Mutation::SetBodyField(name, value) => edit_body(request, name, Some(value)),
        }
    }
}

/// Removes body property `name` (form or JSON body), then sets it to `value` if given.
fn edit_body(request: &mut reqwest::Request, name: &str, value: Option<&str>) {
    let content_type = request
        .headers()
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let Some(body) = request.body().and_then(|b| b.as_bytes()).map(<[u8]>::to_vec) else { return };
    let edited: Vec<u8> = if content_type.contains("json") {
        let Ok(serde_json::Value::Object(mut map)) = serde_json::from_slice::<serde_json::Value>(&body) else { return };
        map.remove(name);
        if let Some(v) = value {
            map.insert(name.to_owned(), serde_json::Value::String(v.to_owned()));
        }
        serde_json::to_vec(&map).unwrap_or_default()
    } else {
        let text = String::from_utf8_lossy(&body);
        let nested = format!("{name}[");
        let nested_encoded = format!("{name}%5B");
        let mut pairs: Vec<String> = text
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                let key = p.split('=').next().unwrap_or_default();
                key != name && !key.starts_with(&nested) && !key.starts_with(&nested_encoded)
            })
            .map(str::to_owned)
            .collect();
        if let Some(v) = value {
            pairs.push(format!("{name}={v}"));
        }
        pairs.join("&").into_bytes()
    };
    request.headers_mut().remove(http::header::CONTENT_LENGTH);
    *request.body_mut() = Some(reqwest::Body::from(edited));
}

/// Parses one synthesised argument.
pub fn arg<T: DeserializeOwned>(name: &str, json: &str) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_str(json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| format!("argument `{name}` = {json} does not fit its type at `{}`: {}", e.path(), e.inner()))
}

/// What the generated client returned, with what is needed to judge it.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The typed success value.
    Success,
    /// `Error::Api`: `decode_error` says where and why the body did not decode as the typed
    /// error body (`None`: it did).
    Api { status: u16, decode_error: Option<(String, String)> },
    /// `Error::Decode`: a success status whose body did not decode.
    Decode { status: u16, path: String, message: String },
    /// No response (transport, timeout, invalid request).
    Failed(String),
}

impl Outcome {
    pub fn of<T, E: DeserializeOwned + Debug>(result: Result<T, Error<E>>) -> Outcome {
        match result {
            Ok(_) => Outcome::Success,
            Err(Error::Api { status, body: ApiErrorBody::Typed(_), .. }) => Outcome::Api { status: status.as_u16(), decode_error: None },
            Err(Error::Api { status, body: ApiErrorBody::Raw(bytes), .. }) => {
                // The runtime keeps the raw bytes; decode again to say where it fails.
                let mut de = serde_json::Deserializer::from_slice(&bytes);
                let why = match serde_path_to_error::deserialize::<_, E>(&mut de) {
                    Ok(_) => (String::new(), "decodes when retried (?)".to_owned()),
                    Err(e) => (e.path().to_string(), e.inner().to_string()),
                };
                Outcome::Api { status: status.as_u16(), decode_error: Some(why) }
            }
            Err(Error::Decode { status, path, message, .. }) => Outcome::Decode { status: status.as_u16(), path, message },
            Err(other) => Outcome::Failed(other.to_string()),
        }
    }
}

/// One generated crate's suite.
pub struct Suite<C: 'static> {
    pub package: &'static str,
    /// The spec Prism serves (overlays applied), written by build.rs.
    pub spec: PathBuf,
    pub operations: &'static [Operation<C>],
    /// The generated `client(base_url, http, hook)`.
    pub client: fn(&str, reqwest::Client, Hook) -> C,
    /// Operations Prism cannot serve, by operation id, with the reason (a spec construct Prism
    /// does not handle, e.g. an event stream). They are still called; their findings are listed
    /// apart and do not fail the suite, and one that passes fails it (its entry is stale).
    pub unserved: &'static [(&'static str, &'static str)],
}

/// A problem found by the suite.
#[derive(Debug, Clone)]
pub struct Finding {
    pub operation_id: &'static str,
    pub call: String,
    pub what: String,
    /// For a spec-violating response: the first violation, with indices as `N`, to group by.
    pub cause: String,
}

/// The results of a suite.
#[derive(Debug, Default)]
pub struct Report {
    pub package: &'static str,
    pub operations: usize,
    /// Operations whose default call reached Prism and was judged.
    pub called: usize,
    pub request_violations: Vec<Finding>,
    /// Responses Prism itself reports as violating the spec (all calls).
    pub spec_violating: Vec<Finding>,
    /// Failures: unlisted statuses, decode failures on spec-valid responses, calls without response.
    pub failures: Vec<Finding>,
    /// Operations also called with every optional input set, and judged.
    pub full_checked: usize,
    /// Operations also called for the spec's examples / Prism's static data and judged.
    pub static_checked: usize,
    /// Declared statuses (other than the default answer's) requested with `Prefer: code=...` and judged.
    pub statuses_checked: usize,
    pub negatives_checked: usize,
    /// The invalid requests that were rejected as expected: what was broken, what Prism said.
    pub negatives: Vec<String>,
    pub prism_startup: Duration,
    pub wall: Duration,
    pub requests: usize,
    /// The end of Prism's output, kept when Prism did not answer a call.
    pub prism_log: String,
    /// How often Prism died during the suite and was started again.
    pub prism_restarts: usize,
    /// Findings of the operations the suite names as [`Suite::unserved`], with its reasons.
    pub unserved: Vec<(Finding, &'static str)>,
    /// Operations named as unserved that passed: their entries are stale.
    pub unserved_passing: Vec<&'static str>,
    /// How many operations are named as unserved (their default call may not count as called).
    pub unserved_operations: usize,
}

impl Report {
    /// The one-line coverage summary.
    pub fn summary(&self) -> String {
        format!(
            "mock coverage: {} {}/{} operations, {} request violations, {} spec-violating responses \
             (also checked: {} calls with every optional input, {} other declared statuses, {} invalid requests{}{}; \
             {} requests, Prism up in {:.1} s{}, suite {:.1} s)",
            self.package,
            self.called,
            self.operations,
            self.request_violations.len(),
            self.spec_violating.len(),
            self.full_checked,
            self.statuses_checked,
            self.negatives_checked,
            if self.static_checked > 0 { format!(", {} static-example calls", self.static_checked) } else { String::new() },
            // Named in the details, with the reasons.
            if self.unserved_operations > 0 { format!(", {} operations Prism cannot serve", self.unserved_operations) } else { String::new() },
            self.requests,
            self.prism_startup.as_secs_f64(),
            match self.prism_restarts {
                0 => String::new(),
                n => format!(", restarted {n} time{} after dying", if n == 1 { "" } else { "s" }),
            },
            self.wall.as_secs_f64(),
        )
    }

    /// Everything found, for the test's output: failures in full, spec-violating responses
    /// grouped by their first violation (`full`: each in full too).
    pub fn details(&self, full: bool) -> String {
        let mut out = String::new();
        for (title, list) in [("request violations", &self.request_violations), ("failures", &self.failures)] {
            if !list.is_empty() {
                out.push_str(&format!("{} {title}:\n", list.len()));
                for f in list {
                    out.push_str(&format!("  - {} [{}]: {}\n", f.operation_id, f.call, f.what));
                }
            }
        }
        if !self.spec_violating.is_empty() {
            let mut causes: Vec<(&str, Vec<&'static str>, usize)> = Vec::new();
            for f in &self.spec_violating {
                match causes.iter_mut().find(|(cause, _, _)| *cause == f.cause) {
                    Some((_, ops, count)) => {
                        *count += 1;
                        if !ops.contains(&f.operation_id) {
                            ops.push(f.operation_id);
                        }
                    }
                    None => causes.push((&f.cause, vec![f.operation_id], 1)),
                }
            }
            causes.sort_by_key(|c| std::cmp::Reverse(c.2));
            out.push_str(&format!(
                "{} spec-violating responses (the mock's own response breaks the spec; not failures), by first violation:\n",
                self.spec_violating.len()
            ));
            for (cause, ops, count) in causes {
                let shown: Vec<&str> = ops.iter().take(6).copied().collect();
                let more = if ops.len() > shown.len() { format!(" and {} more", ops.len() - shown.len()) } else { String::new() };
                out.push_str(&format!("  - {count} × {cause}\n      in {}{more}\n", shown.join(", ")));
            }
            if full {
                for f in &self.spec_violating {
                    out.push_str(&format!("  - {} [{}]: {}\n", f.operation_id, f.call, f.what));
                }
            }
        }
        if !self.negatives.is_empty() {
            out.push_str("invalid requests, rejected as expected:\n");
            for n in &self.negatives {
                out.push_str(&format!("  - {n}\n"));
            }
        }
        if !self.unserved.is_empty() {
            out.push_str(&format!("{} findings on operations Prism cannot serve (not failures):\n", self.unserved.len()));
            for (f, why) in &self.unserved {
                out.push_str(&format!("  - {} [{}] ({why}): {}\n", f.operation_id, f.call, f.what));
            }
        }
        for op in &self.unserved_passing {
            out.push_str(&format!("  - {op} is named as one Prism cannot serve, but passed: remove the entry\n"));
        }
        if !self.prism_log.is_empty() {
            out.push_str(&format!("Prism's last output lines:\n{}\n", self.prism_log));
        }
        out
    }

    pub fn passed(&self) -> bool {
        self.called + self.unserved_operations >= self.operations && self.request_violations.is_empty() && self.failures.is_empty() && self.unserved_passing.is_empty()
    }

    /// Sets the findings of the operations Prism cannot serve apart, and notes the listed
    /// operations that have none.
    fn set_apart_unserved(&mut self, unserved: &'static [(&'static str, &'static str)]) {
        let reason = |id: &str| unserved.iter().find(|(op, _)| *op == id).map(|(_, why)| *why);
        for list in [&mut self.request_violations, &mut self.failures] {
            let (apart, kept): (Vec<Finding>, Vec<Finding>) = std::mem::take(list).into_iter().partition(|f| reason(f.operation_id).is_some());
            *list = kept;
            self.unserved.extend(apart.into_iter().filter_map(|f| reason(f.operation_id).map(|why| (f, why))));
        }
        self.unserved_operations = unserved.len();
        for (op, _) in unserved {
            if !self.unserved.iter().any(|(f, _)| f.operation_id == *op) {
                self.unserved_passing.push(op);
            }
        }
    }
}

/// Prism options: random data generated from the schemas, from a fixed seed.
fn prism_args() -> Vec<String> {
    let log = std::env::var("SDKGEN_MOCK_LOG").unwrap_or_else(|_| "warn".into());
    let seed = std::env::var("SDKGEN_MOCK_SEED").unwrap_or_else(|_| "sdkgen".into());
    vec!["--verboseLevel".into(), log, "--dynamic".into(), "--seed".into(), seed]
}

/// Calls at once (Prism is one Node.js process; more does not help).
fn concurrency() -> usize {
    std::env::var("SDKGEN_MOCK_CONCURRENCY").ok().and_then(|v| v.parse().ok()).unwrap_or(8)
}

/// What a call is for.
#[derive(Debug, Clone, Copy)]
enum Purpose {
    /// Prism's default answer: the coverage call.
    Default,
    /// Prism's default answer to the call with every optional input set too.
    Full,
    /// The default status again, from the spec's examples or Prism's static generator
    /// (`Prefer: dynamic=false`) instead of random data.
    Static,
    /// `Prefer: code=<status>`.
    Status(u16),
    /// An invalid request.
    Negative(Mutation),
}

struct Job {
    op: usize,
    purpose: Purpose,
}

struct Done {
    job: Job,
    outcome: Result<Outcome, String>,
    exchange: Option<Exchange>,
}

/// Runs the whole suite of one crate.
pub async fn run<C: Send + 'static>(suite: Suite<C>) -> Report {
    let started = Instant::now();
    let spec_text = std::fs::read_to_string(&suite.spec).unwrap_or_else(|e| panic!("reading {}: {e}", suite.spec.display()));
    let spec: serde_json::Value = serde_json::from_str(&spec_text).expect("the served spec is JSON");
    let prism = match Prism::start(&suite.spec, &prism_args()) {
        Ok(prism) => prism,
        // Prism refusing the spec is the suite's finding, not a crash of the run.
        Err(e) => {
            let what = format!("Prism did not start on {}: {e}", suite.spec.display());
            let failures = vec![Finding { operation_id: "(all)", call: String::new(), what, cause: String::new() }];
            return Report { package: suite.package, operations: suite.operations.len(), failures, ..Report::default() };
        }
    };
    let proxy = Arc::new(Proxy::start(prism).await.expect("start the recording proxy"));
    // Each call gets its own client (its hook tags the request); they share one connection pool.
    let http = reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        // Well below the proxy's (hyper's) 30 s wait for a next request on an idle connection.
        .pool_idle_timeout(Duration::from_secs(10))
        .build()
        .expect("HTTP client");
    let mut report = Report { package: suite.package, operations: suite.operations.len(), prism_startup: proxy.prism_startup(), ..Report::default() };

    // First every operation as Prism answers by default, with the invalid requests; then every
    // other status each operation declares.
    let mut jobs: Vec<Job> = (0..suite.operations.len()).map(|op| Job { op, purpose: Purpose::Default }).collect();
    jobs.extend(suite.operations.iter().enumerate().filter(|(_, op)| op.call_full.is_some()).map(|(op, _)| Job { op, purpose: Purpose::Full }));
    if std::env::var("SDKGEN_MOCK_STATIC").as_deref() == Ok("1") {
        jobs.extend((0..suite.operations.len()).map(|op| Job { op, purpose: Purpose::Static }));
    }
    jobs.extend(negative_sample(suite.operations).into_iter().map(|(op, m)| Job { op, purpose: Purpose::Negative(m) }));
    let suite = Arc::new(suite);
    let runner = Runner { suite: Arc::clone(&suite), proxy, http, next_id: Arc::new(AtomicU64::new(1)) };
    let mut done = runner.run_all(jobs).await;
    let mut default_status = vec![None; suite.operations.len()];
    for d in &done {
        if let (Purpose::Default, Some(e)) = (d.job.purpose, &d.exchange) {
            default_status[d.job.op] = Some(e.status.as_u16());
        }
    }
    let mut jobs = Vec::new();
    for (i, op) in suite.operations.iter().enumerate() {
        for status in op.responses.iter().filter_map(|r| r.status.parse::<u16>().ok()) {
            if default_status[i] != Some(status) {
                jobs.push(Job { op: i, purpose: Purpose::Status(status) });
            }
        }
    }
    done.extend(runner.run_all(jobs).await);
    report.requests = done.len();

    for d in done {
        judge(&spec, &suite.operations[d.job.op], d, &mut report);
    }
    report.failures.sort_by_key(|f| f.operation_id);
    report.spec_violating.sort_by_key(|f| f.operation_id);
    report.set_apart_unserved(suite.unserved);
    report.wall = started.elapsed();
    // Prism's own output helps only when it did not answer.
    if report.failures.iter().any(|f| f.what.starts_with("no answer") || f.what.starts_with("no request")) {
        report.prism_log = runner.proxy.prism_log_tail(30);
    }
    report.prism_restarts = runner.proxy.prism_restarts();
    report
}

/// Sends jobs through the proxy, a bounded number at once.
struct Runner<C: 'static> {
    suite: Arc<Suite<C>>,
    proxy: Arc<Proxy>,
    http: reqwest::Client,
    next_id: Arc<AtomicU64>,
}

impl<C: Send + 'static> Runner<C> {
    async fn run_all(&self, jobs: Vec<Job>) -> Vec<Done> {
        futures::stream::iter(jobs).map(|job| self.run_one(job)).buffer_unordered(concurrency()).collect().await
    }

    async fn run_one(&self, job: Job) -> Done {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let purpose = job.purpose;
        let hook: Hook = Box::new(move |request: &mut reqwest::Request| {
            request.headers_mut().insert(CALL_HEADER, id.into());
            match purpose {
                Purpose::Status(code) => {
                    let prefer = http::HeaderValue::from_str(&format!("code={code}")).expect("header value");
                    request.headers_mut().insert("prefer", prefer);
                }
                Purpose::Static => {
                    request.headers_mut().insert("prefer", http::HeaderValue::from_static("dynamic=false"));
                }
                Purpose::Negative(mutation) => mutation.apply(request),
                Purpose::Default | Purpose::Full => {}
            }
        });
        let op = &self.suite.operations[job.op];
        let call = match purpose {
            Purpose::Full => op.call_full.unwrap_or(op.call),
            _ => op.call,
        };
        let client = (self.suite.client)(&self.proxy.url, self.http.clone(), hook);
        let outcome = match tokio::time::timeout(Duration::from_secs(60), call(client)).await {
            Ok(outcome) => outcome,
            Err(_) => Err("no answer within 60 s".to_owned()),
        };
        Done { job, outcome, exchange: self.proxy.take(id) }
    }
}

/// Up to five operations to send invalid requests for: operations that declare a `422` JSON
/// response, spread over the API, one of each kind of mutation first.
fn negative_sample<C>(operations: &[Operation<C>]) -> Vec<(usize, Mutation)> {
    const SAMPLE: usize = 5;
    let candidates: Vec<(usize, Mutation)> = operations
        .iter()
        .enumerate()
        .filter(|(_, op)| op.responses.iter().any(|r| r.status == "422" && r.json))
        .flat_map(|(i, op)| op.mutations.iter().map(move |m| (i, *m)))
        .collect();
    let mut chosen: Vec<(usize, Mutation)> = Vec::new();
    let kind = |m: &Mutation| std::mem::discriminant(m);
    for (i, m) in &candidates {
        if !chosen.iter().any(|(j, c)| kind(c) == kind(m) || j == i) {
            chosen.push((*i, *m));
        }
    }
    // Then evenly spaced ones, one per operation.
    let step = (candidates.len() / SAMPLE).max(1);
    for (i, m) in candidates.iter().step_by(step) {
        if chosen.len() >= SAMPLE {
            break;
        }
        if !chosen.iter().any(|(j, _)| j == i) {
            chosen.push((*i, *m));
        }
    }
    chosen.truncate(SAMPLE);
    chosen
}

/// Prism's `sl-violations` header: `(location, severity, message)` of each violation.
pub fn violations(exchange: &Exchange) -> Vec<(String, String, String)> {
    let Some(header) = exchange.headers.get("sl-violations").and_then(|v| v.to_str().ok()) else { return Vec::new() };
    let Ok(serde_json::Value::Array(items)) = serde_json::from_str::<serde_json::Value>(header) else {
        return vec![("?".into(), "Error".into(), header.to_owned())];
    };
    items
        .iter()
        .map(|v| {
            let location = v["location"].as_array().map(|l| l.iter().map(|s| s.as_str().map(str::to_owned).unwrap_or_else(|| s.to_string())).collect::<Vec<_>>().join(".")).unwrap_or_default();
            (location, v["severity"].as_str().unwrap_or("Error").to_owned(), v["message"].as_str().unwrap_or_default().to_owned())
        })
        .collect()
}

fn excerpt(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out: String = text.chars().take(300).collect();
    if text.chars().count() > 300 {
        out.push('…');
    }
    out
}

fn declared(op: &Operation<impl Sized>, status: u16) -> Option<&'static Response> {
    let code = status.to_string();
    let range = format!("{}XX", status / 100);
    op.responses
        .iter()
        .find(|r| r.status == code)
        .or_else(|| op.responses.iter().find(|r| r.status.eq_ignore_ascii_case(&range)))
        .or_else(|| op.responses.iter().find(|r| r.status == "default"))
}

/// The JSON schema of `op`'s response `status_key` (`200`, `2XX`, `default`), if it has one.
fn response_schema<'s, C>(spec: &'s serde_json::Value, op: &Operation<C>, status_key: &str) -> Option<&'s serde_json::Value> {
    let op_node = spec.pointer(op.pointer.strip_prefix('#')?)?;
    let mut response = op_node.get("responses")?.get(status_key)?;
    for _ in 0..8 {
        match response.get("$ref").and_then(|r| r.as_str()).and_then(|r| r.strip_prefix('#')) {
            Some(target) => response = spec.pointer(target)?,
            None => break,
        }
    }
    let content = response.get("content")?.as_object()?;
    content.iter().find(|(ct, _)| ct.to_ascii_lowercase().contains("json")).and_then(|(_, media)| media.get("schema"))
}

fn judge<C>(spec: &serde_json::Value, op: &Operation<C>, d: Done, report: &mut Report) {
    let call = match d.job.purpose {
        Purpose::Default => format!("{} {} {}", op.call_expr, op.method, op.path),
        Purpose::Full => format!("{} {} {} with every input set", op.call_expr, op.method, op.path),
        Purpose::Static => format!("{} {} {} with Prefer: dynamic=false", op.call_expr, op.method, op.path),
        Purpose::Status(code) => format!("{} {} {} with Prefer: code={code}", op.call_expr, op.method, op.path),
        Purpose::Negative(m) => format!("{} {} {} made invalid: {m:?}", op.call_expr, op.method, op.path),
    };
    let finding = |what: String| Finding { operation_id: op.operation_id, call: call.clone(), what, cause: String::new() };
    let violating = |what: String, first: &str| Finding { operation_id: op.operation_id, call: call.clone(), what, cause: cause_of(first) };
    let outcome = match d.outcome {
        Ok(outcome) => outcome,
        Err(e) => {
            report.failures.push(finding(format!("could not build the call: {e}")));
            return;
        }
    };
    let Some(exchange) = d.exchange else {
        report.failures.push(finding(format!("no request reached the proxy; the client returned {outcome:?}")));
        return;
    };
    if exchange.headers.contains_key("x-sdkgen-proxy-error") {
        report.failures.push(finding(format!("no answer from Prism: {}", String::from_utf8_lossy(&exchange.body))));
        return;
    }
    let request_text = format!(
        "request {} {} content-type={:?} body={}",
        exchange.request.method,
        exchange.request.uri,
        exchange.request.headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or(""),
        excerpt(&exchange.request.body)
    );
    let response_text = format!("response {} body={}", exchange.status.as_u16(), excerpt(&exchange.body));
    let all = violations(&exchange);
    let request_violations: Vec<String> =
        all.iter().filter(|(l, s, _)| l.starts_with("request") && s == "Error").map(|(l, _, m)| format!("{l}: {m}")).collect();
    let response_violations: Vec<String> =
        all.iter().filter(|(l, s, _)| l.starts_with("response") && s == "Error").map(|(l, _, m)| format!("{l}: {m}")).collect();
    let status = exchange.status.as_u16();

    if let Purpose::Negative(mutation) = d.job.purpose {
        report.negatives_checked += 1;
        let named = request_violations.iter().any(|v| v.contains(mutation.field()));
        let problem = match &outcome {
            _ if status != 422 => Some(format!("expected Prism to answer 422, got {status}")),
            _ if !named => Some(format!("expected a request violation naming `{}`, got {request_violations:?}", mutation.field())),
            Outcome::Api { status: 422, decode_error: None } => None,
            other => Some(format!("expected the client's typed Error::Api with status 422, got {other:?}")),
        };
        match problem {
            Some(problem) => report.failures.push(finding(format!("{problem}; {request_text}; {response_text}"))),
            None => report.negatives.push(format!(
                "{} {mutation:?}: Prism 422 `{}`, client Error::Api {{ status: 422, body: Typed(..) }}",
                op.operation_id,
                request_violations.join("; ")
            )),
        }
        return;
    }

    match d.job.purpose {
        Purpose::Default => report.called += 1,
        Purpose::Static => report.static_checked += 1,
        Purpose::Full => report.full_checked += 1,
        _ => report.statuses_checked += 1,
    }
    if !request_violations.is_empty() {
        let optional = if matches!(d.job.purpose, Purpose::Full) { format!(", {}", op.optional_args) } else { String::new() };
        report.request_violations.push(finding(format!("{}; arguments {}{optional}; {request_text}", request_violations.join("; "), op.args)));
        return;
    }
    if let Purpose::Status(code) = d.job.purpose {
        if status != code {
            report.failures.push(finding(format!("asked Prism for {code}, got {status}; {response_text}")));
            return;
        }
    }
    let Some(declared) = declared(op, status) else {
        report.failures.push(finding(format!("status {status} is not one the spec lists; {response_text}")));
        return;
    };
    let decode_problem: Option<(String, String)> = match &outcome {
        Outcome::Success => None,
        Outcome::Api { decode_error: None, .. } => None,
        // An error status without a JSON body in the spec: raw bytes are the right result.
        Outcome::Api { decode_error: Some(_), .. } if !declared.json => None,
        Outcome::Api { status, decode_error: Some((path, why)) } => {
            Some((path.clone(), format!("error body ({status}) does not decode into the typed error at `{path}`: {why}")))
        }
        Outcome::Decode { status, path, message } => Some((path.clone(), format!("success body ({status}) does not decode at `{path}`: {message}"))),
        Outcome::Failed(e) => {
            report.failures.push(finding(format!("the call failed: {e}; {response_text}")));
            return;
        }
    };
    let Some((path, problem)) = decode_problem else {
        if !response_violations.is_empty() {
            report.spec_violating.push(violating(
                format!("decodes anyway; Prism: {}; {response_text}", response_violations.join("; ")),
                &format!("decodes anyway; Prism: {}", response_violations[0]),
            ));
        }
        return;
    };
    // A decode failure is excused only by a violation that explains it: at the failing value,
    // inside it, or around it (Prism's validator first, then an independent check).
    let decode_path = segments(&path);
    let prism_explains: Vec<String> = all
        .iter()
        .filter(|(l, s, _)| l.starts_with("response.body") && s == "Error")
        .filter(|(l, _, m)| prism_violation(l, m).explains(&decode_path))
        .map(|(l, _, m)| format!("{l}: {m}"))
        .collect();
    if !prism_explains.is_empty() {
        report.spec_violating.push(violating(
            format!("{problem}; Prism: {}; {response_text}", prism_explains.join("; ")),
            &format!("does not decode; Prism: {}", prism_explains[0]),
        ));
        return;
    }
    let body: Option<serde_json::Value> = serde_json::from_slice(&exchange.body).ok();
    if let (Some(schema), Some(body)) = (response_schema(spec, op, declared.status), &body) {
        let explaining: Vec<String> =
            SchemaCheck::new(spec).violations(schema, body).iter().filter(|v| v.explains(&decode_path)).map(ToString::to_string).collect();
        if !explaining.is_empty() {
            report.spec_violating.push(violating(
                format!("{problem}; independent check: {}; {response_text}", explaining.join("; ")),
                &format!("does not decode; independent check: {}", explaining[0]),
            ));
            return;
        }
    }
    let at = body
        .as_ref()
        .and_then(|b| value_at(b, &path))
        .map(|v| format!("; value there: {}", excerpt(v.to_string().as_bytes())))
        .unwrap_or_default();
    let unrelated = if response_violations.is_empty() { String::new() } else { format!("; (unrelated) Prism: {}", response_violations.join("; ")) };
    report.failures.push(finding(format!("{problem}{at}; {request_text}; {response_text}{unrelated}")));
}

/// A violation with its indices replaced by `N`, so that repeats group together.
fn cause_of(text: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

/// A Prism response violation (`response.body.a.0.b`, message) as a [`Violation`] of the body.
fn prism_violation(location: &str, message: &str) -> Violation {
    let path: Vec<String> = location.split('.').skip(2).map(str::to_owned).collect();
    let missing = message
        .split_once("must have required property '")
        .and_then(|(_, rest)| rest.split_once('\''))
        .map(|(name, _)| name.to_owned());
    Violation { path, message: message.to_owned(), missing }
}

/// Prints the report (outside the test harness's capture, so `cargo test` shows it) and
/// panics when the suite failed.
pub fn finish(report: &Report) {
    use std::io::Write;
    let text = format!("{}\n{}", report.summary(), report.details(false));
    let _ = std::io::stderr().write_all(text.as_bytes());
    if let Ok(dir) = std::env::var("SDKGEN_MOCK_REPORT_DIR") {
        let full = format!("{}\n{}", report.summary(), report.details(true));
        let _ = std::fs::write(PathBuf::from(dir).join(format!("mock-{}.txt", report.package)), full);
    }
    assert!(
        report.passed(),
        "{}: {}/{} operations called, {} request violations, {} failures (details above)",
        report.package,
        report.called,
        report.operations,
        report.request_violations.len(),
        report.failures.len()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(operation_id: &'static str) -> Finding {
        Finding { operation_id, call: "call".into(), what: "status 404".into(), cause: String::new() }
    }

    #[test]
    fn findings_of_unserved_operations_are_set_apart_and_stale_entries_fail() {
        let mut report = Report { operations: 3, called: 2, failures: vec![finding("stream"), finding("list")], ..Report::default() };
        report.set_apart_unserved(&[("stream", "an event stream")]);
        assert_eq!(report.failures.iter().map(|f| f.operation_id).collect::<Vec<_>>(), ["list"]);
        assert_eq!(report.unserved.iter().map(|(f, why)| (f.operation_id, *why)).collect::<Vec<_>>(), [("stream", "an event stream")]);
        assert!(!report.passed(), "the other operation's failure stays one");

        let mut report = Report { operations: 2, called: 1, failures: vec![finding("stream")], ..Report::default() };
        report.set_apart_unserved(&[("stream", "an event stream")]);
        assert!(report.passed(), "{}", report.details(false));

        let mut report = Report { operations: 2, called: 2, ..Report::default() };
        report.set_apart_unserved(&[("stream", "an event stream")]);
        assert_eq!(report.unserved_passing, ["stream"]);
        assert!(!report.passed(), "an unserved operation that passes is a stale entry");
    }
}
