//! Text conversions: `repr(float)`, `repr(str)`, and the format-spec
//! mini-language of `format()`, `str.format` and f-strings for int, float
//! and str values.
//!
//! The float digit strings follow CPython's `PyOS_double_to_string`
//! (Python/pystrtod.c) on top of Rust's float formatting, which is exact and
//! rounds half-to-even like David Gay's `dtoa`. The spec handling follows
//! Python/formatter_unicode.c of CPython 3.11, including its error messages
//! and their order. Locale-dependent `n` behaves as in the C locale, which
//! is what CPython uses unless a program calls `locale.setlocale`.

use std::fmt::Write;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::runtime::numeric::{decimal_digit, int_to_f64, int_to_str};
use crate::runtime::raise::{raise, ExcKind, Raise};

// ---------------------------------------------------------------------------
// repr(str)
// ---------------------------------------------------------------------------

/// `repr(s)` for a str: quotes chosen like CPython, `\\`, `\t`, `\n`, `\r`
/// and the quote escaped, other non-printable characters as `\xhh`,
/// `\uhhhh` or `\Uhhhhhhhh`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if is_printable(c) => out.push(c),
            _ if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// `str.isprintable()` for one character, except that unassigned code
/// points (which CPython also escapes) count as printable.
fn is_printable(c: char) -> bool {
    let code = c as u32;
    let index = NON_PRINTABLE.partition_point(|&(start, _)| start <= code);
    index == 0 || NON_PRINTABLE[index - 1].1 < code
}

/// The inclusive ranges of assigned Unicode 14 code points that are not
/// printable: categories Cc, Cf, Cs, Co, Zl, Zp and Zs other than space.
const NON_PRINTABLE: [(u32, u32); 28] = [
    (0x0, 0x1F),
    (0x7F, 0xA0),
    (0xAD, 0xAD),
    (0x600, 0x605),
    (0x61C, 0x61C),
    (0x6DD, 0x6DD),
    (0x70F, 0x70F),
    (0x890, 0x891),
    (0x8E2, 0x8E2),
    (0x1680, 0x1680),
    (0x180E, 0x180E),
    (0x2000, 0x200F),
    (0x2028, 0x202F),
    (0x205F, 0x2064),
    (0x2066, 0x206F),
    (0x3000, 0x3000),
    (0xD800, 0xF8FF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
    (0xF0000, 0xFFFFD),
    (0x100000, 0x10FFFD),
];

// ---------------------------------------------------------------------------
// float -> digits -> text
// ---------------------------------------------------------------------------

/// How many decimal digits `decimal_digits` produces (`_Py_dg_dtoa` modes).
#[derive(Clone, Copy)]
enum DigitMode {
    /// The shortest digits that read back as the same double (mode 0).
    Shortest,
    /// This many significant digits, correctly rounded (mode 2).
    Significant(usize),
    /// This many digits after the decimal point, correctly rounded (mode 3).
    Fixed(usize),
}

/// The digits of a finite non-negative double: value = 0.DIGITS * 10**decpt.
/// Leading and trailing zeros are stripped; zero is `"0"` with `decpt` 1.
struct Digits {
    /// ASCII digits, the first nonzero unless the value is zero.
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    decpt: i64,
}

fn decimal_digits(x: f64, mode: DigitMode) -> Digits {
    let text = match mode {
        DigitMode::Shortest => format!("{x:e}"),
        DigitMode::Significant(n) => format!("{:.*e}", n.max(1) - 1, x),
        DigitMode::Fixed(n) => format!("{x:.n$}"),
    };
    let (mantissa, exponent) = match text.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (text.as_str(), 0),
    };
    let point = mantissa.find('.').unwrap_or(mantissa.len()) as i64;
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    if leading == digits.len() {
        return Digits { digits: vec![b'0'], decpt: 1 };
    }
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt: point + exponent - leading as i64 }
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Write `.0` after an integral value that has no exponent.
    pub add_dot_0: bool,
    /// The alternate form: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// Drop the `-` of a value that rounds to zero.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`
