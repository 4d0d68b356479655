# Dicts keep insertion order; keys/values/items are views.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d))
# expect: {'b': 10, 'a': 2, 'c': 3} ['b', 'a', 'c']
print(d.keys())
# expect: dict_keys(['b', 'a', 'c'])
print(d.values())
# expect: dict_values([10, 2, 3])
print(d.items())
# expect: dict_items([('b', 10), ('a', 2), ('c', 3)])
ks = d.keys()
d["z"] = 0
print(ks, len(ks), "z" in ks, "q" in ks)
# expect: dict_keys(['b', 'a', 'c', 'z']) 4 True False
del d["a"]
print(list(ks), list(d.values()), list(d.items()))
# expect: ['b', 'c', 'z'] [10, 3, 0] [('b', 10), ('c', 3), ('z', 0)]
for k, v in d.items():
    print(k, v)
# expect: b 10
# expect: c 3
# expect: z 0
print({}.keys(), {}.items())
# expect: dict_keys([]) dict_items([])
print(sorted(d.keys()), sum(d.values()))
# expect: ['b', 'c', 'z'] 13
