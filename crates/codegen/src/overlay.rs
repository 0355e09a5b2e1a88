//! OpenAPI Overlay 1.0: JSONPath-targeted `update` / `remove` actions applied
//! to the spec's JSON tree before it is parsed. This is where a known
//! spec-vs-server mismatch is fixed, declaratively.

use serde::Deserialize;
use serde_json::Value;
use serde_json_path::JsonPath;

use crate::error::{child, GenError};
use crate::ir::Warning;
use crate::load::parse_yaml;

/// A parsed overlay document.
#[derive(Debug, Clone)]
pub struct Overlay {
    pub file: String,
    /// The spec this overlay is for (the `extends` field).
    pub extends: Option<String>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone)]
pub struct Action {
    /// `#/actions/N`, for error messages.
    pub pointer: String,
    pub target_text: String,
    pub target: JsonPath,
    pub update: Option<Value>,
    pub remove: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOverlay {
    overlay: String,
    #[allow(dead_code)] // required by the format, not used
    info: RawInfo,
    #[serde(default)]
    extends: Option<String>,
    actions: Vec<RawAction>,
}

#[derive(Deserialize)]
struct RawInfo {
    #[allow(dead_code)]
    title: String,
    #[allow(dead_code)]
    version: String,
}

#[derive(Deserialize)]
struct RawAction {
    target: String,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
    #[serde(default)]
    update: Option<Value>,
    #[serde(default)]
    remove: bool,
}

impl Overlay {
    /// Parses an overlay document, checking its version and every JSONPath.
    pub fn parse(file: &str, text: &str) -> Result<Self, GenError> {
        let doc = parse_yaml(file, text)?;
        let raw: RawOverlay = serde_path_to_error::deserialize(doc).map_err(|e| {
            let pointer = format!("#/{}", e.path().to_string().replace('.', "/"));
            GenError::new(file, pointer, format!("not a valid Overlay 1.0 document: {}", e.inner()))
        })?;
        if !raw.overlay.starts_with("1.") {
            return Err(GenError::new(file, "#/overlay", format!("unsupported overlay version {:?}", raw.overlay)));
        }
        let actions = raw
            .actions
            .into_iter()
            .enumerate()
            .map(|(i, action)| {
                let pointer = child("#/actions", &i.to_string());
                let target = JsonPath::parse(&action.target).map_err(|e| {
                    GenError::new(file, child(&pointer, "target"), format!("invalid JSONPath {:?}: {e}", action.target))
                })?;
                if action.remove == action.update.is_some() {
                    return Err(GenError::new(file, &pointer, "an action needs exactly one of `update` or `remove: true`"));
                }
                Ok(Action { pointer, target_text: action.target, target, update: action.update, remove: action.remove })
            })
            .collect::<Result<_, _>>()?;
        Ok(Overlay { file: file.to_owned(), extends: raw.extends, actions })
    }
}

/// The overlays in `dir` (`*.yml`/`*.yaml`, in file-name order) that extend the spec
/// named `spec_file`. `display_dir` is how the directory appears in errors.
pub fn overlays_for(dir: &std::path::Path, display_dir: &str, spec_file: &str) -> Result<Vec<Overlay>, GenError> {
    let mut paths: Vec<std::path::PathBuf> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "yml" || x == "yaml"))
            .collect(),
        Err(_) => Vec::new(),
    };
    paths.sort();
    let spec_name = std::path::Path::new(spec_file).file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let mut overlays = Vec::new();
    for path in paths {
        let display = format!("{display_dir}/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or_default());
        let text = std::fs::read_to_string(&path).map_err(|e| GenError::new(&display, "#", format!("cannot read: {e}")))?;
        let overlay = Overlay::parse(&display, &text)?;
        if overlay.extends.as_deref().is_some_and(|e| e.ends_with(spec_name)) {
            overlays.push(overlay);
        }
    }
    Ok(overlays)
}

/// Applies every action of `overlay` to `doc`, in order. An action whose target matches
/// nothing is an error (the spec moved on: the fix points nowhere); an action that changes
/// nothing is redundant (the spec now says it itself) and comes back as a warning naming the
/// overlay file and the action, so it can be deleted.
pub fn apply_overlay(doc: &mut Value, overlay: &Overlay) -> Result<Vec<Warning>, GenError> {
    let mut redundant = Vec::new();
    for action in &overlay.actions {
        let mut pointers: Vec<String> =
            action.target.query_located(doc).locations().map(|path| path.to_json_pointer()).collect();
        if pointers.is_empty() {
            return Err(GenError::new(
                &overlay.file,
                &action.pointer,
                format!("target {:?} matches nothing in the spec", action.target_text),
            ));
        }
        let mut changed = false;
        if action.remove {
            // Remove from the back so earlier array indices stay valid.
            pointers.reverse();
            for pointer in &pointers {
                changed |= remove_at(doc, pointer);
            }
        } else if let Some(update) = &action.update {
            for pointer in &pointers {
                if let Some(node) = doc.pointer_mut(pointer) {
                    changed |= !already_contains(node, update);
                    merge(node, update.clone());
                }
            }
        }
        if !changed {
            redundant.push(Warning {
                pointer: format!("{}{}", overlay.file, action.pointer),
                message: format!(
                    "redundant overlay action: the spec already contains what {:?} sets; delete the action",
                    action.target_text
                ),
            });
        }
    }
    Ok(redundant)
}

/// Whether merging `update` into `target` would change nothing: every key already holds the
/// value (objects compared key by key, at any depth), and every item an array update would
/// append is already in the array (appending it again would only repeat it).
fn already_contains(target: &Value, update: &Value) -> bool {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            update.iter().all(|(key, value)| target.get(key).is_some_and(|existing| already_contains(existing, value)))
        }
        (Value::Array(target), Value::Array(items)) => items.iter().all(|item| target.contains(item)),
        (Value::Array(target), item) => target.contains(item),
        (target, update) => target == update,
    }
}

/// Overlay merge: objects merge key by key, arrays get the update appended, anything else is replaced.
fn merge(target: &mut Value, update: Value) {
    match (target, update) {
        (Value::Object(target), Value::Object(update)) => {
            for (key, value) in update {
                match target.get_mut(&key) {
                    // Objects merge and arrays grow, at any depth (Overlay 1.0 `update`).
                    Some(existing) if (existing.is_object() && value.is_object()) || existing.is_array() => merge(existing, value),
                    _ => {
                        target.insert(key, value);
                    }
                }
            }
        }
        (Value::Array(target), Value::Array(items)) => target.extend(items),
        (Value::Array(target), item) => target.push(item),
        (target, update) => *target = update,
    }
}

/// Removes the node at `pointer`; whether there was one.
fn remove_at(doc: &mut Value, pointer: &str) -> bool {
    let Some(split) = pointer.rfind('/') else { return false };
    let (parent, last) = (&pointer[..split], &pointer[split + 1..]);
    let key = last.replace("~1", "/").replace("~0", "~");
    match doc.pointer_mut(parent) {
        Some(Value::Object(map)) => map.shift_remove(&key).is_some(),
        Some(Value::Array(items)) => match key.parse::<usize>() {
            Ok(index) if index < items.len() => {
                items.remove(index);
                true
            }
            _ => false,
        },
        _ => false,
    }
}
