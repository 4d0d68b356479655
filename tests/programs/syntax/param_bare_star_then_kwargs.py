# A bare * followed directly by **.
# expect error: SyntaxError: named arguments must follow bare *
# expect error: line 4
def f(*, **k):
    pass
