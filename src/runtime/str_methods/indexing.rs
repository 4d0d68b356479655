//! Code-point lengths, indexing and slicing, and the mapping between
//! code-point indices and UTF-8 byte offsets. A string whose code-point length
//! equals its byte length is ASCII, and then an index is a byte offset; other
//! strings are walked from the nearer end or the nearest [`Marks`], a block
//! of bytes at a time.

use std::borrow::Cow;
use std::cell::Cell;

use crate::runtime::raise::{raise, ExcKind, Raise};

/// Code points from one checkpoint of [`Marks`] to the next.
const STRIDE: usize = 16;

/// Non-ASCII texts of at least this many bytes are worth [`Marks`]; shorter
/// ones are walked (a few hundred code points at most).
pub const MARKED_FROM: usize = 2048;

/// The byte offset of every `STRIDE`th code point of a long non-ASCII text,
/// so code-point indices and byte offsets convert in O(STRIDE), not O(len).
/// (At most a quarter of the text's size, in 32-bit offsets.)
pub struct Marks {
    /// The byte offset of code point `k * STRIDE`, at index `k`.
    offsets: Box<[u32]>,
    /// The last conversion, `(code point, byte offset)`: a scan moving
    /// forward steps on from it rather than from the checkpoint behind.
    cursor: Cell<(usize, usize)>,
}

impl Marks {
    /// The checkpoints of `s` (one walk over it), or None past 4 GiB.
    pub fn of(s: &str) -> Option<Marks> {
        u32::try_from(s.len()).ok()?;
        let offsets = s.char_indices().step_by(STRIDE).map(|(byte, _)| byte as u32).collect();
        Some(Marks { offsets, cursor: Cell::new((0, 0)) })
    }

    /// Byte offset of code point `index` (below the length) of `s`.
    fn byte_offset(&self, s: &str, index: usize) -> usize {
        let (mut char, mut byte) = self.cursor.get();
        if char > index || index - char >= index % STRIDE {
            (char, byte) = (index - index % STRIDE, self.offsets[index / STRIDE] as usize);
        }
        let at = byte + skip_forward(&s[byte..], index - char);
        self.cursor.set((index, at));
        at
    }
}

/// A str's text with what indexing it needs: its code-point length (which
/// the VM caches) and, for a long non-ASCII text, its [`Marks`].
#[derive(Clone, Copy)]
pub struct Text<'a> {
    /// The UTF-8 text.
    pub s: &'a str,
    /// Its length in code points.
    pub len: usize,
    /// Its checkpoints, if it has them (any text may go without).
    pub marks: Option<&'a Marks>,
}

impl<'a> Text<'a> {
    /// `s`, measured, without checkpoints.
    pub fn of(s: &'a str) -> Text<'a> {
        Text { s, len: char_len(s), marks: None }
    }

    /// Whether every code point is one byte, so indices are byte offsets.
    fn is_ascii(&self) -> bool {
        self.len == self.s.len()
    }

    /// Byte offset of code point `index` (`index <= len`): O(1) for ASCII,
    /// O(STRIDE) with marks, else a walk from the nearer end.
    pub fn byte_offset(&self, index: usize) -> usize {
        let s = self.s;
        if self.is_ascii() {
            index
        } else if index >= self.len {
            s.len()
        } else if let Some(marks) = self.marks {
            marks.byte_offset(s, index)
        } else if index <= self.len / 2 {
            skip_forward(s, index)
        } else {
            skip_backward(s, self.len - index)
        }
    }

    /// Code-point index of byte offset `byte` (a char boundary).
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            return byte;
        }
        match self.marks {
            Some(Marks { offsets: marks, .. }) => {
                let mark = marks.partition_point(|&at| at as usize <= byte) - 1;
                mark * STRIDE + char_len(&self.s[marks[mark] as usize..byte])
            }
            None => char_len(&self.s[..byte]),
        }
    }

    /// Code points in the bytes `from..to` (char boundaries).
    pub(super) fn chars_between(&self, from: usize, to: usize) -> usize {
        if self.is_ascii() {
            to - from
        } else if self.marks.is_some() && to - from > 4 * STRIDE {
            self.char_index(to) - self.char_index(from)
        } else {
            char_len(&self.s[from..to])
        }
    }

    /// Byte range of the code points `start..end` (`start <= end <= len`).
    pub(super) fn byte_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.byte_offset(start);
        // A short slice steps on from its start; a long one uses the marks
        // or the nearer end.
        let short = end - start <= STRIDE;
        if self.is_ascii() || (!short && (self.marks.is_some() || end - start > self.len - end)) {
            return (from, self.byte_offset(end));
        }
        (from, from + skip_forward(&self.s[from..], end - start))
    }
}

