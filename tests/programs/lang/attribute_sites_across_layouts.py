# One attribute site meets instances of different layouts (before and after the
# class learned more inline room, dict mode), other classes and non-instances.
class Bag:
    pass


def fill(obj, n):
    for i in range(n):
        setattr(obj, "a%d" % i, i)
    return obj


def read_a5(o):
    return o.a5


def write_a5(o, v):
    o.a5 = v


# The first bag spills past its inline room; later bags get more room. One
# site reads and writes both layouts in turn.
old = fill(Bag(), 8)
new = fill(Bag(), 8)
for o in (old, new, old, new):
    write_a5(o, read_a5(o) + 10)
print(old.a5, new.a5, vars(old) == vars(new))
# A bag in dict mode, and objects that are not instances at all.
gone = fill(Bag(), 8)
del gone.a0
print(read_a5(gone), read_a5(old))
for other in (2.5, "text", [1], Bag):
    try:
        read_a5(other)
    except AttributeError as e:
        print("AttributeError:", e)


# Two classes whose instances gained the same attributes in the same order.
class P:
    def __init__(self):
        self.x = 1
        self.y = 2


class Q:
    y = property(lambda self: "Q.y")

    def __init__(self):
        self.x = 3


def read_y(o):
    return o.y


print(read_y(P()), read_y(Q()), read_y(P()), read_y(Q()))
# expect: 25 25 True
# expect: 5 25
# expect: AttributeError: 'float' object has no attribute 'a5'
# expect: AttributeError: 'str' object has no attribute 'a5'
# expect: AttributeError: 'list' object has no attribute 'a5'
# expect: AttributeError: type object 'Bag' has no attribute 'a5'
# expect: 2 Q.y 2 Q.y
