//! `Future`: a result that arrives later. The state lives in native slots;
//! done callbacks are kept in a list and scheduled on the loop, in order,
//! when the result (or exception, or cancellation) is set. A Task in the
//! callback list stands for that task's wakeup, so a task waiting on a
//! future costs no bound-method object.
//!
//! Awaiting a future: `__await__` returns the future itself, and the await
//! machinery (`jit_api::rt_delegate`) asks `await_step`: a pending future
//! is yielded to the task driving the coroutine, a done one gives its result.

use crate::runtime::args::{keyword, method, positional};
use crate::runtime::call::call;
use crate::runtime::class::{isinstance, native_property, new_native_class, set_class_attr, set_class_methods, set_fast_methods, type_of};
use crate::runtime::exception::{is_exception, new_exception};
use crate::runtime::instance::{has_native_slots, native_slots};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::eq_bool;
use crate::runtime::seq::{list_items, new_list};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise, raise_named, set_exception, vm, Exc, PyResult};

use super::classes;

/// Slot: the loop the future belongs to.
pub const LOOP: usize = 0;
/// Slot: the state (PENDING, CANCELLED or FINISHED, in the low two bits)
/// and the flag bits above it, as one small int.
pub const STATE: usize = 1;
/// Slot: what the state calls for, so that a future is three words.
/// Pending, the done callbacks: NULL for none, the callback itself for one
/// (the usual case: a waiting task), a list for more; or, with
/// PENDING_MESSAGE, the list `[message, callbacks]` (a task told to cancel
/// at its next step). Done: the result (FINISHED), the exception (FINISHED
/// with HAS_EXCEPTION), the CancelledError a task's coroutine raised (with
/// SAVED_CANCEL), else the message given to `cancel` (CANCELLED), or NULL.
pub const CONTENT: usize = 2;
/// Number of slots of a Future.
pub const SLOTS: u32 = 3;

/// The bits of the STATE slot that hold the state.
const STATE_BITS: i64 = 3;
/// Flag: `_asyncio_future_blocking`.
pub const BLOCKING: i64 = 4;
/// Flag (tasks): cancel at the next step.
pub const MUST_CANCEL: i64 = 8;
/// Flag: finished with an exception nobody has retrieved yet
/// (CPython's `_log_traceback`; see `unretrieved.rs`).
pub const LOG_TRACEBACK: i64 = 16;
/// Flag (tasks): not reported as destroyed while pending at exit
/// (CPython's `_log_destroy_pending = False`, set for gather's children).
pub const QUIET_PENDING: i64 = 32;
/// Flag: CONTENT holds the exception the future finished with.
const HAS_EXCEPTION: i64 = 64;
/// Flag: CONTENT holds the CancelledError a task's coroutine raised.
const SAVED_CANCEL: i64 = 128;
/// Flag: the pending CONTENT is `[message, callbacks]`.
const PENDING_MESSAGE: i64 = 256;
/// Flag: `result()` has raised the exception once, with the traceback it
/// was set with; later raises start a traceback of their own.
const TRACEBACK_SPENT: i64 = 512;
/// The flag bits; a task keeps its count of cancellation requests above them.
pub const FLAG_BITS: i64 = 1023;

/// The future is not done.
pub const PENDING: i64 = 0;
/// The future was cancelled.
pub const CANCELLED: i64 = 1;
/// The future has a result or an exception.
pub const FINISHED: i64 = 2;

/// Reads slot `i` of a future.
#[inline]
pub fn slot(f: Value, i: usize) -> Value {
    native_slots(f)[i].get()
}

/// Writes slot `i` of a future.
#[inline]
pub fn set_slot(f: Value, i: usize, v: Value) {
    native_slots(f)[i].set(v)
}

/// The STATE word of `f` (its state, flags and, for a task, count).
#[inline]
pub fn state_word(f: Value) -> i64 {
    slot(f, STATE).as_small()
}

