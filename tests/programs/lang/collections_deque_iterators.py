# A deque's iterators walk it in place and raise when it changes size under them.
from collections import deque
d = deque([1, 2, 3])
print(list(d), list(reversed(d)), [x * 2 for x in d], sum(d))
# expect: [1, 2, 3] [3, 2, 1] [2, 4, 6] 6
it = iter(d)
print(next(it))
# expect: 1
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
    # expect: RuntimeError deque mutated during iteration
it = iter(d)
d.popleft(); d.append(9)
try:
    print(next(it))
except RuntimeError as e:
    print("RuntimeError", e)
    # expect: RuntimeError deque mutated during iteration
d2 = deque()
print(list(d2), list(reversed(d2)))
# expect: [] []
for x in deque("abc"):
    print(x, end=" ")
print()
# expect: a b c 
r = reversed(deque(range(5)))
print(next(r), list(r))
# expect: 4 [3, 2, 1, 0]
d3 = deque([1,2,3]); it = iter(d3); print(next(it)); d3[1] = 7; print(list(it))
# expect: 1
# expect: [7, 3]
