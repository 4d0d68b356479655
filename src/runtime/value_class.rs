//! Subclasses of the builtin value classes: `class Stack(list)`,
//! `class Tally(dict)`, `class Point(tuple)`, `class Name(str)`...
//!
//! An instance of such a subclass is an ordinary instance (kind `Instance`,
//! with attributes and a shape) whose native slot 0 holds its builtin value,
//! "the backing": a real list, dict, tuple, str... Everything that handles
//! instances (the dunder protocol, attributes, inline caches) handles these
//! unchanged, and the builtin code reaches the backing two ways:
//! - the methods written for a builtin class (`list.append`, `str.upper`)
//!   take the builtin value as their receiver; they carry the
//!   `VALUE_RECEIVER` flag, and a call of one with a subclass instance
//!   passes its backing instead (`call::call_builtin`);
//! - the builtin classes have CPython's dunders (`__getitem__`, `__eq__`,
//!   `__add__`, `__init__`, `__new__`...), written here; the dunder protocol
//!   finds them for subclass instances, and they unwrap their operands.
//!
//! We chose this over making subclass instances real lists with the
//! subclass in their header because the runtime's and the compiled code's
//! fast paths test the kind alone: each would have had to learn that a list
//! may have methods overriding the builtin ones.

use super::args::method;
use super::class::{class_obj, set_class_attr, type_of};
use super::dict::{new_dict, table};
use super::function::{builtin_obj, new_builtin, new_descriptor, BuiltinObj, NativeFn, VALUE_RECEIVER};
use super::instance::{native_slots, new_instance};
use super::number::{float, int};
use super::object::{kind_of, Kind};
use super::ops;
use super::seq::{list_items, new_list, new_tuple};
use super::set::{new_set, set_table};
use super::str::new_str;
use super::value::Value;
use super::vm::{boolean, none, raise_named, vm, PyResult};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// Native slots an instance of a value subclass carries: its backing.
pub const VALUE_SLOTS: u32 = 1;

/// The builtin value of an instance of a value subclass; None for any
/// other value.
#[inline]
pub fn backing(v: Value) -> Option<Value> {
    if v.is_small() || kind_of(v) != Kind::Instance || class_obj(type_of(v)).value_base.get().is_null() {
        return None;
    }
    Some(native_slots(v)[0].get())
}

/// `v`'s builtin value when it is an instance of a value subclass, else `v`.
#[inline]
pub fn unwrap(v: Value) -> Value {
    backing(v).unwrap_or(v)
}

/// The dict whose entries a merge (`dict(m)`, `{**m}`, `d.update(m)`,
/// `f(**m)`) copies directly, as CPython's `PyDict_Merge` does: a dict, or
/// the backing dict of a dict subclass that keeps dict's `__iter__` (its
/// own `keys` and `__getitem__` are then not called).
pub fn merged_dict(v: Value) -> Option<Value> {
    if kind_of(v) == Kind::Dict {
        return Some(v);
    }
    let d = backing(v).filter(|&d| kind_of(d) == Kind::Dict)?;
    let dict_iter = super::class::lookup(vm().classes.dict, crate::sym!("__iter__"));
    (super::class::lookup(type_of(v), crate::sym!("__iter__")) == dict_iter).then_some(d)
}

/// The text of a str or of an instance of a str subclass (which builtins
/// take wherever they take a str, as CPython's do).
pub fn text_of(v: Value) -> Option<&'static str> {
    let v = unwrap(v);
    (kind_of(v) == Kind::Str).then(|| super::str::as_str(v))
}

/// The TypeError message for `class X(base)` when `base` cannot be derived from.
pub fn not_acceptable_base(base: Value) -> String {
    let name = &class_obj(base).name;
    match name.as_str() {
        // Types CPython lets programs derive from.
        "property" | "staticmethod" | "classmethod" | "super" | "map" | "zip" | "filter" | "enumerate" | "reversed" => {
            format!("coro does not support subclassing '{name}' yet")
        }
        _ => format!("type '{name}' is not an acceptable base type"),
    }
}

