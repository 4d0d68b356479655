//! The grammar's semantic actions that do more than build a node: they check
//! what the grammar accepts by shape but Python rejects (assignment targets,
//! parameter order, call arguments, starred expressions, string mixing) and
//! report it with CPython's message.

use lalrpop_util::ParseError;

use super::ast::*;
use super::diagnostic::SyntaxError;
use super::fstring;
use super::token::{StrLit, Tok};

/// What a fallible action returns to lalrpop.
pub type PResult<T> = Result<T, ParseError<usize, Tok, SyntaxError>>;

fn fail<T>(message: impl Into<String>, span: Span) -> PResult<T> {
    Err(ParseError::User { error: SyntaxError::new(message, span) })
}

// Every value the grammar produces lives in lalrpop's symbol stack, whose
// entries are as large as the largest type and are moved at each shift and
// reduce; so grammar values are kept no larger than an `Expr`, and bigger
// ones are boxed.

/// One entry of a parameter list, before the order is checked.
pub enum ParamItem {
    Plain(Box<Param>),
    /// `*name` or a bare `*` (whose span is kept for messages).
    Star(Option<Box<Param>>, Span),
    DoubleStar(Box<Param>),
    Slash(Span),
}

/// One call argument, before the order is checked. Only `Positional` holds
/// its expression inline: it is the common case, and one unboxed `Expr`
/// variant keeps the enum as small as an `Expr`.
pub enum ArgItem {
    Positional(Expr),
    /// An unparenthesised generator expression: `f(x for x in y)`.
    Generator(Box<Expr>),
    Keyword(Box<(Ident, Expr)>),
    Star(Box<Expr>, Span),
    DoubleStar(Box<Expr>, Span),
}

/// How CPython names an expression in messages (`_PyPegen_get_expr_name`).
pub fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        _ if is_debug(e) => "__debug__",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::Binary { .. } | ExprKind::Unary { .. } => "expression",
        ExprKind::Comp { kind: CompKind::Generator, .. } => "generator expression",
        ExprKind::Comp { kind: CompKind::List, .. } => "list comprehension",
        ExprKind::Comp { kind: CompKind::Set, .. } => "set comprehension",
        ExprKind::Comp { kind: CompKind::Dict, .. } => "dict comprehension",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::None => "None",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bytes(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// True for the name `__debug__`, a constant no code may rebind.
fn is_debug(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Name(n) if n == "__debug__")
}

/// The first sub-expression of `e` that cannot be assigned to (or deleted).
fn invalid_target(e: &Expr, allow_star: bool) -> Option<&Expr> {
    match &e.kind {
        // `__debug__` is a constant (CPython refuses it at compile time).
        _ if is_debug(e) => Some(e),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if allow_star => invalid_target(inner, allow_star),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(|i| invalid_target(i, allow_star)),
        _ => Some(e),
    }
}

/// Checks an assignment target (`for`, `with ... as`, comprehensions, `=`),
/// including CPython's compile-time rules for starred targets.
fn check_store(e: &Expr) -> PResult<()> {
    if let Some(bad) = invalid_target(e, true) {
        return fail(format!("cannot assign to {}", describe(bad)), bad.span);
    }
    check_stars(e, true)
}

