# Floats print with the shortest repr that round-trips.
print(0.1, 1.0, -0.0, 1e16, 1e15, 123456789012345678.0)
# expect: 0.1 1.0 -0.0 1e+16 1000000000000000.0 1.2345678901234568e+17
print(1e-4, 1e-5, 0.0001234, 1.5e300 * 1e10, -1e400)
# expect: 0.0001 1e-05 0.0001234 inf -inf
print(float("nan"), float("inf"), float("-inf"))
# expect: nan inf -inf
print(2.5, 100.0, 3.14159, 1 / 7)
# expect: 2.5 100.0 3.14159 0.14285714285714285
print(repr(0.3), str(0.3), [0.1, 2.0])
# expect: 0.3 0.3 [0.1, 2.0]
print(1e22, 1e21, 1.7976931348623157e308, 5e-324)
# expect: 1e+22 1e+21 1.7976931348623157e+308 5e-324
print(float(10 ** 20), 12345.678e3)
# expect: 1e+20 12345678.0
