//! `str` objects: immutable UTF-8 text with its length in code points and a
//! cached hash. ASCII strings (the common case) index in O(1).

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use rustc_hash::FxHashMap;

use super::heap;
use super::object::{Header, Kind};
use super::str_buffer::SharedText;
use super::str_methods::{Marks, Text, MARKED_FROM};
use super::value::Value;
use super::vm::vm;

/// A Python `str`.
#[repr(C)]
pub struct StrObj {
    /// Common header.
    pub header: Header,
    /// The text: the bytes right after this struct (a short str), a leaked
    /// `Box<str>` the object owns, or a prefix of `shared`.
    text: &'static str,
    /// The growable buffer `text` lies in when `+` made this str.
    shared: Option<NonNull<SharedText>>,
    /// Length in code points.
    pub chars: usize,
    /// Cached hash (0 = not yet computed).
    pub hash: Cell<i64>,
}

/// Texts up to this many bytes are stored in the str object itself: one
/// allocation instead of two, where most strs a program makes are short.
pub const INLINE_MAX: usize = 256;

/// Makes a str from `text`.
pub fn new_str(text: &str) -> Value {
    if text.len() <= INLINE_MAX {
        return alloc_inline(text);
    }
    new_string(text)
}

/// Makes a str from an owned buffer (kept as it is when long).
pub fn new_string(text: impl Into<String>) -> Value {
    let text: String = text.into();
    if text.len() <= INLINE_MAX {
        return alloc_inline(&text);
    }
    let chars = char_count(&text);
    alloc_str(Box::leak(text.into_boxed_str()), None, chars)
}

/// A str whose text follows its struct in the same heap slot.
fn alloc_inline(text: &str) -> Value {
    let chars = char_count(text);
    let obj = StrObj { header: Header::new(vm().classes.str_, Kind::Str), text: "", shared: None, chars, hash: Cell::new(0) };
    let ptr = heap::alloc_with_bytes(obj, text.as_bytes());
    // SAFETY: the text was copied after the struct, and strs never move.
    unsafe { (*ptr).text = std::str::from_utf8_unchecked(std::slice::from_raw_parts(inline_bytes(ptr), text.len())) };
    Value::from_ptr(ptr)
}

/// Where a str's inline text starts: right after its struct.
fn inline_bytes(obj: *const StrObj) -> *mut u8 {
    obj.wrapping_add(1) as *mut u8
}

fn char_count(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.chars().count()
    }
}

fn alloc_str(text: &'static str, shared: Option<NonNull<SharedText>>, chars: usize) -> Value {
    let obj = StrObj { header: Header::new(vm().classes.str_, Kind::Str), text, shared, chars, hash: Cell::new(0) };
    Value::from_ptr(heap::alloc(obj))
}

/// `a + b` for strs. The result shares a growable buffer: appending to the
/// str at its tip again writes in place, so a loop of `s += t` is linear.
pub fn concat(a: Value, b: Value) -> Value {
    let (left, right) = (str_obj(a), str_obj(b));
    if right.text.is_empty() {
        return a;
    }
    if left.text.is_empty() {
        return b;
    }
    let chars = left.chars + right.chars;
    if let Some(text) = left.shared.and_then(|buffer| SharedText::append(buffer, left.text, right.text)) {
        return alloc_str(text, left.shared, chars);
    }
    // A str that was itself made by `+` is likely to grow again: leave as
    // much room as it holds. A first concatenation is exact, so one-off
    // `a + b` costs no spare memory.
    let spare = if left.shared.is_some() { left.text.len() + right.text.len() } else { 0 };
    let (buffer, text) = SharedText::new(left.text, right.text, spare);
    alloc_str(text, Some(buffer), chars)
}

