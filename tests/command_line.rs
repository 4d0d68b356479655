//! `coro -c CODE`, a program piped into `coro`, and `coro -`: output,
//! exit status and `sys.argv` as `python3` gives them.

use std::io::Write;
use std::process::{Command, Stdio};

const CORO: &str = env!("CARGO_BIN_EXE_coro");

/// Runs coro with `args` and `stdin`; (stdout, stderr, status).
fn coro(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(CORO)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run coro");
    child.stdin.take().expect("piped").write_all(stdin.as_bytes()).expect("write stdin");
    let out = child.wait_with_output().expect("coro ends");
    (String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), out.status.code().unwrap_or(-1))
}

#[test]
fn dash_c_runs_code_with_argv() {
    assert_eq!(coro(&["-c", "print(1 + 1)"], ""), ("2\n".into(), String::new(), 0));
    let (out, _, status) = coro(&["-c", "import sys; print(sys.argv)", "a", "-x", "--flag"], "");
    assert_eq!((out.as_str(), status), ("['-c', 'a', '-x', '--flag']\n", 0));
    let (out, _, _) = coro(&["-c", "async def main(): return 5\nimport asyncio\nprint(asyncio.run(main()))"], "");
    assert_eq!(out, "5\n");
}

#[test]
fn dash_c_errors() {
    let (_, err, status) = coro(&["-c", "def f():\n    1 / 0\nf()"], "");
    assert_eq!(status, 1);
    assert_eq!(
        err,
        "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n"
    );
    let (_, err, status) = coro(&["-c", "1 +"], "");
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError: invalid syntax") && err.contains("File \"<string>\", line 1"), "{err}");
    // As in CPython's report, the headline is the last line.
    assert_eq!(err.lines().last(), Some("SyntaxError: invalid syntax"), "{err}");
    let (_, err, _) = coro(&["-c", "if 1:\nx = 2"], "");
    assert_eq!(err.lines().last(), Some("IndentationError: expected an indented block after 'if' statement on line 1"), "{err}");
    assert_eq!(coro(&["-c", "raise SystemExit(3)"], "").2, 3);
}

#[test]
fn piped_program_runs() {
    assert_eq!(coro(&[], "print(1)\n"), ("1\n".into(), String::new(), 0));
    assert_eq!(coro(&[], "import sys\nprint(sys.argv)\n").0, "['']\n");
    assert_eq!(coro(&["-", "a", "b"], "import sys\nprint(sys.argv)\n").0, "['-', 'a', 'b']\n");
    let (_, err, status) = coro(&[], "x = 1\n1 / 0\n");
    assert_eq!(status, 1);
    assert_eq!(err, "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nZeroDivisionError: division by zero\n");
    assert_eq!(coro(&[], "import sys\nsys.exit(4)\n").2, 4);
    let (out, _, _) = coro(&[], "import asyncio\nasync def main():\n    await asyncio.sleep(0)\n    print('ok')\nasyncio.run(main())\n");
    assert_eq!(out, "ok\n");
}

#[test]
fn repl_subcommand_reads_piped_lines() {
    // Without a terminal, `coro repl` still reads, judges and runs line by line.
    let (out, _, status) = coro(&["repl"], "x = 2\nx * 21\nawait asyncio.sleep(0, 'a')\n");
    assert_eq!(status, 0);
    assert!(out.contains("42\n") && out.contains("'a'\n"), "{out}");
}

/// A suspended coroutine with three locals, frame and object together, fits
/// in 128 bytes (the [state machines] target; CPython's takes 216).
#[test]
fn suspended_coroutine_size() {
    let program = "import sys, asyncio\n\
        async def three():\n    a = 1\n    b = 2\n    c = 3\n    await asyncio.sleep(0)\n    return a + b + c\n\
        c = three()\nc.send(None)\nprint(sys.getsizeof(c))\n";
    let (out, err, status) = coro(&[], program);
    assert_eq!((status, err.as_str()), (0, ""));
    let bytes: usize = out.trim().parse().expect("a size");
    assert!((56..=128).contains(&bytes), "a suspended coroutine with three locals takes {bytes} bytes");
}

/// A generator whose frame is too big for its header to count (over
/// 16,383 values) is sized by its code: it suspends, survives
/// collections, moves out of the await stack and resumes whole.
#[test]
fn huge_generator_frames() {
    let n = 17_000;
    let mut program = String::from("import gc, asyncio\nasync def tick():\n    await asyncio.sleep(0)\nasync def huge():\n");
    for i in 0..n {
        program += &format!("    v{i} = {i}\n");
    }
    program += "    await tick()\n    gc.collect()\n    return v0 + v8191 + v16383 + v16999\n";
    program += "async def main():\n    r = await huge()\n    gc.collect()\n    print(r)\nasyncio.run(main())\n";
    let (out, err, status) = coro(&[], &program);
    assert_eq!((out.as_str(), err.as_str(), status), ("41573\n", "", 0));
}

