# Functions compile on their first call; every way in reaches the same code.
def wide(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(wide(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
# expect: 55

def eight(a, b, c, d, e, f, g, h):
    return [a, b, c, d, e, f, g, h]
print(eight(*range(8)))
# expect: [0, 1, 2, 3, 4, 5, 6, 7]

def kw(a, *, b=2):
    return a * b
print(kw(3), kw(3, b=5))
# expect: 6 15

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self):
        self.n += 1
        return self.n
made_before_first_call = [Counter() for _ in range(2)]
print([c.bump() for c in made_before_first_call], made_before_first_call[0].bump())
# expect: [1, 1] 2

def gen(n):
    for i in range(n):
        yield i * i
g1, g2 = gen(3), gen(2)
print(list(g2), list(g1))
# expect: [0, 1] [0, 1, 4]

f = lambda x: x + 1
print(list(map(f, [1, 2])), f(10))
# expect: [2, 3] 11

never_called = lambda: undefined_name
print("done")
# expect: done
