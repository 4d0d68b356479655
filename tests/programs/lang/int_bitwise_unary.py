# Bitwise operators on negative numbers and unary operators.
print(~5, ~-1, -5 & 3, -5 | 3, -5 ^ 3, 5 >> 1, -5 >> 1, 1 << 10)
# expect: -6 0 3 -5 -8 2 -3 1024
print(+3, -(-3), -True, ~True)
# expect: 3 3 -1 -2
print(0xff, 0o17, 0b1010, 1_000_000, 0x_ff)
# expect: 255 15 10 1000000 255
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
x <<= 4
x |= 1
x ^= 3
x &= 0xfe
x >>= 1
print(x)
# expect: 9
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: negative shift count
