//! `bytes` and `bytearray` objects: one layout for both (kinds `Bytes` and
//! `ByteArray`), their constructors, `repr`, hash, and the conversions of
//! arguments that must be bytes-like or byte values. The payload is a plain
//! `Vec<u8>`, so the collector has nothing to trace in it.

use std::cell::{Cell, UnsafeCell};

use super::args::{keyword, positional};
use super::call::call;
use super::class::{lookup, type_of};
use super::heap;
use super::iterate::{iter, next};
use super::number::is_int;
use super::object::{kind_of, Header, Kind};
use super::ops::type_name;
use super::str::as_str;
use super::value::Value;
use super::vm::{raise_named, vm, PyResult};

/// A Python `bytes` or `bytearray`.
#[repr(C)]
pub struct BytesObj {
    /// Common header (kind `Bytes` or `ByteArray`).
    pub header: Header,
    /// The bytes; only a bytearray's ever change (single-threaded VM).
    pub data: UnsafeCell<Vec<u8>>,
    /// Cached hash of a bytes (0 = not yet computed).
    pub hash: Cell<i64>,
    /// How many leading bytes of `data` a bytearray has dropped without
    /// moving the rest (`del b[:n]`, as stream buffers are consumed); 0 for
    /// a bytes. They are moved out before any other change.
    pub consumed: Cell<usize>,
}

fn alloc(class: Value, kind: Kind, data: Vec<u8>) -> Value {
    heap::note_external(data.capacity());
    let obj = BytesObj { header: Header::new(class, kind), data: UnsafeCell::new(data), hash: Cell::new(0), consumed: Cell::new(0) };
    Value::from_ptr(heap::alloc(obj))
}

/// Makes a bytes owning `data`.
pub fn new_bytes(data: Vec<u8>) -> Value {
    alloc(vm().classes.bytes, Kind::Bytes, data)
}

/// Makes a bytearray owning `data`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    alloc(vm().classes.bytearray, Kind::ByteArray, data)
}

/// Reads of at most this many bytes go through this thread's scratch
/// buffer (asyncio's transports ask for 256 KiB at a time).
const SCRATCH_BYTES: usize = 256 * 1024;

thread_local! {
    /// The buffer small reads land in before what arrived is copied out:
    /// allocating a buffer of the size asked for each time costs an mmap
    /// and an munmap when that size is past malloc's mmap threshold.
    static SCRATCH: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The bytes a read(2)-like `fill(buffer, n)` puts in a buffer of `n`
/// bytes (not zeroed), or None when it returns -1: exactly what arrived
/// (through the scratch buffer), or, for large reads, a buffer shrunk when
/// much less than `n` arrived.
pub fn filled_buffer(n: usize, fill: impl FnOnce(*mut u8, usize) -> isize) -> Option<Vec<u8>> {
    if n <= SCRATCH_BYTES {
        return SCRATCH.with(|scratch| {
            let mut scratch = scratch.borrow_mut();
            scratch.reserve_exact(SCRATCH_BYTES);
            let got = fill(scratch.as_mut_ptr(), n);
            // SAFETY: `fill` wrote `got` (at most `n`) bytes there.
            (got >= 0).then(|| unsafe { std::slice::from_raw_parts(scratch.as_ptr(), got as usize) }.to_vec())
        });
    }
    let mut buf: Vec<u8> = Vec::with_capacity(n);
    let got = fill(buf.as_mut_ptr(), n);
    if got < 0 {
        return None;
    }
    // SAFETY: `fill` wrote `got` (at most `n`) bytes.
    unsafe { buf.set_len(got as usize) };
    if buf.len() < buf.capacity() / 2 {
        buf.shrink_to_fit();
    }
    Some(buf)
}

/// Makes a bytes or bytearray (as `bytearray` says) owning `data`.
pub fn new_of(bytearray: bool, data: Vec<u8>) -> Value {
    if bytearray {
        new_bytearray(data)
    } else {
        new_bytes(data)
    }
}

/// Makes an object of the same type as `like` (a bytes or bytearray).
pub fn new_like(like: Value, data: Vec<u8>) -> Value {
    new_of(kind_of(like) == Kind::ByteArray, data)
}

/// True for a bytes or bytearray.
#[inline]
pub fn is_bytes_like(v: Value) -> bool {
    matches!(kind_of(v), Kind::Bytes | Kind::ByteArray)
}

/// The bytes of a bytes or bytearray value (which must be one). A
/// bytearray's slice is only valid until the bytearray next changes.
#[inline]
pub fn as_bytes(v: Value) -> &'static [u8] {
    // SAFETY: the caller checked the kind; objects never move.
    unsafe {
        let obj = &*v.ptr::<BytesObj>();
        &(&*obj.data.get())[obj.consumed.get()..]
    }
}

