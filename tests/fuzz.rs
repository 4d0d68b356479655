//! Property tests: whatever it is given, the front end (decode, lex, layout,
//! parse, f-strings, resolve, and rendering of the diagnostic) returns an
//! answer: it never panics and never hangs.
//!
//! Three sources of input: random bytes; random sequences of Python tokens
//! and fragments; and random mutations of a valid program. Each case runs
//! on its own thread under a time limit, so a hang fails the test (with the
//! input) instead of blocking the suite. Case counts keep each property to a
//! few seconds in a debug build; raise them with `FUZZ_CASES=N` for a longer
//! hunt.

use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use coro::compile::resolve::resolve;
use coro::syntax::ast::{Module, Span, Stmt};
use coro::syntax::{decode, parse};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::Config;

/// How long one case may take in a debug build before it counts as a hang.
const TIME_LIMIT: Duration = Duration::from_secs(10);

fn config(default_cases: u32) -> Config {
    let cases = std::env::var("FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default_cases);
    // No regression files are written into the source tree.
    Config { cases, failure_persistence: None, ..Config::default() }
}

/// Checks that a span lies within the text it points into.
fn check_span(span: Span, text: &str, what: &str) {
    assert!(
        span.start <= span.end && span.end as usize <= text.len(),
        "{what} span {span:?} lies outside the {}-byte source",
        text.len()
    );
}

fn check_stmt_spans(stmts: &[Stmt], text: &str) {
    for s in stmts {
        check_span(s.span, text, "statement");
    }
}

/// Runs the whole front end on a file's bytes, rendering any error.
fn front_end(bytes: &[u8]) {
    let text = match decode("fuzz.py", bytes) {
        Ok(text) => text,
        Err((error, shown)) => {
            let rendered = error.render("fuzz.py", &shown);
            assert!(rendered.contains("SyntaxError"), "{rendered}");
            return;
        }
    };
    match parse(&text) {
        Ok(module) => {
            check_stmt_spans(&module.body, &text);
            if let Err(error) = resolve(&module) {
                check_span(error.span, &text, "resolve error");
                let rendered = error.render("fuzz.py", &text);
                assert!(rendered.contains(&error.message), "{rendered}");
            }
            drop::<Module>(module);
        }
        Err(error) => {
            check_span(error.span, &text, "syntax error");
            let rendered = error.render("fuzz.py", &text);
            assert!(rendered.contains(&error.message), "{rendered}");
        }
    }
}

/// Runs `front_end` on its own thread; fails with the input if it panics or
/// takes longer than `TIME_LIMIT`.
fn within_limits(bytes: Vec<u8>) {
    let (done, finished) = mpsc::channel();
    let input = bytes.clone();
    let worker = thread::Builder::new()
        .name("front end".into())
        .stack_size(16 << 20)
        .spawn(move || {
            front_end(&input);
            let _ = done.send(());
        })
        .expect("a thread can be started");
    match finished.recv_timeout(TIME_LIMIT) {
        Ok(()) => worker.join().expect("the worker finished"),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            panic!("the front end panicked on {:?}", String::from_utf8_lossy(&bytes))
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("the front end took over {TIME_LIMIT:?} on {:?}", String::from_utf8_lossy(&bytes))
        }
    }
}

// ---------------------------------------------------------------- (a) bytes

/// Bytes weighted towards the ones that matter to a Python lexer.
fn interesting_byte() -> impl Strategy<Value = u8> {
    prop_oneof![
        3 => any::<u8>(),
        3 => select(b" \t\n\r\x0c\\'\"#{}()[]:;,.=+-*/%<>!&|^~@0123456789_abcfrxjeEFRBUN".to_vec()),
        1 => select(vec![0x00, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xef, 0xbb, 0xbf, 0xf0, 0x9f, 0xff]),
    ]
}

proptest! {
    #![proptest_config(config(2000))]

    #[test]
    fn random_bytes(bytes in proptest::collection::vec(interesting_byte(), 0..200)) {
        within_limits(bytes);
    }

    #[test]
    fn random_utf8_text(text in "\\PC{0,120}") {
        within_limits(text.into_bytes());
    }
}

// ---------------------------------------------------------------- (b) tokens

/// Python tokens and fragments, valid and not.
const VOCABULARY: &[&str] = &[
    // keywords
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
    "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
    "yield", "print", "match", "__future__", "__debug__", "__class__",
    // operators and delimiters
    "+", "-", "*", "**", "/", "//", "%", "@", "<<", ">>", "&", "|", "^", "~", ":=", "<", ">", "<=",
    ">=", "==", "!=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=", "->", "+=", "-=", "*=",
    "/=", "//=", "%=", "@=", "&=", "|=", "^=", ">>=", "<<=", "**=", "...", "!", "$", "?", "`",
    // names and numbers
    "x", "y", "f", "_", "é", "x1", "0", "1", "42", "007", "0x1F", "0o17", "0b101", "1_000", "1_",
    "0x", "1.5", ".5", "1e10", "1e", "3j", "123456789012345678901234567890", "0o8", "1__0",
    // strings
    "'a'", "\"b\"", "'''c'''", "\"\"\"d\"\"\"", "r'\\d'", "b'x'", "rb'\\x'", "u's'", "'\\N{BULLET}'",
    "'\\x4'", "'\\u12'", "'\\777'", "b'é'", "'", "\"", "'''", "\"\"\"", "'unterminated",
    // f-strings, with and without trouble
    "f'{x}'", "f'{x!r}'", "f'{x=}'", "f'{x:>{w}}'", "f'{{'", "f'}}'", "f'{'", "f'}'", "f'{}'",
    "f'{x!z}'", "f'{x:{y:{z}}}'", "f\"{'a'}\"", "f'{\\n}'", "f'{#}'", "f'{*x}'", "rf'{x}\\n'",
    "f'''{\nx}'''", "f'{x[}'", "f'{)}'", "f'{yield}'", "f'{await x}'", "f'{lambda: 1}'",
    // layout
    "\n", "\n", "\n", "    ", "    ", "\t", "  ", "\\\n", "\\", "#", "# comment\n", "\r\n", "\x0c",
    "\0", "\u{feff}",
    // larger fragments
    "def f(a, /, b=1, *c, d, **e):\n    ", "class C(B, metaclass=M):\n    ", "if x:\n    ",
    "else:\n    ", "try:\n    ", "except* E as e:\n    ", "finally:\n    ", "async def g():\n    ",
    "async for i in y:\n        ", "async with a as b:\n        ", "for i in range(3):\n    ",
    "while True:\n    ", "with a as (b, c):\n    ", "@decorator\n", "[i for i in x if i]",
    "{k: v for k, v in d}", "(i async for i in x)", "lambda *a, **k: 0", "global x\n",
    "nonlocal x\n", "from . import *\n", "import a.b as c\n", "return\n", "yield from x\n",
    "*a, b = c\n", "del a[0], b.c\n", "x: int = 1\n",
];

