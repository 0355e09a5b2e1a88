//! What a regeneration changes for a crate's users: the API surfaces before and after
//! ([`Surface`], kept beside each crate in [`MANIFEST_FILE`]), every change classified under
//! Rust's semver rules ([`diff`]), a verdict, the next crate version and a changelog section.

mod diff;
mod surface;

use std::fmt::Write;

pub use diff::{diff, Change, Impact};
pub use surface::{OperationSurface, SchemeSurface, Surface, TypeKindSurface, TypeSurface};

use crate::error::GenError;

/// The file beside each generated crate that records the surface it was generated with.
pub const MANIFEST_FILE: &str = "api-surface.json";
/// The crate's changelog, one section per regeneration that changed its API.
pub const CHANGELOG_FILE: &str = "CHANGELOG.md";

/// The semver verdict of a set of changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verdict {
    Major,
    Minor,
    Patch,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Major => "major",
            Verdict::Minor => "minor",
            Verdict::Patch => "patch",
        }
    }
}

/// The classified changes between two surfaces.
#[derive(Debug, Clone)]
pub struct Report {
    pub changes: Vec<Change>,
}

impl Report {
    pub fn new(old: &Surface, new: &Surface) -> Report {
        Report { changes: diff(old, new) }
    }

    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// `major` when anything breaks, `minor` when something was added, else `patch`.
    pub fn verdict(&self) -> Verdict {
        let worst = self.changes.iter().map(|c| c.impact).min();
        match worst {
            Some(Impact::Breaking) => Verdict::Major,
            Some(Impact::Addition) => Verdict::Minor,
            _ => Verdict::Patch,
        }
    }

    pub fn count(&self, impact: Impact) -> usize {
        self.changes.iter().filter(|c| c.impact == impact).count()
    }

    /// The report printed by `generate` and `diff`: one line per change, `breaking` or
    /// `compatible` first, then the verdict line.
    pub fn render(&self, title: &str) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{title}: {} changes ({} breaking, {} compatible)",
            self.changes.len(),
            self.count(Impact::Breaking),
            self.changes.len() - self.count(Impact::Breaking)
        );
        for change in &self.changes {
            let _ = writeln!(out, "  {}", line(change));
        }
        let _ = writeln!(out, "verdict: {}", self.verdict().as_str());
        out
    }

    /// A `CHANGELOG.md` section for the release `version`.
    pub fn changelog_section(&self, version: &str, spec: &str, api_version: &str) -> String {
        let mut out = format!("## {version}\n\nGenerated from `{spec}`, API version `{api_version}`. Verdict: **{}**", self.verdict().as_str());
        let breaking = self.count(Impact::Breaking);
        let _ = writeln!(out, " ({breaking} breaking, {} compatible).\n", self.changes.len() - breaking);
        for change in &self.changes {
            let _ = writeln!(out, "- {}", line(change));
        }
        out
    }
}

fn line(change: &Change) -> String {
    let kind = if change.impact == Impact::Breaking { "breaking  " } else { "compatible" };
    match &change.why {
        Some(why) => format!("{kind} {} ({why})", change.what),
        None => format!("{kind} {}", change.what),
    }
}

/// The version after `version` for a change of this verdict. While at `0.x`, a breaking change
/// bumps the minor number and anything else the patch number (Cargo's rule for 0.x crates).
pub fn bump(version: &str, verdict: Verdict) -> Result<String, String> {
    let parts: Vec<u64> = version.split('.').map(str::parse).collect::<Result<_, _>>().map_err(|_| format!("crate version {version:?} is not MAJOR.MINOR.PATCH"))?;
    let [major, minor, patch] = parts[..] else { return Err(format!("crate version {version:?} is not MAJOR.MINOR.PATCH")) };
    Ok(match (major, verdict) {
        (0, Verdict::Major) => format!("0.{}.0", minor + 1),
        (0, _) => format!("0.{minor}.{}", patch + 1),
        (_, Verdict::Major) => format!("{}.0.0", major + 1),
        (_, Verdict::Minor) => format!("{major}.{}.0", minor + 1),
        (_, Verdict::Patch) => format!("{major}.{minor}.{}", patch + 1),
    })
}

/// What is recorded beside a crate: its version and the surface it was generated with.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Manifest {
    pub crate_version: String,
    pub surface: Surface,
}

impl Manifest {
    /// JSON with one operation or type per line: small diffs when the API changes.
    pub fn to_text(&self) -> String {
        let mut out = String::from("{\n");
        let _ = writeln!(out, "  \"crate_version\": {},", json(&self.crate_version));
        out.push_str("  \"surface\": {\n");
        let _ = writeln!(out, "    \"api_version\": {},", json(&self.surface.api_version));
        let lists: [(&str, Vec<String>); 3] = [
            ("schemes", self.surface.schemes.iter().map(compact).collect()),
            ("operations", self.surface.operations.iter().map(compact).collect()),
            ("types", self.surface.types.iter().map(compact).collect()),
        ];
        for (i, (name, items)) in lists.iter().enumerate() {
            let _ = write!(out, "    {}: [", json(name));
            if !items.is_empty() {
                out.push('\n');
                out.push_str(&items.iter().map(|s| format!("      {s}")).collect::<Vec<_>>().join(",\n"));
                out.push_str("\n    ");
            }
            out.push(']');
            out.push_str(if i + 1 < lists.len() { ",\n" } else { "\n" });
        }
        out.push_str("  }\n}\n");
        out
    }

