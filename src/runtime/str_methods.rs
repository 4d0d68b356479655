//! The semantics of Python's `str` methods over plain `&str`, exactly as
//! CPython 3.11 behaves (Unicode 14.0.0), with no VM types: the VM wraps these.
//!
//! Conventions:
//! - Indices, lengths and widths are in code points, never bytes. Arguments
//!   that Python takes as `None` or an int are `Option<i64>`; the VM clamps
//!   ints outside `i64` the way CPython clamps to `Py_ssize_t`.
//! - Results that are pieces of the receiver are borrowed (`&str`, `Cow`);
//!   everything else is a new `String`.
//! - Errors are [`Raise`] values carrying CPython's exception class and message.
//! - Character properties and case mappings come from tables generated from
//!   CPython itself (`generate.py`), so `isspace`, `isprintable`, `title`,
//!   `casefold` and the rest agree with it character for character.
//!
//! Methods needing VM objects (`format`, `format_map`, `encode`, `join` over
//! arbitrary iterables, dict-based `maketrans`/`translate`) are left to the VM;
//! [`join`], [`maketrans`] and [`translate()`] cover their string cores.

mod case;
mod indexing;
mod layout;
mod repr;
mod search;
mod split;
mod translate;
mod unicode;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(test)]
#[rustfmt::skip]
mod test_cases;
#[cfg(test)]
mod tests;

pub use case::{
    capitalize, casefold, isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower,
    isnumeric, isprintable, isspace, istitle, isupper, lower, swapcase, title, upper,
};
pub use indexing::{char_at, char_len, normalize_slice, select, slice, Marks, Text, MARKED_FROM};
pub use layout::{center, expandtabs, ljust, repeat, rjust, zfill};
pub use repr::{ascii_repr, escape_non_ascii, repr_str};
pub use search::{
    compare, contains, count, endswith, find, index, replace, rfind, rindex, startswith,
};
pub use split::{
    join, lstrip, partition, removeprefix, removesuffix, rpartition, rsplit, rstrip, split,
    splitlines, strip,
};
pub use translate::{maketrans, translate, TranslateTo};

use crate::runtime::raise::{ExcKind, Raise};

/// An empty `String` with room for `bytes` bytes (`None`: the size overflowed),
/// or CPython's bare `MemoryError` when the memory cannot be had.
fn reserve_string(bytes: Option<usize>) -> Result<String, Raise> {
    let mut out = String::new();
    match bytes {
        Some(bytes) if out.try_reserve_exact(bytes).is_ok() => Ok(out),
        _ => Err(Raise::new(ExcKind::MemoryError, "")),
    }
}
