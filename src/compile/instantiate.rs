//! `cls(args)` at a plain call site whose callee turns out to be a class
//! that remembers its compiled `__init__` (`ClassObj::ctor`, filled by the
//! runtime's first instantiation): the instance is allocated and the
//! `__init__` entered through its fast entry, without the generic call.

use cranelift_codegen::ir::{self, condcodes::IntCC, types, InstBuilder, MemFlagsData};

use super::codegen::FunctionCx;
use super::jit::rt;
use crate::runtime::class::{version_ptr, CTOR_OFFSET, CTOR_VERSION_OFFSET};
use crate::runtime::function::{FAST_ARITY_OFFSET, FAST_ENTRY_OFFSET};

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// Instantiates the class `cls` with `args` and jumps to `done` with the
    /// instance; goes to `slow` when the class has no remembered `__init__`
    /// for this many arguments under the current class version.
    pub(super) fn instantiate_direct(&mut self, cls: ir::Value, args: &[ir::Value], line: u32, slow: ir::Block, done: ir::Block) {
        let flags = MemFlagsData::trusted();
        let version_addr = self.iconst(version_ptr() as i64);
        let version = self.b.ins().load(types::I64, flags, version_addr, 0);
        let cached = self.b.ins().load(types::I64, flags, cls, CTOR_VERSION_OFFSET);
        self.guard_eq(version, cached, slow);
        let init = self.b.ins().load(types::I64, flags, cls, CTOR_OFFSET);
        let known = self.b.create_block();
        self.b.ins().brif(init, known, &[], slow, &[]);
        self.switch_to(known);
        self.b.seal_block(known);
        let arity = self.b.ins().uload32(flags, init, FAST_ARITY_OFFSET);
        let matches = self.b.ins().icmp_imm_s(IntCC::Equal, arity, args.len() as i64 + 1);
        let fast = self.b.create_block();
        self.b.ins().brif(matches, fast, &[], slow, &[]);
        self.switch_to(fast);
        self.b.seal_block(fast);
        let obj = self.call_rt(rt::rt_new_instance, &[cls]);
        let entry = self.b.ins().load(types::I64, flags, init, FAST_ENTRY_OFFSET);
        let sig = self.sig(args.len() + 2);
        let mut call_args = vec![init, obj];
        call_args.extend_from_slice(args);
        let call = self.b.ins().call_indirect(sig, entry, &call_args);
        let r = self.b.inst_results(call)[0];
        self.check(r, line);
        // `__init__` must return None.
        let none = self.none();
        let is_none = self.b.ins().icmp(IntCC::Equal, r, none);
        let (ok, bad) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(bad);
        self.b.ins().brif(is_none, ok, &[], bad, &[]);
        self.switch_to(bad);
        self.b.seal_block(bad);
        self.call_checked(rt::rt_init_returned, &[r], line);
        self.b.ins().jump(ok, &[]);
        self.switch_to(ok);
        self.b.seal_block(ok);
        self.b.ins().jump(done, &[obj.into()]);
    }
}
