//! Checks against CPython 3.11: the generated `test_cases` (every result
//! rendered as Python's `repr`, or `Error: message`), plus what the generator
//! cannot express (lookup closures, borrowing, clamped arguments).

use std::collections::HashMap;

use super::test_cases::CASES;
use super::*;
use crate::runtime::raise::Raise;

/// An argument of a generated case, as Python would pass it.
#[derive(Clone, Copy, Debug)]
pub(super) enum Arg {
    /// A str.
    S(&'static str),
    /// An int.
    I(i64),
    /// `None`.
    N,
    /// A bool.
    B(bool),
}

/// The arguments of one case, read with Python's defaults where one is missing.
struct Args<'a>(&'a [Arg]);

impl Args<'_> {
    /// Argument `k`, a str.
    fn str(&self, k: usize) -> &'static str {
        match self.0[k] {
            Arg::S(text) => text,
            other => panic!("argument {k} is {other:?}, not a str"),
        }
    }

    /// Argument `k`, a str or `None` (missing: `None`).
    fn opt_str(&self, k: usize) -> Option<&'static str> {
        match self.0.get(k) {
            None | Some(Arg::N) => None,
            Some(_) => Some(self.str(k)),
        }
    }

    /// Argument `k`, an int.
    fn int(&self, k: usize) -> i64 {
        match self.0[k] {
            Arg::I(value) => value,
            other => panic!("argument {k} is {other:?}, not an int"),
        }
    }

    /// Argument `k`, an int or `None` (missing: `None`).
    fn opt_int(&self, k: usize) -> Option<i64> {
        match self.0.get(k) {
            None | Some(Arg::N) => None,
            Some(_) => Some(self.int(k)),
        }
    }

    /// Argument `k`, an int, or `default` when missing or `None`.
    fn int_or(&self, k: usize, default: i64) -> i64 {
        self.opt_int(k).unwrap_or(default)
    }

    /// Argument `k`, a bool, or `default` when missing.
    fn bool_or(&self, k: usize, default: bool) -> bool {
        match self.0.get(k) {
            None => default,
            Some(Arg::B(value)) => *value,
            Some(other) => panic!("argument {k} is {other:?}, not a bool"),
        }
    }

    /// Argument `k`, a str of exactly one character.
    fn char(&self, k: usize) -> char {
        let text = self.str(k);
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => c,
            _ => panic!("argument {k} is {text:?}, not one character"),
        }
    }
}

/// Python's `repr` of a bool.
fn py_bool(value: bool) -> String {
    if value { "True" } else { "False" }.to_string()
}

/// Python's `repr` of a list of strs.
fn py_list(items: &[&str]) -> String {
    let items: Vec<String> = items.iter().map(|item| repr_str(item)).collect();
    format!("[{}]", items.join(", "))
}

/// Python's `repr` of a tuple of strs (two or more).
fn py_tuple(items: &[&str]) -> String {
    let items: Vec<String> = items.iter().map(|item| repr_str(item)).collect();
    format!("({})", items.join(", "))
}

/// `Ok` rendered by `show`, or an error as `Kind: message`.
fn rendered<T>(result: Result<T, Raise>, show: impl FnOnce(T) -> String) -> String {
    match result {
        Ok(value) => show(value),
        Err(error) => format!("{:?}: {}", error.kind, error.message),
    }
}

/// `s.translate(str.maketrans(from, to, delete))` through the closure interface.
fn translate_with_maketrans(s: &str, from: &str, to: &str, delete: &str) -> Result<String, Raise> {
    let table: HashMap<u32, Option<u32>> = maketrans(from, to, delete)?.into_iter().collect();
    translate(s, |cp| {
        Ok(table.get(&cp).map(|mapped| match mapped {
            Some(ordinal) => TranslateTo::Ordinal(i64::from(*ordinal)),
            None => TranslateTo::Delete,
        }))
    })
}

