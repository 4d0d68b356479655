//! The `signal` module: the signal numbers, `signal.signal` and
//! `getsignal` with the program's handlers, `raise_signal`, `alarm`,
//! `pause`, `strsignal`, `valid_signals`, and the watch an event loop keeps
//! on the signals of its `add_signal_handler` (`_watch`). A caught signal
//! sets a bit (`runtime/interrupt.rs`); its handlers run at the next
//! check there, from `dispatch`: the next sleep, event loop iteration or
//! signal sent to the process (CPython runs them at the next bytecode).

use std::cell::RefCell;
use std::sync::atomic::{AtomicU32, Ordering};

use crate::runtime::args::{count, no_keywords};
use crate::runtime::call::{call, call_method, callable as is_callable};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::heap;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_i64, int};
use crate::modules::asyncio::poll::raise_errno;
use crate::runtime::ops::index_int;
use crate::runtime::set::{new_set, set_table};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{none, raise_named, PyResult};

/// Signals a program may catch here: the classic ones, whose bits fit the
/// pending word.
const CATCHABLE_BELOW: i32 = 32;
/// `signal.NSIG` on Linux.
const NSIG: i32 = 65;
/// `SIG_DFL` and `SIG_IGN`.
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// Bits of the signals whose loop is yet to be told, at its next iteration
/// (`notify_loops`); a plain word, which every iteration reads.
static LOOP_PENDING: AtomicU32 = AtomicU32::new(0);

thread_local! {
    /// What `signal.signal` installed for each signal (NULL: never set,
    /// the default); SIGINT's starts as `default_int_handler`.
    static HANDLERS: RefCell<Vec<Value>> = RefCell::new(vec![Value::NULL; CATCHABLE_BELOW as usize]);
    /// The event loop that added a handler for each signal (NULL: none).
    static WATCHERS: RefCell<Vec<Value>> = RefCell::new(vec![Value::NULL; CATCHABLE_BELOW as usize]);
    /// `signal.default_int_handler`, once the module exists.
    static DEFAULT_INT: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
}

fn roots(mark: &mut dyn FnMut(Value)) {
    HANDLERS.with(|h| h.borrow().iter().for_each(|&v| mark(v)));
    WATCHERS.with(|w| w.borrow().iter().for_each(|&v| mark(v)));
    mark(DEFAULT_INT.with(|d| d.get()));
}

/// Runs what the program set up for signal `sig`: its handler is called
/// as `handler(sig, None)`, and its event loop is to be told at its next
/// iteration. False when neither exists (the default then applies).
fn dispatch(sig: i32) -> PyResult<bool> {
    let watcher = WATCHERS.with(|w| w.borrow()[sig as usize]);
    if !watcher.is_null() {
        LOOP_PENDING.fetch_or(1 << sig, Ordering::Relaxed);
    }
    let handler = HANDLERS.with(|h| h.borrow()[sig as usize]);
    if handler.is_null() || !is_callable(handler) || handler == DEFAULT_INT.with(|d| d.get()) {
        return Ok(!watcher.is_null());
    }
    call(handler, &[int(sig as i64), none()], &[])?;
    Ok(true)
}

/// True while a signal's event loop is yet to be told of it: the loop
/// then does not wait (CPython's wakes on its wakeup descriptor).
pub fn loop_pending() -> bool {
    LOOP_PENDING.load(Ordering::Relaxed) != 0
}

/// Tells each event loop of the signals it watches that arrived, after
/// what was ready before them (`loop._handle_signal`), as CPython's loop
/// does when it reads them from its wakeup descriptor.
pub fn notify_loops() -> PyResult<()> {
    if !loop_pending() {
        return Ok(());
    }
    let bits = LOOP_PENDING.swap(0, Ordering::Relaxed);
    for sig in (1..CATCHABLE_BELOW).filter(|s| bits & (1 << s) != 0) {
        let watcher = WATCHERS.with(|w| w.borrow()[sig as usize]);
        if !watcher.is_null() {
            call_method(watcher, "_handle_signal", &[int(sig as i64)])?;
        }
    }
    Ok(())
}

/// A signal number argument, checked as CPython checks it.
fn signal_number(v: Value) -> PyResult<i32> {
    let n = as_i64(index_int(v)?).unwrap_or(i64::MAX);
    if n < 1 || n >= NSIG as i64 {
        return raise_named("ValueError", "signal number out of range");
    }
    Ok(n as i32)
}

fn shape(func: &str, args: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    no_keywords(func, kw)?;
    count(func, args.len(), min, max)
}

/// `signal.signal(signalnum, handler)`: installs `handler` (a callable,
/// SIG_DFL or SIG_IGN) and returns the one before.
fn signal_signal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("signal", args, kw, 2, 2)?;
    let sig = signal_number(args[0])?;
    let handler = args[1];
    let disposition = as_i64(handler).filter(|&n| n == SIG_DFL || n == SIG_IGN);
    if disposition.is_none() && !is_callable(handler) {
        return raise_named("TypeError", "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    if sig == libc::SIGKILL || sig == libc::SIGSTOP {
        return raise_errno(libc::EINVAL);
    }
    if sig >= CATCHABLE_BELOW {
        return raise_named("NotImplementedError", "coro does not support handlers of real-time signals yet");
    }
    let before = getsignal(sig);
    match disposition {
        Some(n) => {
            // SAFETY: setting a standard disposition.
            unsafe { libc::signal(sig, if n == SIG_DFL { libc::SIG_DFL } else { libc::SIG_IGN }) };
        }
        None => crate::runtime::interrupt::catch(sig),
    }
    HANDLERS.with(|h| h.borrow_mut()[sig as usize] = handler);
    if sig == libc::SIGINT {
        crate::runtime::interrupt::set_sigint_raises(handler == DEFAULT_INT.with(|d| d.get()));
    }
    Ok(before)
}

