//! A minimal `socket` module: `socket.socket` for TCP over IPv4 and IPv6
//! (blocking or not), `getaddrinfo`, and the constants asyncio needs. A
//! socket is an instance of a native class whose slots hold the descriptor
//! and whether it blocks; its calls are the system calls, and errors are
//! the OSError subclasses CPython raises, with the same errno and text.
//! Timeouts other than None and 0 are not supported (`settimeout` says so).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::os::fd::RawFd;

use crate::runtime::args::{keyword, method, positional};
use crate::runtime::bytes::{buffer, filled_buffer, new_bytes};
use crate::runtime::class::{isinstance, new_class, new_native_class, set_class_attr};
use crate::runtime::dict::DictTable;
use crate::runtime::function::{new_builtin, NativeFn};
use crate::runtime::instance::{attrs, native_slots, new_instance};
use crate::runtime::module::{new_module, set_global};
use crate::runtime::number::{as_i64, int};
use crate::runtime::object::{kind_of, Kind};
use crate::runtime::seq::{new_list, new_tuple_from, tuple_items};
use crate::runtime::str::{as_str, new_str};
use crate::runtime::value::Value;
use crate::runtime::vm::{boolean, exc_class, intern, none, raise_named, PyResult};

use crate::modules::asyncio::poll::raise_errno;

/// Slot: the descriptor (a small int), -1 once closed.
const FD: usize = 0;
/// Slot: True while the socket is in blocking mode.
const BLOCKING: usize = 1;
/// Number of slots.
const SLOTS: u32 = 2;

thread_local! {
    /// The `socket.socket` class, made on first import.
    static SOCKET_CLASS: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
    /// The `socket.gaierror` class.
    static GAIERROR: std::cell::Cell<Value> = const { std::cell::Cell::new(Value::NULL) };
}

fn trace_roots(visit: &mut dyn FnMut(Value)) {
    visit(SOCKET_CLASS.with(|c| c.get()));
    visit(GAIERROR.with(|c| c.get()));
}

/// The last errno.
fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

/// Raises the OSError for the last failed system call.
fn last_error<T>() -> PyResult<T> {
    raise_errno(errno())
}

/// The descriptor of socket `s` (EBADF once closed).
fn fd(s: Value) -> PyResult<RawFd> {
    let v = native_slots(s)[FD].get();
    match v.is_small().then(|| v.as_small()) {
        Some(fd) if fd >= 0 => Ok(fd as RawFd),
        _ => raise_errno(libc::EBADF),
    }
}

/// The socket a method was called on.
fn this(args: &[Value]) -> PyResult<Value> {
    let cls = SOCKET_CLASS.with(|c| c.get());
    match args.first() {
        Some(&s) if isinstance(s, cls) => Ok(s),
        _ => raise_named("TypeError", "descriptor requires a 'socket' object"),
    }
}

fn family_of(s: Value) -> i64 {
    attrs(s).get_str(intern("family")).and_then(as_i64).unwrap_or(libc::AF_INET as i64)
}

/// Sets O_NONBLOCK on `fd` (or clears it).
pub fn set_nonblocking(fd: RawFd, nonblocking: bool) -> PyResult<()> {
    // SAFETY: fcntl on a descriptor we own.
    unsafe {
        let flags = libc::fcntl(fd, libc::F_GETFL);
        let flags = if nonblocking { flags | libc::O_NONBLOCK } else { flags & !libc::O_NONBLOCK };
        if libc::fcntl(fd, libc::F_SETFL, flags) < 0 {
            return last_error();
        }
    }
    Ok(())
}

/// A socket object for descriptor `fd`.
fn wrap(fd: RawFd, family: i64, sock_type: i64, blocking: bool) -> Value {
    let s = new_instance(SOCKET_CLASS.with(|c| c.get()));
    native_slots(s)[FD].set(Value::small_unchecked(fd as i64));
    native_slots(s)[BLOCKING].set(boolean(blocking));
    attrs(s).set_str(intern("family"), int(family));
    attrs(s).set_str(intern("type"), int(sock_type));
    attrs(s).set_str(intern("proto"), int(0));
    s
}

/// The address tuple CPython gives for `addr`.
pub fn address_tuple(addr: SocketAddr) -> Value {
    match addr {
        SocketAddr::V4(a) => new_tuple_from(&[new_str(&a.ip().to_string()), int(a.port() as i64)]),
        SocketAddr::V6(a) => new_tuple_from(&[new_str(&a.ip().to_string()), int(a.port() as i64), int(a.flowinfo() as i64), int(a.scope_id() as i64)]),
    }
}

