//! The native part of `collections` (module `_collections`): `deque`. A deque is an instance with native
//! slots: its items live in a list object (so the collector traces them),
//! from index `head` on; the slots before `head` are NULL room left by
//! `popleft` or made for `appendleft`, so both ends cost O(1) amortized.

use crate::runtime::args::{check_keywords, keyword, method, positional};
use crate::runtime::class::{native_property, new_native_class, set_class_attr, set_class_methods, set_fast_methods};
use crate::runtime::function::NativeFn;
use crate::runtime::instance::{has_native_slots, native_slots, new_instance};
use crate::runtime::iter::{new_iter, IterState};
use crate::runtime::iterate;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::as_i64;
use crate::runtime::ops::eq_bool;
use crate::runtime::seq::{list_items, new_list};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, vm, PyResult};

/// Slot: the storage list.
const BUF: usize = 0;
/// Slot: index of the first item in the storage (a small int).
const HEAD: usize = 1;
/// Slot: the maximum length, or None.
const MAXLEN: usize = 2;
/// Number of slots.
const SLOTS: u32 = 3;

thread_local! {
    /// The deque class, once made.
    static DEQUE: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
}

/// The deque class (NULL until `_collections` is first imported).
pub fn deque_class() -> Value {
    DEQUE.with(|c| c.get())
}

fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&d) if has_native_slots(d, SLOTS) && !native_slots(d)[BUF].get().is_null() => Ok(d),
        _ => raise_named("TypeError", "descriptor requires a 'collections.deque' object"),
    }
}

fn buf(d: Value) -> &'static mut Vec<Value> {
    list_items(native_slots(d)[BUF].get())
}

fn head(d: Value) -> usize {
    native_slots(d)[HEAD].get().as_small() as usize
}

fn set_head(d: Value, h: usize) {
    native_slots(d)[HEAD].set(Value::small_unchecked(h as i64));
}

/// The items, front to back.
fn items(d: Value) -> &'static [Value] {
    &buf(d)[head(d)..]
}

fn maxlen(d: Value) -> Option<usize> {
    let m = native_slots(d)[MAXLEN].get();
    (m != none()).then(|| m.as_small() as usize)
}

fn push_back(d: Value, v: Value) {
    if maxlen(d) == Some(0) {
        return;
    }
    buf(d).push(v);
    if maxlen(d).is_some_and(|m| items(d).len() > m) {
        pop_front(d);
    }
}

fn push_front(d: Value, v: Value) {
    if maxlen(d) == Some(0) {
        return;
    }
    let h = head(d);
    if h == 0 {
        // Make room in front: as much as there are items (at least 8).
        let b = buf(d);
        let room = b.len().max(8);
        b.splice(0..0, std::iter::repeat_n(Value::NULL, room));
        set_head(d, room);
    }
    let h = head(d) - 1;
    buf(d)[h] = v;
    set_head(d, h);
    if maxlen(d).is_some_and(|m| items(d).len() > m) {
        buf(d).pop();
    }
}

fn pop_front(d: Value) -> Option<Value> {
    let h = head(d);
    let b = buf(d);
    if h >= b.len() {
        return None;
    }
    let v = std::mem::replace(&mut b[h], Value::NULL);
    set_head(d, h + 1);
    // Give the room back once it outweighs the items.
    if h + 1 > 16 && h + 1 > b.len() / 2 {
        b.drain(..h + 1);
        set_head(d, 0);
    }
    if items(d).is_empty() {
        buf(d).clear();
        set_head(d, 0);
    }
    Some(v)
}

