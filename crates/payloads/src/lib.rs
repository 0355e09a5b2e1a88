//! The payload corpus: real bodies Clerk's Frontend API servers sent (`data/`, with the
//! provenance of each in `data/INDEX.tsv` and `data/README.md`), and decoding of each into
//! the generated type for the spec location its index row names.

use std::collections::BTreeSet;
use std::path::PathBuf;

use clerk_frontend_api::types;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The directory holding the payloads and their index.
pub fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

/// One row of `INDEX.tsv`.
#[derive(Debug, Clone)]
pub struct Row {
    pub file: String,
    /// The spec location the body should match, e.g. `#/components/responses/Client.SignIn`.
    pub schema: String,
    /// Places the recorder damaged (renamed or dropped keys): not server behaviour.
    pub artifacts: BTreeSet<String>,
}

/// The rows of `INDEX.tsv`, in file order.
pub fn rows() -> Result<Vec<Row>, String> {
    let path = data_dir().join("INDEX.tsv");
    let index = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut lines = index.lines();
    let header: Vec<&str> = lines.next().ok_or("INDEX.tsv is empty")?.split('\t').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).ok_or(format!("INDEX.tsv has no column {name}"));
    let (file, schema, artifacts) = (col("file")?, col("schema")?, col("artifacts")?);
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let cell = |i: usize| cells.get(i).copied().ok_or(format!("short INDEX.tsv row: {line}"));
            Ok(Row {
                file: cell(file)?.to_owned(),
                schema: cell(schema)?.to_owned(),
                artifacts: cells.get(artifacts).unwrap_or(&"").split(';').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
            })
        })
        .collect()
}

/// What a decoding did with one body.
pub struct Decoded {
    /// The decoded value encoded back to JSON.
    pub back: Value,
    /// The decoded value's `Debug` text, where fallback variants show up.
    pub debug: String,
}

fn roundtrip<T: DeserializeOwned + Serialize + std::fmt::Debug>(bytes: &[u8]) -> Result<Decoded, String> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    let decoded: T = serde_path_to_error::deserialize(de).map_err(|e| format!("decode failed at `{}`: {}", e.path(), e.inner()))?;
    let back = serde_json::to_value(&decoded).map_err(|e| format!("encode failed: {e}"))?;
    Ok(Decoded { back, debug: format!("{decoded:?}") })
}

/// Decodes as the generated clients do (straight from `serde_json`), and drops the value.
fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<(), String> {
    serde_json::from_slice::<T>(bytes).map(drop).map_err(|e| e.to_string())
}

macro_rules! types_table {
    ($($ty:ident),* $(,)?) => {
        /// Decodes `bytes` as the generated type named `type_name` and encodes it back;
        /// `None` when the type is not in this table.
        pub fn roundtrip_as(type_name: &str, bytes: &[u8]) -> Option<Result<Decoded, String>> {
            match type_name {
                $(stringify!($ty) => Some(roundtrip::<types::$ty>(bytes)),)*
                _ => None,
            }
        }

        /// Only decodes (the benchmark's path); `None` when the type is not in this table.
        pub fn decode_as(type_name: &str, bytes: &[u8]) -> Option<Result<(), String>> {
            match type_name {
                $(stringify!($ty) => Some(decode::<types::$ty>(bytes)),)*
                _ => None,
            }
        }
    };
}

// Every type the index needs; the payload test fails naming any that is missing.
types_table!(
    ClerkErrors,
    ClientClientWrappedClient,
    ClientClientWrappedDeletedObject,
    ClientClientWrappedEmailAddress,
    ClientClientWrappedPhoneNumber,
    ClientClientWrappedSignIn,
    ClientClientWrappedSignUp,
    ClientClientWrappedUser,
    ClientEnvironment,
);

/// The generated type whose docs name `pointer` (as its origin, or as the response it is the
/// body of), found in the generated source the way a user searches the docs.
pub fn type_documenting(pointer: &str) -> Option<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../generated/clerk-frontend-api/src/types.rs");
    let source = std::fs::read_to_string(path).ok()?;
    let wanted = [format!("Spec: `{pointer}`"), format!("Body of the response `{pointer}`.")];
    type_declarations(&source)
        .into_iter()
        .find(|t| t.docs.iter().any(|line| wanted.iter().any(|w| line.ends_with(w.as_str()))))
        .map(|t| t.name.to_owned())
}

