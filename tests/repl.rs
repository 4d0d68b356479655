//! The REPL, driven through a pseudo-terminal (see `pty/mod.rs`): prompts,
//! values and `_`, top-level await with tasks that keep running between
//! inputs, blocks, redefinition, errors, Ctrl-C, Ctrl-D, line editing and
//! history; and one session compared with `python3 -m asyncio`. Every wait
//! is bounded; a stuck REPL fails the test instead of hanging it.

mod pty;

use std::path::PathBuf;
use std::time::Duration;

use pty::Pty;

const CORO: &str = env!("CARGO_BIN_EXE_coro");

/// A fresh, empty home folder for one test (for `~/.coro_history`).
fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-repl-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp home");
    dir
}

/// Starts `coro` (no arguments) on a terminal of type `term`, at its first prompt.
fn start(name: &str, term: &str) -> Pty {
    let home = home(name);
    start_in(&home.display().to_string(), term, &[])
}

fn start_in(home: &str, term: &str, args: &[&str]) -> Pty {
    let mut p = Pty::spawn(CORO, args, &[("HOME", home), ("TERM", term)]);
    p.expect(">>> ");
    p
}

/// The lines printed, without blank ones.
fn lines(text: &str) -> Vec<&str> {
    text.lines().filter(|l| !l.trim().is_empty()).collect()
}

#[test]
fn banner_prompts_values_and_underscore() {
    let mut p = Pty::spawn(CORO, &["repl"], &[("HOME", &home("banner").display().to_string()), ("TERM", "dumb")]);
    let banner = p.expect(">>> ");
    assert!(banner.contains(&format!("coro {}", env!("CARGO_PKG_VERSION"))), "{banner}");
    assert_eq!(lines(&banner).len(), 2, "a one-line banner, then the prompt: {banner:?}");
    assert_eq!(lines(&p.enter("1 + 1")), ["2"]);
    assert_eq!(lines(&p.enter("_")), ["2"]);
    assert_eq!(lines(&p.enter("_ * 10")), ["20"]);
    assert_eq!(lines(&p.enter("None")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("_")), ["20"], "None does not replace _");
    assert_eq!(lines(&p.enter("x = 'text'")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("x")), ["'text'"]);
    assert_eq!(lines(&p.enter("x; 1; None; [1, 2]")), ["'text'", "1", "[1, 2]"]);
    assert_eq!(lines(&p.enter("print(x)")), ["text"]);
    assert_eq!(lines(&p.enter("")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("# a comment")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("(1 +")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("")), Vec::<&str>::new(), "brackets go on over blank lines");
    assert_eq!(lines(&p.enter("2)")), ["3"]);
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
}

#[test]
fn top_level_await_gather_and_tasks() {
    let mut p = start("await", "dumb");
    assert_eq!(lines(&p.enter("await asyncio.sleep(0.01, 'slept')")), ["'slept'"]);
    p.enter("async def double(x):");
    p.enter("    await asyncio.sleep(0.01)");
    p.enter("    return 2 * x");
    assert_eq!(lines(&p.enter("")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("await double(21)")), ["42"]);
    assert_eq!(lines(&p.enter("await asyncio.gather(double(1), double(2), double(3))")), ["[2, 4, 6]"]);
    assert_eq!(lines(&p.enter("t = asyncio.ensure_future(double(5))")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("await t")), ["10"]);
    assert_eq!(lines(&p.enter("t.done(), _")), ["(True, 10)"]);
    assert_eq!(lines(&p.enter("[x async for x in agen()] if False else asyncio.get_running_loop().is_running()")), ["True"]);
    assert_eq!(lines(&p.enter("asyncio.current_task() is None")), ["True"], "an input without await runs in a callback");
    assert_eq!(lines(&p.enter("asyncio.current_task() is not None and await asyncio.sleep(0, True)")), ["True"]);
    // A task keeps running while the REPL waits for input.
    p.enter("async def later():");
    p.enter("    await asyncio.sleep(0.2)");
    p.enter("    print('later done')");
    p.enter("");
    assert_eq!(lines(&p.enter("bg = asyncio.create_task(later())")), Vec::<&str>::new());
    p.expect("later done\n");
    assert_eq!(lines(&p.enter("bg.done()")), ["True"]);
    // An awaiting loop at the top level, and async for / async with.
    p.enter("async def agen():");
    p.enter("    for i in range(3):");
    p.enter("        yield i");
    p.enter("");
    p.enter("async for v in agen():");
    p.enter("    v");
    assert_eq!(lines(&p.enter("")), ["0", "1", "2"]);
    assert_eq!(lines(&p.enter("[v async for v in agen()]")), ["[0, 1, 2]"]);
    assert_eq!(lines(&p.enter("asyncio.run(double(1))")).last().copied(), Some("RuntimeError: asyncio.run() cannot be called from a running event loop"));
}

