//! The parser on valid code, through the library API: every tier of operator
//! precedence, every statement form, parameters, arguments, literals,
//! f-strings, layout (CRLF, tabs, continuations, comments) and spans.
//!
//! Trees are compared as compact S-expressions written by `render_expr` and
//! `render_stmt` below, e.g. `(+ 1 (* 2 3))` or `(call f 1 (kw a 2) (star x))`.
//! The notation:
//!
//! - names and `True`/`False`/`None`/`...` are bare; ints are decimal, floats
//!   use Rust's `{:?}`, strings are `"..."` and bytes `b"..."` (Rust escapes);
//! - operators are `(OP a b)`, unary ones `(- x)` / `(not x)`, `and`/`or` are
//!   n-ary, comparisons are `(cmp a < b <= c)`;
//! - `(. value attr)`, `([] value index)`, `(slice lo hi step)` with `_` for a
//!   missing bound, `(call f args...)` with `(kw name v)`, `(star v)`,
//!   `(dstar v)`;
//! - displays `(list ..)`, `(tuple ..)`, `(set ..)`, `(dict (k v) (** m))`;
//!   comprehensions `(listcomp elt (for t iter (if c)..)..)` and likewise
//!   `setcomp`, `gencomp`, `(dictcomp k v ..)`, with `async-for` clauses;
//! - f-strings `(f "lit" (fmt value !r (spec ..) (debug "x=")))`;
//! - blocks are `{stmt stmt}`; statements mirror the AST (`(= t v)`,
//!   `(+= t v)`, `(ann t T v)`, `(if test {..} {else..})`, `(def name (params)
//!   -> R @dec {..})`, `(try {..} (except T name {..}) (else {..}) (finally
//!   {..}))`...). Parameters are `(params a (= b 1) / c * d (: e int) ** k)`.

use coro::syntax::ast::*;
use coro::syntax::{self, parse};

// ---------------------------------------------------------------- rendering

fn join<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    items.iter().map(f).collect::<Vec<_>>().join(" ")
}

fn sexp(head: &str, parts: Vec<String>) -> String {
    let mut s = format!("({head}");
    for p in parts {
        if !p.is_empty() {
            s.push(' ');
            s.push_str(&p);
        }
    }
    s.push(')');
    s
}

fn render_bytes(b: &[u8]) -> String {
    format!("b\"{}\"", b.escape_ascii())
}

fn unary_symbol(op: UnaryOp) -> &'static str {
    match op {
        UnaryOp::Neg => "-",
        UnaryOp::Pos => "+",
        UnaryOp::Invert => "~",
        UnaryOp::Not => "not",
    }
}

fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is-not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not-in",
    }
}

fn render_arg(a: &Arg) -> String {
    match a {
        Arg::Positional(e) => render_expr(e),
        Arg::Star(e) => sexp("star", vec![render_expr(e)]),
        Arg::Keyword(name, e) => sexp("kw", vec![name.name.clone(), render_expr(e)]),
        Arg::DoubleStar(e) => sexp("dstar", vec![render_expr(e)]),
    }
}

fn render_param(p: &Param, prefix: &str) -> String {
    let mut s = format!("{prefix}{}", p.name.name);
    if let Some(a) = &p.annotation {
        s = sexp(":", vec![s, render_expr(a)]);
    }
    if let Some(d) = &p.default {
        s = sexp("=", vec![s, render_expr(d)]);
    }
    s
}

fn render_params(p: &Params) -> String {
    let mut parts: Vec<String> = p.posonly.iter().map(|q| render_param(q, "")).collect();
    if !p.posonly.is_empty() {
        parts.push("/".into());
    }
    parts.extend(p.args.iter().map(|q| render_param(q, "")));
    match &p.vararg {
        Some(v) => parts.push(render_param(v, "*")),
        None if !p.kwonly.is_empty() => parts.push("*".into()),
        None => {}
    }
    parts.extend(p.kwonly.iter().map(|q| render_param(q, "")));
    if let Some(k) = &p.kwarg {
        parts.push(render_param(k, "**"));
    }
    sexp("params", parts)
}

fn render_fstring(parts: &[FStringPart]) -> Vec<String> {
    parts
        .iter()
        .map(|part| match part {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Field { value, conversion, spec, debug_text } => {
                let mut v = vec![render_expr(value)];
                if let Some(c) = conversion {
                    v.push(format!("!{c}"));
                }
                if let Some(spec) = spec {
                    v.push(sexp("spec", render_fstring(spec)));
                }
                if let Some(d) = debug_text {
                    v.push(sexp("debug", vec![format!("{d:?}")]));
                }
                sexp("fmt", v)
            }
        })
        .collect()
}

fn render_comp(kind: CompKind, element: &Expr, value: &Option<Box<Expr>>, generators: &[Comprehension]) -> String {
    let head = match kind {
        CompKind::List => "listcomp",
        CompKind::Set => "setcomp",
        CompKind::Dict => "dictcomp",
        CompKind::Generator => "gencomp",
    };
    let mut parts = vec![render_expr(element)];
    if let Some(v) = value {
        parts.push(render_expr(v));
    }
    for g in generators {
        let mut clause = vec![render_expr(&g.target), render_expr(&g.iter)];
        clause.extend(g.ifs.iter().map(|c| sexp("if", vec![render_expr(c)])));
        parts.push(sexp(if g.is_async { "async-for" } else { "for" }, clause));
    }
    sexp(head, parts)
}

fn opt(e: &Option<Box<Expr>>) -> String {
    e.as_ref().map_or("_".into(), |e| render_expr(e))
}

/// Renders an expression as an S-expression.
fn render_expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Bytes(b) => render_bytes(b),
        ExprKind::FString(parts) => sexp("f", render_fstring(parts)),
        ExprKind::True => "True".into(),
        ExprKind::False => "False".into(),
        ExprKind::None => "None".into(),
        ExprKind::Ellipsis => "...".into(),
        ExprKind::List(items) => sexp("list", items.iter().map(render_expr).collect()),
        ExprKind::Tuple(items) => sexp("tuple", items.iter().map(render_expr).collect()),
        ExprKind::Set(items) => sexp("set", items.iter().map(render_expr).collect()),
        ExprKind::Dict(items) => sexp(
            "dict",
            items
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("({} {})", render_expr(k), render_expr(v)),
                    None => sexp("**", vec![render_expr(v)]),
                })
                .collect(),
        ),
        ExprKind::Attribute { value, attr } => sexp(".", vec![render_expr(value), attr.name.clone()]),
        ExprKind::Subscript { value, index } => sexp("[]", vec![render_expr(value), render_expr(index)]),
        ExprKind::Slice { lower, upper, step } => sexp("slice", vec![opt(lower), opt(upper), opt(step)]),
        ExprKind::Call { func, args } => {
            let mut parts = vec![render_expr(func)];
            parts.extend(args.iter().map(render_arg));
            sexp("call", parts)
        }
        ExprKind::Unary { op, operand } => sexp(unary_symbol(*op), vec![render_expr(operand)]),
        ExprKind::Binary { op, left, right } => sexp(op.symbol(), vec![render_expr(left), render_expr(right)]),
        ExprKind::BoolOp { op, values } => {
            sexp(if *op == BoolOp::And { "and" } else { "or" }, values.iter().map(render_expr).collect())
        }
        ExprKind::Compare { left, ops } => {
            let mut parts = vec![render_expr(left)];
            for (op, right) in ops {
                parts.push(cmp_symbol(*op).into());
                parts.push(render_expr(right));
            }
            sexp("cmp", parts)
        }
        ExprKind::IfExp { test, body, orelse } => {
            sexp("if", vec![render_expr(test), render_expr(body), render_expr(orelse)])
        }
        ExprKind::Lambda { params, body } => sexp("lambda", vec![render_params(params), render_expr(body)]),
        ExprKind::Comp { kind, element, value, generators } => render_comp(*kind, element, value, generators),
        ExprKind::Await(v) => sexp("await", vec![render_expr(v)]),
        ExprKind::Yield(v) => sexp("yield", v.iter().map(|v| render_expr(v)).collect()),
        ExprKind::YieldFrom(v) => sexp("yield-from", vec![render_expr(v)]),
        ExprKind::Starred(v) => sexp("*", vec![render_expr(v)]),
        ExprKind::NamedExpr { target, value } => sexp(":=", vec![target.name.clone(), render_expr(value)]),
    }
}

fn block(stmts: &[Stmt]) -> String {
    format!("{{{}}}", join(stmts, render_stmt))
}

fn alias(a: &Alias) -> String {
    match &a.asname {
        Some(asname) => sexp("as", vec![a.name.clone(), asname.name.clone()]),
        None => a.name.clone(),
    }
}

