# split, rsplit, splitlines, join and strip.
print("a,b,,c".split(","), " a  b  c ".split(), "a b c".split(None, 1))
# expect: ['a', 'b', '', 'c'] ['a', 'b', 'c'] ['a', 'b c']
print("a,b,c".rsplit(",", 1), "a\nb\r\nc\n".splitlines(), "a\nb\n".splitlines(True))
# expect: ['a,b', 'c'] ['a', 'b', 'c'] ['a\n', 'b\n']
print("".split(), "".split(","), "abc".split("abc"))
# expect: [] [''] ['', '']
print("-".join(["x", "y", "z"]), "".join([]), ", ".join(map(str, [1, 2])))
# expect: x-y-z  1, 2
print(repr("  hi  ".strip()), repr("xxhixx".strip("x")), repr("  hi".lstrip()), repr("hi  ".rstrip()))
# expect: 'hi' 'hi' 'hi' 'hi'
print("abcba".strip("ab"), "www.example.com".lstrip("cmowz."))
# expect: c example.com
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: sequence item 1: expected str instance, int found
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: empty separator
