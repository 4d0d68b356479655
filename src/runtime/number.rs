//! Number objects: `int` beyond the inline range (a BigInt on the heap) and
//! `float` (a boxed f64), with the conversions between values and Rust.

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::heap;
use super::object::{kind_of, Header, Kind};
use super::value::Value;
use super::vm::vm;

/// An `int` too large for an inline value.
#[repr(C)]
pub struct IntObj {
    /// Common header.
    pub header: Header,
    /// The value (always outside the inline range).
    pub value: BigInt,
}

/// A `float`.
#[repr(C)]
pub struct FloatObj {
    /// Common header.
    pub header: Header,
    /// The value.
    pub value: f64,
}

/// An int value for `i`.
#[inline]
pub fn int(i: i64) -> Value {
    Value::small(i).unwrap_or_else(|| big(BigInt::from(i)))
}

/// An int value for `b`, inline when it fits.
pub fn big(b: BigInt) -> Value {
    if let Some(v) = b.to_i64().and_then(Value::small) {
        return v;
    }
    Value::from_ptr(heap::alloc(IntObj { header: Header::new(vm().classes.int, Kind::Int), value: b }))
}

/// A float value.
pub fn float(f: f64) -> Value {
    Value::from_ptr(heap::alloc(FloatObj { header: Header::new(vm().classes.float, Kind::Float), value: f }))
}

/// The f64 of a float value (which must be a float).
#[inline]
pub fn as_float(v: Value) -> f64 {
    // SAFETY: the caller checked the kind.
    unsafe { (*v.ptr::<FloatObj>()).value }
}

/// The BigInt of an int or bool value (which must be one).
pub fn as_bigint(v: Value) -> BigInt {
    if v.is_small() {
        BigInt::from(v.as_small())
    } else if kind_of(v) == Kind::Bool {
        BigInt::from(v == vm().true_)
    } else {
        // SAFETY: the caller checked the kind.
        unsafe { (*v.ptr::<IntObj>()).value.clone() }
    }
}

/// The i64 of an int or bool, if it fits.
pub fn as_i64(v: Value) -> Option<i64> {
    if v.is_small() {
        Some(v.as_small())
    } else {
        match kind_of(v) {
            Kind::Bool => Some((v == vm().true_) as i64),
            // SAFETY: kind checked.
            Kind::Int => unsafe { (*v.ptr::<IntObj>()).value.to_i64() },
            _ => None,
        }
    }
}

/// True for values of kind int or bool (Python's `int` and subclasses).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small() || matches!(v.header().kind.get(), Kind::Int | Kind::Bool)
}
