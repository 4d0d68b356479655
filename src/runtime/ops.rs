//! The object protocols behind operators: truth, equality and ordering,
//! hashing, arithmetic (with `__add__`/`__radd__` style dunders), `in`,
//! `len`, and subscripts.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::class::{class_obj, lookup, type_of};
use super::numeric as n;
use super::dict::table;
use super::instance::attrs;
use super::number::{as_bigint, as_float, as_i64, big, float, int, is_int};
use super::object::{kind_of, Kind};
use super::seq::{list_items, new_list, new_tuple, tuple_items};
use super::set::set_table;
use super::str::{as_str, new_string, str_hash, str_obj};
use super::value::Value;
use super::vm::{boolean, intern, none, raise_named, vm, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};

pub use super::text::{repr, str_of};

/// The class name of a value, for messages.
pub fn type_name(v: Value) -> String {
    super::class::message_name(type_of(v))
}

/// What an argument-clinic type error calls argument `v`: its type's name,
/// but `None` for None (CPython's `_PyArg_BadArgument`).
pub fn arg_type_name(v: Value) -> String {
    if v == super::vm::none() {
        "None".into()
    } else {
        type_name(v)
    }
}

/// True when `f` is a Rust method of a native class `v` is an instance of
/// (a deque's `__len__`); other builtin dunders are handled by kind.
pub fn native_method(v: Value, f: Value) -> bool {
    kind_of(f) == Kind::Builtin && kind_of(v) == Kind::Instance && v.header().extra.get() > 0
}

/// Calls dunder `name` of `v`'s class if it has one.
fn dunder(v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    dunder_sym(v, intern(name), args)
}

/// `dunder` with the name already interned (hot paths pass `sym!` values).
pub fn dunder_sym(v: Value, name: Value, args: &[Value]) -> PyResult<Option<Value>> {
    match lookup(type_of(v), name) {
        // A native class's own method (a deque's `__bool__`): its Rust
        // function directly.
        Some(f) if native_method(v, f) && super::function::builtin_obj(f).bound.is_null() => {
            super::call::with_receiver(v, args, |full| super::call::call_builtin(f, full, &[])).map(Some)
        }
        Some(f) if matches!(kind_of(f), Kind::Function | Kind::BoundMethod | Kind::Descriptor) || native_method(v, f) => {
            let f = super::attr::unwrap_staticmethod(f);
            super::call::with_receiver(v, args, |full| super::call::call(f, full, &[])).map(Some)
        }
        _ => Ok(None),
    }
}

