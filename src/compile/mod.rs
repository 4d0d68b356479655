//! From AST to native code. `resolve` decides where every name lives and
//! reports the errors CPython finds at compile time.

pub mod resolve;
