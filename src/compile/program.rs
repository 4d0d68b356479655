//! Compiles a whole module: every function body (module body, defs,
//! lambdas, class bodies, comprehensions) becomes one Cranelift function,
//! (plus, when it takes more than `array_entry::MAX_GENERIC_SLOTS` slots, a
//! small array-entry adapter); then the code is finalized, the code
//! descriptors are patched with their entry addresses, and the module body
//! runs.

use std::collections::{BTreeSet, HashMap};

use cranelift_codegen::ir::{types, InstBuilder, UserFuncName};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module as _};

use super::codegen::FunctionCx;
use super::int_params::Assumption;
use super::jit::Jit;
use super::lazy::{CompileUnit, Entries, Pending, Waiting};
use super::resolve::{Binding, ScopeId, ScopeKind, Scopes};
use crate::runtime::function::{CodeInfo, ParamSpec};
use crate::runtime::module::new_module;
use crate::runtime::value::Value;
use crate::runtime::vm::intern;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// A body waiting to be compiled.
#[derive(Clone, Copy)]
pub enum Body<'a> {
    Module(&'a [Stmt]),
    Function(&'a FunctionDef),
    Lambda(&'a Params, &'a Expr),
    Class(&'a ClassDef),
    /// A comprehension: kind, element, value (dicts), clauses.
    Comprehension(CompKind, &'a Expr, Option<&'a Expr>, &'a [Comprehension], Span),
}

/// One queued function: its body, scope and the ids it will be defined under.
#[derive(Clone)]
pub struct Job<'a> {
    /// What to compile.
    pub body: Body<'a>,
    /// Its scope.
    pub scope: ScopeId,
    /// Its code descriptor (leaked; entries patched after finalizing).
    pub code: *mut CodeInfo,
    /// The fast entry.
    pub fast: FuncId,
    /// The array-entry adapter, compiled only for code too wide for the
    /// generic ones (`array_entry::MAX_GENERIC_SLOTS`).
    pub array: Option<FuncId>,
    /// Number of parameter slots of the fast entry.
    pub slots: usize,
    /// For generator functions: the resume function.
    pub resume: Option<FuncId>,
}

/// Module-wide compilation state shared by every function.
pub struct ProgramCx<'a> {
    /// The JIT module.
    pub jit: Jit,
    /// Scope information from the resolve pass.
    pub scopes: &'a Scopes,
    /// The module object being compiled.
    pub module: Value,
    /// The source file name, for tracebacks.
    pub filename: &'static str,
    /// Byte offsets where lines start, for span-to-line.
    pub line_starts: Vec<usize>,
    /// Functions still to compile.
    pub queue: Vec<Job<'a>>,
    /// Every descriptor with its IR, waiting for machine code.
    pub done: Vec<(*mut CodeInfo, Pending)>,
    /// Functions whose IR is built on their first call (`lazy_ir`).
    pub deferred: Vec<Job<'a>>,
    /// Counter for unique function names.
    pub next_name: usize,
    /// Text for `--emit clif`, when requested.
    pub clif: Option<String>,
    /// True for REPL input: loop heads poll for Ctrl-C.
    pub interruptible: bool,
    /// True when execution limits are on: prologues and loop heads count fuel.
    pub metered: bool,
    /// Build a function's IR only on its first call. Only for trusted
    /// standard-library code: its code-generation errors, which this puts
    /// off, are known not to happen.
    pub lazy_ir: bool,
    /// How the function being built is compiled (set per build).
    pub tier: Tier,
    /// What the entry of the function being built assumes of its
    /// parameters (`int_params.rs`; set per build).
    pub assumed_ints: Option<Assumption>,
    /// Under `from __future__ import annotations`, the source the
    /// annotations' text comes from (they are not evaluated).
    pub annotation_source: Option<&'static str>,
    /// `CompileOptions::eval`.
    pub eval_body: bool,
    /// `CompileOptions::namespace`.
    pub namespace_body: bool,
    /// What of a standard-library module CPython implements in C, whose
    /// frames its tracebacks do not show (`native_in_cpython`).
    pub native_in_cpython: NativeNames,
}

/// The top-level names of a standard-library module that are native code
/// in CPython, as a line `# native in CPython: ...` in its source declares:
/// `*` for all of it, else the names of functions and classes (their
/// methods and inner functions included).
#[derive(Default)]
pub enum NativeNames {
    /// Nothing: user code, or a module written in Python in CPython too.
    #[default]
    None,
    /// The whole module.
    All,
    /// These top-level functions and classes.
    Some(Vec<String>),
}

impl NativeNames {
    /// What `source`, the text of module file `filename`, declares.
    fn declared(filename: &str, source: &str) -> NativeNames {
        if !filename.starts_with("<stdlib>/") {
            return NativeNames::None;
        }
        // The names of every such line (a long list may take several).
        let names: Vec<String> = source
            .lines()
            .filter_map(|l| l.strip_prefix("# native in CPython:"))
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        match names.as_slice() {
            [] => NativeNames::None,
            [all] if all == "*" => NativeNames::All,
            _ => NativeNames::Some(names),
        }
    }

    /// True when the code named `qualname` is among them.
    fn covers(&self, qualname: &str) -> bool {
        match self {
            NativeNames::None => false,
            NativeNames::All => true,
            NativeNames::Some(names) => names.iter().any(|n| qualname.split('.').next() == Some(n.as_str())),
        }
    }
}

/// How a function is compiled. Compact IR calls runtime helpers where
/// optimized IR has inline fast paths (direct calls, inline caches,
/// small-int arithmetic), so it is a fraction of the size and compiles
/// several times faster, at some cost in speed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Tier {
    /// Inline fast paths, optimized: user code, and hot library code.
    Optimized,
    /// Compact and compiled quickly: code that runs once (class bodies,
    /// library module bodies).
    Once,
    /// Compact and compiled quickly, counting its calls: library functions
    /// until they prove hot (`lazy::tier_up`).
    Baseline,
}

