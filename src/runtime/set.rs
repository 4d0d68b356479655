//! `set` and `frozenset` objects (a frozenset's class is `frozenset`). The
//! members live in `set_table::SetTable`, which reproduces CPython's table
//! layout so that sets iterate (and print) in CPython's order.

use std::cell::UnsafeCell;

use super::heap;
use super::object::{Header, Kind};
use super::ops;
use super::set_table::SetTable;
use super::value::Value;
use super::vm::{lift, vm, Exc, PyResult};
use crate::syntax::ast::BinOp;

/// One member with its hash, as iteration reports it.
#[derive(Clone, Copy)]
pub struct Member {
    /// The member's hash.
    pub hash: i64,
    /// The member.
    pub key: Value,
}

/// The members of a set, with Python equality for lookups.
pub struct SetStore {
    /// CPython's table.
    table: SetTable<Value>,
}

impl Clone for SetStore {
    fn clone(&self) -> SetStore {
        SetStore { table: self.table.copy() }
    }
}

impl Default for SetStore {
    fn default() -> SetStore {
        SetStore { table: SetTable::new() }
    }
}

fn eq(a: &Value, b: &Value) -> Result<bool, Exc> {
    ops::item_eq(*a, *b)
}

impl SetStore {
    pub fn len(&self) -> usize {
        self.table.len()
    }

    pub fn is_empty(&self) -> bool {
        self.table.is_empty()
    }

    /// Members in table order.
    pub fn iter(&self) -> impl Iterator<Item = Member> + '_ {
        self.table.iter().map(|(hash, &key)| Member { hash, key })
    }

    /// The member at or after table position `pos` and the next position.
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        self.table.next_entry(pos).map(|(next, _, &k)| (next, k))
    }

    /// `key in set` with a known hash.
    pub fn contains_hashed(&self, key: Value, hash: i64) -> PyResult<bool> {
        self.table.contains(&key, hash, eq)
    }

    /// `key in set`.
    pub fn contains(&self, key: Value) -> PyResult<bool> {
        let hash = ops::hash(key)?;
        self.contains_hashed(key, hash)
    }

    /// Adds `key`.
    pub fn add(&mut self, key: Value) -> PyResult<()> {
        let hash = ops::hash(key)?;
        self.table.add(key, hash, eq).map(|_| ())
    }

    /// `set.update(other)` for one iterable, as CPython's
    /// `set_update_internal`: a set merges table to table, an exact dict
    /// presizes for its keys, anything else adds item by item. (The
    /// resulting layout, hence the iteration order, depends on which.)
    pub fn update_from(&mut self, other: Value) -> PyResult<()> {
        use super::object::kind_of;
        if kind_of(other) == Kind::Set {
            let theirs: &SetStore = set_table(other);
            if std::ptr::eq(theirs, self) {
                // A set merged into itself is left as it is.
                return Ok(());
            }
            return self.table.update_from_set(&theirs.table, eq);
        }
        if kind_of(other) == Kind::Dict && super::class::type_of(other) == vm().classes.dict {
            let entries: Vec<(i64, Value)> = super::dict::table(other).iter().map(|e| (e.hash, e.key)).collect();
            return self.table.update_presized(entries.len(), entries, eq);
        }
        // The items wait in a list: a `__hash__` or `__eq__` may allocate.
        let items = super::seq::new_list(super::iterate::collect(other)?);
        for i in 0..super::seq::list_items(items).len() {
            self.add(super::seq::list_items(items)[i])?;
        }
        Ok(())
    }

    /// The members of a display of three or more constants, laid out as
    /// CPython lays them out (it folds such a display into a frozenset
    /// constant and copies that).
    pub fn from_constants(items: &[Value]) -> PyResult<SetStore> {
        let mut hashed = Vec::with_capacity(items.len());
        for &v in items {
            hashed.push((ops::hash(v)?, v));
        }
        Ok(SetStore { table: SetTable::constant_frozenset(hashed, eq)?.copy() })
    }

    /// Removes `key`; true when it was a member.
    pub fn discard(&mut self, key: Value) -> PyResult<bool> {
        let hash = ops::hash(key)?;
        Ok(self.table.discard(&key, hash, eq)?.is_some())
    }

    /// Removes and returns an arbitrary member (CPython's choice).
    pub fn pop(&mut self) -> PyResult<Value> {
        lift(self.table.pop())
    }

    pub fn clear(&mut self) {
        self.table.clear();
    }

    /// The frozenset hash of the members.
    pub fn frozen_hash(&self) -> i64 {
        self.table.frozenset_hash()
    }

    /// `a op b` for the set operators, with CPython's result order.
    pub fn operation(&self, op: BinOp, other: &SetStore) -> PyResult<SetStore> {
        let table = match op {
            BinOp::BitOr => self.table.union(&other.table, eq)?,
            BinOp::BitAnd => self.table.intersection(&other.table, eq)?,
            BinOp::Sub => self.table.difference(&other.table, eq)?,
            _ => self.table.symmetric_difference(&other.table, eq)?,
        };
        Ok(SetStore { table })
    }

    /// `a op= b` for the set operators.
    pub fn update(&mut self, op: BinOp, other: &SetStore) -> PyResult<()> {
        match op {
            BinOp::BitOr => self.table.update_from_set(&other.table, eq),
            BinOp::BitAnd => self.table.intersection_update(&other.table, eq),
            BinOp::Sub => self.table.difference_update(&other.table, eq),
            _ => self.table.symmetric_difference_update(&other.table, eq),
        }
    }

    /// Calls `visit` on every member (for the collector).
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for (_, &k) in self.table.iter() {
            visit(k);
        }
    }
}

/// A `set` or `frozenset`.
#[repr(C)]
pub struct SetObj {
    /// Common header.
    pub header: Header,
    /// The members.
    pub table: UnsafeCell<SetStore>,
}

/// Makes an empty set (or frozenset).
pub fn new_set(frozen: bool) -> Value {
    let class = if frozen { vm().classes.frozenset } else { vm().classes.set };
    Value::from_ptr(heap::alloc(SetObj { header: Header::new(class, Kind::Set), table: UnsafeCell::new(SetStore::default()) }))
}

/// Makes a set (or frozenset) holding `store`.
pub fn set_from(store: SetStore, frozen: bool) -> Value {
    let s = new_set(frozen);
    *set_table(s) = store;
    s
}

/// The members of a set value.
#[allow(clippy::mut_from_ref)]
pub fn set_table(v: Value) -> &'static mut SetStore {
    // SAFETY: callers check the kind; single-threaded VM.
    unsafe { &mut *(*v.ptr::<SetObj>()).table.get() }
}

/// `key` as a set looks it up: a (mutable, unhashable) set stands for the
/// frozenset of its members, as in CPython (`{1} in {frozenset({1})}`).
pub fn lookup_key(key: Value) -> Value {
    if super::object::kind_of(key) == Kind::Set && !is_frozen(key) {
        set_from(set_table(key).clone(), true)
    } else {
        key
    }
}

/// True for a frozenset.
pub fn is_frozen(v: Value) -> bool {
    v.header().class.get() == vm().classes.frozenset
}
