//! `_traceback`, the native part of the `traceback` module
//! (stdlib/traceback.py): exceptions formatted and printed as the VM
//! prints an uncaught one (frames, source lines, carets, the chain of
//! causes and contexts), and the raw traceback entries the module's
//! traceback objects are made from. A `tb` argument is ignored, since
//! every exception carries the frames it passed. The running frames come
//! from a walk of the machine stack (`runtime::stack_walk`).

use crate::runtime::args::{check_keywords, count, keyword, positional};
use crate::runtime::call::call_method;
use crate::runtime::exception::{
    caret_line_at, exception_items, format_exception_items, is_exception, source_line, traceback_entries, unraisable_items,
};
use crate::runtime::function::{new_builtin, CodeInfo, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::ops::truthy;
use crate::runtime::seq::{list_items, new_list, new_tuple_from};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{none, raise_named, PyResult};

/// The exception an `(exc, /, value=..., tb=...)` call is about: `value`
/// when given (the old three-argument form), else `exc`.
fn exception_of(func: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kw);
    count(func, pos.len(), 1, 3)?;
    let exc = keyword(args, kw, "value").or(pos.get(1).copied()).unwrap_or(pos[0]);
    if exc != none() && !is_exception(exc) {
        return raise_named("TypeError", format!("{func}() expects an exception, not '{}'", crate::runtime::ops::type_name(exc)));
    }
    Ok(exc)
}

/// The text of `exc` (with its chain unless `chain` is false), as printed.
fn text_of(exc: Value, args: &[Value], kw: &[Value]) -> PyResult<String> {
    Ok(items_of(exc, args, kw)?.concat())
}

/// `text_of` in the pieces `format_exception` lists (one per frame, as CPython).
fn items_of(exc: Value, args: &[Value], kw: &[Value]) -> PyResult<Vec<String>> {
    let limit = match keyword(args, kw, "limit").filter(|&l| l != none()) {
        Some(l) => crate::runtime::number::as_i64(crate::runtime::ops::index_int(l)?),
        None => None,
    };
    if exc == none() {
        return Ok(vec!["NoneType: None\n".into()]);
    }
    let chain = match keyword(args, kw, "chain") {
        Some(c) => truthy(c)?,
        None => true,
    };
    Ok(crate::runtime::exception::with_stack_limit(limit, || if chain { format_exception_items(exc) } else { unraisable_items(exc) }))
}

/// Writes `text` to `file`, or to `sys.stderr`.
fn write(text: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let file = match keyword(args, kw, "file").filter(|&f| f != none()) {
        Some(f) => f,
        None => crate::runtime::attr::getattr(crate::runtime::import::import_module("sys")?, crate::runtime::vm::intern("stderr"))?,
    };
    call_method(file, "write", &[new_str(text)])?;
    Ok(none())
}

/// `items` as a list of str (filled in place, where the collector sees
/// the strings made so far).
fn str_list(items: &[String]) -> Value {
    let list = new_list(Vec::new());
    for item in items {
        let s = new_str(item);
        list_items(list).push(s);
    }
    list
}

/// `format_exc(limit=None, chain=True)`: the exception being handled.
fn format_exc(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("format_exc", kw, &["limit", "chain"])?;
    let text = text_of(crate::runtime::module_sys::handled_now(), args, kw)?;
    Ok(new_str(&text))
}

/// `print_exc(limit=None, file=None, chain=True)`.
fn print_exc(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("print_exc", kw, &["limit", "file", "chain"])?;
    let text = text_of(crate::runtime::module_sys::handled_now(), args, kw)?;
    write(&text, args, kw)
}

/// `format_exception(exc, /, value, tb, limit=None, chain=True)`: lines.
fn format_exception_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("format_exception", kw, &["value", "tb", "limit", "chain"])?;
    let exc = exception_of("format_exception", args, kw)?;
    Ok(str_list(&items_of(exc, args, kw)?))
}

/// `print_exception(exc, /, value, tb, limit=None, file=None, chain=True)`.
fn print_exception(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("print_exception", kw, &["value", "tb", "limit", "file", "chain"])?;
    let exc = exception_of("print_exception", args, kw)?;
    let text = text_of(exc, args, kw)?;
    write(&text, args, kw)
}

/// `format_exception_only(exc, /, value)`: the `Type: message` line (and
/// the notes).
fn format_exception_only(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_keywords("format_exception_only", kw, &["value"])?;
    let exc = exception_of("format_exception_only", args, kw)?;
    if exc == none() {
        return Ok(str_list(&["NoneType: None\n".into()]));
    }
    Ok(str_list(&exception_items(exc, false)))
}

/// `_entries(exc)`: the frames `exc` passed, innermost first, as
/// `(filename, lineno, name, position)` tuples.
fn entries(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_entries", args.len(), 1, 1)?;
    if !is_exception(args[0]) {
        return raise_named("TypeError", "_entries() expects an exception");
    }
    let list = new_list(Vec::new());
    for (file, line, name, position) in traceback_entries(args[0]) {
        let file = new_str(file);
        let name = new_str(name);
        let entry = new_tuple_from(&[file, Value::small_unchecked(line as i64), name, Value::small_unchecked(position as i64)]);
        list_items(list).push(entry);
    }
    Ok(list)
}

