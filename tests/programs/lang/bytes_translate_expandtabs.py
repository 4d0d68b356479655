# bytes.maketrans, translate, expandtabs and istitle (bytes and bytearray).
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"aabbccd".translate(t), b"aabbccd".translate(t, b"d"), b"hello".translate(None, b"l"), bytearray(b"abc").translate(t))
print(b"a\tbc\td\n\tx".expandtabs(), b"a\tb".expandtabs(4), b"a\tb".expandtabs(tabsize=2), bytearray(b"\t").expandtabs(3))
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HELLO".istitle(), b"".istitle(), b"A1 B2".istitle(), bytearray(b"Ab").istitle())
for bad in [lambda: bytes.maketrans(b"ab", b"c"), lambda: b"x".translate(b"short"), lambda: bytes.maketrans(1, 2), lambda: b"x".translate(None, 5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytearray.maketrans(b"a", b"b") == bytes.maketrans(b"a", b"b"))
# expect: 256 b'xyz' b'xxyyzzd' b'xxyyzz' b'heo' bytearray(b'xyz')
# expect: b'a       bc      d\n        x' b'a   b' b'a b' bytearray(b'   ')
# expect: True False False False True True
# expect: ValueError maketrans arguments must have same length
# expect: ValueError translation table must be 256 characters long
# expect: TypeError a bytes-like object is required, not 'int'
# expect: TypeError a bytes-like object is required, not 'int'
# expect: True
