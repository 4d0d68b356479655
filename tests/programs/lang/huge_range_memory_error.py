# Materializing a range too large for memory raises MemoryError at once, as CPython sizes the list first.
for e in ["list(range(10**12))", "tuple(range(10**12))", "sorted(range(10**12))"]:
    try:
        eval(e)
    except MemoryError:
        print("MemoryError", e)
# expect: MemoryError list(range(10**12))
# expect: MemoryError tuple(range(10**12))
# expect: MemoryError sorted(range(10**12))
