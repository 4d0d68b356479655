# Wrong argument counts to builtin methods raise CPython's messages, in each method's style.
calls = [
    lambda: "a".join(),
    lambda: "a".join("b", "c"),
    lambda: "a".join(5),
    lambda: "abc".upper(1),
    lambda: "abc".split(",", 1, 2),
    lambda: "abc".rsplit(",", 1, 2),
    lambda: "abc".find(),
    lambda: "abc".count("a", 0, 1, 2),
    lambda: "abc".startswith(),
    lambda: "abc".endswith("a", 0, 1, 2),
    lambda: "abc".splitlines(True, False),
    lambda: [1].append(),
    lambda: [1].insert(0),
    lambda: [1].copy(1),
    lambda: {1: 2}.keys(1),
    lambda: {1: 2}.get(),
    lambda: {1}.add(),
    lambda: (1,).count(),
    lambda: (5).bit_length(1),
    lambda: (1.5).is_integer(1),
    lambda: b"ab".upper(1),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print(e)
        # expect: str.join() takes exactly one argument (0 given)
        # expect: str.join() takes exactly one argument (2 given)
        # expect: can only join an iterable
        # expect: str.upper() takes no arguments (1 given)
        # expect: split() takes at most 2 arguments (3 given)
        # expect: rsplit() takes at most 2 arguments (3 given)
        # expect: find() takes at least 1 argument (0 given)
        # expect: count() takes at most 3 arguments (4 given)
        # expect: startswith() takes at least 1 argument (0 given)
        # expect: endswith() takes at most 3 arguments (4 given)
        # expect: splitlines() takes at most 1 argument (2 given)
        # expect: list.append() takes exactly one argument (0 given)
        # expect: insert expected 2 arguments, got 1
        # expect: list.copy() takes no arguments (1 given)
        # expect: dict.keys() takes no arguments (1 given)
        # expect: get expected at least 1 argument, got 0
        # expect: set.add() takes exactly one argument (0 given)
        # expect: tuple.count() takes exactly one argument (0 given)
        # expect: int.bit_length() takes no arguments (1 given)
        # expect: float.is_integer() takes no arguments (1 given)
        # expect: bytes.upper() takes no arguments (1 given)
print("k=v=w".split("=", maxsplit=1), "a b".rsplit(maxsplit=1), "x\ny".splitlines(keepends=True))
# expect: ['k', 'v=w'] ['a', 'b'] ['x\n', 'y']
