//! Python 3.11 `int` and `float` semantics in plain Rust.
//!
//! Ints are `num_bigint::BigInt` (with `i64` fast paths where they are
//! cheap), floats are `f64`. Every routine follows the CPython 3.11 C code it
//! is named after (`Objects/longobject.c`, `Objects/floatobject.c`,
//! `Python/pyhash.c`), so results, signs of zeros, rounding and error
//! messages are CPython's. Errors come back as [`Raise`] values for the VM to
//! turn into exception objects.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

use crate::runtime::format::str_repr;
use crate::runtime::raise::{raise, ExcKind, Raise};

/// A result that is an `int` or a `float` depending on the operands
/// (`int ** int`, `round(float[, n])`).
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    /// A Python `int`.
    Int(BigInt),
    /// A Python `float`.
    Float(f64),
}

/// Results of more bits than this raise `MemoryError` instead of being
/// attempted (CPython would try, and fail or thrash, at some larger size).
const MAX_RESULT_BITS: u64 = 1 << 34;

/// Largest magnitude an `i64` converts to `f64` exactly: 2**53.
const EXACT_F64_INT: u64 = 1 << 53;

/// 2**63 as a float: the doubles in `[-2**63, 2**63)` truncate to an `i64`.
const TWO_POW_63: f64 = (1u64 << 63) as f64;

fn zero_division(message: &str) -> Raise {
    Raise::new(ExcKind::ZeroDivisionError, message)
}

fn memory_error() -> Raise {
    Raise::new(ExcKind::MemoryError, "")
}

// ---------------------------------------------------------------------------
// int arithmetic
// ---------------------------------------------------------------------------

/// Floor quotient and remainder of two `i64`s (`b != 0`); `None` on overflow.
fn floor_divmod_i64(a: i64, b: i64) -> Option<(i64, i64)> {
    let q = a.checked_div(b)?;
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Floor quotient and remainder of two ints (`b != 0`).
fn floor_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if let Some((q, r)) = floor_divmod_i64(x, y) {
            return (q.into(), r.into());
        }
    }
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// `a // b` for ints.
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, Raise> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(floor_divmod(a, b).0)
}

/// `a % b` for ints (the result has the sign of `b`).
pub fn int_mod(a: &BigInt, b: &BigInt) -> Result<BigInt, Raise> {
    if b.is_zero() {
        return Err(zero_division("integer modulo by zero"));
    }
    Ok(floor_divmod(a, b).1)
}

