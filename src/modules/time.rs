//! The `time` module: `time`, `monotonic`, `perf_counter`, `process_time`
//! (and their `_ns` forms), `sleep`; its calendar functions (`localtime`,
//! `strftime`...) come from stdlib/_time_structs.py on first use.

use std::cell::Cell;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::runtime::args::count;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, as_float, float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::type_name;
use crate::runtime::value::Value;
use crate::runtime::vm::{none, raise_named, PyResult};

thread_local! {
    /// The origin of the monotonic clock.
    static START: Instant = Instant::now();
    /// Time this thread spent compiling, which the program's clocks leave
    /// out, and how many `off_the_clock` calls it is inside.
    static COMPILING: Cell<(Duration, u32)> = const { Cell::new((Duration::ZERO, 0)) };
}

/// The program's monotonic clock (`time.monotonic()`, `perf_counter()`,
/// the event loop's `time()`): time since the start, less the time spent
/// compiling. CPython runs code it compiled ahead; here a function's first
/// call compiles it, and if that time passed on the clock, a timer due
/// meanwhile would fire before code that in CPython runs first.
fn program_time() -> Duration {
    START.with(|s| s.elapsed()).saturating_sub(COMPILING.get().0)
}

/// Runs `f`, the compiler's work, with the program's clocks stopped.
pub fn off_the_clock<R>(f: impl FnOnce() -> R) -> R {
    // (The clock starts at its first use: before the time it leaves out.)
    START.with(|_| ());
    let (spent, depth) = COMPILING.get();
    COMPILING.set((spent, depth + 1));
    let start = Instant::now();
    let r = f();
    let (spent, depth) = COMPILING.get();
    // (Nested calls are inside the outermost one's time.)
    COMPILING.set((if depth == 1 { spent + start.elapsed() } else { spent }, depth - 1));
    r
}

/// Seconds on the monotonic clock (`time.monotonic()`).
pub fn seconds_since_start() -> f64 {
    program_time().as_secs_f64()
}

fn time_time(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("time", args.len(), 0, 0)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0.0, |d| d.as_secs_f64());
    Ok(float(now))
}

fn time_monotonic(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("monotonic", args.len(), 0, 0)?;
    Ok(float(seconds_since_start()))
}

fn time_perf_counter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("perf_counter", args.len(), 0, 0)?;
    Ok(float(seconds_since_start()))
}

/// A number of seconds from an int or float argument.
pub fn seconds_arg(v: Value) -> PyResult<f64> {
    if kind_of(v) == Kind::Float {
        Ok(as_float(v))
    } else if is_int(v) {
        crate::runtime::arith::int_to_f64(&as_bigint(v))
    } else {
        raise_named("TypeError", format!("'{}' object cannot be interpreted as an integer", type_name(v)))
    }
}

fn time_sleep(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("sleep", args.len(), 1, 1)?;
    let s = seconds_arg(args[0])?;
    if s < 0.0 {
        return raise_named("ValueError", "sleep length must be non-negative");
    }
    crate::runtime::interrupt::sleep(s)?;
    Ok(none())
}

/// Nanoseconds since the Unix epoch.
fn time_time_ns(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("time_ns", args.len(), 0, 0)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    Ok(crate::runtime::number::big(now.into()))
}

/// Nanoseconds on the monotonic clock (`monotonic_ns`, `perf_counter_ns`).
fn time_monotonic_ns(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("monotonic_ns", args.len(), 0, 0)?;
    Ok(crate::runtime::number::int(program_time().as_nanos() as i64))
}

/// CPU time of the process in nanoseconds.
fn cpu_nanos() -> i64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec * 1_000_000_000 + t.tv_nsec
}

fn time_process_time(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("process_time", args.len(), 0, 0)?;
    Ok(float(cpu_nanos() as f64 / 1e9))
}

fn time_process_time_ns(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("process_time_ns", args.len(), 0, 0)?;
    Ok(crate::runtime::number::int(cpu_nanos()))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time_ns", time_time_ns),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter_ns", time_monotonic_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("time", time_time),
    ("monotonic", time_monotonic),
    ("perf_counter", time_perf_counter),
    ("sleep", time_sleep),
];

/// The calendar names of the time module, written in the language in
/// stdlib/_time_structs.py (see `calendar_time`).
const CALENDAR_NAMES: &[&str] = &[
    "struct_time", "localtime", "gmtime", "mktime", "strftime", "asctime", "ctime", "timezone", "altzone", "daylight",
    "tzname", "strptime",
];

/// The time module's `__getattr__` (PEP 562): takes a calendar name from
/// stdlib/_time_structs.py the first time one is asked for.
fn time_getattr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__getattr__", args.len(), 1, 1)?;
    let time = crate::runtime::import::import_module("time")?;
    let name = crate::runtime::str::as_str(args[0]);
    if !CALENDAR_NAMES.contains(&name) {
        return crate::runtime::attr::no_attribute(time, args[0]);
    }
    let v = crate::runtime::module::get_global(crate::runtime::import::import_module("_time_structs")?, name);
    set_global(time, name, v);
    Ok(v)
}

/// Creates the `time` module.
pub fn create() -> Value {
    let m = new_module("time", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    set_global(m, "__getattr__", new_builtin("__getattr__", time_getattr));
    set_global(m, "__dir__", new_builtin("__dir__", |_, _| Ok(crate::runtime::module::names_with(crate::runtime::import::import_module("time")?, CALENDAR_NAMES))));
    m
}
