//! "Task exception was never retrieved": a future that finished with an
//! exception nobody asked for (`result()` or `exception()`) reports it
//! through its loop's exception handler when it is collected, and at exit,
//! as CPython does from `Future.__del__`. The collector keeps such a dead
//! future alive (see `heap::add_resurrector`) until the report is made at
//! a safe point: the loop's next iteration, or exit.

use std::cell::RefCell;

use super::future::{exception_slot, flag, set_flag, slot, LOG_TRACEBACK, LOOP};
use crate::runtime::dict::{new_dict, table};
use crate::runtime::heap;
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{intern, PyResult};

thread_local! {
    /// Futures whose exception was not retrieved when last looked at. Not
    /// roots: a collection finds which of them died.
    static WATCHED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Dead ones kept alive until they are reported (roots).
    static DUE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Tasks whose SystemExit or KeyboardInterrupt goes on up through the
    /// loop (roots): in CPython the exception's frames hold the task, so it
    /// reports only at exit, after the exception's traceback.
    static HELD: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// How many of `WATCHED` (its last ones) began owing a report since the
    /// last collection.
    static FRESH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// True while some finished future's exception is unretrieved.
pub fn watching() -> bool {
    WATCHED.with(|w| !w.borrow().is_empty())
}

/// Starts watching `f`, whose exception was just set.
pub fn watch(f: Value) {
    if WATCHED.with(|w| w.borrow().is_empty()) && DUE.with(|d| d.borrow().is_empty()) {
        install();
    }
    WATCHED.with(|w| w.borrow_mut().push(f));
    FRESH.with(|n| n.set(n.get() + 1));
}

/// Keeps task `t`, whose exception propagates out of the loop, until exit.
pub fn hold_until_exit(t: Value) {
    install();
    HELD.with(|h| h.borrow_mut().push(t));
}

/// Whether a future began owing a report since the last collection.
pub fn fresh() -> bool {
    FRESH.with(|n| n.get() > 0)
}

/// CPython reports a future the moment its last reference goes, which for
/// a task nobody kept is as soon as its last step ends. A tracing
/// collector learns of it only when it runs: this runs one when the loop
/// is about to wait, if a future began owing a report since the last
/// collection (at most one collection per such future, and none in
/// programs whose exceptions are all retrieved).
#[inline(never)]
pub fn collect_if_fresh() {
    let fresh = FRESH.with(|n| n.get());
    if fresh == 0 {
        return;
    }
    let owing = WATCHED.with(|w| {
        let w = w.borrow();
        w[w.len().saturating_sub(fresh)..].iter().any(|&f| flag(f, LOG_TRACEBACK))
    });
    FRESH.with(|n| n.set(0));
    if owing {
        heap::collect();
    }
}

/// Before the program writes to stderr: CPython reported a future that
/// went owing a report the moment it went, so before anything written
/// after. While some future owes one, a collection now finds whether it
/// went, and it reports first. (One that began owing since the last
/// collection always; one found alive before, a bounded number of times:
/// a program logging much while it keeps a failed task pays no more.)
pub fn report_before_stderr() {
    thread_local! {
        /// Set while reporting (the report itself writes to stderr).
        static REPORTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
        /// Collections left for futures that were alive at the last one.
        static BUDGET: std::cell::Cell<u32> = const { std::cell::Cell::new(64) };
    }
    if !super::loaded() {
        return;
    }
    let owing = WATCHED.with(|w| w.borrow().iter().any(|&f| flag(f, LOG_TRACEBACK)));
    let due = DUE.with(|d| !d.borrow().is_empty());
    if !owing && !due || REPORTING.with(|r| r.replace(true)) {
        return;
    }
    let collect = owing
        && (fresh()
            || BUDGET.with(|b| {
                let left = b.get();
                b.set(left.saturating_sub(1));
                left > 0
            }));
    if collect {
        heap::clear_stack_near();
        heap::collect();
        FRESH.with(|n| n.set(0));
    }
    if report_due().is_err() {
        // As a failing finalizer's error: not the program's.
        crate::runtime::vm::take_exception();
    }
    REPORTING.with(|r| r.set(false));
}

/// `collect_if_fresh` for any future still owing, fresh or not: when a
/// `run_until_complete` returns, the frames of what it ran are gone, and
/// the tasks only they held with them.
pub fn collect_if_owing() {
    FRESH.with(|n| n.set(WATCHED.with(|w| w.borrow().len())));
    collect_if_fresh();
}

/// Registers the collector hooks once.
fn install() {
    thread_local! {
        static INSTALLED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if !INSTALLED.with(|i| i.replace(true)) {
        heap::add_resurrector(resurrect);
        heap::add_root_set(|visit| DUE.with(|d| d.borrow().iter().for_each(|&f| visit(f))));
        heap::add_root_set(|visit| HELD.with(|h| h.borrow().iter().for_each(|&f| visit(f))));
    }
}

/// After marking: the watched futures that died still owing a report are
/// kept, and become due.
fn resurrect(is_marked: &dyn Fn(Value) -> bool) -> Vec<Value> {
    FRESH.with(|n| n.set(0));
    let mut dead = Vec::new();
    WATCHED.with(|w| {
        w.borrow_mut().retain(|&f| {
            let owes = flag(f, LOG_TRACEBACK);
            if !is_marked(f) && owes {
                dead.push(f);
            }
            is_marked(f) && owes
        })
    });
    DUE.with(|d| d.borrow_mut().extend_from_slice(&dead));
    dead
}

/// Reports the futures that died owing a report.
pub fn report_due() -> PyResult<()> {
    if DUE.with(|d| d.borrow().is_empty()) {
        return Ok(());
    }
    let due = DUE.with(|d| std::mem::take(&mut *d.borrow_mut()));
    let _keep = heap::Rooted::new();
    for &f in &due {
        _keep.add(f);
    }
    for f in due {
        report(f)?;
    }
    Ok(())
}

/// At exit everything goes: every future still owing a report makes it,
/// and every task still pending says it was destroyed so.
pub fn report_at_exit() -> PyResult<()> {
    let live = WATCHED.with(|w| std::mem::take(&mut *w.borrow_mut()));
    DUE.with(|d| d.borrow_mut().extend(live));
    report_due()?;
    if super::with_core(|c| c.pending_tasks) == 0 {
        return Ok(());
    }
    let mut pending = Vec::new();
    heap::for_each_object(|h| {
        let v = Value::from_ptr(h);
        // (A task whose construction failed has no loop: it never existed.)
        if super::task::is_task(v) && !slot(v, LOOP).is_null() && super::future::state(v) == super::future::PENDING
            && !super::future::flag(v, super::future::QUIET_PENDING)
        {
            pending.push(v);
        }
    });
    let _keep = heap::Rooted::new();
    for &t in &pending {
        _keep.add(t);
    }
    for t in pending {
        call_exception_handler(t, &[("message", new_str("Task was destroyed but it is pending!")), ("task", t)])?;
    }
    Ok(())
}

/// `loop.call_exception_handler(context)` on the loop of `f`, with the
/// context made of `entries`.
fn call_exception_handler(f: Value, entries: &[(&str, Value)]) -> PyResult<()> {
    let context = new_dict();
    for &(key, value) in entries {
        table(context).set(new_str(key), value)?;
    }
    let handler = crate::runtime::attr::getattr(slot(f, LOOP), intern("call_exception_handler"))?;
    crate::runtime::call::call(handler, &[context], &[])?;
    Ok(())
}

/// Calls `loop.call_exception_handler` about `f`, as `Future.__del__` does.
fn report(f: Value) -> PyResult<()> {
    if !flag(f, LOG_TRACEBACK) {
        return Ok(());
    }
    set_flag(f, LOG_TRACEBACK, false);
    // CPython names the class: Task, Future, _GatheringFuture, a subclass.
    let what = crate::runtime::class::class_obj(crate::runtime::class::type_of(f)).name.clone();
    let message = new_str(&format!("{what} exception was never retrieved"));
    call_exception_handler(f, &[("message", message), ("exception", exception_slot(f)), ("future", f)])
}