/// (`r` is repr, whose precision is ignored).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a NaN is ignored.
        if x == f64::NEG_INFINITY {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = if x.is_nan() { "nan" } else { "inf" };
        out.push_str(&if upper { word.to_ascii_uppercase() } else { word.to_string() });
        return out;
    }
    let precision = match code {
        'e' => precision + 1,
        'g' => precision.max(1),
        _ => precision,
    };
    let mode = match code {
        'e' | 'g' => DigitMode::Significant(precision),
        'f' => DigitMode::Fixed(precision),
        _ => DigitMode::Shortest,
    };
    let Digits { digits, mut decpt } = decimal_digits(x.abs(), mode);
    let mut negative = x.is_sign_negative();
    if flags.no_neg_0 && digits == b"0" {
        negative = false;
    }
    let precision = precision as i64;
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            use_exp = decpt <= -4 || decpt > limit;
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exponent = 0;
    if use_exp {
        exponent = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 { decpt + 1 } else { decpt };
    vdigits_end = vdigits_end.max(min_end);

    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat('0').take(n.max(0) as usize));
    let digit_text = |range: std::ops::Range<usize>| String::from_utf8_lossy(&digits[range]).into_owned();
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digit_text(0..decpt as usize));
        out.push('.');
        out.push_str(&digit_text(decpt as usize..digits.len()));
    } else {
        out.push_str(&digit_text(0..digits.len()));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        let _ = write!(out, "{exponent:+03}");
    }
    out
}

/// `repr(x)` (and `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, DtoaFlags { add_dot_0: true, ..DtoaFlags::default() })
}

// ---------------------------------------------------------------------------
// the format-spec mini-language
// ---------------------------------------------------------------------------

/// Which built-in `__format__` a spec is parsed for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatKind {
    /// `int.__format__` (also bool and int subclasses).
    Int,
    /// `float.__format__`.
    Float,
    /// `str.__format__`.
    Str,
}

/// The thousands-separator option of a spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// No separator.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (every four for `b`, `o`, `x`, `X`).
    Underscore,
}

/// A parsed spec `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// The padding character.
    pub fill: char,
    /// One of `<`, `>`, `=`, `^` (the default is `<` for str, `>` otherwise).
    pub align: char,
    /// `+`, `-` or a space, if given.
    pub sign: Option<char>,
    /// The `z` option: show a negative zero result without its sign.
    pub no_neg_zero: bool,
    /// The `#` option: the alternate form.
    pub alternate: bool,
    /// The minimum field width, if given.
    pub width: Option<usize>,
    /// The thousands separator.
    pub grouping: Grouping,
    /// The precision, if given.
    pub precision: Option<usize>,
    /// The presentation type; `None` only for floats given no type.
    pub presentation: Option<char>,
}

/// Specs whose width is larger than this raise `MemoryError` rather than
/// attempt the allocation.
const MAX_FORMAT_WIDTH: usize = 1 << 31;

/// A character as CPython's messages show a presentation type: itself when
/// printable ASCII, `\x..` otherwise.
fn shown_type(c: char) -> String {
    let code = c as u32;
    if code > 32 && code < 128 {
        c.to_string()
    } else {
        format!("\\x{code:x}")
    }
}

/// Reads a run of decimal digits (any script) at `pos`; `None` if none.
fn read_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, Raise> {
    let mut value: i64 = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_digit(c)) {
        let d = i64::from(d);
        if value > (i64::MAX - d) / 10 {
            return raise(ExcKind::ValueError, "Too many decimal digits in format string");
        }
        value = value * 10 + d;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value as usize))
}

