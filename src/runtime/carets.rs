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
    let segment = &line[byte_offset(line, start)..byte_offset(line, end.max(start))];
    if p.line == p.end_line {
        anchors = segment_anchors(segment);
    } else {
        end = line.trim_end().chars().count();
    }
    let covers_line = end.saturating_sub(start) >= stripped.chars().count();
    let split = anchors.is_some_and(|(left, right)| right > left);
    if covers_line && !split {
        return None;
    }
    // Columns on a terminal, where wide characters take two.
    let (start_col, end_col) = (display_width(line, start), display_width(line, end));
    let mut out = " ".repeat(4 + start_col.saturating_sub(indent + trailing));
    match anchors {
        Some((left, right)) => {
            let (left, right) = (display_width(segment, left), display_width(segment, right));
            out += &"~".repeat(left);
            out += &"^".repeat(right.saturating_sub(left));
            out += &"~".repeat(end_col.saturating_sub(start_col).saturating_sub(right));
        }
        None => out += &"^".repeat(end_col.saturating_sub(start_col)),
    }
    Some(out)
}

/// How many terminal columns the first `n` characters of `text` take: two
/// for East Asian wide and full-width characters (CPython asks
/// `unicodedata.east_asian_width`; these are its W and F blocks), else one.
fn display_width(text: &str, n: usize) -> usize {
    text.chars().take(n).map(|c| if is_wide(c) { 2 } else { 1 }).sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x231A..=0x231B | 0x2329..=0x232A | 0x23E9..=0x23EC | 0x23F0 | 0x23F3
        | 0x25FD..=0x25FE | 0x2614..=0x2615 | 0x2648..=0x2653 | 0x267F | 0x2693 | 0x26A1 | 0x26AA..=0x26AB
        | 0x26BD..=0x26BE | 0x26C4..=0x26C5 | 0x26CE | 0x26D4 | 0x26EA | 0x26F2..=0x26F3 | 0x26F5 | 0x26FA
        | 0x26FD | 0x2705 | 0x270A..=0x270B | 0x2728 | 0x274C | 0x274E | 0x2753..=0x2755 | 0x2757
        | 0x2795..=0x2797 | 0x27B0 | 0x27BF | 0x2B1B..=0x2B1C | 0x2B50 | 0x2B55
        | 0x2E80..=0x303E | 0x3041..=0x3247 | 0x3250..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xA000..=0xA4CF
        | 0xA960..=0xA97F | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE10..=0xFE19 | 0xFE30..=0xFE6F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x16FE0..=0x16FE4 | 0x16FF0..=0x16FF1 | 0x17000..=0x18D08 | 0x1AFF0..=0x1AFFE | 0x1B000..=0x1B2FF
        | 0x1F004 | 0x1F0CF | 0x1F18E | 0x1F191..=0x1F19A | 0x1F200..=0x1F251 | 0x1F260..=0x1F265
        | 0x1F300..=0x1F320 | 0x1F32D..=0x1F335 | 0x1F337..=0x1F37C | 0x1F37E..=0x1F393
        | 0x1F3A0..=0x1F3CA | 0x1F3CF..=0x1F3D3 | 0x1F3E0..=0x1F3F0 | 0x1F3F4 | 0x1F3F8..=0x1F43E
        | 0x1F440 | 0x1F442..=0x1F4FC | 0x1F4FF..=0x1F53D | 0x1F54B..=0x1F54E | 0x1F550..=0x1F567
        | 0x1F57A | 0x1F595..=0x1F596 | 0x1F5A4 | 0x1F5FB..=0x1F64F | 0x1F680..=0x1F6C5 | 0x1F6CC
        | 0x1F6D0..=0x1F6D2 | 0x1F6D5..=0x1F6D7 | 0x1F6DD..=0x1F6DF | 0x1F6EB..=0x1F6EC | 0x1F6F4..=0x1F6FC
        | 0x1F7E0..=0x1F7EB | 0x1F7F0 | 0x1F90C..=0x1F93A | 0x1F93C..=0x1F945 | 0x1F947..=0x1F9FF
        | 0x1FA70..=0x1FAFF | 0x20000..=0x2FFFD | 0x30000..=0x3FFFD)
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
