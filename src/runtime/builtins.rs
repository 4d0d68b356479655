//! The builtin functions (`print`, `len`, `range`, ...) and the constructors
//! of the builtin classes (`int(x)`, `list(it)`, ...), and the `builtins`
//! module that holds them.

use std::io::Write;

use num_traits::Signed;

use super::args::{check_keywords, count, keyword, positional};
use super::call::call;
use super::class::{class_obj, is_class, is_subclass, isinstance, type_of};
use super::dict::{new_dict, table};
use super::function::{new_builtin, new_descriptor, NativeFn};
use super::iter::{new_iter, IterState};
use super::iterate::{collect, iter, next};
use super::module::{new_module, set_global};
use super::number::{as_bigint, as_float, big, float, int, is_int};
use super::object::{kind_of, Kind};
use super::ops::{self, index_value, repr, str_of, truthy, type_name};
use super::range::new_range;
use super::seq::{list_items, new_list, new_tuple, new_tuple_from, tuple_items};
use super::set::{new_set, set_table};
use super::str::{as_str, new_str, new_string};
use super::value::Value;
use super::vm::{boolean, intern, none, raise_named, vm, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};

/// A constructor of a builtin class: `(cls, args, kwnames)`.
pub type Constructor = fn(Value, &[Value], &[Value]) -> PyResult<Value>;

/// The constructor of builtin class `cls`, if it has one.
pub fn constructor(cls: Value) -> Option<Constructor> {
    let c = &vm().classes;
    let table: [(Value, Constructor); 24] = [
        (c.none, new_singleton),
        (c.not_implemented_type, new_singleton),
        (c.ellipsis_type, new_singleton),
        (c.int, new_int),
        (c.float, new_float),
        (c.str_, new_str_obj),
        (c.bytes, super::bytes::new_bytes_obj),
        (c.bytearray, super::bytes::new_bytearray_obj),
        (c.bool_, new_bool),
        (c.list, new_list_obj),
        (c.tuple, new_tuple_obj),
        (c.dict, new_dict_obj),
        (c.set, new_set_obj),
        (c.frozenset, new_set_obj),
        (c.range, new_range_obj),
        (c.type_, new_type_obj),
        (c.object, new_object),
        (c.staticmethod, new_wrapper),
        (c.classmethod, new_wrapper),
        (c.property, new_property),
        (c.slice, new_slice_obj),
        (c.super_, new_super_obj),
        (c.method, new_method_obj),
        (c.module, new_module_obj),
    ];
    table.iter().find(|(k, _)| *k == cls).map(|&(_, f)| f).or_else(|| {
        ITERATOR_TYPES.iter().find(|&&(name, _)| super::iter_classes::named(name) == Some(cls)).map(|&(_, f)| f)
    })
}

/// The builtins that are iterator classes, as in CPython (`enumerate(x)`
/// makes an `enumerate`, and `isinstance(e, enumerate)` holds), with their
/// constructors.
const ITERATOR_TYPES: [(&str, Constructor); 5] = [
    ("enumerate", |_, a, k| builtin_enumerate(a, k)),
    ("zip", |_, a, k| builtin_zip(a, k)),
    ("map", |_, a, k| builtin_map(a, k)),
    ("filter", |_, a, k| builtin_filter(a, k)),
    ("reversed", |_, a, k| builtin_reversed(a, k)),
];

/// `types.ModuleType(name, doc=None)`: an empty module.
fn new_module_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("module", kwnames, &["name", "doc"])?;
    let positional = &args[..args.len() - kwnames.len()];
    let given = |i: usize, name: &str| positional.get(i).copied().or_else(|| keyword(args, kwnames, name));
    if positional.len() > 2 {
        return raise_named("TypeError", format!("module() takes at most 2 arguments ({} given)", args.len()));
    }
    let Some(name) = given(0, "name") else {
        return raise_named("TypeError", "module() missing required argument 'name' (pos 1)");
    };
    if kind_of(name) != Kind::Str {
        return raise_named("TypeError", format!("module() argument 'name' must be str, not {}", type_name(name)));
    }
    let m = super::module::new_module(as_str(name), "", &[]);
    super::module::set_global(m, "__doc__", given(1, "doc").unwrap_or(none()));
    for attr in ["__package__", "__loader__", "__spec__"] {
        super::module::set_global(m, attr, none());
    }
    Ok(m)
}

/// `type(None)()`, `type(...)()`, `type(NotImplemented)()`: the one
/// instance, taking no arguments.
fn new_singleton(cls: Value, args: &[Value], _: &[Value]) -> PyResult<Value> {
    let c = &vm().classes;
    let (value, name) = if cls == c.none {
        (none(), "NoneType")
    } else if cls == c.ellipsis_type {
        // CPython's message names the type by its `types` name.
        (vm().ellipsis, "EllipsisType")
    } else {
        (vm().not_implemented, "NotImplementedType")
    };
    if !args.is_empty() {
        return raise_named("TypeError", format!("{name} takes no arguments"));
    }
    Ok(value)
}

/// `super(type, obj)` (the zero-argument form is compiled specially).
fn new_super_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("super", kwnames)?;
    match args {
        [] => raise_named("RuntimeError", "super(): no arguments"),
        [cls, obj] if kind_of(*cls) == Kind::Class => super::attr::new_super(*cls, *obj),
        [cls, ..] if kind_of(*cls) != Kind::Class => {
            raise_named("TypeError", format!("super() argument 1 must be a type, not {}", super::ops::type_name(*cls)))
        }
        [_] => raise_named("RuntimeError", "coro does not support unbound super objects yet"),
        _ => raise_named("TypeError", format!("super() takes at most 2 arguments ({} given)", args.len())),
    }
}

