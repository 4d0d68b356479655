//! `ToValue`: Rust values into script values.

use std::collections::{BTreeMap, HashMap};

use num_bigint::BigInt;

use crate::runtime::dict::{new_dict, table};
use crate::runtime::number::{big, float, int};
use crate::runtime::seq::{list_items, new_list, new_tuple_from};
use crate::runtime::str::new_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, none};

use super::{pending_error, Error, Object};

/// A Rust value that converts into a script value: integers become `int`,
/// floats `float`, `bool` `bool`, strings `str`, `()` and `None` become
/// `None`, `Option<T>` `None` or the value, `Vec` and slices `list`,
/// tuples `tuple`, `HashMap` and `BTreeMap` `dict`, and an [`Object`] is
/// itself.
///
/// To convert a type of your own, implement `ToValue` by converting it
/// into one of these (a tuple or a map, say) and calling `to_value` on that.
///
/// ```
/// use std::collections::HashMap;
/// let vm = coro::Vm::new().unwrap();
/// vm.set("point", (1, 2.5, "x")).unwrap();
/// vm.set("table", HashMap::from([("a", vec![1, 2])])).unwrap();
/// vm.set("nothing", None::<i64>).unwrap();
/// vm.run("print(point, table, nothing)").unwrap(); // (1, 2.5, 'x') {'a': [1, 2]} None
/// ```
pub trait ToValue {
    /// Makes the script value (on the VM thread).
    #[doc(hidden)]
    fn to_value(self) -> Result<Value, Error>;
}

impl ToValue for Object {
    fn to_value(self) -> Result<Value, Error> {
        Ok(self.value())
    }
}

impl ToValue for &Object {
    fn to_value(self) -> Result<Value, Error> {
        Ok(self.value())
    }
}

macro_rules! small_ints {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(self) -> Result<Value, Error> {
                Ok(int(self as i64))
            }
        }
    )*};
}
small_ints!(i8, i16, i32, i64, isize, u8, u16, u32);

macro_rules! big_ints {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(self) -> Result<Value, Error> {
                Ok(big(BigInt::from(self)))
            }
        }
    )*};
}
big_ints!(u64, usize, i128, u128);

impl ToValue for f64 {
    fn to_value(self) -> Result<Value, Error> {
        Ok(float(self))
    }
}

impl ToValue for f32 {
    fn to_value(self) -> Result<Value, Error> {
        Ok(float(self as f64))
    }
}

impl ToValue for bool {
    fn to_value(self) -> Result<Value, Error> {
        Ok(boolean(self))
    }
}

impl ToValue for &str {
    fn to_value(self) -> Result<Value, Error> {
        Ok(new_str(self))
    }
}

impl ToValue for String {
    fn to_value(self) -> Result<Value, Error> {
        Ok(new_str(&self))
    }
}

impl ToValue for &String {
    fn to_value(self) -> Result<Value, Error> {
        Ok(new_str(self))
    }
}

impl ToValue for char {
    fn to_value(self) -> Result<Value, Error> {
        Ok(new_str(self.encode_utf8(&mut [0; 4])))
    }
}

impl ToValue for () {
    fn to_value(self) -> Result<Value, Error> {
        Ok(none())
    }
}

impl<T: ToValue> ToValue for Option<T> {
    fn to_value(self) -> Result<Value, Error> {
        match self {
            Some(v) => v.to_value(),
            None => Ok(none()),
        }
    }
}

/// A list of the converted items (the list roots them as they are made).
fn list_of<T: ToValue>(items: impl Iterator<Item = T>) -> Result<Value, Error> {
    let list = new_list(Vec::new());
    for item in items {
        let v = item.to_value()?;
        list_items(list).push(v);
    }
    Ok(std::hint::black_box(list))
}

impl<T: ToValue> ToValue for Vec<T> {
    fn to_value(self) -> Result<Value, Error> {
        list_of(self.into_iter())
    }
}

impl<T: ToValue + Clone> ToValue for &[T] {
    fn to_value(self) -> Result<Value, Error> {
        list_of(self.iter().cloned())
    }
}

/// A dict of the converted pairs.
fn dict_of<K: ToValue, V: ToValue>(pairs: impl Iterator<Item = (K, V)>) -> Result<Value, Error> {
    let dict = new_dict();
    for (k, v) in pairs {
        let key = k.to_value()?;
        let rooted = crate::runtime::heap::Rooted::new();
        rooted.add(key);
        let value = v.to_value()?;
        table(dict).set(key, value).map_err(|_| pending_error())?;
    }
    Ok(std::hint::black_box(dict))
}

impl<K: ToValue, V: ToValue, S> ToValue for HashMap<K, V, S> {
    fn to_value(self) -> Result<Value, Error> {
        dict_of(self.into_iter())
    }
}

impl<K: ToValue, V: ToValue> ToValue for BTreeMap<K, V> {
    fn to_value(self) -> Result<Value, Error> {
        dict_of(self.into_iter())
    }
}

macro_rules! tuples {
    ($(($($n:ident),+))*) => {$(
        impl<$($n: ToValue),+> ToValue for ($($n,)+) {
            #[allow(non_snake_case)]
            fn to_value(self) -> Result<Value, Error> {
                let ($($n,)+) = self;
                let list = new_list(Vec::new());
                $( let v = $n.to_value()?; list_items(list).push(v); )+
                let t = new_tuple_from(list_items(list));
                std::hint::black_box(list);
                Ok(t)
            }
        }
    )*};
}
tuples!((A) (A, B) (A, B, C) (A, B, C, D) (A, B, C, D, E) (A, B, C, D, E, F));
