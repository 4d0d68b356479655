//! Private name mangling: inside a class, an identifier written `__spam`
//! (two leading underscores, not two trailing) stands for `_Class__spam`,
//! as CPython's compiler rewrites it, so that a subclass's `self.__id`
//! and its base's are different attributes. Every name is rewritten:
//! variables, attributes, parameters, the names functions and classes are
//! bound to (not their `__name__`), imports bound, `global`/`nonlocal`
//! names and pattern captures. Keyword argument names and strings
//! (`getattr(o, "__spam")`) are not.

use super::ast::*;

/// Rewrites the private names of every class in `module`.
pub fn mangle_private_names(module: &mut Module) {
    Mangler { class: None }.stmts(&mut module.body);
}

/// True for a name mangled inside a class: `__spam`, not `__spam__`.
fn is_private(name: &str) -> bool {
    name.starts_with("__") && !name.ends_with("__") && !name.contains('.')
}

/// `name` as class `class` stores it (`__z` in class `Slots` is
/// `_Slots__z`), for names given as strings: `__slots__`.
pub fn mangled_in(class: &str, name: &str) -> String {
    let class = class.trim_start_matches('_');
    if is_private(name) && !class.is_empty() {
        format!("_{class}{name}")
    } else {
        name.to_string()
    }
}

/// The walk, inside the innermost class (functions keep their class's).
struct Mangler {
    /// The innermost class's name without its leading underscores, or
    /// None outside classes (and in a class named only underscores).
    class: Option<String>,
}

impl Mangler {
    /// Mangles `name` in place if it is private here.
    fn name(&self, name: &mut String) {
        if let Some(class) = &self.class {
            if is_private(name) {
                *name = format!("_{class}{name}");
            }
        }
    }

    /// `name` mangled, if it is private here.
    fn mangled(&self, name: &str) -> Option<String> {
        let mut m = name.to_string();
        self.name(&mut m);
        (m != name).then_some(m)
    }

    fn ident(&self, ident: &mut Ident) {
        self.name(&mut ident.name);
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        body.iter_mut().for_each(|s| self.stmt(s));
    }

    fn exprs(&mut self, exprs: &mut [Expr]) {
        exprs.iter_mut().for_each(|e| self.expr(e));
    }

    fn opt(&mut self, e: &mut Option<Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                self.expr(annotation);
                self.opt(value);
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(value) => self.opt(value),
            StmtKind::FunctionDef(def) => {
                self.exprs(&mut def.decorators);
                def.mangled = self.mangled(&def.name.name);
                self.params(&mut def.params);
                self.opt(&mut def.returns);
                self.stmts(&mut def.body);
            }
            StmtKind::ClassDef(def) => {
                self.exprs(&mut def.decorators);
                def.mangled = self.mangled(&def.name.name);
                self.args(&mut def.bases);
                let inner = def.name.name.trim_start_matches('_');
                let outer = std::mem::replace(&mut self.class, (!inner.is_empty()).then(|| inner.to_string()));
                self.stmts(&mut def.body);
                self.class = outer;
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    self.opt(&mut h.typ);
                    if let Some(name) = &mut h.name {
                        self.ident(name);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc);
                self.opt(cause);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&mut item.context);
                    self.opt(&mut item.target);
                }
                self.stmts(body);
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => names.iter_mut().for_each(|n| self.ident(n)),
            StmtKind::Import(aliases) | StmtKind::ImportFrom { names: aliases, .. } => {
                for alias in aliases {
                    self.alias(alias);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg);
            }
            StmtKind::Delete(targets) => self.exprs(targets),
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&mut case.pattern);
                    self.opt(&mut case.guard);
                    self.stmts(&mut case.body);
                }
            }
        }
    }

    /// An import binds its (first) name, mangled; what it imports is not.
    fn alias(&mut self, alias: &mut Alias) {
        match &mut alias.asname {
            Some(asname) => self.ident(asname),
            None => {
                let mut bound = alias.name.clone();
                self.name(&mut bound);
                if bound != alias.name {
                    alias.asname = Some(Ident { name: bound, span: alias.span });
                }
            }
        }
    }

    fn params(&mut self, params: &mut Params) {
        let Params { posonly, args, vararg, kwonly, kwarg } = params;
        for p in posonly.iter_mut().chain(args.iter_mut()).chain(vararg.iter_mut()).chain(kwonly.iter_mut()).chain(kwarg.iter_mut()) {
            self.ident(&mut p.name);
            self.opt(&mut p.annotation);
            self.opt(&mut p.default);
        }
    }

    fn args(&mut self, args: &mut [Arg]) {
        for arg in args {
            match arg {
                Arg::Positional(e) | Arg::Star(e) | Arg::DoubleStar(e) => self.expr(e),
                // CPython leaves keyword argument names as written.
                Arg::Keyword(_, e) => self.expr(e),
            }
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match &mut p.kind {
            PatternKind::Wildcard => {}
            PatternKind::Capture(name) => self.ident(name),
            PatternKind::Value(e) | PatternKind::Singleton(e) => self.expr(e),
            PatternKind::Sequence(items) | PatternKind::Or(items) => items.iter_mut().for_each(|q| self.pattern(q)),
            PatternKind::Star(name) => {
                if let Some(name) = name {
                    self.ident(name);
                }
            }
            PatternKind::Mapping { keys, patterns, rest } => {
                self.exprs(keys);
                patterns.iter_mut().for_each(|q| self.pattern(q));
                if let Some(rest) = rest {
                    self.ident(rest);
                }
            }
            PatternKind::Class { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                patterns.iter_mut().chain(kwd_patterns.iter_mut()).for_each(|q| self.pattern(q));
            }
            PatternKind::As(inner, name) => {
                self.pattern(inner);
                self.ident(name);
            }
        }
    }

    fn fstring(&mut self, parts: &mut [FStringPart]) {
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.expr(value);
                if let Some(spec) = spec {
                    self.fstring(spec);
                }
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Name(name) => self.name(name),
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => self.exprs(items),
            ExprKind::Dict(entries) => {
                for (key, value) in entries {
                    self.opt(key);
                    self.expr(value);
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value);
                self.ident(attr);
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                self.args(args);
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Binary { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                ops.iter_mut().for_each(|(_, e)| self.expr(e));
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.params(params);
                self.expr(body);
            }
            ExprKind::Comp { element, value, generators, .. } => {
                for g in generators {
                    self.expr(&mut g.target);
                    self.expr(&mut g.iter);
                    self.exprs(&mut g.ifs);
                }
                self.expr(element);
                if let Some(value) = value {
                    self.expr(value);
                }
            }
            ExprKind::Await(inner) | ExprKind::YieldFrom(inner) | ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Yield(value) => {
                if let Some(value) = value {
                    self.expr(value);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.ident(target);
                self.expr(value);
            }
        }
    }
}
