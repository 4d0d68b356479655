# The argument-count messages of int(), str() and object() are in the
# style CPython's keyword-aware parsing gives them; float(), list() in theirs.
for f in (lambda: str(1, 2, 3, 4), lambda: int(1, 2, 3), lambda: object(1), lambda: float(1, 2), lambda: list(1, 2)):
    try:
        f()
    except TypeError as e:
        print(e)
        # expect: str() takes at most 3 arguments (4 given)
        # expect: int() takes at most 2 arguments (3 given)
        # expect: object() takes no arguments
        # expect: float expected at most 1 argument, got 2
        # expect: list expected at most 1 argument, got 2
print(int("5", 10), str(b"a", "ascii", "strict"), object().__class__.__name__)
# expect: 5 a object
