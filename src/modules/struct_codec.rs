//! `_struct`: packing values into bytes and back by a format string, as
//! CPython's `_struct` does (stdlib/struct.py wraps it: `Struct`,
//! `pack_into`, `unpack_from`, `iter_unpack`). A format is an optional
//! byte order (`@` native with alignment, `=` `<` `>` `!` standard sizes
//! without), then codes with optional counts. Errors are `struct.error`
//! (the class struct.py registers), with CPython's words.

use std::cell::Cell;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::runtime::args::{count, no_keywords};
use crate::runtime::bytes::{as_bytes, is_bytes_like, new_bytes};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_bigint, big, float, int, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::{new_tuple, tuple_items};
use crate::runtime::str::{as_str, new_str};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, set_exception, Exc, PyResult};

thread_local! {
    /// `struct.error`, registered by struct.py.
    static ERROR: Cell<Value> = const { Cell::new(Value::NULL) };
}

/// Raises `struct.error(message)`.
fn error<T>(message: impl Into<String>) -> PyResult<T> {
    let class = ERROR.with(|e| e.get());
    if class.is_null() {
        return raise_named("ValueError", message.into());
    }
    let exc = crate::runtime::call::call(class, &[new_str(&message.into())], &[])?;
    set_exception(exc);
    Err(Exc)
}

/// One code of a format, placed.
#[derive(Clone, Copy)]
struct Item {
    /// The format character.
    code: char,
    /// Its offset in the packed bytes.
    offset: usize,
    /// Bytes it takes (for `s` and `p`, the whole field).
    size: usize,
}

/// A parsed format: its items (each `s`/`p` field one item, other counts
/// repeated), the packed size, and how values are laid out.
struct Layout {
    items: Vec<Item>,
    size: usize,
    /// Native mode: native sizes and alignment.
    native: bool,
    /// Little-endian.
    little: bool,
}

impl Layout {
    /// How many values it packs (pad bytes take none).
    fn values(&self) -> usize {
        self.items.iter().filter(|i| i.code != 'x').count()
    }
}

/// The size of `code`, natively or in standard sizes (None: no such code
/// in that mode).
fn code_size(code: char, native: bool) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if native {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if native => 8,
        _ => return None,
    })
}

fn parse(format: &str) -> PyResult<Layout> {
    let mut chars = format.chars().peekable();
    let (native, little) = match chars.peek() {
        Some('@') => (true, true),
        Some('=') | Some('<') => (false, true),
        Some('>') | Some('!') => (false, false),
        _ => (true, true),
    };
    if matches!(chars.peek(), Some('@' | '=' | '<' | '>' | '!')) {
        chars.next();
    }
    let mut items = Vec::new();
    let mut offset = 0usize;
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut repeat = None;
        let mut code = c;
        if c.is_ascii_digit() {
            let mut n: usize = c.to_digit(10).expect("a digit") as usize;
            loop {
                match chars.next() {
                    Some(d) if d.is_ascii_digit() => {
                        n = match n.checked_mul(10).and_then(|n| n.checked_add(d.to_digit(10).expect("a digit") as usize)) {
                            Some(n) => n,
                            None => return error("total struct size too long"),
                        }
                    }
                    Some(other) => {
                        code = other;
                        break;
                    }
                    None => return error("repeat count given without format specifier"),
                }
            }
            repeat = Some(n);
        }
        let Some(size) = code_size(code, native) else { return error("bad char in struct format") };
        if native && size > 1 && !matches!(code, 's' | 'p') {
            offset = offset.div_ceil(size) * size;
        }
        let n = repeat.unwrap_or(1);
        if matches!(code, 's' | 'p') {
            items.push(Item { code, offset, size: n });
            offset += n;
        } else {
            for _ in 0..n {
                items.push(Item { code, offset, size });
                offset += size;
            }
        }
    }
    Ok(Layout { items, size: offset, native, little })
}

/// The format argument: str or bytes.
fn format_arg(v: Value) -> PyResult<String> {
    match kind_of(v) {
        Kind::Str => Ok(as_str(v).to_string()),
        _ if is_bytes_like(v) => Ok(String::from_utf8_lossy(as_bytes(v)).into_owned()),
        _ => raise_named("TypeError", format!("Struct() argument 1 must be a str or bytes object, not {}", crate::runtime::ops::type_name(v))),
    }
}

/// The integer value of `v` for an integer code (`__index__` taken).
fn integer(v: Value) -> PyResult<BigInt> {
    if is_int(v) {
        return Ok(as_bigint(v));
    }
    if kind_of(v) != Kind::Float && crate::runtime::class::lookup(crate::runtime::class::type_of(v), crate::sym!("__index__")).is_some() {
        let i = crate::runtime::ops::index_int(v)?;
        return Ok(as_bigint(i));
    }
    error("required argument is not an integer")
}

