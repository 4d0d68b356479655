# A whole program of the kind held-out tests use (async_ctx_managers), checked against CPython.
import asyncio
from contextlib import asynccontextmanager, contextmanager, suppress

class Connection:
    opened = 0
    def __init__(self, name):
        self.name = name
        self.log = []
    async def __aenter__(self):
        await asyncio.sleep(0)
        Connection.opened += 1
        self.log.append("open")
        return self
    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        Connection.opened -= 1
        self.log.append(f"close({et.__name__ if et else None})")
        return et is KeyError

@asynccontextmanager
async def transaction(conn):
    conn.log.append("begin")
    try:
        yield conn.name.upper()
    except Exception as e:
        conn.log.append(f"rollback:{e}")
        raise
    else:
        conn.log.append("commit")
    finally:
        conn.log.append("end")

@contextmanager
def tag(name, out):
    out.append(f"<{name}>")
    yield len(out)
    out.append(f"</{name}>")

async def main():
    c = Connection("db")
    async with c as conn:
        async with transaction(conn) as tx:
            print("in tx", tx, Connection.opened)
            # expect: in tx DB 1
    print(c.log, Connection.opened)
    # expect: ['open', 'begin', 'commit', 'end', 'close(None)'] 0
    c2 = Connection("db2")
    try:
        async with c2:
            async with transaction(c2):
                raise ValueError("bad row")
    except ValueError as e:
        print("propagated:", e)
        # expect: propagated: bad row
    print(c2.log)
    # expect: ['open', 'begin', 'rollback:bad row', 'end', 'close(ValueError)']
    c3 = Connection("db3")
    async with c3:
        raise KeyError("suppressed")
    print("after suppressed", c3.log)
    # expect: after suppressed ['open', 'close(KeyError)']
    out = []
    with tag("html", out) as n1, tag("body", out) as n2:
        out.append("text")
    print(out, n1, n2)
    # expect: ['<html>', '<body>', 'text', '</body>', '</html>'] 1 2
    with suppress(ZeroDivisionError, KeyError):
        1 / 0
    print("suppressed division")
    # expect: suppressed division
    async def agen():
        async with Connection("gen") as g:
            for i in range(3):
                yield i
            g.log.append("gen end")
    got = [x async for x in agen()]
    print(got, Connection.opened)
    # expect: [0, 1, 2] 0
    try:
        async with transaction(Connection("x")) as t1, Connection("y") as y:
            print("two managers", t1, y.name)
            # expect: two managers X y
            raise RuntimeError("both")
    except RuntimeError as e:
        print("RuntimeError:", e, Connection.opened)
        # expect: RuntimeError: both 0
    class Broken:
        async def __aenter__(self):
            raise OSError("cannot enter")
        async def __aexit__(self, *a):
            print("never called")
    try:
        async with Broken():
            pass
    except OSError as e:
        print("OSError:", e)
        # expect: OSError: cannot enter
    try:
        async with object():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
        # expect: TypeError 'object' object does not support the asynchronous context manager protocol
    try:
        with Connection("sync"):
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
        # expect: TypeError 'Connection' object does not support the context manager protocol

asyncio.run(main())
