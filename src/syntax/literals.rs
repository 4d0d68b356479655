//! Decoding of literal tokens: identifiers, numbers and strings (with every
//! escape CPython accepts). These are the logos callbacks of `token.rs`, plus
//! `decode_escapes`, which the f-string splitter reuses for literal parts.

use logos::Lexer;
use num_bigint::BigInt;
use num_traits::Num;

use super::token::{LexError, StrLit, Tok};

/// The 1-based line of byte `offset` in the lexer's source.
fn line_at(lex: &Lexer<Tok>, offset: usize) -> usize {
    let src = lex.source().as_bytes();
    1 + src[..offset.min(src.len())].iter().filter(|&&b| b == b'\n').count()
}

pub fn identifier(lex: &mut Lexer<Tok>) -> Result<String, LexError> {
    let text = lex.slice();
    for (i, c) in text.char_indices() {
        let ok = c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric());
        if !ok {
            return Err(LexError::At(invalid_character(c), i));
        }
    }
    Ok(text.to_string())
}

/// CPython's message for a character no token may contain.
pub fn invalid_character(c: char) -> String {
    if c.is_control() || c.is_whitespace() {
        format!("invalid non-printable character U+{:04X}", c as u32)
    } else {
        format!("invalid character '{c}' (U+{:04X})", c as u32)
    }
}

/// Rejects a number glued to a following name (`1_`, `0x1g`) as CPython does,
/// while allowing the keywords 3.11 tolerates there (`1if x else 2`).
fn check_number_end(lex: &Lexer<Tok>, kind: &str) -> Result<(), LexError> {
    let rest = lex.remainder();
    let Some(c) = rest.chars().next() else { return Ok(()) };
    if !(c == '_' || c.is_alphanumeric()) {
        return Ok(());
    }
    for kw in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if rest.starts_with(kw) {
            return Ok(());
        }
    }
    Err(LexError::Message(format!("invalid {kind} literal")))
}

pub fn decimal(lex: &mut Lexer<Tok>) -> Result<BigInt, LexError> {
    if lex.slice() == "0" {
        // `0x` not followed by a hex digit, and the like.
        let kind = match lex.remainder().bytes().next() {
            Some(b'x' | b'X') => Some("hexadecimal"),
            Some(b'o' | b'O') => Some("octal"),
            Some(b'b' | b'B') => Some("binary"),
            _ => None,
        };
        if let Some(kind) = kind {
            // `0b2`, `0o8`: a digit the base lacks is named.
            let after = &lex.remainder()[1..];
            if let Some(c) = after.strip_prefix('_').unwrap_or(after).chars().next().filter(|c| c.is_ascii_digit() && kind != "hexadecimal") {
                return Err(LexError::Message(format!("invalid digit '{c}' in {kind} literal")));
            }
            return Err(LexError::Message(format!("invalid {kind} literal")));
        }
    }
    check_number_end(lex, "decimal")?;
    let text = lex.slice();
    let digits = if text.contains('_') { std::borrow::Cow::Owned(text.replace('_', "")) } else { text.into() };
    if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
        return Err(LexError::Message(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into(),
        ));
    }
    // Most literals fit a u64, which parses without the bignum machinery.
    match digits.parse::<u64>() {
        Ok(n) => Ok(BigInt::from(n)),
        Err(_) => Ok(BigInt::from_str_radix(&digits, 10).expect("regex admits only digits")),
    }
}

pub fn radix(lex: &mut Lexer<Tok>, radix: u32) -> Result<BigInt, LexError> {
    let kind = match radix {
        16 => "hexadecimal",
        8 => "octal",
        _ => "binary",
    };
    // A digit the base lacks, right after the literal or after a `_`.
    let rest = lex.remainder();
    if let Some(c) = rest.strip_prefix('_').unwrap_or(rest).chars().next().filter(|c| c.is_ascii_digit()) {
        return Err(LexError::Message(format!("invalid digit '{c}' in {kind} literal")));
    }
    check_number_end(lex, kind)?;
    let digits: String = lex.slice()[2..].chars().filter(|&c| c != '_').collect();
    Ok(BigInt::from_str_radix(&digits, radix).expect("regex admits only digits"))
}

