# dict_values hashes by identity; dict_keys and dict_items, which compare as sets, are unhashable.
d = {"a": 1}
v = d.values()
print(hash(v) == hash(v), v == v, v == d.values())
from collections import abc
print(isinstance(v, abc.Hashable), isinstance(d.keys(), abc.Hashable), isinstance(d.items(), abc.Hashable))
for view in (d.keys(), d.items()):
    try:
        hash(view)
    except TypeError as e:
        print("TypeError", e)
print(len({v, v}))
# expect: True True False
# expect: True False False
# expect: TypeError unhashable type: 'dict_keys'
# expect: TypeError unhashable type: 'dict_items'
# expect: 1
