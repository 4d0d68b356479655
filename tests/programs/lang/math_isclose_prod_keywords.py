# math.isclose(a, b, *, rel_tol, abs_tol) and math.prod(iterable, /, *, start)
# parse their keywords as CPython does.
import math
tests = ["math.isclose(a=1.0, b=1.0)", "math.isclose(1.0, 1.1, rel_tol=0.2)", "math.isclose(1.0, 1.1, abs_tol=0.2)",
         "math.isclose(1.0)", "math.isclose(b=1.0)", "math.isclose(1, 1, 1)", "math.isclose(1, 2, rel_tol=-1)",
         "math.isclose(1.0, 1.0, bogus=1)", "math.isclose(1.0, a=1.0)", "math.isclose(1, 'a')",
         "math.prod([2], start=3)", "math.prod()", "math.prod(iterable=[1])", "math.prod([1], [2])", "math.prod([2], bogus=1)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except (TypeError, ValueError) as e:
        print(t, "!!", type(e).__name__, e)
# expect: math.isclose(a=1.0, b=1.0) -> True
# expect: math.isclose(1.0, 1.1, rel_tol=0.2) -> True
# expect: math.isclose(1.0, 1.1, abs_tol=0.2) -> True
# expect: math.isclose(1.0) !! TypeError isclose() missing required argument 'b' (pos 2)
# expect: math.isclose(b=1.0) !! TypeError isclose() missing required argument 'a' (pos 1)
# expect: math.isclose(1, 1, 1) !! TypeError isclose() takes exactly 2 positional arguments (3 given)
# expect: math.isclose(1, 2, rel_tol=-1) !! ValueError tolerances must be non-negative
# expect: math.isclose(1.0, 1.0, bogus=1) !! TypeError 'bogus' is an invalid keyword argument for isclose()
# expect: math.isclose(1.0, a=1.0) !! TypeError isclose() missing required argument 'b' (pos 2)
# expect: math.isclose(1, 'a') !! TypeError must be real number, not str
# expect: math.prod([2], start=3) -> 6
# expect: math.prod() !! TypeError prod() takes exactly 1 positional argument (0 given)
# expect: math.prod(iterable=[1]) !! TypeError prod() takes exactly 1 positional argument (0 given)
# expect: math.prod([1], [2]) !! TypeError prod() takes exactly 1 positional argument (2 given)
# expect: math.prod([2], bogus=1) !! TypeError 'bogus' is an invalid keyword argument for prod()
