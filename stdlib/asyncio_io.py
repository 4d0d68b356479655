

# ================================================================ I/O
# Network I/O, compiled into the asyncio module the first time a program
# asks for it (src/modules/asyncio/mod.rs, `_load_part`). It follows
# CPython 3.11's selector_events.py, base_events.py (servers, connections)
# and streams.py, so that callbacks run in the same order. Readiness comes
# from the native loop's mio poll (add_reader / add_writer); sockets are
# the native `socket` module's. Subprocesses and pipes are a part of their
# own (stdlib/asyncio_process.py).

class _LazyModule:
    # A native module imported on first use, so that importing asyncio needs
    # no network or process capability (an embedded VM may lack them); the
    # import then fails where a script first opens a socket or a process.
    def __init__(self, load):
        self._load = load

    def __getattr__(self, name):
        return getattr(self._load(), name)


def _load_socket():
    import socket
    return socket


socket = _LazyModule(_load_socket)

_DEFAULT_LIMIT = 2 ** 16


class IncompleteReadError(EOFError):
    __module__ = "asyncio.exceptions"

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of {r_expected} expected bytes')
        self.partial = partial
        self.expected = expected


class LimitOverrunError(Exception):
    __module__ = "asyncio.exceptions"

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed


# ---------------------------------------------------------------- protocols

class BaseProtocol:
    __module__ = "asyncio.protocols"

    def connection_made(self, transport):
        pass

    def connection_lost(self, exc):
        pass

    def pause_writing(self):
        pass

    def resume_writing(self):
        pass


class Protocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def data_received(self, data):
        pass

    def eof_received(self):
        pass


class BufferedProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    pass


class DatagramProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    pass


class SubprocessProtocol(BaseProtocol):
    __module__ = "asyncio.protocols"

    def pipe_data_received(self, fd, data):
        pass

    def pipe_connection_lost(self, fd, exc):
        pass

    def process_exited(self):
        pass


# ---------------------------------------------------------------- transports

class BaseTransport:
    __module__ = "asyncio.transports"

    def __init__(self, extra=None):
        if extra is None:
            extra = {}
        self._extra = extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)


class ReadTransport(BaseTransport):
    __module__ = "asyncio.transports"

    pass


class WriteTransport(BaseTransport):
    __module__ = "asyncio.transports"

    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    __module__ = "asyncio.transports"

    pass


class SubprocessTransport(BaseTransport):
    __module__ = "asyncio.transports"

    pass


class _FlowControlMixin(Transport):
    def __init__(self, extra=None, loop=None):
        super().__init__(extra)
        self._loop = loop
        self._protocol_paused = False
        self._set_write_buffer_limits()

    def _maybe_pause_protocol(self):
        size = self.get_write_buffer_size()
        if size <= self._high_water:
            return
        if not self._protocol_paused:
            self._protocol_paused = True
            try:
                self._protocol.pause_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.pause_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def _maybe_resume_protocol(self):
        if self._protocol_paused and self.get_write_buffer_size() <= self._low_water:
            self._protocol_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._loop.call_exception_handler({
                    'message': 'protocol.resume_writing() failed',
                    'exception': exc,
                    'transport': self,
                    'protocol': self._protocol,
                })

    def get_write_buffer_limits(self):
        return (self._low_water, self._high_water)

    def _set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            if low is None:
                high = 64 * 1024
            else:
                high = 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high_water = high
        self._low_water = low

    def set_write_buffer_limits(self, high=None, low=None):
        self._set_write_buffer_limits(high=high, low=low)
        self._maybe_pause_protocol()

    def get_write_buffer_size(self):
        raise NotImplementedError


