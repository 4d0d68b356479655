//! `_coro_os`: the system calls under the `os` module (stdlib/os.py),
//! which gives them CPython's names, defaults and path handling. Paths
//! arrive here as str (os.py applies `fspath` first); failures raise the
//! OSError subclass of the errno with the path, as CPython's do.

use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};

use crate::runtime::args::{count, no_keywords};
use crate::runtime::bytes::new_bytes;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::heap::without_gc;
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_i64, float, int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::type_name;
use crate::runtime::seq::{new_list, new_tuple};
use crate::runtime::str::{as_str, new_str};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, set_exception, exc_class, Exc, PyResult};

/// Raises the OSError of `e` naming `path` (and `path2`, for two-path calls).
fn path_error<T>(e: &std::io::Error, path: &str, path2: Option<&str>) -> PyResult<T> {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    let mut args = vec![int(errno as i64), new_str(&strerror_text(errno)), new_str(path)];
    if let Some(p2) = path2 {
        args.push(none());
        args.push(new_str(p2));
    }
    let exc = crate::runtime::call::call(exc_class("OSError"), &args, &[])?;
    set_exception(exc);
    Err(Exc)
}

fn strerror_text(errno: i32) -> String {
    // SAFETY: strerror returns a valid C string for any errno.
    unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned()
}

/// Argument `i` of `func` as a str.
fn text_arg(func: &str, args: &[Value], i: usize) -> PyResult<&'static str> {
    let v = args[i];
    if kind_of(v) == Kind::Str {
        Ok(as_str(v))
    } else {
        raise_named("TypeError", format!("{func}: path should be string, bytes or os.PathLike, not {}", type_name(v)))
    }
}

/// Argument `i` of `func` as an int.
fn int_arg(func: &str, args: &[Value], i: usize) -> PyResult<i64> {
    match as_i64(args[i]) {
        Some(n) => Ok(n),
        None => raise_named("TypeError", format!("{func}: an integer is required, not {}", type_name(args[i]))),
    }
}

/// Checks the call shape: positional only, `min..=max` arguments.
fn shape(func: &str, args: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    no_keywords(func, kw)?;
    count(func, args.len(), min, max)
}

/// A list of new strs (made with collection off: the Rust vector holding
/// them is no root).
fn str_list(items: &[String]) -> Value {
    without_gc(|| new_list(items.iter().map(|s| new_str(s)).collect()))
}

fn getcwd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("getcwd", args, kw, 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(new_str(&p.to_string_lossy())),
        Err(e) => crate::modules::asyncio::poll::os_error(&e),
    }
}

fn chdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("chdir", args, kw, 1, 1)?;
    let path = text_arg("chdir", args, 0)?;
    std::env::set_current_dir(path).or_else(|e| path_error(&e, path, None))?;
    Ok(none())
}

fn listdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("listdir", args, kw, 1, 1)?;
    let path = text_arg("listdir", args, 0)?;
    let entries = std::fs::read_dir(path).or_else(|e| path_error(&e, path, None))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.or_else(|e| path_error(&e, path, None))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    Ok(str_list(&names))
}

/// `stat(path, follow_symlinks)`: the ten classic fields (times as ints),
/// then the float times and the nanosecond times, for os.stat_result.
fn stat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("stat", args, kw, 2, 2)?;
    let path = text_arg("stat", args, 0)?;
    let follow = crate::runtime::ops::truthy(args[1])?;
    let meta = if follow { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) };
    let m = meta.or_else(|e| path_error(&e, path, None))?;
    let seconds = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanos = |s: i64, ns: i64| s as i128 * 1_000_000_000 + ns as i128;
    Ok(without_gc(|| {
        let big = |n: i128| crate::runtime::number::big(num_bigint::BigInt::from(n));
        new_tuple(vec![
            int(m.mode() as i64),
            int(m.ino() as i64),
            int(m.dev() as i64),
            int(m.nlink() as i64),
            int(m.uid() as i64),
            int(m.gid() as i64),
            int(m.size() as i64),
            int(m.atime()),
            int(m.mtime()),
            int(m.ctime()),
            float(seconds(m.atime(), m.atime_nsec())),
            float(seconds(m.mtime(), m.mtime_nsec())),
            float(seconds(m.ctime(), m.ctime_nsec())),
            big(nanos(m.atime(), m.atime_nsec())),
            big(nanos(m.mtime(), m.mtime_nsec())),
            big(nanos(m.ctime(), m.ctime_nsec())),
        ])
    }))
}

