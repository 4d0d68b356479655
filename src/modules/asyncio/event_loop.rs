//! The event loop: a FIFO ready queue and a timer heap ordered by deadline
//! then scheduling order, run as CPython's `BaseEventLoop._run_once` runs
//! them, so callbacks happen in the same order. The loop object is an
//! instance of `EventLoop` whose first slot numbers its `LoopState`;
//! `stdlib/asyncio.py` derives `BaseEventLoop` from it for the rarely used
//! methods written in the language (exception handlers, debug flags).

use crate::modules::time::seconds_since_start;
use crate::runtime::args::{keyword, method, positional};
use crate::runtime::call::call;
use crate::runtime::class::{isinstance, new_native_class, set_class_methods, set_fast_methods};
use crate::runtime::dict::{new_dict, table};
use crate::runtime::function::NativeFn;
use crate::runtime::instance::native_slots;
use crate::runtime::number::{as_float, float};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::{new_tuple_from, tuple_items};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, exc_class, none, raise_named, take_exception, vm, Exc, PyResult};

use super::ready_queue::ReadyQueue;
use super::timer_heap::{Timer, TimerHeap};
use super::{classes, future, handle, task, with_core};

/// Something the loop will run.
#[derive(Clone, Copy)]
pub enum Entry {
    /// A Handle from `call_soon` or a timer that came due.
    Handle(Value),
    /// A future's done callback, called with the future; a 1-tuple holds a
    /// callback that is a Task object (called like any object).
    Callback(Value, Value),
    /// One step of a task, throwing the exception in unless it is NULL.
    Step(Value, Value),
    /// A task whose awaited future (the second value) is done.
    Wakeup(Value, Value),
    /// A gather's future whose child (the second value) is done.
    Gathered(Value, Value),
}

/// The Rust side of one event loop.
pub struct LoopState {
    /// Callbacks ready to run, in order.
    ready: ReadyQueue,
    /// Pending timers.
    timers: TimerHeap,
    /// `stop()` was called.
    stopping: bool,
    /// Inside `run_forever`.
    running: bool,
    /// The task whose step is running, or NULL.
    pub current_task: Value,
    /// Tasks in creation order: every task not yet done, and done ones
    /// not yet swept out (see `remove_task`).
    tasks: Vec<Value>,
    /// How many of `tasks` are not done.
    pending_tasks: usize,
    /// `set_task_factory`'s factory, or NULL.
    task_factory: Value,
    /// The poll and the descriptors watched, made on first use (`poll.rs`).
    pub io: Option<Box<super::poll::IoState>>,
}

impl LoopState {
    /// Calls `visit` on every value the state holds.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        self.ready.trace(visit);
        self.timers.iter().for_each(|t| visit(t.handle));
        visit(self.current_task);
        // Done tasks are not kept alive by the list (CPython's is a
        // WeakSet): `forget_dead_tasks` drops those that die.
        self.tasks.iter().filter(|&&t| future::state(t) == future::PENDING).for_each(|&t| visit(t));
        visit(self.task_factory);
        if let Some(io) = &self.io {
            io.trace(visit);
        }
    }
}

/// After marking: the done tasks that died leave their loops' lists.
pub fn forget_dead_tasks(is_marked: &dyn Fn(Value) -> bool) {
    with_core(|c| c.loops.iter_mut().flatten().for_each(|s| s.tasks.retain(|&t| is_marked(t))));
}

/// Slot: the index of the loop's state in `Core::loops`, or None once closed.
const INDEX: usize = 0;
/// Number of slots.
const SLOTS: u32 = 1;

/// The state index of loop `lp`, or None when `lp` is not a native loop or
/// is closed.
fn index_of(lp: Value) -> Option<usize> {
    if !crate::runtime::instance::has_native_slots(lp, SLOTS) {
        return None;
    }
    let i = native_slots(lp)[INDEX].get();
    i.is_small().then(|| i.as_small() as usize)
}

/// Runs `f` on the state of loop `lp`; RuntimeError when it is closed.
pub fn with_loop<R>(lp: Value, f: impl FnOnce(&mut LoopState) -> R) -> PyResult<R> {
    match index_of(lp) {
        Some(i) => Ok(with_core(|c| f(c.loops[i].as_mut().expect("open loops have state")))),
        None if isinstance(lp, classes().event_loop) => raise_named("RuntimeError", "Event loop is closed"),
        None => raise_named("TypeError", "coro's asyncio needs its own event loop class"),
    }
}

