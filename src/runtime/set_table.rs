//! The hash table of CPython 3.11's `Objects/setobject.c`, reproduced slot
//! for slot so that iterating a set gives CPython's order.
//!
//! [`SetTable`] keeps CPython's layout: a power-of-two array of slots
//! (empty, dummy or active with its hash), `fill` (active + dummy) and `used`
//! (active) counts, probing by runs of `LINEAR_PROBES` neighbours followed by
//! perturbed jumps, the resize policy of `set_add_entry`/`set_table_resize`,
//! and the `finger` of `pop`. Keys are generic: every method takes the key's
//! precomputed hash (never -1, as in Python) and an equality callback
//! `eq(stored, probe)`, called like `PyObject_RichCompareBool(stored, probe,
//! Py_EQ)` exactly where CPython calls it; it may fail (user `__eq__`) but
//! must not touch the table (CPython would restart the probe; here the borrow
//! forbids it).
//!
//! How Python operations map onto the table (`a`, `b` sets, `it` any other
//! iterable; the VM handles the cases where both operands are the same
//! object: `a | a` and `a & a` copy, `a -= a` and `a ^= a` clear,
//! `a.update(a)` does nothing; `a - a` and `a ^ a` work as they are):
//! - `set(it)`, `{x for ...}`, `{x, y}` (at most two items or any
//!   non-constant) and `a.add(x)`: [`SetTable::add`] item by item (a starred
//!   `*b` in a display is an update with `b`);
//! - `set(b)`, `frozenset(b)`, `b.copy()`: [`SetTable::copy`];
//! - `set(d)` and `a.update(d)` for an exact dict: [`SetTable::update_presized`];
//! - a display of three or more constants, `{1, 2, 3}`:
//!   [`SetTable::constant_frozenset`] then `copy` (CPython folds it into a
//!   frozenset constant and runs `BUILD_SET 0; SET_UPDATE`); `for x in {1, 2,
//!   3}` iterates the constant itself. CPython also shares one constant among
//!   equal frozenset constants of a module, keeping the first one's layout;
//! - `a.update(b)`, `a |= b`: [`SetTable::update_from_set`]; `a | b`,
//!   `a.union(b)`: [`SetTable::union`]; with other iterables, `copy` then `add`;
//! - `a & b`: [`SetTable::intersection`]; `a.intersection(it)`:
//!   [`SetTable::intersection_items`]; `a &= b`: [`SetTable::intersection_update`];
//!   `a.intersection_update(it)`: [`SetTable::replace_body`] with the result
//!   (and `a &= a` with a copy: CPython copies rather than intersects);
//! - `a - b`: [`SetTable::difference`]; `a -= b`: [`SetTable::difference_update`];
//!   `a.difference(it)`: `copy` then [`SetTable::difference_update_items`];
//!   `a.difference(d)` for an exact dict: the same when `len(a) >> 2 >
//!   len(d)`, otherwise the entries of `a.iter()` not in `d` added to a new table;
//! - `a ^ b`: [`SetTable::symmetric_difference`]; `a ^= b`:
//!   [`SetTable::symmetric_difference_update`]; with a dict,
//!   [`SetTable::symmetric_difference_update_items`] over its items; with other
//!   iterables, build a table `t` from `it` and `t.symmetric_difference_update(a)`
//!   is `a.symmetric_difference(it)` (for `^=`, update `a` from `t` instead);
//! - `a.discard(x)`, `a.remove(x)`, `a.pop()`, `a.clear()`: [`SetTable::discard`],
//!   [`SetTable::pop`], [`SetTable::clear`]; iteration: [`SetTable::iter`] or
//!   [`SetTable::next_entry`]; `hash(frozenset)`: [`SetTable::frozenset_hash`].

use crate::runtime::raise::{raise, ExcKind, Raise};

/// Smallest table size (`PySet_MINSIZE`).
const MIN_SIZE: usize = 8;
/// Neighbouring slots examined after each jump (`LINEAR_PROBES`).
const LINEAR_PROBES: usize = 9;
/// How fast the upper bits of the hash enter the jumps (`PERTURB_SHIFT`).
const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Debug)]
enum Slot<K> {
    /// Never used since the table was (re)built (`key == NULL`).
    Empty,
    /// Held a key that was removed (`key == dummy`, `hash == -1`).
    Dummy,
    /// Holds a key.
    Active {
        /// The key's hash.
        hash: i64,
        /// The key.
        key: K,
    },
}

/// CPython's walk over the slots for one hash: a run of up to
/// `LINEAR_PROBES + 1` consecutive slots, then a perturbed jump, forever.
struct Probe {
    /// `mask` of the table (its size minus one).
    mask: u64,
    /// First slot of the current run.
    start: u64,
    /// Offset of the next slot within the run.
    offset: u64,
    /// Offset of the last slot of the run.
    last: u64,
    /// The not yet consumed upper bits of the hash.
    perturb: u64,
}

