//! The loop's timers: a binary heap kept exactly as CPython's loop keeps
//! its `_scheduled` list with `heapq`, comparing deadlines only, so that
//! timers due at the same instant come out in the order CPython runs them
//! (which is not always the order they were scheduled in).

use crate::runtime::value::Value;

/// A scheduled timer.
#[derive(Clone, Copy)]
pub struct Timer {
    /// Deadline on the loop's clock.
    pub when: f64,
    /// The TimerHandle.
    pub handle: Value,
}

/// Timers, earliest at the front, in `heapq`'s layout.
#[derive(Default)]
pub struct TimerHeap {
    /// The heap array: each item's children are at 2i+1 and 2i+2.
    items: Vec<Timer>,
}

impl TimerHeap {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The earliest timer.
    pub fn peek(&self) -> Option<&Timer> {
        self.items.first()
    }

    /// Every timer, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &Timer> {
        self.items.iter()
    }

    /// `heapq.heappush`.
    pub fn push(&mut self, t: Timer) {
        self.items.push(t);
        self.sift_down(0, self.items.len() - 1);
    }

    /// `heapq.heappop`.
    pub fn pop(&mut self) -> Option<Timer> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let first = std::mem::replace(&mut self.items[0], last);
        self.sift_up(0);
        Some(first)
    }

    /// `heapq._siftdown`: moves the item at `pos` up towards `start` while
    /// it is earlier than its parent.
    fn sift_down(&mut self, start: usize, mut pos: usize) {
        let item = self.items[pos];
        while pos > start {
            let parent = (pos - 1) / 2;
            if item.when < self.items[parent].when {
                self.items[pos] = self.items[parent];
                pos = parent;
            } else {
                break;
            }
        }
        self.items[pos] = item;
    }

    /// `heapq._siftup`: moves the smaller child up until the item at `pos`
    /// reaches a leaf, then sifts the item back down from there.
    fn sift_up(&mut self, mut pos: usize) {
        let (end, start, item) = (self.items.len(), pos, self.items[pos]);
        let mut child = 2 * pos + 1;
        while child < end {
            let right = child + 1;
            if right < end && self.items[child].when >= self.items[right].when {
                child = right;
            }
            self.items[pos] = self.items[child];
            pos = child;
            child = 2 * pos + 1;
        }
        self.items[pos] = item;
        self.sift_down(start, pos);
    }
}
