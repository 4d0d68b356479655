//! Running a program: the VM thread (with a large stack, so that deep
//! Python recursion reaches RecursionError long before the native stack
//! ends), the uncaught-exception report, and the exit status.

use std::io::Write;

use crate::cli::Source;
use crate::runtime::class::{isinstance, type_of};
use crate::runtime::exception::{exc_obj, format_uncaught};
use crate::runtime::module::get_global;
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::number::{as_i64, is_int};
use crate::runtime::ops::str_of;
use crate::runtime::seq::tuple_items;
use crate::runtime::value::Value;
use crate::runtime::vm::{self, exc_class, none, take_exception};

/// Native stack for the VM thread.
const STACK: usize = 1 << 30;

/// Runs `source` as `__main__` with `sys.argv = [path] + args`; returns the exit status.
pub fn run_main(source: &Source, args: &[String]) -> u8 {
    let mut argv = vec![source.path.clone()];
    argv.extend_from_slice(args);
    run_main_with_argv(source, argv)
}

/// Runs `source` as `__main__` with `sys.argv = argv`; returns the exit status.
pub fn run_main_with_argv(source: &Source, argv: Vec<String>) -> u8 {
    let path = source.path.clone();
    let text = source.text.clone();
    // Ctrl-C goes to the VM thread, whose handler turns it into
    // KeyboardInterrupt (see `interrupt.rs`).
    crate::runtime::interrupt::block_here(true);
    crate::cli::share_main_arena();
    let thread = std::thread::Builder::new().stack_size(STACK).spawn(move || {
        crate::runtime::interrupt::block_here(false);
        let top = 0usize;
        vm::start(&top as *const usize as usize + 4096);
        crate::runtime::interrupt::install();
        *vm::vm().argv.borrow_mut() = argv;
        // CPython names a main script file by its absolute path (`__file__`,
        // tracebacks, diagnostics), and so the modules beside it; sys.argv[0]
        // stays as given, and `<stdin>` / `<string>` stay as they are.
        let file = if path.starts_with('<') {
            path.clone()
        } else {
            absolute_path(&path)
        };
        let dir = std::path::Path::new(&file).parent().map(|p| p.to_path_buf()).unwrap_or_default();
        crate::runtime::import::set_script_dir(if dir.as_os_str().is_empty() { ".".into() } else { dir });
        let mut interrupted = false;
        let code = match crate::compile::run_source("__main__", &file, &text) {
            Err(e) => {
                eprint!("{}", e.render(&file, &text));
                1
            }
            Ok(Ok(_)) => 0,
            Ok(Err(_)) => {
                let exc = take_exception();
                interrupted = isinstance(exc, exc_class("KeyboardInterrupt"));
                report(exc)
            }
        };
        let _ = std::io::stdout().flush();
        run_atexit_handlers();
        if crate::modules::asyncio::loaded() && crate::modules::asyncio::unretrieved::report_at_exit().is_err() {
            let _ = take_exception();
        }
        // After the reports: CPython reports a pending task before it
        // closes the task's coroutine. Those dropped earlier it closed
        // when it freed them, before it clears the globals.
        crate::runtime::generator::collect_and_close_dropped();
        crate::runtime::shutdown::close_main_generators();
        let _ = std::io::stdout().flush();
        warn_unawaited_coroutines();
        if interrupted {
            // Last, after everything exit reports (as CPython's `exit_sigint`).
            end_by_interrupt();
        }
        code
    });
    match thread.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        _ => {
            eprintln!("coro: internal error: the VM thread failed");
            70
        }
    }
}

/// Runs what `atexit.register` registered, last first; an error in one is
/// reported as CPython reports it, and the others still run.
fn run_atexit_handlers() {
    let Some(m) = vm::vm().modules.borrow().get("atexit").copied() else { return };
    let handlers = get_global(m, "_handlers");
    if kind_of(handlers) != Kind::List {
        return;
    }
    while let Some(entry) = crate::runtime::seq::list_items(handlers).pop() {
        let keep = crate::runtime::heap::Rooted::new();
        keep.add(entry);
        let [func, args, kwargs] = tuple_items(entry) else { continue };
        let (func, args, kwargs) = (*func, *args, *kwargs);
        let args = crate::runtime::seq::new_list(tuple_items(args).to_vec());
        if crate::runtime::jit_api::call_spread(func, args, kwargs).is_err() {
            let exc = take_exception();
            let _ = std::io::stdout().flush();
            let what = crate::runtime::ops::repr(func).unwrap_or_default();
            let text = format!("Exception ignored in atexit callback: {what}\n{}", crate::runtime::exception::format_unraisable(exc));
            let _ = std::io::stderr().write_all(text.as_bytes());
        }
        let _ = std::io::stdout().flush();
    }
}

