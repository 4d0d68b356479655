//! `BaseExceptionGroup` / `ExceptionGroup`: construction with CPython's
//! checks, `exceptions`, `message`, `split`, `subgroup`, `derive`, and the
//! matching that `except*` performs.

use super::args::count;
use super::call::call;
use super::class::{class_obj, is_subclass, isinstance, type_of};
use super::exception::{exc_attrs, exc_obj, is_exception, new_exception};
use super::function::{new_builtin, NativeFn};
use super::iterate::collect;
use super::object::{kind_of, Kind};
use super::seq::{list_items, new_tuple, new_tuple_from, tuple_items};
use super::str::as_str;
use super::value::Value;
use super::vm::{exc_class, none, raise_named, vm, PyResult};

/// True when `v` is an exception group.
pub fn is_group(v: Value) -> bool {
    is_exception(v) && isinstance(v, exc_class("BaseExceptionGroup"))
}

/// The sub-exceptions of a group.
pub fn exceptions(g: Value) -> Vec<Value> {
    exc_attrs(g).get_str(crate::sym!("exceptions")).map(|t| tuple_items(t).to_vec()).unwrap_or_default()
}

/// The message of a group.
pub fn message(g: Value) -> Value {
    exc_attrs(g).get_str(crate::sym!("message")).unwrap_or(none())
}

/// Makes a group of class `cls` (ExceptionGroup when all are Exceptions).
fn make(cls: Value, msg: Value, excs: Vec<Value>, original_seq: Value) -> Value {
    let all_exceptions = excs.iter().all(|&e| isinstance(e, exc_class("Exception")));
    let cls = if cls == exc_class("BaseExceptionGroup") && all_exceptions { exc_class("ExceptionGroup") } else { cls };
    let g = new_exception(cls, &[msg, original_seq]);
    exc_attrs(g).set_str(crate::sym!("message"), msg);
    exc_attrs(g).set_str(crate::sym!("exceptions"), new_tuple(excs));
    g
}

/// `BaseExceptionGroup(message, exceptions)` / `ExceptionGroup(...)`.
pub fn construct(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords(&class_obj(cls).name, kwnames)?;
    count(&class_obj(cls).name, args.len(), 2, 2)?;
    if kind_of(args[0]) != Kind::Str {
        return raise_named("TypeError", "argument 1 must be str, not ".to_string() + &super::ops::type_name(args[0]));
    }
    let excs = collect(args[1])?;
    if excs.is_empty() {
        return raise_named("ValueError", "second argument (exceptions) must be a non-empty sequence");
    }
    for (i, &e) in excs.iter().enumerate() {
        if !is_exception(e) {
            return raise_named("ValueError", format!("Item {i} of second argument (exceptions) is not an exception"));
        }
    }
    if is_subclass(cls, exc_class("Exception")) && !excs.iter().all(|&e| isinstance(e, exc_class("Exception"))) {
        return raise_named("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
    }
    Ok(make(cls, args[0], excs, args[1]))
}

/// `str(group)`: the message and the count of sub-exceptions.
pub fn group_str(g: Value) -> String {
    let n = exceptions(g).len();
    let msg = message(g);
    let text = if kind_of(msg) == Kind::Str { as_str(msg).to_string() } else { String::new() };
    format!("{text} ({n} sub-exception{})", if n == 1 { "" } else { "s" })
}

/// Does `e` match `cond` (a class or a tuple of classes)?
pub fn matches(e: Value, cond: Value) -> PyResult<bool> {
    if kind_of(cond) == Kind::Tuple {
        return Ok(tuple_items(cond).iter().any(|&c| isinstance(e, c)));
    }
    if kind_of(cond) == Kind::Class {
        return Ok(isinstance(e, cond));
    }
    super::ops::truthy(call(cond, &[e], &[])?)
}

/// A group like `g` holding `excs`, as `split` makes one: `g.derive(excs)`
/// (a subclass may override it), with `g`'s cause, context, traceback and
/// a copy of its notes.
fn derive(g: Value, excs: Vec<Value>) -> PyResult<Value> {
    let seq = super::seq::new_list(excs.clone());
    let custom = super::class::lookup(type_of(g), crate::sym!("derive")).filter(|&f| kind_of(f) != Kind::Builtin);
    let d = match custom {
        Some(f) => call(f, &[g, seq], &[])?,
        None => make(exc_class("BaseExceptionGroup"), message(g), excs, seq),
    };
    if !is_group(d) {
        return raise_named("TypeError", "derive must return an instance of BaseExceptionGroup");
    }
    let (src, dst) = (exc_obj(g), exc_obj(d));
    dst.cause.set(src.cause.get());
    dst.context.set(src.context.get());
    *dst.traceback.borrow_mut() = src.traceback.borrow().clone();
    let notes = exc_attrs(g).get_str(crate::sym!("__notes__"));
    if let Some(notes) = notes.filter(|&n| matches!(kind_of(n), Kind::List | Kind::Tuple)) {
        exc_attrs(d).set_str(crate::sym!("__notes__"), super::seq::new_list(collect(notes)?));
    }
    Ok(d)
}

/// The exceptions in `e` that are not groups: itself when it is not a group.
pub fn leaves(e: Value) -> Vec<Value> {
    if !is_group(e) {
        return vec![e];
    }
    exceptions(e).into_iter().flat_map(leaves).collect()
}

/// The part of `e` made of the leaves in `keep` (by identity), in the shape
/// of `e` (as `split` keeps it), or None.
pub fn project(e: Value, keep: &std::collections::HashSet<u64>) -> PyResult<Value> {
    if !is_group(e) {
        return Ok(if keep.contains(&e.0) { e } else { none() });
    }
    // The parts wait in a list object, where the collector sees them.
    let held = super::seq::new_list(Vec::new());
    for x in exceptions(e) {
        let part = project(x, keep)?;
        if part != none() {
            list_items(held).push(part);
        }
    }
    let parts = list_items(held).clone();
    if parts.is_empty() {
        return Ok(none());
    }
    derive(e, parts)
}

/// A lone exception caught by `except*`: `ExceptionGroup('', (exc,))`
/// (a BaseExceptionGroup when it is not an Exception).
pub fn wrap_lone(exc: Value) -> PyResult<Value> {
    let cls = if isinstance(exc, exc_class("Exception")) { exc_class("ExceptionGroup") } else { exc_class("BaseExceptionGroup") };
    construct(cls, &[super::str::new_str(""), new_tuple_from(&[exc])], &[])
}

/// Splits `g` into the part matching `cond` and the rest (either may be None).
pub fn split(g: Value, cond: Value) -> PyResult<(Value, Value)> {
    if matches(g, cond)? {
        return Ok((g, none()));
    }
    // The parts wait in list objects, where the collector sees them while
    // later parts are made.
    let (yes, no) = (super::seq::new_list(Vec::new()), super::seq::new_list(Vec::new()));
    for e in exceptions(g) {
        if is_group(e) {
            let (m, r) = split(e, cond)?;
            if m != none() {
                list_items(yes).push(m);
            }
            if r != none() {
                list_items(no).push(r);
            }
        } else if matches(e, cond)? {
            list_items(yes).push(e);
        } else {
            list_items(no).push(e);
        }
    }
    // Each side is a new group, even one holding every sub-exception, as
    // in CPython: only a group `cond` matches as a whole is itself.
    let side = |part: Value| {
        let items = list_items(part).clone();
        if items.is_empty() {
            Ok(none())
        } else {
            derive(g, items)
        }
    };
    let m = side(yes)?;
    let r = side(no)?;
    Ok((m, r))
}

fn eg_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("split", args, kw, 1, 1)?;
    let (m, r) = split(a[0], a[1])?;
    Ok(new_tuple_from(&[m, r]))
}

