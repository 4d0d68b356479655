# 'yield' in a list comprehension.
# expect error: SyntaxError: 'yield' inside list comprehension
# expect error: line 5
def f():
    return [(yield x) for x in []]
