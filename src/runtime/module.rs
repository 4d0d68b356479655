//! Module objects. A module's globals live in slots that never move, so that
//! compiled code reads a global with one load; the name of each slot is kept
//! for `getattr(module, name)`, `globals()` and error messages. The slots come
//! in chunks: a module gets one when created, and code compiled into it later
//! (a REPL input) adds a chunk for the names it brings.

use std::cell::UnsafeCell;

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
    /// Global slot chunks; a slot never moves (compiled code holds its address).
    pub slots: UnsafeCell<Vec<Box<[UnsafeCell<Value>]>>>,
    /// Slot index (counted across the chunks) of each global name known at compile time.
    pub slot_of: UnsafeCell<rustc_hash::FxHashMap<String, usize>>,
    /// Globals created at run time under names the compiler did not see.
    pub extra: UnsafeCell<DictTable>,
}

/// Makes a module whose compiled code uses the globals `names`.
pub fn new_module(name: &str, file: &str, names: &[String]) -> Value {
    let slots = UnsafeCell::new(vec![(0..names.len()).map(|_| UnsafeCell::new(Value::NULL)).collect()]);
    let slot_of = UnsafeCell::new(names.iter().enumerate().map(|(i, n)| (n.clone(), i)).collect());
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

impl ModuleObj {
    /// The slot index of global `name`, if it has a slot.
    pub fn slot_index(&self, name: &str) -> Option<usize> {
        // SAFETY: single-threaded VM; the map is not borrowed elsewhere.
        unsafe { (*self.slot_of.get()).get(name).copied() }
    }

    /// The address of slot `index` (stable for the life of the module).
    pub fn slot_ptr(&self, mut index: usize) -> *mut Value {
        // SAFETY: single-threaded VM; chunks are only ever appended.
        for chunk in unsafe { (*self.slots.get()).iter() } {
            if index < chunk.len() {
                return chunk[index].get();
            }
            index -= chunk.len();
        }
        panic!("global slot {index} out of range")
    }

    /// Calls `f` with the value of every slot.
    pub fn for_each_slot(&self, mut f: impl FnMut(Value)) {
        // SAFETY: single-threaded VM.
        unsafe { (*self.slots.get()).iter().flatten().for_each(|s| f(*s.get())) }
    }
}

/// Gives slots to those of `names` that have none yet (a value bound under
/// such a name at run time moves from the extras into its new slot).
pub fn add_globals(m: Value, names: &[String]) {
    let module = module_obj(m);
    let new: Vec<&String> = names.iter().filter(|n| module.slot_index(n).is_none()).collect();
    if new.is_empty() {
        return;
    }
    // SAFETY: single-threaded VM; no reference into the map or chunk list is held.
    unsafe {
        let first = (*module.slots.get()).iter().map(|c| c.len()).sum::<usize>();
        let chunk: Box<[UnsafeCell<Value>]> = new
            .iter()
            .map(|n| {
                let key = intern(n);
                let old = (*module.extra.get()).get_str(key).unwrap_or(Value::NULL);
                if !old.is_null() {
                    let _ = (*module.extra.get()).remove(key);
                }
                UnsafeCell::new(old)
            })
            .collect();
        (*module.slots.get()).push(chunk);
        for (i, n) in new.into_iter().enumerate() {
            (*module.slot_of.get()).insert(n.clone(), first + i);
        }
    }
}

/// The struct of a module value.
#[inline]
pub fn module_obj(v: Value) -> &'static ModuleObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<ModuleObj>() }
}

/// The loaded module whose code is in `file`, if any.
pub fn module_of_file(file: &str) -> Option<Value> {
    vm().modules.borrow().values().copied().find(|&m| super::object::kind_of(m) == Kind::Module && module_obj(m).file == file)
}

/// Reads global `name` (NULL when unbound).
pub fn get_global(m: Value, name: &str) -> Value {
    let module = module_obj(m);
    match module.slot_index(name) {
        // SAFETY: single-threaded VM.
        Some(i) => unsafe { *module.slot_ptr(i) },
        None => unsafe { (*module.extra.get()).get_str(intern(name)).unwrap_or(Value::NULL) },
    }
}

/// Binds global `name`.
pub fn set_global(m: Value, name: &str, value: Value) {
    let module = module_obj(m);
    match module.slot_index(name) {
        // SAFETY: single-threaded VM.
        Some(i) => unsafe { *module.slot_ptr(i) = value },
        None => unsafe { (*module.extra.get()).set_str(intern(name), value) },
    }
}

/// Every bound global in slot order, then the extras.
pub fn globals(m: Value) -> Vec<(String, Value)> {
    let module = module_obj(m);
    // SAFETY: single-threaded VM.
    let mut named: Vec<(usize, &String)> = unsafe { (*module.slot_of.get()).iter().map(|(n, &i)| (i, n)).collect() };
    named.sort();
    let mut out: Vec<(String, Value)> = named
        .into_iter()
        // SAFETY: single-threaded VM.
        .map(|(i, n)| (n.clone(), unsafe { *module.slot_ptr(i) }))
        .filter(|(_, v)| !v.is_null())
        .collect();
    // SAFETY: single-threaded VM. (A deleted extra is left with no value.)
    for e in unsafe { (*module.extra.get()).iter() }.filter(|e| !e.key.is_null() && !e.value.is_null()) {
        out.push((super::str::as_str(e.key).to_string(), e.value));
    }
    out
}

/// The names of `module` for its `__dir__` (PEP 562): its globals and the
/// names its `__getattr__` makes on first use (`lazy`), not the two hooks
/// themselves (which the CPython module they stand for does not have).
pub fn names_with(module: Value, lazy: &[&str]) -> Value {
    let dict = super::module_dict::module_dict(module);
    let hook = |k: Value| super::object::kind_of(k) == Kind::Str && matches!(super::str::as_str(k), "__getattr__" | "__dir__");
    let mut names: Vec<Value> = super::dict::table(dict).iter().map(|e| e.key).filter(|&k| !hook(k)).collect();
    for name in lazy {
        if super::dict::table(dict).get_str(super::vm::intern(name)).is_none() {
            names.push(super::vm::intern(name));
        }
    }
    super::seq::new_list(names)
}
