//! Class objects: the builtin types and user classes, their method
//! resolution order (C3), attribute lookup along it, and the bootstrap that
//! creates the builtin classes and the exception hierarchy.

use std::cell::{Cell, UnsafeCell};

use super::dict::DictTable;
use super::heap;
use super::object::{kind_of, Header, Kind};
use super::str::as_str;
use super::value::Value;
use super::vm::{intern, raise_named, vm, Classes, PyResult};

/// A class.
#[repr(C)]
pub struct ClassObj {
    /// Common header (its class is `type`).
    pub header: Header,
    /// `__name__`.
    pub name: String,
    /// `__qualname__`.
    pub qualname: String,
    /// `__module__`.
    pub module: String,
    /// How messages name the class when not by `__name__`: `module.name`
    /// for the classes CPython writes in C outside builtins
    /// (`_asyncio.Future`, `collections.deque`; see `name_as_c_type`).
    pub c_type_name: Option<String>,
    /// `__bases__`.
    pub bases: Vec<Value>,
    /// `__mro__`, starting with the class itself.
    pub mro: Vec<Value>,
    /// The class namespace.
    pub dict: UnsafeCell<DictTable>,
    /// The layout of instances (`Instance` for plain classes).
    pub instance_kind: Kind,
    /// True for classes written in Rust (their dict is fixed).
    pub builtin: bool,
    /// True when instances are exceptions.
    pub is_exception: Cell<bool>,
    /// Values instances carry after their attribute table for a native base
    /// class (a Future's state, result, callbacks...); inherited.
    pub native_slots: Cell<u32>,
    /// Inline attribute room new instances get (grows to what instances needed).
    pub inline_attrs: Cell<u16>,
    /// The empty shape of new instances (NULL until the first). A class
    /// starts a new one whenever the layout of new instances changes, so
    /// a shape tells the class and the layout of the instances that have
    /// it: compiled attribute sites check only the shape.
    pub instance_shape: Cell<*const super::shape::Shape>,
    /// The `__init__` that `cls(args)` enters directly, when the class is
    /// plain (default `__new__`, a compiled `__init__`); NULL when it is not.
    pub ctor: Cell<Value>,
    /// The class-lookup version `ctor` was worked out under (0: never).
    pub ctor_version: Cell<u64>,
    /// With `__slots__` all the way up: a tuple of the only attribute names
    /// instances may have (they have no `__dict__`); else NULL.
    pub slots: Cell<Value>,
    /// For a native container class, the length of an instance without a
    /// method call (for `len()` and truth tests); not inherited, as a
    /// subclass may define its own `__len__`.
    pub native_len: Cell<Option<fn(Value) -> usize>>,
    /// The builtin value class (list, dict, str, int...) this class is or
    /// derives from, or NULL; instances of a subclass hold their builtin
    /// value in native slot 0 (see `value_class`). Builtin classes are
    /// never freed, so this needs no tracing.
    pub value_base: Cell<Value>,
    /// True once a compact instance of this class (see `instance.rs`) has
    /// had attributes: method sites stop remembering calls on its
    /// instances, as an instance's own attribute could shadow the method.
    pub compact_attrs: Cell<bool>,
}

/// Offset of `ctor` in a class object, for JIT code.
pub const CTOR_OFFSET: i32 = std::mem::offset_of!(ClassObj, ctor) as i32;
/// Offset of `ctor_version` in a class object, for JIT code.
pub const CTOR_VERSION_OFFSET: i32 = std::mem::offset_of!(ClassObj, ctor_version) as i32;

impl ClassObj {
    #[allow(clippy::mut_from_ref)]
    pub fn dict(&self) -> &mut DictTable {
        // SAFETY: the VM is single-threaded and no reference outlives a call.
        unsafe { &mut *self.dict.get() }
    }
}

/// The class of any value.
#[inline]
pub fn type_of(v: Value) -> Value {
    if v.is_small() {
        vm().classes.int
    } else {
        v.header().class.get()
    }
}

