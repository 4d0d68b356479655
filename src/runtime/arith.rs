//! Arithmetic on ints, bools and floats with Python's rules: floor division
//! and modulo signs, true division, `**` with negative exponents, shifts and
//! bitwise operators, overflow into big integers.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use super::number::{as_bigint, as_float, big, float, int};
use super::object::{kind_of, Kind};
use super::value::Value;
use super::vm::{raise_named, PyResult};
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
    match i.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => raise_named("OverflowError", "int too large to convert to float"),
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
        (Num::Int(x), Num::Int(y)) => int_op(op, x, y).map(Some),
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
        BinOp::FloorDiv if y != 0 => Some(int(Integer::div_floor(&x, &y))),
        BinOp::Mod if y != 0 => Some(int(x.mod_floor(&y))),
        BinOp::BitAnd => Some(int(x & y)),
        BinOp::BitOr => Some(int(x | y)),
        BinOp::BitXor => Some(int(x ^ y)),
        _ => None,
    })
}

fn int_op(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => big(x + y),
        BinOp::Sub => big(x - y),
        BinOp::Mul => big(x * y),
        BinOp::FloorDiv | BinOp::Mod => {
            if y.is_zero() {
                return raise_named("ZeroDivisionError", "integer division or modulo by zero");
            }
            let (q, r) = x.div_mod_floor(&y);
            big(if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::Div => {
            if y.is_zero() {
                return raise_named("ZeroDivisionError", "division by zero");
            }
            float(true_divide(&x, &y)?)
        }
        BinOp::Pow => {
            if y.is_negative() {
                if x.is_zero() {
                    return raise_named("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                }
                return float_op(BinOp::Pow, int_to_f64(&x)?, int_to_f64(&y)?).map(|v| v.expect("floats"));
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x.is_one() {
                    return Ok(big(x));
                }
                return raise_named("MemoryError", "");
            };
            big(Pow::pow(x, e))
        }
        BinOp::LShift | BinOp::RShift => {
            if y.is_negative() {
                return raise_named("ValueError", "negative shift count");
            }
            let n = y.to_usize().unwrap_or(usize::MAX);
            if op == BinOp::LShift {
                if x.is_zero() {
                    return Ok(int(0));
                }
                if n > 1 << 32 {
                    return raise_named("OverflowError", "too many digits in integer");
                }
                big(x << n)
            } else if n >= x.bits() as usize + 1 {
                int(if x.is_negative() { -1 } else { 0 })
            } else {
                big(x >> n)
            }
        }
        BinOp::BitAnd => big(x & y),
        BinOp::BitOr => big(x | y),
        BinOp::BitXor => big(x ^ y),
        BinOp::MatMul => {
            return raise_named("TypeError", "unsupported operand type(s) for @: 'int' and 'int'");
        }
    })
}

/// Correctly rounded int / int (exact for operands that fit in f64).
fn true_divide(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    // Scale so that the quotient carries 55+ significant bits, then round.
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let shift = 55i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 { (a << shift as usize, b) } else { (a, b << (-shift) as usize) };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let f = q.to_f64().unwrap_or(f64::INFINITY);
    let result = f * 2f64.powi((-shift - 1) as i32);
    if result.is_infinite() {
        return raise_named("OverflowError", "integer division result too large for a float");
    }
    Ok(if negative { -result } else { result })
}

fn float_op(op: BinOp, x: f64, y: f64) -> PyResult<Option<Value>> {
    Ok(Some(float(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return raise_named("ZeroDivisionError", "float division by zero");
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return raise_named("ZeroDivisionError", "float floor division by zero");
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return raise_named("ZeroDivisionError", "float modulo");
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => {
            if x == 0.0 && y < 0.0 {
                return raise_named("ZeroDivisionError", "0.0 cannot be raised to a negative power");
            }
            if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
                return raise_named(
                    "ValueError",
                    "a negative number raised to a fractional power is complex, which coro does not support",
                );
            }
            let r = x.powf(y);
            if r.is_infinite() && x.is_finite() && y.is_finite() {
                return raise_named("OverflowError", "(34, 'Numerical result out of range')");
            }
            r
        }
        _ => return Ok(None),
    })))
}

/// Python's float divmod (the remainder has the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}