/// Replaces the STATE word of `f`.
#[inline]
pub fn set_state_word(f: Value, word: i64) {
    set_slot(f, STATE, Value::small_unchecked(word));
}

/// True when flag `bit` of `f` is set.
pub fn flag(f: Value, bit: i64) -> bool {
    state_word(f) & bit != 0
}

/// Sets or clears flag `bit` of `f`.
pub fn set_flag(f: Value, bit: i64, on: bool) {
    let v = state_word(f);
    set_state_word(f, if on { v | bit } else { v & !bit });
}

/// The state of a future.
#[inline]
pub fn state(f: Value) -> i64 {
    state_word(f) & STATE_BITS
}

/// The exception finished future `f` holds, or NULL.
pub fn exception_slot(f: Value) -> Value {
    if state(f) == FINISHED && flag(f, HAS_EXCEPTION) {
        slot(f, CONTENT)
    } else {
        Value::NULL
    }
}

/// The result of finished future `f` (None when it holds an exception).
pub fn result_slot(f: Value) -> Value {
    if flag(f, HAS_EXCEPTION) {
        none()
    } else {
        slot(f, CONTENT)
    }
}

/// The message given to `cancel`, or NULL.
pub fn cancel_message(f: Value) -> Value {
    match state(f) {
        PENDING if flag(f, PENDING_MESSAGE) => list_items(slot(f, CONTENT))[0],
        CANCELLED if !flag(f, SAVED_CANCEL) => slot(f, CONTENT),
        _ => Value::NULL,
    }
}

/// Keeps `msg` (or NULL) as the message of a cancellation to come, for a
/// pending `f` (a task that will cancel at its next step).
pub fn set_cancel_message(f: Value, msg: Value) {
    if state(f) != PENDING {
        return;
    }
    if flag(f, PENDING_MESSAGE) {
        list_items(slot(f, CONTENT))[0] = msg;
    } else if !msg.is_null() {
        let pair = new_list(vec![msg, slot(f, CONTENT)]);
        set_slot(f, CONTENT, pair);
        set_flag(f, PENDING_MESSAGE, true);
    }
}

/// The done callbacks of `f`: NULL, one callback, or a list of them.
fn callbacks(f: Value) -> Value {
    match state(f) {
        PENDING if flag(f, PENDING_MESSAGE) => list_items(slot(f, CONTENT))[1],
        PENDING => slot(f, CONTENT),
        _ => Value::NULL,
    }
}

/// Replaces the done callbacks of pending `f`.
fn set_callbacks(f: Value, cbs: Value) {
    if flag(f, PENDING_MESSAGE) {
        list_items(slot(f, CONTENT))[1] = cbs;
    } else {
        set_slot(f, CONTENT, cbs);
    }
}

/// Ends pending `f` in `state` holding `content`: returns its done
/// callbacks, for `schedule_callbacks`.
fn finish(f: Value, state: i64, content: Value) -> Value {
    let cbs = callbacks(f);
    set_flag(f, PENDING_MESSAGE | SAVED_CANCEL | HAS_EXCEPTION, false);
    set_slot(f, CONTENT, content);
    leave_pending(f, state);
    cbs
}

/// Cancels task `t`, whose coroutine raised CancelledError `exc`: the
/// error awaiting `t` raises (CPython's `_cancelled_exc`).
pub fn cancel_with_error(t: Value, exc: Value) -> PyResult<bool> {
    let cancelled = cancel(t, Value::NULL)?;
    set_slot(t, CONTENT, exc);
    set_flag(t, SAVED_CANCEL, true);
    Ok(cancelled)
}

/// True for instances of Future (and Task, and their subclasses).
pub fn is_future(v: Value) -> bool {
    if !has_native_slots(v, SLOTS) || !super::loaded() {
        return false;
    }
    // Most checks meet a plain Future or Task: no walk up the bases.
    let (k, t) = (classes(), type_of(v));
    t == k.future || t == k.task || isinstance(v, k.future)
}

