//! The classes of native iterators, named as CPython names them
//! (`list_iterator`, `dict_keyiterator`, `enumerate`...), each with the
//! iterator protocol's `__iter__` and `__next__`. An iterator's class is
//! chosen from its state when it is made.

use std::cell::Cell;

use super::class::{new_builtin_class, set_class_attr};
use super::function::new_builtin;
use super::iter::{DictPart, IterState};
use super::object::{kind_of, Kind};
use super::value::Value;
use super::vm::{raise_named, PyResult};

/// The class names, in the order of `Named`.
const NAMES: [&str; 22] = [
    "iterator",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "str_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "reversed",
    "callable_iterator",
];

/// Indexes into `NAMES`.
#[derive(Clone, Copy)]
enum Named {
    Iterator,
    List,
    Tuple,
    StrAscii,
    Str,
    Bytes,
    ByteArray,
    Range,
    DictKeys,
    DictValues,
    DictItems,
    DictReverseKeys,
    DictReverseValues,
    DictReverseItems,
    Set,
    Enumerate,
    Zip,
    Map,
    Filter,
    ListReverse,
    Reversed,
    Callable,
}

thread_local! {
    /// The classes, once made (leaked; roots for the collector).
    static CLASSES: Cell<Option<&'static [Value; NAMES.len()]>> = const { Cell::new(None) };
}

/// Makes the classes.
pub fn install() {
    if CLASSES.with(|c| c.get()).is_some() {
        return;
    }
    let classes: &'static [Value; NAMES.len()] = Box::leak(Box::new(NAMES.map(|name| {
        let cls = new_builtin_class(name, Kind::Iter);
        set_class_attr(cls, "__iter__", new_builtin("__iter__", iter_self));
        set_class_attr(cls, "__next__", new_builtin("__next__", iter_next));
        // CPython's container iterators say how many items are left.
        if !matches!(name, "iterator" | "enumerate" | "zip" | "map" | "filter" | "callable_iterator") {
            set_class_attr(cls, "__length_hint__", new_builtin("__length_hint__", iter_length_hint));
        }
        cls
    })));
    CLASSES.with(|c| c.set(Some(classes)));
    super::heap::add_root_set(|visit| {
        if let Some(cs) = CLASSES.with(|c| c.get()) {
            cs.iter().for_each(|&c| visit(c));
        }
    });
}

/// The iterator class called `name`, once made.
pub fn named(name: &str) -> Option<Value> {
    let i = NAMES.iter().position(|&n| n == name)?;
    CLASSES.with(|c| c.get()).map(|cs| cs[i])
}

/// The class for an iterator with `state`.
pub fn class_for(state: &IterState) -> Value {
    let which = match state {
        IterState::Seq { seq, .. } => match kind_of(*seq) {
            Kind::List => Named::List,
            Kind::Tuple => Named::Tuple,
            Kind::Str if super::str::as_str(*seq).is_ascii() => Named::StrAscii,
            Kind::Str => Named::Str,
            Kind::Bytes => Named::Bytes,
            Kind::ByteArray => Named::ByteArray,
            _ => Named::Iterator,
        },
        IterState::Range { .. } => Named::Range,
        IterState::Dict { dict, what, backward, .. } => match (kind_of(*dict), what) {
            (Kind::Set, _) => Named::Set,
            (_, DictPart::Keys) if *backward => Named::DictReverseKeys,
            (_, DictPart::Values) if *backward => Named::DictReverseValues,
            (_, DictPart::Items) if *backward => Named::DictReverseItems,
            (_, DictPart::Keys) => Named::DictKeys,
            (_, DictPart::Values) => Named::DictValues,
            (_, DictPart::Items) => Named::DictItems,
        },
        IterState::Enumerate { .. } => Named::Enumerate,
        IterState::Zip { .. } => Named::Zip,
        IterState::Map { .. } => Named::Map,
        IterState::Filter { .. } => Named::Filter,
        IterState::Reversed { seq, .. } if kind_of(*seq) == Kind::List => Named::ListReverse,
        // (`range.__reversed__` makes a range iterator.)
        IterState::Reversed { seq, .. } if kind_of(*seq) == Kind::Range => Named::Range,
        IterState::Reversed { .. } => Named::Reversed,
        IterState::Callable { .. } => Named::Callable,
        _ => Named::Iterator,
    };
    match CLASSES.with(|c| c.get()) {
        Some(cs) => cs[which as usize],
        None => super::vm::vm().classes.iterator,
    }
}

/// `it.__iter__()`: the iterator itself.
fn iter_self(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__iter__", args, kw, 0, 0)?;
    Ok(a[0])
}

/// `it.__length_hint__()`: how many items are left (0 once the container
/// changed size under a dict or set iterator, as in CPython).
fn iter_length_hint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__length_hint__", args, kw, 0, 0)?;
    if kind_of(a[0]) != Kind::Iter {
        return raise_named("TypeError", "descriptor '__length_hint__' requires an iterator");
    }
    let left: i128 = match super::iter::state(a[0]) {
        IterState::Seq { seq, index } => {
            let len = match kind_of(*seq) {
                Kind::List => super::seq::list_items(*seq).len(),
                Kind::Tuple => super::seq::tuple_items(*seq).len(),
                Kind::Bytes | Kind::ByteArray => super::bytes::as_bytes(*seq).len(),
                // (A str iterator's index is a byte offset.)
                _ => return Ok(super::number::int(super::str_methods::char_len(&super::str::as_str(*seq)[*index..]) as i64)),
            };
            len.saturating_sub(*index) as i128
        }
        IterState::Range { next, stop, step } => super::range::count(*next, *stop, *step) as i128,
        IterState::Dict { dict, pos, size, .. } if kind_of(*dict) == Kind::Set => {
            let t = super::set::set_table(*dict);
            if t.len() != *size {
                0
            } else {
                let (mut pos, mut n) = (*pos, 0);
                while let Some((next, _)) = t.next_from(pos) {
                    pos = next;
                    n += 1;
                }
                n
            }
        }
        IterState::Dict { dict, size, left, .. } => {
            if super::dict::table(*dict).len() != *size {
                0
            } else {
                *left as i128
            }
        }
        IterState::Reversed { index, .. } => *index as i128,
        _ => 0,
    };
    Ok(super::number::int(left.min(i64::MAX as i128) as i64))
}

/// `it.__next__()`: the next item, or StopIteration.
fn iter_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__next__", args, kw, 0, 0)?;
    if kind_of(a[0]) != Kind::Iter {
        return raise_named("TypeError", "descriptor '__next__' requires an iterator");
    }
    match super::iterate::next(a[0])? {
        Some(v) => Ok(v),
        None => {
            super::vm::set_exception(super::exception::new_exception(super::vm::exc_class("StopIteration"), &[]));
            Err(super::vm::Exc)
        }
    }
}