/// How to compile a source.
#[derive(Clone, Copy, Default)]
pub struct CompileOptions {
    /// Collect the IR text (`--emit clif`) instead of finishing the code.
    pub clif: bool,
    /// REPL input: loop heads poll for Ctrl-C.
    pub interruptible: bool,
    /// Trusted standard-library code: IR waits for the first call.
    pub lazy_ir: bool,
    /// `eval` code: the body is one expression, whose value it returns.
    pub eval: bool,
    /// `exec`/`eval` with locals apart from the globals: the body's names
    /// live in a mapping it is handed as it starts (as a class body's).
    pub namespace: bool,
}

/// The parameter list of a scope's body, as names.
fn param_spec(params: Option<&Params>) -> ParamSpec {
    let Some(p) = params else {
        return ParamSpec { names: vec![], posonly: 0, positional: 0, kwonly: 0, vararg: false, kwarg: false };
    };
    let mut names = Vec::new();
    for q in p.posonly.iter().chain(&p.args) {
        names.push(intern(&q.name.name));
    }
    if let Some(v) = &p.vararg {
        names.push(intern(&v.name.name));
    }
    for q in &p.kwonly {
        names.push(intern(&q.name.name));
    }
    if let Some(k) = &p.kwarg {
        names.push(intern(&k.name.name));
    }
    ParamSpec {
        names,
        posonly: p.posonly.len(),
        positional: p.posonly.len() + p.args.len(),
        kwonly: p.kwonly.len(),
        vararg: p.vararg.is_some(),
        kwarg: p.kwarg.is_some(),
    }
}

impl<'a> ProgramCx<'a> {
    /// The position id of the bytes `start..end`.
    pub fn position(&self, start: u32, end: u32) -> u32 {
        let (line, end_line) = (self.line(start), self.line(end));
        let column = |line: u32, offset: u32| offset - self.line_starts[line as usize - 1] as u32;
        crate::runtime::positions::intern(crate::runtime::positions::Position {
            line,
            end_line,
            col: column(line, start),
            end_col: column(end_line, end),
        })
    }

