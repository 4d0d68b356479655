//! `range` and `slice` objects.

use super::heap;
use super::object::{Header, Kind};
use super::value::Value;
use super::vm::vm;

/// A `range` with i64 bounds.
#[repr(C)]
pub struct RangeObj {
    /// Common header.
    pub header: Header,
    /// First value.
    pub start: i64,
    /// Bound (exclusive).
    pub stop: i64,
    /// Step (never 0).
    pub step: i64,
}

impl RangeObj {
    /// The position of `i` among the range's values, if it is one
    /// (in 128 bits: `i - start` may not fit 64).
    pub fn position(&self, i: i64) -> Option<i64> {
        let inside = if self.step > 0 { self.start <= i && i < self.stop } else { self.stop < i && i <= self.start };
        let offset = i as i128 - self.start as i128;
        (inside && offset % self.step as i128 == 0).then(|| (offset / self.step as i128) as i64)
    }

    /// Number of values.
    pub fn len(&self) -> i64 {
        count(self.start, self.stop, self.step)
    }
}

/// How many values a range from `start` to `stop` by `step` (not 0) has,
/// up to `i64::MAX`.
pub fn count(start: i64, stop: i64, step: i64) -> i64 {
    // In 128 bits: the distance between two i64 bounds may not fit 64.
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// Makes a range.
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    Value::from_ptr(heap::alloc(RangeObj { header: Header::new(vm().classes.range, Kind::Range), start, stop, step }))
}

/// The struct of a range value.
pub fn range_obj(v: Value) -> &'static RangeObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<RangeObj>() }
}

/// A `slice(start, stop, step)`; absent parts are None.
#[repr(C)]
pub struct SliceObj {
    /// Common header.
    pub header: Header,
    /// `start`.
    pub start: Value,
    /// `stop`.
    pub stop: Value,
    /// `step`.
    pub step: Value,
}

/// Makes a slice.
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    Value::from_ptr(heap::alloc(SliceObj { header: Header::new(vm().classes.slice, Kind::Slice), start, stop, step }))
}

/// The struct of a slice value.
pub fn slice_obj(v: Value) -> &'static SliceObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<SliceObj>() }
}
