//! Row 6 of BENCHMARKS.md: cached session-token verifications per second with
//! `clerk-backend-auth` (keys fetched once from a local JWKS, then from the cache), next to
//! `jsonwebtoken::decode` alone with the same key and claims type: the floor. Prints
//! `verify_per_s floor_per_s` (medians over alternating rounds).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine;
use clerk_backend_auth::{KeySource, Verifier};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use sdkgen_bench::{median, serve_json};
use serde_json::{json, Map, Value};

const ROUNDS: usize = 15;
const PER_ROUND: usize = 2000;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let private = rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048)?;
    let public = private.to_public_key();
    let b64 = |bytes: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let (n, e) = (b64(public.n().to_bytes_be()), b64(public.e().to_bytes_be()));
    let jwks = json!({"keys": [{"kid": "ins_bench", "alg": "RS256", "use": "sig", "kty": "RSA", "n": n, "e": e}]});
    let addr = serve_json(Box::leak(jwks.to_string().into_bytes().into_boxed_slice()))?;

    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    let claims = json!({"sub": "user_1", "sid": "sess_1", "iss": "https://clerk.example.com", "azp": "https://app.example.com",
        "iat": now, "nbf": now, "exp": now + 3600, "sts": "active", "v": 2});
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some("ins_bench".into());
    let token = jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_der(private.to_pkcs1_der()?.as_bytes()))?;

    let floor_key = DecodingKey::from_rsa_components(&n, &e)?;
    let floor_validation = Validation::new(Algorithm::RS256);
    let verifier = Verifier::builder(KeySource::frontend_api(format!("http://{addr}")))
        .issuer("https://clerk.example.com")
        .authorized_parties(["https://app.example.com"])
        .build();

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        verifier.verify(&token).await?; // fetches the keys once
        let (mut ours, mut floor) = (Vec::new(), Vec::new());
        // Alternating rounds, so that noise on this shared machine hits both alike.
        for _ in 0..ROUNDS {
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                std::hint::black_box(verifier.verify(std::hint::black_box(&token)).await?);
            }
            ours.push(start.elapsed());
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                std::hint::black_box(jsonwebtoken::decode::<Map<String, Value>>(std::hint::black_box(&token), &floor_key, &floor_validation)?);
            }
            floor.push(start.elapsed());
        }
        assert_eq!(verifier.jwks_fetches(), 1, "every verification after the first used the cache");
        let per_s = |d: Duration| PER_ROUND as f64 / d.as_secs_f64();
        println!("{:.0} {:.0}", per_s(median(&mut ours)), per_s(median(&mut floor)));
        Ok::<(), Box<dyn std::error::Error>>(())
    })
}
