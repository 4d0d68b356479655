# Parentheses around the items of a with (or async with) header group its
# context managers, over several lines; otherwise they belong to an expression.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, *exc):
        print("exit", self.name)
        return False


with (CM("a") as a, CM("b") as b):
    print(a, b)
with (
    CM("c") as c,
    CM("d"),
):
    print(c)
with (CM("e")):
    print("one")
with (CM("f")) as f, (CM("g")) as g:
    print(f, g)
with (CM("h"), CM("i")):
    print("two")
with CM("j") as (x):
    print(x)


def inner():
    with (CM("k") as k,
          CM("l") as l):
        return k + l


print(inner())
try:
    with (CM("m"), CM("n")) as pair:
        pass
except TypeError as e:
    print("TypeError:", e)
import asyncio


class ACM:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("aenter", self.name)
        return self.name

    async def __aexit__(self, *exc):
        print("aexit", self.name)


async def main():
    async with (ACM("p") as p, ACM("q") as q):
        print(p, q)


asyncio.run(main())
# expect: enter a
# expect: enter b
# expect: a b
# expect: exit b
# expect: exit a
# expect: enter c
# expect: enter d
# expect: c
# expect: exit d
# expect: exit c
# expect: enter e
# expect: one
# expect: exit e
# expect: enter f
# expect: enter g
# expect: f g
# expect: exit g
# expect: exit f
# expect: enter h
# expect: enter i
# expect: two
# expect: exit i
# expect: exit h
# expect: enter j
# expect: j
# expect: exit j
# expect: enter k
# expect: enter l
# expect: exit l
# expect: exit k
# expect: kl
# expect: TypeError: 'tuple' object does not support the context manager protocol
# expect: aenter p
# expect: aenter q
# expect: p q
# expect: aexit q
# expect: aexit p