#[test]
fn blocks_one_line_statements_and_redefinition() {
    let mut p = start("blocks", "dumb");
    p.enter("def g(): return 1");
    assert_eq!(lines(&p.enter("")), Vec::<&str>::new());
    assert_eq!(lines(&p.enter("g()")), ["1"]);
    p.enter("def g():");
    p.enter("    return 2");
    p.enter("");
    assert_eq!(lines(&p.enter("g()")), ["2"]);
    p.enter("class A:");
    p.enter("    def __repr__(self): return 'A1'");
    p.enter("");
    assert_eq!(lines(&p.enter("A()")), ["A1"]);
    p.enter("class A:");
    p.enter("    def __repr__(self): return 'A2'");
    p.enter("");
    assert_eq!(lines(&p.enter("A(), g()")), ["(A2, 2)"]);
    p.enter("for i in range(3):");
    p.enter("    i * 10");
    assert_eq!(lines(&p.enter("")), ["0", "10", "20"]);
    p.enter("if g() == 2:");
    p.enter("    'yes'");
    p.enter("else:");
    p.enter("    'no'");
    assert_eq!(lines(&p.enter("")), ["'yes'"]);
    // Values inside a def are not shown.
    p.enter("def quiet():");
    p.enter("    123");
    p.enter("");
    assert_eq!(lines(&p.enter("quiet()")), Vec::<&str>::new());
    // Many names over many inputs: globals persist.
    for i in 0..20 {
        p.enter(&format!("v{i} = {i}"));
    }
    assert_eq!(lines(&p.enter("sum([v0, v5, v19])")), ["24"]);
    p.enter("def uses_later(): return defined_later");
    p.enter("");
    p.enter("defined_later = 'found'");
    assert_eq!(lines(&p.enter("uses_later()")), ["'found'"]);
}

#[test]
fn errors_are_reported_and_the_session_goes_on() {
    let mut p = start("errors", "dumb");
    p.enter("x = 1");
    let out = p.enter("1 +");
    assert!(out.contains("SyntaxError: invalid syntax") && out.contains("<stdin>:1"), "{out}");
    p.enter("if x:");
    let out = p.enter("  y = )");
    assert!(out.contains("SyntaxError"), "{out}");
    let out = p.enter("def g(): return 1");
    assert!(out.is_empty(), "{out}");
    let out = p.enter("g()");
    assert!(out.contains("SyntaxError: invalid syntax"), "a compound statement ends with a blank line: {out}");
    let out = p.enter("return 5");
    assert!(out.contains("SyntaxError: 'return' outside function"), "{out}");
    let out = p.enter("1 / 0");
    assert_eq!(lines(&out), ["Traceback (most recent call last):", "  File \"<stdin>\", line 1, in <module>", "ZeroDivisionError: division by zero"]);
    p.enter("def f():");
    p.enter("    raise ValueError('bad')");
    p.enter("");
    let out = p.enter("f()");
    assert_eq!(
        lines(&out),
        ["Traceback (most recent call last):", "  File \"<stdin>\", line 1, in <module>", "  File \"<stdin>\", line 2, in f", "ValueError: bad"]
    );
    p.enter("async def af():");
    p.enter("    raise KeyError('k')");
    p.enter("");
    let out = p.enter("await af()");
    assert_eq!(lines(&out).last().copied(), Some("KeyError: 'k'"));
    assert_eq!(lines(&p.enter("undefined")).last().copied(), Some("NameError: name 'undefined' is not defined"));
    assert_eq!(lines(&p.enter("x")), ["1"]);
}

#[test]
fn ctrl_c_abandons_input_and_interrupts_code() {
    let mut p = start("ctrlc", "xterm");
    p.line("x = 7");
    p.expect(">>> ");
    // At the prompt, and in the middle of a block.
    p.send("abc\x03");
    p.expect("KeyboardInterrupt");
    p.expect(">>> ");
    p.line("if True:");
    p.expect("... ");
    p.send("\x03");
    p.expect("KeyboardInterrupt");
    p.expect(">>> ");
    // Running code: a tight loop, a function, an await, a sleep.
    for code in ["while True: pass\r\r", "def spin():\r    while True: pass\r\rspin()\r", "await asyncio.sleep(30)\r", "import time; time.sleep(30)\r"] {
        p.send(code);
        if code.starts_with("def") {
            p.expect("spin()");
        }
        p.settle(Duration::from_millis(300));
        p.send("\x03");
        p.expect("KeyboardInterrupt");
        p.expect(">>> ");
    }
    // finally blocks run; the session and its globals remain.
    p.send("try:\r    await asyncio.sleep(30)\rfinally:\r    print('cleaned up')\r\r");
    p.settle(Duration::from_millis(300));
    p.send("\x03");
    p.expect("cleaned up");
    p.expect("KeyboardInterrupt");
    p.line("x * 6");
    p.expect("42\n");
    // Ctrl-D only once the prompt shows: before, the terminal is not in raw mode.
    p.expect(">>> ");
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
}

