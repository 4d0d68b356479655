# Functions whose parameters meet int constants (`n < 2`, `n - 1`) are
# compiled to check them once on entry; any other argument (a float, a
# bool, a bigint, a str, an object with dunders) takes code that assumes
# nothing, with the same results, errors and tracebacks.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def step(a, b):
    return (a + 1) * 2 - b % 7


def grow(n):
    return n + 1


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other

    def __sub__(self, other):
        return Num(self.v - other)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __radd__(self, other):
        return Num(other + self.v)

    def __repr__(self):
        return f"Num({self.v})"


print(fib(20), fib(10.0), fib(True), fib(Num(7)))
print(step(3, 10), step(2.5, 10), step(3, 10.5), step(True, False), step(10**20, 3))
big = (1 << 62) - 1
print(grow(big), grow(-big - 1), grow(2**61), grow(-(2**61) - 1))
print(type(grow(2**62 - 1)) is int, grow(0.5), grow(False))
try:
    grow("x")
except TypeError as e:
    print("TypeError:", e)
try:
    step(None, 1)
except TypeError as e:
    print("TypeError:", e)


def countdown(n):
    return 0 if n == 0 else 1 + countdown(n - 1)


sys.setrecursionlimit(200)
try:
    countdown(500)
except RecursionError as e:
    print("RecursionError:", e)
try:
    countdown(500.0)
except RecursionError:
    # (CPython's message adds "in comparison": its float compare counts too.)
    print("RecursionError")
print(countdown(150), countdown(150.0))


def kw(x, y=3):
    return x - 1 + y


print(kw(1), kw(x=5), kw(2, y=1.5), kw(y=0, x=10**30))
# expect: 6765 55.0 True Num(13)
# expect: 5 4.0 4.5 4 199999999999999999999
# expect: 4611686018427387904 -4611686018427387903 2305843009213693953 -2305843009213693952
# expect: True 1.5 1
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
# expect: RecursionError: maximum recursion depth exceeded
# expect: RecursionError
# expect: 150 150
# expect: 3 7 2.5 999999999999999999999999999999
