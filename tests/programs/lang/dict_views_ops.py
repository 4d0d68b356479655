# Dict views support set operations and comparison.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()))
# expect: ['y'] ['w', 'x', 'y', 'z'] ['x', 'z']
print(a.keys() == {"x", "y", "z"}, a.keys() == {"x"}, ("x", 1) in a.items(), ("x", 2) in a.items())
# expect: True False True False
print(list(reversed(a.keys())), list(reversed(a.values())), type(a.keys()).__name__)
# expect: ['z', 'y', 'x'] [3, 2, 1] dict_keys
print(repr(a.items()), str(a.values()))
# expect: dict_items([('x', 1), ('y', 2), ('z', 3)]) dict_values([1, 2, 3])
it = iter(a.items())
print(next(it), next(it))
# expect: ('x', 1) ('y', 2)
