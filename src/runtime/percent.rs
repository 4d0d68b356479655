//! printf-style `%` formatting (`"%5.2f" % x`): parsing one conversion
//! spec, formatting ints and floats with it, and padding text for `%s`,
//! `%r`, `%a` and `%c`, following `unicode_format_arg_parse`,
//! `_PyUnicode_FormatLong`, `formatfloat` and `unicode_format_arg_output`
//! of CPython 3.11's Objects/unicodeobject.c.
//!
//! The VM drives the format string: it copies literal text, turns `%%`
//! into `%`, calls [`parse_percent_spec`] on the text after any other `%`,
//! looks up a mapping key, fills `*` widths and precisions from the
//! arguments ([`PercentSpec::set_star_width`],
//! [`PercentSpec::set_star_precision`]), takes the next argument, and then
//! dispatches on the conversion character: `s r a c` to [`percent_text`],
//! `d i u o x X e E f F g G` to [`percent_int`] or [`percent_float`], and
//! anything else to [`unsupported_conversion`].

use num_bigint::BigInt;
use num_traits::Signed;

use crate::runtime::format::{double_to_string, DtoaFlags};
use crate::runtime::numeric::{f64_to_int, int_to_f64, int_to_str};
use crate::runtime::raise::{raise, ExcKind, Raise};

/// A width or precision of a `%` spec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    Absent,
    /// `*`: taken from the next argument.
    Star,
    /// Written in the spec, or filled in from a `*` argument.
    Given(usize),
}

/// One parsed `%` conversion spec: `[(key)][flags][width][.precision][hlL]type`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`, without its parentheses.
    pub key: Option<String>,
    /// The `-` flag: pad on the right.
    pub left_adjust: bool,
    /// The `+` flag: always write a sign.
    pub plus: bool,
    /// The ` ` flag: a space before non-negative numbers.
    pub blank: bool,
    /// The `#` flag: the alternate form.
    pub alternate: bool,
    /// The `0` flag: pad numbers with zeros.
    pub zero: bool,
    /// The minimum field width.
    pub width: PercentCount,
    /// The precision.
    pub precision: PercentCount,
    /// The conversion character (not validated; see [`unsupported_conversion`]).
    pub conversion: char,
    /// How many bytes of the text after the `%` this spec occupies.
    pub len: usize,
}

impl PercentSpec {
    /// Fills a `*` width from its argument; a negative width means `-`.
    pub fn set_star_width(&mut self, width: i64) {
        if width < 0 {
            self.left_adjust = true;
        }
        self.width = PercentCount::Given(width.unsigned_abs() as usize);
    }

    /// Fills a `*` precision from its argument; a negative one means 0.
    pub fn set_star_precision(&mut self, precision: i64) {
        self.precision = PercentCount::Given(precision.max(0) as usize);
    }

    fn width_value(&self) -> usize {
        match self.width {
            PercentCount::Given(w) => w,
            _ => 0,
        }
    }

    fn precision_value(&self) -> Option<usize> {
        match self.precision {
            PercentCount::Given(p) => Some(p),
            _ => None,
        }
    }
}

