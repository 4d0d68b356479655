//! Native async functions: Rust futures awaited by scripts, woken from
//! other threads, polled by coro's loop while other tasks run.

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use coro::{Error, Module, Vm};

/// A future completed by a thread after `delay`.
struct Delay {
    /// The value and the waker, shared with the thread.
    shared: Arc<Mutex<(Option<i64>, Option<Waker>)>>,
}

fn delay(value: i64, ms: u64) -> Delay {
    let shared = Arc::new(Mutex::new((None, None::<Waker>)));
    let s = shared.clone();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(ms));
        let mut g = s.lock().unwrap();
        g.0 = Some(value);
        if let Some(w) = g.1.take() {
            w.wake();
        }
    });
    Delay { shared }
}

impl Future for Delay {
    type Output = i64;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<i64> {
        let mut g = self.shared.lock().unwrap();
        match g.0.take() {
            Some(v) => Poll::Ready(v),
            None => {
                g.1 = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

/// Sets a flag when dropped.
struct DropFlag(Rc<Cell<bool>>);
impl Drop for DropFlag {
    fn drop(&mut self) {
        self.0.set(true);
    }
}

#[test]
fn other_tasks_run_while_a_host_future_is_pending() {
    let host = Module::new("host").async_function("slow", |x: i64| delay(x * 2, 60));
    let vm = Vm::builder().module(host).build().unwrap();
    vm.run(
        "import asyncio, host\nticks = 0\n\
         async def ticker():\n    global ticks\n    while True:\n        ticks += 1\n        await asyncio.sleep(0.005)\n\
         async def main():\n    t = asyncio.create_task(ticker())\n    r = await host.slow(21)\n    t.cancel()\n    return r, ticks\n",
    )
    .unwrap();
    let (r, ticks): (i64, i64) = vm.call("main", ()).unwrap();
    assert_eq!(r, 42);
    assert!(ticks >= 3, "the ticker ran {ticks} times while the host future was pending");
}

#[test]
fn gather_of_host_futures_completing_out_of_order() {
    let host = Module::new("host").async_function("fetch", |x: i64| delay(x, 50 - 10 * x as u64));
    let vm = Vm::builder().module(host).build().unwrap();
    vm.run("import asyncio, host\nasync def main():\n    return await asyncio.gather(*[host.fetch(i) for i in range(1, 5)])").unwrap();
    assert_eq!(vm.call::<Vec<i64>>("main", ()).unwrap(), [1, 2, 3, 4]);
}

#[test]
fn ready_futures_and_errors() {
    let host = Module::new("host")
        .async_function("now", |x: String| async move { format!("<{x}>") })
        .async_function("fails", |x: i64| async move {
            if x < 0 {
                Err(Error::exception("ValueError", "negative"))
            } else {
                Ok(x)
            }
        })
        .async_function("panics", || async { panic!("inside a future") as i64 });
    let vm = Vm::builder().module(host).build().unwrap();
    vm.run(
        "import host\nout = []\n\
         async def main():\n    out.append(await host.now('a'))\n    out.append(await host.fails(1))\n\
         \x20   try:\n        await host.fails(-1)\n    except ValueError as e:\n        out.append(str(e))\n\
         \x20   try:\n        await host.panics()\n    except RuntimeError as e:\n        out.append(str(e))\n",
    )
    .unwrap();
    vm.call::<()>("main", ()).unwrap();
    assert_eq!(vm.get::<(String, i64, String, String)>("out").unwrap().0, "<a>");
    let out: Vec<coro::Object> = vm.get("out").unwrap();
    assert_eq!(out[2].get::<String>().unwrap(), "negative");
    assert_eq!(out[3].get::<String>().unwrap(), "a native async function panicked: inside a future");
    // Uncaught, the exception reaches the host with its traceback.
    vm.run("async def bad():\n    return await host.fails(-5)").unwrap();
    let err = vm.call::<i64>("bad", ()).unwrap_err();
    assert!(err.to_string().starts_with("Traceback (most recent call last):\n"), "{err}");
    assert!(err.to_string().ends_with("ValueError: negative\n"), "{err}");
}

#[test]
fn cancelling_drops_the_rust_future() {
    let dropped = Rc::new(Cell::new(false));
    let flag = dropped.clone();
    let host = Module::new("host").async_function("forever", move || {
        let guard = DropFlag(flag.clone());
        async move {
            std::future::pending::<()>().await;
            drop(guard);
        }
    });
    let vm = Vm::builder().module(host).build().unwrap();
    vm.run(
        "import asyncio, host\n\
         async def main():\n    try:\n        await asyncio.wait_for(host.forever(), 0.02)\n    except asyncio.TimeoutError:\n        return 'timed out'\n",
    )
    .unwrap();
    assert_eq!(vm.call::<String>("main", ()).unwrap(), "timed out");
    assert!(dropped.get(), "the Rust future was dropped");
}
