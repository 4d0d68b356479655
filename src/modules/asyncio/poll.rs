//! Readiness: the loop's mio poll (epoll), the reader and writer callbacks
//! registered on file descriptors (`add_reader` / `add_writer`), and the
//! thread pool behind `run_in_executor` for the blocking calls that may run
//! off the VM thread.
//!
//! mio is edge-triggered, asyncio's selectors are level-triggered: a
//! descriptor whose event was delivered is re-armed (`EPOLL_CTL_MOD`) before
//! the next wait, which makes epoll report it again while it stays ready,
//! exactly as `select` would.
//!
//! The state is created on the first registration, so a loop that never
//! does I/O never opens an epoll descriptor and waits with a plain sleep.
//! Other threads wake the loop through `Waker` (see `waker`), whose token
//! is `WAKE`; what they finished sits in `completions`.

use std::collections::HashMap;
use std::io::ErrorKind;
use std::os::fd::RawFd;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use mio::unix::SourceFd;
use mio::{Events, Interest, Poll, Token, Waker};

use crate::runtime::args::positional;
use crate::runtime::call::{call, call_method};
use crate::runtime::class::set_class_attr;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::number::{as_i64, is_int};
use crate::runtime::seq::new_tuple_from;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none, raise_named, PyResult};

use super::event_loop::{with_loop, Entry};
use super::{classes, future, handle};

/// The token of the loop's waker.
const WAKE: Token = Token(usize::MAX);

/// The callbacks waiting on one descriptor.
#[derive(Clone, Copy)]
struct Watch {
    /// The Handle to run when it is readable, or NULL.
    reader: Value,
    /// The Handle to run when it is writable, or NULL.
    writer: Value,
}

/// A blocking call finished by a worker thread: the job and its result.
pub struct Completion {
    /// The job number (a key of `IoState::jobs`).
    job: u64,
}

/// Work for the thread pool: a blocking call with no access to the VM.
enum Job {
    /// `time.sleep(seconds)`.
    Sleep(f64),
}

/// A small pool of worker threads, made on first use.
struct Pool {
    /// Sends work to the workers.
    sender: Sender<(u64, Job, Arc<Shared>)>,
}

/// What the loop shares with the threads that wake it.
pub struct Shared {
    /// Wakes the loop's poll.
    pub waker: Waker,
    /// Jobs the pool finished, not yet seen by the loop.
    completions: Mutex<Vec<Completion>>,
}

/// The I/O side of one event loop.
pub struct IoState {
    /// The epoll instance.
    poll: Poll,
    /// Buffer for the events of one wait.
    events: Events,
    /// Callbacks by descriptor.
    watches: HashMap<RawFd, Watch>,
    /// Descriptors whose event was delivered and that must be re-armed.
    rearm: Vec<RawFd>,
    /// The waker and the completions of other threads.
    shared: Arc<Shared>,
    /// Futures of jobs running on the pool, by job number.
    jobs: HashMap<u64, Value>,
    /// Jobs submitted so far.
    job_seq: u64,
    /// The worker threads, made on first use.
    pool: Option<Pool>,
}

impl IoState {
    fn new() -> std::io::Result<IoState> {
        let poll = Poll::new()?;
        let waker = Waker::new(poll.registry(), WAKE)?;
        Ok(IoState {
            poll,
            events: Events::with_capacity(256),
            watches: HashMap::new(),
            rearm: Vec::new(),
            shared: Arc::new(Shared { waker, completions: Mutex::new(Vec::new()) }),
            jobs: HashMap::new(),
            job_seq: 0,
            pool: None,
        })
    }

    /// Calls `visit` on every value the state holds.
    pub fn trace(&self, visit: &mut dyn FnMut(Value)) {
        for w in self.watches.values() {
            visit(w.reader);
            visit(w.writer);
        }
        self.jobs.values().for_each(|&f| visit(f));
    }

    /// True while something can still wake the loop.
    pub fn has_waiters(&self) -> bool {
        !self.watches.is_empty() || !self.jobs.is_empty()
    }

    /// Tells epoll what `fd` waits for now (or forgets it).
    fn update(&mut self, fd: RawFd) -> std::io::Result<()> {
        let w = self.watches.get(&fd).copied();
        let interest = match w {
            Some(w) if !w.reader.is_null() && !w.writer.is_null() => Some(Interest::READABLE | Interest::WRITABLE),
            Some(w) if !w.reader.is_null() => Some(Interest::READABLE),
            Some(w) if !w.writer.is_null() => Some(Interest::WRITABLE),
            _ => None,
        };
        let registry = self.poll.registry();
        match interest {
            None => {
                self.watches.remove(&fd);
                // The descriptor may be closed already, which removed it from epoll.
                let _ = registry.deregister(&mut SourceFd(&fd));
                Ok(())
            }
            Some(i) => match registry.reregister(&mut SourceFd(&fd), Token(fd as usize), i) {
                Err(e) if e.raw_os_error() == Some(libc::ENOENT) => registry.register(&mut SourceFd(&fd), Token(fd as usize), i),
                r => r,
            },
        }
    }

