//! The runtime entry points that compiled code calls. Every one is
//! `extern "C"`, takes and returns 64-bit words, and never unwinds: a Rust
//! error becomes the NULL return (or -1 / 0 status) with the exception left
//! pending, and the JIT code branches to its handler.

use super::attr;
use super::call::call;
use super::class::{isinstance, type_of};
use super::dict::{new_dict, table};
use super::exception::{add_traceback, is_exception, new_exception};
use super::function::{new_cell, new_function, CellObj, CodeInfo};
use super::inline_cache::{self, AttrSite};
use super::iterate;
use super::module::{get_global, module_obj, set_global};
use super::object::{kind_of, Kind};
use super::ops;
use super::seq::{list_items, new_list, new_tuple, new_tuple_from, tuple_items};
use super::set::{new_set, set_table};
use super::str::{as_str, new_string};
use super::value::Value;
use super::vm::{exc_class, none, raise_named, set_exception, take_exception, vm, Exc, PyResult};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// Returned by `rt_next` when the iterator is exhausted.
pub const STOP: Value = Value(8);

/// Converts a result to the word protocol.
#[inline]
fn word(r: PyResult<Value>) -> Value {
    r.unwrap_or(Value::NULL)
}

/// Converts a unit result to a status word (1 ok, 0 error).
#[inline]
fn status(r: PyResult<()>) -> i64 {
    r.map_or(0, |_| 1)
}

unsafe fn slice<'a>(ptr: *const Value, n: i64) -> &'a [Value] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(ptr, n as usize)
    }
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::MatMul,
    BinOp::Div,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::BitAnd,
    BinOp::BitOr,
    BinOp::BitXor,
];

/// The number compiled code passes for a binary operator.
pub fn binop_code(op: BinOp) -> i64 {
    BINOPS.iter().position(|&o| o == op).expect("every operator is listed") as i64
}

const CMPOPS: [CmpOp; 10] =
    [CmpOp::Eq, CmpOp::NotEq, CmpOp::Lt, CmpOp::LtE, CmpOp::Gt, CmpOp::GtE, CmpOp::Is, CmpOp::IsNot, CmpOp::In, CmpOp::NotIn];

/// The number compiled code passes for a comparison.
pub fn cmpop_code(op: CmpOp) -> i64 {
    CMPOPS.iter().position(|&o| o == op).expect("every comparison is listed") as i64
}

const UNARYOPS: [UnaryOp; 4] = [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert, UnaryOp::Not];

/// The number compiled code passes for a unary operator.
pub fn unaryop_code(op: UnaryOp) -> i64 {
    UNARYOPS.iter().position(|&o| o == op).expect("every operator is listed") as i64
}

pub extern "C" fn rt_binary(op: i64, a: Value, b: Value) -> Value {
    word(ops::binary(BINOPS[op as usize], a, b))
}

pub extern "C" fn rt_inplace(op: i64, a: Value, b: Value) -> Value {
    word(ops::inplace(BINOPS[op as usize], a, b))
}

pub extern "C" fn rt_unary(op: i64, v: Value) -> Value {
    word(ops::unary(UNARYOPS[op as usize], v))
}

pub extern "C" fn rt_compare(op: i64, a: Value, b: Value) -> Value {
    word(ops::compare(CMPOPS[op as usize], a, b))
}

/// 1 true, 0 false, -1 error.
pub extern "C" fn rt_truthy(v: Value) -> i64 {
    match ops::truthy(v) {
        Ok(b) => b as i64,
        Err(_) => -1,
    }
}

pub extern "C" fn rt_load_global_slow(module: Value, name: Value) -> Value {
    let v = get_global(module, as_str(name));
    if !v.is_null() {
        return v;
    }
    let b = get_global(vm().builtins.get(), as_str(name));
    if !b.is_null() {
        return b;
    }
    word(not_defined(name))
}

/// Raises `NameError: name 'x' is not defined`, with the `name` attribute
/// CPython gives it.
fn not_defined<T>(name: Value) -> PyResult<T> {
    if as_str(name) == "complex" {
        // Named for what it is, in the words of the `j` literal's error.
        return super::vm::raise_named("NotImplementedError", "complex numbers are not supported by coro");
    }
    let message = format!("name '{}' is not defined", as_str(name));
    let exc = super::exception::new_exception(exc_class("NameError"), &[super::str::new_str(&message)]);
    super::exception::exc_attrs(exc).set_str(crate::sym!("name"), name);
    set_exception(exc);
    Err(Exc)
}

pub extern "C" fn rt_store_global(module: Value, name: Value, v: Value) -> i64 {
    set_global(module, as_str(name), v);
    1
}

pub extern "C" fn rt_delete_global(module: Value, name: Value) -> i64 {
    if get_global(module, as_str(name)).is_null() {
        return status(not_defined(name));
    }
    set_global(module, as_str(name), Value::NULL);
    1
}

pub extern "C" fn rt_unbound_local(name: Value) -> Value {
    word(raise_named(
        "UnboundLocalError",
        format!("cannot access local variable '{}' where it is not associated with a value", as_str(name)),
    ))
}

pub extern "C" fn rt_unbound_free(name: Value) -> Value {
    word(raise_named(
        "NameError",
        format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", as_str(name)),
    ))
}

/// A name read in a class body: the namespace, then globals, then builtins.
/// True when a class body's namespace is a plain dict (not what a
/// metaclass's `__prepare__` made), which the body reads and writes directly.
fn plain_namespace(ns: Value) -> bool {
    type_of(ns) == super::vm::vm().classes.dict
}

pub extern "C" fn rt_load_name(ns: Value, module: Value, name: Value) -> Value {
    if plain_namespace(ns) {
        if let Some(v) = table(ns).get_str(name) {
            return v;
        }
    } else {
        match super::ops::getitem(ns, name) {
            Ok(v) => return v,
            Err(_) if super::class::isinstance(super::vm::vm().current_exc.get(), super::vm::exc_class("KeyError")) => {
                super::vm::take_exception();
            }
            Err(_) => return Value::NULL,
        }
    }
    rt_load_global_slow(module, name)
}

pub extern "C" fn rt_store_name(ns: Value, name: Value, v: Value) -> i64 {
    if !plain_namespace(ns) {
        // A prepared namespace sees every store (CPython's STORE_NAME).
        return status(if v.is_null() { super::ops::delitem(ns, name) } else { super::ops::setitem(ns, name, v) });
    }
    if v.is_null() {
        // Unbinding (the end of an `except ... as name` block).
        let _ = table(ns).remove(name);
    } else {
        table(ns).set_str(name, v);
    }
    1
}

pub extern "C" fn rt_delete_name(ns: Value, name: Value) -> i64 {
    if !plain_namespace(ns) {
        return match super::ops::delitem(ns, name) {
            Ok(()) => 1,
            Err(_) if super::class::isinstance(super::vm::vm().current_exc.get(), super::vm::exc_class("KeyError")) => {
                super::vm::take_exception();
                status(not_defined(name))
            }
            Err(_) => 0,
        };
    }
    match table(ns).remove(name) {
        Ok(Some(_)) => 1,
        Ok(None) => status(not_defined(name)),
        Err(_) => 0,
    }
}

pub extern "C" fn rt_call(callee: Value, args: *const Value, n: i64, kwnames: Value) -> Value {
    // SAFETY: compiled code passes a stack array of `n` values.
    let args = unsafe { slice(args, n) };
    let kw = if kwnames.is_null() { &[][..] } else { tuple_items(kwnames) };
    word(call(callee, args, kw))
}

/// Calls the builtin `callee` with positional `args`: compiled calls whose
/// callee turned out to be a builtin skip `call`'s dispatch.
pub extern "C" fn rt_call_builtin(callee: Value, args: *const Value, n: i64) -> Value {
    // SAFETY: compiled code passes a stack array of `n` values.
    word(super::call::call_builtin(callee, unsafe { slice(args, n) }, &[]))
}

/// A new instance of the plain class `cls`, for compiled `cls(args)` that
/// then enter the class's remembered `__init__` (`ClassObj::ctor`).
pub extern "C" fn rt_new_instance(cls: Value) -> Value {
    super::instance::new_instance(cls)
}

