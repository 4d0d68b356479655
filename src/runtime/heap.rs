//! The object heap and its collector: a non-moving mark-and-sweep heap of
//! size-classed blocks inside one reserved address range.
//!
//! Roots in native frames are found by *conservative stack scanning*: every
//! word of the machine stack (and the callee-saved registers, spilled first)
//! that points into an allocated slot marks that object. We chose this over
//! Cranelift stack maps or a shadow stack because it costs nothing on the
//! fast path of JIT code (no spills, no bookkeeping per call) and because the
//! Rust runtime helpers then need no manual rooting for values held in their
//! own locals. It requires a non-moving heap and a cheap "is this a heap
//! pointer" test, which the single reserved range and per-block size classes
//! give (interior pointers count too). Values kept only in Rust heap memory
//! (a `Vec` not owned by a heap object) are invisible to the scan: such code
//! must hold them in a heap object or in a `Rooted` scope (see `roots`).

use std::cell::{Cell, RefCell};

use super::object::{Header, Kind};
use super::value::Value;

/// Size of one block; blocks are aligned to it.
const BLOCK: usize = 256 * 1024;
/// Bytes allocated before the first collection, and the least between two:
/// small enough that a program making garbage stays near its live size.
const MIN_THRESHOLD: usize = 2 << 20;
/// Address space reserved for the heap (only touched pages use memory).
const RESERVE: usize = 32 << 30;
/// Slot sizes of the small-object classes, in bytes: every word up to 128
/// (objects are 8-byte aligned, and most are a header plus a few words, so
/// a float takes 24 bytes), then coarser steps.
const CLASSES: [usize; 27] =
    [16, 24, 32, 40, 48, 56, 64, 72, 80, 88, 96, 104, 112, 120, 128, 160, 192, 224, 256, 320, 384, 512, 640, 768, 1024, 1536, 2048];
/// Marks a block that holds (part of) a large object, not slots.
const LARGE: u8 = 0xfe;
/// Marks a block not yet in use.
const UNUSED: u8 = 0xff;

/// What the collector knows about one block.
#[derive(Clone, Copy)]
struct BlockInfo {
    /// Index into `CLASSES`, or `LARGE`/`UNUSED`.
    class: u8,
    /// For a large object: the index of its first block.
    head: u32,
    /// For the first block of a large object: how many blocks it spans.
    span: u32,
}

/// The heap of one VM thread.
pub struct Heap {
    /// Start of the reserved range.
    base: usize,
    /// Blocks handed out so far (a bump pointer over the range).
    used_blocks: usize,
    /// Per-block metadata, indexed by block number.
    blocks: Vec<BlockInfo>,
    /// Free-slot lists per size class (threaded through the slots' headers).
    free: [Value; CLASSES.len()],
    /// Per size class, the never used end `(next, end)` of its newest block:
    /// slots are handed out from there by address, so a new block's pages
    /// are touched only as it fills (threading it onto a free list would
    /// touch them all at once). Its headers read as zero: free.
    fresh: [(usize, usize); CLASSES.len()],
    /// Whole blocks freed by sweeping, ready for reuse.
    free_blocks: Vec<usize>,
    /// Bytes allocated since the last collection.
    allocated: usize,
    /// Collect when `allocated` passes this.
    threshold: usize,
    /// Bytes found live by the last collection.
    live: usize,
    /// The allocator's outstanding bytes after the last collection (see
    /// `malloc_count`): what it grew by since counts as allocated.
    malloc_base: isize,
    /// Collect at every allocation (`CORO_GC_STRESS=1`).
    stress: bool,
    /// Report each collection on stderr (`CORO_GC_TRACE=1`).
    trace: bool,
    /// Nonzero while collection is not allowed.
    inhibit: u32,
    /// Highest address of the machine stack to scan (the VM entry frame).
    stack_top: usize,
    /// Bytes the heap may keep live (`usize::MAX`: no cap; see `limits.rs`).
    limit: usize,
    /// The last collection found more live bytes than `limit`.
    over: bool,
}

