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
unsafe fn no_finalize(_: *mut Header) {}

/// A dead coroutine that never ran says so, as CPython does.
unsafe fn finalize_generator(h: *mut Header) {
    super::generator::warn_if_never_awaited(&*(h as *const super::generator::GenObj));
}

unsafe fn drop_as<T>(h: *mut Header) {
    std::ptr::drop_in_place(h as *mut T);
}

unsafe fn trace_list(h: *mut Header, v: Visit) {
    (*(*(h as *mut ListObj)).items.get()).iter().for_each(|&x| v(x));
}
unsafe fn trace_tuple(h: *mut Header, v: Visit) {
    (*(h as *mut TupleObj)).items.iter().for_each(|&x| v(x));
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
}

macro_rules! hooks {
    ($name:ident, $trace:expr, $finalize:expr) => {
        static $name: KindHooks = KindHooks { trace: $trace, finalize: $finalize };
    };
}

hooks!(PLAIN, no_trace, no_finalize);
hooks!(INT, no_trace, drop_as::<IntObj>);
hooks!(STR, no_trace, drop_as::<StrObj>);
hooks!(BYTES, no_trace, drop_as::<BytesObj>);
hooks!(LIST, trace_list, drop_as::<ListObj>);
hooks!(TUPLE, trace_tuple, drop_as::<TupleObj>);
hooks!(DICT, trace_dict, drop_as::<DictObj>);
hooks!(SET, trace_set, drop_as::<SetObj>);
hooks!(SLICE, trace_slice, no_finalize);
hooks!(FUNCTION, trace_function, drop_as::<FunctionObj>);
hooks!(BUILTIN, trace_builtin, no_finalize);
hooks!(METHOD, trace_method, no_finalize);
hooks!(CLASS, trace_class, drop_as::<ClassObj>);
hooks!(INSTANCE, trace_instance, drop_as::<InstanceObj>);
hooks!(EXCEPTION, trace_exception, drop_as::<ExcObj>);
hooks!(MODULE, trace_module, drop_as::<ModuleObj>);
hooks!(CELL, trace_cell, no_finalize);
hooks!(ITER, trace_iter, drop_as::<IterObj>);
hooks!(DESCRIPTOR, trace_descriptor, no_finalize);
hooks!(GENERATOR, trace_generator, finalize_generator);

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
