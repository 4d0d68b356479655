# A starred element in a generator expression.
# expect error: SyntaxError: iterable unpacking cannot be used in comprehension
# expect error: line 4
g = (*a for a in [[1]])
