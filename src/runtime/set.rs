//! `set` and `frozenset` objects (a frozenset has header flag 1).

use std::cell::UnsafeCell;

use super::dict::DictTable;
use super::heap;
use super::object::{Header, Kind};
use super::value::Value;
use super::vm::vm;

/// A `set` or `frozenset`: the keys of a table whose values are unused.
#[repr(C)]
pub struct SetObj {
    /// Common header.
    pub header: Header,
    /// The members.
    pub table: UnsafeCell<DictTable>,
}

/// Makes an empty set (or frozenset).
pub fn new_set(frozen: bool) -> Value {
    let class = if frozen { vm().classes.frozenset } else { vm().classes.set };
    Value::from_ptr(heap::alloc(SetObj { header: Header::new(class, Kind::Set), table: UnsafeCell::new(DictTable::new()) }))
}

/// The members of a set value.
#[allow(clippy::mut_from_ref)]
pub fn set_table(v: Value) -> &'static mut DictTable {
    // SAFETY: callers check the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<SetObj>()).table.get() }
}

/// True for a frozenset.
pub fn is_frozen(v: Value) -> bool {
    v.header().class.get() == vm().classes.frozenset
}