/// A dunder of a user-level operand: an instance's class's, or for a class,
/// its metaclass's as defined in the language (None for other values).
fn operand_dunder(v: Value, name: Value, args: &[Value]) -> PyResult<Option<Value>> {
    match kind_of(v) {
        Kind::Instance | Kind::Exception => dunder_sym(v, name, args),
        Kind::Class => match super::metaclass::custom_dunder(v, name) {
            Some(f) => super::call::with_receiver(v, args, |full| super::call::call(f, full, &[])).map(Some),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `bool(v)`.
pub fn truthy(v: Value) -> PyResult<bool> {
    if v.is_small() {
        return Ok(v.as_small() != 0);
    }
    Ok(match kind_of(v) {
        Kind::Bool => v == vm().true_,
        // None is false; NotImplemented (deprecated there) and Ellipsis are true.
        Kind::None => {
            if v == vm().not_implemented {
                super::exception::warn("DeprecationWarning", "NotImplemented should not be used in a boolean context")?;
            }
            v != vm().none
        }
        Kind::Int => !as_bigint(v).is_zero(),
        Kind::Float => as_float(v) != 0.0,
        Kind::Str => !as_str(v).is_empty(),
        Kind::Bytes | Kind::ByteArray => !super::bytes::as_bytes(v).is_empty(),
        Kind::List => !list_items(v).is_empty(),
        Kind::Tuple => !tuple_items(v).is_empty(),
        Kind::Dict => !table(v).is_empty(),
        Kind::Set => !set_table(v).is_empty(),
        Kind::Range => super::range::range_obj(v).len() != 0,
        // (A class's come from its metaclass.)
        Kind::Instance | Kind::Exception | Kind::Class => {
            if let Some(len) = class_obj(type_of(v)).native_len.get() {
                return Ok(len(v) != 0);
            }
            if let Some(r) = operand_dunder(v, crate::sym!("__bool__"), &[])? {
                if kind_of(r) != Kind::Bool {
                    return raise_named("TypeError", format!("__bool__ should return bool, returned {}", type_name(r)));
                }
                return Ok(r == vm().true_);
            }
            if let Some(r) = operand_dunder(v, crate::sym!("__len__"), &[])? {
                return Ok(len_result(r)? != 0);
            }
            true
        }
        _ => true,
    })
}

/// Calls `types.NAME` (the library module, written in the language) with
/// `args`: the class unions and generic aliases of builtin classes.
fn call_types(name: &str, args: &[Value]) -> PyResult<Value> {
    let types = super::import::import_module("types")?;
    let f = super::attr::getattr(types, crate::runtime::vm::intern(name))?;
    super::call::call(f, args, &[])
}

/// `items * n`, or MemoryError when that much memory cannot be had (as
/// CPython raises it, where a plain repeat would abort the process).
fn repeat_items(items: &[Value], n: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    match items.len().checked_mul(n) {
        Some(total) if out.try_reserve_exact(total).is_ok() => {}
        _ => return no_memory(),
    }
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

/// Makes room in `v` for `extra` more items, or raises CPython's bare
/// MemoryError when that much memory cannot be had (where growing it
/// regardless would abort the process).
pub fn reserve<T>(v: &mut Vec<T>, extra: usize) -> PyResult<()> {
    match v.try_reserve_exact(extra) {
        Ok(()) => Ok(()),
        Err(_) => no_memory(),
    }
}

/// Raises `MemoryError()`.
fn no_memory<T>() -> PyResult<T> {
    super::vm::set_exception(super::exception::new_exception(super::vm::exc_class("MemoryError"), &[]));
    Err(super::vm::Exc)
}

/// `text * n` (see `repeat_items`).
fn repeat_str(text: &str, n: usize) -> PyResult<Box<str>> {
    let mut out = String::new();
    let Some(total) = text.len().checked_mul(n).filter(|&t| t <= isize::MAX as usize) else {
        return raise_named("OverflowError", "repeated string is too long");
    };
    if out.try_reserve_exact(total).is_err() {
        return no_memory();
    }
    for _ in 0..n {
        out.push_str(text);
    }
    Ok(out.into_boxed_str())
}

/// The int `v` stands for: itself, or its `__index__`.
pub fn index_int(v: Value) -> PyResult<Value> {
    if is_int(v) {
        return Ok(v);
    }
    match dunder_sym(v, crate::sym!("__index__"), &[])? {
        Some(r) if is_int(r) => Ok(r),
        Some(r) => raise_named("TypeError", format!("__index__ returned non-int (type {})", type_name(r))),
        None => raise_named("TypeError", format!("'{}' object cannot be interpreted as an integer", type_name(v))),
    }
}

/// An int usable as an index (`__index__` semantics for builtins).
pub fn index_value(v: Value) -> PyResult<i64> {
    index_value_or(v, "IndexError")
}

/// A size or position argument of a builtin (`bytes(n)`): an int past
/// the machine word is an OverflowError.
pub fn size_value(v: Value) -> PyResult<i64> {
    index_value_or(v, "OverflowError")
}

/// An argument CPython converts to a C `Py_ssize_t` (`list.insert`'s
/// position), with that conversion's OverflowError.
pub fn ssize_arg(v: Value) -> PyResult<i64> {
    match as_i64(index_int(v)?) {
        Some(i) => Ok(i),
        None => raise_named("OverflowError", "Python int too large to convert to C ssize_t"),
    }
}

/// A slice bound or search start (`_PyEval_SliceIndex`): an int past the
/// machine word is clamped to it.
pub fn clamped_index(v: Value) -> PyResult<i64> {
    let n = index_int(v)?;
    Ok(as_i64(n).unwrap_or(if super::number::as_bigint(n).is_negative() { i64::MIN } else { i64::MAX }))
}

/// `index_value`, raising `too_big` (CPython's `PyNumber_AsSsize_t`
/// argument) for an int past the machine word.
fn index_value_or(v: Value, too_big: &str) -> PyResult<i64> {
    let n = index_int(v)?;
    match as_i64(n) {
        Some(i) => Ok(i),
        None => raise_named(too_big, format!("cannot fit '{}' into an index-sized integer", type_name(n))),
    }
}

/// True when `v`'s class defines `__index__`.
pub fn has_index(v: Value) -> bool {
    matches!(kind_of(v), Kind::Instance) && lookup(type_of(v), crate::sym!("__index__")).is_some()
}

/// `hash(v)`.
/// The hash of a small int or a str, the common dict keys, whose hashing
/// runs no user code and cannot fail; None for any other key.
#[inline]
pub fn quick_hash(v: Value) -> Option<i64> {
    if v.is_small() {
        Some(n::hash_i64(v.as_small()))
    } else if kind_of(v) == Kind::Str {
        Some(str_hash(v))
    } else {
        None
    }
}

pub fn hash(v: Value) -> PyResult<i64> {
    if v.is_small() {
        return Ok(n::hash_i64(v.as_small()));
    }
    match kind_of(v) {
        Kind::Str => Ok(str_hash(v)),
        Kind::Bytes => Ok(super::bytes::bytes_hash(v)),
        Kind::Bool => Ok((v == vm().true_) as i64),
        Kind::Int => Ok(n::hash_int(&as_bigint(v))),
        Kind::Float => Ok(n::hash_float(as_float(v), identity_hash(v))),
        Kind::None => Ok(0x7e0d_a5f0),
        Kind::Tuple => {
            let items = tuple_items(v);
            let mut hashes = Vec::with_capacity(items.len());
            for &item in items {
                hashes.push(hash(item)?);
            }
            Ok(n::hash_tuple(&hashes))
        }
        Kind::Set if super::set::is_frozen(v) => Ok(set_table(v).frozen_hash()),
        Kind::List | Kind::Dict | Kind::Set | Kind::ByteArray | Kind::Slice => {
            raise_named("TypeError", format!("unhashable type: '{}'", type_name(v)))
        }
        Kind::Class => match operand_dunder(v, crate::sym!("__hash__"), &[])? {
            Some(r) => hash_result(r),
            None => Ok(identity_hash(v)),
        },
        Kind::Instance | Kind::Exception => {
            let cls = type_of(v);
            match lookup(cls, crate::sym!("__hash__")) {
                Some(h) if h == none() => raise_named("TypeError", format!("unhashable type: '{}'", type_name(v))),
                Some(h) if kind_of(h) == Kind::Function || native_method(v, h) => hash_result(super::call::call(h, &[v], &[])?),
                _ => {
                    if class_obj(cls).dict().get_str(crate::sym!("__eq__")).is_some() && lookup(cls, crate::sym!("__hash__")).is_none() {
                        return raise_named("TypeError", format!("unhashable type: '{}'", type_name(v)));
                    }
                    Ok(identity_hash(v))
                }
            }
        }
        Kind::BoundMethod | Kind::Builtin => Ok(method_hash(v)),
        // CPython hashes `(len, start, step)`, with None for what equal ranges may differ in.
        Kind::Range => {
            let r = super::range::range_obj(v);
            let len = r.len() as i64;
            let none = hash(none())?;
            let parts = match len {
                0 => [n::hash_i64(0), none, none],
                1 => [n::hash_i64(1), n::hash_i64(r.start), none],
                _ => [n::hash_i64(len), n::hash_i64(r.start), n::hash_i64(r.step)],
            };
            Ok(n::hash_tuple(&parts))
        }
        _ => Ok(identity_hash(v)),
    }
}

/// The hash a `__hash__` method's result `r` makes. As CPython: a result
/// that fits is kept (so that a `__hash__` returning `hash(y)` hashes like
/// y), -1 aside.
fn hash_result(r: Value) -> PyResult<i64> {
    if !is_int(r) {
        return raise_named("TypeError", "__hash__ method should return an integer");
    }
    Ok(match as_i64(r) {
        Some(-1) => -2,
        Some(h) => h,
        None => n::hash_int(&as_bigint(r)),
    })
}

/// Whether two bound methods (or builtins) are the same method of the same
/// object, as CPython compares them: the function by equality, the
/// receiver by identity (`a.f == a.f`, so a list of callbacks can remove one).
fn same_method(a: Value, b: Value) -> bool {
    use super::function::{builtin_obj, method_obj};
    if kind_of(a) == Kind::BoundMethod {
        let (x, y) = (method_obj(a), method_obj(b));
        return x.receiver == y.receiver && x.func == y.func;
    }
    let (x, y) = (builtin_obj(a), builtin_obj(b));
    let same_receiver = x.bound == y.bound
        || (!x.bound.is_null() && !y.bound.is_null() && kind_of(x.bound) == Kind::Tuple && kind_of(y.bound) == Kind::Tuple
            && tuple_items(x.bound) == tuple_items(y.bound));
    a == b || (x.func as usize == y.func as usize && x.name == y.name && same_receiver)
}

/// The hash of a bound method, from its receiver's identity and its
/// function, so that equal methods hash alike.
fn method_hash(v: Value) -> i64 {
    use super::function::{builtin_obj, method_obj};
    if kind_of(v) == Kind::BoundMethod {
        let m = method_obj(v);
        return identity_hash(m.receiver) ^ identity_hash(m.func);
    }
    let b = builtin_obj(v);
    // (An unbound method of a builtin class holds its class and method.)
    let receiver = if !b.bound.is_null() && kind_of(b.bound) == Kind::Tuple { tuple_items(b.bound)[0] } else { b.bound };
    identity_hash(receiver) ^ (b.func as usize as i64 >> 4)
}

pub fn identity_hash(v: Value) -> i64 {
    (v.0 >> 4) as i64
}

/// Equality as containers test it: identity first (so a NaN is found in
/// the list holding it), then `==`.
pub fn item_eq(a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b || eq_bool(a, b)?)
}

/// `a == b` as a bool.
pub fn eq_bool(a: Value, b: Value) -> PyResult<bool> {
    if a == b && kind_of(a) != Kind::Float {
        return Ok(true);
    }
    let r = compare(CmpOp::Eq, a, b)?;
    truthy(r)
}

/// A number as f64 if it is an int, bool or float.
fn as_number_f64(v: Value) -> Option<f64> {
    if v.is_small() {
        return Some(v.as_small() as f64);
    }
    match kind_of(v) {
        Kind::Float => Some(as_float(v)),
        Kind::Bool => Some((v == vm().true_) as i64 as f64),
        Kind::Int => as_bigint(v).to_f64(),
        _ => None,
    }
}

/// How int `i` compares with float `f`, exactly (None when `f` is NaN).
fn int_float_cmp(i: Value, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering::*;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Less } else { Greater });
    }
    if i.is_small() && i.as_small().unsigned_abs() < 1 << 53 {
        // Exactly representable: the float comparison is exact.
        return (i.as_small() as f64).partial_cmp(&f);
    }
    let floor = f.floor();
    let whole = num_traits::FromPrimitive::from_f64(floor).unwrap_or_else(BigInt::zero);
    match as_bigint(i).cmp(&whole) {
        Equal if floor != f => Some(Less),
        ord => Some(ord),
    }
}

