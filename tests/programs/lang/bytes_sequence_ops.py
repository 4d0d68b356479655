# bytes and bytearray as sequences: len, indexing (ints), slicing, +, *,
# in, comparisons, hashing, iteration and truthiness.
b = b'hello'
print(len(b), b[0], b[-1], b[1:3], b[::-1], b[::2], b[-3:], b[10:], b[:-10])
# expect: 5 104 111 b'el' b'olleh' b'hlo' b'llo' b'' b''
ba = bytearray(b'hello')
print(len(ba), ba[0], ba[-2], ba[1:3], ba[::-2], type(ba[1:]).__name__)
# expect: 5 104 108 bytearray(b'el') bytearray(b'olh') bytearray
print(b + b' world', b + bytearray(b'!'), bytearray(b'a') + b'b', b'ab' * 3, 2 * b'x', b'x' * 0, b'x' * -1)
# expect: b'hello world' b'hello!' bytearray(b'ab') b'ababab' b'xx' b'' b''
print(bytearray(b'ab') * 2, 3 * bytearray(b'-'))
# expect: bytearray(b'abab') bytearray(b'---')
print(104 in b, 0 in b, b'ell' in b, b'' in b, b'xyz' in b, bytearray(b'lo') in b, b'lo' in ba)
# expect: True False True True False True True
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), b'abc' != b'abd', b'abc' == 'abc', b'' == bytearray())
# expect: True True True False True
print(b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', bytearray(b'a') <= b'a', b'\xff' > b'\x00')
# expect: True True True True True
print(sorted([b'b', bytearray(b'c'), b'a', b'']))
# expect: [b'', b'a', b'b', bytearray(b'c')]
print(hash(b'abc') == hash(b'abc'), hash(b'') == 0, hash(b'key') == hash('key'))
# expect: True True True
d = {b'k': 1, 'k': 2}
d[bytes([107])] += 10
print(d)
# expect: {b'k': 11, 'k': 2}
print(list(b'abc'), [x for x in bytearray(b'\x00\xff')], tuple(reversed(b'xyz')))
# expect: [97, 98, 99] [0, 255] (122, 121, 120)
print(bool(b''), bool(b'\x00'), bool(bytearray()), bool(bytearray(1)), not b'')
# expect: False True False True True
print(max(b'hello'), min(b'hello'), sum(b'\x01\x02'), b'hello'.count(b'l'))
# expect: 111 101 3 2
x, y = b'xy'
print(x, y, *b'ab')
# expect: 120 121 97 98
print(ord(b'a'), ord(bytearray(b'\xff')), int(b'42'), int(b' -7 '), int(bytearray(b'ff'), 16))
# expect: 97 255 42 -7 255
for i, v in enumerate(b'ab'):
    print(i, v, chr(v))
# expect: 0 97 a
# expect: 1 98 b
acc = b''
for part in [b'a', b'b', b'c']:
    acc += part
print(acc)
# expect: b'abc'