impl Probe {
    /// The walk for `hash` over a table with `mask + 1` slots.
    fn new(hash: i64, mask: usize) -> Probe {
        let (hash, mask) = (hash as u64, mask as u64);
        let start = hash & mask;
        Probe { mask, start, offset: 0, last: run_length(start, mask), perturb: hash }
    }

    /// The next slot to examine.
    fn next_index(&mut self) -> usize {
        if self.offset > self.last {
            self.perturb >>= PERTURB_SHIFT;
            self.start =
                self.start.wrapping_mul(5).wrapping_add(1).wrapping_add(self.perturb) & self.mask;
            self.offset = 0;
            self.last = run_length(self.start, self.mask);
        }
        self.offset += 1;
        (self.start + self.offset - 1) as usize
    }
}

/// How many neighbours follow slot `start` in a run: `LINEAR_PROBES` when
/// they all fit before the end of the table, otherwise none.
fn run_length(start: u64, mask: u64) -> u64 {
    if start + LINEAR_PROBES as u64 <= mask {
        LINEAR_PROBES as u64
    } else {
        0
    }
}

/// A set's hash table with CPython 3.11's layout and iteration order.
#[derive(Debug)]
pub struct SetTable<K> {
    /// The slots; their number is a power of two, at least `MIN_SIZE`.
    slots: Vec<Slot<K>>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: the number of keys.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        SetTable::new()
    }
}

/// `n` empty slots.
fn empty_slots<K>(n: usize) -> Vec<Slot<K>> {
    (0..n).map(|_| Slot::Empty).collect()
}

/// Puts a key known to be absent into a table without dummies
/// (`set_insert_clean`).
fn insert_clean<K>(slots: &mut [Slot<K>], hash: i64, key: K) {
    let mut probe = Probe::new(hash, slots.len() - 1);
    loop {
        let index = probe.next_index();
        if let Slot::Empty = slots[index] {
            slots[index] = Slot::Active { hash, key };
            return;
        }
    }
}

impl<K> SetTable<K> {
    /// An empty table of the minimum size, as `set()` makes.
    pub fn new() -> SetTable<K> {
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0, finger: 0 }
    }

    /// The number of keys.
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// The number of slots (`mask + 1`).
    pub fn table_size(&self) -> usize {
        self.slots.len()
    }

    /// `mask`: the number of slots minus one.
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// The keys with their hashes, in CPython's iteration order.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> + '_ {
        self.slots.iter().filter_map(|slot| match slot {
            Slot::Active { hash, key } => Some((*hash, key)),
            _ => None,
        })
    }

    /// For a set iterator at slot position `pos` (0 to start): the next key,
    /// its hash, and the position to continue from; `None` at the end.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, i64, &K)> {
        self.slots.iter().enumerate().skip(pos).find_map(|(index, slot)| match slot {
            Slot::Active { hash, key } => Some((index + 1, *hash, key)),
            _ => None,
        })
    }

    /// The slot holding a key equal to `key`, if any (`set_lookkey`).
    fn find<E, F>(&self, key: &K, hash: i64, eq: &mut F) -> Result<Option<usize>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let index = probe.next_index();
            match &self.slots[index] {
                Slot::Empty => return Ok(None),
                Slot::Dummy => {}
                Slot::Active { hash: stored_hash, key: stored } => {
                    if *stored_hash == hash && eq(stored, key)? {
                        return Ok(Some(index));
                    }
                }
            }
        }
    }

    /// `key in set`.
    pub fn contains<E, F>(&self, key: &K, hash: i64, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        Ok(self.find(key, hash, &mut eq)?.is_some())
    }

    /// `set.add(key)` (`set_add_entry`): returns whether the key was new. The
    /// key goes into the last dummy slot met on the way to an empty slot, or
    /// the empty slot itself; filling an empty slot may grow the table.
    pub fn add<E, F>(&mut self, key: K, hash: i64, mut eq: F) -> Result<bool, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut probe = Probe::new(hash, self.mask());
        let mut free_slot = None;
        let empty_slot = loop {
            let index = probe.next_index();
            match &self.slots[index] {
                Slot::Empty => break index,
                Slot::Dummy => free_slot = Some(index),
                Slot::Active { hash: stored_hash, key: stored } => {
                    if *stored_hash == hash && eq(stored, &key)? {
                        return Ok(false);
                    }
                }
            }
        };
        self.used += 1;
        if let Some(index) = free_slot {
            self.slots[index] = Slot::Active { hash, key };
            return Ok(true);
        }
        self.slots[empty_slot] = Slot::Active { hash, key };
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.resize(self.growth_target());
        }
        Ok(true)
    }

    /// The `minused` CPython passes when a table grows or sheds dummies.
    fn growth_target(&self) -> usize {
        if self.used > 50_000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `set_table_resize`: rebuilds with the smallest size above `min_used`,
    /// reinserting keys in slot order and dropping dummies.
    fn resize(&mut self, min_used: usize) {
        let mut new_size = MIN_SIZE;
        while new_size <= min_used {
            new_size <<= 1;
        }
        if new_size == MIN_SIZE && self.slots.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old_slots = std::mem::replace(&mut self.slots, empty_slots(new_size));
        self.fill = self.used;
        for slot in old_slots {
            if let Slot::Active { hash, key } = slot {
                insert_clean(&mut self.slots, hash, key);
            }
        }
    }

    /// `set.discard(key)` (`set_discard_entry`): the removed key, if present;
    /// its slot becomes a dummy and the table never shrinks here.
    pub fn discard<E, F>(&mut self, key: &K, hash: i64, mut eq: F) -> Result<Option<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let Some(index) = self.find(key, hash, &mut eq)? else {
            return Ok(None);
        };
        self.used -= 1;
        match std::mem::replace(&mut self.slots[index], Slot::Dummy) {
            Slot::Active { key, .. } => Ok(Some(key)),
            _ => unreachable!("find returns active slots only"),
        }
    }

    /// `set.pop()`: the first key at or after the finger, wrapping around.
    pub fn pop(&mut self) -> Result<K, Raise> {
        if self.used == 0 {
            return raise(ExcKind::KeyError, "pop from an empty set");
        }
        let mask = self.mask();
        let mut index = self.finger & mask;
        while !matches!(self.slots[index], Slot::Active { .. }) {
            index = if index == mask { 0 } else { index + 1 };
        }
        self.used -= 1;
        self.finger = index + 1;
        match std::mem::replace(&mut self.slots[index], Slot::Dummy) {
            Slot::Active { key, .. } => Ok(key),
            _ => unreachable!("the loop stops at an active slot"),
        }
    }

    /// `set.clear()`: back to the minimum size (the finger stays).
    pub fn clear(&mut self) {
        self.slots = empty_slots(MIN_SIZE);
        self.fill = 0;
        self.used = 0;
    }

    /// Takes the keys and layout of `body`, keeping this table's pop finger
    /// (`set_swap_bodies`, as `a &= ...` and `a.intersection_update(...)` do).
    pub fn replace_body(&mut self, body: SetTable<K>) {
        self.slots = body.slots;
        self.fill = body.fill;
        self.used = body.used;
    }

    /// The hash of a frozenset with these keys (`frozenset_hash`).
    pub fn frozenset_hash(&self) -> i64 {
        let shuffle = |hash: u64| ((hash ^ 89_869_747) ^ (hash << 16)).wrapping_mul(3_644_798_167);
        let mut hash = self.iter().fold(0u64, |acc, (hash, _)| acc ^ shuffle(hash as u64));
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            590_923_713
        } else {
            hash as i64
        }
    }
}

