# struct's range, type and format errors word themselves as CPython's, which differ between native and standard sizes
import struct
tests = [("b", 200), ("B", -1), ("h", 40000), ("H", -1), ("i", 2**31), ("I", -1), ("l", 2**63), ("L", -1), ("q", 2**63), ("Q", 2**64), ("Q", -1),
         ("<b", 200), ("<B", 256), ("<h", 40000), ("<H", -1), ("<i", 2**31), ("<I", -1), ("<l", 2**31), ("<L", 2**32), ("<q", 2**63), ("<Q", -1), ("<Q", 2**64),
         ("b", 1.5), ("i", "x"), ("f", "x"), ("c", b"ab"), ("c", "a"), ("s", "str"), ("?", []), ("n", 5), ("<n", 5), ("e", 1e10), ("f", 1e300), ("<f", 1e300), ("z", 1), ("3", 1), ("x", 1)]
for fmt, v in tests:
    try:
        print(fmt, repr(struct.pack(fmt, v)))
    except (struct.error, OverflowError, TypeError) as e:
        print(fmt, type(e).__name__, e)
for fmt, data in [("<i", b"\x01\x00"), ("<h", b"\x01\x00\x00")]:
    try:
        print(struct.unpack(fmt, data))
    except struct.error as e:
        print(type(e).__name__, e)
try:
    struct.pack("<ii", 1)
except struct.error as e:
    print(e)
try:
    struct.unpack_from("<i", b"\x00\x00", 1)
except struct.error as e:
    print(e)
print(struct.calcsize("@bhiq"), struct.calcsize("=bhiq"), struct.calcsize("bi3sP"), struct.calcsize("0i"), struct.calcsize("ci"), struct.calcsize("ic"))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("p", b"abc"), struct.pack("4p", b"abcdef"), struct.unpack("4p", b"\x05abc"))
print(struct.pack("<e", 1.5), struct.unpack("<e", b"\x00\x3e"), struct.pack(">d", -0.0), struct.pack("<f", 3.14159), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.pack("?", []), struct.pack("?", "x"), struct.unpack("??", b"\x00\x05"))
# expect: b error byte format requires -128 <= number <= 127
# expect: B error ubyte format requires 0 <= number <= 255
# expect: h error short format requires -32768 <= number <= 32767
# expect: H error ushort format requires 0 <= number <= 65535
# expect: i error 'i' format requires -2147483648 <= number <= 2147483647
# expect: I error argument out of range
# expect: l error argument out of range
# expect: L error argument out of range
# expect: q error argument out of range
# expect: Q error argument out of range
# expect: Q error argument out of range
# expect: <b error byte format requires -128 <= number <= 127
# expect: <B error ubyte format requires 0 <= number <= 255
# expect: <h error short format requires -32768 <= number <= 32767
# expect: <H error ushort format requires 0 <= number <= 65535
# expect: <i error 'i' format requires -2147483648 <= number <= 2147483647
# expect: <I error argument out of range
# expect: <l error 'l' format requires -2147483648 <= number <= 2147483647
# expect: <L error 'L' format requires 0 <= number <= 4294967295
# expect: <q error argument out of range
# expect: <Q error argument out of range
# expect: <Q error argument out of range
# expect: b error required argument is not an integer
# expect: i error required argument is not an integer
# expect: f error required argument is not a float
# expect: c error char format requires a bytes object of length 1
# expect: c error char format requires a bytes object of length 1
# expect: s error argument for 's' must be a bytes object
# expect: ? b'\x00'
# expect: n b'\x05\x00\x00\x00\x00\x00\x00\x00'
# expect: <n error bad char in struct format
# expect: e OverflowError float too large to pack with e format
# expect: f b'\x00\x00\x80\x7f'
# expect: <f OverflowError float too large to pack with f format
# expect: z error bad char in struct format
# expect: 3 error repeat count given without format specifier
# expect: x error pack expected 0 items for packing (got 1)
# expect: error unpack requires a buffer of 4 bytes
# expect: error unpack requires a buffer of 2 bytes
# expect: pack expected 2 items for packing (got 1)
# expect: unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes at offset 1 (actual buffer size is 2)
# expect: 16 15 24 0 8 5
# expect: b'ab\x00\x00\x00' b'ab' b'\x00' b'\x03abc' (b'abc',)
# expect: b'\x00>' (1.5,) b'\x80\x00\x00\x00\x00\x00\x00\x00' b'\xd0\x0fI@' (0.10000000149011612,)
# expect: b'\x00' b'\x01' (False, True)
