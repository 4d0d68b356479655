//! "Did you mean" for an uncaught NameError or AttributeError, as CPython
//! 3.11's `suggestions.c` computes it: the candidate name nearest the
//! missing one by an edit distance where a case change costs 1 and any
//! other edit 2, within a third of the letters involved.

use super::class::{is_subclass, type_of};
use super::exception::{exc_attrs, exc_obj};
use super::object::{kind_of, Kind};
use super::str::as_str;
use super::value::Value;
use super::vm::{exc_class, take_exception, vm};

/// Lists longer than this are not searched (CPython's limit).
const MAX_CANDIDATES: usize = 750;
/// Names longer than this are not compared.
const MAX_STRING_SIZE: usize = 40;
/// The cost of inserting, deleting or replacing a letter.
const MOVE_COST: usize = 2;
/// The cost of replacing a letter by itself in the other case.
const CASE_COST: usize = 1;

/// The `. Did you mean: 'x'?` that follows the message of `exc`, if any.
pub fn suffix(exc: Value) -> String {
    let cls = type_of(exc);
    let attrs = exc_attrs(exc);
    let Some(name) = attrs.get_str(crate::sym!("name")).filter(|&n| kind_of(n) == Kind::Str) else {
        return String::new();
    };
    let name = as_str(name);
    let found = if is_subclass(cls, exc_class("AttributeError")) {
        attrs.get_str(crate::sym!("obj")).and_then(|obj| nearest(&attribute_names(obj), name))
    } else if is_subclass(cls, exc_class("NameError")) {
        nearest_variable(exc, name)
    } else {
        None
    };
    found.map(|s| format!(". Did you mean: '{s}'?")).unwrap_or_default()
}

/// `dir(obj)`, or nothing should it fail.
fn attribute_names(obj: Value) -> Vec<String> {
    match super::builtins::builtin_dir(&[obj], &[]) {
        Ok(list) => super::seq::list_items(list).iter().filter(|&&n| kind_of(n) == Kind::Str).map(|&n| as_str(n).to_string()).collect(),
        Err(_) => {
            take_exception();
            Vec::new()
        }
    }
}

/// The nearest of the names the failing code could see: its function's
/// locals, else its module's globals, else the builtins.
fn nearest_variable(exc: Value, name: &str) -> Option<String> {
    let tb = exc_obj(exc).traceback.borrow();
    // The first entry is the innermost frame, where the name was missing.
    let entry = tb.first()?;
    if let Some(s) = nearest(entry.local_names, name) {
        return Some(s);
    }
    let module = vm().modules.borrow().values().copied().find(|&m| super::module::module_obj(m).file == entry.file);
    let globals = |m: Value| super::module::globals(m).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    if let Some(s) = module.and_then(|m| nearest(&globals(m), name)) {
        return Some(s);
    }
    nearest(&globals(vm().builtins.get()), name)
}

/// CPython's `calculate_suggestions`: the candidate nearest `name` within
/// the allowed distance, the first of equals.
fn nearest(candidates: &[String], name: &str) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        // No more than a third of the letters involved may change, and a
        // match must beat the best so far.
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, b)| d < b) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// The cost of replacing letter `a` by `b`.
fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance from `a` to `b`, or more than `max` once it must be.
fn distance<'a>(mut a: &'a [u8], mut b: &'a [u8], max: usize) -> usize {
    // Common prefixes and suffixes cost nothing.
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost from
    // b[..j] to a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &code) in b.iter().enumerate() {
        let mut diagonal = j * MOVE_COST;
        result = diagonal;
        let mut minimum = usize::MAX;
        for (i, &letter) in a.iter().enumerate() {
            let substitute = diagonal + substitution_cost(code, letter);
            diagonal = row[i];
            let insert_delete = result.min(diagonal) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max {
            return max + 1;
        }
    }
    result
}
