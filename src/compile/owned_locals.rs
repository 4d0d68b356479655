//! Variables that own a generator. Under CPython's reference counting a
//! generator finalizes (its `finally` blocks and `with` exits run) the
//! moment its last reference goes: `del g`, `g = None`, or the return of
//! the function whose local it was. A tracing collector finds it dropped
//! only at its next collection. So where a variable provably holds the
//! only reference, the code closes the generator at those points itself.
//!
//! A variable qualifies when it is a plain local of a function (generator
//! and coroutine functions included, whose locals are frame slots) (or a
//! module global no other scope mentions) and every mention of it is
//! `name = value` (a single target), `del name`, `next(name[, default])`,
//! `name.send/throw/close/__next__(...)` or `for ... in name`: none of
//! these lets the generator escape to another holder. It owns a generator
//! when its value came from calling a generator function (or method)
//! directly, checked at run time (`rt_owned_generator`). Leaving the
//! function by an exception closes nothing: CPython's traceback keeps the
//! frame, and so the generator, alive until the exception is dropped.

use std::collections::HashMap;

use cranelift_codegen::ir;

use super::codegen::{FunctionCx, Tmp};
use super::jit::rt;
use super::resolve::{Binding, Scope, ScopeKind, Scopes};
use super::spill::children;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// Names that could see or take a scope's variables behind the analysis.
const INTROSPECTION: [&str; 6] = ["locals", "vars", "eval", "exec", "globals", "dir"];

/// Methods of a generator that use it without keeping it.
const GENERATOR_METHODS: [&str; 4] = ["send", "throw", "close", "__next__"];

/// The variables of scope `id` (body `body`) that may own a generator.
pub fn owned_generator_names(body: &[Stmt], scopes: &Scopes, id: usize) -> Vec<String> {
    let scope = &scopes.scopes[id];
    let candidates: Vec<&String> = match scope.kind {
        // Generators and coroutines too: their owning variables are frame
        // slots, closed when they return.
        ScopeKind::Function => {
            scope.symbols.iter().filter(|(_, b)| **b == Binding::Local).map(|(n, _)| n).collect()
        }
        // A module's globals, unless another scope can reach them (a
        // function's own local of the same name cannot).
        ScopeKind::Module => scope
            .locals
            .iter()
            .filter(|n| {
                scopes.scopes.iter().skip(1).all(|s| matches!(s.symbols.get(n.as_str()), None | Some(Binding::Local | Binding::Cell | Binding::Free)))
            })
            .collect(),
        _ => return Vec::new(),
    };
    // A module's globals are within reach of every scope's introspection.
    let seen_by: &[Scope] = if scope.kind == ScopeKind::Module { &scopes.scopes } else { std::slice::from_ref(scope) };
    if candidates.is_empty() || INTROSPECTION.iter().any(|n| seen_by.iter().any(|s| mentions(s, n))) {
        return Vec::new();
    }
    // `next` must be the builtin.
    let next_is_builtin = !mentions_bound(&scopes.scopes[0], "next") && !mentions_bound(scope, "next");
    let mut uses = Uses { names: candidates.into_iter().map(|n| (n.as_str(), Use::default())).collect(), next_is_builtin };
    uses.stmts(body);
    let mut names: Vec<String> = uses.names.into_iter().filter(|(_, u)| u.assigned && !u.escapes).map(|(n, _)| n.to_string()).collect();
    names.sort();
    names
}

/// True when `scope` mentions `name` at all.
fn mentions(scope: &Scope, name: &str) -> bool {
    scope.symbols.contains_key(name)
}

/// True when `scope` binds `name` itself.
fn mentions_bound(scope: &Scope, name: &str) -> bool {
    scope.locals.iter().any(|n| n == name)
}

/// How one variable is mentioned in a scope's own code.
#[derive(Default)]
struct Use {
    /// True once a mention could let its value escape (or rebinds it
    /// other than by `name = value`).
    escapes: bool,
    /// True once `name = value` was seen.
    assigned: bool,
}

/// The mentions of the candidate variables, found in one walk.
struct Uses<'n> {
    /// Each candidate and how it is mentioned.
    names: HashMap<&'n str, Use>,
    /// True when `next(...)` calls the builtin.
    next_is_builtin: bool,
}

