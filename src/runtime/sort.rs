//! The sort behind `list.sort` and `sorted`: CPython 3.11's listsort
//! (timsort with the powersort merge policy), step for step: natural runs,
//! binary insertion up to a minimum run length, galloping merges with an
//! adaptive threshold, using only `<`. Every comparison is CPython's, in
//! CPython's order, so a `__lt__` that prints or is not a total order (or
//! NaNs) gives CPython's output, and a comparison that raises leaves the
//! items as CPython leaves them. Keys that are all exact strs, small ints,
//! floats or tuples of those are compared natively, by the same algorithm.

use super::class::type_of;
use super::object::{kind_of, Kind};
use super::ops::{self, truthy};
use super::value::Value;
use super::vm::{vm, PyResult};
use crate::syntax::ast::CmpOp;

/// Sorts `order` (indices into `keys`) stably by the keys, ascending, or
/// descending when `reverse` (equal keys still keep their order). Stops at
/// the first failing comparison and returns its error, `order` then being
/// in the order CPython would leave the list in.
pub fn sort_indices(keys: &[Value], order: &mut Vec<usize>, reverse: bool) -> PyResult<()> {
    if reverse {
        // CPython reverses, sorts stably and reverses again, so that equal
        // keys keep their original order.
        order.reverse();
    }
    // Int keys (floats without NaNs among them) merge without branching
    // on each comparison; the others keep the branch, which lets the
    // processor run ahead, and strs carry a prefix that settles most
    // comparisons without going to the text.
    let result = match native_keys(keys, order) {
        Some(NativeKeys::Str(mut k)) => sort_pairs::<_, false>(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Int(mut k)) => sort_pairs::<_, true>(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Float(mut k)) => sort_pairs::<_, false>(&mut k, order, |a, b| a < b),
        Some(NativeKeys::Tuple(items, spans)) => {
            let mut k: Vec<(&[Scalar], usize)> = spans.iter().map(|&(start, end, i)| (&items[start..end], i)).collect();
            sort_pairs::<_, false>(&mut k, order, |a, b| tuple_less(a, b))
        }
        None => timsort::<_, false>(order, |&a, &b| ops::compare(CmpOp::Lt, keys[a], keys[b]).and_then(truthy)),
    };
    if reverse {
        order.reverse();
    }
    result
}

/// Sorts `(key, index)` pairs by key with `less` and writes the indices
/// back to `order` (the keys sit beside their indices, in cache order).
fn sort_pairs<K: Copy, const SELECT: bool>(pairs: &mut [(K, usize)], order: &mut [usize], less: impl Fn(&K, &K) -> bool) -> PyResult<()> {
    timsort::<_, SELECT>(pairs, |a, b| Ok(less(&a.0, &b.0)))?;
    for (slot, &(_, i)) in order.iter_mut().zip(pairs.iter()) {
        *slot = i;
    }
    Ok(())
}

