//! The patterns of `case` clauses. `match` and `case` are soft keywords, so
//! the layout pass recognises their lines (a logical line starting with the
//! word and ending with `:`) and hands the grammar one `Pattern` token for
//! the tokens between `case` and the guard's `if` (or the `:`), parsed here
//! by recursive descent. Patterns hold no arbitrary expressions (only
//! literals and dotted names), so they need none of the expression grammar.

use super::ast::{Expr, ExprKind, Ident, Pattern, PatternKind, Span, UnaryOp};
use super::diagnostic::SyntaxError;
use super::lexer::Spanned;
use super::token::{StrLit, Tok};

/// Parses the tokens of one `case` pattern (a non-empty slice).
pub fn parse_case_pattern(toks: &[Spanned]) -> Result<Pattern, SyntaxError> {
    let mut p = Parser { toks, at: 0 };
    let pattern = p.top()?;
    match p.toks.get(p.at) {
        None => Ok(pattern),
        Some((lo, _, hi)) => Err(SyntaxError::new("invalid syntax", Span::new(*lo, *hi))),
    }
}

/// A cursor over the pattern's tokens.
struct Parser<'t> {
    /// The tokens.
    toks: &'t [Spanned],
    /// The next token's index.
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at).map(|t| &t.1)
    }

    fn peek_at(&self, k: usize) -> Option<&Tok> {
        self.toks.get(self.at + k).map(|t| &t.1)
    }

    /// The span of the next token (or of the end).
    fn here(&self) -> Span {
        match self.toks.get(self.at) {
            Some((lo, _, hi)) => Span::new(*lo, *hi),
            None => {
                let end = self.toks.last().map_or(0, |t| t.2);
                Span::new(end, end)
            }
        }
    }

    /// Where the previous token ended.
    fn end(&self) -> usize {
        self.toks[self.at - 1].2
    }

    fn eat(&mut self, tok: &Tok) -> bool {
        if self.peek() == Some(tok) {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, tok: &Tok) -> Result<(), SyntaxError> {
        if self.eat(tok) {
            Ok(())
        } else {
            Err(SyntaxError::new("invalid syntax", self.here()))
        }
    }

    /// `patterns`: an open sequence (`a, b`) or one pattern.
    fn top(&mut self) -> Result<Pattern, SyntaxError> {
        let lo = self.here().start as usize;
        let first = self.maybe_star()?;
        if self.peek() != Some(&Tok::Comma) {
            if matches!(first.kind, PatternKind::Star(_)) {
                return Err(SyntaxError::new("invalid syntax", first.span));
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat(&Tok::Comma) {
            if self.peek().is_none() {
                break;
            }
            items.push(self.maybe_star()?);
        }
        sequence(items, Span::new(lo, self.end()))
    }

    /// A pattern or `*name` (inside sequences).
    fn maybe_star(&mut self) -> Result<Pattern, SyntaxError> {
        let lo = self.here().start as usize;
        if !self.eat(&Tok::Star) {
            return self.pattern();
        }
        let name = self.name()?;
        let span = Span::new(lo, self.end());
        Ok(Pattern { kind: PatternKind::Star((name.name != "_").then_some(name)), span })
    }

    /// `or_pattern ['as' name]`.
    fn pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let lo = self.here().start as usize;
        let or = self.or_pattern()?;
        if !self.eat(&Tok::As) {
            return Ok(or);
        }
        let name = self.name()?;
        if name.name == "_" {
            return Err(SyntaxError::new("cannot use '_' as a target", name.span));
        }
        Ok(Pattern { kind: PatternKind::As(Box::new(or), name), span: Span::new(lo, self.end()) })
    }

    fn or_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let lo = self.here().start as usize;
        let mut alternatives = vec![self.closed()?];
        while self.eat(&Tok::Pipe) {
            alternatives.push(self.closed()?);
        }
        if alternatives.len() == 1 {
            return Ok(alternatives.pop().expect("one"));
        }
        Ok(Pattern { kind: PatternKind::Or(alternatives), span: Span::new(lo, self.end()) })
    }

    fn closed(&mut self) -> Result<Pattern, SyntaxError> {
        let start = self.here();
        let lo = start.start as usize;
        let kind = match self.peek() {
            Some(Tok::None | Tok::True | Tok::False) => {
                let kind = match self.peek() {
                    Some(Tok::None) => ExprKind::None,
                    Some(Tok::True) => ExprKind::True,
                    _ => ExprKind::False,
                };
                self.at += 1;
                PatternKind::Singleton(Expr::new(kind, start))
            }
            Some(Tok::Int(_) | Tok::Float(_) | Tok::Minus | Tok::Imaginary) => PatternKind::Value(self.number()?),
            Some(Tok::Str(_)) => PatternKind::Value(self.strings()?),
            Some(Tok::Name(_)) => return self.name_pattern(),
            Some(Tok::LParen) => {
                self.at += 1;
                if self.eat(&Tok::RParen) {
                    return Ok(Pattern { kind: PatternKind::Sequence(Vec::new()), span: Span::new(lo, self.end()) });
                }
                let first = self.maybe_star()?;
                if self.eat(&Tok::RParen) {
                    if matches!(first.kind, PatternKind::Star(_)) {
                        return Err(SyntaxError::new("invalid syntax", first.span));
                    }
                    // A group: the pattern itself.
                    return Ok(first);
                }
                let mut items = vec![first];
                while self.eat(&Tok::Comma) {
                    if self.peek() == Some(&Tok::RParen) {
                        break;
                    }
                    items.push(self.maybe_star()?);
                }
                self.expect(&Tok::RParen)?;
                return sequence(items, Span::new(lo, self.end()));
            }
            Some(Tok::LBracket) => {
                self.at += 1;
                let mut items = Vec::new();
                while !self.eat(&Tok::RBracket) {
                    items.push(self.maybe_star()?);
                    if !self.eat(&Tok::Comma) {
                        self.expect(&Tok::RBracket)?;
                        break;
                    }
                }
                return sequence(items, Span::new(lo, self.end()));
            }
            Some(Tok::LBrace) => return self.mapping(),
            _ => return Err(SyntaxError::new("invalid syntax", start)),
        };
        Ok(Pattern { kind, span: Span::new(lo, self.end()) })
    }

    /// `-1`, `2.5`; complex literals are refused.
    fn number(&mut self) -> Result<Expr, SyntaxError> {
        let lo = self.here().start as usize;
        let negative = self.eat(&Tok::Minus);
        let (start, tok, end) = self.toks.get(self.at).cloned().ok_or_else(|| SyntaxError::new("invalid syntax", self.here()))?;
        self.at += 1;
        let kind = match tok {
            Tok::Int(n) => ExprKind::Int(n),
            Tok::Float(f) => ExprKind::Float(f),
            Tok::Imaginary => return Err(SyntaxError::new("complex numbers are not supported by coro", Span::new(start, end))),
            _ => return Err(SyntaxError::new("invalid syntax", Span::new(start, end))),
        };
        if matches!(self.peek(), Some(Tok::Plus | Tok::Minus)) && self.peek_at(1) == Some(&Tok::Imaginary) {
            return Err(SyntaxError::new("complex numbers are not supported by coro", self.here()));
        }
        let number = Expr::new(kind, Span::new(start, end));
        if !negative {
            return Ok(number);
        }
        let folded = match number.kind {
            ExprKind::Int(n) => ExprKind::Int(-n),
            ExprKind::Float(f) => ExprKind::Float(-f),
            kind => ExprKind::Unary { op: UnaryOp::Neg, operand: Box::new(Expr::new(kind, Span::new(start, end))) },
        };
        Ok(Expr::new(folded, Span::new(lo, end)))
    }

    /// Adjacent string literals, concatenated; f-strings are refused.
    fn strings(&mut self) -> Result<Expr, SyntaxError> {
        let mut parts = Vec::new();
        while let Some((lo, Tok::Str(s), hi)) = self.toks.get(self.at) {
            if matches!(s, StrLit::FString { .. }) {
                return Err(SyntaxError::new("patterns may only match literals and attribute lookups", Span::new(*lo, *hi)));
            }
            parts.push((s.clone(), Span::new(*lo, *hi)));
            self.at += 1;
        }
        super::actions::strings(parts).map_err(|e| match e {
            lalrpop_util::ParseError::User { error } => error,
            _ => SyntaxError::new("invalid syntax", self.here()),
        })
    }

    fn name(&mut self) -> Result<Ident, SyntaxError> {
        match self.toks.get(self.at) {
            Some((lo, Tok::Name(n), hi)) => {
                self.at += 1;
                Ok(Ident { name: n.clone(), span: Span::new(*lo, *hi) })
            }
            _ => Err(SyntaxError::new("invalid syntax", self.here())),
        }
    }

    /// A capture, `_`, a dotted value, or a class pattern.
    fn name_pattern(&mut self) -> Result<Pattern, SyntaxError> {
        let first = self.name()?;
        let lo = first.span.start as usize;
        let mut value = Expr::new(ExprKind::Name(first.name.clone()), first.span);
        let mut dotted = false;
        while self.eat(&Tok::Dot) {
            let attr = self.name()?;
            let span = Span::new(lo, attr.span.end as usize);
            value = Expr::new(ExprKind::Attribute { value: Box::new(value), attr }, span);
            dotted = true;
        }
        if self.peek() == Some(&Tok::LParen) {
            return self.class_pattern(value);
        }
        let span = Span::new(lo, self.end());
        let kind = if dotted {
            PatternKind::Value(value)
        } else if first.name == "_" {
            PatternKind::Wildcard
        } else {
            PatternKind::Capture(first)
        };
        Ok(Pattern { kind, span })
    }

    /// `Cls(p, ..., attr=p, ...)`.
    fn class_pattern(&mut self, cls: Expr) -> Result<Pattern, SyntaxError> {
        let lo = cls.span.start as usize;
        self.expect(&Tok::LParen)?;
        let (mut patterns, mut kwd_names, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
        while !self.eat(&Tok::RParen) {
            let keyword = matches!(self.peek(), Some(Tok::Name(_))) && self.peek_at(1) == Some(&Tok::Assign);
            if keyword {
                let name = self.name()?;
                self.at += 1;
                kwd_names.push(name);
                kwd_patterns.push(self.pattern()?);
            } else {
                let p = self.pattern()?;
                if !kwd_names.is_empty() {
                    return Err(SyntaxError::new("positional patterns follow keyword patterns", p.span));
                }
                patterns.push(p);
            }
            if !self.eat(&Tok::Comma) {
                self.expect(&Tok::RParen)?;
                break;
            }
        }
        Ok(Pattern { kind: PatternKind::Class { cls, patterns, kwd_names, kwd_patterns }, span: Span::new(lo, self.end()) })
    }

    /// `{key: p, ..., **rest}`.
    fn mapping(&mut self) -> Result<Pattern, SyntaxError> {
        let lo = self.here().start as usize;
        self.expect(&Tok::LBrace)?;
        let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.eat(&Tok::RBrace) {
            if self.eat(&Tok::DoubleStar) {
                let name = self.name()?;
                if name.name == "_" {
                    return Err(SyntaxError::new("invalid syntax", name.span));
                }
                rest = Some(name);
                self.eat(&Tok::Comma);
                self.expect(&Tok::RBrace)?;
                break;
            }
            let key = match self.closed()? {
                Pattern { kind: PatternKind::Value(e) | PatternKind::Singleton(e), .. } => e,
                p => return Err(SyntaxError::new("mapping pattern keys may only match literals and attribute lookups", p.span)),
            };
            self.expect(&Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(&Tok::Comma) {
                self.expect(&Tok::RBrace)?;
                break;
            }
        }
        Ok(Pattern { kind: PatternKind::Mapping { keys, patterns, rest }, span: Span::new(lo, self.end()) })
    }
}

/// A sequence pattern, checked for more than one starred item.
fn sequence(items: Vec<Pattern>, span: Span) -> Result<Pattern, SyntaxError> {
    if let Some(second) = items.iter().filter(|p| matches!(p.kind, PatternKind::Star(_))).nth(1) {
        return Err(SyntaxError::new("multiple starred names in sequence pattern", second.span));
    }
    Ok(Pattern { kind: PatternKind::Sequence(items), span })
}

/// The names a pattern binds, in order (for the resolver and the checks).
pub fn bound_names(p: &Pattern, out: &mut Vec<Ident>) {
    match &p.kind {
        PatternKind::Wildcard | PatternKind::Value(_) | PatternKind::Singleton(_) | PatternKind::Star(None) => {}
        PatternKind::Capture(n) | PatternKind::Star(Some(n)) => out.push(n.clone()),
        PatternKind::Sequence(items) | PatternKind::Or(items) => {
            // The alternatives of an or-pattern bind the same names.
            let items = if matches!(p.kind, PatternKind::Or(_)) { &items[..1] } else { &items[..] };
            items.iter().for_each(|i| bound_names(i, out));
        }
        PatternKind::Mapping { patterns, rest, .. } => {
            patterns.iter().for_each(|i| bound_names(i, out));
            out.extend(rest.iter().cloned());
        }
        PatternKind::Class { patterns, kwd_patterns, .. } => {
            patterns.iter().chain(kwd_patterns).for_each(|i| bound_names(i, out));
        }
        PatternKind::As(inner, n) => {
            bound_names(inner, out);
            out.push(n.clone());
        }
    }
}

/// True for a pattern that matches any subject (a capture or `_`, maybe
/// grouped in an or-pattern or named with `as`).
pub fn irrefutable(p: &Pattern) -> bool {
    match &p.kind {
        PatternKind::Wildcard | PatternKind::Capture(_) => true,
        PatternKind::As(inner, _) => irrefutable(inner),
        PatternKind::Or(items) => items.iter().any(irrefutable),
        _ => false,
    }
}

/// CPython's compile-time checks of one pattern: names bound twice,
/// alternatives binding different names, irrefutable alternatives before
/// the last.
pub fn check(p: &Pattern) -> Result<(), SyntaxError> {
    let mut names = Vec::new();
    bound_names(p, &mut names);
    for (i, n) in names.iter().enumerate() {
        if names[..i].iter().any(|m| m.name == n.name) {
            return Err(SyntaxError::new(format!("multiple assignments to name '{}' in pattern", n.name), n.span));
        }
    }
    check_parts(p)
}

fn check_parts(p: &Pattern) -> Result<(), SyntaxError> {
    match &p.kind {
        PatternKind::Or(items) => {
            let names = |q: &Pattern| {
                let mut v = Vec::new();
                bound_names(q, &mut v);
                let mut names: Vec<String> = v.into_iter().map(|i| i.name).collect();
                names.sort();
                names
            };
            let first = names(&items[0]);
            for (i, alt) in items.iter().enumerate() {
                if i + 1 < items.len() && irrefutable(alt) {
                    let what = match &alt.kind {
                        PatternKind::Capture(n) => format!("name capture '{}'", n.name),
                        _ => "wildcard".to_string(),
                    };
                    return Err(SyntaxError::new(format!("{what} makes remaining patterns unreachable"), alt.span));
                }
                if names(alt) != first {
                    return Err(SyntaxError::new("alternative patterns bind different names", alt.span));
                }
                check_parts(alt)?;
            }
            Ok(())
        }
        PatternKind::Sequence(items) => items.iter().try_for_each(check_parts),
        PatternKind::Mapping { keys, patterns, .. } => {
            let literal = |k: &Expr| match &k.kind {
                ExprKind::Int(n) => Some(n.to_string()),
                ExprKind::Str(s) => Some(format!("{s:?}").replace('"', "'")),
                ExprKind::None => Some("None".into()),
                ExprKind::True => Some("True".into()),
                ExprKind::False => Some("False".into()),
                _ => None,
            };
            for (i, k) in keys.iter().enumerate() {
                if let Some(text) = literal(k).filter(|t| keys[..i].iter().any(|j| literal(j).as_ref() == Some(t))) {
                    return Err(SyntaxError::new(format!("mapping pattern checks duplicate key ({text})"), k.span));
                }
            }
            patterns.iter().try_for_each(check_parts)
        }
        PatternKind::Class { patterns, kwd_patterns, .. } => patterns.iter().chain(kwd_patterns).try_for_each(check_parts),
        PatternKind::As(inner, _) => check_parts(inner),
        _ => Ok(()),
    }
}
