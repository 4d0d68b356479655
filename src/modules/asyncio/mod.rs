//! `_asyncio`: the native core of asyncio, as CPython's C accelerator
//! module plus the event loop itself. Future and Task are classes whose
//! instances keep their state in native slots (see `class::new_native_class`);
//! the loop's ready queue and timer heap are Rust collections, and a task
//! step or wakeup sits in the queue as a plain entry, with no Handle object
//! and no bound method made for it. `stdlib/asyncio.py` builds the rest of
//! the module (gather, wait, queues, locks, the policy) on top.

pub mod event_loop;
pub mod future;
pub mod gather;
pub mod handle;
pub mod host_wake;
pub mod policy;
pub mod poll;
mod ready_queue;
pub mod runner;
pub mod task;
mod timer_heap;
pub mod unretrieved;

use std::cell::{Cell, RefCell};

use crate::runtime::class::new_class;
use crate::runtime::dict::DictTable;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::heap;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::value::Value;
use crate::runtime::vm::{exc_class, vm};

use event_loop::LoopState;

/// The classes of the native core.
#[derive(Clone, Copy)]
pub struct Classes {
    /// `Future`.
    pub future: Value,
    /// `Task` (a Future subclass).
    pub task: Value,
    /// `_GatheringFuture` (a Future subclass), what `gather` returns.
    pub gathering_future: Value,
    /// `Handle`, returned by `call_soon`.
    pub handle: Value,
    /// `TimerHandle`, returned by `call_later` / `call_at`.
    pub timer_handle: Value,
    /// The event loop class (`BaseEventLoop` in Python derives from it).
    pub event_loop: Value,
    /// `CancelledError` (a BaseException).
    pub cancelled_error: Value,
    /// `InvalidStateError`.
    pub invalid_state_error: Value,
    /// `AbstractEventLoopPolicy`.
    pub abstract_policy: Value,
    /// The default policy class (`DefaultEventLoopPolicy`).
    pub default_policy: Value,
}

/// Per-thread state of the native core.
pub struct Core {
    /// The state of every loop not yet closed, indexed by the number in the
    /// loop object's first slot.
    pub loops: Vec<Option<LoopState>>,
    /// The loop running in this thread, or NULL.
    pub running_loop: Value,
    /// Tasks made so far (for the names `Task-N`).
    pub task_counter: u64,
    /// At least the number of tasks made and not done (exit looks for
    /// pending tasks only when there may be some).
    pub pending_tasks: u64,
    /// The done callback `run_until_complete` adds and removes (one
    /// object, so that removing finds it).
    pub run_until_complete_cb: Value,
    /// The event loop policy, or NULL before one is needed or set.
    pub policy: Value,
}

thread_local! {
    static CORE: RefCell<Option<Core>> = const { RefCell::new(None) };
    /// The classes of the native core, once loaded (leaked: they live as
    /// long as the thread's VM). Read on every future check, so kept
    /// apart from `CORE` and its borrow.
    static CLASSES: Cell<Option<&'static Classes>> = const { Cell::new(None) };
}

/// Runs `f` on the core state; `f` must not call back into Python code.
pub fn with_core<R>(f: impl FnOnce(&mut Core) -> R) -> R {
    CORE.with(|c| f(c.borrow_mut().as_mut().expect("_asyncio is imported first")))
}

/// The loop running in this thread, or NULL.
pub fn running_loop() -> Value {
    if loaded() {
        with_core(|c| c.running_loop)
    } else {
        Value::NULL
    }
}

/// True once `_asyncio` was imported in this thread.
pub fn loaded() -> bool {
    CLASSES.with(|c| c.get().is_some())
}

