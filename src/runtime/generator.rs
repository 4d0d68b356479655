//! Generator and coroutine objects: a heap frame (the function's variables
//! and the temporaries live across suspensions), the state number the
//! compiled resume function dispatches on, and the protocol built on it:
//! `send`, `throw`, `close`, iteration, and delegation (`yield from`).

use std::cell::Cell;

use super::class::isinstance;
use super::exception::new_exception;
use super::function::{CodeInfo, GenKind};
use super::heap;
use super::object::{kind_of, Header, Kind};
use super::value::Value;
use super::vm::{exc_class, none, raise_named, set_exception, take_exception, vm, Exc, PyResult};

/// The state of a generator that has finished.
pub const FINISHED: i64 = -1;
/// Returned by a resume function when the body returned (value in `retval`).
pub const RETURNED: Value = Value(16);
/// Resume mode: send a value.
pub const MODE_SEND: i64 = 0;
/// Resume mode: the pending exception is thrown in at the suspension point.
pub const MODE_THROW: i64 = 1;
/// Resume mode: start a generator just made, at state 0 (sent None).
pub const MODE_START: i64 = 2;
/// Resume mode, at a `yield from`/`await` only: the delegate was run to
/// its return past this frame (see `compile::inline_resume`); take its
/// return value.
pub const MODE_DELEGATE_RETURNED: i64 = 3;
/// Resume mode, at a `yield from`/`await` only: the delegate was run past
/// this frame and raised (the exception is pending); raise it here.
pub const MODE_DELEGATE_RAISED: i64 = 4;

/// A generator or coroutine: this struct, then its frame (the function's
/// variables and the temporaries live across suspensions) inline, so making
/// one is a single allocation. Four words: the header's spare word holds
/// the state (where to resume: 0 before the start, k at suspension point
/// k, -1 done) and its flags the RUNNING and SAVED_HANDLED bits and the
/// frame's slot count; the code is the function's, and the exceptions an
/// `except` block was handling when it suspended are kept aside (see
/// `handled::save`).
#[repr(C)]
pub struct GenObj {
    /// Common header (the class says generator or coroutine).
    pub header: Header,
    /// The function object (its code, closure cells and globals).
    pub func: Value,
    /// While suspended in a `yield from` / `await`: the iterator delegated
    /// to (compiled code keeps it here), else NULL. Once finished: the
    /// return value.
    pub delegate: Cell<Value>,
}

/// `header.flags` bit: the body is running ("generator already executing").
pub const RUNNING: u16 = 1;
/// `header.flags` bit: exceptions it was handling wait in `handled::save`.
pub const SAVED_HANDLED: u16 = 2;

/// `header.flags` holds the frame's slot count from this bit up...
pub const SLOTS_SHIFT: u32 = 2;
/// ...up to this many; a larger frame (only a huge function has one)
/// stores this and its size is its code's `frame_slots`.
pub const MAX_HEADER_SLOTS: usize = (u16::MAX >> SLOTS_SHIFT) as usize;

/// Offset of the inline frame in a generator, for compiled code.
pub const FRAME_OFFSET: i32 = std::mem::size_of::<GenObj>() as i32;
/// Offset of the state (an i32) in a generator, for compiled code.
pub const STATE_OFFSET: i32 = std::mem::offset_of!(Header, extra) as i32;
/// Offset of `delegate` in a generator, for compiled code.
pub const DELEGATE_OFFSET: i32 = std::mem::offset_of!(GenObj, delegate) as i32;
/// Offset of the return value of a finished generator, for compiled code.
pub const RETVAL_OFFSET: i32 = DELEGATE_OFFSET;
/// Offset of `func` in a generator, for compiled code.
pub const FUNC_OFFSET: i32 = std::mem::offset_of!(GenObj, func) as i32;

impl GenObj {
    /// The function's code (its resume entry and names).
    #[inline]
    pub fn code(&self) -> &'static CodeInfo {
        super::function::func_obj(self.func).code
    }

    /// The return value, once finished.
    pub fn retval(&self) -> Value {
        self.delegate.get()
    }

    /// The frame slots.
    pub fn frame(&self) -> &[Cell<Value>] {
        let n = self.slots();
        // SAFETY: `n` slots follow the struct (see `new_generator`).
        unsafe { std::slice::from_raw_parts((self as *const GenObj).add(1) as *const Cell<Value>, n) }
    }

    /// The number of frame slots.
    #[inline]
    pub fn slots(&self) -> usize {
        let n = (self.header.flags.get() >> SLOTS_SHIFT) as usize;
        if n == MAX_HEADER_SLOTS {
            return self.code().frame_slots;
        }
        n
    }

    /// Where to resume (see the struct comment).
    #[inline]
    pub fn state(&self) -> i64 {
        self.header.extra.get() as i32 as i64
    }

    #[inline]
    pub fn set_state(&self, state: i64) {
        self.header.extra.set(state as i32 as u32);
    }

    /// The line it is stopped at: its suspension point's, or its
    /// definition's before it starts (and once it finished).
    pub fn current_line(&self) -> u32 {
        let code = self.code();
        usize::try_from(self.state() - 1).ok().and_then(|i| code.suspension_points.get(i)).map_or(code.first_line, |p| p.line)
    }

    /// Running now: its code is on the stack.
    pub fn running(&self) -> bool {
        self.header.flags.get() & RUNNING != 0
    }

    /// Started and not finished: stopped at a yield or an await.
    pub fn suspended(&self) -> bool {
        let state = self.state();
        state != 0 && state != FINISHED
    }

    /// Suspended inside a `yield from`/`await` of its own (for a coroutine
    /// or async generator: some awaiter is driving it).
    pub fn delegating(&self) -> bool {
        self.suspended() && !self.delegate.get().is_null()
    }

    fn set_running(&self, on: bool) {
        let f = self.header.flags.get();
        self.header.flags.set(if on { f | RUNNING } else { f & !RUNNING });
    }
}

