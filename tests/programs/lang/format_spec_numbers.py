# Format specs for ints and floats.
print(format(42, "5d"), format(42, "<5d"), format(42, "^5d"), format(-42, "05d"), format(42, "+d"), format(42, " d"))
# expect:    42 42     42   -0042 +42  42
print(format(255, "x"), format(255, "#X"), format(8, "#o"), format(5, "b"), format(5, "#010b"))
# expect: ff 0XFF 0o10 101 0b00000101
print(format(1234567, ","), format(1234567, "_"), format(255, "_x"), format(1234.5678, ",.2f"))
# expect: 1,234,567 1_234_567 ff 1,234.57
print(format(3.14159, ".2f"), format(3.14159, "10.3f"), format(-3.14159, "<10.1f"), format(0.5, "%"), format(0.256, ".1%"))
# expect: 3.14      3.142 -3.1       50.000000% 25.6%
print(format(12345.678, "e"), format(12345.678, ".2E"), format(0.0001234, "g"), format(1234567.0, "g"), format(1e20, ".3g"))
# expect: 1.234568e+04 1.23E+04 0.0001234 1.23457e+06 1e+20
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1.0, "g"), format(100.0, ""), format(7, "f"), format(7, ".1e"))
# expect: 2 4 1 100.0 7.000000 7.0e+00
print(format(float("inf"), "f"), format(float("nan"), "5"), format(-0.0, ".1f"), format(12, "c") if False else format(65, "c"))
# expect: inf   nan -0.0 A
print(format(1.5, "=+8.2f"), format(42, "*^9"), format(True, "d"), format(True), format(3, ".2f"))
# expect: +   1.50 ***42**** 1 True 3.00
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Unknown format code 'd' for object of type 'float'
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Unknown format code 'd' for object of type 'str'
