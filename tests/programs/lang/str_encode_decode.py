# str.encode and bytes.decode for utf-8, ascii and latin-1, with the error
# handlers, UnicodeDecodeError/UnicodeEncodeError messages and attributes,
# and str(b, encoding).
text = 'aé€😀'
print(text.encode(), text.encode('utf-8'), text.encode('UTF8'), 'ab'.encode('ascii'), 'é'.encode('Latin-1'))
# expect: b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80' b'ab' b'\xe9'
print(text.encode().decode(), text.encode().decode('utf-8') == text, b'\xe9t\xe9'.decode('latin1'), b'\xff'.decode('iso-8859-1'))
# expect: aé€😀 True été ÿ
print(text.encode('ascii', 'replace'), text.encode('ascii', 'ignore'), text.encode('latin-1', 'replace'))
# expect: b'a???' b'a' b'a\xe9??'
print(text.encode('ascii', 'backslashreplace'), text.encode('ascii', 'xmlcharrefreplace'))
# expect: b'a\\xe9\\u20ac\\U0001f600' b'a&#233;&#8364;&#128512;'
bad = b'a\xffb\xe2\x82c\xe2\x82'
print(ascii(bad.decode('utf-8', 'replace')), bad.decode('utf-8', 'ignore'), bad.decode('utf-8', 'backslashreplace'))
# expect: 'a\ufffdb\ufffdc\ufffd' abc a\xffb\xe2\x82c\xe2\x82
print(ascii(b'\xffa\xfe'.decode('ascii', 'replace')), b'\xffa\xfe'.decode('ascii', 'ignore'), b'\xffa'.decode('ascii', 'backslashreplace'))
# expect: '\ufffda\ufffd' a \xffa
def check(f):
    try:
        r = f()
        print('ok', repr(r))
    except (UnicodeError, LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for data in [b'\xff', b'a\xffb', b'\xe2\x82', b'\xe2\x82a', b'\xe2a', b'\xf0\x80', b'\xed\xa0\x80', b'\xc0\x80', b'\xf4\x90\x80\x80', b'ok\xf0\x9f\x98']:
    check(lambda: data.decode())
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf0 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte
# expect: UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 2-4: unexpected end of data
check(lambda: b'a\xffb\xfe'.decode('ascii'))
# expect: UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 1: ordinal not in range(128)
check(lambda: 'aé€x'.encode('ascii'))
# expect: UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)
check(lambda: 'ab€'.encode('latin-1'))
# expect: UnicodeEncodeError: 'latin-1' codec can't encode character '\u20ac' in position 2: ordinal not in range(256)
check(lambda: 'a😀'.encode('ascii'))
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\U0001f600' in position 1: ordinal not in range(128)
check(lambda: 'a\u20ac'.encode('ascii'))
# expect: UnicodeEncodeError: 'ascii' codec can't encode character '\u20ac' in position 1: ordinal not in range(128)
check(lambda: 'x'.encode('foo'))
# expect: LookupError: unknown encoding: foo
check(lambda: b'x'.decode('bar'))
# expect: LookupError: unknown encoding: bar
check(lambda: 'é'.encode('ascii', 'bogus'))
# expect: LookupError: unknown error handler name 'bogus'
check(lambda: 'e'.encode('ascii', 'bogus'))
# expect: ok b'e'
check(lambda: b'\xff'.decode('ascii', 'xmlcharrefreplace'))
# expect: TypeError: don't know how to handle UnicodeDecodeError in error callback
check(lambda: 'x'.encode(1))
# expect: TypeError: encode() argument 'encoding' must be str, not int
try:
    b'ab\xc3('.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
# expect: utf-8 b'ab\xc3(' 2 3 invalid continuation byte
# expect: ('utf-8', b'ab\xc3(', 2, 3, 'invalid continuation byte')
# expect: True True
try:
    'ab\xe9\xe9c'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
# expect: ascii abééc 2 4 ordinal not in range(128)
print(str(b'abc', 'utf-8'), str(b'\xe9', 'latin-1'), str(bytearray(b'xy'), 'ascii'), str(b'a\xff', errors='replace') == 'a\ufffd')
# expect: abc é xy True
print(str(b'abc'), str(encoding='utf-8') == '')
# expect: b'abc' True
check(lambda: str('a', 'utf-8'))
# expect: TypeError: decoding str is not supported
check(lambda: str(1, 'utf-8'))
# expect: TypeError: decoding to str: need a bytes-like object, int found
b'caf\xc3'.decode()
# expect error: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xc3 in position 3: unexpected end of data
