//! The line reader: rustyline on a thread of its own, so that the VM thread
//! can keep running the event loop (tasks started by earlier inputs) while
//! the user types. The VM thread sends a prompt and later collects the line.
//! History is read from and appended to `~/.coro_history`; failing to do
//! either is not an error.

use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, Sender, TryRecvError};

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Config, Editor};

/// What the reader got for one prompt.
pub enum Line {
    /// A line, without its line end.
    Text(String),
    /// Ctrl-C: abandon the input.
    Interrupted,
    /// Ctrl-D, or the end of the input.
    Eof,
}

/// The VM thread's end of the reader.
pub struct Reader {
    /// Prompts to read a line with.
    prompts: Sender<String>,
    /// The lines read.
    lines: Receiver<Line>,
    /// True while a prompt was sent and its line has not come back.
    outstanding: std::cell::Cell<bool>,
    /// True when rustyline edits the line (a terminal it supports): it then
    /// ends the line itself on Ctrl-C and Ctrl-D.
    pub edits: bool,
}

/// `~/.coro_history`, if there is a home.
fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".coro_history"))
}

impl Reader {
    /// Starts the reader thread. It blocks SIGINT, so that Ctrl-C outside
    /// line editing reaches the VM thread.
    pub fn start() -> Reader {
        let (prompts, prompt_rx) = channel::<String>();
        let (line_tx, lines) = channel::<Line>();
        crate::runtime::interrupt::block_here(true);
        let spawned = std::thread::Builder::new().name("coro-reader".into()).spawn(move || read_lines(prompt_rx, line_tx));
        crate::runtime::interrupt::block_here(false);
        if spawned.is_err() {
            eprintln!("coro: cannot start the line reader");
        }
        let edits = std::io::IsTerminal::is_terminal(&std::io::stdin())
            && !matches!(std::env::var("TERM").as_deref(), Ok("dumb" | "cons25" | "emacs"));
        Reader { prompts, lines, outstanding: std::cell::Cell::new(false), edits }
    }

    /// Asks for a line read with `prompt`. If the last one asked for has not
    /// come (Ctrl-C abandoned it outside line editing), the reader is still
    /// at it: the prompt is only shown again.
    pub fn request(&self, prompt: &str) {
        if self.outstanding.replace(true) {
            print!("{prompt}");
            let _ = std::io::Write::flush(&mut std::io::stdout());
            return;
        }
        let _ = self.prompts.send(prompt.to_string());
    }

    /// The line asked for, if it has come.
    pub fn try_line(&self) -> Option<Line> {
        let line = match self.lines.try_recv() {
            Ok(line) => line,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Line::Eof,
        };
        self.outstanding.set(false);
        Some(line)
    }
}

/// The reader thread: one line per prompt received.
fn read_lines(prompts: Receiver<String>, lines: Sender<Line>) {
    let config = Config::builder().auto_add_history(false).build();
    let mut editor: Editor<(), FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(_) => {
            let _ = lines.send(Line::Eof);
            return;
        }
    };
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    while let Ok(prompt) = prompts.recv() {
        let line = match editor.readline(&prompt) {
            Ok(text) => {
                if !text.trim().is_empty() && editor.add_history_entry(text.as_str()).unwrap_or(false) {
                    if let Some(path) = &history {
                        let _ = editor.append_history(path);
                    }
                }
                Line::Text(text)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::Eof,
        };
        if lines.send(line).is_err() {
            break;
        }
    }
}
