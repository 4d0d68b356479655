//! The `coro` command line: a thin layer over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Lets the collector count memory objects own outside its heap.
#[global_allocator]
static ALLOCATOR: coro::CountingAllocator = coro::CountingAllocator;

#[derive(Parser)]
#[command(
    name = "coro",
    version,
    about = "A compiler and VM for async-first Python: coro FILE runs a program",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// What to do; with only a FILE, coro runs it; with nothing, it reads
    /// a program from standard input, or starts the REPL on a terminal.
    #[command(subcommand)]
    subcommand: Option<Command>,
    /// Print an intermediate form of FILE instead of running it.
    #[arg(long, value_enum, requires = "file")]
    emit: Option<Emit>,
    /// Run CODE (the arguments after it go to sys.argv[1:]).
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true, conflicts_with = "emit")]
    command: Option<String>,
    /// The program to run (or to emit); `-` reads it from standard input.
    file: Option<PathBuf>,
    /// Arguments for the program, in sys.argv[1:].
    #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run a program.
    Run {
        /// The program's source file.
        file: PathBuf,
        /// Arguments for the program, in sys.argv[1:].
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Start the interactive prompt (top-level await works).
    Repl,
    /// Check programs for syntax errors without running them.
    Check {
        /// Source files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Emit {
    /// The abstract syntax tree.
    Ast,
    /// The Cranelift IR of every function.
    Clif,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The standard library's machine code is kept between runs.
    coro::compile::code_cache::enable();
    let code = match (cli.subcommand, cli.emit, cli.command, cli.file) {
        (Some(Command::Run { file, args }), _, _, _) => coro::cli::run(&file, &args),
        (Some(Command::Check { files }), _, _, _) => coro::cli::check(&files),
        (Some(Command::Repl), _, _, _) => coro::cli::repl(),
        (None, _, Some(code), file) => {
            // After `-c CODE` every word is an argument of the program.
            let args: Vec<String> = file.map(|f| f.display().to_string()).into_iter().chain(cli.args).collect();
            coro::cli::run_command(&code, &args)
        }
        (None, Some(Emit::Ast), None, Some(file)) => coro::cli::emit_ast(&file),
        (None, Some(Emit::Clif), None, Some(file)) => coro::cli::emit_clif(&file),
        (None, None, None, Some(file)) if file.as_os_str() == "-" => coro::cli::run_stdin("-", &cli.args),
        (None, None, None, Some(file)) => coro::cli::run(&file, &cli.args),
        (None, _, None, None) if coro::cli::stdin_is_terminal() => coro::cli::repl(),
        (None, _, None, None) => coro::cli::run_stdin("", &[]),
    };
    ExitCode::from(code)
}
