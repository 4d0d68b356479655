//! Native parts of the standard library modules.
pub mod random;
pub mod time;
pub mod calendar_time;
pub mod math;
mod gamma;
pub mod random_module;
pub mod asyncio;
pub mod codegen;
pub mod collections;
pub mod itertools;
pub mod contextvars;
pub mod gc;
pub mod traceback;
pub mod process;
pub mod signal;
pub mod socket;
pub mod re;
mod re_syntax;
