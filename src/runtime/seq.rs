//! `list` and `tuple` objects.

use std::cell::UnsafeCell;

use super::heap;
use super::object::{Header, Kind};
use super::value::Value;
use super::vm::vm;

/// A Python `list`.
#[repr(C)]
pub struct ListObj {
    /// Common header.
    pub header: Header,
    /// The items (mutable through shared references: the VM is single-threaded).
    pub items: UnsafeCell<Vec<Value>>,
}

/// A Python `tuple`.
#[repr(C)]
pub struct TupleObj {
    /// Common header.
    pub header: Header,
    /// The items.
    pub items: Box<[Value]>,
}

/// Makes a list owning `items`.
pub fn new_list(items: Vec<Value>) -> Value {
    let obj = ListObj { header: Header::new(vm().classes.list, Kind::List), items: UnsafeCell::new(items) };
    Value::from_ptr(heap::alloc(obj))
}

/// Makes a tuple of `items`.
pub fn new_tuple(items: Vec<Value>) -> Value {
    let obj = TupleObj { header: Header::new(vm().classes.tuple, Kind::Tuple), items: items.into_boxed_slice() };
    Value::from_ptr(heap::alloc(obj))
}

/// The items of a list value (which must be a list).
#[allow(clippy::mut_from_ref)]
#[inline]
pub fn list_items(v: Value) -> &'static mut Vec<Value> {
    // SAFETY: the caller checked the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<ListObj>()).items.get() }
}

/// The items of a tuple value (which must be a tuple).
#[inline]
pub fn tuple_items(v: Value) -> &'static [Value] {
    // SAFETY: the caller checked the kind; tuples are immutable.
    unsafe { &(*v.ptr::<TupleObj>()).items }
}
