//! The state of the VM on this thread: the builtin classes, the singletons,
//! the pending exception, interned names, loaded modules and the recursion
//! counter. Runtime code reaches it with `vm()`.
//!
//! Exceptions follow a status protocol: a fallible routine returns
//! `Err(Exc)` (to Rust) or `Value::NULL` (to JIT code) and leaves the
//! exception object in `current_exc`.

use std::cell::{Cell, RefCell};

use super::class::{self, ClassObj};
use super::heap;
use super::object::Kind;
use super::raise::{ExcKind, Raise};
use super::str::INTERNED;
use super::value::Value;

/// Marker for "an exception is pending in `vm().current_exc`".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exc;

/// The result of a fallible runtime operation.
pub type PyResult<T> = Result<T, Exc>;

/// The builtin classes.
pub struct Classes {
    pub object: Value,
    pub type_: Value,
    pub none: Value,
    pub bool_: Value,
    pub int: Value,
    pub float: Value,
    pub str_: Value,
    pub bytes: Value,
    pub bytearray: Value,
    pub list: Value,
    pub tuple: Value,
    pub dict: Value,
    pub set: Value,
    pub frozenset: Value,
    pub range: Value,
    pub slice: Value,
    pub function: Value,
    pub builtin_function: Value,
    pub method: Value,
    pub module: Value,
    pub cell: Value,
    pub iterator: Value,
    pub staticmethod: Value,
    pub classmethod: Value,
    pub property: Value,
    pub not_implemented_type: Value,
    pub ellipsis_type: Value,
    pub super_: Value,
    pub generator: Value,
    pub coroutine: Value,
    pub async_generator: Value,
    pub agen_wrapped: Value,
    pub agen_asend: Value,
    /// What `agen.athrow()` and `agen.aclose()` return.
    pub agen_athrow: Value,
    /// What `coroutine.__await__()` returns.
    pub coroutine_wrapper: Value,
    /// The exception classes, by name.
    pub exceptions: rustc_hash::FxHashMap<&'static str, Value>,
}

/// Everything the VM keeps per thread.
pub struct Vm {
    /// The builtin classes.
    pub classes: Classes,
    /// `None`.
    pub none: Value,
    /// `True`.
    pub true_: Value,
    /// `False`.
    pub false_: Value,
    /// `NotImplemented`.
    pub not_implemented: Value,
    /// `Ellipsis`.
    pub ellipsis: Value,
    /// The exception being raised, or NULL.
    pub current_exc: Cell<Value>,
    /// Exceptions being handled by `except` blocks, innermost last.
    pub handled: super::handled::HandledStack,
    /// Interned strings by text (identifiers, attribute names).
    pub interned: RefCell<rustc_hash::FxHashMap<Box<str>, Value>>,
    /// The interned one-character strs of Latin-1, by code point (NULL until made).
    pub latin1: [Cell<Value>; 256],
    /// The `builtins` module.
    pub builtins: Cell<Value>,
    /// Loaded modules by name.
    pub modules: RefCell<rustc_hash::FxHashMap<String, Value>>,
    /// Values embedded in compiled code, kept alive for as long as the code.
    pub constants: RefCell<Vec<Value>>,
    /// Current depth of Python calls.
    pub depth: Cell<u32>,
    /// The address of the coroutine made last, inverted (compiled code
    /// compares an expression statement's value with it: one made by that
    /// statement's call and dropped unawaited is warned of at once). Kept
    /// inverted so that no copy of it left in a register or stack slot
    /// looks like a reference to the conservative stack scan.
    pub last_coroutine: Cell<u64>,
    /// The recursion limit (`sys.setrecursionlimit`).
    pub limit: Cell<u32>,
    /// `sys.argv`.
    pub argv: RefCell<Vec<String>>,
    /// Ticks left before metered code calls `limits::tick` (see `limits.rs`).
    pub fuel: Cell<i64>,
    /// The coroutines `await f(...)` started and that are running.
    pub frames: super::frame_arena::FrameArena,
}

thread_local! {
    static VM: Cell<*const Vm> = const { Cell::new(std::ptr::null()) };
}

