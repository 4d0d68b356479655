//! A minimal `signal` module: the signal numbers, for `send_signal` and
//! for comparing a killed child's returncode. Handlers are not supported.

use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::int;
use crate::runtime::value::Value;

/// Creates the `signal` module.
pub fn create() -> Value {
    let m = new_module("signal", "", &[]);
    let numbers: &[(&str, i32)] = &[
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
    ];
    for &(name, n) in numbers {
        set_global(m, name, int(n as i64));
    }
    m
}
