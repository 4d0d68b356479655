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
    /// The number of capturing groups (the engine may report fewer).
    groups: usize,
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

thread_local! {
    /// The str last searched and an offset in it, as (str, code points,
    /// bytes): a finditer over non-ASCII text converts its positions from
    /// there instead of from the start. Cleared at every collection, so that
    /// it never names a freed str.
    static LAST_OFFSET: std::cell::Cell<(u64, usize, usize)> = const { std::cell::Cell::new((0, 0, 0)) };
}

/// Drops the patterns of owners about to be freed.
fn forget_dead(is_marked: &dyn Fn(Value) -> bool) {
    PATTERNS.with(|p| p.borrow_mut().retain(|&addr, _| is_marked(Value(addr as u64))));
    LAST_OFFSET.with(|c| c.set((0, 0, 0)));
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
    let compiled = Compiled { source: t.regex, groups: t.groups, plain, full: OnceCell::new(), nonempty: OnceCell::new() };
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

/// Converts between code point and byte offsets of one text, walking from
/// the last offset converted (the searches of a scan move forward).
struct Offsets<'t> {
    /// The text.
    text: &'t str,
    /// The text is ASCII: offsets are the same.
    ascii: bool,
    /// The last offset converted, in code points.
    chars: usize,
    /// The same offset in bytes.
    bytes: usize,
}

impl<'t> Offsets<'t> {
    fn new(text: &'t str, ascii: bool) -> Offsets<'t> {
        Offsets { text, ascii, chars: 0, bytes: 0 }
    }

    /// The byte offset of code point `i` (the text's end past it).
    fn byte(&mut self, i: usize) -> usize {
        if self.ascii {
            self.bytes = i.min(self.text.len());
            self.chars = self.bytes;
            return self.bytes;
        }
        while self.chars < i && self.bytes < self.text.len() {
            self.bytes += self.text[self.bytes..].chars().next().map_or(1, char::len_utf8);
            self.chars += 1;
        }
        while self.chars > i {
            self.bytes -= self.text[..self.bytes].chars().next_back().map_or(1, char::len_utf8);
            self.chars -= 1;
        }
        self.bytes
    }

    /// The code point offset of byte `b` (a char boundary).
    fn char(&mut self, b: usize) -> usize {
        if self.ascii {
            (self.chars, self.bytes) = (b, b);
            return b;
        }
        if b >= self.bytes {
            self.chars += self.text[self.bytes..b].chars().count();
        } else {
            self.chars -= self.text[b..self.bytes].chars().count();
        }
        self.bytes = b;
        self.chars
    }
}

/// One search of `hay` from byte `pos_b` in `mode` (see `run`).
fn search<'h>(compiled: &Compiled, hay: &'h str, pos_b: usize, mode: i64) -> Result<Option<fancy_regex::Captures<'h, str>>, fancy_regex::Error> {
    let input = RegexInput::new(hay).from_pos(pos_b);
    match mode {
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
    }
}

/// Appends the spans (code points) of every group of `caps` to `spans`.
fn push_spans(caps: &fancy_regex::Captures<'_, str>, groups: usize, offsets: &mut Offsets<'_>, spans: &mut Vec<Value>) {
    for g in 0..=groups {
        match caps.get(g) {
            Some(m) => {
                spans.push(small(offsets.char(m.start())));
                spans.push(small(offsets.char(m.end())));
            }
            None => {
                spans.push(Value::small_unchecked(-1));
                spans.push(Value::small_unchecked(-1));
            }
        }
    }
}

