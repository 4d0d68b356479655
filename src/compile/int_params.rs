//! Small-int parameters. A plain function that compares or combines a
//! parameter with an int constant (`n < 2`, `n - 1`) is almost always
//! called with small ints there. Its optimized code is built twice
//! (`ProgramCx::build`): first as code that assumes nothing, which also
//! finds those parameters (`IntParams::met`); then as the function's
//! entry, which checks them once, on entry, and calls the first code when
//! one is not a small int. Past that check their uses need no tag test.
//! Only parameters that stay bound to their argument (never assigned or
//! deleted) qualify, so every load of one is the checked value.

use std::collections::{BTreeSet, HashMap, HashSet};

use cranelift_codegen::ir::{self, InstBuilder};
use cranelift_module::{FuncId, Module as _};

use super::codegen::FunctionCx;
use crate::syntax::ast::{BinOp, Expr, ExprKind};

/// What a function's code knows and learns about its parameters' values.
#[derive(Default)]
pub struct IntParams {
    /// Parameters that stay bound to their argument, by name: their slots.
    eligible: HashMap<String, usize>,
    /// Slots of the parameters this code takes as small ints.
    assumed: Vec<usize>,
    /// Loads of eligible parameters: their slots.
    loads: HashMap<ir::Value, usize>,
    /// Values known to be small ints (loads of assumed parameters).
    known: HashSet<ir::Value>,
    /// Slots of parameters that a small-int fast path met beside an int constant.
    pub met: BTreeSet<usize>,
}

/// What the entry of the function being built assumes: the slots of its
/// small-int parameters, and the code to call when they are not.
#[derive(Clone)]
pub struct Assumption {
    /// The parameter slots checked on entry.
    pub slots: Vec<usize>,
    /// The code that assumes nothing, with the same signature.
    pub generic: FuncId,
}

impl IntParams {
    /// Tracks `eligible` parameters (name and slot); `assumed` slots are
    /// small ints wherever this code loads them.
    pub fn new(eligible: HashMap<String, usize>, assumed: &[usize]) -> IntParams {
        IntParams { eligible, assumed: assumed.to_vec(), ..Default::default() }
    }

    /// Notes that `v` is a load of `name`.
    pub fn note_load(&mut self, name: &str, v: ir::Value) {
        if let Some(&slot) = self.eligible.get(name) {
            self.loads.insert(v, slot);
            if self.assumed.contains(&slot) {
                self.known.insert(v);
            }
        }
    }

    /// True when loads of `name` are known to be small ints.
    pub fn is_assumed(&self, name: &str) -> bool {
        self.eligible.get(name).is_some_and(|slot| self.assumed.contains(slot))
    }

    /// True when `v` is known to be a small int.
    pub fn is_known(&self, v: ir::Value) -> bool {
        self.known.contains(&v)
    }

    /// Notes a small-int fast path on `v` beside an int constant.
    pub fn note_beside_constant(&mut self, v: ir::Value) {
        if let Some(&slot) = self.loads.get(&v) {
            self.met.insert(slot);
        }
    }
}

impl<'p, 'a, 'b> FunctionCx<'p, 'a, 'b> {
    /// True when `v` is a small int here: a tagged int constant, or a load
    /// of a parameter the entry checked.
    pub(super) fn known_small_int(&self, v: ir::Value) -> bool {
        self.ints.is_known(v) || self.constant_of(v).is_some_and(|c| c & 1 == 1)
    }

    /// True when evaluating `e` can run no code and raise nothing, so it
    /// may move past a global load: an int constant, a parameter that
    /// stays bound, or `+`/`-` of a small-int parameter and an int constant.
    pub(super) fn is_pure_int(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Int(_) => true,
            ExprKind::Name(n) => self.ints.eligible.contains_key(n.as_str()),
            ExprKind::Binary { left, op: BinOp::Add | BinOp::Sub, right } => {
                let assumed = |e: &Expr| matches!(&e.kind, ExprKind::Name(n) if self.ints.is_assumed(n));
                let int = |e: &Expr| matches!(&e.kind, ExprKind::Int(_));
                (assumed(left) && int(right)) || (int(left) && assumed(right))
            }
            _ => false,
        }
    }

    /// The entry check of `assumption`: when one of its parameters (in the
    /// `entry` block's parameters) is not a small int, the generic code is
    /// called instead and its result returned. Continues in a new block.
    pub(super) fn check_int_params(&mut self, entry: ir::Block, assumption: &Assumption) {
        let params = self.b.block_params(entry).to_vec();
        let mut all = params[1 + assumption.slots[0]];
        for &s in &assumption.slots[1..] {
            all = self.b.ins().band(all, params[1 + s]);
        }
        let tag = self.b.ins().band_imm_s(all, 1);
        let (go, other) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(other);
        self.b.ins().brif(tag, go, &[], other, &[]);
        self.b.switch_to_block(other);
        self.b.seal_block(other);
        let callee = self.p.jit.module.declare_func_in_func(assumption.generic, self.b.func);
        // Code is placed in separate mappings: call through the absolute address.
        self.b.func.dfg.ext_funcs[callee].colocated = false;
        let call = self.b.ins().call(callee, &params);
        let r = self.b.inst_results(call)[0];
        self.b.ins().return_(&[r]);
        self.b.switch_to_block(go);
        self.b.seal_block(go);
    }
}
