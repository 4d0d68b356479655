# abs, divmod, pow, chr, ord, hex, oct, bin, hash of equal numbers.
print(abs(-5), abs(-2.5), abs(0), abs(-10 ** 20), abs(True))
# expect: 5 2.5 0 100000000000000000000 1
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(2 ** 70, 7))
# expect: (3, 2) (-4, 3) (-4, -3) (168655945816773043346, 2)
print(pow(2, 8), pow(2, 8, 5), pow(2.0, 3), pow(-2, -2), pow(5, -1, 7))
# expect: 256 1 8.0 0.25 3
print(chr(65), chr(8364), chr(128512), ord("A"), ord("€"), ord("\n"))
# expect: A € 😀 65 8364 10
print(hex(255), hex(-255), oct(8), bin(10), bin(-3), hex(2 ** 70), bin(0))
# expect: 0xff -0xff 0o10 0b1010 -0b11 0x400000000000000000 0b0
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(-0.0), hash("a") == hash("a"))
# expect: True True True
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: chr() arg not in range(0x110000)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: ord() expected a character, but string of length 2 found
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: 'float' object cannot be interpreted as an integer
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: bad operand type for abs(): 'str'