/// Fills in a new future's slots.
pub fn init(f: Value, event_loop: Value) {
    set_slot(f, LOOP, event_loop);
    set_state_word(f, PENDING);
}

/// A new pending future on `event_loop`.
pub fn new_future(event_loop: Value) -> Value {
    let f = crate::runtime::instance::new_instance(classes().future);
    init(f, event_loop);
    f
}

/// The future of `args[0]`, or a TypeError.
fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&f) if is_future(f) => Ok(f),
        _ => raise_named("TypeError", "descriptor requires a 'Future' object"),
    }
}

/// The CancelledError to raise for a cancelled future.
pub fn make_cancelled_error(f: Value) -> Value {
    if flag(f, SAVED_CANCEL) {
        let saved = slot(f, CONTENT);
        set_flag(f, SAVED_CANCEL, false);
        set_slot(f, CONTENT, Value::NULL);
        return saved;
    }
    let msg = cancel_message(f);
    let args: Vec<Value> = if msg.is_null() { vec![] } else { vec![msg] };
    new_exception(classes().cancelled_error, &args)
}

/// Schedules `cbs`, the done callbacks `f` had (see `finish`), on its
/// loop, in registration order.
fn schedule_callbacks(f: Value, cbs: Value) -> PyResult<()> {
    if cbs.is_null() {
        return Ok(());
    }
    let lp = slot(f, LOOP);
    if kind_of(cbs) != Kind::List {
        return super::event_loop::schedule_callback(lp, cbs, f);
    }
    for &cb in list_items(cbs).iter() {
        super::event_loop::schedule_callback(lp, cb, f)?;
    }
    Ok(())
}

/// Moves the pending `f` to `state`.
fn leave_pending(f: Value, state: i64) {
    set_state_word(f, state_word(f) & !STATE_BITS | state);
    if super::task::is_task(f) && !slot(f, LOOP).is_null() {
        super::with_core(|c| c.pending_tasks = c.pending_tasks.saturating_sub(1));
    }
}

/// `fut.set_result(v)` without the Task check.
pub fn set_result(f: Value, v: Value) -> PyResult<()> {
    if state(f) != PENDING {
        return raise(classes().invalid_state_error, format!("invalid state"));
    }
    let cbs = finish(f, FINISHED, v);
    schedule_callbacks(f, cbs)
}

/// `fut.set_exception(e)` without the Task check.
pub fn set_exception_of(f: Value, exc: Value) -> PyResult<()> {
    if state(f) != PENDING {
        return raise(classes().invalid_state_error, "invalid state");
    }
    let exc = if crate::runtime::class::is_class(exc) { call(exc, &[], &[])? } else { exc };
    if !is_exception(exc) {
        return raise_named("TypeError", "invalid exception object");
    }
    if type_of(exc) == crate::runtime::vm::exc_class("StopIteration") {
        return raise_named(
            "TypeError",
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        );
    }
    let cbs = finish(f, FINISHED, exc);
    set_flag(f, HAS_EXCEPTION | LOG_TRACEBACK, true);
    super::unretrieved::watch(f);
    schedule_callbacks(f, cbs)
}

/// `fut.cancel(msg)` without the Task behaviour.
pub fn cancel(f: Value, msg: Value) -> PyResult<bool> {
    if state(f) != PENDING {
        return Ok(false);
    }
    let cbs = finish(f, CANCELLED, msg);
    schedule_callbacks(f, cbs)?;
    Ok(true)
}

/// `fut.result()`.
pub fn result(f: Value) -> PyResult<Value> {
    match state(f) {
        CANCELLED => {
            set_exception(make_cancelled_error(f));
            Err(Exc)
        }
        PENDING => raise(classes().invalid_state_error, "Result is not set."),
        _ => {
            let exc = exception_slot(f);
            if exc.is_null() {
                Ok(slot(f, CONTENT))
            } else {
                set_flag(f, LOG_TRACEBACK, false);
                // As CPython's `future_get_result`, which drops its saved
                // traceback once it has raised it.
                if flag(f, TRACEBACK_SPENT) {
                    crate::runtime::exception::exc_obj(exc).traceback.borrow_mut().clear();
                }
                set_flag(f, TRACEBACK_SPENT, true);
                set_exception(exc);
                Err(Exc)
            }
        }
    }
}

