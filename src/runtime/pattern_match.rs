//! The runtime side of `match` statements: the structural tests of
//! sequence, mapping and class patterns, as CPython's `MATCH_SEQUENCE`,
//! `MATCH_MAPPING`, `MATCH_KEYS` and `MATCH_CLASS` do them. Each writes the
//! parts the sub-patterns look at into `out` and returns 1 (the subject
//! has the structure), 0 (it does not) or -1 (an exception is set).

use super::attr::getattr;
use super::class::{class_obj, isinstance};
use super::dict::{new_dict, table};
use super::object::{kind_of, Kind};
use super::seq::{list_items, new_list, tuple_items};
use super::str::as_str;
use super::value::Value;
use super::value_class::backing;
use super::vm::{raise_named, take_exception, vm, PyResult};

/// 1, 0 or -1 for a test's result.
fn outcome(r: PyResult<bool>) -> i64 {
    match r {
        Ok(true) => 1,
        Ok(false) => 0,
        Err(_) => -1,
    }
}

/// The items of a subject sequence patterns apply to: lists, tuples,
/// ranges, deques and their subclasses (not str, bytes or bytearray);
/// None for other subjects, and for a range whose length cannot match
/// (`fits`), which is not listed for nothing.
fn sequence_items(v: Value, fits: impl Fn(usize) -> bool) -> PyResult<Option<Vec<Value>>> {
    let v = backing(v).unwrap_or(v);
    Ok(match kind_of(v) {
        Kind::List => Some(list_items(v).clone()),
        Kind::Tuple => Some(tuple_items(v).to_vec()),
        Kind::Range if !fits(super::range::range_obj(v).len() as usize) => None,
        Kind::Range => Some(super::iterate::collect(v)?),
        Kind::Instance if is_deque(v) => Some(super::iterate::collect(v)?),
        _ => None,
    })
}

fn is_deque(v: Value) -> bool {
    let deque = crate::modules::collections::deque_class();
    !deque.is_null() && isinstance(v, deque)
}

/// Sequence pattern with `n` items besides the star at index `star` (-1
/// for none): the items before the star, a list of those it takes, and
/// those after, at `out`.
pub extern "C" fn rt_match_sequence(v: Value, n: i64, star: i64, out: *mut Value) -> i64 {
    outcome(match_sequence(v, n as usize, star, out))
}

fn match_sequence(v: Value, n: usize, star: i64, out: *mut Value) -> PyResult<bool> {
    let fits = |len: usize| if star < 0 { len == n } else { len >= n };
    let Some(items) = sequence_items(v, fits)? else { return Ok(false) };
    if !fits(items.len()) {
        return Ok(false);
    }
    let parts: Vec<Value> = if star < 0 {
        if items.len() != n {
            return Ok(false);
        }
        items
    } else {
        if items.len() < n {
            return Ok(false);
        }
        let star = star as usize;
        let after = n - star;
        let mut parts = items[..star].to_vec();
        parts.push(new_list(items[star..items.len() - after].to_vec()));
        parts.extend_from_slice(&items[items.len() - after..]);
        parts
    };
    // SAFETY: compiled code passes room for every item (and the star's list).
    unsafe { std::ptr::copy_nonoverlapping(parts.as_ptr(), out, parts.len()) };
    Ok(true)
}

/// Mapping pattern with the `n` keys at `keys`: their values at `out`,
/// then (when `rest` is 1) a dict of the other items.
pub extern "C" fn rt_match_mapping(v: Value, keys: *const Value, n: i64, rest: i64, out: *mut Value) -> i64 {
    // SAFETY: compiled code passes `n` keys.
    let keys = if n == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(keys, n as usize) } };
    outcome(match_mapping(v, keys, rest != 0, out))
}

