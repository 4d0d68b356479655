//! `Task`: a Future that drives a coroutine. Each step resumes the
//! coroutine (natively, when it is a compiled one) until it yields a
//! pending future, whose done callbacks then hold the task itself as its
//! wakeup (see `future.rs`). Follows CPython 3.11's `_asyncio.Task`.

use crate::runtime::args::{check_keywords, keyword, method, positional};
use crate::runtime::call::call_method;
use crate::runtime::class::{isinstance, new_native_class, set_class_methods, type_of};
use crate::runtime::exception::new_exception;
use crate::runtime::function::NativeFn;
use crate::runtime::generator::{self, Step, MODE_SEND};
use crate::runtime::instance::new_instance;
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::str::new_str;
use crate::runtime::text::repr;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, exc_class, none, raise, raise_named, set_exception, take_exception, vm, Exc, PyResult};

use super::event_loop::{self, push, with_loop, Entry};
use super::future::{self, set_slot, slot, LOOP, MUST_CANCEL, PENDING};
use super::{classes, with_core};

/// Slot: the coroutine.
const CORO: usize = future::SLOTS as usize;
/// Slot: the name (a str), or N (a small int) for the default `Task-N`.
const NAME: usize = CORO + 1;
/// Slot: the future the coroutine waits on, or NULL.
const FUT_WAITER: usize = CORO + 2;
/// Number of slots (with the instance header, 88 bytes).
const SLOTS: u32 = future::SLOTS + 3;
/// The count of cancellation requests not yet withdrawn is kept in the
/// STATE word above the flags, in steps of this.
const ONE_CANCEL: i64 = future::FLAG_BITS + 1;

/// True for Task instances (and subclasses).
pub fn is_task(v: Value) -> bool {
    crate::runtime::instance::has_native_slots(v, SLOTS) && isinstance(v, classes().task)
}

fn this(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&t) if is_task(t) => Ok(t),
        _ => raise_named("TypeError", "descriptor requires a 'Task' object"),
    }
}


/// The future task `t` waits on, or NULL.
pub fn waiter(t: Value) -> Value {
    slot(t, FUT_WAITER)
}

/// Sets up task `t` for `coro` on `lp` and schedules its first step;
/// its steps run in `context` (a `context=` argument, None for a copy of
/// the current context).
fn init(t: Value, coro: Value, lp: Value, name: Value, context: Option<Value>) -> PyResult<()> {
    // Checked first: a task that fails here keeps no loop, and so never
    // counts as pending.
    if !crate::runtime::async_protocol::is_asyncio_coroutine(coro) {
        return raise_named("TypeError", format!("a coroutine was expected, got {}", repr(coro)?));
    }
    future::init(t, lp);
    let n = with_core(|c| {
        c.task_counter += 1;
        c.pending_tasks += 1;
        c.task_counter
    });
    // The default name `Task-N` is made when first asked for.
    let name = if name == none() { Value::small_unchecked(n as i64) } else { new_str(&crate::runtime::text::str_of(name)?) };
    set_slot(t, CORO, coro);
    set_slot(t, NAME, name);
    crate::modules::contextvars::bind(t, crate::modules::contextvars::context_arg(context)?);
    push(lp, Entry::Step(t, Value::NULL))?;
    event_loop::add_task(lp, t)
}

/// `loop.create_task(coro, name=name)` without a task factory.
pub fn new_task(coro: Value, lp: Value, name: Value, context: Option<Value>) -> PyResult<Value> {
    let t = new_instance(classes().task);
    init(t, coro, lp, name, context)?;
    Ok(t)
}

