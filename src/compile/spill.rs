//! The spiller: rewrites a generator or coroutine body so that every
//! `yield`, `yield from` and `await` stands alone as a statement (or as the
//! whole value of an assignment or return). Everything evaluated before a
//! suspension inside a larger expression is first stored in a hidden local
//! (`$s0`, `$s1`, ...), which lives in the generator's heap frame, so no
//! native value has to survive the suspension. This is the technique of C#'s
//! AwaitExpressionSpiller. Evaluation order is preserved; `and`/`or` and
//! conditional expressions become `if` statements.

use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

use super::stmt::unsupported;

/// Rewrites the statements of a generator or coroutine body.
pub fn spill_body(stmts: &[Stmt]) -> Result<Vec<Stmt>, SyntaxError> {
    let mut s = Spiller { next: 0 };
    s.block(stmts)
}

/// Rewrites expressions of an async comprehension's body that are evaluated
/// one after another (a condition, a later iterable, an element, a key and
/// its value): the work up to their last suspension becomes statements, and
/// what is left of each contains none. `next` numbers the temporaries across
/// the calls for one comprehension.
/// None when no value suspends.
pub fn spill_values(values: &[&Expr], next: &mut usize) -> Result<Option<(Vec<Stmt>, Vec<Expr>)>, SyntaxError> {
    if !values.iter().any(|e| contains(e)) {
        return Ok(None);
    }
    let mut s = Spiller { next: *next };
    let mut rest: Vec<Expr> = values.iter().map(|e| (*e).clone()).collect();
    let mut pre = Vec::new();
    s.in_order(rest.iter_mut().collect(), &mut pre)?;
    *next = s.next;
    Ok(Some((pre, rest)))
}

/// The rewriting state: the counter of hidden temporaries.
struct Spiller {
    /// The number of the next hidden temporary.
    next: usize,
}

fn is_suspension(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) | ExprKind::Await(_) => true,
        // An async comprehension (one with `async for`, or whose body
        // awaits) is awaited where it stands.
        ExprKind::Comp { kind, element, value, generators } => {
            *kind != CompKind::Generator
                && (generators.iter().any(|g| g.is_async)
                    || contains(element)
                    || value.as_deref().is_some_and(contains)
                    || generators.iter().enumerate().any(|(i, g)| (i > 0 && contains(&g.iter)) || g.ifs.iter().any(contains)))
        }
        _ => false,
    }
}

/// True when `e` contains a suspension outside nested functions.
fn contains(e: &Expr) -> bool {
    if is_suspension(e) {
        return true;
    }
    let mut found = false;
    children(e, &mut |c| found |= contains(c));
    found
}

/// Calls `f` on the direct sub-expressions of `e` in evaluation order
/// (nested lambdas and comprehensions are separate functions: skipped).
pub(super) fn children<'e>(e: &'e Expr, f: &mut dyn FnMut(&'e Expr)) {
    match &e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter().for_each(|x| f(x)),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    f(k);
                }
                f(v);
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) | ExprKind::Unary { operand: value, .. } => f(value),
        ExprKind::Subscript { value, index } => {
            f(value);
            f(index);
        }
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().for_each(|x| f(x)),
        ExprKind::Call { func, args } => {
            f(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => f(x),
                }
            }
        }
        ExprKind::Binary { left, right, .. } => {
            f(left);
            f(right);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|x| f(x)),
        ExprKind::Compare { left, ops } => {
            f(left);
            ops.iter().for_each(|(_, x)| f(x));
        }
        ExprKind::IfExp { test, body, orelse } => {
            f(test);
            f(body);
            f(orelse);
        }
        ExprKind::FString(parts) => fstring_children(parts, f),
        ExprKind::NamedExpr { value, .. } => f(value),
        ExprKind::Yield(Some(v)) => f(v),
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => f(v),
        // The first iterable of a comprehension is evaluated here.
        ExprKind::Comp { generators, .. } => f(&generators[0].iter),
        // So are a lambda's defaults.
        ExprKind::Lambda { params, .. } => {
            params.posonly.iter().chain(&params.args).chain(&params.kwonly).filter_map(|p| p.default.as_ref()).for_each(|d| f(d))
        }
        _ => {}
    }
}

/// The fields of an f-string in evaluation order: each value, then the
/// fields of its format spec.
fn fstring_children<'e>(parts: &'e [FStringPart], f: &mut dyn FnMut(&'e Expr)) {
    for p in parts {
        if let FStringPart::Field { value, spec, .. } = p {
            f(value);
            if let Some(spec) = spec {
                fstring_children(spec, f);
            }
        }
    }
}

