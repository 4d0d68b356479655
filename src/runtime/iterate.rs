//! The iteration protocol: `iter(v)`, `next(it)` and collecting an iterable
//! into a vector.

use super::class::{lookup, type_of};
use super::dict::table;
use super::iter::{new_iter, state, DictPart, IterState};
use super::number::int;
use super::object::{kind_of, Kind};
use super::seq::{list_items, new_tuple_from, tuple_items};
use super::set::set_table;
use super::str::as_str;
use super::value::Value;
use super::vm::{raise_named, take_exception, vm, PyResult};

/// `iter(v)`.
pub fn iter(v: Value) -> PyResult<Value> {
    let st = match kind_of(v) {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray => IterState::Seq { seq: v, index: 0 },
        Kind::Range => {
            let r = super::range::range_obj(v);
            IterState::Range { next: r.start, stop: r.stop, step: r.step }
        }
        Kind::Dict | Kind::Set => IterState::over(v, DictPart::Keys),
        Kind::Iter => return Ok(v),
        Kind::Generator if super::generator::gen_obj(v).code().generator == Some(super::function::GenKind::Generator) => return Ok(v),
        _ => {
            // (`__iter__ = None` says the class is not iterable.)
            let own_iter = lookup(type_of(v), crate::sym!("__iter__"));
            if let Some(f) = own_iter.filter(|&f| f != super::vm::none()) {
                let it = super::call::call(f, &[v], &[])?;
                if !is_iterator(it) {
                    return raise_named("TypeError", format!("iter() returned non-iterator of type '{}'", super::ops::type_name(it)));
                }
                return Ok(it);
            }
            if own_iter.is_none() && lookup(type_of(v), crate::sym!("__getitem__")).is_some() {
                return Ok(new_iter(IterState::GetItem { obj: v, index: 0 }));
            }
            return raise_named("TypeError", format!("'{}' object is not iterable", super::ops::type_name(v)));
        }
    };
    Ok(new_iter(st))
}

/// True when `v` has `__next__`: what `iter()` may return.
pub fn is_iterator(v: Value) -> bool {
    match kind_of(v) {
        Kind::Iter => true,
        Kind::Generator => super::generator::gen_obj(v).code().generator == Some(super::function::GenKind::Generator),
        _ => lookup(type_of(v), crate::sym!("__next__")).is_some(),
    }
}

