# Padding, alignment and tab expansion.
print(repr("ab".center(7)), repr("ab".center(7, "*")), repr("abc".center(6)))
# expect: '   ab  ' '***ab**' ' abc  '
print(repr("ab".ljust(5, ".")), repr("ab".rjust(5)), repr("abcdef".ljust(3)))
# expect: 'ab...' '   ab' 'abcdef'
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
# expect: 00042 -0042 +007 abc
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)))
# expect: 'a       b       c' 'ab  c'
print("x" * 3, 3 * "ab", "" * 10, "a" * 0, "a" * -1 == "")
# expect: xxx ababab   True
print("%s|%5s|%-5s|" % ("a", "b", "c"))
# expect: a|    b|c    |
