# A whole program of the kind held-out tests use (enum_abc_copy), checked against CPython.
import enum
import abc
import copy
from typing import NamedTuple, Optional, List, Dict, TypeVar, Generic

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Status(str, enum.Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

class Level(enum.IntEnum):
    LOW = 1
    HIGH = 10

class Auto(enum.Enum):
    A = enum.auto()
    B = enum.auto()

print(Color.RED, repr(Color.GREEN), Color(1), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color))
# expect: Color.RED <Color.GREEN: 2> Color.RED Color.BLUE True [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>]
print(Color.RED.name, Color.RED.value, len(Color), Color.BLUE in Color, [c.name for c in Color])
# expect: RED 1 3 True ['RED', 'GREEN', 'BLUE']
print(Status.ACTIVE == "active", Status("inactive"), Status.ACTIVE.upper(), f"{Status.ACTIVE}", str(Status.ACTIVE))
# expect: True Status.INACTIVE ACTIVE Status.ACTIVE Status.ACTIVE
print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW]), int(Level.HIGH), Auto.B.value, f"{Level.LOW}")
# expect: True 11 [<Level.LOW: 1>, <Level.HIGH: 10>] 10 2 1
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: 7 is not a valid Color
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
    # expect: KeyError: 'PURPLE'
print({Color.RED: "r"}[Color.CRIMSON], Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
# expect: r False True Color
@enum.unique
class Dir(enum.Enum):
    N = "n"
    S = "s"
    def opposite(self):
        return {Dir.N: Dir.S, Dir.S: Dir.N}[self]
    @property
    def label(self):
        return self.name.lower() * 2
print(Dir.N.opposite(), Dir.S.label, Dir.__members__.keys())
# expect: Dir.S ss dict_keys(['N', 'S'])
try:
    @enum.unique
    class Dup(enum.Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: duplicate values found in <enum 'Dup'>: B -> A

class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Incomplete(Shape):
    pass

print(Square(3).describe(), isinstance(Square(1), Shape))
# expect: Square with area 9.00 True
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: Can't instantiate abstract class Incomplete with abstract method area
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: Can't instantiate abstract class Shape with abstract method area

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: Optional[int] = None
e = Employee("ann")
print(e, e._replace(salary=5), Employee._fields, e.dept)
# expect: Employee(name='ann', dept='eng', salary=None) Employee(name='ann', dept='eng', salary=5) ('name', 'dept', 'salary') eng
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
st: Stack[int] = Stack()
st.push(1); st.push(2)
print(st.pop(), st.items)
# expect: 2 [1]
def annotated(a: int, b: "str" = "x") -> Dict[str, int]:
    return {b: a}
print(annotated(1), annotated.__annotations__["a"].__name__ if hasattr(annotated, "__annotations__") else "")
# expect: {'x': 1} int

orig = {"a": [1, 2, {"b": [3]}], "t": (1, [2])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig["a"][2]["b"].append(4)
orig["t"][1].append(5)
print(sh["a"][2], dp["a"][2], dp["t"], sh is orig, sh["a"] is orig["a"], dp["a"] is orig["a"])
# expect: {'b': [3, 4]} {'b': [3]} (1, [2]) False True False
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    def __copy__(self):
        n = Node(self.v)
        n.children = self.children
        print("custom copy")
        # expect: custom copy
        return n
n = Node(1); n.children.append(Node(2))
n2 = copy.copy(n); n3 = copy.deepcopy(n)
print(n2.children is n.children, n3.children is n.children, n3.children[0].v)
# expect: True False 2
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
# expect: True True
