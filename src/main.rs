//! The `coro` command line: a thin layer over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "coro",
    version,
    about = "A compiler and VM for async-first Python: coro FILE runs a program",
    args_conflicts_with_subcommands = true
)]
struct Cli {
    /// What to do; with only a FILE, coro runs it.
    #[command(subcommand)]
    command: Option<Command>,
    /// Print an intermediate form of FILE instead of running it.
    #[arg(long, value_enum, requires = "file")]
    emit: Option<Emit>,
    /// The program to run (or to emit).
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
    let code = match (cli.command, cli.emit, cli.file) {
        (Some(Command::Run { file, args }), _, _) => coro::cli::run(&file, &args),
        (Some(Command::Check { files }), _, _) => coro::cli::check(&files),
        (None, Some(Emit::Ast), Some(file)) => coro::cli::emit_ast(&file),
        (None, Some(Emit::Clif), Some(file)) => coro::cli::emit_clif(&file),
        (None, None, Some(file)) => coro::cli::run(&file, &cli.args),
        (None, _, None) => coro::cli::repl(),
    };
    ExitCode::from(code)
}
