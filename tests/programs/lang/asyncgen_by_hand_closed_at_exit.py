async def agen():
    try:
        yield 0
        yield 1
    finally:
        print("agen finally")

def gen():
    try:
        yield "g"
    finally:
        print("gen finally")

a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print(e.value)
g = gen()
print(next(g))
print("end of program")
# expect: 0
# expect: g
# expect: end of program
# expect: agen finally
# expect: gen finally