    /// The 1-based line of byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&(offset as usize)) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The qualified name of scope `id` (`A.f`, `f.<locals>.g`).
    pub fn qualname(&self, id: ScopeId) -> String {
        let scope = &self.scopes.scopes[id];
        let mut parts = vec![scope.name.clone()];
        let mut parent = scope.parent;
        while let Some(p) = parent {
            let s = &self.scopes.scopes[p];
            match s.kind {
                ScopeKind::Module => break,
                ScopeKind::Class => parts.push(s.name.clone()),
                _ => {
                    parts.push("<locals>".into());
                    parts.push(s.name.clone());
                }
            }
            parent = s.parent;
        }
        parts.reverse();
        parts.join(".")
    }

    /// Queues `body` for compilation and returns its code descriptor.
    /// `line` is where the definition starts (`co_firstlineno`).
    pub fn enqueue(&mut self, body: Body<'a>, scope: ScopeId, line: u32) -> *mut CodeInfo {
        let (params, extra) = match &body {
            Body::Function(f) => (Some(&f.params), 0),
            Body::Lambda(p, _) => (Some(*p), 0),
            Body::Class(_) | Body::Comprehension(..) => (None, 1),
            Body::Module(_) => (None, 0),
        };
        let mut spec = param_spec(params);
        if extra == 1 {
            // Class bodies take their namespace, comprehensions their iterator.
            spec.names.push(intern(".0"));
            spec.positional = 1;
        }
        let slots = spec.slots();
        let s = &self.scopes.scopes[scope];
        let name = s.name.clone();
        let qualname = self.qualname(scope);
        let code = Box::into_raw(Box::new(CodeInfo {
            name,
            hidden_frame: self.native_in_cpython.covers(&qualname),
            qualname,
            filename: self.filename.to_string(),
            params: spec,
            fast_entry: std::ptr::null(),
            array_entry: std::ptr::null(),
            generator: None,
            resume_entry: std::ptr::null(),
            frame_slots: 0,
            doc: match &body {
                Body::Function(f) => match f.body.first().map(|s| &s.kind) {
                    Some(StmtKind::Expr(Expr { kind: ExprKind::Str(text), .. })) => Some(text.clone()),
                    _ => None,
                },
                _ => None,
            },
            lazy: None,
            first_line: line,
            suspension_points: Vec::new(),
            suspends_in_cleanup: false,
            calls_left: std::cell::Cell::new(super::lazy::TIER_UP_CALLS),
            self_attrs: match &body {
                Body::Function(f) => super::self_attrs::self_attribute_names(f).iter().map(|n| intern(n)).collect(),
                _ => Vec::new(),
            },
            local_names: match &body {
                Body::Module(_) | Body::Class(_) => Vec::new(),
                _ => s.locals.clone(),
            },
            free_names: super::codegen::free_names(self, scope),
            cell_names: {
                let mut cells: Vec<String> =
                    s.symbols.iter().filter(|(_, &b)| b == super::resolve::Binding::Cell).map(|(n, _)| n.clone()).collect();
                cells.sort();
                cells
            },
        }));
        let genexp = s.kind == ScopeKind::Comprehension(CompKind::Generator);
        let async_comp = matches!(s.kind, ScopeKind::Comprehension(k) if k != CompKind::Generator) && s.is_async;
        let is_gen = s.is_generator || genexp || async_comp || (matches!(s.kind, ScopeKind::Function | ScopeKind::Module) && s.is_async);
        if is_gen {
            // SAFETY: just leaked.
            unsafe {
                use crate::runtime::function::GenKind;
                (*code).generator = Some(if genexp && !s.is_async {
                    GenKind::Generator
                } else if genexp {
                    GenKind::AsyncGenerator
                } else if s.is_async && s.is_generator {
                    GenKind::AsyncGenerator
                } else if s.is_async {
                    GenKind::Coroutine
                } else {
                    GenKind::Generator
                });
            }
        }
        let (fast, array, resume) = self.declare_entries(&s.name, slots, is_gen);
        self.queue.push(Job { body, scope, code, fast, array, slots, resume });
        code
    }

    /// Declares the functions a code descriptor's entries are defined as:
    /// the fast entry, the array-entry adapter and, for a generator
    /// function, the resume function.
    fn declare_entries(&mut self, name: &str, slots: usize, is_gen: bool) -> (FuncId, Option<FuncId>, Option<FuncId>) {
        self.next_name += 1;
        let mut declare = |prefix: &str, params: usize| {
            let sig = self.jit.signature(params);
            let name = format!("{prefix}{}_{}", self.next_name, sanitize(name));
            self.jit.module.declare_function(&name, Linkage::Local, &sig).expect("unique names")
        };
        let fast = declare("f", 1 + slots);
        let array = (slots > super::array_entry::MAX_GENERIC_SLOTS).then(|| declare("a", 2));
        let resume = is_gen.then(|| declare("r", 3));
        (fast, array, resume)
    }