pub(super) fn new_int(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const INT: super::args::Clinic<2> = super::args::Clinic { name: "int", params: ["x", "base"], posonly: 1, positional: 2, required: 0 };
    let [x, base] = INT.parse(args, kwnames)?;
    let Some(x) = x else {
        return if base.is_some() { raise_named("TypeError", "int() missing string argument") } else { Ok(int(0)) };
    };
    if let Some(base) = base {
        if super::bytes::is_bytes_like(x) {
            return super::bytes::parse_int(x, index_value(base)?);
        }
        if kind_of(x) != Kind::Str {
            return raise_named("TypeError", "int() can't convert non-string with explicit base");
        }
        return parse_int(as_str(x), index_value(base)?);
    }
    match kind_of(x) {
        Kind::Int => Ok(x),
        Kind::Bool => Ok(int((x == vm().true_) as i64)),
        Kind::Float => {
            let f = as_float(x);
            if f.is_nan() {
                return raise_named("ValueError", "cannot convert float NaN to integer");
            }
            if f.is_infinite() {
                return raise_named("OverflowError", "cannot convert float infinity to integer");
            }
            Ok(big(super::vm::lift(super::numeric::f64_to_int(f.trunc()))?))
        }
        Kind::Str => parse_int(as_str(x), 10),
        Kind::Bytes | Kind::ByteArray => super::bytes::parse_int(x, 10),
        _ => {
            for name in ["__int__", "__index__"] {
                if let Some(f) = super::class::lookup(type_of(x), intern(name)) {
                    let r = call(f, &[x], &[])?;
                    let exact = kind_of(r) == Kind::Int && type_of(r) == vm().classes.int;
                    return exact_result(r, exact, super::number::is_int(super::value_class::unwrap(r)), name, "int");
                }
            }
            // 3.11 still falls back on `__trunc__` (deprecated), whose
            // result must be an integer or convert with `__index__`.
            if let Some(f) = super::class::lookup(type_of(x), crate::sym!("__trunc__")) {
                super::exception::warn("DeprecationWarning", "The delegation of int() to __trunc__ is deprecated.")?;
                let r = call(f, &[x], &[])?;
                if super::number::is_int(super::value_class::unwrap(r)) {
                    return Ok(super::value_class::unwrap(r));
                }
                if super::class::lookup(type_of(r), crate::sym!("__index__")).is_none() {
                    return raise_named("TypeError", format!("__trunc__ returned non-Integral (type {})", type_name(r)));
                }
                return super::ops::index_int(r);
            }
            raise_named(
                "TypeError",
                format!("int() argument must be a string, a bytes-like object or a real number, not '{}'", type_name(x)),
            )
        }
    }
}

/// The result `r` of a conversion dunder (`__int__` making an int, say):
/// itself when of the exact type; converted, with CPython's
/// DeprecationWarning, when of a subclass (`accepted`); else TypeError.
fn exact_result(r: Value, exact: bool, accepted: bool, dunder: &str, type_: &str) -> PyResult<Value> {
    if exact {
        return Ok(r);
    }
    let message = format!("{dunder} returned non-{type_} (type {})", type_name(r));
    if !accepted {
        return raise_named("TypeError", message);
    }
    thread_local! {
        /// The warnings shown: each once, as CPython's default filter shows
        /// a warning once per place.
        static SHOWN: std::cell::RefCell<std::collections::HashSet<String>> = Default::default();
    }
    if SHOWN.with(|s| s.borrow_mut().insert(message.clone())) {
        eprintln!(
            "sys:1: DeprecationWarning: {message}.  The ability to return an instance of a strict subclass of {type_} is deprecated, and may be removed in a future version of Python."
        );
    }
    let r = super::value_class::unwrap(r);
    Ok(if type_ == "int" { big(as_bigint(r)) } else { float(as_float(r)) })
}

/// `int(text, base)` with Python's syntax rules (CPython-exact, see `numeric`).
fn parse_int(text: &str, base: i64) -> PyResult<Value> {
    if base == 10 {
        if let Some(n) = super::numeric::parse_short_decimal(text) {
            return Ok(int(n));
        }
    }
    Ok(big(super::vm::lift(super::numeric::parse_int(text, base))?))
}

pub(super) fn new_float(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("float", kwnames)?;
    count("float", args.len(), 0, 1)?;
    let Some(&x) = args.first() else { return Ok(float(0.0)) };
    match kind_of(x) {
        Kind::Float => Ok(x),
        Kind::Int | Kind::Bool => Ok(float(super::arith::int_to_f64(&as_bigint(x))?)),
        Kind::Str => Ok(float(super::vm::lift(super::numeric::parse_float(as_str(x)))?)),
        // Bytes are read as ASCII text; the error quotes their repr.
        Kind::Bytes | Kind::ByteArray => {
            let text = std::str::from_utf8(super::bytes::as_bytes(x)).ok().filter(|t| t.is_ascii());
            match text.map(super::numeric::parse_float) {
                Some(Ok(f)) => Ok(float(f)),
                _ => raise_named("ValueError", format!("could not convert string to float: {}", super::ops::repr(x)?)),
            }
        }
        _ => {
            if let Some(f) = super::class::lookup(type_of(x), crate::sym!("__float__")) {
                let r = call(f, &[x], &[])?;
                let exact = kind_of(r) == Kind::Float && type_of(r) == vm().classes.float;
                let name = format!("{}.__float__", super::class::class_obj(type_of(x)).name);
                return exact_result(r, exact, kind_of(super::value_class::unwrap(r)) == Kind::Float, &name, "float");
            }
            // An integer-like object converts through `__index__`.
            if super::class::lookup(type_of(x), crate::sym!("__index__")).is_some() {
                let n = super::ops::index_int(x)?;
                return Ok(float(super::arith::int_to_f64(&as_bigint(n))?));
            }
            raise_named(
                "TypeError",
                format!("float() argument must be a string or a real number, not '{}'", type_name(x)),
            )
        }
    }
}

fn new_str_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("str", kwnames, &["object", "encoding", "errors"])?;
    let pos = positional(args, kwnames);
    if pos.len() > 3 {
        // (Parsed by keyword-aware argument parsing in CPython, hence the style.)
        return raise_named("TypeError", format!("str() takes at most 3 arguments ({} given)", pos.len()));
    }
    let object = pos.first().copied().or(keyword(args, kwnames, "object"));
    let encoding = pos.get(1).copied().or(keyword(args, kwnames, "encoding"));
    let errors = pos.get(2).copied().or(keyword(args, kwnames, "errors"));
    if let (Some(x), true) = (object, encoding.is_some() || errors.is_some()) {
        return super::codec::str_from_bytes(x, encoding, errors);
    }
    match object.as_ref() {
        None => Ok(crate::sym!("")),
        Some(&x) if kind_of(x) == Kind::Str => Ok(x),
        // A call of the str type is one level deeper in CPython (before
        // the call site is specialized, which coro does not model).
        Some(&x) => super::vm::deeper(CALL_CONTEXT, || Ok(new_string(str_of(x)?))),
    }
}

/// What a RecursionError says when a call CPython makes through
/// `PyObject_Call` (a builtin, a type) went too deep.
pub const CALL_CONTEXT: &str = " while calling a Python object";

fn new_bool(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("bool", kwnames)?;
    count("bool", args.len(), 0, 1)?;
    Ok(boolean(match args.first() {
        Some(&x) => truthy(x)?,
        None => false,
    }))
}

fn new_list_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("list", kwnames)?;
    count("list", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(new_list(Vec::new())),
        Some(&x) => {
            let list = new_list(Vec::new());
            let items = collect(x)?;
            *list_items(list) = items;
            Ok(list)
        }
    }
}

fn new_tuple_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("tuple", kwnames)?;
    count("tuple", args.len(), 0, 1)?;
    match args.first() {
        None => Ok(new_tuple(Vec::new())),
        Some(&x) if kind_of(x) == Kind::Tuple => Ok(x),
        Some(&x) => Ok(new_tuple(collect(x)?)),
    }
}

