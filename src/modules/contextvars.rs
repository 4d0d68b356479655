//! The `contextvars` module: `ContextVar`, `Token`, `Context` and
//! `copy_context()`, as CPython 3.11 has them. The context code runs in is
//! one per thread (`CURRENT`); `Context.run` swaps it, and so do asyncio's
//! tasks and handles (each runs in the context it was given or copied when
//! made; see `enter`). A context's variables are a dict: copying one is
//! O(variables) where CPython shares an immutable map, which only costs
//! where a program keeps thousands of variables.

use std::cell::Cell;

use crate::runtime::args::{check_keywords, keyword, method, positional};
use crate::runtime::call::call;
use crate::runtime::class::{native_property, new_native_class, set_class_attr, set_class_methods, type_of};
use crate::runtime::dict::{new_dict, table};
use crate::runtime::function::NativeFn;
use crate::runtime::instance::{has_native_slots, native_slots, new_instance};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, set_exception, vm, Exc, PyResult};

/// Context slot: the variables' values (a dict keyed by ContextVar).
const VARS: usize = 0;
/// Context slot: True while some thread of control runs in it.
const ENTERED: usize = 1;
/// ContextVar slot: the name.
const NAME: usize = 0;
/// ContextVar slot: the default, or NULL for none.
const DEFAULT: usize = 1;
/// Token slots: the context and variable it was made in and by, the
/// value the variable had (`Token.MISSING` for none), and whether
/// `reset` used it.
const TOKEN_CONTEXT: usize = 0;
const TOKEN_VAR: usize = 1;
const TOKEN_OLD: usize = 2;
const TOKEN_USED: usize = 3;

/// The module's classes and `Token.MISSING`.
#[derive(Clone, Copy)]
struct Classes {
    context: Value,
    var: Value,
    token: Value,
    missing: Value,
}

thread_local! {
    /// The classes, once the module is imported (rooted by the module).
    static CLASSES: Cell<Option<Classes>> = const { Cell::new(None) };
    /// The context code runs in; NULL until first needed.
    static CURRENT: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The context each asyncio task or handle runs in, by the object's
    /// address: a side table rather than a slot, so that a program that
    /// never imports contextvars pays nothing per task. An entry goes when
    /// its object dies; its context is a root until then.
    static BOUND: std::cell::RefCell<std::collections::HashMap<u64, Value>> = std::cell::RefCell::new(std::collections::HashMap::new());
}

/// Makes task or handle `obj` run in `ctx` (nothing for NULL).
pub fn bind(obj: Value, ctx: Value) {
    if !ctx.is_null() {
        BOUND.with(|b| b.borrow_mut().insert(obj.0, ctx));
    }
}

/// The context task or handle `obj` runs in, or NULL for none.
pub fn bound(obj: Value) -> Value {
    if !active() {
        return Value::NULL;
    }
    BOUND.with(|b| b.borrow().get(&obj.0).copied().unwrap_or(Value::NULL))
}

/// True once the module is imported: before, no variable exists, and
/// asyncio's tasks and handles need no contexts.
pub fn active() -> bool {
    CLASSES.with(|c| c.get()).is_some()
}

fn classes() -> Classes {
    CLASSES.with(|c| c.get()).expect("contextvars is imported")
}

/// A new context holding a copy of `vars` (a dict).
fn new_context(vars: Value) -> Value {
    let ctx = new_instance(classes().context);
    let copy = new_dict();
    for e in table(vars).iter() {
        let _ = table(copy).set_hashed(e.key, e.hash, e.value);
    }
    native_slots(ctx)[VARS].set(copy);
    native_slots(ctx)[ENTERED].set(boolean(false));
    ctx
}

/// A new, empty context.
pub fn new_empty_context() -> Value {
    new_context(new_dict())
}

/// The context code runs in (made, empty, on first use).
fn current() -> Value {
    let ctx = CURRENT.with(|c| c.get());
    if !ctx.is_null() {
        return ctx;
    }
    let ctx = new_context(new_dict());
    CURRENT.with(|c| c.set(ctx));
    ctx
}