fn ordering_result(op: CmpOp, ord: std::cmp::Ordering) -> bool {
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        CmpOp::GtE => ord != Less,
        _ => unreachable!("identity and membership are not orderings"),
    }
}

fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::LtE => CmpOp::GtE,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::GtE => CmpOp::LtE,
        other => other,
    }
}

fn cmp_dunder(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "__eq__",
        CmpOp::NotEq => "__ne__",
        CmpOp::Lt => "__lt__",
        CmpOp::LtE => "__le__",
        CmpOp::Gt => "__gt__",
        CmpOp::GtE => "__ge__",
        _ => "",
    }
}

fn op_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

/// Compares two sequences item by item (lists with lists, tuples with tuples).
fn compare_seq(op: CmpOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    super::vm::deeper(" in comparison", || compare_items(op, a, b))
}

fn compare_items(op: CmpOp, a: &[Value], b: &[Value]) -> PyResult<bool> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !item_eq(a[i], b[i])? {
            if op == CmpOp::Eq {
                return Ok(false);
            }
            if op == CmpOp::NotEq {
                return Ok(true);
            }
            let r = compare(op, a[i], b[i])?;
            return truthy(r);
        }
    }
    Ok(ordering_result(op, a.len().cmp(&b.len())))
}

/// A rich comparison `a op b` (`==`, `<`, ... but also `in`, `is`).
pub fn compare(op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    match op {
        CmpOp::Is => return Ok(boolean(a == b)),
        CmpOp::IsNot => return Ok(boolean(a != b)),
        CmpOp::In => return Ok(boolean(contains(b, a)?)),
        CmpOp::NotIn => return Ok(boolean(!contains(b, a)?)),
        _ => {}
    }
    // CPython's generic comparison counts as a level of recursion (so the
    // deepest frame of a runaway recursion may fail "in comparison"); its
    // compiled comparisons of two ints, floats or strs skip it, and
    // sequences and dicts count their own levels (`compare_seq`).
    if kind_of(a) != kind_of(b) || matches!(kind_of(a), Kind::Instance | Kind::Exception) {
        super::vm::deeper(" in comparison", || compare_generic(op, a, b))
    } else {
        compare_generic(op, a, b)
    }
}

