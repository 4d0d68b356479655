//! The `random` module: the class `Random`, whose instances each own a
//! Mersenne Twister (`modules/random.rs` reproduces CPython's generator and
//! algorithms bit for bit), and, as in CPython, module functions that are
//! the bound methods of one hidden instance.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use num_bigint::BigInt;

use super::random::MersenneTwister;
use crate::runtime::args::{count, keyword, no_keywords, positional, python_bind, python_method_count};
use crate::runtime::class::{new_native_class, set_class_methods};
use crate::runtime::function::{bind_builtin, new_builtin, NativeFn};
use crate::runtime::instance::new_instance;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, as_float, as_i64, big, float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::{self, type_name};
use crate::runtime::seq::{list_items, new_list};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{keep, lift, none, raise_named, vm, PyResult};
use crate::syntax::ast::BinOp;

thread_local! {
    /// The generator of each live `Random` instance, by its address (a
    /// compact instance has no room for one; a heap forgetter drops dead
    /// ones).
    static GENERATORS: RefCell<HashMap<usize, MersenneTwister>> = {
        crate::runtime::heap::add_forgetter(forget_dead);
        RefCell::new(HashMap::new())
    };
    /// The `Random` class, once made.
    static RANDOM: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// Drops the generators of instances about to be freed.
fn forget_dead(is_marked: &dyn Fn(Value) -> bool) {
    GENERATORS.with(|g| g.borrow_mut().retain(|&addr, _| is_marked(Value(addr as u64))));
}

/// Runs `f` with the generator of `Random` instance `me` (one seeded from
/// the OS when `__init__` has not run, as for a subclass that skips it).
fn with<R>(me: Value, f: impl FnOnce(&mut MersenneTwister) -> R) -> R {
    GENERATORS.with(|g| f(g.borrow_mut().entry(me.0 as usize).or_insert_with(MersenneTwister::new)))
}

/// Splits a method's arguments into its `Random` receiver and the rest.
fn this<'a>(name: &str, args: &'a [Value]) -> PyResult<(Value, &'a [Value])> {
    match args.split_first() {
        Some((&me, rest)) if crate::runtime::class::isinstance(me, RANDOM.with(|c| c.get())) => Ok((me, rest)),
        Some((&other, _)) => raise_named(
            "TypeError",
            format!("descriptor '{name}' for 'Random' objects doesn't apply to a '{}' object", type_name(other)),
        ),
        None => raise_named("TypeError", format!("unbound method Random.{name}() needs an argument")),
    }
}

/// An int argument, through `__index__` (`operator.index` in random.py).
fn int_arg(v: Value) -> PyResult<BigInt> {
    Ok(as_bigint(ops::index_int(v)?))
}

/// A randrange argument as 3.11's random.py takes it: through
/// `__index__`, else `int()` of a value equal to its int (a float such as
/// 10.0; deprecated, but CPython's warning is not printed).
fn range_arg(v: Value, which: &str) -> PyResult<BigInt> {
    if is_int(v) || ops::has_index(v) {
        return int_arg(v);
    }
    let n = crate::runtime::call::call(vm().classes.int, &[v], &[])?;
    if !ops::eq_bool(n, v)? {
        return raise_named("ValueError", format!("non-integer {which} for randrange()"));
    }
    Ok(as_bigint(n))
}

fn r_seed(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("seed", args)?;
    let [a, _version] = python_bind("Random.seed", args, kwnames, &["a", "version"], 0, &[], 1)?;
    match a.as_ref() {
        None => with(me, |g| g.seed_entropy()),
        Some(&v) if v == none() => with(me, |g| g.seed_entropy()),
        Some(&v) if is_int(v) => {
            let n = as_bigint(v);
            with(me, |g| g.seed_int(&n));
        }
        Some(&v) if kind_of(v) == Kind::Str => with(me, |g| g.seed_bytes(as_str(v).as_bytes())),
        Some(&v) if matches!(kind_of(v), Kind::Bytes | Kind::ByteArray) => {
            let bytes = crate::runtime::bytes::as_bytes(v).to_vec();
            with(me, |g| g.seed_bytes(&bytes));
        }
        Some(&v) if kind_of(v) == Kind::Float => {
            let h = ops::hash(v)?;
            with(me, |g| g.seed_hash(h));
        }
        Some(_) => return raise_named("TypeError", super::random::SEED_TYPE_MESSAGE),
    }
    Ok(none())
}

