# A list cannot take augmented assignment.
# expect error: SyntaxError: 'list' is an illegal expression for augmented assignment
# expect error: line 4
[a] += 1
