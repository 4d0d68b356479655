# next() lets a __next__ method's StopIteration, with its value, go on up;
# with a default it gives the default instead.
import asyncio

class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("finished", self.n)
        return self.n

c = Counter()
print(next(c), next(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print(next(c, "default"))

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(7)
    try:
        next(iter(fut))
    except StopIteration as e:
        print("future result", e.value)

asyncio.run(main())
# expect: 1 2
# expect: StopIteration finished ('finished', 3)
# expect: default
# expect: future result 7
