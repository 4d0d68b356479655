//! The growable buffer behind strs built by `+`, which makes `s += t` in a
//! loop linear as in CPython. CPython resizes a str in place when nothing
//! else refers to it; a tracing collector cannot know that, so instead every
//! str made by `+` is a prefix of a buffer with spare room, and appending to
//! the str that ends at the buffer's tip writes into the spare room. The
//! bytes a str sees are never written again, so older strs sharing the
//! buffer keep their text; the buffer is freed when the last of them dies.

use std::alloc::{alloc, dealloc, handle_alloc_error, Layout};
use std::ptr::NonNull;

/// A reference-counted byte buffer; its bytes follow this header in the
/// same allocation.
#[repr(C)]
pub struct SharedText {
    /// How many strs view this buffer.
    refs: usize,
    /// Bytes written so far (the longest str's length).
    used: usize,
    /// Bytes the buffer can hold.
    capacity: usize,
}

impl SharedText {
    fn layout(capacity: usize) -> Layout {
        Layout::from_size_align(std::mem::size_of::<SharedText>() + capacity, std::mem::align_of::<SharedText>())
            .expect("str buffer size")
    }

    /// The first byte of the text.
    fn bytes(buffer: NonNull<SharedText>) -> *mut u8 {
        // SAFETY: the bytes follow the header in the same allocation.
        unsafe { buffer.as_ptr().add(1) as *mut u8 }
    }

    /// A buffer holding `a` then `b`, with room for `spare` more bytes, and
    /// one reference (the caller's str). Returns it and its text.
    pub fn new(a: &str, b: &str, spare: usize) -> (NonNull<SharedText>, &'static str) {
        let used = a.len() + b.len();
        let capacity = used + spare;
        let layout = Self::layout(capacity);
        // SAFETY: the layout is never zero-sized (it holds the header).
        let raw = unsafe { alloc(layout) } as *mut SharedText;
        let Some(buffer) = NonNull::new(raw) else { handle_alloc_error(layout) };
        // SAFETY: freshly allocated with room for the header and `capacity` bytes.
        unsafe {
            raw.write(SharedText { refs: 1, used, capacity });
            let data = Self::bytes(buffer);
            std::ptr::copy_nonoverlapping(a.as_ptr(), data, a.len());
            std::ptr::copy_nonoverlapping(b.as_ptr(), data.add(a.len()), b.len());
        }
        (buffer, Self::text(buffer, used))
    }

    /// Appends `tail` to `text` inside the buffer when `text` ends at its tip
    /// and the room is there; returns the longer text (and counts its new
    /// reference), or None.
    pub fn append(buffer: NonNull<SharedText>, text: &str, tail: &str) -> Option<&'static str> {
        // SAFETY: a live str holds a reference, so the buffer is alive; the
        // VM is single-threaded.
        let header = unsafe { &mut *buffer.as_ptr() };
        let at_tip = text.as_ptr() == Self::bytes(buffer) as *const u8 && text.len() == header.used;
        if !at_tip || header.capacity - header.used < tail.len() {
            return None;
        }
        // SAFETY: the bytes past `used` are in the allocation and no str
        // sees them yet.
        unsafe { std::ptr::copy_nonoverlapping(tail.as_ptr(), Self::bytes(buffer).add(header.used), tail.len()) };
        header.used += tail.len();
        header.refs += 1;
        Some(Self::text(buffer, header.used))
    }

    /// The first `len` bytes, which are written UTF-8.
    fn text(buffer: NonNull<SharedText>, len: usize) -> &'static str {
        // SAFETY: bytes below `used` are written once, from strs, and never
        // changed; they live while any str refers to the buffer.
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(Self::bytes(buffer), len)) }
    }

    /// Drops one str's reference, freeing the buffer with the last.
    ///
    /// # Safety
    /// The caller's str held a reference and no longer uses its text.
    pub unsafe fn release(buffer: NonNull<SharedText>) {
        let header = &mut *buffer.as_ptr();
        header.refs -= 1;
        if header.refs == 0 {
            let layout = Self::layout(header.capacity);
            dealloc(buffer.as_ptr() as *mut u8, layout);
        }
    }
}
