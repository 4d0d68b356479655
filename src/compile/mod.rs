//! From AST to native code. `resolve` decides where every name lives and
//! reports the errors CPython finds at compile time; `program` drives the
//! compilation of a module; `codegen`, `stmt` and `expr` emit Cranelift IR
//! for one function; `jit` owns the generated code and the helper table.

pub mod delegate_call;
pub mod array_entry;
pub mod background;
pub mod code_memory;
pub mod code_cache;
pub mod codegen;
pub mod cold_blocks;
pub mod counted_loop;
pub mod expr;
pub mod frame_builtins;
pub mod inline_cache;
pub mod inline_resume;
pub mod instantiate;
pub mod int_params;
pub mod jit;
pub mod lazy;
pub mod match_stmt;
pub mod owned_iter;
pub mod owned_locals;
pub mod program;
pub mod resolve;
pub mod self_attrs;
pub mod spill;
pub mod stmt;
pub mod suspend;
pub mod syntax_warnings;

use std::path::Path;

use crate::runtime::exception::register_source;
use program::CompileOptions;
use crate::runtime::function::new_function;
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, vm, Exc, PyResult};
use crate::syntax;
use crate::modules::time::off_the_clock;
use crate::syntax::diagnostic::SyntaxError;

/// Parses and resolves `source`. The tree and scopes live as long as the
/// code compiled from them, which may build more IR from them later.
fn analyze(source: &str, repl: bool) -> Result<(&'static syntax::ast::Module, &'static resolve::Scopes), SyntaxError> {
    let module_ast: &'static syntax::ast::Module = Box::leak(Box::new(syntax::parse(source)?));
    let scopes = Box::leak(Box::new(resolve::resolve_with(module_ast, repl)?));
    Ok((module_ast, scopes))
}

/// Compiles `source` as module `name` and runs its body; returns the module.
/// A compile-time error comes back as `Err(error)` for the caller to report.
pub fn run_source(name: &str, filename: &str, source: &str) -> Result<PyResult<Value>, SyntaxError> {
    run_module(name, filename, source, CompileOptions::default())
}

/// `run_source` for a standard-library module: trusted code, whose
/// functions get their IR built on first call.
pub fn run_stdlib(name: &str, filename: &str, source: &str) -> Result<PyResult<Value>, SyntaxError> {
    run_module(name, filename, source, CompileOptions { lazy_ir: true, ..Default::default() })
}

fn run_module(name: &str, filename: &str, source: &str, options: CompileOptions) -> Result<PyResult<Value>, SyntaxError> {
    if !options.lazy_ir {
        background::start_early();
    }
    let filename: &'static str = Box::leak(filename.to_string().into_boxed_str());
    let (module, code, scopes) = off_the_clock(|| {
        let (module_ast, scopes) = analyze(source, false)?;
        // Like CPython, tracebacks quote no lines of `-c` code or of stdin.
        if !matches!(filename, "<string>" | "<stdin>") {
            register_source(filename, source);
        }
        program::compile_module(name, filename, source, module_ast, scopes, options).map(|(module, code, _)| (module, code, scopes))
    })?;
    // (Only the script's: CPython warns as it compiles, and an imported
    // module is usually loaded from its cached bytecode.)
    if name == "__main__" {
        syntax_warnings::print(filename, source, &scopes.warnings);
    }
    vm().modules.borrow_mut().insert(name.to_string(), module);
    Ok(run_body(code, module).map(|_| module))
}

/// Compiles `source`, code the standard library generates (as CPython's
/// `dataclasses` execs its methods' text), as a module named `name` from
/// the file `<string>`, with the globals `seed` set before its body runs.
/// Returns the module, which is not registered for import.
pub fn run_generated(name: &str, source: &str, seed: &[(Value, Value)]) -> Result<PyResult<Value>, SyntaxError> {
    let (module, code, _) = off_the_clock(|| {
        let (module_ast, scopes) = analyze(source, false)?;
        let options = CompileOptions { lazy_ir: true, ..Default::default() };
        program::compile_module(name, "<string>", source, module_ast, scopes, options)
    })?;
    for &(key, value) in seed {
        crate::runtime::module::set_global(module, crate::runtime::str::as_str(key), value);
    }
    Ok(run_body(code, module).map(|_| module))
}

/// Where compiling `exec`/`eval` code failed: the error, and whether it
/// carries its line of source (the parser's errors do; the later passes'
/// only for code with a file to read the line from, as in CPython).
pub struct DynamicError {
    /// The error.
    pub error: SyntaxError,
    /// Whether the SyntaxError object quotes the line.
    pub quotes_line: bool,
}

/// Compiles `source`, given to `exec` (or to `eval` when `eval`: then it
/// must be one expression, whose value the body returns), as a body of
/// `module`, named `filename` in tracebacks. With `namespace`, its names
/// live in the mapping `exec_namespace` hands it as it starts.
pub fn compile_dynamic(module: Value, filename: &str, source: &str, eval: bool, namespace: bool) -> Result<*mut crate::runtime::function::CodeInfo, DynamicError> {
    off_the_clock(|| compile_dynamic_now(module, filename, source, eval, namespace))
}

