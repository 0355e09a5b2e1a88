//! Signs in with a social provider (or enterprise SSO) in the system browser, as a CLI does,
//! and prints who is signed in.
//!
//! ```sh
//! CLERK_PUBLISHABLE_KEY=pk_test_... CLERK_OAUTH_PROVIDER=google \
//!     cargo run -p clerk-session --example oauth_sign_in
//! ```
//!
//! `CLERK_SSO_EMAIL=jane@acme.com` uses the enterprise SSO connection of that address's domain
//! instead. The browser comes back to `http://127.0.0.1:<port>/oauth-callback`: add
//! `http://127.0.0.1` to the instance's allowed redirect URLs first. `CLERK_TOKEN_FILE` keeps
//! the session for the next run.

use std::time::Duration;

use clerk_session::browser::BrowserSignIn;
use clerk_session::{Clerk, FileStore, FrontendApi, OAuthOutcome, OAuthStrategy};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let frontend_api = match std::env::var("CLERK_FRONTEND_API") {
        Ok(url) => FrontendApi::from_url(url),
        Err(_) => FrontendApi::from_publishable_key(&std::env::var("CLERK_PUBLISHABLE_KEY").map_err(|_| "set CLERK_PUBLISHABLE_KEY")?)?,
    };
    let mut builder = Clerk::builder(frontend_api);
    if let Ok(path) = std::env::var("CLERK_TOKEN_FILE") {
        builder = builder.store(FileStore::new(path));
    }
    let clerk = builder.connect().await?;
    if !clerk.state().is_signed_in() {
        let strategy = match std::env::var("CLERK_SSO_EMAIL") {
            Ok(email) => OAuthStrategy::enterprise_sso(email),
            Err(_) => OAuthStrategy::provider(std::env::var("CLERK_OAUTH_PROVIDER").unwrap_or_else(|_| "google".into())),
        };
        let sign_in = BrowserSignIn::new(strategy).timeout(Duration::from_secs(300)).opener(|url| {
            eprintln!("Opening your browser; if it does not open, visit:\n  {url}");
            open::that(url)
        });
        match sign_in.run(&clerk).await? {
            OAuthOutcome::SignedIn(_) => eprintln!("Signed in."),
            OAuthOutcome::SignedUp(step) if step.is_complete() => eprintln!("Signed up."),
            other => return Err(format!("the sign-in needs more steps: {other:?}").into()),
        }
    }
    if let Some(user) = clerk.state().user() {
        println!("{}", user.id);
    }
    println!("Authorization: Bearer {}", clerk.get_token().await?.as_str());
    Ok(())
}
