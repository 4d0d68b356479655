# Carets of a failed assert (the last comparison, else none) and of a failing
# iteration in a comprehension's frame (the whole comprehension).
import traceback


def show(thunk):
    try:
        thunk()
    except Exception:
        lines = traceback.format_exc().splitlines()
        # The frames below this one, without the file's path.
        for line in lines[3:]:
            print(line.replace(__file__, "FILE"))


def gen():
    yield 1
    yield int("x")


def assert_bare(xs):
    assert xs, "empty"


def assert_compare(x):
    assert x > 5


def assert_mixed(xs):
    assert xs == [1] or xs, "mixed"


def assert_call(xs):
    assert len(xs)


show(lambda: assert_bare([]))
show(lambda: assert_compare(1))
show(lambda: assert_mixed([]))
show(lambda: assert_call([]))
show(lambda: [v for v in gen()])
show(lambda: [v for a in [1] for v in gen()])
show(lambda: {v: 1 for v in gen() if v})
show(lambda: list(v for v in gen()))
show(lambda: sum(v for v in gen()))
# expect:   File "FILE", line 37, in <lambda>
# expect:     show(lambda: assert_bare([]))
# expect:                  ^^^^^^^^^^^^^^^
# expect:   File "FILE", line 22, in assert_bare
# expect:     assert xs, "empty"
# expect: AssertionError: empty
# expect:   File "FILE", line 38, in <lambda>
# expect:     show(lambda: assert_compare(1))
# expect:                  ^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 26, in assert_compare
# expect:     assert x > 5
# expect:            ^^^^^
# expect: AssertionError
# expect:   File "FILE", line 39, in <lambda>
# expect:     show(lambda: assert_mixed([]))
# expect:                  ^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 30, in assert_mixed
# expect:     assert xs == [1] or xs, "mixed"
# expect:            ^^^^^^^^^
# expect: AssertionError: mixed
# expect:   File "FILE", line 40, in <lambda>
# expect:     show(lambda: assert_call([]))
# expect:                  ^^^^^^^^^^^^^^^
# expect:   File "FILE", line 34, in assert_call
# expect:     assert len(xs)
# expect: AssertionError
# expect:   File "FILE", line 41, in <lambda>
# expect:     show(lambda: [v for v in gen()])
# expect:                  ^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 41, in <listcomp>
# expect:     show(lambda: [v for v in gen()])
# expect:                  ^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 18, in gen
# expect:     yield int("x")
# expect:           ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect:   File "FILE", line 42, in <lambda>
# expect:     show(lambda: [v for a in [1] for v in gen()])
# expect:                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 42, in <listcomp>
# expect:     show(lambda: [v for a in [1] for v in gen()])
# expect:                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 18, in gen
# expect:     yield int("x")
# expect:           ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect:   File "FILE", line 43, in <lambda>
# expect:     show(lambda: {v: 1 for v in gen() if v})
# expect:                  ^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 43, in <dictcomp>
# expect:     show(lambda: {v: 1 for v in gen() if v})
# expect:                  ^^^^^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 18, in gen
# expect:     yield int("x")
# expect:           ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect:   File "FILE", line 44, in <lambda>
# expect:     show(lambda: list(v for v in gen()))
# expect:                  ^^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 44, in <genexpr>
# expect:     show(lambda: list(v for v in gen()))
# expect:                      ^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 18, in gen
# expect:     yield int("x")
# expect:           ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
# expect:   File "FILE", line 45, in <lambda>
# expect:     show(lambda: sum(v for v in gen()))
# expect:                  ^^^^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 45, in <genexpr>
# expect:     show(lambda: sum(v for v in gen()))
# expect:                     ^^^^^^^^^^^^^^^^^^
# expect:   File "FILE", line 18, in gen
# expect:     yield int("x")
# expect:           ^^^^^^^^
# expect: ValueError: invalid literal for int() with base 10: 'x'
