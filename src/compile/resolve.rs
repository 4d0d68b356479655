//! The resolve pass: builds the scope tree of a module, decides where every
//! name lives (local slot, cell, free variable, global) and reports the
//! errors CPython's symtable and compiler report before running anything:
//! `'return' outside function`, `'await' outside async function`,
//! `'break' outside loop`, misplaced `global`/`nonlocal`, and the like.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// Index of a scope in `Scopes::scopes`.
pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension(CompKind),
}

/// Where a name used in a scope lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    /// A local of a function, held in the frame.
    Local,
    /// A local that inner functions capture: held in a cell.
    Cell,
    /// A variable of an enclosing function, reached through its cell.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound here nor in an enclosing function: globals, then builtins.
    GlobalImplicit,
    /// A name of a module or class body, looked up by name at run time.
    Name,
}

/// One scope: the module, a class body, a function, a lambda or a comprehension.
#[derive(Debug)]
pub struct Scope {
    /// What opened the scope.
    pub kind: ScopeKind,
    /// The function or class name (`<lambda>`, `<listcomp>`...).
    pub name: String,
    /// The enclosing scope; `None` for the module.
    pub parent: Option<ScopeId>,
    /// Every name the scope mentions, with where it lives.
    pub symbols: FxHashMap<String, Binding>,
    /// The scope's own variables in first-binding order (parameters first).
    pub locals: Vec<String>,
    /// True for `async def` (and for comprehensions that await).
    pub is_async: bool,
    /// True when the body contains `yield`: a generator.
    pub is_generator: bool,
    /// True when a method uses `super` or `__class__`.
    pub uses_class_cell: bool,
    /// Names a class body binds itself but whose cells it still carries in
    /// its closure for the functions defined in it (their free variables).
    pub passthrough: Vec<String>,
    /// True when a module or class body annotates a simple name: it then
    /// keeps the annotations in `__annotations__`.
    pub has_annotations: bool,
    /// Names bound more than once (a parameter assigned in the body).
    pub rebound: FxHashSet<String>,
}

/// The result of resolving a module.
#[derive(Debug)]
pub struct Scopes {
    /// All scopes; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// `from __future__ import annotations`: annotations are kept as their
    /// source text, not evaluated.
    pub future_annotations: bool,
    /// Which scope a function, lambda, class or comprehension opened, by the
    /// node's span.
    pub by_span: FxHashMap<Span, ScopeId>,
    /// The compile-time SyntaxWarnings, with where each applies.
    pub warnings: Vec<(Span, String)>,
}

impl Scopes {
    /// The scope opened by the node written at `span`.
    pub fn of(&self, span: Span) -> Option<&Scope> {
        self.by_span.get(&span).map(|&id| &self.scopes[id])
    }
}

/// Resolves every scope of `module`, or returns the first compile-time error.
pub fn resolve(module: &Module) -> Result<Scopes, SyntaxError> {
    resolve_with(module, false)
}

/// `resolve`, allowing `await`, `async for` and `async with` in the module
/// body when `top_level_await` (an interactive input, as in `python3 -m
/// asyncio`); a module body that uses them is marked async (a coroutine).
pub fn resolve_with(module: &Module, top_level_await: bool) -> Result<Scopes, SyntaxError> {
    let mut r = Resolver {
        top_level_await,
        scopes: vec![],
        facts: vec![],
        by_span: FxHashMap::default(),
        current: 0,
        control: Control::default(),
        future_allowed: true,
        future_annotations: false,
        warnings: Vec::new(),
    };
    r.open(ScopeKind::Module, "<module>".into(), None, Span::default());
    r.body(&module.body)?;
    r.analyze()?;
    Ok(Scopes { scopes: r.scopes, by_span: r.by_span, future_annotations: r.future_annotations, warnings: r.warnings })
}

/// What the walk learns about one scope before bindings are decided. Names
/// are borrowed from the tree: the walk allocates no string per use.
#[derive(Default)]
struct Facts<'a> {
    /// Names bound here, with the first binding's span.
    assigned: FxHashMap<&'a str, Span>,
    /// Names read here, with the first use's span.
    used: FxHashMap<&'a str, Span>,
    /// Parameter names.
    params: Vec<&'a str>,
    /// Names declared `global`.
    globals: FxHashMap<&'a str, Span>,
    /// Names declared `nonlocal`, with the declaration's span.
    nonlocals: FxHashMap<&'a str, Span>,
    /// Spans of `return value` statements, checked once we know whether
    /// the function is an async generator.
    value_returns: Vec<Span>,
}

