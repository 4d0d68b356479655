//! Exception objects: `args`, the traceback entries collected as the
//! exception travels outward, `__cause__`/`__context__`, and the printing of
//! an uncaught exception in CPython's shape.

use std::cell::{Cell, RefCell, UnsafeCell};

use super::class::{class_obj, type_of};
use super::dict::DictTable;
use super::heap;
use super::object::{kind_of, Header, Kind};
use super::seq::{new_tuple_from, tuple_items};
use super::value::Value;
use super::vm::none;

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Clone)]
pub struct TbEntry {
    /// The source file.
    pub file: &'static str,
    /// The function name (`<module>` for module code).
    pub name: &'static str,
    /// The 1-based line.
    pub line: u32,
    /// Where on the line (an id of runtime/positions.rs).
    pub position: u32,
    /// The function's local variable names (for a NameError's suggestion).
    pub local_names: &'static [String],
}

/// An exception instance.
#[repr(C)]
pub struct ExcObj {
    /// Common header (its class is the exception class).
    pub header: Header,
    /// `args`, a tuple.
    pub args: Cell<Value>,
    /// Frames passed through, innermost first.
    pub traceback: RefCell<Vec<TbEntry>>,
    /// `__cause__` (NULL for None).
    pub cause: Cell<Value>,
    /// `__context__` (NULL for None).
    pub context: Cell<Value>,
    /// `__suppress_context__`.
    pub suppress_context: Cell<bool>,
    /// Other attributes (set by user subclasses).
    pub attrs: UnsafeCell<DictTable>,
}

/// Makes an instance of exception class `class` with `args`.
pub fn new_exception(class: Value, args: &[Value]) -> Value {
    let obj = ExcObj {
        header: Header::new(class, Kind::Exception),
        args: Cell::new(new_tuple_from(args)),
        traceback: RefCell::new(Vec::new()),
        cause: Cell::new(Value::NULL),
        context: Cell::new(Value::NULL),
        suppress_context: Cell::new(false),
        attrs: UnsafeCell::new(DictTable::new()),
    };
    Value::from_ptr(heap::alloc(obj))
}

/// The struct of an exception value.
#[inline]
pub fn exc_obj(v: Value) -> &'static ExcObj {
    // SAFETY: callers check the kind.
    unsafe { &*v.ptr::<ExcObj>() }
}

/// The attribute table of an exception.
#[allow(clippy::mut_from_ref)]
pub fn exc_attrs(v: Value) -> &'static mut DictTable {
    // SAFETY: single-threaded VM.
    unsafe { &mut *exc_obj(v).attrs.get() }
}

/// Sets `__context__` unless the exception already has one (or is it).
pub fn set_context_if_unset(exc: Value, context: Value) {
    if exc.header().kind.get() != Kind::Exception || context.header().kind.get() != Kind::Exception {
        return;
    }
    let e = exc_obj(exc);
    if e.context.get().is_null() && exc != context {
        // Avoid cycles: do not link if `exc` is already in context's chain.
        let mut c = context;
        while !c.is_null() {
            if c == exc {
                return;
            }
            c = exc_obj(c).context.get();
        }
        e.context.set(context);
    }
}

thread_local! {
    /// The exception being raised and the position its next traceback
    /// entry names instead of the one its frame passes (see
    /// `point_next_entry_at`).
    static NEXT_POSITION: Cell<(Value, u32)> = const { Cell::new((Value::NULL, 0)) };
}

/// The exception being raised failed in the part of its frame's operation
/// at `position` (a method call's lookup): the frame's traceback entry
/// names that part.
pub fn point_next_entry_at(position: u32) {
    NEXT_POSITION.with(|n| n.set((super::vm::vm().current_exc.get(), position)));
}

/// Records that the exception passed through `name` in `file`, at the
/// operation whose position id is `position`.
pub fn add_traceback(exc: Value, file: &'static str, name: &'static str, position: u32, local_names: &'static [String]) {
    if exc.is_obj() && exc.header().kind.get() == Kind::Exception {
        let (pointed, instead) = NEXT_POSITION.with(|n| n.replace((Value::NULL, 0)));
        let position = if pointed == exc && instead != 0 { instead } else { position };
        let line = super::positions::line(position);
        exc_obj(exc).traceback.borrow_mut().push(TbEntry { file, name, line, position, local_names });
    }
}

