//! The methods of `bytes` and `bytearray` (a bytearray's return a
//! bytearray where a bytes's return a bytes), the bytearray-only mutators,
//! and their installation. ASCII semantics throughout, as in CPython.

use super::args::{check_keywords, keyword, method, positional};
use super::bytes::{as_bytes, buffer, byte_value, bytearray_consume, bytearray_data, bytearray_extend_bytes, bytes_of_iterable, is_bytes_like, is_iterable, new_like};
use super::bytes_ops::find_sub;
use super::class::set_class_attr;
use super::function::{new_builtin, new_descriptor, NativeFn};
use super::iterate::collect_or;
use super::number::{int, is_int};
use super::object::{kind_of, Kind};
use super::ops::{has_index, index_value, ssize_arg, type_name};
use super::seq::{list_items, new_list, new_tuple_from, tuple_items};
use super::str::{as_str, new_string};
use super::value::Value;
use super::vm::{boolean, none, raise_named, vm, PyResult};

/// ASCII whitespace as bytes methods see it (`Py_ISSPACE`).
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A copy of the receiver's bytes (safe to hold while Python code runs).
fn data(v: Value) -> Vec<u8> {
    as_bytes(v).to_vec()
}

/// A list of pieces, each of the receiver's type.
fn pieces(like: Value, parts: Vec<Vec<u8>>) -> Value {
    let list = new_list(Vec::with_capacity(parts.len()));
    for p in parts {
        let v = new_like(like, p);
        list_items(list).push(v);
    }
    list
}

/// An optional start/end argument (None counts as absent).
fn opt_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    v.map_or(Ok(None), |&v| super::ops::slice_bound(v))
}

/// CPython's ADJUST_INDICES: start/end clamped like a slice's.
fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let fix = |v: i64| if v < 0 { (v + len).max(0) } else { v };
    let end = end.map_or(len, |e| fix(e).min(len));
    (start.map_or(0, fix), end)
}

/// The needle of `find`/`count`/...: a byte value or a bytes-like object.
fn needle(v: Value) -> PyResult<Vec<u8>> {
    if is_int(v) || has_index(v) {
        return Ok(vec![byte_value(v)?]);
    }
    if is_bytes_like(v) {
        return Ok(as_bytes(v).to_vec());
    }
    raise_named("TypeError", format!("argument should be integer or bytes-like object, not '{}'", type_name(v)))
}

/// Finds `sub` in `hay[start..end]`, from the left or the right.
fn find_in(hay: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, right: bool) -> i64 {
    let (start, end) = adjust(start, end, hay.len());
    if end - start < sub.len() as i64 {
        return -1;
    }
    let (s, e) = (start as usize, end as usize);
    let window = &hay[s..e];
    let found = if right {
        if sub.is_empty() {
            Some(window.len())
        } else {
            window.windows(sub.len()).rposition(|w| w == sub)
        }
    } else {
        find_sub(window, sub)
    };
    found.map_or(-1, |i| (s + i) as i64)
}

fn search(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 3)?;
    let sub = needle(a[1])?;
    let (start, end) = (opt_bound(a.get(2))?, opt_bound(a.get(3))?);
    let right = name.starts_with('r');
    // Searched in place (no Python code runs meanwhile): a copy would make
    // a stream's readline() quadratic in what it has buffered.
    let i = find_in(as_bytes(a[0]), &sub, start, end, right);
    if i < 0 && name.ends_with("index") {
        return raise_named("ValueError", "subsection not found");
    }
    Ok(int(i))
}

fn bytes_find(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "find")
}
fn bytes_rfind(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "rfind")
}
fn bytes_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "index")
}
fn bytes_rindex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "rindex")
}

