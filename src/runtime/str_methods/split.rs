//! Cutting a string into pieces: `split`/`rsplit`, `splitlines`,
//! `partition`/`rpartition`, the `strip` family, `removeprefix`/`removesuffix`,
//! and gluing them back with `join`.

use super::unicode::{is_line_break, is_space};
use crate::runtime::raise::{raise, ExcKind, Raise};

/// A `maxsplit` as a number of splits (negative: unlimited).
fn split_limit(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `s.split(sep, maxsplit)`: by runs of whitespace when `sep` is `None`.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, Raise> {
    let limit = split_limit(maxsplit);
    match sep {
        None => Ok(split_whitespace(s, limit)),
        Some("") => raise(ExcKind::ValueError, "empty separator"),
        Some(sep) => Ok(s.splitn(limit.saturating_add(1), sep).collect()),
    }
}

/// `s.rsplit(sep, maxsplit)`: `split` working from the right; pieces in left-to-right order.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, Raise> {
    let limit = split_limit(maxsplit);
    let mut pieces: Vec<&str> = match sep {
        None => rsplit_whitespace(s, limit),
        Some("") => return raise(ExcKind::ValueError, "empty separator"),
        Some(sep) => s.rsplitn(limit.saturating_add(1), sep).collect(),
    };
    pieces.reverse();
    Ok(pieces)
}

/// Whitespace `split`: once `limit` splits are made, the rest (leading
/// whitespace skipped, trailing kept) is the last piece.
fn split_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if limit == 0 {
            pieces.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        pieces.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
        limit -= 1;
    }
    pieces
}

/// Whitespace `rsplit`, pieces found right to left (the caller reverses them).
fn rsplit_whitespace(s: &str, mut limit: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if limit == 0 {
            pieces.push(rest);
            break;
        }
        let space = rest.char_indices().rev().find(|&(_, c)| is_space(c));
        let start = space.map_or(0, |(at, c)| at + c.len_utf8());
        pieces.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
        limit -= 1;
    }
    pieces
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`–`\x1e`, `\x85`, U+2028, U+2029.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, next)| next == '\n').is_some() {
            end += 1;
        }
        lines.push(if keepends {
            &s[line_start..end]
        } else {
            &s[line_start..at]
        });
        line_start = end;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    lines
}

/// `s.partition(sep)`: (before, sep, after) at the first `sep`, or `(s, "", "")`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), Raise> {
    if sep.is_empty() {
        return raise(ExcKind::ValueError, "empty separator");
    }
    Ok(match s.find(sep) {
        Some(at) => cut_around(s, at, sep.len()),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`: (before, sep, after) at the last `sep`, or `("", "", s)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), Raise> {
    if sep.is_empty() {
        return raise(ExcKind::ValueError, "empty separator");
    }
    Ok(match s.rfind(sep) {
        Some(at) => cut_around(s, at, sep.len()),
        None => ("", "", s),
    })
}

/// `s` cut into the text before byte `at`, the `len` bytes from there, and the rest.
fn cut_around(s: &str, at: usize, len: usize) -> (&str, &str, &str) {
    (&s[..at], &s[at..at + len], &s[at + len..])
}

/// `s.strip(chars)`: removes leading and trailing characters in `chars` (whitespace when `None`).
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `s.lstrip(chars)`: removes leading characters in `chars` (whitespace when `None`).
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`: removes trailing characters in `chars` (whitespace when `None`).
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `s.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `s.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

/// `sep.join(pieces)` once the VM has checked that every item is a str.
pub fn join(sep: &str, pieces: &[&str]) -> String {
    pieces.join(sep)
}