thread_local! {
    /// At least the number of coroutines made and never started (exit looks
    /// for those only when there may be some).
    static UNSTARTED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// The functions whose coroutines were reported as never awaited.
    static WARNED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// True when some coroutine may never have been started.
pub fn unstarted_coroutines() -> bool {
    UNSTARTED.with(|n| n.get() > 0)
}

/// `g` leaves state 0 (started, thrown into or closed first).
fn leave_start(g: &GenObj) {
    if g.code().generator == Some(GenKind::Coroutine) && g.state() == 0 {
        UNSTARTED.with(|n| n.set(n.get().saturating_sub(1)));
    }
    if g.code().generator == Some(GenKind::AsyncGenerator) && g.state() == 0 {
        track_async_generator(Value::from_ptr(g as *const GenObj as *mut GenObj));
    }
}

thread_local! {
    /// The async generators that started, as CPython's loop keeps them in
    /// a weak set: not roots; a collection drops those it finds finished
    /// or unreachable.
    static ASYNC_GENS: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Started async generators a collection found unreachable while
    /// suspended, kept alive (roots) to be closed, as CPython's finalizer
    /// hook has the loop close them with `aclose()`; each with whether
    /// `asyncio.run`'s main task had finished when it was found.
    static DROPPED_ASYNC_GENS: std::cell::RefCell<Vec<(Value, bool)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Starts tracking `gv`, an async generator taking its first step.
fn track_async_generator(gv: Value) {
    let first = ASYNC_GENS.with(|gens| {
        let mut gens = gens.borrow_mut();
        gens.push(gv);
        gens.len() == 1 && DROPPED_ASYNC_GENS.with(|d| d.borrow().is_empty())
    });
    thread_local!(static HOOKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if first && !HOOKED.with(|h| h.replace(true)) {
        super::heap::add_resurrector(keep_dropped_async_generators);
        super::heap::add_root_set(|visit| DROPPED_ASYNC_GENS.with(|d| d.borrow().iter().for_each(|&(g, _)| visit(g))));
    }
}

/// After marking: forgets the tracked async generators that finished or
/// died finished, and keeps the unreachable suspended ones for closing.
fn keep_dropped_async_generators(is_marked: &dyn Fn(Value) -> bool) -> Vec<Value> {
    let mut dropped = Vec::new();
    ASYNC_GENS.with(|gens| {
        gens.borrow_mut().retain(|&gv| {
            let g = gen_obj(gv);
            if is_marked(gv) {
                return g.state() != FINISHED;
            }
            if g.suspended() && !g.running() {
                dropped.push(gv);
            }
            false
        })
    });
    let late = crate::modules::asyncio::loaded() && crate::modules::asyncio::main_task_finished();
    DROPPED_ASYNC_GENS.with(|d| d.borrow_mut().extend(dropped.iter().map(|&g| (g, late))));
    dropped
}

/// Stops tracking `gv` (closed by other means than the loop's shutdown).
pub fn forget_async_generator(gv: Value) {
    ASYNC_GENS.with(|gens| gens.borrow_mut().retain(|&g| g != gv));
}

/// The async generators started, left suspended and still reachable: those
/// a loop's `shutdown_asyncgens` closes.
pub fn suspended_async_generators() -> Vec<Value> {
    let mut found: Vec<Value> = ASYNC_GENS.with(|gens| gens.borrow().clone());
    found.retain(|&gv| {
        let g = gen_obj(gv);
        g.suspended() && !g.running()
    });
    found
}

/// Finalizes the async generators dropped while suspended, as CPython's
/// loop does when they are freed, at the end of `asyncio.run` at the
/// latest (a collection runs first to find them all); what their
/// `finally` blocks do up to their first `await` is all they do (an error
/// is ignored, as in a finalizer). Those dropped while the main task ran
/// get GeneratorExit (`aclose()` ran for each as it was freed). Those
/// found after it finished were most likely freed as the main coroutine
/// ended (its locals): their `aclose()` task is cancelled by the shutdown
/// before it starts, so `late_exception` (CancelledError) is thrown in.
pub fn close_dropped_async_generators(late_exception: Value) {
    if ASYNC_GENS.with(|g| g.borrow().is_empty()) && DROPPED_ASYNC_GENS.with(|d| d.borrow().is_empty()) {
        return;
    }
    super::heap::collect();
    let dropped = DROPPED_ASYNC_GENS.with(|d| std::mem::take(&mut *d.borrow_mut()));
    // Untracked now: rooted while the first ones close.
    let keep = super::heap::Rooted::new();
    dropped.iter().for_each(|&(gv, _)| {
        keep.add(gv);
    });
    for (gv, late) in dropped {
        let finished = if late {
            super::call::call(late_exception, &[], &[]).and_then(|exc| throw(gv, exc)).map(|_| ())
        } else {
            close(gv)
        };
        if finished.is_err() {
            take_exception();
        }
    }
}

/// From now on (a function that can suspend inside a `try` or `with` was
/// compiled), a collection keeps each generator or coroutine it finds
/// unreachable while stopped at such a point, for `close_dropped`: CPython
/// closes one when it frees it, and its `finally` blocks run.
pub fn close_when_dropped() {
    super::heap::set_finalizable(wants_close);
}

/// True for a dropped generator or coroutine whose closing runs its code.
fn wants_close(h: *mut Header) -> bool {
    // SAFETY: the collector passes allocated objects; generator-kind ones
    // are GenObj, and what they reference is not yet swept.
    unsafe {
        if (*h).kind.get() != Kind::Generator {
            return false;
        }
        let g = &*(h as *const GenObj);
        let code = g.code();
        code.generator != Some(GenKind::AsyncGenerator)
            && g.suspended()
            && !g.running()
            && code.suspension_points.get(g.state() as usize - 1).is_some_and(|p| p.cleanup)
    }
}

/// Closes the generators and coroutines collections found dropped (see
/// `close_when_dropped`), oldest first; what a `finally` raises is
/// reported as CPython reports an error in a finalizer.
pub fn close_dropped() {
    let mut gens = super::heap::take_finalizable();
    // CPython closes each as its last reference goes, which a tracing
    // collector cannot know; of those one collection found, the order is
    // made independent of where they lie in the heap: by where their
    // functions are defined (so usually the order they were made in).
    gens.sort_by_key(|&g| {
        let code = gen_obj(g).code();
        (code.filename.clone(), code.first_line)
    });
    close_all_reporting(gens);
}

/// Closes `gens` in order with `close_reporting`, each kept alive while
/// earlier ones close (a `finally` may allocate).
pub fn close_all_reporting(gens: Vec<Value>) {
    // The common case: the event loop asks every iteration.
    if gens.is_empty() {
        return;
    }
    let keep = super::heap::Rooted::new();
    gens.iter().for_each(|&gv| {
        keep.add(gv);
    });
    for gv in gens {
        // (Closing an earlier one may have finished this one.)
        if gen_obj(gv).suspended() {
            close_reporting(gv);
        }
    }
}

/// Collects, then closes every generator and coroutine found dropped (at
/// `gc.collect()` and at exit).
pub fn collect_and_close_dropped() {
    if super::heap::finalizing() {
        super::heap::collect();
    }
    close_dropped();
}

/// Prints CPython's RuntimeWarning for a coroutine that was never started
/// (called at its collection, and for every one left at exit). CPython
/// names the line that dropped it; a tracing collector cannot know it, so
/// this is the form CPython uses at shutdown, and like CPython's default
/// warning filter it reports each message once. Before exit, CPython's
/// warnings module follows it with a line about tracemalloc.
pub fn warn_if_never_awaited(g: &GenObj, at_exit: bool) {
    if g.code().generator == Some(GenKind::Coroutine) && g.state() == 0 && !g.running() {
        // Once only, should the object be seen again.
        leave_start(g);
        g.set_state(FINISHED);
        if at_exit && warn_through_module(Value::from_ptr(g as *const GenObj as *mut Header)) {
            return;
        }
        let name: &'static str = &g.code().qualname;
        if WARNED.with(|w| !w.borrow().contains(&name) && { w.borrow_mut().push(name); true }) {
            eprintln!("sys:1: RuntimeWarning: coroutine '{name}' was never awaited");
            if !at_exit {
                eprintln!("RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
            }
        }
    }
}

/// Warns of coroutine `g`, never started, dropped by the statement at
/// `file:line`, as CPython's warnings module shows it: the place and the
/// statement, once per coroutine name and place (its "default" action).
pub fn warn_dropped_unawaited(gv: Value, file: &str, line: u32) {
    let g = gen_obj(gv);
    thread_local! {
        /// The (coroutine, file, line) already warned of.
        static WARNED_AT: std::cell::RefCell<Vec<(&'static str, String, u32)>> = const { std::cell::RefCell::new(Vec::new()) };
    }
    leave_start(g);
    g.set_state(FINISHED);
    if warn_through_module(gv) {
        return;
    }
    let name: &'static str = &g.code().qualname;
    let new = WARNED_AT.with(|w| {
        let mut w = w.borrow_mut();
        let known = w.iter().any(|(n, f, l)| *n == name && f == file && *l == line);
        if !known {
            w.push((name, file.to_string(), line));
        }
        !known
    });
    if new {
        let mut text = format!("{file}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n");
        if let Some(source) = super::exception::source_line(file, line) {
            text += &format!("  {}\n", source.trim());
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
        let _ = std::io::Write::flush(&mut std::io::stdout());
        eprint!("{text}");
    }
}

/// Once the program loaded `warnings`, warns of `gv`, a coroutine dropped
/// unawaited, through its `_warn_unawaited_coroutine`, so that its filters
/// decide (CPython always goes that way; without the module, the default
/// filters' result is printed directly). An exception the warning raises
/// (an 'error' filter) is reported as raised in a finalizer. False when
/// the module is not loaded.
fn warn_through_module(gv: Value) -> bool {
    let Some(warnings) = vm().modules.borrow().get("warnings").copied() else { return false };
    let helper = super::module::get_global(warnings, "_warn_unawaited_coroutine");
    if helper.is_null() {
        return false;
    }
    let _ = std::io::Write::flush(&mut std::io::stdout());
    if super::call::call(helper, &[gv], &[]).is_err() {
        let exc = take_exception();
        let what = super::ops::repr(gv).unwrap_or_default();
        eprint!("Exception ignored in: {what}\n{}", super::exception::format_unraisable(exc));
    }
    true
}

/// Makes a generator for `func` (whose code is a generator function) with
/// its parameters `args` in the first frame slots.
pub fn new_generator(func: Value, code: &'static CodeInfo, args: &[Value]) -> Value {
    let slots = code.frame_slots.max(args.len());
    let class = match code.generator {
        Some(GenKind::Coroutine) => {
            UNSTARTED.with(|n| n.set(n.get() + 1));
            vm().classes.coroutine
        }
        Some(GenKind::AsyncGenerator) => vm().classes.async_generator,
        _ => vm().classes.generator,
    };
    let header = Header::new(class, Kind::Generator);
    header.flags.set((slots.min(MAX_HEADER_SLOTS) as u16) << SLOTS_SHIFT);
    let obj = GenObj { header, func, delegate: Cell::new(Value::NULL) };
    let g = heap::alloc_with_tail(obj, slots);
    // SAFETY: just allocated with `slots` slots after the struct.
    unsafe {
        std::ptr::copy_nonoverlapping(args.as_ptr(), g.add(1) as *mut Value, args.len());
    }
    if code.suspends_in_cleanup && code.generator != Some(GenKind::AsyncGenerator) {
        heap::may_finalize(g as *mut Header);
    }
    let v = Value::from_ptr(g);
    if code.generator == Some(GenKind::Coroutine) {
        vm().last_coroutine.set(!(v.0 as u64));
    }
    v
}

/// How asyncio's reprs describe a coroutine: `f() running at FILE:LINE`
/// (where it is suspended, or its definition before it starts) or
/// `f() done, defined at FILE:LINE`.
pub fn describe(gv: Value) -> String {
    let g = gen_obj(gv);
    let code = g.code();
    match g.state() {
        FINISHED => format!("{}() done, defined at {}:{}", code.qualname, code.filename, code.first_line),
        _ => format!("{}() running at {}:{}", code.qualname, code.filename, g.current_line()),
    }
}

/// The struct of a generator value.
#[inline]
pub fn gen_obj(v: Value) -> &'static GenObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<GenObj>() }
}

/// True for generator (not coroutine) objects.
pub fn is_generator(v: Value) -> bool {
    !v.is_null() && kind_of(v) == Kind::Generator
}

/// What one resumption produced.
pub enum Step {
    /// The body suspended, producing this value.
    Yield(Value),
    /// The body returned this value.
    Return(Value),
}

fn word_kind(g: &GenObj) -> &'static str {
    match g.code().generator {
        Some(GenKind::Coroutine) => "coroutine",
        Some(GenKind::AsyncGenerator) => "async generator",
        _ => "generator",
    }
}

/// Resumes generator `g`: with `value` sent in (MODE_SEND), or with the
/// pending exception thrown in (MODE_THROW).
pub fn resume(gv: Value, value: Value, mode: i64) -> PyResult<Step> {
    let g = gen_obj(gv);
    if g.running() {
        return raise_named("ValueError", format!("{} already executing", word_kind(g)));
    }
    let state = g.state();
    if state == FINISHED {
        if mode == MODE_THROW {
            return Err(Exc);
        }
        if g.code().generator == Some(GenKind::Coroutine) {
            return raise_named("RuntimeError", "cannot reuse already awaited coroutine");
        }
        return Ok(Step::Return(none()));
    }
    if state == 0 && mode == MODE_SEND && value != none() {
        return raise_named(
            "TypeError",
            format!("can't send non-None value to a just-started {}", word_kind(g)),
        );
    }
    if state == 0 && mode == MODE_THROW {
        // Thrown into a generator that never started: it finishes at once,
        // raising at its first line.
        leave_start(g);
        g.set_state(FINISHED);
        let code = g.code();
        if !code.hidden_frame {
            let whole_line = super::positions::Position { line: code.first_line, end_line: code.first_line + 1, col: 0, end_col: 0 };
            let position = super::positions::intern(whole_line);
            // SAFETY: code descriptors and their strings are leaked.
            let (file, name): (&'static str, &'static str) = unsafe { (&*(code.filename.as_str() as *const str), &*(code.name.as_str() as *const str)) };
            super::exception::add_traceback(vm().current_exc.get(), file, name, position, &code.local_names);
        }
        return Err(Exc);
    }
    if mode == MODE_SEND && delegates_twice(gv) {
        return resume_chain(gv, value);
    }
    run(gv, value, mode)
}

/// True when `gv` delegates to a generator that delegates to one in turn
/// (`resume_chain` then skips a level or more).
pub fn delegates_twice(gv: Value) -> bool {
    let d = gen_obj(gv).delegate.get();
    is_generator(d) && is_generator(gen_obj(d).delegate.get())
}

/// The innermost generator of the chain `gv` delegates through: while
/// the delegate is a generator or coroutine stopped at a suspension point
/// and idle, its delegate in turn.
fn innermost(gv: Value) -> Value {
    let mut t = gv;
    loop {
        let d = gen_obj(t).delegate.get();
        if !is_generator(d) {
            return t;
        }
        let g = gen_obj(d);
        if !g.suspended() || g.running() || g.code().generator == Some(GenKind::AsyncGenerator) {
            return t;
        }
        t = d;
    }
}

/// Sends `value` into `gv`, a generator stopped in a `yield from` (or a
/// coroutine in an `await`) of another: each level would pass the value
/// down and what is yielded back up unchanged, so only the innermost
/// level runs. When it returns or raises, the level above is resumed to
/// take that (`MODE_DELEGATE_RETURNED` / `MODE_DELEGATE_RAISED`), and so
/// on until some level yields or `gv` itself ends. A value yielded 17
/// levels down a recursive tree walk then costs one resume, not 17.
/// `gv` counts as running throughout (a nested resume of it fails).
pub fn resume_chain(gv: Value, value: Value) -> PyResult<Step> {
    let top = gen_obj(gv);
    top.set_running(true);
    let (mut value, mut mode) = (value, MODE_SEND);
    loop {
        let t = innermost(gv);
        if t == gv {
            top.set_running(false);
            return run(gv, value, mode);
        }
        match run_innermost(gv, t, value, mode) {
            Ok(Step::Yield(v)) => {
                top.set_running(false);
                return Ok(Step::Yield(v));
            }
            Ok(Step::Return(_)) => (value, mode) = (none(), MODE_DELEGATE_RETURNED),
            Err(Exc) => (value, mode) = (Value::NULL, MODE_DELEGATE_RAISED),
        }
    }
}

/// Runs `t`, the innermost level of the chain below `gv`, with what the
/// levels it skips were handling on the handled stack, as if each had
/// resumed the next (`sys.exc_info()` and a new exception's context see
/// an `except` block the awaiting coroutine suspended in).
///
/// Each skipped level counts toward the recursion depth while `t` runs,
/// as each would be a nested resume in CPython: a chain that grows a
/// level at a time (`yield from f(n + 1)` after a yield) meets the
/// recursion limit as it does there.
fn run_innermost(gv: Value, t: Value, value: Value, mode: i64) -> PyResult<Step> {
    let base = vm().handled.len();
    let mut level = gv;
    let mut skipped = 0;
    while level != t {
        super::handled::push_saved(level, &vm().handled);
        level = gen_obj(level).delegate.get();
        skipped += 1;
    }
    let r = super::vm::deeper_by(skipped, || super::stack_walk::run_skipping(gv, t, || run(t, value, mode)));
    vm().handled.split_off(base);
    r
}

/// Runs the body of `gv` from its current state (checked by the caller).
fn run(gv: Value, value: Value, mode: i64) -> PyResult<Step> {
    let g = gen_obj(gv);
    // Restore the exceptions it was handling when it suspended.
    let base = vm().handled.len();
    if let Some(saved) = super::handled::take_saved(gv) {
        saved.iter().for_each(|&v| vm().handled.push(v));
        // An exception thrown in where the generator handles one has
        // that one as its context.
        let (thrown, top) = (vm().current_exc.get(), saved.last().copied());
        if let (true, Some(top)) = (mode == MODE_THROW && !thrown.is_null(), top) {
            if top != thrown {
                super::exception::set_context_if_unset(thrown, top);
            }
        }
    }
    leave_start(g);
    g.set_running(true);
    let entry: extern "C" fn(Value, Value, i64) -> Value =
        // SAFETY: resume entries are compiled with this signature.
        unsafe { std::mem::transmute(g.code().resume_entry) };
    let r = entry(gv, value, mode);
    g.set_running(false);
    settle_handled(gv, base);
    if r.is_null() {
        escaped_exception(g);
        clear_frame(g);
        return Err(Exc);
    }
    if r == RETURNED {
        clear_frame(g);
        return Ok(Step::Return(g.retval()));
    }
    Ok(Step::Yield(r))
}

/// A finished generator lets go of its locals, as CPython clears the
/// frame (what they reference may be collected, or finalized).
fn clear_frame(g: &GenObj) {
    g.frame().iter().for_each(|slot| slot.set(Value::NULL));
}

/// After the body of `g` ran: the exceptions it still handles (above
/// `base`) belong to its frame until it resumes.
pub fn settle_handled(gv: Value, base: usize) {
    if vm().handled.len() > base {
        let extra = vm().handled.split_off(base);
        if gen_obj(gv).state() != FINISHED {
            super::handled::save(gv, extra);
        }
    }
}

/// The body of `g` raised (the exception is pending): it is finished, and
/// by PEP 479 a StopIteration escaping it becomes RuntimeError.
pub fn escaped_exception(g: &GenObj) {
    g.set_state(FINISHED);
    let exc = vm().current_exc.get();
    let async_gen = g.code().generator == Some(GenKind::AsyncGenerator);
    if isinstance(exc, exc_class("StopIteration")) || (async_gen && isinstance(exc, exc_class("StopAsyncIteration"))) {
        let which = if isinstance(exc, exc_class("StopIteration")) { "StopIteration" } else { "StopAsyncIteration" };
        take_exception();
        let new = new_exception(
            exc_class("RuntimeError"),
            &[super::str::new_str(&format!("{} raised {which}", word_kind(g)))],
        );
        super::exception::exc_obj(new).cause.set(exc);
        super::exception::exc_obj(new).context.set(exc);
        super::exception::exc_obj(new).suppress_context.set(true);
        set_exception(new);
    }
}

/// `gen.throw(exc)`: raises `exc` at the suspension point.
pub fn throw(gv: Value, exc: Value) -> PyResult<Step> {
    let exc = if kind_of(exc) == Kind::Class && super::class::class_obj(exc).is_exception.get() {
        super::call::call(exc, &[], &[])?
    } else {
        exc
    };
    if !super::exception::is_exception(exc) {
        let message = format!("exceptions must be classes or instances deriving from BaseException, not {}", super::ops::type_name(exc));
        return raise_named("TypeError", message);
    }
    // Raised inside the generator: the caller's handled exception is not
    // its context.
    vm().current_exc.set(exc);
    resume(gv, Value::NULL, MODE_THROW)
}

/// `gen.close()`: throws GeneratorExit in; fine if it finishes or re-raises it.
pub fn close(gv: Value) -> PyResult<()> {
    let g = gen_obj(gv);
    if g.running() {
        return raise_named("ValueError", format!("{} already executing", word_kind(g)));
    }
    let state = g.state();
    if state == FINISHED {
        return Ok(());
    }
    if state == 0 {
        leave_start(g);
        g.set_state(FINISHED);
        return Ok(());
    }
    let exit = new_exception(exc_class("GeneratorExit"), &[]);
    set_exception(exit);
    match resume(gv, Value::NULL, MODE_THROW) {
        Ok(Step::Yield(_)) => raise_named("RuntimeError", format!("{} ignored GeneratorExit", word_kind(g))),
        Ok(Step::Return(_)) => Ok(()),
        Err(e) => {
            let exc = vm().current_exc.get();
            if isinstance(exc, exc_class("GeneratorExit")) || isinstance(exc, exc_class("StopIteration")) {
                take_exception();
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// Closes `gv` as a finalizer does: what `close()` raises is reported on
/// stderr as CPython reports an error in a finalizer, not raised.
pub fn close_reporting(gv: Value) {
    if close(gv).is_err() {
        let exc = take_exception();
        let what = super::ops::repr(gv).unwrap_or_default();
        eprint!("Exception ignored in: {what}\n{}", super::exception::format_unraisable(exc));
    }
}

/// `next(gen)` for the iteration protocol: None when it finished.
pub fn next(gv: Value) -> PyResult<Option<Value>> {
    match resume(gv, none(), MODE_SEND)? {
        Step::Yield(v) => Ok(Some(v)),
        Step::Return(_) => Ok(None),
    }
}

/// Raises `StopIteration(value)` (what `send` reports when the body returns).
pub fn stop_iteration<T>(value: Value) -> PyResult<T> {
    let args: Vec<Value> = if value == none() { vec![] } else { vec![value] };
    let exc = new_exception(exc_class("StopIteration"), &args);
    set_exception(exc);
    Err(Exc)
}

/// Calls `visit` on everything a generator references.
pub fn trace(g: &GenObj, visit: &mut dyn FnMut(Value)) {
    visit(g.func);
    visit(g.delegate.get());
    g.frame().iter().for_each(|v| visit(v.get()));
}

/// `generator.send`, `coroutine.close`...: how CPython names a method of
/// the receiver's kind in its argument-count errors.
fn qualified(args: &[Value], method: &str) -> String {
    match args.first() {
        Some(&g) if is_generator(g) => format!("{}.{method}", word_kind(gen_obj(g))),
        _ => method.to_string(),
    }
}

fn gen_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method(&qualified(args, "send"), args, kw, 1, 1)?;
    match resume(a[0], a[1], MODE_SEND)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => stop_iteration(v),
    }
}

/// What `throw(type, value)` and `athrow(type, value)` throw (`a` holds
/// the receiver first): a value that is already an instance of the type
/// as it is; a tuple holds the type's arguments, another value is its one
/// argument. The type alone is returned as given.
fn thrown(a: &[Value]) -> PyResult<Value> {
    Ok(match a.get(2) {
        Some(&v) if v != none() && kind_of(a[1]) == Kind::Class && isinstance(v, a[1]) => v,
        Some(&v) if v != none() && kind_of(a[1]) == Kind::Class && kind_of(v) == Kind::Tuple => {
            super::call::call(a[1], super::seq::tuple_items(v), &[])?
        }
        Some(&v) if v != none() && kind_of(a[1]) == Kind::Class => super::call::call(a[1], &[v], &[])?,
        Some(&v) if v != none() && super::exception::is_exception(a[1]) => {
            return raise_named("TypeError", "instance exception may not have a separate value");
        }
        _ => a[1],
    })
}

fn gen_throw(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("throw", args, kw, 1, 3)?;
    let exc = thrown(a)?;
    match throw(a[0], exc)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => stop_iteration(v),
    }
}

fn gen_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method(&qualified(args, "close"), args, kw, 0, 0)?;
    close(a[0])?;
    Ok(none())
}

/// `coroutine.__await__()`: an iterator whose `send`/`throw`/`close`
/// drive the coroutine (CPython's `coroutine_wrapper`).
fn coro_await(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__await__", args, kw, 0, 0)?;
    Ok(super::iter::new_iter_of(vm().classes.coroutine_wrapper, super::iter::IterState::CoroWrapper { coro: a[0] }))
}

/// The coroutine a `coroutine_wrapper` drives, in place of the receiver.
fn unwrap_coroutine(args: &[Value]) -> PyResult<Vec<Value>> {
    let Some(coro) = args.first().and_then(|&w| super::iter::wrapped_coroutine(w)) else {
        return raise_named("TypeError", "descriptor requires a 'coroutine_wrapper' object");
    };
    let mut a = args.to_vec();
    a[0] = coro;
    Ok(a)
}

fn wrapper_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gen_send(&unwrap_coroutine(args)?, kw)
}

fn wrapper_throw(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gen_throw(&unwrap_coroutine(args)?, kw)
}

fn wrapper_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gen_close(&unwrap_coroutine(args)?, kw)
}

fn wrapper_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    gen_next(&unwrap_coroutine(args)?, kw)
}

fn gen_iter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn gen_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        // A slot wrapper's message.
        return raise_named("TypeError", format!("expected 0 arguments, got {}", args.len().saturating_sub(1) + kw.len()));
    }
    let a = super::args::method("__next__", args, kw, 0, 0)?;
    match resume(a[0], none(), MODE_SEND)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => stop_iteration(v),
    }
}

