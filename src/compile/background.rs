//! Code compiled on a second thread. IR is built on the VM's thread, which
//! alone may touch the runtime, and handed here; a worker thread turns it
//! into machine code, which the VM's thread defines and links
//! (`install_finished`). Two kinds of work come here:
//! - the optimized code of baseline code that proved hot (`lazy::tier_up`),
//!   installed the next time a baseline prologue asks, while the baseline
//!   code keeps running;
//! - a program's functions, whose IR is all built before it runs: they are
//!   compiled before it starts, the VM's thread taking back from the end
//!   of the queue what the worker has not begun (`take_back`) and waiting
//!   for the rest (`wait_for`; see `ProgramCx::finalize`).
//! With two cores, the two threads share that work.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cranelift_codegen::{ir, Context};
use cranelift_module::FuncId;

use super::jit::{compile_function, isa_with, MachineCode};
use super::lazy::{CompileUnit, Entries, Pending, Waiting};
use crate::runtime::function::CodeInfo;

/// Calls of a baseline function between looks for its finished code.
pub const POLL_CALLS: i32 = 64;

/// How long optimized code may take on the worker before the VM's thread
/// compiles it itself: a worker starved of a core (a loaded machine) would
/// otherwise leave hot code at the baseline tier for most of a run.
const OVERDUE: Duration = Duration::from_millis(20);

/// The functions to compile for one code descriptor, each with whether it
/// is compiled quickly rather than well (as in `Pending`); taken by
/// whichever thread compiles them first.
type Funcs = Arc<Mutex<Option<Vec<(FuncId, ir::Function, bool)>>>>;

/// One code descriptor's IR to compile, by the descriptor (as an address:
/// the descriptor stays on the VM's thread) it is for.
struct Request {
    /// The code descriptor's address.
    code: usize,
    /// The functions to compile.
    funcs: Funcs,
}

/// The machine code of a request, or why Cranelift refused it.
struct Reply {
    /// The code descriptor's address.
    code: usize,
    /// The compiled functions.
    result: Result<Vec<MachineCode>, String>,
}

/// Why code is compiled here.
#[derive(Clone, Copy)]
pub enum Work {
    /// A program's function, ahead of its first call.
    Ahead,
    /// The optimized code of hot baseline code.
    TierUp,
}

/// The VM thread's end of its worker.
struct Worker {
    /// Where requests go.
    requests: Sender<Request>,
    /// Where replies come from.
    replies: Receiver<Reply>,
    /// The requests not yet installed, by descriptor: where their code
    /// goes, their IR until the worker takes it, and when they were sent.
    in_flight: HashMap<usize, (&'static CompileUnit, Entries, Funcs, Work, Instant)>,
}

thread_local! {
    /// This VM thread's worker: None before the first request, and when no
    /// thread could be started (`Some(None)`), in which case code is
    /// compiled on the VM's thread as before.
    static WORKER: RefCell<Option<Option<Worker>>> = const { RefCell::new(None) };
    /// False when this thread's VM compiles only on its own thread (see
    /// `embed::Builder::compiler_thread`).
    static ALLOWED: Cell<bool> = const { Cell::new(true) };
}

/// Lets (or stops) the VM starting on this thread compile on a second
/// thread; a worker left by an earlier VM goes when it may not.
pub fn allow(on: bool) {
    ALLOWED.set(on);
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        if !on {
            *w = Some(None);
        } else if w.as_ref().is_some_and(|worker| worker.is_none()) {
            *w = None;
        }
    });
}

/// Starts a worker thread, unless `CORO_JIT_THREAD=0` asks for every
/// compile on the VM's thread (so that when code is optimized is
/// deterministic, as tests of the tiers want).
fn start() -> Option<Worker> {
    if !ALLOWED.get() || std::env::var_os("CORO_JIT_THREAD").is_some_and(|v| v == "0") {
        return None;
    }
    let (requests, inbox) = channel::<Request>();
    let (outbox, replies) = channel::<Reply>();
    // The worker blocks every signal (it inherits the mask it is started
    // with): a signal must reach the VM thread, whose waits it interrupts
    // (see `runtime::interrupt`).
    // SAFETY: signal mask changes of the calling thread only, undone at once.
    let spawned = unsafe {
        let (mut all, mut old): (libc::sigset_t, libc::sigset_t) = (std::mem::zeroed(), std::mem::zeroed());
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, &mut old);
        let spawned = std::thread::Builder::new().name("coro-jit".into()).spawn(move || work(inbox, outbox));
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        spawned
    };
    spawned.ok()?;
    Some(Worker { requests, replies, in_flight: HashMap::new() })
}

