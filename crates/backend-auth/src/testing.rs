//! Test helpers for users' own tests (the `testing` feature): a signing key of your own, its
//! JWKS and PEM, a [`Verifier`] that trusts it, and session tokens with the claims you choose,
//! so handlers behind `ClerkAuthLayer` (the `axum` feature) are tested with real
//! RS256 verification and no Clerk instance.
//!
//! ```
//! use clerk_backend_auth::testing::{TestKey, Organization};
//! # async fn demo() {
//! let key = TestKey::shared();
//! let verifier = key.verifier();
//! let token = key.token().user("user_1").organization(Organization::new("org_1").role("admin").permission("org:invoices:read")).sign();
//! let claims = verifier.verify(&token).await.unwrap();
//! assert_eq!(claims.sub, "user_1");
//! assert_eq!(claims.organization.unwrap().permissions, ["org:invoices:read"]);
//! # }
//! ```
//!
//! Never enable this feature in production builds: anything signed with a [`TestKey`] is
//! accepted by the verifiers it makes.

use std::sync::OnceLock;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::{EncodePublicKey, LineEnding};
use rsa::traits::PublicKeyParts;
use serde_json::{json, Map, Value};

use crate::{KeySource, SessionStatus, Verifier, VerifierBuilder};

/// The issuer of test tokens (a Frontend API URL; no request goes to it).
pub const TEST_ISSUER: &str = "https://clerk.test.example";

/// An RSA signing key made for tests, with its key id.
#[derive(Clone)]
pub struct TestKey {
    kid: String,
    encoding: EncodingKey,
    jwk: Value,
    public_pem: String,
}

impl std::fmt::Debug for TestKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestKey").field("kid", &self.kid).finish_non_exhaustive()
    }
}

impl TestKey {
    /// A new 2048-bit key (takes a moment, more in debug builds: prefer [`TestKey::shared`]).
    pub fn generate(kid: &str) -> TestKey {
        // A key-generation failure is a broken random source: nothing a test could go on with.
        let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("generating an RSA test key");
        let pem = private.to_pkcs1_pem(LineEnding::LF).expect("encoding the RSA test key");
        let public = private.to_public_key();
        let b64 = |bytes: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        TestKey {
            kid: kid.to_owned(),
            encoding: EncodingKey::from_rsa_pem(pem.as_bytes()).expect("reading back the RSA test key"),
            jwk: json!({"kid": kid, "alg": "RS256", "use": "sig", "kty": "RSA", "n": b64(public.n().to_bytes_be()), "e": b64(public.e().to_bytes_be())}),
            public_pem: public.to_public_key_pem(LineEnding::LF).expect("encoding the RSA test public key"),
        }
    }

    /// One key per process, `ins_test_key` (generated on first use).
    pub fn shared() -> TestKey {
        static KEY: OnceLock<TestKey> = OnceLock::new();
        KEY.get_or_init(|| TestKey::generate("ins_test_key")).clone()
    }

    pub fn kid(&self) -> &str {
        &self.kid
    }

    /// The public key as a JWK (`kid`, `alg: RS256`, `n`, `e`).
    pub fn jwk(&self) -> &Value {
        &self.jwk
    }

    /// `{"keys": [jwk]}`, as Clerk's `/.well-known/jwks.json` and Backend API `GET /jwks` answer.
    pub fn jwks(&self) -> Value {
        json!({"keys": [self.jwk]})
    }

    /// The public key in PEM, as Clerk's dashboard shows the "JWT public key".
    pub fn public_pem(&self) -> &str {
        &self.public_pem
    }

    /// Serves this key's JWKS on 127.0.0.1 (a free port) until the returned server is dropped,
    /// so a test can verify through [`KeySource::frontend_api`] with the `kid` lookup and caching
    /// production uses, instead of [`TestKey::key_source`]'s fixed key.
    pub async fn serve_jwks(&self) -> std::io::Result<JwksServer> {
        JwksServer::start(self.jwks()).await
    }

    /// A key source trusting this key alone (no network).
    pub fn key_source(&self) -> KeySource {
        // The PEM was written by this key: reading it back cannot fail.
        KeySource::pem(&self.public_pem).expect("the test key's own PEM")
    }

    /// A verifier builder trusting this key, expecting [`TEST_ISSUER`].
    pub fn verifier_builder(&self) -> VerifierBuilder {
        Verifier::builder(self.key_source()).issuer(TEST_ISSUER)
    }

    /// A verifier trusting this key, expecting [`TEST_ISSUER`].
    pub fn verifier(&self) -> Verifier {
        self.verifier_builder().build()
    }