/// `exc.__traceback__`: None when it has passed no frame, else the chain of
/// traceback objects (stdlib/traceback.py) over its entries, outermost
/// first. Each access makes a new chain from the entries, which stay the
/// record the VM prints from. The chain reads a copy of the entries kept in
/// a bare exception of its own, so it outlives changes to `exc`'s (as a
/// saved `__traceback__` does in CPython).
pub fn traceback_of(exc: Value) -> super::vm::PyResult<Value> {
    let entries = exc_obj(exc).traceback.borrow().clone();
    if entries.is_empty() {
        return Ok(none());
    }
    let copy = new_exception(super::vm::exc_class("BaseException"), &[]);
    *exc_obj(copy).traceback.borrow_mut() = entries;
    let make = super::attr::getattr(super::import::import_module("traceback")?, super::vm::intern("_traceback_of"))?;
    super::call::call(make, &[copy], &[])
}

/// `exc.__traceback__ = tb` and `exc.with_traceback(tb)`: the entries of
/// `tb` (a traceback object names the exception it was made from and how
/// many of its innermost entries it covers) replace `exc`'s.
pub fn set_traceback(exc: Value, tb: Value) -> super::vm::PyResult<()> {
    let entries = if tb == none() {
        Vec::new()
    } else {
        let part = |name: &str| super::attr::getattr_opt(tb, super::vm::intern(name)).ok().flatten();
        let (src, depth) = match (part("_exc"), part("_depth").and_then(|d| d.is_small().then(|| d.as_small()))) {
            (Some(src), Some(depth)) if is_exception(src) && super::class::class_obj(type_of(tb)).name == "traceback" => (src, depth as usize),
            _ => return super::vm::raise_named("TypeError", "__traceback__ must be a traceback or None"),
        };
        let tb = exc_obj(src).traceback.borrow();
        tb[..depth.min(tb.len())].to_vec()
    };
    *exc_obj(exc).traceback.borrow_mut() = entries;
    Ok(())
}

/// The traceback entries of `exc`, innermost first, as
/// `(filename, lineno, name, position)` tuples.
pub fn traceback_entries(exc: Value) -> Vec<(&'static str, u32, &'static str, u32)> {
    exc_obj(exc).traceback.borrow().iter().map(|e| (e.file, e.line, e.name, e.position)).collect()
}

/// The line under the source line `src` that marks the operation at
/// `position`, when it does not span the whole line.
pub fn caret_line_at(src: &str, position: u32) -> Option<String> {
    super::positions::get(position).and_then(|p| super::carets::caret_line(src, p))
}

/// `str(exc)`: empty for no args, the one arg's str, else the args' repr.
pub fn exc_str(exc: Value) -> super::vm::PyResult<String> {
    if super::exception_group::is_group(exc) {
        return Ok(super::exception_group::group_str(exc));
    }
    let args = tuple_items(exc_obj(exc).args.get());
    let cls = type_of(exc);
    if super::class::is_subclass(cls, super::vm::exc_class("KeyError")) && args.len() == 1 {
        return super::ops::repr(args[0]);
    }
    if super::class::is_subclass(cls, super::vm::exc_class("SyntaxError")) {
        return super::syntax_error::str_of(exc);
    }
    if let Some(text) = super::codec::unicode_error_str(exc) {
        return Ok(text);
    }
    if super::class::is_subclass(cls, super::vm::exc_class("OSError")) && args.len() == 2 {
        let (errno, strerror) = (super::ops::str_of(args[0])?, super::ops::str_of(args[1])?);
        let attrs = exc_attrs(exc);
        return Ok(match (attrs.get_str(crate::sym!("filename")), attrs.get_str(crate::sym!("filename2"))) {
            (Some(f), Some(f2)) => format!("[Errno {errno}] {strerror}: {} -> {}", super::ops::repr(f)?, super::ops::repr(f2)?),
            (Some(f), None) => format!("[Errno {errno}] {strerror}: {}", super::ops::repr(f)?),
            _ => format!("[Errno {errno}] {strerror}"),
        });
    }
    base_exc_str(exc)
}

