# Dict literal, subscript, del, in, iteration, comprehension and keys of many types.
d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(d)
# expect: {1: 'bool?', 1.5: 'float', 's': 'str', (1, 2): 'tuple', None: 'none'}
print(d[1], d[(1, 2)], d[None], 1.0 in d, len(d))
# expect: bool? tuple none True 5
del d[1.5]
print(list(d))
# expect: [1, 's', (1, 2), None]
sq = {n: n * n for n in range(5) if n != 2}
print(sq, {**sq, 0: "zero", **{9: 81}})
# expect: {0: 0, 1: 1, 3: 9, 4: 16} {0: 'zero', 1: 1, 3: 9, 4: 16, 9: 81}
print({k: v for k, v in zip("abc", range(3))})
# expect: {'a': 0, 'b': 1, 'c': 2}
try:
    d[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unhashable type: 'list'
try:
    del d["missing"]
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'missing'
n = {}
for w in "the cat the hat the".split():
    n[w] = n.get(w, 0) + 1
print(n, n == {"hat": 1, "cat": 1, "the": 3})
# expect: {'the': 3, 'cat': 1, 'hat': 1} True
