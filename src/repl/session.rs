//! One interactive session on the VM thread. Every input runs inside the
//! session's event loop, as in `python3 -m asyncio`: a callback runs the
//! input's body; an input that awaits is a coroutine, which becomes a task.
//! While the user types, the loop keeps running, so tasks started by
//! earlier inputs go on; a heartbeat callback collects the typed line and
//! stops the loop. Only the public asyncio API is used (`new_event_loop`,
//! `run_forever`, `stop`, `call_soon`, `call_later`, `create_task`, ...).

use std::cell::{Cell, RefCell};
use std::io::Write;

use super::display;
use super::input::{judge, Verdict};
use super::reader::{Line, Reader};
use crate::runtime::call::{call, call_method};
use crate::runtime::class::isinstance;
use crate::runtime::exception::format_uncaught;
use crate::runtime::function::new_builtin;
use crate::runtime::import::import_module;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::float;
use crate::runtime::ops::truthy;
use crate::runtime::value::Value;
use crate::runtime::vm::{exc_class, keep, none, take_exception, vm, PyResult};
use crate::syntax::ast::Module;

/// The file name inputs are compiled under, as in CPython's REPL.
const FILENAME: &str = "<stdin>";

/// Seconds between two heartbeats.
const HEARTBEAT: f64 = 0.02;

/// The state the loop callbacks share with the session (values are GC roots).
struct Shared {
    /// The event loop every input runs in.
    event_loop: Cell<Value>,
    /// The body of the input about to run (NULL once the step took it).
    body: Cell<Value>,
    /// True when that body is a coroutine function (the input awaits).
    awaits: Cell<bool>,
    /// The task of the running input that awaits (NULL otherwise).
    task: Cell<Value>,
    /// The exception the input ended with (NULL if none).
    error: Cell<Value>,
    /// True once the input has finished.
    finished: Cell<bool>,
    /// True while a line is awaited: the heartbeat collects it.
    waiting: Cell<bool>,
    /// The line the heartbeat collected.
    line: RefCell<Option<Line>>,
    /// The line reader.
    reader: RefCell<Option<Reader>>,
    /// The native callbacks: input step, task done, heartbeat.
    callbacks: Cell<[Value; 3]>,
}

thread_local! {
    /// The session of this (the VM) thread.
    static SHARED: Shared = const {
        Shared {
            event_loop: Cell::new(Value::NULL),
            body: Cell::new(Value::NULL),
            awaits: Cell::new(false),
            task: Cell::new(Value::NULL),
            error: Cell::new(Value::NULL),
            finished: Cell::new(true),
            waiting: Cell::new(false),
            line: RefCell::new(None),
            reader: RefCell::new(None),
            callbacks: Cell::new([Value::NULL; 3]),
        }
    };
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    SHARED.with(|s| {
        for v in [s.event_loop.get(), s.body.get(), s.task.get(), s.error.get()] {
            if !v.is_null() {
                visit(v);
            }
        }
        s.callbacks.get().into_iter().filter(|v| !v.is_null()).for_each(visit);
    });
}

fn event_loop() -> Value {
    SHARED.with(|s| s.event_loop.get())
}

fn callback(i: usize) -> Value {
    SHARED.with(|s| s.callbacks.get()[i])
}

/// Ends the input with `error` (NULL: none) and stops the loop.
fn finish_input(error: Value) -> PyResult<Value> {
    SHARED.with(|s| {
        s.error.set(error);
        s.finished.set(true);
        s.task.set(Value::NULL);
    });
    call_method(event_loop(), "stop", &[])
}

/// The loop callback that runs the input's body.
fn step(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let (body, awaits) = SHARED.with(|s| (s.body.replace(Value::NULL), s.awaits.get()));
    if body.is_null() {
        return finish_input(Value::NULL);
    }
    match call(body, &[], &[]) {
        Err(_) => finish_input(take_exception()),
        Ok(coroutine) if awaits => {
            let task = match call_method(event_loop(), "create_task", &[coroutine]) {
                Ok(t) => t,
                Err(_) => return finish_input(take_exception()),
            };
            SHARED.with(|s| s.task.set(task));
            call_method(task, "add_done_callback", &[callback(1)])
        }
        Ok(_) => finish_input(Value::NULL),
    }
}

/// The done callback of an input's task: its exception, if any, is the input's.
fn task_done(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let task = args[0];
    let error = if truthy(call_method(task, "cancelled", &[])?)? {
        match call_method(task, "result", &[]) {
            Err(_) => take_exception(),
            Ok(_) => Value::NULL,
        }
    } else {
        let e = call_method(task, "exception", &[])?;
        if e == none() {
            Value::NULL
        } else {
            e
        }
    };
    finish_input(error)
}