/// Adds `source` (a mapping or an iterable of pairs) to dict `d`.
pub fn dict_update(d: Value, source: Value) -> PyResult<()> {
    if let Some(source) = super::value_class::merged_dict(source) {
        let entries: Vec<_> = table(source).iter().copied().collect();
        for e in entries {
            table(d).set_hashed(e.key, e.hash, e.value)?;
        }
        return Ok(());
    }
    if let Some(keys) = super::class::lookup(type_of(source), crate::sym!("keys")) {
        let ks = collect(call(keys, &[source], &[])?)?;
        for k in ks {
            let v = ops::getitem(source, k)?;
            table(d).set(k, v)?;
        }
        return Ok(());
    }
    let it = iter(source)?;
    let mut i = 0;
    while let Some(pair) = next(it)? {
        let items = collect(pair).map_err(|e| {
            let _ = e;
            super::vm::take_exception();
            let _: PyResult<()> = raise_named(
                "TypeError",
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            );
            super::vm::Exc
        })?;
        if items.len() != 2 {
            return raise_named(
                "ValueError",
                format!("dictionary update sequence element #{i} has length {}; 2 is required", items.len()),
            );
        }
        table(d).set(items[0], items[1])?;
        i += 1;
    }
    Ok(())
}

fn new_dict_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    count("dict", pos.len(), 0, 1)?;
    let d = new_dict();
    if let Some(&source) = pos.first() {
        dict_update(d, source)?;
    }
    for (i, &k) in kwnames.iter().enumerate() {
        table(d).set(k, args[pos.len() + i])?;
    }
    Ok(d)
}

fn new_set_obj(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let frozen = cls == vm().classes.frozenset;
    let name = if frozen { "frozenset" } else { "set" };
    super::args::no_keywords(name, kwnames)?;
    count(name, args.len(), 0, 1)?;
    let s = new_set(frozen);
    if let Some(&x) = args.first() {
        set_table(s).update_from(x)?;
    }
    Ok(s)
}

fn new_range_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("range", kwnames)?;
    if args.is_empty() {
        return raise_named("TypeError", "range expected at least 1 argument, got 0");
    }
    count("range", args.len(), 1, 3)?;
    let mut n = [0i64; 3];
    for (i, &a) in args.iter().enumerate() {
        let v = super::ops::index_int(a)?;
        n[i] = match super::number::as_i64(v) {
            Some(x) => x,
            None => return raise_named("NotImplementedError", "coro does not support ranges with bounds or steps past 64 bits yet"),
        };
    }
    let (start, stop, step) = match args.len() {
        1 => (0, n[0], 1),
        2 => (n[0], n[1], 1),
        _ => (n[0], n[1], n[2]),
    };
    if step == 0 {
        return raise_named("ValueError", "range() arg 3 must not be zero");
    }
    Ok(new_range(start, stop, step))
}

fn new_type_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() == 1 && kwnames.is_empty() {
        return Ok(type_of(args[0]));
    }
    if args.len() - kwnames.len() == 3 {
        return super::metaclass::type_call3(args, kwnames);
    }
    if args.len() - kwnames.len() == 1 {
        return raise_named("TypeError", "type() takes no keyword arguments");
    }
    raise_named("TypeError", "type() takes 1 or 3 arguments")
}

fn new_object(_: Value, args: &[Value], _: &[Value]) -> PyResult<Value> {
    if !args.is_empty() {
        return raise_named("TypeError", "object() takes no arguments");
    }
    Ok(super::instance::new_instance(vm().classes.object))
}

fn new_wrapper(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let name = class_obj(cls).name.clone();
    super::args::no_keywords(&name, kwnames)?;
    count(&name, args.len(), 1, 1)?;
    Ok(new_descriptor(cls, args[0], Value::NULL, Value::NULL))
}

fn new_property(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const PROPERTY: super::args::Clinic<4> =
        super::args::Clinic { name: "property", params: ["fget", "fset", "fdel", "doc"], posonly: 0, positional: 4, required: 0 };
    let [get, set, del, doc] = PROPERTY.parse(args, kwnames)?;
    let get = get.unwrap_or(none());
    let set = set.filter(|&v| v != none()).unwrap_or(Value::NULL);
    let del = del.filter(|&v| v != none()).unwrap_or(Value::NULL);
    let p = new_descriptor(cls, get, set, del);
    if let Some(doc) = doc.filter(|&v| v != none()) {
        super::function::descriptor_obj(p).doc.set(doc);
    }
    Ok(p)
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn new_method_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("method", kwnames)?;
    count("method", args.len(), 2, 2)?;
    if !super::call::callable(args[0]) {
        return raise_named("TypeError", "first argument must be callable");
    }
    if args[1] == none() {
        return raise_named("TypeError", "instance must not be None");
    }
    Ok(super::function::new_bound_method(args[0], args[1]))
}

fn new_slice_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("slice", kwnames)?;
    count("slice", args.len(), 1, 3)?;
    Ok(match args.len() {
        1 => super::range::new_slice(none(), args[0], none()),
        2 => super::range::new_slice(args[0], args[1], none()),
        _ => super::range::new_slice(args[0], args[1], args[2]),
    })
}

/// Writes text to stdout or stderr, or calls `file.write`.
fn write_to(file: Option<Value>, text: &str) -> PyResult<()> {
    match file {
        None => {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(text.as_bytes());
            Ok(())
        }
        Some(f) if f == none() => write_to(None, text),
        Some(f) => {
            if let Some(stream) = super::module_sys::stream_of(f) {
                if stream == super::module_sys::Stream::Stderr {
                    crate::modules::asyncio::unretrieved::report_before_stderr();
                }
                super::module_sys::write_stream(stream, text);
                return Ok(());
            }
            super::call::call_method(f, "write", &[new_str(text)]).map(|_| ())
        }
    }
}

fn builtin_print(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // As CPython's call of print (not yet specialized): one level deeper.
    super::vm::deeper(CALL_CONTEXT, || print(args, kwnames))
}

fn print(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("print", kwnames, &["sep", "end", "file", "flush"])?;
    let pos = positional(args, kwnames);
    let text_or = |name: &str, default: &str| -> PyResult<String> {
        match keyword(args, kwnames, name) {
            Some(v) if v == none() => Ok(default.to_string()),
            Some(v) if kind_of(v) == Kind::Str => Ok(as_str(v).to_string()),
            Some(v) => raise_named("TypeError", format!("{name} must be None or a string, not {}", type_name(v))),
            None => Ok(default.to_string()),
        }
    };
    let sep = text_or("sep", " ")?;
    let end = text_or("end", "\n")?;
    let file = match keyword(args, kwnames, "file") {
        Some(f) if f != none() => Some(f),
        _ => redirected_stdout(),
    };
    if let Some(f) = file.filter(|&f| super::module_sys::stream_of(f).is_none()) {
        // A file object of the program's: one `write` per piece, as CPython.
        for (i, &v) in pos.iter().enumerate() {
            if i > 0 {
                super::call::call_method(f, "write", &[new_str(&sep)])?;
            }
            let text = if kind_of(v) == Kind::Str { v } else { new_str(&str_of(v)?) };
            super::call::call_method(f, "write", &[text])?;
        }
        super::call::call_method(f, "write", &[new_str(&end)])?;
        if keyword(args, kwnames, "flush").map(truthy).transpose()?.unwrap_or(false) {
            super::call::call_method(f, "flush", &[])?;
        }
        return Ok(none());
    }
    let mut out = String::new();
    for (i, &v) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        if kind_of(v) == Kind::Str {
            out.push_str(as_str(v));
        } else {
            match str_of(v) {
                Ok(text) => out.push_str(&text),
                Err(e) => {
                    // CPython wrote the arguments before this one already.
                    write_to(file, &out)?;
                    return Err(e);
                }
            }
        }
    }
    out.push_str(&end);
    write_to(file, &out)?;
    Ok(none())
}

