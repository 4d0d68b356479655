# Containers compare items by identity first: a NaN is found in the list,
# tuple or set holding it, and such lists compare equal.
nan = float("nan")
l = [nan]
print(nan in l, l.count(nan), l == l, l.index(nan))
nan = float("nan")
t = (nan, 1)
print(nan in t, t == t, [nan] == [nan], {1: nan} == {1: nan}, t.index(nan), t.count(nan), nan == nan, [nan].index(nan))
l = [nan, 2]
l.remove(nan)
print(l, nan in {nan}, nan in iter([nan]))
# expect: True 1 True 0
# expect: True True True True 0 1 False 0
# expect: [2] True True
