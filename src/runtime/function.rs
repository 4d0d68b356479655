//! Callable objects: compiled functions (with their code descriptor),
//! builtin functions written in Rust, bound methods and closure cells.

use super::heap;
use super::object::{kind_of, Header, Kind};
use super::value::Value;
use super::vm::{vm, PyResult};

/// A builtin function: positional arguments first, then the values of the
/// keyword arguments named by `kwnames` (as in CPython's vectorcall).
pub type NativeFn = fn(args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

/// The parameters of a compiled function, as the argument binder needs them.
pub struct ParamSpec {
    /// Names of all parameter slots in order: positional (incl. posonly),
    /// then `*args`, then keyword-only, then `**kwargs`; interned strs.
    pub names: Vec<Value>,
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many parameters are positional (posonly included).
    pub positional: usize,
    /// How many keyword-only parameters there are.
    pub kwonly: usize,
    /// True when there is a `*args` slot (right after the positional ones).
    pub vararg: bool,
    /// True when there is a `**kwargs` slot (the last one).
    pub kwarg: bool,
}

impl ParamSpec {
    /// The parameter names as `co_varnames` lists them: keyword-only ones
    /// before `*args` (the slots hold them after).
    pub fn varnames(&self) -> Vec<&'static str> {
        let names: Vec<&'static str> = self.names.iter().map(|&n| super::str::as_str(n)).collect();
        let (positional, rest) = names.split_at(self.positional);
        let (vararg, rest) = rest.split_at(self.vararg as usize);
        let (kwonly, kwarg) = rest.split_at(self.kwonly);
        [positional, kwonly, vararg, kwarg].concat()
    }

    /// The slot of the first keyword-only parameter (after the positional
    /// ones and `*args`).
    pub fn kwonly_start(&self) -> usize {
        self.positional + self.vararg as usize
    }

    /// Total parameter slots.
    pub fn slots(&self) -> usize {
        self.kwonly_start() + self.kwonly + self.kwarg as usize
    }
}

/// What the compiler produced for one function body; lives for the VM's life.
pub struct CodeInfo {
    /// `__name__`.
    pub name: String,
    /// True for standard-library code that CPython implements in C: its
    /// frames stay out of tracebacks, as CPython's C functions do.
    pub hidden_frame: bool,
    /// `__qualname__`.
    pub qualname: String,
    /// The source file, for tracebacks.
    pub filename: String,
    /// The parameter layout.
    pub params: ParamSpec,
    /// Native entry taking `(function, slot0, ..., slotN-1)`.
    pub fast_entry: *const u8,
    /// Native entry taking `(function, *const [slots])`.
    pub array_entry: *const u8,
    /// For generator functions: what calling the function makes.
    pub generator: Option<GenKind>,
    /// For generator functions: the resume function `(gen, sent, mode) -> value`.
    pub resume_entry: *const u8,
    /// For generator functions: how many frame slots a generator needs.
    pub frame_slots: usize,
    /// The docstring.
    pub doc: Option<String>,
    /// For code compiled on its first call: what it waits with, then (at
    /// the baseline tier) the body kept for its optimized tier.
    pub lazy: Option<&'static crate::compile::lazy::LazyCode>,
    /// The line the definition starts on.
    pub first_line: u32,
    /// The attributes the body assigns on its first parameter
    /// (`self.x = ...`; interned names): a class makes room for them inline
    /// in its instances.
    pub self_attrs: Vec<Value>,
    /// For generator functions: each suspension point, by state number
    /// minus one.
    pub suspension_points: Vec<SuspensionPoint>,
    /// True once a suspension point inside a `try` or `with` was compiled:
    /// its generators may need closing when dropped (`heap::may_finalize`).
    pub suspends_in_cleanup: bool,
    /// Calls left before baseline code is compiled optimized (counted down
    /// by the baseline code itself; see `compile::lazy::tier_up`).
    pub calls_left: std::cell::Cell<i32>,
    /// A function's local variable names, parameters first (CPython's
    /// `co_varnames`; none for module and class bodies): a NameError in it
    /// suggests the nearest first.
    pub local_names: Vec<String>,
    /// The variables it reads from enclosing functions, in closure order
    /// (CPython's `co_freevars`).
    pub free_names: Vec<String>,
    /// Its variables that inner functions capture, sorted (`co_cellvars`).
    pub cell_names: Vec<String>,
}

