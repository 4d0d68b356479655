//! `reprlib.repr`: a repr cut to a bounded size, with CPython's default
//! limits, as asyncio's reprs of futures, tasks and handles show values.

use super::class::{class_obj, type_of};
use super::iterate;
use super::object::{kind_of, Kind};
use super::ops;
use super::text::repr;
use super::value::Value;
use super::vm::PyResult;

/// How deep containers are shown before `...` stands for their items.
const MAX_LEVEL: usize = 6;
/// Items shown of a tuple, list, set, frozenset or deque.
const MAX_ITEMS: usize = 6;
/// Entries shown of a dict.
const MAX_DICT: usize = 4;
/// Characters of a str's repr.
const MAX_STRING: usize = 30;
/// Digits of an int's repr.
const MAX_LONG: usize = 40;
/// Characters of any other repr.
const MAX_OTHER: usize = 30;
const FILL: &str = "...";

/// `reprlib.repr(v)`.
pub fn short_repr(v: Value) -> PyResult<String> {
    repr_at(v, MAX_LEVEL)
}

fn repr_at(v: Value, level: usize) -> PyResult<String> {
    // As reprlib: by the exact type's name, so subclasses are "other".
    let name = class_obj(type_of(v)).name.clone();
    match name.as_str() {
        "tuple" => iterable(v, level, "(", ")", Some(",")),
        "list" => iterable(v, level, "[", "]", None),
        "set" if ops::len(v)? == 0 => Ok("set()".into()),
        "set" => iterable(sorted_if_possible(v)?, level, "{", "}", None),
        "frozenset" if ops::len(v)? == 0 => Ok("frozenset()".into()),
        "frozenset" => iterable(sorted_if_possible(v)?, level, "frozenset({", "})", None),
        "deque" => iterable(v, level, "deque([", "])", None),
        "dict" => dict(v, level),
        "str" if kind_of(v) == Kind::Str => string(v),
        "int" => Ok(cut(&repr(v)?, MAX_LONG)),
        _ => match repr(v) {
            Ok(r) => Ok(cut(&r, MAX_OTHER)),
            Err(_) => {
                super::vm::take_exception();
                Ok(format!("<{name} instance at {:#x}>", v.0))
            }
        },
    }
}

/// How many characters of a text cut to `max` stay before and after `...`.
fn kept(max: usize) -> (usize, usize) {
    let head = (max - FILL.len()) / 2;
    (head, max - FILL.len() - head)
}

/// `chars`' first `head` and last `tail` characters around `...`.
fn splice(chars: &[char], head: usize, tail: usize) -> String {
    let start: String = chars[..head.min(chars.len())].iter().collect();
    let end: String = chars[chars.len().saturating_sub(tail)..].iter().collect();
    format!("{start}{FILL}{end}")
}

/// `s` cut to `max` characters: its start and end around `...`.
fn cut(s: &str, max: usize) -> String {
    let chars: Vec<char> = s.chars().collect();
    if chars.len() <= max {
        return s.to_string();
    }
    let (head, tail) = kept(max);
    splice(&chars, head, tail)
}

/// A str: when its repr is long, the repr of its start and end, spliced.
fn string(v: Value) -> PyResult<String> {
    let chars: Vec<char> = super::str::as_str(v).chars().collect();
    let quoted = |cs: &[char]| repr(super::str::new_str(&cs.iter().collect::<String>()));
    let r = quoted(&chars[..chars.len().min(MAX_STRING)])?;
    if r.chars().count() <= MAX_STRING {
        return Ok(r);
    }
    let (head, tail) = kept(MAX_STRING);
    let ends: Vec<char> = chars[..head].iter().chain(&chars[chars.len().saturating_sub(tail).max(head)..]).copied().collect();
    let r: Vec<char> = quoted(&ends)?.chars().collect();
    Ok(splice(&r, head, tail))
}

/// The first items of a container between `left` and `right`; `trail`
/// follows a lone item (a 1-tuple's comma).
fn iterable(v: Value, level: usize, left: &str, right: &str, trail: Option<&str>) -> PyResult<String> {
    let items = iterate::collect(v)?;
    let body = if level == 0 && !items.is_empty() {
        FILL.to_string()
    } else {
        let mut pieces = Vec::new();
        for &item in items.iter().take(MAX_ITEMS) {
            pieces.push(repr_at(item, level.saturating_sub(1))?);
        }
        if items.len() > MAX_ITEMS {
            pieces.push(FILL.into());
        }
        pieces.join(", ")
    };
    let trail = if items.len() == 1 { trail.unwrap_or("") } else { "" };
    Ok(format!("{left}{body}{trail}{right}"))
}

fn dict(v: Value, level: usize) -> PyResult<String> {
    let n = ops::len(v)?;
    if n == 0 {
        return Ok("{}".into());
    }
    if level == 0 {
        return Ok(format!("{{{FILL}}}"));
    }
    let keys = sorted_if_possible(v)?;
    let mut pieces = Vec::new();
    for &key in iterate::collect(keys)?.iter().take(MAX_DICT) {
        let value = ops::getitem(v, key)?;
        pieces.push(format!("{}: {}", repr_at(key, level - 1)?, repr_at(value, level - 1)?));
    }
    if n > MAX_DICT {
        pieces.push(FILL.into());
    }
    Ok(format!("{{{}}}", pieces.join(", ")))
}

/// `sorted(v)`, or `list(v)` when its items do not compare.
fn sorted_if_possible(v: Value) -> PyResult<Value> {
    let list = super::seq::new_list(iterate::collect(v)?);
    if super::methods::list_sort(&[list], &[]).is_err() {
        super::vm::take_exception();
        return Ok(super::seq::new_list(iterate::collect(v)?));
    }
    Ok(list)
}