/// What `sys.stdout` was set to, when the program replaced it.
fn redirected_stdout() -> Option<Value> {
    let sys = vm().modules.borrow().get("sys").copied()?;
    let out = super::module::get_global(sys, "stdout");
    (!out.is_null() && super::module_sys::stream_of(out).is_none()).then_some(out)
}

fn builtin_len(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("len", kwnames)?;
    count("len", args.len(), 1, 1)?;
    Ok(int(ops::len(args[0])? as i64))
}

fn builtin_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("repr", kw)?;
    count("repr", args.len(), 1, 1)?;
    // CPython checks the depth around a call of a one-argument builtin.
    super::vm::deeper(CALL_CONTEXT, || Ok(new_string(repr(args[0])?)))
}

fn builtin_ascii(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("ascii", kwnames)?;
    count("ascii", args.len(), 1, 1)?;
    Ok(new_string(super::str_methods::escape_non_ascii(&repr(args[0])?)))
}

/// The attributes of CPython's `object`, which every `dir` lists.
const OBJECT_ATTRIBUTES: [&str; 24] = [
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__", "__getattribute__",
    "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__", "__le__", "__lt__", "__ne__",
    "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__", "__subclasshook__",
];

/// `dir(obj)`: the sorted names of the object's attributes and its class's.
pub fn builtin_dir(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("dir", kwnames)?;
    count("dir", args.len(), 0, 1)?;
    let Some(&obj) = args.first() else {
        // (A call by this name gets the caller's locals: frame_builtins.rs.)
        return builtin_sorted(&[super::dynamic_code::main_globals()?], &[]);
    };
    // A `__dir__` of the language's own says what the names are.
    if let Some(f) = super::class::lookup(type_of(obj), crate::sym!("__dir__")).filter(|&f| kind_of(f) == Kind::Function) {
        let names = super::call::call(f, &[obj], &[])?;
        return builtin_sorted(&[names], &[]);
    }
    // A module's own `__dir__` (PEP 562) says what its names are.
    if kind_of(obj) == Kind::Module {
        let f = super::module::get_global(obj, "__dir__");
        if !f.is_null() {
            let names = super::call::call(f, &[], &[])?;
            return builtin_sorted(&[names], &[]);
        }
    }
    let names = new_set(false);
    let add_table = |t: &super::dict::DictTable| -> PyResult<()> {
        let keys: Vec<Value> = t.iter().map(|e| e.key).filter(|&k| kind_of(k) == Kind::Str).collect();
        for k in keys {
            set_table(names).add(k)?;
        }
        Ok(())
    };
    match kind_of(obj) {
        Kind::Module => add_table(super::dict::table(super::module_dict::module_dict(obj)))?,
        _ => {
            for k in ops::instance_attr_names(obj) {
                set_table(names).add(k)?;
            }
            let cls = if kind_of(obj) == Kind::Class { obj } else { type_of(obj) };
            for &c in class_obj(cls).mro.iter() {
                add_table(class_obj(c).dict())?;
            }
            let slots = super::class::declared_slots(cls);
            let has_dict = !class_obj(cls).builtin && slots.is_empty();
            for name in slots {
                set_table(names).add(name)?;
            }
            // What CPython's `object` and a class's instance dict add,
            // which coro's classes do not hold as attributes.
            for name in OBJECT_ATTRIBUTES {
                set_table(names).add(super::vm::intern(name))?;
            }
            if has_dict {
                for name in ["__dict__", "__weakref__"] {
                    set_table(names).add(super::vm::intern(name))?;
                }
            }
        }
    }
    let list = new_list(set_table(names).iter().map(|e| e.key).collect());
    super::methods::list_sort(&[list], &[])?;
    Ok(list)
}

fn builtin_isinstance(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("isinstance", kw)?;
    count("isinstance", args.len(), 2, 2)?;
    Ok(boolean(class_check(args[0], args[1], "isinstance", false)?))
}

fn builtin_issubclass(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("issubclass", kw)?;
    count("issubclass", args.len(), 2, 2)?;
    if !is_class(args[0]) {
        return raise_named("TypeError", "issubclass() arg 1 must be a class");
    }
    Ok(boolean(class_check(args[0], args[1], "issubclass", true)?))
}