fn bytes_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("count", args, kw, 1, 3)?;
    let sub = needle(a[1])?;
    let (start, end) = (opt_bound(a.get(2))?, opt_bound(a.get(3))?);
    let hay = as_bytes(a[0]);
    let (start, end) = adjust(start, end, hay.len());
    if end < start {
        return Ok(int(0));
    }
    if sub.is_empty() {
        return Ok(int(end - start + 1));
    }
    let window = &hay[start as usize..end as usize];
    let (mut n, mut i) = (0, 0);
    while let Some(k) = find_sub(&window[i..], &sub) {
        n += 1;
        i += k + sub.len();
    }
    Ok(int(n))
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the left.
fn split_whitespace(s: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut left = max;
    while left > 0 {
        while i < s.len() && is_space(s[i]) {
            i += 1;
        }
        if i == s.len() {
            break;
        }
        let j = i;
        while i < s.len() && !is_space(s[i]) {
            i += 1;
        }
        out.push(s[j..i].to_vec());
        left -= 1;
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i < s.len() {
        out.push(s[i..].to_vec());
    }
    out
}

/// Splits on runs of ASCII whitespace, at most `max` times, from the right.
fn rsplit_whitespace(s: &[u8], max: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = s.len();
    let mut left = max;
    while left > 0 {
        while i > 0 && is_space(s[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            break;
        }
        let j = i;
        while i > 0 && !is_space(s[i - 1]) {
            i -= 1;
        }
        out.push(s[i..j].to_vec());
        left -= 1;
    }
    while i > 0 && is_space(s[i - 1]) {
        i -= 1;
    }
    if i > 0 {
        out.push(s[..i].to_vec());
    }
    out.reverse();
    out
}

/// Splits on `sep`, at most `max` times, from the left or the right.
fn split_sep(s: &[u8], sep: &[u8], max: usize, right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    if right {
        let mut end = s.len();
        while out.len() < max {
            let Some(k) = (if end >= sep.len() { s[..end].windows(sep.len()).rposition(|w| w == sep) } else { None }) else { break };
            out.push(s[k + sep.len()..end].to_vec());
            end = k;
        }
        out.push(s[..end].to_vec());
        out.reverse();
    } else {
        let mut start = 0;
        while out.len() < max {
            let Some(k) = find_sub(&s[start..], sep) else { break };
            out.push(s[start..start + k].to_vec());
            start += k + sep.len();
        }
        out.push(s[start..].to_vec());
    }
    out
}

fn split_common(args: &[Value], kwnames: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    check_keywords(name, kwnames, &["sep", "maxsplit"])?;
    let pos = positional(args, kwnames);
    if pos.len() > 3 {
        return raise_named("TypeError", format!("{name}() takes at most 2 arguments ({} given)", pos.len() - 1));
    }
    let sep = keyword(args, kwnames, "sep").or(pos.get(1).copied()).filter(|&v| v != none());
    let maxsplit = match keyword(args, kwnames, "maxsplit").or(pos.get(2).copied()) {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let s = data(pos[0]);
    let parts = match sep {
        None if right => rsplit_whitespace(&s, max),
        None => split_whitespace(&s, max),
        Some(sep) => {
            let sep = buffer(sep)?.to_vec();
            if sep.is_empty() {
                return raise_named("ValueError", "empty separator");
            }
            split_sep(&s, &sep, max, right)
        }
    };
    Ok(pieces(pos[0], parts))
}

fn bytes_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(args, kw, false)
}

fn bytes_rsplit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(args, kw, true)
}

fn bytes_splitlines(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("splitlines", kwnames, &["keepends"])?;
    super::args::tuple_style_method("splitlines", args, kwnames, 0, 1)?;
    let pos = positional(args, kwnames);
    // (An int, as for str: `splitlines(None)` is an error.)
    let keepends = match keyword(args, kwnames, "keepends").or(pos.get(1).copied()) {
        Some(v) => index_value(v)? != 0,
        None => false,
    };
    let s = data(pos[0]);
    let mut parts = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let start = i;
        while i < s.len() && s[i] != b'\n' && s[i] != b'\r' {
            i += 1;
        }
        let mut eol = i;
        if i < s.len() {
            eol = if s[i] == b'\r' && s.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
        }
        parts.push(s[start..if keepends { eol } else { i }].to_vec());
        i = eol;
    }
    Ok(pieces(pos[0], parts))
}