/// The class struct of a class value.
#[inline]
pub fn class_obj(v: Value) -> &'static ClassObj {
    // SAFETY: callers pass class values.
    unsafe { &*v.ptr::<ClassObj>() }
}

/// True when `v` is a class.
pub fn is_class(v: Value) -> bool {
    kind_of(v) == Kind::Class
}

/// One entry of the attribute lookup cache.
#[derive(Clone, Copy)]
struct CacheEntry {
    /// The class looked in.
    cls: Value,
    /// The attribute name (an interned str).
    name: Value,
    /// `VERSION` when the entry was filled.
    version: u64,
    /// What the lookup found (NULL for nothing, or for plain data).
    found: Value,
    /// For plain data: the class whose namespace holds it, read again on
    /// every hit, as such a value may be replaced without a version bump
    /// (see `store_class_attr`); else NULL.
    owner: Value,
}

const CACHE_SIZE: usize = 4096;

/// The lookup cache and the version its entries must match.
struct LookupCache {
    /// Bumped whenever any class namespace or hierarchy changes.
    version: Cell<u64>,
    /// Direct-mapped entries by (class, name): `CACHE_SIZE` of them,
    /// allocated zeroed (all NULL, so none matches) at the first lookup.
    /// Kept out of the thread-local block, which every thread would copy at
    /// its start (160 KB, a tenth of a hello-world's run).
    entries: Cell<*mut CacheEntry>,
}

impl LookupCache {
    /// The entry for `slot`, allocating the table on first use.
    fn entry(&self, slot: usize) -> *mut CacheEntry {
        let mut entries = self.entries.get();
        if entries.is_null() {
            let layout = std::alloc::Layout::array::<CacheEntry>(CACHE_SIZE).unwrap();
            // SAFETY: a non-zero layout; all-zero bytes are a valid entry
            // (NULL values). The table lives as long as the thread.
            entries = unsafe { std::alloc::alloc_zeroed(layout) } as *mut CacheEntry;
            assert!(!entries.is_null(), "out of memory for the lookup cache");
            self.entries.set(entries);
        }
        // SAFETY: slot < CACHE_SIZE (callers mask it).
        unsafe { entries.add(slot) }
    }
}

thread_local! {
    /// Const initialized and in one place, so a lookup costs one
    /// thread-local access and no lazy-initialization check.
    static CACHE: LookupCache = const {
        LookupCache { version: Cell::new(1), entries: Cell::new(std::ptr::null_mut()) }
    };
}

/// Invalidates every cached lookup (a class namespace changed, or a class
/// was created and may reuse a dead class's address).
pub fn classes_changed() {
    CACHE.with(|c| c.version.set(c.version.get() + 1));
}

/// Sets `name` (interned) in the namespace of user class `cls`. Replacing
/// plain data with plain data (`Counter.count += 1`) invalidates nothing:
/// no cache remembers such a value, only where it lives.
pub fn store_class_attr(cls: Value, name: Value, value: Value) {
    let old = class_obj(cls).dict().get_str(name);
    class_obj(cls).dict().set_str(name, value);
    if !old.is_some_and(|old| is_plain_data(old) && is_plain_data(value)) {
        classes_changed();
    }
}

/// `cls.__name__ = value` or `cls.__qualname__ = value` (`attribute`
/// names which): the class's own field changes.
pub fn rename(cls: Value, attribute: &str, value: Value) -> PyResult<()> {
    if kind_of(value) != Kind::Str {
        let name = &class_obj(cls).name;
        return raise_named(
            "TypeError",
            format!("can only assign string to {name}.{attribute}, not '{}'", super::ops::type_name(value)),
        );
    }
    // SAFETY: classes never move; nothing holds a borrow of the name across this.
    let obj = unsafe { &mut *cls.ptr::<ClassObj>() };
    let text = super::str::as_str(value).to_string();
    if attribute == "__name__" {
        obj.name = text;
    } else {
        obj.qualname = text;
    }
    Ok(())
}

