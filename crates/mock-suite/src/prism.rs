//! The Prism mock server (`tests/mock/`), run as a child process, and a recording proxy in
//! front of it.
//!
//! [`Prism::start`] picks a free port on 127.0.0.1, starts `node tests/mock/prism.js mock ...`
//! in its own process group with a pipe as stdin, and waits (bounded) until the port accepts
//! connections. Dropping the [`Prism`] (also while unwinding from a panic) kills the process
//! group; and `prism.js` exits by itself when its stdin closes, so Prism never outlives the test
//! process, even one that is killed.
//!
//! [`Proxy`] forwards every request to Prism and keeps each exchange (request and response,
//! headers and bodies) under the id the client put in the [`CALL_HEADER`] header: the response
//! headers carry Prism's `sl-violations`, which a generated client does not expose on success.
//!
//! The proxy also supervises Prism. Node dies on some schemas (json-schema-faker recursing
//! through a self-referencing shape until V8 runs out of memory): when a request finds Prism
//! gone, the proxy restarts it on the same port and sends that request again with every other
//! request held back, so the one that kills Prism is named (its answer says so, with Prism's
//! last words) and the others are answered as usual.

use std::collections::HashMap;
use std::convert::Infallible;
use std::io::{BufRead, BufReader, Read};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, HeaderName, HeaderValue, Method, StatusCode};
use http_body_util::{BodyExt, Full};
use sdkgen_runtime::reqwest;

/// The header carrying the id of a call from the client to the proxy (removed before Prism).
pub const CALL_HEADER: &str = "x-sdkgen-mock-call";

/// How long Prism may take to load a spec and listen.
pub const STARTUP_LIMIT: Duration = Duration::from_secs(90);

/// The project root (two levels above this crate).
pub fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap_or_else(|_| Path::new(env!("CARGO_MANIFEST_DIR")).join("../.."))
}

/// Where `npm ci --prefix tests/mock` installs the Prism CLI.
pub fn prism_cli() -> PathBuf {
    project_root().join("tests/mock/node_modules/@stoplight/prism-cli/dist/index.js")
}

/// A running Prism; killed on drop.
pub struct Prism {
    child: Child,
    spec: PathBuf,
    args: Vec<String>,
    stdin: Option<ChildStdin>,
    pub port: u16,
    /// From spawning to the port accepting connections.
    pub startup: Duration,
    log: Arc<Mutex<Vec<String>>>,
}

/// Lines of Prism's output kept for diagnostics (the last ones).
const LOG_LINES: usize = 4000;

/// Lines of Prism's output quoted when it died answering a request.
const DEATH_LINES: usize = 12;

impl Prism {
    /// Starts `prism mock <args> <spec>` on 127.0.0.1 and waits until it listens.
    pub fn start(spec: &Path, args: &[String]) -> Result<Prism, String> {
        let port = free_port().map_err(|e| format!("no free port on 127.0.0.1: {e}"))?;
        Prism::start_on(spec, args, port)
    }

    fn start_on(spec: &Path, args: &[String], port: u16) -> Result<Prism, String> {
        let root = project_root();
        if !prism_cli().exists() {
            return Err(format!(
                "Prism is not installed ({} is missing): run `npm ci --prefix tests/mock` (`cargo xtask test` does it)",
                prism_cli().display()
            ));
        }
        let node = std::env::var("NODE").unwrap_or_else(|_| "node".into());
        let mut command = Command::new(&node);
        command
            .arg(root.join("tests/mock/prism.js"))
            .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
            .args(args)
            .arg(spec)
            .current_dir(&root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        {
            use std::os::unix::process::CommandExt;
            command.process_group(0);
        }
        let started = Instant::now();
        let mut child = command.spawn().map_err(|e| format!("cannot start `{node}` (Node.js 20 is needed for Prism): {e}"))?;
        let log = Arc::new(Mutex::new(Vec::new()));
        for stream in [child.stdout.take().map(|s| Box::new(s) as Box<dyn Read + Send>), child.stderr.take().map(|s| Box::new(s) as Box<dyn Read + Send>)].into_iter().flatten() {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
                    if log.len() >= LOG_LINES {
                        log.drain(..LOG_LINES / 2);
                    }
                    log.push(line);
                }
            });
        }
        let stdin = child.stdin.take();
        let mut prism = Prism { child, spec: spec.to_owned(), args: args.to_vec(), stdin, port, startup: Duration::ZERO, log };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        loop {
            if let Ok(Some(status)) = prism.child.try_wait() {
                return Err(format!("Prism exited during startup ({status}):\n{}", prism.log_tail(40)));
            }
            if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
                prism.startup = started.elapsed();
                return Ok(prism);
            }
            if started.elapsed() > STARTUP_LIMIT {
                return Err(format!("Prism did not listen within {STARTUP_LIMIT:?}:\n{}", prism.log_tail(40)));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Whether the process has exited.
    pub fn is_dead(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(Some(_)))
    }

    /// If Prism has exited, starts it again on the same port: `Some` of its last output
    /// lines before it died (or why it could not start again).
    pub fn revive(&mut self) -> Option<String> {
        if !self.is_dead() {
            return None;
        }
        let last_words = self.log_tail(DEATH_LINES);
        let startup = self.startup;
        match Prism::start_on(&self.spec.clone(), &self.args.clone(), self.port) {
            Ok(fresh) => {
                // Dropping the dead one only reaps it; its port is the new one's.
                *self = fresh;
                self.startup = startup;
                Some(last_words)
            }
            Err(e) => Some(format!("{last_words}\n(restarting Prism failed: {e})")),
        }
    }

    /// The last `n` lines Prism printed.
    pub fn log_tail(&self, n: usize) -> String {
        let log = self.log.lock().unwrap_or_else(|e| e.into_inner());
        log[log.len().saturating_sub(n)..].join("\n")
    }
}

