# Sizes too large to allocate raise MemoryError (or CPython's OverflowError), never abort the process.
import itertools
import random

huge = 2 ** 40
cases = [
    ("int.to_bytes", lambda: (1).to_bytes(huge, "big")),
    ("bytes.center", lambda: b"ab".center(huge)),
    ("bytes.ljust", lambda: b"ab".ljust(huge)),
    ("bytearray.zfill", lambda: bytearray(b"x").zfill(huge)),
    ("combinations_with_replacement", lambda: itertools.combinations_with_replacement("ab", huge)),
    ("randbytes", lambda: random.randbytes(huge)),
    ("str.center", lambda: "ab".center(huge)),
    ("list repeat", lambda: [1] * huge),
    ("bytearray", lambda: bytearray(huge)),
]
for name, make in cases:
    try:
        make()
        print(name, "made")
    except (MemoryError, OverflowError) as e:
        print(name, type(e).__name__, e)
# expect: int.to_bytes MemoryError 
# expect: bytes.center MemoryError 
# expect: bytes.ljust MemoryError 
# expect: bytearray.zfill MemoryError 
# expect: combinations_with_replacement MemoryError 
# expect: randbytes OverflowError Python int too large to convert to C int
# expect: str.center MemoryError 
# expect: list repeat MemoryError 
# expect: bytearray MemoryError 