/// A `sockaddr_storage` as a Rust address.
fn from_storage(st: &libc::sockaddr_storage) -> Option<SocketAddr> {
    match st.ss_family as i32 {
        libc::AF_INET => {
            // SAFETY: the family says which struct it is.
            let a = unsafe { &*(st as *const _ as *const libc::sockaddr_in) };
            Some(SocketAddr::new(IpAddr::V4(Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr))), u16::from_be(a.sin_port)))
        }
        libc::AF_INET6 => {
            // SAFETY: as above.
            let a = unsafe { &*(st as *const _ as *const libc::sockaddr_in6) };
            let ip = Ipv6Addr::from(a.sin6_addr.s6_addr);
            Some(SocketAddr::V6(std::net::SocketAddrV6::new(ip, u16::from_be(a.sin6_port), a.sin6_flowinfo, a.sin6_scope_id)))
        }
        _ => None,
    }
}

/// A Rust address as a `sockaddr_storage` and its length.
fn to_storage(addr: SocketAddr) -> (libc::sockaddr_storage, libc::socklen_t) {
    // SAFETY: zeroed storage is a valid value; we fill the variant that fits.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    match addr {
        SocketAddr::V4(a) => {
            let sin = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in) };
            sin.sin_family = libc::AF_INET as libc::sa_family_t;
            sin.sin_port = a.port().to_be();
            sin.sin_addr.s_addr = u32::from(*a.ip()).to_be();
            (st, std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t)
        }
        SocketAddr::V6(a) => {
            let sin6 = unsafe { &mut *(&mut st as *mut _ as *mut libc::sockaddr_in6) };
            sin6.sin6_family = libc::AF_INET6 as libc::sa_family_t;
            sin6.sin6_port = a.port().to_be();
            sin6.sin6_addr.s6_addr = a.ip().octets();
            sin6.sin6_flowinfo = a.flowinfo();
            sin6.sin6_scope_id = a.scope_id();
            (st, std::mem::size_of::<libc::sockaddr_in6>() as libc::socklen_t)
        }
    }
}

/// Raises `socket.gaierror(code, text)`.
fn gai_error<T>(code: i32, text: &str) -> PyResult<T> {
    let exc = crate::runtime::call::call(GAIERROR.with(|c| c.get()), &[int(code as i64), new_str(text)], &[])?;
    crate::runtime::vm::set_exception(exc);
    Err(crate::runtime::vm::Exc)
}

/// Resolves `host`, `port` to the addresses of `family` (0: any), in the
/// resolver's order.
pub fn resolve(host: &str, port: u16, family: i64) -> PyResult<Vec<SocketAddr>> {
    let literal = if host.is_empty() {
        Some(if family == libc::AF_INET6 as i64 { IpAddr::V6(Ipv6Addr::UNSPECIFIED) } else { IpAddr::V4(Ipv4Addr::UNSPECIFIED) })
    } else {
        host.parse::<IpAddr>().ok()
    };
    let found: Vec<SocketAddr> = match literal {
        Some(ip) => vec![SocketAddr::new(ip, port)],
        None => match (host, port).to_socket_addrs() {
            Ok(it) => it.collect(),
            Err(_) => return gai_error(-2, "Name or service not known"),
        },
    };
    let mut out: Vec<SocketAddr> = Vec::new();
    for a in found {
        let fam = if a.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 } as i64;
        if (family == 0 || family == fam) && !out.contains(&a) {
            out.push(a);
        }
    }
    if out.is_empty() {
        return gai_error(-9, "Address family for hostname not supported");
    }
    Ok(out)
}

