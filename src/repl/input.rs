//! When is an input complete? As in CPython's interactive loop: a simple
//! statement runs as soon as its line is entered; a compound statement
//! (`if`, `def`, even one written on one line) goes on until a blank line;
//! an unclosed bracket or triple-quoted string goes on, blank lines
//! included; anything else the parser rejects is reported at once.

use crate::syntax::ast::{Module, Span, StmtKind};
use crate::syntax::diagnostic::SyntaxError;

/// What to do with the lines entered so far.
pub enum Verdict {
    /// Nothing to run (blank lines and comments only).
    Empty,
    /// Read another line (with the `... ` prompt).
    More,
    /// Run this.
    Run(Module),
    /// Report this error and start over.
    Error(SyntaxError),
}

/// True for statements that take an indented block.
fn is_compound(kind: &StmtKind) -> bool {
    matches!(
        kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
    )
}

/// True when the parser stopped only because the text ended early, so that
/// more lines could complete it. `ended` is true once a blank line was
/// entered: then only brackets and triple-quoted strings still wait.
fn is_incomplete(error: &SyntaxError, source: &str, ended: bool) -> bool {
    let open = error.message.ends_with("was never closed") || error.message.starts_with("unterminated triple-quoted");
    // (A line continuation at the end is an error only in a file.)
    let continued = error.message == "unexpected EOF while parsing";
    open || (!ended && (continued || error.span.start as usize >= source.len()))
}

/// Judges `source` (the lines entered, each ending in `\n`); `ended` is true
/// when the last line entered was blank.
pub fn judge(source: &str, ended: bool) -> Verdict {
    if source.lines().all(|l| l.trim().is_empty() || l.trim_start().starts_with('#')) {
        return Verdict::Empty;
    }
    match crate::syntax::parse(source) {
        Ok(module) => {
            let Some(first) = module.body.first() else { return Verdict::Empty };
            if !is_compound(&first.kind) {
                return Verdict::Run(module);
            }
            if let Some(second) = module.body.get(1) {
                // One compound statement per input, as in CPython.
                let span = Span { start: second.span.start, end: second.span.start + 1 };
                return Verdict::Error(SyntaxError::new("invalid syntax", span));
            }
            if ended {
                Verdict::Run(module)
            } else {
                Verdict::More
            }
        }
        Err(error) if is_incomplete(&error, source, ended) => Verdict::More,
        Err(error) => Verdict::Error(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict(lines: &[&str]) -> &'static str {
        let source: String = lines.iter().map(|l| format!("{l}\n")).collect();
        let ended = lines.last().is_some_and(|l| l.trim().is_empty());
        match judge(&source, ended) {
            Verdict::Empty => "empty",
            Verdict::More => "more",
            Verdict::Run(_) => "run",
            Verdict::Error(_) => "error",
        }
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(verdict(&["1 + 1"]), "run");
        assert_eq!(verdict(&["x = 1; y = 2"]), "run");
        assert_eq!(verdict(&["await f()"]), "run");
        assert_eq!(verdict(&[""]), "empty");
        assert_eq!(verdict(&["# note"]), "empty");
    }

    #[test]
    fn compound_statements_wait_for_a_blank_line() {
        assert_eq!(verdict(&["def g(): return 1"]), "more");
        assert_eq!(verdict(&["def g(): return 1", ""]), "run");
        assert_eq!(verdict(&["if x:"]), "more");
        assert_eq!(verdict(&["if x:", "    y"]), "more");
        assert_eq!(verdict(&["if x:", "    y", "else:"]), "more");
        assert_eq!(verdict(&["if x:", "    y", ""]), "run");
        assert_eq!(verdict(&["try:", "    y"]), "more");
        assert_eq!(verdict(&["@dec"]), "more");
    }

    #[test]
    fn open_brackets_and_strings_wait_even_for_blank_lines() {
        assert_eq!(verdict(&["x = (1 +"]), "more");
        assert_eq!(verdict(&["x = (1 +", ""]), "more");
        assert_eq!(verdict(&["x = (1 +", "2)"]), "run");
        assert_eq!(verdict(&["s = '''a"]), "more");
        assert_eq!(verdict(&["x = 1 + \\"]), "more");
    }

    #[test]
    fn errors_are_reported_at_once() {
        assert_eq!(verdict(&["1 +"]), "error");
        assert_eq!(verdict(&["if x:", "  1 +"]), "error");
        assert_eq!(verdict(&["if x:", ""]), "error");
        assert_eq!(verdict(&["def g(): return 1", "g()"]), "error");
        assert_eq!(verdict(&[")"]), "error");
    }
}