/// The buffer of a bytearray value, to change in place.
#[allow(clippy::mut_from_ref)]
#[inline]
pub fn bytearray_data(v: Value) -> &'static mut Vec<u8> {
    // SAFETY: the caller checked the kind; single-threaded VM.
    unsafe {
        let obj = &*v.ptr::<BytesObj>();
        let data = &mut *obj.data.get();
        if obj.consumed.get() > 0 {
            data.drain(..obj.consumed.replace(0));
        }
        data
    }
}

/// Drops the first `n` bytes of a bytearray (at most its length) without
/// moving the rest: a stream reading from the front of its buffer costs
/// no more than the bytes it takes.
pub fn bytearray_consume(v: Value, n: usize) {
    // SAFETY: the caller checked the kind; single-threaded VM.
    unsafe {
        let obj = &*v.ptr::<BytesObj>();
        let data = &mut *obj.data.get();
        let consumed = obj.consumed.get() + n;
        if consumed >= data.len() {
            data.clear();
            obj.consumed.set(0);
        } else {
            obj.consumed.set(consumed);
        }
    }
}

/// The first `n` bytes of a bytearray (all of it when shorter) as a new
/// bytes, dropped from the bytearray: `bytes(memoryview(b)[:n])` then
/// `del b[:n]`, as CPython's streams take what they read. Taking the whole
/// of an unconsumed buffer hands its storage over instead of copying it.
pub fn bytearray_take(v: Value, n: usize) -> Value {
    // SAFETY: the caller checked the kind; single-threaded VM.
    let (data, consumed) = unsafe {
        let obj = &*v.ptr::<BytesObj>();
        (&mut *obj.data.get(), obj.consumed.get())
    };
    if consumed == 0 && n >= data.len() {
        return new_bytes(std::mem::take(data));
    }
    let live = &data[consumed..];
    let taken = new_bytes(live[..n.min(live.len())].to_vec());
    bytearray_consume(v, n);
    taken
}

/// Appends `more` to a bytearray. The dropped prefix is moved out only
/// when the buffer would otherwise grow.
pub fn bytearray_extend_bytes(v: Value, more: &[u8]) {
    // SAFETY: the caller checked the kind; single-threaded VM.
    let data = unsafe { &mut *(*v.ptr::<BytesObj>()).data.get() };
    let data = if data.capacity() - data.len() < more.len() { bytearray_data(v) } else { data };
    data.extend_from_slice(more);
}

/// The bytes of a bytes-like argument, or CPython's
/// "a bytes-like object is required, not 'T'".
pub fn buffer(v: Value) -> PyResult<&'static [u8]> {
    if is_bytes_like(v) {
        Ok(as_bytes(v))
    } else {
        raise_named("TypeError", format!("a bytes-like object is required, not '{}'", type_name(v)))
    }
}

