//! Text encodings: `str.encode`, `bytes.decode` and `str(b, encoding)` for
//! UTF-8 (and UTF-8 with a signature), UTF-16, UTF-32, ASCII and Latin-1,
//! and the escape codecs `unicode_escape` and `raw_unicode_escape`, with the error handlers `strict`, `replace`,
//! `ignore`, `backslashreplace` and (encoding only) `xmlcharrefreplace`,
//! raising `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's
//! arguments, attributes and messages.

use super::args::{check_keywords, keyword, positional};
use super::bytes::{as_bytes, new_bytes};
use super::exception::{exc_attrs, exc_obj, new_exception};
use super::number::{as_i64, int};
use super::object::{kind_of, Kind};
use super::ops::type_name;
use super::seq::tuple_items;
use super::str::{as_str, new_str, new_string};
use super::value::Value;
use super::vm::{exc_class, intern, raise_named, set_exception, Exc, PyResult};

/// The encodings coro implements (named where source declarations are
/// read too).
use crate::syntax::codec_names::Codec as Encoding;

impl Encoding {
    /// The canonical name CPython puts in error messages.
    fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Sig => "utf-8",
            Encoding::Utf { width: 2, big: false, .. } => "utf-16-le",
            Encoding::Utf { width: 2, .. } => "utf-16-be",
            Encoding::Utf { big: false, .. } => "utf-32-le",
            Encoding::Utf { .. } => "utf-32-be",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }

    /// The first code point the encoding cannot represent.
    fn limit(self) -> u32 {
        match self {
            Encoding::Utf8 | Encoding::Utf8Sig | Encoding::Utf { .. } => 0x110000,
            Encoding::Ascii => 0x80,
            Encoding::Latin1 => 0x100,
        }
    }
}

/// Looks an encoding name up the way CPython's codec registry does (case
/// and punctuation insensitive, with the common aliases).
fn lookup(name: &str, direction: &str) -> PyResult<Encoding> {
    match crate::syntax::codec_names::codec_named(name) {
        Some(codec) => Ok(codec),
        None if is_binary_codec(name) => raise_named(
            "LookupError",
            format!("'{name}' is not a text encoding; use codecs.{direction}() to handle arbitrary codecs"),
        ),
        None => raise_named("LookupError", format!("unknown encoding: {name}")),
    }
}

/// True for the names of CPython's bytes-to-bytes and str-to-str codecs,
/// which `str.encode` and `bytes.decode` refuse by name.
fn is_binary_codec(name: &str) -> bool {
    let key = name.to_ascii_lowercase().replace(['-', ' '], "_");
    const NAMES: [&str; 18] = [
        "base64", "base_64", "base64_codec", "bz2", "bz2_codec", "hex", "hex_codec", "quopri", "quotedprintable",
        "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu", "uu_codec", "zip", "zlib", "zlib_codec",
    ];
    NAMES.contains(&key.as_str())
}

/// What to do with bytes or characters the codec cannot handle.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    XmlCharRefReplace,
}

/// Looks an error handler up (CPython does this lazily, at the first error).
fn handler(name: &str, decoding: bool) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" if decoding => {
            return raise_named("TypeError", "don't know how to handle UnicodeDecodeError in error callback")
        }
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" | "surrogatepass" | "namereplace" => {
            return raise_named("NotImplementedError", format!("coro does not support the '{name}' error handler"))
        }
        _ => return raise_named("LookupError", format!("unknown error handler name '{name}'")),
    })
}

/// Raises a `UnicodeDecodeError` or `UnicodeEncodeError` with CPython's
/// five arguments and the matching attributes.
fn raise_unicode_error<T>(class: &str, encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> PyResult<T> {
    let enc = new_str(encoding);
    let reason = new_str(reason);
    let args = [enc, object, int(start as i64), int(end as i64), reason];
    let exc = new_exception(exc_class(class), &args);
    for (name, v) in ["encoding", "object", "start", "end", "reason"].into_iter().zip(args) {
        exc_attrs(exc).set_str(intern(name), v);
    }
    set_exception(exc);
    Err(Exc)
}

/// The text of a byte the decoder could not handle, for `backslashreplace`.
fn push_escaped_bytes(out: &mut String, bad: &[u8]) {
    for b in bad {
        out.push_str(&format!("\\x{b:02x}"));
    }
}

/// The escape codecs, which are not text encodings of their own: the
/// bytes are Latin-1 text with Python's backslash escapes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Escapes {
    /// `unicode_escape`: every escape of a str literal.
    All,
    /// `raw_unicode_escape`: only `\uXXXX` and `\UXXXXXXXX`, after an odd
    /// run of backslashes.
    Raw,
}

