//! Row 5 of BENCHMARKS.md: per-request overhead of a generated call against a local server,
//! next to the same request made with plain `reqwest` (same body, same decoding into the
//! same type), in one process. Prints `generated_rps plain_rps` (medians over rounds).

use std::time::{Duration, Instant};

use clerk_backend_api::types::AllowlistIdentifier;
use sdkgen_bench::{median, serve_json};
use sdkgen_runtime::reqwest;

const BODY: &[u8] = br#"[{"object":"allowlist_identifier","id":"alid_1","identifier":"a@example.com","identifier_type":"email_address","instance_id":"ins_1","created_at":1762189394000,"updated_at":1762189394000},{"object":"allowlist_identifier","id":"alid_2","identifier":"b@example.com","identifier_type":"email_address","instance_id":"ins_1","created_at":1762189394000,"updated_at":1762189394000}]"#;
const WARMUP: usize = 300;
const ROUNDS: usize = 15;
const PER_ROUND: usize = 400;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = serve_json(BODY)?;
    let base = format!("http://{addr}");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    runtime.block_on(async {
        let generated = clerk_backend_api::Client::builder(base.clone()).bearer_auth("sk_test_bench").build()?;
        let plain = reqwest::Client::new();
        let url = format!("{base}/allowlist_identifiers");

        let generated_call = || async {
            let items = generated.allowlist_identifiers().list().send().await?;
            Ok::<usize, Box<dyn std::error::Error>>(items.len())
        };
        let plain_call = || async {
            let response = plain.get(&url).bearer_auth("sk_test_bench").send().await?.error_for_status()?;
            let bytes = response.bytes().await?;
            let items: Vec<AllowlistIdentifier> = serde_json::from_slice(&bytes)?;
            Ok::<usize, Box<dyn std::error::Error>>(items.len())
        };

        for _ in 0..WARMUP {
            generated_call().await?;
            plain_call().await?;
        }
        let (mut gen_rounds, mut plain_rounds) = (Vec::new(), Vec::new());
        // Alternating rounds, so that noise on this shared machine hits both alike.
        for _ in 0..ROUNDS {
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                assert_eq!(generated_call().await?, 2);
            }
            gen_rounds.push(start.elapsed());
            let start = Instant::now();
            for _ in 0..PER_ROUND {
                assert_eq!(plain_call().await?, 2);
            }
            plain_rounds.push(start.elapsed());
        }
        let rps = |d: Duration| PER_ROUND as f64 / d.as_secs_f64();
        println!("{:.0} {:.0}", rps(median(&mut gen_rounds)), rps(median(&mut plain_rounds)));
        Ok(())
    })
}
