//! `cargo xtask corpus`: the real public specs of `tests/corpus/`, pinned in `corpus.yml`.
//!
//! Every spec generates (twice, byte-identical) and its crate is checked, linted and documented
//! with warnings as errors, all as one cargo workspace. Then the Prism suite calls every
//! operation: of every crate (`cargo xtask corpus`), or of today's part of the corpus
//! (`--prism-sample`, what `cargo xtask test` runs), so CI's time does not grow with the corpus.

use std::path::Path;

use anyhow::{bail, Context, Result};

use crate::{check_workspace, corpus_prism, features, generate_member, root, workspace_env, Standalone};

/// One entry of `tests/corpus/corpus.yml`: a real public spec, pinned.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CorpusEntry {
    /// The crate's package name.
    pub name: String,
    /// The spec's file in `tests/corpus/specs/`.
    pub file: String,
    /// Where it comes from: repository, commit and path in it, and its licence.
    pub repository: String,
    pub commit: String,
    pub path: String,
    pub licence: String,
    /// Why the Prism suite does not pass on this spec yet (the suite still runs and reports;
    /// the run fails if it starts passing, so the entry is removed).
    #[serde(default)]
    pub prism_pending: Option<String>,
    /// Operations Prism cannot serve, by operation id, with the reason (an event stream, a
    /// route Prism mistakes for another): still called, their findings listed apart. The rest
    /// of the spec must pass; an entry whose operation passes fails the run.
    #[serde(default)]
    pub prism_unserved: std::collections::BTreeMap<String, String>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Corpus {
    specs: Vec<CorpusEntry>,
}

/// The entries of `tests/corpus/corpus.yml`.
pub(crate) fn read_corpus(root: &Path) -> Result<Vec<CorpusEntry>> {
    let text = std::fs::read_to_string(root.join("tests/corpus/corpus.yml")).context("reading tests/corpus/corpus.yml")?;
    let corpus: Corpus = serde_yaml::from_str(&text).context("tests/corpus/corpus.yml")?;
    Ok(corpus.specs)
}

/// Which crates the Prism suite calls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrismScope {
    /// Every crate.
    All,
    /// Today's part of the corpus ([`parts`]): the parts take turns by the UTC day.
    Sample,
}

/// The operations one part of the Prism rotation holds at most (a spec larger than that is a part
/// of its own). About four minutes of CI: building the harness over the part's crates, then
/// Prism's requests.
const PART_OPERATIONS: usize = 900;

/// `cargo xtask corpus [NAME...] [--prism-sample]`.
pub(crate) fn run(names: &[String], scope: PrismScope) -> Result<bool> {
    let root = root();
    let mut specs = read_corpus(&root)?;
    if let Some(unknown) = names.iter().find(|n| !specs.iter().any(|s| &s.name == *n)) {
        bail!("no spec named {unknown:?} in tests/corpus/corpus.yml");
    }
    if !names.is_empty() {
        specs.retain(|s| names.contains(&s.name));
    }
    let base = root.join("target/corpus-crates");
    let mut operations = 0;
    let mut generated = Vec::new();
    for entry in &specs {
        if entry.repository.is_empty() || entry.commit.len() != 40 || entry.path.is_empty() || entry.licence.is_empty() {
            bail!("{}: every corpus spec needs its repository, 40-digit commit, path and licence", entry.name);
        }
        let crate_ = generate_member(&root, &root.join("tests/corpus/specs").join(&entry.file), &entry.name, &base)?;
        operations += crate_.operations;
        generated.push(crate_);
    }
    let n = specs.len();
    let called = match scope {
        PrismScope::All => generated.iter().collect::<Vec<_>>(),
        PrismScope::Sample => {
            let sizes: Vec<usize> = generated.iter().map(|c| c.operations).collect();
            let parts = parts(&sizes, PART_OPERATIONS);
            let today = unix_day();
            let index = today % parts.len().max(1);
            let part: Vec<&Standalone> = parts.get(index).cloned().unwrap_or_default().map(|i| &generated[i]).collect();
            let names: Vec<&str> = part.iter().map(|c| c.package.as_str()).collect();
            println!(
                "corpus: Prism runs on part {} of {} today (UTC day {today}; the parts take turns daily, `cargo xtask corpus` runs all): {}",
                index + 1,
                parts.len(),
                names.join(", ")
            );
            part
        }
    };
    let unserved = specs.iter().map(|s| (s.name.clone(), s.prism_unserved.clone())).collect();
    corpus_prism::write_harness(&root, &base.join(corpus_prism::HARNESS), &called, &unserved)?;
    let mut members: Vec<String> = generated.iter().map(|c| c.package.clone()).collect();
    members.push(corpus_prism::HARNESS.to_owned());
    // Today's part is linted and documented as well; the others are type-checked (all of them
    // with `cargo xtask corpus`).
    let check_only: Vec<&str> = match scope {
        PrismScope::All => Vec::new(),
        PrismScope::Sample => generated.iter().filter(|c| !called.iter().any(|p| p.package == c.package)).map(|c| c.package.as_str()).collect(),
    };
    check_workspace(&root, &base, &members, &[corpus_prism::HARNESS], &check_only)?;
    println!(
        "corpus: {n}/{n} specs generate deterministically and type-check clean; {} of them lint and document clean; {operations} operations",
        n - check_only.len()
    );
    check_sample_features(&root, &base, &called)?;
    let passed = corpus_prism::run(&root, &base, &called)?;
    let mut ok = true;
    let mut pending = 0;
    for entry in specs.iter().filter(|e| called.iter().any(|c| c.package == e.name)) {
        match (&entry.prism_pending, passed.contains(&entry.name)) {
            (None, false) => ok = false,
            (Some(reason), false) => {
                pending += 1;
                println!("  {}: Prism suite pending: {reason}", entry.name);
            }
            (Some(_), true) => {
                println!("  {}: passes Prism now: remove its `prism_pending` from tests/corpus/corpus.yml", entry.name);
                ok = false;
            }
            (None, true) => {}
        }
    }
    let called_operations: usize = called.iter().map(|c| c.operations).sum();
    println!(
        "corpus: {n}/{n} specs generate and build clean; Prism: {}/{} called pass ({pending} pending, named above), {called_operations} of {operations} operations called",
        passed.len(),
        called.len()
    );
    Ok(ok)
}

