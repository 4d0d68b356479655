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
    let blocks: Vec<_> = func.layout.blocks().collect();
    // Layout order follows emission order, so one pass reaches most of a
    // slow path; the loop catches blocks laid out before their predecessors.
    loop {
        let mut changed = false;
        for &block in &blocks {
            if Some(block) == entry || func.layout.is_cold(block) {
                continue;
            }
            let mut preds = cfg.pred_iter(block).peekable();
            // A block nothing jumps to is left alone: it is never lowered.
            if preds.peek().is_some() && preds.all(|p| func.layout.is_cold(p.block)) {
                func.layout.set_cold(block);
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}
