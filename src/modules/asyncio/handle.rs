//! `Handle` and `TimerHandle`: what `call_soon`, `call_later` and `call_at`
//! return; `cancel()` keeps the callback from running.

use crate::runtime::args::method;
use crate::runtime::class::{new_native_class, set_class_attr, set_class_methods};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::instance::{native_slots, new_instance};
use crate::runtime::number::float;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, vm, PyResult};

/// Slot: the callback, or None once cancelled.
pub const CALLBACK: usize = 0;
/// Slot: the arguments (a tuple), or None once cancelled.
pub const ARGS: usize = 1;
/// Slot: True once cancelled.
pub const CANCELLED: usize = 2;
/// Slot: the loop.
pub const LOOP: usize = 3;
/// Slot (timer handles): the deadline on the loop's clock (a float).
pub const WHEN: usize = 4;
/// Number of slots.
const SLOTS: u32 = 5;

/// A new handle of `class` for `callback(*args)`.
pub fn new_handle(class: Value, event_loop: Value, callback: Value, args: Value, when: Option<f64>) -> Value {
    let h = new_instance(class);
    let s = native_slots(h);
    s[CALLBACK].set(callback);
    s[ARGS].set(args);
    s[CANCELLED].set(boolean(false));
    s[LOOP].set(event_loop);
    s[WHEN].set(when.map_or(none(), float));
    h
}

/// True once `cancel()` was called.
pub fn is_cancelled(h: Value) -> bool {
    native_slots(h)[CANCELLED].get() == boolean(true)
}

fn handle_cancel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("cancel", args, kw, 0, 0)?;
    let s = native_slots(a[0]);
    if s.len() >= SLOTS as usize && !is_cancelled(a[0]) {
        s[CANCELLED].set(boolean(true));
        s[CALLBACK].set(none());
        s[ARGS].set(none());
    }
    Ok(none())
}

fn handle_cancelled(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("cancelled", args, kw, 0, 0)?;
    Ok(boolean(is_cancelled(a[0])))
}

fn handle_when(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("when", args, kw, 0, 0)?;
    Ok(native_slots(a[0])[WHEN].get())
}

/// `<Handle [cancelled] [when=T] callback(args) at file:line>`, as CPython's
/// `Handle.__repr__` writes it.
fn handle_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let h = a[0];
    let mut info = vec![crate::runtime::class::class_obj(crate::runtime::class::type_of(h)).name.clone()];
    if is_cancelled(h) {
        info.push("cancelled".into());
    }
    let when = native_slots(h)[WHEN].get();
    if when != none() {
        info.push(format!("when={}", crate::runtime::text::repr(when)?));
    }
    let (callback, cb_args) = (native_slots(h)[CALLBACK].get(), native_slots(h)[ARGS].get());
    if callback != none() {
        let cb_args = if cb_args == none() { &[][..] } else { crate::runtime::seq::tuple_items(cb_args) };
        info.push(callback_source(callback, cb_args)?);
    }
    Ok(crate::runtime::str::new_str(&format!("<{}>", info.join(" "))))
}

/// `name(args) at file:line` for a callback, as asyncio's
/// `format_helpers._format_callback_source` (arguments shortened as
/// `reprlib` does; no source for builtins).
pub fn callback_source(callback: Value, args: &[Value]) -> PyResult<String> {
    use crate::runtime::object::{kind_of, Kind};
    let shown: Vec<String> = args.iter().map(|&v| crate::runtime::reprlib::short_repr(v)).collect::<PyResult<_>>()?;
    let func = if kind_of(callback) == Kind::BoundMethod { crate::runtime::function::method_obj(callback).func } else { callback };
    let name = match kind_of(func) {
        Kind::Function => crate::runtime::function::func_obj(func).code.qualname.clone(),
        Kind::Builtin => {
            let b = crate::runtime::function::builtin_obj(func);
            if b.bound.is_null() || kind_of(b.bound) == Kind::Module {
                b.name.to_string()
            } else {
                format!("{}.{}", crate::runtime::class::class_obj(crate::runtime::class::type_of(b.bound)).name, b.name)
            }
        }
        _ => crate::runtime::text::repr(callback)?,
    };
    let mut text = format!("{name}({})", shown.join(", "));
    if kind_of(func) == Kind::Function {
        let code = crate::runtime::function::func_obj(func).code;
        text.push_str(&format!(" at {}:{}", code.filename, code.first_line));
    }
    Ok(text)
}

/// Makes the Handle and TimerHandle classes.
pub fn make_classes() -> (Value, Value) {
    let handle = new_native_class("Handle", "asyncio.events", vm().classes.object, SLOTS);
    let methods: &[(&'static str, NativeFn)] = &[("cancel", handle_cancel), ("cancelled", handle_cancelled), ("__repr__", handle_repr)];
    set_class_methods(handle, methods);
    let timer = new_native_class("TimerHandle", "asyncio.events", handle, SLOTS);
    set_class_attr(timer, "when", new_builtin("when", handle_when));
    (handle, timer)
}
