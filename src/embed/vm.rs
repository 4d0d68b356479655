//! `Vm`: a coro VM embedded in a Rust program.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::path::Path;

use crate::compile::{program, resolve};
use crate::modules::asyncio::host_wake;
use crate::runtime::call::{call, call_method};
use crate::runtime::class::type_of;
use crate::runtime::exception::register_source;
use crate::runtime::function::new_function;
use crate::runtime::import::import_module;
use crate::runtime::module::{get_global, new_module, set_global};
use crate::runtime::value::Value;
use crate::runtime::vm::{self as rt, keep, none, vm, PyResult};
use crate::runtime::{capabilities, heap, limits};
use crate::syntax;

use super::args::ArgList;
use super::{pending_error, Builder, Error, FromValue, Module, Object, ToArgs, ToValue};

thread_local! {
    /// A `Vm` is alive on this thread.
    static ACTIVE: Cell<bool> = const { Cell::new(false) };
    /// Calls from the host in progress (nested through native functions).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Native stack kept free below the deepest Python call (for the runtime's
/// own frames and the handlers that run when RecursionError is raised).
const STACK_RESERVE: usize = 256 << 10;
/// Native stack one Python call may use, at most, in compiled code.
const STACK_PER_CALL: usize = 2 << 10;

/// A coro VM: compiles and runs scripts, reads and sets their globals,
/// calls their functions (sync or async) with converted arguments, and
/// gives them the host's modules.
///
/// ```
/// let vm = coro::Vm::new().unwrap();
/// vm.run("def greet(name):\n    return f'hello, {name}'").unwrap();
/// assert_eq!(vm.call::<String>("greet", ("world",)).unwrap(), "hello, world");
/// vm.set("limit", 3).unwrap();
/// vm.run("squares = [i * i for i in range(limit)]").unwrap();
/// assert_eq!(vm.get::<Vec<i64>>("squares").unwrap(), [0, 1, 4]);
/// ```
///
/// # Threads
///
/// The VM lives on the thread that built it: its heap, builtins, modules
/// and event loop are that thread's, and `Vm` (like [`Object`]) is neither
/// `Send` nor `Sync`. One `Vm` may be alive per thread at a time (build
/// another on another thread); after one is dropped, a new one on the same
/// thread starts with fresh modules but reuses the thread's runtime
/// (classes, heap). Native async functions' futures are polled on this
/// thread too, but their wakers may be called from any thread. The
/// recursion limit is lowered to what the thread's stack holds (2 KiB per
/// Python call), and `sys.setrecursionlimit` cannot raise it past that, so
/// a thread with a small stack gets `RecursionError` early instead of
/// overflowing; give the VM's thread a large stack
/// (`std::thread::Builder::stack_size`) for deep recursion.
///
/// # Top-level await
///
/// A script run by [`Vm::run`] may `await` at its top level (as at the
/// REPL); it then runs to completion on the VM's event loop.
pub struct Vm {
    /// The `__main__` module scripts run in.
    main: Value,
    /// The VM's event loop (made on first need).
    event_loop: RefCell<Option<Object>>,
    /// Not `Send`: the VM belongs to this thread.
    _thread: PhantomData<*const ()>,
}

/// The highest address of this thread's stack (where the collector's scan ends).
fn stack_bounds() -> Option<(usize, usize)> {
    // SAFETY: pthread_getattr_np fills `attr`, which is destroyed after use.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        ok.then(|| (addr as usize + size, size))
    }
}

impl Vm {
    /// A VM with no capabilities, no limits and no host modules.
    pub fn new() -> Result<Vm, Error> {
        Builder::new().build()
    }

    /// A builder, to grant capabilities, set limits and add modules.
    pub fn builder() -> Builder {
        Builder::new()
    }

    pub(crate) fn start(b: Builder) -> Result<Vm, Error> {
        if ACTIVE.with(|a| a.replace(true)) {
            return Err(Error::Host("coro: a Vm is already alive on this thread".into()));
        }
        let here = 0usize;
        let (top, size) = stack_bounds().unwrap_or((&here as *const usize as usize + 4096, 8 << 20));
        rt::start(top);
        heap::raise_stack_top(top);
        capabilities::set(b.capabilities);
        limits::configure(b.limits);
        crate::compile::background::allow(!b.single_threaded);
        let depth = (size.saturating_sub(STACK_RESERVE) / STACK_PER_CALL).max(50) as u32;
        limits::set_max_depth(depth);
        vm().limit.set(depth.min(1000));
        *vm().argv.borrow_mut() = b.argv;
        let main = keep(new_module("__main__", "", &["__name__".to_string()]));
        set_global(main, "__doc__", none());
        vm().modules.borrow_mut().insert("__main__".into(), main);
        let this = Vm { main, event_loop: RefCell::new(None), _thread: PhantomData };
        for (name, source) in &b.sources {
            crate::runtime::import::add_source_module(name, source);
        }
        for m in b.modules {
            this.add_module(m)?;
        }
        Ok(this)
    }