class _SelectorSocketTransport(_FlowControlMixin):
    max_size = 256 * 1024

    def __init__(self, loop, sock, protocol, waiter=None, extra=None, server=None):
        super().__init__(extra, loop)
        self._extra['socket'] = sock
        try:
            self._extra['sockname'] = sock.getsockname()
        except OSError:
            self._extra['sockname'] = None
        if 'peername' not in self._extra:
            try:
                self._extra['peername'] = sock.getpeername()
            except OSError:
                self._extra['peername'] = None
        self._sock = sock
        self._sock_fd = sock.fileno()
        self._protocol_connected = False
        self.set_protocol(protocol)
        self._server = server
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._paused = False
        if self._server is not None:
            self._server._attach()
        self._eof = False
        self._empty_waiter = None
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._sock_fd, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._sock is None:
            info.append('closed')
        elif self._closing:
            info.append('closing')
        info.append(f'fd={self._sock_fd}')
        return '<{}>'.format(' '.join(info))

    def abort(self):
        self._force_close(None)

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._protocol_connected = True

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return not self.is_closing() and not self._paused

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._sock_fd)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._add_reader(self._sock_fd, self._read_ready)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._sock_fd)
        if not self._buffer:
            self._conn_lost += 1
            self._loop.remove_writer(self._sock_fd)
            self._loop.call_soon(self._call_connection_lost, None)

    def _fatal_error(self, exc, message='Fatal error on transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._force_close(exc)

    def _force_close(self, exc):
        if self._conn_lost:
            return
        if self._buffer:
            self._buffer.clear()
            self._loop.remove_writer(self._sock_fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._sock_fd)
        self._conn_lost += 1
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            if self._protocol_connected:
                self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            self._loop = None
            server = self._server
            if server is not None:
                server._detach()
                self._server = None

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _add_reader(self, fd, callback, *args):
        if not self.is_reading():
            return
        self._loop.add_reader(fd, callback, *args)

    def _read_ready(self):
        if self._conn_lost:
            return
        try:
            data = self._sock.recv(self.max_size)
        except (BlockingIOError, InterruptedError):
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal read error on socket transport')
            return
        if not data:
            self._read_ready__on_eof()
            return
        try:
            self._protocol.data_received(data)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.data_received() call failed.')

    def _read_ready__on_eof(self):
        try:
            keep_open = self._protocol.eof_received()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fatal_error(exc, 'Fatal error: protocol.eof_received() call failed.')
            return
        if keep_open:
            self._loop.remove_reader(self._sock_fd)
        else:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data:
            return
        if self._conn_lost:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = self._sock.send(data)
            except (BlockingIOError, InterruptedError):
                pass
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fatal_error(exc, 'Fatal write error on socket transport')
                return
            else:
                if n == len(data):
                    return
                # The unsent rest, buffered in one copy (CPython takes
                # memoryview(data)[n:]).
                self._buffer.extend(data)
                del self._buffer[:n]
                data = b''
            self._loop.add_writer(self._sock_fd, self._write_ready)
        self._buffer.extend(data)
        self._maybe_pause_protocol()

    def _write_ready(self):
        if self._conn_lost:
            return
        try:
            n = self._sock.send(self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.remove_writer(self._sock_fd)
            self._buffer.clear()
            self._fatal_error(exc, 'Fatal write error on socket transport')
        else:
            if n:
                del self._buffer[:n]
            self._maybe_resume_protocol()
            if not self._buffer:
                self._loop.remove_writer(self._sock_fd)
                if self._closing:
                    self._call_connection_lost(None)
                elif self._eof:
                    self._sock.shutdown(socket.SHUT_WR)

    def write_eof(self):
        if self._closing or self._eof:
            return
        self._eof = True
        if not self._buffer:
            self._sock.shutdown(socket.SHUT_WR)

    def can_write_eof(self):
        return True


# ---------------------------------------------------------------- servers

class AbstractServer:
    __module__ = "asyncio.events"

    pass


class Server(AbstractServer):
    __module__ = "asyncio.base_events"

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._sockets = sockets
        self._active_count = 0
        self._waiters = []
        self._protocol_factory = protocol_factory
        self._backlog = backlog
        self._serving = False
        self._serving_forever_fut = None

    def __repr__(self):
        return f'<{self.__class__.__name__} sockets={self.sockets!r}>'

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._sockets is None:
            self._wakeup()

    def _wakeup(self):
        waiters = self._waiters
        self._waiters = None
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving:
            return
        self._serving = True
        for sock in self._sockets:
            sock.listen(self._backlog)
            self._loop._start_serving(self._protocol_factory, sock, self, self._backlog)

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        if self._sockets is None:
            return ()
        return tuple(self._sockets)

    def close(self):
        sockets = self._sockets
        if sockets is None:
            return
        self._sockets = None
        for sock in sockets:
            self._loop._stop_serving(sock)
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()
        await sleep(0)

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._sockets is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._sockets is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


# ---------------------------------------------------------------- loop methods

def _ipaddr_info(host, port, family, type, proto):
    # A numeric host needs no resolver (as base_events._ipaddr_info).
    if not isinstance(host, str) or port is None:
        return None
    if host == '':
        return None
    if isinstance(port, str):
        if not port.isdigit():
            return None
        port = int(port)
    if ':' in host:
        af = socket.AF_INET6
    elif host.replace('.', '').isdigit() and host.count('.') == 3:
        af = socket.AF_INET
    else:
        return None
    if family != 0 and family != af:
        return None
    if af == socket.AF_INET6:
        try:
            socket.getaddrinfo(host, port, af)
        except OSError:
            return None
        return af, type, proto, '', (host, port, 0, 0)
    return af, type, proto, '', (host, port)


async def _loop_getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    # CPython resolves in the default executor; here the resolver is called
    # on the loop thread (numeric hosts and /etc/hosts answer at once).
    infos = socket.getaddrinfo(host, port, family, type, proto, flags)
    if type:
        infos = [i for i in infos if i[1] == type]
    return infos


async def _ensure_resolved(address, *, family=0, type=1, proto=0, flags=0, loop):
    host, port = address[:2]
    info = _ipaddr_info(host, port, family, type, proto)
    if info is not None:
        return [info]
    return await loop.getaddrinfo(host, port, family=family, type=type, proto=proto, flags=flags)


def _loop_sock_read_done(self, fd, fut):
    self.remove_reader(fd)


def _loop_sock_write_done(self, fd, fut):
    self.remove_writer(fd)


def _check_nonblocking(sock):
    if sock.gettimeout() != 0:
        raise ValueError("the socket must be non-blocking")


async def _loop_sock_recv(self, sock, n):
    try:
        return sock.recv(n)
    except (BlockingIOError, InterruptedError):
        pass
    fut = self.create_future()
    fd = sock.fileno()
    self.add_reader(fd, self._sock_recv, fut, sock, n)
    fut.add_done_callback(lambda f: self._sock_read_done(fd, f))
    return await fut


def _loop__sock_recv(self, fut, sock, n):
    if fut.done():
        return
    try:
        data = sock.recv(n)
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(data)


async def _loop_sock_sendall(self, sock, data):
    try:
        n = sock.send(data)
    except (BlockingIOError, InterruptedError):
        n = 0
    if n == len(data):
        return
    fut = self.create_future()
    fd = sock.fileno()
    self.add_writer(fd, self._sock_sendall, fut, sock, bytes(data), [n])
    fut.add_done_callback(lambda f: self._sock_write_done(fd, f))
    return await fut


def _loop__sock_sendall(self, fut, sock, view, pos):
    if fut.done():
        return
    start = pos[0]
    try:
        n = sock.send(view[start:])
    except (BlockingIOError, InterruptedError):
        return
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
        return
    start += n
    if start == len(view):
        fut.set_result(None)
    else:
        pos[0] = start


async def _loop_sock_connect(self, sock, address):
    if sock.family == socket.AF_INET or sock.family == socket.AF_INET6:
        resolved = await _ensure_resolved(address, family=sock.family, type=sock.type, proto=sock.proto, loop=self)
        address = resolved[0][4]
    fut = self.create_future()
    self._sock_connect(fut, sock, address)
    return await fut


def _loop__sock_connect(self, fut, sock, address):
    fd = sock.fileno()
    try:
        sock.connect(address)
    except (BlockingIOError, InterruptedError):
        self.add_writer(fd, self._sock_connect_cb, fut, sock, address)
        fut.add_done_callback(lambda f: self._sock_write_done(fd, f))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


def _loop__sock_connect_cb(self, fut, sock, address):
    if fut.done():
        return
    try:
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err != 0:
            raise OSError(err, f'Connect call failed {address}')
    except (BlockingIOError, InterruptedError):
        pass
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result(None)


async def _loop_sock_accept(self, sock):
    fut = self.create_future()
    self._sock_accept(fut, sock)
    return await fut


def _loop__sock_accept(self, fut, sock):
    fd = sock.fileno()
    try:
        conn, address = sock.accept()
        conn.setblocking(False)
    except (BlockingIOError, InterruptedError):
        self.add_reader(fd, self._sock_accept, fut, sock)
        fut.add_done_callback(lambda f: self._sock_read_done(fd, f))
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        fut.set_exception(exc)
    else:
        fut.set_result((conn, address))


def _loop_start_serving(self, protocol_factory, sock, server, backlog):
    self.add_reader(sock.fileno(), self._accept_connection, protocol_factory, sock, server, backlog)


def _loop_stop_serving(self, sock):
    self.remove_reader(sock.fileno())
    sock.close()


def _loop_accept_connection(self, protocol_factory, sock, server, backlog):
    for _ in range(backlog):
        try:
            conn, addr = sock.accept()
            conn.setblocking(False)
        except (BlockingIOError, InterruptedError, ConnectionAbortedError):
            return None
        else:
            extra = {'peername': addr}
            accept = self._accept_connection2(protocol_factory, conn, extra, server)
            self.create_task(accept)


async def _loop_accept_connection2(self, protocol_factory, conn, extra, server):
    protocol = None
    transport = None
    try:
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SelectorSocketTransport(self, conn, protocol, waiter, extra, server)
        try:
            await waiter
        except BaseException:
            transport.close()
            raise
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        pass


async def _loop_create_server(self, protocol_factory, host=None, port=None, *, family=0,  # flags: socket.AI_PASSIVE
                              flags=1, sock=None, backlog=100, ssl=None,
                              reuse_address=None, reuse_port=None, ssl_handshake_timeout=None,
                              ssl_shutdown_timeout=None, start_serving=True):
    if ssl is not None:
        raise NotImplementedError("coro's asyncio does not support SSL (create_server(ssl=...))")
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        sockets = []
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or host is None:
            hosts = [host]
        else:
            hosts = host
        infos = []
        for h in hosts:
            if h is None:
                found = [(socket.AF_INET, socket.SOCK_STREAM, 6, '', ('0.0.0.0', port or 0)),
                         (socket.AF_INET6, socket.SOCK_STREAM, 6, '', ('::', port or 0, 0, 0))]
                found = [i for i in found if family == 0 or i[0] == family]
            else:
                found = await _ensure_resolved((h, port), family=family, type=socket.SOCK_STREAM, flags=flags, loop=self)
            if not found:
                raise OSError(f'getaddrinfo({h!r}) returned empty list')
            for info in found:
                if info not in infos:
                    infos.append(info)
        completed = False
        try:
            for res in infos:
                af, socktype, proto, canonname, sa = res
                try:
                    sock = socket.socket(af, socktype, proto)
                except OSError:
                    continue
                sockets.append(sock)
                if reuse_address:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                if reuse_port:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if af == socket.AF_INET6:
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
                try:
                    sock.bind(sa)
                except OSError as err:
                    raise OSError(err.errno, 'error while attempting to bind on address %r: %s' % (sa, err.strerror.lower())) from None
            completed = True
        finally:
            if not completed:
                for sock in sockets:
                    sock.close()
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        sockets = [sock]
    for sock in sockets:
        sock.setblocking(False)
    server = Server(self, sockets, protocol_factory, backlog)
    if start_serving:
        server._start_serving()
        await sleep(0)
    return server


async def _loop_connect_sock(self, exceptions, addr_info):
    my_exceptions = []
    exceptions.append(my_exceptions)
    family, type_, proto, _, address = addr_info
    sock = None
    try:
        sock = socket.socket(family, type_, proto)
        sock.setblocking(False)
        await self.sock_connect(sock, address)
        return sock
    except OSError as exc:
        my_exceptions.append(exc)
        if sock is not None:
            sock.close()
        raise
    except BaseException:
        if sock is not None:
            sock.close()
        raise


async def _loop_create_connection(self, protocol_factory, host=None, port=None, *, ssl=None,
                                  family=0, proto=0, flags=0, sock=None, local_addr=None,
                                  server_hostname=None, ssl_handshake_timeout=None,
                                  ssl_shutdown_timeout=None, happy_eyeballs_delay=None, interleave=None):
    if ssl is not None:
        raise NotImplementedError("coro's asyncio does not support SSL (create_connection(ssl=...))")
    if local_addr is not None:
        raise NotImplementedError("coro's asyncio does not support create_connection(local_addr=...)")
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        infos = await _ensure_resolved((host, port), family=family, type=socket.SOCK_STREAM, proto=proto, flags=flags, loop=self)
        if not infos:
            raise OSError('getaddrinfo() returned empty list')
        exceptions = []
        sock = None
        for addrinfo in infos:
            try:
                sock = await self._connect_sock(exceptions, addrinfo)
                break
            except OSError:
                continue
        if sock is None:
            exceptions = [exc for sub in exceptions for exc in sub]
            if len(exceptions) == 1:
                raise exceptions[0]
            model = str(exceptions[0])
            if all(str(exc) == model for exc in exceptions):
                raise exceptions[0]
            raise OSError('Multiple exceptions: {}'.format(', '.join(str(exc) for exc in exceptions)))
    else:
        if sock is None:
            raise ValueError('host and port was not specified and no sock specified')
    sock.setblocking(False)
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _SelectorSocketTransport(self, sock, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _run_executor_job(fut, func, args):
    if fut.cancelled():
        return
    try:
        result = func(*args)
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        if not fut.cancelled():
            fut.set_exception(exc)
    else:
        if not fut.cancelled():
            fut.set_result(result)


def _loop_run_in_executor(self, executor, func, *args):
    # The VM is single-threaded: time.sleep runs on a pool thread (so other
    # tasks go on meanwhile, as in CPython); any other function runs on the
    # loop thread in a later iteration, its result or exception delivered
    # through the returned future as CPython delivers it.
    if self.is_closed():
        raise RuntimeError('Event loop is closed')
    if executor is not None:
        raise NotImplementedError("coro's run_in_executor supports only the default executor (None)")
    if func is _time.sleep and len(args) == 1:
        return self._sleep_in_thread(args[0])
    fut = self.create_future()
    self.call_soon(_run_executor_job, fut, func, args)
    return fut


# ---------------------------------------------------------------- signals

def _sighandler_noop(signum, frame):
    # The Python-level handler of a signal a loop handles.
    pass


def _loop_add_signal_handler(self, sig, callback, *args):
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    signal = self._check_signal(sig)
    if self.is_closed():
        raise RuntimeError("Event loop is closed")
    if self._signal_handlers is None:
        self._signal_handlers = {}
    self._signal_handlers[sig] = self._signal_handle(callback, *args)
    try:
        signal.signal(sig, _sighandler_noop)
    except OSError as exc:
        del self._signal_handlers[sig]
        if exc.errno == 22:
            raise RuntimeError(f"sig {sig} cannot be caught")
        raise
    signal._watch(sig, self)


def _loop_remove_signal_handler(self, sig):
    signal = self._check_signal(sig)
    if not self._signal_handlers or sig not in self._signal_handlers:
        return False
    del self._signal_handlers[sig]
    signal._watch(sig, None)
    try:
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
    except OSError as exc:
        if exc.errno == 22:
            raise RuntimeError(f"sig {sig} cannot be caught")
        raise
    return True


def _loop__handle_signal(self, sig):
    handle = (self._signal_handlers or {}).get(sig)
    if handle is None:
        return
    if handle.cancelled():
        self.remove_signal_handler(sig)
    else:
        self._add_callback(handle)


def _loop__check_signal(self, sig):
    import signal
    if not isinstance(sig, int):
        raise TypeError(f"sig must be an int, not {sig!r}")
    if sig not in signal.valid_signals():
        raise ValueError(f"invalid signal number {sig}")
    return signal


for _name, _fn in [
    ('getaddrinfo', _loop_getaddrinfo),
    ('sock_recv', _loop_sock_recv),
    ('_sock_recv', _loop__sock_recv),
    ('sock_sendall', _loop_sock_sendall),
    ('_sock_sendall', _loop__sock_sendall),
    ('sock_connect', _loop_sock_connect),
    ('_sock_connect', _loop__sock_connect),
    ('_sock_connect_cb', _loop__sock_connect_cb),
    ('sock_accept', _loop_sock_accept),
    ('_sock_accept', _loop__sock_accept),
    ('_sock_read_done', _loop_sock_read_done),
    ('_sock_write_done', _loop_sock_write_done),
    ('_start_serving', _loop_start_serving),
    ('_stop_serving', _loop_stop_serving),
    ('_accept_connection', _loop_accept_connection),
    ('_accept_connection2', _loop_accept_connection2),
    ('create_server', _loop_create_server),
    ('_connect_sock', _loop_connect_sock),
    ('create_connection', _loop_create_connection),
    ('run_in_executor', _loop_run_in_executor),
    ('add_signal_handler', _loop_add_signal_handler),
    ('remove_signal_handler', _loop_remove_signal_handler),
    ('_handle_signal', _loop__handle_signal),
    ('_check_signal', _loop__check_signal),
]:
    setattr(BaseEventLoop, _name, _fn)


# ---------------------------------------------------------------- streams

async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    protocol = StreamReaderProtocol(reader, loop=loop)
    transport, _ = await loop.create_connection(lambda: protocol, host, port, **kwds)
    writer = StreamWriter(transport, protocol, reader, loop)
    return reader, writer


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()

    def factory():
        reader = StreamReader(limit=limit, loop=loop)
        protocol = StreamReaderProtocol(reader, client_connected_cb, loop=loop)
        return protocol

    return await loop.create_server(factory, host, port, **kwds)


class FlowControlMixin(Protocol):
    __module__ = "asyncio.streams"

    def __init__(self, loop=None):
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._paused = False
        self._drain_waiters = deque()
        self._connection_lost = False

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        for waiter in self._drain_waiters:
            if not waiter.done():
                waiter.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for waiter in self._drain_waiters:
            if not waiter.done():
                if exc is None:
                    waiter.set_result(None)
                else:
                    waiter.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        waiter = self._loop.create_future()
        self._drain_waiters.append(waiter)
        try:
            await waiter
        finally:
            self._drain_waiters.remove(waiter)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, Protocol):
    __module__ = "asyncio.streams"

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        self._stream_writer = None
        self._task = None
        self._transport = None
        self._client_connected_cb = client_connected_cb
        self._over_ssl = False
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is not None:
            self._stream_writer = StreamWriter(transport, self, reader, self._loop)
            res = self._client_connected_cb(reader, self._stream_writer)
            if iscoroutine(res):
                def callback(task):
                    exc = task.exception()
                    if exc is not None:
                        self._loop.call_exception_handler({
                            'message': 'Unhandled exception in client_connected_cb',
                            'exception': exc,
                            'transport': transport,
                        })
                        transport.close()

                self._task = self._loop.create_task(res)
                self._task.add_done_callback(callback)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if not self._closed.done():
            if exc is None:
                self._closed.set_result(None)
            else:
                self._closed.set_exception(exc)
                # Nobody has to wait for it: CPython's __del__ of the
                # protocol marks it retrieved so it is never reported.
                self._closed.exception()
        super().connection_lost(exc)
        self._stream_reader = None
        self._stream_writer = None
        self._task = None
        self._transport = None

    def data_received(self, data):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_data(data)

    def eof_received(self):
        reader = self._stream_reader
        if reader is not None:
            reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    __module__ = "asyncio.streams"

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop
        self._complete_fut = self._loop.create_future()
        self._complete_fut.set_result(None)

    def __repr__(self):
        info = [self.__class__.__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            info.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(info))

    @property
    def transport(self):
        return self._transport

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def write_eof(self):
        return self._transport.write_eof()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def close(self):
        return self._transport.close()

    def is_closing(self):
        return self._transport.is_closing()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    async def drain(self):
        if self._reader is not None:
            exc = self._reader.exception()
            if exc is not None:
                raise exc
        if self._transport.is_closing():
            await sleep(0)
        await self._protocol._drain_helper()

    async def start_tls(self, sslcontext, *, server_hostname=None, ssl_handshake_timeout=None):
        raise NotImplementedError("coro's asyncio does not support TLS (StreamWriter.start_tls)")


class StreamReader:
    __module__ = "asyncio.streams"

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        self._limit = limit
        if loop is None:
            self._loop = get_event_loop()
        else:
            self._loop = loop
        self._buffer = bytearray()
        self._eof = False
        self._waiter = None
        self._exception = None
        self._transport = None
        self._paused = False

    def __repr__(self):
        info = ['StreamReader']
        if self._buffer:
            info.append(f'{len(self._buffer)} bytes')
        if self._eof:
            info.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            info.append(f'limit={self._limit}')
        if self._waiter:
            info.append(f'waiter={self._waiter!r}')
        if self._exception:
            info.append(f'exception={self._exception!r}')
        if self._transport:
            info.append(f'transport={self._transport!r}')
        if self._paused:
            info.append('paused')
        return '<{}>'.format(' '.join(info))

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_exception(exc)

    def _wakeup_waiter(self):
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            if not waiter.cancelled():
                waiter.set_result(None)

    def set_transport(self, transport):
        if self._transport is not None:
            raise AssertionError('Transport already set')
        self._transport = transport

    def _maybe_resume_transport(self):
        if self._paused and len(self._buffer) <= self._limit:
            self._paused = False
            self._transport.resume_reading()

    def feed_eof(self):
        self._eof = True
        self._wakeup_waiter()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        if self._eof:
            raise AssertionError('feed_data after feed_eof')
        if not data:
            return
        self._buffer.extend(data)
        self._wakeup_waiter()
        if self._transport is not None and not self._paused and len(self._buffer) > 2 * self._limit:
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._paused = True

    async def _wait_for_data(self, func_name):
        if self._waiter is not None:
            raise RuntimeError(f'{func_name}() called while another coroutine is already waiting for incoming data')
        if self._paused:
            self._paused = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        sep = b'\n'
        seplen = len(sep)
        try:
            line = await self.readuntil(sep)
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            if self._buffer.startswith(sep, e.consumed):
                del self._buffer[:e.consumed + seplen]
            else:
                self._buffer.clear()
            self._maybe_resume_transport()
            raise ValueError(e.args[0])
        return line

    async def readuntil(self, separator=b'\n'):
        seplen = len(separator)
        if seplen == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._exception is not None:
            raise self._exception
        offset = 0
        while True:
            buflen = len(self._buffer)
            if buflen - offset >= seplen:
                isep = self._buffer.find(separator, offset)
                if isep != -1:
                    break
                offset = buflen + 1 - seplen
                if offset > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', offset)
            if self._eof:
                chunk = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(chunk, None)
            await self._wait_for_data('readuntil')
        if isep > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', isep)
        chunk = _take_bytes(self._buffer, isep + seplen)
        self._maybe_resume_transport()
        return chunk

    async def read(self, n=-1):
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        if n < 0:
            blocks = []
            while True:
                block = await self.read(self._limit)
                if not block:
                    break
                blocks.append(block)
            return b''.join(blocks)
        if not self._buffer and not self._eof:
            await self._wait_for_data('read')
        # bytes(memoryview(self._buffer)[:n]) and del self._buffer[:n], as
        # in CPython, in at most one copy.
        data = _take_bytes(self._buffer, n)
        self._maybe_resume_transport()
        return data

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._exception is not None:
            raise self._exception
        if n == 0:
            return b''
        while len(self._buffer) < n:
            if self._eof:
                incomplete = bytes(self._buffer)
                self._buffer.clear()
                raise IncompleteReadError(incomplete, n)
            await self._wait_for_data('readexactly')
        data = _take_bytes(self._buffer, n)
        self._maybe_resume_transport()
        return data

    def __aiter__(self):
        return self

    async def __anext__(self):
        val = await self.readline()
        if val == b'':
            raise StopAsyncIteration
        return val


# ---------------------------------------------------------------- pipes