/// Runs every `HEARTBEAT` seconds: flushes output and, while a line is
/// awaited, collects it and stops the loop.
fn heartbeat(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let _ = std::io::stdout().flush();
    let line = SHARED.with(|s| {
        if !s.waiting.get() {
            return None;
        }
        s.reader.borrow().as_ref().and_then(|r| r.try_line())
    });
    if let Some(line) = line {
        SHARED.with(|s| {
            s.waiting.set(false);
            *s.line.borrow_mut() = Some(line);
        });
        call_method(event_loop(), "stop", &[])?;
    }
    call_method(event_loop(), "call_later", &[float(HEARTBEAT), callback(2)])?;
    Ok(none())
}

/// Runs the loop until something stops it; the exception that escaped it, if any.
fn run_loop() -> Option<Value> {
    match call_method(event_loop(), "run_forever", &[]) {
        Ok(_) => None,
        Err(_) => Some(take_exception()),
    }
}

fn is_a(exc: Value, class: &str) -> bool {
    isinstance(exc, exc_class(class))
}

/// What CPython prints when Ctrl-C stops an input or abandons a line.
fn keyboard_interrupt() {
    let _ = std::io::stdout().flush();
    eprintln!("\nKeyboardInterrupt");
}

/// Prints an exception that escaped the event loop itself.
fn report_escaped(exc: Value) {
    let _ = std::io::stdout().flush();
    eprint!("{}", format_uncaught(exc));
}

/// Reads a line with `prompt`, running the event loop until it comes.
fn read_line(prompt: &str) -> Line {
    let _ = std::io::stdout().flush();
    SHARED.with(|s| {
        if let Some(r) = s.reader.borrow().as_ref() {
            r.request(prompt);
        }
        s.waiting.set(true);
    });
    let mut loop_works = true;
    loop {
        if let Some(line) = SHARED.with(|s| s.line.borrow_mut().take()) {
            return line;
        }
        if let Some(line) = SHARED.with(|s| s.reader.borrow().as_ref().and_then(|r| r.try_line())) {
            SHARED.with(|s| s.waiting.set(false));
            return line;
        }
        if !loop_works {
            std::thread::sleep(std::time::Duration::from_secs_f64(HEARTBEAT));
            continue;
        }
        if let Some(exc) = run_loop() {
            crate::runtime::interrupt::take();
            if is_a(exc, "KeyboardInterrupt") {
                // Ctrl-C outside line editing: the line is abandoned.
                keyboard_interrupt();
                return Line::Interrupted;
            } else {
                // The loop is unusable (closed?): wait for the line without it.
                report_escaped(exc);
                loop_works = false;
            }
        }
    }
}

/// Compiles and runs one complete input; `Some(status)` when it asks to exit.
fn run_input(main: Value, source: &str, mut module: Module) -> Option<u8> {
    display::rewrite(&mut module.body);
    // The tree lives as long as the code compiled from it.
    let module: &'static Module = Box::leak(Box::new(module));
    let compiled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        crate::compile::compile_input(main, FILENAME, source, module)
    }));
    let (body, awaits) = match compiled {
        Ok(Ok(compiled)) => compiled,
        Ok(Err(error)) => {
            eprint!("{}", error.render(FILENAME, source));
            return None;
        }
        Err(_) => {
            eprintln!("coro: internal compiler error; the session goes on");
            return None;
        }
    };
    SHARED.with(|s| {
        s.body.set(body);
        s.awaits.set(awaits);
        s.task.set(Value::NULL);
        s.error.set(Value::NULL);
        s.finished.set(false);
    });
    let mut interrupted = false;
    if call_method(event_loop(), "call_soon", &[callback(0)]).is_err() {
        report_escaped(take_exception());
        return None;
    }
    while !SHARED.with(|s| s.finished.get()) {
        let Some(exc) = run_loop() else { continue };
        if is_a(exc, "KeyboardInterrupt") {
            // Ctrl-C: drop an input not started yet, cancel its task, and let
            // the loop finish it (its finally blocks run).
            crate::runtime::interrupt::take();
            interrupted = true;
            let task = SHARED.with(|s| {
                s.body.set(Value::NULL);
                s.task.get()
            });
            if !task.is_null() {
                let _ = call_method(task, "cancel", &[]).map_err(|_| take_exception());
            }
        } else {
            // SystemExit from a task, or the loop itself failed.
            SHARED.with(|s| {
                s.error.set(exc);
                s.finished.set(true);
            });
        }
    }
    let _ = std::io::stdout().flush();
    let error = SHARED.with(|s| s.error.replace(Value::NULL));
    if interrupted || (!error.is_null() && is_a(error, "KeyboardInterrupt")) {
        keyboard_interrupt();
    } else if !error.is_null() && is_a(error, "SystemExit") {
        return Some(crate::run::report(error));
    } else if !error.is_null() {
        eprint!("{}", format_uncaught(error));
    } else if crate::runtime::interrupt::take() {
        keyboard_interrupt();
    }
    None
}

