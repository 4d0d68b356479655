//! Where compiled code lives. cranelift-jit's own providers give every
//! finalization fresh pages (a page is made executable, so nothing more is
//! written to it) and change protections by syscall each time. Functions
//! here are compiled one at a time, on first call, so that cost a mapping,
//! a protection change and a page fault per function, and spread small
//! functions over many pages. This provider packs all code and data of
//! every JIT module in the process densely into chunks mapped readable,
//! writable and executable once: no syscall per function, and code that
//! runs together shares pages.
//!
//! Code is never freed (compiled code lives as long as the process, as the
//! function objects pointing at it may). Where the system refuses writable
//! and executable mappings, `provider` returns None and cranelift-jit's
//! default provider is used instead.

use std::io;
use std::sync::Mutex;

use cranelift_jit::{BranchProtection, JITMemoryKind, JITMemoryProvider};
use cranelift_module::ModuleResult;

/// Size of each mapping (reserved lazily: pages are touched as filled).
const CHUNK: usize = 64 << 20;

/// The chunk being filled, shared by all JIT modules of the process.
struct Chunk {
    /// Next free byte.
    next: usize,
    /// End of the chunk.
    end: usize,
}

static CURRENT: Mutex<Chunk> = Mutex::new(Chunk { next: 0, end: 0 });

/// Maps a new readable, writable and executable chunk of `len` bytes.
fn map_chunk(len: usize) -> Option<usize> {
    // SAFETY: an anonymous private mapping; no existing memory is touched.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE | libc::PROT_EXEC,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as usize)
}

/// The packed provider, or None where it cannot be used (only x86-64
/// needs no instruction-cache maintenance after writing code).
pub fn provider() -> Option<Box<dyn JITMemoryProvider + Send>> {
    if !cfg!(target_arch = "x86_64") {
        return None;
    }
    let mut c = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
    if c.end == 0 {
        let start = map_chunk(CHUNK)?;
        *c = Chunk { next: start, end: start + CHUNK };
    }
    Some(Box::new(PackedMemory))
}

/// A JIT module's handle on the shared chunks.
struct PackedMemory;

impl JITMemoryProvider for PackedMemory {
    fn allocate(&mut self, size: usize, align: u64, _: JITMemoryKind) -> io::Result<*mut u8> {
        let align = (align as usize).max(16);
        let mut c = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
        let mut at = c.next.next_multiple_of(align);
        if at + size > c.end {
            let len = CHUNK.max(size.next_multiple_of(4096) + align);
            let start = map_chunk(len).ok_or_else(io::Error::last_os_error)?;
            *c = Chunk { next: start, end: start + len };
            at = start.next_multiple_of(align);
        }
        c.next = at + size;
        Ok(at as *mut u8)
    }

    unsafe fn free_memory(&mut self) {}

    fn finalize(&mut self, _: BranchProtection) -> ModuleResult<()> {
        // Already executable; x86-64 keeps instruction fetch coherent
        // with stores, and the caller runs the code on this thread.
        Ok(())
    }
}
