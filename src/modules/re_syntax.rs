//! Translates a Python (`re`, 3.11) pattern into fancy-regex syntax,
//! following CPython's `sre_parse` so that errors carry its messages and
//! positions. Python semantics are spelled out explicitly in the output:
//! `$` becomes "end, or before a final newline", `^` and `.` follow the
//! MULTILINE and DOTALL scopes, `\Z` is the very end, `\w \d \s \b` follow
//! the ASCII flag, verbose whitespace and comments are dropped here, and
//! every punctuation literal is written as `\x{..}` so that no character
//! means something else to the engine. Only case folding is left to the
//! engine (as `(?i)` groups). Positions are in code points.

/// `re.IGNORECASE`.
pub const IGNORECASE: u32 = 2;
/// `re.LOCALE`.
pub const LOCALE: u32 = 4;
/// `re.MULTILINE`.
pub const MULTILINE: u32 = 8;
/// `re.DOTALL`.
pub const DOTALL: u32 = 16;
/// `re.UNICODE`.
pub const UNICODE: u32 = 32;
/// `re.VERBOSE`.
pub const VERBOSE: u32 = 64;
/// `re.ASCII`.
pub const ASCII: u32 = 256;

/// CPython's bound on repeat counts and group numbers.
const MAXREPEAT: usize = 4_294_967_295;

/// A pattern in the engine's syntax, with what the Pattern object reports.
pub struct Translated {
    /// The fancy-regex source.
    pub regex: String,
    /// The number of capturing groups.
    pub groups: usize,
    /// Named groups and their numbers, in order of definition.
    pub names: Vec<(String, usize)>,
    /// The pattern's flags, with inline global flags and UNICODE added.
    pub flags: u32,
    /// The enclosing group of each group (0: none), in group order.
    pub parents: Vec<usize>,
}

/// A `re.error` (or, with `value_error`, a ValueError).
pub struct PatternError {
    /// The message, without the position.
    pub msg: String,
    /// The position in code points, when there is one.
    pub pos: Option<usize>,
    /// Raised as ValueError (flag combinations) rather than re.error.
    pub value_error: bool,
    /// Raised as OverflowError (a repeat count too large).
    pub overflow: bool,
}

/// The flags in force in a part of the pattern (case folding is the engine's).
#[derive(Clone, Copy)]
struct Scope {
    /// Whitespace and `#` comments are ignored.
    verbose: bool,
    /// `^` and `$` match at lines.
    multiline: bool,
    /// `.` matches a newline.
    dotall: bool,
    /// `\w \d \s \b` are ASCII-only.
    ascii: bool,
}

/// A width range: at least `.0` code points, at most `.1` (None: unbounded).
type Width = (usize, Option<usize>);

/// What a parsed item is, for the repeat checks.
#[derive(Clone, Copy, PartialEq)]
enum ItemKind {
    /// An assertion of position (`^ $ \A \Z \b \B`): nothing to repeat.
    At,
    /// A repeated item: a second repeat is an error.
    Repeat,
    /// Anything else.
    Other,
}

