# The `code` objects that `function.__code__` gives: what CPython's code
# objects tell about a compiled function (names, argument counts, flags,
# where it was defined). coro compiles to native code, so there is no
# bytecode: `co_code`, `co_consts` and kin are absent. The VM makes one
# per compiled body on first read and keeps it in `_made`, by the body.


class code:
    __module__ = "builtins"
    __slots__ = ("co_name", "co_qualname", "co_filename", "co_firstlineno", "co_argcount",
                 "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_varnames",
                 "co_cellvars", "co_freevars", "co_flags")

    def __init__(self, *fields):
        for name, value in zip(code.__slots__, fields):
            object.__setattr__(self, name, value)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __delattr__(self, name):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return '<code object %s at %#x, file "%s", line %d>' % (
            self.co_name, id(self), self.co_filename, self.co_firstlineno)


# The code objects made so far, by their compiled body (see
# runtime/code_object.rs).
_made = {}