/// Runs one generated case and renders its result as CPython's `repr`.
fn run(method: &str, args: &[Arg]) -> String {
    let a = Args(args);
    let s = || a.str(0);
    match method {
        "lower" => repr_str(&lower(s())),
        "upper" => repr_str(&upper(s())),
        "casefold" => repr_str(&casefold(s())),
        "capitalize" => repr_str(&capitalize(s())),
        "title" => repr_str(&title(s())),
        "swapcase" => repr_str(&swapcase(s())),
        "repr" => repr_str(&repr_str(s())),
        "ascii" => repr_str(&ascii_repr(s())),
        "isalnum" => py_bool(isalnum(s())),
        "isalpha" => py_bool(isalpha(s())),
        "isascii" => py_bool(isascii(s())),
        "isdecimal" => py_bool(isdecimal(s())),
        "isdigit" => py_bool(isdigit(s())),
        "isidentifier" => py_bool(isidentifier(s())),
        "islower" => py_bool(islower(s())),
        "isnumeric" => py_bool(isnumeric(s())),
        "isprintable" => py_bool(isprintable(s())),
        "isspace" => py_bool(isspace(s())),
        "istitle" => py_bool(istitle(s())),
        "isupper" => py_bool(isupper(s())),
        "find" => find(Text::of(s()), a.str(1), a.opt_int(2), a.opt_int(3)).to_string(),
        "rfind" => rfind(Text::of(s()), a.str(1), a.opt_int(2), a.opt_int(3)).to_string(),
        "index" => rendered(
            index(Text::of(s()), a.str(1), a.opt_int(2), a.opt_int(3)),
            |at| at.to_string(),
        ),
        "rindex" => rendered(
            rindex(Text::of(s()), a.str(1), a.opt_int(2), a.opt_int(3)),
            |at| at.to_string(),
        ),
        "count" => count(Text::of(s()), a.str(1), a.opt_int(2), a.opt_int(3)).to_string(),
        "startswith" => py_bool(startswith(
            Text::of(s()),
            a.str(1),
            a.opt_int(2),
            a.opt_int(3),
        )),
        "endswith" => py_bool(endswith(
            Text::of(s()),
            a.str(1),
            a.opt_int(2),
            a.opt_int(3),
        )),
        "contains" => py_bool(contains(s(), a.str(1))),
        "compare" => (compare(s(), a.str(1)) as i8).to_string(),
        "replace" => rendered(replace(s(), a.str(1), a.str(2), a.int_or(3, -1)), |r| {
            repr_str(&r)
        }),
        "split" => rendered(split(s(), a.opt_str(1), a.int_or(2, -1)), |parts| {
            py_list(&parts)
        }),
        "rsplit" => rendered(rsplit(s(), a.opt_str(1), a.int_or(2, -1)), |parts| {
            py_list(&parts)
        }),
        "splitlines" => py_list(&splitlines(s(), a.bool_or(1, false))),
        "partition" => rendered(partition(s(), a.str(1)), |(x, y, z)| py_tuple(&[x, y, z])),
        "rpartition" => rendered(rpartition(s(), a.str(1)), |(x, y, z)| py_tuple(&[x, y, z])),
        "strip" => repr_str(strip(s(), a.opt_str(1))),
        "lstrip" => repr_str(lstrip(s(), a.opt_str(1))),
        "rstrip" => repr_str(rstrip(s(), a.opt_str(1))),
        "removeprefix" => repr_str(removeprefix(s(), a.str(1))),
        "removesuffix" => repr_str(removesuffix(s(), a.str(1))),
        "center" => rendered(center(s(), a.int(1), a.char(2)), |r| repr_str(&r)),
        "ljust" => rendered(ljust(s(), a.int(1), a.char(2)), |r| repr_str(&r)),
        "rjust" => rendered(rjust(s(), a.int(1), a.char(2)), |r| repr_str(&r)),
        "zfill" => rendered(zfill(s(), a.int(1)), |r| repr_str(&r)),
        "expandtabs" => rendered(expandtabs(s(), a.int_or(1, 8)), |r| repr_str(&r)),
        "mul" => rendered(repeat(s(), a.int(1)), |r| repr_str(&r)),
        "getitem" => rendered(char_at(Text::of(s()), a.int(1)), |c| {
            repr_str(&c.to_string())
        }),
        "slice" => rendered(
            slice(Text::of(s()), a.opt_int(1), a.opt_int(2), a.opt_int(3)),
            |r| repr_str(&r),
        ),
        "normalize_slice" => {
            let len = usize::try_from(a.int(0)).expect("a length");
            rendered(
                normalize_slice(len, a.opt_int(1), a.opt_int(2), a.opt_int(3)),
                |(x, y, z, n)| format!("({x}, {y}, {z}, {n})"),
            )
        }
        "join" => {
            let pieces: Vec<&str> = (1..args.len()).map(|k| a.str(k)).collect();
            repr_str(&join(s(), &pieces))
        }
        "translate" => rendered(
            translate_with_maketrans(s(), a.str(1), a.str(2), a.str(3)),
            |r| repr_str(&r),
        ),
        other => panic!("no harness for {other}"),
    }
}