/// The groups of one corpus crate checked alone (and the crate with none), rotating daily.
const SAMPLE_GROUPS: usize = 3;

/// The largest crate of the called part, with no group and with [`SAMPLE_GROUPS`] groups alone
/// (the day's turn): corpus crates have too many groups to check every one in CI.
fn check_sample_features(root: &Path, base: &Path, called: &[&Standalone]) -> Result<()> {
    let Some(largest) = called.iter().max_by_key(|c| c.operations) else { return Ok(()) };
    let manifest = base.join("Cargo.toml");
    let target_dir = base.join("target").display().to_string();
    let env = workspace_env(&target_dir);
    let workspace = features::Workspace { manifest: &manifest, env: &env };
    let groups = features::group_features(root, &workspace, &largest.package)?;
    let sample = features::rotating_sample(&groups, SAMPLE_GROUPS, unix_day());
    println!("corpus: features of {} checked today: none, and {} of its {} groups alone", largest.package, sample.join(", "), groups.len());
    features::check_alone(root, &workspace, &largest.package, &sample)
}

/// Splits crates of `sizes` operations, in order, into consecutive parts of at most `limit`
/// operations each (a crate larger than `limit` is a part alone).
fn parts(sizes: &[usize], limit: usize) -> Vec<std::ops::Range<usize>> {
    let mut parts = Vec::new();
    let (mut start, mut total) = (0, 0);
    for (i, &size) in sizes.iter().enumerate() {
        if i > start && total + size > limit {
            parts.push(start..i);
            (start, total) = (i, 0);
        }
        total += size;
    }
    if start < sizes.len() {
        parts.push(start..sizes.len());
    }
    parts
}

/// Days since 1970-01-01 UTC.
fn unix_day() -> usize {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    usize::try_from(seconds / 86_400).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::parts;

    #[test]
    fn parts_cover_every_crate_once_within_the_limit() {
        let sizes = [300, 500, 200, 1500, 100, 100, 850, 60];
        let got = parts(&sizes, 900);
        assert_eq!(got, vec![0..2, 2..3, 3..4, 4..6, 6..7, 7..8]);
        let mut covered: Vec<usize> = got.iter().flat_map(Clone::clone).collect();
        covered.sort_unstable();
        assert_eq!(covered, (0..sizes.len()).collect::<Vec<_>>());
        for part in &got {
            let total: usize = sizes[part.clone()].iter().sum();
            assert!(total <= 900 || part.len() == 1, "{part:?} holds {total}");
        }
    }

    #[test]
    fn no_crates_no_parts() {
        assert!(parts(&[], 900).is_empty());
    }
}
