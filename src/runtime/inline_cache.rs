//! Inline caches: one small record per attribute site in compiled code
//! (`obj.name`, `obj.name = v`, `obj.name(...)`), filled by the slow path
//! and checked inline by the code (see `compile/inline_cache.rs`).
//!
//! An entry remembers the receiver's class and shape and the class lookup
//! version it was filled under, so a hit needs no lookup at all. Every entry
//! is only ever used behind a check of them: a class namespace change or a
//! new class bumps the version (`class::classes_changed`), so no entry
//! outlives what it describes and none needs to be a GC root. Loads and
//! stores of instance slots check the shape alone for both class and
//! shape: a shape belongs to one class and one instance layout, and shapes
//! are never freed, so their addresses are never reused.

use super::class::{class_obj, lookup, type_of, version_ptr};
use super::function::builtin_obj;
use super::instance::{inline_slot_offset, shape_ptr};
use super::object::{kind_of, Kind};
use super::shape::Shape;
use super::value::Value;

/// The cache of one attribute site.
#[repr(C)]
pub struct AttrSite {
    /// The receiver class the entry is for (NULL: empty).
    pub class: Value,
    /// The receiver's shape (an instance), or NULL (a builtin receiver,
    /// which has no attributes of its own).
    pub shape: *const Shape,
    /// The class lookup version the entry was filled under.
    pub version: u64,
    /// Loads and stores: the byte offset of the attribute's inline slot.
    pub offset: u32,
    /// Method calls: the class attribute to call with the receiver first.
    pub found: Value,
    /// Method calls: 1 when `found` takes this site's arguments (receiver
    /// included) through its fast entry, so a hit calls that entry with no
    /// check of kind or arity (neither changes in a function's life).
    pub fast: u32,
    /// Stores that add the attribute: the shape the instance moves to.
    pub next_shape: *const Shape,
    /// Sites whose receiver is a module (`class` then holds the module
    /// itself): the global's slot, read on every use.
    pub module_slot: *const Value,
    /// Method calls: the position id of `obj.name`, which the traceback
    /// names when the lookup fails.
    pub lookup_position: u32,
    /// Loads of a property: the receiver class whose property's getter
    /// `found` is, under `version` (compiled code never hits on this: the
    /// slow path calls the getter without a lookup).
    pub getter_class: Value,
}

/// Byte offsets of the fields compiled code reads.
pub const CLASS_OFFSET: i32 = std::mem::offset_of!(AttrSite, class) as i32;
pub const SHAPE_OFFSET: i32 = std::mem::offset_of!(AttrSite, shape) as i32;
pub const VERSION_OFFSET: i32 = std::mem::offset_of!(AttrSite, version) as i32;
pub const SLOT_OFFSET: i32 = std::mem::offset_of!(AttrSite, offset) as i32;
pub const FOUND_OFFSET: i32 = std::mem::offset_of!(AttrSite, found) as i32;
pub const FAST_OFFSET: i32 = std::mem::offset_of!(AttrSite, fast) as i32;
pub const NEXT_SHAPE_OFFSET: i32 = std::mem::offset_of!(AttrSite, next_shape) as i32;
pub const MODULE_SLOT_OFFSET: i32 = std::mem::offset_of!(AttrSite, module_slot) as i32;

impl AttrSite {
    /// A new empty site; it lives as long as the code that uses it.
    pub fn leak() -> &'static mut AttrSite {
        Box::leak(Box::new(AttrSite {
            class: Value::NULL,
            shape: std::ptr::null(),
            version: 0,
            offset: 0,
            found: Value::NULL,
            fast: 0,
            next_shape: std::ptr::null(),
            module_slot: std::ptr::null(),
            lookup_position: 0,
            getter_class: Value::NULL,
        }))
    }

    fn fill(&mut self, class: Value, shape: *const Shape) {
        self.class = class;
        self.shape = shape;
        self.getter_class = Value::NULL;
        // SAFETY: the version word lives as long as the thread.
        self.version = unsafe { *version_ptr() };
        self.next_shape = std::ptr::null();
        // Compiled code takes a site whose `class` is the receiver itself
        // for a module site: a class site must not look like one.
        self.module_slot = std::ptr::null();
    }
}

/// `module.name` through the site: the value of the module global's slot
/// when it is bound (the site learns the slot on first use); None for
/// anything else (the caller takes the general path).
pub fn module_global(site: &mut AttrSite, module: Value, name: Value) -> Option<Value> {
    if site.class != module {
        let m = super::module::module_obj(module);
        let index = m.slot_index(super::str::as_str(name))?;
        site.class = module;
        site.module_slot = m.slot_ptr(index);
    }
    // SAFETY: module slots live as long as the module, which the caller holds.
    let v = unsafe { *site.module_slot };
    (!v.is_null()).then_some(v)
}

/// The address of the class lookup version compiled code compares with.
pub fn version_addr() -> i64 {
    version_ptr() as i64
}

/// The receiver's shape when `obj` is a plain instance with a shape.
fn instance_shape(obj: Value) -> Option<&'static Shape> {
    if obj.is_small() || kind_of(obj) != Kind::Instance || super::instance::is_compact_instance(obj) {
        return None;
    }
    shape_ptr(obj)
}

