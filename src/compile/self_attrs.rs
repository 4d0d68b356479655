//! The attribute names a method assigns on its first parameter
//! (`self.x = ...`), which let a class give its instances room for their
//! attributes inline from the first instance on (see `class::new_class`).

use crate::syntax::ast::*;

/// The distinct names `def` assigns as `FIRST.name` anywhere in its body
/// (not in nested functions or classes), where FIRST is its first
/// positional parameter; in order of first appearance.
pub fn self_attribute_names(def: &FunctionDef) -> Vec<String> {
    let Some(first) = def.params.posonly.iter().chain(&def.params.args).next() else { return Vec::new() };
    let mut names = Vec::new();
    block(&def.body, &first.name.name, &mut names);
    names
}

fn block(stmts: &[Stmt], receiver: &str, out: &mut Vec<String>) {
    for s in stmts {
        stmt(s, receiver, out);
    }
}

fn stmt(s: &Stmt, receiver: &str, out: &mut Vec<String>) {
    match &s.kind {
        StmtKind::Assign { targets, .. } => targets.iter().for_each(|t| target(t, receiver, out)),
        StmtKind::AugAssign { target: t, .. } | StmtKind::AnnAssign { target: t, .. } => target(t, receiver, out),
        StmtKind::For { target: t, body, orelse, .. } => {
            target(t, receiver, out);
            block(body, receiver, out);
            block(orelse, receiver, out);
        }
        StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } => {
            block(body, receiver, out);
            block(orelse, receiver, out);
        }
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            block(body, receiver, out);
            for h in handlers {
                block(&h.body, receiver, out);
            }
            block(orelse, receiver, out);
            block(finalbody, receiver, out);
        }
        StmtKind::With { body, .. } => block(body, receiver, out),
        StmtKind::Match { cases, .. } => cases.iter().for_each(|c| block(&c.body, receiver, out)),
        _ => {}
    }
}

fn target(t: &Expr, receiver: &str, out: &mut Vec<String>) {
    match &t.kind {
        ExprKind::Attribute { value, attr } => {
            if matches!(&value.kind, ExprKind::Name(n) if n == receiver) && !out.contains(&attr.name) {
                out.push(attr.name.clone());
            }
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().for_each(|i| target(i, receiver, out)),
        ExprKind::Starred(inner) => target(inner, receiver, out),
        _ => {}
    }
}
