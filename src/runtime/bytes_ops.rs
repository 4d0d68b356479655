//! The operators on `bytes` and `bytearray`: subscripts (item and slice
//! reads, a bytearray's item and slice assignment and deletion), `in`,
//! comparisons, `+` and `*` (in place for a bytearray), `%` formatting,
//! with CPython's messages.

use super::bytes::{as_bytes, buffer, byte_value, bytearray_consume, bytearray_data, bytearray_extend_bytes, bytes_of_iterable, is_bytes_like, new_like};
use super::number::{int, is_int};
use super::object::{kind_of, Kind};
use super::ops::{has_index, index_value, slice_indices, type_name};
use super::value::Value;
use super::vm::{raise_named, PyResult};
use crate::syntax::ast::{BinOp, CmpOp};

/// "bytes" or "bytearray", for messages.
fn type_word(v: Value) -> &'static str {
    if kind_of(v) == Kind::ByteArray {
        "bytearray"
    } else {
        "bytes"
    }
}

/// The bytes at the positions a slice selects.
fn sliced(data: &[u8], slice: Value) -> PyResult<Vec<u8>> {
    let (start, _, step, count) = slice_indices(slice, data.len())?;
    if step == 1 {
        return Ok(data[start as usize..start as usize + count].to_vec());
    }
    Ok((0..count).map(|k| data[(start + k as i64 * step) as usize]).collect())
}

/// Normalizes an item index, with CPython's per-type IndexError message.
fn item_index(v: Value, i: i64, len: usize) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return if kind_of(v) == Kind::ByteArray {
            raise_named("IndexError", "bytearray index out of range")
        } else {
            raise_named("IndexError", "index out of range")
        };
    }
    Ok(j as usize)
}

fn bad_index<T>(v: Value, key: Value) -> PyResult<T> {
    let what = if kind_of(v) == Kind::ByteArray { "bytearray" } else { "byte" };
    raise_named("TypeError", format!("{what} indices must be integers or slices, not {}", type_name(key)))
}

/// `b[key]`: an int for an index, the same type for a slice.
pub fn getitem(v: Value, key: Value) -> PyResult<Value> {
    if kind_of(key) == Kind::Slice {
        let data = sliced(as_bytes(v), key)?;
        return Ok(new_like(v, data));
    }
    if !is_int(key) && !has_index(key) {
        return bad_index(v, key);
    }
    let i = index_value(key)?;
    let data = as_bytes(v);
    Ok(int(data[item_index(v, i, data.len())?] as i64))
}

/// `ba[key] = value` for a bytearray.
pub fn setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    if kind_of(key) == Kind::Slice {
        let items = if is_bytes_like(value) {
            as_bytes(value).to_vec()
        } else if is_int(value) || matches!(kind_of(value), Kind::Str | Kind::Float) {
            return raise_named("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        } else {
            bytes_of_iterable(value)?
        };
        let (start, stop, step, count) = slice_indices(key, bytearray_data(v).len())?;
        let data = bytearray_data(v);
        if step == 1 {
            let stop = stop.max(start);
            data.splice(start as usize..stop as usize, items);
            return Ok(());
        }
        if items.len() != count {
            return raise_named(
                "ValueError",
                format!("attempt to assign bytes of size {} to extended slice of size {count}", items.len()),
            );
        }
        for (k, b) in items.into_iter().enumerate() {
            data[(start + k as i64 * step) as usize] = b;
        }
        return Ok(());
    }
    if !is_int(key) && !has_index(key) {
        return bad_index(v, key);
    }
    let i = index_value(key)?;
    let b = byte_value(value)?;
    let data = bytearray_data(v);
    let j = item_index(v, i, data.len())?;
    data[j] = b;
    Ok(())
}

/// `del ba[key]` for a bytearray.
pub fn delitem(v: Value, key: Value) -> PyResult<()> {
    let len = as_bytes(v).len();
    if kind_of(key) == Kind::Slice {
        let (start, _, step, count) = slice_indices(key, len)?;
        if step == 1 || count <= 1 {
            // A contiguous run: one move, or none for a prefix (`del
            // buf[:n]` as streams consume).
            let start = start.max(0) as usize;
            if start == 0 {
                bytearray_consume(v, count as usize);
            } else {
                bytearray_data(v).drain(start..start + count as usize);
            }
            return Ok(());
        }
        let mut doomed = vec![false; len];
        for k in 0..count {
            doomed[(start + k as i64 * step) as usize] = true;
        }
        let mut k = 0;
        bytearray_data(v).retain(|_| {
            k += 1;
            !doomed[k - 1]
        });
        return Ok(());
    }
    if !is_int(key) && !has_index(key) {
        return bad_index(v, key);
    }
    let j = item_index(v, index_value(key)?, len)?;
    bytearray_data(v).remove(j);
    Ok(())
}

