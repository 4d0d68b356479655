//! `repr()` and `ascii()` of a str, byte for byte as CPython writes them.

use std::fmt::Write;

use super::unicode::is_printable;

/// Appends Python's escape for `c`: `\xhh`, `\uhhhh` or `\Uhhhhhhhh` by magnitude.
fn push_hex_escape(c: char, out: &mut String) {
    let cp = c as u32;
    let written = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
    written.expect("writing to a String cannot fail");
}

/// Python's `repr(s)`: single quotes unless `s` has `'` and no `"`; `\\`, `\t`, `\n`, `\r` and the quote escaped; other non-printable characters hex-escaped.
pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ => push_hex_escape(c, &mut out),
        }
    }
    out.push(quote);
    out
}

/// The `backslashreplace` escaping of every non-ASCII character, which `ascii(x)` applies to `repr(x)`.
pub fn escape_non_ascii(text: &str) -> String {
    if text.is_ascii() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_hex_escape(c, &mut out);
        }
    }
    out
}

/// Python's `ascii(s)` for a str `s`.
pub fn ascii_repr(s: &str) -> String {
    escape_non_ascii(&repr_str(s))
}
