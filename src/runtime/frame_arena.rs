//! Where `await f(...)` puts the coroutine it starts, when `f` is a
//! coroutine function (and `yield from f(...)` the generator, when `f` is a
//! generator function): a stack of generator objects beside the heap.
//!
//! Nothing but the delegating frame can see such an object, so it needs no
//! heap object while it runs. Compiled code bumps `top`, builds the object
//! there and calls its resume function directly; when it finishes (the
//! common case of awaiting a helper) the caller resets `top` and the call
//! cost no allocation at all. When it suspends instead, `suspended` moves
//! it to the heap (its only reference is the delegating frame's
//! `delegate`, set from the result) and resets `top`. Objects it delegated
//! to suspended first, so they are on the heap already: the stack only
//! ever holds the objects currently running, innermost on top, and is
//! always unwound in order.
//!
//! The collector reads every object here as a root (see `trace`); heap
//! objects never point here.

use std::cell::Cell;

use super::generator::{self, GenObj, FRAME_OFFSET};
use super::heap;
use super::value::Value;
use super::vm::vm;

/// Bytes of room: deep enough for the recursion limit's worth of ordinary
/// frames. Past it, compiled code makes heap coroutines instead.
const ROOM: usize = 1 << 20;

/// The stack of running awaited coroutines.
#[repr(C)]
pub struct FrameArena {
    /// Address of the first free byte (bumped and reset by compiled code).
    top: Cell<usize>,
    /// End of the room (compiled code checks a new object ends before it).
    limit: usize,
    /// Start of the room.
    base: usize,
    /// The memory; zeroed pages cost nothing until used.
    _room: Box<[u64]>,
}

/// Offset of `top`, for compiled code.
pub const TOP_OFFSET: i32 = std::mem::offset_of!(FrameArena, top) as i32;
/// Offset of `limit`, for compiled code.
pub const LIMIT_OFFSET: i32 = std::mem::offset_of!(FrameArena, limit) as i32;

impl FrameArena {
    pub fn new() -> FrameArena {
        let room = vec![0u64; ROOM / 8].into_boxed_slice();
        let base = room.as_ptr() as usize;
        FrameArena { top: Cell::new(base), limit: base + ROOM, base, _room: room }
    }

    /// Calls `visit` on everything the coroutines here reference.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        let mut at = self.base;
        while at < self.top.get() {
            // SAFETY: the room holds whole generator objects up to `top`.
            let g = unsafe { &*(at as *const GenObj) };
            generator::trace(g, visit);
            at += object_size(g);
        }
    }
}

impl Default for FrameArena {
    fn default() -> Self {
        Self::new()
    }
}

fn object_size(g: &GenObj) -> usize {
    FRAME_OFFSET as usize + g.slots() * 8
}

/// The coroutine at `gv` (the top object) suspended: gives it the
/// exceptions it is handling (those above `base`), moves it to the heap,
/// pops it, and returns the heap object.
pub fn suspended(gv: Value, base: usize) -> Value {
    let g = generator::gen_obj(gv);
    let slots = g.slots();
    // SAFETY: a bitwise copy of a live object; the original is popped below
    // and never read again.
    let moved = heap::alloc_with_tail(unsafe { std::ptr::read(g) }, slots);
    // SAFETY: `slots` values follow both objects.
    unsafe { std::ptr::copy_nonoverlapping(g.frame().as_ptr(), moved.add(1) as *mut Cell<Value>, slots) };
    pop(gv);
    let moved = Value::from_ptr(moved);
    if vm().handled.len() > base {
        super::handled::save(moved, vm().handled.split_off(base));
    }
    moved
}

/// The coroutine at `gv` (the top object) raised: applies PEP 479 as a
/// resumption does and pops it.
pub fn failed(gv: Value) {
    generator::escaped_exception(generator::gen_obj(gv));
    pop(gv);
}

/// Resets `top` to `gv`, the start of the top object.
fn pop(gv: Value) {
    vm().frames.top.set(gv.0 as usize);
}
