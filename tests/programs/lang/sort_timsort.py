import random
random.seed(5)
class K:
    log = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.log.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return f"K({self.v})"
xs = [K(v) for v in [5, 3, 8, 1, 9, 2, 7]]
print(sorted(xs))
print(K.log)
K.log.clear()
print(sorted(xs, reverse=True), len(K.log))
pairs = [(random.randint(0, 5), i) for i in range(300)]
s = sorted(pairs, key=lambda p: p[0])
print(all(s[i][0] < s[i+1][0] or (s[i][0] == s[i+1][0] and s[i][1] < s[i+1][1]) for i in range(299)))
r = sorted(pairs, key=lambda p: p[0], reverse=True)
print(all(r[i][0] > r[i+1][0] or (r[i][0] == r[i+1][0] and r[i][1] < r[i+1][1]) for i in range(299)))
words = ["pear", "Apple", "fig", "apple", "Fig", "é", "z", "ä", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, reverse=True))
big = [random.random() for _ in range(1000)]
print(sorted(big) == sorted(big, key=lambda x: x), sorted(big)[:2] == sorted(big)[:2])
ints = [random.randint(-10**6, 10**6) for _ in range(5000)] + [2**70, -2**70]
si = sorted(ints)
print(si[0] == -2**70, si[-1] == 2**70, all(si[i] <= si[i+1] for i in range(len(si)-1)))
print(sorted([3, 1.5, 2, True, -0.5]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted(["a", 1])
except TypeError as e:
    print(e)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return random.random() < 0.5
bs = [Bad(i) for i in range(500)]
out = sorted(bs)
print(len(out), sorted(b.v for b in out) == list(range(500)))
lst = [3, 1, 2]
def key(x):
    if x == 2: raise ValueError("bad key")
    return x
try:
    lst.sort(key=key)
except ValueError as e:
    print(e, lst)
print(sorted([float('nan'), 1.0, 0.5]) [1:], sorted([]), sorted([1]))
print(sorted("hello world"), sorted({3: 1, 1: 2}), sorted(range(10), key=lambda x: -x))
desc = list(range(100, 0, -1))
print(sorted(desc)[:5], sorted(desc, reverse=True)[:3])
# expect: [K(1), K(2), K(3), K(5), K(7), K(8), K(9)]
# expect: [(3, 5), (8, 3), (8, 5), (1, 5), (1, 3), (9, 5), (9, 8), (2, 5), (2, 3), (2, 1), (7, 5), (7, 9), (7, 8)]
# expect: [K(9), K(8), K(7), K(5), K(3), K(2), K(1)] 12
# expect: True
# expect: True
# expect: ['Apple', 'Fig', 'apple', 'banana', 'fig', 'pear', 'z', 'ä', 'é'] ['Apple', 'apple', 'banana', 'fig', 'Fig', 'pear', 'z', 'ä', 'é'] ['é', 'ä', 'z', 'pear', 'fig', 'banana', 'apple', 'Fig', 'Apple']
# expect: True True
# expect: True True True
# expect: [-0.5, True, 1.5, 2, 3]
# expect: '<' not supported between instances of 'str' and 'int'
# expect: '<' not supported between instances of 'int' and 'str'
# expect: 500 True
# expect: bad key [3, 1, 2]
# expect: [0.5, 1.0] [] [1]
# expect: [' ', 'd', 'e', 'h', 'l', 'l', 'l', 'o', 'o', 'r', 'w'] [1, 3] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# expect: [1, 2, 3, 4, 5] [100, 99, 98]
