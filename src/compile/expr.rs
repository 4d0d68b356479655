//! Code generation for expressions, with inline fast paths for small-int
//! arithmetic and comparisons, truth tests of bools and ints, and direct
//! calls of compiled functions whose arity matches.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::jit::rt;
use super::program::Body;
use super::resolve::Binding;
use super::stmt::unsupported;
use super::delegate_call::Delegation;
use super::suspend::DelegationEntry;
use crate::runtime::function::{FAST_ARITY_OFFSET, FAST_ENTRY_OFFSET};
use crate::runtime::jit_api::{binop_code, cmpop_code, unaryop_code, STOP};
use crate::runtime::number::{big, float};
use crate::runtime::object::{Header, Kind};
use crate::runtime::seq::new_tuple;
use crate::runtime::str::new_str;
use crate::runtime::call_site::{CallSite, CALLEE_OFFSET};
use crate::runtime::value::Value;
use crate::runtime::vm::{intern, vm};
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// Byte offset of an object's kind in its header.
pub(super) const KIND_OFFSET: i32 = std::mem::offset_of!(Header, kind) as i32;

/// A call whose operands are evaluated.
pub(super) enum CallShape<'a> {
    /// A call already made (keywords, unpacking, `super()`...): its result.
    Called(ir::Value),
    /// `callee(args...)`, positional only; whether the callee is a global
    /// name (its call site then remembers the function: `call_site.rs`).
    Function(ir::Value, Vec<ir::Value>, bool),
    /// `args[0].name(args[1..]...)`, positional only; whether the receiver
    /// is a global name (maybe a module: `asyncio.sleep(0)`); where the
    /// call and the method lookup are.
    Method(&'a str, Vec<ir::Value>, bool, MethodPositions),
}

/// The position ids of a method call `obj.name(...)`: CPython 3.11 names
/// the whole call when it fails, and `obj.name` when the lookup does; both
/// start at `name` when it is on a later line than `obj` (a chain of calls
/// on separate lines names each one's own line).
#[derive(Clone, Copy)]
pub(super) struct MethodPositions {
    /// The call.
    pub call: u32,
    /// The attribute lookup.
    pub lookup: u32,
}

/// What a call site does with what the call returns.
#[derive(Clone, Copy)]
pub(super) enum CallUse {
    /// Uses it as a value.
    Value,
    /// Awaits or yields from it, in the delegation loop that `entry` starts.
    Delegate(DelegationEntry, Delegation),
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    pub fn expr(&mut self, e: &'a Expr) -> Result<ir::Value, SyntaxError> {
        let line = self.line(e.span);
        self.at_position(line, |cx| cx.expr_at(e, line))
    }