/// `copy_context()`: a new context with the current one's variables, or
/// NULL while the module is not imported.
pub fn copy_current() -> Value {
    if !active() {
        return Value::NULL;
    }
    new_context(native_slots(current())[VARS].get())
}

/// A context argument (`context=`) of asyncio: None means "a copy of the
/// current one".
pub fn context_arg(v: Option<Value>) -> PyResult<Value> {
    match v {
        Some(ctx) if ctx != none() => {
            if !is_context(ctx) {
                return raise_named("TypeError", format!("an instance of Context was expected, got {}", crate::runtime::ops::type_name(ctx)));
            }
            Ok(ctx)
        }
        _ => Ok(copy_current()),
    }
}

fn is_context(v: Value) -> bool {
    active() && has_native_slots(v, 2) && type_of(v) == classes().context
}

/// Runs `f` in context `ctx` (NULL: in the current one), as `ctx.run`
/// does: entering a context already entered is a RuntimeError.
pub fn enter<T>(ctx: Value, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    if ctx.is_null() {
        return f();
    }
    let s = native_slots(ctx);
    if s[ENTERED].get() == boolean(true) {
        let shown = crate::runtime::text::repr(ctx)?;
        return raise_named("RuntimeError", format!("cannot enter context: {shown} is already entered"));
    }
    s[ENTERED].set(boolean(true));
    let outer = CURRENT.with(|c| c.replace(ctx));
    let r = f();
    CURRENT.with(|c| c.set(outer));
    s[ENTERED].set(boolean(false));
    r
}

fn this_context(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&c) if is_context(c) => Ok(c),
        _ => raise_named("TypeError", "descriptor requires a 'Context' object"),
    }
}

fn this_var(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&v) if is_var(v) => Ok(v),
        _ => raise_named("TypeError", "descriptor requires a 'ContextVar' object"),
    }
}

fn is_var(v: Value) -> bool {
    has_native_slots(v, 2) && type_of(v) == classes().var
}

/// A ContextVar key, or CPython's TypeError.
fn var_key(v: Value) -> PyResult<Value> {
    if is_var(v) {
        Ok(v)
    } else {
        raise_named("TypeError", format!("a ContextVar key was expected, got {}", crate::runtime::text::repr(v)?))
    }
}

fn vars_of(ctx: Value) -> Value {
    native_slots(ctx)[VARS].get()
}

/// `Context()`: a new, empty context.
fn context_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return raise_named("TypeError", "Context() does not accept any arguments");
    }
    let s = native_slots(args[0]);
    s[VARS].set(new_dict());
    s[ENTERED].set(boolean(false));
    Ok(none())
}

/// `ctx.run(callable, *args, **kwargs)`.
fn context_run(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ctx = this_context(args)?;
    if positional(args, kw).len() < 2 {
        return raise_named("TypeError", "run() missing 1 required positional argument");
    }
    enter(ctx, || call(args[1], &args[2..], kw))
}

fn context_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    Ok(new_context(vars_of(this_context(a)?)))
}

fn context_getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__getitem__", args, kw, 1, 1)?;
    let key = var_key(a[1])?;
    match table(vars_of(this_context(a)?)).get(key)? {
        Some(v) => Ok(v),
        None => {
            set_exception(crate::runtime::exception::new_exception(crate::runtime::vm::exc_class("KeyError"), &[key]));
            Err(Exc)
        }
    }
}

fn context_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("get", args, kw, 1, 2)?;
    let key = var_key(a[1])?;
    Ok(table(vars_of(this_context(a)?)).get(key)?.unwrap_or(a.get(2).copied().unwrap_or(none())))
}

fn context_contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__contains__", args, kw, 1, 1)?;
    let key = var_key(a[1])?;
    Ok(boolean(table(vars_of(this_context(a)?)).get(key)?.is_some()))
}

fn context_len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__len__", args, kw, 0, 0)?;
    Ok(Value::small_unchecked(table(vars_of(this_context(a)?)).len() as i64))
}

