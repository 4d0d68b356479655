//! Code generation for `match` statements. Each case tests its pattern
//! against the subject, jumping to the next case on the first mismatch;
//! captures are stored as they match (as in CPython, a failed case may
//! leave some bound). Structural tests (sequence, mapping, class) are
//! runtime helpers that hand back the parts the sub-patterns examine
//! (`runtime::pattern_match`); values compare with `==`, and None, True
//! and False with `is`. Nothing suspends between the subject and the body
//! (the spill pass refuses awaits in guards), so the parts stay SSA values.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};

use super::codegen::FunctionCx;
use super::jit::rt;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// `match subject: case ...`.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase], line: u32) -> Result<(), SyntaxError> {
        let subject = self.expr(subject)?;
        let after = self.b.create_block();
        for case in cases {
            let next = self.b.create_block();
            self.pattern(&case.pattern, subject, next, line)?;
            if let Some(guard) = &case.guard {
                let ok = self.b.create_block();
                self.branch(guard, ok, next)?;
                self.switch_to(ok);
                self.b.seal_block(ok);
            }
            self.block(&case.body)?;
            self.jump(after, &[]);
            self.switch_to(next);
            self.b.seal_block(next);
        }
        self.jump(after, &[]);
        self.switch_to(after);
        self.b.seal_block(after);
        Ok(())
    }

    /// Tests `v` against pattern `p`: falls through on a match (its names
    /// bound), jumps to `fail` otherwise.
    fn pattern(&mut self, p: &'a Pattern, v: ir::Value, fail: ir::Block, line: u32) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::Wildcard | PatternKind::Star(None) => {}
            PatternKind::Capture(n) | PatternKind::Star(Some(n)) => self.store_name(&n.name, v, line),
            PatternKind::Value(e) => {
                let want = self.expr(e)?;
                let eq = self.compare_values(CmpOp::Eq, v, want, line);
                let t = self.truth(eq, line);
                self.continue_if(t, fail);
            }
            PatternKind::Singleton(e) => {
                let want = self.expr(e)?;
                let same = self.b.ins().icmp(IntCC::Equal, v, want);
                self.continue_if(same, fail);
            }
            PatternKind::As(inner, n) => {
                self.pattern(inner, v, fail, line)?;
                self.store_name(&n.name, v, line);
            }
            PatternKind::Or(alternatives) => {
                let matched = self.b.create_block();
                let (last, others) = alternatives.split_last().expect("an or-pattern has alternatives");
                for alt in others {
                    let next = self.b.create_block();
                    self.pattern(alt, v, next, line)?;
                    self.jump(matched, &[]);
                    self.switch_to(next);
                    self.b.seal_block(next);
                }
                self.pattern(last, v, fail, line)?;
                self.jump(matched, &[]);
                self.switch_to(matched);
                self.b.seal_block(matched);
            }
            PatternKind::Sequence(items) => {
                let star = items.iter().position(|i| matches!(i.kind, PatternKind::Star(_)));
                let fixed = items.len() - star.is_some() as usize;
                let (slot, out) = self.out_array(items.len());
                let n = self.iconst(fixed as i64);
                let s = self.iconst(star.map_or(-1, |s| s as i64));
                let r = self.call_rt(rt::rt_match_sequence, &[v, n, s, out]);
                self.structure_test(r, fail, line);
                self.sub_patterns(items, slot, fail, line)?;
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                let mut key_values = Vec::with_capacity(keys.len());
                for k in keys {
                    key_values.push(self.expr(k)?);
                }
                let keys_ptr = self.array(&key_values);
                let (slot, out) = self.out_array(keys.len() + 1);
                let n = self.iconst(keys.len() as i64);
                let with_rest = self.iconst(rest.is_some() as i64);
                let r = self.call_rt(rt::rt_match_mapping, &[v, keys_ptr, n, with_rest, out]);
                self.structure_test(r, fail, line);
                self.sub_patterns(patterns, slot, fail, line)?;
                if let Some(name) = rest {
                    let others = self.b.ins().stack_load(types::I64, types::I64, slot, (keys.len() * 8) as i32);
                    self.store_name(&name.name, others, line);
                }
            }
            PatternKind::Class { cls, patterns, kwd_names, kwd_patterns } => {
                let cls = self.expr(cls)?;
                let names: Vec<_> = kwd_names.iter().map(|n| crate::runtime::vm::intern(&n.name)).collect();
                let kwnames = self.constant(crate::runtime::seq::new_tuple(names));
                let (slot, out) = self.out_array(patterns.len() + kwd_patterns.len());
                let npos = self.iconst(patterns.len() as i64);
                let r = self.call_rt(rt::rt_match_class, &[v, cls, npos, kwnames, out]);
                self.structure_test(r, fail, line);
                let all: Vec<&'a Pattern> = patterns.iter().chain(kwd_patterns).collect();
                for (i, sub) in all.into_iter().enumerate() {
                    let part = self.b.ins().stack_load(types::I64, types::I64, slot, (i * 8) as i32);
                    self.pattern(sub, part, fail, line)?;
                }
            }
        }
        Ok(())
    }

    /// Matches `items[i]` against the `i`th value a helper left in `slot`.
    fn sub_patterns(&mut self, items: &'a [Pattern], slot: ir::StackSlot, fail: ir::Block, line: u32) -> Result<(), SyntaxError> {
        for (i, item) in items.iter().enumerate() {
            let part = self.b.ins().stack_load(types::I64, types::I64, slot, (i * 8) as i32);
            self.pattern(item, part, fail, line)?;
        }
        Ok(())
    }

    /// After a structural helper's result `r`: the handler on -1, `fail`
    /// on 0, on through otherwise.
    fn structure_test(&mut self, r: ir::Value, fail: ir::Block, line: u32) {
        let raised = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let handler = *self.handlers.last().expect("present");
        let l = self.iconst(line as i64);
        let checked = self.b.create_block();
        self.b.ins().brif(raised, handler, &[l.into()], checked, &[]);
        self.switch_to(checked);
        self.b.seal_block(checked);
        self.continue_if(r, fail);
    }

    /// Goes on when `cond` is non-zero, else jumps to `fail`.
    fn continue_if(&mut self, cond: ir::Value, fail: ir::Block) {
        let ok = self.b.create_block();
        self.b.ins().brif(cond, ok, &[], fail, &[]);
        self.switch_to(ok);
        self.b.seal_block(ok);
    }
}