/// Drives one `__anext__`/`asend` awaitable: resumes the async generator
/// and finishes (Return) when it yields a value; awaits inside it pass
/// through (Yield). The body returning raises StopAsyncIteration.
pub fn asend_step(step: Value, sent: Value, mode: i64) -> PyResult<Step> {
    let throws = step.header().class.get() == vm().classes.agen_athrow;
    let super::iter::IterState::AsyncGenStep { agen, value, started, throw, close, thrown_into } = super::iter::state(step) else {
        let which = if throws { "aclose()/athrow()" } else { "__anext__()/asend()" };
        return raise_named("RuntimeError", format!("cannot reuse already awaited {which}"));
    };
    let (agen, closing) = (*agen, *close);
    if throws && mode == MODE_SEND && gen_obj(agen).state() == FINISHED {
        // As in CPython 3.11, an `athrow()`/`aclose()` of a generator that
        // is over (exhausted, closed, or ended by this very throw) just
        // returns None.
        *super::iter::state(step) = super::iter::IterState::Done;
        return Ok(Step::Return(none()));
    }
    // A throw before the first step goes into the generator as it is, and
    // the step stays unstarted (CPython's awaitables keep their INIT
    // state): a task cancelled before an `aclose()` began runs the
    // generator's cleanup only up to its first await, then closes it.
    let throw_first = !*started && mode == MODE_THROW;
    // (The generator, left in an await by that throw, is not running
    // another step then.)
    if !*started && !throw_first && !*thrown_into {
        // Another asend/athrow is still awaiting inside the generator.
        if gen_obj(agen).delegating() {
            let which = if closing { "aclose" } else if *throw { "athrow" } else { "anext" };
            *super::iter::state(step) = super::iter::IterState::Done;
            return raise_named("RuntimeError", format!("{which}(): asynchronous generator is already running"));
        }
    }
    let (sent, mode) = match (*started || throw_first, *throw) {
        (true, _) => (sent, mode),
        // `athrow`'s first step throws its exception in.
        (false, true) => {
            set_exception(*value);
            (Value::NULL, MODE_THROW)
        }
        (false, false) => (*value, mode),
    };
    *started = !throw_first;
    *thrown_into |= throw_first;
    let r = resume(agen, sent, mode);
    if closing {
        return aclose_step(step, r);
    }
    match r {
        Ok(Step::Yield(v)) if is_yielded_value(v) => {
            let value = super::instance::attrs(v).get_str(crate::sym!("value")).unwrap_or(none());
            *super::iter::state(step) = super::iter::IterState::Done;
            Ok(Step::Return(value))
        }
        Ok(Step::Yield(v)) => Ok(Step::Yield(v)),
        Ok(Step::Return(_)) => {
            *super::iter::state(step) = super::iter::IterState::Done;
            let exc = new_exception(exc_class("StopAsyncIteration"), &[]);
            set_exception(exc);
            Err(Exc)
        }
        Err(e) => Err(e),
    }
}

