# int.to_bytes / int.from_bytes and float.hex / float.fromhex: defaults,
# byte orders, signs, rounding of long hex strings, subnormals, errors.
for n, args, kw in [(255, (2, "big"), {}), (255, (2, "little"), {}), (1, (), {}), (0, (0, "big"), {}), (-1, (2, "big"), {"signed": True}),
                    (-129, (2, "little"), {"signed": True}), (127, (1, "big"), {"signed": True}), (2**64, (9, "big"), {}), (1024, (), {"length": 2, "byteorder": "little"})]:
    print(n, n.to_bytes(*args, **kw))
for n, args, kw in [(256, (1, "big"), {}), (-1, (1, "big"), {}), (128, (1, "big"), {"signed": True}), (1, (2, "middle"), {}), (1, (-1, "big"), {}), (1, (0,), {})]:
    try:
        print(n.to_bytes(*args, **kw))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True),
      int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), byteorder="big", signed=True), int.from_bytes(b""), bool.from_bytes(b"\x01", "big"))
for x in [1.0, 0.5, -2.5, 3.14159, 1e300, 5e-324, 2.2250738585072014e-308, 0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1/3, 123456.789e-200]:
    h = x.hex()
    print(h, float.fromhex(h) == x or x != x)
for s in ["0x1.8p1", "  -0X1P-3 ", "1.0", "ff", "0x.8", "inf", "-Infinity", "nan", "0x1p1024", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1.0000000000001p-1074", "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "0x", "0xg", "1p", "0x1p+-2", "0x1.p0", "0x.p0"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
# expect: 255 b'\x00\xff'
# expect: 255 b'\xff\x00'
# expect: 1 b'\x01'
# expect: 0 b''
# expect: -1 b'\xff\xff'
# expect: -129 b'\x7f\xff'
# expect: 127 b'\x7f'
# expect: 18446744073709551616 b'\x01\x00\x00\x00\x00\x00\x00\x00\x00'
# expect: 1024 b'\x00\x04'
# expect: OverflowError int too big to convert
# expect: OverflowError can't convert negative int to unsigned
# expect: OverflowError int too big to convert
# expect: ValueError byteorder must be either 'little' or 'big'
# expect: ValueError length argument must be non-negative
# expect: OverflowError int too big to convert
# expect: 256 1 -1 66051 -128 0 True
# expect: 0x1.0000000000000p+0 True
# expect: 0x1.0000000000000p-1 True
# expect: -0x1.4000000000000p+1 True
# expect: 0x1.921f9f01b866ep+1 True
# expect: 0x1.7e43c8800759cp+996 True
# expect: 0x0.0000000000001p-1022 True
# expect: 0x1.0000000000000p-1022 True
# expect: 0x0.0p+0 True
# expect: -0x0.0p+0 True
# expect: inf True
# expect: -inf True
# expect: nan True
# expect: 0x1.5555555555555p-2 True
# expect: 0x1.71241020f794fp-648 True
# expect: '0x1.8p1' 3.0
# expect: '  -0X1P-3 ' -0.125
# expect: '1.0' 1.0
# expect: 'ff' 255.0
# expect: '0x.8' 0.5
# expect: 'inf' inf
# expect: '-Infinity' -inf
# expect: 'nan' nan
# expect: '0x1p1024' OverflowError hexadecimal value too large to represent as a float
# expect: '0x1.fffffffffffff8p1023' OverflowError hexadecimal value too large to represent as a float
# expect: '0x1p-1075' 0.0
# expect: '0x1.0000000000001p-1074' 5e-324
# expect: '0x3p-1076' 5e-324
# expect: '0x1.00000000000008p0' 1.0
# expect: '0x1.00000000000018p0' 1.0000000000000004
# expect: '0x' ValueError invalid hexadecimal floating-point string
# expect: '0xg' ValueError invalid hexadecimal floating-point string
# expect: '1p' ValueError invalid hexadecimal floating-point string
# expect: '0x1p+-2' ValueError invalid hexadecimal floating-point string
# expect: '0x1.p0' 1.0
# expect: '0x.p0' ValueError invalid hexadecimal floating-point string
