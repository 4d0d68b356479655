//! The sort behind `list.sort` and `sorted`: a stable merge sort over
//! natural runs in the shape of CPython's timsort (run detection, binary
//! insertion up to a minimum run length, merges that keep the run stack
//! balanced), using only `<`. Small lists therefore see the same
//! comparisons, in the same order, as under CPython, and a `__lt__` that
//! is not a total order can never upset the sort (Rust's own sorts may
//! panic on one). Keys that are all exact strs, small ints or floats are
//! compared natively, without the generic comparison.

use super::class::type_of;
use super::object::{kind_of, Kind};
use super::ops::{self, truthy};
use super::value::Value;
use super::vm::{vm, PyResult};
use crate::syntax::ast::CmpOp;

/// Sorts `order` (indices into `keys`) stably by the keys, ascending, or
/// descending when `reverse` (equal keys still keep their order). Stops at
/// the first failing comparison and returns its error.
pub fn sort_indices(keys: &[Value], order: &mut Vec<usize>, reverse: bool) -> PyResult<()> {
    if reverse {
        // CPython reverses, sorts stably and reverses again, so that equal
        // keys keep their original order.
        order.reverse();
    }
    let result = match native_keys(keys, order) {
        Some(NativeKeys::Str(mut k)) => sort_pairs(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Int(mut k)) => sort_pairs(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Float(mut k)) => sort_pairs(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Tuple(items, spans)) => {
            let mut k: Vec<(&[Scalar], usize)> = spans.iter().map(|&(start, end, i)| (&items[start..end], i)).collect();
            sort_pairs(&mut k, order, |a, b| tuple_less(a, b))
        }
        None => timsort(order, |&a, &b| ops::compare(CmpOp::Lt, keys[a], keys[b]).and_then(truthy)),
    };
    if reverse {
        order.reverse();
    }
    result
}

/// Sorts `(key, index)` pairs by key with `less` and writes the indices
/// back to `order` (the keys sit beside their indices, in cache order).
fn sort_pairs<K: Copy>(pairs: &mut [(K, usize)], order: &mut [usize], less: impl Fn(&K, &K) -> bool) -> PyResult<()> {
    timsort(pairs, |a, b| Ok(less(&a.0, &b.0)))?;
    for (slot, &(_, i)) in order.iter_mut().zip(pairs.iter()) {
        *slot = i;
    }
    Ok(())
}

/// Keys of one native kind, each beside its index, compared without dispatch.
enum NativeKeys {
    Str(Vec<(&'static str, usize)>),
    Int(Vec<(i64, usize)>),
    Float(Vec<(f64, usize)>),
    /// Tuples of such items, the same kind at each position in every key
    /// (no NaN, which compares unlike itself): all keys' items in one
    /// vector, and each key's span of it beside its index.
    Tuple(Vec<Scalar>, Vec<(usize, usize, usize)>),
}

/// An item of a tuple key, compared natively.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Scalar {
    Int(i64),
    Float(f64),
    Str(&'static str),
}

/// `a < b` for tuple keys, as tuples compare: at the first unequal item
/// (the items at each position being of one kind), else by length.
fn tuple_less(a: &[Scalar], b: &[Scalar]) -> bool {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x < y;
        }
    }
    a.len() < b.len()
}

/// An item as a scalar, if it is a small int, a float (not NaN) or a str
/// of the exact builtin type.
fn scalar(v: Value) -> Option<Scalar> {
    if v.is_small() {
        return Some(Scalar::Int(v.as_small()));
    }
    let classes = &vm().classes;
    match kind_of(v) {
        Kind::Str if type_of(v) == classes.str_ => Some(Scalar::Str(super::str::as_str(v))),
        Kind::Float if type_of(v) == classes.float && !super::number::as_float(v).is_nan() => Some(Scalar::Float(super::number::as_float(v))),
        _ => None,
    }
}

/// Tuple keys as scalars, when every key is an exact tuple of scalars
/// whose kinds agree position by position.
fn tuple_keys(keys: &[Value], order: &[usize]) -> Option<NativeKeys> {
    let tuple = vm().classes.tuple;
    let mut kinds: Vec<std::mem::Discriminant<Scalar>> = Vec::new();
    let (mut items, mut spans) = (Vec::new(), Vec::with_capacity(order.len()));
    for &i in order {
        let k = keys[i];
        if k.is_small() || kind_of(k) != Kind::Tuple || type_of(k) != tuple {
            return None;
        }
        let start = items.len();
        for (position, &v) in super::seq::tuple_items(k).iter().enumerate() {
            let item = scalar(v)?;
            let kind = std::mem::discriminant(&item);
            match kinds.get(position) {
                Some(&seen) if seen != kind => return None,
                Some(_) => {}
                None => kinds.push(kind),
            }
            items.push(item);
        }
        spans.push((start, items.len(), i));
    }
    Some(NativeKeys::Tuple(items, spans))
}

