//! Ctrl-C and the other signals a program catches (`signal.signal`,
//! `loop.add_signal_handler`). The C handler only sets the signal's bit;
//! running code notices it at a few kinds of places, so that ordinary code
//! pays nothing for it:
//! - for a Ctrl-C that raises KeyboardInterrupt, every Python call: the
//!   handler also zeroes the recursion limit, so the next function prologue
//!   takes its (already present) too-deep branch, whose helper raises it
//!   and restores the limit;
//! - the back edges of loops compiled for the REPL, which read the bits;
//! - `time.sleep` and the event loop's wait, which the signal wakes, and
//!   the calls that send a signal to the process (`os.kill`...).
//!
//! Without a handler of the program's, Ctrl-C raises `KeyboardInterrupt`.
//! While `asyncio.run` runs, signals are deferred instead (`defer_to`):
//! they interrupt no running code; the event loop takes them at its next
//! iteration, where Ctrl-C cancels the main task, as CPython's
//! `asyncio.Runner` does.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use std::time::{Duration, Instant};

use super::vm::{exc_class, set_exception, vm, Exc, PyResult};

/// Bit n set while signal n waits to be handled (Ctrl-C: SIGINT's bit);
/// compiled loops read it by address.
pub static PENDING: AtomicU32 = AtomicU32::new(0);
/// Set once a signal other than SIGINT is caught: waits then last at most
/// `SLICE`, so one that arrived just before a wait began is not kept
/// waiting for the whole of it.
static CATCHING: AtomicBool = AtomicBool::new(false);
/// False while the program has a handler of its own for SIGINT.
static SIGINT_RAISES: AtomicBool = AtomicBool::new(true);

/// Says whether Ctrl-C raises KeyboardInterrupt (no handler of the
/// program's), which decides if it stops the next call.
pub fn set_sigint_raises(raises: bool) {
    SIGINT_RAISES.store(raises, Ordering::SeqCst);
}

/// The longest single sleep while signals are caught.
const SLICE: f64 = 0.05;
/// The VM's recursion-limit word, which the handler zeroes.
static LIMIT: AtomicPtr<u32> = AtomicPtr::new(std::ptr::null_mut());
/// The recursion limit to put back once the interrupt is taken.
static SAVED_LIMIT: AtomicU32 = AtomicU32::new(0);
/// Set while a hook takes Ctrl-C at the loop (see `defer_to`).
static DEFERRED: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// What a deferred Ctrl-C does; true when it dealt with it (else it
    /// raises KeyboardInterrupt after all).
    static HOOK: Cell<Option<fn() -> bool>> = const { Cell::new(None) };
    /// Runs the program's handlers of a signal (the `signal` module's);
    /// false when it has none, so the default applies.
    static DISPATCH: Cell<Option<fn(i32) -> PyResult<bool>>> = const { Cell::new(None) };
}

/// Makes `dispatch` the way a caught signal reaches the program's handlers.
pub fn set_dispatch(dispatch: fn(i32) -> PyResult<bool>) {
    DISPATCH.with(|d| d.set(Some(dispatch)));
}

/// Defers Ctrl-C to `hook` (run by the event loop), or stops deferring.
pub fn defer_to(hook: Option<fn() -> bool>) {
    HOOK.with(|h| h.set(hook));
    DEFERRED.store(hook.is_some(), Ordering::SeqCst);
}

/// True while Ctrl-C is deferred to the event loop.
pub fn deferred() -> bool {
    DEFERRED.load(Ordering::SeqCst)
}

extern "C" fn on_signal(sig: libc::c_int) {
    let first = PENDING.fetch_or(1 << sig, Ordering::SeqCst) == 0;
    // Only a Ctrl-C that raises KeyboardInterrupt stops the next call: a
    // call that went on after a handler returned would need a second
    // path into every function's body, which costs the fast path.
    if first && sig == libc::SIGINT && SIGINT_RAISES.load(Ordering::SeqCst) && !DEFERRED.load(Ordering::SeqCst) {
        let limit = LIMIT.load(Ordering::SeqCst);
        if !limit.is_null() {
            // SAFETY: the word lives in the leaked VM; the handler runs
            // between two instructions of some thread, and only this
            // handler and `take_signals` write the word meanwhile.
            unsafe {
                let current = std::ptr::read_volatile(limit);
                if current != 0 {
                    SAVED_LIMIT.store(current, Ordering::SeqCst);
                }
                std::ptr::write_volatile(limit, 0);
            }
        }
    }
}

/// Catches signal `sig` (below 32) from now on: it is handled by `check`.
pub fn catch(sig: i32) {
    if sig != libc::SIGINT {
        CATCHING.store(true, Ordering::SeqCst);
    }
    // SAFETY: a plain sigaction with a handler that only touches atomics.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_signal as *const () as usize;
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(sig, &action, std::ptr::null_mut());
    }
}

