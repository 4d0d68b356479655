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
    /// Number of values.
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
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
