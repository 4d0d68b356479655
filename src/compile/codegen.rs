//! Code generation for one function body: the `FunctionCx` that every
//! `codegen` and `expr` routine receives, the prologue and epilogue, error
//! propagation, and the statements. Expressions are in `expr.rs`.
//!
//! Exceptions use the status protocol: a helper returns 0 (NULL) when it
//! raised, and the code branches to the innermost handler block, passing
//! the source line so that the frame can be named in the traceback.

use std::collections::HashMap;

use cranelift_codegen::ir::{self, condcodes::IntCC, types, Block, InstBuilder, MemFlagsData, SigRef};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module as _;

use super::jit::{rt, Helper};
use super::int_params::IntParams;
use super::owned_locals::{owned_generator_names, OwnedLocals};
use super::program::{Body, Job, ProgramCx, Tier};
use super::resolve::{Binding, Scope, ScopeId, ScopeKind};
use crate::runtime::function::{CodeInfo, CELL_VALUE_OFFSET};
use crate::runtime::module::module_obj;
use crate::runtime::value::Value;
use crate::runtime::vm::{intern, keep, none, vm};
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// Storage for a value that must survive until later in the function: a
/// Cranelift variable, or (in a generator) a slot of the heap frame, since
/// nothing on the native stack survives a suspension.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tmp {
    /// A Cranelift variable.
    Var(Variable),
    /// A slot of the generator frame.
    Slot(usize),
}

/// Where a variable of the function lives.
#[derive(Clone, Copy)]
pub enum Var {
    /// A local (NULL while unbound).
    Local(Tmp),
    /// A local captured by inner functions: holds its cell.
    Cell(Tmp),
    /// A variable of an enclosing function: holds its cell.
    Free(Tmp),
}

/// Generator state of a resume function.
pub struct GenCx {
    /// The generator object (first parameter).
    pub gen: ir::Value,
    /// The frame base address.
    pub frame: ir::Value,
    /// The value sent in (second parameter).
    pub sent: ir::Value,
    /// Send or throw (third parameter).
    pub mode: ir::Value,
    /// Where each state resumes; index 0 is the start of the body.
    pub resume_blocks: Vec<Block>,
    /// Next free frame slot.
    pub next_slot: usize,
    /// How many slots hold the parameters; the others start NULL.
    pub params: usize,
    /// The block that dispatches on the state (filled in last).
    pub dispatch: Block,
    /// The scoped temporaries alive now, innermost last, with the frame
    /// slot each got once a suspension fell inside its stretch.
    pub scoped: Vec<(Variable, Option<usize>)>,
}

/// Work to do when control leaves a block early (return, break, continue).
pub enum Unwind<'a> {
    /// Run a `finally` body; the handler depth outside the `try`.
    Finally(&'a [Stmt], usize),
    /// Leave an `except` block: pop the exception being handled.
    ExceptPop,
    /// Leave a `with` block: call `__exit__(None, None, None)`.
    With(Tmp),
    /// Leave a `for` loop over its own generator: close it (owned_iter.rs).
    CloseOwned(Tmp),
}

/// The targets of `break` and `continue` in the innermost loop.
pub struct LoopCx {
    /// Where `break` goes.
    pub brk: Block,
    /// Where `continue` goes.
    pub cont: Block,
    /// Unwind entries active when the loop began.
    pub unwind_depth: usize,
    /// Handlers active when the loop began.
    pub handler_depth: usize,
}

/// Per-function code generation state.
pub struct FunctionCx<'p, 'a, 'b> {
    /// Module-wide state.
    pub p: &'p mut ProgramCx<'a>,
    /// The Cranelift function being built.
    pub b: FunctionBuilder<'b>,
    /// This function's scope.
    pub scope_id: ScopeId,
    /// The code descriptor.
    pub code: *mut CodeInfo,
    /// The function object (first parameter).
    pub func: ir::Value,
    /// The class namespace, in a class body.
    pub ns: Option<ir::Value>,
    /// The function's variables.
    pub vars: HashMap<String, Var>,
    /// The cells a class body carries for its functions under names it
    /// binds itself (`Scope::passthrough`).
    pub passed_cells: HashMap<String, Tmp>,
    /// Error targets, innermost last; each block takes the line as parameter.
    pub handlers: Vec<Block>,
    /// Early-exit work, innermost last.
    pub unwinds: Vec<Unwind<'a>>,
    /// Enclosing loops, innermost last.
    pub loops: Vec<LoopCx>,
    /// Returns the value passed as parameter.
    pub ret_block: Block,
    /// Leaves the function with the pending exception.
    pub propagate: Block,
    /// Imported signatures by parameter count.
    pub sigs: HashMap<usize, SigRef>,
    /// True when the current block already ended (after return, raise...).
    pub dead: bool,
    /// The slot count of the fast entry.
    pub slots: usize,
    /// Parameters that no `del` unbinds: reading them needs no check.
    pub always_bound: std::collections::HashSet<String>,
    /// Set when compiling the resume function of a generator.
    pub gen: Option<GenCx>,
    /// What the code knows and learns of small-int parameters (`int_params.rs`).
    pub ints: IntParams,
    /// The recursion depth this call found on entry, which every return
    /// puts back (set by the prologue).
    pub entry_depth: Option<ir::Value>,
    /// What variables that may own a generator own (`owned_locals.rs`).
    pub owned_locals: OwnedLocals,
}

/// Offset of a generator's function object, for compiled code.
const GEN_FUNC_OFFSET: i32 = std::mem::offset_of!(crate::runtime::generator::GenObj, func) as i32;

