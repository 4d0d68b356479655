//! `str.format`: replacement fields `{name!conv:spec}` with automatic and
//! manual numbering, attribute and index access, and nested fields in specs.

use super::args::positional;
use super::attr::getattr;
use super::format_value::format_value;
use super::number::int;
use super::ops::{getitem, repr, str_of};
use super::str::{as_str, new_str, new_string, str_eq};
use super::value::Value;
use super::vm::{intern, raise_named, PyResult};

/// The arguments of one `format` call and the automatic-numbering state.
struct Fields<'a> {
    /// Positional arguments.
    positional: &'a [Value],
    /// Keyword names and values.
    keywords: Vec<(Value, Value)>,
    /// Next automatic field number; None once manual numbering is used.
    auto: Option<usize>,
    /// True once a field used manual numbering.
    manual: bool,
    /// The mapping of `format_map` (named fields are looked up in it).
    mapping: Option<Value>,
}

impl Fields<'_> {
    fn lookup(&mut self, name: &str) -> PyResult<Value> {
        let (head, rest) = match name.find(['.', '[']) {
            Some(i) => (&name[..i], &name[i..]),
            None => (name, ""),
        };
        let value = if head.is_empty() {
            if self.manual {
                return raise_named("ValueError", "cannot switch from manual field specification to automatic field numbering");
            }
            let n = self.auto.unwrap_or(0);
            self.auto = Some(n + 1);
            self.positional_arg(n)?
        } else if let Ok(n) = head.parse::<usize>() {
            if self.auto.is_some() {
                return raise_named("ValueError", "cannot switch from automatic field numbering to manual field specification");
            }
            self.manual = true;
            self.positional_arg(n)?
        } else {
            let key = intern(head);
            if let Some(m) = self.mapping {
                return getitem(m, new_str(head)).and_then(|v| self.access(v, rest));
            }
            match self.keywords.iter().find(|(k, _)| str_eq(*k, key)) {
                Some(&(_, v)) => v,
                None => {
                    let exc = super::exception::new_exception(super::vm::exc_class("KeyError"), &[new_str(head)]);
                    super::vm::set_exception(exc);
                    return Err(super::vm::Exc);
                }
            }
        };
        self.access(value, rest)
    }

    /// Applies the `.attr` and `[index]` parts of a field name to `value`.
    fn access(&self, mut value: Value, mut rest: &str) -> PyResult<Value> {
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return raise_named("ValueError", "Empty attribute in format string");
                }
                value = getattr(value, intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return raise_named("ValueError", "Missing ']' in format string");
                };
                let key = &r[..end];
                if key.is_empty() {
                    return raise_named("ValueError", "Empty attribute in format string");
                }
                // As CPython: only plain digits index (`{0[-1]}` is the key "-1").
                let k = if !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit()) {
                    match key.parse::<i64>() {
                        Ok(n) => int(n),
                        Err(_) => return raise_named("ValueError", "Too many decimal digits in format string"),
                    }
                } else {
                    new_str(key)
                };
                value = getitem(value, k)?;
                rest = &r[end + 1..];
            } else {
                return raise_named("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        Ok(value)
    }

    fn positional_arg(&self, n: usize) -> PyResult<Value> {
        if self.mapping.is_some() {
            return raise_named("ValueError", "Format string contains positional fields");
        }
        match self.positional.get(n) {
            Some(&v) => Ok(v),
            None => raise_named(
                "IndexError",
                format!("Replacement index {n} out of range for positional args tuple"),
            ),
        }
    }
}

/// Expands `template` with `fields`; `depth` limits nesting in specs.
fn expand(template: &str, fields: &mut Fields, depth: usize) -> PyResult<String> {
    let mut out = String::with_capacity(template.len());
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' && chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return raise_named("ValueError", "Single '}' encountered in format string");
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        // Find the matching close brace.
        let mut level = 1;
        let mut j = i + 1;
        // In the field name a `[` runs to its `]`, braces and all (CPython's
        // MarkupIterator); a `:` or `!` ends the name.
        let mut in_name = true;
        while j < chars.len() {
            match chars[j] {
                '[' if in_name => {
                    while j < chars.len() && chars[j] != ']' {
                        j += 1;
                    }
                    if j == chars.len() {
                        break;
                    }
                }
                ':' | '!' => in_name = false,
                '{' if in_name => return raise_named("ValueError", "unexpected '{' in field name"),
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            // CPython's messages for the ways a field can be left open.
            let rest = &chars[i + 1..];
            let message = if rest.is_empty() {
                "Single '{' encountered in format string"
            } else if rest.iter().any(|&c| c == ':' || c == '!') {
                "unmatched '{' in format spec"
            } else {
                "expected '}' before end of string"
            };
            return raise_named("ValueError", message);
        }
        let field: String = chars[i + 1..j].iter().collect();
        if depth > 1 {
            return raise_named("ValueError", "Max string recursion exceeded");
        }
        let (name_conv, spec) = match field.find(':') {
            Some(k) => (&field[..k], &field[k + 1..]),
            None => (field.as_str(), ""),
        };
        let (name, conv) = match name_conv.find('!') {
            Some(k) => (&name_conv[..k], Some(&name_conv[k + 1..])),
            None => (name_conv, None),
        };
        let value = fields.lookup(name)?;
        let value = match conv {
            None => value,
            Some("r") => new_string(repr(value)?),
            Some("s") => new_string(str_of(value)?),
            Some("a") => new_string(super::str_methods::escape_non_ascii(&repr(value)?)),
            // (CPython reads the `}` after a bare `!` as the conversion.)
            Some("") => return raise_named("ValueError", "unmatched '{' in format spec"),
            Some(c) if c.chars().count() > 1 => return raise_named("ValueError", "expected ':' after conversion specifier"),
            Some(c) => return raise_named("ValueError", format!("Unknown conversion specifier {c}")),
        };
        let spec = if spec.contains('{') { expand(spec, fields, depth + 1)? } else { spec.to_string() };
        out.push_str(&format_value(value, &spec)?);
        i = j + 1;
    }
    Ok(out)
}

/// `template.format(*args, **kwargs)`; `args[0]` is the template.
pub fn format_method(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let base = pos.len();
    let keywords = kwnames.iter().enumerate().map(|(i, &k)| (k, args[base + i])).collect();
    let mut fields = Fields { positional: &pos[1..], keywords, auto: None, manual: false, mapping: None };
    let out = expand(as_str(pos[0]), &mut fields, 0)?;
    Ok(new_string(out))
}

/// `template.format_map(mapping)`.
pub fn format_map_method(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = super::args::method("format_map", args, kwnames, 1, 1)?;
    let mut fields = Fields { positional: &[], keywords: Vec::new(), auto: None, manual: false, mapping: Some(a[1]) };
    let out = expand(as_str(a[0]), &mut fields, 0)?;
    Ok(new_string(out))
}