/// `_stack(skip, limit, above)`: up to `limit` of the Python frames
/// running now, innermost first, after the `skip` innermost and those at
/// or below `above` (a frame's `address`, or 0); each as `frame_entry`
/// gives it.
fn stack(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_stack", args.len(), 3, 3)?;
    let number = |v: Value| if v.is_small() && v.as_small() >= 0 { v.as_small() as usize } else { 0 };
    let frames = crate::runtime::stack_walk::python_frames(number(args[2]), number(args[0]), number(args[1]));
    let list = new_list(Vec::new());
    for f in frames {
        let entry = frame_entry(f.code, f.position, Some(f.address))?;
        list_items(list).push(entry);
    }
    Ok(list)
}

/// A frame as traceback.py's `_running_frame` takes it: `(code, lineno,
/// position, address)`, where the address of a frame that is not running
/// is None.
fn frame_entry(code: &'static CodeInfo, position: u32, address: Option<usize>) -> PyResult<Value> {
    let small = |n: usize| Value::small_unchecked(n as i64);
    let code = crate::runtime::code_object::code_object(code)?;
    let line = crate::runtime::positions::line(position) as usize;
    let address = address.map_or(none(), small);
    Ok(new_tuple_from(&[code, small(line), small(position as usize), address]))
}

/// The frame object of a generator, coroutine or async generator running
/// `code`, which has not finished: while it runs, its frame on the stack;
/// else a frame stopped at `line` (its suspension point, or its `def`
/// before it starts) that has no caller, as CPython's `gi_frame` is.
pub fn generator_frame(code: &'static CodeInfo, running: bool, line: u32) -> PyResult<Value> {
    let traceback = crate::runtime::import::import_module("traceback")?;
    let make = crate::runtime::module::get_global(traceback, "_running_frame");
    let live = running.then(|| crate::runtime::stack_walk::python_frames(0, 0, usize::MAX).into_iter().find(|f| std::ptr::eq(f.code, code))).flatten();
    let entry = match live {
        Some(f) => frame_entry(f.code, f.position, Some(f.address))?,
        None => frame_entry(code, crate::runtime::positions::of_line(line), None)?,
    };
    crate::runtime::call::call(make, &[entry], &[])
}

/// `_positions(position)`: `(lineno, end_lineno, col_offset,
/// end_col_offset)` of a position id, as `dis.Positions` has them, or None.
fn positions(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_positions", args.len(), 1, 1)?;
    let id = if args[0].is_small() { args[0].as_small() } else { 0 };
    let Some(p) = u32::try_from(id).ok().and_then(crate::runtime::positions::get) else { return Ok(none()) };
    let small = |n: u32| Value::small_unchecked(n as i64);
    Ok(new_tuple_from(&[small(p.line), small(p.end_line), small(p.col), small(p.end_col)]))
}

/// `_source_line(filename, lineno)`: the line as the file has it, or ''.
fn source_line_fn(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_source_line", args.len(), 2, 2)?;
    let file = crate::runtime::args::str_arg("_source_line", args[0])?;
    let line = args[1].is_small().then(|| u32::try_from(args[1].as_small()).ok()).flatten();
    let text = line.and_then(|l| source_line(file, l)).unwrap_or_default();
    Ok(new_str(&text))
}

/// `_source_lines(filename)`: the lines of a loaded file, each with its
/// line end, as `linecache.getlines` gives them, or None when unknown.
fn source_lines(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_source_lines", args.len(), 1, 1)?;
    let file = crate::runtime::args::str_arg("_source_lines", args[0])?;
    let Some(text) = crate::runtime::exception::source_text(file) else { return Ok(none()) };
    let list = new_list(Vec::new());
    for line in text.split_inclusive('\n') {
        let line = new_str(line);
        list_items(list).push(line);
    }
    Ok(list)
}

/// `_module_globals(filename)`: the namespace of the loaded module whose
/// code is in that file, or None.
fn module_globals(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_module_globals", args.len(), 1, 1)?;
    let file = crate::runtime::args::str_arg("_module_globals", args[0])?;
    Ok(crate::runtime::module::module_of_file(file).map_or(none(), crate::runtime::module_dict::module_dict))
}

/// `_carets(line, position)`: the caret line under source line `line`
/// marking the operation at `position`, or None.
fn carets(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_carets", args.len(), 2, 2)?;
    let line = crate::runtime::args::str_arg("_carets", args[0])?;
    let position = args[1].is_small().then(|| u32::try_from(args[1].as_small()).ok()).flatten();
    Ok(match position.and_then(|p| caret_line_at(line, p)) {
        Some(line) => new_str(&line),
        None => none(),
    })
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("format_exc", format_exc),
    ("print_exc", print_exc),
    ("format_exception", format_exception_fn),
    ("print_exception", print_exception),
    ("format_exception_only", format_exception_only),
    ("_entries", entries),
    ("_stack", stack),
    ("_source_line", source_line_fn),
    ("_carets", carets),
    ("_positions", positions),
    ("_source_lines", source_lines),
    ("_module_globals", module_globals),
];


/// Makes the `_traceback` module.
pub fn create() -> Value {
    let m = new_module("_traceback", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
