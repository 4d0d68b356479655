//! An embedded VM compiles on a second thread unless its builder says
//! `compiler_thread(false)`. One test in its own binary, so that no other
//! test's VM starts threads meanwhile.

use coro::Vm;

/// How many threads of this process are named `coro-jit`.
fn compiler_threads() -> usize {
    std::fs::read_dir("/proc/self/task")
        .expect("list threads")
        .filter_map(|t| std::fs::read_to_string(t.ok()?.path().join("comm")).ok())
        .filter(|name| name.trim() == "coro-jit")
        .count()
}

const SCRIPT: &str = "def square(x):\n    return x * x\nresult = sum(square(i) for i in range(10))\n";

#[test]
fn a_vm_starts_a_compiler_thread_unless_told_not_to() {
    std::thread::spawn(|| {
        let vm = Vm::builder().compiler_thread(false).build().unwrap();
        vm.run(SCRIPT).unwrap();
        assert_eq!(vm.get::<i64>("result").unwrap(), 285);
        assert_eq!(compiler_threads(), 0);
    })
    .join()
    .unwrap();
    std::thread::spawn(|| {
        let vm = Vm::builder().build().unwrap();
        vm.run(SCRIPT).unwrap();
        assert_eq!(vm.get::<i64>("result").unwrap(), 285);
        // A new thread names itself once it runs: give it a moment.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while compiler_threads() == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert_eq!(compiler_threads(), 1);
    })
    .join()
    .unwrap();
}