    /// A new function with the fast entry's signature, for the code of
    /// `job` that assumes nothing of its parameters (`int_params.rs`).
    fn declare_generic(&mut self, job: &Job<'a>) -> FuncId {
        self.next_name += 1;
        let sig = self.jit.signature(1 + job.slots);
        let name = format!("g{}_{}", self.next_name, sanitize(&self.scopes.scopes[job.scope].name));
        self.jit.module.declare_function(&name, Linkage::Local, &sig).expect("unique names")
    }

    /// `job` with new functions to define its entries as (for building
    /// its code again).
    pub fn redeclared(&mut self, job: &Job<'a>) -> Job<'a> {
        let name = self.scopes.scopes[job.scope].name.clone();
        let (fast, array, resume) = self.declare_entries(&name, job.slots, job.resume.is_some());
        Job { fast, array, resume, ..job.clone() }
    }

    /// The tier a job is first compiled at.
    pub fn first_tier(&self, job: &Job<'a>) -> Tier {
        match job.body {
            Body::Class(_) => Tier::Once,
            // A module body without a loop runs each line once.
            Body::Module(body) if self.lazy_ir || !has_loop(body) => Tier::Once,
            _ if self.lazy_ir => Tier::Baseline,
            _ => Tier::Optimized,
        }
    }

    /// True while building compact IR.
    pub fn compact(&self) -> bool {
        self.tier != Tier::Optimized
    }

    /// Builds the IR of everything queued (with `lazy_ir`, of the module
    /// body only: the rest waits for first calls).
    pub fn compile_all(&mut self) -> Result<(), SyntaxError> {
        while let Some(job) = self.queue.pop() {
            if self.lazy_ir && !matches!(job.body, Body::Module(_)) {
                self.deferred.push(job);
                continue;
            }
            let tier = self.first_tier(&job);
            let pending = self.build(&job, tier)?;
            self.done.push((job.code, pending));
        }
        Ok(())
    }

    /// Builds the IR of one job: its body (or resume function and
    /// generator creator) and its array-entry adapter. Functions it defines
    /// are queued.
    pub fn build(&mut self, job: &Job<'a>, tier: Tier) -> Result<Pending, SyntaxError> {
        self.tier = tier;
        let mut ctx = self.jit.module.make_context();
        let mut fctx = FunctionBuilderContext::new();
        // Compact code, and a module body that runs once through (no
        // loop), are compiled quickly: compiling them well costs more than
        // running them. So are the few instructions of an adapter.
        let quick = tier != Tier::Optimized || matches!(job.body, Body::Module(body) if !has_loop(body));
        let mut funcs = Vec::new();
        if job.resume.is_some() {
            self.compile_creator(job, &mut ctx, &mut fctx);
            funcs.push((job.fast, self.take_func(&mut ctx), quick));
        }
        // A plain optimized function is first built assuming nothing of its
        // parameters; when that finds small-int parameters, it becomes the
        // fallback of an entry built again assuming them (`int_params.rs`).
        // (A body with nested scopes would queue them twice: it is built once.)
        let nested = self.scopes.scopes.iter().any(|s| s.parent == Some(job.scope));
        if tier == Tier::Optimized && job.resume.is_none() && matches!(job.body, Body::Function(_)) && !nested {
            let generic = self.declare_generic(job);
            let met = self.compile_job(job, generic, &mut ctx, &mut fctx)?;
            if met.is_empty() {
                ctx.func.name = UserFuncName::user(0, job.fast.as_u32());
                funcs.push((job.fast, self.take_func(&mut ctx), quick));
            } else {
                funcs.push((generic, self.take_func(&mut ctx), quick));
                self.assumed_ints = Some(Assumption { slots: met.into_iter().collect(), generic });
                let built = self.compile_job(job, job.fast, &mut ctx, &mut fctx);
                self.assumed_ints = None;
                built?;
                funcs.push((job.fast, self.take_func(&mut ctx), quick));
            }
        } else {
            let id = job.resume.unwrap_or(job.fast);
            self.compile_job(job, id, &mut ctx, &mut fctx)?;
            funcs.push((id, self.take_func(&mut ctx), quick));
        }
        if let Some(array) = job.array {
            self.compile_adapter(job, array, &mut ctx, &mut fctx);
            funcs.push((array, self.take_func(&mut ctx), true));
        }
        Ok(Pending { funcs, entries: Entries { fast: job.fast, array: job.array, resume: job.resume } })
    }

    /// Moves the function just built out of `ctx`, leaving it ready for the next.
    fn take_func(&mut self, ctx: &mut Context) -> cranelift_codegen::ir::Function {
        let func = std::mem::replace(&mut ctx.func, cranelift_codegen::ir::Function::new());
        self.jit.module.clear_context(ctx);
        func
    }

    /// Builds the body of `job` as function `id`; returns the parameter
    /// slots its small-int fast paths met beside int constants.
    fn compile_job(&mut self, job: &Job<'a>, id: FuncId, ctx: &mut Context, fctx: &mut FunctionBuilderContext) -> Result<BTreeSet<usize>, SyntaxError> {
        // A generator's body is its resume function `(gen, sent, mode)`.
        let params = if job.resume.is_some() { 3 } else { 1 + job.slots };
        ctx.func.signature = self.jit.signature(params);
        ctx.func.name = UserFuncName::user(0, id.as_u32());
        // Source locations are position ids, kept relative to a base of 0:
        // relative to the first one, an id one below it would read as none.
        ctx.func.params.ensure_base_srcloc(cranelift_codegen::ir::SourceLoc::new(0));
        let met;
        {
            let builder = FunctionBuilder::new(&mut ctx.func, fctx);
            let mut cx = FunctionCx::new(self, builder, job);
            cx.compile_body(&job.body)?;
            met = std::mem::take(&mut cx.ints.met);
            let frame_slots = cx.finish();
            // SAFETY: the descriptor is leaked and not yet in use.
            unsafe { (*job.code).frame_slots = frame_slots };
        }
        if !self.compact() {
            super::cold_blocks::propagate(&mut ctx.func);
        }
        if let Some(out) = &mut self.clif {
            // SAFETY: the code descriptor is leaked and valid.
            let name = unsafe { &(*job.code).qualname };
            out.push_str(&format!("; function {name}\n{}\n", ctx.func.display()));
        }
        Ok(met)
    }

    /// A generator function's fast entry: makes the generator object.
    fn compile_creator(&mut self, job: &Job<'a>, ctx: &mut Context, fctx: &mut FunctionBuilderContext) {
        ctx.func.signature = self.jit.signature(1 + job.slots);
        ctx.func.name = UserFuncName::user(0, job.fast.as_u32());
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let params = b.block_params(entry).to_vec();
            let slot = b.create_sized_stack_slot(cranelift_codegen::ir::StackSlotData::new(
                cranelift_codegen::ir::StackSlotKind::ExplicitSlot,
                (job.slots.max(1) * 8) as u32,
                3,
            ));
            for (i, &p) in params[1..].iter().enumerate() {
                b.ins().stack_store(types::I64, p, slot, (i * 8) as i32);
            }
            let ptr = b.ins().stack_addr(types::I64, slot, 0);
            let n = b.ins().iconst(types::I64, job.slots as i64);
            let helper = super::jit::rt::rt_make_generator();
            let sig = self.jit.signature(3);
            let sig = b.import_signature(sig);
            let addr = b.ins().iconst(types::I64, helper.addr as i64);
            let call = b.ins().call_indirect(sig, addr, &[params[0], ptr, n]);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.jit.module.target_config());
        }
    }

    /// The array entry: loads the slots from memory and calls the fast entry.
    fn compile_adapter(&mut self, job: &Job<'a>, array: FuncId, ctx: &mut Context, fctx: &mut FunctionBuilderContext) {
        ctx.func.signature = self.jit.signature(2);
        ctx.func.name = UserFuncName::user(0, array.as_u32());
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let (func, ptr) = (b.block_params(entry)[0], b.block_params(entry)[1]);
            let mut args = vec![func];
            for i in 0..job.slots {
                let flags = cranelift_codegen::ir::MemFlagsData::trusted();
                args.push(b.ins().load(types::I64, flags, ptr, (i * 8) as i32));
            }
            let callee = self.jit.module.declare_func_in_func(job.fast, b.func);
            // Code is placed in separate mappings (one per first call), which
            // may lie further apart than a 32-bit relative call reaches: call
            // through the absolute address instead.
            b.func.dfg.ext_funcs[callee].colocated = false;
            let call = b.ins().call(callee, &args);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.jit.module.target_config());
        }
    }

}

