# deque.reverse and deque.insert, as CPython's.
from collections import deque
d = deque([1, 2, 3])
d.reverse(); print(d)
d.insert(1, "x"); d.insert(-1, "y"); d.insert(100, "z"); d.insert(-100, "w"); print(d)
d.popleft(); d.insert(0, "h"); print(d, len(d))
b = deque([1, 2], maxlen=2)
try:
    b.insert(0, 9)
except IndexError as e:
    print("IE", e)
e = deque(); e.reverse(); e.insert(0, 1); print(e)
# expect: deque([3, 2, 1])
# expect: deque(['w', 3, 'x', 2, 'y', 1, 'z'])
# expect: deque(['h', 3, 'x', 2, 'y', 1, 'z']) 7
# expect: IE deque already at its maximum size
# expect: deque([1])
