# Class bodies, instance creation, methods bound to instances, class attributes.
class Point:
    """A point."""
    dims = 2
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.dist2(), p.move(1, 1).dist2(), p.x, p.y, Point.dims, p.dims)
# expect: 25 41 4 5 2 2
m = p.move
m(1, 0)
print(p.x, Point.move(p, 0, 1).y)
# expect: 5 6
print(Point().x, Point(y=7).y, Point.__doc__)
# expect: 0 7 A point.
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Point.__init__() takes from 1 to 3 positional arguments but 4 were given
try:
    p.dist2(1)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Point.dist2() takes 1 positional argument but 2 were given
class Empty:
    pass
e = Empty()
e.anything = [1]
print(e.anything, type(e).__name__, isinstance(e, object))
# expect: [1] Empty True