/// True when a class attribute would take over `obj.name` from the instance.
fn class_intercepts(cls: Value, name: Value) -> bool {
    lookup(cls, name).is_some_and(|a| super::attr::is_property(a) || super::attr::is_data_descriptor(a))
}

/// `obj.name` when the site learned that it is a property of `obj`'s
/// class (still so under the current lookup version): the getter to call.
pub fn property_getter(site: &AttrSite, obj: Value) -> Option<Value> {
    // SAFETY: the version word lives as long as the thread.
    let current = unsafe { *version_ptr() };
    (!site.getter_class.is_null() && !obj.is_small() && type_of(obj) == site.getter_class && site.version == current).then_some(site.found)
}

/// After a load of `obj.name` by the slow path that found a property of
/// its class: remembers the getter for the next load of this site.
fn learn_property(site: &mut AttrSite, obj: Value, name: Value) {
    if obj.is_small() || matches!(kind_of(obj), Kind::Class | Kind::Module) || super::attr::custom_getattribute(obj).is_some() {
        return;
    }
    let cls = type_of(obj);
    let Some(p) = lookup(cls, name).filter(|&p| super::attr::is_property(p)) else { return };
    let getter = super::function::descriptor_obj(p).func;
    if getter.is_null() || getter == super::vm::none() {
        return;
    }
    // The site is in one mode at a time: no slot entry stays valid
    // beside the getter (both go by `version`).
    site.class = Value::NULL;
    site.shape = std::ptr::null();
    site.getter_class = cls;
    site.found = getter;
    // SAFETY: the version word lives as long as the thread.
    site.version = unsafe { *version_ptr() };
}

/// After a load of `obj.name` by the slow path: remembers where it was when
/// it came from an inline slot of an instance.
pub fn learn_load(site: &mut AttrSite, obj: Value, name: Value) {
    learn_property(site, obj, name);
    let Some(shape) = instance_shape(obj) else { return };
    let cls = type_of(obj);
    let Some(i) = shape.index(name) else { return };
    if class_intercepts(cls, name) || super::attr::custom_getattribute(obj).is_some() {
        return;
    }
    let Some(offset) = inline_slot_offset(obj, i) else { return };
    site.fill(cls, shape);
    site.offset = offset;
}

/// Before a store of `obj.name` by the slow path: what the instance's shape
/// is, so that `learn_store` can tell a new attribute from an overwrite.
pub fn shape_before_store(obj: Value) -> *const Shape {
    instance_shape(obj).map_or(std::ptr::null(), |s| s as *const Shape)
}

/// After a store of `obj.name` by the slow path (from shape `before`):
/// remembers the slot, and the shape change when the attribute was new.
pub fn learn_store(site: &mut AttrSite, obj: Value, name: Value, before: *const Shape) {
    let Some(after) = instance_shape(obj) else { return };
    let cls = type_of(obj);
    if before.is_null() || lookup(cls, crate::sym!("__setattr__")).is_some_and(|f| kind_of(f) == Kind::Function) {
        return;
    }
    if class_intercepts(cls, name) {
        return;
    }
    let Some(i) = after.index(name) else { return };
    let Some(offset) = inline_slot_offset(obj, i) else { return };
    site.fill(cls, before);
    site.offset = offset;
    if !std::ptr::eq(before, after) {
        site.next_shape = after;
    }
}

/// After a method call `obj.name(...)` resolved through the class: remembers
/// the function (or builtin) so the next call with this receiver class and
/// shape calls it without a lookup. `argc` counts the receiver.
pub fn learn_method(site: &mut AttrSite, obj: Value, name: Value, found: Value, argc: usize) {
    // A builtin method called with an instance of a list or str subclass
    // takes its backing instead (see `value_class`): never called directly.
    if obj.is_small() || (kind_of(found) == Kind::Builtin && super::value_class::backing(obj).is_some()) {
        return;
    }
    // Every load goes through a class's own `__getattribute__`.
    if super::attr::custom_getattribute(obj).is_some() {
        return;
    }
    let shape = match kind_of(obj) {
        // A compact instance has no shape word: the site remembers no shape
        // (as for builtin receivers) unless an instance of the class ever
        // had attributes, which could shadow the method.
        Kind::Instance if super::instance::is_compact_instance(obj) => {
            if class_obj(type_of(obj)).compact_attrs.get() {
                return;
            }
            std::ptr::null()
        }
        Kind::Instance => match shape_ptr(obj) {
            Some(s) if s.index(name).is_none() => s as *const Shape,
            _ => return,
        },
        // Receivers with no attributes of their own.
        Kind::Module | Kind::Class | Kind::Descriptor | Kind::Exception | Kind::Function => return,
        _ => std::ptr::null(),
    };
    // A plain function or unbound builtin, with the argument count its
    // fast entry takes.
    let fast_arity = match kind_of(found) {
        Kind::Function => super::function::func_obj(found).fast_arity,
        Kind::Builtin if super::function::binds_as_method(builtin_obj(found)) => builtin_obj(found).fast_arity,
        _ => return,
    };
    site.fill(type_of(obj), shape);
    site.found = found;
    site.fast = (fast_arity as usize == argc) as u32;
}
