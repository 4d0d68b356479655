# match in coroutines (awaited subject, awaits in bodies) and generators, __match_args__, nested patterns, str is not a sequence, bool/int class patterns.
import asyncio

async def fetch(x):
    await asyncio.sleep(0)
    return x * 2

async def handle(msg):
    match await fetch(msg):
        case 2:
            r = await fetch(100)
            return f"two then {r}"
        case [a, b] if a < b:
            return "ordered"
        case n:
            await asyncio.sleep(0)
            return f"other {n}"

async def main():
    for m in [1, 5, [1]]:
        print(await handle(m))
        # expect: two then 200
        # expect: other 10
        # expect: other [1, 1]

asyncio.run(main())

def gen(items):
    for it in items:
        match it:
            case {"type": "num", "value": v}:
                yield v
            case {"type": "list", "items": [*xs]}:
                yield from xs
            case _:
                yield None
print(list(gen([{"type": "num", "value": 3}, {"type": "list", "items": [4, 5]}, "x"])))
# expect: [3, 4, 5, None]

class Tok:
    __match_args__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text

def parse(tokens):
    out = []
    for t in tokens:
        match t:
            case Tok("num", text):
                out.append(int(text))
            case Tok("op", "+" | "-" as op):
                out.append(op)
            case Tok(kind=k):
                out.append(k)
    return out
print(parse([Tok("num", "12"), Tok("op", "+"), Tok("op", "*"), Tok("num", "3")]))
# expect: [12, '+', 'op', 3]
match (1, [2, {"k": (3, 4)}]):
    case (a, [b, {"k": (c, d)}]):
        print(a + b + c + d)
        # expect: 10
match "abc":
    case [*chars]:
        print("sequence?!", chars)
    case str(s):
        print("a str is not a sequence pattern", s)
        # expect: a str is not a sequence pattern abc
match 42:
    case bool():
        print("bool")
    case int(v):
        print("int", v)
        # expect: int 42
match 3.0:
    case 3:
        print("3.0 == 3")
        # expect: 3.0 == 3