/// `compare` for the operators that compare values.
fn compare_generic(op: CmpOp, a: Value, b: Value) -> PyResult<Value> {
    if let Some(r) = builtin_ordering(op, a, b)? {
        return Ok(boolean(r));
    }
    // User-defined comparisons, reflected second.
    let b_first = type_of(a) != type_of(b) && super::class::is_subclass(type_of(b), type_of(a));
    let attempts: [(Value, Value, CmpOp); 2] =
        if b_first { [(b, a, swapped(op)), (a, b, op)] } else { [(a, b, op), (b, a, swapped(op))] };
    for (x, y, o) in attempts {
        if !matches!(kind_of(x), Kind::Instance | Kind::Exception | Kind::Class) {
            continue;
        }
        let mut r = operand_dunder(x, intern(cmp_dunder(o)), &[y])?;
        if r.is_none() && o == CmpOp::NotEq {
            // object.__ne__: the inverse of `__eq__`, unless that
            // returns NotImplemented.
            r = match operand_dunder(x, crate::sym!("__eq__"), &[y])? {
                Some(eq) if eq != vm().not_implemented => Some(boolean(!truthy(eq)?)),
                other => other,
            };
        }
        if let Some(r) = r.filter(|&r| r != vm().not_implemented) {
            return Ok(r);
        }
    }
    // A builtin operand's own comparison (the reflected one included)
    // takes an instance of a subclass on the other side.
    let (x, y) = (super::value_class::unwrap(a), super::value_class::unwrap(b));
    if (x == a) != (y == b) {
        if let Some(r) = builtin_ordering(op, x, y)? {
            return Ok(boolean(r));
        }
    }
    match op {
        CmpOp::Eq => Ok(boolean(a == b)),
        CmpOp::NotEq => Ok(boolean(a != b)),
        _ => raise_named(
            "TypeError",
            format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op_symbol(op),
                type_name(a),
                type_name(b)
            ),
        ),
    }
}

/// `a op b` when both are builtin values of kinds that compare; None
/// otherwise (the operands' dunders decide).
pub fn builtin_compare(op: CmpOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    Ok(builtin_ordering(op, a, b)?.map(boolean))
}

fn builtin_ordering(op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    if a.is_small() && b.is_small() {
        return Ok(Some(ordering_result(op, a.as_small().cmp(&b.as_small()))));
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    let numeric = |k: Kind| matches!(k, Kind::Int | Kind::Bool | Kind::Float);
    if numeric(ka) && numeric(kb) {
        if ka != Kind::Float && kb != Kind::Float {
            return Ok(Some(ordering_result(op, as_bigint(a).cmp(&as_bigint(b)))));
        }
        let (x, y) = (as_number_f64(a).unwrap_or(f64::NAN), as_number_f64(b).unwrap_or(f64::NAN));
        // An int and a float compare exactly, as CPython does (2**53 + 1 > 2.0**53).
        let exact = match (ka, kb) {
            (Kind::Float, Kind::Float) => None,
            (Kind::Float, _) => Some(int_float_cmp(b, x).map(|o| o.reverse())),
            (_, _) => Some(int_float_cmp(a, y)),
        };
        if let Some(ord) = exact {
            return Ok(Some(match ord {
                Some(ord) => ordering_result(op, ord),
                None => op == CmpOp::NotEq,
            }));
        }
        return Ok(Some(match x.partial_cmp(&y) {
            Some(ord) => ordering_result(op, ord),
            None => op == CmpOp::NotEq,
        }));
    }
    match (ka, kb) {
        (Kind::Str, Kind::Str) => return Ok(Some(ordering_result(op, as_str(a).cmp(as_str(b))))),
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => return Ok(Some(super::bytes_ops::compare(op, a, b))),
        (Kind::List, Kind::List) => return Ok(Some(compare_seq(op, list_items(a), list_items(b))?)),
        (Kind::Tuple, Kind::Tuple) => return Ok(Some(compare_seq(op, tuple_items(a), tuple_items(b))?)),
        (Kind::Dict, Kind::Dict) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let eq = dict_eq(a, b)?;
            return Ok(Some(eq == (op == CmpOp::Eq)));
        }
        (Kind::Set, Kind::Set) => return Ok(Some(set_compare(op, a, b)?)),
        (Kind::BoundMethod, Kind::BoundMethod) | (Kind::Builtin, Kind::Builtin) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            return Ok(Some(same_method(a, b) == (op == CmpOp::Eq)));
        }
        // Slices compare as their `(start, stop, step)` tuples.
        (Kind::Slice, Kind::Slice) => {
            let (x, y) = (super::range::slice_obj(a), super::range::slice_obj(b));
            return Ok(Some(compare_seq(op, &[x.start, x.stop, x.step], &[y.start, y.stop, y.step])?));
        }
        (Kind::Range, Kind::Range) if matches!(op, CmpOp::Eq | CmpOp::NotEq) => {
            let (x, y) = (super::range::range_obj(a), super::range::range_obj(b));
            let same = (x.len() == y.len()) && (x.len() == 0 || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
            return Ok(Some(same == (op == CmpOp::Eq)));
        }
        _ => {}
    }
    Ok(None)
}

fn dict_eq(a: Value, b: Value) -> PyResult<bool> {
    super::vm::deeper(" in comparison", || dict_entries_eq(a, b))
}

