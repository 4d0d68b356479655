//! Dict views: what `d.keys()`, `d.values()` and `d.items()` return. A view
//! is live (it reflects later changes to the dict), sized, iterable,
//! reversible, prints as `dict_keys([...])`, and the keys and items views
//! are set-like (`&`, `|`, `-`, `^`, `==`, `isdisjoint`).
//!
//! Layout: a view is an instance (`Kind::Instance`) of one of three classes
//! made at start-up (`dict_keys`, `dict_values`, `dict_items`), holding its
//! dict in the instance table under `VIEW_SLOT`, so no new object kind is
//! needed. The protocol methods are native functions. `ops` calls dunders
//! only when they are functions or descriptors, so the ones it dispatches
//! (`__len__`, `__contains__`, comparisons, set operators) are wrapped in
//! `staticmethod` (which `ops::dunder` unwraps and calls with the receiver
//! first); `__iter__` and `__reversed__` are plain builtins, which
//! `iterate::iter` and `reversed()` call directly. `repr()` asks
//! [`view_repr`] first (see `text::repr`).

use std::cell::Cell;

use crate::runtime::args::method;
use crate::runtime::dict::{table, DictTable};
use crate::runtime::function::{new_builtin, new_descriptor, NativeFn};
use crate::runtime::instance::{attrs, new_instance};
use crate::runtime::iter::{new_iter, DictPart, IterState};
use crate::runtime::iterate::collect;
use crate::runtime::number::int;
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::{eq_bool, repr};
use crate::runtime::seq::{list_items, new_list, new_tuple_from, tuple_items};
use crate::runtime::set::{new_set, set_table};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, intern, none, raise_named, vm, PyResult};
use crate::syntax::ast::BinOp;

/// The instance-table key under which a view keeps its dict (not a valid
/// identifier, so no attribute access can reach it).
const VIEW_SLOT: &str = "<dict>";

thread_local! {
    /// The classes `dict_keys`, `dict_values`, `dict_items` (NULL before `install`).
    static CLASSES: Cell<[Value; 3]> = const { Cell::new([Value::NULL; 3]) };
}

fn part_index(what: DictPart) -> usize {
    match what {
        DictPart::Keys => 0,
        DictPart::Values => 1,
        DictPart::Items => 2,
    }
}

fn part_name(what: DictPart) -> &'static str {
    match what {
        DictPart::Keys => "dict_keys",
        DictPart::Values => "dict_values",
        DictPart::Items => "dict_items",
    }
}

/// The view of `dict` showing `what`.
pub fn new_view(dict: Value, what: DictPart) -> Value {
    let cls = CLASSES.with(|c| c.get()[part_index(what)]);
    let v = new_instance(cls);
    attrs(v).set_str(intern(VIEW_SLOT), dict);
    v
}

/// Which part a value views and of which dict, if it is a dict view.
pub fn as_view(v: Value) -> Option<(Value, DictPart)> {
    if kind_of(v) != Kind::Instance {
        return None;
    }
    let classes = CLASSES.with(|c| c.get());
    let cls = v.header().class.get();
    let what = match classes.iter().position(|&c| c == cls)? {
        0 => DictPart::Keys,
        1 => DictPart::Values,
        _ => DictPart::Items,
    };
    Some((attrs(v).get_str(intern(VIEW_SLOT))?, what))
}

/// The receiver of a view method (with CPython's message when called badly).
fn receiver(args: &[Value], name: &str) -> PyResult<(Value, DictPart)> {
    match args.first().and_then(|&v| as_view(v)) {
        Some(r) => Ok(r),
        None => raise_named("TypeError", format!("descriptor '{name}' needs a dict view argument")),
    }
}

/// A new list of the items a view shows now (a list object, so that the
/// collector sees the item tuples it holds).
fn items(dict: Value, what: DictPart) -> Value {
    let entries: Vec<_> = table(dict).iter().map(|e| (e.key, e.value)).collect();
    let list = new_list(Vec::with_capacity(entries.len()));
    for (k, v) in entries {
        let x = match what {
            DictPart::Keys => k,
            DictPart::Values => v,
            DictPart::Items => new_tuple_from(&[k, v]),
        };
        list_items(list).push(x);
    }
    list
}

/// Item `i` of list `list`, if it still has one (user code may shrink it).
fn item(list: Value, i: usize) -> Option<Value> {
    list_items(list).get(i).copied()
}

/// `repr(view)`: `dict_keys(['a', 'b'])`; None when `v` is not a view.
pub fn view_repr(v: Value) -> PyResult<Option<String>> {
    let Some((dict, what)) = as_view(v) else { return Ok(None) };
    let list = items(dict, what);
    let text = repr(list)?;
    std::hint::black_box(list);
    Ok(Some(format!("{}({})", part_name(what), text)))
}

fn view_iter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (dict, what) = receiver(args, "__iter__")?;
    method("__iter__", args, kw, 0, 0)?;
    Ok(new_iter(IterState::over(dict, what)))
}

