//! A `for` loop over a generator it made itself (`for x in gen(...)`, with
//! `gen` a generator function or method) holds the only reference to that
//! generator, so, as under CPython's reference counting, leaving the loop
//! early (`break`, `return`, an exception) finalizes it at once: `close()`
//! runs its `finally` blocks and `with` exits before the code after the
//! loop. A generator that came from anywhere else is left alone. The same
//! holds for a generator made in the argument of a consuming builtin
//! (`consuming_call`), and an expression statement's dropped value warns
//! of a coroutine never awaited (`dropped_call`).

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::{FunctionCx, Tmp, Unwind};
use super::expr::{CallShape, CallUse};
use crate::runtime::vm::vm;
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

/// Builtins that consume the iterable they are given and keep no hold on it.
const CONSUMERS: [&str; 12] = ["next", "any", "all", "sum", "min", "max", "sorted", "list", "tuple", "set", "frozenset", "dict"];

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// `name(arg[, arg2])` with `name` one of the builtin `CONSUMERS` and
    /// `arg` a generator the call expression itself makes: a generator
    /// call, or a generator expression (with the generator its first
    /// iterable made). The call's temporary was that generator's only
    /// reference, so, as reference counting would, the generator is
    /// closed as the call returns or raises (`next(gen())`, `any(... for x
    /// in gen())`). None when the call is not of that shape.
    pub(super) fn consuming_call(&mut self, func: &'a Expr, args: &'a [Arg], line: u32) -> Result<Option<ir::Value>, SyntaxError> {
        let ExprKind::Name(name) = &func.kind else { return Ok(None) };
        if !CONSUMERS.contains(&name.as_str()) || !(1..=2).contains(&args.len()) {
            return Ok(None);
        }
        let [Arg::Positional(first), rest @ ..] = args else { return Ok(None) };
        let makes_generator = match &first.kind {
            ExprKind::Call { .. } => true,
            ExprKind::Comp { kind: CompKind::Generator, generators, .. } => !generators[0].is_async,
            _ => false,
        };
        // The name must be the builtin: bound neither here nor in the module.
        let shadowed = self.scope().locals.iter().chain(&self.p.scopes.scopes[0].locals).any(|n| n == name);
        if !makes_generator || shadowed || !self.may_be_builtin(name) || !rest.iter().all(|a| matches!(a, Arg::Positional(_))) {
            return Ok(None);
        }
        let callee = self.load_name(name, func.span)?;
        let (v, owned): (ir::Value, Vec<ir::Value>) = if let ExprKind::Call { .. } = &first.kind {
            let (v, fresh) = self.value_and_fresh_generator(first)?;
            (v, fresh.into_iter().collect())
        } else {
            // Closing the generator expression first lets go of its source.
            let (v, source) = self.comprehension(first, true)?;
            (v, std::iter::once(v).chain(source).collect())
        };
        let mut values = vec![v];
        for a in rest {
            if let Arg::Positional(e) = a {
                values.push(self.expr(e)?);
            }
        }
        let held: Vec<Tmp> = owned.into_iter().map(|g| self.new_tmp(g)).collect();
        let on_error = self.b.create_block();
        self.b.append_block_param(on_error, types::I64);
        self.handlers.push(on_error);
        let r = self.direct_call(callee, &values, line);
        self.handlers.pop();
        let after = self.b.create_block();
        self.b.ins().jump(after, &[]);
        // Raised: close them, then on to the enclosing handler.
        self.switch_to(on_error);
        self.b.seal_block(on_error);
        let error_line = self.b.block_params(on_error)[0];
        self.close_held(&held);
        let outer = *self.handlers.last().expect("present");
        self.b.ins().jump(outer, &[error_line.into()]);
        self.switch_to(after);
        self.b.seal_block(after);
        self.close_held(&held);
        Ok(Some(r))
    }

    /// Closes the generators held in `held` (0: none) and lets them go.
    fn close_held(&mut self, held: &[Tmp]) {
        for &t in held {
            let g = self.get(t);
            self.call_rt(rt::rt_close_owned, &[g]);
            let zero = self.iconst(0);
            self.set(t, zero);
        }
    }
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// The expression statement `call` (`func(args)`), whose value goes at
    /// once: a coroutine the call made is never awaited, and is warned of
    /// here, as CPython warns when it drops it. (The value is compared with
    /// the coroutine made last: nothing else stays live for the check.)
    pub(super) fn dropped_call(&mut self, call: &'a Expr, func: &'a Expr, args: &'a [Arg]) -> Result<(), SyntaxError> {
        let line = self.line(call.span);
        let v = self.call(func, args, line, call.span)?;
        let last = self.iconst(&vm().last_coroutine as *const _ as i64);
        let last = self.b.ins().load(types::I64, MemFlagsData::trusted(), last, 0);
        let inverted = self.b.ins().bnot(v);
        let made = self.b.ins().icmp(IntCC::Equal, inverted, last);
        let (warn_b, after) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(warn_b);
        self.b.ins().brif(made, warn_b, &[], after, &[]);
        self.switch_to(warn_b);
        self.b.seal_block(warn_b);
        let code = self.iconst(self.code as i64);
        let number = self.iconst(self.p.line(call.span.start) as i64);
        self.call_rt(rt::rt_drop_call_result, &[v, code, number]);
        self.b.ins().jump(after, &[]);
        self.switch_to(after);
        self.b.seal_block(after);
        Ok(())
    }
}