/// `iter(ctx)`, `keys()`, `values()`, `items()`: through the dict's own.
fn context_view(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 0, 0)?;
    let vars = vars_of(this_context(a)?);
    let view = crate::runtime::call::call_method(vars, if name == "__iter__" { "keys" } else { name }, &[])?;
    if name == "__iter__" {
        crate::runtime::iterate::iter(view)
    } else {
        Ok(view)
    }
}

fn context_eq(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__eq__", args, kw, 1, 1)?;
    if !is_context(a[1]) {
        return Ok(vm().not_implemented);
    }
    Ok(boolean(crate::runtime::ops::eq_bool(vars_of(this_context(a)?), vars_of(a[1]))?))
}

fn copy_context(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::no_keywords("copy_context", kw)?;
    crate::runtime::args::count("copy_context", args.len(), 0, 0)?;
    Ok(copy_current())
}

/// `ContextVar(name, *, default)`.
fn var_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("ContextVar", kw, &["name", "default"])?;
    let pos = positional(args, kw);
    let name = match (pos.get(1), keyword(args, kw, "name")) {
        (Some(&n), None) | (None, Some(n)) => n,
        (None, None) => return raise_named("TypeError", "ContextVar() takes exactly 1 positional argument (0 given)"),
        (Some(_), Some(_)) => return raise_named("TypeError", "argument for ContextVar() given by name ('name') and position (1)"),
    };
    if pos.len() > 2 {
        return raise_named("TypeError", format!("ContextVar() takes at most 1 positional argument ({} given)", pos.len() - 1));
    }
    if kind_of(name) != Kind::Str {
        return raise_named("TypeError", "context variable name must be a str");
    }
    let s = native_slots(args[0]);
    s[NAME].set(name);
    s[DEFAULT].set(keyword(args, kw, "default").unwrap_or(Value::NULL));
    Ok(none())
}

/// `var.get([default])`: the value in the current context, else the
/// default given, else the variable's, else LookupError.
fn var_get(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("get", args, kw, 0, 1)?;
    let var = this_var(a)?;
    if let Some(v) = table(vars_of(current())).get(var)? {
        return Ok(v);
    }
    if let Some(&d) = a.get(1) {
        return Ok(d);
    }
    match native_slots(var)[DEFAULT].get() {
        d if !d.is_null() => Ok(d),
        _ => {
            set_exception(crate::runtime::exception::new_exception(crate::runtime::vm::exc_class("LookupError"), &[var]));
            Err(Exc)
        }
    }
}

/// `var.set(value)`: sets it in the current context; the Token returned
/// undoes that with `reset`.
fn var_set(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("set", args, kw, 1, 1)?;
    let var = this_var(a)?;
    let ctx = current();
    let old = table(vars_of(ctx)).get(var)?.unwrap_or(classes().missing);
    table(vars_of(ctx)).set(var, a[1])?;
    let token = new_instance(classes().token);
    let s = native_slots(token);
    s[TOKEN_CONTEXT].set(ctx);
    s[TOKEN_VAR].set(var);
    s[TOKEN_OLD].set(old);
    s[TOKEN_USED].set(boolean(false));
    Ok(token)
}

fn var_reset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("reset", args, kw, 1, 1)?;
    let var = this_var(a)?;
    let token = a[1];
    if !(has_native_slots(token, 4) && type_of(token) == classes().token) {
        return raise_named("TypeError", format!("an instance of Token was expected, got {}", crate::runtime::text::repr(token)?));
    }
    let s = native_slots(token);
    let shown = || crate::runtime::text::repr(token);
    if s[TOKEN_USED].get() == boolean(true) {
        return raise_named("RuntimeError", format!("{} has already been used once", shown()?));
    }
    if s[TOKEN_VAR].get() != var {
        return raise_named("ValueError", format!("{} was created by a different ContextVar", shown()?));
    }
    let ctx = current();
    if s[TOKEN_CONTEXT].get() != ctx {
        return raise_named("ValueError", format!("{} was created in a different Context", shown()?));
    }
    s[TOKEN_USED].set(boolean(true));
    match s[TOKEN_OLD].get() {
        old if old == classes().missing => {
            table(vars_of(ctx)).remove(var)?;
        }
        old => table(vars_of(ctx)).set(var, old)?,
    }
    Ok(none())
}

