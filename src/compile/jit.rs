//! The Cranelift JIT module that holds compiled code, and the table of
//! runtime entry points compiled code calls (by address).

use cranelift_codegen::binemit::Reloc;
use cranelift_codegen::ir::{types, AbiParam, Signature};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_jit::{JITBuilder, JITModule};
use cranelift_module::{default_libcall_names, FuncId, Module, ModuleReloc};

use super::code_cache;

/// The JIT module of one program run.
pub struct Jit {
    /// The Cranelift module owning the generated code.
    pub module: JITModule,
    /// The calling convention of generated functions and helpers.
    pub call_conv: CallConv,
    /// The target for code that runs once (module and class bodies): no
    /// optimization and a single-pass register allocator, since compiling
    /// such code well costs more than running it. Made on first use.
    once_isa: Option<OwnedTargetIsa>,
}

/// A function compiled to machine code, not yet defined in a module: what
/// a compile on another thread hands back (see `background`).
pub struct MachineCode {
    /// The function it defines.
    pub id: FuncId,
    /// The code's alignment in bytes.
    pub align: u64,
    /// The machine code.
    pub bytes: Vec<u8>,
    /// What the module patches into it when defining it.
    pub relocs: Vec<ModuleReloc>,
    /// The Cranelift name of the function (for perf maps and dumps).
    pub name: String,
    /// True when it came from the code cache rather than a compile.
    pub from_cache: bool,
    /// Each call that has a source position: the offset of its return
    /// address and the position id, by offset (see `runtime::stack_walk`).
    pub call_sites: Vec<(u32, u32)>,
}

/// Compiles `ctx.func`, function `id`, for `isa`; leaves `ctx` holding it.
/// With `cache`, takes the code from there when it holds it, and leaves it
/// there otherwise (see `code_cache`).
pub fn compile_function(isa: &dyn TargetIsa, id: FuncId, ctx: &mut Context, cache: Option<&mut code_cache::DiskStore>) -> Result<MachineCode, String> {
    let compiled = match cache {
        Some(store) => {
            code_cache::symbolize_constants(&mut ctx.func);
            ctx.compile_with_cache(isa, store, &mut Default::default()).map(|(code, hit)| (code.buffer.alignment, hit))
        }
        None => ctx.compile(isa, &mut Default::default()).map(|code| (code.buffer.alignment, false)),
    };
    let (alignment, from_cache) = compiled.map_err(|e| format!("{:?}", e.inner))?;
    let align = (alignment as u64).max(isa.function_alignment().minimum as u64).max(isa.symbol_alignment());
    let code = ctx.compiled_code().expect("just compiled");
    let mut bytes = code.code_buffer().to_vec();
    let mut relocs = Vec::new();
    for reloc in code.buffer.relocs() {
        match code_cache::constant_reloc(reloc, &ctx.func) {
            Some(value) if reloc.kind == Reloc::Abs8 => {
                let at = reloc.offset as usize;
                bytes[at..at + 8].copy_from_slice(&value.to_le_bytes());
            }
            Some(_) => return Err(format!("unexpected relocation {:?} of a constant", reloc.kind)),
            None => relocs.push(ModuleReloc::from_mach_reloc(reloc, &ctx.func, id)),
        }
    }
    // For reading the machine code: `objdump -D -b binary -mi386:x86-64 DIR/u0_N.bin`
    // is the function CORO_DUMP_IR prints as `function u0:N`.
    if let Some(dir) = std::env::var_os("CORO_DUMP_CODE") {
        let _ = std::fs::write(std::path::Path::new(&dir).join(format!("{}.bin", ctx.func.name.to_string().replace(':', "_"))), &bytes);
    }
    let call_sites = positioned_call_sites(&code.buffer);
    Ok(MachineCode { id, align, bytes, relocs, name: ctx.func.name.to_string(), from_cache, call_sites })
}

/// The calls in `buffer` whose instruction carries a source location (a
/// position id), as `(return address offset, position id)` by offset.
fn positioned_call_sites(buffer: &cranelift_codegen::MachBufferFinalized<cranelift_codegen::Final>) -> Vec<(u32, u32)> {
    let ranges = buffer.get_srclocs_sorted();
    let mut sites = Vec::new();
    for site in buffer.call_sites() {
        // The call instruction ends at the return address.
        let at = site.ret_addr - 1;
        let i = ranges.partition_point(|r| r.end <= at);
        if let Some(r) = ranges.get(i).filter(|r| r.start <= at && !r.loc.is_default() && r.loc.bits() != 0) {
            sites.push((site.ret_addr, r.loc.bits()));
        }
    }
    sites
}

/// The machine's target with code generation tuned by `opt_level` and
/// `regalloc` (Cranelift's setting values).
pub fn isa_with(opt_level: &str, regalloc: &str) -> OwnedTargetIsa {
    let mut flags = settings::builder();
    flags.set("use_colocated_libcalls", "false").expect("known flag");
    flags.set("is_pic", "false").expect("known flag");
    flags.set("opt_level", opt_level).expect("known flag");
    flags.set("regalloc_algorithm", regalloc).expect("known flag");
    // The IR verifier doubles compile time; debug builds keep it as a check.
    let verify = if cfg!(debug_assertions) { "true" } else { "false" };
    flags.set("enable_verifier", verify).expect("known flag");
    let isa = cranelift_native::builder().unwrap_or_else(|msg| {
        eprintln!("coro: this machine is not supported by Cranelift: {msg}");
        std::process::exit(1);
    });
    isa.finish(settings::Flags::new(flags)).expect("the native ISA builds")
}