/// True for a value of a builtin data type, which is never a descriptor
/// or something a call site would remember.
fn is_plain_data(v: Value) -> bool {
    use Kind::*;
    matches!(kind_of(v), None | Bool | Int | Float | Str | List | Tuple | Dict | Set | Range | Bytes | ByteArray)
}

/// The current lookup version (it changes whenever any lookup may have).
pub fn version() -> u64 {
    CACHE.with(|c| c.version.get())
}

/// The address of the lookup version, which compiled code's inline caches
/// compare with (valid for the life of the thread).
pub fn version_ptr() -> *const u64 {
    CACHE.with(|c| c.version.as_ptr() as *const u64)
}

/// Looks `name` (an interned str) up along the MRO of class `cls`.
pub fn lookup(cls: Value, name: Value) -> Option<Value> {
    let slot = (((cls.0 >> 4) ^ (name.0 >> 3).wrapping_mul(0x9e37_79b9)) as usize) & (CACHE_SIZE - 1);
    let (e, version) = CACHE.with(|c| {
        // SAFETY: entries are only touched here, never across a call.
        (unsafe { *c.entry(slot) }, c.version.get())
    });
    if e.cls == cls && e.name == name && e.version == version {
        if !e.owner.is_null() {
            return class_obj(e.owner).dict().get_str(name);
        }
        return if e.found.is_null() { None } else { Some(e.found) };
    }
    let found = class_obj(cls).mro.iter().find_map(|&c| Some(c).zip(class_obj(c).dict().get_str(name)));
    let entry = match found {
        Some((owner, v)) if is_plain_data(v) => CacheEntry { cls, name, version, found: Value::NULL, owner },
        _ => CacheEntry { cls, name, version, found: found.map_or(Value::NULL, |(_, v)| v), owner: Value::NULL },
    };
    // SAFETY: as above.
    CACHE.with(|c| unsafe { *c.entry(slot) = entry });
    found.map(|(_, v)| v)
}

/// Looks up `name` along the MRO, starting after `after` (for `super()`).
pub fn lookup_after(cls: Value, after: Value, name: Value) -> Option<Value> {
    let mro = &class_obj(cls).mro;
    let start = mro.iter().position(|&c| c == after).map_or(mro.len(), |i| i + 1);
    mro[start..].iter().find_map(|&c| class_obj(c).dict().get_str(name))
}

/// True when class `sub` has `sup` in its MRO.
pub fn is_subclass(sub: Value, sup: Value) -> bool {
    sub == sup || class_obj(sub).mro.contains(&sup)
}

/// True when `v` is an instance of class `cls`.
pub fn isinstance(v: Value, cls: Value) -> bool {
    is_subclass(type_of(v), cls)
}

fn alloc_class(name: &str, bases: Vec<Value>, mro: Vec<Value>, kind: Kind, builtin: bool, metaclass: Value) -> Value {
    let obj = ClassObj {
        header: Header::new(metaclass, Kind::Class),
        name: name.to_string(),
        qualname: name.to_string(),
        module: "builtins".into(),
        c_type_name: None,
        bases,
        mro,
        dict: UnsafeCell::new(DictTable::new()),
        instance_kind: kind,
        builtin,
        is_exception: Cell::new(false),
        native_slots: Cell::new(0),
        inline_attrs: Cell::new(super::instance::DEFAULT_INLINE),
        instance_shape: Cell::new(std::ptr::null()),
        ctor: Cell::new(Value::NULL),
        ctor_version: Cell::new(0),
        slots: Cell::new(Value::NULL),
        native_len: Cell::new(None),
        value_base: Cell::new(Value::NULL),
        compact_attrs: Cell::new(false),
    };
    let v = Value::from_ptr(heap::alloc(obj));
    // SAFETY: just allocated; the MRO starts with the class itself.
    unsafe { (*v.ptr::<ClassObj>()).mro.insert(0, v) };
    v
}

