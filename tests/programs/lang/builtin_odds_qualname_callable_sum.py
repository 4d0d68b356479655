# Builtin odds and ends: unbound builtin methods are qualified by their
# class, staticmethod objects are callable, sum() refuses bytes, a deque
# inside itself prints as [...], and AttributeError/NameError take the
# keywords CPython gives them.
import sys
from collections import deque

print(str.upper.__qualname__, list.append.__qualname__, dict.fromkeys.__qualname__, [].append.__qualname__)
print(callable(staticmethod(len)), callable(classmethod(len)), staticmethod(len)([1, 2]))
for start in (b"", bytearray(), ""):
    try:
        sum([start], start)
    except TypeError as e:
        print(e)
q = deque([1]); q.append(q); print(q)
print(deque([q, 2], maxlen=3), [deque([[]])])
e = AttributeError("m", name="x", obj=sys)
print(e, e.name, e.obj is sys, AttributeError("m").name, AttributeError("m").obj)
print(NameError("x", name="y").name, ImportError("z", name="n", path="p").path)
try:
    AttributeError("m", path=1)
except TypeError as e:
    print(e)
try:
    sys.maxsiz
except AttributeError as e:
    print(e, repr(e.name), e.obj is sys)
sys.setrecursionlimt(10)
# expect: str.upper list.append dict.fromkeys list.append
# expect: True False 2
# expect: sum() can't sum bytes [use b''.join(seq) instead]
# expect: sum() can't sum bytearray [use b''.join(seq) instead]
# expect: sum() can't sum strings [use ''.join(seq) instead]
# expect: deque([1, [...]])
# expect: deque([deque([1, [...]]), 2], maxlen=3) [deque([[]])]
# expect: m x True None None
# expect: y p
# expect: 'path' is an invalid keyword argument for AttributeError()
# expect: module 'sys' has no attribute 'maxsiz' 'maxsiz' True
# expect exit: 1
# expect error: AttributeError: module 'sys' has no attribute 'setrecursionlimt'. Did you mean: 'setrecursionlimit'?
