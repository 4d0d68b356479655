//! The standard library's compact code is kept on disk between runs
//! (`CORO_CODE_CACHE` names the folder): a second run of a program takes
//! it from there (`CORO_TRACE_JIT` reports "from the code cache") and
//! prints the same; a damaged entry is compiled again; `off` keeps nothing.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CORO: &str = env!("CARGO_BIN_EXE_coro");

/// Echoes lines through a local server: streams, transports and the loop's
/// socket code, written in the language.
const PROGRAM: &str = "import asyncio\n\
async def handle(reader, writer):\n    line = await reader.readline()\n    writer.write(line.upper())\n    await writer.drain()\n    writer.close()\n\
async def main():\n    server = await asyncio.start_server(handle, '127.0.0.1', 0)\n    port = server.sockets[0].getsockname()[1]\n\
\x20   reader, writer = await asyncio.open_connection('127.0.0.1', port)\n    writer.write(b'hello\\n')\n    print(await reader.readline())\n\
\x20   writer.close()\n    server.close()\n    await server.wait_closed()\n\
asyncio.run(main())\n";

/// A fresh cache folder for one test.
fn cache_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("coro-code-cache-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn run(cache: &Path) -> Output {
    Command::new(CORO).args(["-c", PROGRAM]).env("CORO_CODE_CACHE", cache).env("CORO_TRACE_JIT", "1").output().expect("run coro")
}

fn check_output(out: &Output) {
    assert_eq!(String::from_utf8_lossy(&out.stdout), "b'HELLO\\n'\n", "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success());
}

/// The entries of the cache's one build folder.
fn entries(cache: &Path) -> Vec<PathBuf> {
    let builds: Vec<PathBuf> = std::fs::read_dir(cache).expect("cache folder").flatten().map(|e| e.path()).collect();
    assert_eq!(builds.len(), 1, "{builds:?}");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&builds[0]).expect("build folder").flatten().map(|e| e.path()).collect();
    files.sort();
    files
}

fn cache_hits(out: &Output) -> usize {
    String::from_utf8_lossy(&out.stderr).lines().filter(|l| l.ends_with("(from the code cache)")).count()
}

#[test]
fn a_second_run_takes_the_library_code_from_the_cache() {
    let cache = cache_dir("reuse");
    let first = run(&cache);
    check_output(&first);
    let stored = entries(&cache);
    assert!(stored.len() > 20, "{stored:?}");
    let second = run(&cache);
    check_output(&second);
    // The first run finds only what it stored itself (functions whose
    // code is the same, such as adapters); the second finds every library
    // function the first compiled.
    assert!(cache_hits(&second) > cache_hits(&first) + 20, "{}", String::from_utf8_lossy(&second.stderr));
    assert_eq!(entries(&cache), stored);
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn damaged_entries_are_compiled_again() {
    let cache = cache_dir("damaged");
    let first = run(&cache);
    check_output(&first);
    let stored = entries(&cache);
    for (i, file) in stored.iter().enumerate() {
        // Cut short, emptied, or overwritten with other bytes.
        let bytes = std::fs::read(file).expect("entry");
        let damaged = match i % 3 {
            0 => bytes[..bytes.len() / 2].to_vec(),
            1 => Vec::new(),
            _ => bytes.iter().map(|b| b ^ 0x5a).collect(),
        };
        std::fs::write(file, damaged).expect("damage entry");
    }
    let again = run(&cache);
    check_output(&again);
    assert_eq!(cache_hits(&again), cache_hits(&first), "{}", String::from_utf8_lossy(&again.stderr));
    // And stored anew.
    let last = run(&cache);
    check_output(&last);
    assert!(cache_hits(&last) > cache_hits(&first) + 20);
    let _ = std::fs::remove_dir_all(&cache);
}

#[test]
fn off_keeps_nothing() {
    // Without CORO_CODE_CACHE the cache is in ~/.cache/coro.
    let home = cache_dir("home");
    std::fs::create_dir_all(&home).expect("home");
    let with_home = |setting: Option<&str>| {
        let mut cmd = Command::new(CORO);
        cmd.args(["-c", PROGRAM]).env("HOME", &home).env_remove("XDG_CACHE_HOME").env_remove("CORO_CODE_CACHE");
        if let Some(s) = setting {
            cmd.env("CORO_CODE_CACHE", s);
        }
        cmd.output().expect("run coro")
    };
    check_output(&with_home(Some("off")));
    assert!(!home.join(".cache").exists());
    check_output(&with_home(None));
    assert!(entries(&home.join(".cache").join("coro")).len() > 20);
    let _ = std::fs::remove_dir_all(&home);
}
