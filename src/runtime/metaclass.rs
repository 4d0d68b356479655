//! Metaclasses: `class C(metaclass=M)`, classes deriving from `type`,
//! `type.__new__`/`__init__`/`__call__`, and abstract classes (what
//! `abc.ABCMeta` leaves in `__abstractmethods__`).
//!
//! A class is a `ClassObj` whose header names its metaclass (`type` for
//! most). A class statement whose metaclass is not `type` calls it with
//! `(name, bases, namespace, **keywords)`, as CPython does; `type.__new__`
//! makes the class. A metaclass's `__call__` runs when its classes are
//! called, and its other methods are found on its classes as attributes
//! and dunders (`len(Color)`, `for m in Color`) by the usual lookups, which
//! start from `type_of(class)`.

use super::args::positional;
use super::class::{announce, class_obj, is_subclass, lookup, new_class_of, type_of};
use super::dict::{new_dict, table, DictTable};
use super::object::{kind_of, Kind};
use super::seq::{new_tuple, tuple_items};
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{none, raise_named, vm, PyResult};

/// The metaclass of a class with metaclass `meta` (given or `type`) and
/// `bases`: the most derived of it and the bases' metaclasses.
pub fn winner(meta: Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta;
    for &b in bases {
        let t = type_of(b);
        if is_subclass(winner, t) {
            continue;
        }
        if is_subclass(t, winner) {
            winner = t;
            continue;
        }
        return raise_named(
            "TypeError",
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        );
    }
    Ok(winner)
}

/// A class statement: the class made by its metaclass (`explicit`, else
/// the bases'), with `cell` (the body's `__class__`, or NULL) set to it.
#[allow(clippy::too_many_arguments)]
pub fn build_class(
    explicit: Option<Value>,
    name: Value,
    qualname: &str,
    module: &str,
    bases: Vec<Value>,
    mut ns: DictTable,
    cell: Value,
    keywords: &[(Value, Value)],
) -> PyResult<Value> {
    let meta = match explicit {
        Some(m) if kind_of(m) != Kind::Class => m,
        m => winner(m.unwrap_or(vm().classes.type_), &bases)?,
    };
    if meta == vm().classes.type_ {
        ns.remove(crate::sym!("__qualname__"))?;
        let cls = new_class_of(meta, as_str(name), qualname, module, bases, ns)?;
        set_cell(cell, cls);
        announce(cls, keywords)?;
        return Ok(cls);
    }
    if ns.get_str(crate::sym!("__qualname__")).is_none() {
        ns.set_str(crate::sym!("__qualname__"), new_str(qualname));
    }
    if !cell.is_null() {
        ns.set_str(crate::sym!("__classcell__"), cell);
    }
    let namespace = new_dict();
    *table(namespace) = ns;
    call_meta(meta, name, bases, namespace, keywords)
}

/// A class statement whose namespace a metaclass's `__prepare__` made:
/// the metaclass (`explicit`, else the bases') called with it.
pub fn call_metaclass(explicit: Option<Value>, name: Value, bases: Vec<Value>, namespace: Value, keywords: &[(Value, Value)]) -> PyResult<Value> {
    let meta = match explicit {
        Some(m) if kind_of(m) != Kind::Class => m,
        m => winner(m.unwrap_or(vm().classes.type_), &bases)?,
    };
    call_meta(meta, name, bases, namespace, keywords)
}

/// `meta(name, bases, namespace, **keywords)`.
fn call_meta(meta: Value, name: Value, bases: Vec<Value>, namespace: Value, keywords: &[(Value, Value)]) -> PyResult<Value> {
    let mut args = vec![name, new_tuple(bases), namespace];
    args.extend(keywords.iter().map(|&(_, v)| v));
    let names: Vec<Value> = keywords.iter().map(|&(k, _)| k).collect();
    super::call::call(meta, &args, &names)
}

fn set_cell(cell: Value, cls: Value) {
    if !cell.is_null() {
        super::jit_api::rt_cell_set(cell, cls);
    }
}

/// `type.__new__(mcls, name, bases, namespace, **keywords)`.
pub fn type_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let Some(&mcls) = pos.first() else {
        return raise_named("TypeError", "type.__new__(): not enough arguments");
    };
    if kind_of(mcls) != Kind::Class {
        return raise_named("TypeError", format!("type.__new__(X): X is not a type object ({})", super::ops::type_name(mcls)));
    }
    if !is_subclass(mcls, vm().classes.type_) {
        let n = &class_obj(mcls).name;
        return raise_named("TypeError", format!("type.__new__({n}): {n} is not a subtype of type"));
    }
    if pos.len() != 4 {
        return raise_named("TypeError", format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len() - 1));
    }
    let name = match super::value_class::text_of(pos[1]) {
        Some(name) => name,
        None => return raise_named("TypeError", format!("type.__new__() argument 1 must be str, not {}", super::ops::type_name(pos[1]))),
    };
    for (i, (v, want)) in [(pos[2], Kind::Tuple), (pos[3], Kind::Dict)].into_iter().enumerate() {
        if kind_of(v) != want {
            let wanted = if want == Kind::Tuple { "tuple" } else { "dict" };
            return raise_named("TypeError", format!("type.__new__() argument {} must be {wanted}, not {}", i + 2, super::ops::type_name(v)));
        }
    }
    let bases = tuple_items(pos[2]).to_vec();
    let meta = winner(mcls, &bases)?;
    let mut ns = table(pos[3]).clone();
    let cell = ns.remove(crate::sym!("__classcell__"))?.unwrap_or(Value::NULL);
    let qualname = match ns.remove(crate::sym!("__qualname__"))? {
        Some(q) => match super::value_class::text_of(q) {
            Some(q) => q.to_string(),
            None => return raise_named("TypeError", format!("type __qualname__ must be a str, not {}", super::ops::type_name(q))),
        },
        None => name.to_string(),
    };
    let module = match ns.get_str(crate::sym!("__module__")) {
        Some(m) if kind_of(m) == Kind::Str => as_str(m).to_string(),
        _ => {
            // The module of the code calling, as CPython reads its caller's
            // globals (interned: the namespace is no heap object yet).
            let caller = super::stack_walk::python_frames(0, 0, 1).first().and_then(|f| super::module::module_of_file(&f.code.filename));
            let name = caller.map_or("__main__", |m| super::module::module_obj(m).name.as_str());
            ns.set_str(crate::sym!("__module__"), super::vm::intern(name));
            name.to_string()
        }
    };
    let cls = new_class_of(meta, name, &qualname, &module, bases, ns)?;
    set_cell(cell, cls);
    let keywords: Vec<(Value, Value)> = kwnames.iter().copied().zip(args[pos.len()..].iter().copied()).collect();
    announce(cls, &keywords)?;
    Ok(cls)
}

