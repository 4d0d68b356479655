//! `format(value, spec)`: the format-spec mini-language applied to a value
//! (ints, floats and strs natively; other objects through `__format__`, or
//! `str()` for an empty spec).

use super::class::{lookup, type_of};
use super::format::{format_float, format_int, format_small_int, format_str, parse_spec, FormatKind};
use super::number::{as_bigint, as_float};
use super::object::{kind_of, Kind};
use super::ops::{str_of, type_name};
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{lift, raise_named, PyResult};

/// `format(value, spec)` as text.
pub fn format_value(value: Value, spec: &str) -> PyResult<String> {
    match kind_of(value) {
        Kind::Int | Kind::Bool if spec.is_empty() => str_of(value),
        Kind::Int | Kind::Bool => {
            let name = if kind_of(value) == Kind::Bool { "bool" } else { "int" };
            let s = lift(parse_spec(spec, FormatKind::Int, name))?;
            match super::number::as_i64(value) {
                Some(v) => lift(format_small_int(v, &s)),
                None => lift(format_int(&as_bigint(value), &s)),
            }
        }
        Kind::Float => {
            let s = lift(parse_spec(spec, FormatKind::Float, "float"))?;
            lift(format_float(as_float(value), &s))
        }
        Kind::Str => {
            let s = lift(parse_spec(spec, FormatKind::Str, "str"))?;
            lift(format_str(as_str(value), &s))
        }
        _ => {
            if let Some(f) = lookup(type_of(value), crate::sym!("__format__")) {
                // A builtin `__format__` (inherited by a subclass of int,
                // str...) makes an empty spec mean `str(value)`, which the
                // subclass's `__str__` decides.
                if kind_of(f) != Kind::Function && spec.is_empty() {
                    return str_of(value);
                }
                if kind_of(f) == Kind::Function || super::ops::native_method(value, f) {
                    let r = super::call::call(f, &[value, new_str(spec)], &[])?;
                    // (A str subclass's instance gives its str.)
                    let r = super::value_class::unwrap(r);
                    if kind_of(r) != Kind::Str {
                        return raise_named("TypeError", format!("__format__ must return a str, not {}", type_name(r)));
                    }
                    return Ok(as_str(r).to_string());
                }
            }
            if spec.is_empty() {
                // `object.__format__`, a call one level deeper in CPython.
                return super::vm::deeper(super::builtins::CALL_CONTEXT, || str_of(value));
            }
            raise_named(
                "TypeError",
                format!("unsupported format string passed to {}.__format__", type_name(value)),
            )
        }
    }
}
