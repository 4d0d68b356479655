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

/// `repr(s)` for a str (CPython's quoting and escapes; the Unicode
/// printability table lives with the other str semantics).
pub fn str_repr(s: &str) -> String {
    crate::runtime::str_methods::repr_str(s)
}

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
    digits: String,
    /// Position of the decimal point relative to the first digit.
    decpt: i64,
}

fn decimal_digits(x: f64, mode: DigitMode) -> Digits {
    if let DigitMode::Fixed(places) = mode {
        if let Some(digits) = fixed_digits_exact(x, places) {
            return digits;
        }
    }
    let mut text = match mode {
        DigitMode::Shortest => format!("{x:e}"),
        DigitMode::Significant(n) => format!("{:.*e}", n.max(1) - 1, x),
        DigitMode::Fixed(n) => format!("{x:.n$}"),
    };
    // The text is edited in place into the bare digits.
    let exponent = match text.find('e') {
        Some(e) => {
            let exponent = text[e + 1..].parse::<i64>().unwrap_or(0);
            text.truncate(e);
            exponent
        }
        None => 0,
    };
    let point = text.find('.').unwrap_or(text.len()) as i64;
    text.retain(|c| c.is_ascii_digit());
    let leading = text.bytes().take_while(|&b| b == b'0').count();
    if leading == text.len() {
        return Digits { digits: "0".to_string(), decpt: 1 };
    }
    text.truncate(text.trim_end_matches('0').len());
    text.drain(..leading);
    let digits = Digits { digits: text, decpt: point + exponent - leading as i64 };
    match mode {
        DigitMode::Shortest => shortest_tie_to_even(x, digits),
        _ => digits,
    }
}

/// The finite `x`'s magnitude as `mantissa × 2^shift`, exactly.
fn binary_parts(x: f64) -> (u64, i64) {
    let bits = x.abs().to_bits();
    let (exponent, fraction) = (((bits >> 52) & 0x7ff) as i64, bits & ((1u64 << 52) - 1));
    if exponent == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, exponent - 1075)
    }
}

/// `x` (finite, not negative) rounded to `places` decimal places, half to
/// even, in 128-bit integer arithmetic: exact whenever the result fits
/// (below 2^64 with up to 20 places, if not too close to either), and
/// much faster than the general algorithm (which falls back to bignums
/// for many such values).
fn fixed_digits_exact(x: f64, places: usize) -> Option<Digits> {
    if places > 20 || x >= 18446744073709551616.0 {
        return None;
    }
    let (mantissa, shift) = binary_parts(x);
    let scaled = u128::from(mantissa) * 10u128.pow(places as u32);
    let rounded = if shift >= 0 {
        if scaled.leading_zeros() as i64 <= shift {
            return None;
        }
        scaled << shift
    } else {
        let k = (-shift) as u32;
        if k >= 128 {
            // Far below half a unit in the last place.
            0
        } else {
            let (quotient, remainder) = (scaled >> k, scaled & ((1u128 << k) - 1));
            let half = 1u128 << (k - 1);
            if remainder > half || (remainder == half && quotient & 1 == 1) {
                quotient + 1
            } else {
                quotient
            }
        }
    };
    if rounded == 0 {
        return Some(Digits { digits: "0".to_string(), decpt: 1 });
    }
    let mut digits = rounded.to_string();
    let decpt = digits.len() as i64 - places as i64;
    digits.truncate(digits.trim_end_matches('0').len());
    Some(Digits { digits, decpt })
}

/// Whether `x` may be exactly a decimal of at most 18 significant digits
/// (a tie between two 17-digit strings is one). A fraction m / 2^k with m
/// odd is exactly m × 5^k / 10^k, whose digits are those of m × 5^k.
fn short_exact_decimal(x: f64) -> bool {
    let (mantissa, shift) = binary_parts(x);
    if mantissa == 0 {
        return true;
    }
    let k = -(shift + i64::from(mantissa.trailing_zeros()));
    if k <= 0 {
        // An integer: left to the exact check.
        return true;
    }
    let odd = u128::from(mantissa >> mantissa.trailing_zeros());
    k <= 25 && odd * 5u128.pow(k as u32) < 10u128.pow(18)
}

