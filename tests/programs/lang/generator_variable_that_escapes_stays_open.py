# A generator variable whose value may reach another holder (an argument, a return, an alias, a closure, a comprehension) is not closed when the variable goes.
def gen(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup", name)

kept = []
def stash(x):
    kept.append(x)

def passed_on():
    g = gen("passed on")
    next(g)
    stash(g)
    return "stashed"
print(passed_on())
print(next(kept[0]))

def returned():
    g = gen("returned")
    next(g)
    return g
held = returned()
print("returned", next(held))

def aliased():
    g = gen("aliased")
    other = g
    next(g)
    return other
a = aliased()
print("aliased", next(a))

def captured():
    g = gen("captured")
    def inner():
        return next(g)
    print(inner())
    return inner
fn = captured()
print("captured", fn())

def iterated():
    g = gen("iterated")
    print([x for x in g])
iterated()
print("end")
kept[0].close()
held.close()
a.close()
print("closed by hand")
# expect: stashed
# expect: 2
# expect: returned 2
# expect: aliased 2
# expect: 1
# expect: captured 2
# expect: cleanup iterated
# expect: [1, 2, 3]
# expect: end
# expect: cleanup passed on
# expect: cleanup returned
# expect: cleanup aliased
# expect: closed by hand
# expect: cleanup captured
