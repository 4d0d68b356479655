//! Glue between the token stream and the lalrpop parser, and the translation
//! of lalrpop's errors into CPython's messages (`expected ':'`, `unexpected
//! indent`, `expected an indented block after 'if' statement on line 3`...).

use lalrpop_util::{lalrpop_mod, ParseError};

use super::ast::{Expr, Module, Span};
use super::diagnostic::{line_of, ErrorClass, SyntaxError};
use super::layout::layout;
use super::lexer::{lex, Spanned, TokenStream};
use super::token::Tok;

lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_imports)]
    grammar,
    "/python.rs"
);

/// Lexes and lays out a whole file.
pub fn tokens(source: &str) -> TokenStream {
    layout(source, 0, lex(source, 0), false)
}

/// Parses a module. `source` must already have its newlines normalised.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    let parsed = parse_tokens(source);
    // A line continuation the file ends in: the tokenizer's error, unless
    // the parser failed before that last line.
    let Some(at) = continued_at_eof(source) else { return parsed };
    let last_line = source[..at].rfind('\n').map_or(0, |n| n + 1);
    match parsed {
        Err(e) if (e.span.start as usize) < last_line => Err(e),
        _ => Err(SyntaxError::new("unexpected EOF while parsing", Span::new(at + 1, at + 1))),
    }
}

/// The offset of the backslash when `source` (newlines normalised) ends in
/// a line continuation: a backslash and at most a newline after it, which
/// no comment or string on its line holds. (The lexer skips continuations
/// and cannot see the end after one.)
fn continued_at_eof(source: &str) -> Option<usize> {
    let body = source.strip_suffix('\n').unwrap_or(source);
    let at = body.len().checked_sub(1).filter(|_| body.ends_with('\\'))?;
    let line = &body[body.rfind('\n').map_or(0, |n| n + 1)..at];
    let (mut quote, mut escaped) = (None, false);
    for c in line.chars() {
        match (quote, c) {
            (None, '#') => return None,
            (None, '\'' | '"') => quote = Some(c),
            (Some(q), c) if c == q && !escaped => quote = None,
            _ => {}
        }
        // Inside a string, a backslash escapes the next character.
        escaped = quote.is_some() && c == '\\' && !escaped;
    }
    quote.is_none().then_some(at)
}

fn parse_tokens(source: &str) -> Result<Module, SyntaxError> {
    let eof = source.len();
    let stream = super::layout::Layout::new(source, 0, super::lexer::Lexer::new(source, 0), false);
    grammar::ModuleParser::new().parse(stream).map_err(|e| {
        // Errors are rare: lex again to have the tokens around the culprit.
        // Where the parser stopped, unless the tokens did.
        let stopped = match &e {
            ParseError::User { .. } => None,
            ParseError::InvalidToken { location } => Some(*location),
            ParseError::UnrecognizedEof { .. } => Some(eof),
            ParseError::UnrecognizedToken { token: (lo, _, _), .. } | ParseError::ExtraToken { token: (lo, _, _) } => Some(*lo),
        };
        let all = tokens(source);
        let error = explain(e, source, &all.tokens, eof, 0);
        match (all.error, stopped) {
            // As CPython, which reads on to the end after the parser fails:
            // a bracket still open there, opened on a line before the one
            // the parser stopped at, is the likelier mistake.
            (Some(unclosed), Some(at)) if unclosed.message.ends_with("was never closed") => {
                if line_of(source, unclosed.span.start as usize) < line_of(source, at) { unclosed } else { error }
            }
            // An error its tokenizer raises further on (an unterminated
            // string, a bad number, an unmatched bracket) replaces the
            // parser's; the indentation errors it only flags do not.
            (Some(later), Some(_)) if later.class == ErrorClass::SyntaxError => later,
            _ => error,
        }
    })
}

/// Parses the expression of an f-string replacement field, written at byte
/// `base` of the file.
pub fn parse_field_expr(text: &str, base: usize) -> Result<Expr, SyntaxError> {
    let stream = || layout(text, base, lex(text, base), true);
    grammar::FieldExprParser::new().parse(stream().into_parser_input()).map_err(|e| {
        // CPython parses a field as if it were parenthesised: depth 1.
        let mut error = explain(e, text, &stream().tokens, base + text.len(), 1);
        if !error.message.starts_with("f-string") {
            error.message = format!("f-string: {}", error.message);
        }
        error
    })
}

