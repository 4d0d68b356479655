# Floor division and modulo follow the sign of the divisor.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]:
    print(a, b, a // b, a % b, divmod(a, b))
# expect: 7 2 3 1 (3, 1)
# expect: -7 2 -4 1 (-4, 1)
# expect: 7 -2 -4 -1 (-4, -1)
# expect: -7 -2 3 -1 (3, -1)
# expect: 0 3 0 0 (0, 0)
# expect: 6 -3 -2 0 (-2, 0)
print(-1 // 10, -1 % 10)
# expect: -1 9
print(10 ** 20 // -3, 10 ** 20 % -3)
# expect: -33333333333333333334 -2
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
# expect: -14285714285714285715 5