fn r_random(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("random", args)?;
    no_keywords("Random.random", kwnames)?;
    count("Random.random", args.len(), 0, 0)?;
    Ok(float(with(me, |g| g.random())))
}

fn r_getrandbits(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("getrandbits", args)?;
    no_keywords("Random.getrandbits", kwnames)?;
    count("Random.getrandbits", args.len(), 1, 1)?;
    let k = ops::index_value(args[0])?;
    Ok(big(lift(with(me, |g| g.getrandbits(k)))?))
}

fn r_randrange(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("randrange", args)?;
    let [Some(start), stop, step] = python_bind("Random.randrange", args, kwnames, &["start", "stop", "step"], 1, &[], 1)? else {
        unreachable!("start is required")
    };
    let start = range_arg(start, "arg 1")?;
    let stop = match stop {
        Some(v) if v != none() => Some(range_arg(v, "stop")?),
        _ => None,
    };
    let step = match step {
        Some(v) => Some(range_arg(v, "step")?),
        None => None,
    };
    Ok(big(lift(with(me, |g| g.randrange(&start, stop.as_ref(), step.as_ref())))?))
}

fn r_randint(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("randint", args)?;
    let [Some(a), Some(b)] = python_bind("Random.randint", args, kwnames, &["a", "b"], 2, &[], 1)? else { unreachable!("a and b are required") };
    // randrange(a, b + 1), as random.py: b's `+ 1` comes first.
    let b = ops::binary(BinOp::Add, b, crate::runtime::number::int(1))?;
    let (a, b) = (int_arg(a)?, int_arg(b)?);
    Ok(big(lift(with(me, |g| g.randrange(&a, Some(&b), None)))?))
}

fn r_choice(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("choice", args)?;
    let [Some(seq)] = python_bind("Random.choice", args, kwnames, &["seq"], 1, &[], 1)? else { unreachable!("seq is required") };
    let n = ops::len(seq)?;
    let i = lift(with(me, |g| g.choice(n)))?;
    ops::getitem(seq, crate::runtime::number::int(i as i64))
}

fn r_shuffle(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("shuffle", args)?;
    let [Some(x)] = python_bind("Random.shuffle", args, kwnames, &["x"], 1, &[], 1)? else { unreachable!("x is required") };
    if kind_of(x) != Kind::List {
        return raise_named("TypeError", format!("'{}' object does not support item assignment", type_name(x)));
    }
    let n = list_items(x).len();
    with(me, |g| g.shuffle_with(n, |i, j| list_items(x).swap(i, j)));
    Ok(none())
}

fn r_uniform(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("uniform", args)?;
    let [Some(a), Some(b)] = python_bind("Random.uniform", args, kwnames, &["a", "b"], 2, &[], 1)? else { unreachable!("a and b are required") };
    let width = number(ops::binary(BinOp::Sub, b, a)?)?;
    let a = number(a)?;
    Ok(float(with(me, |g| g.uniform(a, width))))
}

fn number(v: Value) -> PyResult<f64> {
    match kind_of(v) {
        Kind::Float => Ok(as_float(v)),
        Kind::Int | Kind::Bool => crate::runtime::arith::int_to_f64(&as_bigint(v)),
        _ => raise_named("TypeError", format!("must be real number, not {}", type_name(v))),
    }
}