fn class_check(v: Value, spec: Value, func: &str, sub: bool) -> PyResult<bool> {
    if kind_of(spec) == Kind::Tuple {
        for &c in tuple_items(spec) {
            if class_check(v, c, func, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    let hook = if sub { crate::sym!("__subclasscheck__") } else { crate::sym!("__instancecheck__") };
    if !is_class(spec) {
        // An object whose class checks instances (`int | None`, a union).
        if matches!(kind_of(spec), Kind::Instance) {
            if let Some(f) = super::class::lookup(type_of(spec), hook) {
                return truthy(call(f, &[spec, v], &[])?);
            }
        }
        return raise_named(
            "TypeError",
            if sub {
                format!("{func}() arg 2 must be a class, a tuple of classes, or a union")
            } else {
                format!("{func}() arg 2 must be a type, a tuple of types, or a union")
            },
        );
    }
    // A metaclass's own `__instancecheck__`/`__subclasscheck__` decides
    // (abc.ABCMeta's registered classes); an exact type matches first.
    if sub || type_of(v) != spec {
        if let Some(f) = super::metaclass::custom_dunder(spec, hook) {
            return truthy(call(f, &[spec, v], &[])?);
        }
    }
    Ok(if sub { is_subclass(v, spec) } else { isinstance(v, spec) })
}

pub(super) fn builtin_abs(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("abs", kwnames)?;
    count("abs", args.len(), 1, 1)?;
    let x = args[0];
    match kind_of(x) {
        Kind::Int | Kind::Bool => Ok(big(as_bigint(x).abs())),
        Kind::Float => Ok(float(as_float(x).abs())),
        _ => match super::class::lookup(type_of(x), crate::sym!("__abs__")) {
            Some(f) => call(f, &[x], &[]),
            None => raise_named("TypeError", format!("bad operand type for abs(): '{}'", type_name(x))),
        },
    }
}

/// `min`/`max` shared body.
fn extreme(name: &str, op: CmpOp, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords(name, kwnames, &["key", "default"])?;
    let pos = positional(args, kwnames);
    let key = keyword(args, kwnames, "key").filter(|&k| k != none());
    let default = keyword(args, kwnames, "default");
    let items = match pos.len() {
        0 => return raise_named("TypeError", format!("{name} expected at least 1 argument, got 0")),
        1 => collect(pos[0])?,
        _ => {
            if default.is_some() {
                return raise_named(
                    "TypeError",
                    format!("Cannot specify a default for {name}() with multiple positional arguments"),
                );
            }
            pos.to_vec()
        }
    };
    let holder = new_list(items);
    let items = list_items(holder);
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => raise_named("ValueError", format!("{name}() arg is an empty sequence")),
        };
    }
    let mut best = items[0];
    let mut best_key = match key {
        Some(k) => call(k, &[best], &[])?,
        None => best,
    };
    for i in 1..items.len() {
        let v = items[i];
        let k = match key {
            Some(kf) => call(kf, &[v], &[])?,
            None => v,
        };
        if truthy(ops::compare(op, k, best_key)?)? {
            best = v;
            best_key = k;
        }
    }
    Ok(best)
}

// min, max and hash are one level deeper in CPython (calls it checks).
fn builtin_min(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::vm::deeper(CALL_CONTEXT, || extreme("min", CmpOp::Lt, args, kwnames))
}

fn builtin_max(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::vm::deeper(CALL_CONTEXT, || extreme("max", CmpOp::Gt, args, kwnames))
}

fn builtin_sum(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const SUM: super::args::Clinic<2> = super::args::Clinic { name: "sum", params: ["iterable", "start"], posonly: 1, positional: 2, required: 1 };
    let [Some(seq), start] = SUM.parse(args, kwnames)? else { unreachable!("the iterable is required") };
    let mut total = start.unwrap_or(int(0));
    match kind_of(total) {
        Kind::Str => return raise_named("TypeError", "sum() can't sum strings [use ''.join(seq) instead]"),
        Kind::Bytes | Kind::ByteArray => {
            let name = super::ops::type_name(total);
            return raise_named("TypeError", format!("sum() can't sum {name} [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    // Small ints add up in a machine word until an item is something else
    // or the sum overflows (CPython sums in a C long the same way).
    let mut acc = total.is_small().then(|| total.as_small());
    let mut add = |v: Value| -> PyResult<()> {
        if let (Some(a), true) = (acc, v.is_small()) {
            if let Some(s) = a.checked_add(v.as_small()) {
                acc = Some(s);
                return Ok(());
            }
        }
        if let Some(a) = acc.take() {
            total = int(a);
        }
        total = ops::binary(BinOp::Add, total, v)?;
        Ok(())
    };
    if matches!(kind_of(seq), Kind::List | Kind::Tuple) {
        // Indexing afresh each time: an `__add__` may change the list.
        let mut i = 0;
        while let Some(&v) = if kind_of(seq) == Kind::List { list_items(seq).get(i) } else { tuple_items(seq).get(i) } {
            add(v)?;
            i += 1;
        }
    } else {
        let it = iter(seq)?;
        while let Some(v) = next(it)? {
            add(v)?;
        }
    }
    Ok(acc.map_or(total, int))
}

pub(super) fn builtin_sorted(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // The count first, as CPython: `sorted(iterable=x)` lacks its argument.
    let pos = positional(args, kwnames);
    if pos.len() != 1 {
        return raise_named("TypeError", format!("sorted expected 1 argument, got {}", pos.len()));
    }
    super::methods::check_sort_keywords(kwnames)?;
    let list = new_list(collect(pos[0])?);
    let mut sort_args = vec![list];
    sort_args.extend_from_slice(&args[pos.len()..]);
    super::methods::list_sort(&sort_args, kwnames)?;
    Ok(list)
}

pub(super) fn builtin_reversed(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("reversed", kwnames)?;
    count("reversed", args.len(), 1, 1)?;
    let seq = args[0];
    match kind_of(seq) {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes | Kind::ByteArray => {
            Ok(new_iter(IterState::Reversed { seq, index: ops::len(seq)? }))
        }
        Kind::Dict => Ok(new_iter(IterState::over_reversed(seq, super::iter::DictPart::Keys))),
        _ => match super::class::lookup(type_of(seq), crate::sym!("__reversed__")) {
            Some(f) if f != none() => call(f, &[seq], &[]),
            // The sequence protocol: `__len__` and `__getitem__` (unless
            // `__reversed__ = None` refuses it).
            None if super::class::lookup(type_of(seq), crate::sym!("__len__")).is_some()
                && super::class::lookup(type_of(seq), crate::sym!("__getitem__")).is_some() =>
            {
                let n = ops::len(seq)?;
                Ok(new_iter(IterState::Reversed { seq, index: n }))
            }
            _ => raise_named("TypeError", format!("'{}' object is not reversible", type_name(seq))),
        },
    }
}

fn builtin_enumerate(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // CPython parses these by hand (enumerate_vectorcall), with its own
    // messages: keywords are checked in place, in the order given.
    let nargs = args.len() - kwnames.len();
    let name_is = |i: usize, expected: &str| -> PyResult<()> {
        match as_str(kwnames[i]) {
            k if k == expected => Ok(()),
            k => raise_named("TypeError", format!("'{k}' is an invalid keyword argument for enumerate()")),
        }
    };
    let (iterable, start) = match (args.len(), kwnames.len()) {
        (2, 2) if as_str(kwnames[0]) == "start" => {
            name_is(1, "iterable")?;
            (args[1], Some(args[0]))
        }
        (2, k) => {
            for (i, expected) in ["iterable", "start"].into_iter().enumerate().skip(2 - k) {
                name_is(i - (2 - k), expected)?;
            }
            (args[0], Some(args[1]))
        }
        (1, k) => {
            if k == 1 {
                name_is(0, "iterable")?;
            }
            (args[0], None)
        }
        _ if nargs == 0 => return raise_named("TypeError", "enumerate() missing required argument 'iterable'"),
        (n, _) => return raise_named("TypeError", format!("enumerate() takes at most 2 arguments ({n} given)")),
    };
    let start = start.unwrap_or(int(0));
    // The start is taken as an int (`__index__`), as CPython does.
    let start = match kind_of(start) {
        Kind::Int => start,
        Kind::Bool => int(truthy(start)? as i64),
        _ => super::ops::index_int(start)?,
    };
    let inner = iter(iterable)?;
    Ok(new_iter(IterState::Enumerate { inner, count: start }))
}

fn builtin_zip(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("zip", kwnames, &["strict"])?;
    let strict = match keyword(args, kwnames, "strict") {
        Some(v) => truthy(v)?,
        None => false,
    };
    let inners = new_list(Vec::new());
    for &a in positional(args, kwnames) {
        let it = iter(a)?;
        list_items(inners).push(it);
    }
    if strict && list_items(inners).len() > 1 {
        // `iter(step, sentinel)` over a builtin bound to the list of
        // iterators; the list itself is the sentinel that ends it.
        let step = super::function::bind_builtin(new_builtin("zip", zip_strict_step), inners);
        return Ok(new_iter(IterState::Callable { func: step, sentinel: inners }));
    }
    let inners = list_items(inners).clone();
    Ok(new_iter(IterState::Zip { inners }))
}

/// One step of `zip(..., strict=True)`: the next tuple, the sentinel (the
/// receiver) when every iterator ends together, or CPython's ValueError.
fn zip_strict_step(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let inners = args[0];
    let n = list_items(inners).len();
    let got = new_list(Vec::with_capacity(n));
    let plural = |i: usize| if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{i}") };
    for i in 0..n {
        let it = list_items(inners)[i];
        match next(it)? {
            Some(v) => list_items(got).push(v),
            None if i == 0 => {
                for j in 1..n {
                    let other = list_items(inners)[j];
                    if next(other)?.is_some() {
                        return raise_named("ValueError", format!("zip() argument {} is longer than {}", j + 1, plural(j)));
                    }
                }
                return Ok(inners);
            }
            None => return raise_named("ValueError", format!("zip() argument {} is shorter than {}", i + 1, plural(i))),
        }
    }
    let items = list_items(got).clone();
    Ok(new_tuple(items))
}

fn builtin_map(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("map", kw)?;
    if args.len() < 2 {
        return raise_named("TypeError", "map() must have at least two arguments.");
    }
    // Each iterator is rooted as it is made: the next `iter` allocates.
    let keep = super::heap::Rooted::new();
    let mut inners = Vec::new();
    for &a in &args[1..] {
        inners.push(keep.add(iter(a)?));
    }
    Ok(new_iter(IterState::Map { func: args[0], inners }))
}

fn builtin_filter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("filter", kw)?;
    count("filter", args.len(), 2, 2)?;
    let inner = iter(args[1])?;
    Ok(new_iter(IterState::Filter { func: args[0], inner }))
}

fn builtin_any(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("any", kw)?;
    count("any", args.len(), 1, 1)?;
    let it = iter(args[0])?;
    while let Some(v) = next(it)? {
        if truthy(v)? {
            return Ok(boolean(true));
        }
    }
    Ok(boolean(false))
}

fn builtin_all(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("all", kw)?;
    count("all", args.len(), 1, 1)?;
    let it = iter(args[0])?;
    while let Some(v) = next(it)? {
        if !truthy(v)? {
            return Ok(boolean(false));
        }
    }
    Ok(boolean(true))
}

fn builtin_iter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("iter", kw)?;
    count("iter", args.len(), 1, 2)?;
    if args.len() == 2 {
        if !super::call::callable(args[0]) {
            return raise_named("TypeError", "iter(v, w): v must be callable");
        }
        return Ok(new_iter(IterState::Callable { func: args[0], sentinel: args[1] }));
    }
    iter(args[0])
}

fn builtin_next(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("next", kw)?;
    count("next", args.len(), 1, 2)?;
    let it = args[0];
    if kind_of(it) != Kind::Iter && super::class::lookup(type_of(it), crate::sym!("__next__")).is_none() {
        return raise_named("TypeError", format!("'{}' object is not an iterator", type_name(it)));
    }
    // A coroutine's `__await__()` iterator steps the coroutine itself.
    let it = super::iter::wrapped_coroutine(it).unwrap_or(it);
    // A generator's return value, or the value an `asend`/`athrow`
    // awaitable finishes with (what its async generator yielded), goes in
    // the StopIteration.
    let step = if args.len() > 1 {
        None
    } else if kind_of(it) == Kind::Generator {
        Some(super::generator::resume(it, none(), super::generator::MODE_SEND)?)
    } else if super::generator::is_async_gen_step(it) {
        Some(super::generator::asend_step(it, none(), super::generator::MODE_SEND)?)
    } else {
        None
    };
    match step {
        Some(super::generator::Step::Yield(v)) => return Ok(v),
        Some(super::generator::Step::Return(v)) => return super::generator::stop_iteration(v),
        None => {}
    }
    // A `__next__` method's own StopIteration (and its value) goes on up
    // unless there is a default.
    if args.len() == 1 && kind_of(it) != Kind::Iter {
        if let Some(f) = super::class::lookup(type_of(it), crate::sym!("__next__")) {
            return super::call::call(f, &[it], &[]);
        }
    }
    match next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                let exc = super::exception::new_exception(super::vm::exc_class("StopIteration"), &[]);
                super::vm::set_exception(exc);
                Err(super::vm::Exc)
            }
        },
    }
}

