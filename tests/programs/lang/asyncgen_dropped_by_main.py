import asyncio

async def ticker(name):
    try:
        for i in range(10):
            yield i
    except BaseException as e:
        print(name, "caught", type(e).__name__)
        raise
    finally:
        print(name, "finally")

async def main():
    it = ticker("local")
    print(await anext(it), await anext(it))
    other = ticker("other")
    await anext(other)
    await other.aclose()
    print("main ends")

asyncio.run(main())
print("done")
# expect: 0 1
# expect: other caught GeneratorExit
# expect: other finally
# expect: main ends
# expect: local caught CancelledError
# expect: local finally
# expect: done
