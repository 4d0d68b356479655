# A whole program of the kind held-out tests use (numbers), checked against CPython.
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
# expect: 3 -4 -4 3 1 2 -2 -1
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7, 2), divmod(7.5, -2), divmod(-0.0, 1))
# expect: 3.0 -4.0 1.5 0.5 -0.5 (-4, 1) (-4.0, -0.5) (-0.0, 0.0)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
# expect: 2 4 -2 0 2 2.67 1200.0 20 20
print(round(-0.4), round(7, 2), type(round(2.5)), type(round(2.5, 0)), round(2.5, 0))
# expect: 0 7 <class 'int'> <class 'float'> 2.0
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, -0.0, 1.0, 100.0, 1e22, 1.5e300 * 1e10)
# expect: 0.30000000000000004 0.3333333333333333 0.6666666666666666 1e+16 1000000000000000.0 1.2345678901234568e+17 1e-05 0.0001 -0.0 1.0 100.0 1e+22 inf
print(float("inf"), -float("inf"), float("nan"), float("1e500"), float(" 3.5 "), float("-0"), 2 ** 0.5, 10 ** -2)
# expect: inf -inf nan inf 3.5 -0.0 1.4142135623730951 0.01
print(repr(3.0), str(1e100), 5e-324, 1.7976931348623157e308, 0.1 * 3, 4.35 * 100, 3 * 1.1)
# expect: 3.0 1e+100 5e-324 1.7976931348623157e+308 0.30000000000000004 434.99999999999994 3.3000000000000003
print(2 ** 100, -2 ** 100, (-2) ** 101, 3 ** 50 // 7 ** 20, 10 ** 30 % 997, pow(3, 1000, 1009), pow(2, -1, 7))
# expect: 1267650600228229401496703205376 -1267650600228229401496703205376 -2535301200456458802993406410752 8997087 226 404 4
big = 123456789 ** 5
print(big, len(str(big)), big.bit_length(), -big // 10 ** 20, -big % 10 ** 20, big >> 70, -big >> 70, big & 0xFFFF, ~big)
# expect: 28679718602997181072337614380936720482949 41 135 -286797186029971810724 62385619063279517051 24292666574720687481 -24292666574720687482 645 -28679718602997181072337614380936720482950
print(int("  -42 "), int("ff", 16), int("0x1F", 0), int("0b101", 0), int("7_000"), int(3.99), int(-3.99), int(True))
# expect: -42 255 31 5 7000 3 -3 1
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
        # expect: ValueError: invalid literal for int() with base 10: 'abc'
        # expect: ValueError: invalid literal for int() with base 10: '1.5'
        # expect: ValueError: invalid literal for int() with base 10: ''
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: could not convert string to float: 'x1'
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    # expect: ZeroDivisionError: division by zero
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    # expect: ZeroDivisionError: integer division or modulo by zero
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    # expect: ZeroDivisionError: integer modulo by zero
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    # expect: ZeroDivisionError: float division by zero
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
    # expect: ZeroDivisionError: float floor division by zero
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: (34, 'Numerical result out of range')
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: cannot convert float infinity to integer
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: cannot convert float NaN to integer
print(hex(255), hex(-255), oct(8), bin(-5), bin(0), hex(2 ** 70))
# expect: 0xff -0xff 0o10 -0b101 0b0 0x400000000000000000
print(f"{1234567.891:,.2f} {0.000123:.2e} {1e6:g} {123456789:g} {0.5:%} {0.12345:.1%} {42:08b} {-42:+x} {3:>4}|{3:<4}|{3:^5}|")
# expect: 1,234,567.89 1.23e-04 1e+06 1.23457e+08 50.000000% 12.3% 00101010 -2a    3|3   |  3  |
print(f"{3.0:g} {3.5:.0f} {4.5:.0f} {1e-7:g} {1234.5:e} {-0.0:.1f} {float('nan'):>5} {float('inf'):+}")
# expect: 3 4 4 1e-07 1.234500e+03 -0.0   nan +inf
print(format(10, "c") if False else format(65, "c"), format(1.0, ""), format(1e16, ""), format(12, "n"), format(2**64, ","))
# expect: A 1.0 1e+16 12 18,446,744,073,709,551,616
print(abs(-7), abs(-7.5), max(1, 2.0), min(-0.0, 0.0), 1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 == 0.3, 2 ** -1)
# expect: 7 7.5 2.0 -0.0 True True False 0.5
print(True + True, True * 3, -True, True / 2, 5 // True, isinstance(True, int), bool(0.0), bool(-1))
# expect: 2 3 -1 0.5 5 True False True
print(10 / 4, 10 / 5, type(10 / 5).__name__, 2 ** 62 + 2 ** 62, (2 ** 63) * 2, -(2 ** 63) - 1, 9 ** 0.5, (-8) ** (1 / 3) if False else 8 ** (1 / 3))
# expect: 2.5 2.0 float 9223372036854775808 18446744073709551616 -9223372036854775809 3.0 2.0
print(sum([0.1] * 10), sum(range(101)), sum([1, 2], 10), int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"))
# expect: 0.9999999999999999 5050 13 256 b'\x00\x04'
print(7 .bit_length(), (0).bit_length(), (-1).bit_length(), 1_000_000, 0o17, 0xdead_beef, 1e3.is_integer() if hasattr(1.0, "is_integer") else "")
# expect: 3 0 1 1000000 15 3735928559 True
print(float.fromhex("0x1.8p1"), (0.5).as_integer_ratio(), (3.75).hex(), 1.5.is_integer(), (10).__pow__(2))
# expect: 3.0 (1, 2) 0x1.e000000000000p+1 False 100
print(int("1" * 50) * int("9" * 40), (10 ** 50) // 3, -(10 ** 50) // 3, (10 ** 50) / 3, 10 ** 50 / 10 ** 48)
# expect: 111111111111111111111111111111111111111099999999998888888888888888888888888888888888888889 33333333333333333333333333333333333333333333333333 -33333333333333333333333333333333333333333333333334 3.333333333333333e+49 100.0
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: can only concatenate str (not "int") to str
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
try:
    [1] * "2"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: can't multiply sequence by non-int of type 'str'
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: '<' not supported between instances of 'NoneType' and 'int'
try:
    -"x"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: bad operand type for unary -: 'str'
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: object of type 'int' has no len()
five = 5
try:
    five()
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: 'int' object is not callable
try:
    {}["k"] + 1
except KeyError as e:
    print("KeyError:", e)
    # expect: KeyError: 'k'
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'
try:
    10 ** 5000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
    # expect: OverflowError: int too large to convert to float
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", str(e)[:60])
    # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversio
