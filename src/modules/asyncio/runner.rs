//! `asyncio.run`, `loop.run_until_complete` and `asyncio.ensure_future`:
//! the path every asyncio program starts through. They are native so that
//! a program compiles none of them: compiling them was most of the startup
//! of `asyncio.run(main())`. Each follows CPython 3.11 (runners.py,
//! base_events.py, tasks.py) step by step, and reaches loops and futures
//! through their methods, so subclasses and custom policies behave as there.

use crate::runtime::args::{check_python_keywords, count, keyword, positional};
use crate::runtime::async_protocol::is_asyncio_coroutine;
use crate::runtime::attr::getattr;
use crate::runtime::call::{call, call_method};
use crate::runtime::class::{lookup, type_of};
use crate::runtime::dict::{new_dict, table};
use crate::runtime::exception::new_exception;
use crate::runtime::import::import_module;
use crate::runtime::ops::truthy;
use crate::runtime::seq::list_items;
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, exc_class, intern, none, raise_named, set_exception, take_exception, vm, Exc, PyResult};

use super::{classes, gather, policy, with_core};

/// The asyncio module's global `name` (for the helpers written in
/// stdlib/asyncio.py).
fn asyncio_global(name: &str) -> PyResult<Value> {
    getattr(import_module("asyncio")?, intern(name))
}

/// Runs `f` with `exc` as the exception being handled, as an `except` or
/// `finally` clause runs: what it raises gets `exc` as its `__context__`.
pub(super) fn handling<R>(exc: Value, f: impl FnOnce() -> R) -> R {
    vm().handled.push(exc);
    let r = f();
    vm().handled.pop();
    r
}

/// `try: <body> finally: <cleanup>`, given the body's outcome: an exception
/// from the cleanup replaces the body's, else the body's stands.
fn finally<T>(body: PyResult<T>, cleanup: impl FnOnce() -> PyResult<()>) -> PyResult<T> {
    match body {
        Ok(v) => cleanup().map(|()| v),
        Err(Exc) => {
            let exc = take_exception();
            handling(exc, cleanup)?;
            vm().current_exc.set(exc);
            Err(Exc)
        }
    }
}

/// `asyncio.run(main, *, debug=None)`.
pub fn run(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_python_keywords("run", kw, &["debug"])?;
    let a = positional(args, kw);
    count("run", a.len(), 1, 1)?;
    let main = a[0];
    if !with_core(|c| c.running_loop).is_null() {
        return raise_named("RuntimeError", "asyncio.run() cannot be called from a running event loop");
    }
    if !is_asyncio_coroutine(main) {
        // CPython's runner has made its loop by then, and closing it runs
        // its two shutdown tasks.
        skip_task_name();
        skip_task_name();
        return not_a_coroutine(main);
    }
    let lp = policy::new_event_loop(&[], &[])?;
    if let Some(debug) = crate::runtime::args::keyword(args, kw, "debug").filter(|&d| d != none()) {
        call_method(lp, "set_debug", &[debug])?;
    }
    // CPython's `run` and `Runner.run` (then `Runner.close`) are two frames.
    let outcome = policy::set_event_loop(&[lp], &[]).and_then(|_| super::event_loop::python_frames(2, || run_main(lp, main, none())));
    finally(outcome, || {
        finally(super::event_loop::python_frames(2, || shut_down(lp)), || {
            policy::set_event_loop(&[none()], &[])?;
            call_method(lp, "close", &[]).map(|_| ())
        })
    })
}

/// `_runner_run(loop, coro, context)`: `asyncio.Runner.run` on the
/// runner's loop (the main task in `context` unless it is None).
pub fn runner_run(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    count("_runner_run", positional(args, kw).len(), 3, 3)?;
    let (lp, main, context) = (args[0], args[1], args[2]);
    if !is_asyncio_coroutine(main) {
        return not_a_coroutine(main);
    }
    if !with_core(|c| c.running_loop).is_null() {
        return raise_named("RuntimeError", "Runner.run() cannot be called from a running event loop");
    }
    run_main(lp, main, context)
}

/// The ValueError of `asyncio.run` and `Runner.run` given no coroutine.
fn not_a_coroutine<T>(main: Value) -> PyResult<T> {
    let shown = crate::runtime::text::repr(main)?;
    raise_named("ValueError", format!("a coroutine was expected, got {shown}"))
}