/// What kind of suspendable object a generator function makes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    /// `def` with `yield`.
    Generator,
    /// `async def`.
    Coroutine,
    /// `async def` with `yield`.
    AsyncGenerator,
}

/// A function object made by `def` or `lambda`.
#[repr(C)]
pub struct FunctionObj {
    /// Common header.
    pub header: Header,
    /// Slot count when a positional call with exactly that many arguments
    /// may use `fast_entry` directly; u32::MAX otherwise. Read by JIT code.
    pub fast_arity: u32,
    /// Copied from the code for JIT call sites.
    pub fast_entry: *const u8,
    /// The compiled code.
    pub code: &'static CodeInfo,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults of keyword-only parameters (NULL where required).
    pub kwdefaults: Vec<Value>,
    /// Cells of the enclosing scopes' variables this function uses.
    pub closure: Vec<Value>,
    /// The module whose globals the function reads.
    pub module: Value,
    /// `__dict__` for function attributes (NULL until needed).
    pub dict: Value,
    /// Special attributes given values of their own (`__name__`,
    /// `__qualname__`, `__doc__`, `__module__`, `__annotations__`): a dict
    /// apart from `__dict__`, which CPython's does not show (NULL if none).
    pub meta: Value,
}

/// The special attributes a function keeps in `meta` when assigned.
pub const META_ATTRS: [&str; 5] = ["__name__", "__qualname__", "__doc__", "__module__", "__annotations__"];

impl FunctionObj {
    /// The value assigned to special attribute `name`, if any.
    pub fn meta_attr(&self, name: &str) -> Option<Value> {
        if self.meta.is_null() {
            return None;
        }
        super::dict::table(self.meta).get_str(super::vm::intern(name))
    }

    /// `__qualname__`: one assigned to the function, else its code's.
    pub fn qualname(&self) -> &str {
        match self.meta_attr("__qualname__") {
            Some(q) => super::str::as_str(q),
            None => &self.code.qualname,
        }
    }

    /// Assigns special attribute `name` (one of `META_ATTRS`), with
    /// CPython's checks of the value's type.
    pub fn set_meta_attr(&mut self, name: &str, value: Value) -> PyResult<()> {
        let wanted = match name {
            "__name__" | "__qualname__" if kind_of(value) != Kind::Str => Some("a string"),
            "__annotations__" if kind_of(value) != Kind::Dict => Some("a dict"),
            _ => None,
        };
        if let Some(what) = wanted {
            return super::vm::raise_named("TypeError", format!("{name} must be set to {what} object"));
        }
        if self.meta.is_null() {
            self.meta = super::dict::new_dict();
        }
        super::dict::table(self.meta).set_str(super::vm::intern(name), value);
        Ok(())
    }
}

/// Offset of `fast_arity` in a function object, for JIT code.
pub const FAST_ARITY_OFFSET: i32 = std::mem::offset_of!(FunctionObj, fast_arity) as i32;
/// Offset of `code` in a function object, for JIT code.
pub const FUNCTION_CODE_OFFSET: i32 = std::mem::offset_of!(FunctionObj, code) as i32;
/// Offset of `resume_entry` in a code descriptor, for JIT code.
pub const RESUME_ENTRY_OFFSET: i32 = std::mem::offset_of!(CodeInfo, resume_entry) as i32;
/// A `yield` or `await` of a generator function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct SuspensionPoint {
    /// Its line (for the "running at" of task reprs).
    pub line: u32,
    /// Inside a `try` or `with`: closing a generator stopped here runs its
    /// code (a `finally`, an `except`, an `__exit__`).
    pub cleanup: bool,
}

