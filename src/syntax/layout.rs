//! The layout pass: turns the physical-line token stream into Python's
//! logical lines. It drops NEWLINE inside brackets and on blank lines, emits
//! INDENT/DEDENT from the indentation of each logical line, and checks that
//! brackets match, with CPython's messages.

use super::ast::Span;
use super::diagnostic::{line_of, ErrorClass, SyntaxError};
use super::lexer::{Spanned, TokenStream};
use super::token::Tok;

/// One level of the indentation stack.
#[derive(Clone, Copy)]
struct Level {
    /// Column with tabs advancing to the next multiple of 8.
    col: usize,
    /// Column with tabs counted as 1, to detect inconsistent tabs (TabError).
    alt: usize,
}

/// Measures the indentation of the line holding byte `at`.
fn indentation(source: &str, base: usize, at: usize) -> Level {
    let at = at - base;
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut level = Level { col: 0, alt: 0 };
    for b in source[line_start..at].bytes() {
        match b {
            b' ' => {
                level.col += 1;
                level.alt += 1;
            }
            b'\t' => {
                level.col = (level.col / 8 + 1) * 8;
                level.alt += 1;
            }
            b'\x0c' => level = Level { col: 0, alt: 0 },
            _ => break,
        }
    }
    level
}

fn closing_for(open: &Tok) -> &'static str {
    match open {
        Tok::LParen => ")",
        Tok::LBracket => "]",
        _ => "}",
    }
}

/// Applies the layout to the tokens lexed from `source` (placed at `base`).
/// In `expression` mode (f-string fields) every newline is insignificant and
/// no INDENT, DEDENT or final NEWLINE is produced. A layout error ends the
/// stream where it is found, like a lexing error.
pub fn layout(source: &str, base: usize, input: TokenStream, expression: bool) -> TokenStream {
    let mut out = Vec::with_capacity(input.tokens.len() + input.tokens.len() / 8);
    match arrange(source, base, input.tokens, input.error.is_none(), expression, &mut out) {
        Ok(()) => TokenStream { tokens: out, error: input.error },
        Err(error) => TokenStream { tokens: out, error: Some(error) },
    }
}

fn arrange(
    source: &str,
    base: usize,
    tokens: Vec<Spanned>,
    complete: bool,
    expression: bool,
    out: &mut Vec<Spanned>,
) -> Result<(), SyntaxError> {
    let mut levels = vec![Level { col: 0, alt: 0 }];
    let mut brackets: Vec<(Tok, usize, usize)> = Vec::new();
    let mut at_line_start = true;

    for (start, tok, end) in tokens {
        if tok == Tok::Newline {
            if !brackets.is_empty() || at_line_start || expression {
                continue;
            }
            out.push((start, tok, end));
            at_line_start = true;
            continue;
        }
        if at_line_start && brackets.is_empty() && !expression {
            at_line_start = false;
            let level = indentation(source, base, start);
            let top = *levels.last().expect("the stack keeps level 0");
            let tab_error = || SyntaxError {
                class: ErrorClass::TabError,
                message: "inconsistent use of tabs and spaces in indentation".into(),
                span: Span::new(start, start),
            };
            if level.col > top.col {
                if level.alt <= top.alt {
                    return Err(tab_error());
                }
                levels.push(level);
                out.push((start, Tok::Indent, start));
            } else if level.col < top.col {
                while levels.last().expect("level 0 stays").col > level.col {
                    levels.pop();
                    out.push((start, Tok::Dedent, start));
                }
                let top = *levels.last().expect("level 0 stays");
                if top.col != level.col {
                    return Err(SyntaxError::indentation(
                        "unindent does not match any outer indentation level",
                        Span::new(start, start),
                    ));
                }
                if top.alt != level.alt {
                    return Err(tab_error());
                }
            } else if level.alt != top.alt {
                return Err(tab_error());
            }
        }
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                // CPython's tokenizer limit (MAXLEVEL).
                if brackets.len() >= 200 {
                    return Err(SyntaxError::new("too many nested parentheses", Span::new(start, end)));
                }
                brackets.push((tok.clone(), start, end))
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                let close = tok.text();
                let Some((open, open_start, _)) = brackets.pop() else {
                    return Err(SyntaxError::new(format!("unmatched '{close}'"), Span::new(start, end)));
                };
                if closing_for(&open) != close {
                    let mut message =
                        format!("closing parenthesis '{close}' does not match opening parenthesis '{}'", open.text());
                    let (open_line, close_line) = (line_of_file(source, base, open_start), line_of_file(source, base, start));
                    if open_line != close_line {
                        message += &format!(" on line {open_line}");
                    }
                    return Err(SyntaxError::new(message, Span::new(start, end)));
                }
            }
            _ => {}
        }
        out.push((start, tok, end));
    }

    if !complete {
        // Lexing stopped early: the error stands where the tokens end.
        return Ok(());
    }
    let eof = base + source.len();
    if let Some((open, start, end)) = brackets.pop() {
        return Err(SyntaxError::new(format!("'{}' was never closed", open.text()), Span::new(start, end)));
    }
    if !expression {
        if !at_line_start {
            out.push((eof, Tok::Newline, eof));
        }
        for _ in 1..levels.len() {
            out.push((eof, Tok::Dedent, eof));
        }
    }
    Ok(())
}

fn line_of_file(source: &str, base: usize, at: usize) -> usize {
    line_of(source, at - base)
}
