# ** with negative bases and exponents.
print(2 ** -1, 2 ** -2, (-2) ** 3, (-2) ** -3)
# expect: 0.5 0.25 -8 -0.125
print(-2 ** 2, (-2) ** 2)
# expect: -4 4
print(10 ** -3, 0 ** 0, 0.0 ** 0)
# expect: 0.001 1 1.0
print(2.0 ** 0.5, 4 ** 0.5, (-8) ** 2)
# expect: 1.4142135623730951 2.0 64
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7))
# expect: 1024 0.5 1 1
print(2 ** 3 ** 2)
# expect: 512
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: 0.0 cannot be raised to a negative power
