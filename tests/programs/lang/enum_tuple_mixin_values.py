# A tuple-mixin enum's member value is the tuple whole (its __init__ gets it as one argument); a plain enum's tuple value is spread over __init__
from enum import Enum
class Tup(tuple, Enum):
    P = (1, 2)
    Q = (3,)
print(Tup.P, Tup.P[0], Tup.Q.value, Tup((1, 2)), len(Tup.P), Tup.P + (9,))
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    def __init__(self, *args):
        print("init", args)
print(Pt.ORIGIN)
# expect: Tup.P 1 (3,) Tup.P 2 (1, 2, 9)
# expect: 5.97e+24 (5.97e+24, 6370000.0)
# expect: init ((0, 0),)
# expect: Pt.ORIGIN
