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
    let mut out = TokenStream { tokens: Vec::with_capacity(input.tokens.len() + input.tokens.len() / 8), error: None };
    for item in Layout::new(source, base, input.into_parser_input(), expression) {
        match item {
            Ok(t) => out.tokens.push(t),
            Err(e) => out.error = Some(e),
        }
    }
    out
}

/// The layout pass as an iterator over a token iterator, so that the parser
/// pulls tokens as it goes and no token vector is built.
pub struct Layout<'s, I> {
    /// The physical-line tokens.
    input: I,
    /// The source text (for measuring indentation).
    source: &'s str,
    /// Offset of the source in the file.
    base: usize,
    /// True for f-string fields.
    expression: bool,
    /// The indentation stack.
    levels: Vec<Level>,
    /// Open brackets with their spans.
    brackets: Vec<(Tok, usize, usize)>,
    /// True when the next token starts a logical line.
    at_line_start: bool,
    /// Tokens produced but not yet handed out.
    pending: std::collections::VecDeque<Spanned>,
    /// True once the input ended or failed.
    finished: bool,
    /// An error to report once the queued tokens are out.
    failed: Option<SyntaxError>,
    /// Tokens read ahead after `with (` (see `mark_with_parens`) or on a
    /// `match`/`case` line (see `soft_keyword`).
    ahead: std::collections::VecDeque<Result<Spanned, SyntaxError>>,
    /// True when the next token handed out starts a logical line.
    line_start: bool,
}

impl<'s, I: Iterator<Item = Result<Spanned, SyntaxError>>> Layout<'s, I> {
    pub fn new(source: &'s str, base: usize, input: I, expression: bool) -> Self {
        Layout {
            input,
            source,
            base,
            expression,
            levels: vec![Level { col: 0, alt: 0 }],
            brackets: Vec::new(),
            at_line_start: true,
            pending: std::collections::VecDeque::new(),
            finished: false,
            failed: None,
            ahead: std::collections::VecDeque::new(),
            line_start: true,
        }
    }