/// Where `break`, `continue` and `return` may go at the current point.
#[derive(Clone, Copy, Default)]
struct Control {
    /// Loops around the current point within the current scope.
    loops: usize,
    /// True inside an `except*` block (and no loop opened within it).
    except_star: bool,
}

struct Resolver<'a> {
    /// Scopes built so far.
    scopes: Vec<Scope>,
    /// Walk facts, parallel to `scopes`.
    facts: Vec<Facts<'a>>,
    /// Node span to scope.
    by_span: FxHashMap<Span, ScopeId>,
    /// The scope being walked.
    current: ScopeId,
    /// Loop and except* context of the current point.
    control: Control,
    /// True until the first statement that is not a docstring or a
    /// `from __future__` import.
    future_allowed: bool,
    /// `from __future__ import annotations` was seen.
    future_annotations: bool,
    /// True when the module body may await (an interactive input).
    top_level_await: bool,
    /// The compile-time SyntaxWarnings found (see `syntax_warnings`).
    warnings: Vec<(Span, String)>,
}

fn err<T>(message: impl Into<String>, span: Span) -> Result<T, SyntaxError> {
    Err(SyntaxError::new(message, span))
}

impl<'a> Resolver<'a> {
    fn open(&mut self, kind: ScopeKind, name: String, is_async: Option<bool>, span: Span) -> ScopeId {
        let id = self.scopes.len();
        let parent = if self.scopes.is_empty() { None } else { Some(self.current) };
        self.scopes.push(Scope {
            kind,
            name,
            parent,
            symbols: FxHashMap::default(),
            locals: vec![],
            is_async: is_async.unwrap_or(false),
            is_generator: false,
            uses_class_cell: false,
            passthrough: Vec::new(),
            has_annotations: false,
            rebound: FxHashSet::default(),
        });
        self.facts.push(Facts::default());
        if id > 0 {
            self.by_span.insert(span, id);
        }
        id
    }

    fn scope(&self) -> &Scope {
        &self.scopes[self.current]
    }

