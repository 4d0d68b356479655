# __builtins__, built-in module reprs and docstring, module dunders, and
# collections' __all__ for a star import.
import sys, time, itertools, builtins, math
print("print" in dir(__builtins__), __builtins__ is builtins, __builtins__.len("abc"))
print(sys, time, builtins)
print(builtins.__doc__.splitlines()[0])
for m in (math, itertools):
    print(m.__name__, m.__package__, m.__spec__ is None or m.__spec__.name == m.__name__, m.__loader__ is None or m.__loader__ is not None)
from collections import *
print(UserDict({"a": 1}), UserList([1]), UserString("x"), Counter("aab"))
# expect: True True 3
# expect: <module 'sys' (built-in)> <module 'time' (built-in)> <module 'builtins' (built-in)>
# expect: Built-in functions, types, exceptions, and other objects.
# expect: math  True True
# expect: itertools  True True
# expect: {'a': 1} [1] x Counter({'a': 2, 'b': 1})
