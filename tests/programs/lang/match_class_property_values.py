# Class patterns read each attribute straight into the pattern's slots:
# values made by properties survive while the next property allocates
# (CI runs this under CORO_GC_STRESS too); a class matching itself
# positionally still binds the subject.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self._x, self._y = x, y
    @property
    def x(self):
        return [self._x] * 2
    @property
    def y(self):
        return "y=%d" % self._y
    @property
    def label(self):
        return {"at": (self._x, self._y)}

for p in [Point(1, 2), Point(3, 4), "text", 7]:
    match p:
        case Point(x, y, label=l):
            print(x, y, l)
        case str(s):
            print("str", s)
        case int(n):
            print("int", n)
print(type("Made", (), {}).__module__)
# expect: [1, 1] y=2 {'at': (1, 2)}
# expect: [3, 3] y=4 {'at': (3, 4)}
# expect: str text
# expect: int 7
# expect: __main__