/// True for the done callbacks that stand for native code: a Task (its
/// wakeup) and a gather's future (`gather::child_done`). Any other object
/// is called.
pub fn is_native_callback(cb: Value) -> bool {
    super::task::is_task(cb) || super::gather::is_gathering(cb)
}

/// Adds `cb` (a callable, or a Task standing for its wakeup) to the done
/// callbacks, or schedules it at once when the future is done.
pub fn add_callback(f: Value, cb: Value) -> PyResult<()> {
    if state(f) != PENDING {
        return super::event_loop::schedule_callback(slot(f, LOOP), cb, f);
    }
    let cbs = callbacks(f);
    if cbs.is_null() {
        set_callbacks(f, cb);
    } else if kind_of(cbs) == Kind::List {
        list_items(cbs).push(cb);
    } else {
        set_callbacks(f, new_list(vec![cbs, cb]));
    }
    Ok(())
}

/// One step of `await fut`: `Ok(None)` to suspend (the future is yielded to
/// the task), `Ok(Some(result))` when done.
pub fn await_step(f: Value) -> PyResult<Option<Value>> {
    if state(f) == PENDING {
        // As CPython's FutureIter: a task clears the flag when it takes the
        // future, so a still-pending future resumed with it set was not awaited by one.
        if flag(f, BLOCKING) {
            return raise_named("RuntimeError", "await wasn't used with future");
        }
        set_flag(f, BLOCKING, true);
        return Ok(None);
    }
    result(f).map(Some)
}

fn future_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args)?;
    crate::runtime::args::check_keywords("Future", kw, &["loop"])?;
    if positional(args, kw).len() > 1 {
        return raise_named("TypeError", "Future() takes no positional arguments");
    }
    let lp = match keyword(args, kw, "loop") {
        Some(l) if l != none() => l,
        _ => super::event_loop::get_event_loop()?,
    };
    init(f, lp);
    Ok(none())
}

fn future_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let f = this(a)?;
    let name = crate::runtime::class::class_obj(type_of(f)).name.clone();
    let text = match state(f) {
        PENDING => format!("<{name} pending{}>", callbacks_info(f)),
        CANCELLED => format!("<{name} cancelled>"),
        _ if !exception_slot(f).is_null() => {
            format!("<{name} finished exception={}>", crate::runtime::text::repr(exception_slot(f))?)
        }
        _ => format!("<{name} finished result={}>", crate::runtime::reprlib::short_repr(slot(f, CONTENT))?),
    };
    Ok(new_str(&text))
}

/// ` cb=[...]` of a future's repr, as CPython writes its done callbacks
/// (empty when there are none).
pub fn callbacks_info(f: Value) -> String {
    let cbs = callbacks(f);
    let entries: Vec<Value> = if cbs.is_null() {
        return String::new();
    } else if kind_of(cbs) == Kind::List {
        list_items(cbs).clone()
    } else {
        vec![cbs]
    };
    let describe = |cb: Value| -> String {
        // A 1-tuple wraps a callback that would read as a wakeup or a list.
        let (cb, wrapped) = match kind_of(cb) {
            Kind::Tuple => (crate::runtime::seq::tuple_items(cb)[0], true),
            _ => (cb, false),
        };
        if !wrapped && super::task::is_task(cb) {
            return "Task.task_wakeup()".into();
        }
        if !wrapped && super::gather::is_gathering(cb) {
            return "gather.<locals>._done_callback() at <stdlib>/asyncio/tasks.py:764".into();
        }
        super::handle::callback_source(cb, &[]).unwrap_or_default()
    };
    let shown: Vec<String> = match entries.len() {
        0 => return String::new(),
        1 | 2 => entries.iter().map(|&c| describe(c)).collect(),
        n => vec![describe(entries[0]), format!("<{} more>", n - 2), describe(entries[n - 1])],
    };
    format!(" cb=[{}]", shown.join(", "))
}

