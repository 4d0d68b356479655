//! The Python frames running now, innermost first, found by unwinding the
//! machine stack: what `sys._getframe`, `traceback.format_stack`,
//! `warnings.warn` and logging's caller lookup read.
//!
//! Compiled frames keep no frame objects and their calls record nothing, so
//! that calls cost nothing for this. Instead the walk unwinds the stack as a
//! debugger does, one frame at a time, exactly:
//! - a frame of Rust code (the runtime, built without frame pointers) is
//!   unwound by its call frame information, the `.eh_frame` tables every
//!   Rust function has for panics;
//! - a frame of compiled code has none, but Cranelift always keeps frame
//!   pointers: its caller's return address and frame pointer sit at its
//!   frame pointer.
//!
//! Every installed function's code range is registered here with the
//! return address of each of its calls that has a source position
//! (`compile::jit::MachineCode::call_sites`), which names the Python frame
//! and its line.
//!
//! Only x86-64 Linux is unwound; elsewhere no frames are found.

use std::cell::RefCell;

use super::function::CodeInfo;
use super::value::Value;

/// The code of one installed function.
struct CodeRange {
    /// Address of its first byte.
    start: usize,
    /// Address just past its last byte.
    end: usize,
    /// What it compiles.
    code: &'static CodeInfo,
    /// Its positioned calls: return address offset and position id, by offset.
    sites: Box<[(u32, u32)]>,
}

thread_local! {
    /// The installed functions, by start address.
    static RANGES: RefCell<Vec<CodeRange>> = const { RefCell::new(Vec::new()) };
}

/// Notes the function installed at `start` (`len` bytes), compiled from
/// `code`, with its positioned call sites.
pub fn register(start: usize, len: usize, code: &'static CodeInfo, sites: &[(u32, u32)]) {
    if sites.is_empty() {
        return;
    }
    RANGES.with(|r| {
        let mut ranges = r.borrow_mut();
        let at = ranges.partition_point(|c| c.start < start);
        ranges.insert(at, CodeRange { start, end: start + len, code, sites: sites.into() });
    });
}

/// A Python frame on the stack.
#[derive(Clone, Copy)]
pub struct Frame {
    /// The code it runs.
    pub code: &'static CodeInfo,
    /// The position id of the call it is making (or of the line it is
    /// suspended at, for a level of a delegation chain; see `run_skipping`).
    pub position: u32,
    /// Tells it apart from other frames while it runs, and orders frames
    /// by depth: its canonical frame address (the stack pointer before it
    /// was called) shifted left by `LEVEL_BITS`, plus the level for a
    /// level of a delegation chain.
    pub address: usize,
}

/// The low bits of a frame's `address` that number the levels of a
/// delegation chain resumed from one stack place.
const LEVEL_BITS: u32 = 10;

