//! Instances of user classes (and of `object`). Layout: this struct, then
//! the native slots of a native base class (a Future's state...; their
//! count is `header.extra`), then room for the first attribute values
//! (their count is `header.flags`, chosen per class from what its earlier
//! instances needed). The attribute names live in the instance's shape
//! (`shape.rs`); values past the inline room go to a list in `spill`. An
//! instance with very many attributes switches to "dict mode": no shape,
//! and `spill` holds a dict of them all.
//!
//! Instances of classes written in Rust (a Future, a Task, an event loop)
//! rarely get attributes, so they are *compact* (`CompactObj`): the header
//! and the native slots, no shape word, no `spill` and no inline room.
//! Their shape is the class's empty one. Attributes, if one is ever set,
//! go in a dict kept aside (`COMPACT_DICTS`, by address, marked by the
//! `COMPACT_DICT` header flag). A task waiting on a future is then 24
//! bytes smaller.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use super::class::class_obj;
use super::dict::{new_dict, table};
use super::heap;
use super::object::{Header, Kind};
use super::seq::{list_items, new_list};
use super::shape::{Shape, MAX_NAMES};
use super::value::Value;
use super::vm::{intern_value, PyResult};

/// An instance of a plain class.
#[repr(C)]
pub struct InstanceObj {
    /// Common header (its class is the instance's class).
    pub header: Header,
    /// The attribute names, or null in dict mode.
    shape: Cell<*const Shape>,
    /// NULL, the list of attribute values past the inline room, or (dict
    /// mode) the dict of all attributes.
    spill: Cell<Value>,
}

/// A compact instance: the header, then the native slots.
#[repr(C)]
struct CompactObj {
    /// Common header (with `COMPACT` in its flags).
    header: Header,
}

/// `header.flags` bit of a compact instance; the rest is the inline room.
const COMPACT: u16 = 0x8000;
/// `header.flags` bit of a compact instance whose attributes are in
/// `COMPACT_DICTS`.
const COMPACT_DICT: u16 = 0x4000;

thread_local! {
    /// The attribute dicts of compact instances, by the instance's address.
    static COMPACT_DICTS: RefCell<HashMap<usize, Value>> = {
        heap::add_forgetter(forget_dead_dicts);
        RefCell::new(HashMap::new())
    };
}

/// Drops the dicts of compact instances about to be freed (a heap
/// `Forgetter`).
fn forget_dead_dicts(is_marked: &dyn Fn(Value) -> bool) {
    COMPACT_DICTS.with(|d| d.borrow_mut().retain(|&addr, _| is_marked(Value(addr as u64))));
}

/// Byte offset of an instance's shape pointer, for compiled code.
pub const INSTANCE_SHAPE_OFFSET: i32 = std::mem::offset_of!(InstanceObj, shape) as i32;

/// Inline attribute room of a class's first instances.
pub const DEFAULT_INLINE: u16 = 4;
/// The most inline room an instance gets.
pub const MAX_INLINE: u16 = 12;

/// Makes an instance of `class` with no attributes.
pub fn new_instance(class: Value) -> Value {
    let c = class_obj(class);
    let slots = c.native_slots.get();
    let header = Header::new(class, Kind::Instance);
    header.extra.set(slots);
    let mut root = c.instance_shape.get();
    if root.is_null() {
        root = Shape::new_root();
        c.instance_shape.set(root);
    }
    let v = if c.builtin {
        header.flags.set(COMPACT);
        Value::from_ptr(heap::alloc_with_tail(CompactObj { header }, slots as usize))
    } else {
        let inline = c.inline_attrs.get();
        header.flags.set(inline);
        let obj = InstanceObj { header, shape: Cell::new(root), spill: Cell::new(Value::NULL) };
        Value::from_ptr(heap::alloc_with_tail(obj, slots as usize + inline as usize))
    };
    // An instance of a subclass of list, str... holds its builtin value.
    let base = c.value_base.get();
    if !base.is_null() {
        native_slots(v)[0].set(super::value_class::empty_value(base));
    }
    v
}

#[inline]
fn obj(v: Value) -> &'static InstanceObj {
    debug_assert!(!is_compact(v), "a compact instance has only a header");
    // SAFETY: callers pass instances that are not compact; objects never move.
    unsafe { &*v.ptr::<InstanceObj>() }
}