    /// The pool, started on first use with CPython's default size
    /// (`min(32, cpus + 4)` workers).
    fn pool(&mut self) -> &Pool {
        self.pool.get_or_insert_with(|| {
            let (sender, receiver) = channel::<(u64, Job, Arc<Shared>)>();
            let receiver = Arc::new(Mutex::new(receiver));
            let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
            for _ in 0..(cpus + 4).min(32) {
                let receiver: Arc<Mutex<Receiver<_>>> = receiver.clone();
                std::thread::spawn(move || {
                    crate::runtime::interrupt::block_here(true);
                    loop {
                        let next = receiver.lock().map(|r| r.recv());
                        let Ok(Ok((job, work, shared))) = next else { return };
                        match work {
                            Job::Sleep(s) => std::thread::sleep(Duration::from_secs_f64(s)),
                        }
                        shared.completions.lock().expect("no worker panics").push(Completion { job });
                        let _ = shared.waker.wake();
                    }
                });
            }
            Pool { sender }
        })
    }
}

/// Runs `f` on the I/O state of `lp`, making it on first use.
fn with_io<R>(lp: Value, f: impl FnOnce(&mut IoState) -> std::io::Result<R>) -> PyResult<R> {
    let r = with_loop(lp, |s| {
        if s.io.is_none() {
            s.io = Some(Box::new(IoState::new()?));
        }
        f(s.io.as_mut().expect("just made"))
    })?;
    r.or_else(|e| os_error(&e))
}

/// Raises the OSError subclass for an I/O error, as CPython words it.
pub fn os_error<T>(e: &std::io::Error) -> PyResult<T> {
    let errno = e.raw_os_error().unwrap_or(libc::EIO);
    raise_errno(errno)
}

/// Raises `OSError(errno, strerror(errno))` (which picks the subclass).
pub fn raise_errno<T>(errno: i32) -> PyResult<T> {
    // SAFETY: strerror returns a valid C string for any errno.
    let text = unsafe { std::ffi::CStr::from_ptr(libc::strerror(errno)) }.to_string_lossy().into_owned();
    let exc = call(crate::runtime::vm::exc_class("OSError"), &[Value::small_unchecked(errno as i64), crate::runtime::str::new_str(&text)], &[])?;
    crate::runtime::vm::set_exception(exc);
    Err(crate::runtime::vm::Exc)
}

/// The descriptor of an int or of an object with `fileno()`, as
/// `selectors._fileobj_to_fd` finds it.
pub fn fd_of(v: Value) -> PyResult<RawFd> {
    let n = if is_int(v) { v } else { call_method(v, "fileno", &[])? };
    match as_i64(n) {
        Some(fd) if fd >= 0 && fd <= i32::MAX as i64 => Ok(fd as RawFd),
        Some(fd) if is_int(n) => raise_named("ValueError", format!("Invalid file descriptor: {fd}")),
        _ => raise_named("ValueError", format!("Invalid file object: {}", crate::runtime::text::repr(v)?)),
    }
}

/// `add_reader` / `add_writer`: replaces the callback of `fd` for one direction.
fn add(args: &[Value], kw: &[Value], name: &str, write: bool) -> PyResult<Value> {
    let pos = positional(args, kw);
    if pos.len() < 3 {
        return raise_named("TypeError", format!("{name}() missing required argument"));
    }
    let lp = pos[0];
    let fd = fd_of(pos[1])?;
    let h = handle::new_handle(classes().handle, lp, pos[2], new_tuple_from(&pos[3..]), None);
    let old = with_io(lp, |io| {
        let w = io.watches.entry(fd).or_insert(Watch { reader: Value::NULL, writer: Value::NULL });
        let old = if write { std::mem::replace(&mut w.writer, h) } else { std::mem::replace(&mut w.reader, h) };
        let r = io.update(fd);
        if r.is_err() {
            // Leave things as they were (a regular file, say, cannot be watched).
            let w = io.watches.get_mut(&fd).expect("inserted");
            if write { w.writer = old } else { w.reader = old }
            if w.reader.is_null() && w.writer.is_null() {
                io.watches.remove(&fd);
            }
        }
        r.map(|_| old)
    })?;
    if !old.is_null() {
        call_method(old, "cancel", &[])?;
    }
    Ok(none())
}

