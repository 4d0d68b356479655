//! Runs every program under `tests/programs/` with `coro run` and checks it
//! against the expectations written in its comments:
//!
//! - `# expect: TEXT`        the next line of standard output is TEXT
//! - `# expect error: TEXT`  standard error contains TEXT (exit status 1 implied);
//!   a program without these lines must leave standard error empty
//! - `# expect no error: TEXT`  standard error does not contain TEXT
//! - `# expect exit: N`      the exit status is N
//! - `# stdin: TEXT`          TEXT and a newline are fed to standard input
//!   (which is otherwise empty)
//! - `# timing-sensitive: WHY`  the program races real timers, so a run that
//!   fails is tried twice more before it counts: a loaded machine can stretch
//!   its few milliseconds of work past a timer, but a real fault fails all three
//!
//! Where `python3` is on the machine, each program is also run under CPython
//! and must meet the same expectations, so no test can pin behaviour that
//! CPython does not have. Arguments filter programs by substring; set
//! `CORO_SKIP_CPYTHON=1` to skip the cross-check.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What a test program says it must do.
#[derive(Debug, Default)]
struct Expectation {
    /// Expected standard output lines, in order.
    stdout: Vec<String>,
    /// Texts standard error must contain.
    stderr: Vec<String>,
    /// Texts standard error must not contain.
    not_stderr: Vec<String>,
    /// Expected exit status.
    exit: i32,
    /// What the program reads from standard input.
    stdin: String,
    /// Whether a failed run is retried (the program races real timers).
    timing_sensitive: bool,
}

fn parse_expectations(source: &str) -> Expectation {
    let mut e = Expectation::default();
    let mut exit = None;
    for line in source.lines() {
        if let Some(text) = line.strip_prefix("# stdin: ") {
            e.stdin += text;
            e.stdin.push('\n');
        }
        if line.starts_with("# timing-sensitive: ") {
            e.timing_sensitive = true;
        }
        let Some(at) = line.find("# expect") else { continue };
        let directive = &line[at + 2..];
        if let Some(text) = directive.strip_prefix("expect: ") {
            e.stdout.push(text.to_string());
        } else if directive == "expect:" {
            e.stdout.push(String::new());
        } else if let Some(text) = directive.strip_prefix("expect no error: ") {
            e.not_stderr.push(text.to_string());
        } else if let Some(text) = directive.strip_prefix("expect error: ") {
            e.stderr.push(text.to_string());
        } else if let Some(n) = directive.strip_prefix("expect exit: ") {
            exit = Some(n.trim().parse().expect("`# expect exit:` takes a number"));
        }
    }
    e.exit = exit.unwrap_or(if e.stderr.is_empty() { 0 } else { 1 });
    e
}

/// Checks one run against the expectation; returns what differs.
fn verify(e: &Expectation, stdout: &str, stderr: &str, status: Option<i32>) -> Result<(), String> {
    let got: Vec<&str> = stdout.lines().collect();
    for i in 0..e.stdout.len().max(got.len()) {
        let want = e.stdout.get(i).map_or("<end of output>", |s| s.as_str());
        let have = got.get(i).copied().unwrap_or("<end of output>");
        if want != have {
            return Err(format!("stdout line {}: want {want:?}, got {have:?}", i + 1));
        }
    }
    if e.stderr.is_empty() && !stderr.is_empty() {
        return Err(format!("standard error should be empty; it was:\n{stderr}"));
    }
    for needle in &e.stderr {
        if !stderr.contains(needle.as_str()) {
            return Err(format!("stderr lacks {needle:?}; stderr was:\n{stderr}"));
        }
    }
    if let Some(needle) = e.not_stderr.iter().find(|n| stderr.contains(n.as_str())) {
        return Err(format!("stderr holds {needle:?}; stderr was:\n{stderr}"));
    }
    if status != Some(e.exit) {
        return Err(format!("exit status {status:?}, want {}; stderr was:\n{stderr}", e.exit));
    }
    Ok(())
}

fn run(program: &str, args: &[&str], path: &Path, stdin: &str) -> (String, String, Option<i32>) {
    use std::io::Write;
    use std::process::Stdio;
    let dir = path.parent().expect("programs live in a folder");
    let mut child = Command::new(program)
        .args(args)
        .arg(path)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    // A program may exit before reading it all: a broken pipe is no failure.
    let _ = child.stdin.take().expect("piped").write_all(stdin.as_bytes());
    let out = child.wait_with_output().unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code(),
    )
}

/// Runs a program and verifies it, up to three times if it is timing-sensitive.
fn check(program: &str, args: &[&str], path: &Path, e: &Expectation) -> Result<(), String> {
    let tries = if e.timing_sensitive { 3 } else { 1 };
    let mut result = Ok(());
    for _ in 0..tries {
        let (out, err, status) = run(program, args, path, &e.stdin);
        result = verify(e, &out, &err, status);
        if result.is_ok() {
            break;
        }
    }
    result
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("tests/programs exists").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|x| x == "py") {
            out.push(path);
        }
    }
}

fn python_available() -> bool {
    std::env::var_os("CORO_SKIP_CPYTHON").is_none()
        && Command::new("python3").arg("--version").output().is_ok_and(|o| o.status.success())
}

fn main() {
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let coro = env!("CARGO_BIN_EXE_coro");
    let cpython = python_available();
    let mut programs = Vec::new();
    collect(&root, &mut programs);
    programs.retain(|p| filters.is_empty() || filters.iter().any(|f| p.to_string_lossy().contains(f.as_str())));

    let mut failures = Vec::new();
    for path in &programs {
        let name = path.strip_prefix(&root).unwrap_or(path).display().to_string();
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let expectation = parse_expectations(&source);
        if expectation.stdout.is_empty() && expectation.stderr.is_empty() {
            failures.push(format!("{name}: states no expectation (a test must be able to fail)"));
            continue;
        }
        if let Err(why) = check(coro, &["run"], path, &expectation) {
            failures.push(format!("{name}: coro: {why}"));
        }
        if cpython {
            if let Err(why) = check("python3", &[], path, &expectation) {
                failures.push(format!("{name}: CPython disagrees with the expectation: {why}"));
            }
        }
    }
    let checked = if cpython { " (each cross-checked with CPython)" } else { "" };
    println!("programs: {} run{checked}, {} failed", programs.len(), failures.len());
    for f in &failures {
        println!("FAIL {f}");
    }
    if !failures.is_empty() {
        std::process::exit(1);
    }
}