    /// Reads a manifest written by [`Manifest::to_text`]; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Manifest, GenError> {
        serde_json::from_str(text).map_err(|e| GenError::new(file, "#", format!("not a manifest of this generator: {e}")))
    }
}

fn json(s: &str) -> String {
    serde_json::Value::String(s.to_owned()).to_string()
}

/// One line of compact JSON (these types always serialise).
fn compact<T: serde::Serialize>(item: &T) -> String {
    serde_json::to_string(item).unwrap_or_default()
}

/// What a generation writes beside the crate's code, and what it tells the user.
#[derive(Debug, Clone)]
pub struct Release {
    /// The crate version to write into `Cargo.toml`.
    pub crate_version: String,
    /// The new [`MANIFEST_FILE`] and [`CHANGELOG_FILE`].
    pub manifest: String,
    pub changelog: String,
    /// The changes since the previous generation; `None` for the first one, and empty when the
    /// API did not change.
    pub report: Option<Report>,
}

/// The release a generation of `api` makes, given what was generated before: the previous
/// manifest and changelog, as read from the crate's directory (`None` when absent). The same
/// API generated twice yields the same files: no new section, no new version.
pub fn release(
    package: &str,
    spec: &str,
    api: &crate::ir::Api,
    previous_manifest: Option<(&str, &str)>,
    previous_changelog: Option<&str>,
    initial_version: &str,
) -> Result<Release, GenError> {
    let surface = Surface::of(api);
    let previous = previous_manifest.map(|(file, text)| Manifest::parse(file, text)).transpose()?;
    let (crate_version, report) = match &previous {
        None => (initial_version.to_owned(), None),
        Some(previous) => {
            let report = Report::new(&previous.surface, &surface);
            let version = if report.is_empty() {
                previous.crate_version.clone()
            } else {
                bump(&previous.crate_version, report.verdict()).map_err(|e| GenError::new(MANIFEST_FILE, "#/crate_version", e))?
            };
            (version, Some(report))
        }
    };
    let section = match &report {
        None => Some(format!("## {crate_version}\n\nFirst generation, from `{spec}`, API version `{}`.\n", api.api_version)),
        Some(report) if report.is_empty() => None,
        Some(report) => Some(report.changelog_section(&crate_version, spec, &api.api_version)),
    };
    let changelog = match (previous_changelog, section) {
        (Some(existing), None) if previous.is_some() => existing.to_owned(),
        (existing, section) => add_section(package, existing, section.as_deref().unwrap_or_default()),
    };
    let manifest = Manifest { crate_version: crate_version.clone(), surface }.to_text();
    Ok(Release { crate_version, manifest, changelog, report })
}

/// The changelog with `section` first under its header (a new header when there is none).
fn add_section(package: &str, existing: Option<&str>, section: &str) -> String {
    let header = format!(
        "# Changelog of {package}\n\nWritten by the generator: each regeneration that changes the crate's API adds a section, newest\nfirst, with every change classified under Rust's semver rules and the version it bumped.\n\n"
    );
    let sections = existing.and_then(|text| text.find("\n## ").map(|i| &text[i + 1..])).unwrap_or_default();
    if section.is_empty() {
        return format!("{header}{sections}");
    }
    if sections.is_empty() {
        format!("{header}{section}")
    } else {
        format!("{header}{section}\n{sections}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_bump_by_verdict_and_zero_x_rules() {
        assert_eq!(bump("0.1.0", Verdict::Major).as_deref(), Ok("0.2.0"));
        assert_eq!(bump("0.2.3", Verdict::Minor).as_deref(), Ok("0.2.4"));
        assert_eq!(bump("0.2.3", Verdict::Patch).as_deref(), Ok("0.2.4"));
        assert_eq!(bump("1.2.3", Verdict::Major).as_deref(), Ok("2.0.0"));
        assert_eq!(bump("1.2.3", Verdict::Minor).as_deref(), Ok("1.3.0"));
        assert_eq!(bump("1.2.3", Verdict::Patch).as_deref(), Ok("1.2.4"));
        assert!(bump("1.2", Verdict::Patch).is_err());
    }

    #[test]
    fn sections_go_first_under_the_header() {
        let first = add_section("p", None, "## 0.1.0\n\nFirst.\n");
        let second = add_section("p", Some(&first), "## 0.2.0\n\nSecond.\n");
        let at = |s: &str| second.find(s).unwrap_or(usize::MAX);
        assert!(second.starts_with("# Changelog of p\n"));
        assert!(at("## 0.2.0") < at("## 0.1.0") && at("## 0.1.0") < usize::MAX, "{second}");
        assert_eq!(second.matches("# Changelog").count(), 1);
    }
}
