//! The stack of exceptions being handled (`except` blocks, `with` exits,
//! `finally` after an exception), innermost last. Its length is a plain
//! word compiled code can read: an awaited coroutine started inline notes
//! it, so that when the coroutine suspends the runtime knows which entries
//! are the coroutine's own, and keeps them aside until it resumes.

use std::cell::{Cell, RefCell, UnsafeCell};
use std::collections::HashMap;

use super::generator::{gen_obj, SAVED_HANDLED};

use super::value::Value;

/// A stack of exception objects.
#[repr(C)]
pub struct HandledStack {
    /// How many entries are live (read by compiled code: keep it first).
    len: Cell<usize>,
    /// Storage; `items[..len]` are live, the rest is reusable room.
    items: UnsafeCell<Vec<Value>>,
}

/// Offset of the length word, for compiled code.
pub const LEN_OFFSET: i32 = std::mem::offset_of!(HandledStack, len) as i32;

impl HandledStack {
    pub fn new() -> HandledStack {
        HandledStack { len: Cell::new(0), items: UnsafeCell::new(Vec::new()) }
    }

    /// The live entries.
    fn items(&self) -> &[Value] {
        // SAFETY: single-threaded, and no method hands out a borrow that
        // outlives the call that takes it.
        unsafe { &(&*self.items.get())[..self.len.get()] }
    }

    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len.get() == 0
    }

    /// The innermost entry.
    pub fn last(&self) -> Option<Value> {
        self.items().last().copied()
    }

    pub fn push(&self, v: Value) {
        let n = self.len.get();
        // SAFETY: as in `items`; no borrow of the vector is live.
        let items = unsafe { &mut *self.items.get() };
        if n == items.len() {
            items.push(v);
        } else {
            items[n] = v;
        }
        self.len.set(n + 1);
    }

    pub fn pop(&self) {
        let n = self.len.get();
        if n > 0 {
            // The slot is room now; clear it so it keeps nothing alive.
            // SAFETY: as in `push`.
            unsafe { (&mut *self.items.get())[n - 1] = Value::NULL };
            self.len.set(n - 1);
        }
    }

    /// Removes and returns the entries above the first `base`.
    pub fn split_off(&self, base: usize) -> Vec<Value> {
        let extra = self.items().get(base..).map(<[Value]>::to_vec).unwrap_or_default();
        while self.len.get() > base {
            self.pop();
        }
        extra
    }

    /// Calls `visit` on every live entry (for the collector).
    pub fn for_each(&self, visit: &mut dyn FnMut(Value)) {
        self.items().iter().for_each(|&v| visit(v));
    }
}

impl Default for HandledStack {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    /// The exceptions each suspended generator was handling when it
    /// suspended (inside an `except` block), by the generator's address.
    /// Few generators ever suspend there, so they are kept here rather
    /// than in a word of every generator; the generator's SAVED_HANDLED
    /// bit says it has an entry, and its collection removes the entry.
    static SAVED: RefCell<HashMap<usize, Vec<Value>>> = RefCell::new(HashMap::new());
}

/// Keeps `exceptions` for generator `gen` until it resumes.
pub fn save(gen: Value, exceptions: Vec<Value>) {
    let header = &gen_obj(gen).header;
    header.flags.set(header.flags.get() | SAVED_HANDLED);
    SAVED.with(|s| s.borrow_mut().insert(gen.0 as usize, exceptions));
}

/// Takes what `save` kept for generator `gen`, if anything.
pub fn take_saved(gen: Value) -> Option<Vec<Value>> {
    let header = &gen_obj(gen).header;
    if header.flags.get() & SAVED_HANDLED == 0 {
        return None;
    }
    header.flags.set(header.flags.get() & !SAVED_HANDLED);
    SAVED.with(|s| s.borrow_mut().remove(&(gen.0 as usize)))
}

/// Pushes what `save` kept for generator `gen`, if anything, leaving it
/// kept (for a level of a delegation chain that a resume skips).
pub fn push_saved(gen: Value, stack: &HandledStack) {
    if gen_obj(gen).header.flags.get() & SAVED_HANDLED != 0 {
        SAVED.with(|s| s.borrow().get(&(gen.0 as usize)).into_iter().flatten().for_each(|&v| stack.push(v)));
    }
}

/// Generator `gen` is being collected: drops what was saved for it.
pub fn forget_saved(gen: Value) {
    if gen_obj(gen).header.flags.get() & SAVED_HANDLED != 0 {
        SAVED.with(|s| s.borrow_mut().remove(&(gen.0 as usize)));
    }
}

/// Calls `visit` on every saved exception (roots: a suspended generator
/// may be resumed while nothing else references them).
pub fn trace_saved(visit: &mut dyn FnMut(Value)) {
    SAVED.with(|s| s.borrow().values().flatten().for_each(|&v| visit(v)));
}
