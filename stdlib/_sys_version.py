# sys.version_info: CPython's struct sequence, a tuple whose items are also
# named attributes. The sys module makes it on first use (its __getattr__).


class version_info(tuple):
    __module__ = "sys"
    __slots__ = ()
    n_fields = 5
    n_sequence_fields = 5
    n_unnamed_fields = 0

    major = property(lambda self: self[0])
    minor = property(lambda self: self[1])
    micro = property(lambda self: self[2])
    releaselevel = property(lambda self: self[3])
    serial = property(lambda self: self[4])

    def __repr__(self):
        return "sys.version_info(major=%r, minor=%r, micro=%r, releaselevel=%r, serial=%r)" % tuple(self)


VERSION_INFO = version_info((3, 11, 7, "final", 0))