/// `sample(population, k, *, counts=None)`.
fn r_sample(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("sample", args)?;
    let [Some(population), Some(k), counts] = python_bind("Random.sample", args, kwnames, &["population", "k"], 2, &["counts"], 1)? else {
        unreachable!("population and k are required")
    };
    let counts = counts.filter(|&c| c != none());
    if matches!(kind_of(population), Kind::Set | Kind::Dict) {
        return raise_named("TypeError", super::random::SAMPLE_POPULATION_MESSAGE);
    }
    let k = int_arg(k)?;
    if kind_of(population) == Kind::Range && counts.is_none() {
        // Picked by index, as CPython does, without listing the range.
        let n = ops::len(population)?;
        let picks = lift(with(me, |g| g.sample(n, &k)))?;
        let mut out = Vec::with_capacity(picks.len());
        for i in picks {
            out.push(ops::getitem(population, crate::runtime::number::int(i as i64))?);
        }
        return Ok(new_list(out));
    }
    let items = crate::runtime::iterate::collect(population)?;
    let holder = new_list(items);
    let Some(counts) = counts else {
        let picks = lift(with(me, |g| g.sample(list_items(holder).len(), &k)))?;
        let out: Vec<Value> = picks.into_iter().map(|i| list_items(holder)[i]).collect();
        return Ok(new_list(out));
    };
    // As CPython: a sample of range(total), each pick mapped to the item
    // whose running count passes it.
    let mut running = Vec::new();
    let mut total: i64 = 0;
    for c in crate::runtime::iterate::collect(counts)? {
        if !is_int(c) {
            return raise_named("TypeError", "Counts must be integers");
        }
        total = total.saturating_add(ops::index_value(c)? as i64);
        running.push(total);
    }
    if running.len() != list_items(holder).len() {
        return raise_named("ValueError", "The number of counts does not match the population");
    }
    if total <= 0 {
        return raise_named("ValueError", "Total of counts must be greater than zero");
    }
    running.pop();
    let picks = lift(with(me, |g| g.sample(total as usize, &k)))?;
    let out: Vec<Value> = picks.into_iter().map(|j| list_items(holder)[running.partition_point(|&c| c <= j as i64)]).collect();
    Ok(new_list(out))
}

fn r_choices(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (me, args) = this("choices", args)?;
    crate::runtime::args::check_keywords("choices", kwnames, &["weights", "cum_weights", "k"])?;
    let pos = positional(args, kwnames);
    python_method_count("Random.choices", pos.len(), &["population", "weights"], 1)?;
    let k = match keyword(args, kwnames, "k") {
        Some(v) => ops::index_value(v)?,
        None => 1,
    };
    let items = crate::runtime::iterate::collect(pos[0])?;
    let holder = new_list(items);
    let weights = keyword(args, kwnames, "weights").or(pos.get(1).copied()).filter(|&w| w != none());
    let cum_weights = keyword(args, kwnames, "cum_weights").filter(|&w| w != none());
    if weights.is_some() || cum_weights.is_some() {
        return weighted_choices(me, holder, weights, cum_weights, k);
    }
    let picks = with(me, |g| g.choices(list_items(holder).len(), k));
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(ops::getitem(holder, crate::runtime::number::int(i as i64))?);
    }
    Ok(new_list(out))
}

/// `choices` with `weights` or `cum_weights`, as CPython: the running
/// totals (Python sums), then `bisect_right` of `random() * total`.
fn weighted_choices(me: Value, population: Value, weights: Option<Value>, cum_weights: Option<Value>, k: i64) -> PyResult<Value> {
    // The totals live in a list, where the collector sees them.
    let holder = match (weights, cum_weights) {
        (Some(_), Some(_)) => return raise_named("TypeError", "Cannot specify both weights and cumulative weights"),
        (Some(w), None) => {
            let holder = new_list(crate::runtime::iterate::collect(w)?);
            for i in 1..list_items(holder).len() {
                let sum = ops::binary(BinOp::Add, list_items(holder)[i - 1], list_items(holder)[i])?;
                list_items(holder)[i] = sum;
            }
            holder
        }
        (None, Some(c)) => new_list(crate::runtime::iterate::collect(c)?),
        (None, None) => unreachable!("the caller checks"),
    };
    let cum = list_items(holder);
    let n = list_items(population).len();
    if cum.len() != n {
        return raise_named("ValueError", "The number of weights does not match the population");
    }
    let Some(&last) = cum.last() else { return raise_named("IndexError", "list index out of range") };
    let total = number(last)?;
    if total <= 0.0 {
        return raise_named("ValueError", "Total of weights must be greater than zero");
    }
    if !total.is_finite() {
        return raise_named("ValueError", "Total of weights must be finite");
    }
    let mut out = Vec::with_capacity(k.max(0) as usize);
    for _ in 0..k.max(0) {
        let x = float(with(me, |g| g.random()) * total);
        // bisect_right(cum, x, 0, n - 1)
        let (mut lo, mut hi) = (0, n - 1);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if ops::truthy(ops::compare(crate::syntax::ast::CmpOp::Lt, x, cum[mid])?)? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        out.push(list_items(population)[lo]);
    }
    Ok(new_list(out))
}