fn view_reversed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (dict, what) = receiver(args, "__reversed__")?;
    method("__reversed__", args, kw, 0, 0)?;
    Ok(new_iter(IterState::over_reversed(dict, what)))
}

fn view_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (dict, _) = receiver(args, "__len__")?;
    method("__len__", args, kw, 0, 0)?;
    Ok(int(table(dict).len() as i64))
}

/// `x in view`.
fn contains(dict: Value, what: DictPart, x: Value) -> PyResult<bool> {
    match what {
        DictPart::Keys => Ok(table(dict).get(x)?.is_some()),
        DictPart::Items => {
            if kind_of(x) != Kind::Tuple || tuple_items(x).len() != 2 {
                return Ok(false);
            }
            let (k, v) = (tuple_items(x)[0], tuple_items(x)[1]);
            match table(dict).get(k)? {
                Some(found) => eq_bool(found, v),
                None => Ok(false),
            }
        }
        DictPart::Values => {
            let list = items(dict, what);
            let mut i = 0;
            while let Some(v) = item(list, i) {
                if eq_bool(v, x)? {
                    return Ok(true);
                }
                i += 1;
            }
            std::hint::black_box(list);
            Ok(false)
        }
    }
}

fn view_contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (dict, what) = receiver(args, "__contains__")?;
    let a = method("__contains__", args, kw, 1, 1)?;
    Ok(boolean(contains(dict, what, a[1])?))
}

/// A set of the elements of `v` (a set-like view, a set, or any iterable).
fn to_set(v: Value) -> PyResult<Value> {
    if kind_of(v) == Kind::Set {
        return Ok(v);
    }
    let list = match as_view(v) {
        Some((dict, what)) => items(dict, what),
        None => new_list(collect(v)?),
    };
    let s = new_set(false);
    let mut i = 0;
    while let Some(x) = item(list, i) {
        set_table(s).add(x)?;
        i += 1;
    }
    std::hint::black_box(list);
    Ok(s)
}

/// True for the operands a set-like view compares with.
fn set_like(v: Value) -> bool {
    kind_of(v) == Kind::Set || matches!(as_view(v), Some((_, DictPart::Keys | DictPart::Items)))
}

/// For a comparison of a set-like view with a set or set-like view: the
/// view's length, the other operand and its length (None: they do not
/// compare, and the caller answers NotImplemented).
fn comparands(args: &[Value], kw: &[Value], name: &str) -> PyResult<Option<(usize, Value, usize)>> {
    let (dict, what) = receiver(args, name)?;
    let a = method(name, args, kw, 1, 1)?;
    let other = a[1];
    if what == DictPart::Values || !set_like(other) {
        return Ok(None);
    }
    let other_len = match as_view(other) {
        Some((d, _)) => table(d).len(),
        None => set_table(other).len(),
    };
    Ok(Some((table(dict).len(), other, other_len)))
}

fn view_eq_common(args: &[Value], kw: &[Value], name: &str, negate: bool) -> PyResult<Value> {
    let Some((len, other, other_len)) = comparands(args, kw, name)? else { return Ok(vm().not_implemented) };
    let equal = len == other_len && all_contained_in(args[0], other)?;
    Ok(boolean(equal != negate))
}

fn view_eq(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_eq_common(args, kw, "__eq__", false)
}

fn view_ne(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_eq_common(args, kw, "__ne__", true)
}

/// Every item of `a` (a set-like view or set) is in `b`.
fn all_contained_in(a: Value, b: Value) -> PyResult<bool> {
    let (mine, theirs) = (to_set(a)?, to_set(b)?);
    let members: Vec<(Value, i64)> = set_table(mine).iter().map(|m| (m.key, m.hash)).collect();
    let mut all = true;
    for (key, hash) in members {
        if !set_table(theirs).contains_hashed(key, hash)? {
            all = false;
            break;
        }
    }
    std::hint::black_box((mine, theirs));
    Ok(all)
}

/// `<`, `<=`, `>`, `>=` of a set-like view and a set or set-like view:
/// subset and superset tests, as CPython's views compare.
fn view_order_common(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let Some((len, other, other_len)) = comparands(args, kw, name)? else { return Ok(vm().not_implemented) };
    let result = match name {
        "__lt__" => len < other_len && all_contained_in(args[0], other)?,
        "__le__" => len <= other_len && all_contained_in(args[0], other)?,
        "__gt__" => len > other_len && all_contained_in(other, args[0])?,
        _ => len >= other_len && all_contained_in(other, args[0])?,
    };
    Ok(boolean(result))
}

fn view_lt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_order_common(args, kw, "__lt__")
}

fn view_le(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_order_common(args, kw, "__le__")
}

fn view_gt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_order_common(args, kw, "__gt__")
}

fn view_ge(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    view_order_common(args, kw, "__ge__")
}