/// The hash of a bytes: the same FNV-1a as a str over the same bytes, so
/// that, as in CPython, `hash(b'abc') == hash('abc')`.
pub fn bytes_hash(v: Value) -> i64 {
    // SAFETY: the caller checked the kind.
    let obj = unsafe { &*v.ptr::<BytesObj>() };
    let data = as_bytes(v);
    if data.is_empty() {
        return 0;
    }
    let cached = obj.hash.get();
    if cached != 0 {
        return cached;
    }
    let h = super::str::fnv_hash(data);
    obj.hash.set(h);
    h
}

/// CPython's `repr(bytes)`: `b'...'`, with double quotes when the data has
/// a single quote and no double quote.
pub fn bytes_repr(data: &[u8]) -> String {
    quoted(data, false)
}

/// The `b'...'` text; a bytearray's repr (`always_escape_single`) escapes
/// every single quote, even inside double quotes, as CPython's does.
fn quoted(data: &[u8], always_escape_single: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if b as char == quote || (always_escape_single && b == b'\'') => {
                out.push('\\');
                out.push(b as char);
            }
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// `repr()` of a bytes or bytearray value.
pub fn repr(v: Value) -> String {
    if kind_of(v) == Kind::ByteArray {
        format!("bytearray({})", quoted(as_bytes(v), true))
    } else {
        bytes_repr(as_bytes(v))
    }
}

/// `int(b, base)`: the ASCII text of a bytes-like value parsed as an int,
/// with the bytes' repr in the error message.
pub fn parse_int(v: Value, base: i64) -> PyResult<Value> {
    let data = as_bytes(v);
    let invalid = || raise_named("ValueError", format!("invalid literal for int() with base {base}: {}", bytes_repr(data)));
    let Some(text) = std::str::from_utf8(data).ok().filter(|t| t.is_ascii()) else { return invalid() };
    match super::numeric::parse_int(text, base) {
        Ok(n) => Ok(super::number::big(n)),
        Err(e) if e.message.starts_with("invalid literal") => invalid(),
        Err(e) => Err(super::vm::raise_from(e)),
    }
}

/// A byte value given as an int (or `__index__`), checked to be in range.
pub fn byte_value(v: Value) -> PyResult<u8> {
    let n = super::ops::clamped_index(v)?;
    match u8::try_from(n) {
        Ok(b) => Ok(b),
        Err(_) => raise_named("ValueError", "byte must be in range(0, 256)"),
    }
}

/// The bytes of an iterable of ints; `plural` picks CPython's "bytes must
/// be" (the `bytes()` constructor) over "byte must be".
fn from_iterable(source: Value, plural: bool) -> PyResult<Vec<u8>> {
    let it = iter(source)?;
    let mut out = Vec::new();
    while let Some(x) = next(it)? {
        let n = super::ops::clamped_index(x)?;
        match u8::try_from(n) {
            Ok(b) => out.push(b),
            Err(_) if plural => return raise_named("ValueError", "bytes must be in range(0, 256)"),
            Err(_) => return raise_named("ValueError", "byte must be in range(0, 256)"),
        }
    }
    Ok(out)
}

/// The bytes a value stands for where bytes or an iterable of byte values
/// are accepted (`bytearray.extend`, slice assignment).
pub fn bytes_of_iterable(v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(as_bytes(v).to_vec());
    }
    from_iterable(v, false)
}

/// True when `iter(v)` can succeed (a builtin iterable, or a class with
/// `__iter__` or `__getitem__`).
pub fn is_iterable(v: Value) -> bool {
    matches!(
        kind_of(v),
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Set | Kind::Dict | Kind::Range | Kind::Iter | Kind::Generator
    ) || lookup(type_of(v), crate::sym!("__iter__")).is_some()
        || lookup(type_of(v), crate::sym!("__getitem__")).is_some()
}