fn check_stars(e: &Expr, top: bool) -> PResult<()> {
    match &e.kind {
        ExprKind::Starred(inner) if top => {
            let _ = inner;
            fail("starred assignment target must be in a list or tuple", e.span)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars: Vec<_> = items.iter().filter(|i| matches!(i.kind, ExprKind::Starred(_))).collect();
            if stars.len() > 1 {
                return fail("multiple starred expressions in assignment", stars[1].span);
            }
            for item in items {
                match &item.kind {
                    ExprKind::Starred(inner) => check_stars(inner, true)?,
                    _ => check_stars(item, false)?,
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Rejects a starred expression standing where a single value is needed.
fn check_value(e: &Expr) -> PResult<()> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail("can't use starred expression here", e.span);
    }
    Ok(())
}

pub fn expr_stmt(e: Expr, span: Span) -> PResult<Stmt> {
    check_value(&e)?;
    Ok(Stmt { kind: StmtKind::Expr(e), span })
}

pub fn field_value(e: Expr) -> PResult<Expr> {
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail("f-string: cannot use starred expression here", e.span);
    }
    Ok(e)
}

pub fn return_stmt(value: Option<Expr>) -> PResult<StmtKind> {
    if let Some(v) = &value {
        check_value(v)?;
    }
    Ok(StmtKind::Return(value))
}

/// True when `e` is a tuple written without parentheses (`a, b`).
fn bare_tuple(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Tuple(items) => items.first().is_some_and(|first| first.span.start == e.span.start),
        _ => false,
    }
}

pub fn assign(targets: Vec<Expr>, value: Expr, span: Span) -> PResult<Stmt> {
    for (i, target) in targets.iter().enumerate() {
        if let Some(bad) = invalid_target(target, true) {
            if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) && i == 0 && std::ptr::eq(bad, target) {
                if targets.len() > 1 {
                    return fail("assignment to yield expression not possible", bad.span);
                }
            }
            // CPython reads `f() = 1` (and `a, f() = 1`) as a mistyped
            // comparison when only one `=` is written.
            let direct = std::ptr::eq(bad, target)
                || (bare_tuple(target)
                    && matches!(&target.kind, ExprKind::Tuple(items) if items.iter().any(|i| std::ptr::eq(i, bad))));
            let constant = matches!(bad.kind, ExprKind::None | ExprKind::True | ExprKind::False) || is_debug(bad);
            // The hint is for operands of `|` and tighter (CPython's
            // `bitwise_or`), not for `and`, `not`, comparisons, `if`, lambdas.
            let loose = matches!(
                bad.kind,
                ExprKind::BoolOp { .. } | ExprKind::Compare { .. } | ExprKind::IfExp { .. } | ExprKind::Lambda { .. } | ExprKind::Unary { op: UnaryOp::Not, .. }
            );
            if i == 0 && targets.len() == 1 && direct && !constant && !loose {
                return fail(
                    format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", describe(bad)),
                    bad.span,
                );
            }
            return fail(format!("cannot assign to {}", describe(bad)), bad.span);
        }
        check_stars(target, true)?;
    }
    check_value(&value)?;
    Ok(Stmt { kind: StmtKind::Assign { targets, value }, span })
}

pub fn aug_assign(target: Expr, op: BinOp, value: Expr, span: Span) -> PResult<Stmt> {
    if is_debug(&target) {
        return fail("cannot assign to __debug__", target.span);
    }
    if !matches!(target.kind, ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
        return fail(format!("'{}' is an illegal expression for augmented assignment", describe(&target)), target.span);
    }
    check_value(&value)?;
    Ok(Stmt { kind: StmtKind::AugAssign { target, op, value }, span })
}

pub fn ann_assign(target: Expr, annotation: Expr, value: Option<Expr>, span: Span) -> PResult<Stmt> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => return fail("only single target (not tuple) can be annotated", target.span),
        ExprKind::List(_) => return fail("only single target (not list) can be annotated", target.span),
        _ => return fail("illegal target for annotation", target.span),
    }
    if let Some(v) = &value {
        check_value(v)?;
    }
    // `(x): int` is not "simple": the parenthesised name is not recorded.
    let simple = matches!(target.kind, ExprKind::Name(_)) && target.span.start == span.start;
    Ok(Stmt { kind: StmtKind::AnnAssign { target, annotation, value, simple }, span })
}

