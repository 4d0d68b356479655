//! Methods of the builtin container classes (`list`, `tuple`, `dict`,
//! `set`) and of `object`, installed into the class namespaces at start-up.
//! Every method receives its receiver as `args[0]`.

use super::args::{check_keywords, keyword, method, positional};
use super::call::call;
use super::class::set_class_attr;
use super::dict::{new_dict, table};
use super::function::{new_builtin, NativeFn};
use super::iter::{new_iter, DictPart, IterState};
use super::iterate::collect;
use super::number::int;
use super::object::{kind_of, Kind};
use super::ops;
use super::seq::{list_items, new_list, new_tuple_from, tuple_items};
use super::set::{new_set, set_table};
use super::value::Value;
use super::vm::{none, raise_named, vm, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};

fn list_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("list.append", args, kw, 1, 1)?;
    list_items(a[0]).push(a[1]);
    Ok(none())
}

fn list_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("list.extend", args, kw, 1, 1)?;
    super::iterate::extend_list(a[0], a[1])?;
    Ok(none())
}

fn list_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("insert", args, kw, 2, 2)?;
    let items = list_items(a[0]);
    let len = items.len() as i64;
    let i = ops::ssize_arg(a[1])?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    items.insert(i as usize, a[2]);
    Ok(none())
}

fn list_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("pop", args, kw, 0, 1)?;
    let items = list_items(a[0]);
    if items.is_empty() {
        return raise_named("IndexError", "pop from empty list");
    }
    let len = items.len() as i64;
    let i = match a.get(1) {
        Some(&i) => ops::ssize_arg(i)?,
        None => len - 1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return raise_named("IndexError", "pop index out of range");
    }
    Ok(items.remove(j as usize))
}

fn list_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("list.remove", args, kw, 1, 1)?;
    let mut i = 0;
    while i < list_items(a[0]).len() {
        if super::ops::item_eq(list_items(a[0])[i], a[1])? {
            list_items(a[0]).remove(i);
            return Ok(none());
        }
        i += 1;
    }
    raise_named("ValueError", "list.remove(x): x not in list")
}

/// Resolves optional start/stop arguments of `index` against `len`.
pub fn bounds(a: &[Value], from: usize, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        Ok(match v {
            None => default,
            // As CPython's list.index: None is no bound here.
            Some(&v) if !super::number::is_int(v) && !ops::has_index(v) => {
                return raise_named("TypeError", "slice indices must be integers or have an __index__ method")
            }
            Some(&v) => {
                let i = ops::clamped_index(v)?;
                if i < 0 {
                    i.saturating_add(len as i64).max(0) as usize
                } else {
                    (i as usize).min(len)
                }
            }
        })
    };
    Ok((norm(a.get(from), 0)?, norm(a.get(from + 1), len)?))
}

fn seq_index(args: &[Value], kw: &[Value], name: &str, what: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 3)?;
    let len = ops::len(a[0])?;
    let (start, stop) = bounds(a, 2, len)?;
    for i in start..stop {
        let item = if kind_of(a[0]) == Kind::List { list_items(a[0]).get(i).copied() } else { tuple_items(a[0]).get(i).copied() };
        let Some(item) = item else { break };
        if super::ops::item_eq(item, a[1])? {
            return Ok(int(i as i64));
        }
    }
    if what == "list" {
        return raise_named("ValueError", format!("{} is not in list", super::ops::repr(a[1])?));
    }
    raise_named("ValueError", format!("{what}.index(x): x not in {what}"))
}

fn list_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(args, kw, "index", "list")
}

fn tuple_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    seq_index(args, kw, "index", "tuple")
}

fn seq_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("count", args, kw, 1, 1)?;
    let items = if kind_of(a[0]) == Kind::List { list_items(a[0]).clone() } else { tuple_items(a[0]).to_vec() };
    let mut n = 0;
    for item in items {
        if super::ops::item_eq(item, a[1])? {
            n += 1;
        }
    }
    Ok(int(n))
}