    /// Takes one physical token: queues the INDENT/DEDENTs before it and
    /// returns the token itself if the parser should see it.
    fn step(&mut self, (start, tok, end): Spanned) -> Result<Option<Spanned>, SyntaxError> {
        let (source, base) = (self.source, self.base);
        if tok == Tok::Newline {
            if !self.brackets.is_empty() || self.at_line_start || self.expression {
                return Ok(None);
            }
            self.at_line_start = true;
            return Ok(Some((start, tok, end)));
        }
        if self.at_line_start && self.brackets.is_empty() && !self.expression {
            self.at_line_start = false;
            let level = indentation(source, base, start);
            let top = *self.levels.last().expect("the stack keeps level 0");
            let tab_error = || SyntaxError {
                class: ErrorClass::TabError,
                message: "inconsistent use of tabs and spaces in indentation".into(),
                span: Span::new(start, start),
            };
            if level.col > top.col {
                if level.alt <= top.alt {
                    return Err(tab_error());
                }
                // CPython's tokenizer limit (MAXINDENT).
                if self.levels.len() >= 100 {
                    return Err(SyntaxError::indentation("too many levels of indentation", Span::new(start, start)));
                }
                self.levels.push(level);
                self.pending.push_back((start, Tok::Indent, start));
            } else if level.col < top.col {
                let mut dedents = 0;
                while self.levels.last().expect("level 0 stays").col > level.col {
                    self.levels.pop();
                    self.pending.push_back((start, Tok::Dedent, start));
                    dedents += 1;
                }
                let top = *self.levels.last().expect("level 0 stays");
                if top.col != level.col {
                    // CPython's tokenizer fails before it hands out any of
                    // this line's DEDENTs: the parser must not see them
                    // first (they could end a `try` body, say).
                    self.pending.truncate(self.pending.len() - dedents);
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
                if self.brackets.len() >= 200 {
                    return Err(SyntaxError::new("too many nested parentheses", Span::new(start, end)));
                }
                self.brackets.push((tok.clone(), start, end))
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                let close = tok.text();
                let Some((open, open_start, _)) = self.brackets.pop() else {
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
        Ok(Some((start, tok, end)))
    }

    /// The end of the input: unclosed brackets, the last NEWLINE, DEDENTs.
    fn finish(&mut self) -> Result<(), SyntaxError> {
        let eof = self.base + self.source.len();
        if let Some((open, start, end)) = self.brackets.pop() {
            return Err(SyntaxError::new(format!("'{}' was never closed", open.text()), Span::new(start, end)));
        }
        if !self.expression {
            if !self.at_line_start {
                self.pending.push_back((eof, Tok::Newline, eof));
            }
            for _ in 1..self.levels.len() {
                self.pending.push_back((eof, Tok::Dedent, eof));
            }
        }
        Ok(())
    }
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Iterator for Layout<'_, I> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        let t = match self.ahead.pop_front() {
            Some(t) => t,
            None => {
                let t = self.next_token()?;
                if matches!(t, Ok((_, Tok::With, _))) {
                    self.mark_with_parens();
                }
                match &t {
                    Ok((_, Tok::Name(n), _)) if self.line_start && (n == "match" || n == "case") => self.soft_keyword(t),
                    _ => t,
                }
            }
        };
        self.line_start = matches!(t, Ok((_, Tok::Newline | Tok::Indent | Tok::Dedent, _)));
        Some(t)
    }
}

impl<I: Iterator<Item = Result<Spanned, SyntaxError>>> Layout<'_, I> {
    /// After `with`: when a `(` follows, reads on to the matching `)` and
    /// the token after it, into `ahead`. When that token is the header's
    /// `:`, the parentheses group the context managers (`with (a as b,
    /// c as d):`, as CPython reads them) and become `WithLParen` and
    /// `WithRParen` for the grammar.
    fn mark_with_parens(&mut self) {
        let mut depth = 0;
        loop {
            let Some(t) = self.next_token() else { return };
            let Ok((_, tok, _)) = &t else {
                self.ahead.push_back(t);
                return;
            };
            match tok {
                Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                _ => {}
            }
            self.ahead.push_back(t);
            if depth <= 0 {
                break;
            }
        }
        if !matches!(self.ahead.front(), Some(Ok((_, Tok::LParen, _)))) {
            return;
        }
        let close = self.ahead.len() - 1;
        let Some(after) = self.next_token() else { return };
        let header_ends = matches!(after, Ok((_, Tok::Colon, _)));
        self.ahead.push_back(after);
        if header_ends {
            if let Some(Ok(open)) = self.ahead.front_mut() {
                open.1 = Tok::WithLParen;
            }
            if let Some(Ok(shut)) = self.ahead.get_mut(close) {
                shut.1 = Tok::WithRParen;
            }
        }
    }

    /// `match` or `case` (`word`) at the start of a logical line: reads
    /// the line into `ahead`. When it ends with `:` after more tokens, the
    /// line is a match statement's or a case clause's header: the word
    /// becomes the keyword, and a case's pattern (up to its guard's `if`
    /// or the `:`) becomes one `Pattern` token.
    fn soft_keyword(&mut self, word: Result<Spanned, SyntaxError>) -> Result<Spanned, SyntaxError> {
        let mut line = Vec::new();
        let complete = loop {
            match self.next_token() {
                Some(Ok(t)) => {
                    let end = t.1 == Tok::Newline;
                    line.push(t);
                    if end {
                        break true;
                    }
                }
                Some(Err(e)) => {
                    self.ahead.extend(line.into_iter().map(Ok));
                    self.ahead.push_back(Err(e));
                    return word;
                }
                None => break false,
            }
        };
        let Ok((lo, Tok::Name(name), hi)) = &word else { unreachable!("called with a name") };
        // A case's body may follow its `:` on the same line, so its header
        // ends at the first `:` outside brackets.
        let colon = if name == "case" { first_outer_colon(&line) } else { line.len().checked_sub(2) };
        let header = complete && line.len() >= 3 && colon.is_some_and(|c| c >= 1 && line[c].1 == Tok::Colon);
        if !header {
            self.ahead.extend(line.into_iter().map(Ok));
            return word;
        }
        if name == "match" {
            self.ahead.extend(line.into_iter().map(Ok));
            return Ok((*lo, Tok::Match, *hi));
        }
        // The pattern ends at the guard's `if` (outside brackets) or the `:`.
        let colon = colon.expect("a header has its colon");
        let mut depth = 0;
        let mut end = colon;
        for (i, (_, tok, _)) in line[..colon].iter().enumerate() {
            match tok {
                Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
                Tok::If if depth == 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        if end == 0 {
            self.ahead.extend(line.into_iter().map(Ok));
            return word;
        }
        let rest = line.split_off(end);
        let span = (line[0].0, line[end - 1].2);
        match super::pattern::parse_case_pattern(&line) {
            Ok(p) => self.ahead.push_back(Ok((span.0, Tok::Pattern(Box::new(p)), span.1))),
            Err(e) => self.ahead.push_back(Err(e)),
        }
        self.ahead.extend(rest.into_iter().map(Ok));
        Ok((*lo, Tok::Case, *hi))
    }

    /// The next token after the layout rules.
    fn next_token(&mut self) -> Option<Result<Spanned, SyntaxError>> {
        loop {
            if let Some(t) = self.pending.pop_front() {
                return Some(Ok(t));
            }
            if let Some(e) = self.failed.take() {
                return Some(Err(e));
            }
            if self.finished {
                return None;
            }
            let step = match self.input.next() {
                Some(Ok(t)) => match self.step(t) {
                    // Most tokens pass straight through, without the queue.
                    Ok(Some(t)) if self.pending.is_empty() => return Some(Ok(t)),
                    Ok(Some(t)) => {
                        self.pending.push_back(t);
                        Ok(())
                    }
                    Ok(None) => Ok(()),
                    Err(e) => Err(e),
                },
                Some(Err(e)) => Err(e),
                None => {
                    self.finished = true;
                    self.finish()
                }
            };
            if let Err(e) = step {
                // What was queued before the error still reaches the parser first.
                self.finished = true;
                self.failed = Some(e);
            }
            if self.pending.is_empty() {
                if let Some(e) = self.failed.take() {
                    return Some(Err(e));
                }
            }
        }
    }
}

fn line_of_file(source: &str, base: usize, at: usize) -> usize {
    line_of(source, at - base)
}

/// The index of the first `:` of `line` outside brackets (and outside a
/// lambda's parameters), if any.
fn first_outer_colon(line: &[Spanned]) -> Option<usize> {
    let mut depth = 0;
    let mut lambdas = 0;
    for (i, (_, tok, _)) in line.iter().enumerate() {
        match tok {
            Tok::LParen | Tok::LBracket | Tok::LBrace => depth += 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => depth -= 1,
            Tok::Lambda if depth == 0 => lambdas += 1,
            Tok::Colon if depth == 0 && lambdas > 0 => lambdas -= 1,
            Tok::Colon if depth == 0 => return Some(i),
            _ => {}
        }
    }
    None
}
