//! `asyncio.gather` and its `_GatheringFuture`, native. CPython writes them
//! in Python with a closure as every child's done callback; here the outer
//! future itself stands in the children's callback lists (as a Task stands
//! for its wakeup, see `future.rs`), and the loop runs `child_done` for it
//! at the place in the ready queue where CPython's closure would run.

use crate::runtime::args::{check_python_keywords, keyword, positional};
use crate::runtime::call::{call, call_method};
use crate::runtime::class::{new_native_class, set_class_methods, type_of};
use crate::runtime::exception::new_exception;
use crate::runtime::function::{bind_builtin, new_builtin};
use crate::runtime::instance::{has_native_slots, new_instance};
use crate::runtime::ops::truthy;
use crate::runtime::seq::{list_items, new_list};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, PyResult};

use super::future::{self, set_slot, slot, CANCELLED, PENDING};
use super::{classes, event_loop};

/// Slot: the children (a list of futures, one per argument).
const CHILDREN: usize = future::SLOTS as usize;
/// Slot: how many children have finished (a small int).
const FINISHED: usize = CHILDREN + 1;
/// Slot: how many distinct children there are (a small int).
const DISTINCT: usize = CHILDREN + 2;
/// Slot: option bits (a small int): RETURN_EXCEPTIONS, CANCEL_REQUESTED.
const OPTIONS: usize = CHILDREN + 3;
/// Number of slots.
const SLOTS: u32 = future::SLOTS + 4;

/// Option: `return_exceptions=True`.
const RETURN_EXCEPTIONS: i64 = 1;
/// Option: a `cancel()` reached a child (CPython's `_cancel_requested`).
const CANCEL_REQUESTED: i64 = 2;
/// The options count, from this unit up, the children's callbacks waiting
/// in the ready queue (see `counted_at_once`).
const QUEUED_UNIT: i64 = 4;

/// True for the futures `gather` returns.
pub fn is_gathering(v: Value) -> bool {
    has_native_slots(v, SLOTS) && type_of(v) == classes().gathering_future
}

fn option(outer: Value, bit: i64) -> bool {
    slot(outer, OPTIONS).as_small() & bit != 0
}

/// `asyncio.gather(*coros_or_futures, return_exceptions=False)`.
pub fn gather(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_python_keywords("gather", kw, &["return_exceptions"])?;
    let return_exceptions = match keyword(args, kw, "return_exceptions") {
        Some(v) => truthy(v)?,
        None => false,
    };
    let aws = positional(args, kw);
    if aws.is_empty() {
        let lp = event_loop::get_event_loop()?;
        let outer = call_method(lp, "create_future", &[])?;
        call_method(outer, "set_result", &[new_list(Vec::new())])?;
        return Ok(outer);
    }
    // Each distinct argument becomes one future (CPython's `arg_to_fut`,
    // by identity); a coroutine is wrapped by the loop's `create_task`.
    let mut lp = Value::NULL;
    let mut create_task = Value::NULL;
    // Only repeated arguments need the futures indexed by identity: the
    // usual list of distinct ones (200,000 tasks, say) is checked once,
    // sorted, and then needs no index, which would cost more memory than
    // their results.
    let repeats = has_repeats(aws);
    // The future of each argument seen, by identity (when arguments repeat).
    let mut index: std::collections::HashMap<u64, Value> = std::collections::HashMap::new();
    // The distinct futures in order (when arguments repeat).
    let mut distinct: Vec<Value> = Vec::new();
    let mut children = Vec::with_capacity(aws.len());
    for &arg in aws {
        if let Some(&fut) = index.get(&arg.0) {
            children.push(fut);
            continue;
        }
        let fut = if crate::runtime::async_protocol::is_asyncio_coroutine(arg) {
            if lp.is_null() {
                lp = event_loop::get_event_loop()?;
            }
            if create_task.is_null() {
                create_task = crate::runtime::attr::getattr(lp, crate::sym!("create_task"))?;
            }
            call(create_task, &[arg], &[])?
        } else {
            // CPython looks each argument up in a dict first: a list (the `*`
            // forgotten) is "unhashable type: 'list'".
            if !future::is_future(arg) {
                crate::runtime::ops::hash(arg)?;
            }
            super::runner::ensure(arg, lp)?
        };
        if lp.is_null() {
            lp = call_method(fut, "get_loop", &[])?;
        }
        if fut != arg && future::is_future(fut) {
            // CPython's `_log_destroy_pending = False`.
            future::set_flag(fut, future::QUIET_PENDING, true);
        }
        if repeats {
            index.insert(arg.0, fut);
            distinct.push(fut);
        }
        children.push(fut);
    }
    drop(index);
    let count = if repeats { distinct.len() } else { children.len() };
    let outer = new_instance(classes().gathering_future);
    future::init(outer, lp);
    let kids = new_list(children);
    set_slot(outer, CHILDREN, kids);
    set_slot(outer, FINISHED, Value::small_unchecked(0));
    set_slot(outer, DISTINCT, Value::small_unchecked(count as i64));
    set_slot(outer, OPTIONS, Value::small_unchecked(if return_exceptions { RETURN_EXCEPTIONS } else { 0 }));
    for i in 0..count {
        let fut = if repeats { distinct[i] } else { list_items(kids)[i] };
        if future::is_future(fut) {
            future::add_callback(fut, outer)?;
        } else {
            let done = bind_builtin(new_builtin("_done_callback", done_callback), outer);
            call_method(fut, "add_done_callback", &[done])?;
        }
    }
    Ok(outer)
}