/// The keys, in `order`, as native values, when all are exact strs,
/// small ints or floats.
fn native_keys(keys: &[Value], order: &[usize]) -> Option<NativeKeys> {
    let first = *keys.first()?;
    let classes = &vm().classes;
    let native = |want: Kind, class: Value| move |k: Value| !k.is_small() && kind_of(k) == want && type_of(k) == class;
    if first.is_small() {
        return order.iter().map(|&i| keys[i].is_small().then(|| (keys[i].as_small(), i))).collect::<Option<Vec<_>>>().map(NativeKeys::Int);
    }
    match kind_of(first) {
        Kind::Str => {
            let is_str = native(Kind::Str, classes.str_);
            order.iter().map(|&i| is_str(keys[i]).then(|| (super::str::as_str(keys[i]), i))).collect::<Option<Vec<_>>>().map(NativeKeys::Str)
        }
        Kind::Float => {
            let is_float = native(Kind::Float, classes.float);
            order.iter().map(|&i| is_float(keys[i]).then(|| (super::number::as_float(keys[i]), i))).collect::<Option<Vec<_>>>().map(NativeKeys::Float)
        }
        Kind::Tuple => tuple_keys(keys, order),
        _ => None,
    }
}

/// A run of `order[start..start + len]`, already sorted.
#[derive(Clone, Copy)]
struct Run {
    /// Where it starts.
    start: usize,
    /// How many items it has.
    len: usize,
}

/// Timsort of `v` by `less`, without galloping.
fn timsort<T: Copy>(v: &mut [T], mut less: impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let min_run = min_run_length(n);
    let mut runs: Vec<Run> = Vec::new();
    let mut scratch: Vec<T> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let mut len = count_run(&mut v[lo..], &mut less)?;
        if len < min_run {
            let forced = min_run.min(n - lo);
            binary_insertion_sort(&mut v[lo..lo + forced], len, &mut less)?;
            len = forced;
        }
        runs.push(Run { start: lo, len });
        lo += len;
        merge_collapse(v, &mut runs, &mut scratch, &mut less)?;
    }
    while runs.len() > 1 {
        let i = runs.len() - 2;
        let at = if i > 0 && runs[i - 1].len < runs[i + 1].len { i - 1 } else { i };
        merge_at(v, &mut runs, at, &mut scratch, &mut less)?;
    }
    Ok(())
}

/// CPython's minimum run length for `n` items: `n` itself when small,
/// else between 32 and 64 such that `n / min_run` is a power of two or
/// just under one.
fn min_run_length(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The length of the run at the start of `v`: ascending (`a[i] <= a[i+1]`)
/// or strictly descending, which is reversed in place.
fn count_run<T: Copy>(v: &mut [T], less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<usize> {
    if v.len() == 1 {
        return Ok(1);
    }
    let mut len = 2;
    if less(&v[1], &v[0])? {
        while len < v.len() && less(&v[len], &v[len - 1])? {
            len += 1;
        }
        v[..len].reverse();
    } else {
        while len < v.len() && !less(&v[len], &v[len - 1])? {
            len += 1;
        }
    }
    Ok(len)
}

/// Sorts `v` whose first `sorted` items are in order, inserting each
/// following item after the last one not greater than it.
fn binary_insertion_sort<T: Copy>(v: &mut [T], sorted: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let pivot = v[i];
        let (mut l, mut r) = (0, i);
        while l < r {
            let mid = l + (r - l) / 2;
            if less(&pivot, &v[mid])? {
                r = mid;
            } else {
                l = mid + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
    Ok(())
}

/// Merges runs until the stack's lengths shrink fast enough (CPython's
/// invariants: each run longer than the next two together).
fn merge_collapse<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    scratch: &mut Vec<T>,
    less: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    while runs.len() > 1 {
        let n = runs.len() - 2;
        let len = |i: usize| runs[i].len;
        if (n > 0 && len(n - 1) <= len(n) + len(n + 1)) || (n > 1 && len(n - 2) <= len(n - 1) + len(n)) {
            let at = if len(n - 1) < len(n + 1) { n - 1 } else { n };
            merge_at(v, runs, at, scratch, less)?;
        } else if len(n) <= len(n + 1) {
            merge_at(v, runs, n, scratch, less)?;
        } else {
            break;
        }
    }
    Ok(())
}

/// Merges runs `at` and `at + 1` stably: on a tie the left run's item
/// goes first.
fn merge_at<T: Copy>(
    v: &mut [T],
    runs: &mut Vec<Run>,
    at: usize,
    scratch: &mut Vec<T>,
    less: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let (a, b) = (runs[at], runs[at + 1]);
    runs[at].len += b.len;
    runs.remove(at + 1);
    scratch.clear();
    scratch.extend_from_slice(&v[a.start..a.start + a.len]);
    let (mut i, mut j, mut out) = (0, b.start, a.start);
    let end = b.start + b.len;
    while i < scratch.len() && j < end {
        // A failed comparison still leaves every index in `v` once.
        let take_right = match less(&v[j], &scratch[i]) {
            Ok(r) => r,
            Err(e) => {
                v[out..out + scratch.len() - i].copy_from_slice(&scratch[i..]);
                return Err(e);
            }
        };
        if take_right {
            v[out] = v[j];
            j += 1;
        } else {
            v[out] = scratch[i];
            i += 1;
        }
        out += 1;
    }
    let rest = scratch.len() - i;
    v[out..out + rest].copy_from_slice(&scratch[i..]);
    Ok(())
}
