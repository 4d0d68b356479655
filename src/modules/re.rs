//! `_re`, the native part of the `re` module (stdlib/re.py): compiles a
//! Python pattern (translated by `re_syntax`) with fancy-regex and runs it.
//! A compiled pattern belongs to a Python object (the `Pattern`), kept by
//! its address and dropped when the collector frees that object. Matches
//! are reported as spans in code points, as Python indexes strs.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;

use fancy_regex::{Regex, RegexBuilder, RegexInput};

use super::re_syntax::{translate, PatternError};
use crate::runtime::args::{count, no_keywords};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::heap::Rooted;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::new_tuple;
use crate::runtime::str::{as_str, new_str, str_obj};
use crate::runtime::value::Value;
use crate::runtime::vm::{none, raise_named, PyResult};

/// The backtracking budget of one search (CPython has none; this only
/// stops a catastrophic pattern from running for hours).
const BACKTRACK_LIMIT: usize = 50_000_000;

/// One compiled pattern, in the three forms the searches need.
struct Compiled {
    /// The translated pattern.
    source: String,
    /// The pattern itself (search and match).
    plain: Regex,
    /// The pattern followed by `\z` (fullmatch), made on first use.
    full: OnceCell<Option<Regex>>,
    /// The pattern refusing empty matches (the step after an empty match
    /// in finditer, sub and split), made on first use; None if it can never match.
    nonempty: OnceCell<Option<Regex>>,
}

thread_local! {
    /// The compiled pattern of each live owner object, by its address.
    static PATTERNS: RefCell<HashMap<usize, std::rc::Rc<Compiled>>> = {
        crate::runtime::heap::add_forgetter(forget_dead);
        RefCell::new(HashMap::new())
    };
}

/// Drops the patterns of owners about to be freed.
fn forget_dead(is_marked: &dyn Fn(Value) -> bool) {
    PATTERNS.with(|p| p.borrow_mut().retain(|&addr, _| is_marked(Value(addr as u64))));
}

fn build(source: &str, nonempty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(source);
    b.backtrack_limit(BACKTRACK_LIMIT);
    if nonempty {
        b.find_not_empty(true);
    }
    b.build()
}

fn small(i: usize) -> Value {
    Value::small_unchecked(i as i64)
}

/// The error tuple `(kind, message, position or None)` for re.py to raise.
fn error_tuple(kind: &str, msg: &str, pos: Option<usize>) -> Value {
    let keep = Rooted::new();
    let kind = keep.add(new_str(kind));
    let msg = keep.add(new_str(msg));
    new_tuple(vec![kind, msg, pos.map(small).unwrap_or_else(none)])
}

/// `compile(owner, pattern, flags)`: compiles `pattern` for `owner`. Returns
/// `(groups, flags, parents, name, index, name, index, ...)` (parents:
/// each group's enclosing group, 0 for none), or on a bad pattern
/// `(kind, message, position)` with kind "error", "ValueError" or "OverflowError".
fn compile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("compile", kw)?;
    count("compile", a.len(), 3, 3)?;
    let (owner, pattern, flags) = (a[0], a[1], a[2]);
    if kind_of(pattern) != Kind::Str || !flags.is_small() || !owner.is_obj() {
        return raise_named("TypeError", "_re.compile() expects an object, a str and an int");
    }
    let t = match translate(as_str(pattern), flags.as_small() as u32) {
        Ok(t) => t,
        Err(PatternError { msg, pos, value_error, overflow }) => {
            let kind = if value_error {
                "ValueError"
            } else if overflow {
                "OverflowError"
            } else {
                "error"
            };
            return Ok(error_tuple(kind, &msg, pos));
        }
    };
    let plain = match build(&t.regex, false) {
        Ok(r) => r,
        Err(e) => return Ok(error_tuple("NotImplementedError", &format!("coro's re cannot compile this pattern ({e})"), None)),
    };
    let compiled = Compiled { source: t.regex, plain, full: OnceCell::new(), nonempty: OnceCell::new() };
    PATTERNS.with(|p| p.borrow_mut().insert(owner.0 as usize, std::rc::Rc::new(compiled)));
    let keep = Rooted::new();
    let parents = keep.add(new_tuple(t.parents.iter().map(|&p| small(p)).collect()));
    let mut items = vec![small(t.groups), small(t.flags as usize), parents];
    for (name, index) in &t.names {
        items.push(keep.add(new_str(name)));
        items.push(small(*index));
    }
    Ok(new_tuple(items))
}

