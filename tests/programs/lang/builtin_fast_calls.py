# Builtins called from compiled code with their usual argument counts (the
# direct entries) and with others (the generic path): results and errors.
import asyncio
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)


def main():
    xs = [3, 1, 2]
    print(len(xs), len("héllo"), len({1: 2}), isinstance(xs, list), isinstance(1, (str, int)))
    attempt("len(5)", lambda: len(5))
    attempt("len()", lambda: len())
    attempt("len(1, 2)", lambda: len(xs, xs))
    attempt("isinstance(1, 2)", lambda: isinstance(1, 2))
    xs.append(4)
    print(xs, xs.pop(), xs.pop(0), xs)
    attempt("[].pop()", lambda: [].pop())
    attempt("xs.append()", lambda: xs.append())
    d = {"a": 1}
    print(d.get("a"), d.get("b"), d.get("b", 0), list(d.keys()), list(d.values()), list(d.items()))
    attempt("d.get()", lambda: d.get())
    attempt("d.get([])", lambda: d.get([]))
    s = set()
    s.add(1)
    attempt("s.add([])", lambda: s.add([]))
    print(s, "-".join(["a", "b"]))
    attempt("join([1])", lambda: "-".join([1]))
    q = deque([1])
    q.append(2)
    print(q.popleft(), q.popleft())
    attempt("popleft()", lambda: q.popleft())

    class Bag:
        def __init__(self):
            self.items = []

        def append(self, x):
            self.items.append(x * 10)

        def __len__(self):
            return len(self.items)

    for bag in [[], Bag()]:
        bag.append(1)
        print(len(bag))
    len_ = len
    print(len_([1, 2]), [len(w) for w in ["ab", "c"]])


async def futures():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f.done(), f.cancelled())
    attempt("result()", lambda: f.result())
    f.set_result(5)
    print(f.done(), f.result())
    attempt("set_result again", lambda: f.set_result(6))
    g = loop.create_future()
    g.cancel()
    print(g.cancelled())
    attempt("cancelled result", lambda: g.result())


main()
asyncio.run(futures())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
# expect: 3 5 1 True True
# expect: len(5) TypeError object of type 'int' has no len()
# expect: len() TypeError len() takes exactly one argument (0 given)
# expect: len(1, 2) TypeError len() takes exactly one argument (2 given)
# expect: isinstance(1, 2) TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: [1, 2] 4 3 [1, 2]
# expect: [].pop() IndexError pop from empty list
# expect: xs.append() TypeError list.append() takes exactly one argument (0 given)
# expect: 1 None 0 ['a'] [1] [('a', 1)]
# expect: d.get() TypeError get expected at least 1 argument, got 0
# expect: d.get([]) TypeError unhashable type: 'list'
# expect: s.add([]) TypeError unhashable type: 'list'
# expect: {1} a-b
# expect: join([1]) TypeError sequence item 0: expected str instance, int found
# expect: 1 2
# expect: popleft() IndexError pop from an empty deque
# expect: 1
# expect: 1
# expect: 2 [2, 1]
# expect: False False
# expect: result() InvalidStateError Result is not set.
# expect: True 5
# expect: set_result again InvalidStateError invalid state
# expect: True
# expect: cancelled result CancelledError 
# expect: outside: no running event loop
