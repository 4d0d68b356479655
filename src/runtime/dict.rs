//! Insertion-ordered hash table with Python semantics (the layout of
//! CPython's compact dict): an entries vector in insertion order plus an
//! open-addressed index. Hashing and equality go through the runtime, so a
//! lookup can run user `__hash__`/`__eq__` and fail.

use super::object::{Header, Kind};
use super::ops;
use super::value::Value;
use super::vm::{vm, PyResult};

/// One slot of the entries vector; a deleted entry has a NULL key.
#[derive(Clone, Copy)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key, or NULL when deleted.
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// The storage of a non-empty table.
#[derive(Default, Clone)]
struct Table {
    /// Entries in insertion order, with holes where keys were deleted.
    entries: Vec<Entry>,
    /// Open-addressed index into `entries` (-1 empty, -2 deleted).
    index: Vec<i32>,
    /// Live entries.
    len: usize,
}

const EMPTY: i32 = -1;
const DELETED: i32 = -2;

impl Table {
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The entry at position `i` of the entries vector (may be a hole).
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i)
    }

    /// Size of the entries vector, holes included (for iterators).
    pub fn capacity_used(&self) -> usize {
        self.entries.len()
    }

    fn mask(&self) -> usize {
        self.index.len() - 1
    }

    /// Finds the index slot holding `key`, or where it would go.
    fn probe(&self, key: Value, hash: i64) -> PyResult<(usize, Option<usize>)> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut first_deleted = None;
        loop {
            let ix = self.index[i];
            if ix == EMPTY {
                return Ok((first_deleted.unwrap_or(i), None));
            }
            if ix == DELETED {
                first_deleted.get_or_insert(i);
            } else {
                let e = self.entries[ix as usize];
                if e.key == key || (e.hash == hash && ops::eq_bool(e.key, key)?) {
                    return Ok((i, Some(ix as usize)));
                }
            }
            perturb >>= 5;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    fn grow(&mut self) {
        let live: Vec<Entry> = self.entries.iter().copied().filter(|e| !e.key.is_null()).collect();
        let size = ((live.len() + 1) * 3).next_power_of_two().max(8);
        self.index = vec![EMPTY; size];
        self.entries = live;
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.index[i] != EMPTY {
                perturb >>= 5;
                i = (i * 5 + 1 + perturb as usize) & mask;
            }
            self.index[i] = n as i32;
        }
    }

    pub fn get_hashed(&self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        if self.len == 0 {
            return Ok(None);
        }
        Ok(self.probe(key, hash)?.1.map(|ix| self.entries[ix].value))
    }

    pub fn set_hashed(&mut self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        if self.index.is_empty() || (self.entries.len() + 1) * 3 > self.index.len() * 2 {
            self.grow();
        }
        let (slot, found) = self.probe(key, hash)?;
        match found {
            Some(ix) => self.entries[ix].value = value,
            None => {
                self.index[slot] = self.entries.len() as i32;
                self.entries.push(Entry { hash, key, value });
                self.len += 1;
            }
        }
        Ok(())
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove_hashed(&mut self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        if self.len == 0 {
            return Ok(None);
        }
        let (slot, found) = self.probe(key, hash)?;
        let Some(ix) = found else { return Ok(None) };
        let value = self.entries[ix].value;
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.index[slot] = DELETED;
        self.len -= 1;
        if self.len == 0 {
            self.clear();
        }
        Ok(Some(value))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.index.clear();
        self.len = 0;
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let last = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let e = self.entries[last];
        let _ = self.remove_hashed(e.key, e.hash);
        Some(e)
    }

    /// Looks up a str key by identity or text without running user code
    /// (attribute names are interned strs).
    pub fn get_str(&self, key: Value) -> Option<Value> {
        if self.len == 0 {
            return None;
        }
        let hash = super::str::str_hash(key);
        self.probe(key, hash).ok()?.1.map(|ix| self.entries[ix].value)
    }

    /// Sets a str key (never runs user code).
    pub fn set_str(&mut self, key: Value, value: Value) {
        let hash = super::str::str_hash(key);
        let _ = self.set_hashed(key, hash, value);
    }

    /// Calls `visit` on every key and value (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            if !e.key.is_null() {
                visit(e.key);
                visit(e.value);
            }
        }
    }
}

