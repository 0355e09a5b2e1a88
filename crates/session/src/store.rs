//! Where the client token lives between runs.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sdkgen_runtime::Secret;

/// Persists the client token (the native client's `Authorization` token, or the dev-browser
/// token), so a restarted program is still signed in, and beside it the last client state the
/// server described, so a program started without network is not signed out (offline start).
/// Calls are quick and synchronous (a keychain, a small file); the session calls `save`
/// whenever the server rotates the token and `save_state` whenever the state changes.
pub trait TokenStore: Send + Sync {
    fn load(&self) -> io::Result<Option<Secret>>;
    fn save(&self, token: &Secret) -> io::Result<()>;
    /// Forgets the token and the state.
    fn clear(&self) -> io::Result<()>;

    /// The last client state saved (JSON), if the store keeps one; by default it keeps none,
    /// and a start without network fails.
    fn load_state(&self) -> io::Result<Option<String>> {
        Ok(None)
    }

    /// Keeps the client state (JSON: the user's profile and sessions, so a secret like the token).
    fn save_state(&self, state: &str) -> io::Result<()> {
        let _ = state;
        Ok(())
    }
}

/// Keeps the token in memory only: the default; signed out when the program ends.
#[derive(Default)]
pub struct MemoryStore {
    token: Mutex<Option<Secret>>,
    state: Mutex<Option<String>>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }
}

impl std::fmt::Debug for MemoryStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MemoryStore").finish_non_exhaustive()
    }
}

impl TokenStore for MemoryStore {
    fn load(&self) -> io::Result<Option<Secret>> {
        Ok(self.token.lock().unwrap_or_else(|p| p.into_inner()).clone())
    }
    fn save(&self, token: &Secret) -> io::Result<()> {
        *self.token.lock().unwrap_or_else(|p| p.into_inner()) = Some(token.clone());
        Ok(())
    }
    fn clear(&self) -> io::Result<()> {
        *self.token.lock().unwrap_or_else(|p| p.into_inner()) = None;
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(())
    }
    fn load_state(&self) -> io::Result<Option<String>> {
        Ok(self.state.lock().unwrap_or_else(|p| p.into_inner()).clone())
    }
    fn save_state(&self, state: &str) -> io::Result<()> {
        *self.state.lock().unwrap_or_else(|p| p.into_inner()) = Some(state.to_owned());
        Ok(())
    }
}

/// Keeps the token in a file readable and writable by its owner only (mode `0600` on Unix),
/// and the client state beside it in `<file>.state.json`, owner-only too. Writes go to a
/// temporary file in the same directory, then replace the old one, so a crash never leaves
/// half a token.
#[derive(Debug, Clone)]
pub struct FileStore {
    path: PathBuf,
}

impl FileStore {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        FileStore { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where the client state is kept: the token file's path with `.state.json` after it.
    pub fn state_path(&self) -> PathBuf {
        let mut name = self.path.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "token".into());
        name.push(".state.json");
        self.path.with_file_name(name)
    }
}

/// Replaces `path` with `bytes`, owner-only, through a temporary file beside it.
fn replace_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("token");
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    write_private(&temp, bytes)?;
    std::fs::rename(&temp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

impl TokenStore for FileStore {
    fn load(&self) -> io::Result<Option<Secret>> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) if text.trim().is_empty() => Ok(None),
            Ok(text) => Ok(Some(Secret::new(text.trim()))),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn save(&self, token: &Secret) -> io::Result<()> {
        replace_private(&self.path, token.expose().as_bytes())
    }

    fn clear(&self) -> io::Result<()> {
        remove_if_present(&self.state_path())?;
        remove_if_present(&self.path)
    }

    fn load_state(&self) -> io::Result<Option<String>> {
        match std::fs::read_to_string(self.state_path()) {
            Ok(text) if text.trim().is_empty() => Ok(None),
            Ok(text) => Ok(Some(text)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn save_state(&self, state: &str) -> io::Result<()> {
        replace_private(&self.state_path(), state.as_bytes())
    }
}

/// Creates (or truncates) `path` with owner-only permissions before writing the secret into it.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    // An existing file keeps its mode through `open`: set it again.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_store_round_trips_with_owner_only_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileStore::new(dir.path().join("nested/clerk-token"));
        assert!(store.load().unwrap().is_none());
        store.save(&Secret::new("tok_1")).unwrap();
        store.save(&Secret::new("tok_2")).unwrap();
        assert_eq!(store.load().unwrap().unwrap().expose(), "tok_2");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.path()).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        // No temporary file is left behind.
        let entries: Vec<_> = std::fs::read_dir(dir.path().join("nested")).unwrap().collect();
        assert_eq!(entries.len(), 1);
        // The state sits beside the token, owner-only too, and goes with it.
        store.save_state(r#"{"object":"client"}"#).unwrap();
        assert_eq!(store.load_state().unwrap().as_deref(), Some(r#"{"object":"client"}"#));
        assert_eq!(store.state_path(), dir.path().join("nested/clerk-token.state.json"));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(store.state_path()).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        store.clear().unwrap();
        assert!(store.load().unwrap().is_none());
        assert!(store.load_state().unwrap().is_none());
        store.clear().unwrap();
    }

    #[test]
    fn memory_store_round_trips() {
        let store = MemoryStore::new();
        store.save(&Secret::new("a")).unwrap();
        assert_eq!(store.load().unwrap().unwrap().expose(), "a");
        assert_eq!(format!("{store:?}"), "MemoryStore { .. }");
        store.clear().unwrap();
        assert!(store.load().unwrap().is_none());
    }
}
