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

/// Makes handle `h` run its callback in `context` (NULL: in the current one).
pub fn set_context(h: Value, context: Value) {
    crate::modules::contextvars::bind(h, context);
}

/// The context handle `h` runs its callback in, or NULL.
pub fn context(h: Value) -> Value {
    crate::modules::contextvars::bound(h)
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
/// `reprlib` does; a source only for functions, seen through partials
/// and `__wrapped__`).
pub fn callback_source(callback: Value, args: &[Value]) -> PyResult<String> {
    let mut text = format_callback(callback, args, none(), String::new())?;
    if let Some(code) = function_source(callback)? {
        text.push_str(&format!(" at {}:{}", code.filename, code.first_line));
    }
    Ok(text)
}

/// `format_helpers._format_callback`: a partial shows its own arguments
/// after its function's.
fn format_callback(func: Value, args: &[Value], keywords: Value, suffix: String) -> PyResult<String> {
    if is_partial(func) {
        let suffix = format_arguments(args, keywords)? + &suffix;
        let (inner, inner_args, inner_kw) = (attr(func, "func")?, attr(func, "args")?, attr(func, "keywords")?);
        return format_callback(inner, crate::runtime::seq::tuple_items(inner_args), inner_kw, suffix);
    }
    let named = |name| -> PyResult<Option<String>> {
        Ok(match crate::runtime::attr::lookup_attr(func, crate::runtime::vm::intern(name))? {
            Some(v) if crate::runtime::object::kind_of(v) == crate::runtime::object::Kind::Str && !crate::runtime::str::as_str(v).is_empty() => {
                Some(crate::runtime::str::as_str(v).to_string())
            }
            _ => None,
        })
    };
    let name = match named("__qualname__")? {
        Some(q) => q,
        None => match named("__name__")? {
            Some(n) => n,
            None => crate::runtime::text::repr(func)?,
        },
    };
    Ok(name + &format_arguments(args, keywords)? + &suffix)
}

/// `(a, b, k=v)` with each value shortened as `reprlib` does.
fn format_arguments(args: &[Value], keywords: Value) -> PyResult<String> {
    let mut shown: Vec<String> = args.iter().map(|&v| crate::runtime::reprlib::short_repr(v)).collect::<PyResult<_>>()?;
    if crate::runtime::object::kind_of(keywords) == crate::runtime::object::Kind::Dict {
        for e in crate::runtime::dict::table(keywords).iter() {
            shown.push(format!("{}={}", crate::runtime::text::str_of(e.key)?, crate::runtime::reprlib::short_repr(e.value)?));
        }
    }
    Ok(format!("({})", shown.join(", ")))
}

/// The code of the function a callback runs (`_get_function_source`):
/// none for methods, builtins and other callables.
fn function_source(callback: Value) -> PyResult<Option<&'static crate::runtime::function::CodeInfo>> {
    let mut func = callback;
    // inspect.unwrap, with its bound on `__wrapped__` chains.
    for _ in 0..100 {
        match crate::runtime::attr::lookup_attr(func, crate::runtime::vm::intern("__wrapped__"))? {
            Some(inner) => func = inner,
            None => break,
        }
    }
    if crate::runtime::object::kind_of(func) == crate::runtime::object::Kind::Function {
        return Ok(Some(crate::runtime::function::func_obj(func).code));
    }
    if is_partial(func) {
        return function_source(attr(func, "func")?);
    }
    Ok(None)
}

/// Whether `v` is a `functools.partial`.
fn is_partial(v: Value) -> bool {
    let cls = crate::runtime::class::class_obj(crate::runtime::class::type_of(v));
    cls.mro.iter().any(|&c| {
        let c = crate::runtime::class::class_obj(c);
        c.module == "functools" && c.name == "partial"
    })
}

fn attr(v: Value, name: &str) -> PyResult<Value> {
    crate::runtime::attr::getattr(v, crate::runtime::vm::intern(name))
}

/// The deadlines of two timer handles, or None when `other` is not one
/// (the comparison is then NotImplemented).
fn deadlines(name: &str, args: &[Value], kw: &[Value]) -> PyResult<Option<(f64, f64)>> {
    let a = method(name, args, kw, 1, 1)?;
    // (A deadline given to call_at stays as given, an int perhaps.)
    let when = |h: Value| crate::modules::time::seconds_arg(native_slots(h)[WHEN].get()).unwrap_or(f64::NAN);
    let is_timer = |v: Value| crate::runtime::class::isinstance(v, super::classes().timer_handle);
    Ok(is_timer(a[1]).then(|| (when(a[0]), when(a[1]))))
}

/// TimerHandle's `==`: the same deadline, callback, arguments and state.
fn timers_equal(a: Value, b: Value) -> PyResult<bool> {
    let (x, y) = (native_slots(a), native_slots(b));
    for slot in [WHEN, CALLBACK, ARGS, CANCELLED] {
        if !crate::runtime::ops::eq_bool(x[slot].get(), y[slot].get())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// An ordering of timer handles: the `strict` test of their deadlines,
/// or (for `__le__` and `__ge__`, `or_equal`) their `__eq__`.
fn timer_compare(name: &str, args: &[Value], kw: &[Value], strict: fn(f64, f64) -> bool, or_equal: bool) -> PyResult<Value> {
    let Some((a, b)) = deadlines(name, args, kw)? else { return Ok(vm().not_implemented) };
    Ok(boolean(strict(a, b) || (or_equal && timers_equal(args[0], args[1])?)))
}

fn timer_lt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    timer_compare("__lt__", args, kw, |a, b| a < b, false)
}

fn timer_le(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    timer_compare("__le__", args, kw, |a, b| a < b, true)
}

fn timer_gt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    timer_compare("__gt__", args, kw, |a, b| a > b, false)
}

fn timer_ge(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    timer_compare("__ge__", args, kw, |a, b| a > b, true)
}

fn timer_eq(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if deadlines("__eq__", args, kw)?.is_none() {
        return Ok(vm().not_implemented);
    }
    Ok(boolean(timers_equal(args[0], args[1])?))
}

/// `hash(handle)`: its deadline's, as CPython's TimerHandle.
fn timer_hash(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__hash__", args, kw, 0, 0)?;
    crate::runtime::ops::hash(native_slots(a[0])[WHEN].get()).map(crate::runtime::number::int)
}

/// Makes the Handle and TimerHandle classes.
pub fn make_classes() -> (Value, Value) {
    let handle = new_native_class("Handle", "asyncio.events", vm().classes.object, SLOTS);
    let methods: &[(&'static str, NativeFn)] = &[("cancel", handle_cancel), ("cancelled", handle_cancelled), ("__repr__", handle_repr)];
    set_class_methods(handle, methods);
    let timer = new_native_class("TimerHandle", "asyncio.events", handle, SLOTS);
    set_class_attr(timer, "when", new_builtin("when", handle_when));
    let order: &[(&'static str, NativeFn)] = &[
        ("__lt__", timer_lt),
        ("__le__", timer_le),
        ("__gt__", timer_gt),
        ("__ge__", timer_ge),
        ("__eq__", timer_eq),
        ("__hash__", timer_hash),
    ];
    set_class_methods(timer, order);
    (handle, timer)
}