/// What an `__init__` entered by compiled code returned, when it was not
/// None: raises the TypeError.
pub extern "C" fn rt_init_returned(r: Value) -> Value {
    word(super::call::init_returned(r).map(|_| r))
}

/// `obj.name(args)` without creating a bound method when the attribute is a
/// plain function of the class. `args[0]` is the receiver.
pub extern "C" fn rt_call_method(name: Value, args: *const Value, n: i64, kwnames: Value) -> Value {
    // SAFETY: compiled code passes a stack array of `n` values.
    let args = unsafe { slice(args, n) };
    let kw = if kwnames.is_null() { &[][..] } else { tuple_items(kwnames) };
    call_method(name, args, kw, None)
}

/// `obj.name(args)` (positional arguments only) from a site with an inline
/// cache the compiled code found no match in; the site learns the method.
pub extern "C" fn rt_call_method_site(name: Value, args: *const Value, n: i64, site: *mut AttrSite) -> Value {
    // SAFETY: compiled code passes a stack array of `n` values and its site.
    let (args, site) = unsafe { (slice(args, n), &mut *site) };
    call_method(name, args, &[], Some(site))
}

/// `obj.name` from a site whose inline cache missed; the site learns where
/// the attribute is.
pub extern "C" fn rt_getattr_site(obj: Value, name: Value, site: *mut AttrSite) -> Value {
    if !obj.is_small() && kind_of(obj) == Kind::Module {
        // SAFETY: compiled code passes its own site.
        if let Some(v) = inline_cache::module_global(unsafe { &mut *site }, obj, name) {
            return v;
        }
    }
    // SAFETY: compiled code passes its own site.
    if let Some(getter) = inline_cache::property_getter(unsafe { &*site }, obj) {
        return word(call(getter, &[obj], &[]));
    }
    let r = attr::getattr(obj, name);
    if r.is_ok() {
        // SAFETY: compiled code passes its own site.
        inline_cache::learn_load(unsafe { &mut *site }, obj, name);
    }
    word(r)
}

/// `obj.name = v` from a site whose inline cache missed; the site learns
/// the slot (and the shape change when the attribute is new).
pub extern "C" fn rt_setattr_site(obj: Value, name: Value, v: Value, site: *mut AttrSite) -> i64 {
    let before = inline_cache::shape_before_store(obj);
    let r = attr::setattr(obj, name, v);
    if r.is_ok() {
        // SAFETY: compiled code passes its own site.
        inline_cache::learn_store(unsafe { &mut *site }, obj, name, before);
    }
    status(r)
}

/// `obj.name(args)`: the class's function or builtin called with the
/// receiver first when the instance does not shadow it (a `site` learns
/// it), else the attribute called as any value.
fn call_method(name: Value, args: &[Value], kw: &[Value], mut site: Option<&mut AttrSite>) -> Value {
    let obj = args[0];
    let lookup_position = site.as_ref().map_or(0, |s| s.lookup_position);
    let kind = kind_of(obj);
    if kind == Kind::Module {
        if let Some(f) = site.as_mut().and_then(|site| inline_cache::module_global(site, obj, name)) {
            return word(call(f, &args[1..], kw));
        }
    } else if !matches!(kind, Kind::Class | Kind::Descriptor) && attr::custom_getattribute(obj).is_none() {
        let cls = type_of(obj);
        if let Some(f) = super::class::lookup(cls, name) {
            let shadowed = match kind {
                Kind::Instance => super::instance::attrs(obj).get_str(name).is_some(),
                Kind::Exception => super::exception::exc_attrs(obj).get_str(name).is_some(),
                _ => false,
            };
            if !shadowed {
                if let Some(site) = site {
                    inline_cache::learn_method(site, obj, name, f, args.len());
                }
                match kind_of(f) {
                    Kind::Function => return word(call_fast_or_bind(f, args, kw)),
                    Kind::Builtin if super::function::binds_as_method(super::function::builtin_obj(f)) => {
                        return word(super::call::call_builtin(f, args, kw))
                    }
                    _ => {}
                }
            }
        }
    }
    let f = match attr::getattr(obj, name) {
        Ok(f) => f,
        Err(_) => {
            super::exception::point_next_entry_at(lookup_position);
            return Value::NULL;
        }
    };
    word(call(f, &args[1..], kw))
}

/// Calls a compiled function, through its fast entry when the call is a
/// plain positional one that matches its arity.
fn call_fast_or_bind(f: Value, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let func = super::function::func_obj(f);
    if kw.is_empty() && func.fast_arity as usize == args.len() {
        let r = call_fast(func.fast_entry, f, args);
        return if r.is_null() { Err(Exc) } else { Ok(r) };
    }
    super::call::call_function(f, args, kw)
}

/// Calls a fast entry with `args` in registers (up to 6), else via binding.
pub fn call_fast(entry: *const u8, f: Value, a: &[Value]) -> Value {
    type V = Value;
    // SAFETY: fast entries take (function, slot...) with exactly a.len() slots.
    unsafe {
        match a.len() {
            0 => std::mem::transmute::<*const u8, extern "C" fn(V) -> V>(entry)(f),
            1 => std::mem::transmute::<*const u8, extern "C" fn(V, V) -> V>(entry)(f, a[0]),
            2 => std::mem::transmute::<*const u8, extern "C" fn(V, V, V) -> V>(entry)(f, a[0], a[1]),
            3 => std::mem::transmute::<*const u8, extern "C" fn(V, V, V, V) -> V>(entry)(f, a[0], a[1], a[2]),
            4 => std::mem::transmute::<*const u8, extern "C" fn(V, V, V, V, V) -> V>(entry)(f, a[0], a[1], a[2], a[3]),
            5 => std::mem::transmute::<*const u8, extern "C" fn(V, V, V, V, V, V) -> V>(entry)(f, a[0], a[1], a[2], a[3], a[4]),
            _ => {
                let func = super::function::func_obj(f);
                let entry: extern "C" fn(V, *const V) -> V = std::mem::transmute(func.code.array_entry);
                entry(f, a.as_ptr())
            }
        }
    }
}

/// `f(*args, **kwargs)`: `args` is a tuple or list; `kwargs` a dict or NULL.
/// `callee(*args, **kwargs)`. `args` is the list the call site built,
/// which nothing else sees: the keyword values go on its end and the call
/// reads its items in place (`gather(*tasks)` with 200,000 tasks copies
/// them once, not twice).
pub extern "C" fn rt_call_ex(callee: Value, args: Value, kwargs: Value) -> Value {
    word(call_spread(callee, args, kwargs))
}

/// `callee(*args, **kwargs)` with `args` a list no one else sees (the
/// keyword values go on its end) and `kwargs` a dict or NULL.
pub fn call_spread(callee: Value, args: Value, kwargs: Value) -> PyResult<Value> {
    let mut names = Vec::new();
    if !kwargs.is_null() {
        for e in table(kwargs).iter() {
            names.push(e.key);
            list_items(args).push(e.value);
        }
    }
    let holder = new_tuple(names.clone());
    let r = call(callee, list_items(args).as_slice(), &names);
    std::hint::black_box(holder);
    r
}

pub extern "C" fn rt_getattr(obj: Value, name: Value) -> Value {
    word(attr::getattr(obj, name))
}

pub extern "C" fn rt_setattr(obj: Value, name: Value, v: Value) -> i64 {
    status(attr::setattr(obj, name, v))
}

pub extern "C" fn rt_delattr(obj: Value, name: Value) -> i64 {
    status(attr::delattr(obj, name))
}

pub extern "C" fn rt_getitem(c: Value, k: Value) -> Value {
    // A dict and an int or str key: no dispatch, no hashing call.
    if kind_of(c) == Kind::Dict {
        if let Some(h) = ops::quick_hash(k) {
            return word(table(c).get_hashed(k, h).and_then(|found| found.map_or_else(|| ops::dict_missing(c, k), Ok)));
        }
    }
    word(ops::getitem(c, k))
}

pub extern "C" fn rt_setitem(c: Value, k: Value, v: Value) -> i64 {
    if kind_of(c) == Kind::Dict && c.header().flags.get() == 0 {
        // (A flagged dict mirrors a module: `ops::setitem` keeps it in step.)
        if let Some(h) = ops::quick_hash(k) {
            return status(table(c).set_hashed(k, h, v));
        }
    }
    status(ops::setitem(c, k, v))
}