    /// Compiles `e`, whose position id is `line`.
    fn expr_at(&mut self, e: &'a Expr, line: u32) -> Result<ir::Value, SyntaxError> {
        Ok(match &e.kind {
            ExprKind::Name(n) => self.load_name(n, e.span)?,
            ExprKind::Int(i) => self.constant(big(i.clone())),
            ExprKind::Float(f) => self.constant(float(*f)),
            ExprKind::Str(s) => self.constant(intern_or_new(s)),
            ExprKind::Bytes(b) => self.constant(crate::runtime::bytes::new_bytes(b.clone())),
            ExprKind::True => self.constant(vm().true_),
            ExprKind::False => self.constant(vm().false_),
            ExprKind::None => self.none(),
            ExprKind::Ellipsis => self.constant(vm().ellipsis),
            ExprKind::FString(parts) => self.fstring(parts, line)?,
            ExprKind::List(items) => self.display(items, rt::rt_build_list, line, DisplayKind::List)?,
            ExprKind::Tuple(items) => self.display(items, rt::rt_build_tuple, line, DisplayKind::Tuple)?,
            ExprKind::Set(items) if items.len() > 2 && items.iter().all(super::syntax_warnings::is_folded_constant) => {
                self.display(items, rt::rt_build_const_set, line, DisplayKind::Set)?
            }
            ExprKind::Set(items) => self.display(items, rt::rt_build_set, line, DisplayKind::Set)?,
            ExprKind::Dict(items) => self.dict_display(items, line)?,
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                let line = self.attribute_position(e.span.start, attr.span, attr.span.end);
                self.getattr_cached(obj, &attr.name, line)
            }
            ExprKind::Subscript { value, index } => {
                let c = self.expr(value)?;
                if let ExprKind::Slice { lower, upper, step: None } = &index.kind {
                    // `x[a:b]` makes no slice object when x is a str, list or tuple.
                    let lower = match lower { Some(x) => self.expr(x)?, None => self.none() };
                    let upper = match upper { Some(x) => self.expr(x)?, None => self.none() };
                    self.call_checked(rt::rt_getslice, &[c, lower, upper], line)
                } else {
                    let k = self.expr(index)?;
                    self.call_checked(rt::rt_getitem, &[c, k], line)
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                let mut parts = Vec::new();
                for p in [lower, upper, step] {
                    parts.push(match p {
                        Some(x) => self.expr(x)?,
                        None => self.none(),
                    });
                }
                self.call_rt(rt::rt_build_slice, &parts)
            }
            ExprKind::Call { func, args } => self.call(func, args, line, e.span)?,
            ExprKind::Unary { op, operand } => {
                let v = self.expr(operand)?;
                if *op == UnaryOp::Not {
                    let t = self.truth(v, line);
                    let (tv, fv) = (self.constant(vm().true_), self.constant(vm().false_));
                    self.b.ins().select(t, fv, tv)
                } else {
                    let code = self.iconst(unaryop_code(*op));
                    self.call_checked(rt::rt_unary, &[code, v], line)
                }
            }
            ExprKind::Binary { op, left, right } => {
                let a = self.expr(left)?;
                let b = self.expr(right)?;
                self.binary_values(*op, a, b, line, false)
            }
            ExprKind::BoolOp { op, values } => {
                let done = self.b.create_block();
                self.b.append_block_param(done, types::I64);
                let (last, rest) = values.split_last().expect("at least two operands");
                for v in rest {
                    let x = self.expr(v)?;
                    let t = self.truth(x, line);
                    let next = self.b.create_block();
                    match op {
                        BoolOp::And => self.b.ins().brif(t, next, &[], done, &[x.into()]),
                        BoolOp::Or => self.b.ins().brif(t, done, &[x.into()], next, &[]),
                    };
                    self.switch_to(next);
                    self.b.seal_block(next);
                }
                let x = self.expr(last)?;
                self.b.ins().jump(done, &[x.into()]);
                self.switch_to(done);
                self.b.seal_block(done);
                self.b.block_params(done)[0]
            }
            ExprKind::Compare { left, ops } => self.compare_chain(left, ops, line)?,
            ExprKind::IfExp { test, body, orelse } => {
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let done = self.b.create_block();
                self.b.append_block_param(done, types::I64);
                self.branch(test, then_b, else_b)?;
                self.switch_to(then_b);
                self.b.seal_block(then_b);
                let x = self.expr(body)?;
                self.b.ins().jump(done, &[x.into()]);
                self.switch_to(else_b);
                self.b.seal_block(else_b);
                let y = self.expr(orelse)?;
                self.b.ins().jump(done, &[y.into()]);
                self.switch_to(done);
                self.b.seal_block(done);
                self.b.block_params(done)[0]
            }
            ExprKind::Lambda { params, body } => {
                let scope = *self.p.scopes.by_span.get(&e.span).expect("the resolver saw every lambda");
                self.make_function(Body::Lambda(params, body), scope, params, line)?
            }
            ExprKind::Comp { .. } => self.comprehension(e, false)?.0,
            ExprKind::Await(x) => match &x.kind {
                ExprKind::Call { func, args } => {
                    let shape = self.call_shape(func, args, line, x.span)?;
                    self.delegate_call(shape, line, Delegation::Await)
                }
                _ => {
                    let v = self.expr(x)?;
                    self.await_value(v, line)
                }
            },
            ExprKind::YieldFrom(x) => {
                if let ExprKind::Call { func, args } = &x.kind {
                    let shape = self.call_shape(func, args, line, x.span)?;
                    return Ok(self.delegate_call(shape, line, Delegation::YieldFrom));
                }
                let v = self.expr(x)?;
                let it = self.call_checked(rt::rt_yield_from_iter, &[v], line);
                self.delegate(it, line)
            }
            ExprKind::Yield(value) => {
                let mut v = match value {
                    Some(x) => self.expr(x)?,
                    None => self.none(),
                };
                if self.scope().is_async {
                    // An async generator's values are told apart from awaits.
                    v = self.call_rt(rt::rt_agen_wrap, &[v]);
                }
                self.suspend(v, line, false)
            }
            ExprKind::Starred(_) => return unsupported("a starred expression here", e.span),
            ExprKind::NamedExpr { target, value } => {
                let v = self.expr(value)?;
                self.store_name(&target.name, v, line);
                v
            }
        })
    }

    /// Branches on the truth of `test`.
    pub fn branch(&mut self, test: &'a Expr, then_b: ir::Block, else_b: ir::Block) -> Result<(), SyntaxError> {
        let line = self.line(test.span);
        // Small-int comparisons branch directly on the machine comparison.
        if let ExprKind::Compare { left, ops } = &test.kind {
            if ops.len() == 1 && matches!(ops[0].0, CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE | CmpOp::Eq | CmpOp::NotEq) {
                let a = self.expr(left)?;
                let b = self.expr(&ops[0].1)?;
                self.branch_compare(ops[0].0, a, b, then_b, else_b, line);
                return Ok(());
            }
        }
        if let ExprKind::Unary { op: UnaryOp::Not, operand } = &test.kind {
            return self.branch(operand, else_b, then_b);
        }
        let v = self.expr(test)?;
        let t = self.truth(v, line);
        self.b.ins().brif(t, then_b, &[], else_b, &[]);
        Ok(())
    }

    /// Continues in a new block when `a` and `b` are both small ints;
    /// returns the block taken otherwise.
    fn small_int_guard(&mut self, a: ir::Value, b: ir::Value) -> ir::Block {
        let fast = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        // A parameter met beside an int constant is worth checking on entry.
        let is_int = |c: i64| c & 1 == 1;
        if self.constant_of(b).is_some_and(is_int) {
            self.ints.note_beside_constant(a);
        }
        if self.constant_of(a).is_some_and(is_int) {
            self.ints.note_beside_constant(b);
        }
        if self.known_small_int(a) && self.known_small_int(b) {
            // No test: the slow path is left with no way in.
            self.b.ins().jump(fast, &[]);
            self.switch_to(fast);
            self.b.seal_block(fast);
            return slow;
        }
        let both = self.b.ins().band(a, b);
        let tag = self.b.ins().band_imm_s(both, 1);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
        self.switch_to(fast);
        self.b.seal_block(fast);
        slow
    }

    /// Branches on `a op b`, comparing inline when both are small ints.
    fn branch_compare(&mut self, op: CmpOp, a: ir::Value, b: ir::Value, then_b: ir::Block, else_b: ir::Block, line: u32) {
        let cc = match op {
            CmpOp::Lt => IntCC::SignedLessThan,
            CmpOp::LtE => IntCC::SignedLessThanOrEqual,
            CmpOp::Gt => IntCC::SignedGreaterThan,
            CmpOp::GtE => IntCC::SignedGreaterThanOrEqual,
            CmpOp::Eq => IntCC::Equal,
            _ => IntCC::NotEqual,
        };
        if !self.p.compact() {
            let slow = self.small_int_guard(a, b);
            let c = self.b.ins().icmp(cc, a, b);
            self.b.ins().brif(c, then_b, &[], else_b, &[]);
            self.switch_to(slow);
            self.b.seal_block(slow);
        }
        let code = self.iconst(cmpop_code(op));
        let r = self.call_checked(rt::rt_compare, &[code, a, b], line);
        let t = self.truth(r, line);
        self.b.ins().brif(t, then_b, &[], else_b, &[]);
    }

