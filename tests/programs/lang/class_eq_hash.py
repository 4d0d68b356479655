# __eq__ and __hash__: equality, dict/set membership, unhashable when only __eq__.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p, q = Point(1, 2), Point(1, 2)
print(p == q, p != q, p is q, p == (1, 2), p != "x")
# expect: True False False False True
print(len({p, q}), {p: "first"}[q], p in [Point(0, 0), q])
# expect: 1 first True
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly() == 5, 5 == EqOnly(), EqOnly.__hash__)
# expect: True True None
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unhashable type: 'EqOnly'
class Plain:
    pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
# expect: True False True
