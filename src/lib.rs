//! coro: a compiler and VM for an async-first subset of Python 3.11.
//!
//! The pipeline is one folder per stage: `syntax` (source to AST), `compile`
//! (scope resolution, then Cranelift code generation).

pub mod cli;
pub mod compile;
pub mod embed;
pub mod modules;
pub mod repl;
pub mod run;
pub mod runtime;
pub mod syntax;

pub use embed::{AsyncFunction, Builder, Error, FromValue, Function, IntoResult, Module, Object, ToArgs, ToValue, Vm};
pub use runtime::capabilities::Capabilities;
pub use runtime::limits::{Limit, Limits};
pub use runtime::malloc_count::CountingAllocator;
