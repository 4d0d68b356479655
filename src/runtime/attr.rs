//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, with
//! Python's lookup order (data descriptors, instance attributes, class
//! attributes bound as methods, `__getattr__`) and `super()`.

use super::class::{class_obj, is_subclass, lookup, lookup_after, type_of, ClassObj};
use super::exception::{exc_attrs, exc_obj};
use super::function::{bind_builtin, descriptor_obj, func_obj, new_bound_method, new_descriptor};
use super::instance::attrs;
use super::module::{get_global, module_obj, set_global};
use super::object::{kind_of, Kind};
use super::seq::new_tuple;
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{none, raise_named, vm, PyResult};

/// The wrapped function of a staticmethod, or `v` itself.
pub fn unwrap_staticmethod(v: Value) -> Value {
    if kind_of(v) == Kind::Descriptor && type_of(v) == vm().classes.staticmethod {
        descriptor_obj(v).func
    } else {
        v
    }
}

/// Binds a class attribute found for `obj` (an instance of `cls`).
fn bind(attr: Value, obj: Value, cls: Value) -> PyResult<Value> {
    match kind_of(attr) {
        Kind::Function => Ok(new_bound_method(attr, obj)),
        Kind::Builtin if super::function::binds_as_method(super::function::builtin_obj(attr)) => Ok(bind_builtin(attr, obj)),
        // A builtin class's method taken through the class (`push =
        // list.append` in a class body) binds as the method itself.
        Kind::Builtin if super::function::unbound_method_class(super::function::builtin_obj(attr)).is_some() => {
            Ok(super::function::new_bound_method(attr, obj))
        }
        Kind::Descriptor => {
            let d = descriptor_obj(attr);
            let dc = type_of(attr);
            if dc == vm().classes.staticmethod {
                Ok(d.func)
            } else if dc == vm().classes.classmethod {
                bind_classmethod(d.func, cls)
            } else if dc == vm().classes.property {
                super::call::call(d.func, &[obj], &[])
            } else {
                Ok(attr)
            }
        }
        _ => Ok(attr),
    }
}

/// A classmethod wrapping `func`, taken through class `cls`. As in CPython
/// 3.11, what it wraps is bound to the class by its own `__get__` when it
/// has one (a property, say).
fn bind_classmethod(func: Value, cls: Value) -> PyResult<Value> {
    match kind_of(func) {
        Kind::Descriptor => bind(func, cls, cls),
        _ => match user_descriptor_get(func) {
            Some(get) => super::call::call(get, &[func, cls, cls], &[]),
            None => Ok(new_bound_method(func, cls)),
        },
    }
}

/// True for a `property` (native or made in Python).
pub fn is_property(v: Value) -> bool {
    kind_of(v) == Kind::Descriptor && type_of(v) == vm().classes.property
}

/// The `__get__` of a class attribute that is an instance of a class
/// defining one (a descriptor written in Python).
fn user_descriptor_get(a: Value) -> Option<Value> {
    (kind_of(a) == Kind::Instance).then(|| lookup(type_of(a), crate::sym!("__get__"))).flatten()
}

/// True for a descriptor written in Python that also defines `__set__` or
/// `__delete__`: it takes precedence over the instance's own attributes.
pub fn is_data_descriptor(a: Value) -> bool {
    kind_of(a) == Kind::Instance
        && (lookup(type_of(a), crate::sym!("__set__")).is_some() || lookup(type_of(a), crate::sym!("__delete__")).is_some())
}

/// The instance attribute `name` of `obj`, if it has one.
fn instance_attr(obj: Value, name: Value) -> Option<Value> {
    match kind_of(obj) {
        Kind::Instance => attrs(obj).get_str(name),
        Kind::Exception => exc_attrs(obj).get_str(name),
        _ => None,
    }
}

/// The name of the module whose global builtin function `f` is (`math`
/// for `math.sqrt`), else `builtins`.
fn builtin_module(f: Value) -> String {
    let name = super::function::builtin_obj(f).name;
    let modules = vm().modules.borrow();
    let mut holders = modules.iter().filter(|(_, &m)| super::module::get_global(m, name) == f);
    holders.next().map_or_else(|| "builtins".into(), |(module, _)| module.clone())
}

/// Raises the AttributeError of `obj` lacking `name`, worded as CPython
/// words it for a module, a class or any other object.
pub fn no_attribute<T>(obj: Value, name: Value) -> PyResult<T> {
    // A method looks its other attributes up on its function, which then
    // reports them missing.
    if kind_of(obj) == Kind::BoundMethod {
        return no_attribute(super::function::method_obj(obj).func, name);
    }
    let message = match kind_of(obj) {
        Kind::Module => format!("module '{}' has no attribute '{}'", module_obj(obj).name, as_str(name)),
        Kind::Class => format!("type object '{}' has no attribute '{}'", super::class::message_name(obj), as_str(name)),
        _ => format!("'{}' object has no attribute '{}'", super::ops::type_name(obj), as_str(name)),
    };
    attribute_error(obj, name, message)
}

/// Raises AttributeError `message` with the `name` and `obj` attributes
/// CPython gives it, from which a traceback suggests a near name.
fn attribute_error<T>(obj: Value, name: Value, message: String) -> PyResult<T> {
    let exc = super::exception::new_exception(super::vm::exc_class("AttributeError"), &[new_str(&message)]);
    let attrs = super::exception::exc_attrs(exc);
    attrs.set_str(crate::sym!("name"), name);
    attrs.set_str(crate::sym!("obj"), obj);
    super::vm::set_exception(exc);
    Err(super::vm::Exc)
}

