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
    let mut tokens = Vec::with_capacity(source.len() / 4);
    let mut lexer = Tok::lexer(source);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let (start, end) = (span.start + base, span.end + base);
        match result {
            Ok(Tok::Str(StrLit::FString { content, offset, raw })) => {
                let fstring = StrLit::FString { content, offset: offset + base, raw };
                tokens.push((start, Tok::Str(fstring), end));
            }
            Ok(tok) => tokens.push((start, tok, end)),
            Err(LexError::Message(message)) => {
                return TokenStream { tokens, error: Some(SyntaxError::new(message, Span::new(start, end))) }
            }
            Err(LexError::At(message, at)) => {
                let error = SyntaxError::new(message, Span::new(start + at, start + at + 1));
                return TokenStream { tokens, error: Some(error) };
            }
            Err(LexError::Unrecognised) => {
                let c = source[span.start..].chars().next().unwrap_or(' ');
                let message = if c.is_ascii() && !c.is_ascii_control() {
                    "invalid syntax".to_string()
                } else {
                    invalid_character(c)
                };
                let error = SyntaxError::new(message, Span::new(start, start + c.len_utf8()));
                return TokenStream { tokens, error: Some(error) };
            }
        }
    }
    TokenStream { tokens, error: None }
}