fn strip_common(args: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    let a = method(name, args, kw, 0, 1)?;
    let chars = match a.get(1) {
        Some(&c) if c != none() => Some(buffer(c)?.to_vec()),
        _ => None,
    };
    let strip = |b: u8| match &chars {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let s = data(a[0]);
    let mut start = 0;
    let mut end = s.len();
    if left {
        while start < end && strip(s[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip(s[end - 1]) {
            end -= 1;
        }
    }
    Ok(new_like(a[0], s[start..end].to_vec()))
}

fn bytes_strip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "strip", true, true)
}
fn bytes_lstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "lstrip", true, false)
}
fn bytes_rstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "rstrip", false, true)
}

/// CPython's `tailmatch`: does `sub` start (or end) `s[start..end]`?
fn tailmatch(s: &[u8], sub: &[u8], start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let len = s.len() as i64;
    let slen = sub.len() as i64;
    let (mut start, end) = adjust(start, end, s.len());
    if at_end {
        if end - start < slen || start > len {
            return false;
        }
        if end - slen > start {
            start = end - slen;
        }
    } else if start > len - slen {
        return false;
    }
    if end - start < slen {
        return false;
    }
    &s[start as usize..(start + slen) as usize] == sub
}

fn affix(args: &[Value], kw: &[Value], name: &str, at_end: bool) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 3)?;
    let s = data(a[0]);
    let (start, end) = (opt_bound(a.get(2))?, opt_bound(a.get(3))?);
    if kind_of(a[1]) == Kind::Tuple {
        for &c in tuple_items(a[1]) {
            if tailmatch(&s, buffer(c)?, start, end, at_end) {
                return Ok(boolean(true));
            }
        }
        return Ok(boolean(false));
    }
    if !is_bytes_like(a[1]) {
        return raise_named("TypeError", format!("{name} first arg must be bytes or a tuple of bytes, not {}", type_name(a[1])));
    }
    Ok(boolean(tailmatch(&s, as_bytes(a[1]), start, end, at_end)))
}

fn bytes_startswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(args, kw, "startswith", false)
}
fn bytes_endswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(args, kw, "endswith", true)
}

fn bytes_join(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("join", args, kw, 1, 1)?;
    let items = collect_or(a[1], "can only join an iterable")?;
    let sep = data(a[0]);
    let mut out = Vec::new();
    for (i, &v) in items.iter().enumerate() {
        if !is_bytes_like(v) {
            return raise_named("TypeError", format!("sequence item {i}: expected a bytes-like object, {} found", type_name(v)));
        }
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(as_bytes(v));
    }
    Ok(new_like(a[0], out))
}

fn bytes_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("replace", args, kw, 2, 3)?;
    let (old, new) = (buffer(a[1])?.to_vec(), buffer(a[2])?.to_vec());
    let count = match a.get(3) {
        Some(&c) => ssize_arg(c)?,
        None => -1,
    };
    let mut left = if count < 0 { usize::MAX } else { count as usize };
    let s = data(a[0]);
    let mut out = Vec::with_capacity(s.len());
    if old.is_empty() {
        for &b in &s {
            if left > 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
        }
        if left > 0 {
            out.extend_from_slice(&new);
        }
        return Ok(new_like(a[0], out));
    }
    let mut i = 0;
    while left > 0 {
        let Some(k) = find_sub(&s[i..], &old) else { break };
        out.extend_from_slice(&s[i..i + k]);
        out.extend_from_slice(&new);
        i += k + old.len();
        left -= 1;
    }
    out.extend_from_slice(&s[i..]);
    Ok(new_like(a[0], out))
}

