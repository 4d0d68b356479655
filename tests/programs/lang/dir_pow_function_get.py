# dir(): a class's own __dir__, object's attributes, slots, no-argument forms; three-argument pow on a class; function.__get__.
class D:
    def __dir__(self):
        return ["b", "a"]
print(dir(D()))
class P:
    def __init__(self):
        self.x = 1
    def m(self):
        pass
print(dir(P()))
print(len(dir(object())), "append" in dir([]), dir(int) == dir(5))
class S:
    __slots__ = ("a",)
print([n for n in dir(S()) if not n.startswith("__")])
def f():
    y = 2
    z = 3
    return dir()
print(f())
class V:
    def __pow__(self, k, mod=None):
        return ("pow", k, mod)
print(pow(V(), 2, 7), V() ** 3)
def g(self, extra=0):
    return self + extra
print(g.__get__(40)(2), g.__get__(None, int) is g)
# expect: ['a', 'b']
# expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'm', 'x']
# expect: 24 True True
# expect: ['a']
# expect: ['y', 'z']
# expect: ('pow', 2, 7) ('pow', 3, None)
# expect: 42 True
