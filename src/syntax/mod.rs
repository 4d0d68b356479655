//! The front end: source text to AST. logos tokens (`token`, `literals`,
//! `lexer`), the layout pass (`layout`, with `pattern` for the soft keywords
//! `match` and `case`), the lalrpop parser and its error
//! messages (`parser`, `actions`, `fstring`), the AST (`ast`) and compile-time
//! diagnostics (`diagnostic`).

pub mod actions;
pub mod ast;
pub mod diagnostic;
pub mod fstring;
pub mod layout;
pub mod lexer;
pub mod literals;
pub mod mangle;
pub mod parser;
pub mod pattern;
pub mod token;

use ast::{Module, Span};
use diagnostic::SyntaxError;

/// Source text as the front end reads it: valid UTF-8 with `\n` line ends.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// Decodes the bytes of a source file, with CPython's complaint for bytes
/// that are not UTF-8.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, (SyntaxError, String)> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(normalize(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
            let message = format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                bytes[at]
            );
            // Render against the valid prefix so the diagnostic can show the line.
            let shown = normalize(&String::from_utf8_lossy(bytes));
            let offset = shown.len().min(String::from_utf8_lossy(&bytes[..at]).len());
            Err((SyntaxError::new(message, Span::new(offset, offset)), shown))
        }
    }
}

/// Parses a whole module from normalised source text.
pub fn parse(source: &str) -> Result<Module, SyntaxError> {
    let mut module = parser::parse_module(source)?;
    mangle::mangle_private_names(&mut module);
    Ok(module)
}
