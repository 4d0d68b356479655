# A case guard may await (or yield): the guard runs after its pattern bound its names, which stay bound when it fails, and a failed guard goes on to the next case.
import asyncio

async def check(x):
    await asyncio.sleep(0)
    print("checking", x)
    return x > 0

async def classify(v):
    match v:
        case int(n) if n == 0:
            return "zero"
        case int(n) if await check(n):
            return f"positive {n}"
        case int(n) if await check(-n):
            return f"negative {n} (n still {n})"
        case [x, *rest] if await check(len(rest)):
            return f"list head {x} rest {rest}"
        case [x, *_]:
            return f"short list {x}"
        case {"k": val} if await check(val):
            return f"mapping {val}"
        case str() as s if s.startswith("a"):
            return "a-string"
        case _:
            return "other"

async def gen_guard():
    def g():
        for v in [1, -1]:
            match v:
                case n if (yield n):
                    print("yield guard true for", n)
                case n:
                    print("fallthrough", n)
    it = g()
    print(next(it))
    print(it.send(True))
    try:
        it.send(False)
    except StopIteration:
        print("done")

async def main():
    for v in [0, 5, -3, [1, 2], [9], {"k": 4}, {"k": -4}, "abc", "xyz", 3.5]:
        print(await classify(v))
    await gen_guard()
    async def loop():
        for i in range(4):
            match i:
                case 1 if await check(1):
                    continue
                case 3 if await check(3):
                    break
                case _:
                    print("body", i)
        print("loop over")
    await loop()

asyncio.run(main())
# expect: zero
# expect: checking 5
# expect: positive 5
# expect: checking -3
# expect: checking 3
# expect: negative -3 (n still -3)
# expect: checking 1
# expect: list head 1 rest [2]
# expect: checking 0
# expect: short list 9
# expect: checking 4
# expect: mapping 4
# expect: checking -4
# expect: other
# expect: a-string
# expect: other
# expect: other
# expect: 1
# expect: yield guard true for 1
# expect: -1
# expect: fallthrough -1
# expect: done
# expect: body 0
# expect: checking 1
# expect: body 2
# expect: checking 3
# expect: loop over
