# A builtin class hands out the same method object each time: C.__repr__ is object.__repr__, str.upper is str.upper.
class C: pass
print(C.__repr__ is object.__repr__, str.upper is str.upper, object.__hash__ is object.__hash__)
print(C.__init__ is object.__init__, C.__eq__ is object.__eq__, list.append is list.append)
class D:
    def __repr__(self): return "D"
print(D.__repr__ is object.__repr__, type(D()).__repr__ is object.__repr__, type(C()).__repr__ is object.__repr__)
print(C.__str__ is object.__str__, int.__add__ is int.__add__, dict.get is dict.get)
# expect: True True True
# expect: True True True
# expect: False False True
# expect: True True True