impl Uses<'_> {
    /// The candidate `e` names, if it is one.
    fn candidate(&self, e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Name(n) if self.names.contains_key(n.as_str()))
    }

    /// Notes a mention of `name` that may let its value escape.
    fn escape(&mut self, name: &str) {
        if let Some(u) = self.names.get_mut(name) {
            u.escapes = true;
        }
    }

    fn ident(&mut self, i: &Ident) {
        self.escape(&i.name);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        body.iter().for_each(|s| self.stmt(s));
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                if let [Expr { kind: ExprKind::Name(n), .. }] = targets.as_slice() {
                    if let Some(u) = self.names.get_mut(n.as_str()) {
                        u.assigned = true;
                    }
                } else {
                    targets.iter().for_each(|t| self.expr(t));
                }
                self.expr(value);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    if !matches!(t.kind, ExprKind::Name(_)) {
                        self.expr(t);
                    }
                }
            }
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                self.expr(annotation);
                value.iter().for_each(|v| self.expr(v));
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target);
                if !self.candidate(iter) {
                    self.expr(iter);
                }
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => v.iter().for_each(|v| self.expr(v)),
            StmtKind::FunctionDef(f) => {
                self.ident(&f.name);
                f.decorators.iter().for_each(|d| self.expr(d));
                self.params(&f.params);
                f.returns.iter().for_each(|r| self.expr(r));
            }
            StmtKind::ClassDef(c) => {
                self.ident(&c.name);
                c.decorators.iter().for_each(|d| self.expr(d));
                self.args(&c.bases);
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    h.typ.iter().for_each(|t| self.expr(t));
                    h.name.iter().for_each(|n| self.ident(n));
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => exc.iter().chain(cause).for_each(|e| self.expr(e)),
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context);
                    item.target.iter().for_each(|t| self.expr(t));
                }
                self.stmts(body);
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => names.iter().for_each(|n| self.ident(n)),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                // `import a.b` binds `a`; `import x as y` binds `y`.
                for a in aliases {
                    let bound = a.asname.as_ref().map(|n| n.name.as_str()).unwrap_or(a.name.split('.').next().unwrap_or(""));
                    self.escape(bound);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                msg.iter().for_each(|m| self.expr(m));
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&c.pattern);
                    c.guard.iter().for_each(|g| self.expr(g));
                    self.stmts(&c.body);
                }
            }
        }
    }

    fn params(&mut self, p: &Params) {
        for param in p.posonly.iter().chain(&p.args).chain(&p.vararg).chain(&p.kwonly).chain(&p.kwarg) {
            param.annotation.iter().chain(&param.default).for_each(|e| self.expr(e));
        }
    }

    fn args(&mut self, args: &[Arg]) {
        for a in args {
            match a {
                Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => self.expr(x),
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::Wildcard | PatternKind::Star(None) => {}
            PatternKind::Capture(n) | PatternKind::Star(Some(n)) => self.ident(n),
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(ps) | PatternKind::Or(ps) => ps.iter().for_each(|p| self.pattern(p)),
            PatternKind::Mapping { keys, patterns, rest } => {
                keys.iter().for_each(|k| self.expr(k));
                patterns.iter().for_each(|p| self.pattern(p));
                rest.iter().for_each(|n| self.ident(n));
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter().chain(kwd_patterns).for_each(|p| self.pattern(p));
            }
            PatternKind::As(p, n) => {
                self.pattern(p);
                self.ident(n);
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => self.escape(n),
            ExprKind::NamedExpr { target, value } => {
                self.ident(target);
                self.expr(value);
            }
            // `next(name)`, `next(name, default)`.
            ExprKind::Call { func, args }
                if self.next_is_builtin
                    && matches!(&func.kind, ExprKind::Name(f) if f == "next")
                    && matches!(args.first(), Some(Arg::Positional(a)) if self.candidate(a))
                    && args.len() <= 2 =>
            {
                self.args(&args[1..]);
            }
            // `name.send(value)` and the like.
            ExprKind::Call { func, args }
                if matches!(&func.kind, ExprKind::Attribute { value, attr } if self.candidate(value) && GENERATOR_METHODS.contains(&attr.name.as_str())) =>
            {
                self.args(args);
            }
            _ => children(e, &mut |c| self.expr(c)),
        }
    }
}

/// Where a function keeps what its owning variables own.
#[derive(Default)]
pub struct OwnedLocals {
    /// Each qualifying variable's generator, when it owns one (else 0).
    held: HashMap<String, Tmp>,
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Starts tracking `names` (from `owned_generator_names`): none owns
    /// anything yet.
    pub(super) fn begin_owned_locals(&mut self, names: Vec<String>) {
        for name in names {
            let zero = self.iconst(0);
            let t = self.new_tmp(zero);
            self.owned_locals.held.insert(name, t);
        }
    }

    /// True when `name` is a variable that may own a generator.
    pub(super) fn is_owning_local(&self, name: &str) -> bool {
        self.owned_locals.held.contains_key(name)
    }

    /// `name = value` for an owning variable: binds the value, notes
    /// whether it owns a fresh generator, then closes the one it owned.
    pub(super) fn assign_owning(&mut self, name: &str, value: &'a Expr, line: u32) -> Result<(), SyntaxError> {
        let (v, fresh) = self.value_and_fresh_generator(value)?;
        self.store_name(name, v, line);
        let fresh = fresh.unwrap_or_else(|| self.iconst(0));
        self.replace_owned(name, fresh);
        Ok(())
    }

    /// After `del name` of an owning variable: closes what it owned.
    pub(super) fn release_owning(&mut self, name: &str) {
        let zero = self.iconst(0);
        self.replace_owned(name, zero);
    }

    /// Makes `now` what `name` owns and closes what it owned before.
    fn replace_owned(&mut self, name: &str, now: ir::Value) {
        let t = self.owned_locals.held[name];
        let before = self.get(t);
        self.set(t, now);
        self.call_rt(rt::rt_close_owned, &[before]);
    }

    /// At a function's return: closes what its variables own, in the
    /// order CPython clears a frame's locals (first bound first).
    pub(super) fn close_owned_locals(&mut self) {
        let mut held: Vec<(usize, Tmp)> = Vec::new();
        let scope = self.scope();
        for (name, &t) in &self.owned_locals.held {
            held.push((scope.locals.iter().position(|n| n == name).unwrap_or(usize::MAX), t));
        }
        held.sort_by_key(|&(order, _)| order);
        for (_, t) in held {
            let g = self.get(t);
            self.call_rt(rt::rt_close_owned, &[g]);
        }
    }
}
