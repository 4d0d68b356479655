# The struct module: Struct and the functions over _struct (native), which
# parses formats and packs and unpacks the values.
# native in CPython: *

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    __module__ = "struct"


_struct._init(error)


def calcsize(format):
    return _struct.calcsize(format)


def pack(format, /, *values):
    return _struct.pack(format, values)


def unpack(format, buffer, /):
    size = _struct.calcsize(format)
    if len(buffer) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _struct.unpack(format, buffer, 0)


def unpack_from(format, /, buffer, offset=0):
    size = _struct.calcsize(format)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                    "(actual buffer size is %d)" % (size + offset, size, offset, len(buffer)))
    return _struct.unpack(format, buffer, offset)


def pack_into(format, buffer, offset, /, *values):
    data = _struct.pack(format, values)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < len(data):
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                    "(actual buffer size is %d)" % (len(data) + offset, len(data), offset, len(buffer)))
    buffer[offset:offset + len(data)] = data


def iter_unpack(format, buffer, /):
    size = _struct.calcsize(format)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return (_struct.unpack(format, buffer, i) for i in range(0, len(buffer), size))


class Struct:
    __module__ = "_struct"

    def __init__(self, format):
        self.size = _struct.calcsize(format)
        self.format = format if isinstance(format, str) else format.decode("latin-1")
        self._format = format

    def pack(self, *values):
        return _struct.pack(self._format, values)

    def pack_into(self, buffer, offset, *values):
        pack_into(self._format, buffer, offset, *values)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)
