//! `ToArgs`: the arguments of a call from Rust into a script.

use crate::runtime::heap::Rooted;
use crate::runtime::value::Value;

use super::{Error, ToValue};

/// Converted arguments, rooted until the call ends.
#[doc(hidden)]
pub struct ArgList {
    /// Keeps the values alive (they sit in a Rust `Vec`).
    rooted: Rooted,
    /// The values, in order.
    pub(crate) values: Vec<Value>,
}

impl ArgList {
    pub(crate) fn new() -> ArgList {
        ArgList { rooted: Rooted::new(), values: Vec::new() }
    }

    /// Converts and appends one argument.
    pub fn push(&mut self, arg: impl ToValue) -> Result<(), Error> {
        let v = arg.to_value()?;
        self.values.push(self.rooted.add(v));
        Ok(())
    }
}

/// The positional arguments of a call into a script: `()` for none, a
/// tuple of [`ToValue`] values for several (`(1, "a")`; `(x,)` for one),
/// or a `Vec` of one type.
///
/// ```
/// let vm = coro::Vm::new().unwrap();
/// vm.run("def add(a, b=10):\n    return a + b").unwrap();
/// assert_eq!(vm.call::<i64>("add", (1, 2)).unwrap(), 3);
/// assert_eq!(vm.call::<i64>("add", (1,)).unwrap(), 11);
/// assert_eq!(vm.call::<i64>("add", vec![5, 6]).unwrap(), 11);
/// ```
pub trait ToArgs {
    /// Converts the arguments into `out`.
    #[doc(hidden)]
    fn to_args(self, out: &mut ArgList) -> Result<(), Error>;
}

impl ToArgs for () {
    fn to_args(self, _: &mut ArgList) -> Result<(), Error> {
        Ok(())
    }
}

impl<T: ToValue> ToArgs for Vec<T> {
    fn to_args(self, out: &mut ArgList) -> Result<(), Error> {
        self.into_iter().try_for_each(|v| out.push(v))
    }
}

macro_rules! tuples {
    ($(($($n:ident),+))*) => {$(
        impl<$($n: ToValue),+> ToArgs for ($($n,)+) {
            #[allow(non_snake_case)]
            fn to_args(self, out: &mut ArgList) -> Result<(), Error> {
                let ($($n,)+) = self;
                $( out.push($n)?; )+
                Ok(())
            }
        }
    )*};
}
tuples!((A) (A, B) (A, B, C) (A, B, C, D) (A, B, C, D, E) (A, B, C, D, E, F) (A, B, C, D, E, F, G) (A, B, C, D, E, F, G, H));