/// The pattern, text and bounds of a `run` or `scan` call: the compiled
/// pattern, the str's text cut at endpos, and the offset converter (at pos).
fn arguments(func: &str, a: &[Value], kw: &[Value]) -> PyResult<(std::rc::Rc<Compiled>, &'static str, Offsets<'static>)> {
    no_keywords(func, kw)?;
    count(func, a.len(), 5, 5)?;
    let (owner, string) = (a[0], a[1]);
    if kind_of(string) != Kind::Str || !a[2].is_small() || !a[3].is_small() || !a[4].is_small() {
        return raise_named("TypeError", format!("_re.{func}() expects an object, a str and three ints"));
    }
    let Some(compiled) = PATTERNS.with(|p| p.borrow().get(&(owner.0 as usize)).cloned()) else {
        return raise_named("TypeError", format!("_re.{func}() of an object with no compiled pattern"));
    };
    let text = as_str(string);
    let ascii = str_obj(string).chars == text.len();
    let (pos, endpos) = (a[2].as_small() as usize, a[3].as_small() as usize);
    let mut offsets = Offsets::new(text, ascii);
    let (last, chars, bytes) = LAST_OFFSET.with(|c| c.get());
    if last == string.0 {
        (offsets.chars, offsets.bytes) = (chars, bytes);
    }
    let end_b = if endpos >= str_obj(string).chars { text.len() } else { offsets.byte(endpos) };
    offsets.byte(pos);
    Ok((compiled, &text[..end_b], offsets))
}

/// Remembers where `offsets` stands in `string` for the next call.
fn remember(string: Value, offsets: &Offsets<'_>) {
    if !offsets.ascii {
        LAST_OFFSET.with(|c| c.set((string.0, offsets.chars, offsets.bytes)));
    }
}

fn gave_up<T>(e: fancy_regex::Error) -> PyResult<T> {
    raise_named("RuntimeError", format!("coro's re gave up on this search: {e}"))
}

/// `run(owner, string, pos, endpos, mode)`: one search of `string[:endpos]`
/// from `pos` (code points, already clamped, pos <= endpos). Mode 0
/// searches, 1 matches at `pos`, 2 matches all of `string[pos:endpos]`, 3
/// searches but refuses an empty match at `pos` (the step after an empty
/// match). Returns None or the tuple `(start0, end0, start1, end1, ...)`,
/// -1 for a group that did not take part.
fn run(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (compiled, hay, mut offsets) = arguments("run", a, kw)?;
    let caps = match search(&compiled, hay, offsets.bytes, a[4].as_small()) {
        Ok(Some(c)) => c,
        Ok(None) => return Ok(none()),
        Err(e) => return gave_up(e),
    };
    let mut spans = Vec::with_capacity(compiled.groups * 2 + 2);
    push_spans(&caps, compiled.groups, &mut offsets, &mut spans);
    remember(a[1], &offsets);
    Ok(new_tuple(spans))
}

/// `scan(owner, string, pos, endpos, limit)`: the spans of the successive
/// matches findall, sub and split see (at most `limit`, 0 for all), one
/// `run` tuple after another in one flat tuple.
fn scan(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (compiled, hay, mut offsets) = arguments("scan", a, kw)?;
    let limit = a[4].as_small().max(0) as usize;
    let mut pos_b = offsets.bytes;
    let mut spans = Vec::new();
    let mut mode = 0;
    let mut found = 0;
    while pos_b <= hay.len() && (limit == 0 || found < limit) {
        let (start, end) = if compiled.groups == 0 && mode == 0 {
            // Without groups the bounds are all there is: no captures to make.
            let whole = match compiled.plain.find_input(RegexInput::new(hay).from_pos(pos_b)) {
                Ok(Some(m)) => m,
                Ok(None) => break,
                Err(e) => return gave_up(e),
            };
            spans.push(small(offsets.char(whole.start())));
            spans.push(small(offsets.char(whole.end())));
            (whole.start(), whole.end())
        } else {
            let caps = match search(&compiled, hay, pos_b, mode) {
                Ok(Some(c)) => c,
                Ok(None) => break,
                Err(e) => return gave_up(e),
            };
            push_spans(&caps, compiled.groups, &mut offsets, &mut spans);
            let whole = caps.get(0).expect("group 0 takes part");
            (whole.start(), whole.end())
        };
        mode = if start == end { 3 } else { 0 };
        pos_b = end;
        found += 1;
    }
    remember(a[1], &offsets);
    Ok(new_tuple(spans))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("compile", compile), ("run", run), ("scan", scan)];

/// Makes the `_re` module.
pub fn create() -> Value {
    let m = new_module("_re", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