/// The address an `(host, port, ...)` argument names for socket `s`.
fn parse_address(s: Value, addr: Value) -> PyResult<SocketAddr> {
    let family = family_of(s);
    let want = if family == libc::AF_INET6 as i64 { "AF_INET6" } else { "AF_INET" };
    if kind_of(addr) != Kind::Tuple || tuple_items(addr).len() < 2 {
        let t = crate::runtime::ops::type_name(addr);
        return raise_named("TypeError", format!("{want} address must be tuple, not {t}"));
    }
    let items = tuple_items(addr);
    if kind_of(items[0]) != Kind::Str {
        let t = crate::runtime::ops::type_name(items[0]);
        return raise_named("TypeError", format!("str, bytes or bytearray expected, not {t}"));
    }
    let port = match as_i64(items[1]) {
        Some(p) if (0..=65535).contains(&p) => p as u16,
        Some(_) => return raise_named("OverflowError", "connect(): port must be 0-65535."),
        None => return raise_named("TypeError", format!("'{}' object cannot be interpreted as an integer", crate::runtime::ops::type_name(items[1]))),
    };
    let mut a = resolve(as_str(items[0]), port, family)?[0];
    if let SocketAddr::V6(v6) = &mut a {
        if let Some(flow) = items.get(2).and_then(|&v| as_i64(v)) {
            v6.set_flowinfo(flow as u32);
        }
        if let Some(scope) = items.get(3).and_then(|&v| as_i64(v)) {
            v6.set_scope_id(scope as u32);
        }
    }
    Ok(a)
}

/// `socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)`.
fn sock_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_keywords("socket", kw, &["family", "type", "proto", "fileno"])?;
    let pos = positional(args, kw);
    let s = this(pos)?;
    let arg = |i: usize, name: &str| pos.get(i).copied().or_else(|| keyword(args, kw, name)).filter(|&v| v != none());
    let family = arg(1, "family").map_or(Some(libc::AF_INET as i64), as_i64).unwrap_or(-1);
    let sock_type = arg(2, "type").map_or(Some(libc::SOCK_STREAM as i64), as_i64).unwrap_or(-1);
    if let Some(f) = arg(4, "fileno") {
        let fd = crate::modules::asyncio::poll::fd_of(f)?;
        let w = wrap(fd, family, sock_type, true);
        native_slots(s)[FD].set(native_slots(w)[FD].get());
        native_slots(s)[BLOCKING].set(boolean(true));
    } else {
        // SAFETY: socket(2) with plain integer arguments.
        let fd = unsafe { libc::socket(family as i32, sock_type as i32 | libc::SOCK_CLOEXEC, 0) };
        if fd < 0 {
            return last_error();
        }
        native_slots(s)[FD].set(Value::small_unchecked(fd as i64));
        native_slots(s)[BLOCKING].set(boolean(true));
    }
    attrs(s).set_str(intern("family"), int(family));
    attrs(s).set_str(intern("type"), int(sock_type));
    attrs(s).set_str(intern("proto"), int(0));
    Ok(none())
}

fn sock_fileno(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("fileno", args, kw, 0, 0)?;
    let v = native_slots(this(a)?)[FD].get();
    Ok(if v.is_small() { v } else { int(-1) })
}

fn sock_setblocking(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("setblocking", args, kw, 1, 1)?;
    let s = this(a)?;
    let blocking = crate::runtime::ops::truthy(a[1])?;
    set_nonblocking(fd(s)?, !blocking)?;
    native_slots(s)[BLOCKING].set(boolean(blocking));
    Ok(none())
}

fn sock_getblocking(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("getblocking", args, kw, 0, 0)?;
    Ok(native_slots(this(a)?)[BLOCKING].get())
}

fn sock_settimeout(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("settimeout", args, kw, 1, 1)?;
    let s = this(a)?;
    let blocking = if a[1] == none() {
        true
    } else if as_i64(a[1]) == Some(0) || crate::runtime::number::as_float(a[1]) == 0.0 && kind_of(a[1]) == Kind::Float {
        false
    } else {
        return raise_named("NotImplementedError", "coro's socket module supports no timeouts but None and 0 (socket.settimeout)");
    };
    set_nonblocking(fd(s)?, !blocking)?;
    native_slots(s)[BLOCKING].set(boolean(blocking));
    Ok(none())
}

fn sock_gettimeout(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("gettimeout", args, kw, 0, 0)?;
    Ok(if native_slots(this(a)?)[BLOCKING].get() == boolean(true) { none() } else { crate::runtime::number::float(0.0) })
}

/// connect(2); the errno, 0 on success.
fn connect_errno(s: Value, addr: Value) -> PyResult<i32> {
    let a = parse_address(s, addr)?;
    let (st, len) = to_storage(a);
    // SAFETY: a valid sockaddr of `len` bytes.
    let r = unsafe { libc::connect(fd(s)?, &st as *const _ as *const libc::sockaddr, len) };
    Ok(if r < 0 { errno() } else { 0 })
}

fn sock_connect(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("connect", args, kw, 1, 1)?;
    match connect_errno(this(a)?, a[1])? {
        0 => Ok(none()),
        e => raise_errno(e),
    }
}

