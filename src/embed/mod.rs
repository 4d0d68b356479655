//! The embedding API: a [`Vm`] made by a [`Builder`], host [`Module`]s of
//! native functions (sync and async), conversions ([`ToValue`],
//! [`FromValue`]), script values held by the host ([`Object`]) and
//! [`Error`]. The items are re-exported at the crate root.

pub mod args;
pub mod builder;
pub mod error;
pub mod from_value;
pub mod function;
pub mod module;
pub mod object;
pub mod to_value;
pub mod vm;

pub use args::ToArgs;
pub use builder::Builder;
pub use error::Error;
pub use from_value::FromValue;
pub use function::{AsyncFunction, Function, IntoResult};
pub use module::Module;
pub use object::Object;
pub use to_value::ToValue;
pub use vm::Vm;

use crate::runtime::class::{class_obj, type_of};
use crate::runtime::exception::{exc_str, format_uncaught, new_exception};
use crate::runtime::str::new_str;
use crate::runtime::vm::{exc_class, set_exception, take_exception, vm, Exc};

/// The pending exception of the VM, taken, as an `Error`.
pub(crate) fn pending_error() -> Error {
    let exc = take_exception();
    if exc.is_null() {
        return Error::Host("coro: an operation failed without an exception".into());
    }
    let traceback = format_uncaught(exc);
    if let Some(limit) = crate::runtime::limits::tripped() {
        return Error::Limit { limit, traceback };
    }
    let class = class_obj(type_of(exc)).qualname.clone();
    let message = exc_str(exc).unwrap_or_else(|_| {
        take_exception();
        String::new()
    });
    Error::Exception { class, message, traceback }
}

/// Raises `e` in the script; returns the marker of a pending exception.
pub(crate) fn raise_error(e: &Error) -> Exc {
    let mut message = e.script_message();
    let name = e.exception_class().unwrap_or("RuntimeError");
    let class = match vm().classes.exceptions.get(name) {
        Some(&c) => c,
        None => {
            // Not a builtin class (a script's own): a RuntimeError naming it.
            message = if message.is_empty() { name.to_string() } else { format!("{name}: {message}") };
            exc_class("RuntimeError")
        }
    };
    let text = new_str(&message);
    let args = if message.is_empty() { vec![] } else { vec![text] };
    let exc = new_exception(class, &args);
    std::hint::black_box(text);
    set_exception(exc);
    Exc
}