/// The classes of the native core.
pub fn classes() -> &'static Classes {
    CLASSES.with(|c| c.get()).expect("_asyncio is imported first")
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    // (The classes live in leaked Rust memory, which no scan sees.)
    if let Some(k) = CLASSES.with(|c| c.get()) {
        let all = [k.future, k.task, k.gathering_future, k.handle, k.timer_handle, k.event_loop, k.cancelled_error, k.invalid_state_error];
        for v in all.into_iter().chain([k.abstract_policy, k.default_policy]) {
            visit(v);
        }
    }
    CORE.with(|c| {
        if let Some(core) = c.borrow().as_ref() {
            visit(core.running_loop);
            visit(core.run_until_complete_cb);
            visit(core.policy);
            core.loops.iter().flatten().for_each(|l| l.trace(visit));
        }
    });
}

/// `asyncio.isfuture(obj)`: a Future, or an object whose class says it
/// is future-like (`_asyncio_future_blocking` not None).
fn isfuture(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::python_function_count("isfuture", a.len(), &["obj"], 1)?;
    let obj = a[0];
    if future::is_future(obj) {
        return Ok(crate::runtime::vm::boolean(true));
    }
    let name = crate::sym!("_asyncio_future_blocking");
    if crate::runtime::class::lookup(crate::runtime::class::type_of(obj), name).is_none() {
        return Ok(crate::runtime::vm::boolean(false));
    }
    let v = crate::runtime::attr::getattr(obj, name)?;
    Ok(crate::runtime::vm::boolean(v != crate::runtime::vm::none()))
}

/// `asyncio.iscoroutine(obj)`: a coroutine object, or (as in 3.11, for
/// generator-based coroutines) a generator or `collections.abc.Coroutine`.
fn iscoroutine(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::python_function_count("iscoroutine", a.len(), &["obj"], 1)?;
    Ok(crate::runtime::vm::boolean(crate::runtime::async_protocol::is_asyncio_coroutine(a[0])))
}

/// A part of the asyncio module compiled into it when first asked for.
struct Part {
    /// Its name, for `_load_part`.
    name: &'static str,
    /// The file its tracebacks name.
    file: &'static str,
    /// Its source.
    source: &'static str,
    /// The module attributes that load it (`None`: every name no other
    /// part has, which this part defines or no part does).
    names: Option<&'static [&'static str]>,
}

/// The parts of the asyncio module: queues, locks, task groups and
/// timeouts (loaded by asyncio.py as it ends); streams, servers and the
/// loop's I/O methods; barriers and runners; subprocesses and pipes.
const PARTS: [Part; 4] = [
    Part { name: "sync", file: "<stdlib>/asyncio_sync.py", source: include_str!("../../../stdlib/asyncio_sync.py"), names: Some(&[]) },
    Part { name: "io", file: "<stdlib>/asyncio_io.py", source: include_str!("../../../stdlib/asyncio_io.py"), names: None },
    Part {
        name: "more",
        file: "<stdlib>/asyncio_more.py",
        source: include_str!("../../../stdlib/asyncio_more.py"),
        names: Some(&["Barrier", "BrokenBarrierError", "Runner", "to_thread", "run_coroutine_threadsafe", "wrap_future"]),
    },
    Part {
        name: "process",
        file: "<stdlib>/asyncio_process.py",
        source: include_str!("../../../stdlib/asyncio_process.py"),
        names: Some(&["subprocess", "create_subprocess_exec", "create_subprocess_shell", "Process", "SubprocessStreamProtocol", "PIPE", "STDOUT", "DEVNULL"]),
    },
];

thread_local! {
    /// Which of `PARTS` have been loaded (bit i for part i).
    static PARTS_LOADED: std::cell::Cell<u8> = const { std::cell::Cell::new(0) };
}

/// `_asyncio._load_part(name)`: compiles and runs a part of asyncio (see
/// `PARTS`) in the namespace of the asyncio module, the first time any of
/// it is asked for; True when it loaded it now. Programs pay for compiling
/// only the parts they use.
fn load_part(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::count("_load_part", a.len(), 1, 1)?;
    let name = crate::runtime::str::as_str(a[0]);
    let Some(i) = PARTS.iter().position(|p| p.name == name) else {
        return crate::runtime::vm::raise_named("ValueError", format!("no asyncio part '{name}'"));
    };
    Ok(crate::runtime::vm::boolean(load(i)?))
}

