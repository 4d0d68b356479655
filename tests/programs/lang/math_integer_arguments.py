# Integer arguments of math functions: __index__ is honoured, floats are
# refused (every lcm/gcd argument is checked, even after a zero), and
# ldexp wants an int exactly.
import math
class I:
    def __index__(self):
        return 4
tests = ["math.lcm(0, 1.0)", "math.gcd(0, 1.5)", "math.lcm(I(), 6)", "math.gcd(I(), 6)", "math.lcm(-4)", "math.comb(I(), 2)",
         "math.perm(I(), 2)", "math.perm(I())", "math.factorial(I())", "math.isqrt(I())", "math.factorial(2.0)",
         "math.ldexp(1.0, 2.0)", "math.ldexp(1.0, I())", "math.ldexp(1.0, True)", "math.ldexp(3, 2)"]
for t in tests:
    try:
        print(t, "->", eval(t))
    except (TypeError, ValueError) as e:
        print(t, "!!", type(e).__name__, e)
# expect: math.lcm(0, 1.0) !! TypeError 'float' object cannot be interpreted as an integer
# expect: math.gcd(0, 1.5) !! TypeError 'float' object cannot be interpreted as an integer
# expect: math.lcm(I(), 6) -> 12
# expect: math.gcd(I(), 6) -> 2
# expect: math.lcm(-4) -> 4
# expect: math.comb(I(), 2) -> 6
# expect: math.perm(I(), 2) -> 12
# expect: math.perm(I()) -> 24
# expect: math.factorial(I()) -> 24
# expect: math.isqrt(I()) -> 2
# expect: math.factorial(2.0) !! TypeError 'float' object cannot be interpreted as an integer
# expect: math.ldexp(1.0, 2.0) !! TypeError Expected an int as second argument to ldexp.
# expect: math.ldexp(1.0, I()) !! TypeError Expected an int as second argument to ldexp.
# expect: math.ldexp(1.0, True) -> 2.0
# expect: math.ldexp(3, 2) -> 12.0
