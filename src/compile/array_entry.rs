//! Array entries: the `(function, *const slots)` entry of compiled code,
//! through which calls that bind their arguments in memory (keywords,
//! defaults, `*args`) enter. For up to `MAX_GENERIC_SLOTS` slots one
//! generic adapter per width loads the slots and calls the code's current
//! fast entry; only wider functions get an adapter compiled for them
//! (compiling even a two-instruction function costs Cranelift ~40 µs).

use crate::runtime::function::func_obj;
use crate::runtime::value::Value;

/// Functions with at most this many slots use a generic adapter.
pub const MAX_GENERIC_SLOTS: usize = 8;

macro_rules! adapters {
    ($($name:ident($($i:literal),*);)*) => {
        $(
            #[allow(unused_variables)]
            extern "C" fn $name(f: Value, slots: *const Value) -> Value {
                type Fast = extern "C" fn(Value $(, adapters!(@v $i))*) -> Value;
                // SAFETY: `f` is a function whose code has this many slots
                // and a compiled fast entry of exactly this signature;
                // `slots` holds that many values.
                unsafe {
                    let fast: Fast = std::mem::transmute(func_obj(f).code.fast_entry);
                    fast(f $(, *slots.add($i))*)
                }
            }
        )*

        /// The generic array entry for code with `slots` slots (at most
        /// `MAX_GENERIC_SLOTS`).
        pub fn generic_array_entry(slots: usize) -> *const u8 {
            [$($name as *const u8),*][slots]
        }
    };
    (@v $i:literal) => { Value };
}

adapters! {
    array0();
    array1(0);
    array2(0, 1);
    array3(0, 1, 2);
    array4(0, 1, 2, 3);
    array5(0, 1, 2, 3, 4);
    array6(0, 1, 2, 3, 4, 5);
    array7(0, 1, 2, 3, 4, 5, 6);
    array8(0, 1, 2, 3, 4, 5, 6, 7);
}