/// Resumes the coroutine with None, or throws `exc` into it.
fn drive(coro: Value, exc: Value) -> PyResult<Step> {
    if kind_of(coro) == Kind::Generator {
        return if exc.is_null() { generator::resume(coro, none(), MODE_SEND) } else { generator::throw(coro, exc) };
    }
    if kind_of(coro) == Kind::Iter {
        // A native awaitable (`aclose()`, `anext(it, default)`): stepped as an await steps it.
        let mode = if exc.is_null() { MODE_SEND } else { generator::MODE_THROW };
        if !exc.is_null() {
            crate::runtime::vm::set_exception(exc);
        }
        let mut out = Value::NULL;
        return match crate::runtime::jit_api::rt_delegate(coro, none(), mode, &mut out) {
            1 => Ok(Step::Yield(out)),
            2 => Ok(Step::Return(out)),
            _ => Err(crate::runtime::vm::Exc),
        };
    }
    let r = if exc.is_null() { call_method(coro, "send", &[none()]) } else { call_method(coro, "throw", &[exc]) };
    match r {
        Ok(v) => Ok(Step::Yield(v)),
        Err(e) => {
            let stop = vm().current_exc.get();
            if isinstance(stop, exc_class("StopIteration")) {
                take_exception();
                let v = crate::runtime::attr::getattr(stop, crate::runtime::vm::intern("value"))?;
                Ok(Step::Return(v))
            } else {
                Err(e)
            }
        }
    }
}

/// Cancels future `f` through its class's `cancel` (Future, Task, or a
/// subclass written in the language).
fn cancel_any(f: Value, msg: Value) -> PyResult<bool> {
    let cls = type_of(f);
    if cls == classes().future {
        return future::cancel(f, msg);
    }
    if cls == classes().task {
        return cancel(f, msg);
    }
    let msg = if msg.is_null() { none() } else { msg };
    let r = crate::runtime::call::call(
        crate::runtime::attr::getattr(f, crate::runtime::vm::intern("cancel"))?,
        &[msg],
        &[crate::runtime::vm::intern("msg")],
    )?;
    crate::runtime::ops::truthy(r)
}

/// Schedules a step of `t` that throws a RuntimeError with `message`.
fn step_with_error(t: Value, message: String) -> PyResult<()> {
    let exc = new_exception(exc_class("RuntimeError"), &[new_str(&message)]);
    push(slot(t, LOOP), Entry::Step(t, exc))
}

/// What to do after the coroutine yielded `result`.
fn after_yield(t: Value, result: Value) -> PyResult<()> {
    let lp = slot(t, LOOP);
    if future::is_future(result) {
        if slot(result, LOOP) != lp {
            return step_with_error(t, format!("Task {} got Future {} attached to a different loop", repr(t)?, repr(result)?));
        }
        if !future::flag(result, future::BLOCKING) {
            return step_with_error(t, format!("yield was used instead of yield from in task {} with {}", repr(t)?, repr(result)?));
        }
        if result == t {
            return step_with_error(t, format!("Task cannot await on itself: {}", repr(t)?));
        }
        future::set_flag(result, future::BLOCKING, false);
        future::add_callback(result, t)?;
        set_slot(t, FUT_WAITER, result);
        if future::flag(t, MUST_CANCEL) && cancel_any(result, future::cancel_message(t))? {
            future::set_flag(t, MUST_CANCEL, false);
        }
        return Ok(());
    }
    if result == none() {
        return push(lp, Entry::Step(t, Value::NULL));
    }
    step_with_error(t, format!("Task got bad yield: {}", repr(result)?))
}