/// Renders a statement as an S-expression.
fn render_stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => render_expr(e),
        StmtKind::Assign { targets, value } => {
            let mut parts: Vec<String> = targets.iter().map(render_expr).collect();
            parts.push(render_expr(value));
            sexp("=", parts)
        }
        StmtKind::AugAssign { target, op, value } => {
            sexp(&format!("{}=", op.symbol()), vec![render_expr(target), render_expr(value)])
        }
        StmtKind::AnnAssign { target, annotation, value, simple } => {
            let mut parts = vec![render_expr(target), render_expr(annotation)];
            parts.extend(value.iter().map(render_expr));
            if !simple {
                parts.push(":not-simple".into());
            }
            sexp("ann", parts)
        }
        StmtKind::If { test, body, orelse } => {
            let mut parts = vec![render_expr(test), block(body)];
            if !orelse.is_empty() {
                parts.push(block(orelse));
            }
            sexp("if", parts)
        }
        StmtKind::While { test, body, orelse } => {
            let mut parts = vec![render_expr(test), block(body)];
            if !orelse.is_empty() {
                parts.push(sexp("else", vec![block(orelse)]));
            }
            sexp("while", parts)
        }
        StmtKind::For { is_async, target, iter, body, orelse } => {
            let mut parts = vec![render_expr(target), render_expr(iter), block(body)];
            if !orelse.is_empty() {
                parts.push(sexp("else", vec![block(orelse)]));
            }
            sexp(if *is_async { "async-for" } else { "for" }, parts)
        }
        StmtKind::Break => "break".into(),
        StmtKind::Continue => "continue".into(),
        StmtKind::Pass => "pass".into(),
        StmtKind::Return(v) => sexp("return", v.iter().map(render_expr).collect()),
        StmtKind::FunctionDef(f) => {
            let mut parts = vec![f.name.name.clone(), render_params(&f.params)];
            if let Some(r) = &f.returns {
                parts.push(format!("-> {}", render_expr(r)));
            }
            parts.extend(f.decorators.iter().map(|d| format!("@{}", render_expr(d))));
            parts.push(block(&f.body));
            sexp(if f.is_async { "async-def" } else { "def" }, parts)
        }
        StmtKind::ClassDef(c) => {
            let mut parts = vec![c.name.name.clone(), format!("({})", join(&c.bases, render_arg))];
            parts.extend(c.decorators.iter().map(|d| format!("@{}", render_expr(d))));
            parts.push(block(&c.body));
            sexp("class", parts)
        }
        StmtKind::Try { body, handlers, orelse, finalbody, is_star } => {
            let mut parts = vec![block(body)];
            for h in handlers {
                let mut hp = Vec::new();
                hp.extend(h.typ.iter().map(render_expr));
                hp.extend(h.name.iter().map(|n| format!("as {}", n.name)));
                hp.push(block(&h.body));
                parts.push(sexp("except", hp));
            }
            if !orelse.is_empty() {
                parts.push(sexp("else", vec![block(orelse)]));
            }
            if !finalbody.is_empty() {
                parts.push(sexp("finally", vec![block(finalbody)]));
            }
            sexp(if *is_star { "try*" } else { "try" }, parts)
        }
        StmtKind::Raise { exc, cause } => {
            let mut parts: Vec<String> = exc.iter().map(render_expr).collect();
            if let Some(c) = cause {
                parts.push(format!("from {}", render_expr(c)));
            }
            sexp("raise", parts)
        }
        StmtKind::With { is_async, items, body } => {
            let items = items
                .iter()
                .map(|i| match &i.target {
                    Some(t) => sexp("as", vec![render_expr(&i.context), render_expr(t)]),
                    None => render_expr(&i.context),
                })
                .collect::<Vec<_>>()
                .join(" ");
            sexp(if *is_async { "async-with" } else { "with" }, vec![format!("({items})"), block(body)])
        }
        StmtKind::Global(names) => sexp("global", names.iter().map(|n| n.name.clone()).collect()),
        StmtKind::Nonlocal(names) => sexp("nonlocal", names.iter().map(|n| n.name.clone()).collect()),
        StmtKind::Import(aliases) => sexp("import", aliases.iter().map(alias).collect()),
        StmtKind::ImportFrom { module, level, names, star } => {
            let from = format!("{}{}", ".".repeat(*level as usize), module.as_deref().unwrap_or(""));
            let what = if *star { "*".to_string() } else { format!("({})", join(names, alias)) };
            sexp("from", vec![from, what])
        }
        StmtKind::Assert { test, msg } => {
            let mut parts = vec![render_expr(test)];
            parts.extend(msg.iter().map(render_expr));
            sexp("assert", parts)
        }
        StmtKind::Delete(targets) => sexp("del", targets.iter().map(render_expr).collect()),
        StmtKind::Match { subject, cases } => {
            let mut parts = vec![render_expr(subject)];
            for c in cases {
                let mut cp = vec![render_pattern(&c.pattern)];
                cp.extend(c.guard.iter().map(|g| format!("if {}", render_expr(g))));
                cp.push(block(&c.body));
                parts.push(sexp("case", cp));
            }
            sexp("match", parts)
        }
    }
}

/// Renders a case pattern as an S-expression.
fn render_pattern(p: &Pattern) -> String {
    match &p.kind {
        PatternKind::Wildcard => "_".into(),
        PatternKind::Capture(n) => n.name.clone(),
        PatternKind::Value(e) => sexp("==", vec![render_expr(e)]),
        PatternKind::Singleton(e) => sexp("is", vec![render_expr(e)]),
        PatternKind::Sequence(items) => sexp("seq", items.iter().map(render_pattern).collect()),
        PatternKind::Star(n) => format!("*{}", n.as_ref().map_or("_", |n| n.name.as_str())),
        PatternKind::Mapping { keys, patterns, rest } => {
            let mut parts: Vec<String> = keys.iter().zip(patterns).map(|(k, p)| format!("{}: {}", render_expr(k), render_pattern(p))).collect();
            parts.extend(rest.iter().map(|r| format!("**{}", r.name)));
            sexp("map", parts)
        }
        PatternKind::Class { cls, patterns, kwd_names, kwd_patterns } => {
            let mut parts = vec![render_expr(cls)];
            parts.extend(patterns.iter().map(render_pattern));
            parts.extend(kwd_names.iter().zip(kwd_patterns).map(|(n, p)| format!("{}={}", n.name, render_pattern(p))));
            sexp("class", parts)
        }
        PatternKind::Or(items) => sexp("|", items.iter().map(render_pattern).collect()),
        PatternKind::As(inner, n) => sexp("as", vec![render_pattern(inner), n.name.clone()]),
    }
}

// ---------------------------------------------------------------- helpers

fn module(src: &str) -> Module {
    match parse(src) {
        Ok(m) => m,
        Err(e) => panic!("{src:?} does not parse: {}\n{}", e.headline(), e.render("test.py", src)),
    }
}

/// Renders every statement of `src`, one per line.
fn p(src: &str) -> String {
    module(src).body.iter().map(render_stmt).collect::<Vec<_>>().join("\n")
}

/// Renders the single expression statement of `src`.
fn e(src: &str) -> String {
    let m = module(src);
    assert_eq!(m.body.len(), 1, "{src:?} holds one statement");
    match &m.body[0].kind {
        StmtKind::Expr(x) => render_expr(x),
        other => panic!("{src:?} is not an expression statement: {other:?}"),
    }
}

/// Asserts that each `(source, rendering)` pair parses to that rendering.
fn exprs(cases: &[(&str, &str)]) {
    for (src, want) in cases {
        assert_eq!(e(src), *want, "expression {src:?}");
    }
}

fn stmts(cases: &[(&str, &str)]) {
    for (src, want) in cases {
        assert_eq!(p(src), *want, "statements {src:?}");
    }
}

/// The single expression of `src`, as a node.
fn expr_node(src: &str) -> Expr {
    let m = module(src);
    match m.body.into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Expr(x)) => x,
        other => panic!("{src:?} is not an expression statement: {other:?}"),
    }
}

fn text(src: &str, span: Span) -> &str {
    &src[span.range()]
}

// ---------------------------------------------------------------- precedence