impl ProgramCx<'static> {
    /// Hands the code to a compile unit: the module body (which runs at
    /// once) and functions too wide for a trampoline are compiled now,
    /// everything else on its first call.
    pub fn finalize(mut self) -> Result<&'static CompileUnit, SyntaxError> {
        let done = std::mem::take(&mut self.done);
        let deferred = std::mem::take(&mut self.deferred);
        let unit = CompileUnit::leak(self);
        let internal = |e: String| SyntaxError::new(format!("internal compiler error in code generation: {e}"), Span::default());
        let mut ahead = Vec::new();
        for (i, (code, pending)) in done.into_iter().enumerate() {
            // SAFETY: descriptors are leaked.
            let name = unsafe { (*code).qualname.as_str() };
            // The module body is queued alone, so it is the first one built.
            if i == 0 {
                pending.trace(name);
                unit.compile(code, pending).map_err(internal)?;
            } else {
                // Compiled ahead of its first call on the second thread, or
                // on that call.
                pending.dump_if_asked(name);
                let trace = pending.trace_line(name);
                let waiting = match super::background::submit(unit, code, pending, super::background::Work::Ahead) {
                    Ok(()) => {
                        trace.map(|line| eprintln!("{line}"));
                        ahead.push(code);
                        Waiting::Background
                    }
                    Err(pending) => Waiting::Ir(pending),
                };
                unit.wait(code, waiting).map_err(internal)?;
            }
        }
        // The program's own code is all compiled before it runs, this
        // thread taking from the end of the worker's queue: then no first
        // call stalls the program's clock for a compile (asyncio programs
        // time their sleeps against each other).
        for &code in ahead.iter().rev() {
            // SAFETY: descriptors are leaked.
            if !super::lazy::ensure_compiled(unsafe { &*code }) {
                let exc = crate::runtime::vm::take_exception();
                return Err(internal(crate::runtime::exception::exception_line(exc)));
            }
        }
        for job in deferred {
            unit.wait(job.code, Waiting::Job(job)).map_err(internal)?;
        }
        Ok(unit)
    }
}

