//! `Builder`: how a VM is set up before it runs anything.

use std::time::Duration;

use crate::runtime::capabilities::Capabilities;
use crate::runtime::limits::Limits;

use super::{Error, Module, Vm};

/// Configures a [`Vm`]: what it may reach outside itself, its execution
/// limits, and its host modules.
///
/// An embedded VM starts sandboxed: no filesystem (a script's
/// `import name` finds only builtin, stdlib, host and source modules, not
/// `name.py` on disk), no process (`input()`), no network. Grant them with
/// [`capabilities`](Builder::capabilities); the `coro` command grants all.
///
/// ```
/// use coro::{Capabilities, Vm};
/// use std::time::Duration;
///
/// let vm = Vm::builder()
///     .capabilities(Capabilities::FILESYSTEM)
///     .fuel(1_000_000)
///     .timeout(Duration::from_secs(5))
///     .heap_limit(64 << 20)
///     .build()
///     .unwrap();
/// vm.run("print(sum(range(10)))").unwrap();
/// ```
#[derive(Default)]
pub struct Builder {
    /// What scripts may reach.
    pub(crate) capabilities: Capabilities,
    /// Execution limits per call from the host.
    pub(crate) limits: Limits,
    /// Host modules to install.
    pub(crate) modules: Vec<Module>,
    /// Modules given as source text, by name.
    pub(crate) sources: Vec<(String, String)>,
    /// `sys.argv`.
    pub(crate) argv: Vec<String>,
    /// Compile only on the VM's thread (no compiler thread).
    pub(crate) single_threaded: bool,
}

impl Builder {
    /// A builder with no capabilities, no limits and no modules.
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Grants `capabilities` (replacing the set granted so far).
    pub fn capabilities(mut self, capabilities: Capabilities) -> Builder {
        self.capabilities = capabilities;
        self
    }

    /// Ends any call from the host after `fuel` units of work (one per
    /// function call and per loop iteration) with [`Error::Limit`].
    pub fn fuel(mut self, fuel: u64) -> Builder {
        self.limits.fuel = Some(fuel);
        self
    }

    /// Ends any call from the host that runs longer than `timeout` (waits
    /// of the event loop included) with [`Error::Limit`].
    pub fn timeout(mut self, timeout: Duration) -> Builder {
        self.limits.timeout = Some(timeout);
        self
    }

    /// Ends a script whose collected heap keeps more than `bytes` live
    /// with [`Error::Limit`] (checked after each collection; memory that
    /// objects own outside the collected heap, like a list's item array, is
    /// not counted).
    pub fn heap_limit(mut self, bytes: usize) -> Builder {
        self.limits.heap_bytes = Some(bytes);
        self
    }

    /// Adds a host module.
    pub fn module(mut self, module: Module) -> Builder {
        self.modules.push(module);
        self
    }

    /// Adds a module written in the language, importable as `name`
    /// without filesystem access.
    pub fn source_module(mut self, name: &str, source: &str) -> Builder {
        self.sources.push((name.to_string(), source.to_string()));
        self
    }

    /// Sets `sys.argv`.
    pub fn argv(mut self, argv: Vec<String>) -> Builder {
        self.argv = argv;
        self
    }

    /// Whether code may be compiled on a second thread (the default): a
    /// script's functions ahead of their first call, and hot library code
    /// again optimized, while the VM runs on. With `false` every compile
    /// happens on the VM's thread, and the VM starts no thread.
    pub fn compiler_thread(mut self, on: bool) -> Builder {
        self.single_threaded = !on;
        self
    }

    /// Starts the VM on this thread.
    pub fn build(self) -> Result<Vm, Error> {
        Vm::start(self)
    }
}
