//! Spec descriptions → rustdoc lines that document, and never compile or warn.

/// Splits a description into doc lines. Code fences without a language
/// become `text` fences and deep indentation is capped, because rustdoc would
/// otherwise compile the spec's examples as Rust doctests.
pub fn doc_lines(text: &str) -> Vec<String> {
    // Tabs in doc comments render unevenly (and clippy refuses them): four spaces each.
    let text = text.replace("\r\n", "\n").replace('\r', "\n").replace('\t', "    ");
    let mut lines = Vec::new();
    let mut in_fence = false;
    for raw in text.trim().lines() {
        let trimmed = raw.trim_start();
        if let Some(rest) = trimmed.strip_prefix("```") {
            if in_fence {
                in_fence = false;
                lines.push("```".to_owned());
            } else {
                in_fence = true;
                let lang = rest.trim();
                let lang = if lang.is_empty() || lang == "rust" { "text" } else { lang };
                lines.push(format!("```{lang}"));
            }
            continue;
        }
        if in_fence {
            lines.push(raw.to_owned());
            continue;
        }
        // Four spaces of indentation would start an (untyped, hence Rust) code block.
        let indent = raw.len() - trimmed.len();
        let kept = " ".repeat(indent.min(3));
        lines.push(format!("{kept}{trimmed}").trim_end().to_owned());
    }
    if in_fence {
        lines.push("```".to_owned());
    }
    lines
}

/// `name` as a `#[doc(alias)]`, when rustdoc accepts it: no quotes, no whitespace but single
/// spaces inside, not empty.
pub fn doc_alias(name: &str) -> Option<String> {
    let accepted = !name.is_empty()
        && name.trim() == name
        && !name.chars().any(|c| c == '"' || c == '\'' || (c.is_whitespace() && c != ' ') || c.is_control());
    accepted.then(|| name.to_owned())
}

/// `text` as an inline code span of a doc comment: control characters (a tab, a newline)
/// escaped as Rust writes them, and backticks inside fenced by longer runs.
pub fn code_span(text: &str) -> String {
    let shown: String = if text.chars().any(char::is_control) { text.escape_debug().collect() } else { text.to_owned() };
    if shown.contains('`') {
        format!("`` {shown} ``")
    } else {
        format!("`{shown}`")
    }
}

#[cfg(test)]
mod tests {
    use super::doc_alias;

    #[test]
    fn doc_aliases_rustdoc_refuses_are_left_out() {
        assert_eq!(doc_alias("createSignIn").as_deref(), Some("createSignIn"));
        assert_eq!(doc_alias("List Projects").as_deref(), Some("List Projects"));
        assert_eq!(doc_alias("List a Project's Issues"), None);
        assert_eq!(doc_alias("say \"hi\""), None);
        assert_eq!(doc_alias(" padded"), None);
        assert_eq!(doc_alias("tab\there"), None);
    }

    #[test]
    fn tabs_in_descriptions_become_spaces() {
        assert_eq!(super::doc_lines("| a |\tb |"), ["| a |    b |"]);
    }
    use super::doc_lines;

    #[test]
    fn fences_become_text_and_indentation_is_capped() {
        let lines = doc_lines("Intro\n```\nlet x = 1;\n```\n        indented\n - item");
        assert_eq!(lines, vec!["Intro", "```text", "let x = 1;", "```", "   indented", " - item"]);
    }

    #[test]
    fn unclosed_fence_is_closed() {
        assert_eq!(doc_lines("```json\n{}"), vec!["```json", "{}", "```"]);
    }
}

