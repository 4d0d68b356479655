//! What CPython's shutdown does to the objects of the main module that a
//! program's output can see: it frees the module's globals, and each
//! suspended generator or coroutine freed on the way is closed, running
//! its `finally` blocks. coro's collector frees nothing at exit, so this
//! closes them explicitly, in CPython's order:
//! those bound to globals, then those inside containers, depth first
//! through the lists, tuples, dicts, sets, instances and closures each
//! global holds.

use std::collections::HashSet;

use super::dict::table;
use super::generator::gen_obj;
use super::module::globals;
use super::object::{kind_of, Kind};
use super::seq::{list_items, tuple_items};
use super::value::Value;
use super::vm::vm;

/// Closes the suspended generators and coroutines reachable from the
/// globals of module `__main__`, reporting what a `finally` raises as
/// CPython reports an error in a finalizer.
pub fn close_main_generators() {
    let Some(main) = vm().modules.borrow().get("__main__").copied() else { return };
    // Most programs end with none: one pass over the heap says so, and
    // tells the walk below when it has found them all.
    let mut left = 0usize;
    super::heap::for_each_object(|h| {
        // SAFETY: the heap reports allocated objects only; generator-kind
        // objects are GenObj.
        if unsafe { (*h).kind.get() } == Kind::Generator && closable(unsafe { &*(h as *const super::generator::GenObj) }) {
            left += 1;
        }
    });
    if left == 0 {
        return;
    }
    let order: Vec<Value> = globals(main).into_iter().map(|(_, v)| v).collect();
    let mut seen = HashSet::new();
    let mut found = Vec::new();
    // CPython closes the generators bound to globals first, then those
    // inside the globals' containers (whose freeing comes later).
    for &v in &order {
        if kind_of(v) == Kind::Generator {
            collect_generators(v, &mut seen, &mut found, left);
        }
    }
    for &v in &order {
        collect_generators(v, &mut seen, &mut found, left);
    }
    super::generator::close_all_reporting(found);
}

/// A generator, coroutine or async generator stopped at a yield or an
/// await, which closing would resume. An async generator counts only in a
/// program that never loaded asyncio: one driven by hand is closed as
/// CPython frees it, as any generator, while one a loop ran is the loop's
/// to finalize (`asyncio.run` does).
fn closable(g: &super::generator::GenObj) -> bool {
    let by_hand = g.code().generator != Some(super::function::GenKind::AsyncGenerator) || !crate::modules::asyncio::loaded();
    g.suspended() && !g.running() && by_hand
}

/// Appends to `found` the suspended generators and coroutines `root`
/// holds, depth first, each once, until `found` holds all `total` of them.
fn collect_generators(root: Value, seen: &mut HashSet<u64>, found: &mut Vec<Value>, total: usize) {
    let mut stack = vec![root];
    while let Some(v) = stack.pop() {
        if found.len() == total {
            return;
        }
        if !v.is_obj() || !seen.insert(v.0) {
            continue;
        }
        let mut children: Vec<Value> = Vec::new();
        match kind_of(v) {
            Kind::Generator => {
                if closable(gen_obj(v)) {
                    found.push(v);
                }
            }
            Kind::List => children.extend(list_items(v).iter()),
            Kind::Tuple => children.extend(tuple_items(v)),
            Kind::Dict => table(v).iter().for_each(|e| children.extend([e.key, e.value])),
            Kind::Set => children.extend(super::set::set_table(v).iter().map(|m| m.key)),
            Kind::Instance => super::instance::attrs(v).trace(&mut |c| children.push(c)),
            // A closure's variables.
            Kind::Function => children.extend(super::function::func_obj(v).closure.iter()),
            // SAFETY: the kind says this is a cell.
            Kind::Cell => children.push(unsafe { (*v.ptr::<super::function::CellObj>()).value }),
            _ => {}
        }
        // Reversed onto the stack, so that they are visited in order.
        stack.extend(children.into_iter().rev());
    }
}