/// The address of a module global slot.
fn slot_addr(module: Value, index: usize) -> i64 {
    module_obj(module).slot_ptr(index) as i64
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    pub fn new(p: &'p mut ProgramCx<'a>, mut b: FunctionBuilder<'b>, job: &Job<'a>) -> Self {
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let func = b.block_params(entry)[0];
        let ret_block = b.create_block();
        b.append_block_param(ret_block, types::I64);
        let propagate = b.create_block();
        b.append_block_param(propagate, types::I64);
        // Exceptions are the rare path: their blocks go after the hot code.
        b.set_cold_block(propagate);
        let mut cx = FunctionCx {
            p,
            b,
            scope_id: job.scope,
            code: job.code,
            func,
            ns: None,
            vars: HashMap::new(),
            passed_cells: HashMap::new(),
            handlers: vec![propagate],
            unwinds: Vec::new(),
            loops: Vec::new(),
            ret_block,
            propagate,
            sigs: HashMap::new(),
            dead: false,
            slots: job.slots,
            always_bound: Default::default(),
            gen: None,
            ints: IntParams::default(),
            entry_depth: None,
            owned_locals: OwnedLocals::default(),
        };
        // Before the prologue: code that takes over counts its own call.
        let assumption = cx.p.assumed_ints.clone();
        if let Some(a) = &assumption {
            cx.check_int_params(entry, a);
        }
        cx.prologue(entry);
        if let Body::Function(f) = &job.body {
            let mut deleted = std::collections::HashSet::new();
            deleted_names(&f.body, &mut deleted);
            // SAFETY: the descriptor is leaked and valid.
            let spec = unsafe { &(*job.code).params };
            let scope = cx.scope();
            let mut eligible = HashMap::new();
            for (slot, &n) in spec.names.iter().enumerate() {
                let name = crate::runtime::str::as_str(n);
                if !deleted.contains(name) {
                    cx.always_bound.insert(name.to_string());
                    if slot < spec.positional && scope.symbols.get(name) == Some(&Binding::Local) && !scope.rebound.contains(name) {
                        eligible.insert(name.to_string(), slot);
                    }
                }
            }
            let assumed = assumption.map(|a| a.slots).unwrap_or_default();
            cx.ints = IntParams::new(eligible, &assumed);
        }
        let body = match &job.body {
            Body::Function(f) => Some(f.body.as_slice()),
            Body::Module(stmts) => Some(*stmts),
            _ => None,
        };
        if let Some(body) = body {
            let names = owned_generator_names(body, &cx.p.scopes, cx.scope_id);
            cx.begin_owned_locals(names);
        }
        cx
    }

    pub fn scope(&self) -> &'a Scope {
        &self.p.scopes.scopes[self.scope_id]
    }

    // ------------------------------------------------------------ emission helpers

    pub fn iconst(&mut self, v: i64) -> ir::Value {
        self.b.ins().iconst(types::I64, v)
    }

    /// A constant Python value embedded in the code (kept alive forever).
    pub fn constant(&mut self, v: Value) -> ir::Value {
        keep(v);
        self.iconst(v.0 as i64)
    }

    pub fn none(&mut self) -> ir::Value {
        self.constant(none())
    }

    /// An interned str constant.
    pub fn name_const(&mut self, name: &str) -> ir::Value {
        self.constant(intern(name))
    }

    pub fn sig(&mut self, params: usize) -> SigRef {
        if let Some(&s) = self.sigs.get(&params) {
            return s;
        }
        let sig = self.p.jit.signature(params);
        let s = self.b.import_signature(sig);
        self.sigs.insert(params, s);
        s
    }

    /// Calls a runtime helper.
    pub fn call_rt(&mut self, h: fn() -> Helper, args: &[ir::Value]) -> ir::Value {
        let h = h();
        debug_assert_eq!(h.params, args.len());
        let sig = self.sig(h.params);
        let addr = self.iconst(h.addr as i64);
        let call = self.b.ins().call_indirect(sig, addr, args);
        self.b.inst_results(call)[0]
    }

    /// The position id of a span (see runtime/positions.rs), which the
    /// code passes wherever an operation may fail: the traceback names its
    /// line and underlines it. (The `line` arguments and block parameters
    /// of this module are such ids.)
    pub fn line(&self, span: Span) -> u32 {
        self.p.position(span.start, span.end)
    }

    /// Runs `emit` with the instructions it adds carrying position `line`
    /// as their source location, then goes back to the enclosing one: the
    /// code's call sites then know their lines, which a walk of the live
    /// stack reads (`runtime::stack_walk`).
    pub fn at_position<R>(&mut self, line: u32, emit: impl FnOnce(&mut Self) -> R) -> R {
        let outer = self.b.srcloc();
        self.b.set_srcloc(ir::SourceLoc::new(line));
        let r = emit(self);
        self.b.set_srcloc(outer);
        r
    }

    /// The position id of `start..end`, an expression ending in or around
    /// the attribute name `attr`: as CPython 3.11, it starts at the name
    /// when the name is on a later line than `start`.
    pub fn attribute_position(&self, start: u32, attr: Span, end: u32) -> u32 {
        let start = if self.p.line(start) == self.p.line(attr.end) { start } else { attr.start };
        self.p.position(start, end)
    }

    /// Branches to the current handler when `v` is NULL.
    pub fn check(&mut self, v: ir::Value, line: u32) {
        let handler = *self.handlers.last().expect("the function handler is always present");
        let ok = self.continuation_block();
        if self.p.compact() {
            // Compact code is compiled for speed of compiling: no extra block.
            let l = self.iconst(line as i64);
            self.b.ins().brif(v, ok, &[], handler, &[l.into()]);
            self.b.switch_to_block(ok);
            self.b.seal_block(ok);
            return;
        }
        // The line is set in a cold block of its own so the hot path carries
        // no constant for the handler and keeps its registers.
        let failed = self.b.create_block();
        self.b.set_cold_block(failed);
        self.b.ins().brif(v, ok, &[], failed, &[]);
        self.b.switch_to_block(failed);
        self.b.seal_block(failed);
        let l = self.iconst(line as i64);
        self.b.ins().jump(handler, &[l.into()]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
    }

    /// A new block that continues the current one: cold when it is, so a
    /// slow path stays out of the hot code after a call it checks.
    pub fn continuation_block(&mut self) -> Block {
        let blk = self.b.create_block();
        if self.b.current_block().is_some_and(|cur| self.b.func.layout.is_cold(cur)) {
            self.b.set_cold_block(blk);
        }
        blk
    }

    /// Calls a helper whose NULL result means an exception, and checks it.
    pub fn call_checked(&mut self, h: fn() -> Helper, args: &[ir::Value], line: u32) -> ir::Value {
        let v = self.call_rt(h, args);
        self.check(v, line);
        v
    }

    /// Jumps to the current handler unconditionally (after a raise).
    pub fn raise_here(&mut self, line: u32) {
        let handler = *self.handlers.last().expect("present");
        let l = self.iconst(line as i64);
        self.b.ins().jump(handler, &[l.into()]);
        self.start_dead_block();
    }

    /// Continues emission in a fresh block no one jumps to.
    pub fn start_dead_block(&mut self) {
        let blk = self.b.create_block();
        self.b.switch_to_block(blk);
        self.b.seal_block(blk);
        self.dead = true;
    }

    /// Switches to `blk`, which has predecessors again.
    pub fn switch_to(&mut self, blk: Block) {
        self.b.switch_to_block(blk);
        self.dead = false;
    }

    /// Ends the current block with a jump to `target` unless it already ended.
    pub fn jump(&mut self, target: Block, args: &[ir::Value]) {
        if !self.dead {
            let args: Vec<ir::BlockArg> = args.iter().map(|&a| a.into()).collect();
            self.b.ins().jump(target, &args);
        }
    }

    /// A stack array holding `values`; returns its address.
    pub fn array(&mut self, values: &[ir::Value]) -> ir::Value {
        if values.is_empty() {
            return self.iconst(0);
        }
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            (values.len() * 8) as u32,
            3,
        ));
        for (i, &v) in values.iter().enumerate() {
            self.b.ins().stack_store(types::I64, v, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(types::I64, slot, 0)
    }

    /// A stack array of `n` uninitialized words; returns (slot, address).
    pub fn out_array(&mut self, n: usize) -> (ir::StackSlot, ir::Value) {
        let slot = self.b.create_sized_stack_slot(ir::StackSlotData::new(
            ir::StackSlotKind::ExplicitSlot,
            (n.max(1) * 8) as u32,
            3,
        ));
        let addr = self.b.ins().stack_addr(types::I64, slot, 0);
        (slot, addr)
    }

    /// A new temporary holding `init`.
    pub fn new_tmp(&mut self, init: ir::Value) -> Tmp {
        let t = match &mut self.gen {
            Some(g) => {
                g.next_slot += 1;
                Tmp::Slot(g.next_slot - 1)
            }
            None => Tmp::Var(self.b.declare_var(types::I64)),
        };
        self.set(t, init);
        t
    }

    /// A temporary holding `init` over a stretch of code that ends with
    /// `end_scoped_tmp` (a returned value while `finally` runs, the
    /// exception an `except` block handles). It is a variable even in a
    /// generator: only a suspension inside the stretch gives it a frame
    /// slot, saved before and loaded after (see `suspend`), so frames hold
    /// only what lives across a suspension.
    pub fn scoped_tmp(&mut self, init: ir::Value) -> Tmp {
        let v = self.b.declare_var(types::I64);
        self.b.def_var(v, init);
        if let Some(g) = &mut self.gen {
            g.scoped.push((v, None));
        }
        Tmp::Var(v)
    }

    /// Ends the stretch of the innermost scoped temporary, `t`.
    pub fn end_scoped_tmp(&mut self, t: Tmp) {
        if let Some(g) = &mut self.gen {
            let last = g.scoped.pop().map(|(v, _)| Tmp::Var(v));
            debug_assert!(last == Some(t), "scoped temporaries nest");
        }
    }

    /// Before a suspension: saves the scoped temporaries in their slots.
    pub(super) fn save_scoped(&mut self) {
        let Some(g) = &mut self.gen else { return };
        let mut saves = Vec::with_capacity(g.scoped.len());
        for (v, slot) in g.scoped.iter_mut() {
            let i = *slot.get_or_insert_with(|| {
                g.next_slot += 1;
                g.next_slot - 1
            });
            saves.push((*v, i));
        }
        for (v, i) in saves {
            let x = self.b.use_var(v);
            self.set(Tmp::Slot(i), x);
        }
    }

    /// On resuming: loads the scoped temporaries back from their slots.
    pub(super) fn restore_scoped(&mut self) {
        let Some(g) = &self.gen else { return };
        let loads: Vec<(Variable, usize)> = g.scoped.iter().map(|&(v, slot)| (v, slot.expect("saved"))).collect();
        for (v, i) in loads {
            let x = self.get(Tmp::Slot(i));
            self.b.def_var(v, x);
        }
    }

    /// Reads a temporary.
    pub fn get(&mut self, t: Tmp) -> ir::Value {
        match t {
            Tmp::Var(v) => self.b.use_var(v),
            Tmp::Slot(i) => {
                let frame = self.gen.as_ref().expect("slots only in generators").frame;
                self.b.ins().load(types::I64, MemFlagsData::trusted(), frame, (i * 8) as i32)
            }
        }
    }

    /// Writes a temporary.
    pub fn set(&mut self, t: Tmp, v: ir::Value) {
        match t {
            Tmp::Var(x) => self.b.def_var(x, v),
            Tmp::Slot(i) => {
                let frame = self.gen.as_ref().expect("slots only in generators").frame;
                self.b.ins().store(MemFlagsData::trusted(), v, frame, (i * 8) as i32);
            }
        }
    }

    /// In code compiled for the REPL, a loop head reads the Ctrl-C flag and
    /// raises `KeyboardInterrupt` when it is set (other code pays nothing).
    pub fn interrupt_poll(&mut self, line: u32) {
        if self.p.metered {
            let (slow, go) = self.fuel_tick();
            self.b.switch_to_block(slow);
            self.b.seal_block(slow);
            let r = self.call_rt(rt::rt_fuel_tick, &[]);
            self.check(r, line);
            self.b.ins().jump(go, &[]);
            self.b.switch_to_block(go);
            self.b.seal_block(go);
        }
        if !self.p.interruptible {
            return;
        }
        let addr = self.iconst(&crate::runtime::interrupt::PENDING as *const _ as i64);
        let flag = self.b.ins().load(types::I32, MemFlagsData::trusted(), addr, 0);
        let (slow, go) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(flag, slow, &[], go, &[]);
        self.b.set_cold_block(slow);
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let r = self.call_rt(rt::rt_check_interrupt, &[]);
        self.check(r, line);
        self.b.ins().jump(go, &[]);
        self.b.switch_to_block(go);
        self.b.seal_block(go);
    }

    /// Metered code: takes one unit of fuel from `vm().fuel` and branches
    /// to the returned `slow` block when the word went negative, else to `go`.
    fn fuel_tick(&mut self) -> (Block, Block) {
        let flags = MemFlagsData::trusted();
        let addr = self.iconst(vm().fuel.as_ptr() as i64);
        let f = self.b.ins().load(types::I64, flags, addr, 0);
        let f1 = self.b.ins().iadd_imm_s(f, -1);
        self.b.ins().store(flags, f1, addr, 0);
        let empty = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, f1, 0);
        let (slow, go) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(slow);
        self.b.ins().brif(empty, slow, &[], go, &[]);
        (slow, go)
    }

    // ------------------------------------------------------------ prologue / epilogue

    fn depth_addr(&mut self) -> ir::Value {
        let addr = &vm().depth as *const _ as i64;
        self.iconst(addr)
    }

    fn prologue(&mut self, entry: Block) {
        // Recursion depth: count this call, fail past the limit.
        let depth_addr = self.depth_addr();
        let flags = MemFlagsData::trusted();
        let d = self.b.ins().load(types::I32, flags, depth_addr, 0);
        self.entry_depth = Some(d);
        let d1 = self.b.ins().iadd_imm_s(d, 1);
        self.b.ins().store(flags, d1, depth_addr, 0);
        // The limit is read at its offset from the depth's address: one
        // address in a register serves both.
        let limit_offset = (&vm().limit as *const _ as i64 - &vm().depth as *const _ as i64) as i32;
        let limit = self.b.ins().load(types::I32, flags, depth_addr, limit_offset);
        let over = self.b.ins().icmp(IntCC::UnsignedGreaterThan, d1, limit);
        let too_deep = self.b.create_block();
        let ok = self.b.create_block();
        self.b.ins().brif(over, too_deep, &[], ok, &[]);
        self.b.set_cold_block(too_deep);
        self.b.switch_to_block(too_deep);
        self.b.seal_block(too_deep);
        self.call_rt(rt::rt_recursion_error, &[]);
        let line = self.iconst(0);
        self.b.ins().jump(self.propagate, &[line.into()]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        if self.p.metered {
            // Fuel: a call costs one unit; a reached limit fails the call at entry.
            let (slow, go) = self.fuel_tick();
            self.b.switch_to_block(slow);
            self.b.seal_block(slow);
            let r = self.call_rt(rt::rt_fuel_tick, &[]);
            let failed = self.b.create_block();
            self.b.ins().brif(r, go, &[], failed, &[]);
            self.b.switch_to_block(failed);
            self.b.seal_block(failed);
            let line = self.iconst(0);
            self.b.ins().jump(self.propagate, &[line.into()]);
            self.b.switch_to_block(go);
            self.b.seal_block(go);
        }

        let is_gen = self.p.scopes.scopes[self.scope_id].is_generator
            || self.is_coroutine()
            || matches!(self.scope().kind, ScopeKind::Comprehension(_)) && (self.scope().is_async || self.scope().kind == ScopeKind::Comprehension(CompKind::Generator));
        if self.p.tier == Tier::Baseline {
            self.count_call(entry, is_gen);
        }
        let params: Vec<ir::Value> = self.b.block_params(entry)[1..].to_vec();
        if is_gen {
            self.generator_prologue(&params);
            return;
        }
        let scope = self.scope();
        let kind = scope.kind;
        let param_names = self.param_names();
        if kind == ScopeKind::Class {
            self.ns = Some(params[0]);
        } else if kind == ScopeKind::Module && self.p.namespace_body {
            self.ns = Some(self.call_rt(rt::rt_exec_namespace, &[]));
        }
        let mut names: Vec<(&String, Binding)> = scope.symbols.iter().map(|(n, &b)| (n, b)).collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        for (name, binding) in names {
            if !matches!(binding, Binding::Local | Binding::Cell) {
                continue;
            }
            let init = match param_names.iter().position(|n| n == name) {
                Some(i) => params[i],
                None => self.iconst(0),
            };
            let var = if binding == Binding::Cell {
                let cell = self.call_rt(rt::rt_new_cell, &[init]);
                Var::Cell(self.new_tmp(cell))
            } else {
                Var::Local(self.new_tmp(init))
            };
            self.vars.insert(name.clone(), var);
        }
        self.bind_free_and_special(params.first().copied());
    }

    /// Baseline code counts its calls (a generator's: its resumptions) and
    /// asks for its optimized tier when they run out.
    fn count_call(&mut self, entry: Block, is_gen: bool) {
        let flags = MemFlagsData::trusted();
        // SAFETY: the descriptor is leaked and valid.
        let addr = self.iconst(unsafe { (*self.code).calls_left.as_ptr() } as i64);
        let n = self.b.ins().load(types::I32, flags, addr, 0);
        let n1 = self.b.ins().iadd_imm_s(n, -1);
        self.b.ins().store(flags, n1, addr, 0);
        let hot = self.b.ins().icmp_imm_s(IntCC::SignedLessThanOrEqual, n1, 0);
        let (tier_up, go) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(tier_up);
        self.b.ins().brif(hot, tier_up, &[], go, &[]);
        self.b.switch_to_block(tier_up);
        self.b.seal_block(tier_up);
        let first = self.b.block_params(entry)[0];
        let func = if is_gen { self.b.ins().load(types::I64, flags, first, GEN_FUNC_OFFSET) } else { first };
        self.call_rt(rt::rt_tier_up, &[func]);
        self.b.ins().jump(go, &[]);
        self.b.switch_to_block(go);
        self.b.seal_block(go);
    }

    /// The names of the parameter slots.
    fn param_names(&self) -> Vec<String> {
        // SAFETY: the descriptor is leaked and valid.
        let code = unsafe { &*self.code };
        code.params.names.iter().map(|&n| crate::runtime::str::as_str(n).to_string()).collect()
    }

    /// True when this body is an `async def` (or a module body that awaits).
    pub fn is_coroutine(&self) -> bool {
        matches!(self.scope().kind, ScopeKind::Function | ScopeKind::Module) && self.scope().is_async
    }

    /// Free variables (from the function's closure), the class cell of a
    /// class body, and a comprehension's iterator.
    fn bind_free_and_special(&mut self, first_param: Option<ir::Value>) {
        let kind = self.scope().kind;
        for (i, name) in self.free_names().iter().enumerate() {
            let v = self.b.declare_var(types::I64);
            let idx = self.iconst(i as i64);
            let func = self.func;
            let cell = self.call_rt(rt::rt_closure_cell, &[func, idx]);
            self.b.def_var(v, cell);
            if self.scope().passthrough.contains(name) {
                self.passed_cells.insert(name.clone(), Tmp::Var(v));
            } else {
                self.vars.insert(name.clone(), Var::Free(Tmp::Var(v)));
            }
        }
        if kind == ScopeKind::Class && scope_needs_class_cell(self.p, self.scope_id) {
            let zero = self.iconst(0);
            let cell = self.call_rt(rt::rt_new_cell, &[zero]);
            let t = self.new_tmp(cell);
            self.vars.insert("__class__".into(), Var::Cell(t));
        }
        if matches!(kind, ScopeKind::Comprehension(_)) {
            let t = match first_param {
                Some(p) => self.new_tmp(p),
                // A generator expression's iterator is its first frame slot.
                None => Tmp::Slot(0),
            };
            self.vars.insert(".0".into(), Var::Local(t));
        }
    }

    /// The entry of a generator's resume function: frame slots for the
    /// variables, then a jump to the state dispatch.
    fn generator_prologue(&mut self, params: &[ir::Value]) {
        let (gen, sent, mode) = (self.func, params[0], params[1]);
        let flags = MemFlagsData::trusted();
        let frame = self.b.ins().iadd_imm_s(gen, crate::runtime::generator::FRAME_OFFSET as i64);
        let func = self.b.ins().load(types::I64, flags, gen, GEN_FUNC_OFFSET);
        self.func = func;
        let dispatch = self.b.create_block();
        let start = self.b.create_block();
        let param_names = self.param_names();
        self.gen = Some(GenCx { gen, frame, sent, mode, resume_blocks: vec![start], next_slot: param_names.len(), params: param_names.len(), dispatch, scoped: Vec::new() });
        let scope = self.scope();
        let mut names: Vec<(&String, Binding)> = scope.symbols.iter().map(|(n, &b)| (n, b)).collect();
        names.sort_by(|a, b| a.0.cmp(b.0));
        let mut cells = Vec::new();
        for (name, binding) in names {
            if !matches!(binding, Binding::Local | Binding::Cell) {
                continue;
            }
            let slot = match param_names.iter().position(|n| n == name) {
                Some(i) => Tmp::Slot(i),
                None => {
                    let g = self.gen.as_mut().expect("set above");
                    g.next_slot += 1;
                    Tmp::Slot(g.next_slot - 1)
                }
            };
            if binding == Binding::Cell {
                cells.push(slot);
                self.vars.insert(name.clone(), Var::Cell(slot));
            } else {
                self.vars.insert(name.clone(), Var::Local(slot));
            }
        }
        self.bind_free_and_special(None);
        self.b.ins().jump(dispatch, &[]);
        // The start of the body: wrap captured variables in cells.
        self.b.switch_to_block(start);
        for slot in cells {
            let init = self.get(slot);
            let cell = self.call_rt(rt::rt_new_cell, &[init]);
            self.set(slot, cell);
        }
    }

    /// The free variables of this function, in closure order.
    pub fn free_names(&self) -> Vec<String> {
        free_names(self.p, self.scope_id)
    }

    /// Emits the return and propagate blocks; returns the generator frame
    /// size (0 for plain functions).
    pub fn finish(mut self) -> usize {
        let frame_slots = self.gen.as_ref().map_or(0, |g| g.next_slot);
        if !self.dead {
            let result = if self.scope().kind == ScopeKind::Class {
                match self.vars.get("__class__") {
                    Some(&Var::Cell(v)) => self.get(v),
                    _ => self.none(),
                }
            } else {
                self.none()
            };
            self.b.ins().jump(self.ret_block, &[result.into()]);
        }
        if let Some(g) = self.gen.take() {
            // The state dispatch, now that every resume point is known.
            self.b.switch_to_block(g.dispatch);
            // Starting clears the variables and temporaries: whoever made
            // the generator only filled in the parameters. A caller that
            // just made it says so (MODE_START), skipping the table.
            let fresh = self.b.create_block();
            let (by_state, bad) = (self.b.create_block(), self.b.create_block());
            let starting = self.b.ins().icmp_imm_s(IntCC::Equal, g.mode, crate::runtime::generator::MODE_START);
            self.b.ins().brif(starting, fresh, &[], by_state, &[]);
            self.b.switch_to_block(by_state);
            let state = self.b.ins().load(types::I32, MemFlagsData::trusted(), g.gen, crate::runtime::generator::STATE_OFFSET);
            let mut targets: Vec<ir::BlockCall> =
                g.resume_blocks.iter().map(|&blk| self.b.func.dfg.block_call(blk, &[])).collect();
            targets[0] = self.b.func.dfg.block_call(fresh, &[]);
            let default = self.b.func.dfg.block_call(bad, &[]);
            let jt = self.b.create_jump_table(ir::JumpTableData::new(default, &targets));
            self.b.ins().br_table(state, jt);
            self.b.switch_to_block(bad);
            self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            self.b.switch_to_block(fresh);
            let zero = self.iconst(0);
            for slot in g.params..g.next_slot {
                self.b.ins().store(MemFlagsData::trusted(), zero, g.frame, 8 * slot as i32);
            }
            self.b.ins().jump(g.resume_blocks[0], &[]);
            // Finishing closes what the locals own, stores the return
            // value and reports RETURNED.
            self.b.switch_to_block(self.ret_block);
            let r = self.b.block_params(self.ret_block)[0];
            // The owning variables are frame slots: read through `gen`.
            self.gen = Some(g);
            self.close_owned_locals();
            let g = self.gen.take().expect("put back above");
            let flags = MemFlagsData::trusted();
            self.b.ins().store(flags, r, g.gen, crate::runtime::generator::RETVAL_OFFSET);
            let finished = self.iconst(crate::runtime::generator::FINISHED);
            self.b.ins().istore32(flags, finished, g.gen, crate::runtime::generator::STATE_OFFSET);
            let r = self.iconst(crate::runtime::generator::RETURNED.0 as i64);
            self.uncount_and_return(r);
        } else {
            // Return: close what the locals own, uncount the call.
            self.b.switch_to_block(self.ret_block);
            let r = self.b.block_params(self.ret_block)[0];
            if self.scope().kind == ScopeKind::Function {
                self.close_owned_locals();
            }
            self.uncount_and_return(r);
        }
        // Propagate: record the frame in the traceback, uncount, return NULL.
        self.b.switch_to_block(self.propagate);
        let line = self.b.block_params(self.propagate)[0];
        let code = self.iconst(self.code as i64);
        self.call_rt(rt::rt_add_traceback, &[code, line]);
        let zero = self.iconst(0);
        self.uncount_and_return(zero);
        self.b.seal_all_blocks();
        let config = self.p.jit.module.target_config();
        self.b.finalize(config);
        frame_slots
    }

    /// Uncounts the call in the recursion depth and returns `r`. The depth
    /// found on entry is stored back rather than the depth decremented: a
    /// load-decrement-store would wait for the store of the callee just
    /// returned, chaining every call and return of a recursion through one
    /// memory word (measured: a tenth of a call's time in `fib`).
    pub(super) fn uncount_and_return(&mut self, r: ir::Value) {
        let flags = MemFlagsData::trusted();
        let addr = self.depth_addr();
        let d = self.entry_depth.expect("the prologue came first");
        self.b.ins().store(flags, d, addr, 0);
        self.b.ins().return_(&[r]);
    }

    // ------------------------------------------------------------ bodies

    pub fn compile_body(&mut self, body: &Body<'a>) -> Result<(), SyntaxError> {
        if self.scope().has_annotations {
            self.setup_annotations();
        }
        match body {
            Body::Module([Stmt { kind: StmtKind::Expr(e), .. }]) if self.p.eval_body => {
                let v = self.expr(e)?;
                self.do_return(v);
                Ok(())
            }
            Body::Module(stmts) => self.block(stmts),
            Body::Function(f) => self.block(&f.body),
            Body::Lambda(_, e) => {
                let v = self.expr(e)?;
                self.do_return(v);
                Ok(())
            }
            Body::Class(c) => {
                // The namespace begins as CPython's does: `__module__`,
                // `__qualname__`, then the docstring (a class without one
                // gets None last).
                let module = crate::runtime::str::new_str(&module_obj(self.p.module).name);
                let module = self.constant(module);
                self.store_name("__module__", module, 0);
                let qualname = self.constant(crate::runtime::str::new_str(&self.p.qualname(self.scope_id)));
                self.store_name("__qualname__", qualname, 0);
                if let Some(StmtKind::Expr(Expr { kind: ExprKind::Str(text), .. })) = c.body.first().map(|s| &s.kind) {
                    let doc = self.constant(crate::runtime::str::new_str(text));
                    self.store_name("__doc__", doc, 0);
                }
                self.block(&c.body)
            }
            Body::Comprehension(kind, element, value, clauses, span) => self.comprehension_body(*kind, element, *value, clauses, *span),
        }
    }

    /// Gives a module or class body that annotates names its
    /// `__annotations__` dict (a module keeps one it already has).
    fn setup_annotations(&mut self) {
        if self.ns.is_some() {
            let zero = self.iconst(0);
            let d = self.call_rt(rt::rt_build_dict, &[zero, zero]);
            self.store_name("__annotations__", d, 0);
        } else {
            let module = self.constant(self.p.module);
            self.call_rt(rt::rt_setup_annotations, &[module]);
        }
    }

    pub fn block(&mut self, stmts: &'a [Stmt]) -> Result<(), SyntaxError> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Returns `v` from the function, running pending unwind work first.
    pub fn do_return(&mut self, v: ir::Value) {
        if self.unwinds.is_empty() {
            // Nothing runs on the way out: no temporary (in a generator, a
            // frame slot) has to keep `v`.
            if !self.dead {
                self.b.ins().jump(self.ret_block, &[v.into()]);
            }
            self.start_dead_block();
            return;
        }
        let var = self.scoped_tmp(v);
        self.unwind_to(0);
        if !self.dead {
            let v = self.get(var);
            self.b.ins().jump(self.ret_block, &[v.into()]);
        }
        self.end_scoped_tmp(var);
        self.start_dead_block();
    }

    /// Emits the unwind work above depth `depth` (innermost first).
    pub fn unwind_to(&mut self, depth: usize) {
        let mut i = self.unwinds.len();
        while i > depth {
            i -= 1;
            match &self.unwinds[i] {
                Unwind::ExceptPop => {
                    self.call_rt(rt::rt_end_except, &[]);
                }
                Unwind::With(exit) => {
                    let exit = *exit;
                    let e = self.get(exit);
                    let s = self.call_rt(rt::rt_with_exit, &[e]);
                    self.check(s, 0);
                }
                Unwind::CloseOwned(owned) => {
                    let g = self.get(*owned);
                    self.call_rt(rt::rt_close_owned, &[g]);
                }
                Unwind::Finally(body, handler_depth) => {
                    let (body, handler_depth) = (*body, *handler_depth);
                    // Compile the finally body as it stands outside its try.
                    let saved_unwinds: Vec<Unwind<'a>> = self.unwinds.drain(i..).collect();
                    let saved_handlers: Vec<Block> = self.handlers.drain(handler_depth..).collect();
                    let _ = self.block(body);
                    self.handlers.extend(saved_handlers);
                    self.unwinds.extend(saved_unwinds);
                }
            }
        }
    }

    // ------------------------------------------------------------ variables

    /// Declares a spiller temporary (`$s0`...) on first use, holding `init`
    /// (None when it is read first: 0); true when it was declared now.
    fn ensure_hidden(&mut self, name: &str, init: Option<ir::Value>) -> bool {
        if name.starts_with('$') && !self.vars.contains_key(name) {
            let init = init.unwrap_or_else(|| self.iconst(0));
            let t = self.new_tmp(init);
            self.vars.insert(name.to_string(), Var::Local(t));
            self.always_bound.insert(name.to_string());
            return true;
        }
        false
    }

    /// Reads variable `name`.
    pub fn load_name(&mut self, name: &str, span: Span) -> Result<ir::Value, SyntaxError> {
        self.ensure_hidden(name, None);
        let line = self.line(span);
        let binding = self.binding(name);
        if let Some(&var) = self.vars.get(name) {
            // `__class__` in a method is the class's implicit cell (what
            // zero-argument super() reads), unless declared global.
            let class_cell = name == "__class__" && binding == Binding::GlobalImplicit;
            if class_cell || !matches!(binding, Binding::Name | Binding::GlobalExplicit | Binding::GlobalImplicit) {
                let v = self.load_var(var, name, line);
                self.ints.note_load(name, v);
                return Ok(v);
            }
        }
        if binding == Binding::Name && self.ns.is_some() {
            let ns = self.ns.expect("checked");
            let n = self.name_const(name);
            let module = self.constant(self.p.module);
            return Ok(self.call_checked(rt::rt_load_name, &[ns, module, n], line));
        }
        Ok(self.load_global(name, line))
    }

    /// The value of variable `var`, NULL when unbound.
    pub(super) fn raw_value(&mut self, var: Var) -> ir::Value {
        match var {
            Var::Local(v) => self.get(v),
            Var::Cell(v) | Var::Free(v) => {
                let cell = self.get(v);
                self.b.ins().load(types::I64, MemFlagsData::trusted(), cell, CELL_VALUE_OFFSET)
            }
        }
    }

    fn load_var(&mut self, var: Var, name: &str, line: u32) -> ir::Value {
        if let Var::Local(v) = var {
            if self.always_bound.contains(name) {
                return self.get(v);
            }
        }
        let v = self.raw_value(var);
        let unbound: fn() -> Helper = if matches!(var, Var::Free(_)) { rt::rt_unbound_free } else { rt::rt_unbound_local };
        let ok = self.b.create_block();
        let bad = self.b.create_block();
        self.b.ins().brif(v, ok, &[], bad, &[]);
        self.b.switch_to_block(bad);
        self.b.seal_block(bad);
        let n = self.name_const(name);
        self.call_rt(unbound, &[n]);
        let handler = *self.handlers.last().expect("present");
        let l = self.iconst(line as i64);
        self.b.ins().jump(handler, &[l.into()]);
        self.b.switch_to_block(ok);
        self.b.seal_block(ok);
        v
    }

    /// Reads a module global (then builtins).
    pub fn load_global(&mut self, name: &str, line: u32) -> ir::Value {
        let module = self.p.module;
        let Some(index) = module_obj(module).slot_index(name) else {
            let m = self.constant(module);
            let n = self.name_const(name);
            return self.call_checked(rt::rt_load_global_slow, &[m, n], line);
        };
        let addr = self.iconst(slot_addr(module, index));
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // A builtin (`len`, `isinstance`...) is read from its slot in the
        // builtins module when the module has no global of that name.
        let builtins = vm().builtins.get();
        if let Some(b) = module_obj(builtins).slot_index(name).filter(|_| builtins != module) {
            let builtin_b = self.b.create_block();
            self.b.ins().brif(v, done, &[v.into()], builtin_b, &[]);
            self.b.switch_to_block(builtin_b);
            self.b.seal_block(builtin_b);
            let addr = self.iconst(slot_addr(builtins, b));
            let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
            self.b.ins().brif(v, done, &[v.into()], slow, &[]);
        } else {
            self.b.ins().brif(v, done, &[v.into()], slow, &[]);
        }
        self.b.switch_to_block(slow);
        self.b.seal_block(slow);
        let m = self.constant(module);
        let n = self.name_const(name);
        let r = self.call_checked(rt::rt_load_global_slow, &[m, n], line);
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    pub fn binding(&self, name: &str) -> Binding {
        if name.starts_with('.') || name.starts_with('$') {
            // Hidden locals (a comprehension's iterator).
            return Binding::Local;
        }
        let default = if self.scope().kind == ScopeKind::Class { Binding::Name } else { Binding::GlobalImplicit };
        self.scope().symbols.get(name).copied().unwrap_or(default)
    }

    /// Binds variable `name` to `v`.
    pub fn store_name(&mut self, name: &str, v: ir::Value, line: u32) {
        if self.ensure_hidden(name, Some(v)) {
            return;
        }
        let binding = self.binding(name);
        if let Some(&var) = self.vars.get(name) {
            if !matches!(binding, Binding::Name | Binding::GlobalExplicit | Binding::GlobalImplicit) {
                match var {
                    Var::Local(x) => self.set(x, v),
                    Var::Cell(x) | Var::Free(x) => {
                        let cell = self.get(x);
                        self.b.ins().store(MemFlagsData::trusted(), v, cell, CELL_VALUE_OFFSET);
                    }
                }
                return;
            }
        }
        if binding == Binding::Name && self.ns.is_some() {
            let ns = self.ns.expect("checked");
            let n = self.name_const(name);
            // A namespace from a metaclass's `__prepare__` may refuse a store.
            let s = self.call_rt(rt::rt_store_name, &[ns, n, v]);
            self.check(s, line);
            return;
        }
        let module = self.p.module;
        match module_obj(module).slot_index(name) {
            Some(index) => {
                let addr = self.iconst(slot_addr(module, index));
                self.b.ins().store(MemFlagsData::trusted(), v, addr, 0);
            }
            None => {
                let m = self.constant(module);
                let n = self.name_const(name);
                self.call_rt(rt::rt_store_global, &[m, n, v]);
            }
        }
        let _ = line;
    }

    /// `del name`.
    pub fn delete_name(&mut self, name: &str, line: u32) {
        let binding = self.binding(name);
        if let Some(&var) = self.vars.get(name) {
            if !matches!(binding, Binding::Name | Binding::GlobalExplicit | Binding::GlobalImplicit) {
                // Reading first raises UnboundLocalError for an unbound name.
                self.load_var(var, name, line);
                let zero = self.iconst(0);
                match var {
                    Var::Local(x) => self.set(x, zero),
                    Var::Cell(x) | Var::Free(x) => {
                        let cell = self.get(x);
                        self.b.ins().store(MemFlagsData::trusted(), zero, cell, CELL_VALUE_OFFSET);
                    }
                }
                return;
            }
        }
        let n = self.name_const(name);
        if binding == Binding::Name && self.ns.is_some() {
            let ns = self.ns.expect("checked");
            let s = self.call_rt(rt::rt_delete_name, &[ns, n]);
            self.check(s, line);
            return;
        }
        let m = self.constant(self.p.module);
        let s = self.call_rt(rt::rt_delete_global, &[m, n]);
        self.check(s, line);
    }

    /// The cells an inner scope's closure needs, read from this function.
    pub fn closure_for(&mut self, inner: ScopeId) -> Vec<ir::Value> {
        let names = free_names(self.p, inner);
        let mut cells = Vec::with_capacity(names.len());
        for name in names {
            let v = match (self.vars.get(&name), self.passed_cells.get(&name)) {
                (Some(Var::Cell(v)) | Some(Var::Free(v)), _) | (_, Some(v)) => {
                    let v = *v;
                    self.get(v)
                }
                _ => self.iconst(0),
            };
            cells.push(v);
        }
        cells
    }
}

/// True when a method directly inside class scope `id` uses `super` or `__class__`.
pub fn scope_needs_class_cell(p: &ProgramCx, id: ScopeId) -> bool {
    p.scopes.scopes.iter().any(|s| s.parent == Some(id) && s.uses_class_cell && s.kind == ScopeKind::Function)
        || p.scopes.scopes.iter().any(|s| {
            // Nested functions inside methods reach the class cell too.
            let mut parent = s.parent;
            let mut through_function = false;
            while let Some(q) = parent {
                if q == id {
                    return s.uses_class_cell && through_function;
                }
                through_function |= p.scopes.scopes[q].kind == ScopeKind::Function;
                if p.scopes.scopes[q].kind == ScopeKind::Class {
                    return false;
                }
                parent = p.scopes.scopes[q].parent;
            }
            false
        })
}

/// The free variables of scope `id` in closure order (sorted names, with the
/// implicit `__class__` cell of methods that use `super`).
pub fn free_names(p: &ProgramCx, id: ScopeId) -> Vec<String> {
    let scope = &p.scopes.scopes[id];
    let mut names: Vec<String> =
        scope.symbols.iter().filter(|(_, &b)| b == Binding::Free).map(|(n, _)| n.clone()).collect();
    names.extend(scope.passthrough.iter().cloned());
    names.sort();
    if needs_class_cell_from_outside(p, id) && !names.iter().any(|n| n == "__class__") {
        names.push("__class__".into());
    }
    names
}

/// True when scope `id` (a function) reaches an enclosing class's `__class__` cell.
fn needs_class_cell_from_outside(p: &ProgramCx, id: ScopeId) -> bool {
    let scope = &p.scopes.scopes[id];
    if matches!(scope.kind, ScopeKind::Module | ScopeKind::Class) {
        return false;
    }
    // Does this scope, or any scope nested in it, use super/__class__ while
    // sitting inside a class (through functions only)?
    let mut parent = scope.parent;
    let mut inside_class = false;
    while let Some(q) = parent {
        match p.scopes.scopes[q].kind {
            ScopeKind::Class => {
                inside_class = true;
                break;
            }
            ScopeKind::Module => break,
            _ => parent = p.scopes.scopes[q].parent,
        }
    }
    if !inside_class {
        return false;
    }
    p.scopes.scopes.iter().enumerate().any(|(i, s)| {
        if !s.uses_class_cell {
            return false;
        }
        let mut c = Some(i);
        while let Some(x) = c {
            if x == id {
                return true;
            }
            if p.scopes.scopes[x].kind == ScopeKind::Class {
                return false;
            }
            c = p.scopes.scopes[x].parent;
        }
        false
    })
}

/// Names that `del` statements of a function body unbind (nested
/// functions and classes excluded).
fn deleted_names(stmts: &[Stmt], out: &mut std::collections::HashSet<String>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Delete(targets) => {
                for t in targets {
                    collect_target_names(t, out);
                }
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                deleted_names(body, out);
                deleted_names(orelse, out);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                deleted_names(body, out);
                for h in handlers {
                    deleted_names(&h.body, out);
                    // `except E as name` unbinds the name at the end of the handler.
                    if let Some(n) = &h.name {
                        out.insert(n.name.clone());
                    }
                }
                deleted_names(orelse, out);
                deleted_names(finalbody, out);
            }
            StmtKind::With { body, .. } => deleted_names(body, out),
            StmtKind::Match { cases, .. } => cases.iter().for_each(|c| deleted_names(&c.body, out)),
            _ => {}
        }
    }
}

fn collect_target_names(t: &Expr, out: &mut std::collections::HashSet<String>) {
    match &t.kind {
        ExprKind::Name(n) => {
            out.insert(n.clone());
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| collect_target_names(i, out)),
        _ => {}
    }
}