thread_local! {
    /// The heap, leaked once started. A plain pointer (no destructor to
    /// register) keeps every allocation's thread-local access a single load.
    static HEAP: Cell<*mut Heap> = const { Cell::new(std::ptr::null_mut()) };
    /// Values rooted by Rust code for the duration of a scope.
    static ROOTED: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
    /// Extra root sets registered by the VM (globals, constants, queues).
    static ROOT_FNS: RefCell<Vec<fn(&mut dyn FnMut(Value))>> = const { RefCell::new(Vec::new()) };
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// Run after marking: each is told which objects are marked and names
    /// unmarked ones to keep (with everything they reference) for a
    /// finalizer that must see them whole.
    static RESURRECTORS: RefCell<Vec<Resurrector>> = const { RefCell::new(Vec::new()) };
    static FORGETTERS: RefCell<Vec<Forgetter>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    /// Decides, after marking, which unreachable objects live on to be
    /// finalized by running code (a suspended generator's `finally`);
    /// None while no object can need it.
    static FINALIZABLE: Cell<Option<fn(*mut Header) -> bool>> = const { Cell::new(None) };
    /// The objects `FINALIZABLE` may pick, noted as they are made
    /// (`may_finalize`): a collection asks only these, not the whole heap.
    static CANDIDATES: RefCell<Vec<*mut Header>> = const { RefCell::new(Vec::new()) };
    /// Unreachable objects kept for finalizing (roots until taken).
    static TO_FINALIZE: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// From now on, each collection keeps the unreachable objects `wants`
/// picks, for `take_finalizable`.
pub fn set_finalizable(wants: fn(*mut Header) -> bool) {
    FINALIZABLE.with(|f| f.set(Some(wants)));
}

/// Notes a new object the `set_finalizable` test may pick once it is
/// unreachable; others are never asked.
pub fn may_finalize(obj: *mut Header) {
    CANDIDATES.with(|c| c.borrow_mut().push(obj));
}

/// True once some object may need finalizing (see `set_finalizable`).
pub fn finalizing() -> bool {
    FINALIZABLE.with(|f| f.get().is_some())
}

/// The unreachable objects kept to be finalized since the last call,
/// oldest first; no longer roots, so the caller keeps them while it runs
/// their finalizers.
pub fn take_finalizable() -> Vec<Value> {
    TO_FINALIZE.with(|t| std::mem::take(&mut *t.borrow_mut()))
}

/// A post-mark hook: given "is this object marked?", returns the dead
/// objects to keep alive through this collection.
pub type Resurrector = fn(&dyn Fn(Value) -> bool) -> Vec<Value>;

/// Registers a post-mark hook (see `Resurrector`).
pub fn add_resurrector(f: Resurrector) {
    RESURRECTORS.with(|r| r.borrow_mut().push(f));
}

/// A hook run when marking is over (resurrections included), before the
/// sweep: given "is this object marked?", a side table drops what it
/// keeps for objects about to be freed.
pub type Forgetter = fn(&dyn Fn(Value) -> bool);

/// Registers a `Forgetter`.
pub fn add_forgetter(f: Forgetter) {
    FORGETTERS.with(|r| r.borrow_mut().push(f));
}

/// How the collector traces and finalizes each kind of object.
pub struct KindHooks {
    /// Calls `visit` on every value the object references.
    pub trace: unsafe fn(*mut Header, &mut dyn FnMut(Value)),
    /// Drops the object's Rust-owned parts (None: it owns none, and the
    /// sweep just reuses the slot).
    pub finalize: Option<unsafe fn(*mut Header)>,
}

/// The trace/finalize hooks of each kind, by kind number.
type HookTable = [&'static KindHooks; Kind::COUNT];

thread_local! {
    static HOOKS: Cell<Option<&'static HookTable>> = const { Cell::new(None) };
}

/// Installs the per-kind trace/finalize hooks (done once by the runtime):
/// kept as a table, so the collector finds an object's with one load.
pub fn set_hooks(hooks: fn(Kind) -> &'static KindHooks) {
    let table: HookTable = std::array::from_fn(|n| hooks(Kind::from_index(n)));
    HOOKS.with(|h| h.set(Some(Box::leak(Box::new(table)))));
}

/// Registers a function that reports extra roots at every collection.
pub fn add_root_set(f: fn(&mut dyn FnMut(Value))) {
    ROOT_FNS.with(|r| r.borrow_mut().push(f));
}

/// The size class of each size in 8-byte steps up to the largest class.
const CLASS_OF_STEP: [u8; LARGEST_SMALL / 8 + 1] = {
    let mut table = [0u8; LARGEST_SMALL / 8 + 1];
    let (mut step, mut class) = (0, 0);
    while step < table.len() {
        while CLASSES[class] < step * 8 {
            class += 1;
        }
        table[step] = class as u8;
        step += 1;
    }
    table
};

/// The largest size a small slot holds.
const LARGEST_SMALL: usize = CLASSES[CLASSES.len() - 1];

#[inline]
fn class_for(size: usize) -> Option<usize> {
    (size <= LARGEST_SMALL).then(|| CLASS_OF_STEP[size.div_ceil(8)] as usize)
}

impl Heap {
    fn new(stack_top: usize) -> Heap {
        // SAFETY: an anonymous private mapping; MAP_NORESERVE so that only
        // touched pages count against memory.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                RESERVE + BLOCK,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            eprintln!("coro: cannot reserve memory for the heap");
            std::process::exit(1);
        }
        let base = (base as usize + BLOCK - 1) & !(BLOCK - 1);
        Heap {
            base,
            used_blocks: 0,
            blocks: Vec::new(),
            free: [Value::NULL; CLASSES.len()],
            fresh: [(0, 0); CLASSES.len()],
            free_blocks: Vec::new(),
            allocated: 0,
            threshold: MIN_THRESHOLD,
            live: 0,
            malloc_base: 0,
            stress: std::env::var_os("CORO_GC_STRESS").is_some_and(|v| v != "0"),
            trace: std::env::var_os("CORO_GC_TRACE").is_some_and(|v| v != "0"),
            inhibit: 0,
            stack_top,
            limit: usize::MAX,
            over: false,
        }
    }

    /// Bytes the allocator has handed out (net) since the last collection.
    #[inline]
    fn malloc_growth(&self) -> usize {
        (super::malloc_count::outstanding() - self.malloc_base).max(0) as usize
    }

    fn new_blocks(&mut self, count: usize) -> usize {
        if count == 1 {
            if let Some(b) = self.free_blocks.pop() {
                return b;
            }
        }
        let first = self.used_blocks;
        if (first + count) * BLOCK > RESERVE {
            eprintln!("MemoryError: coro's heap is exhausted");
            std::process::exit(1);
        }
        self.used_blocks += count;
        self.blocks.resize(self.used_blocks, BlockInfo { class: UNUSED, head: 0, span: 0 });
        first
    }

    fn block_addr(&self, block: usize) -> usize {
        self.base + block * BLOCK
    }

    /// Carves a fresh block into free slots of size class `class`.
    fn alloc_small(&mut self, class: usize) -> *mut u8 {
        let slot = self.free[class];
        if !slot.is_null() {
            self.free[class] = slot.header().class.get();
            return slot.ptr();
        }
        let size = CLASSES[class];
        let (next, end) = self.fresh[class];
        if next < end {
            self.fresh[class].0 = next + size;
            return next as *mut u8;
        }
        let block = self.new_blocks(1);
        self.blocks[block] = BlockInfo { class: class as u8, head: block as u32, span: 1 };
        let start = self.block_addr(block);
        self.fresh[class] = (start + size, start + BLOCK / size * size);
        start as *mut u8
    }

    /// How many slots of the small block at `start` (of `class`) have been
    /// handed out at some time: all but its never used end, if it has one.
    fn used_slots(&self, class: usize, start: usize) -> usize {
        let size = CLASSES[class];
        let (next, end) = self.fresh[class];
        if next < end && next >= start && next < start + BLOCK {
            (next - start) / size
        } else {
            BLOCK / size
        }
    }

    fn alloc_large(&mut self, size: usize) -> *mut u8 {
        let count = size.div_ceil(BLOCK);
        let first = self.new_blocks(count);
        for b in first..first + count {
            self.blocks[b] = BlockInfo { class: LARGE, head: first as u32, span: if b == first { count as u32 } else { 0 } };
        }
        self.block_addr(first) as *mut u8
    }

    /// The object whose slot contains `addr`, if any.
    fn find_object(&self, addr: usize) -> Option<*mut Header> {
        if addr < self.base || addr >= self.base + self.used_blocks * BLOCK {
            return None;
        }
        let block = (addr - self.base) / BLOCK;
        let info = self.blocks[block];
        let slot = match info.class {
            UNUSED => return None,
            LARGE => self.block_addr(info.head as usize),
            class => {
                let size = CLASSES[class as usize];
                let start = self.block_addr(block);
                start + (addr - start) / size * size
            }
        };
        let header = slot as *mut Header;
        // SAFETY: slot is the start of a slot inside a block in use.
        if unsafe { (*header).kind.get() } == Kind::Free {
            return None;
        }
        Some(header)
    }
}

/// Runs `f` with the heap; the heap must have been started.
fn with_heap<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    let h = HEAP.with(|h| h.get());
    assert!(!h.is_null(), "the heap is started by the VM");
    // SAFETY: leaked by `start`; the VM is single-threaded and no caller
    // nests `with_heap` (each use is a short, non-reentrant step).
    f(unsafe { &mut *h })
}

