//! The stack of exceptions being handled (`except` blocks, `with` exits,
//! `finally` after an exception), innermost last. Its length is a plain
//! word compiled code can read: an awaited coroutine started inline notes
//! it, so that when the coroutine suspends the runtime knows which entries
//! are the coroutine's own.

use std::cell::{Cell, UnsafeCell};

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
