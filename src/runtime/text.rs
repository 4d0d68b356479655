//! Text conversions: `repr()` and `str()` of every builtin kind (with the
//! `[...]` guard for self-containing containers), str indexing, and `%`
//! formatting.

use std::cell::RefCell;

use super::class::{class_obj, lookup, type_of};
use super::dict::table;
use super::exception::{exc_obj, exc_str};
use super::function::{builtin_obj, func_obj, method_obj};
use super::number::{as_bigint, as_float, is_int};
use super::object::{kind_of, Kind};
use super::seq::{list_items, tuple_items};
use super::set::set_table;
use super::str::{as_str, new_str, new_string, str_obj};
use super::value::Value;
use super::vm::{intern, none, raise_named, vm, PyResult};

thread_local! {
    /// Containers whose repr is being built (to print `[...]` for cycles).
    static REPR_STACK: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

/// CPython's `repr(float)`.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0".into() } else { "0.0".into() };
    }
    // Shortest round-trip digits and decimal exponent from Rust's formatter.
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("exponent is an integer");
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if negative { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let s = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 { format!("{}.{}", &digits[..1], &digits[1..]) } else { digits.clone() };
        format!("{sign}{m}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs())
    }
}

/// CPython's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if !c.is_ascii() && !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of Python's `str.isprintable` for one character.
fn is_printable(c: char) -> bool {
    !(c.is_control() || c.is_whitespace() && c != ' ' || matches!(c as u32, 0xad | 0x2028 | 0x2029 | 0xfeff))
}

fn guarded(v: Value, open: &str, close: &str, body: impl FnOnce() -> PyResult<String>) -> PyResult<String> {
    if REPR_STACK.with(|s| s.borrow().contains(&v)) {
        return Ok(format!("{open}...{close}"));
    }
    REPR_STACK.with(|s| s.borrow_mut().push(v));
    let r = body();
    REPR_STACK.with(|s| s.borrow_mut().pop());
    r
}

fn join_reprs(items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for &i in items {
        parts.push(repr(i)?);
    }
    Ok(parts.join(", "))
}

fn qualified_name(cls: Value) -> String {
    let c = class_obj(cls);
    if c.module == "builtins" {
        c.qualname.clone()
    } else {
        format!("{}.{}", c.module, c.qualname)
    }
}

/// `repr(v)`.
pub fn repr(v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    Ok(match kind_of(v) {
        Kind::None if v == vm().not_implemented => "NotImplemented".into(),
        Kind::None if v == vm().ellipsis => "Ellipsis".into(),
        Kind::None => "None".into(),
        Kind::Bool => if v == vm().true_ { "True" } else { "False" }.into(),
        Kind::Int => as_bigint(v).to_string(),
        Kind::Float => float_repr(as_float(v)),
        Kind::Str => str_repr(as_str(v)),
        Kind::List => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            let items = list_items(v).clone();
            guarded(v, "[", "]", || Ok(format!("[{}]", join_reprs(&items)?)))?
        }
        Kind::Tuple => {
            let items = tuple_items(v);
            if items.len() == 1 {
                format!("({},)", repr(items[0])?)
            } else {
                guarded(v, "(", ")", || Ok(format!("({})", join_reprs(items)?)))?
            }
        }
        Kind::Dict => {
            let entries: Vec<_> = table(v).iter().map(|e| (e.key, e.value)).collect();
            guarded(v, "{", "}", || {
                let mut parts = Vec::with_capacity(entries.len());
                for (k, x) in entries {
                    parts.push(format!("{}: {}", repr(k)?, repr(x)?));
                }
                Ok(format!("{{{}}}", parts.join(", ")))
            })?
        }
        Kind::Set => {
            let items: Vec<Value> = set_table(v).iter().map(|e| e.key).collect();
            let frozen = super::set::is_frozen(v);
            let name = class_obj(type_of(v)).name.clone();
            if items.is_empty() {
                format!("{name}()")
            } else {
                let body = guarded(v, "{", "}", || Ok(format!("{{{}}}", join_reprs(&items)?)))?;
                if frozen {
                    format!("frozenset({body})")
                } else {
                    body
                }
            }
        }
        Kind::Range => {
            let r = super::range::range_obj(v);
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Kind::Slice => {
            let s = super::range::slice_obj(v);
            format!("slice({}, {}, {})", repr(s.start)?, repr(s.stop)?, repr(s.step)?)
        }
        Kind::Function => format!("<function {} at {:#x}>", func_obj(v).code.qualname, v.0),
        Kind::Builtin => {
            let b = builtin_obj(v);
            if b.bound.is_null() || kind_of(b.bound) == Kind::Module {
                format!("<built-in function {}>", b.name)
            } else {
                format!("<built-in method {} of {} object at {:#x}>", b.name, super::ops::type_name(b.bound), b.bound.0)
            }
        }
        Kind::BoundMethod => {
            let m = method_obj(v);
            let name = if kind_of(m.func) == Kind::Function { func_obj(m.func).code.qualname.clone() } else { "?".into() };
            format!("<bound method {name} of {}>", repr(m.receiver)?)
        }
        Kind::Class => format!("<class '{}'>", qualified_name(v)),
        Kind::Module => format!("<module '{}'>", super::module::module_obj(v).name),
        Kind::Exception => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            let name = class_obj(type_of(v)).qualname.clone();
            let args = tuple_items(exc_obj(v).args.get());
            if args.len() == 1 {
                format!("{name}({})", repr(args[0])?)
            } else {
                format!("{name}({})", join_reprs(args)?)
            }
        }
        Kind::Instance => {
            if user_repr(v).is_some() {
                return call_repr(v);
            }
            format!("<{} object at {:#x}>", qualified_name(type_of(v)), v.0)
        }
        Kind::Cell => format!("<cell at {:#x}>", v.0),
        Kind::Iter => format!("<{} object at {:#x}>", class_obj(type_of(v)).name, v.0),
        Kind::Descriptor => format!("<{} object at {:#x}>", class_obj(type_of(v)).name, v.0),
        Kind::Generator => {
            let g = super::generator::gen_obj(v);
            format!("<{} object {} at {:#x}>", class_obj(type_of(v)).name, g.code.qualname, v.0)
        }
        Kind::Free => "<freed object>".into(),
    })
}