fn escape_codec(name: &str) -> Option<Escapes> {
    match crate::syntax::codec_names::normalize(name).as_str() {
        "unicode_escape" => Some(Escapes::All),
        "raw_unicode_escape" => Some(Escapes::Raw),
        _ => None,
    }
}

/// Raises the `UnicodeDecodeError` of an escape codec.
fn raise_escape_error<T>(codec: Escapes, data: &[u8], start: usize, end: usize, reason: &str) -> PyResult<T> {
    let name = if codec == Escapes::All { "unicodeescape" } else { "rawunicodeescape" };
    raise_unicode_error("UnicodeDecodeError", name, new_bytes(data.to_vec()), start, end, reason)
}

/// Decodes `data` with an escape codec (strict errors only).
fn decode_escaped(codec: Escapes, data: &[u8], errors: &str) -> PyResult<String> {
    if errors != "strict" {
        return raise_named("NotImplementedError", format!("coro does not support the '{errors}' error handler with escape codecs"));
    }
    let text: String = data.iter().map(|&b| b as char).collect();
    // Byte positions in `text` (UTF-8) back to positions in `data`.
    let at = |p: usize| text[..p.min(text.len())].chars().count();
    match codec {
        Escapes::All => {
            let run = data.iter().rev().take_while(|&&b| b == b'\\').count();
            if run % 2 == 1 {
                return raise_escape_error(codec, data, data.len() - 1, data.len(), "\\ at end of string");
            }
            crate::syntax::literals::unescape(&text).or_else(|e| match e {
                crate::syntax::literals::EscapeError::Unicode { start, end, reason } => {
                    raise_escape_error(codec, data, at(start), at(end) + 1, reason)
                }
                crate::syntax::literals::EscapeError::Other(message) => raise_named("NotImplementedError", message),
            })
        }
        Escapes::Raw => {
            let chars: Vec<char> = text.chars().collect();
            let mut out = String::with_capacity(chars.len());
            let mut i = 0;
            while i < chars.len() {
                let run = chars[i..].iter().take_while(|&&c| c == '\\').count();
                if run == 0 {
                    out.push(chars[i]);
                    i += 1;
                    continue;
                }
                let width = match chars.get(i + run) {
                    Some('u') if run % 2 == 1 => 4,
                    Some('U') if run % 2 == 1 => 8,
                    _ => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                        continue;
                    }
                };
                out.extend(&chars[i..i + run - 1]);
                let start = i + run - 1;
                let digits: String = chars[start + 2..].iter().take(width).take_while(|c| c.is_ascii_hexdigit()).collect();
                let what = if width == 4 { "truncated \\uXXXX escape" } else { "truncated \\UXXXXXXXX escape" };
                if digits.len() < width {
                    return raise_escape_error(codec, data, start, start + 2 + digits.len(), what);
                }
                let code = u32::from_str_radix(&digits, 16).expect("hex digits");
                match char::from_u32(code) {
                    Some(c) => out.push(c),
                    None => return raise_escape_error(codec, data, start, start + 2 + width, "\\Uxxxxxxxx out of range"),
                }
                i = start + 2 + width;
            }
            Ok(out)
        }
    }
}

/// Encodes `text` with an escape codec.
fn encode_escaped(codec: Escapes, text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let n = c as u32;
        match (codec, c) {
            (Escapes::All, '\\') => out.extend_from_slice(b"\\\\"),
            (Escapes::All, '\t') => out.extend_from_slice(b"\\t"),
            (Escapes::All, '\n') => out.extend_from_slice(b"\\n"),
            (Escapes::All, '\r') => out.extend_from_slice(b"\\r"),
            (Escapes::All, ' '..='~') => out.push(n as u8),
            (Escapes::All, _) if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            (Escapes::Raw, _) if n < 0x100 => out.push(n as u8),
            (_, _) if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
        }
    }
    out
}