    /// Runs `f` as a call from the host: the first (outermost) one starts
    /// the execution limits afresh and turns the pending exception into
    /// an `Error`.
    fn enter<R>(&self, f: impl FnOnce() -> Result<R, Error>) -> Result<R, Error> {
        let outer = DEPTH.with(|d| d.replace(d.get() + 1)) == 0;
        if outer {
            limits::start_run();
        }
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        DEPTH.with(|d| d.set(d.get() - 1));
        let r = r.unwrap_or_else(|_| Err(Error::Host("coro: internal error (a panic in the VM)".into())));
        if outer {
            // A limit reached under a handler that swallowed it still ends the call.
            if let (Ok(_), Some(limit)) = (&r, limits::tripped()) {
                return Err(Error::Limit { limit, traceback: String::new() });
            }
        }
        r
    }

    /// A script operation's result, with its exception as an `Error`.
    fn lift<T>(r: PyResult<T>) -> Result<T, Error> {
        r.map_err(|_| pending_error())
    }

    /// Compiles and runs `source` in the `__main__` module (its globals
    /// stay for later runs, calls and reads). Errors name the file
    /// `<string>`, as `coro -c` does.
    ///
    /// ```
    /// let vm = coro::Vm::new().unwrap();
    /// vm.run("x = 1").unwrap();
    /// vm.run("x += 1").unwrap();
    /// assert_eq!(vm.get::<i64>("x").unwrap(), 2);
    /// let err = vm.run("x = (").unwrap_err();
    /// assert!(err.to_string().starts_with("error: SyntaxError: '(' was never closed"));
    /// ```
    pub fn run(&self, source: &str) -> Result<(), Error> {
        self.run_named("<string>", source)
    }

    /// Like [`run`](Vm::run), with `filename` in tracebacks and
    /// diagnostics; unless it is `<string>` or `<stdin>`, tracebacks quote
    /// the source lines.
    pub fn run_named(&self, filename: &str, source: &str) -> Result<(), Error> {
        let source = syntax::normalize(source);
        self.enter(|| self.exec(filename, &source))
    }