/// Loads part `i` of asyncio unless it is loaded; true when it loaded it now.
fn load(i: usize) -> crate::runtime::vm::PyResult<bool> {
    if PARTS_LOADED.with(|l| l.replace(l.get() | 1 << i)) & 1 << i != 0 {
        return Ok(false);
    }
    let module = crate::runtime::import::import_module("asyncio")?;
    let part = &PARTS[i];
    match crate::compile::run_into(module, part.file, part.source) {
        Ok(ran) => ran?,
        Err(e) => return crate::runtime::vm::raise_named("SyntaxError", format!("in the embedded {}: {}", part.file, e.message)),
    }
    Ok(true)
}

/// asyncio's submodules, each with the names CPython's exports (its
/// `__all__`) that coro's asyncio has: importing from `asyncio.locks`
/// gives the asyncio module's own objects.
const SUBMODULES: &[(&str, &[&str])] = &[
    ("exceptions", &["BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError"]),
    ("queues", &["Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"]),
    ("locks", &["Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"]),
    ("tasks", &["Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe", "current_task", "all_tasks"]),
    ("events", &["AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop", "_set_running_loop", "get_running_loop", "_get_running_loop"]),
    ("futures", &["Future", "wrap_future", "isfuture"]),
    ("streams", &["StreamReader", "StreamWriter", "StreamReaderProtocol", "open_connection", "start_server"]),
    ("timeouts", &["Timeout", "timeout", "timeout_at"]),
    ("taskgroups", &["TaskGroup"]),
    ("runners", &["Runner", "run"]),
    ("base_events", &["BaseEventLoop", "Server"]),
    ("coroutines", &["iscoroutinefunction", "iscoroutine"]),
    ("protocols", &["BaseProtocol", "Protocol", "DatagramProtocol", "SubprocessProtocol", "BufferedProtocol"]),
    ("transports", &["BaseTransport", "ReadTransport", "WriteTransport", "Transport", "SubprocessTransport"]),
    ("threads", &["to_thread"]),
];

/// The short name and names of `name` (`asyncio.locks`) if it is one of
/// asyncio's `SUBMODULES`.
fn submodule_entry(name: &str) -> Option<&'static (&'static str, &'static [&'static str])> {
    let short = name.strip_prefix("asyncio.")?;
    SUBMODULES.iter().find(|s| s.0 == short)
}

/// Whether `name` (`asyncio.locks`) is a submodule of asyncio that
/// `submodule` makes.
pub fn is_submodule(name: &str) -> bool {
    submodule_entry(name).is_some()
}

/// Makes submodule `name` of asyncio (see `is_submodule`): a module holding
/// its names, taken from the asyncio module, and an attribute of it.
pub fn submodule(name: &str) -> crate::runtime::vm::PyResult<Value> {
    let Some(&(short, names)) = submodule_entry(name) else {
        return crate::runtime::vm::raise_named("ModuleNotFoundError", format!("No module named '{name}'"));
    };
    let asyncio = crate::runtime::import::import_module("asyncio")?;
    let m = crate::runtime::module::new_module(name, "", &[]);
    for &n in names {
        let v = crate::runtime::attr::getattr(asyncio, crate::runtime::vm::intern(n))?;
        set_global(m, n, v);
    }
    // (Interned: a collection while the later ones are made must not free
    // the first, which only this vector holds.)
    let all: Vec<Value> = names.iter().map(|&n| crate::runtime::vm::intern(n)).collect();
    set_global(m, "__all__", crate::runtime::seq::new_tuple_from(&all));
    set_global(asyncio, short, m);
    Ok(m)
}