pub fn delete(targets: Expr) -> PResult<StmtKind> {
    let targets = match targets.kind {
        ExprKind::Tuple(items) if items.first().is_some_and(|f| f.span.start == targets.span.start) => items,
        _ => vec![targets],
    };
    for t in &targets {
        if let Some(bad) = invalid_target(t, false) {
            return fail(format!("cannot delete {}", describe(bad)), bad.span);
        }
    }
    Ok(StmtKind::Delete(targets))
}

pub fn import_from(level: u32, module: Option<String>, names: Option<Vec<Alias>>) -> PResult<StmtKind> {
    let star = names.is_none();
    Ok(StmtKind::ImportFrom { module, level, names: names.unwrap_or_default(), star })
}

pub fn make_async(mut stmt: Box<Stmt>, lo: usize) -> Box<Stmt> {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.is_async = true,
        StmtKind::For { is_async, .. } | StmtKind::With { is_async, .. } => *is_async = true,
        _ => unreachable!("the grammar only puts `async` before def, for and with"),
    }
    stmt.span.start = lo as u32;
    stmt
}

pub fn decorate(decorators: Vec<Expr>, mut stmt: Box<Stmt>, lo: usize) -> Box<Stmt> {
    match &mut stmt.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => unreachable!("the grammar only decorates def and class"),
    }
    stmt.span.start = lo as u32;
    stmt
}

pub fn if_chain(
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<Box<(usize, Expr, Vec<Stmt>)>>,
    orelse: Vec<Stmt>,
    span: Span,
) -> Box<Stmt> {
    let mut orelse = orelse;
    for elif in elifs.into_iter().rev() {
        let (lo, test, body) = *elif;
        let span = Span::new(lo, span.end as usize);
        orelse = vec![Stmt { kind: StmtKind::If { test, body, orelse }, span }];
    }
    Box::new(Stmt { kind: StmtKind::If { test, body, orelse }, span })
}

pub fn for_stmt(target: Expr, iter: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>, span: Span) -> PResult<Stmt> {
    check_store(&target)?;
    check_value(&iter)?;
    Ok(Stmt { kind: StmtKind::For { is_async: false, target, iter, body, orelse }, span })
}

pub fn try_stmt(
    body: Vec<Stmt>,
    handlers: Vec<Box<(ExceptHandler, bool)>>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
    span: Span,
) -> PResult<Stmt> {
    let is_star = handlers[0].1;
    for (i, (handler, star)) in handlers.iter().map(|h| &**h).enumerate() {
        if *star != is_star {
            return fail("cannot have both 'except' and 'except*' on the same 'try'", handler.span);
        }
        if *star && handler.typ.is_none() {
            return fail("expected one or more exception types", handler.span);
        }
        if handler.typ.is_none() && i + 1 < handlers.len() {
            return fail("default 'except:' must be last", handler.span);
        }
    }
    let handlers = handlers.into_iter().map(|h| h.0).collect();
    Ok(Stmt { kind: StmtKind::Try { body, handlers, orelse, finalbody, is_star }, span })
}

pub fn with_stmt(items: Vec<Box<(Expr, Option<Expr>)>>, body: Vec<Stmt>, span: Span) -> PResult<Stmt> {
    for item in &items {
        if let Some(t) = &item.1 {
            check_store(t)?;
        }
    }
    let items = items
        .into_iter()
        .map(|item| {
            let (context, target) = *item;
            WithItem { context, target }
        })
        .collect();
    Ok(Stmt { kind: StmtKind::With { is_async: false, items, body }, span })
}

