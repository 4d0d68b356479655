# yield from (and await through __await__) a class-based iterator: the value of
# the StopIteration its __next__ raises is the result.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

def g():
    r = yield from Countdown(3)
    print("result:", r)

print(list(g()))

class Ticket:
    def __await__(self):
        return Countdown(2)

async def main():
    return await Ticket()

c = main()
try:
    while True:
        print("yielded", c.send(None))
except StopIteration as e:
    print("value", e.value)
# expect: result: liftoff
# expect: [2, 1, 0]
# expect: yielded 1
# expect: yielded 0
# expect: value liftoff
