//! The interactive prompt, `coro` on a terminal: lines are read with
//! rustyline on a thread of their own (`reader`), judged complete or not
//! (`input`), rewritten so expression statements show their values
//! (`display`), compiled one JIT unit per input into the `__main__` module,
//! and run inside a running asyncio event loop (`session`), so `await`
//! works at the top level as in `python3 -m asyncio`.

mod display;
pub mod input;
mod reader;
mod session;

/// Native stack for the VM thread (deep recursion ends in RecursionError).
const STACK: usize = 1 << 30;

/// Runs the interactive session; returns the exit status.
pub fn main() -> u8 {
    // SIGINT goes to the VM thread alone: the others block it.
    crate::runtime::interrupt::block_here(true);
    let thread = std::thread::Builder::new().name("coro-vm".into()).stack_size(STACK).spawn(|| {
        crate::runtime::interrupt::block_here(false);
        let top = 0usize;
        crate::runtime::vm::start(&top as *const usize as usize + 4096);
        let status = session::run();
        use std::io::Write;
        let _ = std::io::stdout().flush();
        status
    });
    match thread.map(|t| t.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("coro: internal error: the VM thread failed");
            70
        }
    }
}
