# A saved __traceback__ outlives reassignment; __exit__ gets the traceback; contextmanager
# restores it, so the generator's and contextlib's frames stay out.
import asyncio
import traceback
from contextlib import contextmanager, asynccontextmanager


def frames(tb):
    return [(f.name, f.lineno) for f in traceback.extract_tb(tb)]


def f():
    raise KeyError("k")


try:
    f()
except KeyError as e:
    err = e
saved = err.__traceback__
print(len(frames(saved)))
err.__traceback__ = None
print(len(frames(saved)), err.__traceback__)
err.__traceback__ = saved
print(frames(err.__traceback__))
print(frames(err.with_traceback(None).__traceback__), frames(err.with_traceback(saved).__traceback__))


class CM:
    def __enter__(self):
        return 1

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, frames(tb), frames(v.__traceback__))
        return False


def plain():
    with CM() as v:
        raise ValueError(v)


@contextmanager
def managed():
    try:
        yield 2
    finally:
        print("cleanup")


def generated():
    with managed() as v:
        raise ValueError(v)


@asynccontextmanager
async def amanaged():
    yield 3


async def agenerated():
    async with amanaged() as v:
        raise ValueError(v)


for fn in [plain, generated, lambda: asyncio.run(agenerated())]:
    try:
        fn()
    except ValueError as e:
        # The generator's and contextlib's frames are not in the traceback.
        print(e, [name for name, _ in frames(e.__traceback__) if name != "run" and "complete" not in name])
# expect: 2
# expect: 2 None
# expect: [('<module>', 17), ('f', 13)]
# expect: [] [('<module>', 17), ('f', 13)]
# expect: exit sees ValueError [('plain', 40)] [('plain', 40)]
# expect: 1 ['<module>', 'plain']
# expect: cleanup
# expect: 2 ['<module>', 'generated']
# expect: 3 ['<module>', '<lambda>', 'agenerated']
