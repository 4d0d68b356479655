//! The broken-down time of the `time` module (`_time`): the C library's
//! `localtime_r`, `gmtime_r`, `mktime` and `strftime`, which
//! stdlib/_time_structs.py wraps as `localtime`, `gmtime`, `mktime`,
//! `strftime`, `asctime` and `ctime` around its `struct_time`.

use std::ffi::{CStr, CString};

use crate::runtime::args::count;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{float, int};
use crate::runtime::seq::{new_tuple_from, tuple_items};
use crate::runtime::str::{as_str, new_str};
use crate::runtime::value::Value;
use crate::runtime::vm::{raise_named, PyResult};

/// Seconds since the epoch as a `time_t`, from an int or float (floored,
/// as CPython's `localtime` rounds), with CPython's errors.
fn time_t_arg(v: Value) -> PyResult<libc::time_t> {
    let secs = super::time::seconds_arg(v)?;
    if secs.is_nan() {
        return raise_named("ValueError", "Invalid value NaN (not a number)");
    }
    let floored = secs.floor();
    if floored < libc::time_t::MIN as f64 || floored >= libc::time_t::MAX as f64 {
        return raise_named("OverflowError", "timestamp out of range for platform time_t");
    }
    Ok(floored as libc::time_t)
}

/// The 11 items of a `struct_time` (year, month 1-12, day, hour, minute,
/// second, weekday with Monday 0, day of the year from 1, DST flag, zone
/// name, UTC offset) of a C `tm`.
fn items_of(tm: &libc::tm) -> Value {
    // SAFETY: the C library's zone names are NUL-terminated static strings.
    let zone = if tm.tm_zone.is_null() { String::new() } else { unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned() };
    let items = [
        int(tm.tm_year as i64 + 1900),
        int(tm.tm_mon as i64 + 1),
        int(tm.tm_mday as i64),
        int(tm.tm_hour as i64),
        int(tm.tm_min as i64),
        int(tm.tm_sec as i64),
        int((tm.tm_wday as i64 + 6) % 7),
        int(tm.tm_yday as i64 + 1),
        int(tm.tm_isdst as i64),
        new_str(&zone),
        int(tm.tm_gmtoff),
    ];
    new_tuple_from(&items)
}

/// `_time._broken_down(secs, local)`: the items of `secs` as local time or UTC.
fn broken_down(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_broken_down", args.len(), 2, 2)?;
    let t = time_t_arg(args[0])?;
    // SAFETY: an all-zero `tm` is valid; the C functions fill it.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let local = crate::runtime::ops::truthy(args[1])?;
    // SAFETY: both pointers are valid for the call.
    let ok = unsafe { if local { !libc::localtime_r(&t, &mut tm).is_null() } else { !libc::gmtime_r(&t, &mut tm).is_null() } };
    if !ok {
        // As CPython: the C library's error (EOVERFLOW for a year past a C
        // int) as an OSError, EINVAL when it set none.
        let errno = std::io::Error::last_os_error().raw_os_error().filter(|&e| e != 0).unwrap_or(libc::EINVAL);
        return crate::modules::asyncio::poll::raise_errno(errno);
    }
    Ok(items_of(&tm))
}

/// A C `tm` from the first nine items of a time tuple (checked by the caller).
fn tm_of(items: &[Value]) -> PyResult<libc::tm> {
    let field = |i: usize| crate::runtime::ops::index_value(items[i]);
    // SAFETY: an all-zero `tm` is valid.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    tm.tm_year = (field(0)? - 1900) as libc::c_int;
    tm.tm_mon = (field(1)? - 1) as libc::c_int;
    tm.tm_mday = field(2)? as libc::c_int;
    tm.tm_hour = field(3)? as libc::c_int;
    tm.tm_min = field(4)? as libc::c_int;
    tm.tm_sec = field(5)? as libc::c_int;
    tm.tm_wday = ((field(6)? + 1) % 7) as libc::c_int;
    tm.tm_yday = (field(7)? - 1) as libc::c_int;
    tm.tm_isdst = field(8)? as libc::c_int;
    Ok(tm)
}

