//! Argument checking for builtin functions and methods, with CPython's
//! messages (`len() takes exactly one argument (2 given)`, ...).

use super::str::as_str;
use super::value::Value;
use super::vm::{raise_named, PyResult};

/// The positional part of a vectorcall argument list.
pub fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len()]
}

/// The value of keyword argument `name`, if given.
pub fn keyword(args: &[Value], kwnames: &[Value], name: &str) -> Option<Value> {
    let base = args.len() - kwnames.len();
    kwnames.iter().position(|&k| as_str(k) == name).map(|i| args[base + i])
}

/// Fails unless every keyword argument is one of `allowed`.
pub fn check_keywords(func: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    for &k in kwnames {
        if !allowed.contains(&as_str(k)) {
            return raise_named("TypeError", format!("'{}' is an invalid keyword argument for {func}()", as_str(k)));
        }
    }
    Ok(())
}

/// `check_keywords` for a function CPython writes in Python, with its
/// wording.
pub fn check_python_keywords(func: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    match kwnames.iter().find(|&&k| !allowed.contains(&as_str(k))) {
        Some(&k) => raise_named("TypeError", format!("{func}() got an unexpected keyword argument '{}'", as_str(k))),
        None => Ok(()),
    }
}

/// Fails when any keyword argument is given.
pub fn no_keywords(func: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        raise_named("TypeError", format!("{func}() takes no keyword arguments"))
    }
}

/// Checks a positional count between `min` and `max`, CPython style.
pub fn count(func: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    if given >= min && given <= max {
        return Ok(());
    }
    let message = if min == max {
        match min {
            0 => format!("{func}() takes no arguments ({given} given)"),
            1 => format!("{func}() takes exactly one argument ({given} given)"),
            n => format!("{func} expected {n} arguments, got {given}"),
        }
    } else if given < min {
        format!("{func} expected at least {min} argument{}, got {given}", if min == 1 { "" } else { "s" })
    } else {
        format!("{func} expected at most {max} argument{}, got {given}", if max == 1 { "" } else { "s" })
    };
    raise_named("TypeError", message)
}

/// Checks the positional count of a native method that CPython writes in
/// Python (`def randint(self, a, b)`), with that function's messages:
/// `params` names the parameters after `self`, the first `required` of
/// them without a default; `given` excludes the receiver.
pub fn python_method_count(qualname: &str, given: usize, params: &[&str], required: usize) -> PyResult<()> {
    python_count(qualname, given, params, required, 1)
}

/// `python_method_count` for a function (no receiver).
pub fn python_function_count(name: &str, given: usize, params: &[&str], required: usize) -> PyResult<()> {
    python_count(name, given, params, required, 0)
}

/// The arguments of a native method that CPython writes in Python, checked
/// with that function's messages: `params` names its parameters after
/// `self` (the first `required` without a default), `variadic` says it
/// takes `*args` too, `keywords` are the keyword arguments it accepts.
/// Returns the receiver and positional arguments.
pub fn python_method<'a>(qualname: &str, args: &'a [Value], kwnames: &[Value], params: &[&str], required: usize, variadic: bool, keywords: &[&str]) -> PyResult<&'a [Value]> {
    check_python_keywords(qualname, kwnames, keywords)?;
    let pos = positional(args, kwnames);
    let given = pos.len().saturating_sub(1);
    if given < required || (!variadic && given > params.len()) {
        python_method_count(qualname, given, params, required)?;
    }
    Ok(pos)
}

/// The count check of a function written in Python, whose receiver (if
/// any) counts among the `receiver` first arguments of its messages.
fn python_count(qualname: &str, given: usize, params: &[&str], required: usize, receiver: usize) -> PyResult<()> {
    if given < required {
        let missing: Vec<String> = params[given..required].iter().map(|p| p.to_string()).collect();
        let s = if missing.len() == 1 { "" } else { "s" };
        let names = super::call::name_list(&missing);
        return raise_named("TypeError", format!("{qualname}() missing {} required positional argument{s}: {names}", missing.len()));
    }
    if given > params.len() {
        let takes = if required == params.len() {
            let s = if required + receiver == 1 { "" } else { "s" };
            format!("{} positional argument{s}", required + receiver)
        } else {
            format!("from {} to {} positional arguments", required + receiver, params.len() + receiver)
        };
        let were = if given + receiver == 1 { "was" } else { "were" };
        return raise_named("TypeError", format!("{qualname}() takes {takes} but {} {were} given", given + receiver));
    }
    Ok(())
}