/// `obj.name` (`name` is an interned str).
pub fn getattr(obj: Value, name: Value) -> PyResult<Value> {
    match getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => no_attribute(obj, name),
    }
}

/// The `__getattribute__` written in the language by the class of `obj`
/// (an instance), which every attribute load then goes through.
pub fn custom_getattribute(obj: Value) -> Option<Value> {
    if !matches!(kind_of(obj), Kind::Instance | Kind::Exception) {
        return None;
    }
    lookup(type_of(obj), crate::sym!("__getattribute__")).filter(|&f| kind_of(f) == Kind::Function)
}

/// `obj.name`, or None when the object plainly has no such attribute
/// (`getattr(obj, name, default)` and `hasattr` then make no exception).
/// Classes, `super` objects and `__getattr__` hooks may still raise.
pub fn getattr_opt(obj: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(f) = custom_getattribute(obj) {
        // As CPython's slot: `__getattr__` runs when it raises AttributeError.
        return match super::call::call(f, &[obj, name], &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => match lookup(type_of(obj), crate::sym!("__getattr__")) {
                Some(ga) if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) => {
                    super::vm::take_exception();
                    super::call::call(ga, &[obj, name], &[]).map(Some)
                }
                _ => Err(e),
            },
        };
    }
    generic_getattr_opt(obj, name)
}

/// `getattr(obj, name, None)`'s lookup, as `hasattr` makes it: a missing
/// attribute, however it is reported, is None; other exceptions propagate.
pub fn lookup_attr(obj: Value, name: Value) -> PyResult<Option<Value>> {
    match getattr_opt(obj, name) {
        Err(_) if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) => {
            super::vm::take_exception();
            Ok(None)
        }
        found => found,
    }
}

/// `object.__getattribute__`: the default attribute lookup.
pub fn generic_getattr(obj: Value, name: Value) -> PyResult<Value> {
    match generic_getattr_opt(obj, name)? {
        Some(v) => Ok(v),
        None => no_attribute(obj, name),
    }
}

fn generic_getattr_opt(obj: Value, name: Value) -> PyResult<Option<Value>> {
    match kind_of(obj) {
        Kind::Module => {
            let v = get_global(obj, as_str(name));
            if !v.is_null() {
                return Ok(Some(v));
            }
            if as_str(name) == "__dict__" {
                return Ok(Some(super::module_dict::module_dict(obj)));
            }
            if matches!(as_str(name), "__doc__" | "__package__" | "__loader__" | "__spec__" | "__annotations__" | "__builtins__" | "__file__" | "__cached__") {
                // Every module has these (None where coro has nothing to say).
                let dict = super::module_dict::module_dict(obj);
                if let Some(v) = super::dict::table(dict).get_str(name) {
                    return Ok(Some(v));
                }
            }
            // PEP 562: a module's own `__getattr__` supplies missing names.
            let hook = get_global(obj, "__getattr__");
            if !hook.is_null() && as_str(name) != "__getattr__" {
                return super::call::call(hook, &[name], &[]).map(Some);
            }
            return no_attribute(obj, name);
        }
        Kind::Class => return class_getattr(obj, name).map(Some),
        Kind::Descriptor if type_of(obj) == super_class() => return super_getattr(obj, name).map(Some),
        _ => {}
    }
    let cls = type_of(obj);
    let class_attr = lookup(cls, name);
    if let Some(a) = class_attr {
        if is_property(a) {
            let r = bind(a, obj, cls);
            // A property that raises AttributeError defers to __getattr__.
            let hook = lookup(cls, crate::sym!("__getattr__"));
            return match (r, hook) {
                (Err(_), Some(ga)) if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) => {
                    super::vm::take_exception();
                    super::call::call(ga, &[obj, name], &[]).map(Some)
                }
                (r, _) => r.map(Some),
            };
        }
    }
    if let Some(a) = class_attr.filter(|&a| is_data_descriptor(a)) {
        if let Some(get) = user_descriptor_get(a) {
            return super::call::call(get, &[a, obj, cls], &[]).map(Some);
        }
    }
    if let Some(v) = instance_attr(obj, name) {
        return Ok(Some(v));
    }
    if let Some(a) = class_attr {
        if let Some(get) = user_descriptor_get(a) {
            return super::call::call(get, &[a, obj, cls], &[]).map(Some);
        }
        return bind(a, obj, cls).map(Some);
    }
    if let Some(v) = special_attr(obj, as_str(name))? {
        return Ok(Some(v));
    }
    // What every class inherits from `object` (`a.__eq__`, `a.__repr__`...).
    if let Some(f) = object_default(name) {
        return Ok(Some(bind_builtin(f, obj)));
    }
    if let Some(ga) = lookup(cls, crate::sym!("__getattr__")) {
        return super::call::call(ga, &[obj, name], &[]).map(Some);
    }
    Ok(None)
}

