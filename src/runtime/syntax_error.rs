//! SyntaxError objects at run time: what `compile`, `exec`, `eval` and
//! `import` raise for bad source. Like CPython's, one carries `msg`,
//! `filename`, `lineno`, `offset`, `text`, `end_lineno` and `end_offset`,
//! its str names the file and line, and an uncaught one is printed with
//! the line of source and a caret under the culprit.

use super::class::isinstance;
use super::exception::{exc_attrs, exc_obj};
use super::object::{kind_of, Kind};
use super::seq::{new_tuple_from, tuple_items};
use super::str::{as_str, new_str};
use super::value::Value;
use super::vm::{exc_class, intern, none};
use crate::syntax::diagnostic::SyntaxError as Diagnostic;

/// The attributes a SyntaxError has, in the order of its second argument.
const FIELDS: [&str; 6] = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"];

/// True for the attribute names every SyntaxError has (None until set).
pub fn is_field(name: &str) -> bool {
    name == "msg" || name == "print_file_and_line" || FIELDS.contains(&name)
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`
/// sets its attributes from its arguments, as CPython's `__init__` does.
pub fn take_fields_from_args(exc: Value) {
    if kind_of(exc) != Kind::Exception || !isinstance(exc, exc_class("SyntaxError")) {
        return;
    }
    let args = tuple_items(exc_obj(exc).args.get()).to_vec();
    let attrs = exc_attrs(exc);
    if let Some(&msg) = args.first() {
        attrs.set_str(intern("msg"), msg);
    }
    if let [_, info] = args[..] {
        if kind_of(info) == Kind::Tuple && matches!(tuple_items(info).len(), 4 | 6) {
            for (name, &v) in FIELDS.iter().zip(tuple_items(info)) {
                attrs.set_str(intern(name), v);
            }
        }
    }
}

/// Attribute `name` (one of `is_field`) of SyntaxError `exc`.
pub fn field(exc: Value, name: &str) -> Value {
    match exc_attrs(exc).get_str(intern(name)) {
        Some(v) => v,
        // One the runtime raised with just a message.
        None if name == "msg" => tuple_items(exc_obj(exc).args.get()).first().copied().unwrap_or(none()),
        None => none(),
    }
}

/// `str(e)`: the message, then the file's base name and the line when known.
pub fn str_of(exc: Value) -> super::vm::PyResult<String> {
    let msg = super::ops::str_of(field(exc, "msg"))?;
    let filename = field(exc, "filename");
    let filename = (kind_of(filename) == Kind::Str).then(|| {
        let f = as_str(filename);
        f.rsplit('/').next().unwrap_or(f).to_string()
    });
    let lineno = field(exc, "lineno");
    let lineno = lineno.is_small().then(|| lineno.as_small());
    Ok(match (filename, lineno) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    })
}

/// The lines CPython prints above an uncaught SyntaxError's own line:
/// where it is, the source line and a caret line. None when `exc` is no
/// SyntaxError or lacks a line number (it is then printed as any other).
pub fn location_text(exc: Value) -> Option<String> {
    if kind_of(exc) != Kind::Exception || !isinstance(exc, exc_class("SyntaxError")) {
        return None;
    }
    let int = |name: &str| {
        let v = field(exc, name);
        v.is_small().then(|| v.as_small())
    };
    let lineno = int("lineno")?;
    let filename = field(exc, "filename");
    let filename = if kind_of(filename) == Kind::Str { as_str(filename).to_string() } else { "<string>".to_string() };
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    let text = field(exc, "text");
    if kind_of(text) == Kind::Str {
        let text = as_str(text);
        let offset = int("offset").unwrap_or(-1);
        let mut end_offset = int("end_offset").unwrap_or(-1);
        if int("end_lineno").unwrap_or(lineno) > lineno {
            end_offset = text.chars().count() as i64;
        }
        end_offset = end_offset.min(text.chars().count() as i64 + 1);
        out += &source_and_carets(text, offset, end_offset);
    }
    Some(out)
}

/// CPython's `print_error_text`: the source line without its indent, and
/// carets from 1-based `offset` to `end_offset` under it.
fn source_and_carets(text: &str, offset: i64, end_offset: i64) -> String {
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.chars().count() - stripped.chars().count()) as i64;
    let mut text = stripped;
    let len = text.strip_suffix('\n').unwrap_or(text).chars().count() as i64;
    offset = offset.min(len);
    // A text of several lines: the one the offset falls in.
    while let Some(nl) = text.find('\n') {
        let before = text[..nl].chars().count() as i64;
        if before >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= before + 1;
    }
    let mut out = format!("    {}\n", text.strip_suffix('\n').unwrap_or(text));
    if offset >= 0 {
        out += &format!("    {}{}\n", " ".repeat(offset as usize), "^".repeat(carets as usize));
    }
    out
}

/// The SyntaxError (or IndentationError...) exception for compile-time
/// error `e` in `source`, read from `filename`. `quote` says whether it
/// carries its line of source (CPython's parser gives one; its later
/// passes only do for code read from a file).
pub fn from_diagnostic(e: &Diagnostic, filename: &str, source: &str, quote: bool) -> Value {
    let position = |at: usize| {
        let at = crate::syntax::diagnostic::on_last_line(source, at);
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = crate::syntax::diagnostic::line_of(source, at);
        (line, line_start, source[line_start..at].chars().count() + 1)
    };
    let (lineno, line_start, offset) = position(e.span.start as usize);
    let (end_lineno, _, end_offset) = position(e.span.end as usize);
    let line_end = source[line_start..].find('\n').map_or(source.len(), |i| line_start + i + 1);
    let text = if quote { new_str(&source[line_start..line_end]) } else { none() };
    let info = [
        new_str(filename),
        Value::small_unchecked(lineno as i64),
        Value::small_unchecked(offset as i64),
        text,
        Value::small_unchecked(end_lineno as i64),
        Value::small_unchecked(end_offset as i64),
    ];
    let exc = super::exception::new_exception(exc_class(e.class.name()), &[new_str(&e.message), new_tuple_from(&info)]);
    take_fields_from_args(exc);
    exc
}