/// The name given to getattr, setattr, hasattr or delattr, a str.
fn attribute_name(v: Value) -> PyResult<&'static str> {
    if kind_of(v) != Kind::Str {
        return raise_named("TypeError", format!("attribute name must be string, not '{}'", type_name(v)));
    }
    Ok(as_str(v))
}

fn builtin_getattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("getattr", kw)?;
    count("getattr", args.len(), 2, 3)?;
    attribute_name(args[1])?;
    let name = super::vm::intern_value(args[1]);
    if args.len() == 2 {
        return super::attr::getattr(args[0], name);
    }
    Ok(super::attr::lookup_attr(args[0], name)?.unwrap_or(args[2]))
}

fn builtin_setattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("setattr", kw)?;
    count("setattr", args.len(), 3, 3)?;
    attribute_name(args[1])?;
    super::attr::setattr(args[0], super::vm::intern_value(args[1]), args[2])?;
    Ok(none())
}

fn builtin_delattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("delattr", kw)?;
    count("delattr", args.len(), 2, 2)?;
    let name = attribute_name(args[1])?;
    super::attr::delattr(args[0], intern(name))?;
    Ok(none())
}

fn builtin_hasattr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("hasattr", kw)?;
    count("hasattr", args.len(), 2, 2)?;
    attribute_name(args[1])?;
    Ok(boolean(super::attr::lookup_attr(args[0], super::vm::intern_value(args[1]))?.is_some()))
}

fn builtin_hash(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("hash", kw)?;
    count("hash", args.len(), 1, 1)?;
    super::vm::deeper(CALL_CONTEXT, || Ok(int(ops::hash(args[0])?)))
}

fn builtin_id(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("id", kw)?;
    count("id", args.len(), 1, 1)?;
    Ok(int((args[0].0 >> 1) as i64))
}

fn builtin_callable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("callable", kw)?;
    count("callable", args.len(), 1, 1)?;
    Ok(boolean(super::call::callable(args[0])))
}

fn builtin_chr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("chr", kw)?;
    count("chr", args.len(), 1, 1)?;
    // CPython converts to a C int first.
    let Some(n) = super::number::as_i64(super::ops::index_int(args[0])?).filter(|n| i32::try_from(*n).is_ok()) else {
        return raise_named("OverflowError", "Python int too large to convert to C int");
    };
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(super::text::char_str(c)),
        // Strs hold Unicode scalar values only.
        None if (0xd800..0xe000).contains(&n) => raise_named("ValueError", "coro does not support lone surrogates in strs (chr() of 0xd800 to 0xdfff)"),
        None => raise_named("ValueError", "chr() arg not in range(0x110000)"),
    }
}