/// The table itself, embedded in dicts, instances, classes and modules: a
/// single word, NULL until the first key arrives (most futures, tasks and
/// many instances never get one).
#[derive(Default, Clone)]
pub struct DictTable {
    /// The storage, once there is any.
    inner: Option<Box<Table>>,
}

impl DictTable {
    pub fn new() -> DictTable {
        DictTable::default()
    }

    pub fn len(&self) -> usize {
        self.inner.as_ref().map_or(0, |t| t.len)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.inner.iter().flat_map(|t| t.iter())
    }

    /// The entry at position `i` of the entries vector (may be a hole).
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.inner.as_ref()?.entry_at(i)
    }

    /// Size of the entries vector, holes included (for iterators).
    pub fn capacity_used(&self) -> usize {
        self.inner.as_ref().map_or(0, |t| t.capacity_used())
    }

    pub fn get_hashed(&self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        match &self.inner {
            Some(t) => t.get_hashed(key, hash),
            None => Ok(None),
        }
    }

    pub fn get(&self, key: Value) -> PyResult<Option<Value>> {
        // Hash first: an unhashable key is an error even in an empty table.
        let hash = ops::hash(key)?;
        self.get_hashed(key, hash)
    }

    pub fn set_hashed(&mut self, key: Value, hash: i64, value: Value) -> PyResult<()> {
        self.inner.get_or_insert_with(Box::default).set_hashed(key, hash, value)
    }

    pub fn set(&mut self, key: Value, value: Value) -> PyResult<()> {
        let hash = ops::hash(key)?;
        self.set_hashed(key, hash, value)
    }

    /// Removes `key`, returning its value if it was present.
    pub fn remove_hashed(&mut self, key: Value, hash: i64) -> PyResult<Option<Value>> {
        let Some(t) = &mut self.inner else { return Ok(None) };
        let r = t.remove_hashed(key, hash)?;
        if t.len == 0 {
            self.inner = None;
        }
        Ok(r)
    }

    pub fn remove(&mut self, key: Value) -> PyResult<Option<Value>> {
        let hash = ops::hash(key)?;
        self.remove_hashed(key, hash)
    }

    pub fn clear(&mut self) {
        self.inner = None;
    }

    /// Removes and returns the last inserted entry.
    pub fn pop_last(&mut self) -> Option<Entry> {
        let t = self.inner.as_mut()?;
        let e = t.pop_last();
        if t.len == 0 {
            self.inner = None;
        }
        e
    }

    /// Looks up a str key by identity or text without running user code
    /// (attribute names are interned strs).
    pub fn get_str(&self, key: Value) -> Option<Value> {
        self.inner.as_ref()?.get_str(key)
    }

    /// Sets a str key (never runs user code).
    pub fn set_str(&mut self, key: Value, value: Value) {
        self.inner.get_or_insert_with(Box::default).set_str(key, value)
    }

    /// Calls `visit` on every key and value (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(t) = &self.inner {
            t.trace(visit);
        }
    }
}

/// A Python `dict`.
#[repr(C)]
pub struct DictObj {
    /// Common header.
    pub header: Header,
    /// The table.
    pub table: DictTable,
}

/// Makes a new empty dict.
pub fn new_dict() -> Value {
    let class = vm().classes.dict;
    Value::from_ptr(super::heap::alloc(DictObj { header: Header::new(class, Kind::Dict), table: DictTable::new() }))
}

/// The table of a dict value (which must be a dict).
#[allow(clippy::mut_from_ref)]
pub fn table(v: Value) -> &'static mut DictTable {
    if v.header().flags.get() & super::module_dict::MIRROR != 0 {
        // A module's dict first takes in what compiled code changed.
        super::module_dict::pull(v);
    }
    // SAFETY: the caller checked the kind; objects never move.
    unsafe { &mut (*v.ptr::<DictObj>()).table }
}
