# Case and classification methods of str.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), "hELLO wORLD".capitalize())
# expect: HELLO, WORLD hello, world hELLO, wORLD Hello, World Hello world
print("straße".upper(), "ǅ".lower(), "İ".lower() == "i̇", "ß".casefold())
# expect: STRASSE ǆ True ss
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "  ".isspace(), "".isspace())
# expect: True True True True False
print("Title Case".istitle(), "UP".isupper(), "low".islower(), "x1".isidentifier(), "1x".isidentifier())
# expect: True True True True False
print("½".isnumeric(), "½".isdigit(), "٣".isdecimal(), "abc".isascii(), "é".isascii())
# expect: True False True True False
print("hello world foo".title(), "they're".title())
# expect: Hello World Foo They'Re