/// Sorts a parameter list into its kinds, with CPython's ordering errors.
fn params(items: Vec<ParamItem>, span: Span) -> PResult<Params> {
    let mut p = Params::default();
    let mut seen_star = false;
    let mut bare_star: Option<Span> = None;
    let mut seen_default = false;
    let mut names: Vec<String> = Vec::new();
    let n = items.len();
    for (i, item) in items.into_iter().enumerate() {
        if p.kwarg.is_some() {
            return fail("arguments cannot follow var-keyword argument", span);
        }
        match item {
            ParamItem::Plain(param) => {
                names.push(param.name.name.clone());
                if seen_star {
                    p.kwonly.push(*param);
                    bare_star = None;
                } else {
                    if param.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return fail("non-default argument follows default argument", param.name.span);
                    }
                    p.args.push(*param);
                }
            }
            ParamItem::Star(param, star_span) => {
                if seen_star {
                    return fail("* argument may appear only once", star_span);
                }
                seen_star = true;
                match param {
                    Some(param) => {
                        names.push(param.name.name.clone());
                        p.vararg = Some(*param);
                    }
                    None => {
                        if i + 1 == n {
                            return fail("named arguments must follow bare *", star_span);
                        }
                        bare_star = Some(star_span);
                    }
                }
            }
            ParamItem::DoubleStar(param) => {
                if let Some(star_span) = bare_star {
                    return fail("named arguments must follow bare *", star_span);
                }
                names.push(param.name.name.clone());
                p.kwarg = Some(*param);
            }
            ParamItem::Slash(slash_span) => {
                if seen_star {
                    return fail("/ must be ahead of *", slash_span);
                }
                if !p.posonly.is_empty() {
                    return fail("/ may appear only once", slash_span);
                }
                if p.args.is_empty() {
                    return fail("invalid syntax", slash_span);
                }
                p.posonly = std::mem::take(&mut p.args);
            }
        }
    }
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            let span = p.all().find(|q| &q.name.name == name).map_or(span, |q| q.name.span);
            return fail(format!("duplicate argument '{name}' in function definition"), span);
        }
    }
    Ok(p)
}

pub fn function_def(
    name: Ident,
    items: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
    span: Span,
) -> PResult<Stmt> {
    let params = params(items, span)?;
    let def = FunctionDef { name, mangled: None, is_async: false, params, body, decorators: vec![], returns };
    Ok(Stmt { kind: StmtKind::FunctionDef(Box::new(def)), span })
}

pub fn lambda(items: Vec<ParamItem>, body: Expr, span: Span) -> PResult<Expr> {
    let params = params(items, span)?;
    Ok(Expr::new(ExprKind::Lambda { params: Box::new(params), body: Box::new(body) }, span))
}

pub fn class_def(name: Ident, bases: Vec<ArgItem>, body: Vec<Stmt>, span: Span) -> PResult<Stmt> {
    let bases = arguments(bases)?;
    let def = ClassDef { name, mangled: None, bases, body, decorators: vec![] };
    Ok(Stmt { kind: StmtKind::ClassDef(Box::new(def)), span })
}

pub fn tuple_or_single((mut items, comma): (Vec<Expr>, bool), span: Span) -> Expr {
    if comma {
        Expr::new(ExprKind::Tuple(items), span)
    } else {
        items.pop().expect("Items has at least one element")
    }
}

/// The index of `x[...]`: a tuple when there is a comma or a starred
/// item (`x[*a]` is `x[(*a,)]`), else the one item.
pub fn subscripts((items, comma): (Vec<Expr>, bool), span: Span) -> Expr {
    let starred = matches!(items.as_slice(), [e] if matches!(e.kind, ExprKind::Starred(_)));
    tuple_or_single((items, comma || starred), span)
}

pub fn parenthesized((mut items, comma): (Vec<Expr>, bool), span: Span) -> PResult<Expr> {
    if comma {
        return Ok(Expr::new(ExprKind::Tuple(items), span));
    }
    let e = items.pop().expect("Items has at least one element");
    if matches!(e.kind, ExprKind::Starred(_)) {
        return fail("cannot use starred expression here", e.span);
    }
    Ok(e)
}

pub fn named_expr(target: Expr, value: Expr, span: Span) -> PResult<Expr> {
    let ExprKind::Name(name) = &target.kind else {
        return fail(format!("cannot use assignment expressions with {}", describe(&target)), target.span);
    };
    let target = Ident { name: name.clone(), span: target.span };
    Ok(Expr::new(ExprKind::NamedExpr { target, value: Box::new(value) }, span))
}

