//! Showing values: CPython compiles an interactive input so that every
//! expression statement of its top level (inside `if`, `for`, `with`...
//! too, but not inside a `def` or `class`) hands its value to
//! `sys.displayhook`, which prints the repr unless it is None and keeps the
//! value in `builtins._`. Here the input's tree is rewritten so that such a
//! statement calls a builtin no source can name, which calls `sys.displayhook`.

use crate::runtime::call::call;
use crate::runtime::function::new_builtin;
use crate::runtime::import::import_module;
use crate::runtime::module::set_global;
use crate::runtime::value::Value;
use crate::runtime::vm::{intern, vm, PyResult};
use crate::syntax::ast::*;

/// The builtin the rewritten statements call (not a valid identifier).
pub const HOOK: &str = "<displayhook>";

/// Installs the hidden builtin.
pub fn install() {
    set_global(vm().builtins.get(), HOOK, new_builtin(HOOK, display));
}

/// The hidden builtin: `sys.displayhook(value)`.
fn display(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let sys = import_module("sys")?;
    let hook = crate::runtime::attr::getattr(sys, intern("displayhook"))?;
    call(hook, args, &[])
}

/// Rewrites the expression statements of an input's top level.
pub fn rewrite(body: &mut [Stmt]) {
    for stmt in body {
        match &mut stmt.kind {
            StmtKind::Expr(e) => {
                let span = e.span;
                let value = std::mem::replace(e, Expr::new(ExprKind::None, span));
                let func = Expr::new(ExprKind::Name(HOOK.into()), span);
                *e = Expr::new(ExprKind::Call { func: Box::new(func), args: vec![Arg::Positional(value)] }, span);
            }
            StmtKind::If { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::For { body, orelse, .. } => {
                rewrite(body);
                rewrite(orelse);
            }
            StmtKind::With { body, .. } => rewrite(body),
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                rewrite(body);
                for h in handlers {
                    rewrite(&mut h.body);
                }
                rewrite(orelse);
                rewrite(finalbody);
            }
            _ => {}
        }
    }
}
