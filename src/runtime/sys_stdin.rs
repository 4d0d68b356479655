//! `sys.stdin`: text read from the process's standard input, line by line
//! or whole, through the same buffer `input()` reads from.

use std::io::{BufRead, Read};

use super::args::count;
use super::capabilities::{require, Capabilities};
use super::function::new_builtin;
use super::instance::new_instance;
use super::number::int;
use super::ops::index_value;
use super::seq::new_list;
use super::str::new_str;
use super::value::Value;
use super::vm::{raise_named, vm, PyResult};

/// Makes the `sys.stdin` object (of its own `_io.TextIOWrapper` class).
pub fn create() -> Value {
    let class = super::class::new_class("TextIOWrapper", "TextIOWrapper", "_io", vec![], super::dict::DictTable::new())
        .expect("a plain class");
    let methods: &[(&str, super::function::NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("__iter__", iter),
        ("__next__", next),
        ("isatty", isatty),
        ("fileno", fileno),
    ];
    for &(name, f) in methods {
        super::class::set_class_attr(class, name, new_builtin(name, f));
    }
    let stdin = new_instance(class);
    vm().constants.borrow_mut().extend([stdin, class]);
    stdin
}

/// The optional size argument of `read`/`readline`: None or negative is
/// "no limit".
fn size_arg(name: &str, args: &[Value]) -> PyResult<Option<usize>> {
    count(name, args.len() - 1, 0, 1)?;
    match args.get(1) {
        Some(&n) if n != super::vm::none() => Ok(usize::try_from(index_value(n)?).ok()),
        _ => Ok(None),
    }
}

/// Reads with `f` from the locked standard input, turning a read error
/// into Python's exception.
fn with_stdin<T>(what: &str, f: impl FnOnce(&mut std::io::StdinLock) -> std::io::Result<T>) -> PyResult<T> {
    require(Capabilities::PROCESS, "PermissionError", what)?;
    f(&mut std::io::stdin().lock()).or_else(|e| match e.kind() {
        std::io::ErrorKind::InvalidData => raise_named("UnicodeDecodeError", "'utf-8' codec can't decode the input"),
        _ => raise_named("OSError", e.to_string()),
    })
}

/// `read(size=-1)`: the rest of the input, or up to `size` characters.
fn read(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let limit = size_arg("read", args)?;
    let text = with_stdin("sys.stdin.read()", |input| {
        let mut text = String::new();
        match limit {
            None => {
                input.read_to_string(&mut text)?;
            }
            Some(n) => read_chars(input, &mut text, n, false)?,
        }
        Ok(text)
    })?;
    Ok(new_str(&text))
}

/// Appends up to `n` characters of the input to `text`, stopping after a
/// newline when `line` is set.
fn read_chars(input: &mut std::io::StdinLock, text: &mut String, n: usize, line: bool) -> std::io::Result<()> {
    for _ in 0..n {
        match read_char(input)? {
            Some(c) => text.push(c),
            None => break,
        }
        if line && text.ends_with('\n') {
            break;
        }
    }
    Ok(())
}

/// The next character of the input, None at its end.
fn read_char(input: &mut std::io::StdinLock) -> std::io::Result<Option<char>> {
    let mut bytes = [0u8; 4];
    if input.read(&mut bytes[..1])? == 0 {
        return Ok(None);
    }
    // The lead byte tells how many continuation bytes follow.
    let len = match bytes[0] {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    };
    input.read_exact(&mut bytes[1..len])?;
    match std::str::from_utf8(&bytes[..len]) {
        Ok(text) => Ok(text.chars().next()),
        Err(_) => Err(std::io::ErrorKind::InvalidData.into()),
    }
}

/// One line with its newline ("" at the end of the input).
fn read_line(limit: Option<usize>) -> PyResult<String> {
    with_stdin("sys.stdin.readline()", |input| {
        let mut line = String::new();
        match limit {
            None => {
                input.read_line(&mut line)?;
            }
            Some(n) => read_chars(input, &mut line, n, true)?,
        }
        Ok(line)
    })
}

/// `readline(size=-1)`.
fn readline(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let limit = size_arg("readline", args)?;
    Ok(new_str(&read_line(limit)?))
}

/// `readlines()`: the remaining lines, each with its newline.
fn readlines(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("readlines", args.len() - 1, 0, 0)?;
    // Each line goes into the list as it is made: a collection while the
    // next is made then sees it.
    let lines = new_list(Vec::new());
    loop {
        let line = read_line(None)?;
        if line.is_empty() {
            return Ok(lines);
        }
        let s = new_str(&line);
        super::seq::list_items(lines).push(s);
    }
}

fn iter(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__iter__", args.len() - 1, 0, 0)?;
    Ok(args[0])
}

/// `for line in sys.stdin`: each line until the end of the input.
fn next(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("__next__", args.len() - 1, 0, 0)?;
    let line = read_line(None)?;
    if line.is_empty() {
        return super::generator::stop_iteration(super::vm::none());
    }
    Ok(new_str(&line))
}

fn isatty(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("isatty", args.len() - 1, 0, 0)?;
    use std::io::IsTerminal;
    Ok(super::vm::boolean(std::io::stdin().is_terminal()))
}

fn fileno(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("fileno", args.len() - 1, 0, 0)?;
    Ok(int(0))
}