/// One step of task `t` (`Task.__step`), throwing `exc` in unless NULL.
pub fn step(t: Value, exc: Value) -> PyResult<()> {
    if future::state(t) != PENDING {
        let e = if exc.is_null() { "None".to_string() } else { repr(exc)? };
        return raise(classes().invalid_state_error, format!("_step(): already done: {}, {e}", repr(t)?));
    }
    let mut exc = exc;
    if future::flag(t, MUST_CANCEL) {
        if exc.is_null() || !isinstance(exc, classes().cancelled_error) {
            exc = future::make_cancelled_error(t);
        }
        future::set_flag(t, MUST_CANCEL, false);
    }
    set_slot(t, FUT_WAITER, Value::NULL);
    let lp = slot(t, LOOP);
    with_loop(lp, |s| s.current_task = t)?;
    let outcome = crate::modules::contextvars::enter(context_of(t), || drive(slot(t, CORO), exc));
    let r = match outcome {
        Ok(Step::Yield(v)) => after_yield(t, v),
        Ok(Step::Return(v)) => {
            if future::flag(t, MUST_CANCEL) {
                future::set_flag(t, MUST_CANCEL, false);
                future::cancel(t, future::cancel_message(t)).map(|_| ())
            } else {
                future::set_result(t, v)
            }
        }
        Err(_) => {
            let e = take_exception();
            if isinstance(e, classes().cancelled_error) {
                future::cancel_with_error(t, e).map(|_| ())
            } else if isinstance(e, exc_class("KeyboardInterrupt")) || isinstance(e, exc_class("SystemExit")) {
                // It goes on up through the loop, and is kept by the task
                // too: a task nobody awaits reports it when it dies.
                future::set_exception_of(t, e)?;
                super::unretrieved::hold_until_exit(t);
                set_exception(e);
                Err(Exc)
            } else {
                future::set_exception_of(t, e)
            }
        }
    };
    let _ = with_loop(lp, |s| s.current_task = Value::NULL);
    if future::state(t) != PENDING {
        event_loop::task_done(lp);
    }
    r
}

/// The context task `t`'s steps run in: made, empty, for a task made
/// before contextvars was imported (nothing was set then to copy).
fn context_of(t: Value) -> Value {
    let ctx = crate::modules::contextvars::bound(t);
    if ctx.is_null() && crate::modules::contextvars::active() {
        let fresh = crate::modules::contextvars::new_empty_context();
        crate::modules::contextvars::bind(t, fresh);
        return fresh;
    }
    ctx
}

/// Wakes task `t` after the future it awaited, `fut`, is done.
pub fn wakeup(t: Value, fut: Value) -> PyResult<()> {
    let r = if future::is_future(fut) {
        future::result(fut)
    } else {
        call_method(fut, "result", &[])
    };
    match r {
        Ok(_) => step(t, Value::NULL),
        Err(_) => step(t, take_exception()),
    }
}

/// `task.cancel(msg)`.
pub fn cancel(t: Value, msg: Value) -> PyResult<bool> {
    if future::state(t) != PENDING {
        return Ok(false);
    }
    future::set_state_word(t, future::state_word(t) + ONE_CANCEL);
    let waiter = slot(t, FUT_WAITER);
    if !waiter.is_null() {
        // Cancelling goes down the chain of awaited tasks, which may loop
        // (two tasks awaiting each other): a call each, as in CPython.
        let depth = vm().depth.get();
        if crate::runtime::interrupt::past_limit(depth + 1)? {
            return raise_named("RecursionError", "maximum recursion depth exceeded while calling a Python object");
        }
        vm().depth.set(depth + 1);
        let took = cancel_any(waiter, msg);
        vm().depth.set(depth);
        if took? {
            return Ok(true);
        }
    }
    future::set_flag(t, MUST_CANCEL, true);
    future::set_cancel_message(t, msg);
    Ok(true)
}

fn task_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("Task", kw, &["coro", "loop", "name", "context"])?;
    let pos = positional(args, kw);
    let coro = match (pos.len().saturating_sub(1), keyword(args, kw, "coro")) {
        (0, None) => return raise_named("TypeError", "Task() missing required argument 'coro' (pos 1)"),
        (0, Some(coro)) => coro,
        (1, None) => pos[1],
        (1, Some(_)) => return raise_named("TypeError", "argument for Task() given by name ('coro') and position (1)"),
        (n, _) => return raise_named("TypeError", format!("Task() takes exactly 1 positional argument ({n} given)")),
    };
    let t = this(pos)?;
    let lp = match keyword(args, kw, "loop") {
        Some(l) if l != none() => l,
        _ => event_loop::get_event_loop()?,
    };
    init(t, coro, lp, keyword(args, kw, "name").unwrap_or(none()), keyword(args, kw, "context"))?;
    Ok(none())
}

