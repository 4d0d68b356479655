from enum import Enum, IntEnum, auto
try:
    class A(Enum):
        X = 1
        X = 2
except TypeError as e: print(repr(e))
try:
    class B(Enum):
        X = 1
        def X(self): pass
except TypeError as e: print(repr(e))
class C(Enum):
    A = auto()
    B = A
    C = auto()
print(list(C), C.B)
try:
    class D(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
except TypeError as e: print(repr(e))
class E(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.upper()
    a = auto()
    b = auto()
print(list(E))
class F(IntEnum):
    ONE = auto()
    TWO = auto()
    FOUR = TWO * 2
print(list(F), F(4))
class G(Enum):
    _ignore_ = 'tmp'
    X = 1
    tmp = 5
print(list(G), hasattr(G, 'tmp'))
# expect: TypeError("'X' already defined as 1")
# expect: TypeError("'X' already defined as 1")
# expect: [<C.A: 1>, <C.C: 2>] C.A
# expect: TypeError('_generate_next_value_ must be defined before members')
# expect: [<E.a: 'A'>, <E.b: 'B'>]
# expect: [<F.ONE: 1>, <F.TWO: 2>, <F.FOUR: 4>] 4
# expect: [<G.X: 1>] False
