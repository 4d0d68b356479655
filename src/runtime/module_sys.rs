//! The `sys` module: `argv`, `exit`, `stdout`/`stderr` (with `write` and
//! `flush`), the recursion limit, and `displayhook` (what the REPL calls
//! with the value of an expression statement).

use std::io::Write;

use super::args::count;
use super::function::{new_builtin, NativeFn};
use super::instance::new_instance;
use super::module::{new_module, set_global};
use super::number::int;
use super::ops::{index_value, str_of};
use super::seq::new_list;
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{none, raise_named, vm, PyResult};

/// Which standard stream a stream object writes to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

thread_local! {
    /// The `sys.stdout` and `sys.stderr` objects.
    static STREAMS: std::cell::Cell<(Value, Value)> = const { std::cell::Cell::new((Value::NULL, Value::NULL)) };
}

/// The stream a `sys.stdout`/`sys.stderr` object stands for.
pub fn stream_of(v: Value) -> Option<Stream> {
    let (out, err) = STREAMS.with(|s| s.get());
    if v == out {
        Some(Stream::Stdout)
    } else if v == err {
        Some(Stream::Stderr)
    } else {
        None
    }
}

/// Writes text to a standard stream.
pub fn write_stream(stream: Stream, text: &str) {
    match stream {
        Stream::Stdout => {
            let _ = std::io::stdout().lock().write_all(text.as_bytes());
        }
        Stream::Stderr => {
            let _ = std::io::stdout().flush();
            let _ = std::io::stderr().lock().write_all(text.as_bytes());
        }
    }
}

fn stream_write(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("write", args.len().saturating_sub(1), 1, 1)?;
    if super::object::kind_of(args[1]) != super::object::Kind::Str {
        return raise_named(
            "TypeError",
            format!("write() argument must be str, not {}", super::ops::arg_type_name(args[1])),
        );
    }
    let stream = stream_of(args[0]).unwrap_or(Stream::Stdout);
    if stream == Stream::Stderr {
        crate::modules::asyncio::unretrieved::report_before_stderr();
    }
    let text = as_str(args[1]);
    write_stream(stream, text);
    Ok(int(text.chars().count() as i64))
}

/// `stream.writelines(lines)`: writes each of `lines` (strs) in turn.
fn stream_writelines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("writelines", args, kw, 1, 1)?;
    let it = super::iterate::iter(a[1])?;
    while let Some(line) = super::iterate::next(it)? {
        stream_write(&[a[0], line], &[])?;
    }
    Ok(none())
}

fn stream_flush(args: &[Value], _: &[Value]) -> PyResult<Value> {
    if stream_of(args[0]) == Some(Stream::Stdout) {
        let _ = std::io::stdout().flush();
    }
    Ok(none())
}

/// `sys.exit([status])` (which takes no keywords).
fn sys_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("sys.exit", kw)?;
    count("exit", args.len(), 0, 1)?;
    raise_system_exit(args)
}

/// The `exit()` and `quit()` builtins (site's Quitter: `code` may be
/// given by keyword).
pub fn builtin_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::check_keywords("exit", kw, &["code"])?;
    let code = super::args::keyword(args, kw, "code");
    let pos = super::args::positional(args, kw);
    count("exit", pos.len() + usize::from(code.is_some()), 0, 1)?;
    match code {
        Some(c) => raise_system_exit(&[c]),
        None => raise_system_exit(pos),
    }
}

fn raise_system_exit(args: &[Value]) -> PyResult<Value> {
    let exc = super::exception::new_exception(super::vm::exc_class("SystemExit"), args);
    super::vm::set_exception(exc);
    Err(super::vm::Exc)
}

fn sys_setrecursionlimit(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("setrecursionlimit", args.len(), 1, 1)?;
    let n = index_value(args[0])?;
    // (CPython's limit is a C int.)
    if n > i32::MAX as i64 || n < i32::MIN as i64 {
        return raise_named("OverflowError", "Python int too large to convert to C int");
    }
    if n < 1 {
        return raise_named("ValueError", "recursion limit must be greater or equal than 1");
    }
    vm().limit.set(n.min(super::limits::max_depth() as i64) as u32);
    Ok(none())
}

fn sys_get_int_max_str_digits(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("get_int_max_str_digits", args.len(), 0, 0)?;
    Ok(int(super::numeric::int_max_str_digits() as i64))
}

fn sys_set_int_max_str_digits(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("set_int_max_str_digits", args.len(), 1, 1)?;
    super::vm::lift(super::numeric::set_int_max_str_digits(index_value(args[0])?))?;
    Ok(none())
}

