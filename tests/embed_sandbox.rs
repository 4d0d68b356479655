//! Sandboxing: capabilities gate files, processes and the network; fuel,
//! a deadline and a heap cap end runaway scripts with a clean error.

use std::time::{Duration, Instant};

use coro::{Capabilities, Error, Limit, Vm};

fn last_line(err: &Error) -> String {
    err.to_string().lines().last().unwrap_or_default().to_string()
}

#[test]
fn files_beside_the_script_need_the_filesystem_capability() {
    let dir = std::env::temp_dir().join(format!("coro-embed-sandbox-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("helper.py"), "VALUE = 7\n").unwrap();
    std::fs::write(dir.join("main.py"), "import helper\nv = helper.VALUE\n").unwrap();
    let vm = Vm::new().unwrap();
    let err = vm.run_file(dir.join("main.py")).unwrap_err();
    assert_eq!(last_line(&err), "ModuleNotFoundError: No module named 'helper'");
    drop(vm);
    let vm = Vm::builder().capabilities(Capabilities::FILESYSTEM).build().unwrap();
    vm.run_file(dir.join("main.py")).unwrap();
    assert_eq!(vm.get::<i64>("v").unwrap(), 7);
    drop(vm);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn io_modules_and_input_need_capabilities() {
    let vm = Vm::new().unwrap();
    for (module, cap) in [("socket", "network"), ("subprocess", "process"), ("os", "filesystem")] {
        let err = vm.run(&format!("import {module}")).unwrap_err();
        assert_eq!(last_line(&err), format!("ImportError: import of '{module}' needs the {cap} capability, which this VM does not have"));
    }
    let err = vm.run("input()").unwrap_err();
    assert_eq!(last_line(&err), "PermissionError: input() needs the process capability, which this VM does not have");
    // Modules given as source need nothing.
    vm.add_source_module("mem", "X = 1");
    vm.run("import mem\nassert mem.X == 1\nimport math, asyncio, random, time").unwrap();
}

#[test]
fn fuel_ends_an_endless_loop() {
    let vm = Vm::builder().fuel(100_000).build().unwrap();
    vm.run("total = 0\nfor i in range(1000):\n    total += i").unwrap();
    let err = vm.run("while True:\n    pass").unwrap_err();
    assert!(matches!(err, Error::Limit { limit: Limit::Fuel, .. }), "{err:?}");
    assert_eq!(last_line(&err), "RuntimeError: execution limit: the script ran out of fuel");
    // Each call from the host gets the fuel afresh.
    vm.run("total = sum(range(10))").unwrap();
    // Recursion without loops burns fuel too, and catching the error does not help.
    vm.run("def f():\n    return f() if True else 0").unwrap();
    vm.set("limit_hits", 0).unwrap();
    let err = vm.run("import sys\nsys.setrecursionlimit(10**9)\ndef g(n):\n    return g(n + 1)\ntry:\n    while True:\n        try:\n            g(0)\n        except BaseException:\n            pass\nexcept BaseException:\n    pass\n").unwrap_err();
    assert!(matches!(err, Error::Limit { limit: Limit::Fuel, .. }), "{err:?}");
}

#[test]
fn a_deadline_ends_loops_and_waits() {
    let vm = Vm::builder().timeout(Duration::from_millis(100)).build().unwrap();
    let start = Instant::now();
    let err = vm.run("while True:\n    pass").unwrap_err();
    assert!(matches!(err, Error::Limit { limit: Limit::Deadline, .. }), "{err:?}");
    assert_eq!(last_line(&err), "TimeoutError: execution limit: the script ran past its deadline");
    let err = vm.run("import asyncio\nawait asyncio.sleep(60)").unwrap_err();
    assert!(matches!(err, Error::Limit { limit: Limit::Deadline, .. }), "{err:?}");
    assert!(start.elapsed() < Duration::from_secs(5));
    vm.run("x = 1").unwrap();
}

#[test]
fn a_heap_cap_ends_a_growing_script() {
    let vm = Vm::builder().heap_limit(32 << 20).build().unwrap();
    vm.run("small = [str(i) for i in range(1000)]").unwrap();
    let err = vm.run("keep = []\nwhile True:\n    keep.append(str(len(keep)) * 10)").unwrap_err();
    assert!(matches!(err, Error::Limit { limit: Limit::Heap, .. }), "{err:?}");
    assert_eq!(last_line(&err), "MemoryError: execution limit: the script's heap grew past its cap");
}
