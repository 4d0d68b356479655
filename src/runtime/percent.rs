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

use crate::runtime::format::{check_width, double_to_string, DtoaFlags};
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

    /// No width, precision or flag: the value's text is written as it is.
    pub fn is_plain(&self) -> bool {
        !(self.left_adjust || self.plus || self.blank || self.alternate || self.zero)
            && self.width == PercentCount::Absent
            && self.precision == PercentCount::Absent
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

/// Reads a `%` spec a character at a time, like CPython's `fmtpos`/`fmtcnt`.
struct Cursor<'a> {
    /// The characters not yet read.
    chars: std::str::CharIndices<'a>,
    /// The current character: the last one read (or the first, peeked).
    ch: char,
    /// Set once a read found the text exhausted (CPython's `fmtcnt < 0`).
    ended: bool,
}

impl Cursor<'_> {
    /// Reads the next character into `ch`; false at the end of the text.
    fn read(&mut self) -> bool {
        match self.chars.next() {
            Some((_, c)) => {
                self.ch = c;
                true
            }
            None => {
                self.ended = true;
                false
            }
        }
    }

    /// Reads the digits of a width or precision that starts with `first`,
    /// failing with `message` past `max`.
    fn read_number(&mut self, first: u32, max: usize, message: &str) -> Result<usize, Raise> {
        let mut value = first as usize;
        while self.read() {
            let Some(d) = self.ch.to_digit(10) else { break };
            if value > (max - d as usize) / 10 {
                return raise(ExcKind::ValueError, message);
            }
            value = value * 10 + d as usize;
        }
        Ok(value)
    }
}