fn future_get_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.get_loop", args, kw, 0, 0)?;
    Ok(slot(this(a)?, LOOP))
}

fn future_cancel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = this(args)?;
    crate::runtime::args::check_keywords("cancel", kw, &["msg"])?;
    let pos = crate::runtime::args::tuple_style_method("cancel", args, kw, 0, 1)?;
    let pos = positional(pos, kw);
    let msg = keyword(args, kw, "msg").or(pos.get(1).copied()).filter(|&m| m != none()).unwrap_or(Value::NULL);
    Ok(boolean(cancel(f, msg)?))
}

fn future_cancelled(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.cancelled", args, kw, 0, 0)?;
    Ok(boolean(state(this(a)?) == CANCELLED))
}

fn future_done(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.done", args, kw, 0, 0)?;
    Ok(boolean(state(this(a)?) != PENDING))
}

fn future_result(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.result", args, kw, 0, 0)?;
    result(this(a)?)
}

fn future_exception(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.exception", args, kw, 0, 0)?;
    let f = this(a)?;
    match state(f) {
        CANCELLED => {
            set_exception(make_cancelled_error(f));
            Err(Exc)
        }
        PENDING => raise(classes().invalid_state_error, "Exception is not set."),
        _ => Ok(retrieve_exception(f)),
    }
}

/// The exception of finished (not cancelled) future `f`, or None, marked
/// retrieved.
pub fn retrieve_exception(f: Value) -> Value {
    set_flag(f, LOG_TRACEBACK, false);
    Some(exception_slot(f)).filter(|e| !e.is_null()).unwrap_or(none())
}

fn future_add_done_callback(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_keywords("add_done_callback", kw, &["context"])?;
    let pos = positional(args, kw);
    if pos.len() != 2 {
        return raise_named("TypeError", format!("add_done_callback() takes exactly 1 positional argument ({} given)", pos.len().saturating_sub(1)));
    }
    let f = this(pos)?;
    let cb = pos[1];
    // A Task given as a callback is called like any object, not woken; a
    // list or tuple must not be taken for the callback list or a wrapper.
    let wrap = is_native_callback(cb) || matches!(kind_of(cb), Kind::List | Kind::Tuple);
    // A callback runs in `context`, by default a copy of the current one
    // (as the pair `(callback, context)`), once context variables exist.
    let context = crate::runtime::args::keyword(args, kw, "context");
    let cb = if crate::modules::contextvars::active() && !wrap {
        let ctx = crate::modules::contextvars::context_arg(context)?;
        crate::runtime::seq::new_tuple_from(&[cb, ctx])
    } else if wrap {
        crate::runtime::seq::new_tuple_from(&[cb])
    } else {
        cb
    };
    add_callback(f, cb)?;
    Ok(none())
}

fn future_remove_done_callback(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.remove_done_callback", args, kw, 1, 1)?;
    let f = this(a)?;
    let cbs = callbacks(f);
    if cbs.is_null() {
        return Ok(Value::small_unchecked(0));
    }
    // Tasks (wakeups) and wrapped callbacks are never equal to a callable;
    // a callback with its context is compared as the callback.
    let matches = |cb: Value| -> PyResult<bool> {
        match kind_of(cb) {
            Kind::Tuple => match crate::runtime::seq::tuple_items(cb) {
                [f, _] => eq_bool(*f, a[1]),
                _ => Ok(false),
            },
            _ => Ok(!is_native_callback(cb) && eq_bool(cb, a[1])?),
        }
    };
    if kind_of(cbs) != Kind::List {
        if matches(cbs)? {
            set_callbacks(f, Value::NULL);
            return Ok(Value::small_unchecked(1));
        }
        return Ok(Value::small_unchecked(0));
    }
    let before = list_items(cbs).len();
    let mut kept = Vec::with_capacity(before);
    for i in 0..before {
        let cb = list_items(cbs)[i];
        if !matches(cb)? {
            kept.push(cb);
        }
    }
    let removed = before - kept.len();
    *list_items(cbs) = kept;
    Ok(Value::small_unchecked(removed as i64))
}