/// Replaces the fields `fstring_children` visits, in the same order.
fn fstring_replace(parts: &mut [FStringPart], next: &mut dyn FnMut() -> Expr) {
    for p in parts.iter_mut() {
        if let FStringPart::Field { value, spec, .. } = p {
            **value = next();
            if let Some(spec) = spec {
                fstring_replace(spec, next);
            }
        }
    }
}

/// True for a literal, and for a hidden temporary (which is assigned once
/// the expression that made it is done): neither needs another temporary
/// to keep its value.
fn is_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bytes(_) | ExprKind::True | ExprKind::False | ExprKind::None => true,
        ExprKind::Name(n) => n.starts_with('$'),
        _ => false,
    }
}

/// The default values of a parameter list, in evaluation order.
fn default_values(params: &mut Params) -> impl Iterator<Item = &mut Expr> {
    params.posonly.iter_mut().chain(params.args.iter_mut()).chain(params.kwonly.iter_mut()).filter_map(|p| p.default.as_mut())
}

fn name(id: &str, span: Span) -> Expr {
    Expr::new(ExprKind::Name(id.to_string()), span)
}

fn assign(target: &str, value: Expr) -> Stmt {
    let span = value.span;
    Stmt { kind: StmtKind::Assign { targets: vec![name(target, span)], value }, span }
}

impl Spiller {
    fn temp(&mut self) -> String {
        self.next += 1;
        format!("$s{}", self.next - 1)
    }

