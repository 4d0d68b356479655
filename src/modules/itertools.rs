//! `_itertools`, the native part of the `itertools` module
//! (stdlib/itertools.py): the combinatoric iterators `product`,
//! `permutations`, `combinations` and `combinations_with_replacement`,
//! which make a tuple per step over pools the Python side has already
//! taken and checked. Each is an `IterState::Native` iterator whose object
//! is a list `[pools, indices, cycles, r]` (indices and cycles as small
//! ints), so the collector sees the pools; the iterator's index is its
//! stage (`FIRST`, `RUNNING`, `DONE`).

use crate::runtime::args::count;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::iter::{new_iter, IterState, NativeStep};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::{list_items, new_list, new_tuple, tuple_items};
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, PyResult};

/// Nothing yielded yet.
const FIRST: usize = 0;
/// Yielded at least once; the next step advances the indices.
const RUNNING: usize = 1;
/// Exhausted.
const DONE: usize = 2;

/// Where each part of the state sits in the state list.
const POOLS: usize = 0;
const INDICES: usize = 1;
const CYCLES: usize = 2;
const R: usize = 3;

fn small(i: usize) -> Value {
    Value::small_unchecked(i as i64)
}

/// The parts of a state list: the pools (one tuple, or a tuple of tuples
/// for `product`), the indices, the cycles and r.
fn parts(state: Value) -> (&'static [Value], &'static mut Vec<Value>, &'static mut Vec<Value>, usize) {
    let s = list_items(state);
    let (pools, indices, cycles, r) = (s[POOLS], s[INDICES], s[CYCLES], s[R].as_small() as usize);
    (tuple_items(pools), list_items(indices), list_items(cycles), r)
}

/// A new iterator stepping with `step` over the state `[pools, indices, cycles, r]`.
fn start(pools: Value, indices: Vec<usize>, cycles: Vec<usize>, r: usize, step: NativeStep) -> Value {
    let indices = new_list(indices.into_iter().map(small).collect());
    let cycles = new_list(cycles.into_iter().map(small).collect());
    let state = new_list(vec![pools, indices, cycles, small(r)]);
    new_iter(IterState::Native { obj: state, index: FIRST, mark: 0, step })
}

/// What a step returns before advancing any index: nothing once done,
/// nothing at first when there is nothing to yield (`empty`), else the
/// first item (`first()`); None when the step is to advance.
fn opening(stage: &mut usize, empty: bool, first: impl FnOnce() -> Value) -> Option<Option<Value>> {
    match *stage {
        DONE => Some(None),
        FIRST if empty => {
            *stage = DONE;
            Some(None)
        }
        FIRST => {
            *stage = RUNNING;
            Some(Some(first()))
        }
        _ => None,
    }
}

/// The tuple of `pool[indices[k]]` for the first `r` indices.
fn pick(pool: &[Value], indices: &[Value], r: usize) -> Value {
    new_tuple(indices[..r].iter().map(|i| pool[i.as_small() as usize]).collect())
}

/// Checks `(pool, r)` arguments: a tuple and a non-negative int.
fn pool_and_r(func: &str, args: &[Value]) -> PyResult<(Value, usize)> {
    count(func, args.len(), 2, 2)?;
    if kind_of(args[0]) != Kind::Tuple || !args[1].is_small() || args[1].as_small() < 0 {
        return raise_named("TypeError", format!("{func}() expects a tuple and a non-negative int"));
    }
    Ok((args[0], args[1].as_small() as usize))
}

/// `permutations(pool, r)`.
fn permutations(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_and_r("permutations", args)?;
    let n = tuple_items(pool).len();
    Ok(start(pool, (0..n).collect(), (n.saturating_sub(r) + 1..=n).rev().collect(), r, permutations_step))
}

