# A lambda whose body yields is a generator function, as in CPython.
f = lambda: (yield 1)
g = f()
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print("stop", e.value)
h = lambda x: (yield from x)
print(list(h([1, 2])))
a = lambda: (yield)
print(type(a()).__name__, a.__name__, a.__qualname__)
import types
print(isinstance(a(), types.GeneratorType))
def outer(m):
    return lambda: (yield m * 2)
print(list(outer(5)()))
def gen():
    yield (lambda: (yield 5))
for f in gen():
    print(list(f()))
print(list(map(lambda x: x*2, range(3))))
# expect: 1
# expect: stop 42
# expect: [1, 2]
# expect: generator <lambda> <lambda>
# expect: True
# expect: [10]
# expect: [5]
# expect: [0, 2, 4]
