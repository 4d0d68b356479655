//! Text conversions: `repr()` and `str()` of every builtin kind (with the
//! `[...]` guard for self-containing containers), str indexing, and `%`
//! formatting.

use std::cell::RefCell;

use super::class::{class_obj, lookup, type_of};
use super::dict::table;
use super::exception::{exc_obj, exc_str};
use super::function::{builtin_obj, func_obj, method_obj};
use super::number::{as_bigint, as_float, is_int};
use super::object::{kind_of, Kind};
use super::seq::{list_items, tuple_items};
use super::set::set_table;
use super::str::{as_str, new_str, new_string, str_obj};
use super::value::Value;
use super::vm::{intern, raise_named, vm, PyResult};

// `percent.rs` is not declared in `runtime/mod.rs` yet; include it here.

thread_local! {
    /// Containers whose repr is being built (to print `[...]` for cycles).
    static REPR_STACK: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// CPython's `repr(str)` (with CPython's Unicode printability table).
pub fn str_repr(s: &str) -> String {
    super::str_methods::repr_str(s)
}

/// `body()`, the repr of container `v`, or `{open}...{close}` when `v`'s
/// repr is already being built (a container that holds itself).
pub fn guarded(v: Value, open: &str, close: &str, body: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    if REPR_STACK.with(|s| s.borrow().contains(&v)) {
        return Ok(format!("{open}...{close}"));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(v));
    let r = super::vm::deeper(" while getting the repr of an object", body);
    REPR_STACK.with(|s| s.borrow_mut().pop());
    r
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for &i in items {
        parts.push(repr(i)?);
    }
    Ok(parts.join(", "))
}

pub fn qualified_name(cls: Value) -> String {
    let c = class_obj(cls);
    // As CPython's type_repr: a class's own `__module__`, which the
    // program may have reassigned.
    let assigned = if c.builtin { None } else { c.dict().get_str(crate::sym!("__module__")).filter(|&m| kind_of(m) == Kind::Str) };
    let module = assigned.map_or(c.module.as_str(), super::str::as_str);
    if module == "builtins" {
        c.qualname.clone()
    } else {
        format!("{module}.{}", c.qualname)
    }
}

/// `repr(v)`.
pub fn repr(v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    Ok(match kind_of(v) {
        Kind::None if v == vm().not_implemented => "NotImplemented".into(),
        Kind::None if v == vm().ellipsis => "Ellipsis".into(),
        Kind::None => "None".into(),
        Kind::Bool => if v == vm().true_ { "True" } else { "False" }.into(),
        Kind::Int => super::vm::lift(super::numeric::int_to_str(&as_bigint(v)))?,
        Kind::Float => super::format::float_repr(as_float(v)),
        Kind::Str => str_repr(as_str(v)),
        Kind::Bytes | Kind::ByteArray => super::bytes::repr(v),
        Kind::List => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            let items = list_items(v).clone();
            guarded(v, "[", "]", || Ok(format!("[{}]", join_reprs(&items)?)))?
        }
        Kind::Tuple => {
            let items = tuple_items(v);
            if items.len() == 1 {
                // No cycle without a container between: the depth counts.
                super::vm::deeper(" while getting the repr of an object", || Ok(format!("({},)", repr(items[0])?)))?
            } else {
                guarded(v, "(", ")", || Ok(format!("({})", join_reprs(items)?)))?
            }
        }
        Kind::Dict => {
            let entries: Vec<_> = table(v).iter().map(|e| (e.key, e.value)).collect();
            guarded(v, "{", "}", || {
                let mut parts = Vec::with_capacity(entries.len());
                for (k, x) in entries {
                    parts.push(format!("{}: {}", repr(k)?, repr(x)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Kind::Set => {
            let items: Vec<Value> = set_table(v).iter().map(|e| e.key).collect();
            let frozen = super::set::is_frozen(v);
            let name = class_obj(type_of(v)).name.clone();
            if items.is_empty() {
                format!("{name}()")
            } else {
                let body = guarded(v, "{", "}", || Ok(format!("{{{}}}", join_reprs(&items)?)))?;
                if frozen {
                    format!("frozenset({body})")
                } else {
                    body
                }
            }
        }
        Kind::Range => {
            let r = super::range::range_obj(v);
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Kind::Slice => {
            let s = super::range::slice_obj(v);
            format!("slice({}, {}, {})", repr(s.start)?, repr(s.stop)?, repr(s.step)?)
        }
        // A library function that is C code in CPython shows as its builtin.
        Kind::Function if func_obj(v).code.hidden_frame && func_obj(v).code.qualname == func_obj(v).code.name => {
            format!("<built-in function {}>", func_obj(v).code.name)
        }
        Kind::Function => format!("<function {} at {:#x}>", func_obj(v).qualname(), v.0),
        Kind::Builtin => {
            let b = builtin_obj(v);
            if let Some(cls) = super::function::unbound_method_class(b) {
                format!("<method '{}' of '{}' objects>", b.name, class_obj(cls).name)
            } else if b.bound.is_null() || kind_of(b.bound) == Kind::Module || crate::embed::function::is_native(b) {
                format!("<built-in function {}>", b.name)
            } else {
                format!("<built-in method {} of {} object at {:#x}>", b.name, super::ops::type_name(b.bound), b.bound.0)
            }
        }
        Kind::BoundMethod => {
            let m = method_obj(v);
            match kind_of(m.func) {
                Kind::Function => format!("<bound method {} of {}>", func_obj(m.func).code.qualname, repr(m.receiver)?),
                // A builtin classmethod bound to its class (`dict.fromkeys`).
                Kind::Builtin => format!(
                    "<built-in method {} of {} object at {:#x}>",
                    builtin_obj(m.func).name,
                    super::ops::type_name(m.receiver),
                    m.receiver.0
                ),
                _ => format!("<bound method ? of {}>", repr(m.receiver)?),
            }
        }
        Kind::Class => match super::metaclass::custom_dunder(v, crate::sym!("__repr__")) {
            Some(f) => return call_repr_with(f, v),
            None => format!("<class '{}'>", qualified_name(v)),
        },
        Kind::Module => {
            let name = &super::module::module_obj(v).name;
            // The modules CPython compiles into its executable say so.
            const BUILT_IN: &[&str] = &["_abc", "_collections", "_functools", "_io", "_operator", "_signal", "_string", "_thread", "_warnings", "_weakref", "atexit", "builtins", "errno", "gc", "itertools", "sys", "time"];
            if BUILT_IN.contains(&name.as_str()) { format!("<module '{name}' (built-in)>") } else { format!("<module '{name}'>") }
        }
        Kind::Exception => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            exception_repr(v)?
        }
        Kind::Instance => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            // Dict views (`dict_keys([...])`); see `dict_view`.
            if let Some(text) = super::dict_view::view_repr(v)? {
                return Ok(text);
            }
            format!("<{} object at {:#x}>", qualified_name(type_of(v)), v.0)
        }
        Kind::Cell => format!("<cell at {:#x}>", v.0),
        Kind::Iter => format!("<{} object at {:#x}>", class_obj(type_of(v)).name, v.0),
        // `<classmethod(<function f at 0x...>)>`, as CPython 3.10 and later.
        Kind::Descriptor if type_of(v) == super::vm::vm().classes.staticmethod || type_of(v) == super::vm::vm().classes.classmethod => {
            format!("<{}({})>", class_obj(type_of(v)).name, repr(super::function::descriptor_obj(v).func)?)
        }
        Kind::Descriptor => format!("<{} object at {:#x}>", class_obj(type_of(v)).name, v.0),
        Kind::Generator => {
            let g = super::generator::gen_obj(v);
            format!("<{} object {} at {:#x}>", class_obj(type_of(v)).name, g.code().qualname, v.0)
        }
        Kind::Free => "<freed object>".into(),
    })
}

/// `BaseException.__repr__`: the class name (its `__name__`, as CPython's
/// `tp_name`, where a traceback shows the `__qualname__`) and the args.
pub fn exception_repr(v: Value) -> PyResult<String> {
    let name = class_obj(type_of(v)).name.clone();
    let args = tuple_items(exc_obj(v).args.get());
    Ok(if args.len() == 1 { format!("{name}({})", repr(args[0])?) } else { format!("{name}({})", join_reprs(args)?) })
}

/// The user-defined `__repr__` of `v`'s class, if any.
fn user_repr(v: Value) -> Option<Value> {
    lookup(type_of(v), crate::sym!("__repr__")).filter(|&f| kind_of(f) == Kind::Function || super::ops::native_method(v, f))
}

fn call_repr(v: Value) -> PyResult<String> {
    call_repr_with(user_repr(v).expect("checked by the caller"), v)
}

/// `repr(v)` through the `__repr__` function `f`.
fn call_repr_with(f: Value, v: Value) -> PyResult<String> {
    // One level deeper, as CPython's PyObject_Repr.
    super::vm::deeper(" while getting the repr of an object", || repr_result(f, v))
}

/// What the `__repr__` function `f` gives for `v`, checked to be a str.
fn repr_result(f: Value, v: Value) -> PyResult<String> {
    let r = super::call::call(f, &[v], &[])?;
    if kind_of(r) != Kind::Str {
        return raise_named("TypeError", format!("__repr__ returned non-string (type {})", super::ops::type_name(r)));
    }
    Ok(as_str(r).to_string())
}

/// What a RecursionError says when `str()` of an object went too deep.
const STR_CONTEXT: &str = " while getting the str of an object";

/// `str(v)`.
pub fn str_of(v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    match kind_of(v) {
        Kind::Str => Ok(as_str(v).to_string()),
        // A class whose metaclass defines `__str__`.
        Kind::Class => match super::metaclass::custom_dunder(v, crate::sym!("__str__")) {
            Some(f) => str_result(super::vm::deeper(STR_CONTEXT, || super::call::call(f, &[v], &[]))?),
            None => repr(v),
        },
        Kind::Instance | Kind::Exception | Kind::List | Kind::Dict => {
            if let Some(f) = lookup(type_of(v), crate::sym!("__str__")).filter(|&f| kind_of(f) == Kind::Function || super::ops::native_method(v, f)) {
                // One level deeper, as CPython's PyObject_Str.
                return str_result(super::vm::deeper(STR_CONTEXT, || super::call::call(f, &[v], &[]))?);
            }
            if kind_of(v) == Kind::Exception {
                return exc_str(v);
            }
            // `object.__str__` calls the `__repr__` slot directly: the one
            // level is PyObject_Str's.
            match user_repr(v) {
                Some(f) => super::vm::deeper(STR_CONTEXT, || repr_result(f, v)),
                None => repr(v),
            }
        }
        _ => repr(v),
    }
}

/// The text of a `__str__` method's result `r`, which must be a str.
fn str_result(r: Value) -> PyResult<String> {
    if kind_of(r) != Kind::Str {
        return raise_named("TypeError", format!("__str__ returned non-string (type {})", super::ops::type_name(r)));
    }
    Ok(as_str(r).to_string())
}

/// `s[key]` for a str.
pub fn str_getitem(s: Value, key: Value) -> PyResult<Value> {
    let text = super::str::indexable(s);
    if kind_of(key) == Kind::Slice {
        let (start, _, step, count) = super::ops::slice_indices(key, text.len)?;
        if step == 1 && count == text.len {
            return Ok(s);
        }
        return Ok(new_str(&super::str_methods::select(text, start, step, count)));
    }
    if !is_int(key) && !super::ops::has_index(key) {
        return raise_named("TypeError", format!("string indices must be integers, not '{}'", super::ops::type_name(key)));
    }
    let i = super::ops::index_value(key)?;
    Ok(char_str(super::vm::lift(super::str_methods::char_at(text, i))?))
}

/// A one-character str (interned for Latin-1, as CPython caches them).
pub fn char_str(c: char) -> Value {
    if let Some(cached) = vm().latin1.get(c as usize) {
        if cached.get().is_null() {
            cached.set(intern(c.encode_utf8(&mut [0; 4])));
        }
        cached.get()
    } else {
        new_str(c.encode_utf8(&mut [0; 4]))
    }
}

/// `format % args` for a str format.
pub fn percent_format(format: Value, args: Value) -> PyResult<Value> {
    let out = percent_core(as_str(format), args, false)?;
    Ok(new_string(out))
}

/// `format % args`, driving the CPython-exact spec parser and formatters of
/// `percent` the way `PyUnicode_Format` does, or (`bytes`) the way
/// `_PyBytes_FormatEx` does, for a bytes format given as Latin-1 text (one
/// char per byte; the result maps back the same way).
pub fn percent_core(fmt: &str, args: Value, bytes: bool) -> PyResult<String> {
    use super::percent::{parse_percent_spec, percent_float, percent_int, percent_text, unsupported_conversion, PercentCount};
    use super::vm::lift;
    // Instances of tuple and str subclasses count as tuples and strs.
    let value = super::value_class::unwrap(args);
    let is_tuple = kind_of(value) == Kind::Tuple;
    let single = [args];
    let values: &[Value] = if is_tuple { tuple_items(value) } else { &single };
    // PyMapping_Check: anything with __getitem__ that is not a tuple or
    // str (nor, for a bytes format, a bytes or bytearray).
    let mapping = match kind_of(value) {
        Kind::Tuple | Kind::Str => None,
        Kind::Bytes | Kind::ByteArray if bytes => None,
        Kind::Dict | Kind::List | Kind::Bytes | Kind::ByteArray | Kind::Range => Some(args),
        Kind::Instance if lookup(type_of(args), crate::sym!("__getitem__")).is_some() => Some(args),
        _ => None,
    };
    let mut out = String::with_capacity(fmt.len());
    let mut next = 0usize;
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = values.get(*next).copied();
        *next += 1;
        match v {
            Some(v) => Ok(v),
            None => raise_named("TypeError", "not enough arguments for format string"),
        }
    };
    let mut pos = 0;
    while let Some(off) = fmt[pos..].find('%') {
        out.push_str(&fmt[pos..pos + off]);
        let rest = &fmt[pos + off + 1..];
        if rest.starts_with('%') {
            out.push('%');
            pos += off + 2;
            continue;
        }
        let mut spec = lift(parse_percent_spec(rest))?;
        let spec_end = pos + off + 1 + spec.len;
        pos = spec_end;
        let value = match &spec.key {
            Some(k) => {
                let Some(m) = mapping else {
                    return raise_named("TypeError", "format requires a mapping");
                };
                let key = if bytes { super::bytes::new_bytes(k.chars().map(|c| c as u8).collect()) } else { new_str(k) };
                // As in CPython, a keyed value uses up the argument: a later
                // `%s` without a key finds nothing left.
                next = values.len();
                super::ops::getitem(m, key)?
            }
            None => {
                if spec.width == PercentCount::Star {
                    let w = take(&mut next)?;
                    if !is_int(w) {
                        return raise_named("TypeError", "* wants int");
                    }
                    spec.set_star_width(super::ops::index_value(w)?);
                }
                if spec.precision == PercentCount::Star {
                    let p = take(&mut next)?;
                    if !is_int(p) {
                        return raise_named("TypeError", "* wants int");
                    }
                    spec.set_star_precision(super::ops::index_value(p)?);
                }
                take(&mut next)?
            }
        };
        let type_name = || super::ops::type_name(value);
        // The common plain `%s` of a str and `%d` of a small int need no
        // text of their own.
        if !bytes && spec.is_plain() {
            match (spec.conversion, kind_of(value)) {
                ('s', Kind::Str) => {
                    out.push_str(as_str(value));
                    continue;
                }
                ('d' | 'i' | 'u', _) if value.is_small() => {
                    let _ = std::fmt::Write::write_fmt(&mut out, format_args!("{}", value.as_small()));
                    continue;
                }
                _ => {}
            }
        }
        let body = match spec.conversion {
            's' | 'b' if bytes => lift(percent_text(&bytes_text(value)?, &spec))?,
            'r' | 'a' if bytes => lift(percent_text(&super::str_methods::escape_non_ascii(&repr(value)?), &spec))?,
            'c' if bytes => {
                let byte = if super::bytes::is_bytes_like(value) && super::bytes::as_bytes(value).len() == 1 {
                    super::bytes::as_bytes(value)[0]
                } else if is_int(value) {
                    match super::number::as_i64(value).and_then(|n| u8::try_from(n).ok()) {
                        Some(b) => b,
                        None => return raise_named("OverflowError", "%c arg not in range(256)"),
                    }
                } else {
                    return raise_named("TypeError", "%c requires an integer in range(256) or a single byte");
                };
                lift(percent_text((byte as char).encode_utf8(&mut [0; 4]), &spec))?
            }
            's' => lift(percent_text(&str_of(value)?, &spec))?,
            'r' => lift(percent_text(&repr(value)?, &spec))?,
            'a' => lift(percent_text(&super::str_methods::escape_non_ascii(&repr(value)?), &spec))?,
            'c' => {
                let c = if kind_of(value) == Kind::Str && str_obj(value).chars == 1 {
                    as_str(value).chars().next().expect("one char")
                } else if is_int(value) || super::ops::has_index(value) {
                    let n = if is_int(value) { super::number::as_i64(value) } else { Some(super::ops::index_value(value)?) };
                    match n.and_then(|n| u32::try_from(n).ok()).and_then(char::from_u32) {
                        Some(c) => c,
                        None => return raise_named("OverflowError", "%c arg not in range(0x110000)"),
                    }
                } else {
                    return raise_named("TypeError", "%c requires int or char");
                };
                lift(percent_text(c.encode_utf8(&mut [0; 4]), &spec))?
            }
            conv @ ('d' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G') => {
                let integer = matches!(conv, 'o' | 'x' | 'X');
                if is_int(value) {
                    lift(percent_int(&as_bigint(value), &spec))?
                } else if kind_of(value) == Kind::Float {
                    lift(percent_float(as_float(value), &spec))?
                } else {
                    // CPython converts with `__index__` for `%o %x %X`, and
                    // for the others with `__int__` or `__float__`, else
                    // `__index__`.
                    let hooks: &[&str] = if integer {
                        &["__index__"]
                    } else if matches!(conv, 'd' | 'i' | 'u') {
                        &["__int__", "__index__"]
                    } else {
                        &["__float__", "__index__"]
                    };
                    let found = hooks.iter().find_map(|&h| lookup(type_of(value), intern(h)).map(|f| (h, f)));
                    match found {
                        Some((hook, f)) => {
                            let n = super::call::call(f, &[value], &[])?;
                            if is_int(n) {
                                lift(percent_int(&as_bigint(n), &spec))?
                            } else if kind_of(n) == Kind::Float {
                                lift(percent_float(as_float(n), &spec))?
                            } else {
                                return raise_named("TypeError", format!("{hook} returned non-number (type {})", super::ops::type_name(n)));
                            }
                        }
                        None if integer => {
                            return raise_named("TypeError", format!("%{conv} format: an integer is required, not {}", type_name()))
                        }
                        None if matches!(conv, 'd' | 'i' | 'u') => {
                            return raise_named("TypeError", format!("%{conv} format: a real number is required, not {}", type_name()))
                        }
                        None => return raise_named("TypeError", format!("must be real number, not {}", type_name())),
                    }
                }
            }
            other => {
                let conv_index = fmt[..spec_end].chars().count() - 1;
                return Err(super::vm::raise_from(unsupported_conversion(other, conv_index)));
            }
        };
        out.push_str(&body);
    }
    out.push_str(&fmt[pos..]);
    if next < values.len() && mapping.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return raise_named("TypeError", format!("not all arguments converted during {what} formatting"));
    }
    Ok(out)
}

/// The operand of `%s`/`%b` in a bytes format, as Latin-1 text: a
/// bytes-like object or the result of `__bytes__`.
fn bytes_text(v: Value) -> PyResult<String> {
    let data = if super::bytes::is_bytes_like(v) {
        super::bytes::as_bytes(v)
    } else {
        match lookup(type_of(v), crate::sym!("__bytes__")) {
            Some(f) if kind_of(v) == Kind::Instance => {
                let r = super::call::call(f, &[v], &[])?;
                if kind_of(r) != Kind::Bytes {
                    return raise_named("TypeError", format!("__bytes__ returned non-bytes (type {})", super::ops::type_name(r)));
                }
                super::bytes::as_bytes(r)
            }
            _ => {
                return raise_named(
                    "TypeError",
                    format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        super::ops::type_name(v)
                    ),
                )
            }
        }
    };
    Ok(data.iter().map(|&b| b as char).collect())
}
