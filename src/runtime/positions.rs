//! Source positions of the operations that can fail. Compiled code names a
//! failing operation by a position id (where it once passed a bare line),
//! so that a traceback can underline the expression as CPython 3.11 does
//! (`~~~^~~~`). Ids are interned per VM thread; 0 means "no position".

use std::cell::RefCell;
use std::collections::HashMap;

/// Where an operation's expression lies in its file.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Position {
    /// 1-based line of its first character.
    pub line: u32,
    /// 1-based line of its last character.
    pub end_line: u32,
    /// Byte offset of its first character within `line`.
    pub col: u32,
    /// Byte offset just past its last character within `end_line`.
    pub end_col: u32,
}

#[derive(Default)]
struct Table {
    /// Position of each id, id 1 first.
    positions: Vec<Position>,
    /// The id of each position.
    ids: HashMap<Position, u32>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::new(Table::default());
}

/// The id of `p` (the same for equal positions).
pub fn intern(p: Position) -> u32 {
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&id) = t.ids.get(&p) {
            return id;
        }
        t.positions.push(p);
        let id = t.positions.len() as u32;
        t.ids.insert(p, id);
        id
    })
}

/// The id of a position that names line `line` only (no columns): where a
/// suspended generator stands.
pub fn of_line(line: u32) -> u32 {
    intern(Position { line, end_line: line, col: 0, end_col: 0 })
}

/// The position with id `id`, if there is one.
pub fn get(id: u32) -> Option<Position> {
    TABLE.with(|t| t.borrow().positions.get((id as usize).checked_sub(1)?).copied())
}

/// The line of position `id` (0 for none).
pub fn line(id: u32) -> u32 {
    get(id).map_or(0, |p| p.line)
}