pub extern "C" fn rt_delitem(c: Value, k: Value) -> i64 {
    status(ops::delitem(c, k))
}

pub extern "C" fn rt_build_list(ptr: *const Value, n: i64) -> Value {
    // SAFETY: compiled code passes a stack array of `n` values.
    new_list(unsafe { slice(ptr, n) }.to_vec())
}

pub extern "C" fn rt_build_tuple(ptr: *const Value, n: i64) -> Value {
    // SAFETY: as above.
    new_tuple_from(unsafe { slice(ptr, n) })
}

pub extern "C" fn rt_build_set(ptr: *const Value, n: i64) -> Value {
    let s = new_set(false);
    // SAFETY: as above.
    for &v in unsafe { slice(ptr, n) } {
        if set_table(s).add(v).is_err() {
            return Value::NULL;
        }
    }
    s
}

/// A dict from `n` key/value pairs laid out k0 v0 k1 v1 ...
pub extern "C" fn rt_build_dict(ptr: *const Value, n: i64) -> Value {
    let d = new_dict();
    // SAFETY: as above, 2n values.
    let items = unsafe { slice(ptr, 2 * n) };
    for pair in items.chunks(2) {
        if table(d).set(pair[0], pair[1]).is_err() {
            return Value::NULL;
        }
    }
    d
}

pub extern "C" fn rt_getslice(c: Value, lower: Value, upper: Value) -> Value {
    word(ops::getslice(c, lower, upper))
}

pub extern "C" fn rt_build_slice(a: Value, b: Value, c: Value) -> Value {
    super::range::new_slice(a, b, c)
}

pub extern "C" fn rt_list_append(list: Value, v: Value) -> i64 {
    list_items(list).push(v);
    1
}

pub extern "C" fn rt_list_extend(list: Value, iterable: Value) -> i64 {
    match iterate::collect(iterable) {
        Ok(items) => {
            list_items(list).extend(items);
            1
        }
        Err(_) => {
            let exc = vm().current_exc.get();
            if isinstance(exc, exc_class("TypeError")) && !super::iterate::iter(iterable).is_ok() {
                take_exception();
                return status(raise_named(
                    "TypeError",
                    format!("Value after * must be an iterable, not {}", ops::type_name(iterable)),
                ));
            }
            0
        }
    }
}

/// `*iterable` in a call's arguments: `rt_list_extend`, with the error
/// naming the callee as CPython does.
pub extern "C" fn rt_star_args_extend(list: Value, iterable: Value, callee: Value) -> i64 {
    if !super::bytes::is_iterable(iterable) {
        let message = format!("{} argument after * must be an iterable, not {}", callee_name(callee), ops::type_name(iterable));
        return status(raise_named("TypeError", message));
    }
    rt_list_extend(list, iterable)
}

pub extern "C" fn rt_list_to_tuple(list: Value) -> Value {
    new_tuple_from(list_items(list))
}

pub extern "C" fn rt_set_add(set: Value, v: Value) -> i64 {
    status(set_table(set).add(v))
}

/// `globals()`: the dict of the module the code belongs to.
pub extern "C" fn rt_module_dict(module: Value) -> Value {
    super::module_dict::module_dict(module)
}

pub extern "C" fn rt_frame_call(func: Value, args: Value, globals: Value, locals: Value) -> Value {
    word(super::dynamic_code::frame_call(func, args, globals, locals))
}

pub extern "C" fn rt_locals_snapshot(names: Value, values: *const Value) -> Value {
    super::dynamic_code::locals_snapshot(names, values)
}

pub extern "C" fn rt_exec_namespace() -> Value {
    super::dynamic_code::exec_namespace()
}

pub extern "C" fn rt_set_update(set: Value, iterable: Value) -> i64 {
    // As CPython's SET_UPDATE: `set_update_internal`, table to table for a set.
    status(set_table(set).update_from(iterable))
}

/// The start of a module body that annotates names: an empty
/// `__annotations__` unless the module has one.
pub extern "C" fn rt_setup_annotations(module: Value) -> Value {
    if get_global(module, "__annotations__").is_null() {
        set_global(module, "__annotations__", new_dict());
    }
    none()
}

pub extern "C" fn rt_dict_set(d: Value, k: Value, v: Value) -> i64 {
    status(table(d).set(k, v))
}

/// True for what `**` and `dict.update` take as a mapping: a dict, or an
/// object with `keys`.
fn is_mapping(v: Value) -> bool {
    kind_of(v) == Kind::Dict || super::class::lookup(type_of(v), crate::sym!("keys")).is_some()
}

pub extern "C" fn rt_dict_update(d: Value, mapping: Value) -> i64 {
    if !is_mapping(mapping) {
        return status(raise_named("TypeError", format!("'{}' object is not a mapping", ops::type_name(mapping))));
    }
    status(super::builtins::dict_update(d, mapping))
}

/// Adds keyword `name=v` after a `**mapping` to call keywords, rejecting
/// a name the mapping gave already.
pub extern "C" fn rt_kwarg_set(d: Value, name: Value, v: Value, callee: Value) -> i64 {
    if table(d).get_str(name).is_some() {
        let callee = callee_name(callee);
        return status(raise_named("TypeError", format!("{callee} got multiple values for keyword argument '{}'", as_str(name))));
    }
    table(d).set_str(name, v);
    1
}

/// Adds `**mapping` to call keywords, rejecting repeated names.
pub extern "C" fn rt_kwargs_merge(d: Value, mapping: Value, callee: Value) -> i64 {
    if !is_mapping(mapping) {
        let message = format!("{} argument after ** must be a mapping, not {}", callee_name(callee), ops::type_name(mapping));
        return status(raise_named("TypeError", message));
    }
    let Some(mapping) = super::value_class::merged_dict(mapping) else {
        return rt_dict_update(d, mapping);
    };
    let entries: Vec<_> = table(mapping).iter().copied().collect();
    for e in entries {
        if kind_of(e.key) != Kind::Str {
            return status(raise_named("TypeError", "keywords must be strings"));
        }
        if table(d).get_str(e.key).is_some() {
            let name = callee_name(callee);
            return status(raise_named(
                "TypeError",
                format!("{name} got multiple values for keyword argument '{}'", as_str(e.key)),
            ));
        }
        table(d).set_str(e.key, e.value);
    }
    1
}

/// The callee as CPython names it in call errors (`_PyObject_FunctionStr`):
/// a function with its module, unless that is builtins.
fn callee_name(callee: Value) -> String {
    match kind_of(callee) {
        Kind::Function => {
            let f = super::function::func_obj(callee);
            let module = if kind_of(f.module) == Kind::Module { super::module::module_obj(f.module).name.clone() } else { String::new() };
            if module.is_empty() || module == "builtins" {
                format!("{}()", f.code.qualname)
            } else {
                format!("{module}.{}()", f.code.qualname)
            }
        }
        Kind::Builtin => format!("{}()", super::function::builtin_obj(callee).name),
        Kind::BoundMethod => callee_name(super::function::method_obj(callee).func),
        Kind::Class => format!("{}()", super::text::qualified_name(callee)),
        _ => format!("{}()", ops::type_name(callee)),
    }
}

pub extern "C" fn rt_iter(v: Value) -> Value {
    word(iterate::iter(v))
}

/// The next item, `STOP` when exhausted, NULL on error.
pub extern "C" fn rt_next(it: Value) -> Value {
    match iterate::next(it) {
        Ok(Some(v)) => v,
        Ok(None) => STOP,
        Err(_) => Value::NULL,
    }
}

pub use super::pattern_match::{rt_match_class, rt_match_mapping, rt_match_sequence};

/// The error of unpacking `v` whose iteration failed: CPython's "cannot
/// unpack" when `v` is not iterable at all, else what the iteration raised.
fn unpack_error(v: Value, e: Exc) -> PyResult<()> {
    let cls = type_of(v);
    let iterable = matches!(kind_of(v), Kind::Iter | Kind::Generator | Kind::Str | Kind::Dict | Kind::Set | Kind::Bytes | Kind::ByteArray | Kind::Range)
        || super::class::lookup(cls, crate::sym!("__iter__")).is_some()
        || super::class::lookup(cls, crate::sym!("__getitem__")).is_some();
    if iterable {
        return Err(e);
    }
    take_exception();
    raise_named("TypeError", format!("cannot unpack non-iterable {} object", ops::type_name(v)))
}

