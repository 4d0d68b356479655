//! The methods of `str`, wrapping the plain-Rust semantics of
//! `str_methods` for the VM (argument checking, value conversion).

use super::value_class::text_of;
use super::args::method;
use super::class::set_class_attr;
use super::function::{new_builtin, NativeFn};
use super::iterate::collect_or;
use super::number::int;
use super::object::{kind_of, Kind};
use super::ops::{index_value, ssize_arg, type_name};
use super::seq::new_list;
use super::str::{as_str, new_str, new_string, str_obj};
use super::str_methods as sm;
use super::value::Value;
use super::vm::{boolean, lift, none, raise_named, vm, PyResult};

fn text(v: Value) -> &'static str {
    as_str(v)
}

fn owned(s: String) -> Value {
    new_string(s)
}

/// An optional int argument (None counts as absent).
fn opt_index(v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(&v) if v == none() => Ok(None),
        Some(&v) => ssize_arg(v).map(Some),
    }
}

/// An optional start/end argument of find, count, startswith and their kind.
fn opt_bound(v: Option<&Value>) -> PyResult<Option<i64>> {
    v.map_or(Ok(None), |&v| super::ops::slice_bound(v))
}

/// A str argument, with CPython's "must be str" message.
fn str_param(name: &str, v: Value) -> PyResult<&'static str> {
    match text_of(v) {
        Some(s) => Ok(s),
        None => raise_named("TypeError", format!("{name} arg must be None or str")),
    }
}

fn must_str(v: Value) -> PyResult<&'static str> {
    match text_of(v) {
        Some(s) => Ok(s),
        None => raise_named("TypeError", format!("must be str, not {}", type_name(v))),
    }
}

fn str_join(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("join", args, kw, 1, 1)?;
    let items = collect_or(a[1], "can only join an iterable")?;
    let mut pieces = Vec::with_capacity(items.len());
    for (i, &v) in items.iter().enumerate() {
        let Some(piece) = text_of(v) else {
            return raise_named("TypeError", format!("sequence item {i}: expected str instance, {} found", type_name(v)));
        };
        pieces.push(piece);
    }
    Ok(owned(sm::join(text(a[0]), &pieces)))
}

fn split_common(args: &[Value], kwnames: &[Value], right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    super::args::check_keywords(name, kwnames, &["sep", "maxsplit"])?;
    super::args::tuple_style_method(name, args, kwnames, 0, 2)?;
    let pos = super::args::positional(args, kwnames);
    let sep = super::args::keyword(args, kwnames, "sep").or(pos.get(1).copied()).filter(|&v| v != none());
    let maxsplit = super::args::keyword(args, kwnames, "maxsplit").or(pos.get(2).copied());
    let sep = match sep {
        Some(s) => match text_of(s) {
            Some(t) => Some(t),
            None => return raise_named("TypeError", format!("must be str or None, not {}", type_name(s))),
        },
        None => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    let parts = if right { lift(sm::rsplit(text(pos[0]), sep, maxsplit))? } else { lift(sm::split(text(pos[0]), sep, maxsplit))? };
    let list = new_list(Vec::with_capacity(parts.len()));
    for p in parts {
        let s = new_str(p);
        super::seq::list_items(list).push(s);
    }
    Ok(list)
}

fn str_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(args, kw, false)
}

fn str_rsplit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_common(args, kw, true)
}

fn str_splitlines(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::check_keywords("splitlines", kw, &["keepends"])?;
    super::args::tuple_style_method("splitlines", args, kw, 0, 1)?;
    // (An int, as CPython parses it: `splitlines("x")` is an error.)
    let keepends = match super::args::keyword(args, kw, "keepends").or(super::args::positional(args, kw).get(1).copied()) {
        Some(v) => super::ops::index_value(v)? != 0,
        None => false,
    };
    let list = new_list(Vec::new());
    for p in sm::splitlines(text(args[0]), keepends) {
        let s = new_str(p);
        super::seq::list_items(list).push(s);
    }
    Ok(list)
}

