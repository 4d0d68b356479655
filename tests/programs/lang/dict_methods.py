# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 99))
# expect: 1 None 0 3 1
print(d.pop("b"), d.pop("zz", "dflt"), d)
# expect: 2 dflt {'a': 1, 'c': 3}
d.update({"x": 10}, y=20)
d.update([("p", 1)])
print(d, len(d))
# expect: {'a': 1, 'c': 3, 'x': 10, 'y': 20, 'p': 1} 5
print(d.popitem(), d)
# expect: ('p', 1) {'a': 1, 'c': 3, 'x': 10, 'y': 20}
e = d.copy()
e["new"] = 1
print("new" in d, "new" in e)
# expect: False True
e.clear()
print(e, dict.fromkeys("ab"), dict.fromkeys([1, 2], 0))
# expect: {} {'a': None, 'b': None} {1: 0, 2: 0}
print(dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, k2="v2"))
# expect: {'a': 1, 'b': 2} {1: 2} {'k': 'v', 'k2': 'v2'}
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'nope'
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'popitem(): dictionary is empty'
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
# expect: KeyError: 'missing'