/// Advances an iterator: `Ok(None)` when it is exhausted.
pub fn next(it: Value) -> PyResult<Option<Value>> {
    if kind_of(it) == Kind::Generator {
        return super::generator::next(it);
    }
    if kind_of(it) != Kind::Iter {
        let Some(f) = lookup(type_of(it), crate::sym!("__next__")) else {
            return raise_named("TypeError", format!("'{}' object is not an iterator", super::ops::type_name(it)));
        };
        return match super::call::call(f, &[it], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                let exc = vm().current_exc.get();
                if super::class::isinstance(exc, super::vm::exc_class("StopIteration")) {
                    take_exception();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        };
    }
    let st = state(it);
    let out = match st {
        IterState::Seq { seq, index } => {
            let seq = *seq;
            let item = match kind_of(seq) {
                Kind::List => list_items(seq).get(*index).copied(),
                Kind::Tuple => tuple_items(seq).get(*index).copied(),
                Kind::Bytes | Kind::ByteArray => super::bytes::as_bytes(seq).get(*index).map(|&b| int(b as i64)),
                // A str iterator's index is a byte offset.
                _ => as_str(seq)[*index..].chars().next().map(|c| {
                    *index += c.len_utf8() - 1;
                    super::text::char_str(c)
                }),
            };
            *index += 1;
            item
        }
        IterState::Range { next, stop, step } => {
            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                let v = int(*next);
                // Past the end of i64 is past the bound too.
                *next = next.checked_add(*step).unwrap_or(*stop);
                Some(v)
            } else {
                None
            }
        }
        IterState::Dict { dict, size, .. } if kind_of(*dict) == Kind::Set && set_table(*dict).len() != *size => {
            *state(it) = IterState::Done;
            return raise_named("RuntimeError", "Set changed size during iteration");
        }
        IterState::Dict { dict, size, .. } if kind_of(*dict) == Kind::Dict && table(*dict).len() != *size => {
            *state(it) = IterState::Done;
            return raise_named("RuntimeError", "dictionary changed size during iteration");
        }
        IterState::Dict { dict, pos, .. } if kind_of(*dict) == Kind::Set => {
            match set_table(*dict).next_from(*pos) {
                Some((next, key)) => {
                    *pos = next;
                    Some(key)
                }
                None => None,
            }
        }
        IterState::Dict { dict, pos, what, left, backward: true, .. } => {
            // CPython's reverse dict iterator checks only the size.
            let t = table(*dict);
            let mut found = None;
            while *pos > 0 && found.is_none() {
                *pos -= 1;
                found = t.entry_at(*pos).filter(|e| !e.key.is_null()).copied();
            }
            *left = left.saturating_sub(found.is_some() as usize);
            found.map(|e| dict_part(e, *what))
        }
        IterState::Dict { dict, pos, what, left, .. } => {
            let (d, what) = (*dict, *what);
            let t = table(d);
            let mut found = None;
            while let Some(e) = t.entry_at(*pos) {
                *pos += 1;
                if !e.key.is_null() {
                    found = Some(*e);
                    break;
                }
            }
            if found.is_some() {
                if *left == 0 {
                    *state(it) = IterState::Done;
                    return raise_named("RuntimeError", "dictionary keys changed during iteration");
                }
                *left -= 1;
            }
            found.map(|e| dict_part(e, what))
        }
        IterState::Enumerate { inner, count } => {
            let (inner, c) = (*inner, *count);
            match next(inner)? {
                Some(v) => {
                    if let IterState::Enumerate { count, .. } = state(it) {
                        *count = super::ops::binary(crate::syntax::ast::BinOp::Add, c, int(1))?;
                    }
                    Some(new_tuple_from(&[c, v]))
                }
                None => None,
            }
        }
        IterState::Zip { inners } => {
            let inners = inners.clone();
            // The next iterator's step may collect: the items wait where
            // the collector sees them.
            let mut items = StepValues::new(inners.len());
            for i in inners {
                match next(i)? {
                    Some(v) => items.push(v),
                    None => {
                        *state(it) = IterState::Done;
                        return Ok(None);
                    }
                }
            }
            if items.values.is_empty() {
                None
            } else {
                Some(new_tuple_from(&items.values))
            }
        }
        IterState::Map { func, inners } => {
            let (func, inners) = (*func, inners.clone());
            // Kept where the collector sees them, through the call too
            // (which may allocate before it copies them).
            let mut args = StepValues::new(inners.len());
            for i in inners {
                match next(i)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            stop_ends(super::call::call(func, &args.values, &[]))?
        }
        IterState::Filter { func, inner } => {
            let (func, inner) = (*func, *inner);
            loop {
                let Some(v) = next(inner)? else { break None };
                let keep = if func == super::vm::none() {
                    super::ops::truthy(v)?
                } else {
                    let Some(r) = stop_ends(super::call::call(func, &[v], &[]))? else { break None };
                    super::ops::truthy(r)?
                };
                if keep {
                    break Some(v);
                }
            }
        }
        IterState::Reversed { seq, index } => {
            if *index == 0 {
                None
            } else {
                *index -= 1;
                let (seq, i) = (*seq, *index);
                Some(super::ops::getitem(seq, int(i as i64))?)
            }
        }
        IterState::Native { obj, index, mark, step } => {
            let (obj, mark, step, mut i) = (*obj, *mark, *step, *index);
            let r = step(obj, &mut i, mark)?;
            if let IterState::Native { index, .. } = state(it) {
                *index = i;
            }
            r
        }
        IterState::Callable { func, sentinel } => {
            let (func, sentinel) = (*func, *sentinel);
            let Some(v) = stop_ends(super::call::call(func, &[], &[]))? else {
                *state(it) = IterState::Done;
                return Ok(None);
            };
            if super::ops::eq_bool(v, sentinel)? {
                *state(it) = IterState::Done;
                None
            } else {
                Some(v)
            }
        }
        IterState::GetItem { obj, index } => {
            let (obj, i) = (*obj, *index);
            *index += 1;
            match super::ops::getitem(obj, int(i)) {
                Ok(v) => Some(v),
                Err(e) => {
                    let exc = vm().current_exc.get();
                    if super::class::isinstance(exc, super::vm::exc_class("IndexError"))
                        || super::class::isinstance(exc, super::vm::exc_class("StopIteration"))
                    {
                        take_exception();
                        None
                    } else {
                        return Err(e);
                    }
                }
            }
        }
        IterState::AsyncGenStep { .. } => {
            return match super::generator::asend_step(it, super::vm::none(), super::generator::MODE_SEND)? {
                super::generator::Step::Yield(v) => Ok(Some(v)),
                super::generator::Step::Return(_) => Ok(None),
            };
        }
        IterState::AsyncNextOrStop { .. } => {
            return raise_named("TypeError", "an async iteration step is not an iterator");
        }
        IterState::CoroWrapper { coro } => {
            // (The coroutine stays: a wrapper is never marked exhausted.)
            return match super::generator::resume(*coro, super::vm::none(), super::generator::MODE_SEND)? {
                super::generator::Step::Yield(v) => Ok(Some(v)),
                super::generator::Step::Return(_) => Ok(None),
            };
        }
        IterState::Done => None,
    };
    if out.is_none() {
        *state(it) = IterState::Done;
    }
    Ok(out)
}

/// Collects every item of `iterable`.
pub fn collect(iterable: Value) -> PyResult<Vec<Value>> {
    match kind_of(iterable) {
        Kind::List => return Ok(list_items(iterable).clone()),
        Kind::Tuple => return Ok(tuple_items(iterable).to_vec()),
        _ => {}
    }
    // Collect into a list object so the collector sees the items.
    let list = super::seq::new_list(Vec::new());
    // A range's items are all had at once, or MemoryError at once (as
    // CPython sizes the list first), not after filling the machine.
    if kind_of(iterable) == Kind::Range && list_items(list).try_reserve_exact(super::range::range_obj(iterable).len() as usize).is_err() {
        return super::vm::raise_named("MemoryError", "");
    }
    let it = iter(iterable)?;
    while let Some(v) = next(it)? {
        list_items(list).push(v);
    }
    let items = list_items(list).clone();
    std::hint::black_box(list);
    Ok(items)
}

/// `list.extend(iterable)` and `list += iterable`: a list's or tuple's
/// items as they are now (so `l.extend(l)` doubles it); other items are
/// appended as they come, so that a generator over the list itself sees
/// them, as in CPython.
pub fn extend_list(list: Value, iterable: Value) -> PyResult<()> {
    if matches!(kind_of(iterable), Kind::List | Kind::Tuple | Kind::Range) {
        let items = collect(iterable)?;
        list_items(list).extend(items);
        return Ok(());
    }
    let it = iter(iterable)?;
    while let Some(v) = next(it)? {
        list_items(list).push(v);
    }
    Ok(())
}

/// Collects every item of `iterable`, as CPython's `PySequence_Fast`: a
/// TypeError from `iter()` becomes one saying `message`.
pub fn collect_or(iterable: Value, message: &str) -> PyResult<Vec<Value>> {
    if !matches!(kind_of(iterable), Kind::List | Kind::Tuple) {
        if let Err(e) = iter(iterable) {
            if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("TypeError")) {
                take_exception();
                return raise_named("TypeError", message);
            }
            return Err(e);
        }
    }
    collect(iterable)
}

/// The result of a function a builtin iterator calls, where a StopIteration
/// it raises ends the iteration (the consumer of CPython's C iterator sees
/// it as the end).
fn stop_ends(r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("StopIteration")) {
                take_exception();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

/// The values one step of `zip` or `map` takes from its iterators, held
/// where the collector sees them while the next are made: on the stack
/// for up to four, rooted beyond.
struct StepValues {
    /// The values so far.
    values: smallvec::SmallVec<[Value; 4]>,
    /// Roots them when they outgrow the stack.
    keep: Option<super::heap::Rooted>,
}

impl StepValues {
    fn new(n: usize) -> StepValues {
        StepValues { values: smallvec::SmallVec::with_capacity(n), keep: (n > 4).then(super::heap::Rooted::new) }
    }

    fn push(&mut self, v: Value) {
        if let Some(keep) = &self.keep {
            keep.add(v);
        }
        self.values.push(v);
    }
}

/// The key, value or (key, value) item of one dict entry.
fn dict_part(e: super::dict::Entry, what: DictPart) -> Value {
    match what {
        DictPart::Keys => e.key,
        DictPart::Values => e.value,
        DictPart::Items => new_tuple_from(&[e.key, e.value]),
    }
}
