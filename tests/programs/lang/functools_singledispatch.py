# functools.singledispatch: register by argument and annotation, unions, MRO and ABC dispatch, ambiguity, registry, dispatch, error messages.
from functools import singledispatch, singledispatchmethod, partialmethod, partial
import functools

@singledispatch
def show(x):
    "Show a thing."
    return "object %r" % (x,)

@show.register(int)
def _(x):
    return "int %d" % x

@show.register
def _(x: list):
    return "list of %d" % len(x)

def for_str(x):
    return "str " + x
show.register(str, for_str)

class Base: pass
class Derived(Base): pass
@show.register(Base)
def _(x): return "Base"

print(show(1), show(True), show([1, 2]), show("s"), show(1.5), show(Derived()), show(None))
print(show.__name__, show.__doc__)
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float) is show.registry[object])
print(list(show.registry.keys()))
print(type(show.registry).__name__)
try:
    show.registry[int] = None
except TypeError as e:
    print(e)

from collections.abc import Sequence, Iterable, Mapping, Container
@singledispatch
def kind(x): return "other"
@kind.register
def _(x: Iterable): return "iterable"
@kind.register(Sequence)
def _(x): return "sequence"
@kind.register(Mapping)
def _(x): return "mapping"
print(kind([]), kind(()), kind({}), kind(set()), kind(iter([])), kind(3), kind("x"))
class MySeq(Sequence):
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0
print(kind(MySeq()))
class Virt: pass
Sequence.register(Virt)
print(kind(Virt()))

@singledispatch
def amb(x): return "?"
@amb.register(Iterable)
def _(x): return "iter"
@amb.register(Container)
def _(x): return "cont"
class Both:
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
try:
    amb(Both())
except RuntimeError as e:
    print(e)
try: amb([])
except RuntimeError as e: print("also", e)

@show.register(int | float)
def _(x): return "number"
print(show(2), show(2.5))
import typing
@show.register
def _(x: typing.Union[bytes, bytearray]): return "bytes-like"
print(show(b"x"), show(bytearray()))
try: show.register(3)
except TypeError as e: print(e)
try: show.register(3, lambda x: 1)
except TypeError as e: print(e)
def bad(x: 3): pass
try: show.register(bad)
except TypeError as e: print(e)
def bad2(x: typing.List[int]): pass
try: show.register(bad2)
except TypeError as e: print(e)
def bad3(x: typing.Union[int, typing.List[int]]): pass
try: show.register(bad3)
except TypeError as e: print(e)
try: show()
except TypeError as e: print(e)

# expect: int 1 int 1 list of 2 str s object 1.5 Base object None
# expect: show Show a thing.
# expect: True True
# expect: [<class 'object'>, <class 'int'>, <class 'list'>, <class 'str'>, <class '__main__.Base'>]
# expect: mappingproxy
# expect: 'mappingproxy' object does not support item assignment
# expect: sequence sequence mapping iterable iterable other sequence
# expect: sequence
# expect: sequence
# expect: Ambiguous dispatch: <class 'collections.abc.Iterable'> or <class 'collections.abc.Container'>
# expect: also Ambiguous dispatch: <class 'collections.abc.Iterable'> or <class 'collections.abc.Container'>
# expect: number number
# expect: bytes-like bytes-like
# expect: Invalid first argument to `register()`: 3. Use either `@register(some_class)` or plain `@register` on an annotated function.
# expect: Invalid first argument to `register()`. 3 is not a class or union type.
# expect: Invalid annotation for 'x'. 3 is not a class.
# expect: Invalid annotation for 'x'. typing.List[int] is not a class.
# expect: Invalid annotation for 'x'. typing.Union[int, typing.List[int]] not all arguments are classes.
# expect: show requires at least 1 positional argument
