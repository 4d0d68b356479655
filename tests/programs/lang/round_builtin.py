# round() uses banker's rounding and exact decimal semantics.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5))
# expect: 0 2 2 0 -2
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
# expect: 2.67 1.0 0.12 0.38
print(round(3.14159, 3), round(1234.5678, -2), round(-1234.5678, -1))
# expect: 3.142 1200.0 -1230.0
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2))
# expect: 20 20 -20 12300
print(round(7), round(7, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
# expect: 7 7 int float
print(round(1e20), round(0.1 + 0.2, 10), round(5e-324, 400))
# expect: 100000000000000000000 0.3 5e-324
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: cannot convert float infinity to integer
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: cannot convert float NaN to integer