thread_local! {
    /// The delegation chains being resumed at their innermost level (see
    /// `run_skipping`), innermost last: a stack address inside the resume,
    /// the chain's outermost generator and the innermost one, running.
    static CHAINS: RefCell<Vec<(usize, Value, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Runs `resume`, which runs `inner`, the innermost level of the chain of
/// generators or coroutines `outer` delegates through (`yield from`,
/// `await`), without running the levels between: while it runs, the walk
/// shows those levels, stopped at their suspension points, as the frames
/// that resumed `inner`, as in CPython, where each level resumes the next.
pub fn run_skipping<R>(outer: Value, inner: Value, resume: impl FnOnce() -> R) -> R {
    let marker = 0u8;
    let at = std::hint::black_box(&marker) as *const u8 as usize;
    CHAINS.with(|c| c.borrow_mut().push((at, outer, inner)));
    let r = resume();
    CHAINS.with(|c| c.borrow_mut().pop());
    r
}

/// Collects the frames `python_frames` was asked for.
struct Wanted {
    /// Frames at or below this address are left out.
    above: usize,
    /// How many more frames to leave out.
    skip: usize,
    /// How many frames to give at most.
    limit: usize,
    /// What was found.
    frames: Vec<Frame>,
}

impl Wanted {
    /// Takes `f` if it is wanted; false once enough frames were found.
    fn offer(&mut self, f: Frame) -> bool {
        if f.code.hidden_frame || f.address <= self.above {
            return true;
        }
        if self.skip > 0 {
            self.skip -= 1;
            return true;
        }
        if self.frames.len() >= self.limit {
            return false;
        }
        self.frames.push(f);
        true
    }

    /// Offers the levels between the outermost and the innermost of a
    /// chain resumed at stack address `at`, innermost first.
    fn offer_chain(&mut self, at: usize, outer: Value, inner: Value) -> bool {
        let mut levels = Vec::new();
        let mut level = outer;
        while level != inner && !level.is_null() && levels.len() < (1 << LEVEL_BITS) - 1 {
            levels.push(level);
            level = super::generator::gen_obj(level).delegate.get();
        }
        for (n, &level) in levels.iter().rev().enumerate() {
            let g = super::generator::gen_obj(level);
            let frame = Frame { code: g.code(), position: super::positions::of_line(g.current_line()), address: (at << LEVEL_BITS) + n + 1 };
            if !self.offer(frame) {
                return false;
            }
        }
        true
    }
}

/// Up to `limit` of the Python frames of this thread's VM now, innermost
/// first, after leaving out the `skip` innermost and any at or below
/// `above` (a frame's `address`). Frames of library code CPython writes in
/// C are not counted, as in tracebacks.
#[inline(never)]
pub fn python_frames(above: usize, skip: usize, limit: usize) -> Vec<Frame> {
    let mut wanted = Wanted { above, skip, limit, frames: Vec::new() };
    #[cfg(all(target_arch = "x86_64", target_os = "linux"))]
    {
        let mut at = unwind::Registers::here();
        let (bottom, top) = (at.sp, super::heap::stack_top());
        let mut chains = CHAINS.with(|c| c.borrow().clone());
        RANGES.with(|r| {
            let ranges = r.borrow();
            // Each step moves up the stack, so this ends; the bound is a guard.
            for _ in 0..1_000_000 {
                let up = at.caller(bottom, top);
                // A frame's address is where its caller's stack pointer was.
                let cfa = up.map_or(at.sp, |up| up.sp);
                if let Some(f) = frame_at(&ranges, at.pc, cfa << LEVEL_BITS) {
                    // The chains resumed below this frame come first.
                    while let Some(&(place, outer, inner)) = chains.last().filter(|c| c.0 < cfa) {
                        chains.pop();
                        if !wanted.offer_chain(place, outer, inner) {
                            return;
                        }
                    }
                    if !wanted.offer(f) {
                        return;
                    }
                }
                match up {
                    Some(up) => at = up,
                    None => break,
                }
            }
            while let Some((place, outer, inner)) = chains.pop() {
                if !wanted.offer_chain(place, outer, inner) {
                    return;
                }
            }
        });
    }
    wanted.frames
}

/// The Python frame that `ret`, a return address, continues, if `ret` is
/// that of a positioned call in compiled code; `address` is its frame's.
fn frame_at(ranges: &[CodeRange], ret: usize, address: usize) -> Option<Frame> {
    let i = ranges.partition_point(|c| c.start < ret).checked_sub(1)?;
    let range = ranges.get(i).filter(|c| ret <= c.end)?;
    let offset = (ret - range.start) as u32;
    let at = range.sites.binary_search_by_key(&offset, |s| s.0).ok()?;
    Some(Frame { code: range.code, position: range.sites[at].1, address })
}

#[cfg(all(target_arch = "x86_64", target_os = "linux"))]
mod unwind {
    use std::cell::RefCell;
        use std::sync::OnceLock;

    use gimli::{BaseAddresses, CfaRule, EhFrame, EndianSlice, NativeEndian, ParsedEhFrameHdr, RegisterRule, UnwindContext, UnwindSection, X86_64};

    /// A frame's place in the unwind: the registers that find its caller.
    #[derive(Clone, Copy)]
    pub struct Registers {
        /// Where it runs: a return address, except in the first frame.
        pub pc: usize,
        /// Its stack pointer.
        pub sp: usize,
        /// Its frame pointer (rbp), or whatever Rust code keeps in it.
        pub fp: usize,
        /// `pc` is a return address: its call instruction is just before it.
        returns: bool,
    }

    /// How to find a frame's caller from its registers.
    #[derive(Clone, Copy)]
    struct Step {
        /// The canonical frame address (the stack pointer before the call
        /// into the frame) is this register plus `cfa_offset`.
        cfa_from_fp: bool,
        /// See `cfa_from_fp`.
        cfa_offset: i64,
        /// The return address is saved this far from the frame address.
        ra_offset: i64,
        /// The caller's frame pointer is saved this far from the frame
        /// address, or is still in its register.
        fp_offset: Option<i64>,
    }

    /// A compiled frame: Cranelift pushed the return address and the
    /// caller's frame pointer, then pointed rbp at them.
    const COMPILED: Step = Step { cfa_from_fp: true, cfa_offset: 16, ra_offset: -8, fp_offset: Some(-16) };

    impl Registers {
        /// The registers of the frame that calls this function.
        #[inline(always)]
        pub fn here() -> Registers {
            let (pc, sp, fp): (usize, usize, usize);
            // SAFETY: reads three registers.
            unsafe {
                std::arch::asm!("lea {pc}, [rip]", "mov {sp}, rsp", "mov {fp}, rbp", pc = out(reg) pc, sp = out(reg) sp, fp = out(reg) fp, options(nomem, nostack, preserves_flags));
            }
            Registers { pc, sp, fp, returns: false }
        }

        /// The registers of this frame's caller, if it is below `top`; the
        /// stack is read only between `bottom` and `top`.
        pub fn caller(&self, bottom: usize, top: usize) -> Option<Registers> {
            let step = step_at(if self.returns { self.pc - 1 } else { self.pc })?;
            let word = |at: i64| -> Option<usize> {
                let at = usize::try_from(at).ok().filter(|&a| a >= bottom && a + 8 <= top && a % 8 == 0)?;
                // SAFETY: a word of this thread's live stack, between the walk's frame and the VM's entry frame.
                Some(unsafe { *(at as *const usize) })
            };
            let cfa = if step.cfa_from_fp { self.fp } else { self.sp } as i64 + step.cfa_offset;
            if cfa <= self.sp as i64 || cfa as usize >= top {
                return None;
            }
            let pc = word(cfa + step.ra_offset).filter(|&pc| pc != 0)?;
            let fp = match step.fp_offset {
                Some(offset) => word(cfa + offset)?,
                None => self.fp,
            };
            Some(Registers { pc, sp: cfa as usize, fp, returns: true })
        }
    }

    /// One loaded object's unwind tables.
    struct Object {
        /// Its code and data addresses.
        range: std::ops::Range<usize>,
        /// Where its sections are, for pointer decoding.
        bases: BaseAddresses,
        /// `.eh_frame_hdr`: a sorted table of functions.
        header: ParsedEhFrameHdr<EndianSlice<'static, NativeEndian>>,
        /// `.eh_frame`: the unwind rules.
        frames: EhFrame<EndianSlice<'static, NativeEndian>>,
    }

    // SAFETY: the slices are of loaded objects, which stay mapped.
    unsafe impl Send for Object {}
    unsafe impl Sync for Object {}

    /// The loaded objects (the executable and its shared libraries).
    fn objects() -> &'static [Object] {
        static OBJECTS: OnceLock<Vec<Object>> = OnceLock::new();
        OBJECTS.get_or_init(|| {
            let mut found: Vec<Object> = Vec::new();
            // SAFETY: the callback reads the program headers it is given.
            unsafe { libc::dl_iterate_phdr(Some(add_object), &mut found as *mut Vec<Object> as *mut libc::c_void) };
            found
        })
    }

    /// `dl_iterate_phdr`'s callback: notes the object's unwind tables.
    unsafe extern "C" fn add_object(info: *mut libc::dl_phdr_info, _: libc::size_t, found: *mut libc::c_void) -> libc::c_int {
        // SAFETY: as `dl_iterate_phdr` promises.
        let (info, found) = unsafe { (&*info, &mut *(found as *mut Vec<Object>)) };
        let base = info.dlpi_addr as usize;
        // SAFETY: as above.
        let headers = unsafe { std::slice::from_raw_parts(info.dlpi_phdr, info.dlpi_phnum as usize) };
        let loads: Vec<std::ops::Range<usize>> = headers
            .iter()
            .filter(|h| h.p_type == libc::PT_LOAD)
            .map(|h| base + h.p_vaddr as usize..base + (h.p_vaddr + h.p_memsz) as usize)
            .collect();
        let Some(hdr) = headers.iter().find(|h| h.p_type == libc::PT_GNU_EH_FRAME) else { return 0 };
        let hdr_at = base + hdr.p_vaddr as usize;
        // SAFETY: the segment is mapped.
        let hdr_bytes: &'static [u8] = unsafe { std::slice::from_raw_parts(hdr_at as *const u8, hdr.p_memsz as usize) };
        let hdr_bases = BaseAddresses::default().set_eh_frame_hdr(hdr_at as u64);
        let Ok(header) = gimli::EhFrameHdr::new(hdr_bytes, NativeEndian).parse(&hdr_bases, 8) else { return 0 };
        let Ok(frames_at) = header.eh_frame_ptr().direct() else { return 0 };
        let frames_at = frames_at as usize;
        // `.eh_frame` runs at most to the end of the segment that holds it.
        let Some(segment) = loads.iter().find(|r| r.contains(&frames_at)) else { return 0 };
        // SAFETY: as above.
        let frames_bytes: &'static [u8] = unsafe { std::slice::from_raw_parts(frames_at as *const u8, segment.end - frames_at) };
        let (low, high) = (loads.iter().map(|r| r.start).min().unwrap_or(0), loads.iter().map(|r| r.end).max().unwrap_or(0));
        found.push(Object { range: low..high, bases: hdr_bases.set_eh_frame(frames_at as u64), header, frames: EhFrame::new(frames_bytes, NativeEndian) });
        0
    }

    thread_local! {
        /// The steps found so far, by address (`None`: no way to unwind).
        static STEPS: RefCell<rustc_hash::FxHashMap<usize, Option<Step>>> = RefCell::new(Default::default());
        /// Scratch space for evaluating unwind rules.
        static CONTEXT: RefCell<UnwindContext<usize>> = RefCell::new(UnwindContext::new());
    }

    /// How to unwind a frame running at `pc`: by the unwind tables of the
    /// loaded object it is in, else as compiled code (which is in none).
    /// `None` for code of a loaded object that has no usable rule.
    fn step_at(pc: usize) -> Option<Step> {
        if let Some(step) = STEPS.with(|s| s.borrow().get(&pc).copied()) {
            return step;
        }
        let step = match objects().iter().find(|o| o.range.contains(&pc)) {
            Some(o) => native_step(o, pc),
            None => Some(COMPILED),
        };
        STEPS.with(|s| s.borrow_mut().insert(pc, step));
        step
    }

    /// How to unwind a frame of `o` running at `pc`, from its unwind tables.
    fn native_step(o: &Object, pc: usize) -> Option<Step> {
        let table = o.header.table()?;
        CONTEXT.with(|c| {
            let mut context = c.borrow_mut();
            let row = table.unwind_info_for_address(&o.frames, &o.bases, &mut context, pc as u64, EhFrame::cie_from_offset).ok()?;
            let CfaRule::RegisterAndOffset { register, offset } = *row.cfa() else { return None };
            let cfa_from_fp = match register {
                X86_64::RSP => false,
                X86_64::RBP => true,
                _ => return None,
            };
            let RegisterRule::Offset(ra_offset) = row.register(X86_64::RA)? else { return None };
            let fp_offset = match row.register(X86_64::RBP) {
                None | Some(RegisterRule::SameValue) | Some(RegisterRule::Undefined) => None,
                Some(RegisterRule::Offset(at)) => Some(at),
                Some(_) => return None,
            };
            Some(Step { cfa_from_fp, cfa_offset: offset, ra_offset, fp_offset })
        })
    }
}