/// Starts this thread's heap. `stack_top` is an address in the outermost
/// frame whose callees may hold heap values.
pub fn start(stack_top: usize) {
    HEAP.with(|h| {
        if h.get().is_null() {
            h.set(Box::leak(Box::new(Heap::new(stack_top))));
        }
    });
}

/// Allocates `object` on the heap and returns its address. A collection may
/// run first; the new object itself is never collected by it.
pub fn alloc<T>(object: T) -> *mut T {
    alloc_with_tail(object, 0)
}

/// Allocates `object` followed by `tail` values, all NULL (for objects with
/// an inline array after their struct, like a generator's frame).
pub fn alloc_with_tail<T>(object: T, tail: usize) -> *mut T {
    let ptr = alloc_uncollected(object, tail);
    // SAFETY: the slot has room for `tail` values after the object.
    unsafe { std::ptr::write_bytes(ptr.add(1) as *mut Value, 0, tail) };
    collect_if_due(ptr);
    ptr
}

/// Takes a slot for `object` and `tail` values after it and writes the
/// object; the caller fills the tail before calling `collect_if_due`.
#[inline]
fn alloc_uncollected<T>(object: T, tail: usize) -> *mut T {
    let size = (std::mem::size_of::<T>() + tail * 8).max(16);
    debug_assert!(std::mem::align_of::<T>() <= 8);
    let ptr = with_heap(|h| {
        h.allocated += size;
        match class_for(size) {
            Some(class) => h.alloc_small(class),
            None => h.alloc_large(size),
        }
    }) as *mut T;
    // SAFETY: the slot is at least `size` bytes, suitably aligned, and free.
    unsafe { ptr.write(object) };
    ptr
}

