# Ints past the machine word given as sizes, positions or bytes raise what
# CPython raises: OverflowError for sizes and C ints, clamping for search
# bounds, ValueError for byte values, IndexError for subscripts.
cases = [
    lambda: [1].insert(10**20, 2), lambda: [1].pop(10**20), lambda: bytes(10**20),
    lambda: chr(10**20), lambda: chr(2**31), lambda: bytearray(10**20), lambda: [1][10**20],
    lambda: bytes([10**20]), lambda: bytes([-10**20]), lambda: "ab"[10**20],
    lambda: [1, 2].index(1, 10**20), lambda: bytearray().append(10**20),
]
for case in cases:
    try:
        case()
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2].index(2, -10**20), (1, 2).index(2, 0, 10**20))
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError Python int too large to convert to C ssize_t
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError Python int too large to convert to C int
# expect: OverflowError cannot fit 'int' into an index-sized integer
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: ValueError bytes must be in range(0, 256)
# expect: ValueError bytes must be in range(0, 256)
# expect: IndexError cannot fit 'int' into an index-sized integer
# expect: ValueError 1 is not in list
# expect: ValueError byte must be in range(0, 256)
# expect: 1 1
