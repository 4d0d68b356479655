//! The `math` module: constants and the common functions, with CPython's
//! domain errors (`ValueError: math domain error`) and integer results for
//! floor/ceil/trunc/gcd/factorial/comb/perm/isqrt.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::args::count;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, as_float, big, float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::type_name;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, raise_named, PyResult};

/// A float argument (ints convert, with OverflowError when too large).
fn f(v: Value) -> PyResult<f64> {
    match kind_of(v) {
        Kind::Float => Ok(as_float(v)),
        Kind::Int | Kind::Bool => crate::runtime::arith::int_to_f64(&as_bigint(v)),
        _ => {
            if let Some(m) = crate::runtime::class::lookup(crate::runtime::class::type_of(v), crate::sym!("__float__")) {
                let r = crate::runtime::call::call(m, &[v], &[])?;
                return f(r);
            }
            raise_named("TypeError", format!("must be real number, not {}", type_name(v)))
        }
    }
}

/// An int argument.
fn int_arg(v: Value) -> PyResult<BigInt> {
    if is_int(v) {
        Ok(as_bigint(v))
    } else {
        raise_named("TypeError", format!("'{}' object cannot be interpreted as an integer", type_name(v)))
    }
}

fn domain<T>() -> PyResult<T> {
    raise_named("ValueError", "math domain error")
}

/// Checks a float result: NaN from non-NaN input is a domain error, an
/// infinite result from finite input an overflow.
fn checked(x: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() {
        return domain();
    }
    if r.is_infinite() && x.is_finite() {
        return raise_named("OverflowError", "math range error");
    }
    Ok(float(r))
}

macro_rules! unary {
    ($name:ident, $py:literal, $op:expr) => {
        fn $name(args: &[Value], _: &[Value]) -> PyResult<Value> {
            count($py, args.len(), 1, 1)?;
            let x = f(args[0])?;
            let op: fn(f64) -> f64 = $op;
            checked(x, op(x))
        }
    };
}

// The C library's versions, which CPython calls too.
extern "C" {
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn tgamma(x: f64) -> f64;
    fn lgamma(x: f64) -> f64;
    fn nextafter(x: f64, y: f64) -> f64;
    fn remainder(x: f64, y: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
}

/// The C library's `cbrt`, looked up at run time: the Rust runtime links
/// its own `cbrt` into the executable, which rounds differently.
fn c_cbrt(x: f64) -> f64 {
    static CBRT: std::sync::OnceLock<Option<extern "C" fn(f64) -> f64>> = std::sync::OnceLock::new();
    let found = CBRT.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name; the symbol, when found,
        // is libm's `double cbrt(double)`.
        unsafe {
            let p = libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr());
            (!p.is_null()).then(|| std::mem::transmute::<*mut libc::c_void, extern "C" fn(f64) -> f64>(p))
        }
    });
    found.map_or_else(|| x.cbrt(), |f| f(x))
}

// SAFETY: as below.
unary!(m_asinh, "asinh", |x| unsafe { asinh(x) });
unary!(m_cbrt, "cbrt", c_cbrt);
unary!(m_expm1, "expm1", f64::exp_m1);
unary!(m_exp2, "exp2", f64::exp2);
// SAFETY: pure functions of the C math library.
unary!(m_erf, "erf", |x| unsafe { erf(x) });
// SAFETY: as above.
unary!(m_erfc, "erfc", |x| unsafe { erfc(x) });

/// A function whose poles and edges CPython reports as domain errors
/// (where the C function returns an infinity).
macro_rules! unary_poles {
    ($name:ident, $py:literal, $op:expr, $pole:expr) => {
        fn $name(args: &[Value], _: &[Value]) -> PyResult<Value> {
            count($py, args.len(), 1, 1)?;
            let x = f(args[0])?;
            let pole: fn(f64) -> bool = $pole;
            if pole(x) {
                return domain();
            }
            let op: fn(f64) -> f64 = $op;
            checked(x, op(x))
        }
    };
}

// SAFETY: as above.
unary_poles!(m_acosh, "acosh", |x| unsafe { acosh(x) }, |x| x < 1.0);
// SAFETY: as above.
unary_poles!(m_atanh, "atanh", |x| unsafe { atanh(x) }, |x| x.abs() >= 1.0);
unary_poles!(m_log1p, "log1p", f64::ln_1p, |x| x <= -1.0);
// SAFETY: as above.
unary_poles!(m_gamma, "gamma", |x| unsafe { tgamma(x) }, |x| x == x.floor() && x <= 0.0 || x == f64::NEG_INFINITY);
// SAFETY: as above.
unary_poles!(m_lgamma, "lgamma", |x| unsafe { lgamma(x) }, |x| x == x.floor() && x <= 0.0);

