# __lt__ and friends drive sorted, min, max and reflected comparisons.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return f"V{self.n}"
vs = [V(3), V(1), V(2)]
print(sorted(vs), min(vs), max(vs), V(1) < V(2), V(2) > V(1), V(2) >= V(3))
# expect: [V1, V2, V3] V1 V3 True True False
class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<=' not supported between instances of 'OnlyLt' and 'OnlyLt'
print(OnlyLt(5) > OnlyLt(1))
# expect: True
