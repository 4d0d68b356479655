//! Compile-time errors and their rendering with codespan-reporting, in the
//! shape Python users know: the exception class and message first, then the
//! file, line and column, the source line and a caret under the culprit.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::{self, Config};

use super::ast::Span;

/// Which Python exception class a compile-time error is reported as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorClass {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorClass {
    pub fn name(self) -> &'static str {
        match self {
            ErrorClass::SyntaxError => "SyntaxError",
            ErrorClass::IndentationError => "IndentationError",
            ErrorClass::TabError => "TabError",
        }
    }
}

/// A compile-time error: class, CPython's message, and where it points.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    /// The Python exception class.
    pub class: ErrorClass,
    /// The message, exactly as CPython words it.
    pub message: String,
    /// The source range the caret underlines.
    pub span: Span,
}

impl SyntaxError {
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { class: ErrorClass::SyntaxError, message: message.into(), span }
    }

    pub fn indentation(message: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { class: ErrorClass::IndentationError, message: message.into(), span }
    }

    /// `SyntaxError: invalid syntax` and the like.
    pub fn headline(&self) -> String {
        format!("{}: {}", self.class.name(), self.message)
    }

    /// Renders the error with codespan-reporting against the file's source,
    /// then ends as CPython's report does, with the headline on a line of
    /// its own (what a reader or a script looks for last).
    pub fn render(&self, path: &str, source: &str) -> String {
        let file = SimpleFile::new(path, source);
        let start = on_last_line(source, self.span.start as usize);
        let end = on_last_line(source, self.span.end as usize).max(start);
        let line = line_of(source, start);
        let diagnostic = Diagnostic::error()
            .with_message(self.headline())
            .with_labels(vec![Label::primary((), start..end)])
            .with_notes(vec![format!("File \"{path}\", line {line}")]);
        match term::emit_into_string(&Config::default(), &file, &diagnostic) {
            Ok(boxed) => format!("{}\n{}\n", boxed.trim_end(), self.headline()),
            Err(_) => format!("  File \"{path}\", line {line}\n{}\n", self.headline()),
        }
    }
}

/// Where CPython places an error at `offset`: one at the very end of a
/// text that ends with a newline is on the text's last line (at that
/// newline), not on the empty line after it.
pub fn on_last_line(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    if offset == source.len() && source.ends_with('\n') {
        offset - 1
    } else {
        offset
    }
}

/// The 1-based line number of byte `offset` in `source`.
pub fn line_of(source: &str, offset: usize) -> usize {
    let end = offset.min(source.len());
    1 + source.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count()
}
