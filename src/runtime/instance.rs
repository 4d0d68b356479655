//! Instances of user classes (and of `object`): a class pointer and an
//! attribute table.

use std::cell::UnsafeCell;

use super::dict::DictTable;
use super::heap;
use super::object::{Header, Kind};
use super::value::Value;

/// An instance of a plain class.
#[repr(C)]
pub struct InstanceObj {
    /// Common header (its class is the instance's class).
    pub header: Header,
    /// The instance attributes (`__dict__`).
    pub attrs: UnsafeCell<DictTable>,
}

/// Makes an instance of `class` with no attributes.
pub fn new_instance(class: Value) -> Value {
    let obj = InstanceObj { header: Header::new(class, Kind::Instance), attrs: UnsafeCell::new(DictTable::new()) };
    Value::from_ptr(heap::alloc(obj))
}

/// The attribute table of an instance value (which must be an instance).
#[allow(clippy::mut_from_ref)]
#[inline]
pub fn attrs(v: Value) -> &'static mut DictTable {
    // SAFETY: the caller checked the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<InstanceObj>()).attrs.get() }
}
