from collections import namedtuple
P = namedtuple("P", ["x", "y"], defaults=[5])
print(P(1), P(1, 2), P(x=3), P._field_defaults, P.__new__.__qualname__, P.__repr__.__qualname__)
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
R = namedtuple("R", "a def self _x", rename=True)
print(R(1, 2, 3, 4), R._fields)
E = namedtuple("E", "")
print(E(), repr(E()))
N = namedtuple("N", "inner")
print(N(P(1)), N(inner="s"))
class Sub(P):
    def norm(self): return self.x + self.y
print(Sub(2), Sub(2).norm(), type(Sub(1)._replace(x=9)).__name__)
print(P(1).__new__.__name__, P.__new__.__module__)
# expect: P(x=1, y=5) P(x=1, y=2) P(x=3, y=5) {'y': 5} P.__new__ P.__repr__
# expect: P.__new__() missing 1 required positional argument: 'x'
# expect: P.__new__() takes from 2 to 3 positional arguments but 4 were given
# expect: P.__new__() got an unexpected keyword argument 'z'
# expect: P.__new__() got multiple values for argument 'x'
# expect: R(a=1, _1=2, self=3, _3=4) ('a', '_1', 'self', '_3')
# expect: E() E()
# expect: N(inner=P(x=1, y=5)) N(inner='s')
# expect: Sub(x=2, y=5) 7 Sub
# expect: __new__ namedtuple_P