fn strip_common(args: &[Value], kw: &[Value], name: &str, f: for<'a> fn(&'a str, Option<&str>) -> &'a str) -> PyResult<Value> {
    let a = method(name, args, kw, 0, 1)?;
    let chars = match a.get(1) {
        Some(&c) if c != none() => Some(str_param(name, c)?),
        _ => None,
    };
    Ok(new_str(f(text(a[0]), chars)))
}

fn str_strip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "strip", sm::strip)
}

fn str_lstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "lstrip", sm::lstrip)
}

fn str_rstrip(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_common(args, kw, "rstrip", sm::rstrip)
}

macro_rules! case_method {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = method($name, args, kw, 0, 0)?;
            Ok(owned($f(text(a[0]))))
        }
    };
}

macro_rules! predicate {
    ($fname:ident, $name:literal, $f:path) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            let a = method($name, args, kw, 0, 0)?;
            Ok(boolean($f(text(a[0]))))
        }
    };
}

case_method!(str_lower, "lower", sm::lower);
case_method!(str_upper, "upper", sm::upper);
case_method!(str_casefold, "casefold", sm::casefold);
case_method!(str_capitalize, "capitalize", sm::capitalize);
case_method!(str_title, "title", sm::title);
case_method!(str_swapcase, "swapcase", sm::swapcase);
predicate!(str_isalnum, "isalnum", sm::isalnum);
predicate!(str_isalpha, "isalpha", sm::isalpha);
predicate!(str_isdecimal, "isdecimal", sm::isdecimal);
predicate!(str_isdigit, "isdigit", sm::isdigit);
predicate!(str_isnumeric, "isnumeric", sm::isnumeric);
predicate!(str_isspace, "isspace", sm::isspace);
predicate!(str_isprintable, "isprintable", sm::isprintable);
predicate!(str_isascii, "isascii", sm::isascii);
predicate!(str_isidentifier, "isidentifier", sm::isidentifier);
predicate!(str_islower, "islower", sm::islower);
predicate!(str_isupper, "isupper", sm::isupper);
predicate!(str_istitle, "istitle", sm::istitle);

fn str_replace(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("replace", args, kw, 2, 3)?;
    let count = opt_index(a.get(3))?.unwrap_or(-1);
    let arg = |i: usize| match text_of(a[i]) {
        Some(t) => Ok(t),
        None => raise_named("TypeError", format!("replace() argument {i} must be str, not {}", super::ops::arg_type_name(a[i]))),
    };
    Ok(owned(lift(sm::replace(text(a[0]), arg(1)?, arg(2)?, count))?))
}

fn affix(args: &[Value], kw: &[Value], name: &str, f: fn(sm::Text, &str, Option<i64>, Option<i64>) -> bool) -> PyResult<Value> {
    if !kw.is_empty() {
        super::args::no_keywords(&format!("str.{name}"), kw)?;
    }
    let a = super::args::tuple_style_method(name, args, kw, 1, 3)?;
    let s = super::str::indexable(a[0]);
    let (start, end) = (opt_bound(a.get(2))?, opt_bound(a.get(3))?);
    let single = [a[1]];
    let candidates = if kind_of(a[1]) == Kind::Tuple { super::seq::tuple_items(a[1]) } else { &single };
    for &c in candidates {
        let Some(candidate) = text_of(c) else {
            return raise_named("TypeError", format!("{name} first arg must be str or a tuple of str, not {}", type_name(c)));
        };
        if f(s, candidate, start, end) {
            return Ok(boolean(true));
        }
    }
    Ok(boolean(false))
}

fn str_startswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(args, kw, "startswith", sm::startswith)
}

fn str_endswith(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(args, kw, "endswith", sm::endswith)
}