/// `OSError(errno, strerror, filename[, winerror, filename2])` keeps the
/// file names as attributes and only `(errno, strerror)` as its args, as
/// CPython does.
pub fn split_os_error_args(exc: Value) {
    if kind_of(exc) != Kind::Exception || !super::class::isinstance(exc, super::vm::exc_class("OSError")) {
        return;
    }
    let args = tuple_items(exc_obj(exc).args.get()).to_vec();
    if !(3..=5).contains(&args.len()) {
        return;
    }
    if args[2] != super::vm::none() {
        exc_attrs(exc).set_str(crate::sym!("filename"), args[2]);
    }
    if let Some(&f2) = args.get(4).filter(|&&f| f != super::vm::none()) {
        exc_attrs(exc).set_str(crate::sym!("filename2"), f2);
    }
    exc_obj(exc).args.set(new_tuple_from(&args[..2]));
}

/// `BaseException.__str__` itself (without the subclasses' own forms).
pub fn base_exc_str(exc: Value) -> super::vm::PyResult<String> {
    let args = tuple_items(exc_obj(exc).args.get());
    match args.len() {
        0 => Ok(String::new()),
        1 => super::ops::str_of(args[0]),
        _ => super::ops::repr(exc_obj(exc).args.get()),
    }
}

/// The line of `file` numbered `line`, as written, if the source is known.
pub fn source_line(file: &str, line: u32) -> Option<String> {
    source_text(file)?.lines().nth(line.checked_sub(1)? as usize).map(str::to_string)
}

/// Issues a warning of builtin class `category` from the runtime, as
/// CPython's C code does: through the warnings module, at the location of
/// the Python code running, so its filters decide (an 'error' filter
/// makes it raise).
pub fn warn(category: &str, message: &str) -> super::vm::PyResult<()> {
    let warnings = super::import::import_module("warnings")?;
    let warn = super::module::get_global(warnings, "warn");
    let message = super::str::new_str(message);
    super::call::call(warn, &[message, super::vm::exc_class(category)], &[])?;
    Ok(())
}

/// The source of a loaded file, if it was remembered.
pub fn source_text(file: &str) -> Option<std::rc::Rc<str>> {
    SOURCES.with(|s| s.borrow().iter().find(|(f, _)| f == file).map(|(_, t)| t.clone()))
}