/// Decodes `data` (0x80 and up invalid for ASCII).
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if let Some(codec) = escape_codec(encoding) {
        return decode_escaped(codec, data, errors);
    }
    let mut enc = lookup(encoding, "decode")?;
    let mut data = data;
    // Where decoding starts (after a UTF-16 or UTF-32 byte order mark,
    // which error positions count).
    let mut i = 0;
    match enc {
        Encoding::Utf8Sig => {
            data = data.strip_prefix(b"\xef\xbb\xbf".as_slice()).unwrap_or(data);
            enc = Encoding::Utf8;
        }
        Encoding::Utf { width, bom: true, .. } => {
            // The byte order mark decides (little-endian without one).
            let (le, be): (&[u8], &[u8]) = if width == 2 { (b"\xff\xfe", b"\xfe\xff") } else { (b"\xff\xfe\0\0", b"\0\0\xfe\xff") };
            let big = data.starts_with(be);
            if big || data.starts_with(le) {
                i = width;
            }
            enc = Encoding::Utf { width, big, bom: false };
        }
        _ => {}
    }
    let mut out = String::with_capacity(data.len());
    while i < data.len() {
        let (start, end, reason) = match enc {
            Encoding::Utf { width, big, .. } => match decode_units(data, i, width, big, &mut out) {
                None => break,
                Some(bad) => bad,
            },
            Encoding::Latin1 => {
                out.extend(data.iter().map(|&b| b as char));
                break;
            }
            Encoding::Ascii => {
                let run = data[i..].iter().position(|&b| b >= 0x80).unwrap_or(data.len() - i);
                // SAFETY: the run is ASCII.
                out.push_str(unsafe { std::str::from_utf8_unchecked(&data[i..i + run]) });
                if i + run == data.len() {
                    break;
                }
                (i + run, i + run + 1, "ordinal not in range(128)")
            }
            Encoding::Utf8 | Encoding::Utf8Sig => match std::str::from_utf8(&data[i..]) {
                Ok(s) => {
                    out.push_str(s);
                    break;
                }
                Err(e) => {
                    let valid = e.valid_up_to();
                    // SAFETY: the first `valid` bytes are valid UTF-8.
                    out.push_str(unsafe { std::str::from_utf8_unchecked(&data[i..i + valid]) });
                    let start = i + valid;
                    match e.error_len() {
                        None => (start, data.len(), "unexpected end of data"),
                        Some(1) if matches!(data[start], 0x80..=0xc1 | 0xf5..=0xff) => (start, start + 1, "invalid start byte"),
                        Some(n) => (start, start + n, "invalid continuation byte"),
                    }
                }
            },
        };
        match handler(errors, true)? {
            Handler::Strict => {
                let object = new_bytes(data.to_vec());
                return raise_unicode_error("UnicodeDecodeError", enc.name(), object, start, end, reason);
            }
            Handler::Replace => out.push('\u{fffd}'),
            Handler::Ignore => {}
            Handler::BackslashReplace => push_escaped_bytes(&mut out, &data[start..end]),
            Handler::XmlCharRefReplace => unreachable!("rejected for decoding"),
        }
        i = end;
    }
    Ok(out)
}

/// Decodes UTF-16 or UTF-32 units of `data` from byte `i` into `out`, up
/// to the end (None) or the first that cannot be decoded: its bytes and
/// CPython's reason.
fn decode_units(data: &[u8], mut i: usize, width: usize, big: bool, out: &mut String) -> Option<(usize, usize, &'static str)> {
    let unit = |at: usize| -> u32 {
        let bytes = &data[at..at + width];
        let fold = |acc: u32, &b: &u8| (acc << 8) | b as u32;
        if big { bytes.iter().fold(0, fold) } else { bytes.iter().rev().fold(0, fold) }
    };
    while i < data.len() {
        if data.len() - i < width {
            return Some((i, data.len(), "truncated data"));
        }
        let u = unit(i);
        let c = match (width, u) {
            (2, 0xd800..=0xdbff) => {
                if data.len() - i < 4 {
                    return Some((i, data.len(), "unexpected end of data"));
                }
                let low = unit(i + 2);
                if !(0xdc00..=0xdfff).contains(&low) {
                    return Some((i, i + 2, "illegal UTF-16 surrogate"));
                }
                i += 2;
                0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00)
            }
            (2, 0xdc00..=0xdfff) => return Some((i, i + 2, "illegal encoding")),
            (4, 0xd800..=0xdfff) => return Some((i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)")),
            (4, 0x110000..) => return Some((i, i + 4, "code point not in range(0x110000)")),
            _ => u,
        };
        out.push(char::from_u32(c).expect("checked above"));
        i += width;
    }
    None
}

