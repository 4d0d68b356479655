# Rebinding a class attribute that holds plain data (a counter) invalidates no
# cache, yet every reader sees the new value; any other change is noticed.
class A:
    count = 0
    label = "a"
    tag = 5

    def __init__(self):
        A.count += 1
        self.n = A.count

    def who(self):
        return self.label


class B(A):
    pass


def make(cls, k):
    return [cls().n for _ in range(k)]


b = B()
print(make(A, 3), A.count, b.who(), B.count)
# Plain data replaced by plain data: readers through a subclass see the new value.
A.label = "changed"
print(b.who(), B.label, A().label)
# A subclass gains its own value, shadowing the base's.
B.label = "own"
print(b.who(), A().who())
# Plain data replaced by a function: instances now find a method.
print(A().tag, b.tag)
A.tag = lambda self: "method"
print(A().tag(), b.tag())
# A data descriptor replacing plain data takes over from the instance slot.
class C:
    x = 1

    def __init__(self):
        self.x = 10


def read(o):
    return o.x


c = C()
print(read(c), read(c), C.x)
C.x = 2
print(read(c), C.x)
C.x = property(lambda self: "property")
print(read(c), read(c))
del C.x
print(read(c))
# Deleting the base's value: the subclass no longer sees it.
del B.label
print(b.who())
del A.label
try:
    b.who()
except AttributeError as e:
    print("AttributeError:", e)
# expect: [2, 3, 4] 4 a 4
# expect: changed changed changed
# expect: own changed
# expect: 5 5
# expect: method method
# expect: 10 10 1
# expect: 10 2
# expect: property property
# expect: 10
# expect: changed
# expect: AttributeError: 'B' object has no attribute 'label'