/// The user-defined `__repr__` of `v`'s class, if any.
fn user_repr(v: Value) -> Option<Value> {
    lookup(type_of(v), intern("__repr__")).filter(|&f| kind_of(f) == Kind::Function)
}

fn call_repr(v: Value) -> PyResult<String> {
    let f = user_repr(v).expect("checked by the caller");
    let r = super::call::call(f, &[v], &[])?;
    if kind_of(r) != Kind::Str {
        return raise_named("TypeError", format!("__repr__ returned non-string (type {})", super::ops::type_name(r)));
    }
    Ok(as_str(r).to_string())
}

/// `str(v)`.
pub fn str_of(v: Value) -> PyResult<String> {
    if v.is_small() {
        return Ok(v.as_small().to_string());
    }
    match kind_of(v) {
        Kind::Str => Ok(as_str(v).to_string()),
        Kind::Instance | Kind::Exception | Kind::List | Kind::Dict => {
            if let Some(f) = lookup(type_of(v), intern("__str__")).filter(|&f| kind_of(f) == Kind::Function) {
                let r = super::call::call(f, &[v], &[])?;
                if kind_of(r) != Kind::Str {
                    return raise_named(
                        "TypeError",
                        format!("__str__ returned non-string (type {})", super::ops::type_name(r)),
                    );
                }
                return Ok(as_str(r).to_string());
            }
            if kind_of(v) == Kind::Exception {
                return exc_str(v);
            }
            repr(v)
        }
        _ => repr(v),
    }
}

/// `s[key]` for a str.
pub fn str_getitem(s: Value, key: Value) -> PyResult<Value> {
    let text = as_str(s);
    let ascii = str_obj(s).chars == text.len();
    if kind_of(key) == Kind::Slice {
        let (start, _, step, count) = super::ops::slice_indices(key, str_obj(s).chars)?;
        if ascii {
            let bytes = text.as_bytes();
            let out: String = (0..count).map(|k| bytes[(start + k as i64 * step) as usize] as char).collect();
            return Ok(new_string(out.into_boxed_str()));
        }
        let chars: Vec<char> = text.chars().collect();
        let out: String = (0..count).map(|k| chars[(start + k as i64 * step) as usize]).collect();
        return Ok(new_string(out.into_boxed_str()));
    }
    if !is_int(key) {
        return raise_named("TypeError", format!("string indices must be integers, not '{}'", super::ops::type_name(key)));
    }
    let len = str_obj(s).chars as i64;
    let i = super::ops::index_value(key)?;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return raise_named("IndexError", "string index out of range");
    }
    let c = if ascii { text.as_bytes()[j as usize] as char } else { text.chars().nth(j as usize).expect("in range") };
    Ok(char_str(c))
}

/// A one-character str (interned for ASCII).
pub fn char_str(c: char) -> Value {
    if c.is_ascii() {
        intern(c.encode_utf8(&mut [0; 4]))
    } else {
        new_str(c.encode_utf8(&mut [0; 4]))
    }
}

