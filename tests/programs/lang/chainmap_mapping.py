# ChainMap has the whole MutableMapping interface: views, equality, update, setdefault, popitem, fromkeys, | and |=
from collections import ChainMap
import collections.abc
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
c = ChainMap(over, base)
print(c, len(c), list(c), c["b"], c.get("z", "none"))
print(c == ChainMap({"b": 20, "c": 30}, {"a": 1, "b": 2}), c == {"a": 1, "b": 20, "c": 30}, c != {"a": 1})
print(c.keys(), list(c.items()), list(c.values()))
print(isinstance(c, collections.abc.MutableMapping), "a" in c.keys(), ("c", 30) in c.items())
c.update(z=9)
c.update({"y": 8})
c.update([("x", 7)])
print(c.setdefault("q", 0), c.setdefault("a", 99), c.maps[0])
print(c.popitem(), c.pop("z"), c.pop("nope", "default"))
print(ChainMap.fromkeys("xy", 1), ChainMap.fromkeys(["k"]))
print(c | {"n": 1}, {"n": 1} | c)
c |= {"m": 2}
print(c.maps[0], c.new_child({"t": 1}).maps[0], c.parents)
try:
    del c["a"]
except KeyError as e:
    print("KeyError", e)
empty = ChainMap({}, {"p": 1})
try:
    empty.popitem()
except KeyError as e:
    print("KeyError", e)
print(c | 3 if False else "skip")
try:
    c | 3
except TypeError as e:
    print("TypeError", e)
# expect: ChainMap({'b': 20, 'c': 30}, {'a': 1, 'b': 2}) 3 ['a', 'b', 'c'] 20 none
# expect: True True True
# expect: KeysView(ChainMap({'b': 20, 'c': 30}, {'a': 1, 'b': 2})) [('a', 1), ('b', 20), ('c', 30)] [1, 20, 30]
# expect: True True True
# expect: 0 1 {'b': 20, 'c': 30, 'z': 9, 'y': 8, 'x': 7, 'q': 0}
# expect: ('q', 0) 9 default
# expect: ChainMap({'x': 1, 'y': 1}) ChainMap({'k': None})
# expect: ChainMap({'b': 20, 'c': 30, 'y': 8, 'x': 7, 'n': 1}, {'a': 1, 'b': 2}) ChainMap({'n': 1, 'a': 1, 'b': 20, 'c': 30, 'y': 8, 'x': 7})
# expect: {'b': 20, 'c': 30, 'y': 8, 'x': 7, 'm': 2} {'t': 1} ChainMap({'a': 1, 'b': 2})
# expect: KeyError "Key not found in the first mapping: 'a'"
# expect: KeyError 'No keys found in the first mapping.'
# expect: skip
# expect: TypeError unsupported operand type(s) for |: 'ChainMap' and 'int'