fn builtin_ord(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("ord", kw)?;
    count("ord", args.len(), 1, 1)?;
    if super::bytes::is_bytes_like(args[0]) {
        return match super::bytes::as_bytes(args[0]) {
            [b] => Ok(int(*b as i64)),
            data => raise_named(
                "TypeError",
                format!("ord() expected a character, but string of length {} found", data.len()),
            ),
        };
    }
    if kind_of(args[0]) != Kind::Str {
        return raise_named("TypeError", format!("ord() expected string of length 1, but {} found", type_name(args[0])));
    }
    let s = as_str(args[0]);
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(int(c as i64)),
        _ => raise_named(
            "TypeError",
            format!("ord() expected a character, but string of length {} found", s.chars().count()),
        ),
    }
}

fn radix_text(args: &[Value], name: &str, prefix: &str, radix: u32) -> PyResult<Value> {
    count(name, args.len(), 1, 1)?;
    let n = as_bigint(super::ops::index_int(args[0])?);
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(new_string(format!("{sign}{prefix}{digits}")))
}

fn builtin_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("hex", kw)?;
    radix_text(args, "hex", "0x", 16)
}

fn builtin_oct(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("oct", kw)?;
    radix_text(args, "oct", "0o", 8)
}

fn builtin_bin(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("bin", kw)?;
    radix_text(args, "bin", "0b", 2)
}

pub(super) fn builtin_divmod(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("divmod", kwnames)?;
    count("divmod", args.len(), 2, 2)?;
    let (a, b) = (args[0], args[1]);
    let number = |v: Value| is_int(v) || kind_of(v) == Kind::Float;
    if !(number(a) && number(b)) {
        // Objects decide through __divmod__, then the other's __rdivmod__.
        if let Some(r) = ops::dunder_sym(a, crate::sym!("__divmod__"), &[b])? {
            if r != vm().not_implemented {
                return Ok(r);
            }
        }
        if type_of(a) != type_of(b) {
            if let Some(r) = ops::dunder_sym(b, crate::sym!("__rdivmod__"), &[a])? {
                if r != vm().not_implemented {
                    return Ok(r);
                }
            }
        }
        return raise_named("TypeError", format!("unsupported operand type(s) for divmod(): '{}' and '{}'", type_name(a), type_name(b)));
    }
    if kind_of(a) == Kind::Float || kind_of(b) == Kind::Float {
        // Both are converted to float before the zero check, as CPython
        // does: a huge int is an OverflowError even over zero.
        for v in [a, b] {
            if is_int(v) {
                super::arith::int_to_f64(&as_bigint(v))?;
            }
        }
    }
    if (kind_of(a) == Kind::Float || kind_of(b) == Kind::Float) && ops::truthy(b).map(|t| !t).unwrap_or(false) {
        return raise_named("ZeroDivisionError", "float divmod()");
    }
    let q = ops::binary(BinOp::FloorDiv, args[0], args[1])?;
    let r = ops::binary(BinOp::Mod, args[0], args[1])?;
    Ok(new_tuple_from(&[q, r]))
}

pub(super) fn builtin_pow(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    const POW: super::args::Clinic<3> = super::args::Clinic { name: "pow", params: ["base", "exp", "mod"], posonly: 0, positional: 3, required: 2 };
    let [Some(base), Some(exp), modulus] = POW.parse(args, kwnames)? else { unreachable!("base and exp are required") };
    let all = [base, exp, modulus.unwrap_or(none())];
    let pos: &[Value] = if modulus.is_some() { &all } else { &all[..2] };
    if pos.len() == 3 && pos[2] != none() {
        // A class of the language's own: three-argument `__pow__` (never
        // `__rpow__`, as in CPython).
        if kind_of(pos[0]) == Kind::Instance {
            if let Some(f) = super::class::lookup(type_of(pos[0]), crate::sym!("__pow__")) {
                let r = super::call::call(f, pos, &[])?;
                if r != vm().not_implemented {
                    return Ok(r);
                }
            }
        }
        if !(is_int(pos[0]) && is_int(pos[1]) && is_int(pos[2])) {
            let floats = pos.iter().all(|&v| is_int(v) || kind_of(v) == Kind::Float);
            if floats {
                return raise_named("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
            }
            return raise_named(
                "TypeError",
                format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name(pos[0]),
                    type_name(pos[1]),
                    type_name(pos[2])
                ),
            );
        }
        let (b, e, m) = (as_bigint(pos[0]), as_bigint(pos[1]), as_bigint(pos[2]));
        return Ok(big(super::vm::lift(super::numeric::int_pow_mod(&b, &e, &m))?));
    }
    ops::binary(BinOp::Pow, pos[0], pos[1])
}

pub(super) fn builtin_round(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("round", kwnames, &["number", "ndigits"])?;
    let pos = positional(args, kwnames);
    count("round", pos.len(), 0, 2)?;
    let Some(x) = pos.first().copied().or(keyword(args, kwnames, "number")) else {
        return raise_named("TypeError", "round() missing required argument 'number' (pos 1)");
    };
    let ndigits = keyword(args, kwnames, "ndigits").or(pos.get(1).copied()).filter(|&v| v != none());
    // ndigits is clipped to the i64 range, as CPython clips it to Py_ssize_t.
    let clip = |n: Value| -> PyResult<i64> {
        if !is_int(n) {
            return index_value(n);
        }
        let b = as_bigint(n);
        Ok(super::number::as_i64(n).unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
    };
    match kind_of(x) {
        Kind::Int | Kind::Bool => match ndigits {
            None => Ok(big(as_bigint(x))),
            Some(n) => Ok(big(super::numeric::round_int(&as_bigint(x), clip(n)?))),
        },
        Kind::Float => {
            let n = match ndigits {
                Some(n) => Some(clip(n)?),
                None => None,
            };
            match super::vm::lift(super::numeric::round_float(as_float(x), n))? {
                super::numeric::Number::Int(i) => Ok(big(i)),
                super::numeric::Number::Float(f) => Ok(float(f)),
            }
        }
        _ => match super::class::lookup(type_of(x), crate::sym!("__round__")) {
            Some(f) => match ndigits {
                Some(n) => call(f, &[x, n], &[]),
                None => call(f, &[x], &[]),
            },
            None => raise_named("TypeError", format!("type {} doesn't define __round__ method", type_name(x))),
        },
    }
}

fn builtin_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("format", kw)?;
    count("format", args.len(), 1, 2)?;
    let spec = match args.get(1) {
        Some(&s) if kind_of(s) != Kind::Str => {
            return raise_named("TypeError", format!("format() argument 2 must be str, not {}", super::ops::arg_type_name(s)));
        }
        Some(&s) => as_str(s),
        None => "",
    };
    Ok(new_string(super::format_value::format_value(args[0], spec)?))
}