fn deque_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("deque", kw, &["iterable", "maxlen"])?;
    let pos = positional(args, kw);
    crate::runtime::args::count("deque", pos.len().saturating_sub(1), 0, 2)?;
    let d = match pos.first() {
        Some(&d) if has_native_slots(d, SLOTS) => d,
        _ => return raise_named("TypeError", "descriptor '__init__' requires a 'collections.deque' object"),
    };
    let iterable = keyword(args, kw, "iterable").or(pos.get(1).copied());
    let m = keyword(args, kw, "maxlen").or(pos.get(2).copied()).unwrap_or(none());
    let m = if m == none() {
        none()
    } else {
        match as_i64(m) {
            Some(n) if n >= 0 => Value::small_unchecked(n),
            Some(_) => return raise_named("ValueError", "maxlen must be non-negative"),
            None => return raise_named("TypeError", "an integer is required"),
        }
    };
    let s = native_slots(d);
    s[BUF].set(new_list(Vec::new()));
    s[HEAD].set(Value::small_unchecked(0));
    s[MAXLEN].set(m);
    if let Some(it) = iterable {
        extend(d, it)?;
    }
    Ok(none())
}

fn extend(d: Value, iterable: Value) -> PyResult<()> {
    let it = iterate::iter(iterable)?;
    while let Some(v) = iterate::next(it)? {
        push_back(d, v);
    }
    Ok(())
}

fn deque_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("append", args, kw, 1, 1)?;
    push_back(this(a)?, a[1]);
    Ok(none())
}

fn deque_appendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("appendleft", args, kw, 1, 1)?;
    push_front(this(a)?, a[1]);
    Ok(none())
}

fn deque_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("pop", args, kw, 0, 0)?;
    let d = this(a)?;
    if items(d).is_empty() {
        return raise_named("IndexError", "pop from an empty deque");
    }
    let v = buf(d).pop().expect("not empty");
    if items(d).is_empty() {
        buf(d).clear();
        set_head(d, 0);
    }
    Ok(v)
}

fn deque_popleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("popleft", args, kw, 0, 0)?;
    match pop_front(this(a)?) {
        Some(v) => Ok(v),
        None => raise_named("IndexError", "pop from an empty deque"),
    }
}

fn deque_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("extend", args, kw, 1, 1)?;
    let d = this(a)?;
    // Extending a deque with itself uses a snapshot.
    let src = if a[1] == d { new_list(items(d).to_vec()) } else { a[1] };
    extend(d, src)?;
    Ok(none())
}

fn deque_extendleft(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("extendleft", args, kw, 1, 1)?;
    let d = this(a)?;
    let src = if a[1] == d { new_list(items(d).to_vec()) } else { a[1] };
    let it = iterate::iter(src)?;
    while let Some(v) = iterate::next(it)? {
        push_front(d, v);
    }
    Ok(none())
}

/// The position of the first item equal to `x`, from the front.
fn find(d: Value, x: Value) -> PyResult<Option<usize>> {
    find_between(d, x, 0, items(d).len())
}

/// The first position in `start..stop` holding an item equal to `x`.
fn find_between(d: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    for i in start..stop {
        let Some(&v) = items(d).get(i) else { break };
        if v == x || eq_bool(v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn deque_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("remove", args, kw, 1, 1)?;
    let d = this(a)?;
    match find(d, a[1])? {
        Some(0) => {
            pop_front(d);
        }
        Some(i) => {
            let h = head(d);
            buf(d).remove(h + i);
        }
        None => return raise_named("ValueError", format!("{} is not in deque", crate::runtime::text::repr(a[1])?)),
    }
    Ok(none())
}

fn deque_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("index", args, kw, 1, 3)?;
    let d = this(a)?;
    let (start, stop) = crate::runtime::methods::bounds(a, 2, items(d).len())?;
    match find_between(d, a[1], start, stop)? {
        Some(i) => Ok(Value::small_unchecked(i as i64)),
        None => raise_named("ValueError", format!("{} is not in deque", crate::runtime::text::repr(a[1])?)),
    }
}

fn deque_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("count", args, kw, 1, 1)?;
    let d = this(a)?;
    let mut n = 0;
    for i in 0..items(d).len() {
        let Some(&v) = items(d).get(i) else { break };
        if v == a[1] || eq_bool(v, a[1])? {
            n += 1;
        }
    }
    Ok(Value::small_unchecked(n))
}