/// Computes the C3 linearization of a class with `bases`.
pub fn c3_mro(name: &str, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases.iter().map(|&b| class_obj(b).mro.clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs.iter().map(|s| s[0]).find(|&c| !seqs.iter().any(|s| s[1..].contains(&c)));
        let Some(c) = candidate else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads.iter().map(|&b| class_obj(b).name.clone()).collect();
            let _ = name;
            return raise_named(
                "TypeError",
                format!("Cannot create a consistent method resolution\norder (MRO) for bases {}", names.join(", ")),
            );
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// Creates a user class (`class Name(bases): ...`) with namespace `ns`,
/// an instance of the metaclass of its bases.
pub fn new_class(name: &str, qualname: &str, module: &str, bases: Vec<Value>, ns: DictTable) -> PyResult<Value> {
    let metaclass = super::metaclass::winner(vm().classes.type_, &bases)?;
    new_class_of(metaclass, name, qualname, module, bases, ns)
}

/// `new_class` with the metaclass given (checked against the bases' by
/// the caller).
pub fn new_class_of(metaclass: Value, name: &str, qualname: &str, module: &str, bases: Vec<Value>, ns: DictTable) -> PyResult<Value> {
    let bases = if bases.is_empty() { vec![vm().classes.object] } else { bases };
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            return raise_named("TypeError", format!("duplicate base class {}", class_obj(b).name));
        }
    }
    let mut ns = ns;
    // A class without a docstring has `__doc__` None, last in its dict (the
    // namespace its metaclass was given had none).
    if ns.get_str(crate::sym!("__doc__")).is_none() {
        ns.set_str(crate::sym!("__doc__"), super::vm::none());
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if ns.get_str(crate::sym!("__eq__")).is_some() && ns.get_str(crate::sym!("__hash__")).is_none() {
        ns.set_str(crate::sym!("__hash__"), super::vm::none());
    }
    let mut kind = Kind::Instance;
    let mut is_exception = false;
    let mut native_slots = 0;
    let mut value_base = Value::NULL;
    for &b in &bases {
        let base = class_obj(b);
        let base_slots = if base.value_base.get().is_null() { base.native_slots.get() } else { super::value_class::VALUE_SLOTS };
        if base_slots > 0 {
            if native_slots > 0 {
                return raise_named("TypeError", "multiple bases have instance lay-out conflict");
            }
            native_slots = base_slots;
            value_base = base.value_base.get();
        }
        if base.instance_kind == Kind::Class && is_subclass(b, vm().classes.type_) {
            // A metaclass: its instances are classes.
            kind = Kind::Class;
        } else if base.builtin && !matches!(base.instance_kind, Kind::Instance | Kind::Exception) && base.value_base.get().is_null() {
            return raise_named("TypeError", super::value_class::not_acceptable_base(b));
        }
        if base.instance_kind == Kind::Exception {
            kind = Kind::Exception;
        }
        is_exception |= base.is_exception.get();
    }
    // Instances of bases that each add slots of their own (their "solid
    // bases", as CPython calls them) cannot share one layout.
    let mut solid = vm().classes.object;
    for &b in &bases {
        let s = solid_base(b);
        if is_subclass(s, solid) {
            solid = s;
        } else if !is_subclass(solid, s) {
            return raise_named("TypeError", "multiple bases have instance lay-out conflict");
        }
    }
    let mut mro = c3_mro(name, &bases)?;
    let slots = if kind == Kind::Instance { slot_names(name, &ns, &mro)? } else { None };
    let v = alloc_class(name, bases, Vec::new(), kind, false, metaclass);
    // SAFETY: just allocated.
    let obj = unsafe { &mut *v.ptr::<ClassObj>() };
    obj.inline_attrs.set(inline_room(&mro, &ns));
    obj.mro.append(&mut mro);
    obj.qualname = qualname.to_string();
    obj.module = module.to_string();
    obj.is_exception.set(is_exception);
    obj.native_slots.set(native_slots);
    obj.value_base.set(value_base);
    obj.slots.set(slots.map_or(Value::NULL, |names| super::seq::new_tuple(names)));
    *obj.dict() = ns;
    classes_changed();
    Ok(v)
}

/// The attribute names instances of a class with namespace `ns` and bases
/// `mro` (the class itself not yet in it) are limited to: its `__slots__`
/// and those of its bases, when every class up to `object` has them and
/// none lists `__dict__`.
fn slot_names(class_name: &str, ns: &DictTable, mro: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let Some(declared) = ns.get_str(crate::sym!("__slots__")) else { return Ok(None) };
    let mut names = slots_listed(class_name, declared)?;
    if let Some(&clash) = names.iter().find(|&&n| ns.get_str(n).is_some()) {
        return raise_named("ValueError", format!("'{}' in __slots__ conflicts with class variable", super::str::as_str(clash)));
    }
    for &base in mro {
        if base == vm().classes.object {
            continue;
        }
        match class_obj(base).slots.get() {
            s if s.is_null() => return Ok(None),
            s => names.extend_from_slice(super::seq::tuple_items(s)),
        }
    }
    Ok((!names.contains(&crate::sym!("__dict__"))).then_some(names))
}

/// What CPython does once a class statement made `cls`: `__set_name__` on
/// each attribute that has one (in definition order), then the
/// `__init_subclass__` of its nearest base that has one (a plain function
/// there is an implicit class method), given the class statement's
/// `keywords`.
pub fn announce(cls: Value, keywords: &[(Value, Value)]) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = class_obj(cls).dict().iter().map(|e| (e.key, e.value)).collect();
    for (name, value) in entries {
        if kind_of(value) == Kind::Instance {
            if let Some(set_name) = lookup(type_of(value), crate::sym!("__set_name__")) {
                if super::call::call(set_name, &[value, cls, name], &[]).is_err() {
                    // As CPython 3.11: a RuntimeError caused by what it raised.
                    let cause = super::vm::take_exception();
                    let what = format!("Error calling __set_name__ on '{}' instance '{}' in '{}'", class_obj(type_of(value)).name, as_str(name), class_obj(cls).name);
                    let error = super::exception::new_exception(super::vm::exc_class("RuntimeError"), &[super::str::new_str(&what)]);
                    let e = super::exception::exc_obj(error);
                    e.cause.set(cause);
                    e.context.set(cause);
                    e.suppress_context.set(true);
                    super::vm::set_exception(error);
                    return Err(super::vm::Exc);
                }
            }
        }
    }
    if let Some(hook) = lookup_after(cls, cls, crate::sym!("__init_subclass__")) {
        let hook = match kind_of(hook) {
            Kind::Descriptor => super::function::descriptor_obj(hook).func,
            _ => hook,
        };
        // `object.__init_subclass__` only needs calling to refuse keywords.
        if kind_of(hook) == Kind::Function || !keywords.is_empty() {
            let mut args = vec![cls];
            args.extend(keywords.iter().map(|&(_, v)| v));
            let names: Vec<Value> = keywords.iter().map(|&(k, _)| k).collect();
            super::call::call(hook, &args, &names)?;
        }
    }
    Ok(())
}