fn m_frexp(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("frexp", args.len(), 1, 1)?;
    let x = f(args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(crate::runtime::seq::new_tuple_from(&[float(x), Value::small_unchecked(0)]));
    }
    // Scale subnormals into the normal range first.
    let (x, bias) = if x.abs() < f64::MIN_POSITIVE { (x * 2f64.powi(54), -54) } else { (x, 0) };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64 - 1022;
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    Ok(crate::runtime::seq::new_tuple_from(&[float(mantissa), Value::small_unchecked(exp + bias)]))
}

fn m_ldexp(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("ldexp", args.len(), 2, 2)?;
    let x = f(args[0])?;
    let e = int_arg(args[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(float(x));
    }
    let e = e.to_i64().unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX }).clamp(-5000, 5000);
    let r = crate::runtime::num_convert::ldexp(x, e);
    if r.is_infinite() {
        return raise_named("OverflowError", "math range error");
    }
    Ok(float(r))
}

fn m_remainder(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("remainder", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    if x.is_infinite() && !y.is_nan() || y == 0.0 && !x.is_nan() {
        return domain();
    }
    // SAFETY: as above.
    Ok(float(unsafe { remainder(x, y) }))
}

fn m_nextafter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("nextafter", args.len(), 2, 2)?;
    // SAFETY: as above.
    Ok(float(unsafe { nextafter(f(args[0])?, f(args[1])?) }))
}

fn m_ulp(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("ulp", args.len(), 1, 1)?;
    let x = f(args[0])?.abs();
    if !x.is_finite() {
        return Ok(float(x));
    }
    // SAFETY: as above.
    let next = unsafe { nextafter(x, f64::INFINITY) };
    Ok(float(if next.is_infinite() { x - unsafe { nextafter(x, 0.0) } } else { next - x }))
}

fn m_dist(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("dist", args.len(), 2, 2)?;
    let p = crate::runtime::iterate::collect(args[0])?;
    let q = crate::runtime::iterate::collect(args[1])?;
    if p.len() != q.len() {
        return raise_named("ValueError", "both points must have the same number of dimensions");
    }
    let mut acc = 0.0f64;
    for (&a, &b) in p.iter().zip(&q) {
        acc = acc.hypot(f(a)? - f(b)?);
    }
    Ok(float(acc))
}

unary!(m_sin, "sin", f64::sin);
unary!(m_cos, "cos", f64::cos);
unary!(m_tan, "tan", f64::tan);
unary!(m_asin, "asin", f64::asin);
unary!(m_acos, "acos", f64::acos);
unary!(m_atan, "atan", f64::atan);
unary!(m_sinh, "sinh", f64::sinh);
unary!(m_cosh, "cosh", f64::cosh);
unary!(m_tanh, "tanh", f64::tanh);
unary!(m_exp, "exp", f64::exp);
unary!(m_fabs, "fabs", f64::abs);
unary!(m_degrees, "degrees", f64::to_degrees);
unary!(m_radians, "radians", f64::to_radians);

fn m_sqrt(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("sqrt", args.len(), 1, 1)?;
    let x = f(args[0])?;
    if x < 0.0 {
        return domain();
    }
    Ok(float(x.sqrt()))
}

fn m_log(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("log", args.len(), 1, 2)?;
    let num = checked_log(args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(float(num)),
        Some(&b) => {
            let den = checked_log(b, f64::ln)?;
            if den == 0.0 {
                return raise_named("ZeroDivisionError", "float division by zero");
            }
            Ok(float(num / den))
        }
    }
}

/// `log(v)` for a positive argument, as CPython's `loghelper`: an int too
/// big for a float is split as `m * 2**e` (`m` rounded to 53 bits, as
/// `_PyLong_Frexp`) and its log is `log(m) + log(2) * e`.
fn checked_log(v: Value, log: fn(f64) -> f64) -> PyResult<f64> {
    if is_int(v) {
        let b = as_bigint(v);
        if !b.is_positive() {
            return domain();
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(log(x));
        }
        let bits = b.bits();
        let top: BigInt = &b >> (bits - 64);
        // The bits shifted out decide a tie: a sticky low bit.
        let sticky = (&top << (bits - 64)) != b;
        let top = top.to_u64().unwrap_or(u64::MAX) | sticky as u64;
        let m = top as f64 / 2f64.powi(64);
        return Ok(log(m) + log(2.0) * bits as f64);
    }
    let x = f(v)?;
    if x <= 0.0 {
        return domain();
    }
    Ok(log(x))
}

fn m_log2(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("log2", args.len(), 1, 1)?;
    Ok(float(checked_log(args[0], f64::log2)?))
}

