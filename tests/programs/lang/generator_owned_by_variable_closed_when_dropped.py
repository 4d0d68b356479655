# A generator only a variable holds is closed as CPython's reference counting closes it: at del, at rebinding, and when the function whose local it is returns.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", name)

g = gen("deleted")
print(next(g))
del g
print("after del")
h = gen("rebound")
next(h)
h = None
print("after rebind")
k = gen("k1")
print(next(k))
k = gen("k2")
print(next(k), k.send(5))
print("k2 finished")

class Box:
    def items(self):
        try:
            yield "x"
            yield "y"
        finally:
            print("box cleanup")

def use():
    b = Box()
    it = b.items()
    print(next(it))
    return "used"
print(use())

def loop():
    for i in range(3):
        q = gen(i)
        next(q)
    print("loop done")
loop()

def with_default():
    d = gen("default")
    print(next(d, "none"))
    print(next(d, "none"))
    print(next(d, "none"))
    print("exhausted")
with_default()
print("end")
# expect: 1
# expect: cleanup deleted
# expect: after del
# expect: cleanup rebound
# expect: after rebind
# expect: 1
# expect: cleanup k1
# expect: 1 2
# expect: k2 finished
# expect: x
# expect: box cleanup
# expect: used
# expect: cleanup 0
# expect: cleanup 1
# expect: loop done
# expect: cleanup 2
# expect: 1
# expect: 2
# expect: cleanup default
# expect: none
# expect: exhausted
# expect: end
# expect: cleanup k2
