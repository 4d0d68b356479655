//! Native iterator objects: one layout (`Kind::Iter`) whose state says what
//! is being iterated (list, tuple, str, range, dict keys, enumerate, zip...).

use std::cell::UnsafeCell;

use super::heap;
use super::object::{kind_of, Header, Kind};
use super::value::Value;
use super::vm::PyResult;

/// What a native iterator walks over and where it is. The primitive
/// representation fixes the layout, so compiled code can step a range
/// iterator itself (`RANGE_TAG` and the offsets below).
#[repr(u64)]
pub enum IterState {
    /// Items of a list, tuple, str, bytes or bytearray by index (str yields
    /// 1-char strs, bytes ints). For a str, `index` is a byte offset, so
    /// stepping through non-ASCII text is O(1).
    Seq { seq: Value, index: usize },
    /// A range's remaining values.
    Range { next: i64, stop: i64, step: i64 } = RANGE_TAG,
    /// Keys, values or items of a dict, or a set's items (by entry
    /// position); `size` is its length when iteration began, which must
    /// not change, and `left` how many entries are still to come (a dict
    /// whose keys changed at the same size has more). A `backward` one
    /// (`reversed(d)`) steps down from past the last entry.
    Dict { dict: Value, pos: usize, what: DictPart, size: usize, left: usize, backward: bool },
    /// `enumerate(iterable, start)`.
    Enumerate { inner: Value, count: Value },
    /// `zip(*iterables)`.
    Zip { inners: Vec<Value> },
    /// `map(func, *iterables)`.
    Map { func: Value, inners: Vec<Value> },
    /// `filter(func, iterable)`.
    Filter { func: Value, inner: Value },
    /// `reversed(sequence)`.
    Reversed { seq: Value, index: usize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// The old protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    GetItem { obj: Value, index: i64 },
    /// One `__anext__`/`asend` step of an async generator: the value to
    /// send first, and whether it was sent.
    /// With `throw`, `value` is an exception to throw in first (`athrow`);
    /// with `close` too, it is `aclose()`'s GeneratorExit. `thrown_into`:
    /// an exception was thrown through it before its first step.
    AsyncGenStep { agen: Value, value: Value, started: bool, throw: bool, close: bool, thrown_into: bool },
    /// `await anext(it)` that finishes with `default` instead of raising
    /// StopAsyncIteration (STOP for async comprehensions, the value given
    /// to the `anext` builtin); `inner` is the awaitable.
    AsyncNextOrStop { inner: Value, default: Value },
    /// `coroutine.__await__()`: an iterator driving the coroutine.
    CoroWrapper { coro: Value },
    /// A native container's own iterator: `step` gives the item at
    /// `index` (moving it on) or None at the end; `mark` is the step's to
    /// keep (say, the container's shape when iteration began).
    Native { obj: Value, index: usize, mark: usize, step: NativeStep },
    /// An exhausted iterator.
    Done,
}

/// One step of `IterState::Native`: `(container, index, mark)`.
pub type NativeStep = fn(Value, &mut usize, usize) -> PyResult<Option<Value>>;

/// The tag of `IterState::Range`.
pub const RANGE_TAG: u64 = 1;

/// How `#[repr(u64)]` lays out the Range variant: the tag, then its fields.
#[repr(C)]
struct RangeLayout {
    tag: u64,
    next: i64,
    stop: i64,
    step: i64,
}

/// Offset of the state tag in an iterator, for compiled code.
pub const ITER_TAG_OFFSET: i32 = std::mem::offset_of!(IterObj, state) as i32;
/// Offset of a range iterator's next value, for compiled code.
pub const RANGE_NEXT_OFFSET: i32 = ITER_TAG_OFFSET + std::mem::offset_of!(RangeLayout, next) as i32;
/// Offset of a range iterator's bound, for compiled code.
pub const RANGE_STOP_OFFSET: i32 = ITER_TAG_OFFSET + std::mem::offset_of!(RangeLayout, stop) as i32;
/// Offset of a range iterator's step, for compiled code.
pub const RANGE_STEP_OFFSET: i32 = ITER_TAG_OFFSET + std::mem::offset_of!(RangeLayout, step) as i32;

impl IterState {
    /// Iteration over the entries of dict or set `dict`.
    pub fn over(dict: Value, what: DictPart) -> IterState {
        let size = if super::object::kind_of(dict) == super::object::Kind::Set {
            super::set::set_table(dict).len()
        } else {
            super::dict::table(dict).len()
        };
        IterState::Dict { dict, pos: 0, what, size, left: size, backward: false }
    }

