# The os module on POSIX: names and defaults as CPython's, over the
# system calls of _coro_os (which take str paths; fspath is applied here).
# native in CPython: _text fspath getcwd chdir listdir stat lstat mkdir rmdir remove unlink rename replace symlink readlink chmod access
# native in CPython: DirEntry _ScandirIterator scandir getpid kill getppid getuid cpu_count urandom strerror _exit putenv unsetenv

import _coro_os
import abc as _abc
import posixpath as path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
linesep = "\n"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class PathLike(_abc.ABC):
    __module__ = "os"

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(path).__name__)
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                    % (type(path).__name__, type(result).__name__))


def _text(path, func):
    # What the system calls take: a str path.
    if isinstance(path, str):
        return path
    if isinstance(path, bytes):
        return path.decode()
    if hasattr(type(path), "__fspath__"):
        return _text(fspath(path), func)
    raise TypeError("%s: path should be string, bytes or os.PathLike, not %s" % (func, type(path).__name__))


class _Environ:
    # os.environ: a dict of the environment that writes through. It does
    # not derive from MutableMapping (collections.abc would cost every
    # `import os` its import): the methods it would inherit are borrowed
    # on first use, and collections.abc registers it as a MutableMapping
    # when both are loaded.
    __module__ = "os"

    def __init__(self, pairs):
        self._data = dict(pairs)

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _coro_os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        _coro_os.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __eq__(self, other):
        return dict(self.items()) == other

    __hash__ = None

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self._data.items())

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    # The rest of MutableMapping's methods, borrowed when first used.
    def setdefault(self, key, default=None):
        from _collections_abc import MutableMapping
        return MutableMapping.setdefault(self, key, default)

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        from _collections_abc import MutableMapping
        return MutableMapping.popitem(self)

    def clear(self):
        from _collections_abc import MutableMapping
        MutableMapping.clear(self)

    def update(self, other=(), /, **kwds):
        from _collections_abc import MutableMapping
        MutableMapping.update(self, other, **kwds)

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_coro_os.environ())

import sys as _sys
if "collections.abc" in _sys.modules:
    _sys.modules["collections.abc"].MutableMapping.register(_Environ)
del _sys


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _coro_os.putenv(key, value)


def unsetenv(key):
    _coro_os.unsetenv(key)


def getcwd():
    return _coro_os.getcwd()


def chdir(path):
    _coro_os.chdir(_text(path, "chdir"))


def listdir(path=None):
    return _coro_os.listdir("." if path is None else _text(path, "listdir"))


class stat_result(tuple):
    # Ten items (times as ints); the float and nanosecond times are
    # attributes only, as in CPython's struct sequence.
    __module__ = "os"
    n_sequence_fields = 10
    n_fields = 16
    n_unnamed_fields = 3

    def __new__(cls, seq):
        self = tuple.__new__(cls, seq[:10])
        self._extra = tuple(seq[10:])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%r" % pair for pair in zip(names, self))


def stat(path, *, follow_symlinks=True):
    return stat_result(_coro_os.stat(_text(path, "stat"), follow_symlinks))


def lstat(path):
    return stat_result(_coro_os.stat(_text(path, "lstat"), False))


def mkdir(path, mode=0o777):
    _coro_os.mkdir(_text(path, "mkdir"), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path):
    _coro_os.rmdir(_text(path, "rmdir"))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path):
    _coro_os.unlink(_text(path, "remove"))


def unlink(path):
    _coro_os.unlink(_text(path, "unlink"))


def rename(src, dst):
    _coro_os.rename(_text(src, "rename"), _text(dst, "rename"))


def replace(src, dst):
    _coro_os.rename(_text(src, "replace"), _text(dst, "replace"))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def symlink(src, dst, target_is_directory=False):
    _coro_os.symlink(_text(src, "symlink"), _text(dst, "symlink"))


def readlink(path):
    return _coro_os.readlink(_text(path, "readlink"))


def chmod(path, mode):
    _coro_os.chmod(_text(path, "chmod"), mode)


def access(path, mode):
    return _coro_os.access(_text(path, "access"), mode)


class DirEntry:
    __module__ = "posix"

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    __module__ = "posix"

    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    return _ScandirIterator(_text(path, "scandir"))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs, nondirs, walk_into = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not topdown and (followlinks or not entry.is_symlink()):
                walk_into.append(entry.path)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for dirname in dirs:
            new_path = path.join(top, dirname)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def getpid():
    return _coro_os.getpid()


def kill(pid, signal, /):
    _coro_os.kill(pid, signal)


def getppid():
    return _coro_os.getppid()


def getuid():
    return _coro_os.getuid()


def cpu_count():
    return _coro_os.cpu_count()


def urandom(size):
    return _coro_os.urandom(size)


def strerror(code):
    return _coro_os.strerror(code)


def _exit(status):
    _coro_os._exit(status)


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")