fn sock_connect_ex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("connect_ex", args, kw, 1, 1)?;
    Ok(int(connect_errno(this(a)?, a[1])? as i64))
}

fn sock_bind(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("bind", args, kw, 1, 1)?;
    let s = this(a)?;
    let addr = parse_address(s, a[1])?;
    let (st, len) = to_storage(addr);
    // SAFETY: a valid sockaddr of `len` bytes.
    if unsafe { libc::bind(fd(s)?, &st as *const _ as *const libc::sockaddr, len) } < 0 {
        return last_error();
    }
    Ok(none())
}

fn sock_listen(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("listen", args, kw, 0, 1)?;
    let s = this(a)?;
    let backlog = a.get(1).and_then(|&v| as_i64(v)).unwrap_or(128).clamp(0, i32::MAX as i64);
    // SAFETY: listen(2) on our descriptor.
    if unsafe { libc::listen(fd(s)?, backlog as i32) } < 0 {
        return last_error();
    }
    Ok(none())
}

fn sock_accept(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("accept", args, kw, 0, 0)?;
    let s = this(a)?;
    // SAFETY: accept4 fills the storage it is given.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let new_fd = unsafe { libc::accept4(fd(s)?, &mut st as *mut _ as *mut libc::sockaddr, &mut len, libc::SOCK_CLOEXEC) };
    if new_fd < 0 {
        return last_error();
    }
    let sock_type = attrs(s).get_str(intern("type")).and_then(as_i64).unwrap_or(1);
    let conn = wrap(new_fd, family_of(s), sock_type, true);
    let addr = from_storage(&st).map_or(none(), address_tuple);
    Ok(new_tuple_from(&[conn, addr]))
}

fn sock_send(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("send", args, kw, 1, 2)?;
    let s = this(a)?;
    let data = buffer(a[1])?;
    // SAFETY: send(2) from a live buffer; MSG_NOSIGNAL turns SIGPIPE into EPIPE.
    let n = unsafe { libc::send(fd(s)?, data.as_ptr() as *const libc::c_void, data.len(), libc::MSG_NOSIGNAL) };
    if n < 0 {
        return last_error();
    }
    Ok(int(n as i64))
}

fn sock_sendall(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("sendall", args, kw, 1, 2)?;
    let s = this(a)?;
    let data = buffer(a[1])?.to_vec();
    let mut sent = 0;
    while sent < data.len() {
        // SAFETY: as in send.
        let n = unsafe { libc::send(fd(s)?, data[sent..].as_ptr() as *const libc::c_void, data.len() - sent, libc::MSG_NOSIGNAL) };
        if n < 0 {
            if errno() == libc::EINTR {
                continue;
            }
            return last_error();
        }
        sent += n as usize;
    }
    Ok(none())
}

fn sock_recv(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("recv", args, kw, 1, 2)?;
    let s = this(a)?;
    let n = match as_i64(a[1]) {
        Some(n) if n >= 0 => n as usize,
        Some(_) => return raise_named("ValueError", "negative buffersize in recv"),
        None => return raise_named("TypeError", "'recv' argument must be an integer"),
    };
    let s_fd = fd(s)?;
    loop {
        // SAFETY: recv(2) into the buffer's `n` bytes.
        let got = filled_buffer(n, |buf, n| unsafe { libc::recv(s_fd, buf as *mut libc::c_void, n, 0) });
        match got {
            Some(data) => return Ok(new_bytes(data)),
            None if errno() == libc::EINTR => crate::runtime::interrupt::check()?,
            None => return last_error(),
        }
    }
}

fn sock_close(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("close", args, kw, 0, 0)?;
    let s = this(a)?;
    let v = native_slots(s)[FD].get();
    if v.is_small() && v.as_small() >= 0 {
        // SAFETY: closing the descriptor this socket owns, once.
        unsafe { libc::close(v.as_small() as RawFd) };
    }
    native_slots(s)[FD].set(Value::small_unchecked(-1));
    Ok(none())
}

fn sock_detach(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("detach", args, kw, 0, 0)?;
    let s = this(a)?;
    let v = native_slots(s)[FD].get();
    native_slots(s)[FD].set(Value::small_unchecked(-1));
    Ok(if v.is_small() { v } else { int(-1) })
}

fn sock_shutdown(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("shutdown", args, kw, 1, 1)?;
    let s = this(a)?;
    let how = as_i64(a[1]).unwrap_or(2) as i32;
    // SAFETY: shutdown(2) on our descriptor.
    if unsafe { libc::shutdown(fd(s)?, how) } < 0 {
        return last_error();
    }
    Ok(none())
}

