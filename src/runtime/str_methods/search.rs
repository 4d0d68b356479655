//! Substring search: `find`/`rfind`/`index`/`rindex`, `count`,
//! `startswith`/`endswith`, `in`, `replace`, and code-point comparison.

use std::cmp::Ordering;

use super::indexing::{adjust_indices, byte_range};
use super::{char_len, reserve_string};
use crate::runtime::raise::{raise, ExcKind, Raise};

/// The part of `s` that `start`/`end` select (CPython's `ADJUST_INDICES`).
struct Window<'a> {
    /// Code-point index in `s` where the part begins.
    start: usize,
    /// Its length in code points.
    len: usize,
    /// The part itself.
    text: &'a str,
    /// Whether `s` is ASCII, so that byte offsets are code-point indices.
    ascii: bool,
}

/// `s[start:end]` as a [`Window`] (`len` is `char_len(s)`), or `None` when it
/// is shorter than `sub`, where CPython gives up early (so `'abc'.find('', 4)`
/// is -1 and `'abc'.startswith('', 4)` is False).
fn window<'a>(
    s: &'a str,
    len: usize,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Option<Window<'a>> {
    let (start, end) = adjust_indices(len, start, end);
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    let (from, to) = byte_range(s, len, start, end);
    Some(Window {
        start,
        len: end - start,
        text: &s[from..to],
        ascii: len == s.len(),
    })
}

/// Code-point index of the first (or, `from_right`, last) `sub` within `s[start:end]`.
fn locate(
    s: &str,
    len: usize,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
    from_right: bool,
) -> Option<usize> {
    let part = window(s, len, sub, start, end)?;
    let byte = if from_right {
        part.text.rfind(sub)
    } else {
        part.text.find(sub)
    }?;
    let skipped = if part.ascii {
        byte
    } else {
        char_len(&part.text[..byte])
    };
    Some(part.start + skipped)
}

/// `s.find(sub, start, end)`: the lowest index of `sub`, or -1; `len` is `char_len(s)`.
pub fn find(s: &str, len: usize, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    locate(s, len, sub, start, end, false).map_or(-1, |at| at as i64)
}

/// `s.rfind(sub, start, end)`: the highest index of `sub`, or -1; `len` is `char_len(s)`.
pub fn rfind(s: &str, len: usize, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    locate(s, len, sub, start, end, true).map_or(-1, |at| at as i64)
}

/// `s.index(sub, start, end)`: like `find`, but `ValueError` when absent.
pub fn index(
    s: &str,
    len: usize,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, Raise> {
    match locate(s, len, sub, start, end, false) {
        Some(at) => Ok(at),
        None => raise(ExcKind::ValueError, "substring not found"),
    }
}

/// `s.rindex(sub, start, end)`: like `rfind`, but `ValueError` when absent.
pub fn rindex(
    s: &str,
    len: usize,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, Raise> {
    match locate(s, len, sub, start, end, true) {
        Some(at) => Ok(at),
        None => raise(ExcKind::ValueError, "substring not found"),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` counts the gaps.
pub fn count(s: &str, len: usize, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(s, len, sub, start, end) {
        None => 0,
        Some(part) if sub.is_empty() => part.len + 1,
        Some(part) => part.text.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the VM loops over a tuple).
pub fn startswith(s: &str, len: usize, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, len, prefix, start, end).is_some_and(|part| part.text.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (the VM loops over a tuple).
pub fn endswith(s: &str, len: usize, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(s, len, suffix, start, end).is_some_and(|part| part.text.ends_with(suffix))
}

/// `sub in s`.
pub fn contains(s: &str, sub: &str) -> bool {
    s.contains(sub)
}

/// `s.replace(old, new, count)`: a negative `count` replaces all; an empty
/// `old` inserts `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> Result<String, Raise> {
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let matches = s.matches(old).take(limit).count();
    if matches == 0 {
        return Ok(s.to_owned());
    }
    let size = (s.len() - matches * old.len()).checked_add(matches.saturating_mul(new.len()));
    let size = match size {
        Some(size) if size <= isize::MAX as usize => size,
        _ => return raise(ExcKind::OverflowError, "replace string is too long"),
    };
    let mut out = reserve_string(Some(size))?;
    let mut copied = 0;
    for (at, found) in s.match_indices(old).take(matches) {
        out.push_str(&s[copied..at]);
        out.push_str(new);
        copied = at + found.len();
    }
    out.push_str(&s[copied..]);
    Ok(out)
}

/// Python's ordering of two strs: by code point, which is UTF-8 byte order.
pub fn compare(a: &str, b: &str) -> Ordering {
    a.as_bytes().cmp(b.as_bytes())
}
