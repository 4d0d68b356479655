# float() from strings and ints, and its errors.
print(float("3.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
# expect: 3.5 -2.0 1000.0 inf -inf nan
print(float(7), float(True), float("1_000.5"), float(".5"), float("5."), float("  1E-2 "))
# expect: 7.0 1.0 1000.5 0.5 5.0 0.01
print(float(2 ** 80), float())
# expect: 1.2089258196146292e+24 0.0
for bad in ["", "abc", "1.2.3", "1__0", "0x10", "in f"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: could not convert string to float: ''
# expect: ValueError: could not convert string to float: 'abc'
# expect: ValueError: could not convert string to float: '1.2.3'
# expect: ValueError: could not convert string to float: '1__0'
# expect: ValueError: could not convert string to float: '0x10'
# expect: ValueError: could not convert string to float: 'in f'
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: float() argument must be a string or a real number, not 'NoneType'
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
# expect: OverflowError: int too large to convert to float
