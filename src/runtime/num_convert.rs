//! Numbers to and from their byte and hexadecimal forms: `int.to_bytes`,
//! `int.from_bytes`, `float.hex` and `float.fromhex`, with CPython's
//! defaults and messages.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::runtime::args::{check_keywords, keyword, positional};
use crate::runtime::bytes::{as_bytes, new_bytes};
use crate::runtime::number::{as_bigint, as_float, big, float};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::{truthy, type_name};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, vm, PyResult};

/// The arguments `(length, byteorder, *, signed)` or `(bytes, byteorder,
/// *, signed)` after the receiver: positional or by keyword.
fn bytes_args<'a>(func: &str, args: &'a [Value], kw: &[Value], first: &str) -> PyResult<(Option<Value>, bool, bool)> {
    check_keywords(func, kw, &[first, "byteorder", "signed"])?;
    let pos = &positional(args, kw)[1..];
    if pos.len() > 2 {
        return raise_named("TypeError", format!("{func}() takes at most 2 positional arguments ({} given)", pos.len()));
    }
    let value = pos.first().copied().or_else(|| keyword(args, kw, first));
    let order = pos.get(1).copied().or_else(|| keyword(args, kw, "byteorder"));
    let little = match order {
        None => false,
        Some(o) if kind_of(o) != Kind::Str => {
            return raise_named("TypeError", format!("{func}() argument 'byteorder' must be str, not {}", super::ops::arg_type_name(o)));
        }
        Some(o) => match as_str(o) {
            "big" => false,
            "little" => true,
            _ => return raise_named("ValueError", "byteorder must be either 'little' or 'big'"),
        },
    };
    let signed = match keyword(args, kw, "signed") {
        Some(s) => truthy(s)?,
        None => false,
    };
    Ok((value, little, signed))
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
pub fn int_to_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (length, little, signed) = bytes_args("to_bytes", args, kw, "length")?;
    let length = match length {
        None => 1,
        Some(l) => match super::ops::ssize_arg(l)? {
            n if n < 0 => return raise_named("ValueError", "length argument must be non-negative"),
            n => n as usize,
        },
    };
    let n = as_bigint(args[0]);
    if n.sign() == Sign::Minus && !signed {
        return raise_named("OverflowError", "can't convert negative int to unsigned");
    }
    // Two's complement in `length` bytes, little end first.
    let mut out = if n.sign() == Sign::Minus { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        out.clear();
    }
    let fits = if signed { sign_fits(&n, length) } else { out.len() <= length };
    if !fits {
        return raise_named("OverflowError", "int too big to convert");
    }
    let extra = length - out.len();
    super::ops::reserve(&mut out, extra)?;
    out.resize(length, if n.sign() == Sign::Minus { 0xff } else { 0 });
    if !little {
        out.reverse();
    }
    Ok(new_bytes(out))
}

/// True when `n` fits a signed integer of `length` bytes.
fn sign_fits(n: &BigInt, length: usize) -> bool {
    if length == 0 {
        return n.is_zero();
    }
    let bound = BigInt::from(1) << (8 * length - 1);
    -&bound <= *n && *n < bound
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
pub fn int_from_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, little, signed) = bytes_args("from_bytes", args, kw, "bytes")?;
    let Some(data) = data else {
        return raise_named("TypeError", "from_bytes() missing required argument 'bytes' (pos 1)");
    };
    let mut bytes = match kind_of(data) {
        Kind::Bytes | Kind::ByteArray => as_bytes(data).to_vec(),
        Kind::Str | Kind::Int | Kind::Bool | Kind::Float => {
            return raise_named("TypeError", format!("cannot convert '{}' object to bytes", type_name(data)))
        }
        _ => as_bytes(super::bytes::new_bytes_obj(vm().classes.bytes, &[data], &[])?).to_vec(),
    };
    if !little {
        bytes.reverse();
    }
    let n = if signed { BigInt::from_signed_bytes_le(&bytes) } else { BigInt::from_bytes_le(Sign::Plus, &bytes) };
    let cls = args[0];
    let value = big(n);
    if cls == vm().classes.int {
        Ok(value)
    } else {
        super::call::call(cls, &[value], &[])
    }
}

