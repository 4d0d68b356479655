# Dividing a Fraction by zero: ZeroDivisionError naming the would-be Fraction, or the int or float message for //, %, divmod and floats.
from fractions import Fraction

cases = ["Fraction(3, 4) / 0", "Fraction(-3, 4) / 0", "Fraction(0) / 0", "5 / Fraction(0)", "Fraction(6, 4) / Fraction(0)",
         "Fraction(3, 4) // 0", "Fraction(3, 4) % 0", "divmod(Fraction(3, 4), 0)", "Fraction(0) ** -1", "Fraction(0) ** -3",
         "Fraction(3, 4) / 0.0", "1.5 / Fraction(0)", "Fraction(5, 0)", "Fraction(Fraction(1, 2), 0)", "Fraction(-12, 0)"]
for source in cases:
    try:
        eval(source)
    except ZeroDivisionError as e:
        print(source, "->", e)
# expect: Fraction(3, 4) / 0 -> Fraction(1, 0)
# expect: Fraction(-3, 4) / 0 -> Fraction(-1, 0)
# expect: Fraction(0) / 0 -> Fraction(0, 0)
# expect: 5 / Fraction(0) -> Fraction(1, 0)
# expect: Fraction(6, 4) / Fraction(0) -> Fraction(1, 0)
# expect: Fraction(3, 4) // 0 -> integer division or modulo by zero
# expect: Fraction(3, 4) % 0 -> integer modulo by zero
# expect: divmod(Fraction(3, 4), 0) -> integer division or modulo by zero
# expect: Fraction(0) ** -1 -> Fraction(1, 0)
# expect: Fraction(0) ** -3 -> Fraction(1, 0)
# expect: Fraction(3, 4) / 0.0 -> float division by zero
# expect: 1.5 / Fraction(0) -> float division by zero
# expect: Fraction(5, 0) -> Fraction(5, 0)
# expect: Fraction(Fraction(1, 2), 0) -> Fraction(1, 0)
# expect: Fraction(-12, 0) -> Fraction(-12, 0)
