//! A module's namespace as a dict: `globals()`, `module.__dict__`,
//! `vars(module)`. Compiled code keeps globals in slots (module.rs), so the
//! dict is a mirror kept in step both ways: every access to it first takes
//! in the globals that changed since it last looked (`dict::table` calls
//! `pull` for a dict flagged `MIRROR`), and every change made through it
//! is copied back out (`push`, called where Python code changes a dict).
//! One dict per module, made on first use.

use std::cell::RefCell;
use std::collections::HashMap;

use super::dict::{new_dict, DictObj, DictTable};
use super::module::{get_global, globals, module_obj, set_global};
use super::object::Kind;
use super::value::Value;
use super::vm::{intern, none, vm};

/// The header flag of a dict that mirrors a module.
pub const MIRROR: u16 = 1 << 14;

/// A module's dict.
struct Mirror {
    /// The dict.
    dict: Value,
    /// Its module.
    module: Value,
    /// The module's bound globals when the two were last in step.
    seen: HashMap<String, Value>,
}

thread_local! {
    /// Every module's dict (roots: a module's dict lives as long as the
    /// module, which sys.modules keeps).
    static MIRRORS: RefCell<Vec<Mirror>> = const { RefCell::new(Vec::new()) };
}

/// Names CPython puts first in a module's namespace; they appear in the
/// dict without being the module's globals.
const PREAMBLE: &[&str] = &["__name__", "__doc__", "__package__", "__loader__", "__spec__"];
/// What a module run from a file adds after them.
const FILE_PREAMBLE: &[&str] = &["__annotations__", "__builtins__", "__file__", "__cached__"];

/// The dict of module `m`, made on first use.
pub fn module_dict(m: Value) -> Value {
    if let Some(d) = MIRRORS.with(|ms| ms.borrow().iter().find(|mirror| mirror.module == m).map(|mirror| mirror.dict)) {
        return d;
    }
    let d = new_dict();
    let table = raw_table(d);
    let file = &module_obj(m).file;
    let preamble = PREAMBLE.iter().chain(if file.is_empty() { &[][..] } else { FILE_PREAMBLE });
    for &name in preamble {
        let global = get_global(m, name);
        let value = match name {
            _ if !global.is_null() => global,
            "__annotations__" => new_dict(),
            "__builtins__" => vm().builtins.get(),
            "__file__" => super::str::new_str(file),
            // An imported top-level module's package is '', the main one's None.
            "__package__" if module_obj(m).name != "__main__" => crate::sym!(""),
            _ => none(),
        };
        table.set_str(intern(name), value);
    }
    register(d, m);
    pull(d);
    d
}

/// Makes dict `d` the mirror of module `m`.
fn register(d: Value, m: Value) {
    d.header().flags.set(d.header().flags.get() | MIRROR);
    MIRRORS.with(|ms| {
        let mut ms = ms.borrow_mut();
        if ms.is_empty() {
            super::heap::add_root_set(|visit| MIRRORS.with(|ms| ms.borrow().iter().for_each(|mirror| {
                visit(mirror.dict);
                visit(mirror.module);
            })));
        }
        ms.push(Mirror { dict: d, module: m, seen: HashMap::new() });
    });
}

/// The module whose globals dict `d` is, for `exec`/`eval`: its module
/// if it mirrors one, else a new module it becomes the mirror of (its
/// entries become the module's globals). Such a module is named by the
/// dict's `__name__`, or `builtins` as CPython's frames then say.
pub fn module_of_globals(d: Value) -> Value {
    if let Some(m) = MIRRORS.with(|ms| ms.borrow().iter().find(|mirror| mirror.dict == d).map(|mirror| mirror.module)) {
        return m;
    }
    let name = raw_table(d).get_str(intern("__name__")).filter(|&n| super::object::kind_of(n) == Kind::Str);
    let m = super::module::new_module(name.map_or("builtins", super::str::as_str), "", &[]);
    if name.is_none() {
        // (Then `__name__` reads the builtins module's, as in CPython.)
        set_global(m, "__name__", Value::NULL);
    }
    if raw_table(d).get_str(intern("__builtins__")).is_none() {
        raw_table(d).set_str(intern("__builtins__"), module_dict(vm().builtins.get()));
    }
    register(d, m);
    push(d);
    m
}

/// The table of dict `d`, without the mirror's syncing.
fn raw_table(d: Value) -> &'static mut DictTable {
    // SAFETY: `d` is a dict; objects never move.
    unsafe { &mut (*d.ptr::<DictObj>()).table }
}

/// The module of mirror dict `d` and what it last saw, taken out while
/// the dict is brought in step (which allocates, so may collect: the
/// collector reads the mirrors).
fn take_seen(d: Value) -> Option<(Value, HashMap<String, Value>)> {
    MIRRORS.with(|ms| {
        let mut ms = ms.borrow_mut();
        let mirror = ms.iter_mut().find(|mirror| mirror.dict == d)?;
        Some((mirror.module, std::mem::take(&mut mirror.seen)))
    })
}

/// Records what mirror dict `d` has seen of its module.
fn put_seen(d: Value, seen: HashMap<String, Value>) {
    MIRRORS.with(|ms| {
        if let Some(mirror) = ms.borrow_mut().iter_mut().find(|mirror| mirror.dict == d) {
            mirror.seen = seen;
        }
    });
}

/// Takes into the dict the globals bound, rebound or deleted since it
/// last looked; what the dict alone changed stays.
pub fn pull(d: Value) {
    let Some((m, seen)) = take_seen(d) else { return };
    let table = raw_table(d);
    let bound = globals(m);
    for (name, value) in &bound {
        if seen.get(name) != Some(value) {
            table.set_str(intern(name), *value);
        }
    }
    for name in seen.keys().filter(|name| !bound.iter().any(|(n, _)| n == *name)) {
        let _ = table.remove(intern(name));
    }
    put_seen(d, bound.into_iter().collect());
}

/// Copies what Python code changed in mirror dict `d` back to its module
/// (nothing for other dicts).
pub fn push(d: Value) {
    if d.header().flags.get() & MIRROR == 0 {
        return;
    }
    let Some((m, _)) = take_seen(d) else { return };
    let table = raw_table(d);
    let mut present = Vec::new();
    for e in table.iter().filter(|e| super::object::kind_of(e.key) == Kind::Str) {
        let name = super::str::as_str(e.key);
        present.push(name);
        if (!in_preamble(name) || is_global_name(m, name)) && get_global(m, name) != e.value {
            set_global(m, name, e.value);
        }
    }
    for (name, _) in globals(m) {
        if !present.contains(&name.as_str()) {
            set_global(m, &name, Value::NULL);
        }
    }
    put_seen(d, globals(m).into_iter().collect());
}

fn in_preamble(name: &str) -> bool {
    PREAMBLE.contains(&name) || FILE_PREAMBLE.contains(&name)
}

/// True when `name` is one of the module's globals (bound or not).
fn is_global_name(m: Value, name: &str) -> bool {
    module_obj(m).slot_index(name).is_some() || !get_global(m, name).is_null()
}
