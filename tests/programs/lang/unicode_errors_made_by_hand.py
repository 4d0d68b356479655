# UnicodeEncodeError, UnicodeDecodeError and UnicodeTranslateError made with their standard arguments keep them as attributes and print as CPython's
e = UnicodeEncodeError("utf-8", "x\u20ac", 1, 2, "bad")
print(e, e.start, e.end, e.reason, e.object, e.encoding)
d = UnicodeDecodeError("ascii", b"\xff\xfe", 0, 2, "nope")
print(d, d.object, d.start, d.end)
t = UnicodeTranslateError("xyz", 0, 1, "r")
print(t, t.object, t.start, t.end, t.reason, t.encoding)
print(UnicodeTranslateError("xyz", 0, 3, "many"))
print(UnicodeTranslateError.__mro__)
try:
    raise UnicodeTranslateError("\u20ac", 0, 1, "no")
except UnicodeError as e:
    print(type(e).__name__, e, e.args)
# expect: 'utf-8' codec can't encode character '\u20ac' in position 1: bad 1 2 bad x€ utf-8
# expect: 'ascii' codec can't decode bytes in position 0-1: nope b'\xff\xfe' 0 2
# expect: can't translate character '\x78' in position 0: r xyz 0 1 r None
# expect: can't translate characters in position 0-2: many
# expect: (<class 'UnicodeTranslateError'>, <class 'UnicodeError'>, <class 'ValueError'>, <class 'Exception'>, <class 'BaseException'>, <class 'object'>)
# expect: UnicodeTranslateError can't translate character '\u20ac' in position 0: no ('€', 0, 1, 'no')
