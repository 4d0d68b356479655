//! Module objects. A module's globals live in a fixed array of slots so that
//! compiled code reads a global with one load; the name of each slot is kept
//! for `getattr(module, name)`, `globals()` and error messages.

use std::cell::UnsafeCell;
use std::collections::HashMap;

use super::dict::DictTable;
use super::heap;
use super::object::{Header, Kind};
use super::value::Value;
use super::vm::{intern, vm};

/// A module.
#[repr(C)]
pub struct ModuleObj {
    /// Common header.
    pub header: Header,
    /// `__name__`.
    pub name: String,
    /// The file the module was loaded from ("" for native modules).
    pub file: String,
    /// Global slots, fixed at creation (compiled code holds their address).
    pub slots: Box<[UnsafeCell<Value>]>,
    /// Slot index of each global name known at compile time.
    pub slot_of: HashMap<String, usize>,
    /// Globals created at run time under names the compiler did not see.
    pub extra: UnsafeCell<DictTable>,
}

/// Makes a module whose compiled code uses the globals `names`.
pub fn new_module(name: &str, file: &str, names: &[String]) -> Value {
    let slots = (0..names.len()).map(|_| UnsafeCell::new(Value::NULL)).collect();
    let slot_of = names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect();
    let obj = ModuleObj {
        header: Header::new(vm().classes.module, Kind::Module),
        name: name.to_string(),
        file: file.to_string(),
        slots,
        slot_of,
        extra: UnsafeCell::new(DictTable::new()),
    };
    let m = Value::from_ptr(heap::alloc(obj));
    set_global(m, "__name__", super::str::new_str(name));
    m
}

/// The struct of a module value.
#[inline]
pub fn module_obj(v: Value) -> &'static ModuleObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<ModuleObj>() }
}

/// Reads global `name` (NULL when unbound).
pub fn get_global(m: Value, name: &str) -> Value {
    let module = module_obj(m);
    match module.slot_of.get(name) {
        // SAFETY: single-threaded VM.
        Some(&i) => unsafe { *module.slots[i].get() },
        None => unsafe { (*module.extra.get()).get_str(intern(name)).unwrap_or(Value::NULL) },
    }
}

/// Binds global `name`.
pub fn set_global(m: Value, name: &str, value: Value) {
    let module = module_obj(m);
    match module.slot_of.get(name) {
        // SAFETY: single-threaded VM.
        Some(&i) => unsafe { *module.slots[i].get() = value },
        None => unsafe { (*module.extra.get()).set_str(intern(name), value) },
    }
}

/// Every bound global in slot order, then the extras.
pub fn globals(m: Value) -> Vec<(String, Value)> {
    let module = module_obj(m);
    let mut named: Vec<(usize, &String)> = module.slot_of.iter().map(|(n, &i)| (i, n)).collect();
    named.sort();
    let mut out: Vec<(String, Value)> = named
        .into_iter()
        // SAFETY: single-threaded VM.
        .map(|(i, n)| (n.clone(), unsafe { *module.slots[i].get() }))
        .filter(|(_, v)| !v.is_null())
        .collect();
    // SAFETY: single-threaded VM.
    for e in unsafe { (*module.extra.get()).iter() } {
        out.push((super::str::as_str(e.key).to_string(), e.value));
    }
    out
}