/// Where `needle` first occurs in `hay`.
pub fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() == 1 {
        return hay.iter().position(|&b| b == needle[0]);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// `item in b`: a byte value or a bytes-like subsequence.
pub fn contains(v: Value, item: Value) -> PyResult<bool> {
    if is_int(item) || has_index(item) {
        let b = byte_value(item)?;
        return Ok(as_bytes(v).contains(&b));
    }
    let needle = buffer(item)?.to_vec();
    Ok(find_sub(as_bytes(v), &needle).is_some())
}

/// `a op b` for two bytes-like values, comparing contents.
pub fn compare(op: CmpOp, a: Value, b: Value) -> bool {
    let ord = as_bytes(a).cmp(as_bytes(b));
    use std::cmp::Ordering::*;
    match op {
        CmpOp::Eq => ord == Equal,
        CmpOp::NotEq => ord != Equal,
        CmpOp::Lt => ord == Less,
        CmpOp::LtE => ord != Greater,
        CmpOp::Gt => ord == Greater,
        _ => ord != Less,
    }
}

/// A repeat count: negative counts mean zero.
fn repeat_count(n: Value) -> PyResult<usize> {
    Ok(super::ops::size_value(n)?.max(0) as usize)
}

/// `data * n`, or MemoryError when it cannot be had.
fn repeated(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    match data.len().checked_mul(n) {
        Some(total) if out.try_reserve_exact(total).is_ok() => {}
        _ => return raise_named("MemoryError", ""),
    }
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

/// `a + b` and `a * n` / `n * a` with a bytes or bytearray; None when the
/// operands are not of that shape (other operators, other types).
pub fn binary(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    let (ka, kb) = (kind_of(a), kind_of(b));
    let bytes = |k: Kind| matches!(k, Kind::Bytes | Kind::ByteArray);
    let integer = |k: Kind| matches!(k, Kind::Int | Kind::Bool);
    Ok(Some(match op {
        BinOp::Add if bytes(ka) && bytes(kb) => {
            let mut data = Vec::with_capacity(as_bytes(a).len() + as_bytes(b).len());
            data.extend_from_slice(as_bytes(a));
            data.extend_from_slice(as_bytes(b));
            new_like(a, data)
        }
        BinOp::Mul if bytes(ka) && integer(kb) => {
            let data = repeated(as_bytes(a), repeat_count(b)?)?;
            new_like(a, data)
        }
        BinOp::Mul if integer(ka) && bytes(kb) => {
            let data = repeated(as_bytes(b), repeat_count(a)?)?;
            new_like(b, data)
        }
        BinOp::Mod if bytes(ka) => {
            let fmt: String = as_bytes(a).iter().map(|&b| b as char).collect();
            let out = super::text::percent_core(&fmt, b, true)?;
            new_like(a, out.chars().map(|c| c as u8).collect())
        }
        _ => return Ok(None),
    }))
}

/// The error for `a + b` with a bytes-like `a` and an operand that is not.
pub fn concat_error<T>(a: Value, b: Value) -> PyResult<T> {
    raise_named("TypeError", format!("can't concat {} to {}", type_name(b), type_word(a)))
}

/// `ba += x` and `ba *= n` on a bytearray, in place; None for other operators.
pub fn inplace(op: BinOp, a: Value, b: Value) -> PyResult<Option<Value>> {
    match op {
        BinOp::Add => {
            if !is_bytes_like(b) {
                return concat_error(a, b);
            }
            if a == b {
                // CPython exports the buffer of `b`, then cannot resize `a`.
                return raise_named("BufferError", "Existing exports of data: object cannot be re-sized");
            }
            bytearray_extend_bytes(a, as_bytes(b));
            Ok(Some(a))
        }
        BinOp::Mul if matches!(kind_of(b), Kind::Int | Kind::Bool) => {
            let data = repeated(bytearray_data(a), repeat_count(b)?)?;
            *bytearray_data(a) = data;
            Ok(Some(a))
        }
        _ => Ok(None),
    }
}
