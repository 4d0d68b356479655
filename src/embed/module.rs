//! `Module`: a module of native functions and values that scripts import.

use crate::runtime::module::{new_module, set_global};
use crate::runtime::value::Value;
use crate::runtime::vm::vm;

use super::function::{make_async, make_sync};
use super::{AsyncFunction, Error, Function, ToValue};

/// What one name of a module is made from, when the module is installed.
type Maker = Box<dyn FnOnce() -> Result<Value, Error>>;

/// A host module: native functions (plain or async, closures with state
/// included) and constants, importable by scripts with `import NAME` once
/// added to a VM ([`Builder::module`](crate::Builder::module) or
/// [`Vm::add_module`](crate::Vm::add_module)).
///
/// A native function's arguments convert with [`FromValue`](crate::FromValue)
/// (a mismatch is a `TypeError` in the script); it returns a value or a
/// `Result` whose error is raised in the script; a panic in it becomes a
/// `RuntimeError` instead of a crash.
///
/// ```
/// use std::cell::Cell;
/// use std::rc::Rc;
///
/// let calls = Rc::new(Cell::new(0));
/// let counter = calls.clone();
/// let host = coro::Module::new("host")
///     .function("double", |x: i64| x * 2)
///     .function("count", move || { counter.set(counter.get() + 1); counter.get() })
///     .function("parse", |s: String| s.parse::<i64>())
///     .constant("VERSION", "1.0");
/// let vm = coro::Vm::builder().module(host).build().unwrap();
/// vm.run("import host\nx = host.double(21) + host.count() + host.count()").unwrap();
/// assert_eq!(vm.get::<i64>("x").unwrap(), 45);
/// assert_eq!(calls.get(), 2);
/// let err = vm.run("host.parse('x')").unwrap_err();
/// assert!(err.to_string().ends_with("ValueError: invalid digit found in string\n"));
/// ```
pub struct Module {
    /// The name scripts import.
    name: String,
    /// The module's names, in order, with what makes their values.
    items: Vec<(String, Maker)>,
}

impl Module {
    /// An empty module named `name`.
    pub fn new(name: impl Into<String>) -> Module {
        Module { name: name.into(), items: Vec::new() }
    }

    /// The module's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Adds a native function (any `Fn` of 0 to 6 converted arguments).
    pub fn function<Args, F: Function<Args>>(mut self, name: &str, f: F) -> Module {
        let owned = name.to_string();
        self.items.push((owned.clone(), Box::new(move || Ok(make_sync(&owned, f)))));
        self
    }

    /// Adds a native async function: calling it starts the Rust future and
    /// returns an `asyncio.Future` that scripts `await` (or pass to
    /// `asyncio.gather`, `wait_for`...). The event loop polls the future
    /// when its waker fires (from any thread) and runs other tasks
    /// meanwhile. Cancelling the asyncio Future drops the Rust future.
    ///
    /// ```
    /// let host = coro::Module::new("host").async_function("later", |x: i64| async move { x + 1 });
    /// let vm = coro::Vm::builder().module(host).build().unwrap();
    /// vm.run("import host\nasync def main():\n    return await host.later(1)").unwrap();
    /// assert_eq!(vm.call::<i64>("main", ()).unwrap(), 2);
    /// ```
    pub fn async_function<Args, F: AsyncFunction<Args>>(mut self, name: &str, f: F) -> Module {
        let owned = name.to_string();
        self.items.push((owned.clone(), Box::new(move || Ok(make_async(&owned, f)))));
        self
    }

    /// Adds a constant.
    pub fn constant<T: ToValue + 'static>(mut self, name: &str, value: T) -> Module {
        self.items.push((name.to_string(), Box::new(move || value.to_value())));
        self
    }

    /// Makes the module object and registers it for import.
    pub(crate) fn install(self) -> Result<(), Error> {
        let m = new_module(&self.name, "", &[]);
        vm().modules.borrow_mut().insert(self.name.clone(), m);
        for (name, make) in self.items {
            let v = make()?;
            set_global(m, &name, v);
        }
        Ok(())
    }
}