/// True for a value an async generator yielded (see `rt_agen_wrap`), as
/// opposed to what an await inside it passes through.
fn is_yielded_value(v: Value) -> bool {
    kind_of(v) == Kind::Instance && v.header().class.get() == vm().classes.agen_wrapped
}

/// What one step of `aclose()` makes of the generator's step: awaits
/// inside its cleanup pass through; it must then end (or raise
/// GeneratorExit, or StopAsyncIteration), not yield a value.
fn aclose_step(step: Value, r: PyResult<Step>) -> PyResult<Step> {
    let done = || *super::iter::state(step) = super::iter::IterState::Done;
    match r {
        Ok(Step::Yield(v)) if is_yielded_value(v) => {
            done();
            raise_named("RuntimeError", "async generator ignored GeneratorExit")
        }
        Ok(Step::Yield(v)) => Ok(Step::Yield(v)),
        Ok(Step::Return(_)) => {
            done();
            Ok(Step::Return(none()))
        }
        Err(e) => {
            done();
            let exc = vm().current_exc.get();
            if isinstance(exc, exc_class("GeneratorExit")) || isinstance(exc, exc_class("StopAsyncIteration")) {
                super::vm::take_exception();
                return Ok(Step::Return(none()));
            }
            Err(e)
        }
    }
}

