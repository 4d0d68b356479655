//! `Object`: a script value held by the host, kept alive by a root slot.

use std::cell::RefCell;
use std::marker::PhantomData;

use crate::runtime::heap;
use crate::runtime::value::Value;

/// The root slots of this thread: values the host holds.
#[derive(Default)]
struct Slots {
    /// The values (NULL in a free slot).
    values: Vec<Value>,
    /// Free slot numbers.
    free: Vec<usize>,
    /// The root set is registered with the collector.
    registered: bool,
}

thread_local! {
    static SLOTS: RefCell<Slots> = RefCell::new(Slots::default());
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    let _ = SLOTS.try_with(|s| s.borrow().values.iter().filter(|v| v.is_obj()).for_each(|&v| visit(v)));
}

/// Any script value, held by the host: an untyped handle that keeps its
/// value alive until dropped. Convert it with [`Object::get`], pass it back
/// to scripts as an argument or a global, or await it with
/// [`Vm::run_until_complete`](crate::Vm::run_until_complete).
///
/// Like the [`Vm`](crate::Vm) it comes from, an `Object` is neither `Send`
/// nor `Sync`: it lives on the VM's thread.
///
/// ```
/// let vm = coro::Vm::new().unwrap();
/// vm.run("xs = [1, 2, 3]").unwrap();
/// let xs: coro::Object = vm.get("xs").unwrap();
/// assert_eq!(xs.type_name(), "list");
/// assert_eq!(xs.repr(), "[1, 2, 3]");
/// assert_eq!(xs.get::<Vec<i64>>().unwrap(), vec![1, 2, 3]);
/// ```
pub struct Object {
    /// The root slot holding the value.
    slot: usize,
    /// Not `Send`: the value belongs to this thread's VM.
    _thread: PhantomData<*const ()>,
}

impl Object {
    /// Roots `v` (must be called on the VM thread).
    pub(crate) fn new(v: Value) -> Object {
        let slot = SLOTS.with(|s| {
            let mut s = s.borrow_mut();
            if !s.registered {
                s.registered = true;
                heap::add_root_set(trace_roots);
            }
            match s.free.pop() {
                Some(i) => {
                    s.values[i] = v;
                    i
                }
                None => {
                    s.values.push(v);
                    s.values.len() - 1
                }
            }
        });
        Object { slot, _thread: PhantomData }
    }

    /// The value.
    pub(crate) fn value(&self) -> Value {
        SLOTS.with(|s| s.borrow().values[self.slot])
    }

    /// Converts the value to a Rust type.
    pub fn get<T: crate::FromValue>(&self) -> Result<T, crate::Error> {
        T::from_value(self.value())
    }

    /// The name of the value's Python type (`int`, `list`, `coroutine`...).
    pub fn type_name(&self) -> String {
        crate::runtime::ops::type_name(self.value()).to_string()
    }

    /// `repr()` of the value (the type name if `__repr__` fails).
    pub fn repr(&self) -> String {
        crate::runtime::text::repr(self.value()).unwrap_or_else(|_| {
            crate::runtime::vm::take_exception();
            format!("<{} object>", self.type_name())
        })
    }
}

impl Clone for Object {
    fn clone(&self) -> Object {
        Object::new(self.value())
    }
}

impl Drop for Object {
    fn drop(&mut self) {
        let _ = SLOTS.try_with(|s| {
            let mut s = s.borrow_mut();
            s.values[self.slot] = Value::NULL;
            s.free.push(self.slot);
        });
    }
}

impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Object({})", self.repr())
    }
}
