# inspect.signature of functions, lambdas, methods, classes, dataclasses, namedtuples, enums, wrapped functions, partials, partialmethods and __signature__, with CPython's str/repr and annotation formatting.
import inspect, functools, typing, collections, dataclasses, enum

def f(a, b: int = 2, /, c=3, *args: str, d, e: "str" = 5, **kw: float) -> list[int]:
    pass

s = inspect.signature(f)
print(s)
print(repr(s))
print(s.parameters)
for p in s.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(s.return_annotation, inspect.Signature.empty, inspect.Parameter.empty is s.empty)
print(repr(inspect.Parameter.KEYWORD_ONLY), int(inspect.Parameter.VAR_KEYWORD), f"{inspect.Parameter.POSITIONAL_ONLY}")

print(inspect.signature(lambda: 0), inspect.signature(lambda x, *, y=1: 0), inspect.signature(lambda a, /: 0))
async def af(a, b=1): pass
def gen(x=(1, 'a')): yield x
print(inspect.signature(af), inspect.signature(gen))

def anns(a: typing.List[int], b: typing.Optional[str] = None, c: collections.OrderedDict = None,
         d: 'Fwd' = None, e: int | None = 0, f: dict[str, float] = {}) -> typing.Dict[str, int]:
    pass
print(inspect.signature(anns))

class A:
    def m(self, x, y=1): pass
    @classmethod
    def cm(cls, z, *, k=0): pass
    @staticmethod
    def sm(q, /): pass
    def __call__(self, p, *r): pass
    def star(*args): pass
a = A()
for obj in (a.m, A.m, A.cm, a.cm, A.sm, a, A, a.star):
    print(inspect.signature(obj))

class B:
    def __init__(self, x, y: int = 0): pass
class C(B):
    pass
class D:
    def __new__(cls, n, *rest): return object.__new__(cls)
class E:
    def __repr__(self): return '<an E>'
class Meta(type):
    def __call__(cls, q, r=1): pass
class F(metaclass=Meta):
    def __init__(self, ignored): pass
print(inspect.signature(B), inspect.signature(C), inspect.signature(D), inspect.signature(E), inspect.signature(F))

@dataclasses.dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list = dataclasses.field(default_factory=list)
print(inspect.signature(Point))
print(inspect.signature(collections.namedtuple('Pair', 'left right', defaults=[None])))
class Row(typing.NamedTuple):
    id: int
    name: str = ''
print(inspect.signature(Row))

def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
@deco
def wrapped(x, y=[1, 'a']) -> None: pass
print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))

print(inspect.signature(functools.partial(f, 1, d=4)))
print(inspect.signature(functools.partial(f, c=9)))
print(inspect.signature(functools.partial(lambda a, b, *c, d: 0, b=1)))
print(inspect.signature(functools.partial(a.m, 5)))
class PM:
    def meth(self, a, b, c=1): pass
    first = functools.partialmethod(meth, 1)
    by_name = functools.partialmethod(meth, b=2)
print(inspect.signature(PM.first), inspect.signature(PM().first), inspect.signature(PM.by_name))

def custom(x): pass
custom.__signature__ = inspect.Signature([inspect.Parameter('zz', inspect.Parameter.KEYWORD_ONLY)], return_annotation=int)
print(inspect.signature(custom), inspect.signature(deco(custom)))
print(inspect.Signature.from_callable(f) == s, s == inspect.signature(lambda a, b=2, /, c=3, *args, d, e=5, **kw: 0))

for obj in (object, 1, None, E(), custom.__signature__):
    try:
        print(inspect.signature(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
custom.__signature__ = 'nope'
try:
    inspect.signature(custom)
except TypeError as e:
    print(e)

class Color(enum.Enum):
    RED = 1
print(inspect.signature(Color))
print(inspect.signature(functools.partial(lambda self, func, x=0: 0, self=1, func=2)))
print(repr(A.__dict__['cm']).split(' at ')[0], repr(A.__dict__['sm']).split(' at ')[0])
# expect: (a, b: int = 2, /, c=3, *args: str, d, e: 'str' = 5, **kw: float) -> list[int]
# expect: <Signature (a, b: int = 2, /, c=3, *args: str, d, e: 'str' = 5, **kw: float) -> list[int]>
# expect: OrderedDict([('a', <Parameter "a">), ('b', <Parameter "b: int = 2">), ('c', <Parameter "c=3">), ('args', <Parameter "*args: str">), ('d', <Parameter "d">), ('e', <Parameter "e: 'str' = 5">), ('kw', <Parameter "**kw: float">)])
# expect: <Parameter "a"> a POSITIONAL_ONLY positional-only True <class 'inspect._empty'>
# expect: <Parameter "b: int = 2"> b POSITIONAL_ONLY positional-only False <class 'int'>
# expect: <Parameter "c=3"> c POSITIONAL_OR_KEYWORD positional or keyword False <class 'inspect._empty'>
# expect: <Parameter "*args: str"> args VAR_POSITIONAL variadic positional True <class 'str'>
# expect: <Parameter "d"> d KEYWORD_ONLY keyword-only True <class 'inspect._empty'>
# expect: <Parameter "e: 'str' = 5"> e KEYWORD_ONLY keyword-only False str
# expect: <Parameter "**kw: float"> kw VAR_KEYWORD variadic keyword True <class 'float'>
# expect: list[int] <class 'inspect._empty'> True
# expect: <_ParameterKind.KEYWORD_ONLY: 3> 4 POSITIONAL_ONLY
# expect: () (x, *, y=1) (a, /)
# expect: (a, b=1) (x=(1, 'a'))
# expect: (a: List[int], b: Optional[str] = None, c: collections.OrderedDict = None, d: 'Fwd' = None, e: int | None = 0, f: dict[str, float] = {}) -> Dict[str, int]
# expect: (x, y=1)
# expect: (self, x, y=1)
# expect: (z, *, k=0)
# expect: (z, *, k=0)
# expect: (q, /)
# expect: (p, *r)
# expect: ()
# expect: (*args)
# expect: (x, y: int = 0) (x, y: int = 0) (n, *rest) () (q, r=1)
# expect: (x: int, y: float = 0.0, tags: list = <factory>) -> None
# expect: (left, right=None)
# expect: (id: int, name: str = '')
# expect: (x, y=[1, 'a']) -> None (*args, **kwargs) -> None
# expect: (b: int = 2, /, c=3, *args: str, d=4, e: 'str' = 5, **kw: float) -> list[int]
# expect: (a, b: int = 2, /, *, c=9, d, e: 'str' = 5, **kw: float) -> list[int]
# expect: (a, *, b=1, d)
# expect: (y=1)
# expect: (self, b, c=1) (b, c=1) (self, a, *, b=2, c=1)
# expect: (*, zz) -> int (*, zz) -> int
# expect: True False
# expect: ()
# expect: TypeError 1 is not a callable object
# expect: TypeError None is not a callable object
# expect: TypeError <an E> is not a callable object
# expect: TypeError <Signature (*, zz) -> int> is not a callable object
# expect: unexpected object 'nope' in __signature__ attribute
# expect: (value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None)
# expect: (*, self=1, func=2, x=0)
# expect: <classmethod(<function A.cm <staticmethod(<function A.sm
