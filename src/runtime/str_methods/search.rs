//! Substring search: `find`/`rfind`/`index`/`rindex`, `count`,
//! `startswith`/`endswith`, `in`, `replace`, and code-point comparison.

use std::cmp::Ordering;

use super::indexing::{adjust_indices, Text};
use super::{char_len, reserve_string};
use crate::runtime::raise::{raise, ExcKind, Raise};

/// The part of a text that `start`/`end` select (CPython's `ADJUST_INDICES`).
struct Window<'a> {
    /// Code-point index in the text where the part begins.
    start: usize,
    /// Its length in code points.
    len: usize,
    /// Byte offset in the text where the part begins.
    from: usize,
    /// The part itself.
    text: &'a str,
}

/// `t[start:end]` as a [`Window`], or `None` when it is shorter than `sub`,
/// where CPython gives up early (so `'abc'.find('', 4)` is -1 and
/// `'abc'.startswith('', 4)` is False).
fn window<'a>(t: Text<'a>, sub: &str, start: Option<i64>, end: Option<i64>) -> Option<Window<'a>> {
    let (start, end) = adjust_indices(t.len, start, end);
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let (start, end) = (start as usize, end as usize);
    let (from, to) = t.byte_range(start, end);
    Some(Window { start, len: end - start, from, text: &t.s[from..to] })
}

/// Code-point index of the first (or, `from_right`, last) `sub` within `t[start:end]`.
fn locate(t: Text, sub: &str, start: Option<i64>, end: Option<i64>, from_right: bool) -> Option<usize> {
    let part = window(t, sub, start, end)?;
    // A one-character needle is a memchr, not a two-way searcher's setup.
    let mut one = sub.chars();
    let byte = match (one.next(), one.next(), from_right) {
        (Some(c), None, false) => part.text.find(c),
        (Some(c), None, true) => part.text.rfind(c),
        (_, _, false) => part.text.find(sub),
        (_, _, true) => part.text.rfind(sub),
    }?;
    Some(part.start + t.chars_between(part.from, part.from + byte))
}

/// `s.find(sub, start, end)`: the lowest index of `sub`, or -1.
pub fn find(t: Text, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    locate(t, sub, start, end, false).map_or(-1, |at| at as i64)
}

/// `s.rfind(sub, start, end)`: the highest index of `sub`, or -1.
pub fn rfind(t: Text, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    locate(t, sub, start, end, true).map_or(-1, |at| at as i64)
}

/// `s.index(sub, start, end)`: like `find`, but `ValueError` when absent.
pub fn index(
    t: Text,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, Raise> {
    match locate(t, sub, start, end, false) {
        Some(at) => Ok(at),
        None => raise(ExcKind::ValueError, "substring not found"),
    }
}

/// `s.rindex(sub, start, end)`: like `rfind`, but `ValueError` when absent.
pub fn rindex(
    t: Text,
    sub: &str,
    start: Option<i64>,
    end: Option<i64>,
) -> Result<usize, Raise> {
    match locate(t, sub, start, end, true) {
        Some(at) => Ok(at),
        None => raise(ExcKind::ValueError, "substring not found"),
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` counts the gaps.
pub fn count(t: Text, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    match window(t, sub, start, end) {
        None => 0,
        Some(part) if sub.is_empty() => part.len + 1,
        Some(part) => part.text.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the VM loops over a tuple).
pub fn startswith(t: Text, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(t, prefix, start, end).is_some_and(|part| part.text.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix (the VM loops over a tuple).
pub fn endswith(t: Text, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    window(t, suffix, start, end).is_some_and(|part| part.text.ends_with(suffix))
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
