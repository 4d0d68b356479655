# bytes and bytearray are split into 4-byte-aligned pieces.
import pprint
data = bytes(range(40))
pprint.pprint(data, width=30)
pprint.pprint([data, b'abcd', b'abcde' * 8], width=30)
pprint.pprint(bytearray(b'hello world, hello bytes ' * 3), width=35)
pprint.pprint({'raw': bytearray(range(20))}, width=25)
# expect: (b'\x00\x01\x02\x03'
# expect:  b'\x04\x05\x06\x07'
# expect:  b'\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:  b'\x10\x11\x12\x13'
# expect:  b'\x14\x15\x16\x17'
# expect:  b'\x18\x19\x1a\x1b'
# expect:  b'\x1c\x1d\x1e\x1f !"#$%&\'')
# expect: [b'\x00\x01\x02\x03'
# expect:  b'\x04\x05\x06\x07'
# expect:  b'\x08\t\n\x0b\x0c\r\x0e\x0f'
# expect:  b'\x10\x11\x12\x13'
# expect:  b'\x14\x15\x16\x17'
# expect:  b'\x18\x19\x1a\x1b'
# expect:  b'\x1c\x1d\x1e\x1f !"#$%&\'',
# expect:  b'abcd',
# expect:  b'abcdeabcdeabcdeabcdeabcd'
# expect:  b'eabcdeabcdeabcde']
# expect: bytearray(b'hello world, hello b'
# expect:           b'ytes hello world, he'
# expect:           b'llo bytes hello worl'
# expect:           b'd, hello bytes ')
# expect: {'raw': bytearray(b'\x00\x01\x02\x03'
# expect:                   b'\x04\x05\x06\x07'
# expect:                   b'\x08\t\n\x0b'
# expect:                   b'\x0c\r\x0e\x0f'
# expect:                   b'\x10\x11\x12\x13')}
