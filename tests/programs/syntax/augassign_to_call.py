# A call cannot take augmented assignment.
# expect error: SyntaxError: 'function call' is an illegal expression for augmented assignment
# expect error: line 5
def f(): pass
f() += 1