/// The byte offset of code point `i` in `text`.
fn byte_of(text: &str, ascii: bool, i: usize) -> usize {
    if ascii {
        return i;
    }
    text.char_indices().nth(i).map(|(b, _)| b).unwrap_or(text.len())
}

/// `run(owner, string, pos, endpos, mode)`: one search of `string[:endpos]`
/// from `pos` (code points, already clamped). Mode 0 searches, 1 matches
/// at `pos`, 2 matches all of `string[pos:endpos]`, 3 searches but refuses
/// an empty match at `pos` (the step after an empty match). Returns None
/// or the tuple `(start0, end0, start1, end1, ...)`, -1 for a group that
/// did not take part.
fn run(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("run", kw)?;
    count("run", a.len(), 5, 5)?;
    let (owner, string) = (a[0], a[1]);
    if kind_of(string) != Kind::Str || !a[2].is_small() || !a[3].is_small() || !a[4].is_small() {
        return raise_named("TypeError", "_re.run() expects an object, a str and three ints");
    }
    let Some(compiled) = PATTERNS.with(|p| p.borrow().get(&(owner.0 as usize)).cloned()) else {
        return raise_named("TypeError", "_re.run() of an object with no compiled pattern");
    };
    let text = as_str(string);
    let ascii = str_obj(string).chars == text.len();
    let (pos, endpos, mode) = (a[2].as_small() as usize, a[3].as_small() as usize, a[4].as_small());
    let end_b = byte_of(text, ascii, endpos);
    let hay = &text[..end_b];
    let pos_b = if ascii { pos } else { hay.char_indices().nth(pos).map(|(b, _)| b).unwrap_or(hay.len()) };
    let input = RegexInput::new(hay).from_pos(pos_b);
    let result = match mode {
        0 => compiled.plain.captures_input(input),
        1 => compiled.plain.captures_input(input.anchored(true)),
        2 => {
            let full = compiled.full.get_or_init(|| build(&format!("(?:{})\\z", compiled.source), false).ok());
            match full {
                Some(r) => r.captures_input(input.anchored(true)),
                None => Ok(None),
            }
        }
        _ => {
            let nonempty = compiled.nonempty.get_or_init(|| build(&compiled.source, true).ok());
            let here = match nonempty {
                Some(r) => r.captures_input(input.anchored(true)),
                None => Ok(None),
            };
            match here {
                Ok(None) if pos_b < hay.len() => {
                    let next = pos_b + hay[pos_b..].chars().next().map_or(1, char::len_utf8);
                    compiled.plain.captures_input(RegexInput::new(hay).from_pos(next))
                }
                other => other,
            }
        }
    };
    let caps = match result {
        Ok(Some(c)) => c,
        Ok(None) => return Ok(none()),
        Err(e) => return raise_named("RuntimeError", format!("coro's re gave up on this search: {e}")),
    };
    let char_of = |b: usize| -> usize {
        if ascii {
            b
        } else if b >= pos_b {
            pos + hay[pos_b..b].chars().count()
        } else {
            hay[..b].chars().count()
        }
    };
    let mut spans = Vec::with_capacity(caps.len() * 2);
    for g in 0..caps.len() {
        match caps.get(g) {
            Some(m) => {
                spans.push(small(char_of(m.start())));
                spans.push(small(char_of(m.end())));
            }
            None => {
                spans.push(Value::small_unchecked(-1));
                spans.push(Value::small_unchecked(-1));
            }
        }
    }
    Ok(new_tuple(spans))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("compile", compile), ("run", run)];

/// Makes the `_re` module.
pub fn create() -> Value {
    let m = new_module("_re", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