#[test]
fn arithmetic_tiers_and_left_associativity() {
    exprs(&[
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("1 * 2 + 3", "(+ (* 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("1 / 2 / 3", "(/ (/ 1 2) 3)"),
        ("a // b % c * d @ e", "(@ (* (% (// a b) c) d) e)"),
        ("a + b - c", "(- (+ a b) c)"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("a << b + c", "(<< a (+ b c))"),
        ("a >> b << c", "(<< (>> a b) c)"),
        ("a & b << c", "(& a (<< b c))"),
        ("a ^ b & c", "(^ a (& b c))"),
        ("a | b ^ c", "(| a (^ b c))"),
        ("a | b | c", "(| (| a b) c)"),
        ("a & b | c ^ d", "(| (& a b) (^ c d))"),
    ]);
}

#[test]
fn power_and_unary() {
    exprs(&[
        ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
        ("-2**2", "(- (** 2 2))"),
        ("2**-1", "(** 2 (- 1))"),
        ("-2**-2", "(- (** 2 (- 2)))"),
        ("~x ** 2", "(~ (** x 2))"),
        ("--x", "(- (- x))"),
        ("+-~x", "(+ (- (~ x)))"),
        ("-a * b", "(* (- a) b)"),
        ("a ** b * c", "(* (** a b) c)"),
        ("a.b ** c[d]", "(** (. a b) ([] c d))"),
        ("f(x) ** -g(y)", "(** (call f x) (- (call g y)))"),
        ("2 ** f(x).y", "(** 2 (. (call f x) y))"),
    ]);
}

#[test]
fn comparisons_and_boolean_operators() {
    exprs(&[
        ("a < b", "(cmp a < b)"),
        ("a < b <= c == d != e > f >= g", "(cmp a < b <= c == d != e > f >= g)"),
        ("a in b not in c", "(cmp a in b not-in c)"),
        ("a is b is not c", "(cmp a is b is-not c)"),
        ("a | b < c & d", "(cmp (| a b) < (& c d))"),
        ("not a < b", "(not (cmp a < b))"),
        ("not not a", "(not (not a))"),
        ("not a == b and c", "(and (not (cmp a == b)) c)"),
        ("a and b and c", "(and a b c)"),
        ("a or b or c", "(or a b c)"),
        ("a or b and c", "(or a (and b c))"),
        ("a and b or c and d", "(or (and a b) (and c d))"),
        ("(a or b) and c", "(and (or a b) c)"),
        ("not a or not b", "(or (not a) (not b))"),
        ("a < b and b < c", "(and (cmp a < b) (cmp b < c))"),
        ("x not in y", "(cmp x not-in y)"),
        ("x is not None", "(cmp x is-not None)"),
    ]);
}

#[test]
fn conditional_lambda_walrus_await() {
    exprs(&[
        ("a if b else c", "(if b a c)"),
        ("a if b else c if d else e", "(if b a (if d c e))"),
        ("(a if b else c) if d else e", "(if d (if b a c) e)"),
        ("a or b if c and d else e", "(if (and c d) (or a b) e)"),
        ("lambda: 0", "(lambda (params) 0)"),
        ("lambda x: x + 1", "(lambda (params x) (+ x 1))"),
        ("lambda x, y=1, *a, k, **kw: x", "(lambda (params x (= y 1) *a k **kw) x)"),
        ("lambda x, /, y, *, z: x", "(lambda (params x / y * z) x)"),
        ("lambda: a if b else c", "(lambda (params) (if b a c))"),
        ("lambda x: lambda y: x + y", "(lambda (params x) (lambda (params y) (+ x y)))"),
        ("a if b else lambda: c", "(if b a (lambda (params) c))"),
        ("(x := 1)", "(:= x 1)"),
        ("(x := a or b)", "(:= x (or a b))"),
        ("f(x := 1)", "(call f (:= x 1))"),
        ("[y := 1, y]", "(list (:= y 1) y)"),
    ]);
    stmts(&[
        ("if (n := len(a)) > 10: pass", "(if (cmp (:= n (call len a)) > 10) {pass})"),
        ("if n := 1: pass", "(if (:= n 1) {pass})"),
        ("while chunk := read(): pass", "(while (:= chunk (call read)) {pass})"),
        ("x = (y := 2)", "(= x (:= y 2))"),
        (
            "async def f():\n    await a\n    await a.b(c)\n    x = await f() + await g()\n    return -await x ** 2\n",
            "(async-def f (params) {(await a) (await (call (. a b) c)) (= x (+ (await (call f)) (await (call g)))) (return (- (** (await x) 2)))})",
        ),
    ]);
}

#[test]
fn primaries_chain_left_to_right() {
    exprs(&[
        ("a.b.c", "(. (. a b) c)"),
        ("a.b(c)[d].e", "(. ([] (call (. a b) c) d) e)"),
        ("f()()", "(call (call f))"),
        ("a[b][c]", "([] ([] a b) c)"),
        ("(a).b", "(. a b)"),
        ("'x'.join(y)", "(call (. \"x\" join) y)"),
        ("1 .real", "(. 1 real)"),
        ("1.0.real", "(. 1.0 real)"),
        ("[1][0]", "([] (list 1) 0)"),
        ("{}.get", "(. (dict) get)"),
    ]);
}

// ---------------------------------------------------------------- displays

#[test]
fn displays() {
    exprs(&[
        ("()", "(tuple)"),
        ("(1,)", "(tuple 1)"),
        ("(1)", "1"),
        ("1,", "(tuple 1)"),
        ("1, 2", "(tuple 1 2)"),
        ("(1, 2,)", "(tuple 1 2)"),
        ("[]", "(list)"),
        ("[1, 2,]", "(list 1 2)"),
        ("[*a, *b, c]", "(list (* a) (* b) c)"),
        ("{}", "(dict)"),
        ("{1: 2, 'a': b}", "(dict (1 2) (\"a\" b))"),
        ("{**a, 'b': 1, **c}", "(dict (** a) (\"b\" 1) (** c))"),
        ("{1}", "(set 1)"),
        ("{1, 2,}", "(set 1 2)"),
        ("{*a, 1}", "(set (* a) 1)"),
        ("(*a, b)", "(tuple (* a) b)"),
        ("*a, b", "(tuple (* a) b)"),
        ("...", "..."),
        ("[...]", "(list ...)"),
        ("None, True, False", "(tuple None True False)"),
        ("((a, b), [c, (d,)])", "(tuple (tuple a b) (list c (tuple d)))"),
    ]);
}

#[test]
fn comprehensions_of_all_kinds() {
    exprs(&[
        ("[x for x in y]", "(listcomp x (for x y))"),
        ("{x for x in y}", "(setcomp x (for x y))"),
        ("{k: v for k, v in d}", "(dictcomp k v (for (tuple k v) d))"),
        ("(x for x in y)", "(gencomp x (for x y))"),
        (
            "[x * y for x in a if x if x > 1 for y in b if y]",
            "(listcomp (* x y) (for x a (if x) (if (cmp x > 1))) (for y b (if y)))",
        ),
        ("[(a, b) for a, b in c]", "(listcomp (tuple a b) (for (tuple a b) c))"),
        ("[a for *a, b in c]", "(listcomp a (for (tuple (* a) b) c))"),
        ("[a for (a, b) in c]", "(listcomp a (for (tuple a b) c))"),
        ("[a for [a] in c]", "(listcomp a (for (list a) c))"),
        ("[x.y for x.y in z]", "(listcomp (. x y) (for (. x y) z))"),
        ("[x for x in a or b if c or d]", "(listcomp x (for x (or a b) (if (or c d))))"),
        ("[[y for y in x] for x in z]", "(listcomp (listcomp y (for y x)) (for x z))"),
        ("[x if x else y for x in z]", "(listcomp (if x x y) (for x z))"),
        ("[(y := x) for x in z]", "(listcomp (:= y x) (for x z))"),
        ("f(x for x in y)", "(call f (gencomp x (for x y)))"),
        ("f((x for x in y), z)", "(call f (gencomp x (for x y)) z)"),
    ]);
    stmts(&[(
        "async def f():\n    [x async for x in a]\n    {x: y async for x, y in a if x}\n    (x async for x in a for y in x)\n    {await x for x in a}\n    [x for x in await a]\n",
        "(async-def f (params) {(listcomp x (async-for x a)) (dictcomp x y (async-for (tuple x y) a (if x))) (gencomp x (async-for x a) (for y x)) (setcomp (await x) (for x a)) (listcomp x (for x (await a)))})",
    )]);
}

// ---------------------------------------------------------------- calls, subscripts

#[test]
fn call_arguments() {
    exprs(&[
        ("f()", "(call f)"),
        ("f(1, 2,)", "(call f 1 2)"),
        ("f(1, a=2)", "(call f 1 (kw a 2))"),
        ("f(*x)", "(call f (star x))"),
        ("f(**x)", "(call f (dstar x))"),
        ("f(1, *x, 2, *y, a=3, *z, b=4, **k, c=5, **m)", "(call f 1 (star x) 2 (star y) (kw a 3) (star z) (kw b 4) (dstar k) (kw c 5) (dstar m))"),
        ("f(a=1, *b)", "(call f (kw a 1) (star b))"),
        ("f(*a or b)", "(call f (star (or a b)))"),
        ("f(**a if b else c)", "(call f (dstar (if b a c)))"),
        ("f(a=lambda: 1)", "(call f (kw a (lambda (params) 1)))"),
        ("f(a=b == c)", "(call f (kw a (cmp b == c)))"),
        ("f(\n    1,\n    2,\n)", "(call f 1 2)"),
    ]);
}

#[test]
fn subscripts_and_slices() {
    exprs(&[
        ("a[1]", "([] a 1)"),
        ("a[1:2]", "([] a (slice 1 2 _))"),
        ("a[:]", "([] a (slice _ _ _))"),
        ("a[::]", "([] a (slice _ _ _))"),
        ("a[::2]", "([] a (slice _ _ 2))"),
        ("a[1:]", "([] a (slice 1 _ _))"),
        ("a[:2]", "([] a (slice _ 2 _))"),
        ("a[1:2:3]", "([] a (slice 1 2 3))"),
        ("a[-1:-2:-3]", "([] a (slice (- 1) (- 2) (- 3)))"),
        ("a[1:2, 3]", "([] a (tuple (slice 1 2 _) 3))"),
        ("a[1, 2]", "([] a (tuple 1 2))"),
        ("a[1,]", "([] a (tuple 1))"),
        ("a[:, ::2]", "([] a (tuple (slice _ _ _) (slice _ _ 2)))"),
        ("a[b:c, d]", "([] a (tuple (slice b c _) d))"),
        ("a[x := 1]", "([] a (:= x 1))"),
        ("a[*b, c]", "([] a (tuple (* b) c))"),
        ("a[f(x):g(y)]", "([] a (slice (call f x) (call g y) _))"),
        ("a[lambda: 1:]", "([] a (slice (lambda (params) 1) _ _))"),
    ]);
}

// ---------------------------------------------------------------- statements

#[test]
fn simple_statements() {
    stmts(&[
        ("x = 1", "(= x 1)"),
        ("a = b = c", "(= a b c)"),
        ("a, b = b, a", "(= (tuple a b) (tuple b a))"),
        ("a, *b = c", "(= (tuple a (* b)) c)"),
        ("[a, *b] = c", "(= (list a (* b)) c)"),
        ("(a, [b, *c]), d = e", "(= (tuple (tuple a (list b (* c))) d) e)"),
        ("a.b = c[d] = e[f:g] = 1", "(= (. a b) ([] c d) ([] e (slice f g _)) 1)"),
        ("x = *a, *b", "(= x (tuple (* a) (* b)))"),
        ("x = yield", "(= x (yield))"),
        ("x = yield y", "(= x (yield y))"),
        ("x = yield from y", "(= x (yield-from y))"),
        ("x = y = yield z", "(= x y (yield z))"),
        ("x += 1", "(+= x 1)"),
        ("x.y -= 1", "(-= (. x y) 1)"),
        ("x[0] *= 2", "(*= ([] x 0) 2)"),
        ("x /= 2; x //= 2; x %= 2; x **= 2; x @= m", "(/= x 2)\n(//= x 2)\n(%= x 2)\n(**= x 2)\n(@= x m)"),
        ("x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1", "(<<= x 1)\n(>>= x 1)\n(&= x 1)\n(|= x 1)\n(^= x 1)"),
        ("x += yield", "(+= x (yield))"),
        ("x += 1, 2", "(+= x (tuple 1 2))"),
        ("x: int", "(ann x int)"),
        ("x: int = 1", "(ann x int 1)"),
        ("x: 'List[int]' = []", "(ann x \"List[int]\" (list))"),
        ("(x): int = 1", "(ann x int 1 :not-simple)"),
        ("a.b: int", "(ann (. a b) int :not-simple)"),
        ("a[0]: int = 1", "(ann ([] a 0) int 1 :not-simple)"),
        ("x: int | None = None", "(ann x (| int None) None)"),
        ("x: list[int] = *a, b", "(ann x ([] list int) (tuple (* a) b))"),
        ("pass", "pass"),
        ("pass;", "pass"),
        ("a; b; c", "a\nb\nc"),
        ("del x", "(del x)"),
        ("del x, y.z, w[0]", "(del x (. y z) ([] w 0))"),
        ("del (x, y), [z]", "(del (tuple x y) (list z))"),
        ("del a[1:2]", "(del ([] a (slice 1 2 _)))"),
        ("assert x", "(assert x)"),
        ("assert x, 'message'", "(assert x \"message\")"),
        ("raise", "(raise)"),
        ("raise E", "(raise E)"),
        ("raise E('x') from cause", "(raise (call E \"x\") from cause)"),
        ("raise E from None", "(raise E from None)"),
        ("global a", "(global a)"),
        ("global a, b, c", "(global a b c)"),
        ("nonlocal a, b", "(nonlocal a b)"),
    ]);
}

#[test]
fn import_forms() {
    stmts(&[
        ("import a", "(import a)"),
        ("import a.b.c", "(import a.b.c)"),
        ("import a as b, c.d as e, f", "(import (as a b) (as c.d e) f)"),
        ("from a import b", "(from a (b))"),
        ("from a.b import c as d, e", "(from a.b ((as c d) e))"),
        ("from a import (b, c as d,)", "(from a (b (as c d)))"),
        ("from a import *", "(from a *)"),
        ("from . import a", "(from . (a))"),
        ("from .. import a", "(from .. (a))"),
        ("from .a import b", "(from .a (b))"),
        ("from ...a.b import c", "(from ...a.b (c))"),
        ("from .... import x", "(from .... (x))"),
        ("from . .a import b", "(from ..a (b))"),
        ("from .a import *", "(from .a *)"),
        ("from __future__ import annotations", "(from __future__ (annotations))"),
    ]);
    // The level counts every dot, whether written `...` or `. . .`.
    let m = module("from .....m import x\n");
    match &m.body[0].kind {
        StmtKind::ImportFrom { module, level, names, star } => {
            assert_eq!((module.as_deref(), *level, names.len(), *star), (Some("m"), 5, 1, false));
        }
        other => panic!("not an import: {other:?}"),
    }
}

#[test]
fn compound_statements() {
    stmts(&[
        ("if a: pass", "(if a {pass})"),
        ("if a:\n    b\nelse:\n    c\n", "(if a {b} {c})"),
        ("if a:\n    b\nelif c:\n    d\nelif e:\n    f\nelse:\n    g\n", "(if a {b} {(if c {d} {(if e {f} {g})})})"),
        ("if a: b; c\nelse: d", "(if a {b c} {d})"),
        ("while a:\n    b\n    break\nelse:\n    c\n", "(while a {b break} (else {c}))"),
        ("while 1: continue", "(while 1 {continue})"),
        ("for x in y:\n    pass\n", "(for x y {pass})"),
        ("for x, y in z: pass", "(for (tuple x y) z {pass})"),
        ("for x, in z: pass", "(for (tuple x) z {pass})"),
        ("for *a, b in c: pass", "(for (tuple (* a) b) c {pass})"),
        ("for [a, b] in c: pass", "(for (list a b) c {pass})"),
        ("for x.a in y: pass", "(for (. x a) y {pass})"),
        ("for x[0] in y: pass", "(for ([] x 0) y {pass})"),
        ("for x in 1, 2: pass", "(for x (tuple 1 2) {pass})"),
        ("for x in *a, *b: pass", "(for x (tuple (* a) (* b)) {pass})"),
        ("for x in y:\n    pass\nelse:\n    z\n", "(for x y {pass} (else {z}))"),
        ("with a: pass", "(with (a) {pass})"),
        ("with a as b: pass", "(with ((as a b)) {pass})"),
        ("with a as b, c, d as e: pass", "(with ((as a b) c (as d e)) {pass})"),
        ("with a as (b, c): pass", "(with ((as a (tuple b c))) {pass})"),
        ("with a as [b, *c]: pass", "(with ((as a (list b (* c)))) {pass})"),
        ("with a as b.c: pass", "(with ((as a (. b c))) {pass})"),
        ("with a as b[0]: pass", "(with ((as a ([] b 0))) {pass})"),
        ("with (a): pass", "(with (a) {pass})"),
        ("with (a, b) as c: pass", "(with ((as (tuple a b) c)) {pass})"),
        ("with f(x) if y else g(): pass", "(with ((if y (call f x) (call g))) {pass})"),
    ]);
}

#[test]
fn match_statements() {
    stmts(&[
        ("match x:\n    case 1:\n        pass\n", "(match x (case (== 1) {pass}))"),
        ("match x, y:\n    case _:\n        pass\n", "(match (tuple x y) (case _ {pass}))"),
        ("match x:\n    case a if a > 1:\n        pass\n", "(match x (case a if (cmp a > 1) {pass}))"),
        ("match x:\n    case -1 | None | 'a' 'b':\n        pass\n", "(match x (case (| (== -1) (is None) (== \"ab\")) {pass}))"),
        ("match x:\n    case [a, *rest] | (a, *rest):\n        pass\n", "(match x (case (| (seq a *rest) (seq a *rest)) {pass}))"),
        ("match x:\n    case a, *_:\n        pass\n", "(match x (case (seq a *_) {pass}))"),
        ("match x:\n    case {'k': v, **kw}:\n        pass\n", "(match x (case (map \"k\": v **kw) {pass}))"),
        ("match x:\n    case m.P(1, y=(2 as z)):\n        pass\n", "(match x (case (class (. m P) (== 1) y=(as (== 2) z)) {pass}))"),
        ("match x:\n    case Color.RED:\n        pass\n", "(match x (case (== (. Color RED)) {pass}))"),
        ("match = 1", "(= match 1)"),
        ("case(1)", "(call case 1)"),
        ("match[x]", "([] match x)"),
    ]);
}

#[test]
fn try_statements() {
    stmts(&[
        ("try:\n    a\nexcept:\n    b\n", "(try {a} (except {b}))"),
        ("try:\n    a\nfinally:\n    b\n", "(try {a} (finally {b}))"),
        (
            "try:\n    a\nexcept E:\n    b\nexcept (F, G) as e:\n    c\nexcept:\n    d\nelse:\n    f\nfinally:\n    g\n",
            "(try {a} (except E {b}) (except (tuple F G) as e {c}) (except {d}) (else {f}) (finally {g}))",
        ),
        ("try: a\nexcept E as e: b\nelse: c", "(try {a} (except E as e {b}) (else {c}))"),
        ("try: a\nexcept E.F: b\nfinally: c", "(try {a} (except (. E F) {b}) (finally {c}))"),
        ("try:\n    a\nexcept* E:\n    b\n", "(try* {a} (except E {b}))"),
        (
            "try:\n    a\nexcept *E as e:\n    b\nexcept* (F, G):\n    c\nelse:\n    d\nfinally:\n    f\n",
            "(try* {a} (except E as e {b}) (except (tuple F G) {c}) (else {d}) (finally {f}))",
        ),
        ("try:\n    a\nexcept E if x else F:\n    b\n", "(try {a} (except (if x E F) {b}))"),
    ]);
}

#[test]
fn function_definitions_and_parameters() {
    stmts(&[
        ("def f(): pass", "(def f (params) {pass})"),
        ("def f(a, b): return a", "(def f (params a b) {(return a)})"),
        ("def f(a, b=1, c=2): pass", "(def f (params a (= b 1) (= c 2)) {pass})"),
        ("def f(*args): pass", "(def f (params *args) {pass})"),
        ("def f(**kwargs): pass", "(def f (params **kwargs) {pass})"),
        ("def f(*, a): pass", "(def f (params * a) {pass})"),
        ("def f(*, a=1, b): pass", "(def f (params * (= a 1) b) {pass})"),
        ("def f(a, /): pass", "(def f (params a /) {pass})"),
        ("def f(a, /, b): pass", "(def f (params a / b) {pass})"),
        ("def f(a=1, /, b=2, *, c): pass", "(def f (params (= a 1) / (= b 2) * c) {pass})"),
        (
            "def f(a, b=1, /, c=2, *d, e, f=3, **g): pass",
            "(def f (params a (= b 1) / (= c 2) *d e (= f 3) **g) {pass})",
        ),
        ("def f(a, *, b, **c,): pass", "(def f (params a * b **c) {pass})"),
        ("def f(a,): pass", "(def f (params a) {pass})"),
        ("def f(a: int): pass", "(def f (params (: a int)) {pass})"),
        ("def f(a: int = 1) -> \"T\": pass", "(def f (params (= (: a int) 1)) -> \"T\" {pass})"),
        ("def f(*a: int, **k: str) -> None: pass", "(def f (params (: *a int) (: **k str)) -> None {pass})"),
        ("def f(a: int | None = None) -> list[int] | None: pass", "(def f (params (= (: a (| int None)) None)) -> (| ([] list int) None) {pass})"),
        ("def f(a=lambda: 1): pass", "(def f (params (= a (lambda (params) 1))) {pass})"),
        ("def f():\n    return\n", "(def f (params) {(return)})"),
        ("def f():\n    return 1, 2\n", "(def f (params) {(return (tuple 1 2))})"),
        ("def f():\n    return *a, b\n", "(def f (params) {(return (tuple (* a) b))})"),
        ("def f():\n    yield\n    yield 1\n    yield 1, 2\n    yield from g()\n", "(def f (params) {(yield) (yield 1) (yield (tuple 1 2)) (yield-from (call g))})"),
        ("def f():\n    x = [(yield)]\n", "(def f (params) {(= x (list (yield)))})"),
        ("def f():\n    print((yield x))\n", "(def f (params) {(call print (yield x))})"),
        ("async def f(): pass", "(async-def f (params) {pass})"),
        ("async def f(a, *b) -> int:\n    return await a\n", "(async-def f (params a *b) -> int {(return (await a))})"),
        (
            "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        global y\n        x = y\n    return inner\n",
            "(def outer (params) {(= x 1) (def inner (params) {(nonlocal x) (global y) (= x y)}) (return inner)})",
        ),
    ]);
}

#[test]
fn decorators() {
    stmts(&[
        ("@d\ndef f(): pass", "(def f (params) @d {pass})"),
        ("@a\n@b.c\n@d(1)\ndef f(): pass", "(def f (params) @a @(. b c) @(call d 1) {pass})"),
        ("@d\nasync def f(): pass", "(async-def f (params) @d {pass})"),
        ("@d\nclass C: pass", "(class C () @d {pass})"),
        ("@a[0].b(c)\nclass C: pass", "(class C () @(call (. ([] a 0) b) c) {pass})"),
        ("@x := y\ndef f(): pass", "(def f (params) @(:= x y) {pass})"),
        ("@(lambda f: f)\ndef f(): pass", "(def f (params) @(lambda (params f) f) {pass})"),
        (
            "class C:\n    @staticmethod\n    def s(): pass\n    @property\n    def p(self): return 1\n",
            "(class C () {(def s (params) @staticmethod {pass}) (def p (params self) @property {(return 1)})})",
        ),
    ]);
}

#[test]
fn class_definitions() {
    stmts(&[
        ("class C: pass", "(class C () {pass})"),
        ("class C(): pass", "(class C () {pass})"),
        ("class C(A): pass", "(class C (A) {pass})"),
        ("class C(A, B.C,): pass", "(class C (A (. B C)) {pass})"),
        ("class C(A, metaclass=M, x=1): pass", "(class C (A (kw metaclass M) (kw x 1)) {pass})"),
        ("class C(*bases, **kw): pass", "(class C ((star bases) (dstar kw)) {pass})"),
        (
            "class C(Base):\n    x = 1\n    def __init__(self, a):\n        super().__init__()\n        self.a = a\n",
            "(class C (Base) {(= x 1) (def __init__ (params self a) {(call (. (call super) __init__)) (= (. self a) a)})})",
        ),
    ]);
}

#[test]
fn async_statements() {
    stmts(&[
        (
            "async def f():\n    async for x in y:\n        pass\n    else:\n        z\n    async with a as b, c:\n        pass\n",
            "(async-def f (params) {(async-for x y {pass} (else {z})) (async-with ((as a b) c) {pass})})",
        ),
        ("async def f():\n    async for a, b in c: pass\n", "(async-def f (params) {(async-for (tuple a b) c {pass})})"),
        ("async def f():\n    async with a: pass\n", "(async-def f (params) {(async-with (a) {pass})})"),
    ]);
}

#[test]
fn soft_words_are_names() {
    // `match`, `case`, `type`, `_` and `print` are ordinary names.
    stmts(&[
        ("match = 1", "(= match 1)"),
        ("case = type = _ = 2", "(= case type _ 2)"),
        ("print(match, case)", "(call print match case)"),
        ("print", "print"),
    ]);
}

// ---------------------------------------------------------------- literals

#[test]
fn numbers() {
    exprs(&[
        ("0", "0"),
        ("00", "0"),
        ("0_0", "0"),
        ("42", "42"),
        ("1_000_000", "1000000"),
        ("0x1F", "31"),
        ("0XfF", "255"),
        ("0x_ff", "255"),
        ("0o17", "15"),
        ("0O7_7", "63"),
        ("0b1010", "10"),
        ("0B_1_0", "2"),
        ("123456789012345678901234567890", "123456789012345678901234567890"),
        ("0xffffffffffffffffffffffffffffffff", "340282366920938463463374607431768211455"),
        ("2**64", "(** 2 64)"),
        ("1.5", "1.5"),
        ("1.", "1.0"),
        (".5", "0.5"),
        ("1e10", "10000000000.0"),
        ("1E-3", "0.001"),
        ("1.5e+3", "1500.0"),
        ("1_0.0_1", "10.01"),
        ("1_0e1_0", "100000000000.0"),
        ("0.0", "0.0"),
        ("00.5", "0.5"),
        ("09.5", "9.5"),
        ("0e0", "0.0"),
        ("1e400", "inf"),
        ("1if x else 2", "(if x 1 2)"),
        // `0x1for` is `0x1f or`, as in CPython (which warns).
        ("[0x1for x in y]", "(list (or 31 (cmp x in y)))"),
        ("0b1and 1", "(and 1 1)"),
        ("1or 2", "(or 1 2)"),
    ]);
}

#[test]
fn string_literal_forms() {
    exprs(&[
        ("'a'", "\"a\""),
        ("\"a\"", "\"a\""),
        ("''", "\"\""),
        ("'''a\nb'''", "\"a\\nb\""),
        ("\"\"\"a \"quoted\" b\"\"\"", "\"a \\\"quoted\\\" b\""),
        ("'''it's'''", "\"it's\""),
        ("u'x'", "\"x\""),
        ("U'x'", "\"x\""),
        ("r'\\n'", "\"\\\\n\""),
        ("R'\\d+'", "\"\\\\d+\""),
        ("r'\\''", "\"\\\\'\""),
        ("r'''a\\\nb'''", "\"a\\\\\\nb\""),
        ("b'ab'", "b\"ab\""),
        ("B\"ab\"", "b\"ab\""),
        ("br'\\x00'", "b\"\\\\x00\""),
        ("Rb'\\n'", "b\"\\\\n\""),
        ("bR'a'", "b\"a\""),
        ("rB'a'", "b\"a\""),
        ("b'\\x00\\xff\\n\\t\\\\'", "b\"\\x00\\xff\\n\\t\\\\\""),
        ("b'\\101\\0'", "b\"A\\x00\""),
        ("b'''a\nb'''", "b\"a\\nb\""),
        ("'a' 'b'", "\"ab\""),
        ("'a' \"b\" '''c''' r'\\d'", "\"abc\\\\d\""),
        ("b'a' b'b' rb'c'", "b\"abc\""),
        ("('a'\n 'b')", "\"ab\""),
        ("'\\N{BULLET}'", "\"•\""),
        ("'\\N{LATIN SMALL LETTER E WITH ACUTE}'", "\"é\""),
        ("'\\x41\\u00e9\\U0001F600'", "\"Aé😀\""),
        ("'\\101\\0\\7\\777'", "\"A\\0\\u{7}ǿ\""),
        ("'\\a\\b\\f\\n\\r\\t\\v'", "\"\\u{7}\\u{8}\\u{c}\\n\\r\\t\\u{b}\""),
        ("'\\'\\\"\\\\'", "\"'\\\"\\\\\""),
        ("'a\\\nb'", "\"ab\""),
        ("'''a\\\nb'''", "\"ab\""),
        ("'\\d\\q'", "\"\\\\d\\\\q\""),
        ("'é😀'", "\"é😀\""),
        ("'#not a comment'", "\"#not a comment\""),
    ]);
}

#[test]
fn fstrings() {
    exprs(&[
        ("f'a'", "(f \"a\")"),
        ("f''", "(f)"),
        ("f'{x}'", "(f (fmt x))"),
        ("F'{x}'", "(f (fmt x))"),
        ("f'a{x}b{y}c'", "(f \"a\" (fmt x) \"b\" (fmt y) \"c\")"),
        ("f'{x!r}'", "(f (fmt x !r))"),
        ("f'{x!s}{y!a}'", "(f (fmt x !s) (fmt y !a))"),
        ("f'{x:>10}'", "(f (fmt x (spec \">10\")))"),
        ("f'{x!r:^{w}.{p}f}'", "(f (fmt x !r (spec \"^\" (fmt w) \".\" (fmt p) \"f\")))"),
        ("f'{x:{w}}'", "(f (fmt x (spec (fmt w))))"),
        ("f'{x:{w!r:>3}}'", "(f (fmt x (spec (fmt w !r (spec \">3\")))))"),
        ("f'{x=}'", "(f (fmt x !r (debug \"x=\")))"),
        ("f'{x = }'", "(f (fmt x !r (debug \"x = \")))"),
        ("f'{x=!s}'", "(f (fmt x !s (debug \"x=\")))"),
        ("f'{x=:>4}'", "(f (fmt x (spec \">4\") (debug \"x=\")))"),
        ("f'{a+b=}'", "(f (fmt (+ a b) !r (debug \"a+b=\")))"),
        ("f'{{}}'", "(f \"{}\")"),
        ("f'{{x}}'", "(f \"{x}\")"),
        ("f'{{{x}}}'", "(f \"{\" (fmt x) \"}\")"),
        ("f'{x == y}'", "(f (fmt (cmp x == y)))"),
        ("f'{x != y}'", "(f (fmt (cmp x != y)))"),
        ("f'{x <= y}{x >= y}'", "(f (fmt (cmp x <= y)) (fmt (cmp x >= y)))"),
        ("f'{d[\"k\"]}'", "(f (fmt ([] d \"k\")))"),
        ("f\"{d['k']}\"", "(f (fmt ([] d \"k\")))"),
        ("f'{ {1: 2}[1] }'", "(f (fmt ([] (dict (1 2)) 1)))"),
        ("f'{(lambda: 1)()}'", "(f (fmt (call (lambda (params) 1))))"),
        ("f'{a, b}'", "(f (fmt (tuple a b)))"),
        ("f'{x if y else z}'", "(f (fmt (if y x z)))"),
        ("f'{[i for i in x]}'", "(f (fmt (listcomp i (for i x))))"),
        ("f'{f(a=1)}'", "(f (fmt (call f (kw a 1))))"),
        ("f'{x:%H:%M}'", "(f (fmt x (spec \"%H:%M\")))"),
        ("f'{x:}'", "(f (fmt x (spec)))"),
        ("f'\\n{x}\\t'", "(f \"\\n\" (fmt x) \"\\t\")"),
        ("f'\\N{BULLET} {x}'", "(f \"• \" (fmt x))"),
        ("rf'\\n{x}'", "(f \"\\\\n\" (fmt x))"),
        ("fR'\\d{x}'", "(f \"\\\\d\" (fmt x))"),
        ("f'''{\nx\n}'''", "(f (fmt x))"),
        ("f'''a\n{x}\nb'''", "(f \"a\\n\" (fmt x) \"\\nb\")"),
        ("'a' f'{x}' 'b'", "(f \"a\" (fmt x) \"b\")"),
        ("f'{x}' f'{y}'", "(f (fmt x) (fmt y))"),
        ("'a' f'b'", "(f \"ab\")"),
        ("f'{f\"{x}\"}'", "(f (fmt (f (fmt x))))"),
        ("f'{x!r}' '{y}'", "(f (fmt x !r) \"{y}\")"),
    ]);
    stmts(&[("def g():\n    f'{(yield)}'\n", "(def g (params) {(f (fmt (yield)))})")]);
}

// ---------------------------------------------------------------- layout

#[test]
fn layout_newlines_indentation_comments() {
    // Without a final newline, with several, with only comments after.
    assert_eq!(p("x = 1"), "(= x 1)");
    assert_eq!(p("x = 1\n\n\n"), "(= x 1)");
    assert_eq!(p("if x:\n    y"), "(if x {y})");
    assert_eq!(p("if x:\n    y\n# trailing comment"), "(if x {y})");
    assert_eq!(p(""), "");
    assert_eq!(p("\n\n"), "");
    assert_eq!(p("# only a comment"), "");
    assert_eq!(p("   \n\t\n  # indented comment\n"), "");
    stmts(&[
        // Blank and comment lines at any indentation do not count.
        (
            "if a:\n\n    b\n# column 0\n        # deeper\n    c\n\n\nd\n",
            "(if a {b c})\nd",
        ),
        // Dedenting several levels at once.
        ("if a:\n    if b:\n        if c:\n            d\ne\n", "(if a {(if b {(if c {d})})})\ne"),
        // Dedenting several levels to an intermediate one.
        ("if a:\n  if b:\n      c\n  d\n", "(if a {(if b {c}) d})"),
        // Tabs: one tab is one indentation level, consistently.
        ("if a:\n\tb\n\tif c:\n\t\td\n", "(if a {b (if c {d})})"),
        // Tab after spaces, consistently.
        ("if a:\n  \tb\n  \tc\n", "(if a {b c})"),
        // Any indentation width is fine as long as it is consistent.
        ("if a:\n b\n", "(if a {b})"),
        ("if a:\n                b\n", "(if a {b})"),
        // Comments after code and after a colon.
        ("x = 1  # set x\nif x:  # test\n    pass  # nothing\n", "(= x 1)\n(if x {pass})"),
        // Backslash continuation.
        ("x = 1 + \\\n    2\n", "(= x (+ 1 2))"),
        ("if a and \\\n   b:\n    pass\n", "(if (and a b) {pass})"),
        ("x = \\\n\\\n1\n", "(= x 1)"),
        // Brackets span lines, whatever the indentation inside them.
        ("x = [\n1,\n        2,\n  3]\n", "(= x (list 1 2 3))"),
        ("f(a,\n# comment inside\n  b)\n", "(call f a b)"),
        ("d = {\n    'a': 1,  # one\n\n    'b': 2,\n}\n", "(= d (dict (\"a\" 1) (\"b\" 2)))"),
        ("def f(\n    a,\n    b=1,\n):\n    pass\n", "(def f (params a (= b 1)) {pass})"),
        ("if (a and\n        b):\n    pass\n", "(if (and a b) {pass})"),
        // Triple-quoted strings span lines without affecting indentation.
        ("def f():\n    '''doc\nstring'''\n    return 1\n", "(def f (params) {\"doc\\nstring\" (return 1)})"),
        // Form feed at the start of a line resets the column.
        ("\x0cx = 1\n", "(= x 1)"),
        // Semicolons.
        ("if a: b; c;\n", "(if a {b c})"),
    ]);
}

#[test]
fn crlf_and_cr_line_endings_are_normalised() {
    let decoded = syntax::decode("crlf.py", b"if a:\r\n    b = 1\r\n\r\n    c = 'x\\\r\ny'\r\nd = (1,\r\n 2)\r\n").unwrap();
    assert!(!decoded.contains('\r'));
    assert_eq!(p(&decoded), "(if a {(= b 1) (= c \"xy\")})\n(= d (tuple 1 2))");
    let decoded = syntax::decode("cr.py", b"x = 1\ry = 2\r").unwrap();
    assert_eq!(p(&decoded), "(= x 1)\n(= y 2)");
    // A byte order mark is dropped.
    let decoded = syntax::decode("bom.py", b"\xef\xbb\xbfx = 1\n").unwrap();
    assert_eq!(p(&decoded), "(= x 1)");
    // Triple-quoted strings keep `\n` for a CRLF inside them.
    let decoded = syntax::decode("t.py", b"s = '''a\r\nb'''\r\n").unwrap();
    assert_eq!(p(&decoded), "(= s \"a\\nb\")");
}

#[test]
fn non_ascii_identifiers() {
    stmts(&[("café = 1", "(= café 1)"), ("π = 3.14", "(= π 3.14)"), ("变量 = 名字", "(= 变量 名字)")]);
}

// ---------------------------------------------------------------- spans

/// Calls `f` on every expression of `e`, `e` first.
fn walk_expr<'a>(e: &'a Expr, f: &mut dyn FnMut(&'a Expr)) {
    f(e);
    let mut sub = |x: &'a Expr| walk_expr(x, f);
    match &e.kind {
        ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => items.iter().for_each(sub),
        ExprKind::Dict(items) => {
            for (k, v) in items {
                if let Some(k) = k {
                    sub(k);
                }
                sub(v);
            }
        }
        ExprKind::FString(parts) => walk_fstring(parts, &mut sub),
        ExprKind::Attribute { value, .. } => sub(value),
        ExprKind::Subscript { value, index } => {
            sub(value);
            sub(index);
        }
        ExprKind::Slice { lower, upper, step } => {
            for x in [lower, upper, step].into_iter().flatten() {
                sub(x);
            }
        }
        ExprKind::Call { func, args } => {
            sub(func);
            for a in args {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => sub(x),
                }
            }
        }
        ExprKind::Unary { operand, .. } => sub(operand),
        ExprKind::Binary { left, right, .. } => {
            sub(left);
            sub(right);
        }
        ExprKind::BoolOp { values, .. } => values.iter().for_each(sub),
        ExprKind::Compare { left, ops } => {
            sub(left);
            ops.iter().for_each(|(_, x)| sub(x));
        }
        ExprKind::IfExp { test, body, orelse } => {
            sub(body);
            sub(test);
            sub(orelse);
        }
        ExprKind::Lambda { params, body } => {
            for q in params.all() {
                q.default.iter().for_each(&mut sub);
            }
            sub(body);
        }
        ExprKind::Comp { element, value, generators, .. } => {
            sub(element);
            if let Some(v) = value {
                sub(v);
            }
            for g in generators {
                sub(&g.target);
                sub(&g.iter);
                g.ifs.iter().for_each(&mut sub);
            }
        }
        ExprKind::Await(x) | ExprKind::YieldFrom(x) | ExprKind::Starred(x) => sub(x),
        ExprKind::Yield(x) => x.iter().for_each(|x| sub(x)),
        ExprKind::NamedExpr { value, .. } => sub(value),
        _ => {}
    }
}

fn walk_fstring<'a>(parts: &'a [FStringPart], f: &mut dyn FnMut(&'a Expr)) {
    for part in parts {
        if let FStringPart::Field { value, spec, .. } = part {
            f(value);
            if let Some(spec) = spec {
                walk_fstring(spec, f);
            }
        }
    }
}

/// The direct sub-expressions and sub-statements of a statement.
fn stmt_children(s: &Stmt) -> (Vec<&Expr>, Vec<&Stmt>) {
    let mut es: Vec<&Expr> = Vec::new();
    let mut ss: Vec<&Stmt> = Vec::new();
    match &s.kind {
        StmtKind::Expr(e) => es.push(e),
        StmtKind::Assign { targets, value } => {
            es.extend(targets);
            es.push(value);
        }
        StmtKind::AugAssign { target, value, .. } => es.extend([target, value]),
        StmtKind::AnnAssign { target, annotation, value, .. } => {
            es.extend([target, annotation]);
            es.extend(value);
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            es.push(test);
            ss.extend(body);
            ss.extend(orelse);
        }
        StmtKind::For { target, iter, body, orelse, .. } => {
            es.extend([target, iter]);
            ss.extend(body);
            ss.extend(orelse);
        }
        StmtKind::Return(v) => es.extend(v),
        StmtKind::FunctionDef(f) => {
            for q in f.params.all() {
                es.extend(&q.annotation);
                es.extend(&q.default);
            }
            es.extend(&f.returns);
            ss.extend(&f.body);
        }
        StmtKind::ClassDef(c) => {
            for a in &c.bases {
                match a {
                    Arg::Positional(x) | Arg::Star(x) | Arg::Keyword(_, x) | Arg::DoubleStar(x) => es.push(x),
                }
            }
            ss.extend(&c.body);
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            ss.extend(body);
            for h in handlers {
                es.extend(&h.typ);
                ss.extend(&h.body);
            }
            ss.extend(orelse);
            ss.extend(finalbody);
        }
        StmtKind::Raise { exc, cause } => {
            es.extend(exc);
            es.extend(cause);
        }
        StmtKind::With { items, body, .. } => {
            for i in items {
                es.push(&i.context);
                es.extend(&i.target);
            }
            ss.extend(body);
        }
        StmtKind::Assert { test, msg } => {
            es.push(test);
            es.extend(msg);
        }
        StmtKind::Delete(targets) => es.extend(targets),
        _ => {}
    }
    (es, ss)
}

/// Checks, over a whole module, that every span lies within the source and
/// within its parent's span, and that names, attributes, numbers and
/// parenthesis-free constants cover exactly their text.
fn check_spans(src: &str) {
    fn check_expr(src: &str, e: &Expr, parent: Span) {
        walk_expr(e, &mut |x| {
            let (lo, hi) = (x.span.start as usize, x.span.end as usize);
            assert!(lo < hi && hi <= src.len(), "{src:?}: span {lo}..{hi} of {:?}", x.kind);
            assert!(
                parent.start <= x.span.start && x.span.end <= parent.end,
                "{src:?}: {:?} at {lo}..{hi} lies outside its statement {parent:?}",
                x.kind
            );
            let t = &src[lo..hi];
            match &x.kind {
                ExprKind::Name(n) => assert_eq!(t, n, "{src:?}: the span of a name covers its text"),
                ExprKind::True => assert_eq!(t, "True"),
                ExprKind::False => assert_eq!(t, "False"),
                ExprKind::None => assert_eq!(t, "None"),
                ExprKind::Ellipsis => assert_eq!(t, "..."),
                ExprKind::Attribute { value, attr } => {
                    assert_eq!(&src[attr.span.range()], attr.name);
                    assert!(value.span.start == x.span.start && attr.span.end == x.span.end, "{src:?}: {t:?}");
                }
                ExprKind::Call { func, .. } | ExprKind::Subscript { value: func, .. } => {
                    assert_eq!(func.span.start, x.span.start, "{src:?}: {t:?}");
                    assert!(t.ends_with(')') || t.ends_with(']'), "{src:?}: {t:?}");
                }
                ExprKind::Binary { left, right, .. } => {
                    assert!(left.span.start >= x.span.start && right.span.end <= x.span.end, "{src:?}: {t:?}");
                }
                ExprKind::NamedExpr { target, .. } => assert_eq!(&src[target.span.range()], target.name),
                _ => {}
            }
        });
    }
    fn check_stmt(src: &str, s: &Stmt, parent: Span) {
        assert!(s.span.start < s.span.end && s.span.end as usize <= src.len(), "{src:?}: statement span {:?}", s.span);
        assert!(parent.start <= s.span.start && s.span.end <= parent.end, "{src:?}: statement {:?} outside {parent:?}", s.span);
        let (es, ss) = stmt_children(s);
        for e in es {
            check_expr(src, e, s.span);
        }
        for child in ss {
            check_stmt(src, child, s.span);
        }
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                assert_eq!(&src[f.name.span.range()], f.name.name);
                for q in f.params.all() {
                    assert_eq!(&src[q.name.span.range()], q.name.name, "{src:?}: parameter span");
                }
                for d in &f.decorators {
                    check_expr(src, d, s.span);
                }
            }
            StmtKind::ClassDef(c) => {
                assert_eq!(&src[c.name.span.range()], c.name.name);
                for d in &c.decorators {
                    check_expr(src, d, s.span);
                }
            }
            StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
                for n in names {
                    assert_eq!(&src[n.span.range()], n.name);
                }
            }
            StmtKind::Try { handlers, .. } => {
                for h in handlers {
                    assert!(src[h.span.range()].starts_with("except"), "{src:?}: handler span");
                    if let Some(n) = &h.name {
                        assert_eq!(&src[n.span.range()], n.name);
                    }
                }
            }
            _ => {}
        }
    }
    let m = module(src);
    let whole = Span::new(0, src.len());
    for s in &m.body {
        check_stmt(src, s, whole);
    }
}