#[test]
fn ctrl_d_and_exit() {
    let mut p = start("ctrld", "xterm");
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
    let mut p = start("exit", "dumb");
    p.line("exit(3)");
    assert_eq!(p.wait(), Some(3));
    let mut p = start("sysexit", "dumb");
    p.line("import sys; sys.exit(4)");
    assert_eq!(p.wait(), Some(4));
}

#[test]
fn line_editing_and_history_across_sessions() {
    let dir = home("history");
    let home = dir.display().to_string();
    let mut p = start_in(&home, "xterm", &[]);
    // "12", Left, "+": the line is 1+2.
    p.send("12\x1b[D+\r");
    p.expect("3\n");
    p.expect(">>> ");
    p.send("7 * 6\r");
    p.expect("42\n");
    p.expect(">>> ");
    // Up arrow recalls the line before.
    p.send("\x1b[A\r");
    p.expect("42\n");
    p.expect(">>> ");
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
    let saved = std::fs::read_to_string(dir.join(".coro_history")).expect("history written");
    assert!(saved.contains("7 * 6"), "{saved}");
    // A new session recalls the last one's lines.
    let mut p = start_in(&home, "xterm", &[]);
    p.send("\x1b[A\r");
    p.expect("42\n");
    p.expect(">>> ");
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
    // A history that cannot be written is no error.
    let mut p = start_in("/nonexistent/coro/home", "xterm", &[]);
    p.send("5 + 5\r");
    p.expect("10\n");
    p.expect(">>> ");
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
}

/// The answers of a transcript: no prompts, echoes, banners, traceback
/// frames or diagnostic drawing, only what a session computed.
fn answers(outputs: &[String]) -> Vec<Vec<String>> {
    outputs
        .iter()
        .map(|out| {
            out.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with(' ') && !l.starts_with("Traceback"))
                // (coro's diagnostic box: its headline ends it too.)
                .filter(|l| !l.contains('│') && !l.contains('┌') && !l.starts_with("exiting") && !l.starts_with("error: "))
                .map(|l| l.to_string())
                .collect()
        })
        .collect()
}

/// The session both REPLs get.
const SESSION: &[&str] = &[
    "async def f(x):",
    "    await asyncio.sleep(0.01)",
    "    return x * 2",
    "",
    "await f(21)",
    "await asyncio.gather(f(1), f(2), f(3))",
    "t = asyncio.ensure_future(f(5))",
    "await t",
    "t.done(), _",
    "squares = [i * i for i in range(5)]",
    "squares",
    "for i in range(3):",
    "    i",
    "",
    "def g(): return 1",
    "",
    "g()",
    "def g():",
    "    return 2",
    "",
    "g()",
    "class A:",
    "    def __repr__(self): return 'A()'",
    "",
    "A()",
    "class A:",
    "    def __repr__(self): return 'new A()'",
    "",
    "A()",
    "1 +",
    "1 / 0",
    "undefined_name",
    "async def boom():",
    "    raise ValueError('bad')",
    "",
    "await boom()",
    "None",
    "'text'",
    "try:",
    "    await asyncio.wait_for(asyncio.sleep(1), 0.01)",
    "except asyncio.TimeoutError:",
    "    print('timeout')",
    "",
    "results = []",
    "async def bg():",
    "    await asyncio.sleep(0.05)",
    "    results.append('bg')",
    "",
    "task = asyncio.create_task(bg())",
    "await asyncio.sleep(0.3)",
    "results, task.done()",
    "asyncio.current_task() is None",
];

fn transcript(program: &str, args: &[&str], home: &str) -> Vec<String> {
    let mut p = Pty::spawn(program, args, &[("HOME", home), ("TERM", "dumb"), ("PYTHONSTARTUP", "")]);
    // python3 -m asyncio echoes "import asyncio" after its banner.
    p.expect(">>> ");
    p.settle(Duration::from_millis(300));
    let outputs = SESSION.iter().map(|line| p.enter(line)).collect();
    p.send("\x04");
    assert_eq!(p.wait(), Some(0));
    outputs
}

#[test]
fn same_answers_as_python_asyncio() {
    let has_python = std::process::Command::new("python3").arg("-c").arg("import sys; assert sys.version_info[:2] == (3, 11)").status().is_ok_and(|s| s.success());
    if !has_python {
        eprintln!("python3 3.11 not found: comparison skipped");
        return;
    }
    let home = home("compare").display().to_string();
    let ours = answers(&transcript(CORO, &[], &home));
    let theirs = answers(&transcript("python3", &["-m", "asyncio"], &home));
    let all: Vec<&String> = theirs.iter().flatten().collect();
    for expected in ["42", "[2, 4, 6]", "(True, 10)", "new A()", "SyntaxError: invalid syntax", "ValueError: bad", "timeout", "(['bg'], True)"] {
        assert!(all.iter().any(|l| *l == expected), "python3 -m asyncio did not answer {expected:?}: {theirs:?}");
    }
    for (i, (a, b)) in ours.iter().zip(&theirs).enumerate() {
        assert_eq!(a, b, "answers differ after {:?}", SESSION[i]);
    }
    assert_eq!(ours.len(), theirs.len());
}