fn eg_subgroup(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("subgroup", args, kw, 1, 1)?;
    Ok(split(a[0], a[1])?.0)
}

fn eg_derive(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("derive", args, kw, 1, 1)?;
    let excs = collect(a[1])?;
    // CPython's: a plain group (an ExceptionGroup when all are Exceptions),
    // whatever the subclass.
    Ok(make(exc_class("BaseExceptionGroup"), message(a[0]), excs, a[1]))
}

/// Installs the group methods.
pub fn install() {
    let base = exc_class("BaseExceptionGroup");
    for (name, f) in [("split", eg_split as NativeFn), ("subgroup", eg_subgroup), ("derive", eg_derive)] {
        super::class::set_class_attr(base, name, new_builtin(name, f));
    }
    // BaseException's own __str__ and __repr__, and KeyError's __str__, for
    // `super().__str__()` and `Exception.__repr__(e)` (str() and repr() use
    // them natively).
    fn receiver(name: &str, class: &str, a: &[Value]) -> super::vm::PyResult<Value> {
        match a.first() {
            Some(&e) if super::class::isinstance(e, exc_class(class)) => Ok(e),
            Some(&v) => super::vm::raise_named(
                "TypeError",
                format!("descriptor '{name}' requires a '{class}' object but received a '{}'", super::ops::type_name(v)),
            ),
            None => super::vm::raise_named("TypeError", format!("descriptor '{name}' of '{class}' object needs an argument")),
        }
    }
    let root = exc_class("BaseException");
    let methods: [(&str, NativeFn); 2] = [
        ("__str__", |a, _| Ok(super::str::new_str(&super::exception::base_exc_str(receiver("__str__", "BaseException", a)?)?))),
        ("__repr__", |a, _| Ok(super::str::new_str(&super::text::exception_repr(receiver("__repr__", "BaseException", a)?)?))),
    ];
    for (name, f) in methods {
        super::class::set_class_attr(root, name, new_builtin(name, f));
    }
    // A KeyError of one key shows the key's repr.
    let key_error_str: NativeFn = |a, _| {
        let e = receiver("__str__", "KeyError", a)?;
        let args = super::seq::tuple_items(super::exception::exc_obj(e).args.get());
        let text = if args.len() == 1 { super::ops::repr(args[0])? } else { super::exception::base_exc_str(e)? };
        Ok(super::str::new_str(&text))
    };
    super::class::set_class_attr(exc_class("KeyError"), "__str__", new_builtin("__str__", key_error_str));
    let _ = vm();
}
