# A whole program of the kind held-out tests use (object_protocols), checked against CPython.
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.created = 0
        cls._inst.created += 1
        return cls._inst
    def __init__(self, v):
        self.v = v
a, b = Singleton(1), Singleton(2)
print(a is b, a.v, a.created)

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
print(str(OnlyRepr()), [OnlyRepr()], f"{OnlyRepr()}", OnlyStr(), [str(OnlyStr())])
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(3)), len(Sized(7)), "yes" if Sized(1) else "no")
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i
print([10, 20, 30][Idx(2)], "abcdef"[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), range(Idx(3))[-1])

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
    def __reversed__(self):
        return iter(range(1, self.n + 1))
print(list(Countdown(4)), list(reversed(Countdown(3))), sum(Countdown(10)), 3 in Countdown(5), max(Countdown(6)))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, o):
        return Money(self.cents + (o.cents if isinstance(o, Money) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.cents < o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    __hash__ = None
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __round__(self, nd=None):
        return Money(round(self.cents, -2))
    def __int__(self):
        return self.cents
    def __float__(self):
        return self.cents / 100
    def __neg__(self):
        return Money(-self.cents)
    def __bool__(self):
        return self.cents != 0
wallet = [Money(250), Money(1999), Money(5)]
print(sum(wallet), sorted(wallet), max(wallet), min(wallet), round(Money(1299)), int(Money(42)), float(Money(150)))
print(Money(5) == Money(5), Money(5) != Money(6), Money(3) > Money(2), Money(1) <= Money(1) if hasattr(Money, "__le__") and False else "")
try:
    {Money(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)

class Base:
    @classmethod
    def create(cls):
        return cls()
    def __repr__(self):
        return type(self).__name__
class Derived(Base):
    @classmethod
    def create(cls):
        obj = super().create()
        obj.extra = True
        return obj
print(Derived.create(), Derived.create().extra, Base.create())
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq {self.v} {getattr(o, 'v', o)}")
        return NotImplemented
print(Cmp(1) == Cmp(2))
print(Cmp(3) != 4)
class Reflect:
    def __gt__(self, o):
        return "reflected gt"
print(5 < Reflect(), [] == (), None == 0)
class Container:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        del self.data[k]
    def __missing__(self, k):
        return "never used"
c = Container()
c["a"] = 1
c["b"] = 2
del c["a"]
print(c.data)
try:
    c["zz"]
except KeyError as e:
    print("KeyError:", e)
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = key * 2
        return self[key]
dd = DefaultDict(a=1)
print(dd["a"], dd["bb"], dd, dd.get("cc"), len(dd))
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList([1])
ml.append(2)
ml += [3]
print(ml, type(ml).__name__, isinstance(ml, list), ml + [4], type(ml + [4]).__name__)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
ms = MyStr("hey")
print(ms.shout(), ms + "x", type(ms + "x").__name__, len(ms), ms == "hey")
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
print(MyInt(1) + 2, 2 + MyInt(1), type(MyInt(5) * 2).__name__)
# expect: True 2 2
# expect: OnlyRepr() [OnlyRepr()] OnlyRepr() just str ['just str']
# expect: True
# expect: TypeError: __init__() should return None, not 'int'
# expect: False True 7 yes
# expect: ValueError: __len__() should return >= 0
# expect: 30 bcd 0b101 0xff 2
# expect: [4, 3, 2, 1] [1, 2, 3] 55 True 6
# expect: $22.54 [$0.05, $2.50, $19.99] $19.99 $0.05 $13.00 42 1.5
# expect: True True True 
# expect: TypeError: unhashable type: 'Money'
# expect: TypeError: '<=' not supported between instances of 'Money' and 'Money'
# expect: Derived True Base
# expect: eq 1 2
# expect: eq 2 1
# expect: False
# expect: eq 3 4
# expect: True
# expect: reflected gt False False
# expect: {'b': 2}
# expect: KeyError: 'zz'
# expect: 1 bbbb {'a': 1, 'bb': 'bbbb'} None 2
# expect: [1, 20, 3] MyList True [1, 20, 3, 4] list
# expect: HEY! heyx str 3 True
# expect: 1003 3 int
