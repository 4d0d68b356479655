# splitlines takes at most one int-like keepends, for str, bytes and bytearray.
for a in [(None,), ("a",), (1, 2, 3), (2,), (True,)]:
    for s in ("a\nb", b"a\nb", bytearray(b"a\nb")):
        try:
            print(s.splitlines(*a))
        except TypeError as e:
            print("TypeError:", e)
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: TypeError: 'NoneType' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: 'str' object cannot be interpreted as an integer
# expect: TypeError: splitlines() takes at most 1 argument (3 given)
# expect: TypeError: splitlines() takes at most 1 argument (3 given)
# expect: TypeError: splitlines() takes at most 1 argument (3 given)
# expect: ['a\n', 'b']
# expect: [b'a\n', b'b']
# expect: [bytearray(b'a\n'), bytearray(b'b')]
# expect: ['a\n', 'b']
# expect: [b'a\n', b'b']
# expect: [bytearray(b'a\n'), bytearray(b'b')]
