//! Spec descriptions → rustdoc lines that document, and never compile or warn.

/// Splits a description into doc lines. Code fences without a language
/// become `text` fences and deep indentation is capped, because rustdoc would
/// otherwise compile the spec's examples as Rust doctests.
pub fn doc_lines(text: &str) -> Vec<String> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
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

#[cfg(test)]
mod tests {
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