/// Unpacks `v` into exactly `n` values at `out`.
pub extern "C" fn rt_unpack(v: Value, n: i64, out: *mut Value) -> i64 {
    let items = match kind_of(v) {
        Kind::Tuple => tuple_items(v).to_vec(),
        Kind::List => list_items(v).clone(),
        _ => {
            let it = match iterate::iter(v) {
                Ok(it) => it,
                Err(e) => return status(unpack_error(v, e)),
            };
            let holder = new_list(Vec::new());
            loop {
                match iterate::next(it) {
                    Ok(Some(x)) => {
                        list_items(holder).push(x);
                        if list_items(holder).len() as i64 > n {
                            break;
                        }
                    }
                    Ok(None) => break,
                    Err(_) => return 0,
                }
            }
            list_items(holder).clone()
        }
    };
    if (items.len() as i64) < n {
        return status(raise_named(
            "ValueError",
            format!("not enough values to unpack (expected {n}, got {})", items.len()),
        ));
    }
    if items.len() as i64 > n {
        let got = if matches!(kind_of(v), Kind::Tuple | Kind::List) { format!(", got {}", items.len()) } else { String::new() };
        let _ = got;
        return status(raise_named("ValueError", format!("too many values to unpack (expected {n})")));
    }
    for (i, x) in items.into_iter().enumerate() {
        // SAFETY: compiled code passes room for n values.
        unsafe { *out.add(i) = x };
    }
    1
}

/// Unpacks `v` into `before` values, a list of the middle, and `after` values.
pub extern "C" fn rt_unpack_ex(v: Value, before: i64, after: i64, out: *mut Value) -> i64 {
    let items = match iterate::collect(v) {
        Ok(items) => items,
        Err(e) => return status(unpack_error(v, e)),
    };
    let need = (before + after) as usize;
    if items.len() < need {
        return status(raise_named(
            "ValueError",
            format!("not enough values to unpack (expected at least {need}, got {})", items.len()),
        ));
    }
    let mid_end = items.len() - after as usize;
    // The outer values go to `out` (on the stack, where the collector
    // looks) before the middle list is made.
    // SAFETY: compiled code passes room for before + 1 + after values.
    unsafe {
        for i in 0..before as usize {
            *out.add(i) = items[i];
        }
        for j in 0..after as usize {
            *out.add(before as usize + 1 + j) = items[mid_end + j];
        }
        *out.add(before as usize) = new_list(items[before as usize..mid_end].to_vec());
    }
    1
}

/// Makes a function object for compiled code `code`.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn rt_make_function(
    code: *const CodeInfo,
    defaults: *const Value,
    ndefaults: i64,
    kwdefaults: *const Value,
    nkwdefaults: i64,
    closure: *const Value,
    nclosure: i64,
    module: Value,
) -> Value {
    // SAFETY: code infos are leaked and live for the VM's life; arrays are stack slots.
    unsafe {
        new_function(
            &*code,
            slice(defaults, ndefaults).to_vec(),
            slice(kwdefaults, nkwdefaults).to_vec(),
            slice(closure, nclosure).to_vec(),
            module,
        )
    }
}

/// Makes a function object for compiled code `code` with no defaults and
/// no closure (it cannot fail).
pub extern "C" fn rt_make_plain_function(code: *const CodeInfo, module: Value) -> Value {
    // SAFETY: code infos are leaked and live for the VM's life.
    new_function(unsafe { &*code }, Vec::new(), Vec::new(), Vec::new(), module)
}

pub extern "C" fn rt_new_cell(v: Value) -> Value {
    new_cell(v)
}

/// The `i`th closure cell of function `f`.
pub extern "C" fn rt_closure_cell(f: Value, i: i64) -> Value {
    super::function::func_obj(f).closure[i as usize]
}

/// Stores into a cell (used where compiled code has no offset).
pub extern "C" fn rt_cell_set(cell: Value, v: Value) -> i64 {
    // SAFETY: cell values are cells.
    unsafe { (*cell.ptr::<CellObj>()).value = v };
    1
}

/// The namespace a class statement's body fills: what its metaclass's
/// `__prepare__(name, bases, **keywords)` returns, else a new dict.
pub extern "C" fn rt_prepare_class(name: Value, bases: *const Value, nbases: i64, keywords: Value) -> Value {
    // SAFETY: a stack array of nbases values.
    let given = unsafe { slice(bases, nbases) };
    word(prepare_class(name, given, keywords))
}

fn prepare_class(name: Value, given: &[Value], keywords: Value) -> PyResult<Value> {
    let keywords: Vec<(Value, Value)> = if keywords.is_null() { Vec::new() } else { table(keywords).iter().map(|e| (e.key, e.value)).collect() };
    let explicit = keywords.iter().find(|&&(k, _)| as_str(k) == "metaclass").map(|&(_, m)| m);
    let type_ = super::vm::vm().classes.type_;
    let plain = explicit.is_none() && given.iter().all(|&b| kind_of(b) == Kind::Class && type_of(b) == type_);
    if plain || explicit.is_some_and(|m| kind_of(m) != Kind::Class) {
        return Ok(super::dict::new_dict());
    }
    let rooted = super::heap::Rooted::new();
    let bases = resolve_bases(given, &rooted)?;
    let meta = super::metaclass::winner(explicit.unwrap_or(type_), &bases)?;
    let Some(prepare) = attr::getattr_opt(meta, crate::sym!("__prepare__"))? else {
        return Ok(super::dict::new_dict());
    };
    let mut args = vec![name, rooted.add(super::seq::new_tuple(bases))];
    let mut names = Vec::new();
    for &(k, v) in keywords.iter().filter(|&&(k, _)| as_str(k) != "metaclass") {
        args.push(v);
        names.push(k);
    }
    let ns = call(prepare, &args, &names)?;
    if kind_of(ns) != Kind::Dict && super::class::lookup(type_of(ns), crate::sym!("__getitem__")).is_none() {
        let meta_name = if kind_of(meta) == Kind::Class { super::class::class_obj(meta).name.clone() } else { "<metaclass>".into() };
        return raise_named("TypeError", format!("{meta_name}.__prepare__() must return a mapping, not {}", super::ops::type_name(ns)));
    }
    Ok(ns)
}

/// Creates a class from its namespace; sets the `__class__` cell if given.
pub extern "C" fn rt_build_class(
    name: Value,
    qualname: Value,
    bases: *const Value,
    nbases: i64,
    ns: Value,
    class_cell: Value,
    module: Value,
    keywords: Value,
) -> Value {
    // SAFETY: a stack array of nbases values.
    let given = unsafe { slice(bases, nbases) }.to_vec();
    word(build_class(name, qualname, given, ns, class_cell, module, keywords))
}

fn build_class(name: Value, qualname: Value, given: Vec<Value>, ns: Value, class_cell: Value, module: Value, keywords: Value) -> PyResult<Value> {
    // Values held only in Rust memory until the class holds them: the
    // bases `__mro_entries__` made, a `__module__` str made here.
    let rooted = super::heap::Rooted::new();
    let bases = resolve_bases(&given, &rooted)?;
    if bases != given {
        // In the namespace object, where the collector sees it.
        super::ops::setitem(ns, crate::sym!("__orig_bases__"), super::seq::new_tuple(given))?;
    }
    let mut keywords: Vec<(Value, Value)> = if keywords.is_null() { Vec::new() } else { table(keywords).iter().map(|e| (e.key, e.value)).collect() };
    let explicit = keywords.iter().position(|&(k, _)| as_str(k) == "metaclass").map(|i| keywords.remove(i).1);
    if !plain_namespace(ns) {
        // A prepared namespace goes to the metaclass as it is.
        if !class_cell.is_null() {
            super::ops::setitem(ns, crate::sym!("__classcell__"), class_cell)?;
        }
        return super::metaclass::call_metaclass(explicit, name, bases, ns, &keywords);
    }
    let mut t = table(ns).clone();
    // The body may name another module (the stdlib does, as CPython's).
    let module_name = match t.get_str(crate::sym!("__module__")) {
        Some(m) if kind_of(m) == Kind::Str => as_str(m).to_string(),
        _ => {
            let name = module_obj(module).name.clone();
            t.set_str(crate::sym!("__module__"), rooted.add(super::str::new_str(&name)));
            name
        }
    };
    // The body stored its `__qualname__`, which it may have changed.
    let qualname = match t.get_str(crate::sym!("__qualname__")) {
        Some(q) if kind_of(q) == Kind::Str => as_str(q).to_string(),
        Some(q) => return raise_named("TypeError", format!("type __qualname__ must be a str, not {}", ops::type_name(q))),
        None => as_str(qualname).to_string(),
    };
    super::metaclass::build_class(explicit, name, &qualname, &module_name, bases, t, class_cell, &keywords)
}

