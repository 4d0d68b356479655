# Attribute sites remember where they found an attribute; every change that
# could move it must be noticed.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x + self.y


def read_x(o):
    return o.x


def call_norm(o):
    return o.norm()


def set_z(o, v):
    o.z = v


# One site, several shapes and classes.
class Q:
    def __init__(self):
        self.y = 1
        self.x = 2

    def norm(self):
        return -1


ps = [P(1, 2), Q(), P(3, 4), Q()]
print([read_x(p) for p in ps], [call_norm(p) for p in ps])
# expect: [1, 2, 3, 2] [3, -1, 7, -1]

# A method replaced on the class after the site learned it.
p = P(5, 6)
print(call_norm(p))
# expect: 11
P.norm = lambda self: self.x * self.y
print(call_norm(p))
# expect: 30

# An instance attribute shadowing the method.
p.norm = lambda: "own"
print(call_norm(p), call_norm(P(1, 1)))
# expect: own 1

# A property added on the class takes over the instance attribute.
seven = P(7, 8)
print(read_x(seven))
# expect: 7
P.x = property(lambda self: "prop")
print(read_x(seven))
# expect: prop
del P.x
print(read_x(seven))
# expect: 7

# Stores that add an attribute, then overwrite it.
a, b = P(1, 2), P(3, 4)
set_z(a, 10)
set_z(b, 20)
set_z(a, 11)
print(a.z, b.z, a.__dict__, b.__dict__)
# expect: 11 20 {'x': 1, 'y': 2, 'z': 11} {'x': 3, 'y': 4, 'z': 20}

# A __setattr__ added later intercepts every store.
def logged(self, name, value):
    print("set", name, value)
    object.__setattr__(self, name, value)

P.__setattr__ = logged
set_z(a, 12)
# expect: set z 12
del P.__setattr__
set_z(a, 13)
print(a.z)
# expect: 13

# Deleting an attribute (the instance leaves its shape).
del a.z
try:
    read_x(a)
    print(a.z)
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: 'P' object has no attribute 'z'
set_z(a, 14)
print(a.z, read_x(a))
# expect: 14 1

# Many attributes: later instances get more inline room than earlier ones.
class Wide:
    pass

def fill(o, n):
    for i in range(n):
        setattr(o, "a%d" % i, i)

def read_a7(o):
    return o.a7

old = Wide()
fill(old, 10)
print(read_a7(old))
# expect: 7
new = Wide()
fill(new, 10)
print(read_a7(new), read_a7(old))
# expect: 7 7

# Subclass instances through the same site.
class R(P):
    def norm(self):
        return "R"

print(call_norm(R(1, 2)), read_x(R(4, 5)))
# expect: R 4

# Builtin receivers.
def append_one(xs):
    xs.append(1)
    return xs

print(append_one([]), append_one([0]))
# expect: [1] [0, 1]
try:
    append_one((1,))
except AttributeError as e:
    print("AttributeError:", e)
    # expect: AttributeError: 'tuple' object has no attribute 'append'
print(read_x(type("T", (), {"x": 42})))
# expect: 42