/// The asyncio module's `__getattr__` (PEP 562): loads the part that
/// defines `name` and returns it. Native, so that a name no part defines
/// raises the AttributeError a module without the hook raises, with its
/// "Did you mean" and no frames of the hook.
fn module_getattr(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::count("__getattr__", a.len(), 1, 1)?;
    let name = crate::runtime::str::as_str(a[0]);
    if SUBMODULES.iter().any(|s| s.0 == name) {
        return crate::runtime::import::import_module(&format!("asyncio.{name}"));
    }
    let i = PARTS
        .iter()
        .position(|p| p.names.is_some_and(|names| names.contains(&name)))
        .or_else(|| PARTS.iter().position(|p| p.names.is_none()))
        .expect("one part takes the other names");
    load(i)?;
    let module = crate::runtime::import::import_module("asyncio")?;
    match crate::runtime::module::get_global(module, name) {
        v if v.is_null() => crate::runtime::attr::no_attribute(module, a[0]),
        v => Ok(v),
    }
}

/// `_asyncio._take_bytes(buffer, n)`: the first `n` bytes of the bytearray
/// `buffer` as bytes, dropped from it (how the streams of
/// stdlib/asyncio_io.py take what they read; see `bytes::bytearray_take`).
fn take_bytes(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::count("_take_bytes", a.len(), 2, 2)?;
    if crate::runtime::object::kind_of(a[0]) != crate::runtime::object::Kind::ByteArray {
        return crate::runtime::vm::raise_named("TypeError", "_take_bytes() needs a bytearray");
    }
    let n = crate::runtime::ops::index_value(a[1])?.max(0) as usize;
    Ok(crate::runtime::bytes::bytearray_take(a[0], n))
}

/// `_asyncio._format_exception(exc)`: the traceback and last line of `exc`
/// as an uncaught exception prints them (what `logging` adds for exc_info).
fn format_exception(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::count("_format_exception", a.len(), 1, 1)?;
    Ok(crate::runtime::str::new_str(&crate::runtime::exception::format_exception(a[0])))
}

thread_local! {
    /// The main task of the running `asyncio.run`, and whether Ctrl-C
    /// cancelled it.
    static MAIN_TASK: std::cell::Cell<(Value, bool)> = const { std::cell::Cell::new((Value::NULL, false)) };
}

/// `_asyncio._run_main(task)`: while `asyncio.run` runs `task`, Ctrl-C
/// cancels it (the first time) instead of interrupting whatever runs.
/// `_run_main(None)` ends that and says whether Ctrl-C cancelled it.
fn run_main(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    let a = crate::runtime::args::positional(args, kw);
    crate::runtime::args::count("_run_main", a.len(), 1, 1)?;
    if a[0] == crate::runtime::vm::none() {
        crate::runtime::interrupt::defer_to(None);
        let (_, interrupted) = MAIN_TASK.with(|m| m.replace((Value::NULL, false)));
        return Ok(crate::runtime::vm::boolean(interrupted));
    }
    // (asyncio.run's frame holds the task meanwhile.)
    MAIN_TASK.with(|m| m.set((a[0], false)));
    crate::runtime::interrupt::defer_to(Some(cancel_main));
    Ok(crate::runtime::vm::none())
}

/// False while `asyncio.run`'s main task runs; true once it is done (or
/// outside `asyncio.run`). Called by collections: it reads, never allocates.
pub fn main_task_finished() -> bool {
    let (task, _) = MAIN_TASK.with(|m| m.get());
    task.is_null() || future::state(task) != future::PENDING
}

/// A deferred Ctrl-C: cancels the main task the first time; after that,
/// or when it is done, the KeyboardInterrupt goes ahead.
fn cancel_main() -> bool {
    let (task, interrupted) = MAIN_TASK.with(|m| m.get());
    if task.is_null() || interrupted || future::state(task) != future::PENDING {
        return false;
    }
    MAIN_TASK.with(|m| m.set((task, true)));
    task::cancel(task, Value::NULL).is_ok()
}

/// `_asyncio._suspended_asyncgens()`: a list of the async generators
/// started and not finished, for `shutdown_asyncgens`.
fn suspended_asyncgens(args: &[Value], kw: &[Value]) -> crate::runtime::vm::PyResult<Value> {
    crate::runtime::args::count("_suspended_asyncgens", crate::runtime::args::positional(args, kw).len(), 0, 0)?;
    Ok(crate::runtime::seq::new_list(crate::runtime::generator::suspended_async_generators()))
}

