//! The header every heap object starts with, and the layout tag (`Kind`)
//! that tells the runtime and the collector how the rest of the object is
//! laid out. The Python class of an object is separate from its kind: a user
//! class's instances and `object()` share `Kind::Instance`.

use std::cell::Cell;

use super::value::Value;

/// How an object is laid out in memory (which Rust struct it is).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A free heap slot (never seen by Python code).
    Free = 0,
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Tuple,
    Dict,
    Set,
    Range,
    Slice,
    Function,
    Builtin,
    BoundMethod,
    Class,
    Instance,
    Exception,
    Module,
    Cell,
    Iter,
    /// `staticmethod`, `classmethod` and `property` wrappers.
    Descriptor,
    /// Generators and coroutines.
    Generator,
    /// `bytes` (immutable).
    Bytes,
    /// `bytearray` (same layout as bytes, mutable). (The last kind: see
    /// `Kind::COUNT`.)
    ByteArray,
}

impl Kind {
    /// How many kinds there are (`ByteArray` is the last).
    pub const COUNT: usize = Kind::ByteArray as usize + 1;

    /// The kind numbered `n`, which must be below `COUNT`.
    pub fn from_index(n: usize) -> Kind {
        assert!(n < Kind::COUNT, "no kind numbered {n}");
        // SAFETY: the kinds are numbered 0 to COUNT - 1 (repr(u8), no gaps).
        unsafe { std::mem::transmute::<u8, Kind>(n as u8) }
    }
}

/// The first words of every heap object.
#[repr(C)]
pub struct Header {
    /// The object's class (a `Class` object). In a free slot: the next free slot.
    pub class: Cell<Value>,
    /// The layout of the object.
    pub kind: Cell<Kind>,
    /// Set by the collector's mark phase.
    pub mark: Cell<bool>,
    /// Per-kind flags (e.g. a set is frozen).
    pub flags: Cell<u16>,
    /// Per-kind spare word (e.g. a cached string length).
    pub extra: Cell<u32>,
}

impl Header {
    pub fn new(class: Value, kind: Kind) -> Header {
        Header { class: Cell::new(class), kind: Cell::new(kind), mark: Cell::new(false), flags: Cell::new(0), extra: Cell::new(0) }
    }
}

/// Reads the kind of any value, with small ints reported as `Kind::Int`.
#[inline]
pub fn kind_of(v: Value) -> Kind {
    if v.is_small() {
        Kind::Int
    } else {
        v.header().kind.get()
    }
}