/// At exit, CPython clears every object, and each coroutine that never ran
/// warns; so does every one still here. Those already unreachable CPython
/// reported as they were dropped, in the longer form a collection gives.
fn warn_unawaited_coroutines() {
    if !crate::runtime::generator::unstarted_coroutines() {
        return;
    }
    crate::runtime::heap::collect();
    crate::runtime::heap::for_each_object(|h| {
        // SAFETY: the heap reports allocated objects only.
        if unsafe { (*h).kind.get() } == crate::runtime::object::Kind::Generator {
            // SAFETY: generator-kind objects are GenObj.
            crate::runtime::generator::warn_if_never_awaited(unsafe { &*(h as *const crate::runtime::generator::GenObj) }, true);
        }
    });
}

/// Prints an uncaught exception as CPython does and returns the exit status
/// (`SystemExit` decides its own).
pub fn report(exc: Value) -> u8 {
    let _ = std::io::stdout().flush();
    if isinstance(exc, exc_class("SystemExit")) {
        let args = exc_obj(exc).args.get();
        // SystemExit(2, 3) exits with its args, as text, like any object.
        let code: Value = match tuple_items(args) {
            [] => none(),
            [one] => *one,
            _ => args,
        };
        if code == none() {
            return 0;
        }
        if is_int(code) {
            return as_i64(code).map_or(1, |c| c as u8);
        }
        let text = str_of(code).unwrap_or_default();
        eprintln!("{text}");
        return 1;
    }
    if crate::runtime::generator::unstarted_coroutines() {
        // CPython warned of each coroutine dropped unstarted as it was
        // dropped, before the exception got here: the ones no frame of
        // the traceback holds warn now.
        let keep = crate::runtime::heap::Rooted::new();
        keep.add(exc);
        crate::runtime::heap::collect();
    }
    print_uncaught(exc);
    if isinstance(exc, exc_class("KeyboardInterrupt")) {
        // (The caller ends the process with `end_by_interrupt`.)
        return 130;
    }
    1
}

/// Ends the process by SIGINT, as CPython does after an uncaught
/// KeyboardInterrupt, so that the shell sees the interrupt.
fn end_by_interrupt() {
    // SAFETY: restoring the default action and signalling this process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        crate::runtime::interrupt::block_here(false);
        libc::raise(libc::SIGINT);
    }
}

/// Prints an uncaught exception through `sys.excepthook` (by default to
/// `sys.stderr`); when a program's own hook fails, as CPython does: that
/// error, then the original exception.
fn print_uncaught(exc: Value) {
    let sys = vm::vm().modules.borrow().get("sys").copied();
    if let Some(m) = sys {
        // As CPython's PyErr_Print: for atexit handlers and a debugger.
        let tb = crate::runtime::exception::traceback_of(exc).unwrap_or_else(|_| {
            take_exception();
            none()
        });
        crate::runtime::module::set_global(m, "last_type", type_of(exc));
        crate::runtime::module::set_global(m, "last_value", exc);
        crate::runtime::module::set_global(m, "last_traceback", tb);
    }
    let hooks = sys.map(|m| (get_global(m, "excepthook"), get_global(m, "__excepthook__")));
    let hook = match hooks {
        Some((hook, default)) if !hook.is_null() && hook != default => hook,
        _ => {
            if crate::runtime::module_sys::write_to_stderr(&format_uncaught(exc)).is_err() {
                // A replaced stderr that fails: the process's own.
                take_exception();
                let _ = std::io::stderr().write_all(format_uncaught(exc).as_bytes());
            }
            return;
        }
    };
    let tb = crate::runtime::exception::traceback_of(exc).unwrap_or_else(|_| {
        take_exception();
        none()
    });
    if crate::runtime::call::call(hook, &[type_of(exc), exc, tb], &[]).is_err() {
        let error = take_exception();
        let _ = std::io::stdout().flush();
        let mut text = format!("Error in sys.excepthook:\n{}", format_uncaught(error));
        text += &format!("\nOriginal exception was:\n{}", format_uncaught(exc));
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
}

/// `os.path.abspath`: joined to the working directory, with `.` and `..`
/// removed lexically (symbolic links are not resolved).
fn absolute_path(path: &str) -> String {
    use std::path::Component;
    let Ok(joined) = std::path::absolute(path) else { return path.to_string() };
    let mut out = std::path::PathBuf::new();
    for c in joined.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out.display().to_string()
}
