//! Which property, if any, tells the members of a `oneOf`/`anyOf` apart.
//!
//! An explicit `discriminator` object wins (its `mapping`, else the values its
//! members pin, else the component names, as OpenAPI says). Without one, a
//! property that every member pins to constant values (a one-value `enum` such as
//! `object: [sign_in_attempt]`, or disjoint `enum`s such as `strategy`) is used.

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{ReferenceOr, Schema};
use super::schema_view::{RefOr, View};
use super::schemas::SchemaResolver;
use crate::error::{child, GenError};

/// How a union's variant is chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum Dispatch {
    /// By the value of `property`; `tags[i]` are the values that select member `i`.
    Tagged { property: String, tags: Vec<Vec<String>>, explicit: bool },
    /// Trial and error, for the reason given.
    Untagged { reason: String },
}

/// The constant values one member pins its properties to.
#[derive(Debug, Default)]
struct Pinned {
    /// Property → allowed values.
    values: BTreeMap<String, Vec<String>>,
    required: BTreeSet<String>,
    /// Properties in spec order, to prefer the first candidate deterministically.
    order: Vec<String>,
}

pub fn dispatch(resolver: &SchemaResolver<'_>, schema: &Schema, members: &[ReferenceOr<Schema>], key: &str, pointer: &str) -> Result<Dispatch, GenError> {
    let mut pinned = Vec::with_capacity(members.len());
    for (i, member) in members.iter().enumerate() {
        let member_pointer = child(&child(pointer, key), &i.to_string());
        let mut p = Pinned::default();
        if !collect(resolver, RefOr::from(member), &member_pointer, &mut p, 0)? {
            let reason = format!("member {i} is not an object schema");
            return Ok(match &schema.schema_data.discriminator {
                Some(_) => Dispatch::Untagged { reason: format!("explicit discriminator ignored: {reason}") },
                None => Dispatch::Untagged { reason },
            });
        }
        pinned.push(p);
    }

    if let Some(d) = &schema.schema_data.discriminator {
        // Mapping targets are references or bare schema names; each must be a member.
        let member_refs: Vec<Option<&str>> = members
            .iter()
            .map(|m| match m {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            })
            .collect();
        let mut mapping: Vec<(&str, String)> = Vec::new();
        for (value, target) in &d.mapping {
            let target = if target.starts_with('#') { target.clone() } else { format!("#/components/schemas/{target}") };
            if !member_refs.contains(&Some(target.as_str())) {
                let at = child(&child(&child(pointer, "discriminator"), "mapping"), value);
                return Err(resolver.err(&at, format!("discriminator mapping target '{target}' is not a member of this {key}")));
            }
            mapping.push((value, target));
        }
        let mut tags = Vec::new();
        for (i, member) in members.iter().enumerate() {
            let reference = match member {
                ReferenceOr::Reference { reference } => Some(reference.as_str()),
                ReferenceOr::Item(_) => None,
            };
            let mut values: Vec<String> =
                mapping.iter().filter(|(_, target)| Some(target.as_str()) == reference).map(|(value, _)| (*value).to_owned()).collect();
            if values.is_empty() {
                if let Some(pinned_values) = pinned[i].values.get(&d.property_name) {
                    values = pinned_values.clone();
                }
            }
            if values.is_empty() {
                if let Some(r) = reference {
                    let (component, _) = resolver.component(pointer, r)?;
                    values.push(component.to_owned());
                }
            }
            if values.is_empty() {
                return Ok(Dispatch::Untagged {
                    reason: format!("explicit discriminator `{}` gives member {i} no value", d.property_name),
                });
            }
            tags.push(values);
        }
        if !disjoint(&tags) {
            return Ok(Dispatch::Untagged { reason: format!("explicit discriminator `{}` values overlap", d.property_name) });
        }
        return Ok(Dispatch::Tagged { property: d.property_name.clone(), tags, explicit: true });
    }

    // Candidates: pinned in every member, values disjoint across members.
    let mut best: Option<(bool, bool, usize, String)> = None;
    for (position, property) in pinned[0].order.iter().enumerate() {
        let Some(per_member) = pinned.iter().map(|p| p.values.get(property)).collect::<Option<Vec<_>>>() else { continue };
        let tags: Vec<Vec<String>> = per_member.into_iter().cloned().collect();
        if !disjoint(&tags) {
            continue;
        }
        let all_required = pinned.iter().all(|p| p.required.contains(property));
        let all_single = tags.iter().all(|t| t.len() == 1);
        // Prefer properties every member requires, then one-value pins, then spec order.
        let rank = (all_required, all_single, usize::MAX - position, property.clone());
        if best.as_ref().map_or(true, |b| (b.0, b.1, b.2) < (rank.0, rank.1, rank.2)) {
            best = Some(rank);
        }
    }
    Ok(match best {
        Some((_, _, _, property)) => {
            let tags = pinned.iter().map(|p| p.values[&property].clone()).collect();
            Dispatch::Tagged { property, tags, explicit: false }
        }
        None => Dispatch::Untagged { reason: "no property pins distinct constant values in every member".into() },
    })
}

fn disjoint(tags: &[Vec<String>]) -> bool {
    let mut seen = BTreeSet::new();
    tags.iter().flatten().all(|t| seen.insert(t.as_str()))
}

/// Gathers the pinned properties of an object schema (through `$ref` and `allOf`).
/// Returns false when the schema is not an object.
fn collect(resolver: &SchemaResolver<'_>, schema: RefOr<'_>, pointer: &str, out: &mut Pinned, depth: usize) -> Result<bool, GenError> {
    // `allOf` chains in real specs are shallow; the bound only guards against cycles,
    // which the resolver reports on its own.
    if depth > 32 {
        return Ok(false);
    }
    let schema = match schema {
        RefOr::Ref(reference) => resolver.component(pointer, reference)?.1,
        RefOr::Item(s) => s,
    };
    let view = View::of(schema);
    if !view.one_of.is_empty() || !view.any_of.is_empty() {
        return Ok(false);
    }
    let is_object = matches!(view.typ, Some("object") | None) && (view.has_properties() || !view.all_of.is_empty());
    if !is_object {
        return Ok(false);
    }
    for (i, part) in view.all_of.iter().enumerate() {
        if !collect(resolver, RefOr::from(part), &child(&child(pointer, "allOf"), &i.to_string()), out, depth + 1)? {
            return Ok(false);
        }
    }
    if let Some(properties) = view.properties {
        for (name, property) in properties {
            let property_schema = match RefOr::from(property) {
                RefOr::Ref(reference) => resolver.component(&child(&child(pointer, "properties"), name), reference)?.1,
                RefOr::Item(s) => s,
            };
            let pv = View::of(property_schema);
            let values: Option<Vec<String>> = if pv.enum_values.is_empty() {
                None
            } else {
                pv.enum_values.iter().filter(|v| !v.is_null()).map(|v| v.as_str().map(str::to_owned)).collect()
            };
            match values {
                Some(values) if !values.is_empty() => {
                    if !out.order.contains(name) {
                        out.order.push(name.clone());
                    }
                    out.values.insert(name.clone(), values);
                }
                // A later `allOf` part that redefines the property unpins it.
                _ => {
                    out.values.remove(name);
                }
            }
        }
    }
    out.required.extend(view.required.iter().cloned());
    Ok(true)
}