/// Collects when what was allocated since the last collection calls for
/// it, keeping `new` (just allocated and filled in) alive.
#[inline]
fn collect_if_due<T>(new: *mut T) {
    if with_heap(|h| h.inhibit == 0 && (h.stress || h.allocated + h.malloc_growth() >= h.threshold)) {
        if with_heap(|h| h.stress) {
            // The stress mode's collections do not count as time passing on
            // the program's clocks: timers keep the order they have without it.
            crate::modules::time::off_the_clock(|| collect_with(&[Value::from_ptr(new)]));
        } else {
            collect_with(&[Value::from_ptr(new)]);
        }
    }
}

/// Allocates `object` followed by a copy of `values` (in place before any
/// collection the allocation triggers, so the collector sees them).
pub fn alloc_with_values<T>(object: T, values: &[Value]) -> *mut T {
    let ptr = alloc_uncollected(object, values.len());
    // SAFETY: the slot has room for the values after the object.
    unsafe { std::ptr::copy_nonoverlapping(values.as_ptr(), ptr.add(1) as *mut Value, values.len()) };
    collect_if_due(ptr);
    ptr
}

/// Allocates `object` followed by a copy of `bytes` (a short str's text),
/// copied before any collection could free what they were read from.
pub fn alloc_with_bytes<T>(object: T, bytes: &[u8]) -> *mut T {
    let ptr = alloc_uncollected(object, bytes.len().div_ceil(8));
    // SAFETY: the slot has room for the bytes after the object.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr.add(1) as *mut u8, bytes.len()) };
    collect_if_due(ptr);
    ptr
}

/// Calls `f` on every object in the heap, reachable or not (at exit, to
/// report what CPython reports when it clears everything).
pub fn for_each_object(f: impl FnMut(*mut Header)) {
    with_heap(|h| h.each_object(f));
}

