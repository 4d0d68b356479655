# A gather finishes at the place in the ready queue where its last child's
# callback runs, whatever mix of results, errors and waiting callbacks came
# before; other callbacks scheduled meanwhile keep their order around it.
import asyncio


async def child(name, delay_steps, fail=False):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    print("child", name, "ends")
    if fail:
        raise ValueError(name)
    return name


async def scenario(title, specs, return_exceptions):
    print("--", title)
    loop = asyncio.get_running_loop()
    tasks = [asyncio.ensure_future(child(n, d, f)) for n, d, f in specs]
    g = asyncio.gather(*tasks, return_exceptions=return_exceptions)
    g.add_done_callback(lambda f: print("gather done"))
    for i in range(4):
        loop.call_soon(print, "tick", i)
    try:
        print("result", await g)
    except ValueError as e:
        print("raised", e)
    await asyncio.sleep(0)


async def main():
    await scenario("all succeed", [("a", 0, False), ("b", 1, False), ("c", 0, False)], False)
    await scenario("one fails first", [("a", 1, False), ("b", 0, True), ("c", 1, False)], True)
    await scenario("one fails, raising", [("a", 0, False), ("b", 0, True), ("c", 2, False)], False)
    await scenario("same step", [("a", 0, False), ("b", 0, False), ("c", 0, True), ("d", 0, False)], True)
    done = asyncio.get_running_loop().create_future()
    done.set_result("early")
    print(await asyncio.gather(done, child("late", 1)))

asyncio.run(main())
# expect: -- all succeed
# expect: child a ends
# expect: child c ends
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: child b ends
# expect: gather done
# expect: result ['a', 'b', 'c']
# expect: -- one fails first
# expect: child b ends
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: child a ends
# expect: child c ends
# expect: gather done
# expect: result ['a', ValueError('b'), 'c']
# expect: -- one fails, raising
# expect: child a ends
# expect: child b ends
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: gather done
# expect: raised b
# expect: child c ends
# expect: -- same step
# expect: child a ends
# expect: child b ends
# expect: child c ends
# expect: child d ends
# expect: tick 0
# expect: tick 1
# expect: tick 2
# expect: tick 3
# expect: gather done
# expect: result ['a', 'b', ValueError('c'), 'd']
# expect: child late ends
# expect: ['early', 'late']