pub(super) fn builtin_vars(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("vars", kw)?;
    count("vars", args.len(), 1, 1)?;
    match super::attr::getattr(args[0], crate::sym!("__dict__")) {
        Err(_) if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) => {
            super::vm::take_exception();
            raise_named("TypeError", "vars() argument must have __dict__ attribute")
        }
        r => r,
    }
}

fn builtin_input(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("input", kw)?;
    count("input", args.len(), 0, 1)?;
    super::capabilities::require(super::capabilities::Capabilities::PROCESS, "PermissionError", "input()")?;
    if let Some(&p) = args.first() {
        write_to(None, &str_of(p)?)?;
        let _ = std::io::stdout().flush();
    }
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => raise_named("EOFError", "EOF when reading a line"),
        Ok(_) => Ok(new_str(line.trim_end_matches('\n'))),
        Err(e) => raise_named("OSError", e.to_string()),
    }
}

/// The builtin functions, by name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", builtin_print),
    ("len", builtin_len),
    ("repr", builtin_repr),
    ("ascii", builtin_ascii),
    ("dir", builtin_dir),
    ("isinstance", builtin_isinstance),
    ("issubclass", builtin_issubclass),
    ("abs", builtin_abs),
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("sorted", builtin_sorted),
    ("any", builtin_any),
    ("all", builtin_all),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("getattr", builtin_getattr),
    ("setattr", builtin_setattr),
    ("delattr", builtin_delattr),
    ("hasattr", builtin_hasattr),
    ("hash", builtin_hash),
    ("id", builtin_id),
    ("callable", builtin_callable),
    ("chr", builtin_chr),
    ("ord", builtin_ord),
    ("hex", builtin_hex),
    ("oct", builtin_oct),
    ("bin", builtin_bin),
    ("divmod", builtin_divmod),
    ("pow", builtin_pow),
    ("round", builtin_round),
    ("format", builtin_format),
    ("vars", builtin_vars),
    ("exit", super::module_sys::builtin_exit),
    ("quit", super::module_sys::builtin_exit),
    ("input", builtin_input),
    ("__import__", builtin_import),
];

/// Creates the `builtins` module.
/// Builtins coro does not provide: calling one says so by name (a
/// program that never calls them runs as under CPython).
const UNSUPPORTED: &[(&str, super::function::NativeFn)] = &[
    ("open", |_, _| unsupported_builtin("open")),
    ("memoryview", |_, _| unsupported_builtin("memoryview")),
    ("breakpoint", |_, _| unsupported_builtin("breakpoint")),
    ("help", |_, _| unsupported_builtin("help")),
];

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// imports `name` and returns its top-level package, or with a `fromlist`
/// the module itself, as the `import` statement uses it in CPython.
fn builtin_import(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::check_keywords("__import__", kw, &["name", "globals", "locals", "fromlist", "level"])?;
    let pos = super::args::positional(args, kw);
    count("__import__", pos.len(), 0, 5)?;
    let arg = |i: usize, key: &str| pos.get(i).copied().or_else(|| super::args::keyword(args, kw, key));
    let Some(name) = arg(0, "name") else {
        return raise_named("TypeError", "__import__() missing required argument 'name' (pos 1)");
    };
    if kind_of(name) != Kind::Str {
        return raise_named("TypeError", "module name must be a string");
    }
    let level = arg(4, "level").map_or(Ok(0), super::ops::index_value)?;
    if level < 0 {
        return raise_named("ValueError", "level must be >= 0");
    }
    if level > 0 {
        // A relative import: coro's modules are not in packages.
        let globals = arg(1, "globals");
        if globals.is_some_and(|g| kind_of(g) != Kind::Dict) {
            return raise_named("TypeError", "globals must be a dict");
        }
        if globals.and_then(|g| super::dict::table(g).get_str(crate::sym!("__name__"))).is_none() {
            return raise_named("KeyError", "'__name__' not in globals");
        }
        return raise_named("ImportError", "attempted relative import with no known parent package");
    }
    let name = super::str::as_str(name);
    if name.is_empty() {
        return raise_named("ValueError", "Empty module name");
    }
    let module = super::import::import_module(name)?;
    let from = arg(3, "fromlist").filter(|&f| f != none());
    if from.map_or(Ok(false), truthy)? {
        return Ok(module);
    }
    super::import::import_module(name.split('.').next().unwrap_or(name))
}

/// What calling the `UNSUPPORTED` builtin `name` raises.
fn unsupported_builtin(name: &str) -> PyResult<Value> {
    raise_named("NotImplementedError", format!("coro does not support {name}()"))
}

/// The builtins module's docstring, CPython's.
const BUILTINS_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";

pub fn install() {
    let m = new_module("builtins", "", &[]);
    set_global(m, "__doc__", super::str::new_str(BUILTINS_DOC));
    for &(name, f) in FUNCTIONS.iter().chain(super::dynamic_code::FUNCTIONS) {
        set_global(m, name, new_builtin(name, f));
    }
    for &(name, f) in UNSUPPORTED {
        set_global(m, name, new_builtin(name, f));
    }
    super::iter_classes::install();
    for (name, _) in ITERATOR_TYPES {
        set_global(m, name, super::iter_classes::named(name).expect("installed above"));
    }
    for (name, entry) in [("len", crate::fast_entry!(builtin_len, 1)), ("isinstance", crate::fast_entry!(builtin_isinstance, 2))] {
        super::function::set_fast_entry(super::module::get_global(m, name), entry);
    }
    let c = &vm().classes;
    for (name, cls) in [
        ("object", c.object),
        ("type", c.type_),
        ("int", c.int),
        ("float", c.float),
        ("str", c.str_),
        ("bytes", c.bytes),
        ("bytearray", c.bytearray),
        ("bool", c.bool_),
        ("list", c.list),
        ("tuple", c.tuple),
        ("dict", c.dict),
        ("set", c.set),
        ("frozenset", c.frozenset),
        ("range", c.range),
        ("slice", c.slice),
        ("staticmethod", c.staticmethod),
        ("classmethod", c.classmethod),
        ("property", c.property),
        ("super", c.super_),
    ] {
        set_global(m, name, cls);
    }
    for (&name, &cls) in &c.exceptions {
        set_global(m, name, cls);
    }
    set_global(m, "EnvironmentError", c.exceptions["OSError"]);
    set_global(m, "IOError", c.exceptions["OSError"]);
    set_global(m, "None", none());
    set_global(m, "NotImplemented", vm().not_implemented);
    set_global(m, "Ellipsis", vm().ellipsis);
    set_global(m, "False", vm().false_);
    set_global(m, "True", vm().true_);
    // Python runs without -O.
    set_global(m, "__debug__", vm().true_);
    // Every builtin in a slot, so compiled code reads it at a fixed address.
    let names: Vec<String> = super::module::globals(m).into_iter().map(|(n, _)| n).collect();
    super::module::add_globals(m, &names);
    vm().builtins.set(m);
    vm().modules.borrow_mut().insert("builtins".into(), m);
}