/// True for what `asend()`, `athrow()`, `aclose()` and `__anext__()` of an
/// async generator return.
pub fn is_async_gen_step(v: Value) -> bool {
    kind_of(v) == Kind::Iter && {
        let class = v.header().class.get();
        class == vm().classes.agen_asend || class == vm().classes.agen_athrow
    }
}

fn agen_step(agen: Value, value: Value) -> Value {
    let state = super::iter::IterState::AsyncGenStep { agen, value, started: false, throw: false, close: false, thrown_into: false };
    super::iter::new_iter_of(vm().classes.agen_asend, state)
}

/// `agen.athrow(exc)`: an awaitable that throws `exc` (a class is
/// instantiated) in at the generator's suspension point.
fn agen_athrow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("athrow", args, kw, 1, 3)?;
    let exc = thrown(a)?;
    let exc = if kind_of(exc) == Kind::Class { super::call::call(exc, &[], &[])? } else { exc };
    if !super::exception::is_exception(exc) {
        return raise_named("TypeError", "exceptions must be classes or instances deriving from BaseException, not ".to_string() + &super::ops::type_name(exc));
    }
    let state = super::iter::IterState::AsyncGenStep { agen: a[0], value: exc, started: false, throw: true, close: false, thrown_into: false };
    Ok(super::iter::new_iter_of(vm().classes.agen_athrow, state))
}

