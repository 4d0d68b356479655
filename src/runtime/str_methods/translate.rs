//! `str.translate` over a lookup the VM supplies, and the string form of
//! `str.maketrans`.

use crate::runtime::raise::{raise, ExcKind, Raise};

/// What a translation table gives for one code point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TranslateTo {
    /// `None`: the character is deleted.
    Delete,
    /// An int: the character with that code point.
    Ordinal(i64),
    /// A str: replaces the character.
    Text(String),
}

/// `s.translate(table)`: `lookup(code point)` answers `Ok(None)` where the table raises `LookupError` (character kept).
pub fn translate(
    s: &str,
    mut lookup: impl FnMut(u32) -> Result<Option<TranslateTo>, Raise>,
) -> Result<String, Raise> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c as u32)? {
            None => out.push(c),
            Some(TranslateTo::Delete) => {}
            Some(TranslateTo::Text(text)) => out.push_str(&text),
            Some(TranslateTo::Ordinal(ordinal)) => {
                if !(0..0x110000).contains(&ordinal) {
                    return raise(
                        ExcKind::ValueError,
                        "character mapping must be in range(0x110000)",
                    );
                }
                match char::from_u32(ordinal as u32) {
                    Some(mapped) => out.push(mapped),
                    None => return raise(ExcKind::ValueError, "surrogates not allowed"),
                }
            }
        }
    }
    Ok(out)
}

/// `str.maketrans(from, to, delete)` as `(key, value)` pairs in insertion order (`None`: delete); later pairs win.
pub fn maketrans(from: &str, to: &str, delete: &str) -> Result<Vec<(u32, Option<u32>)>, Raise> {
    if from.chars().count() != to.chars().count() {
        return raise(
            ExcKind::ValueError,
            "the first two maketrans arguments must have equal length",
        );
    }
    let pairs = from
        .chars()
        .zip(to.chars())
        .map(|(key, value)| (key as u32, Some(value as u32)));
    Ok(pairs
        .chain(delete.chars().map(|key| (key as u32, None)))
        .collect())
}