/// True when some argument appears twice (by identity).
fn has_repeats(aws: &[Value]) -> bool {
    // A short list (as most are) is checked in place, allocating nothing.
    if aws.len() <= 16 {
        return aws.iter().enumerate().any(|(i, a)| aws[..i].contains(a));
    }
    let mut ids: Vec<u64> = aws.iter().map(|v| v.0).collect();
    ids.sort_unstable();
    ids.windows(2).any(|w| w[0] == w[1])
}

/// The done callback bound to `outer` for a child that is not a native
/// future (it calls `add_done_callback` like any object).
fn done_callback(args: &[Value], _: &[Value]) -> PyResult<Value> {
    child_done(args[0], args[1])?;
    Ok(none())
}

/// The loop is about to queue the done callback of `outer` for its child
/// `fut`; true when it need not, because running it now is the same: the
/// child has a result, the gather is not finished by it, and no earlier
/// child's callback still waits in the queue (which would have to see this
/// child uncounted). 200,000 tasks finishing one by one then queue nothing
/// for their gather but the last.
pub fn counted_at_once(outer: Value, fut: Value) -> bool {
    let options = slot(outer, OPTIONS).as_small();
    let finished = slot(outer, FINISHED).as_small();
    let succeeded = future::state(fut) == future::FINISHED && future::exception_slot(fut).is_null();
    if options < QUEUED_UNIT && succeeded && finished + 1 < slot(outer, DISTINCT).as_small() {
        set_slot(outer, FINISHED, Value::small_unchecked(finished + 1));
        return true;
    }
    set_slot(outer, OPTIONS, Value::small_unchecked(options + QUEUED_UNIT));
    false
}

/// The queued done callback of `outer` for its child `fut` runs.
pub fn queued_child_done(outer: Value, fut: Value) -> PyResult<()> {
    let options = slot(outer, OPTIONS).as_small();
    set_slot(outer, OPTIONS, Value::small_unchecked(options - QUEUED_UNIT));
    child_done(outer, fut)
}

/// Child `fut` of `outer` is done: CPython's `gather._done_callback`.
pub fn child_done(outer: Value, fut: Value) -> PyResult<()> {
    let finished = slot(outer, FINISHED).as_small() + 1;
    set_slot(outer, FINISHED, Value::small_unchecked(finished));
    if future::state(outer) != PENDING {
        if !cancelled(fut)? {
            // Marks the exception retrieved.
            exception(fut)?;
        }
        return Ok(());
    }
    if !option(outer, RETURN_EXCEPTIONS) {
        if cancelled(fut)? {
            let exc = make_cancelled_error(fut)?;
            return future::set_exception_of(outer, exc);
        }
        let exc = exception(fut)?;
        if exc != none() {
            return future::set_exception_of(outer, exc);
        }
    }
    if finished != slot(outer, DISTINCT).as_small() {
        return Ok(());
    }
    let kids = slot(outer, CHILDREN);
    let count = list_items(kids).len();
    // Filled in place, where the collector sees the errors made for it.
    let results = new_list(Vec::with_capacity(count));
    // By index, not over a copy: 200,000 children would cost 1.6 MB more.
    for i in 0..count {
        let Some(&child) = list_items(kids).get(i) else { break };
        let res = if cancelled(child)? {
            // Returned, not raised: a fresh CancelledError with the message.
            let msg = cancel_message(child)?;
            new_exception(classes().cancelled_error, &[msg.unwrap_or_else(|| crate::runtime::str::new_str(""))])
        } else {
            match exception(child)? {
                e if e == none() => result(child)?,
                e => e,
            }
        };
        list_items(results).push(res);
    }
    if option(outer, CANCEL_REQUESTED) {
        // A cancelled gather ends cancelled whatever return_exceptions
        // says, with the error of the last child (CPython's loop variable).
        let last = *list_items(kids).last().expect("gather has children");
        let exc = make_cancelled_error(last)?;
        return future::set_exception_of(outer, exc);
    }
    future::set_result(outer, results)
}