fn search(args: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    if !kw.is_empty() {
        super::args::no_keywords(&format!("str.{name}"), kw)?;
    }
    let a = super::args::tuple_style_method(name, args, kw, 1, 3)?;
    let s = super::str::indexable(a[0]);
    let sub = must_str(a[1])?;
    let (start, end) = (opt_bound(a.get(2))?, opt_bound(a.get(3))?);
    Ok(match name {
        "find" => int(sm::find(s, sub, start, end)),
        "rfind" => int(sm::rfind(s, sub, start, end)),
        "index" => int(lift(sm::index(s, sub, start, end))? as i64),
        "rindex" => int(lift(sm::rindex(s, sub, start, end))? as i64),
        _ => int(sm::count(s, sub, start, end) as i64),
    })
}

fn str_find(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "find")
}
fn str_rfind(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "rfind")
}
fn str_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "index")
}
fn str_rindex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "rindex")
}
fn str_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    search(args, kw, "count")
}

fn fill_char(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(&f) => {
            let s = must_str(f)?;
            let mut cs = s.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => Ok(c),
                _ => raise_named("TypeError", "The fill character must be exactly one character long"),
            }
        }
    }
}

fn justify(args: &[Value], kw: &[Value], name: &str, f: fn(&str, i64, char) -> Result<String, super::raise::Raise>) -> PyResult<Value> {
    let a = method(name, args, kw, 1, 2)?;
    let width = ssize_arg(a[1])?;
    Ok(owned(lift(f(text(a[0]), width, fill_char(a.get(2))?))?))
}

fn str_center(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "center", sm::center)
}
fn str_ljust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "ljust", sm::ljust)
}
fn str_rjust(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    justify(args, kw, "rjust", sm::rjust)
}

fn str_zfill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("zfill", args, kw, 1, 1)?;
    Ok(owned(lift(sm::zfill(text(a[0]), ssize_arg(a[1])?))?))
}

fn partition_common(args: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    let a = method(if right { "rpartition" } else { "partition" }, args, kw, 1, 1)?;
    let sep = must_str(a[1])?;
    let (x, y, z) = if right { lift(sm::rpartition(text(a[0]), sep))? } else { lift(sm::partition(text(a[0]), sep))? };
    let (x, y, z) = (new_str(x), new_str(y), new_str(z));
    Ok(super::seq::new_tuple_from(&[x, y, z]))
}

fn str_partition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(args, kw, false)
}
fn str_rpartition(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_common(args, kw, true)
}

fn str_removeprefix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("removeprefix", args, kw, 1, 1)?;
    let Some(affix) = text_of(a[1]) else {
        return raise_named("TypeError", format!("removeprefix() argument must be str, not {}", super::ops::arg_type_name(a[1])));
    };
    Ok(new_str(sm::removeprefix(text(a[0]), affix)))
}

fn str_removesuffix(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("removesuffix", args, kw, 1, 1)?;
    let Some(affix) = text_of(a[1]) else {
        return raise_named("TypeError", format!("removesuffix() argument must be str, not {}", super::ops::arg_type_name(a[1])));
    };
    Ok(new_str(sm::removesuffix(text(a[0]), affix)))
}

fn str_expandtabs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    const EXPANDTABS: super::args::Clinic<1> =
        super::args::Clinic { name: "expandtabs", params: ["tabsize"], posonly: 0, positional: 1, required: 0 };
    let [size] = EXPANDTABS.parse(&args[1..], kw)?;
    let size = match size {
        Some(v) => index_value(v)?,
        None => 8,
    };
    Ok(owned(lift(sm::expandtabs(text(args[0]), size))?))
}

fn str_format(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::str_format::format_method(args, kwnames)
}

fn str_format_map(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::str_format::format_map_method(args, kwnames)
}