#[test]
fn name_spans_cover_their_text() {
    let src = "x = foo + bar\n";
    let m = module(src);
    let StmtKind::Assign { targets, value } = &m.body[0].kind else { panic!() };
    assert_eq!(text(src, targets[0].span), "x");
    assert_eq!(text(src, value.span), "foo + bar");
    let ExprKind::Binary { left, right, .. } = &value.kind else { panic!() };
    assert_eq!((left.span.start, left.span.end), (4, 7));
    assert_eq!(text(src, left.span), "foo");
    assert_eq!(text(src, right.span), "bar");
    assert_eq!(text(src, m.body[0].span), "x = foo + bar");
}

#[test]
fn expression_spans() {
    let cases: &[(&str, &str)] = &[
        ("f(a, b=1)", "f(a, b=1)"),
        ("a.b.c", "a.b.c"),
        ("x[1:2]", "x[1:2]"),
        ("-x ** 2", "-x ** 2"),
        ("not a", "not a"),
        ("a if b else c", "a if b else c"),
        ("lambda x: x", "lambda x: x"),
        ("[x for x in y]", "[x for x in y]"),
        ("(x for x in y)", "(x for x in y)"),
        ("{1: 2}", "{1: 2}"),
        ("(1, 2)", "(1, 2)"),
        ("1, 2", "1, 2"),
        ("'a' 'b'", "'a' 'b'"),
        ("f'{x}' 'y'", "f'{x}' 'y'"),
        ("b'x'", "b'x'"),
        ("a < b < c", "a < b < c"),
        ("a and b or c", "a and b or c"),
        ("(x := 1)", "x := 1"),
        ("123_456", "123_456"),
        ("0xff", "0xff"),
        ("1.5e3", "1.5e3"),
        ("...", "..."),
        ("(a)", "a"),
        ("( a + b )", "a + b"),
    ];
    for (src, want) in cases {
        let x = expr_node(src);
        assert_eq!(text(src, x.span), *want, "span of {src:?}");
    }
    // Sub-expressions: the argument, the operand of a unary operator, a slice.
    let src = "f(a, -b)[1:2]";
    let x = expr_node(src);
    let ExprKind::Subscript { value, index } = &x.kind else { panic!() };
    assert_eq!(text(src, value.span), "f(a, -b)");
    assert_eq!(text(src, index.span), "1:2");
    let ExprKind::Call { args, .. } = &value.kind else { panic!() };
    let Arg::Positional(neg) = &args[1] else { panic!() };
    assert_eq!(text(src, neg.span), "-b");
    // Field expressions of an f-string sit where they are written.
    let src = "f'ab{ xy }c{z!r:{w}}'";
    let x = expr_node(src);
    let ExprKind::FString(parts) = &x.kind else { panic!() };
    let mut names = Vec::new();
    walk_fstring(parts, &mut |e| names.push(text(src, e.span).to_string()));
    assert_eq!(names, ["xy", "z", "w"]);
    // ... also in the second line of a triple-quoted one, and after a
    // multi-byte character.
    let src = "x = 1\ns = f'''é\n  {value}'''\n";
    let m = module(src);
    let StmtKind::Assign { value, .. } = &m.body[1].kind else { panic!() };
    let ExprKind::FString(parts) = &value.kind else { panic!() };
    let FStringPart::Field { value, .. } = &parts[1] else { panic!("{parts:?}") };
    assert_eq!(text(src, value.span), "value");
}

