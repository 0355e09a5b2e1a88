//! IR → files, through the minijinja templates; Rust goes through syn + prettyplease.

use std::path::{Path, PathBuf};

use minijinja::{Environment, Value};

use crate::error::GenError;
use crate::ir::Api;

/// One generated file, relative to the crate directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: String,
    pub contents: String,
}

/// Template → output path; `.rs` outputs are parsed and pretty-printed.
const FILES: &[(&str, &str)] = &[
    ("Cargo.toml.j2", "Cargo.toml"),
    ("README.md.j2", "README.md"),
    ("lib.rs.j2", "src/lib.rs"),
    ("client.rs.j2", "src/client.rs"),
    ("operations.rs.j2", "src/operations.rs"),
    ("types.rs.j2", "src/types.rs"),
];

/// The templates, built into the library: a generator installed anywhere needs no other files.
const EMBEDDED: &[(&str, &str)] = &[
    ("Cargo.toml.j2", include_str!("../templates/Cargo.toml.j2")),
    ("README.md.j2", include_str!("../templates/README.md.j2")),
    ("lib.rs.j2", include_str!("../templates/lib.rs.j2")),
    ("client.rs.j2", include_str!("../templates/client.rs.j2")),
    ("operations.rs.j2", include_str!("../templates/operations.rs.j2")),
    ("types.rs.j2", include_str!("../templates/types.rs.j2")),
];

/// Where templates come from: the built-in ones, or a directory whose files override them
/// (a template the directory lacks is the built-in one).
#[derive(Debug, Clone, Default)]
pub enum Templates {
    #[default]
    Embedded,
    Dir(PathBuf),
}

impl From<&Path> for Templates {
    fn from(dir: &Path) -> Self {
        Templates::Dir(dir.to_path_buf())
    }
}

impl From<&PathBuf> for Templates {
    fn from(dir: &PathBuf) -> Self {
        Templates::Dir(dir.clone())
    }
}

/// The template environment with the filters templates use.
pub fn environment(templates: &Templates) -> Environment<'static> {
    let mut env = Environment::new();
    let dir = match templates {
        Templates::Embedded => None,
        Templates::Dir(dir) => Some(dir.clone()),
    };
    env.set_loader(move |name| {
        if let Some(dir) = &dir {
            match std::fs::read_to_string(dir.join(name)) {
                Ok(text) => return Ok(Some(text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(minijinja::Error::new(minijinja::ErrorKind::InvalidOperation, format!("reading template {name}: {e}"))),
            }
        }
        Ok(EMBEDDED.iter().find(|(n, _)| *n == name).map(|(_, text)| (*text).to_owned()))
    });
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    // A Rust string literal, escaped.
    env.add_filter("str", |s: String| proc_macro2::Literal::string(&s).to_string());
    // A doc line after `///`: one space before non-empty text.
    env.add_filter("docline", |s: String| if s.is_empty() { s } else { format!(" {s}") });
    env.add_filter("trim_raw", |s: String| s.trim_start_matches("r#").to_owned());
    env
}

/// Renders every file of a crate. Formatting (syn + prettyplease) is most of the work, so
/// the Rust files are formatted on threads of their own.
pub fn render_crate(api: &Api, templates: &Templates, options: &crate::CrateOptions) -> Result<Vec<OutputFile>, GenError> {
    let env = environment(templates);
    let ctx = minijinja::context! {
        api => Value::from_serialize(api),
        crate_version => options.crate_version.as_str(),
        runtime_dependency => options.runtime_dependency.as_str(),
        standalone => options.standalone,
    };
    let rendered = FILES
        .iter()
        .map(|(template, path)| {
            let template_path = format!("templates/{template}");
            let text = env
                .get_template(template)
                .and_then(|t| t.render(&ctx))
                .map_err(|e| GenError::new(&template_path, "#", format!("template error: {e:#}")))?;
            Ok((template_path, *path, text))
        })
        .collect::<Result<Vec<_>, GenError>>()?;
    std::thread::scope(|scope| {
        let jobs: Vec<_> = rendered
            .into_iter()
            .map(|(template_path, path, text)| {
                scope.spawn(move || {
                    let contents = if path.ends_with(".rs") { format_rust(&template_path, path, &text)? } else { text };
                    Ok(OutputFile { path: path.to_owned(), contents })
                })
            })
            .collect();
        jobs.into_iter()
            .map(|job| job.join().unwrap_or_else(|_| Err(GenError::new("templates", "#", "formatting a generated file panicked"))))
            .collect()
    })
}

/// Parses generated Rust and prints it canonically; a template bug is reported here, with the line.
pub fn format_rust(template: &str, path: &str, text: &str) -> Result<String, GenError> {
    let file = syn::parse_file(text).map_err(|e| {
        let start = e.span().start();
        let line = text.lines().nth(start.line.saturating_sub(1)).unwrap_or_default();
        let excerpt: String = line.chars().take(200).collect();
        GenError::new(template, "#", format!("rendered {path} is not valid Rust at line {}, column {}: {e}\n    {excerpt}", start.line, start.column))
    })?;
    Ok(prettyplease::unparse(&file))
}
