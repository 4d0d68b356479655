# __len__ drives bool, __contains__ falls back to __iter__, __index__ for slicing.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(Sized(0)), bool(Sized(2)), len(Sized(3)))
# expect: False True 3
class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), list(It()), max(It()))
# expect: True False [1, 2, 3] 3
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abcd"[Idx():], hex(Idx()), range(Idx()))
# expect: 30 cd 0x2 range(0, 2)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Cmp) and self.v == other.v
print(Cmp(1) in [Cmp(0), Cmp(1)], [Cmp(2)].index(Cmp(2)), [Cmp(1), Cmp(1)].count(Cmp(1)))
# expect: True 0 2
class Neg:
    def __neg__(self):
        return "negated"
    def __pos__(self):
        return "plus"
    def __invert__(self):
        return "inverted"
    def __abs__(self):
        return "absolute"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
# expect: negated plus inverted absolute
