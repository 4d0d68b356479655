# __slots__: instances are limited to the declared names (with the bases'),
# unless a base has no __slots__ or '__dict__' is listed; __dict__ and vars().
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Q(P):
    __slots__ = "z"
class R(P):
    pass
class S:
    __slots__ = ["a", "__dict__"]
p, q, r, s = P(1, 2), Q(3, 4), R(5, 6), S()
q.z = 9
r.w = 7
s.a = 1
s.b = 2
print(p.x, q.z, r.w, s.b, P.__slots__, Q.__slots__)
for obj, name in [(p, "z"), (q, "w"), (p, "__dict__")]:
    try:
        setattr(obj, name, 0)
    except AttributeError as e:
        print("AttributeError", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError", e)
print(r.__dict__, s.__dict__, hasattr(p, "__dict__"))
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)
try:
    class Bad:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError", e)
# expect: 1 9 7 2 ('x', 'y') z
# expect: AttributeError 'P' object has no attribute 'z'
# expect: AttributeError 'Q' object has no attribute 'w'
# expect: AttributeError 'P' object has no attribute '__dict__'
# expect: AttributeError 'P' object has no attribute '__dict__'
# expect: {'w': 7} {'b': 2} False
# expect: TypeError vars() argument must have __dict__ attribute
# expect: TypeError __slots__ items must be strings, not 'int'
# expect: AttributeError 'P' object has no attribute 'x'
