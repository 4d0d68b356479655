# assert raises AssertionError with an optional message.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("AssertionError:", e)
# expect: AssertionError: one is not greater
try:
    assert []
except AssertionError as e:
    print("no message:", repr(e), e.args)
# expect: no message: AssertionError() ()
x = 5
assert x == 6, f"x is {x}"
# expect error: AssertionError: x is 5