/// Appends `e` to the ready queue of `lp`.
pub fn push(lp: Value, e: Entry) -> PyResult<()> {
    with_loop(lp, |s| s.ready.push(e))
}

/// Schedules a future's done callback `cb` (see `Entry::Callback`).
pub fn schedule_callback(lp: Value, cb: Value, fut: Value) -> PyResult<()> {
    if task::is_task(cb) {
        push(lp, Entry::Wakeup(cb, fut))
    } else if super::gather::is_gathering(cb) {
        if super::gather::counted_at_once(cb, fut) {
            return Ok(());
        }
        push(lp, Entry::Gathered(cb, fut))
    } else {
        push(lp, Entry::Callback(cb, fut))
    }
}

/// `asyncio.get_event_loop()`: the running loop, else the policy's.
pub fn get_event_loop() -> PyResult<Value> {
    let running = with_core(|c| c.running_loop);
    if !running.is_null() {
        return Ok(running);
    }
    super::policy::policy_loop()
}

/// `asyncio.get_running_loop()`.
pub fn get_running_loop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::count("_asyncio.get_running_loop", positional(args, kw).len(), 0, 0)?;
    let lp = with_core(|c| c.running_loop);
    if lp.is_null() {
        return raise_named("RuntimeError", "no running event loop");
    }
    Ok(lp)
}

/// `asyncio._get_running_loop()`: the running loop or None.
pub fn get_running_loop_or_none(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let lp = with_core(|c| c.running_loop);
    Ok(if lp.is_null() { none() } else { lp })
}

/// `asyncio._set_running_loop(loop)`.
pub fn set_running_loop(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let lp = args.first().copied().filter(|&l| l != none()).unwrap_or(Value::NULL);
    with_core(|c| c.running_loop = lp);
    Ok(none())
}

/// The loop a method was called on, or a TypeError.
fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&l) if isinstance(l, classes().event_loop) => Ok(l),
        _ => raise_named("TypeError", "descriptor requires an event loop"),
    }
}

fn check_closed(lp: Value) -> PyResult<()> {
    with_loop(lp, |_| ()).map(|_| ())
}

fn loop_init(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let lp = this(args)?;
    let state = LoopState {
        ready: ReadyQueue::default(),
        timers: TimerHeap::default(),
        stopping: false,
        running: false,
        current_task: Value::NULL,
        tasks: Vec::new(),
        pending_tasks: 0,
        task_factory: Value::NULL,
        io: None,
    };
    let i = with_core(|c| {
        c.loops.push(Some(state));
        c.loops.len() - 1
    });
    native_slots(lp)[INDEX].set(Value::small_unchecked(i as i64));
    Ok(none())
}

fn loop_time(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    loop_method("BaseEventLoop.time", args, kw)?;
    Ok(float(seconds_since_start()))
}

/// The receiver and positional arguments of a loop method taking none,
/// with the messages of CPython's (written in Python) method `qualname`.
fn loop_method<'a>(qualname: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a [Value]> {
    crate::runtime::args::python_method(qualname, args, kw, &[], 0, false, &[])
}

/// The callback and argument tuple of a `call_*` method's arguments,
/// `params` naming the ones up to the callback.
fn callback_args(qualname: &str, args: &[Value], kw: &[Value], params: &[&str]) -> PyResult<(Value, Value)> {
    let pos = crate::runtime::args::python_method(qualname, args, kw, params, params.len(), true, &["context"])?;
    let first = params.len();
    Ok((pos[first], new_tuple_from(&pos[first + 1..])))
}

fn loop_call_soon(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = this(args)?;
    let (cb, cb_args) = callback_args("BaseEventLoop.call_soon", args, kw, &["callback"])?;
    check_closed(lp)?;
    let h = handle::new_handle(classes().handle, lp, cb, cb_args, None);
    handle::set_context(h, crate::modules::contextvars::context_arg(keyword(args, kw, "context"))?);
    push(lp, Entry::Handle(h))?;
    Ok(h)
}

