//! Library functions are compiled compactly on their first call and again,
//! optimized, once called often (`CORO_TRACE_JIT` reports both), on a
//! second thread unless `CORO_JIT_THREAD=0`. The first program checks that
//! coroutines suspended in the first code finish correctly in the second;
//! this checks that the second tier was reached while they waited, and
//! only for hot functions.

use std::process::Command;

const CORO: &str = env!("CARGO_BIN_EXE_coro");

#[test]
fn hot_library_functions_are_optimized_while_coroutines_wait_in_them() {
    let program = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs/lang/library_tier_up.py");
    let out = Command::new(CORO).args(["run", program]).env("CORO_TRACE_JIT", "1").env("CORO_JIT_THREAD", "0").output().expect("run coro");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout, "5000 12497500\n4498500\n");
    for hot in ["Queue.get", "Queue.put_nowait", "Lock.acquire", "sleep"] {
        assert!(stderr.contains(&format!("jit: {hot} (optimized)")), "{hot} not optimized:\n{stderr}");
    }
    // The queue is made once: its __init__ stays compact.
    assert!(stderr.contains("jit: Queue.__init__ ("), "{stderr}");
    assert!(!stderr.contains("jit: Queue.__init__ (optimized)"), "{stderr}");
}

#[test]
fn hot_library_functions_compiled_on_the_second_thread_replace_their_first_code() {
    // Long enough (~300,000 calls of each Queue method) for the worker to
    // deliver, however busy the machine.
    let program = "import asyncio\n\
        async def main():\n    q = asyncio.Queue()\n    total = 0\n\
        \x20   for i in range(300000):\n        q.put_nowait(i)\n        total += await q.get()\n    print(total)\n\
        asyncio.run(main())\n";
    let out = Command::new(CORO).args(["-c", program]).env("CORO_TRACE_JIT", "1").output().expect("run coro");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stdout, "44999850000\n", "{stderr}");
    for hot in ["Queue.get", "Queue.get_nowait", "Queue.put_nowait"] {
        assert!(stderr.contains(&format!("jit: {hot} (optimized)")), "{hot} not optimized:\n{stderr}");
    }
}

#[test]
fn functions_compiled_ahead_on_the_second_thread_run_whenever_they_are_first_called() {
    // 300 functions, compiled ahead in definition order while the program
    // calls them last to first: early calls find theirs not yet started
    // (compiled on the VM's thread) or in progress (waited for), later ones
    // find it done.
    let mut program = String::new();
    for i in 0..300 {
        program.push_str(&format!("def f{i}(x):\n    total = 0\n    for k in range(x):\n        total += k * {i}\n    return total\n"));
    }
    let names: Vec<String> = (0..300).map(|i| format!("f{i}")).collect();
    program.push_str(&format!("print(sum(f(10) for f in reversed([{}])))\n", names.join(", ")));
    for thread in ["1", "0"] {
        let out = Command::new(CORO).args(["-c", &program]).env("CORO_JIT_THREAD", thread).output().expect("run coro");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "2018250\n", "{}", String::from_utf8_lossy(&out.stderr));
    }
}
