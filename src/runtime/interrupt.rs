//! Ctrl-C. The SIGINT handler only sets a flag; running code notices it at
//! three kinds of places, so that ordinary code pays nothing for it:
//! - every Python call: the handler also zeroes the recursion limit, so the
//!   next function prologue takes its (already present) too-deep branch,
//!   whose helper raises `KeyboardInterrupt` instead and restores the limit;
//! - the back edges of loops compiled for the REPL, which read the flag;
//! - `time.sleep` (where the event loop waits), which the signal wakes.
//!
//! While `asyncio.run` runs, Ctrl-C is deferred instead (`defer_to`): it
//! interrupts no running code; the event loop takes it at its next
//! iteration and cancels the main task, as CPython's `asyncio.Runner` does.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use std::time::{Duration, Instant};

use super::vm::{exc_class, set_exception, vm, Exc, PyResult};

/// 1 while a Ctrl-C waits to be raised; compiled loops read it by address.
pub static PENDING: AtomicU32 = AtomicU32::new(0);
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

extern "C" fn on_sigint(_: libc::c_int) {
    if PENDING.swap(1, Ordering::SeqCst) == 0 && !DEFERRED.load(Ordering::SeqCst) {
        let limit = LIMIT.load(Ordering::SeqCst);
        if !limit.is_null() {
            // SAFETY: the word lives in the leaked VM; the handler runs on the
            // VM thread (the others block SIGINT), between two of its instructions.
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

/// Installs the SIGINT handler for the VM of this thread. Blocking calls are
/// not restarted after it runs, so a sleep returns early and notices.
pub fn install() {
    LIMIT.store(vm().limit.as_ptr(), Ordering::SeqCst);
    // SAFETY: a plain sigaction with a handler that only touches atomics.
    unsafe {
        // Like CPython, leave SIGINT ignored when it was (a background job).
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old);
        if old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as usize;
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

/// Blocks (`true`) or unblocks SIGINT for the calling thread, so that the
/// signal reaches the VM thread and no other.
pub fn block_here(block: bool) {
    // SAFETY: a signal mask change of the calling thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        let how = if block { libc::SIG_BLOCK } else { libc::SIG_UNBLOCK };
        libc::pthread_sigmask(how, &set, std::ptr::null_mut());
    }
}

/// Clears a pending Ctrl-C (restoring the recursion limit); true if there was one.
pub fn take() -> bool {
    if PENDING.load(Ordering::SeqCst) == 0 {
        return false;
    }
    let saved = SAVED_LIMIT.load(Ordering::SeqCst);
    PENDING.store(0, Ordering::SeqCst);
    let limit = LIMIT.load(Ordering::SeqCst);
    if !limit.is_null() && saved != 0 {
        // SAFETY: as in the handler.
        unsafe { std::ptr::write_volatile(limit, saved) };
    }
    true
}

/// Raises `KeyboardInterrupt()`.
pub fn raise_keyboard_interrupt<T>() -> PyResult<T> {
    set_exception(super::exception::new_exception(exc_class("KeyboardInterrupt"), &[]));
    Err(Exc)
}

/// Raises `KeyboardInterrupt` if Ctrl-C was pressed since the last check
/// (unless a deferring hook deals with it).
pub fn check() -> PyResult<()> {
    if take() {
        if HOOK.with(|h| h.get()).is_some_and(|hook| hook()) {
            return Ok(());
        }
        return raise_keyboard_interrupt();
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
        let interrupted = PENDING.load(Ordering::SeqCst) != 0;
        check()?;
        if interrupted && return_on_deferred {
            return Ok(());
        }
        let now = Instant::now();
        if now >= end {
            return Ok(());
        }
        let left = end - now;
        let ts = libc::timespec { tv_sec: left.as_secs() as libc::time_t, tv_nsec: left.subsec_nanos() as libc::c_long };
        // SAFETY: nanosleep with a valid timespec; EINTR brings us back to the check.
        unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) };
    }
}