fn m_log10(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("log10", args.len(), 1, 1)?;
    Ok(float(checked_log(args[0], f64::log10)?))
}

fn m_pow(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("pow", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    if x == 0.0 && y < 0.0 {
        return domain();
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return domain();
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return raise_named("OverflowError", "math range error");
    }
    Ok(float(r))
}

fn m_atan2(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("atan2", args.len(), 2, 2)?;
    Ok(float(f(args[0])?.atan2(f(args[1])?)))
}

fn m_hypot(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for &a in args {
        let x = f(a)?;
        acc = acc.hypot(x);
    }
    Ok(float(acc))
}

/// floor/ceil/trunc: ints pass through, floats round to an int.
fn to_int(args: &[Value], name: &str, op: fn(f64) -> f64) -> PyResult<Value> {
    count(name, args.len(), 1, 1)?;
    let v = args[0];
    if is_int(v) {
        return Ok(big(as_bigint(v)));
    }
    let dunder = format!("__{name}__");
    if kind_of(v) != Kind::Float {
        if let Some(m) = crate::runtime::class::lookup(crate::runtime::class::type_of(v), crate::runtime::vm::intern(&dunder)) {
            return crate::runtime::call::call(m, &[v], &[]);
        }
    }
    let x = f(v)?;
    if x.is_nan() {
        return raise_named("ValueError", "cannot convert float NaN to integer");
    }
    if x.is_infinite() {
        return raise_named("OverflowError", "cannot convert float infinity to integer");
    }
    crate::runtime::vm::lift(crate::runtime::numeric::f64_to_int(op(x))).map(big)
}

fn m_floor(args: &[Value], _: &[Value]) -> PyResult<Value> {
    to_int(args, "floor", f64::floor)
}

fn m_ceil(args: &[Value], _: &[Value]) -> PyResult<Value> {
    to_int(args, "ceil", f64::ceil)
}

fn m_trunc(args: &[Value], _: &[Value]) -> PyResult<Value> {
    to_int(args, "trunc", f64::trunc)
}

fn m_isnan(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("isnan", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_nan()))
}

fn m_isinf(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("isinf", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_infinite()))
}

fn m_isfinite(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("isfinite", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_finite()))
}