/// The contents of `bytes(...)` / `bytearray(...)` from the constructor's
/// arguments (`source`, `encoding`, `errors`).
fn contents(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Vec<u8>> {
    super::args::check_keywords(name, kwnames, &["source", "encoding", "errors"])?;
    let pos = positional(args, kwnames);
    super::args::count(name, pos.len(), 0, 3)?;
    let source = pos.first().copied().or(keyword(args, kwnames, "source"));
    let encoding = pos.get(1).copied().or(keyword(args, kwnames, "encoding"));
    let errors = pos.get(2).copied().or(keyword(args, kwnames, "errors"));
    let Some(source) = source else {
        if encoding.is_some() {
            return raise_named("TypeError", "encoding without a string argument");
        }
        if errors.is_some() {
            return raise_named("TypeError", "errors without a string argument");
        }
        return Ok(Vec::new());
    };
    if kind_of(source) == Kind::Str {
        let Some(encoding) = encoding else {
            return raise_named("TypeError", "string argument without an encoding");
        };
        let encoding = super::args::str_arg(name, encoding)?;
        let errors = match errors {
            Some(e) => Some(super::args::str_arg(name, e)?),
            None => None,
        };
        return super::codec::encode(as_str(source), encoding, errors);
    }
    if encoding.is_some() {
        return raise_named("TypeError", "encoding without a string argument");
    }
    if errors.is_some() {
        return raise_named("TypeError", "errors without a string argument");
    }
    if is_bytes_like(source) {
        return Ok(as_bytes(source).to_vec());
    }
    if is_int(source) || super::ops::has_index(source) {
        let n = super::ops::size_value(source)?;
        if n < 0 {
            return raise_named("ValueError", "negative count");
        }
        let mut zeros = Vec::new();
        super::ops::reserve(&mut zeros, n as usize)?;
        zeros.resize(n as usize, 0);
        return Ok(zeros);
    }
    if name == "bytes" && matches!(kind_of(source), Kind::Instance) {
        if let Some(f) = lookup(type_of(source), crate::sym!("__bytes__")) {
            let r = call(f, &[source], &[])?;
            if kind_of(r) != Kind::Bytes {
                return raise_named("TypeError", format!("__bytes__ returned non-bytes (type {})", type_name(r)));
            }
            return Ok(as_bytes(r).to_vec());
        }
    }
    if !is_iterable(source) {
        return raise_named("TypeError", format!("cannot convert '{}' object to {name}", type_name(source)));
    }
    from_iterable(source, name == "bytes")
}

/// `bytes(...)`.
pub fn new_bytes_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if args.len() == 1 && kwnames.is_empty() && kind_of(args[0]) == Kind::Bytes {
        return Ok(args[0]);
    }
    Ok(new_bytes(contents("bytes", args, kwnames)?))
}

/// `bytearray(...)`.
pub fn new_bytearray_obj(_: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    Ok(new_bytearray(contents("bytearray", args, kwnames)?))
}

/// `bytes.fromhex(text)` / `bytearray.fromhex(text)` (class methods):
/// pairs of hex digits, with ASCII whitespace allowed before each pair.
pub fn fromhex(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("fromhex", kwnames)?;
    let cls = args[0];
    super::args::count("fromhex", args.len() - 1, 1, 1)?;
    let arg = args[1];
    if kind_of(arg) != Kind::Str {
        return raise_named("TypeError", format!("fromhex() argument must be str, not {}", super::ops::arg_type_name(arg)));
    }
    let text: Vec<char> = as_str(arg).chars().collect();
    let mut out = Vec::with_capacity(text.len() / 2);
    let mut i = 0;
    let digit = |i: usize| text.get(i).and_then(|c| c.to_digit(16));
    let bad = |i: usize| raise_named("ValueError", format!("non-hexadecimal number found in fromhex() arg at position {i}"));
    while i < text.len() {
        if matches!(text[i], ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let Some(hi) = digit(i) else { return bad(i) };
        let Some(lo) = digit(i + 1) else { return bad(i + 1) };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(new_of(cls == vm().classes.bytearray, out))
}