/// `view op other` (or, reflected, `other op view`) for a set operator.
fn set_op(args: &[Value], kw: &[Value], name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let (_, what) = receiver(args, name)?;
    let a = method(name, args, kw, 1, 1)?;
    if what == DictPart::Values {
        return Ok(vm().not_implemented);
    }
    if crate::runtime::iterate::iter(a[1]).is_err() {
        crate::runtime::vm::take_exception();
        return Ok(vm().not_implemented);
    }
    let mine = to_set(a[0])?;
    let theirs = to_set(a[1])?;
    let (x, y) = if reflected { (theirs, mine) } else { (mine, theirs) };
    std::hint::black_box((mine, theirs));
    if op == BinOp::BitXor {
        // CPython updates a copy of the left operand in place (its order).
        let result = new_set(false);
        *set_table(result) = set_table(x).clone();
        crate::runtime::call::call_method(result, "symmetric_difference_update", &[y])?;
        return Ok(result);
    }
    crate::runtime::methods::set_operation(op, x, y).map(|r| {
        if kind_of(r) == Kind::Set && crate::runtime::set::is_frozen(r) {
            let s = new_set(false);
            *set_table(s) = set_table(r).clone();
            s
        } else {
            r
        }
    })
}

macro_rules! set_ops {
    ($($fname:ident, $name:literal, $op:expr, $reflected:expr;)*) => {
        $(fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            set_op(args, kw, $name, $op, $reflected)
        })*
    };
}

set_ops! {
    view_and, "__and__", BinOp::BitAnd, false;
    view_or, "__or__", BinOp::BitOr, false;
    view_sub, "__sub__", BinOp::Sub, false;
    view_xor, "__xor__", BinOp::BitXor, false;
    view_rand, "__rand__", BinOp::BitAnd, true;
    view_ror, "__ror__", BinOp::BitOr, true;
    view_rsub, "__rsub__", BinOp::Sub, true;
    view_rxor, "__rxor__", BinOp::BitXor, true;
}

fn view_isdisjoint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (dict, what) = receiver(args, "isdisjoint")?;
    let a = method("isdisjoint", args, kw, 1, 1)?;
    let other = new_list(collect(a[1])?);
    let mut i = 0;
    while let Some(x) = item(other, i) {
        if contains(dict, what, x)? {
            return Ok(boolean(false));
        }
        i += 1;
    }
    std::hint::black_box(other);
    Ok(boolean(true))
}

/// Methods called directly (by `iter()`, `reversed()` or attribute access).
const PLAIN: &[(&str, NativeFn)] = &[("__iter__", view_iter), ("__reversed__", view_reversed)];
/// Methods dispatched by `ops` (wrapped in `staticmethod`).
const DISPATCHED: &[(&str, NativeFn)] = &[("__len__", view_len), ("__contains__", view_contains)];
/// Methods of the set-like views only.
const SET_LIKE: &[(&str, NativeFn)] = &[
    ("__eq__", view_eq),
    ("__ne__", view_ne),
    ("__lt__", view_lt),
    ("__le__", view_le),
    ("__gt__", view_gt),
    ("__ge__", view_ge),
    ("__and__", view_and),
    ("__or__", view_or),
    ("__sub__", view_sub),
    ("__xor__", view_xor),
    ("__rand__", view_rand),
    ("__ror__", view_ror),
    ("__rsub__", view_rsub),
    ("__rxor__", view_rxor),
];

/// Creates the three view classes (`vm::keep` roots them).
pub fn install() {
    crate::runtime::heap::without_gc(install_classes);
}

fn install_classes() {
    let staticmethod = vm().classes.staticmethod;
    let mut classes = [Value::NULL; 3];
    for what in [DictPart::Keys, DictPart::Values, DictPart::Items] {
        let mut ns = DictTable::new();
        for &(name, f) in PLAIN {
            ns.set_str(intern(name), crate::runtime::function::as_method(new_builtin(name, f)));
        }
        let wrapped = |name: &'static str, f: NativeFn| new_descriptor(staticmethod, new_builtin(name, f), Value::NULL, Value::NULL);
        for &(name, f) in DISPATCHED {
            ns.set_str(intern(name), wrapped(name, f));
        }
        if what != DictPart::Values {
            for &(name, f) in SET_LIKE {
                ns.set_str(intern(name), wrapped(name, f));
            }
            ns.set_str(crate::sym!("isdisjoint"), crate::runtime::function::as_method(new_builtin("isdisjoint", view_isdisjoint)));
            // Set-like views compare by value, so hash not at all;
            // dict_values hashes by identity.
            ns.set_str(crate::sym!("__hash__"), none());
        }
        let name = part_name(what);
        let cls = crate::runtime::class::new_class(name, name, "builtins", Vec::new(), ns).expect("a plain class");
        classes[part_index(what)] = crate::runtime::vm::keep(cls);
    }
    CLASSES.with(|c| c.set(classes));
}
