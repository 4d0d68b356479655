# int() of decimal text: the short-text fast path and the general parser agree on signs, whitespace, leading zeros, underscores, Unicode digits and errors.
for t in ["0", "-0", "+5", " 12 ", "\t-7\n", "007", "123456789012345678", "-999999999999999999", "1234567890123456789", "1_000", "", " ", "-", "+-1", "1 2", "١٢", "0x10", "12a", "\x0c3\x0b"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), e)
# expect: '0' 0
# expect: '-0' 0
# expect: '+5' 5
# expect: ' 12 ' 12
# expect: '\t-7\n' -7
# expect: '007' 7
# expect: '123456789012345678' 123456789012345678
# expect: '-999999999999999999' -999999999999999999
# expect: '1234567890123456789' 1234567890123456789
# expect: '1_000' 1000
# expect: '' invalid literal for int() with base 10: ''
# expect: ' ' invalid literal for int() with base 10: ' '
# expect: '-' invalid literal for int() with base 10: '-'
# expect: '+-1' invalid literal for int() with base 10: '+-1'
# expect: '1 2' invalid literal for int() with base 10: '1 2'
# expect: '١٢' 12
# expect: '0x10' invalid literal for int() with base 10: '0x10'
# expect: '12a' invalid literal for int() with base 10: '12a'
# expect: '\x0c3\x0b' 3