/// The worker thread: compiles requests until the VM's thread goes away.
fn work(inbox: Receiver<Request>, outbox: Sender<Reply>) {
    // Made before the first request arrives (see `start_early`).
    let optimized = isa_with("speed", "backtracking");
    let once = isa_with("none", "single_pass");
    let mut ctx = Context::new();
    while let Ok(request) = inbox.recv() {
        let Some(funcs) = request.funcs.lock().map(|mut f| f.take()).unwrap_or(None) else {
            // The VM's thread took it back.
            continue;
        };
        let mut compiled = Vec::with_capacity(funcs.len());
        let mut result = Ok(());
        for (id, func, quick) in funcs {
            ctx.clear();
            ctx.func = func;
            // The targets `Jit::compile` would choose.
            let isa = if quick { &*once } else { &*optimized };
            let mut store = super::code_cache::store();
            // A panic in Cranelift fails this request, not the worker.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compile_function(isa, id, &mut ctx, store.as_mut())));
            match outcome.unwrap_or_else(|_| Err("Cranelift panicked".into())) {
                Ok(m) => compiled.push(m),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        let reply = Reply { code: request.code, result: result.map(|()| compiled) };
        if outbox.send(reply).is_err() {
            return;
        }
    }
}

/// Starts the worker while the program is still being parsed and its IR
/// built, so that it is ready when the first functions come.
pub fn start_early() {
    WORKER.with(|w| {
        w.borrow_mut().get_or_insert_with(start);
    });
}

/// Hands `pending` (the IR of `code`, of `unit`) to the worker; gives it
/// back when there is no worker thread.
pub fn submit(unit: &'static CompileUnit, code: *mut CodeInfo, pending: Pending, work: Work) -> Result<(), Pending> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let Some(worker) = w.get_or_insert_with(start) else { return Err(pending) };
        let entries = pending.entries;
        let funcs: Funcs = Arc::new(Mutex::new(Some(pending.funcs)));
        if let Err(unsent) = worker.requests.send(Request { code: code as usize, funcs: funcs.clone() }) {
            // The worker is gone: compile here from now on.
            *w = Some(None);
            let funcs = unsent.0.funcs.lock().map(|mut f| f.take()).unwrap_or(None).unwrap_or_default();
            return Err(Pending { funcs, entries });
        }
        worker.in_flight.insert(code as usize, (unit, entries, funcs, work, Instant::now()));
        Ok(())
    })
}

/// The IR of `code` if the worker has not started on it: it is then the
/// caller's to compile.
pub fn take_back(code: *mut CodeInfo) -> Option<Pending> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let Some(Some(worker)) = w.as_mut() else { return None };
        let (_, entries, funcs, _, _) = worker.in_flight.get(&(code as usize))?;
        let funcs = funcs.lock().ok()?.take()?;
        let pending = Pending { funcs, entries: *entries };
        worker.in_flight.remove(&(code as usize));
        Some(pending)
    })
}

/// Waits until the worker has finished `code`, installing what it
/// finishes meanwhile.
pub fn wait_for(code: *mut CodeInfo) {
    while in_flight(code) {
        let reply = WORKER.with(|w| match &*w.borrow() {
            Some(Some(worker)) => worker.replies.recv().ok(),
            _ => None,
        });
        match reply {
            Some(reply) => install(reply),
            // The worker died with it: it stays uncompiled.
            None => {
                WORKER.with(|w| *w.borrow_mut() = Some(None));
                return;
            }
        }
    }
}

/// True while the worker is compiling `code`.
pub fn in_flight(code: *mut CodeInfo) -> bool {
    WORKER.with(|w| matches!(&*w.borrow(), Some(Some(worker)) if worker.in_flight.contains_key(&(code as usize))))
}

/// True when the worker has had `code` for longer than `OVERDUE`.
pub fn overdue(code: *mut CodeInfo) -> bool {
    WORKER.with(|w| match &*w.borrow() {
        Some(Some(worker)) => worker.in_flight.get(&(code as usize)).is_some_and(|request| request.4.elapsed() > OVERDUE),
        _ => false,
    })
}

/// Defines and links the code the worker has finished, and points its
/// descriptors at it.
pub fn install_finished() {
    while let Some(reply) = WORKER.with(|w| match &*w.borrow() {
        Some(Some(worker)) => worker.replies.try_recv().ok(),
        _ => None,
    }) {
        install(reply);
    }
}

/// Defines and links the code of one reply.
fn install(reply: Reply) {
    let Some((unit, entries, _, work, _)) = WORKER.with(|w| match &mut *w.borrow_mut() {
        Some(Some(worker)) => worker.in_flight.remove(&reply.code),
        _ => None,
    }) else {
        return;
    };
    let code = reply.code as *mut CodeInfo;
    let installed = reply.result.and_then(|machine| unit.install(code, &machine, entries));
    // SAFETY: descriptors are leaked.
    let info = unsafe { &*code };
    match work {
        Work::Ahead => {
            if let (Err(e), Some(lazy)) = (installed, info.lazy) {
                // Reported by its first call.
                *lazy.waiting.borrow_mut() = Some(Waiting::Failed(e));
            }
        }
        Work::TierUp => {
            if installed.is_ok() {
                super::lazy::trace_optimized(info);
            }
            // Installed, function objects still pointing at the baseline
            // code move on at their next call; else it stays at the
            // baseline tier, and stops counting.
            info.calls_left.set(if installed.is_ok() { 0 } else { i32::MAX });
        }
    }
}