fn deque_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("clear", args, kw, 0, 0)?;
    let d = this(a)?;
    buf(d).clear();
    set_head(d, 0);
    Ok(none())
}

fn deque_rotate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("rotate", args, kw, 0, 1)?;
    let d = this(a)?;
    let n = match a.get(1) {
        Some(&v) => as_i64(v).map_or_else(|| raise_named("TypeError", "an integer is required"), Ok)?,
        None => 1,
    };
    let len = items(d).len() as i64;
    if len > 1 {
        let h = head(d);
        let k = n.rem_euclid(len) as usize;
        buf(d)[h..].rotate_right(k);
    }
    Ok(none())
}

fn deque_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("reverse", args, kw, 0, 0)?;
    let d = this(a)?;
    let h = head(d);
    buf(d)[h..].reverse();
    Ok(none())
}

/// `d.insert(i, x)`: positions as `list.insert`; a full bounded deque refuses.
fn deque_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("insert", args, kw, 2, 2)?;
    let d = this(a)?;
    let len = items(d).len() as i64;
    if maxlen(d) == Some(len as usize) {
        return raise_named("IndexError", "deque already at its maximum size");
    }
    let i = crate::runtime::ops::ssize_arg(a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    let h = head(d);
    buf(d).insert(h + i as usize, a[2]);
    Ok(none())
}

fn deque_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__len__", args, kw, 0, 0)?;
    Ok(Value::small_unchecked(items(this(a)?).len() as i64))
}

/// The shape of deque `d` an iterator checks it keeps: its first storage
/// position and its length (CPython raises when the deque changes size
/// under an iterator; this also sees a `popleft` then an `append`).
fn shape(d: Value) -> usize {
    (head(d) << 32) ^ items(d).len()
}

/// Raises CPython's error for a deque changed under an iterator.
fn check_shape(d: Value, mark: usize) -> PyResult<()> {
    if shape(d) != mark {
        return raise_named("RuntimeError", "deque mutated during iteration");
    }
    Ok(())
}

/// One step of a deque's iterator, front to back.
fn step_forward(d: Value, index: &mut usize, mark: usize) -> PyResult<Option<Value>> {
    check_shape(d, mark)?;
    let item = items(d).get(*index).copied();
    *index += 1;
    Ok(item)
}

/// One step of `reversed(deque)`; `index` counts the items still to come.
fn step_backward(d: Value, index: &mut usize, mark: usize) -> PyResult<Option<Value>> {
    check_shape(d, mark)?;
    if *index == 0 {
        return Ok(None);
    }
    *index -= 1;
    Ok(Some(items(d)[*index]))
}

fn deque_iter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__iter__", args, kw, 0, 0)?;
    let d = this(a)?;
    Ok(new_iter(IterState::Native { obj: d, index: 0, mark: shape(d), step: step_forward }))
}

fn deque_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__reversed__", args, kw, 0, 0)?;
    let d = this(a)?;
    Ok(new_iter(IterState::Native { obj: d, index: items(d).len(), mark: shape(d), step: step_backward }))
}

fn deque_contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__contains__", args, kw, 1, 1)?;
    Ok(boolean(find(this(a)?, a[1])?.is_some()))
}

/// The position `i` (negative from the end) names, or IndexError.
fn position(d: Value, i: Value) -> PyResult<usize> {
    let n = items(d).len() as i64;
    let Some(k) = as_i64(i) else {
        return raise_named("TypeError", format!("sequence index must be integer, not '{}'", crate::runtime::ops::type_name(i)));
    };
    let k = if k < 0 { k + n } else { k };
    if k < 0 || k >= n {
        return raise_named("IndexError", "deque index out of range");
    }
    Ok(head(d) + k as usize)
}

fn deque_getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__getitem__", args, kw, 1, 1)?;
    let d = this(a)?;
    Ok(buf(d)[position(d, a[1])?])
}

fn deque_setitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__setitem__", args, kw, 2, 2)?;
    let d = this(a)?;
    let p = position(d, a[1])?;
    buf(d)[p] = a[2];
    Ok(none())
}

