# `for` loops and comprehensions resume generators directly; the cases the
# runtime handles (finished, running, raising) behave as in CPython.

def count(n):
    for i in range(n):
        yield i
    return "ignored"

print([x * 2 for x in count(4)], sum(x for x in count(5)))
# expect: [0, 2, 4, 6] 10

g = count(2)
print(list(g), list(g))
# expect: [0, 1] []

def raises():
    yield 1
    raise ValueError("inside")

try:
    for x in raises():
        print("got", x)
except ValueError as e:
    print("ValueError", e)
# expect: got 1
# expect: ValueError inside

def stops():
    yield 1
    raise StopIteration

try:
    for x in stops():
        pass
except RuntimeError as e:
    print("RuntimeError", e)
# expect: RuntimeError generator raised StopIteration

def selfish():
    for x in me:
        yield x

me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)
# expect: ValueError generator already executing

def handler_gen():
    try:
        raise KeyError("k")
    except KeyError:
        yield "a"
        yield "b"
        raise

out = []
try:
    for x in handler_gen():
        out.append(x)
except KeyError as e:
    out.append(repr(e))
print(out)
# expect: ['a', 'b', "KeyError('k')"]

def pairs():
    for a in count(3):
        for b in count(a):
            yield (a, b)

print(list(pairs()))
# expect: [(1, 0), (2, 0), (2, 1)]

for i in count(3):
    if i == 1:
        break
else:
    print("no break")
print("broke at", i)
# expect: broke at 1
