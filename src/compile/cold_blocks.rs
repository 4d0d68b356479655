//! Cold-block propagation: a block that only cold blocks jump to is cold
//! too. A slow path is marked cold where it begins, but the blocks it goes
//! on through (the test of a helper's result, the merge of two slow cases)
//! are made by code that does not know it runs cold. Left hot, they would
//! sit between the fast paths and break their fall-through.

use cranelift_codegen::flowgraph::ControlFlowGraph;
use cranelift_codegen::ir::Function;

/// Marks cold every block whose predecessors are all cold.
pub fn propagate(func: &mut Function) {
    let cfg = ControlFlowGraph::with_function(func);
    let entry = func.layout.entry_block();
    // A block can turn cold only when a predecessor did: the blocks cold
    // from the start, then each block as it turns cold, offer their
    // successors once each (linear, whatever the layout order).
    let mut newly_cold: Vec<_> = func.layout.blocks().filter(|&b| func.layout.is_cold(b)).collect();
    while let Some(cold) = newly_cold.pop() {
        for block in cfg.succ_iter(cold) {
            if Some(block) == entry || func.layout.is_cold(block) {
                continue;
            }
            // (It has a predecessor: `cold`.)
            if cfg.pred_iter(block).all(|p| func.layout.is_cold(p.block)) {
                func.layout.set_cold(block);
                newly_cold.push(block);
            }
        }
    }
}