fn deque_delitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__delitem__", args, kw, 1, 1)?;
    let d = this(a)?;
    let p = position(d, a[1])?;
    if p == head(d) {
        pop_front(d);
    } else {
        buf(d).remove(p);
    }
    Ok(none())
}

fn deque_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let d = this(a)?;
    // A deque inside itself shows as `[...]`, as CPython's does.
    let text = crate::runtime::text::guarded(d, "[", "]", || {
        let body = crate::runtime::text::repr(new_list(items(d).to_vec()))?;
        // A subclass shows its own name, as CPython's `_PyType_Name`.
        let name = &crate::runtime::class::class_obj(crate::runtime::class::type_of(d)).name;
        Ok(match maxlen(d) {
            Some(m) => format!("{name}({body}, maxlen={m})"),
            None => format!("{name}({body})"),
        })
    })?;
    Ok(new_str(&text))
}

fn deque_eq(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__eq__", args, kw, 1, 1)?;
    let d = this(a)?;
    let other = a[1];
    if this(&[other]).is_err() {
        return Ok(vm().not_implemented);
    }
    let (x, y) = (new_list(items(d).to_vec()), new_list(items(other).to_vec()));
    Ok(boolean(eq_bool(x, y)?))
}

/// Makes `values` the items of `d` (the last `maxlen` of them).
fn set_items(d: Value, mut values: Vec<Value>) {
    let keep = maxlen(d).map_or(0, |m| values.len().saturating_sub(m));
    values.drain(..keep);
    native_slots(d)[BUF].set(new_list(values));
    native_slots(d)[HEAD].set(Value::small_unchecked(0));
}

/// A deque of `d`'s class and maxlen holding `values` (the last `maxlen`).
fn deque_like(d: Value, values: Vec<Value>) -> Value {
    let c = new_instance(crate::runtime::class::type_of(d));
    native_slots(c)[MAXLEN].set(native_slots(d)[MAXLEN].get());
    set_items(c, values);
    c
}

fn deque_add(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__add__", args, kw, 1, 1)?;
    let d = this(a)?;
    if this(&[a[1]]).is_err() {
        return raise_named("TypeError", format!("can only concatenate deque (not \"{}\") to deque", crate::runtime::ops::type_name(a[1])));
    }
    let mut values = items(d).to_vec();
    values.extend_from_slice(items(a[1]));
    Ok(deque_like(d, values))
}

/// The items of `d * n`, or None when `n` is no int.
fn repeat_of(d: Value, n: Value) -> Option<Vec<Value>> {
    let n = as_i64(n)?.max(0) as usize;
    let part = items(d);
    // Only the last `maxlen` items survive; repeat no more than that needs.
    let n = maxlen(d).map_or(n, |m| if part.is_empty() { 0 } else { n.min(m / part.len() + 1) });
    Some(part.iter().copied().cycle().take(part.len() * n).collect())
}

fn deque_mul(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__mul__", args, kw, 1, 1)?;
    let d = this(a)?;
    match repeat_of(d, a[1]) {
        Some(values) => Ok(deque_like(d, values)),
        None => Ok(vm().not_implemented),
    }
}

fn deque_imul(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__imul__", args, kw, 1, 1)?;
    let d = this(a)?;
    let Some(values) = repeat_of(d, a[1]) else { return Ok(vm().not_implemented) };
    set_items(d, values);
    Ok(d)
}

fn deque_iadd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    deque_extend(args, kw)?;
    Ok(args[0])
}

/// `<`, `<=`, `>`, `>=` and `!=` between deques, as between lists of their items.
fn deque_compare(op: crate::syntax::ast::CmpOp, args: &[Value]) -> PyResult<Value> {
    let d = this(args)?;
    match args.get(1) {
        Some(&other) if this(&[other]).is_ok() => {
            crate::runtime::ops::compare(op, new_list(items(d).to_vec()), new_list(items(other).to_vec()))
        }
        _ => Ok(vm().not_implemented),
    }
}