/// `_runner_shut_down(loop)`: what `asyncio.Runner.close` does before it
/// closes the loop.
pub fn runner_shut_down(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    count("_runner_shut_down", positional(args, kw).len(), 1, 1)?;
    shut_down(args[0]).map(|()| none())
}

/// The body of `asyncio.run`: `main` as the loop's task, which Ctrl-C
/// cancels (and then ends with KeyboardInterrupt).
fn run_main(lp: Value, main: Value, context: Value) -> PyResult<Value> {
    let task = if context == none() {
        call_method(lp, "create_task", &[main])?
    } else {
        let create = crate::runtime::attr::getattr(lp, crate::sym!("create_task"))?;
        crate::runtime::call::call(create, &[main, context], &[crate::runtime::vm::intern("context")])?
    };
    super::run_main(&[task], &[])?;
    let outcome = match call_method(lp, "run_until_complete", &[task]) {
        Err(Exc) if crate::runtime::class::isinstance(vm().current_exc.get(), classes().cancelled_error) => {
            let exc = take_exception();
            handling(exc, || {
                let interrupted = truthy(super::run_main(&[none()], &[])?)?;
                if interrupted && call_method(task, "uncancel", &[])? == Value::small_unchecked(0) {
                    set_exception(new_exception(exc_class("KeyboardInterrupt"), &[]));
                    return Err(Exc);
                }
                vm().current_exc.set(exc);
                Err(Exc)
            })
        }
        Err(Exc) => {
            // SystemExit or KeyboardInterrupt out of the main task: the
            // traceback of the exception leaving `asyncio.run` holds the
            // task in CPython, which therefore never reports it unretrieved.
            if super::future::is_future(task) && super::future::exception_slot(task) == vm().current_exc.get() {
                super::future::set_flag(task, super::future::LOG_TRACEBACK, false);
            }
            Err(Exc)
        }
        outcome => outcome,
    };
    finally(outcome, || super::run_main(&[none()], &[]).map(|_| ()))
}

/// The end of `asyncio.run`: cancels the tasks left, then closes the async
/// generators left suspended.
fn shut_down(lp: Value) -> PyResult<()> {
    crate::runtime::generator::close_dropped_async_generators(classes().cancelled_error);
    cancel_all_tasks(lp)?;
    // Inside a running loop (a Runner left there) CPython's
    // `run_until_complete(loop.shutdown_asyncgens())` raises.
    if !list_items(super::suspended_asyncgens(&[], &[])?).is_empty() || !with_core(|c| c.running_loop).is_null() {
        let closing = call_method(lp, "shutdown_asyncgens", &[])?;
        call_method(lp, "run_until_complete", &[closing])?;
    } else {
        skip_task_name();
    }
    // CPython then runs `shutdown_default_executor()` as a task too.
    skip_task_name();
    Ok(())
}

/// Uses up the default name of a task CPython makes where coro needs none
/// (`Task-N` names count every task made, so later tasks' names agree).
fn skip_task_name() {
    with_core(|c| c.task_counter += 1);
}

/// Cancels every task of `lp` not yet done, runs the loop until they end,
/// and reports those that ended with an exception other than cancellation.
fn cancel_all_tasks(lp: Value) -> PyResult<()> {
    // The list keeps the tasks alive while the loop runs and the handler
    // reports them (their copy in `tasks` is invisible to the collector).
    let keep = crate::runtime::heap::Rooted::new();
    let pending = keep.add(call_method(lp, "_all_tasks", &[])?);
    let tasks: Vec<Value> = list_items(pending).to_vec();
    if tasks.is_empty() {
        return Ok(());
    }
    for &t in &tasks {
        call_method(t, "cancel", &[])?;
    }
    let mut gather_args = tasks.clone();
    gather_args.push(boolean(true));
    let all = gather::gather(&gather_args, &[crate::sym!("return_exceptions")])?;
    call_method(lp, "run_until_complete", &[all])?;
    for &t in &tasks {
        if truthy(call_method(t, "cancelled", &[])?)? {
            continue;
        }
        let exc = call_method(t, "exception", &[])?;
        if exc != none() {
            let context = keep.add(new_dict());
            let d = table(context);
            d.set_str(intern("message"), new_str("unhandled exception during asyncio.run() shutdown"));
            d.set_str(intern("exception"), exc);
            d.set_str(intern("task"), t);
            call_method(lp, "call_exception_handler", &[context])?;
        }
    }
    Ok(())
}

