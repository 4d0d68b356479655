# A deque's truth is its length; a subclass's __len__ or __bool__ decides instead.
from collections import deque
class D(deque):
    def __len__(self):
        return 42
d = deque([1])
print(len(d), bool(d), bool(deque()), len(deque()))
e = D()
print(len(e), bool(e))
class E(deque):
    def __bool__(self):
        return False
print(bool(E([1])), len(E([1, 2])))
# expect: 1 True False 0
# expect: 42 True
# expect: False 2