/// True for a compact instance (see the module comment).
#[inline]
fn is_compact(v: Value) -> bool {
    v.header().flags.get() & COMPACT != 0
}

/// Bytes before an instance's native slots.
#[inline]
fn fixed_size(v: Value) -> usize {
    if is_compact(v) {
        std::mem::size_of::<CompactObj>()
    } else {
        std::mem::size_of::<InstanceObj>()
    }
}

/// The inline attribute room of an instance (none when compact).
#[inline]
fn inline_room(v: Value) -> usize {
    let flags = v.header().flags.get();
    if flags & COMPACT != 0 {
        0
    } else {
        flags as usize
    }
}

/// True for a compact instance with attributes (in `COMPACT_DICTS`).
#[inline]
fn has_compact_dict(v: Value) -> bool {
    v.header().flags.get() & COMPACT_DICT != 0
}

/// NULL, the spilled attribute list, or (dict mode) the attribute dict.
#[inline]
fn spill(v: Value) -> Value {
    if is_compact(v) {
        if !has_compact_dict(v) {
            return Value::NULL;
        }
        return COMPACT_DICTS.with(|d| d.borrow().get(&(v.0 as usize)).copied().unwrap_or(Value::NULL));
    }
    obj(v).spill.get()
}

/// True for an instance with at least `n` native slots (of a native class
/// or a subclass of one).
#[inline]
pub fn has_native_slots(v: Value, n: u32) -> bool {
    super::object::kind_of(v) == Kind::Instance && v.header().extra.get() >= n
}

/// The native slots of an instance (empty for plain classes).
#[inline]
pub fn native_slots(v: Value) -> &'static [Cell<Value>] {
    let n = v.header().extra.get() as usize;
    // SAFETY: `n` slots follow the fixed part (see `new_instance`).
    unsafe { std::slice::from_raw_parts(v.ptr::<u8>().add(fixed_size(v)) as *const Cell<Value>, n) }
}

/// The shape of an instance, or None in dict mode. A compact instance's
/// is its class's empty shape, which compiled code never finds in it:
/// compiled attribute sites leave compact instances to the runtime.
#[inline]
pub fn shape_ptr(v: Value) -> Option<&'static Shape> {
    let w = if is_compact(v) {
        if has_compact_dict(v) {
            return None;
        }
        class_obj(v.header().class.get()).instance_shape.get()
    } else {
        obj(v).shape.get()
    };
    // SAFETY: shapes live as long as the VM.
    unsafe { w.as_ref() }
}

/// True for a compact instance (see the module comment).
pub fn is_compact_instance(v: Value) -> bool {
    !v.is_small() && super::object::kind_of(v) == Kind::Instance && is_compact(v)
}

/// The byte offset from the object's start of attribute slot `i` when that
/// slot is inline in this instance.
pub fn inline_slot_offset(v: Value, i: usize) -> Option<u32> {
    let native = v.header().extra.get() as usize;
    (i < inline_room(v)).then(|| (fixed_size(v) + (native + i) * 8) as u32)
}

/// The inline attribute slots of an instance.
#[inline]
fn inline_slots(v: Value) -> &'static [Cell<Value>] {
    let n = v.header().extra.get() as usize;
    // SAFETY: the inline room follows the native slots (see `new_instance`).
    unsafe { std::slice::from_raw_parts((v.ptr::<u8>().add(fixed_size(v)) as *const Cell<Value>).add(n), inline_room(v)) }
}

/// The attributes of an instance, as a handle with dict-like methods.
#[inline]
pub fn attrs(v: Value) -> Attrs {
    Attrs(v)
}

/// A handle on an instance's attributes.
#[derive(Clone, Copy)]
pub struct Attrs(Value);

