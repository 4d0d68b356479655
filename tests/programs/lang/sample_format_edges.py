# A whole program of the kind held-out tests use (format_edges), checked against CPython.
x, name, items = 42, "Ada", [1, "two", 3.0, None, True]
print(f"{x=}", f"{name=!s}", f"{x = :>6}", f"{x*2=}", f"{items[1]=}")
# expect: x=42 name=Ada x =     42 x*2=84 items[1]='two'
print(f"{True:>6}|{None!s:^8}|{True:d}|{False + 1:02d}")
# expect:      1|  None  |1|01
print(f"{'a' 'b'}", f'{"quote"!r}', f"{{braces}} {x}", f"{x:{'^'}{x // 6}}", f"{3.14159:{'.'}{2}}")
# expect: ab 'quote' {braces} 42   42    3.1
print(format(True), format(None), format(3, "") , format("s", ""), str(True), repr(None))
# expect: True None 3 s True None
class Plain:
    pass
try:
    format(Plain(), "d")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: unsupported format string passed to Plain.__format__
try:
    f"{'str':d}"
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: Unknown format code 'd' for object of type 'str'
try:
    f"{42:s}"
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: Unknown format code 's' for object of type 'int'
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
    # expect: IndexError: Replacement index 1 out of range for positional args tuple
try:
    "{name}".format(nam=1)
except KeyError as e:
    print("KeyError:", e)
    # expect: KeyError: 'name'
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: %d format: a real number is required, not str
try:
    "%s %s" % ("one",)
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: not enough arguments for format string
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: not all arguments converted during string formatting
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % "x", "%5.1s|" % "abc", "%%", "%-6d|" % -3, "%+.3d" % 7)
# expect: [1, 2] (1, 2) 'x'     a| %% -3    | +007
print([1.0, 2.5, 1e-7, float("inf")], (1,), (), {1: [2.0]}, {"a": None}, [[], {}], {1, 2})
# expect: [1.0, 2.5, 1e-07, inf] (1,) () {1: [2.0]} {'a': None} [[], {}] {1, 2}
l = [1]; l.append(l)
d = {"k": 1}; d["self"] = d
print(l, d)
# expect: [1, [...]] {'k': 1, 'self': {...}}
print(repr(1e16), repr(1.0e-4), repr(123456.789e3), repr(0.1 + 0.7), 1/3 * 3, 2.0 ** 53 + 1, -1e-300 * 1e-300)
# expect: 1e+16 0.0001 123456789.0 0.7999999999999999 1.0 9007199254740992.0 -0.0
print(f"{1e16:.0f}", f"{2**70:e}", f"{0.1:.20f}", f"{1/3:.15g}", f"{123.456:10.2e}|", f"{-1234.5:,.1f}", f"{1234.5:_>12,.2f}")
# expect: 10000000000000000 1.180592e+21 0.10000000000000000555 0.333333333333333   1.23e+02| -1,234.5 ____1,234.50
print(f"{255:#010x}", f"{255:#_b}", f"{-255:#o}", f"{10**20:,}", f"{12.0:=+10.2f}", f"{-12:=8}", f"{12:0=8}")
# expect: 0x000000ff 0b1111_1111 -0o377 100,000,000,000,000,000,000 +    12.00 -     12 00000012
print(f"{'left':<{8}}|{'right':>{8}}|{'mid':^{9}}|", f"{'trunc':.3}", f"{'x':03}", f"{7:x<3}")
# expect: left    |   right|   mid   | tru x00 7xx
print(f"{0.0001:g} {0.00001:g} {1e15:g} {1e16:g} {123456:g} {1234567:g} {0.5:.0%} {2/3:.2g}")
# expect: 0.0001 1e-05 1e+15 1e+16 123456 1.23457e+06 50% 0.67
print(f"{float('-inf'):f} {float('nan'):e} {-0.0:g} {0.0:+} {-0.0:+.2f}")
# expect: -inf nan -0 +0.0 -0.00
print("{:^10.3}".format("abcdef"), "{0!r:>10}".format("hi"), "{:c}{:c}".format(72, 105))
# expect:    abc           'hi' Hi
print(str(12345678901234567890.0), 1e300 * 1e10, -(1e300 * 1e10), 1e-320, 3.0 * 1e-323)
# expect: 1.2345678901234567e+19 inf -inf 1e-320 3e-323
width = 12
for label, value in [("alpha", 1.5), ("beta", -22.25), ("gamma", 1000)]:
    print(f"{label:.<{width}}{value:>10.3f}{value:>+8.0f}")
    # expect: alpha.......     1.500      +2
    # expect: beta........   -22.250     -22
    # expect: gamma.......  1000.000   +1000
print(f"{x!r:>5}", f"{'é'!a}", f"{name!r:^9}")
# expect:    42 '\xe9'   'Ada'  
print(f"{'multi'}" f"{'part'}" "plain" f"{x}")
# expect: multipartplain42
print(f"{3 if x else 4}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}")
# expect: 3 [0, 1, 2] 1 5
print(f"{x:,d}", f"{x:n}", f"{1000000:n}", f"{-5:05}", f"{5.5:05}", f"{True:5}", f"{'a':>{x % 7}}")
# expect: 42 42 1000000 -0005 005.5     1 a
