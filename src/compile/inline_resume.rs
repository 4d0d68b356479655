//! Resuming a generator or coroutine from compiled code without the
//! runtime: a `yield from` or `await` whose delegate is a generator object
//! checks inline what `generator::resume` checks (sending, not running,
//! started, or a generator sent None, nothing handled saved) and calls its resume
//! function directly; so does each step of a `for` loop over a generator.
//! A `for` loop over one that heads a chain of delegating generators
//! resumes it with `generator::resume_chain`, which skips the levels in
//! between. Anything else (a throw, a finished or running generator,
//! another iterator) goes to the runtime.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::expr::KIND_OFFSET;
use super::jit::rt;
use super::suspend::DelegationExits;
use crate::runtime::function::RESUME_ENTRY_OFFSET;
use crate::runtime::generator::{
    DELEGATE_OFFSET, FUNC_OFFSET, MODE_SEND, RETURNED, RETVAL_OFFSET, RUNNING, SAVED_HANDLED, STATE_OFFSET,
};
use crate::runtime::function::FUNCTION_CODE_OFFSET;
use crate::runtime::handled::LEN_OFFSET;
use crate::runtime::iter::{ITER_TAG_OFFSET, RANGE_NEXT_OFFSET, RANGE_STEP_OFFSET, RANGE_STOP_OFFSET, RANGE_TAG};
use crate::runtime::jit_api::STOP;
use crate::runtime::object::{Header, Kind};
use crate::runtime::vm::vm;

/// Byte offset of the header flags (a generator's RUNNING bit).
const FLAGS_OFFSET: i32 = std::mem::offset_of!(Header, flags) as i32;

/// Where code goes on after calling a resume function.
pub(super) struct ResumeOutcome {
    /// It returned (its result is in its `retval`).
    pub returned: ir::Block,
    /// It suspended, yielding the call's result.
    pub suspended: ir::Block,
    /// It raised (the exception is pending).
    pub raised: ir::Block,
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Resumes `it` with `sent` in `mode` when it is a generator object that
    /// may be resumed inline, going on at `exits`; else goes to `slow`.
    /// With `chain`, one heading a chain of delegating generators is
    /// resumed by `generator::resume_chain` (for a `for` loop's; within a
    /// chain, a delegation loop rarely meets one and skips the check).
    pub(super) fn resume_inline(&mut self, it: ir::Value, sent: ir::Value, mode: ir::Value, slow: ir::Block, exits: DelegationExits, chain: bool) {
        let flags = MemFlagsData::trusted();
        // A generator object...
        self.guard_kind(it, Kind::Generator, slow);
        // ...sent a value, not running, with no handled exceptions saved...
        let not_send = self.b.ins().icmp_imm_s(IntCC::NotEqual, mode, MODE_SEND);
        self.continue_if_zero(not_send, slow);
        let gflags = self.b.ins().uload16(types::I32, flags, it, FLAGS_OFFSET);
        let busy = self.b.ins().band_imm_s(gflags, (RUNNING | SAVED_HANDLED) as i64);
        self.continue_if_zero(busy, slow);
        // ...and suspended, or a generator not started and sent None (a
        // coroutine's start is counted by the runtime: see
        // `generator::unstarted_coroutines`).
        let state = self.b.ins().sload32(flags, it, STATE_OFFSET);
        let none = self.none();
        let not_none = self.b.ins().icmp(IntCC::NotEqual, sent, none);
        let class = self.b.ins().load(types::I64, flags, it, 0);
        let coroutine = self.b.ins().icmp_imm_s(IntCC::Equal, class, vm().classes.coroutine.0 as i64);
        let must_have_started = self.b.ins().bor(not_none, coroutine);
        let least = self.b.ins().uextend(types::I64, must_have_started);
        let too_early = self.b.ins().icmp(IntCC::SignedLessThan, state, least);
        self.continue_if_zero(too_early, slow);
        if chain {
            self.resume_chain_if_delegating(it, sent, exits);
        }
        // Run it as `generator::run` does.
        let func = self.b.ins().load(types::I64, flags, it, FUNC_OFFSET);
        let code = self.b.ins().load(types::I64, flags, func, FUNCTION_CODE_OFFSET);
        let entry = self.b.ins().load(types::I64, flags, code, RESUME_ENTRY_OFFSET);
        let handled = self.iconst(&vm().handled as *const _ as i64);
        let base = self.b.ins().load(types::I64, flags, handled, LEN_OFFSET);
        let on = self.b.ins().bor_imm_s(gflags, RUNNING as i64);
        self.b.ins().istore16(flags, on, it, FLAGS_OFFSET);
        let sig = self.sig(3);
        let mode = self.iconst(MODE_SEND);
        let call = self.b.ins().call_indirect(sig, entry, &[it, sent, mode]);
        let r = self.b.inst_results(call)[0];
        let after = self.b.ins().uload16(types::I32, flags, it, FLAGS_OFFSET);
        let off = self.b.ins().band_imm_s(after, !(RUNNING as i64));
        self.b.ins().istore16(flags, off, it, FLAGS_OFFSET);
        // Exceptions it still handles wait in its frame.
        let len = self.b.ins().load(types::I64, flags, handled, LEN_OFFSET);
        let grew = self.b.ins().icmp(IntCC::NotEqual, len, base);
        let (settle, settled) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(settle);
        self.b.ins().brif(grew, settle, &[], settled, &[]);
        self.switch_to(settle);
        self.b.seal_block(settle);
        self.call_rt(rt::rt_gen_settle, &[it, base]);
        self.b.ins().jump(settled, &[]);
        self.switch_to(settled);
        self.b.seal_block(settled);
        self.go_on_after_resume(it, r, exits, true);
    }

