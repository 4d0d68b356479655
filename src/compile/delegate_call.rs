//! `await f(...)` and `yield from f(...)`: when `f` is a coroutine
//! function (for `await`) or a generator function (for `yield from`),
//! checked at run time, the new object is built in the frame arena
//! (`runtime/frame_arena.rs`) and its resume function called right here,
//! with no heap object and no runtime call. One that finishes without
//! suspending (awaiting a helper, walking an empty subtree) costs the call
//! and its frame; one that suspends moves to the heap and becomes the
//! delegating frame's delegate. Any other callee is called and its result
//! delegated to as usual.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::expr::{CallShape, CallUse};
use super::jit::rt;
use super::suspend::DelegationEntry;
use crate::runtime::call_site::{CallSite, CALLEE_OFFSET};
use crate::runtime::frame_arena::{LIMIT_OFFSET, TOP_OFFSET};
use crate::runtime::function::{
    COROUTINE_FUNCTION, FAST_ARITY_OFFSET, FRAME_SLOTS_OFFSET, FUNCTION_CODE_OFFSET, FUNCTION_FLAGS_OFFSET,
    GENERATOR_FUNCTION, RESUME_ENTRY_OFFSET,
};
use crate::runtime::generator::{DELEGATE_OFFSET, FRAME_OFFSET, FUNC_OFFSET, MAX_HEADER_SLOTS, MODE_START, RETVAL_OFFSET, SLOTS_SHIFT};
use crate::runtime::handled::LEN_OFFSET;
use crate::runtime::object::{Header, Kind};
use crate::runtime::vm::vm;

/// Offset of the header word holding kind, mark, flags and extra.
const HEADER_WORD_OFFSET: i32 = std::mem::offset_of!(Header, kind) as i32;
/// Shift of a generator's slot count within that word (in `flags`).
const SLOTS_WORD_SHIFT: i64 = 8 * (std::mem::offset_of!(Header, flags) as i64 - HEADER_WORD_OFFSET as i64) + SLOTS_SHIFT as i64;
// The word is kind, mark and flags (all zero but the kind and the slot
// count), then extra (the state, 0).
const _: () = assert!(
    std::mem::offset_of!(Header, mark) == 9
        && std::mem::offset_of!(Header, flags) == 10
        && std::mem::offset_of!(Header, extra) == 12
        && HEADER_WORD_OFFSET == 8
);

/// Which delegation a call's result goes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Delegation {
    /// `await`: a coroutine function's coroutine starts in the arena.
    Await,
    /// `yield from`: a generator function's generator starts in the arena.
    YieldFrom,
}

impl Delegation {
    /// The function-object flag of the functions whose results start in the arena.
    fn function_flag(self) -> u16 {
        match self {
            Delegation::Await => COROUTINE_FUNCTION,
            Delegation::YieldFrom => GENERATOR_FUNCTION,
        }
    }

    /// The class of what they make.
    fn class(self) -> crate::runtime::value::Value {
        match self {
            Delegation::Await => vm().classes.coroutine,
            Delegation::YieldFrom => vm().classes.generator,
        }
    }

    /// The helper that turns any other result into the iterator delegated to.
    fn iterator(self) -> fn() -> super::jit::Helper {
        match self {
            Delegation::Await => rt::rt_await_iter,
            Delegation::YieldFrom => rt::rt_yield_from_iter,
        }
    }
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// `await` or `yield from` (`how`) of the call `shape`.
    pub(super) fn delegate_call(&mut self, shape: CallShape<'a>, line: u32, how: Delegation) -> ir::Value {
        match shape {
            CallShape::Called(v) => {
                let it = self.call_checked(how.iterator(), &[v], line);
                self.delegate(it, line)
            }
            CallShape::Function(callee, values, on_global) => {
                self.delegation(line, |cx, entry| cx.delegate_direct_call(callee, &values, line, entry, how, on_global))
            }
            CallShape::Method(name, values, on_global, at) => self.delegation(line, |cx, entry| {
                cx.call_method_cached(name, &values, at, CallUse::Delegate(entry, how), on_global);
            }),
        }
    }

    /// Delegates to what a call returned: enters the delegation loop.
    pub(super) fn delegate_called(&mut self, r: ir::Value, line: u32, entry: DelegationEntry, how: Delegation) {
        let it = self.call_checked(how.iterator(), &[r], line);
        self.enter_delegation(it, entry);
    }

