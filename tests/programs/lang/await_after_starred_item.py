# A starred item before an await in a display is unpacked where it stands.
import asyncio
async def v(x):
    await asyncio.sleep(0)
    return x
def g(log):
    log.append("iterated")
    yield 2
async def main():
    log = []
    print((1, *[2], await v(3)))
    print([*g(log), log.copy(), await v(4), *"ab"])
    print({*[1, 2], await v(3)})
asyncio.run(main())
# expect: (1, 2, 3)
# expect: [2, ['iterated'], 4, 'a', 'b']
# expect: {1, 2, 3}