/// `loop._signal_handle(callback, *args)`: the Handle an
/// `add_signal_handler` keeps, scheduled by `_add_callback` each time the
/// signal arrives.
fn loop_signal_handle(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = this(args)?;
    let (cb, cb_args) = callback_args("BaseEventLoop._signal_handle", args, kw, &["callback"])?;
    let h = handle::new_handle(classes().handle, lp, cb, cb_args, None);
    handle::set_context(h, crate::modules::contextvars::context_arg(None)?);
    Ok(h)
}

/// `loop._add_callback(handle)`: schedules `handle` again, unless cancelled.
fn loop_add_callback(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::runtime::args::python_method("BaseEventLoop._add_callback", args, kw, &["handle"], 1, false, &[])?;
    let lp = this(a)?;
    if !handle::is_cancelled(a[1]) {
        push(lp, Entry::Handle(a[1]))?;
    }
    Ok(none())
}

/// Schedules `cb(*cb_args)` at `when` on `lp`'s clock, in `context` (see
/// `contextvars::context_arg`).
fn call_at(lp: Value, when: f64, cb: Value, cb_args: Value, context: Option<Value>) -> PyResult<Value> {
    check_closed(lp)?;
    let h = handle::new_handle(classes().timer_handle, lp, cb, cb_args, Some(when));
    handle::set_context(h, crate::modules::contextvars::context_arg(context)?);
    with_loop(lp, |s| {
        s.timers.push(Timer { when, handle: h });
    })?;
    Ok(h)
}

fn seconds(v: Value) -> PyResult<f64> {
    crate::modules::time::seconds_arg(v)
}

fn loop_call_later(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = this(args)?;
    let (cb, cb_args) = callback_args("BaseEventLoop.call_later", args, kw, &["delay", "callback"])?;
    if args[1] == none() {
        return raise_named("TypeError", "delay must not be None");
    }
    // `self.time() + delay`, as CPython computes it (and words its errors).
    let now = crate::runtime::number::float(seconds_since_start());
    let when = crate::runtime::ops::binary(crate::syntax::ast::BinOp::Add, now, args[1])?;
    call_at(lp, seconds(when)?, cb, cb_args, keyword(args, kw, "context"))
}

fn loop_call_at(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = this(args)?;
    let (cb, cb_args) = callback_args("BaseEventLoop.call_at", args, kw, &["when", "callback"])?;
    if args[1] == none() {
        return raise_named("TypeError", "when cannot be None");
    }
    let when = seconds(args[1])?;
    let h = call_at(lp, when, cb, cb_args, keyword(args, kw, "context"))?;
    // `when()` and the repr give the deadline as it was given.
    native_slots(h)[handle::WHEN].set(args[1]);
    Ok(h)
}

fn loop_create_future(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.create_future", args, kw)?;
    Ok(future::new_future(this(a)?))
}

fn loop_create_task(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = crate::runtime::args::python_method("BaseEventLoop.create_task", args, kw, &["coro"], 1, false, &["name", "context"])?;
    let lp = this(pos)?;
    check_closed(lp)?;
    let name = keyword(args, kw, "name").unwrap_or(none());
    let factory = with_loop(lp, |s| s.task_factory)?;
    if factory.is_null() {
        return task::new_task(pos[1], lp, name, keyword(args, kw, "context"));
    }
    // (CPython passes the factory a context only when one was given.)
    let t = match keyword(args, kw, "context").filter(|&c| c != none()) {
        Some(context) => call(factory, &[lp, pos[1], context], &[crate::runtime::vm::intern("context")])?,
        None => call(factory, &[lp, pos[1]], &[])?,
    };
    if name != none() {
        crate::runtime::call::call_method(t, "set_name", &[name])?;
    }
    Ok(t)
}

fn loop_set_task_factory(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::runtime::args::python_method("BaseEventLoop.set_task_factory", args, kw, &["factory"], 1, false, &[])?;
    let f = if a[1] == none() { Value::NULL } else { a[1] };
    if !f.is_null() && !crate::runtime::call::callable(f) {
        return raise_named("TypeError", "task factory must be a callable or None");
    }
    with_loop(this(a)?, |s| s.task_factory = f)?;
    Ok(none())
}