/// Parses the spec that starts right after a `%` (the caller handles `%%`).
/// Raises CPython's `incomplete format key`, `incomplete format`,
/// `width too big` and `precision too big`.
pub fn parse_percent_spec(text: &str) -> Result<PercentSpec, Raise> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // `remaining` counts characters not yet read, as CPython's fmtcnt does;
    // it goes negative when the text ends too early.
    let mut pos = 0;
    let mut remaining = chars.len() as i64;
    let mut ch = chars.first().map_or('\0', |&(_, c)| c);
    let read = |ch: &mut char, pos: &mut usize, remaining: &mut i64| -> bool {
        *remaining -= 1;
        if *remaining < 0 {
            return false;
        }
        *ch = chars[*pos].1;
        *pos += 1;
        true
    };
    let mut spec = PercentSpec {
        key: None,
        left_adjust: false,
        plus: false,
        blank: false,
        alternate: false,
        zero: false,
        width: PercentCount::Absent,
        precision: PercentCount::Absent,
        conversion: '\0',
        len: 0,
    };
    if ch == '(' {
        pos += 1;
        remaining -= 1;
        let key_start = pos;
        let mut depth = 1;
        while depth > 0 && read(&mut ch, &mut pos, &mut remaining) {
            match ch {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if remaining < 0 || depth > 0 {
            return raise(ExcKind::ValueError, "incomplete format key");
        }
        spec.key = Some(chars[key_start..pos - 1].iter().map(|&(_, c)| c).collect());
    }
    while read(&mut ch, &mut pos, &mut remaining) {
        match ch {
            '-' => spec.left_adjust = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        spec.width = PercentCount::Star;
        read(&mut ch, &mut pos, &mut remaining);
    } else if let Some(first) = ch.to_digit(10) {
        let mut width = first as usize;
        while read(&mut ch, &mut pos, &mut remaining) {
            let Some(d) = ch.to_digit(10) else { break };
            if width > (i64::MAX as usize - d as usize) / 10 {
                return raise(ExcKind::ValueError, "width too big");
            }
            width = width * 10 + d as usize;
        }
        spec.width = PercentCount::Given(width);
    }
    if ch == '.' {
        spec.precision = PercentCount::Given(0);
        read(&mut ch, &mut pos, &mut remaining);
        if ch == '*' {
            spec.precision = PercentCount::Star;
            read(&mut ch, &mut pos, &mut remaining);
        } else if let Some(first) = ch.to_digit(10) {
            let mut precision = first as usize;
            while read(&mut ch, &mut pos, &mut remaining) {
                let Some(d) = ch.to_digit(10) else { break };
                if precision > (i32::MAX as usize - d as usize) / 10 {
                    return raise(ExcKind::ValueError, "precision too big");
                }
                precision = precision * 10 + d as usize;
            }
            spec.precision = PercentCount::Given(precision);
        }
    }
    if remaining >= 0 && matches!(ch, 'h' | 'l' | 'L') {
        read(&mut ch, &mut pos, &mut remaining);
    }
    if remaining < 0 {
        return raise(ExcKind::ValueError, "incomplete format");
    }
    spec.conversion = ch;
    spec.len = chars.get(pos).map_or(text.len(), |&(offset, _)| offset);
    Ok(spec)
}

/// CPython's error for a conversion character it does not know; `index` is
/// the character's position (in characters) in the whole format string.
pub fn unsupported_conversion(conversion: char, index: usize) -> Raise {
    let code = conversion as u32;
    let shown = if (31..=126).contains(&code) { conversion } else { '?' };
    Raise::new(
        ExcKind::ValueError,
        format!("unsupported format character '{shown}' (0x{code:x}) at index {index}"),
    )
}

/// Formats an int for `%d %i %u %o %x %X` (and, converting it to a float
/// first, for `%e %E %f %F %g %G`).
pub fn percent_int(value: &BigInt, spec: &PercentSpec) -> Result<String, Raise> {
    let conversion = spec.conversion;
    if matches!(conversion, 'e' | 'E' | 'f' | 'F' | 'g' | 'G') {
        return percent_float(int_to_f64(value)?, spec);
    }
    let precision = spec.precision_value().unwrap_or(0);
    if precision > i32::MAX as usize - 3 {
        return raise(ExcKind::OverflowError, "precision too large");
    }
    let (digits, prefix) = match conversion {
        'o' => (value.magnitude().to_str_radix(8), "0o"),
        'x' => (value.magnitude().to_str_radix(16), "0x"),
        'X' => (value.magnitude().to_str_radix(16).to_ascii_uppercase(), "0X"),
        _ => (int_to_str(value)?.trim_start_matches('-').to_string(), ""),
    };
    let mut text = String::with_capacity(digits.len().max(precision) + 3);
    if value.is_negative() {
        text.push('-');
    }
    if spec.alternate {
        text.push_str(prefix);
    }
    text.extend(std::iter::repeat('0').take(precision.saturating_sub(digits.len())));
    text.push_str(&digits);
    Ok(pad(&text, spec, true))
}

/// Formats a float for `%e %E %f %F %g %G` (and, truncating it to an int,
/// for `%d %i %u`; `%o %x %X` refuse a float).
pub fn percent_float(value: f64, spec: &PercentSpec) -> Result<String, Raise> {
    match spec.conversion {
        'd' | 'i' | 'u' => return percent_int(&f64_to_int(value)?, spec),
        c @ ('o' | 'x' | 'X') => {
            return raise(
                ExcKind::TypeError,
                format!("%{c} format: an integer is required, not float"),
            )
        }
        _ => {}
    }
    let precision = spec.precision_value().unwrap_or(6);
    let flags = DtoaFlags { alt: spec.alternate, ..DtoaFlags::default() };
    let text = double_to_string(value, spec.conversion, precision, flags);
    Ok(pad(&text, spec, true))
}

/// Pads the text of a `%s`, `%r`, `%a` or `%c` conversion; the precision
/// truncates it except for `%c`.
pub fn percent_text(text: &str, spec: &PercentSpec) -> String {
    match spec.precision_value() {
        Some(p) if spec.conversion != 'c' && text.chars().count() > p => {
            let cut = text.char_indices().nth(p).map_or(text.len(), |(i, _)| i);
            pad(&text[..cut], spec, false)
        }
        _ => pad(text, spec, false),
    }
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix and padding.
fn pad(text: &str, spec: &PercentSpec, numeric: bool) -> String {
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    let mut len = chars.len();
    let mut sign = None;
    if numeric {
        match chars.first() {
            Some(&c @ ('-' | '+')) => {
                sign = Some(c);
                start = 1;
                len -= 1;
            }
            _ if spec.plus => sign = Some('+'),
            _ if spec.blank => sign = Some(' '),
            _ => {}
        }
    }
    let mut width = spec.width_value().max(len);
    let mut out = String::with_capacity(width + 1);
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let prefixed = numeric && spec.alternate && matches!(spec.conversion, 'x' | 'X' | 'o');
    if prefixed {
        if fill != ' ' {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !spec.left_adjust {
        out.extend(std::iter::repeat(fill).take(width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        if prefixed {
            out.extend(&chars[start..start + 2]);
            start += 2;
        }
    }
    out.extend(&chars[start..start + len]);
    if width > len {
        out.extend(std::iter::repeat(' ').take(width - len));
    }
    out
}