fn partition_common(args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let a = method(if right { "rpartition" } else { "partition" }, args, kw, 1, 1)?;
    let sep = buffer(a[1])?.to_vec();
    if sep.is_empty() {
        return raise_named("ValueError", "empty separator");
    }
    let s = data(a[0]);
    let found = if right { s.windows(sep.len()).rposition(|w| w == sep.as_slice()) } else { find_sub(&s, &sep) };
    let parts = match found {
        Some(k) => [s[..k].to_vec(), sep.clone(), s[k + sep.len()..].to_vec()],
        None if right => [Vec::new(), Vec::new(), s],
        None => [s, Vec::new(), Vec::new()],
    };
    let [x, y, z] = parts;
    let (x, y, z) = (new_like(a[0], x), new_like(a[0], y), new_like(a[0], z));
    Ok(new_tuple_from(&[x, y, z]))
}

fn bytes_partition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(args, kw, false)
}
fn bytes_rpartition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(args, kw, true)
}

fn bytes_removeprefix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("removeprefix", args, kw, 1, 1)?;
    let (s, p) = (data(a[0]), buffer(a[1])?);
    Ok(new_like(a[0], s.strip_prefix(p).unwrap_or(&s).to_vec()))
}

fn bytes_removesuffix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("removesuffix", args, kw, 1, 1)?;
    let (s, p) = (data(a[0]), buffer(a[1])?);
    Ok(new_like(a[0], s.strip_suffix(p).unwrap_or(&s).to_vec()))
}

/// `title()` over ASCII: upper case after an uncased byte, lower case after a cased one.
fn title(s: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    s.iter()
        .map(|&b| {
            let out = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

fn capitalize(s: &[u8]) -> Vec<u8> {
    s.iter().enumerate().map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
}

fn swapcase(s: &[u8]) -> Vec<u8> {
    s.iter().map(|&b| if b.is_ascii_lowercase() { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect()
}

macro_rules! case_method {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = method($name, args, kw, 0, 0)?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(new_like(a[0], f(as_bytes(a[0]))))
        }
    };
}

case_method!(bytes_upper, "upper", |s| s.to_ascii_uppercase());
case_method!(bytes_lower, "lower", |s| s.to_ascii_lowercase());
case_method!(bytes_swapcase, "swapcase", swapcase);
case_method!(bytes_capitalize, "capitalize", capitalize);
case_method!(bytes_title, "title", title);

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = method($name, args, kw, 0, 0)?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(boolean(f(as_bytes(a[0]))))
        }
    };
}

predicate!(bytes_isdigit, "isdigit", |s| !s.is_empty() && s.iter().all(u8::is_ascii_digit));
predicate!(bytes_isalpha, "isalpha", |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphabetic));
predicate!(bytes_isalnum, "isalnum", |s| !s.is_empty() && s.iter().all(u8::is_ascii_alphanumeric));
predicate!(bytes_isspace, "isspace", |s| !s.is_empty() && s.iter().all(|&b| is_space(b)));
predicate!(bytes_isascii, "isascii", |s| s.is_ascii());
predicate!(bytes_islower, "islower", |s| s.iter().any(u8::is_ascii_lowercase) && !s.iter().any(u8::is_ascii_uppercase));
predicate!(bytes_istitle, "istitle", istitle);
predicate!(bytes_isupper, "isupper", |s| s.iter().any(u8::is_ascii_uppercase) && !s.iter().any(u8::is_ascii_lowercase));

