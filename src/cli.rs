//! What each `coro` subcommand does. `main.rs` only parses arguments; the
//! work lives here so that tests and embedders reach the same behaviour.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::compile::resolve;
use crate::syntax::{self, ast::Module};

/// A source file read and decoded.
pub struct Source {
    /// The path as the user wrote it, used in messages.
    pub path: String,
    /// The decoded text, with `\n` line ends.
    pub text: String,
}

/// CPython's wording for a file that cannot be opened (exit status 2).
fn cannot_open(path: &Path, error: &std::io::Error) -> u8 {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| PathBuf::from(path));
    let reason = match error.raw_os_error() {
        Some(code) => {
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let text = text.split(" (os error").next().unwrap_or(&text).to_string();
            format!("[Errno {code}] {text}")
        }
        None => error.to_string(),
    };
    eprintln!("coro: can't open file '{}': {reason}", absolute.display());
    2
}

/// Reads and decodes `path`, or reports why not and gives the exit status.
pub fn load(path: &Path) -> Result<Source, u8> {
    let display = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) => return Err(cannot_open(path, &e)),
    };
    match syntax::decode(&display, &bytes) {
        Ok(text) => Ok(Source { path: display, text }),
        Err((error, shown)) => {
            eprint!("{}", error.render(&display, &shown));
            Err(1)
        }
    }
}

/// Parses and checks a loaded source; prints the diagnostic on failure.
pub fn front_end(source: &Source) -> Result<Module, u8> {
    let result = syntax::parse(&source.text).and_then(|module| {
        resolve::resolve(&module).map(|scopes| {
            // Only the errors are wanted: skip freeing the scopes map by map.
            std::mem::forget(scopes);
            module
        })
    });
    result.map_err(|error| {
        eprint!("{}", error.render(&source.path, &source.text));
        1
    })
}

/// `coro run FILE`.
pub fn run(path: &Path, args: &[String]) -> u8 {
    let source = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    crate::run::run_main(&source, args)
}

/// Runs `f` on a thread with a large stack: the passes over the tree
/// recurse once per nesting level.
fn with_big_stack<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> Option<R> {
    share_main_arena();
    std::thread::Builder::new().stack_size(1 << 30).spawn(f).ok()?.join().ok()
}

/// glibc gives a new thread its own malloc arena, grown 64 MiB heap by heap
/// with mprotect, where the front end's many small nodes take about a fifth
/// longer to allocate than in the main arena (and a short run pays for
/// mapping it). The big-stack thread is the only one working, so it may as
/// well use the main arena.
pub(crate) fn share_main_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only changes a tuning parameter of the allocator.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// `coro check FILE...`: silent and 0 when every file is valid.
pub fn check(paths: &[PathBuf]) -> u8 {
    let paths = paths.to_vec();
    with_big_stack(move || check_files(&paths)).unwrap_or(70)
}

fn check_files(paths: &[PathBuf]) -> u8 {
    let mut status = 0;
    for path in paths {
        let code = match load(path) {
            // The tree is not needed: skip freeing it node by node.
            Ok(source) => front_end(&source).map_or(1, |module| {
                std::mem::forget(module);
                0
            }),
            Err(code) => code,
        };
        status = status.max(code);
    }
    status
}

/// `coro --emit ast FILE`.
pub fn emit_ast(path: &Path) -> u8 {
    let path = path.to_path_buf();
    with_big_stack(move || emit_ast_file(&path)).unwrap_or(70)
}

fn emit_ast_file(path: &Path) -> u8 {
    let source = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    match front_end(&source) {
        Ok(module) => {
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "{module:#?}");
            0
        }
        Err(code) => code,
    }
}

/// `coro --emit clif FILE`.
pub fn emit_clif(path: &Path) -> u8 {
    let source = match load(path) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let (path, text) = (source.path.clone(), source.text.clone());
    let thread = std::thread::spawn(move || {
        let top = 0usize;
        crate::runtime::vm::start(&top as *const usize as usize + 4096);
        match crate::compile::emit_clif(&path, &text) {
            Ok(clif) => {
                print!("{clif}");
                0
            }
            Err(e) => {
                eprint!("{}", e.render(&path, &text));
                1
            }
        }
    });
    thread.join().unwrap_or(70)
}

/// `coro -c CODE [ARGS...]`: runs CODE as `<string>` with `sys.argv = ['-c', ARGS...]`.
pub fn run_command(code: &str, args: &[String]) -> u8 {
    let source = Source { path: "<string>".into(), text: syntax::normalize(code) };
    let mut argv = vec!["-c".to_string()];
    argv.extend_from_slice(args);
    crate::run::run_main_with_argv(&source, argv)
}

/// `coro` with standard input not a terminal (`argv0` is `""`), or `coro -`
/// (`argv0` is `"-"`): runs the program read from standard input as `<stdin>`.
pub fn run_stdin(argv0: &str, args: &[String]) -> u8 {
    use std::io::Read;
    let mut bytes = Vec::new();
    if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
        eprintln!("coro: cannot read standard input: {e}");
        return 2;
    }
    let text = match syntax::decode("<stdin>", &bytes) {
        Ok(text) => text,
        Err((error, shown)) => {
            eprint!("{}", error.render("<stdin>", &shown));
            return 1;
        }
    };
    let source = Source { path: "<stdin>".into(), text };
    let mut argv = vec![argv0.to_string()];
    argv.extend_from_slice(args);
    crate::run::run_main_with_argv(&source, argv)
}

/// True when standard input is a terminal.
pub fn stdin_is_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal()
}

/// `coro` with no file on a terminal, or `coro repl`.
pub fn repl() -> u8 {
    crate::repl::main()
}