/// `exit()` and `quit()`, as the `site` module gives CPython's REPL.
fn exit(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let exc = crate::runtime::exception::new_exception(exc_class("SystemExit"), &args[..args.len().min(1)]);
    crate::runtime::vm::set_exception(exc);
    Err(crate::runtime::vm::Exc)
}

/// Sets up `__main__`, asyncio and the loop; `Err` with a status if that fails.
fn prepare() -> Result<Value, u8> {
    crate::runtime::heap::add_root_set(trace_roots);
    crate::runtime::interrupt::install();
    display::install();
    let builtins = vm().builtins.get();
    set_global(builtins, "exit", new_builtin("exit", exit));
    set_global(builtins, "quit", new_builtin("quit", exit));
    let names: Vec<String> = ["__name__", "__doc__", "__builtins__", "asyncio"].iter().map(|n| n.to_string()).collect();
    let main = keep(new_module("__main__", "", &names));
    set_global(main, "__doc__", none());
    vm().modules.borrow_mut().insert("__main__".into(), main);
    let setup = || -> PyResult<()> {
        let asyncio = import_module("asyncio")?;
        set_global(main, "asyncio", asyncio);
        let event_loop = call_method(asyncio, "new_event_loop", &[])?;
        call_method(asyncio, "set_event_loop", &[event_loop])?;
        let callbacks = [new_builtin("<repl step>", step), new_builtin("<repl task done>", task_done), new_builtin("<repl heartbeat>", heartbeat)];
        SHARED.with(|s| {
            s.event_loop.set(event_loop);
            s.callbacks.set(callbacks);
        });
        call_method(event_loop, "call_soon", &[callbacks[2]])?;
        Ok(())
    };
    match setup() {
        Ok(()) => Ok(main),
        Err(_) => Err(crate::run::report(take_exception())),
    }
}

/// The session: banner, then read, run, print until Ctrl-D or `exit()`.
pub fn run() -> u8 {
    let main = match prepare() {
        Ok(m) => m,
        Err(status) => return status,
    };
    SHARED.with(|s| *s.reader.borrow_mut() = Some(Reader::start()));
    eprintln!(
        "coro {} (Python 3.11 language, asyncio REPL): use \"await\" directly; Ctrl-D or exit() leaves",
        env!("CARGO_PKG_VERSION")
    );
    let edits = SHARED.with(|s| s.reader.borrow().as_ref().is_some_and(|r| r.edits));
    let mut buffer = String::new();
    // Lines pasted together arrive as one text: they are taken one by one.
    let mut typed: std::collections::VecDeque<String> = Default::default();
    loop {
        let text = match typed.pop_front() {
            Some(text) => text,
            None => {
                let prompt = if buffer.is_empty() { ">>> " } else { "... " };
                match read_line(prompt) {
                    Line::Eof => {
                        let _ = std::io::stdout().flush();
                        if !edits {
                            eprintln!();
                        }
                        return 0;
                    }
                    Line::Interrupted => {
                        // rustyline has ended the line already (elsewhere read_line did).
                        if edits {
                            eprintln!("KeyboardInterrupt");
                        }
                        buffer.clear();
                        continue;
                    }
                    Line::Text(text) if text.contains('\n') => {
                        typed.extend(text.split('\n').map(str::to_string));
                        continue;
                    }
                    Line::Text(text) => text,
                }
            }
        };
        let ended = text.trim().is_empty();
        if buffer.is_empty() && ended {
            continue;
        }
        buffer.push_str(&text);
        buffer.push('\n');
        match judge(&buffer, ended) {
            Verdict::More => {}
            Verdict::Empty => buffer.clear(),
            Verdict::Error(error) => {
                eprint!("{}", error.render(FILENAME, &buffer));
                buffer.clear();
                typed.clear();
            }
            Verdict::Run(module) => {
                let source = std::mem::take(&mut buffer);
                if let Some(status) = run_input(main, &source, module) {
                    return status;
                }
            }
        }
    }
}
