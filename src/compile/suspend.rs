//! Suspension points of generators and coroutines: `yield`, `yield from`
//! and `await` compile to a state store and a return; resuming enters a new
//! block through the state dispatch. Everything live across a suspension
//! sits in the generator's heap frame, so a suspension may only appear where
//! no expression temporaries are pending: as a whole statement, as the value
//! of an assignment, or as a returned value. `check_positions` enforces it.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::jit::rt;
use super::stmt::unsupported;
use crate::runtime::function::SuspensionPoint;
use crate::runtime::generator::{DELEGATE_OFFSET, MODE_THROW, STATE_OFFSET};
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Suspends yielding `v`; returns the value sent in when resumed. When
    /// `forward_throw` is false, a thrown exception is raised right here.
    pub fn suspend(&mut self, v: ir::Value, line: u32, forward_throw: bool) -> ir::Value {
        let resume = self.b.create_block();
        let g = self.gen.as_mut().expect("suspensions only in generators");
        let state = g.resume_blocks.len() as i64;
        g.resume_blocks.push(resume);
        // Any enclosing `try` or `with` has a handler above the function's own.
        let cleanup = self.handlers.len() > 1;
        if cleanup {
            crate::runtime::generator::close_when_dropped();
            // SAFETY: as below.
            unsafe { (*self.code).suspends_in_cleanup = true };
        }
        // SAFETY: the descriptor is leaked; no generator of it exists while its IR is built.
        unsafe { (*self.code).suspension_points.push(SuspensionPoint { line: crate::runtime::positions::line(line), cleanup }) };
        let (gen, sent, mode) = (g.gen, g.sent, g.mode);
        self.save_scoped();
        let k = self.iconst(state);
        self.b.ins().istore32(MemFlagsData::trusted(), k, gen, STATE_OFFSET);
        self.uncount_and_return(v);
        self.switch_to(resume);
        self.restore_scoped();
        if !forward_throw {
            let thrown = self.b.ins().icmp_imm_s(IntCC::Equal, mode, MODE_THROW);
            let cont = self.b.create_block();
            let handler = *self.handlers.last().expect("present");
            let l = self.iconst(line as i64);
            self.b.ins().brif(thrown, handler, &[l.into()], cont, &[]);
            self.switch_to(cont);
            self.b.seal_block(cont);
        }
        sent
    }

    /// `yield from` / `await`: drives `it` until it returns, passing sent
    /// values and thrown exceptions through; the result is its return value.
    /// While suspended, `it` waits in the generator's `delegate` field (what
    /// CPython calls `gi_yieldfrom`), so the frame needs no slot for it; the
    /// value sent and the resume mode are block parameters of the loop head.
    pub fn delegate(&mut self, it: ir::Value, line: u32) -> ir::Value {
        self.delegation(line, |cx, entry| cx.enter_delegation(it, entry))
    }

    /// `await v` for any value `v`.
    pub fn await_value(&mut self, v: ir::Value, line: u32) -> ir::Value {
        let it = self.call_checked(rt::rt_await_iter, &[v], line);
        self.delegate(it, line)
    }

    /// Starts delegating to `it` at the loop head.
    pub(super) fn enter_delegation(&mut self, it: ir::Value, entry: DelegationEntry) {
        let gen = self.gen.as_ref().expect("delegation only in generators").gen;
        self.b.ins().store(MemFlagsData::trusted(), it, gen, DELEGATE_OFFSET);
        let none = self.none();
        let zero = self.iconst(0);
        self.b.ins().jump(entry.head, &[none.into(), zero.into()]);
    }

    /// The delegation loop; `enter` emits its start, which must end in a
    /// jump to one of the entry blocks.
    pub(super) fn delegation(&mut self, line: u32, enter: impl FnOnce(&mut Self, DelegationEntry)) -> ir::Value {
        let gen = self.gen.as_ref().expect("delegation only in generators").gen;
        let flags = MemFlagsData::trusted();
        let head = self.b.create_block();
        self.b.append_block_param(head, types::I64);
        self.b.append_block_param(head, types::I64);
        let yielded = self.b.create_block();
        self.b.append_block_param(yielded, types::I64);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        enter(self, DelegationEntry { head, yielded, done });
        self.b.switch_to_block(head);
        let (s, m) = (self.b.block_params(head)[0], self.b.block_params(head)[1]);
        let i = self.b.ins().load(types::I64, flags, gen, DELEGATE_OFFSET);
        let failed = self.b.create_block();
        if !self.p.compact() {
            // A generator or coroutine is resumed right here.
            let slow = self.b.create_block();
            self.resume_inline(i, s, m, slow, DelegationExits { yielded, done, failed }, false);
            self.switch_to(slow);
            self.b.seal_block(slow);
        }
        let (slot, addr) = self.out_array(1);
        let r = self.call_rt(rt::rt_delegate, &[i, s, m, addr]);
        // On an exception the delegation is over too.
        let go_on = self.b.create_block();
        self.b.ins().brif(r, go_on, &[], failed, &[]);
        self.switch_to(failed);
        self.b.seal_block(failed);
        let zero = self.iconst(0);
        self.b.ins().store(flags, zero, gen, DELEGATE_OFFSET);
        self.raise_here(line);
        self.switch_to(go_on);
        self.b.seal_block(go_on);
        let out = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
        let finished = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.b.ins().brif(finished, done, &[out.into()], yielded, &[out.into()]);
        self.switch_to(yielded);
        self.b.seal_block(yielded);
        let out = self.b.block_params(yielded)[0];
        let sent = self.suspend(out, line, true);
        let mode = self.gen.as_ref().expect("in a generator").mode;
        self.b.ins().jump(head, &[sent.into(), mode.into()]);
        self.b.seal_block(head);
        self.switch_to(done);
        self.b.seal_block(done);
        // Drop the finished awaitable so the generator does not keep it alive.
        let zero = self.iconst(0);
        self.b.ins().store(flags, zero, gen, DELEGATE_OFFSET);
        self.b.block_params(done)[0]
    }
}

