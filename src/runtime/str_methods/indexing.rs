//! Code-point lengths, indexing and slicing, and the mapping between
//! code-point indices and UTF-8 byte offsets. A string whose code-point length
//! equals its byte length is ASCII, and then an index is a byte offset; other
//! strings are walked from the nearer end, a block of bytes at a time.

use std::borrow::Cow;

use crate::runtime::raise::{raise, ExcKind, Raise};

/// Python's `len(s)`: the number of code points in `s`.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Python's `s[index]`; `len` must be `char_len(s)` (which the VM caches), so ASCII text indexes in O(1).
pub fn char_at(s: &str, len: usize, index: i64) -> Result<char, Raise> {
    let position = if index < 0 { index + len as i64 } else { index };
    if position < 0 || position >= len as i64 {
        return raise(ExcKind::IndexError, "string index out of range");
    }
    let at = byte_offset(s, len, position as usize);
    Ok(s[at..]
        .chars()
        .next()
        .expect("position is below the code-point length"))
}

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices`: `(start, stop, step, slice length)` for a sequence of `len` items.
pub fn normalize_slice(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<(i64, i64, i64, usize), Raise> {
    let step = match step {
        None => 1,
        Some(0) => return raise(ExcKind::ValueError, "slice step cannot be zero"),
        // Keeps `-step` representable, as CPython does.
        Some(step) => step.max(-i64::MAX),
    };
    let len = len as i64;
    let clamp = |index: i64| {
        if index < 0 {
            let from_end = index + len;
            if from_end >= 0 {
                from_end
            } else if step < 0 {
                -1
            } else {
                0
            }
        } else if index >= len {
            if step < 0 {
                len - 1
            } else {
                len
            }
        } else {
            index
        }
    };
    let start = clamp(start.unwrap_or(if step < 0 { i64::MAX } else { 0 }));
    let stop = clamp(stop.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX }));
    let count = if step < 0 && stop < start {
        (start - stop - 1) / -step + 1
    } else if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

/// Python's `s[start:stop:step]`; `len` must be `char_len(s)`. A step of 1 borrows from `s`.
pub fn slice<'a>(
    s: &'a str,
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Cow<'a, str>, Raise> {
    let (start, stop, step, count) = normalize_slice(len, start, stop, step)?;
    if count == 0 {
        return Ok(Cow::Borrowed(""));
    }
    if step == 1 {
        let (from, to) = byte_range(s, len, start as usize, stop as usize);
        return Ok(Cow::Borrowed(&s[from..to]));
    }
    if len == s.len() {
        let bytes = s.as_bytes();
        let picked = (0..count as i64).map(|k| bytes[(start + k * step) as usize] as char);
        return Ok(Cow::Owned(picked.collect()));
    }
    // Walk forward from the lowest selected position, then reverse if needed.
    let lowest = if step > 0 {
        start
    } else {
        start + (count as i64 - 1) * step
    };
    let picked = s
        .chars()
        .skip(lowest as usize)
        .step_by(step.unsigned_abs() as usize)
        .take(count);
    Ok(Cow::Owned(if step > 0 {
        picked.collect()
    } else {
        picked.collect::<Vec<char>>().into_iter().rev().collect()
    }))
}

/// CPython's `ADJUST_INDICES` for the optional start/end of `find`, `count`,
/// `startswith` and kin: negatives count from the end, the end is clamped to
/// `len`, and the start may stay past the end.
pub(super) fn adjust_indices(len: usize, start: Option<i64>, end: Option<i64>) -> (i64, i64) {
    let len = len as i64;
    let end = match end {
        None => len,
        Some(end) if end > len => len,
        Some(end) if end < 0 => (end + len).max(0),
        Some(end) => end,
    };
    let start = match start {
        None => 0,
        Some(start) if start < 0 => (start + len).max(0),
        Some(start) => start,
    };
    (start, end)
}

/// Bytes counted at a time when walking over code points (the standard
/// library counts the characters of a block much faster than it steps).
const BLOCK: usize = 512;

/// Byte offset of code point `index` of `s` (`index <= len`, `len` is `char_len(s)`),
/// walking from whichever end is nearer; O(1) for ASCII.
pub(super) fn byte_offset(s: &str, len: usize, index: usize) -> usize {
    if len == s.len() {
        index
    } else if index <= len / 2 {
        skip_forward(s, index)
    } else {
        skip_backward(s, len - index)
    }
}

/// Byte range of the code points `start..end` of `s` (`start <= end <= len`).
pub(super) fn byte_range(s: &str, len: usize, start: usize, end: usize) -> (usize, usize) {
    let from = byte_offset(s, len, start);
    if len == s.len() || end - start > len - end {
        return (from, byte_offset(s, len, end));
    }
    (from, from + skip_forward(&s[from..], end - start))
}

/// Byte offset after the first `count` code points of `s` (its length if it has fewer).
fn skip_forward(s: &str, mut count: usize) -> usize {
    let mut at = 0;
    while s.len() - at > BLOCK {
        let mut end = at + BLOCK;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        let in_block = s[at..end].chars().count();
        if in_block > count {
            break;
        }
        count -= in_block;
        at = end;
    }
    s[at..]
        .char_indices()
        .nth(count)
        .map_or(s.len(), |(byte, _)| at + byte)
}

/// Byte offset of the code point `count` places before the end of `s` (0 if it has fewer).
fn skip_backward(s: &str, mut count: usize) -> usize {
    let mut end = s.len();
    while count > 0 && end > BLOCK {
        let mut start = end - BLOCK;
        while !s.is_char_boundary(start) {
            start += 1;
        }
        let in_block = s[start..end].chars().count();
        if in_block >= count {
            break;
        }
        count -= in_block;
        end = start;
    }
    match count {
        0 => end,
        _ => s[..end]
            .char_indices()
            .rev()
            .nth(count - 1)
            .map_or(0, |(byte, _)| byte),
    }
}
