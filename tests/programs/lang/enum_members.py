# enum: Enum, IntEnum, StrEnum, auto, unique, aliases, lookups by value and name, _missing_, members with __init__ and methods, the functional API, reprs.
from enum import Enum, IntEnum, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1
print(repr(Color.RED), Color.RED, Color.ALIAS, list(Color), Color.__members__, repr(Color), Color.RED in Color)
# expect: <Color.RED: 1> Color.RED Color.RED [<Color.RED: 1>, <Color.GREEN: 2>] {'RED': <Color.RED: 1>, 'GREEN': <Color.GREEN: 2>, 'ALIAS': <Color.RED: 1>} <enum 'Color'> True
try:
    class More(Color):
        PINK = 3
except TypeError as e: print(e)
# expect: <enum 'More'> cannot extend <enum 'Color'>
try:
    Color(5)
except ValueError as e: print(e)
# expect: 5 is not a valid Color
try:
    Color['X']
except KeyError as e: print(repr(e))
# expect: KeyError('X')
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
# expect: '<' not supported between instances of 'Color' and 'Color'
try:
    @unique
    class C2(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
# expect: duplicate values found in <enum 'C2'>: B -> A, D -> C
class N(IntEnum):
    ONE = 1
    TWO = auto()
print(N.ONE, repr(N.TWO), N.ONE + 1, f'{N.TWO}', N.ONE == 1, format(N.ONE, '03d'), str(N.ONE), N(2))
# expect: 1 <N.TWO: 2> 2 2 True 001 1 2
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B == 'bee', f'{S.B}')
# expect: a <S.A: 'a'> True bee
A = Enum('Animal', 'ANT BEE')
print(list(A), A.ANT.value, repr(A))
# expect: [<Animal.ANT: 1>, <Animal.BEE: 2>] 1 <enum 'Animal'>
print(Color.RED.__class__, type(Color), hash(Color.RED) == hash('RED'), Color.RED.name, Color._member_names_)
# expect: <enum 'Color'> <class 'enum.EnumType'> True RED ['RED', 'GREEN']
print(format(Color.RED), f'{Color.RED:>12}|')
# expect: Color.RED    Color.RED|
class P(Enum):
    E = (1, 2)
    def __init__(self, a, b):
        self.a = a
print(P.E.a, P.E.value)
# expect: 1 (1, 2)
try:
    Color.RED = 3
except AttributeError as e: print(e)
# expect: cannot reassign member 'RED'
class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @classmethod
    def default(cls):
        return cls.CIRCLE
print([s.describe() for s in Shape], Shape.default(), Shape.SQUARE is Shape(2), {Shape.CIRCLE: 'c'}[Shape.CIRCLE])
# expect: ['circle #1', 'square #2'] Shape.CIRCLE True c
print(len(Color), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, sorted(N), max(N), list(reversed(Color)))
# expect: 2 True True False [<N.ONE: 1>, <N.TWO: 2>] 2 [<Color.GREEN: 2>, <Color.RED: 1>]
class Status(Enum):
    OK = 'ok'
    @classmethod
    def _missing_(cls, value):
        return cls.OK
print(Status('whatever'), isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
# expect: Status.OK True True True
x = Color.GREEN
if x is Color.GREEN:
    print('match', x.value)
    # expect: match 2
print(N.ONE < N.TWO, N.TWO * 3, int(N.TWO), [n.name for n in N])
# expect: True 6 2 ['ONE', 'TWO']