    /// Goes on at `exits` after `it` was resumed and returned `r`; with
    /// `failing`, an error it raised still needs PEP 479 applied.
    fn go_on_after_resume(&mut self, it: ir::Value, r: ir::Value, exits: DelegationExits, failing: bool) {
        let outcome = self.branch_on_resume(r);
        self.switch_to(outcome.returned);
        let result = self.b.ins().load(types::I64, MemFlagsData::trusted(), it, RETVAL_OFFSET);
        self.b.ins().jump(exits.done, &[result.into()]);
        self.switch_to(outcome.suspended);
        self.b.ins().jump(exits.yielded, &[r.into()]);
        self.switch_to(outcome.raised);
        if failing {
            self.call_rt(rt::rt_gen_failed, &[it]);
        }
        self.b.ins().jump(exits.failed, &[]);
    }

    /// When `it` delegates to a generator that delegates to one in turn,
    /// resumes the chain with `generator::resume_chain` (cold), which skips
    /// the levels in between, and goes on at `exits`; else continues here.
    fn resume_chain_if_delegating(&mut self, it: ir::Value, sent: ir::Value, exits: DelegationExits) {
        let flags = MemFlagsData::trusted();
        let (chain, direct) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(chain);
        let mut level = it;
        for _ in 0..2 {
            let d = self.b.ins().load(types::I64, flags, level, DELEGATE_OFFSET);
            let null = self.b.ins().icmp_imm_s(IntCC::Equal, d, 0);
            self.continue_if_zero(null, direct);
            self.guard_kind(d, Kind::Generator, direct);
            level = d;
        }
        self.b.ins().jump(chain, &[]);
        self.switch_to(chain);
        self.b.seal_block(chain);
        let r = self.call_rt(rt::rt_resume_chain, &[it, sent]);
        self.go_on_after_resume(it, r, exits, false);
        self.switch_to(direct);
        self.b.seal_block(direct);
    }

    /// Branches on what a resume function returned: RETURNED (the result is
    /// in the generator), a yielded value, or NULL (it raised; laid out
    /// cold). The caller fills in each block.
    pub(super) fn branch_on_resume(&mut self, r: ir::Value) -> ResumeOutcome {
        let (returned, not_returned, suspended, raised) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(raised);
        let is_returned = self.b.ins().icmp_imm_s(IntCC::Equal, r, RETURNED.0 as i64);
        self.b.ins().brif(is_returned, returned, &[], not_returned, &[]);
        self.switch_to(not_returned);
        self.b.seal_block(not_returned);
        self.b.ins().brif(r, suspended, &[], raised, &[]);
        for blk in [returned, suspended, raised] {
            self.b.seal_block(blk);
        }
        ResumeOutcome { returned, suspended, raised }
    }

