//! Compiling on first call. Building the IR of every function of a
//! program happens up front, so every error the code generator reports is
//! reported before the program runs; turning that IR into machine code (the
//! expensive part: register allocation, e-graphs, emission) is done ahead on
//! the compiler thread (`background`), or else when the function is first
//! entered. For the trusted standard-library code even the IR waits for the
//! first call (`ProgramCx::lazy_ir`): a program then pays only for the
//! library code it runs, a sliver of the embedded asyncio.
//!
//! Until then a code descriptor's entries are the trampolines below: each
//! compiles the function's code, patches the descriptor (and the function
//! object it was called through), and calls the real entry.

use std::cell::RefCell;

use cranelift_codegen::ir;
use cranelift_module::{FuncId, Module as _};

use super::jit::MachineCode;
use super::program::{Job, ProgramCx, Tier};
use crate::runtime::function::{func_obj, CodeInfo};
use crate::runtime::value::Value;
use crate::runtime::vm::raise_named;

/// The uncompiled functions of one code descriptor.
pub struct Pending {
    /// The Cranelift functions to define (body or creator, adapter,
    /// resume), each with whether it is compiled quickly rather than well
    /// (see `Jit::compile`).
    pub funcs: Vec<(FuncId, ir::Function, bool)>,
    /// Which of them the descriptor's entries are.
    pub entries: Entries,
}

impl Pending {
    /// With `CORO_TRACE_JIT`, reports on stderr that `name` is compiled;
    /// with `CORO_DUMP_IR=name`, prints its IR.
    pub fn trace(&self, name: &str) {
        self.trace_line(name).map(|line| eprintln!("{line}"));
        self.dump_if_asked(name);
    }

    /// With `CORO_DUMP_IR=name`, prints the IR of `name` on stderr.
    pub fn dump_if_asked(&self, name: &str) {
        if std::env::var_os("CORO_DUMP_IR").is_some_and(|v| v == name) {
            for (_, f, _) in &self.funcs { eprintln!("{}", f.display()); }
        }
    }

    /// With `CORO_TRACE_JIT`, a line saying `name` is compiled and its size
    /// in IR instructions.
    pub fn trace_line(&self, name: &str) -> Option<String> {
        std::env::var_os("CORO_TRACE_JIT")
            .is_some()
            .then(|| format!("jit: {name} ({} insts)", self.funcs.iter().map(|(_, f, _)| f.dfg.num_insts()).sum::<usize>()))
    }
}

/// One compiled source: its JIT module and what building more of its IR
/// needs.
pub struct CompileUnit {
    /// The compilation state, whose JIT module the code is defined in.
    cx: RefCell<ProgramCx<'static>>,
}

thread_local! {
    /// The Cranelift context every compile uses in turn: its register
    /// allocator and analyses keep their buffers from one function to the
    /// next instead of allocating them again. Boxed: the thread-local block,
    /// which every thread copies at its start, holds only a pointer.
    static CONTEXT: std::cell::Cell<Option<Box<cranelift_codegen::Context>>> = const { std::cell::Cell::new(None) };
}

/// Fast entries with more slots than this have no trampoline.
pub const MAX_LAZY_SLOTS: usize = 8;

