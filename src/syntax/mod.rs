//! The front end: source text to AST. logos tokens (`token`, `literals`,
//! `lexer`), the layout pass (`layout`, with `pattern` for the soft keywords
//! `match` and `case`), the lalrpop parser and its error
//! messages (`parser`, `actions`, `fstring`), the AST (`ast`) and compile-time
//! diagnostics (`diagnostic`).

pub mod actions;
pub mod ast;
pub mod codec_names;
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

/// Decodes the bytes of a source file: UTF-8 unless a PEP 263 comment
/// declares another encoding, with CPython's complaints for bytes the
/// encoding cannot read and for a declared name no codec has.
pub fn decode(path: &str, bytes: &[u8]) -> Result<String, (SyntaxError, String)> {
    let text = decode_text(path, bytes)?;
    match text.find('\0') {
        // CPython's tokenizer refuses a NUL wherever it is.
        Some(at) => Err((SyntaxError::new("source code cannot contain null bytes", Span::new(at, at)), text)),
        None => Ok(text),
    }
}

/// The text of a source file's bytes (see `decode`).
fn decode_text(path: &str, bytes: &[u8]) -> Result<String, (SyntaxError, String)> {
    let shown = || normalize(&String::from_utf8_lossy(bytes));
    if let Some((name, at)) = declared_encoding(bytes) {
        let problem = |message: String| Err((SyntaxError::new(message, Span::new(at, at + name.len())), shown()));
        match codec_names::codec_named(&name) {
            Some(codec_names::Codec::Utf8 | codec_names::Codec::Utf8Sig) => {}
            Some(codec_names::Codec::Latin1) => return Ok(normalize(&bytes.iter().map(|&b| b as char).collect::<String>())),
            Some(codec_names::Codec::Ascii) if bytes.is_ascii() => {}
            // (CPython's words when the text does not decode.)
            Some(codec_names::Codec::Ascii) => return problem(format!("encoding problem: {name}")),
            // (`utf-8-*` names are UTF-8 to CPython's tokenizer.)
            _ if name.to_ascii_lowercase().replace('_', "-").starts_with("utf-8-") => {}
            Some(_) => return problem(format!("coro does not support source files in the '{name}' encoding")),
            None if codec_names::cpython_knows(&name) => return problem(format!("coro does not support source files in the '{name}' encoding")),
            None => return problem(format!("encoding problem: {name}")),
        }
    }
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
            let shown = shown();
            let offset = shown.len().min(String::from_utf8_lossy(&bytes[..at]).len());
            Err((SyntaxError::new(message, Span::new(offset, offset)), shown))
        }
    }
}

/// The encoding a PEP 263 comment declares, and the offset of its name:
/// on the first line, or on the second when the first holds no code.
fn declared_encoding(bytes: &[u8]) -> Option<(String, usize)> {
    let first_end = bytes.iter().position(|&b| b == b'\n').map_or(bytes.len(), |i| i + 1);
    let first = &bytes[..first_end];
    if let Some((name, at)) = coding_spec(first) {
        return Some((name, at));
    }
    let blank_or_comment = first.iter().find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c' | b'\r' | b'\n')).is_none_or(|&b| b == b'#');
    if !blank_or_comment {
        return None;
    }
    let rest = &bytes[first_end..];
    let second = &rest[..rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())];
    coding_spec(second).map(|(name, at)| (name, first_end + at))
}

/// `coding[:=] NAME` in a line that is only a comment, as CPython's
/// tokenizer finds it: the first `coding` followed by `:` or `=` and a name.
fn coding_spec(line: &[u8]) -> Option<(String, usize)> {
    let hash = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    let name_char = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.');
    let mut i = hash;
    while let Some(found) = line[i..].windows(6).position(|w| w == b"coding") {
        let mut j = i + found + 6;
        i = j;
        if !matches!(line.get(j), Some(b':' | b'=')) {
            continue;
        }
        j += 1;
        while matches!(line.get(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        let len = line[j..].iter().take_while(|b| name_char(b)).count();
        if len > 0 {
            return Some((String::from_utf8_lossy(&line[j..j + len]).into_owned(), j));
        }
    }
    None
}

/// Parses a whole module from normalised source text.
pub fn parse(source: &str) -> Result<Module, SyntaxError> {
    let mut module = parser::parse_module(source)?;
    mangle::mangle_private_names(&mut module);
    Ok(module)
}