/// Title case: an upper-case letter only after an uncased byte, a lower-case
/// one only after a cased one, and at least one cased byte.
fn istitle(s: &[u8]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for &b in s {
        if b.is_ascii_uppercase() {
            if previous_cased {
                return false;
            }
            (cased, previous_cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !previous_cased {
                return false;
            }
            (cased, previous_cased) = (true, true);
        } else {
            previous_cased = false;
        }
    }
    cased
}

/// `expandtabs(tabsize=8)`: tabs to spaces up to the next multiple of the
/// tab size; the column restarts after `\n` and `\r`.
fn bytes_expandtabs(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::check_keywords("expandtabs", kwnames, &["tabsize"])?;
    let pos = super::args::positional(args, kwnames);
    super::args::count("expandtabs", pos.len() - 1, 0, 1)?;
    let size = match pos.get(1).copied().or_else(|| super::args::keyword(args, kwnames, "tabsize")) {
        Some(v) => super::ops::index_value(v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut column = 0i64;
    for &b in as_bytes(args[0]) {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - column % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    column += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                column = 0;
            }
            _ => {
                out.push(b);
                column += 1;
            }
        }
    }
    Ok(new_like(args[0], out))
}

/// A bytes-like argument's bytes.
fn bytes_like(v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(as_bytes(v).to_vec());
    }
    raise_named("TypeError", format!("a bytes-like object is required, not '{}'", type_name(v)))
}

/// `bytes.maketrans(from, to)`: the 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same place.
fn bytes_maketrans(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("maketrans", kw)?;
    super::args::count("maketrans", args.len(), 2, 2)?;
    let (from, to) = (bytes_like(args[0])?, bytes_like(args[1])?);
    if from.len() != to.len() {
        return raise_named("ValueError", "maketrans arguments must have same length");
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(&to) {
        table[f as usize] = t;
    }
    Ok(super::bytes::new_bytes(table))
}

/// `translate(table, /, delete=b'')`: each byte through `table` (None
/// keeps it), leaving out the bytes of `delete`.
fn bytes_translate(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::args::check_keywords("translate", kwnames, &["delete"])?;
    let pos = super::args::positional(args, kwnames);
    super::args::count("translate", pos.len() - 1, 1, 2)?;
    let table = match pos[1] {
        t if t == none() => None,
        t => {
            let t = bytes_like(t)?;
            if t.len() != 256 {
                return raise_named("ValueError", "translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match pos.get(2).copied().or_else(|| super::args::keyword(args, kwnames, "delete")) {
        Some(d) => bytes_like(d)?,
        None => Vec::new(),
    };
    let out: Vec<u8> =
        as_bytes(args[0]).iter().filter(|b| !delete.contains(b)).map(|&b| table.as_ref().map_or(b, |t| t[b as usize])).collect();
    Ok(new_like(args[0], out))
}

/// The fill byte of `center`/`ljust`/`rjust`.
fn fill_byte(name: &str, v: Option<&Value>) -> PyResult<u8> {
    match v {
        None => Ok(b' '),
        Some(&f) if is_bytes_like(f) && as_bytes(f).len() == 1 => Ok(as_bytes(f)[0]),
        Some(&f) => raise_named("TypeError", format!("{name}() argument 2 must be a byte string of length 1, not {}", type_name(f))),
    }
}

fn justify(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 2)?;
    let width = ssize_arg(a[1])?;
    let fill = fill_byte(name, a.get(2))?;
    let s = data(a[0]);
    let pad = (width.max(0) as usize).saturating_sub(s.len());
    let left = match name {
        "ljust" => 0,
        "rjust" => pad,
        // CPython's centering puts the odd byte on the left when the width is odd.
        _ => pad / 2 + (pad & width as usize & 1),
    };
    let mut out = Vec::new();
    super::ops::reserve(&mut out, s.len() + pad)?;
    out.resize(left, fill);
    out.extend_from_slice(&s);
    out.resize(s.len() + pad, fill);
    Ok(new_like(a[0], out))
}

fn bytes_center(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "center")
}
fn bytes_ljust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "ljust")
}
fn bytes_rjust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "rjust")
}

fn bytes_zfill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("zfill", args, kw, 1, 1)?;
    let width = ssize_arg(a[1])?;
    let s = data(a[0]);
    let pad = (width.max(0) as usize).saturating_sub(s.len());
    let sign = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let mut out = Vec::new();
    super::ops::reserve(&mut out, s.len() + pad)?;
    out.extend_from_slice(&s[..sign]);
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(&s[sign..]);
    Ok(new_like(a[0], out))
}