/// True for tokens that can end an operand (`x`, `1`, `)`...).
fn ends_operand(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Str(_)
            | Tok::RParen
            | Tok::RBracket
            | Tok::RBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

/// CPython's hints for a token the grammar refused at `at`: `=` where an
/// expression goes (`if x = 1:`, `[a.b = 1]`, `f(a[0] = 1)`), and a
/// dictionary key without its value (`{1: 2, 3}`).
fn misused_hint(toks: &[Spanned], at: usize, depth: i32) -> Option<SyntaxError> {
    let (_, tok, hi) = toks.get(at)?;
    let (prev_lo, prev_tok, prev_hi) = toks.get(at.checked_sub(1)?)?;
    // Where the brackets still open before `at` were opened.
    let mut open = Vec::new();
    for (i, (_, t, _)) in toks[..at].iter().enumerate() {
        match t {
            Tok::LParen | Tok::LBracket | Tok::LBrace => open.push(i),
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                open.pop();
            }
            _ => {}
        }
    }
    // The tokens of the innermost open bracket, or of the statement.
    let from = match open.last() {
        Some(&i) => i + 1,
        None => toks[..at].iter().rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent)).map_or(0, |i| i + 1),
    };
    let before_prev = at.checked_sub(2).and_then(|i| toks.get(i)).map(|t| &t.1);
    if *tok == Tok::Assign {
        let in_call = open.last().is_some_and(|&i| toks[i].1 == Tok::LParen && i > 0 && ends_operand(&toks[i - 1].1));
        let target_is_name = matches!(prev_tok, Tok::Name(_)) && before_prev != Some(&Tok::Dot);
        if in_call {
            let first_in_argument = !toks[from..at].iter().rev().take_while(|t| t.1 != Tok::Comma).any(|t| t.1 == Tok::Assign);
            let target = matches!(prev_tok, Tok::RBracket | Tok::RParen) || (matches!(prev_tok, Tok::Name(_)) && !target_is_name);
            if target && first_in_argument {
                return Some(SyntaxError::new("expression cannot contain assignment, perhaps you meant \"==\"?", Span::new(*prev_lo, *hi)));
            }
            return None;
        }
        // Where CPython reads a named expression: a condition, or in
        // brackets (but not a comprehension's condition).
        let named = match open.last() {
            None => matches!(toks.get(from).map(|t| &t.1), Some(Tok::If | Tok::Elif | Tok::While)),
            Some(_) => !toks[from..at].iter().any(|t| t.1 == Tok::For),
        };
        if !named || !matches!(prev_tok, Tok::Name(_)) {
            return None;
        }
        if !target_is_name {
            let start = toks[..at - 1].iter().rposition(|t| !matches!(t.1, Tok::Name(_) | Tok::Dot)).map_or(0, |i| i + 1);
            return Some(SyntaxError::new(
                "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
                Span::new(toks[start].0, *prev_hi),
            ));
        }
        // Underlined from the name to the end of the value.
        let mut end = *hi;
        let mut nesting = 0;
        for (_, t, t_hi) in &toks[at + 1..] {
            match t {
                Tok::LParen | Tok::LBracket | Tok::LBrace => nesting += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace if nesting == 0 => break,
                Tok::RParen | Tok::RBracket | Tok::RBrace => nesting -= 1,
                Tok::Colon | Tok::Comma | Tok::Newline | Tok::Assign | Tok::Semi if nesting == 0 => break,
                _ => {}
            }
            end = *t_hi;
        }
        return Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(*prev_lo, end),
        ));
    }
    // `(*a for a in b)`, `f(*a for a in b)`, `{**a for a in b}`: a starred
    // element before a comprehension's `for`.
    if *tok == Tok::For && open.last().is_some() && !toks[from..at].iter().any(|t| t.1 == Tok::Comma) {
        let message = match (&toks[from].1, &toks[open[open.len() - 1]].1) {
            (Tok::Star, _) => Some("iterable unpacking cannot be used in comprehension"),
            (Tok::DoubleStar, Tok::LBrace) => Some("dict unpacking cannot be used in dict comprehension"),
            _ => None,
        };
        if let Some(message) = message {
            return Some(SyntaxError::new(message, Span::new(toks[from].0, *prev_hi)));
        }
    }
    let in_braces = open.last().is_some_and(|&i| toks[i].1 == Tok::LBrace) && depth >= 0;
    if in_braces && matches!(tok, Tok::Comma | Tok::RBrace) && ends_operand(prev_tok) {
        // A dict so far: a `key: value` pair earlier in these braces.
        let mut nesting = 0;
        let is_dict = toks[from..at].iter().any(|(_, t, _)| {
            match t {
                Tok::LParen | Tok::LBracket | Tok::LBrace => nesting += 1,
                Tok::RParen | Tok::RBracket | Tok::RBrace => nesting -= 1,
                _ => {}
            }
            nesting == 0 && *t == Tok::Colon
        });
        if is_dict {
            return Some(SyntaxError::new("':' expected after dictionary key", Span::new(*prev_lo, *prev_hi)));
        }
    }
    None
}