fn r_gauss(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("gauss", args)?;
    python_method_count("Random.gauss", args.len(), &["mu", "sigma"], 0)?;
    let mu = match args.first() {
        Some(&v) => number(v)?,
        None => 0.0,
    };
    let sigma = match args.get(1) {
        Some(&v) => number(v)?,
        None => 1.0,
    };
    Ok(float(with(me, |g| g.gauss(mu, sigma))))
}

/// Reads optional float arguments of a method, with their defaults.
fn floats<const K: usize>(name: &str, args: &[Value], params: [&str; K], required: usize, defaults: [f64; K]) -> PyResult<[f64; K]> {
    python_method_count(&format!("Random.{name}"), args.len(), &params, required)?;
    let mut out = defaults;
    for (slot, &v) in out.iter_mut().zip(args) {
        *slot = number(v)?;
    }
    Ok(out)
}

fn r_normalvariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("normalvariate", args)?;
    let [mu, sigma] = floats("normalvariate", args, ["mu", "sigma"], 0, [0.0, 1.0])?;
    Ok(float(with(me, |g| g.normalvariate(mu, sigma))))
}

fn r_lognormvariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("lognormvariate", args)?;
    let [mu, sigma] = floats("lognormvariate", args, ["mu", "sigma"], 2, [0.0, 0.0])?;
    Ok(float(with(me, |g| g.normalvariate(mu, sigma)).exp()))
}

fn r_expovariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("expovariate", args)?;
    let [lambd] = floats("expovariate", args, ["lambd"], 1, [0.0])?;
    if lambd == 0.0 {
        return raise_named("ZeroDivisionError", "float division by zero");
    }
    Ok(float(-(1.0 - with(me, |g| g.random())).ln() / lambd))
}

fn r_paretovariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("paretovariate", args)?;
    let [alpha] = floats("paretovariate", args, ["alpha"], 1, [0.0])?;
    if alpha == 0.0 {
        return raise_named("ZeroDivisionError", "float division by zero");
    }
    let u = 1.0 - with(me, |g| g.random());
    Ok(float(u.powf(-1.0 / alpha)))
}

fn r_weibullvariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("weibullvariate", args)?;
    let [alpha, beta] = floats("weibullvariate", args, ["alpha", "beta"], 2, [0.0, 0.0])?;
    if beta == 0.0 {
        return raise_named("ZeroDivisionError", "float division by zero");
    }
    let u = 1.0 - with(me, |g| g.random());
    Ok(float(alpha * (-u.ln()).powf(1.0 / beta)))
}

/// A gamma-distributed float, drawn as CPython's `gammavariate` draws it
/// (so that a seeded generator gives its values): Cheng's method for
/// alpha > 1, an exponential for alpha == 1, Kennedy and Gentle's GS
/// algorithm below.
fn gamma(me: Value, alpha: f64, beta: f64) -> PyResult<f64> {
    if alpha <= 0.0 || beta <= 0.0 {
        return raise_named("ValueError", "gammavariate: alpha and beta must be > 0.0");
    }
    let random = || with(me, |g| g.random());
    if alpha > 1.0 {
        let ainv = (2.0 * alpha - 1.0).sqrt();
        let bbb = alpha - 4f64.ln();
        let ccc = alpha + ainv;
        let sg_magic = 1.0 + 4.5f64.ln();
        loop {
            let u1 = random();
            if !(1e-7 < u1 && u1 < 0.9999999) {
                continue;
            }
            let u2 = 1.0 - random();
            let v = (u1 / (1.0 - u1)).ln() / ainv;
            let x = alpha * v.exp();
            let z = u1 * u1 * u2;
            let r = bbb + ccc * v - x;
            if r + sg_magic - 4.5 * z >= 0.0 || r >= z.ln() {
                return Ok(x * beta);
            }
        }
    }
    if alpha == 1.0 {
        return Ok(-(1.0 - random()).ln() * beta);
    }
    loop {
        let u = random();
        let b = (std::f64::consts::E + alpha) / std::f64::consts::E;
        let p = b * u;
        let x = if p <= 1.0 { p.powf(1.0 / alpha) } else { -((b - p) / alpha).ln() };
        let u1 = random();
        let accept = if p > 1.0 { u1 <= x.powf(alpha - 1.0) } else { u1 <= (-x).exp() };
        if accept {
            return Ok(x * beta);
        }
    }
}

