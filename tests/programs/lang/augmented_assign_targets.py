# Augmented assignment on names, subscripts, attributes and mutable values.
class C:
    def __init__(self):
        self.n = 1
        self.items = [1]
c = C()
c.n += 10
c.n *= 2
c.items += [2]
print(c.n, c.items)
# expect: 22 [1, 2]
d = {"a": 1}
d["a"] += 5
d.setdefault("b", []).append(1)
print(d)
# expect: {'a': 6, 'b': [1]}
lst = [1, 2, 3]
lst[-1] -= 10
lst[0] **= 3
alias = lst
lst += [4]
print(lst, alias is lst)
# expect: [1, 2, -7, 4] True
t = (1,)
t2 = t
t += (2,)
print(t, t2)
# expect: (1, 2) (1,)
s = "ab"
s *= 2
s += "!"
print(s)
# expect: abab!
n = 7
n /= 2
print(n)
# expect: 3.5
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'missing'
