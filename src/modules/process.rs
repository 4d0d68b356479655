//! `_coro_process`: what asyncio's pipe transports and subprocesses need
//! from the system: starting a child with its standard streams as pipes,
//! /dev/null, the parent's or another descriptor; non-blocking reads and
//! writes on pipe descriptors; a pidfd to learn when a child exits (the
//! loop watches it like any descriptor, so no thread or SIGCHLD handler is
//! needed); `waitpid` to reap it; `kill`.

use std::os::fd::{FromRawFd, IntoRawFd, OwnedFd, RawFd};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};

use crate::modules::asyncio::poll::{os_error, raise_errno};
use crate::runtime::args::count;
use crate::runtime::bytes::{buffer, filled_buffer, new_bytes};
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_i64, int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::{list_items, new_tuple, tuple_items};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{none, raise_named, PyResult};

/// `subprocess.PIPE`.
const PIPE: i64 = -1;
/// `subprocess.STDOUT`.
const STDOUT: i64 = -2;
/// `subprocess.DEVNULL`.
const DEVNULL: i64 = -3;

fn last_errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// A pipe whose ends close on exec: (read end, write end).
fn pipe() -> PyResult<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as RawFd; 2];
    // SAFETY: pipe2 fills two descriptors.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } < 0 {
        return raise_errno(last_errno());
    }
    // SAFETY: both were just opened and are owned by nobody else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

fn nonblocking(fd: RawFd) -> PyResult<RawFd> {
    crate::modules::socket::set_nonblocking(fd, true)?;
    Ok(fd)
}

/// The strings of a list or tuple of str.
fn strings(v: Value) -> PyResult<Vec<String>> {
    let items: Vec<Value> = match kind_of(v) {
        Kind::List => list_items(v).clone(),
        Kind::Tuple => tuple_items(v).to_vec(),
        _ => return raise_named("TypeError", "expected a list of str"),
    };
    items
        .iter()
        .map(|&s| if kind_of(s) == Kind::Str { Ok(as_str(s).to_string()) } else { raise_named("TypeError", format!("expected str, bytes or os.PathLike object, not {}", crate::runtime::ops::type_name(s))) })
        .collect()
}

/// `spawn(argv, stdin, stdout, stderr, cwd, env)`: starts the child; gives
/// `(pid, stdin_fd, stdout_fd, stderr_fd)`, each fd None unless a PIPE.
/// A mode is PIPE, STDOUT (stderr only), DEVNULL, None (inherit) or a descriptor.
fn spawn(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("spawn", args.len(), 6, 6)?;
    let argv = strings(args[0])?;
    if argv.is_empty() {
        return raise_named("ValueError", "args must not be empty");
    }
    let mut cmd = Command::new(&argv[0]);
    cmd.args(&argv[1..]);
    if args[4] != none() {
        cmd.current_dir(as_str(args[4]));
    }
    if args[5] != none() {
        let pairs = strings(args[5])?;
        cmd.env_clear();
        for pair in pairs.chunks(2) {
            cmd.env(&pair[0], pair.get(1).map_or("", |s| s.as_str()));
        }
    }
    let mode = |v: Value| if v == none() { Ok(None) } else { as_i64(v).map(Some).ok_or(()).or_else(|_| raise_named("TypeError", "bad stdio argument")) };
    let (stdin_mode, stdout_mode, stderr_mode) = (mode(args[1])?, mode(args[2])?, mode(args[3])?);
    let mut parent: [Option<OwnedFd>; 3] = [None, None, None];
    let mut stdout_child: Option<OwnedFd> = None;
    let stdio_of = |m: Option<i64>, which: usize, parent: &mut [Option<OwnedFd>; 3], stdout_child: &Option<OwnedFd>| -> PyResult<Stdio> {
        Ok(match m {
            None => Stdio::inherit(),
            Some(PIPE) => {
                let (r, w) = pipe()?;
                let (mine, theirs) = if which == 0 { (w, r) } else { (r, w) };
                parent[which] = Some(mine);
                Stdio::from(theirs)
            }
            Some(DEVNULL) => Stdio::null(),
            Some(STDOUT) if which == 2 => match stdout_child {
                Some(fd) => Stdio::from(fd.try_clone().or_else(|e| os_error(&e))?),
                None => Stdio::inherit(),
            },
            Some(fd) if fd >= 0 => {
                // SAFETY: dup of a descriptor the caller names; we own the copy.
                let copy = unsafe { libc::fcntl(fd as RawFd, libc::F_DUPFD_CLOEXEC, 0) };
                if copy < 0 {
                    return raise_errno(last_errno());
                }
                Stdio::from(unsafe { OwnedFd::from_raw_fd(copy) })
            }
            Some(_) => return raise_named("ValueError", "bad stdio argument"),
        })
    };
    cmd.stdin(stdio_of(stdin_mode, 0, &mut parent, &stdout_child)?);
    // stdout's child end is kept to give stderr=STDOUT the same pipe.
    let out = match stdout_mode {
        Some(PIPE) => {
            let (r, w) = pipe()?;
            parent[1] = Some(r);
            stdout_child = Some(w.try_clone().or_else(|e| os_error(&e))?);
            Stdio::from(w)
        }
        m => {
            if m.is_none() && stderr_mode == Some(STDOUT) {
                // SAFETY: dup of our own stdout.
                let copy = unsafe { libc::fcntl(1, libc::F_DUPFD_CLOEXEC, 0) };
                if copy >= 0 {
                    stdout_child = Some(unsafe { OwnedFd::from_raw_fd(copy) });
                }
            }
            stdio_of(m, 1, &mut parent, &stdout_child)?
        }
    };
    cmd.stdout(out);
    cmd.stderr(stdio_of(stderr_mode, 2, &mut parent, &stdout_child)?);
    // The child starts with SIGINT and SIGPIPE at their defaults, as CPython's do.
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGPIPE, libc::SIG_DFL);
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::pthread_sigmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
            Ok(())
        });
    }
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            let errno = e.raw_os_error().unwrap_or(libc::EIO);
            // SAFETY: strerror returns a valid C string.
            let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned();
            let exc = crate::runtime::call::call(
                crate::runtime::vm::exc_class("OSError"),
                &[int(errno as i64), crate::runtime::str::new_str(&text), crate::runtime::str::new_str(&argv[0])],
                &[],
            )?;
            crate::runtime::vm::set_exception(exc);
            return Err(crate::runtime::vm::Exc);
        }
    };
    drop(stdout_child);
    drop(cmd);
    let pid = child.id() as i64;
    // The Child is dropped without waiting: the loop reaps it (see `waitpid`).
    drop(child);
    let mut fds = vec![int(pid)];
    for p in parent {
        fds.push(match p {
            Some(fd) => int(nonblocking(fd.into_raw_fd())? as i64),
            None => none(),
        });
    }
    Ok(new_tuple(fds))
}