impl Attrs {
    /// The shape, or None in dict mode.
    fn shape(self) -> Option<&'static Shape> {
        shape_ptr(self.0)
    }

    /// The value in attribute slot `i`.
    fn slot(self, i: usize) -> Value {
        let inline = inline_slots(self.0);
        match inline.get(i) {
            Some(c) => c.get(),
            None => list_items(spill(self.0))[i - inline.len()],
        }
    }

    fn set_slot(self, i: usize, value: Value) {
        let inline = inline_slots(self.0);
        if let Some(c) = inline.get(i) {
            c.set(value);
            return;
        }
        debug_assert!(!is_compact(self.0), "a compact instance has no spill list");
        let o = obj(self.0);
        if o.spill.get().is_null() {
            o.spill.set(new_list(Vec::new()));
        }
        let spill = list_items(o.spill.get());
        let k = i - inline.len();
        if k < spill.len() {
            spill[k] = value;
        } else {
            spill.push(value);
            // Later instances of the class get room for this many inline.
            let c = class_obj(self.0.header().class.get());
            let room = ((i + 1) as u16).clamp(c.inline_attrs.get(), MAX_INLINE);
            if room != c.inline_attrs.get() {
                c.inline_attrs.set(room);
                c.instance_shape.set(std::ptr::null());
            }
        }
    }

    /// The attribute `name`, if set.
    pub fn get_str(self, name: Value) -> Option<Value> {
        let name = intern_value(name);
        match self.shape() {
            Some(s) => s.index(name).map(|i| self.slot(i)),
            None => table(spill(self.0)).get_str(name),
        }
    }

    /// Sets attribute `name`.
    pub fn set_str(self, name: Value, value: Value) {
        let name = intern_value(name);
        let Some(s) = self.shape() else {
            table(spill(self.0)).set_str(name, value);
            return;
        };
        if let Some(i) = s.index(name) {
            self.set_slot(i, value);
            return;
        }
        // A compact instance has no room for a new name but in a dict.
        if s.names.len() >= MAX_NAMES || is_compact(self.0) {
            self.to_dict_mode();
            table(spill(self.0)).set_str(name, value);
            return;
        }
        let i = s.names.len();
        // The slot is written before the shape names it, so a collection
        // in between never sees a name without its value.
        self.set_slot(i, value);
        obj(self.0).shape.set(s.with(name));
    }

    /// Removes attribute `name`; its value if it was set. The instance
    /// goes to dict mode (deleting attributes is rare).
    pub fn remove(self, name: Value) -> PyResult<Option<Value>> {
        let name = intern_value(name);
        if let Some(s) = self.shape() {
            if s.index(name).is_none() {
                return Ok(None);
            }
            self.to_dict_mode();
        }
        table(spill(self.0)).remove(name)
    }

    /// The dict holding the attributes, which `obj.__dict__` returns: the
    /// instance moves to dict mode, so changes through either side show in
    /// the other.
    pub fn live_dict(self) -> Value {
        self.to_dict_mode();
        spill(self.0)
    }

    /// Moves every attribute into a dict.
    fn to_dict_mode(self) {
        let Some(s) = self.shape() else { return };
        let d = new_dict();
        for (i, &n) in s.names.iter().enumerate() {
            table(d).set_str(n, self.slot(i));
        }
        if is_compact(self.0) {
            COMPACT_DICTS.with(|t| t.borrow_mut().insert(self.0 .0 as usize, d));
            let h = self.0.header();
            h.flags.set(h.flags.get() | COMPACT_DICT);
            // Method sites may have remembered calls an attribute of this
            // instance now shadows; none remembers calls on its class again.
            class_obj(h.class.get()).compact_attrs.set(true);
            super::class::classes_changed();
            return;
        }
        let o = obj(self.0);
        o.shape.set(std::ptr::null());
        o.spill.set(d);
        inline_slots(self.0).iter().for_each(|c| c.set(Value::NULL));
    }

    /// The attributes as (name, value) pairs, in the order they were set.
    pub fn items(self) -> Vec<(Value, Value)> {
        match self.shape() {
            Some(s) => s.names.iter().enumerate().map(|(i, &n)| (n, self.slot(i))).collect(),
            None => table(spill(self.0)).iter().map(|e| (e.key, e.value)).collect(),
        }
    }

    /// Calls `visit` on every value the instance holds.
    pub fn trace(self, visit: &mut dyn FnMut(Value)) {
        native_slots(self.0).iter().for_each(|c| visit(c.get()));
        inline_slots(self.0).iter().for_each(|c| visit(c.get()));
        visit(spill(self.0));
    }
}
