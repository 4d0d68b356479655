# and/or return one of their operands; not returns a bool.
print(0 or "x", "" or [] or None, 1 and 2, 0 and 1)
# expect: x None 2 0
print([] and "no", "a" or "b", not [], not 5)
# expect: [] a True False
print(None or 0, 3 and 0 or 7)
# expect: 0 7
x = [] or {}
print(x, type(x).__name__)
# expect: {} dict
def side(n):
    print("side", n)
    return n
print(side(0) and side(1))
# expect: side 0
# expect: 0
print(side(2) or side(3))
# expect: side 2
# expect: 2
print(1 if [] else 2, "yes" if "s" else "no")
# expect: 2 yes
