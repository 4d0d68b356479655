# Fraction construction: defaults, ints, normalized pairs, Rational arguments, exact floats, and the TypeErrors for other arguments.
from fractions import Fraction

print(Fraction(), Fraction(7), Fraction(-3))
print(repr(Fraction(10, -8)), repr(Fraction(-6, -4)), repr(Fraction(0, -5)))
print(repr(Fraction(Fraction(1, 7), 5)), repr(Fraction(Fraction(1, 7), Fraction(2, 3))), repr(Fraction(3, Fraction(9, 2))))
print(repr(Fraction(True)), repr(Fraction(True, 2)), repr(Fraction(numerator=6, denominator=4)))
print(repr(Fraction(1.47)), repr(Fraction(2.25)), repr(Fraction(-0.0)), repr(Fraction(1e-320)))
print(repr(Fraction(2**70 + 2, 2**40)))
print(repr(Fraction(3, 6, _normalize=False)))
for args in [(1.5, 2), (1, 2.0), ("1/2", 3), ([],), (None,)]:
    try:
        Fraction(*args)
    except TypeError as e:
        print(args, "TypeError:", e)
for value in [float("inf"), float("-inf"), float("nan")]:
    try:
        Fraction(value)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
f = Fraction(3, 4)
print(f.numerator, f.denominator, f.as_integer_ratio(), type(f.numerator).__name__)
# expect: 0 7 -3
# expect: Fraction(-5, 4) Fraction(3, 2) Fraction(0, 1)
# expect: Fraction(1, 35) Fraction(3, 14) Fraction(2, 3)
# expect: Fraction(1, 1) Fraction(1, 2) Fraction(3, 2)
# expect: Fraction(6620291452234629, 4503599627370496) Fraction(9, 4) Fraction(0, 1) Fraction(253, 25300281663413827294061918339864663381194581220517764794612669753428792445999418361495047962679640561898384733039601488923726092173224184608376674992592313740189678034570795170558363467761652042654970959809093133570250935428086587327262919456144944542601257064044846194041676826903812816523290938580750782913463467636686848)
# expect: Fraction(590295810358705651713, 549755813888)
# expect: Fraction(3, 6)
# expect: (1.5, 2) TypeError: both arguments should be Rational instances
# expect: (1, 2.0) TypeError: both arguments should be Rational instances
# expect: ('1/2', 3) TypeError: both arguments should be Rational instances
# expect: ([],) TypeError: argument should be a string or a Rational instance
# expect: (None,) TypeError: argument should be a string or a Rational instance
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: OverflowError cannot convert Infinity to integer ratio
# expect: ValueError cannot convert NaN to integer ratio
# expect: 3 4 (3, 4) int
