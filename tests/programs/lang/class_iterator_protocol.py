# __iter__ returning a separate iterator object with __next__.
class CountdownIter:
    def __init__(self, start):
        self.cur = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
c = Countdown(3)
print(list(c), list(c), sum(c), sorted(c), 2 in c)
# expect: [3, 2, 1] [3, 2, 1] 6 [1, 2, 3] True
for x in c:
    print("tick", x)
# expect: tick 3
# expect: tick 2
# expect: tick 1
a, b, d = Countdown(3)
print(a, b, d, [x * 2 for x in c], dict(zip(c, "abc")))
# expect: 3 2 1 [6, 4, 2] {3: 'a', 2: 'b', 1: 'c'}
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
# expect: 3 2 1 done
try:
    next(it)
except StopIteration:
    print("StopIteration")
# expect: StopIteration
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: 'int' object is not iterable
