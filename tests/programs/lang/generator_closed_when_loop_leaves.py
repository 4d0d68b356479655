# A for loop over a generator it made closes it as the loop is left early
# (break, return, an exception), as CPython's reference counting does; a
# generator held elsewhere stays open.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)

for x in g("break"):
    break
print("after break")

def f():
    for x in g("return"):
        return x
print(f(), "after return")

try:
    for x in g("raise"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)


class Tree:
    def walk(self):
        try:
            yield "a"
            yield "b"
        finally:
            print("walk done")
for x in Tree().walk():
    print(x)
    break
for x in g("exhausted"):
    pass
print("end")

def outer():
    for x in g("inner-of-gen"):
        yield x
o = outer()
next(o)
o.close()
print("closed outer")

def stubborn():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
for x in stubborn():
    break
print("survived")
shared = g("shared")
for x in shared:
    break
print("shared still open:", next(shared))
try:
    next(shared)
except StopIteration:
    pass
# expect: cleanup break
# expect: after break
# expect: cleanup return
# expect: 1 after return
# expect: cleanup raise
# expect: caught boom
# expect: a
# expect: walk done
# expect: cleanup exhausted
# expect: end
# expect: cleanup inner-of-gen
# expect: closed outer
# expect: survived
# expect: shared still open: 2
# expect: cleanup shared
# expect error: Exception ignored in: <generator object stubborn at
# expect error:     raise KeyError("in finally")
# expect error: KeyError: 'in finally'
# expect no error: GeneratorExit
# expect exit: 0