/// Parses `spec` for a value of the given kind, whose Python type is named
/// `type_name` in error messages. Reports syntax errors, separators the
/// presentation type does not allow, and presentation types unknown to the
/// kind, in CPython's order.
pub fn parse_spec(spec: &str, kind: FormatKind, type_name: &str) -> Result<FormatSpec, Raise> {
    let chars: Vec<char> = spec.chars().collect();
    let (default_type, default_align) = match kind {
        FormatKind::Int => (Some('d'), '>'),
        FormatKind::Float => (None, '>'),
        FormatKind::Str => (Some('s'), '<'),
    };
    let mut parsed = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        presentation: default_type,
    };
    let is_align = |c: Option<&char>| matches!(c, Some('<' | '>' | '=' | '^'));
    let mut pos = 0;
    let mut fill_given = false;
    let mut align_given = false;
    if is_align(chars.get(1)) {
        parsed.fill = chars[0];
        parsed.align = chars[1];
        fill_given = true;
        align_given = true;
        pos = 2;
    } else if is_align(chars.first()) {
        parsed.align = chars[0];
        align_given = true;
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        parsed.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        parsed.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        parsed.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        parsed.fill = '0';
        if !align_given && default_align == '>' {
            parsed.align = '=';
        }
        pos += 1;
    }
    parsed.width = read_count(&chars, &mut pos)?;
    let both_separators = || raise(ExcKind::ValueError, "Cannot specify both ',' and '_'.");
    if chars.get(pos) == Some(&',') {
        parsed.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if parsed.grouping != Grouping::None {
            return both_separators();
        }
        parsed.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') {
        return both_separators();
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        parsed.precision = read_count(&chars, &mut pos)?;
        if parsed.precision.is_none() {
            return raise(ExcKind::ValueError, "Format specifier missing precision");
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => parsed.presentation = Some(chars[pos]),
        _ => {
            return raise(
                ExcKind::ValueError,
                format!("Invalid format specifier '{spec}' for object of type '{type_name}'"),
            )
        }
    }
    if parsed.grouping != Grouping::None {
        let allowed = match parsed.presentation {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => parsed.grouping == Grouping::Underscore,
            Some(_) => false,
        };
        if !allowed {
            let separator = if parsed.grouping == Grouping::Comma { ',' } else { '_' };
            let shown = shown_type(parsed.presentation.unwrap_or('\0'));
            return raise(
                ExcKind::ValueError,
                format!("Cannot specify '{separator}' with '{shown}'."),
            );
        }
    }
    let known = match (kind, parsed.presentation) {
        (FormatKind::Str, Some('s')) => true,
        (FormatKind::Int, Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n')) => true,
        (FormatKind::Float, None | Some('n')) => true,
        (FormatKind::Int | FormatKind::Float, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%')) => true,
        _ => false,
    };
    if !known {
        let shown = shown_type(parsed.presentation.unwrap_or('\0'));
        return raise(
            ExcKind::ValueError,
            format!("Unknown format code '{shown}' for object of type '{type_name}'"),
        );
    }
    if parsed.width.is_some_and(|w| w > MAX_FORMAT_WIDTH) {
        return raise(ExcKind::MemoryError, "");
    }
    Ok(parsed)
}

/// Left and right padding for `len` characters in the spec's width.
fn padding(len: usize, spec: &FormatSpec) -> (usize, usize) {
    let total = spec.width.unwrap_or(0).max(len);
    let left = match spec.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat(fill).take(count));
}

/// `format(value, spec)` for a str, with a spec parsed for `FormatKind::Str`.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, Raise> {
    match spec.sign {
        Some(' ') => return raise(ExcKind::ValueError, "Space not allowed in string format specifier"),
        Some(_) => return raise(ExcKind::ValueError, "Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return raise(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in string format specifier",
        );
    }
    if spec.alternate {
        return raise(
            ExcKind::ValueError,
            "Alternate form (#) not allowed in string format specifier",
        );
    }
    if spec.align == '=' {
        return raise(ExcKind::ValueError, "'=' alignment not allowed in string format specifier");
    }
    let len = value.chars().count();
    let shown = spec.precision.map_or(len, |p| p.min(len));
    let (left, right) = padding(shown, spec);
    let mut out = String::with_capacity(value.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.extend(value.chars().take(shown));
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// `format(value, spec)` for an int, with a spec parsed for `FormatKind::Int`.
/// Float presentation types convert the value to a float first.
pub fn format_int(value: &BigInt, spec: &FormatSpec) -> Result<String, Raise> {
    let presentation = spec.presentation.unwrap_or('d');
    if matches!(presentation, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        return format_float(int_to_f64(value)?, spec);
    }
    if spec.precision.is_some() {
        return raise(ExcKind::ValueError, "Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return raise(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier",
        );
    }
    if presentation == 'c' {
        return format_int_as_char(value, spec);
    }
    let (digits, prefix) = match presentation {
        'b' => (value.magnitude().to_str_radix(2), "0b"),
        'o' => (value.magnitude().to_str_radix(8), "0o"),
        'x' => (value.magnitude().to_str_radix(16), "0x"),
        'X' => (value.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (int_to_str(value)?.trim_start_matches('-').to_string(), ""),
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let group_size = if matches!(presentation, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
    let group = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', group_size)),
    };
    let number = NumberText { negative: value.is_negative(), prefix, digits: &digits, decimal: false, remainder: "" };
    Ok(layout_number(&number, spec, group))
}

/// The `c` presentation: the character with the int's code point.
fn format_int_as_char(value: &BigInt, spec: &FormatSpec) -> Result<String, Raise> {
    if spec.sign.is_some() {
        return raise(ExcKind::ValueError, "Sign not allowed with integer format specifier 'c'");
    }
    if spec.alternate {
        return raise(
            ExcKind::ValueError,
            "Alternate form (#) not allowed with integer format specifier 'c'",
        );
    }
    let Some(code) = value.to_i64() else {
        return raise(ExcKind::OverflowError, "Python int too large to convert to C long");
    };
    if !(0..=0x10FFFF).contains(&code) {
        return raise(ExcKind::OverflowError, "%c arg not in range(0x110000)");
    }
    // Rust strings cannot hold lone surrogates, which CPython would produce.
    let Some(c) = char::from_u32(code as u32) else {
        return raise(ExcKind::ValueError, "surrogate characters are not supported");
    };
    let text = c.to_string();
    let number = NumberText { negative: false, prefix: "", digits: "", decimal: false, remainder: &text };
    Ok(layout_number(&number, spec, None))
}

/// `format(value, spec)` for a float, with a spec parsed for
/// `FormatKind::Float` (or `FormatKind::Int` with a float presentation).
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, Raise> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return raise(ExcKind::ValueError, "precision too big");
    }
    let mut flags = DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
    let mut value = value;
    let mut default_precision = 6;
    let mut percent = false;
    let mut code = match spec.presentation {
        None => {
            // Like repr, or like 'g' with at least one digit after the point.
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some('%') => {
            value *= 100.0;
            percent = true;
            'f'
        }
        Some(c) => c,
    };
    let precision = match spec.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let negative = text.starts_with('-');
    let body = if negative { &text[1..] } else { &text[..] };
    let (digits, rest) = body.split_at(body.bytes().take_while(u8::is_ascii_digit).count());
    let (decimal, remainder) = match rest.strip_prefix('.') {
        Some(after) => (true, after),
        None => (false, rest),
    };
    let group = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', 3)),
    };
    let number = NumberText { negative, prefix: "", digits, decimal, remainder };
    Ok(layout_number(&number, spec, group))
}

/// The pieces of a formatted number before padding and grouping.
struct NumberText<'a> {
    /// Whether the value is negative (its `-` is not in `digits`).
    negative: bool,
    /// `0x`-style prefix, written after the sign.
    prefix: &'a str,
    /// The integer digits, which grouping separates.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    decimal: bool,
    /// Everything after the digits and the decimal point.
    remainder: &'a str,
}

/// CPython's `calc_number_widths` + `fill_number`:
/// `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
fn layout_number(number: &NumberText, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let sign = match spec.sign {
        Some('+') => Some(if number.negative { '-' } else { '+' }),
        Some(' ') => Some(if number.negative { '-' } else { ' ' }),
        _ => number.negative.then_some('-'),
    };
    let fixed = usize::from(sign.is_some())
        + number.prefix.len()
        + usize::from(number.decimal)
        + number.remainder.chars().count();
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_width = if spec.fill == '0' && spec.align == '=' { width - fixed as i64 } else { 0 };
    let grouped = if number.digits.is_empty() {
        String::new()
    } else {
        group_digits(number.digits.as_bytes(), min_width, group)
    };
    let padding = (width - (fixed + grouped.len()) as i64).max(0) as usize;
    let (left, middle, right) = match spec.align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(fixed + grouped.len() + padding);
    push_fill(&mut out, spec.fill, left);
    out.extend(sign);
    out.push_str(number.prefix);
    push_fill(&mut out, spec.fill, middle);
    out.push_str(&grouped);
    if number.decimal {
        out.push('.');
    }
    out.push_str(number.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: separates `digits` into
/// groups and, when `min_width` asks for it, pads them with zeros (the
/// zeros are grouped too).
fn group_digits(digits: &[u8], min_width: i64, group: Option<(char, usize)>) -> String {
    // Built right to left, then reversed.
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut next = digits.len();
    let mut emit = |n_chars: i64, n_zeros: i64, separator: Option<char>| {
        reversed.extend(separator);
        for _ in 0..n_chars {
            next -= 1;
            reversed.push(digits[next] as char);
        }
        reversed.extend(std::iter::repeat('0').take(n_zeros as usize));
    };
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut separator = None;
    if let Some((sep, size)) = group {
        loop {
            let len = (size as i64).min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(n_chars, n_zeros, separator);
            separator = Some(sep);
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                return reversed.iter().rev().collect();
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    emit(remaining.min(len).max(0), (len - remaining).max(0), None);
    reversed.iter().rev().collect()
}
