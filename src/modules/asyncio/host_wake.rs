//! Futures of the embedding host (`coro::Module::async_function`), driven
//! by the event loop. Calling a native async function registers its Rust
//! future here and returns an `asyncio.Future` that scripts await. The
//! Rust future is polled on the VM thread, first at once and then whenever
//! its waker fires. The waker may fire from any thread: it queues the
//! future's number and wakes the loop's wait (`wait`, called by `run_once`
//! in place of a plain sleep). When the Rust future is ready its result is
//! set on the asyncio Future, whose done callbacks wake the awaiting tasks
//! through the ready queue like any other future; other tasks run while it
//! is pending.

use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Condvar, Mutex};
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

use crate::runtime::heap;
use crate::runtime::value::Value;
use crate::runtime::vm::{take_exception, PyResult};

use super::future;

/// What a host future finally produces: run on the VM thread, it converts
/// the result to a value or raises the exception.
pub type Completion = Box<dyn FnOnce() -> PyResult<Value>>;

/// A host future as the loop holds it.
pub type HostFuture = Pin<Box<dyn Future<Output = Completion>>>;

/// Longest single wait, so that Ctrl-C and the deadline are noticed.
const SLICE: f64 = 0.05;

/// The queue of woken futures, shared with wakers on any thread.
#[derive(Default)]
pub struct WakeQueue {
    /// Numbers of the futures woken since the loop last looked.
    woken: Mutex<Vec<u64>>,
    /// Signalled when `woken` gets a number.
    signal: Condvar,
}

/// The waker of one host future.
struct HostWaker {
    /// The future's number.
    id: u64,
    /// Where to queue it.
    queue: Arc<WakeQueue>,
}

impl Wake for HostWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let mut woken = self.queue.woken.lock().unwrap_or_else(|e| e.into_inner());
        woken.push(self.id);
        self.queue.signal.notify_all();
    }
}

/// One pending host future.
struct Pending {
    /// The Rust future (None while it is being polled).
    future: Option<HostFuture>,
    /// The asyncio Future that scripts await.
    target: Value,
    /// Its waker.
    waker: Waker,
}

/// The host futures of this thread.
#[derive(Default)]
struct Host {
    /// The wake queue.
    queue: Arc<WakeQueue>,
    /// Pending futures by number.
    pending: HashMap<u64, Pending>,
    /// Numbers handed out so far.
    next: u64,
    /// The root set is registered.
    rooted: bool,
}

thread_local! {
    static HOST: RefCell<Host> = RefCell::new(Host::default());
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    let _ = HOST.try_with(|h| h.borrow().pending.values().for_each(|p| visit(p.target)));
}

/// True while some host future is pending (the loop then waits for it).
pub fn pending() -> bool {
    HOST.with(|h| !h.borrow().pending.is_empty())
}

/// Registers `fut` and returns the asyncio Future that gets its result.
/// The future is polled once before this returns.
pub fn spawn(fut: HostFuture) -> PyResult<Value> {
    let lp = super::event_loop::get_event_loop()?;
    let target = future::new_future(lp);
    let id = HOST.with(|h| {
        let mut h = h.borrow_mut();
        if !h.rooted {
            h.rooted = true;
            heap::add_root_set(trace_roots);
        }
        h.next += 1;
        let id = h.next;
        let waker = Waker::from(Arc::new(HostWaker { id, queue: h.queue.clone() }));
        h.pending.insert(id, Pending { future: Some(fut), target, waker });
        id
    });
    // Once the target is done (cancelled, say), the Rust future is dropped.
    let forget = crate::runtime::function::bind_builtin(forget_builtin(), Value::small_unchecked(id as i64));
    future::add_callback(target, forget)?;
    poll(id)?;
    Ok(target)
}

/// The unbound `forget` callback (made once per thread).
fn forget_builtin() -> Value {
    thread_local!(static FORGET: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) });
    FORGET.with(|f| {
        if f.get().is_null() {
            f.set(crate::runtime::vm::keep(crate::runtime::function::new_builtin("<host future done>", forget)));
        }
        f.get()
    })
}

