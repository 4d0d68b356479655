# int() from strings, floats and bools, with base handling.
print(int("42"), int(" -17 "), int("+5"), int("1_000"), int(3.99), int(-3.99), int(True))
# expect: 42 -17 5 1000 3 -3 1
print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("10", 2))
# expect: 255 255 5 15 35 2
print(int("  12\n"), int(1e20), int("٣"))
# expect: 12 100000000000000000000 3
for bad in ["", "abc", "1.5", "1__0", "_1", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: invalid literal for int() with base 10: ''
# expect: ValueError: invalid literal for int() with base 10: 'abc'
# expect: ValueError: invalid literal for int() with base 10: '1.5'
# expect: ValueError: invalid literal for int() with base 10: '1__0'
# expect: ValueError: invalid literal for int() with base 10: '_1'
# expect: ValueError: invalid literal for int() with base 10: '0x10'
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: int() base must be >= 2 and <= 36, or 0
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: int() can't convert non-string with explicit base
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: cannot convert float infinity to integer