/// The range message of integer code `code` out of range.
fn range_error<T>(code: char, native: bool) -> PyResult<T> {
    match (code, native) {
        ('b', _) => error("byte format requires -128 <= number <= 127"),
        ('B', _) => error("ubyte format requires 0 <= number <= 255"),
        ('h', _) => error("short format requires -32768 <= number <= 32767"),
        ('H', _) => error("ushort format requires 0 <= number <= 65535"),
        ('i', _) => error("'i' format requires -2147483648 <= number <= 2147483647"),
        ('l', false) => error("'l' format requires -2147483648 <= number <= 2147483647"),
        ('L', false) => error("'L' format requires 0 <= number <= 4294967295"),
        _ => error("argument out of range"),
    }
}

fn put_int(out: &mut [u8], item: Item, v: Value, layout: &Layout) -> PyResult<()> {
    let n = integer(v)?;
    let signed = item.code.is_ascii_lowercase();
    let bits = 8 * item.size as u32;
    let fits = if signed {
        let half = BigInt::from(1) << (bits - 1);
        n >= -half.clone() && n < half
    } else {
        n >= BigInt::from(0) && n < (BigInt::from(1) << bits)
    };
    if !fits {
        return range_error(item.code, layout.native);
    }
    let word: u64 = if signed { n.to_i64().expect("checked") as u64 } else { n.to_u64().expect("checked") };
    let bytes = word.to_le_bytes();
    let field = &mut out[item.offset..item.offset + item.size];
    field.copy_from_slice(&bytes[..item.size]);
    if !layout.little {
        field.reverse();
    }
    Ok(())
}

fn get_int(data: &[u8], item: Item, layout: &Layout) -> Value {
    let mut bytes = [0u8; 8];
    bytes[..item.size].copy_from_slice(&data[item.offset..item.offset + item.size]);
    if !layout.little {
        bytes[..item.size].reverse();
    }
    let word = u64::from_le_bytes(bytes);
    if item.code.is_ascii_lowercase() {
        let shift = 64 - 8 * item.size as u32;
        int(((word << shift) as i64) >> shift)
    } else if word > i64::MAX as u64 {
        big(BigInt::from(word))
    } else {
        int(word as i64)
    }
}

/// The float of `v` for a float code.
fn real(v: Value) -> PyResult<f64> {
    match kind_of(v) {
        Kind::Float => Ok(crate::runtime::number::as_float(v)),
        _ if is_int(v) => crate::runtime::arith::int_to_f64(&as_bigint(v)),
        _ => error("required argument is not a float"),
    }
}

/// IEEE half precision bits of `x` (rounded half to even), or None when
/// it is too large.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    let a = x.abs();
    if a.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    if a == 0.0 {
        return Some(sign);
    }
    // a = mantissa * 2^exponent, mantissa in [0.5, 1).
    let (mantissa, exponent) = frexp(a);
    let e = exponent - 1; // a in [2^e, 2^(e+1))
    if e < -14 {
        // Subnormal: a / 2^-24, rounded half to even.
        let units = round_half_even(a * 2f64.powi(24));
        if units >= 1024.0 {
            return Some(sign | 0x0400);
        }
        return Some(sign | units as u16);
    }
    let mut m = round_half_even((mantissa * 2.0 - 1.0) * 1024.0);
    let mut e = e;
    if m >= 1024.0 {
        m = 0.0;
        e += 1;
    }
    if e > 15 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | m as u16)
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - x.trunc()).abs() == 0.5 && r % 2.0 != 0.0 {
        r - x.signum()
    } else {
        r
    }
}

fn half_value(bits: u16) -> f64 {
    let sign = if bits & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((bits >> 10) & 0x1f) as i32;
    let m = (bits & 0x3ff) as f64;
    sign * match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1.0 + m / 1024.0) * 2f64.powi(e - 15),
    }
}