fn deque_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    let d = this(a)?;
    Ok(deque_like(d, items(d).to_vec()))
}

/// `d.__reduce__()`: what copy and pickle rebuild a deque from, as
/// CPython's: `(type(d), ()` or `((), maxlen)`, its `__dict__` or None,
/// and an iterator over the items, appended back).
fn deque_reduce(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__reduce__", args, kw, 0, 0)?;
    let d = this(a)?;
    let empty = crate::runtime::seq::new_tuple(Vec::new());
    let maxlen = native_slots(d)[MAXLEN].get();
    let rebuild_args = if maxlen == none() { empty } else { crate::runtime::seq::new_tuple_from(&[empty, maxlen]) };
    let state = match crate::runtime::attr::getattr(d, crate::sym!("__dict__")) {
        Ok(dict) if crate::runtime::ops::truthy(dict)? => dict,
        Ok(_) => none(),
        Err(_) => {
            crate::runtime::vm::take_exception();
            none()
        }
    };
    let items = deque_iter(&[d], &[])?;
    Ok(crate::runtime::seq::new_tuple_from(&[crate::runtime::class::type_of(d), rebuild_args, state, items]))
}

fn deque_maxlen(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(native_slots(this(args)?)[MAXLEN].get())
}

/// Makes the deque class.
fn make_deque() -> Value {
    let cls = new_native_class("deque", "collections", vm().classes.object, SLOTS);
    crate::runtime::class::name_as_c_type(cls);
    crate::runtime::class::class_obj(cls).native_len.set(Some(|d| items(d).len()));
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", deque_init),
        ("append", deque_append),
        ("appendleft", deque_appendleft),
        ("pop", deque_pop),
        ("popleft", deque_popleft),
        ("extend", deque_extend),
        ("extendleft", deque_extendleft),
        ("remove", deque_remove),
        ("index", deque_index),
        ("count", deque_count),
        ("clear", deque_clear),
        ("rotate", deque_rotate),
        ("reverse", deque_reverse),
        ("insert", deque_insert),
        ("copy", deque_copy),
        ("__copy__", deque_copy),
        ("__reduce__", deque_reduce),
        ("__len__", deque_len),
        ("__iter__", deque_iter),
        ("__reversed__", deque_reversed),
        ("__contains__", deque_contains),
        ("__getitem__", deque_getitem),
        ("__setitem__", deque_setitem),
        ("__delitem__", deque_delitem),
        ("__repr__", deque_repr),
        ("__eq__", deque_eq),
        ("__ne__", |a, _| deque_compare(crate::syntax::ast::CmpOp::NotEq, a)),
        ("__lt__", |a, _| deque_compare(crate::syntax::ast::CmpOp::Lt, a)),
        ("__le__", |a, _| deque_compare(crate::syntax::ast::CmpOp::LtE, a)),
        ("__gt__", |a, _| deque_compare(crate::syntax::ast::CmpOp::Gt, a)),
        ("__ge__", |a, _| deque_compare(crate::syntax::ast::CmpOp::GtE, a)),
        ("__add__", deque_add),
        ("__iadd__", deque_iadd),
        ("__mul__", deque_mul),
        ("__rmul__", deque_mul),
        ("__imul__", deque_imul),
    ];
    set_class_methods(cls, methods);
    set_fast_methods(cls, &[("append", crate::fast_entry!(deque_append, 2)), ("popleft", crate::fast_entry!(deque_popleft, 1))]);
    set_class_attr(cls, "__hash__", none());
    set_class_attr(cls, "maxlen", native_property("maxlen", deque_maxlen, None));
    cls
}

/// Creates the `_collections` module (stdlib/collections.py imports it).
pub fn create() -> Value {
    let m = new_module("_collections", "", &[]);
    let cls = DEQUE.with(|c| {
        if c.get().is_null() {
            c.set(crate::runtime::vm::keep(make_deque()));
        }
        c.get()
    });
    set_global(m, "deque", cls);
    m
}