/// Offset of `frame_slots` in a code descriptor, for JIT code.
pub const FRAME_SLOTS_OFFSET: i32 = std::mem::offset_of!(CodeInfo, frame_slots) as i32;
/// Offset of `fast_entry` in a function object, for JIT code.
pub const FAST_ENTRY_OFFSET: i32 = std::mem::offset_of!(FunctionObj, fast_entry) as i32;
/// Offset of the header flags of a function object, for JIT code.
pub const FUNCTION_FLAGS_OFFSET: i32 = std::mem::offset_of!(Header, flags) as i32;
/// Function header flag: an `async def` (calling it makes a new coroutine).
pub const COROUTINE_FUNCTION: u16 = 1;
/// Function header flag: a `def` with `yield` (calling it makes a new generator).
pub const GENERATOR_FUNCTION: u16 = 2;
/// Builtin header flag: a method of a builtin value class whose code takes
/// the builtin value itself as its receiver (see `value_class`).
pub const VALUE_RECEIVER: u16 = 0x100;
/// Builtin header flag: installed as a method of a builtin class, so it
/// binds to an instance as a function does. Other builtins (`len`, stored
/// as a class attribute) do not bind, as in CPython.
pub const BUILTIN_METHOD: u16 = 0x200;

/// Marks builtin `f` as a method (see `BUILTIN_METHOD`); returns it.
pub fn as_method(f: Value) -> Value {
    let h = &builtin_obj(f).header;
    h.flags.set(h.flags.get() | BUILTIN_METHOD);
    f
}

/// True for a builtin that binds to the instance it is found through
/// (see `BUILTIN_METHOD`).
pub fn binds_as_method(b: &BuiltinObj) -> bool {
    b.bound.is_null() && b.header.flags.get() & BUILTIN_METHOD != 0
}
/// Offset of the closure vector's data pointer is not stable; JIT code
/// reads cells through a helper instead.
pub fn new_function(code: &'static CodeInfo, defaults: Vec<Value>, kwdefaults: Vec<Value>, closure: Vec<Value>, module: Value) -> Value {
    // A call passing every positional parameter needs no binding, defaults
    // or not.
    let simple = !code.params.vararg && !code.params.kwarg && code.params.kwonly == 0;
    let obj = FunctionObj {
        header: Header::new(vm().classes.function, Kind::Function),
        fast_arity: if simple { code.params.slots() as u32 } else { u32::MAX },
        fast_entry: code.fast_entry,
        code,
        defaults,
        kwdefaults,
        closure,
        module,
        dict: Value::NULL,
        meta: Value::NULL,
    };
    match code.generator {
        Some(GenKind::Coroutine) => obj.header.flags.set(COROUTINE_FUNCTION),
        Some(GenKind::Generator) => obj.header.flags.set(GENERATOR_FUNCTION),
        _ => {}
    }
    Value::from_ptr(heap::alloc(obj))
}

/// The function struct of a function value.
#[inline]
pub fn func_obj(v: Value) -> &'static mut FunctionObj {
    // SAFETY: callers check the kind; objects never move.
    unsafe { &mut *v.ptr::<FunctionObj>() }
}

/// A function written in Rust, possibly bound to a receiver.
#[repr(C)]
pub struct BuiltinObj {
    /// Common header.
    pub header: Header,
    /// Argument count with which compiled code may call `fast_entry`
    /// directly, or u32::MAX. At the offset of `FunctionObj::fast_arity`,
    /// so that JIT call sites treat both alike.
    pub fast_arity: u32,
    /// `extern "C" fn(callee, args...) -> Value` (NULL: an exception is
    /// set), made by `fast_entry!`; null when there is none.
    pub fast_entry: *const u8,
    /// `__name__`.
    pub name: &'static str,
    /// The implementation.
    pub func: NativeFn,
    /// The receiver passed as the first argument, or NULL.
    pub bound: Value,
}

// JIT call sites read the fast entry of functions and builtins alike.
const _: () = assert!(std::mem::offset_of!(BuiltinObj, fast_arity) == std::mem::offset_of!(FunctionObj, fast_arity));
const _: () = assert!(std::mem::offset_of!(BuiltinObj, fast_entry) == std::mem::offset_of!(FunctionObj, fast_entry));

/// Makes a builtin function object.
pub fn new_builtin(name: &'static str, func: NativeFn) -> Value {
    new_builtin_obj(name, func, Value::NULL)
}

/// Makes a builtin function object bound to `bound` (or NULL), with no
/// fast entry.
pub fn new_builtin_obj(name: &'static str, func: NativeFn, bound: Value) -> Value {
    let header = Header::new(vm().classes.builtin_function, Kind::Builtin);
    let obj = BuiltinObj { header, fast_arity: u32::MAX, fast_entry: std::ptr::null(), name, func, bound };
    Value::from_ptr(heap::alloc(obj))
}