/// getsockname / getpeername.
fn name_of(s: Value, peer: bool) -> PyResult<Value> {
    // SAFETY: the call fills the storage it is given.
    let mut st: libc::sockaddr_storage = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t;
    let p = &mut st as *mut _ as *mut libc::sockaddr;
    let r = unsafe { if peer { libc::getpeername(fd(s)?, p, &mut len) } else { libc::getsockname(fd(s)?, p, &mut len) } };
    if r < 0 {
        return last_error();
    }
    Ok(from_storage(&st).map_or(none(), address_tuple))
}

fn sock_getsockname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("getsockname", args, kw, 0, 0)?;
    name_of(this(a)?, false)
}

fn sock_getpeername(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("getpeername", args, kw, 0, 0)?;
    name_of(this(a)?, true)
}

fn sock_setsockopt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("setsockopt", args, kw, 3, 3)?;
    let s = this(a)?;
    let (Some(level), Some(opt)) = (as_i64(a[1]), as_i64(a[2])) else {
        return raise_named("TypeError", "an integer is required");
    };
    let Some(value) = as_i64(a[3]).map(|v| v as libc::c_int) else {
        return raise_named("NotImplementedError", "coro's socket.setsockopt takes integer values only");
    };
    // SAFETY: an int option value.
    let r = unsafe {
        libc::setsockopt(fd(s)?, level as i32, opt as i32, &value as *const _ as *const libc::c_void, std::mem::size_of::<libc::c_int>() as libc::socklen_t)
    };
    if r < 0 {
        return last_error();
    }
    Ok(none())
}

fn sock_getsockopt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("getsockopt", args, kw, 2, 2)?;
    let s = this(a)?;
    let (Some(level), Some(opt)) = (as_i64(a[1]), as_i64(a[2])) else {
        return raise_named("TypeError", "an integer is required");
    };
    let mut value: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: an int option value.
    let r = unsafe { libc::getsockopt(fd(s)?, level as i32, opt as i32, &mut value as *mut _ as *mut libc::c_void, &mut len) };
    if r < 0 {
        return last_error();
    }
    Ok(int(value as i64))
}

fn sock_enter(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__enter__", args, kw, 0, 0)?;
    this(a)
}

fn sock_exit(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__exit__", args, kw, 0, 3)?;
    sock_close(&a[..1], &[])?;
    Ok(none())
}

fn sock_repr(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method("__repr__", args, kw, 0, 0)?;
    let s = this(a)?;
    let fd = native_slots(s)[FD].get();
    let fd = if fd.is_small() { fd.as_small() } else { -1 };
    let family = if family_of(s) == libc::AF_INET6 as i64 { "AF_INET6" } else { "AF_INET" };
    Ok(new_str(&format!("<socket.socket fd={fd}, family=AddressFamily.{family}, type=SocketKind.SOCK_STREAM, proto=0>")))
}

/// `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)`.
fn getaddrinfo(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::runtime::args::check_keywords("getaddrinfo", kw, &["family", "type", "proto", "flags"])?;
    let pos = positional(args, kw);
    crate::runtime::args::count("getaddrinfo", pos.len(), 2, 6)?;
    let arg = |i: usize, name: &str| pos.get(i).copied().or_else(|| keyword(args, kw, name)).and_then(as_i64).unwrap_or(0);
    let host = if pos[0] == none() { "" } else { crate::runtime::args::str_arg("getaddrinfo", pos[0])? };
    let port = if pos[1] == none() {
        0
    } else if kind_of(pos[1]) == Kind::Str {
        as_str(pos[1]).parse::<u16>().or_else(|_| gai_error(-8, "Servname not supported for ai_socktype"))?
    } else {
        as_i64(pos[1]).filter(|p| (0..=65535).contains(p)).map(|p| p as u16).ok_or(()).or_else(|_| raise_named("OverflowError", "getaddrinfo(): port must be 0-65535."))?
    };
    let host = if host.is_empty() && pos[0] == none() { "localhost" } else { host };
    let addrs = resolve(host, port, arg(2, "family"))?;
    let sock_type = arg(3, "type");
    let types: Vec<i64> = if sock_type == 0 { vec![1, 2, 3] } else { vec![sock_type] };
    // Each entry goes into the list as it is made: a collection while the
    // next is made then sees it.
    let out = new_list(Vec::new());
    for a in addrs {
        for &t in &types {
            let proto = match t {
                1 => 6,
                2 => 17,
                _ => 0,
            };
            let fam = if a.is_ipv4() { libc::AF_INET } else { libc::AF_INET6 } as i64;
            let (name, address) = (new_str(""), address_tuple(a));
            let entry = new_tuple_from(&[int(fam), int(t), int(proto), name, address]);
            crate::runtime::seq::list_items(out).push(entry);
        }
    }
    Ok(out)
}