fn compile_dynamic_now(module: Value, filename: &str, source: &str, eval: bool, namespace: bool) -> Result<*mut crate::runtime::function::CodeInfo, DynamicError> {
    let parsed = syntax::parse(source).map_err(|error| DynamicError { error, quotes_line: true })?;
    if eval {
        if let Some(s) = parsed.body.iter().find(|s| !matches!(s.kind, syntax::ast::StmtKind::Expr(_))).or(parsed.body.get(1)) {
            let error = SyntaxError::new("invalid syntax", s.span);
            return Err(DynamicError { error, quotes_line: true });
        }
        if parsed.body.is_empty() {
            let end = source.len() as u32;
            let error = SyntaxError::new("invalid syntax", syntax::ast::Span { start: end, end });
            return Err(DynamicError { error, quotes_line: false });
        }
    }
    let quotes_line = !filename.starts_with('<');
    let module_ast: &'static syntax::ast::Module = Box::leak(Box::new(parsed));
    let scopes = Box::leak(Box::new(resolve::resolve(module_ast).map_err(|error| DynamicError { error, quotes_line })?));
    let filename: &'static str = Box::leak(filename.to_string().into_boxed_str());
    let options = CompileOptions { eval, namespace, ..Default::default() };
    let (code, _) = program::compile_into(module, filename, source, module_ast, scopes, options).map_err(|error| DynamicError { error, quotes_line })?;
    Ok(code)
}

/// Runs a compiled module body (`code`, finalized) in `module`; returns
/// what it returns (None, or an `eval` body's value).
pub fn run_body(code: *mut crate::runtime::function::CodeInfo, module: Value) -> PyResult<Value> {
    // SAFETY: the body's descriptor is leaked and finalized by the caller.
    let body = new_function(unsafe { &*code }, vec![], vec![], vec![], module);
    let entry: extern "C" fn(Value) -> Value =
        // SAFETY: a module body's fast entry takes only the function.
        unsafe { std::mem::transmute(crate::runtime::function::func_obj(body).code.fast_entry) };
    let r = entry(body);
    std::hint::black_box(body);
    if r.is_null() {
        Err(Exc)
    } else {
        Ok(r)
    }
}

/// A REPL input, parsed (and rewritten to display values), compiled as a
/// body of the existing `module`. Returns the body's function object, and
/// whether it is a coroutine function (the input awaits): calling the
/// function runs the input, or returns the coroutine that does.
pub fn compile_input(module: Value, filename: &'static str, source: &str, module_ast: &'static syntax::ast::Module) -> Result<(Value, bool), SyntaxError> {
    let (code, scopes) = off_the_clock(|| {
        let scopes: &'static resolve::Scopes = Box::leak(Box::new(resolve::resolve_with(module_ast, true)?));
        let options = CompileOptions { interruptible: true, ..Default::default() };
        program::compile_into(module, filename, source, module_ast, scopes, options).map(|(code, _)| (code, scopes))
    })?;
    // SAFETY: the body's descriptor is leaked and now finalized.
    let body = new_function(unsafe { &*code }, vec![], vec![], vec![], module);
    Ok((body, scopes.scopes[0].is_async))
}

/// Runs `source` in the namespace of the existing `module` (a part of a
/// standard-library module compiled on first use; trusted code).
pub fn run_into(module: Value, filename: &str, source: &str) -> Result<PyResult<()>, SyntaxError> {
    let filename: &'static str = Box::leak(filename.to_string().into_boxed_str());
    let (code, _) = off_the_clock(|| {
        let (module_ast, scopes) = analyze(source, false)?;
        register_source(filename, source);
        let options = CompileOptions { lazy_ir: true, ..Default::default() };
        program::compile_into(module, filename, source, module_ast, scopes, options)
    })?;
    Ok(run_body(code, module).map(|_| ()))
}

/// `--emit clif`: the Cranelift IR of every function of `source`.
pub fn emit_clif(filename: &str, source: &str) -> Result<String, SyntaxError> {
    let (module_ast, scopes) = analyze(source, false)?;
    let filename: &'static str = Box::leak(filename.to_string().into_boxed_str());
    let options = CompileOptions { clif: true, ..Default::default() };
    let (_, _, clif) = program::compile_module("__main__", filename, source, module_ast, scopes, options)?;
    Ok(clif.unwrap_or_default())
}

/// Imports a `.py` file as module `name`.
pub fn import_file(name: &str, path: &Path) -> PyResult<Value> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return raise_named("ImportError", format!("cannot read {}: {e}", path.display())),
    };
    let display = path.display().to_string();
    let text = match syntax::decode(&display, &bytes) {
        Ok(t) => t,
        Err((e, _)) => return raise_named("SyntaxError", e.message),
    };
    match run_source(name, &display, &text) {
        Ok(r) => r,
        Err(e) => {
            crate::runtime::vm::set_exception(crate::runtime::syntax_error::from_diagnostic(&e, &display, &text, true));
            Err(Exc)
        }
    }
}