    fn block(&mut self, stmts: &[Stmt]) -> Result<Vec<Stmt>, SyntaxError> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            self.stmt(s, &mut out)?;
        }
        Ok(out)
    }

    /// A value position where one top-level suspension may stay in place.
    fn value(&mut self, e: &Expr, pre: &mut Vec<Stmt>) -> Result<Expr, SyntaxError> {
        if is_suspension(e) {
            let mut copy = e.clone();
            let operand: Option<&mut Expr> = match &mut copy.kind {
                ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) | ExprKind::Await(v) => Some(v),
                // An async comprehension: its first iterable comes first.
                ExprKind::Comp { generators, .. } => Some(&mut generators[0].iter),
                _ => None,
            };
            if let Some(v) = operand {
                let simple = self.expr(v, pre)?;
                *v = simple;
            }
            return Ok(copy);
        }
        self.expr(e, pre)
    }

    /// Rewrites `e` so that it contains no suspension; the work before and
    /// including the suspensions goes to `pre`.
    fn expr(&mut self, e: &Expr, pre: &mut Vec<Stmt>) -> Result<Expr, SyntaxError> {
        if !contains(e) {
            return Ok(e.clone());
        }
        if is_suspension(e) {
            let v = self.value(e, pre)?;
            let t = self.temp();
            pre.push(assign(&t, v));
            return Ok(name(&t, e.span));
        }
        match &e.kind {
            ExprKind::BoolOp { op, values } => return self.bool_op(*op, values, e.span, pre),
            ExprKind::IfExp { test, body, orelse } => {
                let test = self.expr(test, pre)?;
                let t = self.temp();
                let mut then_pre = Vec::new();
                let b = self.expr(body, &mut then_pre)?;
                then_pre.push(assign(&t, b));
                let mut else_pre = Vec::new();
                let o = self.expr(orelse, &mut else_pre)?;
                else_pre.push(assign(&t, o));
                pre.push(Stmt { kind: StmtKind::If { test, body: then_pre, orelse: else_pre }, span: e.span });
                return Ok(name(&t, e.span));
            }
            ExprKind::Compare { left, ops } if ops.len() > 1 => {
                let (l, r) = (self.temp(), self.temp());
                let first = self.expr(left, pre)?;
                pre.push(assign(&l, first));
                self.compare_chain(&l, ops, &r, e.span, pre)?;
                return Ok(name(&r, e.span));
            }
            _ => {}
        }
        // Evaluate, in order, every child up to the last one that suspends;
        // earlier children are captured in temporaries.
        let mut kids: Vec<&Expr> = Vec::new();
        children(e, &mut |c| kids.push(c));
        let last = kids.iter().rposition(|c| contains(c)).expect("e contains a suspension");
        let mut replaced: Vec<Expr> = Vec::with_capacity(kids.len());
        for (i, c) in kids.iter().enumerate() {
            if i < last {
                let v = self.expr(c, pre)?;
                if is_constant(&v) {
                    replaced.push(v);
                } else if let ExprKind::Starred(inner) = v.kind {
                    // `*it` in a display is unpacked where it stands: into a list now.
                    let t = self.temp();
                    let unpacked = Expr::new(ExprKind::List(vec![Expr::new(ExprKind::Starred(inner), c.span)]), c.span);
                    pre.push(assign(&t, unpacked));
                    replaced.push(Expr::new(ExprKind::Starred(Box::new(name(&t, c.span))), c.span));
                } else {
                    let t = self.temp();
                    pre.push(assign(&t, v));
                    replaced.push(name(&t, c.span));
                }
            } else if i == last {
                replaced.push(self.expr(c, pre)?);
            } else {
                replaced.push((*c).clone());
            }
        }
        let mut copy = e.clone();
        let mut it = replaced.into_iter();
        replace_children(&mut copy, &mut || it.next().expect("one replacement per child"));
        Ok(copy)
    }

    /// Rewrites `parts`, evaluated one after another, so that none
    /// suspends: those before the last that suspends are captured in
    /// temporaries, as `expr` does with the children of an expression.
    fn in_order(&mut self, parts: Vec<&mut Expr>, pre: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let Some(last) = parts.iter().rposition(|e| contains(e)) else { return Ok(()) };
        for (i, e) in parts.into_iter().enumerate().take(last + 1) {
            let v = self.expr(e, pre)?;
            *e = if i < last && !is_constant(&v) {
                let t = self.temp();
                pre.push(assign(&t, v));
                name(&t, e.span)
            } else {
                v
            };
        }
        Ok(())
    }

    fn bool_op(&mut self, op: BoolOp, values: &[Expr], span: Span, pre: &mut Vec<Stmt>) -> Result<Expr, SyntaxError> {
        // t = a; if t (and) / if not t (or): t = b; ...
        let t = self.temp();
        let first = self.expr(&values[0], pre)?;
        pre.push(assign(&t, first));
        let mut rest: Vec<Stmt> = Vec::new();
        for v in values[1..].iter().rev() {
            let mut body = Vec::new();
            let x = self.expr(v, &mut body)?;
            body.push(assign(&t, x));
            body.extend(rest);
            let test = match op {
                BoolOp::And => name(&t, span),
                BoolOp::Or => Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(name(&t, span)) }, span),
            };
            rest = vec![Stmt { kind: StmtKind::If { test, body, orelse: vec![] }, span }];
        }
        pre.extend(rest);
        Ok(name(&t, span))
    }

    /// `r = left op0 right0 [and right0 op1 right1 ...]`, each comparand
    /// evaluated once and only while the comparisons hold; `left` names the
    /// temporary holding the left operand.
    fn compare_chain(&mut self, left: &str, ops: &[(CmpOp, Expr)], r: &str, span: Span, pre: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let ((op, right), rest) = ops.split_first().expect("a comparison has an operator");
        let mut right = self.expr(right, pre)?;
        let next = self.temp();
        if !rest.is_empty() {
            pre.push(assign(&next, right));
            right = name(&next, span);
        }
        let compare = ExprKind::Compare { left: Box::new(name(left, span)), ops: vec![(*op, right)] };
        pre.push(assign(r, Expr::new(compare, span)));
        if !rest.is_empty() {
            let mut body = Vec::new();
            self.compare_chain(&next, rest, r, span, &mut body)?;
            pre.push(Stmt { kind: StmtKind::If { test: name(r, span), body, orelse: vec![] }, span });
        }
        Ok(())
    }

    /// Stores `value` (free of suspensions) into `target`, which may hold
    /// some: as Python does, a target's own operands are evaluated after the
    /// value, and an unpacking completes before any of its targets is stored.
    fn store(&mut self, target: &Expr, value: Expr, span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let mut target = target.clone();
        if contains(&target) {
            match &mut target.kind {
                ExprKind::Attribute { value: obj, .. } => **obj = self.expr(obj, out)?,
                ExprKind::Subscript { value: obj, index } => self.in_order(vec![&mut **obj, &mut **index], out)?,
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    let mut parts = Vec::with_capacity(items.len());
                    let mut temps = Vec::with_capacity(items.len());
                    for item in items.iter() {
                        let t = self.temp();
                        temps.push(match &item.kind {
                            ExprKind::Starred(_) => Expr::new(ExprKind::Starred(Box::new(name(&t, item.span))), item.span),
                            _ => name(&t, item.span),
                        });
                        parts.push((item, t));
                    }
                    let unpack = Expr::new(ExprKind::Tuple(temps), target.span);
                    out.push(Stmt { kind: StmtKind::Assign { targets: vec![unpack], value }, span });
                    for (item, t) in parts {
                        let item = match &item.kind {
                            ExprKind::Starred(inner) => inner,
                            _ => item,
                        };
                        self.store(item, name(&t, item.span), span, out)?;
                    }
                    return Ok(());
                }
                _ => return unsupported("'await' or 'yield' inside this assignment target", target.span),
            }
        }
        out.push(Stmt { kind: StmtKind::Assign { targets: vec![target], value }, span });
        Ok(())
    }

    /// `cases` with their bodies spilled (their guards do not suspend).
    fn cases(&mut self, cases: &[MatchCase]) -> Result<Vec<MatchCase>, SyntaxError> {
        cases.iter().map(|c| Ok(MatchCase { pattern: c.pattern.clone(), guard: c.guard.clone(), body: self.block(&c.body)? })).collect()
    }

    /// `match subject:` over `cases`, the first of them with a guard that
    /// suspends at `i`: the cases up to it, that one's guard tested in its
    /// body, then, when none of them ran, a match over the cases after it.
    ///   matched = False
    ///   match subject:
    ///       case P0 [if g0]: matched = True; body0
    ///       case Pi: <guard work>; if guard: matched = True; body_i
    ///   if not matched: <match subject: the later cases>
    /// As in CPython, a pattern's names stay bound when its guard fails.
    fn match_cases(&mut self, subject: &str, cases: &[MatchCase], span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let Some(i) = cases.iter().position(|c| c.guard.as_ref().is_some_and(contains)) else {
            out.push(Stmt { kind: StmtKind::Match { subject: name(subject, span), cases: self.cases(cases)? }, span });
            return Ok(());
        };
        let matched = self.temp();
        let flag = |v: ExprKind| assign(&matched, Expr::new(v, span));
        out.push(flag(ExprKind::False));
        let mut new_cases = Vec::with_capacity(i + 1);
        for case in &cases[..i] {
            let mut body = vec![flag(ExprKind::True)];
            body.extend(self.block(&case.body)?);
            new_cases.push(MatchCase { pattern: case.pattern.clone(), guard: case.guard.clone(), body });
        }
        let case = &cases[i];
        let mut body = Vec::new();
        let test = self.expr(case.guard.as_ref().expect("found above"), &mut body)?;
        let mut then = vec![flag(ExprKind::True)];
        then.extend(self.block(&case.body)?);
        body.push(Stmt { kind: StmtKind::If { test, body: then, orelse: vec![] }, span });
        new_cases.push(MatchCase { pattern: case.pattern.clone(), guard: None, body });
        out.push(Stmt { kind: StmtKind::Match { subject: name(subject, span), cases: new_cases }, span });
        if i + 1 < cases.len() {
            let mut rest = Vec::new();
            self.match_cases(subject, &cases[i + 1..], span, &mut rest)?;
            let not_matched = Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(name(&matched, span)) }, span);
            out.push(Stmt { kind: StmtKind::If { test: not_matched, body: rest, orelse: vec![] }, span });
        }
        Ok(())
    }

    /// `del` of targets some of which suspend: one target after another,
    /// each with its operands evaluated just before it is deleted.
    fn delete(&mut self, targets: &[Expr], span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        for target in targets {
            let mut target = target.clone();
            match &mut target.kind {
                ExprKind::Tuple(items) | ExprKind::List(items) => {
                    self.delete(items, span, out)?;
                    continue;
                }
                ExprKind::Attribute { value: obj, .. } => **obj = self.expr(obj, out)?,
                ExprKind::Subscript { value: obj, index } => self.in_order(vec![&mut **obj, &mut **index], out)?,
                _ => {}
            }
            out.push(Stmt { kind: StmtKind::Delete(vec![target]), span });
        }
        Ok(())
    }

    /// The handlers of a `try` from the first whose type suspends: one
    /// `except BaseException` that evaluates each type in turn, only once the
    /// handlers before it did not match, and re-raises into a `try` that
    /// matches against it.
    fn handler_chain(&mut self, handlers: &[ExceptHandler], span: Span) -> Result<Vec<Stmt>, SyntaxError> {
        let reraise = || Stmt { kind: StmtKind::Raise { exc: None, cause: None }, span };
        let Some((h, rest)) = handlers.split_first() else { return Ok(vec![reraise()]) };
        let Some(typ) = &h.typ else { return self.block(&h.body) };
        let mut out = Vec::new();
        let t = self.temp();
        let v = self.expr(typ, &mut out)?;
        out.push(assign(&t, v));
        let matched = ExceptHandler { typ: Some(name(&t, typ.span)), name: h.name.clone(), body: self.block(&h.body)?, span: h.span };
        let unmatched = ExceptHandler { typ: Some(name("BaseException", span)), name: None, body: self.handler_chain(rest, span)?, span };
        let kind = StmtKind::Try { body: vec![reraise()], handlers: vec![matched, unmatched], orelse: vec![], finalbody: vec![], is_star: false };
        out.push(Stmt { kind, span: h.span });
        Ok(out)
    }

    fn stmt(&mut self, s: &Stmt, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let span = s.span;
        match &s.kind {
            StmtKind::With { is_async: true, items, body } => return self.async_with(items, body, span, out),
            StmtKind::For { is_async: true, target, iter, body, orelse } => {
                return self.async_for(target, iter, body, orelse, span, out)
            }
            _ => {}
        }
        let kind = match &s.kind {
            StmtKind::Expr(e) => StmtKind::Expr(self.value(e, out)?),
            StmtKind::Assign { targets, value } if targets.iter().any(contains) => {
                let v = self.value(value, out)?;
                let t = self.temp();
                out.push(assign(&t, v));
                for target in targets {
                    self.store(target, name(&t, value.span), span, out)?;
                }
                return Ok(());
            }
            StmtKind::Assign { targets, value } => StmtKind::Assign { targets: targets.clone(), value: self.value(value, out)? },
            StmtKind::AnnAssign { target, value, .. } if contains(target) => {
                let Some(value) = value else { return unsupported("'await' or 'yield' inside an annotated name", span) };
                let v = self.value(value, out)?;
                let t = self.temp();
                out.push(assign(&t, v));
                return self.store(target, name(&t, value.span), span, out);
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => StmtKind::AnnAssign {
                target: target.clone(),
                annotation: annotation.clone(),
                value: match value {
                    Some(v) => Some(self.value(v, out)?),
                    None => None,
                },
                simple: *simple,
            },
            StmtKind::AugAssign { target, op, value } if contains(value) || contains(target) => {
                return self.aug_assign(target, *op, value, span, out);
            }
            StmtKind::Return(Some(v)) => StmtKind::Return(Some(self.value(v, out)?)),
            StmtKind::If { test, body, orelse } => StmtKind::If {
                test: self.expr(test, out)?,
                body: self.block(body)?,
                orelse: self.block(orelse)?,
            },
            StmtKind::While { test, body, orelse } => {
                if contains(test) {
                    // [done = False]; while True: <test work>; if not test: [done = True]; break
                    //                             body
                    // [if done: orelse]: a `break` in the body skips the else clause.
                    let done = self.temp();
                    let flag = |v: ExprKind| assign(&done, Expr::new(v, span));
                    if !orelse.is_empty() {
                        out.push(flag(ExprKind::False));
                    }
                    let mut inner = Vec::new();
                    let t = self.expr(test, &mut inner)?;
                    let not_t = Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(t) }, test.span);
                    let mut exit = vec![Stmt { kind: StmtKind::Break, span }];
                    if !orelse.is_empty() {
                        exit.insert(0, flag(ExprKind::True));
                    }
                    inner.push(Stmt { kind: StmtKind::If { test: not_t, body: exit, orelse: vec![] }, span });
                    inner.extend(self.block(body)?);
                    let true_ = Expr::new(ExprKind::True, test.span);
                    out.push(Stmt { kind: StmtKind::While { test: true_, body: inner, orelse: vec![] }, span });
                    if orelse.is_empty() {
                        return Ok(());
                    }
                    StmtKind::If { test: name(&done, span), body: self.block(orelse)?, orelse: vec![] }
                } else {
                    StmtKind::While { test: test.clone(), body: self.block(body)?, orelse: self.block(orelse)? }
                }
            }
            StmtKind::For { is_async, target, iter, body, orelse } => {
                let iter = self.expr(iter, out)?;
                let mut new_body = Vec::new();
                let target = if contains(target) {
                    // Each item goes to a temporary, then to the target.
                    let item = name(&self.temp(), target.span);
                    self.store(target, item.clone(), span, &mut new_body)?;
                    item
                } else {
                    target.clone()
                };
                new_body.extend(self.block(body)?);
                StmtKind::For { is_async: *is_async, target, iter, body: new_body, orelse: self.block(orelse)? }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
                let mut hs = Vec::with_capacity(handlers.len());
                for (i, h) in handlers.iter().enumerate() {
                    if h.typ.as_ref().is_some_and(contains) {
                        if *is_star {
                            return unsupported("'await' in an except* clause type", h.span);
                        }
                        let body = self.handler_chain(&handlers[i..], span)?;
                        hs.push(ExceptHandler { typ: Some(name("BaseException", h.span)), name: None, body, span: h.span });
                        break;
                    }
                    hs.push(ExceptHandler { typ: h.typ.clone(), name: h.name.clone(), body: self.block(&h.body)?, span: h.span });
                }
                StmtKind::Try {
                    body: self.block(body)?,
                    handlers: hs,
                    orelse: self.block(orelse)?,
                    finalbody: self.block(finalbody)?,
                    is_star: *is_star,
                }
            }
            StmtKind::With { is_async, items, body } => {
                let suspends = |i: &WithItem| contains(&i.context) || i.target.as_ref().is_some_and(contains);
                if items.len() > 1 && items[1..].iter().any(suspends) {
                    // `with a, b: body` is `with a: with b: body`.
                    let inner = Stmt { kind: StmtKind::With { is_async: *is_async, items: items[1..].to_vec(), body: body.clone() }, span };
                    let outer = StmtKind::With { is_async: *is_async, items: items[..1].to_vec(), body: vec![inner] };
                    return self.stmt(&Stmt { kind: outer, span }, out);
                }
                let mut new_items = items.clone();
                let mut new_body = Vec::new();
                if let Some(first) = new_items.first_mut() {
                    first.context = self.expr(&items[0].context, out)?;
                    if let Some(target) = first.target.as_mut().filter(|t| contains(t)) {
                        // The entered value goes to a temporary, then to the target.
                        let t = self.temp();
                        let entered = name(&t, target.span);
                        self.store(target, entered.clone(), span, &mut new_body)?;
                        *target = entered;
                    }
                }
                new_body.extend(self.block(body)?);
                StmtKind::With { is_async: *is_async, items: new_items, body: new_body }
            }
            StmtKind::Match { subject, cases } if cases.iter().any(|c| c.guard.as_ref().is_some_and(contains)) => {
                let v = self.value(subject, out)?;
                let subject = self.temp();
                out.push(assign(&subject, v));
                return self.match_cases(&subject, cases, span, out);
            }
            StmtKind::Match { subject, cases } => {
                let cases = self.cases(cases)?;
                StmtKind::Match { subject: self.expr(subject, out)?, cases }
            }
            StmtKind::Raise { exc, cause } => StmtKind::Raise {
                exc: match exc {
                    Some(e) => Some(self.expr(e, out)?),
                    None => None,
                },
                cause: match cause {
                    Some(c) => Some(self.expr(c, out)?),
                    None => None,
                },
            },
            StmtKind::Assert { test, msg: Some(msg) } if contains(msg) => {
                // The message is evaluated only when the test fails.
                let t = self.temp();
                let v = self.expr(test, out)?;
                out.push(assign(&t, v));
                let mut body = Vec::new();
                let msg = self.expr(msg, &mut body)?;
                body.push(Stmt { kind: StmtKind::Assert { test: name(&t, test.span), msg: Some(msg) }, span });
                let failed = Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(name(&t, test.span)) }, test.span);
                StmtKind::If { test: failed, body, orelse: vec![] }
            }
            StmtKind::Assert { test, msg } => StmtKind::Assert { test: self.expr(test, out)?, msg: msg.clone() },
            StmtKind::Delete(targets) if targets.iter().any(contains) => return self.delete(targets, span, out),
            StmtKind::FunctionDef(def) => {
                // Decorators, then defaults, are evaluated here, in order.
                let mut def = def.clone();
                let mut parts: Vec<&mut Expr> = def.decorators.iter_mut().collect();
                parts.extend(default_values(&mut def.params));
                self.in_order(parts, out)?;
                StmtKind::FunctionDef(def)
            }
            other => other.clone(),
        };
        out.push(Stmt { kind, span });
        Ok(())
    }

    /// `async with` as CPython runs it: `__aenter__` awaited, the body in a
    /// try whose handler awaits `__aexit__(type, exc, tb)` and re-raises
    /// unless it returns true, and `__aexit__(None, None, None)` awaited on
    /// every other way out.
    fn async_with(&mut self, items: &[WithItem], body: &[Stmt], span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let Some((first, rest)) = items.split_first() else { return Ok(()) };
        let inner_body = if rest.is_empty() {
            body.to_vec()
        } else {
            vec![Stmt { kind: StmtKind::With { is_async: true, items: rest.to_vec(), body: body.to_vec() }, span }]
        };
        let (mgr, exit, ok, exc) = (self.temp(), self.temp(), self.temp(), self.temp());
        let call = |f: &str, args: Vec<Expr>| {
            Expr::new(ExprKind::Call { func: Box::new(name(f, span)), args: args.into_iter().map(Arg::Positional).collect() }, span)
        };
        let await_ = |e: Expr| Expr::new(ExprKind::Await(Box::new(e)), span);
        let none = || Expr::new(ExprKind::None, span);
        let context = self.expr(&first.context, out)?;
        out.push(assign(&mgr, context));
        out.push(assign(&exit, call("__coro_aexit__", vec![name(&mgr, span)])));
        let entered = self.temp();
        out.push(assign(&entered, await_(call("__coro_aenter__", vec![name(&mgr, span)]))));
        out.push(assign(&ok, Expr::new(ExprKind::True, span)));
        let mut try_body = Vec::new();
        if let Some(t) = &first.target {
            self.store(t, name(&entered, span), span, &mut try_body)?;
        }
        try_body.extend(self.block(&inner_body)?);
        let exc_type = call("type", vec![name(&exc, span)]);
        let exit_with = |args: Vec<Expr>| {
            let result = Expr::new(ExprKind::Call { func: Box::new(name(&exit, span)), args: args.into_iter().map(Arg::Positional).collect() }, span);
            await_(call("__coro_aexited__", vec![result]))
        };
        let traceback = Expr::new(ExprKind::Attribute { value: Box::new(name(&exc, span)), attr: Ident { name: "__traceback__".into(), span } }, span);
        let suppressed = exit_with(vec![exc_type, name(&exc, span), traceback]);
        let check = self.temp();
        let handler_body = vec![
            assign(&ok, Expr::new(ExprKind::False, span)),
            assign(&check, suppressed),
            Stmt {
                kind: StmtKind::If {
                    test: Expr::new(ExprKind::Unary { op: UnaryOp::Not, operand: Box::new(name(&check, span)) }, span),
                    body: vec![Stmt { kind: StmtKind::Raise { exc: None, cause: None }, span }],
                    orelse: vec![],
                },
                span,
            },
        ];
        let handler = ExceptHandler {
            typ: Some(name("BaseException", span)),
            name: Some(Ident { name: exc.clone(), span }),
            body: handler_body,
            span,
        };
        let normal_exit = exit_with(vec![none(), none(), none()]);
        let finally = vec![Stmt {
            kind: StmtKind::If { test: name(&ok, span), body: vec![Stmt { kind: StmtKind::Expr(normal_exit), span }], orelse: vec![] },
            span,
        }];
        let inner_try = Stmt {
            kind: StmtKind::Try { body: try_body, handlers: vec![handler], orelse: vec![], finalbody: vec![], is_star: false },
            span,
        };
        out.push(Stmt {
            kind: StmtKind::Try { body: vec![inner_try], handlers: vec![], orelse: vec![], finalbody: finally, is_star: false },
            span,
        });
        Ok(())
    }

    /// `async for` as a loop awaiting `__anext__` until StopAsyncIteration;
    /// the `else` clause runs only when the iterator is exhausted.
    fn async_for(&mut self, target: &Expr, iter: &Expr, body: &[Stmt], orelse: &[Stmt], span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let (it, done, item) = (self.temp(), self.temp(), self.temp());
        let call = |f: &str, args: Vec<Expr>| {
            Expr::new(ExprKind::Call { func: Box::new(name(f, span)), args: args.into_iter().map(Arg::Positional).collect() }, span)
        };
        let iterable = self.expr(iter, out)?;
        out.push(assign(&it, call("__coro_aiter__", vec![iterable])));
        // Over an async generator the call made, the loop holds the only
        // reference: leaving early drops it, and CPython then closes it.
        let owned = matches!(iter.kind, ExprKind::Call { .. }).then(|| self.temp());
        if let Some(owned) = &owned {
            out.push(assign(owned, call("__coro_owned_agen__", vec![name(&it, span)])));
        }
        out.push(assign(&done, Expr::new(ExprKind::False, span)));
        let next = Expr::new(ExprKind::Await(Box::new(call("__coro_anext__", vec![name(&it, span)]))), span);
        let fetch = Stmt {
            kind: StmtKind::Try {
                body: vec![assign(&item, next)],
                handlers: vec![ExceptHandler {
                    typ: Some(name("StopAsyncIteration", span)),
                    name: None,
                    body: vec![assign(&done, Expr::new(ExprKind::True, span)), Stmt { kind: StmtKind::Break, span }],
                    span,
                }],
                orelse: vec![],
                finalbody: vec![],
                is_star: false,
            },
            span,
        };
        let mut loop_body = vec![fetch];
        self.store(target, name(&item, span), span, &mut loop_body)?;
        loop_body.extend(self.block(body)?);
        let mut the_loop = Stmt { kind: StmtKind::While { test: Expr::new(ExprKind::True, span), body: loop_body, orelse: vec![] }, span };
        if let Some(owned) = &owned {
            let left = Stmt { kind: StmtKind::Expr(call("__coro_agen_left__", vec![name(owned, span)])), span };
            the_loop = Stmt {
                kind: StmtKind::Try { body: vec![the_loop], handlers: vec![], orelse: vec![], finalbody: vec![left], is_star: false },
                span,
            };
        }
        out.push(the_loop);
        if !orelse.is_empty() {
            let else_body = self.block(orelse)?;
            out.push(Stmt { kind: StmtKind::If { test: name(&done, span), body: else_body, orelse: vec![] }, span });
        }
        Ok(())
    }

    /// `target op= <suspending value>` with the target read first, as Python does.
    fn aug_assign(&mut self, target: &Expr, op: BinOp, value: &Expr, span: Span, out: &mut Vec<Stmt>) -> Result<(), SyntaxError> {
        let cur = self.temp();
        // Read the target (capturing the object and key of attribute/subscript targets).
        let store: Expr = match &target.kind {
            ExprKind::Name(_) => {
                out.push(assign(&cur, target.clone()));
                target.clone()
            }
            ExprKind::Attribute { value: obj, attr } => {
                let o = self.temp();
                let ov = self.expr(obj, out)?;
                out.push(assign(&o, ov));
                let t = Expr::new(ExprKind::Attribute { value: Box::new(name(&o, obj.span)), attr: attr.clone() }, target.span);
                out.push(assign(&cur, t.clone()));
                t
            }
            ExprKind::Subscript { value: obj, index } => {
                let o = self.temp();
                let k = self.temp();
                let ov = self.expr(obj, out)?;
                out.push(assign(&o, ov));
                let kv = self.expr(index, out)?;
                out.push(assign(&k, kv));
                let t = Expr::new(
                    ExprKind::Subscript { value: Box::new(name(&o, obj.span)), index: Box::new(name(&k, index.span)) },
                    target.span,
                );
                out.push(assign(&cur, t.clone()));
                t
            }
            _ => return unsupported("this augmented assignment target", span),
        };
        let v = self.expr(value, out)?;
        out.push(Stmt { kind: StmtKind::AugAssign { target: name(&cur, span), op, value: v }, span });
        out.push(Stmt { kind: StmtKind::Assign { targets: vec![store], value: name(&cur, span) }, span });
        Ok(())
    }
}

