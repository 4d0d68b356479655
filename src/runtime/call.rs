//! Calling: functions (binding arguments to parameter slots with CPython's
//! error messages), builtins, bound methods, classes (instantiation) and
//! objects with `__call__`. Arguments arrive vectorcall-style: positional
//! values, then the values of the keyword arguments named by `kwnames`.

use super::class::{class_obj, is_class, is_subclass, lookup, type_of};
use super::dict::new_dict;
use super::exception::new_exception;
use super::function::{builtin_obj, func_obj, method_obj, FunctionObj};
use super::instance::new_instance;
use super::object::{kind_of, Kind};
use super::seq::new_tuple;
use super::str::{as_str, str_eq};
use super::value::Value;
use super::vm::{intern, none, raise_named, vm, Exc, PyResult};

/// Calls `callee` with positional `args` followed by keyword values.
pub fn call(callee: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match kind_of(callee) {
        Kind::Function => call_function(callee, args, kwnames),
        Kind::Builtin => call_builtin(callee, args, kwnames),
        Kind::BoundMethod => {
            let m = method_obj(callee);
            with_receiver(m.receiver, args, |full| call(m.func, full, kwnames))
        }
        Kind::Class => match super::metaclass::custom_dunder(callee, crate::sym!("__call__")) {
            Some(f) => with_receiver(callee, args, |full| call(f, full, kwnames)),
            None => instantiate(callee, args, kwnames),
        },
        // A staticmethod object is callable (as in CPython 3.10 on).
        Kind::Descriptor if super::class::type_of(callee) == vm().classes.staticmethod => {
            call(super::function::descriptor_obj(callee).func, args, kwnames)
        }
        _ => {
            if let Some(f) = lookup(type_of(callee), crate::sym!("__call__")) {
                return with_receiver(callee, args, |full| call(f, full, kwnames));
            }
            raise_named("TypeError", format!("'{}' object is not callable", super::ops::type_name(callee)))
        }
    }
}

/// Calls the builtin `callee`, its bound receiver (if any) first.
#[inline]
pub fn call_builtin(callee: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let b = builtin_obj(callee);
    if super::value_class::needs_backing(b, args) {
        return super::value_class::call_with_backing(b, args, kwnames);
    }
    if b.bound.is_null() {
        (b.func)(args, kwnames)
    } else {
        with_receiver(b.bound, args, |full| (b.func)(full, kwnames))
    }
}

/// The slots of the usual call, made on the stack: positional arguments
/// only, the rest from defaults, at most 8 slots.
/// None for any other call, which `bind` handles.
#[inline]
fn quick_slots(func: &FunctionObj, args: &[Value], kwnames: &[Value]) -> Option<[Value; 8]> {
    let spec = &func.code.params;
    if !kwnames.is_empty() || spec.vararg || spec.kwarg || func.kwdefaults.len() != spec.kwonly || spec.slots() > 8 {
        return None;
    }
    let first_default = spec.positional - func.defaults.len();
    if !(first_default..=spec.positional).contains(&args.len()) || func.kwdefaults.iter().any(|d| d.is_null()) {
        return None;
    }
    let mut slots = [Value::NULL; 8];
    let mut n = 0;
    for part in [args, &func.defaults[args.len() - first_default..], &func.kwdefaults] {
        for &v in part {
            slots[n] = v;
            n += 1;
        }
    }
    Some(slots)
}

/// The parameter slots of a call, on the stack for most functions (where the
/// stack scan also keeps what binding made alive).
pub type Slots = smallvec::SmallVec<[Value; 8]>;

/// Runs `k` on the argument list `[recv, *args]`, built on the stack when
/// it is short (the common case: a method's receiver and a few arguments).
#[inline]
pub fn with_receiver<R>(recv: Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    const SHORT: usize = 8;
    if args.len() < SHORT {
        let mut buf = [Value::NULL; SHORT];
        buf[0] = recv;
        buf[1..=args.len()].copy_from_slice(args);
        k(&buf[..=args.len()])
    } else {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(recv);
        full.extend_from_slice(args);
        k(&full)
    }
}

