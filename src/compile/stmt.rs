//! Code generation for statements: assignment and its targets, control
//! flow, `try`/`except`/`finally`, `with`, definitions and imports.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder};

use super::codegen::{FunctionCx, LoopCx, Unwind};
use super::resolve::ScopeKind;
use super::jit::rt;
use super::program::Body;
use crate::runtime::jit_api::STOP;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// A feature the compiler does not handle yet, as a compile-time error.
pub fn unsupported<T>(what: &str, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError {
        class: crate::syntax::diagnostic::ErrorClass::SyntaxError,
        message: format!("coro does not support {what} yet"),
        span,
    })
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    pub fn stmt(&mut self, s: &'a Stmt) -> Result<(), SyntaxError> {
        let line = self.line(s.span);
        self.at_position(line, |cx| cx.stmt_at(s, line))
    }

    /// Compiles `s`, whose position id is `line`.
    fn stmt_at(&mut self, s: &'a Stmt, line: u32) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Call { func, args } = &e.kind {
                    self.dropped_call(e, func, args)?;
                } else {
                    self.expr(e)?;
                }
            }
            StmtKind::Assign { targets, value } if matches!(targets.as_slice(), [t] if matches!(&t.kind, ExprKind::Name(n) if self.is_owning_local(n))) => {
                let ExprKind::Name(name) = &targets[0].kind else { unreachable!("matched above") };
                self.assign_owning(name, value, line)?;
            }
            StmtKind::Assign { targets, value } => {
                let v = self.expr(value)?;
                for t in targets {
                    self.assign(t, v)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value, line)?,
            StmtKind::AnnAssign { target, value, annotation, simple } => {
                if let Some(v) = value {
                    let v = self.expr(v)?;
                    self.assign(target, v)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    // `obj.attr: T` evaluates the object (and the annotation at module level).
                    if let ExprKind::Attribute { value, .. } = &target.kind {
                        self.expr(value)?;
                    }
                }
                // Module and class bodies evaluate annotations, and keep
                // those of simple names (functions do neither).
                if self.scope().kind != ScopeKind::Function {
                    let ann = self.annotation(annotation)?;
                    if let (true, ExprKind::Name(name)) = (*simple, &target.kind) {
                        let annotations = self.load_name("__annotations__", target.span)?;
                        let key = self.name_const(name);
                        let s = self.call_rt(rt::rt_setitem, &[annotations, key, ann]);
                        self.check(s, line);
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let then_b = self.b.create_block();
                let else_b = self.b.create_block();
                let after = self.b.create_block();
                self.branch(test, then_b, else_b)?;
                self.switch_to(then_b);
                self.b.seal_block(then_b);
                self.block(body)?;
                self.jump(after, &[]);
                self.switch_to(else_b);
                self.b.seal_block(else_b);
                self.block(orelse)?;
                self.jump(after, &[]);
                self.switch_to(after);
                self.b.seal_block(after);
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.b.create_block();
                let body_b = self.b.create_block();
                let else_b = self.b.create_block();
                let after = self.b.create_block();
                self.jump(head, &[]);
                self.switch_to(head);
                self.interrupt_poll(line);
                self.branch(test, body_b, else_b)?;
                self.switch_to(body_b);
                self.b.seal_block(body_b);
                self.in_loop(after, head, |cx| cx.block(body))?;
                self.jump(head, &[]);
                self.b.seal_block(head);
                self.switch_to(else_b);
                self.b.seal_block(else_b);
                self.block(orelse)?;
                self.jump(after, &[]);
                self.switch_to(after);
                self.b.seal_block(after);
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async {
                    return unsupported("'async for'", s.span);
                }
                let (iterable, owned) = self.value_and_fresh_generator(iter)?;
                let l = self.begin_for(iterable, line);
                let owned = owned.map(|g| self.begin_owned(g));
                let head = self.b.create_block();
                let body_b = self.b.create_block();
                let else_b = self.b.create_block();
                let after = self.b.create_block();
                self.jump(head, &[]);
                self.switch_to(head);
                self.interrupt_poll(line);
                let v = self.for_next(&l, line);
                let stop = self.b.ins().icmp_imm_s(IntCC::Equal, v, STOP.0 as i64);
                self.b.ins().brif(stop, else_b, &[], body_b, &[]);
                self.switch_to(body_b);
                self.b.seal_block(body_b);
                self.assign(target, v)?;
                self.in_loop(after, head, |cx| cx.block(body))?;
                self.jump(head, &[]);
                self.b.seal_block(head);
                if let Some(o) = &owned {
                    self.end_owned(o);
                }
                self.switch_to(else_b);
                self.b.seal_block(else_b);
                self.block(orelse)?;
                self.jump(after, &[]);
                self.switch_to(after);
                self.b.seal_block(after);
                if let Some(o) = &owned {
                    self.close_owned_after(o);
                }
                // The frame no longer keeps the iterator alive.
                let zero = self.iconst(0);
                self.set(l.it, zero);
            }
            StmtKind::Break | StmtKind::Continue => {
                let lp = self.loops.last().expect("the resolver checked loops");
                let (target, depth) = if s.kind == StmtKind::Break { (lp.brk, lp.unwind_depth) } else { (lp.cont, lp.unwind_depth) };
                self.unwind_to(depth);
                self.jump(target, &[]);
                self.start_dead_block();
            }
            StmtKind::Pass => {}
            StmtKind::Return(value) => {
                let v = match value {
                    Some(e) => self.expr(e)?,
                    None => self.none(),
                };
                self.do_return(v);
            }
            StmtKind::FunctionDef(def) => self.function_def(def, s.span)?,
            StmtKind::ClassDef(def) => self.class_def(def, s.span)?,
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.try_stmt(body, handlers, orelse, finalbody, *is_star)?;
            }
            StmtKind::Raise { exc, cause } => {
                match exc {
                    None => {
                        let l = self.iconst(line as i64);
                        let recorded = self.call_rt(rt::rt_reraise, &[l]);
                        let handler = *self.handlers.last().expect("present");
                        self.b.ins().jump(handler, &[recorded.into()]);
                        self.start_dead_block();
                        return Ok(());
                    }
                    Some(e) => {
                        let e = self.expr(e)?;
                        let c = match cause {
                            Some(c) => self.expr(c)?,
                            None => self.iconst(0),
                        };
                        self.call_rt(rt::rt_raise, &[e, c]);
                    }
                }
                self.raise_here(line);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases, line)?,
            StmtKind::With { is_async, items, body } => {
                if *is_async {
                    return unsupported("'async with'", s.span);
                }
                self.with_stmt(items, body, line)?;
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let n = self.name_const(&alias.name);
                    let m = self.call_checked(rt::rt_import, &[n], line);
                    match &alias.asname {
                        // `import a.b as c` binds the submodule itself.
                        Some(asname) => self.store_name(&asname.name, m, line),
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name).to_string();
                            let top = if first == alias.name {
                                m
                            } else {
                                let n = self.name_const(&first);
                                self.call_checked(rt::rt_import, &[n], line)
                            };
                            self.store_name(&first, top, line);
                        }
                    }
                }
            }
            StmtKind::ImportFrom { module, level, names, star } => {
                if *level > 0 {
                    return unsupported("relative imports", s.span);
                }
                let name = module.clone().unwrap_or_default();
                if name == "__future__" {
                    return Ok(());
                }
                let n = self.name_const(&name);
                let m = self.call_checked(rt::rt_import, &[n], line);
                if *star {
                    let target = self.constant(self.p.module);
                    self.call_checked(rt::rt_import_star, &[m, target], line);
                } else {
                    for alias in names {
                        let a = self.name_const(&alias.name);
                        let v = self.call_checked(rt::rt_import_from, &[m, a], line);
                        let bound = alias.asname.as_ref().map_or(alias.name.as_str(), |x| x.name.as_str());
                        self.store_name(bound, v, line);
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                let ok = self.b.create_block();
                let fail = self.b.create_block();
                self.branch(test, ok, fail)?;
                self.switch_to(fail);
                self.b.seal_block(fail);
                let m = match msg {
                    Some(m) => self.expr(m)?,
                    None => self.iconst(0),
                };
                self.call_rt(rt::rt_assert_fail, &[m]);
                let at = match last_comparison(test) {
                    Some(span) => self.line(span),
                    None => line,
                };
                self.raise_here(at);
                self.switch_to(ok);
                self.b.seal_block(ok);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(t)?;
                    if let ExprKind::Name(name) = &t.kind {
                        if self.is_owning_local(name) {
                            self.release_owning(name);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Runs `body` as a loop body whose `break` goes to `brk`.
    fn in_loop(
        &mut self,
        brk: ir::Block,
        cont: ir::Block,
        body: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        self.loops.push(LoopCx { brk, cont, unwind_depth: self.unwinds.len(), handler_depth: self.handlers.len() });
        let r = body(self);
        self.loops.pop();
        r
    }

    /// Assigns `v` to an assignment target.
    pub fn assign(&mut self, target: &'a Expr, v: ir::Value) -> Result<(), SyntaxError> {
        let line = self.line(target.span);
        match &target.kind {
            ExprKind::Name(n) => self.store_name(n, v, line),
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                self.setattr_cached(obj, &attr.name, v, line);
            }
            ExprKind::Subscript { value, index } => {
                let c = self.expr(value)?;
                let k = self.expr(index)?;
                let s = self.call_rt(rt::rt_setitem, &[c, k, v]);
                self.check(s, line);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items.iter().position(|i| matches!(i.kind, ExprKind::Starred(_)));
                let n = items.len();
                let (slot, addr) = self.out_array(n);
                let s = match star {
                    None => {
                        let count = self.iconst(n as i64);
                        self.call_rt(rt::rt_unpack, &[v, count, addr])
                    }
                    Some(k) => {
                        let before = self.iconst(k as i64);
                        let after = self.iconst((n - k - 1) as i64);
                        self.call_rt(rt::rt_unpack_ex, &[v, before, after, addr])
                    }
                };
                self.check(s, line);
                let values: Vec<ir::Value> =
                    (0..n).map(|i| self.b.ins().stack_load(types::I64, types::I64, slot, (i * 8) as i32)).collect();
                for (item, value) in items.iter().zip(values) {
                    let t = match &item.kind {
                        ExprKind::Starred(inner) => inner,
                        _ => item,
                    };
                    self.assign(t, value)?;
                }
            }
            ExprKind::Starred(inner) => self.assign(inner, v)?,
            _ => return unsupported("this assignment target", target.span),
        }
        Ok(())
    }

    fn delete(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        let line = self.line(target.span);
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(n, line),
            ExprKind::Attribute { value, attr } => {
                let obj = self.expr(value)?;
                let n = self.name_const(&attr.name);
                let s = self.call_rt(rt::rt_delattr, &[obj, n]);
                self.check(s, line);
            }
            ExprKind::Subscript { value, index } => {
                let c = self.expr(value)?;
                let k = self.expr(index)?;
                let s = self.call_rt(rt::rt_delitem, &[c, k]);
                self.check(s, line);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(i)?;
                }
            }
            _ => return unsupported("this deletion target", target.span),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr, line: u32) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                let cur = self.load_name(n, target.span)?;
                let rhs = self.expr(value)?;
                let r = self.binary_values(op, cur, rhs, line, true);
                self.store_name(n, r, line);
            }
            // The target's load and store fail at the target (tracebacks
            // underline it), the operation at the statement.
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.expr(obj)?;
                let at = self.line(target.span);
                let cur = self.getattr_cached(o, &attr.name, at);
                let rhs = self.expr(value)?;
                let r = self.binary_values(op, cur, rhs, line, true);
                self.setattr_cached(o, &attr.name, r, at);
            }
            ExprKind::Subscript { value: c, index } => {
                let c = self.expr(c)?;
                let k = self.expr(index)?;
                let at = self.line(target.span);
                let cur = self.call_checked(rt::rt_getitem, &[c, k], at);
                let rhs = self.expr(value)?;
                let r = self.binary_values(op, cur, rhs, line, true);
                let s = self.call_rt(rt::rt_setitem, &[c, k, r]);
                self.check(s, at);
            }
            _ => return unsupported("this augmented assignment target", target.span),
        }
        Ok(())
    }

    fn function_def(&mut self, def: &'a FunctionDef, span: Span) -> Result<(), SyntaxError> {
        let line = self.line(span);
        let scope_id = *self.p.scopes.by_span.get(&span).expect("the resolver saw every def");
        // Suspensions inside larger expressions are first spilled to statements.
        let def: &'a FunctionDef = if def.is_async || self.p.scopes.scopes[scope_id].is_generator {
            let body = super::spill::spill_body(&def.body)?;
            Box::leak(Box::new(FunctionDef { body, ..def.clone() }))
        } else {
            def
        };
        let mut decorators = Vec::new();
        for d in &def.decorators {
            decorators.push(self.expr(d)?);
        }
        let f = self.make_function(Body::Function(def), scope_id, &def.params, line)?;
        self.set_annotations(f, def, line)?;
        let mut v = f;
        v = self.apply_decorators(&def.decorators, &decorators, v);
        self.store_name(def.binds(), v, line);
        Ok(())
    }

    /// The value of annotation `a`: evaluated, or under `from __future__
    /// import annotations` its source text.
    fn annotation(&mut self, a: &'a Expr) -> Result<ir::Value, SyntaxError> {
        match self.p.annotation_source {
            // CPython keeps the unparsed expression: a string's repr, not
            // its source quotes.
            Some(_) if let ExprKind::Str(text) = &a.kind => {
                let shown = crate::runtime::str_methods::repr_str(text);
                Ok(self.constant(crate::runtime::str::new_str(&shown)))
            }
            Some(source) => {
                let text = &source[a.span.start as usize..a.span.end as usize];
                Ok(self.constant(crate::runtime::str::new_str(text)))
            }
            None => self.expr(a),
        }
    }

    /// Evaluates the parameter and return annotations of `def`, when it has
    /// any, into the new function's `__annotations__`.
    fn set_annotations(&mut self, f: ir::Value, def: &'a FunctionDef, line: u32) -> Result<(), SyntaxError> {
        let mut pairs = Vec::new();
        let annotated = def.params.all().filter_map(|p| p.annotation.as_ref().map(|a| (p.name.name.as_str(), a)));
        for (name, a) in annotated.chain(def.returns.as_ref().map(|r| ("return", r))) {
            pairs.push(self.name_const(name));
            pairs.push(self.annotation(a)?);
        }
        if pairs.is_empty() {
            return Ok(());
        }
        let ptr = self.array(&pairs);
        let n = self.iconst(pairs.len() as i64 / 2);
        let d = self.call_checked(rt::rt_build_dict, &[ptr, n], line);
        let name = self.name_const("__annotations__");
        let s = self.call_rt(rt::rt_setattr, &[f, name, d]);
        self.check(s, line);
        Ok(())
    }

    /// Evaluates defaults, gathers the closure and creates the function object.
    pub fn make_function(&mut self, body: Body<'a>, scope_id: usize, params: &'a Params, line: u32) -> Result<ir::Value, SyntaxError> {
        let mut defaults = Vec::new();
        for p in params.posonly.iter().chain(&params.args) {
            if let Some(d) = &p.default {
                defaults.push(self.expr(d)?);
            }
        }
        let mut kwdefaults = Vec::new();
        for p in &params.kwonly {
            kwdefaults.push(match &p.default {
                Some(d) => self.expr(d)?,
                None => self.iconst(0),
            });
        }
        let code = self.p.enqueue(body, scope_id, crate::runtime::positions::line(line));
        let closure = self.closure_for(scope_id);
        let code_v = self.iconst(code as i64);
        let module = self.constant(self.p.module);
        if defaults.is_empty() && kwdefaults.is_empty() && closure.is_empty() {
            // Most definitions: a short call keeps module bodies small.
            return Ok(self.call_rt(rt::rt_make_plain_function, &[code_v, module]));
        }
        let (d_ptr, k_ptr, c_ptr) = (self.array(&defaults), self.array(&kwdefaults), self.array(&closure));
        let (nd, nk, nc) = (self.iconst(defaults.len() as i64), self.iconst(kwdefaults.len() as i64), self.iconst(closure.len() as i64));
        Ok(self.call_checked(rt::rt_make_function, &[code_v, d_ptr, nd, k_ptr, nk, c_ptr, nc, module], line))
    }

    fn class_def(&mut self, def: &'a ClassDef, span: Span) -> Result<(), SyntaxError> {
        let line = self.line(span);
        let scope_id = *self.p.scopes.by_span.get(&span).expect("the resolver saw every class");
        let mut decorators = Vec::new();
        for d in &def.decorators {
            decorators.push(self.expr(d)?);
        }
        let mut bases = Vec::new();
        // Keywords (`metaclass` among them) go to the class builder.
        let mut keywords = None;
        for arg in &def.bases {
            match arg {
                Arg::Positional(e) => bases.push(self.expr(e)?),
                Arg::Keyword(k, e) => {
                    let dict = match keywords {
                        Some(d) => d,
                        None => {
                            let zero = self.iconst(0);
                            let d = self.call_checked(rt::rt_build_dict, &[zero, zero], line);
                            keywords = Some(d);
                            d
                        }
                    };
                    let key = self.name_const(&k.name);
                    let v = self.expr(e)?;
                    self.call_rt(rt::rt_dict_set, &[dict, key, v]);
                }
                _ => return unsupported("unpacked class bases and keywords", span),
            }
        }
        let empty = Params::default();
        let empty: &'a Params = Box::leak(Box::new(empty));
        let body_fn = self.make_function(Body::Class(def), scope_id, empty, line)?;
        let zero = self.iconst(0);
        let name = self.name_const(&def.name.name);
        let nbases = self.iconst(bases.len() as i64);
        let keywords = keywords.unwrap_or(zero);
        let bases_ptr = self.array(&bases);
        let ns = self.call_checked(rt::rt_prepare_class, &[name, bases_ptr, nbases, keywords], line);
        let args = self.array(&[ns]);
        let one = self.iconst(1);
        let cell = self.call_checked(rt::rt_call, &[body_fn, args, one, zero], line);
        let qual = self.p.qualname(scope_id);
        let qualname = self.name_const(&qual);
        let bases_ptr = self.array(&bases);
        let module = self.constant(self.p.module);
        // The body returns its `__class__` cell, or None when it has none.
        let none = self.none();
        let is_none = self.b.ins().icmp(IntCC::Equal, cell, none);
        let cell = self.b.ins().select(is_none, zero, cell);
        let mut v = self.call_checked(rt::rt_build_class, &[name, qualname, bases_ptr, nbases, ns, cell, module, keywords], line);
        v = self.apply_decorators(&def.decorators, &decorators, v);
        self.store_name(def.binds(), v, line);
        Ok(())
    }

    /// Applies decorators (their expressions and values), innermost
    /// first; a failing call points at its decorator, as CPython's does.
    fn apply_decorators(&mut self, exprs: &'a [Expr], decorators: &[ir::Value], mut v: ir::Value) -> ir::Value {
        for (e, &d) in exprs.iter().zip(decorators).rev() {
            let args = self.array(&[v]);
            let one = self.iconst(1);
            let zero = self.iconst(0);
            let at = self.line(e.span);
            v = self.call_checked(rt::rt_call, &[d, args, one, zero], at);
        }
        v
    }

    fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> Result<(), SyntaxError> {
        let after = self.b.create_block();
        let outer_depth = self.handlers.len();
        // With a finally: every exit from the try runs it.
        let fin_exc = if finalbody.is_empty() {
            None
        } else {
            let blk = self.b.create_block();
            self.b.append_block_param(blk, types::I64);
            self.handlers.push(blk);
            self.unwinds.push(Unwind::Finally(finalbody, outer_depth));
            Some(blk)
        };
        let handlers_depth = self.handlers.len();
        let except_entry = if handlers.is_empty() {
            None
        } else {
            let blk = self.b.create_block();
            self.b.append_block_param(blk, types::I64);
            self.handlers.push(blk);
            Some(blk)
        };
        self.block(body)?;
        if except_entry.is_some() {
            self.handlers.truncate(handlers_depth);
        }
        self.block(orelse)?;
        let normal_end = self.b.create_block();
        self.jump(normal_end, &[]);

        if let (Some(entry), true) = (except_entry, is_star) {
            self.star_handlers(entry, handlers, normal_end)?;
        } else if let Some(entry) = except_entry {
            self.switch_to(entry);
            self.b.seal_block(entry);
            let line = self.b.block_params(entry)[0];
            // The frame that catches the exception appears in its traceback.
            let code = self.iconst(self.code as i64);
            self.call_rt(rt::rt_add_traceback, &[code, line]);
            let exc = self.call_rt(rt::rt_begin_except, &[]);
            let exc_var = self.scoped_tmp(exc);
            // Errors inside a handler first leave the handled state.
            let cleanup = self.b.create_block();
            self.b.append_block_param(cleanup, types::I64);
            for h in handlers {
                let hline = self.line(h.span);
                let body_b = self.b.create_block();
                let next_b = self.b.create_block();
                match &h.typ {
                    Some(t) => {
                        self.handlers.push(cleanup);
                        let typ = self.expr(t)?;
                        let e = self.get(exc_var);
                        let m = self.call_rt(rt::rt_exc_match, &[e, typ]);
                        self.handlers.pop();
                        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, m, 0);
                        let ok = self.b.create_block();
                        let l = self.iconst(hline as i64);
                        self.b.ins().brif(failed, cleanup, &[l.into()], ok, &[]);
                        self.switch_to(ok);
                        self.b.seal_block(ok);
                        self.b.ins().brif(m, body_b, &[], next_b, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.switch_to(body_b);
                self.b.seal_block(body_b);
                if let Some(name) = &h.name {
                    let e = self.get(exc_var);
                    self.store_name(&name.name, e, hline);
                }
                self.handlers.push(cleanup);
                self.unwinds.push(Unwind::ExceptPop);
                self.block(&h.body)?;
                self.unwinds.pop();
                self.handlers.pop();
                if !self.dead {
                    self.call_rt(rt::rt_end_except, &[]);
                    if let Some(name) = &h.name {
                        self.delete_name_quietly(&name.name);
                    }
                }
                self.jump(normal_end, &[]);
                self.switch_to(next_b);
                self.b.seal_block(next_b);
            }
            // No handler matched: re-raise (this frame is already in the traceback).
            let e = self.get(exc_var);
            self.call_rt(rt::rt_end_except, &[]);
            self.call_rt(rt::rt_restore_exception, &[e]);
            self.reraise_recorded();
            self.end_scoped_tmp(exc_var);
            self.handler_cleanup(cleanup);
        }

        self.switch_to(normal_end);
        self.b.seal_block(normal_end);
        if let Some(fin) = fin_exc {
            self.unwinds.pop();
            self.handlers.truncate(outer_depth);
            self.block(finalbody)?;
            self.jump(after, &[]);
            // The exceptional path: save the exception, run finally, re-raise.
            // Meanwhile the exception is the one being handled, as in
            // CPython: what finally raises gets it as its __context__.
            self.switch_to(fin);
            self.b.seal_block(fin);
            let line = self.b.block_params(fin)[0];
            // This frame enters the traceback now: the exception may end
            // up only as the __context__ of one the finally raises.
            let code = self.iconst(self.code as i64);
            self.call_rt(rt::rt_add_traceback, &[code, line]);
            let exc = self.call_rt(rt::rt_begin_except, &[]);
            let exc_var = self.scoped_tmp(exc);
            let cleanup = self.b.create_block();
            self.b.append_block_param(cleanup, types::I64);
            self.handlers.push(cleanup);
            self.unwinds.push(Unwind::ExceptPop);
            self.block(finalbody)?;
            self.unwinds.pop();
            self.handlers.pop();
            if !self.dead {
                self.call_rt(rt::rt_end_except, &[]);
                let e = self.get(exc_var);
                self.call_rt(rt::rt_restore_exception, &[e]);
                self.reraise_recorded();
            }
            self.end_scoped_tmp(exc_var);
            self.handler_cleanup(cleanup);
        } else {
            self.jump(after, &[]);
        }
        self.switch_to(after);
        self.b.seal_block(after);
        Ok(())
    }

    /// `except*` clauses: each handler runs with the part of the exception
    /// group its types match; what no clause matched is raised again.
    fn star_handlers(&mut self, entry: ir::Block, handlers: &'a [ExceptHandler], normal_end: ir::Block) -> Result<(), SyntaxError> {
        self.switch_to(entry);
        self.b.seal_block(entry);
        let line = self.b.block_params(entry)[0];
        let code = self.iconst(self.code as i64);
        self.call_rt(rt::rt_add_traceback, &[code, line]);
        let exc = self.call_rt(rt::rt_begin_except, &[]);
        let orig = self.new_tmp(exc);
        // The clauses match against what is left, at first the exception
        // as it is (a lone one is wrapped only when caught: `rt_star_match`).
        let rest = self.new_tmp(exc);
        let cleanup = self.b.create_block();
        self.b.append_block_param(cleanup, types::I64);
        // What the handlers raise is gathered here (a list, NULL until the
        // first), and raised with the rest at the end.
        let no_list = self.iconst(0);
        let raised = self.new_tmp(no_list);
        for h in handlers {
            let hline = self.line(h.span);
            let typ = h.typ.as_ref().expect("the parser requires except* types");
            self.handlers.push(cleanup);
            let t = self.expr(typ)?;
            let (slot, addr) = self.out_array(1);
            let r = self.get(rest);
            let m = self.call_rt(rt::rt_star_match, &[r, t, addr]);
            self.check(m, hline);
            self.handlers.pop();
            let new_rest = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
            self.set(rest, new_rest);
            let none = self.none();
            let matched = self.b.ins().icmp(IntCC::NotEqual, m, none);
            let body_b = self.b.create_block();
            let next_b = self.b.create_block();
            self.b.ins().brif(matched, body_b, &[], next_b, &[]);
            self.switch_to(body_b);
            self.b.seal_block(body_b);
            self.call_rt(rt::rt_star_handler, &[m]);
            if let Some(name) = &h.name {
                self.store_name(&name.name, m, hline);
            }
            let collect = self.b.create_block();
            self.b.append_block_param(collect, types::I64);
            self.handlers.push(collect);
            self.unwinds.push(Unwind::ExceptPop);
            self.block(&h.body)?;
            self.unwinds.pop();
            self.handlers.pop();
            self.jump(next_b, &[]);
            // An exception out of the handler waits for the end.
            self.switch_to(collect);
            self.b.seal_block(collect);
            let raise_line = self.b.block_params(collect)[0];
            // (Made here: a handler that suspends resumes in blocks the
            // statement's first block does not dominate.)
            let this_code = self.iconst(self.code as i64);
            self.call_rt(rt::rt_add_traceback, &[this_code, raise_line]);
            let e = self.call_rt(rt::rt_take_exception, &[]);
            let list = self.get(raised);
            let list = self.call_rt(rt::rt_star_collect, &[list, e]);
            self.set(raised, list);
            self.b.ins().jump(next_b, &[]);
            self.switch_to(next_b);
            self.b.seal_block(next_b);
        }
        let (r, o, l) = (self.get(rest), self.get(orig), self.get(raised));
        let handled = self.call_rt(rt::rt_star_end, &[r, o, l]);
        let reraise = self.b.create_block();
        self.b.ins().brif(handled, normal_end, &[], reraise, &[]);
        self.switch_to(reraise);
        self.b.seal_block(reraise);
        self.reraise_recorded();
        self.handler_cleanup(cleanup);
        Ok(())
    }

    /// Passes the pending exception to the enclosing handler; this frame is
    /// already in its traceback (line -1).
    fn reraise_recorded(&mut self) {
        let outer = *self.handlers.last().expect("present");
        let recorded = self.iconst(-1);
        self.b.ins().jump(outer, &[recorded.into()]);
    }

    /// The block an exception escaping an except handler goes through: it
    /// leaves the handled state, then goes to the enclosing handler.
    fn handler_cleanup(&mut self, cleanup: ir::Block) {
        self.switch_to(cleanup);
        self.b.seal_block(cleanup);
        let line = self.b.block_params(cleanup)[0];
        self.call_rt(rt::rt_end_except, &[]);
        let outer = *self.handlers.last().expect("present");
        self.b.ins().jump(outer, &[line.into()]);
        self.dead = true;
    }

    /// Unbinds an `except ... as name` variable without checking it.
    fn delete_name_quietly(&mut self, name: &str) {
        let zero = self.iconst(0);
        self.store_name(name, zero, 0);
    }

    fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt], line: u32) -> Result<(), SyntaxError> {
        let Some((first, rest)) = items.split_first() else { return Ok(()) };
        let mgr = self.expr(&first.context)?;
        let (slot, addr) = self.out_array(1);
        let entered = self.call_checked(rt::rt_with_enter, &[mgr, addr], line);
        let exit = self.b.ins().stack_load(types::I64, types::I64, slot, 0);
        let exit_var = self.new_tmp(exit);
        let exc_b = self.b.create_block();
        self.b.append_block_param(exc_b, types::I64);
        let after = self.b.create_block();
        self.handlers.push(exc_b);
        self.unwinds.push(Unwind::With(exit_var));
        if let Some(t) = &first.target {
            self.assign(t, entered)?;
        }
        if rest.is_empty() {
            self.block(body)?;
        } else {
            self.with_stmt(rest, body, line)?;
        }
        self.unwinds.pop();
        self.handlers.pop();
        if !self.dead {
            let e = self.get(exit_var);
            let s = self.call_rt(rt::rt_with_exit, &[e]);
            self.check(s, line);
        }
        self.jump(after, &[]);
        // An exception in the body: let __exit__ decide.
        self.switch_to(exc_b);
        self.b.seal_block(exc_b);
        let eline = self.b.block_params(exc_b)[0];
        // This frame enters the traceback now: the exception may end up
        // only as the __context__ of one `__exit__` raises.
        let code = self.iconst(self.code as i64);
        self.call_rt(rt::rt_add_traceback, &[code, eline]);
        let e = self.get(exit_var);
        let r = self.call_rt(rt::rt_with_exit_exc, &[e]);
        let suppressed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        let not_suppressed = self.b.create_block();
        self.b.ins().brif(suppressed, after, &[], not_suppressed, &[]);
        self.switch_to(not_suppressed);
        self.b.seal_block(not_suppressed);
        let exit_failed = self.b.create_block();
        let reraise = self.b.create_block();
        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, r, 0);
        self.b.ins().brif(failed, exit_failed, &[], reraise, &[]);
        // What `__exit__` raised passed through this frame at the `with`.
        self.switch_to(exit_failed);
        self.b.seal_block(exit_failed);
        let outer = *self.handlers.last().expect("present");
        let with_line = self.iconst(line as i64);
        self.b.ins().jump(outer, &[with_line.into()]);
        self.switch_to(reraise);
        self.b.seal_block(reraise);
        self.reraise_recorded();
        self.switch_to(after);
        self.b.seal_block(after);
        Ok(())
    }
}

/// Where CPython's failed `assert test` raises: at the last comparison its
/// conditional jump over `test` went through (through `and`/`or`, `not` and
/// conditional expressions), whose location it leaves set; with none, at
/// the whole statement.
fn last_comparison(test: &Expr) -> Option<Span> {
    match &test.kind {
        ExprKind::Compare { .. } => Some(test.span),
        ExprKind::BoolOp { values, .. } => values.iter().filter_map(last_comparison).last(),
        ExprKind::Unary { op: UnaryOp::Not, operand } => last_comparison(operand),
        ExprKind::IfExp { test, body, orelse } => [test, body, orelse].into_iter().filter_map(|e| last_comparison(e)).last(),
        _ => None,
    }
}