fn var_name(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(native_slots(this_var(args)?)[NAME].get())
}

/// `<ContextVar name='x' default=0 at 0x...>`.
fn var_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let var = this_var(a)?;
    let s = native_slots(var);
    let mut text = format!("<ContextVar name={}", crate::runtime::text::repr(s[NAME].get())?);
    if !s[DEFAULT].get().is_null() {
        text += &format!(" default={}", crate::runtime::text::repr(s[DEFAULT].get())?);
    }
    Ok(new_str(&format!("{text} at {:#x}>", var.0)))
}

fn token_slot(args: &[Value], slot: usize) -> PyResult<Value> {
    match args.first() {
        Some(&t) if has_native_slots(t, 4) && type_of(t) == classes().token => Ok(native_slots(t)[slot].get()),
        _ => raise_named("TypeError", "descriptor requires a 'Token' object"),
    }
}

/// `<Token [used ]var=<ContextVar ...> at 0x...>`.
fn token_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let used = if token_slot(a, TOKEN_USED)? == boolean(true) { " used" } else { "" };
    let var = crate::runtime::text::repr(token_slot(a, TOKEN_VAR)?)?;
    Ok(new_str(&format!("<Token{used} var={var} at {:#x}>", a[0].0)))
}

/// Makes the module and its classes.
pub fn create() -> Value {
    let object = vm().classes.object;
    let context = new_native_class("Context", "_contextvars", object, 2);
    let var = new_native_class("ContextVar", "_contextvars", object, 2);
    let token = new_native_class("Token", "_contextvars", object, 4);
    // (One slot, unused: instances with native slots use their native methods.)
    let missing_class = new_native_class("MISSING", "Token", object, 1);
    set_class_methods(missing_class, &[("__repr__", |_, _| Ok(new_str("<Token.MISSING>")))]);
    let missing = new_instance(missing_class);
    CLASSES.with(|c| c.set(Some(Classes { context, var, token, missing })));
    crate::runtime::heap::add_root_set(|visit| CURRENT.with(|c| visit(c.get())));
    crate::runtime::heap::add_root_set(|visit| BOUND.with(|b| b.borrow().values().for_each(|&ctx| visit(ctx))));
    crate::runtime::heap::add_forgetter(|is_marked| BOUND.with(|b| b.borrow_mut().retain(|&obj, _| is_marked(Value(obj)))));
    let context_methods: &[(&'static str, NativeFn)] = &[
        ("run", context_run),
        ("copy", context_copy),
        ("get", context_get),
        ("__getitem__", context_getitem),
        ("__contains__", context_contains),
        ("__len__", context_len),
        ("__iter__", |a, k| context_view(a, k, "__iter__")),
        ("keys", |a, k| context_view(a, k, "keys")),
        ("values", |a, k| context_view(a, k, "values")),
        ("items", |a, k| context_view(a, k, "items")),
        ("__eq__", context_eq),
    ];
    set_class_methods(context, context_methods);
    set_class_methods(context, &[("__init__", context_init)]);
    set_class_attr(context, "__hash__", none());
    set_class_methods(var, &[("__init__", var_init), ("get", var_get), ("set", var_set), ("reset", var_reset), ("__repr__", var_repr)]);
    set_class_attr(var, "name", native_property("name", var_name, None));
    set_class_methods(token, &[("__repr__", token_repr)]);
    set_class_attr(token, "var", native_property("var", |a, _| token_slot(a, TOKEN_VAR), None));
    set_class_attr(token, "old_value", native_property("old_value", |a, _| token_slot(a, TOKEN_OLD), None));
    set_class_attr(token, "MISSING", missing);
    let m = new_module("contextvars", "", &[]);
    set_global(m, "Context", context);
    set_global(m, "ContextVar", var);
    set_global(m, "Token", token);
    set_global(m, "copy_context", crate::runtime::function::new_builtin("copy_context", copy_context));
    m
}
