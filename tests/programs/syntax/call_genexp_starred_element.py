# A starred element in a generator expression that is a call's argument.
# expect error: SyntaxError: iterable unpacking cannot be used in comprehension
# expect error: line 4
print(*a for a in [[1]])