/// A direct entry for compiled calls of a native function with exactly
/// `$n` arguments (a method's receiver included): `(arity, entry)` for
/// `set_fast_entry`. The entry calls `$f` itself, where the argument
/// count is known, so its checks fold away.
#[macro_export]
macro_rules! fast_entry {
    ($f:path, 0) => {{
        extern "C" fn entry(_: $crate::runtime::value::Value) -> $crate::runtime::value::Value {
            $f(&[], &[]).unwrap_or($crate::runtime::value::Value::NULL)
        }
        (0u32, entry as *const u8)
    }};
    ($f:path, 1) => {{
        extern "C" fn entry(_: $crate::runtime::value::Value, a: $crate::runtime::value::Value) -> $crate::runtime::value::Value {
            $f(&[a], &[]).unwrap_or($crate::runtime::value::Value::NULL)
        }
        (1u32, entry as *const u8)
    }};
    ($f:path, 2) => {{
        extern "C" fn entry(
            _: $crate::runtime::value::Value,
            a: $crate::runtime::value::Value,
            b: $crate::runtime::value::Value,
        ) -> $crate::runtime::value::Value {
            $f(&[a, b], &[]).unwrap_or($crate::runtime::value::Value::NULL)
        }
        (2u32, entry as *const u8)
    }};
}

/// Gives the unbound builtin `f` a fast entry (see `fast_entry!`).
pub fn set_fast_entry(f: Value, (arity, entry): (u32, *const u8)) {
    // SAFETY: callers pass a builtin; objects never move.
    let b = unsafe { &mut *f.ptr::<BuiltinObj>() };
    debug_assert!(b.bound.is_null(), "a bound builtin takes its receiver first");
    b.fast_arity = arity;
    b.fast_entry = entry;
}

/// The builtin struct of a builtin value.
#[inline]
pub fn builtin_obj(v: Value) -> &'static BuiltinObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<BuiltinObj>() }
}

/// Binds a builtin method to a receiver (`[].append`).
pub fn bind_builtin(f: Value, receiver: Value) -> Value {
    let b = builtin_obj(f);
    let bound = new_builtin_obj(b.name, b.func, receiver);
    builtin_obj(bound).header.flags.set(b.header.flags.get());
    bound
}

/// A method of a builtin class reached through the class (`str.lower`):
/// calling it checks that the receiver is an instance of the class, since
/// the method's code takes that for granted. Made once per method, so that
/// `str.upper is str.upper`, as in CPython, where the class holds one
/// descriptor.
pub fn new_unbound_method(f: Value, cls: Value) -> Value {
    memoized(f.0 as usize, || {
        let name = builtin_obj(f).name;
        let owner = super::seq::new_tuple_from(&[cls, f]);
        new_builtin_obj(name, call_unbound_method, owner)
    })
}

