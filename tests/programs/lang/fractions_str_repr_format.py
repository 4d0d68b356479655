# str and repr of Fractions (a subclass's repr names it); format() takes only the empty spec in 3.11.
from fractions import Fraction

class Ratio(Fraction):
    pass

print(str(Fraction(3, 4)), repr(Fraction(3, 4)), str(Fraction(5)), repr(Fraction(-5)), repr(Ratio(2, 4)), str(Ratio(2, 4)))
print("%s %r" % (Fraction(1, 2), Fraction(1, 2)), f"{Fraction(1, 2)!r:>20}|{Fraction(3, 4)!s:<6}|{Fraction(5)}|", format(Fraction(7, 3), ""))
print([Fraction(1, 2), Fraction(2)], {"k": Fraction(-1, 3)})
for spec in [".2f", ">10", "e"]:
    try:
        format(Fraction(1, 3), spec)
    except TypeError as e:
        print(repr(spec), "TypeError:", e)
# expect: 3/4 Fraction(3, 4) 5 Fraction(-5, 1) Ratio(1, 2) 1/2
# expect: 1/2 Fraction(1, 2)       Fraction(1, 2)|3/4   |5| 7/3
# expect: [Fraction(1, 2), Fraction(2, 1)] {'k': Fraction(-1, 3)}
# expect: '.2f' TypeError: unsupported format string passed to Fraction.__format__
# expect: '>10' TypeError: unsupported format string passed to Fraction.__format__
# expect: 'e' TypeError: unsupported format string passed to Fraction.__format__
