//! Optimized code compiled on a second thread. When baseline code proves
//! hot (`lazy::tier_up`) its optimized IR is built on the VM's thread, which
//! alone may touch the runtime, and handed here; a worker thread turns it
//! into machine code, which the VM's thread defines and links the next time
//! a baseline prologue asks (`install_finished`). Meanwhile the baseline
//! code keeps running, so a program never waits for its hot code to be
//! compiled well: with two cores, that compiling costs it nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::mpsc::{channel, Receiver, Sender};

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::{ir, Context};
use cranelift_module::FuncId;

use super::jit::{compile_function, is_large, isa_with, MachineCode};
use super::lazy::{CompileUnit, Entries, Pending};
use crate::runtime::function::CodeInfo;

/// Calls of a baseline function between looks for its finished code.
pub const POLL_CALLS: i32 = 64;

/// One function's IR to compile, by the code descriptor (as an address:
/// the descriptor stays on the VM's thread) it is for.
struct Request {
    /// The code descriptor's address.
    code: usize,
    /// The functions to compile.
    funcs: Vec<(FuncId, ir::Function)>,
}

/// The machine code of a request, or why Cranelift refused it.
struct Reply {
    /// The code descriptor's address.
    code: usize,
    /// The compiled functions.
    result: Result<Vec<MachineCode>, String>,
}

/// The VM thread's end of its worker.
struct Worker {
    /// Where requests go.
    requests: Sender<Request>,
    /// Where replies come from.
    replies: Receiver<Reply>,
    /// The requests not yet installed: where their code goes, by descriptor.
    in_flight: HashMap<usize, (&'static CompileUnit, Entries)>,
}

thread_local! {
    /// This VM thread's worker: None before the first request, and when no
    /// thread could be started (`Some(None)`), in which case code is
    /// compiled on the VM's thread as before.
    static WORKER: RefCell<Option<Option<Worker>>> = const { RefCell::new(None) };
}

/// Starts a worker thread, unless `CORO_JIT_THREAD=0` asks for every
/// compile on the VM's thread (so that when code is optimized is
/// deterministic, as tests of the tiers want).
fn start() -> Option<Worker> {
    if std::env::var_os("CORO_JIT_THREAD").is_some_and(|v| v == "0") {
        return None;
    }
    let (requests, inbox) = channel::<Request>();
    let (outbox, replies) = channel::<Reply>();
    std::thread::Builder::new()
        .name("coro-jit".into())
        .spawn(move || work(inbox, outbox))
        .ok()?;
    Some(Worker { requests, replies, in_flight: HashMap::new() })
}

/// The worker thread: compiles requests until the VM's thread goes away.
fn work(inbox: Receiver<Request>, outbox: Sender<Reply>) {
    let optimized = isa_with("speed", "backtracking");
    let mut plain: Option<OwnedTargetIsa> = None;
    let mut ctx = Context::new();
    while let Ok(request) = inbox.recv() {
        let mut compiled = Vec::with_capacity(request.funcs.len());
        let mut result = Ok(());
        for (id, func) in request.funcs {
            ctx.clear();
            ctx.func = func;
            let isa = if is_large(&ctx.func) { &**plain.get_or_insert_with(|| isa_with("none", "backtracking")) } else { &*optimized };
            match compile_function(isa, id, &mut ctx) {
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

/// Hands `pending` (the optimized IR of `code`, of `unit`) to the worker;
/// gives it back when there is no worker thread.
pub fn submit(unit: &'static CompileUnit, code: *mut CodeInfo, pending: Pending) -> Result<(), Pending> {
    WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let Some(worker) = w.get_or_insert_with(start) else { return Err(pending) };
        let entries = Entries { fast: pending.fast, array: pending.array, resume: pending.resume };
        let funcs = pending.funcs.into_iter().map(|(id, func, _)| (id, func)).collect();
        if worker.requests.send(Request { code: code as usize, funcs }).is_err() {
            // The worker died: compile here from now on. Its IR is gone
            // with the request, so this function stays at its tier.
            *w = Some(None);
            // SAFETY: descriptors are leaked.
            unsafe { (*code).calls_left.set(i32::MAX) };
            return Ok(());
        }
        worker.in_flight.insert(code as usize, (unit, entries));
        Ok(())
    })
}

/// True while the worker is compiling `code`.
pub fn in_flight(code: *mut CodeInfo) -> bool {
    WORKER.with(|w| matches!(&*w.borrow(), Some(Some(worker)) if worker.in_flight.contains_key(&(code as usize))))
}

/// Defines and links the code the worker has finished, and points its
/// descriptors at it.
pub fn install_finished() {
    let finished: Vec<(Reply, &'static CompileUnit, Entries)> = WORKER.with(|w| {
        let mut w = w.borrow_mut();
        let Some(Some(worker)) = w.as_mut() else { return Vec::new() };
        let mut finished = Vec::new();
        while let Ok(reply) = worker.replies.try_recv() {
            if let Some((unit, entries)) = worker.in_flight.remove(&reply.code) {
                finished.push((reply, unit, entries));
            }
        }
        finished
    });
    for (reply, unit, entries) in finished {
        let code = reply.code as *mut CodeInfo;
        let installed = reply.result.and_then(|machine| unit.install(code, &machine, entries));
        if installed.is_ok() {
            // SAFETY: descriptors are leaked.
            super::lazy::trace_optimized(unsafe { &*code });
        }
        // Installed, function objects still pointing at the baseline code
        // move on at their next call; else it stays at the baseline tier,
        // and stops counting.
        // SAFETY: descriptors are leaked.
        unsafe { (*code).calls_left.set(if installed.is_ok() { 0 } else { i32::MAX }) };
    }
}
