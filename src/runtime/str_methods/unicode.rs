//! Character properties and case mappings exactly as CPython 3.11 has them
//! (Unicode 14.0.0), read from the generated tables. ASCII is answered from a
//! 128-entry array; other property flags from blocks of 256 code points made
//! on first use; case mappings by binary search.

use std::cell::RefCell;

use super::unicode_tables::{
    ALPHA, ASCII_FLAGS, CASED, CASE_IGNORABLE, DECIMAL, DIGIT, FLAG_RUNS, FOLD_MULTI, FOLD_RUNS,
    LOWER, LOWER_MULTI, LOWER_RUNS, NUMERIC, PRINTABLE, SPACE, TITLE, TITLE_MULTI, TITLE_RUNS,
    UPPER, UPPER_MULTI, UPPER_RUNS, XID_CONTINUE, XID_START,
};

/// All property flags of `c` (the bits defined in `unicode_tables`).
fn flags(c: char) -> u16 {
    let cp = c as u32;
    if cp < 128 {
        return ASCII_FLAGS[cp as usize];
    }
    BLOCKS.with(|blocks| {
        let mut blocks = blocks.borrow_mut();
        if blocks.is_empty() {
            blocks.resize(BLOCK_COUNT, None);
        }
        blocks[(cp >> 8) as usize].get_or_insert_with(|| block_flags(cp >> 8))[(cp & 0xff) as usize]
    })
}

/// Blocks of 256 code points in Unicode's range.
const BLOCK_COUNT: usize = 0x1100;

thread_local! {
    /// The flags of each block of 256 code points that was looked up, by
    /// block number: a text scan then costs a lookup per character, not a
    /// binary search over FLAG_RUNS (CPython's tables have two levels too).
    static BLOCKS: RefCell<Vec<Option<Box<[u16; 256]>>>> = const { RefCell::new(Vec::new()) };
}

/// The flags of the 256 code points of block `block`, read from FLAG_RUNS.
fn block_flags(block: u32) -> Box<[u16; 256]> {
    let first = block << 8;
    // FLAG_RUNS starts at code point 0, so some run always contains `first`.
    let mut run = FLAG_RUNS.partition_point(|&(start, _)| start <= first) - 1;
    let mut flags = Box::new([0; 256]);
    for (offset, slot) in flags.iter_mut().enumerate() {
        let cp = first + offset as u32;
        while FLAG_RUNS.get(run + 1).is_some_and(|&(start, _)| start <= cp) {
            run += 1;
        }
        *slot = FLAG_RUNS[run].1;
    }
    flags
}

/// Whether `c` has any of the property bits in `mask`.
fn has(c: char, mask: u16) -> bool {
    flags(c) & mask != 0
}

/// Python's whitespace (`str.isspace`), which differs from `char::is_whitespace`.
pub(super) fn is_space(c: char) -> bool {
    has(c, SPACE)
}

/// `str.isalpha` of one character.
pub(super) fn is_alpha(c: char) -> bool {
    has(c, ALPHA)
}

/// `str.isdecimal` of one character.
pub(super) fn is_decimal(c: char) -> bool {
    has(c, DECIMAL)
}

/// `str.isdigit` of one character.
pub(super) fn is_digit(c: char) -> bool {
    has(c, DIGIT)
}

/// `str.isnumeric` of one character.
pub(super) fn is_numeric(c: char) -> bool {
    has(c, NUMERIC)
}

/// CPython's `Py_UNICODE_ISALNUM`: alphabetic, decimal, digit or numeric.
pub(super) fn is_alnum(c: char) -> bool {
    has(c, ALPHA | DECIMAL | DIGIT | NUMERIC)
}

/// `str.isprintable` of one character.
pub(super) fn is_printable(c: char) -> bool {
    has(c, PRINTABLE)
}

/// The Lowercase property.
pub(super) fn is_lower(c: char) -> bool {
    has(c, LOWER)
}

/// The Uppercase property.
pub(super) fn is_upper(c: char) -> bool {
    has(c, UPPER)
}

/// Titlecase letter (category Lt).
pub(super) fn is_title(c: char) -> bool {
    has(c, TITLE)
}

/// The Cased property.
pub(super) fn is_cased(c: char) -> bool {
    has(c, CASED)
}

/// The Case_Ignorable property.
pub(super) fn is_case_ignorable(c: char) -> bool {
    has(c, CASE_IGNORABLE)
}

/// XID_Start: may begin an identifier.
pub(super) fn is_xid_start(c: char) -> bool {
    has(c, XID_START)
}

/// XID_Continue: may continue an identifier.
pub(super) fn is_xid_continue(c: char) -> bool {
    has(c, XID_CONTINUE)
}

/// The line boundaries of `str.splitlines` (`\r\n` counts as one, handled by the caller).
pub(super) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Appends the full mapping of `c` from one case table, or `c` itself when unmapped.
fn push_mapped(c: char, runs: &[(u32, u32, u32, i32)], multi: &[(u32, &str)], out: &mut String) {
    let cp = c as u32;
    let run = runs.partition_point(|&(first, ..)| first <= cp);
    if run > 0 {
        let (first, last, stride, delta) = runs[run - 1];
        if cp <= last && (cp - first).is_multiple_of(stride) {
            out.push(char::from_u32(cp.wrapping_add_signed(delta)).unwrap_or(c));
            return;
        }
    }
    match multi.binary_search_by_key(&cp, |&(key, _)| key) {
        Ok(found) => out.push_str(multi[found].1),
        Err(_) => out.push(c),
    }
}

/// Appends `c`'s full lowercase mapping (without the final-sigma rule).
pub(super) fn push_lower(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &LOWER_RUNS, &LOWER_MULTI, out)
    }
}

/// Appends `c`'s full uppercase mapping.
pub(super) fn push_upper(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &UPPER_RUNS, &UPPER_MULTI, out)
    }
}

/// Appends `c`'s full titlecase mapping.
pub(super) fn push_title(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(c, &TITLE_RUNS, &TITLE_MULTI, out)
    }
}

/// Appends `c`'s full case folding.
pub(super) fn push_fold(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(c, &FOLD_RUNS, &FOLD_MULTI, out)
    }
}