impl<K: Clone> SetTable<K> {
    /// A new set of the same keys (`set_copy`: `set_merge` into an empty set).
    pub fn copy(&self) -> SetTable<K> {
        let mut copy = SetTable::new();
        let merged = copy.merge_without_compare(self);
        debug_assert!(merged, "merging into an empty table never compares keys");
        copy
    }

    /// The part of `set_merge` that needs no comparison: the presizing, and
    /// the copies into an empty table. Returns whether the merge is done.
    fn merge_without_compare(&mut self, other: &SetTable<K>) -> bool {
        if other.used == 0 {
            return true;
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill != 0 {
            return false;
        }
        if self.slots.len() == other.slots.len() && other.fill == other.used {
            for (mine, theirs) in self.slots.iter_mut().zip(&other.slots) {
                if let Slot::Active { hash, key } = theirs {
                    *mine = Slot::Active { hash: *hash, key: key.clone() };
                }
            }
        } else {
            for (hash, key) in other.iter() {
                insert_clean(&mut self.slots, hash, key.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// `a.update(b)` / `a |= b` with a set or frozenset `b` (`set_merge`).
    pub fn update_from_set<E, F>(&mut self, other: &SetTable<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if self.merge_without_compare(other) {
            return Ok(());
        }
        for (hash, key) in other.iter() {
            self.add(key.clone(), hash, &mut eq)?;
        }
        Ok(())
    }

    /// `a | b` / `a.union(b)` with a set or frozenset `b`.
    pub fn union<E, F>(&self, other: &SetTable<K>, eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = self.copy();
        result.update_from_set(other, eq)?;
        Ok(result)
    }

    /// `a & b` with a set or frozenset `b`: walks the smaller table (`b` on a
    /// tie), keeping its keys that the other holds.
    pub fn intersection<E, F>(&self, other: &SetTable<K>, mut eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let (walked, probed) = if other.used > self.used { (self, other) } else { (other, self) };
        let mut result = SetTable::new();
        for (hash, key) in walked.iter() {
            if probed.find(key, hash, &mut eq)?.is_some() {
                result.add(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a &= b` / `a.intersection_update(b)` with a set or frozenset `b`: `a`
    /// takes the layout of `a & b` and keeps its pop finger.
    pub fn intersection_update<E, F>(&mut self, other: &SetTable<K>, eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let result = self.intersection(other, eq)?;
        self.replace_body(result);
        Ok(())
    }

    /// `a.intersection(it)` for an iterable that is not a set: `items` yields
    /// each item with its hash (or the error of iterating or hashing it);
    /// stops early once the result is as large as `a`.
    pub fn intersection_items<E, F, I>(&self, items: I, mut eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        let mut result = SetTable::new();
        for item in items {
            let (hash, key) = item?;
            if self.find(&key, hash, &mut eq)?.is_some() {
                result.add(key, hash, &mut eq)?;
                if result.used >= self.used {
                    break;
                }
            }
        }
        Ok(result)
    }

    /// `a - b` with a set or frozenset `b` (`set_difference`): a copy of `a`
    /// minus `b` when `a` is over four times larger, otherwise the keys of
    /// `a` missing from `b` added to a new table.
    pub fn difference<E, F>(&self, other: &SetTable<K>, mut eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        if (self.used >> 2) > other.used {
            let mut result = self.copy();
            result.difference_update(other, eq)?;
            return Ok(result);
        }
        let mut result = SetTable::new();
        for (hash, key) in self.iter() {
            if other.find(key, hash, &mut eq)?.is_none() {
                result.add(key.clone(), hash, &mut eq)?;
            }
        }
        Ok(result)
    }

    /// `a -= b` / `a.difference_update(b)` with a set or frozenset `b`: when
    /// `b` is over eight times larger, discards `a & b` instead of `b`.
    pub fn difference_update<E, F>(&mut self, other: &SetTable<K>, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let common;
        let discarded = if (other.used >> 3) > self.used {
            common = self.intersection(other, &mut eq)?;
            &common
        } else {
            other
        };
        for (hash, key) in discarded.iter() {
            self.discard(key, hash, &mut eq)?;
        }
        self.shed_dummies();
        Ok(())
    }

    /// `a.difference_update(it)` for an iterable that is not a set: discards
    /// each item of `items` (with its hash, or an error), then sheds dummies.
    pub fn difference_update_items<E, F, I>(&mut self, items: I, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = Result<(i64, K), E>>,
    {
        for item in items {
            let (hash, key) = item?;
            self.discard(&key, hash, &mut eq)?;
        }
        self.shed_dummies();
        Ok(())
    }

    /// The end of `set_difference_update_internal`: rebuilds the table when
    /// more than a quarter of it is dummies.
    fn shed_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            self.resize(self.growth_target());
        }
    }

    /// `a ^ b` with a set or frozenset `b`: a copy of `b` updated with `a`.
    pub fn symmetric_difference<E, F>(&self, other: &SetTable<K>, eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut result = other.copy();
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }

    /// `a ^= b` with a set or frozenset `b`: each key of `b` is discarded
    /// from `a`, or added when it was absent.
    pub fn symmetric_difference_update<E, F>(&mut self, other: &SetTable<K>, eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        self.symmetric_difference_update_items(
            other.iter().map(|(hash, key)| (hash, key.clone())),
            eq,
        )
    }

    /// `a.symmetric_difference_update(d)` for an exact dict: its keys with
    /// their stored hashes, in dict order.
    pub fn symmetric_difference_update_items<E, F, I>(
        &mut self,
        items: I,
        mut eq: F,
    ) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        for (hash, key) in items {
            if self.discard(&key, hash, &mut eq)?.is_none() {
                self.add(key, hash, &mut eq)?;
            }
        }
        Ok(())
    }
}

impl<K> SetTable<K> {
    /// `set(d)` / `a.update(d)` for an exact dict of `len` keys: one resize
    /// up front if needed, then the keys with their stored hashes in dict order.
    pub fn update_presized<E, F, I>(&mut self, len: usize, items: I, mut eq: F) -> Result<(), E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
        I: IntoIterator<Item = (i64, K)>,
    {
        if (self.fill + len) * 5 >= self.mask() * 3 {
            self.resize((self.used + len) * 2);
        }
        for (hash, key) in items {
            self.add(key, hash, &mut eq)?;
        }
        Ok(())
    }

    /// The frozenset constant CPython's compiler makes for a display or
    /// `for` target of three or more constants: `frozenset(items)`, rebuilt
    /// from its own iteration order by the constant merger.
    pub fn constant_frozenset<E, F>(items: Vec<(i64, K)>, mut eq: F) -> Result<SetTable<K>, E>
    where
        F: FnMut(&K, &K) -> Result<bool, E>,
    {
        let mut folded = SetTable::new();
        for (hash, key) in items {
            folded.add(key, hash, &mut eq)?;
        }
        let mut merged = SetTable::new();
        for slot in folded.slots {
            if let Slot::Active { hash, key } = slot {
                merged.add(key, hash, &mut eq)?;
            }
        }
        Ok(merged)
    }
}

/// `hash(t)` for a tuple whose items hash to `item_hashes` (CPython's
/// xxHash-based `tuplehash`).
pub fn hash_tuple(item_hashes: &[i64]) -> i64 {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for &item in item_hashes {
        acc = acc.wrapping_add((item as u64).wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(item_hashes.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;

    /// A Python key of the kinds the tests use.
    #[derive(Clone, Debug)]
    enum Key {
        /// An int in i64 range.
        Int(i64),
        /// A finite float.
        Float(f64),
        /// A tuple of ints.
        Tuple(Vec<i64>),
    }

    /// `2**61 - 1`, the modulus of Python's numeric hash.
    const MODULUS: i128 = (1 << 61) - 1;

    /// Python's `hash` of an int.
    fn hash_int(n: i64) -> i64 {
        let magnitude = (n as i128).abs() % MODULUS;
        let hash = if n < 0 { -magnitude } else { magnitude } as i64;
        if hash == -1 {
            -2
        } else {
            hash
        }
    }

    /// Python's `hash` of a finite float: `|v| = mantissa * 2**exponent`,
    /// reduced modulo `2**61 - 1`, where `2**61` is 1.
    fn hash_float(v: f64) -> i64 {
        if v == 0.0 {
            return 0;
        }
        let bits = v.to_bits();
        let biased = ((bits >> 52) & 0x7ff) as i64;
        let fraction = bits & ((1 << 52) - 1);
        let (mantissa, exponent) =
            if biased == 0 { (fraction, -1074) } else { (fraction | (1 << 52), biased - 1075) };
        let shift = exponent.rem_euclid(61) as u32;
        let magnitude = ((mantissa as i128 % MODULUS) << shift) % MODULUS;
        let hash = if v < 0.0 { -magnitude } else { magnitude } as i64;
        if hash == -1 {
            -2
        } else {
            hash
        }
    }

    impl Key {
        fn hash(&self) -> i64 {
            match self {
                Key::Int(n) => hash_int(*n),
                Key::Float(v) => hash_float(*v),
                Key::Tuple(items) => {
                    hash_tuple(&items.iter().map(|&n| hash_int(n)).collect::<Vec<_>>())
                }
            }
        }

        fn repr(&self) -> String {
            match self {
                Key::Int(n) => n.to_string(),
                Key::Float(v) => format!("{v:?}"),
                Key::Tuple(items) if items.len() == 1 => format!("({},)", items[0]),
                Key::Tuple(items) => {
                    let parts: Vec<String> = items.iter().map(i64::to_string).collect();
                    format!("({})", parts.join(", "))
                }
            }
        }
    }

    /// Python's `==` between test keys.
    fn key_eq(a: &Key, b: &Key) -> Result<bool, Infallible> {
        Ok(match (a, b) {
            (Key::Int(x), Key::Int(y)) => x == y,
            (Key::Int(x), Key::Float(y)) | (Key::Float(y), Key::Int(x)) => *x as f64 == *y,
            (Key::Float(x), Key::Float(y)) => x == y,
            (Key::Tuple(x), Key::Tuple(y)) => x == y,
            _ => false,
        })
    }

    type Table = SetTable<Key>;

    fn ints(values: impl IntoIterator<Item = i64>) -> Vec<Key> {
        values.into_iter().map(Key::Int).collect()
    }

    fn hashed(keys: &[Key]) -> Vec<(i64, Key)> {
        keys.iter().map(|key| (key.hash(), key.clone())).collect()
    }

    /// `set(keys)`: one `add` per key.
    fn set_of(keys: &[Key]) -> Table {
        let mut table = Table::new();
        for key in keys {
            table.add(key.clone(), key.hash(), key_eq).unwrap();
        }
        table
    }

    /// A display of three or more constants.
    fn literal(keys: &[Key]) -> Table {
        Table::constant_frozenset(hashed(keys), key_eq).unwrap().copy()
    }

    /// `str(list(table))`.
    fn listing(table: &Table) -> String {
        let parts: Vec<String> = table.iter().map(|(_, key)| key.repr()).collect();
        format!("[{}]", parts.join(", "))
    }

    /// `(len(s), sum(i * x for i, x in enumerate(s)))` for a set of ints.
    fn checksum(table: &Table) -> (usize, i128) {
        let sum = table
            .iter()
            .enumerate()
            .map(|(i, (_, key))| match key {
                Key::Int(n) => i as i128 * *n as i128,
                _ => panic!("checksum of ints only"),
            })
            .sum();
        (table.len(), sum)
    }

    fn discard_all(table: &mut Table, keys: &[Key]) {
        for key in keys {
            table.discard(key, key.hash(), key_eq).unwrap();
        }
    }

    #[test]
    fn constant_displays_match_cpython() {
        assert_eq!(listing(&literal(&ints([0, 16, 32, 1, 17]))), "[0, 1, 32, 16, 17]");
        assert_eq!(listing(&literal(&ints([33, 1, 65]))), "[65, 1, 33]");
        let constant = Table::constant_frozenset(hashed(&ints([33, 1, 65])), key_eq).unwrap();
        assert_eq!(listing(&constant), "[65, 1, 33]");
        assert_eq!(
            listing(&literal(&ints([-1, -2, -3, 7, 15, 23, -9]))),
            "[-9, 23, -2, 7, -3, -1, 15]"
        );
        let floats = [1.5, 2.5, 0.5].map(Key::Float).into_iter().chain([Key::Int(3)]);
        let floats: Vec<Key> = floats.chain([-1.5, 2.0, 0.1].map(Key::Float)).collect();
        assert_eq!(listing(&literal(&floats)), "[0.5, 1.5, 2.5, 3, 2.0, 0.1, -1.5]");
        let tuples: Vec<Key> = [vec![1, 2], vec![2, 1], vec![0, 0], vec![5], vec![], vec![1, 2, 3]]
            .into_iter()
            .map(Key::Tuple)
            .collect();
        assert_eq!(listing(&literal(&tuples)), "[(1, 2), (2, 1), (0, 0), (1, 2, 3), (5,), ()]");
        let many: Vec<Key> = ints((0..=80).step_by(8).chain([1]));
        assert_eq!(listing(&literal(&many)), "[0, 1, 32, 64, 8, 40, 72, 16, 48, 80, 24, 56]");
        assert_eq!(listing(&set_of(&ints([8, 0]))), "[8, 0]");
    }

    #[test]
    fn incremental_adds_match_cpython() {
        assert_eq!(listing(&set_of(&ints([0, 8, 16, 24, 1, 9]))), "[0, 1, 8, 9, 16, 24]");
        assert_eq!(
            listing(&set_of(&ints((1..=40).rev().step_by(3)))),
            "[1, 34, 4, 37, 7, 40, 10, 13, 16, 19, 22, 25, 28, 31]"
        );
        let colliding = ints([-1, -2, 1 << 61, 1, -(1 << 61), 1 << 62, -5, 5]);
        assert_eq!(
            listing(&set_of(&colliding)),
            "[2305843009213693952, 1, 4611686018427387904, 5, -1, -2, -5, -2305843009213693952]"
        );
        let mixed = [
            Key::Float(1.5),
            Key::Float(0.1),
            Key::Float(2.0),
            Key::Int(2),
            Key::Int(1),
            Key::Float(1.0),
            Key::Float(-0.5),
            Key::Float(1e-3),
            Key::Float(3.25),
        ];
        assert_eq!(listing(&set_of(&mixed)), "[0.1, 1.5, 2.0, 1, -0.5, 3.25, 0.001]");
        let pairs: Vec<Key> =
            (0..4).flat_map(|i| (0..3).map(move |j| Key::Tuple(vec![i, j]))).collect();
        assert_eq!(
            listing(&set_of(&pairs)),
            "[(0, 1), (1, 2), (2, 1), (0, 0), (3, 1), (1, 1), (2, 0), (3, 0), (0, 2), (2, 2), \
             (1, 0), (3, 2)]"
        );
    }

    #[test]
    fn dummies_pop_and_clear_match_cpython() {
        let mut table = set_of(&ints([0, 8, 16]));
        discard_all(&mut table, &ints([0, 8]));
        for key in ints([24, 32]) {
            assert!(table.add(key.clone(), key.hash(), key_eq).unwrap());
        }
        assert_eq!(listing(&table), "[32, 24, 16]");

        let mut table = set_of(&ints(10..30));
        let mut popped: Vec<Key> = (0..5).map(|_| table.pop().unwrap()).collect();
        for key in ints([3, 45]) {
            table.add(key.clone(), key.hash(), key_eq).unwrap();
        }
        popped.extend((0..3).map(|_| table.pop().unwrap()));
        let popped: Vec<String> = popped.iter().map(Key::repr).collect();
        assert_eq!(popped.join(", "), "10, 11, 12, 13, 14, 15, 16, 17");
        assert_eq!(listing(&table), "[3, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 45]");
        table.clear();
        for key in ints([9, 1, 17]) {
            table.add(key.clone(), key.hash(), key_eq).unwrap();
        }
        assert_eq!(table.pop().unwrap().repr(), "1");
        assert_eq!(listing(&table), "[9, 17]");
        table.clear();
        let error = table.pop().unwrap_err();
        assert_eq!(
            (error.kind, error.message.as_str()),
            (ExcKind::KeyError, "pop from an empty set")
        );
    }

    #[test]
    fn merges_and_copies_match_cpython() {
        let mut merged = Table::new();
        merged.update_from_set(&set_of(&ints(0..5)), key_eq).unwrap();
        assert_eq!((listing(&merged), merged.table_size()), ("[0, 1, 2, 3, 4]".into(), 16));
        let mut merged = Table::new();
        merged.update_from_set(&set_of(&ints(0..4)), key_eq).unwrap();
        assert_eq!((listing(&merged), merged.table_size()), ("[0, 1, 2, 3]".into(), 8));

        let mut source = set_of(&ints((0..64).step_by(4)));
        discard_all(&mut source, &ints([8, 12]));
        assert_eq!(
            listing(&source.copy()),
            "[0, 32, 4, 36, 40, 44, 28, 16, 48, 20, 52, 24, 56, 60]"
        );

        let mut target = set_of(&ints([100, 3]));
        target.update_from_set(&set_of(&ints((0..64).step_by(8))), key_eq).unwrap();
        assert_eq!(listing(&target), "[0, 32, 3, 100, 8, 40, 16, 48, 24, 56]");

        let dict_keys = ints([5, 13, 21, 29, 37, 45]);
        let mut from_dict = Table::new();
        from_dict.update_presized(dict_keys.len(), hashed(&dict_keys), key_eq).unwrap();
        assert_eq!(listing(&from_dict), "[29, 45, 5, 21, 37, 13]");
        let dict_keys = ints((0..100).step_by(9));
        let mut target = set_of(&ints([1, 2]));
        target.update_presized(dict_keys.len(), hashed(&dict_keys), key_eq).unwrap();
        assert_eq!(listing(&target), "[0, 1, 2, 99, 36, 72, 9, 45, 81, 18, 54, 90, 27, 63]");
    }

    #[test]
    fn union_and_intersection_match_cpython() {
        let threes = set_of(&ints((0..20).step_by(3)));
        let union = threes.union(&set_of(&ints((0..20).step_by(4))), key_eq).unwrap();
        assert_eq!(listing(&union), "[0, 3, 4, 6, 8, 9, 12, 15, 16, 18]");
        let union = set_of(&ints([1, 2])).union(&set_of(&ints((0..60).step_by(6))), key_eq);
        assert_eq!(listing(&union.unwrap()), "[0, 1, 2, 36, 6, 42, 12, 48, 18, 54, 24, 30]");

        let a = set_of(&ints((0..100).step_by(3)));
        let b = set_of(&ints((0..100).step_by(5)));
        let expected = "[0, 75, 45, 15, 90, 60, 30]";
        assert_eq!(listing(&a.intersection(&b, key_eq).unwrap()), expected);
        assert_eq!(listing(&b.intersection(&a, key_eq).unwrap()), expected);
        let tie = set_of(&ints([7, 15, 23, 31]))
            .intersection(&set_of(&ints([31, 23, 15, 7])), key_eq)
            .unwrap();
        assert_eq!(listing(&tie), "[31, 23, 15, 7]");
        let probes = hashed(&ints([99, 90, 60, 30, 6, 45, 1000, 0, 3, 12]));
        let common = a.intersection_items(probes.into_iter().map(Ok), key_eq).unwrap();
        assert_eq!(listing(&common), "[0, 99, 3, 6, 12, 45, 90, 60, 30]");
        let mut consumed = 0;
        let early = set_of(&ints([1, 2]))
            .intersection_items(
                hashed(&ints([2, 1, 3, 4])).into_iter().inspect(|_| consumed += 1).map(Ok),
                key_eq,
            )
            .unwrap();
        assert_eq!((listing(&early), consumed), ("[1, 2]".into(), 2));
    }

    #[test]
    fn differences_match_cpython() {
        let small = set_of(&ints([1, 2, 3]));
        let copied = set_of(&ints(0..100)).difference(&small, key_eq).unwrap();
        let expected: Vec<String> = [0].into_iter().chain(4..100).map(|n| n.to_string()).collect();
        assert_eq!(listing(&copied), format!("[{}]", expected.join(", ")));
        let filtered =
            set_of(&ints(0..20)).difference(&set_of(&ints((0..40).step_by(3))), key_eq).unwrap();
        assert_eq!(listing(&filtered), "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19]");

        let mut a = set_of(&ints(0..10));
        a.difference_update(&set_of(&ints((0..200).step_by(2))), key_eq).unwrap();
        assert_eq!(listing(&a), "[1, 3, 5, 7, 9]");
        let mut a = set_of(&ints(0..50));
        a.difference_update(&set_of(&ints((0..50).step_by(2))), key_eq).unwrap();
        let odds: Vec<String> = (1..50).step_by(2).map(|n: i64| n.to_string()).collect();
        assert_eq!(listing(&a), format!("[{}]", odds.join(", ")));
        assert_eq!(a.table_size(), 128);

        // Too many dummies: the table is rebuilt, which moves later additions.
        let add_later = |table: &mut Table| {
            for key in ints([32, 1]) {
                table.add(key.clone(), key.hash(), key_eq).unwrap();
            }
        };
        let mut shed = set_of(&ints([0, 8, 16, 24]));
        shed.difference_update(&set_of(&ints([0, 8])), key_eq).unwrap();
        add_later(&mut shed);
        assert_eq!(listing(&shed), "[16, 32, 1, 24]");
        let mut shed = set_of(&ints([0, 8, 16, 24]));
        shed.difference_update_items(hashed(&ints([0, 8])).into_iter().map(Ok), key_eq).unwrap();
        add_later(&mut shed);
        assert_eq!(listing(&shed), "[16, 32, 1, 24]");
        let mut kept = set_of(&ints([0, 8, 16, 24]));
        discard_all(&mut kept, &ints([0, 8]));
        add_later(&mut kept);
        assert_eq!(listing(&kept), "[32, 1, 16, 24]");

        let mut a = set_of(&ints(0..50));
        a.difference_update_items(hashed(&ints((0..50).step_by(3))).into_iter().map(Ok), key_eq)
            .unwrap();
        let kept: Vec<String> = (0..50).filter(|n| n % 3 != 0).map(|n| n.to_string()).collect();
        assert_eq!(listing(&a), format!("[{}]", kept.join(", ")));
        let mut a = set_of(&ints(0..30)).copy();
        a.difference_update_items(hashed(&ints([1, 5, 9, 29])).into_iter().map(Ok), key_eq)
            .unwrap();
        assert_eq!(
            listing(&a),
            "[0, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, \
             25, 26, 27, 28]"
        );
    }

    #[test]
    fn symmetric_differences_match_cpython() {
        let a = set_of(&ints((0..30).step_by(2)));
        let b = set_of(&ints((0..30).step_by(3)));
        let expected = "[2, 3, 4, 8, 9, 10, 14, 15, 16, 20, 21, 22, 26, 27, 28]";
        assert_eq!(listing(&a.symmetric_difference(&b, key_eq).unwrap()), expected);
        assert_eq!(listing(&b.symmetric_difference(&a, key_eq).unwrap()), expected);
        let mut from_list = set_of(&ints([3, 4, 100, 6, 1]));
        from_list.symmetric_difference_update(&a, key_eq).unwrap();
        assert_eq!(
            listing(&from_list),
            "[0, 1, 2, 3, 100, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]"
        );
        let mut in_place = a.copy();
        in_place.symmetric_difference_update(&b, key_eq).unwrap();
        assert_eq!(listing(&in_place), expected);
        let mut with_dict = a.copy();
        with_dict.symmetric_difference_update_items(hashed(&ints([1, 2, 3, 70])), key_eq).unwrap();
        assert_eq!(
            listing(&with_dict),
            "[0, 1, 3, 4, 6, 70, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28]"
        );
    }

    #[test]
    fn large_sets_match_cpython() {
        let mut table = set_of(&ints((0..10000).step_by(7)));
        assert_eq!(checksum(&table), (1429, 5_584_562_151));
        discard_all(&mut table, &ints((0..10000).step_by(14)));
        assert_eq!(checksum(&table), (714, 1_392_306_363));
        for key in ints(0..5000) {
            table.add(key.clone(), key.hash(), key_eq).unwrap();
        }
        assert_eq!(checksum(&table), (5357, 55_565_798_954));
        assert_eq!(checksum(&set_of(&ints((-300..300).map(|i| i * 1024)))), (600, 550_535_168));
        assert_eq!(checksum(&set_of(&ints(0..100_000))), (100_000, 333_328_333_350_000));
    }

    #[test]
    fn iteration_by_position_visits_table_order() {
        let table = literal(&ints([0, 16, 32, 1, 17]));
        let (mut pos, mut seen) = (0, Vec::new());
        while let Some((next, hash, key)) = table.next_entry(pos) {
            assert_eq!(hash, key.hash());
            seen.push(key.repr());
            pos = next;
        }
        assert_eq!(seen.join(" "), "0 1 32 16 17");
        assert!(table.contains(&Key::Float(16.0), hash_float(16.0), key_eq).unwrap());
        assert!(!table.contains(&Key::Int(48), hash_int(48), key_eq).unwrap());
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(set_of(&ints([1, 2, 3])).frozenset_hash(), -272_375_401_224_217_160);
        assert_eq!(set_of(&ints(0..100)).frozenset_hash(), 4_411_996_150_312_757_951);
        assert_eq!(Table::new().frozenset_hash(), 133_146_708_735_736);
        let mixed = set_of(&[Key::Int(-1), Key::Tuple(vec![1, 2]), Key::Float(1.5)]);
        assert_eq!(mixed.frozenset_hash(), -5_524_222_652_159_911_041);
        assert_eq!(hash_tuple(&[1, 2]), -3_550_055_125_485_641_917);
        assert_eq!(hash_tuple(&[]), 5_740_354_900_026_072_187);
        assert_eq!(hash_tuple(&[1]), -6_644_214_454_873_602_895);
        assert_eq!(hash_tuple(&[hash_int(-1), hash_int(1 << 61)]), 9_083_154_820_904_886_697);
        assert_eq!(hash_tuple(&[hash_tuple(&[1, 2]), 3]), -333_907_151_259_015_829);
        assert_eq!(hash_float(1.5), 1_152_921_504_606_846_977);
        assert_eq!(hash_float(0.1), 230_584_300_921_369_408);
        assert_eq!(hash_float(-1.5), -1_152_921_504_606_846_977);
    }
}
