//! The loop's FIFO of ready entries, packed into words: an entry is one
//! word when its second value is implied (a handle; a task's plain step; a
//! task woken by the very future it waits on), else two. A loop that wakes
//! 200,000 tasks at once holds 1.6 MB of entries, not 3.2.

use std::collections::VecDeque;

use super::event_loop::Entry;
use super::task;
use crate::runtime::value::Value;

/// The low bits of an entry's first word: which entry it is. Every value
/// stored under a tag is a heap object (8-aligned) or, in the first word of
/// a two-word entry only, NULL.
const TAG: u64 = 7;
/// One word: `Handle(h)`.
const HANDLE: u64 = 0;
/// One word: `Step(t, NULL)`.
const STEP: u64 = 1;
/// One word: `Wakeup(t, f)` where `f` is the future `t` waits on.
const WAKEUP: u64 = 2;
/// Two words (the future, then the callback): `Callback`.
const CALLBACK2: u64 = 3;
/// Two words (the exception, then the task): `Step` throwing in.
const STEP2: u64 = 4;
/// Two words (the future, then the task): another `Wakeup`.
const WAKEUP2: u64 = 5;
/// Two words (the child, then the gather's future): `Gathered`.
const GATHERED2: u64 = 6;

/// Ready entries in order.
#[derive(Default)]
pub struct ReadyQueue {
    /// The packed entries.
    words: VecDeque<u64>,
    /// How many entries they make.
    len: usize,
}

impl ReadyQueue {
    /// How many entries are queued.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when nothing is queued.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Appends `e`.
    pub fn push(&mut self, e: Entry) {
        let (tag, first, second) = match e {
            Entry::Handle(h) => (HANDLE, h, None),
            Entry::Step(t, exc) if exc.is_null() => (STEP, t, None),
            Entry::Wakeup(t, f) if task::waiter(t) == f => (WAKEUP, t, None),
            Entry::Callback(cb, f) => (CALLBACK2, f, Some(cb)),
            Entry::Step(t, exc) => (STEP2, exc, Some(t)),
            Entry::Wakeup(t, f) => (WAKEUP2, f, Some(t)),
            Entry::Gathered(outer, child) => (GATHERED2, child, Some(outer)),
        };
        debug_assert!(first.0 & TAG == 0, "a ready entry's first value is a heap object");
        self.words.push_back(first.0 | tag);
        if let Some(v) = second {
            self.words.push_back(v.0);
        }
        self.len += 1;
    }

    /// Takes the oldest entry.
    pub fn pop(&mut self) -> Option<Entry> {
        let w = self.words.pop_front()?;
        self.len -= 1;
        let first = Value(w & !TAG);
        let mut second = || Value(self.words.pop_front().expect("a two-word entry"));
        Some(match w & TAG {
            HANDLE => Entry::Handle(first),
            STEP => Entry::Step(first, Value::NULL),
            WAKEUP => Entry::Wakeup(first, task::waiter(first)),
            CALLBACK2 => Entry::Callback(second(), first),
            STEP2 => Entry::Step(second(), first),
            WAKEUP2 => Entry::Wakeup(second(), first),
            _ => Entry::Gathered(second(), first),
        })
    }

    /// Calls `visit` on every value queued. (A one-word entry's implied
    /// value is held by the value it is implied by.)
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        let mut words = self.words.iter();
        while let Some(&w) = words.next() {
            visit(Value(w & !TAG));
            if w & TAG >= CALLBACK2 {
                visit(Value(*words.next().expect("a two-word entry")));
            }
        }
    }
}