/// True when instances of value class `base` can change after `__new__`
/// (so `__init__` fills them).
fn mutable(base: Value) -> bool {
    let c = &vm().classes;
    base == c.list || base == c.dict || base == c.set || base == c.bytearray
}

/// The value a new instance of a subclass of `base` starts with.
pub fn empty_value(base: Value) -> Value {
    let c = &vm().classes;
    match class_obj(base).instance_kind {
        Kind::List => new_list(Vec::new()),
        Kind::Dict => new_dict(),
        Kind::Set => new_set(base == c.frozenset),
        Kind::Tuple => new_tuple(Vec::new()),
        Kind::Str => crate::sym!(""),
        Kind::Float => float(0.0),
        Kind::Bytes => super::bytes::new_bytes(Vec::new()),
        Kind::ByteArray => super::bytes::new_bytearray(Vec::new()),
        _ => int(0),
    }
}

/// `cls(args)` for a value subclass without a `__new__` of its own: an
/// immutable value is made from the arguments now; a mutable one starts
/// empty and `__init__` fills it.
pub fn instantiate(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let base = class_obj(cls).value_base.get();
    let obj = new_instance(cls);
    if !mutable(base) {
        let ctor = super::builtins::constructor(base).expect("value classes have constructors");
        native_slots(obj)[0].set(ctor(base, args, kwnames)?);
    }
    Ok(obj)
}

/// True when `cls` is a value subclass whose values are made by `__new__`
/// from the call's arguments (no compiled `__init__` shortcut applies).
pub fn made_by_new(cls: Value) -> bool {
    let base = class_obj(cls).value_base.get();
    !base.is_null() && !mutable(base)
}

/// Calls a `VALUE_RECEIVER` builtin whose receiver (`full[0]`, the bound
/// one included) is an instance of a value subclass: with its backing.
#[cold]
pub fn call_with_backing(b: &BuiltinObj, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let mut full = Vec::with_capacity(args.len() + 1);
    if !b.bound.is_null() {
        full.push(b.bound);
    }
    full.extend_from_slice(args);
    full[0] = unwrap(full[0]);
    (b.func)(&full, kwnames)
}

/// True when a call of builtin `b` with `args` must pass a backing.
#[inline]
pub fn needs_backing(b: &BuiltinObj, args: &[Value]) -> bool {
    b.header.flags.get() & VALUE_RECEIVER != 0
        && match b.bound.is_null() {
            true => args.first().is_some_and(|&r| backing(r).is_some()),
            false => backing(b.bound).is_some(),
        }
}

/// `base.__new__(cls, *args)`: a new value (`cls` is `base`) or a new
/// instance of the subclass `cls`.
fn value_new(base: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = &class_obj(base).name;
    let Some(&cls) = args.first() else {
        return raise_named("TypeError", format!("{name}.__new__(): not enough arguments"));
    };
    if kind_of(cls) != Kind::Class {
        return raise_named("TypeError", format!("{name}.__new__(X): X is not a type object ({})", ops::type_name(cls)));
    }
    if !super::class::is_subclass(cls, base) {
        let sub = &class_obj(cls).name;
        return raise_named("TypeError", format!("{name}.__new__({sub}): {sub} is not a subtype of {name}"));
    }
    if cls == base {
        let ctor = super::builtins::constructor(base).expect("value classes have constructors");
        return ctor(base, &args[1..], kwnames);
    }
    // A builtin subclass (bool) makes its values with its own `__new__`.
    if class_obj(cls).builtin {
        let sub = &class_obj(cls).name;
        return raise_named("TypeError", format!("{name}.__new__({sub}) is not safe, use {sub}.__new__()"));
    }
    if mutable(base) {
        return Ok(new_instance(cls));
    }
    instantiate(cls, &args[1..], kwnames)
}