/// An exception class `name(base)` defined in this module.
fn exception_class(name: &str, base: &str) -> Value {
    new_class(name, name, "asyncio.exceptions", vec![exc_class(base)], DictTable::new()).expect("a plain exception class")
}

/// Creates the `_asyncio` module.
pub fn create() -> Value {
    let m = new_module("_asyncio", "", &[]);
    let already = CORE.with(|c| c.borrow().is_some());
    if !already {
        let future = future::make_class();
        let task = task::make_class(future);
        let gathering_future = gather::make_class(future);
        let (handle, timer_handle) = handle::make_classes();
        let event_loop = event_loop::make_class();
        let (abstract_policy, default_policy) = policy::make_classes();
        let classes = Classes {
            future,
            task,
            gathering_future,
            handle,
            timer_handle,
            event_loop,
            cancelled_error: exception_class("CancelledError", "BaseException"),
            invalid_state_error: exception_class("InvalidStateError", "Exception"),
            abstract_policy,
            default_policy,
        };
        CLASSES.with(|c| c.set(Some(Box::leak(Box::new(classes)))));
        // Rooted from here: what follows allocates.
        heap::add_root_set(trace_roots);
        let run_until_complete_cb = new_builtin("_run_until_complete_cb", runner::run_until_complete_cb);
        CORE.with(|c| {
            *c.borrow_mut() = Some(Core { loops: Vec::new(), running_loop: Value::NULL, task_counter: 0, pending_tasks: 0, run_until_complete_cb, policy: Value::NULL })
        });
        heap::add_forgetter(event_loop::forget_dead_tasks);
    }
    let k = classes();
    for (name, v) in [
        ("Future", k.future),
        ("Task", k.task),
        ("Handle", k.handle),
        ("TimerHandle", k.timer_handle),
        ("EventLoop", k.event_loop),
        ("CancelledError", k.cancelled_error),
        ("InvalidStateError", k.invalid_state_error),
        ("AbstractEventLoopPolicy", k.abstract_policy),
        ("DefaultEventLoopPolicy", k.default_policy),
    ] {
        set_global(m, name, v);
    }
    const FUNCTIONS: &[(&str, NativeFn)] = &[
        ("get_running_loop", event_loop::get_running_loop),
        ("_get_running_loop", event_loop::get_running_loop_or_none),
        ("_set_running_loop", event_loop::set_running_loop),
        ("current_task", task::current_task),
        ("gather", gather::gather),
        ("isfuture", isfuture),
        ("_load_part", load_part),
        ("_module_getattr", module_getattr),
        ("iscoroutine", iscoroutine),
        ("all_tasks", task::all_tasks),
        ("_format_exception", format_exception),
        ("_take_bytes", take_bytes),
        ("_run_main", run_main),
        ("_suspended_asyncgens", suspended_asyncgens),
        ("run", runner::run),
        ("_runner_run", runner::runner_run),
        ("_runner_shut_down", runner::runner_shut_down),
        ("ensure_future", runner::ensure_future),
        ("get_event_loop_policy", policy::get_event_loop_policy),
        ("set_event_loop_policy", policy::set_event_loop_policy),
        ("get_event_loop", policy::get_event_loop),
        ("set_event_loop", policy::set_event_loop),
        ("new_event_loop", policy::new_event_loop),
    ];
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    let running = crate::runtime::module::get_global(m, "get_running_loop");
    crate::runtime::function::set_fast_entry(running, crate::fast_entry!(event_loop::get_running_loop, 0));
    let running_or_none = crate::runtime::module::get_global(m, "_get_running_loop");
    crate::runtime::function::set_fast_entry(running_or_none, crate::fast_entry!(event_loop::get_running_loop_or_none, 0));
    let _ = vm();
    m
}
