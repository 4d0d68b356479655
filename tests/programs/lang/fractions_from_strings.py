# Fraction from strings: 'n/d', decimals with exponents, signs, whitespace, underscores, Unicode digits, and the ValueError for anything else.
from fractions import Fraction

for s in ["3/4", "-35/4", " -2 ", "+7", "1.5", "3.1415", "-47e-2", "1e-3", "1E3", ".5", "5.", "1.e2",
          "1_000.000_1", "1_0/2_0", "\t\n 12/8 \n", "\u0661\u0662/\u0663", "\xa01/2\u2003", "0.000", "-0", "00012/0004"]:
    print(repr(s), repr(Fraction(s)))
for s in ["", " ", "1/", "/2", "1.5/2", "1/2e3", "- 1", "1__0", "_1", "1_", "abc", "1e", "1e+", "inf", "nan",
          "3 /4", "1/-2", "0x10", "1.2.3", ".", "+.e1", "1/2/3", "\u00b2"]:
    try:
        Fraction(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
# CPython 3.11's pattern takes letters d after the point, then int() refuses them.
for s in ["1.d", "2.De3"]:
    try:
        Fraction(s)
    except ValueError as e:
        print(repr(s), "ValueError:", e)
for s in ["1/0", "-1/0", "0/0", "5/00"]:
    try:
        Fraction(s)
    except ZeroDivisionError as e:
        print(repr(s), "ZeroDivisionError:", e)
# expect: '3/4' Fraction(3, 4)
# expect: '-35/4' Fraction(-35, 4)
# expect: ' -2 ' Fraction(-2, 1)
# expect: '+7' Fraction(7, 1)
# expect: '1.5' Fraction(3, 2)
# expect: '3.1415' Fraction(6283, 2000)
# expect: '-47e-2' Fraction(-47, 100)
# expect: '1e-3' Fraction(1, 1000)
# expect: '1E3' Fraction(1000, 1)
# expect: '.5' Fraction(1, 2)
# expect: '5.' Fraction(5, 1)
# expect: '1.e2' Fraction(100, 1)
# expect: '1_000.000_1' Fraction(10000001, 10000)
# expect: '1_0/2_0' Fraction(1, 2)
# expect: '\t\n 12/8 \n' Fraction(3, 2)
# expect: '١٢/٣' Fraction(4, 1)
# expect: '\xa01/2\u2003' Fraction(1, 2)
# expect: '0.000' Fraction(0, 1)
# expect: '-0' Fraction(0, 1)
# expect: '00012/0004' Fraction(3, 1)
# expect: '' ValueError: Invalid literal for Fraction: ''
# expect: ' ' ValueError: Invalid literal for Fraction: ' '
# expect: '1/' ValueError: Invalid literal for Fraction: '1/'
# expect: '/2' ValueError: Invalid literal for Fraction: '/2'
# expect: '1.5/2' ValueError: Invalid literal for Fraction: '1.5/2'
# expect: '1/2e3' ValueError: Invalid literal for Fraction: '1/2e3'
# expect: '- 1' ValueError: Invalid literal for Fraction: '- 1'
# expect: '1__0' ValueError: Invalid literal for Fraction: '1__0'
# expect: '_1' ValueError: Invalid literal for Fraction: '_1'
# expect: '1_' ValueError: Invalid literal for Fraction: '1_'
# expect: 'abc' ValueError: Invalid literal for Fraction: 'abc'
# expect: '1e' ValueError: Invalid literal for Fraction: '1e'
# expect: '1e+' ValueError: Invalid literal for Fraction: '1e+'
# expect: 'inf' ValueError: Invalid literal for Fraction: 'inf'
# expect: 'nan' ValueError: Invalid literal for Fraction: 'nan'
# expect: '3 /4' ValueError: Invalid literal for Fraction: '3 /4'
# expect: '1/-2' ValueError: Invalid literal for Fraction: '1/-2'
# expect: '0x10' ValueError: Invalid literal for Fraction: '0x10'
# expect: '1.2.3' ValueError: Invalid literal for Fraction: '1.2.3'
# expect: '.' ValueError: Invalid literal for Fraction: '.'
# expect: '+.e1' ValueError: Invalid literal for Fraction: '+.e1'
# expect: '1/2/3' ValueError: Invalid literal for Fraction: '1/2/3'
# expect: '²' ValueError: Invalid literal for Fraction: '²'
# expect: '1.d' ValueError: invalid literal for int() with base 10: 'd'
# expect: '2.De3' ValueError: invalid literal for int() with base 10: 'D'
# expect: '1/0' ZeroDivisionError: Fraction(1, 0)
# expect: '-1/0' ZeroDivisionError: Fraction(-1, 0)
# expect: '0/0' ZeroDivisionError: Fraction(0, 0)
# expect: '5/00' ZeroDivisionError: Fraction(5, 0)
