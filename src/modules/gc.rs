//! The `gc` module: `collect()` runs the collector now. coro has one
//! tracing collector and no reference counts, so `disable()` cannot leave
//! garbage to be freed some other way: it only records the setting
//! (`isenabled()` reports it), and collection goes on as memory needs.

use std::cell::Cell;

use crate::runtime::args::{count, no_keywords};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::seq::new_tuple_from;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, PyResult};

thread_local! {
    /// What `enable()`/`disable()` last set.
    static ENABLED: Cell<bool> = const { Cell::new(true) };
}

fn collect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("collect", kw)?;
    count("collect", a.len(), 0, 1)?;
    // Always a full collection (at exit one is made only when something
    // needs finalizing); what it finds dead reports now, as CPython's
    // `__del__` methods do during its collection.
    crate::runtime::heap::collect();
    crate::runtime::generator::close_dropped();
    if crate::modules::asyncio::loaded() {
        crate::modules::asyncio::unretrieved::report_due()?;
    }
    Ok(Value::small_unchecked(0))
}

fn enable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("enable", kw)?;
    count("enable", a.len(), 0, 0)?;
    ENABLED.with(|e| e.set(true));
    Ok(none())
}

fn disable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("disable", kw)?;
    count("disable", a.len(), 0, 0)?;
    ENABLED.with(|e| e.set(false));
    Ok(none())
}

fn isenabled(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("isenabled", kw)?;
    count("isenabled", a.len(), 0, 0)?;
    Ok(boolean(ENABLED.with(|e| e.get())))
}

/// CPython's default thresholds (coro's collector paces itself by bytes).
fn get_threshold(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("get_threshold", kw)?;
    count("get_threshold", a.len(), 0, 0)?;
    Ok(new_tuple_from(&[Value::small_unchecked(700), Value::small_unchecked(10), Value::small_unchecked(10)]))
}

const FUNCTIONS: &[(&str, NativeFn)] =
    &[("collect", collect), ("enable", enable), ("disable", disable), ("isenabled", isenabled), ("get_threshold", get_threshold)];

/// Makes the `gc` module.
pub fn create() -> Value {
    let m = new_module("gc", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