/// `format % args` for a str format.
pub fn percent_format(format: Value, args: Value) -> PyResult<Value> {
    let fmt = as_str(format);
    let values: Vec<Value> = if kind_of(args) == Kind::Tuple { tuple_items(args).to_vec() } else { vec![args] };
    let mapping = if kind_of(args) == Kind::Dict { Some(args) } else { None };
    let mut out = String::with_capacity(fmt.len());
    let mut next = 0usize;
    let mut chars = fmt.char_indices().peekable();
    let take = |next: &mut usize| -> PyResult<Value> {
        let v = values.get(*next).copied();
        *next += 1;
        match v {
            Some(v) => Ok(v),
            None => raise_named("TypeError", "not enough arguments for format string"),
        }
    };
    while let Some((_, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        // Flags, width, precision.
        let mut key = None;
        if let Some(&(i, '(')) = chars.peek() {
            let rest = &fmt[i + 1..];
            let Some(end) = rest.find(')') else {
                return raise_named("ValueError", "incomplete format key");
            };
            key = Some(rest[..end].to_string());
            for _ in 0..=rest[..end].chars().count() {
                chars.next();
            }
        }
        let mut flags = String::new();
        while let Some(&(_, f)) = chars.peek() {
            if "-+ #0".contains(f) {
                flags.push(f);
                chars.next();
            } else {
                break;
            }
        }
        let mut width = String::new();
        while let Some(&(_, d)) = chars.peek() {
            if d.is_ascii_digit() || d == '*' {
                if d == '*' {
                    width = super::ops::index_value(take(&mut next)?)?.to_string();
                } else {
                    width.push(d);
                }
                chars.next();
            } else {
                break;
            }
        }
        let mut precision = None;
        if let Some(&(_, '.')) = chars.peek() {
            chars.next();
            let mut p = String::new();
            while let Some(&(_, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    p.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            precision = Some(p.parse::<usize>().unwrap_or(0));
        }
        let Some((_, conv)) = chars.next() else {
            return raise_named("ValueError", "incomplete format");
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let value = match (&key, mapping) {
            (Some(k), Some(m)) => super::ops::getitem(m, new_str(k))?,
            _ => take(&mut next)?,
        };
        let body = match conv {
            's' => str_of(value)?,
            'r' | 'a' => repr(value)?,
            'd' | 'i' | 'u' => {
                let n = if kind_of(value) == Kind::Float {
                    num_bigint::BigInt::from(as_float(value).trunc() as i64)
                } else if is_int(value) {
                    as_bigint(value)
                } else {
                    return raise_named(
                        "TypeError",
                        format!("%{conv} format: a real number is required, not {}", super::ops::type_name(value)),
                    );
                };
                let s = n.to_string();
                if flags.contains('+') && !s.starts_with('-') { format!("+{s}") } else { s }
            }
            'x' | 'X' | 'o' => {
                let n = as_bigint(value);
                let s = match conv {
                    'x' => format!("{:x}", n),
                    'X' => format!("{:X}", n),
                    _ => format!("{:o}", n),
                };
                s
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                let f = if kind_of(value) == Kind::Float {
                    as_float(value)
                } else if is_int(value) {
                    super::arith::int_to_f64(&as_bigint(value))?
                } else {
                    return raise_named(
                        "TypeError",
                        format!("must be real number, not {}", super::ops::type_name(value)),
                    );
                };
                let p = precision.unwrap_or(6);
                let s = match conv {
                    'f' | 'F' => format!("{f:.p$}"),
                    'e' | 'E' => {
                        let s = format!("{f:.p$e}");
                        let (m, e) = s.split_once('e').expect("has exponent");
                        let e: i32 = e.parse().expect("int");
                        let s = format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs());
                        if conv == 'E' { s.to_uppercase() } else { s }
                    }
                    _ => format!("{f}"),
                };
                if flags.contains('+') && f >= 0.0 { format!("+{s}") } else { s }
            }
            'c' => {
                if kind_of(value) == Kind::Str {
                    as_str(value).to_string()
                } else {
                    char::from_u32(super::ops::index_value(value)? as u32).map(String::from).unwrap_or_default()
                }
            }
            other => {
                return raise_named(
                    "ValueError",
                    format!("unsupported format character '{other}' (0x{:x}) at index {}", other as u32, out.len()),
                )
            }
        };
        let width: usize = width.parse().unwrap_or(0);
        let len = body.chars().count();
        if len >= width {
            out.push_str(&body);
        } else if flags.contains('-') {
            out.push_str(&body);
            out.push_str(&" ".repeat(width - len));
        } else if flags.contains('0') && conv != 's' && conv != 'r' {
            let (sign, digits) = if body.starts_with('-') || body.starts_with('+') { body.split_at(1) } else { ("", body.as_str()) };
            out.push_str(sign);
            out.push_str(&"0".repeat(width - len));
            out.push_str(digits);
        } else {
            out.push_str(&" ".repeat(width - len));
            out.push_str(&body);
        }
    }
    if mapping.is_none() && next < values.len() && kind_of(args) == Kind::Tuple {
        return raise_named("TypeError", "not all arguments converted during string formatting");
    }
    if mapping.is_none() && kind_of(args) != Kind::Tuple && next == 0 {
        return raise_named("TypeError", "not all arguments converted during string formatting");
    }
    let _ = none();
    Ok(new_string(out.into_boxed_str()))
}
