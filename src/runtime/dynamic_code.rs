//! `exec`, `eval` and `compile`: source text compiled while the program
//! runs, with Cranelift like the rest. The globals are a module's: a
//! module's own dict (`globals()`) means that module, and any other dict
//! becomes the mirror of a module made for it (module_dict.rs), so the
//! functions the code defines see the dict's names. Locals apart from the
//! globals make the code's top-level names live in that mapping, as a
//! class body's do (CPython's LOAD_NAME). Compiled code is kept per
//! module and text, so `eval` of the same text again only runs it.
//!
//! Called where the compiler sees them (compile/frame_builtins.rs), they
//! are handed the caller's globals and locals; called any other way (an
//! alias, `map(eval, ...)`), they take `__main__`'s globals.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::args::count;
use super::class::new_native_class;
use super::function::{builtin_obj, CodeInfo, NativeFn};
use super::instance::native_slots;
use super::object::{kind_of, Kind};
use super::ops::type_name;
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{none, raise_named, set_exception, vm, Exc, PyResult};

/// How source given to `exec`/`eval`/`compile` is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Mode {
    /// Statements.
    Exec,
    /// One expression, whose value is the result.
    Eval,
}

/// What a code object made by `compile` holds (its native slots).
const CODE_SOURCE: usize = 0;
const CODE_FILENAME: usize = 1;
const CODE_MODE: usize = 2;
const CODE_SLOTS: u32 = 3;

/// What identifies compiled code: the module it was compiled into,
/// whether its names live in a namespace, its mode, file name and text.
type CacheKey = (usize, bool, Mode, String, String);