/// `fut.cancelled()`, natively for native futures.
fn cancelled(fut: Value) -> PyResult<bool> {
    if future::is_future(fut) {
        return Ok(future::state(fut) == CANCELLED);
    }
    truthy(call_method(fut, "cancelled", &[])?)
}

/// `fut.exception()` of a done, not cancelled future (None when it has a
/// result); marks the exception retrieved.
fn exception(fut: Value) -> PyResult<Value> {
    if future::is_future(fut) {
        return Ok(future::retrieve_exception(fut));
    }
    call_method(fut, "exception", &[])
}

/// `fut.result()` of a done future without an exception.
fn result(fut: Value) -> PyResult<Value> {
    if future::is_future(fut) {
        return Ok(future::result_slot(fut));
    }
    call_method(fut, "result", &[])
}

/// `fut._make_cancelled_error()`.
fn make_cancelled_error(fut: Value) -> PyResult<Value> {
    if future::is_future(fut) {
        return Ok(future::make_cancelled_error(fut));
    }
    call_method(fut, "_make_cancelled_error", &[])
}

/// `fut._cancel_message`, or None when it has none.
fn cancel_message(fut: Value) -> PyResult<Option<Value>> {
    let msg = if future::is_future(fut) {
        future::cancel_message(fut)
    } else {
        crate::runtime::attr::getattr(fut, crate::sym!("_cancel_message"))?
    };
    Ok(Some(msg).filter(|&m| !m.is_null() && m != none()))
}

/// `_GatheringFuture.cancel(msg=None)`: cancels every child; the gather is
/// then cancelled when they are done, if any child took the cancellation.
fn gathering_cancel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_python_keywords("_GatheringFuture.cancel", kw, &["msg"])?;
    let pos = positional(args, kw);
    crate::runtime::args::count("cancel", pos.len().saturating_sub(1), 0, 1)?;
    let outer = pos[0];
    if !is_gathering(outer) {
        return crate::runtime::vm::raise_named("TypeError", "descriptor requires a '_GatheringFuture' object");
    }
    if future::state(outer) != PENDING {
        return Ok(boolean(false));
    }
    let msg = keyword(args, kw, "msg").or(pos.get(1).copied()).unwrap_or(none());
    let mut any = false;
    for child in list_items(slot(outer, CHILDREN)).clone() {
        let took = call(crate::runtime::attr::getattr(child, crate::sym!("cancel"))?, &[msg], &[crate::sym!("msg")])?;
        any |= truthy(took)?;
    }
    if any {
        let options = slot(outer, OPTIONS).as_small() | CANCEL_REQUESTED;
        set_slot(outer, OPTIONS, Value::small_unchecked(options));
    }
    Ok(boolean(any))
}

/// `_GatheringFuture._children`.
fn get_children(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(slot(args[0], CHILDREN))
}

/// `_GatheringFuture._cancel_requested`.
fn get_cancel_requested(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(boolean(option(args[0], CANCEL_REQUESTED)))
}

/// Makes the `_GatheringFuture` class (a Future subclass).
pub fn make_class(future: Value) -> Value {
    use crate::runtime::class::{native_property, set_class_attr};
    let cls = new_native_class("_GatheringFuture", "asyncio.tasks", future, SLOTS);
    set_class_methods(cls, &[("cancel", gathering_cancel)]);
    set_class_attr(cls, "_children", native_property("_children", get_children, None));
    set_class_attr(cls, "_cancel_requested", native_property("_cancel_requested", get_cancel_requested, None));
    cls
}