/// True for tokens that can start an operand.
fn starts_operand(tok: &Tok) -> bool {
    matches!(
        tok,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Str(_)
            | Tok::LParen
            | Tok::LBracket
            | Tok::LBrace
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
    )
}

/// How CPython names the block a header opens, for "expected an indented block".
fn block_name(toks: &[Spanned], first: usize) -> String {
    match &toks[first].1 {
        Tok::Def => "function definition".into(),
        Tok::Class => "class definition".into(),
        Tok::Async => match toks.get(first + 1).map(|t| &t.1) {
            Some(Tok::Def) => "function definition".into(),
            Some(t) => format!("'async {}' statement", t.text()),
            None => "'async' statement".into(),
        },
        Tok::Except if matches!(toks.get(first + 1).map(|t| &t.1), Some(Tok::Star)) => "'except*' statement".into(),
        t => format!("'{}' statement", t.text()),
    }
}

/// Turns a lalrpop error into the SyntaxError CPython would raise.
/// `depth` is the bracket depth the tokens start at.
fn explain(
    error: ParseError<usize, Tok, SyntaxError>,
    source: &str,
    toks: &[Spanned],
    eof: usize,
    depth: i32,
) -> SyntaxError {
    let (lo, hi, expected) = match error {
        ParseError::User { error } => return error,
        ParseError::InvalidToken { location } => return SyntaxError::new("invalid syntax", Span::new(location, location)),
        ParseError::ExtraToken { token: (lo, _, hi) } => return SyntaxError::new("invalid syntax", Span::new(lo, hi)),
        ParseError::UnrecognizedEof { expected, .. } => (eof, eof, expected),
        ParseError::UnrecognizedToken { token: (lo, _, hi), expected } => (lo, hi, expected),
    };
    // Index of the offending token (or the end of the stream).
    let at = toks.iter().position(|(start, _, end)| *start == lo && *end == hi).unwrap_or(toks.len());
    let tok = toks.get(at).map(|t| &t.1);
    let prev = at.checked_sub(1).and_then(|p| toks.get(p));
    let span = Span::new(lo, hi.max(lo));

    if tok == Some(&Tok::Indent) {
        let line_end = source[lo..].find('\n').map_or(source.len(), |k| lo + k);
        return SyntaxError::indentation("unexpected indent", Span::new(lo, line_end));
    }
    if expected.len() == 1 && expected[0] == "Indent" {
        // The header is the logical line ending just before the culprit.
        let header_end = at.saturating_sub(1);
        let mut first = header_end;
        while first > 0 && !matches!(toks[first - 1].1, Tok::Newline | Tok::Indent | Tok::Dedent) {
            first -= 1;
        }
        if let Some(header) = toks.get(first) {
            let line = line_of(source, header.0);
            return SyntaxError::indentation(
                format!("expected an indented block after {} on line {line}", block_name(toks, first)),
                span,
            );
        }
    }
    if tok == Some(&Tok::Newline) {
        if expected.iter().any(|e| e == "\":\"") {
            let at_end = prev.map_or(lo, |p| p.2);
            return SyntaxError::new("expected ':'", Span::new(at_end, at_end));
        }
    }
    if (tok == Some(&Tok::Newline) || tok.is_none()) && expected.len() == 1 && expected[0] == "\"else\"" {
        return SyntaxError::new("expected 'else' after 'if' expression", span);
    }
    if expected.iter().any(|e| e == "\"except\"") && expected.iter().any(|e| e == "\"finally\"") {
        return SyntaxError::new("expected 'except' or 'finally' block", span);
    }
    if let Some(hint) = misused_hint(toks, at, depth) {
        return hint;
    }
    if let (Some(tok), Some((prev_lo, prev_tok, _))) = (tok, prev) {
        let depth = toks[..at].iter().fold(depth, |d, (_, t, _)| match t {
            Tok::LParen | Tok::LBracket | Tok::LBrace => d + 1,
            Tok::RParen | Tok::RBracket | Tok::RBrace => d - 1,
            _ => d,
        });
        let statement_start = at < 2 || matches!(toks[at - 2].1, Tok::Newline | Tok::Indent | Tok::Dedent);
        if statement_start && *prev_tok == Tok::Name("print".into()) && starts_operand(tok) {
            return SyntaxError::new(
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                Span::new(*prev_lo, hi),
            );
        }
        let name_then_string = matches!(prev_tok, Tok::Name(_)) && matches!(tok, Tok::Str(_));
        if depth > 0 && ends_operand(prev_tok) && starts_operand(tok) && !name_then_string {
            return SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", Span::new(*prev_lo, hi));
        }
    }
    SyntaxError::new("invalid syntax", span)
}