/// The bases a class statement names, with each that is not a class
/// replaced by what its `__mro_entries__` gives (PEP 560: `list[int]`),
/// which `rooted` keeps alive.
fn resolve_bases(given: &[Value], rooted: &super::heap::Rooted) -> PyResult<Vec<Value>> {
    let mut bases = Vec::with_capacity(given.len());
    for &b in given {
        if kind_of(b) == Kind::Class {
            bases.push(b);
            continue;
        }
        let Some(entries) = super::class::lookup(type_of(b), crate::sym!("__mro_entries__")) else {
            return raise_named("TypeError", "bases must be types");
        };
        let r = call(entries, &[b, super::seq::new_tuple(given.to_vec())], &[])?;
        if kind_of(r) != Kind::Tuple {
            return raise_named("TypeError", "__mro_entries__ must return a tuple");
        }
        for &e in super::seq::tuple_items(r) {
            if kind_of(e) != Kind::Class {
                return raise_named("TypeError", "bases must be types");
            }
            bases.push(rooted.add(e));
        }
    }
    Ok(bases)
}

pub extern "C" fn rt_super(cls: Value, obj: Value) -> Value {
    // CPython looks for the first argument before the `__class__` cell.
    if obj.is_null() {
        return word(raise_named("RuntimeError", "super(): no arguments"));
    }
    if cls.is_null() {
        return word(raise_named("RuntimeError", "super(): __class__ cell not found"));
    }
    word(attr::new_super(cls, obj))
}

/// `raise exc from cause` (cause NULL when absent). Always returns NULL.
pub extern "C" fn rt_raise(exc: Value, cause: Value) -> Value {
    let exc = if kind_of(exc) == Kind::Class {
        if !super::class::class_obj(exc).is_exception.get() {
            return word(raise_named("TypeError", "exceptions must derive from BaseException"));
        }
        match call(exc, &[], &[]) {
            Ok(e) => e,
            Err(_) => return Value::NULL,
        }
    } else {
        exc
    };
    if !is_exception(exc) {
        return word(raise_named("TypeError", "exceptions must derive from BaseException"));
    }
    if !cause.is_null() {
        let cause = if kind_of(cause) == Kind::Class {
            match call(cause, &[], &[]) {
                Ok(c) => c,
                Err(_) => return Value::NULL,
            }
        } else {
            cause
        };
        if cause != none() && !is_exception(cause) {
            return word(raise_named("TypeError", "exception causes must derive from BaseException"));
        }
        let e = super::exception::exc_obj(exc);
        e.cause.set(if cause == none() { Value::NULL } else { cause });
        e.suppress_context.set(true);
    }
    set_exception(exc);
    Value::NULL
}

/// A bare `raise` at `line`: re-raises the handled exception and returns the
/// line to record for this frame, -1 (none) as in CPython, whose re-raise
/// adds no traceback entry; a RuntimeError raised instead records `line`.
pub extern "C" fn rt_reraise(line: i64) -> i64 {
    match vm().handled.last() {
        Some(e) => {
            vm().current_exc.set(e);
            -1
        }
        None => {
            raise_named::<()>("RuntimeError", "No active exception to reraise").ok();
            line
        }
    }
}

/// Entering an `except` block: takes the pending exception and marks it handled.
pub extern "C" fn rt_begin_except() -> Value {
    let exc = take_exception();
    vm().handled.push(exc);
    exc
}

/// Leaving an `except` block.
pub extern "C" fn rt_end_except() -> i64 {
    vm().handled.pop();
    1
}