fn agen_aiter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn agen_anext(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__anext__", args, kw, 0, 0)?;
    Ok(agen_step(a[0], none()))
}

fn agen_asend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("asend", args, kw, 1, 1)?;
    Ok(agen_step(a[0], a[1]))
}

/// `agen.aclose()`: an awaitable that throws GeneratorExit in; the
/// generator's cleanup may await.
fn agen_aclose(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("aclose", args, kw, 0, 0)?;
    let g = gen_obj(a[0]);
    if g.state() == 0 || g.state() == FINISHED {
        // Never started, or over: nothing to run; it is closed at once.
        close(a[0])?;
    }
    let exit = new_exception(exc_class("GeneratorExit"), &[]);
    let state = super::iter::IterState::AsyncGenStep { agen: a[0], value: exit, started: false, throw: true, close: true, thrown_into: false };
    Ok(super::iter::new_iter_of(vm().classes.agen_athrow, state))
}

fn asend_await(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(args[0])
}

fn asend_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("send", args, kw, 1, 1)?;
    match asend_step(a[0], a[1], MODE_SEND)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => stop_iteration(v),
    }
}

fn asend_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__next__", args, kw, 0, 0)?;
    asend_send(&[a[0], super::vm::none()], &[])
}

/// `close()` of an `asend`/`athrow` awaitable: it will not run again.
fn asend_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("close", args, kw, 0, 0)?;
    *super::iter::state(a[0]) = super::iter::IterState::Done;
    Ok(super::vm::none())
}