/// Encodes `text`; `errors` None means `strict`.
pub fn encode(text: &str, encoding: &str, errors: Option<&str>) -> PyResult<Vec<u8>> {
    if let Some(codec) = escape_codec(encoding) {
        return Ok(encode_escaped(codec, text));
    }
    let enc = lookup(encoding, "encode")?;
    match enc {
        Encoding::Utf8 => return Ok(text.as_bytes().to_vec()),
        Encoding::Utf8Sig => return Ok([b"\xef\xbb\xbf".as_slice(), text.as_bytes()].concat()),
        Encoding::Utf { width, big, bom } => {
            let mut out = Vec::with_capacity((text.len() + 1) * width);
            let mut put = |u: u32| {
                let bytes = u.to_be_bytes();
                let unit = &bytes[4 - width..];
                if big { out.extend_from_slice(unit) } else { out.extend(unit.iter().rev()) }
            };
            if bom {
                put(0xfeff);
            }
            for c in text.chars() {
                if width == 2 {
                    let mut units = [0u16; 2];
                    c.encode_utf16(&mut units).iter().for_each(|&u| put(u as u32));
                } else {
                    put(c as u32);
                }
            }
            return Ok(out);
        }
        _ => {}
    }
    let limit = enc.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i] as u32;
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let start = i;
        let end = start + chars[start..].iter().take_while(|&&c| c as u32 >= limit).count();
        let reason = if enc == Encoding::Ascii { "ordinal not in range(128)" } else { "ordinal not in range(256)" };
        match handler(errors.unwrap_or("strict"), false)? {
            Handler::Strict => return raise_unicode_error("UnicodeEncodeError", enc.name(), new_str(text), start, end, reason),
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', end - start)),
            Handler::Ignore => {}
            Handler::BackslashReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[start..end] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
        }
        i = end;
    }
    Ok(out)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a character, as CPython escapes it.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `str(exc)` of a `UnicodeDecodeError`/`UnicodeEncodeError` made with the
/// five standard arguments; None for any other exception.
pub fn unicode_error_str(exc: Value) -> Option<String> {
    let cls = super::class::type_of(exc);
    if super::class::is_subclass(cls, exc_class("UnicodeTranslateError")) {
        return translate_error_str(exc);
    }
    let decode = super::class::is_subclass(cls, exc_class("UnicodeDecodeError"));
    if !decode && !super::class::is_subclass(cls, exc_class("UnicodeEncodeError")) {
        return None;
    }
    let args = tuple_items(exc_obj(exc).args.get());
    if args.len() != 5 || kind_of(args[0]) != Kind::Str || kind_of(args[4]) != Kind::Str {
        return None;
    }
    let (enc, object, reason) = (as_str(args[0]), args[1], as_str(args[4]));
    let (start, end) = (as_i64(args[2])?, as_i64(args[3])?);
    if decode {
        if !super::bytes::is_bytes_like(object) {
            return None;
        }
        let data = as_bytes(object);
        if end == start + 1 && (start as usize) < data.len() {
            return Some(format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data[start as usize]));
        }
        return Some(format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end - 1));
    }
    if kind_of(object) != Kind::Str {
        return None;
    }
    if end == start + 1 {
        if let Some(c) = as_str(object).chars().nth(start as usize) {
            return Some(format!("'{enc}' codec can't encode character '{}' in position {start}: {reason}", char_escape(c)));
        }
    }
    Some(format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end - 1))
}