/// Keys of one native kind, each beside its index, compared without dispatch.
enum NativeKeys {
    /// Each str with its first bytes (`str_prefix`), which compare as
    /// the strs do unless equal.
    Str(Vec<((u64, &'static str), usize)>),
    /// Small ints, and floats without NaNs as `float_order` makes them.
    Int(Vec<(i64, usize)>),
    /// Floats, some of them NaN.
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

/// The first 8 bytes of `s`, big-endian, padded with zeros: for two
/// strs, a smaller prefix means a smaller str (UTF-8 bytes order as code
/// points do), and equal prefixes leave it to the strs themselves.
fn str_prefix(s: &str) -> u64 {
    let mut first = [0u8; 8];
    let n = s.len().min(8);
    first[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(first)
}

/// A float that is not NaN as an int that orders as it does, equal floats
/// (0.0 and -0.0) giving equal ints: the bits as a signed int, those of
/// negative floats (whose magnitude grows as they fall) turned around.
fn float_order(x: f64) -> i64 {
    let bits = (x + 0.0).to_bits() as i64;
    if bits < 0 {
        bits ^ i64::MAX
    } else {
        bits
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
            let key = |s: &'static str| (str_prefix(s), s);
            order.iter().map(|&i| is_str(keys[i]).then(|| (key(super::str::as_str(keys[i])), i))).collect::<Option<Vec<_>>>().map(NativeKeys::Str)
        }
        Kind::Float => {
            let is_float = native(Kind::Float, classes.float);
            let floats = order.iter().map(|&i| is_float(keys[i]).then(|| (super::number::as_float(keys[i]), i))).collect::<Option<Vec<_>>>()?;
            if floats.iter().any(|&(x, _)| x.is_nan()) {
                return Some(NativeKeys::Float(floats));
            }
            Some(NativeKeys::Int(floats.into_iter().map(|(x, i)| (float_order(x), i)).collect()))
        }
        Kind::Tuple => tuple_keys(keys, order),
        _ => None,
    }
}

/// How many wins in a row send a merge into galloping, to begin with;
/// `MergeState::min_gallop` adapts it as the sort goes.
const MIN_GALLOP: usize = 7;

/// A run of `v[start..start + len]`, already sorted, on the stack of runs
/// waiting to be merged.
#[derive(Clone, Copy)]
struct Run {
    /// Where it starts.
    start: usize,
    /// How many items it has.
    len: usize,
    /// Powersort's level of the boundary between this run and the next.
    power: u32,
}

/// What one sort carries between merges.
struct MergeState<T> {
    /// The pending runs, left to right.
    runs: Vec<Run>,
    /// Room for the shorter side of a merge.
    scratch: Vec<T>,
    /// Wins in a row that start galloping: lowered while galloping pays,
    /// raised when it does not.
    min_gallop: usize,
}

/// CPython's listsort (as of 3.11): natural runs extended to a minimum
/// length by binary insertion, merged by the powersort policy, with
/// galloping merges; every comparison is `less`, in CPython's order. A
/// failing comparison stops the sort at once and leaves `v` a permutation
/// of itself, in the state CPython's list would be left in. With `SELECT`
/// merges move items without branching on comparisons (for cheap `less`).
fn timsort<T: Copy, const SELECT: bool>(v: &mut [T], mut less: impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let min_run = min_run_length(n);
    let mut ms = MergeState { runs: Vec::new(), scratch: Vec::new(), min_gallop: MIN_GALLOP };
    let mut lo = 0;
    while lo < n {
        let remaining = n - lo;
        let mut len = count_run(&mut v[lo..], &mut less)?;
        if len < min_run {
            let forced = min_run.min(remaining);
            binary_insertion_sort(&mut v[lo..lo + forced], len, &mut less)?;
            len = forced;
        }
        // Powersort: first merge the pending runs whose boundaries lie
        // deeper than the one between the last run and the new one.
        if let Some(&last) = ms.runs.last() {
            let power = node_power(last.start, last.len, len, n);
            while ms.runs.len() > 1 && ms.runs[ms.runs.len() - 2].power > power {
                let at = ms.runs.len() - 2;
                merge_at::<_, SELECT>(v, &mut ms, at, &mut less)?;
            }
            ms.runs.last_mut().expect("a run").power = power;
        }
        ms.runs.push(Run { start: lo, len, power: 0 });
        lo += len;
    }
    // Then the rest, from the right, the smaller neighbour first.
    while ms.runs.len() > 1 {
        let mut at = ms.runs.len() - 2;
        if at > 0 && ms.runs[at - 1].len < ms.runs[at + 1].len {
            at -= 1;
        }
        merge_at::<_, SELECT>(v, &mut ms, at, &mut less)?;
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

/// Powersort's level for the boundary between the run of `n1` items at
/// `s1` and the `n2` after it, in a list of `n`: the first bit at which
/// the two runs' midpoints, as fractions of `n`, differ.
fn node_power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut power = 0;
    loop {
        power += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return power;
        }
        a <<= 1;
        b <<= 1;
    }
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

/// Where `key` goes in the sorted `a`, before any items equal to it: the
/// `k` with `a[k-1] < key <= a[k]`. Gallops out from `hint` by offsets
/// 1, 3, 7, ..., then searches the last gap by halves.
fn gallop_left<T: Copy>(key: &T, a: &[T], hint: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<usize> {
    let n = a.len();
    // Offsets from `hint`: 0 and then 1, 3, 7, ...
    let (mut last, mut ofs) = (0, 1);
    // After galloping and translating to indices, a[lo - 1] < key <= a[hi]
    // (with a[-1] below everything, and a[n] above).
    let (mut lo, mut hi) = if less(&a[hint], key)? {
        let max = n - hint;
        while ofs < max {
            if !less(&a[hint + ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + last + 1, hint + ofs.min(max))
    } else {
        let max = hint + 1;
        while ofs < max {
            if less(&a[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(max), hint - last)
    };
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if less(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// Where `key` goes in the sorted `a`, after any items equal to it: the
/// `k` with `a[k-1] <= key < a[k]`, found as `gallop_left` does.
fn gallop_right<T: Copy>(key: &T, a: &[T], hint: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<usize> {
    let n = a.len();
    let (mut last, mut ofs) = (0, 1);
    // After galloping, a[lo - 1] <= key < a[hi].
    let (mut lo, mut hi) = if less(key, &a[hint])? {
        let max = hint + 1;
        while ofs < max {
            if !less(key, &a[hint - ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(max), hint - last)
    } else {
        let max = n - hint;
        while ofs < max {
            if less(key, &a[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + last + 1, hint + ofs.min(max))
    };
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if less(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// Merges runs `at` and `at + 1` of the stack stably: on a tie the left
/// run's item goes first. The ends already in place are found by
/// galloping, and the rest merged from whichever side is shorter.
fn merge_at<T: Copy, const SELECT: bool>(v: &mut [T], ms: &mut MergeState<T>, at: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    let (a, b) = (ms.runs[at], ms.runs[at + 1]);
    ms.runs[at].len += b.len;
    ms.runs.remove(at + 1);
    // Items of `a` not above b's first are already in place.
    let k = gallop_right(&v[b.start], &v[a.start..b.start], 0, less)?;
    let (start, na) = (a.start + k, a.len - k);
    if na == 0 {
        return Ok(());
    }
    // So are items of `b` not below a's last.
    let nb = gallop_left(&v[b.start - 1], &v[b.start..b.start + b.len], b.len - 1, less)?;
    if nb == 0 {
        return Ok(());
    }
    if na <= nb {
        merge_lo::<_, SELECT>(v, ms, start, na, nb, less)
    } else {
        merge_hi::<_, SELECT>(v, ms, start, na, nb, less)
    }
}

/// How a merge's loop ended, besides by a failed comparison.
enum MergeEnd {
    /// One side is used up, bar what is left to copy back.
    Done,
    /// The left side (merging low) or right side (merging high) is down
    /// to its one item, which goes last (first).
    LastOne,
}

/// Merges `v[start..start + na]` with the `nb` items after it, left to
/// right, the left run (the shorter) moved to scratch. Its last item goes
/// after everything in the right run, and the right's first before
/// everything in the left. On a failed comparison the rest of the left
/// run goes back into the gap, so `v` stays a permutation.
fn merge_lo<T: Copy, const SELECT: bool>(v: &mut [T], ms: &mut MergeState<T>, start: usize, na: usize, nb: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    ms.scratch.clear();
    ms.scratch.extend_from_slice(&v[start..start + na]);
    let end = start + na + nb;
    let (ia, ib, result) = merge_lo_loop::<_, SELECT>(v, &ms.scratch, &mut ms.min_gallop, start + na, end, less);
    // What is left of the left run goes just before what is left of the
    // right one, which sits at the end.
    let a = &ms.scratch[ia..];
    let dest = ib - a.len();
    match result {
        Ok(MergeEnd::LastOne) => {
            v.copy_within(ib..end, dest);
            v[end - 1] = a[0];
            Ok(())
        }
        other => {
            v[dest..ib].copy_from_slice(a);
            other.map(|_| ())
        }
    }
}

/// The body of `merge_lo`: merges `scratch` with `v[ib..end]` into `v`
/// from `ib - scratch.len()` on, returning where it stopped in each.
fn merge_lo_loop<T: Copy, const SELECT: bool>(
    v: &mut [T],
    scratch: &[T],
    min_gallop: &mut usize,
    mut ib: usize,
    end: usize,
    less: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> (usize, usize, PyResult<MergeEnd>) {
    let alen = scratch.len();
    let mut ia = 0;
    let mut dest = ib - alen;
    macro_rules! stop {
        ($how:expr) => {
            return (ia, ib, $how)
        };
    }
    macro_rules! attempt {
        ($e:expr) => {
            match $e {
                Ok(r) => r,
                Err(e) => stop!(Err(e)),
            }
        };
    }
    // The right run's first item goes first.
    v[dest] = v[ib];
    dest += 1;
    ib += 1;
    if ib == end {
        stop!(Ok(MergeEnd::Done));
    }
    if alen == 1 {
        stop!(Ok(MergeEnd::LastOne));
    }
    loop {
        let (mut acount, mut bcount) = (0, 0);
        // One item at a time, until one side keeps winning.
        let threshold = *min_gallop;
        if SELECT {
            // Without branching on the comparison, which is unpredictable:
            // a win for keys held in place, a loss for keys behind
            // pointers, which speculation would have loaded meanwhile.
            loop {
                let right = attempt!(less(&v[ib], &scratch[ia]));
                v[dest] = if right { v[ib] } else { scratch[ia] };
                dest += 1;
                ib += right as usize;
                ia += !right as usize;
                bcount = if right { bcount + 1 } else { 0 };
                acount = if right { 0 } else { acount + 1 };
                // Only the side that won can have run out or won enough.
                if ib == end || ia == alen - 1 || acount.max(bcount) >= threshold {
                    break;
                }
            }
            if ib == end {
                stop!(Ok(MergeEnd::Done));
            }
            if ia == alen - 1 {
                stop!(Ok(MergeEnd::LastOne));
            }
        } else {
            loop {
                if attempt!(less(&v[ib], &scratch[ia])) {
                    v[dest] = v[ib];
                    dest += 1;
                    ib += 1;
                    bcount += 1;
                    acount = 0;
                    if ib == end {
                        stop!(Ok(MergeEnd::Done));
                    }
                    if bcount >= threshold {
                        break;
                    }
                } else {
                    v[dest] = scratch[ia];
                    dest += 1;
                    ia += 1;
                    acount += 1;
                    bcount = 0;
                    if ia == alen - 1 {
                        stop!(Ok(MergeEnd::LastOne));
                    }
                    if acount >= threshold {
                        break;
                    }
                }
            }
        }
        // Gallop while either side wins by long stretches.
        *min_gallop += 1;
        loop {
            *min_gallop -= (*min_gallop > 1) as usize;
            let k = attempt!(gallop_right(&v[ib], &scratch[ia..], 0, less));
            acount = k;
            if k > 0 {
                v[dest..dest + k].copy_from_slice(&scratch[ia..ia + k]);
                dest += k;
                ia += k;
                if ia == alen - 1 {
                    stop!(Ok(MergeEnd::LastOne));
                }
                // Only an inconsistent order empties the left run here.
                if ia == alen {
                    stop!(Ok(MergeEnd::Done));
                }
            }
            v[dest] = v[ib];
            dest += 1;
            ib += 1;
            if ib == end {
                stop!(Ok(MergeEnd::Done));
            }
            let k = attempt!(gallop_left(&scratch[ia], &v[ib..end], 0, less));
            bcount = k;
            if k > 0 {
                v.copy_within(ib..ib + k, dest);
                dest += k;
                ib += k;
                if ib == end {
                    stop!(Ok(MergeEnd::Done));
                }
            }
            v[dest] = scratch[ia];
            dest += 1;
            ia += 1;
            if ia == alen - 1 {
                stop!(Ok(MergeEnd::LastOne));
            }
            if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                break;
            }
        }
        // Leaving galloping costs it.
        *min_gallop += 1;
    }
}

/// Merges `v[start..start + na]` with the `nb` items after it, right to
/// left, the right run (the shorter) moved to scratch; otherwise as
/// `merge_lo`.
fn merge_hi<T: Copy, const SELECT: bool>(v: &mut [T], ms: &mut MergeState<T>, start: usize, na: usize, nb: usize, less: &mut impl FnMut(&T, &T) -> PyResult<bool>) -> PyResult<()> {
    ms.scratch.clear();
    ms.scratch.extend_from_slice(&v[start + na..start + na + nb]);
    let (ea, eb, result) = merge_hi_loop::<_, SELECT>(v, &ms.scratch, &mut ms.min_gallop, start, start + na, less);
    // What is left of the right run goes just after what is left of the
    // left one, which sits at the start.
    match result {
        Ok(MergeEnd::LastOne) => {
            v.copy_within(start..ea, start + 1);
            v[start] = ms.scratch[0];
            Ok(())
        }
        other => {
            v[ea..ea + eb].copy_from_slice(&ms.scratch[..eb]);
            other.map(|_| ())
        }
    }
}

/// The body of `merge_hi`: merges `v[start..ea]` with `scratch` into `v`
/// up to `ea + scratch.len()`, from the right, returning where it stopped
/// in each (the ends of what is left).
fn merge_hi_loop<T: Copy, const SELECT: bool>(
    v: &mut [T],
    scratch: &[T],
    min_gallop: &mut usize,
    start: usize,
    mut ea: usize,
    less: &mut impl FnMut(&T, &T) -> PyResult<bool>,
) -> (usize, usize, PyResult<MergeEnd>) {
    let mut eb = scratch.len();
    // The next slot to fill is `dest - 1`.
    let mut dest = ea + eb;
    macro_rules! stop {
        ($how:expr) => {
            return (ea, eb, $how)
        };
    }
    macro_rules! attempt {
        ($e:expr) => {
            match $e {
                Ok(r) => r,
                Err(e) => stop!(Err(e)),
            }
        };
    }
    // The left run's last item goes last.
    dest -= 1;
    ea -= 1;
    v[dest] = v[ea];
    if ea == start {
        stop!(Ok(MergeEnd::Done));
    }
    if eb == 1 {
        stop!(Ok(MergeEnd::LastOne));
    }
    loop {
        let (mut acount, mut bcount) = (0, 0);
        // One item at a time, until one side keeps winning.
        let threshold = *min_gallop;
        if SELECT {
            // Without branching on the comparison, as in `merge_lo`.
            loop {
                let left = attempt!(less(&scratch[eb - 1], &v[ea - 1]));
                dest -= 1;
                v[dest] = if left { v[ea - 1] } else { scratch[eb - 1] };
                ea -= left as usize;
                eb -= !left as usize;
                acount = if left { acount + 1 } else { 0 };
                bcount = if left { 0 } else { bcount + 1 };
                // Only the side that won can have run out or won enough.
                if ea == start || eb == 1 || acount.max(bcount) >= threshold {
                    break;
                }
            }
            if ea == start {
                stop!(Ok(MergeEnd::Done));
            }
            if eb == 1 {
                stop!(Ok(MergeEnd::LastOne));
            }
        } else {
            loop {
                dest -= 1;
                if attempt!(less(&scratch[eb - 1], &v[ea - 1])) {
                    ea -= 1;
                    v[dest] = v[ea];
                    acount += 1;
                    bcount = 0;
                    if ea == start {
                        stop!(Ok(MergeEnd::Done));
                    }
                    if acount >= threshold {
                        break;
                    }
                } else {
                    eb -= 1;
                    v[dest] = scratch[eb];
                    bcount += 1;
                    acount = 0;
                    if eb == 1 {
                        stop!(Ok(MergeEnd::LastOne));
                    }
                    if bcount >= threshold {
                        break;
                    }
                }
            }
        }
        // Gallop while either side wins by long stretches.
        *min_gallop += 1;
        loop {
            *min_gallop -= (*min_gallop > 1) as usize;
            let na = ea - start;
            let k = na - attempt!(gallop_right(&scratch[eb - 1], &v[start..ea], na - 1, less));
            acount = k;
            if k > 0 {
                v.copy_within(ea - k..ea, dest - k);
                dest -= k;
                ea -= k;
                if ea == start {
                    stop!(Ok(MergeEnd::Done));
                }
            }
            dest -= 1;
            eb -= 1;
            v[dest] = scratch[eb];
            if eb == 1 {
                stop!(Ok(MergeEnd::LastOne));
            }
            let k = eb - attempt!(gallop_left(&v[ea - 1], &scratch[..eb], eb - 1, less));
            bcount = k;
            if k > 0 {
                v[dest - k..dest].copy_from_slice(&scratch[eb - k..eb]);
                dest -= k;
                eb -= k;
                if eb == 1 {
                    stop!(Ok(MergeEnd::LastOne));
                }
                // Only an inconsistent order empties the right run here.
                if eb == 0 {
                    stop!(Ok(MergeEnd::Done));
                }
            }
            dest -= 1;
            ea -= 1;
            v[dest] = v[ea];
            if ea == start {
                stop!(Ok(MergeEnd::Done));
            }
            if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                break;
            }
        }
        // Leaving galloping costs it.
        *min_gallop += 1;
    }
}