fn sys_getdefaultencoding(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("getdefaultencoding", args.len(), 0, 0)?;
    Ok(new_str("utf-8"))
}

fn sys_getrecursionlimit(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("getrecursionlimit", args.len(), 0, 0)?;
    Ok(int(vm().limit.get() as i64))
}

/// `sys.displayhook(value)`: unless `value` is None, prints its repr to
/// `sys.stdout` and keeps it in `builtins._`.
fn sys_displayhook(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("displayhook", args.len(), 1, 1)?;
    let value = args[0];
    if value == none() {
        return Ok(none());
    }
    let builtins = vm().builtins.get();
    set_global(builtins, "_", none());
    let text = super::ops::repr(value)?;
    let out = super::module::get_global(vm().modules.borrow().get("sys").copied().unwrap_or(builtins), "stdout");
    match stream_of(out) {
        Some(stream) => write_stream(stream, &format!("{text}\n")),
        None if !out.is_null() => {
            super::call::call_method(out, "write", &[new_str(&format!("{text}\n"))])?;
        }
        None => write_stream(Stream::Stdout, &format!("{text}\n")),
    }
    set_global(builtins, "_", value);
    Ok(none())
}

/// Writes `text` to what `sys.stderr` is now: the process's standard
/// error, or the object a program put there (its `write`).
pub fn write_to_stderr(text: &str) -> PyResult<()> {
    let sys = vm().modules.borrow().get("sys").copied();
    let err = sys.map_or(Value::NULL, |m| super::module::get_global(m, "stderr"));
    match stream_of(err) {
        None if !err.is_null() && err != none() => {
            super::call::call_method(err, "write", &[new_str(text)])?;
        }
        _ => write_stream(Stream::Stderr, text),
    }
    Ok(())
}