/// `float.hex()`: `[-]0xh.hhhhhhhhhhhhhp±d`, as CPython's `float_hex`.
pub fn float_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("hex", args, kw, 0, 0)?;
    let x = as_float(a[0]);
    Ok(super::str::new_str(&hex_of(x)))
}

fn hex_of(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    // The bits: 52 stored mantissa bits, the leading digit 1 for normal
    // numbers and 0 (with the smallest exponent) for subnormal ones.
    let bits = x.abs().to_bits();
    let (stored_exp, fraction) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (lead, exp) = if stored_exp == 0 { (0, -1022) } else { (1, stored_exp - 1023) };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

/// `float.fromhex(string)` (a class method).
pub fn float_fromhex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("fromhex", args, kw, 1, 1)?;
    if kind_of(a[1]) != Kind::Str {
        return raise_named("TypeError", "bad argument type for built-in operation");
    }
    let x = match parse_hex_float(as_str(a[1])) {
        Ok(x) => x,
        Err(HexError::Invalid) => return raise_named("ValueError", "invalid hexadecimal floating-point string"),
        Err(HexError::TooLarge) => return raise_named("OverflowError", "hexadecimal value too large to represent as a float"),
    };
    let cls = a[0];
    if cls == vm().classes.float {
        Ok(float(x))
    } else {
        super::call::call(cls, &[float(x)], &[])
    }
}

/// Why a hexadecimal float string has no value.
enum HexError {
    /// Not of the form `[±][0x]h[.h][p±d]`, `inf` or `nan`.
    Invalid,
    /// Beyond the largest float.
    TooLarge,
}

fn parse_hex_float(text: &str) -> Result<f64, HexError> {
    let s = text.trim_matches(|c: char| c.is_whitespace());
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let signed = |x: f64| if negative { -x } else { x };
    let lower = s.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exponent) = match body.split_once('p') {
        Some((d, e)) => (d, Some(e)),
        None => (body, None),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(HexError::Invalid);
    }
    let mut mantissa = BigUint::zero();
    for c in whole.chars().chain(fraction.chars()) {
        let d = c.to_digit(16).ok_or(HexError::Invalid)?;
        mantissa = (mantissa << 4u32) + d;
    }
    let exp: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.trim_start_matches(['+', '-']);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || e.len() - digits.len() > 1 {
                return Err(HexError::Invalid);
            }
            // Exponents far beyond any float's are clamped (the value is 0 or too large).
            e.parse::<i64>().unwrap_or(if e.starts_with('-') { -(1 << 40) } else { 1 << 40 })
        }
    };
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    Ok(signed(scale_rounded(&mantissa, exp.saturating_sub(4 * fraction.len() as i64))?))
}

/// `m * 2**e` rounded to the nearest float (ties to even).
fn scale_rounded(m: &BigUint, e: i64) -> Result<f64, HexError> {
    let nbits = m.bits() as i64;
    // The value lies in [2**(top-1), 2**top).
    let top = nbits.saturating_add(e);
    if top > 1024 {
        return Err(HexError::TooLarge);
    }
    // Bits a float keeps at this size (fewer when it is subnormal; the
    // lowest representable bit is 2**-1074).
    let precision = 53.min(top + 1074);
    if precision < 0 {
        return Ok(0.0);
    }
    let drop = nbits - precision;
    let (mut q, mut exp) = (m.clone(), e);
    if drop > 0 {
        let half = BigUint::from(1u32) << (drop as u64 - 1);
        let rest = m & ((BigUint::from(1u32) << drop as u64) - 1u32);
        q = m >> drop as u64;
        exp += drop;
        if rest > half || rest == half && q.bit(0) {
            q += 1u32;
        }
    }
    let x = ldexp(q.to_f64().unwrap_or(f64::INFINITY), exp);
    if x.is_infinite() {
        return Err(HexError::TooLarge);
    }
    Ok(x)
}

/// `x * 2**k` in steps that stay exact while the result is representable
/// (the last step rounds once, as C's `ldexp` does).
pub fn ldexp(mut x: f64, mut k: i64) -> f64 {
    while k > 1000 {
        x *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        x *= 2f64.powi(-1000);
        k += 1000;
    }
    x * 2f64.powi(k as i32)
}
