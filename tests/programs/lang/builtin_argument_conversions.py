print(float(b" 1.5 "), float(bytearray(b"2")))
for f in [lambda: float(b"x"), lambda: "a\nb".splitlines("x"), lambda: enumerate([], "x"), lambda: float(b"\xff")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("a\nb".splitlines(True), "a\nb".splitlines(0), list(enumerate("ab", True)))
# expect: 1.5 2.0
# expect: ValueError could not convert string to float: b'x'
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: TypeError 'str' object cannot be interpreted as an integer
# expect: ValueError could not convert string to float: b'\xff'
# expect: ['a\n', 'b'] ['a', 'b'] [(1, 'a'), (2, 'b')]
