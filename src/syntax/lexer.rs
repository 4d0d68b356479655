//! Drives logos over a source text and turns its errors into `SyntaxError`s
//! with CPython's wording. The result is the raw token stream: NEWLINE after
//! every physical line, no INDENT/DEDENT yet (that is `layout.rs`).

use logos::Logos;

use super::ast::Span;
use super::diagnostic::SyntaxError;
use super::literals::invalid_character;
use super::token::{LexError, StrLit, Tok};

/// A token with its byte range in the file.
pub type Spanned = (usize, Tok, usize);

/// Tokens up to the first error, and that error. The parser reads the tokens
/// before it meets the error, so an earlier syntax error wins, as in CPython.
#[derive(Default)]
pub struct TokenStream {
    /// The tokens before the error (all of them when there is none).
    pub tokens: Vec<Spanned>,
    /// The error that stopped lexing or layout.
    pub error: Option<SyntaxError>,
}

impl TokenStream {
    /// The stream as lalrpop reads it: the tokens, then the error if any.
    pub fn into_parser_input(self) -> impl Iterator<Item = Result<Spanned, SyntaxError>> {
        self.tokens.into_iter().map(Ok).chain(self.error.map(Err))
    }
}

/// Lexes `source`, whose first byte sits at offset `base` of the file (f-string
/// fields are lexed on their own, then placed back where they were written).
pub fn lex(source: &str, base: usize) -> TokenStream {
    let mut stream = TokenStream { tokens: Vec::with_capacity(source.len() / 4), error: None };
    for item in Lexer::new(source, base) {
        match item {
            Ok(t) => stream.tokens.push(t),
            Err(e) => stream.error = Some(e),
        }
    }
    stream
}

/// The tokens of a source text, one at a time, ending after the first error.
pub struct Lexer<'s> {
    /// The logos lexer.
    inner: logos::Lexer<'s, Tok>,
    /// The source text.
    source: &'s str,
    /// Offset of the source in the file.
    base: usize,
    /// True after an error.
    failed: bool,
}

impl<'s> Lexer<'s> {
    pub fn new(source: &'s str, base: usize) -> Lexer<'s> {
        Lexer { inner: Tok::lexer(source), source, base, failed: false }
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let result = self.inner.next()?;
        let span = self.inner.span();
        let (start, end) = (span.start + self.base, span.end + self.base);
        let error = match result {
            Ok(Tok::Str(StrLit::FString { content, offset, raw })) => {
                let fstring = StrLit::FString { content, offset: offset + self.base, raw };
                return Some(Ok((start, Tok::Str(fstring), end)));
            }
            Ok(tok) => return Some(Ok((start, tok, end))),
            Err(LexError::Message(message)) => SyntaxError::new(message, Span::new(start, end)),
            Err(LexError::At(message, at)) => SyntaxError::new(message, Span::new(start + at, start + at + 1)),
            Err(LexError::Unrecognised) => {
                let c = self.source[span.start..].chars().next().unwrap_or(' ');
                let message = if c.is_ascii() && !c.is_ascii_control() { "invalid syntax".to_string() } else { invalid_character(c) };
                SyntaxError::new(message, Span::new(start, start + c.len_utf8()))
            }
        };
        self.failed = true;
        Some(Err(error))
    }
}
