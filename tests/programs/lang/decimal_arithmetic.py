# Decimal arithmetic: money sums and tax rounding, division, // and % (truncating), powers, roots, logs, context precision, all rounding modes, quantize/round, str/repr and the small methods.
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_UP, ROUND_05UP, ROUND_HALF_EVEN

# An invoice: exact cents, tax rounded half-up to the cent.
items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("4.05"), 7), ("gizmo", Decimal("0.10"), 12)]
subtotal = sum(price * qty for _, price, qty in items)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, repr(subtotal + tax))
print(sum([Decimal("0.1")] * 10) == 1, sum([0.1] * 10) == 1, Decimal("1.10") + Decimal("2.20"), Decimal("1.30") * 3)
# Compound interest, monthly, kept to the cent.
balance = Decimal("1000.00")
for month in range(12):
    balance = (balance * (1 + Decimal("0.05") / 12)).quantize(Decimal("0.01"))
print(balance, Decimal(1000) * (1 + Decimal("0.05")) ** 10)
# Division, integer division and remainder (truncating, sign of the dividend).
print(Decimal(1) / 3, Decimal(2) / 3, Decimal(1) / 8, Decimal("1.0") / 4, Decimal(100) / Decimal("0.25"))
print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(-7) % 2, Decimal("7.5") % 2, divmod(Decimal(-7), 2), 7 // Decimal(-2), 7 % Decimal(-2))
print(Decimal("12.345") % Decimal("0.1"), Decimal(10).remainder_near(6), Decimal("1E+2") // 1)
# Powers, roots, logarithms, correctly rounded at 28 digits.
print(Decimal(2) ** 100, Decimal(2) ** -2, Decimal("1.5") ** 3, Decimal(10) ** Decimal("0.5"), 2 ** Decimal("0.5"), pow(Decimal(3), 4, 5))
print(Decimal(2).sqrt(), Decimal("0.0100").sqrt(), Decimal(1).exp(), Decimal(10).ln(), Decimal(2).log10(), Decimal(1000).log10())
# Mixed with ints; precision and rounding from the context.
print(Decimal("2.5") + 1, 3 - Decimal("0.5"), -Decimal("0"), +Decimal("-0"), abs(Decimal("-3.20")), Decimal(1) - Decimal("1.00"))
with localcontext(prec=5):
    print(Decimal(1) / 7, Decimal("123456789") + 0, Decimal("1.23456") * 1)
for rounding in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    row = [Decimal(v).quantize(Decimal("0.1"), rounding=rounding) for v in ["2.25", "2.35", "-2.25", "2.251", "2.01"]]
    print(rounding, *row)
# round(), quantize, exponent handling, strings.
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("-2.675"), 2), round(Decimal("1234.5"), -2), round(Decimal("0.125"), 2))
print(Decimal("123.456").quantize(Decimal("1E+1")), Decimal("1.20").normalize(), Decimal("-120E+5").normalize(), Decimal("3.7").to_integral_value(), Decimal("-3.5").to_integral_value(ROUND_HALF_UP))
print(Decimal("1E+2"), Decimal("0.000001"), Decimal("0.0000001"), Decimal("1234E-10"), Decimal("-0E+5"), Decimal("1E+4").to_eng_string(), Decimal("123E-12").to_eng_string())
print(repr(Decimal("1.10")), repr(Decimal(" -3.14_15 ")), repr(Decimal(1.1)), repr(Decimal((1, (3, 1, 4), -2))), repr(Decimal("-Infinity")), repr(Decimal("nan12")), repr(Decimal()))
print(Decimal("3.14").as_tuple(), Decimal("-1.5").as_integer_ratio(), Decimal("12.5").adjusted(), Decimal(5).fma(2, Decimal("0.5")), Decimal("1.5").scaleb(3))
print(Decimal("1.0").max(Decimal("1")), Decimal(-3).min(2), Decimal(3).compare(4), Decimal(-5).copy_abs(), Decimal(5).copy_sign(-1), Decimal("NaN").is_nan(), Decimal("-0").is_signed(), Decimal("0.00").is_zero())
# expect: 89.52 7.39 96.91 Decimal('96.91')
# expect: True False 3.30 3.90
# expect: 1051.16 1628.89462677744140625000
# expect: 0.3333333333333333333333333333 0.6666666666666666666666666667 0.125 0.25 4E+2
# expect: 3 -3 -1 1.5 (Decimal('-3'), Decimal('-1')) -3 1
# expect: 0.045 -2 100
# expect: 1.267650600228229401496703205E+30 0.25 3.375 3.162277660168379331998893544 1.414213562373095048801688724 1
# expect: 1.414213562373095048801688724 0.10 2.718281828459045235360287471 2.302585092994045684017991455 0.3010299956639811952137388947 3
# expect: 3.5 2.5 0 0 3.20 0.00
# expect: 0.14286 1.2346E+8 1.2346
# expect: ROUND_UP 2.3 2.4 -2.3 2.3 2.1
# expect: ROUND_DOWN 2.2 2.3 -2.2 2.2 2.0
# expect: ROUND_CEILING 2.3 2.4 -2.2 2.3 2.1
# expect: ROUND_FLOOR 2.2 2.3 -2.3 2.2 2.0
# expect: ROUND_HALF_UP 2.3 2.4 -2.3 2.3 2.0
# expect: ROUND_HALF_DOWN 2.2 2.3 -2.2 2.3 2.0
# expect: ROUND_HALF_EVEN 2.2 2.4 -2.2 2.3 2.0
# expect: ROUND_05UP 2.2 2.3 -2.2 2.2 2.1
# expect: 2 4 -2.68 1.2E+3 0.12
# expect: 1.2E+2 1.2 -1.2E+7 4 -4
# expect: 1E+2 0.000001 1E-7 1.234E-7 -0E+5 10E+3 123E-12
# expect: Decimal('1.10') Decimal('-3.1415') Decimal('1.100000000000000088817841970012523233890533447265625') Decimal('-3.14') Decimal('-Infinity') Decimal('NaN12') Decimal('0')
# expect: DecimalTuple(sign=0, digits=(3, 1, 4), exponent=-2) (-3, 2) 1 10.5 1.5E+3
# expect: 1 -3 -1 5 -5 True True True
