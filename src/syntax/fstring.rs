//! Splits the text of an f-string into literal parts and replacement fields
//! (`{expr!r:spec}`), following Python 3.11's rules: the expression may not
//! contain a backslash or `#`, `{{`/`}}` are literal braces, and a format spec
//! may itself hold replacement fields. Each field's expression is lexed and
//! parsed on its own, at its real offset in the file, so spans stay exact.

use super::ast::{FStringPart, Span};
use super::diagnostic::SyntaxError;
use super::literals::decode_escapes;
use super::parser::parse_field_expr;
use super::token::LexError;

/// Parses the content of an f-string that starts at byte `offset` of the file.
pub fn parse(content: &str, offset: usize, raw: bool) -> Result<Vec<FStringPart>, SyntaxError> {
    let splitter = Splitter { text: content, offset, raw };
    let (parts, end) = splitter.parts(0, 0)?;
    debug_assert_eq!(end, content.len());
    Ok(parts)
}

/// The f-string being split.
struct Splitter<'a> {
    /// The text between the quotes.
    text: &'a str,
    /// Byte offset of `text` in the file.
    offset: usize,
    /// True for `rf"..."`.
    raw: bool,
}

impl Splitter<'_> {
    fn error(&self, message: &str, at: usize) -> SyntaxError {
        SyntaxError::new(format!("f-string: {message}"), Span::new(self.offset + at, self.offset + at + 1))
    }

    fn decode(&self, literal: &str, at: usize) -> Result<String, SyntaxError> {
        if self.raw {
            return Ok(literal.to_string());
        }
        decode_escapes(literal).map_err(|e| {
            let message = match e {
                LexError::Message(m) | LexError::At(m, _) => m,
                LexError::Unrecognised => "invalid escape".into(),
            };
            SyntaxError::new(message, Span::new(self.offset + at, self.offset + at + literal.len()))
        })
    }

    /// Reads literal text and fields from `start`. At `depth` 0 it runs to the
    /// end of the text; inside a format spec it stops before the closing `}`.
    fn parts(&self, start: usize, depth: usize) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
        let bytes = self.text.as_bytes();
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut literal_start = start;
        let mut i = start;
        while i < bytes.len() {
            match bytes[i] {
                b'{' if depth == 0 && bytes.get(i + 1) == Some(&b'{') => {
                    literal.push('{');
                    i += 2;
                }
                b'}' if depth == 0 && bytes.get(i + 1) == Some(&b'}') => {
                    literal.push('}');
                    i += 2;
                }
                b'}' if depth > 0 => break,
                b'}' => return Err(self.error("single '}' is not allowed", i)),
                b'{' => {
                    if depth >= 2 {
                        return Err(self.error("expressions nested too deeply", i));
                    }
                    if !literal.is_empty() {
                        parts.push(FStringPart::Literal(self.decode(&literal, literal_start)?));
                        literal.clear();
                    }
                    let (field, end) = self.field(i + 1, depth)?;
                    parts.push(field);
                    i = end;
                    literal_start = i;
                }
                b'\\' if !self.raw && bytes.get(i + 1) == Some(&b'N') && bytes.get(i + 2) == Some(&b'{') => {
                    let close = self.text[i..].find('}').map_or(bytes.len(), |k| i + k + 1);
                    literal.push_str(&self.text[i..close]);
                    i = close;
                }
                b'\\' if !self.raw && i + 1 < bytes.len() => {
                    let next = self.text[i + 1..].chars().next().expect("in bounds");
                    literal.push('\\');
                    literal.push(next);
                    i += 1 + next.len_utf8();
                }
                _ => {
                    let c = self.text[i..].chars().next().expect("in bounds");
                    literal.push(c);
                    i += c.len_utf8();
                }
            }
        }
        if !literal.is_empty() {
            parts.push(FStringPart::Literal(self.decode(&literal, literal_start)?));
        }
        Ok((parts, i))
    }

    /// Parses one replacement field whose expression starts at `start` (just
    /// after its `{`); returns the field and the offset after its `}`.
    fn field(&self, start: usize, depth: usize) -> Result<(FStringPart, usize), SyntaxError> {
        let bytes = self.text.as_bytes();
        let mut nesting: Vec<u8> = Vec::new();
        let mut quote: Option<u8> = None;
        let mut i = start;
        let mut debug = false;
        let expr_end = loop {
            let Some(&b) = bytes.get(i) else {
                return Err(match nesting.last() {
                    Some(&open) => self.error(&format!("unmatched '{}'", open as char), i - 1),
                    None => self.error("expecting '}'", start - 1),
                });
            };
            if let Some(q) = quote {
                if b == q {
                    quote = None;
                } else if b == b'\\' {
                    return Err(SyntaxError::new(
                        "f-string expression part cannot include a backslash",
                        Span::new(self.offset + i, self.offset + i + 1),
                    ));
                }
                i += 1;
                continue;
            }
            match b {
                b'\\' => {
                    return Err(SyntaxError::new(
                        "f-string expression part cannot include a backslash",
                        Span::new(self.offset + i, self.offset + i + 1),
                    ))
                }
                b'#' => {
                    return Err(SyntaxError::new(
                        "f-string expression part cannot include '#'",
                        Span::new(self.offset + i, self.offset + i + 1),
                    ))
                }
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => nesting.push(b),
                b')' | b']' if nesting.is_empty() => {
                    return Err(self.error(&format!("unmatched '{}'", b as char), i));
                }
                b'}' if nesting.is_empty() => break i,
                b')' | b']' | b'}' => {
                    nesting.pop();
                }
                b'!' if nesting.is_empty() && bytes.get(i + 1) != Some(&b'=') => break i,
                b':' if nesting.is_empty() => break i,
                b'=' if nesting.is_empty()
                    && bytes.get(i + 1) != Some(&b'=')
                    && !matches!(bytes.get(i.wrapping_sub(1)), Some(b'=' | b'!' | b'<' | b'>')) =>
                {
                    debug = true;
                    break i;
                }
                _ => {}
            }
            i += 1;
        };
        let expr_text = &self.text[start..expr_end];
        if expr_text.trim().is_empty() {
            return Err(self.error("empty expression not allowed", expr_end));
        }
        let value = parse_field_expr(expr_text, self.offset + start)?;
        i = expr_end;
        let mut debug_text = None;
        if debug {
            i += 1;
            while bytes.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
                i += 1;
            }
            debug_text = Some(self.text[start..i].to_string());
        }
        let mut conversion = None;
        if bytes.get(i) == Some(&b'!') {
            match bytes.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => {
                    return Err(self.error("invalid conversion character: expected 's', 'r', or 'a'", i + 1))
                }
            }
            i += 2;
        }
        let mut spec = None;
        if bytes.get(i) == Some(&b':') {
            let (parts, end) = self.parts(i + 1, depth + 1)?;
            spec = Some(parts);
            i = end;
        }
        if bytes.get(i) != Some(&b'}') {
            return Err(self.error("expecting '}'", i.min(bytes.len().saturating_sub(1))));
        }
        // `{x=}` shows the repr unless a conversion or spec says otherwise.
        if debug_text.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Ok((FStringPart::Field { value: Box::new(value), conversion, spec, debug_text }, i + 1))
    }
}
