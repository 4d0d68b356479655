import io, sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("hello", 1, 2)
    print("world", end="!")
    sys.stdout.write("direct\n")
    print(target is buf, file=sys.__stdout__)
print(repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("oops", file=sys.stderr)
print(repr(err.getvalue()))

outer, inner = io.StringIO(), io.StringIO()
r = redirect_stdout(outer)
with r:
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

try:
    with redirect_stdout(io.StringIO()):
        raise KeyError("k")
except KeyError as e:
    print("restored after", repr(e))
print(sys.stdout is sys.__stdout__)

def report():
    print("report line")
    return 42
f = io.StringIO()
with redirect_stdout(f):
    result = report()
print(result, f.getvalue().upper(), end="")
# expect: True
# expect: 'hello 1 2\nworld!direct\n'
# expect: 'oops\n'
# expect: 'outer 1\nouter 2\n' 'inner\n'
# expect: restored after KeyError('k')
# expect: True
# expect: 42 REPORT LINE