fn loop_get_task_factory(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.get_task_factory", args, kw)?;
    let f = with_loop(this(a)?, |s| s.task_factory)?;
    Ok(if f.is_null() { none() } else { f })
}

fn loop_is_running(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.is_running", args, kw)?;
    let lp = this(a)?;
    Ok(boolean(index_of(lp).is_some() && with_loop(lp, |s| s.running)?))
}

fn loop_is_closed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.is_closed", args, kw)?;
    Ok(boolean(index_of(this(a)?).is_none()))
}

fn loop_stop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.stop", args, kw)?;
    let lp = this(a)?;
    if index_of(lp).is_some() {
        with_loop(lp, |s| s.stopping = true)?;
    }
    Ok(none())
}

fn loop_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("_UnixSelectorEventLoop.close", args, kw)?;
    let lp = this(a)?;
    let Some(i) = index_of(lp) else { return Ok(none()) };
    if with_loop(lp, |s| s.running)? {
        return raise_named("RuntimeError", "Cannot close a running event loop");
    }
    with_core(|c| c.loops[i] = None);
    native_slots(lp)[INDEX].set(none());
    Ok(none())
}

/// The callback CPython names in "Exception in callback NAME(ARGS) at
/// FILE:LINE" (the exception it raised stays pending meanwhile).
fn callback_name(cb: Value, args: &[Value]) -> String {
    let exc = vm().current_exc.get();
    let name = handle::callback_source(cb, args).unwrap_or_else(|_| "<callback>".into());
    vm().current_exc.set(exc);
    name
}

/// Reports an exception a callback raised through the loop's exception
/// handler; SystemExit and KeyboardInterrupt propagate instead.
fn report(lp: Value, what: String, handle: Value) -> PyResult<()> {
    let exc = vm().current_exc.get();
    if isinstance(exc, exc_class("SystemExit")) || isinstance(exc, exc_class("KeyboardInterrupt")) {
        return Err(Exc);
    }
    take_exception();
    let ctx = new_dict();
    let t = table(ctx);
    t.set(new_str("message"), new_str(&format!("Exception in callback {what}")))?;
    t.set(new_str("exception"), exc)?;
    t.set(new_str("handle"), handle)?;
    // Inside CPython's `except BaseException` of Handle._run: the handler
    // sees the exception as the one being handled.
    super::runner::handling(exc, || crate::runtime::call::call_method(lp, "call_exception_handler", &[ctx]))?;
    Ok(())
}

/// Runs `f` as deep in the recursion count as the Python frames
/// CPython's loop (Python code there, native here) would have on the
/// stack, `frames` of them: recursion in a task or callback then meets the
/// limit where it does in CPython (and tracebacks repeat a line as often).
pub fn python_frames<R>(frames: u32, f: impl FnOnce() -> R) -> R {
    crate::runtime::vm::deeper_by(frames, f)
}

/// Runs one ready entry, as deep as CPython runs it: in `Handle._run` and
/// `Context.run`, and a task's step one call deeper. (Never inlined: the collector scans the native
/// stack conservatively, and an entry's task or future left in a register
/// or a stack slot of a long-lived frame would keep it alive, hiding a
/// dropped task whose exception was never retrieved.)
#[inline(never)]
fn run_entry(lp: Value, e: Entry) -> PyResult<()> {
    if super::unretrieved::watching() {
        // The frames this entry runs in start clean of earlier entries'.
        crate::runtime::heap::clear_stack_near();
    }
    let frames = if matches!(e, Entry::Step(..) | Entry::Wakeup(..)) { 3 } else { 2 };
    python_frames(frames, || run_entry_here(lp, e))
}

