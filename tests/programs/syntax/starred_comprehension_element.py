# A comprehension element cannot be unpacked.
# expect error: SyntaxError: iterable unpacking cannot be used in comprehension
# expect error: line 5
x = [1]
y = [*a for a in x]
