# sum(): small ints add in a machine word until overflow or another type; lists
# are read afresh each step, so an __radd__ that appends is seen.
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
xs = [1, 2, 3]
print(sum(xs), sum(xs, 10), sum((1, 2.5)), sum([True, True, 1]), sum(range(5)), sum([]), sum([], 7))
print(sum([2**62, 2**62, 1]), sum([-2**62, -2**62, -2**62]), sum([1, 2**100, -2**100]))
print(sum([1, N(2), 3]).v, sum([N(1)], 5).v, sum([[1], [2]], []))
big = [1, 2]
class Grow:
    def __radd__(self, o):
        big.append(100)
        return o + 1
big.append(Grow())
print(sum(big[:]), len(big))
print(sum(big), len(big))
try:
    sum(["a"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(sum(x * x for x in range(10)), sum({1: 2, 3: 4}), sum([1.5, 2, 3]))
# expect: 6 16 3.5 3 10 0 7
# expect: 9223372036854775809 -13835058055282163712 1
# expect: 6 6 [1, 2]
# expect: 4 4
# expect: 204 5
# expect: sum() can't sum strings [use ''.join(seq) instead]
# expect: unsupported operand type(s) for +: 'int' and 'str'
# expect: 285 4 6.5
