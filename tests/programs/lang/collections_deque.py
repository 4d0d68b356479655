# collections.deque: both ends, removal, rotation, maxlen, repr and errors.
from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
# expect: deque([0, 1, 2, 3, 4]) 5 0 4
print(d.popleft(), d.pop(), d)
# expect: 0 4 deque([1, 2, 3])
for i in range(20):
    d.appendleft(-i)
print(len(d), d[0], list(d)[-3:])
# expect: 23 -19 [1, 2, 3]
while len(d) > 2:
    d.popleft()
print(d, 2 in d, 9 in d, bool(d), bool(deque()))
# expect: deque([2, 3]) True False True False
d.remove(3)
d.extend("ab")
d.extendleft([7, 8])
print(d, d.index("a"), d.count("b"))
# expect: deque([8, 7, 2, 'a', 'b']) 3 1
d.rotate(2)
print(d)
# expect: deque(['a', 'b', 8, 7, 2])
d.rotate(-1)
print(d, list(reversed(d)))
# expect: deque(['b', 8, 7, 2, 'a']) ['a', 2, 7, 8, 'b']
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
# expect: deque([2, 3, 4], maxlen=3) 3
m.appendleft(9)
print(m, m == deque([9, 2, 3]), d.maxlen)
# expect: deque([9, 2, 3], maxlen=3) True None
del m[1]
m[0] = "x"
print(m, m.copy())
# expect: deque(['x', 3], maxlen=3) deque(['x', 3], maxlen=3)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: pop from an empty deque
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: 5 is not in deque
try:
    deque()[0]
except IndexError as e:
    print("IndexError:", e)
# expect: IndexError: deque index out of range
q = deque()
for i in range(1000):
    q.append(i)
total = 0
while q:
    total += q.popleft()
print(total)
# expect: 499500
