//! A `for` loop over a generator it made itself (`for x in gen(...)`, with
//! `gen` a generator function or method) holds the only reference to that
//! generator, so, as under CPython's reference counting, leaving the loop
//! early (`break`, `return`, an exception) finalizes it at once: `close()`
//! runs its `finally` blocks and `with` exits before the code after the
//! loop. A generator that came from anywhere else is left alone.

use cranelift_codegen::ir::{self, types, InstBuilder};

use super::codegen::{FunctionCx, Tmp, Unwind};
use super::expr::{CallShape, CallUse};
use super::jit::rt;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// The loop's hold on the generator it may own.
pub struct OwnedIter {
    /// The generator when the loop owns it, else 0.
    owned: Tmp,
    /// Where an exception in the loop goes first, to close it.
    on_error: ir::Block,
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Evaluates `e` (a loop's iterable, a variable's value); for a plain or
    /// method call, also whether it made a fresh generator of the callee,
    /// which only the one taking the value then holds (0 when not).
    pub(super) fn value_and_fresh_generator(&mut self, e: &'a Expr) -> Result<(ir::Value, Option<ir::Value>), SyntaxError> {
        let ExprKind::Call { func, args } = &e.kind else { return Ok((self.expr(e)?, None)) };
        let line = self.line(e.span);
        Ok(match self.call_shape(func, args, line, e.span)? {
            CallShape::Called(v) => (v, None),
            CallShape::Function(callee, values, _) => {
                let v = self.direct_call(callee, &values, line);
                let zero = self.iconst(0);
                (v, Some(self.call_rt(rt::rt_owned_generator, &[v, callee, zero])))
            }
            CallShape::Method(name, values, on_global, at) => {
                let v = self.call_method_cached(name, &values, at, CallUse::Value, on_global).expect("a value call has a result");
                let name = self.name_const(name);
                (v, Some(self.call_rt(rt::rt_owned_generator, &[v, values[0], name])))
            }
        })
    }

    /// Starts the region where leaving the loop closes `owned`.
    pub(super) fn begin_owned(&mut self, owned: ir::Value) -> OwnedIter {
        let owned = self.new_tmp(owned);
        let on_error = self.b.create_block();
        self.b.append_block_param(on_error, types::I64);
        self.handlers.push(on_error);
        self.unwinds.push(Unwind::CloseOwned(owned));
        OwnedIter { owned, on_error }
    }

    /// Ends the region, where the loop's last block has ended (before its
    /// `else`): an exception out of the loop closes the generator, then goes
    /// on to the enclosing handler.
    pub(super) fn end_owned(&mut self, o: &OwnedIter) {
        self.unwinds.pop();
        self.handlers.pop();
        self.switch_to(o.on_error);
        self.b.seal_block(o.on_error);
        let line = self.b.block_params(o.on_error)[0];
        let g = self.get(o.owned);
        self.call_rt(rt::rt_close_owned, &[g]);
        let outer = *self.handlers.last().expect("present");
        self.b.ins().jump(outer, &[line.into()]);
        self.start_dead_block();
    }

    /// After the loop (however it ended): closes a generator left suspended
    /// by `break` (a no-op once it is exhausted) and lets it go.
    pub(super) fn close_owned_after(&mut self, o: &OwnedIter) {
        let g = self.get(o.owned);
        self.call_rt(rt::rt_close_owned, &[g]);
        let zero = self.iconst(0);
        self.set(o.owned, zero);
    }
}