    /// A session token to fill in: by default a version 2 token of `user_test` and session
    /// `sess_test`, active, issued now by [`TEST_ISSUER`] and valid for 60 s.
    pub fn token(&self) -> TokenBuilder {
        TokenBuilder::new(self.clone())
    }

    /// `claims` signed as they are (RS256, this key's `kid`): for tokens no builder would make.
    pub fn sign_claims(&self, claims: &Value) -> String {
        self.sign_with_kid(&self.kid, claims)
    }

    /// Signed with this key while the header names `kid` (a rotated or unknown key id).
    pub fn sign_with_kid(&self, kid: &str, claims: &Value) -> String {
        let mut header = Header::new(Algorithm::RS256);
        header.kid = Some(kid.to_owned());
        // Serialising a JSON value and signing with a valid RSA key cannot fail.
        jsonwebtoken::encode(&header, claims, &self.encoding).expect("signing a test token")
    }

    /// `claims` signed under a header of your own: `alg` RS256 and this key's `kid` are added
    /// to `extra` (e.g. `{"typ": "at+jwt"}` or a `cat` category).
    pub fn sign_with_header(&self, extra: &Value, claims: &Value) -> String {
        let mut header = json!({"alg": "RS256", "kid": self.kid});
        if let (Some(header), Some(extra)) = (header.as_object_mut(), extra.as_object()) {
            header.extend(extra.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
        let message = format!("{}.{}", b64(&header), b64(claims));
        // Signing with a valid RSA key cannot fail.
        let signature = jsonwebtoken::crypto::sign(message.as_bytes(), &self.encoding, Algorithm::RS256).expect("signing a test token");
        format!("{message}.{signature}")
    }

    /// An M2M token in its JWT form, as Clerk mints it for machine `machine_id` (`mch_…`)
    /// allowed to call the machines `scopes`: valid for 60 s, with the M2M header category.
    /// A [`crate::MachineVerifier`] whose keys are this key's ([`crate::machine::MachineVerifierBuilder::keys`]
    /// with [`TestKey::verifier`]) accepts it with no network.
    pub fn m2m_jwt(&self, machine_id: &str, scopes: &[&str]) -> String {
        let now = unix_now();
        self.sign_with_header(
            &json!({"typ": "JWT", "cat": crate::machine::M2M_JWT_CATEGORY}),
            &json!({"sub": machine_id, "aud": scopes, "jti": "mt_test", "iss": TEST_ISSUER, "iat": now, "nbf": now, "exp": now + 60}),
        )
    }

    /// An OAuth access token in its JWT form (`typ: at+jwt`): granted by `user_id` to the
    /// OAuth application `client_id`, with `scopes`, valid for 60 s.
    pub fn oauth_jwt(&self, user_id: &str, client_id: &str, scopes: &[&str]) -> String {
        let now = unix_now();
        self.sign_with_header(
            &json!({"typ": "at+jwt"}),
            &json!({"sub": user_id, "client_id": client_id, "scope": scopes.join(" "), "jti": "oat_test", "iss": TEST_ISSUER, "iat": now, "nbf": now, "exp": now + 60}),
        )
    }
}

/// A testing token of the instance `backend` is a client of (`POST /testing_tokens`, with the
/// secret key): Frontend API requests that carry it (`__clerk_testing_token`; clerk-session's
/// `ClerkBuilder::testing_token`) pass a development instance's bot protection in automated
/// tests. It lasts about an hour.
pub async fn testing_token(backend: &clerk_backend_api::Client) -> Result<String, sdkgen_runtime::Error<Value>> {
    Ok(backend.testing_tokens().create().send().await?.token)
}

fn unix_now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// Which organization claims a token carries, in which format.
#[derive(Clone, Debug, Default)]
pub struct Organization {
    id: String,
    role: Option<String>,
    slug: Option<String>,
    permissions: Vec<String>,
}

impl Organization {
    pub fn new(id: impl Into<String>) -> Self {
        Organization { id: id.into(), ..Organization::default() }
    }

    /// The member's role: `admin` (version 2 sends it without the `org:` prefix; version 1
    /// tokens get `org:admin`).
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = Some(role.into());
        self
    }

    pub fn slug(mut self, slug: impl Into<String>) -> Self {
        self.slug = Some(slug.into());
        self
    }

    /// A permission in Clerk's `org:<feature>:<permission>` form, e.g. `org:invoices:read`.
    pub fn permission(mut self, permission: impl Into<String>) -> Self {
        self.permissions.push(permission.into());
        self
    }
}

/// A session token being filled in; [`sign`](TokenBuilder::sign) makes it.
#[derive(Clone, Debug)]
pub struct TokenBuilder {
    key: TestKey,
    version: u8,
    claims: Map<String, Value>,
    organization: Option<Organization>,
    issued_at: SystemTime,
    lifetime: Duration,
}

impl TokenBuilder {
    fn new(key: TestKey) -> Self {
        let mut claims = Map::new();
        claims.insert("sub".into(), "user_test".into());
        claims.insert("sid".into(), "sess_test".into());
        claims.insert("iss".into(), TEST_ISSUER.into());
        claims.insert("sts".into(), "active".into());
        TokenBuilder { key, version: 2, claims, organization: None, issued_at: SystemTime::now(), lifetime: Duration::from_secs(60) }
    }