    /// Calls `callee(args...)` and delegates to the result; a coroutine
    /// (or generator) function whose positional arity matches and whose
    /// code is compiled runs in the frame arena while there is room. With
    /// `remember`, a call site (`call_site.rs`) keeps the function that
    /// passed the checks below, and the same object called again skips them.
    pub(super) fn delegate_direct_call(
        &mut self,
        callee: ir::Value,
        args: &[ir::Value],
        line: u32,
        entry: DelegationEntry,
        how: Delegation,
        remember: bool,
    ) {
        if self.p.compact() {
            let r = self.direct_call(callee, args, line);
            return self.delegate_called(r, line, entry, how);
        }
        let flags = MemFlagsData::trusted();
        let other = self.b.create_block();
        let checked = self.b.create_block();
        let site = remember.then(|| self.iconst(CallSite::leak() as *const CallSite as i64));
        if let Some(site) = site {
            let known = self.b.ins().load(types::I64, flags, site, CALLEE_OFFSET);
            let same = self.b.ins().icmp(IntCC::Equal, callee, known);
            self.continue_if_zero(same, checked);
        }
        // A function object...
        self.guard_kind(callee, Kind::Function, other);
        // ...made by `async def` (or a `def` with `yield`), called with all
        // its parameters...
        let fflags = self.b.ins().uload16(types::I32, flags, callee, FUNCTION_FLAGS_OFFSET);
        let made = self.b.ins().band_imm_s(fflags, how.function_flag() as i64);
        let not_made = self.b.ins().icmp_imm_s(IntCC::Equal, made, 0);
        self.continue_if_zero(not_made, other);
        let arity = self.b.ins().uload32(flags, callee, FAST_ARITY_OFFSET);
        let mismatch = self.b.ins().icmp_imm_s(IntCC::NotEqual, arity, args.len() as i64);
        self.continue_if_zero(mismatch, other);
        // ...whose resume function exists (not still waiting to compile)...
        let code = self.b.ins().load(types::I64, flags, callee, FUNCTION_CODE_OFFSET);
        let resume = self.b.ins().load(types::I64, flags, code, RESUME_ENTRY_OFFSET);
        let missing = self.b.ins().icmp_imm_s(IntCC::Equal, resume, 0);
        self.continue_if_zero(missing, other);
        // (A resume function, once there, stays: a tier-up replaces it.)
        if let Some(site) = site {
            self.b.ins().store(flags, callee, site, CALLEE_OFFSET);
        }
        self.b.ins().jump(checked, &[]);
        self.switch_to(checked);
        self.b.seal_block(checked);
        let code = self.b.ins().load(types::I64, flags, callee, FUNCTION_CODE_OFFSET);
        let resume = self.b.ins().load(types::I64, flags, code, RESUME_ENTRY_OFFSET);
        // ...and the arena has room for it.
        let slots = self.b.ins().load(types::I64, flags, code, FRAME_SLOTS_OFFSET);
        let bytes = self.b.ins().ishl_imm_s(slots, 3);
        let size = self.b.ins().iadd_imm_s(bytes, FRAME_OFFSET as i64);
        let arena = self.iconst(&vm().frames as *const _ as i64);
        let gen = self.b.ins().load(types::I64, flags, arena, TOP_OFFSET);
        let end = self.b.ins().iadd(gen, size);
        let limit = self.b.ins().load(types::I64, flags, arena, LIMIT_OFFSET);
        let full = self.b.ins().icmp(IntCC::UnsignedGreaterThan, end, limit);
        self.continue_if_zero(full, other);
        self.b.ins().store(flags, end, arena, TOP_OFFSET);
        self.init_arena_generator(gen, how.class(), callee, slots, args);
        // Run it; `base` lets the runtime tell its handled exceptions apart.
        let handled = self.iconst(&vm().handled as *const _ as i64);
        let base = self.b.ins().load(types::I64, flags, handled, LEN_OFFSET);
        let sent = self.none();
        let mode = self.iconst(MODE_START);
        let sig = self.sig(3);
        let call = self.b.ins().call_indirect(sig, resume, &[gen, sent, mode]);
        let r = self.b.inst_results(call)[0];
        let outcome = self.branch_on_resume(r);
        // Finished: pop it and take its result.
        self.switch_to(outcome.returned);
        let result = self.b.ins().load(types::I64, flags, gen, RETVAL_OFFSET);
        self.b.ins().store(flags, gen, arena, TOP_OFFSET);
        self.b.ins().jump(entry.done, &[result.into()]);
        // Suspended: it moves to the heap and is delegated to.
        self.switch_to(outcome.suspended);
        let moved = self.call_rt(rt::rt_fresh_suspended, &[gen, base]);
        let me = self.gen.as_ref().expect("delegation only in generators").gen;
        self.b.ins().store(flags, moved, me, DELEGATE_OFFSET);
        self.b.ins().jump(entry.yielded, &[r.into()]);
        // Raised: pop it and propagate.
        self.switch_to(outcome.raised);
        self.call_rt(rt::rt_fresh_failed, &[gen]);
        self.raise_here(line);
        self.switch_to(other);
        self.b.seal_block(other);
        let r = self.direct_call(callee, args, line);
        self.delegate_called(r, line, entry, how);
    }

    /// Fills in a new coroutine or generator (of `class`) of `callee` (with
    /// `slots` frame slots) at `gen`: what
    /// `generator::new_generator` makes,
    /// with `args` in the first slots. The other slots hold what the room
    /// held before: the resume function clears them when it starts, and
    /// until then the collector reads them conservatively.
    fn init_arena_generator(
        &mut self,
        gen: ir::Value,
        class: crate::runtime::value::Value,
        callee: ir::Value,
        slots: ir::Value,
        args: &[ir::Value],
    ) {
        let flags = MemFlagsData::trusted();
        let class = self.iconst(class.0 as i64);
        self.b.ins().store(flags, class, gen, 0);
        let most = self.iconst(MAX_HEADER_SLOTS as i64);
        let counted = self.b.ins().umin(slots, most);
        let shifted = self.b.ins().ishl_imm_s(counted, SLOTS_WORD_SHIFT);
        let word = self.b.ins().bor_imm_s(shifted, Kind::Generator as i64);
        self.b.ins().store(flags, word, gen, HEADER_WORD_OFFSET);
        let zero = self.iconst(0);
        self.b.ins().store(flags, zero, gen, DELEGATE_OFFSET);
        self.b.ins().store(flags, callee, gen, FUNC_OFFSET);
        for (i, &a) in args.iter().enumerate() {
            self.b.ins().store(flags, a, gen, FRAME_OFFSET + 8 * i as i32);
        }
    }
}