    fn facts(&mut self) -> &mut Facts<'a> {
        &mut self.facts[self.current]
    }

    /// The nearest enclosing scope that is not a comprehension.
    fn home(&self) -> ScopeId {
        let mut id = self.current;
        while let ScopeKind::Comprehension(_) = self.scopes[id].kind {
            id = self.scopes[id].parent.expect("comprehensions have a parent");
        }
        id
    }

    fn bind(&mut self, name: &'a str, span: Span) {
        let id = self.current;
        self.bind_in(id, name, span);
    }

    fn bind_in(&mut self, id: ScopeId, name: &'a str, span: Span) {
        let facts = &mut self.facts[id];
        if !facts.assigned.contains_key(name) {
            facts.assigned.insert(name, span);
            if !facts.globals.contains_key(name) && !facts.nonlocals.contains_key(name) {
                self.scopes[id].locals.push(name.to_string());
            }
        } else {
            self.scopes[id].rebound.insert(name.to_string());
        }
    }

    fn use_name(&mut self, name: &'a str, span: Span) {
        if name == "super" || name == "__class__" {
            self.scopes[self.current].uses_class_cell = true;
        }
        self.facts().used.entry(name).or_insert(span);
    }

    /// Runs `walk` in a new scope with a fresh loop context.
    fn in_scope(
        &mut self,
        kind: ScopeKind,
        name: String,
        is_async: bool,
        span: Span,
        walk: impl FnOnce(&mut Self) -> Result<(), SyntaxError>,
    ) -> Result<(), SyntaxError> {
        let id = self.open(kind, name, Some(is_async), span);
        let saved = (self.current, self.control);
        self.current = id;
        self.control = Control::default();
        let result = walk(self);
        (self.current, self.control) = saved;
        result
    }

    fn body(&mut self, stmts: &'a [Stmt]) -> Result<(), SyntaxError> {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn in_loop(&mut self, stmts: &'a [Stmt]) -> Result<(), SyntaxError> {
        let saved = self.control;
        self.control = Control { loops: saved.loops + 1, except_star: false };
        let result = self.body(stmts);
        self.control = saved;
        result
    }

    fn check_future(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        let is_docstring = matches!(&stmt.kind, StmtKind::Expr(Expr { kind: ExprKind::Str(_), .. }));
        if let StmtKind::ImportFrom { module: Some(m), level: 0, names, .. } = &stmt.kind {
            if m == "__future__" {
                if !self.future_allowed || self.current != 0 {
                    return err("from __future__ imports must occur at the beginning of the file", stmt.span);
                }
                for alias in names {
                    match alias.name.as_str() {
                        "annotations" => self.future_annotations = true,
                        "generator_stop" | "nested_scopes" | "generators" | "division"
                        | "absolute_import" | "with_statement" | "print_function" | "unicode_literals" => {}
                        "braces" => return err("not a chance", alias.span),
                        other => return err(format!("future feature {other} is not defined"), alias.span),
                    }
                }
                return Ok(());
            }
        }
        if !(is_docstring && self.current == 0 && self.future_allowed) {
            self.future_allowed = false;
        }
        Ok(())
    }

    fn stmt(&mut self, stmt: &'a Stmt) -> Result<(), SyntaxError> {
        if self.current == 0 {
            self.check_future(stmt)?;
        }
        match &stmt.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                targets.iter().try_for_each(|t| self.store(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n, target.span);
                }
                self.store(target)
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                    if *simple && matches!(target.kind, ExprKind::Name(_)) {
                        self.scopes[self.current].has_annotations = true;
                        self.bind("__annotations__", target.span);
                        self.use_name("__annotations__", target.span);
                    }
                }
                self.store(target)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.in_loop(body)?;
                self.body(orelse)
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                if *is_async && !self.async_allowed() {
                    return err("'async for' outside async function", stmt.span);
                }
                self.expr(iter)?;
                self.store(target)?;
                self.in_loop(body)?;
                self.body(orelse)
            }
            StmtKind::Break | StmtKind::Continue => {
                let word = if stmt.kind == StmtKind::Break { "break" } else { "continue" };
                if self.control.loops == 0 {
                    if self.control.except_star {
                        return err("'break', 'continue' and 'return' cannot appear in an except* block", stmt.span);
                    }
                    return match word {
                        "break" => err("'break' outside loop", stmt.span),
                        _ => err("'continue' not properly in loop", stmt.span),
                    };
                }
                Ok(())
            }
            StmtKind::Pass => Ok(()),
            StmtKind::Return(value) => {
                if !matches!(self.scope().kind, ScopeKind::Function) {
                    return err("'return' outside function", stmt.span);
                }
                if self.control.except_star {
                    return err("'break', 'continue' and 'return' cannot appear in an except* block", stmt.span);
                }
                if let Some(v) = value {
                    self.facts().value_returns.push(stmt.span);
                    self.expr(v)?;
                }
                Ok(())
            }
            StmtKind::FunctionDef(def) => self.function_def(def, stmt.span),
            StmtKind::ClassDef(def) => self.class_def(def, stmt.span),
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(&n.name, n.span);
                    }
                    if *is_star {
                        let saved = self.control;
                        self.control = Control { loops: 0, except_star: true };
                        let result = self.body(&h.body);
                        self.control = saved;
                        result?;
                    } else {
                        self.body(&h.body)?;
                    }
                }
                self.body(orelse)?;
                self.body(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::With { is_async, items, body } => {
                if *is_async && !self.async_allowed() {
                    return err("'async with' outside async function", stmt.span);
                }
                for item in items {
                    self.expr(&item.context)?;
                    if let Some(t) = &item.target {
                        self.store(t)?;
                    }
                }
                self.body(body)
            }
            StmtKind::Global(names) => self.global(names, stmt.span),
            StmtKind::Nonlocal(names) => self.nonlocal(names, stmt.span),
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    match &alias.asname {
                        Some(asname) => self.bind(&asname.name, asname.span),
                        None => {
                            let first = alias.name.split('.').next().unwrap_or(&alias.name);
                            self.bind(first, alias.span);
                        }
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { names, star, .. } => {
                if *star && self.current != 0 {
                    return err("import * only allowed at module level", stmt.span);
                }
                for alias in names {
                    let name = alias.asname.as_ref().map_or(&alias.name, |a| &a.name);
                    self.bind(name, alias.span);
                }
                Ok(())
            }
            StmtKind::Assert { test, msg } => {
                if let Some(warning) = super::syntax_warnings::for_assert(test) {
                    self.warnings.push((stmt.span, warning));
                }
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
                Ok(())
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.store(t)),
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for (i, case) in cases.iter().enumerate() {
                    crate::syntax::pattern::check(&case.pattern)?;
                    if i + 1 < cases.len() && case.guard.is_none() && crate::syntax::pattern::irrefutable(&case.pattern) {
                        let what = match &case.pattern.kind {
                            PatternKind::Capture(n) => format!("name capture '{}'", n.name),
                            _ => "wildcard".to_string(),
                        };
                        return err(format!("{what} makes remaining patterns unreachable"), case.pattern.span);
                    }
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.body(&case.body)?;
                }
                Ok(())
            }
        }
    }

    /// True where `async for`/`async with`/`await` may appear; with top-level
    /// await, the module body that uses them becomes async.
    fn async_allowed(&mut self) -> bool {
        let home = self.home();
        match self.scopes[home].kind {
            ScopeKind::Function => self.scopes[home].is_async,
            ScopeKind::Module if self.top_level_await => {
                self.scopes[home].is_async = true;
                true
            }
            _ => false,
        }
    }

    fn global(&mut self, names: &'a [Ident], span: Span) -> Result<(), SyntaxError> {
        for ident in names {
            let name = ident.name.as_str();
            let facts = &self.facts[self.current];
            if facts.params.contains(&name) {
                return err(format!("name '{name}' is parameter and global"), span);
            }
            if facts.nonlocals.contains_key(name) {
                return err(format!("name '{name}' is nonlocal and global"), span);
            }
            if facts.assigned.contains_key(name) {
                return err(format!("name '{name}' is assigned to before global declaration"), span);
            }
            if facts.used.contains_key(name) {
                return err(format!("name '{name}' is used prior to global declaration"), span);
            }
            self.facts().globals.insert(name, span);
        }
        Ok(())
    }

    fn nonlocal(&mut self, names: &'a [Ident], span: Span) -> Result<(), SyntaxError> {
        if self.current == 0 {
            return err("nonlocal declaration not allowed at module level", span);
        }
        for ident in names {
            let name = ident.name.as_str();
            let facts = &self.facts[self.current];
            if facts.params.contains(&name) {
                return err(format!("name '{name}' is parameter and nonlocal"), span);
            }
            if facts.globals.contains_key(name) {
                return err(format!("name '{name}' is nonlocal and global"), span);
            }
            if facts.assigned.contains_key(name) {
                return err(format!("name '{name}' is assigned to before nonlocal declaration"), span);
            }
            if facts.used.contains_key(name) {
                return err(format!("name '{name}' is used prior to nonlocal declaration"), span);
            }
            self.facts().nonlocals.insert(name, span);
        }
        Ok(())
    }

    /// Walks defaults and annotations of `params` in the current scope.
    fn param_defaults(&mut self, params: &'a Params) -> Result<(), SyntaxError> {
        for p in params.all() {
            if let Some(d) = &p.default {
                self.expr(d)?;
            }
            if let Some(a) = &p.annotation {
                self.expr(a)?;
            }
        }
        Ok(())
    }

    fn bind_params(&mut self, params: &'a Params) {
        for p in params.all() {
            self.facts().params.push(&p.name.name);
            self.bind(&p.name.name, p.name.span);
        }
    }

    fn function_def(&mut self, def: &'a FunctionDef, span: Span) -> Result<(), SyntaxError> {
        for d in &def.decorators {
            self.expr(d)?;
        }
        self.param_defaults(&def.params)?;
        if let Some(r) = &def.returns {
            self.expr(r)?;
        }
        self.bind(def.binds(), def.name.span);
        self.in_scope(ScopeKind::Function, def.name.name.clone(), def.is_async, span, |r| {
            r.bind_params(&def.params);
            r.body(&def.body)?;
            let scope = r.scope();
            if scope.is_async && scope.is_generator {
                if let Some(&at) = r.facts[r.current].value_returns.first() {
                    return err("'return' with value in async generator", at);
                }
            }
            Ok(())
        })
    }

    fn class_def(&mut self, def: &'a ClassDef, span: Span) -> Result<(), SyntaxError> {
        for d in &def.decorators {
            self.expr(d)?;
        }
        for arg in &def.bases {
            self.arg(arg)?;
        }
        // A finalizer would run when the collector finds the object dead,
        // not when its last reference goes as under CPython: refused.
        for s in &def.body {
            if let StmtKind::FunctionDef(f) = &s.kind {
                if f.name.name == "__del__" {
                    return err("coro does not support __del__ finalizers yet", f.name.span);
                }
            }
        }
        self.bind(def.binds(), def.name.span);
        self.in_scope(ScopeKind::Class, def.name.name.clone(), false, span, |r| r.body(&def.body))
    }

    /// The names a `case` pattern binds and the values it reads.
    fn pattern(&mut self, p: &'a Pattern) -> Result<(), SyntaxError> {
        match &p.kind {
            PatternKind::Wildcard | PatternKind::Star(None) => Ok(()),
            PatternKind::Capture(n) | PatternKind::Star(Some(n)) => {
                self.bind(&n.name, n.span);
                Ok(())
            }
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter().try_for_each(|i| self.pattern(i)),
            PatternKind::Mapping { keys, patterns, rest } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|i| self.pattern(i))?;
                if let Some(n) = rest {
                    self.bind(&n.name, n.span);
                }
                Ok(())
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                patterns.iter().chain(kwd_patterns).try_for_each(|i| self.pattern(i))
            }
            PatternKind::As(inner, n) => {
                self.pattern(inner)?;
                self.bind(&n.name, n.span);
                Ok(())
            }
        }
    }

    /// Walks an assignment (or deletion) target.
    fn store(&mut self, target: &'a Expr) -> Result<(), SyntaxError> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.bind(n, target.span);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(|i| self.store(i)),
            ExprKind::Starred(inner) => self.store(inner),
            _ => self.expr(target),
        }
    }

    fn arg(&mut self, arg: &'a Arg) -> Result<(), SyntaxError> {
        match arg {
            Arg::Positional(e) | Arg::Star(e) | Arg::Keyword(_, e) | Arg::DoubleStar(e) => self.expr(e),
        }
    }

    fn exprs(&mut self, exprs: &'a [Expr]) -> Result<(), SyntaxError> {
        exprs.iter().try_for_each(|e| self.expr(e))
    }

    fn expr(&mut self, e: &'a Expr) -> Result<(), SyntaxError> {
        if let Some(warning) = super::syntax_warnings::for_expr(e) {
            self.warnings.push((e.span, warning));
        }
        match &e.kind {
            ExprKind::Name(n) => {
                self.use_name(n, e.span);
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fstring_parts(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => self.exprs(items),
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    if let Some(k) = k {
                        self.expr(k)?;
                    }
                    self.expr(v)?;
                }
                Ok(())
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part)?;
                }
                Ok(())
            }
            ExprKind::Call { func, args } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.arg(a))
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Binary { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                ops.iter().try_for_each(|(_, e)| self.expr(e))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params)?;
                self.in_scope(ScopeKind::Lambda, "<lambda>".into(), false, e.span, |r| {
                    r.bind_params(params);
                    r.expr(body)
                })
            }
            ExprKind::Comp { kind, element, value, generators } => {
                self.comprehension(*kind, element, value.as_deref(), generators, e.span)
            }
            ExprKind::Await(inner) => {
                self.check_await(e.span)?;
                self.expr(inner)
            }
            ExprKind::Yield(value) => {
                self.check_yield(e.span, false)?;
                match value {
                    Some(v) => self.expr(v),
                    None => Ok(()),
                }
            }
            ExprKind::YieldFrom(value) => {
                self.check_yield(e.span, true)?;
                self.expr(value)
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.named_target(target)
            }
        }
    }

    fn fstring_parts(&mut self, parts: &'a [FStringPart]) -> Result<(), SyntaxError> {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.expr(value)?;
                if let Some(spec) = spec {
                    self.fstring_parts(spec)?;
                }
            }
        }
        Ok(())
    }

    /// `x := v` binds `x` in the nearest scope that is not a comprehension.
    fn named_target(&mut self, target: &'a Ident) -> Result<(), SyntaxError> {
        if let ScopeKind::Comprehension(_) = self.scope().kind {
            let mut id = self.current;
            while let ScopeKind::Comprehension(_) = self.scopes[id].kind {
                if self.facts[id].assigned.contains_key(target.name.as_str()) {
                    return err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", target.name),
                        target.span,
                    );
                }
                id = self.scopes[id].parent.expect("comprehensions have a parent");
            }
            if self.scopes[id].kind == ScopeKind::Class {
                return err("assignment expression within a comprehension cannot be used in a class body", target.span);
            }
            // The comprehension reaches the variable as a free variable.
            self.use_name(&target.name, target.span);
            self.bind_in(id, &target.name, target.span);
            return Ok(());
        }
        self.bind(&target.name, target.span);
        Ok(())
    }

    fn check_await(&mut self, span: Span) -> Result<(), SyntaxError> {
        let home_awaits = match self.scopes[self.home()].kind {
            ScopeKind::Function => self.scopes[self.home()].is_async,
            ScopeKind::Module => self.top_level_await,
            _ => false,
        };
        if home_awaits && self.comprehensions_await() {
            return Ok(());
        }
        // An awaiting generator expression becomes an async generator, and
        // the comprehensions inside it that await become async.
        let home = self.home();
        let mut id = self.current;
        while id != home {
            self.scopes[id].is_async = true;
            if self.scopes[id].kind == ScopeKind::Comprehension(CompKind::Generator) {
                return Ok(());
            }
            id = self.scopes[id].parent.expect("comprehensions have a parent");
        }
        let home = &self.scopes[self.home()];
        let in_comprehension = self.home() != self.current;
        match home.kind {
            ScopeKind::Function if home.is_async => Ok(()),
            _ if in_comprehension => err("asynchronous comprehension outside of an asynchronous function", span),
            ScopeKind::Function | ScopeKind::Lambda => err("'await' outside async function", span),
            _ => err("'await' outside function", span),
        }
    }

    /// An `await` in list, set and dict comprehensions of an awaiting scope
    /// makes them asynchronous, as in CPython (they are then awaited where
    /// they stand); false (nothing changed) when a generator expression is
    /// in between. The module body that awaits becomes a coroutine.
    fn comprehensions_await(&mut self) -> bool {
        let home = self.home();
        let mut id = self.current;
        while id != home {
            if self.scopes[id].kind == ScopeKind::Comprehension(CompKind::Generator) {
                return false;
            }
            id = self.scopes[id].parent.expect("comprehensions have a parent");
        }
        let mut id = self.current;
        while id != home {
            self.scopes[id].is_async = true;
            id = self.scopes[id].parent.expect("comprehensions have a parent");
        }
        if self.scopes[home].kind == ScopeKind::Module {
            self.scopes[home].is_async = true;
        }
        true
    }

    fn check_yield(&mut self, span: Span, from: bool) -> Result<(), SyntaxError> {
        let word = if from { "yield from" } else { "yield" };
        match self.scope().kind {
            ScopeKind::Module | ScopeKind::Class => err(format!("'{word}' outside function"), span),
            ScopeKind::Comprehension(kind) => {
                let what = match kind {
                    CompKind::List => "list comprehension",
                    CompKind::Set => "set comprehension",
                    CompKind::Dict => "dict comprehension",
                    CompKind::Generator => "generator expression",
                };
                err(format!("'yield' inside {what}"), span)
            }
            ScopeKind::Function | ScopeKind::Lambda => {
                if from && self.scope().is_async {
                    return err("'yield from' inside async function", span);
                }
                self.scopes[self.current].is_generator = true;
                Ok(())
            }
        }
    }

    fn comprehension(
        &mut self,
        kind: CompKind,
        element: &'a Expr,
        value: Option<&'a Expr>,
        generators: &'a [Comprehension],
        span: Span,
    ) -> Result<(), SyntaxError> {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&generators[0].iter)?;
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Generator => "<genexpr>",
        };
        let is_async = generators.iter().any(|g| g.is_async);
        if is_async && kind != CompKind::Generator {
            if !self.async_allowed() {
                return err("asynchronous comprehension outside of an asynchronous function", span);
            }
            // It is awaited where it stands: comprehensions around it
            // become async too.
            self.check_await(span)?;
        }
        self.in_scope(ScopeKind::Comprehension(kind), name.into(), is_async, span, |r| {
            for (i, g) in generators.iter().enumerate() {
                if i > 0 {
                    r.expr(&g.iter)?;
                }
                r.store(&g.target)?;
                r.exprs(&g.ifs)?;
            }
            r.expr(element)?;
            if let Some(v) = value {
                r.expr(v)?;
            }
            Ok(())
        })
    }

    /// Decides the binding of every name in every scope, outermost first.
    fn analyze(&mut self) -> Result<(), SyntaxError> {
        for id in 0..self.scopes.len() {
            let kind = self.scopes[id].kind;
            let facts = &self.facts[id];
            let mut symbols = FxHashMap::default();
            for (&name, &span) in &facts.nonlocals {
                match self.enclosing_binding(id, name) {
                    Some(_) => {
                        symbols.insert(name.to_string(), Binding::Free);
                    }
                    None => return err(format!("no binding for nonlocal '{name}' found"), span),
                }
            }
            for &name in facts.globals.keys() {
                symbols.insert(name.to_string(), Binding::GlobalExplicit);
            }
            let local = match kind {
                ScopeKind::Module | ScopeKind::Class => Binding::Name,
                _ => Binding::Local,
            };
            for &name in facts.assigned.keys() {
                if !symbols.contains_key(name) {
                    symbols.insert(name.to_string(), local);
                }
            }
            for &name in facts.used.keys() {
                if symbols.contains_key(name) {
                    continue;
                }
                let binding = match kind {
                    ScopeKind::Module => Binding::Name,
                    _ if self.enclosing_binding(id, name).is_some() => Binding::Free,
                    ScopeKind::Class => Binding::Name,
                    _ => Binding::GlobalImplicit,
                };
                symbols.insert(name.to_string(), binding);
            }
            self.scopes[id].symbols = symbols;
        }
        // A variable some inner scope reaches as free lives in a cell.
        for id in 0..self.scopes.len() {
            let free: Vec<String> = self.scopes[id]
                .symbols
                .iter()
                .filter(|(_, &b)| b == Binding::Free)
                .map(|(n, _)| n.clone())
                .collect();
            for name in free {
                // Functions and class bodies between the user and the owner
                // pass the cell along (a method's free variable goes through
                // its class body's closure, as CPython's do).
                let owner = self.enclosing_binding(id, &name);
                let mut mid = self.scopes[id].parent;
                while let Some(m) = mid {
                    if Some(m) == owner {
                        break;
                    }
                    let scope = &mut self.scopes[m];
                    match scope.symbols.get(&name) {
                        None => {
                            scope.symbols.insert(name.clone(), Binding::Free);
                        }
                        Some(Binding::Free) => {}
                        Some(_) if scope.kind == ScopeKind::Class => {
                            if !scope.passthrough.contains(&name) {
                                scope.passthrough.push(name.clone());
                            }
                        }
                        Some(_) => {}
                    }
                    mid = self.scopes[m].parent;
                }
                // Follow `nonlocal` declarations up to the scope that owns the variable.
                let mut from = id;
                while let Some(owner) = self.enclosing_binding(from, &name) {
                    match self.scopes[owner].symbols.get_mut(&name) {
                        Some(b @ Binding::Local) => *b = Binding::Cell,
                        Some(Binding::Free) => {
                            from = owner;
                            continue;
                        }
                        _ => {}
                    }
                    break;
                }
            }
        }
        Ok(())
    }

    /// The nearest enclosing function-like scope that binds `name` itself
    /// (class bodies are skipped, as in Python).
    fn enclosing_binding(&self, id: ScopeId, name: &str) -> Option<ScopeId> {
        let mut scope = self.scopes[id].parent;
        while let Some(s) = scope {
            match self.scopes[s].kind {
                ScopeKind::Module => return None,
                ScopeKind::Class => {}
                _ => {
                    let facts = &self.facts[s];
                    if facts.globals.contains_key(name) {
                        return None;
                    }
                    if facts.assigned.contains_key(name) || facts.nonlocals.contains_key(name) {
                        return Some(s);
                    }
                }
            }
            scope = self.scopes[s].parent;
        }
        None
    }
}
