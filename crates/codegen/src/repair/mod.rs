//! Spec mistakes and spellings real specs use, read on the JSON tree before the resolver sees
//! them, the way their authors meant; each reading that is not plain OpenAPI is a warning with
//! its JSON pointer.

mod boolean_required;
mod content_refs;
mod mapping_members;
mod numeric_bounds;
mod refs;
mod validation_not;

use serde_json::Value;

use crate::ir::Warning;

/// Every repair, in order: references first (the others follow them).
pub fn repair(doc: &mut Value) -> Vec<Warning> {
    refs::decode_percent_encoded(doc);
    refs::inline_local_refs(doc);
    let mut warnings = content_refs::splice(doc);
    warnings.extend(refs::follow_cross_kind(doc));
    warnings.extend(mapping_members::add_mapped_members(doc));
    warnings.extend(boolean_required::move_to_parent(doc));
    warnings.extend(validation_not::drop_beside_shape(doc));
    warnings.extend(numeric_bounds::to_30_form(doc));
    warnings
}