thread_local! {
    /// Values made once and handed out again (`memoized`), by key; roots.
    static MEMO: std::cell::RefCell<std::collections::HashMap<usize, Value>> = std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The value `make` made for `key` the first time this was asked (the key
/// must name something that lives as long as the VM: a builtin method's
/// address, a static string's).
pub fn memoized(key: usize, make: impl FnOnce() -> Value) -> Value {
    if let Some(v) = MEMO.with(|m| m.borrow().get(&key).copied()) {
        return v;
    }
    if MEMO.with(|m| m.borrow().is_empty()) {
        heap::add_root_set(|visit| MEMO.with(|m| m.borrow().values().for_each(|&v| visit(v))));
    }
    let v = make();
    MEMO.with(|m| m.borrow_mut().insert(key, v));
    v
}

/// The class of an unbound method of a builtin class (`str.lower`), if
/// `b` is one.
pub fn unbound_method_class(b: &BuiltinObj) -> Option<Value> {
    (b.func as usize == call_unbound_method as NativeFn as usize).then(|| super::seq::tuple_items(b.bound)[0])
}

/// Whether CPython makes builtin method `name` a slot wrapper (`list.__len__`)
/// rather than a method descriptor (`list.append`, `list.__reversed__`):
/// the dunders its type slots stand for.
fn is_slot_wrapper(class_name: &str, name: &str) -> bool {
    const METHOD_DUNDERS: &[&str] = &[
        "__getitem__", "__reversed__", "__sizeof__", "__format__", "__dir__", "__reduce__", "__reduce_ex__", "__getstate__",
        "__setstate__", "__round__", "__trunc__", "__floor__", "__ceil__", "__getnewargs__", "__copy__", "__deepcopy__",
        "__class_getitem__", "__init_subclass__", "__subclasshook__", "__length_hint__", "__new__", "__subclasses__",
        "__instancecheck__", "__subclasscheck__", "__prepare__",
    ];
    // (dict and set give `in` a method of their own too.)
    let own_contains = name == "__contains__" && matches!(class_name, "dict" | "set" | "frozenset");
    name.starts_with("__") && name.ends_with("__") && !METHOD_DUNDERS.contains(&name) && !own_contains
}

/// Calls an unbound method of a builtin class (see `new_unbound_method`):
/// `args[0]` holds the class and the method, the receiver follows.
fn call_unbound_method(args: &[Value], kw: &[Value]) -> super::vm::PyResult<Value> {
    let (cls, f) = match super::seq::tuple_items(args[0]) {
        &[cls, f] => (cls, f),
        _ => unreachable!("an unbound method holds its class and method"),
    };
    let class_name = &super::class::class_obj(cls).name;
    let name = builtin_obj(f).name;
    let positional = args.len() - kw.len();
    if positional < 2 {
        return super::vm::raise_named("TypeError", match is_slot_wrapper(class_name, name) {
            true => format!("descriptor '{name}' of '{class_name}' object needs an argument"),
            false => format!("unbound method {class_name}.{name}() needs an argument"),
        });
    }
    if !super::class::isinstance(args[1], cls) {
        let given = super::ops::type_name(args[1]);
        return super::vm::raise_named("TypeError", match is_slot_wrapper(class_name, name) {
            true => format!("descriptor '{name}' requires a '{class_name}' object but received a '{given}'"),
            false => format!("descriptor '{name}' for '{class_name}' objects doesn't apply to a '{given}' object"),
        });
    }
    super::call::call(f, &args[1..], kw)
}

/// A Python function bound to an instance.
#[repr(C)]
pub struct BoundMethodObj {
    /// Common header.
    pub header: Header,
    /// The function.
    pub func: Value,
    /// The instance passed as `self`.
    pub receiver: Value,
}

/// Makes a bound method.
pub fn new_bound_method(func: Value, receiver: Value) -> Value {
    let obj = BoundMethodObj { header: Header::new(vm().classes.method, Kind::BoundMethod), func, receiver };
    Value::from_ptr(heap::alloc(obj))
}

/// The struct of a bound method value.
#[inline]
pub fn method_obj(v: Value) -> &'static BoundMethodObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<BoundMethodObj>() }
}

/// A cell holding a variable shared between a function and its inner functions.
#[repr(C)]
pub struct CellObj {
    /// Common header.
    pub header: Header,
    /// The variable's value, or NULL when unbound.
    pub value: Value,
}

/// Offset of a cell's value, for JIT code.
pub const CELL_VALUE_OFFSET: i32 = std::mem::offset_of!(CellObj, value) as i32;

/// Makes a cell holding `value` (NULL for an unbound variable).
pub fn new_cell(value: Value) -> Value {
    Value::from_ptr(heap::alloc(CellObj { header: Header::new(vm().classes.cell, Kind::Cell), value }))
}

/// `staticmethod`, `classmethod` or `property` around callables.
#[repr(C)]
pub struct DescriptorObj {
    /// Common header (the class tells which descriptor this is).
    pub header: Header,
    /// The wrapped function (the getter for a property).
    pub func: Value,
    /// A property's setter, or NULL.
    pub setter: Value,
    /// A property's deleter, or NULL.
    pub deleter: Value,
    /// A property's own docstring (`property(doc=...)`), or NULL: the getter's.
    pub doc: std::cell::Cell<Value>,
}

/// Makes a descriptor of class `class` wrapping `func`.
pub fn new_descriptor(class: Value, func: Value, setter: Value, deleter: Value) -> Value {
    Value::from_ptr(heap::alloc(DescriptorObj { header: Header::new(class, Kind::Descriptor), func, setter, deleter, doc: std::cell::Cell::new(Value::NULL) }))
}

/// The struct of a descriptor value.
#[inline]
pub fn descriptor_obj(v: Value) -> &'static DescriptorObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<DescriptorObj>() }
}
