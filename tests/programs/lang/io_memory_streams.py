import io, sys

s = io.StringIO("line1\nline2\nline3")
print(s.readline(), end="")
print(s.read())
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines())
print(s.tell())
s.seek(0)
s.write("XY")
print(s.getvalue())
s.seek(0, 2)
s.write("!")
print(s.getvalue(), s.tell())
print(s.truncate(5), repr(s.getvalue()))
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(e)
try:
    io.StringIO().write(3)
except TypeError as e:
    print(e)
with io.StringIO() as f:
    print("a", "b", sep="-", file=f)
    print(f.getvalue())
print(f.closed)

b = io.BytesIO(b"abc\ndef\n")
print(b.readline(), b.read(2), b.tell())
b.seek(0, 2)
b.write(b"xyz")
print(b.getvalue())
b.seek(1)
print(b.read())
print(io.StringIO("a\r\nb\rc", newline=None).getvalue().split("\n"))
print(io.StringIO("a\r\nb\rc\n", newline='').readlines())
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase))
t = io.StringIO()
t.write("abc")
t.seek(5)
t.write("d")
print(repr(t.getvalue()))
print(io.StringIO("x").read(0) == "")
for c in (io.StringIO, io.BytesIO):
    s=c(); s.close()
    for m in ('read','getvalue','tell','readline'):
        try: getattr(s,m)()
        except ValueError as e: print(c.__name__, m, e)
    try: s.write('' if c is io.StringIO else b'')
    except ValueError as e: print(c.__name__, 'write', e)
    try: iter(s)
    except ValueError as e: print(c.__name__, 'iter', e)
    try:
        with s: pass
    except ValueError as e: print(c.__name__, 'enter', e)
# expect: line1
# expect: line2
# expect: line3
# expect: ['line1\n', 'line2\n', 'line3']
# expect: ['line1\n', 'line2\n', 'line3']
# expect: 17
# expect: XYne1
# expect: line2
# expect: line3
# expect: XYne1
# expect: line2
# expect: line3! 18
# expect: 5 'XYne1'
# expect: True
# expect: I/O operation on closed file
# expect: string argument expected, got 'int'
# expect: a-b
# expect: 
# expect: True
# expect: b'abc\n' b'de' 6
# expect: b'abc\ndef\nxyz'
# expect: b'bc\ndef\nxyz'
# expect: ['a', 'b', 'c']
# expect: ['a\r\n', 'b\r', 'c\n']
# expect: True True
# expect: 'abc\x00\x00d'
# expect: True
# expect: StringIO read I/O operation on closed file
# expect: StringIO getvalue I/O operation on closed file
# expect: StringIO tell I/O operation on closed file
# expect: StringIO readline I/O operation on closed file
# expect: StringIO write I/O operation on closed file
# expect: StringIO iter I/O operation on closed file.
# expect: StringIO enter I/O operation on closed file.
# expect: BytesIO read I/O operation on closed file.
# expect: BytesIO getvalue I/O operation on closed file.
# expect: BytesIO tell I/O operation on closed file.
# expect: BytesIO readline I/O operation on closed file.
# expect: BytesIO write I/O operation on closed file.
# expect: BytesIO enter I/O operation on closed file.