fn fd_arg(v: Value) -> PyResult<RawFd> {
    match as_i64(v) {
        Some(fd) if fd >= 0 && fd <= i32::MAX as i64 => Ok(fd as RawFd),
        _ => raise_named("ValueError", "bad file descriptor"),
    }
}

/// `read(fd, n)`: up to n bytes, b'' at the end; BlockingIOError when none wait.
fn read(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("read", args.len(), 2, 2)?;
    let fd = fd_arg(args[0])?;
    let n = as_i64(args[1]).unwrap_or(0).max(0) as usize;
    // SAFETY: read(2) into the buffer's `n` bytes.
    match filled_buffer(n, |buf, n| unsafe { libc::read(fd, buf as *mut libc::c_void, n) }) {
        Some(data) => Ok(new_bytes(data)),
        None => raise_errno(last_errno()),
    }
}

/// `write(fd, data)`: the number of bytes written.
fn write(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("write", args.len(), 2, 2)?;
    let fd = fd_arg(args[0])?;
    let data = buffer(args[1])?;
    // SAFETY: write(2) from a live buffer.
    let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
    if n < 0 {
        return raise_errno(last_errno());
    }
    Ok(int(n as i64))
}

/// `close(fd)`.
fn close(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("close", args.len(), 1, 1)?;
    // SAFETY: closing a descriptor the caller owns.
    unsafe { libc::close(fd_arg(args[0])?) };
    Ok(none())
}

/// `pidfd_open(pid)`: a descriptor readable once the child exits, or -1
/// where the kernel has none (then the caller polls `waitpid`).
fn pidfd_open(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("pidfd_open", args.len(), 1, 1)?;
    let pid = as_i64(args[0]).unwrap_or(0) as libc::pid_t;
    // SAFETY: the pidfd_open system call with plain arguments.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) } as i64;
    if fd >= 0 {
        // SAFETY: set close-on-exec on our new descriptor.
        unsafe { libc::fcntl(fd as RawFd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(int(if fd < 0 { -1 } else { fd }))
}

/// `waitpid(pid)`: None while the child runs, else its returncode
/// (negative: the signal that killed it). Reaps it.
fn waitpid(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("waitpid", args.len(), 1, 1)?;
    let pid = as_i64(args[0]).unwrap_or(0) as libc::pid_t;
    let mut status = 0;
    // SAFETY: waitpid on our own child.
    let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
    if r == 0 {
        return Ok(none());
    }
    if r < 0 {
        // Reaped elsewhere: CPython reports 255 then.
        return Ok(int(255));
    }
    let st = std::process::ExitStatus::from_raw(status);
    Ok(int(match (st.code(), st.signal()) {
        (Some(c), _) => c as i64,
        (None, Some(s)) => -(s as i64),
        _ => 255,
    }))
}

/// `kill(pid, signal)`.
fn kill(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("kill", args.len(), 2, 2)?;
    let pid = as_i64(args[0]).unwrap_or(0) as libc::pid_t;
    let sig = as_i64(args[1]).unwrap_or(0) as i32;
    // SAFETY: kill(2) with plain arguments.
    if unsafe { libc::kill(pid, sig) } < 0 {
        return raise_errno(last_errno());
    }
    Ok(none())
}

/// Creates the `_coro_process` module.
pub fn create() -> Value {
    let m = new_module("_coro_process", "", &[]);
    const FUNCTIONS: &[(&str, NativeFn)] =
        &[("spawn", spawn), ("read", read), ("write", write), ("close", close), ("pidfd_open", pidfd_open), ("waitpid", waitpid), ("kill", kill)];
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    set_global(m, "PIPE", int(PIPE));
    set_global(m, "STDOUT", int(STDOUT));
    set_global(m, "DEVNULL", int(DEVNULL));
    m
}
