# The Supports* protocols and the IO classes of coro's typing module,
# loaded the first time a program names one of them (typing's module
# __getattr__ then copies them all into typing).

from typing import Generic, Protocol, AnyStr, T_co, runtime_checkable


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __module__ = "typing"
    __slots__ = ()

    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __module__ = "typing"
    __slots__ = ()

    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __module__ = "typing"
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __module__ = "typing"
    __slots__ = ()

    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __module__ = "typing"
    __slots__ = ()

    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __module__ = "typing"
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __module__ = "typing"
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic[AnyStr]):
    """The generic type of the streams open() returns: IO[str], IO[bytes]."""
    __module__ = "typing"
    __slots__ = ()

    @property
    def mode(self):
        pass

    @property
    def name(self):
        pass

    def close(self):
        pass

    @property
    def closed(self):
        pass

    def fileno(self):
        pass

    def flush(self):
        pass

    def isatty(self):
        pass

    def read(self, n=-1):
        pass

    def readable(self):
        pass

    def readline(self, limit=-1):
        pass

    def readlines(self, hint=-1):
        pass

    def seek(self, offset, whence=0):
        pass

    def seekable(self):
        pass

    def tell(self):
        pass

    def truncate(self, size=None):
        pass

    def writable(self):
        pass

    def write(self, s):
        pass

    def writelines(self, lines):
        pass

    def __enter__(self):
        pass

    def __exit__(self, type, value, traceback):
        pass


class BinaryIO(IO):
    """The type of binary streams (IO[bytes])."""
    __module__ = "typing"
    __slots__ = ()

    def write(self, s):
        pass

    def __enter__(self):
        pass


class TextIO(IO):
    """The type of text streams (IO[str])."""
    __module__ = "typing"
    __slots__ = ()

    @property
    def buffer(self):
        pass

    @property
    def encoding(self):
        pass

    @property
    def errors(self):
        pass

    @property
    def line_buffering(self):
        pass

    @property
    def newlines(self):
        pass

    def __enter__(self):
        pass
