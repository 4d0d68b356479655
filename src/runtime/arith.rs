//! Arithmetic on ints, bools and floats with Python's rules, dispatching to
//! the CPython-exact routines of `numeric` (floor division and modulo signs,
//! correctly rounded true division, `**` with negative exponents, shifts).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::number::{as_bigint, as_float, big, float, int};
use super::numeric::{self as n, Number};
use super::object::{kind_of, Kind};
use super::value::Value;
use super::vm::{lift, PyResult};
use crate::syntax::ast::BinOp;

/// An int or float operand.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn operand(v: Value) -> Option<Num> {
    if v.is_small() {
        return Some(Num::Int(BigInt::from(v.as_small())));
    }
    match kind_of(v) {
        Kind::Int | Kind::Bool => Some(Num::Int(as_bigint(v))),
        Kind::Float => Some(Num::Float(as_float(v))),
        _ => None,
    }
}

/// Converts an int to f64 as Python does (OverflowError when too large).
pub fn int_to_f64(i: &BigInt) -> PyResult<f64> {
    lift(n::int_to_f64(i))
}

fn number(x: Number) -> Value {
    match x {
        Number::Int(i) => big(i),
        Number::Float(f) => float(f),
    }
}

/// `a op b` when both are numbers; None when either is not.
pub fn numeric(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    if a.is_small() && b.is_small() {
        if let Some(v) = small(op, a.as_small(), b.as_small())? {
            return Ok(Some(v));
        }
    }
    let (Some(x), Some(y)) = (operand(a), operand(b)) else { return Ok(None) };
    match (x, y) {
        (Num::Int(x), Num::Int(y)) => int_op(op, x, y),
        (Num::Int(x), Num::Float(y)) => float_op(op, int_to_f64(&x)?, y),
        (Num::Float(x), Num::Int(y)) => float_op(op, x, int_to_f64(&y)?),
        (Num::Float(x), Num::Float(y)) => float_op(op, x, y),
    }
}

/// Fast path for two inline ints; None to fall back to big ints.
fn small(op: BinOp, x: i64, y: i64) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => x.checked_add(y).map(int),
        BinOp::Sub => x.checked_sub(y).map(int),
        BinOp::Mul => x.checked_mul(y).map(int),
        BinOp::FloorDiv => lift(n::i64_floordiv(x, y))?.map(int),
        BinOp::Mod => Some(int(lift(n::i64_mod(x, y))?)),
        BinOp::Div => Some(float(lift(n::i64_truediv(x, y))?)),
        BinOp::BitAnd => Some(int(x & y)),
        BinOp::BitOr => Some(int(x | y)),
        BinOp::BitXor => Some(int(x ^ y)),
        _ => None,
    })
}

fn int_op(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => big(x + y),
        BinOp::Sub => big(x - y),
        BinOp::Mul => big(x * y),
        BinOp::FloorDiv => big(lift(n::int_floordiv(&x, &y))?),
        BinOp::Mod => big(lift(n::int_mod(&x, &y))?),
        BinOp::Div => float(lift(n::int_truediv(&x, &y))?),
        BinOp::Pow => number(lift(n::int_pow(&x, &y))?),
        BinOp::LShift => big(lift(n::int_lshift(&x, &y))?),
        BinOp::RShift => big(lift(n::int_rshift(&x, &y))?),
        BinOp::BitAnd => big(n::int_and(&x, &y)),
        BinOp::BitOr => big(n::int_or(&x, &y)),
        BinOp::BitXor => big(n::int_xor(&x, &y)),
        BinOp::MatMul => return Ok(None),
    }))
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => lift(n::float_truediv(x, y))?,
        BinOp::FloorDiv => lift(n::float_floordiv(x, y))?,
        BinOp::Mod => lift(n::float_mod(x, y))?,
        BinOp::Pow => lift(n::float_pow(x, y))?,
        _ => return Ok(None),
    })))
}

/// Python's float divmod.
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    lift(n::float_divmod(x, y))
}

/// The i64 of a value known to be an int, if it fits.
pub fn small_int(v: Value) -> Option<i64> {
    super::number::as_i64(v).and_then(|i| i.to_i64())
}
