# The unicode_escape and raw_unicode_escape codecs: both directions, and CPython's decoding errors with their positions.
print(repr(b'a\\\\u0041 \\u0042 \\x41 \\\\\\u0043'.decode('raw_unicode_escape')))
print(repr('a\xe9\u20ac\U0001F600\\\n\t\'"\x00\x7f'.encode('unicode_escape')))
print(repr('a\xe9\u20ac\U0001F600\\\n'.encode('raw_unicode_escape')))
print(repr(b'\\n\\x41\\101\xe9\\u00e9\\U0001F600\\N{BULLET}\\\\'.decode('unicode_escape')))
print(repr(r"a\nb\u00e9\t\"x\"".encode("latin-1").decode("unicode_escape")))
print(repr(str(b'tab\\there', 'unicode_escape')), repr(b'x'.decode('unicode-escape')))
for data, codec in [(b'ab\\x4', 'unicode_escape'), (b'ab\\', 'unicode_escape'), (b'\\u12', 'raw_unicode_escape'), (b'\xe9\xe9\\u12z', 'unicode_escape'), (b'\\U11111111', 'unicode_escape'), (b'\\N{NOPE}', 'unicode_escape')]:
    try:
        data.decode(codec)
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.encoding)
s = "naïve café ☕ \U0001F600 \\ \n"
for codec in ('unicode_escape', 'raw_unicode_escape'):
    print(s.encode(codec).decode(codec) == s)
# expect: 'a\\\\u0041 B \\x41 \\\\C'
# expect: b'a\\xe9\\u20ac\\U0001f600\\\\\\n\\t\'"\\x00\\x7f'
# expect: b'a\xe9\\u20ac\\U0001f600\\\n'
# expect: '\nAAéé😀•\\'
# expect: 'a\nbé\t"x"'
# expect: 'tab\there' 'x'
# expect: 'unicodeescape' codec can't decode bytes in position 2-4: truncated \xXX escape 2 5 unicodeescape
# expect: 'unicodeescape' codec can't decode byte 0x5c in position 2: \ at end of string 2 3 unicodeescape
# expect: 'rawunicodeescape' codec can't decode bytes in position 0-3: truncated \uXXXX escape 0 4 rawunicodeescape
# expect: 'unicodeescape' codec can't decode bytes in position 2-5: truncated \uXXXX escape 2 6 unicodeescape
# expect: 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character 0 10 unicodeescape
# expect: 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name 0 8 unicodeescape
# expect: True
# expect: True
