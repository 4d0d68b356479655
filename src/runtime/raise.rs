//! Errors raised by runtime routines written in plain Rust (numeric
//! semantics, string methods, formatting) before the VM turns them into
//! Python exception objects.

/// The builtin exception class a plain-Rust routine raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    TypeError,
    ValueError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
    KeyError,
    MemoryError,
    RuntimeError,
}

/// A Python exception described in Rust: its class and its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Raise {
    /// The exception class.
    pub kind: ExcKind,
    /// The message, exactly as CPython words it.
    pub message: String,
}

impl Raise {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> Raise {
        Raise { kind, message: message.into() }
    }
}

/// `Err(Raise::new(kind, message))`.
pub fn raise<T>(kind: ExcKind, message: impl Into<String>) -> Result<T, Raise> {
    Err(Raise::new(kind, message))
}
