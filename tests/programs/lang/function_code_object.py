# function.__code__ tells a function's names, argument counts, local,
# cell and free variable names, flags and where it was defined.
import types


def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    total = a + b
    return total


def outer(x, y):
    z = x + y
    def inner(w):
        return w + z + x
    return inner


async def coro_fn(): pass
def gen(): yield 1
async def agen(): yield 1


class A:
    def m(self):
        return __class__


for fn in (f, outer, outer(1, 2), coro_fn, gen, agen, lambda q: q, A.m):
    c = fn.__code__
    print(c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount,
          c.co_nlocals, c.co_varnames, c.co_cellvars, c.co_freevars, c.co_flags, c.co_firstlineno)
print(f.__code__ is f.__code__, type(f.__code__), type(f.__code__) is types.CodeType)
print(repr(f.__code__).startswith("<code object f at 0x"), repr(f.__code__).endswith(', line 6>'))
print(f.__code__.co_filename == __file__)
def validate(fn):
    names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
    def wrapper(*args):
        for name, value in zip(names, args):
            print(" ", name, "=", value)
        return fn(*args)
    return wrapper
@validate
def area(w, h):
    return w * h
print(area(3, 4))
try:
    f.__code__.co_name = "g"
except AttributeError as e:
    print("AttributeError:", e)
# expect: f f 3 2 2 8 ('a', 'b', 'c', 'd', 'e', 'args', 'kw', 'total') () () 15 6
# expect: outer outer 2 0 0 3 ('x', 'y', 'inner') ('x', 'z') () 3 11
# expect: inner outer.<locals>.inner 1 0 0 1 ('w',) () ('x', 'z') 19 13
# expect: coro_fn coro_fn 0 0 0 0 () () () 131 18
# expect: gen gen 0 0 0 0 () () () 35 19
# expect: agen agen 0 0 0 0 () () () 515 20
# expect: <lambda> <lambda> 1 0 0 1 ('q',) () () 3 28
# expect: m A.m 1 0 0 1 ('self',) () ('__class__',) 3 24
# expect: True <class 'code'> True
# expect: True True
# expect: True
# expect:   w = 3
# expect:   h = 4
# expect: 12
# expect: AttributeError: readonly attribute