/// Python's `len(s)`: the number of code points in `s`.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Python's `s[index]`, in O(1) for ASCII text.
pub fn char_at(t: Text, index: i64) -> Result<char, Raise> {
    let position = if index < 0 { index + t.len as i64 } else { index };
    if position < 0 || position >= t.len as i64 {
        return raise(ExcKind::IndexError, "string index out of range");
    }
    let at = t.byte_offset(position as usize);
    Ok(t.s[at..]
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

/// Python's `s[start:stop:step]`. A step of 1 borrows from `s`.
pub fn slice<'a>(
    t: Text<'a>,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Cow<'a, str>, Raise> {
    let (start, _, step, count) = normalize_slice(t.len, start, stop, step)?;
    Ok(select(t, start, step, count))
}

/// The `count` code points of `t` from `start` on by `step` (a slice
/// [`normalize_slice`] has resolved). A step of 1 borrows from `t`.
pub fn select(t: Text, start: i64, step: i64, count: usize) -> Cow<str> {
    if count == 0 {
        return Cow::Borrowed("");
    }
    let stop = start + (count as i64 - 1) * step;
    if step == 1 {
        let (from, to) = t.byte_range(start as usize, stop as usize + 1);
        return Cow::Borrowed(&t.s[from..to]);
    }
    if t.is_ascii() {
        let bytes = t.s.as_bytes();
        return Cow::Owned((0..count as i64).map(|k| bytes[(start + k * step) as usize] as char).collect());
    }
    // Walk forward from the lowest selected position, then reverse if needed.
    let lowest = start.min(stop);
    let picked = t.s[t.byte_offset(lowest as usize)..]
        .chars()
        .step_by(step.unsigned_abs() as usize)
        .take(count);
    Cow::Owned(if step > 0 {
        picked.collect()
    } else {
        picked.collect::<Vec<char>>().into_iter().rev().collect()
    })
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

/// Byte offset after the first `count` code points of `s` (its length if it has fewer).
fn skip_forward(s: &str, mut count: usize) -> usize {
    let mut at = 0;
    // (A block has at most BLOCK code points, so one is never too many.)
    while count >= BLOCK && s.len() - at > BLOCK {
        let mut end = at + BLOCK;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        count -= s[at..end].chars().count();
        at = end;
    }
    // Step over lead bytes by their width: no code point is decoded.
    let bytes = s.as_bytes();
    while count > 0 && at < bytes.len() {
        at += utf8_width(bytes[at]);
        count -= 1;
    }
    at.min(s.len())
}

/// Bytes in the UTF-8 sequence a lead byte `b` starts.
#[inline]
fn utf8_width(b: u8) -> usize {
    match b {
        0..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Byte offset of the code point `count` places before the end of `s` (0 if it has fewer).
fn skip_backward(s: &str, mut count: usize) -> usize {
    let mut end = s.len();
    while count > BLOCK && end > BLOCK {
        let mut start = end - BLOCK;
        while !s.is_char_boundary(start) {
            start += 1;
        }
        count -= s[start..end].chars().count();
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