/// Parses the spec that starts right after a `%` (the caller handles `%%`).
/// Raises CPython's `incomplete format key`, `incomplete format`,
/// `width too big` and `precision too big`.
pub fn parse_percent_spec(text: &str) -> Result<PercentSpec, Raise> {
    let mut cursor = Cursor {
        chars: text.char_indices(),
        ch: text.chars().next().unwrap_or('\0'),
        ended: false,
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
    if cursor.ch == '(' {
        cursor.chars.next();
        let key_start = cursor.chars.offset();
        let mut depth = 1;
        while depth > 0 && cursor.read() {
            match cursor.ch {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
        }
        if cursor.ended || depth > 0 {
            return raise(ExcKind::ValueError, "incomplete format key");
        }
        spec.key = Some(text[key_start..cursor.chars.offset() - 1].to_string());
    }
    while cursor.read() {
        match cursor.ch {
            '-' => spec.left_adjust = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alternate = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if cursor.ch == '*' {
        spec.width = PercentCount::Star;
        cursor.read();
    } else if let Some(first) = cursor.ch.to_digit(10) {
        let width = cursor.read_number(first, i64::MAX as usize, "width too big")?;
        spec.width = PercentCount::Given(width);
    }
    if cursor.ch == '.' {
        spec.precision = PercentCount::Given(0);
        cursor.read();
        if cursor.ch == '*' {
            spec.precision = PercentCount::Star;
            cursor.read();
        } else if let Some(first) = cursor.ch.to_digit(10) {
            let precision = cursor.read_number(first, i32::MAX as usize, "precision too big")?;
            spec.precision = PercentCount::Given(precision);
        }
    }
    if !cursor.ended && matches!(cursor.ch, 'h' | 'l' | 'L') {
        cursor.read();
    }
    if cursor.ended {
        return raise(ExcKind::ValueError, "incomplete format");
    }
    spec.conversion = cursor.ch;
    spec.len = cursor.chars.offset();
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
    text.extend(std::iter::repeat_n('0', precision.saturating_sub(digits.len())));
    text.push_str(&digits);
    pad(&text, spec, true)
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
    pad(&text, spec, true)
}

/// Pads the text of a `%s`, `%r`, `%a` or `%c` conversion; the precision
/// truncates it except for `%c`.
pub fn percent_text(text: &str, spec: &PercentSpec) -> Result<String, Raise> {
    match spec.precision_value() {
        Some(p) if spec.conversion != 'c' && text.chars().count() > p => {
            let cut = text.char_indices().nth(p).map_or(text.len(), |(i, _)| i);
            pad(&text[..cut], spec, false)
        }
        _ => pad(text, spec, false),
    }
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix and padding.
fn pad(text: &str, spec: &PercentSpec, numeric: bool) -> Result<String, Raise> {
    check_width(spec.width_value())?;
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
        out.extend(std::iter::repeat_n(fill, width - len));
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
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(out)
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

    /// `("%" + text) % args` for one argument of the given kind (`text`
    /// arguments are already converted by `str`/`repr`/`chr`), driven the
    /// way the VM drives this module. The tables list (text after the %,
    /// argument kind, argument, star arguments, result).
    fn percent(text: &str, kind: &str, value: &str, stars: &str) -> String {
        let result = parse_percent_spec(text).and_then(|mut spec| {
            let mut stars = stars.split_whitespace().map(|s| s.parse::<i64>().unwrap());
            if spec.width == PercentCount::Star {
                spec.set_star_width(stars.next().unwrap());
            }
            if spec.precision == PercentCount::Star {
                spec.set_star_precision(stars.next().unwrap());
            }
            let body = match spec.conversion {
                's' | 'r' | 'a' | 'c' => percent_text(value, &spec),
                'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                    if kind == "int" {
                        percent_int(&int(value), &spec)
                    } else {
                        percent_float(value.parse().unwrap(), &spec)
                    }
                }
                c => Err(unsupported_conversion(c, text[..spec.len].chars().count())),
            }?;
            Ok(format!("{body}{}", &text[spec.len..]))
        });
        result.unwrap_or_else(|e| format!("{:?}: {}", e.kind, e.message))
    }

    #[rustfmt::skip]
    const PERCENT_CASES: &[(&str, &str, &str, &str, &str)] = &[
        ("d", "float", "3.7", "", "3"),
        ("x", "float", "3.7", "", "TypeError: %x format: an integer is required, not float"),
        ("#x", "int", "0", "", "0x0"), ("#o", "int", "8", "", "0o10"),
        ("+05d", "int", "3", "", "+0003"), ("-05d|", "int", "3", "", "3    |"),
        (".3d", "int", "5", "", "005"), ("#.3x", "int", "5", "", "0x005"),
        ("+.3x", "int", "-5", "", "-005"), (" d", "int", "5", "", " 5"),
        (" +d", "int", "5", "", "+5"), ("+ d", "int", "5", "", "+5"),
        ("#X", "int", "255", "", "0XFF"), ("#10X", "int", "255", "", "      0XFF"),
        ("#010X", "int", "-255", "", "-0X00000FF"), ("-#10x|", "int", "-255", "", "-0xff     |"),
        ("0-10d|", "int", "42", "", "42        |"), ("010.3d", "int", "-5", "", "-000000005"),
        ("10.3d|", "int", "-5", "", "      -005|"), ("f", "int", "3", "", "3.000000"),
        ("F", "float", "inf", "", "INF"), ("F", "float", "nan", "", "NAN"),
        ("010f", "float", "-inf", "", "-000000inf"), ("+f", "float", "nan", "", "+nan"),
        ("#g", "float", "1.0", "", "1.00000"), ("#.0f", "float", "1.0", "", "1."),
        ("#.0e", "float", "1.0", "", "1.e+00"), ("g", "float", "1e+16", "", "1e+16"),
        ("g", "float", "123456.0", "", "123456"), ("g", "float", "1234567.0", "", "1.23457e+06"),
        (".0g", "float", "15.0", "", "2e+01"), ("e", "float", "0.0", "", "0.000000e+00"),
        ("E", "float", "-1e-300", "", "-1.000000E-300"),
        (".20f", "float", "0.1", "", "0.10000000000000000555"),
        (".50e", "float", "0.3333333333333333", "", "3.33333333333333314829616256247390992939472198486328e-01"),
        ("ld", "int", "5", "", "5"), ("hd", "int", "5", "", "5"),
        ("Lf", "float", "5.0", "", "5.000000"),
        ("lld", "int", "5", "", "ValueError: unsupported format character 'l' (0x6c) at index 2"),
        ("z", "int", "1", "", "ValueError: unsupported format character 'z' (0x7a) at index 1"),
        ("\u{1}", "int", "1", "", "ValueError: unsupported format character '?' (0x1) at index 1"),
        ("é", "int", "1", "", "ValueError: unsupported format character '?' (0xe9) at index 1"),
        ("5%", "int", "1", "", "ValueError: unsupported format character '%' (0x25) at index 2"),
        ("u", "int", "-3", "", "-3"), (".0f", "float", "0.5", "", "0"),
        (".0f", "float", "1.5", "", "2"), (".0f", "float", "2.5", "", "2"),
        (".2f", "float", "2.675", "", "2.67"), ("5.1f|", "float", "-0.0", "", " -0.0|"),
        ("+.1f", "float", "-0.0", "", "-0.0"), (" .1f", "float", "0.0", "", " 0.0"),
        ("+.1e", "float", "0.0", "", "+0.0e+00"),
        ("020.5e", "float", "-1234.5", "", "-000000001.23450e+03"),
        ("-+010.3x", "int", "1", "", "+001      "), (".3o", "int", "-8", "", "-010"),
        ("#.3o", "int", "-8", "", "-0o010"), ("#5.3o|", "int", "8", "", "0o010|"),
        ("#x", "int", "10**30", "", "0xc9f2c9cd04674edea40000000"),
        (".2147483647d", "int", "1", "", "OverflowError: precision too large"),
        ("i", "float", "inf", "", "OverflowError: cannot convert float infinity to integer"),
        ("o", "int", "0", "", "0"), ("12.5d", "int", "10**20", "", "100000000000000000000"),
        ("d", "int", "10**4300", "", "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"),
        ("5.1s|", "text", "abc", "", "    a|"), ("-6s|", "text", "héllo", "", "héllo |"),
        (".0r", "text", "'x'", "", ""), ("5c|", "text", "A", "", "    A|"),
        (".3c", "text", "A", "", "A"), ("-3c|", "text", "中", "", "中  |"),
        ("(key)s", "text", "v", "", "v"), ("(a(b))d", "int", "7", "", "7"),
        ("(x)5.2f|", "float", "3.14159", "", " 3.14|"), ("*d", "int", "3", "5", "    3"),
        ("-*d|", "int", "3", "5", "3    |"), ("*d|", "int", "3", "-5", "3    |"),
        (".*f", "float", "3.14159", "-2", "3"), (".*f", "float", "3.14159", "2", "3.14"),
        ("*.*f|", "float", "-3.14159", "-9 3", "-3.142   |"),
        ("0*.*e|", "float", "3.14159", "12 1", "000003.1e+00|"),
        ("", "int", "1", "", "ValueError: incomplete format"),
        ("(", "int", "1", "", "ValueError: incomplete format key"),
        ("(a", "int", "1", "", "ValueError: incomplete format key"),
        ("(a)", "int", "1", "", "ValueError: incomplete format"),
        ("5", "int", "1", "", "ValueError: incomplete format"),
        (".", "int", "1", "", "ValueError: incomplete format"),
        ("-", "int", "1", "", "ValueError: incomplete format"),
        ("99999999999999999999d", "int", "1", "", "ValueError: width too big"),
        (".99999999999999d", "int", "1", "", "ValueError: precision too big"),
        (".2147483648d", "int", "1", "", "ValueError: precision too big"),
    ];

    #[test]
    fn percent_formatting() {
        for &(text, kind, value, stars, expected) in PERCENT_CASES {
            assert_eq!(percent(text, kind, value, stars), expected, "'%{text}' % {value}");
        }
    }

    #[test]
    fn spec_fields() {
        let spec = parse_percent_spec("(na(m)e)-#08.3lxyz").unwrap();
        assert_eq!(spec.key.as_deref(), Some("na(m)e"));
        assert!(spec.left_adjust && spec.alternate && spec.zero && !spec.plus && !spec.blank);
        assert_eq!((spec.width, spec.precision), (PercentCount::Given(8), PercentCount::Given(3)));
        assert_eq!((spec.conversion, spec.len), ('x', 16));
        let spec = parse_percent_spec("é*.*s").unwrap();
        assert_eq!((spec.conversion, spec.len), ('é', 2));
        let spec = parse_percent_spec("*.*sé").unwrap();
        assert_eq!(
            (spec.width, spec.precision, spec.len),
            (PercentCount::Star, PercentCount::Star, 4)
        );
        let huge =
            PercentSpec { width: PercentCount::Given(1 << 40), ..parse_percent_spec("d").unwrap() };
        assert_eq!(percent_int(&int("5"), &huge), Err(Raise::new(ExcKind::MemoryError, "")));
    }
}