/// The receiver and positional arguments of a builtin method call,
/// checking the count (excluding the receiver).
#[inline]
pub fn method<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    let given = args.len().saturating_sub(1);
    if kwnames.is_empty() && given >= min && given <= max && !args.is_empty() {
        return Ok(args);
    }
    method_error(name, args, kwnames, min, max)
}

/// `method` for the methods CPython parses with `PyArg_ParseTuple` (or
/// with keywords allowed), whose count errors read `find() takes at least
/// 1 argument (0 given)`. Keyword arguments are the caller's to check;
/// only positional ones are counted.
pub fn tuple_style_method<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    let given = args.len().saturating_sub(1 + kwnames.len());
    if given < min {
        let s = if min == 1 { "" } else { "s" };
        return raise_named("TypeError", format!("{name}() takes at least {min} argument{s} ({given} given)"));
    }
    if given > max {
        let s = if max == 1 { "" } else { "s" };
        return raise_named("TypeError", format!("{name}() takes at most {max} argument{s} ({given} given)"));
    }
    Ok(args)
}

/// The TypeError of a builtin method call `method` refused.
#[cold]
#[inline(never)]
fn method_error<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    if args.is_empty() {
        // Reached through its class with nothing to call it on.
        return raise_named("TypeError", format!("unbound method {name}() needs an argument"));
    }
    // CPython names the receiver's type in a refused keyword, and in the
    // count error of a method taking no argument or one.
    let kind = args.first().map(|&r| super::object::kind_of(r));
    let with_type = match kind.and_then(builtin_kind_name) {
        Some(type_name) if !name.contains('.') => format!("{type_name}.{name}"),
        _ => name.to_string(),
    };
    no_keywords(&with_type, kwnames)?;
    let given = args.len().saturating_sub(1);
    if given < min || given > max {
        let qualified = if min == max && min <= 1 { with_type } else { name.to_string() };
        let message = if min == max && min == 0 {
            format!("{qualified}() takes no arguments ({given} given)")
        } else if min == max && min == 1 {
            format!("{qualified}() takes exactly one argument ({given} given)")
        } else if min == max {
            format!("{name} expected {min} arguments, got {given}")
        } else if given < min {
            format!("{name} expected at least {min} argument{}, got {given}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {given}", if max == 1 { "" } else { "s" })
        };
        return raise_named("TypeError", message);
    }
    Ok(args)
}

/// The type name of a builtin value's kind, for messages about its methods.
fn builtin_kind_name(kind: super::object::Kind) -> Option<&'static str> {
    use super::object::Kind;
    Some(match kind {
        Kind::Str => "str",
        Kind::List => "list",
        Kind::Dict => "dict",
        Kind::Tuple => "tuple",
        Kind::Int => "int",
        Kind::Float => "float",
        Kind::Bytes => "bytes",
        Kind::ByteArray => "bytearray",
        Kind::Set => "set",
        _ => return None,
    })
}

/// Requires `v` to be a str, naming the argument in the message.
pub fn str_arg(func: &str, v: Value) -> PyResult<&'static str> {
    match super::value_class::text_of(v) {
        Some(s) => Ok(s),
        None => raise_named("TypeError", format!("{func}() argument must be str, not {}", super::ops::arg_type_name(v))),
    }
}

