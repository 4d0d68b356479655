//! Padding and repetition: `center`, `ljust`, `rjust`, `zfill`, `expandtabs`
//! and `str * n`. Sizes that cannot be allocated raise `MemoryError` (or
//! CPython's `OverflowError` where it checks first) instead of aborting.

use super::{char_len, reserve_string};
use crate::runtime::raise::{raise, ExcKind, Raise};

/// `s` with `left` and `right` copies of `fill` around it.
fn pad(s: &str, left: usize, right: usize, fill: char) -> Result<String, Raise> {
    let fill_bytes = (left.checked_add(right)).and_then(|n| n.checked_mul(fill.len_utf8()));
    let mut out = reserve_string(fill_bytes.and_then(|n| n.checked_add(s.len())))?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// How many fill characters bring `s` up to `width` code points (0 if already as wide).
fn shortfall(s: &str, width: i64) -> usize {
    usize::try_from(width).map_or(0, |width| width.saturating_sub(char_len(s)))
}

/// `s.center(width, fill)`: the odd extra fill goes left when `width` is odd, as in CPython.
pub fn center(s: &str, width: i64, fill: char) -> Result<String, Raise> {
    let margin = shortfall(s, width);
    let left = margin / 2 + (margin & width as usize & 1);
    pad(s, left, margin - left, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> Result<String, Raise> {
    pad(s, 0, shortfall(s, width), fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> Result<String, Raise> {
    pad(s, shortfall(s, width), 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading `+` or `-`.
pub fn zfill(s: &str, width: i64) -> Result<String, Raise> {
    let zeros = shortfall(s, width);
    let mut out = pad(s, zeros, 0, '0')?;
    if zeros > 0 && (s.starts_with('+') || s.starts_with('-')) {
        // Swap the sign (one byte) with the first zero.
        out.replace_range(zeros..zeros + 1, "0");
        out.replace_range(0..1, &s[..1]);
    }
    Ok(out)
}

/// Walks `s` for `expandtabs`, calling `emit(text, spaces)` with each
/// character, or with the spaces that stand for a tab.
fn walk_tabs(s: &str, tabsize: usize, mut emit: impl FnMut(&str, usize)) {
    let mut column = 0;
    for (at, c) in s.char_indices() {
        match c {
            '\t' if tabsize > 0 => {
                let spaces = tabsize - column % tabsize;
                emit("", spaces);
                column += spaces;
            }
            '\t' => {}
            _ => {
                emit(&s[at..at + c.len_utf8()], 0);
                column = if c == '\n' || c == '\r' {
                    0
                } else {
                    column + 1
                };
            }
        }
    }
}

/// `s.expandtabs(tabsize)`: tabs to spaces up to the next multiple of `tabsize`, columns restarting after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, Raise> {
    let Ok(tabsize) = i32::try_from(tabsize) else {
        return raise(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        );
    };
    if !s.contains('\t') {
        return Ok(s.to_owned());
    }
    let tabsize = usize::try_from(tabsize).unwrap_or(0);
    // Measure first, as CPython does, so that a huge result raises instead of aborting.
    let mut bytes = Some(0usize);
    walk_tabs(s, tabsize, |text, spaces| {
        bytes = bytes.and_then(|total| total.checked_add(text.len())?.checked_add(spaces));
    });
    let Some(bytes) = bytes.filter(|&total| total <= isize::MAX as usize) else {
        return raise(ExcKind::OverflowError, "new string is too long");
    };
    let mut out = reserve_string(Some(bytes))?;
    walk_tabs(s, tabsize, |text, spaces| {
        out.push_str(text);
        out.extend(std::iter::repeat_n(' ', spaces));
    });
    Ok(out)
}

/// `s * times` (and `times * s`): empty for `times <= 0`.
pub fn repeat(s: &str, times: i64) -> Result<String, Raise> {
    let Ok(times) = usize::try_from(times) else {
        return Ok(String::new());
    };
    if times == 0 || s.is_empty() {
        return Ok(String::new());
    }
    if char_len(s) > isize::MAX as usize / times {
        return raise(ExcKind::OverflowError, "repeated string is too long");
    }
    let mut bytes = reserve_string(s.len().checked_mul(times))?.into_bytes();
    // Cannot overflow: `reserve_string` accepted the product.
    let total = s.len() * times;
    bytes.extend_from_slice(s.as_bytes());
    // Doubling copies whole repetitions of `s`, so the bytes stay UTF-8.
    while bytes.len() < total {
        let more = bytes.len().min(total - bytes.len());
        bytes.extend_from_within(..more);
    }
    Ok(String::from_utf8(bytes).expect("repetitions of a str are UTF-8"))
}