/// The shortest digits of `x` when `digits` (Rust's) lie at a tie: when
/// `x` is exactly halfway between two shortest strings that both read
/// back as `x`, CPython's dtoa takes the one ending in an even digit, and
/// Rust the one above (17592186044416.0625 is `...062` in CPython).
fn shortest_tie_to_even(x: f64, digits: Digits) -> Digits {
    let last = digits.digits.as_bytes()[digits.digits.len() - 1] - b'0';
    if last % 2 == 0 || digits.digits.len() < 16 || !short_exact_decimal(x) {
        // Ties need every digit a double can give, and an exact decimal
        // expansion one digit longer.
        return digits;
    }
    let n = digits.digits.len() as i64;
    let value: BigInt = digits.digits.parse().expect("decimal digits");
    // `x` = value × 10^(decpt − n); a tie puts it at value ± ½ in the last place.
    let exp10 = digits.decpt - n - 1;
    let one = BigInt::from(1);
    for neighbour in [&value - &one, &value + &one] {
        let midpoint: BigInt = (&value + &neighbour) * 5;
        if !equals_decimal(x, &midpoint, exp10) {
            continue;
        }
        let text = neighbour.to_string();
        // Carrying into a new digit (999 + 1) moves the point.
        let decpt = digits.decpt + text.len() as i64 - n;
        let candidate = Digits { digits: text.trim_end_matches('0').to_string(), decpt };
        let written = format!("0.{}e{}", candidate.digits, candidate.decpt);
        if written.parse::<f64>() == Ok(x) {
            return candidate;
        }
    }
    digits
}

/// True when the finite, positive `x` is exactly `mantissa` × 10^`exp10`.
fn equals_decimal(x: f64, mantissa: &BigInt, exp10: i64) -> bool {
    let (m, k) = binary_parts(x);
    let (mut left, mut right) = (BigInt::from(m), mantissa.clone());
    if k >= 0 {
        left <<= k as usize;
    } else {
        right <<= (-k) as usize;
    }
    let ten = BigInt::from(10);
    if exp10 >= 0 {
        right *= num_traits::pow(ten, exp10 as usize);
    } else {
        left *= num_traits::pow(ten, (-exp10) as usize);
    }
    left == right
}