fn asend_throw(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("throw", args, kw, 1, 3)?;
    let exc = if kind_of(a[1]) == Kind::Class { super::call::call(a[1], &[], &[])? } else { a[1] };
    set_exception(exc);
    match asend_step(a[0], Value::NULL, MODE_THROW)? {
        Step::Yield(v) => Ok(v),
        Step::Return(v) => stop_iteration(v),
    }
}

fn gen_name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__name__", args, kw, 0, 0)?;
    Ok(super::str::new_str(&gen_obj(a[0]).code().name))
}

fn gen_qualname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__qualname__", args, kw, 0, 0)?;
    Ok(super::str::new_str(&gen_obj(a[0]).code().qualname))
}

/// `gi_running`, `cr_running`, `ag_running`.
fn gen_running(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("gi_running", args, kw, 0, 0)?;
    Ok(super::vm::boolean(gen_obj(a[0]).header.flags.get() & RUNNING != 0))
}

/// `ag_running`: true while the generator runs, and (as CPython's
/// `ag_running_async`) while a step of it is suspended in an `await`.
fn agen_running(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("ag_running", args, kw, 0, 0)?;
    let g = gen_obj(a[0]);
    Ok(super::vm::boolean(g.running() || g.delegating()))
}

/// `gi_yieldfrom`, `cr_await`: what a suspended `yield from`/`await` waits on.
fn gen_delegate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("gi_yieldfrom", args, kw, 0, 0)?;
    let g = gen_obj(a[0]);
    let d = if g.state() == FINISHED { Value::NULL } else { g.delegate.get() };
    Ok(if d.is_null() { super::vm::none() } else { d })
}

