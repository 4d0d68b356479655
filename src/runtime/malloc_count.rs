//! Counts the bytes the process's allocator has outstanding on each thread,
//! so that the collector sees memory objects own outside its heap (a
//! list's items, a str's text, a dict's table): garbage that holds much of
//! it starts a collection as soon as heap allocation would. The `coro`
//! binary installs `CountingAllocator` as the global allocator; an
//! embedding host may too (without it the count stays 0 and only the heap,
//! and what `heap::note_external` reports, drive collection).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread (memory freed on
    /// another thread than its own may leave it below zero).
    static OUTSTANDING: Cell<isize> = const { Cell::new(0) };
}

/// Adds `delta` to this thread's count (no-op while the thread is exiting).
#[inline]
fn count(delta: isize) {
    let _ = OUTSTANDING.try_with(|c| c.set(c.get().wrapping_add(delta)));
}

/// Bytes the allocator has outstanding for this thread (0 when
/// `CountingAllocator` is not installed).
#[inline]
pub fn outstanding() -> isize {
    OUTSTANDING.try_with(|c| c.get()).unwrap_or(0)
}

/// The system allocator, counting what each thread has outstanding.
pub struct CountingAllocator;

// SAFETY: every call goes to the system allocator unchanged.
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc(layout)
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size() as isize);
        System.alloc_zeroed(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(-(layout.size() as isize));
        System.dealloc(ptr, layout)
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size as isize - layout.size() as isize);
        System.realloc(ptr, layout, new_size)
    }
}