fn run_entry_here(lp: Value, e: Entry) -> PyResult<()> {
    match e {
        Entry::Handle(h) => {
            if handle::is_cancelled(h) {
                return Ok(());
            }
            let s = native_slots(h);
            let (cb, cb_args) = (s[handle::CALLBACK].get(), s[handle::ARGS].get());
            let context = handle::context(h);
            if crate::modules::contextvars::enter(context, || call(cb, tuple_items(cb_args), &[])).is_err() {
                return report(lp, callback_name(cb, tuple_items(cb_args)), h);
            }
            Ok(())
        }
        Entry::Callback(cb, fut) => {
            // A 1-tuple wraps a callback; a pair is a callback and its context.
            let (f, context) = match kind_of(cb) {
                Kind::Tuple => match tuple_items(cb) {
                    [f, ctx] => (*f, *ctx),
                    items => (items[0], Value::NULL),
                },
                _ => (cb, Value::NULL),
            };
            if crate::modules::contextvars::enter(context, || call(f, &[fut], &[])).is_err() {
                let h = handle::new_handle(classes().handle, lp, f, new_tuple_from(&[fut]), None);
                return report(lp, callback_name(f, &[fut]), h);
            }
            Ok(())
        }
        Entry::Step(t, exc) => {
            if task::step(t, exc).is_err() {
                return report(lp, "Task.__step()".into(), none());
            }
            Ok(())
        }
        Entry::Wakeup(t, fut) => {
            if task::wakeup(t, fut).is_err() {
                return report(lp, "Task.task_wakeup()".into(), none());
            }
            Ok(())
        }
        Entry::Gathered(outer, fut) => {
            if super::gather::queued_child_done(outer, fut).is_err() {
                return report(lp, "gather.<locals>._done_callback()".into(), none());
            }
            Ok(())
        }
    }
}

/// Whether the next iteration will wait while a future may have been
/// dropped owing a report: the time to let the collector find it (see
/// `unretrieved::collect_if_fresh`).
fn idle_with_fresh_reports(lp: Value) -> bool {
    super::unretrieved::fresh() && with_loop(lp, |s| s.ready.is_empty() && !s.stopping).unwrap_or(false)
}

/// One iteration (never inlined into the loop: the entries it ran must
/// leave no trace in the frame that stays, see `idle_with_fresh_reports`):
/// wait for I/O or the next timer if nothing is ready, move
/// the timers that came due to the ready queue, then run what was ready.
#[inline(never)]
fn run_once(lp: Value) -> PyResult<()> {
    super::unretrieved::report_due()?;
    crate::runtime::generator::close_dropped();
    if crate::runtime::interrupt::PENDING.load(std::sync::atomic::Ordering::SeqCst) != 0 {
        crate::runtime::interrupt::check()?;
    }
    // Drop cancelled timers at the head; find how long to wait.
    let signalled = crate::modules::signal::loop_pending();
    let (timeout, polls) = with_loop(lp, |s| {
        while s.timers.peek().is_some_and(|t| handle::is_cancelled(t.handle)) {
            s.timers.pop();
        }
        let timeout = if !s.ready.is_empty() || s.stopping || signalled {
            Some(0.0)
        } else {
            // CPython's epoll wait rounds its timeout up to whole
            // milliseconds, so timers less than that apart come due in one
            // iteration and run in deadline order, before what the first
            // of them wakes: print order depends on it.
            s.timers.peek().map(|t| ((t.when - seconds_since_start()).max(0.0) * 1e3).ceil() / 1e3)
        };
        (timeout, s.io.as_ref().map(|io| io.has_waiters()))
    })?;
    let host_futures = super::host_wake::pending();
    match (timeout, polls) {
        (None, None | Some(false)) if !host_futures => {
            return raise_named("RuntimeError", "coro: the event loop has nothing to wait for (it would block forever)");
        }
        // Sleeps in epoll until the next timer or event; with host futures
        // pending, in short slices so that their wakeups are seen.
        (_, Some(_)) => {
            let t = if host_futures { Some(timeout.map_or(0.001, |t| t.min(0.001))) } else { timeout };
            super::poll::wait(lp, t.map(crate::runtime::limits::cap_wait))?;
            crate::runtime::limits::check_deadline()?;
            super::host_wake::wait(Some(0.0))?;
        }
        // Sleeps (interruptibly) until the timeout or a woken host future,
        // which it then polls.
        _ => super::host_wake::wait(timeout)?,
    }
    // A signal that ended the wait: its loop callbacks run this iteration,
    // as CPython's, read from the wakeup descriptor with the other events.
    if crate::runtime::interrupt::pending() {
        crate::runtime::interrupt::check()?;
    }
    crate::modules::signal::notify_loops()?;
    let n = with_loop(lp, |s| {
        // CPython counts timers within the clock's resolution as due. (The
        // clock is read only when there are timers.)
        let end = if s.timers.is_empty() { 0.0 } else { seconds_since_start() + 1e-9 };
        // As CPython's `when >= end` test: a NaN deadline is due at once.
        while s.timers.peek().is_some_and(|t| !(t.when >= end)) {
            let t = s.timers.pop().expect("peeked");
            s.ready.push(Entry::Handle(t.handle));
        }
        s.ready.len()
    })?;
    for _ in 0..n {
        let Some(e) = with_loop(lp, |s| s.ready.pop())? else { break };
        run_entry(lp, e)?;
    }
    Ok(())
}

