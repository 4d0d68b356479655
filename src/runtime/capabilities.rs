//! What a VM may reach outside itself. The CLI grants everything; an
//! embedded VM (`coro::Vm`) starts with nothing, and its host grants what
//! it wants. The set is checked where a script would reach the outside
//! world: importing a `.py` file from disk, importing a module that does
//! I/O, and `input()`.

use std::cell::Cell;

/// A set of capabilities (a small bit set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Capabilities {
    /// One bit per capability.
    bits: u8,
}

impl Capabilities {
    /// No access outside the VM.
    pub const NONE: Capabilities = Capabilities { bits: 0 };
    /// Files: `import name` finds `name.py` next to the script; file modules.
    pub const FILESYSTEM: Capabilities = Capabilities { bits: 1 };
    /// The process: `input()` from standard input, process and signal modules.
    pub const PROCESS: Capabilities = Capabilities { bits: 2 };
    /// The network: socket modules.
    pub const NETWORK: Capabilities = Capabilities { bits: 4 };
    /// Everything (what the `coro` command grants).
    pub const ALL: Capabilities = Capabilities { bits: 7 };

    /// True when every capability of `other` is in `self`.
    pub const fn contains(self, other: Capabilities) -> bool {
        self.bits & other.bits == other.bits
    }

    /// The union of two sets.
    pub const fn union(self, other: Capabilities) -> Capabilities {
        Capabilities { bits: self.bits | other.bits }
    }

    /// The lowercase name of a single capability (for messages).
    pub fn name(self) -> &'static str {
        match self.bits {
            1 => "filesystem",
            2 => "process",
            4 => "network",
            0 => "none",
            _ => "several",
        }
    }
}

impl std::ops::BitOr for Capabilities {
    type Output = Capabilities;
    fn bitor(self, other: Capabilities) -> Capabilities {
        self.union(other)
    }
}

impl Default for Capabilities {
    /// `NONE`: the default of an embedded VM.
    fn default() -> Self {
        Capabilities::NONE
    }
}

thread_local! {
    /// The capabilities of this thread's VM.
    static GRANTED: Cell<Capabilities> = const { Cell::new(Capabilities::ALL) };
}

/// Sets the capabilities of this thread's VM.
pub fn set(caps: Capabilities) {
    GRANTED.with(|g| g.set(caps));
}

/// The capabilities of this thread's VM.
pub fn granted() -> Capabilities {
    GRANTED.with(|g| g.get())
}

/// The capability a module of that name needs, if it does I/O.
pub fn needed_by_module(name: &str) -> Option<Capabilities> {
    let top = name.split('.').next().unwrap_or(name);
    match top {
        "os" | "_coro_os" | "posixpath" | "pathlib" | "shutil" | "tempfile" | "glob" | "fileinput" => Some(Capabilities::FILESYSTEM),
        "subprocess" | "signal" | "multiprocessing" | "threading" | "_coro_process" => Some(Capabilities::PROCESS),
        "socket" | "ssl" | "select" | "selectors" | "http" | "urllib" | "ftplib" | "smtplib" => Some(Capabilities::NETWORK),
        _ => None,
    }
}

/// Raises the builtin exception `class` unless `cap` is granted; `what`
/// names the refused action.
pub fn require(cap: Capabilities, class: &str, what: &str) -> super::vm::PyResult<()> {
    if granted().contains(cap) {
        return Ok(());
    }
    super::vm::raise_named(class, format!("{what} needs the {} capability, which this VM does not have", cap.name()))
}