fn m_isclose(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = crate::runtime::args::positional(args, kwnames);
    count("isclose", pos.len(), 2, 2)?;
    let rel = match crate::runtime::args::keyword(args, kwnames, "rel_tol") {
        Some(v) => f(v)?,
        None => 1e-9,
    };
    let abs = match crate::runtime::args::keyword(args, kwnames, "abs_tol") {
        Some(v) => f(v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return raise_named("ValueError", "tolerances must be non-negative");
    }
    let (a, b) = (f(pos[0])?, f(pos[1])?);
    if a == b {
        return Ok(boolean(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(boolean(false));
    }
    let diff = (b - a).abs();
    Ok(boolean(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn m_gcd(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut g = BigInt::zero();
    for &a in args {
        g = g.gcd(&int_arg(a)?);
    }
    Ok(big(g))
}

fn m_lcm(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut l = BigInt::one();
    for &a in args {
        let x = int_arg(a)?;
        if x.is_zero() {
            return Ok(big(BigInt::zero()));
        }
        l = l.lcm(&x);
    }
    Ok(big(l.abs()))
}

fn m_factorial(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("factorial", args.len(), 1, 1)?;
    if kind_of(args[0]) == Kind::Float {
        return raise_named("TypeError", "'float' object cannot be interpreted as an integer");
    }
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return raise_named("ValueError", "factorial() not defined for negative values");
    }
    let Some(n) = n.to_i64() else {
        return raise_named("OverflowError", format!("factorial() argument should not exceed {}", i64::MAX));
    };
    Ok(big(range_product(1, n as u64 + 1)))
}

/// The product of `lo..hi`, halving the range so that the big
/// multiplications pair numbers of like size (far faster than a running
/// product for large ranges).
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 16 {
        return (lo..hi).fold(BigInt::one(), |acc, i| acc * i);
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

fn m_isqrt(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("isqrt", args.len(), 1, 1)?;
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return raise_named("ValueError", "isqrt() argument must be nonnegative");
    }
    Ok(big(n.sqrt()))
}

fn m_comb(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("comb", args.len(), 2, 2)?;
    let (n, k) = (int_arg(args[0])?, int_arg(args[1])?);
    if n.is_negative() {
        return raise_named("ValueError", "n must be a non-negative integer");
    }
    if k.is_negative() {
        return raise_named("ValueError", "k must be a non-negative integer");
    }
    if k > n {
        return Ok(big(BigInt::zero()));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(big(acc))
}

fn m_perm(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("perm", args.len(), 1, 2)?;
    let n = int_arg(args[0])?;
    let k = match args.get(1) {
        Some(&k) if k != crate::runtime::vm::none() => int_arg(k)?,
        _ => n.clone(),
    };
    if n.is_negative() {
        return raise_named("ValueError", "n must be a non-negative integer");
    }
    if k.is_negative() {
        return raise_named("ValueError", "k must be a non-negative integer");
    }
    if k > n {
        return Ok(big(BigInt::zero()));
    }
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        acc *= &n - &i;
        i += 1;
    }
    Ok(big(acc))
}

fn m_prod(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = crate::runtime::args::positional(args, kwnames);
    count("prod", pos.len(), 1, 1)?;
    let mut acc = crate::runtime::args::keyword(args, kwnames, "start").unwrap_or(crate::runtime::number::int(1));
    for v in crate::runtime::iterate::collect(pos[0])? {
        acc = crate::runtime::ops::binary(crate::syntax::ast::BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}

fn m_fsum(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("fsum", args.len(), 1, 1)?;
    // Shewchuk's exact partial sums, as CPython's fsum: infinities and
    // NaNs are summed apart, a finite overflow is an error, and the
    // partials are added from the top with round-half-even at the end.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    for v in crate::runtime::iterate::collect(args[0])? {
        let given = f(v)?;
        let mut x = given;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if given.is_finite() {
                    return raise_named("OverflowError", "intermediate overflow in fsum");
                }
                if given.is_infinite() {
                    inf_sum += given;
                }
                special_sum += given;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return raise_named("ValueError", "-inf + inf in fsum");
        }
        return Ok(float(special_sum));
    }
    let Some(mut hi) = partials.pop() else { return Ok(float(0.0)) };
    let mut lo = 0.0;
    while let Some(y) = partials.pop() {
        let x = hi;
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    if let Some(&next) = partials.last() {
        if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(float(hi))
}

fn m_copysign(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("copysign", args.len(), 2, 2)?;
    Ok(float(f(args[0])?.copysign(f(args[1])?)))
}

fn m_fmod(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("fmod", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    if y == 0.0 && !x.is_nan() {
        return domain();
    }
    Ok(float(x % y))
}

fn m_modf(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("modf", args.len(), 1, 1)?;
    let x = f(args[0])?;
    let i = x.trunc();
    Ok(crate::runtime::seq::new_tuple_from(&[float((x - i).copysign(x)), float(i)]))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", m_sqrt),
    ("sin", m_sin),
    ("cos", m_cos),
    ("tan", m_tan),
    ("asin", m_asin),
    ("acos", m_acos),
    ("atan", m_atan),
    ("atan2", m_atan2),
    ("sinh", m_sinh),
    ("cosh", m_cosh),
    ("tanh", m_tanh),
    ("exp", m_exp),
    ("log", m_log),
    ("log2", m_log2),
    ("log10", m_log10),
    ("pow", m_pow),
    ("fabs", m_fabs),
    ("hypot", m_hypot),
    ("degrees", m_degrees),
    ("radians", m_radians),
    ("floor", m_floor),
    ("ceil", m_ceil),
    ("trunc", m_trunc),
    ("isnan", m_isnan),
    ("isinf", m_isinf),
    ("isfinite", m_isfinite),
    ("isclose", m_isclose),
    ("gcd", m_gcd),
    ("lcm", m_lcm),
    ("factorial", m_factorial),
    ("isqrt", m_isqrt),
    ("comb", m_comb),
    ("perm", m_perm),
    ("prod", m_prod),
    ("fsum", m_fsum),
    ("copysign", m_copysign),
    ("fmod", m_fmod),
    ("modf", m_modf),
    ("asinh", m_asinh),
    ("acosh", m_acosh),
    ("atanh", m_atanh),
    ("cbrt", m_cbrt),
    ("expm1", m_expm1),
    ("exp2", m_exp2),
    ("log1p", m_log1p),
    ("erf", m_erf),
    ("erfc", m_erfc),
    ("gamma", m_gamma),
    ("lgamma", m_lgamma),
    ("frexp", m_frexp),
    ("ldexp", m_ldexp),
    ("remainder", m_remainder),
    ("nextafter", m_nextafter),
    ("ulp", m_ulp),
    ("dist", m_dist),
];

/// Creates the `math` module.
pub fn create() -> Value {
    let m = new_module("math", "", &[]);
    for &(name, func) in FUNCTIONS {
        set_global(m, name, new_builtin(name, func));
    }
    set_global(m, "pi", float(std::f64::consts::PI));
    set_global(m, "e", float(std::f64::consts::E));
    set_global(m, "tau", float(std::f64::consts::TAU));
    set_global(m, "inf", float(f64::INFINITY));
    set_global(m, "nan", float(f64::NAN));
    m
}