thread_local! {
    /// The tasks whose repr is being made (CPython's `recursive_repr`).
    static IN_REPR: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn task_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let t = this(a)?;
    // A task met again inside its own repr (two tasks awaiting each
    // other) shows as `...`.
    if IN_REPR.with(|r| r.borrow().contains(&t)) {
        return Ok(new_str("..."));
    }
    IN_REPR.with(|r| r.borrow_mut().push(t));
    let r = task_repr_text(t);
    IN_REPR.with(|r| r.borrow_mut().pop());
    r
}

/// The generator a `types.coroutine` wrapper holds (CPython's task holds
/// the generator itself), else `coro`.
fn unwrap_generator_wrapper(coro: Value) -> Value {
    let cls = crate::runtime::class::class_obj(type_of(coro));
    if kind_of(coro) != Kind::Instance || cls.name != "_GeneratorWrapper" || cls.module != "types" {
        return coro;
    }
    crate::runtime::attr::getattr(coro, crate::runtime::vm::intern("_GeneratorWrapper__wrapped")).unwrap_or_else(|_| {
        take_exception();
        coro
    })
}

fn task_repr_text(t: Value) -> PyResult<Value> {
    let state = match future::state(t) {
        // CPython shows a pending task with cancellation requests so.
        PENDING if future::state_word(t) >= ONE_CANCEL => "cancelling",
        PENDING => "pending",
        future::CANCELLED => "cancelled",
        _ => "finished",
    };
    // (NULL in a task whose construction failed.)
    let coro = Some(slot(t, CORO)).filter(|c| !c.is_null()).unwrap_or(none());
    let coro = unwrap_generator_wrapper(coro);
    let coro = if crate::runtime::generator::is_generator(coro) {
        format!("<{}>", crate::runtime::generator::describe(coro))
    } else {
        repr(coro)?
    };
    let outcome = match future::state(t) {
        future::FINISHED if !future::exception_slot(t).is_null() => format!(" exception={}", repr(future::exception_slot(t))?),
        future::FINISHED => format!(" result={}", crate::runtime::reprlib::short_repr(future::result_slot(t))?),
        PENDING => {
            let waiter = slot(t, FUT_WAITER);
            let wait_for = if waiter.is_null() { String::new() } else { format!(" wait_for={}", repr(waiter)?) };
            format!("{wait_for}{}", future::callbacks_info(t))
        }
        _ => String::new(),
    };
    let class = crate::runtime::class::class_obj(crate::runtime::class::type_of(t)).name.clone();
    Ok(new_str(&format!("<{class} {state} name={} coro={coro}{outcome}>", repr(name_of(t))?)))
}

fn task_get_coro(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Task.get_coro", args, kw, 0, 0)?;
    Ok(slot(this(a)?, CORO))
}

/// `get_stack(*, limit=None)` and `print_stack(*, limit=None,
/// file=None)`: written in the language, as CPython's are (`_task_get_stack`
/// and `_task_print_stack` in asyncio.py), given the task's coroutine and
/// the exception it finished with (or None).
fn task_stack(which: &str, args: &[Value], kw: &[Value], keywords: &[&str]) -> PyResult<Value> {
    let qualname = format!("Task.{which}");
    check_keywords(&qualname, kw, keywords)?;
    let t = this(positional(args, kw))?;
    if positional(args, kw).len() > 1 {
        return raise_named("TypeError", format!("{qualname}() takes no positional arguments"));
    }
    let exc = future::exception_slot(t);
    let mut call_args = vec![t, slot(t, CORO), if exc.is_null() { none() } else { exc }];
    call_args.extend(keywords.iter().map(|k| keyword(args, kw, k).unwrap_or(none())));
    let asyncio = crate::runtime::import::import_module("asyncio")?;
    let helper = crate::runtime::module::get_global(asyncio, &format!("_task_{which}"));
    crate::runtime::call::call(helper, &call_args, &[])
}