    /// The truth of `v` as a machine boolean (branches to the handler on error).
    pub fn truth(&mut self, v: ir::Value, line: u32) -> ir::Value {
        if self.p.compact() {
            return self.truthy_call(v, line);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I8);
        let true_v = vm().true_.0 as i64;
        let false_v = vm().false_.0 as i64;
        let is_true = self.b.ins().icmp_imm_s(IntCC::Equal, v, true_v);
        let t1 = self.b.ins().iconst(types::I8, 1);
        let not_true = self.b.create_block();
        self.b.ins().brif(is_true, done, &[t1.into()], not_true, &[]);
        self.switch_to(not_true);
        self.b.seal_block(not_true);
        let is_false = self.b.ins().icmp_imm_s(IntCC::Equal, v, false_v);
        let f0 = self.b.ins().iconst(types::I8, 0);
        let other = self.b.create_block();
        self.b.ins().brif(is_false, done, &[f0.into()], other, &[]);
        self.switch_to(other);
        self.b.seal_block(other);
        let tag = self.b.ins().band_imm_s(v, 1);
        let small = self.b.create_block();
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        self.b.ins().brif(tag, small, &[], slow, &[]);
        self.switch_to(small);
        self.b.seal_block(small);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, 1);
        self.b.ins().jump(done, &[nonzero.into()]);
        self.switch_to(slow);
        self.b.seal_block(slow);
        let r8 = self.truthy_call(v, line);
        self.b.ins().jump(done, &[r8.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// The truth of `v` through the runtime (branches to the handler on error).
    fn truthy_call(&mut self, v: ir::Value, line: u32) -> ir::Value {
        let r = self.call_rt(rt::rt_truthy, &[v]);
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let ok = self.continuation_block();
        let handler = *self.handlers.last().expect("present");
        let l = self.iconst(line as i64);
        self.b.ins().brif(failed, handler, &[l.into()], ok, &[]);
        self.switch_to(ok);
        self.b.seal_block(ok);
        self.b.ins().ireduce(types::I8, r)
    }

    /// `a op b` with the small-int fast path for + - * and the helper otherwise.
    pub fn binary_values(&mut self, op: BinOp, a: ir::Value, b: ir::Value, line: u32, inplace: bool) -> ir::Value {
        let code = self.iconst(binop_code(op));
        let helper = if inplace { rt::rt_inplace } else { rt::rt_binary };
        if self.p.compact()
            || !matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Mod | BinOp::FloorDiv
            )
        {
            return self.call_checked(helper, &[code, a, b], line);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let slow = self.small_int_guard(a, b);
        if matches!(op, BinOp::Mod | BinOp::FloorDiv) {
            // Inline only for a positive divisor (zero raises, negative
            // ones round differently): no overflow is possible then.
            let positive = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, b, 1);
            let go = self.b.create_block();
            self.b.ins().brif(positive, go, &[], slow, &[]);
            self.switch_to(go);
            self.b.seal_block(go);
            let r = self.floor_div_mod(op, a, b);
            self.b.ins().jump(done, &[r.into()]);
        } else {
            self.small_int_op(op, a, b, slow, done);
        }
        self.switch_to(slow);
        self.b.seal_block(slow);
        let r = self.call_checked(helper, &[code, a, b], line);
        self.b.ins().jump(done, &[r.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// `a // b` or `a % b` of small ints with `b` positive, rounding toward
    /// negative infinity as Python does.
    fn floor_div_mod(&mut self, op: BinOp, a: ir::Value, b: ir::Value) -> ir::Value {
        let x = self.b.ins().sshr_imm_s(a, 1);
        let y = self.b.ins().sshr_imm_s(b, 1);
        let q = self.b.ins().sdiv(x, y);
        let r = self.b.ins().srem(x, y);
        // A negative remainder means the quotient was rounded up.
        let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        let result = if op == BinOp::Mod {
            let adjusted = self.b.ins().iadd(r, y);
            self.b.ins().select(neg, adjusted, r)
        } else {
            let adjusted = self.b.ins().iadd_imm_s(q, -1);
            self.b.ins().select(neg, adjusted, q)
        };
        let shifted = self.b.ins().ishl_imm_s(result, 1);
        self.b.ins().bor_imm_s(shifted, 1)
    }

    /// The inline small-int `a op b` for + - * & | ^, jumping to `done` with
    /// the result or to `slow` on overflow.
    fn small_int_op(&mut self, op: BinOp, a: ir::Value, b: ir::Value, slow: ir::Block, done: ir::Block) {
        // With a constant right operand (`i + 1`, `n - 2`) the tagged sum or
        // difference needs no untagging: a ± (b - 1) keeps the tag bit.
        if let (Some(tagged), BinOp::Add | BinOp::Sub) = (self.constant_of(b).filter(|t| t & 1 == 1 && *t != i64::MIN + 1), op) {
            // Overflow shows as the result moving the wrong way, a compare
            // the branch takes directly (no flag materialized).
            let step = if op == BinOp::Add { tagged - 1 } else { (tagged - 1).wrapping_neg() };
            let r = self.b.ins().iadd_imm_s(a, step);
            let cc = if step >= 0 { IntCC::SignedLessThan } else { IntCC::SignedGreaterThan };
            let of = self.b.ins().icmp(cc, r, a);
            self.b.ins().brif(of, slow, &[], done, &[r.into()]);
            return;
        }
        let (r, overflow) = match op {
            BinOp::Add => {
                let a1 = self.b.ins().iadd_imm_s(a, -1);
                let (r, of) = self.b.ins().sadd_overflow(a1, b);
                (r, Some(of))
            }
            BinOp::Sub => {
                let (r, of) = self.b.ins().ssub_overflow(a, b);
                let r = self.b.ins().bor_imm_s(r, 1);
                (r, Some(of))
            }
            BinOp::Mul => {
                let x = self.b.ins().sshr_imm_s(a, 1);
                let y = self.b.ins().iadd_imm_s(b, -1);
                let (r, of) = self.b.ins().smul_overflow(x, y);
                let r = self.b.ins().bor_imm_s(r, 1);
                (r, Some(of))
            }
            BinOp::BitAnd => (self.b.ins().band(a, b), None),
            BinOp::BitOr => (self.b.ins().bor(a, b), None),
            _ => {
                let x = self.b.ins().bxor(a, b);
                (self.b.ins().bor_imm_s(x, 1), None)
            }
        };
        match overflow {
            Some(of) => {
                self.b.ins().brif(of, slow, &[], done, &[r.into()]);
            }
            None => {
                self.b.ins().jump(done, &[r.into()]);
            }
        }
    }

    /// The value of `v` when it is a constant made in this function.
    pub(super) fn constant_of(&self, v: ir::Value) -> Option<i64> {
        let ir::ValueDef::Result(inst, _) = self.b.func.dfg.value_def(v) else { return None };
        match self.b.func.dfg.insts[inst] {
            ir::InstructionData::UnaryImm { opcode: ir::Opcode::Iconst, imm } => Some(imm.bits()),
            _ => None,
        }
    }

    /// `a op b` for one comparison, with the small-int fast path.
    pub fn compare_values(&mut self, op: CmpOp, a: ir::Value, b: ir::Value, line: u32) -> ir::Value {
        let (tv, fv) = (vm().true_.0 as i64, vm().false_.0 as i64);
        if matches!(op, CmpOp::Is | CmpOp::IsNot) {
            let cc = if op == CmpOp::Is { IntCC::Equal } else { IntCC::NotEqual };
            let c = self.b.ins().icmp(cc, a, b);
            let (t, f) = (self.iconst(tv), self.iconst(fv));
            return self.b.ins().select(c, t, f);
        }
        let cc = match op {
            CmpOp::Lt => Some(IntCC::SignedLessThan),
            CmpOp::LtE => Some(IntCC::SignedLessThanOrEqual),
            CmpOp::Gt => Some(IntCC::SignedGreaterThan),
            CmpOp::GtE => Some(IntCC::SignedGreaterThanOrEqual),
            CmpOp::Eq => Some(IntCC::Equal),
            CmpOp::NotEq => Some(IntCC::NotEqual),
            _ => None,
        };
        let Some(cc) = cc.filter(|_| !self.p.compact()) else {
            let code = self.iconst(cmpop_code(op));
            return self.call_checked(rt::rt_compare, &[code, a, b], line);
        };
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let slow = self.small_int_guard(a, b);
        let c = self.b.ins().icmp(cc, a, b);
        let (t, f) = (self.iconst(tv), self.iconst(fv));
        let r = self.b.ins().select(c, t, f);
        self.b.ins().jump(done, &[r.into()]);
        self.switch_to(slow);
        self.b.seal_block(slow);
        let code = self.iconst(cmpop_code(op));
        let r = self.call_checked(rt::rt_compare, &[code, a, b], line);
        self.b.ins().jump(done, &[r.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    fn compare_chain(&mut self, left: &'a Expr, ops: &'a [(CmpOp, Expr)], line: u32) -> Result<ir::Value, SyntaxError> {
        let mut a = self.expr(left)?;
        if ops.len() == 1 {
            let b = self.expr(&ops[0].1)?;
            return Ok(self.compare_values(ops[0].0, a, b, line));
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        for (i, (op, right)) in ops.iter().enumerate() {
            let b = self.expr(right)?;
            let r = self.compare_values(*op, a, b, line);
            if i + 1 == ops.len() {
                self.b.ins().jump(done, &[r.into()]);
            } else {
                let t = self.truth(r, line);
                let next = self.b.create_block();
                self.b.ins().brif(t, next, &[], done, &[r.into()]);
                self.switch_to(next);
                self.b.seal_block(next);
                a = b;
            }
        }
        self.switch_to(done);
        self.b.seal_block(done);
        Ok(self.b.block_params(done)[0])
    }

    /// A list, tuple or set display, with `*iterable` items.
    fn display(&mut self, items: &'a [Expr], build: fn() -> super::jit::Helper, line: u32, kind: DisplayKind) -> Result<ir::Value, SyntaxError> {
        if !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
            let mut values = Vec::with_capacity(items.len());
            for i in items {
                values.push(self.expr(i)?);
            }
            let ptr = self.array(&values);
            let n = self.iconst(values.len() as i64);
            return Ok(self.call_checked(build, &[ptr, n], line));
        }
        let zero = self.iconst(0);
        let acc = if kind == DisplayKind::Set {
            self.call_checked(rt::rt_build_set, &[zero, zero], line)
        } else {
            self.call_checked(rt::rt_build_list, &[zero, zero], line)
        };
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    let v = self.expr(inner)?;
                    let h = if kind == DisplayKind::Set { rt::rt_set_update } else { rt::rt_list_extend };
                    let s = self.call_rt(h, &[acc, v]);
                    self.check(s, line);
                }
                _ => {
                    let v = self.expr(i)?;
                    let h = if kind == DisplayKind::Set { rt::rt_set_add } else { rt::rt_list_append };
                    let s = self.call_rt(h, &[acc, v]);
                    self.check(s, line);
                }
            }
        }
        if kind == DisplayKind::Tuple {
            return Ok(self.call_rt(rt::rt_list_to_tuple, &[acc]));
        }
        Ok(acc)
    }

    fn dict_display(&mut self, items: &'a [(Option<Expr>, Expr)], line: u32) -> Result<ir::Value, SyntaxError> {
        if items.iter().all(|(k, _)| k.is_some()) {
            let mut values = Vec::with_capacity(items.len() * 2);
            for (k, v) in items {
                values.push(self.expr(k.as_ref().expect("checked"))?);
                values.push(self.expr(v)?);
            }
            let ptr = self.array(&values);
            let n = self.iconst(items.len() as i64);
            return Ok(self.call_checked(rt::rt_build_dict, &[ptr, n], line));
        }
        let zero = self.iconst(0);
        let d = self.call_checked(rt::rt_build_dict, &[zero, zero], line);
        for (k, v) in items {
            match k {
                Some(k) => {
                    let k = self.expr(k)?;
                    let v = self.expr(v)?;
                    let s = self.call_rt(rt::rt_dict_set, &[d, k, v]);
                    self.check(s, line);
                }
                None => {
                    let m = self.expr(v)?;
                    let s = self.call_rt(rt::rt_dict_update, &[d, m]);
                    self.check(s, line);
                }
            }
        }
        Ok(d)
    }

    fn fstring(&mut self, parts: &'a [FStringPart], line: u32) -> Result<ir::Value, SyntaxError> {
        let mut pieces = Vec::with_capacity(parts.len());
        for part in parts {
            match part {
                FStringPart::Literal(s) => {
                    let v = self.constant(intern_or_new(s));
                    pieces.push(v);
                }
                FStringPart::Field { value, conversion, spec, debug_text } => {
                    if let Some(text) = debug_text {
                        let v = self.constant(intern_or_new(text));
                        pieces.push(v);
                    }
                    let v = self.expr(value)?;
                    let conv = self.iconst(conversion.map_or(0, |c| c as i64));
                    let spec = match spec {
                        Some(s) => self.fstring(s, line)?,
                        None => self.iconst(0),
                    };
                    let s = self.call_checked(rt::rt_format_value, &[v, conv, spec], line);
                    pieces.push(s);
                }
            }
        }
        if pieces.len() == 1 && matches!(parts[0], FStringPart::Field { debug_text: None, .. }) {
            return Ok(pieces[0]);
        }
        let ptr = self.array(&pieces);
        let n = self.iconst(pieces.len() as i64);
        Ok(self.call_checked(rt::rt_build_string, &[ptr, n], line))
    }

    /// A comprehension's value; with `track_source`, also the generator
    /// its first iterable freshly made, when it did (see `owned_iter`).
    pub(super) fn comprehension(&mut self, e: &'a Expr, track_source: bool) -> Result<(ir::Value, Option<ir::Value>), SyntaxError> {
        let ExprKind::Comp { kind, element, value, generators } = &e.kind else { unreachable!("a comprehension") };
        let line = self.line(e.span);
        let scope = *self.p.scopes.by_span.get(&e.span).expect("the resolver saw every comprehension");
        let (iterable, source) =
            if track_source { self.value_and_fresh_generator(&generators[0].iter)? } else { (self.expr(&generators[0].iter)?, None) };
        let first = if generators[0].is_async { rt::rt_aiter } else { rt::rt_iter };
        let it = self.call_checked(first, &[iterable], line);
        let empty: &'a Params = Box::leak(Box::new(Params::default()));
        let f = self.make_function(Body::Comprehension(*kind, element, value.as_deref(), generators, e.span), scope, empty, line)?;
        let args = self.array(&[it]);
        let one = self.iconst(1);
        let zero = self.iconst(0);
        let r = self.call_checked(rt::rt_call, &[f, args, one, zero], line);
        if self.p.scopes.scopes[scope].is_async && *kind != CompKind::Generator {
            // An async comprehension runs as a coroutine, awaited here.
            let it = self.call_checked(rt::rt_await_iter, &[r], line);
            Ok((self.delegate(it, line), None))
        } else {
            Ok((r, source))
        }
    }

    pub(super) fn call(&mut self, func: &'a Expr, args: &'a [Arg], line: u32, span: Span) -> Result<ir::Value, SyntaxError> {
        if let Some(v) = self.consuming_call(func, args, line)? {
            return Ok(v);
        }
        Ok(match self.call_shape(func, args, line, span)? {
            CallShape::Called(v) => v,
            CallShape::Function(callee, values, on_global) => self.direct_call_at(callee, &values, line, on_global),
            CallShape::Method(name, values, on_global, at) => {
                self.call_method_cached(name, &values, at, CallUse::Value, on_global).expect("a value call has a result")
            }
        })
    }

    /// Evaluates the parts of a call. Plain and method calls with at most
    /// six positional arguments are left to the caller (which may call or
    /// await them); any other call is made here.
    pub(super) fn call_shape(
        &mut self,
        func: &'a Expr,
        args: &'a [Arg],
        line: u32,
        span: Span,
    ) -> Result<CallShape<'a>, SyntaxError> {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_) | Arg::Keyword(..)));
        // super() with no arguments: the class cell and the first argument.
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && self.binding("super") != Binding::Local {
                return Ok(CallShape::Called(self.zero_arg_super(line, span)?));
            }
            if let Some(call) = self.frame_builtin_call(n, func.span, args, line)? {
                return Ok(CallShape::Called(call));
            }
        }
        if !simple {
            return Ok(CallShape::Called(self.call_unpacking(func, args, line)?));
        }
        let kwnames: Vec<&str> = args
            .iter()
            .filter_map(|a| if let Arg::Keyword(k, _) = a { Some(k.name.as_str()) } else { None })
            .collect();
        let kw = if kwnames.is_empty() {
            self.iconst(0)
        } else {
            let names: Vec<Value> = kwnames.iter().map(|n| intern(n)).collect();
            self.constant(new_tuple(names))
        };
        // Method call: avoid the bound method.
        if let ExprKind::Attribute { value, attr } = &func.kind {
            let obj = self.expr(value)?;
            let at = MethodPositions {
                call: self.attribute_position(span.start, attr.span, span.end),
                lookup: self.attribute_position(func.span.start, attr.span, attr.span.end),
            };
            let line = at.call;
            let mut values = vec![obj];
            for a in args {
                values.push(match a {
                    Arg::Positional(e) | Arg::Keyword(_, e) => self.expr(e)?,
                    _ => unreachable!("simple calls only"),
                });
            }
            if kwnames.is_empty() && values.len() <= 6 {
                return Ok(CallShape::Method(&attr.name, values, self.is_global_name(value), at));
            }
            let ptr = self.array(&values);
            let n = self.iconst(values.len() as i64);
            let name = self.name_const(&attr.name);
            return Ok(CallShape::Called(self.call_checked(rt::rt_call_method, &[name, ptr, n, kw], line)));
        }
        let on_global = self.is_global_name(func);
        // Arguments that run no code may go first: the global is then
        // loaded right before the call and holds no register meanwhile.
        let args_first = on_global && args.iter().all(|a| matches!(a, Arg::Positional(e) if self.is_pure_int(e)));
        let early = if args_first { None } else { Some(self.expr(func)?) };
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            values.push(match a {
                Arg::Positional(e) | Arg::Keyword(_, e) => self.expr(e)?,
                _ => unreachable!("simple calls only"),
            });
        }
        let callee = match early {
            Some(callee) => callee,
            None => self.expr(func)?,
        };
        if kwnames.is_empty() && values.len() <= 6 {
            return Ok(CallShape::Function(callee, values, on_global));
        }
        let ptr = self.array(&values);
        let n = self.iconst(values.len() as i64);
        Ok(CallShape::Called(self.call_checked(rt::rt_call, &[callee, ptr, n, kw], line)))
    }

    /// True when `e` is a name read from the module's globals (or builtins).
    fn is_global_name(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Name(n)
            if matches!(self.binding(n), Binding::GlobalImplicit | Binding::GlobalExplicit | Binding::Name))
    }

