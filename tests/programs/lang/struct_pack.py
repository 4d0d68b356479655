# struct packs and unpacks ints, floats (half, single, double), bytes and bools in native and standard layouts, with Struct, pack_into, unpack_from, iter_unpack and CPython's errors
import struct

header = struct.Struct(">HHI")
print(header.size, header.format, repr(header).startswith("<_struct.Struct object at "))
packet = header.pack(1, 2, 3000000000) + b"payload"
print(packet)
kind, flags, length = header.unpack_from(packet)
print(kind, flags, length, packet[header.size:])
print(struct.pack("<hHiIqQ", -2, 65535, -5, 4000000000, -(2**63), 2**64 - 1))
print(struct.unpack("<hHiIqQ", struct.pack("<hHiIqQ", -2, 65535, -5, 4000000000, -(2**63), 2**64 - 1)))
print(struct.pack("!d", 3.141592653589793), struct.unpack("!d", struct.pack("!d", 3.141592653589793)))
print(struct.pack("<f", 0.1), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack(">f", b"\x7f\x80\x00\x00"))
for x in [0.0, -0.0, 1.0, 65504.0, 6.1e-05, 5.96e-08, 1e-9, 0.333, float("inf"), 2.5e-06]:
    b = struct.pack("<e", x)
    print(x, b, struct.unpack("<e", b))
print(struct.pack("@bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("@ib"), struct.calcsize("@b0i"))
print(struct.pack("3sx2s", b"abcdef", b"z"), struct.unpack("3sx2s", b"abc\x00z\x00"))
print(struct.pack("?c", 5, b"q"), struct.unpack("?c", b"\x02r"))
print(list(struct.iter_unpack("<HB", b"\x01\x00\x02\x03\x00\x04")))
buf = bytearray(10)
struct.pack_into("<HI", buf, 2, 7, 0xdeadbeef)
print(buf, struct.unpack_from("<HI", buf, 2), struct.unpack_from("<I", buf, -4))
print(struct.unpack("<I", bytearray(b"\x01\x02\x03\x04")), struct.unpack("<i", memoryview(b"\xff\xff\xff\xff")) if False else "")
records = [(1, b"alice", 3.5), (2, b"bob", -1.25)]
rec = struct.Struct("<I8sd")
blob = b"".join(rec.pack(*r) for r in records)
print(len(blob), [(i, name.rstrip(b"\0").decode(), score) for i, name, score in rec.iter_unpack(blob)])
for bad in [lambda: struct.pack("<I", -1), lambda: struct.pack("<h", 1 << 20), lambda: struct.unpack("<I", b"\x00"),
            lambda: struct.pack("<2I", 1), lambda: struct.pack("y", 1), lambda: struct.calcsize("<P"),
            lambda: struct.iter_unpack("<I", b"\x00" * 5), lambda: struct.pack_into("<I", bytearray(2), 0, 1),
            lambda: struct.pack("<i", 1.0), lambda: struct.pack("<d", "1"), lambda: struct.pack("<e", 1e6)]:
    try:
        print(bad())
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
# expect: 8 >HHI True
# expect: b'\x00\x01\x00\x02\xb2\xd0^\x00payload'
# expect: 1 2 3000000000 b'payload'
# expect: b'\xfe\xff\xff\xff\xfb\xff\xff\xff\x00(k\xee\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff'
# expect: (-2, 65535, -5, 4000000000, -9223372036854775808, 18446744073709551615)
# expect: b'@\t!\xfbTD-\x18' (3.141592653589793,)
# expect: b'\xcd\xcc\xcc=' (0.10000000149011612,) (inf,)
# expect: 0.0 b'\x00\x00' (0.0,)
# expect: -0.0 b'\x00\x80' (-0.0,)
# expect: 1.0 b'\x00<' (1.0,)
# expect: 65504.0 b'\xff{' (65504.0,)
# expect: 6.1e-05 b'\xff\x03' (6.097555160522461e-05,)
# expect: 5.96e-08 b'\x01\x00' (5.960464477539063e-08,)
# expect: 1e-09 b'\x00\x00' (0.0,)
# expect: 0.333 b'T5' (0.3330078125,)
# expect: inf b'\x00|' (inf,)
# expect: 2.5e-06 b'*\x00' (2.5033950805664062e-06,)
# expect: b'\x01\x00\x00\x00\x02\x00\x00\x00' 8 5 5 4
# expect: b'abc\x00z\x00' (b'abc', b'z\x00')
# expect: b'\x01q' (True, b'r')
# expect: [(1, 2), (3, 4)]
# expect: bytearray(b'\x00\x00\x07\x00\xef\xbe\xad\xde\x00\x00') (7, 3735928559) (57005,)
# expect: (67305985,) 
# expect: 40 [(1, 'alice', 3.5), (2, 'bob', -1.25)]
# expect: error argument out of range
# expect: error short format requires -32768 <= number <= 32767
# expect: error unpack requires a buffer of 4 bytes
# expect: error pack expected 2 items for packing (got 1)
# expect: error bad char in struct format
# expect: error bad char in struct format
# expect: error iterative unpacking requires a buffer of a multiple of 4 bytes
# expect: error pack_into requires a buffer of at least 4 bytes for packing 4 bytes at offset 0 (actual buffer size is 2)
# expect: error required argument is not an integer
# expect: error required argument is not a float
# expect: OverflowError float too large to pack with e format
