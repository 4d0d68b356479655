# yield in the first iterable of a comprehension is evaluated outside it.
# expect error: SyntaxError: 'yield' outside function
# expect error: line 4
x = [a for a in (yield)]
