//! The runtime: values, objects, the collector and the builtins.

pub mod raise;