/// `type(name, bases, namespace)`: made by the bases' metaclass.
pub fn type_call3(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bases = if kind_of(args[1]) == Kind::Tuple { tuple_items(args[1]).to_vec() } else { Vec::new() };
    let meta = winner(vm().classes.type_, &bases)?;
    if meta != vm().classes.type_ {
        return super::call::call(meta, args, kwnames);
    }
    let mut full = vec![meta];
    full.extend_from_slice(args);
    type_new(&full, kwnames)
}

/// `type.__init__`: nothing left to do.
fn type_init(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}

/// `type.__call__(cls, *args)`: what calling a class does (reached from a
/// metaclass's own `__call__` through `super()`).
fn type_call(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&cls) if kind_of(cls) == Kind::Class => super::call::instantiate(cls, &args[1..], kwnames),
        _ => raise_named("TypeError", "descriptor '__call__' requires a 'type' object"),
    }
}

/// Dunder `name` as the metaclass of class `cls` defines it in the
/// language (`__call__`, which calling `cls` then runs instead of making
/// an instance; `__repr__`, `__getitem__`...), for the protocols that
/// handle classes themselves.
pub fn custom_dunder(cls: Value, name: Value) -> Option<Value> {
    let meta = type_of(cls);
    if meta == vm().classes.type_ {
        return None;
    }
    lookup(meta, name).filter(|&f| kind_of(f) == Kind::Function)
}

/// Refuses to instantiate a class with abstract methods left (what
/// `abc.ABCMeta` records in `__abstractmethods__`).
pub fn check_abstract(cls: Value) -> PyResult<()> {
    if type_of(cls) == vm().classes.type_ {
        return Ok(());
    }
    let Some(abstract_) = lookup(cls, crate::sym!("__abstractmethods__")) else { return Ok(()) };
    let mut names: Vec<String> = super::iterate::collect(abstract_)?.into_iter().map(|n| super::ops::str_of(n)).collect::<PyResult<_>>()?;
    if names.is_empty() {
        return Ok(());
    }
    names.sort();
    let plural = if names.len() == 1 { "" } else { "s" };
    raise_named(
        "TypeError",
        format!("Can't instantiate abstract class {} with abstract method{plural} {}", class_obj(cls).name, names.join(", ")),
    )
}

/// `type.__instancecheck__(cls, obj)`: the class along `obj`'s MRO.
fn type_instancecheck(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__instancecheck__", args, kw, 1, 1)?;
    Ok(super::vm::boolean(kind_of(a[0]) == Kind::Class && super::class::isinstance(a[1], a[0])))
}

/// `type.__subclasscheck__(cls, sub)`: `cls` along `sub`'s MRO.
fn type_subclasscheck(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = super::args::method("__subclasscheck__", args, kw, 1, 1)?;
    if kind_of(a[1]) != Kind::Class {
        return raise_named("TypeError", "issubclass() arg 1 must be a class");
    }
    Ok(super::vm::boolean(kind_of(a[0]) == Kind::Class && is_subclass(a[1], a[0])))
}

/// `type.__prepare__(name, bases, **keywords)`: the namespace a class
/// body fills, a new dict (what a metaclass's own `__prepare__` may start from).
fn type_prepare(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_dict())
}

/// Gives `type` its `__new__`, `__init__`, `__call__`, `__prepare__`,
/// `__instancecheck__` and `__subclasscheck__`.
pub fn install() {
    use super::class::set_class_attr;
    use super::function::{new_builtin, new_descriptor};
    let c = &vm().classes;
    set_class_attr(c.type_, "__new__", new_descriptor(c.staticmethod, new_builtin("__new__", type_new), Value::NULL, Value::NULL));
    set_class_attr(c.type_, "__init__", new_builtin("__init__", type_init));
    set_class_attr(c.type_, "__call__", new_builtin("__call__", type_call));
    set_class_attr(c.type_, "__prepare__", new_descriptor(c.staticmethod, new_builtin("__prepare__", type_prepare), Value::NULL, Value::NULL));
    set_class_attr(c.type_, "__instancecheck__", new_builtin("__instancecheck__", type_instancecheck));
    set_class_attr(c.type_, "__subclasscheck__", new_builtin("__subclasscheck__", type_subclasscheck));
}