/// `str(exc)` of a `UnicodeTranslateError(object, start, end, reason)`.
fn translate_error_str(exc: Value) -> Option<String> {
    let args = tuple_items(exc_obj(exc).args.get());
    if args.len() != 4 || kind_of(args[0]) != Kind::Str || kind_of(args[3]) != Kind::Str {
        return None;
    }
    let (object, reason) = (as_str(args[0]), as_str(args[3]));
    let (start, end) = (as_i64(args[1])?, as_i64(args[2])?);
    if end == start + 1 {
        if let Some(c) = object.chars().nth(start as usize) {
            return Some(format!("can't translate character '{}' in position {start}: {reason}", char_escape(c)));
        }
    }
    Some(format!("can't translate characters in position {start}-{}: {reason}", end - 1))
}

/// A Unicode error made with its standard arguments keeps them as its
/// attributes too (`encoding`, `object`, `start`, `end`, `reason`), as
/// CPython's do; a translate error has no encoding (None).
pub fn take_unicode_error_fields(exc: Value) {
    let cls = super::class::type_of(exc);
    let args = tuple_items(exc_obj(exc).args.get()).to_vec();
    let fields: &[&str] = if super::class::is_subclass(cls, exc_class("UnicodeTranslateError")) {
        &["object", "start", "end", "reason"]
    } else if super::class::is_subclass(cls, exc_class("UnicodeEncodeError")) || super::class::is_subclass(cls, exc_class("UnicodeDecodeError")) {
        &["encoding", "object", "start", "end", "reason"]
    } else {
        return;
    };
    if args.len() != fields.len() {
        return;
    }
    for (name, v) in fields.iter().zip(args) {
        exc_attrs(exc).set_str(intern(name), v);
    }
    if fields.len() == 4 {
        exc_attrs(exc).set_str(intern("encoding"), super::vm::none());
    }
}

/// The `encoding` and `errors` arguments of `encode`/`decode`, after the receiver.
fn codec_args(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<(&'static str, Option<&'static str>)> {
    check_keywords(name, kwnames, &["encoding", "errors"])?;
    let pos = positional(args, kwnames);
    if pos.len() > 3 {
        return raise_named("TypeError", format!("{name}() takes at most 2 arguments ({} given)", pos.len() - 1));
    }
    let arg = |i: usize, key: &str| -> PyResult<Option<&'static str>> {
        match pos.get(i).copied().or(keyword(args, kwnames, key)) {
            None => Ok(None),
            Some(v) if kind_of(v) == Kind::Str => Ok(Some(as_str(v))),
            Some(v) => raise_named("TypeError", format!("{name}() argument '{key}' must be str, not {}", super::ops::arg_type_name(v))),
        }
    };
    Ok((arg(1, "encoding")?.unwrap_or("utf-8"), arg(2, "errors")?))
}

/// `str.encode(encoding='utf-8', errors='strict')`.
pub fn str_encode(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (encoding, errors) = codec_args("encode", args, kwnames)?;
    Ok(new_bytes(encode(as_str(args[0]), encoding, errors)?))
}

/// `bytes.decode(encoding='utf-8', errors='strict')` (and bytearray's).
pub fn bytes_decode(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (encoding, errors) = codec_args("decode", args, kwnames)?;
    let data = as_bytes(args[0]).to_vec();
    Ok(new_string(decode(&data, encoding, errors.unwrap_or("strict"))?))
}

/// `str(object, encoding='utf-8', errors='strict')` with an encoding or
/// errors given: decodes a bytes-like object.
pub fn str_from_bytes(object: Value, encoding: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    let text = |v: Option<Value>, key: &str| -> PyResult<Option<&'static str>> {
        match v {
            None => Ok(None),
            Some(v) if kind_of(v) == Kind::Str => Ok(Some(as_str(v))),
            Some(v) => raise_named("TypeError", format!("str() argument '{key}' must be str, not {}", super::ops::arg_type_name(v))),
        }
    };
    let (encoding, errors) = (text(encoding, "encoding")?, text(errors, "errors")?);
    if kind_of(object) == Kind::Str {
        return raise_named("TypeError", "decoding str is not supported");
    }
    if !super::bytes::is_bytes_like(object) {
        return raise_named("TypeError", format!("decoding to str: need a bytes-like object, {} found", type_name(object)));
    }
    let data = as_bytes(object).to_vec();
    Ok(new_string(decode(&data, encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))?))
}