impl Heap {
    /// Calls `f` on every allocated object.
    fn each_object(&self, mut f: impl FnMut(*mut Header)) {
        let mut block = 0;
        while block < self.used_blocks {
            let info = self.blocks[block];
            let start = self.block_addr(block);
            match info.class {
                UNUSED => block += 1,
                LARGE => {
                    f(start as *mut Header);
                    block += (info.span as usize).max(1);
                }
                class => {
                    let size = CLASSES[class as usize];
                    for i in 0..self.used_slots(class as usize, start) {
                        let header = (start + i * size) as *mut Header;
                        // SAFETY: every slot of a small block starts with a header.
                        if unsafe { (*header).kind.get() } != Kind::Free {
                            f(header);
                        }
                    }
                    block += 1;
                }
            }
        }
    }
}

/// Counts `bytes` of memory an object owns outside the heap (a bytes
/// object's payload) toward the next collection, which the next allocation
/// then starts when due.
pub fn note_external(bytes: usize) {
    // A counting allocator (see `malloc_count`) sees these bytes already.
    if super::malloc_count::outstanding() > 0 {
        return;
    }
    with_heap(|h| h.allocated += bytes);
}

/// Runs `f` with collection disabled.
pub fn without_gc<R>(f: impl FnOnce() -> R) -> R {
    with_heap(|h| h.inhibit += 1);
    let r = f();
    with_heap(|h| h.inhibit -= 1);
    r
}

/// Keeps values alive while Rust code holds them outside heap objects.
pub struct Rooted {
    /// Length of the rooted stack when this scope began.
    mark: usize,
}

impl Rooted {
    pub fn new() -> Rooted {
        Rooted { mark: ROOTED.with(|r| r.borrow().len()) }
    }

    /// Roots `v` until this scope ends.
    pub fn add(&self, v: Value) -> Value {
        ROOTED.with(|r| r.borrow_mut().push(v));
        v
    }
}

impl Default for Rooted {
    fn default() -> Self {
        Rooted::new()
    }
}

impl Drop for Rooted {
    fn drop(&mut self) {
        ROOTED.with(|r| r.borrow_mut().truncate(self.mark));
    }
}

/// Collects garbage now. The stack below is cleared first, so that the
/// collector's own frames hold zeros where they hold nothing yet, not old
/// values the conservative scan would take for roots: a collection the
/// program asks for should free what it has dropped.
pub fn collect() {
    clear_stack_below();
    collect_with(&[]);
}

/// Every live object of `kind`, by address, after a collection (so that
/// unreachable ones are gone): for the rare questions only a walk of the
/// heap answers (`cls.__subclasses__()`).
pub fn live_objects_of(kind: Kind) -> Vec<Value> {
    collect();
    let mut found = Vec::new();
    // SAFETY: `each_object` reports allocated objects only.
    with_heap(|heap| heap.each_object(|h| if unsafe { (*h).kind.get() } == kind { found.push(Value::from_ptr(h)) }));
    found.sort_by_key(|v| v.0);
    found
}

/// Zeroes the 2 KiB of stack below the caller's frame, where the frames of
/// its next calls go: a slot they leave unwritten then holds no stale
/// object address for the conservative stack scan to find.
#[inline(never)]
pub fn clear_stack_near() {
    let mut area = [0u64; 256];
    std::hint::black_box(&mut area);
}

/// Zeroes the 16 KiB of stack below the caller's frame.
#[inline(never)]
fn clear_stack_below() {
    let mut area = [0u64; 2048];
    std::hint::black_box(&mut area);
}

/// The callee-saved registers, spilled so the stack scan sees them.
#[inline(never)]
fn spill_registers() -> [usize; 8] {
    let mut regs = [0usize; 8];
    // SAFETY: only reads registers into a local array.
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12", "mov [{0} + 24], r13",
            "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(), options(nostack)
        );
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            in(reg) regs.as_mut_ptr(), options(nostack)
        );
    }
    regs
}

/// Collects (see `collect_frames`), then zeroes the stack the collector's
/// frames used: they hold heap addresses (the heap's bounds, block and
/// free-list addresses) that a frame made later there may leave unwritten,
/// and that an object allocated afterwards may start at.
#[inline(never)]
fn collect_with(extra: &[Value]) {
    collect_frames(extra);
    clear_stack_below();
}

