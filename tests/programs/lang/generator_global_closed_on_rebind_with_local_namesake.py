# A module global owning a generator is closed when rebound, though a function has a local of the same name.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
def consume():
    g = gen()
    for x in g:
        break
    return x
print(consume())
print("after consume")
g = gen(); next(g); g = None
print("after drop")
# expect: gen finally
# expect: 1
# expect: after consume
# expect: gen finally
# expect: after drop