fn list_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("reverse", args, kw, 0, 0)?;
    list_items(a[0]).reverse();
    Ok(none())
}

fn list_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    Ok(new_list(list_items(a[0]).clone()))
}

fn list_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("clear", args, kw, 0, 0)?;
    list_items(a[0]).clear();
    Ok(none())
}

/// `list.sort(key=None, reverse=False)`: stable, with comparisons that may fail.
/// Checks the keyword arguments of `list.sort` (and `sorted`).
pub fn check_sort_keywords(kwnames: &[Value]) -> PyResult<()> {
    if kwnames.len() > 2 {
        return raise_named("TypeError", format!("sort() takes at most 2 keyword arguments ({} given)", kwnames.len()));
    }
    check_keywords("sort", kwnames, &["key", "reverse"])
}

/// An argument CPython converts to a C `int` (`sort`'s `reverse`).
fn c_int_arg(v: Value) -> PyResult<i64> {
    match super::number::as_i64(super::ops::index_int(v)?).filter(|&i| i32::try_from(i).is_ok()) {
        Some(i) => Ok(i),
        None => raise_named("OverflowError", "Python int too large to convert to C int"),
    }
}

pub fn list_sort(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_sort_keywords(kwnames)?;
    if positional(args, kwnames).len() > 1 {
        return raise_named("TypeError", "sort() takes no positional arguments");
    }
    let list = args[0];
    let key = keyword(args, kwnames, "key").filter(|&k| k != none());
    let reverse = match keyword(args, kwnames, "reverse") {
        Some(r) => c_int_arg(r)? != 0,
        None => false,
    };
    // As in CPython the list is empty while keys and comparisons run, and
    // anything it holds afterwards means it was modified meanwhile. The
    // items wait in a list object (and the keys in another), where the
    // collector sees them.
    let items = std::mem::take(list_items(list));
    let holder = new_list(items.clone());
    let keys = new_list(Vec::with_capacity(items.len()));
    for &item in &items {
        let k = match key {
            Some(f) => match call(f, &[item], &[]) {
                Ok(k) => k,
                Err(e) => {
                    // A failing key leaves the list as it was.
                    *list_items(list) = items;
                    return Err(e);
                }
            },
            None => item,
        };
        list_items(keys).push(k);
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    let failure = super::sort::sort_indices(list_items(keys), &mut order, reverse).err();
    let sorted: Vec<Value> = order.into_iter().map(|i| items[i]).collect();
    let modified = !list_items(list).is_empty();
    // A failed comparison leaves the items as far as the sort got them,
    // as in CPython.
    *list_items(list) = sorted;
    std::hint::black_box((keys, holder));
    match failure {
        Some(e) => Err(e),
        None if modified => raise_named("ValueError", "list modified during sort"),
        None => Ok(none()),
    }
}

fn dict_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("get", args, kw, 1, 2)?;
    Ok(table(a[0]).get(a[1])?.unwrap_or(a.get(2).copied().unwrap_or(none())))
}

fn dict_view(args: &[Value], kw: &[Value], what: DictPart, name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 0, 0)?;
    Ok(super::dict_view::new_view(a[0], what))
}

fn dict_keys(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_view(args, kw, DictPart::Keys, "keys")
}

fn dict_values(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_view(args, kw, DictPart::Values, "values")
}

fn dict_items(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_view(args, kw, DictPart::Items, "items")
}

fn dict_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("pop", args, kw, 1, 2)?;
    match table(a[0]).remove(a[1])? {
        Some(v) => {
            super::module_dict::push(a[0]);
            Ok(v)
        }
        None => match a.get(2) {
            Some(&d) => Ok(d),
            None => {
                let exc = super::exception::new_exception(super::vm::exc_class("KeyError"), &[a[1]]);
                super::vm::set_exception(exc);
                Err(super::vm::Exc)
            }
        },
    }
}

