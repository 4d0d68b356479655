//! What `sys.stdout` and `sys.stderr` tell about themselves beyond
//! `write` and `flush`: `isatty()`, `fileno()`, `encoding`, `name`... and
//! `buffer`, the binary stream below, whose `write` takes bytes.

use std::io::{IsTerminal, Write};

use super::args::method;
use super::function::new_builtin;
use super::instance::new_instance;
use super::module_sys::{stream_of, Stream};
use super::number::int;
use super::str::new_str;
use super::value::Value;
use super::vm::{boolean, intern, none, raise_named, vm, PyResult};

/// Gives the text streams' class its I/O methods.
pub fn add_methods(stream_class: Value) {
    let methods: &[(&str, super::function::NativeFn)] =
        &[("isatty", isatty), ("fileno", fileno), ("readable", no), ("seekable", seekable), ("writable", yes)];
    for &(name, f) in methods {
        super::class::set_class_attr(stream_class, name, new_builtin(name, f));
    }
}

/// Sets the attributes of text stream `obj` standing for `stream`, and
/// makes its `buffer`.
pub fn describe(obj: Value, stream: Stream) -> PyResult<()> {
    let (name, errors) = match stream {
        Stream::Stdout => ("<stdout>", "strict"),
        Stream::Stderr => ("<stderr>", "backslashreplace"),
    };
    let set = |attr: &str, v: Value| super::attr::setattr(obj, intern(attr), v);
    set("name", new_str(name))?;
    set("encoding", new_str("utf-8"))?;
    set("errors", new_str(errors))?;
    set("closed", boolean(false))?;
    set("line_buffering", boolean(stream == Stream::Stderr || std::io::stdout().is_terminal()))?;
    set("buffer", buffer_for(obj))?;
    Ok(())
}

/// The `BufferedWriter` below a text stream: its `raw_stream` attribute
/// keeps the text stream it writes to.
fn buffer_for(text_stream: Value) -> Value {
    thread_local! {
        static CLASS: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
    }
    let mut class = CLASS.with(|c| c.get());
    if class.is_null() {
        class = super::class::new_class("BufferedWriter", "BufferedWriter", "_io", vec![], super::dict::DictTable::new())
            .expect("a plain class");
        let methods: &[(&str, super::function::NativeFn)] =
            &[("write", buffer_write), ("flush", buffer_flush), ("isatty", isatty), ("fileno", fileno), ("writable", yes)];
        for &(name, f) in methods {
            super::class::set_class_attr(class, name, new_builtin(name, f));
        }
        vm().constants.borrow_mut().push(class);
        CLASS.with(|c| c.set(class));
    }
    let buffer = new_instance(class);
    let _ = super::attr::setattr(buffer, intern("_text"), text_stream);
    buffer
}

/// The standard stream behind a text stream or its buffer.
fn which(obj: Value) -> Stream {
    let text = super::attr::lookup_attr(obj, intern("_text")).ok().flatten().unwrap_or(obj);
    stream_of(text).unwrap_or(Stream::Stdout)
}

fn isatty(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("isatty", args, kw, 0, 0)?;
    Ok(boolean(match which(a[0]) {
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
    }))
}

fn fileno(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("fileno", args, kw, 0, 0)?;
    Ok(int(if which(a[0]) == Stream::Stdout { 1 } else { 2 }))
}

/// Whether the stream's file can seek (a file can, a pipe or terminal not).
fn seekable(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("seekable", args, kw, 0, 0)?;
    let fd = if which(a[0]) == Stream::Stdout { 1 } else { 2 };
    // SAFETY: lseek only queries the descriptor's offset.
    Ok(boolean(unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } != -1))
}

fn yes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method("writable", args, kw, 0, 0)?;
    Ok(boolean(true))
}

fn no(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method("readable", args, kw, 0, 0)?;
    Ok(boolean(false))
}

/// `buffer.write(data)`: writes bytes as they are (after the text written
/// before them); returns how many.
fn buffer_write(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("write", args, kw, 1, 1)?;
    if !super::bytes::is_bytes_like(a[1]) {
        return raise_named("TypeError", format!("a bytes-like object is required, not '{}'", super::ops::type_name(a[1])));
    }
    let data = super::bytes::as_bytes(a[1]);
    let _ = match which(a[0]) {
        Stream::Stdout => std::io::stdout().lock().write_all(data),
        Stream::Stderr => {
            let _ = std::io::stdout().flush();
            std::io::stderr().lock().write_all(data)
        }
    };
    Ok(int(data.len() as i64))
}

fn buffer_flush(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("flush", args, kw, 0, 0)?;
    if which(a[0]) == Stream::Stdout {
        let _ = std::io::stdout().flush();
    }
    Ok(none())
}
