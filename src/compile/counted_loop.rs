//! `for x in range(...)`. When the iterable turns out to be a range (checked
//! once, as the loop starts) whose bounds and step are small, the loop
//! counts in temporaries and makes no iterator; anything else is iterated
//! as usual. Both share one body: the loop head tells them apart by the
//! iterator temporary, which stays NULL while counting. The temporaries
//! hold tagged small ints (`2n + 1`), which order as the ints do, so a
//! generator's frame never holds a raw word.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::{FunctionCx, Tmp};
use super::jit::rt;
use crate::runtime::jit_api::STOP;
use crate::runtime::object::Kind;
use crate::runtime::range::RangeObj;

/// The state of a loop over a range or an iterator.
pub(super) struct ForLoop {
    /// The iterator, or NULL while counting.
    pub it: Tmp,
    /// Counting: the next value (tagged).
    cur: Tmp,
    /// Counting: the bound (tagged).
    stop: Tmp,
    /// Counting: the step (tagged).
    step: Tmp,
}

/// Bounds within which a range counts inline: its values, bound and step
/// are then small ints, and one step never overflows.
const COUNTABLE: i64 = 1 << 61;

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Starts a loop over `iterable`: counting when it is a small range,
    /// else with its iterator (`iter()` may fail).
    pub(super) fn begin_for(&mut self, iterable: ir::Value, line: u32) -> ForLoop {
        let zero = self.iconst(0);
        let l = ForLoop { it: self.new_tmp(zero), cur: self.new_tmp(zero), stop: self.new_tmp(zero), step: self.new_tmp(zero) };
        if self.p.compact() {
            let it = self.call_checked(rt::rt_iter, &[iterable], line);
            self.set(l.it, it);
            return l;
        }
        let (counting, iterating, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.guard_kind(iterable, Kind::Range, iterating);
        let flags = MemFlagsData::trusted();
        let field = |cx: &mut Self, offset: usize| cx.b.ins().load(types::I64, flags, iterable, offset as i32);
        let start = field(self, std::mem::offset_of!(RangeObj, start));
        let stop = field(self, std::mem::offset_of!(RangeObj, stop));
        let step = field(self, std::mem::offset_of!(RangeObj, step));
        let fits = |cx: &mut Self, x: ir::Value| {
            let shifted = cx.b.ins().iadd_imm_s(x, COUNTABLE);
            cx.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, shifted, 2 * COUNTABLE)
        };
        let (a, b, c) = (fits(self, start), fits(self, stop), fits(self, step));
        let ab = self.b.ins().band(a, b);
        let all = self.b.ins().band(ab, c);
        self.b.ins().brif(all, counting, &[], iterating, &[]);
        self.switch_to(counting);
        self.b.seal_block(counting);
        for (t, v) in [(l.cur, start), (l.stop, stop), (l.step, step)] {
            let shifted = self.b.ins().ishl_imm_u(v, 1);
            let tagged = self.b.ins().bor_imm_u(shifted, 1);
            self.set(t, tagged);
        }
        self.b.ins().jump(join, &[]);
        self.switch_to(iterating);
        self.b.seal_block(iterating);
        let it = self.call_checked(rt::rt_iter, &[iterable], line);
        self.set(l.it, it);
        self.b.ins().jump(join, &[]);
        self.switch_to(join);
        self.b.seal_block(join);
        l
    }

    /// The loop's next value, or `STOP` when it is done.
    pub(super) fn for_next(&mut self, l: &ForLoop, line: u32) -> ir::Value {
        let it = self.get(l.it);
        if self.p.compact() {
            return self.next_value(it, line);
        }
        let (counting, more, iterating, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(done, types::I64);
        self.b.ins().brif(it, iterating, &[], counting, &[]);
        self.switch_to(counting);
        self.b.seal_block(counting);
        let (cur, stop, step) = (self.get(l.cur), self.get(l.stop), self.get(l.step));
        // Tagged: a step of 2s + 1 rises when s > 0.
        let rising = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, step, 1);
        let below = self.b.ins().icmp(IntCC::SignedLessThan, cur, stop);
        let above = self.b.ins().icmp(IntCC::SignedGreaterThan, cur, stop);
        let left = self.b.ins().select(rising, below, above);
        let finished = self.iconst(STOP.0 as i64);
        self.b.ins().brif(left, more, &[], done, &[finished.into()]);
        self.switch_to(more);
        self.b.seal_block(more);
        let sum = self.b.ins().iadd(cur, step);
        let next = self.b.ins().iadd_imm_s(sum, -1);
        self.set(l.cur, next);
        self.b.ins().jump(done, &[cur.into()]);
        self.switch_to(iterating);
        self.b.seal_block(iterating);
        let v = self.next_value(it, line);
        self.b.ins().jump(done, &[v.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }
}