/// True when `body` has a loop outside the functions and classes it defines.
fn has_loop(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::While { .. } | StmtKind::For { .. } => true,
        StmtKind::If { body, orelse, .. } => has_loop(body) || has_loop(orelse),
        StmtKind::With { body, .. } => has_loop(body),
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_loop(&c.body)),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            has_loop(body) || handlers.iter().any(|h| has_loop(&h.body)) || has_loop(orelse) || has_loop(finalbody)
        }
        _ => false,
    })
}

fn sanitize(name: &str) -> String {
    name.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

/// Every name the module's code reads or writes as a global.
pub fn global_names(scopes: &Scopes) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    // The module's own names come first, in the order they are first
    // bound, as CPython's module dict holds them (shutdown clears them in
    // that order).
    if let Some(module) = scopes.scopes.first() {
        for n in &module.locals {
            if seen.insert(n.as_str(), ()).is_none() {
                names.push(n.clone());
            }
        }
    }
    for (i, scope) in scopes.scopes.iter().enumerate() {
        let mut here: Vec<&String> = scope
            .symbols
            .iter()
            .filter(|(_, b)| match b {
                Binding::GlobalExplicit | Binding::GlobalImplicit => true,
                Binding::Name => i == 0,
                _ => false,
            })
            .map(|(n, _)| n)
            .collect();
        here.sort();
        for n in here {
            if seen.insert(n.as_str(), ()).is_none() {
                names.push(n.clone());
            }
        }
    }
    names
}