fn loop_run_forever(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = loop_method("BaseEventLoop.run_forever", args, kw)?;
    let lp = this(a)?;
    if with_loop(lp, |s| s.running)? {
        return raise_named("RuntimeError", "This event loop is already running");
    }
    if !with_core(|c| c.running_loop).is_null() {
        return raise_named("RuntimeError", "Cannot run the event loop while another loop is running");
    }
    with_loop(lp, |s| s.running = true)?;
    with_core(|c| c.running_loop = lp);
    // (CPython's run_forever and _run_once are two frames.)
    let result = python_frames(2, || loop {
        if idle_with_fresh_reports(lp) {
            // The last iteration's frames lay below: their stale slots,
            // under the collector's frames, would keep what they ran alive.
            crate::runtime::heap::clear_stack_near();
            super::unretrieved::collect_if_fresh();
        }
        run_once(lp)?;
        if with_loop(lp, |s| s.stopping).unwrap_or(true) {
            break Ok(());
        }
    });
    if index_of(lp).is_some() {
        let _ = with_loop(lp, |s| {
            s.stopping = false;
            s.running = false;
        });
    }
    with_core(|c| c.running_loop = Value::NULL);
    result.map(|_| none())
}

/// `loop._all_tasks()`: the tasks of this loop not yet done, oldest first.
fn loop_all_tasks(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("_all_tasks", args, kw, 0, 0)?;
    let lp = this(a)?;
    let tasks: Vec<Value> = if index_of(lp).is_some() {
        with_loop(lp, |s| s.tasks.iter().copied().filter(|&t| future::state(t) == future::PENDING).collect())?
    } else {
        vec![]
    };
    Ok(crate::runtime::seq::new_list(tasks))
}

/// Records a new task of `lp`.
pub fn add_task(lp: Value, t: Value) -> PyResult<()> {
    with_loop(lp, |s| {
        s.tasks.push(t);
        s.pending_tasks += 1;
    })
}

/// Notes that a task of `lp` is done; done tasks are swept out of the list
/// once they are the majority, so this costs O(1) amortized.
pub fn task_done(lp: Value) {
    if index_of(lp).is_some() {
        let _ = with_loop(lp, |s| {
            s.pending_tasks -= 1;
            if s.tasks.len() > 2 * s.pending_tasks + 16 {
                s.tasks.retain(|&t| future::state(t) == future::PENDING);
            }
        });
    }
}

/// Makes the EventLoop class.
pub fn make_class() -> Value {
    let cls = new_native_class("EventLoop", "_asyncio", vm().classes.object, SLOTS);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", loop_init),
        ("time", loop_time),
        ("call_soon", loop_call_soon),
        ("call_soon_threadsafe", loop_call_soon),
        ("_signal_handle", loop_signal_handle),
        ("_add_callback", loop_add_callback),
        ("call_later", loop_call_later),
        ("call_at", loop_call_at),
        ("create_future", loop_create_future),
        ("create_task", loop_create_task),
        ("set_task_factory", loop_set_task_factory),
        ("get_task_factory", loop_get_task_factory),
        ("is_running", loop_is_running),
        ("is_closed", loop_is_closed),
        ("stop", loop_stop),
        ("close", loop_close),
        ("run_forever", loop_run_forever),
        ("run_until_complete", super::runner::run_until_complete),
        ("_all_tasks", loop_all_tasks),
    ];
    set_class_methods(cls, methods);
    set_fast_methods(cls, &[("create_future", crate::fast_entry!(loop_create_future, 1))]);
    super::poll::install_methods(cls);
    let _ = as_float;
    cls
}
