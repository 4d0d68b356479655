# Binary codecs are refused by name as CPython refuses them for str.encode and bytes.decode; sys.setrecursionlimit takes a C int; open and breakpoint repr as builtins.
import sys
print(open, breakpoint)
for n in ["rot13", "Base-64", "hex"]:
    for f in (lambda: "abc".encode(n), lambda: b"abc".decode(n)):
        try:
            f()
        except LookupError as e:
            print(e)
try:
    "a".encode("nonesuch")
except LookupError as e:
    print(e)
for n in (10 ** 10, -(10 ** 10), 0):
    try:
        sys.setrecursionlimit(n)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getrecursionlimit())
# expect: <built-in function open> <built-in function breakpoint>
# expect: 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: 'rot13' is not a text encoding; use codecs.decode() to handle arbitrary codecs
# expect: 'Base-64' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: 'Base-64' is not a text encoding; use codecs.decode() to handle arbitrary codecs
# expect: 'hex' is not a text encoding; use codecs.encode() to handle arbitrary codecs
# expect: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs
# expect: unknown encoding: nonesuch
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: ValueError recursion limit must be greater or equal than 1
# expect: 1000
