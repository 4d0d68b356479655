# Augmented assignment needs a single target.
# expect error: SyntaxError: 'tuple' is an illegal expression for augmented assignment
# expect error: line 5
a = b = 1
a, b += 1