/// Installs the SIGINT handler for the VM of this thread. Blocking calls are
/// not restarted after it runs, so a sleep returns early and notices.
pub fn install() {
    LIMIT.store(vm().limit.as_ptr(), Ordering::SeqCst);
    // SAFETY: reading the current action only.
    unsafe {
        // Like CPython, leave SIGINT ignored when it was (a background job).
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old);
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
    }
    catch(libc::SIGINT);
}

/// Blocks (`true`) or unblocks the signals a program may catch for the
/// calling thread, so that they reach the VM thread and no other.
pub fn block_here(block: bool) {
    // SAFETY: a signal mask change of the calling thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        for sig in CATCHABLE {
            libc::sigaddset(&mut set, sig);
        }
        let how = if block { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// The asynchronous signals a program may catch (those a fault raises in
/// the thread that caused it are left out).
const CATCHABLE: [i32; 14] = [
    libc::SIGHUP, libc::SIGINT, libc::SIGQUIT, libc::SIGUSR1, libc::SIGUSR2, libc::SIGPIPE, libc::SIGALRM,
    libc::SIGTERM, libc::SIGCHLD, libc::SIGCONT, libc::SIGTSTP, libc::SIGTTIN, libc::SIGTTOU, libc::SIGWINCH,
];

/// Clears the pending signals (restoring the recursion limit); returns
/// their bits.
fn take_signals() -> u32 {
    if PENDING.load(Ordering::SeqCst) == 0 {
        return 0;
    }
    let saved = SAVED_LIMIT.load(Ordering::SeqCst);
    let bits = PENDING.swap(0, Ordering::SeqCst);
    let limit = LIMIT.load(Ordering::SeqCst);
    if !limit.is_null() && saved != 0 {
        // SAFETY: as in the handler.
        unsafe { std::ptr::write_volatile(limit, saved) };
    }
    bits
}

/// True while a signal waits to be handled.
pub fn pending() -> bool {
    PENDING.load(Ordering::SeqCst) != 0
}

/// True when a call at `depth` (counting itself) would pass the recursion
/// limit. A Ctrl-C that zeroed the limit to stop the next call is raised
/// here first (with any other signal's handlers).
pub fn past_limit(depth: u32) -> PyResult<bool> {
    if depth <= vm().limit.get() {
        return Ok(false);
    }
    if !deferred() && pending() {
        check()?;
        return Ok(depth > vm().limit.get());
    }
    Ok(true)
}

/// Drops the pending signals unhandled; true if a Ctrl-C was among them.
pub fn take() -> bool {
    take_signals() & (1 << libc::SIGINT) != 0
}

/// Raises `KeyboardInterrupt()`.
pub fn raise_keyboard_interrupt<T>() -> PyResult<T> {
    set_exception(super::exception::new_exception(exc_class("KeyboardInterrupt"), &[]));
    Err(Exc)
}

/// Handles the signals that arrived since the last check, lowest first:
/// the program's handlers run; a Ctrl-C without one raises
/// `KeyboardInterrupt` (unless a deferring hook deals with it).
pub fn check() -> PyResult<()> {
    let bits = take_signals();
    for sig in (1..32).filter(|s| bits & (1 << s) != 0) {
        let handled = match DISPATCH.with(|d| d.get()) {
            Some(dispatch) => dispatch(sig)?,
            None => false,
        };
        if !handled && sig == libc::SIGINT && !HOOK.with(|h| h.get()).is_some_and(|hook| hook()) {
            return raise_keyboard_interrupt();
        }
    }
    Ok(())
}

/// Sleeps for `seconds`, returning early with `KeyboardInterrupt` on Ctrl-C.
pub fn sleep(seconds: f64) -> PyResult<()> {
    sleep_until(seconds, false)
}

/// The event loop's wait for its next timer: like `sleep`, but a deferred
/// Ctrl-C (which cancelled the main task) also ends it, so the loop runs
/// what that scheduled.
pub fn loop_wait(seconds: f64) -> PyResult<()> {
    sleep_until(seconds, true)
}

fn sleep_until(seconds: f64, return_on_deferred: bool) -> PyResult<()> {
    let end = Instant::now() + Duration::from_secs_f64(seconds);
    loop {
        let interrupted = pending();
        check()?;
        if interrupted && return_on_deferred {
            return Ok(());
        }
        let now = Instant::now();
        if now >= end {
            return Ok(());
        }
        let mut left = end - now;
        if CATCHING.load(Ordering::SeqCst) {
            left = left.min(Duration::from_secs_f64(SLICE));
        }
        let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
        // SAFETY: nanosleep with a valid timespec; EINTR brings us back to the check.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    }
}
