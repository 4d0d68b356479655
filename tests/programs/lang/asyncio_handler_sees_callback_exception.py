# The loop's exception handler runs inside the callback's exception
# handling, as CPython's Handle._run calls it from its `except`: the
# handler sees sys.exc_info(), and what it raises has the callback's
# exception as its context (printed as a chain by the default handler).
import asyncio, sys

def handler(loop, context):
    print("handling:", sys.exc_info()[0].__name__, context["message"].split(" at ")[0])
    try:
        raise RuntimeError("in handler")
    except RuntimeError as e:
        print("context:", repr(e.__context__))
    if context["exception"].args[0] == "second":
        raise ValueError("handler broke")

def callback(what):
    raise LookupError(what)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(callback, "first")
    loop.call_soon(callback, "second")
    await asyncio.sleep(0)
    print("after:", sys.exc_info())

asyncio.run(main())
# expect: handling: LookupError Exception in callback callback('first')
# expect: context: LookupError('first')
# expect: handling: LookupError Exception in callback callback('second')
# expect: context: LookupError('second')
# expect: after: (None, None, None)
# expect exit: 0
# expect error: Unhandled error in exception handler
# expect error: LookupError: second
# expect error: During handling of the above exception, another exception occurred:
# expect error: ValueError: handler broke