/// What `signal.getsignal(sig)` says: the handler the program installed,
/// else SIG_DFL (SIGINT: `default_int_handler`).
fn getsignal(sig: i32) -> Value {
    let handler = HANDLERS.with(|h| h.borrow().get(sig as usize).copied().unwrap_or(Value::NULL));
    if handler.is_null() {
        int(SIG_DFL)
    } else {
        handler
    }
}

fn signal_getsignal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("getsignal", args, kw, 1, 1)?;
    Ok(getsignal(signal_number(args[0])?))
}

/// `signal.default_int_handler(signalnum, frame)`: raises KeyboardInterrupt.
fn default_int_handler(_: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::runtime::interrupt::raise_keyboard_interrupt()
}

/// `signal.raise_signal(sig)`: sends it to this process; its handlers run
/// before the call returns.
fn raise_signal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("raise_signal", args, kw, 1, 1)?;
    let sig = signal_number(args[0])?;
    // SAFETY: raise only sends a signal.
    if unsafe { libc::raise(sig) } != 0 {
        return raise_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    crate::runtime::interrupt::check()?;
    Ok(none())
}

/// `signal.alarm(seconds)`: SIGALRM after that many seconds (0 cancels);
/// returns the seconds left of the alarm before.
fn alarm(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("alarm", args, kw, 1, 1)?;
    let seconds = as_i64(index_int(args[0])?).unwrap_or(i64::MAX);
    // SAFETY: alarm only arms a timer.
    Ok(int(unsafe { libc::alarm(seconds.clamp(0, u32::MAX as i64) as u32) } as i64))
}

/// `signal.pause()`: waits for a signal, then runs its handlers.
fn pause(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("pause", args, kw, 0, 0)?;
    // SAFETY: pause only waits.
    unsafe { libc::pause() };
    crate::runtime::interrupt::check()?;
    Ok(none())
}

/// `signal.strsignal(sig)`: its description ("Terminated").
fn strsignal(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("strsignal", args, kw, 1, 1)?;
    let sig = signal_number(args[0])?;
    // SAFETY: strsignal returns a valid C string for a valid number.
    let text = unsafe { std::ffi::CStr::from_ptr(libc::strsignal(sig)) }.to_string_lossy().into_owned();
    Ok(new_str(&text))
}

/// `signal.valid_signals()`: the numbers this system has (glibc keeps 32
/// and 33 for itself).
fn valid_signals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("valid_signals", args, kw, 0, 0)?;
    let numbers = new_set(false);
    for n in (1..NSIG).filter(|n| !(32..=33).contains(n)) {
        set_table(numbers).add(int(n as i64))?;
    }
    Ok(numbers)
}

/// `signal._watch(sig, loop)`: `loop` (None: no longer any) is told of
/// `sig` through its `_handle_signal`; `add_signal_handler` asks this.
fn watch(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("_watch", args, kw, 2, 2)?;
    let sig = signal_number(args[0])?;
    if sig >= CATCHABLE_BELOW {
        return raise_named("NotImplementedError", "coro does not support handlers of real-time signals yet");
    }
    let lp = if args[1] == none() { Value::NULL } else { args[1] };
    WATCHERS.with(|w| w.borrow_mut()[sig as usize] = lp);
    Ok(none())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("signal", signal_signal),
    ("getsignal", signal_getsignal),
    ("raise_signal", raise_signal),
    ("alarm", alarm),
    ("pause", pause),
    ("strsignal", strsignal),
    ("valid_signals", valid_signals),
    ("_watch", watch),
];

/// Creates the `signal` module.
pub fn create() -> Value {
    let m = new_module("signal", "", &[]);
    let numbers: &[(&str, i32)] = &[
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGWINCH", libc::SIGWINCH),
        ("NSIG", NSIG),
        ("SIG_DFL", SIG_DFL as i32),
        ("SIG_IGN", SIG_IGN as i32),
    ];
    for &(name, n) in numbers {
        set_global(m, name, int(n as i64));
    }
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    let default_int = new_builtin("default_int_handler", default_int_handler);
    set_global(m, "default_int_handler", default_int);
    if DEFAULT_INT.with(|d| d.get()).is_null() {
        DEFAULT_INT.with(|d| d.set(default_int));
        heap::add_root_set(roots);
        crate::runtime::interrupt::set_dispatch(dispatch);
    }
    // SIGINT's handler is default_int_handler until the program sets one.
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        if h[libc::SIGINT as usize].is_null() {
            h[libc::SIGINT as usize] = default_int;
        }
    });
    m
}