fn mkdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("mkdir", args, kw, 2, 2)?;
    let path = text_arg("mkdir", args, 0)?;
    let mode = int_arg("mkdir", args, 1)?;
    std::fs::DirBuilder::new().mode(mode as u32).create(path).or_else(|e| path_error(&e, path, None))?;
    Ok(none())
}

fn rmdir(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("rmdir", args, kw, 1, 1)?;
    let path = text_arg("rmdir", args, 0)?;
    std::fs::remove_dir(path).or_else(|e| path_error(&e, path, None))?;
    Ok(none())
}

fn unlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("unlink", args, kw, 1, 1)?;
    let path = text_arg("unlink", args, 0)?;
    std::fs::remove_file(path).or_else(|e| path_error(&e, path, None))?;
    Ok(none())
}

fn rename(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("rename", args, kw, 2, 2)?;
    let (src, dst) = (text_arg("rename", args, 0)?, text_arg("rename", args, 1)?);
    std::fs::rename(src, dst).or_else(|e| path_error(&e, src, Some(dst)))?;
    Ok(none())
}

fn symlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("symlink", args, kw, 2, 2)?;
    let (src, dst) = (text_arg("symlink", args, 0)?, text_arg("symlink", args, 1)?);
    std::os::unix::fs::symlink(src, dst).or_else(|e| path_error(&e, src, Some(dst)))?;
    Ok(none())
}

fn readlink(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("readlink", args, kw, 1, 1)?;
    let path = text_arg("readlink", args, 0)?;
    let target = std::fs::read_link(path).or_else(|e| path_error(&e, path, None))?;
    Ok(new_str(&target.to_string_lossy()))
}

fn chmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("chmod", args, kw, 2, 2)?;
    let path = text_arg("chmod", args, 0)?;
    let mode = int_arg("chmod", args, 1)?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode as u32)).or_else(|e| path_error(&e, path, None))?;
    Ok(none())
}

fn access(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("access", args, kw, 2, 2)?;
    let path = text_arg("access", args, 0)?;
    let mode = int_arg("access", args, 1)?;
    let Ok(c) = std::ffi::CString::new(path) else {
        return raise_named("ValueError", "access: embedded null character in path");
    };
    // SAFETY: a valid C string and a plain mode.
    Ok(boolean(unsafe { libc::access(c.as_ptr(), mode as libc::c_int) } == 0))
}

/// The environment as a list of `(name, value)` pairs.
fn environ(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("environ", args, kw, 0, 0)?;
    let pairs: Vec<(String, String)> =
        std::env::vars_os().map(|(k, v)| (k.to_string_lossy().into_owned(), v.to_string_lossy().into_owned())).collect();
    Ok(without_gc(|| new_list(pairs.iter().map(|(k, v)| new_tuple(vec![new_str(k), new_str(v)])).collect())))
}

/// A name or value for the environment: no NUL, and no `=` in a name.
fn env_text(func: &str, args: &[Value], i: usize, name: bool) -> PyResult<std::ffi::CString> {
    let v = args[i];
    if kind_of(v) != Kind::Str {
        return raise_named("TypeError", format!("str expected, not {}", type_name(v)));
    }
    let s = as_str(v);
    if name && (s.is_empty() || s.contains('=')) {
        return raise_named("ValueError", "illegal environment variable name");
    }
    std::ffi::CString::new(s).or_else(|_| raise_named("ValueError", format!("{func}: embedded null byte")))
}