/// Done callback of a host future's target: drops the Rust future, if
/// still there (`args[0]` is its number, `args[1]` the target).
fn forget(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let id = args[0].as_small() as u64;
    let pending = HOST.with(|h| h.borrow_mut().pending.remove(&id));
    drop(pending);
    Ok(crate::runtime::vm::none())
}

/// Polls host future `id`; on completion sets its asyncio Future.
fn poll(id: u64) -> PyResult<()> {
    let Some((mut fut, target, waker)) = HOST.with(|h| {
        let mut h = h.borrow_mut();
        let p = h.pending.get_mut(&id)?;
        Some((p.future.take()?, p.target, p.waker.clone()))
    }) else {
        return Ok(());
    };
    // A cancelled (or otherwise finished) target: the Rust future is dropped.
    if future::state(target) != future::PENDING {
        HOST.with(|h| h.borrow_mut().pending.remove(&id));
        return Ok(());
    }
    let mut cx = Context::from_waker(&waker);
    match fut.as_mut().poll(&mut cx) {
        Poll::Pending => {
            HOST.with(|h| {
                if let Some(p) = h.borrow_mut().pending.get_mut(&id) {
                    p.future = Some(fut);
                }
            });
            Ok(())
        }
        Poll::Ready(complete) => {
            drop(fut);
            let r = complete();
            let done = match r {
                Ok(v) => future::set_result(target, v),
                Err(_) => future::set_exception_of(target, take_exception()),
            };
            HOST.with(|h| h.borrow_mut().pending.remove(&id));
            done
        }
    }
}

/// Polls the futures whose wakers fired.
fn poll_woken() -> PyResult<()> {
    let queue = HOST.with(|h| h.borrow().queue.clone());
    let ids = std::mem::take(&mut *queue.woken.lock().unwrap_or_else(|e| e.into_inner()));
    for id in ids {
        poll(id)?;
    }
    Ok(())
}

/// The loop's wait: up to `timeout` seconds (None: until a host future is
/// woken), ended early by a woken host future, Ctrl-C or the deadline of
/// execution limits; then polls the woken futures.
pub fn wait(timeout: Option<f64>) -> PyResult<()> {
    if !HOST.with(|h| h.borrow().rooted) {
        // No host future ever: a plain (interruptible) sleep.
        let t = timeout.unwrap_or(0.0);
        if t > 0.0 {
            crate::runtime::interrupt::loop_wait(crate::runtime::limits::cap_wait(t))?;
            crate::runtime::limits::check_deadline()?;
        }
        return Ok(());
    }
    let queue = HOST.with(|h| h.borrow().queue.clone());
    let limited = crate::runtime::limits::has_deadline();
    if !pending() {
        let t = timeout.unwrap_or(0.0);
        if t > 0.0 {
            // Interruptible: Ctrl-C at the REPL ends the wait with KeyboardInterrupt.
            crate::runtime::interrupt::loop_wait(crate::runtime::limits::cap_wait(t))?;
        }
    } else {
        let end = timeout.map(|t| Instant::now() + Duration::from_secs_f64(t));
        let mut woken = queue.woken.lock().unwrap_or_else(|e| e.into_inner());
        while woken.is_empty() {
            let left = end.map_or(SLICE, |e| e.saturating_duration_since(Instant::now()).as_secs_f64());
            if left <= 0.0 {
                break;
            }
            let left = crate::runtime::limits::cap_wait(left.min(SLICE));
            woken = queue.signal.wait_timeout(woken, Duration::from_secs_f64(left.max(0.0))).unwrap_or_else(|e| e.into_inner()).0;
            if crate::runtime::interrupt::PENDING.load(std::sync::atomic::Ordering::SeqCst) != 0 {
                drop(woken);
                crate::runtime::interrupt::check()?;
                woken = queue.woken.lock().unwrap_or_else(|e| e.into_inner());
            }
            if limited {
                drop(woken);
                crate::runtime::limits::check_deadline()?;
                woken = queue.woken.lock().unwrap_or_else(|e| e.into_inner());
            }
        }
    }
    if limited {
        crate::runtime::limits::check_deadline()?;
    }
    poll_woken()
}

/// Drops every pending host future (the VM that made them is going away).
pub fn clear() {
    let _ = HOST.try_with(|h| h.borrow_mut().pending.clear());
}
