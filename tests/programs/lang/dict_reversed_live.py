# reversed() over a dict or its views walks the live dict backwards, checking its size.
d = {"a": 1, "b": 2}
r = reversed(d)
d["c"] = 3
try:
    print(list(r))
except RuntimeError as e:
    print(e)
print(type(reversed({})).__name__, type(reversed({}.items())).__name__, type(reversed({}.values())).__name__)
print(type(iter({}.items())).__name__)
d = {"a": 1, "b": 2}
r = reversed(d)
print(next(r))
d["b"] = 7
print(next(r))
d = {i: i * i for i in range(6)}
del d[2]
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
it = reversed(d.items())
print(it.__length_hint__(), next(it), it.__length_hint__())
print(list(reversed({})), list(reversed({}.keys())))
d = {"a": 1}
r = reversed(d)
del d["a"]
try:
    next(r)
except RuntimeError as e:
    print(e)
# expect: dictionary changed size during iteration
# expect: dict_reversekeyiterator dict_reverseitemiterator dict_reversevalueiterator
# expect: dict_itemiterator
# expect: b
# expect: a
# expect: [5, 4, 3, 1, 0] [25, 16, 9, 1, 0] [(5, 25), (4, 16), (3, 9), (1, 1), (0, 0)]
# expect: 5 (5, 25) 4
# expect: [] []
# expect: dictionary changed size during iteration
