# ExceptionGroup derives from Exception too, so 'except Exception' catches it
# (and a failing nested TaskGroup's group).
print([c.__name__ for c in ExceptionGroup.__mro__], ExceptionGroup.__bases__[1].__name__)
try:
    raise ExceptionGroup("outer", [ValueError(1)])
except Exception as e:
    print("caught", type(e).__name__, e.exceptions)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), isinstance(ExceptionGroup("x", [KeyError()]), Exception))
import asyncio
async def main():
    async def bad(n):
        await asyncio.sleep(0)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            async with asyncio.TaskGroup() as inner:
                inner.create_task(bad(1))
            tg.create_task(bad(2))
    except Exception as e:
        print("outer caught", type(e).__name__, [type(x).__name__ for x in e.exceptions])
asyncio.run(main())
# expect: ['ExceptionGroup', 'BaseExceptionGroup', 'Exception', 'BaseException', 'object'] Exception
# expect: caught ExceptionGroup (ValueError(1),)
# expect: True False True
# expect: outer caught ExceptionGroup ['ExceptionGroup']