/// The parser's state over one pattern.
struct Parser {
    /// The pattern's code points.
    p: Vec<char>,
    /// The next code point to read.
    i: usize,
    /// The global flags (the argument plus inline global ones).
    flags: u32,
    /// Capturing groups opened so far.
    groups: usize,
    /// Named groups and their numbers.
    names: Vec<(String, usize)>,
    /// Groups opened and not yet closed.
    open: Vec<usize>,
    /// The width of each closed group (index: group number).
    widths: Vec<Option<Width>>,
    /// Within a lookbehind: the number of groups opened before it.
    lookbehind_groups: Option<usize>,
    /// Groups conditionals test, with where: each must exist by the end.
    forward_refs: Vec<(usize, usize)>,
    /// The enclosing group of each group (0: none), in group order.
    parents: Vec<usize>,
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, PatternError> {
    Err(PatternError { msg: msg.into(), pos: Some(pos), value_error: false, overflow: false })
}

/// Appends the code point `c` so that the engine reads it literally.
pub fn push_literal(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() || !c.is_ascii() {
        out.push(c);
    } else {
        out.push_str(&format!("\\x{{{:x}}}", c as u32));
    }
}

fn add_width(a: Width, b: Width) -> Width {
    (a.0.saturating_add(b.0), match (a.1, b.1) {
        (Some(x), Some(y)) => Some(x.saturating_add(y)),
        _ => None,
    })
}

/// A class item: a code point, or a set written in engine syntax.
enum ClassItem {
    /// One code point.
    Char(char),
    /// Engine text for a set, usable inside brackets (`\d`, `0-9`, `[^...]`).
    Set(String),
}

/// ASCII word characters, in class syntax.
const ASCII_WORD: &str = "0-9A-Za-z_";
/// ASCII whitespace (`str.isspace` within ASCII), in class syntax.
const ASCII_SPACE: &str = "\\x{9}-\\x{d}\\x{20}";
/// Unicode whitespace as `str.isspace` has it, in class syntax.
const UNI_SPACE: &str = "\\s\\x{1c}-\\x{1f}";
/// Unicode word characters as `str.isalnum` (and `_`) have them, in class syntax.
const UNI_WORD: &str = "\\p{L}\\p{N}_";

impl Parser {
    fn peek(&self) -> Option<char> {
        self.p.get(self.i).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// `sre_parse`'s `getuntil`: a group name up to `end`.
    fn name_until(&mut self, end: char) -> Result<String, PatternError> {
        let start = self.i;
        let mut name = String::new();
        loop {
            match self.peek() {
                None if name.is_empty() => return err("missing group name", start),
                None => return err(format!("missing {end}, unterminated name"), start),
                Some(c) if c == end => {
                    if name.is_empty() {
                        return err("missing group name", start);
                    }
                    self.i += 1;
                    return Ok(name);
                }
                Some(c) => {
                    name.push(c);
                    self.i += 1;
                }
            }
        }
    }

    fn check_group_name(&self, name: &str) -> Result<(), PatternError> {
        if !is_identifier(name) {
            return err(format!("bad character in group name {}", py_repr(name)), self.i - name.chars().count() - 1);
        }
        Ok(())
    }

    /// Checks a reference to group `g` (an open group cannot be referred to).
    fn check_ref(&self, g: usize, pos: usize) -> Result<(), PatternError> {
        if self.open.contains(&g) {
            return err("cannot refer to an open group", pos);
        }
        if let Some(before) = self.lookbehind_groups {
            if g > before {
                return err("cannot refer to group defined in the same lookbehind subpattern", pos);
            }
        }
        Ok(())
    }

    /// An alternation up to `)` or the end.
    fn parse_sub(&mut self, out: &mut String, scope: &mut Scope, top: bool) -> Result<Width, PatternError> {
        let mut width = self.parse_seq(out, scope, top)?;
        while self.eat('|') {
            out.push('|');
            let w = self.parse_seq(out, scope, false)?;
            width = (width.0.min(w.0), match (width.1, w.1) {
                (Some(a), Some(b)) => Some(a.max(b)),
                _ => None,
            });
        }
        Ok(width)
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse_seq(&mut self, out: &mut String, scope: &mut Scope, first: bool) -> Result<Width, PatternError> {
        let mut width: Width = (0, Some(0));
        // The last item: its kind, where its text starts in `out`, its width.
        let mut last: Option<(ItemKind, usize, Width)> = None;
        let seq_start = out.len();
        loop {
            let Some(c) = self.peek() else { break };
            if c == '|' || c == ')' {
                break;
            }
            self.i += 1;
            if scope.verbose {
                if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if c == '#' {
                    while let Some(d) = self.peek() {
                        self.i += 1;
                        if d == '\n' {
                            break;
                        }
                    }
                    continue;
                }
            }
            let start = out.len();
            let item: (ItemKind, Width) = match c {
                '\\' => self.escape(out, scope)?,
                '[' => {
                    self.class(out, scope)?;
                    (ItemKind::Other, (1, Some(1)))
                }
                '.' => {
                    out.push_str(if scope.dotall { "(?s:.)" } else { "[^\\n]" });
                    (ItemKind::Other, (1, Some(1)))
                }
                '^' => {
                    out.push_str(if scope.multiline { "(?m:^)" } else { "\\A" });
                    (ItemKind::At, (0, Some(0)))
                }
                '$' => {
                    out.push_str(if scope.multiline { "(?m:$)" } else { "(?=\\n?\\z)" });
                    (ItemKind::At, (0, Some(0)))
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.i;
                    let (min, max) = match c {
                        '*' => (0, None),
                        '+' => (1, None),
                        '?' => (0, Some(1)),
                        _ => match self.brace_repeat()? {
                            Some(r) => r,
                            None => {
                                push_literal(out, '{');
                                width = add_width(width, (1, Some(1)));
                                last = Some((ItemKind::Other, start, (1, Some(1))));
                                continue;
                            }
                        },
                    };
                    let len = self.i - here + 1;
                    if let Some(m) = max {
                        if m < min {
                            return err("min repeat greater than max repeat", here);
                        }
                    }
                    match last {
                        None | Some((ItemKind::At, ..)) => return err("nothing to repeat", self.i - len),
                        Some((ItemKind::Repeat, ..)) => return err("multiple repeat", self.i - len),
                        _ => {}
                    }
                    let (_, item_start, item_width) = last.expect("checked");
                    match (min, max) {
                        (0, None) => out.push('*'),
                        (1, None) => out.push('+'),
                        (0, Some(1)) => out.push('?'),
                        (m, None) => out.push_str(&format!("{{{m},}}")),
                        (m, Some(n)) if m == n => out.push_str(&format!("{{{m}}}")),
                        (m, Some(n)) => out.push_str(&format!("{{{m},{n}}}")),
                    }
                    if self.eat('?') {
                        out.push('?');
                    } else if self.eat('+') {
                        out.push('+');
                    }
                    let w = (item_width.0.saturating_mul(min), match (item_width.1, max) {
                        (Some(0), _) => Some(0),
                        (Some(a), Some(b)) => Some(a.saturating_mul(b)),
                        _ => None,
                    });
                    // The sequence's width: that of everything before the item, plus w.
                    width = (width.0 - item_width.0, width.1.and_then(|x| item_width.1.map(|y| x - y)));
                    width = add_width(width, w);
                    last = Some((ItemKind::Repeat, item_start, w));
                    continue;
                }
                '(' => match self.group(out, scope, first && out.len() == seq_start && last.is_none())? {
                    Some(w) => (ItemKind::Other, w),
                    None => continue,
                },
                _ => {
                    push_literal(out, c);
                    (ItemKind::Other, (1, Some(1)))
                }
            };
            width = add_width(width, item.1);
            last = Some((item.0, start, item.1));
        }
        Ok(width)
    }

    /// After `{`: a repeat `{m}`, `{m,}`, `{,n}`, `{m,n}`, or None (and
    /// nothing read) when the brace is a literal.
    fn brace_repeat(&mut self) -> Result<Option<(usize, Option<usize>)>, PatternError> {
        let here = self.i;
        if self.peek() == Some('}') {
            return Ok(None);
        }
        let digits = |s: &mut Self| {
            let mut t = String::new();
            while let Some(d) = s.peek().filter(|d| d.is_ascii_digit()) {
                t.push(d);
                s.i += 1;
            }
            t
        };
        let lo = digits(self);
        let hi = if self.eat(',') { digits(self) } else { lo.clone() };
        if !self.eat('}') {
            self.i = here;
            return Ok(None);
        }
        let number = |t: &str| -> Result<usize, PatternError> {
            match t.parse::<u128>() {
                Ok(n) if n < MAXREPEAT as u128 => Ok(n as usize),
                _ => Err(PatternError { msg: "the repetition number is too large".into(), pos: None, value_error: false, overflow: true }),
            }
        };
        let min = if lo.is_empty() { 0 } else { number(&lo)? };
        let max = if hi.is_empty() { None } else { Some(number(&hi)?) };
        Ok(Some((min, max)))
    }

    /// After `(`: a group. Returns None for what adds no item (comments and
    /// global flags).
    fn group(&mut self, out: &mut String, scope: &mut Scope, at_start: bool) -> Result<Option<Width>, PatternError> {
        let start = self.i - 1;
        let mut name = None;
        let mut open_text = "(";
        let mut inner = *scope;
        let mut capture = true;
        let mut case: Option<bool> = None;
        if self.eat('?') {
            let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
            self.i += 1;
            match c {
                'P' => {
                    if self.eat('<') {
                        let n = self.name_until('>')?;
                        self.check_group_name(&n)?;
                        name = Some(n);
                    } else if self.eat('=') {
                        let n = self.name_until(')')?;
                        self.check_group_name(&n)?;
                        let pos = self.i - n.chars().count() - 1;
                        let Some(&(_, g)) = self.names.iter().find(|(m, _)| *m == n) else {
                            return err(format!("unknown group name {}", py_repr(&n)), pos);
                        };
                        self.check_ref(g, pos)?;
                        out.push_str(&format!("\\k<{g}>"));
                        let w = self.widths.get(g).copied().flatten().unwrap_or((0, None));
                        return Ok(Some(w));
                    } else {
                        let Some(c) = self.peek() else { return err("unexpected end of pattern", self.i) };
                        self.i += 1;
                        return err(format!("unknown extension ?P{c}"), self.i - 3);
                    }
                }
                ':' => {
                    capture = false;
                    open_text = "(?:";
                }
                '#' => loop {
                    match self.peek() {
                        None => return err("missing ), unterminated comment", start),
                        Some(')') => {
                            self.i += 1;
                            return Ok(None);
                        }
                        Some(_) => self.i += 1,
                    }
                },
                '=' | '!' | '<' => {
                    let mut kind = c;
                    let mut behind = false;
                    if c == '<' {
                        let Some(d) = self.peek() else { return err("unexpected end of pattern", self.i) };
                        self.i += 1;
                        if d != '=' && d != '!' {
                            return err(format!("unknown extension ?<{d}"), self.i - 3);
                        }
                        kind = d;
                        behind = true;
                    }
                    out.push_str(match (behind, kind) {
                        (false, '=') => "(?=",
                        (false, _) => "(?!",
                        (true, '=') => "(?<=",
                        (true, _) => "(?<!",
                    });
                    let outer = self.lookbehind_groups;
                    if behind && outer.is_none() {
                        self.lookbehind_groups = Some(self.groups);
                    }
                    let mut sub = *scope;
                    let w = self.parse_sub(out, &mut sub, false)?;
                    if behind {
                        self.lookbehind_groups = outer;
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    if behind && w.1 != Some(w.0) {
                        return Err(PatternError { msg: "look-behind requires fixed-width pattern".into(), pos: None, value_error: false, overflow: false });
                    }
                    out.push(')');
                    return Ok(Some((0, Some(0))));
                }
                '(' => {
                    let cond = self.name_until(')')?;
                    let pos = self.i - cond.chars().count() - 1;
                    let g = if is_identifier(&cond) {
                        match self.names.iter().find(|(m, _)| *m == cond) {
                            Some(&(_, g)) => g,
                            None => return err(format!("unknown group name {}", py_repr(&cond)), pos),
                        }
                    } else {
                        match cond.parse::<usize>() {
                            Ok(0) => return err("bad group number", pos),
                            Ok(g) if g < 100 => g,
                            Ok(g) => return err(format!("invalid group reference {g}"), pos),
                            Err(_) => return err(format!("bad character in group name {}", py_repr(&cond)), pos),
                        }
                    };
                    self.forward_refs.push((g, pos));
                    out.push_str(&format!("(?({g})"));
                    let mut sub = *scope;
                    let yes = self.parse_seq(out, &mut sub, false)?;
                    let mut w = yes;
                    if self.eat('|') {
                        out.push('|');
                        let mut sub = *scope;
                        let no = self.parse_seq(out, &mut sub, false)?;
                        if self.peek() == Some('|') {
                            return err("conditional backref with more than two branches", self.i);
                        }
                        w = (yes.0.min(no.0), match (yes.1, no.1) {
                            (Some(a), Some(b)) => Some(a.max(b)),
                            _ => None,
                        });
                    } else {
                        w = (0, w.1);
                    }
                    if !self.eat(')') {
                        return err("missing ), unterminated subpattern", start);
                    }
                    out.push(')');
                    return Ok(Some(w));
                }
                '>' => {
                    capture = false;
                    open_text = "(?>";
                }
                c if "aiLmsux-".contains(c) => {
                    match self.flags_group(c)? {
                        None => {
                            if !at_start {
                                return err("global flags not at the start of the expression", start);
                            }
                            apply(scope, self.flags, 0);
                            return Ok(None);
                        }
                        Some((add, del)) => {
                            apply(&mut inner, add, del);
                            if add & IGNORECASE != 0 {
                                case = Some(true);
                            } else if del & IGNORECASE != 0 {
                                case = Some(false);
                            }
                            capture = false;
                        }
                    }
                }
                c => return err(format!("unknown extension ?{c}"), self.i - 2),
            }
        }
        let group = if capture {
            self.groups += 1;
            let g = self.groups;
            if let Some(n) = &name {
                if let Some(&(_, was)) = self.names.iter().find(|(m, _)| m == n) {
                    return err(format!("redefinition of group name {} as group {g}; was group {was}", py_repr(n)), self.i - n.chars().count() - 1);
                }
                self.names.push((n.clone(), g));
            }
            self.parents.push(self.open.last().copied().unwrap_or(0));
            self.open.push(g);
            Some(g)
        } else {
            None
        };
        out.push_str(match (capture, case) {
            (true, _) => "(",
            (false, Some(true)) => "(?i:",
            (false, Some(false)) => "(?-i:",
            (false, None) => open_text,
        });
        let w = self.parse_sub(out, &mut inner, false)?;
        if !self.eat(')') {
            return err("missing ), unterminated subpattern", start);
        }
        out.push(')');
        if let Some(g) = group {
            self.open.retain(|&o| o != g);
            if self.widths.len() <= g {
                self.widths.resize(g + 1, None);
            }
            self.widths[g] = Some(w);
        }
        Ok(Some(w))
    }

    /// After `(?c`: inline flags. None for global flags `(?aiLmsux)`, which
    /// are added to `self.flags`; else the flags a scoped group turns on and off.
    fn flags_group(&mut self, first: char) -> Result<Option<(u32, u32)>, PatternError> {
        let value = |c: char| match c {
            'a' => ASCII,
            'i' => IGNORECASE,
            'L' => LOCALE,
            'm' => MULTILINE,
            's' => DOTALL,
            'u' => UNICODE,
            'x' => VERBOSE,
            _ => 0,
        };
        let type_flags = ASCII | LOCALE | UNICODE;
        let mut add = 0;
        let mut del = 0;
        let mut c = first;
        if c != '-' {
            loop {
                if c == 'L' {
                    return err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
                }
                let f = value(c);
                add |= f;
                if f & type_flags != 0 && add & type_flags != f {
                    return err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
                }
                let Some(n) = self.peek() else { return err("missing -, : or )", self.i) };
                self.i += 1;
                c = n;
                if ")-:".contains(c) {
                    break;
                }
                if value(c) == 0 {
                    return err(if c.is_alphabetic() { "unknown flag" } else { "missing -, : or )" }, self.i - 1);
                }
            }
        }
        if c == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if c == '-' {
            let Some(n) = self.peek() else { return err("missing flag", self.i) };
            self.i += 1;
            c = n;
            if value(c) == 0 {
                return err(if c.is_alphabetic() { "unknown flag" } else { "missing flag" }, self.i - 1);
            }
            loop {
                let f = value(c);
                if f & type_flags != 0 {
                    return err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i);
                }
                del |= f;
                let Some(n) = self.peek() else { return err("missing :", self.i) };
                self.i += 1;
                c = n;
                if c == ':' {
                    break;
                }
                if value(c) == 0 {
                    return err(if c.is_alphabetic() { "unknown flag" } else { "missing :" }, self.i - 1);
                }
            }
        }
        if add & del != 0 {
            return err("bad inline flags: flag turned on and off", self.i - 1);
        }
        Ok(Some((add, del)))
    }

    /// Reads up to `n` code points satisfying `ok`.
    fn take_while(&mut self, n: usize, ok: impl Fn(char) -> bool) -> String {
        let mut t = String::new();
        while t.chars().count() < n {
            match self.peek() {
                Some(c) if ok(c) => {
                    t.push(c);
                    self.i += 1;
                }
                _ => break,
            }
        }
        t
    }

    /// After `\`: an escape that stands for one code point, or None when
    /// `c` starts no such escape (nothing read then beyond `c`). `start` is
    /// the position of the backslash.
    fn char_escape(&mut self, c: char, start: usize, in_class: bool) -> Result<Option<char>, PatternError> {
        let simple = match c {
            'a' => Some('\x07'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            'b' if in_class => Some('\x08'),
            _ => None,
        };
        if simple.is_some() {
            return Ok(simple);
        }
        let hex = |p: &mut Self, n: usize, letter: char| -> Result<Option<char>, PatternError> {
            let digits = p.take_while(n, |d| d.is_ascii_hexdigit());
            if digits.chars().count() != n {
                return err(format!("incomplete escape \\{letter}{digits}"), start);
            }
            let v = u32::from_str_radix(&digits, 16).expect("hex digits");
            match char::from_u32(v) {
                Some(ch) => Ok(Some(ch)),
                None if v > 0x10ffff => err(format!("bad escape \\{letter}{digits}"), start),
                // A lone surrogate: coro's strs cannot hold one.
                None => Err(PatternError { msg: format!("coro's re does not support the surrogate escape \\{letter}{digits}"), pos: Some(start), value_error: false, overflow: false }),
            }
        };
        match c {
            'x' => hex(self, 2, 'x'),
            'u' => hex(self, 4, 'u'),
            'U' => hex(self, 8, 'U'),
            'N' => {
                if !self.eat('{') {
                    return err("missing {", self.i);
                }
                let name_start = self.i;
                let mut name = String::new();
                loop {
                    match self.peek() {
                        None => return err("missing }, unterminated name", name_start),
                        Some('}') => break,
                        Some(d) => {
                            name.push(d);
                            self.i += 1;
                        }
                    }
                }
                if name.is_empty() {
                    return err("missing character name", name_start);
                }
                self.i += 1;
                match unicode_names2::character(&name) {
                    Some(ch) => Ok(Some(ch)),
                    None => err(format!("undefined character name {}", py_repr(&name)), start),
                }
            }
            '0' => {
                let digits = self.take_while(2, |d| ('0'..='7').contains(&d));
                Ok(char::from_u32(u32::from_str_radix(&format!("0{digits}"), 8).expect("octal")))
            }
            _ => Ok(None),
        }
    }

    /// After `\` outside a class: the item's kind and width.
    fn escape(&mut self, out: &mut String, scope: &Scope) -> Result<(ItemKind, Width), PatternError> {
        let start = self.i - 1;
        let Some(c) = self.peek() else { return err("bad escape (end of pattern)", start) };
        self.i += 1;
        let one = (ItemKind::Other, (1, Some(1)));
        let at = (ItemKind::At, (0, Some(0)));
        if let Some(ch) = self.char_escape(c, start, false)? {
            push_literal(out, ch);
            return Ok(one);
        }
        let ascii_boundary = "(?:(?<=[0-9A-Za-z_])(?![0-9A-Za-z_])|(?<![0-9A-Za-z_])(?=[0-9A-Za-z_]))";
        let ascii_inside = "(?:(?<=[0-9A-Za-z_])(?=[0-9A-Za-z_])|(?<![0-9A-Za-z_])(?![0-9A-Za-z_]))";
        match c {
            'A' => out.push_str("\\A"),
            'Z' => out.push_str("\\z"),
            'b' => out.push_str(if scope.ascii { ascii_boundary } else { "\\b" }),
            'B' => {
                // SRE's `\B` never matches in an empty string.
                out.push_str("(?:");
                out.push_str(if scope.ascii { ascii_inside } else { "\\B" });
                out.push_str("(?:(?=[\\s\\S])|(?<=[\\s\\S])))");
            }
            'd' | 'D' | 'w' | 'W' | 's' | 'S' => {
                let set = class_set(c, scope.ascii);
                out.push_str(&format!("[{}{}]", if c.is_ascii_uppercase() { "^" } else { "" }, set));
                return Ok(one);
            }
            '1'..='9' => {
                let mut digits = c.to_string();
                if let Some(d) = self.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(d);
                    self.i += 1;
                    let octal = |x: char| ('0'..='7').contains(&x);
                    if octal(c) && octal(d) && self.peek().is_some_and(octal) {
                        digits.push(self.peek().expect("peeked"));
                        self.i += 1;
                        let v = u32::from_str_radix(&digits, 8).expect("octal");
                        if v > 0o377 {
                            return err(format!("octal escape value \\{digits} outside of range 0-0o377"), start);
                        }
                        push_literal(out, char::from_u32(v).expect("small"));
                        return Ok(one);
                    }
                }
                let g: usize = digits.parse().expect("digits");
                if g > self.groups {
                    return err(format!("invalid group reference {g}"), start + 1);
                }
                self.check_ref(g, start)?;
                out.push_str(&format!("\\k<{g}>"));
                let w = self.widths.get(g).copied().flatten().unwrap_or((0, None));
                return Ok((ItemKind::Other, w));
            }
            c if c.is_ascii_alphabetic() => return err(format!("bad escape \\{c}"), start),
            c => {
                push_literal(out, c);
                return Ok(one);
            }
        }
        Ok(at)
    }

    /// After `[`: a character class, written fresh in engine syntax.
    fn class(&mut self, out: &mut String, scope: &Scope) -> Result<(), PatternError> {
        let start = self.i - 1;
        let negate = self.eat('^');
        let mut items: Vec<ClassItem> = Vec::new();
        let mut first = true;
        loop {
            let item_start = self.i;
            let Some(c) = self.peek() else { return err("unterminated character set", start) };
            self.i += 1;
            if c == ']' && !first {
                break;
            }
            first = false;
            let item = if c == '\\' { self.class_escape(scope)? } else { ClassItem::Char(c) };
            if self.peek() == Some('-') {
                self.i += 1;
                let that_start = self.i;
                let Some(d) = self.peek() else { return err("unterminated character set", start) };
                self.i += 1;
                if d == ']' {
                    items.push(item);
                    items.push(ClassItem::Char('-'));
                    break;
                }
                let that = if d == '\\' { self.class_escape(scope)? } else { ClassItem::Char(d) };
                let text: String = self.p[item_start..self.i].iter().collect();
                let _ = that_start;
                match (item, that) {
                    (ClassItem::Char(lo), ClassItem::Char(hi)) if lo <= hi => {
                        let mut s = String::new();
                        push_literal(&mut s, lo);
                        s.push('-');
                        push_literal(&mut s, hi);
                        items.push(ClassItem::Set(s));
                    }
                    _ => return err(format!("bad character range {text}"), item_start),
                }
            } else {
                items.push(item);
            }
        }
        out.push('[');
        if negate {
            out.push('^');
        }
        for item in items {
            match item {
                ClassItem::Char(ch) => push_literal(out, ch),
                ClassItem::Set(s) => out.push_str(&s),
            }
        }
        out.push(']');
        Ok(())
    }

    /// After `\` inside a class.
    fn class_escape(&mut self, scope: &Scope) -> Result<ClassItem, PatternError> {
        let start = self.i - 1;
        let Some(c) = self.peek() else { return err("unterminated character set", start) };
        self.i += 1;
        if let Some(ch) = self.char_escape(c, start, true)? {
            return Ok(ClassItem::Char(ch));
        }
        match c {
            'd' | 'w' | 's' => Ok(ClassItem::Set(class_set(c, scope.ascii).to_string())),
            'D' | 'W' | 'S' => Ok(ClassItem::Set(format!("[^{}]", class_set(c, scope.ascii)))),
            '1'..='7' => {
                let mut digits = c.to_string();
                digits.push_str(&self.take_while(2, |d| ('0'..='7').contains(&d)));
                let v = u32::from_str_radix(&digits, 8).expect("octal");
                if digits.len() < 3 && digits.len() > 1 {
                    // `\12` in a class is octal too (sre reads up to 3 digits).
                }
                if v > 0o377 {
                    return err(format!("octal escape value \\{digits} outside of range 0-0o377"), start);
                }
                Ok(ClassItem::Char(char::from_u32(v).expect("small")))
            }
            c if c.is_ascii_alphanumeric() => err(format!("bad escape \\{c}"), start),
            c => Ok(ClassItem::Char(c)),
        }
    }
}

/// The class text (for inside brackets) of `\d`, `\w` or `\s` (any case).
fn class_set(c: char, ascii: bool) -> &'static str {
    match (c.to_ascii_lowercase(), ascii) {
        ('d', true) => "0-9",
        ('d', false) => "\\d",
        ('w', true) => ASCII_WORD,
        ('w', false) => UNI_WORD,
        ('s', true) => ASCII_SPACE,
        _ => UNI_SPACE,
    }
}

fn apply(scope: &mut Scope, add: u32, del: u32) {
    let set = |on: &mut bool, f: u32| {
        if add & f != 0 {
            *on = true;
        }
        if del & f != 0 {
            *on = false;
        }
    };
    set(&mut scope.verbose, VERBOSE);
    set(&mut scope.multiline, MULTILINE);
    set(&mut scope.dotall, DOTALL);
    set(&mut scope.ascii, ASCII);
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
        _ => false,
    }
}

/// Python's repr of a str (quotes chosen as `repr` does; escapes only `\\` and the quote).
fn py_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut t = String::new();
    t.push(q);
    for c in s.chars() {
        match c {
            '\\' => t.push_str("\\\\"),
            '\n' => t.push_str("\\n"),
            '\t' => t.push_str("\\t"),
            '\r' => t.push_str("\\r"),
            c if c == q => {
                t.push('\\');
                t.push(c);
            }
            c => t.push(c),
        }
    }
    t.push(q);
    t
}