#[test]
fn generated_cases_match_cpython() {
    let mut failures = Vec::new();
    for (method, args, expected) in CASES {
        let got = run(method, args);
        if got != *expected {
            failures.push(format!("{method}{args:?}: got {got}, CPython {expected}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        CASES.len(),
        failures.join("\n")
    );
}

#[test]
fn translate_lookup_semantics() {
    let lookup = |cp: u32| {
        Ok(match char::from_u32(cp) {
            Some('a') => Some(TranslateTo::Text("AA".to_string())),
            Some('b') => Some(TranslateTo::Delete),
            Some('c') => Some(TranslateTo::Ordinal(0x3a3)),
            _ => None,
        })
    };
    assert_eq!(translate("abcd\u{e9}", lookup).unwrap(), "AA\u{3a3}d\u{e9}");
    for bad in [-1, 0x110000] {
        let error = translate("x", |_| Ok(Some(TranslateTo::Ordinal(bad)))).unwrap_err();
        assert_eq!(
            error.message,
            "character mapping must be in range(0x110000)"
        );
    }
    let error = translate("xy", |cp| {
        if cp == u32::from('y') {
            Err(Raise::new(ExcKind::KeyError, "boom"))
        } else {
            Ok(None)
        }
    });
    assert_eq!(error.unwrap_err().kind, ExcKind::KeyError);
}

#[test]
fn borrowed_results_are_pieces_of_the_receiver() {
    let text = "  h\u{e9}llo  ";
    let stripped = strip(text, None);
    assert!(std::ptr::eq(stripped, &text[2..text.len() - 2]));
    assert!(matches!(
        slice(Text::of(text), Some(2), Some(4), None).unwrap(),
        std::borrow::Cow::Borrowed("h\u{e9}")
    ));
}

#[test]
fn extreme_steps_are_clamped_like_cpython() {
    assert_eq!(
        normalize_slice(5, None, None, Some(i64::MIN)).unwrap(),
        (4, -1, -i64::MAX, 1)
    );
    assert_eq!(slice(Text::of("abc"), None, None, Some(i64::MIN)).unwrap(), "c");
    assert_eq!(
        slice(Text::of("\u{e9}bc"), Some(i64::MAX), Some(i64::MIN), Some(-1)).unwrap(),
        "cb\u{e9}"
    );
}

#[test]
fn char_at_indexes_from_either_end() {
    let text = "\u{1f600}a\u{e9}b\u{3a3}";
    let t = Text::of(text);
    let all: Vec<char> = (0..t.len as i64)
        .map(|k| char_at(t, k).unwrap())
        .collect();
    assert_eq!(all, text.chars().collect::<Vec<_>>());
    assert_eq!(char_at(t, -5).unwrap(), '\u{1f600}');
    assert_eq!(
        char_at(t, 5).unwrap_err().message,
        "string index out of range"
    );
}

#[test]
fn long_text_indexing_matches_a_char_vector() {
    long_text_indexing_matches(false);
    long_text_indexing_matches(true);
}

/// Indexing, slicing and searching a long text, walked or (`marked`) through its [`Marks`].
fn long_text_indexing_matches(marked: bool) {
    // Long enough to walk many blocks, with 1- to 4-byte characters.
    let text: String = (0..6000u32)
        .map(|k| match k % 7 {
            0 | 3 => 'a',
            1 => '\u{e9}',
            2 => '\u{3a3}',
            4 => '\u{1f600}',
            5 => char::from_u32(0x4e00 + k).unwrap(),
            _ => ' ',
        })
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let len = chars.len();
    let marks = Marks::of(&text).expect("a short text");
    let t = Text { s: &text, len, marks: marked.then_some(&marks) };
    let naive = |from: usize, to: usize| chars[from..to].iter().collect::<String>();
    for k in (0..len).step_by(37).chain([0, 1, len / 2, len - 1]) {
        assert_eq!(char_at(t, k as i64).unwrap(), chars[k]);
        assert_eq!(
            char_at(t, k as i64 - len as i64).unwrap(),
            chars[k]
        );
        for to in [k, k + 1, k + 600, len - 3, len] {
            if to >= k && to <= len {
                let got = slice(t, Some(k as i64), Some(to as i64), None).unwrap();
                assert_eq!(got, naive(k, to));
            }
        }
        let end = (k + 3).min(len);
        let sub: Vec<char> = chars[k..end].to_vec();
        let sub_text: String = sub.iter().collect();
        let first = (k..len).find(|&at| chars[at..].starts_with(&sub));
        let last = (0..=k).rev().find(|&at| chars[at..end].starts_with(&sub));
        assert_eq!(
            find(t, &sub_text, Some(k as i64), None),
            first.map_or(-1, |at| at as i64)
        );
        assert_eq!(
            rfind(t, &sub_text, None, Some(end as i64)),
            last.map_or(-1, |at| at as i64)
        );
    }
}