/// `hex(sep=None, bytes_per_sep=1)`.
fn bytes_hex(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    check_keywords("hex", kwnames, &["sep", "bytes_per_sep"])?;
    let pos = positional(args, kwnames);
    if pos.len() > 3 {
        return raise_named("TypeError", format!("hex() takes at most 2 arguments ({} given)", pos.len() - 1));
    }
    let sep = match keyword(args, kwnames, "sep").or(pos.get(1).copied()) {
        None => None,
        Some(v) => {
            let text: Vec<u8> = match kind_of(v) {
                Kind::Str => {
                    let s = as_str(v);
                    if s.chars().count() == 1 && !s.is_ascii() {
                        return raise_named("ValueError", "sep must be ASCII.");
                    }
                    s.as_bytes().to_vec()
                }
                Kind::Bytes | Kind::ByteArray => as_bytes(v).to_vec(),
                Kind::List | Kind::Tuple | Kind::Dict | Kind::Set => {
                    if super::ops::len(v)? != 1 {
                        return raise_named("ValueError", "sep must be length 1.");
                    }
                    return raise_named("TypeError", "sep must be str or bytes.");
                }
                _ => return raise_named("TypeError", format!("object of type '{}' has no len()", type_name(v))),
            };
            if text.len() != 1 {
                return raise_named("ValueError", "sep must be length 1.");
            }
            Some(text[0])
        }
    };
    let per = match keyword(args, kwnames, "bytes_per_sep").or(pos.get(2).copied()) {
        Some(v) => index_value(v)?,
        None => 1,
    };
    let s = as_bytes(pos[0]);
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(s.len() * 3);
    for (i, b) in s.iter().enumerate() {
        if let (Some(sep), true) = (sep, group > 0 && i > 0) {
            // Positive counts group from the right, negative from the left.
            let boundary = if per > 0 { (s.len() - i).is_multiple_of(group) } else { i.is_multiple_of(group) };
            if boundary {
                out.push(sep as char);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    Ok(new_string(out))
}

fn bytearray_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("append", args, kw, 1, 1)?;
    let b = byte_value(a[1])?;
    bytearray_data(a[0]).push(b);
    Ok(none())
}

fn bytearray_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("extend", args, kw, 1, 1)?;
    if !is_bytes_like(a[1]) && !is_iterable(a[1]) {
        return raise_named("TypeError", format!("can't extend bytearray with {}", type_name(a[1])));
    }
    // Another bytes-like object is appended straight from its buffer;
    // extending with itself must copy first, since the buffer grows.
    if is_bytes_like(a[1]) && a[1] != a[0] {
        bytearray_extend_bytes(a[0], as_bytes(a[1]));
    } else {
        let more = bytes_of_iterable(a[1])?;
        bytearray_data(a[0]).extend_from_slice(&more);
    }
    Ok(none())
}

fn bytearray_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("pop", args, kw, 0, 1)?;
    let i = match a.get(1) {
        Some(&i) => Some(ssize_arg(i)?),
        None => None,
    };
    let buf = bytearray_data(a[0]);
    if buf.is_empty() {
        return raise_named("IndexError", "pop from empty bytearray");
    }
    let len = buf.len() as i64;
    let i = i.unwrap_or(len - 1);
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return raise_named("IndexError", "pop index out of range");
    }
    Ok(int(buf.remove(j as usize) as i64))
}

fn bytearray_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("insert", args, kw, 2, 2)?;
    let i = ssize_arg(a[1])?;
    let b = byte_value(a[2])?;
    let buf = bytearray_data(a[0]);
    let len = buf.len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    buf.insert(i as usize, b);
    Ok(none())
}

