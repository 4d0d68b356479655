# A walrus cannot rebind a comprehension's iteration variable.
# expect error: SyntaxError: assignment expression cannot rebind comprehension iteration variable 'x'
# expect error: line 4
y = [x := 1 for x in range(3)]
