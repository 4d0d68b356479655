# An await may stand in an except clause's type, a later item or target of a
# with statement, and the condition of a while loop with an else clause.
import asyncio

async def kind(name):
    await asyncio.sleep(0)
    return {"key": KeyError, "index": IndexError}[name]

async def double(x):
    await asyncio.sleep(0)
    return x * 2

class Manager:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self.n
    def __exit__(self, *exc):
        print("exit", self.n)

async def main():
    # except types are evaluated in turn, only while earlier ones missed
    for exc in [KeyError("k"), IndexError("i"), OSError("o")]:
        try:
            try:
                raise exc
            except ValueError:
                print("no")
            except (await kind("key")) as e:
                print("key", repr(e))
            except (ValueError, await kind("index")) as e:
                print("index", repr(e))
            else:
                print("no")
            finally:
                print("finally")
        except OSError as e:
            print("escaped", repr(e), e.__context__)
    # a later with item awaits
    with Manager(1) as x, Manager(await double(1)) as y:
        print(x, y)
    d = {}
    with Manager(3) as d[await double(5)]:
        print(d)
    # while ... else with an await in the condition
    n = 0
    while await double(n) < 6:
        n += 1
    else:
        print("else", n)
    while await double(n) < 100:
        n += 1
        if n == 8:
            break
    else:
        print("no")
    print(n)

asyncio.run(main())
# expect: key KeyError('k')
# expect: finally
# expect: index IndexError('i')
# expect: finally
# expect: finally
# expect: escaped OSError('o') None
# expect: enter 1
# expect: enter 2
# expect: 1 2
# expect: exit 2
# expect: exit 1
# expect: enter 3
# expect: {10: 3}
# expect: exit 3
# expect: else 3
# expect: 8