pub fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, span: Span) -> Expr {
    let mut values = vec![first];
    values.extend(rest);
    Expr::new(ExprKind::BoolOp { op, values }, span)
}

pub fn unary(op: UnaryOp, operand: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::Unary { op, operand: Box::new(operand) }, span)
}

pub fn binary(op: BinOp, left: Expr, right: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::Binary { op, left: Box::new(left), right: Box::new(right) }, span)
}

/// How tightly a binary operator of `BinaryChain` binds (`**` is not one).
fn precedence(op: BinOp) -> u8 {
    match op {
        BinOp::BitOr => 1,
        BinOp::BitXor => 2,
        BinOp::BitAnd => 3,
        BinOp::LShift | BinOp::RShift => 4,
        BinOp::Add | BinOp::Sub => 5,
        BinOp::Mul | BinOp::Div | BinOp::FloorDiv | BinOp::Mod | BinOp::MatMul => 6,
        BinOp::Pow => unreachable!("`**` binds in Factor"),
    }
}

/// Builds the tree of `first op e op e...` (all operators left-associative)
/// by operator precedence. Spans are the operands' source extents, which
/// can be wider than their expressions' spans (`(a) + b` starts at `(`).
pub fn binary_chain(first: Expr, first_span: Span, rest: Vec<(BinOp, Expr, Span)>) -> Expr {
    // Operands waiting for their right-hand side, and the operators between them.
    let mut operands = vec![(first, first_span)];
    let mut ops: Vec<BinOp> = Vec::new();
    fn combine(operands: &mut Vec<(Expr, Span)>, op: BinOp) {
        let (right, right_span) = operands.pop().expect("an operator has two operands");
        let (left, left_span) = operands.pop().expect("an operator has two operands");
        let span = Span { start: left_span.start, end: right_span.end };
        operands.push((binary(op, left, right, span), span));
    }
    for (op, operand, span) in rest {
        while let Some(&top) = ops.last() {
            if precedence(top) < precedence(op) {
                break;
            }
            ops.pop();
            combine(&mut operands, top);
        }
        ops.push(op);
        operands.push((operand, span));
    }
    while let Some(op) = ops.pop() {
        combine(&mut operands, op);
    }
    operands.pop().expect("one operand is left").0
}

/// Checks the order of call arguments as CPython does.
fn arguments(items: Vec<ArgItem>) -> PResult<Vec<Arg>> {
    let count = items.len();
    let mut args = Vec::with_capacity(count);
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut keywords: Vec<String> = Vec::new();
    for item in items {
        match item {
            ArgItem::Positional(e) => {
                if seen_double_star {
                    return fail("positional argument follows keyword argument unpacking", e.span);
                }
                if seen_keyword {
                    return fail("positional argument follows keyword argument", e.span);
                }
                if let ExprKind::Starred(_) = e.kind {
                    unreachable!("starred arguments are ArgItem::Star");
                }
                args.push(Arg::Positional(e));
            }
            ArgItem::Generator(e) => {
                if count > 1 {
                    return fail("Generator expression must be parenthesized", e.span);
                }
                args.push(Arg::Positional(*e));
            }
            ArgItem::Keyword(keyword) => {
                let (name, value) = *keyword;
                if keywords.contains(&name.name) {
                    return fail(format!("keyword argument repeated: {}", name.name), name.span);
                }
                keywords.push(name.name.clone());
                seen_keyword = true;
                args.push(Arg::Keyword(name, value));
            }
            ArgItem::Star(e, span) => {
                if seen_double_star {
                    return fail("iterable argument unpacking follows keyword argument unpacking", span);
                }
                args.push(Arg::Star(*e));
            }
            ArgItem::DoubleStar(e, _) => {
                seen_double_star = true;
                args.push(Arg::DoubleStar(*e));
            }
        }
    }
    Ok(args)
}