/// The VM of this thread (started by `start`).
#[inline]
pub fn vm() -> &'static Vm {
    // SAFETY: set once by `start` to a leaked Box and never freed.
    VM.with(|v| unsafe { &*v.get() })
}

/// Whether this thread has a VM.
pub fn started() -> bool {
    VM.with(|v| !v.get().is_null())
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    if !started() {
        return;
    }
    let vm = vm();
    let c = &vm.classes;
    for v in [
        c.object, c.type_, c.none, c.bool_, c.int, c.float, c.str_, c.bytes, c.bytearray, c.list, c.tuple, c.dict, c.set,
        c.frozenset, c.range, c.slice, c.function, c.builtin_function, c.method, c.module, c.cell,
        c.iterator, c.staticmethod, c.classmethod, c.property, c.not_implemented_type, c.ellipsis_type, c.super_, c.generator, c.coroutine, c.async_generator, c.agen_wrapped, c.agen_asend, c.agen_athrow, c.coroutine_wrapper,
    ] {
        visit(v);
    }
    c.exceptions.values().for_each(|&v| visit(v));
    for v in [vm.none, vm.true_, vm.false_, vm.not_implemented, vm.ellipsis, vm.current_exc.get(), vm.builtins.get()] {
        visit(v);
    }
    vm.handled.for_each(visit);
    super::handled::trace_saved(visit);
    vm.frames.trace(visit);
    vm.interned.borrow().values().for_each(|&v| visit(v));
    vm.modules.borrow().values().for_each(|&v| visit(v));
    vm.constants.borrow().iter().for_each(|&v| visit(v));
}

/// Starts the VM on this thread: the heap, the builtin classes, the
/// singletons and the builtins module. `stack_top` bounds the stack scan.
pub fn start(stack_top: usize) {
    if started() {
        return;
    }
    heap::start(stack_top);
    heap::set_hooks(super::gc_hooks::hooks);
    heap::without_gc(|| {
        let classes = class::bootstrap();
        let single = |class: Value, kind: Kind| Value::from_ptr(heap::alloc(super::object::Header::new(class, kind)));
        let vm = Box::new(Vm {
            none: single(classes.none, Kind::None),
            true_: single(classes.bool_, Kind::Bool),
            false_: single(classes.bool_, Kind::Bool),
            not_implemented: single(classes.not_implemented_type, Kind::None),
            ellipsis: single(classes.ellipsis_type, Kind::None),
            classes,
            current_exc: Cell::new(Value::NULL),
            handled: super::handled::HandledStack::new(),
            interned: RefCell::new(rustc_hash::FxHashMap::default()),
            latin1: std::array::from_fn(|_| Cell::new(Value::NULL)),
            builtins: Cell::new(Value::NULL),
            modules: RefCell::new(rustc_hash::FxHashMap::default()),
            constants: RefCell::new(Vec::new()),
            depth: Cell::new(0),
            last_coroutine: Cell::new(0),
            limit: Cell::new(1000),
            argv: RefCell::new(Vec::new()),
            fuel: Cell::new(i64::MAX),
            frames: super::frame_arena::FrameArena::new(),
        });
        // The True singleton is marked so truth tests can read one flag.
        vm.true_.header().flags.set(1);
        VM.with(|v| v.set(Box::into_raw(vm)));
        heap::add_root_set(trace_roots);
        class::install_methods();
        // `object()` instances take no attributes (no `__dict__`), as if
        // `object` declared empty `__slots__`.
        class::class_obj(self::vm().classes.object).slots.set(super::seq::new_tuple(Vec::new()));
        super::builtins::install();
        super::async_protocol::install();
        super::exception_group::install();
    });
}

/// `None`.
#[inline]
pub fn none() -> Value {
    vm().none
}

/// `True` or `False`.
#[inline]
pub fn boolean(b: bool) -> Value {
    if b {
        vm().true_
    } else {
        vm().false_
    }
}

/// The exception class named `name` (which must exist).
pub fn exc_class(name: &str) -> Value {
    *vm().classes.exceptions.get(name).unwrap_or_else(|| panic!("no builtin exception class {name}"))
}

/// Raises `class(message)`.
pub fn raise<T>(class: Value, message: impl Into<String>) -> PyResult<T> {
    let exc = super::exception::new_exception(class, &[super::str::new_str(&message.into())]);
    set_exception(exc);
    Err(Exc)
}

