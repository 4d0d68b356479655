//! Calls of the builtins that read their caller's frame: `globals()`,
//! `locals()`, `vars()`, `dir()`, and `eval`/`exec` given no namespaces.
//! CPython's builtins find the calling frame at run time; coro's frames
//! are native, so the call site hands over what the builtin would have
//! read: the module, and a snapshot of the function's variables (what
//! CPython 3.11's `locals()` returns too). The callee is checked at run
//! time (`rt_frame_call`): a user function of the same name is called
//! with just its arguments.

use cranelift_codegen::ir;

use super::codegen::FunctionCx;
use super::jit::rt;
use super::resolve::{Binding, ScopeKind};
use crate::runtime::seq::new_tuple;
use crate::runtime::vm::intern;
use crate::syntax::ast::*;
use crate::syntax::diagnostic::SyntaxError;

/// The builtins this file lowers, with the numbers of positional
/// arguments they may be given for the caller's frame to matter.
const FRAME_BUILTINS: &[(&str, usize, usize)] =
    &[("globals", 0, 0), ("locals", 0, 0), ("vars", 0, 0), ("dir", 0, 0), ("eval", 1, 3), ("exec", 1, 3)];

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// The call `name(args)` when `name` may be a builtin that reads the
    /// caller's frame (and is called so that it would); None otherwise.
    pub(super) fn frame_builtin_call(&mut self, name: &str, name_span: Span, args: &'a [Arg], line: u32) -> Result<Option<ir::Value>, SyntaxError> {
        let Some(&(_, min, max)) = FRAME_BUILTINS.iter().find(|(n, _, _)| *n == name) else { return Ok(None) };
        if !(min..=max).contains(&args.len()) || !args.iter().all(|a| matches!(a, Arg::Positional(_))) || !self.may_be_builtin(name) {
            return Ok(None);
        }
        let callee = self.load_name(name, name_span)?;
        let mut values = Vec::with_capacity(args.len());
        for a in args {
            if let Arg::Positional(e) = a {
                values.push(self.expr(e)?);
            }
        }
        let ptr = self.array(&values);
        let n = self.iconst(values.len() as i64);
        let args = self.call_rt(rt::rt_build_tuple, &[ptr, n]);
        let globals = {
            let module = self.constant(self.p.module);
            self.call_rt(rt::rt_module_dict, &[module])
        };
        let locals = self.locals_value(globals);
        Ok(Some(self.call_checked(rt::rt_frame_call, &[callee, args, globals, locals], line)))
    }

    /// True unless `name` is a variable of this function (or of one
    /// enclosing it), which cannot be the builtin.
    pub(super) fn may_be_builtin(&self, name: &str) -> bool {
        matches!(self.binding(name), Binding::GlobalImplicit | Binding::GlobalExplicit | Binding::Name)
    }

    /// What `locals()` is here: the namespace of a class body (or of
    /// `exec` code given one), the module's dict in a module body, else a
    /// new dict of the function's bound variables.
    fn locals_value(&mut self, globals: ir::Value) -> ir::Value {
        if let Some(ns) = self.ns {
            return ns;
        }
        if self.scope().kind == ScopeKind::Module {
            return globals;
        }
        let scope = self.scope();
        // As `co_varnames`: the parameters first (keyword-only ones before
        // `*args` and `**kwargs`), then the other locals.
        // SAFETY: the descriptor is leaked and valid.
        let params: Vec<String> = unsafe { &*self.code }.params.varnames().into_iter().map(str::to_string).collect();
        let mut names: Vec<String> = params.iter().chain(scope.locals.iter().filter(|n| !params.contains(n))).filter(|n| !n.starts_with(['.', '$'])).cloned().collect();
        let mut free: Vec<String> = scope.symbols.iter().filter(|(_, &b)| b == Binding::Free).map(|(n, _)| n.clone()).collect();
        free.sort();
        names.extend(free);
        let mut values = Vec::new();
        let mut kept = Vec::new();
        for name in names {
            if let Some(&var) = self.vars.get(&name) {
                values.push(self.raw_value(var));
                kept.push(intern(&name));
            }
        }
        let names = self.constant(new_tuple(kept));
        let ptr = self.array(&values);
        self.call_rt(rt::rt_locals_snapshot, &[names, ptr])
    }
}
