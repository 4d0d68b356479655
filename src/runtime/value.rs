//! The value word. Every Python value is one 64-bit word: a small integer
//! inline (low bit 1, the integer in the upper 63 bits) or a pointer to a
//! heap object (8-byte aligned, low bits 000). The word 0 is never a Python
//! value: it is the "raised an exception" sentinel returned by runtime
//! helpers and the "unbound" mark of local variables.

use super::object::Header;

/// One Python value.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Value(pub u64);

/// The smallest integer stored inline.
pub const SMALL_MIN: i64 = -(1 << 62);
/// The largest integer stored inline.
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The sentinel: "an exception is pending" or "unbound".
    pub const NULL: Value = Value(0);

    /// An inline integer, if `i` fits in 63 bits.
    #[inline]
    pub fn small(i: i64) -> Option<Value> {
        if (SMALL_MIN..=SMALL_MAX).contains(&i) {
            Some(Value(((i << 1) | 1) as u64))
        } else {
            None
        }
    }

    /// An inline integer known to fit.
    #[inline]
    pub fn small_unchecked(i: i64) -> Value {
        debug_assert!((SMALL_MIN..=SMALL_MAX).contains(&i));
        Value(((i << 1) | 1) as u64)
    }

    #[inline]
    pub fn is_small(self) -> bool {
        self.0 & 1 == 1
    }

    /// The inline integer; only meaningful when `is_small`.
    #[inline]
    pub fn as_small(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    /// True for a pointer to a heap object.
    #[inline]
    pub fn is_obj(self) -> bool {
        self.0 & 7 == 0 && self.0 != 0
    }

    #[inline]
    pub fn from_ptr<T>(p: *mut T) -> Value {
        Value(p as u64)
    }

    /// The object this value points to, cast to its layout.
    #[inline]
    pub fn ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }

    /// The object header; only meaningful when `is_obj`.
    #[inline]
    pub fn header(self) -> &'static Header {
        unsafe { &*(self.0 as *const Header) }
    }
}
