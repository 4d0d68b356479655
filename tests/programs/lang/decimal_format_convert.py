# Decimal format specs (f e g % n, grouping, fill/align/sign, zero padding, z), exact float conversion, hashes equal to equal ints/floats/Fractions, mixed comparisons, Fraction and statistics with Decimals, subclasses.
from decimal import Decimal, localcontext, ROUND_DOWN
from fractions import Fraction
import math
import statistics

# Format specs: fixed, exponent, general, percent, grouping, fill/align/sign, zero padding and 'z'.
values = [Decimal("1234567.891"), Decimal("-0.000123"), Decimal("0"), Decimal("-0.001"), Decimal("1E+5"), Decimal("2.5")]
for spec in ["", "f", ".2f", ",.2f", "012,.2f", ".3e", "E", ".4g", "g", ".1%", "+", " ^16.3f", "*<14", "=+12.1f", "z.2f", "n"]:
    print(repr(spec), [format(v, spec) for v in values])
print(format(Decimal("Infinity"), "012,.2f"), format(Decimal("-NaN7"), "+"), f"{Decimal('0.125'):.2f}", f"{Decimal('0.135'):.2f}", "%.2f" % Decimal("2.675"), "{:>8}|{:<8}|".format(Decimal("1.5"), Decimal("-2")))
with localcontext(rounding=ROUND_DOWN):
    print(format(Decimal("2.679"), ".2f"), format(Decimal("9.99"), ".1g"))
for bad in ["x", "#", ",n", "<08"]:
    try:
        format(Decimal(1), bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
# Conversions: exact from floats, to float/int, and hashing equal to equal ints, floats and Fractions.
print(Decimal(0.1), Decimal.from_float(0.5), Decimal(-0.0), Decimal(float("inf")), Decimal(2**70), Decimal(True))
print(float(Decimal("0.1")), float(Decimal("-1E+400")), int(Decimal("-7.9")), math.floor(Decimal("-2.5")), math.ceil(Decimal("2.1")), math.trunc(Decimal("-2.7")), bool(Decimal("0.00")), bool(Decimal("NaN")))
print(hash(Decimal("1.5")) == hash(1.5), hash(Decimal("2.000")) == hash(2), hash(Decimal("0.25")) == hash(Fraction(1, 4)), hash(Decimal("-Infinity")), {Decimal("1.0"): "a", 1: "b"})
print(Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal("0.1") < 0.1, 1 == Decimal("1.00"), Decimal("1.5") == Fraction(3, 2), Fraction(1, 3) < Decimal("0.34"), Decimal("NaN") == Decimal("NaN"))
print(sorted([Decimal("0.3"), 0.2, 1, Fraction(1, 10), Decimal("-1")]), max(Decimal("1.10"), Decimal("1.1")), min(Decimal(2), 1.5))
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.5")), Decimal(3).as_integer_ratio(), Decimal("0.75").as_integer_ratio())
# statistics keeps Decimal data Decimal.
data = [Decimal("1.10"), Decimal("2.20"), Decimal("3.30"), Decimal("4.45")]
print(repr(statistics.mean(data)), repr(statistics.median(data)), repr(statistics.variance(data)), repr(statistics.stdev(data)), repr(statistics.pstdev(data)), statistics.fmean(data))
# Subclasses keep their type on construction, operations give Decimal.
class Money(Decimal):
    def __repr__(self):
        return "Money(%s)" % self

m = Money("9.95")
print(repr(m), repr(m * 2), repr(Money.from_float(0.25)), isinstance(m, Decimal), m == Decimal("9.950"))
# expect: '' ['1234567.891', '-0.000123', '0', '-0.001', '1E+5', '2.5']
# expect: 'f' ['1234567.891', '-0.000123', '0', '-0.001', '100000', '2.5']
# expect: '.2f' ['1234567.89', '-0.00', '0.00', '-0.00', '100000.00', '2.50']
# expect: ',.2f' ['1,234,567.89', '-0.00', '0.00', '-0.00', '100,000.00', '2.50']
# expect: '012,.2f' ['1,234,567.89', '-0,000,000.00', '0,000,000.00', '-0,000,000.00', '0,100,000.00', '0,000,002.50']
# expect: '.3e' ['1.235e+6', '-1.230e-4', '0.000e+3', '-1.000e-3', '1.000e+5', '2.500e+0']
# expect: 'E' ['1.234567891E+6', '-1.23E-4', '0E+0', '-1E-3', '1E+5', '2.5E+0']
# expect: '.4g' ['1.235e+6', '-0.000123', '0', '-0.001', '1e+5', '2.5']
# expect: 'g' ['1234567.891', '-0.000123', '0', '-0.001', '1e+5', '2.5']
# expect: '.1%' ['123456789.1%', '-0.0%', '0.0%', '-0.1%', '10000000.0%', '250.0%']
# expect: '+' ['+1234567.891', '-0.000123', '+0', '-0.001', '+1E+5', '+2.5']
# expect: ' ^16.3f' ['  1234567.891   ', '     -0.000     ', '     0.000      ', '     -0.001     ', '   100000.000   ', '     2.500      ']
# expect: '*<14' ['1234567.891***', '-0.000123*****', '0*************', '-0.001********', '1E+5**********', '2.5***********']
# expect: '=+12.1f' ['+  1234567.9', '-        0.0', '+        0.0', '-        0.0', '+   100000.0', '+        2.5']
# expect: 'z.2f' ['1234567.89', '0.00', '0.00', '0.00', '100000.00', '2.50']
# expect: 'n' ['1234567.891', '-0.000123', '0', '-0.001', '1e+5', '2.5']
# expect:     Infinity -NaN7 0.12 0.14 2.67      1.5|-2      |
# expect: 2.67 9
# expect: 'x' ValueError: invalid format string
# expect: '#' ValueError: invalid format string
# expect: ',n' ValueError: invalid format string
# expect: '<08' ValueError: invalid format string
# expect: 0.1000000000000000055511151231257827021181583404541015625 0.5 -0 Infinity 1180591620717411303424 1
# expect: 0.1 -inf -7 -3 3 -2 False True
# expect: True True True -314159 {Decimal('1.0'): 'b'}
# expect: True False True True True True False
# expect: [Decimal('-1'), Fraction(1, 10), 0.2, Decimal('0.3'), 1] 1.10 1.5
# expect: 5/4 -1/2 (3, 1) (3, 4)
# expect: Decimal('2.7625') Decimal('2.75') Decimal('2.072291666666666666666666667') Decimal('1.439545645912857695746548382') Decimal('1.246683099267813127275047838') 2.7625
# expect: Money(9.95) Decimal('19.90') Money(0.25) True True
