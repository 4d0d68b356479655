//! Call sites of global functions in compiled code (`f(x)` where `f` is a
//! global name): each remembers the function or builtin it last entered
//! through its fast entry. Compiled code compares the callee with it and,
//! when they are the same object, calls the fast entry with no check of
//! kind or arity (neither changes in a function's life). Sites keep what
//! they remember alive (they are roots), so an equal address is always the
//! same object; at most one function per site is kept, and a global
//! function is kept by its module anyway.

use std::cell::{Cell, RefCell};

use super::value::Value;

/// What one call site remembers.
#[repr(C)]
pub struct CallSite {
    /// The function last called directly (NULL: none yet).
    pub callee: Cell<Value>,
}

/// Byte offset of `callee`, for compiled code.
pub const CALLEE_OFFSET: i32 = std::mem::offset_of!(CallSite, callee) as i32;

thread_local! {
    /// Every site of this thread's compiled code (they live as long as it).
    static SITES: RefCell<Vec<&'static CallSite>> = const { RefCell::new(Vec::new()) };
}

impl CallSite {
    /// A new empty site, registered as a root.
    pub fn leak() -> &'static CallSite {
        let site: &'static CallSite = Box::leak(Box::new(CallSite { callee: Cell::new(Value::NULL) }));
        SITES.with(|s| {
            let mut sites = s.borrow_mut();
            if sites.is_empty() {
                super::heap::add_root_set(trace_sites);
            }
            sites.push(site);
        });
        site
    }
}

fn trace_sites(visit: &mut dyn FnMut(Value)) {
    SITES.with(|s| s.borrow().iter().for_each(|site| visit(site.callee.get())));
}
