# Format specs for strings and other values.
print(format("hi", "5"), "|" + format("hi", ">5") + "|", format("hi", "*^6"), format("hello", ".3"))
# expect: hi    |   hi| **hi** hel
print("|{:<6}|{:>6}|{:^6}|".format("a", "b", "c"))
# expect: |a     |     b|  c   |
print("|{:-^11.4}|".format("abcdefgh"), format([1, 2]), format(None))
# expect: |---abcd----| [1, 2] None
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: unsupported format string passed to list.__format__
try:
    format("x", "=5")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: '=' alignment not allowed in string format specifier
