//! The hidden builtins that `async with` and `async for` lower to (see
//! `compile/spill.rs`): they look the protocol methods up on the type and
//! raise CPython's messages when an object does not support them.

use super::args::count;
use super::call::call;
use super::class::{lookup, type_of};
use super::function::{new_builtin, NativeFn};
use super::module::set_global;
use super::ops::type_name;
use super::value::Value;
use super::vm::{raise_named, vm, PyResult};

fn aexit(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_aexit__", args.len(), 1, 1)?;
    let mgr = args[0];
    let cls = type_of(mgr);
    if lookup(cls, crate::sym!("__aenter__")).is_none() {
        return raise_named(
            "TypeError",
            format!("'{}' object does not support the asynchronous context manager protocol", type_name(mgr)),
        );
    }
    if lookup(cls, crate::sym!("__aexit__")).is_none() {
        return raise_named(
            "TypeError",
            format!(
                "'{}' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                type_name(mgr)
            ),
        );
    }
    super::attr::getattr(mgr, crate::sym!("__aexit__"))
}

fn aenter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_aenter__", args.len(), 1, 1)?;
    let f = super::attr::getattr(args[0], crate::sym!("__aenter__"))?;
    awaitable_from("__aenter__", call(f, &[], &[])?)
}

/// `__coro_aexited__(result)`: what `__aexit__` returned, checked before it is awaited.
fn aexited(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_aexited__", args.len(), 1, 1)?;
    awaitable_from("__aexit__", args[0])
}

/// `result` of `async with`'s `method`, if `await` takes it.
fn awaitable_from(method: &str, result: Value) -> PyResult<Value> {
    if !can_await(result) {
        let message = format!("'async with' received an object from {method} that does not implement __await__: {}", type_name(result));
        return raise_named("TypeError", message);
    }
    Ok(result)
}

fn aiter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_aiter__", args.len(), 1, 1)?;
    let x = args[0];
    match lookup(type_of(x), crate::sym!("__aiter__")) {
        Some(f) => call(f, &[x], &[]),
        None => raise_named(
            "TypeError",
            format!("'async for' requires an object with __aiter__ method, got {}", type_name(x)),
        ),
    }
}

fn anext(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_anext__", args.len(), 1, 1)?;
    let it = args[0];
    let next = match lookup(type_of(it), crate::sym!("__anext__")) {
        Some(f) => call(f, &[it], &[])?,
        None => {
            let message = format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", type_name(it));
            return raise_named("TypeError", message);
        }
    };
    if !can_await(next) {
        return raise_named("TypeError", format!("'async for' received an invalid object from __anext__: {}", type_name(next)));
    }
    Ok(next)
}

/// True for a coroutine and for the native awaitables with `send`/`throw`
/// that asyncio takes as coroutines, as CPython's `iscoroutine` does (the
/// `asend()`/`aclose()` objects of async generators, `anext(it, default)`).
pub fn is_coroutine_like(x: Value) -> bool {
    use super::object::{kind_of, Kind};
    match kind_of(x) {
        Kind::Generator => type_of(x) == super::vm::vm().classes.coroutine,
        Kind::Iter => {
            super::generator::is_async_gen_step(x) || matches!(super::iter::state(x), super::iter::IterState::AsyncNextOrStop { .. })
        }
        _ => false,
    }
}

/// CPython's `asyncio.iscoroutine`: a coroutine (as `is_coroutine_like`),
/// a generator (a generator-based coroutine), or an object whose class has
/// `__await__`, `send`, `throw` and `close` (`collections.abc.Coroutine`,
/// which takes `types.coroutine`'s `_GeneratorWrapper`).
pub fn is_asyncio_coroutine(x: Value) -> bool {
    if is_coroutine_like(x) || (!x.is_small() && type_of(x) == super::vm::vm().classes.generator) {
        return true;
    }
    let cls = type_of(x);
    let has = |name| lookup(cls, name).is_some_and(|f| f != super::vm::none());
    has(crate::sym!("__await__")) && has(crate::sym!("send")) && has(crate::sym!("throw")) && has(crate::sym!("close"))
}

/// True for what `await` accepts (see `jit_api::rt_await_iter`), without
/// calling its `__await__`.
fn can_await(x: Value) -> bool {
    is_coroutine_like(x) || crate::modules::asyncio::future::is_future(x) || lookup(type_of(x), crate::sym!("__await__")).is_some()
}

/// The `aiter(x)` builtin.
fn builtin_aiter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("aiter", kw)?;
    count("aiter", args.len(), 1, 1)?;
    let x = args[0];
    match lookup(type_of(x), crate::sym!("__aiter__")) {
        Some(f) => call(f, &[x], &[]),
        None => raise_named("TypeError", format!("'{}' object is not an async iterable", type_name(x))),
    }
}

/// The `anext(it[, default])` builtin: the awaitable of `it.__anext__()`,
/// which with a default gives it instead of raising StopAsyncIteration.
fn builtin_anext(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("anext", kw)?;
    count("anext", args.len(), 1, 2)?;
    let it = args[0];
    let Some(f) = lookup(type_of(it), crate::sym!("__anext__")) else {
        return raise_named("TypeError", format!("'{}' object is not an async iterator", type_name(it)));
    };
    let awaitable = call(f, &[it], &[])?;
    let Some(&default) = args.get(1) else { return Ok(awaitable) };
    let inner = super::jit_api::rt_await_iter(awaitable);
    if inner.is_null() {
        return Err(super::vm::Exc);
    }
    Ok(super::iter::new_iter(super::iter::IterState::AsyncNextOrStop { inner, default }))
}

/// `async for x in agen(...)`: the iterator when it is an async generator
/// not yet started (one the call just made, which the loop alone holds),
/// else None.
fn owned_agen(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_owned_agen__", args.len(), 1, 1)?;
    let it = args[0];
    let fresh = type_of(it) == vm().classes.async_generator && super::generator::gen_obj(it).state() == 0;
    Ok(if fresh { it } else { super::vm::none() })
}

/// Leaving an `async for` over the async generator `owned` (see
/// `owned_agen`; None: it owns none): when the loop stopped early, the
/// generator is dropped with it, and as CPython's finalizer hook does, the
/// running loop makes a task of its `aclose()` on its next iteration.
fn agen_left(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__coro_agen_left__", args.len(), 1, 1)?;
    let agen = args[0];
    if type_of(agen) != vm().classes.async_generator {
        return Ok(super::vm::none());
    }
    let g = super::generator::gen_obj(agen);
    let running_loop = crate::modules::asyncio::running_loop();
    if !g.suspended() || g.running() || running_loop.is_null() {
        return Ok(super::vm::none());
    }
    super::generator::forget_async_generator(agen);
    let aclose = super::call::call_method(agen, "aclose", &[])?;
    let create_task = super::attr::getattr(running_loop, crate::sym!("create_task"))?;
    super::call::call_method(running_loop, "call_soon", &[create_task, aclose])?;
    Ok(super::vm::none())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("__coro_aexit__", aexit),
    ("__coro_aenter__", aenter),
    ("__coro_aexited__", aexited),
    ("__coro_aiter__", aiter),
    ("__coro_anext__", anext),
    ("__coro_owned_agen__", owned_agen),
    ("__coro_agen_left__", agen_left),
];

/// Adds the hidden builtins to the builtins module.
pub fn install() {
    let b = vm().builtins.get();
    for &(name, f) in FUNCTIONS {
        set_global(b, name, new_builtin(name, f));
    }
    set_global(b, "aiter", new_builtin("aiter", builtin_aiter));
    set_global(b, "anext", new_builtin("anext", builtin_anext));
}
