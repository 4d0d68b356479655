# copy and deepcopy follow the pickle protocol: __reduce__, __getnewargs__, __getstate__/__setstate__, slots (private ones mangled), list/dict subclasses.
import copy
from collections import OrderedDict, defaultdict, Counter, namedtuple, deque
from dataclasses import dataclass, field


class Slots:
    __slots__ = ("x", "y", "__z")

    def __init__(self):
        self.x = 1
        self.__z = 3


class State:
    def __init__(self):
        self.a = 1

    def __getstate__(self):
        return {"a": self.a + 1}

    def __setstate__(self, s):
        self.__dict__.update(s, restored=True)


class Reduce:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduce, (self.a * 2,))


class NewArgs:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.v = v
        return o

    def __getnewargs__(self):
        return (self.v,)


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


@dataclass
class Point:
    x: int
    tags: list = field(default_factory=list)


@dataclass(frozen=True)
class Frozen:
    a: int


s = Slots()
c, d = copy.copy(s), copy.deepcopy(s)
print(c.x, d.x, c._Slots__z, hasattr(c, "y"))
print(vars(copy.copy(State())), vars(copy.deepcopy(State())))
print(copy.copy(Reduce(5)).a, copy.deepcopy(Reduce(5)).a)
print(copy.copy(NewArgs(3)).v, copy.deepcopy(NewArgs(4)).v)
ml = MyList([1, [2]])
ml.tag = "t"
mc, md = copy.copy(ml), copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, md, md[1] is ml[1], mc[1] is ml[1])
mdict = MyDict(a=[1])
print(type(copy.deepcopy(mdict)).__name__, copy.deepcopy(mdict), copy.deepcopy(mdict)["a"] is mdict["a"])
print(type(copy.copy(MyInt(5))).__name__, copy.copy(MyInt(5)) + 1)
p = Point(1, ["a"])
q = copy.deepcopy(p)
print(q, q.tags is p.tags, copy.copy(p).tags is p.tags)
print(copy.deepcopy(Frozen(2)), copy.copy(Frozen(3)))
od = OrderedDict(b=1, a=[2])
print(copy.deepcopy(od), copy.copy(od))
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["new"].append(1)
print(dd2, dd)
print(copy.copy(Counter("hello")), copy.deepcopy(deque([1, [2]], maxlen=5)))
P = namedtuple("P", "x y")
print(copy.copy(P(1, 2)), copy.deepcopy(P(1, [2])))
cyc = MyList()
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0] is cc, type(cc).__name__)
# expect: 1 1 3 False
# expect: {'a': 2, 'restored': True} {'a': 2, 'restored': True}
# expect: 10 10
# expect: 3 4
# expect: MyList [1, [2]] t [1, [2]] False True
# expect: MyDict {'a': [1]} False
# expect: MyInt 6
# expect: Point(x=1, tags=['a']) False True
# expect: Frozen(a=2) Frozen(a=3)
# expect: OrderedDict([('b', 1), ('a', [2])]) OrderedDict([('b', 1), ('a', [2])])
# expect: defaultdict(<class 'list'>, {'k': [1], 'new': [1]}) defaultdict(<class 'list'>, {'k': [1]})
# expect: Counter({'l': 2, 'h': 1, 'e': 1, 'o': 1}) deque([1, [2]], maxlen=5)
# expect: P(x=1, y=2) P(x=1, y=[2])
# expect: True MyList
