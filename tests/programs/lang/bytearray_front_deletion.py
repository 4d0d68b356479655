# A bytearray drops a deleted prefix without moving the rest (as stream
# buffers are consumed); every later read and change sees only what is left.
b = bytearray(b"hello world, this is a buffer")
del b[:6]
print(b, len(b), b[0], b[-1], b[:5], b.find(b"this"), bytes(b))
# expect: bytearray(b'world, this is a buffer') 23 119 114 bytearray(b'world') 7 b'world, this is a buffer'
b.extend(b"!!")
print(b)
# expect: bytearray(b'world, this is a buffer!!')
del b[:3]
b += b"??"
print(b, b.upper(), b == bytearray(b"ld, this is a buffer!!??"))
# expect: bytearray(b'ld, this is a buffer!!??') bytearray(b'LD, THIS IS A BUFFER!!??') True
b[0] = 65
print(b)
# expect: bytearray(b'Ad, this is a buffer!!??')
del b[:100]
print(b, len(b))
# expect: bytearray(b'') 0
b.extend(b"abc")
del b[:1]
b.append(100)
print(b, b.pop(), b)
# expect: bytearray(b'bc') 100 bytearray(b'bc')
del b[:1]; b.insert(0, 120); print(b)
# expect: bytearray(b'xc')
c = bytearray(b"0123456789")
del c[:2]; del c[:2]; print(c, c.hex(), list(c), c.decode(), c.startswith(b"45"))
# expect: bytearray(b'456789') 343536373839 [52, 53, 54, 55, 56, 57] 456789 True
c.extend(c); print(c)
# expect: bytearray(b'456789456789')
del c[:3]; c *= 2; print(c)
# expect: bytearray(b'789456789789456789')
del c[:1]; print(c.replace(b"7", b"X"), c.split(b"5"), c.strip(b"6"))
# expect: bytearray(b'89456X89X89456X89') [bytearray(b'894'), bytearray(b'67897894'), bytearray(b'6789')] bytearray(b'89456789789456789')