/// The blocks a delegation loop can be entered at.
#[derive(Clone, Copy)]
pub(super) struct DelegationEntry {
    /// The loop head `(sent, mode)`: delegate one step (the iterator is in
    /// the generator's `delegate` field).
    pub head: ir::Block,
    /// `(value)`: the iterator (in `delegate`) suspended with `value`.
    pub yielded: ir::Block,
    /// `(result)`: the delegation finished with `result`.
    pub done: ir::Block,
}

/// Where one step of a delegation goes on.
#[derive(Clone, Copy)]
pub(super) struct DelegationExits {
    /// `(value)`: the delegate suspended with `value`.
    pub yielded: ir::Block,
    /// `(result)`: the delegate finished with `result`.
    pub done: ir::Block,
    /// The delegate raised (the exception is pending).
    pub failed: ir::Block,
}

/// True for `yield`, `yield from` and `await`.
fn is_suspension(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_))
}

/// The operand of a suspension expression.
fn operand(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Yield(v) => v.as_deref(),
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => Some(v),
        _ => None,
    }
}

/// Checks that every suspension in a generator body sits where the code
/// generator supports it.
pub fn check_positions(stmts: &[Stmt]) -> Result<(), SyntaxError> {
    for s in stmts {
        check_stmt(s)?;
    }
    Ok(())
}

/// A value position that may itself be a suspension.
fn top(e: &Expr) -> Result<(), SyntaxError> {
    if is_suspension(e) {
        return match operand(e) {
            Some(x) => inner(x),
            None => Ok(()),
        };
    }
    inner(e)
}

/// An expression that must contain no suspension at all.
fn inner(e: &Expr) -> Result<(), SyntaxError> {
    let mut found = None;
    find(e, &mut found);
    match found {
        Some(span) => unsupported("'yield' or 'await' inside a larger expression", span),
        None => Ok(()),
    }
}

fn find(e: &Expr, found: &mut Option<Span>) {
    if found.is_some() {
        return;
    }
    if is_suspension(e) {
        *found = Some(e.span);
        return;
    }
    let mut visit = |x: &Expr| find(x, found);
    match &e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(&mut visit),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    visit(k);
                }
                visit(v);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) | ExprKind::Unary { operand: value, .. } => visit(value),
        ExprKind::Subscript { value, index } => {
            visit(value);
            visit(index);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| visit(x)),
        ExprKind::Call { func, args } => {
            visit(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => visit(x),
                }
            }
        }
        ExprKind::Binary { left, right, .. } => {
            visit(left);
            visit(right);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(&mut visit),
        ExprKind::Compare { left, ops } => {
            visit(left);
            ops.iter().for_each(|(_, x)| visit(x));
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit(test);
            visit(body);
            visit(orelse);
        }
        ExprKind::FString(parts) => {
            for p in parts {
                if let FStringPart::Field { value, .. } = p {
                    visit(value);
                }
            }
        }
        ExprKind::NamedExpr { value, .. } => visit(value),
        // Lambdas and comprehensions are functions of their own.
        _ => {}
    }
}

fn check_stmt(s: &Stmt) -> Result<(), SyntaxError> {
    match &s.kind {
        StmtKind::Expr(e) => top(e),
        StmtKind::Assign { targets, value } => {
            targets.iter().try_for_each(inner)?;
            top(value)
        }
        StmtKind::AnnAssign { value: Some(v), .. } => top(v),
        StmtKind::Return(Some(v)) => top(v),
        StmtKind::AugAssign { target, value, .. } => {
            inner(target)?;
            inner(value)
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            inner(test)?;
            check_positions(body)?;
            check_positions(orelse)
        }
        StmtKind::For { target, iter, body, orelse, is_async } => {
            if *is_async {
                return unsupported("'async for'", s.span);
            }
            inner(target)?;
            inner(iter)?;
            check_positions(body)?;
            check_positions(orelse)
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            check_positions(body)?;
            for h in handlers {
                if let Some(t) = &h.typ {
                    inner(t)?;
                }
                check_positions(&h.body)?;
            }
            check_positions(orelse)?;
            check_positions(finalbody)
        }
        StmtKind::With { items, body, is_async } => {
            if *is_async {
                return unsupported("'async with'", s.span);
            }
            for i in items {
                inner(&i.context)?;
            }
            check_positions(body)
        }
        StmtKind::Raise { exc, cause } => {
            if let Some(e) = exc {
                inner(e)?;
            }
            if let Some(c) = cause {
                inner(c)?;
            }
            Ok(())
        }
        StmtKind::Assert { test, msg } => {
            inner(test)?;
            if let Some(m) = msg {
                inner(m)?;
            }
            Ok(())
        }
        StmtKind::Delete(targets) => targets.iter().try_for_each(inner),
        _ => Ok(()),
    }
}
