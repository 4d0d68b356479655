# printf-style % formatting.
print("%d items" % 5, "%s and %s" % ("a", "b"), "%r" % "q", "%5.2f|" % 3.14159)
# expect: 5 items a and b 'q'  3.14|
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.00001))
# expect: ff FF 10 1.234568e+04 1e-05
print("%-6s|%06d|%+d|% d" % ("ab", 42, 7, 7), "%%", "%c%c" % (72, "i"))
# expect: ab    |000042|+7| 7 %% Hi
print("%(name)s is %(age)d" % {"name": "Bo", "age": 9}, "%s" % [1, 2], "%s" % (1,))
# expect: Bo is 9 [1, 2] 1
print("%.3s|%*d|%-*d|" % ("abcdef", 5, 1, 4, 2), "%i" % 3.9, "%#x %#o" % (255, 8))
# expect: abc|    1|2   | 3 0xff 0o10
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: %d format: a real number is required, not str
try:
    "%s %s" % (1,)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: not enough arguments for format string
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: not all arguments converted during string formatting
