//! Methods and attributes of `int`, `float` and `range`: `bit_length`,
//! `bit_count`, `as_integer_ratio`, `is_integer`, `conjugate`, the
//! `real`/`imag`/`numerator`/`denominator` properties, `range.index`,
//! `range.count` and `range.start/stop/step`. Installed into the builtin
//! classes at start-up (bool inherits the int ones).

use num_bigint::BigInt;

use crate::runtime::args::method;
use crate::runtime::class::set_class_attr;
use crate::runtime::function::{new_builtin, new_descriptor, NativeFn};
use crate::runtime::number::{as_bigint, as_float, as_i64, big, float, int, is_int};
use crate::runtime::ops::{eq_bool, repr};
use crate::runtime::range::range_obj;
use crate::runtime::seq::new_tuple_from;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, lift, raise_named, vm, PyResult};

/// The int value of an int or bool receiver (a bool is its int).
fn int_self(v: Value) -> BigInt {
    as_bigint(v)
}

fn int_bit_length(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("bit_length", args, kw, 0, 0)?;
    Ok(int(crate::runtime::numeric::int_bit_length(&int_self(a[0])) as i64))
}

fn int_bit_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("bit_count", args, kw, 0, 0)?;
    Ok(int(crate::runtime::numeric::int_bit_count(&int_self(a[0])) as i64))
}

fn int_as_integer_ratio(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("as_integer_ratio", args, kw, 0, 0)?;
    let n = big(int_self(a[0]));
    Ok(new_tuple_from(&[n, int(1)]))
}

/// `int.conjugate()`, `int.real`, `int.numerator`, `int.__index__()`:
/// the int itself (a bool becomes a plain int).
fn int_identity(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("conjugate", args, kw, 0, 0)?;
    Ok(big(int_self(a[0])))
}

fn int_zero(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method("imag", args, kw, 0, 0)?;
    Ok(int(0))
}

fn int_one(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method("denominator", args, kw, 0, 0)?;
    Ok(int(1))
}

fn float_is_integer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("is_integer", args, kw, 0, 0)?;
    Ok(boolean(crate::runtime::numeric::float_is_integer(as_float(a[0]))))
}

fn float_as_integer_ratio(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("as_integer_ratio", args, kw, 0, 0)?;
    let (n, d) = lift(crate::runtime::numeric::float_as_integer_ratio(as_float(a[0])))?;
    let (n, d) = (big(n), big(d));
    Ok(new_tuple_from(&[n, d]))
}

fn float_identity(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("conjugate", args, kw, 0, 0)?;
    Ok(a[0])
}

fn float_zero(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method("imag", args, kw, 0, 0)?;
    Ok(float(0.0))
}

fn range_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("index", args, kw, 1, 1)?;
    let r = range_obj(a[0]);
    if let Some(i) = if is_int(a[1]) { as_i64(a[1]) } else { None } {
        if let Some(k) = r.position(i) {
            return Ok(int(k));
        }
    } else if !is_int(a[1]) {
        // Non-ints are searched by equality, as CPython does.
        let len = r.len();
        for k in 0..len {
            if eq_bool(int(r.start + k * r.step), a[1])? {
                return Ok(int(k));
            }
        }
    }
    raise_named("ValueError", format!("{} is not in range", repr(a[1])?))
}

fn range_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("count", args, kw, 1, 1)?;
    let r = range_obj(a[0]);
    if is_int(a[1]) {
        let Some(i) = as_i64(a[1]) else { return Ok(int(0)) };
        return Ok(int(r.position(i).is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len() {
        if eq_bool(int(r.start + k * r.step), a[1])? {
            n += 1;
        }
    }
    Ok(int(n))
}

fn range_start(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("start", args, kw, 0, 0)?;
    Ok(int(range_obj(a[0]).start))
}

fn range_stop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("stop", args, kw, 0, 0)?;
    Ok(int(range_obj(a[0]).stop))
}

fn range_step(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("step", args, kw, 0, 0)?;
    Ok(int(range_obj(a[0]).step))
}

fn slice_start(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("start", args, kw, 0, 0)?;
    Ok(super::range::slice_obj(a[0]).start)
}

fn slice_stop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("stop", args, kw, 0, 0)?;
    Ok(super::range::slice_obj(a[0]).stop)
}

fn slice_step(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("step", args, kw, 0, 0)?;
    Ok(super::range::slice_obj(a[0]).step)
}

/// `slice.indices(length)`: the (start, stop, step) it selects from a
/// sequence of that length.
fn slice_indices(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("indices", args, kw, 1, 1)?;
    let len = super::ops::index_value(a[1])?;
    if len < 0 {
        return super::vm::raise_named("ValueError", "length should not be negative");
    }
    let (start, stop, step, _) = super::ops::slice_indices(a[0], len as usize)?;
    Ok(super::seq::new_tuple_from(&[int(start), int(stop), int(step)]))
}

const INT_METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("as_integer_ratio", int_as_integer_ratio),
    ("conjugate", int_identity),
    ("__index__", int_identity),
    ("to_bytes", super::num_convert::int_to_bytes),
];
const INT_PROPERTIES: &[(&str, NativeFn)] =
    &[("real", int_identity), ("imag", int_zero), ("numerator", int_identity), ("denominator", int_one)];
const FLOAT_METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("conjugate", float_identity),
    ("hex", super::num_convert::float_hex),
];
const FLOAT_PROPERTIES: &[(&str, NativeFn)] = &[("real", float_identity), ("imag", float_zero)];
const RANGE_METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];
const RANGE_PROPERTIES: &[(&str, NativeFn)] = &[("start", range_start), ("stop", range_stop), ("step", range_step)];
const SLICE_METHODS: &[(&str, NativeFn)] = &[("indices", slice_indices)];
const SLICE_PROPERTIES: &[(&str, NativeFn)] = &[("start", slice_start), ("stop", slice_stop), ("step", slice_step)];

/// Installs the methods and properties of int, float, range and slice.
pub fn install() {
    let c = &vm().classes;
    for (cls, methods, properties) in [
        (c.int, INT_METHODS, INT_PROPERTIES),
        (c.float, FLOAT_METHODS, FLOAT_PROPERTIES),
        (c.range, RANGE_METHODS, RANGE_PROPERTIES),
        (c.slice, SLICE_METHODS, SLICE_PROPERTIES),
    ] {
        for &(name, f) in methods {
            set_class_attr(cls, name, new_builtin(name, f));
        }
        for &(name, f) in properties {
            let getter = new_builtin(name, f);
            set_class_attr(cls, name, new_descriptor(c.property, getter, Value::NULL, Value::NULL));
        }
    }
    for (cls, name, f) in [(c.int, "from_bytes", super::num_convert::int_from_bytes as NativeFn), (c.float, "fromhex", super::num_convert::float_fromhex)] {
        set_class_attr(cls, name, new_descriptor(c.classmethod, new_builtin(name, f), Value::NULL, Value::NULL));
    }
}
