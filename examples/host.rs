//! Embedding coro: a host module with a native function (`host.double`)
//! and a native async function (`host.fetch`) whose results come back
//! later from a worker thread of the host. The script gathers three
//! fetches; the loop waits for the worker without blocking other tasks.
//!
//! Run with `cargo run --release --example host`; prints `result: [2, 4, 6]`.

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

/// The host's own function, exposed to scripts as `host.double`.
fn double(x: i64) -> i64 {
    2 * x
}

/// A reply slot shared by the worker (which fills it) and the future.
#[derive(Default)]
struct Slot {
    /// The reply, once the worker has sent it.
    value: Option<i64>,
    /// The waker of the task waiting for it.
    waker: Option<Waker>,
}

/// The future of one reply.
struct Reply(Arc<Mutex<Slot>>);

impl Future for Reply {
    type Output = i64;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
        let mut slot = self.0.lock().unwrap();
        match slot.value.take() {
            Some(v) => Poll::Ready(v),
            None => {
                slot.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

/// Starts the worker thread: it answers each request `(x, slot)` with
/// `double(x)` after a delay (the later requests first).
fn start_worker() -> mpsc::Sender<(i64, Arc<Mutex<Slot>>)> {
    let (tx, rx) = mpsc::channel::<(i64, Arc<Mutex<Slot>>)>();
    std::thread::spawn(move || {
        for (x, slot) in rx {
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(40 - 10 * x.clamp(0, 3) as u64));
                let mut s = slot.lock().unwrap();
                s.value = Some(double(x));
                if let Some(w) = s.waker.take() {
                    w.wake();
                }
            });
        }
    });
    tx
}

const SCRIPT: &str = r#"
import asyncio
import host

async def main():
    assert host.double(21) == 42
    return await asyncio.gather(*[host.fetch(i) for i in (1, 2, 3)])
"#;

fn main() -> Result<(), coro::Error> {
    let worker = start_worker();
    let host = coro::Module::new("host").function("double", double).async_function("fetch", move |x: i64| {
        let slot = Arc::new(Mutex::new(Slot::default()));
        worker.send((x, slot.clone())).expect("the worker runs");
        Reply(slot)
    });
    let vm = coro::Vm::builder().module(host).build()?;
    vm.run(SCRIPT)?;
    let result: Vec<i64> = vm.call("main", ())?;
    println!("result: {result:?}");
    Ok(())
}