/// Calls a compiled function: binds the arguments, then enters its code.
pub fn call_function(f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let func = func_obj(f);
    let entry: extern "C" fn(Value, *const Value) -> Value =
        // SAFETY: array_entry was compiled with exactly this signature.
        unsafe { std::mem::transmute(func.code.array_entry) };
    let result = match quick_slots(func, args, kwnames) {
        Some(slots) => entry(f, slots.as_ptr()),
        None => entry(f, bind(func, args, kwnames)?.as_ptr()),
    };
    if result.is_null() {
        Err(Exc)
    } else {
        Ok(result)
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists names.
pub(crate) fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Displays the function's `__qualname__`, as CPython's argument errors
/// name it: one assigned to it, else its code's.
struct QualnameOf<'a>(&'a FunctionObj);

impl std::fmt::Display for QualnameOf<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.qualname())
    }
}

/// Binds call arguments to the parameter slots of `func`.
pub fn bind(func: &FunctionObj, args: &[Value], kwnames: &[Value]) -> PyResult<Slots> {
    let spec = &func.code.params;
    // The name errors give (worked out only for an error).
    let qualname = QualnameOf(func);
    let npos_given = args.len() - kwnames.len();
    let mut slots: Slots = smallvec::smallvec![Value::NULL; spec.slots()];
    let kwonly_start = spec.kwonly_start();
    // Positional arguments.
    if npos_given > spec.positional && !spec.vararg {
        let ndefaults = func.defaults.len();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", spec.positional - ndefaults, spec.positional)
        } else if spec.positional == 1 {
            "1 positional argument".to_string()
        } else {
            format!("{} positional arguments", spec.positional)
        };
        let kw_given = kwnames.iter().filter(|&&k| spec.names[kwonly_start..].iter().any(|&n| str_eq(n, k))).count();
        let given = if kw_given > 0 {
            format!(
                "{npos_given} positional argument{} (and {kw_given} keyword-only argument{}) were given",
                if npos_given == 1 { "" } else { "s" },
                if kw_given == 1 { "" } else { "s" }
            )
        } else if npos_given == 1 {
            "1 was given".to_string()
        } else {
            format!("{npos_given} were given")
        };
        return raise_named("TypeError", format!("{qualname}() takes {takes} but {given}"));
    }
    let npos = npos_given.min(spec.positional);
    slots[..npos].copy_from_slice(&args[..npos]);
    // `slots` is Rust memory: objects made here are rooted until the call.
    let rooted = super::heap::Rooted::new();
    if spec.vararg {
        let extra = if npos_given > spec.positional { args[spec.positional..npos_given].to_vec() } else { Vec::new() };
        slots[spec.positional] = rooted.add(new_tuple(extra));
    }
    // Keyword arguments.
    let kwargs_dict = if spec.kwarg { Some(rooted.add(new_dict())) } else { None };
    if let Some(d) = kwargs_dict {
        slots[spec.slots() - 1] = d;
    }
    let mut posonly_as_kw = Vec::new();
    for (i, &name) in kwnames.iter().enumerate() {
        let value = args[npos_given + i];
        let found = spec.names[..kwonly_start + spec.kwonly]
            .iter()
            .enumerate()
            .find(|&(j, &n)| (j < spec.positional || j >= kwonly_start) && str_eq(n, name))
            .map(|(j, _)| j);
        match found {
            Some(j) if j < spec.posonly => {
                if let Some(d) = kwargs_dict {
                    super::dict::table(d).set(name, value)?;
                } else {
                    posonly_as_kw.push(as_str(name).to_string());
                }
            }
            Some(j) => {
                if !slots[j].is_null() {
                    return raise_named(
                        "TypeError",
                        format!("{qualname}() got multiple values for argument '{}'", as_str(name)),
                    );
                }
                slots[j] = value;
            }
            None => match kwargs_dict {
                Some(d) => super::dict::table(d).set(name, value)?,
                None => {
                    return raise_named(
                        "TypeError",
                        format!("{qualname}() got an unexpected keyword argument '{}'", as_str(name)),
                    )
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return raise_named(
            "TypeError",
            format!(
                "{qualname}() got some positional-only arguments passed as keyword arguments: '{}'",
                posonly_as_kw.join(", ")
            ),
        );
    }
    // Defaults and missing arguments.
    let first_default = spec.positional - func.defaults.len();
    let mut missing = Vec::new();
    for j in 0..spec.positional {
        if slots[j].is_null() {
            if j >= first_default {
                slots[j] = func.defaults[j - first_default];
            } else {
                missing.push(as_str(spec.names[j]).to_string());
            }
        }
    }
    if !missing.is_empty() {
        return raise_named(
            "TypeError",
            format!(
                "{qualname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ),
        );
    }
    for k in 0..spec.kwonly {
        let j = kwonly_start + k;
        if slots[j].is_null() {
            let default = func.kwdefaults.get(k).copied().unwrap_or(Value::NULL);
            if default.is_null() {
                missing.push(as_str(spec.names[j]).to_string());
            } else {
                slots[j] = default;
            }
        }
    }
    if !missing.is_empty() {
        return raise_named(
            "TypeError",
            format!(
                "{qualname}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ),
        );
    }
    Ok(slots)
}

/// `OSError(errno, strerror)` makes the subclass for that errno, as CPython does.
fn os_error_subclass(cls: Value, args: &[Value]) -> Value {
    if !(2..=5).contains(&args.len()) || cls != super::vm::exc_class("OSError") {
        return cls;
    }
    let name = match super::number::as_i64(args[0]) {
        Some(1 | 13) => "PermissionError",
        Some(2) => "FileNotFoundError",
        Some(3) => "ProcessLookupError",
        Some(4) => "InterruptedError",
        Some(10) => "ChildProcessError",
        Some(11 | 114 | 115) => "BlockingIOError",
        Some(17) => "FileExistsError",
        Some(20) => "NotADirectoryError",
        Some(21) => "IsADirectoryError",
        Some(32 | 108) => "BrokenPipeError",
        Some(103) => "ConnectionAbortedError",
        Some(104) => "ConnectionResetError",
        Some(110) => "TimeoutError",
        Some(111) => "ConnectionRefusedError",
        _ => return cls,
    };
    super::vm::exc_class(name)
}

/// A `__new__` written in Python along the MRO (not `object.__new__`).
pub fn user_new(cls: Value) -> Option<Value> {
    lookup(cls, crate::sym!("__new__")).filter(|&n| kind_of(super::attr::unwrap_staticmethod(n)) != Kind::Builtin)
}

/// `cls(*args, **kwargs)` (what `type.__call__` does).
pub fn instantiate(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let c = class_obj(cls);
    super::metaclass::check_abstract(cls)?;
    if !c.builtin && c.instance_kind == Kind::Instance && kwnames.is_empty() {
        if let Some(obj) = instantiate_plain(cls, args)? {
            return Ok(obj);
        }
    }
    if c.builtin {
        if let Some(ctor) = super::builtins::constructor(cls) {
            return ctor(cls, args, kwnames);
        }
    }
    if c.instance_kind == Kind::Exception && is_subclass(cls, super::vm::exc_class("BaseExceptionGroup")) && user_new(cls).is_none() {
        let g = super::exception_group::construct(cls, &args[..args.len() - kwnames.len()], &[])?;
        return Ok(g);
    }
    if let Some(new) = user_new(cls) {
        let mut full = vec![cls];
        full.extend_from_slice(args);
        let new = super::attr::unwrap_staticmethod(new);
        let obj = call(new, &full, kwnames)?;
        if super::class::isinstance(obj, cls) {
            init(obj, args, kwnames)?;
        }
        return Ok(obj);
    }
    if !c.value_base.get().is_null() {
        let obj = super::value_class::instantiate(cls, args, kwnames)?;
        init(obj, args, kwnames)?;
        return Ok(obj);
    }
    if c.instance_kind == Kind::Class {
        // A metaclass without a `__new__` of its own: `type.__new__`.
        let mut full = vec![cls];
        full.extend_from_slice(args);
        let obj = super::metaclass::type_new(&full, kwnames)?;
        init(obj, args, kwnames)?;
        return Ok(obj);
    }
    let obj = match c.instance_kind {
        Kind::Exception => {
            let npos = args.len() - kwnames.len();
            new_exception(os_error_subclass(cls, &args[..npos]), &args[..npos])
        }
        _ => new_instance(cls),
    };
    init(obj, args, kwnames)?;
    if c.instance_kind == Kind::Exception {
        super::exception::split_os_error_args(obj);
        super::syntax_error::take_fields_from_args(obj);
        super::codec::take_unicode_error_fields(obj);
    }
    Ok(obj)
}

/// The common case of `cls(args)`: a class with the default `__new__` and a
/// compiled `__init__` taking exactly these positional arguments, run
/// through its fast entry. None when the class is not like that.
fn instantiate_plain(cls: Value, args: &[Value]) -> PyResult<Option<Value>> {
    let Some(init) = plain_ctor(cls) else { return Ok(None) };
    let func = func_obj(init);
    if func.fast_arity as usize != args.len() + 1 {
        return Ok(None);
    }
    let obj = new_instance(cls);
    let r = with_receiver(obj, args, |full| super::jit_api::call_fast(func.fast_entry, init, full));
    if r.is_null() {
        return Err(Exc);
    }
    init_returned(r)?;
    Ok(Some(obj))
}

/// The compiled `__init__` of a plain class (default `__new__`), which the
/// class remembers until any class changes; compiled call sites read the
/// same record (`ClassObj::ctor`).
fn plain_ctor(cls: Value) -> Option<Value> {
    let c = class_obj(cls);
    if type_of(cls) != vm().classes.type_ {
        // A metaclass may call, and abstract classes refuse: the slow path.
        return None;
    }
    let version = super::class::version();
    if c.ctor_version.get() != version {
        let init = lookup(cls, crate::sym!("__init__"))
            .filter(|&f| kind_of(f) == Kind::Function && user_new(cls).is_none() && !super::value_class::made_by_new(cls));
        c.ctor.set(init.unwrap_or(Value::NULL));
        c.ctor_version.set(version);
    }
    Some(c.ctor.get()).filter(|v| !v.is_null())
}

/// `__init__` must return None.
pub fn init_returned(r: Value) -> PyResult<()> {
    if r != none() {
        return raise_named("TypeError", format!("__init__() should return None, not '{}'", super::ops::type_name(r)));
    }
    Ok(())
}

/// Runs `__init__` on a new instance.
fn init(obj: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let cls = type_of(obj);
    match lookup(cls, crate::sym!("__init__")) {
        Some(init) if kind_of(init) == Kind::Function || (kind_of(init) == Kind::Builtin && class_obj(cls).native_slots.get() > 0) => {
            init_returned(with_receiver(obj, args, |full| call(init, full, kwnames))?)
        }
        _ => {
            let is_exc = class_obj(cls).instance_kind == Kind::Exception;
            let is_class = class_obj(cls).instance_kind == Kind::Class;
            if !is_exc && !is_class && !args.is_empty() && user_new(cls).is_none() {
                return raise_named("TypeError", format!("{}() takes no arguments", class_obj(cls).name));
            }
            if let Some(keywords) = (is_exc && !kwnames.is_empty()).then(|| exception_keywords(cls)).flatten() {
                let base = args.len() - kwnames.len();
                for (&k, &v) in kwnames.iter().zip(&args[base..]) {
                    let key = super::str::as_str(k);
                    if !keywords.contains(&key) {
                        return raise_named("TypeError", format!("'{key}' is an invalid keyword argument for {}()", class_obj(cls).name));
                    }
                    super::exception::exc_attrs(obj).set_str(k, v);
                }
                return Ok(());
            }
            if is_exc && !kwnames.is_empty() {
                return raise_named(
                    "TypeError",
                    format!("{}() takes no keyword arguments", class_obj(cls).name),
                );
            }
            if is_exc && user_new(cls).is_some() {
                // BaseException.__init__ keeps the call's arguments, whatever
                // a `__new__` of the class passed on.
                super::exception::exc_obj(obj).args.set(super::seq::new_tuple(args.to_vec()));
            }
            Ok(())
        }
    }
}

/// The keyword arguments exception class `cls` takes, if any:
/// `ImportError(msg, name=..., path=...)`, `AttributeError(msg, name=...,
/// obj=...)`, `NameError(msg, name=...)` and their subclasses.
fn exception_keywords(cls: Value) -> Option<&'static [&'static str]> {
    const FAMILIES: [(&str, &[&str]); 3] =
        [("ImportError", &["name", "path"]), ("AttributeError", &["name", "obj"]), ("NameError", &["name"])];
    FAMILIES.iter().find(|(base, _)| is_subclass(cls, super::vm::exc_class(base))).map(|&(_, keywords)| keywords)
}

/// Calls method `name` of `obj` with `args` (looked up on the class).
pub fn call_method(obj: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = super::attr::getattr(obj, intern(name))?;
    call(f, args, &[])
}

/// True when `v` can be called.
pub fn callable(v: Value) -> bool {
    matches!(kind_of(v), Kind::Function | Kind::Builtin | Kind::BoundMethod | Kind::Class)
        || lookup(type_of(v), crate::sym!("__call__")).is_some()
        || is_class(v)
        || vm().classes.type_ == v
        // (A staticmethod object has been callable since Python 3.10.)
        || type_of(v) == vm().classes.staticmethod
}
