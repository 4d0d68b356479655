//! The event loop policy: `AbstractEventLoopPolicy`, the default policy
//! class, and `get_event_loop_policy`, `set_event_loop_policy`,
//! `get_event_loop`, `set_event_loop`, `new_event_loop`. Native, as every
//! `asyncio.run` goes through them (compiling them cost a program about a
//! sixth of its startup). A default policy keeps its loop, and whether
//! `set_event_loop` was called, in two native slots; a policy written in
//! the language is reached through its methods.

use crate::runtime::args::{method, positional};
use crate::runtime::call::call_method;
use crate::runtime::class::{isinstance, new_native_class, set_class_methods, type_of};
use crate::runtime::function::NativeFn;
use crate::runtime::instance::{has_native_slots, native_slots};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, vm, PyResult};

use super::{classes, with_core};

/// Slot of a default policy: its loop (NULL or None: none).
const LOOP: usize = 0;
/// Slot of a default policy: True once `set_event_loop` was called.
const SET_CALLED: usize = 1;
/// Native slots of a default policy.
const SLOTS: u32 = 2;

/// The default policy `args[0]`, or a TypeError.
fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&p) if has_native_slots(p, SLOTS) && isinstance(p, classes().default_policy) => Ok(p),
        _ => raise_named("TypeError", "descriptor requires a '_UnixDefaultEventLoopPolicy' object"),
    }
}

/// The loop in a policy's slot, or None.
fn current(policy: Value) -> Value {
    let v = native_slots(policy)[LOOP].get();
    if v.is_null() {
        none()
    } else {
        v
    }
}

fn policy_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("_UnixDefaultEventLoopPolicy", args, kw, 0, 0)?;
    let p = this(a)?;
    native_slots(p)[LOOP].set(none());
    native_slots(p)[SET_CALLED].set(boolean(false));
    Ok(none())
}

fn policy_get_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = this(method("get_event_loop", args, kw, 0, 0)?)?;
    if current(p) == none() && native_slots(p)[SET_CALLED].get() != boolean(true) {
        let lp = call_method(p, "new_event_loop", &[])?;
        call_method(p, "set_event_loop", &[lp])?;
    }
    let lp = current(p);
    if lp == none() {
        return raise_named("RuntimeError", "There is no current event loop in thread 'MainThread'.");
    }
    Ok(lp)
}

fn policy_set_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("set_event_loop", args, kw, 1, 1)?;
    let p = this(a)?;
    native_slots(p)[SET_CALLED].set(boolean(true));
    native_slots(p)[LOOP].set(a[1]);
    Ok(none())
}

fn policy_new_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    this(method("new_event_loop", args, kw, 0, 0)?)?;
    // The loop class is written in the language (stdlib/asyncio.py).
    let factory = crate::runtime::attr::getattr(crate::runtime::import::import_module("asyncio")?, crate::sym!("_UnixSelectorEventLoop"))?;
    crate::runtime::call::call(factory, &[], &[])
}

/// Makes `AbstractEventLoopPolicy` and the default policy class.
pub fn make_classes() -> (Value, Value) {
    let object = vm().classes.object;
    let abstract_policy = new_native_class("AbstractEventLoopPolicy", "asyncio.events", object, 0);
    let default_policy = new_native_class("_UnixDefaultEventLoopPolicy", "asyncio.unix_events", abstract_policy, SLOTS);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", policy_init),
        ("get_event_loop", policy_get_event_loop),
        ("set_event_loop", policy_set_event_loop),
        ("new_event_loop", policy_new_event_loop),
    ];
    set_class_methods(default_policy, methods);
    (abstract_policy, default_policy)
}

/// `asyncio.get_event_loop_policy()`: made on first use.
pub fn get_event_loop_policy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::count("get_event_loop_policy", positional(args, kw).len(), 0, 0)?;
    policy()
}

/// The current policy, made on first use.
fn policy() -> PyResult<Value> {
    let p = with_core(|c| c.policy);
    if !p.is_null() {
        return Ok(p);
    }
    let p = crate::runtime::call::call(classes().default_policy, &[], &[])?;
    with_core(|c| c.policy = p);
    Ok(p)
}

/// `asyncio.set_event_loop_policy(policy)`.
pub fn set_event_loop_policy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(args, kw);
    crate::runtime::args::count("set_event_loop_policy", a.len(), 1, 1)?;
    let p = a[0];
    if p != none() && !isinstance(p, classes().abstract_policy) {
        let name = crate::runtime::class::class_obj(type_of(p)).name.clone();
        return raise_named("TypeError", format!("policy must be an instance of AbstractEventLoopPolicy or None, not '{name}'"));
    }
    with_core(|c| c.policy = if p == none() { Value::NULL } else { p });
    Ok(none())
}

/// `asyncio.get_event_loop()`: the running loop, else the policy's.
pub fn get_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::count("_asyncio.get_event_loop", positional(args, kw).len(), 0, 0)?;
    super::event_loop::get_event_loop()
}

/// The policy's loop (for `get_event_loop` when no loop runs).
pub fn policy_loop() -> PyResult<Value> {
    call_method(policy()?, "get_event_loop", &[])
}

/// `asyncio.set_event_loop(loop)`.
pub fn set_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(args, kw);
    crate::runtime::args::count("set_event_loop", a.len(), 1, 1)?;
    call_method(policy()?, "set_event_loop", &[a[0]])
}

/// `asyncio.new_event_loop()`.
pub fn new_event_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::count("new_event_loop", positional(args, kw).len(), 0, 0)?;
    call_method(policy()?, "new_event_loop", &[])
}