fn bytearray_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("remove", args, kw, 1, 1)?;
    let b = byte_value(a[1])?;
    let buf = bytearray_data(a[0]);
    match buf.iter().position(|&x| x == b) {
        Some(i) => {
            buf.remove(i);
            Ok(none())
        }
        None => raise_named("ValueError", "value not found in bytearray"),
    }
}

fn bytearray_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("clear", args, kw, 0, 0)?;
    bytearray_consume(a[0], as_bytes(a[0]).len());
    Ok(none())
}

fn bytearray_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("reverse", args, kw, 0, 0)?;
    bytearray_data(a[0]).reverse();
    Ok(none())
}

fn bytearray_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("copy", args, kw, 0, 0)?;
    Ok(new_like(a[0], data(a[0])))
}

/// `bytes.__bytes__()`: the exact bytes (a subclass instance's value).
fn bytes_dunder_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__bytes__", args, kw, 0, 0)?;
    Ok(a[0])
}

/// Methods shared by bytes and bytearray.
const SHARED: &[(&str, NativeFn)] = &[
    ("decode", super::codec::bytes_decode),
    ("hex", bytes_hex),
    ("find", bytes_find),
    ("rfind", bytes_rfind),
    ("index", bytes_index),
    ("rindex", bytes_rindex),
    ("count", bytes_count),
    ("split", bytes_split),
    ("rsplit", bytes_rsplit),
    ("splitlines", bytes_splitlines),
    ("strip", bytes_strip),
    ("lstrip", bytes_lstrip),
    ("rstrip", bytes_rstrip),
    ("startswith", bytes_startswith),
    ("endswith", bytes_endswith),
    ("join", bytes_join),
    ("replace", bytes_replace),
    ("partition", bytes_partition),
    ("rpartition", bytes_rpartition),
    ("removeprefix", bytes_removeprefix),
    ("removesuffix", bytes_removesuffix),
    ("upper", bytes_upper),
    ("lower", bytes_lower),
    ("swapcase", bytes_swapcase),
    ("capitalize", bytes_capitalize),
    ("title", bytes_title),
    ("isdigit", bytes_isdigit),
    ("isalpha", bytes_isalpha),
    ("isalnum", bytes_isalnum),
    ("isspace", bytes_isspace),
    ("isascii", bytes_isascii),
    ("islower", bytes_islower),
    ("istitle", bytes_istitle),
    ("expandtabs", bytes_expandtabs),
    ("translate", bytes_translate),
    ("isupper", bytes_isupper),
    ("center", bytes_center),
    ("ljust", bytes_ljust),
    ("rjust", bytes_rjust),
    ("zfill", bytes_zfill),
];

/// Methods only a bytearray has.
const BYTEARRAY: &[(&str, NativeFn)] = &[
    ("append", bytearray_append),
    ("extend", bytearray_extend),
    ("pop", bytearray_pop),
    ("insert", bytearray_insert),
    ("remove", bytearray_remove),
    ("clear", bytearray_clear),
    ("reverse", bytearray_reverse),
    ("copy", bytearray_copy),
];

/// Installs the methods of bytes and bytearray.
pub fn install() {
    let c = &vm().classes;
    for cls in [c.bytes, c.bytearray] {
        for &(name, f) in SHARED {
            set_class_attr(cls, name, new_builtin(name, f));
        }
        let maketrans = new_builtin("maketrans", bytes_maketrans);
        set_class_attr(cls, "maketrans", new_descriptor(c.staticmethod, maketrans, Value::NULL, Value::NULL));
        let fromhex = new_builtin("fromhex", super::bytes::fromhex);
        set_class_attr(cls, "fromhex", new_descriptor(c.classmethod, fromhex, Value::NULL, Value::NULL));
    }
    for &(name, f) in BYTEARRAY {
        set_class_attr(c.bytearray, name, new_builtin(name, f));
    }
    set_class_attr(c.bytes, "__bytes__", new_builtin("__bytes__", bytes_dunder_bytes));
}