fn permutations_step(state: Value, stage: &mut usize, _: usize) -> PyResult<Option<Value>> {
    let (pool, indices, cycles, r) = parts(state);
    let n = pool.len();
    if let Some(item) = opening(stage, r > n, || pick(pool, indices, r)) {
        return Ok(item);
    }
    // The next permutation in lexicographic order of the indices: cycle
    // `i` counts down the choices left for position `i`.
    for i in (0..r).rev() {
        let c = cycles[i].as_small() as usize - 1;
        if c == 0 {
            indices[i..].rotate_left(1);
            cycles[i] = small(n - i);
        } else {
            cycles[i] = small(c);
            indices.swap(i, n - c);
            return Ok(Some(pick(pool, indices, r)));
        }
    }
    *stage = DONE;
    Ok(None)
}

/// `combinations(pool, r)`.
fn combinations(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_and_r("combinations", args)?;
    Ok(start(pool, (0..r).collect(), Vec::new(), r, combinations_step))
}

fn combinations_step(state: Value, stage: &mut usize, _: usize) -> PyResult<Option<Value>> {
    let (pool, indices, _, r) = parts(state);
    let n = pool.len();
    if let Some(item) = opening(stage, r > n, || pick(pool, indices, r)) {
        return Ok(item);
    }
    // The rightmost index not yet at its highest place moves on; those
    // after it follow it closely.
    let Some(i) = (0..r).rev().find(|&i| indices[i].as_small() as usize != i + n - r) else {
        *stage = DONE;
        return Ok(None);
    };
    let first = indices[i].as_small() as usize + 1;
    for (k, slot) in indices[i..].iter_mut().enumerate() {
        *slot = small(first + k);
    }
    Ok(Some(pick(pool, indices, r)))
}

/// `combinations_with_replacement(pool, r)`.
fn combinations_with_replacement(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (pool, r) = pool_and_r("combinations_with_replacement", args)?;
    let mut indices = Vec::new();
    crate::runtime::ops::reserve(&mut indices, r)?;
    indices.resize(r, 0);
    Ok(start(pool, indices, Vec::new(), r, combinations_with_replacement_step))
}

fn combinations_with_replacement_step(state: Value, stage: &mut usize, _: usize) -> PyResult<Option<Value>> {
    let (pool, indices, _, r) = parts(state);
    let n = pool.len();
    if let Some(item) = opening(stage, n == 0 && r > 0, || pick(pool, indices, r)) {
        return Ok(item);
    }
    let Some(i) = (0..r).rev().find(|&i| indices[i].as_small() as usize != n - 1) else {
        *stage = DONE;
        return Ok(None);
    };
    let next = small(indices[i].as_small() as usize + 1);
    indices[i..].iter_mut().for_each(|slot| *slot = next);
    Ok(Some(pick(pool, indices, r)))
}

/// `product(pools)`: `pools` a tuple of tuples.
fn product(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("product", args.len(), 1, 1)?;
    if kind_of(args[0]) != Kind::Tuple || tuple_items(args[0]).iter().any(|&p| kind_of(p) != Kind::Tuple) {
        return raise_named("TypeError", "product() expects a tuple of tuples");
    }
    let k = tuple_items(args[0]).len();
    Ok(start(args[0], vec![0; k], Vec::new(), k, product_step))
}

fn product_step(state: Value, stage: &mut usize, _: usize) -> PyResult<Option<Value>> {
    let (pools, indices, _, k) = parts(state);
    let item = |indices: &[Value]| new_tuple((0..k).map(|i| tuple_items(pools[i])[indices[i].as_small() as usize]).collect());
    let empty = pools.iter().any(|&p| tuple_items(p).is_empty());
    if let Some(first) = opening(stage, empty, || item(indices)) {
        return Ok(first);
    }
    // An odometer: the last wheel turns, carrying into the ones before.
    for i in (0..k).rev() {
        let next = indices[i].as_small() as usize + 1;
        if next < tuple_items(pools[i]).len() {
            indices[i] = small(next);
            return Ok(Some(item(indices)));
        }
        indices[i] = small(0);
    }
    *stage = DONE;
    Ok(None)
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("permutations", permutations),
    ("combinations", combinations),
    ("combinations_with_replacement", combinations_with_replacement),
    ("product", product),
];

/// Makes the `_itertools` module.
pub fn create() -> Value {
    let m = new_module("_itertools", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
