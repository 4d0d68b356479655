//! coro: a compiler and VM for an async-first subset of Python 3.11.
//!
//! The pipeline is one folder per stage: `syntax` (source to AST), `compile`
//! (scope resolution, then Cranelift code generation).

pub mod cli;
pub mod compile;
pub mod modules;
pub mod repl;
pub mod run;
pub mod runtime;
pub mod syntax;
