

# ================================================================ processes
# Subprocesses and pipes, compiled into the asyncio module after the I/O
# part (stdlib/asyncio_io.py) the first time a program asks for them. It
# follows CPython 3.11's unix_events.py (pipes, the child watcher) and
# subprocess.py. Children are started and reaped by the native
# `_coro_process` module, which watches a pidfd for their exit.

# Pipes and processes speak through the I/O part's protocols and streams.
_load_part("io")


def _load_process():
    import _coro_process
    return _coro_process


_coro_process = _LazyModule(_load_process)


async def _loop_connect_read_pipe(self, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _UnixReadPipeTransport(self, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def _loop_connect_write_pipe(self, protocol_factory, pipe):
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _UnixWritePipeTransport(self, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


def _check_subprocess_options(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError("universal_newlines must be False")
    if bufsize != 0:
        raise ValueError("bufsize must be 0")
    if text:
        raise ValueError("text must be False")
    if encoding is not None:
        raise ValueError("encoding must be None")
    if errors is not None:
        raise ValueError("errors must be None")


async def _loop_subprocess_exec(self, protocol_factory, program, *args, stdin=-1, stdout=-1, stderr=-1,
                                universal_newlines=False, shell=False, bufsize=0, encoding=None,
                                errors=None, text=None, cwd=None, env=None):
    _check_subprocess_options(universal_newlines, bufsize, text, encoding, errors)
    if shell:
        raise ValueError("shell must be False")
    popen_args = [program] + list(args)
    protocol = protocol_factory()
    transport = await self._make_subprocess_transport(protocol, popen_args, stdin, stdout, stderr, cwd, env)
    return transport, protocol


async def _loop_subprocess_shell(self, protocol_factory, cmd, *, stdin=-1, stdout=-1, stderr=-1,
                                 universal_newlines=False, shell=True, bufsize=0, encoding=None,
                                 errors=None, text=None, cwd=None, env=None):
    if not isinstance(cmd, str):
        raise ValueError("cmd must be a string")
    _check_subprocess_options(universal_newlines, bufsize, text, encoding, errors)
    if not shell:
        raise ValueError("shell must be True")
    protocol = protocol_factory()
    transport = await self._make_subprocess_transport(protocol, ['/bin/sh', '-c', cmd], stdin, stdout, stderr, cwd, env)
    return transport, protocol


async def _loop_make_subprocess_transport(self, protocol, args, stdin, stdout, stderr, cwd, env):
    waiter = self.create_future()
    transp = _UnixSubprocessTransport(self, protocol, args, stdin, stdout, stderr, cwd, env, waiter)
    _watch_child(self, transp)
    try:
        await waiter
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException:
        transp.close()
        await transp._wait()
        raise
    return transp


def _watch_child(loop, transp):
    # Learns of the child's exit through a pidfd the loop polls (or, on a
    # kernel without pidfds, by polling waitpid), then reaps it.
    pid = transp.get_pid()
    pidfd = _coro_process.pidfd_open(pid)

    def exited():
        returncode = _coro_process.waitpid(pid)
        if returncode is None:
            if pidfd < 0:
                loop.call_later(0.005, exited)
            return
        if pidfd >= 0:
            loop.remove_reader(pidfd)
            _coro_process.close(pidfd)
        loop.call_soon(transp._process_exited, returncode)

    if pidfd >= 0:
        loop.add_reader(pidfd, exited)
    else:
        loop.call_later(0.005, exited)


for _name, _fn in [
    ('connect_read_pipe', _loop_connect_read_pipe),
    ('connect_write_pipe', _loop_connect_write_pipe),
    ('subprocess_exec', _loop_subprocess_exec),
    ('subprocess_shell', _loop_subprocess_shell),
    ('_make_subprocess_transport', _loop_make_subprocess_transport),
]:
    setattr(BaseEventLoop, _name, _fn)


class _PipeFile:
    # The parent's end of a child's pipe (what Popen's stdin/stdout are).
    def __init__(self, fd):
        self._fd = fd

    def fileno(self):
        return self._fd

    def close(self):
        if self._fd >= 0:
            _coro_process.close(self._fd)
            self._fd = -1


class _UnixReadPipeTransport(ReadTransport):
    max_size = 256 * 1024

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._extra['pipe'] = pipe
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._paused = False
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return f'<_UnixReadPipeTransport fd={self._fileno}>'

    def _add_reader(self, fd, callback):
        if not self.is_reading():
            return
        self._loop.add_reader(fd, callback)

    def is_reading(self):
        return not self._paused and not self._closing

    def _read_ready(self):
        try:
            data = _coro_process.read(self._fileno, self.max_size)
        except (BlockingIOError, InterruptedError):
            pass
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
        else:
            if data:
                self._protocol.data_received(data)
            else:
                self._closing = True
                self._loop.remove_reader(self._fileno)
                self._loop.call_soon(self._protocol.eof_received)
                self._loop.call_soon(self._call_connection_lost, None)

    def pause_reading(self):
        if not self.is_reading():
            return
        self._paused = True
        self._loop.remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fileno, self._read_ready)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not (isinstance(exc, OSError) and exc.errno == 5):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


class _UnixWritePipeTransport(_FlowControlMixin):
    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._extra['pipe'] = pipe
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._buffer = bytearray()
        self._conn_lost = 0
        self._closing = False
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._loop.add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            self._loop.call_soon(_set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return f'<_UnixWritePipeTransport fd={self._fileno}>'

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        if self._buffer:
            self._close(BrokenPipeError())
        else:
            self._close()

    def write(self, data):
        if not data:
            return
        if self._conn_lost or self._closing:
            self._conn_lost += 1
            return
        if not self._buffer:
            try:
                n = _coro_process.write(self._fileno, data)
            except (BlockingIOError, InterruptedError):
                n = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._conn_lost += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if n == len(data):
                return
            elif n > 0:
                data = data[n:]
            self._loop.add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        try:
            n = _coro_process.write(self._fileno, self._buffer)
        except (BlockingIOError, InterruptedError):
            pass
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._conn_lost += 1
            self._loop.remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
        else:
            if n == len(self._buffer):
                self._buffer.clear()
                self._loop.remove_writer(self._fileno)
                self._maybe_resume_protocol()
                if self._closing:
                    self._loop.remove_reader(self._fileno)
                    self._call_connection_lost(None)
                return
            elif n > 0:
                del self._buffer[:n]

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closing

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message,
                'exception': exc,
                'transport': self,
                'protocol': self._protocol,
            })
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop.remove_writer(self._fileno)
        self._buffer.clear()
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._pipe.close()
            self._pipe = None
            self._protocol = None
            self._loop = None


# ---------------------------------------------------------------- subprocesses

class _Popen:
    # What asyncio keeps of subprocess.Popen: the pid, the pipes, the returncode.
    def __init__(self, args, stdin, stdout, stderr, cwd, env):
        def mode(m):
            if m is None or isinstance(m, int):
                return m
            return m.fileno()
        env_pairs = None
        if env is not None:
            env_pairs = []
            for k in env:
                env_pairs.append(k)
                env_pairs.append(env[k])
        pid, i, o, e = _coro_process.spawn(list(args), mode(stdin), mode(stdout), mode(stderr), cwd, env_pairs)
        self.args = args
        self.pid = pid
        self.returncode = None
        self.stdin = None if i is None else _PipeFile(i)
        self.stdout = None if o is None else _PipeFile(o)
        self.stderr = None if e is None else _PipeFile(e)

    def send_signal(self, sig):
        if self.returncode is not None:
            return
        try:
            _coro_process.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


class _WriteSubprocessPipeProto(BaseProtocol):
    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class _ReadSubprocessPipeProto(_WriteSubprocessPipeProto, Protocol):
    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


class _UnixSubprocessTransport(SubprocessTransport):
    def __init__(self, loop, protocol, args, stdin, stdout, stderr, cwd, env, waiter=None, extra=None):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        self._pending_calls = deque()
        self._pipes = {}
        self._finished = False
        if stdin == -1:
            self._pipes[0] = None
        if stdout == -1:
            self._pipes[1] = None
        if stderr == -1:
            self._pipes[2] = None
        try:
            self._proc = _Popen(args, stdin, stdout, stderr, cwd, env)
        except BaseException:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        self._loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._closed:
            info.append('closed')
        if self._returncode is not None:
            info.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            info.append('running')
        return '<{}>'.format(' '.join(info))

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is None:
                continue
            proto.pipe.close()
        if self._proc is not None and self._returncode is None:
            self._proc.kill()

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        if fd in self._pipes:
            return self._pipes[fd].pipe
        return None

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(lambda: _WriteSubprocessPipeProto(self, 0), proc.stdin)
                self._pipes[0] = pipe
            if proc.stdout is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _ReadSubprocessPipeProto(self, 1), proc.stdout)
                self._pipes[1] = pipe
            if proc.stderr is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _ReadSubprocessPipeProto(self, 2), proc.stderr)
                self._pipes[2] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, cb, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((cb, data))
        else:
            self._loop.call_soon(cb, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        self._returncode = returncode
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


class SubprocessStreamProtocol(FlowControlMixin, SubprocessProtocol):
    def __init__(self, limit, loop):
        super().__init__(loop=loop)
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        stdout_transport = transport.get_pipe_transport(1)
        if stdout_transport is not None:
            self.stdout = StreamReader(limit=self._limit, loop=self._loop)
            self.stdout.set_transport(stdout_transport)
            self._pipe_fds.append(1)
        stderr_transport = transport.get_pipe_transport(2)
        if stderr_transport is not None:
            self.stderr = StreamReader(limit=self._limit, loop=self._loop)
            self.stderr.set_transport(stderr_transport)
            self._pipe_fds.append(2)
        stdin_transport = transport.get_pipe_transport(0)
        if stdin_transport is not None:
            self.stdin = StreamWriter(stdin_transport, protocol=self, reader=None, loop=self._loop)

    def pipe_data_received(self, fd, data):
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            pipe = self.stdin
            if pipe is not None:
                pipe.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
            return
        if fd == 1:
            reader = self.stdout
        elif fd == 2:
            reader = self.stderr
        else:
            reader = None
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._pipe_fds:
            self._pipe_fds.remove(fd)
        self._maybe_close_transport()

    def process_exited(self):
        self._process_exited = True
        self._maybe_close_transport()

    def _maybe_close_transport(self):
        if len(self._pipe_fds) == 0 and self._process_exited:
            self._transport.close()
            self._transport = None

    def _get_close_waiter(self, stream):
        if stream is self.stdin:
            return self._stdin_closed


class Process:
    __module__ = "asyncio.subprocess"

    def __init__(self, transport, protocol, loop):
        self._transport = transport
        self._protocol = protocol
        self._loop = loop
        self.stdin = protocol.stdin
        self.stdout = protocol.stdout
        self.stderr = protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        return await self._transport._wait()

    def send_signal(self, signal):
        self._transport.send_signal(signal)

    def terminate(self):
        self._transport.terminate()

    def kill(self):
        self._transport.kill()

    async def _feed_stdin(self, input):
        try:
            self.stdin.write(input)
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        transport = self._transport.get_pipe_transport(fd)
        if fd == 2:
            stream = self.stderr
        else:
            stream = self.stdout
        output = await stream.read()
        transport.close()
        return output

    async def communicate(self, input=None):
        if input is not None:
            stdin = self._feed_stdin(input)
        else:
            stdin = self._noop()
        if self.stdout is not None:
            stdout = self._read_stream(1)
        else:
            stdout = self._noop()
        if self.stderr is not None:
            stderr = self._read_stream(2)
        else:
            stderr = self._noop()
        stdin, stdout, stderr = await gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


# subprocess.PIPE, STDOUT and DEVNULL (as _coro_process defines them).
PIPE = -1
STDOUT = -2
DEVNULL = -3


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_shell(protocol_factory, cmd, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=_DEFAULT_LIMIT, **kwds):
    loop = get_running_loop()
    protocol_factory = lambda: SubprocessStreamProtocol(limit=limit, loop=loop)
    transport, protocol = await loop.subprocess_exec(protocol_factory, program, *args, stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


class _SubprocessModule:
    # `asyncio.subprocess`: the names of CPython's asyncio.subprocess module.
    PIPE = PIPE
    STDOUT = STDOUT
    DEVNULL = DEVNULL
    Process = Process
    SubprocessStreamProtocol = SubprocessStreamProtocol
    create_subprocess_exec = staticmethod(create_subprocess_exec)
    create_subprocess_shell = staticmethod(create_subprocess_shell)


subprocess = _SubprocessModule()