    /// `next(it)` for a loop: the next value, or STOP when `it` is
    /// exhausted. A generator is resumed inline.
    pub fn next_value(&mut self, it: ir::Value, line: u32) -> ir::Value {
        if self.p.compact() {
            return self.call_checked(rt::rt_next, &[it], line);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let (slow, yielded, returned, failed) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(yielded, types::I64);
        self.b.append_block_param(returned, types::I64);
        self.b.set_cold_block(slow);
        let not_range = self.b.create_block();
        self.range_step(it, not_range, done);
        self.switch_to(not_range);
        self.b.seal_block(not_range);
        let none = self.none();
        let send = self.iconst(MODE_SEND);
        self.resume_inline(it, none, send, slow, DelegationExits { yielded, done: returned, failed }, true);
        self.switch_to(yielded);
        self.b.seal_block(yielded);
        let v = self.b.block_params(yielded)[0];
        self.b.ins().jump(done, &[v.into()]);
        // What a generator returns ends the loop.
        self.switch_to(returned);
        self.b.seal_block(returned);
        let stop = self.iconst(STOP.0 as i64);
        self.b.ins().jump(done, &[stop.into()]);
        self.switch_to(failed);
        self.b.seal_block(failed);
        self.raise_here(line);
        self.switch_to(slow);
        self.b.seal_block(slow);
        let v = self.call_checked(rt::rt_next, &[it], line);
        self.b.ins().jump(done, &[v.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// One step of a range iterator with a positive step and values left:
    /// jumps to `done` with the next int; anything else goes to `other`.
    fn range_step(&mut self, it: ir::Value, other: ir::Block, done: ir::Block) {
        let flags = MemFlagsData::trusted();
        self.guard_kind(it, Kind::Iter, other);
        let tag = self.b.ins().load(types::I64, flags, it, ITER_TAG_OFFSET);
        let not_range = self.b.ins().icmp_imm_s(IntCC::NotEqual, tag, RANGE_TAG as i64);
        self.continue_if_zero(not_range, other);
        let next = self.b.ins().load(types::I64, flags, it, RANGE_NEXT_OFFSET);
        let stop = self.b.ins().load(types::I64, flags, it, RANGE_STOP_OFFSET);
        let step = self.b.ins().load(types::I64, flags, it, RANGE_STEP_OFFSET);
        let rising = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 0);
        let left = self.b.ins().icmp(IntCC::SignedLessThan, next, stop);
        let ok = self.b.ins().band(rising, left);
        let stepping = self.b.create_block();
        self.b.ins().brif(ok, stepping, &[], other, &[]);
        self.switch_to(stepping);
        self.b.seal_block(stepping);
        // The value must be a small int and the step must not overflow
        // (the runtime handles both).
        let shifted = self.b.ins().ishl_imm_u(next, 1);
        let back = self.b.ins().sshr_imm_u(shifted, 1);
        let big = self.b.ins().icmp(IntCC::NotEqual, back, next);
        self.continue_if_zero(big, other);
        let (after, overflow) = self.b.ins().sadd_overflow(next, step);
        self.continue_if_zero(overflow, other);
        self.b.ins().store(flags, after, it, RANGE_NEXT_OFFSET);
        let v = self.b.ins().bor_imm_u(shifted, 1);
        self.b.ins().jump(done, &[v.into()]);
    }

    /// Continues in a new block when `v` is a heap object of layout `kind`,
    /// else goes to `other`.
    pub(super) fn guard_kind(&mut self, v: ir::Value, kind: Kind, other: ir::Block) {
        let low = self.b.ins().band_imm_s(v, 7);
        self.continue_if_zero(low, other);
        let actual = self.b.ins().uload8(types::I32, MemFlagsData::trusted(), v, KIND_OFFSET);
        let differs = self.b.ins().icmp_imm_s(IntCC::NotEqual, actual, kind as i64);
        self.continue_if_zero(differs, other);
    }

    /// Continues in a new block when `v` is zero, else goes to `other`.
    pub(super) fn continue_if_zero(&mut self, v: ir::Value, other: ir::Block) {
        let next = self.b.create_block();
        self.b.ins().brif(v, other, &[], next, &[]);
        self.switch_to(next);
        self.b.seal_block(next);
    }
}
