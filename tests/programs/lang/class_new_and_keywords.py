# object.__new__ through super(), and __new__ that returns a cached instance.
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1); b = Single(2)
print(a is b, a.v)
class P:
    pass
try:
    P(1)
except TypeError as e:
    print(e)
try:
    print("x", bad=1)
except TypeError as e:
    print(e)
# expect: True 2
# expect: P() takes no arguments
# expect: 'bad' is an invalid keyword argument for print()