/// `str.maketrans(x[, y[, z]])` (a static method): a dict from code points
/// to code points, strs or None.
fn str_maketrans(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::args::no_keywords("maketrans", kw)?;
    super::args::count("maketrans", args.len(), 1, 3)?;
    let d = super::dict::new_dict();
    if args.len() == 1 {
        if kind_of(args[0]) != Kind::Dict {
            return raise_named("TypeError", "if you give only one argument to maketrans it must be a dict");
        }
        let entries: Vec<_> = super::dict::table(args[0]).iter().map(|e| (e.key, e.value)).collect();
        for (k, v) in entries {
            let key = match kind_of(k) {
                Kind::Str if str_obj(k).chars == 1 => int(as_str(k).chars().next().expect("one char") as i64),
                Kind::Str => return raise_named("ValueError", "string keys in translate table must be of length 1"),
                Kind::Int | Kind::Bool => k,
                _ => return raise_named("TypeError", "keys in translate table must be strings or integers"),
            };
            super::dict::table(d).set(key, v)?;
        }
        return Ok(d);
    }
    let mut texts = Vec::new();
    for (i, &a) in args.iter().enumerate() {
        if kind_of(a) != Kind::Str {
            return raise_named("TypeError", format!("maketrans() argument {} must be str, not {}", i + 1, type_name(a)));
        }
        texts.push(as_str(a));
    }
    let pairs = lift(sm::maketrans(texts[0], texts[1], texts.get(2).copied().unwrap_or("")))?;
    for (k, v) in pairs {
        let v = match v {
            Some(c) => int(c as i64),
            None => none(),
        };
        super::dict::table(d).set(int(k as i64), v)?;
    }
    Ok(d)
}

/// `s.translate(table)`: looks each code point up with `table[ord(c)]`.
fn str_translate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("translate", args, kw, 1, 1)?;
    let table = a[1];
    let mut failure = None;
    let result = sm::translate(text(a[0]), |cp| {
        if failure.is_some() {
            return Ok(None);
        }
        match super::ops::getitem(table, int(cp as i64)) {
            Ok(v) if v == none() => Ok(Some(sm::TranslateTo::Delete)),
            Ok(v) if kind_of(v) == Kind::Str => Ok(Some(sm::TranslateTo::Text(as_str(v).to_string()))),
            Ok(v) if super::number::is_int(v) => match super::number::as_i64(v) {
                Some(n) => Ok(Some(sm::TranslateTo::Ordinal(n))),
                None => Ok(Some(sm::TranslateTo::Ordinal(-1))),
            },
            Ok(_) => {
                failure = Some(raise_named::<()>("TypeError", "character mapping must return integer, None or str"));
                Ok(None)
            }
            Err(e) => {
                if super::class::isinstance(vm().current_exc.get(), super::vm::exc_class("LookupError")) {
                    super::vm::take_exception();
                    Ok(None)
                } else {
                    failure = Some(Err(e));
                    Ok(None)
                }
            }
        }
    });
    if let Some(Err(e)) = failure {
        return Err(e);
    }
    Ok(owned(lift(result)?))
}

const METHODS: &[(&str, NativeFn)] = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("lower", str_lower),
    ("upper", str_upper),
    ("casefold", str_casefold),
    ("capitalize", str_capitalize),
    ("title", str_title),
    ("swapcase", str_swapcase),
    ("isalnum", str_isalnum),
    ("isalpha", str_isalpha),
    ("isdecimal", str_isdecimal),
    ("isdigit", str_isdigit),
    ("isnumeric", str_isnumeric),
    ("isspace", str_isspace),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("isidentifier", str_isidentifier),
    ("islower", str_islower),
    ("isupper", str_isupper),
    ("istitle", str_istitle),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("expandtabs", str_expandtabs),
    ("format", str_format),
    ("format_map", str_format_map),
    ("translate", str_translate),
    ("encode", super::codec::str_encode),
];

/// Installs the str methods.
pub fn install() {
    let cls = vm().classes.str_;
    for &(name, f) in METHODS {
        set_class_attr(cls, name, new_builtin(name, f));
    }
    super::class::set_fast_methods(cls, &[("join", crate::fast_entry!(str_join, 2))]);
    let maketrans = new_builtin("maketrans", str_maketrans);
    set_class_attr(cls, "maketrans", super::function::new_descriptor(vm().classes.staticmethod, maketrans, Value::NULL, Value::NULL));
}