pub fn float(lex: &mut Lexer<Tok>) -> Result<f64, LexError> {
    check_number_end(lex, "decimal")?;
    let text: String = lex.slice().chars().filter(|&c| c != '_').collect();
    Ok(text.parse::<f64>().expect("regex admits only float syntax"))
}

/// Scans a string literal whose prefix and opening quote logos matched, and
/// decodes it according to its prefix.
pub fn string(lex: &mut Lexer<Tok>) -> Result<StrLit, LexError> {
    let opening = lex.slice();
    let quote_len = if opening.ends_with("\"\"\"") || opening.ends_with("'''") { 3 } else { 1 };
    let prefix = opening[..opening.len() - quote_len].to_ascii_lowercase();
    let quote = opening.as_bytes()[opening.len() - 1];
    let triple = quote_len == 3;
    let rest = lex.remainder().as_bytes();
    let content_start = lex.span().end;

    let mut i = 0;
    let content_end = loop {
        if i >= rest.len() {
            let (what, line) = if triple {
                ("unterminated triple-quoted string literal", line_at(lex, (content_start + rest.len()).saturating_sub(1)))
            } else {
                ("unterminated string literal", line_at(lex, content_start))
            };
            return Err(LexError::Message(format!("{what} (detected at line {line})")));
        }
        match rest[i] {
            b'\\' => i += 2,
            b'\n' if !triple => {
                let line = line_at(lex, content_start);
                return Err(LexError::Message(format!("unterminated string literal (detected at line {line})")));
            }
            q if q == quote && (!triple || rest[i..].starts_with(&[quote; 3])) => break i,
            _ => i += 1,
        }
    };
    let content = &lex.remainder()[..content_end];
    lex.bump(content_end + quote_len);

    let raw = prefix.contains('r');
    if prefix.contains('f') {
        return Ok(StrLit::FString { content: content.to_string(), offset: content_start, raw });
    }
    if prefix.contains('b') {
        if let Some(c) = content.chars().find(|c| !c.is_ascii()) {
            let _ = c;
            return Err(LexError::Message("bytes can only contain ASCII literal characters".into()));
        }
        let bytes = if raw { content.as_bytes().to_vec() } else { decode_bytes_escapes(content)? };
        return Ok(StrLit::Bytes(bytes));
    }
    if raw {
        return Ok(StrLit::Str(content.to_string()));
    }
    decode_escapes(content).map(StrLit::Str)
}

/// The message CPython gives for a malformed escape in a str literal.
fn unicode_error(start: usize, end: usize, what: &str) -> LexError {
    LexError::Message(format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
    ))
}

/// Reads exactly `n` hex digits from `chars` at `at`, or None.
fn hex_digits(bytes: &[u8], at: usize, n: usize) -> Option<u32> {
    let digits = bytes.get(at..at + n)?;
    let text = std::str::from_utf8(digits).ok()?;
    if !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(text, 16).ok()
}

/// Processes the backslash escapes of a non-raw str literal.
pub fn decode_escapes(text: &str) -> Result<String, LexError> {
    unescape(text).map_err(|e| match e {
        EscapeError::Unicode { start, end, reason } => unicode_error(start, end, reason),
        EscapeError::Other(message) => LexError::Message(message),
    })
}