fn putenv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("putenv", args, kw, 2, 2)?;
    let (k, v) = (env_text("putenv", args, 0, true)?, env_text("putenv", args, 1, false)?);
    // SAFETY: the VM is the only thread reading the environment.
    if unsafe { libc::setenv(k.as_ptr(), v.as_ptr(), 1) } != 0 {
        return crate::modules::asyncio::poll::raise_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EINVAL));
    }
    Ok(none())
}

fn unsetenv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("unsetenv", args, kw, 1, 1)?;
    let k = env_text("unsetenv", args, 0, true)?;
    // SAFETY: the VM is the only thread reading the environment.
    unsafe { libc::unsetenv(k.as_ptr()) };
    Ok(none())
}

fn getpid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("getpid", args, kw, 0, 0)?;
    Ok(int(std::process::id() as i64))
}

/// `kill(pid, sig)`: a signal this process sends itself is handled
/// before the call returns, as CPython's next bytecode would.
fn kill(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("kill", args, kw, 2, 2)?;
    let (pid, sig) = (int_arg("kill", args, 0)?, int_arg("kill", args, 1)?);
    // SAFETY: kill only sends a signal.
    if unsafe { libc::kill(pid as libc::pid_t, sig as libc::c_int) } != 0 {
        return crate::modules::asyncio::poll::os_error(&std::io::Error::last_os_error());
    }
    crate::runtime::interrupt::check()?;
    Ok(none())
}

fn getppid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("getppid", args, kw, 0, 0)?;
    // SAFETY: getppid cannot fail.
    Ok(int(unsafe { libc::getppid() } as i64))
}

fn getuid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("getuid", args, kw, 0, 0)?;
    // SAFETY: getuid cannot fail.
    Ok(int(unsafe { libc::getuid() } as i64))
}

fn cpu_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("cpu_count", args, kw, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => int(n.get() as i64),
        Err(_) => none(),
    })
}

fn urandom(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("urandom", args, kw, 1, 1)?;
    let n = int_arg("urandom", args, 0)?;
    if n < 0 {
        return raise_named("ValueError", "negative argument not allowed");
    }
    let mut data = vec![0u8; n as usize];
    let mut filled = 0;
    while filled < data.len() {
        // SAFETY: writes at most the rest of `data`.
        let got = unsafe { libc::getrandom(data[filled..].as_mut_ptr().cast(), data.len() - filled, 0) };
        if got < 0 {
            return crate::modules::asyncio::poll::raise_errno(std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO));
        }
        filled += got as usize;
    }
    Ok(new_bytes(data))
}

fn strerror(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("strerror", args, kw, 1, 1)?;
    let n = int_arg("strerror", args, 0)?;
    Ok(new_str(&strerror_text(n as i32)))
}

/// `_exit(n)`: ends the process at once, flushing nothing.
fn exit_now(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    shape("_exit", args, kw, 1, 1)?;
    let n = int_arg("_exit", args, 0)?;
    // SAFETY: ends the process; nothing runs after.
    unsafe { libc::_exit(n as libc::c_int) }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getcwd", getcwd),
    ("chdir", chdir),
    ("listdir", listdir),
    ("stat", stat),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("unlink", unlink),
    ("rename", rename),
    ("symlink", symlink),
    ("readlink", readlink),
    ("chmod", chmod),
    ("access", access),
    ("environ", environ),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
    ("getpid", getpid),
    ("kill", kill),
    ("getppid", getppid),
    ("getuid", getuid),
    ("cpu_count", cpu_count),
    ("urandom", urandom),
    ("strerror", strerror),
    ("_exit", exit_now),
];

/// Makes the `_coro_os` module.
pub fn create() -> Value {
    let m = new_module("_coro_os", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    m
}