fn dict_entries_eq(a: Value, b: Value) -> PyResult<bool> {
    let (ta, tb) = (table(a), table(b));
    if ta.len() != tb.len() {
        return Ok(false);
    }
    let entries: Vec<_> = ta.iter().copied().collect();
    for e in entries {
        match tb.get_hashed(e.key, e.hash)? {
            Some(v) if item_eq(e.value, v)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

fn set_compare(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    let subset = |x: Value, y: Value| -> PyResult<bool> {
        let members: Vec<_> = set_table(x).iter().collect();
        for m in members {
            if !set_table(y).contains_hashed(m.key, m.hash)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    let (la, lb) = (set_table(a).len(), set_table(b).len());
    Ok(match op {
        CmpOp::Eq => la == lb && subset(a, b)?,
        CmpOp::NotEq => !(la == lb && subset(a, b)?),
        CmpOp::LtE => subset(a, b)?,
        CmpOp::Lt => la < lb && subset(a, b)?,
        CmpOp::GtE => subset(b, a)?,
        CmpOp::Gt => la > lb && subset(b, a)?,
        _ => false,
    })
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    match kind_of(container) {
        Kind::Str => match super::value_class::text_of(item) {
            Some(needle) => Ok(as_str(container).contains(needle)),
            None => raise_named("TypeError", format!("'in <string>' requires string as left operand, not {}", type_name(item))),
        },
        Kind::Bytes | Kind::ByteArray => super::bytes_ops::contains(container, item),
        Kind::List => {
            let mut i = 0;
            while i < list_items(container).len() {
                if item_eq(list_items(container)[i], item)? {
                    return Ok(true);
                }
                i += 1;
            }
            Ok(false)
        }
        Kind::Tuple => {
            for &x in tuple_items(container) {
                if item_eq(x, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Kind::Dict => Ok(table(container).get(item)?.is_some()),
        Kind::Set => Ok(set_table(container).contains(super::set::lookup_key(item))?),
        Kind::Range => {
            let r = super::range::range_obj(container);
            if !is_int(item) {
                // Other values are compared with each item, as in CPython.
                for k in 0..r.len() {
                    if eq_bool(int(r.start + k * r.step), item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            Ok(as_i64(item).is_some_and(|i| r.position(i).is_some()))
        }
        _ => {
            if let Some(r) = dunder_sym(container, crate::sym!("__contains__"), &[item])? {
                return truthy(r);
            }
            let cls = type_of(container);
            let iterable = lookup(cls, crate::sym!("__iter__")).is_some() || lookup(cls, crate::sym!("__getitem__")).is_some();
            if iterable || matches!(kind_of(container), Kind::Iter | Kind::Generator) {
                let it = super::iterate::iter(container)?;
                while let Some(x) = super::iterate::next(it)? {
                    if item_eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            raise_named("TypeError", format!("argument of type '{}' is not iterable", type_name(container)))
        }
    }
}

/// What a `__len__` method returned, checked as CPython checks it: an
/// int, not negative (the sign is checked before the size), index-sized.
fn len_result(r: Value) -> PyResult<usize> {
    let n = index_int(r)?;
    if as_bigint(n).sign() == num_bigint::Sign::Minus {
        return raise_named("ValueError", "__len__() should return >= 0");
    }
    match as_i64(n) {
        Some(n) => Ok(n as usize),
        None => raise_named("OverflowError", "cannot fit 'int' into an index-sized integer"),
    }
}

/// `len(v)`.
pub fn len(v: Value) -> PyResult<usize> {
    Ok(match kind_of(v) {
        Kind::Str => str_obj(v).chars,
        Kind::Bytes | Kind::ByteArray => super::bytes::as_bytes(v).len(),
        Kind::List => list_items(v).len(),
        Kind::Tuple => tuple_items(v).len(),
        Kind::Dict => table(v).len(),
        Kind::Set => set_table(v).len(),
        Kind::Range => super::range::range_obj(v).len() as usize,
        _ => {
            if let Some(len) = class_obj(type_of(v)).native_len.get() {
                return Ok(len(v));
            }
            match dunder_sym(v, crate::sym!("__len__"), &[])? {
                Some(r) => len_result(r)?,
                None => return raise_named("TypeError", format!("object of type '{}' has no len()", type_name(v))),
            }
        }
    })
}

fn binop_dunders(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mul => ("__mul__", "__rmul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
    }
}

/// The in-place dunder of an operator (`__iadd__`).
pub fn inplace_dunder(op: BinOp) -> String {
    let (name, _) = binop_dunders(op);
    format!("__i{}", &name[2..])
}

/// `a op b` between builtin numbers or sequences; None for other operands.
pub fn builtin_binary(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if let Some(r) = super::arith::numeric(op, a, b)? {
        return Ok(Some(r));
    }
    builtin_sequence_op(op, a, b)
}

/// `a op b`.
pub fn binary(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    binary_as(op, a, b, false)
}

/// `a op b`, for `a op= b` when `inplace` (its TypeError names `op=`).
fn binary_as(op: BinOp, a: Value, b: Value, inplace: bool) -> PyResult<Value> {
    // `s + t` and `s += t` in a loop: straight to the shared-buffer append.
    if op == BinOp::Add && kind_of(a) == Kind::Str && kind_of(b) == Kind::Str {
        return Ok(super::str::concat(a, b));
    }
    // `&`, `|` and `^` of two bools give a bool.
    if kind_of(a) == Kind::Bool && kind_of(b) == Kind::Bool {
        let (x, y) = (a == vm().true_, b == vm().true_);
        match op {
            BinOp::BitAnd => return Ok(super::vm::boolean(x & y)),
            BinOp::BitOr => return Ok(super::vm::boolean(x | y)),
            BinOp::BitXor => return Ok(super::vm::boolean(x ^ y)),
            _ => {}
        }
    }
    if let Some(r) = builtin_binary(op, a, b)? {
        return Ok(r);
    }
    let (name, rname) = binop_dunders(op);
    let user = |v: Value| matches!(kind_of(v), Kind::Instance | Kind::Exception | Kind::Class);
    // The right operand goes first when its class is a subclass of the
    // left's that overrides the reflected method (CPython's slot rule).
    let overrides = |r: Value| lookup(type_of(b), r) != lookup(type_of(a), r);
    let b_first = type_of(a) != type_of(b)
        && super::class::is_subclass(type_of(b), type_of(a))
        && user(b)
        && overrides(super::vm::intern(rname));
    if b_first {
        if let Some(r) = dunder(b, rname, &[a])? {
            if r != vm().not_implemented {
                return Ok(r);
            }
        }
    }
    if user(a) {
        if let Some(r) = dunder(a, name, &[b])? {
            if r != vm().not_implemented {
                return Ok(r);
            }
        }
    }
    if user(b) && !b_first && type_of(a) != type_of(b) {
        if let Some(r) = dunder(b, rname, &[a])? {
            if r != vm().not_implemented {
                return Ok(r);
            }
        }
    }
    // Builtin operators take instances of subclasses (`[0] + stack`).
    let (x, y) = (super::value_class::unwrap(a), super::value_class::unwrap(b));
    if (x, y) != (a, b) {
        if let Some(r) = builtin_binary(op, x, y)? {
            return Ok(r);
        }
    }
    if op == BinOp::Pow && !inplace {
        return raise_named(
            "TypeError",
            format!("unsupported operand type(s) for ** or pow(): '{}' and '{}'", type_name(a), type_name(b)),
        );
    }
    // `int | None`: a union of classes, made by `types` (type.__or__).
    if op == BinOp::BitOr && (kind_of(a) == Kind::Class || kind_of(b) == Kind::Class) {
        let r = call_types("_union", &[a, b])?;
        if r != vm().not_implemented {
            return Ok(r);
        }
    }
    let sequence = |v: Value| matches!(kind_of(v), Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray);
    if op == BinOp::Mul && (sequence(a) || sequence(b)) {
        let other = if sequence(a) { b } else { a };
        // A count that is not an int but has `__index__` repeats as its int.
        if let Some(n) = dunder_sym(other, crate::sym!("__index__"), &[])? {
            if !is_int(n) {
                return raise_named("TypeError", format!("__index__ returned non-int (type {})", type_name(n)));
            }
            let (x, y) = if sequence(a) { (a, n) } else { (n, b) };
            if let Some(r) = builtin_binary(op, x, y)? {
                return Ok(r);
            }
        }
        return raise_named("TypeError", format!("can't multiply sequence by non-int of type '{}'", type_name(other)));
    }
    if op == BinOp::Add && kind_of(a) == Kind::Str {
        return raise_named("TypeError", format!("can only concatenate str (not \"{}\") to str", type_name(b)));
    }
    if op == BinOp::Add && super::bytes::is_bytes_like(a) {
        return super::bytes_ops::concat_error(a, b);
    }
    if op == BinOp::Add && kind_of(a) == Kind::List {
        return raise_named("TypeError", format!("can only concatenate list (not \"{}\") to list", type_name(b)));
    }
    if op == BinOp::Add && kind_of(a) == Kind::Tuple {
        return raise_named("TypeError", format!("can only concatenate tuple (not \"{}\") to tuple", type_name(b)));
    }
    let equals = if inplace { "=" } else { "" };
    raise_named(
        "TypeError",
        format!("unsupported operand type(s) for {}{equals}: '{}' and '{}'", op.symbol(), type_name(a), type_name(b)),
    )
}

/// `a op= b`: the in-place dunder first, then the plain operator.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    match kind_of(a) {
        Kind::List if op == BinOp::Add => {
            super::iterate::extend_list(a, b)?;
            return Ok(a);
        }
        Kind::List if op == BinOp::Mul && is_int(b) => {
            let n = repeat_count(b)?;
            let items = list_items(a).clone();
            let items = items.repeat(n);
            *list_items(a) = items;
            return Ok(a);
        }
        Kind::ByteArray => {
            if let Some(r) = super::bytes_ops::inplace(op, a, b)? {
                return Ok(r);
            }
        }
        // `s |= t` and friends change the set in place (others see it).
        Kind::Set
            if !super::set::is_frozen(a)
                && kind_of(b) == Kind::Set
                && matches!(op, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) =>
        {
            if a == b {
                let r = super::set::set_table(a).operation(op, super::set::set_table(b))?;
                *super::set::set_table(a) = r;
            } else {
                let other: &super::set::SetStore = super::set::set_table(b);
                super::set::set_table(a).update(op, other)?;
            }
            return Ok(a);
        }
        // `d |= x` is `d.update(x)`: any mapping or iterable of pairs.
        Kind::Dict if op == BinOp::BitOr => {
            super::call::call_method(a, "update", &[b])?;
            return Ok(a);
        }
        Kind::Instance => {
            if let Some(r) = dunder(a, &inplace_dunder(op), &[b])? {
                if r != vm().not_implemented {
                    return Ok(r);
                }
            }
        }
        _ => {}
    }
    binary_as(op, a, b, true)
}

/// A sequence's repeat count; one past the machine word is an
/// OverflowError here.
fn repeat_count(n: Value) -> PyResult<usize> {
    Ok(size_value(n)?.max(0) as usize)
}

fn builtin_sequence_op(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ka, kb) = (kind_of(a), kind_of(b));
    if matches!(ka, Kind::Bytes | Kind::ByteArray) || matches!(kb, Kind::Bytes | Kind::ByteArray) {
        if let Some(r) = super::bytes_ops::binary(op, a, b)? {
            return Ok(Some(r));
        }
    }
    Ok(Some(match (op, ka, kb) {
        (BinOp::Add, Kind::Str, Kind::Str) => super::str::concat(a, b),
        (BinOp::Add, Kind::List, Kind::List) => {
            let mut items = list_items(a).clone();
            items.extend_from_slice(list_items(b));
            new_list(items)
        }
        (BinOp::Add, Kind::Tuple, Kind::Tuple) => {
            let mut items = tuple_items(a).to_vec();
            items.extend_from_slice(tuple_items(b));
            new_tuple(items)
        }
        (BinOp::Mul, Kind::Str, Kind::Int | Kind::Bool) => new_string(repeat_str(as_str(a), repeat_count(b)?)?),
        (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Str) => new_string(repeat_str(as_str(b), repeat_count(a)?)?),
        (BinOp::Mul, Kind::List, Kind::Int | Kind::Bool) => new_list(repeat_items(list_items(a), repeat_count(b)?)?),
        (BinOp::Mul, Kind::Int | Kind::Bool, Kind::List) => new_list(repeat_items(list_items(b), repeat_count(a)?)?),
        (BinOp::Mul, Kind::Tuple, Kind::Int | Kind::Bool) => new_tuple(repeat_items(tuple_items(a), repeat_count(b)?)?),
        (BinOp::Mul, Kind::Int | Kind::Bool, Kind::Tuple) => new_tuple(repeat_items(tuple_items(b), repeat_count(a)?)?),
        (BinOp::Mod, Kind::Str, _) => super::text::percent_format(a, b)?,
        (BinOp::BitOr, Kind::Dict, Kind::Dict) => {
            let d = super::dict::new_dict();
            for t in [a, b] {
                let entries: Vec<_> = table(t).iter().copied().collect();
                for e in entries {
                    table(d).set_hashed(e.key, e.hash, e.value)?;
                }
            }
            d
        }
        (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Kind::Set, Kind::Set) => {
            super::methods::set_operation(op, a, b)?
        }
        _ => return Ok(None),
    }))
}

/// `-v`, `+v`, `~v`, `not v`.
pub fn unary(op: crate::syntax::ast::UnaryOp, v: Value) -> PyResult<Value> {
    use crate::syntax::ast::UnaryOp;
    if op == UnaryOp::Not {
        return Ok(boolean(!truthy(v)?));
    }
    match kind_of(v) {
        Kind::Int | Kind::Bool => {
            let b = as_bigint(v);
            return Ok(match op {
                UnaryOp::Neg => big(-b),
                UnaryOp::Pos => big(b),
                _ => big(!b),
            });
        }
        Kind::Float if op != UnaryOp::Invert => {
            let f = as_float(v);
            return Ok(float(if op == UnaryOp::Neg { -f } else { f }));
        }
        _ => {}
    }
    let (name, sym) = match op {
        UnaryOp::Neg => ("__neg__", "-"),
        UnaryOp::Pos => ("__pos__", "+"),
        _ => ("__invert__", "~"),
    };
    if let Some(r) = dunder(v, name, &[])? {
        return Ok(r);
    }
    raise_named("TypeError", format!("bad operand type for unary {sym}: '{}'", type_name(v)))
}

/// Normalizes index `i` against `len` for item access.
fn item_index(i: i64, len: usize, what: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return raise_named("IndexError", format!("{what} index out of range"));
    }
    Ok(j as usize)
}

/// A start or end argument of `str.find` and its kind (CPython's
/// `_PyEval_SliceIndex`): None is absent, an int (or `__index__`) too big
/// for an index is clamped as a slice's bound is, anything else is an error.
pub fn slice_bound(v: Value) -> PyResult<Option<i64>> {
    if v == none() {
        return Ok(None);
    }
    if !is_int(v) && !has_index(v) {
        return raise_named("TypeError", "slice indices must be integers or None or have an __index__ method");
    }
    let n = index_int(v)?;
    Ok(Some(as_i64(n).unwrap_or(if as_bigint(n).is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })))
}

/// The (start, stop, step, length) of a slice over `len` items.
pub fn slice_indices(slice: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let s = super::range::slice_obj(slice);
    let part = |v: Value| -> PyResult<Option<i64>> {
        if v == none() {
            Ok(None)
        } else if is_int(v) {
            Ok(Some(as_i64(v).unwrap_or_else(|| if as_bigint(v).is_negative() { i64::MIN / 2 } else { i64::MAX / 2 })))
        } else if has_index(v) {
            index_value(v).map(Some)
        } else {
            raise_named(
                "TypeError",
                "slice indices must be integers or None or have an __index__ method",
            )
        }
    };
    let step = part(s.step)?.unwrap_or(1);
    if step == 0 {
        return raise_named("ValueError", "slice step cannot be zero");
    }
    let len = len as i64;
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(x) if x < 0 => (x + len).max(lo),
            Some(x) => x.min(hi),
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(part(s.start)?, 0, 0, len), adjust(part(s.stop)?, len, 0, len))
    } else {
        (adjust(part(s.start)?, len - 1, -1, len - 1), adjust(part(s.stop)?, -1, -1, len - 1))
    };
    let count = if step > 0 {
        if stop > start { (stop - start - 1) / step + 1 } else { 0 }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

fn sliced<T: Copy>(items: &[T], slice: Value) -> PyResult<Vec<T>> {
    let (start, _, step, count) = slice_indices(slice, items.len())?;
    Ok((0..count).map(|k| items[(start + k as i64 * step) as usize]).collect())
}

/// `container[lower:upper]`. A str, list or tuple sliced by small ints or
/// None makes no slice object; anything else gets one and `getitem`.
pub fn getslice(container: Value, lower: Value, upper: Value) -> PyResult<Value> {
    let bound = |v: Value| match v {
        v if v == none() => Some(None),
        v if v.is_small() => Some(Some(v.as_small())),
        _ => None,
    };
    let kind = kind_of(container);
    if let (true, Some(lower), Some(upper)) = (matches!(kind, Kind::Str | Kind::List | Kind::Tuple), bound(lower), bound(upper)) {
        let len = match kind {
            Kind::Str => str_obj(container).chars,
            Kind::List => list_items(container).len(),
            _ => tuple_items(container).len(),
        };
        let (start, _, _, count) = super::vm::lift(super::str_methods::normalize_slice(len, lower, upper, None))?;
        if count == len && kind != Kind::List {
            // A whole str or tuple is itself, as in CPython.
            return Ok(container);
        }
        let range = start as usize..start as usize + count;
        return Ok(match kind {
            Kind::Str => super::str::new_str(&super::str_methods::select(super::str::indexable(container), start, 1, count)),
            Kind::List => new_list(list_items(container)[range].to_vec()),
            _ => new_tuple(tuple_items(container)[range].to_vec()),
        });
    }
    getitem(container, super::range::new_slice(lower, upper, none()))
}

/// `container[key]`.
pub fn getitem(container: Value, key: Value) -> PyResult<Value> {
    let kk = kind_of(key);
    match kind_of(container) {
        Kind::List => {
            if kk == Kind::Slice {
                return Ok(new_list(sliced(list_items(container), key)?));
            }
            if !is_int(key) && !has_index(key) {
                return raise_named(
                    "TypeError",
                    format!("list indices must be integers or slices, not {}", type_name(key)),
                );
            }
            let i = index_value(key)?;
            let items = list_items(container);
            Ok(items[item_index(i, items.len(), "list")?])
        }
        Kind::Tuple => {
            if kk == Kind::Slice {
                let items = tuple_items(container);
                if let (_, _, 1, count) = slice_indices(key, items.len())? {
                    if count == items.len() {
                        return Ok(container);
                    }
                }
                return Ok(new_tuple(sliced(items, key)?));
            }
            if !is_int(key) && !has_index(key) {
                return raise_named(
                    "TypeError",
                    format!("tuple indices must be integers or slices, not {}", type_name(key)),
                );
            }
            let items = tuple_items(container);
            Ok(items[item_index(index_value(key)?, items.len(), "tuple")?])
        }
        Kind::Str => super::text::str_getitem(container, key),
        Kind::Bytes | Kind::ByteArray => super::bytes_ops::getitem(container, key),
        Kind::Dict => match table(container).get(key)? {
            Some(v) => Ok(v),
            None => dict_missing(container, key),
        },
        Kind::Range => {
            let r = super::range::range_obj(container);
            if kk == Kind::Slice {
                let (start, stop, step, _) = slice_indices(key, r.len() as usize)?;
                return Ok(super::range::new_range(r.start + start * r.step, r.start + stop * r.step, r.step * step));
            }
            if !is_int(key) && !has_index(key) {
                return raise_named("TypeError", format!("range indices must be integers or slices, not {}", type_name(key)));
            }
            let i = item_index(index_value(key)?, r.len() as usize, "range object")?;
            Ok(int(r.start + i as i64 * r.step))
        }
        Kind::Class => {
            if let Some(f) = super::metaclass::custom_dunder(container, crate::sym!("__getitem__")) {
                return super::call::call(f, &[container, key], &[]);
            }
            if let Some(f) = lookup(container, crate::sym!("__class_getitem__")) {
                // An implicit class method.
                let f = match kind_of(f) {
                    Kind::Descriptor => super::function::descriptor_obj(f).func,
                    _ => f,
                };
                return super::call::call(f, &[container, key], &[]);
            }
            if class_obj(container).builtin {
                // `list[int]` and friends: a `types.GenericAlias`.
                return call_types("GenericAlias", &[container, key]);
            }
            raise_named("TypeError", format!("type '{}' is not subscriptable", class_obj(container).name))
        }
        _ => {
            if let Some(r) = dunder_sym(container, crate::sym!("__getitem__"), &[key])? {
                return Ok(r);
            }
            raise_named("TypeError", format!("'{}' object is not subscriptable", type_name(container)))
        }
    }
}

/// CPython's `PySequence_Fast`: the items of `value`, where a TypeError
/// from asking for its iterator becomes `TypeError(message)`.
fn sequence_fast(value: Value, message: &str) -> PyResult<Vec<Value>> {
    let it = match super::iterate::iter(value) {
        Ok(it) => it,
        Err(e) => {
            if !super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("TypeError")) {
                return Err(e);
            }
            super::vm::take_exception();
            return raise_named("TypeError", message);
        }
    };
    super::iterate::collect(it)
}

/// `container[key] = value`.
pub fn setitem(container: Value, key: Value, value: Value) -> PyResult<()> {
    match kind_of(container) {
        Kind::List => {
            if kind_of(key) == Kind::Slice {
                let len = list_items(container).len();
                let (start, stop, step, count) = slice_indices(key, len)?;
                let refusal = if step == 1 { "can only assign an iterable" } else { "must assign iterable to extended slice" };
                let items = sequence_fast(value, refusal)?;
                // (Iterating `value` may have resized the list.)
                let (start, stop, step, count) = match list_items(container).len() {
                    now if now != len => slice_indices(key, now)?,
                    _ => (start, stop, step, count),
                };
                let list = list_items(container);
                if step == 1 {
                    let stop = stop.max(start);
                    list.splice(start as usize..stop as usize, items);
                    return Ok(());
                }
                if items.len() != count {
                    return raise_named(
                        "ValueError",
                        format!("attempt to assign sequence of size {} to extended slice of size {count}", items.len()),
                    );
                }
                for (k, v) in items.into_iter().enumerate() {
                    list[(start + k as i64 * step) as usize] = v;
                }
                return Ok(());
            }
            if !is_int(key) {
                return raise_named(
                    "TypeError",
                    format!("list indices must be integers or slices, not {}", type_name(key)),
                );
            }
            let list = list_items(container);
            let i = item_index(index_value(key)?, list.len(), "list assignment")?;
            list[i] = value;
            Ok(())
        }
        Kind::Dict => {
            table(container).set(key, value)?;
            super::module_dict::push(container);
            Ok(())
        }
        Kind::ByteArray => super::bytes_ops::setitem(container, key, value),
        _ => {
            if dunder_sym(container, crate::sym!("__setitem__"), &[key, value])?.is_some() {
                return Ok(());
            }
            raise_named(
                "TypeError",
                format!("'{}' object does not support item assignment", type_name(container)),
            )
        }
    }
}

/// `dict[key]` for a key the dict lacks: `__missing__` (a subclass's, as
/// defaultdict's), else KeyError.
pub fn dict_missing(container: Value, key: Value) -> PyResult<Value> {
    if type_of(container) != vm().classes.dict {
        if let Some(r) = dunder_sym(container, crate::sym!("__missing__"), &[key])? {
            return Ok(r);
        }
    }
    let exc = super::exception::new_exception(super::vm::exc_class("KeyError"), &[key]);
    super::vm::set_exception(exc);
    Err(super::vm::Exc)
}

/// `del container[key]`.
pub fn delitem(container: Value, key: Value) -> PyResult<()> {
    match kind_of(container) {
        Kind::List => {
            let len = list_items(container).len();
            if kind_of(key) == Kind::Slice {
                let (start, _, step, count) = slice_indices(key, len)?;
                let mut doomed: Vec<usize> = (0..count).map(|k| (start + k as i64 * step) as usize).collect();
                doomed.sort_unstable();
                for i in doomed.into_iter().rev() {
                    list_items(container).remove(i);
                }
                return Ok(());
            }
            let i = item_index(index_value(key)?, len, "list assignment")?;
            list_items(container).remove(i);
            Ok(())
        }
        Kind::ByteArray => super::bytes_ops::delitem(container, key),
        Kind::Dict => match table(container).remove(key)? {
            Some(_) => {
                super::module_dict::push(container);
                Ok(())
            }
            None => {
                let exc = super::exception::new_exception(super::vm::exc_class("KeyError"), &[key]);
                super::vm::set_exception(exc);
                Err(super::vm::Exc)
            }
        },
        _ => {
            if dunder_sym(container, crate::sym!("__delitem__"), &[key])?.is_some() {
                return Ok(());
            }
            // CPython's PySequence_DelItem says "doesn't" (an index into a
            // type with sequence methods), PyObject_DelItem "does not".
            let sequence = matches!(
                kind_of(container),
                Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Tuple | Kind::List | Kind::Range | Kind::Set | Kind::Dict | Kind::Instance
            );
            let verb = if sequence && (is_int(key) || has_index(key)) { "doesn't" } else { "does not" };
            raise_named("TypeError", format!("'{}' object {verb} support item deletion", type_name(container)))
        }
    }
}

/// The attribute names of an instance (for `dir()`).
pub fn instance_attr_names(v: Value) -> Vec<Value> {
    if kind_of(v) == Kind::Instance {
        attrs(v).items().into_iter().map(|(k, _)| k).collect()
    } else {
        Vec::new()
    }
}

/// Integer floor division helper shared with the arithmetic module.
pub fn floor_div_mod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}