thread_local! {
    /// Source texts of loaded files, for tracebacks.
    static SOURCES: RefCell<Vec<(String, std::rc::Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers the source of `file` so tracebacks can quote it.
pub fn register_source(file: &str, text: &str) {
    SOURCES.with(|s| s.borrow_mut().push((file.to_string(), text.into())));
}

/// The `Type: message` line of an exception.
pub fn exception_line(exc: Value) -> String {
    // A `__str__` the class defines in Python says what the message is.
    let own_str = super::class::lookup(type_of(exc), crate::sym!("__str__")).is_some_and(|f| super::object::kind_of(f) == super::object::Kind::Function);
    exception_line_with(exc, if own_str { super::ops::str_of(exc) } else { exc_str(exc) })
}

/// The `Type: message` line of `exc`, whose message is `text`.
fn exception_line_with(exc: Value, text: super::vm::PyResult<String>) -> String {
    let cls = class_obj(type_of(exc));
    // The class's `__module__` as it is now (a program may reassign it).
    let module = match cls.dict().get_str(crate::sym!("__module__")) {
        Some(m) if super::object::kind_of(m) == super::object::Kind::Str => super::str::as_str(m).to_string(),
        _ => cls.module.clone(),
    };
    let name = if matches!(module.as_str(), "builtins" | "__main__" | "") {
        cls.qualname.clone()
    } else {
        format!("{module}.{}", cls.qualname)
    };
    match text {
        Ok(s) if s.is_empty() => name,
        Ok(s) => format!("{name}: {s}"),
        Err(_) => {
            super::vm::take_exception();
            format!("{name}: <exception str() failed>")
        }
    }
}

/// The `Type: message` line of an exception and the notes `add_note` gave
/// it, each line ending in a newline.
pub fn exception_text(exc: Value) -> String {
    exception_items(exc, false).concat()
}

/// `exception_text` in the pieces CPython's `format_exception_only` gives
/// (a SyntaxError's location lines, the `Type: message` line, each line of
/// the notes), with CPython's "Did you mean" after the message of a
/// NameError or AttributeError when `suggest` (only the interpreter's own
/// printing of an uncaught exception offers one in 3.11, not `traceback`).
pub fn exception_items(exc: Value, suggest: bool) -> Vec<String> {
    // A SyntaxError that knows its line shows it, then its bare message.
    let (mut items, mut line) = match super::syntax_error::location_text(exc) {
        Some(location) => (
            location.split_inclusive('\n').map(str::to_string).collect(),
            exception_line_with(exc, super::ops::str_of(super::syntax_error::field(exc, "msg"))),
        ),
        None => (Vec::new(), exception_line(exc)),
    };
    if suggest {
        line += &super::suggestions::suffix(exc);
    }
    line += "\n";
    items.push(line);
    let notes = exc_attrs(exc).get_str(crate::sym!("__notes__"));
    if let Some(notes) = notes.filter(|&n| kind_of(n) == Kind::List) {
        for &note in super::seq::list_items(notes).iter() {
            let line = if kind_of(note) == Kind::Str {
                Ok(super::str::as_str(note).to_string())
            } else {
                super::ops::str_of(note)
            };
            let note = line.unwrap_or_else(|_| {
                super::vm::take_exception();
                "<note str() failed>".into()
            });
            items.extend(note.split('\n').map(|l| format!("{l}\n")));
        }
    }
    items
}

/// Formats an uncaught exception with its chain, as CPython prints it;
/// exception groups are drawn as nested boxes, as `traceback.py` does.
pub fn format_exception(exc: Value) -> String {
    let mut p = Printer { out: String::new(), starts: Vec::new(), depth: 0, need_close: false, seen: Vec::new(), suggest: false };
    p.exception(exc);
    p.out
}

/// `format_exception` in the pieces `traceback.format_exception` lists:
/// one per frame, per header or message line, as CPython's `format` yields.
pub fn format_exception_items(exc: Value) -> Vec<String> {
    let mut p = Printer { out: String::new(), starts: Vec::new(), depth: 0, need_close: false, seen: Vec::new(), suggest: false };
    p.exception(exc);
    p.starts.push(p.out.len());
    p.starts.windows(2).map(|w| p.out[w[0]..w[1]].to_string()).collect()
}

/// `format_exception` for an exception nobody caught, as the interpreter
/// prints it: a misspelt name's line ends with what it may have meant.
pub fn format_uncaught(exc: Value) -> String {
    let mut p = Printer { out: String::new(), starts: Vec::new(), depth: 0, need_close: false, seen: Vec::new(), suggest: true };
    p.exception(exc);
    p.out
}

/// An exception raised where nobody can catch it (a finalizer), after the
/// `Exception ignored in: ...` line: its traceback and line, without the
/// chain, as CPython's default unraisable hook prints it.
pub fn format_unraisable(exc: Value) -> String {
    unraisable_items(exc).concat()
}

/// `format_unraisable` in the pieces of `format_exception_items`.
pub fn unraisable_items(exc: Value) -> Vec<String> {
    let mut items = Vec::new();
    if let Some(stack) = stack_items(exc) {
        items.push("Traceback (most recent call last):\n".to_string());
        items.extend(stack);
    }
    items.extend(exception_items(exc, false));
    items
}

/// CPython's limits on how much of an exception group is drawn.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The state of drawing one exception (CPython's `_ExceptionPrintContext`).
struct Printer {
    /// The text so far.
    out: String,
    /// Where in `out` each piece starts (CPython's `format` yields pieces).
    starts: Vec<usize>,
    /// How many exception groups enclose what is drawn now.
    depth: usize,
    /// The last box of a group still needs its bottom edge.
    need_close: bool,
    /// Exceptions already drawn (a chain may loop).
    seen: Vec<Value>,
    /// Whether a NameError or AttributeError suggests a near name.
    suggest: bool,
}

impl Printer {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text` as one piece, each line behind the margin of the
    /// enclosing groups.
    fn emit(&mut self, text: &str, margin: char) {
        self.starts.push(self.out.len());
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            self.out += &prefix;
            self.out += line;
        }
    }

    /// `exc` after the exceptions it was raised from or while handling.
    fn exception(&mut self, exc: Value) {
        let mut chain: Vec<(Option<&str>, Value)> = Vec::new();
        let mut cur = exc;
        loop {
            self.seen.push(cur);
            let e = exc_obj(cur);
            let (cause, context) = (e.cause.get(), e.context.get());
            let (msg, next) = if !cause.is_null() && cause != none() {
                (Some("\nThe above exception was the direct cause of the following exception:\n\n"), cause)
            } else if !context.is_null() && !e.suppress_context.get() {
                (Some("\nDuring handling of the above exception, another exception occurred:\n\n"), context)
            } else {
                (None, Value::NULL)
            };
            let next = if next.is_null() || self.seen.contains(&next) { None } else { Some(next) };
            chain.push((next.and(msg), cur));
            match next {
                Some(n) => cur = n,
                None => break,
            }
        }
        for &(msg, e) in chain.iter().rev() {
            if let Some(msg) = msg {
                self.emit(msg, '|');
            }
            if super::exception_group::is_group(e) {
                self.group(e);
            } else {
                if let Some(stack) = stack_items(e) {
                    self.emit("Traceback (most recent call last):\n", '|');
                    stack.iter().for_each(|frame| self.emit(frame, '|'));
                }
                exception_items(e, self.suggest).iter().for_each(|item| self.emit(item, '|'));
            }
        }
    }

    /// An exception group: its traceback and line, then a box per member.
    fn group(&mut self, g: Value) {
        if self.depth > MAX_GROUP_DEPTH {
            self.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
            return;
        }
        let toplevel = self.depth == 0;
        if toplevel {
            self.depth += 1;
        }
        if let Some(stack) = stack_items(g) {
            self.emit("Exception Group Traceback (most recent call last):\n", if toplevel { '+' } else { '|' });
            stack.iter().for_each(|frame| self.emit(frame, '|'));
        }
        exception_items(g, self.suggest).iter().for_each(|item| self.emit(item, '|'));
        let members = super::exception_group::exceptions(g);
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for i in 0..n {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated { "...".to_string() } else { (i + 1).to_string() };
            self.starts.push(self.out.len());
            self.out += &format!("{}{}+---------------- {title} ----------------\n", self.indent(), if i == 0 { "+-" } else { "  " });
            self.depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                self.emit(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }), '|');
            } else {
                self.exception(members[i]);
            }
            if last && self.need_close {
                self.starts.push(self.out.len());
                self.out += &format!("{}+------------------------------------\n", self.indent());
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if toplevel {
            self.depth = 0;
        }
    }
}

thread_local! {
    /// The `limit` of the traceback function formatting now: how many
    /// entries of each traceback to show, outermost first (negative: the
    /// innermost ones).
    static STACK_LIMIT: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
}

/// Runs `f` with tracebacks cut to `limit` entries (see `STACK_LIMIT`).
pub fn with_stack_limit<R>(limit: Option<i64>, f: impl FnOnce() -> R) -> R {
    let before = STACK_LIMIT.with(|l| l.replace(limit));
    let r = f();
    STACK_LIMIT.with(|l| l.set(before));
    r
}

/// The frames of `exc`'s traceback, most recent last, one piece per frame
/// (and per repeat line), or None when it has none. Like CPython, a line
/// repeated more than three times is summarized.
fn stack_items(exc: Value) -> Option<Vec<String>> {
    let tb = exc_obj(exc).traceback.borrow();
    let mut entries: Vec<&TbEntry> = tb.iter().rev().collect();
    match STACK_LIMIT.with(|l| l.get()) {
        Some(n) if n >= 0 => entries.truncate(n as usize),
        Some(n) => {
            let keep = entries.len().min(n.unsigned_abs() as usize);
            entries.drain(..entries.len() - keep);
        }
        None => {}
    }
    if entries.is_empty() {
        return None;
    }
    let mut out = Vec::new();
    let mut last: Option<(&str, u32, &str)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut Vec<String>, repeats: usize| {
        if repeats > 3 {
            let more = repeats - 3;
            out.push(format!("  [Previous line repeated {more} more time{}]\n", if more == 1 { "" } else { "s" }));
        }
    };
    for entry in entries {
        let key = (entry.file, entry.line, entry.name);
        if last == Some(key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats);
            last = Some(key);
            repeats = 1;
        }
        let mut frame = format!("  File \"{}\", line {}, in {}\n", entry.file, entry.line, entry.name);
        if let Some(src) = source_line(entry.file, entry.line) {
            frame += &format!("    {}\n", src.trim());
            if let Some(carets) = caret_line_at(&src, entry.position) {
                frame += &carets;
                frame.push('\n');
            }
        }
        out.push(frame);
    }
    flush(&mut out, repeats);
    Some(out)
}

/// True when `v` is an exception instance.
pub fn is_exception(v: Value) -> bool {
    v.is_obj() && v.header().kind.get() == Kind::Exception
}
