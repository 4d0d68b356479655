# Counts and widths past the machine word raise CPython's OverflowError (or IndexError for subscripts).
big = 10**20
for f in [lambda: 'a' * big, lambda: [0] * big, lambda: b'a' * big, lambda: bytearray(b'a') * big, lambda: 'abc'[big], lambda: [1][big],
          lambda: 'a' * -big, lambda: [1,2].pop(big), lambda: [1].insert(big, 5), lambda: 'ab'.center(big), lambda: 'x'.zfill(big),
          lambda: 'ab'.ljust(big), lambda: b'ab'.rjust(big), lambda: b'x'.zfill(big), lambda: 'a,b'.split(',', big), lambda: b'a,b'.split(b',', big),
          lambda: 'aaa'.replace('a', 'b', big), lambda: b'aaa'.replace(b'a', b'b', big), lambda: bytearray(b'ab').pop(big), lambda: bytearray(b'ab').insert(big, 1),
          lambda: 'a,b'.rsplit(',', -big)]:
    try:
        r = f()
        print(r if not isinstance(r, (str, list, tuple, bytes, bytearray)) or len(r) < 10 else len(r))
    except Exception as e:
        print(type(e).__name__, e)
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
