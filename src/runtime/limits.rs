//! Execution limits of an embedded VM: fuel (a count of function calls and
//! loop iterations), a deadline (wall-clock time per call from the host)
//! and a cap on the collected heap. They reuse what Ctrl-C at the REPL
//! uses (see `interrupt.rs`): code compiled while limits are on
//! ("metered") decrements a per-VM word, `Vm::fuel`, in every function
//! prologue and on every loop back edge, and calls `tick` when it goes
//! negative. The word holds a slice of the fuel, so the deadline and the
//! heap are checked once per slice; the collector zeroes the word when the
//! heap grows past its cap, and the event loop's wait ends at the deadline.
//!
//! A limit, once reached, stays reached for the rest of the host's call:
//! every later check raises again, so a script cannot catch the error and
//! go on; the host sees `coro::Error::Limit`.

use std::cell::RefCell;
use std::time::{Duration, Instant};

use super::vm::{raise_named, vm, PyResult};

/// Fuel given to compiled code between two checks.
const SLICE: u64 = 10_000;

/// Which limit ended a run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Limit {
    /// The fuel (calls plus loop iterations) ran out.
    Fuel,
    /// The deadline passed.
    Deadline,
    /// The collected heap grew past its cap.
    Heap,
}

/// The limits set on a VM, applied afresh to each call from the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    /// Function calls plus loop iterations allowed per host call.
    pub fuel: Option<u64>,
    /// Wall-clock time allowed per host call.
    pub timeout: Option<Duration>,
    /// Bytes the collected heap may keep live.
    pub heap_bytes: Option<usize>,
}

/// The state of the limits of this thread's VM.
#[derive(Default)]
struct State {
    /// The configured limits.
    limits: Limits,
    /// Fuel left in this run, not counting the slice handed to the word.
    fuel_left: Option<u64>,
    /// The slice last written to the fuel word.
    given: u64,
    /// When this run must end.
    deadline: Option<Instant>,
    /// The limit reached in this run, if any.
    tripped: Option<Limit>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
    /// The highest recursion limit `sys.setrecursionlimit` may set (what
    /// the native stack of an embedded VM's thread holds).
    static MAX_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(u32::MAX) };
}

/// Caps the recursion limit scripts may set.
pub fn set_max_depth(depth: u32) {
    MAX_DEPTH.with(|m| m.set(depth));
}

/// The highest recursion limit scripts may set.
pub fn max_depth() -> u32 {
    MAX_DEPTH.with(|m| m.get())
}

/// True when code must be compiled with fuel checks (some limit is set).
pub fn metered() -> bool {
    STATE.with(|s| {
        let l = s.borrow().limits;
        l.fuel.is_some() || l.timeout.is_some() || l.heap_bytes.is_some()
    })
}

/// Sets the limits of this thread's VM (before any code is compiled).
pub fn configure(limits: Limits) {
    STATE.with(|s| s.borrow_mut().limits = limits);
    super::heap::set_limit(limits.heap_bytes);
}

/// Starts a run (a call from the host): full fuel, a fresh deadline.
pub fn start_run() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.fuel_left = s.limits.fuel;
        s.deadline = s.limits.timeout.map(|t| Instant::now() + t);
        s.tripped = None;
        s.given = 0;
    });
    refill();
}

/// Hands the next slice of fuel to compiled code.
fn refill() {
    let given = STATE.with(|s| {
        let mut s = s.borrow_mut();
        let given = s.fuel_left.map_or(SLICE, |f| f.min(SLICE));
        if let Some(f) = s.fuel_left.as_mut() {
            *f -= given;
        }
        s.given = given;
        given
    });
    // The tick that found the word empty is counted by the check below.
    vm().fuel.set(given as i64);
}

/// The limit reached in the current run, if any.
pub fn tripped() -> Option<Limit> {
    STATE.with(|s| s.borrow().tripped)
}

/// Makes the next tick of compiled code call `tick` (the heap is over its cap).
pub fn poke() {
    if super::vm::started() {
        vm().fuel.set(0);
    }
}

fn raise_limit(limit: Limit) -> PyResult<()> {
    STATE.with(|s| s.borrow_mut().tripped = Some(limit));
    vm().fuel.set(0);
    match limit {
        Limit::Fuel => raise_named("RuntimeError", "execution limit: the script ran out of fuel"),
        Limit::Deadline => raise_named("TimeoutError", "execution limit: the script ran past its deadline"),
        Limit::Heap => raise_named("MemoryError", "execution limit: the script's heap grew past its cap"),
    }
}

/// Called by compiled code when the fuel word went negative: raises if a
/// limit is reached, else hands out the next slice.
pub fn tick() -> PyResult<()> {
    if let Some(limit) = tripped() {
        return raise_limit(limit);
    }
    if super::heap::over_limit() {
        return raise_limit(Limit::Heap);
    }
    check_deadline()?;
    if STATE.with(|s| s.borrow().fuel_left == Some(0)) {
        return raise_limit(Limit::Fuel);
    }
    refill();
    Ok(())
}

/// Raises `TimeoutError` once the deadline has passed.
pub fn check_deadline() -> PyResult<()> {
    let passed = STATE.with(|s| s.borrow().deadline.is_some_and(|d| Instant::now() >= d));
    if passed {
        return raise_limit(Limit::Deadline);
    }
    Ok(())
}

/// `seconds` shortened so that a wait ends at the deadline.
pub fn cap_wait(seconds: f64) -> f64 {
    STATE.with(|s| match s.borrow().deadline {
        Some(d) => seconds.min(d.saturating_duration_since(Instant::now()).as_secs_f64()),
        None => seconds,
    })
}

/// True when a deadline is set for the current run.
pub fn has_deadline() -> bool {
    STATE.with(|s| s.borrow().deadline.is_some())
}