/// `divmod(a, b)` for ints.
pub fn int_divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), Raise> {
    if b.is_zero() {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(floor_divmod(a, b))
}

/// `a // b` for small ints; `Ok(None)` when the result does not fit an `i64`.
pub fn i64_floordiv(a: i64, b: i64) -> Result<Option<i64>, Raise> {
    if b == 0 {
        return Err(zero_division("integer division or modulo by zero"));
    }
    Ok(floor_divmod_i64(a, b).map(|(q, _)| q))
}

/// `a % b` for small ints (never overflows).
pub fn i64_mod(a: i64, b: i64) -> Result<i64, Raise> {
    if b == 0 {
        return Err(zero_division("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    Ok(if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r })
}

/// `a / b` for ints: the correctly rounded quotient, like `long_true_divide`.
pub fn int_truediv(a: &BigInt, b: &BigInt) -> Result<f64, Raise> {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        return i64_truediv(x, y);
    }
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    exact_truediv(a, b)
}

/// `a / b` by exact integer arithmetic (`b != 0`).
fn exact_truediv(a: &BigInt, b: &BigInt) -> Result<f64, Raise> {
    let negate = a.is_negative() != b.is_negative();
    match ratio_to_f64(a.magnitude(), b.magnitude()) {
        Some(q) => Ok(if negate { -q } else { q }),
        None => raise(ExcKind::OverflowError, "integer division result too large for a float"),
    }
}

/// `a / b` for small ints.
pub fn i64_truediv(a: i64, b: i64) -> Result<f64, Raise> {
    if b == 0 {
        return Err(zero_division("division by zero"));
    }
    if a.unsigned_abs() <= EXACT_F64_INT && b.unsigned_abs() <= EXACT_F64_INT {
        // Both operands are exact doubles: one IEEE division rounds correctly.
        return Ok(a as f64 / b as f64);
    }
    exact_truediv(&BigInt::from(a), &BigInt::from(b))
}

/// `base ** exp` for ints: an int, or a float when `exp` is negative.
pub fn int_pow(base: &BigInt, exp: &BigInt) -> Result<Number, Raise> {
    if exp.is_negative() {
        return float_pow(int_to_f64(base)?, int_to_f64(exp)?).map(Number::Float);
    }
    if let (Some(b), Some(e)) = (base.to_i64(), exp.to_u32()) {
        if let Some(p) = b.checked_pow(e) {
            return Ok(Number::Int(p.into()));
        }
    }
    if base.is_zero() || base.is_one() {
        return Ok(Number::Int(base.clone()));
    }
    if base.magnitude().is_one() {
        // base == -1
        let odd = exp.bit(0);
        return Ok(Number::Int(if odd { base.clone() } else { BigInt::one() }));
    }
    let e = exp.to_u64().ok_or_else(memory_error)?;
    // |base| >= 2, so the result has at least (bits - 1) * e + 1 bits.
    if (base.bits() - 1).saturating_mul(e) > MAX_RESULT_BITS {
        return Err(memory_error());
    }
    Ok(Number::Int(Pow::pow(base, e)))
}

/// `pow(base, exp, modulus)` for ints, including negative exponents (via
/// the modular inverse) and negative moduli, like CPython's `long_pow`.
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, Raise> {
    if modulus.is_zero() {
        return raise(ExcKind::ValueError, "pow() 3rd argument cannot be 0");
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = floor_divmod(base, &m).1;
    let mut e = exp.clone();
    if e.is_negative() {
        e = -e;
        b = match b.modinv(&m) {
            Some(inverse) => inverse,
            None => {
                return raise(ExcKind::ValueError, "base is not invertible for the given modulus")
            }
        };
    }
    let r = b.modpow(&e, &m);
    Ok(if negative_output && !r.is_zero() { r - m } else { r })
}

/// Bits in a CPython long digit; shift limits are phrased in digits.
const PYLONG_SHIFT: u64 = 30;

/// `a << n` for ints, with CPython's errors for negative and huge counts.
pub fn int_lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, Raise> {
    if n.is_negative() {
        return raise(ExcKind::ValueError, "negative shift count");
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    // Mirror `divmod_shift` and `_PyLong_New`: a count beyond what a
    // Py_ssize_t of 30-bit digits can hold is an OverflowError.
    let max_words = (i64::MAX as u64) / 4;
    let max_digits = (i64::MAX as u64 - 24) / 4;
    let words = (n / PYLONG_SHIFT).to_u64().unwrap_or(max_words).min(max_words);
    let rem = if words == max_words { 0 } else { (n % PYLONG_SHIFT).to_u64().unwrap_or(0) };
    let old_digits = a.bits().div_ceil(PYLONG_SHIFT);
    let new_digits = old_digits + words + u64::from(rem != 0);
    if new_digits > max_digits {
        return raise(ExcKind::OverflowError, "too many digits in integer");
    }
    let count = n.to_u64().filter(|c| c.saturating_add(a.bits()) <= MAX_RESULT_BITS);
    match count {
        Some(c) => Ok(a << c),
        None => Err(memory_error()),
    }
}

/// `a >> n` for ints (rounds toward negative infinity).
pub fn int_rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, Raise> {
    if n.is_negative() {
        return raise(ExcKind::ValueError, "negative shift count");
    }
    match n.to_u64() {
        Some(c) if c < a.bits() => Ok(a >> c),
        _ => Ok(if a.is_negative() { -BigInt::one() } else { BigInt::zero() }),
    }
}

/// `a & b` with two's-complement semantics for negative operands.
pub fn int_and(a: &BigInt, b: &BigInt) -> BigInt {
    a & b
}

/// `a | b` with two's-complement semantics for negative operands.
pub fn int_or(a: &BigInt, b: &BigInt) -> BigInt {
    a | b
}

/// `a ^ b` with two's-complement semantics for negative operands.
pub fn int_xor(a: &BigInt, b: &BigInt) -> BigInt {
    a ^ b
}

/// `~a`, which is `-a - 1`.
pub fn int_invert(a: &BigInt) -> BigInt {
    -a - 1
}

/// `int.bit_length()`.
pub fn int_bit_length(a: &BigInt) -> u64 {
    a.bits()
}

/// `int.bit_count()`: the number of ones in `abs(a)`.
pub fn int_bit_count(a: &BigInt) -> u64 {
    a.magnitude().count_ones()
}

// ---------------------------------------------------------------------------
// int <-> float
// ---------------------------------------------------------------------------

/// `2.0 ** e` for `-1074 <= e <= 1023`, exactly.
fn pow2(e: i64) -> f64 {
    debug_assert!((-1074..=1023).contains(&e));
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// `n` as the nearest double (ties to even); `None` if it rounds to 2**1024
/// or beyond.
fn biguint_to_f64(n: &BigUint) -> Option<f64> {
    let bits = n.bits();
    if bits <= 64 {
        return n.to_u64().map(|v| v as f64);
    }
    if bits > 1024 {
        return None;
    }
    // Keep the top 64 bits and fold everything below into a sticky bit; the
    // u64 -> f64 conversion then rounds to nearest-even correctly.
    let shift = bits - 64;
    let top = (n >> shift).to_u64()?;
    let sticky = n.trailing_zeros().is_some_and(|z| z < shift);
    let value = (top | u64::from(sticky)) as f64 * pow2(shift as i64);
    value.is_finite().then_some(value)
}

/// `n / d` correctly rounded to a double (ties to even, subnormals
/// included); `None` on overflow. `d` must be nonzero.
fn ratio_to_f64(n: &BigUint, d: &BigUint) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    // e = floor(log2(n / d))
    let mut e = n.bits() as i64 - d.bits() as i64;
    let below = if e >= 0 { *n < (d << e as u64) } else { (n << (-e) as u64) < *d };
    if below {
        e -= 1;
    }
    if e >= 1024 {
        return None;
    }
    // The unit in the last place of the result is 2**ulp.
    let ulp = (e - 52).max(-1074);
    let (num, den) =
        if ulp >= 0 { (n.clone(), d << ulp as u64) } else { (n << (-ulp) as u64, d.clone()) };
    let q = round_half_even(&num, &den);
    if q.bits() as i64 + ulp > 1024 {
        return None;
    }
    Some(q.to_u64()? as f64 * pow2(ulp))
}

/// `float(a)` for an int: correctly rounded, `OverflowError` when too large.
pub fn int_to_f64(a: &BigInt) -> Result<f64, Raise> {
    if let Some(v) = a.to_i64() {
        return Ok(v as f64);
    }
    match biguint_to_f64(a.magnitude()) {
        Some(v) => Ok(if a.is_negative() { -v } else { v }),
        None => raise(ExcKind::OverflowError, "int too large to convert to float"),
    }
}

/// `int(x)` for a float: truncates toward zero.
pub fn f64_to_int(x: f64) -> Result<BigInt, Raise> {
    if x.is_nan() {
        return raise(ExcKind::ValueError, "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise(ExcKind::OverflowError, "cannot convert float infinity to integer");
    }
    let t = x.trunc();
    if t.abs() < TWO_POW_63 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63: an integer mantissa times a positive power of two.
    let bits = t.to_bits();
    let exponent = ((bits >> 52) & 0x7ff) - 1075;
    let mantissa = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    let magnitude = BigInt::from(mantissa) << exponent;
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// Exact comparison of an int with a float; `None` when `b` is NaN.
pub fn cmp_int_float(a: &BigInt, b: f64) -> Option<Ordering> {
    if let Some(i) = a.to_i64() {
        return cmp_i64_float(i, b);
    }
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let floor = b.floor();
    let floor_int = f64_to_int(floor).ok()?;
    Some(match a.cmp(&floor_int) {
        Ordering::Equal if floor != b => Ordering::Less,
        other => other,
    })
}

/// Exact comparison of a small int with a float; `None` when `b` is NaN.
pub fn cmp_i64_float(a: i64, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if a.unsigned_abs() <= EXACT_F64_INT {
        return (a as f64).partial_cmp(&b);
    }
    if b >= TWO_POW_63 {
        return Some(Ordering::Less);
    }
    if b < -TWO_POW_63 {
        return Some(Ordering::Greater);
    }
    let floor = b.floor();
    Some(match a.cmp(&(floor as i64)) {
        Ordering::Equal if floor != b => Ordering::Less,
        other => other,
    })
}

// ---------------------------------------------------------------------------
// int <-> str
// ---------------------------------------------------------------------------

/// The default of `sys.get_int_max_str_digits()` in CPython 3.11.
pub const DEFAULT_INT_MAX_STR_DIGITS: usize = 4300;

/// Below this many digits the limit is never checked (CPython's threshold).
const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(DEFAULT_INT_MAX_STR_DIGITS);

/// `sys.get_int_max_str_digits()`: the current limit (0 means none).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(AtomicOrdering::Relaxed)
}

/// `sys.set_int_max_str_digits(n)`, process-wide.
pub fn set_int_max_str_digits(n: i64) -> Result<(), Raise> {
    if n != 0 && n < INT_MAX_STR_DIGITS_THRESHOLD as i64 {
        return raise(ExcKind::ValueError, "maxdigits must be 0 or larger than 640");
    }
    INT_MAX_STR_DIGITS.store(n as usize, AtomicOrdering::Relaxed);
    Ok(())
}

fn str_digits_limit_error(limit: usize) -> Raise {
    Raise::new(
        ExcKind::ValueError,
        format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        ),
    )
}

/// `str(a)` / `repr(a)` for an int, subject to the int/str digit limit.
pub fn int_to_str(a: &BigInt) -> Result<String, Raise> {
    if let Some(v) = a.to_i64() {
        return Ok(v.to_string());
    }
    let limit = int_max_str_digits();
    // A value of b bits has at least (b - 1) * log10(2) + 1 digits: refuse
    // hopeless cases before the quadratic conversion.
    if limit > 0 && (a.bits() - 1) as f64 * std::f64::consts::LOG10_2 > limit as f64 + 1.0 {
        return Err(str_digits_limit_error(limit));
    }
    let text = a.to_str_radix(10);
    let digits = text.len() - usize::from(a.is_negative());
    if limit > 0 && digits > limit {
        return Err(str_digits_limit_error(limit));
    }
    Ok(text)
}

/// `bin(a)`, `oct(a)`, `hex(a)` for base 2, 8, 16 (sign, then `0b`/`0o`/`0x`
/// prefix); base 10 is `str(a)`.
pub fn int_to_base(a: &BigInt, base: u32) -> Result<String, Raise> {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => return int_to_str(a),
    };
    let sign = if a.is_negative() { "-" } else { "" };
    Ok(format!("{sign}{prefix}{}", a.magnitude().to_str_radix(base)))
}

/// The value of a decimal digit in any script (`unicodedata.decimal`).
pub fn decimal_digit(c: char) -> Option<u32> {
    let code = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let index = DECIMAL_ZEROS.partition_point(|&zero| zero <= code);
    let zero = DECIMAL_ZEROS[index.checked_sub(1)?];
    (code - zero < 10).then_some(code - zero)
}

/// The code points of every Unicode 14 decimal digit zero; each starts a run
/// of ten consecutive digits 0..9.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes
/// a space, decimal digits of any script become ASCII digits, and the text
/// stops at a `?` at the first other non-ASCII character.
fn numeric_text_to_ascii(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if c.is_whitespace() {
            // For non-ASCII characters Rust's White_Space set equals
            // Python's str.isspace() set.
            out.push(b' ');
        } else if let Some(d) = decimal_digit(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

/// C's `Py_ISSPACE`: the ASCII whitespace `int()` and `float()` strip.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// The value of an ASCII digit or letter as a digit in bases up to 36.
fn digit_value(b: u8) -> Option<u32> {
    (b as char).to_digit(36)
}

/// `int(text, base)` with Python's rules: surrounding whitespace, a sign,
/// `0x`/`0o`/`0b` prefixes (required for base 0), single underscores between
/// digits, digits of any script, and the int/str digit limit.
/// `int(text)` for the common text: an optional sign and up to 18 ASCII
/// digits, perhaps amid ASCII whitespace (no underscores); None for
/// anything else, which `parse_int` reads (or refuses).
pub fn parse_short_decimal(text: &str) -> Option<i64> {
    let trimmed = text.trim_matches(|c: char| c.is_ascii() && is_c_space(c as u8));
    let (negative, digits) = match trimmed.as_bytes().first()? {
        b'-' => (true, &trimmed[1..]),
        b'+' => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let magnitude = digits.bytes().fold(0i64, |n, b| n * 10 + i64::from(b - b'0'));
    Some(if negative { -magnitude } else { magnitude })
}

pub fn parse_int(text: &str, base: i64) -> Result<BigInt, Raise> {
    if base != 0 && !(2..=36).contains(&base) {
        return raise(ExcKind::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    let invalid = || {
        let shown: String = str_repr(text).chars().take(200).collect();
        Raise::new(
            ExcKind::ValueError,
            format!("invalid literal for int() with base {base}: {shown}"),
        )
    };
    let bytes = numeric_text_to_ascii(text);
    let at = |i: usize| bytes.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut radix = base as u32;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // An old-style octal literal like "010": only zero is valid.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    let prefix = match radix {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => 0,
    };
    if at(i) == b'0' && prefix != 0 && at(i + 1).to_ascii_lowercase() == prefix {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let start = i;
    let mut digits = Vec::new();
    let mut prev = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            match digit_value(b) {
                Some(d) if d < radix => digits.push(d as u8),
                _ => break,
            }
        }
        prev = b;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !radix.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS_THRESHOLD {
        let limit = int_max_str_digits();
        if limit > 0 && digits.len() > limit {
            return raise(
                ExcKind::ValueError,
                format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion: \
                     value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
                    digits.len()
                ),
            );
        }
    }
    let magnitude = BigUint::from_radix_be(&digits, radix).unwrap_or_default();
    if (error_if_nonzero && !magnitude.is_zero()) || i == start {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != bytes.len() {
        return Err(invalid());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Ok(BigInt::from_biguint(sign, magnitude))
}

// ---------------------------------------------------------------------------
// float arithmetic
// ---------------------------------------------------------------------------

/// `a / b` for floats.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, Raise> {
    if b == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod`: floor quotient and remainder (`b != 0`).
fn float_div_mod(a: f64, b: f64) -> (f64, f64) {
    // Rust's `%` on f64 is C's fmod.
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// `a // b` for floats.
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, Raise> {
    if b == 0.0 {
        return Err(zero_division("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` for floats (the result has the sign of `b`).
pub fn float_mod(a: f64, b: f64) -> Result<f64, Raise> {
    if b == 0.0 {
        return Err(zero_division("float modulo"));
    }
    Ok(float_div_mod(a, b).1)
}

/// `divmod(a, b)` for floats.
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), Raise> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` for floats, with CPython's special cases. A negative base with
/// a non-integral exponent gives a complex in CPython; complex numbers are
/// not supported here, so that case raises `ValueError` instead.
pub fn float_pow(a: f64, b: f64) -> Result<f64, Raise> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let magnitude = a.abs();
        return Ok(if magnitude == 1.0 {
            1.0
        } else if (b > 0.0) == (magnitude > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if base < 0.0 {
        if b != b.floor() {
            return raise(
                ExcKind::ValueError,
                "negative number cannot be raised to a fractional power \
                 (complex numbers are not supported)",
            );
        }
        base = -base;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let result = base.powf(b);
    if result.is_infinite() {
        // CPython raises OSError-style OverflowError(ERANGE, strerror).
        return raise(ExcKind::OverflowError, "(34, 'Numerical result out of range')");
    }
    Ok(if negate { -result } else { result })
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), Raise> {
    if x.is_infinite() {
        return raise(ExcKind::OverflowError, "cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return raise(ExcKind::ValueError, "cannot convert NaN to integer ratio");
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mantissa, exponent) = decompose(x.abs());
    let twos = mantissa.trailing_zeros() as i64;
    let (mantissa, exponent) = (mantissa >> twos, exponent + twos);
    let numerator = BigInt::from(mantissa);
    let numerator = if x < 0.0 { -numerator } else { numerator };
    if exponent >= 0 {
        Ok((numerator << exponent as u64, BigInt::one()))
    } else {
        Ok((numerator, BigInt::one() << (-exponent) as u64))
    }
}

/// A finite positive double as `mantissa * 2**exponent` with an integer
/// mantissa below 2**53.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    }
}

/// `float(text)` with Python's rules: surrounding whitespace, underscores
/// only between digits, `inf`/`infinity`/`nan` in any case, digits of any
/// script.
pub fn parse_float(text: &str) -> Result<f64, Raise> {
    let invalid = || {
        Raise::new(
            ExcKind::ValueError,
            format!("could not convert string to float: {}", str_repr(text)),
        )
    };
    let bytes = numeric_text_to_ascii(text);
    let start = bytes.iter().position(|&b| !is_c_space(b)).ok_or_else(invalid)?;
    let end = bytes.iter().rposition(|&b| !is_c_space(b)).map_or(start, |p| p + 1);
    let trimmed = &bytes[start..end];
    let mut cleaned = Vec::with_capacity(trimmed.len());
    let mut prev = 0u8;
    for &b in trimmed {
        if b == b'_' {
            if !prev.is_ascii_digit() {
                return Err(invalid());
            }
        } else {
            if prev == b'_' && !b.is_ascii_digit() {
                return Err(invalid());
            }
            cleaned.push(b);
        }
        prev = b;
    }
    if prev == b'_' || !is_float_literal(&cleaned) {
        return Err(invalid());
    }
    std::str::from_utf8(&cleaned).ok().and_then(|s| s.parse::<f64>().ok()).ok_or_else(invalid)
}

/// Whether `text` matches `[sign] (inf | infinity | nan | decimal)`, the
/// grammar of CPython's `_Py_dg_strtod` as used by `float()`.
fn is_float_literal(text: &[u8]) -> bool {
    let body = match text.first() {
        Some(b'+' | b'-') => &text[1..],
        _ => text,
    };
    let lower = body.to_ascii_lowercase();
    if matches!(lower.as_slice(), b"inf" | b"infinity" | b"nan") {
        return true;
    }
    let count_digits = |from: usize| body[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let int_digits = count_digits(0);
    let mut i = int_digits;
    let mut frac_digits = 0;
    if body.get(i) == Some(&b'.') {
        frac_digits = count_digits(i + 1);
        i += 1 + frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(body.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(body.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = count_digits(i);
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == body.len()
}

// ---------------------------------------------------------------------------
// hashing
// ---------------------------------------------------------------------------

const HASH_BITS: u32 = 61;
const HASH_MODULUS: u64 = (1 << HASH_BITS) - 1;
const HASH_INF: i64 = 314159;

/// CPython maps a hash of -1 (its error marker) to -2.
fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(a)` for a small int.
#[inline]
pub fn hash_i64(a: i64) -> i64 {
    // Below the modulus (every small int) the hash is the value itself.
    if a.unsigned_abs() < HASH_MODULUS {
        return fix_hash(a);
    }
    let reduced = (a.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if a < 0 { -reduced } else { reduced })
}

/// `hash(a)` for an int: `a` modulo 2**61 - 1, keeping the sign.
pub fn hash_int(a: &BigInt) -> i64 {
    if let Some(v) = a.to_i64() {
        return hash_i64(v);
    }
    let reduced = (a.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
    fix_hash(if a.is_negative() { -reduced } else { reduced })
}

/// `hash(x)` for a float; integral values hash like the equal int. CPython
/// 3.11 hashes a NaN by object identity, so the caller supplies `nan_hash`.
pub fn hash_float(x: f64, nan_hash: i64) -> i64 {
    if x.is_nan() {
        return nan_hash;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // _Py_HashDouble, 28 bits of the mantissa at a time.
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & HASH_MODULUS) | (h >> (HASH_BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= HASH_MODULUS {
            h -= HASH_MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let e = if e >= 0 { e % bits } else { bits - 1 - ((-1 - e) % bits) } as u32;
    h = ((h << e) & HASH_MODULUS) | (h >> (HASH_BITS - e));
    let h = h as i64;
    fix_hash(if x < 0.0 { -h } else { h })
}

/// C's `frexp` for a finite positive double: `(m, e)` with `x = m * 2**e`
/// and `0.5 <= m < 1`.
fn frexp(x: f64) -> (f64, i32) {
    let (mantissa, exponent) = decompose(x);
    let width = 64 - mantissa.leading_zeros() as i64;
    let m = mantissa as f64 / pow2(width);
    (m, (exponent + width) as i32)
}

/// `hash(t)` for a tuple whose items hash to `items` (CPython's xxHash-based
/// `tuplehash`).
pub fn hash_tuple(items: &[i64]) -> i64 {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let mut acc = PRIME_5;
    for &item in items {
        acc = acc.wrapping_add((item as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

// ---------------------------------------------------------------------------
// round
// ---------------------------------------------------------------------------

/// `round(x)` (an int, ties to even) or `round(x, ndigits)` (a float,
/// correctly rounded like CPython's `double_round`). `ndigits` is clipped
/// to the `i64` range by the caller, as CPython clips it to `Py_ssize_t`.
pub fn round_float(x: f64, ndigits: Option<i64>) -> Result<Number, Raise> {
    let Some(ndigits) = ndigits else {
        let mut rounded = x.round();
        if (x - rounded).abs() == 0.5 {
            rounded = 2.0 * (x / 2.0).round();
        }
        return f64_to_int(rounded).map(Number::Int);
    };
    // Beyond these, x is its own rounding or rounds to a signed zero.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    let rounded = if !x.is_finite() || ndigits > NDIGITS_MAX {
        x
    } else if ndigits < NDIGITS_MIN {
        0.0 * x
    } else {
        round_to_decimal(x, ndigits)?
    };
    Ok(Number::Float(rounded))
}

/// `x` rounded half-even to a multiple of 10**-ndigits, then correctly
/// rounded back to a double.
fn round_to_decimal(x: f64, ndigits: i64) -> Result<f64, Raise> {
    if x == 0.0 {
        return Ok(x);
    }
    let (mantissa, exponent) = decompose(x.abs());
    if ndigits >= 0 && exponent >= 0 {
        return Ok(x);
    }
    let scale = Pow::pow(BigUint::from(10u32), ndigits.unsigned_abs());
    // |x| * 10**ndigits = num / den exactly.
    let mut num = BigUint::from(mantissa);
    let mut den = BigUint::one();
    if ndigits >= 0 {
        num *= &scale;
    } else {
        den *= &scale;
    }
    if exponent >= 0 {
        num <<= exponent as u64;
    } else {
        den <<= (-exponent) as u64;
    }
    let quotient = round_half_even(&num, &den);
    let magnitude = if ndigits >= 0 {
        ratio_to_f64(&quotient, &scale)
    } else {
        biguint_to_f64(&(quotient * scale))
    };
    match magnitude {
        Some(m) => Ok(if x < 0.0 { -m } else { m }),
        None => raise(ExcKind::OverflowError, "rounded value too large to represent"),
    }
}

/// `num / den` rounded to the nearest integer, ties to even.
fn round_half_even(num: &BigUint, den: &BigUint) -> BigUint {
    let q = num / den;
    let twice_rem = (num - &q * den) << 1u32;
    if twice_rem > *den || (twice_rem == *den && q.bit(0)) {
        q + 1u32
    } else {
        q
    }
}

/// `round(a, ndigits)` for an int: unchanged for `ndigits >= 0`, otherwise
/// rounded half-even to a multiple of 10**-ndigits.
pub fn round_int(a: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || a.is_zero() {
        return a.clone();
    }
    let places = ndigits.unsigned_abs();
    // 10**places > 2 * |a| means everything rounds to zero.
    if places as f64 > (a.bits() + 1) as f64 * std::f64::consts::LOG10_2 + 1.0 {
        return BigInt::zero();
    }
    let scale = Pow::pow(BigUint::from(10u32), places);
    let magnitude = round_half_even(a.magnitude(), &scale) * &scale;
    BigInt::from_biguint(a.sign(), magnitude)
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11.7.

    use super::*;
    use crate::runtime::format::float_repr;

    /// Evaluates the integer expressions of the tables: terms joined by `+`
    /// or `-`, each a product of factors `a` or `a**b`.
    fn int(expr: &str) -> BigInt {
        let compact = expr.replace(' ', "").replace("**", "^");
        let mut total = BigInt::zero();
        let mut negative = false;
        let mut term = String::new();
        let mut add_term = |negative: bool, term: &str| {
            let product = term.split('*').fold(BigInt::one(), |acc, factor| {
                let (base, exp) = factor.split_once('^').unwrap_or((factor, "1"));
                acc * Pow::pow(base.parse::<BigInt>().unwrap(), exp.parse::<u32>().unwrap())
            });
            total += if negative { -product } else { product };
        };
        for c in compact.chars() {
            match c {
                '+' | '-' if !term.is_empty() => {
                    add_term(negative, &term);
                    term.clear();
                    negative = c == '-';
                }
                '-' => negative = !negative,
                '+' => {}
                _ => term.push(c),
            }
        }
        add_term(negative, &term);
        total
    }

    fn float(text: &str) -> f64 {
        text.parse().unwrap()
    }

    fn error(e: Raise) -> String {
        format!("{:?}: {}", e.kind, e.message)
    }

    fn show<T>(result: Result<T, Raise>, describe: impl FnOnce(T) -> String) -> String {
        result.map_or_else(error, describe)
    }

    fn number(n: Number) -> String {
        match n {
            Number::Int(i) => i.to_string(),
            Number::Float(f) => float_repr(f),
        }
    }

    fn pair<A: ToString, B: ToString>((a, b): (A, B)) -> String {
        format!("{}, {}", a.to_string(), b.to_string())
    }

    fn float_pair((a, b): (f64, f64)) -> String {
        format!("{}, {}", float_repr(a), float_repr(b))
    }

    #[rustfmt::skip]
    const DIVISION: &[(&str, &str, &str, &str, &str)] = &[
        ("7", "2", "3", "1", "3, 1"), ("-7", "2", "-4", "1", "-4, 1"),
        ("7", "-2", "-4", "-1", "-4, -1"), ("-7", "-2", "3", "-1", "3, -1"),
        ("0", "-5", "0", "0", "0, 0"),
        ("10**20 + 7", "3", "33333333333333333335", "2", "33333333333333333335, 2"),
        ("-10**20 - 7", "3", "-33333333333333333336", "1", "-33333333333333333336, 1"),
        ("10**20 + 7", "-2**64", "-6", "-10680464442257309689", "-6, -10680464442257309689"),
        ("-2**63", "-1", "9223372036854775808", "0", "9223372036854775808, 0"),
        ("123456789012345678901234567890", "-10**15 - 3", "-123456789012346", "-691469132469148", "-123456789012346, -691469132469148"),
        ("5", "0", "ZeroDivisionError: integer division or modulo by zero", "ZeroDivisionError: integer modulo by zero", "ZeroDivisionError: integer division or modulo by zero"),
        ("-10**30", "0", "ZeroDivisionError: integer division or modulo by zero", "ZeroDivisionError: integer modulo by zero", "ZeroDivisionError: integer division or modulo by zero"),
        ("1", "-10**40", "-1", "-9999999999999999999999999999999999999999", "-1, -9999999999999999999999999999999999999999"),
    ];

    #[rustfmt::skip]
    const TRUE_DIVISION: &[(&str, &str, &str)] = &[
        ("1", "3", "0.3333333333333333"), ("7", "-2", "-3.5"), ("-1", "10**400", "-0.0"),
        ("0", "-5", "-0.0"), ("10**400", "10**399", "10.0"),
        ("10**400", "3", "OverflowError: integer division result too large for a float"),
        ("2**1024 - 2**970", "1", "OverflowError: integer division result too large for a float"),
        ("2**1024 - 2**970 - 1", "1", "1.7976931348623157e+308"), ("1", "2**1074", "5e-324"),
        ("1", "2**1075", "0.0"), ("3", "2**1076", "5e-324"),
        ("2**53 + 1", "1", "9007199254740992.0"), ("-2**53 - 3", "2", "-4503599627370498.0"),
        ("123456789012345678901234567890", "987654321", "1.249999988734375e+20"),
        ("10**30", "7 * 10**20", "1428571428.5714285"),
        ("1", "0", "ZeroDivisionError: division by zero"),
        ("-10**20", "-0", "ZeroDivisionError: division by zero"),
    ];

    #[rustfmt::skip]
    const POWERS: &[(&str, &str, &str)] = &[
        ("2", "10", "1024"), ("-2", "63", "-9223372036854775808"),
        ("-2", "64", "18446744073709551616"),
        ("3", "100", "515377520732011331036461129765621272702107522001"),
        ("-1", "10**30 + 1", "-1"), ("-1", "10**30", "1"), ("0", "0", "1"), ("0", "5", "0"),
        ("1", "10**30", "1"), ("2", "-1", "0.5"), ("2", "-10000", "0.0"),
        ("0", "-1", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-2", "-3", "-0.125"),
        ("10**400", "-1", "OverflowError: int too large to convert to float"), ("7", "0", "1"),
        ("10**20", "3", "1000000000000000000000000000000000000000000000000000000000000"),
        ("-3", "-2", "0.1111111111111111"),
    ];

    #[rustfmt::skip]
    const MODULAR_POWERS: &[(&str, &str, &str, &str)] = &[
        ("2", "-1", "4", "ValueError: base is not invertible for the given modulus"),
        ("2", "3", "0", "ValueError: pow() 3rd argument cannot be 0"), ("2", "3", "-5", "-2"),
        ("2", "-1", "1", "0"), ("0", "-1", "1", "0"), ("3", "-1", "-7", "-2"),
        ("-3", "-2", "7", "4"), ("0", "0", "-3", "-2"), ("5", "0", "1", "0"),
        ("0", "-1", "5", "ValueError: base is not invertible for the given modulus"),
        ("10**30", "-3", "10**20 + 39", "71165617108997553888"),
        ("7", "10**50", "10**40 + 7", "6102609764828473640659970980388483007678"),
        ("-5", "3", "13", "5"), ("4", "10", "-1", "0"),
    ];

    #[rustfmt::skip]
    const SHIFTS: &[(&str, &str, &str, &str)] = &[
        ("1", "100", "1267650600228229401496703205376", "0"), ("-5", "3", "-40", "-1"),
        ("5", "-1", "ValueError: negative shift count", "ValueError: negative shift count"),
        ("0", "10**20", "0", "0"),
        ("1", "10**20", "OverflowError: too many digits in integer", "0"), ("-5", "1", "-10", "-3"),
        ("-5", "10**20", "OverflowError: too many digits in integer", "-1"),
        ("10**30", "50", "1125899906842624000000000000000000000000000000", "888178419700125"),
        ("-10**30", "50", "-1125899906842624000000000000000000000000000000", "-888178419700126"),
        ("-1", "100", "-1267650600228229401496703205376", "-1"), ("7", "0", "7", "7"),
        ("-2**64 - 1", "64", "-340282366920938463481821351505477763072", "-2"),
    ];

    #[rustfmt::skip]
    const BITWISE: &[(&str, &str, &str, &str, &str, &str)] = &[
        ("-5", "3", "3", "-5", "-8", "4"), ("-5", "-3", "-7", "-1", "6", "4"),
        ("5", "-3", "5", "-3", "-8", "-6"),
        ("2**70 + 5", "-2**65 - 1", "1180591620717411303429", "-36893488147419103233", "-1217485108864830406662", "-1180591620717411303430"),
        ("-2**70", "2**70 - 1", "0", "-1", "-1", "1180591620717411303423"),
        ("0", "-1", "0", "-1", "-1", "-1"),
        ("123456789012345678901234567890", "-987654321", "123456789012345678901064827458", "-817913889", "-123456789012345678901882741347", "-123456789012345678901234567891"),
    ];

    #[rustfmt::skip]
    const BIT_COUNTS: &[(&str, &str, &str)] = &[
        ("0", "0", "0"), ("1", "1", "1"), ("-1", "1", "1"), ("5", "3", "2"), ("-5", "3", "2"),
        ("255", "8", "8"), ("-256", "9", "1"), ("2**64", "65", "1"), ("-2**64 + 1", "64", "64"),
        ("10**30", "100", "37"),
    ];

    #[rustfmt::skip]
    const INT_TO_FLOAT: &[(&str, &str)] = &[
        ("2**53 + 1", "9007199254740992.0"), ("-2**53 - 1", "-9007199254740992.0"),
        ("2**64 - 1", "1.8446744073709552e+19"),
        ("2**1024 - 2**970 - 1", "1.7976931348623157e+308"),
        ("2**1024 - 2**970", "OverflowError: int too large to convert to float"),
        ("-2**1024", "OverflowError: int too large to convert to float"), ("10**22", "1e+22"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ("2**64 + 2**11 + 1", "1.8446744073709556e+19"),
        ("2**64 + 2**11", "1.8446744073709552e+19"),
    ];

    #[rustfmt::skip]
    const FLOAT_TO_INT: &[(&str, &str)] = &[
        ("1.5", "1"), ("-2.5", "-2"), ("-0.0", "0"),
        ("1e100", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        ("-9.223372036854775808e18", "-9223372036854775808"),
        ("9.223372036854775808e18", "9223372036854775808"),
        ("inf", "OverflowError: cannot convert float infinity to integer"),
        ("nan", "ValueError: cannot convert float NaN to integer"), ("5e-324", "0"),
    ];

    #[rustfmt::skip]
    const INT_FLOAT_COMPARISONS: &[(&str, &str, &str)] = &[
        ("2**53 + 1", "9007199254740992.0", "Some(Greater)"),
        ("2**53", "9007199254740992.0", "Some(Equal)"), ("10**400", "inf", "Some(Less)"),
        ("-10**400", "-1e308", "Some(Less)"), ("3", "3.5", "Some(Less)"),
        ("-3", "-2.5", "Some(Less)"), ("5", "5.0", "Some(Equal)"), ("5", "nan", "None"),
        ("2**63", "9.223372036854775808e18", "Some(Equal)"),
        ("2**63 + 1", "9.223372036854775808e18", "Some(Greater)"),
        ("-2**63", "-9.223372036854775808e18", "Some(Equal)"), ("10**30", "1e30", "Some(Less)"),
        ("2**100", "1.2676506002282294e30", "Some(Equal)"), ("0", "-0.0", "Some(Equal)"),
        ("2**1024", "1.7976931348623157e308", "Some(Greater)"),
    ];

    #[rustfmt::skip]
    const PARSE_INT: &[(&str, &str, &str)] = &[
        ("  +42  ", "10", "42"), ("1_000_000", "10", "1000000"),
        ("1__0", "10", "ValueError: invalid literal for int() with base 10: '1__0'"),
        ("_1", "10", "ValueError: invalid literal for int() with base 10: '_1'"),
        ("", "10", "ValueError: invalid literal for int() with base 10: ''"),
        ("- 1", "10", "ValueError: invalid literal for int() with base 10: '- 1'"),
        ("+-1", "10", "ValueError: invalid literal for int() with base 10: '+-1'"),
        ("0b101", "0", "5"), ("0B1_0", "0", "2"),
        ("0b_", "2", "ValueError: invalid literal for int() with base 2: '0b_'"),
        ("0x_1f", "16", "31"),
        ("0x__1f", "16", "ValueError: invalid literal for int() with base 16: '0x__1f'"),
        ("0b1", "16", "177"), ("-0o777", "0", "-511"),
        ("010", "0", "ValueError: invalid literal for int() with base 0: '010'"), ("0_0", "0", "0"),
        ("00_1", "0", "ValueError: invalid literal for int() with base 0: '00_1'"),
        ("z", "36", "35"), ("10", "37", "ValueError: int() base must be >= 2 and <= 36, or 0"),
        ("10", "-1", "ValueError: int() base must be >= 2 and <= 36, or 0"), ("١٢٣", "10", "123"),
        ("\u{a0}5\u{3000}", "10", "5"),
        ("\u{1c}5", "10", "ValueError: invalid literal for int() with base 10: '\\x1c5'"),
        ("1\u{0}2", "10", "ValueError: invalid literal for int() with base 10: '1\\x002'"),
        ("abñ", "16", "ValueError: invalid literal for int() with base 16: 'abñ'"),
        ("9999999999999999999999999", "10", "9999999999999999999999999"),
        ("-0xffffffffffffffffffff", "0", "-1208925819614629174706175"),
        ("it's", "10", "ValueError: invalid literal for int() with base 10: \"it's\""),
    ];

    #[rustfmt::skip]
    const PARSE_FLOAT: &[(&str, &str)] = &[
        ("1.5", "1.5"), (" -1.5e3 ", "-1500.0"), ("1_000.000_1", "1000.0001"),
        ("1__0", "ValueError: could not convert string to float: '1__0'"),
        ("_1", "ValueError: could not convert string to float: '_1'"),
        ("1_.5", "ValueError: could not convert string to float: '1_.5'"),
        ("1e1_0", "10000000000.0"),
        ("1_e10", "ValueError: could not convert string to float: '1_e10'"), (".5", "0.5"),
        ("5.", "5.0"), (".", "ValueError: could not convert string to float: '.'"),
        ("1e", "ValueError: could not convert string to float: '1e'"), ("5.e3", "5000.0"),
        ("+.5e-3", "0.0005"), ("inf", "inf"), ("iNfInItY", "inf"), ("+nan", "nan"),
        ("infinit", "ValueError: could not convert string to float: 'infinit'"), ("1e400", "inf"),
        ("1e-400", "0.0"), ("-1e-400", "-0.0"),
        ("0x10", "ValueError: could not convert string to float: '0x10'"), ("١.٥", "1.5"),
        ("\u{85}1.5\u{3000}", "1.5"),
        ("1.5\u{0}", "ValueError: could not convert string to float: '1.5\\x00'"),
        ("não", "ValueError: could not convert string to float: 'não'"),
        ("", "ValueError: could not convert string to float: ''"),
        ("2.4703282292062328e-324", "5e-324"),
        ("1.7976931348623158e308", "1.7976931348623157e+308"),
        ("123456789012345678901234567890", "1.2345678901234568e+29"),
    ];

    #[rustfmt::skip]
    const INT_TO_BASE: &[(&str, &str, &str, &str, &str)] = &[
        ("0", "0b0", "0o0", "0x0", "0"), ("5", "0b101", "0o5", "0x5", "5"),
        ("-5", "-0b101", "-0o5", "-0x5", "-5"), ("255", "0b11111111", "0o377", "0xff", "255"),
        ("-256", "-0b100000000", "-0o400", "-0x100", "-256"),
        ("2**64", "0b10000000000000000000000000000000000000000000000000000000000000000", "0o2000000000000000000000", "0x10000000000000000", "18446744073709551616"),
        ("-10**20", "-0b1010110101111000111010111100010110101100011000100000000000000000000", "-0o12657072742654304000000", "-0x56bc75e2d63100000", "-100000000000000000000"),
    ];

    #[rustfmt::skip]
    const INT_HASHES: &[(&str, &str)] = &[
        ("0", "0"), ("1", "1"), ("-1", "-2"), ("-2", "-2"), ("2**61 - 2", "2305843009213693950"),
        ("2**61 - 1", "0"), ("2**61", "1"), ("-2**61", "-2"), ("2**64 + 5", "13"),
        ("-2**64 - 5", "-13"), ("10**30", "465258685558744706"), ("-10**30", "-465258685558744706"),
        ("2**63 - 1", "3"), ("-2**63", "-4"),
    ];

    #[rustfmt::skip]
    const FLOAT_HASHES: &[(&str, &str)] = &[
        ("0.0", "0"), ("-0.0", "0"), ("1.0", "1"), ("-1.0", "-2"), ("1.5", "1152921504606846977"),
        ("-1.5", "-1152921504606846977"), ("0.1", "230584300921369408"),
        ("-0.1", "-230584300921369408"), ("1e300", "1224995262755759164"), ("5e-324", "16777216"),
        ("2.2250738585072014e-308", "32768"), ("1.7976931348623157e308", "2234066890152476671"),
        ("inf", "314159"), ("-inf", "-314159"), ("2305843009213693951.0", "1"),
        ("123456.789", "1819310134279660096"), ("1e-300", "482449582752280463"),
        ("3.141592653589793", "326490430436040707"),
    ];

    #[rustfmt::skip]
    const TUPLE_HASHES: &[(&str, &str)] = &[
        ("", "5740354900026072187"), ("1 2", "-3550055125485641917"), ("-2", "8078679518589016365"),
        ("-2", "8078679518589016365"), ("1 2 3 4 5", "-5659871693760987716"),
        ("2305843009213693950 -2305843009213693950", "-7297791831364257745"),
        ("0", "-8753497827991233192"),
    ];

    #[rustfmt::skip]
    const ROUND_FLOAT: &[(&str, &str, &str)] = &[
        ("inf", "None", "OverflowError: cannot convert float infinity to integer"),
        ("nan", "None", "ValueError: cannot convert float NaN to integer"), ("inf", "2", "inf"),
        ("nan", "0", "nan"), ("2.5", "None", "2"), ("-2.5", "None", "-2"), ("-0.4", "None", "0"),
        ("-0.4", "0", "-0.0"), ("1.5", "0", "2.0"), ("2.675", "2", "2.67"), ("0.125", "2", "0.12"),
        ("1.7976931348623157e308", "-308", "OverflowError: rounded value too large to represent"),
        ("1.5e308", "-308", "OverflowError: rounded value too large to represent"),
        ("123.456", "-1", "120.0"), ("125.0", "-1", "120.0"), ("-125.0", "-1", "-120.0"),
        ("5e-324", "400", "5e-324"), ("5e-324", "323", "0.0"), ("1.23", "-400", "0.0"),
        ("-1.23", "-400", "-0.0"), ("1e300", "-300", "1e+300"), ("-0.0", "3", "-0.0"),
        ("4503599627370497.0", "None", "4503599627370497"), ("0.49999999999999994", "None", "0"),
        ("1e100", "None", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104"),
        ("1.005", "2", "1.0"), ("-0.001", "1", "-0.0"), ("1e22", "-22", "1e+22"),
        ("5e22", "-23", "0.0"), ("2.5", "9223372036854775807", "2.5"),
        ("2.5", "-9223372036854775808", "0.0"),
    ];

    #[rustfmt::skip]
    const ROUND_INT: &[(&str, &str, &str)] = &[
        ("125", "-1", "120"), ("135", "-1", "140"), ("-125", "-1", "-120"), ("-135", "-1", "-140"),
        ("5", "-1", "0"), ("15", "-1", "20"), ("5", "-2", "0"),
        ("123456789012345678901234567890", "-10", "123456789012345678900000000000"),
        ("5", "2", "5"),
        ("10**50 + 5 * 10**20", "-21", "100000000000000000000000000000000000000000000000000"),
        ("-10**50 - 5 * 10**20", "-21", "-100000000000000000000000000000000000000000000000000"),
        ("7", "-400", "0"), ("5 * 10**99", "-100", "0"),
        ("15 * 10**99", "-100", "20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("25 * 10**99", "-100", "20000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("0", "-5", "0"), ("-7", "0", "-7"),
    ];

    #[rustfmt::skip]
    const FLOAT_DIVISION: &[(&str, &str, &str, &str, &str, &str)] = &[
        ("7.5", "-2.0", "-4.0", "-0.5", "-4.0, -0.5", "-3.75"),
        ("-7.5", "2.0", "-4.0", "0.5", "-4.0, 0.5", "-3.75"),
        ("-0.0", "5.0", "-0.0", "0.0", "-0.0, 0.0", "-0.0"),
        ("0.0", "-5.0", "-0.0", "-0.0", "-0.0, -0.0", "-0.0"),
        ("5.0", "inf", "0.0", "5.0", "0.0, 5.0", "0.0"),
        ("-5.0", "inf", "-1.0", "inf", "-1.0, inf", "-0.0"),
        ("inf", "1.0", "nan", "nan", "nan, nan", "inf"),
        ("1.0", "nan", "nan", "nan", "nan, nan", "nan"),
        ("0.0", "-1.0", "-0.0", "-0.0", "-0.0, -0.0", "-0.0"),
        ("1.0", "0.0", "ZeroDivisionError: float floor division by zero", "ZeroDivisionError: float modulo", "ZeroDivisionError: float divmod()", "ZeroDivisionError: float division by zero"),
        ("1e308", "1e-308", "inf", "3.498445546245627e-309", "inf, 3.498445546245627e-309", "inf"),
    ];

    #[rustfmt::skip]
    const FLOAT_POWERS: &[(&str, &str, &str)] = &[
        ("2.0", "0.5", "1.4142135623730951"),
        ("-1.0", "0.5", "ValueError: negative number cannot be raised to a fractional power (complex numbers are not supported)"),
        ("0.0", "-1.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-0.0", "-3.0", "ZeroDivisionError: 0.0 cannot be raised to a negative power"),
        ("-0.0", "3.0", "-0.0"),
        ("2.0", "10000.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("-2.0", "10000.5", "ValueError: negative number cannot be raised to a fractional power (complex numbers are not supported)"),
        ("-8.0", "0.3333333333333333", "ValueError: negative number cannot be raised to a fractional power (complex numbers are not supported)"),
        ("-2.0", "-3.0", "-0.125"), ("-inf", "3.0", "-inf"), ("-inf", "-3.0", "-0.0"),
        ("1.0", "nan", "1.0"), ("nan", "0.0", "1.0"), ("-1.0", "1e300", "1.0"),
        ("-1.0", "inf", "1.0"), ("2.0", "-1075.0", "0.0"),
        ("2.0", "1024.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("-10.0", "309.0", "OverflowError: (34, 'Numerical result out of range')"),
        ("inf", "-0.5", "0.0"), ("1.1", "2.2", "1.2332863005546628"),
    ];

    #[rustfmt::skip]
    const INTEGER_RATIOS: &[(&str, &str, &str)] = &[
        ("2.0", "2, 1", "true"), ("0.1", "3602879701896397, 36028797018963968", "false"),
        ("-0.0", "0, 1", "true"), ("-1.5", "-3, 2", "false"),
        ("1e100", "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104, 1", "true"),
        ("1e-5", "5902958103587057, 590295810358705651712", "false"),
        ("inf", "OverflowError: cannot convert Infinity to integer ratio", "false"),
        ("nan", "ValueError: cannot convert NaN to integer ratio", "false"),
        ("-inf", "OverflowError: cannot convert Infinity to integer ratio", "false"),
    ];

    #[test]
    fn floor_division_and_modulo() {
        for &(a, b, quotient, remainder, both) in DIVISION {
            let (x, y) = (int(a), int(b));
            assert_eq!(show(int_floordiv(&x, &y), |v| v.to_string()), quotient, "{a} // {b}");
            assert_eq!(show(int_mod(&x, &y), |v| v.to_string()), remainder, "{a} % {b}");
            assert_eq!(show(int_divmod(&x, &y), pair), both, "divmod({a}, {b})");
            if let (Some(x), Some(y)) = (x.to_i64(), y.to_i64()) {
                let fast =
                    i64_floordiv(x, y).map(|q| q.map_or(quotient.to_string(), |q| q.to_string()));
                assert_eq!(show(fast, |v| v), quotient, "{a} // {b} (i64)");
                assert_eq!(show(i64_mod(x, y), |v| v.to_string()), remainder, "{a} % {b} (i64)");
            }
        }
        assert_eq!(i64_floordiv(i64::MIN, -1), Ok(None));
        assert_eq!(i64_mod(i64::MIN, -1), Ok(0));
    }

    #[test]
    fn true_division() {
        for &(a, b, expected) in TRUE_DIVISION {
            let (x, y) = (int(a), int(b));
            assert_eq!(show(int_truediv(&x, &y), float_repr), expected, "{a} / {b}");
            if let (Some(x), Some(y)) = (x.to_i64(), y.to_i64()) {
                assert_eq!(show(i64_truediv(x, y), float_repr), expected, "{a} / {b} (i64)");
            }
        }
    }

    #[test]
    fn powers() {
        for &(base, exp, expected) in POWERS {
            assert_eq!(show(int_pow(&int(base), &int(exp)), number), expected, "{base} ** {exp}");
        }
        for &(base, exp, modulus, expected) in MODULAR_POWERS {
            let result = int_pow_mod(&int(base), &int(exp), &int(modulus));
            assert_eq!(show(result, |v| v.to_string()), expected, "pow({base}, {exp}, {modulus})");
        }
        // CPython runs out of memory on these.
        assert_eq!(int_pow(&int("2"), &int("10**20")), Err(Raise::new(ExcKind::MemoryError, "")));
        assert_eq!(int_pow(&int("10"), &int("10**11")), Err(Raise::new(ExcKind::MemoryError, "")));
    }

    #[test]
    fn shifts_and_bitwise_operations() {
        for &(a, n, left, right) in SHIFTS {
            assert_eq!(show(int_lshift(&int(a), &int(n)), |v| v.to_string()), left, "{a} << {n}");
            assert_eq!(show(int_rshift(&int(a), &int(n)), |v| v.to_string()), right, "{a} >> {n}");
        }
        assert_eq!(int_lshift(&int("1"), &int("2**63")), Err(Raise::new(ExcKind::MemoryError, "")));
        for &(a, b, and, or, xor, invert) in BITWISE {
            let (x, y) = (int(a), int(b));
            assert_eq!(int_and(&x, &y).to_string(), and, "{a} & {b}");
            assert_eq!(int_or(&x, &y).to_string(), or, "{a} | {b}");
            assert_eq!(int_xor(&x, &y).to_string(), xor, "{a} ^ {b}");
            assert_eq!(int_invert(&x).to_string(), invert, "~{a}");
        }
        for &(a, length, count) in BIT_COUNTS {
            assert_eq!(int_bit_length(&int(a)).to_string(), length, "({a}).bit_length()");
            assert_eq!(int_bit_count(&int(a)).to_string(), count, "({a}).bit_count()");
        }
    }

    #[test]
    fn int_float_conversions_and_comparisons() {
        for &(a, expected) in INT_TO_FLOAT {
            assert_eq!(show(int_to_f64(&int(a)), float_repr), expected, "float({a})");
        }
        for &(x, expected) in FLOAT_TO_INT {
            assert_eq!(show(f64_to_int(float(x)), |v| v.to_string()), expected, "int({x})");
        }
        for &(a, x, expected) in INT_FLOAT_COMPARISONS {
            assert_eq!(format!("{:?}", cmp_int_float(&int(a), float(x))), expected, "{a} vs {x}");
            if let Some(small) = int(a).to_i64() {
                assert_eq!(format!("{:?}", cmp_i64_float(small, float(x))), expected, "{a} vs {x}");
            }
        }
    }

    #[test]
    fn int_parsing_and_printing() {
        for &(text, base, expected) in PARSE_INT {
            let result = parse_int(text, base.parse().unwrap());
            assert_eq!(show(result, |v| v.to_string()), expected, "int({text:?}, {base})");
        }
        for &(a, bin, oct, hex, decimal) in INT_TO_BASE {
            let value = int(a);
            assert_eq!(int_to_base(&value, 2).unwrap(), bin);
            assert_eq!(int_to_base(&value, 8).unwrap(), oct);
            assert_eq!(int_to_base(&value, 16).unwrap(), hex);
            assert_eq!(int_to_base(&value, 10).unwrap(), decimal);
            assert_eq!(int_to_str(&value).unwrap(), decimal);
        }
        assert_eq!(decimal_digit('7'), Some(7));
        assert_eq!(decimal_digit('\u{669}'), Some(9));
        assert_eq!(decimal_digit('\u{1D7CE}'), Some(0));
        assert_eq!(decimal_digit('x'), None);
        assert_eq!(decimal_digit('\u{2155}'), None);
    }

    #[test]
    fn int_str_digit_limit() {
        // Only the default limit is exercised: the setting is process-wide
        // and tests run in parallel.
        assert_eq!(int_max_str_digits(), DEFAULT_INT_MAX_STR_DIGITS);
        let too_long =
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
                        use sys.set_int_max_str_digits() to increase the limit";
        let to_int = |digits: usize| {
            "ValueError: Exceeds the limit (4300 digits) for integer string conversion: \
             value has DIGITS digits; use sys.set_int_max_str_digits() to increase the limit"
                .replace("DIGITS", &digits.to_string())
        };
        assert!(parse_int(&"1".repeat(4300), 10).is_ok());
        assert_eq!(show(parse_int(&"1".repeat(4301), 10), |v| v.to_string()), to_int(4301));
        assert_eq!(
            show(parse_int(&format!("{}x", "1".repeat(5000)), 0), |v| v.to_string()),
            to_int(5000)
        );
        assert_eq!(show(parse_int(&"1_2".repeat(2200), 36), |v| v.to_string()), to_int(4400));
        assert!(parse_int(&format!("0x{}", "f".repeat(5000)), 16).is_ok());
        assert!(parse_int(&"1".repeat(5000), 2).is_ok());
        assert_eq!(int_to_str(&int("10**4299")).unwrap().len(), 4300);
        assert_eq!(int_to_str(&int("-10**4300 + 1")).unwrap().len(), 4301);
        assert_eq!(show(int_to_str(&int("10**4300")), |v| v), too_long);
        assert_eq!(show(int_to_str(&int("-10**5000")), |v| v), too_long);
        assert_eq!(show(int_to_str(&int("2**100000")), |v| v), too_long);
        assert!(int_to_base(&int("10**5000"), 16).is_ok());
        for bad in [5, -1, 639] {
            assert_eq!(
                set_int_max_str_digits(bad),
                Err(Raise::new(ExcKind::ValueError, "maxdigits must be 0 or larger than 640"))
            );
        }
        assert_eq!(set_int_max_str_digits(4300), Ok(()));
    }

    #[test]
    fn float_parsing() {
        for &(text, expected) in PARSE_FLOAT {
            assert_eq!(show(parse_float(text), float_repr), expected, "float({text:?})");
        }
        let long = format!("could not convert string to float: '{}'", "x".repeat(300));
        assert_eq!(parse_float(&"x".repeat(300)), Err(Raise::new(ExcKind::ValueError, long)));
        let long = format!("invalid literal for int() with base 10: '{}", "x".repeat(199));
        assert_eq!(parse_int(&"x".repeat(300), 10), Err(Raise::new(ExcKind::ValueError, long)));
    }

    #[test]
    fn hashes() {
        for &(a, expected) in INT_HASHES {
            assert_eq!(hash_int(&int(a)).to_string(), expected, "hash({a})");
            if let Some(small) = int(a).to_i64() {
                assert_eq!(hash_i64(small).to_string(), expected, "hash({a}) (i64)");
            }
        }
        for &(x, expected) in FLOAT_HASHES {
            assert_eq!(hash_float(float(x), 0).to_string(), expected, "hash({x})");
        }
        assert_eq!(hash_float(f64::NAN, 77), 77);
        for &(items, expected) in TUPLE_HASHES {
            let lanes: Vec<i64> = items.split_whitespace().map(|h| h.parse().unwrap()).collect();
            assert_eq!(hash_tuple(&lanes).to_string(), expected, "hash(({items}))");
        }
    }

    #[test]
    fn rounding() {
        for &(x, ndigits, expected) in ROUND_FLOAT {
            let ndigits = if ndigits == "None" { None } else { Some(ndigits.parse().unwrap()) };
            assert_eq!(
                show(round_float(float(x), ndigits), number),
                expected,
                "round({x}, {ndigits:?})"
            );
        }
        for &(a, ndigits, expected) in ROUND_INT {
            assert_eq!(
                round_int(&int(a), ndigits.parse().unwrap()).to_string(),
                expected,
                "round({a}, {ndigits})"
            );
        }
    }

    #[test]
    fn float_arithmetic() {
        for &(a, b, floordiv, modulo, both, quotient) in FLOAT_DIVISION {
            let (x, y) = (float(a), float(b));
            assert_eq!(show(float_floordiv(x, y), float_repr), floordiv, "{a} // {b}");
            assert_eq!(show(float_mod(x, y), float_repr), modulo, "{a} % {b}");
            assert_eq!(show(float_divmod(x, y), float_pair), both, "divmod({a}, {b})");
            assert_eq!(show(float_truediv(x, y), float_repr), quotient, "{a} / {b}");
        }
        for &(a, b, expected) in FLOAT_POWERS {
            assert_eq!(show(float_pow(float(a), float(b)), float_repr), expected, "{a} ** {b}");
        }
        for &(x, ratio, integral) in INTEGER_RATIOS {
            assert_eq!(
                show(float_as_integer_ratio(float(x)), pair),
                ratio,
                "({x}).as_integer_ratio()"
            );
            assert_eq!(float_is_integer(float(x)).to_string(), integral, "({x}).is_integer()");
        }
    }
}
