# % formatting corner cases: mappings, lists, %c, %a, star widths, floats.
print("%s" % [1, 2], "abc" % [], "%s" % {"k": 1}, "%(k)s" % {"k": 1})
# expect: [1, 2] abc {'k': 1} 1
print("%c|%c|%5c|" % (9731, "x", "y"), "%a" % "é", "%r" % [1, "a"])
# expect: ☃|x|    y| '\xe9' [1, 'a']
print("%.2e %G %g %g %g" % (1234.5, 1e-10, 1e16, 123456789, 0.00001))
# expect: 1.23e+03 1E-10 1e+16 1.23457e+08 1e-05
print("%#o %#x %#X %+.3d %.3d" % (8, 255, 255, 5, -7), "%i%%" % 50)
# expect: 0o10 0xff 0XFF +005 -007 50%
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159), "%-8.3f|" % -1.5, "%08.3f" % -1.5)
# expect:    42|7   |3.14 -1.500  | -001.500
print("% d % d %+d" % (5, -5, 0), "%x" % -255, "%o" % 0, "%5.1s|" % "abc")
# expect:  5 -5 +0 -ff 0     a|
print("%d %s" % (True, False), "%.0f %.0f" % (0.5, 1.5), "%e" % 0, "%f" % 10 ** 20)
# expect: 1 False 0 2 0.000000e+00 100000000000000000000.000000
for bad in [("%d", "x"), ("%x", 1.5), ("%c", "ab"), ("%(a)s", (1,)), ("%z", 1), ("%", ())]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: %d format: a real number is required, not str
# expect: TypeError: %x format: an integer is required, not float
# expect: TypeError: %c requires int or char
# expect: TypeError: format requires a mapping
# expect: ValueError: unsupported format character 'z' (0x7a) at index 1
# expect: ValueError: incomplete format