/// `remove_reader` / `remove_writer`: True if a callback was registered.
fn remove(args: &[Value], kw: &[Value], name: &str, write: bool) -> PyResult<Value> {
    let a = crate::runtime::args::method(name, args, kw, 1, 1)?;
    let (lp, fd) = (a[0], fd_of(a[1])?);
    if with_loop(lp, |s| s.io.is_none())? {
        return Ok(boolean(false));
    }
    let old = with_io(lp, |io| {
        let Some(w) = io.watches.get_mut(&fd) else { return Ok(Value::NULL) };
        let old = if write { std::mem::replace(&mut w.writer, Value::NULL) } else { std::mem::replace(&mut w.reader, Value::NULL) };
        io.update(fd)?;
        Ok(old)
    })?;
    if old.is_null() {
        return Ok(boolean(false));
    }
    call_method(old, "cancel", &[])?;
    Ok(boolean(true))
}

fn loop_add_reader(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    add(args, kw, "add_reader", false)
}

fn loop_add_writer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    add(args, kw, "add_writer", true)
}

fn loop_remove_reader(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove(args, kw, "remove_reader", false)
}

fn loop_remove_writer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    remove(args, kw, "remove_writer", true)
}

/// `loop._sleep_in_thread(seconds)`: a future that a pool thread finishes
/// (with None) after sleeping; what `run_in_executor(None, time.sleep, s)` uses.
fn loop_sleep_in_thread(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::runtime::args::method("_sleep_in_thread", args, kw, 1, 1)?;
    let lp = a[0];
    let seconds = crate::modules::time::seconds_arg(a[1])?;
    if seconds < 0.0 {
        return raise_named("ValueError", "sleep length must be non-negative");
    }
    let fut = future::new_future(lp);
    with_io(lp, |io| {
        io.job_seq += 1;
        let job = io.job_seq;
        io.jobs.insert(job, fut);
        let shared = io.shared.clone();
        let _ = io.pool().sender.send((job, Job::Sleep(seconds), shared));
        Ok(())
    })?;
    Ok(fut)
}

/// Waits up to `timeout` seconds (None: without end) for I/O events, then
/// queues the callbacks of the ready descriptors on `lp`, as CPython's
/// `_process_events` does, and finishes the futures of completed jobs.
pub fn wait(lp: Value, timeout: Option<f64>) -> PyResult<()> {
    // Take the state out, so that the wait holds no borrow of the core.
    let mut io = with_loop(lp, |s| s.io.take())?.expect("wait is called with I/O state");
    for fd in std::mem::take(&mut io.rearm) {
        if io.watches.contains_key(&fd) {
            let _ = io.update(fd);
        }
    }
    let result = io.poll.poll(&mut io.events, timeout.map(Duration::from_secs_f64));
    let mut ready = Vec::new();
    let mut woken = false;
    for ev in io.events.iter() {
        if ev.token() == WAKE {
            woken = true;
            continue;
        }
        let fd = ev.token().0 as RawFd;
        let Some(w) = io.watches.get(&fd).copied() else { continue };
        io.rearm.push(fd);
        // As select does, an error or hang-up makes both directions ready.
        let trouble = ev.is_error() || ev.is_read_closed() || ev.is_write_closed();
        if (ev.is_readable() || trouble) && !w.reader.is_null() {
            ready.push((fd, false, w.reader));
        }
        if (ev.is_writable() || trouble) && !w.writer.is_null() {
            ready.push((fd, true, w.writer));
        }
    }
    let done: Vec<Value> = if woken {
        let finished = std::mem::take(&mut *io.shared.completions.lock().expect("no worker panics"));
        finished.iter().filter_map(|c| io.jobs.remove(&c.job)).collect()
    } else {
        Vec::new()
    };
    with_loop(lp, |s| s.io = Some(io))?;
    let roots = crate::runtime::heap::Rooted::new();
    ready.iter().for_each(|&(_, _, h)| {
        roots.add(h);
    });
    done.iter().for_each(|&f| {
        roots.add(f);
    });
    match result {
        Err(e) if e.kind() == ErrorKind::Interrupted => crate::runtime::interrupt::check()?,
        Err(e) => return os_error(&e),
        Ok(()) => {}
    }
    for (fd, write, h) in ready {
        if handle::is_cancelled(h) {
            let name = if write { "remove_writer" } else { "remove_reader" };
            remove(&[lp, Value::small_unchecked(fd as i64)], &[], name, write)?;
        } else {
            super::event_loop::push(lp, Entry::Handle(h))?;
        }
    }
    for fut in done {
        if future::state(fut) == future::PENDING {
            future::set_result(fut, none())?;
        }
    }
    Ok(())
}

/// The waker of `lp`'s poll, for threads that must wake the loop.
pub fn shared(lp: Value) -> PyResult<Arc<Shared>> {
    with_io(lp, |io| Ok(io.shared.clone()))
}

/// Adds the readiness methods to the EventLoop class.
pub fn install_methods(cls: Value) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("add_reader", loop_add_reader),
        ("add_writer", loop_add_writer),
        ("remove_reader", loop_remove_reader),
        ("remove_writer", loop_remove_writer),
        ("_sleep_in_thread", loop_sleep_in_thread),
    ];
    for &(name, f) in methods {
        set_class_attr(cls, name, new_builtin(name, f));
    }
}
