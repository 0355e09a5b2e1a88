//! Signs in with a password and prints a fresh session token every minute until stopped.
//!
//! ```sh
//! CLERK_PUBLISHABLE_KEY=pk_test_... CLERK_IDENTIFIER=jane@example.com CLERK_PASSWORD=... \
//!     cargo run -p clerk-session --example sign_in
//! ```
//!
//! `CLERK_FRONTEND_API` (a URL) may replace the publishable key. With `CLERK_TOKEN_FILE`, the
//! client token is kept in that file (owner-only), so the next run is still signed in. A second
//! factor (TOTP or backup code) is read from standard input when the account asks for one.

use std::time::Duration;

use clerk_session::clerk_frontend_api::types::ClientSignInStatus;
use clerk_session::{Clerk, FileStore, FrontendApi, SecondFactor};

fn env(name: &str) -> Result<String, Box<dyn std::error::Error>> {
    std::env::var(name).map_err(|_| format!("set {name}").into())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let frontend_api = match std::env::var("CLERK_FRONTEND_API") {
        Ok(url) => FrontendApi::from_url(url),
        Err(_) => FrontendApi::from_publishable_key(&env("CLERK_PUBLISHABLE_KEY")?)?,
    };
    let mut builder = Clerk::builder(frontend_api);
    if let Ok(path) = std::env::var("CLERK_TOKEN_FILE") {
        builder = builder.store(FileStore::new(path));
    }
    let clerk = builder.connect().await?;

    if !clerk.state().is_signed_in() {
        let step = clerk.sign_in_with_password(&env("CLERK_IDENTIFIER")?, &env("CLERK_PASSWORD")?).await?;
        if step.status() == &ClientSignInStatus::NeedsSecondFactor {
            eprint!("second factor code (authenticator app): ");
            let mut code = String::new();
            std::io::stdin().read_line(&mut code)?;
            clerk.attempt_second_factor(step.id(), SecondFactor::Totp, code.trim()).await?;
        } else if !step.is_complete() {
            return Err(format!("sign-in stopped at {}", step.status()).into());
        }
    }
    let state = clerk.state();
    let user = state.user().map(|u| u.id.as_str()).unwrap_or("?");
    eprintln!("signed in as {user}; printing a session token every minute (Ctrl-C stops)");

    let mut every_minute = tokio::time::interval(Duration::from_secs(60));
    loop {
        tokio::select! {
            _ = every_minute.tick() => {
                let token = clerk.get_token().await?;
                println!("{}", token.as_str());
            }
            _ = tokio::signal::ctrl_c() => break,
        }
    }
    Ok(())
}
