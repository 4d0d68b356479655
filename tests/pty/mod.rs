//! A small pseudo-terminal driver for the REPL tests: runs a program with a
//! pty as its controlling terminal, types into it, and waits (never for
//! long: every wait has a deadline, and the child is killed on drop) for
//! text to appear. Escape sequences and carriage returns are removed from
//! what is read, so tests match plain text.

#![allow(dead_code)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A program running on a pseudo-terminal.
pub struct Pty {
    /// The child process.
    child: Child,
    /// The master side of the terminal.
    master: File,
    /// Everything read so far, cleaned.
    pub text: String,
    /// How much of `text` earlier expectations consumed.
    pub seen: usize,
    /// Bytes of an escape sequence split across reads.
    pending: Vec<u8>,
}

/// How long any single expectation may wait.
pub const TIMEOUT: Duration = Duration::from_secs(15);

impl Pty {
    /// Starts `program args` with `env` added, on a fresh terminal.
    pub fn spawn(program: &str, args: &[&str], env: &[(&str, &str)]) -> Pty {
        let (mut master, mut slave) = (0, 0);
        let size = libc::winsize { ws_row: 40, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0 };
        // SAFETY: openpty fills two descriptors.
        let r = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(r, 0, "openpty failed");
        // SAFETY: the descriptors were just opened and are owned here.
        let (master, slave) = unsafe { (File::from_raw_fd(master), File::from_raw_fd(slave)) };
        let mut cmd = Command::new(program);
        cmd.args(args)
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        for (k, v) in env {
            cmd.env(k, v);
        }
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                libc::setsid();
                libc::ioctl(0, libc::TIOCSCTTY as _, 0);
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn on a pty");
        // SAFETY: fcntl on our descriptor.
        unsafe {
            let fd = master.as_raw_fd();
            libc::fcntl(fd, libc::F_SETFL, libc::fcntl(fd, libc::F_GETFL) | libc::O_NONBLOCK);
        }
        Pty { child, master, text: String::new(), seen: 0, pending: Vec::new() }
    }

    /// Reads what is available, waiting at most `wait`; false at end of output.
    fn pump(&mut self, wait: Duration) -> bool {
        let mut fds = libc::pollfd { fd: self.master.as_raw_fd(), events: libc::POLLIN, revents: 0 };
        // SAFETY: one valid pollfd.
        let n = unsafe { libc::poll(&mut fds, 1, wait.as_millis() as i32) };
        if n <= 0 {
            return true;
        }
        let mut buf = [0u8; 4096];
        match self.master.read(&mut buf) {
            Ok(0) => false,
            Ok(k) => {
                self.pending.extend_from_slice(&buf[..k]);
                self.clean();
                true
            }
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => true,
            Err(_) => false,
        }
    }

    /// Moves `pending` into `text` without escape sequences and `\r`.
    fn clean(&mut self) {
        let bytes = std::mem::take(&mut self.pending);
        let mut i = 0;
        let mut out = Vec::new();
        while i < bytes.len() {
            match bytes[i] {
                0x1b => {
                    // CSI: ESC [ params final; other escapes: two bytes.
                    if i + 1 >= bytes.len() {
                        self.pending = bytes[i..].to_vec();
                        break;
                    }
                    if bytes[i + 1] == b'[' {
                        let mut j = i + 2;
                        while j < bytes.len() && !(0x40..=0x7e).contains(&bytes[j]) {
                            j += 1;
                        }
                        if j >= bytes.len() {
                            self.pending = bytes[i..].to_vec();
                            break;
                        }
                        i = j + 1;
                    } else {
                        i += 2;
                    }
                }
                b'\r' => i += 1,
                b => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        self.text.push_str(&String::from_utf8_lossy(&out));
    }

    /// Waits until `needle` appears after what was already seen; returns the
    /// text up to and including it. Panics with the transcript on timeout.
    pub fn expect(&mut self, needle: &str) -> String {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(at) = self.text[self.seen..].find(needle) {
                let end = self.seen + at + needle.len();
                let got = self.text[self.seen..end].to_string();
                self.seen = end;
                return got;
            }
            if Instant::now() > deadline || !self.pump(Duration::from_millis(50)) {
                // One last look at what arrived.
                if let Some(at) = self.text[self.seen..].find(needle) {
                    let end = self.seen + at + needle.len();
                    let got = self.text[self.seen..end].to_string();
                    self.seen = end;
                    return got;
                }
                panic!("expected {needle:?}; the terminal showed:\n{}", self.text);
            }
        }
    }

    /// Reads for `wait` and returns what arrived after what was seen.
    pub fn settle(&mut self, wait: Duration) -> String {
        let deadline = Instant::now() + wait;
        while Instant::now() < deadline {
            if !self.pump(Duration::from_millis(20)) {
                break;
            }
        }
        let got = self.text[self.seen..].to_string();
        self.seen = self.text.len();
        got
    }

    /// Types `text`.
    pub fn send(&mut self, text: &str) {
        self.master.write_all(text.as_bytes()).expect("write to the pty");
    }

    /// Types `line` and Enter.
    pub fn line(&mut self, line: &str) {
        self.send(line);
        self.send("\r");
    }

    /// Types `line`, then returns what it printed up to the next prompt
    /// (`>>> ` or `... `), without the echo of the line itself.
    pub fn enter(&mut self, line: &str) -> String {
        self.line(line);
        let echo = self.expect("\n");
        assert!(echo.contains(line.trim_end()), "expected the echo of {line:?}, got {echo:?}");
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let rest = &self.text[self.seen..];
            for prompt in [">>> ", "... "] {
                if rest.ends_with(prompt) {
                    let got = rest[..rest.len() - prompt.len()].to_string();
                    self.seen = self.text.len();
                    return got;
                }
            }
            if Instant::now() > deadline || !self.pump(Duration::from_millis(50)) {
                panic!("no prompt after {line:?}; the terminal showed:\n{}", self.text);
            }
        }
    }

    /// Waits for the process to end; its exit status.
    pub fn wait(&mut self) -> Option<i32> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            self.pump(Duration::from_millis(20));
            if let Ok(Some(status)) = self.child.try_wait() {
                self.settle(Duration::from_millis(50));
                return status.code();
            }
            if Instant::now() > deadline {
                panic!("the process did not end; the terminal showed:\n{}", self.text);
            }
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
