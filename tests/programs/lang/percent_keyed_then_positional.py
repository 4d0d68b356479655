# A keyed %-conversion uses up a mapping argument: a later conversion
# without a key finds nothing left (a bare one before it takes the mapping).
tests = [lambda: "%(a)s %s" % {"a": 1}, lambda: "%s %(a)s" % {"a": 1}, lambda: "%(a)s %(b)s" % {"a": 1, "b": 2},
         lambda: b"%(a)s %s" % {b"a": b"x"}, lambda: "%(a)s %*d" % {"a": 1}, lambda: "%s" % {"a": 1}, lambda: "%(a)s" % ({"a": 1},)]
for t in tests:
    try:
        print(repr(t()))
    except TypeError as e:
        print("TypeError:", e)
# expect: TypeError: not enough arguments for format string
# expect: "{'a': 1} 1"
# expect: '1 2'
# expect: TypeError: not enough arguments for format string
# expect: TypeError: not enough arguments for format string
# expect: "{'a': 1}"
# expect: TypeError: format requires a mapping