fn r_gammavariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("gammavariate", args)?;
    let [alpha, beta] = floats("gammavariate", args, ["alpha", "beta"], 2, [0.0, 0.0])?;
    Ok(float(gamma(me, alpha, beta)?))
}

fn r_betavariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("betavariate", args)?;
    let [alpha, beta] = floats("betavariate", args, ["alpha", "beta"], 2, [0.0, 0.0])?;
    let y = gamma(me, alpha, 1.0)?;
    if y == 0.0 {
        return Ok(float(0.0));
    }
    Ok(float(y / (y + gamma(me, beta, 1.0)?)))
}

/// `vonmisesvariate(mu, kappa)`: an angle, drawn as CPython draws it.
fn r_vonmisesvariate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    use std::f64::consts::{PI, TAU};
    let (me, args) = this("vonmisesvariate", args)?;
    let [mu, kappa] = floats("vonmisesvariate", args, ["mu", "kappa"], 2, [0.0, 0.0])?;
    let random = || with(me, |g| g.random());
    if kappa <= 1e-6 {
        return Ok(float(TAU * random()));
    }
    let s = 0.5 / kappa;
    let r = s + (1.0 + s * s).sqrt();
    let z = loop {
        let z = (PI * random()).cos();
        let d = z / (r + z);
        let u2 = random();
        if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
            break z;
        }
    };
    let q = 1.0 / r;
    let f = (q + z) / (1.0 + q * z);
    let theta = if random() > 0.5 { mu + f.acos() } else { mu - f.acos() };
    // Python's float modulo: the result takes the divisor's sign.
    Ok(float(theta.rem_euclid(TAU)))
}

/// `triangular(low=0.0, high=1.0, mode=None)`, as CPython computes it.
fn r_triangular(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("triangular", args)?;
    python_method_count("Random.triangular", args.len(), &["low", "high", "mode"], 0)?;
    let mut low = args.first().map_or(Ok(0.0), |&v| number(v))?;
    let mut high = args.get(1).map_or(Ok(1.0), |&v| number(v))?;
    let mut u = with(me, |g| g.random());
    let mut c = match args.get(2) {
        Some(&mode) if mode != none() => {
            if high == low {
                return Ok(args.first().copied().unwrap_or(float(0.0)));
            }
            (number(mode)? - low) / (high - low)
        }
        _ => 0.5,
    };
    if u > c {
        u = 1.0 - u;
        c = 1.0 - c;
        std::mem::swap(&mut low, &mut high);
    }
    Ok(float(low + (high - low) * (u * c).sqrt()))
}

fn r_randbytes(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("randbytes", args)?;
    python_method_count("Random.randbytes", args.len(), &["n"], 1)?;
    let n = ops::index_value(args[0])?;
    if n < 0 {
        return raise_named("ValueError", "negative argument not allowed");
    }
    // CPython's is `getrandbits(n * 8)`, whose count is a C int.
    if n.checked_mul(8).is_none_or(|bits| bits > i32::MAX as i64) {
        return raise_named("OverflowError", "Python int too large to convert to C int");
    }
    Ok(crate::runtime::bytes::new_bytes(with(me, |g| g.randbytes(n as usize))))
}

/// `getstate()`: `(3, (624 state words..., index), gauss_next)`, CPython's shape.
fn r_getstate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("getstate", args)?;
    python_method_count("Random.getstate", args.len(), &[], 0)?;
    let (words, index, gauss_next) = with(me, |g| {
        let (words, index, gauss_next) = g.state();
        (words.to_vec(), index, gauss_next)
    });
    let mut internal: Vec<Value> = words.into_iter().map(|w| Value::small_unchecked(w as i64)).collect();
    internal.push(Value::small_unchecked(index as i64));
    let internal = crate::runtime::seq::new_tuple_from(&internal);
    let gauss_next = gauss_next.map_or(none(), float);
    Ok(crate::runtime::seq::new_tuple_from(&[Value::small_unchecked(3), internal, gauss_next]))
}

