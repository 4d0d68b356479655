# No suggestion when nothing is near enough, or for UnboundLocalError.
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__)
missing_variable + 1
# expect: UnboundLocalError
# expect error: NameError: name 'missing_variable' is not defined
# expect no error: Did you mean
