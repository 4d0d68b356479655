# deque concatenation, repetition (keeping maxlen's last items), += and
# *=, and ordering comparisons between deques.
from collections import deque
d = deque([1, 2], maxlen=3)
print(d + deque([3, 4]), d * 2, 2 * d, d * 0, deque([1, 2]) * 3)
# expect: deque([2, 3, 4], maxlen=3) deque([2, 1, 2], maxlen=3) deque([2, 1, 2], maxlen=3) deque([], maxlen=3) deque([1, 2, 1, 2, 1, 2])
e = deque([1])
e *= 3
print(e)
# expect: deque([1, 1, 1])
e += [7, 8]
print(e)
# expect: deque([1, 1, 1, 7, 8])
f = deque([1, 2, 3], maxlen=4)
f *= 5
print(f)
# expect: deque([3, 1, 2, 3], maxlen=4)
try:
    deque([1]) + [2]
except TypeError as x:
    print(x)
    # expect: can only concatenate deque (not "list") to deque
print(deque([1]) < deque([1, 2]), deque([2]) >= deque([1]), deque([1]) != deque([1]), deque([3]) > deque([2, 9]))
# expect: True True False True