/// Attributes every object of a builtin kind has.
fn special_attr(obj: Value, name: &str) -> PyResult<Option<Value>> {
    if kind_of(obj) == Kind::Function {
        if let Some(v) = func_obj(obj).meta_attr(name) {
            return Ok(Some(v));
        }
        let d = func_obj(obj).dict;
        if !d.is_null() {
            if let Some(v) = super::dict::table(d).get_str(super::vm::intern(name)) {
                return Ok(Some(v));
            }
        }
    }
    let v = match (kind_of(obj), name) {
        (_, "__class__") => type_of(obj),
        (Kind::Exception, "args") => exc_obj(obj).args.get(),
        (Kind::Exception, "__cause__") => or_none(exc_obj(obj).cause.get()),
        (Kind::Exception, "__context__") => or_none(exc_obj(obj).context.get()),
        (Kind::Exception, "__suppress_context__") => super::vm::boolean(exc_obj(obj).suppress_context.get()),
        (Kind::Exception, "__traceback__") => super::exception::traceback_of(obj)?,
        (Kind::Exception, "errno" | "strerror") if super::class::isinstance(obj, super::vm::exc_class("OSError")) => {
            let args = super::seq::tuple_items(exc_obj(obj).args.get());
            let i = if name == "errno" { 0 } else { 1 };
            if args.len() >= 2 { args[i] } else { none() }
        }
        (Kind::Exception, "filename" | "filename2") if super::class::isinstance(obj, super::vm::exc_class("OSError")) => {
            super::exception::exc_attrs(obj).get_str(super::vm::intern(name)).unwrap_or(none())
        }
        (Kind::Exception, _) if super::syntax_error::is_field(name) && super::class::isinstance(obj, super::vm::exc_class("SyntaxError")) => {
            super::syntax_error::field(obj, name)
        }
        // AttributeError's `name` and `obj`, NameError's `name`.
        (Kind::Exception, "name" | "obj")
            if super::class::isinstance(obj, super::vm::exc_class("AttributeError"))
                || (name == "name" && super::class::isinstance(obj, super::vm::exc_class("NameError"))) =>
        {
            super::exception::exc_attrs(obj).get_str(super::vm::intern(name)).unwrap_or(none())
        }
        (Kind::Exception, "name" | "path" | "msg") if super::class::isinstance(obj, super::vm::exc_class("ImportError")) => {
            let args = super::seq::tuple_items(exc_obj(obj).args.get());
            if name == "msg" && args.len() == 1 { args[0] } else { none() }
        }
        (Kind::Exception, "value") if super::class::isinstance(obj, super::vm::exc_class("StopIteration")) => {
            super::seq::tuple_items(exc_obj(obj).args.get()).first().copied().unwrap_or(none())
        }
        // Calling `f.__call__` calls `f` (CPython's method-wrapper).
        (Kind::Function | Kind::Builtin | Kind::BoundMethod, "__call__") => obj,
        // A function is a descriptor: `f.__get__(obj)` is the method.
        (Kind::Function, "__get__") => super::function::bind_builtin(super::function::new_builtin("__get__", function_get), obj),
        // So are staticmethod, classmethod and property objects.
        (Kind::Descriptor, "__get__")
            if [vm().classes.staticmethod, vm().classes.classmethod, vm().classes.property].contains(&type_of(obj)) =>
        {
            super::function::bind_builtin(super::function::new_builtin("__get__", descriptor_get), obj)
        }
        (Kind::Descriptor, "__set__") if type_of(obj) == vm().classes.property => {
            super::function::bind_builtin(super::function::new_builtin("__set__", property_set), obj)
        }
        (Kind::Descriptor, "__delete__") if type_of(obj) == vm().classes.property => {
            super::function::bind_builtin(super::function::new_builtin("__delete__", property_delete), obj)
        }
        (Kind::Function, "__dict__") => {
            let f = func_obj(obj);
            if f.dict.is_null() {
                f.dict = super::dict::new_dict();
            }
            f.dict
        }
        (Kind::Function, "__name__") => new_str(&func_obj(obj).code.name),
        (Kind::Function, "__qualname__") => new_str(&func_obj(obj).code.qualname),
        (Kind::Function, "_is_coroutine") => {
            super::vm::boolean(func_obj(obj).code.generator == Some(super::function::GenKind::Coroutine))
        }
        // What calling the function makes, for `inspect` (coro has no
        // code objects with CPython's flags).
        (Kind::Function, "_generator_kind") => match func_obj(obj).code.generator {
            Some(super::function::GenKind::Coroutine) => new_str("coroutine"),
            Some(super::function::GenKind::AsyncGenerator) => new_str("async generator"),
            Some(_) => new_str("generator"),
            None => none(),
        },
        (Kind::Function, "__closure__") => match &func_obj(obj).closure {
            cells if cells.is_empty() => none(),
            cells => super::seq::new_tuple_from(cells),
        },
        (Kind::Cell, "cell_contents") => {
            // SAFETY: the kind says this is a cell.
            let v = unsafe { (*obj.ptr::<super::function::CellObj>()).value };
            if v.is_null() {
                return raise_named("ValueError", "Cell is empty");
            }
            v
        }
        (Kind::Function, "__doc__") => func_obj(obj).code.doc.as_deref().map_or(none(), new_str),
        (Kind::Function, "__module__") => new_str(&module_obj(func_obj(obj).module).name),
        (Kind::Function, "__code__") => super::code_object::code_of(obj)?,
        (Kind::Function, "__globals__") => super::module_dict::module_dict(func_obj(obj).module),
        // No annotations: an empty dict, kept (as CPython makes one).
        (Kind::Function, "__annotations__") => {
            let d = super::dict::new_dict();
            func_obj(obj).set_meta_attr(name, d)?;
            d
        }
        (Kind::Function, "__kwdefaults__") => {
            let f = func_obj(obj);
            let spec = &f.code.params;
            let first = spec.kwonly_start();
            let d = super::dict::new_dict();
            for (k, &v) in f.kwdefaults.iter().enumerate().filter(|(_, v)| !v.is_null()) {
                super::dict::table(d).set(spec.names[first + k], v)?;
            }
            if super::dict::table(d).len() == 0 {
                none()
            } else {
                d
            }
        }
        (Kind::Function, "__defaults__") => {
            let d = &func_obj(obj).defaults;
            if d.is_empty() {
                none()
            } else {
                new_tuple(d.clone())
            }
        }
        (Kind::Builtin, "__name__") => new_str(super::function::builtin_obj(obj).name),
        // A module's function names its module; a method bound to an object, none.
        (Kind::Builtin, "__module__") if super::function::unbound_method_class(super::function::builtin_obj(obj)).is_none() => {
            match super::function::builtin_obj(obj).bound {
                r if r.is_null() => new_str(&builtin_module(obj)),
                r if kind_of(r) == Kind::Module => new_str(&module_obj(r).name),
                _ => none(),
            }
        }
        // The object a builtin is bound to; a module's function, its module.
        (Kind::Builtin, "__self__") if super::function::unbound_method_class(super::function::builtin_obj(obj)).is_none() => {
            match super::function::builtin_obj(obj).bound {
                r if r.is_null() => super::import::import_module(&builtin_module(obj))?,
                r => r,
            }
        }
        // (CPython's builtins carry docstrings; coro's have none.)
        (Kind::Builtin, "__doc__") => none(),
        // A method bound to its receiver is qualified by the receiver's
        // class (`list.append`); a module's function is not (`len`).
        (Kind::Builtin, "__qualname__") => {
            let b = super::function::builtin_obj(obj);
            match b.bound {
                _ if let Some(cls) = super::function::unbound_method_class(b) => new_str(&format!("{}.{}", class_obj(cls).qualname, b.name)),
                r if r.is_null() || kind_of(r) == Kind::Module => new_str(b.name),
                r => new_str(&format!("{}.{}", class_obj(type_of(r)).qualname, b.name)),
            }
        }
        (Kind::Descriptor, "__func__" | "__wrapped__")
            if type_of(obj) == vm().classes.staticmethod || type_of(obj) == vm().classes.classmethod =>
        {
            descriptor_obj(obj).func
        }
        (Kind::BoundMethod, "__self__") => super::function::method_obj(obj).receiver,
        (Kind::BoundMethod, "__func__") => super::function::method_obj(obj).func,
        // A builtin classmethod bound to its class is qualified by it (`dict.fromkeys`).
        (Kind::BoundMethod, "__qualname__")
            if kind_of(super::function::method_obj(obj).func) == Kind::Builtin && kind_of(super::function::method_obj(obj).receiver) == Kind::Class =>
        {
            let m = super::function::method_obj(obj);
            new_str(&format!("{}.{}", class_obj(m.receiver).qualname, super::function::builtin_obj(m.func).name))
        }
        // Other attributes are the function's (`__name__`, `__doc__`...).
        (Kind::BoundMethod, _) => return getattr_opt(super::function::method_obj(obj).func, super::vm::intern(name)),
        (Kind::Descriptor, "__doc__") if type_of(obj) == vm().classes.property => {
            let getter = descriptor_obj(obj).func;
            let own = descriptor_obj(obj).doc.get();
            if !own.is_null() {
                return Ok(Some(own));
            }
            return if getter == none() { Ok(Some(none())) } else { getattr_opt(getter, crate::sym!("__doc__")) };
        }
        (Kind::Module, "__name__") => new_str(&module_obj(obj).name),
        // A copy: an exception keeps its attributes in a table of its own.
        (Kind::Exception, "__dict__") => {
            let d = super::dict::new_dict();
            for e in super::exception::exc_attrs(obj).iter() {
                super::dict::table(d).set(e.key, e.value)?;
            }
            d
        }
        (Kind::Instance, "__dict__") if !class_obj(type_of(obj)).slots.get().is_null() => return Ok(None),
        (Kind::Instance, "__dict__") if super::class::declared_slots(type_of(obj)).is_empty() => attrs(obj).live_dict(),
        (Kind::Instance, "__dict__") => {
            let d = super::dict::new_dict();
            // Attributes a base's `__slots__` declares are not in the dict.
            let slotted = super::class::declared_slots(type_of(obj));
            for (k, v) in attrs(obj).items().into_iter().filter(|(k, _)| !slotted.contains(k)) {
                super::dict::table(d).set(k, v)?;
            }
            d
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// A method of builtin class `owner` as the class hands it out: when the
/// class's instances are not plain objects, wrapped to check its receiver
/// when called (the method's code takes the receiver's layout for granted).
fn checked_method(a: Value, owner: Value) -> Value {
    let c = class_obj(owner);
    let plain = matches!(c.instance_kind, Kind::Instance | Kind::Exception);
    if kind_of(a) == Kind::Builtin && c.builtin && !plain && super::function::builtin_obj(a).bound.is_null() {
        return super::function::new_unbound_method(a, owner);
    }
    a
}

/// The class along `start`'s MRO whose namespace holds `a` as `name`.
fn defining_class(start: Value, name: Value, a: Value) -> Value {
    class_obj(start).mro.iter().copied().find(|&k| class_obj(k).dict().get_str(name) == Some(a)).unwrap_or(start)
}

/// `cls.name` for a class: as CPython's slot, a metaclass's `__getattr__`
/// runs when the lookup raises AttributeError (a descriptor's `__get__`
/// included).
fn class_getattr(cls: Value, name: Value) -> PyResult<Value> {
    match class_getattribute(cls, name) {
        Err(e) => match super::metaclass::custom_dunder(cls, crate::sym!("__getattr__")) {
            Some(f) if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("AttributeError")) => {
                super::vm::take_exception();
                super::call::call(f, &[cls, name], &[])
            }
            _ => Err(e),
        },
        found => found,
    }
}

/// `type.__getattribute__(cls, name)`.
fn class_getattribute(cls: Value, name: Value) -> PyResult<Value> {
    let c: &ClassObj = class_obj(cls);
    // Data descriptors of `type`: they win over the namespace.
    match as_str(name) {
        "__name__" => return Ok(new_str(&c.name)),
        "__qualname__" => return Ok(new_str(&c.qualname)),
        // The namespace: a copy, behind a read-only mappingproxy (while
        // `types` itself loads, the bare copy).
        "__dict__" => {
            let d = super::dict::new_dict();
            for e in c.dict().iter() {
                super::dict::table(d).set_str(e.key, checked_method(e.value, cls));
            }
            let types = super::import::import_module("types")?;
            return match getattr_opt(types, crate::sym!("MappingProxyType"))? {
                Some(proxy) => super::call::call(proxy, &[d], &[]),
                None => Ok(d),
            };
        }
        // A class's own annotations, never a base's: an empty dict, kept,
        // when its body annotated nothing (as `type.__annotations__`).
        "__annotations__" if !c.builtin => {
            if let Some(a) = c.dict().get_str(name) {
                return Ok(a);
            }
            let a = super::dict::new_dict();
            super::class::store_class_attr(cls, name, a);
            return Ok(a);
        }
        _ => {}
    }
    // A data descriptor of a user metaclass (a property, or one with
    // `__set__`/`__delete__`) wins over the class's namespace.
    let meta = type_of(cls);
    if meta != vm().classes.type_ {
        if let Some(m) = lookup(meta, name).filter(|&m| is_data_descriptor(m) || is_property(m)) {
            return meta_bind(m, cls, meta);
        }
    }
    if let Some(a) = lookup(cls, name) {
        if kind_of(a) == Kind::Descriptor {
            let d = descriptor_obj(a);
            let dc = type_of(a);
            if dc == vm().classes.staticmethod {
                return Ok(d.func);
            }
            if dc == vm().classes.classmethod {
                return bind_classmethod(d.func, cls);
            }
        }
        if let Some(get) = user_descriptor_get(a) {
            return super::call::call(get, &[a, none(), cls], &[]);
        }
        if kind_of(a) == Kind::Builtin {
            // Found in the builtin class that defines it (`Stack.append`
            // finds list's).
            return Ok(checked_method(a, defining_class(cls, name, a)));
        }
        return Ok(a);
    }
    let v = match as_str(name) {
        "__name__" => new_str(&c.name),
        "__qualname__" => new_str(&c.qualname),
        "__module__" => new_str(&c.module),
        "__mro__" => new_tuple(c.mro.clone()),
        "__bases__" => new_tuple(c.bases.clone()),
        "__base__" => c.bases.first().copied().unwrap_or(none()),
        "__class__" => type_of(cls),
        "__doc__" => none(),
        _ => {
            // Methods of `type` itself (e.g. `mro`) and metaclass attributes.
            if let Some(a) = lookup(meta, name) {
                return meta_bind(a, cls, meta);
            }
            if let Some(f) = object_default(name) {
                return Ok(f);
            }
            if let Some(owner) = super::class::slot_owner(cls, name) {
                let make = getattr(super::import::import_module("types")?, super::vm::intern("member_descriptor"))?;
                return super::call::call(make, &[name, owner], &[]);
            }
            return no_attribute(cls, name);
        }
    };
    Ok(v)
}

/// Metaclass attribute `a` taken through its instance `cls`: bound as a
/// method, or through its `__get__` when it is a descriptor.
fn meta_bind(a: Value, cls: Value, meta: Value) -> PyResult<Value> {
    match user_descriptor_get(a) {
        Some(get) => super::call::call(get, &[a, cls, meta], &[]),
        None => bind(a, cls, meta),
    }
}

/// `obj.name = value`, through a user `__setattr__` when the class has one.
pub fn setattr(obj: Value, name: Value, value: Value) -> PyResult<()> {
    if matches!(kind_of(obj), Kind::Instance | Kind::Exception) {
        if let Some(f) = lookup(type_of(obj), crate::sym!("__setattr__")).filter(|&f| overrides_object(f, crate::sym!("__setattr__"))) {
            super::call::call(f, &[obj, name, value], &[])?;
            return Ok(());
        }
    }
    if kind_of(obj) == Kind::Class {
        if let Some(f) = super::metaclass::custom_dunder(obj, crate::sym!("__setattr__")) {
            super::call::call(f, &[obj, name, value], &[])?;
            return Ok(());
        }
    }
    generic_setattr(obj, name, value)
}

/// True when `f`, a class's `__setattr__`/`__delattr__` (`dunder`), is
/// not object's own: a user function, or a builtin one borrowed from
/// another class (`__setattr__ = dict.__setitem__`).
fn overrides_object(f: Value, dunder: Value) -> bool {
    kind_of(f) == Kind::Function || lookup(super::vm::vm().classes.object, dunder) != Some(f)
}

/// `object.__setattr__`: the default attribute assignment.
pub fn generic_setattr(obj: Value, name: Value, value: Value) -> PyResult<()> {
    if name == crate::sym!("__class__") {
        return super::class::assign_class(obj, value);
    }
    let cls = type_of(obj);
    if let Some(a) = lookup(cls, name) {
        if kind_of(a) == Kind::Instance {
            if let Some(set) = lookup(type_of(a), crate::sym!("__set__")) {
                super::call::call(set, &[a, obj, value], &[])?;
                return Ok(());
            }
        }
        if is_property(a) {
            let d = descriptor_obj(a);
            if d.setter.is_null() {
                // A builtin class's attribute is a getset descriptor in CPython.
                let message = if class_obj(defining_class(cls, name, a)).builtin {
                    format!("attribute '{}' of '{}' objects is not writable", as_str(name), class_obj(cls).name)
                } else {
                    format!("property '{}' of '{}' object has no setter", as_str(name), class_obj(cls).name)
                };
                return raise_named("AttributeError", message);
            }
            super::call::call(d.setter, &[obj, value], &[])?;
            return Ok(());
        }
    }
    match kind_of(obj) {
        Kind::Instance => {
            if !super::class::allows_attribute(cls, name) {
                return raise_named("AttributeError", format!("'{}' object has no attribute '{}'", super::class::message_name(cls), as_str(name)));
            }
            attrs(obj).set_str(name, value);
            Ok(())
        }
        Kind::Exception => {
            let e = exc_obj(obj);
            match as_str(name) {
                // A cause or context must be an exception (the printing
                // and raising of the chain rely on it).
                "__cause__" | "__context__" if value != none() && !super::exception::is_exception(value) => {
                    let what = if as_str(name) == "__cause__" { "cause" } else { "context" };
                    return raise_named("TypeError", format!("exception {what} must be None or derive from BaseException"));
                }
                "__cause__" => {
                    e.cause.set(if value == none() { Value::NULL } else { value });
                    e.suppress_context.set(true);
                }
                "__context__" => e.context.set(if value == none() { Value::NULL } else { value }),
                "__suppress_context__" if kind_of(value) != Kind::Bool => {
                    return raise_named("TypeError", "attribute value type must be bool");
                }
                "__suppress_context__" => e.suppress_context.set(super::ops::truthy(value)?),
                "__traceback__" => super::exception::set_traceback(obj, value)?,
                "args" => e.args.set(new_tuple(super::iterate::collect(value)?)),
                _ => exc_attrs(obj).set_str(name, value),
            }
            Ok(())
        }
        Kind::Class if !class_obj(obj).builtin && matches!(as_str(name), "__name__" | "__qualname__") => {
            super::class::rename(obj, as_str(name), value)
        }
        Kind::Class if !class_obj(obj).builtin => {
            super::class::store_class_attr(obj, name, value);
            Ok(())
        }
        Kind::Class => raise_named(
            "TypeError",
            format!("cannot set '{}' attribute of immutable type '{}'", as_str(name), class_obj(obj).name),
        ),
        Kind::Module => {
            set_global(obj, as_str(name), value);
            Ok(())
        }
        Kind::Function if as_str(name) == "__defaults__" => {
            let f = func_obj(obj);
            let items = match kind_of(value) {
                Kind::None => &[][..],
                Kind::Tuple => super::seq::tuple_items(value),
                _ => return raise_named("TypeError", "__defaults__ must be set to a tuple object"),
            };
            // More defaults than parameters: the last ones apply, as in CPython.
            f.defaults = items[items.len().saturating_sub(f.code.params.positional)..].to_vec();
            Ok(())
        }
        Kind::Function if as_str(name) == "__kwdefaults__" => {
            let f = func_obj(obj);
            let table = match kind_of(value) {
                Kind::None => None,
                Kind::Dict => Some(super::dict::table(value)),
                _ => return raise_named("TypeError", "__kwdefaults__ must be set to a dict object"),
            };
            // Each keyword-only parameter takes the dict's value for its name.
            let spec = &f.code.params;
            let first = spec.kwonly_start();
            for k in 0..f.kwdefaults.len() {
                let found = match &table {
                    Some(t) => t.get(spec.names[first + k])?,
                    None => None,
                };
                f.kwdefaults[k] = found.unwrap_or(Value::NULL);
            }
            Ok(())
        }
        Kind::Function if super::function::META_ATTRS.contains(&as_str(name)) => func_obj(obj).set_meta_attr(as_str(name), value),
        Kind::Function => {
            let f = func_obj(obj);
            if f.dict.is_null() {
                f.dict = super::dict::new_dict();
            }
            super::dict::table(f.dict).set(name, value)
        }
        _ => unchangeable(obj, name),
    }
}

/// Setting or deleting `obj.name` on a builtin object, which has no
/// attributes of its own: what its class has cannot be replaced on it.
fn unchangeable(obj: Value, name: Value) -> PyResult<()> {
    match lookup(type_of(obj), name) {
        Some(a) if is_property(a) => raise_named(
            "AttributeError",
            format!("attribute '{}' of '{}' objects is not writable", as_str(name), super::ops::type_name(obj)),
        ),
        Some(_) => raise_named(
            "AttributeError",
            format!("'{}' object attribute '{}' is read-only", super::ops::type_name(obj), as_str(name)),
        ),
        None => no_attribute(obj, name),
    }
}

/// `del obj.name`, through a property deleter or a user `__delattr__`.
pub fn delattr(obj: Value, name: Value) -> PyResult<()> {
    if obj.is_small() || !matches!(kind_of(obj), Kind::Instance | Kind::Exception | Kind::Class | Kind::Module | Kind::Function) {
        return unchangeable(obj, name);
    }
    let cls = type_of(obj);
    if let Some(a) = lookup(cls, name) {
        if is_property(a) {
            let d = descriptor_obj(a);
            if d.deleter.is_null() {
                return raise_named(
                    "AttributeError",
                    format!("property '{}' of '{}' object has no deleter", as_str(name), class_obj(cls).name),
                );
            }
            super::call::call(d.deleter, &[obj], &[])?;
            return Ok(());
        }
        if kind_of(a) == Kind::Instance {
            if let Some(delete) = lookup(type_of(a), crate::sym!("__delete__")) {
                super::call::call(delete, &[a, obj], &[])?;
                return Ok(());
            }
        }
    }
    if matches!(kind_of(obj), Kind::Instance | Kind::Exception | Kind::Class) {
        if let Some(f) = lookup(cls, crate::sym!("__delattr__")).filter(|&f| overrides_object(f, crate::sym!("__delattr__"))) {
            super::call::call(f, &[obj, name], &[])?;
            return Ok(());
        }
    }
    generic_delattr(obj, name)
}

/// `object.__delattr__`: the default attribute deletion.
pub fn generic_delattr(obj: Value, name: Value) -> PyResult<()> {
    let removed = match kind_of(obj) {
        Kind::Instance => attrs(obj).remove(name)?.is_some(),
        Kind::Exception => exc_attrs(obj).remove(name)?.is_some(),
        Kind::Class if !class_obj(obj).builtin => {
            super::class::classes_changed();
            class_obj(obj).dict().remove(name)?.is_some()
        }
        Kind::Module => {
            if get_global(obj, as_str(name)).is_null() {
                return no_attribute(obj, name);
            }
            set_global(obj, as_str(name), Value::NULL);
            true
        }
        _ => false,
    };
    if removed {
        Ok(())
    } else {
        no_attribute(obj, name)
    }
}

/// The class of `super` objects.
fn super_class() -> Value {
    vm().classes.super_
}

/// `super()` inside a method of `cls` whose first argument is `obj`.
pub fn new_super(cls: Value, obj: Value) -> PyResult<Value> {
    let obj_cls = if kind_of(obj) == Kind::Class && is_subclass(obj, cls) { obj } else { type_of(obj) };
    if !is_subclass(obj_cls, cls) {
        return raise_named("TypeError", "super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(new_descriptor(super_class(), cls, obj, Value::NULL))
}

/// `object`'s own comparison, hash and text dunders (what `super().__eq__`
/// or `object.__repr__` find), as builtins; None for other names.
fn object_default(name: Value) -> Option<Value> {
    /// The receiver and the `n` arguments of `object.NAME`, checked as
    /// CPython's slot wrappers check them.
    fn receiver<'a>(a: &'a [Value], name: &str, n: usize) -> PyResult<&'a [Value]> {
        let given = a.len().saturating_sub(1);
        if a.is_empty() {
            return raise_named("TypeError", format!("descriptor '{name}' of 'object' object needs an argument"));
        }
        if given != n {
            let s = if n == 1 { "" } else { "s" };
            return raise_named("TypeError", format!("expected {n} argument{s}, got {given}"));
        }
        Ok(a)
    }
    const DEFAULTS: &[(&str, super::function::NativeFn)] = &[
        ("__eq__", |a, _| {
            let a = receiver(a, "__eq__", 1)?;
            Ok(if a[0] == a[1] { super::vm::boolean(true) } else { vm().not_implemented })
        }),
        ("__ne__", |a, _| {
            let a = receiver(a, "__ne__", 1)?;
            let eq = match lookup(type_of(a[0]), crate::sym!("__eq__")) {
                Some(f) => super::call::call(f, &[a[0], a[1]], &[])?,
                _ if a[0] == a[1] => super::vm::boolean(true),
                _ => vm().not_implemented,
            };
            Ok(if eq == vm().not_implemented { eq } else { super::vm::boolean(!super::ops::truthy(eq)?) })
        }),
        ("__lt__", |a, _| receiver(a, "__lt__", 1).map(|_| vm().not_implemented)),
        ("__le__", |a, _| receiver(a, "__le__", 1).map(|_| vm().not_implemented)),
        ("__gt__", |a, _| receiver(a, "__gt__", 1).map(|_| vm().not_implemented)),
        ("__ge__", |a, _| receiver(a, "__ge__", 1).map(|_| vm().not_implemented)),
        ("__hash__", |a, _| Ok(super::number::int(super::ops::identity_hash(receiver(a, "__hash__", 0)?[0])))),
        ("__repr__", |a, _| {
            let a = receiver(a, "__repr__", 0)?;
            Ok(new_str(&format!("<{} object at {:#x}>", super::text::qualified_name(type_of(a[0])), a[0].0)))
        }),
        ("__str__", |a, _| super::ops::repr(receiver(a, "__str__", 0)?[0]).map(|s| new_str(&s))),
        ("__format__", |a, _| {
            let a = super::args::method("object.__format__", a, &[], 1, 1)?;
            if kind_of(a[1]) == Kind::Str && !as_str(a[1]).is_empty() {
                return raise_named("TypeError", format!("unsupported format string passed to {}.__format__", super::ops::type_name(a[0])));
            }
            super::ops::str_of(a[0]).map(|s| new_str(&s))
        }),
    ];
    let entry @ &(name, f) = DEFAULTS.iter().find(|(n, _)| *n == as_str(name))?;
    // (One object each: `C.__repr__ is object.__repr__`.)
    Some(super::function::memoized(entry as *const _ as usize, || super::function::new_builtin(name, f)))
}

fn super_getattr(sup: Value, name: Value) -> PyResult<Value> {
    let d = descriptor_obj(sup);
    let (cls, obj) = (d.func, d.setter);
    if as_str(name) == "__class__" {
        return Ok(type_of(sup));
    }
    // `obj` is a class in a class method (whose MRO is searched) or an
    // instance, which a class is too in a metaclass's methods.
    let of_class = kind_of(obj) == Kind::Class && is_subclass(obj, cls);
    let start = if of_class { obj } else { type_of(obj) };
    match lookup_after(start, cls, name) {
        Some(a) => {
            if of_class {
                if kind_of(a) == Kind::Descriptor && type_of(a) == vm().classes.classmethod {
                    return Ok(new_bound_method(descriptor_obj(a).func, obj));
                }
                // Implicit class methods.
                if matches!(as_str(name), "__init_subclass__" | "__class_getitem__") {
                    return bind(a, obj, start);
                }
                // A static method (a builtin `__new__` among them) takes no receiver.
                if kind_of(a) == Kind::Descriptor {
                    return Ok(unwrap_staticmethod(a));
                }
                return Ok(checked_method(a, defining_class(start, name, a)));
            }
            bind(a, obj, start)
        }
        None => match object_default(name) {
            Some(f) if !of_class => Ok(bind_builtin(f, obj)),
            Some(f) => Ok(f),
            None => raise_named("AttributeError", format!("'super' object has no attribute '{}'", as_str(name))),
        },
    }
}

/// `prop.__set__(obj, value)`: calls the setter, as `obj.name = value` would.
fn property_set(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("__set__", kwnames)?;
    super::args::count("__set__", args.len() - 1, 2, 2)?;
    property_part_call(args[0], &args[1..], |d| d.setter, "setter")
}

/// `prop.__delete__(obj)`: calls the deleter, as `del obj.name` would.
fn property_delete(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("__delete__", kwnames)?;
    super::args::count("__delete__", args.len() - 1, 1, 1)?;
    property_part_call(args[0], &args[1..], |d| d.deleter, "deleter")
}

/// Calls the part of property `prop` that `part` picks with `args` (the
/// object first), or fails as CPython's property does when it has none.
fn property_part_call(
    prop: Value,
    args: &[Value],
    part: fn(&super::function::DescriptorObj) -> Value,
    what: &str,
) -> PyResult<Value> {
    let f = part(descriptor_obj(prop));
    if is_unset(f) {
        return raise_named("AttributeError", property_lacks(prop, args[0], what));
    }
    super::call::call(f, args, &[])?;
    Ok(none())
}

/// True for a property part that was never given (NULL or None).
fn is_unset(f: Value) -> bool {
    f.is_null() || f == none()
}

/// CPython's message for property `prop` of `obj` without a `what`
/// (getter, setter, deleter): it names the property by the name a class
/// of `obj` binds it to (CPython's `__set_name__`), if any.
fn property_lacks(prop: Value, obj: Value, what: &str) -> String {
    let cls = type_of(obj);
    let owner = &class_obj(cls).qualname;
    let name = class_obj(cls).mro.iter().find_map(|&c| class_obj(c).dict().iter().find(|e| e.value == prop).map(|e| e.key));
    match name {
        Some(name) => format!("property '{}' of '{owner}' object has no {what}", as_str(name)),
        None => format!("property of '{owner}' object has no {what}"),
    }
}

/// `descr.__get__(obj, type=None)` of a staticmethod, classmethod or
/// property: what `obj.name` (or `type.name` when `obj` is None) gives.
fn descriptor_get(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("__get__", kwnames)?;
    super::args::count("__get__", args.len() - 1, 1, 2)?;
    let (descr, obj) = (args[0], args[1]);
    let cls = args.get(2).copied().filter(|&c| c != none());
    if type_of(descr) == vm().classes.property {
        if obj == none() {
            return Ok(descr);
        }
        if is_unset(descriptor_obj(descr).func) {
            return raise_named("AttributeError", property_lacks(descr, obj, "getter"));
        }
        return bind(descr, obj, type_of(obj));
    }
    let cls = match cls {
        Some(c) => c,
        None if obj == none() => return raise_named("TypeError", "__get__(None, None) is invalid"),
        None => type_of(obj),
    };
    bind(descr, obj, cls)
}

/// `function.__get__(obj, type=None)`: the function bound to `obj`, or
/// the function itself when `obj` is None.
fn function_get(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("__get__", kwnames)?;
    super::args::count("__get__", args.len() - 1, 1, 2)?;
    if args[1] == none() {
        return Ok(args[0]);
    }
    Ok(super::function::new_bound_method(args[0], args[1]))
}
