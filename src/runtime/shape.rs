//! Shapes (hidden classes): the ordered attribute names an instance has.
//! Instances that gained the same attributes in the same order share one
//! shape, so an instance stores only the values, in slots, and finding an
//! attribute is a short scan of the shape's names by identity (names are
//! interned). Shapes form trees, each from an empty root (one per class
//! and instance layout), by adding one name; they live as long as the VM,
//! so a shape's address is never reused. An instance with more than `MAX_NAMES`
//! attributes leaves the tree for a plain dict (see `instance.rs`), which
//! bounds the shapes a program can make per path.

use std::cell::RefCell;

use super::value::Value;

/// Attributes past which an instance keeps a dict instead of a shape.
pub const MAX_NAMES: usize = 32;

/// One shape.
pub struct Shape {
    /// Attribute names in slot order (interned strs, kept by the intern table).
    pub names: Vec<Value>,
    /// The shapes made by adding one name to this one.
    children: RefCell<Vec<(Value, &'static Shape)>>,
}

impl Shape {
    /// A new empty shape, the root of a tree of its own (each class has
    /// one per layout of its instances: `ClassObj::instance_shape`).
    pub fn new_root() -> &'static Shape {
        Box::leak(Box::new(Shape { names: Vec::new(), children: RefCell::new(Vec::new()) }))
    }

    /// The slot of `name`, if the shape has it.
    #[inline]
    pub fn index(&self, name: Value) -> Option<usize> {
        self.names.iter().position(|&n| n == name)
    }

    /// This shape with `name` added last.
    pub fn with(&'static self, name: Value) -> &'static Shape {
        if let Some(&(_, s)) = self.children.borrow().iter().find(|(n, _)| *n == name) {
            return s;
        }
        let mut names = self.names.clone();
        names.push(name);
        let child: &'static Shape = Box::leak(Box::new(Shape { names, children: RefCell::new(Vec::new()) }));
        self.children.borrow_mut().push((name, child));
        child
    }
}