    /// The user id (`sub`).
    pub fn user(self, user_id: &str) -> Self {
        self.claim("sub", user_id)
    }

    /// The session id (`sid`).
    pub fn session(self, session_id: &str) -> Self {
        self.claim("sid", session_id)
    }

    pub fn issuer(self, issuer: &str) -> Self {
        self.claim("iss", issuer)
    }

    /// The origin the token was made for (`azp`).
    pub fn authorized_party(self, origin: &str) -> Self {
        self.claim("azp", origin)
    }

    /// The session's status (`sts`): [`SessionStatus::Pending`] for a session with tasks left.
    pub fn status(self, status: SessionStatus) -> Self {
        let text = match status {
            SessionStatus::Active => "active".to_owned(),
            SessionStatus::Pending => "pending".to_owned(),
            SessionStatus::Other(other) => other,
        };
        self.claim("sts", text)
    }

    /// Minutes since the first and the second factor were verified (`fva`); `None` for a
    /// factor never verified (`-1`), as reverification checks read it.
    pub fn factor_verification_age(self, first: Option<u32>, second: Option<u32>) -> Self {
        let minutes = |m: Option<u32>| m.map_or(-1, i64::from);
        self.claim("fva", json!([minutes(first), minutes(second)]))
    }

    /// The active organization, encoded in this token's version.
    pub fn organization(mut self, organization: Organization) -> Self {
        self.organization = Some(organization);
        self
    }

    /// A version 1 token: no `v` claim, organization as `org_id`, `org_role`, `org_slug` and
    /// `org_permissions` (instances on API versions before 2025-04-10).
    pub fn version_1(mut self) -> Self {
        self.version = 1;
        self
    }

    /// Issued at `at` (also `nbf`), e.g. in the past to make an expired token.
    pub fn issued_at(mut self, at: SystemTime) -> Self {
        self.issued_at = at;
        self
    }

    /// Valid for `lifetime` from its issue (default 60 s).
    pub fn lifetime(mut self, lifetime: Duration) -> Self {
        self.lifetime = lifetime;
        self
    }

    /// Any claim: a custom session claim, or a registered one set to something odd.
    pub fn claim(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.claims.insert(name.to_owned(), value.into());
        self
    }

    /// The claims the token will carry.
    pub fn claims(&self) -> Value {
        let mut claims = self.claims.clone();
        let issued = self.issued_at.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
        claims.entry("iat").or_insert(issued.into());
        claims.entry("nbf").or_insert(issued.into());
        claims.entry("exp").or_insert((issued + self.lifetime.as_secs()).into());
        if self.version == 2 {
            claims.entry("v").or_insert(2.into());
        }
        if let Some(organization) = &self.organization {
            match self.version {
                1 => organization_v1(organization, &mut claims),
                _ => organization_v2(organization, &mut claims),
            }
        }
        Value::Object(claims)
    }

