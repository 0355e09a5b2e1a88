#![allow(dead_code)]

use sdkgen_codegen::ir::{Api, TypeDef, TypeKind};
use sdkgen_codegen::{CrateSpec, GenError};

pub fn crate_spec() -> CrateSpec {
    CrateSpec::new("mini-api", "spec/mini.yml")
}

/// Resolves a spec given as YAML text.
pub fn try_ir(yaml: &str) -> Result<Api, GenError> {
    sdkgen_codegen::build_ir(&crate_spec(), yaml, &[])
}

pub fn ir(yaml: &str) -> Api {
    match try_ir(yaml) {
        Ok(api) => api,
        Err(e) => panic!("resolving failed: {e}"),
    }
}

/// A spec with the given `components/schemas` block (indented YAML) and no paths.
pub fn schemas(block: &str) -> String {
    let indented: String = block.lines().map(|l| format!("    {l}\n")).collect();
    format!("openapi: 3.0.3\ninfo: {{title: T, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{indented}")
}

pub fn ty<'a>(api: &'a Api, name: &str) -> &'a TypeDef {
    api.types.iter().find(|t| t.name == name).unwrap_or_else(|| {
        let names: Vec<&str> = api.types.iter().map(|t| t.name.as_str()).collect();
        panic!("no type {name}; have {names:?}")
    })
}

/// `(field name, json name, rust type)` of a struct.
pub fn fields(api: &Api, name: &str) -> Vec<(String, String, String)> {
    match &ty(api, name).kind {
        TypeKind::Struct { fields, .. } => fields.iter().map(|f| (f.name.clone(), f.json_name.clone(), f.ty.clone())).collect(),
        other => panic!("{name} is not a struct: {other:?}"),
    }
}

pub fn field_ty(api: &Api, name: &str, field: &str) -> String {
    fields(api, name).into_iter().find(|(_, json, _)| json == field).map(|(_, _, t)| t).unwrap_or_else(|| panic!("{name} has no field {field}"))
}