fn put(out: &mut [u8], item: Item, v: Value, layout: &Layout) -> PyResult<()> {
    let order = |bytes: &mut [u8]| {
        if !layout.little {
            bytes.reverse();
        }
    };
    match item.code {
        'c' => {
            if !(is_bytes_like(v) && kind_of(v) != Kind::Str && as_bytes(v).len() == 1) {
                return error("char format requires a bytes object of length 1");
            }
            out[item.offset] = as_bytes(v)[0];
        }
        '?' => out[item.offset] = crate::runtime::ops::truthy(v)? as u8,
        's' | 'p' => {
            if kind_of(v) == Kind::Str || !is_bytes_like(v) {
                return error(format!("argument for '{}' must be a bytes object", item.code));
            }
            let data = as_bytes(v);
            let field = &mut out[item.offset..item.offset + item.size];
            if item.code == 's' {
                let n = data.len().min(item.size);
                field[..n].copy_from_slice(&data[..n]);
            } else if item.size > 0 {
                let n = data.len().min(item.size - 1).min(255);
                field[0] = n as u8;
                field[1..1 + n].copy_from_slice(&data[..n]);
            }
        }
        'e' => {
            let x = real(v)?;
            let Some(bits) = half_bits(x) else {
                return Err(overflow("e"));
            };
            let mut bytes = bits.to_le_bytes();
            order(&mut bytes);
            out[item.offset..item.offset + 2].copy_from_slice(&bytes);
        }
        'f' => {
            let x = real(v)?;
            let single = x as f32;
            if single.is_infinite() && x.is_finite() && !layout.native {
                return Err(overflow("f"));
            }
            let mut bytes = single.to_le_bytes();
            order(&mut bytes);
            out[item.offset..item.offset + 4].copy_from_slice(&bytes);
        }
        'd' => {
            let mut bytes = real(v)?.to_le_bytes();
            order(&mut bytes);
            out[item.offset..item.offset + 8].copy_from_slice(&bytes);
        }
        _ => put_int(out, item, v, layout)?,
    }
    Ok(())
}

/// Raises `OverflowError: float too large to pack with CODE format`.
fn overflow(code: &str) -> Exc {
    raise_named::<()>("OverflowError", format!("float too large to pack with {code} format")).expect_err("raised")
}

fn get(data: &[u8], item: Item, layout: &Layout) -> Value {
    let field = &data[item.offset..item.offset + item.size];
    let ordered = |n: usize| {
        let mut bytes = [0u8; 8];
        bytes[..n].copy_from_slice(&field[..n]);
        if !layout.little {
            bytes[..n].reverse();
        }
        bytes
    };
    match item.code {
        'c' => new_bytes(vec![field[0]]),
        '?' => boolean(field[0] != 0),
        's' => new_bytes(field.to_vec()),
        'p' => {
            if field.is_empty() {
                return new_bytes(Vec::new());
            }
            let n = (field[0] as usize).min(item.size - 1);
            new_bytes(field[1..1 + n].to_vec())
        }
        'e' => {
            let b = ordered(2);
            float(half_value(u16::from_le_bytes([b[0], b[1]])))
        }
        'f' => {
            let b = ordered(4);
            float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64)
        }
        'd' => float(f64::from_le_bytes(ordered(8))),
        _ => get_int(data, item, layout),
    }
}

/// `calcsize(format)`.
fn calcsize(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("calcsize", kw)?;
    count("calcsize", args.len(), 1, 1)?;
    Ok(int(parse(&format_arg(args[0])?)?.size as i64))
}

/// `pack(format, values)`: the values as a tuple.
fn pack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("pack", kw)?;
    count("pack", args.len(), 2, 2)?;
    let layout = parse(&format_arg(args[0])?)?;
    let values = tuple_items(args[1]);
    if values.len() != layout.values() {
        return error(format!("pack expected {} items for packing (got {})", layout.values(), values.len()));
    }
    let mut out = vec![0u8; layout.size];
    let mut next = values.iter();
    for &item in &layout.items {
        if item.code == 'x' {
            continue;
        }
        put(&mut out, item, *next.next().expect("counted"), &layout)?;
    }
    Ok(new_bytes(out))
}

/// `unpack(format, buffer, offset)`: the values at `offset`, the buffer
/// checked by the caller to hold them.
fn unpack(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("unpack", kw)?;
    count("unpack", args.len(), 3, 3)?;
    let layout = parse(&format_arg(args[0])?)?;
    if !is_bytes_like(args[1]) || kind_of(args[1]) == Kind::Str {
        return raise_named("TypeError", format!("a bytes-like object is required, not '{}'", crate::runtime::ops::type_name(args[1])));
    }
    let data = as_bytes(args[1]);
    let offset = crate::runtime::number::as_i64(args[2]).unwrap_or(0).max(0) as usize;
    if data.len() < offset + layout.size {
        return error(format!("unpack requires a buffer of {} bytes", layout.size));
    }
    let data = data[offset..offset + layout.size].to_vec();
    // Made with collection off: the vector holding them is no root.
    Ok(crate::runtime::heap::without_gc(|| new_tuple(layout.items.iter().filter(|i| i.code != 'x').map(|&i| get(&data, i, &layout)).collect())))
}

/// `_init(error)`: registers `struct.error`.
fn init(args: &[Value], _: &[Value]) -> PyResult<Value> {
    ERROR.with(|e| e.set(args[0]));
    crate::runtime::heap::add_root_set(|visit| ERROR.with(|e| visit(e.get())));
    Ok(none())
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("calcsize", calcsize), ("pack", pack), ("unpack", unpack), ("_init", init)];

/// Makes the `_struct` module.
pub fn create() -> Value {
    let m = new_module("_struct", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