/// Runs `f` one call deeper in the recursion count, as CPython's
/// `Py_EnterRecursiveCall(context)` does around work that recurses in
/// native code (comparing or printing nested containers): past the limit
/// it raises RecursionError instead of overflowing the native stack.
pub fn deeper<R>(context: &str, f: impl FnOnce() -> PyResult<R>) -> PyResult<R> {
    let depth = vm().depth.get();
    if super::interrupt::past_limit(depth + 1)? {
        return raise_named("RecursionError", format!("maximum recursion depth exceeded{context}"));
    }
    vm().depth.set(depth + 1);
    let r = f();
    vm().depth.set(depth);
    r
}

/// Runs `f` `frames` deeper in the recursion count, for frames that
/// CPython would have on the stack and coro's native code has not (no
/// limit check: the next call checks).
pub fn deeper_by<R>(frames: u32, f: impl FnOnce() -> R) -> R {
    let depth = vm().depth.get();
    vm().depth.set(depth.saturating_add(frames));
    let r = f();
    vm().depth.set(depth);
    r
}

/// Raises the builtin exception named `name` with `message`.
pub fn raise_named<T>(name: &str, message: impl Into<String>) -> PyResult<T> {
    raise(exc_class(name), message)
}

/// Raises the exception a plain-Rust routine described.
pub fn raise_from(r: Raise) -> Exc {
    let name = match r.kind {
        ExcKind::TypeError => "TypeError",
        ExcKind::ValueError => "ValueError",
        ExcKind::OverflowError => "OverflowError",
        ExcKind::ZeroDivisionError => "ZeroDivisionError",
        ExcKind::IndexError => "IndexError",
        ExcKind::KeyError => "KeyError",
        ExcKind::MemoryError => "MemoryError",
        ExcKind::RuntimeError => "RuntimeError",
    };
    let _: PyResult<()> = raise_named(name, r.message);
    Exc
}

/// Converts a plain-Rust result.
pub fn lift<T>(r: Result<T, Raise>) -> PyResult<T> {
    r.map_err(raise_from)
}

/// Makes `exc` the pending exception, linking the one being handled as its
/// `__context__` as Python does.
pub fn set_exception(exc: Value) {
    if let Some(handled) = vm().handled.last() {
        if handled != exc {
            super::exception::set_context_if_unset(exc, handled);
        }
    }
    vm().current_exc.set(exc);
}

/// Takes the pending exception (leaving none).
pub fn take_exception() -> Value {
    vm().current_exc.replace(Value::NULL)
}

/// An interned str for a literal, cached per use site (hot paths look up
/// dunder names on every call; this avoids hashing the text each time).
#[macro_export]
macro_rules! sym {
    ($s:literal) => {{
        thread_local!(static SYM: std::cell::Cell<$crate::runtime::value::Value> =
            const { std::cell::Cell::new($crate::runtime::value::Value::NULL) });
        SYM.with(|c| {
            let v = c.get();
            if v.is_null() {
                let v = $crate::runtime::vm::intern($s);
                c.set(v);
                v
            } else {
                v
            }
        })
    }};
}

/// Interns `text` as a str and returns it.
pub fn intern(text: &str) -> Value {
    if let Some(&v) = vm().interned.borrow().get(text) {
        return v;
    }
    let v = super::str::new_str(text);
    v.header().flags.set(v.header().flags.get() | INTERNED);
    vm().interned.borrow_mut().insert(text.into(), v);
    v
}

/// The interned str equal to str `v` (`v` itself when it is the one).
pub fn intern_value(v: Value) -> Value {
    if v.header().flags.get() & INTERNED != 0 {
        return v;
    }
    intern(super::str::as_str(v))
}

/// Keeps `v` alive for the life of the VM (it is embedded in code).
pub fn keep(v: Value) -> Value {
    if v.is_obj() {
        vm().constants.borrow_mut().push(v);
    }
    v
}

/// The class object of a class value.
#[inline]
pub fn class_ref(v: Value) -> &'static ClassObj {
    // SAFETY: callers pass class values; objects never move.
    unsafe { &*v.ptr::<ClassObj>() }
}