/// Replaces the direct sub-expressions of `e`, in evaluation order, with
/// the values `next` produces.
fn replace_children(e: &mut Expr, next: &mut dyn FnMut() -> Expr) {
    match &mut e.kind {
        ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::Set(v) => v.iter_mut().for_each(|x| *x = next()),
        ExprKind::Dict(items) => {
            for (k, v) in items.iter_mut() {
                if let Some(k) = k {
                    *k = next();
                }
                *v = next();
            }
        }
        ExprKind::Attribute { value, .. } | ExprKind::Starred(value) | ExprKind::Unary { operand: value, .. } => **value = next(),
        ExprKind::Subscript { value, index } => {
            **value = next();
            **index = next();
        }
        ExprKind::Slice { lower, upper, step } => {
            for part in [lower, upper, step].into_iter().flatten() {
                **part = next();
            }
        }
        ExprKind::Call { func, args } => {
            **func = next();
            for a in args.iter_mut() {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => *x = next(),
                }
            }
        }
        ExprKind::Binary { left, right, .. } => {
            **left = next();
            **right = next();
        }
        ExprKind::BoolOp { values, .. } => values.iter_mut().for_each(|x| *x = next()),
        ExprKind::Compare { left, ops } => {
            **left = next();
            ops.iter_mut().for_each(|(_, x)| *x = next());
        }
        ExprKind::IfExp { test, body, orelse } => {
            **test = next();
            **body = next();
            **orelse = next();
        }
        ExprKind::FString(parts) => fstring_replace(parts, next),
        ExprKind::NamedExpr { value, .. } => **value = next(),
        ExprKind::Yield(Some(v)) => **v = next(),
        ExprKind::YieldFrom(v) | ExprKind::Await(v) => **v = next(),
        ExprKind::Comp { generators, .. } => generators[0].iter = next(),
        ExprKind::Lambda { params, .. } => default_values(params).for_each(|d| *d = next()),
        _ => {}
    }
}