thread_local! {
    /// The `code` class.
    static CODE_CLASS: Cell<Value> = const { Cell::new(Value::NULL) };
    /// Compiled code, by what it was compiled from.
    static COMPILED: RefCell<HashMap<CacheKey, usize>> = RefCell::new(HashMap::new());
    /// The locals mapping for the code about to start, which its body
    /// takes as it starts (`exec_namespace`).
    static NAMESPACE: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// The locals mapping handed to code compiled with a namespace (called
/// once, as its body starts).
pub fn exec_namespace() -> Value {
    NAMESPACE.with(|n| n.replace(Value::NULL))
}

/// The source text of `exec`/`eval`/`compile`'s first argument, or of the
/// code object it is, with its mode and file name.
enum Source {
    /// Text (a str or bytes).
    Text(String),
    /// A code object: its text, mode and file name.
    Code(String, Mode, String),
}

/// Reads the first argument of `func` (`exec`, `eval` or `compile`).
fn source_arg(func: &str, v: Value) -> PyResult<Source> {
    let text = match kind_of(v) {
        Kind::Str => as_str(v).to_string(),
        Kind::Bytes | Kind::ByteArray => match std::str::from_utf8(super::bytes::as_bytes(v)) {
            Ok(t) => t.to_string(),
            Err(_) => return raise_named("SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes"),
        },
        _ if func != "compile" && is_code(v) => {
            let slots = native_slots(v);
            let mode = if as_str(slots[CODE_MODE].get()) == "eval" { Mode::Eval } else { Mode::Exec };
            return Ok(Source::Code(as_str(slots[CODE_SOURCE].get()).to_string(), mode, as_str(slots[CODE_FILENAME].get()).to_string()));
        }
        _ => {
            let what = if func == "compile" { "AST object" } else { "code object" };
            return raise_named("TypeError", format!("{func}() arg 1 must be a string, bytes or {what}"));
        }
    };
    if text.contains('\0') {
        return raise_named("SyntaxError", "source code string cannot contain null bytes");
    }
    Ok(Source::Text(text))
}

/// True for a code object made by `compile`.
fn is_code(v: Value) -> bool {
    let class = CODE_CLASS.with(Cell::get);
    !class.is_null() && super::class::type_of(v) == class
}

/// `__main__`'s globals: what `exec`/`eval` called with none use when
/// they cannot know their caller's.
pub fn main_globals() -> PyResult<Value> {
    match vm().modules.borrow().get("__main__") {
        Some(&m) => Ok(super::module_dict::module_dict(m)),
        None => raise_named("RuntimeError", "exec() and eval() need globals outside a program's main module"),
    }
}

/// `exec`/`eval` of `source` in `globals` and `locals`, after checking
/// them as CPython does.
fn run(func: &str, mode: Mode, source: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let source = source_arg(func, source)?;
    if kind_of(globals) != Kind::Dict {
        return match func {
            "exec" => raise_named("TypeError", format!("exec() globals must be a dict, not {}", type_name(globals))),
            _ if is_mapping(globals) => {
                raise_named("TypeError", "globals must be a real dict; try eval(expr, {}, mapping)")
            }
            _ => raise_named("TypeError", "globals must be a dict"),
        };
    }
    if locals != globals && !is_mapping(locals) {
        return match func {
            "exec" => raise_named("TypeError", format!("locals must be a mapping or None, not {}", type_name(locals))),
            _ => raise_named("TypeError", "locals must be a mapping"),
        };
    }
    let (text, mode, filename) = match source {
        // eval drops a text's leading blanks; exec runs a last line
        // without its newline as CPython's tokenizer does.
        Source::Text(t) if mode == Mode::Eval => (t.trim_start_matches([' ', '\t']).to_string(), mode, "<string>".to_string()),
        Source::Text(t) => (t, mode, "<string>".to_string()),
        Source::Code(t, code_mode, filename) => (t, code_mode, filename),
    };
    let module = super::module_dict::module_of_globals(globals);
    let namespace = locals != globals;
    let code = compiled(module, namespace, mode, &filename, &text)?;
    if namespace {
        NAMESPACE.with(|n| n.set(locals));
    }
    let result = crate::compile::run_body(code, module)?;
    Ok(if mode == Mode::Eval && func == "eval" { result } else { none() })
}

/// True for what CPython takes as a mapping for locals.
fn is_mapping(v: Value) -> bool {
    kind_of(v) == Kind::Dict || super::class::lookup(super::class::type_of(v), crate::sym!("__getitem__")).is_some()
}

/// The code of `text` compiled into `module`, compiled now if not before.
fn compiled(module: Value, namespace: bool, mode: Mode, filename: &str, text: &str) -> PyResult<*mut CodeInfo> {
    let key = (module.ptr::<u8>() as usize, namespace, mode, filename.to_string(), text.to_string());
    if let Some(code) = COMPILED.with(|c| c.borrow().get(&key).copied()) {
        return Ok(code as *mut CodeInfo);
    }
    let code = compile_text(module, namespace, mode, filename, text)?;
    COMPILED.with(|c| c.borrow_mut().insert(key, code as usize));
    Ok(code)
}

/// Compiles `text`; a compile-time error is raised as a SyntaxError.
fn compile_text(module: Value, namespace: bool, mode: Mode, filename: &str, text: &str) -> PyResult<*mut CodeInfo> {
    // Exec text is read as lines that all end, so a SyntaxError quotes
    // its line with the newline, as CPython's does.
    let text = if mode == Mode::Exec && !text.ends_with('\n') { format!("{text}\n") } else { text.to_string() };
    crate::compile::compile_dynamic(module, filename, &text, mode == Mode::Eval, namespace).map_err(|e| {
        set_exception(super::syntax_error::from_diagnostic(&e.error, filename, &text, e.quotes_line));
        Exc
    })
}

/// The positional arguments of `exec`/`eval` with the globals and locals
/// they default to filled in from `frame` (the caller's globals and
/// locals), as CPython fills them from the calling frame.
fn run_with_frame(func: &str, mode: Mode, args: &[Value], frame: (Value, Value)) -> PyResult<Value> {
    count(func, args.len(), 1, 3)?;
    let given = |i: usize| args.get(i).copied().filter(|&v| v != none());
    let (globals, locals) = match (given(1), given(2)) {
        (None, None) => frame,
        (None, Some(locals)) => (frame.0, locals),
        (Some(globals), locals) => (globals, locals.unwrap_or(globals)),
    };
    run(func, mode, args[0], globals, locals)
}

fn builtin_exec(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("exec", kw)?;
    let g = main_globals()?;
    run_with_frame("exec", Mode::Exec, args, (g, g))
}

fn builtin_eval(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("eval", kw)?;
    let g = main_globals()?;
    run_with_frame("eval", Mode::Eval, args, (g, g))
}

fn builtin_globals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("globals", kw)?;
    count("globals", args.len(), 0, 0)?;
    main_globals()
}

