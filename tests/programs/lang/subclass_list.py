# A list subclass: the list methods and operators on it, overridden __getitem__/__len__/__add__/__repr__, hot loops over it.
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, sum(s), sorted(s, reverse=True), isinstance(s, list))
# expect: [1, 2] 3 3 3 [1, 2] 3 [2, 1] True
s += [9]
print(s, type(s).__name__, s * 2, s + [0], [0] + s, s == [1, 2, 9], s != [1], s > [1], bool(Stack()))
# expect: [1, 2, 9] Stack [1, 2, 9, 1, 2, 9] [1, 2, 9, 0] [0, 1, 2, 9] True True True False
for x in s:
    print(x, end=' ')
print()
# expect: 1 2 9 
print(s[1:], type(s[1:]).__name__, s.copy(), type(s.copy()).__name__, s.index(9), s.count(1))
# expect: [2, 9] list [1, 2, 9] list 2 1

class Noisy(list):
    def __getitem__(self, i):
        print('get', i)
        # expect: get 1
        return super().__getitem__(i)
    def __len__(self):
        return 42
n = Noisy([5, 6, 7])
print(n[1], len(n), n, list(n), bool(n))
# expect: 6 42 [5, 6, 7] [5, 6, 7] True

class Vec(list):
    def __init__(self, *xs):
        super().__init__(xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self, o)])
    def __repr__(self):
        return f"Vec({', '.join(map(str, self))})"
v = Vec(1, 2) + Vec(3, 4)
print(v, repr(v), str(v), [v], len(v), ", ".join(map(str, v)))
# expect: Vec(4, 6) Vec(4, 6) Vec(4, 6) [Vec(4, 6)] 2 4, 6

def total(xs):
    acc = 0
    for i in range(len(xs)):
        acc += xs[i]
    return acc
q = Stack(range(10))
for _ in range(3):
    q.append(1)
    print(total(q), q.count(1), q.index(5))
    # expect: 46 2 5
    # expect: 47 3 5
    # expect: 48 4 5
q.sort(reverse=True)
del q[0]
q[0] = 100
q.extend([7, 7])
q.insert(0, -1)
q.remove(7)
print(q, list.__len__(q), q.__class__.__name__)
# expect: [-1, 100, 6, 5, 4, 3, 2, 1, 1, 1, 1, 0, 7, 7] 14 Stack
q *= 2
print(len(q), type(q).__name__)
# expect: 28 Stack
q.clear()
print(q, len(q), q == [])
# expect: [] 0 True
try:
    list.append({}, 1)
except TypeError as e:
    print(e)
    # expect: descriptor 'append' for 'list' objects doesn't apply to a 'dict' object