/// The names the `__slots__` of `cls` and its bases declare.
pub fn declared_slots(cls: Value) -> Vec<Value> {
    let mut names = Vec::new();
    for &c in &class_obj(cls).mro {
        if let Some(s) = class_obj(c).dict().get_str(crate::sym!("__slots__")) {
            // Checked when the class was made.
            names.extend(slots_listed(&class_obj(c).name, s).unwrap_or_default());
        }
    }
    names
}

/// The nearest class along `cls`'s first bases whose own `__slots__`
/// adds a slot (other than `__dict__` and `__weakref__`): what decides
/// the layout of its instances; `object` when none does.
fn solid_base(cls: Value) -> Value {
    let c = class_obj(cls);
    let adds_slots = !c.builtin
        && c.dict().get_str(crate::sym!("__slots__")).is_some_and(|s| {
            slots_listed(&c.name, s).unwrap_or_default().iter().any(|&n| !matches!(super::str::as_str(n), "__dict__" | "__weakref__"))
        });
    match c.bases.first() {
        _ if adds_slots => cls,
        Some(&base) => solid_base(base),
        None => cls,
    }
}

/// The class on `cls`'s MRO whose own `__slots__` lists `name`, if any
/// (slots have no descriptors in the namespace; `S.a` makes one).
pub fn slot_owner(cls: Value, name: Value) -> Option<Value> {
    class_obj(cls).mro.iter().copied().find(|&c| {
        let declared = class_obj(c).dict().get_str(crate::sym!("__slots__"));
        declared.is_some_and(|s| slots_listed(&class_obj(c).name, s).unwrap_or_default().iter().any(|&n| super::str::as_str(n) == super::str::as_str(name)))
    })
}