fn token_source() -> impl Strategy<Value = String> {
    proptest::collection::vec((select(VOCABULARY), select(vec!["", " ", " ", "\n"])), 0..60).prop_map(|parts| {
        let mut s = String::new();
        for (token, sep) in parts {
            s.push_str(token);
            s.push_str(sep);
        }
        s
    })
}

proptest! {
    #![proptest_config(config(3000))]

    #[test]
    fn random_token_sequences(source in token_source()) {
        within_limits(source.into_bytes());
    }
}

// ---------------------------------------------------------------- (c) mutations

/// A valid program touching most of the grammar; mutations start from it.
const PROGRAM: &str = r#"import asyncio
from collections import deque as dq, OrderedDict

CONSTANT = 0x_FF + 0o7 + 0b1 + 1_000 + 1.5e-3
text = 'a' "b" r'\d' + b'\x00'.decode() + """triple
quoted"""
message = f"{CONSTANT!r:>{10}} {text=} {{literal}}"


@decorator(1, key="v")
class Widget(Base, metaclass=Meta):
    count: int = 0

    def __init__(self, name, /, size=1, *args, flag=False, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.name, self.size = name, size
        Widget.count += 1

    @property
    def area(self):
        return self.size ** -2 if self.size else -1


def generator(n):
    total = 0
    for i in range(n):
        if i % 2 == 0 and not i in (1, 2):
            continue
        elif i > 10:
            break
        else:
            total += yield i
    x = yield from other()
    return [j for j in x if j] + [*total]


async def main(urls):
    async with session() as s, lock:
        async for chunk in s.stream():
            results[chunk.key] = await chunk.read()
    data = {k: v async for k, v in aiter() if await check(k)}
    try:
        await asyncio.gather(*tasks, return_exceptions=True)
    except* ValueError as eg:
        log(eg)
    finally:
        del data


def closure():
    counter = 0
    def inc(step=1):
        nonlocal counter
        counter += step
        return lambda: counter
    global G
    G = inc
    return inc


while (line := read()) is not None:
    matrix[i][j:k] = line[::-1]
    a, *rest = b = line.split(), \
        None
    assert a, "message"
    raise ValueError("bad") from None
"#;

/// Characters inserted by mutations.
const INSERTS: &[char] = &[
    ' ', ' ', '\t', '\n', '\n', '\\', '\'', '"', '#', '{', '}', '(', ')', '[', ']', ':', ',', '.', '=', '*', '@',
    '!', 'f', 'r', 'b', 'x', '0', '_', 'é', '\0', '\x0c', '\r',
];

#[derive(Clone, Debug)]
enum Edit {
    /// Deletes the character at the index.
    Delete(Index),
    /// Inserts a character before the index.
    Insert(Index, char),
    /// Duplicates up to 20 characters starting at the index.
    Duplicate(Index, usize),
    /// Swaps two characters.
    Swap(Index, Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<Index>().prop_map(Edit::Delete),
        (any::<Index>(), select(INSERTS)).prop_map(|(i, c)| Edit::Insert(i, c)),
        (any::<Index>(), 1..20usize).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        (any::<Index>(), any::<Index>()).prop_map(|(i, j)| Edit::Swap(i, j)),
    ]
}

fn mutate(edits: &[Edit]) -> String {
    let mut chars: Vec<char> = PROGRAM.chars().collect();
    for e in edits {
        let len = chars.len().max(1);
        match e {
            Edit::Delete(i) => {
                if !chars.is_empty() {
                    chars.remove(i.index(len));
                }
            }
            Edit::Insert(i, c) => chars.insert(i.index(len + 1).min(chars.len()), *c),
            Edit::Duplicate(i, n) => {
                let at = i.index(len).min(chars.len());
                let end = (at + n).min(chars.len());
                let copy: Vec<char> = chars[at..end].to_vec();
                chars.splice(at..at, copy);
            }
            Edit::Swap(i, j) => {
                if !chars.is_empty() {
                    chars.swap(i.index(len), j.index(len));
                }
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn the_unmutated_program_is_valid() {
    let module = parse(PROGRAM).unwrap_or_else(|e| panic!("{}", e.render("program.py", PROGRAM)));
    resolve(&module).unwrap_or_else(|e| panic!("{}", e.render("program.py", PROGRAM)));
}

proptest! {
    #![proptest_config(config(1500))]

    #[test]
    fn mutated_programs(edits in proptest::collection::vec(edit(), 1..8)) {
        within_limits(mutate(&edits).into_bytes());
    }
}