fn dict_popitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("popitem", args, kw, 0, 0)?;
    match table(a[0]).pop_last() {
        Some(e) => {
            super::module_dict::push(a[0]);
            Ok(new_tuple_from(&[e.key, e.value]))
        }
        None => raise_named("KeyError", "popitem(): dictionary is empty"),
    }
}

fn dict_setdefault(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("setdefault", args, kw, 1, 2)?;
    if let Some(v) = table(a[0]).get(a[1])? {
        return Ok(v);
    }
    let d = a.get(2).copied().unwrap_or(none());
    table(a[0]).set(a[1], d)?;
    super::module_dict::push(a[0]);
    Ok(d)
}

fn dict_update(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    if pos.len() > 2 {
        return raise_named("TypeError", format!("update expected at most 1 argument, got {}", pos.len() - 1));
    }
    if let Some(&src) = pos.get(1) {
        super::builtins::dict_update(pos[0], src)?;
    }
    for (i, &k) in kwnames.iter().enumerate() {
        table(pos[0]).set(k, args[pos.len() + i])?;
    }
    super::module_dict::push(pos[0]);
    Ok(none())
}

fn dict_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    let d = new_dict();
    *table(d) = table(a[0]).clone();
    Ok(d)
}

fn dict_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("clear", args, kw, 0, 0)?;
    table(a[0]).clear();
    super::module_dict::push(a[0]);
    Ok(none())
}

fn dict_fromkeys(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("fromkeys", args, kw, 1, 2)?;
    let v = a.get(2).copied().unwrap_or(none());
    if a[0] != vm().classes.dict {
        // A subclass: made by calling it, filled through its `__setitem__`.
        let d = call(a[0], &[], &[])?;
        for k in collect(a[1])? {
            ops::setitem(d, k, v)?;
        }
        return Ok(d);
    }
    let d = new_dict();
    for k in collect(a[1])? {
        table(d).set(k, v)?;
    }
    Ok(d)
}

fn set_add(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("set.add", args, kw, 1, 1)?;
    set_table(a[0]).add(a[1])?;
    Ok(none())
}

fn set_discard(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("set.discard", args, kw, 1, 1)?;
    set_table(a[0]).discard(super::set::lookup_key(a[1]))?;
    Ok(none())
}

fn set_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("set.remove", args, kw, 1, 1)?;
    if !set_table(a[0]).discard(super::set::lookup_key(a[1]))? {
        let exc = super::exception::new_exception(super::vm::exc_class("KeyError"), &[a[1]]);
        super::vm::set_exception(exc);
        return Err(super::vm::Exc);
    }
    Ok(none())
}

fn set_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("pop", args, kw, 0, 0)?;
    set_table(a[0]).pop()
}

fn set_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("clear", args, kw, 0, 0)?;
    set_table(a[0]).clear();
    Ok(none())
}