/// The parameters of a builtin CPython parses with Argument Clinic
/// (`pow(base, exp, mod=None)`), for `parse`.
pub struct Clinic<const N: usize> {
    /// The function's name in messages (`pow`).
    pub name: &'static str,
    /// The parameter names, in order.
    pub params: [&'static str; N],
    /// How many leading parameters are positional-only.
    pub posonly: usize,
    /// How many leading parameters may be given by position (the rest
    /// are keyword-only).
    pub positional: usize,
    /// How many leading parameters have no default.
    pub required: usize,
}

impl<const N: usize> Clinic<N> {
    /// The arguments in parameter order (`None` where left to its
    /// default), checked as CPython's `_PyArg_UnpackKeywords` checks them,
    /// in the same order and with the same messages.
    pub fn parse(&self, args: &[Value], kwnames: &[Value]) -> PyResult<[Option<Value>; N]> {
        let name = self.name;
        let pos = positional(args, kwnames);
        let (nargs, nkw) = (pos.len(), kwnames.len());
        let minpos = self.required.min(self.positional);
        let mut out = [None; N];
        if nkw == 0 && nargs >= self.required && nargs <= self.positional {
            for (slot, &v) in out.iter_mut().zip(pos) {
                *slot = Some(v);
            }
            return Ok(out);
        }
        let s = |n: usize| if n == 1 { "" } else { "s" };
        if nargs + nkw > N {
            let keyword = if nargs == 0 { "keyword " } else { "" };
            return raise_named("TypeError", format!("{name}() takes at most {N} {keyword}argument{} ({} given)", s(N), nargs + nkw));
        }
        if nargs > self.positional {
            if self.positional == 0 {
                return raise_named("TypeError", format!("{name}() takes no positional arguments"));
            }
            let bound = if minpos < self.positional { "at most" } else { "exactly" };
            return raise_named("TypeError", format!("{name}() takes {bound} {} positional argument{} ({nargs} given)", self.positional, s(self.positional)));
        }
        let minposonly = self.posonly.min(minpos);
        if nargs < minposonly {
            let bound = if minposonly < self.positional { "at least" } else { "exactly" };
            return raise_named("TypeError", format!("{name}() takes {bound} {minposonly} positional argument{} ({nargs} given)", s(minposonly)));
        }
        for (slot, &v) in out.iter_mut().zip(pos) {
            *slot = Some(v);
        }
        let mut left = nkw;
        for i in nargs.max(self.posonly)..N {
            if left == 0 && i >= self.required {
                break;
            }
            out[i] = keyword(args, kwnames, self.params[i]);
            if out[i].is_some() {
                left -= 1;
            } else if i < self.required {
                return raise_named("TypeError", format!("{name}() missing required argument '{}' (pos {})", self.params[i], i + 1));
            }
        }
        if left > 0 {
            for i in self.posonly..nargs {
                if keyword(args, kwnames, self.params[i]).is_some() {
                    return raise_named("TypeError", format!("argument for {name}() given by name ('{}') and position ({})", self.params[i], i + 1));
                }
            }
            check_keywords(name, kwnames, &self.params[self.posonly..])?;
        }
        Ok(out)
    }
}

/// The arguments (after any receiver) of a native function that CPython
/// writes in Python (`def sample(self, population, k, *, counts=None)`),
/// bound as a Python call binds them, with its messages: `params` are the
/// positional-or-keyword parameters (the first `required` without a
/// default), `kwonly` the keyword-only ones (all with defaults),
/// `receiver` is 1 for a method. The values come in the order of `params`
/// then `kwonly`, `None` where left to the default.
pub fn python_bind<const N: usize>(qualname: &str, args: &[Value], kwnames: &[Value], params: &[&str], required: usize, kwonly: &[&str], receiver: usize) -> PyResult<[Option<Value>; N]> {
    debug_assert_eq!(N, params.len() + kwonly.len());
    let pos = positional(args, kwnames);
    if pos.len() > params.len() {
        python_count(qualname, pos.len(), params, required, receiver)?;
    }
    let mut out = [None; N];
    for (slot, &v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (i, &k) in kwnames.iter().enumerate() {
        let name = as_str(k);
        let Some(j) = params.iter().chain(kwonly).position(|&p| p == name) else {
            return raise_named("TypeError", format!("{qualname}() got an unexpected keyword argument '{name}'"));
        };
        if out[j].is_some() {
            return raise_named("TypeError", format!("{qualname}() got multiple values for argument '{name}'"));
        }
        out[j] = Some(args[pos.len() + i]);
    }
    let missing: Vec<String> = (0..required).filter(|&j| out[j].is_none()).map(|j| params[j].to_string()).collect();
    if !missing.is_empty() {
        let s = if missing.len() == 1 { "" } else { "s" };
        let names = super::call::name_list(&missing);
        return raise_named("TypeError", format!("{qualname}() missing {} required positional argument{s}: {names}", missing.len()));
    }
    Ok(out)
}