fn future_set_result(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.set_result", args, kw, 1, 1)?;
    set_result(this(a)?, a[1])?;
    Ok(none())
}

fn future_set_exception(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Future.set_exception", args, kw, 1, 1)?;
    set_exception_of(this(a)?, a[1])?;
    Ok(none())
}

fn future_await(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__await__", args, kw, 0, 0)?;
    this(a)
}

/// `send(None)` on a future used as its own iterator (`fut.__await__()`).
fn future_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("send", args, kw, 1, 1)?;
    let f = this(a)?;
    match await_step(f)? {
        None => Ok(f),
        Some(v) => crate::runtime::generator::stop_iteration(v),
    }
}

fn future_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__next__", args, kw, 0, 0)?;
    future_send(&[a[0], none()], &[])
}

fn future_throw(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("throw", args, kw, 1, 3)?;
    let exc = if crate::runtime::class::is_class(a[1]) { call(a[1], &[], &[])? } else { a[1] };
    set_exception(exc);
    Err(Exc)
}

fn future_make_cancelled_error(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("_make_cancelled_error", args, kw, 0, 0)?;
    Ok(make_cancelled_error(this(a)?))
}

fn get_blocking(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(boolean(flag(this(args)?, BLOCKING)))
}

fn set_blocking(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = this(args)?;
    set_flag(f, BLOCKING, crate::runtime::ops::truthy(args[1])?);
    Ok(none())
}

fn get_loop_attr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(slot(this(args)?, LOOP))
}

fn get_state(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let name = match state(this(args)?) {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    };
    Ok(new_str(name))
}

fn get_cancel_message_attr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(Some(cancel_message(this(args)?)).filter(|m| !m.is_null()).unwrap_or(none()))
}

fn set_cancel_message_attr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = if args[1] == none() { Value::NULL } else { args[1] };
    set_cancel_message(this(args)?, m);
    Ok(none())
}

/// Makes the Future class.
pub fn make_class() -> Value {
    let cls = new_native_class("Future", "_asyncio", vm().classes.object, SLOTS);
    crate::runtime::class::name_as_c_type(cls);
    let methods: &[(&'static str, crate::runtime::function::NativeFn)] = &[
        ("__init__", future_init),
        ("__repr__", future_repr),
        ("get_loop", future_get_loop),
        ("cancel", future_cancel),
        ("cancelled", future_cancelled),
        ("done", future_done),
        ("result", future_result),
        ("exception", future_exception),
        ("add_done_callback", future_add_done_callback),
        ("remove_done_callback", future_remove_done_callback),
        ("set_result", future_set_result),
        ("set_exception", future_set_exception),
        ("__await__", future_await),
        ("__iter__", future_await),
        ("send", future_send),
        ("__next__", future_next),
        ("throw", future_throw),
        ("_make_cancelled_error", future_make_cancelled_error),
    ];
    set_class_methods(cls, methods);
    set_fast_methods(
        cls,
        &[
            ("done", crate::fast_entry!(future_done, 1)),
            ("cancelled", crate::fast_entry!(future_cancelled, 1)),
            ("result", crate::fast_entry!(future_result, 1)),
            ("set_result", crate::fast_entry!(future_set_result, 2)),
        ],
    );
    set_class_attr(cls, "_asyncio_future_blocking", native_property("_asyncio_future_blocking", get_blocking, Some(set_blocking)));
    set_class_attr(cls, "_loop", native_property("_loop", get_loop_attr, None));
    set_class_attr(cls, "_state", native_property("_state", get_state, None));
    set_class_attr(cls, "_cancel_message", native_property("_cancel_message", get_cancel_message_attr, Some(set_cancel_message_attr)));
    cls
}
