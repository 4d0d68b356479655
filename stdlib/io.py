# The io module of coro: the in-memory streams StringIO and BytesIO, as
# CPython 3.11 has them. Files are not supported (`open` is refused), so
# io.open and the file classes are absent.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __init__(self):
        self._closed = False    # close() was called

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def flush(self):
        self._check_open()

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def isatty(self):
        self._check_open()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        IOBase._check_open(self)
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        IOBase._check_open(self)
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _size_arg(size):
    # read(size)/readline(size): None or a negative size means all.
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _MemoryStream:
    # What StringIO and BytesIO share: the buffer `_buf` (a str or a
    # bytearray) and the position `_pos`, which may lie past its end.

    def getvalue(self):
        self._check_open()
        return self._value(self._buf)

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        self._pos = max(self._pos, end)
        return self._value(self._buf[start:end])

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        elif not isinstance(size, int):
            raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer")
        elif size < 0:
            raise ValueError(f"negative size value {size}")
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size


class StringIO(_MemoryStream, TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        TextIOBase.__init__(self)
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline    # the newline argument, as CPython takes it
        self._buf = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _value(self, text):
        return text

    def _check_open(self):
        # StringIO's own methods word it without the full stop.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline in ('\r', '\r\n'):
            s = s.replace('\n', self._newline)
        buf = self._buf
        if self._pos == len(buf):
            self._buf = buf + s
        elif self._pos > len(buf):
            self._buf = buf + '\0' * (self._pos - len(buf)) + s
        else:
            self._buf = buf[:self._pos] + s + buf[self._pos + len(s):]
        self._pos += len(s)
        return n

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        start = min(self._pos, len(buf))
        if self._newline == '':
            end = _universal_line_end(buf, start)
        else:
            sep = '\n' if self._newline is None else self._newline
            i = buf.find(sep, start)
            end = len(buf) if i < 0 else i + len(sep)
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(self._pos, end)
        return buf[start:end]

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence in (1, 2):
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            if whence == 2:
                self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def detach(self):
        raise UnsupportedOperation("detach")

    def __repr__(self):
        return f"<_io.StringIO object at 0x{id(self):x}>"


def _universal_line_end(buf, start):
    # Where the line starting at `start` ends with newline='' ('\n', '\r'
    # or '\r\n' ends a line), just past its terminator.
    i = start
    n = len(buf)
    while i < n:
        c = buf[i]
        if c == '\n':
            return i + 1
        if c == '\r':
            return i + 2 if i + 1 < n and buf[i + 1] == '\n' else i + 1
        i += 1
    return n


class BytesIO(_MemoryStream, BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        BufferedIOBase.__init__(self)
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0

    def _value(self, data):
        return bytes(data)

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(b)
        end = self._pos + len(data)
        if self._pos > len(self._buf):
            self._buf += bytes(self._pos - len(self._buf))
        self._buf[self._pos:end] = data
        self._pos = end
        return len(data)

    def __iter__(self):
        return self

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        start = min(self._pos, len(self._buf))
        i = self._buf.find(b'\n', start)
        end = len(self._buf) if i < 0 else i + 1
        if 0 <= size < end - start:
            end = start + size
        self._pos = max(self._pos, end)
        return bytes(self._buf[start:end])

    def seek(self, pos, whence=0):
        self._check_open()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def getbuffer(self):
        raise NotImplementedError("coro does not support BytesIO.getbuffer() (no memoryview)")

    def __repr__(self):
        return f"<_io.BytesIO object at 0x{id(self):x}>"


def open(*args, **kwargs):
    raise NotImplementedError("coro does not support open()")
