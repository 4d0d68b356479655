//! The `math` module: constants and the common functions, with CPython's
//! domain errors (`ValueError: math domain error`) and integer results for
//! floor/ceil/trunc/gcd/factorial/comb/perm/isqrt.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::runtime::args::Clinic;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, as_float, big, float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::type_name;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, raise_named, PyResult};

/// Checks a math function's argument count. A one-argument function is
/// named with its module (`math.sqrt() takes exactly one argument`), as
/// CPython names its METH_O functions; the others are not.
fn count(func: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    if (min, max) == (1, 1) && given != 1 {
        return crate::runtime::args::count(&format!("math.{func}"), given, min, max);
    }
    crate::runtime::args::count(func, given, min, max)
}

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

/// An int argument (`__index__` honoured, as CPython's `PyNumber_Index`).
fn int_arg(v: Value) -> PyResult<BigInt> {
    Ok(as_bigint(crate::runtime::ops::index_int(v)?))
}

/// Refuses keyword arguments, naming the function as CPython does
/// (`math.sqrt() takes no keyword arguments`).
fn no_kw(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        return Ok(());
    }
    raise_named("TypeError", format!("math.{name}() takes no keyword arguments"))
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
        fn $name(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            no_kw($py, kwnames)?;
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
        fn $name(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            no_kw($py, kwnames)?;
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
unary_poles!(m_gamma, "gamma", super::gamma::gamma, |x| x == x.floor() && x <= 0.0 || x == f64::NEG_INFINITY);
unary_poles!(m_lgamma, "lgamma", super::gamma::lgamma, |x| x.is_finite() && x == x.floor() && x <= 0.0);

fn m_frexp(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("frexp", kwnames)?;
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

fn m_ldexp(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("ldexp", kwnames)?;
    count("ldexp", args.len(), 2, 2)?;
    let x = f(args[0])?;
    // An int exactly (no `__index__`), as CPython checks it.
    if !is_int(args[1]) {
        return raise_named("TypeError", "Expected an int as second argument to ldexp.");
    }
    let e = as_bigint(args[1]);
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

fn m_remainder(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("remainder", kwnames)?;
    count("remainder", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    if x.is_infinite() && !y.is_nan() || y == 0.0 && !x.is_nan() {
        return domain();
    }
    // SAFETY: as above.
    Ok(float(unsafe { remainder(x, y) }))
}

fn m_nextafter(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("nextafter", kwnames)?;
    count("nextafter", args.len(), 2, 2)?;
    // SAFETY: as above.
    Ok(float(unsafe { nextafter(f(args[0])?, f(args[1])?) }))
}

fn m_ulp(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("ulp", kwnames)?;
    count("ulp", args.len(), 1, 1)?;
    let x = f(args[0])?.abs();
    if !x.is_finite() {
        return Ok(float(x));
    }
    // SAFETY: as above.
    let next = unsafe { nextafter(x, f64::INFINITY) };
    Ok(float(if next.is_infinite() { x - unsafe { nextafter(x, 0.0) } } else { next - x }))
}

fn m_dist(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("dist", kwnames)?;
    count("dist", args.len(), 2, 2)?;
    let p = crate::runtime::iterate::collect(args[0])?;
    let q = crate::runtime::iterate::collect(args[1])?;
    if p.len() != q.len() {
        return raise_named("ValueError", "both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (&a, &b) in p.iter().zip(&q) {
        diffs.push((f(a)? - f(b)?).abs());
    }
    Ok(float(vector_norm(&diffs)))
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
/// degrees/radians: a plain product, which CPython does not check for
/// overflow.
macro_rules! scale {
    ($name:ident, $py:literal, $op:expr) => {
        fn $name(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
            no_kw($py, kwnames)?;
            count($py, args.len(), 1, 1)?;
            let op: fn(f64) -> f64 = $op;
            Ok(float(op(f(args[0])?)))
        }
    };
}

scale!(m_degrees, "degrees", f64::to_degrees);
scale!(m_radians, "radians", f64::to_radians);

fn m_sqrt(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("sqrt", kwnames)?;
    count("sqrt", args.len(), 1, 1)?;
    let x = f(args[0])?;
    if x < 0.0 {
        return domain();
    }
    Ok(float(x.sqrt()))
}

fn m_log(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // log parses its arguments as a tuple in CPython, hence the bare name.
    crate::runtime::args::no_keywords("log", kwnames)?;
    if !(1..=2).contains(&args.len()) {
        return raise_named("TypeError", "math.log requires 1 to 2 arguments");
    }
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

fn m_log2(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("log2", kwnames)?;
    count("log2", args.len(), 1, 1)?;
    Ok(float(checked_log(args[0], f64::log2)?))
}

fn m_log10(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("log10", kwnames)?;
    count("log10", args.len(), 1, 1)?;
    Ok(float(checked_log(args[0], f64::log10)?))
}

fn m_pow(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("pow", kwnames)?;
    count("pow", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    if !x.is_finite() || !y.is_finite() {
        // C99's special cases (Annex F), which CPython spells out.
        let r = if x.is_nan() {
            if y == 0.0 { 1.0 } else { x }
        } else if y.is_nan() {
            if x == 1.0 { 1.0 } else { y }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y { x } else { x.abs() }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0) == (x.abs() > 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(float(r));
    }
    let r = x.powf(y);
    if r.is_nan() || r.is_infinite() && x == 0.0 {
        // A negative base to a non-integer power, or zero to a negative one.
        return domain();
    }
    if r.is_infinite() {
        return raise_named("OverflowError", "math range error");
    }
    Ok(float(r))
}

fn m_atan2(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("atan2", kwnames)?;
    count("atan2", args.len(), 2, 2)?;
    Ok(float(f(args[0])?.atan2(f(args[1])?)))
}

fn m_hypot(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("hypot", kwnames)?;
    let mut coords = Vec::with_capacity(args.len());
    for &a in args {
        coords.push(f(a)?.abs());
    }
    Ok(float(vector_norm(&coords)))
}

/// The Euclidean norm of non-negative coordinates as CPython's
/// `vector_norm` computes it (hypot and dist): scaled by a power of two,
/// the squares summed in extended precision (Dekker splits and a
/// compensated sum), then one Newton correction of the square root.
fn vector_norm(coords: &[f64]) -> f64 {
    let max = coords.iter().fold(0.0f64, |m, &x| if x > m { x } else { m });
    if max.is_infinite() {
        return max;
    }
    if coords.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    // frexp's exponent: max = m * 2**max_e with 0.5 <= m < 1.
    let max_e = if max < f64::MIN_POSITIVE {
        ((max * 2f64.powi(54)).to_bits() >> 52) as i64 - 1022 - 54
    } else {
        (max.to_bits() >> 52) as i64 - 1022
    };
    // The running sum and its compensation (the bits rounded off).
    let mut sum = (1.0f64, 0.0f64);
    let add = |sum: &mut (f64, f64), x: f64| {
        let old = sum.0;
        sum.0 += x;
        sum.1 += (old - sum.0) + x;
    };
    if max_e < -1023 {
        // 2**-max_e would overflow: the coordinates are divided by the
        // largest instead (less exact, as in CPython 3.11).
        for &x in coords.iter() {
            let r = x / max;
            add(&mut sum, r * r);
        }
        return max * (sum.0 - 1.0 + sum.1).sqrt();
    }
    let scale = crate::runtime::num_convert::ldexp(1.0, -max_e);
    // Splits x exactly in two halves of 26 bits (Veltkamp).
    let split = |x: f64| {
        let t = x * 134217729.0;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    for &x in coords.iter() {
        let (hi, lo) = split(x * scale);
        add(&mut sum, hi * hi);
        add(&mut sum, 2.0 * hi * lo);
        add(&mut sum, lo * lo);
    }
    let h = (sum.0 - 1.0 + sum.1).sqrt();
    let (hi, lo) = split(h);
    add(&mut sum, -hi * hi);
    add(&mut sum, -2.0 * hi * lo);
    add(&mut sum, -lo * lo);
    let x = sum.0 - 1.0 + sum.1;
    (h + x / (2.0 * h)) / scale
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

fn m_floor(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("floor", kwnames)?;
    to_int(args, "floor", f64::floor)
}

fn m_ceil(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("ceil", kwnames)?;
    to_int(args, "ceil", f64::ceil)
}

fn m_trunc(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("trunc", kwnames)?;
    to_int(args, "trunc", f64::trunc)
}

fn m_isnan(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("isnan", kwnames)?;
    count("isnan", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_nan()))
}

fn m_isinf(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("isinf", kwnames)?;
    count("isinf", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_infinite()))
}

fn m_isfinite(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("isfinite", kwnames)?;
    count("isfinite", args.len(), 1, 1)?;
    Ok(boolean(f(args[0])?.is_finite()))
}

fn m_isclose(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const ISCLOSE: Clinic<4> = Clinic { name: "isclose", params: ["a", "b", "rel_tol", "abs_tol"], posonly: 0, positional: 2, required: 2 };
    let [Some(a), Some(b), rel, abs] = ISCLOSE.parse(args, kwnames)? else { unreachable!("a and b are required") };
    let (a, b) = (f(a)?, f(b)?);
    let rel = rel.map_or(Ok(1e-9), f)?;
    let abs = abs.map_or(Ok(0.0), f)?;
    if rel < 0.0 || abs < 0.0 {
        return raise_named("ValueError", "tolerances must be non-negative");
    }
    if a == b {
        return Ok(boolean(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(boolean(false));
    }
    let diff = (b - a).abs();
    Ok(boolean(diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs))
}

fn m_gcd(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("gcd", kwnames)?;
    let mut g = BigInt::zero();
    for &a in args {
        g = gcd_of(g, int_arg(a)?);
    }
    Ok(big(g))
}

/// gcd(a, b), after one Euclid step that brings the larger operand down to
/// the size of the smaller: num-bigint's binary gcd takes time quadratic in
/// the larger one (a 3-million-bit number against 3 took seconds).
fn gcd_of(a: BigInt, b: BigInt) -> BigInt {
    let (large, small) = if a.bits() >= b.bits() { (a, b) } else { (b, a) };
    if small.is_zero() {
        return large.abs();
    }
    (large % &small).gcd(&small)
}

fn m_lcm(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("lcm", kwnames)?;
    let mut l = BigInt::one();
    for &a in args {
        // Every argument is converted, even after a zero settles the result.
        let x = int_arg(a)?;
        l = if l.is_zero() { l } else { l.lcm(&x) };
    }
    Ok(big(l.abs()))
}

fn m_factorial(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("factorial", kwnames)?;
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

fn m_isqrt(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("isqrt", kwnames)?;
    count("isqrt", args.len(), 1, 1)?;
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return raise_named("ValueError", "isqrt() argument must be nonnegative");
    }
    Ok(big(n.sqrt()))
}

fn m_comb(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("comb", kwnames)?;
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
    if k.to_i64().is_none() {
        return raise_named("OverflowError", format!("min(n - k, k) must not exceed {}", i64::MAX));
    }
    let mut acc = BigInt::one();
    let mut i = BigInt::zero();
    while i < k {
        acc = acc * (&n - &i) / (&i + 1);
        i += 1;
    }
    Ok(big(acc))
}

fn m_perm(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("perm", kwnames)?;
    count("perm", args.len(), 1, 2)?;
    let k = match args.get(1) {
        Some(&k) if k != crate::runtime::vm::none() => int_arg(k)?,
        // perm(n) is n!, with factorial's checks and messages.
        _ => return m_factorial(&args[..1], &[]),
    };
    let n = int_arg(args[0])?;
    if n.is_negative() {
        return raise_named("ValueError", "n must be a non-negative integer");
    }
    if k.is_negative() {
        return raise_named("ValueError", "k must be a non-negative integer");
    }
    if k > n {
        return Ok(big(BigInt::zero()));
    }
    if k.to_i64().is_none() {
        return raise_named("OverflowError", format!("k must not exceed {}", i64::MAX));
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
    const PROD: Clinic<2> = Clinic { name: "prod", params: ["iterable", "start"], posonly: 1, positional: 1, required: 1 };
    let [Some(iterable), start] = PROD.parse(args, kwnames)? else { unreachable!("the iterable is required") };
    let mut acc = start.unwrap_or(crate::runtime::number::int(1));
    // The items wait in a list: each product allocates.
    let items = crate::runtime::seq::new_list(crate::runtime::iterate::collect(iterable)?);
    for i in 0..crate::runtime::seq::list_items(items).len() {
        let v = crate::runtime::seq::list_items(items)[i];
        acc = crate::runtime::ops::binary(crate::syntax::ast::BinOp::Mul, acc, v)?;
    }
    Ok(acc)
}

fn m_fsum(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("fsum", kwnames)?;
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

fn m_copysign(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("copysign", kwnames)?;
    count("copysign", args.len(), 2, 2)?;
    Ok(float(f(args[0])?.copysign(f(args[1])?)))
}

fn m_fmod(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("fmod", kwnames)?;
    count("fmod", args.len(), 2, 2)?;
    let (x, y) = (f(args[0])?, f(args[1])?);
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain();
    }
    Ok(float(r))
}

fn m_modf(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_kw("modf", kwnames)?;
    count("modf", args.len(), 1, 1)?;
    let x = f(args[0])?;
    let i = x.trunc();
    let frac = if x.is_infinite() { 0.0 } else { x - i };
    Ok(crate::runtime::seq::new_tuple_from(&[float(frac.copysign(x)), float(i)]))
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
