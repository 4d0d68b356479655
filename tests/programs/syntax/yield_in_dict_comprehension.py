# 'yield' in a dict comprehension.
# expect error: SyntaxError: 'yield' inside dict comprehension
# expect error: line 5
def f():
    return {(yield x): 1 for x in []}