    /// Calls `callee` with positional `args`, jumping straight into a compiled
    /// function's (or a builtin's) fast entry when its arity matches.
    pub(super) fn direct_call(&mut self, callee: ir::Value, args: &[ir::Value], line: u32) -> ir::Value {
        self.direct_call_at(callee, args, line, false)
    }

    /// `direct_call`; with `remember`, a call site (`call_site.rs`) keeps
    /// the function entered, and a call of that same object again goes
    /// straight to its fast entry.
    pub(super) fn direct_call_at(&mut self, callee: ir::Value, args: &[ir::Value], line: u32, remember: bool) -> ir::Value {
        if self.p.compact() {
            return self.call_generic(callee, args, line);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let slow = self.b.create_block();
        self.b.set_cold_block(slow);
        let [is_obj_b, is_fn_b, not_fn_b, class_b, not_class_b, builtin_b, other_builtin_b, fast, learn] =
            [(); 9].map(|_| self.b.create_block());
        // The remembered callee and a newly learned one each call from a
        // block of their own: a hit falls straight into its call.
        let call_fast = |cx: &mut Self| {
            let r = cx.call_fast_entry(callee, args, line);
            cx.b.ins().jump(done, &[r.into()]);
        };
        let site = remember.then(|| self.iconst(CallSite::leak() as *const CallSite as i64));
        if let Some(site) = site {
            let dispatch = self.b.create_block();
            let known = self.b.ins().load(types::I64, MemFlagsData::trusted(), site, CALLEE_OFFSET);
            let same = self.b.ins().icmp(IntCC::Equal, callee, known);
            self.b.ins().brif(same, fast, &[], dispatch, &[]);
            self.switch_to(fast);
            self.b.seal_block(fast);
            call_fast(self);
            self.switch_to(dispatch);
            self.b.seal_block(dispatch);
        }
        let low = self.b.ins().band_imm_s(callee, 7);
        self.b.ins().brif(low, slow, &[], is_obj_b, &[]);
        self.switch_to(is_obj_b);
        self.b.seal_block(is_obj_b);
        let kind = self.b.ins().uload8(types::I32, MemFlagsData::trusted(), callee, KIND_OFFSET);
        let is_fn = self.b.ins().icmp_imm_s(IntCC::Equal, kind, Kind::Function as i64);
        self.b.ins().brif(is_fn, is_fn_b, &[], not_fn_b, &[]);
        self.switch_to(not_fn_b);
        self.b.seal_block(not_fn_b);
        let is_class = self.b.ins().icmp_imm_s(IntCC::Equal, kind, Kind::Class as i64);
        self.b.ins().brif(is_class, class_b, &[], not_class_b, &[]);
        self.switch_to(not_class_b);
        self.b.seal_block(not_class_b);
        let is_builtin = self.b.ins().icmp_imm_s(IntCC::Equal, kind, Kind::Builtin as i64);
        self.b.ins().brif(is_builtin, builtin_b, &[], slow, &[]);
        // A function or a builtin with a fast entry for this many arguments.
        let arity_matches = |cx: &mut Self, other: ir::Block| {
            let arity = cx.b.ins().uload32(MemFlagsData::trusted(), callee, FAST_ARITY_OFFSET);
            let matches = cx.b.ins().icmp_imm_s(IntCC::Equal, arity, args.len() as i64);
            cx.b.ins().brif(matches, learn, &[], other, &[]);
        };
        self.switch_to(is_fn_b);
        self.b.seal_block(is_fn_b);
        arity_matches(self, slow);
        self.switch_to(builtin_b);
        self.b.seal_block(builtin_b);
        arity_matches(self, other_builtin_b);
        self.switch_to(learn);
        self.b.seal_block(learn);
        if let Some(site) = site {
            self.b.ins().store(MemFlagsData::trusted(), callee, site, CALLEE_OFFSET);
        }
        call_fast(self);
        // Any other builtin: straight to its code, past `call`'s dispatch.
        self.switch_to(other_builtin_b);
        self.b.seal_block(other_builtin_b);
        let ptr = self.array(args);
        let n = self.iconst(args.len() as i64);
        let r = self.call_checked(rt::rt_call_builtin, &[callee, ptr, n], line);
        self.b.ins().jump(done, &[r.into()]);
        self.switch_to(class_b);
        self.b.seal_block(class_b);
        self.instantiate_direct(callee, args, line, slow, done);
        self.switch_to(slow);
        self.b.seal_block(slow);
        let r = self.call_generic(callee, args, line);
        self.b.ins().jump(done, &[r.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// Calls the fast entry of `callee`, a function or builtin known to
    /// take `args` there, and checks the result.
    pub(super) fn call_fast_entry(&mut self, callee: ir::Value, args: &[ir::Value], line: u32) -> ir::Value {
        let entry = self.b.ins().load(types::I64, MemFlagsData::trusted(), callee, FAST_ENTRY_OFFSET);
        let sig = self.sig(args.len() + 1);
        let mut call_args = vec![callee];
        call_args.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sig, entry, &call_args);
        let r = self.b.inst_results(call)[0];
        self.check(r, line);
        r
    }

    /// Calls `callee` with positional `args` through the runtime.
    pub(super) fn call_generic(&mut self, callee: ir::Value, args: &[ir::Value], line: u32) -> ir::Value {
        let ptr = self.array(args);
        let n = self.iconst(args.len() as i64);
        let zero = self.iconst(0);
        self.call_checked(rt::rt_call, &[callee, ptr, n, zero], line)
    }

    /// A call with `*args` or `**kwargs`: builds a list and a dict.
    fn call_unpacking(&mut self, func: &'a Expr, args: &'a [Arg], line: u32) -> Result<ir::Value, SyntaxError> {
        let callee = self.expr(func)?;
        let zero = self.iconst(0);
        let list = self.call_checked(rt::rt_build_list, &[zero, zero], line);
        let mut dict = None;
        let mut after_double_star = false;
        let positional: Vec<&Arg> = args.iter().filter(|a| matches!(a, Arg::Positional(_) | Arg::Star(_))).collect();
        let lone_star = matches!(positional[..], [Arg::Star(_)]);
        // As CPython: all positional arguments (`*x` included) first, then
        // the keywords, each group in source order (`f(k=a(), *b())`
        // calls b first).
        let keywords = args.iter().filter(|a| matches!(a, Arg::Keyword(..) | Arg::DoubleStar(_)));
        for a in positional.iter().copied().chain(keywords) {
            match a {
                Arg::Positional(e) => {
                    let v = self.expr(e)?;
                    self.call_rt(rt::rt_list_append, &[list, v]);
                }
                Arg::Star(e) => {
                    let v = self.expr(e)?;
                    // CPython names the callee only when `*x` is the whole
                    // positional part (passed as is, not built into a list).
                    let s = if lone_star {
                        self.call_rt(rt::rt_star_args_extend, &[list, v, callee])
                    } else {
                        self.call_rt(rt::rt_list_extend, &[list, v])
                    };
                    self.check(s, line);
                }
                Arg::Keyword(k, e) => {
                    let d = match dict {
                        Some(d) => d,
                        None => {
                            let d = self.call_checked(rt::rt_build_dict, &[zero, zero], line);
                            dict = Some(d);
                            d
                        }
                    };
                    let name = self.name_const(&k.name);
                    let v = self.expr(e)?;
                    if after_double_star {
                        // A `**mapping` before may have given the name.
                        let s = self.call_rt(rt::rt_kwarg_set, &[d, name, v, callee]);
                        self.check(s, line);
                    } else {
                        self.call_rt(rt::rt_dict_set, &[d, name, v]);
                    }
                }
                Arg::DoubleStar(e) => {
                    after_double_star = true;
                    let d = match dict {
                        Some(d) => d,
                        None => {
                            let d = self.call_checked(rt::rt_build_dict, &[zero, zero], line);
                            dict = Some(d);
                            d
                        }
                    };
                    let m = self.expr(e)?;
                    let s = self.call_rt(rt::rt_kwargs_merge, &[d, m, callee]);
                    self.check(s, line);
                }
            }
        }
        let d = dict.unwrap_or(zero);
        Ok(self.call_checked(rt::rt_call_ex, &[callee, list, d], line))
    }

    fn zero_arg_super(&mut self, line: u32, span: Span) -> Result<ir::Value, SyntaxError> {
        let cls = match self.vars.get("__class__") {
            Some(super::codegen::Var::Free(v)) | Some(super::codegen::Var::Cell(v)) => {
                let v = *v;
                let cell = self.get(v);
                self.b.ins().load(types::I64, MemFlagsData::trusted(), cell, crate::runtime::function::CELL_VALUE_OFFSET)
            }
            _ => self.iconst(0),
        };
        // SAFETY: the code descriptor is leaked and valid.
        let first = unsafe { (*self.code).params.names.first().copied() };
        let obj = match first {
            Some(n) => {
                let name = crate::runtime::str::as_str(n).to_string();
                self.load_name(&name, span)?
            }
            None => self.iconst(0),
        };
        Ok(self.call_checked(rt::rt_super, &[cls, obj], line))
    }

    /// The body of a comprehension function: nested loops feeding a result.
    pub fn comprehension_body(
        &mut self,
        kind: CompKind,
        element: &'a Expr,
        value: Option<&'a Expr>,
        clauses: &'a [Comprehension],
        span: Span,
    ) -> Result<(), SyntaxError> {
        let line = self.line(element.span);
        let zero = self.iconst(0);
        let result = match kind {
            CompKind::List => self.call_checked(rt::rt_build_list, &[zero, zero], line),
            CompKind::Set => self.call_checked(rt::rt_build_set, &[zero, zero], line),
            CompKind::Dict => self.call_checked(rt::rt_build_dict, &[zero, zero], line),
            // A generator expression yields its elements instead.
            CompKind::Generator => self.none(),
        };
        let result_var = self.new_tmp(result);
        self.comprehension_clause(kind, element, value, clauses, span, 0, result_var, &mut 0)?;
        let r = self.get(result_var);
        self.do_return(r);
        Ok(())
    }

    fn comprehension_clause(
        &mut self,
        kind: CompKind,
        element: &'a Expr,
        value: Option<&'a Expr>,
        clauses: &'a [Comprehension],
        span: Span,
        depth: usize,
        result_var: super::codegen::Tmp,
        spilled: &mut usize,
    ) -> Result<(), SyntaxError> {
        // The body of a comprehension that awaits (CPython makes it async):
        // its awaits are spilled to statements, and the result is read from
        // its frame slot only after them, since nothing native survives one.
        let awaits = self.scope().is_async;
        let Some(clause) = clauses.get(depth) else {
            let line = self.line(element.span);
            let (element, value) = match value {
                Some(v) => {
                    let [k, v] = self.spill_comprehension([element, v], spilled)?;
                    (k, Some(v))
                }
                None => (self.spill_comprehension([element], spilled)?[0], None),
            };
            match kind {
                CompKind::Generator => {
                    let mut v = self.expr(element)?;
                    if awaits {
                        // An async generator expression: its values are told apart from awaits.
                        v = self.call_rt(rt::rt_agen_wrap, &[v]);
                    }
                    self.suspend(v, line, false);
                }
                CompKind::List => {
                    let v = self.expr(element)?;
                    let r = self.get(result_var);
                    self.call_rt(rt::rt_list_append, &[r, v]);
                }
                CompKind::Set => {
                    let v = self.expr(element)?;
                    let r = self.get(result_var);
                    let s = self.call_rt(rt::rt_set_add, &[r, v]);
                    self.check(s, line);
                }
                _ => {
                    let k = self.expr(element)?;
                    let k_tmp = self.new_tmp(k);
                    let v = self.expr(value.expect("dict comprehensions have a value"))?;
                    let (r, k) = (self.get(result_var), self.get(k_tmp));
                    let s = self.call_rt(rt::rt_dict_set, &[r, k, v]);
                    self.check(s, line);
                }
            }
            return Ok(());
        };
        // Its iterations fail at the whole comprehension, as CPython reports.
        let line = self.line(span);
        let it = if depth == 0 {
            self.load_name(".0", clause.iter.span)?
        } else {
            let [iter] = self.spill_comprehension([&clause.iter], spilled)?;
            let iterable = self.expr(iter)?;
            let first = if clause.is_async { rt::rt_aiter } else { rt::rt_iter };
            self.call_checked(first, &[iterable], line)
        };
        let it_var = self.new_tmp(it);
        let head = self.b.create_block();
        let body_b = self.b.create_block();
        let after = self.b.create_block();
        self.jump(head, &[]);
        self.switch_to(head);
        let it = self.get(it_var);
        let v = if clause.is_async {
            // await anext(it), with exhaustion reported as STOP.
            let step = self.call_checked(rt::rt_async_next, &[it], line);
            self.delegate(step, line)
        } else {
            self.next_value(it, line)
        };
        let stop = self.b.ins().icmp_imm_s(IntCC::Equal, v, STOP.0 as i64);
        self.b.ins().brif(stop, after, &[], body_b, &[]);
        self.switch_to(body_b);
        self.b.seal_block(body_b);
        self.assign(&clause.target, v)?;
        for cond in &clause.ifs {
            let [cond] = self.spill_comprehension([cond], spilled)?;
            let pass = self.b.create_block();
            self.branch(cond, pass, head)?;
            self.switch_to(pass);
            self.b.seal_block(pass);
        }
        self.comprehension_clause(kind, element, value, clauses, span, depth + 1, result_var, spilled)?;
        self.jump(head, &[]);
        self.b.seal_block(head);
        self.switch_to(after);
        self.b.seal_block(after);
        Ok(())
    }
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Compiles, as statements, the work of a comprehension's `values` up to
    /// their last await, and returns what is left of each (free of awaits).
    fn spill_comprehension<const N: usize>(&mut self, values: [&'a Expr; N], spilled: &mut usize) -> Result<[&'a Expr; N], SyntaxError> {
        let Some((pre, rest)) = super::spill::spill_values(&values, spilled)? else { return Ok(values) };
        // The code generator borrows the AST for 'a, as function_def's spilled bodies are.
        self.block(Box::leak(pre.into_boxed_slice()))?;
        let rest: &'a [Expr] = Box::leak(rest.into_boxed_slice());
        Ok(std::array::from_fn(|i| &rest[i]))
    }
}

/// What a display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DisplayKind {
    List,
    Tuple,
    Set,
}

/// Identifier-like literals are interned (as CPython does); others are not.
fn intern_or_new(s: &str) -> Value {
    if s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        intern(s)
    } else {
        new_str(s)
    }
}
