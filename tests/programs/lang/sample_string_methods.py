# A whole program of the kind held-out tests use (string_methods), checked against CPython.
s = "  Hello, World! Hello again.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")))
# expect: 'Hello, World! Hello again.' 'Hello, World! Hello again.  ' '  Hello, World! Hello again'
print(s.partition("Hello"), s.rpartition("Hello"), "abc".partition("x"), "abc".rpartition("x"))
# expect: ('  ', 'Hello', ', World! Hello again.  ') ('  Hello, World! ', 'Hello', ' again.  ') ('abc', '', '') ('', '', 'abc')
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "  a  b ".split(), "a b c d".rsplit(None, 2))
# expect: ['a', 'b', '', 'c'] ['a,b,', 'c'] ['a', 'b'] ['a b', 'c', 'd']
print("a\tb\tc".expandtabs(), "a\tbb\tccc".expandtabs(4), repr("x\ty".expandtabs(0)))
# expect: a       b       c a   bb  ccc 'xy'
print("42".zfill(5), "-42".zfill(5), "+3".zfill(4), "abc".zfill(2))
# expect: 00042 -0042 +003 abc
print("|" + "hi".center(7, "*") + "|", "|" + "hi".center(6) + "|", "|" + "hi".ljust(5, "-") + "|", "|" + "hi".rjust(5) + "|")
# expect: |***hi**| |  hi  | |hi---| |   hi|
print("Straße".casefold(), "Straße".lower(), "Straße".upper(), "ǅ".swapcase())
# expect: strasse straße STRASSE ǅ
print("line1\nline2\r\nline3\rline4".splitlines(), "a\n\nb\n".splitlines(True))
# expect: ['line1', 'line2', 'line3', 'line4'] ['a\n', '\n', 'b\n']
t = str.maketrans("abc", "xyz", "!")
print("aabbcc!!".translate(t), "hello".translate({ord("l"): None, ord("o"): "0"}))
# expect: xxyyzz he0
print(str.maketrans({"a": "1", "b": None}))
# expect: {97: '1', 98: None}
print("Title case this-string isn't".title(), "hello world".capitalize(), "HeLLo".swapcase())
# expect: Title Case This-String Isn'T Hello world hEllO
print("abcabcabc".count("abc"), "aaaa".count("aa"), "abc".count(""), "abcabc".find("c", 3), "abc".rfind("z"))
# expect: 3 2 4 5 -1
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
    # expect: ValueError: substring not found
print("ab12".isalnum(), "12".isdigit(), "½".isnumeric(), "½".isdigit(), "Hello World".istitle(), "   ".isspace(), "".isspace())
# expect: True True True False True True False
print("x".join(["a", "b", "c"]), ", ".join(map(str, range(5))))
# expect: axbxc 0, 1, 2, 3, 4
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
    # expect: TypeError: sequence item 0: expected str instance, int found
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
# expect: True True True
print("prefix_name".removeprefix("prefix_"), "file.tar.gz".removesuffix(".gz"), "abc".removeprefix("z"))
# expect: name file.tar abc
print("a-b-c".replace("-", "+", 1), "aaa".replace("a", "bb"), "abc".replace("", "|"))
# expect: a+b-c bbbbbb |a|b|c|
print("%s is %d years and %.2f%% done, %5s|%-5s|%05.1f" % ("Bob", 42, 99.5, "r", "l", 3.14159))
# expect: Bob is 42 years and 99.50% done,     r|l    |003.1
print("%x %X %o %e %g %g %r %c" % (255, 255, 8, 12345.678, 0.00001234, 1e20, "q", 65))
# expect: ff FF 10 1.234568e+04 1.234e-05 1e+20 'q' A
print("%(name)s has %(n)03d" % {"name": "dict", "n": 7})
# expect: dict has 007
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x.real}-{y[1]}".format(x=3.5, y=[5, 6]))
# expect: 1 two 3.0 bab 3.5-6
print("{:>8}|{:<8}|{:^8}|{:*^9}|".format("r", "l", "c", "s"))
# expect:        r|l       |   c    |****s****|
print("{:,} {:_} {:.3e} {:08.3f} {:+d} {: d} {:#x} {:#o} {:#b}".format(1234567, 1234567, 1234.5678, -3.14159, 5, 5, 255, 8, 5))
# expect: 1,234,567 1_234_567 1.235e+03 -003.142 +5  5 0xff 0o10 0b101
print("{!r} {!s} {!a}".format("hé", "hé", "hé"), "{{literal}}".format())
# expect: 'hé' hé 'h\xe9' {literal}
print(ascii("ü∑x"), repr("tab\there\n"), repr('quote"s'), repr("it's"), repr("both'\""))
# expect: '\xfc\u2211x' 'tab\there\n' 'quote"s' "it's" 'both\'"'
print("abc"[::-1], "abcdef"[1:5:2], "abcdef"[-2:], "abc"[10:], "abcdef"[::-2])
# expect: cba bd ef  fdb
print(min("hello"), max("hello"), sorted("banana"), "b" in "abc", "abc" < "abd", "Z" < "a")
# expect: e o ['a', 'a', 'a', 'b', 'n', 'n'] True True True
print("ß".upper(), "ﬁ".upper(), len("ﬁ".upper()), "İ".lower(), len("İ".lower()))
# expect: SS FI 2 i̇ 2
print(f"{'nested':{'>'}{10}}", f"{3.14159:.{3}f}", f"{'x'!r:>5}", f"{12:{'0'}{4}}")
# expect:     nested 3.142   'x' 0012
print("a" * 3, 3 * "ab", "" * 100, "-" * -1 == "")
# expect: aaa ababab  True
print("one two three".split(" ", 1), "k=v=w".split("=", maxsplit=1), "   ".split(" "))
# expect: ['one', 'two three'] ['k', 'v=w'] ['', '', '', '']