/// The `Py_DTSF_*` flags of `PyOS_double_to_string`.
#[derive(Clone, Copy, Debug, Default)]
pub struct DtoaFlags {
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
    if flags.no_neg_0 && digits == "0" {
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

    out.reserve(digits.len() + (vdigits_end - vdigits_start).max(0) as usize + 8);
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        let (before, after) = digits.split_at(decpt as usize);
        out.push_str(before);
        out.push('.');
        out.push_str(after);
    } else {
        out.push_str(&digits);
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

/// Widths larger than this raise `MemoryError` rather than attempt the
/// allocation (CPython raises it where the allocation fails).
const MAX_FORMAT_WIDTH: usize = 1 << 31;

/// `MemoryError` for a width too large to allocate.
pub(crate) fn check_width(width: usize) -> Result<(), Raise> {
    if width > MAX_FORMAT_WIDTH {
        return raise(ExcKind::MemoryError, "");
    }
    Ok(())
}

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
    // Specs are short: their chars fit on the stack.
    let mut short = ['\0'; 32];
    let long: Vec<char>;
    let chars: &[char] = if spec.len() <= short.len() {
        let mut n = 0;
        for c in spec.chars() {
            short[n] = c;
            n += 1;
        }
        &short[..n]
    } else {
        long = spec.chars().collect();
        &long
    };
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
    // A comma after an underscore (after a comma, it is read as the type).
    if chars.get(pos) == Some(&',') && parsed.grouping == Grouping::Underscore {
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
    let known = matches!(
        (kind, parsed.presentation),
        (FormatKind::Str, Some('s'))
            | (FormatKind::Int, Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n'))
            | (FormatKind::Float, None | Some('n'))
            | (FormatKind::Int | FormatKind::Float, Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%'))
    );
    if !known {
        let shown = shown_type(parsed.presentation.unwrap_or('\0'));
        return raise(
            ExcKind::ValueError,
            format!("Unknown format code '{shown}' for object of type '{type_name}'"),
        );
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
    out.extend(std::iter::repeat_n(fill, count));
}

/// `format(value, spec)` for a str, with a spec parsed for `FormatKind::Str`.
pub fn format_str(value: &str, spec: &FormatSpec) -> Result<String, Raise> {
    match spec.sign {
        Some(' ') => {
            return raise(ExcKind::ValueError, "Space not allowed in string format specifier")
        }
        Some(_) => {
            return raise(ExcKind::ValueError, "Sign not allowed in string format specifier")
        }
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
    check_width(spec.width.unwrap_or(0))?;
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
    check_int_spec(spec)?;
    if presentation == 'c' {
        return format_int_as_char(value, spec);
    }
    let digits = match presentation {
        'b' => value.magnitude().to_str_radix(2),
        'o' => value.magnitude().to_str_radix(8),
        'x' => value.magnitude().to_str_radix(16),
        'X' => value.magnitude().to_str_radix(16).to_ascii_uppercase(),
        _ => int_to_str(&value.abs())?,
    };
    Ok(layout_int(value.is_negative(), &digits, presentation, spec))
}

/// `format_int` for an int that fits a machine word (most do), without
/// making a BigInt.
pub fn format_small_int(value: i64, spec: &FormatSpec) -> Result<String, Raise> {
    let presentation = spec.presentation.unwrap_or('d');
    if matches!(presentation, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' | 'c') {
        return format_int(&BigInt::from(value), spec);
    }
    check_int_spec(spec)?;
    let magnitude = value.unsigned_abs();
    let digits = match presentation {
        'b' => format!("{magnitude:b}"),
        'o' => format!("{magnitude:o}"),
        'x' => format!("{magnitude:x}"),
        'X' => format!("{magnitude:X}"),
        _ => magnitude.to_string(),
    };
    Ok(layout_int(value < 0, &digits, presentation, spec))
}

/// What an int's spec may not ask for, in CPython's order.
fn check_int_spec(spec: &FormatSpec) -> Result<(), Raise> {
    if spec.precision.is_some() {
        return raise(ExcKind::ValueError, "Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return raise(
            ExcKind::ValueError,
            "Negative zero coercion (z) not allowed in integer format specifier",
        );
    }
    if spec.presentation != Some('c') {
        check_width(spec.width.unwrap_or(0))?;
    }
    Ok(())
}

/// An int's `digits` (of its magnitude, in the presentation's base) with
/// the spec's sign, prefix, grouping and padding.
fn layout_int(negative: bool, digits: &str, presentation: char, spec: &FormatSpec) -> String {
    let prefix = match presentation {
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    let prefix = if spec.alternate { prefix } else { "" };
    let group_size = if matches!(presentation, 'b' | 'o' | 'x' | 'X') { 4 } else { 3 };
    let group = match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', group_size)),
    };
    let number = NumberText { negative, prefix, digits, decimal: false, remainder: "" };
    layout_number(&number, spec, group)
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
    check_width(spec.width.unwrap_or(0))?;
    let text = c.to_string();
    let number =
        NumberText { negative: false, prefix: "", digits: "", decimal: false, remainder: &text };
    Ok(layout_number(&number, spec, None))
}

/// `format(value, spec)` for a float, with a spec parsed for
/// `FormatKind::Float` (or `FormatKind::Int` with a float presentation).
pub fn format_float(value: f64, spec: &FormatSpec) -> Result<String, Raise> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return raise(ExcKind::ValueError, "precision too big");
    }
    check_width(spec.width.unwrap_or(0))?;
    let mut flags =
        DtoaFlags { alt: spec.alternate, no_neg_0: spec.no_neg_zero, ..DtoaFlags::default() };
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
    if spec.width.is_none() && spec.sign.is_none() && spec.grouping == Grouping::None {
        // Nothing to add: the text is the result.
        return Ok(text);
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
        "".into()
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
fn group_digits(digits: &[u8], min_width: i64, group: Option<(char, usize)>) -> std::borrow::Cow<'_, str> {
    if group.is_none() && min_width <= digits.len() as i64 {
        // Nothing to insert: the digits as they are.
        return std::borrow::Cow::Borrowed(std::str::from_utf8(digits).expect("ASCII digits"));
    }
    // Built right to left, then reversed.
    let mut reversed: Vec<char> = Vec::with_capacity(digits.len() * 2);
    let mut next = digits.len();
    let mut emit = |n_chars: i64, n_zeros: i64, separator: Option<char>| {
        reversed.extend(separator);
        for _ in 0..n_chars {
            next -= 1;
            reversed.push(digits[next] as char);
        }
        reversed.extend(std::iter::repeat_n('0', n_zeros as usize));
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
                return reversed.iter().rev().collect::<String>().into();
            }
            min_width -= 1;
        }
    }
    let len = remaining.max(min_width).max(1);
    emit(remaining.min(len).max(0), (len - remaining).max(0), None);
    reversed.iter().rev().collect::<String>().into()
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by CPython 3.11.7.

    use super::*;
    use num_traits::Pow;

    /// A decimal int, or `10**n`.
    fn int(text: &str) -> BigInt {
        match text.split_once("**") {
            Some((base, exp)) => {
                Pow::pow(base.parse::<BigInt>().unwrap(), exp.parse::<u32>().unwrap())
            }
            None => text.parse().unwrap(),
        }
    }

    fn error(e: Raise) -> String {
        format!("{:?}: {}", e.kind, e.message)
    }

    /// `format(value, spec)` for a value of the named type, as a string or
    /// the error it raises.
    fn format_value(type_name: &str, value: &str, spec: &str) -> String {
        let result = match type_name {
            "int" | "bool" => parse_spec(spec, FormatKind::Int, type_name)
                .and_then(|s| format_int(&int(value), &s)),
            "float" => parse_spec(spec, FormatKind::Float, "float")
                .and_then(|s| format_float(value.parse().unwrap(), &s)),
            _ => parse_spec(spec, FormatKind::Str, "str").and_then(|s| format_str(value, &s)),
        };
        result.unwrap_or_else(error)
    }

    #[rustfmt::skip]
    const FLOAT_REPRS: &[&str] = &[
        "0.0", "-0.0", "1.0", "-1.0", "0.1", "0.30000000000000004", "0.3333333333333333",
        "0.6666666666666666", "1e+16", "9999999999999998.0", "9999999999999998.0",
        "1000000000000000.0", "1.2345678901234568e+17", "0.0001", "1e-05", "0.00012345", "5e-324",
        "-5e-324", "2.2250738585072014e-308", "2.225073858507201e-308", "1.7976931348623157e+308",
        "inf", "-inf", "1e+22", "1e+23", "9007199254740994.0", "100.0", "1.5", "123.456", "1e+23",
        "4.35", "0.3", "2.675", "1e+301", "3.141592653589793", "2.718281828459045", "1e-07",
        "1.2345678901234568e+16", "5e-321", "1.1e-310", "-1.0539756485530688e+143",
        "-1.2143721666352482e+132", "-6.360375184993316e+38", "1.526087629730313e+249",
        "-7.02551513787579e+129", "1.6260771785726701e-74", "-5.984009685093657e+66",
        "4.8959585264576934e+278", "-3.7634144828029947e-168", "4.2301541954837196e-79",
        "5.315422088462547e+242", "7.893354548061464e-134", "-6.0511296129096725e-261",
        "-2.471417988383651e+173", "-7.046717376279707e-143", "-5.352667702512672e-191",
        "3.467443581611296e+180", "4.201212419249933e+250", "-4.545896140860994e-14",
        "-1.278808376866442e-123", "-7.773821756658801e-157", "-1.1547680013076696e+101",
        "8.88116792998917e-231", "1.0259476444142278e-264", "-1.1937126864956989e+160", "nan",
    ];

    #[rustfmt::skip]
    const STR_REPRS: &[(&str, &str)] = &[
        ("", "''"), ("abc", "'abc'"), ("it's", "\"it's\""), ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"), ("back\\slash", "'back\\\\slash'"),
        ("tab\u{9}new\u{a}line\u{d}ret", "'tab\\tnew\\nline\\rret'"),
        ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
        ("\u{80}\u{85}\u{a0}\u{ad}ÿ", "'\\x80\\x85\\xa0\\xadÿ'"), ("é中😀", "'é中😀'"),
        ("\u{2028}\u{2029}\u{200b}\u{200e}\u{feff}", "'\\u2028\\u2029\\u200b\\u200e\\ufeff'"),
        ("\u{600}\u{61c}", "'\\u0600\\u061c'"),
        ("\u{e000}\u{f0000}\u{100000}", "'\\ue000\\U000f0000\\U00100000'"),
        ("\u{e0001}\u{e0020}", "'\\U000e0001\\U000e0020'"),
        (" \u{3000}\u{1680}", "' \\u3000\\u1680'"), ("😀𝟎", "'😀𝟎'"),
    ];

    #[rustfmt::skip]
    const FORMAT_SPECS: &[(&str, &str, &str, &str)] = &[
        ("int", "5", "", "5"),
        ("int", "5", "zd", "ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("int", "5", "s", "ValueError: Unknown format code 's' for object of type 'int'"),
        ("int", "5", ".2d", "ValueError: Precision not allowed in integer format specifier"),
        ("int", "5", "z.2d", "ValueError: Precision not allowed in integer format specifier"),
        ("int", "5", ",c", "ValueError: Cannot specify ',' with 'c'."),
        ("int", "5", ",x", "ValueError: Cannot specify ',' with 'x'."),
        ("int", "5", ",n", "ValueError: Cannot specify ',' with 'n'."),
        ("int", "5", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'int'"),
        ("int", "5", "<<<", "ValueError: Unknown format code '<' for object of type 'int'"),
        ("int", "5", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("int", "5", "_,", "ValueError: Cannot specify both ',' and '_'."), ("int", "5", " ", " 5"),
        ("int", "5", "é", "ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        ("int", "5", " d", " 5"),
        ("int", "5", "\u{1}", "ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("int", "5", "+c", "ValueError: Sign not allowed with integer format specifier 'c'"),
        ("int", "5", "#c", "ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("int", "-1", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("int", "1114112", "c", "OverflowError: %c arg not in range(0x110000)"),
        ("int", "1000000000000000000000000000000", "c", "OverflowError: Python int too large to convert to C long"),
        ("int", "55296", "c", "ValueError: surrogate characters are not supported"),
        ("int", "65", "=5c", "    A"), ("int", "65", "05c", "0000A"), ("int", "65", "^5c", "  A  "),
        ("int", "5", "١٠", "         5"), ("int", "5", "x<١٠", "5xxxxxxxxx"),
        ("bool", "1", ">5", "    1"),
        ("bool", "1", "s", "ValueError: Unknown format code 's' for object of type 'bool'"),
        ("bool", "1", "c", "\u{1}"), ("bool", "1", "d", "1"), ("bool", "1", ".2f", "1.00"),
        ("int", "5", "_b", "101"), ("int", "5", "_o", "5"),
        ("int", "5", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("int", "5", "_%", "500.000000%"), ("int", "5", ",e", "5.000000e+00"),
        ("int", "5", "_c", "ValueError: Cannot specify '_' with 'c'."),
        ("int", "-1234567", "+,", "-1,234,567"), ("int", "-1234567", "_", "-1_234_567"),
        ("int", "1234567", "0=15_b", "1_0010_1101_0110_1000_0111"),
        ("int", "1234", "010,", "00,001,234"), ("int", "1234", "0=10,", "00,001,234"),
        ("int", "12345", "x=+12_", "+xxxxx12_345"), ("int", "255", "#_x", "0xff"),
        ("int", "255", "#012_b", "0b0_1111_1111"), ("int", "0", "#b", "0b0"),
        ("int", "0", "#o", "0o0"), ("int", "-255", "#X", "-0XFF"),
        ("int", "-255", "0=#10x", "-0x00000ff"), ("int", "-255", "010x", "-0000000ff"),
        ("int", "-255", "#010x", "-0x00000ff"), ("int", "-255", "<#010x", "-0xff00000"),
        ("int", "-255", "^#10x", "  -0xff   "),
        ("int", "3", "r", "ValueError: Unknown format code 'r' for object of type 'int'"),
        ("int", "10**400", "f", "OverflowError: int too large to convert to float"),
        ("int", "10**400", "e", "OverflowError: int too large to convert to float"),
        ("int", "-100000000000000000000", " ,", "-100,000,000,000,000,000,000"),
        ("int", "1234567", "n", "1234567"),
        ("int", "5", "99999999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("int", "5", "#zx", "ValueError: Invalid format specifier '#zx' for object of type 'int'"),
        ("int", "5", "z.2,x", "ValueError: Invalid format specifier 'z.2,x' for object of type 'int'"),
        ("int", "5", ".", "ValueError: Format specifier missing precision"),
        ("int", "5", "{", "ValueError: Unknown format code '{' for object of type 'int'"),
        ("int", "5", "-^+9", "---+5----"), ("int", "-3", "*^ 9", "***-3****"),
        ("int", "18446744073709551616", "_X", "1_0000_0000_0000_0000"),
        ("int", "18446744073709551616", ",d", "18,446,744,073,709,551,616"), ("int", "7", "0", "7"),
        ("int", "7", "00", "7"), ("int", "7", "<05", "70000"),
        ("float", "1.5", "x", "ValueError: Unknown format code 'x' for object of type 'float'"),
        ("float", "1.5", "d", "ValueError: Unknown format code 'd' for object of type 'float'"),
        ("float", "1.5", "s", "ValueError: Unknown format code 's' for object of type 'float'"),
        ("float", "1.5", "", "1.5"), ("float", "-0.0", "", "-0.0"), ("float", "-0.0", "+", "-0.0"),
        ("float", "-0.0", "z", "0.0"), ("float", "-0.0", "z.1f", "0.0"),
        ("float", "-0.0001", "z.1f", "0.0"), ("float", "-0.0001", "z", "-0.0001"),
        ("float", "-0.0001", "zg", "-0.0001"), ("float", "-0.001", "z.0%", "0%"),
        ("float", "-0.001", ".0%", "-0%"), ("float", "5.5", "z#010.2f", "0000005.50"),
        ("float", "5.0", "١٠.٢f", "      5.00"), ("float", "inf", "010", "0000000inf"),
        ("float", "inf", "010,", "0000000inf"), ("float", "nan", "+010.3F", "+000000NAN"),
        ("float", "nan", "z", "nan"), ("float", "-inf", "z", "-inf"), ("float", "inf", " ", " inf"),
        ("float", "inf", "#e", "inf"), ("float", "inf", "E", "INF"), ("float", "inf", "%", "inf%"),
        ("float", "nan", "G", "NAN"), ("float", "nan", "n", "nan"),
        ("float", "5.0", ".99999999999999999999999", "ValueError: Too many decimal digits in format string"),
        ("float", "5.0", ".3000000000", "ValueError: precision too big"),
        ("float", "1234567.891", "015,.2f", "0,001,234,567.89"),
        ("float", "1e+50", ",.0f", "100,000,000,000,000,007,629,769,841,091,887,003,294,964,970,946,560"),
        ("float", "1e+16", "", "1e+16"), ("float", "1e+16", "g", "1e+16"),
        ("float", "1e-05", "", "1e-05"), ("float", "123.0", ".0", "1e+02"),
        ("float", "123.0", ".3", "1.23e+02"), ("float", "1234.5", ".2", "1.2e+03"),
        ("float", "1.5", "#.0f", "2."), ("float", "1.5", "#g", "1.50000"),
        ("float", "0.0", "#.0e", "0.e+00"), ("float", "12.0", ".2%", "1200.00%"),
        ("float", "1234567.0", "n", "1.23457e+06"), ("float", "0.5", "0=15_", "0_000_000_000.5"),
        ("float", "12345.678", "0=15_", "000_012_345.678"),
        ("float", "12345.678", "^+20,.3e", "     +1.235e+04     "),
        ("float", "123456789.0", "20", "         123456789.0"), ("float", "1e+22", ".3", "1e+22"),
        ("float", "0.30000000000000004", ".17", "0.30000000000000004"),
        ("float", "0.30000000000000004", ".30f", "0.300000000000000044408920985006"),
        ("float", "5e-324", ".3e", "4.941e-324"), ("float", "5e-324", "f", "0.000000"),
        ("float", "2.5", ".0f", "2"), ("float", "0.125", ".2f", "0.12"),
        ("float", "0.375", ".2f", "0.38"), ("float", "1.5", ".0e", "2e+00"),
        ("float", "2.5", ".0e", "2e+00"), ("float", "1e+16", ".16g", "1e+16"),
        ("float", "1e+16", ".17g", "10000000000000000"), ("float", "1e+16", ".17", "1e+16"),
        ("float", "9.5", ".1g", "1e+01"), ("float", "9.5", ".1", "1e+01"),
        ("float", "0.0001", "", "0.0001"), ("float", "0.0001", ".1", "0.0001"),
        ("float", "123.456", "#.0", "1.e+02"), ("float", "123.456", "#", "123.456"),
        ("float", "100.0", "#g", "100.000"), ("float", "100.0", "#.1", "1.e+02"),
        ("float", "100.0", ".1", "1e+02"), ("float", "1.0", "#.0", "1.e+00"),
        ("float", "1.0", ".0", "1e+00"), ("float", "1.0", "#", "1.0"),
        ("float", "0.0", ".0", "0e+00"), ("float", "0.0", " ", " 0.0"),
        ("float", "-0.0", ".0e", "-0e+00"), ("float", "-0.0", "z.0e", "0e+00"),
        ("float", "1.5", "_", "1.5"),
        ("float", "1.5", ",_", "ValueError: Cannot specify both ',' and '_'."),
        ("float", "1.5", "_n", "ValueError: Cannot specify '_' with 'n'."),
        ("float", "1.5", ".,f", "ValueError: Format specifier missing precision"),
        ("float", "1.5", "abc", "ValueError: Invalid format specifier 'abc' for object of type 'float'"),
        ("float", "1.5", "=^10", "===1.5===="), ("float", "1.5", "*<10.3", "1.5*******"),
        ("float", "-1.5", "0=+10", "-0000001.5"), ("float", "-1.5", "010", "-0000001.5"),
        ("float", "1.5", "c", "ValueError: Unknown format code 'c' for object of type 'float'"),
        ("float", "1e+30", ".3f", "1000000000000000019884624838656.000"),
        ("float", "1e+300", ".3e", "1.000e+300"), ("str", "abc", "s", "abc"),
        ("str", "abc", "", "abc"),
        ("str", "abc", "d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("str", "abc", "+", "ValueError: Sign not allowed in string format specifier"),
        ("str", "abc", "-", "ValueError: Sign not allowed in string format specifier"),
        ("str", "abc", " ", "ValueError: Space not allowed in string format specifier"),
        ("str", "abc", "z", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("str", "abc", "zs", "ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("str", "abc", "#", "ValueError: Alternate form (#) not allowed in string format specifier"),
        ("str", "abc", "=", "ValueError: '=' alignment not allowed in string format specifier"),
        ("str", "abc", "=10", "ValueError: '=' alignment not allowed in string format specifier"),
        ("str", "abc", "0=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("str", "abc", "+=5", "ValueError: '=' alignment not allowed in string format specifier"),
        ("str", "abc", "=+5", "ValueError: Sign not allowed in string format specifier"),
        ("str", "abc", "+d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("str", "abc", ",d", "ValueError: Unknown format code 'd' for object of type 'str'"),
        ("str", "abc", ".,", "ValueError: Format specifier missing precision"),
        ("str", "abc", ",", "ValueError: Cannot specify ',' with 's'."),
        ("str", "abc", "_", "ValueError: Cannot specify '_' with 's'."),
        ("str", "abc", "z,", "ValueError: Cannot specify ',' with 's'."),
        ("str", "abc", "x^10", "xxxabcxxxx"), ("str", "abc", "010", "abc0000000"),
        ("str", "abc", "0", "abc"), ("str", "abc", ".0s", ""), ("str", "abc", ".2", "ab"),
        ("str", "abc", ">6.1", "     a"), ("str", "héllo", "^9", "  héllo  "),
        ("str", "中文", "*>5", "***中文"), ("str", "abc", "é^7", "ééabcéé"),
        ("str", "abc", "{^7", "{{abc{{"),
        ("str", "abc", "r", "ValueError: Unknown format code 'r' for object of type 'str'"),
        ("str", "", "5", "     "),
        ("str", "abc", "+#", "ValueError: Sign not allowed in string format specifier"),
    ];

    #[test]
    fn float_reprs_round_trip() {
        for &text in FLOAT_REPRS {
            assert_eq!(float_repr(text.parse().unwrap()), text);
        }
    }

    #[test]
    fn str_reprs() {
        for &(text, expected) in STR_REPRS {
            assert_eq!(str_repr(text), expected, "repr({text:?})");
        }
    }

    #[test]
    fn format_specs() {
        for &(type_name, value, spec, expected) in FORMAT_SPECS {
            assert_eq!(format_value(type_name, value, spec), expected, "format({value}, {spec:?})");
        }
        let huge = "ValueError: Exceeds the limit (4300 digits) for integer string conversion; \
                    use sys.set_int_max_str_digits() to increase the limit";
        assert_eq!(format_value("int", "10**4300", "d"), huge);
        assert_eq!(format_value("int", "10**4300", ","), huge);
        assert_eq!(format_value("int", "10**4300", "x").len(), 3572);
        assert_eq!(format_value("int", "5", "9999999999999"), "MemoryError: ");
    }

    #[test]
    fn empty_spec_matches_str() {
        for value in ["0", "-7", "123456789012345678901234567890"] {
            assert_eq!(format_value("int", value, ""), value);
        }
        for value in ["1.0", "-0.0", "1e+16", "1e-05", "0.30000000000000004", "inf", "nan"] {
            assert_eq!(format_value("float", value, ""), value);
        }
        assert_eq!(format_value("str", "text", ""), "text");
    }
}
