//! `_codegen`: what the standard library needs to turn the text of
//! functions it generates into compiled functions, as CPython's
//! `dataclasses` does with `exec` (coro has no `exec`), and to present
//! the classes it writes in the language as CPython's C types.

use crate::runtime::args::count;
use crate::runtime::function::new_builtin;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, PyResult};

/// `run(name, source, namespace)`: compiles `source` as a module named
/// `name` (functions defined there report that `__module__`), whose
/// globals start as the str-keyed dict `namespace`, runs it and returns
/// the module.
fn run(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("run", args.len(), 3, 3)?;
    if kind_of(args[0]) != Kind::Str || kind_of(args[1]) != Kind::Str || kind_of(args[2]) != Kind::Dict {
        return raise_named("TypeError", "run() expects a name, a source text and a dict");
    }
    let mut seed = Vec::new();
    for e in crate::runtime::dict::table(args[2]).iter() {
        if kind_of(e.key) != Kind::Str {
            return raise_named("TypeError", "run() namespace keys must be strs");
        }
        seed.push((e.key, e.value));
    }
    match crate::compile::run_generated(as_str(args[0]), as_str(args[1]), &seed) {
        Ok(result) => result,
        Err(e) => raise_named("SyntaxError", format!("{} (generated code)", e.message)),
    }
}

/// `c_type_name(cls)`: messages name class `cls` as CPython names the C
/// type it stands for, with its module (`'datetime.date' object has no
/// attribute 'x'`). The module defining `cls` calls it right after.
fn c_type_name(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("c_type_name", args.len(), 1, 1)?;
    if !crate::runtime::class::is_class(args[0]) {
        return raise_named("TypeError", "c_type_name() expects a class");
    }
    crate::runtime::class::name_as_c_type(args[0]);
    Ok(crate::runtime::vm::none())
}

/// Makes the `_codegen` module.
pub fn create() -> Value {
    let m = new_module("_codegen", "", &[]);
    set_global(m, "run", new_builtin("run", run));
    set_global(m, "c_type_name", new_builtin("c_type_name", c_type_name));
    m
}