/// Why the escapes of a text could not be processed.
pub enum EscapeError {
    /// CPython's `unicodeescape` decoding error over the text's bytes
    /// `start..=end`.
    Unicode { start: usize, end: usize, reason: &'static str },
    /// Something coro does not support, with its message.
    Other(String),
}

/// Processes the backslash escapes of `text` as a str literal's (and the
/// `unicode_escape` codec) does.
pub fn unescape(text: &str) -> Result<String, EscapeError> {
    let unicode_error = |start, end, reason| EscapeError::Unicode { start, end, reason };
    if !text.contains('\\') {
        return Ok(text.to_string());
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().expect("index is on a char boundary");
        if c != '\\' {
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let Some(&e) = bytes.get(i + 1) else {
            // A lone trailing backslash cannot happen: it would escape the quote.
            out.push('\\');
            break;
        };
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'a' => Some(Some('\x07')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b't' => Some(Some('\t')),
            b'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            i += 2;
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut n = 0u32;
                let mut j = i + 1;
                while j < bytes.len() && j < i + 4 && (b'0'..=b'7').contains(&bytes[j]) {
                    n = n * 8 + (bytes[j] - b'0') as u32;
                    j += 1;
                }
                out.push(char::from_u32(n).expect("octal escapes are below 0o777"));
                i = j;
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let Some(code) = hex_digits(bytes, i + 2, n) else {
                    // Up to the last hex digit there is.
                    let valid = bytes[i + 2..].iter().take(n).take_while(|b| b.is_ascii_hexdigit()).count();
                    return Err(unicode_error(i, i + 1 + valid, what));
                };
                let Some(ch) = char::from_u32(code) else {
                    if (0xd800..0xe000).contains(&code) {
                        // Strs hold Unicode scalar values only.
                        return Err(EscapeError::Other(format!("coro does not support lone surrogates in strs ({})", &text[i..i + 2 + n])));
                    }
                    return Err(unicode_error(i, i + 1 + n, "illegal Unicode character"));
                };
                out.push(ch);
                i += 2 + n;
            }
            b'N' => {
                let close = text[i..].find('}').map(|k| i + k);
                let name = match (bytes.get(i + 2), close) {
                    (Some(b'{'), Some(close)) => &text[i + 3..close],
                    _ => return Err(unicode_error(i, i + 1, "malformed \\N character escape")),
                };
                let Some(ch) = unicode_names2::character(name) else {
                    return Err(unicode_error(i, close.unwrap_or(i + 1), "unknown Unicode character name"));
                };
                out.push(ch);
                i = close.expect("checked above") + 1;
            }
            _ => {
                // An unknown escape keeps its backslash (CPython only warns).
                out.push('\\');
                i += 1;
            }
        }
    }
    Ok(out)
}

/// Processes the backslash escapes of a non-raw bytes literal (ASCII source).
fn decode_bytes_escapes(text: &str) -> Result<Vec<u8>, LexError> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' || i + 1 >= bytes.len() {
            out.push(bytes[i]);
            i += 1;
            continue;
        }
        let e = bytes[i + 1];
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some(b'\\')),
            b'\'' => Some(Some(b'\'')),
            b'"' => Some(Some(b'"')),
            b'a' => Some(Some(7)),
            b'b' => Some(Some(8)),
            b'f' => Some(Some(12)),
            b'n' => Some(Some(b'\n')),
            b'r' => Some(Some(b'\r')),
            b't' => Some(Some(b'\t')),
            b'v' => Some(Some(11)),
            _ => None,
        };
        if let Some(b) = simple {
            out.extend(b);
            i += 2;
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut n = 0u32;
                let mut j = i + 1;
                while j < bytes.len() && j < i + 4 && (b'0'..=b'7').contains(&bytes[j]) {
                    n = n * 8 + (bytes[j] - b'0') as u32;
                    j += 1;
                }
                out.push((n & 0xff) as u8);
                i = j;
            }
            b'x' => {
                let Some(code) = hex_digits(bytes, i + 2, 2) else {
                    return Err(LexError::Message(format!(
                        "(value error) invalid \\x escape at position {i}"
                    )));
                };
                out.push(code as u8);
                i += 4;
            }
            _ => {
                out.push(b'\\');
                i += 1;
            }
        }
    }
    Ok(out)
}
