# bytes literals: every prefix, escapes, adjacent concatenation, and
# CPython's repr quoting rules; str() and f-strings show the repr.
print(b'abc', B"abc", rb'a\n', Rb'\x00', bR'\d', br"q")
# expect: b'abc' b'abc' b'a\\n' b'\\x00' b'\\d' b'q'
print(b'''tri
ple''', b"""x'y""")
# expect: b'tri\nple' b"x'y"
print(b'a' b"b" rb'\c')
# expect: b'ab\\c'
print(b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b'\a\b\f\v', b'\101\0')
# expect: b'\x00\x01\x7f\x80\xff' b'\t\n\r\\' b'\x07\x08\x0c\x0b' b'A\x00'
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'))
# expect: b"it's" b'say "hi"' b'both \' and "'
print(repr(b''), repr(b' ~'), repr(b'\x1f\x20'))
# expect: b'' b' ~' b'\x1f '
x = b'data'
print(str(x), f"{x}", f"{x!r}", f"[{x!s:>3}]", len(repr(x)))
# expect: b'data' b'data' b'data' [b'data'] 7
print(type(b''), type(b'x') is bytes, isinstance(b'x', bytes), isinstance(b'x', bytearray))
# expect: <class 'bytes'> True True False
print([b'a', (b'b',)], {b'k': b'v'})
# expect: [b'a', (b'b',)] {b'k': b'v'}
print(b'\xe2\x82\xac'.decode(), ascii(b'\xff'))
# expect: € b'\xff'
def f():
    return b'const'
print(f() == f(), f())
# expect: True b'const'
print({b'a', b'a', b'b'} == {b'b', b'a'}, b'x' in {b'x', b'y', b'z'})
# expect: True True
