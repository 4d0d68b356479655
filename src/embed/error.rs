//! `Error`: what goes wrong across the boundary between a host and its
//! scripts, in both directions.

use std::fmt;

use crate::runtime::limits::Limit;

/// An error from the VM, or one a native function reports to its script.
///
/// Displayed, it reads exactly as the `coro` command prints it: a syntax
/// error as the codespan diagnostic, an uncaught exception as CPython's
/// traceback.
///
/// ```
/// let vm = coro::Vm::new().unwrap();
/// let err = vm.run("def f():\n    return 1 / 0\nf()\n").unwrap_err();
/// assert_eq!(err.to_string(), "\
/// Traceback (most recent call last):
///   File \"<string>\", line 3, in <module>
///   File \"<string>\", line 2, in f
/// ZeroDivisionError: division by zero
/// ");
/// assert_eq!(err.exception_class(), Some("ZeroDivisionError"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The source did not compile.
    Syntax {
        /// The Python class of the error (`SyntaxError`, `IndentationError`...).
        class: String,
        /// The message, as CPython words it.
        message: String,
        /// The codespan diagnostic, as the CLI prints it.
        rendered: String,
    },
    /// An exception escaped the script (or is to be raised in it).
    Exception {
        /// The exception's class name (`ValueError`).
        class: String,
        /// `str()` of the exception.
        message: String,
        /// The traceback, as the CLI prints it (empty for an exception
        /// made by the host that has not been raised yet).
        traceback: String,
    },
    /// An execution limit ended the script.
    Limit {
        /// Which limit.
        limit: Limit,
        /// The traceback of the exception that ended it.
        traceback: String,
    },
    /// A value did not convert to the Rust type asked for.
    Conversion {
        /// What was expected (`int`, `list`, ...).
        expected: String,
        /// The Python type found.
        found: String,
    },
    /// A misuse of the API (no such global, a second VM on a thread...).
    Host(String),
}

impl Error {
    /// An exception of builtin class `class` with `message`, for a native
    /// function to raise in its script.
    ///
    /// ```
    /// let err = coro::Error::exception("ValueError", "bad input");
    /// assert_eq!(err.to_string(), "ValueError: bad input\n");
    /// ```
    pub fn exception(class: impl Into<String>, message: impl Into<String>) -> Error {
        Error::Exception { class: class.into(), message: message.into(), traceback: String::new() }
    }

    /// A `RuntimeError` with `message` (what `From<&str>` and `From<String>` make).
    pub fn runtime(message: impl Into<String>) -> Error {
        Error::exception("RuntimeError", message)
    }

    /// Any Rust error, raised in the script as `RuntimeError(str(error))`.
    pub fn external(error: impl std::error::Error) -> Error {
        Error::runtime(error.to_string())
    }

    /// The Python exception class this error is (or becomes in a script).
    pub fn exception_class(&self) -> Option<&str> {
        match self {
            Error::Syntax { class, .. } | Error::Exception { class, .. } => Some(class),
            Error::Limit { limit, .. } => Some(match limit {
                Limit::Fuel => "RuntimeError",
                Limit::Deadline => "TimeoutError",
                Limit::Heap => "MemoryError",
            }),
            Error::Conversion { .. } => Some("TypeError"),
            Error::Host(_) => None,
        }
    }

    /// The traceback, for an exception that escaped a script.
    pub fn traceback(&self) -> Option<&str> {
        match self {
            Error::Exception { traceback, .. } | Error::Limit { traceback, .. } if !traceback.is_empty() => Some(traceback),
            _ => None,
        }
    }

    /// The message a script sees when this error is raised in it.
    pub(crate) fn script_message(&self) -> String {
        match self {
            Error::Syntax { message, .. } | Error::Exception { message, .. } => message.clone(),
            Error::Limit { traceback, .. } => traceback.lines().last().unwrap_or_default().to_string(),
            Error::Conversion { expected, found } => format!("expected {expected}, found {found}"),
            Error::Host(message) => message.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Syntax { rendered, .. } => f.write_str(rendered),
            Error::Exception { traceback, .. } | Error::Limit { traceback, .. } if !traceback.is_empty() => f.write_str(traceback),
            Error::Exception { class, message, .. } if message.is_empty() => writeln!(f, "{class}"),
            Error::Exception { class, message, .. } => writeln!(f, "{class}: {message}"),
            Error::Limit { limit, .. } => writeln!(f, "execution limit reached: {limit:?}"),
            Error::Conversion { expected, found } => write!(f, "cannot convert: expected {expected}, found {found}"),
            Error::Host(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl From<&str> for Error {
    fn from(message: &str) -> Error {
        Error::runtime(message)
    }
}

impl From<String> for Error {
    fn from(message: String) -> Error {
        Error::runtime(message)
    }
}

impl From<std::io::Error> for Error {
    /// Raised in the script as `OSError`.
    fn from(error: std::io::Error) -> Error {
        Error::exception("OSError", error.to_string())
    }
}

impl From<std::num::ParseIntError> for Error {
    /// Raised in the script as `ValueError`.
    fn from(error: std::num::ParseIntError) -> Error {
        Error::exception("ValueError", error.to_string())
    }
}

impl From<std::num::ParseFloatError> for Error {
    /// Raised in the script as `ValueError`.
    fn from(error: std::num::ParseFloatError) -> Error {
        Error::exception("ValueError", error.to_string())
    }
}

impl From<std::convert::Infallible> for Error {
    fn from(never: std::convert::Infallible) -> Error {
        match never {}
    }
}
