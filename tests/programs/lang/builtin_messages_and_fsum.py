import math
for f in (lambda: issubclass(int, 5), lambda: isinstance(1, 5), lambda: format(1, 2), lambda: "abc".removeprefix(1), lambda: "abc".removesuffix(2),
          lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([float("inf"), float("-inf")])):
    try:
        print(f())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]), math.fsum([float("inf"), 1.0]), math.fsum([1.0, float("nan")]))
print(math.fsum([1, 2, 3]), math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([-0.0]), math.fsum([1e-16, 1.0, 1e-16]))
# expect: TypeError issubclass() arg 2 must be a class, a tuple of classes, or a union
# expect: TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
# expect: TypeError format() argument 2 must be str, not int
# expect: TypeError removeprefix() argument must be str, not int
# expect: TypeError removesuffix() argument must be str, not int
# expect: OverflowError intermediate overflow in fsum
# expect: ValueError -inf + inf in fsum
# expect: 1.0 1e-100 0.0 inf nan
# expect: 6.0 9007199254740991.0 0.0 1.0000000000000002
