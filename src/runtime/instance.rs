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

/// Makes an instance of `class` with no attributes. Instances of classes
/// with a native base carry that base's slots after the struct, all NULL;
/// `header.extra` counts them.
pub fn new_instance(class: Value) -> Value {
    let slots = super::class::class_obj(class).native_slots.get();
    let header = Header::new(class, Kind::Instance);
    header.extra.set(slots);
    let obj = InstanceObj { header, attrs: UnsafeCell::new(DictTable::new()) };
    Value::from_ptr(heap::alloc_with_tail(obj, slots as usize))
}

/// The native slots of an instance (empty for plain classes).
#[inline]
pub fn native_slots(v: Value) -> &'static [std::cell::Cell<Value>] {
    let n = v.header().extra.get() as usize;
    // SAFETY: `n` slots follow the struct (see `new_instance`).
    unsafe { std::slice::from_raw_parts(v.ptr::<InstanceObj>().add(1) as *const std::cell::Cell<Value>, n) }
}

/// The attribute table of an instance value (which must be an instance).
#[allow(clippy::mut_from_ref)]
#[inline]
pub fn attrs(v: Value) -> &'static mut DictTable {
    // SAFETY: the caller checked the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<InstanceObj>()).attrs.get() }
}
