//! The `random` module: a module-level Mersenne Twister (`modules/random.rs`
//! reproduces CPython's generator and algorithms bit for bit) behind
//! `seed`, `random`, `randint`, `randrange`, `choice`, `shuffle`,
//! `uniform`, `sample`, `choices`, `getrandbits`, `gauss`.

use std::cell::RefCell;

use num_bigint::BigInt;

use super::random::MersenneTwister;
use crate::runtime::args::{count, keyword, positional};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, as_float, big, float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::{self, type_name};
use crate::runtime::seq::{list_items, new_list};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{lift, none, raise_named, PyResult};
use crate::syntax::ast::BinOp;

thread_local! {
    /// The module's generator.
    static GEN: RefCell<MersenneTwister> = RefCell::new(MersenneTwister::new());
}

fn with<R>(f: impl FnOnce(&mut MersenneTwister) -> R) -> R {
    GEN.with(|g| f(&mut g.borrow_mut()))
}

fn int_arg(v: Value) -> PyResult<BigInt> {
    if is_int(v) {
        Ok(as_bigint(v))
    } else {
        raise_named("TypeError", format!("'{}' object cannot be interpreted as an integer", type_name(v)))
    }
}

fn r_seed(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("seed", args.len(), 0, 2)?;
    match args.first() {
        None => with(|g| g.seed_entropy()),
        Some(&v) if v == none() => with(|g| g.seed_entropy()),
        Some(&v) if is_int(v) => {
            let n = as_bigint(v);
            with(|g| g.seed_int(&n));
        }
        Some(&v) if kind_of(v) == Kind::Str => with(|g| g.seed_bytes(as_str(v).as_bytes())),
        Some(&v) if matches!(kind_of(v), Kind::Bytes | Kind::ByteArray) => {
            let bytes = crate::runtime::bytes::as_bytes(v).to_vec();
            with(|g| g.seed_bytes(&bytes));
        }
        Some(&v) if kind_of(v) == Kind::Float => {
            let h = ops::hash(v)?;
            with(|g| g.seed_hash(h));
        }
        Some(_) => return raise_named("TypeError", super::random::SEED_TYPE_MESSAGE),
    }
    Ok(none())
}

fn r_random(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("random", args.len(), 0, 0)?;
    Ok(float(with(|g| g.random())))
}

fn r_getrandbits(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("getrandbits", args.len(), 1, 1)?;
    let k = ops::index_value(args[0])?;
    Ok(big(lift(with(|g| g.getrandbits(k)))?))
}

fn r_randrange(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("randrange", args.len(), 1, 3)?;
    let start = int_arg(args[0])?;
    let stop = match args.get(1) {
        Some(&v) if v != none() => Some(int_arg(v)?),
        _ => None,
    };
    let step = match args.get(2) {
        Some(&v) => Some(int_arg(v)?),
        None => None,
    };
    Ok(big(lift(with(|g| g.randrange(&start, stop.as_ref(), step.as_ref())))?))
}

fn r_randint(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("randint", args.len(), 2, 2)?;
    let (a, b) = (int_arg(args[0])?, int_arg(args[1])?);
    Ok(big(lift(with(|g| g.randint(&a, &b)))?))
}

fn r_choice(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("choice", args.len(), 1, 1)?;
    let n = ops::len(args[0])?;
    let i = lift(with(|g| g.choice(n)))?;
    ops::getitem(args[0], crate::runtime::number::int(i as i64))
}

fn r_shuffle(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("shuffle", args.len(), 1, 1)?;
    let x = args[0];
    if kind_of(x) != Kind::List {
        return raise_named("TypeError", format!("'{}' object does not support item assignment", type_name(x)));
    }
    let n = list_items(x).len();
    with(|g| g.shuffle_with(n, |i, j| list_items(x).swap(i, j)));
    Ok(none())
}

fn r_uniform(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("uniform", args.len(), 2, 2)?;
    let a = number(args[0])?;
    let width = number(ops::binary(BinOp::Sub, args[1], args[0])?)?;
    Ok(float(with(|g| g.uniform(a, width))))
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
    crate::runtime::args::check_keywords("sample", kwnames, &["k", "counts"])?;
    let pos = positional(args, kwnames);
    let k = match (pos.get(1), keyword(args, kwnames, "k")) {
        (Some(_), Some(_)) => return raise_named("TypeError", "Random.sample() got multiple values for argument 'k'"),
        (Some(&k), None) | (None, Some(k)) => k,
        (None, None) if pos.is_empty() => return raise_named("TypeError", "Random.sample() missing 2 required positional arguments: 'population' and 'k'"),
        (None, None) => return raise_named("TypeError", "Random.sample() missing 1 required positional argument: 'k'"),
    };
    count("sample", pos.len(), 1, 2)?;
    let population = pos[0];
    if matches!(kind_of(population), Kind::Set | Kind::Dict) {
        return raise_named("TypeError", super::random::SAMPLE_POPULATION_MESSAGE);
    }
    let items = crate::runtime::iterate::collect(population)?;
    let holder = new_list(items);
    let k = int_arg(k)?;
    let Some(counts) = keyword(args, kwnames, "counts").filter(|&c| c != none()) else {
        let picks = lift(with(|g| g.sample(list_items(holder).len(), &k)))?;
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
    let picks = lift(with(|g| g.sample(total as usize, &k)))?;
    let out: Vec<Value> = picks.into_iter().map(|j| list_items(holder)[running.partition_point(|&c| c <= j as i64)]).collect();
    Ok(new_list(out))
}

fn r_choices(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_keywords("choices", kwnames, &["weights", "cum_weights", "k"])?;
    let pos = positional(args, kwnames);
    count("choices", pos.len(), 1, 2)?;
    let k = match keyword(args, kwnames, "k") {
        Some(v) => ops::index_value(v)?,
        None => 1,
    };
    let items = crate::runtime::iterate::collect(pos[0])?;
    let holder = new_list(items);
    let weights = keyword(args, kwnames, "weights").or(pos.get(1).copied()).filter(|&w| w != none());
    let cum_weights = keyword(args, kwnames, "cum_weights").filter(|&w| w != none());
    if weights.is_some() || cum_weights.is_some() {
        return weighted_choices(holder, weights, cum_weights, k);
    }
    let picks = with(|g| g.choices(list_items(holder).len(), k));
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(ops::getitem(holder, crate::runtime::number::int(i as i64))?);
    }
    Ok(new_list(out))
}

/// `choices` with `weights` or `cum_weights`, as CPython: the running
/// totals (Python sums), then `bisect_right` of `random() * total`.
fn weighted_choices(population: Value, weights: Option<Value>, cum_weights: Option<Value>, k: i64) -> PyResult<Value> {
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
        let x = float(with(|g| g.random()) * total);
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
    count("gauss", args.len(), 0, 2)?;
    let mu = match args.first() {
        Some(&v) => number(v)?,
        None => 0.0,
    };
    let sigma = match args.get(1) {
        Some(&v) => number(v)?,
        None => 1.0,
    };
    Ok(float(with(|g| g.gauss(mu, sigma))))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
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

/// Creates the `random` module.
pub fn create() -> Value {
    let m = new_module("random", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