#[test]
fn statement_spans() {
    let src = "import os\n\n@dec\ndef f(a, b=2):\n    return a\n\nclass C(B):\n    x = 1\n\nasync def g():\n    pass\nif a:\n    pass\nelif b:\n    pass\n";
    let m = module(src);
    let spans: Vec<&str> = m.body.iter().map(|s| text(src, s.span)).collect();
    assert_eq!(spans[0], "import os");
    assert!(spans[1].starts_with("@dec\ndef f(a, b=2):") && spans[1].trim_end().ends_with("return a"), "{:?}", spans[1]);
    assert!(spans[2].starts_with("class C(B):") && spans[2].trim_end().ends_with("x = 1"), "{:?}", spans[2]);
    assert!(spans[3].starts_with("async def g():"), "{:?}", spans[3]);
    assert!(spans[4].starts_with("if a:") && spans[4].trim_end().ends_with("pass"), "{:?}", spans[4]);
    let StmtKind::If { orelse, .. } = &m.body[4].kind else { panic!() };
    assert!(text(src, orelse[0].span).starts_with("elif b:"), "{:?}", text(src, orelse[0].span));
    let StmtKind::FunctionDef(f) = &m.body[1].kind else { panic!() };
    assert_eq!(text(src, f.name.span), "f");
    let names: Vec<&str> = f.params.all().map(|q| text(src, q.name.span)).collect();
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn spans_nest_in_a_larger_program() {
    check_spans(PROGRAM);
    for case in SPAN_CASES {
        check_spans(case);
    }
}

const SPAN_CASES: &[&str] = &[
    "x = foo(a, *b, c=d, **e)[1:2, ::3].attr\n",
    "y = [i * 2 for i in range(10) if i % 2 if i]\n",
    "z = {k: v for k, v in items}\n",
    "w = f'{a!r:>{width}} and {b=}'\n",
    "del a.b, c[0]\n",
    "a, *b = c\n",
    "assert x, 'msg'\n",
    "with a as b, c as (d, e):\n    pass\n",
    "try:\n    pass\nexcept (A, B) as e:\n    pass\n",
    "lambda_ = lambda a, b=1, *c, d, **e: a + b\n",
    "v = not a < b <= c and d or e if f else g\n",
    "u = -x ** -y\n",
    "t = (yield)\n",
];

/// A program using most of the language, parsed as a whole.
const PROGRAM: &str = r#"
"""Module docstring."""
from __future__ import annotations

import asyncio
import os.path as osp
from collections import (
    OrderedDict,
    defaultdict as dd,
)
from . import sibling
from ..pkg.mod import *

CONSTANT: int = 0x_FF + 0o7 + 0b1 + 1_000
ratio = 1.5e-3 * .5 / 2.
text = 'a' "b" '''c''' r"\d" u'e'
raw_bytes = b'\x00' rb'\n'
message = f"{CONSTANT!r:>{10}} {ratio=} {{literal}}"


@decorator
@decorator.with_args(1, key="v")
class Widget(Base, metaclass=Meta):
    """A widget."""

    count = 0

    def __init__(self, name: str, /, size: int = 1, *args, flag: bool = False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.name = name
        self.size, self.flag = size, flag
        Widget.count += 1

    @property
    def area(self) -> int:
        return self.size ** 2

    @staticmethod
    def make(*items):
        return [Widget(str(i)) for i in items if i is not None]


def generator(n):
    total = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        elif i > 10:
            break
        else:
            total += yield i
    else:
        pass
    x = yield from other()
    return total


async def main(urls: list[str]) -> dict[str, int] | None:
    results = {}
    async with session() as s, lock:
        async for chunk in s.stream():
            results[chunk.key] = await chunk.read()
    tasks = [asyncio.create_task(fetch(u)) for u in urls]
    done = await asyncio.gather(*tasks, return_exceptions=True)
    data = [x async for x in aiter() if await check(x)]
    try:
        await asyncio.sleep(0)
    except* ValueError as eg:
        log(eg)
    except* (TypeError, KeyError):
        pass
    return results if done else None


def closure():
    counter = 0
    def inc(step=1):
        nonlocal counter
        counter += step
        return counter
    global GLOBAL_THING
    GLOBAL_THING = inc
    return inc


try:
    value = int(os.environ["X"])
except (KeyError, ValueError) as error:
    value = -1
    raise RuntimeError("bad") from error
except Exception:
    raise
else:
    del value
finally:
    assert True, "always"

while (line := read()) is not None and not done:
    matrix[i][j] = matrix[j][i] = line[::-1]
    a, *rest = b, c = line.split(), None
    print(*rest, sep="", end="\n")

squares = {n: n ** 2 for n in range(10)}
evens = {n for n in range(10) if not n & 1}
lazy = (n for n in range(10))
pairs = [(a, b) for a in range(3) for b in range(a)]
choice = a if b else c if d else e
fn = lambda x, *y, z=1, **w: (x, y, z, w)
shifted = (1 << 10) >> 2 | 3 & 4 ^ 5
comparison = 1 < 2 <= 3 != 4 == 4 > 0 >= 0 in [0] not in [] is not None
with open("f") as fh, open("g") as (gh):
    pass
if __name__ == "__main__":
    asyncio.run(main([]))
"#;

#[test]
fn a_whole_program_parses() {
    let m = module(PROGRAM);
    assert_eq!(m.body.len(), 28, "{}", p(PROGRAM));
    // The same program with CRLF line endings parses to the same tree.
    let crlf = syntax::decode("p.py", PROGRAM.replace('\n', "\r\n").as_bytes()).unwrap();
    assert_eq!(p(&crlf), p(PROGRAM));
    // ... and with tabs for indentation.
    let tabs: String = PROGRAM
        .lines()
        .map(|l| {
            let n = l.len() - l.trim_start_matches(' ').len();
            format!("{}{}\n", "\t".repeat(n / 4), &l[n - n % 4..])
        })
        .collect();
    assert_eq!(p(&tabs), p(PROGRAM));
}

/// Context rules that look like errors but are not: the resolve pass must
/// accept all of these, as CPython does.
#[test]
fn valid_context_rules_pass_resolve() {
    let src = r#""""Docstring first."""
from __future__ import annotations
def sync():
    g = (x async for x in y)
    h = (await x for x in y)
    return g, h
f = lambda: (yield)
for i in range(3):
    try:
        pass
    finally:
        continue
while True:
    try:
        break
    finally:
        pass
global G
G = 1
def outer():
    v = 1
    def inner():
        nonlocal v
        v += 1
        def deeper():
            nonlocal v
            return v
        return deeper
    return inner
async def agen():
    yield 1
    return
async def coro():
    return [await x for x in y] + [x async for x in z]
async def nested():
    return [[y async for y in x] for x in z]
class C:
    def m(self):
        return __class__
    x = [i for i in range(3)]
def gen():
    x = yield
    y = [(lambda: (yield)) for _ in []]
    return x
async def wrapper():
    async def inner():
        await x
    async with a as b:
        async for c in d:
            await e
def with_walrus():
    if any((n := x) > 1 for x in y):
        return n
try:
    pass
except* ValueError:
    pass
def except_star_ok():
    for i in []:
        try:
            pass
        except* ValueError:
            def f():
                return 1
            for j in []:
                break
"#;
    let m = module(src);
    if let Err(e) = coro::compile::resolve::resolve(&m) {
        panic!("{}", e.render("valid.py", src));
    }
}
