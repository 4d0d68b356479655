# True division always yields a float; ints and floats mix.
print(7 / 2, 6 / 3, -7 / 2, 1 / 3)
# expect: 3.5 2.0 -3.5 0.3333333333333333
print(2 ** 70 / 2 ** 68)
# expect: 4.0
print(1 + 2.5, 3 * 0.1, 0.1 + 0.2, 10 - 0.5)
# expect: 3.5 0.30000000000000004 0.30000000000000004 9.5
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
# expect: 3.0 -4.0 1.5 0.5 -0.5
print(divmod(7.5, 2), divmod(-1.0, 3))
# expect: (3.0, 1.5) (-1.0, 2.0)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: division by zero
try:
    print(1.0 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: float floor division by zero
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# expect: ZeroDivisionError: integer modulo by zero
