//! Native parts of the standard library modules.
