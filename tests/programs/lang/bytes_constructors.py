# bytes() and bytearray() constructors, conversions between them, fromhex.
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes((True, 255)))
# expect: b'' b'\x00\x00\x00' b'ABC' b'\x00\x01\x02' b'\x01\xff'
print(bytes(x * 2 for x in range(4)), bytes(b'copy'), bytes(bytearray(b'ba')))
# expect: b'\x00\x02\x04\x06' b'copy' b'ba'
print(bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'latin-1'))
# expect: b'h\xc3\xa9llo' b'abc' b'\xe9'
print(bytes(source=[1, 2]), bytes('ab', 'ascii', 'strict'))
# expect: b'\x01\x02' b'ab'
print(bytearray(), bytearray(2), bytearray([1, 2]), bytearray(b'xy'), bytearray('é', 'utf-8'))
# expect: bytearray(b'') bytearray(b'\x00\x00') bytearray(b'\x01\x02') bytearray(b'xy') bytearray(b'\xc3\xa9')
b = bytearray(b'shared')
c = bytearray(b)
c[0] = 83
print(b, c, bytes(c), b is c)
# expect: bytearray(b'shared') bytearray(b'Shared') b'Shared' False
print(bytes.fromhex('00ff 10'), bytes.fromhex(' 0a0B '), bytearray.fromhex('6869'), bytes.fromhex(''))
# expect: b'\x00\xff\x10' b'\n\x0b' bytearray(b'hi') b''
class WithBytes:
    def __bytes__(self):
        return b'custom'
print(bytes(WithBytes()))
# expect: b'custom'
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx(), 3]))
# expect: b'\x00\x00' b'\x02\x03'
for args in [('abc',), (1.5,), (-1,), ([256],), ([-1],), (['a'],), (b'x', 'utf-8'), (3, 'ascii'), ('x', 'nope')]:
    try:
        bytes(*args)
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
# expect: TypeError string argument without an encoding
# expect: TypeError cannot convert 'float' object to bytes
# expect: ValueError negative count
# expect: ValueError bytes must be in range(0, 256)
# expect: ValueError bytes must be in range(0, 256)
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError encoding without a string argument
# expect: TypeError encoding without a string argument
# expect: LookupError unknown encoding: nope
for args in [(1.5,), ([300],), ('s',), (-2,)]:
    try:
        bytearray(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError cannot convert 'float' object to bytearray
# expect: ValueError byte must be in range(0, 256)
# expect: TypeError string argument without an encoding
# expect: ValueError negative count
for text in ['zz', 'a', '0 a', '0\n0', '123']:
    try:
        bytes.fromhex(text)
    except ValueError as e:
        print(e)
# expect: non-hexadecimal number found in fromhex() arg at position 0
# expect: non-hexadecimal number found in fromhex() arg at position 1
# expect: non-hexadecimal number found in fromhex() arg at position 1
# expect: non-hexadecimal number found in fromhex() arg at position 1
# expect: non-hexadecimal number found in fromhex() arg at position 3
try:
    bytes.fromhex(b'00')
except TypeError as e:
    print(e)
# expect: fromhex() argument must be str, not bytes
try:
    bytes(encoding='utf-8')
except TypeError as e:
    print(e)
# expect: encoding without a string argument
