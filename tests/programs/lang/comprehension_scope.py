# Comprehensions have their own scope; the outermost iterable is evaluated outside.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
# expect: [0, 1, 4, 9] outer
print({c: i for i, c in enumerate("ab")}, {n % 2 for n in range(5)})
# expect: {'a': 0, 'b': 1} {0, 1}
print([(i, j) for i in range(3) for j in range(i)])
# expect: [(1, 0), (2, 0), (2, 1)]
print([[j for j in range(i)] for i in range(3)])
# expect: [[], [0], [0, 1]]
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
# expect: [2, 4, 6]
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
# expect: [10, 11, 12]
print([y for y in [3, 1, 2] if y > 1 if y < 3])
# expect: [2]
