//! The line under a traceback's source line that points at the failing
//! expression (`~~~~~~~^~~~`), made as CPython 3.11's traceback module
//! makes it (`format_frame_summary` and
//! `_extract_caret_anchors_from_line_segment`): carets under the whole
//! expression unless it spans the whole line; for a binary operation or a
//! subscript, carets under the operator or the brackets and tildes under
//! the rest.

use crate::syntax::ast::{ExprKind, StmtKind};

use super::positions::Position;

/// The caret line (without its newline) for `line`, the whole source line
/// the position starts on, or None when CPython shows none.
pub fn caret_line(line: &str, p: Position) -> Option<String> {
    let stripped = line.trim();
    let indent = line.chars().count() - line.trim_start().chars().count();
    // CPython subtracts trailing blanks too, shifting its carets left.
    let trailing = line.chars().count() - line.trim_end().chars().count();
    let start = char_offset(line, p.col as usize);
    let mut end = char_offset(line, p.end_col as usize);
    let mut anchors = None;
    if p.line == p.end_line {
        anchors = segment_anchors(&line[byte_offset(line, start)..byte_offset(line, end)]);
    } else {
        end = line.trim_end().chars().count();
    }
    let covers_line = end.saturating_sub(start) >= stripped.chars().count();
    let split = anchors.is_some_and(|(left, right)| right > left);
    if covers_line && !split {
        return None;
    }
    let mut out = " ".repeat(4 + start.saturating_sub(indent + trailing));
    match anchors {
        Some((left, right)) => {
            out += &"~".repeat(left);
            out += &"^".repeat(right.saturating_sub(left));
            out += &"~".repeat((end - start).saturating_sub(right));
        }
        None => out += &"^".repeat(end.saturating_sub(start)),
    }
    Some(out)
}

/// For a segment that is a binary operation or a subscript: the character
/// offsets where its operator (or `[...]`) starts and ends.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = crate::syntax::parse(segment).ok()?;
    let [statement] = &module.body[..] else { return None };
    let StmtKind::Expr(expr) = &statement.kind else { return None };
    let chars: Vec<char> = segment.chars().collect();
    let at = |byte: u32| char_offset(segment, byte as usize);
    match &expr.kind {
        ExprKind::Binary { left, right, .. } => {
            let (from, to) = (at(left.span.end), at(right.span.start));
            let between: String = chars[from..to.max(from)].iter().collect();
            let offset = between.chars().count() - between.trim_start().chars().count();
            let mut left_anchor = from + offset;
            let mut right_anchor = left_anchor + 1;
            // A two-character operator (`//`, `**`, `<<`...).
            if offset + 1 < between.chars().count() && !between.chars().nth(offset + 1).is_some_and(char::is_whitespace) {
                right_anchor += 1;
            }
            // Past the closing parentheses of the left operand.
            while left_anchor < chars.len() && (chars[left_anchor].is_whitespace() || matches!(chars[left_anchor], ')' | '#')) {
                left_anchor += 1;
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ExprKind::Subscript { value, index } => {
            let mut left_anchor = at(value.span.end);
            let mut right_anchor = at(index.span.end) + 1;
            while left_anchor < chars.len() && chars[left_anchor] != '[' {
                left_anchor += 1;
            }
            while right_anchor < chars.len() && chars[right_anchor] != ']' {
                right_anchor += 1;
            }
            if right_anchor < chars.len() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        _ => None,
    }
}

/// The character offset of byte `offset` in `text` (a cut inside a
/// character counts it, as CPython's decoding with "replace" does).
fn char_offset(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.char_indices().take_while(|&(i, _)| i < offset).count()
}

/// The byte offset of character `n` in `text`.
fn byte_offset(text: &str, n: usize) -> usize {
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}