/// The interned names a `__slots__` value of class `class_name` lists (one
/// str, or an iterable of strs), private ones mangled.
fn slots_listed(class_name: &str, declared: Value) -> PyResult<Vec<Value>> {
    let declared = if kind_of(declared) == Kind::Str { vec![declared] } else { super::iterate::collect(declared)? };
    declared
        .into_iter()
        .map(|n| match kind_of(n) {
            Kind::Str => Ok(intern(&crate::syntax::mangle::mangled_in(class_name, as_str(n)))),
            _ => raise_named("TypeError", format!("__slots__ items must be strings, not '{}'", super::ops::type_name(n))),
        })
        .collect()
}

/// True when instances of `cls` may have attribute `name` (always, unless
/// the class has `__slots__`).
pub fn allows_attribute(cls: Value, name: Value) -> bool {
    let slots = class_obj(cls).slots.get();
    slots.is_null() || super::seq::tuple_items(slots).iter().any(|&s| s == name || as_str(s) == as_str(name))
}

/// `obj.__class__ = cls`, as CPython allows it: both classes written in
/// the language, with the same layout (builtin base, native slots and
/// `__slots__`). A plain instance moves to dict mode, since its shape
/// belongs to its old class.
pub fn assign_class(obj: Value, cls: Value) -> PyResult<()> {
    if !is_class(cls) {
        let msg = format!("__class__ must be set to a class, not '{}' object", super::ops::type_name(cls));
        return super::vm::raise_named("TypeError", msg);
    }
    let old = type_of(obj);
    let (from, to) = (class_obj(old), class_obj(cls));
    if from.builtin || to.builtin || !matches!(kind_of(obj), Kind::Instance | Kind::Exception) {
        return super::vm::raise_named("TypeError", "__class__ assignment only supported for mutable types or ModuleType subclasses");
    }
    let same_slots = match (from.slots.get(), to.slots.get()) {
        (a, b) if a.is_null() || b.is_null() => a.is_null() && b.is_null(),
        (a, b) => super::seq::tuple_items(a) == super::seq::tuple_items(b),
    };
    let same_layout = from.instance_kind == to.instance_kind
        && from.native_slots.get() == to.native_slots.get()
        && from.value_base.get() == to.value_base.get()
        && same_slots;
    if !same_layout {
        let msg = format!("__class__ assignment: '{}' object layout differs from '{}'", to.name, from.name);
        return super::vm::raise_named("TypeError", msg);
    }
    if kind_of(obj) == Kind::Instance {
        super::instance::attrs(obj).live_dict();
    }
    obj.header().class.set(cls);
    Ok(())
}

