# UTF-16, UTF-32 (with and without a byte order mark) and UTF-8 with a signature encode and decode as CPython's codecs do, errors included.
for text in ["x", "é", "a\U0001F600b"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF-32LE", "utf_32_be", "utf-8-sig", "U16"]:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
print(b"\xfe\xff\x00a".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32"))
print(repr(b"\xff\xfea\x00".decode("utf-16-le")), b"hi".decode("utf-8-sig"), str(b"\xef\xbb\xbfhi", "utf-8-sig"))
bad = [(b"a\x00b", "utf-16"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16"),
       (b"a\x00\x00\xd8", "utf-16-le"), (b"a\x00\x00", "utf-32"), (b"\x00\x00\x11\x00", "utf-32"),
       (b"\x00\xd8\x00\x00", "utf-32-le"), (b"\xef\xbb\xbf\xff", "utf-8-sig"), (b"\xff\xfea\x00b", "utf-16")]
for data, enc in bad:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, "|", e, "|", e.start, e.end, e.encoding)
    for errors in ["replace", "ignore", "backslashreplace"]:
        print(" ", errors, repr(data.decode(enc, errors)))
# expect: utf-16 b'\xff\xfex\x00' True
# expect: utf-16-le b'x\x00' True
# expect: utf-16-be b'\x00x' True
# expect: utf-32 b'\xff\xfe\x00\x00x\x00\x00\x00' True
# expect: UTF-32LE b'x\x00\x00\x00' True
# expect: utf_32_be b'\x00\x00\x00x' True
# expect: utf-8-sig b'\xef\xbb\xbfx' True
# expect: U16 b'\xff\xfex\x00' True
# expect: utf-16 b'\xff\xfe\xe9\x00' True
# expect: utf-16-le b'\xe9\x00' True
# expect: utf-16-be b'\x00\xe9' True
# expect: utf-32 b'\xff\xfe\x00\x00\xe9\x00\x00\x00' True
# expect: UTF-32LE b'\xe9\x00\x00\x00' True
# expect: utf_32_be b'\x00\x00\x00\xe9' True
# expect: utf-8-sig b'\xef\xbb\xbf\xc3\xa9' True
# expect: U16 b'\xff\xfe\xe9\x00' True
# expect: utf-16 b'\xff\xfea\x00=\xd8\x00\xdeb\x00' True
# expect: utf-16-le b'a\x00=\xd8\x00\xdeb\x00' True
# expect: utf-16-be b'\x00a\xd8=\xde\x00\x00b' True
# expect: utf-32 b'\xff\xfe\x00\x00a\x00\x00\x00\x00\xf6\x01\x00b\x00\x00\x00' True
# expect: UTF-32LE b'a\x00\x00\x00\x00\xf6\x01\x00b\x00\x00\x00' True
# expect: utf_32_be b'\x00\x00\x00a\x00\x01\xf6\x00\x00\x00\x00b' True
# expect: utf-8-sig b'\xef\xbb\xbfa\xf0\x9f\x98\x80b' True
# expect: U16 b'\xff\xfea\x00=\xd8\x00\xdeb\x00' True
# expect: a a
# expect: '\ufeffa' hi hi
# expect: utf-16 | 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data | 2 3 utf-16-le
# expect:   replace 'a�'
# expect:   ignore 'a'
# expect:   backslashreplace 'a\\x62'
# expect: utf-16-le | 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate | 0 2 utf-16-le
# expect:   replace '�a'
# expect:   ignore 'a'
# expect:   backslashreplace '\\x00\\xd8a'
# expect: utf-16 | 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding | 0 2 utf-16-le
# expect:   replace '�a'
# expect:   ignore 'a'
# expect:   backslashreplace '\\x00\\xdca'
# expect: utf-16-le | 'utf-16-le' codec can't decode bytes in position 2-3: unexpected end of data | 2 4 utf-16-le
# expect:   replace 'a�'
# expect:   ignore 'a'
# expect:   backslashreplace 'a\\x00\\xd8'
# expect: utf-32 | 'utf-32-le' codec can't decode bytes in position 0-2: truncated data | 0 3 utf-32-le
# expect:   replace '�'
# expect:   ignore ''
# expect:   backslashreplace '\\x61\\x00\\x00'
# expect: utf-32 | 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000) | 0 4 utf-32-le
# expect:   replace '�'
# expect:   ignore ''
# expect:   backslashreplace '\\x00\\x00\\x11\\x00'
# expect: utf-32-le | 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000) | 0 4 utf-32-le
# expect:   replace '�'
# expect:   ignore ''
# expect:   backslashreplace '\\x00\\xd8\\x00\\x00'
# expect: utf-8-sig | 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte | 0 1 utf-8
# expect:   replace '�'
# expect:   ignore ''
# expect:   backslashreplace '\\xff'
# expect: utf-16 | 'utf-16-le' codec can't decode byte 0x62 in position 4: truncated data | 4 5 utf-16-le
# expect:   replace 'a�'
# expect:   ignore 'a'
# expect:   backslashreplace 'a\\x62'
