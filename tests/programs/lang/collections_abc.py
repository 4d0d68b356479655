# collections.abc: isinstance/issubclass by the methods a class defines or
# by registration (the builtins); the mixin methods of MutableMapping.
import collections.abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Generator, Set

def gen():
    yield 1

class Bag:
    def __init__(self):
        self.items = []
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

for v in ([1], (1,), "s", {1: 2}, {1}, 3, gen(), iter([1]), Bag(), len, lambda: 0, Registry()):
    print(type(v).__name__, isinstance(v, Iterable), isinstance(v, Iterator), isinstance(v, Mapping),
    # expect: list True False False True False False True False False
    # expect: tuple True False False True False True True False False
    # expect: str True False False True False True True False False
    # expect: dict True False True False False False True False False
    # expect: set True False False False False False True False True
    # expect: int False False False False False True False False False
    # expect: generator True True False False False True False True False
    # expect: list_iterator True True False False False True False False False
    # expect: Bag True False False False False True True False False
    # expect: builtin_function_or_method False False False False True True False False False
    # expect: function False False False False True True False False False
    # expect: Registry True False True False False False True False False
          isinstance(v, Sequence), isinstance(v, Callable), isinstance(v, Hashable), isinstance(v, Sized),
          isinstance(v, Generator), isinstance(v, Set))
r = Registry()
r["a"] = 1
r.update(b=2)
print(r.get("a"), r.get("z", 0), "b" in r, sorted(r.keys()), sorted(r.items()), r.pop("a"), len(r), r.setdefault("c", 3))
# expect: 1 0 True ['a', 'b'] [('a', 1), ('b', 2)] 1 1 3
print(issubclass(list, collections.abc.MutableSequence), issubclass(dict, collections.abc.Mapping), collections.abc.Sized.__name__)
# expect: True True Sized
try:
    Registry.__abstractmethods__ and None
    class Half(Mapping):
        pass
    Half()
except TypeError as e:
    print("TypeError")
    # expect: TypeError
def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, (3, [4, "ab"])], {5}])))
# expect: [1, 2, 3, 4, 'ab', 5]