impl Jit {
    pub fn new() -> Jit {
        let isa = isa_with("speed", "backtracking");
        let call_conv = isa.default_call_conv();
        let mut builder = JITBuilder::with_isa(isa, default_libcall_names());
        if let Some(memory) = super::code_memory::provider() {
            builder.memory_provider(memory);
        }
        let module = JITModule::new(builder);
        Jit { module, call_conv, once_isa: None }
    }

    /// Compiles `ctx.func` (function `id`) as code that runs once
    /// (`quick`: see `once_isa`) or at the optimized tier.
    /// Code is looked for in (and added to) the code cache when it is on.
    pub fn compile(&mut self, id: FuncId, ctx: &mut Context, quick: bool) -> Result<MachineCode, String> {
        let isa: &dyn TargetIsa = if quick {
            &**self.once_isa.get_or_insert_with(|| isa_with("none", "single_pass"))
        } else {
            self.module.isa()
        };
        let mut store = code_cache::store();
        compile_function(isa, id, ctx, store.as_mut())
    }

    /// Defines compiled code in the module (it runs once finalized).
    pub fn define(&mut self, code: &MachineCode) -> Result<(), String> {
        self.module.define_function_bytes(code.id, code.align, &code.bytes, &code.relocs).map_err(|e| format!("{e:?}"))
    }

    /// A signature of `params` i64 parameters returning one i64.
    pub fn signature(&self, params: usize) -> Signature {
        let mut sig = self.module.make_signature();
        sig.call_conv = self.call_conv;
        for _ in 0..params {
            sig.params.push(AbiParam::new(types::I64));
        }
        sig.returns.push(AbiParam::new(types::I64));
        sig
    }
}

impl Default for Jit {
    fn default() -> Self {
        Jit::new()
    }
}

/// A runtime entry point: its address and parameter count.
#[derive(Clone, Copy)]
pub struct Helper {
    /// The function's address.
    pub addr: usize,
    /// How many i64 parameters it takes (it returns one i64).
    pub params: usize,
}

macro_rules! helpers {
    ($($name:ident / $n:literal),* $(,)?) => {
        /// The runtime entry points by name.
        #[allow(non_upper_case_globals)]
        pub mod rt {
            use super::Helper;
            use crate::runtime::jit_api as api;
            $(pub const $name: fn() -> Helper = || Helper { addr: api::$name as *const () as usize, params: $n };)*
        }
    };
}

helpers!(
    rt_binary / 3,
    rt_inplace / 3,
    rt_unary / 2,
    rt_compare / 3,
    rt_truthy / 1,
    rt_load_global_slow / 2,
    rt_store_global / 3,
    rt_delete_global / 2,
    rt_unbound_local / 1,
    rt_unbound_free / 1,
    rt_load_name / 3,
    rt_store_name / 3,
    rt_delete_name / 2,
    rt_call / 4,
    rt_call_builtin / 3,
    rt_new_instance / 1,
    rt_init_returned / 1,
    rt_call_method / 4,
    rt_fresh_suspended / 2,
    rt_fresh_failed / 1,
    rt_tier_up / 1,
    rt_gen_settle / 2,
    rt_gen_failed / 1,
    rt_resume_chain / 2,
    rt_call_method_site / 4,
    rt_getattr_site / 3,
    rt_setattr_site / 4,
    rt_call_ex / 3,
    rt_getattr / 2,
    rt_setattr / 3,
    rt_delattr / 2,
    rt_getitem / 2,
    rt_setitem / 3,
    rt_delitem / 2,
    rt_build_list / 2,
    rt_build_tuple / 2,
    rt_build_set / 2,
    rt_build_dict / 2,
    rt_module_dict / 1,
    rt_frame_call / 4,
    rt_locals_snapshot / 2,
    rt_exec_namespace / 0,
    rt_setup_annotations / 1,
    rt_build_slice / 3,
    rt_getslice / 3,
    rt_list_append / 2,
    rt_list_extend / 2,
    rt_star_args_extend / 3,
    rt_list_to_tuple / 1,
    rt_set_add / 2,
    rt_set_update / 2,
    rt_dict_set / 3,
    rt_dict_update / 2,
    rt_kwargs_merge / 3,
    rt_kwarg_set / 4,
    rt_iter / 1,
    rt_owned_generator / 3,
    rt_drop_call_result / 3,
    rt_close_owned / 1,
    rt_next / 1,
    rt_unpack / 3,
    rt_match_sequence / 4,
    rt_match_mapping / 5,
    rt_match_class / 5,
    rt_unpack_ex / 4,
    rt_make_function / 8,
    rt_make_plain_function / 2,
    rt_new_cell / 1,
    rt_closure_cell / 2,
    rt_build_class / 8,
    rt_prepare_class / 4,
    rt_super / 2,
    rt_raise / 2,
    rt_reraise / 1,
    rt_begin_except / 0,
    rt_end_except / 0,
    rt_exc_match / 2,
    rt_take_exception / 0,
    rt_restore_exception / 1,
    rt_add_traceback / 2,
    rt_recursion_error / 0,
    rt_check_interrupt / 0,
    rt_fuel_tick / 0,
    rt_import / 1,
    rt_import_from / 2,
    rt_import_star / 2,
    rt_format_value / 3,
    rt_build_string / 2,
    rt_assert_fail / 1,
    rt_with_enter / 2,
    rt_with_exit / 1,
    rt_with_exit_exc / 1,
    rt_unsupported / 1,
    rt_make_generator / 3,
    rt_yield_from_iter / 1,
    rt_await_iter / 1,
    rt_delegate / 4,
    rt_agen_wrap / 1,
    rt_aiter / 1,
    rt_async_next / 1,
    rt_star_match / 3,
    rt_star_handler / 1,
    rt_star_collect / 2,
    rt_star_end / 3,
    rt_build_const_set / 2,
);
