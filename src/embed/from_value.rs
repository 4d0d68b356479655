//! `FromValue`: script values into Rust values.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasher, Hash};

use num_traits::ToPrimitive;

use crate::runtime::dict::table;
use crate::runtime::number::{as_bigint, as_float, is_int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::ops::type_name;
use crate::runtime::seq::{list_items, tuple_items};
use crate::runtime::str::as_str;
use crate::runtime::value::Value;
use crate::runtime::vm::{none, vm};

use super::{Error, Object};

/// A Rust type that a script value converts into: the reverse of
/// [`ToValue`](crate::ToValue). Integers need an `int` (or `bool`) that
/// fits, floats a `float` or an `int`, `bool` a `bool`, `String` a `str`,
/// `()` `None`, `Option<T>` `None` or a `T`, `Vec<T>` a `list` or `tuple`,
/// tuples a `tuple` or `list` of their length, maps a `dict`; an
/// [`Object`] takes any value. A mismatch is [`Error::Conversion`], which
/// becomes a `TypeError` in a script.
///
/// ```
/// let vm = coro::Vm::new().unwrap();
/// vm.run("pair = ('a', [1.5, 2])").unwrap();
/// let (name, xs): (String, Vec<f64>) = vm.get("pair").unwrap();
/// assert_eq!((name.as_str(), xs), ("a", vec![1.5, 2.0]));
/// assert!(vm.get::<i64>("pair").is_err());
/// ```
pub trait FromValue: Sized {
    /// Converts the script value (on the VM thread).
    #[doc(hidden)]
    fn from_value(v: Value) -> Result<Self, Error>;
}

/// The conversion error for `v` where `expected` was wanted.
pub(crate) fn mismatch(expected: &str, v: Value) -> Error {
    Error::Conversion { expected: expected.to_string(), found: type_name(v) }
}

impl FromValue for Object {
    fn from_value(v: Value) -> Result<Object, Error> {
        Ok(Object::new(v))
    }
}

macro_rules! ints {
    ($($t:ty => $to:ident),*) => {$(
        impl FromValue for $t {
            fn from_value(v: Value) -> Result<$t, Error> {
                if !is_int(v) {
                    return Err(mismatch("int", v));
                }
                #[allow(irrefutable_let_patterns)]
                if v.is_small() {
                    if let Ok(i) = <$t>::try_from(v.as_small()) {
                        return Ok(i);
                    }
                }
                as_bigint(v).$to().ok_or_else(|| Error::Conversion {
                    expected: concat!("int in the range of ", stringify!($t)).to_string(),
                    found: "int".to_string(),
                })
            }
        }
    )*};
}
ints!(i8 => to_i8, i16 => to_i16, i32 => to_i32, i64 => to_i64, isize => to_isize, i128 => to_i128,
      u8 => to_u8, u16 => to_u16, u32 => to_u32, u64 => to_u64, usize => to_usize, u128 => to_u128);

impl FromValue for f64 {
    fn from_value(v: Value) -> Result<f64, Error> {
        if is_int(v) {
            return as_bigint(v).to_f64().ok_or_else(|| mismatch("float", v));
        }
        match kind_of(v) {
            Kind::Float => Ok(as_float(v)),
            _ => Err(mismatch("float", v)),
        }
    }
}

impl FromValue for f32 {
    fn from_value(v: Value) -> Result<f32, Error> {
        f64::from_value(v).map(|f| f as f32)
    }
}

impl FromValue for bool {
    fn from_value(v: Value) -> Result<bool, Error> {
        if !v.is_small() && kind_of(v) == Kind::Bool {
            Ok(v == vm().true_)
        } else {
            Err(mismatch("bool", v))
        }
    }
}

impl FromValue for String {
    fn from_value(v: Value) -> Result<String, Error> {
        if !v.is_small() && kind_of(v) == Kind::Str {
            Ok(as_str(v).to_string())
        } else {
            Err(mismatch("str", v))
        }
    }
}

impl FromValue for () {
    fn from_value(v: Value) -> Result<(), Error> {
        if v == none() {
            Ok(())
        } else {
            Err(mismatch("None", v))
        }
    }
}

impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> Result<Option<T>, Error> {
        if v == none() {
            Ok(None)
        } else {
            T::from_value(v).map(Some)
        }
    }
}

/// The items of a list or tuple.
fn items(v: Value, expected: &str) -> Result<Vec<Value>, Error> {
    if v.is_small() {
        return Err(mismatch(expected, v));
    }
    match kind_of(v) {
        Kind::List => Ok(list_items(v).clone()),
        Kind::Tuple => Ok(tuple_items(v).to_vec()),
        _ => Err(mismatch(expected, v)),
    }
}

impl<T: FromValue> FromValue for Vec<T> {
    fn from_value(v: Value) -> Result<Vec<T>, Error> {
        items(v, "list")?.into_iter().map(T::from_value).collect()
    }
}

/// The key/value pairs of a dict.
fn pairs(v: Value) -> Result<Vec<(Value, Value)>, Error> {
    if v.is_small() || kind_of(v) != Kind::Dict {
        return Err(mismatch("dict", v));
    }
    Ok(table(v).iter().map(|e| (e.key, e.value)).collect())
}

impl<K: FromValue + Eq + Hash, V: FromValue, S: BuildHasher + Default> FromValue for HashMap<K, V, S> {
    fn from_value(v: Value) -> Result<HashMap<K, V, S>, Error> {
        pairs(v)?.into_iter().map(|(k, v)| Ok((K::from_value(k)?, V::from_value(v)?))).collect()
    }
}

impl<K: FromValue + Ord, V: FromValue> FromValue for BTreeMap<K, V> {
    fn from_value(v: Value) -> Result<BTreeMap<K, V>, Error> {
        pairs(v)?.into_iter().map(|(k, v)| Ok((K::from_value(k)?, V::from_value(v)?))).collect()
    }
}

macro_rules! tuples {
    ($($len:literal: ($($n:ident),+))*) => {$(
        impl<$($n: FromValue),+> FromValue for ($($n,)+) {
            fn from_value(v: Value) -> Result<Self, Error> {
                let expected = concat!("tuple of length ", $len);
                let items = items(v, expected)?;
                if items.len() != $len {
                    return Err(Error::Conversion { expected: expected.to_string(), found: format!("{} of length {}", type_name(v), items.len()) });
                }
                let mut it = items.into_iter();
                Ok(($($n::from_value(it.next().expect("length checked"))?,)+))
            }
        }
    )*};
}
tuples!(1: (A) 2: (A, B) 3: (A, B, C) 4: (A, B, C, D) 5: (A, B, C, D, E) 6: (A, B, C, D, E, F));