impl Drop for Prism {
    fn drop(&mut self) {
        drop(self.stdin.take());
        // Reaped already (it died): its pid, and so its group id, may belong to another process now.
        if self.is_dead() {
            return;
        }
        let group = self.child.id() as libc::pid_t;
        // SAFETY: `kill` has no memory effects; a negative pid addresses the process group
        // `process_group(0)` gave the child (its own pid), which holds only Prism.
        unsafe { libc::kill(-group, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        // SAFETY: as above.
        unsafe { libc::kill(-group, libc::SIGKILL) };
        let _ = self.child.wait();
    }
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind(("127.0.0.1", 0))?.local_addr()?.port())
}

/// A request as the proxy received it from the client.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    pub method: Method,
    /// Path and query.
    pub uri: String,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// One request and Prism's answer.
#[derive(Debug, Clone)]
pub struct Exchange {
    pub request: RecordedRequest,
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// A recording HTTP/1.1 proxy on 127.0.0.1 in front of Prism, which it supervises; stops when
/// dropped (and Prism with it).
pub struct Proxy {
    pub url: String,
    exchanges: Arc<Mutex<HashMap<u64, Exchange>>>,
    upstream: Arc<Upstream>,
    task: tokio::task::JoinHandle<()>,
}

/// Prism behind the proxy.
struct Upstream {
    url: String,
    prism: Mutex<Prism>,
    /// Requests hold it shared; a request resent after a restart holds it alone.
    gate: tokio::sync::RwLock<()>,
    restarts: std::sync::atomic::AtomicUsize,
}

impl Upstream {
    /// Restarts Prism if it has died; Prism's last lines if it had.
    async fn revive(self: &Arc<Self>) -> Option<String> {
        let upstream = Arc::clone(self);
        let words = tokio::task::spawn_blocking(move || upstream.prism.lock().unwrap_or_else(|e| e.into_inner()).revive()).await.ok().flatten();
        if words.is_some() {
            self.restarts.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        words
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Proxy {
    /// Starts the proxy in front of `prism` on the current Tokio runtime.
    pub async fn start(prism: Prism) -> std::io::Result<Proxy> {
        let upstream = Arc::new(Upstream {
            url: prism.url(),
            prism: Mutex::new(prism),
            gate: tokio::sync::RwLock::new(()),
            restarts: std::sync::atomic::AtomicUsize::new(0),
        });
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
        let url = format!("http://{}", listener.local_addr()?);
        let exchanges: Arc<Mutex<HashMap<u64, Exchange>>> = Arc::default();
        let http = reqwest::Client::builder()
            .no_proxy()
            .redirect(reqwest::redirect::Policy::none())
            // Below Node's 5 s keep-alive timeout, so pooled connections are dropped by us first.
            .pool_idle_timeout(Duration::from_secs(2))
            .build()
            .map_err(std::io::Error::other)?;
        let state = Arc::new((Arc::clone(&upstream), http, Arc::clone(&exchanges)));
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let state = Arc::clone(&state);
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |req| {
                        let state = Arc::clone(&state);
                        async move { Ok::<_, Infallible>(forward(&state.0, &state.1, &state.2, req).await) }
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        Ok(Proxy { url, exchanges, upstream, task })
    }

    /// How often Prism died and was started again.
    pub fn prism_restarts(&self) -> usize {
        self.upstream.restarts.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// How long Prism took to start (the first time).
    pub fn prism_startup(&self) -> Duration {
        self.upstream.prism.lock().unwrap_or_else(|e| e.into_inner()).startup
    }

    /// The last `n` lines Prism printed.
    pub fn prism_log_tail(&self, n: usize) -> String {
        self.upstream.prism.lock().unwrap_or_else(|e| e.into_inner()).log_tail(n)
    }

    /// The exchange of call `id`, removed from the record.
    pub fn take(&self, id: u64) -> Option<Exchange> {
        self.exchanges.lock().unwrap_or_else(|e| e.into_inner()).remove(&id)
    }
}

const HOP_BY_HOP: &[&str] = &["host", "connection", "keep-alive", "transfer-encoding", "content-length", "te", "upgrade", "proxy-connection"];

async fn forward(
    upstream: &Arc<Upstream>,
    http: &reqwest::Client,
    exchanges: &Mutex<HashMap<u64, Exchange>>,
    req: hyper::Request<hyper::body::Incoming>,
) -> hyper::Response<Full<Bytes>> {
    let (parts, body) = req.into_parts();
    let mut headers = parts.headers.clone();
    let id = headers.remove(CALL_HEADER).and_then(|v| v.to_str().ok().and_then(|s| s.parse::<u64>().ok()));
    let uri = parts.uri.path_and_query().map(|p| p.as_str().to_owned()).unwrap_or_else(|| "/".into());
    let body = body.collect().await.map(|b| b.to_bytes());
    let request = RecordedRequest { method: parts.method.clone(), uri: uri.clone(), headers: headers.clone(), body: body.as_ref().cloned().unwrap_or_default() };
    let answer = match body {
        Ok(body) => supervised_relay(upstream, http, &parts.method, &uri, &headers, body).await,
        Err(e) => Err(format!("proxy: reading the request body: {e}")),
    };
    let (status, response_headers, response_body) = answer.unwrap_or_else(|message| {
        let mut headers = HeaderMap::new();
        headers.insert(HeaderName::from_static("content-type"), HeaderValue::from_static("text/plain"));
        headers.insert(HeaderName::from_static("x-sdkgen-proxy-error"), HeaderValue::from_static("1"));
        (StatusCode::BAD_GATEWAY, headers, Bytes::from(message))
    });
    if let Some(id) = id {
        let exchange = Exchange { request, status, headers: response_headers.clone(), body: response_body.clone() };
        exchanges.lock().unwrap_or_else(|e| e.into_inner()).insert(id, exchange);
    }
    let mut out = hyper::Response::new(Full::new(response_body));
    *out.status_mut() = status;
    for (name, value) in &response_headers {
        if !HOP_BY_HOP.contains(&name.as_str()) {
            out.headers_mut().append(name.clone(), value.clone());
        }
    }
    out
}

/// [`relay`], and where Prism died meanwhile: restarts it and sends the request again alone, so a
/// request that kills Prism is told apart from the ones that were only in flight with it.
async fn supervised_relay(upstream: &Arc<Upstream>, http: &reqwest::Client, method: &Method, uri: &str, headers: &HeaderMap, body: Bytes) -> Result<(StatusCode, HeaderMap, Bytes), String> {
    let first = {
        let _shared = upstream.gate.read().await;
        relay(&upstream.url, http, method, uri, headers, body.clone()).await
    };
    if first.is_ok() {
        return first;
    }
    // Prism keeps no state, so sending again is safe; whoever finds it dead restarts it.
    let _alone = upstream.gate.write().await;
    upstream.revive().await;
    let second = relay(&upstream.url, http, method, uri, headers, body).await;
    match (second, upstream.revive().await) {
        (_, Some(last_words)) => Err(format!("Prism died answering this request alone (and was restarted); its last lines:\n{last_words}")),
        (second, None) => second,
    }
}

/// Sends the request on to Prism; the error says what failed, with its causes.
async fn relay(upstream: &str, http: &reqwest::Client, method: &Method, uri: &str, headers: &HeaderMap, body: Bytes) -> Result<(StatusCode, HeaderMap, Bytes), String> {
    let mut forwarded = HeaderMap::new();
    for (name, value) in headers {
        if !HOP_BY_HOP.contains(&name.as_str()) {
            forwarded.append(name.clone(), value.clone());
        }
    }
    let with_causes = |context: &str, e: &dyn std::error::Error| {
        let mut message = format!("proxy: {context}: {e}");
        let mut source = e.source();
        while let Some(s) = source {
            message.push_str(&format!(": {s}"));
            source = s.source();
        }
        message
    };
    // Node closes idle keep-alive connections; a request can race with that close and find
    // the connection reset before any answer. Prism keeps no state, so sending again is safe.
    let send = || http.request(method.clone(), format!("{upstream}{uri}")).headers(forwarded.clone()).body(body.clone()).send();
    let response = match send().await {
        Ok(r) => r,
        Err(e) if e.is_connect() || e.is_request() => send().await.map_err(|e| with_causes("forwarding to Prism (twice)", &e))?,
        Err(e) => return Err(with_causes("forwarding to Prism", &e)),
    };
    let status = response.status();
    let headers = response.headers().clone();
    let body = response.bytes().await.map_err(|e| with_causes("reading Prism's response", &e))?;
    Ok((status, headers, body))
}