#[inline(never)]
fn collect_frames(extra: &[Value]) {
    if COLLECTING.with(|c| c.replace(true)) {
        return;
    }
    let regs = std::hint::black_box(spill_registers());
    let stack_bottom = &regs as *const _ as usize;
    let hooks = HOOKS.with(|h| h.get()).expect("the runtime installs GC hooks");
    let mut stack: Vec<*mut Header> = Vec::new();
    with_heap(|heap| {
        let mark = |addr: usize, stack: &mut Vec<*mut Header>| {
            if let Some(obj) = heap.find_object(addr) {
                // SAFETY: find_object returns allocated objects only.
                let header = unsafe { &*obj };
                if !header.mark.get() {
                    header.mark.set(true);
                    stack.push(obj);
                }
            }
        };
        // Conservative roots: the machine stack and spilled registers.
        let mut p = stack_bottom & !7;
        while p < heap.stack_top {
            // SAFETY: the range lies within this thread's live stack.
            let word = unsafe { *(p as *const usize) };
            mark(word, &mut stack);
            p += 8;
        }
        for r in regs {
            mark(r, &mut stack);
        }
        for v in extra {
            mark(v.0 as usize, &mut stack);
        }
        ROOTED.with(|r| {
            for v in r.borrow().iter() {
                mark(v.0 as usize, &mut stack);
            }
        });
        TO_FINALIZE.with(|t| {
            for v in t.borrow().iter() {
                mark(v.0 as usize, &mut stack);
            }
        });
        ROOT_FNS.with(|fns| {
            for f in fns.borrow().iter() {
                f(&mut |v| mark(v.0 as usize, &mut stack));
            }
        });
        // Precise tracing from there: a traced value is the start of an
        // object (or a sentinel word outside the heap), so no slot search.
        let (low, high) = (heap.base, heap.base + heap.used_blocks * BLOCK);
        let mark_exact = |addr: usize, stack: &mut Vec<*mut Header>| {
            if addr >= low && addr < high {
                // SAFETY: a value inside the heap is an object's address.
                let header = unsafe { &*(addr as *const Header) };
                if !header.mark.get() {
                    header.mark.set(true);
                    stack.push(addr as *mut Header);
                }
            }
        };
        let drain = |stack: &mut Vec<*mut Header>| {
            while let Some(obj) = stack.pop() {
                // SAFETY: obj is an allocated object; its kind's hooks match it.
                unsafe {
                    let kind = (*obj).kind.get();
                    mark_exact((*obj).class.get().0 as usize, stack);
                    (hooks[kind as usize].trace)(obj, &mut |v: Value| {
                        if v.is_obj() {
                            mark_exact(v.0 as usize, stack);
                        }
                    });
                }
            }
        };
        drain(&mut stack);
        if let Some(wants) = FINALIZABLE.with(|f| f.get()) {
            // SAFETY: candidates are allocated: a collection forgets each
            // as it frees it (below).
            let kept: Vec<*mut Header> = CANDIDATES.with(|c| {
                c.borrow().iter().copied().filter(|&h| !unsafe { (*h).mark.get() } && wants(h)).collect()
            });
            for &h in &kept {
                mark_exact(h as usize, &mut stack);
            }
            drain(&mut stack);
            TO_FINALIZE.with(|t| t.borrow_mut().extend(kept.into_iter().map(Value::from_ptr)));
        }
        let is_marked = |v: Value| v.is_obj() && (v.0 as usize) >= low && (v.0 as usize) < high && v.header().mark.get();
        let resurrectors: Vec<Resurrector> = RESURRECTORS.with(|r| r.borrow().clone());
        for resurrect in resurrectors {
            for v in resurrect(&is_marked) {
                mark_exact(v.0 as usize, &mut stack);
            }
            drain(&mut stack);
        }
        let forgetters: Vec<Forgetter> = FORGETTERS.with(|r| r.borrow().clone());
        for forget in forgetters {
            forget(&is_marked);
        }
        // SAFETY: as above; what is unmarked now is freed by the sweep.
        CANDIDATES.with(|c| c.borrow_mut().retain(|&h| unsafe { (*h).mark.get() }));
        sweep(heap, hooks);
    });
    COLLECTING.with(|c| c.set(false));
    if with_heap(|h| h.over) {
        super::limits::poke();
    }
}

