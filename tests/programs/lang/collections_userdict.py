# collections.UserDict: data, mapping methods, __missing__, |, copy, fromkeys; collections' lazy attribute error.
import collections
from collections import UserDict, UserList, UserString
from collections.abc import MutableMapping, MutableSequence, Sequence
print(UserDict, UserList, UserString, UserDict.__module__)
d = UserDict({"a": 1}, b=2)
print(d, d.data, len(d), d["a"], "b" in d, d.get("z"), d.get("z", 0), list(d), isinstance(d, MutableMapping))
d["c"] = 3; del d["a"]; print(d, d.pop("b"), d.setdefault("x", 9), d)
print(d.keys(), d.items(), d.values(), list(d.items()))
print(d == {"c": 3, "x": 9}, d == UserDict(c=3, x=9), d != {})
print(d | {"n": 1}, {"n": 1} | d, type(d | {}).__name__)
d |= {"q": 0}; print(d)
d.update([("u", 1)], v=2); print(d, d.popitem(), d)
try: d["missing"]
except KeyError as e: print("KeyError", e)
class Dflt(UserDict):
    def __missing__(self, key): return key * 2
m = Dflt(); print(m["ab"], m.get("ab"), "ab" in m)
c = m.copy(); c["k"] = 1; print(type(c).__name__, c, m)
print(UserDict.fromkeys("ab", 0), d.copy() == d, d.copy() is d)
import copy
print(copy.copy(d), copy.deepcopy(UserDict(a=[1])))
d.clear(); print(d, bool(d))

try: collections.NoSuch
except AttributeError as e: print(e)
# expect: <class 'collections.UserDict'> <class 'collections.UserList'> <class 'collections.UserString'> collections
# expect: {'a': 1, 'b': 2} {'a': 1, 'b': 2} 2 1 True None 0 ['a', 'b'] True
# expect: {'c': 3, 'x': 9} 2 9 {'c': 3, 'x': 9}
# expect: KeysView({'c': 3, 'x': 9}) ItemsView({'c': 3, 'x': 9}) ValuesView({'c': 3, 'x': 9}) [('c', 3), ('x', 9)]
# expect: True True True
# expect: {'c': 3, 'x': 9, 'n': 1} {'n': 1, 'c': 3, 'x': 9} UserDict
# expect: {'c': 3, 'x': 9, 'q': 0}
# expect: {'x': 9, 'q': 0, 'u': 1, 'v': 2} ('c', 3) {'x': 9, 'q': 0, 'u': 1, 'v': 2}
# expect: KeyError 'missing'
# expect: abab abab False
# expect: Dflt {'k': 1} {}
# expect: {'a': 0, 'b': 0} True False
# expect: {'x': 9, 'q': 0, 'u': 1, 'v': 2} {'a': [1]}
# expect: {} False
# expect: module 'collections' has no attribute 'NoSuch'