    /// The signed token (RS256 with the key's `kid`).
    pub fn sign(&self) -> String {
        self.key.sign_claims(&self.claims())
    }
}

fn organization_v1(o: &Organization, claims: &mut Map<String, Value>) {
    claims.insert("org_id".into(), o.id.clone().into());
    if let Some(role) = &o.role {
        let role = if role.starts_with("org:") { role.clone() } else { format!("org:{role}") };
        claims.insert("org_role".into(), role.into());
    }
    if let Some(slug) = &o.slug {
        claims.insert("org_slug".into(), slug.clone().into());
    }
    claims.insert("org_permissions".into(), o.permissions.clone().into());
}

/// Version 2: `o: {id, rol, slg, per, fpm}` and `fea`: the permission names in `per`, the
/// features in `fea` (`o:<feature>`), and per feature a bit mask over `per` in `fpm`.
fn organization_v2(o: &Organization, claims: &mut Map<String, Value>) {
    let mut features: Vec<&str> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let parsed: Vec<(&str, &str)> = o.permissions.iter().filter_map(|p| p.strip_prefix("org:")?.split_once(':')).collect();
    for (feature, name) in &parsed {
        if !features.contains(feature) {
            features.push(feature);
        }
        if !names.contains(name) {
            names.push(name);
        }
    }
    let masks: Vec<String> = features
        .iter()
        .map(|feature| {
            let mask: u64 = parsed.iter().filter(|(f, _)| f == feature).filter_map(|(_, n)| names.iter().position(|x| x == n)).map(|bit| 1u64 << bit).sum();
            mask.to_string()
        })
        .collect();
    let mut org = Map::new();
    org.insert("id".into(), o.id.clone().into());
    if let Some(role) = &o.role {
        org.insert("rol".into(), role.trim_start_matches("org:").into());
    }
    if let Some(slug) = &o.slug {
        org.insert("slg".into(), slug.clone().into());
    }
    org.insert("per".into(), names.join(",").into());
    org.insert("fpm".into(), masks.join(",").into());
    claims.insert("o".into(), Value::Object(org));
    let fea: Vec<String> = features.iter().map(|f| format!("o:{f}")).collect();
    claims.insert("fea".into(), fea.join(",").into());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn minted_tokens_verify_with_the_claims_chosen() {
        let key = TestKey::shared();
        let verifier = key.verifier();
        let organization = Organization::new("org_1").role("admin").slug("acme").permission("org:invoices:read").permission("org:invoices:manage").permission("org:reports:read");
        for version_1 in [false, true] {
            let mut token = key.token().user("user_7").session("sess_7").organization(organization.clone()).factor_verification_age(Some(3), None).claim("plan", "pro");
            if version_1 {
                token = token.version_1();
            }
            let claims = verifier.verify(&token.sign()).await.expect("a minted token verifies");
            assert_eq!((claims.sub.as_str(), claims.sid.as_deref()), ("user_7", Some("sess_7")));
            assert_eq!(claims.version, if version_1 { None } else { Some(2) });
            let org = claims.organization.expect("organization claims");
            assert_eq!((org.id.as_str(), org.slug.as_deref()), ("org_1", Some("acme")));
            assert_eq!(org.role.as_deref(), Some(if version_1 { "org:admin" } else { "admin" }));
            let mut permissions = org.permissions.clone();
            permissions.sort();
            assert_eq!(permissions, ["org:invoices:manage", "org:invoices:read", "org:reports:read"]);
            assert_eq!(claims.factor_verification_age, Some(crate::FactorAge { first: Some(3), second: None }));
            assert_eq!(claims.custom["plan"], "pro");
        }
    }

    #[tokio::test]
    async fn pending_expired_and_foreign_tokens_are_told_apart() {
        let key = TestKey::shared();
        let verifier = key.verifier();
        let pending = verifier.verify(&key.token().status(SessionStatus::Pending).sign()).await.expect("verifies");
        assert_eq!(pending.session_status, Some(SessionStatus::Pending));
        let expired = key.token().issued_at(SystemTime::now() - Duration::from_secs(3600)).sign();
        assert!(matches!(verifier.verify(&expired).await, Err(crate::VerifyError::Expired)), "expired");
        let other_issuer = key.token().issuer("https://clerk.other.example").sign();
        assert!(verifier.verify(&other_issuer).await.is_err(), "another issuer");
        let jwks = key.jwks();
        assert_eq!(jwks["keys"][0]["kid"], "ins_test_key");
    }
}

/// A JWKS served on 127.0.0.1 ([`TestKey::serve_jwks`]): every `GET` (`/.well-known/jwks.json`,
/// `/v1/jwks`) answers the keys. Stops when dropped.
#[derive(Debug)]
pub struct JwksServer {
    addr: std::net::SocketAddr,
    requests: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl JwksServer {
    async fn start(jwks: Value) -> std::io::Result<JwksServer> {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let body = jwks.to_string();
        let requests = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = requests.clone();
        let task = tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let (body, counter) = (body.clone(), counter.clone());
                tokio::spawn(async move {
                    // One request per connection: read its head, answer, close.
                    let mut head = Vec::new();
                    let mut buf = [0u8; 1024];
                    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buf).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => head.extend_from_slice(&buf[..n]),
                        }
                    }
                    counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let answer = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}", body.len());
                    let _ = socket.write_all(answer.as_bytes()).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        Ok(JwksServer { addr, requests, task })
    }

    /// The Frontend API URL to give [`KeySource::frontend_api`] (`http://127.0.0.1:<port>`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// How many requests the server answered (a cached key source fetches once).
    pub fn requests(&self) -> usize {
        self.requests.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for JwksServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
