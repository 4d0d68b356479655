//! `function.__code__`: a `code` object (stdlib/_code.py) with what the
//! compiled code knows of itself, made on first read, one per compiled body.

use super::function::{func_obj, CodeInfo, GenKind};
use super::number::int;
use super::seq::new_tuple;
use super::str::new_str;
use super::value::Value;
use super::vm::PyResult;

// CPython's `co_flags` bits.
const OPTIMIZED: i64 = 0x1;
const NEWLOCALS: i64 = 0x2;
const VARARGS: i64 = 0x4;
const VARKEYWORDS: i64 = 0x8;
const NESTED: i64 = 0x10;
const GENERATOR: i64 = 0x20;
const COROUTINE: i64 = 0x80;
const ASYNC_GENERATOR: i64 = 0x200;

/// `f.__code__` for function `f`.
pub fn code_of(f: Value) -> PyResult<Value> {
    let func = func_obj(f);
    if let Some(made) = func.meta_attr("__code__") {
        return Ok(made);
    }
    code_object(func.code)
}

/// The code object of `code`: one per compiled body, made on first read
/// and kept in `_code._made` (by the body's address), so that the
/// functions one `def` makes and the frames running them share it.
pub fn code_object(code: &'static CodeInfo) -> PyResult<Value> {
    let module = super::import::import_module("_code")?;
    let made = super::module::get_global(module, "_made");
    let key = int((code as *const CodeInfo as usize >> 3) as i64);
    if let Some(found) = super::dict::table(made).get(key)? {
        return Ok(found);
    }
    let params = &code.params;
    let param_names = params.varnames();
    // Parameters first, then the other locals that are not cells.
    let locals = code.local_names.iter().map(String::as_str).filter(|n| !param_names.contains(n) && !code.cell_names.iter().any(|c| c == n));
    // Every new value stays rooted until the code object holds it.
    let keep = super::heap::Rooted::new();
    let varnames: Vec<Value> = param_names.iter().copied().chain(locals).map(|n| keep.add(new_str(n))).collect();
    let name_tuple = |list: &[String]| keep.add(new_tuple(list.iter().map(|n| keep.add(new_str(n))).collect()));
    let mut flags = OPTIMIZED | NEWLOCALS;
    flags |= if params.vararg { VARARGS } else { 0 };
    flags |= if params.kwarg { VARKEYWORDS } else { 0 };
    flags |= if code.qualname.contains("<locals>") { NESTED } else { 0 };
    flags |= match code.generator {
        Some(GenKind::Generator) => GENERATOR,
        Some(GenKind::Coroutine) => COROUTINE,
        Some(GenKind::AsyncGenerator) => ASYNC_GENERATOR,
        None => 0,
    };
    let fields = [
        keep.add(new_str(&code.name)),
        keep.add(new_str(&code.qualname)),
        keep.add(new_str(&code.filename)),
        int(code.first_line as i64),
        int(params.positional as i64),
        int(params.posonly as i64),
        int(params.kwonly as i64),
        int(varnames.len() as i64),
        keep.add(new_tuple(varnames)),
        name_tuple(&code.cell_names),
        name_tuple(&code.free_names),
        int(flags),
    ];
    let class = super::module::get_global(module, "code");
    let object = keep.add(super::call::call(class, &fields, &[])?);
    super::dict::table(made).set(key, object)?;
    Ok(object)
}