/// Ranges reach 64-bit bounds; past them they are refused by name, not
/// with a misleading error.
#[test]
fn huge_ranges_are_refused_by_name() {
    let (out, _, status) = coro(&[], "print(len(range(-2**63, 2**63 - 1, 2**62)))\n");
    assert_eq!((out.as_str(), status), ("4\n", 0));
    let (_, err, status) = coro(&[], "for x in range(10**30):\n    pass\n");
    assert_eq!(status, 1);
    assert!(err.contains("NotImplementedError: coro does not support ranges with bounds or steps past 64 bits yet"), "{err}");
}

/// The name `complex` is refused as the `j` literal is, naming the
/// feature rather than suggesting `compile`.
#[test]
fn complex_is_refused_by_name() {
    let (_, err, status) = coro(&[], "print(complex(1, 2))\n");
    assert_eq!(status, 1);
    assert!(err.contains("NotImplementedError: complex numbers are not supported by coro") && !err.contains("Did you mean"), "{err}");
    let (out, err, status) = coro(&[], "try:\n    isinstance(1, complex)\nexcept NotImplementedError as e:\n    print(e)\ncomplex = 3\nprint(complex)\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("complex numbers are not supported by coro\n3\n", "", 0));
}

/// Importing a standard library module coro lacks says so; other missing
/// modules keep CPython's message.
#[test]
fn missing_stdlib_modules_are_named() {
    let (_, err, status) = coro(&[], "try:\n    import nosuchmod\nexcept ImportError as e:\n    print(e.name)\nimport xml.dom\n");
    assert_eq!(status, 1);
    assert!(err.contains("ModuleNotFoundError: No module named 'xml': coro does not support this standard library module"), "{err}");
    let (out, err, status) = coro(&[], "try:\n    import nosuchmod\nexcept ImportError as e:\n    print(e)\n");
    assert_eq!((out.as_str(), err.as_str(), status), ("No module named 'nosuchmod'\n", "", 0));
}

/// A class defining `__del__` is refused at compile time: the collector
/// would run the finalizer when it finds the object dead, not when the last
/// reference goes (CPython's `del x` prints at once), which would change
/// what programs print.
#[test]
fn finalizers_are_refused_by_name() {
    let (out, err, status) = coro(&["-c", "print('never')\nclass A:\n    def __del__(self):\n        pass\n"], "");
    assert_eq!((out.as_str(), status), ("", 1));
    assert!(err.contains("coro does not support __del__ finalizers yet") && err.contains("line 3"), "{err}");
}

/// Runs coro on `program` (from stdin) and returns its peak resident
/// memory in KB, after checking it succeeded.
fn peak_memory_kb(program: &str) -> i64 {
    let mut child = Command::new(CORO).stdin(Stdio::piped()).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("run coro");
    child.stdin.take().expect("piped").write_all(program.as_bytes()).expect("write stdin");
    let (mut status, mut usage) = (0, unsafe { std::mem::zeroed::<libc::rusage>() });
    // SAFETY: waits for our own child, writing into the two locals.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    assert!(pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "coro failed");
    usage.ru_maxrss
}

/// Garbage whose memory lies outside the collector's heap (a list's
/// items, a str's text, a dict's table) is collected as promptly as heap
/// garbage: 400 MB of dropped copies never pile up.
#[test]
fn garbage_outside_the_heap_is_collected() {
    let program = "L = list(range(100000))\nfor _ in range(500):\n    x = L[:]\n\
        s = 'x' * 1000000\nfor i in range(400):\n    t = s + str(i)\n\
        for i in range(100):\n    d = {j: j for j in range(10000)}\nprint('ok')\n";
    let kb = peak_memory_kb(program);
    assert!(kb < 150_000, "peak memory {kb} KB");
}

/// Builtins coro lacks exist and say so by name when called, so that a
/// program that never calls them runs.
#[test]
fn unsupported_builtins_are_refused_by_name() {
    let program = "print(callable(open), callable(help))\n\
        for f in (open, memoryview, breakpoint, help):\n    try:\n        f('x')\n    except NotImplementedError as e:\n        print(e)\n";
    let (out, err, status) = coro(&[], program);
    assert_eq!((status, err.as_str()), (0, ""));
    let names = ["open", "memoryview", "breakpoint", "help"];
    let expected: Vec<String> = std::iter::once("True True".to_string()).chain(names.iter().map(|n| format!("coro does not support {n}()"))).collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
}

/// What coro's `compile()` lacks it refuses by name.
#[test]
fn compile_refuses_single_mode_and_flags() {
    let program = "for args in (('1', 'f', 'single'), ('1', 'f', 'exec', 1024)):\n    try:\n        compile(*args)\n    except NotImplementedError as e:\n        print(e)\n";
    let (out, err, status) = coro(&[], program);
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(out, "coro does not support compile() in 'single' mode\ncoro does not support compile() flags\n");
}

/// Strs hold Unicode scalar values: a lone surrogate, in a literal or from
/// chr(), is refused by name.
#[test]
fn lone_surrogates_are_refused_by_name() {
    let (out, err, status) = coro(&[], "try:\n    chr(0xd800)\nexcept ValueError as e:\n    print(e)\n");
    assert_eq!((status, err.as_str()), (0, ""));
    assert_eq!(out, "coro does not support lone surrogates in strs (chr() of 0xd800 to 0xdfff)\n");
    let (_, err, status) = coro(&[], "s = '\\udc80'\n");
    assert_eq!(status, 1);
    assert!(err.contains("SyntaxError: coro does not support lone surrogates in strs (\\udc80)"), "{err}");
}

#[test]
fn asyncio_thread_functions_are_refused_by_name() {
    let program = "import asyncio\n\
        for f in (asyncio.to_thread, asyncio.run_coroutine_threadsafe, asyncio.wrap_future):\n    try:\n        f(print)\n    except NotImplementedError as e:\n        print(e)\n";
    let (out, err, status) = coro(&[], program);
    assert_eq!((status, err.as_str()), (0, ""));
    let expected: Vec<String> = ["to_thread", "run_coroutine_threadsafe", "wrap_future"]
        .iter()
        .map(|n| format!("coro does not support asyncio.{n}(): its VM runs one thread"))
        .collect();
    assert_eq!(out.lines().collect::<Vec<_>>(), expected);
}

/// Importing a module with a syntax error raises a SyntaxError that
/// names the module's absolute path, quotes the line and points at it.
#[test]
fn import_of_a_module_with_a_syntax_error() {
    let dir = std::env::temp_dir().join(format!("coro-import-syntax-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("broken.py"), "x = (\n").expect("write module");
    std::fs::write(dir.join("main.py"), "try:\n    import broken\nexcept SyntaxError as e:\n    print(e.lineno, e.offset, repr(e.text), str(e))\nimport broken\n").expect("write main");
    let out = Command::new(CORO).arg("run").arg("main.py").current_dir(&dir).output().expect("coro runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let path = dir.join("broken.py").canonicalize().expect("exists");
    assert_eq!(stdout, "1 5 'x = (\\n' '(' was never closed (broken.py, line 1)\n");
    let tail = format!("  File \"{}\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n", path.display());
    assert!(stderr.ends_with(&tail), "stderr: {stderr}");
    assert_eq!(out.status.code(), Some(1));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn interrupt_in_a_task_reports_the_task_after_the_traceback() {
    // CPython's frames of the propagating KeyboardInterrupt hold the task:
    // it reports at exit, after the traceback, and the process then ends
    // by SIGINT.
    let program = "import asyncio\nasync def child():\n    raise KeyboardInterrupt\nasync def main():\n    asyncio.create_task(child())\n    await asyncio.sleep(1)\nasyncio.run(main())\n";
    let (out, err, code) = coro(&["-c", program], "");
    assert_eq!((out.as_str(), code), ("", -1));
    let traceback = err.find("Traceback").expect("a traceback");
    let report = err.find("Task exception was never retrieved").expect("the task's report");
    assert!(traceback < report, "stderr was:\n{err}");
    assert!(err[report..].contains("exception=KeyboardInterrupt()>"), "stderr was:\n{err}");
}

/// A PEP 263 comment declaring Latin-1 makes the file read as Latin-1; an
/// encoding CPython has and coro not is refused by name.
#[test]
fn source_encoding_declarations() {
    let dir = std::env::temp_dir().join(format!("coro-encoding-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("make a temporary folder");
    let latin = dir.join("latin.py");
    std::fs::write(&latin, b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('caf\xe9'))\n").expect("write latin.py");
    let (out, err, status) = coro(&["run", latin.to_str().expect("utf-8 path")], "");
    assert_eq!((out.as_str(), err.as_str(), status), ("caf\u{e9} 4\n", "", 0));
    let cp = dir.join("cp.py");
    std::fs::write(&cp, b"# coding: cp1252\nprint('x')\n").expect("write cp.py");
    let (out, err, status) = coro(&["run", cp.to_str().expect("utf-8 path")], "");
    assert_eq!((out.as_str(), status), ("", 1));
    assert_eq!(err.lines().last(), Some("SyntaxError: coro does not support source files in the 'cp1252' encoding"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