/// The inline attribute room a new class's instances start with: enough
/// for the attributes the methods of the class and of its bases (`mro`,
/// the class itself not yet in it) assign on `self`, so that even the
/// first instances keep them inline, where attribute caches reach them.
fn inline_room(mro: &[Value], ns: &DictTable) -> u16 {
    use super::instance::{DEFAULT_INLINE, MAX_INLINE};
    let mut names: Vec<Value> = Vec::new();
    let mut add_names_of = |table: &DictTable| {
        for e in table.iter().filter(|e| kind_of(e.value) == Kind::Function) {
            for &n in &super::function::func_obj(e.value).code.self_attrs {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
    };
    add_names_of(ns);
    for &c in mro {
        add_names_of(class_obj(c).dict());
    }
    let inherited = mro.iter().map(|&b| class_obj(b).inline_attrs.get()).max().unwrap_or(0);
    (names.len() as u16).max(inherited).clamp(DEFAULT_INLINE, MAX_INLINE)
}

/// The builtin exception classes and their bases, parents first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", "object"),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup"),
];

/// Creates the builtin classes (before the VM struct exists).
pub fn bootstrap() -> Classes {
    // `type` and `object` refer to each other: make `type` first with a
    // placeholder class, then patch.
    let type_ = alloc_class("type", vec![], vec![], Kind::Class, true, Value::NULL);
    type_.header().class.set(type_);
    let object = alloc_class("object", vec![], vec![], Kind::Instance, true, type_);
    // SAFETY: just allocated.
    unsafe {
        (*type_.ptr::<ClassObj>()).bases = vec![object];
        (*type_.ptr::<ClassObj>()).mro.push(object);
    }
    let simple = |name: &str, kind: Kind| alloc_class(name, vec![object], vec![object], kind, true, type_);
    let int = simple("int", Kind::Int);
    let bool_ = alloc_class("bool", vec![int], vec![int, object], Kind::Bool, true, type_);
    let mut exceptions: rustc_hash::FxHashMap<&'static str, Value> = rustc_hash::FxHashMap::default();
    for &(name, base) in EXCEPTIONS {
        let base = if base == "object" { object } else { exceptions[base] };
        let mut bases = vec![base];
        let mut mro = class_obj(base).mro.clone();
        if name == "ExceptionGroup" {
            // class ExceptionGroup(BaseExceptionGroup, Exception)
            let exception = exceptions["Exception"];
            bases.push(exception);
            mro.insert(1, exception);
        }
        let cls = alloc_class(name, bases, mro, Kind::Exception, true, type_);
        class_obj(cls).is_exception.set(true);
        exceptions.insert(name, cls);
    }
    Classes {
        object,
        type_,
        none: simple("NoneType", Kind::None),
        bool_,
        int,
        float: simple("float", Kind::Float),
        str_: simple("str", Kind::Str),
        bytes: simple("bytes", Kind::Bytes),
        bytearray: simple("bytearray", Kind::ByteArray),
        list: simple("list", Kind::List),
        tuple: simple("tuple", Kind::Tuple),
        dict: simple("dict", Kind::Dict),
        set: simple("set", Kind::Set),
        frozenset: simple("frozenset", Kind::Set),
        range: simple("range", Kind::Range),
        slice: simple("slice", Kind::Slice),
        function: simple("function", Kind::Function),
        builtin_function: simple("builtin_function_or_method", Kind::Builtin),
        method: simple("method", Kind::BoundMethod),
        module: simple("module", Kind::Module),
        cell: simple("cell", Kind::Cell),
        iterator: simple("iterator", Kind::Iter),
        staticmethod: simple("staticmethod", Kind::Descriptor),
        classmethod: simple("classmethod", Kind::Descriptor),
        property: simple("property", Kind::Descriptor),
        not_implemented_type: simple("NotImplementedType", Kind::None),
        ellipsis_type: simple("ellipsis", Kind::None),
        super_: simple("super", Kind::Descriptor),
        generator: simple("generator", Kind::Generator),
        coroutine: simple("coroutine", Kind::Generator),
        async_generator: simple("async_generator", Kind::Generator),
        agen_wrapped: simple("async_generator_wrapped_value", Kind::Instance),
        agen_asend: simple("async_generator_asend", Kind::Iter),
        agen_athrow: simple("async_generator_athrow", Kind::Iter),
        coroutine_wrapper: simple("coroutine_wrapper", Kind::Iter),
        exceptions,
    }
}

/// A builtin class `name` deriving from object, whose instances have
/// layout `kind`.
pub fn new_builtin_class(name: &str, kind: Kind) -> Value {
    let cls = alloc_class(name, vec![vm().classes.object], vec![vm().classes.object], kind, true, vm().classes.type_);
    classes_changed();
    cls
}

/// A builtin class of module `module` deriving from `base`, whose instances
/// carry `native_slots` values for the Rust code implementing it.
pub fn new_native_class(name: &str, module: &str, base: Value, native_slots: u32) -> Value {
    let mro = class_obj(base).mro.clone();
    let cls = alloc_class(name, vec![base], mro, Kind::Instance, true, vm().classes.type_);
    // SAFETY: just allocated, not yet shared.
    let obj = unsafe { &mut *cls.ptr::<ClassObj>() };
    obj.module = module.to_string();
    obj.native_slots.set(native_slots);
    // Instances of native classes rarely get attributes.
    obj.inline_attrs.set(0);
    classes_changed();
    cls
}

/// Names class `cls` in messages as CPython names its C type: with its
/// module (`'_asyncio.Future' object has no attribute 'x'`).
pub fn name_as_c_type(cls: Value) {
    // SAFETY: native classes are set up before any code runs; a class
    // written in the language is named so by its module right after its
    // creation (`_codegen.c_type_name`), when nothing borrows it.
    let obj = unsafe { &mut *cls.ptr::<ClassObj>() };
    obj.c_type_name = Some(format!("{}.{}", obj.module, obj.name));
}

/// How messages name class `cls` (CPython's `tp_name`).
pub fn message_name(cls: Value) -> String {
    let c = class_obj(cls);
    c.c_type_name.clone().unwrap_or_else(|| c.name.clone())
}

/// Puts builtin methods in the namespace of builtin class `cls`.
pub fn set_class_methods(cls: Value, methods: &[(&'static str, super::function::NativeFn)]) {
    for &(name, f) in methods {
        set_class_attr(cls, name, super::function::new_builtin(name, f));
    }
}

/// Gives methods of builtin class `cls` (already set) their fast entries
/// (see `fast_entry!`).
pub fn set_fast_methods(cls: Value, entries: &[(&'static str, (u32, *const u8))]) {
    for &(name, entry) in entries {
        let f = lookup(cls, super::vm::intern(name)).expect("the method is set first");
        super::function::set_fast_entry(f, entry);
    }
}

/// A property backed by builtins: `getter(obj)`, and `setter(obj, value)`
/// when given.
pub fn native_property(name: &'static str, getter: super::function::NativeFn, setter: Option<super::function::NativeFn>) -> Value {
    use super::function::{new_builtin, new_descriptor};
    let set = setter.map_or(Value::NULL, |s| new_builtin(name, s));
    new_descriptor(vm().classes.property, new_builtin(name, getter), set, Value::NULL)
}

/// Puts `value` in the namespace of builtin class `cls` under `name`.
pub fn set_class_attr(cls: Value, name: &str, value: Value) {
    if kind_of(value) == Kind::Builtin {
        super::function::as_method(value);
    }
    class_obj(cls).dict().set_str(intern(name), value);
    classes_changed();
}

/// Fills the builtin classes' namespaces with their methods.
pub fn install_methods() {
    super::methods::install();
}