/// Creates the module object for `scopes` and compiles its code; returns the
/// module, the code descriptor of its body (compiled, unless `clif` asks
/// only for the IR text) and that text.
pub fn compile_module(
    name: &str,
    filename: &'static str,
    source: &str,
    module_ast: &'static Module,
    scopes: &'static Scopes,
    options: CompileOptions,
) -> Result<(Value, *mut CodeInfo, Option<String>), SyntaxError> {
    let mut names = global_names(scopes);
    for extra in ["__name__", "__doc__", "__file__", "__builtins__", "__package__", "__spec__", "__loader__"] {
        if !names.iter().any(|n| n == extra) {
            names.push(extra.to_string());
        }
    }
    let module = new_module(name, filename, &names);
    crate::runtime::vm::keep(module);
    crate::runtime::module::set_global(module, "__file__", crate::runtime::str::new_str(filename));
    // The main module's `__builtins__` is the builtins module, an imported
    // one's is its dict, as in CPython.
    let builtins = crate::runtime::vm::vm().builtins.get();
    let builtins = if name == "__main__" { builtins } else { crate::runtime::module_dict::module_dict(builtins) };
    crate::runtime::module::set_global(module, "__builtins__", builtins);
    // An imported top-level module's package is '', the main one's None;
    // coro has no module specs or loaders.
    let none = crate::runtime::vm::none();
    let package = if name == "__main__" { none } else { crate::runtime::vm::intern("") };
    crate::runtime::module::set_global(module, "__package__", package);
    crate::runtime::module::set_global(module, "__spec__", none);
    crate::runtime::module::set_global(module, "__loader__", none);
    // The docstring, or None.
    let doc = match module_ast.body.first().map(|s| &s.kind) {
        Some(crate::syntax::ast::StmtKind::Expr(crate::syntax::ast::Expr { kind: crate::syntax::ast::ExprKind::Str(text), .. })) => {
            crate::runtime::str::new_str(text)
        }
        _ => crate::runtime::vm::none(),
    };
    crate::runtime::module::set_global(module, "__doc__", doc);
    let (code, text) = compile_into(module, filename, source, module_ast, scopes, options)?;
    Ok((module, code, text))
}

/// Compiles `module_ast` as a body of the existing `module` (a REPL input):
/// its new global names get slots, and the code goes into a JIT module of
/// its own, so later inputs may define the same names again. Returns the
/// body's code descriptor (a coroutine's when the body awaits) and, with
/// `clif`, the IR text instead of compiling.
pub fn compile_into(
    module: Value,
    filename: &'static str,
    source: &str,
    module_ast: &'static Module,
    scopes: &'static Scopes,
    options: CompileOptions,
) -> Result<(*mut CodeInfo, Option<String>), SyntaxError> {
    crate::runtime::module::add_globals(module, &global_names(scopes));
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut p = ProgramCx {
        jit: Jit::new(),
        scopes,
        module,
        filename,
        line_starts,
        queue: Vec::new(),
        done: Vec::new(),
        deferred: Vec::new(),
        next_name: 0,
        clif: if options.clif { Some(String::new()) } else { None },
        interruptible: options.interruptible,
        metered: crate::runtime::limits::metered(),
        // The IR text shows every function, so it builds them all.
        lazy_ir: options.lazy_ir && !options.clif,
        tier: Tier::Optimized,
        assumed_ints: None,
        // (Kept for the life of the code, which may be built later.)
        annotation_source: scopes.future_annotations.then(|| &*Box::leak(source.to_string().into_boxed_str())),
        eval_body: options.eval,
        namespace_body: options.namespace,
        native_in_cpython: NativeNames::declared(filename, source),
    };
    // A body that awaits is a coroutine: its suspensions are spilled first.
    let body: &'static [Stmt] = if scopes.scopes[0].is_async {
        Box::leak(super::spill::spill_body(&module_ast.body)?.into_boxed_slice())
    } else {
        &module_ast.body
    };
    let code = p.enqueue(Body::Module(body), 0, 1);
    p.compile_all()?;
    let text = p.clif.take();
    if text.is_none() {
        p.finalize()?;
    }
    Ok((code, text))
}