    /// Reads, compiles and runs a file in `__main__`, as `coro run` does
    /// (tracebacks name its absolute path). With the filesystem
    /// capability, its imports find `.py` files beside it.
    pub fn run_file(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let display = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| Error::Host(format!("coro: can't open file '{display}': {e}")))?;
        let text = syntax::decode(&display, &bytes).map_err(|(e, shown)| Error::Syntax {
            class: e.class.name().to_string(),
            message: e.message.clone(),
            rendered: e.render(&display, &shown),
        })?;
        let dir = path.parent().map(|p| p.to_path_buf()).unwrap_or_default();
        crate::runtime::import::set_script_dir(if dir.as_os_str().is_empty() { ".".into() } else { dir });
        let file = std::path::absolute(path).map_or(display, |p| p.display().to_string());
        self.enter(|| self.exec(&file, &text))
    }

    fn exec(&self, filename: &str, source: &str) -> Result<(), Error> {
        let syntax_error = |e: syntax::diagnostic::SyntaxError| Error::Syntax {
            class: e.class.name().to_string(),
            message: e.message.clone(),
            rendered: e.render(filename, source),
        };
        let module_ast: &'static _ = Box::leak(Box::new(syntax::parse(source).map_err(syntax_error)?));
        let scopes: &'static _ = Box::leak(Box::new(resolve::resolve_with(module_ast, true).map_err(syntax_error)?));
        let file: &'static str = Box::leak(filename.to_string().into_boxed_str());
        if !matches!(file, "<string>" | "<stdin>") {
            register_source(file, source);
        }
        set_global(self.main, "__file__", crate::runtime::str::new_str(file));
        let (code, _) = program::compile_into(self.main, file, source, module_ast, scopes, Default::default()).map_err(syntax_error)?;
        // SAFETY: the body's descriptor is leaked and now finalized.
        let body = new_function(unsafe { &*code }, vec![], vec![], vec![], self.main);
        let r = Self::lift(call(body, &[], &[]))?;
        if scopes.scopes[0].is_async {
            self.complete(r)?;
        }
        std::hint::black_box(body);
        Ok(())
    }

    /// Reads global `name` of `__main__`, converted.
    pub fn get<T: FromValue>(&self, name: &str) -> Result<T, Error> {
        self.enter(|| T::from_value(self.global(name)?))
    }

    fn global(&self, name: &str) -> Result<Value, Error> {
        let v = get_global(self.main, name);
        if v.is_null() {
            return Err(Error::exception("NameError", format!("name '{name}' is not defined")));
        }
        Ok(v)
    }

    /// Sets global `name` of `__main__`.
    pub fn set<T: ToValue>(&self, name: &str, value: T) -> Result<(), Error> {
        self.enter(|| {
            let v = value.to_value()?;
            set_global(self.main, name, v);
            Ok(())
        })
    }

    /// Calls the global function `name` with `args` and converts what it
    /// returns. A coroutine (an `async def` was called) is run on the
    /// VM's event loop until it completes, and its result is converted;
    /// other tasks, and native async functions, run meanwhile.
    ///
    /// ```
    /// let vm = coro::Vm::new().unwrap();
    /// vm.run("import asyncio\nasync def slow_add(a, b):\n    await asyncio.sleep(0.01)\n    return a + b").unwrap();
    /// assert_eq!(vm.call::<i64>("slow_add", (2, 3)).unwrap(), 5);
    /// ```
    pub fn call<T: FromValue>(&self, name: &str, args: impl ToArgs) -> Result<T, Error> {
        self.enter(|| {
            let f = self.global(name)?;
            self.call_value(f, args)
        })
    }

    /// Calls a script callable held by the host, like [`call`](Vm::call).
    pub fn call_object<T: FromValue>(&self, f: &Object, args: impl ToArgs) -> Result<T, Error> {
        self.enter(|| self.call_value(f.value(), args))
    }

    fn call_value<T: FromValue>(&self, f: Value, args: impl ToArgs) -> Result<T, Error> {
        let mut list = ArgList::new();
        args.to_args(&mut list)?;
        let r = Self::lift(call(f, &list.values, &[]))?;
        let r = if type_of(r) == vm().classes.coroutine { self.complete(r)? } else { r };
        T::from_value(r)
    }

    /// Runs an awaitable (a coroutine, Task or Future) on the VM's event
    /// loop until it completes; converts its result. Tasks it started that
    /// are still pending go on at the next run of the loop.
    ///
    /// ```
    /// let vm = coro::Vm::new().unwrap();
    /// vm.run("async def answer():\n    return 42").unwrap();
    /// let coroutine: coro::Object = vm.call_raw("answer", ()).unwrap();
    /// assert_eq!(coroutine.type_name(), "coroutine");
    /// assert_eq!(vm.run_until_complete::<i64>(coroutine).unwrap(), 42);
    /// ```
    pub fn run_until_complete<T: FromValue>(&self, awaitable: Object) -> Result<T, Error> {
        self.enter(|| T::from_value(self.complete(awaitable.value())?))
    }

    /// Calls the global function `name` and returns what it returns as an
    /// [`Object`], without running a coroutine.
    pub fn call_raw(&self, name: &str, args: impl ToArgs) -> Result<Object, Error> {
        self.enter(|| {
            let f = self.global(name)?;
            let mut list = ArgList::new();
            args.to_args(&mut list)?;
            Ok(Object::new(Self::lift(call(f, &list.values, &[]))?))
        })
    }

    /// The VM's event loop (made and set as the current one on first need).
    fn event_loop(&self) -> Result<Value, Error> {
        if let Some(lp) = self.event_loop.borrow().as_ref() {
            return Ok(lp.value());
        }
        let asyncio = Self::lift(import_module("asyncio"))?;
        let lp = Self::lift(call_method(asyncio, "new_event_loop", &[]))?;
        Self::lift(call_method(asyncio, "set_event_loop", &[lp]))?;
        *self.event_loop.borrow_mut() = Some(Object::new(lp));
        Ok(lp)
    }

    /// Runs `awaitable` until complete on the loop; its result.
    fn complete(&self, awaitable: Value) -> Result<Value, Error> {
        let lp = self.event_loop()?;
        Self::lift(call_method(lp, "run_until_complete", &[awaitable]))
    }

    /// Adds a host module (importable from then on).
    pub fn add_module(&self, module: Module) -> Result<(), Error> {
        self.enter(|| module.install())
    }

    /// Adds a module written in the language, importable as `name`
    /// without filesystem access.
    ///
    /// ```
    /// let vm = coro::Vm::new().unwrap();
    /// vm.add_source_module("util", "def inc(x):\n    return x + 1\n");
    /// vm.run("import util\ny = util.inc(1)").unwrap();
    /// assert_eq!(vm.get::<i64>("y").unwrap(), 2);
    /// ```
    pub fn add_source_module(&self, name: &str, source: &str) {
        crate::runtime::import::add_source_module(name, &syntax::normalize(source));
    }

    /// Runs a collection now.
    pub fn collect_garbage(&self) {
        heap::collect();
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        host_wake::clear();
        if let Some(lp) = self.event_loop.borrow_mut().take() {
            if call_method(lp.value(), "close", &[]).is_err() {
                rt::take_exception();
            }
        }
        let keep = ["builtins", "sys", "_asyncio"];
        vm().modules.borrow_mut().retain(|name, _| keep.contains(&name.as_str()));
        capabilities::set(capabilities::Capabilities::ALL);
        limits::configure(limits::Limits::default());
        limits::set_max_depth(u32::MAX);
        ACTIVE.with(|a| a.set(false));
    }
}