    /// `reversed()` over the keys, values or items of dict `dict`.
    pub fn over_reversed(dict: Value, what: DictPart) -> IterState {
        let t = super::dict::table(dict);
        IterState::Dict { dict, pos: t.capacity_used(), what, size: t.len(), left: t.len(), backward: true }
    }
}

/// Which part of each dict entry an iterator yields.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// A native iterator.
#[repr(C)]
pub struct IterObj {
    /// Common header (the class names the iterator type).
    pub header: Header,
    /// The iteration state.
    pub state: UnsafeCell<IterState>,
}

/// Makes an iterator with `state`.
pub fn new_iter(state: IterState) -> Value {
    new_iter_of(super::iter_classes::class_for(&state), state)
}

/// Makes an iterator of class `class` with `state`.
pub fn new_iter_of(class: Value, state: IterState) -> Value {
    let obj = IterObj { header: Header::new(class, Kind::Iter), state: UnsafeCell::new(state) };
    Value::from_ptr(heap::alloc(obj))
}

/// The state of an iterator value.
#[allow(clippy::mut_from_ref)]
pub fn state(v: Value) -> &'static mut IterState {
    // SAFETY: callers check the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<IterObj>()).state.get() }
}

/// The coroutine `v` drives, when it is a `coroutine_wrapper`.
pub fn wrapped_coroutine(v: Value) -> Option<Value> {
    match kind_of(v) {
        Kind::Iter => match state(v) {
            IterState::CoroWrapper { coro } => Some(*coro),
            _ => None,
        },
        _ => None,
    }
}

impl IterState {
    /// Calls `visit` on every value the state references.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        match self {
            IterState::Seq { seq, .. } | IterState::Reversed { seq, .. } => visit(*seq),
            IterState::Dict { dict, .. } => visit(*dict),
            IterState::Enumerate { inner, count } => {
                visit(*inner);
                visit(*count);
            }
            IterState::Zip { inners } => inners.iter().for_each(|&v| visit(v)),
            IterState::Map { func, inners } => {
                visit(*func);
                inners.iter().for_each(|&v| visit(v));
            }
            IterState::Filter { func, inner } => {
                visit(*func);
                visit(*inner);
            }
            IterState::Callable { func, sentinel } => {
                visit(*func);
                visit(*sentinel);
            }
            IterState::GetItem { obj, .. } | IterState::Native { obj, .. } => visit(*obj),
            IterState::CoroWrapper { coro } => visit(*coro),
            IterState::AsyncNextOrStop { inner, default } => {
                visit(*inner);
                visit(*default);
            }
            IterState::AsyncGenStep { agen, value, .. } => {
                visit(*agen);
                visit(*value);
            }
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range_state_layout_is_what_compiled_code_reads() {
        let st = IterState::Range { next: 7, stop: 9, step: 2 };
        let base = &st as *const IterState as *const u8;
        let word = |off: i32| unsafe { *(base.add((off - ITER_TAG_OFFSET) as usize) as *const i64) };
        assert_eq!(word(ITER_TAG_OFFSET) as u64, RANGE_TAG);
        assert_eq!((word(RANGE_NEXT_OFFSET), word(RANGE_STOP_OFFSET), word(RANGE_STEP_OFFSET)), (7, 9, 2));
    }
}
