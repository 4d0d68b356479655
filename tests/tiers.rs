//! Library functions are compiled compactly on their first call and again,
//! optimized, once called often (`CORO_TRACE_JIT` reports both). The
//! program checks that coroutines suspended in the first code finish
//! correctly in the second; this checks that the second tier was reached
//! while they waited, and only for hot functions.

use std::process::Command;

const CORO: &str = env!("CARGO_BIN_EXE_coro");

#[test]
fn hot_library_functions_are_optimized_while_coroutines_wait_in_them() {
    let program = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/programs/lang/library_tier_up.py");
    let out = Command::new(CORO).args(["run", program]).env("CORO_TRACE_JIT", "1").output().expect("run coro");
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