fn builtin_locals(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("locals", kw)?;
    count("locals", args.len(), 0, 0)?;
    main_globals()
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`: checks the source now and returns a code object.
fn builtin_compile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const NAMES: [&str; 7] = ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"];
    let positional = super::args::positional(args, kw);
    count("compile", positional.len(), 0, 6)?;
    super::args::check_python_keywords("compile", kw, &NAMES)?;
    let arg = |i: usize| positional.get(i).copied().or_else(|| super::args::keyword(args, kw, NAMES[i]));
    let missing = (0..3).find(|&i| arg(i).is_none());
    if let Some(i) = missing {
        return raise_named("TypeError", format!("compile() missing required argument '{}' (pos {})", NAMES[i], i + 1));
    }
    let Source::Text(text) = source_arg("compile", arg(0).expect("checked"))? else { unreachable!("compile takes no code objects") };
    let filename = super::args::str_arg("compile", arg(1).expect("checked"))?;
    let mode = match super::args::str_arg("compile", arg(2).expect("checked"))? {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => return raise_named("NotImplementedError", "coro does not support compile() in 'single' mode"),
        _ => return raise_named("ValueError", "compile() mode must be 'exec', 'eval' or 'single'"),
    };
    if arg(3).is_some_and(|f| f != Value::small_unchecked(0)) {
        return raise_named("NotImplementedError", "coro does not support compile() flags");
    }
    // Compiled into a scratch module now for its errors; run, it is
    // compiled again for the globals it is given.
    compile_text(scratch_module(), false, mode, filename, &text)?;
    let code = super::instance::new_instance(code_class());
    let slots = native_slots(code);
    slots[CODE_SOURCE].set(new_str(&text));
    slots[CODE_FILENAME].set(new_str(filename));
    slots[CODE_MODE].set(new_str(if mode == Mode::Eval { "eval" } else { "exec" }));
    super::attr::setattr(code, super::vm::intern("co_filename"), new_str(filename))?;
    super::attr::setattr(code, super::vm::intern("co_name"), new_str("<module>"))?;
    Ok(code)
}

/// A module nothing runs in, that `compile` checks source against.
fn scratch_module() -> Value {
    thread_local! {
        static SCRATCH: Cell<Value> = const { Cell::new(Value::NULL) };
    }
    SCRATCH.with(|s| {
        if s.get().is_null() {
            s.set(super::vm::keep(super::module::new_module("<compile>", "", &[])));
        }
        s.get()
    })
}

/// `repr(code)`.
fn code_repr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let filename = as_str(native_slots(args[0])[CODE_FILENAME].get());
    Ok(new_str(&format!("<code object <module> at {:#x}, file \"{filename}\", line 1>", args[0].ptr::<u8>() as usize)))
}

/// The `code` class, made on first use.
fn code_class() -> Value {
    CODE_CLASS.with(|c| {
        if c.get().is_null() {
            let class = super::vm::keep(new_native_class("code", "builtins", vm().classes.object, CODE_SLOTS));
            let methods: &[(&'static str, NativeFn)] = &[("__repr__", code_repr)];
            super::class::set_class_methods(class, methods);
            c.set(class);
        }
        c.get()
    })
}

/// `func(*args)` called where the compiler saw a frame builtin: when
/// `func` is the builtin, it is given the caller's `globals` and `locals`.
pub fn frame_call(func: Value, args: Value, globals: Value, locals: Value) -> PyResult<Value> {
    let args = super::seq::tuple_items(args);
    if kind_of(func) == Kind::Builtin && builtin_obj(func).bound.is_null() {
        let f = builtin_obj(func).func as usize;
        if f == builtin_eval as NativeFn as usize {
            return run_with_frame("eval", Mode::Eval, args, (globals, locals));
        }
        if f == builtin_exec as NativeFn as usize {
            return run_with_frame("exec", Mode::Exec, args, (globals, locals));
        }
        if f == builtin_globals as NativeFn as usize {
            return Ok(globals);
        }
        if f == builtin_locals as NativeFn as usize || f == super::builtins::builtin_vars as NativeFn as usize {
            return Ok(locals);
        }
        if f == super::builtins::builtin_dir as NativeFn as usize {
            return super::builtins::builtin_sorted(&[locals], &[]);
        }
    }
    super::call::call(func, args, &[])
}

/// `locals()` in a function: a new dict of its bound variables, `names`
/// with their `values` (NULL for an unbound one).
pub fn locals_snapshot(names: Value, values: *const Value) -> Value {
    let names = super::seq::tuple_items(names);
    // SAFETY: compiled code passes one value per name.
    let values = unsafe { std::slice::from_raw_parts(values, names.len()) };
    let d = super::dict::new_dict();
    for (&name, &value) in names.iter().zip(values) {
        if !value.is_null() {
            super::dict::table(d).set_str(name, value);
        }
    }
    d
}

/// The builtins defined here.
pub const FUNCTIONS: &[(&str, NativeFn)] =
    &[("exec", builtin_exec), ("eval", builtin_eval), ("compile", builtin_compile), ("globals", builtin_globals), ("locals", builtin_locals)];