fn set_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    let s = new_set(super::set::is_frozen(a[0]));
    *set_table(s) = set_table(a[0]).clone();
    Ok(s)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` on sets, in CPython's member order.
pub fn set_operation(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let store = set_table(a).operation(op, set_table(b))?;
    Ok(super::set::set_from(store, super::set::is_frozen(a)))
}

/// A set made from any iterable (for the named set methods).
fn as_set(v: Value) -> PyResult<Value> {
    if kind_of(v) == Kind::Set {
        return Ok(v);
    }
    let s = new_set(false);
    // The items wait in a list: a `__hash__` or `__eq__` may allocate.
    let items = super::seq::new_list(collect(v)?);
    for i in 0..super::seq::list_items(items).len() {
        set_table(s).add(super::seq::list_items(items)[i])?;
    }
    Ok(s)
}

fn set_method(args: &[Value], kw: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 0, usize::MAX)?;
    let mut acc = a[0];
    if a.len() == 1 {
        return set_copy(&a[..1], &[]);
    }
    for &other in &a[1..] {
        acc = set_operation(op, acc, as_set(other)?)?;
    }
    Ok(acc)
}

fn set_union(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_method(args, kw, BinOp::BitOr, "union")
}

fn set_intersection(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_method(args, kw, BinOp::BitAnd, "intersection")
}

fn set_difference(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_method(args, kw, BinOp::Sub, "difference")
}

fn set_symmetric_difference(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // Unlike union and the rest, it takes exactly one other set.
    let given = args.len().saturating_sub(1 + kw.len());
    if given != 1 && kw.is_empty() && !args.is_empty() {
        let class = if super::set::is_frozen(args[0]) { "frozenset" } else { "set" };
        return raise_named("TypeError", format!("{class}.symmetric_difference() takes exactly one argument ({given} given)"));
    }
    set_method(args, kw, BinOp::BitXor, "symmetric_difference")
}

fn set_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("update", args, kw, 0, usize::MAX)?;
    for &other in &a[1..] {
        set_table(a[0]).update_from(other)?;
    }
    Ok(none())
}

/// `a.intersection_update(*others)` and friends: `a = a op other` in place.
fn set_update_with(args: &[Value], kw: &[Value], op: BinOp, name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 0, usize::MAX)?;
    let mut acc = a[0];
    for &other in &a[1..] {
        acc = set_operation(op, acc, as_set(other)?)?;
    }
    if acc != a[0] {
        *set_table(a[0]) = set_table(acc).clone();
    }
    Ok(none())
}

fn set_intersection_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    set_update_with(args, kw, BinOp::BitAnd, "intersection_update")
}

/// `a.difference_update(*others)`: each in place, as CPython (which keeps
/// the table, so the order of what is left, unlike `a - b`).
fn set_difference_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("difference_update", args, kw, 0, usize::MAX)?;
    for &other in &a[1..] {
        in_place(a[0], BinOp::Sub, as_set(other)?)?;
    }
    Ok(none())
}

/// `a.symmetric_difference_update(other)`, in place as `a ^= b`.
fn set_symmetric_difference_update(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("symmetric_difference_update", args, kw, 1, 1)?;
    in_place(a[0], BinOp::BitXor, as_set(a[1])?)?;
    Ok(none())
}

/// `a op= b` on set `a` with set `b`; `a - a` and `a ^ a` empty it.
fn in_place(a: Value, op: BinOp, b: Value) -> PyResult<()> {
    if a == b {
        set_table(a).clear();
        return Ok(());
    }
    set_table(a).update(op, set_table(b))
}

fn set_issubset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("issubset", args, kw, 1, 1)?;
    ops::compare(CmpOp::LtE, a[0], as_set(a[1])?)
}

fn set_issuperset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("issuperset", args, kw, 1, 1)?;
    ops::compare(CmpOp::GtE, a[0], as_set(a[1])?)
}

fn set_isdisjoint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("isdisjoint", args, kw, 1, 1)?;
    let both = set_operation(BinOp::BitAnd, a[0], as_set(a[1])?)?;
    Ok(super::vm::boolean(set_table(both).is_empty()))
}

/// `cls.__subclasses__()`: the live classes with `cls` among their bases.
/// `a[0]` when it is a class, else the TypeError of a `type` method
/// applied to something else.
fn type_receiver(name: &str, a: &[Value]) -> PyResult<Value> {
    if kind_of(a[0]) != Kind::Class {
        return raise_named("TypeError", format!("descriptor '{name}' for 'type' objects doesn't apply to a '{}' object", super::ops::type_name(a[0])));
    }
    Ok(a[0])
}

fn type_subclasses(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__subclasses__", args, kw, 0, 0)?;
    let cls = type_receiver("__subclasses__", a)?;
    let mut found = super::heap::live_objects_of(Kind::Class);
    found.retain(|&c| super::class::class_obj(c).bases.contains(&cls));
    Ok(super::seq::new_list(found))
}

fn type_mro(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("mro", args, kw, 0, 0)?;
    Ok(new_list(super::class::class_obj(type_receiver("mro", a)?).mro.clone()))
}

fn object_setattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__setattr__", args, kw, 2, 2)?;
    let name = super::args::str_arg("__setattr__", a[1])?;
    super::attr::generic_setattr(a[0], super::vm::intern(name), a[2])?;
    Ok(none())
}

fn object_delattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__delattr__", args, kw, 1, 1)?;
    let name = super::args::str_arg("__delattr__", a[1])?;
    super::attr::generic_delattr(a[0], super::vm::intern(name))?;
    Ok(none())
}

fn object_getattribute(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__getattribute__", args, kw, 1, 1)?;
    let name = super::args::str_arg("__getattribute__", a[1])?;
    super::attr::generic_getattr(a[0], super::vm::intern(name))
}

/// `object.__new__(cls)`: a bare instance of `cls`.
fn object_new(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return raise_named("TypeError", "object.__new__(): not enough arguments");
    };
    if kind_of(cls) != Kind::Class {
        return raise_named("TypeError", format!("object.__new__(X): X is not a type object ({})", super::ops::type_name(cls)));
    }
    let c = super::class::class_obj(cls);
    // Arguments beyond the class are an error, as in CPython, unless the
    // class has its own `__init__` and no `__new__` (they go there).
    if args.len() > 1 && c.instance_kind == Kind::Instance {
        if has_own_new(cls) {
            return raise_named("TypeError", "object.__new__() takes exactly one argument (the type to instantiate)");
        }
        if inherits_object_init(cls) {
            return raise_named("TypeError", format!("{}() takes no arguments", c.name));
        }
    }
    // (Exception classes reach here for BaseException.__new__.)
    if c.instance_kind == Kind::Exception {
        super::metaclass::check_abstract(cls)?;
        // A group subclass's `super().__new__(cls, message, exceptions)`
        // reaches BaseExceptionGroup.__new__.
        if super::class::is_subclass(cls, super::vm::exc_class("BaseExceptionGroup")) {
            return super::exception_group::construct(cls, &args[1..], &[]);
        }
        return Ok(super::exception::new_exception(cls, &args[1..]));
    }
    // A class built on a builtin one other than object needs that one's
    // `__new__` (its instances have its layout).
    if c.mro.iter().any(|&b| b != vm().classes.object && super::class::class_obj(b).builtin) {
        let name = super::class::message_name(cls);
        return raise_named("TypeError", format!("object.__new__({name}) is not safe, use {name}.__new__()"));
    }
    super::metaclass::check_abstract(cls)?;
    Ok(super::instance::new_instance(cls))
}

/// `object.__init_subclass__(cls)`: nothing to do, and no keywords taken.
fn object_init_subclass(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args.first().copied().unwrap_or(none());
    let name = if kind_of(cls) == Kind::Class { super::class::class_obj(cls).name.clone() } else { "object".into() };
    if !kw.is_empty() {
        return raise_named("TypeError", format!("{name}.__init_subclass__() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return raise_named("TypeError", format!("{name}.__init_subclass__() takes no arguments ({} given)", args.len() - 1));
    }
    Ok(none())
}

/// `object.__init__(self)`. Arguments beyond `self` are an error, as in
/// CPython, unless the class has its own `__new__` and no `__init__` (it
/// took them there).
fn object_init(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(&obj) = args.first() else {
        return raise_named("TypeError", "descriptor '__init__' of 'object' object needs an argument");
    };
    if args.len() > 1 {
        let cls = super::class::type_of(obj);
        if !inherits_object_init(cls) {
            return raise_named("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if !has_own_new(cls) {
            let name = &super::class::class_obj(cls).name;
            return raise_named("TypeError", format!("{name}.__init__() takes exactly one argument (the instance to initialize)"));
        }
    }
    Ok(none())
}

/// Whether `cls` has a `__new__` other than `object`'s: its own, or that
/// of a builtin class it is built on.
fn has_own_new(cls: Value) -> bool {
    let object = vm().classes.object;
    super::call::user_new(cls).is_some() || super::class::class_obj(cls).mro.iter().any(|&b| b != object && super::class::class_obj(b).builtin)
}

/// Whether `cls` has no `__init__` of its own, only `object`'s.
fn inherits_object_init(cls: Value) -> bool {
    super::class::lookup(cls, crate::sym!("__init__"))
        .is_some_and(|f| kind_of(f) == Kind::Builtin && super::function::builtin_obj(f).func as usize == object_init as NativeFn as usize)
}

fn exception_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    if super::exception::is_exception(pos[0]) {
        super::exception::exc_obj(pos[0]).args.set(new_tuple_from(&pos[1..]));
    }
    Ok(none())
}

/// `exc.add_note(note)`: appends to `exc.__notes__`, which tracebacks print.
fn exception_add_note(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("add_note", args, kw, 1, 1)?;
    if !super::exception::is_exception(a[0]) {
        return raise_named("TypeError", "descriptor 'add_note' requires a 'BaseException' object");
    }
    if kind_of(a[1]) != Kind::Str {
        return raise_named("TypeError", format!("note must be a str, not '{}'", super::ops::type_name(a[1])));
    }
    let attrs = super::exception::exc_attrs(a[0]);
    let notes = match attrs.get_str(crate::sym!("__notes__")) {
        Some(n) => n,
        None => {
            let n = super::seq::new_list(Vec::new());
            attrs.set_str(crate::sym!("__notes__"), n);
            n
        }
    };
    if kind_of(notes) != Kind::List {
        return raise_named("TypeError", "Cannot add note: __notes__ is not a list");
    }
    super::seq::list_items(notes).push(a[1]);
    Ok(none())
}

fn exception_with_traceback(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("with_traceback", args, kw, 1, 1)?;
    super::exception::set_traceback(a[0], a[1])?;
    Ok(a[0])
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy of the
/// property with one function replaced.
fn property_with(args: &[Value], kw: &[Value], name: &str, slot: usize) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 1)?;
    if kind_of(a[0]) != Kind::Descriptor {
        return raise_named("TypeError", format!("descriptor '{name}' for 'property' objects doesn't apply to a '{}' object", super::ops::type_name(a[0])));
    }
    let d = super::function::descriptor_obj(a[0]);
    let mut parts = [d.func, d.setter, d.deleter];
    parts[slot] = if a[1] == none() && slot > 0 { Value::NULL } else { a[1] };
    let copy = super::function::new_descriptor(super::class::type_of(a[0]), parts[0], parts[1], parts[2]);
    super::function::descriptor_obj(copy).doc.set(d.doc.get());
    Ok(copy)
}

fn property_getter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_with(args, kw, "getter", 0)
}

fn property_setter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_with(args, kw, "setter", 1)
}

fn property_deleter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_with(args, kw, "deleter", 2)
}

/// `prop.fget`, `prop.fset`, `prop.fdel` (None when absent).
fn property_part(args: &[Value], kw: &[Value], slot: usize) -> PyResult<Value> {
    let a = method("fget", args, kw, 0, 0)?;
    if kind_of(a[0]) != Kind::Descriptor {
        return Ok(none());
    }
    let d = super::function::descriptor_obj(a[0]);
    let v = [d.func, d.setter, d.deleter][slot];
    Ok(if v.is_null() { none() } else { v })
}

fn property_fget(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_part(args, kw, 0)
}

fn property_fset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_part(args, kw, 1)
}

fn property_fdel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    property_part(args, kw, 2)
}

/// `SystemExit.code`: None, the single argument, or the argument tuple.
fn system_exit_code(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("code", args, kw, 0, 0)?;
    if !super::exception::is_exception(a[0]) {
        return Ok(none());
    }
    let t = super::exception::exc_obj(a[0]).args.get();
    Ok(match tuple_items(t).len() {
        0 => none(),
        1 => tuple_items(t)[0],
        _ => t,
    })
}

fn dict_iter_items(d: Value) -> Value {
    new_iter(IterState::over(d, DictPart::Items))
}

/// Methods per builtin class.
const LIST: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", list_index),
    ("count", seq_count),
    ("reverse", list_reverse),
    ("copy", list_copy),
    ("clear", list_clear),
    ("sort", list_sort),
];
const TUPLE: &[(&str, NativeFn)] = &[("index", tuple_index), ("count", seq_count)];
const DICT: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("copy", dict_copy),
    ("clear", dict_clear),
];
const SET: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    ("symmetric_difference_update", set_symmetric_difference_update),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];
const FROZENSET: &[(&str, NativeFn)] = &[
    ("copy", set_copy),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

/// Installs the methods of the builtin classes.
pub fn install() {
    let c = &vm().classes;
    for (cls, methods) in [(c.list, LIST), (c.tuple, TUPLE), (c.dict, DICT), (c.set, SET), (c.frozenset, FROZENSET)] {
        for &(name, f) in methods {
            set_class_attr(cls, name, new_builtin(name, f));
        }
    }
    use super::class::set_fast_methods;
    set_fast_methods(c.list, &[("append", crate::fast_entry!(list_append, 2)), ("pop", crate::fast_entry!(list_pop, 1))]);
    set_fast_methods(
        c.dict,
        &[
            ("get", crate::fast_entry!(dict_get, 2)),
            ("keys", crate::fast_entry!(dict_keys, 1)),
            ("values", crate::fast_entry!(dict_values, 1)),
            ("items", crate::fast_entry!(dict_items, 1)),
        ],
    );
    set_fast_methods(c.set, &[("add", crate::fast_entry!(set_add, 2))]);
    set_class_attr(c.dict, "fromkeys", super::function::new_descriptor(c.classmethod, new_builtin("fromkeys", dict_fromkeys), Value::NULL, Value::NULL));
    set_class_attr(c.type_, "mro", new_builtin("mro", type_mro));
    set_class_attr(c.type_, "__subclasses__", new_builtin("__subclasses__", type_subclasses));
    set_class_attr(c.object, "__init__", new_builtin("__init__", object_init));
    set_class_attr(c.object, "__init_subclass__", new_builtin("__init_subclass__", object_init_subclass));
    set_class_attr(c.object, "__new__", super::function::new_descriptor(c.staticmethod, new_builtin("__new__", object_new), Value::NULL, Value::NULL));
    set_class_attr(c.object, "__setattr__", new_builtin("__setattr__", object_setattr));
    set_class_attr(c.object, "__delattr__", new_builtin("__delattr__", object_delattr));
    set_class_attr(c.object, "__getattribute__", new_builtin("__getattribute__", object_getattribute));
    let base = c.exceptions["BaseException"];
    set_class_attr(base, "__init__", new_builtin("__init__", exception_init));
    set_class_attr(base, "with_traceback", new_builtin("with_traceback", exception_with_traceback));
    set_class_attr(base, "add_note", new_builtin("add_note", exception_add_note));
    for (name, f) in [("getter", property_getter as NativeFn), ("setter", property_setter), ("deleter", property_deleter)] {
        set_class_attr(c.property, name, new_builtin(name, f));
    }
    for (name, f) in [("fget", property_fget as NativeFn), ("fset", property_fset), ("fdel", property_fdel)] {
        set_class_attr(c.property, name, super::function::new_descriptor(c.property, new_builtin(name, f), Value::NULL, Value::NULL));
    }
    let code = new_builtin("code", system_exit_code);
    set_class_attr(c.exceptions["SystemExit"], "code", super::function::new_descriptor(c.property, code, Value::NULL, Value::NULL));
    super::num_methods::install();
    super::dict_view::install();
    super::str_builtins::install();
    super::bytes_methods::install();
    super::generator::install();
    super::iter_classes::install();
    super::value_class::install();
    super::metaclass::install();
    let _ = dict_iter_items;
}