/// `list.__init__(self, ...)` and the like: the contents made anew from
/// the arguments (a dict's are added to, as `dict.update` does).
fn value_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let target = unwrap(args[0]);
    let base = type_of(target);
    let ctor = super::builtins::constructor(base).expect("value classes have constructors");
    let made = ctor(base, &args[1..], kwnames)?;
    match kind_of(target) {
        Kind::List => *list_items(target) = std::mem::take(list_items(made)),
        Kind::Set => *set_table(target) = std::mem::take(set_table(made)),
        Kind::ByteArray => *super::bytes::bytearray_data(target) = std::mem::take(super::bytes::bytearray_data(made)),
        _ => {
            let entries: Vec<_> = table(made).iter().copied().collect();
            for e in entries {
                table(target).set_hashed(e.key, e.hash, e.value)?;
            }
        }
    }
    Ok(none())
}

/// The receiver and the other operand of a binary dunder, both unwrapped.
fn operands(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<(Value, Value)> {
    let a = method(name, args, kwnames, 1, 1)?;
    Ok((unwrap(a[0]), unwrap(a[1])))
}

/// The receiver of a dunder taking no arguments, unwrapped.
fn receiver(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(unwrap(method(name, args, kwnames, 0, 0)?[0]))
}

fn not_implemented() -> Value {
    vm().not_implemented
}

/// `x op y` between builtin values, or NotImplemented when the builtin
/// operator does not apply (the protocol then tries the other operand).
fn binary_or_not(op: BinOp, x: Value, y: Value) -> PyResult<Value> {
    Ok(ops::builtin_binary(op, x, y)?.unwrap_or_else(not_implemented))
}

/// True when an int's own dunder meets a float: `(1).__add__(1.0)` and
/// `int.__eq__(1, 1.0)` are NotImplemented in CPython (the float's dunder
/// does the work).
fn int_meets_float(x: Value, y: Value) -> bool {
    matches!(kind_of(x), Kind::Int | Kind::Bool) && kind_of(y) == Kind::Float
}

/// Dunders of one operator: `__add__` (or `__radd__` when `reflected`).
fn binary_dunder(args: &[Value], kwnames: &[Value], op: BinOp, reflected: bool) -> PyResult<Value> {
    let (x, y) = operands("operator", args, kwnames)?;
    // A number's own dunder only does arithmetic: `(3).__mul__('a')` is
    // NotImplemented (the str's repetition does that work).
    if int_meets_float(x, y) || (is_number(x) && !is_number(y)) {
        return Ok(not_implemented());
    }
    if reflected {
        binary_or_not(op, y, x)
    } else {
        binary_or_not(op, x, y)
    }
}

/// A sequence's `__add__`, CPython's concatenation slot: what it cannot
/// concatenate is a TypeError, not NotImplemented (`"a".__add__(1)`).
fn concat(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (x, y) = operands("operator", args, kwnames)?;
    match ops::builtin_binary(BinOp::Add, x, y)? {
        Some(v) => Ok(v),
        None => ops::binary(BinOp::Add, x, y),
    }
}

/// `__pow__`/`__rpow__`, which also take a modulus: `(5).__pow__(2, 3)`
/// is `pow(5, 2, 3)`.
fn pow_dunder(args: &[Value], kwnames: &[Value], reflected: bool) -> PyResult<Value> {
    if args.len() == 3 && kwnames.is_empty() {
        let (x, y) = (unwrap(args[0]), unwrap(args[1]));
        if int_meets_float(x, y) {
            return Ok(not_implemented());
        }
        let (base, exp) = if reflected { (y, x) } else { (x, y) };
        return super::builtins::builtin_pow(&[base, exp, args[2]], &[]);
    }
    binary_dunder(args, kwnames, BinOp::Pow, reflected)
}

/// `__iadd__` and the like: the operator in place on the backing; the
/// receiver itself is the result when the backing changed in place.
fn inplace_dunder(args: &[Value], kwnames: &[Value], op: BinOp) -> PyResult<Value> {
    let a = method("operator", args, kwnames, 1, 1)?;
    let x = unwrap(a[0]);
    let r = ops::inplace(op, x, unwrap(a[1]))?;
    Ok(if r == x { a[0] } else { r })
}

fn compare_dunder(args: &[Value], kwnames: &[Value], op: CmpOp) -> PyResult<Value> {
    let (x, y) = operands("comparison", args, kwnames)?;
    if int_meets_float(x, y) {
        return Ok(not_implemented());
    }
    Ok(ops::builtin_compare(op, x, y)?.unwrap_or_else(not_implemented))
}

fn unary_dunder(args: &[Value], kwnames: &[Value], op: UnaryOp) -> PyResult<Value> {
    ops::unary(op, receiver("operator", args, kwnames)?)
}

/// Declares the dunders of one operator or comparison as `NativeFn`s.
macro_rules! dunders {
    ($($name:ident => $body:expr;)*) => {
        $(fn $name(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            let f: fn(&[Value], &[Value]) -> PyResult<Value> = $body;
            f(args, kwnames)
        })*
    };
}

dunders! {
    add => |a, k| binary_dunder(a, k, BinOp::Add, false);
    radd => |a, k| binary_dunder(a, k, BinOp::Add, true);
    sub => |a, k| binary_dunder(a, k, BinOp::Sub, false);
    rsub => |a, k| binary_dunder(a, k, BinOp::Sub, true);
    mul => |a, k| binary_dunder(a, k, BinOp::Mul, false);
    rmul => |a, k| binary_dunder(a, k, BinOp::Mul, true);
    truediv => |a, k| binary_dunder(a, k, BinOp::Div, false);
    rtruediv => |a, k| binary_dunder(a, k, BinOp::Div, true);
    floordiv => |a, k| binary_dunder(a, k, BinOp::FloorDiv, false);
    rfloordiv => |a, k| binary_dunder(a, k, BinOp::FloorDiv, true);
    mod_ => |a, k| binary_dunder(a, k, BinOp::Mod, false);
    rmod => |a, k| binary_dunder(a, k, BinOp::Mod, true);
    pow => |a, k| pow_dunder(a, k, false);
    rpow => |a, k| pow_dunder(a, k, true);
    lshift => |a, k| binary_dunder(a, k, BinOp::LShift, false);
    rlshift => |a, k| binary_dunder(a, k, BinOp::LShift, true);
    rshift => |a, k| binary_dunder(a, k, BinOp::RShift, false);
    rrshift => |a, k| binary_dunder(a, k, BinOp::RShift, true);
    and => |a, k| binary_dunder(a, k, BinOp::BitAnd, false);
    rand => |a, k| binary_dunder(a, k, BinOp::BitAnd, true);
    or => |a, k| binary_dunder(a, k, BinOp::BitOr, false);
    ror => |a, k| binary_dunder(a, k, BinOp::BitOr, true);
    xor => |a, k| binary_dunder(a, k, BinOp::BitXor, false);
    rxor => |a, k| binary_dunder(a, k, BinOp::BitXor, true);
    iadd => |a, k| inplace_dunder(a, k, BinOp::Add);
    imul => |a, k| inplace_dunder(a, k, BinOp::Mul);
    ior => |a, k| inplace_dunder(a, k, BinOp::BitOr);
    iand => |a, k| inplace_dunder(a, k, BinOp::BitAnd);
    isub => |a, k| inplace_dunder(a, k, BinOp::Sub);
    ixor => |a, k| inplace_dunder(a, k, BinOp::BitXor);
    eq => |a, k| compare_dunder(a, k, CmpOp::Eq);
    ne => |a, k| compare_dunder(a, k, CmpOp::NotEq);
    lt => |a, k| compare_dunder(a, k, CmpOp::Lt);
    le => |a, k| compare_dunder(a, k, CmpOp::LtE);
    gt => |a, k| compare_dunder(a, k, CmpOp::Gt);
    ge => |a, k| compare_dunder(a, k, CmpOp::GtE);
    neg => |a, k| unary_dunder(a, k, UnaryOp::Neg);
    pos => |a, k| unary_dunder(a, k, UnaryOp::Pos);
    invert => |a, k| unary_dunder(a, k, UnaryOp::Invert);
    abs => |a, k| super::builtins::builtin_abs(&[receiver("__abs__", a, k)?], &[]);
    bool_ => |a, k| Ok(boolean(ops::truthy(receiver("__bool__", a, k)?)?));
    index => |a, k| receiver("__index__", a, k);
    int_ => |a, k| super::builtins::new_int(vm().classes.int, &[receiver("__int__", a, k)?], &[]);
    float_ => |a, k| super::builtins::new_float(vm().classes.float, &[receiver("__float__", a, k)?], &[]);
    hash => |a, k| Ok(int(ops::hash(receiver("__hash__", a, k)?)?));
    len => |a, k| Ok(int(ops::len(receiver("__len__", a, k)?)? as i64));
    iter => |a, k| super::iterate::iter(receiver("__iter__", a, k)?);
    reversed => |a, k| super::builtins::builtin_reversed(&[receiver("__reversed__", a, k)?], &[]);
    str_ => |a, k| receiver("__str__", a, k);
    repr => |a, k| value_repr(method("__repr__", a, k, 0, 0)?[0]);
    contains => |a, k| {
        let a = method("__contains__", a, k, 1, 1)?;
        Ok(boolean(ops::contains(unwrap(a[0]), a[1])?))
    };
    getitem => |a, k| {
        let a = method("__getitem__", a, k, 1, 1)?;
        ops::getitem(unwrap(a[0]), a[1])
    };
    dict_getitem => |a, k| {
        let a = method("__getitem__", a, k, 1, 1)?;
        match table(unwrap(a[0])).get(a[1])? {
            Some(v) => Ok(v),
            None => ops::dict_missing(a[0], a[1]),
        }
    };
    setitem => |a, k| {
        let a = method("__setitem__", a, k, 2, 2)?;
        ops::setitem(unwrap(a[0]), a[1], a[2]).map(|_| none())
    };
    delitem => |a, k| {
        let a = method("__delitem__", a, k, 1, 1)?;
        ops::delitem(unwrap(a[0]), a[1]).map(|_| none())
    };
    format => |a, k| {
        let a = method("__format__", a, k, 1, 1)?;
        let spec = super::args::str_arg("__format__", a[1])?;
        // An empty spec is str(self), which a subclass's __str__ decides
        // (`int.__format__(member, '')` of an IntEnum that defines __str__).
        if spec.is_empty() && unwrap(a[0]) != a[0] {
            return Ok(new_str(&super::text::str_of(a[0])?));
        }
        Ok(new_str(&super::format_value::format_value(unwrap(a[0]), spec)?))
    };
    round => |a, k| {
        let a = method("__round__", a, k, 0, 1)?;
        let mut full = vec![unwrap(a[0])];
        full.extend_from_slice(&a[1..]);
        super::builtins::builtin_round(&full, &[])
    };
    divmod => |a, k| divmod_dunder(a, k, false);
    rdivmod => |a, k| divmod_dunder(a, k, true);
    floor => |a, k| rounded(receiver("__floor__", a, k)?, f64::floor);
    ceil => |a, k| rounded(receiver("__ceil__", a, k)?, f64::ceil);
    trunc => |a, k| rounded(receiver("__trunc__", a, k)?, f64::trunc);
    getnewargs => |a, k| {
        let v = receiver("__getnewargs__", a, k)?;
        // A copy of the value, of the builtin class itself.
        let copy = match kind_of(v) {
            Kind::Tuple => new_tuple(super::seq::tuple_items(v).to_vec()),
            _ => v,
        };
        Ok(new_tuple(vec![copy]))
    };
    list_new => |a, k| value_new(vm().classes.list, a, k);
    tuple_new => |a, k| value_new(vm().classes.tuple, a, k);
    dict_new => |a, k| value_new(vm().classes.dict, a, k);
    set_new => |a, k| value_new(vm().classes.set, a, k);
    frozenset_new => |a, k| value_new(vm().classes.frozenset, a, k);
    str_new => |a, k| value_new(vm().classes.str_, a, k);
    int_new => |a, k| value_new(vm().classes.int, a, k);
    float_new => |a, k| value_new(vm().classes.float, a, k);
    bytes_new => |a, k| value_new(vm().classes.bytes, a, k);
    bytearray_new => |a, k| value_new(vm().classes.bytearray, a, k);
    bool_new => |a, k| value_new(vm().classes.bool_, a, k);
}

fn is_number(v: Value) -> bool {
    super::number::is_int(v) || kind_of(v) == Kind::Float
}

/// `__divmod__` (`__rdivmod__` when `reflected`) of an int or float.
fn divmod_dunder(args: &[Value], kwnames: &[Value], reflected: bool) -> PyResult<Value> {
    let (x, y) = operands("__divmod__", args, kwnames)?;
    if !is_number(x) || !is_number(y) {
        return Ok(not_implemented());
    }
    let pair = if reflected { [y, x] } else { [x, y] };
    super::builtins::builtin_divmod(&pair, &[])
}

/// `__floor__`, `__ceil__`, `__trunc__`: an int as it is, a float rounded
/// by `op` to an int.
fn rounded(v: Value, op: fn(f64) -> f64) -> PyResult<Value> {
    if kind_of(v) != Kind::Float {
        return Ok(v);
    }
    let x = super::number::as_float(v);
    if x.is_nan() {
        return raise_named("ValueError", "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise_named("OverflowError", "cannot convert float infinity to integer");
    }
    super::vm::lift(super::numeric::f64_to_int(op(x))).map(super::number::big)
}

/// `repr()` of a builtin value or a subclass instance: the value's repr,
/// except that set and bytearray subclasses name their class, as in CPython.
fn value_repr(v: Value) -> PyResult<Value> {
    let value = unwrap(v);
    let text = ops::repr(value)?;
    let named = v != value && matches!(kind_of(value), Kind::Set | Kind::ByteArray);
    if !named {
        return Ok(new_str(&text));
    }
    let name = &class_obj(type_of(v)).name;
    Ok(new_str(&match text.split_once('(') {
        Some((_, rest)) => format!("{name}({rest}"),
        None => format!("{name}({text})"),
    }))
}

const COMPARISONS: &[(&str, NativeFn)] = &[("__eq__", eq), ("__ne__", ne), ("__lt__", lt), ("__le__", le), ("__gt__", gt), ("__ge__", ge)];
const CONTAINER: &[(&str, NativeFn)] = &[("__len__", len), ("__contains__", contains), ("__iter__", iter), ("__repr__", repr)];
const SEQUENCE: &[(&str, NativeFn)] = &[("__getitem__", getitem), ("__add__", concat), ("__mul__", mul), ("__rmul__", rmul)];
const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", mod_),
    ("__rmod__", rmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__int__", int_),
    ("__float__", float_),
    ("__hash__", hash),
    ("__repr__", repr),
    ("__format__", format),
    ("__round__", round),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__floor__", floor),
    ("__ceil__", ceil),
    ("__trunc__", trunc),
    ("__getnewargs__", getnewargs),
];
const INT_ONLY: &[(&str, NativeFn)] = &[
    ("__index__", index),
    ("__invert__", invert),
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
];
const SET_OPERATORS: &[(&str, NativeFn)] =
    &[("__or__", or), ("__ror__", ror), ("__and__", and), ("__rand__", rand), ("__sub__", sub), ("__rsub__", rsub), ("__xor__", xor), ("__rxor__", rxor)];
const SET_INPLACE: &[(&str, NativeFn)] = &[("__ior__", ior), ("__iand__", iand), ("__isub__", isub), ("__ixor__", ixor)];

/// Marks the methods of builtin value classes as taking the builtin value
/// (`VALUE_RECEIVER`), then gives those classes their dunders,
/// `__new__` and (for mutable ones) `__init__`. Runs after every other
/// method is installed.
pub fn install() {
    let c = &vm().classes;
    let news: [(Value, NativeFn); 10] = [
        (c.list, list_new),
        (c.tuple, tuple_new),
        (c.dict, dict_new),
        (c.set, set_new),
        (c.frozenset, frozenset_new),
        (c.str_, str_new),
        (c.int, int_new),
        (c.float, float_new),
        (c.bytes, bytes_new),
        (c.bytearray, bytearray_new),
    ];
    for (cls, new) in news {
        class_obj(cls).value_base.set(cls);
        mark_value_receivers(cls);
        set_class_attr(cls, "__new__", new_descriptor(c.staticmethod, new_builtin("__new__", new), Value::NULL, Value::NULL));
        install_methods(cls, COMPARISONS);
        if mutable(cls) {
            set_class_attr(cls, "__init__", new_builtin("__init__", value_init));
            set_class_attr(cls, "__hash__", none());
        }
    }
    // bool makes its values with its own `__new__` (int's refuses it).
    set_class_attr(c.bool_, "__new__", new_descriptor(c.staticmethod, new_builtin("__new__", bool_new), Value::NULL, Value::NULL));
    for cls in [c.list, c.tuple, c.str_, c.bytes, c.bytearray] {
        install_methods(cls, CONTAINER);
        install_methods(cls, SEQUENCE);
    }
    for cls in [c.list, c.bytearray] {
        install_methods(cls, &[("__setitem__", setitem), ("__delitem__", delitem), ("__iadd__", iadd), ("__imul__", imul)]);
    }
    install_methods(c.list, &[("__reversed__", reversed)]);
    for cls in [c.tuple, c.str_, c.bytes] {
        install_methods(cls, &[("__hash__", hash), ("__getnewargs__", getnewargs)]);
    }
    install_methods(c.str_, &[("__str__", str_), ("__format__", format)]);
    for cls in [c.str_, c.bytes, c.bytearray] {
        install_methods(cls, &[("__mod__", mod_), ("__rmod__", rmod)]);
    }
    install_methods(c.range, &[("__len__", len), ("__contains__", contains), ("__iter__", iter), ("__getitem__", getitem)]);
    install_methods(c.range, &[("__reversed__", reversed), ("__bool__", bool_)]);
    install_methods(type_of(none()), &[("__bool__", bool_)]);
    install_methods(c.dict, CONTAINER);
    install_methods(c.dict, &[
        ("__getitem__", dict_getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__reversed__", reversed),
        ("__or__", or),
        ("__ror__", ror),
        ("__ior__", ior),
    ]);
    for cls in [c.set, c.frozenset] {
        install_methods(cls, CONTAINER);
        install_methods(cls, SET_OPERATORS);
    }
    install_methods(c.set, SET_INPLACE);
    install_methods(c.frozenset, &[("__hash__", hash)]);
    for cls in [c.int, c.float] {
        install_methods(cls, NUMBER);
    }
    install_methods(c.int, INT_ONLY);
}

fn install_methods(cls: Value, methods: &[(&'static str, NativeFn)]) {
    for &(name, f) in methods {
        set_class_attr(cls, name, new_builtin(name, f));
    }
}

/// Flags the builtins already in `cls`'s namespace (methods, and the
/// functions of its properties) as taking the builtin value.
fn mark_value_receivers(cls: Value) {
    let mark = |f: Value| {
        if !f.is_null() && kind_of(f) == Kind::Builtin && builtin_obj(f).bound.is_null() {
            let h = &builtin_obj(f).header;
            h.flags.set(h.flags.get() | VALUE_RECEIVER);
        }
    };
    for e in class_obj(cls).dict().iter() {
        match kind_of(e.value) {
            Kind::Builtin => mark(e.value),
            Kind::Descriptor if type_of(e.value) == vm().classes.property => {
                let d = super::function::descriptor_obj(e.value);
                mark(d.func);
                mark(d.setter);
            }
            _ => {}
        }
    }
}