/// Creates the `socket` module.
pub fn create() -> Value {
    let m = new_module("socket", "", &[]);
    if SOCKET_CLASS.with(|c| c.get()).is_null() {
        let cls = new_native_class("socket", "socket", crate::runtime::vm::vm().classes.object, SLOTS);
        let methods: &[(&'static str, NativeFn)] = &[
            ("__init__", sock_init),
            ("fileno", sock_fileno),
            ("setblocking", sock_setblocking),
            ("getblocking", sock_getblocking),
            ("settimeout", sock_settimeout),
            ("gettimeout", sock_gettimeout),
            ("connect", sock_connect),
            ("connect_ex", sock_connect_ex),
            ("bind", sock_bind),
            ("listen", sock_listen),
            ("accept", sock_accept),
            ("send", sock_send),
            ("sendall", sock_sendall),
            ("recv", sock_recv),
            ("close", sock_close),
            ("detach", sock_detach),
            ("shutdown", sock_shutdown),
            ("getsockname", sock_getsockname),
            ("getpeername", sock_getpeername),
            ("setsockopt", sock_setsockopt),
            ("getsockopt", sock_getsockopt),
            ("__enter__", sock_enter),
            ("__exit__", sock_exit),
            ("__repr__", sock_repr),
        ];
        for &(name, f) in methods {
            set_class_attr(cls, name, new_builtin(name, f));
        }
        let gai = new_class("gaierror", "gaierror", "socket", vec![exc_class("OSError")], DictTable::new()).expect("a plain exception class");
        SOCKET_CLASS.with(|c| c.set(cls));
        GAIERROR.with(|c| c.set(gai));
        crate::runtime::heap::add_root_set(trace_roots);
    }
    set_global(m, "socket", SOCKET_CLASS.with(|c| c.get()));
    set_global(m, "gaierror", GAIERROR.with(|c| c.get()));
    set_global(m, "error", exc_class("OSError"));
    set_global(m, "timeout", exc_class("TimeoutError"));
    set_global(m, "getaddrinfo", new_builtin("getaddrinfo", getaddrinfo));
    let constants: &[(&str, i64)] = &[
        ("AF_UNSPEC", libc::AF_UNSPEC as i64),
        ("AF_INET", libc::AF_INET as i64),
        ("AF_INET6", libc::AF_INET6 as i64),
        ("AF_UNIX", libc::AF_UNIX as i64),
        ("SOCK_STREAM", libc::SOCK_STREAM as i64),
        ("SOCK_DGRAM", libc::SOCK_DGRAM as i64),
        ("SOL_SOCKET", libc::SOL_SOCKET as i64),
        ("SO_REUSEADDR", libc::SO_REUSEADDR as i64),
        ("SO_REUSEPORT", libc::SO_REUSEPORT as i64),
        ("SO_KEEPALIVE", libc::SO_KEEPALIVE as i64),
        ("SO_ERROR", libc::SO_ERROR as i64),
        ("SO_SNDBUF", libc::SO_SNDBUF as i64),
        ("SO_RCVBUF", libc::SO_RCVBUF as i64),
        ("IPPROTO_TCP", libc::IPPROTO_TCP as i64),
        ("IPPROTO_IPV6", libc::IPPROTO_IPV6 as i64),
        ("IPV6_V6ONLY", libc::IPV6_V6ONLY as i64),
        ("TCP_NODELAY", libc::TCP_NODELAY as i64),
        ("SHUT_RD", libc::SHUT_RD as i64),
        ("SHUT_WR", libc::SHUT_WR as i64),
        ("SHUT_RDWR", libc::SHUT_RDWR as i64),
        ("SOMAXCONN", libc::SOMAXCONN as i64),
        ("AI_PASSIVE", libc::AI_PASSIVE as i64),
        ("has_ipv6", 1),
    ];
    for &(name, v) in constants {
        set_global(m, name, if name == "has_ipv6" { boolean(true) } else { int(v) });
    }
    m
}