/// Translates `pattern` compiled with `flags` (a str pattern).
pub fn translate(pattern: &str, flags: u32) -> Result<Translated, PatternError> {
    let value_error = |msg: &str| Err(PatternError { msg: msg.into(), pos: None, value_error: true, overflow: false });
    if flags & LOCALE != 0 {
        return value_error("cannot use LOCALE flag with a str pattern");
    }
    let mut p = Parser { p: pattern.chars().collect(), i: 0, flags, groups: 0, names: Vec::new(), open: Vec::new(), widths: Vec::new(), lookbehind_groups: None, forward_refs: Vec::new(), parents: Vec::new() };
    let mut scope = Scope { verbose: false, multiline: false, dotall: false, ascii: false };
    apply(&mut scope, flags, 0);
    let mut body = String::new();
    p.parse_sub(&mut body, &mut scope, true)?;
    if p.peek().is_some() {
        return err("unbalanced parenthesis", p.i);
    }
    if let Some(&(g, pos)) = p.forward_refs.iter().find(|&&(g, _)| g > p.groups) {
        return err(format!("invalid group reference {g}"), pos);
    }
    let mut flags = p.flags;
    if flags & ASCII != 0 && flags & UNICODE != 0 {
        return value_error("ASCII and UNICODE flags are incompatible");
    }
    if flags & ASCII == 0 {
        flags |= UNICODE;
    }
    if p.groups >= 100 {
        return err("too many groups", 0);
    }
    let regex = if flags & IGNORECASE != 0 { format!("(?i){body}") } else { body };
    Ok(Translated { regex, groups: p.groups, names: p.names, flags, parents: p.parents })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tr(p: &str) -> String {
        match translate(p, 0) {
            Ok(t) => t.regex,
            Err(e) => format!("error: {} at {:?}", e.msg, e.pos),
        }
    }

    #[test]
    fn anchors_and_literals() {
        assert_eq!(tr("a.b$"), "a[^\\n]b(?=\\n?\\z)");
        assert_eq!(tr("^x\\Z"), "\\Ax\\z");
        assert_eq!(tr("a{,2}"), "a{0,2}");
        assert_eq!(tr("a{x}"), "a\\x{7b}x\\x{7d}");
        assert_eq!(tr("(?P<n>a)(?P=n)\\1"), "(a)\\k<1>\\k<1>");
    }

    #[test]
    fn errors_match_cpython() {
        assert_eq!(tr("(a"), "error: missing ), unterminated subpattern at Some(0)");
        assert_eq!(tr("a**"), "error: multiple repeat at Some(2)");
        assert_eq!(tr("*a"), "error: nothing to repeat at Some(0)");
        assert_eq!(tr("a{3,2}"), "error: min repeat greater than max repeat at Some(2)");
        assert_eq!(tr("[z-a]"), "error: bad character range z-a at Some(1)");
        assert_eq!(tr("x(?x)"), "error: global flags not at the start of the expression at Some(1)");
    }
}
