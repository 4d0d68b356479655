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
    /// The number of items, which follow the struct in the same heap slot
    /// (a tuple costs one allocation and nothing to free).
    pub len: usize,
}

/// Makes a list owning `items`.
pub fn new_list(items: Vec<Value>) -> Value {
    let obj = ListObj { header: Header::new(vm().classes.list, Kind::List), items: UnsafeCell::new(items) };
    Value::from_ptr(heap::alloc(obj))
}

/// Makes a tuple of `items`.
pub fn new_tuple(items: Vec<Value>) -> Value {
    new_tuple_from(&items)
}

thread_local! {
    /// The one empty tuple (`() is ()`, as in CPython), once made.
    static EMPTY_TUPLE: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
}

/// Makes a tuple of a copy of `items`.
pub fn new_tuple_from(items: &[Value]) -> Value {
    if items.is_empty() {
        return EMPTY_TUPLE.with(|e| {
            if e.get().is_null() {
                e.set(super::vm::keep(alloc_tuple(items)));
            }
            e.get()
        });
    }
    alloc_tuple(items)
}

fn alloc_tuple(items: &[Value]) -> Value {
    let obj = TupleObj { header: Header::new(vm().classes.tuple, Kind::Tuple), len: items.len() };
    Value::from_ptr(heap::alloc_with_values(obj, items))
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
    unsafe {
        let t = v.ptr::<TupleObj>();
        std::slice::from_raw_parts(t.add(1) as *const Value, (*t).len)
    }
}
