//! Attribute sites with inline caches: `obj.name`, `obj.name = v` and
//! `obj.name(args)` check the site's record (`runtime/inline_cache.rs`)
//! inline and, when the receiver's class, shape and the class version
//! match, load or store the instance slot or call the remembered method
//! directly. Anything else takes the slow path, which also fills the record.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::expr::{CallUse, MethodPositions, KIND_OFFSET};
use super::jit::rt;
use crate::runtime::inline_cache::{self as ic, AttrSite};
use crate::runtime::instance::INSTANCE_SHAPE_OFFSET;
use crate::runtime::object::Kind;
use crate::runtime::object::Header;

/// Byte offset of an object's class in its header.
const HEADER_CLASS_OFFSET: i32 = std::mem::offset_of!(Header, class) as i32;

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// A new site record, as a constant address.
    fn new_site(&mut self) -> ir::Value {
        let site = AttrSite::leak() as *mut AttrSite as i64;
        self.iconst(site)
    }

    /// A method call's site, which knows where its lookup is.
    fn new_method_site(&mut self, lookup: u32) -> ir::Value {
        let site = AttrSite::leak();
        site.lookup_position = lookup;
        let site = site as *mut AttrSite as i64;
        self.iconst(site)
    }

    /// Loads a word of the site record.
    fn site_word(&mut self, ty: ir::Type, site: ir::Value, offset: i32) -> ir::Value {
        self.b.ins().load(ty, MemFlagsData::trusted(), site, offset)
    }

    /// Continues in a new block when `a == b`, else goes to `miss`.
    pub(super) fn guard_eq(&mut self, a: ir::Value, b: ir::Value, miss: ir::Block) {
        let next = self.b.create_block();
        let same = self.b.ins().icmp(IntCC::Equal, a, b);
        self.b.ins().brif(same, next, &[], miss, &[]);
        self.b.switch_to_block(next);
        self.b.seal_block(next);
    }

    /// Checks that `obj` is a heap object of the site's class under the
    /// current class version; continues in the hit path or goes to `miss`.
    fn guard_class(&mut self, obj: ir::Value, site: ir::Value, miss: ir::Block) {
        self.guard_heap_object(obj, miss);
        let cls = self.b.ins().load(types::I64, MemFlagsData::trusted(), obj, HEADER_CLASS_OFFSET);
        let cached = self.site_word(types::I64, site, ic::CLASS_OFFSET);
        self.guard_eq(cls, cached, miss);
        self.guard_version(site, miss);
    }

    /// Goes to `miss` unless `obj` is a heap object (not a small int).
    fn guard_heap_object(&mut self, obj: ir::Value, miss: ir::Block) {
        let next = self.b.create_block();
        let small = self.b.ins().band_imm_s(obj, 1);
        self.b.ins().brif(small, miss, &[], next, &[]);
        self.b.switch_to_block(next);
        self.b.seal_block(next);
    }

    /// Goes to `miss` unless the class version is the one the site was filled under.
    fn guard_version(&mut self, site: ir::Value, miss: ir::Block) {
        let version_addr = self.iconst(ic::version_addr());
        let version = self.b.ins().load(types::I64, MemFlagsData::trusted(), version_addr, 0);
        let cached = self.site_word(types::I64, site, ic::VERSION_OFFSET);
        self.guard_eq(version, cached, miss);
    }

    /// Checks that `obj` is an instance with the site's shape, under the
    /// class version the site was filled in; continues in the hit path or
    /// goes to `miss`. A shape belongs to one class and one instance layout
    /// (`ClassObj::instance_shape`), so it vouches for the slot's place.
    /// (An unfilled site's version, 0, is never current.)
    fn guard_instance_slot(&mut self, obj: ir::Value, site: ir::Value, miss: ir::Block) {
        self.guard_heap_object(obj, miss);
        let flags = MemFlagsData::trusted();
        let kind = self.b.ins().uload8(types::I32, flags, obj, KIND_OFFSET);
        let instance = self.b.ins().iconst(types::I32, Kind::Instance as i64);
        self.guard_eq(kind, instance, miss);
        let shape = self.b.ins().load(types::I64, flags, obj, INSTANCE_SHAPE_OFFSET);
        let cached = self.site_word(types::I64, site, ic::SHAPE_OFFSET);
        self.guard_eq(shape, cached, miss);
        self.guard_version(site, miss);
    }

    /// The address of the site's slot in `obj`.
    fn slot_addr(&mut self, obj: ir::Value, site: ir::Value) -> ir::Value {
        let offset = self.b.ins().uload32(MemFlagsData::trusted(), site, ic::SLOT_OFFSET);
        self.b.ins().iadd(obj, offset)
    }

    /// A cold block for the slow path.
    fn miss_block(&mut self) -> ir::Block {
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        miss
    }

    /// `obj.name`.
    pub fn getattr_cached(&mut self, obj: ir::Value, name: &str, line: u32) -> ir::Value {
        let site = self.new_site();
        if self.p.compact() {
            let n = self.name_const(name);
            return self.call_checked(rt::rt_getattr_site, &[obj, n, site], line);
        }
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        let miss = self.miss_block();
        self.guard_instance_slot(obj, site, miss);
        let addr = self.slot_addr(obj, site);
        let v = self.b.ins().load(types::I64, MemFlagsData::trusted(), addr, 0);
        self.b.ins().jump(done, &[v.into()]);
        self.switch_to(miss);
        self.b.seal_block(miss);
        let n = self.name_const(name);
        let v = self.call_checked(rt::rt_getattr_site, &[obj, n, site], line);
        self.b.ins().jump(done, &[v.into()]);
        self.switch_to(done);
        self.b.seal_block(done);
        self.b.block_params(done)[0]
    }

    /// `obj.name = v`.
    pub fn setattr_cached(&mut self, obj: ir::Value, name: &str, v: ir::Value, line: u32) {
        let site = self.new_site();
        if self.p.compact() {
            let n = self.name_const(name);
            let s = self.call_rt(rt::rt_setattr_site, &[obj, n, v, site]);
            self.check(s, line);
            return;
        }
        let done = self.b.create_block();
        let miss = self.miss_block();
        self.guard_instance_slot(obj, site, miss);
        let addr = self.slot_addr(obj, site);
        let flags = MemFlagsData::trusted();
        self.b.ins().store(flags, v, addr, 0);
        // A store that adds the attribute moves the instance to the next
        // shape (after the value is in place, as `Attrs::set_str` does).
        let next = self.site_word(types::I64, site, ic::NEXT_SHAPE_OFFSET);
        let old = self.site_word(types::I64, site, ic::SHAPE_OFFSET);
        let shape = self.b.ins().select(next, next, old);
        self.b.ins().store(flags, shape, obj, INSTANCE_SHAPE_OFFSET);
        self.b.ins().jump(done, &[]);
        self.switch_to(miss);
        self.b.seal_block(miss);
        let n = self.name_const(name);
        let s = self.call_rt(rt::rt_setattr_site, &[obj, n, v, site]);
        self.check(s, line);
        self.b.ins().jump(done, &[]);
        self.switch_to(done);
        self.b.seal_block(done);
    }

    /// `obj.name(args...)` with positional arguments; `args[0]` is `obj`.
    /// Returns the result and the function called (NULL when the call
    /// went through the slow path).
    pub(super) fn call_method_cached(
        &mut self,
        name: &str,
        args: &[ir::Value],
        at: MethodPositions,
        use_: CallUse,
        on_global: bool,
    ) -> Option<ir::Value> {
        let (obj, line) = (args[0], at.call);
        let site = self.new_method_site(at.lookup);
        let done = self.b.create_block();
        self.b.append_block_param(done, types::I64);
        if self.p.compact() {
            // Compact code has no hit path: the runtime call is the way on.
            let call = self.b.create_block();
            self.b.ins().jump(call, &[]);
            return self.call_method_miss(name, args, line, use_, site, call, done);
        }
        let miss = self.miss_block();
        if on_global {
            self.module_function_call(args, line, use_, site, miss, done);
        }
        self.guard_class(obj, site, miss);
        // An instance must still lack an attribute of that name: same shape.
        let shape = self.site_word(types::I64, site, ic::SHAPE_OFFSET);
        let (check_shape, hit) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(shape, check_shape, &[], hit, &[]);
        self.b.switch_to_block(check_shape);
        self.b.seal_block(check_shape);
        let actual = self.b.ins().load(types::I64, MemFlagsData::trusted(), obj, INSTANCE_SHAPE_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, actual, shape);
        self.b.ins().brif(same, hit, &[], miss, &[]);
        self.b.switch_to_block(hit);
        self.b.seal_block(hit);
        let f = self.site_word(types::I64, site, ic::FOUND_OFFSET);
        match use_ {
            CallUse::Value => {
                // The site knows whether `f` takes these arguments at its
                // fast entry; if not (defaults, `*args`...), the runtime
                // binds them.
                let fast = self.site_word(types::I32, site, ic::FAST_OFFSET);
                let (fast_b, other_b) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(fast, fast_b, &[], other_b, &[]);
                self.switch_to(fast_b);
                self.b.seal_block(fast_b);
                let r = self.call_fast_entry(f, args, line);
                self.b.ins().jump(done, &[r.into()]);
                self.switch_to(other_b);
                self.b.seal_block(other_b);
                let r = self.call_generic(f, args, line);
                self.b.ins().jump(done, &[r.into()]);
            }
            CallUse::Delegate(entry, how) => self.delegate_direct_call(f, args, line, entry, how, false),
        }
        self.call_method_miss(name, args, line, use_, site, miss, done)
    }

    /// `module.name(args[1..])` when the site learned that module (its
    /// `class` is the receiver itself): the global's current value called
    /// directly. Continues in a new block for any other receiver.
    fn module_function_call(&mut self, args: &[ir::Value], line: u32, use_: CallUse, site: ir::Value, miss: ir::Block, done: ir::Block) {
        let (module_b, other) = (self.b.create_block(), self.b.create_block());
        let cached = self.site_word(types::I64, site, ic::CLASS_OFFSET);
        let same = self.b.ins().icmp(IntCC::Equal, args[0], cached);
        self.b.ins().brif(same, module_b, &[], other, &[]);
        self.switch_to(module_b);
        self.b.seal_block(module_b);
        let slot = self.site_word(types::I64, site, ic::MODULE_SLOT_OFFSET);
        let bound_b = self.b.create_block();
        self.b.ins().brif(slot, bound_b, &[], miss, &[]);
        self.switch_to(bound_b);
        self.b.seal_block(bound_b);
        let f = self.b.ins().load(types::I64, MemFlagsData::trusted(), slot, 0);
        let call_b = self.b.create_block();
        self.b.ins().brif(f, call_b, &[], miss, &[]);
        self.switch_to(call_b);
        self.b.seal_block(call_b);
        match use_ {
            CallUse::Value => {
                let r = self.direct_call(f, &args[1..], line);
                self.b.ins().jump(done, &[r.into()]);
            }
            CallUse::Delegate(entry, how) => self.delegate_direct_call(f, &args[1..], line, entry, how, false),
        }
        self.switch_to(other);
        self.b.seal_block(other);
    }

    /// The slow path of `call_method_cached` at `miss`, joining at `done`.
    #[allow(clippy::too_many_arguments)]
    fn call_method_miss(
        &mut self,
        name: &str,
        args: &[ir::Value],
        line: u32,
        use_: CallUse,
        site: ir::Value,
        miss: ir::Block,
        done: ir::Block,
    ) -> Option<ir::Value> {
        self.switch_to(miss);
        self.b.seal_block(miss);
        let n = self.name_const(name);
        let ptr = self.array(args);
        let count = self.iconst(args.len() as i64);
        let r = self.call_checked(rt::rt_call_method_site, &[n, ptr, count, site], line);
        match use_ {
            CallUse::Value => self.b.ins().jump(done, &[r.into()]),
            CallUse::Delegate(entry, how) => {
                self.delegate_called(r, line, entry, how);
                return None;
            }
        };
        self.switch_to(done);
        self.b.seal_block(done);
        Some(self.b.block_params(done)[0])
    }
}