/// `sys.excepthook(type, value, traceback)`: prints the exception as the
/// interpreter does for one nobody caught, to `sys.stderr`.
fn sys_excepthook(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("excepthook", args.len(), 3, 3)?;
    if !super::exception::is_exception(args[1]) {
        return write_to_stderr(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", super::ops::type_name(args[1]))).map(|()| none());
    }
    write_to_stderr(&super::exception::format_uncaught(args[1]))?;
    Ok(none())
}

/// The exception being handled, or None (`sys.exception()`).
pub fn handled_now() -> Value {
    vm().handled.last().unwrap_or_else(none)
}

fn sys_exception(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("exception", args.len(), 0, 0)?;
    Ok(handled_now())
}

/// `sys.exc_info()`: (type, value, traceback).
fn sys_exc_info(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("exc_info", args.len(), 0, 0)?;
    let e = handled_now();
    if e == none() {
        return Ok(super::seq::new_tuple_from(&[none(), none(), none()]));
    }
    let tb = super::exception::traceback_of(e)?;
    Ok(super::seq::new_tuple_from(&[super::class::type_of(e), e, tb]))
}

fn sys_intern(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("intern", args.len(), 1, 1)?;
    if super::object::kind_of(args[0]) != super::object::Kind::Str {
        return raise_named("TypeError", format!("intern() argument must be str, not {}", super::ops::arg_type_name(args[0])));
    }
    Ok(super::vm::intern(super::str::as_str(args[0])))
}

/// `sys.getsizeof(obj[, default])`: the bytes of the heap slot holding
/// `obj`, header included. Buffers an object owns outside the heap (a
/// list's items, a str's text beyond its slot) are not counted, and a value
/// held in its word (a small int) counts as the word.
fn sys_getsizeof(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("getsizeof", args.len(), 1, 2)?;
    Ok(int(super::heap::slot_bytes(args[0]).max(std::mem::size_of::<Value>()) as i64))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getsizeof", sys_getsizeof),
    ("exception", sys_exception),
    ("exc_info", sys_exc_info),
    ("intern", sys_intern),
    ("exit", sys_exit),
    ("displayhook", sys_displayhook),
    ("excepthook", sys_excepthook),
    ("setrecursionlimit", sys_setrecursionlimit),
    ("getrecursionlimit", sys_getrecursionlimit),
    ("get_int_max_str_digits", sys_get_int_max_str_digits),
    ("getdefaultencoding", sys_getdefaultencoding),
    ("set_int_max_str_digits", sys_set_int_max_str_digits),
];

/// Creates the `sys` module.
pub fn create() -> Value {
    let m = new_module("sys", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    let stream_class = super::class::new_class(
        "TextIOWrapper",
        "TextIOWrapper",
        "_io",
        vec![],
        super::dict::DictTable::new(),
    )
    .expect("a plain class");
    super::class::set_class_attr(stream_class, "write", new_builtin("write", stream_write));
    super::class::set_class_attr(stream_class, "flush", new_builtin("flush", stream_flush));
    super::class::set_class_attr(stream_class, "writelines", new_builtin("writelines", stream_writelines));
    super::sys_streams::add_methods(stream_class);
    let (out, err) = (new_instance(stream_class), new_instance(stream_class));
    STREAMS.with(|s| s.set((out, err)));
    vm().constants.borrow_mut().extend([out, err, stream_class]);
    for (stream, obj) in [(Stream::Stdout, out), (Stream::Stderr, err)] {
        super::sys_streams::describe(obj, stream).expect("plain attributes");
    }
    set_global(m, "stdout", out);
    set_global(m, "stderr", err);
    set_global(m, "__stdout__", out);
    set_global(m, "__stderr__", err);
    let stdin = super::sys_stdin::create();
    set_global(m, "stdin", stdin);
    set_global(m, "__stdin__", stdin);
    set_global(m, "__displayhook__", super::module::get_global(m, "displayhook"));
    set_global(m, "__excepthook__", super::module::get_global(m, "excepthook"));
    // Each str goes into the list as it is made: a collection while the
    // next is made then sees it.
    let argv = new_list(Vec::new());
    set_global(m, "argv", argv);
    for a in vm().argv.borrow().iter() {
        let s = new_str(a);
        super::seq::list_items(argv).push(s);
    }
    set_global(m, "maxsize", int(i64::MAX));
    set_global(m, "maxunicode", int(char::MAX as i64));
    set_global(m, "version", new_str("3.11.7 (coro)"));
    set_global(m, "platform", new_str("linux"));
    set_global(m, "byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    // `version_info` and the other struct sequences are made on first use,
    // by stdlib/_sys_structs.py.
    set_global(m, "__getattr__", super::function::new_builtin("__getattr__", sys_getattr));
    set_global(m, "__dir__", super::function::new_builtin("__dir__", sys_dir));
    set_global(m, "hexversion", int(0x030b07f0));
    let _ = str_of;
    m
}

/// The struct sequences `sys_getattr` makes on first use (from
/// stdlib/_sys_structs.py).
const STRUCT_SEQUENCES: &[&str] = &["version_info", "float_info", "int_info", "hash_info", "flags"];
/// The other names `sys_getattr` makes on first use.
const MADE_ON_FIRST_USE: &[&str] = &["modules", "executable", "path"];

/// The sys module's `__dir__` (PEP 562): its names, those made on first
/// use included.
fn sys_dir(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let lazy: Vec<&str> = STRUCT_SEQUENCES.iter().chain(MADE_ON_FIRST_USE).copied().collect();
    Ok(super::module::names_with(super::import::import_module("sys")?, &lazy))
}

/// The sys module's `__getattr__` (PEP 562): makes `version_info`,
/// `float_info`, `int_info`, `hash_info` or `flags`, struct sequences written in the language,
/// the first time one is asked for.
fn sys_getattr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let name = args.first().map(|&n| str_of(n)).transpose()?.unwrap_or_default();
    if STRUCT_SEQUENCES.contains(&name.as_str()) {
        let v = super::module::get_global(super::import::import_module("_sys_structs")?, &name);
        let sys = super::import::import_module("sys")?;
        set_global(sys, &name, v);
        return Ok(v);
    }
    match name.as_str() {
        // A snapshot of the loaded modules, by name: reading
        // `sys.modules[__name__]` works; changing it does not import.
        "modules" => {
            let mut loaded: Vec<(String, Value)> = vm().modules.borrow().iter().map(|(k, &v)| (k.clone(), v)).collect();
            loaded.sort_by(|a, b| a.0.cmp(&b.0));
            let d = super::dict::new_dict();
            for (k, v) in loaded {
                super::dict::table(d).set_str(super::vm::intern(&k), v);
            }
            Ok(d)
        }
        // Frames are made from a walk of the stack, in the language.
        "_getframe" => {
            let f = super::module::get_global(super::import::import_module("traceback")?, "_getframe");
            set_global(super::import::import_module("sys")?, "_getframe", f);
            Ok(f)
        }
        "executable" => Ok(new_str(&std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_default())),
        // Where `import` looks: the script's folder (one list, which a
        // program may change; coro's imports do not read it).
        "path" => {
            let dir = super::import::script_dir();
            let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
            let path = new_list(vec![new_str(&dir.display().to_string())]);
            set_global(super::import::import_module("sys")?, "path", path);
            Ok(path)
        }
        _ => super::attr::no_attribute(super::import::import_module("sys")?, super::vm::intern(&name)),
    }
}
