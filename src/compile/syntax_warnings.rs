//! CPython's compile-time SyntaxWarnings: code that is valid but almost
//! surely a mistake (`x is 1`, a missed comma in `[(1, 2) (3, 4)]`, an
//! assert on a tuple). The resolver asks about each expression and assert
//! as it walks them; `coro run` prints what they found before the program
//! starts, in CPython's `FILE:LINE: SyntaxWarning: MESSAGE` form.

use crate::syntax::ast::{BinOp, CmpOp, CompKind, Expr, ExprKind, UnaryOp};

/// The type of a constant CPython's AST optimizer folds an expression to.
#[derive(Clone, Copy, PartialEq)]
enum Constant {
    None,
    Bool,
    Ellipsis,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
}

impl Constant {
    /// The type's name, as messages give it.
    fn name(self) -> &'static str {
        match self {
            Constant::None => "NoneType",
            Constant::Bool => "bool",
            Constant::Ellipsis => "ellipsis",
            Constant::Int => "int",
            Constant::Float => "float",
            Constant::Str => "str",
            Constant::Bytes => "bytes",
            Constant::Tuple => "tuple",
        }
    }
}

/// What `e` folds to, if it is a literal or an operation on literals that
/// the optimizer computes (numbers, strs and bytes; tuples of constants).
fn folded(e: &Expr) -> Option<Constant> {
    Some(match &e.kind {
        ExprKind::None => Constant::None,
        ExprKind::True | ExprKind::False => Constant::Bool,
        ExprKind::Ellipsis => Constant::Ellipsis,
        ExprKind::Int(_) => Constant::Int,
        ExprKind::Float(_) => Constant::Float,
        ExprKind::Str(_) => Constant::Str,
        ExprKind::Bytes(_) => Constant::Bytes,
        ExprKind::Tuple(items) if items.iter().all(|item| folded(item).is_some()) => Constant::Tuple,
        ExprKind::Unary { op, operand } => match (op, folded(operand)?) {
            (UnaryOp::Not, _) => Constant::Bool,
            (_, Constant::Int | Constant::Bool) => Constant::Int,
            (UnaryOp::Neg | UnaryOp::Pos, Constant::Float) => Constant::Float,
            _ => return None,
        },
        ExprKind::Binary { op, left, right } => {
            let number = |c| matches!(c, Constant::Int | Constant::Bool | Constant::Float);
            match (folded(left)?, op, folded(right)?) {
                (a, BinOp::Add, b) if a == b && matches!(a, Constant::Str | Constant::Bytes | Constant::Tuple) => a,
                (a, BinOp::Mul, Constant::Int) | (Constant::Int, BinOp::Mul, a) if matches!(a, Constant::Str | Constant::Bytes | Constant::Tuple) => a,
                (a, BinOp::Div, b) if number(a) && number(b) => Constant::Float,
                (a, _, b) if number(a) && number(b) => {
                    if a == Constant::Float || b == Constant::Float {
                        Constant::Float
                    } else {
                        Constant::Int
                    }
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// Whether CPython's AST optimizer folds `e` to a constant (what makes an
/// all-constant set display build from a frozenset).
pub fn is_folded_constant(e: &Expr) -> bool {
    folded(e).is_some()
}

/// The type an expression surely makes, as CPython's `infer_type` tells it.
fn inferred_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::Comp { kind: CompKind::List, .. } => "list",
        ExprKind::Dict(_) | ExprKind::Comp { kind: CompKind::Dict, .. } => "dict",
        ExprKind::Set(_) | ExprKind::Comp { kind: CompKind::Set, .. } => "set",
        ExprKind::Comp { kind: CompKind::Generator, .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::FString(_) => "str",
        _ => folded(e)?.name(),
    })
}

/// The warning CPython's compiler gives for expression `e`, if any.
pub fn for_expr(e: &Expr) -> Option<String> {
    match &e.kind {
        ExprKind::Compare { left, ops } => {
            let literal = |e: &Expr| folded(e).is_some_and(|c| !matches!(c, Constant::None | Constant::Bool | Constant::Ellipsis));
            let mut previous = &**left;
            for (op, right) in ops {
                if matches!(op, CmpOp::Is | CmpOp::IsNot) && (literal(previous) || literal(right)) {
                    return Some(match op {
                        CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?".into(),
                        _ => "\"is not\" with a literal. Did you mean \"!=\"?".into(),
                    });
                }
                previous = right;
            }
            None
        }
        ExprKind::Call { func, .. } => {
            let called = match &func.kind {
                ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::Dict(_) | ExprKind::Set(_) | ExprKind::Comp { .. } | ExprKind::FString(_) => {
                    inferred_type(func)
                }
                _ => folded(func).map(Constant::name),
            }?;
            Some(format!("'{called}' object is not callable; perhaps you missed a comma?"))
        }
        ExprKind::Subscript { value, index } => {
            let subscripted = match &value.kind {
                ExprKind::Set(_) | ExprKind::Comp { kind: CompKind::Set | CompKind::Generator, .. } | ExprKind::Lambda { .. } => {
                    inferred_type(value)
                }
                _ => folded(value).filter(|c| matches!(c, Constant::None | Constant::Ellipsis | Constant::Int | Constant::Float)).map(Constant::name),
            };
            if let Some(name) = subscripted {
                return Some(format!("'{name}' object is not subscriptable; perhaps you missed a comma?"));
            }
            let index_type = inferred_type(index).filter(|&t| !matches!(t, "int" | "bool"))?;
            let sequence = match &value.kind {
                ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::Comp { kind: CompKind::List, .. } | ExprKind::FString(_) => {
                    inferred_type(value)
                }
                _ => folded(value).filter(|c| matches!(c, Constant::Str | Constant::Bytes | Constant::Tuple)).map(Constant::name),
            }?;
            Some(format!("{sequence} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"))
        }
        _ => None,
    }
}

/// The warning for `assert test`: a non-empty tuple is always true.
pub fn for_assert(test: &Expr) -> Option<String> {
    matches!(&test.kind, ExprKind::Tuple(items) if !items.is_empty()).then(|| "assertion is always true, perhaps remove parentheses?".into())
}

/// Prints `warnings` (spans into `source`, by position) as CPython shows
/// them on stderr: `FILE:LINE: SyntaxWarning: MESSAGE` and the line.
pub fn print(filename: &str, source: &str, warnings: &[(crate::syntax::ast::Span, String)]) {
    let mut sorted: Vec<_> = warnings.iter().collect();
    sorted.sort_by_key(|(span, _)| span.start);
    for (span, message) in sorted {
        let line = crate::syntax::diagnostic::line_of(source, span.start as usize);
        eprintln!("{filename}:{line}: SyntaxWarning: {message}");
        if let Some(text) = source.lines().nth(line - 1) {
            eprintln!("  {}", text.trim());
        }
    }
}