/// `_time._mktime(items)`: seconds since the epoch of a local time tuple.
fn mktime(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_mktime", args.len(), 1, 1)?;
    let mut tm = tm_of(tuple_items(args[0]))?;
    // A wday the C library leaves alone tells an error from -1 seconds.
    tm.tm_wday = -1;
    // SAFETY: a valid `tm`.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return raise_named("OverflowError", "mktime argument out of range");
    }
    Ok(float(t as f64))
}

/// `_time._strftime(format, items)`: `format` applied to a checked time
/// tuple by the C library's `strftime`.
fn strftime(args: &[Value], _: &[Value]) -> PyResult<Value> {
    count("_strftime", args.len(), 2, 2)?;
    let format = as_str(args[0]);
    let Ok(c_format) = CString::new(format) else {
        return raise_named("ValueError", "embedded null character");
    };
    let items = tuple_items(args[1]);
    let mut tm = tm_of(items)?;
    let zone = items.get(9).filter(|z| crate::runtime::object::kind_of(**z) == crate::runtime::object::Kind::Str).map(|&z| CString::new(as_str(z)).unwrap_or_default());
    if let Some(z) = &zone {
        tm.tm_zone = z.as_ptr();
    }
    if let Some(&off) = items.get(10).filter(|&&o| crate::runtime::number::is_int(o)) {
        tm.tm_gmtoff = crate::runtime::ops::index_value(off)?;
    }
    if format.is_empty() {
        return Ok(new_str(""));
    }
    // The C function says 0 both for no room and for an empty result:
    // the buffer grows until it is clearly not the room.
    let mut size = 256 + format.len() * 4;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` bytes; the format and `tm` are valid.
        let n = unsafe { libc::strftime(buf.as_mut_ptr() as *mut libc::c_char, size, c_format.as_ptr(), &tm) };
        if n > 0 || size > 256 * format.len() + 4096 {
            buf.truncate(n);
            return Ok(new_str(&String::from_utf8_lossy(&buf)));
        }
        size *= 4;
    }
}

const FUNCTIONS: &[(&str, NativeFn)] = &[("_broken_down", broken_down), ("_mktime", mktime), ("_strftime", strftime)];

/// Creates the `_time` module, with the local zone's `timezone`, `altzone`,
/// `daylight` and `tzname` (from the zone's offsets in January and July).
pub fn create() -> Value {
    let m = new_module("_time", "", &[]);
    for &(name, f) in FUNCTIONS {
        set_global(m, name, new_builtin(name, f));
    }
    let year_start = local_tm(0);
    let mid_year = local_tm(182 * 86400);
    let (jan, jul) = (-year_start.tm_gmtoff, -mid_year.tm_gmtoff);
    let name = |tm: &libc::tm| {
        // SAFETY: as in `items_of`.
        new_str(&if tm.tm_zone.is_null() { String::new() } else { unsafe { CStr::from_ptr(tm.tm_zone) }.to_string_lossy().into_owned() })
    };
    // In the southern hemisphere the standard zone is July's.
    let (std, dst, std_tm, dst_tm) = if jan >= jul { (jan, jul, &year_start, &mid_year) } else { (jul, jan, &mid_year, &year_start) };
    set_global(m, "timezone", int(std));
    set_global(m, "altzone", int(dst));
    set_global(m, "daylight", int((jan != jul) as i64));
    set_global(m, "tzname", new_tuple_from(&[name(std_tm), name(dst_tm)]));
    m
}

/// The local broken-down time of the start of this year plus `offset` seconds.
fn local_tm(offset: libc::time_t) -> libc::tm {
    // SAFETY: as in `broken_down`.
    unsafe {
        let now = libc::time(std::ptr::null_mut());
        let mut tm: libc::tm = std::mem::zeroed();
        libc::localtime_r(&now, &mut tm);
        tm.tm_mon = 0;
        tm.tm_mday = 1;
        tm.tm_hour = 0;
        tm.tm_min = 0;
        tm.tm_sec = 0;
        tm.tm_isdst = -1;
        let start = libc::mktime(&mut tm) + offset;
        let mut out: libc::tm = std::mem::zeroed();
        libc::localtime_r(&start, &mut out);
        out
    }
}