fn match_mapping(v: Value, keys: &[Value], rest: bool, out: *mut Value) -> PyResult<bool> {
    let dict = backing(v).unwrap_or(v);
    if kind_of(dict) != Kind::Dict {
        return Ok(false);
    }
    if table(dict).len() < keys.len() {
        return Ok(false);
    }
    for (i, &k) in keys.iter().enumerate() {
        if holds(&keys[..i], k)? {
            return raise_named("ValueError", format!("mapping pattern checks duplicate key ({})", super::ops::repr(k)?));
        }
    }
    let mut values = Vec::with_capacity(keys.len() + 1);
    for &k in keys {
        // A subclass is asked through its `get`, so `__missing__` stays out.
        let found = if dict == v {
            table(dict).get(k)?
        } else {
            // A fresh object no mapping can hold (an empty tuple is shared).
            let missing = new_list(Vec::new());
            let got = super::call::call_method(v, "get", &[k, missing])?;
            (got != missing).then_some(got)
        };
        match found {
            Some(x) => values.push(x),
            None => return Ok(false),
        }
    }
    if rest {
        let others = new_dict();
        let entries: Vec<_> = table(dict).iter().copied().collect();
        for e in entries {
            if !holds(keys, e.key)? {
                table(others).set_hashed(e.key, e.hash, e.value)?;
            }
        }
        values.push(others);
    }
    // SAFETY: compiled code passes room for the values (and the rest).
    unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), out, values.len()) };
    Ok(true)
}

/// True when `k` equals one of `keys` (as `in` tests).
fn holds(keys: &[Value], k: Value) -> PyResult<bool> {
    for &key in keys {
        if super::ops::item_eq(key, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Class pattern `cls(npos positional sub-patterns, keywords named by the
/// tuple kwnames)`: the attributes they look at, at `out`.
pub extern "C" fn rt_match_class(v: Value, cls: Value, npos: i64, kwnames: Value, out: *mut Value) -> i64 {
    outcome(match_class(v, cls, npos as usize, tuple_items(kwnames), out))
}

/// Builtin classes whose single positional sub-pattern matches the subject
/// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`), inherited by subclasses.
fn matches_self(cls: Value) -> bool {
    let c = &vm().classes;
    let own = [c.bool_, c.bytearray, c.bytes, c.dict, c.float, c.frozenset, c.int, c.list, c.set, c.str_, c.tuple];
    class_obj(cls).mro.iter().any(|m| own.contains(m))
}

fn match_class(v: Value, cls: Value, npos: usize, kwnames: &[Value], out: *mut Value) -> PyResult<bool> {
    if kind_of(cls) != Kind::Class {
        return raise_named("TypeError", "called match pattern must be a type");
    }
    if !isinstance(v, cls) {
        return Ok(false);
    }
    let name = class_obj(cls).name.clone();
    let mut attrs: Vec<Value> = Vec::with_capacity(npos + kwnames.len());
    // Where the attributes' values start in `out` (after the subject
    // itself, for a class that matches itself positionally).
    let mut first = 0;
    if npos > 0 {
        let match_args = match getattr(cls, crate::sym!("__match_args__")) {
            Ok(m) => Some(m),
            Err(_) => {
                take_exception();
                None
            }
        };
        match match_args {
            None if npos == 1 && matches_self(cls) => {
                // SAFETY: compiled code passes room for every sub-pattern's value.
                unsafe { *out = v };
                first = 1;
            }
            None => {
                return raise_named("TypeError", format!("{name}() accepts 0 positional sub-patterns ({npos} given)"));
            }
            Some(m) if kind_of(m) != Kind::Tuple => {
                return raise_named("TypeError", format!("{name}.__match_args__ must be a tuple (got {})", super::ops::type_name(m)));
            }
            Some(m) => {
                let names = tuple_items(m);
                if npos > names.len() {
                    let s = if names.len() == 1 { "" } else { "s" };
                    return raise_named("TypeError", format!("{name}() accepts {} positional sub-pattern{s} ({npos} given)", names.len()));
                }
                for &attr in &names[..npos] {
                    if kind_of(attr) != Kind::Str {
                        return raise_named("TypeError", format!("__match_args__ elements must be strings (got {})", super::ops::type_name(attr)));
                    }
                    attrs.push(attr);
                }
            }
        }
    }
    attrs.extend_from_slice(kwnames);
    for (i, &attr) in attrs.iter().enumerate() {
        if attrs[..i].iter().any(|&a| as_str(a) == as_str(attr)) {
            return raise_named("TypeError", format!("{name}() got multiple sub-patterns for attribute '{}'", as_str(attr)));
        }
        match getattr(v, super::vm::intern(as_str(attr))) {
            // Straight to `out`, on the stack, where the collector sees it
            // while the next attribute (a property, say) allocates.
            // SAFETY: compiled code passes room for every sub-pattern's value.
            Ok(x) => unsafe { *out.add(first + i) = x },
            Err(e) => {
                if isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) {
                    take_exception();
                    return Ok(false);
                }
                return Err(e);
            }
        }
    }

    Ok(true)
}