/// `gi_suspended`, `cr_suspended`: started, not finished and not running.
fn gen_suspended(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("gi_suspended", args, kw, 0, 0)?;
    let g = gen_obj(a[0]);
    Ok(super::vm::boolean(g.suspended() && !g.running()))
}

/// `cr_origin`: None (CPython records it only when asked to).
fn gen_origin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::method("cr_origin", args, kw, 0, 0)?;
    Ok(super::vm::none())
}

/// `gi_frame` and its kin: None once finished, as in CPython; else the
/// frame it runs in, or is stopped in (see `traceback::generator_frame`).
fn gen_frame(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("gi_frame", args, kw, 0, 0)?;
    let g = gen_obj(a[0]);
    if g.state() == FINISHED {
        return Ok(none());
    }
    crate::modules::traceback::generator_frame(g.code(), g.running(), g.current_line())
}

/// `gi_code` and its kin: the code object of the function that made it.
fn gen_code(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("gi_code", args, kw, 0, 0)?;
    super::code_object::code_of(gen_obj(a[0]).func)
}

/// Installs the methods of generators and coroutines.
pub fn install() {
    use super::class::set_class_attr;
    use super::function::new_builtin;
    let c = &vm().classes;
    for cls in [c.generator, c.coroutine] {
        set_class_attr(cls, "send", new_builtin("send", gen_send));
        set_class_attr(cls, "throw", new_builtin("throw", gen_throw));
        set_class_attr(cls, "close", new_builtin("close", gen_close));
    }
    set_class_attr(c.generator, "__iter__", new_builtin("__iter__", gen_iter));
    set_class_attr(c.async_generator, "__aiter__", new_builtin("__aiter__", agen_aiter));
    set_class_attr(c.async_generator, "__anext__", new_builtin("__anext__", agen_anext));
    set_class_attr(c.async_generator, "asend", new_builtin("asend", agen_asend));
    set_class_attr(c.async_generator, "aclose", new_builtin("aclose", agen_aclose));
    set_class_attr(c.async_generator, "athrow", new_builtin("athrow", agen_athrow));
    for cls in [c.agen_asend, c.agen_athrow] {
        set_class_attr(cls, "__next__", new_builtin("__next__", asend_next));
        set_class_attr(cls, "close", new_builtin("close", asend_close));
        set_class_attr(cls, "__await__", new_builtin("__await__", asend_await));
        set_class_attr(cls, "__iter__", new_builtin("__iter__", asend_await));
        set_class_attr(cls, "send", new_builtin("send", asend_send));
        set_class_attr(cls, "throw", new_builtin("throw", asend_throw));
    }
    set_class_attr(c.generator, "__next__", new_builtin("__next__", gen_next));
    set_class_attr(c.coroutine, "__await__", new_builtin("__await__", coro_await));
    set_class_attr(c.coroutine_wrapper, "__iter__", new_builtin("__iter__", gen_iter));
    set_class_attr(c.coroutine_wrapper, "__next__", new_builtin("__next__", wrapper_next));
    set_class_attr(c.coroutine_wrapper, "send", new_builtin("send", wrapper_send));
    set_class_attr(c.coroutine_wrapper, "throw", new_builtin("throw", wrapper_throw));
    set_class_attr(c.coroutine_wrapper, "close", new_builtin("close", wrapper_close));
    use super::class::native_property;
    for (cls, running, running_fn, delegate, suspended) in [
        (c.generator, "gi_running", gen_running as super::function::NativeFn, "gi_yieldfrom", Some("gi_suspended")),
        (c.coroutine, "cr_running", gen_running, "cr_await", Some("cr_suspended")),
        (c.async_generator, "ag_running", agen_running, "ag_await", None),
    ] {
        set_class_attr(cls, "__name__", native_property("__name__", gen_name, None));
        set_class_attr(cls, "__qualname__", native_property("__qualname__", gen_qualname, None));
        set_class_attr(cls, running, native_property(running, running_fn, None));
        set_class_attr(cls, delegate, native_property(delegate, gen_delegate, None));
        if let Some(s) = suspended {
            set_class_attr(cls, s, native_property(s, gen_suspended, None));
        }
    }
    // Coroutine origin tracking is off, as by default in CPython.
    set_class_attr(c.coroutine, "cr_origin", native_property("cr_origin", gen_origin, None));
    for (cls, frame, code) in [(c.generator, "gi_frame", "gi_code"), (c.coroutine, "cr_frame", "cr_code"), (c.async_generator, "ag_frame", "ag_code")] {
        set_class_attr(cls, frame, native_property(frame, gen_frame, None));
        set_class_attr(cls, code, native_property(code, gen_code, None));
    }
}