/// Does `exc` match the `except` clause type `typ`? 1, 0, or -1 on error.
pub extern "C" fn rt_exc_match(exc: Value, typ: Value) -> i64 {
    let check = |t: Value| -> PyResult<bool> {
        if kind_of(t) != Kind::Class || !super::class::class_obj(t).is_exception.get() {
            return raise_named("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
        Ok(isinstance(exc, t))
    };
    let r = if kind_of(typ) == Kind::Tuple {
        // As CPython, every entry is checked before any matches.
        tuple_items(typ).iter().try_fold(false, |any, &t| check(t).map(|m| any || m))
    } else {
        check(typ)
    };
    match r {
        Ok(b) => b as i64,
        Err(_) => -1,
    }
}

/// Takes the pending exception (for `finally` and `with` cleanup).
pub extern "C" fn rt_take_exception() -> Value {
    take_exception()
}

/// Makes `exc` pending again; returns NULL.
pub extern "C" fn rt_restore_exception(exc: Value) -> Value {
    vm().current_exc.set(exc);
    Value::NULL
}

/// Records that the pending exception passed through `code` at `line`.
pub extern "C" fn rt_add_traceback(code: *const CodeInfo, line: i64) -> i64 {
    let exc = vm().current_exc.get();
    // A negative line means this frame was recorded when the exception was
    // caught here; line 0 is a call refused at entry (past the recursion
    // limit), which CPython shows only in the caller's frame.
    // SAFETY: code infos are leaked.
    let code = unsafe { &*code };
    if !exc.is_null() && line > 0 && !code.hidden_frame {
        // SAFETY: leaked strings live for the VM's life.
        let file: &'static str = unsafe { &*(code.filename.as_str() as *const str) };
        let name: &'static str = unsafe { &*(code.name.as_str() as *const str) };
        add_traceback(exc, file, name, line as u32, &code.local_names);
    }
    0
}

/// The too-deep branch of a function's prologue: NULL with RecursionError,
/// or with the KeyboardInterrupt of a Ctrl-C that zeroed the limit to stop
/// here.
pub extern "C" fn rt_recursion_error() -> Value {
    if !super::interrupt::deferred() && super::interrupt::pending() && super::interrupt::check().is_err() {
        return Value::NULL;
    }
    word(raise_named("RecursionError", "maximum recursion depth exceeded"))
}

/// The slow path of the fuel check of metered code (see `limits.rs`):
/// None, or NULL with an exception when a limit is reached.
pub extern "C" fn rt_fuel_tick() -> Value {
    match super::limits::tick() {
        Ok(()) => none(),
        Err(_) => Value::NULL,
    }
}

/// The poll on the back edge of a loop compiled for the REPL, called when
/// a Ctrl-C is pending: raises `KeyboardInterrupt` (NULL).
pub extern "C" fn rt_check_interrupt() -> Value {
    match super::interrupt::check() {
        Ok(()) => none(),
        Err(_) => Value::NULL,
    }
}

pub extern "C" fn rt_import(name: Value) -> Value {
    word(super::import::import_module(as_str(name)))
}

pub extern "C" fn rt_import_from(module: Value, name: Value) -> Value {
    match attr::getattr(module, name) {
        Ok(v) => v,
        Err(_) => {
            take_exception();
            let mname = if kind_of(module) == Kind::Module { module_obj(module).name.clone() } else { "?".into() };
            // A submodule not yet imported (`from collections import abc`).
            if kind_of(module) == Kind::Module {
                match super::import::import_module(&format!("{mname}.{}", as_str(name))) {
                    Ok(m) => return m,
                    Err(_) => {
                        take_exception();
                    }
                }
            }
            let file = if kind_of(module) == Kind::Module && !module_obj(module).file.is_empty() {
                format!(" ({})", module_obj(module).file)
            } else {
                " (unknown location)".into()
            };
            // As CPython, the error names the module (and its file).
            let message = super::str::new_str(&format!("cannot import name '{}' from '{mname}'{file}", as_str(name)));
            let exc = new_exception(exc_class("ImportError"), &[message]);
            super::exception::exc_attrs(exc).set_str(crate::sym!("name"), super::str::new_str(&mname));
            if kind_of(module) == Kind::Module && !module_obj(module).file.is_empty() {
                super::exception::exc_attrs(exc).set_str(crate::sym!("path"), super::str::new_str(&module_obj(module).file));
            }
            set_exception(exc);
            Value::NULL
        }
    }
}

/// `from module import *` into `target`: the names the module's
/// `__all__` lists (each looked up as an attribute, so a module
/// `__getattr__` may supply it), else its globals not starting with `_`.
/// 0 when it raised.
pub extern "C" fn rt_import_star(module: Value, target: Value) -> i64 {
    let all = if kind_of(module) == Kind::Module { get_global(module, "__all__") } else { Value::NULL };
    if all.is_null() {
        for (name, v) in super::module::globals(module) {
            if !name.starts_with('_') {
                set_global(target, &name, v);
            }
        }
        return 1;
    }
    let Ok(names) = iterate::collect(all) else { return 0 };
    for name in names {
        let Some(text) = super::value_class::text_of(name) else {
            let module_name = module_obj(module).name.clone();
            let _ = raise_named::<()>("TypeError", format!("Item in {module_name}.__all__ must be str, not {}", ops::type_name(name)));
            return 0;
        };
        match attr::getattr(module, super::vm::intern(text)) {
            Ok(v) => set_global(target, text, v),
            Err(_) => return 0,
        }
    }
    1
}

/// One f-string field: conversion (0 none, 's', 'r', 'a') then the format spec.
pub extern "C" fn rt_format_value(v: Value, conversion: i64, spec: Value) -> Value {
    let converted = match conversion as u8 {
        b's' => ops::str_of(v).map(|s| new_string(s)),
        b'r' => ops::repr(v).map(|s| new_string(s)),
        b'a' => ops::repr(v).map(|s| new_string(super::str_methods::escape_non_ascii(&s))),
        _ => Ok(v),
    };
    let Ok(v) = converted else { return Value::NULL };
    let spec = if spec.is_null() { "" } else { as_str(spec) };
    if spec.is_empty() && kind_of(v) == Kind::Str {
        return v;
    }
    word(super::format_value::format_value(v, spec).map(|s| new_string(s)))
}

/// Concatenates `n` strs (an f-string's pieces).
pub extern "C" fn rt_build_string(ptr: *const Value, n: i64) -> Value {
    // SAFETY: a stack array of n str values.
    let parts = unsafe { slice(ptr, n) };
    let total: usize = parts.iter().map(|&p| as_str(p).len()).sum();
    // A short result is assembled on the stack and copied once, into the str.
    let mut short = [0u8; super::str::INLINE_MAX];
    if total <= short.len() {
        let mut at = 0;
        for &p in parts {
            let text = as_str(p).as_bytes();
            short[at..at + text.len()].copy_from_slice(text);
            at += text.len();
        }
        // SAFETY: the concatenation of strs is UTF-8.
        return super::str::new_str(unsafe { std::str::from_utf8_unchecked(&short[..total]) });
    }
    let mut s = String::with_capacity(total);
    for &p in parts {
        s.push_str(as_str(p));
    }
    new_string(s)
}

/// `assert` failure with an optional message (NULL for none). Returns NULL.
pub extern "C" fn rt_assert_fail(msg: Value) -> Value {
    let args: Vec<Value> = if msg.is_null() { vec![] } else { vec![msg] };
    let exc = new_exception(exc_class("AssertionError"), &args);
    set_exception(exc);
    Value::NULL
}

/// `with` entry: calls `__enter__`, stores the bound `__exit__` at `exit_out`.
pub extern "C" fn rt_with_enter(mgr: Value, exit_out: *mut Value) -> Value {
    let cls = type_of(mgr);
    let enter = super::class::lookup(cls, crate::sym!("__enter__"));
    let exit = super::class::lookup(cls, crate::sym!("__exit__"));
    let (Some(enter), Some(exit)) = (enter, exit) else {
        // CPython looks `__enter__` up first and names a missing `__exit__`.
        let missing = if enter.is_some() { " (missed __exit__ method)" } else { "" };
        return word(raise_named(
            "TypeError",
            format!("'{}' object does not support the context manager protocol{missing}", ops::type_name(mgr)),
        ));
    };
    let bound_exit = match attr::getattr(mgr, crate::sym!("__exit__")) {
        Ok(b) => b,
        Err(_) => return Value::NULL,
    };
    let _ = exit;
    // SAFETY: a stack slot provided by compiled code.
    unsafe { *exit_out = bound_exit };
    word(call(enter, &[mgr], &[]))
}

/// Normal `with` exit: `exit(None, None, None)`. Status 1 or 0.
pub extern "C" fn rt_with_exit(exit: Value) -> i64 {
    let n = none();
    status(call(exit, &[n, n, n], &[]).map(|_| ()))
}

/// Exceptional `with` exit: 1 when `__exit__` suppressed the pending
/// exception (now cleared), 0 when it stays pending, -1 when exit failed.
pub extern "C" fn rt_with_exit_exc(exit: Value) -> i64 {
    let exc = take_exception();
    let traceback = match super::exception::traceback_of(exc) {
        Ok(tb) => tb,
        Err(_) => return -1,
    };
    vm().handled.push(exc);
    let r = call(exit, &[type_of(exc), exc, traceback], &[]);
    vm().handled.pop();
    match r.and_then(ops::truthy) {
        Ok(true) => 1,
        Ok(false) => {
            vm().current_exc.set(exc);
            0
        }
        Err(_) => -1,
    }
}

/// Pushes `exc` as being handled (for `with` bodies and `finally`).
pub extern "C" fn rt_exit_frame_check() -> i64 {
    1
}

/// Reports a feature coro rejects at run time. Returns NULL.
pub extern "C" fn rt_unsupported(what: Value) -> Value {
    word(raise_named("NotImplementedError", format!("coro does not support {} yet", as_str(what))))
}

/// Keeps a compile-time constant alive and returns it.
pub fn constant(v: Value) -> Value {
    super::vm::keep(v)
}

/// The `Value` of `None` for compiled code.
pub fn none_value() -> Value {
    none()
}

/// Converts an error-or-value for callers that want `Result`.
pub fn check(v: Value) -> PyResult<Value> {
    if v.is_null() {
        Err(Exc)
    } else {
        Ok(v)
    }
}

/// A generator function's fast entry body: makes the generator with the
/// parameter slots `args`.
pub extern "C" fn rt_make_generator(func: Value, args: *const Value, n: i64) -> Value {
    let code = super::function::func_obj(func).code;
    // SAFETY: a stack array of n values.
    super::generator::new_generator(func, code, unsafe { slice(args, n) })
}

/// The iterator `yield from x` delegates to.
pub extern "C" fn rt_yield_from_iter(x: Value) -> Value {
    if kind_of(x) == Kind::Generator {
        if super::generator::gen_obj(x).code().generator == Some(super::function::GenKind::Coroutine) {
            return word(raise_named("TypeError", "cannot 'yield from' a coroutine object in a non-coroutine generator"));
        }
        return x;
    }
    word(iterate::iter(x))
}

/// A baseline function proved hot: see `compile::lazy::tier_up`.
pub extern "C" fn rt_tier_up(func: Value) -> i64 {
    crate::compile::lazy::tier_up(func);
    1
}

/// The coroutine `gen` that `await f(...)` started in the frame arena
/// suspended: returns it moved to the heap. `base` is how many exceptions
/// were being handled when it started.
pub extern "C" fn rt_fresh_suspended(gen: Value, base: i64) -> Value {
    super::frame_arena::suspended(gen, base as usize)
}

/// Compiled code resumed generator `gen` inline and it left exceptions
/// being handled above `base`: see `generator::settle_handled`.
pub extern "C" fn rt_gen_settle(gen: Value, base: i64) -> i64 {
    super::generator::settle_handled(gen, base as usize);
    1
}

/// Compiled code sends `value` into generator `gen`, which delegates to a
/// generator in turn (see `generator::resume_chain`): what a resume
/// function returns (a yielded value, RETURNED, or NULL when it raised,
/// with PEP 479 applied).
pub extern "C" fn rt_resume_chain(gen: Value, value: Value) -> Value {
    match super::generator::resume_chain(gen, value) {
        Ok(super::generator::Step::Yield(v)) => v,
        Ok(super::generator::Step::Return(_)) => super::generator::RETURNED,
        Err(_) => Value::NULL,
    }
}

/// Compiled code resumed generator `gen` inline and its body raised.
pub extern "C" fn rt_gen_failed(gen: Value) -> i64 {
    super::generator::escaped_exception(super::generator::gen_obj(gen));
    0
}

/// The coroutine `gen` that `await f(...)` started in the frame arena raised.
pub extern "C" fn rt_fresh_failed(gen: Value) -> i64 {
    super::frame_arena::failed(gen);
    0
}

/// `gen` when it is a generator that `callee` (a function, or the method
/// `name` of the object `callee` when `name` is not NULL) has just made:
/// the `for` loop that called it then holds the only reference; else NULL.
pub extern "C" fn rt_owned_generator(gen: Value, callee: Value, name: Value) -> Value {
    if made_by_call(gen, callee, name, super::function::GenKind::Generator) {
        gen
    } else {
        Value::NULL
    }
}

/// True when `gen` is a generator of `kind`, not yet started, that calling
/// `callee` (or its method `name`, when not NULL) made itself.
fn made_by_call(gen: Value, callee: Value, name: Value, kind: super::function::GenKind) -> bool {
    if kind_of(gen) != Kind::Generator {
        return false;
    }
    let g = super::generator::gen_obj(gen);
    if g.code().generator != Some(kind) || g.state() != 0 || g.running() {
        return false;
    }
    let f = if name.is_null() { Some(callee) } else { super::class::lookup(type_of(callee), name) };
    let f = match f {
        Some(f) if kind_of(f) == Kind::BoundMethod => super::function::method_obj(f).func,
        Some(f) => f,
        None => return false,
    };
    g.func == f
}

/// The value of an expression statement `f(...)`, dropped at once, when
/// it is the coroutine made last (so by that call): never awaited, and
/// CPython warns of it as it goes, naming the statement (`line` of
/// `code`'s file).
pub extern "C" fn rt_drop_call_result(v: Value, code: *const CodeInfo, line: i64) -> i64 {
    vm().last_coroutine.set(0);
    // (Not traced: what is at that address may have been collected since.)
    if kind_of(v) != Kind::Generator {
        return 0;
    }
    let g = super::generator::gen_obj(v);
    if g.code().generator == Some(super::function::GenKind::Coroutine) && g.state() == 0 && !g.running() {
        // SAFETY: code infos are leaked.
        let file = unsafe { &*code }.filename.as_str();
        super::generator::warn_dropped_unawaited(v, file, line as u32);
    }
    0
}

/// Closes the generator a `for` loop owned as the loop is left (NULL: it
/// owned none), keeping any exception on its way out. What `close()`
/// raises is reported as CPython reports an error in a finalizer.
pub extern "C" fn rt_close_owned(gen: Value) -> i64 {
    if gen.is_null() || super::generator::gen_obj(gen).state() == super::generator::FINISHED {
        return 1;
    }
    let pending = vm().current_exc.replace(Value::NULL);
    super::generator::close_reporting(gen);
    vm().current_exc.set(pending);
    1
}

/// The iterator `await x` delegates to.
pub extern "C" fn rt_await_iter(x: Value) -> Value {
    if kind_of(x) == Kind::Generator {
        let g = super::generator::gen_obj(x);
        if g.code().generator == Some(super::function::GenKind::Coroutine) {
            // One suspended in an await of its own belongs to another awaiter.
            if g.delegating() {
                return word(raise_named("RuntimeError", "coroutine is being awaited already"));
            }
            return x;
        }
    }
    if crate::modules::asyncio::future::is_future(x) {
        return x;
    }
    // What `anext(it, default)` returns.
    if kind_of(x) == Kind::Iter && matches!(super::iter::state(x), super::iter::IterState::AsyncNextOrStop { .. }) {
        return x;
    }
    if let Some(f) = super::class::lookup(type_of(x), crate::sym!("__await__")) {
        let it = match call(f, &[x], &[]) {
            Ok(it) => it,
            Err(_) => return Value::NULL,
        };
        if kind_of(it) == Kind::Generator && super::generator::gen_obj(it).code().generator == Some(super::function::GenKind::Coroutine) {
            return word(raise_named("TypeError", "__await__() returned a coroutine"));
        }
        if !super::iterate::is_iterator(it) {
            return word(raise_named("TypeError", format!("__await__() returned non-iterator of type '{}'", ops::type_name(it))));
        }
        return it;
    }
    word(raise_named(
        "TypeError",
        format!("object {} can't be used in 'await' expression", ops::type_name(x)),
    ))
}

/// One step of `yield from`/`await` delegation: 1 when `it` yielded (value
/// at `out`), 2 when it finished (its return value at `out`), 0 on error.
pub extern "C" fn rt_delegate(it: Value, sent: Value, mode: i64, out: *mut Value) -> i64 {
    use super::generator::{resume, Step, MODE_DELEGATE_RAISED, MODE_DELEGATE_RETURNED, MODE_THROW};
    let _ = STOP;
    // `resume_chain` ran the delegate, a generator, to its end past this
    // frame: its return value, or its error (pending).
    if mode == MODE_DELEGATE_RETURNED {
        // SAFETY: `out` points to the caller's result slot.
        unsafe { *out = super::generator::gen_obj(it).retval() };
        return 2;
    }
    if mode == MODE_DELEGATE_RAISED {
        return 0;
    }
    // A coroutine's `__await__()` iterator is delegated to as the coroutine.
    let it = super::iter::wrapped_coroutine(it).unwrap_or(it);
    // (One already awaited says so.)
    let is_asend = super::generator::is_async_gen_step(it);
    let or_stop = kind_of(it) == Kind::Iter && matches!(super::iter::state(it), super::iter::IterState::AsyncNextOrStop { .. });
    let step = if or_stop {
        let super::iter::IterState::AsyncNextOrStop { inner, default } = *super::iter::state(it) else { unreachable!() };
        let mut out = Value::NULL;
        match rt_delegate(inner, sent, mode, &mut out) {
            1 => Ok(Step::Yield(out)),
            2 => Ok(Step::Return(out)),
            _ => {
                if isinstance(vm().current_exc.get(), exc_class("StopAsyncIteration")) {
                    take_exception();
                    Ok(Step::Return(default))
                } else {
                    Err(Exc)
                }
            }
        }
    } else if is_asend {
        super::generator::asend_step(it, if mode == MODE_THROW { Value::NULL } else { sent }, mode)
    } else if kind_of(it) == Kind::Generator && mode == MODE_THROW && isinstance(vm().current_exc.get(), exc_class("GeneratorExit")) {
        // As CPython: GeneratorExit closes the delegate, then is raised
        // here whatever the delegate did with it (unless closing failed).
        let exc = take_exception();
        if super::generator::close(it).is_ok() {
            set_exception(exc);
        }
        return 0;
    } else if kind_of(it) == Kind::Generator {
        resume(it, if mode == MODE_THROW { Value::NULL } else { sent }, mode)
    } else if crate::modules::asyncio::future::is_future(it) {
        // A future yields itself to the task until it is done; a thrown
        // exception (a cancellation) is raised at the await.
        if mode == MODE_THROW {
            return 0;
        }
        match crate::modules::asyncio::future::await_step(it) {
            Ok(None) => Ok(Step::Yield(it)),
            Ok(Some(v)) => Ok(Step::Return(v)),
            Err(e) => Err(e),
        }
    } else if mode == MODE_THROW {
        let exc = vm().current_exc.get();
        if isinstance(exc, exc_class("GeneratorExit")) {
            if let Some(close) = super::class::lookup(type_of(it), crate::sym!("close")) {
                let exc = take_exception();
                if call(close, &[it], &[]).is_err() {
                    return 0;
                }
                vm().current_exc.set(exc);
            }
            return 0;
        }
        match super::class::lookup(type_of(it), crate::sym!("throw")) {
            Some(throw) => {
                let exc = take_exception();
                match call(throw, &[it, exc], &[]) {
                    Ok(v) => Ok(Step::Yield(v)),
                    Err(e) => stop_value(e),
                }
            }
            None => return 0,
        }
    } else if sent == none() && kind_of(it) == Kind::Instance {
        // A class's `__next__`: its StopIteration's value is the result.
        match super::call::call_method(it, "__next__", &[]) {
            Ok(v) => Ok(Step::Yield(v)),
            Err(e) => stop_value(e),
        }
    } else if sent == none() {
        match iterate::next(it) {
            Ok(Some(v)) => Ok(Step::Yield(v)),
            Ok(None) => Ok(Step::Return(none())),
            Err(e) => Err(e),
        }
    } else {
        match super::call::call_method(it, "send", &[sent]) {
            Ok(v) => Ok(Step::Yield(v)),
            Err(e) => stop_value(e),
        }
    };
    match step {
        Ok(Step::Yield(v)) => {
            // SAFETY: compiled code passes room for one value.
            unsafe { *out = v };
            1
        }
        Ok(Step::Return(v)) => {
            // SAFETY: as above.
            unsafe { *out = v };
            2
        }
        Err(_) => 0,
    }
}

/// Turns a pending StopIteration into a return step.
fn stop_value(e: Exc) -> PyResult<super::generator::Step> {
    let exc = vm().current_exc.get();
    if isinstance(exc, exc_class("StopIteration")) {
        take_exception();
        let args = tuple_items(super::exception::exc_obj(exc).args.get());
        return Ok(super::generator::Step::Return(args.first().copied().unwrap_or(none())));
    }
    Err(e)
}

/// Wraps a value an async generator yields (so that the driver can tell it
/// from the suspensions of the awaits inside the generator).
pub extern "C" fn rt_agen_wrap(v: Value) -> Value {
    let w = super::instance::new_instance(vm().classes.agen_wrapped);
    super::instance::attrs(w).set_str(crate::sym!("value"), v);
    w
}

/// `aiter(x)` for `async for` in comprehensions.
pub extern "C" fn rt_aiter(x: Value) -> Value {
    let f = match super::class::lookup(type_of(x), crate::sym!("__aiter__")) {
        Some(f) => f,
        None => {
            return word(raise_named(
                "TypeError",
                format!("'async for' requires an object with __aiter__ method, got {}", ops::type_name(x)),
            ))
        }
    };
    word(call(f, &[x], &[]))
}

/// An awaitable for the next item of async iterator `it`, finishing with
/// STOP when the iterator is exhausted.
pub extern "C" fn rt_async_next(it: Value) -> Value {
    let f = match super::class::lookup(type_of(it), crate::sym!("__anext__")) {
        Some(f) => f,
        None => {
            return word(raise_named(
                "TypeError",
                format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", ops::type_name(it)),
            ))
        }
    };
    let awaitable = match call(f, &[it], &[]) {
        Ok(a) => a,
        Err(_) => return Value::NULL,
    };
    let inner = rt_await_iter(awaitable);
    if inner.is_null() {
        return Value::NULL;
    }
    super::iter::new_iter(super::iter::IterState::AsyncNextOrStop { inner, default: STOP })
}

/// One `except* T` clause: the matching part (None when nothing matches);
/// the remaining part is written to `rest_out`. As CPython's
/// `_PyEval_ExceptionGroupMatch`: a lone exception `T` matches is caught
/// whole, wrapped in `ExceptionGroup('', (exc,))`; a group is split.
pub extern "C" fn rt_star_match(rest: Value, typ: Value, rest_out: *mut Value) -> Value {
    use super::exception_group::{is_group, matches, split, wrap_lone};
    if check_star_type(typ).is_err() {
        return Value::NULL;
    }
    let parts = if rest == none() {
        Ok((none(), none()))
    } else if !is_group(rest) {
        matches(rest, typ).and_then(|hit| if hit { Ok((wrap_lone(rest)?, none())) } else { Ok((none(), rest)) })
    } else {
        split(rest, typ)
    };
    match parts {
        Ok((m, r)) => {
            // SAFETY: a stack slot from compiled code.
            unsafe { *rest_out = r };
            m
        }
        Err(_) => Value::NULL,
    }
}

/// CPython's check of an `except*` clause's type (a class or a tuple of
/// them): exception classes, and no exception groups.
fn check_star_type(typ: Value) -> PyResult<()> {
    let classes = if kind_of(typ) == Kind::Tuple { super::seq::tuple_items(typ).to_vec() } else { vec![typ] };
    for c in classes {
        if kind_of(c) != Kind::Class || !super::class::is_subclass(c, exc_class("BaseException")) {
            return raise_named("TypeError", "catching classes that do not inherit from BaseException is not allowed");
        }
        if super::class::is_subclass(c, exc_class("BaseExceptionGroup")) {
            return raise_named("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }
    Ok(())
}

/// An `except*` handler starts with `matched`, the part of the group it
/// caught: the exception it handles (what a bare `raise` raises again, and
/// the context of what it raises).
pub extern "C" fn rt_star_handler(matched: Value) -> i64 {
    let handled = &vm().handled;
    if !handled.is_empty() {
        handled.pop();
        handled.push(matched);
    }
    1
}

/// An `except*` handler raised `exc`: added to `raised` (a list made on
/// the first one, NULL before), which is returned.
pub extern "C" fn rt_star_collect(raised: Value, exc: Value) -> Value {
    if raised.is_null() {
        return super::seq::new_list(vec![exc]);
    }
    super::seq::list_items(raised).push(exc);
    raised
}

/// `except*` exit: 1 when everything was handled; otherwise makes pending
/// what CPython raises and returns 0. With no handler raising, that is the
/// rest no clause matched (the original exception if none matched it).
/// Otherwise what the handlers raised anew, and a group of what they raised
/// again together with the rest (in the original group's shape), are
/// raised together in an ExceptionGroup.
pub extern "C" fn rt_star_end(rest: Value, original: Value, raised: Value) -> i64 {
    vm().handled.pop();
    use super::exception_group::{is_group, leaves, project};
    if raised.is_null() {
        if rest == none() {
            return 1;
        }
        vm().current_exc.set(rest);
        return 0;
    }
    if !is_group(original) {
        // A lone exception: one clause ran, and what it raised is raised
        // as it is (CPython's `_PyExc_PrepReraiseStar`).
        let first = super::seq::list_items(raised)[0];
        vm().current_exc.set(first);
        return 0;
    }
    let originals: std::collections::HashSet<u64> = leaves(original).iter().map(|v| v.0).collect();
    let mut keep: std::collections::HashSet<u64> = if rest == none() { Default::default() } else { leaves(rest).iter().map(|v| v.0).collect() };
    // What to raise, in a list object where the collector sees it.
    let new = super::seq::new_list(Vec::new());
    for &e in super::seq::list_items(raised).iter() {
        let parts = leaves(e);
        // Raised again (a bare `raise`, or the caught part itself): its
        // leaves go back in their places.
        if parts.iter().all(|p| originals.contains(&p.0)) {
            keep.extend(parts.iter().map(|p| p.0));
        } else {
            super::seq::list_items(new).push(e);
        }
    }
    if !keep.is_empty() {
        let Ok(kept) = project(original, &keep) else { return 0 };
        if kept != none() {
            super::seq::list_items(new).push(kept);
        }
    }
    let items = super::seq::list_items(new).clone();
    let result = if items.len() <= 1 {
        items.first().copied().unwrap_or(none())
    } else {
        // (An ExceptionGroup when all are Exceptions.)
        match super::exception_group::construct(exc_class("BaseExceptionGroup"), &[super::str::new_str(""), new], &[]) {
            Ok(g) => g,
            Err(_) => return 0,
        }
    };
    if result == none() {
        return 1;
    }
    vm().current_exc.set(result);
    0
}

/// A set display of three or more constants (CPython's folded layout).
pub extern "C" fn rt_build_const_set(ptr: *const Value, n: i64) -> Value {
    // SAFETY: a stack array of n values.
    let items = unsafe { slice(ptr, n) };
    match super::set::SetStore::from_constants(items) {
        Ok(store) => super::set::set_from(store, false),
        Err(_) => Value::NULL,
    }
}
