# Instances keep the attributes their class's methods assign on self inline
# from the first instance on; attribute reads through caches stay right for
# every instance, whatever order its attributes were set in.
class Many:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self._setup()

    def _setup(self):
        self.d, self.e = 4, 5
        for self.f in range(7):
            pass
        if self.a:
            self.g = 8
        self.h = 9

    def total(self):
        return self.a + self.b + self.c + self.d + self.e + self.f + self.g + self.h

first = Many()
second = Many()
print(first.total(), second.total(), first.h, second.h)
# expect: 38 38 9 9

class More(Many):
    def __init__(self):
        super().__init__()
        self.i = 10

m = More()
print(m.total() + m.i, sorted(vars(m)))
# expect: 48 ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']

# Different orders of assignment make different shapes; one site reads both.
class P:
    pass

def read(o):
    return o.x, o.y

p, q = P(), P()
p.x, p.y = 1, 2
q.y, q.x = 3, 4
print(read(p), read(q), read(p))
# expect: (1, 2) (4, 3) (1, 2)