impl Drop for StrObj {
    fn drop(&mut self) {
        if self.header.flags.get() & HAS_MARKS != 0 {
            // (`try_with`: at thread exit the table may already be gone.)
            let address = self as *const StrObj as usize;
            let _ = MARKS.try_with(|marks| marks.borrow_mut().remove(&address));
            let _ = LAST_MARKS.try_with(|last| {
                if last.get().0 == address {
                    last.set((0, std::ptr::null()));
                }
            });
        }
        match self.shared {
            // SAFETY: this str held one reference and is going away.
            Some(buffer) => unsafe { SharedText::release(buffer) },
            None if self.text.as_ptr() == inline_bytes(self) => {}
            // SAFETY: `text` is the Box<str> leaked by `new_string`.
            None => drop(unsafe { Box::from_raw(self.text as *const str as *mut str) }),
        }
    }
}

/// The text of a str value (which must be a str).
#[inline]
pub fn as_str(v: Value) -> &'static str {
    // SAFETY: the caller checked the kind; strs are immutable and never move.
    unsafe { (*v.ptr::<StrObj>()).text }
}

/// `header.flags` bit of a str that is the interned one for its text.
pub const INTERNED: u16 = 1;
/// `header.flags` bit of a str that has an entry in `MARKS`.
const HAS_MARKS: u16 = 2;

thread_local! {
    /// The code-point checkpoints of long non-ASCII strs that were indexed,
    /// by object address. Kept beside the objects, not in them, since few
    /// strs need them; an entry lives exactly as long as its str (the
    /// `HAS_MARKS` flag tells `drop` to remove it), so a reused address never
    /// finds stale marks.
    static MARKS: RefCell<FxHashMap<usize, Box<Marks>>> = RefCell::new(FxHashMap::default());
    /// The entry of `MARKS` found last, `(address, marks)`: a loop indexes
    /// one text many times in a row.
    static LAST_MARKS: Cell<(usize, *const Marks)> = const { Cell::new((0, std::ptr::null())) };
}

/// A str value's text for indexing: long non-ASCII text gets its marks
/// (made on first use), so indices convert without walking from an end.
pub fn indexable(v: Value) -> Text<'static> {
    let obj = str_obj(v);
    let text = Text { s: obj.text, len: obj.chars, marks: None };
    if obj.chars == obj.text.len() || obj.text.len() < MARKED_FROM {
        return text;
    }
    let address = obj as *const StrObj as usize;
    let (last, found) = LAST_MARKS.with(Cell::get);
    if last == address {
        // SAFETY: as below; `drop` forgets the entry with the str.
        return Text { marks: Some(unsafe { &*found }), ..text };
    }
    let marks: Option<*const Marks> = MARKS.with(|marks| {
        let mut marks = marks.borrow_mut();
        if let Some(found) = marks.get(&address) {
            return Some(&**found as *const Marks);
        }
        let made = Box::new(Marks::of(obj.text)?);
        obj.header.flags.set(obj.header.flags.get() | HAS_MARKS);
        Some(&**marks.entry(address).or_insert(made) as *const Marks)
    });
    if let Some(found) = marks {
        LAST_MARKS.with(|last| last.set((address, found)));
    }
    // SAFETY: the boxed marks stay put until the str is dropped, as its text does.
    Text { marks: marks.map(|marks| unsafe { &*marks }), ..text }
}

/// The str object behind a str value.
#[inline]
pub fn str_obj(v: Value) -> &'static StrObj {
    // SAFETY: as for `as_str`.
    unsafe { &*v.ptr::<StrObj>() }
}

/// The hash of a str (FNV-1a; CPython's str hash is randomized, so no
/// program can depend on its value).
pub fn str_hash(v: Value) -> i64 {
    let obj = str_obj(v);
    if obj.text.is_empty() {
        // As in CPython, the empty string hashes to 0.
        return 0;
    }
    let cached = obj.hash.get();
    if cached != 0 {
        return cached;
    }
    let h = fnv_hash(obj.text.as_bytes());
    obj.hash.set(h);
    h
}

/// FNV-1a of `data`, never 0 or -1 (shared by str and bytes, so that equal
/// ASCII text hashes alike in both, as in CPython).
pub fn fnv_hash(data: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in data {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    let h = (h >> 1) as i64;
    if h == 0 || h == -1 {
        2
    } else {
        h
    }
}

/// True when the two strs have the same text.
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    a == b || as_str(a) == as_str(b)
}