/// `func(args)`; `open` is where its `(` is.
pub fn call(func: Expr, (mut items, trailing_comma): (Vec<ArgItem>, bool), open: usize, span: Span) -> PResult<Expr> {
    if let [ArgItem::Generator(e)] = &mut items[..] {
        if trailing_comma {
            return fail("Generator expression must be parenthesized", e.span);
        }
        // A generator expression that is the only argument has the call's
        // parentheses, as in CPython's locations.
        e.span = Span::new(open, span.end as usize);
    }
    let args = arguments(items)?;
    Ok(Expr::new(ExprKind::Call { func: Box::new(func), args }, span))
}

pub fn comprehension(
    kind: CompKind,
    element: Expr,
    value: Option<Expr>,
    generators: Vec<Comprehension>,
    span: Span,
) -> Expr {
    Expr::new(
        ExprKind::Comp { kind, element: Box::new(element), value: value.map(Box::new), generators },
        span,
    )
}

pub fn checked_comprehension(
    kind: CompKind,
    element: Expr,
    value: Option<Expr>,
    generators: Vec<Comprehension>,
    span: Span,
) -> PResult<Expr> {
    if matches!(element.kind, ExprKind::Starred(_)) {
        return fail("iterable unpacking cannot be used in comprehension", element.span);
    }
    for g in &generators {
        check_store(&g.target)?;
    }
    Ok(comprehension(kind, element, value, generators, span))
}

/// Joins adjacent string literals (`"a" f"{b}" 'c'`) into one expression.
pub fn strings(parts: Vec<(StrLit, Span)>) -> PResult<Expr> {
    let span = parts[0].1.to(parts[parts.len() - 1].1);
    // CPython meets an error inside an f-string before a bytes/str mix-up.
    let mut parsed_fstrings = Vec::new();
    for (p, _) in &parts {
        if let StrLit::FString { content, offset, raw } = p {
            parsed_fstrings.push(fstring::parse(content, *offset, *raw).map_err(|error| ParseError::User { error })?);
        }
    }
    let mut parsed_fstrings = parsed_fstrings.into_iter();
    let bytes = parts.iter().filter(|(p, _)| matches!(p, StrLit::Bytes(_))).count();
    if bytes > 0 && bytes < parts.len() {
        return fail("cannot mix bytes and nonbytes literals", span);
    }
    if bytes > 0 {
        let mut out = Vec::new();
        for (p, _) in parts {
            if let StrLit::Bytes(b) = p {
                out.extend(b);
            }
        }
        return Ok(Expr::new(ExprKind::Bytes(out), span));
    }
    let mut pieces: Vec<FStringPart> = Vec::new();
    let mut any_fstring = false;
    for (p, _) in parts {
        match p {
            StrLit::Str(s) => push_literal(&mut pieces, s),
            StrLit::FString { .. } => {
                any_fstring = true;
                for piece in parsed_fstrings.next().expect("parsed above") {
                    match piece {
                        FStringPart::Literal(s) => push_literal(&mut pieces, s),
                        field => pieces.push(field),
                    }
                }
            }
            StrLit::Bytes(_) => unreachable!("bytes were handled above"),
        }
    }
    if !any_fstring {
        let text = match pieces.pop() {
            Some(FStringPart::Literal(s)) => s,
            _ => String::new(),
        };
        return Ok(Expr::new(ExprKind::Str(text), span));
    }
    Ok(Expr::new(ExprKind::FString(pieces), span))
}

/// Appends literal text, merging it with a preceding literal.
fn push_literal(pieces: &mut Vec<FStringPart>, s: String) {
    if let Some(FStringPart::Literal(last)) = pieces.last_mut() {
        last.push_str(&s);
    } else if !s.is_empty() {
        pieces.push(FStringPart::Literal(s));
    }
}