/// A top-level `pub struct`, `pub enum` or `pub type` of generated source, with its doc lines.
pub struct TypeDeclaration<'a> {
    pub name: &'a str,
    /// The `///` lines right above it, in order (attributes between are skipped).
    pub docs: Vec<&'a str>,
    /// The declaration's line.
    pub line: &'a str,
}

/// Every top-level type declaration of generated Rust source (formatted by prettyplease).
pub fn type_declarations(source: &str) -> Vec<TypeDeclaration<'_>> {
    let mut out = Vec::new();
    let mut docs = Vec::new();
    // Brackets still open of an attribute written over several lines (`#[cfg(any(\n...`).
    let mut open_attribute = 0i32;
    for line in source.lines() {
        if open_attribute > 0 || line.starts_with("#[") {
            open_attribute += line.matches('[').count() as i32 - line.matches(']').count() as i32;
            continue;
        }
        if line.starts_with("///") {
            docs.push(line);
            continue;
        }
        let mut words = line.split_whitespace();
        if let (Some("pub"), Some("struct" | "enum" | "type"), Some(name)) = (words.next(), words.next(), words.next()) {
            out.push(TypeDeclaration { name: name.trim_end_matches(['{', ';', '=']), docs: std::mem::take(&mut docs), line });
        }
        docs.clear();
    }
    out
}

/// A payload file as JSON.
pub fn read_json(file: &str) -> Result<Value, String> {
    let path = data_dir().join(file);
    let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Undoes the recorder's damage at the row's artifact paths: a key it renamed (present, with
/// an absent artifact sibling) gets its name back; a key it dropped is restored from another
/// recording of the same schema (`donors`). Values it replaced stay as they are.
pub fn repair(payload: &mut Value, row: &Row, donors: &[Value]) {
    let split = |path: &str| -> (String, String) {
        let (parent, key) = path.rsplit_once('/').unwrap_or(("", path));
        (parent.to_owned(), key.to_owned())
    };
    let present = |payload: &Value, path: &str| payload.pointer(path).is_some();
    let (here, missing): (Vec<&String>, Vec<&String>) = row.artifacts.iter().partition(|a| present(payload, a));
    let mut still_missing = Vec::new();
    for absent in missing {
        let (parent, key) = split(absent);
        let renamed: Vec<&&String> = here.iter().filter(|h| split(h).0 == parent).collect();
        let one_rename = renamed.len() == 1 && !row.artifacts.iter().any(|a| a != absent && split(a).0 == parent && !present(payload, a));
        match (one_rename, payload.pointer_mut(&parent).and_then(Value::as_object_mut)) {
            (true, Some(object)) => {
                let (_, old_key) = split(renamed[0]);
                if let Some(value) = object.remove(&old_key) {
                    object.insert(key, value);
                }
            }
            _ => still_missing.push(absent.clone()),
        }
    }
    for absent in still_missing {
        let (parent, key) = split(&absent);
        let donated = donors.iter().find_map(|d| d.pointer(&absent)).cloned();
        if let (Some(value), Some(object)) = (donated, payload.pointer_mut(&parent).and_then(Value::as_object_mut)) {
            object.insert(key, value);
        }
    }
}

/// One payload, ready to decode.
pub struct Payload {
    pub row: Row,
    /// The generated type it decodes into.
    pub type_name: String,
    /// The body as JSON, recorder damage repaired.
    pub json: Value,
    /// The body's bytes: as recorded, or re-encoded from `json` where it was repaired.
    pub bytes: Vec<u8>,
}

/// Every payload of the index, repaired, with the generated type its spec location names.
pub fn corpus() -> Result<Vec<Payload>, String> {
    let rows = rows()?;
    let mut out = Vec::new();
    for row in &rows {
        let mut json = read_json(&row.file)?;
        let bytes = if row.artifacts.is_empty() {
            let path = data_dir().join(&row.file);
            std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?
        } else {
            let donors = rows.iter().filter(|r| r.schema == row.schema && r.file != row.file).map(|r| read_json(&r.file)).collect::<Result<Vec<_>, _>>()?;
            repair(&mut json, row, &donors);
            serde_json::to_vec(&json).map_err(|e| e.to_string())?
        };
        let type_name = type_documenting(&row.schema).ok_or(format!("{}: no generated type documents {}", row.file, row.schema))?;
        out.push(Payload { row: row.clone(), type_name, json, bytes });
    }
    Ok(out)
}