impl CompileUnit {
    /// A unit owning `cx`; leaked, since its code lives as long as the VM.
    pub fn leak(cx: ProgramCx<'static>) -> &'static CompileUnit {
        Box::leak(Box::new(CompileUnit { cx: RefCell::new(cx) }))
    }

    /// Builds the IR of a job whose building was put off, and puts off the
    /// functions it defines in turn.
    fn build(&'static self, job: Job<'static>, tier: Tier) -> Result<Pending, String> {
        let (pending, inner) = {
            let mut cx = self.cx.borrow_mut();
            let pending = cx.build(&job, tier).map_err(|e| e.message)?;
            (pending, std::mem::take(&mut cx.queue))
        };
        for j in inner {
            self.wait(j.code, Waiting::Job(j))?;
        }
        Ok(pending)
    }

    /// Makes `code` compile on its first call, from `waiting`.
    pub fn wait(&'static self, code: *mut CodeInfo, waiting: Waiting) -> Result<(), String> {
        // SAFETY: descriptors are leaked and not yet used by running code.
        let slots = unsafe { (*code).params.slots() };
        // SAFETY: as above.
        unsafe {
            // A function wider than the trampolines waits with no fast
            // entry: nothing enters one with more than six arguments (compiled
            // calls pass at most six, `call_fast` at most five), so it is
            // first entered through its array entry.
            (*code).fast_entry = if slots <= MAX_LAZY_SLOTS { lazy_fast_entry(slots) } else { std::ptr::null() };
            (*code).array_entry = lazy_array_entry as *const u8;
            (*code).lazy = Some(Box::leak(Box::new(LazyCode {
                unit: self,
                waiting: RefCell::new(Some(waiting)),
                hot_job: RefCell::new(None),
            })));
        }
        Ok(())
    }

    /// Compiles `pending` (for `code`), links it and patches `code`.
    pub fn compile(&self, code: *mut CodeInfo, pending: Pending) -> Result<(), String> {
        let mut machine = Vec::with_capacity(pending.funcs.len());
        {
            let mut cx = self.cx.borrow_mut();
            let jit = &mut cx.jit;
            let mut ctx = CONTEXT.with(|c| c.take()).unwrap_or_else(|| Box::new(jit.module.make_context()));
            for (id, func, quick) in pending.funcs {
                ctx.func = func;
                let compiled = jit.compile(id, &mut ctx, quick);
                jit.module.clear_context(&mut ctx);
                machine.push(compiled?);
            }
            CONTEXT.with(|c| c.set(Some(ctx)));
        }
        if std::env::var_os("CORO_TRACE_JIT").is_some() && machine.iter().any(|m| m.from_cache) {
            // SAFETY: descriptors are leaked.
            eprintln!("jit: {} (from the code cache)", unsafe { (*code).qualname.as_str() });
        }
        self.install(code, &machine, pending.entries)
    }

    /// Defines compiled code in the module, finalizes it and points `code`
    /// at its `entries`.
    pub fn install(&self, code: *mut CodeInfo, machine: &[MachineCode], entries: Entries) -> Result<(), String> {
        let mut cx = self.cx.borrow_mut();
        let jit = &mut cx.jit;
        for m in machine {
            jit.define(m)?;
            if let Some(dir) = std::env::var_os("CORO_DUMP_CODE") {
                let _ = std::fs::write(std::path::Path::new(&dir).join(format!("{}.bin", m.name)), &m.bytes);
            }
        }
        jit.module.finalize_definitions().map_err(|e| format!("{e:?}"))?;
        // SAFETY: descriptors are leaked; nothing reads these fields while we write.
        unsafe {
            (*code).fast_entry = jit.module.get_finalized_function(entries.fast);
            (*code).array_entry = match entries.array {
                Some(array) => jit.module.get_finalized_function(array),
                None => super::array_entry::generic_array_entry((*code).params.slots()),
            };
            if let Some(r) = entries.resume {
                (*code).resume_entry = jit.module.get_finalized_function(r);
            }
        }
        for m in machine {
            let start = jit.module.get_finalized_function(m.id) as usize;
            // SAFETY: descriptors are leaked.
            crate::runtime::stack_walk::register(start, m.bytes.len(), unsafe { &*code }, &m.call_sites);
        }
        if perf_map_wanted() {
            // SAFETY: as above.
            let name = unsafe { (*code).name.as_str() };
            let lines: String = machine
                .iter()
                .map(|m| format!("{:x} {:x} coro:{name} [{}]\n", jit.module.get_finalized_function(m.id) as usize, m.bytes.len(), m.name))
                .collect();
            write_perf_map(&lines);
        }
        Ok(())
    }

    /// Builds `job` (the body of `code`, compiled at the first tier) again
    /// optimized: the IR of code that can replace the baseline code.
    fn optimized_ir(&'static self, code: *mut CodeInfo, job: Job<'static>) -> Result<Pending, String> {
        // SAFETY: descriptors are leaked; building reads and rewrites these.
        let (slots, points) = unsafe { ((*code).frame_slots, std::mem::take(&mut (*code).suspension_points)) };
        let job = self.cx.borrow_mut().redeclared(&job);
        let pending = crate::runtime::heap::without_gc(|| self.build(job, Tier::Optimized));
        // Suspended generators resume in the new code: their frames and
        // states must mean the same there.
        // SAFETY: as above.
        let same = unsafe { (*code).frame_slots == slots && (*code).suspension_points == points };
        if !same {
            // SAFETY: as above.
            unsafe {
                (*code).frame_slots = slots;
                (*code).suspension_points = points;
            }
            return Err("the optimized code lays out its frame differently".into());
        }
        pending
    }
}

/// The entries of a code descriptor that compiled code defines.
#[derive(Clone, Copy)]
pub struct Entries {
    /// The fast entry.
    pub fast: FuncId,
    /// The array-entry adapter, if compiled.
    pub array: Option<FuncId>,
    /// The resume function of a generator function.
    pub resume: Option<FuncId>,
}

/// What a not yet compiled descriptor waits with.
pub enum Waiting {
    /// Its IR, built.
    Ir(Pending),
    /// Its body, to build the IR of first.
    Job(Job<'static>),
    /// Its IR, handed to the background compiler (`background::Work::Ahead`).
    Background,
    /// Why the background compiler could not compile it.
    Failed(String),
}

/// Where a not yet compiled descriptor's code waits.
pub struct LazyCode {
    /// The unit whose module will hold it.
    pub unit: &'static CompileUnit,
    /// Its IR or body (None once compiled).
    pub waiting: RefCell<Option<Waiting>>,
    /// The body of a function compiled at the baseline tier, kept to build
    /// it optimized once it proves hot (None before and after).
    pub hot_job: RefCell<Option<Job<'static>>>,
}

/// Calls after which a baseline function is compiled optimized: compiling
/// well costs about what a few thousand calls of compact code lose.
pub const TIER_UP_CALLS: i32 = 1000;

/// Compiles `code` if it is still waiting; false (with SystemError set) if
/// Cranelift rejects it.
pub(super) fn ensure_compiled(code: &CodeInfo) -> bool {
    let Some(lazy) = code.lazy else { return true };
    let Some(waiting) = lazy.waiting.borrow_mut().take() else { return true };
    crate::modules::time::off_the_clock(|| compile_waiting(code, lazy, waiting))
}

/// Compiles `code` from what it was `waiting` with.
fn compile_waiting(code: &CodeInfo, lazy: &'static LazyCode, waiting: Waiting) -> bool {
    let code_ptr = code as *const CodeInfo as *mut CodeInfo;
    // Code handed to the compiler thread was reported then.
    let mut reported = false;
    let pending = match waiting {
        Waiting::Ir(p) => Ok(p),
        Waiting::Background => match super::background::take_back(code_ptr) {
            Some(p) => {
                reported = true;
                Ok(p)
            }
            None => {
                super::background::wait_for(code_ptr);
                // Installed, or failed (and then waiting again, to report).
                let failed = lazy.waiting.borrow_mut().take();
                match failed {
                    Some(Waiting::Failed(e)) => Err(e),
                    _ if code.array_entry == lazy_array_entry as *const u8 => Err("the compiler thread stopped".into()),
                    _ => return true,
                }
            }
        },
        Waiting::Failed(e) => Err(e),
        // Building IR makes constants; no collection may run meanwhile, since
        // the caller may hold the callee's arguments where no scan looks
        // (the slot vector `call::bind` made).
        Waiting::Job(job) => {
            let tier = lazy.unit.cx.borrow().first_tier(&job);
            if tier == Tier::Baseline {
                *lazy.hot_job.borrow_mut() = Some(job.clone());
            }
            crate::runtime::heap::without_gc(|| lazy.unit.build(job, tier))
        }
    };
    if let (Ok(p), false) = (&pending, reported) {
        p.trace(&code.qualname);
    }
    match pending.and_then(|p| lazy.unit.compile(code_ptr, p)) {
        Ok(()) => true,
        Err(e) => {
            let _ = raise_named::<()>("SystemError", format!("internal compiler error in code generation: {e}"));
            false
        }
    }
}

/// A baseline function's prologue found it hot (it has been called
/// `TIER_UP_CALLS` times, or is called through a function object still
/// pointing at its baseline code): installs the optimized code finished
/// meanwhile, starts compiling this function optimized the first time (on
/// the background thread when there is one), and points `func` at the
/// code's current entry.
pub fn tier_up(func: Value) {
    crate::modules::time::off_the_clock(|| tier_up_now(func))
}

fn tier_up_now(func: Value) {
    let f = func_obj(func);
    let code = f.code;
    let code_ptr = code as *const CodeInfo as *mut CodeInfo;
    super::background::install_finished();
    let job = code.lazy.and_then(|lazy| lazy.hot_job.borrow_mut().take().map(|job| (lazy, job)));
    if let Some((lazy, job)) = job {
        let compiled = lazy.unit.optimized_ir(code_ptr, job).and_then(|pending| match super::background::submit(lazy.unit, code_ptr, pending, super::background::Work::TierUp) {
            Ok(()) => Ok(()),
            // No second thread: compiled here and now.
            Err(pending) => lazy.unit.compile(code_ptr, pending).map(|()| trace_optimized(code)),
        });
        if compiled.is_err() {
            // It stays at the baseline tier, and stops counting.
            code.calls_left.set(i32::MAX);
        }
    }
    if super::background::overdue(code_ptr) {
        // The worker is slow to get to it: compile it here, or wait for
        // the worker if it has begun.
        match (super::background::take_back(code_ptr), code.lazy) {
            (Some(pending), Some(lazy)) => match lazy.unit.compile(code_ptr, pending) {
                // (As `background::install` leaves it.)
                Ok(()) => {
                    trace_optimized(code);
                    code.calls_left.set(0);
                }
                Err(_) => code.calls_left.set(i32::MAX),
            },
            _ => super::background::wait_for(code_ptr),
        }
    }
    if super::background::in_flight(code_ptr) {
        // Compiling elsewhere: look again after a few more calls.
        code.calls_left.set(super::background::POLL_CALLS);
    }
    f.fast_entry = code.fast_entry;
}

/// With `CORO_TRACE_JIT`, reports on stderr that `code` now runs optimized.
pub fn trace_optimized(code: &CodeInfo) {
    if std::env::var_os("CORO_TRACE_JIT").is_some() {
        eprintln!("jit: {} (optimized)", code.qualname);
    }
}

/// The fast entry of the function `f` is called through: compiled, and
/// stored in the function object so later calls go straight there.
fn fast_entry_of(f: Value) -> Option<*const u8> {
    let func = func_obj(f);
    if !ensure_compiled(func.code) {
        return None;
    }
    func.fast_entry = func.code.fast_entry;
    Some(func.fast_entry)
}

/// The array entry `(function, *const slots)` of a descriptor not yet compiled.
pub extern "C" fn lazy_array_entry(f: Value, slots: *const Value) -> Value {
    if fast_entry_of(f).is_none() {
        return Value::NULL;
    }
    let entry: extern "C" fn(Value, *const Value) -> Value =
        // SAFETY: array entries are compiled with this signature.
        unsafe { std::mem::transmute(func_obj(f).code.array_entry) };
    entry(f, slots)
}

macro_rules! trampolines {
    ($($name:ident ($($a:ident),*);)*) => {
        $(
            extern "C" fn $name(f: Value $(, $a: Value)*) -> Value {
                let Some(entry) = fast_entry_of(f) else { return Value::NULL };
                // SAFETY: the fast entry takes the function and exactly these slots.
                let entry: extern "C" fn(Value $(, trampolines!(@v $a))*) -> Value = unsafe { std::mem::transmute(entry) };
                entry(f $(, $a)*)
            }
        )*
        /// The trampoline fast entry for `slots` parameter slots.
        pub fn lazy_fast_entry(slots: usize) -> *const u8 {
            [$($name as *const u8),*][slots]
        }
    };
    (@v $a:ident) => { Value };
}

trampolines! {
    lazy0();
    lazy1(a);
    lazy2(a, b);
    lazy3(a, b, c);
    lazy4(a, b, c, d);
    lazy5(a, b, c, d, e);
    lazy6(a, b, c, d, e, g);
    lazy7(a, b, c, d, e, g, h);
    lazy8(a, b, c, d, e, g, h, i);
}

/// True when `CORO_PERF_MAP` is set: compiled functions are then listed in
/// `/tmp/perf-PID.map`, where `perf report` finds their names.
fn perf_map_wanted() -> bool {
    static WANTED: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *WANTED.get_or_init(|| std::env::var_os("CORO_PERF_MAP").is_some())
}

/// Appends `lines` ("START SIZE NAME", hex) to this process's perf map.
fn write_perf_map(lines: &str) {
    use std::io::Write;
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = f.write_all(lines.as_bytes());
    }
}