/// `loop.run_until_complete(future)`.
pub fn run_until_complete(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::runtime::args::python_method("BaseEventLoop.run_until_complete", args, kw, &["future"], 1, false, &[])?;
    let (lp, arg) = (a[0], a[1]);
    if truthy(call_method(lp, "is_closed", &[])?)? {
        return raise_named("RuntimeError", "Event loop is closed");
    }
    if truthy(call_method(lp, "is_running", &[])?)? {
        return raise_named("RuntimeError", "This event loop is already running");
    }
    // Checked before a task is made, as CPython's `_check_running`.
    if !with_core(|c| c.running_loop).is_null() {
        return raise_named("RuntimeError", "Cannot run the event loop while another loop is running");
    }
    let new_task = !truthy(super::isfuture(&[arg], &[])?)?;
    let fut = ensure(arg, lp)?;
    let done_cb = with_core(|c| c.run_until_complete_cb);
    call_method(fut, "add_done_callback", &[done_cb])?;
    // (CPython's run_until_complete is a frame.)
    let ran = match super::event_loop::python_frames(1, || call_method(lp, "run_forever", &[])) {
        Err(Exc) => {
            let exc = take_exception();
            // The task's exception counts as retrieved: it propagates.
            let retrieved = handling(exc, || {
                if new_task && truthy(call_method(fut, "done", &[])?)? && !truthy(call_method(fut, "cancelled", &[])?)? {
                    call_method(fut, "exception", &[])?;
                }
                Ok(())
            });
            retrieved.map(|()| vm().current_exc.set(exc))?;
            Err(Exc)
        }
        ok => ok,
    };
    finally(ran, || call_method(fut, "remove_done_callback", &[done_cb]).map(|_| ()))?;
    if !truthy(call_method(fut, "done", &[])?)? {
        return raise_named("RuntimeError", "Event loop stopped before Future completed.");
    }
    let result = call_method(fut, "result", &[])?;
    // What only the finished coroutine's frame held is gone now.
    super::unretrieved::collect_if_owing();
    super::unretrieved::report_due()?;
    Ok(result)
}

/// The done callback `run_until_complete` adds: stops the loop, unless the
/// future ended with SystemExit or KeyboardInterrupt (which propagate out
/// of `run_forever` by themselves).
pub fn run_until_complete_cb(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = positional(args, kw);
    count("_run_until_complete_cb", a.len(), 1, 1)?;
    let fut = a[0];
    if !truthy(call_method(fut, "cancelled", &[])?)? {
        let exc = call_method(fut, "exception", &[])?;
        let base_exits = ["SystemExit", "KeyboardInterrupt"];
        if base_exits.iter().any(|name| crate::runtime::class::isinstance(exc, exc_class(name))) {
            return Ok(none());
        }
    }
    let lp = call_method(fut, "get_loop", &[])?;
    call_method(lp, "stop", &[])
}

/// `asyncio.ensure_future(coro_or_future, *, loop=None)`.
pub fn ensure_future(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_python_keywords("ensure_future", kw, &["loop"])?;
    let a = positional(args, kw);
    crate::runtime::args::python_function_count("ensure_future", a.len(), &["coro_or_future"], 1)?;
    let lp = keyword(args, kw, "loop").filter(|&l| l != none()).unwrap_or(Value::NULL);
    ensure(a[0], lp)
}

/// `fut.get_loop()`, read straight from a plain Future or Task: gathering
/// 200,000 tasks then makes no bound method per task.
fn loop_of(fut: Value) -> PyResult<Value> {
    let k = super::classes();
    let t = type_of(fut);
    if t == k.future || t == k.task {
        return Ok(super::future::slot(fut, super::future::LOOP));
    }
    call_method(fut, "get_loop", &[])
}

/// `ensure_future(arg, loop=lp)`, with NULL for no loop.
pub fn ensure(arg: Value, lp: Value) -> PyResult<Value> {
    if truthy(super::isfuture(&[arg], &[])?)? {
        if !lp.is_null() && lp != loop_of(arg)? {
            return raise_named("ValueError", "The future belongs to a different loop than the one specified as the loop argument");
        }
        return Ok(arg);
    }
    let mut coro = arg;
    if !is_asyncio_coroutine(arg) {
        if lookup(type_of(arg), crate::sym!("__await__")).is_none() {
            return raise_named("TypeError", "An asyncio.Future, a coroutine or an awaitable is required");
        }
        coro = call(asyncio_global("_wrap_awaitable")?, &[arg], &[])?;
    }
    let lp = if lp.is_null() { super::event_loop::get_event_loop()? } else { lp };
    call_method(lp, "create_task", &[coro])
}
