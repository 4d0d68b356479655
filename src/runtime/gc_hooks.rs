//! How the collector traces and finalizes each kind of object.

use super::bytes::BytesObj;
use super::class::ClassObj;
use super::dict::DictObj;
use super::exception::ExcObj;
use super::function::{BoundMethodObj, BuiltinObj, CellObj, DescriptorObj, FunctionObj};
use super::heap::KindHooks;
use super::instance::InstanceObj;
use super::iter::IterObj;
use super::module::ModuleObj;
use super::number::IntObj;
use super::object::{Header, Kind};
use super::range::SliceObj;
use super::seq::{ListObj, TupleObj};
use super::set::SetObj;
use super::str::StrObj;
use super::value::Value;

type Visit<'a> = &'a mut dyn FnMut(Value);

unsafe fn no_trace(_: *mut Header, _: Visit) {}

/// A dead coroutine that never ran says so, as CPython does.
unsafe fn finalize_generator(h: *mut Header) {
    super::handled::forget_saved(super::value::Value::from_ptr(h));
    super::generator::warn_if_never_awaited(&*(h as *const super::generator::GenObj), false);
}

unsafe fn drop_as<T>(h: *mut Header) {
    std::ptr::drop_in_place(h as *mut T);
}

/// The finalizer of objects laid out as `T`: none when dropping `T` does
/// nothing (its fields are plain words).
const fn drops<T>() -> Option<unsafe fn(*mut Header)> {
    if std::mem::needs_drop::<T>() {
        Some(drop_as::<T>)
    } else {
        None
    }
}

unsafe fn trace_list(h: *mut Header, v: Visit) {
    (*(*(h as *mut ListObj)).items.get()).iter().for_each(|&x| v(x));
}
unsafe fn trace_tuple(h: *mut Header, v: Visit) {
    super::seq::tuple_items(Value::from_ptr(h)).iter().for_each(|&x| v(x));
}
unsafe fn trace_dict(h: *mut Header, v: Visit) {
    (*(h as *mut DictObj)).table.trace(v);
}
unsafe fn trace_set(h: *mut Header, v: Visit) {
    (*(*(h as *mut SetObj)).table.get()).trace(v);
}
unsafe fn trace_slice(h: *mut Header, v: Visit) {
    let s = &*(h as *mut SliceObj);
    v(s.start);
    v(s.stop);
    v(s.step);
}
unsafe fn trace_function(h: *mut Header, v: Visit) {
    let f = &*(h as *mut FunctionObj);
    f.defaults.iter().chain(&f.kwdefaults).chain(&f.closure).for_each(|&x| v(x));
    v(f.module);
    v(f.dict);
    v(f.meta);
}
unsafe fn trace_builtin(h: *mut Header, v: Visit) {
    v((*(h as *mut BuiltinObj)).bound);
}
unsafe fn trace_method(h: *mut Header, v: Visit) {
    let m = &*(h as *mut BoundMethodObj);
    v(m.func);
    v(m.receiver);
}
unsafe fn trace_class(h: *mut Header, v: Visit) {
    let c = &*(h as *mut ClassObj);
    c.bases.iter().chain(&c.mro).for_each(|&x| v(x));
    c.dict().trace(v);
    for x in [c.ctor.get(), c.slots.get()] {
        if !x.is_null() {
            v(x);
        }
    }
}
unsafe fn trace_instance(h: *mut Header, v: Visit) {
    super::instance::attrs(Value::from_ptr(h)).trace(v);
}
unsafe fn trace_exception(h: *mut Header, v: Visit) {
    let e = &*(h as *mut ExcObj);
    v(e.args.get());
    v(e.cause.get());
    v(e.context.get());
    (*e.attrs.get()).trace(v);
}
unsafe fn trace_module(h: *mut Header, v: Visit) {
    let m = &*(h as *mut ModuleObj);
    m.for_each_slot(|s| v(s));
    (*m.extra.get()).trace(v);
}
unsafe fn trace_cell(h: *mut Header, v: Visit) {
    v((*(h as *mut CellObj)).value);
}
unsafe fn trace_iter(h: *mut Header, v: Visit) {
    (*(*(h as *mut IterObj)).state.get()).trace(v);
}
unsafe fn trace_generator(h: *mut Header, v: Visit) {
    super::generator::trace(&*(h as *mut super::generator::GenObj), v);
}
unsafe fn trace_descriptor(h: *mut Header, v: Visit) {
    let d = &*(h as *mut DescriptorObj);
    v(d.func);
    v(d.setter);
    v(d.deleter);
    v(d.doc.get());
}

macro_rules! hooks {
    ($name:ident, $trace:expr, $finalize:expr) => {
        static $name: KindHooks = KindHooks { trace: $trace, finalize: $finalize };
    };
}

hooks!(PLAIN, no_trace, None);
hooks!(INT, no_trace, drops::<IntObj>());
hooks!(STR, no_trace, drops::<StrObj>());
hooks!(BYTES, no_trace, drops::<BytesObj>());
hooks!(LIST, trace_list, drops::<ListObj>());
hooks!(TUPLE, trace_tuple, drops::<TupleObj>());
hooks!(DICT, trace_dict, drops::<DictObj>());
hooks!(SET, trace_set, drops::<SetObj>());
hooks!(SLICE, trace_slice, None);
hooks!(FUNCTION, trace_function, drops::<FunctionObj>());
hooks!(BUILTIN, trace_builtin, None);
hooks!(METHOD, trace_method, None);
hooks!(CLASS, trace_class, drops::<ClassObj>());
hooks!(INSTANCE, trace_instance, drops::<InstanceObj>());
hooks!(EXCEPTION, trace_exception, drops::<ExcObj>());
hooks!(MODULE, trace_module, drops::<ModuleObj>());
hooks!(CELL, trace_cell, None);
hooks!(ITER, trace_iter, drops::<IterObj>());
hooks!(DESCRIPTOR, trace_descriptor, None);
hooks!(GENERATOR, trace_generator, Some(finalize_generator));

/// The hooks of `kind`.
pub fn hooks(kind: Kind) -> &'static KindHooks {
    match kind {
        Kind::Free | Kind::None | Kind::Bool | Kind::Float | Kind::Range => &PLAIN,
        Kind::Int => &INT,
        Kind::Str => &STR,
        Kind::Bytes | Kind::ByteArray => &BYTES,
        Kind::List => &LIST,
        Kind::Tuple => &TUPLE,
        Kind::Dict => &DICT,
        Kind::Set => &SET,
        Kind::Slice => &SLICE,
        Kind::Function => &FUNCTION,
        Kind::Builtin => &BUILTIN,
        Kind::BoundMethod => &METHOD,
        Kind::Class => &CLASS,
        Kind::Instance => &INSTANCE,
        Kind::Exception => &EXCEPTION,
        Kind::Module => &MODULE,
        Kind::Cell => &CELL,
        Kind::Iter => &ITER,
        Kind::Descriptor => &DESCRIPTOR,
        Kind::Generator => &GENERATOR,
    }
}