fn sweep(heap: &mut Heap, hooks: &HookTable) {
    let mut live = 0usize;
    heap.free = [Value::NULL; CLASSES.len()];
    let mut block = 0;
    while block < heap.used_blocks {
        let info = heap.blocks[block];
        let start = heap.block_addr(block);
        match info.class {
            UNUSED => block += 1,
            LARGE => {
                let span = info.span as usize;
                let header = start as *mut Header;
                // SAFETY: the head block of a large object starts with its header.
                unsafe {
                    if (*header).mark.get() {
                        (*header).mark.set(false);
                        live += span * BLOCK;
                    } else {
                        let kind = (*header).kind.get();
                        if let Some(finalize) = hooks[kind as usize].finalize {
                            finalize(header);
                        }
                        for b in block..block + span {
                            heap.blocks[b] = BlockInfo { class: UNUSED, head: 0, span: 0 };
                            release(heap.block_addr(b));
                            heap.free_blocks.push(b);
                        }
                    }
                }
                block += span.max(1);
            }
            class => {
                let size = CLASSES[class as usize];
                let mut free_list = heap.free[class as usize];
                let mut block_live = 0;
                for i in 0..heap.used_slots(class as usize, start) {
                    let header = (start + i * size) as *mut Header;
                    // SAFETY: every slot of a small block starts with a header.
                    unsafe {
                        let kind = (*header).kind.get();
                        if kind != Kind::Free {
                            if (*header).mark.get() {
                                (*header).mark.set(false);
                                block_live += size;
                                continue;
                            }
                            if let Some(finalize) = hooks[kind as usize].finalize {
                                finalize(header);
                            }
                        }
                        header.write(Header::new(free_list, Kind::Free));
                        free_list = Value::from_ptr(header);
                    }
                }
                heap.free[class as usize] = free_list;
                live += block_live;
                block += 1;
            }
        }
    }
    heap.live = live;
    heap.allocated = 0;
    // The finalizers above freed what dead objects owned outside the heap;
    // what the allocator still holds counts as live too.
    heap.malloc_base = super::malloc_count::outstanding();
    let outside = heap.malloc_base.max(0) as usize;
    // Collect again once as much was allocated as survived: memory stays
    // under about twice its live size.
    heap.threshold = (live + outside).max(MIN_THRESHOLD);
    if heap.trace {
        eprintln!("gc: live {} KB, heap {} KB, outside the heap {} KB", live / 1024, heap.used_blocks * BLOCK / 1024, outside / 1024);
    }
    if heap.limit != usize::MAX {
        // Collect again by the time the cap could be reached.
        heap.threshold = heap.threshold.min(heap.limit.saturating_sub(live).max(64 << 10));
        heap.over = live > heap.limit;
    }
}

/// Gives a dead large object's pages back to the system.
fn release(addr: usize) {
    // SAFETY: the block is ours and no longer referenced.
    unsafe {
        libc::madvise(addr as *mut libc::c_void, BLOCK, libc::MADV_DONTNEED);
    }
}

/// Caps the bytes the heap may keep live (None: no cap).
pub fn set_limit(bytes: Option<usize>) {
    with_heap(|h| {
        h.limit = bytes.unwrap_or(usize::MAX);
        h.over = false;
        if let Some(b) = bytes {
            h.threshold = h.threshold.min(b.max(64 << 10));
        }
    });
}

/// True when the last collection found the heap over its cap.
pub fn over_limit() -> bool {
    with_heap(|h| h.over)
}

/// The highest stack address the scan covers (the VM's entry frame).
pub fn stack_top() -> usize {
    with_heap(|h| h.stack_top)
}

/// Moves the top of the stack scan up to `top` if it is higher (an
/// embedding host may enter the VM from a shallower frame than the one
/// that started it).
pub fn raise_stack_top(top: usize) {
    with_heap(|h| h.stack_top = h.stack_top.max(top));
}

/// The bytes of the heap slot holding `v` (0 for a value stored in its
/// word, such as a small int): what `sys.getsizeof` reports.
pub fn slot_bytes(v: Value) -> usize {
    if !v.is_obj() {
        return 0;
    }
    with_heap(|h| {
        let addr = v.0 as usize;
        if addr < h.base || addr >= h.base + h.used_blocks * BLOCK {
            // Static objects (None, True, interned constants) live outside the heap.
            return 0;
        }
        let info = h.blocks[(addr - h.base) / BLOCK];
        match info.class {
            UNUSED => 0,
            LARGE => h.blocks[info.head as usize].span as usize * BLOCK,
            class => CLASSES[class as usize],
        }
    })
}

/// Bytes found live by the last collection.
pub fn live_bytes() -> usize {
    with_heap(|h| h.live)
}