fn r_setstate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (me, args) = this("setstate", args)?;
    python_method_count("Random.setstate", args.len(), &["state"], 1)?;
    let parts = crate::runtime::iterate::collect(args[0])?;
    let [version, internal, gauss_next] = parts[..] else {
        return raise_named("ValueError", "state vector is the wrong size");
    };
    if version != Value::small_unchecked(3) && version != Value::small_unchecked(2) {
        return raise_named(
            "ValueError",
            format!("state with version {} passed to Random.setstate() of version 3", crate::runtime::text::repr(version)?),
        );
    }
    if kind_of(internal) != Kind::Tuple {
        return raise_named("TypeError", "state vector must be a tuple");
    }
    let items = crate::runtime::seq::tuple_items(internal);
    if items.len() != super::random::N + 1 {
        return raise_named("ValueError", "state vector is the wrong size");
    }
    let mut words = [0u32; super::random::N];
    for (w, &v) in words.iter_mut().zip(items) {
        *w = int_arg(v)?.try_into().or_else(|_| raise_named("OverflowError", "Python int too large to convert to C unsigned long"))?;
    }
    let index = match as_i64(items[super::random::N]) {
        Some(i) if (0..=super::random::N as i64).contains(&i) => i as usize,
        _ => return raise_named("ValueError", "invalid state"),
    };
    let gauss_next = if gauss_next == none() { None } else { Some(number(gauss_next)?) };
    with(me, |g| g.set_state(&words, index, gauss_next));
    Ok(none())
}

/// `Random(x=None)`: seeds the new generator as `seed(x)` does.
fn r_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    r_seed(args, kw)
}

const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", r_init),
    ("normalvariate", r_normalvariate),
    ("lognormvariate", r_lognormvariate),
    ("expovariate", r_expovariate),
    ("paretovariate", r_paretovariate),
    ("weibullvariate", r_weibullvariate),
    ("triangular", r_triangular),
    ("gammavariate", r_gammavariate),
    ("betavariate", r_betavariate),
    ("vonmisesvariate", r_vonmisesvariate),
    ("randbytes", r_randbytes),
    ("getstate", r_getstate),
    ("setstate", r_setstate),
    ("seed", r_seed),
    ("random", r_random),
    ("getrandbits", r_getrandbits),
    ("randrange", r_randrange),
    ("randint", r_randint),
    ("choice", r_choice),
    ("shuffle", r_shuffle),
    ("uniform", r_uniform),
    ("sample", r_sample),
    ("choices", r_choices),
    ("gauss", r_gauss),
];

/// The `Random` class, made once per thread.
fn random_class() -> Value {
    RANDOM.with(|c| {
        if c.get().is_null() {
            // One native slot, unused: a native class's `__init__` runs
            // only when its instances have some (see `call::init`).
            let cls = new_native_class("Random", "random", vm().classes.object, 1);
            set_class_methods(cls, METHODS);
            c.set(keep(cls));
        }
        c.get()
    })
}

/// Creates the `random` module: `Random`, and each method but `__init__`
/// bound to the module's own instance.
pub fn create() -> Value {
    let m = new_module("random", "", &[]);
    let cls = random_class();
    set_global(m, "Random", cls);
    let inst = keep(new_instance(cls));
    for &(name, f) in &METHODS[1..] {
        set_global(m, name, bind_builtin(new_builtin(name, f), inst));
    }
    // The module's constants, as CPython's random.py computes them.
    set_global(m, "BPF", crate::runtime::number::int(53));
    for (name, value) in [
        ("LOG4", 4f64.ln()),
        ("NV_MAGICCONST", 4.0 * (-0.5f64).exp() / 2f64.sqrt()),
        ("RECIP_BPF", 2f64.powi(-53)),
        ("SG_MAGICCONST", 1.0 + 4.5f64.ln()),
        ("TWOPI", 2.0 * std::f64::consts::PI),
    ] {
        set_global(m, name, crate::runtime::number::float(value));
    }
    m
}
