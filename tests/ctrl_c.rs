//! Ctrl-C under `coro run`: the programs in `tests/ctrl_c/` print "ready",
//! get SIGINT (twice for a program that catches the first), and must end as
//! CPython ends: same output, KeyboardInterrupt last on stderr, killed by
//! SIGINT.

use std::io::{BufRead, BufReader, Read};
use std::os::unix::process::ExitStatusExt;
use std::process::{Command, Stdio};
use std::time::Duration;

const CORO: &str = env!("CARGO_BIN_EXE_coro");

/// Runs `program` with `runtime`, sends SIGINT once "ready" is out and
/// again after each line; returns (stdout, last stderr line, signal).
fn interrupt(runtime: &[&str], program: &str, signals: usize) -> (String, String, Option<i32>) {
    let path = format!("{}/tests/ctrl_c/{program}", env!("CARGO_MANIFEST_DIR"));
    let mut child = Command::new(runtime[0])
        .args(&runtime[1..])
        .arg(&path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the program");
    let mut stdout = BufReader::new(child.stdout.take().expect("piped"));
    let mut out = String::new();
    for _ in 0..signals {
        let mut line = String::new();
        stdout.read_line(&mut line).expect("a line");
        out.push_str(&line);
        std::thread::sleep(Duration::from_millis(300));
        // SAFETY: signalling our own child.
        unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    }
    stdout.read_to_string(&mut out).expect("the rest");
    let mut err = String::new();
    child.stderr.take().expect("piped").read_to_string(&mut err).expect("stderr");
    let status = child.wait().expect("it ends");
    (out, err.trim_end().lines().last().unwrap_or("").to_string(), status.signal())
}

fn check(program: &str, signals: usize, want_out: &str) {
    let got = interrupt(&[CORO, "run"], program, signals);
    assert_eq!(got, (want_out.to_string(), "KeyboardInterrupt".to_string(), Some(libc::SIGINT)), "{program}");
    if Command::new("python3").arg("--version").output().is_ok() {
        assert_eq!(interrupt(&["python3"], program, signals), got, "CPython differs on {program}");
    }
}

#[test]
fn ctrl_c_cancels_the_main_task_of_asyncio_run() {
    check("asyncio_run.py", 1, "ready\nmain cancelled\nchild finally\n");
}

#[test]
fn ctrl_c_interrupts_synchronous_code() {
    check("sync_code.py", 2, "ready\ncaught\n");
}