fn task_get_stack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    task_stack("get_stack", args, kw, &["limit"])
}

fn task_print_stack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    task_stack("print_stack", args, kw, &["limit", "file"])
}

/// The name of task `t`.
fn name_of(t: Value) -> Value {
    let n = slot(t, NAME);
    if !n.is_small() {
        return n;
    }
    let name = new_str(&format!("Task-{}", n.as_small()));
    set_slot(t, NAME, name);
    name
}

fn task_get_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Task.get_name", args, kw, 0, 0)?;
    Ok(name_of(this(a)?))
}

fn task_set_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Task.set_name", args, kw, 1, 1)?;
    set_slot(this(a)?, NAME, new_str(&crate::runtime::text::str_of(a[1])?));
    Ok(none())
}

fn task_set_result(args: &[Value], _: &[Value]) -> PyResult<Value> {
    this(args)?;
    raise_named("RuntimeError", "Task does not support set_result operation")
}

fn task_set_exception(args: &[Value], _: &[Value]) -> PyResult<Value> {
    this(args)?;
    raise_named("RuntimeError", "Task does not support set_exception operation")
}

fn task_cancelling(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Task.cancelling", args, kw, 0, 0)?;
    Ok(Value::small_unchecked(future::state_word(this(a)?) / ONE_CANCEL))
}

fn task_uncancel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("Task.uncancel", args, kw, 0, 0)?;
    let t = this(a)?;
    let word = future::state_word(t);
    if word >= ONE_CANCEL {
        future::set_state_word(t, word - ONE_CANCEL);
    }
    Ok(Value::small_unchecked(future::state_word(t) / ONE_CANCEL))
}

fn task_cancel(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("cancel", kw, &["msg"])?;
    let pos = positional(crate::runtime::args::tuple_style_method("cancel", args, kw, 0, 1)?, kw);
    let t = this(pos)?;
    let msg = keyword(args, kw, "msg").or(pos.get(1).copied()).filter(|&m| m != none()).unwrap_or(Value::NULL);
    Ok(boolean(cancel(t, msg)?))
}

/// The optional `loop` argument of `func`, or the running loop.
fn loop_arg(func: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_python_keywords(func, kw, &["loop"])?;
    crate::runtime::args::python_function_count(func, positional(args, kw).len(), &["loop"], 0)?;
    match keyword(args, kw, "loop").or(positional(args, kw).first().copied()) {
        Some(l) if l != none() => Ok(l),
        _ => event_loop::get_running_loop(&[], &[]),
    }
}

/// `asyncio.current_task(loop=None)`.
pub fn current_task(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = loop_arg("current_task", args, kw)?;
    let t = with_loop(lp, |s| s.current_task)?;
    Ok(if t.is_null() { none() } else { t })
}

/// `asyncio.all_tasks(loop=None)`: the loop's tasks not yet done.
pub fn all_tasks(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let lp = loop_arg("all_tasks", args, kw)?;
    let tasks = call_method(lp, "_all_tasks", &[])?;
    let set = crate::runtime::set::new_set(false);
    for &t in crate::runtime::seq::list_items(tasks).iter() {
        crate::runtime::set::set_table(set).add(t)?;
    }
    Ok(set)
}

/// Makes the Task class (a subclass of `future`).
pub fn make_class(future: Value) -> Value {
    let cls = new_native_class("Task", "_asyncio", future, SLOTS);
    crate::runtime::class::name_as_c_type(cls);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", task_init),
        ("__repr__", task_repr),
        ("get_coro", task_get_coro),
        ("get_stack", task_get_stack),
        ("print_stack", task_print_stack),
        ("get_name", task_get_name),
        ("set_name", task_set_name),
        ("set_result", task_set_result),
        ("set_exception", task_set_exception),
        ("cancelling", task_cancelling),
        ("uncancel", task_uncancel),
        ("cancel", task_cancel),
    ];
    set_class_methods(cls, methods);
    cls
}
